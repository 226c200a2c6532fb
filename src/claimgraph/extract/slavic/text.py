"""Paragraphs, tokens, sentences and quotations of a Ukrainian or Russian text.

Tokens come from spaCy's blank ``uk``/``ru`` language classes (rules only, no model). Sentence ends are
decided here, because news in these languages abbreviates before names ("у с. Вільшана", "г. Курск"),
after figures ("3,7 тис.", "1985 р.н.") and in initials ("О. Данилюк"): a full stop ends a sentence when
the next word opens with a capital, unless the word before it is an abbreviation that stands before a name
or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...ground.morph import lex

OPEN_CLOSE = {"\u00ab": "\u00bb", "\u201e": "\u201c", "\u201c": "\u201d", '"': '"'}
ENDS = {".", "!", "?", "…", "?!", "!?", "!!", "..."}
CLOSERS = {"\u00bb", "\u201d", "\u201c", '"', ")", "'"}


@lru_cache(maxsize=2)
def tokenizer(lang: str) -> Any:
    import spacy

    return spacy.blank(lang)


@dataclass
class Tok:
    text: str
    start: int
    end: int
    space_before: bool


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    toks: list[Tok] = field(default_factory=list)


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def tokens(text: str, lang: str) -> list[Tok]:
    doc = tokenizer(lang)(text)
    out = []
    for t in doc:
        if t.is_space:
            continue
        out.append(Tok(t.text, t.idx, t.idx + len(t.text), t.idx > 0 and text[t.idx - 1].isspace()))
    return out


def quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted spans in a paragraph as (open mark offset, close mark offset); nested «„…“» kept whole."""
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch in OPEN_CLOSE and (i == start or not text[i - 1].isalnum()):
            close = OPEN_CLOSE[ch]
            depth, j = 0, i + 1
            while j < end:
                if text[j] == ch and ch != close:
                    depth += 1
                elif text[j] == close:
                    if depth == 0 and (j + 1 >= end or not text[j + 1].isalnum()):
                        break
                    depth -= 1
                j += 1
            if j < end:
                out.append((i, j))
                i = j
        i += 1
    return out


def sentences(text: str, toks: list[Tok], paras: list[tuple[int, int]], lang: str) -> list[Sentence]:
    """Sentences within paragraphs; never inside a quotation."""
    abbrev = set(lex(lang, "name_abbreviations"))
    out: list[Sentence] = []
    ti = 0
    for pi, (ps, pe) in enumerate(paras):
        qs = quotes(text, ps, pe)
        ptoks: list[Tok] = []
        while ti < len(toks) and toks[ti].start < pe:
            if toks[ti].start >= ps:
                ptoks.append(toks[ti])
            ti += 1
        cur: list[Tok] = []
        for k, t in enumerate(ptoks):
            cur.append(t)
            if t.text not in ENDS and not (t.text.endswith(".") and len(t.text) > 1 and t.text[:-1].isalpha()):
                continue
            if any(a < t.start < b for a, b in qs):
                continue
            nxt = k + 1
            while nxt < len(ptoks) and ptoks[nxt].text in CLOSERS:
                nxt += 1
            if nxt >= len(ptoks):
                continue
            word = ptoks[nxt].text
            if word[:1] in ",;:)]":
                continue  # "1979 р.н., ще двоє …": a stop before a comma ends an abbreviation, not a sentence
            if not (word[:1].isupper() or word[:1] in '\u00ab\u201e\u201c"\u2014\u2013-' or not word[:1].isalnum()):
                continue
            if t.text == "." or t.text.endswith("."):
                prev = t.text[:-1] if t.text != "." else (ptoks[k - 1].text if k else "")
                attached = t.text != "." or (k and not t.space_before)
                if attached and (prev.lower() in abbrev or (len(prev) == 1 and prev.isupper())):
                    continue
            # closing marks after the stop belong to this sentence
            cur.extend(ptoks[k + 1 : nxt])
            out.append(Sentence(cur[0].start, cur[-1].end, pi, cur))
            cur = []
            for _ in range(k + 1, nxt):
                pass
        rest = [t for t in cur if all(t is not x for s in out[-1:] for x in s.toks)] if cur else []
        if rest:
            out.append(Sentence(rest[0].start, rest[-1].end, pi, rest))
    # tokens appended as closers were also left in the loop; drop duplicates across sentences
    seen: set[int] = set()
    clean = []
    for s in out:
        s.toks = [t for t in s.toks if t.start not in seen]
        seen |= {t.start for t in s.toks}
        if s.toks:
            s.start, s.end = s.toks[0].start, s.toks[-1].end
            clean.append(s)
    return clean

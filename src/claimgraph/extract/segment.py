"""Segmentation that survives news formatting.

Paragraphs are parsed one by one (a headline never runs into the lede); sentence
boundaries inside quotations are removed, so a quotation and the frame that names
its speaker stay one unit; quotations that run over several paragraphs (each
paragraph opens with a mark, only the last one closes) are one quotation. Datelines
("KYIV (Reuters) -"), bylines and "Read also" lines are recognised and kept out of
the claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..model import Duplicate
from .attribution.phrases import cue_class
from .lexicon import META_RE
from .nlp import parse
from .state import ArticleState, QuoteSpan, Unit

OPEN_MARKS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
CLOSE_MARKS = {'"', "\u201d", "\u00bb", "\u201c"}
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]+)?\s*(?:\([A-Za-z .]+\))?\s*[\u2015\u2014\u2013-]{1,2}\s*"
)
BYLINE_RE = re.compile(
    r"^\s*(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?)\s*$", re.I
)
READ_ALSO_RE = re.compile(r"^\s*(?:read also|also read|read more|see also|related|photo|image|caption)\s*[:|]", re.I)


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            out.append((s, e))
    return out


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Double-quoted spans; a quotation left open at a paragraph's end continues when the
    next paragraph opens with a mark (the news convention for long quotations)."""
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    open_mark = ""
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        if open_at is not None:
            # the previous paragraph left a quotation open
            if text[ps] in OPEN_MARKS:
                i = ps + 1  # re-opening mark of a continued quotation
            else:
                open_at = None
        while i < pe:
            ch = text[i]
            if open_at is None:
                if ch in OPEN_MARKS and (i == ps or not text[i - 1].isalnum()):
                    open_at, open_mark = i, ch
            else:
                closes = (
                    ch == OPEN_MARKS.get(open_mark)
                    or (ch in CLOSE_MARKS and open_mark == '"' and ch == '"')
                    or (open_mark != '"' and ch in CLOSE_MARKS and ch != open_mark)
                )
                if closes and (i + 1 >= pe or not text[i + 1].isalnum()):
                    quotes.append(QuoteSpan(open_at + 1, i, open_at, i))
                    open_at = None
            i += 1
        if open_at is not None and pi + 1 < len(paras) and text[paras[pi + 1][0]] not in OPEN_MARKS:
            open_at = None  # an unbalanced mark: not a quotation
    return quotes


def segment(ctx: ArticleState) -> None:
    """Paragraphs, one parse of the whole text (or the one handed in as ``ctx.parsed``),
    quotations, and units: sentences regrouped where a quotation, a lower-case continuation
    or an open frame (",") runs over a sentence boundary."""
    text = ctx.text
    ctx.paras = paragraphs(text)
    doc, ctx.parsed = ctx.parsed, None
    # a parse handed in must be of this text (compared cheaply: Doc.text rebuilds every token)
    if doc is None or not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        doc = next(parse([text], max_chars=ctx.settings.max_parse_chars))
    ctx.doc = doc
    ctx.quotes = find_quotes(text, ctx.paras)
    title = (ctx.meta.title or "").strip()
    para_starts = [s for s, _ in ctx.paras]
    by_para: dict[int, list] = {}
    ctx.sents = list(doc.sents)  # spaCy rebuilds the sentence spans on every pass: once is enough
    for s in ctx.sents:
        words = [t for t in s if not t.is_space]
        if words:
            by_para.setdefault(bisect_right(para_starts, words[0].idx) - 1, []).append(words)
    units: list[Unit] = []
    for pi, sents in sorted(by_para.items()):
        ps, pe = ctx.paras[pi]
        para_text = text[ps:pe]
        groups: list[list[list]] = []
        for words in sents:
            start = words[0].idx
            prev = groups[-1] if groups else None
            inside = any(q.start < start < q.close + 1 for q in ctx.quotes if q.open < start)
            lower_cont = prev is not None and (words[0].text[:1].islower() or words[0].text[:1] in ",;:)")
            after_open_frame = prev is not None and prev[-1][-1].text[-1:] in ",;"
            frame_after_quote = prev is not None and _frame_after_quote(ctx, prev[-1][-1], words)
            if prev is not None and (inside or lower_cont or after_open_frame or frame_after_quote):
                prev.append(words)
            else:
                groups.append([words])
        for g in groups:
            toks = [t for words in g for t in words]
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            u = Unit(start, end, pi, toks)
            if (
                pi == 0
                and len(ctx.paras) > 1
                and (
                    (title and _norm(para_text) == _norm(title))
                    or (
                        len(para_text) < ctx.settings.headline_max_chars
                        and para_text.rstrip()[-1:] not in '.!?:"\u201d'
                    )
                )
            ):
                u.headline = True
            utext = text[start:end]
            if META_RE.search(utext) or BYLINE_RE.match(utext) or READ_ALSO_RE.match(utext):
                u.is_meta = True
            units.append(u)
    ctx.units = units
    _strip_datelines(ctx)
    _find_duplicates(ctx)
    for u in units:
        u.intro_colon = text[u.start : u.end].rstrip().endswith(":")


def _frame_after_quote(ctx: ArticleState, last: Any, words: list) -> bool:
    """'"Who would have believed it?" the senator said, smiling.': the parser ends the sentence at the
    quotation's '?' or '!'; a sentence right after the closing mark that is only a speech verb and its
    subject (no content of its own) is the quotation's frame and joins it."""
    if last.text not in CLOSE_MARKS or not any(q.close == last.idx for q in ctx.quotes):
        return False
    if len(words) > ctx.settings.trailing_frame_max_tokens:
        return False
    v = next((t for t in words if t.dep_ == "ROOT"), None)
    if v is None or cue_class(v) not in ("communication", "denial"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in v.children):
        return False
    return any(c.dep_ == "nsubj" for c in v.children)


def _strip_datelines(ctx: ArticleState) -> None:
    """'KYIV (Reuters) - Russian drones ...': the dateline is not part of the first claim."""
    for u in ctx.units[: ctx.settings.dateline_units]:
        m = DATELINE_RE.match(ctx.text[u.start : u.end])
        if m and not u.headline:
            cut = u.start + m.end()
            u.tokens = [t for t in u.tokens if ctx.tok_start(t) >= cut]
            u.start = cut
            break


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _find_duplicates(ctx: ArticleState) -> None:
    """A passage of one sentence or more that the article repeats: listed once, with both spans."""
    seen: dict[str, int] = {}
    runs: list[list[tuple[int, int]]] = []
    for i, u in enumerate(ctx.units):
        key = _norm(ctx.text[u.start : u.end])
        if len(key) < ctx.settings.duplicate_min_chars:
            continue
        if key in seen:
            j = seen[key]
            u.duplicate_of = j
            if runs and runs[-1][-1][0] == i - 1 and runs[-1][-1][1] == j - 1:
                runs[-1].append((i, j))
            else:
                runs.append([(i, j)])
        else:
            seen[key] = i
    for run in runs:
        (i0, j0), (i1, j1) = run[0], run[-1]
        a, b = ctx.units[i0], ctx.units[i1]
        oa, ob = ctx.units[j0], ctx.units[j1]
        ctx.record.duplicates.append(Duplicate(a.start, b.end, oa.start, ob.end))

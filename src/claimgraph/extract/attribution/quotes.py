"""Direct quotations: their speaker from the words around them, and their sentences as claims."""

from __future__ import annotations

import re
from typing import Any

from ...ground.institutions import lookup_institution, role_kind
from ...model import Hop
from ..state import ArticleState, QuoteSpan, Unit
from .phrases import in_relative, is_cue, speaker_hops, speech_cue, subject_of


def _rhetorical(sent: Any, q: QuoteSpan, text: str) -> bool:
    """An exclamation or an order: no truth value of its own ('No way!', 'Shoot them.').
    Only the quoted part counts: in '"..., stop them," the officer said' it is 'stop'."""
    inside = [t for t in sent if q.start <= t.idx < q.end]
    if not inside:
        return False
    if text[inside[0].idx : inside[-1].idx + len(inside[-1])].rstrip("\"\u201d\u2019', ").endswith("!"):
        return True
    lo, hi = inside[0].i, inside[-1].i
    tops = [t for t in inside if t.head.i == t.i or not lo <= t.head.i <= hi]
    verb = next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children)
    )


def quote_sentences(ctx: ArticleState, q: QuoteSpan) -> list[tuple[int, int]]:
    """Sentences of a quotation, each a claim. An elliptical sentence ('It has not.') joins the
    one before; exclamations and orders join their neighbours, since a run of them ('There is
    no way to retreat, no way! ... If anyone runs away, shoot them.') says one thing."""
    bounds = []
    sents = ctx.sents or [s for d in ctx.docs for s in d.sents]
    for s in sents:
        a, b = s.start_char, s.end_char
        if b <= q.start or a >= q.end:
            continue
        bounds.append((max(a, q.start), min(b, q.end), _rhetorical(s, q, ctx.text)))
    out: list[tuple[int, int]] = []
    carry: int | None = None  # a rhetorical opening waits for the sentence after it
    for a, b, rhet in bounds:
        a, b = ctx.trim(a, b, ' \t\n,;:"\u201c\u201d')
        if b <= a:
            continue
        words = re.findall(r"\w+", ctx.text[a:b])
        same_para = bool(out) and "\n" not in ctx.text[out[-1][1] : a]
        if same_para and (len(words) <= ctx.settings.elliptical_sentence_words or rhet):
            out[-1] = (out[-1][0], b)
        elif rhet and carry is None and (not out or not same_para):
            carry = a
        else:
            out.append((carry if carry is not None else a, b))
            carry = None
    if carry is not None:
        out.append((carry, bounds[-1][1]))
    return [(a, b) for a, b in out if len(re.findall(r"\w+", ctx.text[a:b])) >= ctx.settings.min_quote_words]


def quote_frame(ctx: ArticleState, u: Unit, q: QuoteSpan, unit_text: str) -> list[Hop] | None:
    """The speaker of a quotation from the words around it in its unit."""
    toks = [t for t in u.tokens if not (q.open <= ctx.tok_start(t) <= q.close)]
    after = [t for t in toks if ctx.tok_start(t) > q.close]
    before = [t for t in toks if ctx.tok_start(t) < q.open]
    for part in (after, before):
        for v in part:
            if not is_cue(v) or v.dep_ in {"relcl", "amod"} or in_relative(v, part[0].i):
                continue
            if not speech_cue(v):
                continue  # a speech verb names the speaker, and so does one that carries direct speech ('he asks')
            subj = subject_of(v)
            if subj is not None and ctx.in_quote(ctx.tok_start(subj)):
                # the parser took a word of the quotation for the subject ('"..., full panic mode," said
                # X'): the verb's own subject is the one outside the quotation
                subj = next(
                    (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote(ctx.tok_start(c))),
                    None,
                )
            if subj is None and v.tag_ in ("VBD", "VBZ", "VBP"):
                # inversion: '"...," said the governor'
                subj = next((x for x in part if x.i > v.i and x.pos_ in ("PROPN", "NOUN")), None)
            if subj is None or ctx.in_quote(ctx.tok_start(subj)):
                continue
            hops = speaker_hops(ctx, v, subj, part[0].i, part[-1].i + 1, unit_text)
            if hops:
                return hops  # "X quoted Y as saying" gives [X, Y]: the caller takes Y as the speaker
    return None


def is_speech(ctx: ArticleState, q: QuoteSpan) -> bool:
    """Direct speech, not a scare quote or a title: three words or more."""
    return len(re.findall(r"[\w'-]+", ctx.text[q.start : q.end])) >= ctx.settings.min_quote_words


def intro_speaker(ctx: ArticleState, u: Unit, utext: str) -> tuple[list[Hop], bool] | None:
    toks = u.tokens
    for v in reversed(toks):
        if is_cue(v):
            subj = subject_of(v)
            if subj is None:
                continue
            hops = speaker_hops(ctx, v, subj, toks[0].i, toks[-1].i + 1, utext)
            if hops:
                hedged = bool(re.search(r"\b(?:reportedly|allegedly|purportedly|apparently)\b", utext, re.I))
                return hops, hedged
    return None


# a quotation that is the caption or credit line of a published item ('captioned "..."', 'under the caption "..."')
CAPTION_BEFORE_RE = re.compile(r"\bcaption(?:ed)?\s*[:,]?\s*$", re.I)
# the account an embedded item comes from ('from the Air Force's official X account')
ACCOUNT_OWNER_RE = re.compile(
    r"\b(?P<owner>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})(?:'s|\u2019s)\s+(?:official\s+)?"
    r"(?:[\w-]+\s+)?(?:account|channel|page|feed)\b"
)
# '... posted on 2 June by Ridge Notes': the publisher named after the verb
POSTED_BY_RE = re.compile(
    r"\b(?:posted|published|shared|uploaded)\b(?:\s+[^\s.!?]+){0,6}?\s+by\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})"
)
PUBLISHED_RE = re.compile(r"[^.!?\n]*?\b(?:posted|published|shared|uploaded)\b")


def caption_speaker(ctx: ArticleState, q: QuoteSpan) -> str | None:
    """A caption ('captioned "..."', 'under the caption "..."') is the words of whoever published the item:
    the account it is embedded from, else the publisher the paragraph last names ('posted ... by X',
    'X posted ...')."""
    assert ctx.book is not None
    u = next((u for u in ctx.units if u.start <= q.open < u.end), None)
    if u is None or not CAPTION_BEFORE_RE.search(ctx.text[u.start : q.open]):
        return None
    before = ctx.text[u.start : q.open]
    acc = ACCOUNT_OWNER_RE.search(before)
    if acc:
        sid = ctx.book.mention(u.start + acc.start("owner"), u.start + acc.end("owner"), create=False)
        if sid:
            return sid
    para = ctx.text.rfind("\n", 0, q.open) + 1
    best: tuple[int, int, int] | None = None  # (offset, start, end) of the publisher's name
    for m in POSTED_BY_RE.finditer(ctx.text, para, q.open):
        best = (m.start("name"), m.start("name"), m.end("name"))
    for s in ctx.book.sources:
        for mm in s.mentions:
            if (
                para <= mm.start < q.open
                and PUBLISHED_RE.match(ctx.text, mm.end)
                and (best is None or mm.start > best[0])
            ):
                best = (mm.start, mm.start, mm.end)
    if best is None:
        return None
    return ctx.book.mention(best[1], best[2], context=ctx.text[u.start : u.end])


def orphan_speaker(ctx: ArticleState, q: QuoteSpan) -> str | None:
    """The speaker of a quotation that no frame gave one: words quoted in a clause whose subject is a cited
    source or a body ('The channel credited the video to "..."', 'The ministry did not mention the town,
    saying only that its troops had "..."') are that subject's."""
    assert ctx.book is not None
    u = next((u for u in ctx.units if u.start <= q.open < u.end), None)
    if u is None or not u.tokens:
        return None
    sent = next((s for s in (ctx.sents or []) if s.start_char <= q.open < s.end_char), None)
    root = sent.root if sent is not None else None
    subj = subject_of(root) if root is not None else None
    if subj is None or ctx.in_quote(ctx.tok_start(subj)) or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = ctx.tok_start(subj.left_edge), ctx.tok_end(subj.right_edge)
    if end > q.open:
        return None
    name = ctx.text[start:end]
    context = ctx.text[u.start : u.end]
    known = ctx.book.mention(start, end, head=subj, context=context, create=False)
    if known:
        return known
    if lookup_institution(name) or role_kind(name) not in (None, "unnamed"):
        return ctx.book.mention(start, end, head=subj, context=context)
    return None

"""Claims and their attribution chains.

Each unit is read for an attribution frame, outermost first, and the content inside it
is read again, so that "A told B that C, B wrote" gives the chain [B, A] for C:

1. a direct quotation with its frame ('"...," the soldier was quoted as saying');
2. a trailing frame (content, SOURCE said on Tuesday);
3. "according to SOURCE";
4. a leading frame (SOURCE said/announced/reported on Telegram that content);
5. an extra hop after the frame (", citing X", ", referring to information provided by X").

The content is then split where the text holds several claims ("and that", ", while",
", where", coordinated clauses with their own subjects, ", saying ..."). A unit with no
frame is a claim in the article's own voice (empty chain). Attribution is carried across
sentences when the text links them: a hedged lede followed by the source releasing the
material, and a continuing account after an investigation's findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Claim, Hop, Quote, Span
from .context import Ctx, QuoteSpan, Unit
from .lexicon import (
    ANAPHORIC_SUBJECTS,
    CHANNEL_RE,
    DISPUTING_CUES,
    EVIDENCE_RE,
    EXTRA_HOP_RE,
    SAY,
    SPEECH_ACT,
    VERIFY_NEG_RE,
    VERIFY_POS_RE,
)

SKIP_DEPS = {"relcl", "acl", "amod", "advcl", "pcomp", "xcomp", "csubj", "prep", "pobj"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
NAME_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod", "punct"}
VERIFY_VERBS = {"verify", "confirm", "authenticate", "corroborate", "geolocate", "reach", "check"}


@dataclass
class Draft:
    start: int
    end: int
    hops: list[Hop] = field(default_factory=list)
    cue_lemma: str | None = None
    quote: bool = False
    unit: int = 0
    disputed: bool = False
    frame_hedged: bool = False
    rests_on: list[str] = field(default_factory=list)
    intro_unit: int | None = None


# -- noun phrases ------------------------------------------------------------
def np_bounds(ctx: Ctx, head: Any, lo_i: int, hi_i: int) -> tuple[int, int, str | None]:
    """Character bounds of the name part of the NP headed by ``head`` and its description."""
    toks = [head]
    desc = []
    for c in head.children:
        if c.i < head.i and c.dep_ in NAME_LEFT_DEPS | {"appos"}:
            toks.extend(c.subtree)
        elif c.i > head.i:
            if c.dep_ == "appos":
                sub = list(c.subtree)
                is_name = (any(t.ent_type_ == "PERSON" for t in sub) and head.ent_type_ != "PERSON") or (
                    head.pos_ == "NOUN" and c.pos_ == "PROPN"
                )
                (toks if is_name else desc).extend(sub)
            elif c.dep_ == "prep" and c.lower_ in ("of", "for") and head.pos_ in ("PROPN", "NOUN"):
                toks.extend(c.subtree)
            elif c.dep_ in ("relcl", "acl"):
                desc.extend(c.subtree)
            elif c.dep_ == "compound" or (c.dep_ == "punct" and c.text in "()"):
                toks.append(c)
            elif c.dep_ in ("npadvmod",) or (c.dep_ == "punct" and c.text == ")"):
                toks.append(c)
    toks = [t for t in toks if lo_i <= t.i < hi_i]
    # keep a parenthesised abbreviation: "Ukraine's military intelligence (HUR)"
    doc = head.doc
    last = max(t.i for t in toks)
    if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
        toks.extend([doc[last + 1], doc[last + 2], doc[last + 3]])
    s = min(ctx.tok_start(t) for t in toks)
    e = max(ctx.tok_end(t) for t in toks)
    # names never start with a date adverbial swallowed by the parser
    d = None
    if desc:
        ds, de = min(ctx.tok_start(t) for t in desc), max(ctx.tok_end(t) for t in desc)
        d = ctx.text[ds:de].strip(" ,") or None
    return s, e, d


def subject_of(v: Any) -> Any | None:
    for c in v.children:
        if c.dep_ in SUBJ_DEPS:
            return c
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head)
    return None


def source_from_np(ctx: Ctx, head: Any, lo_i: int, hi_i: int, unit_text: str) -> str | None:
    """A source id for the NP headed by ``head``; evidence nouns give way to their agent ("an investigation by X")."""
    if EVIDENCE_RE.fullmatch(head.lower_) or head.lower_ in ("investigation", "report", "video", "footage", "images"):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and (c.lower_ == "by" or g.pos_ == "PROPN"):
                        return source_from_np(ctx, g, lo_i, hi_i, unit_text)
        released = ctx.notes.get("evidence_source", {})
        return released.get(head.lower_)
    if head.pos_ == "PRON" and head.lower_ not in ("he", "she", "it", "they"):
        return None
    s, e, desc = np_bounds(ctx, head, lo_i, hi_i)
    return ctx.book.mention(s, e, head=head, context=unit_text, description=desc)


def channel_of(text: str) -> str:
    for rx, ch in CHANNEL_RE:
        if rx.search(text):
            return ch
    return "statement"


def _verb_window(ctx: Ctx, v: Any, hi_i: int) -> str:
    """The words that go with a cue verb (its prepositions, objects, adverbs): for channel and date."""
    ts = [
        t
        for c in v.children
        if c.dep_ in ("prep", "dobj", "npadvmod", "advmod", "dative", "agent", "pobj") and c.i > v.i
        for t in c.subtree
        if t.i < hi_i
    ]
    ts.append(v)
    s = min(ctx.tok_start(t) for t in ts)
    e = max(ctx.tok_end(t) for t in ts)
    return ctx.text[s:e]


def _hop(ctx: Ctx, sid: str, v: Any, hi_i: int, cue_end: Any = None) -> Hop:
    s = ctx.tok_start(v)
    e = ctx.tok_end(cue_end or v)
    window = _verb_window(ctx, v, hi_i)
    return Hop(source=sid, cue=ctx.span(s, e), channel=channel_of(window), date=None)


# -- frames ------------------------------------------------------------------
def _idx(toks: list, i: int) -> int:
    for k, t in enumerate(toks):
        if t.i == i:
            return k
    return -1


def is_cue(t: Any) -> bool:
    return t.lemma_.lower() in SAY and t.pos_ == "VERB"


def trailing_frame(ctx: Ctx, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int, str] | None:
    """'CONTENT, SOURCE said on Tuesday.' -> (hops, index of the comma, cue lemma)."""
    end = hi
    while end > lo and toks[end - 1].is_punct and toks[end - 1].text not in '"\u201d':
        end -= 1
    for k in range(end - 2, lo + 2, -1):
        t = toks[k]
        is_comma = t.text == "," or (t.text in '"\u201d' and toks[k - 1].text == ",")
        if not is_comma:
            continue
        tail = toks[k + 1 : end]
        if not tail or len(tail) > 40 or ctx.in_quote(ctx.tok_start(tail[0])):
            continue
        if tail[0].text in '"\u201d':
            tail = tail[1:]
            if not tail:
                continue
        v = next(
            (
                x
                for x in tail
                if is_cue(x) and x.tag_ != "VBG" and x.dep_ not in {"relcl", "amod", "pcomp", "acl", "xcomp", "advcl"}
            ),
            None,
        )
        if v is None:
            continue
        if any(x.lower_ == "that" and x.i > v.i and x.dep_ == "mark" for x in tail):
            continue
        subj = subject_of(v)
        hi_i = tail[-1].i + 1
        lo_i = tail[0].i
        if subj is not None and not (lo_i <= subj.i < hi_i):
            subj = None
        if subj is None and v is tail[0]:
            real = subject_of(v)
            if real is not None and real.i < lo_i:
                # '..., Brigadier General X, who commands the sector, said on Monday': the subject
                # sits before the comma; the content ends at the comma before the subject
                left = real.left_edge.i
                kk = max((j for j in range(lo, k) if toks[j].i < left and toks[j].text == ","), default=None)
                if kk is None:
                    continue
                hops = _speaker_hops(ctx, v, real, left, hi_i, unit_text)
                return (hops or []), kk, v.lemma_.lower()
            subj = next(
                (
                    x
                    for x in tail[1:]
                    if x.pos_ in ("PROPN", "NOUN")
                    and x.ent_type_ not in ("DATE", "TIME")
                    and x.dep_ in SUBJ_DEPS | {"dobj", "attr", "npadvmod"}
                ),
                None,
            )
            if subj is None or v.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
        if subj is None:
            continue
        hops = _speaker_hops(ctx, v, subj, lo_i, hi_i, unit_text)
        if hops is None:
            return [], k, v.lemma_.lower()  # evidence speaks ("video from the scene shows"): no source hop
        return hops, k, v.lemma_.lower()
    return None


def _speaker_hops(ctx: Ctx, v: Any, subj: Any, lo_i: int, hi_i: int, unit_text: str) -> list[Hop] | None:
    """Hops for a cue verb and its subject; 'X quoted Y as saying' is two hops, nearest first."""
    if EVIDENCE_RE.fullmatch(subj.lower_) and not any(c.dep_ == "prep" and c.lower_ == "by" for c in subj.children):
        return None
    sid = source_from_np(ctx, subj, lo_i, hi_i, unit_text)
    if sid is None:
        return []
    hops = [_hop(ctx, sid, v, hi_i)]
    if v.lemma_ == "quote" and subj.dep_ != "nsubjpass":
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            inner = source_from_np(ctx, obj, lo_i, hi_i, unit_text)
            if inner:
                hops.append(Hop(source=inner, cue=hops[0].cue, channel=hops[0].channel))
    return hops


CHANNEL_NOUNS = {
    "statement",
    "report",
    "post",
    "message",
    "video",
    "briefing",
    "release",
    "data",
    "figures",
    "information",
    "estimate",
    "estimates",
    "assessment",
    "update",
    "bulletin",
    "communique",
    "readout",
    "tally",
    "count",
    "footage",
    "recording",
    "documents",
    "document",
}


def according_to(ctx: Ctx, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int, int] | None:
    for k in range(lo, hi - 2):
        if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to":
            pobj = next((c for c in toks[k + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            comma = next((j for j in range(k + 2, hi) if toks[j].text == ","), None)
            lo_i, hi_i = toks[k + 2].i, (toks[comma].i if comma is not None and comma > k + 2 else toks[hi - 1].i + 1)
            if pobj.lemma_.lower() in CHANNEL_NOUNS:
                # "according to a statement on Telegram": a channel; its author, if named, is the source
                agent = next(
                    (c for c in pobj.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")), None
                ) or next(
                    (
                        g
                        for c in pobj.children
                        if c.dep_ == "prep" and c.lower_ in ("by", "from")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                if agent is None:
                    if k <= lo + 1 and comma is not None:
                        return [], comma + 1, hi
                    if k > lo and toks[k - 1].text == ",":
                        return [], lo, k - 1
                    return None
                pobj = agent
            sid = source_from_np(ctx, pobj, lo_i, hi_i, unit_text)
            if not sid:
                return None
            cue = ctx.span(ctx.tok_start(toks[k]), ctx.tok_end(toks[k + 1]))
            hop = Hop(
                source=sid,
                cue=cue,
                channel=channel_of(
                    unit_text[:0] + ctx.text[ctx.tok_start(toks[k]) : ctx.tok_end(toks[min(hi, (comma or hi)) - 1])]
                ),
            )
            if k <= lo + 1 and comma is not None:
                return [hop], comma + 1, hi
            if k > lo and toks[k - 1].text == ",":
                return [hop], lo, k - 1
    return None


def _inserted_hops(ctx: Ctx, phrase: list, m: re.Match, unit_text: str) -> list[Hop]:
    """', citing a soldier quoted by his commander,' -> [commander, soldier]: whoever relayed the
    cited source comes first, nearest to the speaker."""
    words = [t for t in phrase if ctx.tok_start(t) >= m.end()]
    if not words:
        return []
    relay = next((t for t in words if t.lemma_.lower() in ("quote", "cite") and t.tag_ == "VBN"), None)
    hops: list[Hop] = []
    if relay is not None:
        agent = next((g for c in relay.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            sid = source_from_np(ctx, agent, agent.i - 4 if agent.i >= 4 else 0, words[-1].i + 1, unit_text)
            if sid:
                hops.append(
                    Hop(source=sid, cue=ctx.span(ctx.tok_start(relay), ctx.tok_end(relay)), channel="statement")
                )
        words = [t for t in words if t.i < relay.i]
    head = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), None)
    sid = source_from_np(ctx, head, words[0].i, head.i + 1, unit_text) if head is not None else None
    if sid:
        hops.append(Hop(source=sid, cue=ctx.span(m.start(), m.end()), channel="statement"))
    return hops if sid else []


def leading_frame(ctx: Ctx, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int, str, Any] | None:
    """'SOURCE said on Tuesday that CONTENT' -> (hops, content start index, cue lemma, verb)."""
    for k in range(lo, hi):
        v = toks[k]
        if not is_cue(v) or v.dep_ in SKIP_DEPS or ctx.in_quote(ctx.tok_start(v)):
            continue
        subj = subject_of(v)
        if subj is None or not (toks[lo].i <= subj.i < v.i):
            continue
        start = None
        inserted: list[Hop] = []  # "Zelensky said, citing Syrskyi, that ...": hops between verb and content
        j = k + 1
        while j < min(hi, k + 24):
            t = toks[j]
            if (
                t.lower_ == "that"
                and t.dep_ in ("mark", "nsubj", "dobj")
                and t.head.i != v.i
                or (t.lower_ == "that" and t.dep_ == "mark")
            ):
                start = j + 1
                break
            if t.text == "," and not inserted:
                m = EXTRA_HOP_RE.match(ctx.text, ctx.tok_start(t))
                close = next((x for x in range(j + 1, min(hi, j + 14)) if toks[x].text == ","), None)
                if m and close is not None:
                    inserted = _inserted_hops(ctx, toks[j + 1 : close], m, unit_text)
                    if inserted:
                        j = close + 1
                        continue
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg"):
                break
            if t.text in ',;:"\u201c':
                break
            j += 1
        if start is None:
            cc = [c for c in v.children if c.dep_ in ("ccomp",) and c.i > v.i]
            if cc:
                first = min(x.i for x in cc[0].subtree)
                start = _idx(toks, first)
            elif v.lemma_ in DISPUTING_CUES | {"confirm", "admit", "acknowledge"}:
                ger = next(
                    (c for c in v.children if c.i > v.i and c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp")),
                    None,
                )
                if ger is not None:
                    start = _idx(toks, ger.i)
        hops = _speaker_hops(ctx, v, subj, toks[lo].i, v.i, unit_text)
        if start is None or start < 0 or start >= hi:
            if hops is None:
                continue
            ctx.notes.setdefault("speech_acts", []).append((v, hops))
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            m = SAYING_RE.search(ctx.text, ctx.tok_start(v), ctx.tok_end(toks[hi - 1]))
            if m:
                j = next((j for j in range(k, hi) if ctx.tok_start(toks[j]) >= m.end()), None)
                if j is not None:
                    return hops, j, "say", v
            if obj is not None and obj.lemma_.lower() in ("claim", "report", "allegation", "assertion", "it"):
                return hops, hi, v.lemma_.lower(), v  # 'X denied the claim': nothing new to check
            return None
        if hops is None:
            return inserted, start, v.lemma_.lower(), v
        return hops + inserted, start, v.lemma_.lower(), v
    return None


def analyse(ctx: Ctx, toks: list, lo: int, hi: int, ui: int, unit_text: str, depth: int = 0) -> list[Draft]:
    """Drafts for toks[lo:hi]: frames outermost first, then the content split into claims."""
    if hi - lo < 2:
        return []
    hops: list[Hop] = []
    cue_lemma = None
    inner_lo, inner_hi = lo, hi
    tf = trailing_frame(ctx, toks, lo, hi, unit_text)
    if tf:
        hops, k, cue_lemma = tf
        inner_hi = k
    else:
        acc = according_to(ctx, toks, lo, hi, unit_text)
        if acc and not acc[0]:
            # only a channel ("according to a statement"): read the rest without it, in the voice around it
            inner = analyse(ctx, toks, acc[1], acc[2], ui, unit_text, depth)
            return inner or split_content(ctx, toks, acc[1], acc[2], ui, [], None)
        if acc:
            hops, inner_lo, inner_hi = acc
            cue_lemma = "according"
        else:
            lf = leading_frame(ctx, toks, lo, hi, unit_text)
            if lf:
                hops, inner_lo, cue_lemma, _v = lf
    if cue_lemma is None:
        # the article's own voice: split as any content is (";", ", while", result clauses with figures)
        return split_content(ctx, toks, lo, hi, ui, [], None) if depth == 0 else []
    # an extra hop after the frame: ", citing X" / ", referring to information provided by X"
    extra = _extra_hop(ctx, toks, inner_lo, inner_hi, unit_text)
    if extra:
        inner_hi, extra_hop = extra
        hops = hops + [extra_hop]
    # the content may hold a frame of its own: "A told B that C" inside "..., B wrote"
    if depth < 3 and cue_lemma not in DISPUTING_CUES:
        nested = analyse(ctx, toks, inner_lo, inner_hi, ui, unit_text, depth + 1)
        if nested:
            for d in nested:
                d.hops = hops + d.hops if hops else d.hops
            return nested
    drafts = split_content(ctx, toks, inner_lo, inner_hi, ui, hops, cue_lemma)
    return drafts


def _extra_hop(ctx: Ctx, toks: list, lo: int, hi: int, unit_text: str) -> tuple[int, Hop] | None:
    if hi <= lo:
        return None
    s, e = ctx.tok_start(toks[lo]), ctx.tok_end(toks[hi - 1])
    found = list(EXTRA_HOP_RE.finditer(ctx.text, s, e))
    m = found[-1] if found else None  # the last hop cue before the claim is the nearest one
    if not m or m.start() <= s:
        return None
    k = next((j for j in range(lo, hi) if ctx.tok_start(toks[j]) >= m.end()), None)
    if k is None:
        return None
    head = next((t for t in reversed(toks[k:hi]) if t.pos_ in ("PROPN", "NOUN")), None)
    if head is None:
        return None
    sid = source_from_np(ctx, head, toks[k].i, toks[hi - 1].i + 1, unit_text)
    if not sid:
        return None
    cut = next(j for j in range(lo, hi) if ctx.tok_end(toks[j]) > m.start())
    hop = Hop(source=sid, cue=ctx.span(m.start(), m.end()), channel="statement")
    return cut, hop


SPLIT_RE = re.compile(r",?\s+and that\s+|,\s+while\s+|,\s+where\s+|,\s+whereas\s+|;\s+", re.I)
SAYING_RE = re.compile(r",\s+(?:saying|adding|claiming|stressing|noting)(?:\s+that)?\s+", re.I)
CLAIM_DENIED_RE = re.compile(
    r",\s+an?\s+(?:claim|allegation|assertion|report|statement)\s+(?:that\s+was\s+)?"
    r"(?:denied|rejected|disputed|refuted|dismissed)\s+by\s+([^,.;]+)",
    re.I,
)


def split_content(
    ctx: Ctx, toks: list, lo: int, hi: int, ui: int, hops: list[Hop], cue_lemma: str | None
) -> list[Draft]:
    if hi <= lo:
        return []
    s, e = ctx.tok_start(toks[lo]), ctx.tok_end(toks[hi - 1])
    s, e = ctx.trim(s, e, " \t\n,;:.")
    if ctx.text[s : s + 5].lower() == "that ":
        s += 5
    disputed = False
    m = CLAIM_DENIED_RE.search(ctx.text, s, e)
    if m:
        disputed = True
        ds = m.start(1)
        head = next((t for t in toks[lo:hi] if ctx.tok_start(t) >= ds and t.pos_ in ("PROPN", "NOUN")), None)
        if head is not None:
            source_from_np(ctx, head, head.i, toks[hi - 1].i + 1, ctx.text[s:e])
        e = m.start()
    pieces: list[tuple[int, int, str | None]] = []
    cur = s
    in_quote = ctx.in_quote
    cuts = []
    for rx in (SPLIT_RE, SAYING_RE):
        for mm in rx.finditer(ctx.text, s, e):
            if not in_quote(mm.start()):
                cuts.append((mm.start(), mm.end(), "saying" if rx is SAYING_RE else None))
    # ", and <subject> <verb>": coordinated clauses with their own subjects, outside quotations
    for t in toks[lo:hi]:
        if t.lower_ == "and" and t.i > 0 and t.doc[t.i - 1].text == "," and not in_quote(ctx.tok_start(t)):
            nxt = [x for x in toks if x.i > t.i and ctx.tok_end(x) <= e]
            if any(
                x.dep_ in SUBJ_DEPS and x.head.i > t.i and x.head.pos_ in ("VERB", "AUX") and x.i < x.head.i
                for x in nxt[:8]
            ):
                cuts.append((ctx.tok_start(t) - 1, ctx.tok_end(t) + 1, None))
    # ", leaving three workers injured" / ", killing five people": a participial result clause that
    # carries a figure of its own is a claim of its own (figures are what outlets change);
    # ", starting a fire" stays with its clause, and "including"/"citing" are not results
    for t in toks[lo:hi]:
        if (
            t.tag_ == "VBG"
            and t.dep_ in ("advcl", "conj", "xcomp")
            and t.i > 0
            and t.doc[t.i - 1].text == ","
            and t.lower_ not in NON_RESULT_ING
            and not is_cue(t)
            and not in_quote(ctx.tok_start(t))
            and ctx.tok_start(t) < e
            and any(x.like_num for x in t.subtree if x.i > t.i)
        ):
            cuts.append((ctx.tok_start(t) - 1, ctx.tok_start(t), None))
    cuts.sort()
    kind = None
    for cs, ce, k in cuts:
        if cs <= cur:
            continue
        pieces.append((cur, cs, kind))
        cur, kind = ce, k
    pieces.append((cur, e, kind))
    drafts = []
    for ps, pe, k in pieces:
        ps, pe = ctx.trim(ps, pe, " \t\n,;:.")
        if pe - ps < 8 or len(ctx.text[ps:pe].split()) < 3:
            continue
        d = Draft(ps, pe, hops=list(hops), cue_lemma=cue_lemma, unit=ui, disputed=disputed)
        if k == "saying":
            d.cue_lemma = "say"
            d.disputed = False
        elif cue_lemma in DISPUTING_CUES and drafts and drafts[0].cue_lemma in DISPUTING_CUES:
            d.cue_lemma = cue_lemma
        drafts.append(d)
    if drafts and cue_lemma in DISPUTING_CUES and len(drafts) > 1:
        for d in drafts[1:]:
            if d.cue_lemma != "say":
                d.cue_lemma = "say"
    return drafts


NON_RESULT_ING = {
    "including",
    "citing",
    "according",
    "following",
    "excluding",
    "regarding",
    "concerning",
    "involving",
    "using",
    "saying",
    "adding",
    "claiming",
    "noting",
    "quoting",
}


# -- quotations --------------------------------------------------------------
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


def quote_sentences(ctx: Ctx, q: QuoteSpan) -> list[tuple[int, int]]:
    """Sentences of a quotation, each a claim. An elliptical sentence ('It has not.') joins the
    one before; exclamations and orders join their neighbours, since a run of them ('There is
    no way to retreat, no way! ... If anyone runs away, shoot them.') says one thing."""
    bounds = []
    sents = ctx.notes.get("sents") or [s for d in ctx.docs for s in d.sents]
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
        if same_para and (len(words) <= 3 or rhet):
            out[-1] = (out[-1][0], b)
        elif rhet and carry is None and (not out or not same_para):
            carry = a
        else:
            out.append((carry if carry is not None else a, b))
            carry = None
    if carry is not None:
        out.append((carry, bounds[-1][1]))
    return [(a, b) for a, b in out if len(re.findall(r"\w+", ctx.text[a:b])) >= 3]


def quote_frame(ctx: Ctx, u: Unit, q: QuoteSpan, unit_text: str) -> list[Hop] | None:
    """The speaker of a quotation from the words around it in its unit."""
    toks = [t for t in u.tokens if not (q.open <= ctx.tok_start(t) <= q.close)]
    after = [t for t in toks if ctx.tok_start(t) > q.close]
    before = [t for t in toks if ctx.tok_start(t) < q.open]
    for part in (after, before):
        for v in part:
            if not is_cue(v) or v.dep_ in {"relcl", "amod"}:
                continue
            subj = subject_of(v)
            if subj is None:
                # inversion: '"...," said the governor'
                subj = next((x for x in part if x.i > v.i and x.pos_ in ("PROPN", "NOUN")), None)
            if subj is None or ctx.in_quote(ctx.tok_start(subj)):
                continue
            hops = _speaker_hops(ctx, v, subj, part[0].i, part[-1].i + 1, unit_text)
            if hops:
                # "X quoted Y as saying": Y spoke the words; X relayed them
                if len(hops) == 2:
                    return [hops[1]] + [hops[0]] if False else hops
                return hops
    return None


TOPIC_VERBS = {"describe", "recall", "recount", "explain", "discuss", "speak", "talk", "tell", "share", "remember"}


def _topic_headline(toks: list) -> bool:
    """A headline that names a topic, not a fact ('Soldier describes week under guided bombs'):
    a verb of telling whose object is a noun phrase, with no clause that could be checked."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in TOPIC_VERBS:
        return False
    kids = [c.dep_ for c in root.children]
    return "ccomp" not in kids and "xcomp" not in kids and ("dobj" in kids or "prep" in kids)


# -- the component -------------------------------------------------------------
def extract_claims(ctx: Ctx) -> None:
    rec = ctx.record
    drafts: list[Draft] = []
    order = [i for i, u in enumerate(ctx.units) if not u.headline] + [i for i, u in enumerate(ctx.units) if u.headline]
    pending_intro: tuple[list[Hop], bool, int] | None = None
    last_quote_hops: list[Hop] | None = None
    quote_hops: dict[int, list[Hop]] = {}
    for ui in order:
        u = ctx.units[ui]
        if u.is_meta:
            continue
        utext = ctx.text[u.start : u.end]
        toks = u.tokens
        qs = [q for q in ctx.quotes if u.start <= q.open < u.end]
        lead = next((q for q in qs if ctx.trim(u.start, u.end, " \t\n")[0] >= q.open), None)
        cont = next((q for q in ctx.quotes if q.open < u.start < q.close), None)
        if u.intro_colon:
            lf = _intro_speaker(ctx, u, utext)
            pending_intro = (lf[0], lf[1], ui) if lf else None
            continue
        if lead is not None or cont is not None:
            q = lead or cont
            if q.open < u.start and id(q) in [id(x) for x in ctx.notes.get("done_quotes", [])]:
                continue  # a continued quotation already read from its first paragraph
            hops = quote_frame(ctx, u, q, utext) if lead is not None else None
            hedged = False
            intro_ui = None
            if hops is None and pending_intro is not None:
                hops, hedged, intro_ui = pending_intro
            if hops is None:
                hops = last_quote_hops or []
            pending_intro = None
            ctx.notes.setdefault("done_quotes", []).append(q)
            q.standalone = True
            q.hops = hops
            if hops:
                q.speaker = (
                    hops[-1].source
                    if len(hops) > 1 and hops[0].cue and "quot" in hops[0].cue.text.lower()
                    else hops[0].source
                )
                q.cue = hops[0].cue
                chain = [Hop(q.speaker, hops[0].cue, hops[0].channel)]
            else:
                chain = []
            quote_hops[ui] = chain
            last_quote_hops = hops
            if u.duplicate_of is None:
                for a, b in quote_sentences(ctx, q):
                    drafts.append(
                        Draft(
                            a,
                            b,
                            hops=list(chain),
                            cue_lemma="say",
                            quote=True,
                            unit=ui,
                            frame_hedged=hedged,
                            intro_unit=intro_ui,
                        )
                    )
            # text after the quotation that is not its frame is read as usual
            continue
        pending_intro = None
        if u.duplicate_of is not None:
            continue
        if _is_verification_statement(ctx, u):
            continue
        if u.headline and _topic_headline(toks):
            continue
        got = analyse(ctx, toks, 0, len(toks), ui, utext)
        drafts.extend(got)
        # quotations embedded in indirect speech: speaker is the frame's source
        for q in qs:
            if not q.standalone:
                d = next((d for d in got if d.start <= q.open <= d.end + 2 and d.hops), None)
                if d is not None:
                    q.speaker = d.hops[-1].source if len(d.hops) > 0 else None
                    q.cue = d.hops[0].cue
    _carry(ctx, drafts)
    _apply_speech_acts(ctx, drafts)
    drafts.sort(key=lambda d: d.start)
    for n, d in enumerate(drafts, 1):
        u = ctx.units[d.unit]
        c = Claim(
            id=f"c{n}",
            text=ctx.text[d.start : d.end],
            start=d.start,
            end=d.end,
            attribution=d.hops,
            quote=d.quote,
            sentence={"start": u.start, "end": u.end},
            headline=u.headline,
        )
        ctx.notes.setdefault("drafts", {})[id(c)] = d  # the working draft behind each claim, for hedges
        rec.claims.append(c)
    for n, q in enumerate(sorted((q for q in ctx.quotes if _is_speech(ctx, q)), key=lambda q: q.start), 1):
        a, b = ctx.trim(q.start, q.end, " \t\n")
        rec.quotes.append(Quote(id=f"q{n}", text=ctx.text[a:b], start=a, end=b, speaker=q.speaker, cue=q.cue))
    ctx.book.finish([[h.source for h in c.attribution] for c in rec.claims])


def _is_speech(ctx: Ctx, q: QuoteSpan) -> bool:
    """Direct speech, not a scare quote or a title: three words or more."""
    return len(re.findall(r"[\w'-]+", ctx.text[q.start : q.end])) >= 3


def _intro_speaker(ctx: Ctx, u: Unit, utext: str) -> tuple[list[Hop], bool] | None:
    toks = u.tokens
    for v in reversed(toks):
        if is_cue(v):
            subj = subject_of(v)
            if subj is None:
                continue
            hops = _speaker_hops(ctx, v, subj, toks[0].i, toks[-1].i + 1, utext)
            if hops:
                hedged = bool(re.search(r"\b(?:reportedly|allegedly|purportedly|apparently)\b", utext, re.I))
                return hops, hedged
    return None


def _is_verification_statement(ctx: Ctx, u: Unit) -> bool:
    """'The Ledger could not independently verify the footage.' is about the reporting, not the world."""
    root = next((t for t in u.tokens if t.dep_ == "ROOT"), None)
    utext = ctx.text[u.start : u.end]
    if root is None or root.lemma_.lower() not in VERIFY_VERBS:
        return False
    if not (VERIFY_NEG_RE.search(utext) or VERIFY_POS_RE.search(utext) or "unable" in utext.lower()):
        return False
    subj = subject_of(root)
    if subj is None or subj.dep_ == "nsubjpass" or subj.lower_ in ("we", "i"):
        return True
    outlet = (ctx.meta.outlet or "").lower()
    subj_words = {t.lower_ for t in subj.subtree} - {"the", "a"}
    if outlet and subj_words & set(re.findall(r"\w+", outlet)):
        return True
    from .sources import lookup_institution, role_kind

    name = " ".join(t.text for t in subj.subtree)
    inst = lookup_institution(name)
    kind = inst["kind"] if inst else role_kind(name)
    return kind in (None, "media_outlet") and "independently" in utext.lower()


def _carry(ctx: Ctx, drafts: list[Draft]) -> None:
    """Attribution across sentences, where the text makes the link."""
    by_unit: dict[int, list[Draft]] = {}
    for d in drafts:
        by_unit.setdefault(d.unit, []).append(d)
    releases = ctx.notes.get("releases", [])  # (unit index, source id, evidence id)
    for d in drafts:
        if d.hops or d.quote:
            continue
        u = ctx.units[d.unit]
        text = ctx.text[d.start : d.end]
        # a hedged lede followed by the source that released the material it rests on
        if re.search(r"\b(?:reportedly|allegedly|purportedly)\b", text, re.I):
            nxt = [r for r in releases if r[0] in (d.unit + 1, d.unit + 2) and ctx.units[r[0]].para == u.para]
            if nxt:
                _, sid, eid = nxt[0]
                cue = re.search(r"\b(?:reportedly|allegedly|purportedly)\b", text, re.I)
                d.hops = [Hop(sid, Span(cue.group(), d.start + cue.start(), d.start + cue.end()), "unknown")]
                d.rests_on.append(eid)
                continue
        # a continuing account after an investigation's or report's findings
        prev = by_unit.get(d.unit - 1, [])
        if prev and ctx.units[d.unit - 1].para == u.para:
            p = prev[-1]
            first = u.tokens[0].lower_ if u.tokens else ""
            if (
                p.hops
                and p.cue_lemma in ("find", "report", "conclude", "show", "according", "establish")
                and first in ANAPHORIC_SUBJECTS
                and not p.quote
            ):
                d.hops = list(p.hops)
                d.cue_lemma = p.cue_lemma


def _apply_speech_acts(ctx: Ctx, drafts: list[Draft]) -> None:
    """'X denied the claim on Sunday': the claim before it is disputed."""
    for v, hops in ctx.notes.get("speech_acts", []):
        if v.lemma_.lower() not in DISPUTING_CUES:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in ("claim", "report", "allegation", "assertion", "statement", "it"):
            continue
        at = ctx.tok_start(v)
        before = [
            d for d in drafts if d.end <= at and d.hops and not any(h.source == hops[0].source for h in d.hops if hops)
        ]
        if before:
            before.sort(key=lambda d: d.start)
            before[-1].disputed = True


SPEECH_ACT_SET = SPEECH_ACT

"""The content inside a frame, read again for a frame of its own ("A told B that C, B wrote"
gives the chain [B, A] for C), then split where the text holds several claims ("and that",
", while", ", where", coordinated clauses with their own subjects, ", saying ...", a result
clause with a figure of its own). A unit with no frame is a claim in the article's own voice.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ... import lexicon as _lexicon
from ...model import Hop
from ..lexicon import CUES, DISPUTING_CUES, EVIDENCE_RE, RELEASE
from ..state import ArticleState, Draft
from .frames import (
    SAYING_RE,
    _idx,
    according_to,
    adjective_frame,
    as_frame,
    aside_frame,
    comma_before,
    conjoined_frame,
    extra_hop,
    inverted_frame,
    leading_frame,
    mid_frame,
    nominal_frame,
    participial_frame,
    participle_frames,
    prep_gerund_frame,
    rootless_cue,
    second_frame,
    trailing_frame,
)
from .phrases import SUBJ_DEPS, _hop, complement_end, complement_start, is_cue, source_from_np

# a comma that closes a quoted phrase may stand inside its quotation mark ('was "stable," while ...')
QUOTE_CLOSE = ('"', "\u201d", "\u2019")
SPLIT_RE = re.compile(
    r",?(?:''|[\"\u201d\u2019'])?\s+and that\s+|,(?:''|[\"\u201d\u2019'])?\s+(?:while|where|whereas)\s+|;\s+", re.I
)


CLAIM_DENIED_RE = re.compile(
    r",\s+an?\s+(?:claim|allegation|assertion|report|statement)\s+(?:that\s+was\s+)?"
    r"(?:denied|rejected|disputed|refuted|dismissed)\s+by\s+([^,.;]+)",
    re.I,
)


NON_RESULT_ING = _lexicon.words("en", "non_result_participles")
CONNECTIVES = set(_lexicon.words("en", "discourse_connectives"))
TRAILING_CONNECTIVE_RE = re.compile(
    r",\s+(?:"
    + "|".join(re.escape(w) for w in sorted(CONNECTIVES, key=len, reverse=True) if w not in ("and", "but", "also"))
    + r")$",
    re.I,
)
CONNECTIVE_RE = re.compile(
    r"(?:"
    + "|".join(re.escape(w) for w in sorted(_lexicon.words("en", "discourse_connectives"), key=len, reverse=True))
    + r")\b,?\s+",
    re.I,
)


VERB_MODIFIER_DEPS = {"prep", "advmod", "npadvmod", "punct", "agent"}


def _modifies_verb(v: Any, rest: list) -> bool:
    """Every word of ``rest`` modifies the verb ``v`` (a time, a place, the occasion), none is a predicate
    coordinated with it ('calls the raids "waves" and does not bother to ...' goes on)."""
    mods = {x.i for c in v.children if c.i > v.i and c.dep_ in VERB_MODIFIER_DEPS for x in c.subtree}
    return all(t.i in mods or t.is_punct for t in rest)


def _frames_with(h: Any) -> bool:
    """The first conjunct ``h`` is a frame of its own ('X said A and denied B'); a passive ('the post was
    viewed ... and reposted by accounts, some of which added ...') is not: its subject is no source."""
    if h.lemma_.lower() in RELEASE and any(c.dep_ == "dobj" and EVIDENCE_RE.search(c.lower_) for c in h.children):
        return False  # 'It published a video and said ...': making material public is an event, not a frame
    return is_cue(h) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in h.children)


def analyse(ctx: ArticleState, toks: list, lo: int, hi: int, ui: int, unit_text: str, depth: int = 0) -> list[Draft]:
    """Drafts for toks[lo:hi]: frames outermost first, then the content split into claims."""
    if hi - lo < 2:
        return []
    hops: list[Hop] = []
    cue_lemma = None
    inner_lo, inner_hi = lo, hi
    lf_verb = None
    tf = trailing_frame(ctx, toks, lo, hi, unit_text)
    second: list[Draft] = []
    if tf:
        hops, k, cue_lemma = tf
        inner_hi = k
        if hops:
            # 'A, the mayor said, adding that B': the participle after the frame is the same speaker's
            for _cs, ce, t in participle_frames(ctx, toks, k + 1, hi)[:1]:
                k2 = next((j for j in range(k, hi) if ctx.tok_start(toks[j]) >= ce), None)
                if k2 is not None:
                    hop2 = _hop(ctx, hops[0].source, t, t.i + 1)
                    second = split_content(ctx, toks, k2, hi, ui, [hop2], t.lemma_.lower())
            if not second and depth == 0:
                # 'A, the mayor said, while the ministry said B': a clause of its own after the frame, with
                # its own frame
                j = next(
                    (
                        j
                        for j in range(k + 1, hi - 3)
                        if toks[j].text == "," and toks[j + 1].lower_ in ("while", "whereas", "but")
                    ),
                    None,
                )
                if j is not None:
                    saved = _book_state(ctx)
                    other = analyse(ctx, toks, j + 2, hi, ui, unit_text, depth)
                    if any(d.hops for d in other):
                        second = [d for d in other if d.hops]
                    else:
                        _restore_book(ctx, saved)
    else:
        acc = according_to(ctx, toks, lo, hi, unit_text)
        if acc and not acc[0]:
            # only a channel ("according to a statement"): read the rest without it, in the voice around it
            inner = analyse(ctx, toks, acc[1], acc[2], ui, unit_text, depth)
            return inner or split_content(ctx, toks, acc[1], acc[2], ui, [], None)
        if acc:
            hops, inner_lo, inner_hi = acc
            cue_lemma = "according"
        elif (asf := as_frame(ctx, toks, lo, hi, unit_text)) is not None:
            hops, inner_lo, inner_hi, cue_lemma = asf
        else:
            mf = mid_frame(ctx, toks, lo, hi, unit_text)
            if mf:
                # 'But, the mayor said, the bridge will reopen': before the frame only the writer's
                # connective, so the content is what follows the frame
                _, _, k1, k2 = mf
                lead = ctx.text[ctx.tok_start(toks[lo]) : ctx.tok_start(toks[k1])].strip().lower()
                start = k2 + 1 if lead in CONNECTIVES else lo
                return split_content(ctx, toks, start, hi, ui, mf[0], mf[1])
            lf = leading_frame(ctx, toks, lo, hi, unit_text, root_only=depth > 0)
            if lf is None and depth == 0 and (inv := inverted_frame(ctx, toks, lo, hi, unit_text)) is not None:
                # 'Said the farmer: "..."': the content follows the subject
                return split_content(ctx, toks, inv[1], hi, ui, inv[0], inv[2])
            if lf:
                hops, inner_lo, cue_lemma, v = lf
                lf_verb = v
                first = complement_start(v)
                if first is not None and inner_lo < hi and toks[inner_lo].i == first.i:
                    # a noun phrase or infinitive content ends with the complement: what follows it
                    # modifies the cue verb ('called for an inquiry in a statement on Monday')
                    last = complement_end(v)
                    k_end = _idx(toks, last.i) if last is not None else -1
                    if inner_lo <= k_end < hi - 1 and _modifies_verb(v, toks[k_end + 1 : hi]):
                        inner_hi = k_end + 1
                if depth == 0 and v.dep_ == "conj" and not _frames_with(v.head) and v.head.i >= toks[lo].i:
                    # 'X outlined his plan and vowed to ...': the first conjunct is a claim of its own
                    cc = next((j for j in range(lo, hi) if v.head.i < toks[j].i < v.i and toks[j].dep_ == "cc"), None)
                    if cc is not None:
                        before = split_content(ctx, toks, lo, cc, ui, [], None)
                        return before + split_content(ctx, toks, inner_lo, hi, ui, hops, cue_lemma)
                if v.dep_ in ("relcl", "advcl", "acl") and not rootless_cue(v, toks[inner_lo - 1 : hi]):
                    # a frame inside a subordinate clause: its content is the verb's own clause, and the
                    # main clause is a claim in the voice around it
                    cc = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i), None)
                    if cc is not None:
                        end_k = _idx(toks, min(max(x.i for x in cc.subtree), max(x.i for x in v.subtree)))
                        if end_k >= inner_lo:
                            inner_hi = end_k + 1
                    own = split_content(ctx, toks, lo, hi, ui, [], None) if depth == 0 else []
                    if depth == 0:
                        # 'X, who says A, tweeted that B' / 'In a year in which most say A, some questioned
                        # why B': the main clause may hold a frame of its own, read without the clause
                        own = _main_frame_outside(ctx, toks, lo, hi, v, ui, unit_text) or own
                    if cc is None and not hops:
                        return own  # a noun phrase with no one to ascribe it to is no claim of its own
                    return split_content(ctx, toks, inner_lo, inner_hi, ui, hops, cue_lemma) + own
            elif (af := adjective_frame(ctx, toks, lo, hi, unit_text)) is not None:
                hops, inner_lo = af
                cue_lemma = "believe"
            else:
                # inside a content a participle after it is the same speaker's second frame, read by
                # split_content (participle_frames), not a frame of the content's own subject
                gf = prep_gerund_frame(ctx, toks, lo, hi, unit_text) if depth == 0 else None
                if gf:
                    g_hops, g_lo, g_hi, p_lo, p_hi, g_lemma = gf
                    if p_lo <= lo + 1:
                        # 'After saying A, the engineer left': the main clause after the phrase is a claim
                        rest = p_hi
                        while rest < hi and toks[rest].is_punct:
                            rest += 1
                        own = split_content(ctx, toks, rest, hi, ui, [], None)
                    else:
                        own = split_content(ctx, toks, lo, p_lo, ui, [], None)
                    return own + split_content(ctx, toks, g_lo, g_hi, ui, g_hops, g_lemma)
                pf = participial_frame(ctx, toks, lo, hi, unit_text) if depth == 0 else None
                if pf:
                    p_hops, k_comma, k_content, p_lemma = pf
                    own = split_content(ctx, toks, lo, k_comma, ui, [], None) if depth == 0 else []
                    return own + split_content(ctx, toks, k_content, hi, ui, p_hops, p_lemma)
    if lf_verb is not None and (af2 := aside_frame(ctx, toks, lf_verb, inner_lo, inner_hi, unit_text)) is not None:
        k_cut, k2, k2_end, hops2, lemma2 = af2
        if k_cut > inner_lo:
            second = split_content(ctx, toks, k2, k2_end, ui, hops2, lemma2)
            inner_hi = k_cut
    c_lo, c_hi = inner_lo, inner_hi
    if lf_verb is not None and inner_lo >= inner_hi:
        # 'denied the report but promised to answer questions': the first frame has nothing to check, and
        # the predicate coordinated with it is still read
        c_lo, c_hi = _idx(toks, lf_verb.i) + 1, hi
    if lf_verb is not None and (cf := conjoined_frame(ctx, toks, lf_verb, c_lo, c_hi, hops)) is not None:
        k_cut, k2, k2_end, hops2, conj_lemma = cf
        if hops2 or depth == 0:
            # inside another frame a plain conjunct stays with the content ('according to X, the command
            # calls the raids "waves" and does not bother to ...' is all X's)
            second = split_content(ctx, toks, k2, k2_end, ui, hops2, conj_lemma) + second
            inner_hi = k_cut
    if lf_verb is not None and depth == 0 and (pa := _frame_participle(ctx, toks, lf_verb, inner_lo, inner_hi)):
        # 'said the budget was balanced, drawing jeers from the crowd': the participle goes with the frame
        # verb, not with what was said; it is what the article tells of the speaker
        k_comma, k_p, k_p_end = pa
        second = split_content(ctx, toks, k_p, k_p_end, ui, [], None) + second
        inner_hi = k_comma
    if cue_lemma is not None and cue_lemma != "according":
        sf = second_frame(ctx, toks, inner_lo, inner_hi, hops)
        if sf:
            k_and, k2, lemma2, hops2 = sf
            second = split_content(ctx, toks, k2, inner_hi, ui, hops2, lemma2) + second
            inner_hi = k_and
    if cue_lemma is None:
        # the article's own voice: split as any content is (";", ", while", result clauses with figures)
        own = split_content(ctx, toks, lo, hi, ui, [], None) if depth == 0 else []
        nf = nominal_frame(ctx, toks, lo, hi, unit_text) if depth == 0 else None
        if nf is not None:
            # 'The governor's claim that the mine was safe was rejected': the clause is the governor's
            n_hops, n_lo, n_hi, n_lemma = nf
            return own + split_content(ctx, toks, n_lo, n_hi, ui, n_hops, n_lemma)
        return own
    # an extra hop after the frame: ", citing X" / ", referring to information provided by X"
    extra = extra_hop(ctx, toks, inner_lo, inner_hi, unit_text)
    if extra:
        inner_hi, further = extra
        hops = hops + [further]
    # the content may hold a frame of its own: "A told B that C" inside "..., B wrote"
    if depth < ctx.settings.max_frame_depth and cue_lemma not in DISPUTING_CUES:
        saved = _book_state(ctx)
        nested = analyse(ctx, toks, inner_lo, inner_hi, ui, unit_text, depth + 1)
        # a belief, intention or demand inside reported speech is part of its content ('said she did
        # not believe ...'); only a speech act relayed by another makes a further hop
        if nested and not any(
            d.cue_lemma == "according"
            or (CUES.get(d.cue_lemma or "") or {}).get("class") in ("communication", "denial")
            for d in nested
        ):
            # a reading of the content that is dropped cites no one: the sources and mentions it registered
            # go ('Anna Kovacs said she plans to ...': 'she' is in the content, no source where it stands)
            nested = []
            _restore_book(ctx, saved)
        if nested:
            for d in nested:
                d.hops = hops + d.hops if hops else d.hops
            return nested + second
    drafts = split_content(ctx, toks, inner_lo, inner_hi, ui, hops, cue_lemma)
    return _own_frames(ctx, toks, drafts, ui, unit_text) + second


def _frame_participle(ctx: ArticleState, toks: list, v: Any, lo: int, hi: int) -> tuple[int, int, int] | None:
    """A participle clause set off by a comma after a clause content that the parse hangs on the frame verb
    ``v`` itself ('said the budget was balanced, drawing jeers from the crowd', ', smiling at the cameras')
    -> (index of the comma, first and end index of the clause), or None. Not a cue (', adding that ...' is a
    second frame), not a result that carries a figure (', leaving 200 people without shelter' tells what
    the content's event did) nor a participle that lists or cites (', including ...')."""
    cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    if cc is None:
        return None
    cc_end = max(x.i for x in cc.subtree)
    for t in v.children:
        if t.dep_ != "advcl" or t.tag_ != "VBG" or t.i <= cc_end or is_cue(t) or t.lower_ in NON_RESULT_ING:
            continue
        k = _idx(toks, t.i)
        if not lo < k < hi or ctx.in_quote(ctx.tok_start(t)) or comma_before(ctx, toks, k) is None:
            continue
        sub = list(t.subtree)
        if any(x.like_num for x in sub) or sub[0].i != t.i:
            continue
        k_end = _idx(toks, sub[-1].i)
        if k_end < 0 or k_end >= hi:
            continue
        kc = comma_before(ctx, toks, k)
        assert kc is not None
        return (kc if toks[kc + 1].i == t.i else k), k, k_end + 1
    return None


def _book_state(ctx: ArticleState) -> tuple[dict[str, Any], int]:
    """What the source book and the speech acts hold now, to be put back after a dropped reading."""
    assert ctx.book is not None
    fields = {k: copy.deepcopy(v) for k, v in vars(ctx.book).items() if k not in ("text", "place_side")}
    return fields, len(ctx.speech_acts)


def _restore_book(ctx: ArticleState, saved: tuple[dict[str, Any], int]) -> None:
    assert ctx.book is not None
    fields, n_acts = saved
    for k, v in fields.items():
        setattr(ctx.book, k, v)
    del ctx.speech_acts[n_acts:]


def _main_frame_outside(
    ctx: ArticleState, toks: list, lo: int, hi: int, v: Any, ui: int, unit_text: str
) -> list[Draft]:
    """Drafts of the main clause around the subordinate clause of ``v``, when the main clause is itself a
    frame (its cue outside that clause, on the sentence's main verb): the clause is left out of the
    reading, not of the text (a content stays one contiguous span)."""
    sub = {x.i for x in v.subtree}
    rest = [t for t in toks[lo:hi] if t.i not in sub]
    # ('It released a video which it said showed X, and said Y': a cue conjoined with the main verb too)
    if (
        not any(
            is_cue(t) and t.i > v.i and (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")) for t in rest
        )
        or len(rest) < 4
    ):
        return []
    drafts = analyse(ctx, rest, 0, len(rest), ui, unit_text, 0)
    return drafts if any(d.hops for d in drafts) else []


def _own_frames(ctx: ArticleState, toks: list, drafts: list[Draft], ui: int, unit_text: str) -> list[Draft]:
    """'X said A, while most residents believed B': a clause split off the content ('; ', ', while') that
    holds a frame with a subject of its own is that subject's, not the first speaker's."""
    out: list[Draft] = []
    for n, d in enumerate(drafts):
        if n == 0 or not d.hops or d.quote:
            out.append(d)
            continue
        a = next((j for j, t in enumerate(toks) if ctx.tok_start(t) >= d.start), None)
        b = next((j for j, t in enumerate(toks) if ctx.tok_end(t) > d.end), len(toks))
        lf = leading_frame(ctx, toks, a, b, unit_text) if a is not None and b - a > 2 else None
        if lf is None or not lf[0] or lf[3].dep_ in ("relcl", "advcl", "acl", "xcomp") or lf[1] >= b:
            out.append(d)
            continue
        got = split_content(ctx, toks, lf[1], b, ui, lf[0], lf[2])
        out.extend(got or [d])
    return out


GLOSS_RELATIVES = {"who", "whose", "whom"}  # 'which' as often begins what the source says of a thing


def _gloss_cut(ctx: ArticleState, toks: list, lo: int, hi: int, s: int, e: int) -> int | None:
    """Where the writer's gloss on the last noun of an indirect content begins: a non-restrictive relative
    clause (', who is 70', ', which the court has put on hold') or an apposition (', the bedrock of his
    business') set off by a comma and running to the content's end tells the reader who or what the noun
    is; it is not what the source said. Inside a quotation it is the source's own words and stays."""
    for t in toks[lo:hi]:
        if t.dep_ not in ("relcl", "appos") or t.head.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        sub = list(t.subtree)
        first, last = sub[0], sub[-1]
        if first.i == 0 or t.doc[first.i - 1].text != "," or t.head.i >= first.i:
            continue
        if t.dep_ == "relcl" and (first.lower_ not in GLOSS_RELATIVES):
            continue
        if t.dep_ == "appos" and (
            (first.pos_ not in ("DET", "PRON") and first.lower_ != "one") or any(x.text in '"“”' for x in sub)
        ):
            continue  # 'the city, Lviv' names no gloss; a quoted apposition is a quotation's
        comma = t.doc[first.i - 1]
        cs = ctx.tok_start(comma)
        if not s + 10 < cs < e or ctx.in_quote(cs) or ctx.in_quote(max(cs, e - 1)):
            continue
        if ctx.text[ctx.tok_end(last) : e].strip(' \t\n,;:."”’') == "" and ctx.tok_end(last) >= e - 2:
            return cs
    return None


def _after_closing_mark(text: str, cs: int) -> int:
    """A cut at a comma inside a closing quotation mark ('"stable," while', ASCII newswire's ''stable,'' while)
    falls after the mark, which stays with the piece it closes."""
    if text[cs : cs + 1] == ",":
        if text[cs + 1 : cs + 3] == "''":
            return cs + 3
        if text[cs + 1 : cs + 2] in QUOTE_CLOSE:
            return cs + 2
    return cs


def _unbracketed(ctx: ArticleState, s: int, e: int) -> tuple[int, int]:
    """A content without the unmatched bracket of a parenthesised sentence around it ('(The mayor said the
    count was wrong.)' -> 'the count was wrong'): a bracket the content does not open or close inside itself
    is punctuation of the sentence, not part of what was said."""
    t = ctx.text[s:e]
    if t.endswith(")") and t.count(")") > t.count("("):
        s, e = ctx.trim(s, e - 1, " \t\n,;:.")
    t = ctx.text[s:e]
    if t.startswith("(") and t.count("(") > t.count(")"):
        s, e = ctx.trim(s + 1, e, " \t\n,;:.")
    return s, e


def split_content(
    ctx: ArticleState, toks: list, lo: int, hi: int, ui: int, hops: list[Hop], cue_lemma: str | None
) -> list[Draft]:
    if hi <= lo:
        return []
    s, e = ctx.tok_start(toks[lo]), ctx.tok_end(toks[hi - 1])
    s, e = ctx.trim(s, e, " \t\n,;:.")
    if ctx.text[s : s + 5].lower() == "that " and not (
        toks[lo].lower_ == "that" and toks[lo].dep_ in ("nsubj", "nsubjpass") and toks[lo].head.i == toks[lo].i + 1
    ):
        s += 5  # the complementiser, not a demonstrative subject ('denied that was the case')
    if hops:
        g = _gloss_cut(ctx, toks, lo, hi, s, e)
        if g is not None:
            e = ctx.trim(s, g, " \t\n,;:.")[1]
    disputed = False
    m = CLAIM_DENIED_RE.search(ctx.text, s, e)
    if m:
        disputed = True
        ds = m.start(1)
        head = next((t for t in toks[lo:hi] if ctx.tok_start(t) >= ds and t.pos_ in ("PROPN", "NOUN")), None)
        if head is not None:
            source_from_np(ctx, head, head.i, toks[hi - 1].i + 1, ctx.text[s:e])
        e = m.start()
    pieces: list[tuple[int, int, Any]] = []
    cur = s
    in_quote = ctx.in_quote
    cuts: list[tuple[int, int, Any]] = []
    # ', telling reporters that B', ', warning that B': the same speaker's second frame, with its own cue
    framed = participle_frames(ctx, toks, lo, hi) if hops else []
    for cs, ce, t in framed:
        if s < cs < e:
            cuts.append((cs, ce, t))
    for rx in (SPLIT_RE, SAYING_RE):
        for mm in rx.finditer(ctx.text, s, e):
            if not in_quote(mm.end() - 1 if rx is SPLIT_RE else mm.start()) and not (
                rx is SAYING_RE and any(cs == mm.start() for cs, _, _ in framed)
            ):
                cuts.append((mm.start(), mm.end(), "saying" if rx is SAYING_RE else None))
    # ", and <subject> <verb>", ", but <subject> <verb>": coordinated clauses with their own subjects,
    # outside quotations
    for t in toks[lo:hi]:
        comma = t.doc[t.i - 1] if t.i > 0 else None
        if comma is not None and comma.text in (*QUOTE_CLOSE, "''") and t.i > 1 and t.doc[t.i - 2].text == ",":
            comma = t.doc[t.i - 2]  # 'were "in poor repair," but officials said ...'
        if (
            t.lower_ in ("and", "but")
            and comma is not None
            and comma.text == ","
            and ctx.tok_start(comma) > s
            and not in_quote(ctx.tok_start(t))
        ):
            nxt = [x for x in toks if x.i > t.i and ctx.tok_end(x) <= e]
            if any(
                x.dep_ in SUBJ_DEPS and x.head.i > t.i and x.head.pos_ in ("VERB", "AUX") and x.i < x.head.i
                for x in nxt[:8]
            ):
                cuts.append((ctx.tok_start(comma), ctx.tok_end(t) + 1, None))
    # "had advanced ... and were stopped ...": a second predicate with its own auxiliary, coordinated
    # with the first, is a second event (a passive or perfect of its own), outside quotations
    for t in toks[lo:hi]:
        if t.lower_ != "and" or in_quote(ctx.tok_start(t)) or t.i + 2 >= len(t.doc):
            continue
        aux, verb = t.doc[t.i + 1], t.doc[t.i + 2]
        if (
            aux.dep_ in ("aux", "auxpass")
            and aux.lower_ in ("was", "were", "had", "has", "have")
            and verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and ctx.tok_start(t) > s + 20
            and len([x for x in toks if x.i > t.i and ctx.tok_end(x) <= e]) >= 4
        ):
            cuts.append((ctx.tok_start(t), ctx.tok_end(t) + 1, None))
    # ", leaving two drivers hurt" / ", killing five people": a participial result clause that
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
    # 'X leads with 7,400, followed by Y (5,900) and Z (5,100)': the ranking after the leader is a claim
    # with figures of its own
    for t in toks[lo:hi]:
        if (
            t.lower_ == "followed"
            and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].lower_ == "by"
            and t.doc[t.i - 1].text == ","
            and not in_quote(ctx.tok_start(t))
            and s < ctx.tok_start(t) < e
            and any(x.like_num for x in t.doc[t.i + 1 : min(len(t.doc), t.i + 12)])
        ):
            cuts.append((ctx.tok_start(t) - 1, ctx.tok_start(t), None))
    # a quotation mark closed after the comma stays with the piece it closes; of two cuts at one place the
    # longer wins ('," and that ...')
    cuts = [(_after_closing_mark(ctx.text, cs), ce, k) for cs, ce, k in cuts]
    cuts.sort(key=lambda c: (c[0], -c[1]))
    kind = None
    for cs, ce, k in cuts:
        if cs <= cur:
            continue
        pieces.append((cur, cs, kind))
        cur, kind = ce, k
    pieces.append((cur, e, kind))
    drafts: list[Draft] = []
    for ps, pe, k in pieces:
        ps, pe = _unbracketed(ctx, *ctx.trim(ps, pe, " \t\n,;:."))
        if k is not None and not isinstance(k, str) and ctx.text[ps : ps + 5].lower() == "that ":
            ps += 5  # ', warning sailors that the storm ...': the complementiser, misread as an object

        if hops:
            # 'In addition, the bridge is closed, officials said': the connective is the writer's, and so is
            # one closing the content ('the plan constitutes a breach, however, the envoy said')
            m = CONNECTIVE_RE.match(ctx.text, ps, pe)
            if m and not in_quote(ps):
                ps, pe = ctx.trim(m.end(), pe, " \t\n,;:.")
            m = TRAILING_CONNECTIVE_RE.search(ctx.text, ps, pe)
            if m and m.end() == pe and not in_quote(m.start()):
                ps, pe = ctx.trim(ps, m.start(), " \t\n,;:.")
        if pe - ps < ctx.settings.min_claim_chars or len(ctx.text[ps:pe].split()) < ctx.settings.min_claim_words:
            continue
        d = Draft(ps, pe, hops=list(hops), cue_lemma=cue_lemma, unit=ui, disputed=disputed)
        if k is not None and not isinstance(k, str):
            # a participle frame: the same speaker, its own cue
            d.hops = [_hop(ctx, hops[0].source, k, k.i + 1)] + list(hops[1:])
            d.cue_lemma = k.lemma_.lower()
            d.disputed = False
        elif k == "saying":
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

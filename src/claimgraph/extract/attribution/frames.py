"""Attribution frames, read outermost first:

1. a trailing frame (content, SOURCE said on Tuesday);
2. "according to SOURCE" (a channel noun alone names no source);
3. a leading frame (SOURCE said/announced/reported on Telegram that content), with hops set off
   by commas between the verb and its content ("said, citing X, that");
4. an extra hop after the frame (", citing X", ", referring to information provided by X").

A reporting verb with no content clause ("the brigade denied the claim") is kept as a speech act.
"""

from __future__ import annotations

import re
from typing import Any

from ... import lexicon as _lexicon
from ...model import Hop
from ..lexicon import CUE_ADJECTIVES, CUE_NOUNS, DISPUTING_CUES, EXTRA_HOP_RE, SPEECH_ACT
from ..sources import ROLE_NOUNS as SPEAKER_HEADS
from ..state import ArticleState, SpeechAct
from .phrases import (
    SUBJ_DEPS,
    _before_weekday,
    _hop,
    channel_of,
    complement_end,
    complement_parts,
    complement_start,
    cue_class,
    cue_entry,
    is_cue,
    source_from_np,
    speaker_hops,
    subject_of,
)

# objects that name an earlier statement ('denied the claim'): nothing new to check
CLAIM_NOUNS = {"claim", "report", "allegation", "assertion", "it", "this", "that", "statement", "accusation", "charge"}

SKIP_DEPS = {"relcl", "acl", "amod", "advcl", "pcomp", "xcomp", "csubj", "prep", "pobj"}


CONNECTIVE_WORDS = _lexicon.words("en", "discourse_connectives")
SAYING_RE = re.compile(r",\s+(?:saying|adding|claiming|stressing|noting)(?:\s+that)?\s+", re.I)


def past_adjuncts(toks: list, j: int, hi: int, limit: int = 10) -> int:
    """Where the content of a participle frame starts when the participle's own phrase of time, place or
    channel stands before its 'that' ('..., saying in a letter on Monday that ...', ', writing on her blog
    that ...'): the token after the 'that'. Else ``j``: no 'that' within the phrase, or a clause or
    punctuation before it."""
    if j >= hi or not (toks[j].tag_ in ("IN", "RB") or toks[j].ent_type_ in ("DATE", "TIME")):
        return j
    for x in range(j + 1, min(hi - 1, j + limit)):
        t = toks[x]
        if t.lower_ == "that":
            # the parser often reads it as a relative pronoun on the phrase's noun ('a letter that ...')
            return x + 1
        if t.is_punct or (t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and t.tag_ == "VBN")):
            return j
    return j


def _idx(toks: list, i: int) -> int:
    for k, t in enumerate(toks):
        if t.i == i:
            return k
    return -1


def _pronoun_that(t: Any) -> bool:
    """'that' as a pronoun, not the complementiser: a relative pronoun ('proposed a law that would double
    the tax', 'said the plan that passed was flawed') or a demonstrative subject ('denied that was the
    case', "says that's what voters want"). The content then opens before it, not after it."""
    if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.dep_ == "relcl":
        # ... unless the relative clause reports in its turn ('published a video that shows X'): what it
        # shows is the publisher's content
        return not is_cue(t.head)
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.dep_ in ("nsubj", "nsubjpass") and nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.i == t.head.i


def _passive_speaker(v: Any) -> bool:
    """Whether the passive subject of a cue speaks: 'X was quoted as saying' yes; 'residents were advised
    to leave', 'five people are confirmed dead', 'the claim was denied' no (addressee or content)."""
    if v.tag_ == "VBG" and cue_class(v) == "communication":
        return True  # 'X can be heard saying': the subject of the perception verb speaks
    return cue_class(v) == "communication" and any(
        (c.dep_ == "prep" and c.lower_ == "as") or (c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl"))
        for c in v.children
    )


def _person_participle(v: Any) -> bool:
    """'..., the head of the region, X, announced on Monday.' read as a participle on 'head': a speech
    verb after a comma, hung on a noun phrase that names a person, is that person's frame."""
    return (
        v.dep_ == "acl"
        and v.tag_ in ("VBD", "VBN")
        and v.i > 0
        and v.doc[v.i - 1].text == ","
        and v.head.i < v.i
        and cue_class(v) == "communication"
        and any(t.ent_type_ == "PERSON" for t in v.head.subtree if t.i < v.i)
    )


def comma_before(ctx: ArticleState, toks: list, k: int) -> int | None:
    """Index of the comma that sets off toks[k] from what precedes it: the token before, or, when that is
    the mark closing a quotation, the comma just inside it ('was "rigged," noting that ...', American
    style puts the comma inside the closing mark); None when no comma precedes."""
    if k >= 1 and toks[k - 1].text == ",":
        return k - 1
    if k >= 2 and toks[k - 2].text == "," and _closes_quote(ctx, toks, k - 1):
        return k - 2
    return None


def trailing_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], int, str] | None:
    """'CONTENT, SOURCE said on Tuesday.' -> (hops, index of the comma, cue lemma). The frame may go on
    with a participle of its own ('CONTENT, SOURCE said, adding that B'): B is read as a second frame."""
    got = _trailing_frame(ctx, toks, lo, hi, unit_text)
    if got is not None:
        return got
    for j in range(hi - 3, lo + 3, -1):
        t = toks[j]
        if t.tag_ == "VBG" and toks[j - 1].text == "," and is_cue(t) and not ctx.in_quote(ctx.tok_start(t)):
            return _trailing_frame(ctx, toks, lo, j - 1, unit_text)
    return None


def _trailing_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], int, str] | None:
    end = hi
    while end > lo and toks[end - 1].is_punct and toks[end - 1].text not in '"\u201d':
        end -= 1
    for k in range(end - 2, lo + 2, -1):
        t = toks[k]
        is_comma = t.text == "," or (t.text in '"\u201d' and toks[k - 1].text == ",")
        if not is_comma:
            continue
        tail = toks[k + 1 : end]
        if not tail or len(tail) > ctx.settings.trailing_frame_max_tokens or ctx.in_quote(ctx.tok_start(tail[0])):
            continue
        if tail[0].text in '"\u201d':
            tail = tail[1:]
            if not tail:
                continue
        v = next(
            (
                x
                for x in tail
                if is_cue(x)
                and x.tag_ != "VBG"
                and (
                    x.dep_ not in {"relcl", "amod", "pcomp", "acl", "xcomp", "advcl"}
                    # '..., the head of the region, X, announced on Monday.' read as an adverbial clause:
                    # a clause with a subject of its own and no subordinator is the frame
                    or (
                        x.dep_ == "advcl"
                        and x.head.i < x.i
                        and any(c.dep_ == "nsubj" for c in x.children)
                        and not any(c.dep_ == "mark" for c in x.children)
                    )
                    or _person_participle(x)
                )
            ),
            None,
        )
        if v is None:
            continue
        if v.dep_ == "ccomp" and v.head.i < tail[0].i and is_cue(v.head):
            # 'X said his band and its producer, Y, wrote the songs': the clause after the comma is what
            # the frame before it says, not a frame of its own
            continue
        if any(x.lower_ == "that" and x.i > v.i and x.dep_ == "mark" for x in tail):
            continue
        # 'In an interview Monday, X said Y': the content follows the verb; the fronted phrase is no content
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i for c in v.children) or any(
            x.i > v.i and x.text in ":\u201c" for x in tail
        ):
            continue
        if complement_start(v) is not None:
            continue  # 'In a statement, X condemned the test as ...': the verb has a content of its own
        frame = {x.i for x in v.subtree}  # the frame's own words: its subject with appositions and clauses
        if any(
            x.text == ","
            and x.i > v.i
            and x.i + 1 < len(x.doc)
            and x.doc[x.i + 1].pos_ not in ("CCONJ", "SCONJ")
            and any(c.dep_ in SUBJ_DEPS and c.head.i not in frame for c in tail if c.i > x.i)
            for x in tail
        ):
            # 'That is why, she argued, the tax must be lowered': the content goes on after the frame
            # (', but the road was lost' is a clause of its own)
            continue
        # the subject inside the frame: the parser may give the verb the content's subject as well
        # ('The levee held through the night, the engineers said')
        subj = next((c for c in v.children if c.dep_ in SUBJ_DEPS and c.i >= tail[0].i), None) or subject_of(v)
        if (
            subj is not None
            and subj.dep_ == "nsubjpass"
            and (not _passive_speaker(v) if subj.head.i == v.i else cue_class(v) != "communication")
        ):
            continue  # 'residents were advised to leave': the subject is the addressee, not the source
        hi_i = tail[-1].i + 1
        lo_i = tail[0].i
        if subj is not None and not (lo_i <= subj.i < hi_i):
            subj = None
        if subj is None and v is tail[0]:
            real = subject_of(v) or (v.head if _person_participle(v) else None)
            if real is not None and real.i < lo_i:
                # '..., Brigadier General X, who commands the sector, said on Monday': the subject
                # sits before the comma; the content ends at the comma before the subject
                left = real.left_edge.i
                kk = max((j for j in range(lo, k) if toks[j].i < left and toks[j].text == ","), default=None)
                if kk is None:
                    continue
                hops = speaker_hops(ctx, v, real, left, v.i, unit_text)
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
            got = _appositive_subject(toks, lo, k, v)
            if got is None:
                continue
            subj, k = got
            lo_i = toks[k + 1].i
        m = EXTRA_HOP_RE.search(ctx.text, ctx.tok_end(v), ctx.tok_end(tail[-1]))
        cited = [x for x in tail if x.i > v.i and ctx.tok_start(x) >= m.end()] if m else []
        if m is not None and cited:
            hi_i = min(hi_i, min(x.i for x in tail if ctx.tok_end(x) > m.start()))
        hops = speaker_hops(ctx, v, subj, lo_i, hi_i, unit_text)
        if hops is None:
            return [], k, v.lemma_.lower()  # evidence speaks ("video from the scene shows"): no source hop
        if hops and m is not None and cited:
            # 'CONTENT, he said, citing the regional police': the cited source is the further hop
            hops = hops + _inserted_hops(ctx, cited, m, unit_text)
        return hops, k, v.lemma_.lower()
    return None


def _np_chunk(chunk: list) -> bool:
    """A short noun phrase with no verb that can name a speaker: a name, or a role ("the head of the city
    administration")."""
    return (
        0 < len(chunk) <= 10
        and not any(x.pos_ in ("VERB", "AUX") for x in chunk)
        and (chunk[0].pos_ in ("DET", "PROPN") or chunk[0].tag_ == "PRP$")
        and any(x.pos_ == "PROPN" or x.lower_ in SPEAKER_HEADS for x in chunk)
    )


def _appositive_subject(toks: list, lo: int, k: int, v: Any) -> tuple[Any, int] | None:
    """'CONTENT, the head of the city administration, Roman Hladkyi, has said.': the parser hangs the
    speaker's noun phrases on the content as appositions and leaves the verb without a subject. The one or
    two comma-set noun phrases between the content and the verb (a name and its role) are the subject;
    -> (the subject's head, index of the comma that ends the content)."""
    if v.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    after = [x for x in toks[k + 1 :] if x.i < v.i]
    chunk = [x for x in after if not (x.dep_ == "aux" and x.head.i == v.i)]
    if chunk and chunk[-1].text == ",":
        chunk = chunk[:-1]
    if not _np_chunk(chunk):
        return None
    k2 = next((j for j in range(k - 1, lo, -1) if toks[j].text == ","), None)
    if k2 is not None and _np_chunk(toks[k2 + 1 : k]):
        chunk, k = toks[k2 + 1 : k] + chunk, k2
    # the person's name first, then any other name (a body's), then the role noun
    people = [x for x in chunk if x.ent_type_ == "PERSON"]
    names = [x for x in chunk if x.pos_ == "PROPN" and x.ent_type_ not in ("DATE", "TIME", "GPE")]
    heads = [x for x in chunk if x.lower_ in SPEAKER_HEADS]
    subj = people[-1] if people else names[-1] if names else heads[0] if heads else None
    if people:
        # the end of the first name run: "Roman Hladkyi", not a name inside the role after it
        run = people[0]
        while run.i + 1 < v.i and run.doc[run.i + 1].ent_type_ == "PERSON":
            run = run.doc[run.i + 1]
        subj = run
    return (subj, k) if subj is not None else None


CHANNEL_NOUNS = _lexicon.words("en", "channel_nouns")


def according_to(ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int, int] | None:
    for k in range(lo, hi - 2):
        if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to":
            pobj = next((c for c in toks[k + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            # the source is the whole noun phrase, its apposition included ('according to his brother,
            # Petro, a driver'); the content starts after the comma that closes it
            sub_end = max(t.i for t in pobj.subtree)
            comma = next((j for j in range(k + 2, hi) if toks[j].text == "," and toks[j].i > sub_end), None)
            if k <= lo + 1 and (comma is None or hi - comma < 3):
                comma = next((j for j in range(k + 2, hi) if toks[j].text == ","), None)
            if k <= lo + 1:
                # 'According to X, who heads the council, the shelling ...': a relative clause set off by
                # commas after the source is part of its phrase; the content starts after its closing comma
                while (
                    comma is not None
                    and comma + 1 < hi
                    and toks[comma + 1].lower_ in ("who", "whom", "whose", "which")
                    and (nxt := next((j for j in range(comma + 2, hi) if toks[j].text == ","), None)) is not None
                    and hi - nxt >= 3
                ):
                    comma = nxt
            lo_i, hi_i = toks[k + 2].i, (toks[comma].i if comma is not None and comma > k + 2 else toks[hi - 1].i + 1)
            if pobj.lemma_.lower() in CHANNEL_NOUNS:
                # "according to a statement on Telegram": a channel; its author, if named, is the source
                agent = (
                    next(
                        (c for c in pobj.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")),
                        None,
                    )
                    or next(
                        (
                            g
                            for c in pobj.children
                            if c.dep_ == "prep" and c.lower_ in ("by", "from")
                            for g in c.children
                            if g.dep_ == "pobj"
                        ),
                        None,
                    )
                    or next(
                        (
                            g  # 'according to a count published on Monday by X': the participle's agent
                            for c in pobj.children
                            if c.dep_ == "acl"
                            for a in c.children
                            if a.dep_ == "agent"
                            for g in a.children
                            if g.dep_ == "pobj"
                        ),
                        None,
                    )
                )
                if agent is None:
                    if k <= lo + 1 and comma is not None:
                        return [], comma + 1, hi
                    if (end := _before_according(toks, lo, hi, k, sub_end)) is not None:
                        return [], lo, end
                    return None
                pobj = agent
            # the name is the phrase before its first comma; the mention is the whole phrase
            name_hi = next((toks[j].i for j in range(k + 2, hi) if toks[j].text == "," and toks[j].i < hi_i), hi_i)
            sid = source_from_np(ctx, pobj, lo_i, name_hi, unit_text, span_hi_i=hi_i)
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
            if (end := _before_according(toks, lo, hi, k, sub_end)) is not None:
                return [hop], lo, end
    return None


AS_IDIOMS = _lexicon.mapping("en", "as_frame_idioms")
AS_FRAME_ENDS = (",", ";", ":", "\u2014", "\u2013", "--", ")")


def _as_verb(seg: list, as_tok: Any) -> tuple[Any, Any | None] | None:
    """The verb of an 'as' clause of manner ('as the engineer noted', 'as reported by X', 'as she put it')
    and the object that completes an idiom cue ('it'), or None when the clause reports no speech: the verb
    must be one of communication that the 'as' hangs on, with nothing said in a clause of its own ('as he
    said he would' tells of an act foretold, 'as expected' of no one)."""
    for v in seg:
        if v.pos_ != "VERB" or not (as_tok.head.i == v.i or as_tok.i in {c.i for c in v.children}):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in v.children):
            return None
        idiom = AS_IDIOMS.get(v.lemma_.lower())
        if idiom is not None:
            obj = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ == idiom), None)
            return (v, obj) if obj is not None else None
        entry = cue_entry(v)
        if entry is None or entry["class"] != "communication" or "clause" not in entry["takes"]:
            return None
        return v, None
    return None


def as_frame(ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int, int, str] | None:
    """A clause of manner with 'as' names the source of the rest of the sentence: 'As the engineer noted,
    A', 'A, as the engineer told reporters', 'A, as reported by X (, citing Y)', 'A, as she put it, B' ->
    (hops, content start, content end, cue lemma). Set off by a comma, a dash or the sentence's edge; the
    content is what stands outside it (the whole sentence when it stands inside, one span per claim)."""
    for k in range(lo, hi - 2):
        a = toks[k]
        if a.lower_ != "as" or ctx.in_quote(ctx.tok_start(a)):
            continue
        lead = k == lo or (k == lo + 1 and toks[lo].lower_ in CONNECTIVE_WORDS)
        if not lead and toks[k - 1].text not in (",", "\u2014", "\u2013", "--", "-", "("):
            continue
        j = k + 1
        while j < hi and toks[j].text not in AS_FRAME_ENDS:
            j += 1
        end = j
        while end > k + 1 and toks[end - 1].is_punct:
            end -= 1
        seg = toks[k + 1 : end]
        if not 2 <= len(seg) <= ctx.settings.trailing_frame_max_tokens:
            continue
        got = _as_verb(seg, a)
        if got is None:
            continue
        v, obj = got
        if v.tag_ == "VBN":
            # 'as reported by X': the agent speaks
            subj = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        else:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not seg[0].i <= subj.i <= seg[-1].i:
            continue
        sub_hi = max(t.i for t in subj.subtree if t.i <= seg[-1].i) + 1
        hops = speaker_hops(ctx, v, subj, subj.left_edge.i, sub_hi, unit_text)
        if not hops:
            continue
        cue = _hop(ctx, hops[0].source, v, seg[-1].i + 1, cue_end=obj)
        hops = [cue, *hops[1:]]
        lemma = v.lemma_.lower()
        if lead:
            if hi - j > 3:
                return hops, j + 1, hi, lemma
            continue
        if j < hi - 1 and toks[j].text == ":":
            return hops, j + 1, hi, lemma  # 'A, as the report notes: "B"': what follows the colon
        if j >= hi - 1 or _closes_sentence(toks, j, hi):
            if k - 1 > lo + 2:
                if j < hi - 1 and (
                    m := EXTRA_HOP_RE.search(ctx.text, ctx.tok_start(toks[j]), ctx.tok_end(toks[hi - 1]))
                ):
                    # 'A, as reported by X, citing Y': the cited source is the further hop
                    hops = hops + _inserted_hops(ctx, toks[j:hi], m, unit_text)
                return hops, lo, k - 1, lemma
            continue
        return hops, lo, hi, lemma  # 'The levee, as she put it, is a relic'
    return None


def _closes_sentence(toks: list, j: int, hi: int) -> bool:
    """Only a cited source's hop (', citing X') or end punctuation follows toks[j] (the clause's end)."""
    rest = [t for t in toks[j:hi] if not t.is_punct]
    return not rest or (rest[0].lower_ == "citing" and toks[j].text == ",")


def _before_according(toks: list, lo: int, hi: int, k: int, sub_end: int) -> int | None:
    """Where the content before 'according to X' (at toks[k]) ends: at the comma or dash that sets the
    phrase off ('..., according to X', '... - according to X'), or right before it when the phrase closes
    the sentence with nothing set off ('The dam was built in 1962 according to the archive')."""
    if k <= lo:
        return None
    if toks[k - 1].text in (",", "\u2014", "\u2013", "-", "--"):
        return k - 1 if k - 1 > lo else None
    if k - lo >= 3 and all(t.is_punct or t.i <= sub_end for t in toks[k:hi]):
        return k
    return None


def _inserted_hops(ctx: ArticleState, phrase: list, m: re.Match, unit_text: str) -> list[Hop]:
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


PERCEPTION_VERBS = {"hear", "see", "film", "record", "quote", "show", "catch", "overhear"}


def _perception_head(v: Any) -> Any | None:
    """The perception verb a speech participle depends on ('can be heard saying', 'was quoted as saying')."""
    h = v.head
    if h.dep_ == "prep" and h.lower_ == "as":
        h = h.head
    return h if h.i != v.i and h.lemma_.lower() in PERCEPTION_VERBS else None


def _adjunct_of(t: Any, v: Any) -> bool:
    """``t`` belongs to a time, place or manner phrase of the verb ``v`` ('at the time', 'on Monday')."""
    while t.head.i != t.i:
        if t.head.i == v.i:
            return t.dep_ in ("prep", "npadvmod", "advmod") and t.i > v.i
        t = t.head
    return False


def rootless_cue(v: Any, after: list) -> bool:
    """A cue the parser hung as a participle on a root noun, in a sentence it left without a main verb
    ('X, a think tank, estimated in a report that ...'): the noun is its subject, the sentence its frame."""
    return (
        v.dep_ == "acl"
        and v.tag_ in ("VBD", "VBN")
        and v.head.dep_ in ("ROOT", "nsubj", "nsubjpass")
        and v.head.pos_ in ("PROPN", "NOUN")
        and v.head.i < v.i
        and any(t.lower_ == "that" and t.dep_ == "mark" and t.i > v.i for t in after)
    )


TITLE_WORDS = _lexicon.words("en", "title_words")


def _subject_in_fronted_phrase(v: Any, lo_i: int) -> tuple[Any, int] | None:
    """'In a meeting with the board of the Courier Mayor Holt said that ...': with no comma after a fronted
    phrase the parser reads the speaker's name as the end of that phrase and leaves the verb without a
    subject. A person's name right before the verb, ending a phrase that opens the sentence and hangs on
    the verb, is its subject -> (the name's head, where the name begins: a title word before it included,
    the phrase's nouns before that not)."""
    if v.dep_ != "ROOT" or v.i == 0:
        return None
    prev = v.doc[v.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "pobj":
        return None
    top = prev
    while top.head.i != top.i and top.head.i != v.i:
        top = top.head
    if top.head.i != v.i or top.dep_ != "prep" or top.left_edge.i != max(lo_i, v.sent.start):
        return None
    # where the name begins: at a title word ('Mayor Holt'), else where the tagger begins a name of a
    # person; a run of proper nouns with neither ('the Daily Courier Holt') is no name to cut out
    start = prev.i
    while start - 1 > top.i:
        before = v.doc[start - 1]
        if before.lower_ in TITLE_WORDS:
            while start - 1 > top.i and v.doc[start - 1].lower_ in TITLE_WORDS:
                start -= 1
            break
        if v.doc[start].ent_type_ == "PERSON" and v.doc[start].ent_iob_ == "B":
            break
        if before.pos_ != "PROPN":
            return None
        start -= 1
    else:
        return None
    return prev, start


def leading_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str, root_only: bool = False
) -> tuple[list[Hop], int, str, Any] | None:
    """'SOURCE said on Tuesday that CONTENT' -> (hops, content start index, cue lemma, verb).
    ``root_only`` (a content read again for a frame of its own): the frame's verb must head the whole
    content ('A told B that C'), not a clause coordinated inside it ('C and denied that D')."""
    span_i = (toks[lo].i, toks[hi - 1].i) if hi > lo else (0, -1)
    for k in range(lo, hi):
        v = toks[k]
        if not is_cue(v) or ctx.in_quote(ctx.tok_start(v)):
            continue
        if root_only and span_i[0] <= v.head.i <= span_i[1] and v.head.i != v.i:
            continue
        if root_only and any(c.dep_ == "ccomp" and c.i < span_i[0] for c in v.children):
            continue  # the parser hung the outer frame on this verb ('X said A; Y said B'): no frame around A
        if root_only and v.dep_ in ("advcl", "relcl", "acl", "conj", "parataxis"):
            continue  # 'X said A, though she acknowledged B', 'X said A; Y said B': no frame around A
        # a frame inside a relative or adverbial clause ('officials who said ...', 'after X said ...')
        # a frame inside a relative or adverbial clause with a clause of its own ('officials who said ...'),
        # or with a noun phrase ('..., as she called for an inquiry', 'X, who praised the plan, ...'); a
        # request in a relative clause is the source's own ('who asked not to be named')
        embedded = v.dep_ in ("relcl", "advcl") and (
            any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)
            or (v.dep_ == "advcl" and complement_start(v) is not None)
            or (v.dep_ == "relcl" and any(p.dep_ != "xcomp" for p in complement_parts(v)))
        )
        # 'X can be heard saying', 'X was quoted as saying': the speaker is the perceived one
        perceived = v.tag_ == "VBG" and v.dep_ in ("xcomp", "advcl", "pcomp") and _perception_head(v) is not None
        # a sentence the parser left without a main verb ('X, a think tank, estimated in a report that ...'
        # read with X as the root and the cue as its participle): the root noun is the speaker
        rootless = rootless_cue(v, toks[k + 1 : hi])
        if v.dep_ in SKIP_DEPS and not embedded and not perceived and not rootless:
            continue
        subj = subject_of(_perception_head(v)) if perceived else v.head if rootless else subject_of(v)
        rel = None
        if subj is not None and v.dep_ == "relcl" and subj.lower_ in ("who", "that", "which"):
            rel, subj = subj, v.head  # 'officials who said ...': the noun the clause belongs to
        if subj is not None and subj.i < toks[lo].i:
            # the parser took a stripped dateline ('KYIV -') for the subject: the noun phrase left of
            # the verb inside the unit is the speaker
            lo_i = toks[lo].i
            subj = next(
                (
                    t
                    for t in toks[lo:k]
                    if t.pos_ in ("PROPN", "NOUN") and not (lo_i <= t.head.i < v.i) and t.head.i != t.i
                ),
                None,
            )
        subj_lo = toks[lo].i
        if subj is None and not perceived and not rootless:
            got = _subject_in_fronted_phrase(v, toks[lo].i)
            if got is not None:
                subj, subj_lo = got
        if subj is None or not (toks[lo].i <= subj.i < v.i):
            continue
        if subj.dep_ == "nsubjpass" and (
            not _passive_speaker(v) if subj.head.i == v.i else cue_class(v) != "communication"
        ):
            continue  # 'residents were advised to leave': the subject is the addressee, not the source
        start = None
        inserted: list[Hop] = []  # "Zelensky said, citing Syrskyi, that ...": hops between verb and content
        j = k + 1
        while j < min(hi, k + ctx.settings.leading_frame_max_tokens):
            t = toks[j]
            if (
                t.lower_ == "that"
                and t.dep_ in ("mark", "nsubj", "dobj")
                and t.head.i != v.i
                and not _pronoun_that(t)
                or (t.lower_ == "that" and t.dep_ == "mark")
            ):
                start = j + 1
                break
            if (
                t.lower_ == "that"
                and j > k + 1
                and "clause" in (cue_entry(v) or {}).get("takes", ())
                and all(_adjunct_of(toks[x], v) for x in range(k + 1, j))
            ):
                start = j + 1  # 'reported at the time that ...': the verb's adjuncts, then its content
                break
            if t.text == "," and not inserted:
                m = EXTRA_HOP_RE.match(ctx.text, ctx.tok_start(t))
                close = next(
                    (x for x in range(j + 1, min(hi, j + ctx.settings.inserted_hop_max_tokens)) if toks[x].text == ","),
                    None,
                )
                if m and close is not None:
                    inserted = _inserted_hops(ctx, toks[j + 1 : close], m, unit_text)
                    if inserted:
                        j = close + 1
                        continue
            if t.tag_ == "VBG" and is_cue(t) and getattr(_perception_head(t), "i", -1) == v.i:
                j += 1  # 'X was quoted as saying that ...': the participle belongs to the frame
                continue
            if (
                t.pos_ in ("VERB", "AUX")
                and t.dep_ not in ("aux", "auxpass", "neg")
                and not (t.dep_ == "acl" and t.tag_ == "VBN" and v.i < t.head.i < t.i)
            ):
                break  # a participle inside the frame's own phrase ('in a report published on Monday') is no clause
            if t.text in ":," and j + 1 < hi and any(q.open == ctx.tok_start(toks[j + 1]) for q in ctx.quotes):
                start = j + 1  # 'X said: "..."' / 'X said, "..."': the quotation is the content
                break
            if (
                t.text == ":"
                and j + 1 < hi
                and not inserted
                and cue_class(v) == "communication"
                and not any(c.dep_ in ("dobj", "oprd", "acomp", "attr", "ccomp") and c.i < t.i for c in v.children)
            ):
                start = j + 1  # 'X wrote on Telegram: the bridge is closed'
                break
            if t.text in ',;:"\u201c':
                break
            j += 1
        if start is None:
            part = next(
                (
                    c
                    for c in v.subtree
                    if c.tag_ == "VBG" and is_cue(c) and getattr(_perception_head(c), "i", -1) == v.i
                ),
                None,
            )
            cc = [c for c in (part or v).children if c.dep_ in ("ccomp",) and c.i > v.i]
            if cc:
                first = min(x.i for x in cc[0].subtree)
                # 'said Tuesday the bridge would reopen': a day or time right after the verb, before the
                # content's subject, dates the saying (the parser often hangs it on the content's verb)
                csubj = next((c for c in cc[0].children if c.dep_ in SUBJ_DEPS), None)
                if csubj is not None and first == v.i + 1:
                    run = first
                    while run < csubj.left_edge.i and v.doc[run].ent_type_ in ("DATE", "TIME"):
                        run += 1
                    dated = any(v.doc[x].dep_ == "npadvmod" for x in range(first, run))
                    if run == csubj.left_edge.i and dated:
                        first = run
                start = _idx(toks, first)
            elif v.lemma_ in DISPUTING_CUES | {"confirm", "admit", "acknowledge"}:
                ger = next(
                    (c for c in v.children if c.i > v.i and c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp")),
                    None,
                )
                if ger is not None:
                    start = _idx(toks, ger.i)
            if start is None:
                obj = next((c for c in v.children if c.dep_ == "dobj"), None)
                first = complement_start(v)
                said = SAYING_RE.search(ctx.text, ctx.tok_start(v), ctx.tok_end(toks[hi - 1]))
                if (
                    first is not None
                    and not said
                    and not (obj is not None and obj.lemma_.lower() in CLAIM_NOUNS and cue_class(v) == "denial")
                    and sum(not t.is_punct for t in toks[_idx(toks, first.i) : hi]) >= ctx.settings.min_claim_words
                    and toks[lo].i <= first.i <= toks[hi - 1].i
                ):
                    start = _idx(toks, first.i)  # 'vowed to rebuild the bridge', 'denied involvement'
        hops = speaker_hops(ctx, v, subj, subj_lo, v.i, unit_text)
        if hops and rel is not None and ctx.book is not None:
            # the relative pronoun is the mention where it stands, naming the noun's source
            ctx.book.add_mention(hops[0].source, ctx.tok_start(rel), ctx.tok_end(rel))
        if start is None or start < 0 or start >= hi:
            if hops is None:
                continue
            if v.lemma_.lower() not in SPEECH_ACT:
                continue  # a verb that needs its content ('does not disclose its losses') cites no one without it
            ctx.speech_acts.append(SpeechAct(v, hops))
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            m = SAYING_RE.search(ctx.text, ctx.tok_start(v), ctx.tok_end(toks[hi - 1]))
            if m:
                at = next((j for j in range(k, hi) if ctx.tok_start(toks[j]) >= m.end()), None)
                if at is not None:
                    return hops, past_adjuncts(toks, at, hi), "say", v
            if obj is not None and obj.lemma_.lower() in CLAIM_NOUNS:
                return hops, hi, v.lemma_.lower(), v  # 'X denied the claim': nothing new to check
            return None
        if hops is None:
            return inserted, start, v.lemma_.lower(), v
        return hops + inserted, start, v.lemma_.lower(), v
    return None


def _finite(v: Any) -> bool:
    """A finite verb, or a plain form the tagger gave a present-tense verb with a subject of its own
    ('aides to the governor say' tagged VB)."""
    return v.tag_ in ("VBD", "VBZ", "VBP") or (
        v.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in v.children)
        and not any(c.dep_ in ("aux", "mark") or c.lower_ == "to" for c in v.children)
    )


def mid_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], str, int, int] | None:
    """'The bridge, the mayor said, would reopen in May.': a frame set off by commas inside its content ->
    (hops, cue lemma, indices of the commas opening and closing the frame). The content is the whole sentence around it (a
    claim is one contiguous span)."""
    for k1 in range(lo + 1, hi - 3):
        if toks[k1].text != ",":
            continue
        k2 = next((j for j in range(k1 + 2, min(hi - 1, k1 + 10)) if toks[j].text == ","), None)
        if k2 is None or k2 >= hi - 2:
            continue
        seg = toks[k1 + 1 : k2]
        v = next((x for x in seg if is_cue(x) and _finite(x)), None)
        if v is None or cue_class(v) != "communication" or ctx.in_quote(ctx.tok_start(v)):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > v.i for c in v.children):
            continue
        subj = next((x for x in seg if x.dep_ == "nsubj" and x.head.i == v.i), None)
        if subj is None:
            subj = next((x for x in seg if x.i > v.i and x.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if subj is None or not seg[0].i <= subj.i < seg[-1].i + 1:
            continue
        hops = speaker_hops(ctx, v, subj, seg[0].i, seg[-1].i + 1, unit_text)
        if hops:
            return hops, v.lemma_.lower(), k1, k2
    return None


PARTICIPLE_CUES = {
    "saying",
    "adding",
    "noting",
    "arguing",
    "insisting",
    "claiming",
    "warning",
    "stressing",
    "explaining",
    "stating",
    "writing",
    "declaring",
    "asserting",
    "suggesting",
    "promising",
}


def participial_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str, any_cue: bool = True
) -> tuple[list[Hop], int, int, str] | None:
    """'The governor visited the site, saying repairs would take weeks.': the subject of the main clause
    says what follows the participle -> (hops, index of the comma, content start, cue lemma); the main
    clause stays a claim of its own."""
    for k in range(lo + 2, hi - 2):
        t = toks[k]
        kc = comma_before(ctx, toks, k)
        if kc is None or ctx.in_quote(ctx.tok_start(t)):
            continue
        if t.lower_ in PARTICIPLE_CUES:
            j = k + 1
            while j < hi and (toks[j].text in ",:" or (toks[j].lower_ == "that" and toks[j].dep_ == "mark")):
                j += 1
            j = past_adjuncts(toks, j, hi)
        elif any_cue:
            # any other cue of the lexicon as a participle: its content is its clause or its complement
            # ('..., accusing the rebels of shelling a hospital', '..., calling for fresh elections')
            got = _participle_content(ctx, toks, k, hi)
            if got is None:
                continue
            j = got
        else:
            continue
        main = t.head
        if main.i == t.i:
            continue
        subj = subject_of(main)
        if subj is None or not toks[lo].i <= subj.i < toks[kc].i:
            continue
        if hi - j < 3:
            continue
        hops = speaker_hops(ctx, t, subj, toks[lo].i, toks[kc].i, unit_text)
        if hops:
            # the main clause keeps a quotation mark that closes after the comma ('visited it "twice," saying')
            return hops, kc if kc == k - 1 else k, j, t.lemma_.lower()
    return None


# prepositions whose gerund reports what the main clause's subject said in doing it ('ended the meeting by
# saying', 'after saying', 'before declaring'); 'without' says it was not said
GERUND_PREPS = {"by", "after", "before", "for", "from", "in", "while", "when", "since", "upon", "on"}


def prep_gerund_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], int, int, int, int, str] | None:
    """'The mayor closed the meeting by saying the budget would be cut', 'After saying the bridge was safe,
    the engineer left', 'was criticised for claiming that ...': a cue gerund after a preposition says its
    content for the subject of the clause the preposition belongs to -> (hops, content start and end
    index, where the preposition's phrase starts and ends, the cue lemma). The rest of the sentence stays a claim."""
    for k in range(lo, hi - 2):
        t = toks[k]
        if t.tag_ != "VBG" or t.dep_ != "pcomp" or not is_cue(t) or ctx.in_quote(ctx.tok_start(t)):
            continue
        prep = t.head
        if prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS or prep.i != t.i - 1:
            continue
        if any(c.dep_ in SUBJ_DEPS for c in t.children):
            continue
        main = prep.head
        if main.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(main)
        if subj is None or not toks[lo].i <= subj.i <= toks[hi - 1].i:
            continue
        if subj.dep_ == "nsubjpass" and prep.lower_ != "for":
            continue  # 'the plan was approved after saying ...' names no speaker; 'X was fined for saying' does
        first = _participle_content(ctx, toks, k, hi, need_comma=False)
        if first is None:
            continue
        sub = [x.i for x in t.subtree]
        cc = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        comp_end = complement_end(t)
        last = max(x.i for x in cc.subtree) if cc is not None else comp_end.i if comp_end is not None else max(sub)
        k_end = _idx(toks, min(last, toks[hi - 1].i))
        if k_end < first:
            continue
        if any(ctx.in_quote(ctx.tok_start(x)) for x in toks[first : k_end + 1]) and ctx.in_quote(
            ctx.tok_start(toks[first])
        ):
            continue  # a quotation after the gerund is read as a quotation
        hops = speaker_hops(ctx, t, subj, subj.left_edge.i, subj.i + 1, unit_text)
        if not hops:
            continue
        p_lo = _idx(toks, min(x.i for x in prep.subtree))
        p_hi = _idx(toks, max(x.i for x in prep.subtree))
        return hops, first, k_end + 1, p_lo, p_hi + 1, t.lemma_.lower()
    return None


def _participle_content(ctx: ArticleState, toks: list, k: int, hi: int, need_comma: bool = True) -> int | None:
    """Index of the first token of the content of the cue participle toks[k] set off by a comma (its
    'that' clause, its clausal complement or its noun-phrase / infinitive complement), or None when toks[k]
    is no such participle: a hop (', citing X'), a participle with a subject of its own, no content."""
    t = toks[k]
    deps = ("advcl", "xcomp", "conj", "acl", "ccomp") if need_comma else ("pcomp",)
    if t.tag_ != "VBG" or not is_cue(t) or t.dep_ not in deps:
        return None
    if (need_comma and EXTRA_HOP_RE.match(ctx.text, ctx.tok_start(t))) or any(c.dep_ in SUBJ_DEPS for c in t.children):
        return None
    first = None
    mark = next((j for j in range(k + 1, min(hi, k + 8)) if toks[j].lower_ == "that" and toks[j].dep_ == "mark"), None)
    cc = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
    if mark is not None and all(not toks[x].is_punct for x in range(k + 1, mark)):
        first = mark + 1
    elif cc is not None:
        first = _idx(toks, min(x.i for x in cc.subtree))
    elif (cs := complement_start(t)) is not None:
        first = _idx(toks, cs.i)
    if first is None or not (k < first < hi - 1):
        return None
    while first < hi and (
        toks[first].text in ":,\"\u201c\u2018'" or (toks[first].lower_ == "that" and toks[first].dep_ == "mark")
    ):
        first += 1
    if hi - first < 2:
        return None
    return first


def participle_frames(ctx: ArticleState, toks: list, lo: int, hi: int) -> list[tuple[int, int, Any]]:
    """'X said A, telling reporters that B' / ', warning that B' / ', calling it B': a cue participle set off
    by a comma after a content says B for the same speaker, with its own cue -> (character where A ends,
    character where B starts, the participle) for each. Hops (', citing X') and result clauses
    (', killing two') are not frames; a participle inside a quotation is the quotation's."""
    out: list[tuple[int, int, Any]] = []
    for k in range(lo + 2, hi - 2):
        t = toks[k]
        kc = comma_before(ctx, toks, k)
        if kc is None or ctx.in_quote(ctx.tok_start(t)):
            continue
        first = _participle_content(ctx, toks, k, hi)
        if first is None:
            continue
        out.append((ctx.tok_start(toks[kc]), ctx.tok_start(toks[first]), t))
    return out


def extra_hop(ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str) -> tuple[int, Hop] | None:
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


def second_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, hops: list[Hop]
) -> tuple[int, int, str, list[Hop]] | None:
    """'X told reporters that A and denied that B': a second cue verb coordinated with the frame's,
    with the same subject and a clause of its own, is a second frame -> (index of the 'and', start
    of its content, its cue lemma, its hops)."""
    if not hops:
        return None
    for k in range(lo + 2, hi - 3):
        t = toks[k]
        if t.lower_ not in ("and", "but") or ctx.in_quote(ctx.tok_start(t)):
            continue
        j = k + 1
        while j < hi - 2 and toks[j].tag_ in ("RB", "RBR") and toks[j].lower_ not in ("not", "n't"):
            j += 1
        v = toks[j]
        if not is_cue(v) or v.tag_ not in ("VBD", "VBZ", "VBP") or cue_class(v) not in ("communication", "denial"):
            continue
        if any(c.dep_ in SUBJ_DEPS and c.i > t.i for c in v.children):
            continue  # 'and officials denied that ...': a clause with a subject of its own
        if j + 1 < hi and toks[j + 1].lower_ == "that":
            start = j + 2
        else:
            cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
            if cc is None:
                continue
            start = _idx(toks, min(x.i for x in cc.subtree))
            if start < 0:
                continue
        if hi - start < 3:
            continue
        cue = ctx.span(ctx.tok_start(v), ctx.tok_end(v))
        return k, start, v.lemma_.lower(), [Hop(source=hops[0].source, cue=cue, channel=hops[0].channel)]
    return None


def _closes_quote(ctx: ArticleState, toks: list, k: int) -> bool:
    """toks[k] is the quotation mark that closes a quotation the content holds ('"a trap" and ...')."""
    return (
        toks[k].text in ('"', "\u201d", "\u2019", "'", "''")
        and k > 0
        and ctx.in_quote(ctx.tok_start(toks[k - 1])) is not None
    )


def conjoined_frame(
    ctx: ArticleState, toks: list, v: Any, lo: int, hi: int, hops: list[Hop]
) -> tuple[int, int, int, list[Hop], str | None] | None:
    """'X said A and called on B to ...' / 'X said A but declined to name B': a predicate coordinated with
    the frame's own verb after a clause content A, with no subject of its own, is no part of A -> (index where A ends, start and
    end of what the conjunct says, its hops, its cue lemma). A conjunct that is a cue with a content of
    its own is a second frame of the same speaker; any other conjunct ('and left the meeting') is an
    event the article reports in its own voice (no hops, its whole predicate)."""
    if hi - lo < 3:
        return None
    lo_i, hi_i = toks[lo].i, toks[hi - 1].i
    cands = [c for c in v.children if c.dep_ == "conj"]
    heads = [h for h in v.children if h.dep_ in ("ccomp", "xcomp") and h.i > v.i]
    heads += [g for h in heads for g in h.children if g.dep_ in ("ccomp", "xcomp") and g.i > h.i]
    for h in heads:
        if h.tag_ == v.tag_:
            continue  # 'said the port was open and set ...': the same form may share the content's subject
        # 'said the bridge would reopen and called on ...', 'said the port is ready and called on ...',
        # 'thought the piece made him look good and spiked it': a finite verb in the frame's own tense
        # cannot share the content's modal, infinitive or other tense, so it is the frame verb's conjunct,
        # whatever the parse. After a perfect or passive a past may be a participle sharing its auxiliary
        # ('said it had detected drones and scrambled two jets': 'had scrambled'), unless it is a cue of its
        # own ('claimed its strikes had hit only military sites and called the reports a provocation')
        cands += [
            c
            for c in h.children
            if c.dep_ == "conj"
            and c.tag_ == v.tag_
            and v.tag_ in ("VBD", "VBZ", "VBP")
            and c.i > h.i
            and (h.tag_ != "VBN" or v.tag_ != "VBD" or is_cue(c))
        ]
    for c in sorted(cands, key=lambda x: x.i):
        if not (lo_i < c.i <= hi_i) or ctx.in_quote(ctx.tok_start(c)):
            continue
        if c.pos_ not in ("VERB", "AUX") or any(g.dep_ in SUBJ_DEPS for g in c.children):
            continue
        np_start = complement_start(v)
        if not any(g.dep_ == "ccomp" and g.i < c.i for g in v.children) and (np_start is None or np_start.i >= c.i):
            continue
        # after a clause content or a noun-phrase / infinitive one ('criticized the new rules and called for
        # a strike', 'calls X "a trap" and refuses to staff them') the conjunct is the frame verb's own
        finite = c.tag_ in ("VBD", "VBZ", "VBP") or any(
            g.dep_ == "aux" and g.lower_ in ("has", "have", "had", "did", "does") for g in c.children
        )
        if not finite:
            continue
        cc = next((g for g in c.head.children if g.dep_ == "cc" and lo_i < g.i < c.i), None)
        if cc is None:
            continue
        k_cc = _idx(toks, cc.i)
        k_cut = k_cc
        while k_cut > lo and toks[k_cut - 1].is_punct and not _closes_quote(ctx, toks, k_cut - 1):
            k_cut -= 1
        if np_start is not None and k_cut > lo and not any(g.dep_ == "ccomp" for g in v.children):
            # 'announced the fines on Tuesday and said ...': the weekday dates the announcing
            k_cut = max(lo + 1, _idx(toks, _before_weekday(v.doc, toks[lo].i, toks[k_cut - 1].i)) + 1)
        if k_cut - lo < 1:
            continue  # a one-word content ('chided Lisbon and praised Madrid') still ends at the 'and'
        k_end = _idx(toks, min(hi_i, max(x.i for x in c.subtree)))
        if is_cue(c) and hops:
            cc_clause = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
            mark = next(
                (j for j in range(k_cc + 1, min(hi, k_cc + 8)) if toks[j].lower_ == "that" and toks[j].dep_ == "mark"),
                None,
            )
            first = None
            if mark is not None:
                first = mark + 1
            elif cc_clause is not None:
                first = _idx(toks, min(x.i for x in cc_clause.subtree))
            elif (cs := complement_start(c)) is not None:
                first = _idx(toks, cs.i)
            if first is not None and 0 <= first <= k_end:
                hop = _hop(ctx, hops[0].source, c, toks[first].i)
                return k_cut, first, k_end + 1, [hop], c.lemma_.lower()
        # the conjunct's own predicate, an event in the article's voice
        return k_cut, k_cc + 1, k_end + 1, [], None
    return None


COPULAS = {"be", "feel", "seem", "remain", "appear", "become", "grow", "sound"}
ADJ_PREPS = {"of", "about", "over", "that", "with", "on"}


def adjective_frame(ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str) -> tuple[list[Hop], int] | None:
    """'The governor was optimistic that the bridge would reopen', 'Farmers have been critical of the
    plan': a predicative adjective of belief or attitude ascribes its clause (or the object of its
    preposition) to the subject -> (hops, content start index). The cue runs from the copula (with
    its auxiliaries and negation) to the adjective, or to its preposition."""
    for k in range(lo + 1, hi - 2):
        a = toks[k]
        if a.lower_ not in CUE_ADJECTIVES or ctx.in_quote(ctx.tok_start(a)):
            continue
        # 'is convinced that', 'were worried about': the tagger reads a participle adjective as a passive
        # verb with the copula its auxiliary
        passive = a.tag_ == "VBN" and next(
            (c for c in a.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be" and c.i < a.i), None
        )
        if a.dep_ != "acomp" and not passive:
            continue
        cop = passive or a.head
        host = a if passive else cop  # the word the copula's auxiliaries and negation hang on
        if cop.lemma_.lower() not in COPULAS or host.dep_ in SKIP_DEPS:
            continue
        subj = (subject_of(a) or subject_of(cop)) if passive else subject_of(cop)
        if subj is None or not (toks[lo].i <= subj.i < a.i) or subj.lower_ in ("it", "this", "that"):
            continue
        start = cue_end = None
        cc = next((c for c in list(a.children) + list(cop.children) if c.dep_ == "ccomp" and c.i > a.i), None)
        prep = next((c for c in a.children if c.dep_ == "prep" and c.lower_ in ADJ_PREPS and c.i > a.i), None)
        if cc is not None:
            start, cue_end = min(x.i for x in cc.subtree), a
        elif prep is not None:
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                start, cue_end = min(x.i for x in obj.subtree), prep
        if start is None or cue_end is None:
            continue
        ks = _idx(toks, start)
        if ks < 0 or hi - ks < 1:
            continue
        if toks[ks].lower_ == "that" and toks[ks].dep_ == "mark":
            ks += 1
        if sum(not t.is_punct for t in toks[ks:hi]) < ctx.settings.min_claim_words:
            continue  # too little to be a content: the sentence stays a claim of its own
        sid = source_from_np(ctx, subj, toks[lo].i, min(cop.i, a.i) if cop.i > subj.i else a.i, unit_text)
        if not sid:
            continue
        first = min([cop] + [c for c in host.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < a.i])
        first = first if first.i < a.i else a
        cue = ctx.span(ctx.tok_start(first), ctx.tok_end(cue_end))
        return [Hop(source=sid, cue=cue, channel="statement")], ks
    return None


def aside_frame(
    ctx: ArticleState, toks: list, v: Any, lo: int, hi: int, unit_text: str
) -> tuple[int, int, int, list[Hop], str] | None:
    """'X said A, though she acknowledged B' / 'X said A, while Y insisted B': a frame in an adverbial
    clause hung on the frame's verb or on its content's verb, after the content's start, with a subject and a clause of its own, says B
    for its own subject -> (index where A ends, start and end of B, the hops, the cue lemma)."""
    if hi <= lo:
        return None  # an empty content ('I write this because ...' leaves none after the cue) has no aside
    heads = [v] + [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
    for c in [c for h in heads for c in h.children]:
        if c.dep_ != "advcl" or c.i <= toks[lo].i or not is_cue(c) or ctx.in_quote(ctx.tok_start(c)):
            continue
        subj = subject_of(c)
        cc = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
        if subj is None or cc is None or subj.i > c.i:
            continue
        left = min(x.i for x in c.subtree)
        k_cut = _idx(toks, left)
        if k_cut <= lo:
            continue
        first = min(x.i for x in cc.subtree)
        k_start = _idx(toks, first)
        if k_start < 0:
            continue
        if toks[k_start].lower_ == "that" and toks[k_start].dep_ == "mark":
            k_start += 1
        k_end = _idx(toks, max(x.i for x in cc.subtree))
        if k_end < k_start:
            continue
        hops = speaker_hops(ctx, c, subj, left, c.i, unit_text)
        if not hops:
            continue
        while k_cut > lo and toks[k_cut - 1].is_punct:
            k_cut -= 1
        return k_cut, k_start, k_end + 1, hops, c.lemma_.lower()
    return None


# what a cue noun's content is ascribed to when the noun names a stance: the stance of its verb
NOUN_STANCE_LEMMAS = {"reports": "say", "distances": "claim", "disputes": "deny"}


def nominal_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], int, int, str] | None:
    """'The governor's claim that the mine was safe was rejected', 'the allegation by the union that wages
    were withheld', 'his warning that the river would flood': a noun of saying, believing or demanding
    with its source (a possessive, or 'by'/'from' X) and a 'that' clause ascribes the clause to the source
    -> (hops, content start and end index, the cue lemma of the noun's stance). The cue is the noun; the
    sentence around it stays a claim in its own voice. A noun with no source named names no one."""
    for k in range(lo, hi - 3):
        n = toks[k]
        stance = CUE_NOUNS.get(n.lower_)
        if stance is None or n.pos_ != "NOUN" or n.dep_ == "ROOT" or ctx.in_quote(ctx.tok_start(n)):
            continue  # a cue noun the parser made the root ran the sentence's own verb into its clause
        owner = next((c for c in n.children if c.dep_ == "poss" and c.i < n.i), None)
        if owner is None:
            owner = next(
                (
                    g
                    for c in n.children
                    if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > n.i
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        if owner is None:
            continue
        # the 'that' right after the noun (or after its 'by X'), marking a clause with a subject of its own
        mark = next(
            (
                j
                for j in range(k + 1, min(hi, k + 8))
                if toks[j].lower_ == "that" and toks[j].dep_ == "mark" and toks[j].i > owner.i
            ),
            None,
        )
        if mark is None or any(toks[x].is_punct or toks[x].pos_ in ("VERB", "AUX") for x in range(k + 1, mark)):
            continue
        verb = toks[mark].head
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJ_DEPS | {"expl"} for c in verb.children):
            continue
        last = max(x.i for x in verb.subtree)
        gov = n.head if n.dep_ in SUBJ_DEPS else None
        if gov is not None and gov.i > n.i and last >= gov.i:
            continue  # the parser ran the clause into the main predicate: no content bound to trust
        k_end = _idx(toks, min(last, toks[hi - 1].i))
        if k_end < mark + 2:
            continue
        if sum(not t.is_punct for t in toks[mark + 1 : k_end + 1]) < ctx.settings.min_claim_words:
            continue
        lo_i = owner.left_edge.i
        sid = source_from_np(ctx, owner, lo_i, owner.i + 1, unit_text, span_hi_i=max(x.i for x in owner.subtree) + 1)
        if not sid:
            continue
        hop = Hop(source=sid, cue=ctx.span(ctx.tok_start(n), ctx.tok_end(n)), channel="statement")
        return [hop], mark + 1, k_end + 1, NOUN_STANCE_LEMMAS.get(stance, "say")
    return None


def inverted_frame(
    ctx: ArticleState, toks: list, lo: int, hi: int, unit_text: str
) -> tuple[list[Hop], int, str] | None:
    """'Said the farmer: "We have lost everything"', 'Added Novak, "..."': a sentence that opens with a
    verb of saying and its subject after it, set off by a colon or comma, ascribes what follows to that
    subject -> (hops, content start index, cue lemma)."""
    if hi - lo < 5:
        return None
    v = toks[lo]
    if v.tag_ not in ("VBD", "VBZ") or cue_class(v) != "communication" or ctx.in_quote(ctx.tok_start(v)):
        return None
    subj = next((c for c in v.children if c.dep_ in SUBJ_DEPS and c.i > v.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    k_end = _idx(toks, max(x.i for x in subj.subtree))
    if k_end < 0 or k_end + 2 >= hi or toks[k_end + 1].text not in (":", ","):
        return None
    hops = speaker_hops(ctx, v, subj, v.i + 1, toks[k_end].i + 1, unit_text)
    if not hops:
        return None
    return hops, k_end + 2, v.lemma_.lower()

"""Noun phrases and hops: the words that name a source, and the hop a reporting verb makes.

A source mention is the noun phrase that fills a source role; ``np_bounds`` cuts its name from
its description, ``source_from_np`` registers it in the article's source book (evidence nouns
give way to their agent), and ``speaker_hops`` turns a cue verb and its subject into hops
("X quoted Y as saying" is two hops, nearest first).
"""

from __future__ import annotations

import re
from typing import Any

from ...model import Hop
from ..lexicon import CHANNEL_RE, CUES, EVIDENCE_RE, MATERIAL_SUBJECT_VERBS
from ..sources import ASKED_BY
from ..state import ArticleState

SUBJ_DEPS = {"nsubj", "nsubjpass"}
# material that speaks for no one until an author is named ('satellite imagery and estimates by X')
AUTHORLESS_MATERIAL = {"imagery", "images", "photographs", "photos", "pictures", "footage", "data", "figures"}


NAME_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod", "punct"}


def np_bounds(ctx: ArticleState, head: Any, lo_i: int, hi_i: int) -> tuple[int, int, str | None]:
    """Character bounds of the name part of the NP headed by ``head`` and its description."""
    toks = [head]
    desc: list[Any] = []
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
    toks = [t for t in toks if lo_i <= t.i < hi_i] or [head]
    # keep a parenthesised abbreviation: "Ukraine's military intelligence (HUR)"
    doc = head.doc
    last = max(t.i for t in toks)
    if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
        toks.extend([doc[last + 1], doc[last + 2], doc[last + 3]])
    s = min(ctx.tok_start(t) for t in toks)
    e = max(ctx.tok_end(t) for t in toks)
    # names never start with a date adverbial swallowed by the parser
    d = None
    desc = [t for t in desc if lo_i <= t.i < hi_i]  # a description never reaches past the phrase's bounds
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
    # the parser misread a bare name opening the clause ('Petrenko said ...' with 'Petrenko' as an adverb):
    # a proper noun right before the verb, first in its sentence, is its subject
    if v.i > 0:
        prev = v.doc[v.i - 1]
        if (
            prev.head.i == v.i
            and prev.pos_ == "PROPN"
            and prev.dep_ in ("advmod", "npadvmod", "dep", "nmod", "compound")
            and (prev.is_sent_start or prev.left_edge.is_sent_start)
        ):
            return prev
    return None


# a possessive pronoun names its owner as the personal pronoun does ('his warning that ...' is his)
POSSESSIVE_FORMS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def pron_form(t: Any) -> str:
    """The personal pronoun a token stands for: 'he' for a possessive 'his', else the word itself."""
    return POSSESSIVE_FORMS.get(t.lower_, t.lower_) if t.dep_ == "poss" else t.lower_


def _main_clause(t: Any) -> bool:
    """Whether token ``t`` belongs to its sentence's main clause (its verb the root, or joined to it by 'and'),
    not to a clause set under another verb ('She says [Hale represents ...]')."""
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ROOT"


def asked_by(ctx: ArticleState, at: int) -> str | None:
    """The surname of the one asking in a fronted "Asked by Senator Roe whether ..., she said" that ends at
    ``at`` (the pronoun), lower-cased: the pronoun answers, so it never names that person."""
    asked = ASKED_BY.search(ctx.text, max(0, at - 300), at)
    words = re.findall(r"[A-Z][\w'\u2019-]+", asked.group("agent") or "") if asked else []
    return words[-1].lower() if words else None


def antecedent_person(ctx: ArticleState, pron: Any) -> Any | None:
    """The person a 'he'/'she' takes up: in the nearest sentence before it (or its own clause before it)
    that names a person outside quotation marks, the one in subject position, else the first named.
    Subjects persist as topics ('X visited the site. Y showed him around. He said ...' is rarer than
    a subject carried on), and a name inside a quotation is not the narrator's topic."""
    doc = pron.doc
    assert ctx.book is not None
    other = "she" if pron_form(pron) == "he" else "he"
    people = [s for s in ctx.book.sources if ctx.book.is_person.get(s.id)]
    # a person the text already calls by the other pronoun is not this one
    barred = {s.name.split()[-1].lower() for s in people if any(m.text.lower() == other for m in s.mentions)}
    known = {s.name.split()[-1].lower() for s in people}
    cands = [
        x
        for x in doc.ents
        if (x.label_ == "PERSON" or x[-1].lower_ in known)
        and x.root.pos_ == "PROPN"
        and x.end <= pron.i
        and not ctx.in_quote(x.start_char)
        and x.root.i != pron.i
        and x[-1].lower_ not in barred
    ]
    # "Asked by Whitcomb whether ..., she said": the one asking is not the one who answers
    asker = asked_by(ctx, pron.idx)
    if asker:
        cands = [x for x in cands if x[-1].lower_ != asker]
    if not cands:
        return None
    sents = ctx.sents or list(doc.sents)
    by_sent: dict[int, list] = {}
    for x in cands:
        k = next((n for n, sn in enumerate(sents) if sn.start <= x.start < sn.end), -1)
        by_sent.setdefault(k, []).append(x)
    last = max(by_sent)
    here = next((n for n, sn in enumerate(sents) if sn.start <= pron.i < sn.end), -1)
    if here - last > 3:
        return None  # too far back to be the topic still
    group = by_sent[last]
    subj = [x for x in group if x.root.dep_ in ("nsubj", "nsubjpass") or x.root.head.dep_ in ("nsubj", "nsubjpass")]
    return (subj or group)[0]


def source_from_np(
    ctx: ArticleState,
    head: Any,
    lo_i: int,
    hi_i: int,
    unit_text: str,
    span_hi_i: int | None = None,
    speaker: bool = False,
) -> str | None:
    """A source id for the NP headed by ``head``; evidence nouns give way to their agent ("an investigation by X").
    ``speaker``: the NP is the subject of an active verb of saying or thinking (a share of people speaks)."""
    # data and records speak for themselves ("Data from the survey show ...", "according to the records")
    documentary = head.lower_ in (
        "data",
        "records",
        "statistics",
        "copy",
        "copies",
        "count",
        "tally",
        "decree",
        "decrees",
        "log",
        "logs",
    )
    if (EVIDENCE_RE.fullmatch(head.lower_) and not documentary) or head.lower_ in (
        "investigation",
        "report",
        "video",
        "footage",
        "images",
    ):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and (c.lower_ == "by" or g.pos_ == "PROPN"):
                        return source_from_np(ctx, g, lo_i, hi_i, unit_text)
        return ctx.evidence_source.get(head.lower_)
    form = pron_form(head)
    # 'those surveyed said', 'those who voted early say': people picked out by what they did speak
    picked = speaker and head.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in head.children)
    if head.pos_ == "PRON" and form not in ("he", "she", "it", "they") and not picked:
        return None
    if (
        head.pos_ == "NOUN"
        and (EVIDENCE_RE.search(head.lower_) or head.lower_ in AUTHORLESS_MATERIAL)
        and not any(c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "PRON") for c in head.children)
    ):
        # 'according to satellite imagery and estimates by a think tank': material with no author of its
        # own, joined to material that has one (or sharing its 'by' phrase); the author is the source
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < hi_i]
        for owner in [head, *conj] if conj else []:
            agent = next(
                (
                    g
                    for p in owner.children
                    if p.dep_ == "prep" and p.lower_ == "by"
                    for g in p.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if agent is not None and agent.i < hi_i:
                return source_from_np(ctx, agent, agent.left_edge.i, hi_i, unit_text)
    s, e, desc = np_bounds(ctx, head, lo_i, hi_i)
    if picked:
        s, e = ctx.tok_start(head), max(ctx.tok_end(t) for t in head.subtree if t.i < hi_i)  # 'those surveyed'
    assert ctx.book is not None, "the segment component makes the source book"
    if form in ("he", "she"):
        ent = antecedent_person(ctx, head)
        recent = ctx.book.recent_person(s)
        barred = False
        asker = asked_by(ctx, ctx.tok_start(head))
        if recent is not None and asker:
            src = ctx.book.get(recent[0])
            if src is not None and src.name.split()[-1].lower() == asker:
                recent = None
        if recent is not None:
            src = ctx.book.get(recent[0])
            other = "she" if form == "he" else "he"
            if src is not None and any(m.text.lower() == other for m in src.mentions):
                recent, barred = None, True  # 'she' already names that person: 'he' is someone else
        if ent is not None and recent is not None:
            # a person already cited stays the topic unless a new one is named after, as a subject
            # ('She says Hale represents the old system. She adds ...': a subject inside what the cited
            # person says is not put forward by the text; the speaker stays the topic)
            if not (ent.start_char > recent[1] and ent.root.dep_ in ("nsubj", "nsubjpass") and _main_clause(ent.root)):
                ent = None
        if ent is not None:
            # the pronoun names the person the text last put forward; it stands as a mention of them
            sid = ctx.book.mention(ent.start_char, ent.end_char, head=ent.root, context=unit_text)
            if sid is not None:
                ctx.book.mention(s, e, head=head, context=unit_text, description=desc)
                ctx.book.add_mention(sid, s, e)
                return sid
        if barred:
            # the person cited last is called by the other pronoun and no other person fits: the pronoun
            # still speaks, as a source of its own recorded where it stands (never a dropped chain)
            return ctx.book.unresolved_person(s, e, context=unit_text)
        sid = ctx.book.mention(s, e, head=head, context=unit_text, description=desc)
        if sid is None:
            # no person cited yet: the pronoun takes up the nearest person named before it
            ent = next((x for x in reversed(head.doc.ents) if x.label_ == "PERSON" and x.end <= head.i), None)
            if ent is not None:
                ctx.book.mention(ent.start_char, ent.end_char, head=ent.root, context=unit_text)
                sid = ctx.book.mention(s, e, head=head, context=unit_text, description=desc)
        if sid is None:
            sid = ctx.book.unresolved_person(s, e, context=unit_text)
        return sid
    # the mention as it stands is the whole noun phrase with its apposition ("Ivan Petrenko, a spokesman
    # for the ministry") and its relative clause ("..., who chaired the panel"), without an aside set off
    # by commas ("..., speaking to veterans,") or a relative clause on another noun inside it ("president
    # of the union, which represents nurses"); the name is its core
    sub = mention_tokens(head, lo_i, span_hi_i or hi_i)
    span = (min(s, min(ctx.tok_start(t) for t in sub)), max(e, max(ctx.tok_end(t) for t in sub))) if sub else None
    if span is not None:
        span = ctx.trim(span[0], span[1], " \t\n\u00a0,;:")
    return ctx.book.mention(s, e, head=head, context=unit_text, description=desc, span=span, speaker=speaker)


def _gloss(t: Any, head: Any) -> bool:
    """``t`` opens a non-restrictive relative clause set off by a comma on a noun inside the mention other
    than its head ('Paul Ferris, president of the Nurses Union, which represents hospital staff'): it tells
    what the union is, not who speaks. 'which' never takes up a person; 'who' after 'a lawyer for the
    Sierra Club, who ...' does, whatever noun the parser hangs it on, and a relative clause on the person
    describes the source and stays ('Tom Riley, who chaired the panel')."""
    first = t.left_edge
    if t.dep_ != "relcl" or first.i == 0 or t.doc[first.i - 1].text != "," or first.lower_ != "which":
        return False
    return (
        t.head.i != head.i
        and t.head.pos_ in ("PROPN", "NOUN")
        and t.head.ent_type_ != "PERSON"
        and head.ent_type_ == "PERSON"
    )


def mention_tokens(head: Any, lo_i: int, hi_i: int) -> list:
    """The tokens of a source mention: the head's subtree without a participial aside, cut at the first
    gap, with no trailing punctuation or relative pronoun."""
    cut: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ in ("acl", "advcl") and t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == ",":
            cut.update(x.i for x in t.subtree)  # 'Trump, speaking to veterans, said': an aside
        elif _gloss(t, head):
            cut.update(x.i for x in t.subtree)
    keep = sorted(t.i for t in head.subtree if lo_i <= t.i < hi_i and t.i not in cut)
    if not keep:
        return []
    # contiguous run around the head
    run = [head.i] if head.i in keep else [keep[0]]
    for i in keep:
        if i > run[-1] and i == run[-1] + 1:
            run.append(i)
    lo_run = run[0]
    while lo_run - 1 in keep:
        lo_run -= 1
    toks = [head.doc[i] for i in range(lo_run, run[-1] + 1)]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("who", "which", "that")):
        toks.pop()
    return toks


def channel_of(text: str) -> str:
    for rx, ch in CHANNEL_RE:
        if rx.search(text):
            return ch
    return "statement"


def _verb_window(ctx: ArticleState, v: Any, hi_i: int) -> str:
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


def cue_start(v: Any) -> Any:
    """The first word of a verb cue: its auxiliaries, negation and adverbs right before it belong to it
    ('has said', 'had warned', 'also feared', 'did not deny', 'repeatedly claimed')."""
    doc, first = v.doc, v
    j = v.i - 1
    while j >= 0:
        t = doc[j]
        if t.head.i == v.i and (t.dep_ in ("aux", "auxpass", "neg") or (t.dep_ == "advmod" and t.tag_ == "RB")):
            first, j = t, j - 1
        else:
            break
    return first


def content_prep(v: Any) -> Any | None:
    """The preposition right after a cue verb that opens its content ('warned against', 'railed
    against', 'spoke about'): it belongs to the cue, as the particle of 'called for' does."""
    preps = CONTENT_PREPS.get(v.lemma_.lower(), ())
    for c in v.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in preps
            and c.i > v.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ):
            if all(v.doc[j].dep_ in ("advmod", "neg", "prt") for j in range(v.i + 1, c.i)):
                return c
    return None


def _hop(ctx: ArticleState, sid: str, v: Any, hi_i: int, cue_end: Any = None) -> Hop:
    s = ctx.tok_start(cue_start(v))
    cue_end = cue_end or cue_particle(v) or content_prep(v)  # 'called for', 'warned against': both words
    e = ctx.tok_end(cue_end or v)
    window = _verb_window(ctx, v, hi_i)
    return Hop(source=sid, cue=ctx.span(s, e), channel=channel_of(window), date=None)


def cue_entry(t: Any) -> Any | None:
    """The cue lexicon's entry for a verb token (its class, the contents it takes, its stance), or None.
    'call' is a cue only as 'call on' / 'call for', 'point' only as 'point out'."""
    if t.pos_ != "VERB" and not (t.pos_ == "NOUN" and t.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in t.children)):
        return None  # a noun with a subject of its own is a verb the tagger took for a noun ('Kyiv claims that')
    lem = t.lemma_.lower()
    if lem in ("call", "point"):
        prt = cue_particle(t)
        if prt is not None:
            return CUES.get(f"{lem} {prt.lower_}")
        if lem == "call" and any(c.dep_ == "oprd" for c in t.children):
            return CUES.get("call")  # 'called the strike a war crime': naming
        return None
    if lem in ("speak", "talk") and not any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in t.children):
        return None  # 'spoke at a briefing' says nothing; 'spoke about the need for ...' does
    if lem == "see":
        # 'sees the treaty as a threat' is a view; 'saw the convoy' is perception, no stance
        framed = any(c.dep_ == "dobj" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i for c in t.children
        )
        return CUES.get("view") if framed else None
    return CUES.get(lem) or CUES.get(_stem(t))


def _stem(t: Any) -> str:
    """The base form of an inflected verb the lemmatiser got wrong ('hopes', 'hoped', 'hoping' read as
    forms of 'hop'): the word less its ending, with the 'e' the ending took."""
    w = t.lower_
    if t.tag_ == "VBZ" and w.endswith("es"):
        return w[:-1]
    if t.tag_ in ("VBD", "VBN") and w.endswith("ed"):
        return w[:-1]
    if t.tag_ == "VBG" and w.endswith("ing"):
        return w[:-3] + "e"
    return w


def cue_particle(t: Any) -> Any | None:
    """The particle of a two-word cue ('call on', 'call for', 'point out'), or None."""
    parts = {"call": ("on", "for"), "point": ("out", "to")}.get(t.lemma_.lower())
    if not parts:
        return None
    return next((c for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ in parts and c.i > t.i), None)


# prepositions that open the content of a cue ('warned of a new offensive', 'called for an inquiry')
CONTENT_PREPS = {
    "warn": ("of", "against", "about"),
    "call": ("for", "on"),
    "caution": ("against",),
    "speak": ("about", "of"),
    "talk": ("about", "of"),
    "complain": ("about", "of"),
    "boast": ("about", "of"),
    "worry": ("about",),
    "comment": ("on",),
    "insist": ("on",),
    "joke": ("about",),
    "hint": ("at",),
    "testify": ("about",),
    "argue": ("for", "against"),
    "protest": ("against",),
    "point": ("to",),
    "describe": ("as",),
    "rail": ("against",),
    "liken": ("to",),
    "compare": ("to", "with"),
    "portray": ("as",),
    "depict": ("as",),
    "paint": ("as",),
    "characterise": ("as",),
    "characterize": ("as",),
    "view": ("as",),
    "see": ("as",),
    "regard": ("as",),
    "perceive": ("as",),
    "brand": ("as",),
    "label": ("as",),
}

# prepositions that give what an object is called or likened to, or accused of ('described the raid as a
# provocation', 'likened the plan to a surrender', 'accused Kyiv of shelling')
OBJECT_PREDICATE_PREPS = {"as", "to", "of", "for", "with"}


def complement_parts(v: Any) -> list:
    """The dependents of a cue verb that make its non-clausal content, as its entry allows: an infinitive
    ('vowed to rebuild', 'urged residents to leave'), a noun phrase ('denied involvement', 'accused Kyiv
    of shelling', 'called the strike a war crime', 'called for an inquiry', 'warned of an offensive')."""
    e = cue_entry(v)
    if e is None:
        return []
    takes = e["takes"]
    parts = []
    for c in v.children:
        if c.i <= v.i:
            continue
        if c.dep_ == "xcomp" and "infinitive" in takes and any(g.lower_ == "to" and g.i < c.i for g in c.children):
            parts.append(c)
        elif c.dep_ in ("dobj", "oprd") and "np" in takes and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            small_clause = any(
                g.i > c.i and (g.dep_ == "oprd" or (g.dep_ == "prep" and g.lower_ == "as")) for g in v.children
            )
            if (
                c.dep_ == "dobj"
                and c.pos_ == "PRON"
                and e["class"] not in ("demand", "accusation")
                and not small_clause
            ):
                continue  # 'denied it': nothing of its own to check; 'called it a disgrace' names it
            parts.append(c)
        elif c.tag_ == "VBG" and "gerund" in takes and c.dep_ in ("xcomp", "dobj", "ccomp"):
            parts.append(c)  # 'opposed sending troops', 'denied taking part'
        elif c.dep_ == "prep" and "np" in takes and c.lower_ in CONTENT_PREPS.get(v.lemma_.lower(), ()):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                parts.append(pobj[0])
    if any(p.dep_ == "xcomp" for p in parts):
        # 'urged residents to leave', 'called on the men to surrender': the addressee opens the content
        for c in v.children:
            if c.i > v.i and c.dep_ == "dobj" and c not in parts:
                parts.append(c)
            elif c.i > v.i and c.dep_ == "prep" and c.lower_ == "on":
                parts.extend(g for g in c.children if g.dep_ == "pobj")
    if parts and "np" in takes:
        # 'called the strike a war crime', 'described the raid as a provocation', 'accused Kyiv of
        # shelling': what the object is called, likened to or accused of belongs to the content
        for c in v.children:
            if (
                c.i > v.i
                and c not in parts
                and (
                    c.dep_ == "oprd"
                    or (
                        c.dep_ == "prep"
                        and c.lower_ in OBJECT_PREDICATE_PREPS
                        and c.lower_ not in CONTENT_PREPS.get(v.lemma_.lower(), ())
                    )
                )
            ):
                parts.append(c)
    return parts


def complement_start(v: Any) -> Any | None:
    """The first token of a cue verb's non-clausal content (see ``complement_parts``), or None."""
    parts = complement_parts(v)
    if not parts:
        return None
    return v.doc[min(x.i for p in parts for x in p.subtree)]


def complement_end(v: Any) -> Any | None:
    """The last token of a cue verb's non-clausal content: the content is the verb's complement, and
    what modifies the verb after it (when, where, in what statement) is the frame's, not the content's
    ('called for an inquiry in a statement on Monday')."""
    parts = complement_parts(v)
    if not parts:
        return None
    first = min(x.i for p in parts for x in p.subtree)
    return v.doc[_before_weekday(v.doc, first, max(x.i for p in parts for x in p.subtree))]


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _before_weekday(doc: Any, first: int, last: int) -> int:
    """The last token of a noun-phrase content without a weekday the parser hung on its noun: 'announced
    the fines on Tuesday' dates the announcing (news dates its reports by the day of the week), so the
    content is 'the fines'. A date without a weekday ('the elections on 5 May') may be the content's."""
    k = last
    while k > first and doc[k].ent_type_ in ("DATE", "TIME"):
        k -= 1
    if k == last or not any(doc[j].lower_ in WEEKDAYS for j in range(k + 1, last + 1)):
        return last
    if doc[k].lower_ == "on" and k > first:
        k -= 1
    while k > first and doc[k].is_punct:
        k -= 1
    return k


def cue_class(t: Any) -> str | None:
    e = cue_entry(t)
    return e["class"] if e is not None else None


def is_cue(t: Any) -> bool:
    return cue_entry(t) is not None


def speech_cue(t: Any) -> bool:
    """A cue that names the speaker of a quotation next to it: a verb of communication or denial, or one
    that carries direct speech ('"Will you sign it?" she asked', '"Where is the money?" he demanded')."""
    e = cue_entry(t)
    return e is not None and (e["class"] in ("communication", "denial") or "quote" in e.get("takes", ()))


def in_relative(v: Any, lo_i: int) -> bool:
    """A verb inside a relative clause ('the soldier, who asked not to be named, said'), looking up
    the tree no further left than ``lo_i``."""
    t = v
    while t.head.i != t.i and t.head.i >= lo_i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _people_speak(v: Any, subj: Any) -> bool:
    """``subj`` is the active subject of a cue verb that only people do: saying, thinking, wanting,
    backing ('62 percent said', 'two-thirds of nurses support the plan'), not a verb of finding or showing
    that a share of things may do ('5 percent of the samples show traces')."""
    return (
        subj.dep_ == "nsubj"
        and subj.head.i == v.i
        and cue_class(v) is not None
        and v.lemma_.lower() not in MATERIAL_SUBJECT_VERBS
        # '1,200 soldiers confirmed dead': a headline's reduced passive, the people are what is confirmed
        and not any(c.dep_ in ("acomp", "oprd") for c in v.children)
    )


def speaker_hops(ctx: ArticleState, v: Any, subj: Any, lo_i: int, hi_i: int, unit_text: str) -> list[Hop] | None:
    """Hops for a cue verb and its subject; 'X quoted Y as saying' is two hops, nearest first."""
    if EVIDENCE_RE.fullmatch(subj.lower_) and not any(c.dep_ == "prep" and c.lower_ == "by" for c in subj.children):
        return None
    sid = source_from_np(ctx, subj, lo_i, hi_i, unit_text, speaker=_people_speak(v, subj))
    if sid is None:
        return []
    hops = [_hop(ctx, sid, v, hi_i)]
    if v.lemma_ == "quote" and subj.dep_ != "nsubjpass":
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            inner = source_from_np(ctx, obj, v.i + 1, max(t.i for t in obj.subtree) + 1, unit_text)
            if inner:
                hops.append(Hop(source=inner, cue=hops[0].cue, channel=hops[0].channel))
    return hops

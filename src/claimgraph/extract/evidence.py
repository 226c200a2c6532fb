"""Evidence: the material claims rest on (an intercepted call, a video, satellite images,
an investigation), one object per item with its first mention as the span. A definite
noun phrase that fits an earlier item ("the recording" after "an intercepted phone
call", "the footage" after "a video") refers back to it instead of adding one.
``released_by`` is the subject of a release verb ("HUR released ...") or the agent of the
noun ("an investigation by ...", "images taken by ...")."""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon as _lexicon
from ..ground.institutions import lookup_institution, role_kind
from ..model import Evidence
from .attribution.phrases import source_from_np, subject_of
from .lexicon import EVIDENCE_ANAPHOR_COMPAT, EVIDENCE_NOUNS, EVIDENCE_RE, RELEASE, SAY
from .state import ArticleState, Release, Unit


def _source_like(tok: Any) -> bool:
    """'a video from the ministry' names who released it; 'video from the scene' (or the port)
    names where it was filmed. A name, an organisation or a role word is a releaser."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in ("ORG", "PERSON", "NORP")
        or bool(role_kind(tok.text) or lookup_institution(tok.text))
    )


def _irrealis(head: Any) -> bool:
    """The noun sits in a clause of what would, could or should happen."""
    t = head
    for _ in range(4):
        if t.head is t:
            break
        t = t.head
        if (
            t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "should", "might") for c in t.children)
            and not any(c.dep_ == "neg" for c in t.children)
        ):
            return True  # "could not verify the photographs" tells what was not done with what is at hand
    return False


# verbs whose object is what is wanted, not what is at hand ("every name needs a court ruling")
WANTING = {"need", "require", "lack", "want", "seek", "demand"}
# verbs that start an investigation: the investigation is the event reported, with no findings yet to rest on
STARTING = {"open", "launch", "start", "begin", "initiate", "order", "announce", "institute"}
# nouns that an evidence noun before them makes a medium or a trade, not material: "by video call", "a photo
# opportunity", "a video blogger"
MEDIUM_HEADS = {
    "call",
    "calls",
    "link",
    "links",
    "conference",
    "conferences",
    "chat",
    "chats",
    "camera",
    "cameras",
    "opportunity",
    "shoot",
    "editor",
    "editors",
    "journalist",
    "journalists",
    "blogger",
    "bloggers",
    "game",
    "games",
}


# what makes data provisional rather than material at hand
PROVISIONAL = {"preliminary", "initial", "unofficial"}


def _not_material(head: Any, kind: str) -> bool:
    """An evidence noun that names no item a claim rests on: a modifier of another noun ("by video call", "a
    photo opportunity"); what a verb of wanting asks for ("each case needs a court ruling or a photo"); an
    investigation that is being opened ("prosecutors opened an investigation into the attack")."""
    if head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.lower_ in MEDIUM_HEADS:
        return True
    t = head
    for _ in range(5):
        if t.head is t:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in WANTING:
            return True
        if t.pos_ in ("VERB", "AUX"):
            break
    if kind == "investigation":
        gov = head.head
        if head.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in STARTING:
            return True
    return False


def _post_modified_end(ctx: ArticleState, head: Any) -> int:
    """The end of the evidence phrase with what identifies it after the noun: where it comes from or what it
    shows ("video from the port", "photographs of the chapel", "a post on X") and the participle that says
    who made it and when ("a clip posted on 14 May 2024", "a copy saved by the Internet Archive"), up to a
    comma or a relative clause."""
    end = ctx.tok_end(head)
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    # the preposition right after the noun, wherever the parser hung it ("Using data from the registry")
    for c in list(head.children) + ([nxt] if nxt is not None and nxt.dep_ == "prep" and nxt.head is not head else []):
        if c.i <= head.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "on", "with") and c.i == head.i + 1:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                continue  # "a video on Monday": when it was posted, told by the clause
            if pobj is not None and pobj.i - head.i <= 6:
                end = max(end, ctx.tok_end(pobj))  # up to the noun: "from the port", not what follows it
                # and the nouns coordinated with it: "interviews with victims and witnesses"
                for cj in pobj.children:
                    if cj.dep_ == "conj" and cj.i - head.i <= 8 and cj.pos_ in ("NOUN", "PROPN"):
                        end = max(end, ctx.tok_end(cj))
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1:
            toks = []
            for t in c.subtree:
                # the participle with its time and place, not its agent: "images taken on Tuesday | by X"
                if t.text in (",", ";", "(", "\u2014") or t.dep_ in ("relcl", "appos", "agent"):
                    break
                toks.append(t)
            if toks:
                end = max(end, max(ctx.tok_end(t) for t in toks))
    return end


def _releaser_above(ctx: ArticleState, head: Any, u: Unit, utext: str) -> str | None:
    """ "The brigade posted what it said was drone footage": the subject of the release verb the noun's clause
    hangs from (two clauses up at most)."""
    t = head
    for _ in range(4):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in RELEASE and t is not head.head:
            subj = subject_of(t)
            if subj is not None and subj.pos_ != "PRON" or (subj is not None and subj.lower_ in ("it", "they")):
                return source_from_np(ctx, subj, u.tokens[0].i, t.i, utext)
            return None
    return None


def evidence_kind(m: re.Match[str]) -> str:
    """The kind of the evidence noun ``EVIDENCE_RE`` matched."""
    for name, val in m.groupdict().items():
        if val:
            return EVIDENCE_NOUNS[int(name[1:])][1]
    return "document"


def extract_evidence(ctx: ArticleState) -> None:
    rec = ctx.record
    mentions: dict[str, list[tuple[int, int]]] = {}
    definite_first: set[str] = set()
    releases = ctx.releases
    ev_source = ctx.evidence_source
    subhead: set[str] = set()
    for ui, u in enumerate(ctx.units):
        if u.duplicate_of is not None:
            continue
        if u.chrome:
            _credit_line(ctx, u, mentions)
        if u.is_meta:
            continue
        utext = ctx.text[u.start : u.end]
        for m in EVIDENCE_RE.finditer(ctx.text, u.start, u.end):
            if ctx.in_quote(m.start()):
                continue
            inside = next((e for e in rec.evidence if e.start <= m.start() < e.end), None)
            if inside is not None:
                # "an analysis of open-source imagery": what the item is made of or shows is part of it
                continue
            kind = evidence_kind(m)
            head = next((t for t in u.tokens if ctx.tok_start(t) <= m.end() - 1 < ctx.tok_end(t)), None)
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
            if head.pos_ == "PROPN" and head.text[:1].isupper() and head.i > u.tokens[0].i and not u.headline:
                continue  # "The Ledger" mid-sentence: a title (an outlet's name), not the common noun
            # "any images", "no video": nothing in particular; "would rely on satellite imagery": a plan, not material
            if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in head.children) or _irrealis(head):
                continue
            if _not_material(head, kind):
                continue
            if kind == "statistics" and any(c.dep_ == "amod" and c.lower_ in PROVISIONAL for c in head.children):
                continue  # "according to preliminary data": a hedge on the figure, no item to rest on
            left = [
                t
                for c in head.children
                if c.i < head.i and c.dep_ in ("det", "amod", "compound", "nmod", "poss")
                for t in c.subtree
            ]
            start = min([ctx.tok_start(t) for t in left] + [m.start()])
            det = next((t.lower_ for t in left if t.dep_ in ("det", "poss")), "")
            definite = (
                det in ("the", "this", "that", "these", "those")
                or (u.headline and not det)  # headlines drop the article: "..., document shows"
                or head.dep_ == "poss"
                or any(c.dep_ == "case" for c in head.children)
            )
            prior = [
                e
                for e in rec.evidence
                if kind in EVIDENCE_ANAPHOR_COMPAT.get(e.kind, {e.kind})
                or e.kind in EVIDENCE_ANAPHOR_COMPAT.get(kind, {kind})
            ]
            if definite and prior:
                mentions.setdefault(prior[-1].id, []).append((start, m.end()))
                continue
            last = rec.evidence[-1] if rec.evidence else None
            if (
                last is not None
                and u.start <= last.start
                and COORDINATED.fullmatch(ctx.text, last.end, m.start())
                and not any(c.dep_ == "det" for c in head.children)
            ):
                # "verified photo and video material": one body of material, named by both nouns
                last.end = max(m.end(), _post_modified_end(ctx, head))
                tail = MATERIAL_TAIL.match(ctx.text, last.end)
                if tail:
                    last.end = tail.end()
                last.text = ctx.text[last.start : last.end]
                mentions.setdefault(last.id, []).append((start, last.end))
                continue
            if definite:
                definite_first.add(f"e{len(rec.evidence) + 1}")
            released_by = None
            gov = head.head
            if head.dep_ == "dobj" and gov.lemma_.lower() in RELEASE:
                subj = subject_of(gov)
                if subj is not None:
                    released_by = source_from_np(ctx, subj, u.tokens[0].i, gov.i, utext)
            if released_by is None:
                for c in list(head.children) + [g for a in head.children if a.dep_ == "acl" for g in a.children]:
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if (
                            pobj is not None
                            and pobj.pos_ in ("PROPN", "NOUN")
                            and (c.lower_ == "by" or _source_like(pobj))
                        ):
                            released_by = source_from_np(
                                ctx, pobj, pobj.i - 8 if pobj.i >= 8 else 0, u.tokens[-1].i + 1, utext
                            )
                            break
            if released_by is None and head.dep_ == "nsubj" and gov.tag_ == "VBN":
                # 'Images taken on 28 May by the firm X show ...', parsed with the participle as the verb
                agent = next((c for c in gov.children if c.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                    released_by = source_from_np(ctx, pobj, pobj.left_edge.i, u.tokens[-1].i + 1, utext)
            if (
                released_by is None
                and head.dep_ in ("pobj",)
                and head.head.lower_ in ("on", "in", "via", "through")
                and (
                    head.head.head.lemma_.lower() in ("write", "post", "report", "say")
                    or head.head.head.lemma_.lower() in SAY
                    or head.head.head.lemma_.lower() in RELEASE
                )
            ):
                # "the brigade said in a post on its channel"; "was confirmed by the command in a post on Facebook"
                verb = head.head.head
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                subj = by if by is not None else subject_of(verb)
                if subj is not None and not (subj.dep_ == "nsubjpass"):
                    released_by = source_from_np(
                        ctx, subj, u.tokens[0].i, u.tokens[-1].i + 1 if by is not None else verb.i, utext
                    )
            if released_by is None:
                released_by = _releaser_above(ctx, head, u, utext)
            end = max(m.end(), _post_modified_end(ctx, head))
            if not det and not u.headline and _sub_heading(ctx, u):
                subhead.add(f"e{len(rec.evidence) + 1}")
            ev = Evidence(
                id=f"e{len(rec.evidence) + 1}",
                text=ctx.text[start:end],
                start=start,
                end=end,
                kind=kind,
                released_by=released_by,
            )
            ctx.evidence_heads[ev.id] = head
            rec.evidence.append(ev)
            mentions.setdefault(ev.id, []).append((start, end))
            if released_by:
                ev_source[head.lower_] = released_by
                if gov.lemma_.lower() in RELEASE:
                    releases.append(Release(ui, released_by, ev.id))
        _channel_documents(ctx, u, ui, utext, mentions)
    _forward_references(ctx, definite_first - subhead, mentions)
    _sub_heading_items(ctx, subhead, mentions)
    ctx.evidence_mentions = mentions


# what joins two evidence nouns of one phrase, and the general noun they may share
COORDINATED = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:and|or|&)[^\S\n]+")
MATERIAL_TAIL = re.compile(r"[^\S\n]+(?:materials?|evidence|content|files)\b", re.I)
# a credit at the end of a caption: "Photo: City Council / Handout", "Video: Jane Roe via Reuters"
CREDIT_RE = re.compile(
    r"\b(?P<kind>Photos?|Photograph|Image|Picture|Video|Footage)[^\S\n]*:[^\S\n]*"
    r"(?P<credit>[A-Z][\w.'\u2019&-]*(?:[^\S\n]+[\w.'\u2019&-]+){0,6}?)"
    r"(?:[^\S\n]*(?:/|\bvia\b)[^\S\n]*[\w .'\u2019&-]{2,40})?[^\S\n]*$"
)


def _credit_line(ctx: ArticleState, u: Unit, mentions: dict[str, list[tuple[int, int]]]) -> None:
    """A picture credit in a caption ("... Photo: City Council / Handout"): the photo is material the article
    shows; the credit names who made it, a caption's description ("Photo: A still from ...") is not a credit."""
    ps, pe = ctx.paras[u.para]  # the parser may cut the credit off its caption: read the paragraph
    m = CREDIT_RE.search(ctx.text, ps, pe)
    if m is None or any(
        w[:1].islower() and w not in ("of", "and", "the", "for", "de") for w in m.group("credit").split()
    ):
        return
    rec = ctx.record
    if any(e.start <= m.start("kind") < e.end for e in rec.evidence):
        return
    kind = "video" if m.group("kind").lower() in ("video", "footage") else "photo"
    ev = Evidence(
        id=f"e{len(rec.evidence) + 1}",
        text=m.group("kind"),
        start=m.start("kind"),
        end=m.end("kind"),
        kind=kind,
        released_by=None,
    )
    rec.evidence.append(ev)
    mentions.setdefault(ev.id, []).append((ev.start, ev.end))


def _sub_heading(ctx: ArticleState, u: Unit) -> bool:
    """A short unpunctuated line inside the article: a live blog's or a feature's sub-heading."""
    ps, pe = ctx.paras[u.para]
    t = ctx.text[ps:pe].strip()
    return u.para > 0 and t[-1:] not in '.!?"\u201d:' and len(t.split()) <= ctx.settings.subheading_max_words


def _sub_heading_items(ctx: ArticleState, subhead: set[str], mentions: dict[str, list[tuple[int, int]]]) -> None:
    """ "Video shows plume over the port" as a sub-heading, then "A video shared on social media ..." under it:
    the heading names the item its entry goes on to describe; one item, first mentioned in the heading."""
    rec = ctx.record
    for eid in sorted(subhead, key=lambda i: int(i[1:])):
        e = next((x for x in rec.evidence if x.id == eid), None)
        if e is None:
            continue
        para = next(i for i, (ps, pe) in enumerate(ctx.paras) if ps <= e.start < pe)
        nxt = ctx.paras[para + 1] if para + 1 < len(ctx.paras) else None
        later = next(
            (
                x
                for x in rec.evidence
                if nxt is not None and nxt[0] <= x.start < nxt[1] and x.id not in subhead and _compatible(e, x)
            ),
            None,
        )
        if later is None:
            continue
        if e.released_by is None:
            e.released_by = later.released_by
        _absorb(ctx, mentions, keep=e, drop=later)


def _compatible(a: Evidence, b: Evidence) -> bool:
    """Two evidence items of kinds one can name the other ("the footage" / "a video")."""
    return b.kind in EVIDENCE_ANAPHOR_COMPAT.get(a.kind, {a.kind}) or a.kind in EVIDENCE_ANAPHOR_COMPAT.get(
        b.kind, {b.kind}
    )


def _absorb(ctx: ArticleState, mentions: dict[str, list[tuple[int, int]]], keep: Evidence, drop: Evidence) -> None:
    """One item told twice: ``drop``'s mentions and releases become ``keep``'s, and ``drop`` goes."""
    mentions.setdefault(keep.id, []).extend(mentions.pop(drop.id, []))
    ctx.record.evidence.remove(drop)
    ctx.evidence_heads.pop(drop.id, None)
    ctx.releases[:] = [r._replace(evidence=keep.id) if r.evidence == drop.id else r for r in ctx.releases]


def _forward_references(
    ctx: ArticleState, definite_first: set[str], mentions: dict[str, list[tuple[int, int]]]
) -> None:
    """ "No, this video does not show ..." in a headline, then "posted a short video" in the body: a definite
    first mention with a compatible item introduced later is that item (its first mention is the indefinite one)."""
    rec = ctx.record
    for eid in sorted(definite_first, key=lambda i: int(i[1:])):
        e = next((x for x in rec.evidence if x.id == eid), None)
        if e is None or e.released_by is not None:
            continue
        later = next(
            (x for x in rec.evidence if x.start > e.start and x.id not in definite_first and _compatible(e, x)),
            None,
        )
        if later is None:
            continue
        _absorb(ctx, mentions, keep=later, drop=e)


CHANNEL_DOCS = _lexicon.words("en", "channel_documents")


def _channel_documents(
    ctx: ArticleState, u: Unit, ui: int, utext: str, mentions: dict[str, list[tuple[int, int]]]
) -> None:
    """'The ministry said in a statement ...', '... the ministry said in its daily briefing':
    the document a speaker put the claim in is the material the claim rests on, released by
    that speaker."""
    rec = ctx.record
    for t in u.tokens:
        if t.lemma_.lower() not in CHANNEL_DOCS or t.dep_ != "pobj" or t.head.lower_ not in ("in", "via", "through"):
            continue
        verb = t.head.head
        if verb.lemma_.lower() not in SAY or ctx.in_quote(ctx.tok_start(t)):
            continue
        left = [x for c in t.children if c.i < t.i and c.dep_ in ("det", "poss", "amod", "compound") for x in c.subtree]
        start, end = min([ctx.tok_start(x) for x in left] + [ctx.tok_start(t)]), ctx.tok_end(t)
        if any(e.start <= start < e.end or start <= e.start < end for e in rec.evidence):
            continue
        subj = subject_of(verb)
        released_by = source_from_np(ctx, subj, u.tokens[0].i, verb.i, utext) if subj is not None else None
        ev = Evidence(
            id=f"e{len(rec.evidence) + 1}",
            text=ctx.text[start:end],
            start=start,
            end=end,
            kind="document",
            released_by=released_by,
        )
        ctx.evidence_heads[ev.id] = t
        rec.evidence.append(ev)
        mentions.setdefault(ev.id, []).append((start, end))

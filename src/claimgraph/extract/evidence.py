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


def evidence_kind(m: re.Match[str]) -> str:
    """The kind of the evidence noun ``EVIDENCE_RE`` matched."""
    for name, val in m.groupdict().items():
        if val:
            return EVIDENCE_NOUNS[int(name[1:])][1]
    return "document"


def extract_evidence(ctx: ArticleState) -> None:
    rec = ctx.record
    mentions: dict[str, list[tuple[int, int]]] = {}
    releases = ctx.releases
    ev_source = ctx.evidence_source
    for ui, u in enumerate(ctx.units):
        if u.duplicate_of is not None or u.is_meta:
            continue
        utext = ctx.text[u.start : u.end]
        for m in EVIDENCE_RE.finditer(ctx.text, u.start, u.end):
            if ctx.in_quote(m.start()):
                continue
            kind = evidence_kind(m)
            head = next((t for t in u.tokens if ctx.tok_start(t) <= m.end() - 1 < ctx.tok_end(t)), None)
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
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
            if (
                released_by is None
                and head.dep_ in ("pobj",)
                and head.head.lower_ == "on"
                and head.head.head.lemma_.lower() in ("write", "post", "report", "say")
            ):
                subj = subject_of(head.head.head)
                if subj is not None:
                    released_by = source_from_np(ctx, subj, u.tokens[0].i, head.head.head.i, utext)
            end = m.end()
            # "video from the scene", "footage from Bakhmut": where the material comes from is part of it
            src_pp = next(
                (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.i + 1), None
            )
            pobj = next((c for c in src_pp.children if c.dep_ == "pobj"), None) if src_pp is not None else None
            if pobj is not None and pobj.i - head.i <= 4:
                end = max(end, ctx.tok_end(pobj))  # up to the noun: "from the port", not what follows it
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
    ctx.evidence_mentions = mentions


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

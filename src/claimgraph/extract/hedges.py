"""Hedges, verification statements, stance and verification of every claim.

A verification statement ("could not independently verify the footage", "the audio's
authenticity has not been verified", "geolocated by") applies to every claim that rests
on what it names: an evidence item (the claims that mention it, rest on it, or whose
quotation it introduces), "the claims" (every attributed claim before it), or "the
number of X" (claims with a figure counted in X). A denial marks what it denies as
disputed.
"""

from __future__ import annotations

import re

from ..model import Span
from .evidence import evidence_kind
from .lexicon import (
    DISPUTING_CUES,
    DISTANCING_CUES,
    EVIDENCE_ANAPHOR_COMPAT,
    EVIDENCE_RE,
    HEDGE_RE,
    VERIFY_NEG_RE,
    VERIFY_POS_RE,
)
from .state import ArticleState

DISTANCING_KINDS = {"attribution", "cue"}
GENERIC_OBJECTS = re.compile(
    r"\b(?:claims?|reports?|accounts?|figures|statements?|allegations?|assertions?|"
    r"information|details)\b",
    re.I,
)


def find_hedges(ctx: ArticleState) -> list[tuple[Span, str, int]]:
    out = []
    for ui, u in enumerate(ctx.units):
        if u.is_meta or u.duplicate_of is not None:
            continue
        for rx, kind in HEDGE_RE:
            for m in rx.finditer(ctx.text, u.start, u.end):
                tok = next((t for t in u.tokens if ctx.tok_start(t) == m.start()), None)
                if tok is None:
                    continue
                if kind == "cue" and tok.pos_ != "VERB":
                    continue
                if kind == "adjectival" and not (tok.dep_ == "amod" or tok.pos_ == "ADJ"):
                    continue
                if kind == "epistemic" and ctx.in_quote(m.start()):
                    continue
                out.append((Span(m.group(), m.start(), m.end()), kind, ui))
    return out


def _statement_applies(ctx: ArticleState, m: re.Match, ui: int) -> bool:
    """A check by the outlet (passive, 'independently', 'we'), not a source's 'did not confirm'."""
    s = m.group().lower()
    if "unable" in s or " be " in f" {s} " or "been" in s or "independently" in s or "unverified" in s:
        return True
    u = ctx.units[ui]
    before = ctx.text[u.start : m.start()].lower()
    outlet = set(re.findall(r"\w+", (ctx.meta.outlet or "").lower())) - {"the", "news"}
    return bool(re.search(r"\b(?:we|i)\s*$", before.strip()) or (outlet and set(re.findall(r"\w+", before)) & outlet))


def apply(ctx: ArticleState) -> None:
    rec = ctx.record
    claims = rec.claims
    hedges = find_hedges(ctx)
    ev_mentions: dict[str, list[tuple[int, int]]] = ctx.evidence_mentions
    unit_of = {c.id: ctx.drafts[c.id].unit for c in claims}
    # evidence each claim rests on: mentioned in its sentence, or carried to it
    for c in claims:
        d = ctx.drafts[c.id]
        u = ctx.units[d.unit]
        for eid, spans in ev_mentions.items():
            if any(u.start <= a < u.end for a, _ in spans) and eid not in c.evidence:
                c.evidence.append(eid)
        for eid in d.rests_on:
            if eid not in c.evidence:
                c.evidence.append(eid)
    verdict: dict[str, str] = {}
    attached: dict[str, list[Span]] = {c.id: [] for c in claims}

    def mark(cid: str, v: str) -> None:
        if verdict.get(cid) != "disputed":
            verdict[cid] = v

    # verification statements
    for ui, u in enumerate(ctx.units):
        if u.is_meta or u.duplicate_of is not None:
            continue
        for rx, value in ((VERIFY_NEG_RE, "unverified"), (VERIFY_POS_RE, "confirmed")):
            for m in rx.finditer(ctx.text, u.start, u.end):
                if ctx.in_quote(m.start()) or (value == "unverified" and not _statement_applies(ctx, m, ui)):
                    continue
                if value == "confirmed" and VERIFY_NEG_RE.search(ctx.text, max(u.start, m.start() - 20), m.end()):
                    continue
                span = Span(m.group(), m.start(), m.end())
                targets = _targets(ctx, ui, m, claims, unit_of)
                for e in _named_evidence(ctx, ui, m):
                    e.verification = value
                for cid in targets:
                    mark(cid, value)
                    attached[cid].append(span)
                if value == "unverified" and not targets:
                    near = [c for c in claims if unit_of[c.id] <= ui]
                    if near:
                        attached[near[-1].id].append(span)
                if value == "unverified":
                    hedges.append((span, "verification", ui))
    # hedge spans go to the claims of their sentence (or the quotation the sentence introduces)
    for span, kind, ui in hedges:
        if kind == "verification":
            continue
        own = [c for c in claims if unit_of[c.id] == ui]
        intro = [c for c in claims if ctx.drafts[c.id].intro_unit == ui]
        hosts = own or intro
        if not hosts:
            prev = [c for c in claims if unit_of[c.id] < ui]
            hosts = prev[-1:]
        for tc in hosts:
            attached[tc.id].append(span)
    for c in claims:
        d = ctx.drafts[c.id]
        seen = set()
        c.hedges = []
        for h in sorted(attached[c.id], key=lambda h: h.start):
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                c.hedges.append(h)
        # stance: the article's own commitment
        in_span = [(s, k) for s, k, ui in hedges if k != "verification" and c.start <= s.start < c.end]
        frame = [
            (s, k) for s, k, ui in hedges if k in DISTANCING_KINDS and ui == d.unit and not (c.start <= s.start < c.end)
        ]
        if d.cue_lemma in DISPUTING_CUES and c.attribution:
            c.stance = "disputes"
        elif d.frame_hedged or (c.attribution and d.cue_lemma in DISTANCING_CUES):
            c.stance = "distances"
        elif any(k in DISTANCING_KINDS for _, k in in_span) or (c.attribution and frame):
            c.stance = "distances"
        elif c.attribution:
            c.stance = "reports"
        else:
            c.stance = "asserts"
        if d.disputed or (d.cue_lemma in DISPUTING_CUES and c.attribution):
            c.verification = "disputed"
        else:
            c.verification = verdict.get(c.id, "not_stated")
    for e in rec.evidence:
        if e.verification == "not_stated":
            vs = {
                c.verification for c in claims if e.id in c.evidence and c.verification in ("unverified", "confirmed")
            }
            if len(vs) == 1 and any(e.id in c.evidence and e.id in ctx.drafts[c.id].rests_on for c in claims):
                e.verification = vs.pop()


def _named_evidence(ctx: ArticleState, ui: int, m: re.Match) -> list:
    u = ctx.units[ui]
    out = []
    for em in EVIDENCE_RE.finditer(ctx.text, u.start, u.end):
        kind = evidence_kind(em)
        prior = [
            e
            for e in ctx.record.evidence
            if e.start <= em.start()
            and (
                kind in EVIDENCE_ANAPHOR_COMPAT.get(e.kind, {e.kind})
                or e.kind in EVIDENCE_ANAPHOR_COMPAT.get(kind, {kind})
            )
        ]
        if prior:
            out.append(prior[-1])
    return out


def _targets(ctx: ArticleState, ui: int, m: re.Match, claims: list, unit_of: dict[str, int]) -> list[str]:
    u = ctx.units[ui]
    rest = ctx.text[u.start : m.start()] + " " + ctx.text[m.end() : u.end]
    evs = _named_evidence(ctx, ui, m)
    out: list[str] = []
    if evs:
        ids = {e.id for e in evs}
        for c in claims:
            d = ctx.drafts[c.id]
            if ids & set(c.evidence) or getattr(d, "intro_unit", None) == ui or (unit_of[c.id] == ui and d.quote):
                out.append(c.id)
        return out
    num = re.search(r"\bnumbers? of (\w+)", rest, re.I)
    if num:
        noun = num.group(1).lower().rstrip("s")
        qby = {q.id: q for q in ctx.record.quantities}
        for c in claims:
            if any(qby[q].unit.rstrip("s") == noun or noun in qby[q].text.lower() for q in c.quantities if q in qby):
                out.append(c.id)
        return out
    if GENERIC_OBJECTS.search(rest):
        return [c.id for c in claims if c.attribution and unit_of[c.id] < ui]
    # an intro sentence ("Although ... has not been verified, the commander said:") covers what it introduces
    return [c.id for c in claims if ctx.drafts[c.id].intro_unit == ui]

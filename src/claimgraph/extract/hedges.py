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
from typing import Any

from ..ground.quantities import _count_unit
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
AUTHENTIC_RE = re.compile(
    r"\b(?:video|footage|clip|photos?|photographs?|images?|recording|audio|document)\s+(?:itself\s+)?(?:is|are|was|were|appears?)"
    r"\s+(?:to be\s+)?(?:genuine|authentic|real)\b",
    re.I,
)
# epistemic adverbs that hedge a claim inside a quotation too ("are likely to shrink further")
QUOTED_HEDGES = {"likely", "probably", "possibly"}
CHECKED_ADJ = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:independently\s+)?(verified|geolocated|authenticated|unverified|unauthenticated)\b", re.I
)
NEGATOR_IN = re.compile(r"\b(?:not|n't|never|unable|unverified|cannot)\b|n't", re.I)
# a negated subject a few words before "could be verified": "Neither side's account", "None of the claims", "No figure"
NEGATED_SUBJECT = re.compile(
    r"\b(?:neither|none|no|nor|nothing)\b(?:\W+\w+){0,5}?\W+(?=(?:could|can|has|have|had|was|were|is|are)\b[^.]*$)",
    re.I,
)
CASUALTY_FIGURES = re.compile(
    r"\b(?:casualty|casualties|death|deaths|injury|injuries|fatality|fatalities|victims?)\s+(?:figures|numbers|tolls?|counts)\b"
    r"|\b(?:death|casualty)\s+tolls?\b",
    re.I,
)
FIGURE_OBJECTS = re.compile(
    r"\b(?:figures?|numbers|the number(?!\s+of)|tolls?|counts|tallies|statistics|estimates?)\b", re.I
)
# "his account", "its figures", "their claims": the statement is about one source's words
POSSESSIVE_OBJECT = re.compile(
    r"\b(his|her|its|their)\s+(?:own\s+)?(?:accounts?|claims?|figures|statements?|version|words|testimony|"
    r"assertions?|allegations?|reports?|numbers|data|tally|count)\b",
    re.I,
)
# "either side's figures", "neither side's account", "the figures provided by either side", "both sides' claims"
SIDES_OBJECT = re.compile(r"\b(?:either|neither|both|each)\s+sides?(?:'s?|\u2019s?)?(?=\W|$)", re.I)
# a statement set off after what it qualifies: ", claims that could not be verified", ", a figure confirmed by"
APPOSITION_STATEMENT = re.compile(
    r",\s*(?:(?:a|the)\s+)?(?:claims?|figures?|reports?|accounts?|numbers?|assertions?|allegations?)"
    # with the one who could not check it: ", a figure the Herald could not verify"
    r"(?:\s+(?:that|which))?(?:\s+(?!(?:said|says|and|but)\b)[\w'\u2019.-]+){0,4}?\s*$",
    re.I,
)
# a concession within the sentence: "X likely took the village, although we have not seen confirmation"
CONCESSIVE_BEFORE = re.compile(r",\s*(?:although|though|but|yet|while|even though)\s+[^,;]*$", re.I)
_WORDS_OBJ = (
    r"(?:accounts?|claims?|figures|statements?|version|words|testimony|assertions?|allegations?|reports?|numbers|"
    r"data|tally|count)"
)
# "Petrenko's account of the shelling could not be verified": a named source's words, on what follows "of"
NAMED_OWNER = re.compile(
    rf"(?P<owner>(?:[A-Z][\w-]+\s+){{0,3}}[A-Z][\w-]+)['\u2019]s\s+(?:own\s+)?{_WORDS_OBJ}"
    r"(?:\s+(?:of|about|on)\s+(?P<topic>[^,.;]+?))?\s*$"
)
# what a possessive's account is about: "his account of the raid"
TOPIC_AFTER = re.compile(
    r"\s+(?:of|about|on)\s+(?P<topic>[^,.;]+?)\s+(?=(?:could|can|cannot|has|have|had|was|were|is|are)\b)"
)
# "either account", "neither version", "both claims": the accounts just cited, whoever gave them
EITHER_OBJECT = re.compile(
    r"\b(?:either|neither|both|each)\s+(?:of\s+the\s+)?(?:accounts?|claims?|versions?|statements?|reports?)\b", re.I
)
# "was unable to confirm this", "could not verify it": what the sentence before said
ANAPHOR_OBJECT = re.compile(
    r"\b(?:this|that|it|these|those)\s*$|^\s*(?:this|that|it|these|those)\b(?!\s+\w+\s+(?:was|were|is|are|had|has)\b)",
    re.I,
)
# a check set off after a claim by another source: ", a figure the police confirmed", ", which the army denies"
APPOSED_CHECK = re.compile(
    r",\s*(?:(?:a|the)\s+(?:figure|number|toll|tally|count|claim|account|report|version)s?\s+(?:that\s+|which\s+)?|"
    r"which\s+|something\s+)(?:(?!said\b|says\b)[\w'\u2019.-]+\s+){1,6}?(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|later\s+)?"
    r"(?:independently\s+)?(?P<verb>confirmed|verified|corroborated|denied|denies|deny|disputed|disputes|dispute|rejected|"
    r"rejects|reject|dismissed|dismisses)\b",
    re.I,
)
# "X denied this.", "Kyiv has rejected the claims": a denial of what the sentence before reported
DENIES_ANAPHOR = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes|disputed|disputes)\s+"
    r"(?:this|that|it|these|those|(?:the|such|these|those)\s+(?:claims?|allegations?|accusations?|charges?|reports?))"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:and|as|outright|flatly|strongly|categorically)\b)",
    re.I,
)
# "X found no evidence to support that claim", "there is no evidence for the claim": the claim it names, cited
# just before, is disputed
NO_EVIDENCE = re.compile(
    r"\b(?:found|finds|saw|has seen|have seen|there (?:is|was|has been))\s+no\s+(?:evidence|proof|indication|sign)s?\s+"
    r"(?:to support|to back|supporting|backing|for|of)\s+(?:this|that|the|these|those|such|its|their|his|her)\s+"
    r"(?:claims?|assertions?|allegations?|accounts?|statements?|reports?|figures?|version)\b",
    re.I,
)
JUDGED_FALSE = re.compile(
    r"\b(?:this|that|the|these|those|such)\s+(?:figures?|numbers?|claims?|tolls?|estimates?|accounts?|reports?|"
    r"allegations?|assertions?|statements?|counts?|tall(?:y|ies))\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:(?:simply|clearly|plainly|patently|far|much|wildly|grossly|completely|totally)\s+)?"
    r"(?:not\s+true|untrue|false|wrong|inaccurate|incorrect|implausibl[ey]|exaggerated|inflated|misleading|fabricated|"
    r"baseless|groundless|a\s+lie|lies|fake)\b",
    re.I,
)
GENERIC_OBJECTS = re.compile(
    r"\b(?:claims?|reports?|accounts?|figures?|estimates?|statements?|allegations?|assertions?|"
    r"information|details)\b",
    re.I,
)


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches wherever one of ``patterns`` does, at the leftmost place any of them
    would (each as a branch of its own, with the same flags): no match of it in a stretch of text
    means none of theirs, and none of theirs starts before its first. None when they cannot be
    joined so (different flags, back-references, repeated group names)."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[a-zA-Z-]+[:)]", p.pattern) for p in patterns):
        return None  # numbered back-references or inline flags would change meaning once joined
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


# "Neither claim has been confirmed", "None of the figures could be verified", "No casualty figure was confirmed":
# a check stated of a negated subject is a statement that nothing was checked (the negation is part of it)
NEGATED_CHECK = re.compile(
    r"\b(?:neither|none|no|nor|nothing)\b(?:[^\w.;]+\w+){0,5}?[^\w.;]+"
    r"(?:(?:could|can|has|have|had)\s+(?:yet\s+)?(?:been|be)|was|were|is|are)\s+(?:yet\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed|corroborated|authenticated)\b",
    re.I,
)
HEDGE_ANY = any_of([rx for rx, _kind in HEDGE_RE])
VERIFY_ANY = any_of([VERIFY_NEG_RE, VERIFY_POS_RE, NEGATED_CHECK])


def find_hedges(ctx: ArticleState) -> list[tuple[Span, str, int]]:
    out = []
    for ui, u in enumerate(ctx.units):
        if u.is_meta or u.duplicate_of is not None:
            continue
        # one pass over the unit for all the patterns; each pattern then reads from the first place any matches
        first = HEDGE_ANY.search(ctx.text, u.start, u.end) if HEDGE_ANY is not None else None
        if HEDGE_ANY is not None and first is None:
            continue
        at = first.start() if first is not None else u.start
        for rx, kind in HEDGE_RE:
            for m in rx.finditer(ctx.text, at, u.end):
                tok = next((t for t in u.tokens if ctx.tok_start(t) == m.start()), None)
                if tok is None:
                    continue
                if kind == "cue" and tok.pos_ != "VERB":
                    continue
                if kind == "adjectival" and not (tok.dep_ == "amod" or tok.pos_ == "ADJ"):
                    continue
                if kind == "epistemic" and ctx.in_quote(m.start()) and m.group().lower() not in QUOTED_HEDGES:
                    continue  # a speaker's "may" or "seems" is their way of speaking; "likely" is their hedge
                if kind == "epistemic" and m.group().lower() in ("may", "might") and tok.tag_ != "MD":
                    continue  # the month ("15 May 2024"), not the modal
                out.append((Span(m.group(), m.start(), m.end()), kind, ui))
    return out


def _statement_applies(ctx: ArticleState, m: re.Match, ui: int) -> bool:
    """A check by the outlet (passive, 'independently', 'we'), not a source's 'did not confirm'."""
    s = m.group().lower()
    if "unable" in s or " be " in f" {s} " or "been" in s or "independent" in s or "unverified" in s:
        return True
    if re.match(r"(?:could|can)(?:\s*not|n't)\b|cannot\b|(?:neither|none|no|nor|nothing)\b", s):
        # "Reuters could not verify ...": what could not be checked, whoever tried; a source that "did not
        # confirm" declines to speak, it checks nothing
        return True
    u = ctx.units[ui]
    before = ctx.text[u.start : m.start()].lower()
    outlet = set(re.findall(r"\w+", (ctx.meta.outlet or "").lower())) - {"the", "news"}
    # the outlet by its initials: "VISS" for the "Vistula Institute for Security Studies"
    initials = "".join(w[0] for w in re.findall(r"[A-Z]\w*", ctx.meta.outlet or "")).lower()
    if len(initials) >= 2:
        outlet.add(initials)
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
    own_checks = {c.id for c in claims if _own_check(ctx, c)}

    def mark(cid: str, v: str) -> None:
        if verdict.get(cid) != "disputed":
            verdict[cid] = v

    # verification statements (a caption's "could not verify its authenticity" bears on the evidence it names)
    for ui, u in enumerate(ctx.units):
        if (u.is_meta and not u.chrome) or u.duplicate_of is not None:
            continue
        # one pass finds where either pattern can first match in the unit (none: the unit has no statement)
        first = VERIFY_ANY.search(ctx.text, u.start, u.end) if VERIFY_ANY is not None else None
        if VERIFY_ANY is not None and first is None:
            continue
        at = first.start() if first is not None else u.start
        negated = [
            (m.start(), m.end()) for m in NEGATED_CHECK.finditer(ctx.text, at, u.end) if not ctx.in_quote(m.start())
        ]
        told: list[tuple[int, int]] = []
        for rx, value in ((VERIFY_NEG_RE, "unverified"), (NEGATED_CHECK, "unverified"), (VERIFY_POS_RE, "confirmed")):
            for m in rx.finditer(ctx.text, at, u.end):
                if ctx.in_quote(m.start()) or (value == "unverified" and not _statement_applies(ctx, m, ui)):
                    continue
                if rx is NEGATED_CHECK and any(a < m.end() and m.start() < b for a, b in told):
                    continue  # "Neither account could be independently verified": told once, by the pattern before
                if value == "confirmed" and (
                    VERIFY_NEG_RE.search(ctx.text, max(u.start, m.start() - 20), m.end())
                    or any(a <= m.start() < b for a, b in negated)
                ):
                    continue
                told.append((m.start(), m.end()))
                span = Span(m.group(), m.start(), m.end())
                if value == "unverified" and not NEGATOR_IN.search(m.group()):
                    # "Neither side's account could be independently verified": the negation is part of the hedge
                    neg = NEGATED_SUBJECT.search(ctx.text, u.start, m.end())
                    if neg and neg.start() < m.start():
                        span = Span(ctx.text[neg.start() : m.end()], neg.start(), m.end())
                targets = _targets(ctx, ui, m, claims, unit_of)
                for e in _named_evidence(ctx, ui, m):
                    e.verification = value
                for cid in targets:
                    c = next(x for x in claims if x.id == cid)
                    if (
                        c.attribution
                        and not ctx.drafts[cid].quote
                        and c.start <= m.start() < c.end
                        and not APPOSITION_STATEMENT.search(ctx.text, u.start, m.start())
                    ):
                        continue  # "the lawyer said the log's origin had not been established": what is said
                    mark(cid, value)
                    if value == "unverified":
                        attached[cid].append(span)  # a check that succeeded hedges nothing
                if value == "unverified" and not targets:
                    near = [c for c in claims if unit_of[c.id] <= ui and c.id not in own_checks]
                    # a statement opening its story or paragraph ("The recording has not been authenticated.
                    # Kyiv says it proves ...") bears on what its paragraph goes on to say
                    after = [
                        c
                        for c in claims
                        if unit_of[c.id] > ui and ctx.units[unit_of[c.id]].para == u.para and c.id not in own_checks
                    ]
                    if near and (ctx.units[unit_of[near[-1].id]].para == u.para or not after):
                        attached[near[-1].id].append(span)
                    elif after:
                        attached[after[0].id].append(span)
                if value == "unverified":
                    hedges.append((span, "verification", ui))
    # checks set off after a claim (", a figure the police confirmed", ", which the army denies") and denials of
    # what the sentence before reported ("The ministry denied this.")
    for ui, u in enumerate(ctx.units):
        if u.is_meta or u.duplicate_of is not None:
            continue
        for m in APPOSED_CHECK.finditer(ctx.text, u.start, u.end):
            if ctx.in_quote(m.start()) or re.search(r"\b(?:not|never|no|cannot)\b|n't", m.group(), re.I):
                continue
            value = "confirmed" if m.group("verb").lower() in ("confirmed", "verified", "corroborated") else "disputed"
            for c in claims:
                if unit_of[c.id] == ui and c.start < m.start():
                    mark(c.id, value)
        for m in DENIES_ANAPHOR.finditer(ctx.text, u.start, u.end):
            if ctx.in_quote(m.start()):
                continue
            for c in claims:
                if unit_of[c.id] == ui - 1 and c.attribution and ctx.units[ui - 1].para >= u.para - 1:
                    mark(c.id, "disputed")
        # "That number is simply not true", "We judge this figure implausibly low": the figure or claim cited
        # just before is contradicted, whoever says so
        for m in [*JUDGED_FALSE.finditer(ctx.text, u.start, u.end), *NO_EVIDENCE.finditer(ctx.text, u.start, u.end)]:
            saying = next((c for c in claims if c.start <= m.start() < c.end), None)
            judge = saying.attribution[0].source if saying is not None and saying.attribution else None
            cited = [
                c
                for c in claims
                if c.attribution
                and c.end <= m.start()
                and ui - 3 <= unit_of[c.id] <= ui
                and ctx.units[unit_of[c.id]].para >= u.para - 2
                and c.attribution[0].source != judge
            ]
            if cited:
                mark(max(cited, key=lambda c: c.start).id, "disputed")
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
            (s, k)
            for s, k, ui in hedges
            if k in DISTANCING_KINDS
            and ui == d.unit
            and not (c.start <= s.start < c.end)
            and not _other_clause(ctx, c, s)
        ]
        if (d.cue_lemma in DISPUTING_CUES and c.attribution) or d.rated == "false":
            c.stance = "disputes"  # (a fact-check's claim rated false: the article disputes it)
        elif d.frame_hedged or (c.attribution and d.cue_lemma in DISTANCING_CUES):
            c.stance = "distances"
        elif any(k in DISTANCING_KINDS for _, k in in_span) or (c.attribution and frame):
            c.stance = "distances"
        elif not c.attribution and not d.quote and any(k == "epistemic" for _, k in in_span):
            # "Recruitment appears to be declining", "X has probably lost ...": the article's own voice,
            # hedged by the article itself, commits to less than an assertion
            c.stance = "distances"
        elif c.attribution:
            c.stance = "reports"
        else:
            c.stance = "asserts"
        if d.disputed or (d.cue_lemma in DISPUTING_CUES and c.attribution) or d.rated == "false":
            c.verification = "disputed"
        elif d.rated == "true":
            c.verification = "confirmed"
        else:
            c.verification = verdict.get(c.id, "not_stated")
            cue = c.attribution[0].cue if c.attribution else None
            if (
                c.verification == "not_stated"
                and d.cue_lemma == "confirm"
                and cue is not None
                and not re.search(
                    r"\b(?:not|never|refused to|declined to|would)\s+(?:\w+\s+)?$|n't\s+$",
                    ctx.text[max(0, cue.start - 24) : cue.start],
                    re.I,
                )
            ):
                c.verification = "confirmed"  # 'the photographer confirmed that he took the picture'
    # "The footage is genuine", "the video is authentic": the evidence itself is confirmed (what it is said to
    # show may still be disputed)
    for ui, u in enumerate(ctx.units):
        if (u.is_meta and not u.chrome) or u.duplicate_of is not None:
            continue
        for m in AUTHENTIC_RE.finditer(ctx.text, u.start, u.end):
            if ctx.in_quote(m.start()):
                continue
            for e in _named_evidence(ctx, ui, m):
                if e.verification == "not_stated":
                    e.verification = "confirmed"
    # "verified photo and video material", "unverified footage": the adjective says what was checked
    for e in rec.evidence:
        am = CHECKED_ADJ.match(e.text)
        if am and e.verification == "not_stated":
            e.verification = "unverified" if am.group(1).lower().startswith("un") else "confirmed"
    for e in rec.evidence:
        if e.verification == "not_stated":
            vs = {
                c.verification for c in claims if e.id in c.evidence and c.verification in ("unverified", "confirmed")
            }
            if len(vs) == 1 and any(e.id in c.evidence and e.id in ctx.drafts[c.id].rests_on for c in claims):
                e.verification = vs.pop()
    if own_checks:
        rec.claims[:] = [c for c in claims if c.id not in own_checks]


OWN_VOICE = re.compile(
    r"^(?:we|i|our (?:team|reporters?|correspondents?|journalists?|newsroom)|this (?:newspaper|newsletter|site|outlet|paper)|"
    r"the (?:newspaper|newsletter|paper))$",
    re.I,
)


def _own_check(ctx: ArticleState, c: Any) -> bool:
    """ "The Herald was unable to confirm this", "We could not verify either account": the article telling what it
    could not check is about its own work, not a claim about the world (its verification goes to what it names)."""
    if c.attribution or ctx.drafts[c.id].quote:
        return False
    m = VERIFY_NEG_RE.search(c.text)
    if m is None:
        return False
    subj = c.text[: m.start()].strip().rstrip(",").strip()
    if OWN_VOICE.match(subj):
        return True
    outlet = set(re.findall(r"\w+", (ctx.meta.outlet or "").lower())) - {"the"}
    words = set(re.findall(r"\w+", subj.lower())) - {"the"}
    return bool(outlet and words and words <= outlet)


# where one clause of a sentence ends and another with its own subject begins
CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\b|;", re.I)


def _other_clause(ctx: ArticleState, c: Any, h: Span) -> bool:
    """The hedge stands in another clause of the sentence than the claim ("X kills three, Kyiv says; Moscow
    claims Y"): it is the frame of that clause's claim."""
    lo, hi = (c.end, h.start) if h.start >= c.end else (h.end, c.start)
    return any(not ctx.in_quote(b.start()) for b in CLAUSE_BREAK.finditer(ctx.text, lo, hi))


def _clause_of(ctx: ArticleState, ui: int, m: re.Match) -> tuple[int, int]:
    """The clause of the sentence the statement stands in: "We have not checked the list, but a sample we
    compared with court records matched" checks nothing about the court records."""
    u = ctx.units[ui]
    lo, hi = u.start, u.end
    for b in CLAUSE_BREAK.finditer(ctx.text, u.start, u.end):
        if ctx.in_quote(b.start()):
            continue
        if b.end() <= m.start():
            lo = b.end()
        elif b.start() >= m.end():
            hi = b.start()
            break
    return lo, hi


def _named_evidence(ctx: ArticleState, ui: int, m: re.Match) -> list:
    lo, hi = _clause_of(ctx, ui, m)
    out = []
    for em in EVIDENCE_RE.finditer(ctx.text, lo, hi):
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
    # "was unable to establish where or when it was filmed": the item filmed or taken is the one told last
    if not out and MADE_PRONOUN.search(m.group()):
        told = [e for e in ctx.record.evidence if e.start < m.start()]
        if told:
            out.append(told[-1])
    # "the names on the list", "the log's origin": a definite noun naming an item told before by the same noun
    for am in SAME_NOUN_ANAPHOR.finditer(ctx.text, lo, hi):
        noun = am.group(1).lower()
        same = [
            e
            for e in ctx.record.evidence
            if e.start < am.start() and re.search(rf"\b{noun}s?\b", e.text, re.I) and e not in out
        ]
        if same:
            out.append(same[-1])
    # "In an intercepted radio exchange ... The exchange could not be verified": a definite noun that is the head
    # noun of an item told before
    heads = ctx.evidence_heads
    for am in DEFINITE_NOUN.finditer(ctx.text, lo, hi):
        nouns = {w.lower().rstrip("s") for w in am.groups() if w}
        same = [
            e
            for e in ctx.record.evidence
            if e.start < am.start()
            and e not in out
            and e.id in heads
            and heads[e.id].lower_.rstrip("s") in nouns
            and not (e.start <= am.start() < e.end)
        ]
        if same:
            out.append(same[-1])
    return out


DEFINITE_NOUN = re.compile(r"\b(?:the|this|that|these|those)\s+([a-z]{4,})\b(?:\s+([a-z]{4,})\b)?", re.I)


MADE_PRONOUN = re.compile(
    r"\b(?:it|they)\s+(?:was|were|had been)\s+(?:filmed|taken|recorded|shot|photographed|made)\b", re.I
)
SAME_NOUN_ANAPHOR = re.compile(
    r"\b(?:the|this|that|its|their|our)\s+(list|log|logbook|ledger|register|decree|record|count|tally|database)\b", re.I
)


def _targets(ctx: ArticleState, ui: int, m: re.Match, claims: list, unit_of: dict[str, int]) -> list[str]:
    """The claims a verification statement bears on (#11: its scope is what it names, never the whole article):
    - the evidence it names, and the claims that rest on it or are introduced with it;
    - "his account", "its figures": the claims of the source the possessive names;
    - "either side's figures", "neither side's account": the claims of the two sides (with a figure, when it
      names figures);
    - "the number of X": claims with a figure counted in X;
    - "the claims", "the reports", "the figures": the attributed claims of its paragraph before it (else of
      the paragraph before), with a figure when it names figures;
    - a trailing apposition (", claims that could not be verified", ", a figure confirmed by X"): the claims
      of its own sentence before it;
    - else the claims of the quotation the sentence introduces."""
    u = ctx.units[ui]
    # what the statement names may be inside its own match ("was unable to confirm the casualty figures")
    obj = m.group() if NEGATED_CHECK.match(m.group()) else _object_in(m.group())  # "Neither claim has been ..."
    rest = ctx.text[u.start : m.start()] + " " + obj + " " + ctx.text[m.end() : u.end]
    before = ctx.text[u.start : m.start()]
    evs = _named_evidence(ctx, ui, m)
    out: list[str] = []

    def add(cid: str) -> None:
        if cid not in out:
            out.append(cid)

    if evs:
        ids = {e.id for e in evs}
        for c in claims:
            d = ctx.drafts[c.id]
            if ids & set(c.evidence) or getattr(d, "intro_unit", None) == ui or (unit_of[c.id] == ui and d.quote):
                add(c.id)
    para = u.para
    # the claims before the statement in its paragraph and the two before it, nearest first
    prior = [c for c in claims if c.start < m.start() and para - 2 <= ctx.units[unit_of[c.id]].para <= para]
    figures = bool(FIGURE_OBJECTS.search(rest))
    # "the casualty figures", "the death toll": figures that count people
    casualty = "person" if CASUALTY_FIGURES.search(rest) else None
    poss = POSSESSIVE_OBJECT.search(rest)
    sides = SIDES_OBJECT.search(rest)
    num = re.search(r"\bnumbers? of (\w+)", rest, re.I)
    qby = {q.id: q for q in ctx.record.quantities}

    def counted(c: Any, noun: str | None = None) -> bool:
        """The claim gives a figure (a count or a sum, not an age or a duration), counted in ``noun`` if given."""
        qs = [
            qby[q]
            for q in c.quantities
            if q in qby and (qby[q].kind in ("count", "money", "area", "distance") or qby[q].unit == "percent")
        ]
        if noun:
            qs = [q for q in qs if q.unit.rstrip("s") == noun or noun in q.text.lower()]
        return bool(qs)

    earlier = [c for c in claims if c.start < m.start()]
    named = NAMED_OWNER.search(before)
    topic = named.group("topic") if named else None
    pm = POSSESSIVE_OBJECT.search(before)
    if topic is None and pm is not None:
        tm = TOPIC_AFTER.match(ctx.text, u.start + pm.end())  # "his account of the raid could not be verified"
        topic = tm.group("topic") if tm else None

    def on_topic(ids: list[str]) -> list[str]:
        """Only the claims about what the statement names after "of" (all of them when none is)."""
        stems = {w.lower()[:6] for w in re.findall(r"[A-Za-z]{4,}", topic or "")} - {"their", "these", "those"}
        if not stems:
            return ids
        by_id = {c.id: c for c in claims}
        hit = [i for i in ids if stems & {w.lower()[:6] for w in re.findall(r"[A-Za-z]{4,}", by_id[i].text)}]
        return hit or ids

    if APPOSITION_STATEMENT.search(before) or CONCESSIVE_BEFORE.search(before):
        for c in claims:
            if unit_of[c.id] == ui and c.start < m.start():
                add(c.id)
        return out
    if named and ctx.book is not None:
        owner = _named_owner(ctx, earlier, named.group("owner"))
        if owner is not None:
            for c in earlier:
                if c.attribution and c.attribution[0].source == owner:
                    add(c.id)
            return on_topic(out)
    if poss and ctx.book is not None:
        owner = _owner(ctx, prior, poss.group(1).lower())
        for c in prior:
            if c.attribution and c.attribution[0].source == owner:
                add(c.id)
        return on_topic(out)
    if EITHER_OBJECT.search(rest):
        # "We could not verify either account": the accounts cited before it in its paragraph, or in its entry
        # when a sub-heading heads the paragraph (a live blog's "Moscow says it has taken X")
        paras = {para}
        if para > 0 and _is_sub_heading(ctx, para - 1):
            paras.add(para - 1)
        for c in prior:
            if c.attribution and ctx.units[unit_of[c.id]].para in paras:
                add(c.id)
        if out:
            return out
    if ANAPHOR_OBJECT.search(m.group()) or ANAPHOR_OBJECT.match(ctx.text[m.end() : u.end]):
        # "The Herald was unable to confirm this": what its own sentence or the one before it reported
        here = [c for c in claims if unit_of[c.id] == ui and c.start < m.start() and c.attribution]
        here = here or [c for c in claims if unit_of[c.id] == ui - 1 and c.attribution]
        for c in here:
            add(c.id)
        if out:
            return out
    noun = num.group(1).lower().rstrip("s") if num else None
    if sides and ctx.book is not None:
        for c in earlier:
            src = ctx.book.get(c.attribution[0].source) if c.attribution else None
            if src is not None and src.side in ("ua", "ru") and (not (figures or noun) or counted(c, noun)):
                add(c.id)
        if out:
            return out
        # the sides are not known: the claims cited before it, as for "the claims"
        sides = None
    if noun:
        for c in claims:
            if counted(c, noun):
                add(c.id)
        return out
    if GENERIC_OBJECTS.search(rest) or SIDES_OBJECT.search(rest):
        # "the claims": of the sources cited in its paragraph before it, else of the source cited last
        here = [c for c in prior if c.attribution and ctx.units[unit_of[c.id]].para == para]
        if not here:
            # a statement opening its paragraph ("The claims could not be verified.") covers every claim cited before
            here = [c for c in earlier if c.attribution]
        whose = {c.attribution[0].source for c in here}
        for c in earlier:
            if c.attribution and c.attribution[0].source in whose and (not figures or counted(c, casualty)):
                add(c.id)
        return out
    if evs:
        return out
    # an intro sentence ("Although ... has not been verified, the commander said:") covers what it introduces
    return [c.id for c in claims if ctx.drafts[c.id].intro_unit == ui]


CHECK_VERB = re.compile(
    r"\b(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed)|reach|establish|determine)\b", re.I
)


def _object_in(statement: str) -> str:
    """The words after the verb of checking in a statement's own match: its object."""
    ends = [vm.end() for vm in CHECK_VERB.finditer(statement)]
    return statement[ends[-1] :] if ends else ""


def _is_sub_heading(ctx: ArticleState, para: int) -> bool:
    """A short unpunctuated line inside the article: the sub-heading of the paragraph under it."""
    ps, pe = ctx.paras[para]
    t = ctx.text[ps:pe].strip()
    return para > 0 and t[-1:] not in '.!?"\u201d:' and len(t.split()) <= ctx.settings.subheading_max_words


def _named_owner(ctx: ArticleState, earlier: list, owner: str) -> str | None:
    """The source a name in a verification statement names ("Petrenko's account"): the cited source, nearest
    first, whose name or a mention of it has the statement's last name word."""
    assert ctx.book is not None
    last = owner.split()[-1].lower()
    for c in reversed(earlier):
        if not c.attribution:
            continue
        src = ctx.book.get(c.attribution[0].source)
        if src is None:
            continue
        names = [src.name] + [getattr(x, "text", "") for x in getattr(src, "mentions", []) or []]
        if any(last in re.findall(r"[\w-]+", n.lower()) for n in names):
            return src.id
    return None


def _owner(ctx: ArticleState, prior: list, pronoun: str) -> str | None:
    """The source a possessive in a verification statement names: the source of the nearest claim before it
    that is a person ("his account") or a body ("its figures")."""
    assert ctx.book is not None
    for c in reversed(prior):
        if not c.attribution:
            continue
        src = ctx.book.get(c.attribution[0].source)
        if src is None:
            continue
        personal = ctx.book.is_person.get(src.id, False) or _count_unit(src.name.split(",")[0]) == "person"
        if pronoun in ("his", "her") and personal or pronoun == "its" and not personal or pronoun == "their":
            return src.id
    return None

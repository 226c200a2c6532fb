"""Contradictions inside one claim cluster (one event), each with a reason in words and the
spans of both sides: another figure for the same quantity; the same figure with another time
scope or another unit (km against km2); figures that disagree inside one article; outcomes that
cannot both be true (who holds a place); a denial."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .features import HOLDS, content, days_compatible, event_sig, figure_facts, places_compatible

# a denial in the text: what the claim says is said to be false
DENIAL_RE = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)?|false|fake|"
    r"provocation|staged|fabricat\w*|not a single|never happened|no (?:\w+ )?at all)\b"
    r"|спростува\w*|заперечу\w*|заперечи\w*|фейк\w*|провокац\w*|опроверг\w*|отрица\w*"
    r"|(?:is|was|are|were) (?:simply )?(?:not true|untrue)|не відповіда\w* дійсності|не соответству\w* действительности"
    # a claim's own words in quotation marks, then what the thing "turned out to be": a debunk
    r"|[»\"”]\s+(?:turned out to be|proved to be|вияви(?:вся|лася|лося|лися)|оказал(?:ся|ась|ось|ись))\b"
    # the attack itself said not to have happened ("its forces had not struck the bridge", "never shelled")
    r"|\b(?:(?:had|has|have|did|does|do)\s*n[o']t|never)\s+(?:\w+\s+)?"
    r"(?:struck|strike|hit|attack(?:ed)?|bomb(?:ed)?|shell(?:ed)?|target(?:ed)?|destroy(?:ed)?|fired\s+on|fire\s+on)\b"
)
# the outcome of a fight over a place: the side that holds it afterwards is the subject of a
# 'took' verb and of a 'kept' verb alike ("Russian forces captured X", "Ukrainian forces
# cleared X" / "repelled the assault on X")
TOOK = re.compile(
    r"(?i)\b(?:captur\w*|liberat\w*|seiz\w*|occup(?:y|ied|ies)|took (?:full )?control|"
    r"taken (?:full )?control|taken over|took over|cleared|clearing|retook|recaptur\w*)\b"
)
KEPT = re.compile(
    r"(?i)\b(?:repel\w*|repuls\w*|pushed back|drove back|driven back|beat back|routed|"
    r"still (?:hold|holds|held|control\w*)|positions held|remains? under)\b"
)
SIDE_MARKS = (
    ("ru", re.compile(r"(?i)\b(?:russian|russia's|moscow's|kremlin)\b|російськ|росіян|российск|русск")),
    ("ua", re.compile(r"(?i)\b(?:ukrainian|ukraine's|kyiv's)\b|українськ|украинск|\bзсу\b|\bвсу\b")),
)
# units too loose to compare ("items" of any kind) or not counts of the event (a year)
_NOT_COMPARED = {"item", "year"}
_UNIT_SLIPS = ({"km", "km2"}, {"mi2", "km2"}, {"m2", "km2"})


def _span(rec: Any, c: Any) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


def _entry(kind: str, rec: Any, c: Any, why: str, ref: tuple | None) -> dict[str, Any]:
    out = {"article": rec.article.id, "claim": c.id, "why": why, "kind": kind, "span": _span(rec, c)}
    if ref is not None:
        rr, rc = ref
        out["against"] = {"article": rr.article.id, "claim": rc.id, "span": _span(rr, rc)}
    return out


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:g}"


def _consistent(v: float, vmax: float | None, qual: str, ref: float, ref_max: float | None, ref_qual: str) -> bool:
    lo, hi = v, vmax if vmax is not None else v
    rlo, rhi = ref, ref_max if ref_max is not None else ref
    if lo <= rhi and rlo <= hi:
        return True
    if qual == "at_least" and rhi >= lo or ref_qual == "at_least" and hi >= rlo:
        return True
    if qual == "at_most" and rlo <= hi or ref_qual == "at_most" and lo <= rhi:
        return True
    if "approx" in (qual, ref_qual) and abs(v - ref) <= 0.1 * max(abs(v), abs(ref)):
        return True
    return False


def contradictions(members: list, echo: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """Every contradiction among the members of one cluster."""
    out: list[dict[str, Any]] = []
    flagged: set[tuple[str, str]] = set()

    def add(entry: dict[str, Any]) -> None:
        k = (entry["article"], entry["claim"])
        if k not in flagged:
            flagged.add(k)
            out.append(entry)

    ordered = sorted(members, key=lambda rc: (rc[0].article.published or "9999", rc[0].article.id, rc[1].start))
    # a claim that denies (not one that another source denies: its own source still says it; the denial,
    # when the cluster holds it, is a member of its own)
    denials = [(r, c) for r, c in ordered if c.stance == "disputes" or DENIAL_RE.search(c.text)]
    plain = [(r, c) for r, c in ordered if (r, c) not in denials]
    for r, c in denials:
        ref = next(((pr, pc) for pr, pc in plain if pr.article.id != r.article.id or pc.id != c.id), None)
        if ref is not None:
            add(_entry("denial", r, c, f"a denial: '{_short(c.text)}' against '{_short(ref[1].text)}'", ref))
    _figure_contradictions(ordered, echo, add)
    _inside_article(ordered, add)
    _outcome_contradictions(ordered, add)
    return out


def _figure_contradictions(ordered: list, echo: set[tuple[str, str]], add: Any) -> None:
    # per claim, its figures by (unit, period): one claim listing two counts is not a contradiction
    per: dict[tuple[str, tuple], list] = {}
    for r, c in ordered:
        seen: dict[tuple[str, tuple], list] = {}
        for unit, v, vmax, qual, scope, _q in figure_facts(r, c):
            if unit in _NOT_COMPARED:
                continue
            seen.setdefault((unit, scope), []).append((v, vmax, qual))
        for k, vals in seen.items():
            per.setdefault(k, []).append((r, c, vals))
    # values that one claim gives together are two quantities ("175 servicemen and 30 civilians",
    # "30 civilians among the 205 freed"), and so are the parts of a total that the cluster also gives
    together = _stated_together(ordered)
    nouns = _counted_nouns(ordered)
    for (unit, _scope), xs in per.items():
        values = {v for _r, _c, vals in xs for v, _m, _q in vals}
        # the figure most independent reports give: copies and rewrites do not vote twice
        votes = Counter(v for r, c, vals in xs if (r.article.id, c.id) not in echo for v, _m, _q in vals)
        votes = votes or Counter(v for _r, _c, vals in xs for v, _m, _q in vals)
        ref_val = max(votes, key=lambda v: (votes[v], -_first(xs, v)))
        ref = next(x for x in xs if any(v == ref_val for v, _m, _q in x[2]))
        ref_max, ref_qual = next((m, q) for v, m, q in ref[2] if v == ref_val)
        for r, c, vals in xs:
            if (r.article.id, c.id) == (ref[0].article.id, ref[1].id):
                continue
            if any(_consistent(v, m, q, ref_val, ref_max, ref_qual) for v, m, q in vals):
                continue
            v = vals[0][0]
            if _other_quantity(unit, v, ref_val, values, together, nouns):
                continue
            inside = ref[0].article.id == r.article.id
            if inside:
                why = f"inconsistent within the article: {_fmt(v)} {unit} against {_fmt(ref_val)} {unit}" + (
                    " (a digit dropped?)" if _digit_dropped(v, ref_val) else ""
                )
                add(_entry("figure_inside_article", r, c, why, (ref[0], ref[1])))
            elif votes[v] <= votes[ref_val]:
                why = f"another figure for {unit}: {_fmt(v)} (most say {_fmt(ref_val)})"
                add(_entry("another_figure", r, c, why, (ref[0], ref[1])))
    # the same figure said of another period ("in 2024 alone" against "since February 2022"),
    # or in another unit (160 km against 160 km2)
    facts = [(r, c, f) for r, c in ordered for f in figure_facts(r, c) if f[0] != "year"]
    for r, c, f in facts:
        for r2, c2, f2 in facts:
            if f2[1] != f[1] or not _before((r2, c2), (r, c)) or (r2.article.id, c2.id) == (r.article.id, c.id):
                continue
            if f[0] == f2[0] and f[4] and f2[4] and _scopes_differ(f[4], f2[4]) and f[5].kind != "distance":
                why = (
                    f"the same figure ({_fmt(f[1])} {f[0]}) for another period: "
                    f"{_scope_words(f[4])} against {_scope_words(f2[4])}"
                )
                add(_entry("time_scope", r, c, why, (r2, c2)))
            elif f[0] != f2[0] and {f[0], f2[0]} in _UNIT_SLIPS:
                why = f"the same figure in another unit: {_fmt(f[1])} {f[0]} against {_fmt(f2[1])} {f2[0]}"
                add(_entry("unit", r, c, why, (r2, c2)))


def _stated_together(ordered: list) -> set[tuple[str, float, float]]:
    out = set()
    for r, c in ordered:
        facts = [(f[0], f[1]) for f in figure_facts(r, c)]
        for u, v in facts:
            for u2, v2 in facts:
                if u == u2 and v != v2:
                    out.add((u, v, v2))
    return out


_NOUN_RE = re.compile(r"[^\W\d_][\w-]*")


def _counted_nouns(ordered: list) -> dict[tuple[str, float], set[str]]:
    """What each figure counts, by the last word of its span ("4 tanks", "7 armoured vehicles")."""
    out: dict[tuple[str, float], set[str]] = {}
    for r, c in ordered:
        for f in figure_facts(r, c):
            ws = _NOUN_RE.findall(f[5].text.lower())
            if ws:
                w = ws[-1]
                out.setdefault((f[0], f[1]), set()).add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def _other_quantity(
    unit: str, v: float, ref: float, values: set[float], together: set, nouns: dict[tuple[str, float], set[str]]
) -> bool:
    """Two figures in one unit that count two things, not one thing two ways: a claim gives both; one is
    the other plus a third figure of the cluster (a total and its parts); or they count things of other
    names in a unit of many kinds (tanks against armoured vehicles)."""
    if (unit, v, ref) in together:
        return True
    if any(abs(v + w - ref) < 1e-9 or abs(ref + w - v) < 1e-9 for w in values if w not in (v, ref)):
        return True
    a, b = nouns.get((unit, v), set()), nouns.get((unit, ref), set())
    return unit != "person" and bool(a and b) and not a & b


def _scopes_differ(a: tuple, b: tuple) -> bool:
    """Two periods that are not one period told at two granularities ("since 2022", "since September 2022")."""
    if len(a) != len(b):
        return True
    return any(
        ra != rb or not (va.startswith(vb) or vb.startswith(va))
        for (ra, va), (rb, vb) in zip(sorted(a), sorted(b), strict=True)
    )


def _inside_article(ordered: list, add: Any) -> None:
    """A figure the article itself gives otherwise elsewhere, a digit apart (16 against 160 km2),
    in a claim about the same thing: one of the two is a slip. Not a claim of another event that the
    article also tells (two injured at a silo in one town, 23 wounded at a mall in another)."""
    for r, c in ordered:
        mine = [(f[0], f[1]) for f in figure_facts(r, c) if f[0] not in _NOT_COMPARED]
        if not mine:
            continue
        words = content(c.text)
        sig = event_sig(r, c)
        for c2 in r.claims:
            if c2.id == c.id:
                continue
            sig2 = event_sig(r, c2)
            if not (places_compatible(sig, sig2) and days_compatible(sig, sig2)):
                continue
            for unit, v2, *_rest in figure_facts(r, c2):
                for u, v in mine:
                    if u == unit and v != v2 and _digit_dropped(v, v2) and len(words & content(c2.text)) >= 2:
                        small, big = (c2, c) if v2 < v else (c, c2)
                        why = (
                            f"inconsistent within the article: {_fmt(min(v, v2))} {unit} against "
                            f"{_fmt(max(v, v2))} {unit} (a digit dropped?)"
                        )
                        add(_entry("figure_inside_article", r, small, why, (r, big)))


def _first(xs: list, v: float) -> int:
    return next((n for n, x in enumerate(xs) if any(y == v for y, _m, _q in x[2])), len(xs))


def _before(a: tuple, b: tuple) -> bool:
    ra, ca = a[0], a[1]
    rb, cb = b[0], b[1]
    return ((ra.article.published or ""), ra.article.id, ca.start) < (
        (rb.article.published or ""),
        rb.article.id,
        cb.start,
    )


def _digit_dropped(a: float, b: float) -> bool:
    sa, sb = _fmt(a).replace(",", ""), _fmt(b).replace(",", "")
    short, long_ = sorted((sa, sb), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _scope_words(scope: tuple) -> str:
    return ", ".join(f"{rel} {val}" for rel, val in scope) or "no period"


def _holder(text: str) -> str | None:
    """The side that holds the place after the fight the claim tells of, when the text names it."""
    m = TOOK.search(text) or KEPT.search(text) or HOLDS.search(text)
    if not m:
        return None
    head = text[: m.start()]
    found = [(mm.start(), side) for side, rx in SIDE_MARKS for mm in rx.finditer(head)]
    if found:
        return max(found)[1]  # the side named nearest before the verb is its subject
    return None


def _outcome_contradictions(ordered: list, add: Any) -> None:
    told = [(r, c, _holder(c.text)) for r, c in ordered]
    told = [(r, c, h) for r, c, h in told if h]
    if len({h for _, _, h in told}) < 2:
        return
    counts = Counter(h for _, _, h in told)
    majority = max(counts, key=lambda h: (counts[h], -next(i for i, t in enumerate(told) if t[2] == h)))
    ref = next(t for t in told if t[2] == majority)
    for r, c, h in told:
        if h != majority:
            add(
                _entry(
                    "outcome",
                    r,
                    c,
                    f"opposite outcome: '{_short(c.text)}' ({h} holds the place) against '{_short(ref[1].text)}' "
                    f"({majority} holds it)",
                    (ref[0], ref[1]),
                )
            )


def _short(text: str, n: int = 80) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"

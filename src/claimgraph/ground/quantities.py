"""Quantities: every figure with its unit, qualifier and kind.

Digits and words ("seven", "50,000", "1.5 million", "a dozen", "between three and ten",
"up to 1,200", "more than 50"); units normalised (square kilometres / sq km / km2 ->
``km2``); a count borrows its unit from the noun it counts, or from the figure before it
("nine of them" after "12 drones")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon as _lexicon
from ..model import Quantity

WORDS = _lexicon.mapping("en", "quantity_words")
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a dozen|dozens|hundreds|thousands|"
    + "|".join(sorted((w for w in WORDS if " " not in w), key=len, reverse=True))
    + r")(?:\s+(?:thousand|million|billion))?"
)
QUAL = (
    r"(?P<qual>about|around|approximately|roughly|some|nearly|almost|close to|at least|more than|over|upwards of|"
    r"up to|at most|less than|fewer than|under|only|just|an estimated|as many as|no fewer than|no more than)"
)
FIG_RE = re.compile(
    rf"(?:(?<![\w-]){QUAL}\s+)?(?:between\s+(?P<lo>{NUM})\s+and\s+(?P<hi>{NUM})|(?P<a>{NUM})(?:\s*(?:-|\u2013|to)\s*(?P<b>{NUM}))?)(?![\w-])",
    re.I,
)

UNITS = [
    (r"square (?:kilomet(?:re|er)s?|km)|sq\.? ?km|km\u00b2|km2", "km2", "area"),
    (r"square miles?|sq\.? ?mi", "mi2", "area"),
    (r"kilomet(?:re|er)s?|km", "km", "distance"),
    (r"miles?", "mi", "distance"),
    (r"met(?:re|er)s?", "m", "distance"),
    (r"years?", "year", "duration"),
    (r"months?", "month", "duration"),
    (r"weeks?", "week", "duration"),
    (r"days?", "day", "duration"),
    (r"hours?", "hour", "duration"),
    (r"(?:us )?dollars|\$", "usd", "money"),
    (r"euros?|\u20ac", "eur", "money"),
    (r"hryvni?as?|uah", "uah", "money"),
    (r"roubles?|rubles?|rub", "rub", "money"),
    (r"(?:[\w-]+\s+){0,2}(?:drones?|uavs?|shaheds?)", "drone", "count"),
    (r"(?:[\w-]+\s+){0,2}(?:missiles?|rockets?)", "missile", "count"),
    (r"(?:fuel|storage|oil|water|gas)\s+tanks", "item", "count"),
    (r"(?:[\w-]+\s+){0,2}(?:tanks?|vehicles?|trucks?|apcs?|ifvs?|cars?|buses|lorries|tankers?)", "vehicle", "count"),
    (r"(?:[\w-]+\s+){0,2}(?:villages?|settlements?|towns?|cities|hamlets?|localities)", "settlement", "count"),
    (
        r"(?:[\w-]+\s+){0,2}(?:people|persons?|troops|soldiers?|servicem[ae]n|civilians?|residents?|employees?|workers?|"
        r"fighters?|deserters?|prisoners?|children|men|women|casualties|personnel|refugees?|officers?|killed|wounded|"
        r"injured|dead|recruits?|conscripts?|mercenaries|volunteers?|journalists?|staff|crew)",
        "person",
        "count",
    ),
]
UNIT_RES = [(re.compile(rf"\s*(?:{p})\b", re.I), u, k) for p, u, k in UNITS]
OF_RE = re.compile(r"\s+of\s+(?:them|those|these|(?:the|its|their)\s+(?:[\w-]+'s\s+)?([\w-]+(?:\s+[\w-]+){0,2}))", re.I)


def _num(s: str) -> float | None:
    s = s.strip().lower()
    scale = 1.0
    for w, f in SCALE.items():
        if s.endswith(" " + w):
            s, scale = s[: -len(w) - 1].strip(), f
    if s in WORDS:
        return WORDS[s] * scale
    try:
        return float(s.replace(",", "")) * scale
    except ValueError:
        return None


def _qualifier(q: str | None, ranged: bool) -> str:
    if ranged:
        return "range"
    q = (q or "").lower()
    if q in ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated"):
        return "approx"
    if q in ("at least", "more than", "over", "upwards of", "as many as", "no fewer than"):
        return "at_least" if q != "as many as" else "at_most"
    if q in ("up to", "at most", "less than", "fewer than", "under", "no more than"):
        return "at_most"
    return "exact"


def find_quantities(
    text: str, start: int, end: int, skip: list[tuple[int, int]], last_unit: list[str]
) -> list[Quantity]:
    out = []
    for m in FIG_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a <= m.start("lo" if m.group("lo") else "a") < b for a, b in skip):
            continue
        lo = _num(m.group("lo") or m.group("a"))
        hi = _num(m.group("hi") or m.group("b")) if (m.group("hi") or m.group("b")) else None
        if lo is None:
            continue
        raw = (m.group("a") or m.group("lo") or "").lower()
        before = text[max(0, s - 12) : s].lower()
        after = text[e : e + 60]
        # ordinals, years, times, names with numbers, "one of the largest"
        if re.match(r"(?:st|nd|rd|th)\b", after) or re.search(r"[A-Za-z]-$", text[max(0, s - 2) : s]):
            continue
        if raw in ("one", "a dozen") and raw == "one" and re.match(r"\s+of\b", after):
            continue
        if raw == "one" and not re.match(
            r"\s+(?:\w+\s+)?(?:person|soldier|drone|village|civilian|man|woman|vehicle|tank)", after, re.I
        ):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and not re.match(r"\s+[a-z]", after):
            continue
        if re.search(
            r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)$", before
        ) or re.match(
            r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", after
        ):
            continue
        pct = re.match(r"\s*(?:%|per ?cent)", after)
        if pct:
            out.append(
                Quantity(
                    "",
                    text[s : e + len(pct.group())],
                    s,
                    e + len(pct.group()),
                    lo,
                    "percent",
                    hi,
                    _qualifier(m.group("qual"), hi is not None),
                    "other",
                )
            )
            continue
        unit, kind, uend = None, "count", e
        money = re.search(r"(\$|\u20ac|US\$)\s*$", text[max(0, s - 3) : s])
        if money:
            unit, kind = ("usd" if "$" in money.group(1) else "eur"), "money"
        if unit is None:
            for rx, u, k in UNIT_RES:
                um = rx.match(text, e)
                if um:
                    unit, kind, uend = u, k, um.end()
                    break
        if unit is None:
            om = OF_RE.match(text, e)
            if om:
                noun = om.group(1) or ""
                for rx, u, k in UNIT_RES:
                    if noun and rx.fullmatch(" " + noun):
                        unit, kind = u, k
                        break
                if unit is None and last_unit:
                    unit, kind = last_unit[-1], "count"
                uend = om.end()
            elif (
                re.search(r"\bthe other\s*$|\bother\s*$", text[max(0, s - 12) : s])
                and last_unit
                and not any(rx.match(text, e) for rx, _, _ in UNIT_RES)
            ):
                unit, kind = last_unit[-1], "count"
            elif re.match(r"\s+[a-z]+(?:\s+[a-z]+)?\b", after):
                unit, kind = "item", "count"
                um = re.match(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b", after)
                if um:
                    uend = e + um.end()
                else:
                    uend = e
            else:
                unit, kind = "item", "count"
        if re.search(r"\bthe other\s*$", text[max(0, s - 12) : s]):
            s = text.rfind("the other", max(0, s - 12), s)
        if unit in ("km2", "mi2", "km", "mi", "drone", "vehicle", "settlement", "person", "missile"):
            last_unit.append(unit)
        q = m.group("qual")
        out.append(
            Quantity(
                "",
                text[s:uend].rstrip(),
                s,
                s + len(text[s:uend].rstrip()),
                lo,
                unit,
                hi,
                _qualifier(q, hi is not None),
                kind,
            )
        )
    return out


def quantities_in(text: str, spans: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """The figures inside ``spans`` (in order; a count may borrow the unit of a figure in an earlier
    span), leaving out those that start inside ``skip`` (dates), with ids ``n1``, ``n2``, ..."""
    last_unit: list[str] = []
    out: list[Quantity] = []
    for start, end in spans:
        for q in find_quantities(text, start, end, list(skip), last_unit):
            q.id = f"n{len(out) + 1}"
            out.append(q)
    return out

"""One identity per source across articles: a curated alias registry (the institutions
registry's aliases) plus fuzzy matching (rapidfuzz) with a threshold and a check on given
names, so that two different people with similar surnames are never merged."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..extraction.sources import TITLE_WORDS, lookup_institution

DROP = {"the", "a", "an", "of", "ukraine's", "russia's", "ukrainian", "russian"}


def canonical_key(name: str) -> str:
    inst = lookup_institution(name)
    if inst:
        return inst["id"]
    ws = [w for w in re.findall(r"[\w'-]+", name.lower()) if w not in DROP and w not in TITLE_WORDS]
    return " ".join(ws) or name.lower()


def _person_parts(name: str) -> tuple[str | None, str]:
    ws = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in TITLE_WORDS and w.lower() not in DROP]
    if not ws:
        return None, name.lower()
    return (ws[0].lower() if len(ws) > 1 else None), ws[-1].lower()


def same_source(a: str, b: str, threshold: float = 85.0) -> bool:
    """Whether two names denote one source: registry aliases first, then fuzzy surnames with given names checked."""
    ia, ib = lookup_institution(a), lookup_institution(b)
    if ia or ib:
        return bool(ia and ib and ia["id"] == ib["id"])
    ga, sa = _person_parts(a)
    gb, sb = _person_parts(b)
    if fuzz.ratio(sa, sb) < threshold:
        return False
    if ga and gb and ga[0] != gb[0] and fuzz.ratio(ga, gb) < threshold:
        return False  # different given names: two people
    return True

"""The institution registry (``data/institutions.json``) and the rules that type a source from its
words: which institution a name is, the kind a role description gives ("a regional governor" ->
state official), the side its words mark, and whether a name looks like a person's. Pure functions
of the text, shared by extraction (per article) and linking (across articles).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import lexicon as _lexicon

DETS = _lexicon.words("en", "determiners")


TITLE_WORDS = _lexicon.words("en", "title_words")


@lru_cache(maxsize=1)
def registry() -> dict[str, Any]:
    return json.loads(resources.files("claimgraph.ground").joinpath("data/institutions.json").read_text("utf-8"))


@lru_cache(maxsize=4096)
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


@lru_cache(maxsize=1)
def _any_institution() -> re.Pattern:
    """Every institution's patterns as one alternation: a text none of them matches (most people's
    names) is answered by one search instead of one per pattern."""
    return re.compile("|".join(f"(?:{p})" for inst in registry()["institutions"] for p in inst["match"]), re.I)


@lru_cache(maxsize=131072)
def lookup_institution(text: str) -> dict[str, Any] | None:
    t = text.lower()
    if not _any_institution().search(t):
        return None
    for inst in registry()["institutions"]:
        if any(compiled(p).search(t) for p in inst["match"]):
            return inst
    return None


@lru_cache(maxsize=65536)
def role_kind(text: str) -> str | None:
    t = text.lower()
    for role in registry()["roles"]:
        if any(compiled(p).search(t) for p in role["match"]):
            return role["kind"]
    return None


@lru_cache(maxsize=65536)  # a pure function of the text, asked again for each mention of a source
def side_from_text(text: str) -> str | None:
    t = text.lower()
    markers = registry()["side_markers"]
    # an exiled or independent Russian outlet speaks for neither side
    if any(compiled(p).search(t) for p in markers["independent"]) and re.search(
        r"outlet|media|newspaper|journalis|site", t
    ):
        return "independent"
    hits = []
    for side in ("ua", "ru", "international"):
        for p in markers[side]:
            m = compiled(p).search(t)
            if m:
                hits.append((m.start(), side))
    return min(hits)[1] if hits else None


def looks_like_person(name: str) -> bool:
    words = name.split()
    caps = [w for w in words if w[:1].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in DETS]
    low = name.lower()
    if lookup_institution(name) or re.search(
        r"ministry|staff|forces|service|office|agency|group|council|"
        r"institute|imaging|monitor|ledger|times|post|news|oblast|region|brigade|battalion|regiment|"
        r"corps|division|army|command|headquarters|bank|committee|commission|party|union|company|"
        # bodies named in title case ('the Air Force', 'the Coast Guard', 'the Monitoring Mission')
        r"\bforces?\b|\bguard\b|police|\bnavy\b|\bfleet\b|\bmission\b|authorit|\bcourt\b|"
        r"organi[sz]ation|foundation|association|\bwatch\b|hospital|university|\bcent(?:re|er)\b|"
        r"federation|assembly|parliament|\bunit\b|department|\bfirm\b|\bgroup\b|\btank\b|"
        r"provider|\boperator\b|manufacturer|\bmaker\b|developer|producer|contractor|corporation|"
        r"\binc\b|\bltd\b|\bllc\b|"
        # accounts and outlets named after what they are ('the Telegram channel Front Notes')
        r"\bchannel\b|\baccount\b|\bpage\b|\bcommunity\b|\boutlet\b|newspaper|\bportal\b|\bmagazine\b|"
        r"\bbroadcaster\b|\bnetwork\b|\bwebsite\b",
        low,
    ):
        return False
    return (
        len(caps) >= 2
        and any(w.lower() in TITLE_WORDS for w in words)
        or (len(caps) >= 2 and all(w[:1].isupper() for w in words[-2:]) and not name.isupper())
    )

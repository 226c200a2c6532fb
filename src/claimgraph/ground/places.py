"""Places: every mention that can be put on a map, geocoded offline (``gazetteer``).

"the Pokrovsk direction", "the Zaporizhzhia front" are places of feature ``front``
geocoded to the named place; a capital or country used for its government or as an
actor ("Moscow's partial mobilisation", "Kyiv said", "Russia's Defence Ministry") is not
a place."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from .. import lexicon as _lexicon
from ..model import Place
from .gazetteer import CITIES500_COUNTRIES, country_of, lookup, resolve

# a capitalised word; an apostrophe inside a name ("Kam'ianske") but not a possessive ending ("Dnipro's")
NAME = r"[A-Z\u0410-\u042f\u0406\u0407\u0404\u0490](?:[\w-]|['\u2019](?!s\b))+"
# a district of a city named by the city: "Dnipro's Amur district", "the city's Sobornyi district"
CITY_DISTRICT = re.compile(
    rf"(?:(?P<city>{NAME})|\b[Tt]he (?:city|town))['\u2019]s[ \t]+(?P<district>{NAME}(?:[ \t]+{NAME})?)[ \t]+"
    r"(?:district|neighbou?rhood|quarter|microdistrict|borough)\b"
)
# "the Komunarskyi district": a district named by an adjective, with a definite article and no city, is a part
# of the city the text has just named (the namesake town of the adjective is another place)
ADJ_DISTRICT = re.compile(
    rf"\b[Tt]he[ \t]+(?P<district>{NAME}(?:sk|ck|zk|vs|n)(?:yi|yy|iy|y|i)(?:[ \t]+{NAME})?)[ \t]+"
    r"(?:district|neighbou?rhood|quarter|microdistrict|borough)\b"
)
CAND_RE = re.compile(
    rf"(?P<name>{NAME}(?:[ \t]+(?!(?:DIRECTIONS?|FRONT|AXIS|OBLAST|REGION)\b){NAME}){{0,2}})(?P<suffix>[ \t]+(?:Oblast|oblast|region|Region|Krai|krai|River|river|"
    r"directions?|front|axis|district|DIRECTIONS?|FRONT|AXIS|OBLAST|REGION)\b)?"
)
METONYM_FOLLOW = re.compile(
    r"^'s\s+(?!(?:[A-Z]\w+\s+)?(?:Oblast|region|Krai|border|city|town|village|capital|east|west|north|south))", re.I
)
SKIP_WORDS = _lexicon.words("en", "place_skip_words")
# "the village of X", "the town of X": X is a place whatever the parser took it for
SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|city|settlement|hamlet|township|district|region|port|suburb)s?\s+of\s+$", re.I
)
PLACE_PREPS = _lexicon.words("en", "place_prepositions")


def side_of_place(text: str) -> str | None:
    """The side a place named in ``text`` puts a source on ("the Kharkiv regional administration" -> ua;
    a third country's body, "Romania's Defence Ministry", is international)."""
    country = country_of(text)
    if not country:
        return None
    return {"UA": "ua", "RU": "ru"}.get(country, "international")


# a name before a weapon noun names the weapon ("Grad rockets", "Iskander missiles"), not a place
WEAPON_AFTER = re.compile(
    r"(?:-type)?[ \t]+(?:rockets?|missiles?|launchers?|multiple rocket|systems?|drones?|howitzers?|bombs?)\b"
)
# a capital standing for its government: "the Kyiv regime", "the Moscow authorities"
GOVERNMENT_AFTER = re.compile(r"^[ \t]+(?:regime|government|authorities|leadership|junta)\b", re.I)


_STARTS = "claimgraph.token_starts"


# a name the parser takes for a person is a place where nothing else a person's name could be fits:
# after "in" / "near" / "outside" with no possessive or further name ("hit a warehouse in Korosten at
# night"), or before the facility it holds ("a strike on Korosten depot")
_LOCATIVE = frozenset({"in", "near", "outside"})
_NOT_AFTER_PLACE = re.compile(r"^(?:['’]s\b|\s+[A-Z])")
_FACILITY_AFTER = re.compile(
    r"^[ \t]+(?:fuel[ \t]+|oil[ \t]+|power[ \t]+|grain[ \t]+)?(?:depot|warehouse|refinery|plant|port|airfield|"
    r"airport|railway[ \t]+station|terminal|substation|factory|air[ \t]+base|oil[ \t]+depot)s?\b",
    re.I,
)


# what is attacked is a place: "fired on X", "the shelling of X", "an attack on X", "shelled X"
_ATTACKED_BEFORE = re.compile(
    r"(?i)\b(?:fired|firing|opened\s+fire)\s+on\s+$|\b(?:shelling|bombardment|shelled|bombed|attack(?:s|ed)?|"
    r"strikes?|raids?|assault)\s+(?:on\s+|of\s+)?$"
)
# a place named with the town it lies near: "Bilozerka near Kherson"
_NEAR_PLACE_AFTER = re.compile(r"^[ \t]+(?:near|outside)[ \t]+[A-Z]")


def _in_war_geography(cands: list[Any]) -> bool:
    """Whether the gazetteer knows the name as a settlement of the war's geography (not a US "Johnson")."""
    return any(c.feature == "settlement" and c.country in CITIES500_COUNTRIES for c in cands)


def _where_not_who(text: str, start: int, end: int, prev_word: str) -> bool:
    after = text[end : end + 40]
    if _NEAR_PLACE_AFTER.match(after):
        return True  # "fired on Bilozerka near Kherson"
    if _NOT_AFTER_PLACE.match(after):
        return False
    return (
        prev_word in _LOCATIVE
        or bool(_FACILITY_AFTER.match(after))
        or bool(_ATTACKED_BEFORE.search(text[max(0, start - 30) : start]))
    )


def _token_at(doc: Any, offset: int) -> Any | None:
    """The token of ``doc`` that starts at character ``offset``, or None: a binary search over the token
    offsets, read from the Doc once (kept in its ``user_data``), not a dictionary of every token."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        from spacy.attrs import IDX

        starts = doc.user_data[_STARTS] = doc.to_array(IDX).tolist() if len(doc) else []
    i = bisect_left(starts, offset)
    return doc[i] if i < len(starts) and starts[i] == offset else None


def find_places(text: str, doc: Any = None, not_places: tuple[str, ...] = ()) -> list[Place]:
    """Every place mention in ``text`` with ids ``p1``, ``p2``, ..., geocoded offline. ``doc``: the
    spaCy parse of the same text (its entities and syntax tell a place from a person or a
    government); without it, only curated names after a place preposition are found. ``not_places``:
    names known to be something else here (the outlet's own name)."""
    skip_names = {n.strip().lower() for n in not_places if n and n.strip()}
    found: list[tuple[int, int, str, str | None]] = []
    ents = {}
    places: list[Place] = []
    for e in doc.ents if doc is not None else ():
        ents[e.start_char] = (e.label_, e.end_char)
    loose: set[str] = set()
    deferred: list[tuple[int, int, str, Any, list[Any]]] = []
    for m in CAND_RE.finditer(text):
        words = m.group("name").split()
        # try the longest name first, then drop leading words ("Commander Kupiansk" never; "The Kupiansk" yes)
        for i in range(len(words)):
            name = " ".join(words[i:])
            start = m.start("name") + len(" ".join(words[:i])) + (1 if i else 0)
            if words[i] in SKIP_WORDS:
                continue
            if any(ch.isdigit() for ch in name):
                break  # a model or unit designation ("TM-62s", "Su-34"), never a place name
            suffix = (m.group("suffix") or "").strip()
            cands = lookup(f"{name} {suffix}") if suffix else []
            full = bool(cands)
            if not cands:
                cands = lookup(name)
            before = text[max(0, start - 12) : start].split()
            if not cands and (
                ents.get(start, (None, 0)) in (("GPE", start + len(name)), ("LOC", start + len(name)))
                or (before and before[-1].lower() in PLACE_PREPS)
            ):
                # a name the parser takes for a place, under a spelling the key does not know
                # (a Russian form of a Ukrainian town): its consonant skeleton
                cands = lookup(name, loose=True)
                if cands:
                    loose.add(name)  # kept only if context or size settles which place it is
            if not cands:
                continue
            if name.lower() in skip_names or (
                not any(c.curated for c in cands) and WEAPON_AFTER.match(text, start + len(name))
            ):
                break
            end = (
                m.end()
                if (suffix and (full or re.match(r"(?i)directions?|front|axis|region|oblast", suffix)))
                else start + len(name)
            )
            tok = _token_at(doc, start) if doc is not None else None
            label = ents.get(start, (None,))[0]
            curated = any(c.curated for c in cands)
            prev = text[max(0, start - 12) : start].split()
            prev_word = prev[-1].lower() if prev else ""
            settlement_of = bool(SETTLEMENT_OF.search(text[max(0, start - 30) : start]))
            # "X direction", "X Oblast": the word after the name says it is a place
            place_word = bool(full or (suffix and re.match(r"(?i)directions?$|front$|axis$", suffix)))
            # a settlement of the war's geography where only a place fits ("in X at night", "fired on X")
            where_cue = _in_war_geography(cands) and _where_not_who(text, start, start + len(name), prev_word)
            if (
                not curated
                and not settlement_of
                and not place_word
                and label not in ("GPE", "LOC", "FAC")
                and prev_word not in PLACE_PREPS
                and not where_cue
            ):
                deferred.append((start, start + len(name), name, tok, cands))
                break
            if label in ("PERSON",) and not suffix and not curated and not settlement_of and not where_cue:
                deferred.append((start, start + len(name), name, tok, cands))
                break
            if _metonym(text, start + len(name), tok, cands):
                continue
            if suffix and re.match(r"(?i)directions?$", suffix) and "and" in text[max(0, start - 40) : start]:
                # "the Dobropillia and Pokrovsk directions": the first name is a front too
                mm = re.search(rf"({NAME})\s+and\s+$", text[max(0, start - 40) : start])
                if mm:
                    s0 = max(0, start - 40) + mm.start(1)
                    found.append((s0, s0 + len(mm.group(1)), mm.group(1), "direction"))
            found.append((start, end, name, suffix.lower() or None))
            break
    # one sense per article: a name taken as a place once is that place where it stands again ("Ufa has been
    # under snow" after "a cemetery in Ufa"), and so is a name listed with a place ("near Torske, Zarichne and ...")
    # (in any case: "STEPNOHIRSK DIRECTION" in a kicker is the Stepnohirsk of the text)
    accepted = {name.lower() for _s, _e, name, _x in found}
    for s0, e0, name, tok, cands in sorted(deferred, key=lambda d: d[0]):
        listed = any(re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", text[e1:s0]) for _a, e1, _n, _x in found if e1 <= s0)
        if (name.lower() in accepted or listed) and not _metonym(text, e0, tok, cands):
            found.append((s0, e0, name, None))
            accepted.add(name.lower())
    admin_ctx = set()
    countries = set()
    for _s, _e, name, suffix in found:
        for c in lookup(f"{name} {suffix}" if suffix else name):
            if c.feature == "admin1" and c.admin1:
                admin_ctx.add(c.admin1)
            if c.curated:
                countries.add(c.country)
    if re.search(r"\bUkrain|\bKyiv\b", text):
        countries.add("UA")
    if re.search(r"\bRussia", text):
        countries.add("RU")
    seen = set()
    districts = _city_districts(text, found)
    # one sense per article: a district named by its city once is that district again ("the Komunarskyi
    # district" later on), not a namesake elsewhere
    by_name = {name: (a, b) for a, b, name, _x in found if (a, b) in districts}
    for i, (s, e, name, _suffix) in enumerate(found):
        if (s, e) in districts or name not in by_name:
            continue
        tail = re.match(r"[ \t]+(?:district|neighbou?rhood|quarter|microdistrict|borough)\b", text[e:])
        e2 = e + tail.end() if tail else e
        found[i] = (s, e2, name, None)
        districts[(s, e2)] = districts[by_name[name]]
    for s, e, name, suffix in sorted(found, key=lambda f: (f[0], f[1])):
        if (s, e) in seen:
            continue
        seen.add((s, e))
        feature = None
        prefer = None
        if suffix and re.match(r"directions?|front|axis", suffix):
            feature = "front"
        elif suffix in ("oblast", "region", "krai"):
            prefer = "admin1"
        # "Camden, Arkansas": the region named right after the place says which namesake it is
        after = re.match(r",[ \t]+([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)", text[e : e + 40])
        entry, cands = resolve(
            f"{name} {suffix}" if suffix in ("oblast", "region", "krai", "river") else name,
            admin_ctx | {after.group(1)} if after else admin_ctx,
            countries,
            prefer,
            loose=True,
        )
        if entry is None and suffix in ("region",):
            entry, cands = resolve(name, admin_ctx, countries, None)
        if entry is None and name in loose and (s, e) not in districts:
            # a loose spelling match that nothing settles is a guess: no place (a city's district is placed at
            # its city, whatever its name resembles)
            continue
        p = Place(
            id=f"p{len(places) + 1}",
            text=text[s:e],
            start=s,
            end=e,
            name=entry.name if entry else name,
            lat=entry.lat if entry else None,
            lon=entry.lon if entry else None,
            feature=feature or (entry.feature if entry else "other"),
            country=entry.country if entry else None,
            admin1=entry.admin1 if entry else None,
            gazetteer_id=entry.gazetteer_id if entry else None,
        )
        city = districts.get((s, e))
        if city is not None:
            # a city district the gazetteer does not list: put on the map at its city
            p.feature = "other"
            p.name, p.lat, p.lon, p.country, p.admin1 = name, city.lat, city.lon, city.country, city.admin1
            p.gazetteer_id, entry = None, city
        if entry is None:
            p.candidates = [
                {"name": c.name, "admin1": c.admin1, "country": c.country, "lat": c.lat, "lon": c.lon}
                for c in cands[:10]
            ]
        places.append(p)
    return places


def _city_districts(text: str, found: list[tuple[int, int, str, str | None]]) -> dict[tuple[int, int], Any]:
    """Add "X district" of "<City>'s X district" or "the city's X district" to ``found``; returns, for each
    such span, the gazetteer entry of its city (the city named before it, or the settlement named last)."""
    out: dict[tuple[int, int], Any] = {}
    named = [(m, True) for m in CITY_DISTRICT.finditer(text)]
    bare = [
        (m, False) for m in ADJ_DISTRICT.finditer(text) if not any(n.start() <= m.start() < n.end() for n, _ in named)
    ]

    def last_settlement(prior: list) -> Any:
        """The settlement named last among the places found before."""
        for _s, _e, name, _x in reversed(prior):
            got, _ = resolve(name, set(), set(), "settlement", loose=False)
            if got is not None and got.feature == "settlement":
                return got
        return None

    for m, with_city in sorted(named + bare, key=lambda x: x[0].start()):
        if not with_city:
            # only a settlement named shortly before, in the same stretch of text
            entry = last_settlement([f for f in found if m.start() - 600 <= f[1] <= m.start() and not f[3]])
        elif m.group("city"):
            entry, _ = resolve(m.group("city"), set(), set(), "settlement", loose=False)
        else:
            entry = last_settlement([f for f in found if f[1] <= m.start() and not f[3]])
        if entry is None or entry.feature != "settlement":
            continue
        s0, e0 = m.start("district"), m.end()
        if any(a < e0 and s0 < b for a, b, _n, _x in found):
            found[:] = [f for f in found if not (f[0] < e0 and s0 < f[1])]
        found.append((s0, e0, m.group("district"), None))
        out[(s0, e0)] = entry
    return out


def _metonym(text: str, end: int, tok: Any, cands: list[Any]) -> bool:
    """A country or capital standing for its government or army, not a location."""
    if not any(c.feature in ("country",) or c.name in ("Moscow", "Kyiv", "Washington", "Minsk") for c in cands):
        return False
    after = text[end : end + 40]
    if METONYM_FOLLOW.match(after) or GOVERNMENT_AFTER.match(after):
        return True
    if tok is not None:
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            return True
    return False

"""Places named in Ukrainian and Russian text, geocoded through the gazetteer.

The gazetteer folds Cyrillic spellings, but these languages inflect place names: "у Полтаві", "Полтавщини",
"під Покровськом" are looked up by their dictionary forms (pymorphy3). Regions go by their colloquial
names ("Полтавщина", "Харківщина") and by the adjective used with "область" (``data/<lang>/regions.json``).
A place adjective before an administrative noun ("Зміївська громада", "на Курському напрямку") names
the place the adjective is derived from: the settlement is recovered by the derivation rules of the
language (-ська громада from -а, -и, -ь, -я, -івка, -пілля, -ськ ...) and kept only when the gazetteer
knows it; the members of a list of such adjectives ("Балаклійська, Зміївська та Чугуївська громади") are
places too. A name counts when the gazetteer's curated entries know it, the dictionary tags it as a
toponym, or a word before it marks a place ("с.", "у", "біля"); a person's name and a country or capital
that is the subject of a speech verb ("Київ заявив") are not places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Place
from .gazetteer import Entry, key, lookup, resolve
from .morph import has, lemma, lemmas, lex, nominative, norm, parses

WORD = re.compile(r"[^\W\d_][\w'’ʼ]*(?:-[^\W\d_][\w'’ʼ]*)*")
LIST_CONJ = {"та", "і", "й", "и", "також"}
LIST_GAP = r"\s*,\s*|\s+(?:та|і|й|и)\s+|\s*,?\s+(?:а также|а також)\s+"
WAR_COUNTRIES = {"UA", "RU", "BY", "MD"}
ADJ_SUFFIXES = {
    "uk": ("ський", "цький", "зький"),
    "ru": ("ский", "цкий", "зкий", "ской"),
}
# endings a settlement's name may have once the adjective suffix is taken off (Полтава -> Полтавська,
# Ірпінь -> Ірпінська, Балаклія -> Балаклійська, Новопілля -> Новопільська, Покровськ -> Покровська)
NOUN_ENDINGS = {
    "uk": ("", "и", "і", "ь", "а", "я", "е", "о", "ка", "ськ", "цьк", "ля", "ів", "ове"),
    "ru": ("", "ы", "и", "ь", "а", "я", "е", "о", "ка", "ск", "цк", "ль", "ов", "ово", "ево"),
}


# the consonant a suffix may stand for: -зький from -г, -ж, -жжя, -з (Прага -> празький, Запоріжжя ->
# запорізький), -цький from -к, -ч, -ц (Кременчук -> кременчуцький); Russian -жский keeps its ж (Запорожье)
SUFFIX_ENDINGS = {
    "uk": {"зький": ("г", "ж", "жжя", "жж", "з"), "цький": ("к", "ч", "ц")},
    "ru": {"зкий": ("г", "з"), "цкий": ("к", "ч", "ц"), "ский": ("ье", "ья", "ьё")},
}


def _adj_suffix(lem: str, lang: str) -> str | None:
    for suf in ADJ_SUFFIXES[lang]:
        if lem.endswith(suf) and len(lem) > len(suf) + 1:
            return suf
    return None


def _adj_stem(lem: str, lang: str) -> str | None:
    suf = _adj_suffix(lem, lang)
    return lem[: -len(suf)] if suf else None


def _ukrainian_forms(name: str) -> list[str]:
    """The Ukrainian spelling a Russian form of a Ukrainian place name may have: -ов/-ев closing the word
    is -ів ("Золочев" -> Золочів, "Чернигов" -> Чернігів), -ск is -ськ ("Покровск" -> Покровськ); a
    village in -овка/-евка is one in -івка/-ївка ("Новоселовка" -> Новоселівка, "Сергеевка" ->
    Сергіївка), a neuter adjective's -ое is -е ("Берестовое" -> Берестове, "Покровское" -> Покровське),
    -ово/-ево is -ове/-еве ("Курахово" -> Курахове)."""
    name = name.replace("ё", "е")
    out = []
    if re.search(r"[оe]в$|ев$", name) and len(name) > 4:
        out.append(name[:-2] + "ів")
    if name.endswith("ск") and len(name) > 4:
        out.append(name[:-2] + "ськ")
    if len(name) > 5:
        if name.endswith("еевка"):
            out.append(name[:-5] + "іївка")
        elif re.search(r"[аоуи]евка$", name):
            out.append(name[:-4] + "ївка")
        elif re.search(r"[оe]вка$", name):
            out.append(name[:-4] + "івка")
        if name.endswith("ское") or name.endswith("цкое"):
            out.append(name[:-3] + "ьке")
        elif re.search(r"[^аоеуиыя]ое$", name):
            out.append(name[:-2] + "е")
        if re.search(r"[ое]во$", name):
            out.append(name[:-1] + "е")
    return out


def _russian_neuter(word: str) -> list[str]:
    """The neuter nominative of an adjective a settlement may be named by, from any of its cases
    ("Берестового", "у Степового" -> берестовое, степовое)."""
    from .morph import analyser

    out: list[str] = []
    for p in analyser("ru").parse(norm(word)):
        if "ADJF" in p.tag:
            f = p.inflect({"nomn", "sing", "neut"})
            if f is not None and f.word not in out:
                out.append(f.word)
    return out


def _stem_variants(stem: str, lang: str) -> list[str]:
    out = [stem]
    if lang == "ru" and re.search(r"(?:ов|ев)$", stem) and len(stem) > 4:
        out.append(stem[:-2] + "ів")  # "Салтовский район" -> Салтівка
    if lang == "uk" and stem.endswith("піль"):
        out.append(stem[:-4] + "пілл")  # Новопілля -> новопільський
    if stem.endswith("ин") and len(stem) > 4:
        out.append(stem[:-2])  # Шостка -> шосткинський
    if stem.endswith("ян") and len(stem) > 4:
        out.append(stem[:-2])  # Ворожба -> ворожбянський
    if stem.endswith("ц"):
        out.append(stem[:-1] + "к")  # Донецьк -> донецький handled by -цьк; Ясинувата-like rare
    if lang == "uk" and stem.endswith("ів") and len(stem) > 4:
        out.append(stem[:-2] + "ов")  # Курахове -> курахівський, Соледар-like names keep their stem
    if lang == "uk" and stem.endswith("піль"):
        out.append(stem[:-4] + "пол")  # Гуляйполе -> гуляйпільський
    return out


def toponym_candidates(adjective: str, lang: str) -> list[str]:
    """Names the settlement behind a place adjective could have, most regular first."""
    lem = lemma(adjective, lang)
    suf = _adj_suffix(lem, lang)
    stem = _adj_stem(lem, lang)
    if not stem or not suf:
        return []
    parts = stem.split("-")
    out: list[str] = []
    endings = NOUN_ENDINGS[lang] + SUFFIX_ENDINGS[lang].get(suf, ())
    for st in _stem_variants(parts[-1], lang):
        for end in endings:
            last = st + end
            if len(parts) > 1:
                heads = [parts[0], parts[0][:-1] + "а", parts[0][:-1] + "е"] if parts[0].endswith("о") else [parts[0]]
                out += [f"{h}-{last}" for h in heads]
            else:
                out.append(last)
    out.append(lem)  # a town named by the adjective itself: "Новгород-Сіверська громада" -> Новгород-Сіверський
    # a compound adjective: "великописарівський" -> Велика Писарівка
    for head, forms in (
        ("велико", ("велика", "великий", "велике")),
        ("мало", ("мала", "малий", "мале")),
        ("ново", ("нова", "новий", "нове")),
        ("старо", ("стара", "старий", "старе")),
        ("верхньо", ("верхня", "верхній")),
        ("нижньо", ("нижня", "нижній")),
    ):
        if stem.startswith(head) and len(stem) > len(head) + 3:
            rest = stem[len(head) :]
            for st in _stem_variants(rest, lang):
                for end in NOUN_ENDINGS[lang]:
                    out += [f"{f} {st + end}" for f in forms]
    return out


def _city_before(words: list[tuple[str, int, int]], i: int, lang: str) -> Entry | None:
    """The city the gazetteer knows (curated) named in the 400 characters before word ``i``, nearest first."""
    s = words[i][1]
    for w, ws, _we in reversed(words[:i]):
        if s - ws > 400:
            break
        if not w[:1].isupper() or len(w) < 3:
            continue
        for lem in lemmas(w, lang):
            c = next(
                (c for c in lookup(lem) if c.curated and c.feature == "settlement" and c.country in WAR_COUNTRIES), None
            )
            if c is not None:
                return c
    return None


ADMIN_NOISE = re.compile(
    r"\b(?:oblast\w*|obl|krai|kray|kraj|region|respublika|republic|of|autonomous|avtonomn\w*|vilay\w*|raion|rayon)\b"
)


def _admin_key(name: str) -> str:
    """A region's name as the gazetteer's sources spell it in several ways ("Bryansk", "Brjansk", "Bryansk
    Oblast", "Zhitomirskaya Oblast’", "Zhytomyr"): its romanised stem without the word for the unit."""
    k = re.sub(r"\s+", " ", ADMIN_NOISE.sub(" ", key(name))).strip()
    return k.replace("j", "y").replace("i", "y")[:5]


class _Admins(set):
    """The regions an article names, matched whatever the spelling of the gazetteer entry's region."""

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        k = _admin_key(name)
        return any(_admin_key(a) == k for a in set.__iter__(self))


def _nominatives(word: str, lang: str) -> list[str]:
    """Dictionary forms an oblique case of a village's name may have where the dictionary does not know it
    ("околиць Городні" -> Городня, "біля Дібрівки" is known): the nominative endings of the common
    declensions."""
    endings = {
        "uk": (("ої", ("а",)), ("ій", ("а", "я")), ("і", ("я", "а", "ь")), ("ю", ("я",)), ("у", ("а",))),
        "ru": (("ой", ("а",)), ("е", ("а", "я", "о")), ("и", ("а", "я", "ь")), ("ю", ("я",)), ("у", ("а",))),
    }[lang]
    for end, subs in endings:
        if word.endswith(end) and len(word) > len(end) + 3:
            return [word[: -len(end)] + x for x in subs]
    return []


STATE_KINDS = ("government_body", "military", "intelligence_service", "state_official")
# cities whose adjective names districts of other cities ("Київський район" of Odesa, "Киевский район" of
# Donetsk, "Московский район" of Kazan): with another city named before, the district is that city's
CAPITALS = {"Kyiv", "Moscow", "Minsk"}


@lru_cache(maxsize=2)
def _kind_words(lang: str) -> frozenset[str]:
    """Single words that name a kind of source ('Сили оборони', 'Служба'): capitalised inside a body's name."""
    return frozenset(w for w, _k in lex(lang, "source_kinds") if " " not in w) | {"сила"}


@lru_cache(maxsize=2)
def _body_nouns(lang: str) -> frozenset[str]:
    return frozenset(w for w, k in lex(lang, "source_kinds") if k in STATE_KINDS and " " not in w)


def _in_body_name(words: list[tuple[str, int, int]], i: int, lang: str) -> bool:
    """Whether a country name in the genitive closes the name of a state body or office (one or two
    words after its head noun: "Міноборони Росії", "Служби безпеки України", "Минобороны России",
    "Вооружённых сил Украины"), or follows a body's abbreviation ("ВС России", "МИД Украины")."""
    if not any("gent" in t for _l, t in parses(words[i][0], lang)):
        return False
    body = _body_nouns(lang) | {"сила", "сили", "силы"}
    if i and 2 <= len(words[i - 1][0]) <= 5 and words[i - 1][0].isupper():
        return True
    return any(i - k >= 0 and (lemmas(words[i - k][0], lang) | {norm(words[i - k][0])}) & body for k in (1, 2))


def _acts(words: list[tuple[str, int, int]], i: int, text: str, lang: str) -> bool:
    """Whether a country's or capital's name is the subject of the finite verb after it, adverbs between
    ("Росія вкотре свідомо б'є", "Россия нанесла удар"): the state as an actor. Only a name whose
    nominative is not also its accusative ("Київ обстріляли" is the place), and a verb of its number."""
    ps = parses(words[i][0], lang)
    if not ps or not any("nomn" in t for _l, t in ps) or any("accs" in t for _l, t in ps):
        return False
    plural = all("plur" in t for _l, t in ps if "nomn" in t)
    prev_end = words[i][2]
    for w, s, e in words[i + 1 : i + 4]:
        gap, prev_end = text[prev_end:s], e
        if gap.strip():
            return False  # punctuation between: not the clause's subject and verb
        wp = parses(w, lang)
        if not wp:
            return False
        if "VERB" in wp[0][1]:
            return ("plur" in wp[0][1]) == plural or not ({"sing", "plur"} & wp[0][1])
        if not wp[0][1] & {"ADVB", "PRCL"} or "NOUN" in wp[0][1]:
            return False
    return False


POSSESSIVE = re.compile(r"(\w{2,}(?:ов|ев|ёв|ин|ын))(?:ого|ому|ым|ом|а|у)")


@lru_cache(maxsize=4096)
def _pair_names(w1: str, w2: str, lang: str) -> tuple[str, ...]:
    """Dictionary forms a two-word place name could have: the first word as an adjective in the nominative
    of each gender and number (Кривому -> кривий, Малої -> мала), or as it stands; the second in each of
    its lemmas ("Розі" -> ріг, "Токмачки" -> токмачка) or as it stands."""
    from .morph import analyser

    firsts: list[str] = []
    for p in analyser(lang).parse(norm(w1)):
        if "ADJF" in p.tag:
            for g in ({"nomn", "sing", "masc"}, {"nomn", "sing", "femn"}, {"nomn", "sing", "neut"}, {"nomn", "plur"}):
                f = p.inflect(g)
                if f is not None and f.word not in firsts:
                    firsts.append(f.word)
    for x in (norm(w1), *lemmas(w1, lang)):
        if x not in firsts:
            firsts.append(x)
    # a short possessive adjective declined like a full one ("Часовым Яром", "Часовом Яре" -> Часов Яр)
    m = POSSESSIVE.fullmatch(norm(w1))
    if m and m.group(1) not in firsts:
        firsts.append(m.group(1))
    seconds = [norm(w2), *sorted(lemmas(w2, lang))]
    return tuple(f"{a} {b}" for a in firsts for b in dict.fromkeys(seconds))


def _population(entry: Entry) -> int:
    """A curated entry's population, from the GeoNames entries of its name at the same spot (the curated list
    keeps none)."""
    near = [
        c.population
        for c in lookup(entry.name)
        if c.country == entry.country and abs(c.lat - entry.lat) < 0.25 and abs(c.lon - entry.lon) < 0.35
    ]
    return max([entry.population, *near])


FAR_KM = 300.0
TOWN_POPULATION = 20_000


def _far_from(entry: Entry, found: list[Place], admin: set[str]) -> bool:
    """Whether a village lies outside the regions the article names and farther than ``FAR_KM`` from every
    place found in it so far (a report on one region names its own villages)."""
    import math

    if not admin or (entry.admin1 and entry.admin1 in admin):
        return False
    pts = [(p.lat, p.lon) for p in found if p.lat is not None and p.lon is not None and p.country in WAR_COUNTRIES]
    if not pts:
        return False

    def km(lat: float, lon: float) -> float:
        dp, dl = math.radians(entry.lat - lat), math.radians(entry.lon - lon)
        h = (
            math.sin(dp / 2) ** 2
            + math.cos(math.radians(lat)) * math.cos(math.radians(entry.lat)) * math.sin(dl / 2) ** 2
        )
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))

    return min(km(a, b) for a, b in pts) > FAR_KM


def _pick(cands: list[Entry], admin: set[str], countries: set[str]) -> Entry | None:
    if not cands:
        return None
    local = [c for c in cands if c.admin1 and c.admin1 in admin]
    if local:
        return local[0]
    war = [c for c in cands if c.country in countries]
    return war[0] if war and (len({(round(c.lat), round(c.lon)) for c in war}) == 1 or war[0].curated) else None


@lru_cache(maxsize=4096)
def _region(word: str, lang: str) -> tuple | None:
    regions = lex(lang, "regions")
    ps = parses(word, lang)
    if ps and ps[0][1] & {"PREP", "CONJ", "ADVB", "PRCL", "NPRO"}:
        return None  # "Крім того" is not Crimea
    for lem, tags in ps:
        if lem in regions and tags & {"NOUN", "ADJF"}:
            return tuple(regions[lem])
    return None


def _region_place(region: tuple, text: str, s: int, e: int, feature: str = "admin1") -> Place:
    name, country, admin1, lat, lon = region
    ids = [c.gazetteer_id for c in lookup(name) if c.feature == "admin1"]
    return Place("", text[s:e], s, e, name, lat, lon, feature, country, admin1, ids[0] if ids else None)


def _entry_place(entry: Entry, text: str, s: int, e: int, feature: str | None = None) -> Place:
    return Place(
        "",
        text[s:e],
        s,
        e,
        entry.name,
        entry.lat,
        entry.lon,
        feature or entry.feature,
        entry.country,
        entry.admin1,
        entry.gazetteer_id,
    )


def extract_places(text: str, lang: str) -> list[Place]:
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    admin_nouns = lex(lang, "admin_nouns")
    markers = set(lex(lang, "place_markers"))
    speech = lex(lang, "speech_verbs")
    out: list[Place] = []
    taken: set[int] = set()

    # the regions named give the context that settles which of several villages of one name is meant
    admin: set[str] = _Admins()
    for i, (w, _s, _e) in enumerate(words):
        if w[:1].isupper():
            r = _region(w, lang)
            nxt = lemma(words[i + 1][0], lang) if i + 1 < len(words) else ""
            if r and (not has(w, lang, "ADJF") or admin_nouns.get(nxt) == "admin1"):
                admin.add(r[2])  # "Брянщина", "Брянской области"
    for w, _s, _e in words:
        if w[:1].isupper() and len(w) > 3:
            for lem in lemmas(w, lang):
                for c in lookup(lem):
                    if c.curated and c.feature == "settlement" and c.country in WAR_COUNTRIES and c.admin1:
                        admin.add(c.admin1)
    countries = set(WAR_COUNTRIES)

    def adjective_place(i: int, feature: str, with_noun: int | None, curated_only: bool = False) -> None:
        w, s, e = words[i]
        if s in taken:
            return
        end = words[with_noun][2] if with_noun is not None else e
        if feature == "admin1":
            r = _region(w, lang)
            if r:
                out.append(_region_place(r, text, s, end))
                taken.add(s)
                return
            # "Красноярского края", "Омской области": a region the word list does not name is the region of
            # the city its adjective is derived from
            city = max(
                (
                    c
                    for cand in toponym_candidates(w, lang)
                    for c in lookup(cand)
                    if c.country in countries and c.feature == "settlement" and c.admin1
                ),
                key=_population,
                default=None,
            )
            if city is not None and city.admin1 and _population(city) >= TOWN_POPULATION:
                unit = next(
                    (c for c in lookup(city.admin1) if c.feature == "admin1" and c.country == city.country), None
                )
                ref = unit or city
                out.append(
                    Place(
                        "",
                        text[s:end],
                        s,
                        end,
                        city.admin1,
                        ref.lat,
                        ref.lon,
                        "admin1",
                        city.country,
                        city.admin1,
                        unit.gazetteer_id if unit else None,
                    )
                )
                taken.add(s)
            return
        if feature == "front":
            r = _region(w, lang)  # "Курський напрямок": the region the direction is named after
            if r:
                out.append(_region_place(r, text, s, end, "front"))
                taken.add(s)
                return
        found = [
            c
            for cand in toponym_candidates(w, lang)
            for c in lookup(cand)
            if c.country in countries and c.feature != "country" and (c.curated or not curated_only)
        ]
        entry = next((c for c in found if c.admin1 and c.admin1 in admin), None)
        if entry is None:
            # a town the gazetteer's curated entries know before a village of a near spelling ("курахівський":
            # Курахове, not Курахівка), the larger of two
            entry = max((c for c in found if c.curated), key=_population, default=None)
        if entry is None and curated_only:
            return
        if entry is None:
            for cand in toponym_candidates(w, lang):
                entry = _pick(lookup(cand), admin, countries)
                if entry:
                    break
        noun = lemma(words[with_noun][0], lang) if with_noun is not None else ""
        capital_district = (
            entry is not None and entry.name in CAPITALS and noun in ("район", "мікрорайон", "микрорайон")
        )
        if (
            noun in ("район", "мікрорайон", "микрорайон")
            and admin
            and (entry is None or entry.admin1 not in admin or capital_district)
        ):
            # "Приморський район" after "Одеса": a district of the city named before it, not a village
            # of that name elsewhere
            city = _city_before(words, i, lang)
            if city is not None:
                out.append(_entry_place(city, text, s, end, "other"))
                taken.add(s)
                return
            if not capital_district:
                entry = None
        if entry:
            out.append(_entry_place(entry, text, s, end, feature))
            taken.add(s)

    def is_place_adj(w: str) -> bool:
        return w[:1].isupper() and has(w, lang, "ADJF") and any(_adj_stem(lem, lang) for lem in lemmas(w, lang))

    def lower_place_adj(w: str) -> bool:
        """A place adjective in lower case, as the spelling rules write it ("на запорізькому напрямку",
        "у харківській області"): kept only for a region or a town the curated entries know."""
        if not w[:1].islower() or not has(w, lang, "ADJF") or not any(_adj_stem(x, lang) for x in lemmas(w, lang)):
            return False
        if _region(w, lang):
            return True
        return any(
            c.curated and c.feature != "country" and c.country in countries
            for cand in toponym_candidates(w, lang)
            for c in lookup(cand)
        )

    for i, (w, _s, e) in enumerate(words):
        upper = is_place_adj(w)
        if not upper and not (
            i + 1 < len(words) and lemma(words[i + 1][0], lang) in admin_nouns and lower_place_adj(w)
        ):
            continue
        # "Зміївська громада", "Курському напрямку", "Полтавської області"
        if (
            i + 1 < len(words)
            and lemma(words[i + 1][0], lang) in admin_nouns
            and text[e : words[i + 1][1]].strip() == ""
        ):
            feature = admin_nouns[lemma(words[i + 1][0], lang)]
            if not upper:
                adjective_place(i, feature, i + 1, curated_only=True)
                continue
            # the list before it: "Балаклійська, Зміївська та Чугуївська громади"
            k = i
            members = []
            while k > 0:
                step = 2 if k > 1 and norm(words[k - 1][0]) in LIST_CONJ else 1
                gap = text[words[k - step][2] : words[k][1]]
                if re.fullmatch(LIST_GAP, gap) and is_place_adj(words[k - step][0]):
                    members.append(k - step)
                    k -= step
                else:
                    break
            for k in reversed(members):
                adjective_place(k, feature, None)
            adjective_place(i, feature, i + 1)
    # "7 громад: Балаклійська, Зміївська, ... та Чугуївська"
    for i, (w, _s, e) in enumerate(words):
        if lemma(w, lang) in admin_nouns and text[e : e + 2].startswith(":"):
            feature = admin_nouns[lemma(w, lang)]
            k = i + 1
            while k < len(words) and is_place_adj(words[k][0]):
                adjective_place(k, feature, None)
                step = 2 if k + 2 < len(words) and norm(words[k + 1][0]) in LIST_CONJ else 1
                if k + step < len(words) and re.fullmatch(LIST_GAP, text[words[k][2] : words[k + step][1]]):
                    k += step
                else:
                    break

    # the places found so far settle which of several villages of one name is meant ("на Куп'янському
    # напрямку … біля Петропавлівки": the one in Kharkiv Oblast)
    admin |= {p.admin1 for p in out if p.admin1 and p.country in WAR_COUNTRIES}
    # seas and other water bodies by their two-word names ("над акваторією Чорного моря")
    waters = lex(lang, "water_bodies")
    for i in range(len(words) - 1):
        w, s, _e = words[i]
        if w[:1].isupper() and text[words[i][2] : words[i + 1][1]] == " ":
            hit = next(
                (
                    waters[f"{a} {b}"]
                    for a in lemmas(w, lang)
                    for b in lemmas(words[i + 1][0], lang)
                    if f"{a} {b}" in waters
                ),
                None,
            )
            if hit and s not in taken:
                out.append(Place("", text[s : words[i + 1][2]], s, words[i + 1][2], hit[0], hit[1], hit[2], "region"))
                taken.add(s)
    # two-word names in any case: "у Кривому Розі", "біля Малої Токмачки", "в пос. Маслова Пристань"
    for i in range(len(words) - 1):
        (w1, s1, e1), (w2, s2, e2) = words[i], words[i + 1]
        if s1 in taken or not (w1[:1].isupper() and w2[:1].isupper()) or w1.isupper() or w2.isupper():
            continue
        if text[e1:s2] != " " or len(w1) < 3 or len(w2) < 3:
            continue
        entry = None
        for name in _pair_names(w1, w2, lang):
            entry = _pick([c for c in lookup(name) if c.feature == "settlement"], admin, countries)
            if entry:
                break
        if entry:
            out.append(_entry_place(entry, text, s1, e2))
            taken |= {s1, s2}
            admin.add(entry.admin1) if entry.admin1 else None
    marked_at: set[int] = set()
    for i, (w, s, e) in enumerate(words):
        if s in taken or not w[:1].isupper() or w.isupper() or len(w) < 3:
            continue
        prev = norm(words[i - 1][0]) if i else ""
        marked = prev in markers and re.fullmatch(r"\.?\s+", text[words[i - 1][2] : s] if i else "") is not None
        # the next member of a list after a marked place: "біля Петропавлівки та Кругляківки"
        if not marked and i > 1 and words[i - 2][1] in marked_at and re.fullmatch(LIST_GAP, text[words[i - 2][2] : s]):
            marked = True
        if not marked and i > 2 and prev in LIST_CONJ and words[i - 2][1] in marked_at:
            marked = re.fullmatch(LIST_GAP, text[words[i - 2][2] : s]) is not None
        # a list item's label: "🔻Ізюм: …", "▪️ Суми: …" (one name, alone before the colon at a line start)
        line_start = text.rfind("\n", 0, s) + 1
        label = (
            not marked
            and text[e : e + 1] == ":"
            and not re.search(r"\w", text[line_start:s])
            and lemma(w, lang) not in admin_nouns
        )
        elided = _region(w, lang) if has(w, lang, "ADJF") else None
        nxt_word = words[i + 1][0] if i + 1 < len(words) else ""
        if elided and not admin_nouns.get(lemma(nxt_word, lang)) and _elided_region(text, out, s, lang):
            # "18 — над Брянской областью, 15 — над Курской": the region noun left out in a list
            out.append(_region_place(elided, text, s, e))
            taken.add(s)
            continue
        if (
            marked
            and has(w, lang, "ADJF")
            and has(w, lang, "NOUN")
            and i + 1 < len(words)
            and words[i + 1][0][:1].isupper()
            and text[e : words[i + 1][1]] == " "
            and not _region(w, lang)
            and not _region(words[i + 1][0], lang)
        ):
            # "село Вишнева Балка": a two-word name after a marker, its first word also a noun's form
            name = f"{nominative(w, lang)} {nominative(words[i + 1][0], lang)}"
            entry = _pick(lookup(name), admin, countries)
            if entry:
                out.append(_entry_place(entry, text, s, words[i + 1][2]))
            taken |= {s, words[i + 1][1]}
            continue
        if has(w, lang, "ADJF") and not has(w, lang, "NOUN"):
            # "Велика Писарівка", "Нова Каховка": an adjective with the capitalised noun after it
            pair = i + 1 < len(words) and words[i + 1][0][:1].isupper() and text[e : words[i + 1][1]] == " "
            if pair:
                name = f"{nominative(w, lang)} {nominative(words[i + 1][0], lang)}"
                entry = _pick(lookup(name), admin, countries)
                if entry:
                    out.append(_entry_place(entry, text, s, words[i + 1][2]))
                    taken |= {s, words[i + 1][1]}
                elif marked and not _region(w, lang):
                    # "село Вишнева Балка" the gazetteer does not know: the name is both words, and the
                    # adjective alone would be some namesake elsewhere
                    taken |= {s, words[i + 1][1]}
                    continue
            if not marked or s in taken:
                continue  # a settlement named like an adjective ("у селі Тёткино") only after a marker
        region = _region(w, lang)
        if region and not has(w, lang, "ADJF"):
            out.append(_region_place(region, text, s, e))
            taken.add(s)
            continue

        ps = parses(w, lang)
        if ps and ps[0][1] & {"PREP", "CONJ", "ADVB", "PRCL", "NPRO", "INTJ"} and not any("Geox" in t for _l, t in ps):
            continue  # a capitalised function word at a sentence start ("Крім того")
        geox = any("Geox" in t for _l, t in ps)
        person = ps and any(("Name" in t or "Surn" in t or "Patr" in t) for _l, t in ps[:1]) and not geox
        if not person and i and text[words[i - 1][2] : s] == " " and words[i - 1][0][:1].isupper():
            # "Антон Лиманов", "Олег Харків": a capitalised word right after a first name is a surname
            prev_ps = parses(words[i - 1][0], lang)
            person = (
                bool(prev_ps)
                and any("Name" in t for _l, t in prev_ps[:1])
                and not any("Geox" in t for _l, t in prev_ps)
            )
        names = [w] + [lem for lem, _t in ps]
        ukr: list[str] = []
        if lang == "ru":
            ukr = [
                v for lem in [*dict.fromkeys(lem for lem, _t in ps), *_russian_neuter(w)] for v in _ukrainian_forms(lem)
            ]
            names += ukr  # "Золочеву" -> Золочів
        cands: list[Entry] = []
        if marked:
            names += _nominatives(w, lang)
        for n in names:
            cands = [c for c in lookup(n) if c.country in countries or c.feature == "country"]
            if cands:
                break
        if lang == "ru" and not any(c.curated or (c.admin1 and c.admin1 in admin) for c in cands):
            # a Russian form of a Ukrainian village's name ("Новоселовку", "у Берестового"): the village of
            # the Ukrainian spelling in a region the article names before a namesake in Russia
            alt = [c for n in ukr for c in lookup(n) if c.country in countries and c.feature == "settlement"]
            local = [c for c in alt if c.admin1 and c.admin1 in admin]
            if local:
                cands = list(dict.fromkeys(local + cands))
        if not cands:
            continue
        curated = any(c.curated for c in cands)
        if label and not curated and not person:
            # a label names a place only where the article's regions have a settlement of that name
            local = [c for c in cands if c.admin1 and c.admin1 in admin and c.feature == "settlement"]
            if local:
                out.append(_entry_place(local[0], text, s, e))
                taken.add(s)
                marked_at.add(s)
            continue
        # a capitalised word inside a sentence that is a settlement of a region the article names ("ворог
        # обстріляв Білопілля" in a report on Sumy Oblast): a proper name there, so the place
        inside = (
            i > 0
            and re.fullmatch(r"[ ,]+", text[words[i - 1][2] : s]) is not None
            and not re.search(r"[.!?]\s*$", text[max(0, s - 3) : s])
        )
        regional = (
            inside
            and not person
            and lemma(w, lang) not in _kind_words(lang)
            and norm(w) not in _kind_words(lang)
            and (
                any(c.admin1 and c.admin1 in admin and c.feature == "settlement" for c in cands)
                # a town of its own size needs no region named ("ворог атакував Конотоп")
                or any(c.feature == "settlement" and c.population >= TOWN_POPULATION for c in cands)
            )
        )
        if not (curated or geox or marked or regional) or (person and not marked):
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if any(c.feature == "country" for c in cands[:1]) and _in_body_name(words, i, lang):
            continue  # "Міноборони Росії", "Президент України": the country names the body, no place
        if any(c.feature == "country" or c.name in ("Kyiv", "Moscow", "Minsk") for c in cands[:1]):
            # "Київ заявив", "Москва вважає": the government, not the place
            if any("nomn" in t for _l, t in ps) and lemma(nxt, lang) in speech:
                continue
            if _acts(words, i, text, lang):
                continue  # "Росія завдала удару", "Россия вновь атаковала": the state acting, no place
        entry, _all = resolve(cands[0].name, admin, countries)
        if entry is None:
            entry = _pick(cands, admin, countries) or (cands[0] if curated and len(cands) == 1 else None)
        if entry is None:
            continue
        if not entry.curated and _far_from(entry, out, admin):
            continue  # "с. Перелюб" in a report on one region: not the namesake a thousand kilometres off
        out.append(_entry_place(entry, text, s, e))
        taken.add(s)
        marked_at.add(s)
    out.sort(key=lambda p: p.start)
    _settle_namesakes(out, text, admin)
    return out


NEAR_KM = 150.0


def _km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _namesakes(place: Place) -> list[Entry]:
    """The settlements of the war's countries that share the spelling key of a place's name, one per spot."""
    seen: set[tuple[float, float]] = set()
    out = []
    for c in lookup(place.name):
        spot = (round(c.lat, 2), round(c.lon, 2))
        if c.feature == "settlement" and c.country in WAR_COUNTRIES and spot not in seen:
            seen.add(spot)
            out.append(c)
    return out


def _settle_namesakes(out: list[Place], text: str, admin: set[str]) -> None:
    """Of several villages of one name, the one nearest the other places the article names: a report names
    the villages around the towns it is about ("бої біля Новоселівки … під Покровськом"). Anchors are the
    places with one spot (a town the curated entries know, a name with no namesake, a direction); a place is
    moved to the namesake nearest an anchor of its own paragraph, else of the article, when that one lies
    within ``NEAR_KM`` and nearer than the one chosen. A curated village is moved only when it lies beyond
    ``NEAR_KM`` of every anchor and a namesake lies within a third of that."""
    if len(out) < 2:
        return
    info: list[tuple[Place, list[Entry]]] = []
    for p in out:
        if p.feature not in ("settlement", "front") or p.lat is None or p.lon is None:
            info.append((p, []))
            continue
        info.append((p, _namesakes(p) if p.feature == "settlement" else []))

    def paragraph(pos: int) -> tuple[int, int]:
        a = text.rfind("\n\n", 0, pos)
        b = text.find("\n\n", pos)
        return (a + 1 if a >= 0 else 0, b if b >= 0 else len(text))

    anchors = [
        p
        for p, ns in info
        if p.lat is not None
        and p.lon is not None
        and p.country in WAR_COUNTRIES
        and (p.feature == "front" or (p.feature == "settlement" and (len(ns) <= 1 or _curated_town(p))))
    ]
    if not anchors:
        return
    for i, (p, ns) in enumerate(info):
        if len(ns) < 2 or p in anchors:
            continue
        own = {(p.lat, p.lon)}
        others = [a for a in anchors if a.name != p.name and (a.lat, a.lon) not in own]
        if not others:
            continue
        lo, hi = paragraph(p.start)
        near = [a for a in others if lo <= a.start < hi] or others
        local = [c for c in ns if c.admin1 and c.admin1 in admin] or ns

        def dist(lat: float, lon: float, near: list[Place] = near) -> float:
            return min(_km_between(lat, lon, a.lat, a.lon) for a in near if a.lat is not None and a.lon is not None)

        best = min(local, key=lambda c: dist(c.lat, c.lon))
        if p.lat is None or p.lon is None:
            continue
        d_best, d_now = dist(best.lat, best.lon), dist(p.lat, p.lon)
        if (best.lat, best.lon) == (p.lat, p.lon) or d_best > NEAR_KM or d_best >= d_now:
            continue
        chosen_curated = any(c.curated and (c.lat, c.lon) == (p.lat, p.lon) for c in lookup(p.name))
        if chosen_curated and (d_now <= NEAR_KM or d_best > NEAR_KM / 3):
            continue
        moved = _entry_place(best, text, p.start, p.end)
        moved.id = p.id
        out[i] = moved


def _curated_town(p: Place) -> bool:
    """Whether a place is a curated entry or a town of its own size (no village namesake stands for it)."""
    for c in lookup(p.name):
        if (c.lat, c.lon) == (p.lat, p.lon):
            return c.curated or _population(c) >= TOWN_POPULATION
    return False


def _elided_region(text: str, found: list[Place], s: int, lang: str) -> bool:
    """Whether a region adjective with no noun after it stands for "<adjective> область" named just
    before in the same sentence ("над Брянской областью, 15 — над Курской", "у Сумській, Харківській та
    Чернігівській областях" is read by its noun)."""
    admin = lex(lang, "admin_nouns")
    prev = [
        p
        for p in found
        if p.feature == "admin1"
        and p.end <= s
        and s - p.end <= 120
        and len(p.text.split()) == 2
        and admin.get(lemma(p.text.split()[1], lang)) == "admin1"
        and not re.search(r"[.!?;\n]", text[p.end : s])
    ]
    if not prev:
        return False
    # the adjective ends its phrase: punctuation, a conjunction or the end follows, no noun of its own
    after = text[s:].split(None, 1)
    rest = after[1] if len(after) > 1 else ""
    word = re.match(r"[\w'’-]+", after[0] if after else "")
    tail = after[0][word.end() :] if word else ""
    return bool(
        tail[:1] in (",", ".", ";", ":", "!", "?", ")") or not rest or re.match(r"(?:та|і|й|и|а|теж|також)\b", rest)
    )


def region_of(word: str, lang: str) -> tuple | None:
    """The region a word names ("Чернігівської", "Харьковщина"): (name, country, admin1, lat, lon)."""
    return _region(word, lang)


def country_in_title(mention: str, lang: str) -> str | None:
    """The one war country ("UA", "RU") of the places a source's title names: a town in the genitive ("Мэр
    Липецка", "Міський голова Бердичева") or as an adjective ("Начальниця Ізюмської міської військової
    адміністрації"); None when it names none or more than one."""
    found = {p.country for p in extract_places(mention, lang) if p.country}
    for m in WORD.finditer(mention):
        w = m.group()
        if m.start() == 0 or not w[:1].isupper() or not has(w, lang, "ADJF"):
            continue
        for cand in toponym_candidates(w, lang):
            c = next(
                (c for c in lookup(cand) if c.curated and c.feature == "settlement" and c.country in WAR_COUNTRIES),
                None,
            )
            if c is not None:
                found.add(c.country)
                break
    found &= {"UA", "RU"}
    return next(iter(found)) if len(found) == 1 else None

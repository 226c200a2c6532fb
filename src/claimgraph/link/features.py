"""What linking reads off one article record: words, stems, event families, shingles, anchors,
credit lines and figures. Pure functions of a record or a text."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from ..ground.gazetteer import key
from ..model import ArticleRecord

STOP = set(
    """a an the of in on at to for from by with and or but as is are was were be been has have had that this
these those it its their his her they he she we our said says say told according which who whom whose than then
there here not no also into over after before about around near".split()""".split()
)
# function words of Ukrainian and Russian (three letters and more; shorter words are left out anyway)
STOP |= set(
    """про для від або але після серед них їх його її вони що які яка який яке це цей ця ще вже також теж
під над при між через біля та так как что это или после под над при между через около его она они все
так уже ещё еще также тоже был была были было""".split()
)
CREDIT_RE = re.compile(
    r"(?:originally (?:published|appeared) (?:by|in|on)|republished (?:with permission )?from|"
    r"first (?:published|appeared) (?:by|in|on)|courtesy of|reprinted from|distributed by|syndicated (?:by|from)|"
    r"(?:this|the) (?:article|story|report) (?:is|was) (?:from|by))\s+(?:the\s+)?([A-Z][\w .'-]{2,60}?)(?=[.,;\n]|$)",
    re.I,
)
# page chrome: links to other stories, share buttons, subscription prompts. A copy that adds
# them has added nothing to the story, so they are left out of what is compared.
CHROME_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:also read|read also|read more|see also|related|more on this|watch|subscribe|share|"
    r"follow us|читайте також|читайте также|дивіться також|смотрите также|підписуйтесь|подписывайтесь)\b[^\n]*"
    r"|(?:(?:facebook|x|twitter|telegram|whatsapp|viber|vk|email)\s*(?:\||$)\s*){2,}[^\n]*)$"
)
_DIGIT = re.compile(r"\d")
CITES_RE = re.compile(r"(?:according to|as reported by|reported by|citing)\s+(?:the\s+)?([A-Z][\w .'-]{2,60})")


# the same event told in other words: one key per family of predicates in conflict reporting,
# and number words as digits ("three workers" = "3 workers")
EVENT_WORDS = {
    "fire": "fire",
    "blaze": "fire",
    "burn": "fire",
    "burnt": "fire",
    "ablaze": "fire",
    "flame": "fire",
    "scorch": "fire",
    "inferno": "fire",
    "torch": "fire",
    "injur": "injure",
    "injure": "injure",
    "wound": "injure",
    "hurt": "injure",
    "injury": "injure",
    "injuri": "injure",
    "wounded": "injure",
    "kill": "kill",
    "dead": "kill",
    "death": "kill",
    "die": "kill",
    "di": "kill",
    "died": "kill",  # too short for the stemmer
    "dies": "kill",
    "dying": "kill",
    "fatalit": "kill",
    "deadly": "kill",  # a deadly strike: one that killed
    "fatal": "kill",
    "toll": "kill",  # the death toll
    "intercept": "down",
    "neutralis": "down",  # air defence neutralised 37 drones
    "neutraliz": "down",
    "down": "down",
    "launch": "launch",
    "downed": "down",
    "strike": "strike",
    "strik": "strike",  # strikes, striking
    "struck": "strike",
    "hit": "strike",
    "hits": "strike",  # too short for the stemmer
    "slam": "strike",
    "slamm": "strike",  # slammed, slamming
    "pummel": "strike",
    "pummell": "strike",
    "attack": "strike",
    "target": "strike",
    "pound": "strike",
    "shell": "strike",
    "bomb": "strike",
    "destroy": "destroy",
    "destruction": "destroy",
    "raze": "destroy",
    "obliterat": "destroy",
    "captur": "capture",
    "capture": "capture",
    "seiz": "capture",
    "seize": "capture",
    "took": "capture",
    "liberat": "capture",
    "occupi": "capture",
    "control": "capture",
    "clear": "capture",
    "repel": "repel",
    "repell": "repel",
    "repuls": "repel",
    "rout": "repel",
    "thwart": "repel",
    "foil": "repel",
    "recaptur": "capture",
    "retook": "capture",
    "assault": "assault",
    "offensive": "assault",
    "holdfast": "hold",  # a place kept ("holding their positions": HOLDS)
    "retreat": "withdraw",
    "withdrew": "withdraw",
    "withdraw": "withdraw",
    "silent": "silence",
    # moving people out of harm's way is an act of its own, not an attack on the town it empties
    "evacuation": "evacuate",
    "evacuat": "evacuate",
    "evacu": "evacuate",
    "evacuee": "evacuate",
    "pull": "withdraw",
}
NUMBER_WORDS = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"dozen": "12"}


def strip_chrome(text: str) -> str:
    """The text without page-chrome lines ("Also read: ...", "Facebook | X | Telegram")."""
    return CHROME_RE.sub("", text)


def words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def claim_words(text: str) -> list[str]:
    """Words of a claim for matching claims across articles: stems, event families, digits. Words in
    Cyrillic (Ukrainian, Russian) are cut to a prefix, which is where their inflection leaves them alike."""
    out = []
    text = _PHRASAL.sub(lambda m: _PHRASAL_ACT[m.group(2).lower()], text)
    text = _HAPPENED.sub("happened", text)
    text = HOLDS.sub(" holdfast ", text)
    text = _HAS_TAKEN.sub("captured", text)
    text = _SHOT_DOWN.sub("downed", text)
    text = _GUNFIRE.sub(lambda m: _FIRE_WORD.sub("shelled", m.group()), text)
    if _AIR_DEFENCE.search(text):
        text = _DESTROYED.sub("downed", text)
    text = _BLEW_UP.sub("destroyed", text)
    text = _SILENT.sub(lambda m: m.group() + " silent", text)
    for w in re.findall(r"[^\W_]+", text.lower()):
        if w[0] in _CYRILLIC:
            n = _number_words().get(w)
            if n is not None:
                out.append(f"{n:g}")
                continue
            st = w[:CYRILLIC_PREFIX]
            out.append(EVENT_WORDS_CYRILLIC.get(st, st))
            continue
        if not w.isascii():
            continue
        w = NUMBER_WORDS.get(w, w)
        st = _stem(w)
        st = SAME_THING.get(st, st)
        out.append(EVENT_WORDS.get(w, EVENT_WORDS.get(st, st)))
    return out


# words of conflict reporting that name one thing (by their stems): "37 UAVs" are "37 drones", "the
# debris" is "the rubble", "overnight" is "during the night", "two residents" of a shelled village are
# "two civilians"
SAME_THING = {
    "uav": "dron",
    "uavs": "dron",
    "debri": "rubbl",
    "overnight": "night",
    "resident": "civilian",
    # homes cut off from the grid: "12,000 households", "12,000 homes"; "electricity" is the power
    "household": "home",
    "electricity": "power",
    # a country and its adjective: "Ukraine did not ..." answers "Ukrainian troops ..."
    "ukrainian": "ukrain",
    "russian": "russia",
}


# phrasal verbs that tell one act in two words ("beat back an assault" is "repelled" it)
_PHRASAL = re.compile(
    r"(?i)\b(beat|beaten|beating|push(?:ed|ing)?|dr(?:o|i)ve[n]?|driving|fought|fight(?:ing)?)\s+(back|off)\b"
)
_PHRASAL_ACT = {"back": "repelled", "off": "repelled"}
# "blew up a dam", "the bridge was blown up": destroyed with explosives, in any tense; "knocked out" (put
# out of action) tells the same outcome
_BLEW_UP = re.compile(r"(?i)\b(?:blew|blown|blow(?:s|ing)?)\s+up\b|\bknock(?:ed|s|ing)?\s+out\b")
# "has taken the village", "had taken control": captured ("were taken to hospital", "has taken part" are not)
_HAS_TAKEN = re.compile(
    r"(?i)\b(?:has|have|had)\s+taken\b(?!\s+(?:place|part|shelter|steps|measures|a\s|an\s|the\s+decision|into))"
)
# a side that keeps a place: "holding their positions", "hold the line", "still hold the village", "remains under
# Ukrainian control" (one act, the place held, told in any of these words)
HOLDS = re.compile(
    r"(?i)\b(?:(?:still|continu\w*\s+to|keep(?:s|ing)?|kept|remain\w*\s+in)\s+(?:hold(?:s|ing)?|held|control(?:s|ling)?)"
    r"|hold(?:s|ing)?\s+(?:on\s+to\s+)?(?:their|its|our|the|his)\s+(?:positions?|ground|line)"
    r"|held\s+(?:their|its|our|the)\s+(?:positions?|ground|line)|positions\s+(?:are|were|remain\w*)\s+held"
    r"|remain\w*\s+under\s+(?:\w+\s+)?control|(?:is|are|was|were|remains?)\s+still\s+in\s+\w+\s+hands)\b"
)
# "shot down 38 drones": one act in two words; and what air defence "destroyed" (drones, missiles) it shot down
_SHOT_DOWN = re.compile(r"(?i)\b(?:shot|shoot(?:s|ing)?)\s+down\b")
_AIR_DEFENCE = re.compile(r"(?i)\bair[- ]defen[cs]es?\b|\bППО\b|протиповітрян\w*|противовоздушн\w*")
_DESTROYED = re.compile(r"(?i)\bdestroy(?:ed|s|ing)?\b")
# fire from guns is shelling, not a blaze: "fired on the village", "came under artillery fire", "mortar fire"
_GUNFIRE = re.compile(
    r"(?i)\b(?:fired|firing|fires|opened\s+fire)\s+(on|at|upon)\b|\bunder\s+(?:[\w-]+\s+){0,2}fire\b"
    r"|\b(?:artillery|mortar|rocket|tank|sniper|machine-gun|gun)\s+fire\b"
)
_FIRE_WORD = re.compile(r"(?i)\b(?:fired|firing|fires|fire)\b")
# "took place" tells that something happened, not that a place was taken
_HAPPENED = re.compile(r"(?i)\b(?:took|taken|take|takes|taking)\s+place\b")
# a side that says nothing ("did not comment", "made no mention", "не коментувала", "не упомянуло"): one act,
# silence, in every wording and language (the words stay; the act is added)
_SILENT = re.compile(
    r"(?i)\b(?:(?:has|have|had|did|does|do|was|were|is|are)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:comment(?:ed)?|respond(?:ed)?|mention(?:ed)?|react(?:ed)?)|(?:made|makes|gave|give)\s+no\s+(?:mention|comment)|"
    r"declined\s+to\s+comment|no\s+comment|(?:is|was|were|are|remain(?:s|ed)?)\s+silent|silent\s+on)\b"
    r"|не\s+(?:про)?коментува\w*|не\s+(?:про)?комментир\w*|не\s+відповіл\w*|не\s+ответил\w*|не\s+згада\w*"
    r"|не\s+згадува\w*|не\s+упомина\w*|не\s+упомянул\w*|мовчить|мовчать|молчит|молчат"
)
_CYRILLIC = frozenset("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя")
# Ukrainian and Russian inflect at the end of the word: its first five letters stand for the stem
# ("поранено", "поранених", "поранень" alike; "загинула", "загинули" alike)
CYRILLIC_PREFIX = 5
# event families of conflict reporting in Ukrainian and Russian, by the prefix above
EVENT_WORDS_CYRILLIC = {
    "загин": "kill",
    "загиб": "kill",
    "погиб": "kill",
    "гибел": "kill",  # гибель, гибели: death
    "смерт": "kill",  # смерть, смерти
    "вбито": "kill",
    "убито": "kill",
    "убиты": "kill",
    "поран": "injure",
    "ранен": "injure",
    "постр": "injure",  # постраждали, пострадавшие: the people hurt
    "пожеж": "fire",
    "пожар": "fire",
    "удари": "strike",
    "ударо": "strike",
    "удару": "strike",
    "удар": "strike",
    "атаку": "strike",
    "атака": "strike",
    "обстр": "strike",
    "знищ": "destroy",
    "знище": "destroy",
    "знищи": "destroy",
    "уничт": "destroy",
    "збили": "down",
    "збито": "down",
    "сбили": "down",
    "сбито": "down",
    "відби": "repel",
    "знешк": "down",  # знешкодили: air defence neutralised
    "пораз": "strike",  # поразили, поражены: hit
    "урази": "strike",  # уразило, уразили
    "влучи": "strike",  # влучила, влучили: hit
    "влуча": "strike",
    "скину": "strike",  # скинули (бомби): dropped bombs
    "сброс": "strike",  # сбросили (бомбы)
    "штурм": "assault",
    "отраз": "repel",
}


ACTS = frozenset(EVENT_WORDS.values()) | frozenset(EVENT_WORDS_CYRILLIC.values())


def acts(words: frozenset[str]) -> frozenset[str]:
    """The kinds of act (event families) among a claim's content words: what happened, whatever verb tells it."""
    return words & ACTS


@lru_cache(maxsize=262144)  # a corpus says the same words again and again: each is stemmed once
def _stem(w: str) -> str:
    """A light stemmer: drone/drones, damage/damaged, burn/burning end alike."""
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def shingle_hashes(text: str, n: int = 3) -> Any:
    """3-word shingles as a sorted numpy array of 32-bit CRCs shifted left, the low bit set when
    the shingle holds a figure: 8 bytes a shingle instead of a Python string in a set, which
    is what lets 100,000 articles fit in memory."""
    import numpy as np

    vals = [(zlib.crc32(sh.encode("utf-8")) << 1) | bool(_DIGIT.search(sh)) for sh in shingles(text, n)]
    return np.unique(np.array(vals, dtype=np.uint64))


def shingles(text: str, n: int = 3) -> set[str]:
    ws = words(text)
    return {" ".join(ws[i : i + n]) for i in range(max(0, len(ws) - n + 1))}


@lru_cache(maxsize=262144)
def content(text: str) -> frozenset[str]:
    return frozenset(w for w in claim_words(text) if w not in STOP and (len(w) > 2 or w.isdigit()))


_ANCHOR_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]{2,}|\b\d[\d,.]*")


def anchors(text: str) -> set[str]:
    """Names and figures of a text, spelling-insensitive: what a paraphrase or a translation
    keeps when it changes every other word."""
    out = set()
    for m in _ANCHOR_RE.finditer(text):
        w = m.group()
        out.add(w.replace(",", "") if w[0].isdigit() else key(w))
    return out - {""}


_STRONG_RE = re.compile(r"[^\W\d_][\w'’-]{3,}|\d[\d,.]*\d")
_WEAK = set(
    """this that there these those their they what when where which while with after before about
also more most many some every other january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday
russian russians russia ukrainian ukrainians ukraine""".split()
)


def strong_anchors(text: str) -> set[str]:
    """Names (capitalised words in any script, spelling-insensitive) and figures of two digits or
    more: what two reports of one story share and two reports of one kind of event do not. Number
    words, month and day names, and clock times are left out."""
    out = set()
    for m in _STRONG_RE.finditer(text):
        w = m.group()
        if w[0].isdigit():
            v = w.replace(",", "").rstrip(".")
            if v[0] == "0" or (m.end() < len(text) and text[m.end() : m.end() + 1] == ":"):
                continue  # a clock time (02:40) or a leading zero
            if m.start() > 0 and text[m.start() - 1] == ":":
                continue
            out.add(v)
        elif w[0].isupper() and w.lower() not in _WEAK and w.lower() not in NUMBER_WORDS and w.lower() not in STOP:
            k = key(w)
            if len(k) >= 4:
                out.add(k)
    return out


def lede_places(rec: ArticleRecord, chars: int = 700) -> frozenset[str]:
    """Settlements (and fronts) the headline and the first paragraphs name: where the story is, by
    name (two geocoders may read one name two ways)."""
    return _frozen(
        "name:" + key(p.name) for p in rec.places if p.feature in ("settlement", "front") and p.start < chars
    )


def common_words(records: Iterable[ArticleRecord]) -> frozenset[str]:
    """Claim words so frequent in this corpus that sharing them says nothing about copying
    ("drones", "launched" in a corpus of air-raid reports). None in a small corpus."""
    df: Counter[str] = Counter()
    for r in records:
        count_words(df, r)
    return common_of(df)


def count_words(df: Counter[str], rec: ArticleRecord) -> None:
    """Add one record's claim words to the corpus's counts (``common_of``)."""
    df.update(w for c in rec.claims for w in content(c.text))


def common_of(df: Counter[str]) -> frozenset[str]:
    """The common words of a corpus whose claim words were counted (``count_words``)."""
    cap = max(50, sum(df.values()) // 1500)
    return frozenset(w for w, n in df.items() if n > cap)


def _figures(rec: ArticleRecord, claim) -> dict[str, float]:
    qs = {q.id: q for q in rec.quantities}
    return {qs[q].unit: qs[q].value for q in claim.quantities if q in qs}


# a claim that is page furniture, a dateline or a timestamp, not a proposition
_DATELINE = re.compile(
    r"^\W*(?:[A-ZА-ЯІЇЄҐ][\w’'-]+,?\s*)?(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})(?:,?\s*\d{4})?(?:,?\s*\d{1,2}:\d\d)?\W*$"
)


@lru_cache(maxsize=262144)
def is_chrome(text: str) -> bool:
    """Share buttons, datelines, timestamps, channel banners: no claim to cluster or to label with."""
    t = text.strip()
    letters = sum(ch.isalpha() for ch in t)
    if letters < 12 and not acts(content(t)):  # "Four dead", "Two injured": short, and a claim
        return True
    if CHROME_RE.fullmatch(t) or _DATELINE.match(t):
        return True
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*", t) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts)


@dataclass(frozen=True, slots=True)
class EventSig:
    """Where and when a claim says its event happened: settlements (and fronts) by gazetteer id,
    the regions they lie in, the regions it names, and its day-level dates."""

    settlements: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    regions_of: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    days: tuple[str, ...] = ()
    # the settlements' names (spelling key): two geocoders' picks for one ambiguous name are one place
    names: frozenset[str] = frozenset()
    # whether a place is named only roughly ("near X", "10 km east of X", "the X direction"): then a
    # place a short drive away can be the same spot
    near: bool = False
    # how many acts of fighting the claim tells (act_count): 1 one act, 2 a tally of many, 0 not said
    count: int = 0


# the signature of a claim that names no place and no day, shared by all of them
_NO_SIG = EventSig()
_EMPTY: frozenset[Any] = frozenset()
T = TypeVar("T")


def _frozen(xs: Iterable[T]) -> frozenset[T]:
    """A frozenset of ``xs``, the one shared empty set when there are none: an empty frozenset is 216
    bytes, and most articles and claims have no places, no dates, no rare names of one kind or another."""
    got = frozenset(xs)
    return got if got else _EMPTY


def _paragraph_places(rec: ArticleRecord, claim: Any) -> list[str]:
    """The places of the paragraph a claim stands in: where "Five more people were injured" happened
    when the sentence itself names no place. Only the places named before it (or in its own sentence):
    a place named after it in the paragraph is where the next sentence's act happened ("... shot down 159
    drones. Six of the missiles were launched from Russia's Kursk region")."""
    text = rec.article.text
    lo = text.rfind("\n\n", 0, claim.start) + 1
    hi = text.find("\n\n", claim.end)
    hi = len(text) if hi < 0 else hi
    stop = text.find(". ", claim.end)
    hi = hi if stop < 0 else min(hi, stop + 1)
    return [p.id for p in rec.places if lo <= p.start < hi and p.feature in ("settlement", "front", "admin1", "admin2")]


# a place name standing for a government ("the Kyiv regime", "Moscow's government") names who speaks,
# not where the event happened
_GOVERNMENT_AFTER = re.compile(
    r"(?i)^(?:['’]s)?\s*(?:regime|government|junta|режим\w*|уряд\w*|правительств\w*|влад[аиу]\b|власт\w*)"
)


def _metonym(text: str, place: Any) -> bool:
    return bool(_GOVERNMENT_AFTER.match(text[place.end : place.end + 20]))


_SEATS: list[Any] = [None, (), frozenset()]  # the last record asked about, its size, its places in source names


def _seats(rec: ArticleRecord) -> frozenset[str]:
    """The ids of the places named inside a source's mention ("the Kherson regional administration said"):
    where the source sits, not where an event happened. (Claims are read record by record: the last record's
    answer is kept.)"""
    size = (len(rec.sources), len(rec.places))
    if _SEATS[0] is rec and _SEATS[1] == size:
        return _SEATS[2]
    spans = [(m.start, m.end, m.text) for s in rec.sources for m in s.mentions]
    got = frozenset(p.id for p in rec.places if any(a <= p.start and p.end <= b and t != p.text for a, b, t in spans))
    _SEATS[0], _SEATS[1], _SEATS[2] = rec, size, got
    return got


def event_sig(rec: ArticleRecord, claim: Any) -> EventSig:
    text = rec.article.text
    seats = _seats(rec) if rec.sources else frozenset()
    places = {p.id: p for p in rec.places if not _metonym(text, p) and p.id not in seats}
    dates = {d.id: d for d in rec.dates}
    settlements, regions_of, regions, names = set(), set(), set(), set()
    points: list[tuple[float, float]] = []
    near = False
    own = list(claim.places)
    for pid in own or _paragraph_places(rec, claim):
        p = places.get(pid)
        if p is None:
            continue
        gid = p.gazetteer_id or "name:" + key(p.name)
        region = f"{p.country}:{key(p.admin1)}" if p.admin1 and p.country else None
        if p.feature in ("settlement", "front"):
            settlements.add(gid)
            names.add(key(p.name))
            near = near or roughly_placed(text, p)
            if p.lat is not None and p.lon is not None:
                points.append((p.lat, p.lon))
            if region:
                regions_of.add(region)
        elif p.feature in ("admin1", "admin2") and region:
            regions.add(region)
    days = []
    for did in claim.dates:
        d = dates.get(did)
        if d and d.value and d.granularity in ("day", "range") and d.relation in ("on", "between"):
            days.append(d.value[:10])
            if d.end_value:
                days.append(d.end_value[:10])
    if not (settlements or regions or days):
        return _NO_SIG  # most claims: one shared empty signature
    return EventSig(
        frozenset(settlements),
        tuple(sorted(set(points))),
        frozenset(regions_of),
        frozenset(regions),
        tuple(sorted(set(days))),
        _EMPTY if not names else frozenset(names) - {""},
        near,
    )


def places_compatible(a: EventSig, b: EventSig) -> bool:
    """The same settlement, or one inside the other's region; a claim without places fits any."""
    if a.settlements and b.settlements:
        # one place, or places a short drive apart ("near Torske" and "near Lyman", 12 km)
        return (
            bool(a.settlements & b.settlements)
            or bool(a.names & b.names)
            or ((a.near or b.near) and any(_km(p, q) <= NEARBY_KM for p in a.points for q in b.points))
        )
    if a.settlements and b.regions:
        return bool(a.regions_of & b.regions)
    if b.settlements and a.regions:
        return bool(b.regions_of & a.regions)
    if a.regions and b.regions:
        return bool(a.regions & b.regions)
    return True


# two places this close are told of as one front-line event ("near X" in one report, "near Y" in another)
# when one of them is named only roughly; two towns each named as where it happened ("a school in X", "a
# school in Y", 19 km apart) are two places
NEARBY_KM = 20.0
_ROUGHLY_BEFORE = re.compile(
    r"(?i)\b(?:near|nearby|outside|around|close\s+to|not\s+far\s+from|outskirts\s+of|vicinity\s+of|direction\s+of|"
    r"towards?|(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?(?:\s+of)?)"
    r"\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$"
)


def roughly_placed(text: str, place: Any) -> bool:
    """Whether a place is named as roughly where something happened: a front, or after "near",
    "outside", "east of", "towards" ("fighting near Torske", "12 km east of Lyman")."""
    if place.feature == "front":
        return True
    if re.match(r"(?i)[ \t]+(?:direction|axis|front|area|outskirts)\b", text[place.end : place.end + 15]):
        return True
    return bool(_ROUGHLY_BEFORE.search(text[max(0, place.start - 40) : place.start]))


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def days_compatible(a: EventSig, b: EventSig, slack: int = 1) -> bool:
    """Day-level dates within a day of each other (a night spans two); no dates fit any."""
    if not a.days or not b.days:
        return True
    return any(abs(_day_number(x) - _day_number(y)) <= slack for x in a.days for y in b.days)


def _day_number(iso: str) -> int:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def figure_facts(rec: ArticleRecord, claim: Any) -> list[tuple[str, float, float | None, str, tuple, Any]]:
    """(unit, value, value_max, qualifier, time scope, quantity) of each figure in a claim; the
    scope is the claim's period ("since February 2022", "in 2024"), not the day of the event."""
    qs = {q.id: q for q in rec.quantities}
    dates = {d.id: d for d in rec.dates}
    scope = tuple(
        sorted(
            (d.relation, d.value or "")
            for d in (dates.get(x) for x in claim.dates)
            if d and (d.relation in ("since", "until", "before", "after") or d.granularity in ("year", "month"))
        )
    )
    return [
        (q.unit, q.value, q.value_max, q.qualifier, scope, q)
        for q in (qs.get(x) for x in claim.quantities)
        if q is not None
    ]


_NUM_RE = re.compile(r"(?<![\w.])\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
_WORD_RE = re.compile(r"[^\W\d_][\w’'ʼ-]*")
# Ukrainian writes its apostrophe three ways (п'ять, п’ять, пʼять): a number word is known in each
_APOSTROPHES = ("'", "’", "ʼ")


@lru_cache(maxsize=1)
def _number_words() -> dict[str, float]:
    from .. import lexicon

    out: dict[str, float] = {}
    for lang in ("en", "uk", "ru"):
        for k, v in lexicon.mapping(lang, "number_words").items():
            for a in _APOSTROPHES:
                out[k.replace("'", a).replace("’", a).replace("ʼ", a)] = float(v)
    return out


@lru_cache(maxsize=262144)
def numbers(text: str) -> frozenset[float]:
    """The figures a text gives, written in digits ("161,384", "4 912", "2.5") or in words of any of
    the languages linking knows ("nine", "шестеро"), clock times ("02:40") left out."""
    out: set[float] = set()
    for m in _NUM_RE.finditer(text):
        s = m.group()
        if text[m.end() : m.end() + 1] == ":" or (m.start() and text[m.start() - 1] == ":"):
            continue
        if re.fullmatch(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+", s):
            s = re.sub(r"[,\u202f\u00a0 ]", "", s)
        try:
            v = float(s.replace(",", "."))
        except ValueError:
            continue
        if not (v.is_integer() and 1900 <= v <= 2100):  # a year dates the claim; it is not a count
            out.add(_scaled(v, text, m.end()))
    nw = _number_words()
    low = text.lower()
    for m in _WORD_RE.finditer(low):
        w = nw.get(m.group())
        if w is not None:
            out.add(_scaled(w, low, m.end()))
    return frozenset(out)


# a word after a figure that multiplies it ("60 тысяч", "2.5 million", "3,7 тис."), and a half added
# before it ("двух с половиной тысяч", "двох з половиною тисяч"): the figure as a translation gives it
_MULTIPLIER_RE = re.compile(
    r"(?i)(?P<half>\s+(?:с|з|and a)\s+(?:половин\w*|half))?\s*(?P<m>thousands?|millions?|billions?|mln|bn|"
    r"тисяч\w*|тис\b|тысяч\w*|тыс\b|мільйон\w*|миллион\w*|млн\b|мільярд\w*|миллиард\w*|млрд\b)"
)
_SCALE = {"th": 1e3, "ти": 1e3, "ты": 1e3, "mi": 1e6, "ml": 1e6, "мі": 1e6, "ми": 1e6, "мл": 1e6, "bi": 1e9, "bn": 1e9}


def _scaled(v: float, text: str, end: int) -> float:
    m = _MULTIPLIER_RE.match(text, end)
    if not m:
        return v
    word = m.group("m").lower()
    scale = 1e9 if word.startswith(("мільяр", "миллиа", "млрд")) else _SCALE.get(word[:2], 1.0)
    return (v + (0.5 if m.group("half") else 0.0)) * scale


# words that stand between a count or a determiner and the noun of an act without modifying it: a verb's
# helper ("the troops will attack"), or a word that ends the noun phrase ("14 people in attacks")
_NOT_MODIFIER = STOP | {"will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do"}


@lru_cache(maxsize=1)
def _act_count_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns over a lower-cased text: a count (digits, a number word of two or more, a vague
    quantity) before the plural of an act noun; a determiner or "one" before its singular. Up to three
    modifiers may stand between ("14 russian attacks", "a russian armoured assault"); before the
    singular not a plural-looking word, which would be the verb's subject ("the troops attack")."""
    from .. import lexicon

    nouns = lexicon.mapping("en", "act_nouns")
    counts = {label: pattern for pattern, label in lexicon.labelled("en", "act_count_words")}
    numbers_ = [re.escape(w) for w, v in lexicon.mapping("en", "quantity_words").items() if float(v) >= 2]

    def alt(xs: Iterable[str]) -> str:
        return "|".join(sorted(xs, key=len, reverse=True))

    helpers = alt(re.escape(w) for w in _NOT_MODIFIER)
    modifier = rf"(?:(?!(?:{helpers})\b)[a-z][a-z'’-]*\s+)"
    many = re.compile(
        rf"(?<![\w-])(?:(?!(?:19|20)\d\d\b)\d[\d,]*|{alt(numbers_)}|{counts['many']})\s+{modifier}{{0,3}}"
        rf"(?:{alt(re.escape(v) for v in nouns.values())})\b"
    )
    one = re.compile(
        rf"(?<![\w-])(?:{counts['one']})\s+(?:(?![a-z'’-]*s\s)(?!(?:{helpers})\b)[a-z][a-z'’-]*\s+){{0,3}}"
        rf"(?:{alt(re.escape(k) for k in nouns)})(?![\w-])"
    )
    return many, one


@lru_cache(maxsize=262144)
def act_count(text: str) -> int:
    """How many acts of fighting a claim tells by the noun it names them with: 2 for a tally of many ("repelled
    14 attacks over the past day", "dozens of strikes"), 1 for one act ("an assault on the village", "the
    strike"), 0 when its words do not say (a verb alone: "forces attacked the town"; a bare plural: "strikes
    killed six"). A tally wins over a single act named beside it."""
    many, one = _act_count_res()
    low = text.lower()
    if many.search(low):
        return 2
    return 1 if one.search(low) or _bare_one(low) else 0


_WORD_OR_MARK = re.compile(r"[a-z0-9'’-]+|[^\sa-z0-9'’-]")


@lru_cache(maxsize=1)
def _bare_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """The singular of an act noun (not a noun that also names fighting as a mass); what may follow it when
    it heads its phrase (a preposition, an auxiliary, a participle, a mark or the end); the prepositions
    that make a state of it ("under attack"); the prepositions after which it may still head a phrase of
    its own ("killed in attack on the port")."""
    from .. import lexicon

    nouns = lexicon.mapping("en", "act_nouns")
    words = {label: pattern for pattern, label in lexicon.labelled("en", "act_count_words")}
    uncounted = re.compile(rf"(?:{words['uncounted']})")
    singular = sorted([re.escape(k) for k in nouns] + [words["uncounted"]], key=len, reverse=True)
    noun = re.compile(rf"(?<![\w-])(?:{'|'.join(singular)})(?![\w-])")
    after = re.compile(rf"\s*(?:$|[^\w\s-]|(?:{words['head_after']})\b)")
    not_after = re.compile(rf"(?:{words['bare_not_after']})")
    prepositions = frozenset(lexicon.words("en", "place_prepositions")) - {"to", "of", "and"}
    return noun, after, not_after, prepositions, uncounted


def _bare_one(low: str) -> bool:
    """A singular act noun with no determiner that heads its phrase, as a headline writes one act ("assault
    repelled near the town", "russian armoured attack on the port fails", "troops repelled enemy assault near
    the river"). What follows it is a preposition, an auxiliary, a participle, a mark or the end (not a noun
    it modifies: "assault brigade"). The words before it, back to a mark, a verb or participle in -ed, a
    possessive or three modifiers, hold no function word: a pronoun, an auxiliary or "to" make it a verb
    ("they attack near ..."), as does a plural just before it ("troops attack near ..."); a preposition of
    place only when a phrase follows ("killed in attack on the port", not "killed in battle."), never one
    that makes a state of it ("under attack"). A noun that names fighting as a mass ("shelling near the
    town") tells no count."""
    noun, after, not_after, prepositions, uncounted = _bare_res()
    for m in noun.finditer(low):
        nxt = after.match(low, m.end())
        if not nxt or uncounted.fullmatch(m.group(0)):
            continue
        phrase_after = any(c.isalpha() for c in nxt.group(0))
        before = _WORD_OR_MARK.findall(low[max(0, m.start() - 80) : m.start()])[-3:][::-1]
        if _heads_bare(before, phrase_after, not_after, prepositions):
            return True
    return False


def _heads_bare(
    before: list[str], phrase_after: bool, not_after: re.Pattern[str], prepositions: frozenset[str]
) -> bool:
    """Whether the words before a bare singular act noun (nearest first) leave it the head of a phrase of its
    own (``_bare_one``)."""
    for i, w in enumerate(before):
        if not w[0].isalnum():
            return True  # a mark: the phrase starts after it
        if not_after.fullmatch(w):
            return False
        if w in prepositions:
            return phrase_after
        if w in _NOT_MODIFIER:
            return False  # a pronoun, an auxiliary, "to", a determiner's kin: a verb, or counted elsewhere
        if w.endswith(("'s", "’s")) or w.endswith("ed"):
            return True  # a possessive, or a verb or participle before the phrase
        if i == 0 and w.endswith("s"):
            return False  # its subject: "troops attack near ..."
    return True


@lru_cache(maxsize=1)
def _toll_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from .. import lexicon

    def one(name: str) -> re.Pattern[str]:
        pats = [p for lang in ("en", "uk", "ru") for p in lexicon.load(lang, name).items]
        return re.compile("|".join(f"(?:{p})" for p in pats))

    return one("toll_revision"), one("toll_parts")


@lru_cache(maxsize=262144)
def toll_stage(text: str) -> bool:
    """Whether a claim tells a toll as one stage of its revision ("the number of dead has risen to 9", "as of
    13:30, 7 are known to have been killed", "станом на 13:30"; lexicons */toll_revision.json)."""
    return bool(_toll_res()[0].search(text.lower()))


@lru_cache(maxsize=262144)
def toll_part(text: str) -> bool:
    """Whether a claim counts a part of a toll ("among the injured are two children", "серед загиблих двоє
    медиків"; lexicons */toll_parts.json), not the toll."""
    return bool(_toll_res()[1].search(text.lower()))


@lru_cache(maxsize=262144)
def claim_anchors(text: str) -> frozenset[str]:
    """Names (in any script, spelling-insensitive) and figures of one claim: what a translation or
    a heavy rewrite of it keeps."""
    # a figure counts once (as "#v"), not again as the digits strong_anchors keeps
    return frozenset({x for x in strong_anchors(text) if not x[0].isdigit()} | {f"#{v:g}" for v in numbers(text)})


def drop_caches() -> None:
    """Let go of the claims' cached features (content words, figures, anchors, chrome): a stage that has
    taken every claim's features keeps its own, and at a million claims the caches, each full at its
    bound, hold some hundreds of megabytes that the rest of linking does not need."""
    for f in (content, numbers, claim_anchors, is_chrome, act_count, toll_stage, toll_part):
        f.cache_clear()


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """Where and when an article's story happened, by its headline and first paragraphs (``lede_*``),
    and every settlement and day the whole article names (``all_*``): what a copy or a rewrite keeps."""

    lede_places: frozenset[str] = frozenset()
    lede_points: tuple[tuple[float, float], ...] = ()
    lede_days: frozenset[int] = frozenset()
    all_places: frozenset[str] = frozenset()
    all_points: tuple[tuple[float, float], ...] = ()
    all_days: frozenset[int] = frozenset()
    # whether the lede, or the article, names a place only roughly ("near X")
    lede_near: bool = False
    all_near: bool = False


def story_event(rec: ArticleRecord, chars: int = 700) -> StoryEvent:
    """The settlements (by gazetteer id and by name) and the event days (dates of a day, "on" or
    "between") of an article's lede and of the whole article."""
    lede_p, all_p, lede_pt, all_pt = set(), set(), set(), set()
    lede_near = all_near = False
    for p in rec.places:
        if p.feature not in ("settlement", "front"):
            continue
        rough = roughly_placed(rec.article.text, p)
        all_near = all_near or rough
        lede_near = lede_near or (rough and p.start < chars)
        keys = {"name:" + key(p.name)} | ({p.gazetteer_id} if p.gazetteer_id else set())
        pt = (p.lat, p.lon) if p.lat is not None and p.lon is not None else None
        all_p |= keys
        if pt:
            all_pt.add(pt)
        if p.start < chars:
            lede_p |= keys
            if pt:
                lede_pt.add(pt)
    lede_d, all_d = set(), set()
    for d in rec.dates:
        if not d.value or d.granularity not in ("day", "range") or d.relation not in ("on", "between"):
            continue
        got = {_day_number(d.value)} | ({_day_number(d.end_value)} if d.end_value else set())
        all_d |= got
        if d.start < chars:
            lede_d |= got
    return StoryEvent(
        frozenset(lede_p),
        tuple(sorted(lede_pt)),
        frozenset(lede_d - {0}),
        frozenset(all_p),
        tuple(sorted(all_pt)),
        frozenset(all_d - {0}),
        lede_near,
        all_near,
    )


def other_events(a: StoryEvent, b: StoryEvent) -> bool:
    """Whether two articles tell two events, however alike their words: the settlements of each one's
    lede are named nowhere in the other (nor lie near a place it names), or the days each one's lede
    dates its event to are a day or more away from every day the other names. A copy or a rewrite keeps
    the place and the day of the story it retells; an outlet's stock wording for the same kind of
    event at another town or on another day shares phrases and is no derivation. Articles whose ledes
    name no settlement, or no day, are not told apart by it."""

    def away(x: StoryEvent, y: StoryEvent) -> bool:
        if not x.lede_places or not y.all_places or x.lede_places & y.all_places:
            return False
        if not (x.lede_near or y.all_near):
            return True  # each names its own town as where it happened
        return not any(_km(p, q) <= NEARBY_KM for p in x.lede_points for q in y.all_points)

    def later_or_earlier(x: StoryEvent, y: StoryEvent) -> bool:
        if not x.lede_days or not y.all_days:
            return False
        return not any(abs(d - e) <= 1 for d in x.lede_days for e in y.all_days)

    return (away(a, b) and away(b, a)) or (later_or_earlier(a, b) and later_or_earlier(b, a))

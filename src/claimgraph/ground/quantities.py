"""Quantities: every figure with its unit, qualifier and kind.

Digits and words ("seven", "50,000", European "50.000", "1.5 million", "$3bn", "a dozen",
"between three and ten", "five or six", "up to 1,200", "more than 50"); units normalised (square
kilometres / sq km / km2 -> ``km2``; "EUR 3.1 billion" -> ``eur``; "15-kilometre" -> ``km``); a count
takes its unit from the noun it counts (``data/en/count_nouns.json``), from a count noun or figure
before it in the same sentence ("the death toll rose to four", "112 served in the army, 38 in the
navy", "nine of them" after "12 drones"), or from the verb that counts people ("killing two",
"wounding eleven"). Clock times ("16:20", "2:40 a.m."), numeric dates ("24.01.2026"), years, ordinals,
ages in apposition ("Ivan Petrenko, 52,") and words that merely contain a number word ("often",
"written") are not figures."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon as _lexicon
from ..model import Quantity

WORDS = _lexicon.mapping("en", "quantity_words")
COUNT_NOUNS = _lexicon.labelled("en", "count_nouns")
SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "tn": 1e12,
}
_SCALE_WORDS = r"(?:\s+(?:thousand|million|billion|trillion)|\s?(?:bn|mln|mn|tn)|(?<=\d)(?:m|k))(?![\w])"
_VAGUE = _lexicon.mapping("en", "vague_quantity_words")
VAGUE_PLURALS: dict[str, float] = dict(_VAGUE["plurals"])
VAGUE_MULTIPLIERS: dict[str, float] = dict(_VAGUE["multipliers"])
WORD_SCALE = {"hundred": 100.0, "dozen": 12.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT_W = _alt([w for w, v in WORDS.items() if " " not in w and 1 <= v <= 9])
_TEEN_W = _alt([w for w, v in WORDS.items() if " " not in w and 10 <= v <= 19])
_TENS_W = _alt([w for w, v in WORDS.items() if " " not in w and v in (20, 30, 40, 50, 60, 70, 80, 90)])
# one number word below a hundred: "seven", "fifteen", "forty", "twenty-five", "thirty two"
_W1 = rf"(?:(?:{_TENS_W})(?:[-\u2010\u2011][^\S\n]?|[^\S\n])(?:{_UNIT_W})(?![\w-])|(?:{_TEEN_W}|{_TENS_W}|{_UNIT_W}))"
_SC = r"(?:hundred|thousand|million|billion|trillion)"
_GROUP_HEAD = rf"(?:{_W1}|{_alt(list(VAGUE_MULTIPLIERS))}|half[^\S\n]+a|a)"
_GROUP = rf"{_GROUP_HEAD}(?:[^\S\n]+{_SC})+"
# a figure in words: "two hundred", "one hundred and fifty", "a thousand", "half a million", "several
# hundred", "three thousand five hundred", "twenty-five"; "a couple of dozen", "several dozen"
WORD_FIGURE = (
    rf"(?:{_GROUP}(?:(?:,?[^\S\n]+and)?[^\S\n]+(?:{_W1}[^\S\n]+{_SC}(?:[^\S\n]+{_SC})*|{_W1}(?![^\S\n]+{_SC})))*"
    rf"|(?:{_alt(list(VAGUE_MULTIPLIERS))}|a)[^\S\n]+dozen"
    rf"|(?:{_TENS_W})(?:[-\u2010\u2011][^\S\n]?|[^\S\n])(?:{_UNIT_W}))(?![\w-])"
)
# "tens of thousands", "hundreds of thousands", "dozens of": a figure given by its order of magnitude
_VAGUE_CORE = rf"(?:{_alt(list(VAGUE_PLURALS))})(?:[^\S\n]+of[^\S\n]+(?:hundreds|thousands|millions|billions))*"
VAGUE_FIGURE = rf"{_VAGUE_CORE}(?=[^\S\n]+of\b)|dozens|hundreds|thousands|millions"
NUM = (
    rf"(?<![\w.,:/])(?:{WORD_FIGURE}|{VAGUE_FIGURE}|"
    r"\d{1,3},\d{1,2}(?=\s+(?:thousand|million|billion|trillion)\b|\s?(?:bn|mln|mn|tn)\b)"
    r"|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d.,]|\s+(?:thousand|million|billion|trillion))"
    r"|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?|a dozen|"
    + "|".join(sorted((w for w in WORDS if " " not in w), key=len, reverse=True))
    + rf")(?:{_SCALE_WORDS})?"
)
QUAL = (
    r"(?P<qual>about|around|approximately|roughly|some|nearly|almost|close to|at least|more than|over|upwards of|"
    r"up to|at most|less than|fewer than|under|only|just|an estimated|as many as|no fewer than|no more than)"
)
_H = r"[^\S\n]"  # a space within the line: a figure never runs into the next line
FIG_RE = re.compile(
    rf"(?:(?<![\w-]){QUAL}{_H}+)?(?:between{_H}+(?P<lo>{NUM}){_H}+and{_H}+(?P<hi>{NUM})"
    rf"|(?P<a>{NUM})(?:{_H}*(?:-|\u2013|to){_H}*(?P<b>{NUM})|{_H}+or{_H}+(?P<c>{NUM}))?)(?![\w])",
    re.I,
)

MEASURES = [
    (r"square (?:kilomet(?:re|er)s?|km)|sq\.? ?km|km\u00b2|km2", "km2", "area"),
    (r"square miles?|sq\.? ?mi", "mi2", "area"),
    (r"square met(?:re|er)s?|sq\.? ?m|m\u00b2|m2", "m2", "area"),
    (r"hectares?", "ha", "area"),
    (r"kilomet(?:re|er)s?|km", "km", "distance"),
    (r"miles?", "mi", "distance"),
    (r"met(?:re|er)s?", "m", "distance"),
    (r"(?:metric )?tonnes?|(?:metric )?tons?", "tonne", "other"),
    (r"years?", "year", "duration"),
    (r"months?", "month", "duration"),
    (r"weeks?", "week", "duration"),
    (r"days?", "day", "duration"),
    (r"hours?", "hour", "duration"),
    (r"minutes?", "minute", "duration"),
]
CURRENCY_AFTER = [
    (r"(?:us |american )?dollars?", "usd"),
    (r"euros?", "eur"),
    (r"hryvni?as?|hryvnya", "uah"),
    (r"roubles?|rubles?", "rub"),
    (r"(?:swiss )?francs?", "chf"),
]
# a currency sign or ISO code before the figure: "$5", "US$ 2m", "EUR 3.1 billion", "UAH 212 billion"
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<usd>US\$|\$|\bUSD)|(?P<eur>\u20ac|\bEUR)|(?P<uah>\u20b4|\bUAH)|(?P<rub>\u20bd|\bRUB))[^\S\n]?$"
)
MEASURE_RES = [(re.compile(rf"{_H}*(?:{p})\b", re.I), u, k) for p, u, k in MEASURES]
CURRENCY_RES = [(re.compile(rf"{_H}*(?:{p})\b", re.I), u) for p, u in CURRENCY_AFTER]
# the noun counted, with up to two words before it ("seven armoured vehicles", "757 fallen defenders")
# words that end a noun phrase's modifiers: a count noun after one of them is not what the figure counts
_FUNCTION = (
    r"(?:of|in|on|at|to|for|from|with|by|and|or|but|including|among|near|into|across|after|before|"
    r"were|was|are|is|had|have|has|been|the|a|an)"
)
COUNT_RES = [
    (re.compile(rf"{_H}+(?:(?!{_FUNCTION}\b)[A-Za-z][\w-]*{_H}+){{0,2}}?(?:{p})\b", re.I), u) for p, u in COUNT_NOUNS
]
COUNT_WORD_RES = [(re.compile(rf"\b(?:{p})\b", re.I), u) for p, u in COUNT_NOUNS]
# a nationality or ethnic plural counts people ("205 Ukrainians", "600 mobilised Bashkirs")
DEMONYM_RE = re.compile(rf"{_H}+(?:[a-z-]+{_H}+)?[A-Z][a-z]+(?:ians|ans|ens|irs|iks|aks|zes|ese|is)\b")
# a hyphenated measure before a noun: "a 15-kilometre zone", "a 150-square-metre roof", "a four-man team"
HYPHEN_RE = re.compile(r"-((?:[a-z]+-){0,2}[a-z]+)\b")
PERSON_COMPOUND = {"man", "men", "member", "strong", "person", "people", "woman"}
OF_RE = re.compile(
    rf"{_H}+of{_H}+(?:(?P<pron>them|those|these|us|you|whom)\b|(?:(?:the|its|their|these|those){_H}+(?:[\w-]+'s{_H}+)?|(?=\d))(?P<noun>[\w-]+(?:{_H}+[\w-]+){{0,2}}))",
    re.I,
)
# "dozens of farmers", "hundreds of drones": an indefinite round number counts the bare noun after "of"
BARE_OF_RE = re.compile(rf"{_H}+of{_H}+((?:[\w-]+{_H}+){{0,2}}?[a-z][\w-]*)\b")
# verbs whose object or subject is a count of people: "killing two", "wounding eleven", "kills one"
PERSON_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|"
    r"evacuat(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|detain(?:s|ed|ing)?|arrest(?:s|ed|ing)?|"
    r"captur(?:e|es|ed|ing)|free(?:s|d|ing)?|releas(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|"
    r"(?:risen|rose|rises|rising|climbed|climbs|reached|reaches)\s+to)"
    r"(?:\s+(?:at least|more than|about|around|some|another|up to|nearly|almost))?\s*$",
    re.I,
)
PERSON_VERB_AFTER = re.compile(
    r"^\s+(?:more\s+|others?\s+|of them\s+)?"
    r"(?:(?:were|was|are|is|have been|has been|had been|had|have|got|remain|remained|remains)\s+(?:still\s+)?)?"
    r"(?:killed|wounded|injured|hurt|dead|died|missing|hospitali[sz]ed|taken prisoner|captured|evacuated|rescued|"
    # the state of the wounded: "Nine more are in hospital", "two of them in a grave condition", "Two were on
    # ventilators"
    r"in (?:the )?(?:hospital|intensive care)|in (?:a )?(?:critical|serious|grave|severe|stable|satisfactory) "
    r"condition|on (?:a )?ventilators?|on life support|being treated|receiving treatment)\b",
    re.I,
)
TOLL_RE = re.compile(r"\b(?:death )?toll\b|\bnumber of (?:dead|people|victims|casualties)\b", re.I)
# a plural noun after a figure ("nine locations"): the figure counts it, even if it is not a known unit
PLURAL_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?!(?:as|is|was|has|does|this|its|his|us|thus|less|plus|across|unless|perhaps)\b)[a-z]+s\b"
)
COUNT_UNITS = ("drone", "vehicle", "settlement", "person", "missile")
# the plural head a singular noun modifies in a compound ("drone attacks", "missile strikes")
COMPOUND_HEAD = re.compile(
    r"[^\S\n]+(?!(?:is|was|has|does|this|its|his|us|thus|less|plus|across|unless|perhaps|as)\b)([a-z]{3,}s)\b"
)
# "a population of about 710,000": people
POPULATION_RE = re.compile(r"\bpopulations?\b(?:\W+\w+){0,4}\W*$", re.I)
# "At least two more", "three more" with no noun: the unit of the figure before it
MORE_AFTER = re.compile(r"[^\S\n]+more\b(?![^\S\n]+(?!(?:was|has|does|is|goes)\b)[a-z]+s\b)", re.I)
# a change, not a range: "fell from around 20 to eight"
FROM_BEFORE = re.compile(r"\bfrom[^\S\n]+$", re.I)
CHANGE_VERB = re.compile(
    r"\b(?:f[ae]ll|fallen|falls|rose|risen|rises|increas|decreas|dropp|drops|grew|grown|grows|climb|declin|jump|"
    r"shr[au]nk|doubl|tripl|reduc|cut|went up|went down|gone up|gone down)\w*(?:\W+\w+){0,6}\W*$",
    re.I,
)

# the patterns of _num and _not_a_figure, compiled once (they run for every figure found)
_SCALE_END = re.compile(r"(?:\s+|(?<=\d)\s?)(thousand|million|billion|trillion|bn|mln|mn|tn|m|k)$")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")
_GROUPING = re.compile(r"[,\u00a0\u202f]")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_LETTER_HYPHEN_END = re.compile(r"[A-Za-z]-$")
_CLOCK_OR_DATE_AFTER = re.compile(r"[:/]\d|\.\d{1,2}\.\d")
_CLOCK_OR_DATE_BEFORE = re.compile(r"\d[:/.]$")
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs\b|o'clock)", re.I)


_WORD_FIGURE_RE = re.compile(rf"(?:{WORD_FIGURE}|{_VAGUE_CORE})", re.I)
_TOKEN_RE = re.compile(r"a few|a couple(?: of)?|half a|[a-z]+")


def _words_value(s: str) -> float | None:
    """The value of a figure in words ("two hundred and fifty", "half a million", "tens of thousands",
    "several hundred"), or None when ``s`` is not one."""
    if not _WORD_FIGURE_RE.fullmatch(s):
        return None
    toks = [t for t in _TOKEN_RE.findall(s.replace("-", " ").replace("\u2010", " ").replace("\u2011", " "))]
    if toks and toks[0] in VAGUE_PLURALS:
        # "tens of thousands": the order of magnitude of the first word times the scale of each after it
        value = float(VAGUE_PLURALS[toks[0]])
        for t in toks[1:]:
            if t != "of":
                value *= WORD_SCALE.get(t.rstrip("s"), 1.0)
        return value
    total, cur = 0.0, 0.0
    for t in toks:
        if t == "and":
            continue
        if t in VAGUE_MULTIPLIERS:
            cur += float(VAGUE_MULTIPLIERS[t])
        elif t in ("a", "half a"):
            cur += 1.0 if t == "a" else 0.5
        elif t == "hundred" or t == "dozen":
            cur = (cur or 1.0) * WORD_SCALE[t]
        elif t in WORD_SCALE:
            total += (cur or 1.0) * WORD_SCALE[t]
            cur = 0.0
        elif t in WORDS:
            cur += float(WORDS[t])
        else:
            return None
    return total + cur


def _vague(s: str) -> bool:
    """A figure given by its order of magnitude ("hundreds of", "several thousand", "dozens")."""
    toks = _TOKEN_RE.findall((s or "").lower())
    return bool(toks) and (toks[0] in VAGUE_PLURALS or toks[0] in VAGUE_MULTIPLIERS)


def _num(s: str) -> float | None:
    s = s.strip().lower()
    if s and s[0].isalpha():
        w = _words_value(s)
        if w is not None:
            return w
    scale = 1.0
    m = _SCALE_END.search(s)
    if m:
        s, scale = s[: m.start()].strip(), SCALE[m.group(1)]
    if s in WORDS:
        return WORDS[s] * scale
    if _DOT_THOUSANDS.fullmatch(s) and scale == 1.0:
        s = s.replace(".", "")  # European thousands: "50.000"
    if _COMMA_DECIMAL.fullmatch(s) and scale > 1.0:
        s = s.replace(",", ".")  # a decimal comma before a scale word: "4,5 million"
    s = _GROUPING.sub("", s)
    try:
        return float(s) * scale
    except ValueError:
        return None


def _has_scale(s: str | None) -> float:
    m = _SCALE_END.search((s or "").lower())
    return SCALE[m.group(1)] if m else 1.0


def _qualifier(q: str | None, ranged: bool, vague: bool = False) -> str:
    if ranged:
        return "range"
    q = (q or "").lower()
    if not q and vague:
        return "approx"
    if q in ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated"):
        return "approx"
    if q in ("at least", "more than", "over", "upwards of", "as many as", "no fewer than"):
        return "at_least" if q != "as many as" else "at_most"
    if q in ("up to", "at most", "less than", "fewer than", "under", "no more than"):
        return "at_most"
    return "exact"


def _count_unit(words: str) -> str | None:
    """The unit of the count noun that ends ``words`` (the head of a noun phrase), if it is one."""
    for rx, u in COUNT_WORD_RES:
        ends = [m.end() for m in rx.finditer(words)]
        if ends and ends[-1] == len(words.rstrip()):
            return u
    return None


# nouns a number names an item of, not a count of: "route 8", "Channel 7", "Article 5", "flight 752",
# "Phase 2", with a list of such numbers after one plural noun ("routes 8, 21 and 40")
LABEL_BEFORE = re.compile(
    r"\b(?:routes?|lines?|channels?|flights?|articles?|sections?|paragraphs?|clauses?|chapters?|pages?|"
    r"platforms?|gates?|terminals?|rooms?|flats?|apartments?|highways?|motorways?|roads?|trams?|"
    r"trolleybus(?:es)?|decrees?|resolutions?|protocols?|phases?|stages?|levels?|categor(?:y|ies)|grades?|"
    r"reactors?|power units?|berths?|piers?|no\.|nos\.|numbers?)[^\S\n]+(?:\d+[a-z]?[^\S\n]*(?:,|and|or|&)[^\S\n]*)*$",
    re.I,
)


def _not_a_figure(text: str, raw: str, start: int, end: int, after: str) -> bool:
    """Ordinals, clock times, numeric dates, years, parts of names, code words in quotation marks."""
    before = text[max(0, start - 12) : start]
    if _ORDINAL_AFTER.match(after) or _LETTER_HYPHEN_END.search(text[max(0, start - 2) : start]):
        return True
    # clock times and numeric dates: "16:20", "2:40 a.m.", "24.01.2026", "3/4"
    if _CLOCK_OR_DATE_AFTER.match(text[end : end + 4]) or _CLOCK_OR_DATE_BEFORE.search(before):
        return True
    if _TIME_OF_DAY_AFTER.match(after):
        return True
    if re.fullmatch(r"\d{1,2}\.\d{2}", raw) and re.match(r"\.\d{4}", text[end : end + 5]):
        return True
    # years: a four-digit year counts nothing unless a measure follows ("1941 tonnes" is rare but a figure)
    if re.fullmatch(r"(?:1[89]|20)\d{2}", raw) and not any(rx.match(text, end) for rx, _, _ in MEASURE_RES):
        if not any(rx.match(text, end) for rx, _ in COUNT_RES):
            return True
    if re.search(
        r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)$", before.lower()
    ) or re.match(
        r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", after
    ):
        return True
    # a note marker ("advanced into the village.[3]"): a bracketed numeral attached to the text before it
    if text[start - 1 : start] == "[" and text[end : end + 1] == "]" and not text[start - 2 : start - 1].isspace():
        return True
    # a number that labels rather than counts: "routes 8, 21 and 40", "told Channel 7", "Article 5"
    if LABEL_BEFORE.search(text, max(0, start - 40), start) and not any(
        rx.match(text, end) for rx, _, _ in MEASURE_RES
    ):
        return True
    # a number alone in quotation marks is a code word ("cargo 200"), not a count
    if re.search(r"[\"\u201c\u00ab]$", before) and re.match(r"[\"\u201d\u00bb]", after):
        return True
    return False


def find_quantities(
    text: str, start: int, end: int, skip: list[tuple[int, int]], last_unit: list[str]
) -> list[Quantity]:
    """The figures in text[start:end] (one sentence or unit). ``last_unit``: the count units seen so
    far in this unit, which a bare figure or "N of them" borrows."""
    out = []
    sent_units: list[str] = []  # the count units of this sentence, which a bare figure borrows
    pos = start
    while True:
        found = FIG_RE.search(text, pos, end)
        if found is None:
            break
        m = found
        if m.group("b") and FROM_BEFORE.search(text, max(start, m.start() - 6), m.start()):
            a, b = _num(m.group("a")), _num(m.group("b"))
            if a is not None and b is not None and (b < a or CHANGE_VERB.search(text, start, m.start() - 5)):
                # "fell from around 20 to eight": two figures, the one before and the one after
                m = FIG_RE.match(text, m.start(), m.end("a")) or m
        pos = max(m.end(), pos + 1)
        s, e = m.start(), m.end()
        if any(a <= m.start("lo" if m.group("lo") else "a") < b for a, b in skip):
            continue
        lo_raw = m.group("lo") or m.group("a")
        hi_raw = m.group("hi") or m.group("b") or m.group("c")
        lo = _num(lo_raw)
        hi = _num(hi_raw) if hi_raw else None
        if lo is None:
            continue
        if hi is not None:
            # "between 2 and 3 billion": the scale of the upper figure is the lower one's too
            f = _has_scale(hi_raw)
            if f > 1 and _has_scale(lo_raw) == 1.0:
                lo *= f
            if m.group("c") and hi <= lo:
                hi = None  # "two or one": no range
        raw = lo_raw.lower()
        after = text[e : e + 60]
        if _not_a_figure(text, raw, m.start("lo" if m.group("lo") else "a"), e, after):
            continue
        if raw in ("one", "a dozen") and raw == "one" and re.match(r"\s+of\b", after):
            continue
        # "no one was hurt", "every one of us": a pronoun, not a count
        if raw == "one" and re.search(r"\b(?:no|every|any|some|not a single)[^\S\n]+$", text[max(0, s - 18) : s], re.I):
            continue
        # "one in five": a proportion, not a count
        if re.match(r"\s+in\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", after, re.I) and raw in (
            "one",
            "1",
        ):
            continue
        if re.search(r"\bone\s+in\s*$", text[max(0, s - 8) : s], re.I):
            continue
        sent_before = text[start:s]
        person_after = bool(PERSON_VERB_AFTER.match(after))
        person_verb = bool(PERSON_VERB_BEFORE.search(sent_before)) or person_after
        if raw == "one" and not (
            re.match(
                r"\s+(?:\w+\s+)?(?:person|soldier|drone|village|civilian|man|woman|vehicle|tank|child)", after, re.I
            )
            or person_verb
        ):
            continue
        # an age in apposition: "Oleh Martyniuk, 41, a former engineer"
        if re.search(r"[A-Z][a-z]+,\s*$", sent_before) and re.match(r",", after) and lo < 120 and hi is None:
            out.append(Quantity("", text[s:e], s, e, lo, "year", None, "exact", "duration"))
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
        money = CURRENCY_BEFORE.search(text[max(start, s - 5) : s])
        if money:
            unit, kind = next(k for k, v in money.groupdict().items() if v), "money"
            s = max(start, s - 5) + money.start()
        if unit is None:
            # "millions of dollars": a figure of magnitude reaches its currency across "of"
            of_at = re.match(rf"{_H}+of(?={_H})", text[e : e + 5]) if _vague(raw) else None
            for rx, u in CURRENCY_RES:
                um = rx.match(text, e + (of_at.end() if of_at else 0))
                if um:
                    unit, kind, uend = u, "money", um.end()
                    break
        if unit is None and text[e : e + 1] == "-":
            hm = HYPHEN_RE.match(text, e)
            if hm:
                words = hm.group(1).replace("-", " ")
                for rx, u, k in MEASURE_RES:
                    # "15-kilometre", "150-square-metre", "41-year-old" (an age), "two-day-long"
                    if rx.match(words):
                        unit, kind, uend = u, k, hm.end()
                        break
                if unit is None and words.split()[0] in PERSON_COMPOUND:
                    unit, kind, uend = "person", "count", hm.end()
                if unit is None:
                    unit, kind, uend = "item", "count", hm.end()
        if unit is None:
            for rx, u, k in MEASURE_RES:
                um = rx.match(text, e)
                if um:
                    unit, kind, uend = u, k, um.end()
                    break
        if unit is None:
            for rx, u in COUNT_RES:
                um = rx.match(text, e)
                if um and "\n" not in um.group():
                    unit, kind, uend = u, "count", um.end()
                    chead = COMPOUND_HEAD.match(text, um.end())
                    if chead and (lo != 1 or hi is not None) and not um.group().rstrip().lower().endswith("s"):
                        # "19 drone attacks": the singular noun is a modifier; the plural after it is counted
                        unit = _count_unit(chead.group(1)) or "item"
                        uend = chead.end()
                    break
        if unit is None:
            dm = DEMONYM_RE.match(text, e)
            if dm:
                unit, kind, uend = "person", "count", dm.end()
        if unit is None and _vague(raw):
            bm = BARE_OF_RE.match(text, e)
            cu = _count_unit(bm.group(1)) if bm else None
            if bm and cu:
                unit, kind, uend = cu, "count", bm.end()
        if unit is None:
            om = OF_RE.match(text, e)
            if om:
                noun = om.group("noun") or ""
                if om.group("pron") and om.group("pron").lower() in ("us", "you", "whom"):
                    unit = "person"
                elif noun:
                    # "91 of the 112 drones": the unit of the noun; the figure inside is its own quantity
                    head = re.sub(r"^[\d,.]+\s+", "", noun)
                    unit = next((u for rx, u in COUNT_RES if rx.match(" " + head)), None)
                if unit is None and (sent_units or last_unit):
                    unit = "person" if person_verb else (sent_units or last_unit)[-1]
                if unit is not None:
                    kind = "count"
                    # "nine of the drones" is one figure; "91 of the 112 drones" leaves "112 drones" its own
                    uend = e if re.match(r"\d", noun) else om.end()
            elif (
                re.search(r"\bthe other\s*$|\bother\s*$", text[max(0, s - 12) : s])
                and (sent_units or last_unit)
                and not re.match(r"\s+[a-z]", after)
            ):
                unit, kind = (sent_units or last_unit)[-1], "count"
        others = re.match(r"\s+others?\b", after, re.I)
        if unit is None and others and (sent_units or last_unit):
            unit, kind, uend = (sent_units or last_unit)[-1], "count", e + others.end()
        more = MORE_AFTER.match(text, e)
        if unit is None and more and (sent_units or last_unit):
            unit, kind, uend = "person" if person_verb else (sent_units or last_unit)[-1], "count", more.end()
        if unit is None and POPULATION_RE.search(text[max(start, s - 40) : s]) and not PLURAL_AFTER.match(after):
            unit, kind = "person", "count"
        if unit is None and person_verb and (person_after or not PLURAL_AFTER.match(after)):
            unit, kind = "person", "count"
        if unit is None and not PLURAL_AFTER.match(after):
            # a bare figure takes the unit of a count noun or figure before it in the sentence
            if sent_units:
                unit, kind = sent_units[-1], "count"
            elif TOLL_RE.search(sent_before):
                unit, kind = "person", "count"
            else:
                for w in reversed(re.findall(r"[A-Za-z-]+", sent_before)[-12:]):
                    cu = _count_unit(w)
                    if cu:
                        unit, kind = cu, "count"
                        break
        if unit is None:
            unit, kind = "item", "count"
            um = PLURAL_AFTER.match(after)
            if um:
                uend = e + um.end()
        if re.search(r"\bthe other\s*$", text[max(0, s - 12) : s]):
            s = text.rfind("the other", max(0, s - 12), s)
        if unit in COUNT_UNITS:
            last_unit.append(unit)
            sent_units.append(unit)
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
                _qualifier(q, hi is not None, _vague(raw)),
                kind,
            )
        )
    # "rise from 55 to about 80 interceptors": the figure a change starts from counts what the one it
    # reaches counts
    for q0, q1 in zip(out, out[1:], strict=False):
        if (
            q0.unit == "item"
            and q0.kind == q1.kind == "count"
            and q1.unit != "item"
            and FROM_BEFORE.search(text, max(start, q0.start - 6), q0.start)
            and re.fullmatch(rf"{_H}+to{_H}+", text[q0.end : q1.start])
        ):
            q0.unit = q1.unit
    return out


def quantities_in(text: str, spans: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """The figures inside ``spans`` (in order; a bare count borrows the unit of a figure before it in the
    same span), leaving out those that start inside ``skip`` (dates), with ids ``n1``, ``n2``, ..."""
    last_unit: list[str] = []
    out: list[Quantity] = []
    for start, end in spans:
        for q in find_quantities(text, start, end, list(skip), last_unit):
            q.id = f"n{len(out) + 1}"
            out.append(q)
    return out

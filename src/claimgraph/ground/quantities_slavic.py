"""Figures of Ukrainian and Russian news with their units: digits ("57 вибухів", "3,7 тис. абонентів",
"150 кв. м") and words ("сім сіл", "шести поранених", "понад 50 тисяч"), each with the qualifier the words
before it give (понад, щонайменше -> at_least; близько -> approx; до -> at_most) and a range ("від 3 до 5",
"3-5").

The unit is the dictionary form of the noun the figure counts, adjectives between skipped ("126 ударними
БпЛА" -> drone); a figure right before a predicate of harm counts people ("6 поранено"); a collective
numeral alone counts people ("шестеро"); a bare figure after a partitive ("з них 98") takes the unit of the
figure before it. Figures inside dates and times, ordinals and model names ("Су-34") are not quantities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Quantity
from .morph import adjective_lemma, has, lemma, lemmas, lex, norm, parses, word_forms

NUM = r"\d{1,3}(?:[  ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
TIMES_OF_DAY = {"uk": {"ніч", "ранок", "день", "вечір"}, "ru": {"ночь", "утро", "день", "вечер"}}
WORD_RE = re.compile(r"\d+|[^\W\d][\w'’ʼ²-]*|\S")


@lru_cache(maxsize=2)
def numeral_forms(lang: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for w, v in lex(lang, "numerals").items():
        for f in word_forms(w, lang, "NUMR") | {norm(w)}:
            out.setdefault(f, float(v))
            out.setdefault(f.replace("ё", "е"), float(v))  # "трех" written without the diaeresis
    return out


@lru_cache(maxsize=2)
def multiplier_forms(lang: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for w, v in lex(lang, "multipliers").items():
        for f in word_forms(w, lang) | {w}:
            out.setdefault(f, float(v))
    return out


@lru_cache(maxsize=2)
def collective_forms(lang: str) -> frozenset[str]:
    return frozenset(f for w in lex(lang, "collective_numerals") for f in word_forms(w, lang, "NUMR") | {w})


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _unit(words: list[tuple[str, int, int]], i: int, lang: str) -> tuple[str, str, int] | None:
    """(unit, kind, end offset) from the words after a figure, or None when no noun follows."""
    units = lex(lang, "units")
    casualty = set(lex(lang, "casualty_predicates"))
    j = i
    skipped = 0
    while j < len(words) and skipped <= 3:
        w = words[j][0]
        lw = norm(w)
        if lw in ("кв", "квадратних", "квадратний", "квадратных", "квадратный") and j + 1 < len(words):
            k = j + 1
            if words[k][0] == ".":
                k += 1
            if k < len(words):
                nxt = lemma(words[k][0], lang)
                if nxt in ("м", "метр") or norm(words[k][0]) == "м":
                    return "m2", "area", words[k][2]
                if nxt in ("км", "кілометр", "километр"):
                    return "km2", "area", words[k][2]
        if lw in ("із", "з", "зі", "из") and j + 1 < len(words) and j == i:
            nxt = norm(words[j + 1][0])
            if nxt.isdigit() or nxt in numeral_forms(lang):
                j += 2  # "11 із 15 «шахедів»", "9 из 12 беспилотников": the noun after the whole
                continue
            whole = _unit(words, j + 1, lang) if re.match(r"[^\W\d]", words[j + 1][0]) else None
            if whole is not None and whole[0] != "item":
                return whole  # "57 из погибших", "троє з поранених": a part of the people named
        if w in '«"„“' and j + 1 < len(words):
            j += 1  # "15 «шахедів»": a noun in quotation marks
            continue
        if lw in units:
            u = units[lw]
            return u[0], u[1], words[j][2]
        if any(units.get(x, ("",))[0] == "hour" for x in lemmas(w, lang)) and (
            j + 1 < len(words) and lemmas(words[j + 1][0], lang) & TIMES_OF_DAY[lang]
        ):
            return None  # "о 3 годині ночі", "в 2 часа ночи": a time of day, not a duration
        if not re.match(r"\w", w):
            if w == "%":
                return "percent", "other", words[j][2]
            return None
        ls = [p[0] for p in parses(w, lang)]
        if "-" in w and not any(x in units for x in ls):
            ls += [p[0] for p in parses(w.split("-")[0], lang)]  # "дронів-камікадзе", "дронов-камикадзе"
        two = None
        if j + 1 < len(words) and ls:
            nxt = lemma(words[j + 1][0], lang)
            two = f"{ls[0]} {nxt}"
            adj = adjective_lemma(w, lang)
            if two not in units and adj and f"{adj} {nxt}" in units:
                two = f"{adj} {nxt}"  # "населённых пунктов": a participle's lemma is its verb's
        if two and two in units:
            return units[two][0], units[two][1], words[j + 1][2]
        if any(tag for _l, tag in parses(w, lang) if "VERB" in tag) and any(x in casualty for x in ls):
            return "person", "count", words[j][2]
        hit = next((x for x in ls if x in units), None)
        if hit:
            return units[hit][0], units[hit][1], words[j][2]
        if (has(w, lang, "ADJF") or has(w, lang, "PRTF")) and (
            j + 1 >= len(words) or not re.match(r"\w", words[j + 1][0]) or words[j + 1][0].isdigit()
        ):
            # a substantivised adjective ends the phrase ("150 поранених."): its own lemma, else items
            return "item", "count", words[j][2]
        if has(w, lang, "ADJF") or has(w, lang, "PRTF"):
            skipped += 1
            j += 1
            continue
        if has(w, lang, "NOUN") and not has(w, lang, "PREP") and not finite(w, lang):
            first = parses(w, lang)[0]
            if (
                {"NOUN", "anim"} <= first[1]
                and not first[1] & {"Name", "Surn", "Patr"}
                and first[0] not in lex(lang, "animals")
            ):
                return "person", "count", words[j][2]  # "двох працівників", "трех сотрудников": people
            return "item", "count", words[j][2]
        return None
    return None


def finite(word: str, lang: str) -> bool:
    """Whether the likeliest reading is a verb in a tense ("618 были мобилизованы": no noun after the
    figure; "дві керовані бомби" is read as a noun though an imperative is likelier)."""
    ps = parses(word, lang)
    return bool(ps) and "VERB" in ps[0][1] and bool(ps[0][1] & {"past", "pres", "futr"})


PART_OF_WHOLE = re.compile(r"\s+(?:з|із|зі|из)\s+\d")
COUNT_NOUNS = r"кількість|чисельність|число|количество|численность"
WHOLE = re.compile(r"(?i)(?<!\w)(?:из|з|із|зі|среди|серед)\s+$")


def _whole_before(text: str, start: int, found: list[Quantity]) -> Quantity | None:
    """The whole a sentence opened with ("Из 400 погибших …", "З 30 поранених …"): a later bare figure of
    the same sentence counts a part of it, in its unit."""
    for q in reversed(found):
        if re.search(r"[.!?]\s", text[q.end : start]):
            return None
        if WHOLE.search(text[max(0, q.start - 8) : q.start]):
            return q if q.unit != "item" else None
    return None


def _counted_noun(text: str, start: int, lang: str) -> tuple[str, str] | None:
    """The unit of "кількість X" / "число X" earlier in the sentence, for a figure with no noun of its own."""
    sent = re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1]
    found = list(re.finditer(rf"(?i)(?<!\w)(?:{COUNT_NOUNS})\s+((?:[^\W\d]\w*\s+){{0,2}}?[^\W\d][\w'’]*)", sent))
    m = found[-1] if found else None
    if m is None:
        return None
    words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"[^\W\d][\w'’-]*", m.group(1))]
    got = _unit(words, 0, lang)
    return (got[0], got[1]) if got and got[0] != "item" else None


def _harmed_before(text: str, start: int, lang: str) -> bool:
    """Whether a predicate of harm ("ранены", "поранено", "загинули") stands right before a figure."""
    m = re.search(r"([^\W\d][\w'’]*)\s+(?:ще\s+|еще\s+|ещё\s+)?$", text[max(0, start - 30) : start])
    if not m:
        return False
    casualty = set(lex(lang, "casualty_predicates"))
    return any(lem in casualty for lem in lemmas(m.group(1), lang))


# verbs of change to a figure ("зросла до 12", "возросло до 40": the figure reached, not at most) and of
# passing one ("превысило 400", "перевищила 50": more than it)
CHANGE_TO = {
    "зрости", "зрослий", "зростати", "збільшитися", "збільшуватися", "скоротитися", "зменшитися", "знизитися", "сягнути",
    "возрасти", "вырасти", "увеличиться", "сократиться", "снизиться", "уменьшиться", "дойти", "дорасти",
}  # fmt: skip
PASSING = {"перевищити", "перевищувати", "перевалити", "превысить", "превышать", "перевалить"}


# the word before a number that names an item of a list, not a figure ("статті 438", "пункт 3", "№ 12")
LABEL_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:стат(?:т|ь)(?:я|і|ею|и|е|ей|ю)|ст\.|частин(?:а|и|і|у|ою)|ч\.|пункт(?:а|у|і|е|ом)?|п\.|№|номер(?:а|у|і|е|ом)?)\s*$"
)


def _qualifier(text: str, start: int, lang: str) -> tuple[str, int]:
    before = text[max(0, start - 30) : start].lower()
    for phrase, q in sorted(lex(lang, "qualifiers"), key=lambda x: -len(x[0])):
        # "приблизно за 600 метрів", "примерно в 600 метрах": a preposition may stand between
        m = re.search(rf"(?<!\w){re.escape(phrase)}\s+(?:(?:за|на|в|у|во|через)\s+)?$", before)
        if m:
            verb = re.search(r"([^\W\d]+)\s*$", before[: m.start()])
            if q == "at_most" and phrase == "до" and verb and lemma(verb.group(1), lang) in CHANGE_TO:
                return "exact", start - (len(before) - m.start())
            if q == "at_most" and phrase == "до" and _change_elided(text, start - (len(before) - m.start()), lang):
                return "exact", start - (len(before) - m.start())
            return q, start - (len(before) - m.start())
    verb = re.search(r"([^\W\d]+)\s+$", before)
    if verb and lemma(verb.group(1), lang) in PASSING:
        return "at_least", start
    return "exact", start


def _change_elided(text: str, at: int, lang: str) -> bool:
    """Whether "до" at ``at`` follows a dash that leaves out a verb of change told before it in the sentence
    ("зросла до 9, поранених — до 31", "выросло до 7, раненых — до 20"): the figure reached, as the first."""
    head = text[max(0, at - 120) : at]
    if not re.search(r"[—–]\s*$", head):
        return False
    head = re.split(r"[.!?]\s", head)[-1]
    return any(lemma(m.group(1), lang) in CHANGE_TO for m in re.finditer(r"([^\W\d][\w'’]*)\s+до\s", head))


def extract_quantities(text: str, lang: str, taken: list[tuple[int, int]] | None = None) -> list[Quantity]:
    words = _words(text)
    nums = numeral_forms(lang)
    mult = multiplier_forms(lang)
    coll = collective_forms(lang)
    partitive = lex(lang, "partitives")
    taken = taken or []
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        w, s, e = words[i]
        value: float | None = None
        range_max: float | None = None
        j = i + 1
        lw = norm(w)
        if re.fullmatch(r"\d+", w):
            # digits with a thousands space or a decimal comma ("2,4", "12 500")
            m = re.match(NUM, text[s:])
            if m:
                value = float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", "."))
                e = s + len(m.group())
                while j < len(words) and words[j][1] < e:
                    j += 1
            prev = text[max(0, s - 1) : s]
            nxt = text[e : e + 1]
            if prev in ("-", "–") and s > 1 and text[s - 2].isalpha() or nxt == "-" and text[e + 1 : e + 2].isalpha():
                i = j  # "Су-34", "47-ма бригада"
                continue
        elif "-" in lw and all(x in nums for x in lw.split("-")) and len(lw.split("-")) == 2:
            # "двоє-троє піхотинців", "пять-шесть человек": a range in words
            lo_, hi_ = (nums[x] for x in lw.split("-"))
            value, range_max = lo_, hi_
        elif lw in nums:
            value = nums[lw]
            # compound numerals: "двадцять п'ять", "сто сорок"
            while j < len(words) and norm(words[j][0]) in nums and nums[norm(words[j][0])] < value:
                value += nums[norm(words[j][0])]
                e = words[j][2]
                j += 1
        elif (
            lw in mult
            and len(lw) > 4
            and (
                _qualifier(text, s, lang)[0] != "exact"
                or not any("plur" in t for _l, t in parses(w, lang) if "NOUN" in t)
            )
        ):
            # "близько сотні авіабомб", "около тысячи человек", "уничтожили сотню дронов": one hundred, one
            # thousand (not "сотні людей", "тысячи беженцев": hundreds, thousands)
            value = mult[lw]
        if value is None or any(a <= s < b for a, b in taken):
            i += 1
            continue
        if (
            lw in nums
            and nums[lw] == 1
            and (
                (j < len(words) and norm(words[j][0]) in ("з", "із", "зі", "из", "изо"))
                or re.search(r"(?i)(?<!\w)(?:ще|ещё|еще)\s+$", text[max(0, s - 6) : s])
            )
        ):
            i = j  # "Одна з медсестер", "один из раненых", "Ещё одна пострадавшая": one of them, another; no figure
            continue
        if re.fullmatch(r"\d+", w) and LABEL_BEFORE.search(text, max(0, s - 12), s):
            i = j  # "по статье 438", "частини 2 статті 438", "№ 5": a number that names, no figure
            continue
        if (
            lw in nums
            and j + 1 < len(words)
            and norm(words[j][0]) in ("с", "з", "із")
            and norm(words[j + 1][0]) in ("половиной", "половиною")
        ):
            value += 0.5  # "двух с половиной тысяч", "дві з половиною тисячі"
            e = words[j + 1][2]
            j += 2
        multiplied = j < len(words) and norm(words[j][0]) in mult
        if multiplied:
            value *= mult[norm(words[j][0])]
            e = words[j][2]
            j += 1
            if j < len(words) and words[j][0] == "." and text[e : e + 1] == ".":
                e += 1
                j += 1
        value_max = None
        qualifier, qs = _qualifier(text, s, lang)
        if range_max is not None:
            value_max, qualifier = range_max, "range"
        # a range: "3-5 осіб", "від 3 до 5", "от 3 до 5"
        m = re.match(rf"\s*(?:[-–—]|до)\s*({NUM})", text[e:])
        if m and re.search(r"(?i)(?:від|от|з|с)\s+$", text[max(0, s - 6) : s]) or (m and m.group().strip()[0] in "-–—"):
            value_max = float(m.group(1).replace(" ", "").replace(",", "."))
            e += len(m.group())
            while j < len(words) and words[j][1] < e:
                j += 1
            qualifier = "range"
            pre = re.search(r"(?i)(?:від|от|з|с)\s+$", text[max(0, s - 6) : s])
            if pre:
                qs = s - (len(text[max(0, s - 6) : s]) - pre.start())
        # a line break ends the figure's phrase ("… превысило 400\n\nРедакция …": no noun of its own)
        got = None if j < len(words) and "\n" in text[e : words[j][1]] else _unit(words, j, lang)
        counted = _counted_noun(text, s, lang) if got is None or (multiplied and got[0] == "item") else None
        # the figure ends its sentence, line or clause ("зросла до 9, поранених — до 31")
        ends = re.match(r"[ \t]*(?:[.!?,;]|\n|$|[—–]\s)", text[e:]) is not None
        if counted and (got is not None or lw in nums or multiplied or ends):
            # "кількість загиблих зросла до чотирьох", "число погибших превысило 3 тысячи": the noun counted
            got = (counted[0], counted[1], e if got is None else got[2])
        if got is None:
            if lw in coll:
                got = ("person", "count", e)
            else:
                before = text[max(0, s - 25) : s].lower()
                whole = _whole_before(text, s, out)
                if any(re.search(rf"(?<!\w){re.escape(p)}\s*[,:]?\s*$", before) for p in partitive) and out:
                    got = (out[-1].unit, out[-1].kind, e)
                elif whole is not None and not multiplied and re.fullmatch(r"\d+", w):
                    got = (whole.unit, whole.kind, e)  # "Из 400 погибших 120 были мобилизованы, около 90 …"
                elif lw in nums and re.search(r"(?i)(?:зокрема|в том числе|у тому числі)\s+$", before):
                    got = ("item", "count", e)
                elif multiplied:  # "понад 50 тисяч": a figure in its own right
                    got = ("item", "count", e)
                elif _harmed_before(text, qs, lang) and not re.match(r"\s*[^\W\d]", text[e:]):
                    got = ("person", "count", e)  # "погибли 12 человек, ранены более 40": the people left out
                elif (
                    out
                    and re.match(r"\s*[—–]\s", text[e : e + 3])
                    and s - out[-1].end < 200
                    and not re.search(r"[.!?]\s", text[out[-1].end : s])
                ):
                    got = (out[-1].unit, out[-1].kind, e)  # "21 дрон збили над X, 15 — над Y": the noun left out
        if got is None:
            i = j
            continue
        unit, kind, end = got
        if PART_OF_WHOLE.match(text, e):
            end = e  # "35 з 48 дронів": the part is the figure alone; "48 дронів" is a figure of its own
        if text[end : end + 1] in '»"“' and text[max(0, end - 40) : end].count("«") > text[
            max(0, end - 40) : end
        ].count("»"):
            end += 1  # the closing mark of a quoted noun
        if unit == "year" and value >= 1800 and value <= 2100:
            i = j  # "2014 року" is a date
            continue
        end = max(end, e)
        if any(a < end and s < b for a, b in taken):
            i = j
            continue
        out.append(
            Quantity(
                id="",
                text=text[qs:end],
                start=qs,
                end=end,
                value=value,
                unit=unit,
                value_max=value_max,
                qualifier=qualifier,
                kind=kind,
            )
        )
        i = j
    return out

"""Time expressions of Ukrainian and Russian news, resolved against the publication date.

"14 березня 2026", "у березні", "в ніч на 14 березня" (the evening before to the morning of the 14th),
"У ніч на суботу, 14 березня", "протягом минулої доби" (the day before publication), "2014 року народження",
"1985 р.н.", "з лютого 2022 року" (since), times of day ("близько 02:40", "станом на 08:00") on the day
they belong to. Month and weekday names are matched in every case form of the dictionary; the day, month
and year are handed to dateparser with the article's language.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..model import DateRef
from .morph import lex, word_forms

# a capitalised word or an opening quotation mark right before: the word after it is part of a name
NAME_BEFORE = re.compile(r"(?:[«\"„“]|[A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+)$")
# the title of a channel, outlet or programme in quotation marks is open right before: a word of that name
# ("канал «Яруга сегодня»", "програма «Ранок сьогодні»")
TITLE_OPEN = re.compile(
    r"(?i)(?:канал\w*|паблік\w*|паблик\w*|видання|издани\w*|газет\w*|журнал\w*|сайт\w*|портал\w*|"
    r"програм\w*|передач\w*|агентств\w*|шоу|проєкт\w*|проект\w*)\s+«[^»\n]{0,40}$"
)
# a deadline or a limit before a day ("до 1 вересня", "не пізніше 15 липня", "к 1 сентября", "не позднее
# 10 июня"): it points forward from the report unless it has just passed
RANGE_FROM = re.compile(r"(?i)(?<!\w)(?:з|із|від|с|со|от)\s+\d{1,2}(?:\s+[^\W\d]+)?\s*$")
UNTIL_DAY = re.compile(r"(?i)(?<!\w)(?:до|не пізніше|не раніше|к|не позднее|не позже|не ранее)\s+$")


@lru_cache(maxsize=2)
def _month_forms(lang: str) -> dict[str, int]:
    out = {}
    for m, n in lex(lang, "months").items():
        for f in word_forms(m, lang):
            out[f] = n
    return out


@lru_cache(maxsize=2)
def _weekday_forms(lang: str) -> dict[str, int]:
    out = {}
    for d, n in lex(lang, "weekdays").items():
        for f in word_forms(d, lang):
            out[f] = n
    return out


@lru_cache(maxsize=2)
def _patterns(lang: str) -> dict[str, re.Pattern]:
    months = "|".join(sorted(_month_forms(lang), key=len, reverse=True))
    days = "|".join(sorted(_weekday_forms(lang), key=len, reverse=True))
    year_word = r"(?:року|році|рік|р\.)" if lang == "uk" else r"(?:года|году|год|г\.)"
    night = (
        r"(?:[ув] ніч|вночі|за ніч) (?:з (?P<d1>\d{1,2}) )?на"
        if lang == "uk"
        else r"(?:в ночь|ночью|за ночь) (?:с (?P<d1>\d{1,2}) )?на"
    )
    born = r"року народження|р\.\s?н\." if lang == "uk" else r"года рождения|г\.\s?р\."
    # "з середини березня", "с конца февраля": since that month, at the stated granularity
    since = (
        r"(?:з|від|починаючи з)(?:\s+(?:початку|середини|кінця))?"
        if lang == "uk"
        else r"(?:с|начиная с)(?:\s+(?:начала|середины|конца))?"
    )
    month_preps = (
        r"у|в|наприкінці|на початку|в середині|у середині|протягом"
        if lang == "uk"
        else r"в|во|к|в конце|в начале|в середине|в течение"
    )
    # "до кінця травня", "до середины июня": until a month, the next one of that name
    until = r"до(?:\s+(?:кінця|середини|початку))?" if lang == "uk" else r"до(?:\s+(?:конца|середины|начала))?"
    ago_units = (
        r"дн(?:і|ів|я)|день|доб(?:у|и)|тиж(?:день|ні|нів)|місяц(?:ь|і|ів)|р(?:ік|оки|оків)"
        if lang == "uk"
        else r"дн(?:я|ей)|день|сут(?:ки|ок)|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет"
    )
    ago = r"тому" if lang == "uk" else r"назад"
    return {
        "night": re.compile(
            rf"(?i)\b{night}\s+(?:(?P<wd>{days}),?\s+)?(?:(?P<d2>\d{{1,2}})\s+(?P<m>{months})(?:\s+(?P<y>\d{{4}})\s*{year_word}?)?)?"
        ),
        "day": re.compile(
            rf"(?i)\b(?P<d>\d{{1,2}})(?:(?:\s*[-–—]\s*|\s+(?:і|й|та|и)\s+)(?P<d_end>\d{{1,2}}))?\s+(?P<m>{months})(?:\s+(?P<y>\d{{4}})(?:\s*{year_word})?)?(?!\w)"
        ),
        # a month alone only after a preposition or before a year ("лютий" is also an adjective)
        "month": re.compile(
            rf"(?i)\b(?:(?P<since>{since})\s+|(?P<until>{until})\s+(?=(?:{months})(?!\w))|(?:{month_preps})\s+(?=(?:{months})(?!\w)))?(?P<m>{months})"
            rf"(?:(?<=\w)(?=\s+\d{{4}})\s+(?P<y>\d{{4}})(?:\s*{year_word})?)?(?!\w)"
        ),
        "born": re.compile(rf"(?i)\b(?P<y>(?:19|20)\d\d)\s*(?:{born})"),
        "year": re.compile(rf"(?i)\b(?:(?P<since>{since})\s+|[ув]\s+|во?\s+)?(?P<y>(?:19|20)\d\d)\s*{year_word}"),
        "ago": re.compile(rf"(?i)(?<!\w)(?:(?P<n>\d{{1,2}}|[^\W\d]+)\s+)?(?P<unit>{ago_units})\s+{ago}(?!\w)"),
        "weekday": re.compile(rf"(?i)\b(?:[ув]|во)\s+(?P<wd>{days})(?!\w)"),
        "time": re.compile(
            r"(?i)(?:\b(?:близько|приблизно|о|об|станом на|около|примерно|в|по состоянию на)\s+)?\b(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)\b(?!\.\d)"
        ),
    }


def _parse_dmy(d: int, m: int, y: int | None, published: date | None) -> date | None:
    try:
        if y:
            return date(y, m, d)
        if published is None:
            return None
        got = date(published.year, m, d)
        if got > published + timedelta(days=2):  # "14 грудня" read in January: last year's
            got = date(published.year - 1, m, d)
        return got
    except ValueError:
        return None


def _parse_until(d: int, m: int, y: int | None, published: date | None) -> date | None:
    """A deadline's day: with no year, the next such day from the report, unless it passed within the
    last month ("до 1 травня мали завершити" in a report of mid-May)."""
    if y or published is None:
        return _parse_dmy(d, m, y, published)
    try:
        got = date(published.year, m, d)
        if got < published - timedelta(days=31):
            got = date(published.year + 1, m, d)
        return got
    except ValueError:
        return None


def _dateparser(span: str, lang: str, published: date | None) -> date | None:
    """dateparser's reading of a day-month-year phrase, for forms the patterns do not cover."""
    try:
        import dateparser
    except ImportError:
        return None
    from datetime import datetime

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    got = dateparser.parse(span, languages=[lang], settings=settings)
    return got.date() if got else None


def extract_dates(
    text: str, published: date | None, lang: str, taken: list[tuple[int, int]] | None = None
) -> list[DateRef]:
    pats = _patterns(lang)
    months = _month_forms(lang)
    weekdays = _weekday_forms(lang)
    found: list[DateRef] = []
    used: list[tuple[int, int]] = list(taken or [])

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in used)

    def add(
        s: int, e: int, value: str | None, gran: str = "day", end_value: str | None = None, rel: str = "on"
    ) -> None:
        if value is None or not free(s, e):
            return
        used.append((s, e))
        found.append(
            DateRef(
                id="", text=text[s:e], start=s, end=e, value=value, granularity=gran, end_value=end_value, relation=rel
            )
        )

    for m in pats["night"].finditer(text):
        day: date | None = None
        if m.group("d2"):
            y = int(m.group("y")) if m.group("y") else None
            day = _parse_dmy(int(m.group("d2")), months[m.group("m").lower()], y, published)
        elif m.group("wd") and published:
            back = (published.weekday() - weekdays[m.group("wd").lower()]) % 7
            day = published - timedelta(days=back)
        elif published:
            continue
        if day is None:
            continue
        s, e = m.start(), m.end()
        e = s + len(text[s:e].rstrip(" ,"))
        start_day = day - timedelta(days=1)
        if m.group("d1"):
            try:
                start_day = day.replace(day=int(m.group("d1")))
            except ValueError:
                pass
        add(s, e, start_day.isoformat(), "range", day.isoformat(), "between")
    for m in pats["born"].finditer(text):
        # "1968 і 1992 р.н.", "1985, 1990 и 2001 г.р.": every year of the list is a birth year
        k = m.start()
        while True:
            lm = re.search(r"((?:19|20)\d\d)\s*(?:,|\s(?:і|й|та|и))\s*$", text[max(0, k - 14) : k])
            if not lm:
                break
            ys = max(0, k - 14) + lm.start(1)
            add(ys, ys + 4, lm.group(1), "year")
            k = ys
        add(m.start(), m.end(), m.group("y"), "year")
    for m in pats["day"].finditer(text):
        y = int(m.group("y")) if m.group("y") else None
        lead = UNTIL_DAY.search(text, max(0, m.start() - 14), m.start())
        if lead and RANGE_FROM.search(text, max(0, lead.start() - 30), lead.start()):
            lead = None  # "з 24 лютого до 1 березня": the end of a span told, not a deadline
        if lead and not m.group("d_end"):
            d = _parse_until(int(m.group("d")), months[m.group("m").lower()], y, published)
            if d is not None:
                word = lead.group().strip().lower()
                rel = "until" if word == "до" else "after" if re.search("раніше|ранее", word) else "before"
                add(lead.start(), m.end(), d.isoformat(), rel=rel)
                continue
        d = _parse_dmy(int(m.group("d")), months[m.group("m").lower()], y, published)
        if d is None:
            d = _dateparser(m.group(), lang, published)
        if d is None:
            continue
        e = m.end()
        if m.group("d_end"):
            d2 = d.replace(day=int(m.group("d_end"))) if int(m.group("d_end")) <= 31 else None
            add(m.start(), e, d.isoformat(), "range", d2.isoformat() if d2 else None, "between")
        else:
            add(m.start(), e, d.isoformat())
    for m in pats["month"].finditer(text):
        if not m.group("y") and m.start() == m.start("m"):
            continue
        mon = months[m.group("m").lower()]
        if m.group("y"):
            y = int(m.group("y"))
        elif published and m.group("until"):
            y = published.year if mon >= published.month else published.year + 1
        elif published:
            y = published.year if mon <= published.month else published.year - 1
        else:
            continue
        rel = "since" if m.group("since") else "until" if m.group("until") else "on"
        add(m.start(), m.end(), f"{y:04d}-{mon:02d}", "month", rel=rel)
    for m in pats["year"].finditer(text):
        add(m.start(), m.end(), m.group("y"), "year", rel="since" if m.group("since") else "on")
    for pat, off in lex(lang, "relative_days"):
        for m in re.finditer(rf"(?i)(?<!\w){pat}(?!\w)", text):
            if text[m.start()].isupper() and NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Сіверщина Сьогодні", "«Москва Сегодня»": a word of a name
            if TITLE_OPEN.search(text, max(0, m.start() - 60), m.start()):
                continue  # "канал «Яруга сегодня»": a word of a title
            if published:
                add(m.start(), m.end(), (published + timedelta(days=int(off))).isoformat())
    for pat, label in lex(lang, "relative_periods"):
        gran, off, rel = label.split(":")
        for m in re.finditer(rf"(?i)(?<!\w){pat}(?!\w)", text):
            if not published:
                continue
            if gran == "year":
                add(m.start(), m.end(), f"{published.year + int(off):04d}", "year", rel=rel)
            elif gran == "season":  # "з початку осені": since the season's first month, the last one begun
                mon = int(off)
                y = published.year if mon <= published.month else published.year - 1
                add(m.start(), m.end(), f"{y:04d}-{mon:02d}", "month", rel=rel)
            elif gran == "week":  # "з початку тижня": since the Monday of that week
                monday = published - timedelta(days=published.weekday() - 7 * int(off))
                add(m.start(), m.end(), monday.isoformat(), "day", rel=rel)
            elif gran == "weekrange":  # "минулого тижня": that calendar week, Monday to Sunday
                monday = published - timedelta(days=published.weekday() - 7 * int(off))
                sunday = monday + timedelta(days=6)
                add(m.start(), m.end(), monday.isoformat(), "range", sunday.isoformat(), "between")
            elif gran == "pastdays":  # "за минулий тиждень": the whole days before the report
                first = published - timedelta(days=int(off))
                add(
                    m.start(),
                    m.end(),
                    first.isoformat(),
                    "range",
                    (published - timedelta(days=1)).isoformat(),
                    "between",
                )
            else:
                n = published.year * 12 + published.month - 1 + int(off)
                add(m.start(), m.end(), f"{n // 12:04d}-{n % 12 + 1:02d}", "month", rel=rel)
    numbers = lex(lang, "number_words")
    for m in pats["ago"].finditer(text):
        # "три дні тому", "неделю назад": that many days, weeks, months or years before publication
        if not published:
            continue
        word = (m.group("n") or "").lower()
        n = int(word) if word.isdigit() else int(numbers.get(word, 0)) if word else 1
        unit = m.group("unit").lower()
        if n <= 0:
            continue
        if unit.startswith(("д", "сут", "доб")):
            add(m.start(), m.end(), (published - timedelta(days=n)).isoformat())
        elif unit.startswith(("тиж", "нед")):
            add(m.start(), m.end(), (published - timedelta(days=7 * n)).isoformat())
        elif unit.startswith("міс") or unit.startswith("мес"):
            k = published.year * 12 + published.month - 1 - n
            add(m.start(), m.end(), f"{k // 12:04d}-{k % 12 + 1:02d}", "month")
        else:
            add(m.start(), m.end(), f"{published.year - n:04d}", "year")
    for m in pats["weekday"].finditer(text):
        if published:
            back = (published.weekday() - weekdays[m.group("wd").lower()]) % 7
            add(m.start(), m.end(), (published - timedelta(days=back)).isoformat())
    for m in pats["time"].finditer(text):
        if int(m.group("h")) > 23 or not published:
            continue
        # a time of day belongs to the day of the nearest date before it in the text, else publication
        before = [d for d in found if d.end <= m.start() and d.granularity in ("day", "range")]
        prev = max(before, key=lambda d: d.end) if before else None
        value = (prev.end_value or prev.value) if prev and m.start() - prev.end < 300 else published.isoformat()
        if re.match(r"(?i)станом|по состоянию", m.group()):
            value = published.isoformat()  # "станом на 08:00": the time of the report
        add(m.start(), m.end(), value)
    found.sort(key=lambda d: d.start)
    return found

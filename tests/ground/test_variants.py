"""Place look-up under every spelling: 200+ Ukrainian and Russian settlements, each looked
up in Ukrainian and Russian Cyrillic, in the Ukrainian national romanisation (KMU 2010), in
the informal Ukrainian-based spellings of the press (Kupyansk, Dobropillya), with soft signs
as apostrophes (Luhans'k), in BGN/PCGN and informal Russian-based romanisations (Kupyansk,
Zaporozhye, Nikolaev) and under former names (Artemivsk, Krasnoarmiisk). Recall is
reported per variant; a hit is any gazetteer entry within 25 km of the town.

The Latin forms are derived here from the published transliteration tables, independently
of the gazetteer's own spelling key, so that the test measures the key rather than mirrors it.
Run with ``-s`` (or ``python benchmarks/place_variants.py``) to see the table.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from claimgraph.ground.gazetteer import lookup

DATA = Path(__file__).parent / "data" / "settlements.tsv"
VOWELS_UK = set("аеєиіїоуюяАЕЄИІЇОУЮЯ'’ʼ")
VOWELS_RU = set("аеёиоуыэюяАЕЁИОУЫЭЮЯьъЬЪ")

# KMU 2010 (Resolution 55 of the Cabinet of Ministers of Ukraine): (word-initial, elsewhere)
KMU = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": ("ye", "ie"),
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": ("yi", "i"),
    "й": ("y", "i"),
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
    "'": "",
    "’": "",
    "ʼ": "",
}
# BGN/PCGN 1947 for Russian, without the prime marks that the press drops: (initial or after a vowel, elsewhere)
BGN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": ("ye", "e"),
    "ё": ("yo", "e"),
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def _translit(
    word: str, table: dict, vowels: set[str], after_vowel: bool, overrides: dict | None = None, keep: dict | None = None
) -> str:
    out, prev = [], None
    for ch in word:
        low = ch.lower()
        if keep and low in keep:
            rep = keep[low]
        elif overrides and low in overrides:
            rep = overrides[low]
        elif low in table:
            rep = table[low]
            if isinstance(rep, tuple):
                initial = prev is None or not prev.isalpha() and prev not in "'’ʼ"
                rep = rep[0] if initial or (after_vowel and prev in vowels) else rep[1]
        else:
            rep = ch
        if ch.isupper() and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        prev = ch
    return "".join(out)


def variants(uk: str, ru: str, former: str) -> dict[str, list[str]]:
    simple_uk = {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "й": "y"}
    out = {
        "uk_cyrillic": [uk],
        "ru_cyrillic": [ru],
        "uk_kmu2010": [_translit(uk, KMU, VOWELS_UK, False)],
        "uk_press": [_translit(uk, KMU, VOWELS_UK, False, overrides=simple_uk)],  # Kupyansk, Dobropillya
        "uk_marks": [_translit(uk, KMU, VOWELS_UK, False, keep={"ь": "'", "'": "'", "’": "'"})],  # Luhans'k
        "ru_bgn": [_translit(ru, BGN, VOWELS_RU, True)],
        "ru_press": [_translit(ru, BGN, VOWELS_RU, True, overrides={"е": "e", "й": "i", "х": "kh"})],  # Nikolaev
    }
    if former:
        out["former_name"] = former.split("|")
    return out


def _rows() -> list[dict[str, str]]:
    lines = [x for x in DATA.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def recall_by_variant() -> tuple[dict[str, tuple[int, int]], list[str]]:
    got: dict[str, list[int]] = {}
    misses = []
    for r in _rows():
        lat, lon = float(r["lat"]), float(r["lon"])
        for kind, names in variants(r["uk"], r["ru"], r["former"]).items():
            for name in names:
                ok = any(_km(lat, lon, e.lat, e.lon) <= 25 for e in lookup(name, loose=True))
                got.setdefault(kind, [0, 0])
                got[kind][0] += ok
                got[kind][1] += 1
                if not ok:
                    misses.append(f"{kind}: {name} ({r['uk']})")
    return {k: (v[0], v[1]) for k, v in got.items()}, misses


def test_the_list_holds_200_settlements_of_both_countries():
    rows = _rows()
    assert len(rows) >= 200
    assert {r["cc"] for r in rows} == {"UA", "RU"}


def test_transliteration_tables_give_the_spellings_the_press_uses():
    v = variants("Куп'янськ", "Купянск", "")
    assert v["uk_kmu2010"] == ["Kupiansk"] and v["uk_press"] == ["Kupyansk"] and v["ru_bgn"] == ["Kupyansk"]
    assert variants("Запоріжжя", "Запорожье", "")["ru_bgn"] == ["Zaporozhye"]
    assert variants("Добропілля", "Доброполье", "")["uk_press"] == ["Dobropillya"]
    assert variants("Луганськ", "Луганск", "")["uk_marks"] == ["Luhans'k"]


@pytest.mark.parametrize("floor", [0.95])
def test_recall_per_spelling_variant(floor, capsys):
    table, misses = recall_by_variant()
    with capsys.disabled():
        print("\nplace look-up recall per spelling variant")
        for kind, (hit, n) in table.items():
            print(f"  {kind:<12} {hit:>4}/{n:<4} {hit / n:.1%}")
    low = {k: f"{h}/{n}" for k, (h, n) in table.items() if h / n < floor}
    assert not low, f"variants under {floor:.0%}: {low}; misses: {misses[:40]}"

"""The language of an article, detected offline (lingua ships its models inside the package).

Only the languages the pipeline can tell apart usefully are loaded: English, Ukrainian and Russian, which
claimgraph extracts, and a few neighbours (Belarusian, Polish, German, French) so that a text in one of them
is recorded as such instead of being forced into the nearest of the three. The detector is built once per
process, in lingua's low-accuracy mode (trigram models: fast to load, reliable on article-length text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

EXTRACTED = ("en", "uk", "ru")  # languages with extraction components
DETECTED = ("en", "uk", "ru", "be", "pl", "de", "fr")
SAMPLE_CHARS = 2000  # the article's first characters decide: enough for lingua, cheap on long texts
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
# A cheap test before lingua (about 0.05 ms against 1.5 ms): a sample in Latin letters only, all but a rare
# one ASCII, whose words are for a good share English function words that none of the other loaded
# languages uses (no 'to', 'a', 'on', 'in', 'an', 'was', 'will': Polish, French or German words too) is
# English. Anything short, accented, Cyrillic or mixed still goes to lingua.
_WORD = re.compile(r"[A-Za-z]+")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_EN_FUNCTION = frozenset(
    "the of and that with said by from were their they this which are had been has have his her after "
    "would its for at is it".split()
)
_EN_MIN_WORDS = 40
_EN_MIN_SHARE = 0.15


@lru_cache(maxsize=1)
def _detector() -> Any:
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:  # the letter counts below still tell the three extracted languages apart
        return None
    codes = [getattr(IsoCode639_1, c.upper()) for c in DETECTED]
    # low-accuracy mode (trigram models only): 0.4 s to load instead of about 9 s, and on article-length
    # samples it tells these seven apart as well as the full models do (lingua's own figures)
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of ``text``'s language. A ``hint`` (the reader's metadata) wins when it names a
    language; a text too short or too mixed to tell is taken for English, as before detection existed."""
    if hint:
        return hint.lower().split("-")[0]
    return _detect_sample(text[:SAMPLE_CHARS])


@lru_cache(maxsize=1024)
def _detect_sample(sample: str) -> str:
    cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyr + lat < 20:
        return "en"
    if cyr == 0 and _plainly_english(sample):
        return "en"
    det = _detector()
    if det is not None:
        lang = det.detect_language_of(sample)
        if lang is not None:
            return lang.iso_code_639_1.name.lower()
    if cyr > lat:
        return "uk" if len(_UK_ONLY.findall(sample)) >= len(_RU_ONLY.findall(sample)) else "ru"
    return "en"


def _plainly_english(sample: str) -> bool:
    """Whether a sample without Cyrillic is English beyond doubt (see ``_EN_FUNCTION``)."""
    words = _WORD.findall(sample)
    if len(words) < _EN_MIN_WORDS or len(_NON_ASCII_LETTER.findall(sample)) * 50 > len(words):
        return False
    hits = sum(1 for w in words if w.lower() in _EN_FUNCTION)
    return hits >= _EN_MIN_SHARE * len(words)

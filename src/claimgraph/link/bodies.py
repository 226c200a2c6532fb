"""Regional public bodies named the same way in every language.

English outlets relay the Telegram posts of Ukrainian regional bodies every day, under an English name
("the Chernihiv Regional Military Administration") while the post itself carries the Ukrainian one
("Чернігівська обласна військова адміністрація", "Чернігівська ОВА"). Neither spelling-insensitive keys
nor transliteration join a name with its translation, but the two halves of such a name are
language-independent: the *kind* of body (``data/<lang>/body_kinds.json``: a military administration of
a region, a regional prosecutor's office, ...) and the *region*, resolved through the regions lists the
gazetteer already uses (``data/uk|ru/regions.json``: the adjective in any case, by its lemma) or, in
English, by the region's name. ``body_keys`` gives ``"<kind>@<region>"`` for every such body a text
names, so that linking can tell that an English page names a Ukrainian post's outlet as its source.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..ground.gazetteer import key
from ..ground.places_slavic import region_of
from ..lexicon import labelled, mapping

LANGS = ("en", "uk", "ru")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


@cache
def _kinds(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern per language (one scan of the text), its n-th group the n-th kind."""
    parts, kinds = [], []
    for pattern, kind in labelled(lang, "body_kinds"):
        # abbreviations (ОВА) only in capitals, phrases in any case
        flags = "" if pattern.isupper() else "(?i:"
        parts.append(f"({flags}{pattern}{')' if flags else ''})")
        kinds.append(kind)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"), tuple(kinds)


def _fold(name: str) -> str:
    k = key(name).replace(" ", "")
    return re.sub(r"(.)\1+", r"\1", k)  # Zaporizhzhia / Zaporizhia


@lru_cache(maxsize=1)
def _english_regions() -> dict[str, str]:
    """Folded English names of the regions (their admin1 names) -> admin1."""
    out: dict[str, str] = {}
    for lang in ("uk", "ru"):
        for entry in mapping(lang, "regions").values():
            admin1 = entry[2]
            out.setdefault(_fold(admin1), admin1)
            out.setdefault(_fold(entry[0].replace(" Oblast", "")), admin1)
    return out


def _region(word: str, lang: str) -> str | None:
    if lang == "en":
        return _english_regions().get(_fold(word))
    r = region_of(word, lang)
    return r[2] if r else None


def body_keys(text: str, langs: tuple[str, ...] = LANGS) -> set[str]:
    """``"<kind>@<region>"`` for every regional body the text names with its region just before it."""
    out: set[str] = set()
    for lang in langs:
        rx, kinds = _kinds(lang)
        for m in rx.finditer(text):
            kind = kinds[m.lastindex - 1] if m.lastindex else None
            w = _WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if kind is None or not w or (lang == "en" and w.group(1).lower() in {"the", "a", "of"}):
                continue
            region = _region(w.group(1), lang)
            if region:
                out.add(f"{kind}@{region}")
    return out


def body_key(name: str) -> str | None:
    """The one regional body an outlet's name is, or None (no body, or more than one)."""
    ks = body_keys(name)
    return next(iter(ks)) if len(ks) == 1 else None

"""Lemmas and grammatical tags of Ukrainian and Russian words (pymorphy3 with its dictionary packages).

Ukrainian and Russian inflect names: "Полтаві", "Полтавщини", "Генштабу" must meet "Полтава", "Полтавщина",
"Генштаб" before a gazetteer or a registry can be asked. One analyser per language, built once per process
from the installed dictionaries (nothing is downloaded).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("uk", "ru")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'"})


@lru_cache(maxsize=2)
def analyser(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def norm(word: str) -> str:
    """The spelling the dictionaries use: one apostrophe (п’ять, пʼять -> п'ять), lower case, ё kept."""
    return word.translate(APOSTROPHES).lower()


@lru_cache(maxsize=200_000)
def parses(word: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every reading of a word: (dictionary form, grammemes), most likely first."""
    out = []
    for p in analyser(lang).parse(norm(word)):
        out.append((p.normal_form, frozenset(str(p.tag).replace(" ", ",").split(","))))
    return tuple(out)


def lemma(word: str, lang: str) -> str:
    ps = parses(word, lang)
    return ps[0][0] if ps else norm(word)


def lemmas(word: str, lang: str) -> set[str]:
    return {p[0] for p in parses(word, lang)} or {norm(word)}


def has(word: str, lang: str, grammeme: str) -> bool:
    """Whether any reading of the word carries the grammeme ('NOUN', 'Geox', 'Surn', 'Impe', 'impr')."""
    return any(grammeme in tags for _l, tags in parses(word, lang))


def first_has(word: str, lang: str, grammeme: str) -> bool:
    ps = parses(word, lang)
    return bool(ps) and grammeme in ps[0][1]


def lemma_phrase(words: list[str], lang: str) -> str:
    """A phrase with each word in its dictionary form, lower case ('Генерального штабу' -> 'генеральний штаб')."""
    return " ".join(lemma(w, lang) for w in words)


@lru_cache(maxsize=4096)
def nominative(word: str, lang: str) -> str:
    """The word in the nominative of its own gender and number ('Великої' -> 'велика'), for multiword names."""
    ps = analyser(lang).parse(norm(word))
    for p in ps:
        if "nomn" in p.tag:
            return p.word
        f = p.inflect({"nomn"})
        if f is not None:
            return f.word
    return norm(word)


@lru_cache(maxsize=8192)
def adjective_lemma(word: str, lang: str) -> str | None:
    """The nominative masculine singular of an adjective or participle ('населённых' -> 'населённый', where the
    dictionary's own lemma of a participle is its verb, 'населить'); None when the word is neither."""
    for p in analyser(lang).parse(norm(word)):
        if "ADJF" in p.tag or "PRTF" in p.tag:
            f = p.inflect({"nomn", "sing", "masc"})
            if f is not None:
                return str(f.word)
    return None


@lru_cache(maxsize=64)
def word_forms(lemma_: str, lang: str, pos: str | None = None) -> frozenset[str]:
    """Every form of a dictionary word ('шість' -> шести, шістьох, шістьма ...)."""
    out = {norm(lemma_)}
    for p in analyser(lang).parse(norm(lemma_)):
        if p.normal_form != norm(lemma_) or (pos and pos not in p.tag):
            continue
        out |= {f.word for f in p.lexeme}
    return frozenset(out)


@lru_cache(maxsize=256)
def lex(lang: str, name: str) -> Any:
    """The entries of the word list ``data/<lang>/<name>.json`` (through ``claimgraph.lexicon``): a tuple
    of words, a tuple of (string, label) pairs, or a mapping."""
    from .. import lexicon

    book = lexicon.load(lang, name)
    if book.kind == "map":
        return book.mapping()
    return book.items

"""Echoes across languages: a Ukrainian original and its English rewrite, written for these tests."""

from __future__ import annotations

from claimgraph.extract.pipeline import extract_stream
from claimgraph.ingest.base import RawArticle
from claimgraph.link.crosslang import Anchors, align, crosslang_drift, crosslang_pairs
from claimgraph.model import Derivation

UK = (
    "Дрони атакували Харків: троє поранених\n\n"
    "Уночі 8 листопада російські війська атакували Харків 14 ударними безпілотниками. "
    "За попередніми даними, поранено трьох людей. Про це повідомив мер міста Ігор Терехов у Telegram.\n\n"
    "«Ворог знову бив по житлових будинках», — написав Терехов.\n\n"
    "Пошкоджено 12 автомобілів і школу."
)
EN = (
    "Drones hit Kharkiv, three injured\n\n"
    "Russian forces attacked Kharkiv with 14 attack drones overnight on November 8, injuring three people, "
    "Mayor Ihor Terekhov said on Telegram.\n\n"
    '"The enemy again struck residential buildings," Terekhov wrote.\n\n'
    "Twelve cars and a school were damaged."
)


def records():
    arts = [
        RawArticle(UK, "a", id="uk", published="2025-11-08"),
        RawArticle(EN, "b", id="en", published="2025-11-09"),
    ]
    return [r for _a, r in extract_stream(arts)]


def test_claims_of_a_translation_are_aligned_by_figures_places_and_quotations() -> None:
    uk, en = records()
    assert (uk.article.language, en.article.language) == ("uk", "en")
    pairs = crosslang_pairs([uk, en], [Derivation("en", "uk", "rewrite")])
    got = {(uk.claims[a[1]].text[:20], en.claims[b[1]].text[:20]) for a, b, _s in pairs}
    drones = next(c for c in uk.claims if "14" in c.text)
    assert any(uk.claims[a[1]] is drones and "14" in en.claims[b[1]].text for a, b, _s in pairs), got
    quote = next(c for c in uk.claims if c.quote)
    assert any(uk.claims[a[1]] is quote and en.claims[b[1]].quote for a, b, _s in pairs), got


def test_articles_in_one_language_are_left_to_the_other_linking() -> None:
    uk, _en = records()
    assert crosslang_pairs([uk, uk], [Derivation("uk", "uk", "copy")]) == []


def test_drift_across_languages_reports_the_dropped_hedge() -> None:
    uk, en = records()
    report = crosslang_drift(uk, en)
    assert report["languages"] == ["uk", "en"]
    dropped = [c for c in report["changes"] if c["type"] == "hedge_dropped"]
    assert dropped and dropped[0]["hedge"] == "За попередніми даними"


def test_alignment_is_monotone_and_fills_a_lone_gap() -> None:
    def a(figs=(), places=(), length=60, source=None, quote=False):
        return Anchors(frozenset(figs), frozenset(places), frozenset(), source, quote, length)

    xs = [a({14.0}), a(length=50), a({12.0}), a({3.0}, {"harkiv"})]
    ys = [a({14.0}), a(length=45), a({12.0}), a({7.0})]
    pairs = [(i, j) for i, j, _s in align(xs, ys)]
    assert pairs == [(0, 0), (1, 1), (2, 2)]  # 3 and 7: a figure sets the last two apart

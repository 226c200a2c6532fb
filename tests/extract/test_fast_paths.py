"""The shortcuts taken for speed give what the plain way gives (issue #17): each is checked against
the unshortened computation on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from claimgraph.extract.hedges import HEDGE_ANY, any_of
from claimgraph.extract.lexicon import HEDGE_RE
from claimgraph.ground import dates

TEXTS = [
    "The regional council said on Tuesday that repairs would take until the end of the week.",
    "Officials reported shelling on 3 March and again between April and June 2023, the mayor said.",
    "Rescuers worked through the night; since 2014 the town has been hit many times.",
    "The claims, which may be exaggerated, reportedly came from a so-called volunteer group.",
    "Power was restored by the morning, two days ago, according to the allegedly leaked memo.",
    "Nothing here names a month: drones struck overnight and residents sheltered in basements.",
    "It may rain. May 9 parades were cancelled; in may the river floods.",
]


def _scan_without_skip(text: str) -> list:
    saved = dates.NEEDS_MONTH
    try:
        dates.NEEDS_MONTH = frozenset()
        return dates.scan_dates(text, None)
    finally:
        dates.NEEDS_MONTH = saved


def test_month_patterns_are_known_to_need_a_month() -> None:
    assert {"day_month", "month_day", "month_year", "month", "range_days", "month_range"} <= dates.NEEDS_MONTH
    assert "weekday" not in dates.NEEDS_MONTH and "relative" not in dates.NEEDS_MONTH


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_month_patterns_changes_no_date(text: str) -> None:
    assert dates.scan_dates(text, None) == _scan_without_skip(text)


def test_needs_month_is_conservative() -> None:
    optional = re.compile(rf"\b(?:{dates.M})?\s*(?P<year>\d{{4}})\b", re.I)
    required = re.compile(rf"\bin\s+{dates.M}\b", re.I)
    assert not dates._needs_month(optional)
    assert dates._needs_month(required)


def test_joined_pattern_finds_the_first_of_any() -> None:
    assert HEDGE_ANY is not None
    for text in TEXTS:
        starts = [m.start() for rx, _k in HEDGE_RE for m in rx.finditer(text)]
        first = HEDGE_ANY.search(text)
        assert (first is None) == (not starts)
        if starts:
            assert first is not None and first.start() == min(starts)


def test_patterns_that_cannot_be_joined_are_not() -> None:
    assert any_of([re.compile(r"(a)\1"), re.compile("b")]) is None
    assert any_of([re.compile("a", re.I), re.compile("b")]) is None
    assert any_of([re.compile("(?P<x>a)"), re.compile("(?P<x>b)")]) is None
    assert any_of([]) is None
    joined = any_of([re.compile(r"\bcat\b"), re.compile(r"\bdog")])
    assert joined is not None and joined.search("a hotdog, a dog, a cat").start() == 12


def test_case_fold_gives_back_every_letter_a_month_prefix_matches() -> None:
    # the cheap month look relies on this: any character that matches one of these letters under re.I
    # case-folds to exactly that letter (true of every letter but 'i'; checked over all of Unicode)
    assert dates.MONTH_PREFIXES is not None
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in set("".join(dates.MONTH_PREFIXES)):
        assert letter != "i"
        assert all(ch.casefold() == letter for ch in re.findall(letter, every, re.I)), letter


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Drones hit SEPTEMBER targets", "the \u017fept. report", "MAY 9", "a doctor decided in march"],
)
def test_cheap_month_look_agrees_with_the_month_pattern(text: str) -> None:
    assert dates._no_month(text, 0, len(text)) == (dates.MONTH_WORD.search(text) is None)

"""Session 9 (issue #12): the hand-written corpora of ``tests/link/corpora`` (invented outlets, people
and figures; real places), each a class of linking that the bench does not show, scored against the
links a careful reader draws (``expected.json``) by ``probe.py``."""

from __future__ import annotations

import pytest
from probe import HERE, score

from claimgraph.link.identities import resolve_anaphors
from claimgraph.model import Source, Span


@pytest.fixture(scope="module")
def results() -> dict:
    return {}


def _score(name: str, results: dict) -> dict:
    if name not in results:
        results[name] = score(HERE / name)
    return results[name]


def test_one_release_relayed_under_three_names_is_one_origin(results):
    # "Ukraine's military intelligence" ... "the agency said"; "the HUR"; "the Main Intelligence Directorate"
    r = _score("alias", results)
    assert r["pairs"][1:] == (0, 0), r["problems"]
    assert r["conf"][0] == r["conf"][1], r["problems"]


def test_look_alike_strikes_are_separate_claims_without_contradiction(results):
    r = _score("lookalike", results)
    assert r["pairs"][1] == 0, r["problems"]
    assert r["contra"][0] == r["contra"][1], r["problems"]


def _src(sid: str, name: str, kind: str, at: int, cid: str | None = None) -> Source:
    return Source(sid, name, kind, "unknown", [Span(name, at, at + len(name))], canonical_id=cid)


def test_a_description_by_class_is_the_body_of_that_class_named_last_before_it():
    # "Ukraine's naval command said ... The command added ..." with a ministry named after it
    named = _src("s1", "the Southern Defence Forces", "military", 10, "source:southern-defence-forces")
    later = _src("s3", "the Finance Ministry", "government_body", 300, "source:finance-ministry")
    desc = _src("s2", "the command", "unnamed", 120)
    resolve_anaphors([named, desc, later])
    assert desc.canonical_id == "source:southern-defence-forces"
    # a description of a class no named source has stays without identity
    other = _src("s4", "the watchdog", "unnamed", 200)
    resolve_anaphors([named, other])
    assert other.canonical_id is None

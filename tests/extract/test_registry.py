"""The component registry, pinned (as spaCy's test_factory_registrations does): a change to a
built-in's name, version or contract must show up here, in the same commit that explains it.
When a component's output on the same input changes, bump its version and update this list."""

from claimgraph.extract import build_pipeline
from claimgraph.extract.components import BUILTINS

REGISTRY = [
    ("claimgraph.segment", "2", ["text", "meta", "parsed"], ["doc", "sents", "paras", "units", "quotes", "book", "record.duplicates"]),
    ("claimgraph.evidence", "2", ["units", "quotes", "book"], ["record.evidence", "evidence_heads", "evidence_mentions", "evidence_source", "releases"]),
    ("claimgraph.claims", "2", ["units", "quotes", "sents", "book", "evidence_source", "releases"], ["record.claims", "record.quotes", "drafts", "speech_acts", "read_quotes"]),
    ("claimgraph.dates", "2", ["units"], ["record.dates"]),
    ("claimgraph.quantities", "2", ["units", "record.dates"], ["record.quantities"]),
    ("claimgraph.places", "2", ["doc"], ["record.places"]),
    (
        "claimgraph.link_ids",
        "2",
        ["book", "quotes", "evidence_heads", "record.claims", "record.quotes", "record.evidence", "record.places", "record.dates", "record.quantities"],
        ["record.sources"],
    ),
    ("claimgraph.hedges", "2", ["units", "quotes", "drafts", "evidence_mentions", "record.claims", "record.evidence", "record.quantities"], ["record.claims", "record.evidence"]),
    ("claimgraph.people", "1", ["record.sources"], ["record.sources"]),
]  # fmt: skip


def test_registry_snapshot():
    got = [(c.name, c.version, list(c.requires), list(c.assigns)) for c in BUILTINS]
    assert got == REGISTRY


def test_the_built_ins_make_a_valid_pipeline_in_their_order():
    assert build_pipeline().names() == [name for name, *_ in REGISTRY]


def test_no_built_in_is_still_at_the_first_release_unless_new():
    # version "1" is the first release; every built-in that existed then changed since (see registry.py)
    assert [c.name for c in BUILTINS if c.version == "1"] == ["claimgraph.people"]

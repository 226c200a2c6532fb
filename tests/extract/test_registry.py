"""The component registry, pinned (as spaCy's test_factory_registrations does): a change to a
built-in's name, version, contract or languages must show up here, in the same commit that explains
it. When a component's output on the same input changes, bump its version and update this list."""

from claimgraph.extract import build_pipeline
from claimgraph.extract.components import BUILTINS

EN, UK_RU, ANY = ["en"], ["uk", "ru"], ["*"]
REGISTRY = [
    ("claimgraph.segment", "4", ["text", "meta", "parsed"], ["doc", "sents", "paras", "units", "quotes", "datelines", "book", "record.duplicates"], EN),
    ("claimgraph.evidence", "4", ["units", "quotes", "book"], ["record.evidence", "evidence_heads", "evidence_mentions", "evidence_source", "releases"], EN),
    ("claimgraph.claims", "10", ["units", "quotes", "sents", "book", "evidence_source", "releases"], ["record.claims", "record.quotes", "drafts", "speech_acts", "read_quotes"], EN),
    ("claimgraph.dates", "4", ["units", "datelines"], ["record.dates"], EN),
    ("claimgraph.quantities", "3", ["units", "record.dates"], ["record.quantities"], EN),
    ("claimgraph.places", "4", ["doc"], ["record.places"], EN),
    ("claimgraph.link_ids", "5", ["book", "quotes", "evidence_heads", "record.claims", "record.quotes", "record.evidence", "record.places", "record.dates", "record.quantities"], ["record.sources"], EN),
    ("claimgraph.hedges", "4", ["units", "quotes", "drafts", "evidence_mentions", "record.claims", "record.evidence", "record.quantities"], ["record.claims", "record.evidence"], EN),
    ("claimgraph.uk_ru.claims", "4", ["text", "meta"], ["record.claims", "record.quotes", "record.evidence", "record.sources"], UK_RU),
    ("claimgraph.uk_ru.dates", "3", ["text", "published"], ["record.dates"], UK_RU),
    ("claimgraph.uk_ru.quantities", "3", ["record.dates"], ["record.quantities"], UK_RU),
    ("claimgraph.uk_ru.places", "3", ["text"], ["record.places"], UK_RU),
    ("claimgraph.uk_ru.link_ids", "3", ["record.claims", "record.places", "record.dates", "record.quantities", "record.evidence"], ["record.claims", "record.sources"], UK_RU),
    ("claimgraph.people", "1", ["record.sources"], ["record.sources"], ANY),
]  # fmt: skip
# components first released after the redesign (issue #10): version "1" is their first release
# (the uk_ru components are at "2" since their Ukrainian/Russian rules were generalised, issue #15; link_ids,
# dates, quantities and places at "3" and claims at "4" since the rules found on the third set of unseen articles)
NEW_SINCE_REDESIGN = {"claimgraph.people"}


def test_registry_snapshot():
    got = [(c.name, c.version, list(c.requires), list(c.assigns), list(c.languages)) for c in BUILTINS]
    assert got == REGISTRY


def test_the_built_ins_make_a_valid_pipeline_in_their_order():
    assert build_pipeline().names() == [name for name, *_ in REGISTRY]


def test_every_built_in_that_changed_since_its_first_release_has_a_later_version():
    # version "1" of segment ... hedges was their first release; each changed since (see registry.py)
    assert {c.name for c in BUILTINS if c.version == "1"} == NEW_SINCE_REDESIGN

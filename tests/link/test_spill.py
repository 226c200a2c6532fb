"""Records off the heap (issue #17): spilled records link to the same corpus record as records held in
memory, however small the cache of decoded bodies, and what identity resolution sets on their sources
is kept when a body is let go."""

from __future__ import annotations

import orjson
import pytest
from linkkit import Article
from probe import HERE

from claimgraph.link import link_records
from claimgraph.link.spill import SpilledRecords
from claimgraph.model import ArticleRecord


def _copies(recs: list[ArticleRecord]) -> list[ArticleRecord]:
    # (linking sets the sources' identities: each run gets records of its own)
    return [ArticleRecord.from_dict(r.to_dict()) for r in recs]


def _same(recs: list[ArticleRecord], cache: int) -> None:
    want = link_records(_copies(recs)).to_dict()
    spilled = SpilledRecords(_copies(recs), cache=cache)
    got = link_records(spilled).to_dict()
    spilled.close()
    assert orjson.dumps(got, option=orjson.OPT_SORT_KEYS) == orjson.dumps(want, option=orjson.OPT_SORT_KEYS)


def _flood_reports() -> list[ArticleRecord]:
    a = Article("f1", "Valley Courier", "2026-03-02")
    a.add(
        "Floodwater breached the levee at Ostervik on Sunday, the regional governor said.",
        source=("the regional governor", "government"),
        places=(("Ostervik", "settlement", "g-ost", "Norland"),),
    )
    a.add("About 140 homes were flooded in Ostervik.", figures=((140, "home"),))
    a.add('"We moved 300 residents to the school gym," the mayor said.', source="the mayor", quote=True)
    a.add('"The water is still rising," she added.', source="the mayor", quote=True)
    b = Article("f2", "Lakeside Daily", "2026-03-03")
    b.add(
        "The regional governor said floodwater had breached the levee at Ostervik on Sunday.",
        source=("the regional governor", "government"),
        places=(("Ostervik", "settlement", "g-ost", "Norland"),),
    )
    b.add("Some 140 homes were flooded, officials said.", source="officials", figures=((140, "home"),))
    b.add('"We moved 300 residents to the school gym," the mayor said.', source="the mayor", quote=True)
    b.add('"The water is still rising," she added.', source="the mayor", quote=True)
    b.add("Rescuers evacuated a care home near the river.")
    c = Article("f3", "Hill Times", "2026-03-05")
    c.add(
        "A wildfire destroyed 12 barns near Kettleby, firefighters said.",
        source=("firefighters", "other"),
        places=(("Kettleby", "settlement", "g-ket", "Southmark"),),
        figures=((12, "barn"),),
    )
    return [a.rec, b.rec, c.rec]


@pytest.mark.parametrize("cache", [2, 4096])
def test_spilled_records_link_as_records_in_memory(cache):
    _same(_flood_reports(), cache)


@pytest.mark.parametrize("corpus", ["translated", "sides", "paraphrase", "liveblog"])
def test_spilled_records_of_extracted_corpora_link_as_in_memory(corpus):
    from claimgraph import extract

    recs = list(extract(sorted(str(p) for p in (HERE / corpus).glob("*.txt"))))
    _same(recs, cache=2)


def test_a_body_is_read_back_once_let_go_and_keeps_what_editing_changed():
    recs = _flood_reports()
    spilled = SpilledRecords(_copies(recs), cache=2)
    first, second, third = spilled
    assert spilled.decoded == 0
    assert [c.text for c in first.claims] == [c.text for c in recs[0].claims]
    assert spilled.decoded == 1
    assert first.claims[0].text == recs[0].claims[0].text  # decoded: no second read
    assert spilled.decoded == 1
    with spilled.editing():
        first.sources[0].canonical_id = "person:governor-norland"
        second.sources[0].canonical_id = "person:governor-norland"
        assert third.sources  # the first body is let go here, and written back
    spilled.decoded = 0
    assert second.sources[0].canonical_id == "person:governor-norland"
    assert spilled.decoded == 0  # the second is still decoded
    assert first.sources[0].canonical_id == "person:governor-norland"
    assert spilled.decoded == 1  # the first read back, as written back
    # a change made outside editing is not kept once its body is let go
    third.sources[0].canonical_id = "body:firefighters"
    assert second.claims and first.claims  # (third let go)
    assert third.sources[0].canonical_id is None
    assert isinstance(third, ArticleRecord) and third.article.id == "f3"
    path = spilled.path
    spilled.close()
    import os

    assert not os.path.exists(path)

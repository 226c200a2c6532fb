"""Ray Data on a local Ray gives the records the local runner gives, in input order."""

import json

import pytest

from claimgraph.extract import extract_stream
from claimgraph.ingest import RawArticle
from claimgraph.ingest.base import Rejection

ray = pytest.importorskip("ray", reason="Ray is a dev dependency: pip install -e '.[dev]'")

TEXTS = [
    "Two drones hit a fuel depot outside the city overnight, the regional administration said.",
    "The railway operator said trains to the coast would run late on Tuesday.",
    "According to the coast guard, nine sailors were rescued after their tug caught fire.",
]


@pytest.mark.slow
def test_ray_records_equal_the_local_runner():
    from claimgraph.scale.ray_engine import ray_stream

    items = [RawArticle(text=t, locator=f"r:{i}", id=f"r{i}", published="2025-06-03") for i, t in enumerate(TEXTS)]
    items.insert(1, Rejection("r:bad", "empty", "no text"))
    local = [(type(x).__name__, r.to_dict() if r else None) for x, r in extract_stream(items)]
    try:
        got = [(type(x).__name__, r.to_dict() if r else None) for x, r in ray_stream(items, workers=1, batch_size=2)]
        # as on a cluster: the shards through the object store, not read from the spool folder
        stored = ray_stream(items, workers=1, batch_size=2, shard_size=2, spool_shared=False)
        via_store = [(type(x).__name__, r.to_dict() if r else None) for x, r in stored]
    finally:
        ray.shutdown()
    assert json.dumps(got, sort_keys=True) == json.dumps(local, sort_keys=True)
    assert json.dumps(via_store, sort_keys=True) == json.dumps(local, sort_keys=True)


def test_spool_writes_shards_in_order(tmp_path):
    """The driver's spool: every item in order, the articles as rows in shards of the given size."""
    import pickle

    from claimgraph.scale.ray_engine import _count, _spool

    def items():
        for i in range(7):
            yield RawArticle(text=f"Text number {i}.", locator=f"s:{i}", id=f"s{i}")
            if i == 2:
                yield Rejection("s:bad", "empty", "no text")

    shards, n = _spool(items(), tmp_path, shard_size=3)
    assert n == 7 and [p.name for p in shards] == ["shard-000000.jsonl", "shard-000001.jsonl", "shard-000002.jsonl"]
    rows = [json.loads(line) for p in shards for line in p.read_text().splitlines()]
    assert [r["seq"] for r in rows] == list(range(7))
    assert [json.loads(r["row"])["id"] for r in rows] == [f"s{i}" for i in range(7)]
    with (tmp_path / "items.pickle").open("rb") as f:
        back = [pickle.load(f) for _ in range(_count(tmp_path))]
    assert [type(x).__name__ for x in back].count("Rejection") == 1 and len(back) == 8

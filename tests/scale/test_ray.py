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
    finally:
        ray.shutdown()
    assert json.dumps(got, sort_keys=True) == json.dumps(local, sort_keys=True)

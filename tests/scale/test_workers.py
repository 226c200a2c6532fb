"""Extraction in several processes gives the records one process gives, in input order."""

import json

from claimgraph.extract import extract_stream
from claimgraph.ingest import RawArticle
from claimgraph.ingest.base import Rejection
from claimgraph.scale import article_from_row, article_row, extract_shard, run_stream
from claimgraph.scale.workers import default_workers, pool_stream

TEXTS = [
    "The regional governor said on Monday that two drones hit a grain silo near the river port.",
    "Firefighters put out the blaze by morning, the emergency service said.",
    '"We found three people under the rubble," a rescuer told reporters in Sumy.',
    "According to the navy, a patrol boat sank after striking a mine on Saturday.",
    "The army said it had repelled 14 attacks near Pokrovsk over the past day.",
]


def items():
    out = []
    for i, t in enumerate(TEXTS):
        out.append(RawArticle(text=t, locator=f"t:{i}", id=f"a{i}", published="2025-06-02", outlet="Test Wire"))
        if i == 1:
            out.append(Rejection("t:bad", "empty", "no text"))
    return out


def dump(stream):
    return [(type(x).__name__, json.dumps(r.to_dict(), sort_keys=True) if r is not None else None) for x, r in stream]


def test_rows_round_trip():
    raw = items()[0]
    assert article_from_row(article_row(raw)) == raw


def test_extract_shard_is_the_per_article_function():
    rows = [article_row(x) for x in items() if isinstance(x, RawArticle)]
    one = extract_shard(rows)
    assert [r["article"]["id"] for r in one] == [f"a{i}" for i in range(len(TEXTS))]
    assert one == [r.to_dict() for _x, r in extract_stream([article_from_row(r) for r in rows])]


def test_two_workers_give_the_records_of_one_process_in_input_order():
    single = dump(extract_stream(items()))
    assert [k for k, _ in single].count("Rejection") == 1
    assert dump(pool_stream(items(), workers=2, shard_size=2)) == single  # three shards
    assert dump(pool_stream(items(), workers=2, shard_size=50)) == single  # one shard: run here
    assert dump(run_stream(items(), workers=1)) == single


def test_default_workers_is_the_cores_available():
    assert default_workers() >= 1

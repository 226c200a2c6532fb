"""The evaluation gate: the benchmark score, every category's strict F1 and the corpus figures must not
fall below the floors in benchmarks/bench_floor.json, on the whole bench and on its English articles.
The floors pin a digest of the bench: when the bench changes, this fails until they are re-recorded."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_floor", ROOT / "benchmarks" / "bench_floor.py")
bench_floor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_floor)


def test_floors_are_for_this_bench(shared):
    floor = json.loads((ROOT / "benchmarks/bench_floor.json").read_text())
    assert floor["bench_digest"] == bench_floor.bench_digest(shared / "bench"), (
        "the bench in shared/bench changed since the floors were recorded: "
        "re-record them with `python benchmarks/bench_floor.py --record` (one commit that says so)"
    )


@pytest.mark.slow
@pytest.mark.parametrize("subset", sorted(bench_floor.SUBSETS))
def test_benchmark_does_not_regress(shared, tmp_path, subset):
    floor = json.loads((ROOT / "benchmarks/bench_floor.json").read_text())[subset]
    got = bench_floor.floors_of(bench_floor.run_bench(bench_floor.SUBSETS[subset], tmp_path))
    low = {k: (got.get(k), v) for k, v in floor.items() if got.get(k, -1.0) < v - 1e-9}
    assert not low, f"below the floor ({subset}): {low}"

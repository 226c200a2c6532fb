"""The evaluation gate: the benchmark score and every category's strict F1 must not fall
below the figures recorded in benchmarks/bench_floor.json (raise them as scores rise)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmark_does_not_regress(shared, tmp_path):
    floor = json.loads((ROOT / "benchmarks/bench_floor.json").read_text())
    out = tmp_path / "figures.json"
    cmd = f"{sys.executable} -m claimgraph.cli"
    r = subprocess.run([sys.executable, str(shared / "bench/run.py"), "--cmd", cmd, "--work", str(tmp_path / "w"),
                        "--json", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    got = json.loads(out.read_text())
    assert got["score"] >= floor["score"] - 1e-9
    for cat, value in floor.items():
        if cat in got and isinstance(got[cat], dict):
            assert got[cat]["strict_f1"] >= value - 1e-9, cat
    assert got["derivations"]["f1"] >= floor["derivations_f1"] - 1e-9
    assert got["clusters"]["pairwise_f1"] >= floor["clusters_pairwise_f1"] - 1e-9
    assert got["clusters"]["confirmations_acc"] >= floor["confirmations_acc"] - 1e-9

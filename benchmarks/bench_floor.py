"""Record or check the benchmark floors (``benchmarks/bench_floor.json``).

    python benchmarks/bench_floor.py --digest     # print the digest of ../shared/bench
    python benchmarks/bench_floor.py --record     # run the bench (all articles, English only, Ukrainian and Russian only) and
                                                  # write the floors; only ever to raise them, or once
                                                  # when the bench itself changed

The floor file pins a digest of the bench (articles, gold, scorer, runner) beside the figures, so a change
of the bench is noticed by ``tests/test_bench_gate.py`` instead of silently moving every floor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
FLOOR = ROOT / "benchmarks" / "bench_floor.json"
SUBSETS = {"all": None, "en": "en", "uk,ru": "uk,ru"}


def bench_digest(bench: Path = BENCH) -> str:
    """sha256 over the bench's articles, gold, scorer and runner (names and bytes, in sorted order)."""
    h = hashlib.sha256()
    files = sorted([*(bench / "articles").glob("*"), *(bench / "gold").glob("*"), bench / "score.py", bench / "run.py"])
    for f in files:
        if f.is_file():
            h.update(f.relative_to(bench).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def run_bench(lang: str | None, work: Path, cmd: str | None = None) -> dict:
    out = work / "figures.json"
    args = [sys.executable, str(BENCH / "run.py"), "--work", str(work / "w"), "--json", str(out)]
    args += ["--cmd", cmd or f"{sys.executable} -m claimgraph.cli"]
    if lang:
        args += ["--lang", lang]
    r = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-2000:])
    return json.loads(out.read_text())


def floors_of(figures: dict) -> dict:
    """The figures the gate checks: the score, each category's strict F1, and the corpus figures."""
    f = {"score": figures["score"]}
    for cat, value in figures.items():
        if isinstance(value, dict) and "strict_f1" in value:
            f[cat] = value["strict_f1"]
    f["derivations_f1"] = figures["derivations"]["f1"]
    f["clusters_pairwise_f1"] = figures["clusters"]["pairwise_f1"]
    f["confirmations_acc"] = figures["clusters"]["confirmations_acc"]
    return f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--digest", action="store_true")
    ap.add_argument("--record", action="store_true")
    a = ap.parse_args()
    if a.digest:
        print(bench_digest())
        return
    if a.record:
        data: dict = {"bench_digest": bench_digest()}
        for name, lang in SUBSETS.items():
            with tempfile.TemporaryDirectory() as d:
                data[name] = floors_of(run_bench(lang, Path(d)))
        FLOOR.write_text(json.dumps(data, indent=1) + "\n")
        print(json.dumps(data, indent=1))
        return
    ap.print_help()


if __name__ == "__main__":
    main()

"""Throughput of whole commands, side by side on the same generated news texts, in one run:

    python benchmarks/throughput.py                  # 300 articles
    python benchmarks/throughput.py --n 1000 --json out.json

Each figure is one whole process (start-up, model load and writing included), so the ratios are
what a user sees:

- bare spaCy: a script that loads the same model as spaCy ships it (``shipped_model``: without claimgraph's
  faster attribute ruler) and runs ``nlp.pipe`` over the texts, with
  ``n_process=1`` and ``n_process=2`` (what a plain script on this model costs);
- ``claimgraph extract --workers 1`` and ``--workers 2`` (records written to a folder);
- ``claimgraph extract --engine ray --workers 2`` on a local Ray (start-up of Ray included).

The texts are generated from templates of ordinary war reporting (about 310 words each: attributed
claims, a quotation, figures, places, dates, a verification line), never from the benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TOWNS = ["Kharkiv", "Sumy", "Poltava", "Dnipro", "Zaporizhzhia", "Kherson", "Odesa", "Mykolaiv", "Chernihiv", "Izium"]
SOURCES = [
    "the regional governor",
    "the State Emergency Service",
    "the defence ministry",
    "the air force",
    "a local official",
    "the general staff",
    "police",
    "the city council",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARAS = [
    "Russian drones struck {town} overnight, damaging {n1} homes and a school, {src} said on {day}.",
    "{n2} people were injured, including two children, according to {src2}. Rescuers worked through the night "
    "to clear the rubble, and power was restored to most districts by the morning.",
    '"The attack lasted almost three hours. We heard at least {n3} explosions," a resident told reporters. '
    '"Nobody slept. People went down to the basements and stayed there until dawn."',
    "{src} said air defences shot down {n4} of {n5} drones launched from the east, while {src2} reported "
    "fires at a warehouse and a fuel depot near the railway station.",
    "The claims could not be independently verified. Moscow did not comment on the strikes, which came a day "
    "after officials in {town2} reported shelling that killed {n6} civilians.",
    "Officials said repairs to the substation would take at least {n7} days. The city has been hit {n8} times "
    "since the start of the month, according to figures published by {src}.",
    "Footage posted on Telegram purportedly shows a column of smoke over the industrial zone. "
    "Analysts said the images were consistent with a strike on a storage site.",
]


def texts(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        f = {
            "town": rnd.choice(TOWNS),
            "town2": rnd.choice(TOWNS),
            "src": rnd.choice(SOURCES),
            "src2": rnd.choice(SOURCES),
            "day": rnd.choice(DAYS),
            **{f"n{k}": rnd.randint(2, 60) for k in range(1, 9)},
        }
        paras = [p.format(**f) for p in PARAS]
        body = "\n".join(paras + [paras[1].replace("injured", "hurt"), paras[5]])
        title = f"Drones hit {f['town']} overnight"
        out.append({"id": f"g{i:05d}", "title": title, "text": f"{title}\n{body}", "published": "2025-06-09"})
    return out


# the model as spaCy ships it (``shipped_model``: every pipe spaCy's own, no claimgraph speed-up),
# on the same paragraph docs claimgraph parses
BARE = """
import json, sys, time
from claimgraph.extract.nlp import paragraph_doc, shipped_model
n_process = int(sys.argv[2])
nlp = shipped_model()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
if n_process == 1:
    docs = nlp.pipe((paragraph_doc(t, nlp) for t in texts), batch_size=32)
else:
    docs = nlp.pipe(texts, batch_size=32, n_process=n_process)
print(sum(1 for _ in docs))
"""


LOADS: dict[str, tuple[float, float]] = {}
CPU: dict[str, float] = {}


def timed(cmd: list[str], env: dict, name: str = "") -> float:
    """Seconds the whole command took; the machine's 1-minute load average before and after it is
    kept in ``LOADS`` (a shared machine's load says how far the figures are from an idle one's), and
    the CPU seconds of the command and its children in ``CPU`` (steadier than wall time under load)."""
    import resource

    before = os.getloadavg()[0]
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[name] = round(c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime, 2)
    LOADS[name] = (round(before, 1), round(os.getloadavg()[0], 1))
    return dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="articles")
    ap.add_argument("--no-ray", action="store_true", help="leave out the Ray run")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument(
        "--baseline",
        help="another checkout's src folder (e.g. /work/main/src): its claimgraph with 1 worker is timed in the "
        "same run, before and after side by side, and its records compared with this one's",
    )
    ap.add_argument("--only-1", action="store_true", help="only the 1-process runs (bare spaCy, claimgraph, baseline)")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="cg-throughput-"))
    # a gazetteer cache of this run's own, so that another checkout's run on the same machine (whose
    # code gives another cache key) cannot replace it between the warm-up and the timed commands
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        CLAIMGRAPH_CACHE_DIR=str(work / "cache"),
    )
    base_env = (
        dict(
            env,
            PYTHONPATH=os.pathsep.join([a.baseline, os.environ.get("PYTHONPATH", "")]),
            CLAIMGRAPH_CACHE_DIR=str(work / "cache-baseline"),
        )
        if a.baseline
        else None
    )
    try:
        inp = work / "articles.jsonl"
        inp.write_text("".join(json.dumps(t) + "\n" for t in texts(a.n)), encoding="utf-8")
        bare = work / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        cg = [sys.executable, "-m", "claimgraph.cli", "extract", str(inp)]
        runs: dict[str, tuple[list[str], dict]] = {
            "spacy_1_process": ([sys.executable, str(bare), str(inp), "1"], env),
            "claimgraph_1_worker": (cg + ["--out", str(work / "o1"), "--workers", "1"], env),
        }
        if base_env:
            runs["baseline_1_worker"] = (cg + ["--out", str(work / "ob"), "--workers", "1"], base_env)
        if not a.only_1:
            runs["spacy_n_process_2"] = ([sys.executable, str(bare), str(inp), "2"], env)
            runs["claimgraph_2_workers"] = (cg + ["--out", str(work / "o2"), "--workers", "2"], env)
            if base_env:
                runs["baseline_2_workers"] = (cg + ["--out", str(work / "ob2"), "--workers", "2"], base_env)
            if not a.no_ray:
                runs["claimgraph_ray_local_2"] = (
                    cg + ["--out", str(work / "o3"), "--engine", "ray", "--workers", "2"],
                    env,
                )
        # the caches (the gazetteer index, built once per machine) made before any timed run
        warm = work / "warm.jsonl"
        warm.write_text("".join(json.dumps(t) + "\n" for t in texts(5)), encoding="utf-8")
        for e in (env, base_env):
            if e:
                timed([*cg[:-1], str(warm), "--out", str(work / "warm"), "--workers", "1"], e, "warm-up")
        secs = {name: timed(cmd, e, name) for name, (cmd, e) in runs.items()}
        rate = {k: round(a.n / v, 2) for k, v in secs.items()}

        def same_as_o1(dirs: tuple[str, ...]) -> bool:
            return all(
                (work / d / f"g{i:05d}.json").read_bytes() == (work / "o1" / f"g{i:05d}.json").read_bytes()
                for d in dirs
                if (work / d).exists()
                for i in range(a.n)
            )

        same = same_as_o1(("o2", "o3"))
        fig: dict = {
            "articles": a.n,
            "cores": os.cpu_count(),
            "seconds": {k: round(v, 2) for k, v in secs.items()},
            "cpu_seconds": dict(CPU),
            "articles_per_s": rate,
            "claimgraph_1_worker_vs_spacy_1_process": round(secs["claimgraph_1_worker"] / secs["spacy_1_process"], 3),
            "claimgraph_1_worker_vs_spacy_1_process_cpu": round(
                CPU["claimgraph_1_worker"] / max(1e-9, CPU["spacy_1_process"]), 3
            ),
            "load_average_before_after": LOADS,
            "records_identical_across_runners": same,
        }
        if base_env:
            fig["baseline_records_identical"] = same_as_o1(("ob", "ob2"))
            fig["baseline_1_worker_vs_spacy_1_process"] = round(secs["baseline_1_worker"] / secs["spacy_1_process"], 3)
            fig["baseline_1_worker_vs_spacy_1_process_cpu"] = round(
                CPU["baseline_1_worker"] / max(1e-9, CPU["spacy_1_process"]), 3
            )
        if not a.only_1:
            fig["claimgraph_2_workers_vs_spacy_n_process_2"] = round(
                secs["claimgraph_2_workers"] / secs["spacy_n_process_2"], 3
            )
            fig["two_workers_speedup"] = round(secs["claimgraph_1_worker"] / secs["claimgraph_2_workers"], 3)
            fig["spacy_two_process_speedup"] = round(secs["spacy_1_process"] / secs["spacy_n_process_2"], 3)
            if base_env:
                fig["baseline_two_workers_speedup"] = round(secs["baseline_1_worker"] / secs["baseline_2_workers"], 3)
        for k, v in rate.items():
            lo, hi = LOADS[k]
            print(f"{k:<26} {v:>8.2f} articles/s   ({secs[k]:.1f} s, {CPU[k]:.1f} s CPU; load average {lo} -> {hi})")
        print(
            f"claimgraph 1 worker / bare spaCy 1 process: {fig['claimgraph_1_worker_vs_spacy_1_process']}x time, "
            f"{fig['claimgraph_1_worker_vs_spacy_1_process_cpu']}x CPU"
        )
        if base_env:
            print(
                f"baseline 1 worker / bare spaCy 1 process: {fig['baseline_1_worker_vs_spacy_1_process']}x time, "
                f"{fig['baseline_1_worker_vs_spacy_1_process_cpu']}x CPU"
            )
        if not a.only_1:
            print(
                f"claimgraph 2 workers / bare spaCy n_process=2: {fig['claimgraph_2_workers_vs_spacy_n_process_2']}x "
                "time"
            )
            print(
                f"2 workers vs 1: {fig['two_workers_speedup']}x speed (bare spaCy 2 processes vs 1: "
                f"{fig['spacy_two_process_speedup']}x)"
            )
            if base_env:
                print(f"baseline 2 workers vs 1: {fig['baseline_two_workers_speedup']}x speed")
        print(f"records identical across runners: {same}")
        if base_env:
            print(f"baseline's records identical to these: {fig['baseline_records_identical']}")
        if a.json:
            Path(a.json).write_text(json.dumps(fig, indent=1), encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

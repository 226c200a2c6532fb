"""Linking at scale: synthetic article records linked at 10,000 / 30,000 / 100,000 (and 1,000,000) articles.

    python benchmarks/link_scale.py                        # 10k, 30k, 100k
    python benchmarks/link_scale.py --sizes 2000 5000      # quicker
    python benchmarks/link_scale.py --sizes 10000 1000000  # the million (issue #17)

Each size runs in its own process (so peak memory is that size's alone): the records are generated
to a JSON-lines file one at a time (the generator never holds them all), then read back and linked.
It reports the link time (reading included), CPU time, peak resident memory, derivations,
clusters, and how far the known copies and rewrites were found. Goals: 100,000 in under 10
minutes and 4 GB on 2 cores with at most 3 parents per article (issues #6, #12); 1,000,000 in
under 30 minutes and 8 GB (#17); near-linear growth (time per article at the largest size no more
than 2x that at the smallest). A size whose process passes its memory goal by 10 % is stopped
there (the figure printed says where), so that a size too large for the machine does not take the
memory of everyone sharing it. Exit status 1 when a goal is missed.

The corpus: stories, each an original with 0-3 derived articles (verbatim copies,
syndicated copies with a credit line, rewrites that reorder, drop a hedge, change a figure
or add a detail) and unrelated single stories, all built from a large random vocabulary of
place names, actors and events so that unrelated stories share only common words.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SYL = [
    "ka",
    "ro",
    "vi",
    "lo",
    "pe",
    "tra",
    "sk",
    "no",
    "ma",
    "zi",
    "dor",
    "bel",
    "yan",
    "ov",
    "sha",
    "ku",
    "pi",
    "len",
    "hor",
    "ve",
    "ta",
    "mir",
    "gra",
    "dni",
    "sl",
    "ost",
    "pol",
    "rud",
    "che",
    "zav",
]
VERBS = ["struck", "shelled", "hit", "attacked", "damaged", "targeted"]
OBJECTS = [
    "a fuel depot",
    "a power substation",
    "a rail bridge",
    "an apartment block",
    "a grain terminal",
    "a school",
    "a water station",
    "a hospital wing",
    "a warehouse",
    "a checkpoint",
    "a drone workshop",
]
SOURCES = [
    ("the regional governor", "regional_administration"),
    ("the General Staff", "military"),
    ("the defence ministry", "government"),
    ("a military spokesperson", "military"),
    ("the emergency service", "government"),
    ("the mayor", "government"),
]
HEDGES = ["reportedly", "allegedly", "purportedly"]


def _name(rng: random.Random, lo: int = 3, hi: int = 4) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(lo, hi))).capitalize()


# a war has a few dozen regions that every other report names, and thousands of places
REGIONS = [f"{_name(random.Random(i), 2, 3)} Oblast" for i in range(25)]


def _story(rng: random.Random) -> dict:
    """The facts of one story: a place, a target, figures, a source."""
    return {
        "place": _name(rng, 4, 5),
        "region": rng.choice(REGIONS),
        "verb": rng.choice(VERBS),
        "object": rng.choice(OBJECTS),
        "drones": rng.randint(3, 90),
        "down_share": rng.randint(40, 95),
        "injured": rng.randint(1, 30),
        "source": rng.choice(SOURCES),
        "hedge": rng.choice(HEDGES),
        "commander": _name(rng) + " " + _name(rng),
        "extra": [f"{_name(rng)} {_name(rng).lower()} {_name(rng).lower()}" for _ in range(3)],
        "day": rng.choice(DAYS),
        "style": {k: rng.randrange(12) for k in PHRASES},
    }


PHRASES = {
    "strike": [
        "Russian drones {h}{verb} {obj} near {place} overnight, {src} said.",
        "{src_cap} said {obj} in {place} was {h}{verb} by drones during the night.",
        "Drones {h}{verb} {obj} on the edge of {place} early on {day}, according to {src}.",
        "{obj_cap} close to {place} was {h}{verb} in a drone raid, {src} reported.",
    ],
    "launched": [
        "At least {n} drones were launched from {region}, according to {src}.",
        "{src_cap} said {n} attack drones had been sent from {region}.",
        "The raid involved {n} drones fired from {region}, {src} wrote on Telegram.",
    ],
    "down": [
        "Air defence units shot down {n} of them over {region}.",
        "{n} of the drones were intercepted above {region}, the air force said.",
        "Gunners destroyed {n} drones before they reached {place}.",
    ],
    "injured": [
        "{n} people were injured and taken to hospital in {place}.",
        "Doctors in {place} treated {n} wounded residents.",
        "The attack left {n} civilians hurt in {place}, medics said.",
    ],
    "commander": [
        "Commander {cmd} said the {x0} was hit twice.",
        "{cmd}, who leads a unit near {place}, said the {x0} took two hits.",
        "According to commander {cmd}, the {x0} was struck a second time at dawn.",
    ],
    "background": [
        "{place} has been shelled for months near the {x1}.",
        "Shelling of {place} has intensified since the {x1} changed hands.",
        "Residents of {place} have lived under fire since spring, near the {x1}.",
    ],
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sentences(
    st: dict, rng: random.Random, hedge: bool = True, drones: int | None = None, detail: bool = False
) -> list[tuple[str, dict]]:
    """The story told in the phrasing the story picked (``st['style']``): an outlet's copy keeps it."""
    d = drones if drones is not None else st["drones"]
    down = max(1, d * st["down_share"] // 100)
    src, _kind = st["source"]
    style = st["style"]
    f = {
        "h": st["hedge"] + " " if hedge else "",
        "verb": st["verb"],
        "obj": st["object"],
        "obj_cap": st["object"][0].upper() + st["object"][1:],
        "place": st["place"],
        "src": src,
        "src_cap": src[0].upper() + src[1:],
        "region": st["region"],
        "cmd": st["commander"],
        "day": st["day"],
        "x0": st["extra"][0],
        "x1": st["extra"][1],
    }

    def say(key: str, **kw: object) -> str:
        opts = PHRASES[key]
        return opts[style[key] % len(opts)].format(**(f | kw))

    out = [
        (say("strike"), {"src": src, "hedge": hedge}),
        (say("launched", n=d), {"src": src, "n": d}),
        (say("down", n=down), {"n": down}),
        (say("injured", n=st["injured"]), {"n": st["injured"]}),
        (say("commander"), {"src": st["commander"]}),
        (say("background"), {}),
        (
            f'"We held the {st["extra"][1]} until {st["day"]}," {st["commander"]} said.',
            {"src": st["commander"], "quote": True},
        ),
        (f'"Nobody was left behind in {st["place"]}," he added.', {"src": st["commander"], "quote": True}),
    ]
    if detail:
        out.append((f"Residents of {st['place']} said the {st['extra'][2]} burned until dawn.", {"src": "residents"}))
    return out


def _record(aid: str, outlet: str, published: str, sents: list[tuple[str, dict]], credit: str | None = None):
    from claimgraph.model import ArticleMeta, ArticleRecord, Claim, Hop, Quantity, Source, Span

    text, claims, sources, qty = "", [], {}, []
    for s, info in sents:
        start = len(text)
        text += s + "\n\n"
        c = Claim(
            id=f"c{len(claims) + 1}",
            text=s.rstrip("."),
            start=start,
            end=start + len(s) - 1,
            quote=bool(info.get("quote")),
        )
        if info.get("src"):
            name = info["src"]
            if name not in sources:
                sources[name] = Source(id=f"s{len(sources) + 1}", name=name, kind="official")
            c.attribution = [Hop(sources[name].id, Span("said", start, start + 4), "statement")]
            c.stance = "reports"
        if info.get("hedge"):
            c.hedges = [Span("reportedly", start, start + 10)]
        if info.get("n") is not None:
            q = Quantity(
                f"q{len(qty) + 1}", str(info["n"]), start, start + len(str(info["n"])), float(info["n"]), "count"
            )
            qty.append(q)
            c.quantities = [q.id]
        claims.append(c)
    if credit:
        text += f"This article was originally published by {credit}.\n"
    rec = ArticleRecord(article=ArticleMeta(id=aid, text=text, outlet=outlet, published=published))
    rec.claims, rec.sources, rec.quantities = claims, list(sources.values()), qty
    return rec


def iter_records(n: int, seed: int = 11) -> Iterator[tuple[Any, tuple[str, str] | None]]:
    """n synthetic records, one at a time, each with the (derived, original) pair planted by it
    (None for an original or an unrelated story)."""
    rng = random.Random(seed)
    made = 0
    outlets = [f"{_name(rng)} News" for _ in range(300)]
    while made < n:
        st = _story(rng)
        day = rng.randint(1, 27)
        oid = f"a{made:06d}"
        src_outlet = rng.choice(outlets)
        yield _record(oid, src_outlet, f"2025-05-{day:02d}", _sentences(st, rng)), None
        made += 1
        if rng.random() < 0.35:  # an unrelated single story
            continue
        for _ in range(rng.randint(1, 3)):
            if made >= n:
                break
            did = f"a{made:06d}"
            kind = rng.choice(["copy", "syndication", "rewrite", "rewrite"])
            later = f"2025-05-{day + 1:02d}"
            if kind == "copy":
                rec = _record(did, rng.choice(outlets), later, _sentences(st, rng))
            elif kind == "syndication":
                rec = _record(did, rng.choice(outlets), later, _sentences(st, rng), credit=src_outlet)
            else:  # a rewrite: hedge dropped, a figure changed, a detail added, two sentences swapped
                s = _sentences(st, rng, hedge=False, drones=st["drones"] + rng.randint(1, 5), detail=True)
                s[3], s[4] = s[4], s[3]  # (the quotations keep their order)
                rec = _record(did, rng.choice(outlets), later, s)
            yield rec, (did, oid)
            made += 1


def make_records(n: int, seed: int = 11) -> tuple[list, set[tuple[str, str]]]:
    """n synthetic records and the (derived, original) pairs planted among them."""
    recs, planted = [], set()
    for rec, pair in iter_records(n, seed):
        recs.append(rec)
        if pair:
            planted.add(pair)
    return recs, planted


def write_records(n: int, path: Path, seed: int = 11) -> set[tuple[str, str]]:
    """The n records written to ``path`` as JSON lines, one record in memory at a time; returns the
    planted pairs."""
    planted = set()
    with path.open("wb") as f:
        for rec, pair in iter_records(n, seed):
            f.write(rec.to_json() + b"\n")
            if pair:
                planted.add(pair)
    return planted


def read_records(path: Path) -> Iterator[Any]:
    import orjson

    from claimgraph.model import ArticleRecord

    with path.open("rb") as f:
        for line in f:
            yield ArticleRecord.from_dict(orjson.loads(line))


class _Watch:
    """Peak resident memory, sampled, and a stop when it passes a limit (so that a size too large
    for the machine ends with a figure instead of taking the memory of everyone sharing it)."""

    def __init__(self, limit_mb: float) -> None:
        import os
        import threading

        self.limit, self.stage, self.t0 = limit_mb, "start", time.perf_counter()
        self.folder: str | None = None
        self.page = os.sysconf("SC_PAGE_SIZE")
        threading.Thread(target=self._run, daemon=True).start()

    def rss_mb(self) -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * self.page / 2**20

    def _run(self) -> None:
        import os

        while True:
            time.sleep(0.5)
            if self.limit and self.rss_mb() > self.limit:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(
                    json.dumps(
                        {
                            "stopped": f"over {self.limit:.0f} MB while {self.stage}",
                            "peak_rss_mb": round(peak),
                            "after_s": round(time.perf_counter() - self.t0, 1),
                        }
                    ),
                    flush=True,
                )
                if self.folder:  # (os._exit skips the temporary folder's clean-up: the records file is gigabytes)
                    import shutil

                    shutil.rmtree(self.folder, ignore_errors=True)
                os._exit(3)


def run_one(n: int, limit_mb: float = 0, folder: str | None = None, spill: bool = True) -> dict:
    """Generate n records to a file (streamed: one record in memory at a time), then link them as
    read back from the file (spilled: their bodies off the heap; else all in memory). The link time is
    the reading and the linking."""
    import tempfile

    from claimgraph.link import link_records
    from claimgraph.link.spill import SpilledRecords

    watch = _Watch(limit_mb)
    with tempfile.TemporaryDirectory(dir=folder, prefix="link-scale-") as tmp:
        path = Path(tmp) / "records.jsonl"
        watch.folder = tmp
        watch.stage = "generating"
        t0 = time.perf_counter()
        planted = write_records(n, path)
        gen = time.perf_counter() - t0
        gen_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0, c0 = time.perf_counter(), time.process_time()
        stages: list[dict] = []

        def progress(name: str) -> None:
            # each stage's wall and CPU seconds and resident memory at its end, and the peak so far
            now, cpu_now = time.perf_counter(), time.process_time()
            if stages:
                last = stages[-1]
                last["wall_s"] = round(now - last.pop("_t"), 1)
                last["cpu_s"] = round(cpu_now - last.pop("_c"), 1)
                last["rss_mb"] = round(watch.rss_mb())
                last["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
                print(json.dumps({"stage": last}), file=sys.stderr, flush=True)
            if name != "done":
                stages.append({"name": name, "_t": now, "_c": cpu_now})
            watch.stage = name

        progress("reading")
        claims = 0

        def counted() -> Iterator[Any]:
            nonlocal claims
            for k, rec in enumerate(read_records(path), 1):
                claims += len(rec.claims)
                if k % 10000 == 0:
                    watch.stage = f"reading ({k} records read)"  # where a stop for memory came
                yield rec

        # the records off the heap: each article in memory, the rest of the record in a spill file
        # read back by offset when a stage asks for it (``claimgraph.link.spill``)
        recs = SpilledRecords(counted(), folder=tmp) if spill else list(counted())
        corpus = link_records(recs, progress=progress)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        decoded = recs.decoded if isinstance(recs, SpilledRecords) else 0
        if isinstance(recs, SpilledRecords):
            recs.close()
    found = {(d.article, d.derived_from) for d in corpus.derivations}
    story = {a: o for a, o in planted} | {o: o for _, o in planted}
    # a link between two articles of one story (a copy of a rewrite) is right; across stories it is wrong
    unrelated = sum(1 for a, b in found if story.get(a, a) != story.get(b, b))
    drift_changes = sum(len(d.get("changes", [])) for d in corpus.drift)
    parents: dict[str, int] = {}
    for d in corpus.derivations:
        parents[d.article] = parents.get(d.article, 0) + 1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": n,
        "claims": claims,
        "spilled": spill,
        "bodies_decoded": decoded,
        "generate_s": round(gen, 1),
        "generate_peak_mb": round(gen_mb),
        "link_s": round(dt, 1),
        "cpu_s": round(cpu, 1),  # on a machine shared with other work, CPU time is the steadier figure
        "ms_per_article": round(dt / n * 1000, 2),
        "peak_rss_mb": round(peak_mb),
        "derivations": len(corpus.derivations),
        "planted": len(planted),
        "planted_found": round(len(found & planted) / max(1, len(planted)), 4),
        "unrelated_links": unrelated,
        "clusters": len(corpus.claim_clusters),
        "drift_changes": drift_changes,
        "max_parents": max(parents.values(), default=0),
        "stages": stages,
    }


def digest(n: int, spill: bool = False) -> str:
    """A digest of the whole corpus record of n generated articles: linking changed only in how it
    holds and computes things must give the same digest as the code before (``spill``: the records'
    bodies off the heap, as the benchmark links them)."""
    import hashlib

    import orjson

    from claimgraph.link import link_records
    from claimgraph.link.spill import SpilledRecords

    recs, _ = make_records(n)
    got = link_records(SpilledRecords(recs, cache=64) if spill else recs)
    return hashlib.sha256(orjson.dumps(got.to_dict(), option=orjson.OPT_SORT_KEYS)).hexdigest()


def near_copies(n: int = 300) -> dict:
    """One story and ``n`` near-copies of it, an hour apart, each changing one figure or dropping a
    sentence: linking must give a tree (at most max_parents per article), not every pair."""
    from claimgraph import link

    rng = random.Random(5)
    st = _story(rng)
    recs = [_record("n0000", "Origin News", "2025-05-01T00:00", _sentences(st, rng))]
    for i in range(1, n + 1):
        s = _sentences(st, rng, drones=st["drones"] + rng.randint(0, 3))
        if rng.random() < 0.5:
            s.pop(rng.randrange(1, len(s)))
        recs.append(_record(f"n{i:04d}", f"Mirror {i}", f"2025-05-{1 + i // 24:02d}T{i % 24:02d}:00", s))
    t0 = time.perf_counter()
    corpus = link(recs)
    parents: dict[str, int] = {}
    for d in corpus.derivations:
        parents[d.article] = parents.get(d.article, 0) + 1
    return {
        "articles": len(recs),
        "link_s": round(time.perf_counter() - t0, 1),
        "derivations": len(corpus.derivations),
        "max_parents": max(parents.values(), default=0),
        "with_a_parent": len(parents),
    }


def goals(n: int, args: argparse.Namespace) -> tuple[float, float]:
    """(seconds, MB) that linking n articles must stay under."""
    if n >= 1_000_000:
        return args.max_seconds_1m, args.max_mb_1m
    return args.max_seconds, args.max_mb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process for one size
    ap.add_argument("--limit-mb", type=float, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--max-mb", type=float, default=4096)
    ap.add_argument("--max-seconds-1m", type=float, default=1800, help="time goal of sizes of a million and more")
    ap.add_argument("--max-mb-1m", type=float, default=8192, help="memory goal of sizes of a million and more")
    ap.add_argument("--max-parents", type=int, default=3)
    ap.add_argument("--near-copies", type=int, default=300, help="size of the one-story near-copy check (0: skip)")
    ap.add_argument("--tmp", help="folder for the generated records (default: the system's temporary folder)")
    ap.add_argument("--stages", action="store_true", help="print each stage's wall, CPU and memory")
    ap.add_argument("--digest", type=int, metavar="N", help="print the digest of the corpus record of N articles")
    ap.add_argument(
        "--no-spill",
        dest="spill",
        action="store_false",
        help="hold every record in memory (default: the records' bodies in a spill file; with --digest, "
        "check that both give the same corpus record)",
    )
    args = ap.parse_args(argv)
    if args.digest:
        got = digest(args.digest)
        print(got)
        if args.spill and digest(args.digest, spill=True) != got:
            print("the spilled records give another corpus record", file=sys.stderr)
            return 1
        return 0
    if args.one:
        print(json.dumps(run_one(args.one, args.limit_mb, args.tmp, spill=args.spill)))
        return 0
    tree_ok = True
    if args.near_copies:
        nc = near_copies(args.near_copies)
        tree_ok = nc["max_parents"] <= args.max_parents and nc["derivations"] < 2 * nc["articles"]
        print(
            f"{nc['articles']} near-copies of one story: {nc['derivations']} derivations, "
            f"{nc['with_a_parent']} articles with a parent, at most {nc['max_parents']} parents each "
            f"({nc['link_s']} s): {'a tree' if tree_ok else 'NOT a tree'}",
            flush=True,
        )
    rows, stopped = [], False
    for n in args.sizes:
        secs, mb = goals(n, args)
        cmd = [sys.executable, __file__, "--one", str(n), "--limit-mb", str(mb * 1.1)]
        cmd += [] if args.spill else ["--no-spill"]
        # with --stages the child's stage lines go straight to stderr as each stage ends
        r = subprocess.run(
            cmd + (["--tmp", args.tmp] if args.tmp else []),
            stdout=subprocess.PIPE,
            stderr=None if args.stages else subprocess.PIPE,
            text=True,
            check=False,
        )
        last = (r.stdout.strip().splitlines() or ["{}"])[-1]
        if r.returncode == 3 and "stopped" in last:
            got = json.loads(last)
            print(f"{n:>7} articles: stopped {got['stopped']}, after {got['after_s']} s (peak {got['peak_rss_mb']} MB)")
            stopped = True
            continue
        if r.returncode:
            print(f"{n}: failed\n{(r.stderr or '')[-3000:]}", file=sys.stderr)
            return 1
        row = json.loads(last)
        row["goal_s"], row["goal_mb"] = secs, mb
        rows.append(row)
        if args.stages:
            for st in row["stages"]:
                print(
                    f"{n:>7}   {st['name']:<12} {st['wall_s']:>8.1f} s wall {st['cpu_s']:>8.1f} s CPU "
                    f"{st['rss_mb']:>6} MB after (peak {st['peak_mb']} MB)",
                    flush=True,
                )
        print(
            f"{n:>7} articles ({row['claims']} claims): link {row['link_s']:>7.1f}s ({row['cpu_s']} s CPU) "
            f"({row['ms_per_article']} ms/article), peak {row['peak_rss_mb']} MB "
            f"(generating: {row['generate_s']} s, {row['generate_peak_mb']} MB), "
            f"{row['derivations']} derivations ({row['planted_found']:.1%} of {row['planted']} planted found, "
            f"{row['unrelated_links']} between unrelated stories), {row['clusters']} clusters, "
            f"at most {row['max_parents']} parents",
            flush=True,
        )
    if not rows:
        print("goals MISSED: no size finished")
        return 1
    big, small = rows[-1], rows[0]
    growth = big["ms_per_article"] / max(1e-9, small["ms_per_article"])
    ok = (
        not stopped
        and all(r["link_s"] <= r["goal_s"] and r["peak_rss_mb"] <= r["goal_mb"] for r in rows)
        and growth <= 2.0
        and all(r["max_parents"] <= args.max_parents for r in rows)
        and tree_ok
    )
    print(
        f"time per article grows {growth:.2f}x from {small['articles']} to {big['articles']} articles; "
        f"goals {'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

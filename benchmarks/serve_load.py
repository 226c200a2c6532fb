"""The web app under load: 200 concurrent readers on localhost against a store of 10,000 articles.

    python benchmarks/serve_load.py                       # 10,000 articles, 200 readers
    python benchmarks/serve_load.py --articles 2000 --readers 50 --requests 5   # quicker

The store is made once from the synthetic records of ``link_scale.py`` (stories with copies,
syndications and rewrites; ~8 claims an article), stored, linked and kept in ``--db`` for the next run.
``claimgraph serve`` runs in its own process (one uvicorn worker by default, ``--workers`` for more) on a
free loopback port. Each reader is a person at a browser: it makes ``--requests`` requests (each on a new
connection, as a browser after a read longer than the server's 5 s keep-alive), alternating a claims-list page (a random page, one in three with a filter or a
search) and an article page (a random article), waiting ``--think`` seconds (uniform) between them; the
number of requests is bounded, so the run ends. Latency is measured from writing the request to reading
the last byte. Goal (issue #14): p99 of the claims list and of the article page under 200 ms. Exit status 1
when a goal is missed or any request fails.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
GOAL_P99_MS = 200.0


def _link_scale():
    spec = importlib.util.spec_from_file_location("link_scale", ROOT / "benchmarks" / "link_scale.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_store(db: Path, n: int) -> dict:
    """Store n synthetic articles with their records and link them (skipped when ``db`` holds n already)."""
    from claimgraph import link
    from claimgraph.ingest import RawArticle
    from claimgraph.store import Store

    if db.exists():
        with Store(db) as st:
            s = st.stats()
        if s["stored"] == n and s["extracted"] == n:
            return {"made": False, **s}
        db.unlink()
    t0 = time.perf_counter()
    recs, _planted = _link_scale().make_records(n)
    with Store(db) as st:
        for r in recs:
            a = r.article
            a.text += f"\nFiled as {a.id}.\n"  # verbatim copies are distinct articles here, not duplicate inputs
            st.add(
                RawArticle(text=a.text, locator=f"synthetic/{a.id}", id=a.id, outlet=a.outlet, published=a.published)
            )
            st.save_record(r)
        st.save_corpus(link(recs))
        s = st.stats()
    return {"made": True, "make_s": round(time.perf_counter() - t0, 1), **s}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _get(port: int, path: str, timeout: float = 30.0) -> tuple[int, float, int]:
    """One GET on a new connection (as a browser after a long read: the server closes idle keep-alive
    connections after 5 s): (status, seconds including the connect, body bytes)."""
    t0 = time.perf_counter()

    async def go() -> tuple[int, int]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
            data = await reader.read()  # to the server's close
        finally:
            writer.close()
        head, _, body = data.partition(b"\r\n\r\n")
        return int(head.split(b" ", 2)[1]), len(body)

    status, n = await asyncio.wait_for(go(), timeout)
    return status, time.perf_counter() - t0, n


async def _reader(i: int, port: int, ids: list[str], args, out: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(1000 + i)
    words = ["drones", "depot", "governor", "bridge", "shelled"]
    await asyncio.sleep(rng.uniform(0, args.think[1]))  # readers arrive over the first think time
    for k in range(args.requests):
        if (k + i) % 2 == 0:
            kind = "claims_page"
            path = f"/claims?offset={50 * rng.randrange(0, 40)}"
            r = rng.random()
            if r < 0.12:
                path += "&side=ua"
            elif r < 0.24:
                path += f"&q={rng.choice(words)}"
            elif r < 0.33:
                path += "&stance=reports"
        else:
            kind, path = "article_page", f"/articles/{rng.choice(ids)}"
        try:
            status, dt, _n = await _get(port, path)
        except (TimeoutError, OSError, ValueError, IndexError) as e:
            errors.append(f"{path}: {type(e).__name__}")
            continue
        if status != 200:
            errors.append(f"{path}: HTTP {status}")
        out[kind].append(dt)
        await asyncio.sleep(rng.uniform(*args.think))


def _cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of a process and its descendants so far (Linux /proc; None elsewhere): on a
    shared machine the server's CPU per request says what latency alone cannot."""
    procs: dict[int, tuple[int, float]] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for d in Path("/proc").glob("[0-9]*"):
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        procs[int(d.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    if pid not in procs:
        return None
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += procs[p][1]
        todo += [c for c, (parent, _) in procs.items() if parent == p]
    return total


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def run(args) -> dict:
    db = Path(args.db)
    made = make_store(db, args.articles)
    from claimgraph.store import Store

    with Store(db) as st:
        ids = [a["id"] for a in st.list_articles(limit=args.articles)]
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from claimgraph.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"server exited: {server.stderr.read().decode()[-2000:]}") from None
                time.sleep(0.2)

        async def main() -> tuple[dict[str, list[float]], list[str], float]:
            # warm the server (templates compiled, caches filled) before measuring
            for p in ("/claims", f"/articles/{ids[0]}", "/claims?offset=50"):
                await _get(port, p)
            out: dict[str, list[float]] = {"claims_page": [], "article_page": []}
            errors: list[str] = []
            cpu0, own0 = _cpu_s(server.pid), time.process_time()
            t0 = time.perf_counter()
            await asyncio.gather(*(_reader(i, port, ids, args, out, errors) for i in range(args.readers)))
            wall = time.perf_counter() - t0
            cpu1, own1 = _cpu_s(server.pid), time.process_time()
            cpu["server"] = None if cpu0 is None or cpu1 is None else cpu1 - cpu0
            cpu["readers"] = own1 - own0
            return out, errors, wall

        cpu: dict[str, float | None] = {}
        load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        out, errors, wall = asyncio.run(main())
        load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        server.stderr.close()
    n = sum(len(v) for v in out.values())
    res = {
        "articles": made["stored"],
        "claims": made["claims"],
        "store_made": made["made"],
        "readers": args.readers,
        "workers": args.workers,
        "requests_per_reader": args.requests,
        "think_s": list(args.think),
        "wall_s": round(wall, 1),
        "requests": sum(len(v) for v in out.values()),
        "req_per_s": round(sum(len(v) for v in out.values()) / wall, 1),
        "errors": len(errors),
        "first_errors": errors[:5],
        # the machine's 1-minute load average before and after: the figures mean little on a busy machine
        "load_before": load_before and round(load_before, 2),
        "load_after": load_after and round(load_after, 2),
        "server_cpu_s": cpu["server"] and round(cpu["server"], 2),
        "server_cpu_ms_per_request": cpu["server"] and round(cpu["server"] * 1000 / max(1, n), 2),
        "readers_cpu_s": round(cpu["readers"] or 0, 2),
    }
    if made.get("make_s") is not None:
        res["make_store_s"] = made["make_s"]
    for kind, xs in out.items():
        res[kind] = {
            "n": len(xs),
            "p50_ms": round(_pct(xs, 50), 1),
            "p90_ms": round(_pct(xs, 90), 1),
            "p99_ms": round(_pct(xs, 99), 1),
            "max_ms": round(max(xs) * 1000, 1),
            "mean_ms": round(statistics.mean(xs) * 1000, 1),
        }
    res["goal_p99_ms"] = GOAL_P99_MS
    res["ok"] = not errors and all(res[k]["p99_ms"] < GOAL_P99_MS for k in ("claims_page", "article_page"))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--readers", type=int, default=200)
    ap.add_argument("--requests", type=int, default=10, help="requests per reader (bounded)")
    ap.add_argument("--think", type=float, nargs=2, default=(2.0, 6.0), metavar=("MIN", "MAX"))
    ap.add_argument("--workers", type=int, default=1, help="server processes (claimgraph serve --workers)")
    ap.add_argument("--db", default=None, help="store to make or reuse (default /tmp/claimgraph-serve-load-N.db)")
    args = ap.parse_args(argv)
    args.db = args.db or f"/tmp/claimgraph-serve-load-{args.articles}.db"
    res = run(args)
    print(json.dumps(res, indent=1))
    return 0 if res["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

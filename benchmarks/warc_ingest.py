"""Peak memory while ingesting a generated 1 GB WARC (issue #17: under 1.5 GB, streaming).

    python benchmarks/warc_ingest.py                 # 1 GB (1024 MB), in the system's temporary folder
    python benchmarks/warc_ingest.py --mb 100 --keep /tmp/warc-bench

The WARC is written to a temporary folder one record at a time (never held in memory): a news
crawl of the usual shape, each page a warcinfo-less request + response pair of 60-140 KB of HTML
(inline scripts and styles, navigation, a related-stories block, comments, and an article of
400-900 words of war reporting with figures, places and attributed claims), one image response in
ten and a few non-HTML responses, all of which the reader must skip. Then ``claimgraph ingest``
reads it into a new SQLite store in a process of its own, and the script prints that process's
peak resident memory (``ru_maxrss`` of the child), the time, and the counts. Exit status 1 when
the peak is over ``--max-mb`` (1536) or any page was lost.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PLACES = ["Pokrovsk", "Kupiansk", "Kharkiv", "Sumy", "Zaporizhzhia", "Kherson", "Odesa", "Dnipro", "Izium", "Lyman"]
SOURCES = ["the regional governor", "the General Staff", "the air force", "the emergency service", "the mayor"]
SENTENCES = [
    "Russian drones struck {obj} in {place} overnight, {src} said on Telegram.",
    "At least {n} people were injured, {src} said, adding that {m} of them were children.",
    "Air defence units shot down {n} of {m} drones launched at the region, according to {src}.",
    "The claims could not be independently verified, and Moscow did not comment on the attack.",
    '"We heard {n} explosions before dawn," a resident of {place} told reporters.',
    "Repairs to {obj} will take at least {n} days, {src} said, as crews cleared the rubble.",
    "Shelling of {place} has intensified since the spring, with {n} strikes recorded last week.",
    "Footage posted online purportedly shows smoke rising over {obj} on the edge of {place}.",
]
OBJECTS = ["a fuel depot", "a power substation", "a rail bridge", "an apartment block", "a grain terminal", "a school"]


def _article(rng: random.Random) -> tuple[str, str]:
    place, src = rng.choice(PLACES), rng.choice(SOURCES)
    words = rng.randint(400, 900)
    paras, n = [], 0
    while n < words:
        s = rng.choice(SENTENCES).format(
            obj=rng.choice(OBJECTS), place=rng.choice(PLACES), src=rng.choice(SOURCES), n=rng.randint(2, 90), m=2
        )
        paras.append(s)
        n += len(s.split())
    title = f"Drones hit {place} overnight, {src} says"
    return title, "".join(f"<p>{escape(p)}</p>" for p in paras)


def _page(rng: random.Random, i: int) -> tuple[str, bytes]:
    """(URL, HTML) of one news page of 60-140 KB."""
    title, body = _article(rng)
    url = f"https://news{i % 97}.example/2025/06/{1 + i % 28:02d}/story-{i}"
    script = "var cfg={" + ",".join(f'"k{k}":"{rng.getrandbits(64):x}"' for k in range(rng.randint(600, 1800))) + "};"
    style = "".join(f".c{k}{{margin:{k % 9}px;color:#{rng.getrandbits(24):06x}}}" for k in range(rng.randint(300, 900)))
    nav = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(rng.randint(80, 200)))
    related = "".join(
        f"<li><a href='/story-{rng.randint(0, 10**6)}'>{escape(_article(rng)[0])}</a></li>" for _ in range(12)
    )
    comments = "".join(
        f"<div class='comment'>Comment {k}: stay safe everyone.</div>" for k in range(rng.randint(0, 60))
    )
    html = (
        f"<!doctype html><html><head><title>{escape(title)}</title><link rel='canonical' href='{url}'>"
        f"<meta property='og:site_name' content='News {i % 97}'>"
        f"<meta property='article:published_time' content='2025-06-{1 + i % 28:02d}T0{i % 10}:00:00Z'>"
        f"<style>{style}</style><script>{script}</script></head><body><nav><ul>{nav}</ul></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article><aside><h2>Related</h2><ul>{related}</ul></aside>"
        f"<section class='comments'>{comments}</section><footer>Copyright News {i % 97}</footer></body></html>"
    )
    return url, html.encode("utf-8")


def write_warc(path: Path, mb: float, seed: int = 5) -> dict[str, int]:
    """Write a WARC of about ``mb`` megabytes, one record at a time; returns what it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    want = int(mb * 2**20)
    counts = {"pages": 0, "images": 0, "other": 0, "requests": 0}
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=False)
        i = 0
        while f.tell() < want:
            url, html = _page(rng, i)
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", http_headers=req))
            head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=head))
            counts["requests"] += 1
            counts["pages"] += 1
            if i % 10 == 9:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                data = b"\xff\xd8\xff" + rng.randbytes(rng.randint(20_000, 120_000))
                w.write_record(
                    w.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(data), http_headers=img)
                )
                counts["images"] += 1
            if i % 50 == 49:
                js = StatusAndHeaders("200 OK", [("Content-Type", "application/javascript")], protocol="HTTP/1.1")
                payload = io.BytesIO(b"console.log(1);" * 2000)
                w.write_record(w.create_warc_record(url + ".js", "response", payload=payload, http_headers=js))
                counts["other"] += 1
            i += 1
    counts["bytes"] = path.stat().st_size
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1024, help="size of the generated WARC")
    ap.add_argument("--max-mb", type=float, default=1536, help="goal: peak resident memory of the ingest")
    ap.add_argument("--keep", help="folder to write the WARC and the store to, kept afterwards")
    args = ap.parse_args(argv)
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="warc-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        warc, db = tmp / "crawl.warc", tmp / "store.db"
        t0 = time.perf_counter()
        made = write_warc(warc, args.mb)
        print(
            f"generated {made['bytes'] / 2**20:,.0f} MB WARC: {made['pages']:,} HTML pages, {made['images']:,} images, "
            f"{made['other']:,} other responses, {made['requests']:,} requests ({time.perf_counter() - t0:.0f} s)",
            flush=True,
        )
        for f in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            f.unlink(missing_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(warc), "--db", str(db), "--json"]
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        lines = r.stdout.strip().splitlines()
        try:
            counts = json.loads(lines[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"ingest failed (exit {r.returncode}):\n{r.stderr[-3000:]}", file=sys.stderr)
            return 1
        stored = counts.get("stored", 0)
        ok = peak <= args.max_mb and stored == made["pages"]
        print(
            f"claimgraph ingest: {stored:,} of {made['pages']:,} pages stored, counts {counts}, in {dt:.0f} s "
            f"({made['bytes'] / 2**20 / max(dt, 1e-9):.1f} MB/s); peak resident memory {peak:,.0f} MB "
            f"(goal {args.max_mb:,.0f} MB): {'met' if ok else 'MISSED'}",
            flush=True,
        )
        return 0 if ok else 1
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""Ingest benchmark: a mixed folder of text, HTML, RSS, WARC and JSONL inputs with broken ones.

    python benchmarks/mixed_ingest.py            # 1,000 inputs, 50 broken
    python benchmarks/mixed_ingest.py --n 200 --broken 20 --keep /tmp/mixed

Checks, each printed with its figures:
1. ``claimgraph ingest`` stores exactly n - broken articles and rejects exactly ``broken``
   inputs, with the expected count for every reason;
2. a second ingest of the same folder adds nothing;
3. a run killed with SIGKILL part-way and started again with the same command ends with the
   same counts and the same contents as the uninterrupted run.
Exit status 0 when all three hold, 1 otherwise.

``make_corpus`` is also used by tests/store/test_store.py at a smaller size.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from html import escape
from pathlib import Path

# the kinds of broken input the issue names, in the order they are handed out
BROKEN_KINDS = ("bad_json", "broken_html", "truncated_warc", "invalid_utf8", "empty", "oversized", "unreadable")

_PLACES = [
    "Pokrovsk",
    "Kupiansk",
    "Kharkiv",
    "Zaporizhzhia",
    "Kherson",
    "Sumy",
    "Belgorod",
    "Odesa",
    "Dnipro",
    "Kramatorsk",
    "Sloviansk",
    "Chasiv Yar",
    "Toretsk",
    "Vovchansk",
    "Huliaipole",
    "Nikopol",
]
_SOURCES = [
    "the regional governor",
    "the General Staff",
    "the defence ministry",
    "a military spokesperson",
    "the air force",
    "local officials",
    "the emergency service",
    "a battalion commander",
]
_EVENTS = [
    "drones were shot down",
    "people were injured",
    "buildings were damaged",
    "shells hit the district",
    "missiles were launched",
    "residents were evacuated",
    "power lines were cut",
]
_FILLER = [
    "Emergency crews worked through the night to clear debris and restore power to nearby streets.",
    "Residents described hearing several explosions before sirens sounded across the district.",
    "The claims could not be independently verified, and the other side did not comment.",
    "Officials urged people to stay in shelters while the alert remained in force.",
    "Analysts said the attacks fit a pattern seen over previous weeks along the front.",
]


def _article(rng: random.Random, i: int) -> tuple[str, str]:
    """A unique short news text (title, body): the serial number keeps every text distinct."""
    place, src, ev = rng.choice(_PLACES), rng.choice(_SOURCES), rng.choice(_EVENTS)
    n = rng.randint(2, 400)
    title = f"Report {i}: {n} {ev.split()[0]} near {place}"
    paras = [
        f"{src.capitalize()} said on Tuesday that {n} {ev} near {place}, in dispatch number {i}.",
        *rng.sample(_FILLER, 3),
        f"It was the {i}th such report this year, according to a tally kept by the newsroom.",
    ]
    return title, "\n\n".join(paras)


def _html(title: str, body: str, url: str, date: str) -> str:
    ps = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{escape(title)}</title><link rel='canonical' href='{url}'>"
        f"<meta property='og:site_name' content='Bench Wire'><meta property='article:published_time' "
        f"content='{date}'></head><body><nav>Home | World | Sport</nav><article><h1>{escape(title)}</h1>"
        f"{ps}<figure><img src='x.jpg'><figcaption>A photo caption that is not text.</figcaption></figure>"
        f"</article><footer>Copyright Bench Wire</footer></body></html>"
    )


def _warc(pages: list[tuple[str, str]], truncate_last: bool = False) -> bytes:
    """An uncompressed WARC with a warcinfo record, a request before each response and one image."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    w.write_record(w.create_warcinfo_record("bench.warc", {"software": "claimgraph-bench"}))
    for url, html in pages:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "bench.example")], is_http_request=True)
        w.write_record(w.create_warc_record(url, "request", http_headers=req))
        head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=head))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    w.write_record(
        w.create_warc_record(
            "https://bench.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG" + bytes(200)), http_headers=img
        )
    )
    if truncate_last:
        url, html = (
            "https://bench.example/truncated",
            _html("Cut", "Cut short. " * 40, "https://bench.example/t", "2025-01-01"),
        )
        head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        one = io.BytesIO()
        w1 = WARCWriter(one, gzip=False)
        w1.write_record(w1.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=head))
        buf.write(one.getvalue()[: len(one.getvalue()) // 2])  # the crawl died mid-record
    return buf.getvalue()


def _rss(entries: list[tuple[str, str, str, str]], title: str) -> str:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{u}</link><pubDate>{d}</pubDate>"
        f"<description>{escape(''.join(f'<p>{p}</p>' for p in b.split(chr(10) * 2)))}</description></item>"
        for t, b, u, d in entries
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"
        f"<link>https://feed.example/</link><description>bench</description>{items}</channel></rss>"
    )


def _batches(total: int, size: int):
    """(file number, articles in it) for ``total`` articles written ``size`` to a file."""
    k = 0
    while total > 0:
        m = min(size, total)
        yield k, m
        total, k = total - m, k + 1


def make_corpus(folder: Path, n: int = 1000, broken: int = 50, seed: int = 7) -> dict:
    """Write n inputs (n - broken good articles spread over five formats, plus ``broken`` bad
    inputs of every kind in turn) under ``folder``; return what ingest must report."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    good = n - broken
    # a fifth of the good articles per format, the text files taking the remainder
    per = good // 5
    counts = {"html": per, "rss": per, "warc": per, "jsonl": per}
    counts["text"] = good - 4 * per
    serial = iter(range(1, 10**9))
    day = lambda: f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"  # noqa: E731

    (folder / "text").mkdir(exist_ok=True)
    for _ in range(counts["text"]):
        i = next(serial)
        t, b = _article(rng, i)
        (folder / "text" / f"t{i:05d}.txt").write_text(f"{t}\n\n{b}\n", encoding="utf-8")
    (folder / "html").mkdir(exist_ok=True)
    for _ in range(counts["html"]):
        i = next(serial)
        t, b = _article(rng, i)
        (folder / "html" / f"h{i:05d}.html").write_text(
            _html(t, b, f"https://wire.example/{i}", day()), encoding="utf-8"
        )
    (folder / "feeds").mkdir(exist_ok=True)
    for k, m in _batches(counts["rss"], 25):
        entries = []
        for _ in range(m):
            i = next(serial)
            t, b = _article(rng, i)
            entries.append((t, b, f"https://feed.example/{i}", "Tue, 04 Mar 2025 10:00:00 GMT"))
        (folder / "feeds" / f"feed{k:03d}.rss").write_text(_rss(entries, f"Bench Feed {k}"), encoding="utf-8")
    (folder / "warc").mkdir(exist_ok=True)
    for k, m in _batches(counts["warc"], 40):
        pages = []
        for _ in range(m):
            i = next(serial)
            t, b = _article(rng, i)
            pages.append((f"https://arch.example/{i}", _html(t, b, f"https://arch.example/{i}", day())))
        data = _warc(pages)
        name = folder / "warc" / f"crawl{k:03d}.warc"
        if k % 2:
            name, data = name.with_suffix(".warc.gz"), _gz_members(pages)
        name.write_bytes(data)
    (folder / "jsonl").mkdir(exist_ok=True)
    for k, m in _batches(counts["jsonl"], 60):
        with (folder / "jsonl" / f"batch{k:03d}.jsonl").open("w", encoding="utf-8") as fh:
            for j in range(m):
                i = next(serial)
                t, b = _article(rng, i)
                obj = {
                    "id": f"j{i:05d}",
                    "url": f"https://lines.example/{i}",
                    "outlet": "Lines",
                    "title": t,
                    "published": day(),
                }
                if j % 3 == 2:
                    obj["html"] = _html(t, b, obj["url"], obj["published"])
                else:
                    obj["text"] = b
                fh.write(json.dumps(obj) + "\n")

    reasons: Counter[str] = Counter()
    bad = folder / "broken"
    bad.mkdir(exist_ok=True)
    for j in range(broken):
        kind = BROKEN_KINDS[j % len(BROKEN_KINDS)]
        reasons[kind] += 1
        i = next(serial)
        t, b = _article(rng, i)
        if kind == "bad_json":
            good_line = json.dumps({"id": f"bj{i}", "text": "x"})
            (bad / f"b{j:03d}.jsonl").write_text(good_line[: len(good_line) // 2] + "\n", encoding="utf-8")
        elif kind == "broken_html":
            (bad / f"b{j:03d}.html").write_text(
                "<html><body><div><script>var x = 1;</script><nav>Home</nav><div><span></div></p></body",
                encoding="utf-8",
            )
        elif kind == "truncated_warc":
            (bad / f"b{j:03d}.warc").write_bytes(_warc([], truncate_last=True))
        elif kind == "invalid_utf8":
            # UTF-8 (the quotes, the dash) damaged by stray bytes: stray bytes in a pure ASCII text
            # could as well be a legacy encoding, which ingest decodes by detection
            utf8 = f"\u201c{t}\u201d \u2014 {b}".encode()
            (bad / f"b{j:03d}.txt").write_bytes(utf8[:60] + b"\xff\xfe\xc3(" + utf8[60:])
        elif kind == "empty":
            (bad / f"b{j:03d}.txt").write_text(" \n\n \t\n", encoding="utf-8")
        elif kind == "oversized":
            para = (b + "\n\n").encode()
            with (bad / f"b{j:03d}.txt").open("wb") as fh:
                for _ in range(5 * 1024 * 1024 // len(para) + 2):
                    fh.write(para)
        elif kind == "unreadable":
            # a link to nothing: what a moved or deleted file looks like (chmod 000 does not stop root)
            os.symlink(bad / f"gone{j:03d}.txt", bad / f"b{j:03d}.txt")
    return {
        "inputs": n,
        "stored": good,
        "rejected": broken,
        "rejected_by_reason": dict(sorted(reasons.items())),
        "by_format": counts,
    }


def _gz_members(pages: list[tuple[str, str]]) -> bytes:
    """The same WARC, one gzip member per record as crawlers write it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    raw = _warc(pages)
    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    for rec in ArchiveIterator(io.BytesIO(raw)):
        w.write_record(rec)
    return out.getvalue() if out.getvalue() else gzip.compress(raw)


def _ingest(folder: Path, db: Path) -> tuple[int, dict]:
    r = subprocess.run(
        [sys.executable, "-m", "claimgraph.cli", "ingest", str(folder), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return r.returncode, json.loads(r.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise SystemExit(f"ingest failed (exit {r.returncode}): {r.stderr[-2000:]}") from None


def _store(db: Path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from claimgraph.store import Store

    return Store(db)


def kill_and_resume(folder: Path, db: Path, after_stored: int, timeout: float = 120) -> tuple[int, dict]:
    """Start an ingest, SIGKILL it once ``after_stored`` articles are in, run it again to the end."""
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(folder), "--db", str(db), "--json"]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + timeout
    while time.time() < deadline and p.poll() is None:
        time.sleep(0.05)
        if db.exists() and os.path.getsize(db) > 0:
            try:
                with _store(db) as st:
                    if st.stats()["stored"] >= after_stored:
                        break
            except Exception:  # noqa: BLE001 - the writer may hold the lock for a moment
                pass
    killed_mid_run = p.poll() is None
    p.send_signal(signal.SIGKILL)
    p.wait()
    code, counts = _ingest(folder, db)
    counts["killed_mid_run"] = killed_mid_run
    return code, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--broken", type=int, default=50)
    ap.add_argument("--keep", type=Path, help="Write the inputs and databases here instead of a temporary folder.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        folder, ref, run = base / "inputs", base / "ref.db", base / "killed.db"
        for f in (ref, run):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{f}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        t0 = time.perf_counter()
        want = make_corpus(folder, args.n, args.broken)
        print(
            f"generated {want['inputs']} inputs ({want['by_format']}, broken {want['rejected_by_reason']}) "
            f"in {time.perf_counter() - t0:.1f}s"
        )
        ok = True

        t0 = time.perf_counter()
        code, got = _ingest(folder, ref)
        dt = time.perf_counter() - t0
        with _store(ref) as st:
            s = st.stats()
        stored = got["stored"] + got["version"]
        first = (
            stored == want["stored"]
            and got["rejected"] == want["rejected"]
            and code == 1
            and s["rejected_by_reason"] == want["rejected_by_reason"]
        )
        ok &= first
        print(
            f"[{'ok' if first else 'FAIL'}] first ingest: stored {stored}, rejected {got['rejected']} "
            f"{s['rejected_by_reason']}, skipped {got.get('skipped', 0)} non-article records, exit {code}, "
            f"{dt:.1f}s ({args.n / dt:.0f} inputs/s)"
        )

        code2, again = _ingest(folder, ref)
        with _store(ref) as st:
            s2 = st.stats()
        second = again["stored"] == 0 and again["version"] == 0 and s2 == s
        ok &= second
        print(f"[{'ok' if second else 'FAIL'}] second ingest: stored {again['stored']}, store unchanged: {s2 == s}")

        code3, resumed = kill_and_resume(folder, run, after_stored=want["stored"] // 3)
        with _store(ref) as a, _store(run) as b:
            same = a.stats() == b.stats() and a.dump() == b.dump()
            bstats = b.stats()
        ok &= same
        print(
            f"[{'ok' if same else 'FAIL'}] killed with SIGKILL at ~{want['stored'] // 3} articles "
            f"(mid-run: {resumed['killed_mid_run']}) and resumed: stored {bstats['stored']}, "
            f"rejected {bstats['rejected']}, same contents as the uninterrupted run: {same}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

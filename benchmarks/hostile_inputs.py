"""Hostile inputs: generated inputs of every kind issue 16 and issue 13 name, each with its expected
outcome (stored, skipped, or rejected with which reason), read by the readers one case at a time.

    python benchmarks/hostile_inputs.py                 # the issue's sizes (100 MB bomb, 1 GB text)
    python benchmarks/hostile_inputs.py --small         # small sizes and limits (what the test runs)
    python benchmarks/hostile_inputs.py --keep /tmp/hostile --no-memory

Per case: the items read must be exactly the expected ones, within a time bound; with ``--memory``
(the default without ``--small``) each case also runs in its own process and its peak RSS above
the warmed-up reader's is reported and bounded. Then the whole folder is ingested into a store:
stored + versions + duplicates + rejected must equal the items read, with the rejections by reason
adding up; without ``--small`` the same folder goes through ``claimgraph ingest``, which must exit 1.
Exit status 0 when every case holds.

Root reads any folder whatever its mode, so as root the unreadable folder is simulated (the
listing refused with EACCES, as the kernel does for other users); the case says so.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

MB = 1024 * 1024
BODY = (
    "The regional governor said on Tuesday that {n} drones were shot down near the city overnight. "
    "Emergency crews worked through the night, and the claims could not be independently verified."
)
UK = (
    "Генштаб ЗСУ повідомив, що протягом доби ворог {n} разів атакував область дронами. "
    "За даними Повітряних сил, більшість безпілотників збито, постраждалих немає."
)


@dataclass
class Sizes:
    """The sizes of the big inputs and the limits they are read under."""

    long_line_chars: int = 2_000_000  # a line of 2,000,000 characters: stored, it is under 5 MB
    bomb_bytes: int = 100 * MB  # the page a small WARC.gz expands to
    endless_line_bytes: int = 40 * MB  # a JSONL line with no end
    big_txt_bytes: int = 1024 * MB  # a sparse 1 GB text file
    big_html_bytes: int = 20 * MB
    limits: dict = field(default_factory=dict)  # IngestSettings overrides


SMALL = Sizes(
    bomb_bytes=4 * MB,
    endless_line_bytes=4 * MB,
    big_html_bytes=3 * MB,
    limits={"max_html_bytes": MB, "max_line_bytes": 3 * MB},  # the 2,000,000-character line still fits
)


@dataclass
class Case:
    name: str
    paths: list[str]  # relative to the folder
    expect: list[tuple[str, str]]  # (RawArticle | Rejection | Skipped, reason), in order
    note: str
    max_seconds: float = 30.0
    max_rss_mb: float = 64.0  # peak RSS above the warmed-up reader's
    during: Callable[[Path], None] | None = None  # run after the first item is read
    simulate: Callable[[Path], contextlib.AbstractContextManager] | None = None
    write: Callable | None = None  # writes the case's inputs into its folder


STORED = ("RawArticle", "")


def _rej(reason: str) -> tuple[str, str]:
    return ("Rejection", reason)


def _skip(reason: str) -> tuple[str, str]:
    return ("Skipped", reason)


def _html(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Report</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>"


def _warc(records: list[tuple[str, bytes, str]], gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, body, ctype in records:
        head = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=head))
    return buf.getvalue()


def _telegram(first: str, second: str) -> dict:
    def msg(i, text, **kw):
        return {"id": i, "type": "message", "date_unixtime": str(1762244100 + i), "text": text, **kw}

    return {
        "name": "Hostile Channel",
        "type": "public_channel",
        "id": 99,
        "messages": [
            msg(1, first),
            msg(2, ["Broken: ", {"type": "bold"}]),
            msg(3, "", photo="photos/p.jpg"),
            msg(4, ["Also broken: ", 5]),
            msg(5, second, forwarded_from="Other Channel"),
        ],
    }


@contextlib.contextmanager
def _refuse_listing(folder: Path) -> Iterator[None]:
    """As root: os.scandir refuses ``folder`` as the kernel would refuse another user."""
    real = os.scandir
    target = os.path.realpath(folder)

    def scandir(path="."):
        if os.path.realpath(path) == target:
            raise PermissionError(13, "Permission denied", target)
        return real(path)

    os.scandir = scandir
    try:
        yield
    finally:
        os.scandir = real


CASES: list[Case] = []


def case(name: str, expect: list[tuple[str, str]], note: str, paths: list[str] | None = None, **kw):
    """Register a case; the decorated function writes its inputs into the case's folder."""

    def register(write: Callable[[Path, Sizes, Callable[[], str]], None]):
        CASES.append(Case(name, paths or [name], expect, note, write=write, **kw))
        return write

    return register


@case("long_line_jsonl", [STORED], "a JSONL line of 2,000,000 characters (under 5 MB): stored")
def _(d, s, text):
    words = ("drone strike report " * (s.long_line_chars // 20 + 1))[: s.long_line_chars]
    (d / "long.jsonl").write_text(json.dumps({"id": "long-line", "text": words}) + "\n")


@case("long_line_txt", [STORED], "a text of one 2,000,000-character line: stored")
def _(d, s, text):
    (d / "long.txt").write_text(("drone strike notice " * (s.long_line_chars // 20 + 1))[: s.long_line_chars])


@case(
    "endless_jsonl_line",
    [_rej("oversized"), STORED],
    "a JSONL line over the line cap with no end: rejected by number, skipped in chunks, the next line read",
)
def _(d, s, text):
    with (d / "endless.jsonl").open("wb") as fh:
        fh.write(b'{"id": "endless", "text": "')
        for _ in range(s.endless_line_bytes // MB):
            fh.write(b"a" * MB)
        fh.write(b'"}\n' + json.dumps({"id": "after-endless", "text": text()}).encode() + b"\n")


@case(
    "warc_gz_bomb",
    [_rej("oversized"), STORED],
    "a small WARC.gz whose page expands past the cap (100 MB at full size): rejected from its record header, "
    "the next record read",
    max_seconds=20,
)
def _(d, s, text):
    page = b"<html><body><p>" + b"boom " * (s.bomb_bytes // 5) + b"</p></body></html>"
    data = _warc(
        [("http://bomb.example/", page, "text/html"), ("http://ok.example/", _html(text()).encode(), "text/html")]
    )
    (d / "bomb.warc.gz").write_bytes(data)


@case(
    "jsonl_gz_bomb",
    [_rej("oversized"), STORED],
    "a JSONL.gz whose first line expands past the line cap: rejected, the second line read",
)
def _(d, s, text):
    with gzip.open(d / "bomb.jsonl.gz", "wb", compresslevel=6) as fh:
        fh.write(b'{"text": "')
        for _ in range(max(s.bomb_bytes, s.endless_line_bytes) // MB):
            fh.write(b"z" * MB)
        fh.write(b'"}\n' + json.dumps({"id": "after-bomb", "text": text()}).encode() + b"\n")


@case("big_txt", [_rej("oversized")], "a 1 GB .txt (sparse): rejected from its size, not read", max_seconds=5)
def _(d, s, text):
    with (d / "huge.txt").open("wb") as fh:
        fh.truncate(s.big_txt_bytes)


@case("big_html", [_rej("oversized")], "an HTML page over the cap: rejected before parsing", max_seconds=10)
def _(d, s, text):
    (d / "huge.html").write_text(_html("word " * (s.big_html_bytes // 5)))


@case("invalid_utf8", [_rej("invalid_utf8")], "UTF-8 damaged by stray bytes: rejected, not guessed")
def _(d, s, text):
    good = ("\u201c" + text() + "\u201d \u2014 officials said.").encode()
    (d / "damaged.txt").write_bytes(good[:40] + b"\xff\xfe" + good[40:])


@case("binary_as_text", [_rej("invalid_utf8")], "a PNG renamed .txt: no encoding gives text")
def _(d, s, text):
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)


@case("legacy_cp1251_txt", [STORED], "a windows-1251 text file: decoded by detection, encoding recorded")
def _(d, s, text):
    (d / "uk.txt").write_bytes((text(UK) + "\n\n" + text(UK)).encode("cp1251"))


@case("cp1251_html_meta", [STORED], "an HTML page declaring windows-1251 in <meta charset>")
def _(d, s, text):
    (d / "uk.html").write_bytes(_html(text(UK), '<meta charset="windows-1251">').encode("cp1251"))


@case("cp1251_warc_http_charset", [STORED], "a WARC response in windows-1251 declared by HTTP Content-Type")
def _(d, s, text):
    page = _html(text(UK)).encode("cp1251")
    (d / "uk.warc.gz").write_bytes(_warc([("http://uk.example/", page, "text/html; charset=windows-1251")]))


@case("bom_jsonl", [STORED] * 3, "a JSONL file with a byte-order mark: line 1 kept")
def _(d, s, text):
    lines = [json.dumps({"id": f"bom{i}", "text": text()}) for i in range(3)]
    (d / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")


@case("fifo", [_rej("unreadable"), STORED], "a named pipe: rejected without being opened (never blocks)", max_seconds=5)
def _(d, s, text):
    os.mkfifo(d / "pipe.txt")
    (d / "z.txt").write_text(text())


@case(
    "unreadable_folder",
    [_rej("unreadable"), STORED],
    "a subfolder that cannot be listed: rejected with its reason"
    + (" (simulated: root reads any folder)" if os.geteuid() == 0 else ""),
    simulate=(lambda base: _refuse_listing(base / "unreadable_folder" / "locked")) if os.geteuid() == 0 else None,
)
def _(d, s, text):
    (d / "locked").mkdir()
    (d / "locked" / "x.txt").write_text(text())
    (d / "open.txt").write_text(text())
    if os.geteuid() != 0:
        os.chmod(d / "locked", 0)


@case(
    "symlink_loop",
    [STORED, _skip("folder already read (a link back into a folder being walked)"), _rej("unreadable")],
    "a link back to its own folder (skipped: already walked) and a link to itself (rejected: a loop)",
)
def _(d, s, text):
    (d / "a.txt").write_text(text())
    (d / "back").symlink_to(d, target_is_directory=True)
    (d / "self.txt").symlink_to(d / "self.txt")


@case("dir_link", [STORED], "a link to a real folder: followed")
def _(d, s, text):
    real = d.parent / "_real"
    real.mkdir(exist_ok=True)
    (real / "inside.txt").write_text(text())
    (d / "linked").symlink_to(real, target_is_directory=True)


@case("broken_link", [_rej("unreadable")], "a link to a file that is gone")
def _(d, s, text):
    (d / "gone.txt").symlink_to(d / "moved-away.txt")


@case("truncated_warc", [STORED, _rej("truncated_warc")], "a WARC.gz cut in its second record: reported")
def _(d, s, text):
    data = _warc([(f"http://cut.example/{i}", _html(text()).encode(), "text/html") for i in range(2)])
    (d / "cut.warc.gz").write_bytes(data[: len(data) - 120])


@case("truncated_plain_warc", [_rej("truncated_warc")], "an uncompressed WARC cut in its record headers")
def _(d, s, text):
    data = _warc([("http://cut.example/p", _html(text()).encode(), "text/html")], gz=False)
    (d / "cut.warc").write_bytes(data[:150])


@case(
    "two_spellings",
    [STORED, _skip("same file as two_spellings/a.txt"), _skip("same file as two_spellings/a.txt")],
    "one file as two_spellings/a.txt, ./two_spellings/a.txt and a link: read once",
    paths=["two_spellings/a.txt", "./two_spellings/a.txt", "two_spellings/link.txt"],
)
def _(d, s, text):
    (d / "a.txt").write_text(text())
    (d / "link.txt").symlink_to(d / "a.txt")


@case(
    "vanished",
    [STORED, _rej("unreadable")],
    "a file removed after the folder was listed: rejected as vanished",
    during=lambda base: (base / "vanished" / "b.txt").unlink(),
)
def _(d, s, text):
    (d / "a.txt").write_text(text())
    (d / "b.txt").write_text(text())


@case("non_utf8_name", [STORED], "a file name with a byte that is not UTF-8: read, named with \\xNN")
def _(d, s, text):
    with open(os.fsencode(d) + b"/report-\xff.txt", "wb") as fh:
        fh.write(text().encode())


@case("empty", [_rej("empty")], "a text of blanks")
def _(d, s, text):
    (d / "blank.txt").write_text(" \n\t\n")


@case(
    "telegram",
    [STORED, _rej("bad_entity"), _skip("media-only post"), _rej("bad_entity"), STORED],
    "a Telegram export with broken entities (rejected one by one) and a media-only post (skipped)",
)
def _(d, s, text):
    (d / "result.json").write_text(json.dumps(_telegram(text(UK), text(UK)), ensure_ascii=False), encoding="utf-8")


@case("bad_sidecar", [_skip("metadata of r.txt"), _rej("bad_metadata")], "a sidecar with an unknown field")
def _(d, s, text):
    (d / "r.txt").write_text(text())
    (d / "r.meta.json").write_text('{"publised": "2025-11-04"}')


def make_cases(folder: Path, sizes: Sizes) -> list[Case]:
    """Write every case's inputs under ``folder`` (one subfolder per case); return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        d = folder / c.name
        d.mkdir(exist_ok=True)
        serial = iter(range(1, 1000))
        # every text distinct across cases, so that the whole folder stores no duplicates
        c.write(d, sizes, lambda tpl=BODY, c=c, serial=serial: tpl.format(n=f"{next(serial)} ({c.name})"))
    return CASES


def _limits(sizes: Sizes):
    from claimgraph.settings import IngestSettings

    return IngestSettings(**sizes.limits)


def run_case(base: Path, case: Case, sizes: Sizes) -> tuple[list[tuple[str, str]], float, list]:
    from claimgraph.ingest import read_inputs

    got = []
    prev = os.getcwd()
    os.chdir(base)  # the cases name their paths relative to the folder, as a user types them
    try:
        with case.simulate(base) if case.simulate else contextlib.nullcontext():
            t0 = time.perf_counter()
            for item in read_inputs(case.paths, limits=_limits(sizes)):
                got.append(item)
                if len(got) == 1 and case.during:
                    case.during(base)
            dt = time.perf_counter() - t0
    finally:
        os.chdir(prev)
    return [(type(x).__name__, getattr(x, "reason", "")) for x in got], dt, got


def _warm() -> None:
    from claimgraph.ingest.html import html_to_article

    html_to_article(_html(BODY.format(n=0)), "warm-up")  # trafilatura loads its word lists once


def _child(base: Path, name: str, small: bool) -> None:
    """One case in this process: its items, time and peak RSS above the warmed-up reader's."""
    sizes = SMALL if small else Sizes()
    _warm()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kinds, dt, _ = run_case(base, next(c for c in CASES if c.name == name), sizes)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"kinds": kinds, "seconds": dt, "rss_mb": (rss - rss0) / 1024, "peak_mb": rss / 1024}))


def ingest_all(base: Path, cases: list[Case], sizes: Sizes) -> tuple[bool, str]:
    """Every case's items into one store: stored + versions + duplicates + rejected + skipped must
    be the items read, with the rejections by reason those the cases expect."""
    from claimgraph.store import Store

    want_rej = Counter(r for c in cases for k, r in c.expect if k == "Rejection")
    counts: Counter[str] = Counter()
    n_items = 0
    (base / "_store").mkdir(exist_ok=True)
    with Store(base / "_store" / "hostile.db") as st:
        for c in cases:
            _recreate(base, c)
            for item in run_case(base, c, sizes)[2]:
                n_items += 1
                counts[st.add(item)] += 1
        stats = st.stats()
    read = counts["stored"] + counts["version"] + counts["duplicate"] + counts["rejected"]
    ok = (
        n_items == sum(len(c.expect) for c in cases)
        and read + counts["skipped"] == n_items
        and counts["duplicate"] == 0
        and stats["rejected_by_reason"] == dict(sorted(want_rej.items()))
    )
    return ok, (
        f"{n_items} items: stored {counts['stored']}, versions {counts['version']}, duplicates {counts['duplicate']}, "
        f"rejected {counts['rejected']} {stats['rejected_by_reason']}, skipped {counts['skipped']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="Small sizes and limits (the test's run).")
    ap.add_argument("--keep", type=Path, help="Write the inputs here instead of a temporary folder.")
    ap.add_argument("--memory", dest="memory", action="store_true", default=None, help="Each case in its own process.")
    ap.add_argument("--no-memory", dest="memory", action="store_false")
    ap.add_argument("--child", nargs=2, metavar=("FOLDER", "CASE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(Path(args.child[0]), args.child[1], args.small)
        return 0
    sizes = SMALL if args.small else Sizes()
    memory = (not args.small) if args.memory is None else args.memory
    with tempfile.TemporaryDirectory() as tmp:
        base = (args.keep or Path(tmp)).resolve()
        if base.exists() and args.keep:
            for p in base.iterdir():
                if p.is_dir() and not p.is_symlink():
                    for sub in p.rglob("*"):
                        with contextlib.suppress(OSError):
                            os.chmod(sub, 0o755) if sub.is_dir() and not sub.is_symlink() else None
                    shutil.rmtree(p, ignore_errors=True)
        t0 = time.perf_counter()
        cases = make_cases(base, sizes)
        print(f"generated {len(cases)} hostile cases in {time.perf_counter() - t0:.1f}s under {base}")
        _warm()
        ok = True
        for c in cases:
            if memory:
                r = subprocess.run(
                    [sys.executable, __file__, "--child", str(base), c.name] + (["--small"] if args.small else []),
                    capture_output=True,
                    text=True,
                    check=False,
                    timeout=600,
                )
                if r.returncode:
                    print(f"[FAIL] {c.name}: child failed: {r.stderr[-800:]}")
                    ok = False
                    continue
                res = json.loads(r.stdout.strip().splitlines()[-1])
                kinds, dt, rss = [tuple(k) for k in res["kinds"]], res["seconds"], res["rss_mb"]
                peak = res["peak_mb"]
            else:
                kinds, dt, _ = run_case(base, c, sizes)
                rss = peak = None
            held = kinds == c.expect and dt <= c.max_seconds and (rss is None or rss <= c.max_rss_mb)
            ok &= held
            mem = f", peak RSS {peak:.0f} MB, +{rss:.0f} MB over the warmed-up reader" if rss is not None else ""
            print(f"[{'ok' if held else 'FAIL'}] {c.name}: {c.note} ({dt:.2f}s{mem})")
            if kinds != c.expect:
                print(f"       expected {c.expect}\n       got      {kinds}")
        held, line = ingest_all(base, cases, sizes)
        ok &= held
        print(f"[{'ok' if held else 'FAIL'}] every input accounted for in one store: {line}")
        if not args.small:
            held, line = _cli(base, cases)
            ok &= held
            print(f"[{'ok' if held else 'FAIL'}] claimgraph ingest over every case: {line}")
        _unlock(base)
    return 0 if ok else 1


def _recreate(base: Path, c: Case) -> None:
    """Put back what a case's ``during`` removed, so that a second reading sees the same input."""
    if c.name == "vanished" and not (base / "vanished" / "b.txt").exists():
        (base / "vanished" / "b.txt").write_text(BODY.format(n="again (vanished)"))


def _cli(base: Path, cases: list[Case]) -> tuple[bool, str]:
    paths = [os.fspath(base / c.name) for c in cases if c.name not in ("unreadable_folder", "vanished")]
    r = subprocess.run(
        [sys.executable, "-m", "claimgraph.cli", "ingest", *paths, "--db", str(base / "_store" / "cli.db"), "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    try:
        counts = json.loads(r.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return False, f"no counts (exit {r.returncode}): {r.stderr[-500:]}"
    read = counts.get("read", 0)
    parts = sum(counts.get(k, 0) for k in ("stored", "version", "duplicate", "rejected"))
    return r.returncode == 1 and read == parts, f"exit {r.returncode}, {counts}"


def _unlock(base: Path) -> None:
    locked = base / "unreadable_folder" / "locked"
    with contextlib.suppress(OSError):
        os.chmod(locked, 0o755)


if __name__ == "__main__":
    sys.exit(main())

"""Hostile and odd inputs (issue 16): every input accounted for, limits applied while reading."""

from __future__ import annotations

import gzip
import io
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from claimgraph.ingest import IngestLimits, RawArticle, Rejection, Skipped, read_inputs
from claimgraph.ingest.base import iter_inputs

BODY = "Officials said two drones were shot down over the district overnight, and no one was hurt."


def _read(*paths, **kw):
    return list(read_inputs([os.fspath(p) for p in paths], **kw))


def _kinds(items):
    return [(type(x).__name__, getattr(x, "reason", "")) for x in items]


def test_a_file_name_that_is_not_utf8_is_read_and_named_safely(tmp_path):
    raw = os.fsencode(tmp_path) + b"/report-\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write(BODY.encode())
    (art,) = _read(tmp_path)
    assert isinstance(art, RawArticle)
    assert art.locator.endswith("report-\\xff\\xfe.txt") and art.id == "report-\\xff\\xfe"
    art.locator.encode("utf-8")  # storable and printable: no surrogates left
    art.id.encode("utf-8")


def test_a_control_character_in_a_file_name_is_shown_escaped(tmp_path):
    (tmp_path / "a\x1b[2Jb.txt").write_text(BODY)
    (art,) = _read(tmp_path)
    assert "\x1b" not in art.locator and "\\x1b[2Jb.txt" in art.locator


def test_an_oversized_text_file_is_rejected_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse 1 GB file
        fh.truncate(1024**3)
    tracemalloc.start()
    (r,) = _read(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(r, Rejection) and r.reason == "oversized" and "5 MB" in r.detail
    assert peak < 8 * 1024 * 1024


def test_a_growing_stream_is_cut_at_the_limit():
    from claimgraph.ingest.base import read_capped

    class Endless:
        served = 0

        def read(self, n):
            self.served += n
            return b"x" * n

    s = Endless()
    assert read_capped(s, 1000) is None and s.served == 1001
    assert read_capped(io.BytesIO(b"abc"), 3) == b"abc"


def _warc_bytes(pages, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, body, ctype in pages:
        head = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=head))
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return buf.getvalue()


def _page(text: str) -> bytes:
    return f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>".encode()


def test_a_warc_gz_bomb_is_rejected_quickly_in_bounded_memory(tmp_path):
    bomb = b"<html><body><p>" + b"a" * (40 * 1024 * 1024) + b"</p></body></html>"
    data = _warc_bytes([("http://x/bomb", bomb, "text/html"), ("http://x/ok", _page(BODY), "text/html")])
    assert len(data) < 200_000  # a small file on disk
    (tmp_path / "bomb.warc.gz").write_bytes(data)
    (tmp_path / "warm.html").write_bytes(_page(BODY))
    _read(tmp_path / "warm.html")  # trafilatura's first call loads its word lists (about 12 MB)
    del data, bomb
    tracemalloc.start()
    t0 = time.perf_counter()
    got = [x for x in _read(tmp_path / "bomb.warc.gz") if not isinstance(x, Skipped)]
    dt = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _kinds(got) == [("Rejection", "oversized"), ("RawArticle", "")]
    assert "bomb" in got[0].locator
    assert peak < 20 * 1024 * 1024 and dt < 20


def test_an_html_page_over_the_cap_is_rejected_before_parsing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: pytest.fail("parsed an oversized page"))
    (tmp_path / "huge.html").write_bytes(_page("word " * 50_000))
    (r,) = _read(tmp_path, limits=IngestLimits(max_html_bytes=100_000))
    assert r.reason == "oversized" and "HTML page over" in r.detail
    line = json.dumps({"id": "h", "html": "<p>" + "word " * 50_000 + "</p>"})
    (tmp_path / "huge.html").unlink()
    (tmp_path / "lines.jsonl").write_text(line + "\n")
    (r,) = _read(tmp_path, limits=IngestLimits(max_html_bytes=100_000))
    assert r.reason == "oversized"


@pytest.mark.parametrize("gz", [False, True])
def test_a_truncated_warc_record_is_reported_wherever_the_cut_falls(tmp_path, gz):
    data = _warc_bytes([(f"http://x/{i}", _page(f"{BODY} Report {i}."), "text/html") for i in range(2)], gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    # cuts inside gzip members, record headers, HTTP headers and bodies
    for cut in range(40, len(data) - 8, max(1, len(data) // 23)):
        path.write_bytes(data[:cut])
        got = _read(path)
        assert any(isinstance(x, Rejection) and x.reason == "truncated_warc" for x in got), cut
    path.write_bytes(data)
    assert not any(isinstance(x, Rejection) for x in _read(path))


@pytest.mark.parametrize("gz", [False, True])
def test_the_records_before_a_cut_are_kept(tmp_path, gz):
    data = _warc_bytes([(f"http://x/{i}", _page(f"{BODY} Report {i}."), "text/html") for i in range(2)], gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: len(data) * 3 // 4])  # inside the second response
    got = [x for x in _read(path) if not isinstance(x, Skipped)]
    assert _kinds(got) == [("RawArticle", ""), ("Rejection", "truncated_warc")]
    assert "Report 0" in got[0].text


def test_a_truncated_warc_makes_the_ingest_exit_code_1(tmp_path):
    from click.testing import CliRunner

    from claimgraph.cli import main

    data = _warc_bytes([("http://x/a", _page(BODY), "text/html")], gz=True)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.warc.gz").write_bytes(data[:-6])  # the page whole, its gzip member cut
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--json"])
    assert r.exit_code == 1 and "truncated_warc" in r.output


def test_a_file_removed_mid_run_is_a_rejection(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{BODY} ({name})")
    got = []
    for item in read_inputs([str(tmp_path)]):
        got.append(item)
        if len(got) == 1:
            (tmp_path / "b.txt").unlink()  # gone after the listing, before its turn
    assert _kinds(got) == [("RawArticle", ""), ("Rejection", "unreadable")]
    assert "b.txt" in got[1].locator and "removed" in got[1].detail


def test_a_file_removed_between_the_check_and_the_read_is_a_rejection(tmp_path, monkeypatch):
    from claimgraph.ingest import text

    (tmp_path / "a.txt").write_text(BODY)

    def gone(*a, **k):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(text, "read_file_capped", gone)
    (r,) = _read(tmp_path)
    assert r.reason == "unreadable" and "removed" in r.detail


def test_a_fifo_is_rejected_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text(BODY)
    t0 = time.perf_counter()
    got = _read(tmp_path)
    assert time.perf_counter() - t0 < 5
    assert _kinds(got) == [("Rejection", "unreadable"), ("RawArticle", "")]
    assert "FIFO" in got[0].detail
    (direct,) = _read(tmp_path / "pipe.txt")  # named on the command line: the same
    assert direct.reason == "unreadable"


def test_an_unreadable_subfolder_is_a_rejection(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(BODY)
    (tmp_path / "open.txt").write_text(BODY + " Again.")
    locked = str(tmp_path / "locked")
    real = os.scandir

    def scandir(path="."):  # chmod 000 does not stop root, so the refusal is simulated
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = _read(tmp_path)
    assert _kinds(got) == [("Rejection", "unreadable"), ("RawArticle", "")]
    assert got[0].locator.endswith("locked") and "could not be listed" in got[0].detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_permission_is_a_rejection(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(BODY)
    os.chmod(tmp_path / "locked", 0)
    try:
        (r,) = _read(tmp_path)
        assert r.reason == "unreadable"
    finally:
        os.chmod(tmp_path / "locked", 0o755)


def test_a_link_to_a_folder_is_followed_not_called_broken(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(BODY)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (art,) = _read(tmp_path / "in")
    assert isinstance(art, RawArticle) and art.locator.endswith("linked/a.txt")


def test_link_loops_end(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(BODY)
    (tmp_path / "d" / "back").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "d" / "self.txt").symlink_to(tmp_path / "d" / "self.txt")
    got = _read(tmp_path / "d")
    assert _kinds(got) == [
        ("RawArticle", ""),
        ("Skipped", "folder already read (a link back into a folder being walked)"),
        ("Rejection", "unreadable"),
    ]
    assert "loop" in got[2].detail


def test_a_broken_link_is_still_called_broken(tmp_path):
    (tmp_path / "b.txt").symlink_to(tmp_path / "moved.txt")
    (r,) = _read(tmp_path)
    assert r.reason == "unreadable" and "broken link" in r.detail


def test_a_bom_does_not_lose_jsonl_line_1(tmp_path):
    lines = [json.dumps({"id": f"j{i}", "text": f"{BODY} Line {i}."}) for i in range(3)]
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    got = _read(tmp_path)
    assert [a.id for a in got] == ["j0", "j1", "j2"]


def test_one_file_under_two_spellings_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(BODY)
    Path("link.txt").symlink_to(tmp_path / "a.txt")
    os.link("a.txt", "hard.txt")
    got = _read("./a.txt", "a.txt", str(tmp_path / "a.txt"), "link.txt", "hard.txt")
    assert [type(x).__name__ for x in got] == ["RawArticle"] + ["Skipped"] * 4
    assert all("same file as a.txt" in x.reason for x in got[1:])


def test_a_folder_and_a_file_inside_it_are_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    got = _read(tmp_path, tmp_path / "a.txt")
    assert _kinds(got)[0] == ("RawArticle", "") and isinstance(got[1], Skipped)


def test_a_jsonl_line_over_the_cap_is_rejected_by_number_and_the_rest_read(tmp_path):
    ok = json.dumps({"id": "fine", "text": BODY})
    long = json.dumps({"id": "long", "text": "x" * 300_000})
    (tmp_path / "l.jsonl").write_text("\n".join([ok, long, ok.replace("fine", "after")]) + "\n")
    got = _read(tmp_path, limits=IngestLimits(max_line_bytes=100_000))
    assert _kinds(got) == [("RawArticle", ""), ("Rejection", "oversized"), ("RawArticle", "")]
    assert got[1].locator.endswith("l.jsonl:2") and got[2].id == "after"


def test_a_line_of_two_million_characters_is_stored(tmp_path):
    words = ("drone strike report " * 100_000)[:2_000_000]
    (tmp_path / "long.jsonl").write_text(json.dumps({"id": "long", "text": words}) + "\n")
    (tmp_path / "long.txt").write_text(words.replace("report", "notice"))
    got = _read(tmp_path)
    assert [len(a.text) for a in got] == [2_000_000, 2_000_000]


def test_a_corrupt_jsonl_gz_is_rejected_after_the_lines_that_could_be_read(tmp_path):
    lines = "".join(json.dumps({"id": f"g{i}", "text": f"{BODY} Number {i}."}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    got = _read(tmp_path)
    assert isinstance(got[-1], Rejection) and got[-1].reason == "truncated"
    assert all(isinstance(x, RawArticle) for x in got[:-1])


def test_the_walk_accounts_for_hidden_files(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "a.txt").write_text(BODY)
    assert [type(x).__name__ for x in iter_inputs([tmp_path])] == ["Skipped", "PosixPath"]


def test_excluded_files_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "claimgraph.db").write_bytes(b"SQLite format 3\x00")
    got = _read(tmp_path, exclude=[tmp_path / "claimgraph.db"])
    assert _kinds(got) == [("RawArticle", ""), ("Skipped", "excluded (the store's own file)")]


def test_ingest_of_a_folder_with_a_non_utf8_name_does_not_crash(tmp_path):
    from click.testing import CliRunner

    from claimgraph.cli import main

    (tmp_path / "in").mkdir()
    with open(os.fsencode(tmp_path / "in") + b"/caf\xe9.txt", "wb") as fh:
        fh.write(BODY.encode())
    with open(os.fsencode(tmp_path / "in") + b"/bad\xff.txt", "wb") as fh:
        fh.write(b"\xff\xfe\x00")  # rejected: its name must still reach the store and the terminal
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--json"])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    counts = json.loads(r.stdout.strip().splitlines()[-1])
    assert counts["stored"] == 1 and counts["rejected"] == 1 and "bad\\xff.txt" in r.output

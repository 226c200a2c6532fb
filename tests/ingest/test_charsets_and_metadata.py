"""Issue 13, ingest side: compressed JSONL, declared and detected charsets, counts for progress
bars, sidecar metadata for text files."""

from __future__ import annotations

import gzip
import io
import json

from claimgraph.ingest import RawArticle, Rejection, Skipped, count_items, read_inputs

UK = (
    "Генштаб ЗСУ повідомив, що протягом доби ворог атакував Харків дронами. "
    "За даними Повітряних сил, збито сорок безпілотників, ще кілька локаційно втрачено."
)
RU = "По данным губернатора, над областью ночью сбили семь беспилотников, пострадавших нет."


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def _page(body: str, head: str = "", title: str = "Звіт") -> str:
    return f"<html><head>{head}<title>{title}</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"


def test_jsonl_gz_is_decompressed(tmp_path):
    lines = [json.dumps({"id": f"z{i}", "text": f"Report {i}: officials said the bridge was hit."}) for i in range(3)]
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    got = _read(tmp_path)
    assert [a.id for a in got] == ["z0", "z1", "z2"]


def test_html_declaring_windows_1251_in_meta_is_decoded_by_it(tmp_path):
    page = _page(UK, '<meta charset="windows-1251">')
    (tmp_path / "p.html").write_bytes(page.encode("cp1251"))
    (a,) = _read(tmp_path)
    assert isinstance(a, RawArticle) and "Генштаб ЗСУ повідомив" in a.text and a.extra["encoding"] == "cp1251"


def test_html_declaring_its_charset_in_http_equiv_is_decoded_by_it(tmp_path):
    head = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    (tmp_path / "p.html").write_bytes(_page(RU, head, title="Отчёт").encode("koi8_r"))
    (a,) = _read(tmp_path)
    assert "По данным губернатора" in a.text and a.extra["encoding"] == "koi8-r"


def test_html_with_a_bom_is_decoded_by_the_bom(tmp_path):
    (tmp_path / "p.html").write_bytes(b"\xff\xfe" + _page(UK).encode("utf-16-le"))
    (a,) = _read(tmp_path)
    assert "повідомив" in a.text


def test_html_without_a_declaration_is_detected(tmp_path):
    (tmp_path / "p.html").write_bytes(_page(UK + " " + UK).encode("cp1251"))
    (a,) = _read(tmp_path)
    assert "Повітряних сил" in a.text and a.extra["encoding"] == "cp1251"


def test_a_page_whose_declaration_lies_falls_back_to_what_the_bytes_are(tmp_path):
    (tmp_path / "p.html").write_bytes(_page(UK, '<meta charset="us-ascii">').encode("utf-8"))
    (a,) = _read(tmp_path)
    assert "повідомив" in a.text


def _warc(body: bytes, ctype: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    head = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("http://x/uk", "response", payload=io.BytesIO(body), http_headers=head))
    return buf.getvalue()


def test_warc_bodies_use_the_http_charset(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(_warc(_page(UK).encode("cp1251"), "text/html; charset=windows-1251"))
    (a,) = _read(tmp_path)
    assert "Генштаб ЗСУ" in a.text and a.extra["encoding"] == "cp1251"


def test_a_legacy_text_file_is_decoded_by_detection_and_the_encoding_recorded(tmp_path):
    (tmp_path / "uk.txt").write_bytes((UK + "\n\n" + UK).encode("cp1251"))
    (tmp_path / "ru.txt").write_bytes((RU + "\n\n" + RU).encode("koi8_r"))
    uk, ru = sorted(_read(tmp_path), key=lambda a: a.id, reverse=True)
    assert uk.text.startswith("Генштаб") and uk.extra["encoding"] == "cp1251"
    assert ru.text.startswith("По данным") and ru.extra["encoding"] in ("koi8-r", "koi8-u")


def test_a_utf8_file_gets_its_encoding_recorded_too(tmp_path):
    (tmp_path / "a.txt").write_text(UK, encoding="utf-8")
    (a,) = _read(tmp_path)
    assert a.extra["encoding"] == "utf-8"


def test_damaged_utf8_is_rejected_not_guessed(tmp_path):
    (tmp_path / "d.txt").write_bytes(UK.encode()[:41] + b"\xff" + UK.encode()[41:])
    (r,) = _read(tmp_path)
    assert isinstance(r, Rejection) and r.reason == "invalid_utf8" and "byte 41" in r.detail


def test_count_items_counts_lines_entries_and_files(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said two drones were shot down.")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "x"}\n\n  \n{"id": 2, "text": "y"}\n{"id": 3')
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n{"text": "b"}\n'))
    items = "".join(f"<item><title>{i}</title><description>Text {i}</description></item>" for i in range(4))
    (tmp_path / "f.rss").write_text(f"<?xml version='1.0'?><rss><channel><title>F</title>{items}</channel></rss>")
    (tmp_path / "g.atom").write_text("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title></entry></feed>")
    (tmp_path / "z.csv").write_text("a,b")  # unsupported: one rejection
    n = count_items([tmp_path])
    assert n == 1 + 3 + 2 + 4 + 1 + 1
    assert n == len(_read(tmp_path))


def test_count_items_is_none_when_a_warc_needs_reading_through(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(_warc(b"<p>x</p>", "text/html"))
    assert count_items([tmp_path]) is None


def test_a_sidecar_gives_a_text_file_its_date_and_outlet(tmp_path):
    (tmp_path / "report.txt").write_text(
        "Kyiv was hit on Tuesday\n\nOfficials said two drones were shot down on Tuesday."
    )
    meta = {"published": "2025-11-06", "outlet": "Desk Wire", "url": "https://desk.example/1", "title": "Night raid"}
    (tmp_path / "report.meta.json").write_text(json.dumps(meta))
    got = _read(tmp_path)
    assert [type(x).__name__ for x in got] == ["Skipped", "RawArticle"]
    assert got[0].reason == "metadata of report.txt"
    a = got[1]
    assert (a.published, a.outlet, a.url, a.title, a.id) == (
        "2025-11-06",
        "Desk Wire",
        "https://desk.example/1",
        "Night raid",
        "report",
    )


def test_a_sidecar_with_a_typo_rejects_its_article(tmp_path):
    (tmp_path / "r.txt").write_text("Officials said two drones were shot down on Tuesday.")
    (tmp_path / "r.meta.json").write_text('{"publised": "2025-11-06"}')
    got = _read(tmp_path)
    assert got[1].reason == "bad_metadata" and "publised" in got[1].detail


def test_a_sidecar_date_must_be_iso(tmp_path):
    (tmp_path / "r.txt").write_text("Officials said two drones were shot down on Tuesday.")
    (tmp_path / "r.meta.json").write_text('{"published": "6 November"}')
    assert _read(tmp_path)[1].reason == "bad_metadata"


def test_a_sidecar_without_an_article_is_rejected(tmp_path):
    (tmp_path / "lost.meta.json").write_text('{"published": "2025-11-06"}')
    (r,) = _read(tmp_path)
    assert isinstance(r, Rejection) and r.reason == "bad_metadata"


def test_defaults_fill_only_what_the_input_leaves_out(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said two drones were shot down on Tuesday.")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Another text, said officials.", "published": "2025-01-02"}))
    a, b = _read(tmp_path, defaults={"published": "2025-11-04"})
    assert a.published == "2025-11-04" and b.published == "2025-01-02"


def test_a_sidecar_beside_an_html_page(tmp_path):
    (tmp_path / "p.html").write_text(_page(UK), encoding="utf-8")
    (tmp_path / "p.meta.json").write_text('{"language": "uk", "published": "2025-11-06T08:00:00+02:00"}')
    got = [x for x in _read(tmp_path) if not isinstance(x, Skipped)]
    assert got[0].language == "uk" and got[0].published.startswith("2025-11-06")


def test_jsonl_carries_language_and_extra(tmp_path):
    line = {"id": "t1", "text": "Збито 12 дронів.", "language": "uk", "extra": {"forwarded_from": "Повітряні сили"}}
    (tmp_path / "a.jsonl").write_text(
        json.dumps(line, ensure_ascii=False) + "\n" + json.dumps({"text": "x", "extra": 3})
    )
    a, bad = _read(tmp_path)
    assert a.language == "uk" and a.extra == {"forwarded_from": "Повітряні сили"}
    assert bad.reason == "bad_json" and "extra" in bad.detail

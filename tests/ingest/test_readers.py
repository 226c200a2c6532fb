import io
import json

from claimgraph.ingest import RawArticle, Rejection, Skipped, read_inputs

HTML = """<html><head><title>Strike hits depot</title><meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-11-04"></head><body><nav>Home | World</nav><article>
<h1>Strike hits depot</h1><p>Russian drones struck a fuel depot near Kupiansk overnight, the governor said on Tuesday.</p>
<figure><img src="x.jpg"><figcaption>Smoke rises over the depot in a photo caption.</figcaption></figure>
<div class="also-read">Also read: an unrelated story about something else</div>
<p>Three employees were injured and firefighters contained the blaze before dawn, officials said.</p>
<p>The strike was the third on the town this month, according to local authorities in the region.</p>
</article><footer>Copyright</footer></body></html>"""


def _read(paths):
    return list(read_inputs([str(p) for p in paths]))


def test_text_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Title line\n\nBody of the article that says something.")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x1", "text": "Some text here.", "outlet": "O"}) + "\n{bad\n")
    got = _read([tmp_path])
    arts = [g for g in got if isinstance(g, RawArticle)]
    rej = [g for g in got if isinstance(g, Rejection)]
    assert {a.id for a in arts} == {"a", "x1"} and arts[0].title == "Title line"
    assert [r.reason for r in rej] == ["bad_json"] and rej[0].locator.endswith("b.jsonl:2")


def test_html_strips_boilerplate(tmp_path):
    (tmp_path / "p.html").write_text(HTML)
    (a,) = _read([tmp_path / "p.html"])
    assert isinstance(a, RawArticle)
    assert "fuel depot" in a.text and "caption" not in a.text and "Also read" not in a.text
    assert a.title == "Strike hits depot" and a.published == "2025-11-04" and a.outlet == "Test Wire"


def test_rss_entries(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Outlet</title>
    <item><title>One</title><link>http://x/1</link><description>First story text here.</description>
    <pubDate>Tue, 04 Nov 2025 10:00:00 GMT</pubDate></item>
    <item><title>Two</title><link>http://x/2</link><description></description></item></channel></rss>"""
    (tmp_path / "f.rss").write_text(feed)
    got = _read([tmp_path / "f.rss"])
    assert isinstance(got[0], RawArticle) and got[0].outlet == "Feed Outlet" and got[0].published == "2025-11-04"
    assert isinstance(got[1], Rejection) and got[1].reason == "empty"


def _warc(path, html: str, truncate: bool = False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    w.write_record(
        w.create_warc_record("http://x/a", "response", payload=io.BytesIO(html.encode()), http_headers=headers)
    )
    w.write_record(w.create_warc_record("http://x/a", "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")))
    data = buf.getvalue()
    path.write_bytes(data[: len(data) // 3] if truncate else data)


def test_warc_html_responses_and_truncation(tmp_path):
    _warc(tmp_path / "ok.warc.gz", HTML)
    _warc(tmp_path / "bad.warc.gz", HTML, truncate=True)
    got = _read([tmp_path / "ok.warc.gz"])
    ok = [x for x in got if not isinstance(x, Skipped)]
    assert len(ok) == 1 and isinstance(ok[0], RawArticle) and "fuel depot" in ok[0].text
    assert ok[0].extra["captured"][:2] == "20"  # the record's WARC-Date: the page existed by then
    assert [x.reason for x in got if isinstance(x, Skipped)] == ["request record"]  # counted, not an article
    bad = [x for x in _read([tmp_path / "bad.warc.gz"]) if not isinstance(x, Skipped)]
    assert bad and all(isinstance(b, Rejection) and b.reason == "truncated_warc" for b in bad)


def test_a_broken_link_in_a_folder_is_rejected_not_ignored(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said two drones were shot down.")
    (tmp_path / "b.txt").symlink_to(tmp_path / "moved.txt")
    got = _read([tmp_path])
    assert [type(x).__name__ for x in got] == ["RawArticle", "Rejection"]
    assert got[1].reason == "unreadable" and "b.txt" in got[1].locator


def test_invalid_utf8_empty_and_oversized(tmp_path):
    # UTF-8 (the quotes and the dash) damaged by one stray byte: not a legacy encoding
    (tmp_path / "u.txt").write_bytes("\u201cWe held the line\u201d \u2014 a commander said.".encode() + b"\xff ok")
    (tmp_path / "e.txt").write_text("   \n")
    (tmp_path / "big.txt").write_text("word " * (1024 * 1024 + 10))
    reasons = sorted(r.reason for r in _read([tmp_path]))
    assert reasons == ["empty", "invalid_utf8", "oversized"]

"""WARC and WARC.gz archives (warcio), streamed record by record: HTML responses become
articles; every other record is skipped and counted; a truncated record is a rejection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, Skipped
from .html import html_to_article


class WarcReader(Reader):
    name = "warc"
    suffixes = (".warc", ".warc.gz", ".arc", ".arc.gz")
    priority = 10

    def read(self, path: Path) -> Iterator[RawArticle | Rejection | Skipped]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        n = 0
        with path.open("rb") as fh:
            try:
                for rec in ArchiveIterator(fh):
                    n += 1
                    if rec.rec_type != "response":
                        yield Skipped(f"{path}#{n}", f"{rec.rec_type} record")
                        continue
                    ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                    if "html" not in ctype.lower():
                        yield Skipped(f"{path}#{n}", f"response of type {ctype.split(';')[0] or 'unknown'}")
                        continue
                    url = rec.rec_headers.get_header("WARC-Target-URI")
                    loc = f"{path}#{url or n}"
                    try:
                        body = rec.content_stream().read()
                    except Exception as e:  # noqa: BLE001 - truncated gzip member, short read
                        yield Rejection(loc, "truncated_warc", f"{type(e).__name__}: {e}")
                        return
                    declared = rec.rec_headers.get_header("Content-Length")
                    left = getattr(rec.raw_stream, "limit", 0)
                    if isinstance(left, int) and left > 0:
                        yield Rejection(loc, "truncated_warc", f"record ends {left} bytes early")
                        continue
                    try:
                        html = body.decode("utf-8")
                    except UnicodeDecodeError as e:
                        yield Rejection(loc, "invalid_utf8", f"byte {e.start} is not UTF-8")
                        continue
                    if not html.strip() and declared and int(declared) > 0:
                        yield Rejection(loc, "truncated_warc", "record body missing")
                        continue
                    yield html_to_article(html, loc, url=url)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
                yield Rejection(f"{path}#{n + 1}", "truncated_warc", f"{type(e).__name__}: {str(e)[:160]}")


@hookimpl
def claimgraph_readers():
    return [WarcReader()]

"""WARC and WARC.gz archives (warcio), streamed record by record: HTML responses become
articles; every other record is skipped and counted.

Bounded whatever the archive holds: a response whose record is longer than
``IngestLimits.max_html_bytes`` is rejected from its header without its body being read, and a
body is read with that cap after HTTP decoding (chunked, gzip), so a small WARC.gz that expands
to a 100 MB page costs the time to inflate it, not its size in memory. The body is decoded by
the HTTP ``Content-Type`` charset, then the page's own ``<meta charset>``, then UTF-8, then
detection.

Truncation is reported, never silent (``truncated_warc``, and so exit code 1): a gzip member
that ends early (read through ``gzip``, which checks every member's end), a record whose body is
shorter than its ``Content-Length``, and bytes after the last complete record that do not make
a record (a crawl that died in the middle of a record's headers).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, Skipped, display
from .charset import charset_from_content_type
from .html import html_bytes_to_article
from .limits import DEFAULT_LIMITS, IngestLimits, over

_CHUNK = 1 << 16
# the blank lines that end a record ("\r\n\r\n"); anything longer left over is a cut record
_RECORD_END_SLACK = 4


class _CutShort(Exception):
    """The compressed stream ended inside a gzip member (warcio takes EOFError for a clean end)."""


class _Counting:
    """A read-only stream that counts the bytes read from it (warcio asks for ``tell``)."""

    def __init__(self, fh) -> None:
        self.fh, self.offset = fh, 0
        # one gzip member at a time: a read that fills its buffer across members would lose the
        # whole records before a cut member along with the cut one
        self._read = getattr(fh, "read1", fh.read)

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._read(size)
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise _CutShort(f"{type(e).__name__}: {e}") from e
        self.offset += len(data)
        return data

    def tell(self) -> int:
        return self.offset


def _drain(stream) -> None:
    while stream.read(_CHUNK):
        pass


class WarcReader(Reader):
    name = "warc"
    suffixes = (".warc", ".warc.gz", ".arc", ".arc.gz")
    priority = 10

    def count(self, path: Path) -> int | None:
        return None  # records are known only by reading the archive through

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection | Skipped]:
        from warcio.archiveiterator import ArchiveIterator

        name = display(path)
        n = 0
        with path.open("rb") as raw:
            src = gzip.GzipFile(fileobj=raw, mode="rb") if path.name.lower().endswith(".gz") else raw
            stream = _Counting(src)
            it = ArchiveIterator(stream)
            end_of_last = 0
            try:
                for rec in it:
                    n += 1
                    yield from self._record(rec, f"{name}#{n}", limits)
                    if rec.raw_stream.limit:
                        yield Rejection(
                            f"{name}#{n}", "truncated_warc", f"record ends {rec.raw_stream.limit:,} bytes early"
                        )
                        return
                    end_of_last = stream.offset - it.reader.rem_length()
                left = stream.offset - end_of_last
                if left > _RECORD_END_SLACK:
                    yield Rejection(
                        f"{name}#{n + 1}",
                        "truncated_warc",
                        f"{left:,} bytes after record {n} do not make a whole record",
                    )
            except _CutShort as e:
                yield Rejection(f"{name}#{n + 1}", "truncated_warc", f"compressed archive ends early ({e})")
            except Exception as e:  # noqa: BLE001 - warcio raises many types on cut or garbled headers
                yield Rejection(f"{name}#{n + 1}", "truncated_warc", f"{type(e).__name__}: {str(e)[:160]}")

    @staticmethod
    def _record(rec, loc_n: str, limits: IngestLimits) -> Iterator[RawArticle | Rejection | Skipped]:
        """One record as an article, rejection or skip; its stream is read to its end, so that
        the caller can tell a record cut short."""
        if rec.rec_type != "response":
            _drain(rec.raw_stream)
            yield Skipped(loc_n, f"{rec.rec_type} record")
            return
        ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
        if "html" not in ctype.lower():
            _drain(rec.raw_stream)
            yield Skipped(loc_n, f"response of type {ctype.split(';')[0] or 'unknown'}")
            return
        url = rec.rec_headers.get_header("WARC-Target-URI")
        loc = f"{loc_n.rsplit('#', 1)[0]}#{url}" if url else loc_n
        cap = limits.max_html_bytes
        declared = rec.rec_headers.get_header("Content-Length")
        if declared and declared.isdigit() and int(declared) > 2 * cap:  # headers are never half the record
            _drain(rec.raw_stream)
            if rec.raw_stream.limit:
                return  # cut short as well: the caller reports the truncation
            yield Rejection(loc, "oversized", f"HTML page {over(cap)} (record of {int(declared):,} bytes)")
            return
        body = rec.content_stream().read(cap + 1)
        _drain(rec.raw_stream)
        if rec.raw_stream.limit:
            return
        if len(body) > cap:
            yield Rejection(loc, "oversized", f"HTML page {over(cap)}")
            return
        if not body.strip() and declared and int(declared) > 0:
            yield Rejection(loc, "truncated_warc", "record body missing")
            return
        got = html_bytes_to_article(body, loc, url=url, charset=charset_from_content_type(ctype), limits=limits)
        captured = rec.rec_headers.get_header("WARC-Date")
        if isinstance(got, RawArticle) and captured:
            got.extra["captured"] = captured  # the page existed by then: linking orders pages by it
        yield got


@hookimpl
def claimgraph_readers():
    return [WarcReader()]

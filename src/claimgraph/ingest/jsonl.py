"""JSON Lines: one article per line with ``id``, ``text`` or ``html``, ``url``, ``outlet``,
``title``, ``published``, ``authors`` and optionally ``language`` (ISO 639-1) and ``extra`` (an
object, kept as ``RawArticle.extra``: a Telegram post's ``forwarded_from`` survives a JSONL round
trip); ``.jsonl.gz`` is read through gzip as a stream.

Each line is read with a cap (``IngestLimits.max_line_bytes``): a longer one is rejected by line
number and skipped in chunks, never held whole, so a line with no end or a decompression bomb
costs the cap in memory. A byte-order mark before line 1 is dropped. A gzip stream that ends
early or is corrupt rejects the rest of the file, named by the line where it broke.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, check_text, display
from .limits import DEFAULT_LIMITS, IngestLimits, over

_STR_FIELDS = ("url", "outlet", "title", "published", "language")
_BOM = b"\xef\xbb\xbf"


def _open(path: Path):
    fh = path.open("rb")
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=fh, mode="rb"), fh
    return fh, fh


def _lines(stream, cap: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, length) per line; line is None when it is longer than ``cap`` (then skipped in
    chunks: the length says how far it went)."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


class JsonlReader(Reader):
    name = "jsonl"
    suffixes = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
    priority = 10

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection]:
        name = display(path)
        stream, raw = _open(path)
        n = 0
        with raw:
            try:
                for n, (line, size) in enumerate(_lines(stream, limits.max_line_bytes), 1):
                    loc = f"{name}:{n}"
                    if line is None:
                        yield Rejection(loc, "oversized", f"line {over(limits.max_line_bytes)} ({size:,} bytes)")
                        continue
                    if n == 1 and line.startswith(_BOM):
                        line = line[len(_BOM) :]
                    if not line.strip():
                        continue
                    yield from self.from_line(line, loc, limits)
            except (EOFError, gzip.BadGzipFile, zlib.error) as e:
                # the stream broke after line n: what follows cannot be read
                yield Rejection(
                    f"{name}:{n + 1}", "truncated", f"compressed stream broken after line {n} ({type(e).__name__}: {e})"
                )

    def from_line(self, line: bytes, loc: str, limits: IngestLimits) -> Iterator[RawArticle | Rejection]:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Rejection(loc, "invalid_utf8", f"byte {e.start} is not UTF-8")
            return
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield Rejection(loc, "bad_json", e.msg)
            return
        if not isinstance(obj, dict):
            yield Rejection(loc, "bad_json", "a line must be a JSON object")
            return
        yield from self.from_obj(obj, loc, limits)

    def count(self, path: Path) -> int | None:
        """Lines that are not blank, counted in chunks (a line with no end costs nothing)."""
        stream, raw = _open(path)
        n, open_line = 0, False
        with raw:
            try:
                while chunk := stream.read(1 << 20):
                    parts = chunk.split(b"\n")
                    for part in parts[:-1]:
                        if open_line or part.strip():
                            n += 1
                        open_line = False
                    open_line = open_line or bool(parts[-1].strip())
            except (EOFError, OSError, zlib.error):
                return n + 1  # the rejection for the broken rest
        return n + (1 if open_line else 0)

    @staticmethod
    def from_obj(obj: dict, loc: str, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection]:
        for key in _STR_FIELDS:
            if obj.get(key) is not None and not isinstance(obj[key], str):
                yield Rejection(loc, "bad_json", f"{key!r} must be a string")
                return
        authors = obj.get("authors") or []
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            yield Rejection(loc, "bad_json", "'authors' must be a list of strings")
            return
        text = obj.get("text")
        fmt = "jsonl"
        title = obj.get("title")
        published = obj.get("published")
        extra = obj.get("extra") or {}
        if not isinstance(extra, dict):
            yield Rejection(loc, "bad_json", "'extra' must be an object")
            return
        if not text and obj.get("html"):
            from .html import html_to_article

            if not isinstance(obj["html"], str):
                yield Rejection(loc, "bad_json", "'html' must be a string")
                return
            got = html_to_article(obj["html"], loc, url=obj.get("url"), limits=limits)
            if isinstance(got, Rejection):
                yield got
                return
            text, title, published = got.text, title or got.title, published or got.published
            fmt = "jsonl+html"
        if text is not None and not isinstance(text, str):
            yield Rejection(loc, "bad_json", "'text' must be a string")
            return
        bad = check_text(text, loc, limits)
        if bad or text is None:
            yield bad or Rejection(loc, "empty", "no article text")
            return
        yield RawArticle(
            text=text,
            locator=loc,
            id=str(obj["id"]) if obj.get("id") is not None else None,
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            title=title,
            published=published,
            authors=list(authors),
            fmt=fmt,
            language=obj.get("language"),
            extra=extra,
        )


@hookimpl
def claimgraph_readers():
    return [JsonlReader()]

"""Plain text files: one article per file; a first line followed by a blank line is the title.

Encoding: a byte-order mark, else UTF-8, else the legacy encoding charset-normalizer finds
(windows-1251, KOI8-R, windows-1252, ...), recorded as ``extra["encoding"]``; a UTF-8 file
with damaged bytes is rejected (``invalid_utf8``). A file over the text limit is rejected
from its size, without being read.

Sidecar metadata: ``NAME.meta.json`` beside ``NAME.txt`` (or ``NAME.html``) gives what a text
file cannot say for itself, as one JSON object, every field optional::

    {"published": "2025-11-04",            # ISO 8601 date or date-time: resolves "on Tuesday"
     "outlet": "Kyiv Independent", "url": "https://...", "title": "...",
     "authors": ["..."], "language": "uk", "id": "my-own-id"}

An unknown field, a wrong type or a ``published`` that is not ISO 8601 rejects the article
(``bad_metadata``) naming the sidecar, so that a typo never silently drops a date. The sidecar
itself is counted as skipped (``metadata of NAME.txt``); one with no article beside it is
rejected.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import (
    RawArticle,
    Reader,
    Rejection,
    apply_metadata,
    check_text,
    decode_bytes,
    display,
    load_sidecar,
    read_file_capped,
)
from .limits import DEFAULT_LIMITS, IngestLimits


class TextReader(Reader):
    name = "text"
    suffixes = (".txt", ".text", ".md")

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection]:
        loc = display(path)
        meta = load_sidecar(path, loc, limits)
        if isinstance(meta, Rejection):
            yield meta
            return
        # a legacy single-byte text doubles in size as UTF-8: check_text applies the text limit
        data = read_file_capped(path, limits.max_text_bytes, loc, "text")
        if isinstance(data, Rejection):
            yield data
            return
        got = decode_bytes(data, loc)
        if isinstance(got, Rejection):
            yield got
            return
        text = got.text
        bad = check_text(text, loc, limits)
        if bad:
            yield bad
            return
        lines = text.lstrip().split("\n", 2)
        title = lines[0].strip() if len(lines) > 2 and not lines[1].strip() and len(lines[0]) < 200 else None
        art = RawArticle(
            text=text, locator=loc, id=display(path.stem), title=title, fmt="text", extra={"encoding": got.encoding}
        )
        yield apply_metadata(art, meta, override=True)


@hookimpl
def claimgraph_readers():
    return [TextReader()]

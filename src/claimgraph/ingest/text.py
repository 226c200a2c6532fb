"""Plain text files: one article per file; a first line followed by a blank line is the title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, check_text, decode_bytes


class TextReader(Reader):
    name = "text"
    suffixes = (".txt", ".text", ".md")

    def read(self, path: Path) -> Iterator[RawArticle | Rejection]:
        text = decode_bytes(path.read_bytes(), str(path))
        if isinstance(text, Rejection):
            yield text
            return
        bad = check_text(text, str(path))
        if bad:
            yield bad
            return
        lines = text.lstrip().split("\n")
        title = lines[0].strip() if len(lines) > 2 and not lines[1].strip() and len(lines[0]) < 200 else None
        yield RawArticle(text=text, locator=str(path), id=path.stem, title=title, fmt="text")


@hookimpl
def claimgraph_readers():
    return [TextReader()]

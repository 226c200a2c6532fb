"""What every reader shares: the raw article, the rejection, and the walk over inputs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_TEXT_BYTES = 5 * 1024 * 1024  # an article over 5 MB of text is not an article


@dataclass
class RawArticle:
    """One article as read, before extraction. ``locator`` says where it came from."""

    text: str
    locator: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    fmt: str = "text"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def article_id(self) -> str:
        return self.id or ("a" + self.content_hash[:16])


@dataclass
class Rejection:
    locator: str
    reason: str
    detail: str = ""

    def message(self) -> str:
        return f"{self.locator}: rejected ({self.reason}){': ' + self.detail if self.detail else ''}"


@dataclass
class Skipped:
    """An input record that is not an article (a WARC request, an image): counted, not stored."""

    locator: str
    reason: str


def normalise_for_hash(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", t).strip().lower()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


def check_text(text: str | None, locator: str) -> Rejection | None:
    """The checks every reader applies to the text it found."""
    if text is None or not text.strip():
        return Rejection(locator, "empty", "no article text")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        return Rejection(locator, "oversized", f"text over {MAX_TEXT_BYTES // (1024 * 1024)} MB")
    return None


def decode_bytes(data: bytes, locator: str) -> str | Rejection:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Rejection(locator, "invalid_utf8", f"byte {e.start} is not UTF-8")


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Files under the given paths, sorted, so that a rerun walks them in the same order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if not x.name.startswith(".")):
                if f.is_file():
                    yield f
                elif f.is_symlink():  # a link to a moved or deleted file is an input we could not read
                    yield Rejection(str(f), "unreadable", "broken link: the file it points to is gone")
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), "unreadable", "no such file or folder")


def reader_for(path: Path):
    from ..plugins import readers

    for r in readers():
        if r.can_read(path):
            return r
    return None


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawArticle | Rejection | Skipped]:
    """Stream every article (or rejection) from files, folders, and archives."""
    for item in iter_inputs(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        reader = reader_for(item)
        if reader is None:
            yield Rejection(str(item), "unsupported", f"no reader for {item.suffix or 'this file'}")
            continue
        try:
            yield from reader.read(item)
        except OSError as e:
            yield Rejection(str(item), "unreadable", e.strerror or str(e))
        except Exception as e:  # a reader bug must not end the run: account for the input instead
            yield Rejection(str(item), "reader_error", f"{type(e).__name__}: {e}")


class Reader:
    """Base reader: subclasses set ``name``, ``suffixes`` and implement ``read``."""

    name = "base"
    suffixes: tuple[str, ...] = ()
    priority = 0

    def can_read(self, path: Path) -> bool:
        return path.name.lower().endswith(self.suffixes)

    def read(self, path: Path) -> Iterator[RawArticle | Rejection]:  # pragma: no cover - abstract
        raise NotImplementedError

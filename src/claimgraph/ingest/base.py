"""What every reader shares: the raw article, the rejection, and the walk over inputs.

The walk accounts for every path it meets. A regular file is read once, however it is spelled
(``./a.txt``, ``a.txt``, a link to it, a hard link): the second spelling is a ``Skipped``, so the
counts are not inflated. A link to a folder is followed (a link back into a folder already walked
is skipped, which ends link loops). What cannot be read is a ``Rejection`` with its reason: a
broken link, a link loop, a file removed before it was read, a named pipe or device (never
opened: reading a FIFO blocks), a folder that cannot be listed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .limits import DEFAULT_LIMITS, IngestLimits, over

MAX_TEXT_BYTES = DEFAULT_LIMITS.max_text_bytes  # kept for callers of the first API


@dataclass
class RawArticle:
    """One article as read, before extraction. ``locator`` says where it came from.

    ``language`` is an ISO 639-1 code when the input declares one (a sidecar, a JSONL field);
    ``extra`` holds what a reader knows beyond the common fields, under documented keys:
    ``encoding`` (the codec the bytes were decoded with), and for Telegram posts ``channel``,
    ``channel_id``, ``post_id``, ``forwarded_from``, ``edited``, ``links``, ``reply_to``; for pages read
    from a web archive ``captured`` (the record's WARC-Date)."""

    text: str
    locator: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    fmt: str = "text"
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

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
    """An input that is not an article (a WARC request, an image, a media-only post, a second
    spelling of a file already read, a sidecar): counted, not stored."""

    locator: str
    reason: str


def normalise_for_hash(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", t).strip().lower()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display(path: str | bytes | os.PathLike) -> str:
    """A path as a printable, storable string: bytes that are not UTF-8 (kept by the OS as
    surrogate escapes) and control characters are shown as ``\\xNN``; never raises."""
    raw = os.fsencode(path)
    s = raw.decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def check_text(text: str | None, locator: str, limits: IngestLimits = DEFAULT_LIMITS) -> Rejection | None:
    """The checks every reader applies to the text it found."""
    if text is None or not text.strip():
        return Rejection(locator, "empty", "no article text")
    if len(text) * 4 > limits.max_text_bytes and len(text.encode("utf-8", "surrogatepass")) > limits.max_text_bytes:
        return Rejection(locator, "oversized", f"text {over(limits.max_text_bytes)}")
    return None


def decode_bytes(data: bytes, locator: str, declared: str | None = None):
    """Text and the codec that decoded it, or a Rejection (see ``charset.decode``)."""
    from .charset import decode

    return decode(data, locator, declared)


def read_capped(fh, limit: int) -> bytes | None:
    """At most ``limit`` bytes from a stream, or None when it holds more (only ``limit + 1`` read)."""
    parts, size = [], 0
    while size <= limit:
        chunk = fh.read(min(limit + 1 - size, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return None if size > limit else b"".join(parts)


def read_file_capped(path: Path, limit: int, locator: str, what: str = "file") -> bytes | Rejection:
    """A whole file up to ``limit`` bytes; a larger one is rejected after reading ``limit + 1``."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:  # a regular file says its size: no need to read a byte of it
            return Rejection(locator, "oversized", f"{what} {over(limit)} ({size:,} bytes)")
        data = read_capped(fh, limit)
    if data is None:  # it grew while we read it
        return Rejection(locator, "oversized", f"{what} {over(limit)}")
    return data


# -- sidecar metadata -------------------------------------------------------------------------

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = {
    "id": str,
    "published": str,
    "outlet": str,
    "url": str,
    "title": str,
    "language": str,
    "authors": list,
}
_SIDECAR_OWNERS = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


def sidecar_path(path: Path) -> Path:
    """``report.txt`` -> ``report.meta.json`` (beside it)."""
    return path.with_name(
        path.name[: -len(path.suffix)] + SIDECAR_SUFFIX if path.suffix else path.name + SIDECAR_SUFFIX
    )


def load_sidecar(path: Path, locator: str, limits: IngestLimits = DEFAULT_LIMITS) -> dict | Rejection | None:
    """The metadata in ``NAME.meta.json`` beside ``NAME.txt`` / ``NAME.html``, checked; None when
    there is none. A sidecar that cannot be trusted rejects its article (a typo such as
    ``"publised"`` would otherwise leave the article's dates silently unresolved)."""
    import json
    from datetime import date, datetime

    side = sidecar_path(path)
    try:
        raw = read_file_capped(side, limits.max_sidecar_bytes, locator, "metadata file")
    except FileNotFoundError:
        return None
    name = side.name
    if isinstance(raw, Rejection):
        return Rejection(locator, "bad_metadata", f"{display(name)}: {raw.detail}")
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return Rejection(locator, "bad_metadata", f"{display(name)} is not UTF-8 JSON ({e})")
    if not isinstance(meta, dict):
        return Rejection(locator, "bad_metadata", f"{display(name)} must hold a JSON object")
    for key, value in meta.items():
        kind = SIDECAR_FIELDS.get(key)
        if kind is None:
            known = ", ".join(SIDECAR_FIELDS)
            return Rejection(locator, "bad_metadata", f"{display(name)}: unknown field {key!r} (known: {known})")
        if value is not None and not isinstance(value, kind):
            return Rejection(locator, "bad_metadata", f"{display(name)}: {key!r} must be a {kind.__name__}")
    if meta.get("authors") and not all(isinstance(a, str) for a in meta["authors"]):
        return Rejection(locator, "bad_metadata", f"{display(name)}: 'authors' must be a list of strings")
    if meta.get("published"):
        try:
            (datetime if "T" in meta["published"] else date).fromisoformat(meta["published"].replace("Z", "+00:00"))
        except ValueError:
            return Rejection(
                locator, "bad_metadata", f"{display(name)}: 'published' must be an ISO 8601 date (2025-11-04)"
            )
    return meta


def apply_metadata(article: RawArticle, meta: dict | None, override: bool = False) -> RawArticle:
    """Fields from ``meta`` onto an article: a sidecar (``override``) replaces what the reader
    guessed (a first-line title, the file name as id); ``read_inputs(defaults=...)`` only fills
    what the input left out."""
    if not meta:
        return article
    for key in ("published", "outlet", "url", "title", "language", "id"):
        if meta.get(key) and (override or not getattr(article, key)):
            setattr(article, key, meta[key])
    if meta.get("authors") and (override or not article.authors):
        article.authors = list(meta["authors"])
    return article


# -- the walk -----------------------------------------------------------------------------------


def _not_regular(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file: not opened, since reading it would wait for a writer"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    return "not a regular file"


class _Walk:
    def __init__(self, exclude: Iterable[str | Path] = ()) -> None:
        self.files: dict[tuple[int, int], str] = {}
        self.dirs: set[tuple[int, int]] = set()
        self.exclude = {os.path.realpath(os.fspath(p)) for p in exclude}

    def top(self, path: Path) -> Iterator[Path | Rejection | Skipped]:
        yield from self.visit(path, top=True)

    def visit(self, path: Path, top: bool = False) -> Iterator[Path | Rejection | Skipped]:
        loc = display(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                yield Rejection(loc, "unreadable", "broken link: the file it points to is gone")
            elif top:
                yield Rejection(loc, "unreadable", "no such file or folder")
            else:
                yield Rejection(loc, "unreadable", "vanished: the file was removed before it could be read")
            return
        except PermissionError:
            yield Rejection(loc, "unreadable", "permission denied")
            return
        except OSError as e:
            if e.errno == errno.ELOOP:
                yield Rejection(loc, "unreadable", "link loop: the link leads back to itself")
            else:
                yield Rejection(loc, "unreadable", e.strerror or str(e))
            return
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key in self.dirs:
                yield Skipped(loc, "folder already read (a link back into a folder being walked)")
                return
            self.dirs.add(key)
            try:
                with os.scandir(path) as it:
                    names = sorted(e.name for e in it)
            except PermissionError:
                yield Rejection(loc, "unreadable", "permission denied: the folder could not be listed")
                return
            except FileNotFoundError:
                yield Rejection(loc, "unreadable", "vanished: the folder was removed before it could be read")
                return
            except OSError as e:
                yield Rejection(loc, "unreadable", f"the folder could not be listed: {e.strerror or e}")
                return
            for name in names:
                child = path / name
                if name.startswith("."):
                    yield Skipped(display(child), "hidden file or folder")
                    continue
                yield from self.visit(child)
            return
        if not stat.S_ISREG(st.st_mode):
            yield Rejection(loc, "unreadable", _not_regular(st.st_mode))
            return
        if key in self.files:
            yield Skipped(loc, f"same file as {self.files[key]}")
            return
        self.files[key] = loc
        if self.exclude and os.path.realpath(path) in self.exclude:
            yield Skipped(loc, "excluded (the store's own file)")
            return
        if path.name.endswith(SIDECAR_SUFFIX):
            stem = path.name[: -len(SIDECAR_SUFFIX)]
            owner = next((path.with_name(stem + s) for s in _SIDECAR_OWNERS if path.with_name(stem + s).exists()), None)
            if owner is not None:
                yield Skipped(loc, f"metadata of {display(owner.name)}")
            else:
                yield Rejection(
                    loc, "bad_metadata", f"no article beside it (expected {display(stem)}.txt or {display(stem)}.html)"
                )
            return
        yield path


def iter_inputs(
    paths: Iterable[str | bytes | Path], exclude: Iterable[str | Path] = ()
) -> Iterator[Path | Rejection | Skipped]:
    """Files under the given paths, sorted, so that a rerun walks them in the same order; every
    path met is a file to read, a Rejection or a Skipped (see the module docstring)."""
    walk = _Walk(exclude)
    for p in paths:
        yield from walk.top(Path(os.fsdecode(p)))


def reader_for(path: Path):
    from ..plugins import readers

    for r in readers():
        if r.can_read(path):
            return r
    return None


def read_inputs(
    paths: Iterable[str | bytes | Path],
    *,
    exclude: Iterable[str | Path] = (),
    defaults: dict | None = None,
    limits: IngestLimits = DEFAULT_LIMITS,
) -> Iterator[RawArticle | Rejection | Skipped]:
    """Stream every article, rejection and skipped input from files, folders and archives.

    ``exclude``: files never read (the store's own ``claimgraph.db``, ``-wal``, ``-shm``).
    ``defaults``: metadata (``published``, ``outlet``, ...) for articles whose input gives none,
    e.g. from ``--published``; a sidecar or the input itself wins over it."""
    for item in iter_inputs(paths, exclude):
        if not isinstance(item, Path):
            yield item
            continue
        loc = display(item)
        reader = reader_for(item)
        if reader is None:
            yield Rejection(loc, "unsupported", f"no reader for {display(item.suffix) or 'this file'}")
            continue
        try:
            for got in reader.read(item, limits):
                if defaults and isinstance(got, RawArticle):
                    apply_metadata(got, {k: v for k, v in defaults.items() if k != "id"})
                yield got
        except FileNotFoundError:
            yield Rejection(loc, "unreadable", "vanished: the file was removed before it could be read")
        except OSError as e:
            yield Rejection(loc, "unreadable", e.strerror or str(e))
        except Exception as e:  # a reader bug must not end the run: account for the input instead
            yield Rejection(loc, "reader_error", f"{type(e).__name__}: {e}")


def count_items(paths: Iterable[str | bytes | Path], exclude: Iterable[str | Path] = ()) -> int | None:
    """How many items ``read_inputs`` will yield for these paths, where that is cheap to know
    (lines of JSON Lines, entries of feeds, messages of Telegram exports, one per other file);
    None when some input cannot be counted without reading it whole (a WARC archive)."""
    total = 0
    for item in iter_inputs(paths, exclude):
        if not isinstance(item, Path):
            total += 1
            continue
        reader = reader_for(item)
        if reader is None:
            total += 1
            continue
        try:
            n = reader.count(item)
        except Exception:  # noqa: BLE001 - a count is a hint; reading will report the problem
            n = 1
        if n is None:
            return None
        total += n
    return total


class Reader:
    """Base reader: subclasses set ``name``, ``suffixes`` and implement ``read``.

    ``read(path, limits)`` yields RawArticle, Rejection or Skipped items and must apply the
    limits while reading; ``count(path)`` says how many items ``read`` will yield (or None)."""

    name = "base"
    suffixes: tuple[str, ...] = ()
    priority = 0

    def can_read(self, path: Path) -> bool:
        return path.name.lower().endswith(self.suffixes)

    def read(
        self, path: Path, limits: IngestLimits = DEFAULT_LIMITS
    ) -> Iterator[RawArticle | Rejection | Skipped]:  # pragma: no cover - abstract
        raise NotImplementedError

    def count(self, path: Path) -> int | None:
        return 1

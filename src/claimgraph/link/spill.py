"""Records off the heap: a corpus too large to hold as Python objects, linked from a file.

Each record's article (its metadata and text, which most of linking's passes read) stays in memory;
everything else a record holds (claims, sources, places, dates, quantities, quotes, evidence, entities)
is written once, pickled and compressed, to a spill file, and read back by offset when a stage asks
for it: the records being linked at any moment are decoded, a bounded number are cached, and the rest
cost their offset. A spilled record is an ``ArticleRecord`` (a subclass whose list fields are read from
the file), so linking runs the same code on it and gives the same corpus record.

A stage that changes records (identity resolution sets each source's ``canonical_id`` and side) runs
inside ``editing()``: the bodies it decoded are written back before they leave the cache.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import zlib
from array import array
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, overload

from ..model import ArticleRecord

# the fields read from the spill file, in the order a body holds them
BODY = (
    "entities",
    "sources",
    "claims",
    "quotes",
    "evidence",
    "places",
    "dates",
    "quantities",
    "duplicates",
    "pipeline",
    "errors",
)
_AT = {name: k for k, name in enumerate(BODY)}


class SpilledRecord(ArticleRecord):
    """An article record whose body (every field but ``article``) lives in its corpus's spill file: read
    back into the record's own fields when one is first asked for, and let go again when the corpus's
    cache of decoded bodies is full (so that a decoded field costs what any record's field costs)."""

    __slots__ = ("_store", "_n")

    _store: SpilledRecords
    _n: int

    def __getattr__(self, name: str) -> Any:
        # (called only for a field not set: a body not read, or let go)
        if name in _AT:
            self._store.load(self._n)
            return object.__getattribute__(self, name)
        raise AttributeError(name)


class SpilledRecords(Sequence[ArticleRecord]):
    """Article records, each read once from ``records`` and kept as its article in memory and its body
    in a spill file (in ``folder``, removed by ``close`` or when the object goes). At most ``cache``
    bodies are decoded at a time (the first decoded is the first let go)."""

    def __init__(self, records: Iterable[ArticleRecord], folder: str | None = None, cache: int = 64) -> None:
        fd, self.path = tempfile.mkstemp(prefix="claimgraph-spill-", suffix=".bin", dir=folder)
        self._fd = fd
        self._end = 0
        self._cache_size = max(2, cache)
        self._loaded: deque[int] = deque()
        self._editing = False
        self._dirty: set[int] = set()
        self.offsets = array("q")
        self.lengths = array("i")
        self.decoded = 0  # how many bodies were read back from the file (a benchmark reports it)
        self._items: list[ArticleRecord] = []
        for rec in records:
            n = len(self._items)
            self.offsets.append(0)
            self.lengths.append(0)
            self._write(n, [getattr(rec, f) for f in BODY])
            got = SpilledRecord.__new__(SpilledRecord)
            got.article = rec.article
            got._store, got._n = self, n
            self._items.append(got)

    def _write(self, n: int, body: list[Any]) -> None:
        blob = zlib.compress(pickle.dumps(body, protocol=pickle.HIGHEST_PROTOCOL), 1)
        os.pwrite(self._fd, blob, self._end)
        self.offsets[n], self.lengths[n] = self._end, len(blob)
        self._end += len(blob)

    def load(self, n: int) -> None:
        """Decode record ``n``'s body from the file into its fields; the first decoded body is let go
        (written back first if it may have changed) when more than ``cache`` are."""
        body = pickle.loads(zlib.decompress(os.pread(self._fd, self.lengths[n], self.offsets[n])))
        self.decoded += 1
        rec = self._items[n]
        for name, value in zip(BODY, body, strict=True):
            setattr(rec, name, value)
        self._loaded.append(n)
        if self._editing:
            self._dirty.add(n)
        if len(self._loaded) > self._cache_size:
            self._let_go(self._loaded.popleft())

    def _let_go(self, n: int) -> None:
        rec = self._items[n]
        if n in self._dirty:
            self._dirty.discard(n)
            self._write(n, [object.__getattribute__(rec, f) for f in BODY])
        for name in BODY:
            delattr(rec, name)

    @contextmanager
    def editing(self) -> Iterator[None]:
        """Inside, every body read may be changed in place: each is written back to the file before it
        is let go, and all of them at the end."""
        self._editing = True
        self._dirty.update(self._loaded)
        try:
            yield
        finally:
            self._editing = False
            self.flush()

    def flush(self) -> None:
        """Write back the bodies changed since they were read."""
        for n in sorted(self._dirty):
            rec = self._items[n]
            self._write(n, [object.__getattribute__(rec, f) for f in BODY])
        self._dirty.clear()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass

    def __del__(self) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> ArticleRecord: ...

    @overload
    def __getitem__(self, i: slice) -> list[ArticleRecord]: ...

    def __getitem__(self, i: int | slice) -> ArticleRecord | list[ArticleRecord]:
        return self._items[i]

    def __iter__(self) -> Iterator[ArticleRecord]:
        return iter(self._items)


def editing(records: Iterable[ArticleRecord]) -> Any:
    """``records.editing()`` for spilled records; a context that does nothing for any other."""
    store = None
    for r in records:
        store = r._store if isinstance(r, SpilledRecord) else None
        break
    if store is not None:
        return store.editing()
    from contextlib import nullcontext

    return nullcontext()

"""Extraction in N local processes: each loads the spaCy model (and the gazetteer) once, at start,
then runs ``extract_shard`` on one shard of article rows at a time. Shards go out in input order
and their records come back in input order; at most two shards per process are in flight, so
memory stays flat however long the input is."""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from ..extract import extract_stream
from ..ingest.base import RawArticle
from ..model import ArticleRecord
from ..settings import Settings
from .shard import article_row, extract_shard_json, record_of_json

_SETTINGS: Settings | None = None


def default_workers() -> int:
    """The cores this process may use (the default of ``extract --workers``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start(settings: Settings) -> None:
    """Run once in each worker process: load everything the first article would otherwise load."""
    global _SETTINGS
    _SETTINGS = settings
    from ..extract.nlp import get_nlp
    from ..extract.pipeline import default_pipeline
    from ..ground.gazetteer import index, skeleton_index

    get_nlp()
    index()
    skeleton_index()
    default_pipeline(settings)
    # what was loaded lives as long as the process: out of the garbage collector's sight (as in corpus;
    # no full collection first: it would walk every loaded object to free a few dozen)
    gc.freeze()


def _shard(rows: list[dict[str, Any]]) -> list[bytes]:
    # records go back as their JSON: the parent's serial share (unpickling, rebuilding) is what caps the
    # speed-up of more workers
    return extract_shard_json(rows, _SETTINGS)


def pool_stream(
    items: Iterable[Any], settings: Settings | None = None, workers: int = 2, shard_size: int | None = None
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """``extract_stream`` over ``workers`` processes, in input order."""
    settings = settings or Settings()
    size = shard_size or settings.extract.batch_size
    items = iter(items)
    first: list[Any] = []
    for item in items:
        first.append(item)
        if sum(isinstance(x, RawArticle) for x in first) > size:
            break
    else:  # one shard or less: starting processes would cost more than it saves
        yield from extract_stream(first, settings)
        return
    yield from _pool(itertools.chain(first, items), settings, workers, size)


def _pool(
    items: Iterable[Any], settings: Settings, workers: int, size: int
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    # fork would copy a half-started parent (threads, open stores); spawn gives clean workers
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_start, initargs=(settings,)) as pool:
        pending: deque[tuple[list[Any], Future[list[bytes]] | None]] = deque()

        def drain(limit: int) -> Iterator[tuple[Any, ArticleRecord | None]]:
            while len(pending) > limit:
                buf, fut = pending.popleft()
                recs = iter(fut.result() if fut is not None else [])
                for x in buf:
                    yield (x, record_of_json(next(recs))) if isinstance(x, RawArticle) else (x, None)

        buf: list[Any] = []
        n_arts = 0
        for item in items:
            buf.append(item)
            n_arts += isinstance(item, RawArticle)
            if n_arts >= size:
                rows = [article_row(x) for x in buf if isinstance(x, RawArticle)]
                pending.append((buf, pool.submit(_shard, rows)))
                buf, n_arts = [], 0
                yield from drain(2 * workers)
        if buf:
            rows = [article_row(x) for x in buf if isinstance(x, RawArticle)]
            pending.append((buf, pool.submit(_shard, rows) if rows else None))
        yield from drain(0)

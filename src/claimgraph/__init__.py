"""claimgraph: an auditable, linked record of claims in war and conflict reporting.

The library API (the CLI is a thin layer over it)::

    import claimgraph
    records = list(claimgraph.extract_records(["articles.jsonl"]))
    corpus = claimgraph.link(records)
    with claimgraph.Store("claimgraph.db") as db: ...

The stages are subpackages: ``claimgraph.ingest`` (readers), ``claimgraph.extract`` (one article
record per article), ``claimgraph.ground`` (dates, places, figures, institutions), linking, and
``claimgraph.store``; ``claimgraph.settings`` holds every option.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import ArticleRecord, CorpusRecord
from .settings import Settings, load_settings
from .store import Store

__version__ = "0.1.0"


def extract_records(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[ArticleRecord]:
    """Read every input and yield one article record per article (rejections are skipped; see ``ingest``)."""
    from .extract import extract_stream
    from .ingest import read_inputs

    for _item, rec in extract_stream(read_inputs(paths), settings):
        if rec is not None:
            yield rec


def link(records: Iterable[ArticleRecord]) -> CorpusRecord:
    """Link article records: derivations, claim clusters, drift."""
    from .linking import link_records

    return link_records(list(records))


__all__ = [
    "ArticleRecord",
    "CorpusRecord",
    "Settings",
    "Store",
    "__version__",
    "extract_records",
    "link",
    "load_settings",
]

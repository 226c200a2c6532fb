"""claimgraph: an auditable, linked record of claims in war and conflict reporting.

The library API (the CLI is a thin layer over it)::

    import claimgraph
    records = list(claimgraph.extraction(["articles.jsonl"]))
    corpus = claimgraph.link(records)
    with claimgraph.Store("claimgraph.db") as db: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .model import ArticleRecord, CorpusRecord
from .store import Store

__version__ = "0.1.0"


def extract(paths: Iterable[str | Path]) -> Iterator[ArticleRecord]:
    """Read every input and yield one article record per article (rejections are skipped; see ``ingest``)."""
    from .extraction import extract_stream
    from .ingest import read_inputs

    for _item, rec in extract_stream(read_inputs(paths)):
        if rec is not None:
            yield rec


def __getattr__(name: str) -> Any:
    # ``claimgraph.link`` is the linking package, callable as ``claimgraph.link(records)``:
    # imported on first use so that ``import claimgraph`` stays light
    if name == "link":
        import importlib

        return importlib.import_module(".link", __name__)
    raise AttributeError(name)


__all__ = ["ArticleRecord", "CorpusRecord", "Store", "__version__", "extract", "link"]

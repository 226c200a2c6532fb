"""claimgraph: an auditable, linked record of claims in war and conflict reporting.

The library API (the CLI is a thin layer over it)::

    import claimgraph
    records = list(claimgraph.extract(["articles.jsonl"]))
    corpus = claimgraph.link(records)
    with claimgraph.Store("claimgraph.db") as db: ...

``claimgraph.extract`` and ``claimgraph.link`` are the stage packages, each also callable as
above. The other stages: ``claimgraph.ingest`` (readers), ``claimgraph.ground`` (dates, places,
figures, institutions), ``claimgraph.store``; ``claimgraph.settings`` holds every option.
"""

from __future__ import annotations

from typing import Any

from .model import ArticleRecord, CorpusRecord
from .settings import Settings, load_settings
from .store import Store

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # ``claimgraph.extract`` and ``claimgraph.link`` are the stage packages, callable as
    # ``claimgraph.extract(paths)`` and ``claimgraph.link(records)``: imported on first use so
    # that ``import claimgraph`` stays light
    if name in ("extract", "link"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(name)


__all__ = ["ArticleRecord", "CorpusRecord", "Settings", "Store", "__version__", "extract", "link", "load_settings"]

"""Extraction: one article -> one article record, through declared, versioned components.

``extract_article`` and ``extract_stream`` run the checked pipeline (``registry.build_pipeline``)
over ``components.BUILTINS`` and any plugin components; ``state.ArticleState`` is what the
components share. The package is callable: ``claimgraph.extract(paths)`` reads every input and
yields one record per article.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import ArticleRecord
from ..settings import Settings
from .pipeline import extract_article, extract_stream
from .registry import Component, Pipeline, PipelineError, build_pipeline

__all__ = [
    "Component",
    "Pipeline",
    "PipelineError",
    "build_pipeline",
    "extract_article",
    "extract_paths",
    "extract_stream",
]


def extract_paths(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[ArticleRecord]:
    """Read every input and yield one article record per article (rejections are skipped; see ``ingest``)."""
    from ..ingest import read_inputs

    for _item, rec in extract_stream(read_inputs(paths), settings):
        if rec is not None:
            yield rec


class _ExtractModule(types.ModuleType):
    """``claimgraph.extract(paths)`` extracts; ``claimgraph.extract.pipeline`` etc. stay modules."""

    def __call__(self, paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[ArticleRecord]:
        return extract_paths(paths, settings)


sys.modules[__name__].__class__ = _ExtractModule

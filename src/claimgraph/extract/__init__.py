"""Extraction: one article -> one article record, through declared, versioned components.

``extract_article`` and ``extract_stream`` run the checked pipeline (``registry.build_pipeline``)
over ``components.BUILTINS`` and any plugin components; ``state.ArticleState`` is what the
components share.
"""

from .pipeline import extract_article, extract_stream, pipeline_names
from .registry import Component, Pipeline, PipelineError, build_pipeline

__all__ = [
    "Component",
    "Pipeline",
    "PipelineError",
    "build_pipeline",
    "extract_article",
    "extract_stream",
    "pipeline_names",
]

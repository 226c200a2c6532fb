"""Extraction: one article -> one article record."""

from .pipeline import Settings, extract_article, extract_stream, pipeline_names

__all__ = ["Settings", "extract_article", "extract_stream", "pipeline_names"]

"""Exporters: the store as CSV, JSON Lines, GeoJSON or JSON-LD.

Each format is an ordinary pluggy plugin (``hookspecs.claimgraph_exporters``) registered among the
defaults in ``plugins.py``, the way the readers are: a newsroom can add its own format by registering a
module with one ``@hookimpl`` that returns an ``Exporter``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from ..model import ArticleRecord, Claim


@dataclass
class Bundle:
    """What an exporter is given: the records (an iterable, read once), the links, the review marks."""

    records: Iterable[ArticleRecord]
    # as the store's read API gives them (``Store.derivations``, ``Store.clusters``)
    derivations: list[dict[str, Any]] = field(default_factory=list)  # article, derived_from, kind, similarity
    clusters: list[dict[str, Any]] = field(
        default_factory=list
    )  # id, first_reported_article, members [{article_id, claim_id}]
    reviewed: set[tuple[str, str]] = field(default_factory=set)  # (article id, claim id)


class Exporter:
    """Base exporter: subclasses set ``name``, ``suffix``, ``description`` and implement ``write``."""

    name = "base"
    suffix = ""
    description = ""

    def write(self, bundle: Bundle, out: IO[str]) -> int:  # pragma: no cover - abstract
        """Write the bundle; return how many items (rows, features, lines, claims) were written."""
        raise NotImplementedError


def chain_names(rec: ArticleRecord, claim: Claim) -> list[str]:
    """The attribution chain as source names, nearest first."""
    out = []
    for h in claim.attribution:
        s = rec.source(h.source)
        out.append(s.name if s else h.source)
    return out


def origin(rec: ArticleRecord, claim: Claim):
    """The source the chain leads back to (the last hop), or None for the article's own voice."""
    return rec.source(claim.attribution[-1].source) if claim.attribution else None


__all__ = ["Bundle", "Exporter", "chain_names", "origin"]

"""Linking across outlets: derivations (who copied whom), claim clusters with origins and
independent confirmations, contradictions, an Admiralty grade, and a drift report per
derived article.

One module per concern: ``features`` (per record, pure), ``candidates`` (MinHash LSH),
``similarity``, ``derivations``, ``identities`` (the one place a source's identity across
articles is decided), ``clusters``, ``grading``, ``drift``.
"""

from __future__ import annotations

import sys
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..model import ArticleRecord, CorpusArticle, CorpusRecord
from ..settings import LinkSettings
from .clusters import clusters
from .derivations import derivations, paraphrases
from .drift import drift
from .features import common_of, count_words
from .identities import IdentityBook, assign_identities, signer
from .spill import editing

__all__ = ["clusters", "derivations", "drift", "link_records", "paraphrases"]


def link_records(
    records: Sequence[ArticleRecord],
    known: Iterable[tuple[str, str, str]] | None = None,
    settings: LinkSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> CorpusRecord:
    """Link article records. ``known`` holds the identities a store already has, as
    (canonical id, name, kind) rows: link decides each source's identity here, once, and the
    corpus record lists them (``identities``; each article's outlet identity is
    ``articles[i].outlet_id``) so that the store persists what link decided. ``progress`` is told the
    name of each stage as it starts (a benchmark times them). ``records`` may be ``spill.SpilledRecords``
    (a corpus too large to hold as objects): the same corpus record comes back."""
    cfg = settings or LinkSettings()
    stage = progress or _quiet
    stage("identities")
    # one identity book per linking run, seeded with what the store knows and filled in article
    # order, so that the same records always give the same origins whichever run extracted them
    book = IdentityBook().seed(known or ())
    records = sorted(records, key=lambda r: r.article.id)
    # the claim words of the corpus counted in the same pass (a spilled record's body is read once for both)
    df: Counter[str] = Counter()

    def counting() -> Iterator[ArticleRecord]:
        for r in records:
            count_words(df, r)
            yield r

    with editing(records):  # (spilled records keep the identities set on their sources)
        identities = assign_identities(counting(), book)
    outlets = {r.article.id: book.outlet(r.article.outlet) for r in records}
    # whose voice an article's own claims are in: its outlet's, or the official who signs it (a regional
    # administration's post signed by its head is that head's statement, which other outlets relay)
    voices = dict(outlets)
    for r in records:
        name = signer(r)
        if name:
            voices[r.article.id] = book.resolve(name, "state_official") or outlets[r.article.id]
    stage("common words")
    common = common_of(df)
    df.clear()
    stage("derivations")
    derivs = derivations(records, common, settings=cfg)
    stage("clusters")
    by_id = {r.article.id: r for r in records}
    corpus = CorpusRecord(
        articles=[
            CorpusArticle(r.article.id, r.article.url, r.article.outlet, r.article.published, outlets[r.article.id])
            for r in records
        ],
        derivations=derivs,
        claim_clusters=clusters(records, derivs, common=common, settings=cfg, outlets=voices),
        identities=identities,
    )
    stage("drift")
    relation = {(d.article, d.derived_from): d for d in derivs}
    corpus.drift = [
        drift(by_id[d.derived_from], by_id[d.article], relation=relation[(d.article, d.derived_from)]) for d in derivs
    ]
    stage("done")
    return corpus


def _quiet(_stage: str) -> None:
    pass


class _LinkModule(types.ModuleType):
    """``claimgraph.link(records)`` links records; ``claimgraph.link.drift`` etc. stay modules."""

    def __call__(
        self, records: Iterable[ArticleRecord], known: Iterable[tuple[str, str, str]] | None = None
    ) -> CorpusRecord:
        return link_records(list(records), known)


sys.modules[__name__].__class__ = _LinkModule

"""The extraction pipeline: registered, versioned components run in a fixed order.

Each component is a plain function ``fn(ctx)``; the registry gives it a name and a
version, and every record lists the components that made it. A component that fails
on an article leaves the error in the record and the others go on: never a crash of
the run.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..ingest.base import RawArticle
from ..model import ArticleMeta, ArticleRecord
from .context import Ctx

COMPONENTS: dict[str, tuple[str, Callable[[Ctx], None]]] = {}
ORDER: list[str] = []


def component(name: str, version: str) -> Callable:
    def deco(fn: Callable[[Ctx], None]) -> Callable[[Ctx], None]:
        COMPONENTS[name] = (version, fn)
        ORDER.append(name)
        return fn

    return deco


@dataclass
class Settings:
    """Every extraction option in one object (the trafilatura way)."""

    components: tuple[str, ...] | None = None  # None: all registered components


def _register() -> None:
    if ORDER:
        return
    from ..ground.dates import extract_dates
    from ..ground.gazetteer import country_of
    from ..ground.places import extract_places
    from ..ground.quantities import extract_quantities
    from . import attribution, evidence, hedges, segment, sources

    def seg(ctx: Ctx) -> None:
        segment.segment(ctx)
        book = sources.SourceBook(ctx.text)
        book.place_side = lambda t: {"UA": "ua", "RU": "ru"}.get(country_of(t) or "")
        ctx.book = book

    def link_ids(ctx: Ctx) -> None:
        rec = ctx.record
        if ctx.book is not None:
            remap = ctx.book.merge_pass()
            for c in rec.claims:
                for h in c.attribution:
                    h.source = remap.get(h.source, h.source)
            for q in rec.quotes:
                q.speaker = remap.get(q.speaker, q.speaker)
            for e in rec.evidence:
                e.released_by = remap.get(e.released_by, e.released_by)
            for q in ctx.quotes:
                hs = [remap.get(h.source, h.source) for h in q.hops]
                ctx.book.finish([hs])
        for c in rec.claims:
            c.places = [p.id for p in rec.places if c.start <= p.start < c.end]
            c.dates = [d.id for d in rec.dates if c.start <= d.start < c.end]
            c.quantities = [q.id for q in rec.quantities if c.start <= q.start < c.end]
        rec.sources = ctx.book.sources if ctx.book else []
        # evidence dates: a date in the same clause as the release ("released ... on September 25")
        for e in rec.evidence:
            head = ctx.notes.get("evidence_heads", {}).get(e.id)
            if head is None:
                continue
            gov = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass") else head
            toks = (
                list(gov.subtree)
                if head.dep_ == "dobj"
                else [t for c in head.children if c.dep_ == "acl" for t in c.subtree]
            )
            if not toks:
                continue
            s, t_end = min(ctx.tok_start(t) for t in toks), max(ctx.tok_end(t) for t in toks)
            d = next((d for d in rec.dates if s <= d.start < t_end and d.granularity == "day"), None)
            if d:
                e.date = d.value

    component("claimgraph.segment", "1")(seg)
    component("claimgraph.evidence", "1")(evidence.extract_evidence)
    component("claimgraph.claims", "1")(attribution.extract_claims)
    component("claimgraph.dates", "1")(extract_dates)
    component("claimgraph.quantities", "1")(extract_quantities)
    component("claimgraph.places", "1")(extract_places)
    component("claimgraph.link_ids", "1")(link_ids)
    component("claimgraph.hedges", "1")(hedges.apply)


def extract_stream(
    items: Iterable[Any], settings: Settings | None = None, batch_size: int = 32
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """Extract a stream of reader output in order: ``(article, record)`` for each article,
    ``(rejection_or_skip, None)`` for everything else. Articles are parsed in batches,
    which is what keeps extraction close to the bare spaCy pipeline's speed."""
    from .nlp import parse

    buf: list[Any] = []

    def flush() -> Iterator[tuple[Any, ArticleRecord | None]]:
        arts = [x for x in buf if isinstance(x, RawArticle)]
        docs = iter(parse([a.text for a in arts], batch_size=batch_size))
        for x in buf:
            yield (x, extract_article(x, settings, doc=next(docs))) if isinstance(x, RawArticle) else (x, None)
        buf.clear()

    for item in items:
        buf.append(item)
        if len(buf) >= batch_size:
            yield from flush()
    yield from flush()


def extract_article(raw: RawArticle, settings: Settings | None = None, doc: Any = None) -> ArticleRecord:
    """One article in, one article record out (``shared/schema/article.schema.json``).
    ``doc``: the article already parsed by ``nlp.parse`` (batch callers pass it)."""
    from ..ground.dates import parse_published

    _register()
    settings = settings or Settings()
    meta = ArticleMeta(
        id=raw.article_id(),
        text=raw.text,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        authors=raw.authors,
        published=raw.published,
    )
    rec = ArticleRecord(article=meta)
    ctx = Ctx(text=raw.text, meta=meta, published=parse_published(raw.published), record=rec)
    if doc is not None:
        ctx.notes["doc"] = doc
    for name in ORDER:
        if settings.components is not None and name not in settings.components:
            continue
        version, fn = COMPONENTS[name]
        rec.pipeline.append({"name": name, "version": version})
        try:
            fn(ctx)
        except Exception as e:  # noqa: BLE001 - one failing component must not lose the article
            rec.errors.append(
                {
                    "component": name,
                    "error": f"{type(e).__name__}: {e}",
                    "where": traceback.format_exc(limit=-1).strip().splitlines()[-1],
                }
            )
            if name == "claimgraph.segment":
                break
    if ctx.book is not None:
        rec.sources = ctx.book.sources
    # drop sources that nothing refers to (a mention made while reading a frame that led nowhere)
    used = (
        {h.source for c in rec.claims for h in c.attribution}
        | {q.speaker for q in rec.quotes}
        | {e.released_by for e in rec.evidence}
    )
    for _act, hops in ctx.notes.get("speech_acts", []):
        used |= {h.source for h in hops}
    rec.sources = [s for s in rec.sources if s.id in used]
    try:
        from ..link.identities import assign

        assign(rec.sources)  # ids stable across the articles of this run; the store re-checks them
    except Exception as e:  # noqa: BLE001 - identities are an extra, never a lost article
        rec.errors.append({"component": "claimgraph.identity", "error": f"{type(e).__name__}: {e}", "where": ""})
    return rec


def pipeline_names() -> list[dict[str, str]]:
    _register()
    return [{"name": n, "version": COMPONENTS[n][0]} for n in ORDER]

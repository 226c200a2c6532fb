"""Running the checked pipeline over articles: one article in, one article record out.

Extraction is a pure function of (article, settings, model): the same input gives the same record
in any process and any order (nothing is shared between articles; source identity across articles
is decided later, in linking). Every stage is guarded per article: an article the parser cannot
take (too long, or failing inside ``nlp.pipe``) or a component that fails gives a record with the
error, and the batch goes on.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from typing import Any

from ..ground.dates import parse_published
from ..ground.language import detect
from ..ingest.base import RawArticle
from ..model import ArticleMeta, ArticleRecord
from ..settings import Settings
from .nlp import model_info, parse_batch
from .registry import Pipeline, build_pipeline
from .state import ArticleState

_DEFAULT: dict[str, Pipeline] = {}


def default_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings``, built and checked once per settings hash in this process."""
    h = settings.settings_hash()
    if h not in _DEFAULT:
        _DEFAULT[h] = build_pipeline(settings)
    return _DEFAULT[h]


_PROVENANCE: dict[tuple[int, int, str | None], tuple[Pipeline, Settings, list[dict[str, str]]]] = {}


def provenance(pipeline: Pipeline, settings: Settings, language: str | None = None) -> list[dict[str, str]]:
    """What made a record: each component and its version, the spaCy model, the settings hash.
    Worked out once per (pipeline, settings, language) in a process (the settings hash alone costs
    more than some components); each record gets its own copy."""
    key = (id(pipeline), id(settings), language)
    got = _PROVENANCE.get(key)
    if got is None or got[0] is not pipeline or got[1] is not settings:
        out = [{"name": c.name, "version": c.version} for c in pipeline.for_language(language)]
        model = model_info()
        out.append({"name": model["name"], "version": model["version"], "kind": "spacy_model"})
        out.append({"name": "settings", "version": settings.settings_hash(), "kind": "settings"})
        if len(_PROVENANCE) > 64:
            _PROVENANCE.clear()
        # the objects are kept with their ids, so an id re-used by a new object is never taken for them
        got = _PROVENANCE[key] = (pipeline, settings, out)
    return [dict(d) for d in got[2]]


def _error(component: str, e: BaseException) -> dict[str, str]:
    where = traceback.format_exception(type(e), e, e.__traceback__, limit=-1)
    return {
        "component": component,
        "error": f"{type(e).__name__}: {e}",
        "where": where[-1].strip().splitlines()[-1] if where else "",
    }


def extract_article(
    raw: RawArticle,
    settings: Settings | None = None,
    doc: Any = None,
    pipeline: Pipeline | None = None,
    language: str | None = None,
) -> ArticleRecord:
    """One article in, one article record out (``shared/schema/article.schema.json``).
    ``doc``: the article already parsed by ``nlp.parse_batch`` (batch callers pass it), or the
    exception its parse raised (the record then carries the error). ``language``: ``language_of(raw)``
    when the caller has already worked it out (the batch loop has, to decide what to parse)."""
    settings = settings or Settings()
    pipeline = pipeline or default_pipeline(settings)
    meta = ArticleMeta(
        id=raw.article_id(),
        text=raw.text,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        authors=raw.authors,
        published=raw.published,
        language=language or language_of(raw),
        forwarded_from=_forwarded_from(raw),
        captured=raw.extra.get("captured") if isinstance(raw.extra.get("captured"), str) else None,
    )
    rec = ArticleRecord(article=meta)
    rec.pipeline = provenance(pipeline, settings, meta.language)
    if isinstance(doc, BaseException):
        rec.errors.append(_error("claimgraph.parse", doc))
        return rec
    try:
        state = ArticleState(
            text=raw.text,
            meta=meta,
            published=parse_published(raw.published),
            record=rec,
            settings=settings.extract,
            parsed=doc,
        )
        run(state, pipeline)
    except Exception as e:  # noqa: BLE001 - a failure outside any component still gives the article its record
        rec.errors.append(_error("claimgraph.pipeline", e))
    return rec


def _forwarded_from(raw: RawArticle) -> str | None:
    """The channel a forwarded post names (a Telegram reader's ``extra``), cleaned of spacing."""
    name = (getattr(raw, "extra", None) or {}).get("forwarded_from")
    if not isinstance(name, str):
        return None
    return " ".join(name.split()) or None


def language_of(raw: RawArticle) -> str:
    """The article's language: the reader's metadata when it gives one, else detected from the text."""
    return detect(raw.text, getattr(raw, "language", None))


def needs_parse(pipeline: Pipeline, language: str) -> bool:
    """Whether the components for ``language`` read the English spaCy parse (Ukrainian and Russian do not)."""
    return any("parsed" in c.requires for c in pipeline.for_language(language))


def run(state: ArticleState, pipeline: Pipeline) -> None:
    """Run the components on one article's state, then keep the sources something refers to."""
    rec = state.record
    for comp in pipeline.for_language(state.meta.language):
        try:
            comp.fn(state)
        except Exception as e:  # noqa: BLE001 - one failing component must not lose the article
            rec.errors.append(_error(comp.name, e))
            if "units" in comp.assigns:
                break  # nothing was segmented: no later component has anything to read
    if state.book is not None:
        rec.sources = state.book.sources
    # drop sources that nothing refers to (a mention made while reading a frame that led nowhere)
    used = (
        {h.source for c in rec.claims for h in c.attribution}
        | {q.speaker for q in rec.quotes}
        | {e.released_by for e in rec.evidence}
    )
    for act in state.speech_acts:
        used |= {h.source for h in act.hops}
    rec.sources = [s for s in rec.sources if s.id in used]


def extract_stream(
    items: Iterable[Any], settings: Settings | None = None, batch_size: int | None = None
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """Extract a stream of reader output in order: ``(article, record)`` for each article,
    ``(rejection_or_skip, None)`` for everything else. Articles are parsed in batches,
    which is what keeps extraction close to the bare spaCy pipeline's speed."""
    settings = settings or Settings()
    pipeline = default_pipeline(settings)  # checked before the first article is read
    size = batch_size or settings.extract.batch_size
    buf: list[Any] = []

    def flush() -> Iterator[tuple[Any, ArticleRecord | None]]:
        arts = [x for x in buf if isinstance(x, RawArticle)]
        # only the articles whose components read the English parse are parsed
        langs = {id(a): language_of(a) for a in arts}  # detected once per article, here and in its record
        parsed = [a for a in arts if needs_parse(pipeline, langs[id(a)])]
        docs = dict(
            zip(
                map(id, parsed),
                parse_batch([a.text for a in parsed], size, settings.extract.max_parse_chars),
                strict=True,
            )
        )
        for x in buf:
            if isinstance(x, RawArticle):
                yield x, extract_article(x, settings, doc=docs.get(id(x)), pipeline=pipeline, language=langs[id(x)])
            else:
                yield x, None
        buf.clear()

    for item in items:
        buf.append(item)
        if len(buf) >= size:
            yield from flush()
    yield from flush()

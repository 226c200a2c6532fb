"""The Ukrainian and Russian components: the same record fields as the English built-ins, by the rules,
morphology and word lists of these languages. Why this order: claims first (they make the sources that
evidence and quotations refer to), then dates, then figures (a figure inside a date is not a quantity),
places, and each claim's places, dates and figures by offset."""

from __future__ import annotations

from ...ground.dates_slavic import extract_dates
from ...ground.places_slavic import extract_places
from ...ground.quantities_slavic import extract_quantities
from ..component import Component
from ..state import ArticleState

LANGUAGES = ("uk", "ru")


def _lang(state: ArticleState) -> str:
    return state.meta.language if state.meta.language in LANGUAGES else "uk"


def run_claims(state: ArticleState) -> None:
    from .attribution import Reader

    rec = state.record
    reader = Reader(rec, _lang(state))
    reader.run()
    rec.claims = reader.claims()
    rec.quotes = reader.quotes
    rec.evidence = reader.evidence
    rec.sources = reader.book.sources


def run_dates(state: ArticleState) -> None:
    state.record.dates = extract_dates(state.text, state.published, _lang(state))
    for n, d in enumerate(state.record.dates, 1):
        d.id = f"d{n}"


def run_quantities(state: ArticleState) -> None:
    rec = state.record
    rec.quantities = extract_quantities(state.text, _lang(state), [(d.start, d.end) for d in rec.dates])
    for n, q in enumerate(rec.quantities, 1):
        q.id = f"n{n}"


def run_places(state: ArticleState) -> None:
    state.record.places = extract_places(state.text, _lang(state))
    for n, p in enumerate(state.record.places, 1):
        p.id = f"p{n}"


def link_ids(state: ArticleState) -> None:
    from .sources import settle_sides

    rec = state.record
    settle_sides(rec.sources, rec.places, _lang(state))
    for c in rec.claims:
        c.places = [p.id for p in rec.places if c.start <= p.start < c.end]
        c.dates = [d.id for d in rec.dates if c.start <= d.start < c.end]
        c.quantities = [q.id for q in rec.quantities if c.start <= q.start < c.end]
        c.evidence = [e.id for e in rec.evidence if c.start <= e.start < c.end]


SLAVIC: tuple[Component, ...] = (
    Component(
        name="claimgraph.uk_ru.claims",
        version="4",
        requires=("text", "meta"),
        assigns=("record.claims", "record.quotes", "record.evidence", "record.sources"),
        fn=run_claims,
        languages=LANGUAGES,
    ),
    Component(
        name="claimgraph.uk_ru.dates",
        version="3",
        requires=("text", "published"),
        assigns=("record.dates",),
        fn=run_dates,
        languages=LANGUAGES,
    ),
    Component(
        name="claimgraph.uk_ru.quantities",
        version="3",
        requires=("record.dates",),
        assigns=("record.quantities",),
        fn=run_quantities,
        languages=LANGUAGES,
    ),
    Component(
        name="claimgraph.uk_ru.places",
        version="3",
        requires=("text",),
        assigns=("record.places",),
        fn=run_places,
        languages=LANGUAGES,
    ),
    Component(
        name="claimgraph.uk_ru.link_ids",
        version="3",
        requires=("record.claims", "record.places", "record.dates", "record.quantities", "record.evidence"),
        assigns=("record.claims", "record.sources"),
        fn=link_ids,
        languages=LANGUAGES,
    ),
)

"""Ukrainian and Russian extraction: the same record and the same guide as for English, with the rules,
morphology and word lists of these languages (``data/uk``, ``data/ru``).

``extract_record`` fills an article record from its text; every part is a plain function of the text,
the language and the publication date, so the record is the same in any process and any order.
"""

from __future__ import annotations

from datetime import date

from ...ground.dates_slavic import extract_dates
from ...ground.places_slavic import extract_places
from ...ground.quantities_slavic import extract_quantities
from ...model import ArticleRecord

LANGUAGES = ("uk", "ru")
VERSION = "2"


def extract_record(rec: ArticleRecord, lang: str, published: date | None) -> None:
    """Claims, sources, quotes, evidence, hedges, places, dates and figures of a Ukrainian or Russian article."""
    from .attribution import Reader

    text = rec.article.text
    reader = Reader(rec, lang)
    reader.run()
    rec.claims = reader.claims()
    rec.quotes = reader.quotes
    rec.evidence = reader.evidence
    rec.dates = extract_dates(text, published, lang)
    for n, d in enumerate(rec.dates, 1):
        d.id = f"d{n}"
    rec.quantities = extract_quantities(text, lang, [(d.start, d.end) for d in rec.dates])
    for n, q in enumerate(rec.quantities, 1):
        q.id = f"n{n}"
    rec.places = extract_places(text, lang)
    for n, p in enumerate(rec.places, 1):
        p.id = f"p{n}"
    for c in rec.claims:
        c.places = [p.id for p in rec.places if c.start <= p.start < c.end]
        c.dates = [d.id for d in rec.dates if c.start <= d.start < c.end]
        c.quantities = [q.id for q in rec.quantities if c.start <= q.start < c.end]
        c.evidence = [e.id for e in rec.evidence if c.start <= e.start < c.end]
    used = (
        {h.source for c in rec.claims for h in c.attribution}
        | {q.speaker for q in rec.quotes}
        | {e.released_by for e in rec.evidence}
        | set(reader.book.joint)
    )
    rec.sources = [s for s in reader.book.sources if s.id in used]
    from .sources import settle_sides

    settle_sides(rec.sources, rec.places, lang)

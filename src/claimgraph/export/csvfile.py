"""CSV: one row per claim, in the manner of ACLED's export (event date, admin1, location, coordinates,
source, notes), with what claimgraph adds: the source chain, stance, verification, hedges, review."""

from __future__ import annotations

import csv
from typing import IO

from ..hookspecs import hookimpl
from . import Bundle, Exporter, chain_names, origin

COLUMNS = (
    "article_id",
    "claim_id",
    "event_date",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "source",
    "source_kind",
    "source_side",
    "source_chain",
    "stance",
    "verification",
    "hedges",
    "outlet",
    "url",
    "published",
    "notes",
    "reviewed",
)

# a cell a spreadsheet would run as a formula (article text is untrusted): prefixed with a quote
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class CsvExporter(Exporter):
    name = "csv"
    suffix = ".csv"
    description = "one row per claim (ACLED-like columns: event_date, admin1, location, latitude, longitude, ...)"

    def write(self, bundle: Bundle, out: IO[str]) -> int:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(COLUMNS)
        n = 0
        for rec in bundle.records:
            a = rec.article
            places = {p.id: p for p in rec.places}
            dates = {d.id: d for d in rec.dates}
            for c in rec.claims:
                place = next((places[p] for p in c.places if p in places), None)
                when = next((dates[d].value for d in c.dates if d in dates and dates[d].value), None)
                src = origin(rec, c)
                row = {
                    "article_id": a.id,
                    "claim_id": c.id,
                    "event_date": when or (a.published or "")[:10],
                    "country": place.country if place else "",
                    "admin1": place.admin1 if place else "",
                    "location": place.name if place else "",
                    "latitude": "" if not place or place.lat is None else f"{place.lat:.5f}",
                    "longitude": "" if not place or place.lon is None else f"{place.lon:.5f}",
                    "source": src.name if src else (a.outlet or ""),
                    "source_kind": src.kind if src else "media_outlet",
                    "source_side": src.side if src else "",
                    "source_chain": " <- ".join(chain_names(rec, c)),
                    "stance": c.stance,
                    "verification": c.verification,
                    "hedges": "; ".join(h.text for h in c.hedges),
                    "outlet": a.outlet or "",
                    "url": a.url or "",
                    "published": a.published or "",
                    "notes": " ".join(c.text.split()),
                    "reviewed": "yes" if (a.id, c.id) in bundle.reviewed else "no",
                }
                w.writerow([safe_cell(row[k]) if k not in ("latitude", "longitude") else row[k] for k in COLUMNS])
                n += 1
        return n


@hookimpl
def claimgraph_exporters():
    return [CsvExporter()]

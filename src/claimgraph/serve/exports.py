"""Records as exported and served: reviewed values replace extracted ones, and say that they were reviewed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import ArticleRecord
from .views import effective_reviews

# claim fields a review replaces in the exported record (the rest are kept and annotated)
_REPLACED = ("stance", "verification")


def reviewed_record(rec: ArticleRecord, reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """The record's JSON with each reviewed claim carrying ``review``: per field the value, the extracted value,
    who and when; stance and verification take the reviewed value."""
    d = rec.to_dict()
    latest: dict[str, dict[str, Any]] = effective_reviews(reviews)
    for c in d["claims"]:
        rv = latest.get(c["id"])
        if not rv:
            continue
        review: dict[str, Any] = {}
        for field, r in rv.items():
            if field == "notes":
                review["notes"] = [{"note": n["value"] or n["note"], "by": n["reviewer"], "at": n["at"]} for n in r]
                continue
            entry = {"value": r["value"], "by": r["reviewer"], "at": r["at"], "note": r["note"]}
            if field in _REPLACED:
                entry["extracted"] = c[field]
                c[field] = r["value"]
            review[field] = entry
        c["reviewed"] = True
        c["review"] = review
    return d


def records_jsonl(items: Iterable[tuple[ArticleRecord, list[dict[str, Any]]]]) -> Iterator[str]:
    for rec, reviews in items:
        yield json.dumps(reviewed_record(rec, reviews), ensure_ascii=False) + "\n"


CLAIM_COLUMNS = (
    "article_id",
    "claim_id",
    "outlet",
    "published",
    "text",
    "chain",
    "origin",
    "origin_kind",
    "origin_side",
    "stance",
    "verification",
    "hedges",
    "places",
    "quote",
    "reviewed",
    "wrong",
    "extracted_stance",
    "extracted_verification",
)


def claim_cells(c: dict[str, Any]) -> dict[str, Any]:
    """One claim (as the store lists it) as flat cells: the chain as text, its origin, reviewed values."""
    origin = c["chain"][-1] if c["chain"] else {}
    wrong = (c["review"].get("wrong") or {}).get("value")
    return {
        **{k: c.get(k) for k in ("article_id", "claim_id", "outlet", "published", "text", "stance", "verification")},
        "chain": c["chain_text"],
        "origin": origin.get("name"),
        "origin_kind": origin.get("kind"),
        "origin_side": origin.get("side"),
        "hedges": "; ".join(h["text"] for h in c["hedges"]),
        "places": "; ".join(p["name"] or p["text"] for p in c["places"]),
        "quote": c["quote"],
        "reviewed": c["reviewed"],
        "wrong": wrong in ("true", True),
        "extracted_stance": c["extracted"].get("stance", c["stance"]),
        "extracted_verification": c["extracted"].get("verification", c["verification"]),
    }


def claims_csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CLAIM_COLUMNS)
    yield buf.getvalue()
    for r in rows:
        buf.seek(0)
        buf.truncate()
        cells = claim_cells(r) if "chain_text" in r else r
        row = []
        for k in CLAIM_COLUMNS:
            v = cells.get(k)
            # a cell starting with = + - @ is a formula to a spreadsheet: article text must not become one
            if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
                v = "'" + v
            row.append(v)
        w.writerow(row)
        yield buf.getvalue()


def places_geojson(places: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                "properties": {k: p[k] for k in ("place", "name", "country", "admin1", "articles", "claims")},
            }
            for p in places
        ],
    }

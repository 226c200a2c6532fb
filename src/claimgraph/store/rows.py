"""Records as rows: an article record and a corpus record flattened into the store's tables.

Pure functions (no database), so the store, the schema bridge and the tests flatten the
same way.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import ArticleRecord, CorpusRecord


def key(article_id: str, item_id: str) -> str:
    """The one-column key of an item of an article (a claim, source, place...)."""
    return f"{article_id}:{item_id}"


def chain_label(rec: ArticleRecord, claim) -> str:
    """The chain as a person reads it, nearest source first: 'Name (kind, side) <- ...'."""
    parts = []
    for h in claim.attribution:
        s = rec.source(h.source)
        parts.append(f"{s.name} ({s.kind}, {s.side})" if s else h.source)
    return " <- ".join(parts)


def record_rows(rec: ArticleRecord, now: str, claim_seq: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Every row one article record flattens into, by table name. Claims are numbered from
    ``claim_seq`` (the article's place in the store-wide claim order)."""
    aid = rec.article.id
    src_ids = {s.id for s in rec.sources}
    ev_ids = {e.id for e in rec.evidence}
    place_ids = {p.id for p in rec.places}

    def skey(sid: str | None) -> str | None:
        return key(aid, sid) if sid and sid in src_ids else None

    out: dict[str, list[dict[str, Any]]] = {
        "records": [
            {
                "article_id": aid,
                "record_json": json.dumps(rec.to_dict(), ensure_ascii=False),
                "pipeline": json.dumps(rec.pipeline),
                "extracted_at": now,
            }
        ],
        "sources": [
            {
                "key": key(aid, s.id),
                "article_id": aid,
                "source_id": s.id,
                "name": s.name,
                "kind": s.kind,
                "side": s.side,
                "description": s.description,
                "canonical_id": s.canonical_id,
            }
            for s in rec.sources
        ],
        "claims": [],
        "hops": [],
        "hedges": [],
        "claim_evidence": [],
        "claim_places": [],
        "quotes": [
            {
                "key": key(aid, q.id),
                "article_id": aid,
                "quote_id": q.id,
                "text": q.text,
                "speaker": skey(q.speaker),
                "cue": q.cue.text if q.cue else None,
            }
            for q in rec.quotes
        ],
        "evidence": [
            {
                "key": key(aid, e.id),
                "article_id": aid,
                "evidence_id": e.id,
                "text": e.text,
                "kind": e.kind,
                "released_by": skey(e.released_by),
                "date": e.date,
                "verification": e.verification,
            }
            for e in rec.evidence
        ],
        "places": [
            {
                "key": key(aid, p.id),
                "article_id": aid,
                "place_id": p.id,
                "text": p.text,
                "name": p.name,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "feature": p.feature,
                "gazetteer_id": p.gazetteer_id,
            }
            for p in rec.places
        ],
        "dates": [
            {
                "key": key(aid, x.id),
                "article_id": aid,
                "date_id": x.id,
                "text": x.text,
                "value": x.value,
                "end_value": x.end_value,
                "granularity": x.granularity,
                "relation": x.relation,
            }
            for x in rec.dates
        ],
        "quantities": [
            {
                "key": key(aid, q.id),
                "article_id": aid,
                "quantity_id": q.id,
                "text": q.text,
                "value": q.value,
                "value_max": q.value_max,
                "unit": q.unit,
                "qualifier": q.qualifier,
                "kind": q.kind,
            }
            for q in rec.quantities
        ],
    }
    for n, c in enumerate(rec.claims):
        ck = key(aid, c.id)
        out["claims"].append(
            {
                "key": ck,
                "seq": claim_seq + n,
                "article_id": aid,
                "claim_id": c.id,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "stance": c.stance,
                "verification": c.verification,
                "is_quote": int(bool(c.quote)),
                "headline": int(bool(c.headline)),
                "chain": chain_label(rec, c),
                "hedges": "; ".join(h.text for h in c.hedges),
                "origin": skey(c.attribution[-1].source) if c.attribution else None,
            }
        )
        out["hops"] += [
            {
                "claim": ck,
                "position": i,
                "article_id": aid,
                "source": skey(h.source),
                "cue": h.cue.text if h.cue else None,
                "channel": h.channel,
                "date": h.date,
            }
            for i, h in enumerate(c.attribution)
        ]
        out["hedges"] += [
            {"claim": ck, "position": i, "article_id": aid, "text": h.text, "start": h.start, "end": h.end}
            for i, h in enumerate(c.hedges)
        ]
        out["claim_evidence"] += [
            {"claim": ck, "evidence": key(aid, e), "article_id": aid} for e in dict.fromkeys(c.evidence) if e in ev_ids
        ]
        out["claim_places"] += [
            {"claim": ck, "place": key(aid, p), "article_id": aid} for p in dict.fromkeys(c.places) if p in place_ids
        ]
    return out


def identity_rows(rec: ArticleRecord) -> list[dict[str, Any]]:
    """The identities a record's sources carry (decided by linking, or by extraction's run book)."""
    seen: dict[str, dict[str, Any]] = {}
    for s in rec.sources:
        if s.canonical_id and s.canonical_id not in seen:
            seen[s.canonical_id] = {
                "canonical_id": s.canonical_id,
                "name": s.name,
                "kind": s.kind,
                "side": s.side,
                "first_seen_article": rec.article.id,
            }
    return list(seen.values())


def _text(x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, list):
        return " <- ".join(str(v) for v in x)
    return str(x)


def drift_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per change of a drift report."""
    out = []
    for ch in report.get("changes", []):
        out.append(
            {
                "article_id": report["article"],
                "derived_from": report["derived_from"],
                "type": ch.get("type"),
                "hedge": ch.get("hedge"),
                "was": _text(ch.get("was")),
                "now": _text(ch.get("now")),
                "original_text": (ch.get("original") or {}).get("text"),
                "derived_text": (ch.get("derived") or {}).get("text"),
            }
        )
    return out


def corpus_article_ids(corpus: CorpusRecord) -> set[str]:
    """The articles a linking run covered: links among them are what the run recomputed."""
    ids = {a.id for a in corpus.articles}
    if not ids:  # a hand-made corpus record without its article list: what its links name
        ids = {x for d in corpus.derivations for x in (d.article, d.derived_from)}
        ids |= {m.article for cl in corpus.claim_clusters for m in cl.members}
    return ids


def corpus_identities(corpus: CorpusRecord) -> list[dict[str, Any]]:
    """Identities a corpus record carries, whatever shape linking gives them (objects or dicts)."""
    out = []
    for x in getattr(corpus, "identities", None) or []:
        get = x.get if isinstance(x, dict) else (lambda k, x=x: getattr(x, k, None))
        cid = get("canonical_id") or get("id")
        if cid:
            out.append(
                {
                    "canonical_id": cid,
                    "name": get("name") or cid,
                    "kind": get("kind"),
                    "side": get("side"),
                    "first_seen_article": get("first_seen_article"),
                }
            )
    return out


def corpus_assignments(corpus: CorpusRecord) -> dict[tuple[str, str], str | None]:
    """(article id, source id) -> identity, where the corpus record carries the assignment."""
    out: dict[tuple[str, str], str | None] = {}
    for x in getattr(corpus, "source_identities", None) or []:
        get = x.get if isinstance(x, dict) else (lambda k, x=x: getattr(x, k, None))
        art, sid = get("article"), get("source")
        if art and sid:
            out[(art, sid)] = get("canonical_id") or get("identity")
    for x in getattr(corpus, "identities", None) or []:
        get = x.get if isinstance(x, dict) else (lambda k, x=x: getattr(x, k, None))
        cid = get("canonical_id") or get("id")
        for m in get("sources") or get("mentions") or []:
            mg = m.get if isinstance(m, dict) else (lambda k, m=m: getattr(m, k, None))
            art, sid = mg("article"), mg("source")
            if art and sid:
                out[(str(art), str(sid))] = cid
    return out

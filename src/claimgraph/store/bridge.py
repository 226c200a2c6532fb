"""The bridge from a pre-Alembic SQLite store (schema versions 1 and 2) to revision 0001.

Used by ``migrations/versions/0001_baseline.py`` only, on the connection (and inside the
transaction) the store holds.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, inspect, text

from ..model import ArticleRecord
from . import rows as R
from . import schema_0001 as S

OLD_TABLES = (
    "cluster_members",
    "clusters",
    "derivations",
    "quantities",
    "dates",
    "places",
    "evidence",
    "quotes",
    "attribution_hops",
    "claims",
    "sources",
    "identities",
    "records",
    "duplicate_inputs",
    "rejected_inputs",
    "articles",
    "_migrations",
)
ASIDE = "_v2_"


def is_pre_alembic(bind) -> bool:
    return bind.dialect.name == "sqlite" and inspect(bind).has_table("_migrations")


def set_aside(bind) -> None:
    """Drop the old full-text tables and triggers (rebuilt from the content) and rename the rest."""
    for (name,) in bind.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).fetchall():
        bind.execute(text(f'DROP TRIGGER "{name}"'))
    for fts in ("articles_fts", "claims_fts"):
        bind.execute(text(f"DROP TABLE IF EXISTS {fts}"))
    have = set(inspect(bind).get_table_names())
    for t in OLD_TABLES:
        if t in have:
            bind.execute(text(f'ALTER TABLE "{t}" RENAME TO "{ASIDE}{t}"'))
    for (name,) in bind.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    ).fetchall():
        bind.execute(text(f'DROP INDEX "{name}"'))  # the new tables make their own, under the same names


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def copy_over(bind) -> None:
    have = {t.removeprefix(ASIDE) for t in inspect(bind).get_table_names() if t.startswith(ASIDE)}
    old = {t: f'"{ASIDE}{t}"' for t in have}
    bind.execute(
        text(
            "INSERT INTO articles(id, seq, content_hash, url, outlet, title, published, authors, text, format, input,"
            " version_of, ingested_at) SELECT id, rowid, content_hash, url, outlet, title, published, authors, text,"
            f" format, input, version_of, ingested_at FROM {old['articles']} ORDER BY rowid"
        )
    )
    bind.execute(text(f"INSERT INTO duplicate_inputs SELECT input, article_id FROM {old['duplicate_inputs']}"))
    bind.execute(text(f"INSERT INTO rejected_inputs SELECT input, reason, detail FROM {old['rejected_inputs']}"))
    if "identities" in have:
        bind.execute(
            text(
                "INSERT INTO identities(canonical_id, name, kind, first_seen_article)"
                f" SELECT canonical_id, name, kind, first_seen_article FROM {old['identities']}"
            )
        )
    known_ids = {r[0] for r in bind.execute(text("SELECT canonical_id FROM identities"))}
    for aid, rj, pipeline, at in bind.execute(
        text(f"SELECT article_id, record_json, pipeline, extracted_at FROM {old['records']} ORDER BY rowid")
    ).fetchall():
        rec = ArticleRecord.from_dict(json.loads(rj))
        rows = R.record_rows(rec, at)
        rows["records"] = [{"article_id": aid, "record_json": rj, "pipeline": pipeline, "extracted_at": at}]
        new_ids = [x for x in R.identity_rows(rec) if x["canonical_id"] not in known_ids]
        if new_ids:
            bind.execute(insert(S.identities), new_ids)
            known_ids |= {x["canonical_id"] for x in new_ids}
        for t in reversed(S.RECORD_TABLES):
            if rows.get(t.name):
                bind.execute(insert(t), rows[t.name])
    _copy_links(bind, old)
    for t in OLD_TABLES:
        if t in have:
            bind.execute(text(f"DROP TABLE {old[t]}"))


def _copy_links(bind, old: dict[str, str]) -> None:
    derivs = bind.execute(
        text(f"SELECT article_id, derived_from, kind, similarity, drift FROM {old['derivations']}")
    ).fetchall()
    clusters = bind.execute(text(f"SELECT * FROM {old['clusters']} ORDER BY rowid")).mappings().fetchall()
    if not derivs and not clusters:
        return
    arts = {r[0] for r in bind.execute(text("SELECT id FROM articles"))}
    claim_keys = {r[0] for r in bind.execute(text("SELECT key FROM claims"))}
    run = bind.execute(insert(S.link_runs).values(at=_now(), articles=len(arts)).returning(S.link_runs.c.id)).scalar()
    for a, b, kind, sim, drift in derivs:
        rep = json.loads(drift) if drift and drift != "null" else None
        bind.execute(
            insert(S.derivations),
            {
                "article_id": a,
                "derived_from": b,
                "kind": kind,
                "similarity": sim,
                "run": run,
                "report": drift if rep else None,
            },
        )
        if rep and rep.get("changes"):
            bind.execute(insert(S.drift_changes), R.drift_rows(rep))
    members: dict[str, list[tuple[str, str]]] = {}
    for cid, art, claim in bind.execute(text(f"SELECT cluster_id, article_id, claim_id FROM {old['cluster_members']}")):
        members.setdefault(cid, []).append((art, claim))
    for cl in clusters:
        cid = f"{run}:{cl['cluster_id']}"
        grade: dict[str, Any] = json.loads(cl["grade"] or "null") or {}
        first: dict[str, Any] = json.loads(cl["first_reported"] or "null") or {}
        bind.execute(
            insert(S.clusters),
            {
                "cluster_id": cid,
                "run": run,
                "label": cl["label"],
                "independent_confirmations": cl["independent_confirmations"],
                "first_reported_article": first.get("article") if first.get("article") in arts else None,
                "first_reported_date": first.get("date"),
                "reliability": grade.get("reliability"),
                "credibility": grade.get("credibility"),
                "grade_reason": grade.get("reason"),
            },
        )
        ms = [
            {"cluster_id": cid, "claim": R.key(a, c), "article_id": a, "claim_id": c}
            for a, c in dict.fromkeys(members.get(cl["cluster_id"], []))
            if R.key(a, c) in claim_keys
        ]
        if ms:
            bind.execute(insert(S.cluster_members), ms)
        origins = json.loads(cl["origins"] or "[]")
        if origins:
            bind.execute(
                insert(S.cluster_origins),
                [{"cluster_id": cid, "position": i, "origin": o} for i, o in enumerate(origins)],
            )
        contra = json.loads(cl["contradictions"] or "[]")
        if contra:
            bind.execute(
                insert(S.contradictions),
                [
                    {
                        "cluster_id": cid,
                        "claim": R.key(x.get("article", ""), x.get("claim", ""))
                        if R.key(x.get("article", ""), x.get("claim", "")) in claim_keys
                        else None,
                        "article_id": x.get("article") if x.get("article") in arts else None,
                        "claim_id": x.get("claim"),
                        "why": x.get("why"),
                    }
                    for x in contra
                ],
            )

"""The store's read and review API: what the web app and the HTTP API ask of the store.

Parameterised SQL only (user input never reaches the SQL text: filters become ``?`` bindings, full-text
queries are quoted into FTS5 phrases). Reviews live in their own tables keyed by (article, claim), so a
re-extract (``save_record``) or a re-link (``save_corpus``) never touches them: a reviewed value stays
reviewed. Every review writes its audit entry in the same transaction.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

# What a reviewer may review on a claim, and what each field's extracted value is read from.
REVIEW_FIELDS = ("chain", "stance", "verification", "place", "figure", "wrong", "note")

# The migration that adds reviews, users, the audit log and the claim -> place/date/figure links
# (kept in step by triggers on ``records``, so save_record needs no change).
REVIEW_MIGRATION = """
CREATE TABLE users (
  username TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
  field TEXT NOT NULL, value TEXT, note TEXT,
  username TEXT NOT NULL REFERENCES users(username),
  claim_text TEXT,
  at TEXT NOT NULL
);
CREATE INDEX reviews_claim ON reviews(article_id, claim_id, field, id);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL, username TEXT NOT NULL, action TEXT NOT NULL,
  article_id TEXT, claim_id TEXT, field TEXT,
  before TEXT, after TEXT, note TEXT
);
CREATE TABLE claim_refs (
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL, kind TEXT NOT NULL, ref_id TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id, kind, ref_id)
);
CREATE INDEX claim_refs_ref ON claim_refs(article_id, kind, ref_id);
CREATE INDEX places_name ON places(name);
CREATE INDEX dates_value ON dates(value);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX hops_source ON attribution_hops(article_id, source_id);
CREATE INDEX cluster_members_claim ON cluster_members(article_id, claim_id);
INSERT OR IGNORE INTO claim_refs
  SELECT r.article_id, json_extract(jc.value, '$.id'), k.kind, jr.value
  FROM records r, json_each(r.record_json, '$.claims') jc,
       (SELECT 'place' AS kind, '$.places' AS path UNION ALL SELECT 'date', '$.dates'
        UNION ALL SELECT 'quantity', '$.quantities' UNION ALL SELECT 'evidence', '$.evidence') k,
       json_each(jc.value, k.path) jr;
CREATE TRIGGER records_refs_ai AFTER INSERT ON records BEGIN
  INSERT OR IGNORE INTO claim_refs
    SELECT new.article_id, json_extract(jc.value, '$.id'), k.kind, jr.value
    FROM json_each(new.record_json, '$.claims') jc,
         (SELECT 'place' AS kind, '$.places' AS path UNION ALL SELECT 'date', '$.dates'
          UNION ALL SELECT 'quantity', '$.quantities' UNION ALL SELECT 'evidence', '$.evidence') k,
         json_each(jc.value, k.path) jr;
END;
CREATE TRIGGER records_refs_ad AFTER DELETE ON records BEGIN
  DELETE FROM claim_refs WHERE article_id = old.article_id;
END;
"""

# The effective value of a reviewable claim column: the latest review when there is one.
_LATEST = (
    "(SELECT r.value FROM reviews r WHERE r.article_id = c.article_id AND r.claim_id = c.claim_id"
    " AND r.field = '{field}' ORDER BY r.id DESC LIMIT 1)"
)
_ORIGIN = (
    "(SELECT h.source_id FROM attribution_hops h WHERE h.article_id = c.article_id AND h.claim_id = c.claim_id"
    " ORDER BY h.position DESC LIMIT 1)"
)


def fts_phrase(q: str) -> str:
    """A user's words as FTS5 phrases (every word must occur), so no input is read as FTS5 syntax."""
    words = [w for w in q.split() if w.strip('"')]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReadAPI:
    """Mixed into ``Store``: listing, filtering, searching, clusters, derivations, users and reviews."""

    conn: Any

    # -- articles -----------------------------------------------------------
    def _article_where(self, outlet: str | None, q: str | None) -> tuple[str, list[Any]]:
        where, args = [], []
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if q and fts_phrase(q):
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(fts_phrase(q))
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def list_articles(
        self, *, outlet: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Articles newest first, with their claim counts (no text)."""
        where, args = self._article_where(outlet, q)
        rows = self.conn.execute(
            "SELECT a.id, a.url, a.outlet, a.title, a.published, a.version_of,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,"
            " EXISTS(SELECT 1 FROM records r WHERE r.article_id = a.id) AS extracted"
            f" FROM articles a{where} ORDER BY a.published DESC, a.rowid LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        return [dict(r) for r in rows]

    def count_articles(self, *, outlet: str | None = None, q: str | None = None) -> int:
        where, args = self._article_where(outlet, q)
        return self.conn.execute(f"SELECT count(*) FROM articles a{where}", args).fetchone()[0]

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One article's stored row (text included), or None."""
        row = self.conn.execute(
            "SELECT id, url, outlet, title, published, authors, text, format, version_of, ingested_at"
            " FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["authors"] = json.loads(d["authors"] or "[]")
        return d

    def outlets(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]

    # -- claims -------------------------------------------------------------
    def _claim_where(
        self,
        *,
        article: str | None = None,
        source: str | None = None,
        side: str | None = None,
        kind: str | None = None,
        stance: str | None = None,
        verification: str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        q: str | None = None,
        reviewed: bool | None = None,
    ) -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if article:
            where.append("c.article_id = ?")
            args.append(article)
        if source:
            # any source in the chain: by identity, or by a name containing the words
            where.append(
                "EXISTS (SELECT 1 FROM attribution_hops h JOIN sources s ON s.article_id = h.article_id"
                " AND s.source_id = h.source_id WHERE h.article_id = c.article_id AND h.claim_id = c.claim_id"
                " AND (s.canonical_id = ? OR s.name LIKE ? ESCAPE '\\'))"
            )
            args += [source, _like(source)]
        for col, val in (("side", side), ("kind", kind)):
            if val:  # of the origin: the last hop of the chain
                where.append(
                    f"EXISTS (SELECT 1 FROM sources s WHERE s.article_id = c.article_id AND s.source_id = {_ORIGIN}"
                    f" AND s.{col} = ?)"
                )
                args.append(val)
        for col, val in (("stance", stance), ("verification", verification)):
            if val:
                where.append(f"COALESCE({_LATEST.format(field=col)}, c.{col}) = ?")
                args.append(val)
        if place:
            where.append(
                "EXISTS (SELECT 1 FROM claim_refs cr JOIN places p ON p.article_id = cr.article_id"
                " AND p.place_id = cr.ref_id WHERE cr.article_id = c.article_id AND cr.claim_id = c.claim_id"
                " AND cr.kind = 'place' AND (p.name LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\'"
                " OR p.gazetteer_id = ?))"
            )
            args += [_like(place), _like(place), place]
        if date_from or date_to:
            # the date the claim is about when it names one, else the article's publication date
            lo, hi = date_from or "0000", (date_to or "9999") + "\uffff"
            where.append(
                "(EXISTS (SELECT 1 FROM claim_refs cr JOIN dates d ON d.article_id = cr.article_id"
                " AND d.date_id = cr.ref_id WHERE cr.article_id = c.article_id AND cr.claim_id = c.claim_id"
                " AND cr.kind = 'date' AND d.value >= ? AND d.value <= ?)"
                " OR (NOT EXISTS (SELECT 1 FROM claim_refs cr JOIN dates d ON d.article_id = cr.article_id"
                " AND d.date_id = cr.ref_id WHERE cr.article_id = c.article_id AND cr.claim_id = c.claim_id"
                " AND cr.kind = 'date' AND d.value IS NOT NULL)"
                " AND (SELECT a.published FROM articles a WHERE a.id = c.article_id) BETWEEN ? AND ?))"
            )
            args += [lo, hi, lo, hi]
        if q and fts_phrase(q):
            where.append("c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            args.append(fts_phrase(q))
        if reviewed is not None:
            where.append(
                ("" if reviewed else "NOT ")
                + "EXISTS (SELECT 1 FROM reviews r WHERE r.article_id = c.article_id AND r.claim_id = c.claim_id)"
            )
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def list_claims(self, *, limit: int = 50, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Claims matching every given filter, with their effective (reviewed) values and their origin.

        Filters: article, source, side, kind (of the origin), stance, verification, place, date_from,
        date_to (ISO dates), q (words in the claim), reviewed (True/False).
        """
        where, args = self._claim_where(**filters)
        rows = self.conn.execute(
            'SELECT c.article_id, c.claim_id, c.text, c.start, c."end", c.is_quote, c.hedges,'
            f" COALESCE({_LATEST.format(field='stance')}, c.stance) AS stance,"
            f" COALESCE({_LATEST.format(field='verification')}, c.verification) AS verification,"
            f" COALESCE({_LATEST.format(field='chain')}, c.chain) AS chain,"
            " c.stance AS extracted_stance, c.verification AS extracted_verification, c.chain AS extracted_chain,"
            f" {_LATEST.format(field='wrong')} AS wrong,"
            " (SELECT count(*) FROM reviews r WHERE r.article_id = c.article_id AND r.claim_id = c.claim_id)"
            " AS reviews,"
            " a.outlet, a.title, a.published, o.name AS origin, o.kind AS origin_kind, o.side AS origin_side"
            " FROM claims c JOIN articles a ON a.id = c.article_id"
            f" LEFT JOIN sources o ON o.article_id = c.article_id AND o.source_id = {_ORIGIN}"
            f"{where} ORDER BY a.published DESC, c.article_id, c.rowid LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        out = []
        for r in rows:
            d = dict(r)
            d["hedges"] = json.loads(d["hedges"] or "[]")
            d["is_quote"] = bool(d["is_quote"])
            d["reviewed"] = d.pop("reviews") > 0
            d["wrong"] = d["wrong"] == "wrong"
            out.append(d)
        return out

    def count_claims(self, **filters: Any) -> int:
        where, args = self._claim_where(**filters)
        return self.conn.execute(f"SELECT count(*) FROM claims c{where}", args).fetchone()[0]

    def search(self, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Articles and claims containing every word of ``q``."""
        return {"articles": self.list_articles(q=q, limit=limit), "claims": self.list_claims(q=q, limit=limit)}

    def claim_exists(self, article_id: str, claim_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM claims WHERE article_id = ? AND claim_id = ?", (article_id, claim_id)
            ).fetchone()
            is not None
        )

    # -- sources ------------------------------------------------------------
    def identities_page(self, *, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Source identities (most cited first), with the names they appear under."""
        where, args = "", []
        if q:
            where, args = " WHERE i.name LIKE ? ESCAPE '\\' OR i.canonical_id = ?", [_like(q), q]
        rows = self.conn.execute(
            "SELECT i.canonical_id, i.name, i.kind, group_concat(DISTINCT s.name) AS names,"
            " group_concat(DISTINCT s.side) AS sides, count(DISTINCT s.article_id) AS articles FROM identities i"
            f" LEFT JOIN sources s ON s.canonical_id = i.canonical_id{where}"
            " GROUP BY i.canonical_id ORDER BY articles DESC, i.canonical_id LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        return [dict(r) for r in rows]

    def count_identities(self, *, q: str | None = None) -> int:
        if q:
            return self.conn.execute(
                "SELECT count(*) FROM identities i WHERE i.name LIKE ? ESCAPE '\\' OR i.canonical_id = ?",
                (_like(q), q),
            ).fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM identities").fetchone()[0]

    def identity(self, canonical_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT canonical_id, name, kind, first_seen_article FROM identities WHERE canonical_id = ?",
            (canonical_id,),
        ).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["mentions"] = [
            dict(r)
            for r in self.conn.execute(
                "SELECT s.article_id, s.source_id, s.name, s.kind, s.side, a.outlet, a.published FROM sources s"
                " JOIN articles a ON a.id = s.article_id WHERE s.canonical_id = ? ORDER BY a.published, s.article_id",
                (canonical_id,),
            )
        ]
        return d

    def relays(self) -> list[dict[str, Any]]:
        """Who relays whom: an outlet relays the nearest source of a chain, each hop relays the next one."""
        rows = self.conn.execute(
            "SELECT 'outlet:' || a.outlet AS relay, a.outlet AS relay_name, 'outlet' AS relay_kind,"
            " COALESCE(s.canonical_id, s.article_id || '/' || s.source_id) AS relayed, s.name AS relayed_name,"
            " s.kind AS relayed_kind, count(*) AS claims FROM attribution_hops h"
            " JOIN articles a ON a.id = h.article_id"
            " JOIN sources s ON s.article_id = h.article_id AND s.source_id = h.source_id"
            " WHERE h.position = 0 AND a.outlet IS NOT NULL GROUP BY relay, relayed"
            " UNION ALL "
            "SELECT COALESCE(s1.canonical_id, s1.article_id || '/' || s1.source_id), s1.name, s1.kind,"
            " COALESCE(s2.canonical_id, s2.article_id || '/' || s2.source_id), s2.name, s2.kind, count(*)"
            " FROM attribution_hops h1 JOIN attribution_hops h2 ON h2.article_id = h1.article_id"
            " AND h2.claim_id = h1.claim_id AND h2.position = h1.position + 1"
            " JOIN sources s1 ON s1.article_id = h1.article_id AND s1.source_id = h1.source_id"
            " JOIN sources s2 ON s2.article_id = h2.article_id AND s2.source_id = h2.source_id"
            " GROUP BY 1, 4 ORDER BY claims DESC"
        )
        return [dict(r) for r in rows]

    # -- links --------------------------------------------------------------
    def clusters(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT k.*, (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = k.cluster_id) AS members,"
            " (SELECT count(DISTINCT m.article_id) FROM cluster_members m WHERE m.cluster_id = k.cluster_id)"
            " AS articles FROM clusters k ORDER BY articles DESC, k.cluster_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [_cluster_row(r) for r in rows]

    def count_clusters(self) -> int:
        return self.conn.execute("SELECT count(*) FROM clusters").fetchone()[0]

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM clusters WHERE cluster_id = ?", (cluster_id,)).fetchone()
        if row is None:
            return None
        d = _cluster_row(row)
        d["members"] = [
            dict(r)
            for r in self.conn.execute(
                "SELECT m.article_id, m.claim_id, a.outlet, a.published, a.title, c.text, c.chain,"
                " c.stance, c.verification FROM cluster_members m JOIN articles a ON a.id = m.article_id"
                " LEFT JOIN claims c ON c.article_id = m.article_id AND c.claim_id = m.claim_id"
                " WHERE m.cluster_id = ? ORDER BY a.outlet, a.published, m.article_id, m.claim_id",
                (cluster_id,),
            )
        ]
        return d

    def clusters_of(self, article_id: str) -> list[dict[str, Any]]:
        """The clusters an article's claims belong to: (claim_id, cluster_id, label)."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT m.claim_id, m.cluster_id, k.label FROM cluster_members m"
                " JOIN clusters k ON k.cluster_id = m.cluster_id WHERE m.article_id = ?",
                (article_id,),
            )
        ]

    def derivations(self, *, article: str | None = None) -> list[dict[str, Any]]:
        """Every stored derivation (who copied whom), with both articles' outlets and dates."""
        where, args = "", []
        if article:
            where, args = " WHERE d.article_id = ? OR d.derived_from = ?", [article, article]
        rows = self.conn.execute(
            "SELECT d.article_id, d.derived_from, d.kind, d.similarity, d.drift IS NOT NULL AND d.drift != 'null'"
            " AS has_drift, a.outlet, a.published, a.title, b.outlet AS from_outlet, b.published AS from_published,"
            " b.title AS from_title FROM derivations d JOIN articles a ON a.id = d.article_id"
            f" JOIN articles b ON b.id = d.derived_from{where} ORDER BY b.published, d.derived_from, a.published",
            args,
        )
        return [{**dict(r), "has_drift": bool(r["has_drift"])} for r in rows]

    def drift_report(self, article_id: str, derived_from: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT drift FROM derivations WHERE article_id = ? AND derived_from = ?", (article_id, derived_from)
        ).fetchone()
        if row is None or not row[0] or row[0] == "null":
            return None
        return json.loads(row[0])

    def places_summary(self) -> list[dict[str, Any]]:
        """Each grounded place with coordinates, how many articles and claims name it."""
        rows = self.conn.execute(
            "SELECT COALESCE(p.gazetteer_id, p.name) AS place, p.name, p.country, p.admin1, p.lat, p.lon,"
            " count(DISTINCT p.article_id) AS articles,"
            " (SELECT count(*) FROM claim_refs cr JOIN places q ON q.article_id = cr.article_id"
            " AND q.place_id = cr.ref_id WHERE cr.kind = 'place' AND COALESCE(q.gazetteer_id, q.name)"
            " = COALESCE(p.gazetteer_id, p.name)) AS claims"
            " FROM places p WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL GROUP BY 1 ORDER BY articles DESC, p.name"
        )
        return [dict(r) for r in rows]

    def dated_claims(self, *, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Claims that name a date, oldest first, with the date's text and value."""
        rows = self.conn.execute(
            "SELECT d.value, d.end_value, d.granularity, d.text AS date_text, c.article_id, c.claim_id, c.text,"
            " a.outlet, a.published FROM claim_refs cr JOIN dates d ON d.article_id = cr.article_id"
            " AND d.date_id = cr.ref_id JOIN claims c ON c.article_id = cr.article_id AND c.claim_id = cr.claim_id"
            " JOIN articles a ON a.id = c.article_id WHERE cr.kind = 'date' AND d.value IS NOT NULL"
            " ORDER BY d.value, a.published, c.article_id, c.claim_id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [dict(r) for r in rows]

    # -- users, reviews, audit ----------------------------------------------
    def add_user(self, username: str, password_hash: str) -> None:
        """Create an account (or replace its password); the audit log records it, not the hash."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            existed = c.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone()
            c.execute(
                "INSERT INTO users(username, password_hash, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash",
                (username, password_hash, _now()),
            )
            c.execute(
                "INSERT INTO audit_log(at, username, action) VALUES (?, ?, ?)",
                (_now(), username, "password_changed" if existed else "user_added"),
            )
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise

    def get_user(self, username: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT username, password_hash, created_at FROM users WHERE username = ?", (username,)
        ).fetchone()
        return dict(row) if row else None

    def extracted_value(self, article_id: str, claim_id: str, field: str) -> str | None:
        """A claim's field as extraction left it (what a first review's 'before' is)."""
        c = self.conn
        if field in ("stance", "verification", "chain"):
            row = c.execute(
                f"SELECT {field} FROM claims WHERE article_id = ? AND claim_id = ?",  # noqa: S608 - fixed names
                (article_id, claim_id),
            ).fetchone()
            return row[0] if row else None
        if field in ("place", "figure"):
            table, key, col = (
                ("places", "place_id", "name") if field == "place" else ("quantities", "quantity_id", "text")
            )
            kind = "place" if field == "place" else "quantity"
            rows = c.execute(
                f"SELECT t.{col} FROM claim_refs cr JOIN {table} t ON t.article_id = cr.article_id"  # noqa: S608
                f" AND t.{key} = cr.ref_id WHERE cr.article_id = ? AND cr.claim_id = ? AND cr.kind = ?"
                " ORDER BY cr.ref_id",
                (article_id, claim_id, kind),
            )
            return "; ".join(r[0] for r in rows if r[0]) or None
        return None

    def current_value(self, article_id: str, claim_id: str, field: str) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM reviews WHERE article_id = ? AND claim_id = ? AND field = ? ORDER BY id DESC LIMIT 1",
            (article_id, claim_id, field),
        ).fetchone()
        return row[0] if row else self.extracted_value(article_id, claim_id, field)

    def review_claim(
        self, username: str, article_id: str, claim_id: str, field: str, value: str | None, note: str | None = None
    ) -> dict[str, Any]:
        """Record one reviewer's judgement on one field of a claim and its audit entry, in one transaction.

        Returns the audit entry (who, when, before, after). ``field`` is one of REVIEW_FIELDS; a value equal
        to the current one is a confirmation.
        """
        if field not in REVIEW_FIELDS:
            raise ValueError(f"{field!r}: not a reviewable field (one of {', '.join(REVIEW_FIELDS)})")
        c = self.conn
        at = _now()
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute(
                "SELECT text FROM claims WHERE article_id = ? AND claim_id = ?", (article_id, claim_id)
            ).fetchone()
            if row is None:
                raise KeyError(f"{article_id}/{claim_id}: no such claim")
            if c.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() is None:
                raise PermissionError(f"{username}: no such user")
            before = self.current_value(article_id, claim_id, field) if field != "note" else None
            action = "note" if field == "note" else ("confirm" if value == before else "correct")
            c.execute(
                "INSERT INTO reviews(article_id, claim_id, field, value, note, username, claim_text, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, claim_id, field, value, note, username, row[0], at),
            )
            cur = c.execute(
                "INSERT INTO audit_log(at, username, action, article_id, claim_id, field, before, after, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (at, username, action, article_id, claim_id, field, before, value, note),
            )
            entry_id = cur.lastrowid
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise
        return dict(c.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,)).fetchone())

    def reviews(self, article_id: str, claim_id: str | None = None) -> list[dict[str, Any]]:
        """Every review of an article's claims (or of one claim), oldest first."""
        sql = "SELECT * FROM reviews WHERE article_id = ?"
        args: list[Any] = [article_id]
        if claim_id:
            sql += " AND claim_id = ?"
            args.append(claim_id)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def audit_entries(
        self,
        *,
        username: str | None = None,
        article_id: str | None = None,
        claim_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """The audit log, newest first."""
        where, args = [], []
        for col, val in (("username", username), ("article_id", article_id), ("claim_id", claim_id)):
            if val:
                where.append(f"{col} = ?")
                args.append(val)
        w = (" WHERE " + " AND ".join(where)) if where else ""
        return [
            dict(r)
            for r in self.conn.execute(
                f"SELECT * FROM audit_log{w} ORDER BY id DESC LIMIT ? OFFSET ?",  # noqa: S608 - fixed names
                (*args, limit, offset),
            )
        ]

    def count_audit_entries(self, *, username: str | None = None, article_id: str | None = None) -> int:
        where, args = [], []
        for col, val in (("username", username), ("article_id", article_id)):
            if val:
                where.append(f"{col} = ?")
                args.append(val)
        w = (" WHERE " + " AND ".join(where)) if where else ""
        return self.conn.execute(f"SELECT count(*) FROM audit_log{w}", args).fetchone()[0]  # noqa: S608


def _cluster_row(r: Any) -> dict[str, Any]:
    d = dict(r)
    for k in ("origins", "first_reported", "contradictions", "grade"):
        if k in d:
            d[k] = json.loads(d[k]) if d[k] else None
    return d

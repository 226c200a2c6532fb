"""The store: an embedded SQLite database by default (one file, WAL, FTS5), browsable with datasette.

Parameterised SQL only. Every write of one article (its row and its extracted record)
is one transaction, so a run killed at any point and started again ends with the same
contents: rows are keyed by content hash and by input locator, and inserts are
idempotent.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..ingest.base import RawArticle, Rejection, Skipped, normalise_for_hash
from ..model import ArticleRecord, CorpusRecord
from .read import REVIEW_MIGRATION, ReadAPI

DEFAULT_DB = "claimgraph.db"

# Recorded migrations: (version, SQL). Never edit an applied one; append a new one.
MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT, outlet TEXT, title TEXT, published TEXT, authors TEXT,
  text TEXT NOT NULL,
  format TEXT,
  input TEXT NOT NULL,
  version_of TEXT REFERENCES articles(id),
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE TABLE duplicate_inputs (
  input TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE TABLE rejected_inputs (
  input TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  detail TEXT
);
CREATE TABLE records (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  record_json TEXT NOT NULL,
  pipeline TEXT,
  extracted_at TEXT NOT NULL
);
CREATE TABLE sources (
  article_id TEXT NOT NULL REFERENCES articles(id), source_id TEXT NOT NULL,
  name TEXT, kind TEXT, side TEXT, canonical_id TEXT,
  PRIMARY KEY (article_id, source_id)
);
CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles(id), claim_id TEXT NOT NULL,
  text TEXT, start INTEGER, "end" INTEGER, stance TEXT, verification TEXT, is_quote INTEGER,
  chain TEXT, hedges TEXT,
  PRIMARY KEY (article_id, claim_id)
);
CREATE TABLE attribution_hops (
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL, position INTEGER NOT NULL,
  source_id TEXT, cue TEXT, channel TEXT, date TEXT,
  PRIMARY KEY (article_id, claim_id, position),
  FOREIGN KEY (article_id, claim_id) REFERENCES claims(article_id, claim_id)
);
CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id), quote_id TEXT NOT NULL,
  text TEXT, speaker_id TEXT, cue TEXT, PRIMARY KEY (article_id, quote_id)
);
CREATE TABLE evidence (
  article_id TEXT NOT NULL REFERENCES articles(id), evidence_id TEXT NOT NULL,
  text TEXT, kind TEXT, released_by TEXT, date TEXT, verification TEXT, PRIMARY KEY (article_id, evidence_id)
);
CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles(id), place_id TEXT NOT NULL,
  text TEXT, name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, feature TEXT, gazetteer_id TEXT,
  PRIMARY KEY (article_id, place_id)
);
CREATE TABLE dates (
  article_id TEXT NOT NULL REFERENCES articles(id), date_id TEXT NOT NULL,
  text TEXT, value TEXT, end_value TEXT, granularity TEXT, relation TEXT, PRIMARY KEY (article_id, date_id)
);
CREATE TABLE quantities (
  article_id TEXT NOT NULL REFERENCES articles(id), quantity_id TEXT NOT NULL,
  text TEXT, value REAL, value_max REAL, unit TEXT, qualifier TEXT, kind TEXT, PRIMARY KEY (article_id, quantity_id)
);
CREATE TABLE derivations (
  article_id TEXT NOT NULL REFERENCES articles(id), derived_from TEXT NOT NULL REFERENCES articles(id),
  kind TEXT, similarity REAL, drift TEXT, PRIMARY KEY (article_id, derived_from)
);
CREATE TABLE clusters (
  cluster_id TEXT PRIMARY KEY, label TEXT, origins TEXT, independent_confirmations INTEGER,
  first_reported TEXT, contradictions TEXT, grade TEXT
);
CREATE TABLE cluster_members (
  cluster_id TEXT NOT NULL REFERENCES clusters(cluster_id), article_id TEXT NOT NULL, claim_id TEXT NOT NULL,
  PRIMARY KEY (cluster_id, article_id, claim_id)
);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='rowid');
CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
""",
    ),
    (
        2,
        """
CREATE TABLE identities (
  canonical_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT,
  first_seen_article TEXT REFERENCES articles(id)
);
CREATE INDEX sources_canonical ON sources(canonical_id);
""",
    ),
    (3, REVIEW_MIGRATION),  # users, reviews, audit log, claim -> place/date/figure links (store/read.py)
]


class StoreError(Exception):
    """A store problem a person can act on (a wrong path, a newer schema)."""


class Store(ReadAPI):
    """The claimgraph database. ``Store("claimgraph.db")`` opens (and migrates) one file."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open database ({e})") from e
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.migrate()

    # -- schema -------------------------------------------------------------
    def migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT version FROM _migrations")}
        newest = max(v for v, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise StoreError(f"{self.path}: made by a newer claimgraph (schema {max(done)} > {newest})")
        for version, sql in MIGRATIONS:
            if version in done:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _statements(sql):
                    self.conn.execute(stmt)
                self.conn.execute("INSERT INTO _migrations VALUES (?, ?)", (version, _now()))
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM _migrations").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest -------------------------------------------------------------
    def add(self, item: RawArticle | Rejection | Skipped) -> str:
        """Store one article or rejection; returns 'stored', 'duplicate', 'version', 'rejected' or 'skipped'."""
        c = self.conn
        if isinstance(item, Skipped):
            return "skipped"
        if isinstance(item, Rejection):
            c.execute(
                "INSERT OR IGNORE INTO rejected_inputs(input, reason, detail) VALUES (?, ?, ?)",
                (item.locator, item.reason, item.detail),
            )
            return "rejected"
        h = item.content_hash
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute("SELECT id FROM articles WHERE content_hash = ?", (h,)).fetchone()
            if row:
                if c.execute("SELECT 1 FROM articles WHERE id = ? AND input = ?", (row[0], item.locator)).fetchone():
                    status = "duplicate"  # the same input read again (a rerun): nothing to record
                else:
                    c.execute(
                        "INSERT OR IGNORE INTO duplicate_inputs(input, article_id) VALUES (?, ?)",
                        (item.locator, row[0]),
                    )
                    status = "duplicate"
            else:
                prev = None
                if item.url:
                    prev = c.execute(
                        "SELECT id FROM articles WHERE url = ? ORDER BY ingested_at DESC, rowid DESC LIMIT 1",
                        (item.url,),
                    ).fetchone()
                aid = item.article_id()
                if c.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
                    aid = f"{aid}-{h[:8]}"
                c.execute(
                    "INSERT INTO articles(id, content_hash, url, outlet, title, published, authors, text, format, input,"
                    " version_of, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        aid,
                        h,
                        item.url,
                        item.outlet,
                        item.title,
                        item.published,
                        json.dumps(item.authors),
                        item.text,
                        item.fmt,
                        item.locator,
                        prev[0] if prev else None,
                        _now(),
                    ),
                )
                status = "version" if prev else "stored"
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise
        return status

    def articles(self, ids: list[str] | None = None) -> Iterator[RawArticle]:
        sql = "SELECT * FROM articles"
        args: tuple = ()
        if ids:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            args = tuple(ids)
        for r in self.conn.execute(sql + " ORDER BY rowid", args):
            yield RawArticle(
                text=r["text"],
                locator=r["input"],
                id=r["id"],
                url=r["url"],
                outlet=r["outlet"],
                title=r["title"],
                published=r["published"],
                authors=json.loads(r["authors"] or "[]"),
                fmt=r["format"],
            )

    def unextracted_ids(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM records) ORDER BY rowid"
            )
        ]

    # -- records ------------------------------------------------------------
    def save_record(self, rec: ArticleRecord) -> None:
        """Replace the extracted record of one article and its flattened rows, in one transaction."""
        aid = rec.article.id
        c = self.conn
        # one identity per source across the whole store: the book is seeded from the table
        book = self._identity_book()
        from ..ground.identity import assign

        mark = len(book.new)
        assign(rec.sources, book)
        d = rec.to_dict()
        c.execute("BEGIN IMMEDIATE")
        try:
            for t in (
                "attribution_hops",
                "claims",
                "sources",
                "quotes",
                "evidence",
                "places",
                "dates",
                "quantities",
                "records",
            ):
                c.execute(f"DELETE FROM {t} WHERE {'article_id'} = ?", (aid,))  # noqa: S608 - fixed table names
            c.executemany(
                "INSERT OR IGNORE INTO identities VALUES (?, ?, ?, ?)",
                [(cid, name, kind, aid) for cid, name, kind in book.new[mark:]],
            )
            c.execute(
                "INSERT INTO records VALUES (?, ?, ?, ?)",
                (aid, json.dumps(d, ensure_ascii=False), json.dumps(rec.pipeline), _now()),
            )
            c.executemany(
                "INSERT INTO sources VALUES (?,?,?,?,?,?)",
                [(aid, s.id, s.name, s.kind, s.side, s.canonical_id) for s in rec.sources],
            )
            for cl in rec.claims:
                chain = " <- ".join(
                    (rec.source(h.source).name if rec.source(h.source) else h.source) for h in cl.attribution
                )
                c.execute(
                    "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        aid,
                        cl.id,
                        cl.text,
                        cl.start,
                        cl.end,
                        cl.stance,
                        cl.verification,
                        int(cl.quote),
                        chain,
                        json.dumps([h.text for h in cl.hedges]),
                    ),
                )
                c.executemany(
                    "INSERT INTO attribution_hops VALUES (?,?,?,?,?,?,?)",
                    [
                        (aid, cl.id, i, h.source, h.cue.text if h.cue else None, h.channel, h.date)
                        for i, h in enumerate(cl.attribution)
                    ],
                )
            c.executemany(
                "INSERT INTO quotes VALUES (?,?,?,?,?)",
                [(aid, q.id, q.text, q.speaker, q.cue.text if q.cue else None) for q in rec.quotes],
            )
            c.executemany(
                "INSERT INTO evidence VALUES (?,?,?,?,?,?,?)",
                [(aid, e.id, e.text, e.kind, e.released_by, e.date, e.verification) for e in rec.evidence],
            )
            c.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (aid, p.id, p.text, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.gazetteer_id)
                    for p in rec.places
                ],
            )
            c.executemany(
                "INSERT INTO dates VALUES (?,?,?,?,?,?,?)",
                [(aid, x.id, x.text, x.value, x.end_value, x.granularity, x.relation) for x in rec.dates],
            )
            c.executemany(
                "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?)",
                [(aid, q.id, q.text, q.value, q.value_max, q.unit, q.qualifier, q.kind) for q in rec.quantities],
            )
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise

    def _identity_book(self):
        if getattr(self, "_book", None) is None:
            from ..ground.identity import IdentityBook

            self._book = IdentityBook().seed(
                (r[0], r[1], r[2])
                for r in self.conn.execute("SELECT canonical_id, name, kind FROM identities ORDER BY rowid")
            )
            self._book.new.clear()
        return self._book

    def drift_reports(self) -> list[dict[str, Any]]:
        """The drift report of every stored derivation (made by ``save_corpus``)."""
        rows = self.conn.execute("SELECT drift FROM derivations WHERE drift IS NOT NULL ORDER BY article_id")
        return [json.loads(r[0]) for r in rows if r[0] and r[0] != "null"]

    def identities(self) -> list[dict[str, Any]]:
        """Every source identity in the store, with the names it appears under and its article count."""
        rows = self.conn.execute(
            "SELECT i.canonical_id, i.name, i.kind, group_concat(DISTINCT s.name) AS names,"
            " count(DISTINCT s.article_id) AS articles FROM identities i"
            " LEFT JOIN sources s ON s.canonical_id = i.canonical_id GROUP BY i.canonical_id ORDER BY articles DESC"
        )
        return [dict(r) for r in rows]

    def record(self, article_id: str) -> ArticleRecord | None:
        row = self.conn.execute("SELECT record_json FROM records WHERE article_id = ?", (article_id,)).fetchone()
        return ArticleRecord.from_dict(json.loads(row[0])) if row else None

    def records(self) -> Iterator[ArticleRecord]:
        for row in self.conn.execute("SELECT record_json FROM records ORDER BY rowid"):
            yield ArticleRecord.from_dict(json.loads(row[0]))

    def save_corpus(self, corpus: CorpusRecord) -> None:
        c = self.conn
        known = {r[0] for r in c.execute("SELECT id FROM articles")}
        drift = {(d["article"], d["derived_from"]): d for d in corpus.drift}
        c.execute("BEGIN IMMEDIATE")
        try:
            for t in ("cluster_members", "clusters", "derivations"):
                c.execute(f"DELETE FROM {t}")  # noqa: S608 - fixed table names
            for d in corpus.derivations:
                if d.article in known and d.derived_from in known:
                    c.execute(
                        "INSERT INTO derivations VALUES (?,?,?,?,?)",
                        (
                            d.article,
                            d.derived_from,
                            d.kind,
                            d.similarity,
                            json.dumps(drift.get((d.article, d.derived_from))),
                        ),
                    )
            for cl in corpus.claim_clusters:
                c.execute(
                    "INSERT INTO clusters VALUES (?,?,?,?,?,?,?)",
                    (
                        cl.id,
                        cl.label,
                        json.dumps(cl.origins),
                        cl.independent_confirmations,
                        json.dumps(cl.first_reported),
                        json.dumps(cl.contradictions),
                        json.dumps(cl.grade),
                    ),
                )
                c.executemany(
                    "INSERT OR IGNORE INTO cluster_members VALUES (?,?,?)",
                    [(cl.id, m.article, m.claim) for m in cl.members],
                )
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise

    # -- reporting ----------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        c = self.conn
        rejected = {
            r[0]: r[1]
            for r in c.execute("SELECT reason, count(*) FROM rejected_inputs GROUP BY reason ORDER BY reason")
        }
        stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        versions = c.execute("SELECT count(*) FROM articles WHERE version_of IS NOT NULL").fetchone()[0]
        dups = c.execute("SELECT count(*) FROM duplicate_inputs").fetchone()[0]
        return {
            "read": stored + dups + sum(rejected.values()),
            "stored": stored,
            "versions": versions,
            "duplicate": dups,
            "rejected": sum(rejected.values()),
            "rejected_by_reason": rejected,
            "extracted": c.execute("SELECT count(*) FROM records").fetchone()[0],
            "claims": c.execute("SELECT count(*) FROM claims").fetchone()[0],
            "schema_version": self.schema_version,
        }

    def rejections(self) -> list[dict[str, str]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM rejected_inputs ORDER BY input")]

    def search_claims(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over claim text (FTS5 syntax)."""
        rows = self.conn.execute(
            "SELECT claims.* FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid"
            " WHERE claims_fts MATCH ? LIMIT ?",
            (query, limit),
        )
        return [dict(r) for r in rows]

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows minus timestamps: what 'the same contents' means in the tests."""
        out = {}
        for t in ("articles", "duplicate_inputs", "rejected_inputs"):
            rows = self.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()  # noqa: S608
            out[t] = [tuple(v for k, v in zip(r.keys(), tuple(r), strict=True) if k != "ingested_at") for r in rows]
        return out


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")
        ):
            out.append(joined)
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["DEFAULT_DB", "Store", "StoreError", "normalise_for_hash"]

"""The store: SQLite by default (one file, WAL, FTS5, browsable with datasette), PostgreSQL for teams.

``Store("claimgraph.db")`` opens (creating and migrating) an SQLite file;
``Store("postgresql://user@host/db")`` the same store on PostgreSQL. The tables are defined
once (``schema.py``, SQLAlchemy 2 Core) and the schema is made and upgraded by Alembic
migrations shipped in the package (``migrations/``), run when the store opens; a store made
before Alembic (schema versions 1 and 2) is bridged by the first revision.

Parameterised SQL only. Every write is one transaction that holds the store's write lock
(SQLite ``BEGIN IMMEDIATE``; a PostgreSQL transaction-level advisory lock), so that writers in
several processes never lose or double an article, and a run killed at any point and started
again ends with the same contents: rows are keyed by content hash and by input locator, and
inserts are idempotent.

Every failure a person can act on (a missing, corrupt, non-database or read-only store; a
store made by a newer claimgraph) is a :class:`StoreError` whose message is one line naming
the store and the problem. The CLI maps it to exit code 3 (nothing could be done).

The read API returns plain dicts (JSON-ready) for the CLI, the web app and exporters:
``list_articles``, ``count_articles``, ``get_article``, ``list_claims``, ``count_claims``,
``get_claim``, ``search``, ``clusters``, ``derivations``, ``drift_reports``, ``sources``,
``identities``. Review: ``add_user``, ``get_user``, ``list_users``, ``review_claim``,
``reviews``, ``audit``, ``audit_entries``. Reviews are applied when claims are read, and are
keyed by article and claim id, so they survive a re-extract and a re-link.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..ingest.base import RawArticle, Rejection, Skipped, normalise_for_hash
from ..model import STANCES, VERIFICATIONS, ArticleRecord, CorpusRecord
from ..settings import StoreSettings
from . import rows as R

DEFAULT_DB = "claimgraph.db"
HEAD = "0005"  # the newest Alembic revision shipped in migrations/versions
SQLITE_MAGIC = b"SQLite format 3\x00"

# what a reviewer can judge about a claim; stance and verification replace the extracted value
# on read, the others are shown beside it
REVIEW_FIELDS = ("chain", "stance", "verification", "place", "figure", "wrong", "note")


class StoreError(Exception):
    """A store problem a person can act on; the message is one line: '<store>: <problem>'."""


class NotFound(StoreError, LookupError):
    """No such article, claim or user."""


class Invalid(StoreError, ValueError):
    """A value the store refuses (an unknown review field, a stance that is not one)."""


class Conflict(StoreError):
    """A unique value taken already (a username)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _is_url(path: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+]*://", path))


def _describe(e: BaseException) -> str:
    """A database driver's error as a short phrase."""
    msg = str(getattr(e, "orig", None) or e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    low = msg.lower()
    if "file is not a database" in low or "not a database" in low:
        return "not an SQLite database"
    if "malformed" in low or "corrupt" in low:
        return f"corrupt database ({msg})"
    if "readonly" in low or "read-only" in low:
        return "read-only (cannot write to this store)"
    if "unable to open" in low:
        return f"cannot open ({msg})"
    return msg


class Store:
    """The claimgraph database.

    ``Store(path_or_url)`` opens a store, creating it when it does not exist and upgrading its
    schema; ``Store(path, create=False)`` (or ``Store.open_existing(path)``) refuses to create
    one and raises :class:`StoreError` when there is none, which is what reading commands use.
    ``readonly=True`` opens an SQLite store for reading only (a file without write permission
    is opened so anyway); writes then raise :class:`StoreError`. ``check=False`` skips the
    open-time ``PRAGMA quick_check`` (run on files up to ``settings.quick_check_max_bytes``).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        create: bool = True,
        check: bool = True,
        readonly: bool = False,
        settings: StoreSettings | None = None,
    ) -> None:
        from sqlalchemy import create_engine, event

        self.settings = settings or StoreSettings()
        self.path = str(path if path is not None else self.settings.url)
        self.readonly = readonly
        self._versioned = False  # store_version exists (set once the schema is at HEAD)
        self._claim_seqs = _SeqCache(self.settings.claim_cache_ids)
        self._version_conn: Any = None  # SQLite: the connection data_version() reads on
        self._version_lock = threading.Lock()
        self._local = threading.local()  # the connection reading() shares among one thread's reads
        busy = float(self.settings.busy_timeout_s)
        if _is_url(self.path):
            url = re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", self.path)
            # messages name the store: never with its password
            self.path = re.sub(r"^([a-z+]+://[^:/@]+):[^@]*@", r"\1:***@", self.path)
            if not url.startswith("postgresql+psycopg://"):
                raise StoreError(f"{self.path}: unsupported store URL (use a file path or postgresql://...)")
            self.dialect = "postgresql"
            self.engine = create_engine(url, pool_pre_ping=True)
        else:
            self.dialect = "sqlite"
            self._check_file(create and not readonly, check)
            p = Path(self.path)
            if p.exists() and not os.access(p, os.W_OK):
                self.readonly = True
            target = f"file:{p.resolve()}?mode=ro&uri=true" if self.readonly else str(p)
            self.engine = create_engine(
                "sqlite+pysqlite:///" + target, connect_args={"timeout": busy, "check_same_thread": False}
            )
            readonly = self.readonly

            @event.listens_for(self.engine, "connect")
            def _on_connect(dbapi_conn, _rec) -> None:  # pragma: no cover - exercised by every test
                dbapi_conn.isolation_level = None  # we say BEGIN ourselves (below)
                cur = dbapi_conn.cursor()
                cur.execute(f"PRAGMA busy_timeout={int(busy * 1000)}")
                if not readonly:
                    _retry_locked(lambda: cur.execute("PRAGMA journal_mode=WAL"), busy)
                    cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

            @event.listens_for(self.engine, "begin")
            def _on_begin(conn) -> None:  # pragma: no cover
                # a writer takes the write lock at BEGIN, so two writers queue instead of failing
                # half way (a deferred transaction upgraded to a write can fail with "locked")
                conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        try:
            # two processes opening a new file at once can meet in SQLite's lock upgrade (one turns
            # the file to WAL while the other reads its header): SQLite then answers "locked" at once,
            # without waiting. Opening is idempotent, so it is tried again.
            _retry_locked(self._migrate, busy if self.dialect == "sqlite" else 0)
            self._versioned = True
        except StoreError:
            self.engine.dispose()
            raise
        except Exception as e:
            self.engine.dispose()
            raise StoreError(f"{self.path}: {_describe(e)}") from e

    @classmethod
    def open_existing(cls, path: str | Path = DEFAULT_DB) -> Store:
        """Open a store that must exist already (reading commands never create an empty one)."""
        return cls(path, create=False)

    def _check_file(self, create: bool, check: bool) -> None:
        p = Path(self.path)
        if not p.exists():
            if not create:
                raise StoreError(f"{self.path}: no such store")
            if not p.parent.exists():
                raise StoreError(f"{self.path}: folder {p.parent} does not exist")
            return
        if p.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store")
        if not os.access(p, os.R_OK):
            raise StoreError(f"{self.path}: cannot read (permission denied)")
        size = p.stat().st_size
        if size == 0:
            return  # an empty file is a new SQLite database
        with open(p, "rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{self.path}: not an SQLite database")
        if check and size <= self.settings.quick_check_max_bytes:
            import sqlite3

            try:
                con = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True, timeout=self.settings.busy_timeout_s)
                try:
                    res = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
                finally:
                    con.close()
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {_describe(e)}") from e
            if res != ["ok"]:
                raise StoreError(f"{self.path}: corrupt database ({'; '.join(res)[:200]})")

    # -- connections ----------------------------------------------------------
    @contextmanager
    def _write(self):
        """One write transaction holding the store's write lock."""
        from sqlalchemy import exc, text

        if self.readonly:
            raise StoreError(f"{self.path}: read-only (cannot write to this store)")
        try:
            with self.engine.connect() as c:
                c.execution_options(write=True)
                with c.begin():
                    if self.dialect == "postgresql":
                        c.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 7243101})
                    yield c
                    if self._versioned:
                        # in the same transaction as the change: a reader never sees new rows under an old version
                        c.execute(text("UPDATE store_version SET n = n + 1 WHERE id = 1"))
        except exc.DBAPIError as e:
            raise StoreError(f"{self.path}: {_describe(e)}") from e

    @contextmanager
    def _read(self):
        from sqlalchemy import exc

        shared = getattr(self._local, "conn", None)
        if shared is not None:
            yield shared
            return
        try:
            with self.engine.connect() as c:
                yield c
        except exc.DBAPIError as e:
            raise StoreError(f"{self.path}: {_describe(e)}") from e

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Every read of this thread inside the block runs on one connection, in one transaction: one
        snapshot of the store, and one pool checkout instead of one per query (a page makes several)."""
        from sqlalchemy import exc

        if getattr(self._local, "conn", None) is not None:
            yield
            return
        try:
            with self.engine.connect() as c, c.begin():  # BEGIN: the driver-cursor reads too are in it
                self._local.conn = c
                try:
                    yield
                finally:
                    self._local.conn = None
        except exc.DBAPIError as e:
            raise StoreError(f"{self.path}: {_describe(e)}") from e

    def _q(self, sql: str, params: dict[str, Any] | None = None, conn=None) -> list[dict[str, Any]]:
        if conn is not None:
            return self._fetch(conn, sql, params or {})
        with self._read() as c:
            return self._fetch(c, sql, params or {})

    def _fetch(self, c, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Dict rows of one parameterised query on connection c. On SQLite on the driver's own cursor (no
        statement compile or row objects: most of the cost of a page's small queries), in c's transaction."""
        if self.dialect == "sqlite":
            import sqlite3

            try:
                cur = c.connection.driver_connection.execute(sql, params)
                names = [d[0] for d in cur.description or ()]
                return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {_describe(e)}") from e
        from sqlalchemy import text

        return [dict(r) for r in c.execute(text(sql), params).mappings()]

    def _scalar(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        from sqlalchemy import text

        with self._read() as c:
            return c.execute(text(sql), params or {}).scalar()

    # -- schema -------------------------------------------------------------
    def _migrate(self) -> None:
        if self._revision() == HEAD:
            return
        if self.readonly:
            raise StoreError(f"{self.path}: read-only, and its schema needs an upgrade (open it writable once)")
        from alembic import command
        from alembic.config import Config

        with self._write() as c:
            rev = self._revision(c)
            if rev == HEAD:
                return  # another process made it while we waited for the lock
            if rev is not None and not _known_revision(rev):
                raise StoreError(f"{self.path}: made by a newer claimgraph (schema {rev}; this one knows {HEAD})")
            cfg = Config()
            cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
            cfg.attributes["connection"] = c
            command.upgrade(cfg, "head")

    def _revision(self, conn=None) -> str | None:
        from sqlalchemy import exc, inspect, text

        def run(c) -> str | None:
            if not inspect(c).has_table("alembic_version"):
                return None
            return c.execute(text("SELECT version_num FROM alembic_version")).scalar()

        if conn is not None:
            return run(conn)
        try:
            with self.engine.connect() as c:
                return run(c)
        except exc.DBAPIError as e:
            raise StoreError(f"{self.path}: {_describe(e)}") from e

    @property
    def schema_version(self) -> str | None:
        """The Alembic revision the store is at."""
        return self._revision()

    def close(self) -> None:
        with self._version_lock:
            if self._version_conn is not None:
                self._version_conn.close()
                self._version_conn = None
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def quick_check(self) -> list[str]:
        """SQLite's ``PRAGMA quick_check``: ``['ok']`` when every page reads; problems otherwise."""
        if self.dialect != "sqlite":
            return ["ok"]
        return [r["quick_check"] for r in self._q("PRAGMA quick_check")]

    def data_version(self) -> int:
        """A number that every write to the store (in any process) raises: what caches of its
        contents are keyed by. Cheap (a web app asks it on every page): on SQLite one read of one row on a
        connection kept for it, outside any transaction, so it sees every commit made so far."""
        if self.dialect != "sqlite" or not Path(self.path).is_file():
            return int(self._scalar("SELECT n FROM store_version WHERE id = 1") or 0)
        import sqlite3

        with self._version_lock:
            try:
                if self._version_conn is None:
                    self._version_conn = sqlite3.connect(
                        f"file:{Path(self.path).resolve()}?mode=ro",
                        uri=True,
                        timeout=self.settings.busy_timeout_s,
                        check_same_thread=False,
                        isolation_level=None,
                    )
                row = self._version_conn.execute("SELECT n FROM store_version WHERE id = 1").fetchone()
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: {_describe(e)}") from e
        return int(row[0]) if row else 0

    # -- ingest -------------------------------------------------------------
    def add(self, item: RawArticle | Rejection | Skipped) -> str:
        """Store one article or rejection; returns 'stored', 'duplicate', 'version', 'rejected' or 'skipped'.

        'duplicate': the text (normalised: case, spacing, Unicode form) is stored already, under
        this input or another; 'version': a new text for a URL stored before (``version_of``
        points at the previous one)."""
        from sqlalchemy import text

        if isinstance(item, Skipped):
            return "skipped"
        with self._write() as c:
            if isinstance(item, Rejection):
                if not c.execute(text("SELECT 1 FROM rejected_inputs WHERE input = :i"), {"i": item.locator}).first():
                    c.execute(
                        text("INSERT INTO rejected_inputs(input, reason, detail) VALUES (:i, :r, :d)"),
                        {"i": item.locator, "r": item.reason, "d": item.detail},
                    )
                return "rejected"
            h = item.content_hash
            row = c.execute(text("SELECT id, input FROM articles WHERE content_hash = :h"), {"h": h}).first()
            if row:
                if (
                    row[1] != item.locator
                    and not c.execute(
                        text("SELECT 1 FROM duplicate_inputs WHERE input = :i"), {"i": item.locator}
                    ).first()
                ):
                    c.execute(
                        text("INSERT INTO duplicate_inputs(input, article_id) VALUES (:i, :a)"),
                        {"i": item.locator, "a": row[0]},
                    )
                return "duplicate"
            prev = None
            if item.url:
                prev = c.execute(
                    text("SELECT id FROM articles WHERE url = :u ORDER BY seq DESC LIMIT 1"), {"u": item.url}
                ).scalar()
            aid = item.article_id()
            if c.execute(text("SELECT 1 FROM articles WHERE id = :a"), {"a": aid}).first():
                aid = f"{aid}-{h[:8]}"
            seq = c.execute(text("SELECT coalesce(max(seq), 0) + 1 FROM articles")).scalar()
            c.execute(
                text(
                    "INSERT INTO articles(id, seq, content_hash, url, outlet, title, published, authors, text,"
                    " format, input, version_of, ingested_at, language, extra) VALUES (:id, :seq, :h, :url,"
                    " :outlet, :title, :published, :authors, :text, :fmt, :input, :version_of, :at, :lang, :extra)"
                ),
                {
                    "id": aid,
                    "seq": seq,
                    "h": h,
                    "url": item.url,
                    "outlet": item.outlet,
                    "title": item.title,
                    "published": item.published,
                    "authors": json.dumps(item.authors),
                    "text": item.text,
                    "fmt": item.fmt,
                    "input": item.locator,
                    "version_of": prev,
                    "at": _now(),
                    "lang": item.language,
                    "extra": json.dumps(item.extra, ensure_ascii=False, default=str) if item.extra else None,
                },
            )
            return "version" if prev else "stored"

    def articles(self, ids: list[str] | None = None) -> Iterator[RawArticle]:
        """The stored articles (all, or these ids) as read, in the order they were stored."""
        from sqlalchemy import bindparam, text

        sql = "SELECT * FROM articles"
        params: dict[str, Any] = {}
        if ids:
            sql += " WHERE id IN :ids"
            params["ids"] = list(ids)
        stmt = text(sql + " ORDER BY seq")
        if ids:
            stmt = stmt.bindparams(bindparam("ids", expanding=True))
        with self._read() as c:
            for r in c.execute(stmt, params).mappings():
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
                    language=r.get("language"),
                    extra=json.loads(r.get("extra") or "{}"),
                )

    def article_ids(self) -> list[str]:
        """Every stored article id, in the order stored."""
        return [r["id"] for r in self._q("SELECT id FROM articles ORDER BY seq")]

    def input_seen(self, locator: str) -> bool:
        """Whether this input was stored by an earlier run (as an article, or as a duplicate of one)."""
        return bool(
            self._q(
                "SELECT 1 FROM articles WHERE input = :i UNION ALL SELECT 1 FROM duplicate_inputs WHERE input = :i",
                {"i": locator},
            )
        )

    def article_id_for(self, item: RawArticle) -> str | None:
        """The id under which this text is stored (same normalised text), or None."""
        rows = self._q("SELECT id FROM articles WHERE content_hash = :h", {"h": item.content_hash})
        return rows[0]["id"] if rows else None

    def record_pipelines(self) -> dict[str, list[dict[str, str]]]:
        """Article id -> the components (name, version) that made its stored record."""
        out = {}
        for r in self._q("SELECT article_id, pipeline FROM records"):
            try:
                out[r["article_id"]] = json.loads(r["pipeline"] or "[]")
            except json.JSONDecodeError:
                out[r["article_id"]] = []
        return out

    def has_record(self, article_id: str) -> bool:
        """Whether this article has an extracted record."""
        return bool(self._q("SELECT 1 FROM records WHERE article_id = :a", {"a": article_id}))

    def query(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """Run one parameterised read-only SQL query (``:name`` placeholders) and return dict rows.
        For reports the API does not cover; the table layout is ``schema.py``'s."""
        if not re.match(r"^\s*(SELECT|WITH)\b", sql, re.I):
            raise Invalid(f"{self.path}: query() runs SELECT statements only")
        return self._q(sql, params)

    def unextracted_ids(self) -> list[str]:
        """Ids of stored articles without an extracted record, in the order they were stored."""
        return [
            r["id"]
            for r in self._q(
                "SELECT a.id FROM articles a LEFT JOIN records r ON r.article_id = a.id"
                " WHERE r.article_id IS NULL ORDER BY a.seq"
            )
        ]

    # -- records ------------------------------------------------------------
    def save_record(self, rec: ArticleRecord) -> None:
        """Replace the extracted record of one article and its flattened rows, in one transaction.

        Source identity is not decided here: the ``canonical_id`` each source carries (from
        linking, or extraction's run) is stored as it is, and its identity row added if new."""
        with self._write() as c:
            self._save_record(c, rec)

    def save_records(self, recs: list[ArticleRecord]) -> None:
        """Save several records in one transaction (what ``save_record`` does, once per batch:
        a batch of extracted articles costs one commit)."""
        with self._write() as c:
            for rec in recs:
                self._save_record(c, rec)

    def _save_record(self, c, rec: ArticleRecord) -> None:
        from sqlalchemy import delete, insert, select

        from . import schema as S

        aid = rec.article.id
        # an article's rows are written with its record, all in one transaction: no record, no rows
        links: dict[Any, list[dict[str, Any]]] = {S.cluster_members: [], S.contradictions: []}
        if c.execute(select(S.records.c.article_id).where(S.records.c.article_id == aid)).first():
            # links made by linking point at this article's claim rows: set them aside while the rows are
            # replaced (a re-extract), and put back those whose claim is still there
            links = {
                t: [dict(r) for r in c.execute(select(t).where(t.c.article_id == aid)).mappings()]
                for t in (S.cluster_members, S.contradictions)
            }
            for t in links:
                c.execute(delete(t).where(t.c.article_id == aid))
            for t in S.RECORD_TABLES:
                c.execute(delete(t).where(t.c.article_id == aid))
        ids = R.identity_rows(rec)
        if ids:
            have = set(
                c.execute(
                    select(S.identities.c.canonical_id).where(
                        S.identities.c.canonical_id.in_([x["canonical_id"] for x in ids])
                    )
                ).scalars()
            )
            new = [x for x in ids if x["canonical_id"] not in have]
            if new:
                c.execute(insert(S.identities), new)
        art_seq = c.execute(select(S.articles.c.seq).where(S.articles.c.id == aid)).scalar()
        if art_seq is None:
            raise NotFound(f"{self.path}: no stored article {aid!r} for this record (store the article first)")
        rows = R.record_rows(rec, _now(), art_seq * S.CLAIM_SEQ_STRIDE)
        for t in reversed(S.RECORD_TABLES):
            if rows.get(t.name):
                c.execute(insert(t), rows[t.name])
        kept = {R.key(aid, cl.id) for cl in rec.claims}
        if links[S.cluster_members]:
            back = [r for r in links[S.cluster_members] if r["claim"] in kept]
            if back:
                c.execute(insert(S.cluster_members), back)
        for r in links[S.contradictions]:
            c.execute(insert(S.contradictions), {**r, "claim": r["claim"] if r["claim"] in kept else None})

    def record(self, article_id: str) -> ArticleRecord | None:
        """The extracted record of one article, or None."""
        rows = self._q("SELECT record_json FROM records WHERE article_id = :a", {"a": article_id})
        return ArticleRecord.from_dict(json.loads(rows[0]["record_json"])) if rows else None

    def records(self) -> Iterator[ArticleRecord]:
        """Every extracted record, in the order the articles were stored."""
        from sqlalchemy import text

        with self._read() as c:
            for row in c.execute(
                text("SELECT r.record_json FROM records r JOIN articles a ON a.id = r.article_id ORDER BY a.seq")
            ):
                yield ArticleRecord.from_dict(json.loads(row[0]))

    # -- links --------------------------------------------------------------
    def save_corpus(self, corpus: CorpusRecord) -> int:
        """Store a linking run's links; returns the run's number.

        A run recomputes the links among the articles it covered (``corpus.articles``): its
        derivations replace those between two of them, its clusters replace earlier clusters
        whose members all lie among them. Links involving any article the run did not cover are
        kept, with the run that made them, so linking never loses what it did not recompute.
        Identities the corpus record carries (``identities``, and ``source_identities`` or
        per-identity ``sources``: the assignment of each article's sources) are stored here."""
        from sqlalchemy import bindparam, insert, text

        from . import schema as S

        covered = R.corpus_article_ids(corpus)
        drift = {(d["article"], d["derived_from"]): d for d in corpus.drift}
        with self._write() as c:
            known = {r[0] for r in c.execute(text("SELECT id FROM articles"))}
            claim_keys = {r[0] for r in c.execute(text("SELECT key FROM claims"))}
            covered &= known
            run = c.execute(
                insert(S.link_runs).values(at=_now(), articles=len(covered)).returning(S.link_runs.c.id)
            ).scalar()
            ids = list(covered)
            exp: Any = bindparam("ids", expanding=True)
            if ids:
                # derivations between two covered articles were recomputed
                for t in ("drift_changes", "derivations"):
                    c.execute(
                        text(f"DELETE FROM {t} WHERE article_id IN :ids AND derived_from IN :ids").bindparams(exp),  # noqa: S608
                        {"ids": ids},
                    )
                # clusters whose members all lie among the covered articles were recomputed
                stale = [
                    r[0]
                    for r in c.execute(
                        text(
                            "SELECT cluster_id FROM clusters WHERE NOT EXISTS (SELECT 1 FROM cluster_members m"
                            " WHERE m.cluster_id = clusters.cluster_id AND m.article_id NOT IN :ids)"
                        ).bindparams(exp),
                        {"ids": ids},
                    )
                ]
                if stale:
                    sp: Any = bindparam("s", expanding=True)
                    for t in ("contradictions", "cluster_origins", "cluster_members", "clusters"):
                        c.execute(text(f"DELETE FROM {t} WHERE cluster_id IN :s").bindparams(sp), {"s": stale})  # noqa: S608
            for d in corpus.derivations:
                if d.article not in known or d.derived_from not in known:
                    continue
                rep = drift.get((d.article, d.derived_from))
                c.execute(
                    text("DELETE FROM drift_changes WHERE article_id = :a AND derived_from = :b"),
                    {"a": d.article, "b": d.derived_from},
                )
                c.execute(
                    text("DELETE FROM derivations WHERE article_id = :a AND derived_from = :b"),
                    {"a": d.article, "b": d.derived_from},
                )
                c.execute(
                    insert(S.derivations),
                    {
                        "article_id": d.article,
                        "derived_from": d.derived_from,
                        "kind": d.kind,
                        "similarity": d.similarity,
                        "run": run,
                        "report": json.dumps(rep, ensure_ascii=False) if rep else None,
                    },
                )
                if rep and rep.get("changes"):
                    c.execute(insert(S.drift_changes), R.drift_rows(rep))
            for cl in corpus.claim_clusters:
                cid = f"{run}:{cl.id}"
                grade = cl.grade or {}
                first = cl.first_reported or {}
                c.execute(
                    insert(S.clusters),
                    {
                        "cluster_id": cid,
                        "run": run,
                        "label": cl.label,
                        "independent_confirmations": cl.independent_confirmations,
                        "first_reported_article": first.get("article") if first.get("article") in known else None,
                        "first_reported_date": first.get("date"),
                        "reliability": grade.get("reliability"),
                        "credibility": grade.get("credibility"),
                        "grade_reason": grade.get("reason"),
                    },
                )
                members = {}
                for m in cl.members:
                    k = R.key(m.article, m.claim)
                    if k in claim_keys:
                        members[k] = {"cluster_id": cid, "claim": k, "article_id": m.article, "claim_id": m.claim}
                if members:
                    c.execute(insert(S.cluster_members), list(members.values()))
                if cl.origins:
                    c.execute(
                        insert(S.cluster_origins),
                        [{"cluster_id": cid, "position": i, "origin": o} for i, o in enumerate(cl.origins)],
                    )
                if cl.contradictions:
                    c.execute(
                        insert(S.contradictions),
                        [
                            {
                                "cluster_id": cid,
                                "claim": R.key(x.get("article", ""), x.get("claim", ""))
                                if R.key(x.get("article", ""), x.get("claim", "")) in claim_keys
                                else None,
                                "article_id": x.get("article") if x.get("article") in known else None,
                                "claim_id": x.get("claim"),
                                "why": x.get("why"),
                            }
                            for x in cl.contradictions
                        ],
                    )
            self._save_identities(c, corpus, covered)
        return run

    def known_identities(self) -> list[tuple[str, str, str | None]]:
        """The identities the store holds as (canonical id, name, kind) rows, to seed linking
        (``link_records(records, known=store.known_identities())``)."""
        return [
            (r["canonical_id"], r["name"], r["kind"])
            for r in self._q("SELECT canonical_id, name, kind FROM identities ORDER BY canonical_id")
        ]

    def _save_identities(self, c, corpus: CorpusRecord, covered: set[str]) -> None:
        from sqlalchemy import bindparam, insert, select, text, update

        from . import schema as S

        ids = R.corpus_identities(corpus)
        if ids:
            have = set(c.execute(select(S.identities.c.canonical_id)).scalars())
            for x in ids:
                if x["canonical_id"] in have:
                    vals = {k: v for k, v in x.items() if k != "canonical_id" and v is not None}
                    if vals:
                        c.execute(
                            update(S.identities).where(S.identities.c.canonical_id == x["canonical_id"]).values(**vals)
                        )
                else:
                    c.execute(insert(S.identities), x)
                    have.add(x["canonical_id"])
        assigned = R.corpus_assignments(corpus)
        if ids and covered:
            # link decided every source of the articles it covered: one it gave no identity has none
            c.execute(
                text("UPDATE sources SET canonical_id = NULL WHERE article_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(covered)},
            )
        for (art, sid), cid in assigned.items():
            c.execute(
                update(S.sources).where(S.sources.c.key == R.key(art, sid)).values(canonical_id=cid),
            )

    def drift_reports(self) -> list[dict[str, Any]]:
        """The drift report of every stored derivation, as linking made it, by derived article."""
        rows = self._q(
            "SELECT report FROM derivations WHERE report IS NOT NULL ORDER BY article_id, derived_from",
        )
        return [json.loads(r["report"]) for r in rows]

    def derivations(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Every stored derivation (who copied whom): article, derived_from, kind, similarity, the
        run that made it, both articles' outlet and date, and the drift changes by type."""
        where, p = "", {}
        if article_id:
            where, p = " WHERE d.article_id = :a OR d.derived_from = :a", {"a": article_id}
        rows = self._q(
            "SELECT d.article_id AS article, d.derived_from, d.kind, d.similarity, d.run,"
            " a.outlet AS outlet, a.published AS published, a.title AS title,"
            " b.outlet AS from_outlet, b.published AS from_published, b.title AS from_title"
            " FROM derivations d JOIN articles a ON a.id = d.article_id JOIN articles b ON b.id = d.derived_from"
            + where
            + " ORDER BY d.article_id, d.derived_from",
            p,
        )
        changes: dict[tuple[str, str], dict[str, int]] = {}
        for r in self._q(
            "SELECT article_id, derived_from, type, count(*) AS n FROM drift_changes"
            + (" WHERE article_id = :a OR derived_from = :a" if article_id else "")
            + " GROUP BY article_id, derived_from, type",
            p,
        ):
            changes.setdefault((r["article_id"], r["derived_from"]), {})[r["type"]] = r["n"]
        for r in rows:
            r["changes"] = changes.get((r["article"], r["derived_from"]), {})
        return rows

    def clusters(self, cluster_id: str | None = None) -> list[dict[str, Any]]:
        """Claim clusters (the same claim across articles) with members (article, outlet, date,
        claim text), origins, independent confirmations, first report, contradictions with
        reasons and the Admiralty grade (reliability A-F, credibility 1-6, reason)."""
        where, p = "", {}
        if cluster_id:
            where, p = " WHERE cluster_id = :c", {"c": cluster_id}
        out = self._q(
            "SELECT cluster_id AS id, run, label, independent_confirmations, first_reported_article,"
            " first_reported_date, reliability, credibility, grade_reason FROM clusters" + where + " ORDER BY run, id",
            p,
        )
        if not out:
            return []
        members: dict[str, list] = {}
        for r in self._q(
            "SELECT m.cluster_id, m.article_id, m.claim_id, a.outlet, a.published, c.text, c.chain"
            " FROM cluster_members m JOIN articles a ON a.id = m.article_id JOIN claims c ON c.key = m.claim"
            + (" WHERE m.cluster_id = :c" if cluster_id else "")
            + " ORDER BY a.published, c.seq",
            p,
        ):
            members.setdefault(r.pop("cluster_id"), []).append(r)
        origins: dict[str, list] = {}
        for r in self._q("SELECT cluster_id, origin FROM cluster_origins ORDER BY cluster_id, position"):
            origins.setdefault(r["cluster_id"], []).append(r["origin"])
        contra: dict[str, list] = {}
        for r in self._q("SELECT cluster_id, article_id, claim_id, why FROM contradictions ORDER BY id"):
            contra.setdefault(r.pop("cluster_id"), []).append(r)
        for cl in out:
            cl["members"] = members.get(cl["id"], [])
            cl["origins"] = origins.get(cl["id"], [])
            cl["contradictions"] = contra.get(cl["id"], [])
            cl["grade"] = {
                "reliability": cl["reliability"],
                "credibility": cl["credibility"],
                "reason": cl["grade_reason"],
            }
        return out

    # -- sources and identities -------------------------------------------------
    def identities(self) -> list[dict[str, Any]]:
        """Every source identity: canonical_id, name, kind, side, the names it appears under
        (comma-joined in ``names``), and how many articles name it; most cited first."""
        ids = self._q("SELECT canonical_id, name, kind, side FROM identities")
        names: dict[str, list[str]] = {}
        arts: dict[str, set] = {}
        for r in self._q("SELECT canonical_id, name, article_id FROM sources WHERE canonical_id IS NOT NULL"):
            n = names.setdefault(r["canonical_id"], [])
            if r["name"] not in n:
                n.append(r["name"])
            arts.setdefault(r["canonical_id"], set()).add(r["article_id"])
        for r in ids:
            r["names"] = ",".join(names.get(r["canonical_id"], [])) or None
            r["articles"] = len(arts.get(r["canonical_id"], ()))
        return sorted(ids, key=lambda r: (-r["articles"], r["canonical_id"]))

    def sources(self, article_id: str | None = None, canonical_id: str | None = None) -> list[dict[str, Any]]:
        """Sources as named in each article (key, article_id, source_id, name, kind, side,
        canonical_id, and how many claims they are in a chain of)."""
        conds, p = [], {}
        if article_id:
            conds.append("s.article_id = :a")
            p["a"] = article_id
        if canonical_id:
            conds.append("s.canonical_id = :c")
            p["c"] = canonical_id
        return self._q(
            "SELECT s.key, s.article_id, s.source_id, s.name, s.kind, s.side, s.description, s.canonical_id,"
            " (SELECT count(DISTINCT h.claim) FROM hops h WHERE h.source = s.key) AS claims FROM sources s"
            + (" WHERE " + " AND ".join(conds) if conds else "")
            + " ORDER BY s.article_id, s.source_id",
            p,
        )

    # -- reading: articles and claims ---------------------------------------------
    def _fts_claims(self, p: dict[str, Any], q: str) -> str:
        """A condition on claims c matching the full-text query q (all words; 'word*' a prefix)."""
        if self.dialect == "postgresql":
            p["tsq"] = _tsquery(q)
            return "c.tsv @@ to_tsquery('simple', :tsq)"
        p["fts"] = _fts5_query(q)
        return "c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :fts)"

    def _fts_articles(self, p: dict[str, Any], q: str) -> str:
        if self.dialect == "postgresql":
            p["tsq"] = _tsquery(q)
            return "a.tsv @@ to_tsquery('simple', :tsq)"
        p["fts"] = _fts5_query(q)
        return "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts)"

    def _article_where(
        self, outlet: str | None, since: str | None, until: str | None, q: str | None
    ) -> tuple[str, dict[str, Any]]:
        conds, p = [], {}
        if outlet:
            conds.append("lower(a.outlet) = lower(:outlet)")
            p["outlet"] = outlet
        if since:
            conds.append("substr(a.published, 1, 10) >= :since")
            p["since"] = since[:10]
        if until:
            conds.append("substr(a.published, 1, 10) <= :until")
            p["until"] = until[:10]
        if q is not None:
            if not _words(q):
                conds.append("1 = 0")
            else:
                conds.append(self._fts_articles(p, q))
        return (" WHERE " + " AND ".join(conds) if conds else ""), p

    def list_articles(
        self,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored articles, in the order stored: id, url, outlet, title, published, authors,
        format, input, version_of, ingested_at, extracted (bool), claims (count).

        Filters: outlet (case-insensitive, exact), since/until (ISO dates, inclusive, on the
        publication date), q (full text over title and text). Paginated by limit/offset."""
        where, p = self._article_where(outlet, since, until, q)
        p.update(limit=int(limit), offset=int(offset))
        rows = self._q(
            "SELECT a.id, a.url, a.outlet, a.title, a.published, a.authors, a.format, a.input, a.version_of,"
            " a.ingested_at, (SELECT count(*) FROM records r WHERE r.article_id = a.id) AS extracted,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims FROM articles a"
            + where
            + " ORDER BY a.seq LIMIT :limit OFFSET :offset",
            p,
        )
        for r in rows:
            r["authors"] = json.loads(r["authors"] or "[]")
            r["extracted"] = bool(r["extracted"])
        return rows

    def count_articles(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None, q: str | None = None
    ) -> int:
        """How many articles ``list_articles`` would give with these filters, without pagination."""
        where, p = self._article_where(outlet, since, until, q)
        return int(self._scalar("SELECT count(*) FROM articles a" + where, p) or 0)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One article: its metadata (as ``list_articles``), ``text``, ``record`` (the extracted
        record as JSON-ready dict, or None), ``claims`` (as ``list_claims``, reviews applied),
        ``duplicates`` (other inputs with the same text), ``versions`` (ids of other versions
        of its URL). None when there is no such article."""
        rows = self._q(
            "SELECT a.*, (SELECT record_json FROM records r WHERE r.article_id = a.id) AS record_json"
            " FROM articles a WHERE a.id = :a",
            {"a": article_id},
        )
        if not rows:
            return None
        a = rows[0]
        rec = a.pop("record_json")
        a.pop("content_hash", None)
        a.pop("tsv", None)
        a["authors"] = json.loads(a["authors"] or "[]")
        a["record"] = json.loads(rec) if rec else None
        a["extracted"] = rec is not None
        a["claims"] = self.list_claims(article=article_id, limit=100000)
        a["duplicates"] = [
            r["input"] for r in self._q("SELECT input FROM duplicate_inputs WHERE article_id = :a", {"a": article_id})
        ]
        a["versions"] = (
            [
                r["id"]
                for r in self._q(
                    "SELECT id FROM articles WHERE (url = :u AND id <> :a) ORDER BY seq",
                    {"u": a["url"], "a": article_id},
                )
            ]
            if a["url"]
            else []
        )
        return a

    def article_head(self, article_id: str) -> dict[str, Any] | None:
        """One article's metadata (as ``list_articles`` gives it, without the counts) and ``text``, without its
        record, claims, duplicates or versions: what a page about the article shows around them. None when
        there is no such article."""
        rows = self._q(
            "SELECT a.id, a.url, a.outlet, a.title, a.published, a.authors, a.format, a.input, a.version_of,"
            " a.ingested_at, a.text FROM articles a WHERE a.id = :a",
            {"a": article_id},
        )
        if not rows:
            return None
        a = rows[0]
        a["authors"] = json.loads(a["authors"] or "[]")
        return a

    def _claim_where(
        self,
        *,
        article: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        side: str | None = None,
        kind: str | None = None,
        stance: str | None = None,
        verification: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        reviewed: bool | None = None,
    ) -> tuple[str, dict[str, Any]]:
        conds, p = [], {}
        # each filter is an uncorrelated IN: computed once per query, not once per claim
        hop = "c.key IN (SELECT h.claim FROM hops h JOIN sources s ON s.key = h.source WHERE {})"
        if article:
            conds.append("c.article_id = :article")
            p["article"] = article
        if outlet:
            conds.append("lower(a.outlet) = lower(:outlet)")
            p["outlet"] = outlet
        if source:
            conds.append(hop.format("(lower(s.name) LIKE :source OR s.canonical_id = :source_id)"))
            p["source"] = f"%{source.lower()}%"
            p["source_id"] = source
        if side:
            conds.append(hop.format("s.side = :side"))
            p["side"] = side
        if kind:
            conds.append(hop.format("s.kind = :kind"))
            p["kind"] = kind
        for name, val in (("stance", stance), ("verification", verification)):
            if val and not self._q("SELECT 1 FROM reviews WHERE field = :f LIMIT 1", {"f": name}):
                # no claim has a reviewed value of this field: the extracted one is the value (one pass over
                # the claims instead of a probe of the reviews per claim)
                conds.append(f"c.{name} = :{name}")
                p[name] = val
            elif val:
                # the reviewed value, where a reviewer changed it, else the extracted one
                conds.append(
                    f"coalesce((SELECT r.value FROM reviews r WHERE r.article_id = c.article_id"
                    f" AND r.claim_id = c.claim_id AND r.field = '{name}' ORDER BY r.id DESC LIMIT 1),"
                    f" c.{name}) = :{name}"
                )
                p[name] = val
        if place:
            conds.append(
                "c.key IN (SELECT cp.claim FROM claim_places cp JOIN places pl ON pl.key = cp.place"
                " WHERE lower(pl.name) = lower(:place) OR lower(pl.text) = lower(:place) OR pl.gazetteer_id = :place"
                " OR lower(pl.admin1) = lower(:place))"
            )
            p["place"] = place
        if since:
            conds.append("substr(a.published, 1, 10) >= :since")
            p["since"] = since[:10]
        if until:
            conds.append("substr(a.published, 1, 10) <= :until")
            p["until"] = until[:10]
        if q is not None:
            conds.append(self._fts_claims(p, q) if _words(q) else "1 = 0")
        if reviewed is not None:
            conds.append(
                ("" if reviewed else "NOT ") + "c.key IN (SELECT r.article_id || ':' || r.claim_id FROM reviews r)"
            )
        return (" WHERE " + " AND ".join(conds) if conds else ""), p

    def list_claims(
        self,
        source: str | None = None,
        side: str | None = None,
        kind: str | None = None,
        stance: str | None = None,
        verification: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        reviewed: bool | None = None,
        limit: int = 50,
        offset: int = 0,
        *,
        article: str | None = None,
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per claim, reviews applied, in the order stored (article, then claim).

        Each: ``key`` ('<article>:<claim>'), ``article_id``, ``claim_id``, ``outlet``,
        ``published``, ``title``, ``url``, ``text``, ``start``, ``end``, ``stance``,
        ``verification``, ``quote``, ``headline``, ``chain`` (hops nearest first: position,
        source_id, name, kind, side, canonical_id, cue, channel, date), ``chain_text``,
        ``hedges`` (text, start, end), ``places`` (place_id, text, name, country, admin1, lat,
        lon, gazetteer_id), ``evidence`` (evidence_id, text, kind, verification), ``reviewed``
        (bool), ``review`` (field -> latest judgement: value, note, reviewer, at) and
        ``extracted`` (field -> the extracted value, for fields a review replaced).

        Filters: source (part of a chain source's name, case-insensitive, or its canonical
        id), side / kind (of any source in the chain), stance / verification (as reviewed),
        place (name, text, gazetteer id or admin1 of a place of the claim), since / until
        (publication date, ISO, inclusive), q (full text over claim text and chain: all words,
        'word*' for a prefix), reviewed (True: reviewed claims only; False: not reviewed),
        article, outlet. Paginated by limit / offset."""
        where, p = self._claim_where(
            article=article,
            outlet=outlet,
            source=source,
            side=side,
            kind=kind,
            stance=stance,
            verification=verification,
            place=place,
            since=since,
            until=until,
            q=q,
            reviewed=reviewed,
        )
        p.update(limit=int(limit), offset=int(offset))
        # claims.seq is one store-wide order with an index (revision 0002): a page is an index range
        rows = self._q(
            'SELECT c.key, c.article_id, c.claim_id, a.outlet, a.published, a.title, a.url, c.text, c.start, c."end",'
            " c.stance, c.verification, c.is_quote, c.headline, c.chain AS chain_text"
            " FROM claims c JOIN articles a ON a.id = c.article_id"
            + where
            + " ORDER BY c.seq LIMIT :limit OFFSET :offset",
            p,
        )
        return self._complete_claims(rows)

    def count_claims(
        self,
        source: str | None = None,
        side: str | None = None,
        kind: str | None = None,
        stance: str | None = None,
        verification: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        reviewed: bool | None = None,
        *,
        article: str | None = None,
        outlet: str | None = None,
    ) -> int:
        """How many claims ``list_claims`` would give with these filters, without pagination."""
        where, p = self._claim_where(
            article=article,
            outlet=outlet,
            source=source,
            side=side,
            kind=kind,
            stance=stance,
            verification=verification,
            place=place,
            since=since,
            until=until,
            q=q,
            reviewed=reviewed,
        )
        if "a." not in where:  # no condition on the article: count the claims alone
            return int(self._scalar("SELECT count(*) FROM claims c" + where, p) or 0)
        return int(self._scalar("SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id" + where, p) or 0)

    def claims_page(self, limit: int = 50, offset: int = 0, **filters: Any) -> tuple[list[dict[str, Any]], int]:
        """One page of ``list_claims`` and the total of ``count_claims`` for the same filters, from a cache of
        the matching claims' order (kept per data version and filters): a page is then an index lookup of
        ``limit`` claims, whatever the offset and the filters."""
        where, p = self._claim_where(**filters)
        if not where:  # every claim: an index range of claims.seq, and a count SQLite keeps cheap
            with self.reading():
                return self.list_claims(limit=limit, offset=offset), self.count_claims()
        version = self.data_version()
        key = (version, where, tuple(sorted(p.items())))  # as claims_page_ready makes it

        def compute():
            from array import array

            from sqlalchemy import text

            sql = "SELECT c.seq FROM claims c" + (" JOIN articles a ON a.id = c.article_id" if "a." in where else "")
            with self._read() as c:
                if self.dialect == "sqlite":  # the driver's own cursor: a few times faster over many rows
                    found = c.connection.driver_connection.execute(sql + where, p).fetchall()
                else:
                    found = c.execute(text(sql + where), p).all()
            # sorted here rather than by the query: SQLite then reads the matches, not every claim in order
            return array("q", sorted(r[0] for r in found))

        seqs = self._claim_seqs.get(key, version, compute)
        total = len(seqs)
        window = list(seqs[int(offset) : int(offset) + int(limit)])
        if not window:
            return [], total
        with self._read() as c:
            rows = self._fetch(
                c,
                "SELECT c.key, c.article_id, c.claim_id, a.outlet, a.published, a.title, a.url, c.text, c.start,"
                ' c."end", c.stance, c.verification, c.is_quote, c.headline, c.chain AS chain_text'
                " FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.seq IN ({', '.join(f':s{i}' for i in range(len(window)))}) ORDER BY c.seq",
                {f"s{i}": v for i, v in enumerate(window)},
            )
        return self._complete_claims(rows), total

    def claims_page_ready(self, **filters: Any) -> bool:
        """Whether ``claims_page`` with these filters is a few index lookups (no filter, or the filter's order
        kept at the current data version) rather than a pass over the claims."""
        where, p = self._claim_where(**filters)
        if not where:
            return True
        return self._claim_seqs.has((self.data_version(), where, tuple(sorted(p.items()))))

    def get_claim(self, article_id: str, claim_id: str) -> dict[str, Any] | None:
        """One claim as ``list_claims`` gives it, or None."""
        rows = self._q(
            'SELECT c.key, c.article_id, c.claim_id, a.outlet, a.published, a.title, a.url, c.text, c.start, c."end",'
            " c.stance, c.verification, c.is_quote, c.headline, c.chain AS chain_text"
            " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.key = :k",
            {"k": R.key(article_id, claim_id)},
        )
        return self._complete_claims(rows)[0] if rows else None

    def _complete_claims(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not rows:
            return rows
        keys = [r["key"] for r in rows]
        arts = sorted({r["article_id"] for r in rows})
        by: dict[str, dict[str, list]] = {k: {"chain": [], "hedges": [], "places": [], "evidence": []} for k in keys}
        with self._read() as c:

            def q(sql: str, name: str = "k", vals: list = keys) -> list[dict[str, Any]]:
                marks = ", ".join(f":{name}{i}" for i in range(len(vals)))
                sql = sql.replace(f"IN :{name}", f"IN ({marks})")
                return self._fetch(c, sql, {f"{name}{i}": v for i, v in enumerate(vals)})

            for r in q(
                "SELECT h.claim, h.position, s.source_id, s.name, s.kind, s.side, s.canonical_id, h.cue, h.channel,"
                " h.date FROM hops h LEFT JOIN sources s ON s.key = h.source WHERE h.claim IN :k"
                " ORDER BY h.claim, h.position"
            ):
                d = dict(r)
                by[d.pop("claim")]["chain"].append(d)
            for r in q('SELECT claim, text, start, "end" FROM hedges WHERE claim IN :k ORDER BY claim, position'):
                d = dict(r)
                by[d.pop("claim")]["hedges"].append(d)
            for r in q(
                "SELECT cp.claim, p.place_id, p.text, p.name, p.country, p.admin1, p.lat, p.lon, p.gazetteer_id"
                " FROM claim_places cp JOIN places p ON p.key = cp.place WHERE cp.claim IN :k ORDER BY cp.claim, p.key"
            ):
                d = dict(r)
                by[d.pop("claim")]["places"].append(d)
            for r in q(
                "SELECT ce.claim, e.evidence_id, e.text, e.kind, e.verification FROM claim_evidence ce"
                " JOIN evidence e ON e.key = ce.evidence WHERE ce.claim IN :k ORDER BY ce.claim, e.key"
            ):
                d = dict(r)
                by[d.pop("claim")]["evidence"].append(d)
            reviews: dict[tuple[str, str], dict[str, dict]] = {}
            for r in q(
                "SELECT article_id, claim_id, field, value, note, reviewer, at FROM reviews WHERE article_id IN :a"
                " ORDER BY id",
                "a",
                arts,
            ):
                reviews.setdefault((r["article_id"], r["claim_id"]), {})[r["field"]] = {
                    "value": r["value"],
                    "note": r["note"],
                    "reviewer": r["reviewer"],
                    "at": r["at"],
                }
        for r in rows:
            r.update(by[r["key"]])
            r["quote"] = bool(r.pop("is_quote"))
            r["headline"] = bool(r["headline"])
            rv = reviews.get((r["article_id"], r["claim_id"]), {})
            r["reviewed"] = bool(rv)
            r["review"] = rv
            r["extracted"] = {}
            for f in ("stance", "verification"):
                if f in rv and rv[f]["value"] is not None:
                    r["extracted"][f] = r[f]
                    r[f] = rv[f]["value"]
        return rows

    def search(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over claims (text and chain) and articles (title and text): all the
        words of q, 'word*' for a prefix. Claim hits first (best first), then article hits. Each
        hit: ``type`` ('claim' or 'article'), ``article_id``, ``outlet``, ``published``,
        ``title``, ``text`` (the claim, or the article's title or opening), ``claim_id`` and
        ``chain`` (hops as in ``list_claims``; empty for article hits), ``stance``,
        ``verification``."""
        if not _words(q):
            return []
        p: dict[str, Any] = {"limit": int(limit)}
        if self.dialect == "postgresql":
            p["tsq"] = _tsquery(q)
            crank = "ts_rank(c.tsv, to_tsquery('simple', :tsq)) DESC"
            cwhere = "c.tsv @@ to_tsquery('simple', :tsq)"
            arank = "ts_rank(a.tsv, to_tsquery('simple', :tsq)) DESC"
            awhere = "a.tsv @@ to_tsquery('simple', :tsq)"
            cfrom = "FROM claims c JOIN articles a ON a.id = c.article_id"
            afrom = "FROM articles a"
        else:
            p["fts"] = _fts5_query(q)
            crank, arank = "f.rank", "f.rank"
            cwhere = awhere = "f MATCH :fts"
            cfrom = "FROM claims_fts f JOIN claims c ON c.rowid = f.rowid JOIN articles a ON a.id = c.article_id"
            afrom = "FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            cwhere, awhere = "claims_fts MATCH :fts", "articles_fts MATCH :fts"
        claim_rows = self._q(
            'SELECT c.key, c.article_id, c.claim_id, a.outlet, a.published, a.title, a.url, c.text, c.start, c."end",'
            f" c.stance, c.verification, c.is_quote, c.headline, c.chain AS chain_text {cfrom}"
            f" WHERE {cwhere} ORDER BY {crank}, c.seq LIMIT :limit",
            p,
        )
        hits = [{"type": "claim", **c} for c in self._complete_claims(claim_rows)]
        for a in self._q(
            f"SELECT a.id AS article_id, a.outlet, a.published, a.title, a.url, substr(a.text, 1, 240) AS opening"
            f" {afrom} WHERE {awhere} ORDER BY {arank}, a.seq LIMIT :limit",
            p,
        ):
            hits.append(
                {
                    "type": "article",
                    **{k: a[k] for k in ("article_id", "outlet", "published", "title", "url")},
                    "text": a["title"] or a["opening"],
                    "claim_id": None,
                    "chain": [],
                    "stance": None,
                    "verification": None,
                }
            )
        return hits

    def search_claims(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Claims matching a full-text query (see ``search``), as ``list_claims`` gives them."""
        return self.list_claims(q=query, limit=limit)

    # -- review -----------------------------------------------------------------
    def add_user(self, username: str, password_hash: str, role: str = "reviewer") -> dict[str, Any]:
        """Create an account (the password is hashed by the caller: the store keeps hashes only).
        Raises :class:`Conflict` when the username is taken. Audited as 'user_add'."""
        from sqlalchemy import insert, select

        from . import schema as S

        if not username or not username.strip():
            raise Invalid(f"{self.path}: a username cannot be empty")
        with self._write() as c:
            if c.execute(select(S.users.c.id).where(S.users.c.username == username)).first():
                raise Conflict(f"{self.path}: user {username!r} exists already")
            now = _now()
            c.execute(
                insert(S.users), {"username": username, "password_hash": password_hash, "role": role, "created_at": now}
            )
            self._audit(c, username, "user_add", f"user:{username}", None, {"role": role})
        return self.get_user(username)  # type: ignore[return-value]

    def get_user(self, username: str) -> dict[str, Any] | None:
        """An account (id, username, password_hash, role, created_at), or None."""
        rows = self._q(
            "SELECT id, username, password_hash, role, created_at FROM users WHERE username = :u", {"u": username}
        )
        return rows[0] if rows else None

    def list_users(self) -> list[dict[str, Any]]:
        """Every account (without password hashes)."""
        return self._q("SELECT id, username, role, created_at FROM users ORDER BY username")

    def set_password(self, username: str, password_hash: str) -> None:
        """Replace an account's password hash; audited as 'password_set'."""
        from sqlalchemy import update

        from . import schema as S

        with self._write() as c:
            n = c.execute(
                update(S.users).where(S.users.c.username == username).values(password_hash=password_hash)
            ).rowcount
            if not n:
                raise NotFound(f"{self.path}: no user {username!r}")
            self._audit(c, username, "password_set", f"user:{username}", None, None)

    def review_claim(
        self, username: str, article_id: str, claim_id: str, field: str, value: Any, note: str | None = None
    ) -> dict[str, Any]:
        """Record a reviewer's judgement of one claim, and its audit entry, in one transaction.

        field: one of ``REVIEW_FIELDS`` (chain, stance, verification, place, figure, wrong,
        note); value: the corrected value (a stance or verification must be one the model
        knows; lists and dicts are stored as JSON; for 'wrong' true/false; for 'note' the note).
        Raises :class:`NotFound` (no such user or claim) or :class:`Invalid`. Returns the review
        (id, article_id, claim_id, field, value, note, reviewer, at, before)."""
        from sqlalchemy import insert, select

        from . import schema as S

        if field not in REVIEW_FIELDS:
            raise Invalid(f"{self.path}: cannot review {field!r} (one of {', '.join(REVIEW_FIELDS)})")
        if field == "stance" and value not in STANCES:
            raise Invalid(f"{self.path}: {value!r} is not a stance ({', '.join(STANCES)})")
        if field == "verification" and value not in VERIFICATIONS:
            raise Invalid(f"{self.path}: {value!r} is not a verification ({', '.join(VERIFICATIONS)})")
        if value is not None and not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        with self._write() as c:
            if not c.execute(select(S.users.c.id).where(S.users.c.username == username)).first():
                raise NotFound(f"{self.path}: no user {username!r}")
            claim = c.execute(
                select(S.claims.c[field] if field in ("stance", "verification") else S.claims.c.key).where(
                    S.claims.c.key == R.key(article_id, claim_id)
                )
            ).first()
            if claim is None:
                raise NotFound(f"{self.path}: no claim {claim_id!r} in article {article_id!r}")
            last = c.execute(
                select(S.reviews.c.value)
                .where(
                    S.reviews.c.article_id == article_id,
                    S.reviews.c.claim_id == claim_id,
                    S.reviews.c.field == field,
                )
                .order_by(S.reviews.c.id.desc())
                .limit(1)
            ).first()
            before = last[0] if last else (claim[0] if field in ("stance", "verification") else None)
            now = _now()
            rid = c.execute(
                insert(S.reviews)
                .values(
                    article_id=article_id,
                    claim_id=claim_id,
                    field=field,
                    value=value,
                    note=note,
                    reviewer=username,
                    at=now,
                )
                .returning(S.reviews.c.id)
            ).scalar()
            self._audit(
                c,
                username,
                f"review_{field}",
                R.key(article_id, claim_id),
                before,
                {"value": value, "note": note} if note else value,
            )
        return {
            "id": rid,
            "article_id": article_id,
            "claim_id": claim_id,
            "field": field,
            "value": value,
            "note": note,
            "reviewer": username,
            "at": now,
            "before": before,
        }

    def reviews(self, article_id: str | None = None, claim_id: str | None = None) -> list[dict[str, Any]]:
        """Every review (oldest first), or those of one article / claim."""
        conds, p = [], {}
        if article_id:
            conds.append("article_id = :a")
            p["a"] = article_id
        if claim_id:
            conds.append("claim_id = :c")
            p["c"] = claim_id
        return self._q(
            "SELECT id, article_id, claim_id, field, value, note, reviewer, at FROM reviews"
            + (" WHERE " + " AND ".join(conds) if conds else "")
            + " ORDER BY id",
            p,
        )

    def audit(
        self, username: str | None, action: str, target: str | None = None, before: Any = None, after: Any = None
    ) -> int:
        """Append one entry to the audit log (a login, a logout, a refused attempt); returns its id."""
        with self._write() as c:
            return self._audit(c, username, action, target, before, after)

    def _audit(self, c, username: str | None, action: str, target: str | None, before: Any, after: Any) -> int:
        from sqlalchemy import insert

        from . import schema as S

        def enc(x: Any) -> str | None:
            return x if x is None or isinstance(x, str) else json.dumps(x, ensure_ascii=False)

        return c.execute(
            insert(S.audit_log)
            .values(at=_now(), username=username, action=action, target=target, before=enc(before), after=enc(after))
            .returning(S.audit_log.c.id)
        ).scalar()

    def audit_entries(
        self,
        username: str | None = None,
        action: str | None = None,
        target: str | None = None,
        since: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """The audit log, newest first: id, at, username, action, target, before, after.
        Filters: username, action, target (exact; a claim's target is '<article>:<claim>'),
        since (ISO timestamp)."""
        conds: list[str] = []
        p: dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
        for name, val in (("username", username), ("action", action), ("target", target)):
            if val:
                conds.append(f"{name} = :{name}")
                p[name] = val
        if since:
            conds.append("at >= :since")
            p["since"] = since
        return self._q(
            "SELECT id, at, username, action, target, before, after FROM audit_log"
            + (" WHERE " + " AND ".join(conds) if conds else "")
            + " ORDER BY id DESC LIMIT :limit OFFSET :offset",
            p,
        )

    # -- what the web app's map, timeline, relay graph and drift pages read (serve, #14) --------------
    def drift_report(self, article_id: str, derived_from: str) -> dict[str, Any] | None:
        """The drift report of one stored derivation (``article_id`` copied ``derived_from``), or None."""
        rows = self._q(
            "SELECT report FROM derivations WHERE article_id = :a AND derived_from = :b AND report IS NOT NULL",
            {"a": article_id, "b": derived_from},
        )
        return json.loads(rows[0]["report"]) if rows else None

    def relays(self) -> list[dict[str, Any]]:
        """Who relays whom, most claims first: an outlet relays the nearest source of a chain, each hop the
        next one. Each: relay, relay_name, relay_kind, relayed, relayed_name, relayed_kind, claims. A source
        is its identity when it has one, else its key in its article."""
        return self._q(
            "SELECT relay, relay_name, relay_kind, relayed, relayed_name, relayed_kind, count(*) AS claims FROM ("
            " SELECT 'outlet:' || a.outlet AS relay, a.outlet AS relay_name, 'outlet' AS relay_kind,"
            " coalesce(s.canonical_id, s.key) AS relayed, s.name AS relayed_name, s.kind AS relayed_kind"
            " FROM hops h JOIN articles a ON a.id = h.article_id JOIN sources s ON s.key = h.source"
            " WHERE h.position = 0 AND a.outlet IS NOT NULL"
            " UNION ALL"
            " SELECT coalesce(s1.canonical_id, s1.key), s1.name, s1.kind, coalesce(s2.canonical_id, s2.key),"
            " s2.name, s2.kind FROM hops h1 JOIN hops h2 ON h2.claim = h1.claim AND h2.position = h1.position + 1"
            " JOIN sources s1 ON s1.key = h1.source JOIN sources s2 ON s2.key = h2.source"
            ") e GROUP BY relay, relay_name, relay_kind, relayed, relayed_name, relayed_kind"
            " ORDER BY claims DESC, relay, relayed"
        )

    def places_summary(self) -> list[dict[str, Any]]:
        """Each grounded place with coordinates (by gazetteer id, else name), with how many articles and
        claims name it, most named first: place, name, country, admin1, lat, lon, articles, claims."""
        return self._q(
            "SELECT coalesce(p.gazetteer_id, p.name) AS place, min(p.name) AS name, min(p.country) AS country,"
            " min(p.admin1) AS admin1, avg(p.lat) AS lat, avg(p.lon) AS lon,"
            " count(DISTINCT p.article_id) AS articles, count(DISTINCT cp.claim) AS claims"
            " FROM places p LEFT JOIN claim_places cp ON cp.place = p.key"
            " WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL"
            " GROUP BY coalesce(p.gazetteer_id, p.name) ORDER BY articles DESC, claims DESC, name"
        )

    def clusters_of(self, article_id: str) -> list[dict[str, Any]]:
        """The clusters one article's claims are in: claim_id, cluster_id, label."""
        return self._q(
            "SELECT m.claim_id, m.cluster_id, k.label FROM cluster_members m JOIN clusters k"
            " ON k.cluster_id = m.cluster_id WHERE m.article_id = :a ORDER BY m.claim_id, m.cluster_id",
            {"a": article_id},
        )

    def dated_claims(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Claims that name a resolved date (the date's words occur in the claim), oldest first: value,
        end_value, granularity, date_text, article_id, claim_id, text, outlet, published."""
        found = "instr(c.text, d.text) > 0" if self.dialect == "sqlite" else "strpos(c.text, d.text) > 0"
        return self._q(
            "SELECT d.value, d.end_value, d.granularity, d.text AS date_text, c.article_id, c.claim_id, c.text,"
            " a.outlet, a.published FROM dates d JOIN claims c ON c.article_id = d.article_id"
            " JOIN articles a ON a.id = c.article_id"
            f" WHERE d.value IS NOT NULL AND d.text IS NOT NULL AND d.text <> '' AND {found}"
            " ORDER BY d.value, a.published, a.seq, c.seq LIMIT :limit OFFSET :offset",
            {"limit": int(limit), "offset": int(offset)},
        )

    # -- reporting ----------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts: read, stored, versions, duplicate, rejected (and by reason), extracted, claims."""
        rejected = {
            r["reason"]: r["n"]
            for r in self._q("SELECT reason, count(*) AS n FROM rejected_inputs GROUP BY reason ORDER BY reason")
        }
        stored = self._scalar("SELECT count(*) FROM articles")
        versions = self._scalar("SELECT count(*) FROM articles WHERE version_of IS NOT NULL")
        dups = self._scalar("SELECT count(*) FROM duplicate_inputs")
        return {
            "read": stored + dups + sum(rejected.values()),
            "stored": stored,
            "versions": versions,
            "duplicate": dups,
            "rejected": sum(rejected.values()),
            "rejected_by_reason": rejected,
            "extracted": self._scalar("SELECT count(*) FROM records"),
            "claims": self._scalar("SELECT count(*) FROM claims"),
            "schema_version": self.schema_version,
        }

    def rejections(self) -> list[dict[str, str]]:
        """Every rejected input: input, reason, detail."""
        return self._q("SELECT input, reason, detail FROM rejected_inputs ORDER BY input")

    def dump(self) -> dict[str, list[tuple]]:
        """Every ingest table's rows minus timestamps: what 'the same contents' means in the tests."""
        out = {}
        cols = {
            "articles": "id, seq, content_hash, url, outlet, title, published, authors, text, format, input, version_of",
            "duplicate_inputs": "input, article_id",
            "rejected_inputs": "input, reason, detail",
        }
        for t, c in cols.items():
            out[t] = [tuple(r.values()) for r in self._q(f"SELECT {c} FROM {t} ORDER BY 1")]  # noqa: S608
        return out


class _SeqCache:
    """Claim orders by (data version, filters), least recently used dropped first, at most ``capacity`` ids in
    all; entries of older versions are dropped when a newer version is seen. One computation per key at a
    time: threads asking for a key being computed wait for it instead of repeating the query."""

    def __init__(self, capacity: int) -> None:
        import threading
        from collections import OrderedDict

        self.capacity = capacity
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._size = 0
        self._version = -1
        self._lock = threading.Lock()
        self._pending: dict[Any, threading.Event] = {}

    def has(self, key: Any) -> bool:
        with self._lock:
            return key in self._items

    def get(self, key: Any, version: int, compute) -> Any:
        import threading

        while True:
            with self._lock:
                if version > self._version:
                    self._version = version
                    for k in [k for k in self._items if k[0] < version]:
                        self._size -= len(self._items.pop(k))
                if key in self._items:
                    self._items.move_to_end(key)
                    return self._items[key]
                wait = self._pending.get(key)
                if wait is None:
                    self._pending[key] = threading.Event()
                    break
            wait.wait()
            with self._lock:
                if key in self._items:
                    return self._items[key]
            # the computation failed or was not kept: compute it here (the loop takes the slot)
        try:
            value = compute()
            with self._lock:
                if version >= self._version and len(value) <= self.capacity:
                    self._items[key] = value
                    self._size += len(value)
                    while self._size > self.capacity:
                        _, old = self._items.popitem(last=False)
                        self._size -= len(old)
            return value
        finally:
            with self._lock:
                self._pending.pop(key).set()


def _retry_locked(fn, seconds: float):
    """Call fn, again after a short random wait while SQLite says the database is locked or busy."""
    import random
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            return fn()
        except Exception as e:
            msg = str(e).lower()
            if not ("locked" in msg or "busy" in msg) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.02, 0.2))


def _known_revision(rev: str) -> bool:
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory(str(Path(__file__).parent / "migrations")).get_revision(rev) is not None
    except Exception:
        return False


def _words(q: str) -> list[str]:
    return re.findall(r"\w+\*?", q or "")


def _fts5_query(q: str) -> str:
    """Words as FTS5 phrases (so punctuation in a query is never FTS syntax); 'word*' a prefix."""
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in _words(q))


def _tsquery(q: str) -> str:
    return " & ".join(w.rstrip("*").lower() + (":*" if w.endswith("*") else "") for w in _words(q))


__all__ = [
    "DEFAULT_DB",
    "REVIEW_FIELDS",
    "Conflict",
    "Invalid",
    "NotFound",
    "Store",
    "StoreError",
    "normalise_for_hash",
]

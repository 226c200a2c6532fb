"""The store's tables, defined once for SQLite and PostgreSQL (SQLAlchemy 2 Core).

Every row an extracted record flattens into has a single-column text key (``key``:
``<article id>:<item id>``) so that datasette, and any SQL client, can follow one-column
foreign keys from hops, hedges, quotes, evidence and cluster members to claims and
sources, and from sources to identities. Lists that matter to a reader (a claim's hops,
hedges, places, evidence; a cluster's members, origins, contradictions; a derivation's
drift changes) are tables, not JSON blobs. Full-text search is dialect specific and made
by the migrations: FTS5 tables ``claims_fts`` / ``articles_fts`` on SQLite, a generated
``tsvector`` column with a GIN index on PostgreSQL.

Dates and timestamps are ISO-8601 text on both backends, so that they sort and compare
the same everywhere and read as they were written.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

CLAIM_SEQ_STRIDE = 1_000_000  # claims per article, at most, in the store-wide claim order


def _fk(target: str, **kw) -> ForeignKey:
    return ForeignKey(target, **kw)


articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False),  # insertion order on both backends (SQLite's rowid is not portable)
    Column("content_hash", Text, nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", Text),
    Column("authors", Text),  # JSON list of names
    Column("text", Text, nullable=False),
    Column("format", Text),
    Column("input", Text, nullable=False),
    Column("version_of", Text, _fk("articles.id")),
    Column("ingested_at", Text, nullable=False),
    Column("language", Text),  # ISO 639-1 code the input declared (revision 0003)
    Column("extra", Text),  # JSON: what the reader knew beyond these fields (revision 0003)
    Index("articles_url", "url"),
    Index("articles_seq", "seq"),
    Index("articles_published", "published"),
)

duplicate_inputs = Table(
    "duplicate_inputs",
    metadata,
    Column("input", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
)

rejected_inputs = Table(
    "rejected_inputs",
    metadata,
    Column("input", Text, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("detail", Text),
)

records = Table(
    "records",
    metadata,
    Column("article_id", Text, _fk("articles.id"), primary_key=True),
    Column("record_json", Text, nullable=False),
    Column("pipeline", Text),
    Column("extracted_at", Text, nullable=False),
)

identities = Table(
    "identities",
    metadata,
    Column("canonical_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text),
    Column("side", Text),
    Column("first_seen_article", Text),
)

sources = Table(
    "sources",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("source_id", Text, nullable=False),
    Column("name", Text),
    Column("kind", Text),
    Column("side", Text),
    Column("description", Text),
    Column("canonical_id", Text, _fk("identities.canonical_id")),
    UniqueConstraint("article_id", "source_id"),
    Index("sources_canonical", "canonical_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("key", Text, primary_key=True),
    # the order claims are read in, store-wide: article seq * CLAIM_SEQ_STRIDE + the claim's place in its
    # article, so that a page of claims is an index range, not a sort of every claim (revision 0002)
    Column("seq", BigInteger, nullable=False),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("claim_id", Text, nullable=False),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("stance", Text),
    Column("verification", Text),
    Column("is_quote", Integer),
    Column("headline", Integer),
    Column("chain", Text),  # readable: "General Staff (military, ua) <- Reuters (media_outlet, international)"
    Column("hedges", Text),  # readable: "reportedly; allegedly"
    Column("origin", Text, _fk("sources.key")),  # the last hop: where the chain starts
    UniqueConstraint("article_id", "claim_id"),
    Index("claims_article", "article_id"),
    Index("claims_seq", "seq"),
    # revision 0005: the claims list filtered by stance or verification reads an index range
    Index("claims_stance", "stance", "seq"),
    Index("claims_verification", "verification", "seq"),
)

hops = Table(
    "hops",
    metadata,
    Column("claim", Text, _fk("claims.key"), nullable=False),
    Column("position", Integer, nullable=False),  # 0 = the nearest source, the last = the origin
    Column("article_id", Text, nullable=False),
    Column("source", Text, _fk("sources.key")),
    Column("cue", Text),
    Column("channel", Text),
    Column("date", Text),
    PrimaryKeyConstraint("claim", "position"),
    Index("hops_source", "source"),
)

hedges = Table(
    "hedges",
    metadata,
    Column("claim", Text, _fk("claims.key"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("article_id", Text, nullable=False),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
    PrimaryKeyConstraint("claim", "position"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("quote_id", Text, nullable=False),
    Column("text", Text),
    Column("speaker", Text, _fk("sources.key")),
    Column("cue", Text),
)

evidence = Table(
    "evidence",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("evidence_id", Text, nullable=False),
    Column("text", Text),
    Column("kind", Text),
    Column("released_by", Text, _fk("sources.key")),
    Column("date", Text),
    Column("verification", Text),
)

claim_evidence = Table(
    "claim_evidence",
    metadata,
    Column("claim", Text, _fk("claims.key"), nullable=False),
    Column("evidence", Text, _fk("evidence.key"), nullable=False),
    Column("article_id", Text, nullable=False),
    PrimaryKeyConstraint("claim", "evidence"),
)

places = Table(
    "places",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("place_id", Text, nullable=False),
    Column("text", Text),
    Column("name", Text),
    Column("country", Text),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", Text),
    Column("gazetteer_id", Text),
    Index("places_name", "name"),
)

claim_places = Table(
    "claim_places",
    metadata,
    Column("claim", Text, _fk("claims.key"), nullable=False),
    Column("place", Text, _fk("places.key"), nullable=False),
    Column("article_id", Text, nullable=False),
    PrimaryKeyConstraint("claim", "place"),
    Index("claim_places_place", "place"),
)

dates = Table(
    "dates",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("date_id", Text, nullable=False),
    Column("text", Text),
    Column("value", Text),
    Column("end_value", Text),
    Column("granularity", Text),
    Column("relation", Text),
)

quantities = Table(
    "quantities",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("quantity_id", Text, nullable=False),
    Column("text", Text),
    Column("value", Float),
    Column("value_max", Float),
    Column("unit", Text),
    Column("qualifier", Text),
    Column("kind", Text),
)

# -- links: each kept with the run that made it ------------------------------
link_runs = Table(
    "link_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("articles", Integer, nullable=False),  # how many articles the run linked
)

derivations = Table(
    "derivations",
    metadata,
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("derived_from", Text, _fk("articles.id"), nullable=False),
    Column("kind", Text),
    Column("similarity", Float),
    Column("run", Integer, _fk("link_runs.id")),
    Column("report", Text),  # the drift report as linking made it (JSON); its changes are rows of drift_changes
    PrimaryKeyConstraint("article_id", "derived_from"),
    Index("derivations_from", "derived_from"),  # revision 0004: an article page finds who copied it
)

drift_changes = Table(
    "drift_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, _fk("articles.id"), nullable=False),  # the derived article
    Column("derived_from", Text, _fk("articles.id"), nullable=False),
    Column("type", Text, nullable=False),  # hedge_dropped, verification_dropped, attribution_removed, ...
    Column("hedge", Text),
    Column("was", Text),
    Column("now", Text),
    Column("original_text", Text),
    Column("derived_text", Text),
    Index("drift_changes_pair", "article_id", "derived_from"),
    Index("drift_changes_from", "derived_from"),  # revision 0004
)

clusters = Table(
    "clusters",
    metadata,
    Column("cluster_id", Text, primary_key=True),  # "<run>:<id in the corpus record>"
    Column("run", Integer, _fk("link_runs.id")),
    Column("label", Text),
    Column("independent_confirmations", Integer),
    Column("first_reported_article", Text, _fk("articles.id")),
    Column("first_reported_date", Text),
    Column("reliability", Text),  # Admiralty grade: A-F
    Column("credibility", Integer),  # Admiralty grade: 1-6
    Column("grade_reason", Text),
)

cluster_members = Table(
    "cluster_members",
    metadata,
    Column("cluster_id", Text, _fk("clusters.cluster_id"), nullable=False),
    Column("claim", Text, _fk("claims.key"), nullable=False),
    Column("article_id", Text, _fk("articles.id"), nullable=False),
    Column("claim_id", Text, nullable=False),
    PrimaryKeyConstraint("cluster_id", "claim"),
    Index("cluster_members_article", "article_id"),  # revision 0004: the clusters of one article's claims
)

cluster_origins = Table(
    "cluster_origins",
    metadata,
    Column("cluster_id", Text, _fk("clusters.cluster_id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("origin", Text, nullable=False),  # an identity id or a source key made by linking
    PrimaryKeyConstraint("cluster_id", "position"),
)

contradictions = Table(
    "contradictions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("cluster_id", Text, _fk("clusters.cluster_id"), nullable=False),
    Column("claim", Text, _fk("claims.key")),
    Column("article_id", Text, _fk("articles.id")),
    Column("claim_id", Text),
    Column("why", Text),
)

# -- review: people, their judgements, and the log of every change ------------
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", Text, nullable=False, server_default="reviewer"),
    Column("created_at", Text, nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # keyed by the article and claim ids, not by a claim row: a re-extract or a re-link rewrites
    # the claim rows, and the reviewer's judgement must outlive them
    Column("article_id", Text, nullable=False),
    Column("claim_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", Text),
    Column("note", Text),
    Column("reviewer", Text, nullable=False),
    Column("at", Text, nullable=False),
    Index("reviews_claim", "article_id", "claim_id"),
)

# revision 0004: one row, its counter raised by every write transaction of the store. Readers key
# caches by it (the web app's pages and query results), so any write -- an ingest, a re-link, a
# review -- is seen by the next read, in this process or another
store_version = Table(
    "store_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", BigInteger, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("username", Text),
    Column("action", Text, nullable=False),
    Column("target", Text),
    Column("before", Text),
    Column("after", Text),
    Index("audit_target", "target"),
)

# the rows one article's record flattens into, children before parents (delete order)
RECORD_TABLES = (
    claim_evidence,
    claim_places,
    hedges,
    hops,
    claims,
    quotes,
    evidence,
    places,
    dates,
    quantities,
    sources,
    records,
)

# SQLite full text search: FTS5 over the content tables, kept in step by triggers. The
# content="..." double quotes are what datasette looks for to show its search box.
SQLITE_FTS = [
    'CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles")',
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END""",
    'CREATE VIRTUAL TABLE claims_fts USING fts5(text, chain, content="claims")',
    """CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, chain) VALUES (new.rowid, new.text, new.chain);
END""",
    """CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, chain) VALUES ('delete', old.rowid, old.text, old.chain);
END""",
    """CREATE TRIGGER claims_fts_au AFTER UPDATE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, chain) VALUES ('delete', old.rowid, old.text, old.chain);
  INSERT INTO claims_fts(rowid, text, chain) VALUES (new.rowid, new.text, new.chain);
END""",
]

# PostgreSQL full text search: a generated tsvector per searchable table, GIN indexed. The
# 'simple' configuration: no stemming dictionary is right for every language we read.
POSTGRES_FTS = [
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED",
    "CREATE INDEX articles_tsv ON articles USING gin(tsv)",
    "ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(text, '') || ' ' || coalesce(chain, ''))) STORED",
    "CREATE INDEX claims_tsv ON claims USING gin(tsv)",
]

# one row per claim, as a person reads it (datasette shows views like tables)
CLAIMS_VIEW = """CREATE VIEW claims_view AS
SELECT c.key AS claim, c.article_id, a.outlet, a.published, a.title, c.text, c.chain, c.hedges,
       c.stance, c.verification,
       (SELECT {agg} FROM claim_places cp JOIN places p ON p.key = cp.place WHERE cp.claim = c.key) AS places,
       (SELECT count(*) FROM reviews r WHERE r.article_id = c.article_id AND r.claim_id = c.claim_id) AS reviews,
       a.url
FROM claims c JOIN articles a ON a.id = c.article_id"""

VIEW_AGG = {"sqlite": "group_concat(p.name, '; ')", "postgresql": "string_agg(p.name, '; ')"}

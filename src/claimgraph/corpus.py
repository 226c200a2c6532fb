"""The Corpus facade: what the command line and the server call.

``Corpus("claimgraph.db")`` wraps one store and offers the day's work as one call each: ingest, extract
(from files or from the store itself), link, drift, show, stats, list_articles, search and export. Long calls
tell a ``Reporter`` how far they are (the CLI draws progress bars from it; the server passes none), and
every input that cannot be used is named in one line through ``Reporter.problem``; the calls never
print.

A reading call (``show``, ``list``, ``search``, ``stats``, ``export``...) on a store that does not exist
raises ``NoStore`` instead of creating an empty one; every store failure is a ``StoreError`` with a
one-line message.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from .ingest import RawArticle, Rejection, Skipped, count_items, read_inputs
from .model import ArticleRecord, CorpusRecord
from .settings import IngestSettings, load_settings
from .store import Store, StoreError

# -- what a long call reports ---------------------------------------------------------------------


class Reporter:
    """Told by long calls how far they are. The default does nothing; the CLI's draws bars."""

    def loading(self, what: str) -> None:
        """A slow resource is being loaded (the spaCy model, the gazetteer)."""

    def start(self, label: str, total: int | None) -> None:
        """A counted stage begins (``total`` None when it cannot be known cheaply)."""

    def advance(self, n: int = 1) -> None:
        """``n`` more items of the current stage are done."""

    def problem(self, message: str) -> None:
        """One input could not be used (or needs a person's attention): a one-line message naming it."""

    def finish(self) -> None:
        """The current stage is over."""


class NoStore(StoreError):
    """A reading command named a store that does not exist (never created by reading)."""


class UnknownArticle(LookupError):
    """No article (or no extracted record) with this id in the store."""


# -- inputs: the store's own files, publication dates ------------------------------------------------

_PARTIAL_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?$")


def valid_published(value: str) -> bool:
    """An ISO date (``2025-03-01``, ``2025-03``, ``2025``) or date-time (``2025-03-01T08:30:00+02:00``)."""
    if _PARTIAL_DATE.match(value):
        try:
            parts = [int(x) for x in value.lstrip("-").split("-")]
            if len(parts) == 3:
                date(*parts)
            elif len(parts) == 2 and not 1 <= parts[1] <= 12:
                return False
            return True
        except ValueError:
            return False
    try:
        datetime.fromisoformat(value)
        return True
    except ValueError:
        return False


def store_files(db: str | Path | None) -> list[Path]:
    """The store's own files, never read as inputs (``ingest .`` in the folder that holds the store)."""
    if db is None:
        return []
    p = Path(db)
    return [p, *(p.with_name(p.name + s) for s in ("-wal", "-shm", "-journal"))]


def read(
    paths: Iterable[str | Path],
    published: str | None = None,
    store_path: str | Path | None = None,
    limits: IngestSettings | None = None,
) -> Iterator[RawArticle | Rejection | Skipped]:
    """Every article of the inputs, as the readers give them (a ``NAME.meta.json`` beside a text or
    HTML file sets its metadata), the store's own files skipped, and ``published`` dating an article
    that has no date of its own or from its metadata file. ``limits``: the size caps applied while
    reading (default: the ``[ingest]`` section of the settings, ``claimgraph.toml`` included)."""
    if limits is None:
        limits = load_settings().ingest
    return read_inputs(
        paths,
        exclude=store_files(store_path),
        defaults={"published": published} if published else None,
        limits=limits,
    )


def count_articles(paths: Iterable[str | Path], store_path: str | Path | None = None) -> int | None:
    """How many items ``read`` will yield, where that is cheap to know (None for a WARC archive)."""
    return count_items(paths, exclude=store_files(store_path))


# -- record files: collision-free, length-capped names ---------------------------------------------

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,149}")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")


def record_filename(article_id: str, salt: str = "") -> str:
    """The file name of an article record in ``extract --out``: ``<id>.json`` when the id is already a safe
    name (letters, digits, ``.``, ``_``, ``-``; at most 150 characters); otherwise a readable prefix of the
    id, ``~`` and 16 hex digits of the SHA-256 of the id, so ``a/b`` and ``a_b`` are two files and a
    300-byte id still fits. ``~`` never appears in a safe id, so the two kinds of name cannot collide.
    ``salt`` (two inputs given one id) goes into the hash."""
    if not salt and _SAFE_ID.fullmatch(article_id) and not article_id.endswith("."):
        return article_id + ".json"
    prefix = _UNSAFE_RUN.sub("_", article_id)[:60].strip("._") or "article"
    digest = hashlib.sha256((article_id + ("\0" + salt if salt else "")).encode("utf-8", "surrogatepass"))
    return f"{prefix}~{digest.hexdigest()[:16]}.json"


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a kill leaves the old file or the new one, never a part (temp file, rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


class RecordFolder:
    """``extract --out DIR``: one record file per input article; two inputs with one id get two files."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ids: dict[str, str] = {}  # id -> the input that first gave it, this run
        self.names: set[str] = set()  # file names used this run (lower-cased: case-insensitive file systems)

    def write(self, rec: ArticleRecord, locator: str) -> tuple[Path, str | None]:
        """Write one record; returns its path and, when its id was already given this run, a warning."""
        aid = rec.article.id
        warning = None
        name = record_filename(aid)
        if aid in self.ids or name.lower() in self.names:
            name = record_filename(aid, salt=locator)
            first = self.ids.get(aid)
            warning = (
                f"{locator}: id {aid!r} was already given to {first}; written to {name}, not merged"
                if first
                else f"{locator}: file name of id {aid!r} clashes with another id's; written to {name}"
            )
        self.ids.setdefault(aid, locator)
        self.names.add(name.lower())
        path = self.folder / name
        write_atomic(path, rec.to_json().decode("utf-8"))  # compact, by orjson, without an asdict copy
        return path, warning


# -- the components below the facade (one place to follow their renames) ---------------------------


def _extract_stream(items: Iterable[Any]) -> Iterator[tuple[Any, ArticleRecord | None]]:
    from .extract import extract_stream

    return extract_stream(items)


def _pipeline() -> dict[str, str]:
    """What makes a record today: component name -> version, and the spaCy model (kind ``spacy_model``)."""
    from .extract.nlp import model_info
    from .extract.pipeline import default_pipeline
    from .settings import Settings

    current = {c.name: c.version for c in default_pipeline(Settings()).components}
    model = model_info()
    current[model["name"]] = model["version"]
    return current


def _load_model(reporter: Reporter) -> None:
    """Load the spaCy model and the gazetteer up front, saying so, so that a progress bar never sits at 0
    for seconds while they load inside the first article."""
    from .extract.nlp import MODEL_NAMES, get_nlp

    loaded = False
    if get_nlp.cache_info().currsize == 0:
        reporter.loading(f"spaCy model ({' or '.join(MODEL_NAMES)})")
        loaded = True
    get_nlp()
    from .ground import gazetteer

    if gazetteer.index.cache_info().currsize == 0:
        reporter.loading("gazetteer (GeoNames cities1000 and cities500, supplement)")
        gazetteer.index()
        loaded = True
    if loaded:  # once per process: what is frozen is never collected
        _freeze_loaded()


def _freeze_loaded() -> None:
    """Move what loading made (the model, the gazetteer index: about a million objects that live as long
    as the process) out of the garbage collector's sight, so that the full collections set off while
    articles are extracted walk only the objects made since (``gc.freeze``; nothing is ever freed there).
    No full collection first: it walks every object loaded to free a few dozen (0.24 s of start-up)."""
    import gc

    gc.freeze()


def _link_records(records: list[ArticleRecord], known: Any = None) -> CorpusRecord:
    from .link import link_records

    return link_records(records, known)


def _drift(original: ArticleRecord, derived: ArticleRecord) -> dict[str, Any]:
    from .link.drift import drift

    return drift(original, derived)


def _stale(pipeline: list[dict[str, str]], current: dict[str, str]) -> bool:
    """A record is stale when a component (or the spaCy model) that made it has another version today,
    or when it names none of today's components (a record from before components were named). A
    component a language's pipeline leaves out is not a reason: its records would never be fresh."""
    made = {str(p.get("name")): p.get("version") for p in pipeline if isinstance(p, dict)}
    shared = made.keys() & current.keys()
    if not shared:
        return True
    return any(made[name] != current[name] for name in shared)


# -- results ---------------------------------------------------------------------------------------


@dataclass
class IngestResult:
    counts: dict[str, int] = field(
        default_factory=lambda: {
            "stored": 0,
            "version": 0,
            "duplicate": 0,
            "unchanged": 0,
            "rejected": 0,
            "renamed": 0,  # of the stored: the id the input gave was another article's already
            "skipped": 0,
        }
    )

    @property
    def rejected(self) -> int:
        return self.counts["rejected"]

    @property
    def problems(self) -> int:
        return self.counts["rejected"] + self.counts["renamed"]

    def summary(self) -> dict[str, int]:
        c = dict(self.counts)
        c["read"] = sum(v for k, v in c.items() if k not in ("skipped", "renamed"))
        return c


@dataclass
class ExtractResult:
    extracted: int = 0
    rejected: int = 0
    reported: int = 0  # ids given twice, components that failed: written, but a person should look
    skipped: int = 0
    pending: int = 0  # extract --db: stored articles that needed a record at the start
    out: str | None = None

    @property
    def problems(self) -> int:
        return self.rejected + self.reported


# -- the facade ------------------------------------------------------------------------------------


class Corpus:
    """One store and the work done on it. ``create=False`` for reading: a missing store is ``NoStore``."""

    def __init__(self, db: str | Path = "claimgraph.db", create: bool = True) -> None:
        self.path = str(db)
        self.create = create
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            if not self.create and "://" not in self.path and not Path(self.path).exists():  # a URL: the server says
                raise NoStore(f"{self.path}: no such database (run 'claimgraph ingest', 'extract --db' or 'demo')")
            self._store = Store(self.path, create=self.create)  # every failure is one-line StoreError
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------------------------
    def ingest(
        self, paths: Iterable[str | Path], published: str | None = None, reporter: Reporter | None = None
    ) -> IngestResult:
        """Read every input into the store (idempotent: a rerun stores nothing twice)."""
        rep = reporter or Reporter()
        paths = list(paths)
        res = IngestResult()
        st = self.store
        rep.start("ingest", count_articles(paths, self.path))
        for item in read(paths, published, self.path):
            if isinstance(item, RawArticle):
                again = self._already_read(item.locator)
                status = st.add(item)
                if status == "duplicate" and again:
                    status = "unchanged"  # the same input read again: counted apart, as stats counts
                elif status in ("stored", "version") and self._renamed(item, rep):
                    res.counts["renamed"] += 1
            else:
                status = st.add(item)
            res.counts[status] += 1
            if isinstance(item, Rejection):
                rep.problem(item.message())
            rep.advance()
        rep.finish()
        return res

    # -- extract -----------------------------------------------------------------------------------
    def extract(
        self,
        paths: Iterable[str | Path] | None = None,
        out: str | Path | None = None,
        published: str | None = None,
        reporter: Reporter | None = None,
        use_store: bool = True,
        stream: Callable[[Iterable[Any]], Iterator[tuple[Any, ArticleRecord | None]]] | None = None,
        load_model: bool = True,
    ) -> ExtractResult:
        """Extract article records. With ``paths``: every article of the inputs, written to ``out`` (one
        file each) and, with ``use_store``, stored with its record. Without: every stored article that has
        no record yet, or one made by older component versions (resumable: kill it, run it again).
        ``stream``: the runner (``extract_stream``'s contract; the CLI passes scale's, for --workers).
        ``load_model``: load the model here first (False when ``stream`` extracts in other processes,
        which load it themselves: this process then starts them at once)."""
        self._stream = stream or _extract_stream
        rep = reporter or Reporter()
        if load_model:
            _load_model(rep)
        res = ExtractResult(out=str(out) if out else None)
        folder = RecordFolder(out) if out else None
        if paths is None:
            return self._extract_stored(folder, rep, res)
        paths = list(paths)
        st = self.store if use_store else None
        touched: list[str] = []
        rep.start("extract", count_articles(paths, self.path if use_store else None))
        for item, rec in self._stream(read(paths, published, self.path if use_store else None)):
            rep.advance()
            if isinstance(item, Skipped):
                res.skipped += 1
                continue
            if rec is None:
                res.rejected += 1
                rep.problem(item.message())
                if st:
                    st.add(item)
                continue
            for err in rec.errors:
                rep.problem(f"{item.locator}: component {err['component']} failed ({err['error']})")
            if folder:
                _path, warning = folder.write(rec, item.locator)
                if warning:
                    res.reported += 1
                    rep.problem(warning)
            res.extracted += 1
            if st:
                status = st.add(item)
                if status in ("stored", "version") and self._renamed(item, rep):
                    res.reported += 1
                sid = self._stored_id(item)
                if sid is None:
                    continue
                touched.append(sid)
                if self._stored_text_is(sid, item) and not self._has_record(sid):
                    # the article was stored under this input's text: its record is this one, under the
                    # stored id (an id re-used with another text was stored under a new id)
                    st.save_record(rec if sid == rec.article.id else _with_id(rec, sid))
        rep.finish()
        if st:
            # duplicates whose stored article has no record yet (an earlier run killed in between)
            missing = [a for a in dict.fromkeys(touched) if not self._has_record(a)]
            if missing:
                self._extract_ids(missing, None, rep, ExtractResult())
        return res

    def pending(self) -> list[str]:
        """Stored articles that need a record: none yet, or one made by older component versions."""
        current = _pipeline()
        have = self._record_pipelines()
        out = []
        for aid in self._article_ids():
            made = have.get(aid)
            if made is None or _stale(made, current):
                out.append(aid)
        return out

    def _extract_stored(self, folder: RecordFolder | None, rep: Reporter, res: ExtractResult) -> ExtractResult:
        ids = self.pending()
        res.pending = len(ids)
        return self._extract_ids(ids, folder, rep, res)

    def _extract_ids(
        self, ids: list[str], folder: RecordFolder | None, rep: Reporter, res: ExtractResult
    ) -> ExtractResult:
        st = self.store
        rep.start("extract", len(ids))

        def articles() -> Iterator[RawArticle]:
            for i in range(0, len(ids), 256):
                yield from st.articles(ids[i : i + 256])

        for item, rec in getattr(self, "_stream", _extract_stream)(articles()):
            if rec is None:  # a stored article the readers accepted is not rejected now, but say so
                res.rejected += 1
                rep.problem(item.message() if hasattr(item, "message") else f"{item.locator}: not extracted")
                continue
            for err in rec.errors:
                rep.problem(f"{rec.article.id}: component {err['component']} failed ({err['error']})")
            st.save_record(rec)  # one transaction per article: a kill loses at most the one in hand
            if folder:
                _path, warning = folder.write(rec, item.locator)
                if warning:
                    res.reported += 1
                    rep.problem(warning)
            res.extracted += 1
            rep.advance()
        rep.finish()
        return res

    # -- link and drift ----------------------------------------------------------------------------
    def records(self) -> list[ArticleRecord]:
        return list(self.store.records())

    def link(self, records: list[ArticleRecord] | None = None, reporter: Reporter | None = None) -> CorpusRecord:
        """Link records into the corpus record. Without ``records``: the whole store, relinked as one, and
        the links saved (every stored article takes part, so no earlier link is lost)."""
        rep = reporter or Reporter()
        whole = records is None
        recs = self.records() if records is None else records
        rep.start(f"link {len(recs)} records", None)
        corpus = _link_records(recs, self.store.known_identities() if whole else None)
        rep.finish()
        if whole:
            self.store.save_corpus(corpus)
        return corpus

    def save_links(self, corpus: CorpusRecord) -> None:
        self.store.save_corpus(corpus)

    def drift(self, original: str | None = None, derived: str | None = None) -> list[dict[str, Any]]:
        """The drift report of two stored articles, or of every stored derivation."""
        if original is None and derived is None:
            return self.store.drift_reports()
        if not (original and derived):
            raise ValueError("give both ORIGINAL and DERIVED, or neither (every stored derivation)")
        return [_drift(self.show(original), self.show(derived))]

    # -- reading -----------------------------------------------------------------------------------
    def show(self, article_id: str) -> ArticleRecord:
        rec = self.store.record(article_id)
        if rec is None:
            if self.store.get_article(article_id) is not None:
                raise UnknownArticle(f"{article_id}: stored but not extracted yet (run 'claimgraph extract --db')")
            raise UnknownArticle(f"{article_id}: no article with this id in {self.path} (see 'claimgraph list')")
        return rec

    def stats(self) -> dict[str, Any]:
        s = self.store.stats()
        s["not_extracted"] = len(self.store.unextracted_ids())  # (stale records: 'extract --db' says)
        return s

    def identities(self) -> list[dict[str, Any]]:
        return self.store.identities()

    def list_articles(
        self,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        extracted: bool | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored articles (id, outlet, published, title, claim count: None when not extracted yet), in
        the order stored; filters combine (outlet: case-insensitive; since/until: ISO dates, inclusive)."""
        rows = []
        page = 500
        offset = 0
        while True:
            got = self.store.list_articles(outlet=outlet, since=since, until=until, limit=page, offset=offset)
            for r in got:
                if extracted is None or r["extracted"] == extracted:
                    if not r["extracted"]:
                        r["claims"] = None
                    rows.append(r)
            offset += page
            if len(got) < page or (limit and len(rows) >= limit):
                break
        return rows[:limit] if limit else rows

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over claims (text and chain) and articles (title and text): every word of
        the query, ``word*`` a prefix; each claim hit with its article and chain (``chain_text``)."""
        return self.store.search(query, limit=limit)

    def derivations(self) -> list[dict[str, Any]]:
        """Who copied whom: article, derived_from, kind, similarity, both outlets (the store's rows)."""
        return self.store.derivations()

    def clusters(self) -> list[dict[str, Any]]:
        """Claim clusters with their members (article_id, claim_id, ...), origins, grade."""
        return self.store.clusters()

    def reviewed(self) -> set[tuple[str, str]]:
        """(article id, claim id) of every claim a person has reviewed."""
        return {(r["article_id"], r["claim_id"]) for r in self.store.reviews()}

    # -- export ------------------------------------------------------------------------------------
    def export(self, fmt: str, out: IO[str]) -> int:
        """Write the store in one export format (a plugin: ``claimgraph_exporters``); returns the count of
        items written (rows, features, lines or nodes, as the format counts them)."""
        from .export import Bundle
        from .plugins import exporters

        known = exporters()
        if fmt not in known:
            raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(sorted(known))})")
        bundle = Bundle(
            records=self.store.records(),
            derivations=self.derivations(),
            clusters=self.clusters(),
            reviewed=self.reviewed(),
        )
        return known[fmt].write(bundle, out)

    # -- demo --------------------------------------------------------------------------------------
    def demo(self, reporter: Reporter | None = None) -> dict[str, Any]:
        """The bundled examples, end to end: ingest, extract what the store lacks, link the whole store."""
        from importlib import resources

        rep = reporter or Reporter()
        ex = resources.files("claimgraph").joinpath("examples")
        with resources.as_file(ex) as folder:
            ingested = self.ingest([Path(folder) / "articles.jsonl"], reporter=rep)
        self.extract(None, reporter=rep)
        corpus = self.link(reporter=rep)
        return {"ingest": ingested.summary(), "corpus": corpus, "records": self.records()}

    # -- store reads the store's API does not offer (narrow, parameterised, read-only) ----------------
    def _sql(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        return self.store._q(sql, params)

    def _article_ids(self) -> list[str]:
        return [r["id"] for r in self._sql("SELECT id FROM articles ORDER BY seq")]

    def _record_pipelines(self) -> dict[str, list[dict[str, str]]]:
        out = {}
        for r in self._sql("SELECT article_id, pipeline FROM records"):
            try:
                out[r["article_id"]] = json.loads(r["pipeline"] or "[]")
            except json.JSONDecodeError:
                out[r["article_id"]] = []
        return out

    def _already_read(self, locator: str) -> bool:
        """Whether this input was read by an earlier run (its article, or a duplicate of one, is stored)."""
        return bool(
            self._sql(
                "SELECT 1 FROM articles WHERE input = :i UNION ALL SELECT 1 FROM duplicate_inputs WHERE input = :i",
                i=locator,
            )
        )

    def _stored_id(self, item: RawArticle) -> str | None:
        row = self._sql("SELECT id FROM articles WHERE content_hash = :h", h=item.content_hash)
        return row[0]["id"] if row else None

    def _stored_text_is(self, sid: str, item: RawArticle) -> bool:
        row = self._sql("SELECT input FROM articles WHERE id = :a", a=sid)
        return bool(row) and row[0]["input"] == item.locator

    def _renamed(self, item: RawArticle, rep: Reporter) -> bool:
        """Whether a new article had to be stored under another id than its input gave (the id is taken
        by another text): reported, never merged."""
        sid = self._stored_id(item)
        if item.id is None or sid is None or sid == item.id:
            return False
        rep.problem(f"{item.locator}: id {item.id!r} is already another article's; stored as {sid!r}")
        return True

    def _has_record(self, aid: str) -> bool:
        return bool(self._sql("SELECT 1 FROM records WHERE article_id = :a", a=aid))


def _with_id(rec: ArticleRecord, article_id: str) -> ArticleRecord:
    d = rec.to_dict()
    d["article"]["id"] = article_id
    return ArticleRecord.from_dict(d)


def _chain(rec: ArticleRecord, claim: Any) -> str:
    from .render import chain_text

    return chain_text(rec, claim)

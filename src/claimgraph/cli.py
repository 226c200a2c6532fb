"""The claimgraph command line: a thin click layer over ``corpus.Corpus``.

Each command parses its options and makes one call on the facade; every text view comes from
``render``. Everything printed goes through ``render.clean`` (article text is untrusted in a terminal).

Exit codes: 0 every input accepted; 1 some inputs were rejected or need attention (each named in one
line on stderr, the rest processed); 2 usage error (a bad option, a missing store, an unknown article
id); 3 nothing could be done (no spaCy model; a corrupt, unreadable or read-only store).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import render
from .corpus import Corpus, NoStore, Reporter, UnknownArticle, valid_published
from .store import StoreError

EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_FATAL = 3


class Fatal(click.ClickException):
    """Nothing could be done (exit 3): the message is one line a person can act on."""

    exit_code = EXIT_FATAL

    def format_message(self) -> str:
        return render.one_line(self.message)


class UsageProblem(click.ClickException):
    """A usage error found after parsing (exit 2): a missing store, an unknown id."""

    exit_code = EXIT_USAGE

    def format_message(self) -> str:
        return render.one_line(self.message)


def out(text: str = "") -> None:
    click.echo(render.clean(text))


def err(text: str) -> None:
    click.echo(render.one_line(text), err=True)


def store_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Every store failure as one line and a documented exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NoStore as e:
            raise UsageProblem(str(e)) from e
        except UnknownArticle as e:
            raise UsageProblem(str(e.args[0])) from e
        except StoreError as e:
            raise Fatal(str(e)) from e
        except sqlite3.Error as e:  # a store that broke mid-run (corrupt page, disk full, read-only)
            raise Fatal(f"the database failed: {e}") from e
        except _model_missing() as e:
            raise Fatal(str(e)) from e

    return wrapper


def _model_missing() -> type[Exception]:
    from .extract.nlp import ModelMissing

    return ModelMissing


class CliReporter(Reporter):
    """Progress bars on stderr (only on a terminal), loading lines and problems on stderr always."""

    def __init__(self) -> None:
        self.progress: Any = None
        self.task: Any = None

    def _console(self) -> Any:
        from rich.console import Console

        return Console(stderr=True)

    def loading(self, what: str) -> None:
        err(f"loading {what} ...")

    def start(self, label: str, total: int | None) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.finish()
        if not sys.stderr.isatty():
            return
        cols: list[Any] = [TextColumn(render.one_line(label))]
        cols += [BarColumn(), MofNCompleteColumn()] if total is not None else [SpinnerColumn()]
        self.progress = Progress(*cols, TimeElapsedColumn(), transient=True, console=self._console())
        self.progress.start()
        self.task = self.progress.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, n)

    def problem(self, message: str) -> None:
        if self.progress is not None:
            self.progress.console.print(render.one_line(message), markup=False, highlight=False)
        else:
            err(message)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


# -- reusable options -----------------------------------------------------------------------------


def db_option(help: str = "SQLite database file.", default: str | None = "claimgraph.db") -> Callable:
    return click.option(
        "--db",
        default=default,
        show_default=default is not None,
        type=click.Path(dir_okay=False),
        help=help,
    )


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _check_published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not valid_published(value):
        raise click.BadParameter(f"{value!r} is not an ISO date (2025-03-01) or date-time")
    return value


published_option = click.option(
    "--published",
    callback=_check_published,
    metavar="DATE",
    help="Publication date (ISO) for articles that have none of their own or in a <name>.meta.json file.",
)


class SafeGroup(click.Group):
    """Click's own messages quote what the user typed (a path, an option value), which may hold escape
    codes as much as an article title: they are cleaned before click prints them."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as e:
            object.__setattr__(e, "message", render.one_line(e.message))  # Final in click 8.5's types
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as e:
            object.__setattr__(e, "message", render.one_line(e.message))  # Final in click 8.5's types
            raise


@click.group(cls=SafeGroup)
@click.version_option(package_name="claimgraph")
def main() -> None:
    """Turn conflict reporting into an auditable record of claims."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option()
@published_option
@json_option
@store_errors
def ingest(paths: tuple[str, ...], db: str, published: str | None, as_json: bool) -> None:
    """Read text, HTML, RSS/Atom, WARC and JSONL inputs into the store (idempotent)."""
    with Corpus(db) as corpus:
        res = corpus.ingest(paths, published=published, reporter=CliReporter())
    counts = res.summary()
    out(json.dumps(counts) if as_json else render.ingest_summary(counts))
    sys.exit(EXIT_REJECTED if res.problems else 0)


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...", type=click.Path(exists=True))
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Folder for the records, one <id>.json each.")
@db_option("Also store articles and records here; with no INPUT, extract the stored articles.", default=None)
@published_option
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Processes to extract in [default: every core]."
)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True, help="Where to run.")
@click.option("--ray-address", default=None, help="Ray cluster to join (--engine ray; default: a local Ray).")
@store_errors
def extract(
    inputs: tuple[str, ...],
    out_dir: str | None,
    db: str | None,
    published: str | None,
    workers: int | None,
    engine: str,
    ray_address: str | None,
) -> None:
    """Extract one article record per article in INPUT (JSONL, text, HTML, RSS, WARC or a folder), or,
    with --db and no INPUT, every stored article without an up-to-date record (resumable)."""
    from functools import partial

    from .scale import run_stream
    from .scale.workers import default_workers

    if not inputs and not db:
        raise click.UsageError("give INPUT (with --out or --db), or --db alone to extract the stored articles")
    if inputs and not (out_dir or db):
        raise click.UsageError("give --out DIR, --db FILE, or both")
    if not inputs and published:
        raise click.UsageError("--published applies to INPUT files; stored articles keep their dates")
    with Corpus(db or "claimgraph.db", create=bool(inputs)) as corpus:
        n = workers or default_workers()
        stream = partial(run_stream, workers=n, engine=engine, ray_address=ray_address)
        res = corpus.extract(
            list(inputs) or None,
            out=out_dir,
            published=published,
            reporter=CliReporter(),
            use_store=bool(db),
            stream=stream,
            # worker processes and Ray actors load the model themselves: this process need not first
            load_model=engine == "local" and n <= 1,
        )
    where = " and ".join(x for x in (out_dir, db) if x)
    msg = f"extracted {res.extracted} articles to {where}"
    if not inputs:
        msg += f" ({res.pending} needed a record)"
    if res.rejected:
        msg += f", rejected {res.rejected}"
    if res.reported:
        msg += f", {res.reported} reported"
    err(msg)
    sys.exit(EXIT_REJECTED if res.problems else 0)


def _load_records(folder: Path) -> list:
    from .model import ArticleRecord

    recs = []
    for f in sorted(folder.glob("*.json")):
        try:
            recs.append(ArticleRecord.from_dict(json.loads(f.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
            err(f"{f}: rejected (not an article record: {e})")
    return recs


@main.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="Corpus record JSON file.")
@db_option("Also store the links here (SOURCE a folder of records).", default=None)
@store_errors
def link(source: str, out_file: str, db: str | None) -> None:
    """Link article records (a folder of <id>.json, or a whole store) into a corpus record."""
    rep = CliReporter()
    if Path(source).is_dir():
        recs = _load_records(Path(source))
        with Corpus(db or "claimgraph.db") as corpus:
            result = corpus.link(recs, reporter=rep)
            if db:
                corpus.save_links(result)
    else:
        with Corpus(source, create=False) as corpus:
            result = corpus.link(reporter=rep)
            recs = result.articles
    Path(out_file).write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    err(
        f"linked {len(recs)} articles: {len(result.derivations)} derivations, "
        f"{len(result.claim_clusters)} claim clusters -> {out_file}"
    )


@main.command()
@click.argument("original", required=False)
@click.argument("derived", required=False)
@db_option(
    "Read from this store: ORIGINAL and DERIVED are article ids; with neither, every stored derivation.", default=None
)
@json_option
@store_errors
def drift(original: str | None, derived: str | None, db: str | None, as_json: bool) -> None:
    """What DERIVED changed against ORIGINAL: two article record files, or two ids in --db."""
    from .model import ArticleRecord

    if db:
        if bool(original) != bool(derived):
            raise click.UsageError("give both ORIGINAL and DERIVED, or neither (every stored derivation)")
        with Corpus(db, create=False) as corpus:
            reports = corpus.drift(original, derived)
    else:
        if not (original and derived):
            raise click.UsageError("give ORIGINAL and DERIVED record files, or --db")
        recs = []
        for f in (original, derived):
            if not Path(f).is_file():
                raise click.BadParameter(f"{f}: no such file")
            recs.append(ArticleRecord.from_dict(json.loads(Path(f).read_text(encoding="utf-8"))))
        from .corpus import _drift

        reports = [_drift(recs[0], recs[1])]
    if as_json:
        out(render.json_text(reports[0] if len(reports) == 1 else reports))
    else:
        out("\n\n".join(render.drift_text(r) for r in reports) or "no derivations stored (run 'claimgraph link')")


@main.command()
@click.argument("article_id")
@db_option()
@json_option
@store_errors
def show(article_id: str, db: str, as_json: bool) -> None:
    """A readable view of one article: claims, chains, hedges, sources."""
    from .model import ArticleRecord

    p = Path(article_id)
    if p.suffix == ".json" and p.is_file():
        rec = ArticleRecord.from_dict(json.loads(p.read_text(encoding="utf-8")))
    else:
        with Corpus(db, create=False) as corpus:
            rec = corpus.show(article_id)
    out(render.json_text(rec.to_dict()) if as_json else render.record_text(rec))


@main.command()
@db_option()
@json_option
@store_errors
def identities(db: str, as_json: bool) -> None:
    """Sources as one identity across articles: id, the names it appears under, article count."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.identities()
    if as_json:
        out(render.json_text(rows, indent=None))
        return
    for r in rows:
        out(
            render.one_line(
                f"{r['canonical_id']:<32} {r['articles']:>4} articles  {r['kind'] or '':<20} {r['names'] or r['name']}"
            )
        )


@main.command()
@db_option()
@json_option
@store_errors
def stats(db: str, as_json: bool) -> None:
    """Counts: read / stored / duplicate / rejected (per reason), extracted, claims."""
    with Corpus(db, create=False) as corpus:
        s = corpus.stats()
    out(json.dumps(s) if as_json else "\n".join(render.stats_lines(s)))


@main.command(name="list")
@db_option()
@click.option("--outlet", help="Only articles whose outlet contains this text.")
@click.option("--since", metavar="DATE", help="Only articles published on or after DATE (ISO).")
@click.option("--until", metavar="DATE", help="Only articles published on or before DATE (ISO).")
@click.option("--extracted/--not-extracted", default=None, help="Only articles with (or without) a record.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@json_option
@store_errors
def list_articles(
    db: str,
    outlet: str | None,
    since: str | None,
    until: str | None,
    extracted: bool | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """Stored articles: id, outlet, date, claim count, title (oldest first)."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.list_articles(outlet=outlet, since=since, until=until, extracted=extracted, limit=limit)
    if as_json:
        out(render.json_text(rows, indent=None))
    else:
        out("\n".join(render.article_lines(rows)) or "no articles match")


@main.command()
@click.argument("query")
@db_option()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Hits of each kind.")
@json_option
@store_errors
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search over claims and articles (FTS5 syntax, or plain words)."""
    with Corpus(db, create=False) as corpus:
        hits = corpus.search(query, limit=limit)
    if as_json:
        out(render.json_text(hits, indent=None))
    else:
        out("\n".join(render.search_lines(hits)) or f"nothing matches {query!r}")


def _check_format(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from .plugins import exporters

    known = exporters()
    if value.lower() not in known:
        raise click.BadParameter(f"{value!r} is not a format (known: {', '.join(sorted(known))})")
    return value.lower()


@main.command()
@db_option()
@click.option(
    "--format",
    "fmt",
    required=True,
    callback=_check_format,
    help="csv: a row per claim; jsonl: a record per line; geojson: a point per place; jsonld: schema.org/PROV-O.",
)
@click.option("--out", "out_file", type=click.Path(dir_okay=False, allow_dash=True), help="File (default: stdout).")
@store_errors
def export(db: str, fmt: str, out_file: str | None) -> None:
    """The store as CSV (ACLED-like), JSON Lines, GeoJSON (RFC 7946) or JSON-LD."""
    from .corpus import write_atomic

    with Corpus(db, create=False) as corpus:
        if out_file and out_file != "-":
            import io

            buf = io.StringIO()
            n = corpus.export(fmt, buf)
            write_atomic(Path(out_file), buf.getvalue())
            err(f"exported {n} {fmt} items to {out_file}")
        else:
            corpus.export(fmt, sys.stdout)


@main.command()
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="Write it here instead of stdout.")
def schema(out_file: str | None) -> None:
    """The JSON Schema of an article record (generated from the record model, shipped in the package)."""
    from .schema import dumps, shipped

    text = dumps(shipped())
    if out_file:
        Path(out_file).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@db_option()
@store_errors
def demo(db: str) -> None:
    """Ingest the bundled example articles, extract and link them, and show the story they tell."""
    from rich.console import Console

    with Corpus(db) as corpus:
        result = corpus.demo(reporter=CliReporter())
        derivations = corpus.derivations()
        clusters = corpus.clusters()
        reports = corpus.drift()
    recs = result["records"]
    con = Console(highlight=False)
    width = min(con.width, 160)
    con.print(render.claim_table(recs, width=width))
    outlets = {r.article.id: r.article.outlet for r in recs}
    con.print("\n[bold]Who copied whom[/bold]", width=width)
    for line in render.derivation_lines(derivations, outlets) or ["  (none)"]:
        con.print(render.fit(line, width), markup=False, width=width)
    con.print("\n[bold]Claims told by several articles[/bold] (largest clusters)", width=width)
    big: list[dict[str, Any]] = sorted(clusters, key=lambda c: -len(c["members"]))
    for line in render.cluster_lines([c for c in big if len(c["members"]) > 1], limit=6) or ["  (none)"]:
        con.print(render.fit(line, width), markup=False, width=width)
    con.print("\n[bold]What the rewrites changed[/bold]", width=width)
    for rep in reports:
        text = render.drift_text(rep).splitlines()
        text[0] += f"  ({outlets.get(rep['article']) or '?'} from {outlets.get(rep['derived_from']) or '?'})"
        more = len(text) - 7
        for line in text[:7] + ([f"  ... and {more} more changes"] if more > 0 else []):
            con.print(render.fit(line, width), markup=False, width=width)
    con.print(
        render.one_line(
            f"\n{len(recs)} articles, {sum(len(r.claims) for r in recs)} claims, {len(derivations)} derivations, "
            f"{len(clusters)} claim clusters; stored in {db}"
        ),
        markup=False,
        width=width,
    )
    hint = "" if db == "claimgraph.db" else f" --db {db}"
    for cmd in ("list", "search drone", "export --format csv"):
        con.print(render.fit(f"next: claimgraph {cmd}{hint}", width), markup=False, width=width)


@main.command()
@db_option()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1: this machine only).")
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="Port (default 8000).")
@click.option("--tile-url", default=None, help="Map tile URL with {z}/{x}/{y} (default: none, offline).")
@click.option("--require-login", is_flag=True, default=None, help="Reading needs an account too.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@store_errors
def serve(
    db: str, host: str | None, port: int | None, tile_url: str | None, require_login: bool | None, workers: int
) -> None:
    """The web app and HTTP API over a store (http://127.0.0.1:8000/, API docs at /api/docs)."""
    import os

    import uvicorn

    from .settings import SettingsError, load_settings

    flags = {"host": host, "port": port, "tile_url": tile_url, "require_login_to_read": require_login}
    overrides = {f"serve.{k}": v for k, v in flags.items() if v is not None}
    try:
        opts = load_settings(overrides=overrides).serve
    except SettingsError as e:
        raise click.UsageError(str(e)) from e
    with Corpus(db, create=False) as corpus:
        corpus.store  # noqa: B018 - a missing or unreadable store is reported here, before the server starts
    if workers > 1 and not opts.secret_key:
        # every worker must sign and check sessions and CSRF tokens with one key: a random one for this run
        import secrets

        overrides["serve.secret_key"] = secrets.token_hex(32)
    # the server is started by name (claimgraph.serve.app:from_environment), so every worker builds its own app
    os.environ["CLAIMGRAPH_SERVE"] = json.dumps({"db": db, "overrides": overrides})
    err(f"claimgraph: serving {db} on http://{opts.host}:{opts.port}/")
    uvicorn.run(
        "claimgraph.serve.app:from_environment",
        factory=True,
        host=opts.host,
        port=opts.port,
        workers=workers,
        log_level="warning",
        proxy_headers=True,
    )


@main.group()
def user() -> None:
    """Reviewer accounts."""


@user.command("add")
@click.argument("name")
@db_option()
@store_errors
def user_add(name: str, db: str) -> None:
    """Create account NAME (or set its password): prompted, or one line on stdin when piped."""
    from argon2 import PasswordHasher  # the web app verifies with argon2-cffi too (the hash names its parameters)

    if not name.strip() or len(name) > 100 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise click.BadParameter(f"{name!r}: a username is 1-100 printable characters without spaces")
    if sys.stdin.isatty():
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise click.BadParameter("the password must be at least 8 characters", param_hint="password")
    with Corpus(db, create=False) as corpus:
        st = corpus.store
        existed = st.get_user(name) is not None
        hashed = PasswordHasher().hash(password)
        if existed:
            st.set_password(name, hashed)
        else:
            st.add_user(name, hashed)
    err(f"{'password changed for' if existed else 'added'} {name} in {db}")


if __name__ == "__main__":  # pragma: no cover
    main()

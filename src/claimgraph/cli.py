"""The claimgraph command line: a thin click layer over the library.

Exit codes: 0 every input accepted; 1 some inputs were rejected (each named on stderr,
the rest processed); 2 usage error; 3 nothing could be done (no model, unreadable store).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

EXIT_REJECTED = 1
EXIT_FATAL = 3


def _progress(total: int | None, label: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not sys.stderr.isatty(),
        transient=True,
        console=_err_console(),
    )


def _err_console():
    from rich.console import Console

    return Console(stderr=True)


db_option = click.option(
    "--db", default="claimgraph.db", show_default=True, type=click.Path(dir_okay=False), help="SQLite database file."
)


@click.group()
@click.version_option(package_name="claimgraph")
def main() -> None:
    """Turn conflict reporting into an auditable record of claims."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def ingest(paths: tuple[str, ...], db: str, as_json: bool) -> None:
    """Read text, HTML, RSS/Atom, WARC and JSONL inputs into the store (idempotent)."""
    from .ingest import read_inputs
    from .store import Store, StoreError

    try:
        store = Store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    counts = {"stored": 0, "version": 0, "duplicate": 0, "rejected": 0, "skipped": 0}
    with store, _progress(None, "ingest") as bar:
        task = bar.add_task("ingest", total=None)
        for item in read_inputs(paths):
            status = store.add(item)
            counts[status] += 1
            if status == "rejected":
                click.echo(item.message(), err=True)
            bar.advance(task)
    counts["read"] = sum(v for k, v in counts.items() if k != "skipped")
    if as_json:
        click.echo(json.dumps(counts))
    else:
        click.echo(
            f"read {counts['read']}: stored {counts['stored'] + counts['version']} "
            f"({counts['version']} new versions), duplicate {counts['duplicate']}, rejected {counts['rejected']}"
            + (f"; skipped {counts['skipped']} archive records that are not articles" if counts["skipped"] else "")
        )
    sys.exit(EXIT_REJECTED if counts["rejected"] else 0)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for <id>.json records.")
@click.option("--db", default=None, type=click.Path(dir_okay=False), help="Also store articles and records here.")
def extract(input_path: str, out_dir: str, db: str | None) -> None:
    """Extract one article record per article in INPUT (JSONL, text, HTML, RSS, WARC or a folder)."""
    from .extract import extract_stream
    from .extract.nlp import ModelMissing, get_nlp
    from .ingest import Skipped, read_inputs

    try:
        get_nlp()
    except ModelMissing as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FATAL)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = None
    if db:
        from .store import Store

        store = Store(db)
    rejected = written = 0
    with _progress(None, "extract") as bar:
        task = bar.add_task("extract", total=None)
        for item, rec in extract_stream(read_inputs([input_path])):
            if isinstance(item, Skipped):
                continue
            if rec is None:
                rejected += 1
                click.echo(item.message(), err=True)
                if store:
                    store.add(item)
                continue
            for err in rec.errors:
                click.echo(f"{item.locator}: component {err['component']} failed ({err['error']})", err=True)
            safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in rec.article.id)
            (out / f"{safe}.json").write_text(json.dumps(rec.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            if store:
                store.add(item)
                store.save_record(rec)
            written += 1
            bar.advance(task)
    click.echo(f"extracted {written} articles to {out}" + (f", rejected {rejected}" if rejected else ""), err=True)
    sys.exit(EXIT_REJECTED if rejected else 0)


def _load_records(source: str):
    from .model import ArticleRecord

    p = Path(source)
    if p.is_dir():
        recs = []
        for f in sorted(p.glob("*.json")):
            try:
                recs.append(ArticleRecord.from_dict(json.loads(f.read_text(encoding="utf-8"))))
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                click.echo(f"{f}: rejected (not an article record: {e})", err=True)
        return recs
    from .store import Store

    with Store(source) as st:
        return list(st.records())


@main.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="Corpus record JSON file.")
@click.option("--db", default=None, type=click.Path(dir_okay=False), help="Also store the links here.")
def link(source: str, out_file: str, db: str | None) -> None:
    """Link article records (a folder of <id>.json, or a store) into a corpus record."""
    from .link import link_records

    recs = _load_records(source)
    corpus = link_records(recs)
    Path(out_file).write_text(json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    if db or (Path(source).is_file()):
        from .store import Store

        with Store(db or source) as st:
            st.save_corpus(corpus)
    click.echo(
        f"linked {len(recs)} articles: {len(corpus.derivations)} derivations, "
        f"{len(corpus.claim_clusters)} claim clusters -> {out_file}",
        err=True,
    )


@main.command()
@click.argument("original", required=False)
@click.argument("derived", required=False)
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False),
    help="Read from this store: ORIGINAL and DERIVED are article ids; with neither, every stored derivation.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def drift(original: str | None, derived: str | None, db: str | None, as_json: bool) -> None:
    """What DERIVED changed against ORIGINAL: two article record files, or two ids in --db."""
    from .link.drift import drift as make
    from .model import ArticleRecord
    from .render import drift_text as render

    if db:
        with _existing_store(db) as st:
            if original and derived:
                a, b = st.record(original), st.record(derived)
                if a is None or b is None:
                    raise click.BadParameter(f"no extracted record for {original if a is None else derived} in {db}")
                reports = [make(a, b)]
            elif original or derived:
                raise click.UsageError("give both ORIGINAL and DERIVED, or neither (every stored derivation)")
            else:
                reports = st.drift_reports()
    else:
        if not (original and derived):
            raise click.UsageError("give ORIGINAL and DERIVED record files, or --db")
        for f in (original, derived):
            if not Path(f).is_file():
                raise click.BadParameter(f"{f}: no such file")
        a = ArticleRecord.from_dict(json.loads(Path(original).read_text(encoding="utf-8")))
        b = ArticleRecord.from_dict(json.loads(Path(derived).read_text(encoding="utf-8")))
        reports = [make(a, b)]
    if as_json:
        click.echo(json.dumps(reports[0] if len(reports) == 1 else reports, indent=1, ensure_ascii=False))
    else:
        click.echo("\n\n".join(render(r) for r in reports) or "no derivations stored (run 'claimgraph link')")


def chain_text(rec, claim) -> str:
    parts = []
    for h in claim.attribution:
        s = rec.source(h.source)
        label = f"{s.name} ({s.kind}, {s.side})" if s else h.source
        parts.append(label + (f" [{h.channel}]" if h.channel not in ("unknown", "statement") else ""))
    return " <- ".join(parts) if parts else "(the article's own voice)"


def render_record(rec) -> str:
    from rich.console import Console
    from rich.markup import escape

    con = Console(record=True, width=110, force_terminal=False)
    con.print(
        f"[bold]{escape(rec.article.title or rec.article.id)}[/bold]  {escape(rec.article.outlet or '')} "
        f"{escape(rec.article.published or '')}"
    )
    for c in rec.claims:
        hedges = ", ".join(h.text for h in c.hedges)
        con.print(f"\n[bold]{c.id}[/bold] {escape(c.text)}")
        con.print(f"   chain: {escape(chain_text(rec, c))}")
        con.print(
            f"   stance: {c.stance}   verification: {c.verification}"
            + (f"   hedges: {escape(hedges)}" if hedges else "")
        )
    if rec.sources:
        con.print("\n[bold]sources[/bold]")
        for s in rec.sources:
            con.print(
                f"  {s.id} {escape(s.name)} ({s.kind}, {s.side}); mentions: "
                + escape(", ".join(m.text for m in s.mentions))
            )
    return con.export_text()


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True)
def show(article_id: str, db: str, as_json: bool) -> None:
    """A readable view of one article: claims, chains, hedges, sources."""
    from .model import ArticleRecord
    from .store import Store

    p = Path(article_id)
    if p.suffix == ".json" and p.exists():
        rec = ArticleRecord.from_dict(json.loads(p.read_text(encoding="utf-8")))
    else:
        with Store(db) as st:
            rec = st.record(article_id)
        if rec is None:
            raise click.ClickException(f"{article_id}: no extracted article with this id in {db}")
    click.echo(json.dumps(rec.to_dict(), indent=1, ensure_ascii=False) if as_json else render_record(rec))


def _existing_store(db: str):
    """Open a store that must already exist (reading commands never create an empty one)."""
    from .store import Store, StoreError

    if not Path(db).exists():
        raise click.BadParameter(
            f"{db}: no such database (run 'claimgraph ingest', 'extract --db' or 'demo' first)", param_hint="--db"
        )  # a usage error: exit code 2
    try:
        return Store(db)
    except StoreError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FATAL)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def identities(db: str, as_json: bool) -> None:
    """Sources as one identity across articles: id, the names it appears under, article count."""
    with _existing_store(db) as st:
        rows = st.identities()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        click.echo(
            f"{r['canonical_id']:<32} {r['articles']:>4} articles  {r['kind'] or '':<20} {r['names'] or r['name']}"
        )


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts: read / stored / duplicate / rejected (per reason), extracted, claims."""
    with _existing_store(db) as st:
        s = st.stats()
    if as_json:
        click.echo(json.dumps(s))
        return
    for k, v in s.items():
        if k == "rejected_by_reason":
            for reason, n in v.items():
                click.echo(f"  rejected ({reason}): {n}")
        else:
            click.echo(f"{k}: {v}")


@main.command()
@db_option
def demo(db: str) -> None:
    """Ingest the bundled example articles, extract and link them, and print the claim table."""
    from importlib import resources

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from .extract import extract_stream
    from .ingest import read_inputs
    from .link import link_records
    from .store import Store

    ex = resources.files("claimgraph").joinpath("examples")
    with resources.as_file(ex) as folder, Store(db) as st:
        recs = []
        for item, rec in extract_stream(read_inputs([folder / "articles.jsonl"])):
            st.add(item)
            if rec is not None:
                st.save_record(rec)
                recs.append(rec)
        corpus = link_records(recs)
        st.save_corpus(corpus)
    con = Console(width=160)
    table = Table("article", "claim", "chain (nearest first)", "stance", "verification", "hedges", show_lines=False)
    for rec in recs:
        for c in rec.claims:
            table.add_row(
                rec.article.id,
                escape(c.text[:70]),
                escape(chain_text(rec, c)),
                c.stance,
                c.verification,
                escape(", ".join(h.text for h in c.hedges)),
            )
    con.print(table)
    con.print(
        f"{len(recs)} articles, {sum(len(r.claims) for r in recs)} claims, "
        f"{len(corpus.derivations)} derivations, {len(corpus.claim_clusters)} claim clusters; stored in {db}"
    )


if __name__ == "__main__":  # pragma: no cover
    main()

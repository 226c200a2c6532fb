"""The desk commands: show, list, search, stats, ingest accounting, demo, schema, terminal safety."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from claimgraph.cli import main


def run(*args: str, **kw):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kw)


def test_show_prints_the_article_once(demo_store):
    r = run("show", "e01_terminal_post", "--db", str(demo_store))
    assert r.exit_code == 0, r.output
    assert r.output.count("id: e01_terminal_post") == 1
    assert "chain:" in r.output


def test_show_an_unknown_id_is_a_usage_error(demo_store):
    r = run("show", "no-such-article", "--db", str(demo_store))
    assert r.exit_code == 2
    assert "no article with this id" in r.output and "Traceback" not in r.output


def test_show_on_a_missing_store_creates_nothing(tmp_path):
    db = tmp_path / "missing.db"
    r = run("show", "x", "--db", str(db))
    assert r.exit_code == 2 and "no such database" in r.output
    assert not db.exists() and not list(tmp_path.iterdir())


def test_ingest_dot_skips_the_stores_own_files(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.txt").write_text("Officials said two drones were shot down over the city.", encoding="utf-8")
    monkeypatch.chdir(work)  # the default store, claimgraph.db, is made in the folder being ingested
    first = run("ingest", ".", "--json")
    second = run("ingest", ".", "--json")
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    c = json.loads(second.stdout.splitlines()[-1])
    assert c["rejected"] == 0 and c["skipped"] >= 1 and c["unchanged"] == 1


def test_stats_and_ingest_count_duplicates_the_same_way(tmp_path):
    text = "The mayor said the bridge was closed after the shelling."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")
    first = json.loads(run("ingest", str(tmp_path / "in"), "--db", db, "--json").stdout)
    again = json.loads(run("ingest", str(tmp_path / "in"), "--db", db, "--json").stdout)
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert first["duplicate"] == 1 and stats["duplicate"] == 1
    assert again["duplicate"] == 0 and again["unchanged"] == 2  # a rerun re-reads, it finds no new duplicate
    assert stats["read"] == first["read"]


def test_list_shows_articles_with_claim_counts_and_filters(demo_store):
    r = run("list", "--db", str(demo_store), "--json")
    rows = json.loads(r.stdout)
    assert len(rows) == 8 and all(row["claims"] is not None for row in rows)
    first = next(row for row in rows if row["id"] == "e01_terminal_post")
    assert first["claims"] > 0 and first["outlet"]
    one = json.loads(run("list", "--db", str(demo_store), "--outlet", first["outlet"], "--json").stdout)
    assert "e01_terminal_post" in [x["id"] for x in one] and len(one) < len(rows)
    assert all(x["outlet"].lower() == first["outlet"].lower() for x in one)
    text = run("list", "--db", str(demo_store)).stdout
    assert "e01_terminal_post" in text and first["outlet"] in text


def test_search_finds_claims_with_their_article_and_chain(demo_store):
    r = run("search", "terminal", "--db", str(demo_store), "--json")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.stdout)
    claims = [h for h in hits if h["type"] == "claim"]
    assert claims and all("terminal" in (h["text"] + h["chain_text"]).lower() for h in claims)
    assert all(h["article_id"] for h in claims) and any(h["chain"] for h in claims)
    text = run("search", "terminal", "--db", str(demo_store)).stdout
    assert "chain:" in text
    # a query that is not FTS5 syntax is searched as plain words, not a crash
    assert run("search", 'terminal "(', "--db", str(demo_store)).exit_code == 0


def test_demo_tells_the_story_and_fits_120_columns(tmp_path):
    r = run("demo", "--db", str(tmp_path / "d.db"), env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert "Who copied whom" in r.stdout and "is a syndication of" in r.stdout
    assert "What the rewrites changed" in r.stdout and "hedge dropped" in r.stdout


def test_what_is_loading_is_said_before_it_loads():
    from claimgraph.corpus import Reporter, _load_model
    from claimgraph.extract.nlp import get_nlp
    from claimgraph.ground import gazetteer

    class Notes(Reporter):
        def __init__(self):
            self.said = []

        def loading(self, what):
            self.said.append(what)

    get_nlp.cache_clear()
    gazetteer.index.cache_clear()
    notes = Notes()
    _load_model(notes)
    assert any("spaCy model" in s for s in notes.said) and any("gazetteer" in s for s in notes.said)


def test_demo_keeps_the_links_already_in_the_store(tmp_path, extract_text):
    from claimgraph.corpus import Corpus
    from claimgraph.ingest import RawArticle

    orig = extract_text(
        "Shelling cut power to a water station in Orikhiv overnight, the regional head said. "
        "Repair crews reportedly restored it by noon, officials said.",
        published="2025-05-01",
    )
    copy = extract_text(
        "Shelling cut power to a water station in Orikhiv overnight, the regional head said. "
        "Repair crews restored it by noon, officials said.",
        published="2025-05-02",
    )
    orig.article.id, copy.article.id = "water-orig", "water-copy"
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        for rec in (orig, copy):
            a = rec.article
            corpus.store.add(RawArticle(a.text, a.id, id=a.id, published=a.published))
            corpus.store.save_record(rec)
        corpus.link()
    before = sqlite3.connect(db).execute("SELECT article_id, derived_from FROM derivations").fetchall()
    assert ("water-copy", "water-orig") in before
    assert run("demo", "--db", str(db)).exit_code == 0
    after = sqlite3.connect(db).execute("SELECT article_id, derived_from FROM derivations").fetchall()
    assert set(before) <= set(after) and len(after) > len(before)


def test_terminal_output_is_stripped_of_escape_codes(tmp_path):
    from claimgraph.corpus import Corpus
    from claimgraph.ingest import RawArticle
    from claimgraph.model import ArticleMeta, ArticleRecord, Claim

    evil = "\x1b]0;pwned\x07\x1b[2JBridge\x9b31m closed\x1b[0m"
    db = tmp_path / "c.db"
    rec = ArticleRecord(article=ArticleMeta(id="e1", text=evil + " today.", title=evil, outlet="Wire\x07"))
    rec.claims.append(Claim(id="c1", text=evil, start=0, end=len(evil)))
    with Corpus(db) as corpus:
        corpus.store.add(RawArticle(evil + " today.", "e1", id="e1", title=evil))
        corpus.store.save_record(rec)
    for args in (["show", "e1"], ["show", "e1", "--json"], ["list"], ["search", "closed"], ["list", "--json"]):
        r = run(*args, "--db", str(db))
        assert r.exit_code == 0, r.output
        assert not any(ch in r.output for ch in "\x1b\x07\x9b"), (args, r.output)
    assert "Bridge closed" in run("show", "e1", "--db", str(db)).stdout


def test_a_store_that_is_not_a_database_fails_in_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    for args in (["stats"], ["list"], ["ingest", str(bad)], ["show", "x"]):
        r = CliRunner().invoke(main, [*args, "--db", str(bad)])
        assert r.exit_code == 3, (args, r.output)
        assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_schema_command_prints_the_shipped_schema():
    r = run("schema")
    assert r.exit_code == 0 and json.loads(r.stdout)["$id"] == "claimgraph/article.schema.json"


def test_a_path_with_escape_codes_is_cleaned_in_usage_errors(tmp_path):
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "\x1b]0;title\x07nope.txt"), "--out", str(tmp_path)])
    assert r.exit_code == 2 and "nope.txt" in r.output
    assert "\x1b" not in r.output and "\x07" not in r.output


def test_corpus_read_applies_the_ingest_limits_of_claimgraph_toml(tmp_path, monkeypatch):
    from claimgraph.corpus import read
    from claimgraph.ingest import RawArticle, Rejection

    (tmp_path / "short.txt").write_text("A short article about a bridge.", encoding="utf-8")
    (tmp_path / "long.txt").write_text("A long article about a dam. " * 100, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    kinds = {type(i).__name__ for i in read([tmp_path / "long.txt"])}
    assert kinds == {"RawArticle"}  # the default cap (5 MB) lets 2.8 kB through
    (tmp_path / "claimgraph.toml").write_text("[ingest]\nmax_text_bytes = 1000\n", encoding="utf-8")
    items = list(read([tmp_path / "short.txt", tmp_path / "long.txt"]))
    assert [type(i) for i in items] == [RawArticle, Rejection]
    assert "long.txt" in items[1].locator

"""A publication date for a text file: --published, or a <name>.meta.json sidecar."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from claimgraph.cli import main

TEXT = "The governor said a drone hit a school in Sumy yesterday. Nobody was hurt, officials said."


def published_of(db, aid):
    return sqlite3.connect(db).execute("SELECT published FROM articles WHERE id = ?", (aid,)).fetchone()[0]


def test_ingest_published_dates_a_text_file(tmp_path):
    (tmp_path / "school.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "c.db"
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "school.txt"), "--db", str(db), "--published", "2025-06-03"])
    assert r.exit_code == 0, r.output
    assert published_of(db, "school") == "2025-06-03"


def test_a_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "school.txt").write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "c.db"), "--published", "June 3"])
    assert r.exit_code == 2


def test_a_sidecar_file_sets_the_metadata_and_is_not_an_input(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "school.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "school.meta.json").write_text(
        json.dumps({"published": "2025-06-03", "outlet": "Sumy Herald", "url": "https://example.org/school"})
    )
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "--out", str(out), "--published", "2020-01-01"])
    assert r.exit_code == 0, r.output
    rec = json.loads((out / "school.json").read_text())
    assert rec["article"]["published"] == "2025-06-03" and rec["article"]["outlet"] == "Sumy Herald"
    assert any(d["value"] == "2025-06-02" for d in rec["dates"])  # "yesterday", resolved against it
    assert len(list(out.iterdir())) == 1


def test_a_broken_sidecar_is_named_and_rejects_its_article(tmp_path):
    (tmp_path / "school.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "school.meta.json").write_text('{"published": "soon"}')
    db = tmp_path / "c.db"
    r = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db), "--json"])
    assert r.exit_code == 1 and "school.meta.json" in r.stderr
    assert json.loads(r.stdout)["rejected"] == 1  # a typo never silently drops a date

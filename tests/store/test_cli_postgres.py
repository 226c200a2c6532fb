"""#17: --db postgresql://... wherever --db is accepted: ingest, then the reading commands."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimgraph.cli import main


def test_ingest_stats_list_and_search_on_a_postgres_store(pg_url, tmp_path):
    (tmp_path / "a.txt").write_text("Air defence downed four drones over Sumy overnight, the governor said.\n")
    (tmp_path / "b.txt").write_text("A ferry crossing near Kherson was shelled on Sunday, officials said.\n")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", pg_url, "--json"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["stats", "--db", pg_url, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["stored"] == 2
    r = CliRunner().invoke(main, ["list", "--db", pg_url, "--json"])
    assert r.exit_code == 0, r.output
    assert sorted(a["outlet"] or "" for a in json.loads(r.output)) == ["", ""] and len(json.loads(r.output)) == 2
    r = CliRunner().invoke(main, ["search", "Kherson", "--db", pg_url, "--json"])
    assert r.exit_code == 0, r.output
    assert [h["type"] for h in json.loads(r.output)] == ["article"]  # not extracted: articles only

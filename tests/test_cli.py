"""The command line: documented commands, exit codes, JSON output."""

import json
from pathlib import Path

from click.testing import CliRunner

from claimgraph.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"`claimgraph {name}" not in readme]
    assert not missing, f"commands missing from the README's CLI table: {missing}"


def test_a_missing_store_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no such database" in r.output


def test_ingest_exit_codes_and_json_counts(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said two drones were shot down over the city.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe broken")
    db = tmp_path / "c.db"
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["stored"] == 1
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "b.txt"), "--db", str(db), "--json"])
    assert r.exit_code == 1 and json.loads(r.stdout.splitlines()[-1])["rejected"] == 1
    r = CliRunner().invoke(main, ["stats", "--db", str(db), "--json"])
    assert json.loads(r.output)["rejected_by_reason"] == {"invalid_utf8": 1}


def test_drift_reads_every_stored_derivation(tmp_path, extract_text):
    from claimgraph import Store, link
    from claimgraph.ingest import RawArticle

    orig = extract_text(
        "Drones reportedly hit a rail depot in Lozova overnight, the regional governor said. "
        "Two workers were hurt and three wagons burned, officials said.",
        published="2025-03-01",
    )
    copy = extract_text(
        "Drones hit a rail depot in Lozova overnight, the regional governor said. "
        "Two workers were hurt and three wagons burned, officials said.",
        published="2025-03-02",
    )
    orig.article.id, copy.article.id = "orig", "copy"
    db = tmp_path / "c.db"
    with Store(db) as st:
        for r in (orig, copy):
            st.add(RawArticle(r.article.text, r.article.id, id=r.article.id, published=r.article.published))
            st.save_record(r)
        st.save_corpus(link([orig, copy]))
    r = CliRunner().invoke(main, ["drift", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.output)
    rep = rep if isinstance(rep, dict) else rep[0]
    assert rep["article"] == "copy" and any(c["type"] == "hedge_dropped" for c in rep["changes"])
    r = CliRunner().invoke(main, ["drift", "--db", str(db), "orig"])
    assert r.exit_code == 2

"""extract: record file names, two inputs with one id, extract from the store, resumable after SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.corpus import count_articles, record_filename

SENTENCES = [
    "The regional governor said drones struck a grain silo in {p} overnight.",
    "Two people were hurt, according to local officials in {p}.",
    "The army said it had repelled an attack near {p} on Tuesday.",
    "A rail bridge outside {p} was damaged, the operator said.",
]
PLACES = ["Sumy", "Kherson", "Poltava", "Odesa", "Dnipro", "Lviv", "Chernihiv", "Izium"]


def article(n: int) -> str:
    p = PLACES[n % len(PLACES)]
    return " ".join(s.format(p=p) for s in SENTENCES[: 2 + n % 3]) + f" Report number {n}."


def test_record_file_names_are_collision_free_and_capped():
    assert record_filename("e01_terminal_post") == "e01_terminal_post.json"
    names = {record_filename(i) for i in ("a/b", "a_b", "a b", "A/B", "../x", "x" * 300, "й" * 150)}
    assert len(names) == 7
    assert all(len(n.encode()) <= 100 and "/" not in n and not n.startswith(".") for n in names)
    assert record_filename("a/b").startswith("a_b~")


def test_extract_out_writes_one_file_per_input_and_keeps_ids(tmp_path):
    ids = ["a/b", "a_b", "x" * 300, "same", "same"]
    lines = [json.dumps({"id": i, "text": article(n)}) for n, i in enumerate(ids)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "in.jsonl"), "--out", str(out)])
    assert r.exit_code == 1, r.output  # the second 'same' is reported
    assert "already given" in r.stderr
    files = sorted(out.iterdir())
    assert len(files) == 5 and not [f for f in files if f.name.startswith(".")]
    got = sorted(json.loads(f.read_text())["article"]["id"] for f in files)
    assert got == sorted(ids)
    assert all(f.stat().st_size > 0 for f in files)


def test_extract_db_keeps_duplicate_texts_and_reused_ids_apart(tmp_path):
    rows = [
        {"id": "one", "text": article(1)},
        {"id": "two", "text": article(1)},  # the same text as 'one'
        {"id": "one", "text": article(2)},  # 'one' again, another text
        {"id": "three", "text": article(3)},
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in rows), encoding="utf-8")
    db = tmp_path / "c.db"
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "in.jsonl"), "--db", str(db)])
    assert r.exit_code == 1, r.output  # the re-used id is reported
    assert "id 'one' is already another article's" in r.stderr
    _check_every_article_extracted_once(db)
    again = CliRunner().invoke(main, ["extract", str(tmp_path / "in.jsonl"), "--db", str(db)])
    assert again.exit_code == 0 and "already another" not in again.stderr  # a rerun has nothing new to say
    _check_every_article_extracted_once(db)


def _check_every_article_extracted_once(db: Path) -> None:
    con = sqlite3.connect(db)
    arts = dict(con.execute("SELECT id, text FROM articles"))
    recs = con.execute("SELECT article_id, record_json FROM records").fetchall()
    assert sorted(a for a, _ in recs) == sorted(arts)
    for aid, js in recs:
        rec = json.loads(js)
        assert rec["article"]["id"] == aid and rec["article"]["text"] == arts[aid]


def test_extract_db_without_input_extracts_what_is_pending(tmp_path):
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps({"id": f"p{n}", "text": article(n)}) + "\n" for n in range(3)), encoding="utf-8"
    )
    db = tmp_path / "c.db"
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(db)]).exit_code == 0
    r = CliRunner().invoke(main, ["extract", "--db", str(db)])
    assert r.exit_code == 0 and "extracted 3" in r.stderr, r.output
    r = CliRunner().invoke(main, ["extract", "--db", str(db)])
    assert "extracted 0" in r.stderr  # nothing left to do
    # a record made by an older component version is pending again
    con = sqlite3.connect(db)
    con.execute("UPDATE records SET pipeline = '[]' WHERE article_id = 'p1'")
    con.commit()
    r = CliRunner().invoke(main, ["extract", "--db", str(db), "--out", str(tmp_path / "o")])
    assert "extracted 1" in r.stderr and (tmp_path / "o" / "p1.json").exists()
    assert CliRunner().invoke(main, ["extract"]).exit_code == 2


def test_extract_db_killed_at_random_points_ends_with_every_article_once(tmp_path):
    rows = []
    for n in range(40):
        rows.append({"id": f"k{n}", "text": article(n)})
        if n % 7 == 0:
            rows.append({"id": f"dup{n}", "text": article(n)})  # a duplicate text
        if n % 9 == 0:
            rows.append({"id": f"k{n}", "text": article(n + 100)})  # an id re-used with another text
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in rows), encoding="utf-8")
    db = tmp_path / "c.db"
    ingested = CliRunner().invoke(main, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(db), "--json"])
    assert ingested.exit_code == 1 and json.loads(ingested.stdout)["renamed"] == 5  # ids re-used: reported
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    cmd = [sys.executable, "-m", "claimgraph.cli", "extract", "--db", str(db)]
    rnd = random.Random(13)
    for _ in range(3):
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(3.0, 9.0))  # the model loads in about 3 s: kill during loading or writing
        p.send_signal(signal.SIGKILL)
        p.wait()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    _check_every_article_extracted_once(db)


def test_progress_totals_are_counted_up_front(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\nnot json\n')
    (tmp_path / "f.rss").write_text(
        "<rss><channel><title>W</title><item><title>a</title></item><item><title>b</title></item></channel></rss>"
    )
    (tmp_path / "t.txt").write_text("A text.")
    (tmp_path / "t.meta.json").write_text('{"published": "2025-01-02"}')
    from claimgraph.corpus import read

    assert count_articles([tmp_path]) == 3 + 2 + 1 + 1  # the metadata file is counted as skipped
    assert count_articles([tmp_path]) == len(list(read([tmp_path])))


def test_a_record_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from claimgraph import corpus

    target = tmp_path / "r.json"
    target.write_text('{"old": true}')
    real_replace = os.replace

    def killed(*_a):  # the process dies after writing the temp file, before the rename
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus.os, "replace", killed)
    try:
        corpus.write_atomic(target, '{"new": true}')
    except KeyboardInterrupt:
        pass
    assert json.loads(target.read_text()) == {"old": True}  # the old record, whole; never a 0-byte file
    monkeypatch.setattr(corpus.os, "replace", real_replace)
    corpus.write_atomic(target, '{"new": true}')
    assert json.loads(target.read_text()) == {"new": True} and [p.name for p in tmp_path.iterdir()] == ["r.json"]

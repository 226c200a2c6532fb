"""#13: the store reads well in datasette: a search box on claims and articles, foreign keys it
follows, the shipped metadata and canned queries. Starts a real datasette on localhost."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from claimgraph.store import Store
from claimgraph.store.datasette import METADATA, metadata

DEMO = Path(__file__).parent / "data" / "store-schema2.db"  # made by `claimgraph demo` (bridged on open)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    pytest.importorskip("datasette", reason="datasette is a dev dependency: pip install -e '.[dev]'")
    folder = tmp_path_factory.mktemp("ds")
    db = folder / "claimgraph.db"
    shutil.copy(DEMO, db)
    Store(db).close()  # migrate to the current schema
    port = _free_port()
    log = folder / "datasette.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "datasette",
                "serve",
                str(db),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-m",
                str(METADATA),
            ],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    base = f"http://127.0.0.1:{port}/claimgraph"
    deadline = time.time() + 60
    while True:
        try:
            if _get(base + ".json")[0] == 200:
                break
        except (urllib.error.URLError, ConnectionError):
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            proc.wait(10)
            pytest.fail(f"datasette did not start: {log.read_text(errors='replace')[-500:]}")
        time.sleep(0.3)
    yield base
    proc.terminate()
    proc.wait(10)


def test_datasette_shows_a_search_box_on_claims_and_articles_and_search_works(datasette):
    for table in ("claims", "articles"):
        code, page = _get(f"{datasette}/{table}")
        assert code == 200 and 'name="_search"' in page, table
    code, body = _get(f"{datasette}/claims.json?_search=depot&_shape=array")
    rows = json.loads(body)
    assert code == 200 and rows and all("depot" in r["text"].lower() or "depot" in r["chain"].lower() for r in rows)


def test_datasette_follows_a_hop_to_its_claim_and_source_and_a_source_to_its_identity(datasette):
    code, body = _get(f"{datasette}/hops.json?_labels=on&_shape=array&_size=5")
    hop = json.loads(body)[0]
    assert code == 200 and isinstance(hop["claim"], dict) and isinstance(hop["source"], dict)
    assert hop["claim"]["label"]  # labelled with the claim's text: the foreign key is followed
    claim_key = hop["claim"]["value"]
    code, body = _get(f"{datasette}/claims.json?key={claim_key}&_shape=array")
    assert code == 200 and json.loads(body)[0]["key"] == claim_key
    code, body = _get(f"{datasette}/sources.json?_labels=on&_shape=array&canonical_id__notblank=1&_size=1")
    src = json.loads(body)[0]
    assert isinstance(src["canonical_id"], dict) and src["canonical_id"]["label"]


def test_the_canned_queries_answer_and_reviewer_accounts_stay_hidden(datasette):
    code, body = _get(f"{datasette}/claims_whose_rewrite_dropped_a_hedge.json?_shape=array")
    rows = json.loads(body)
    assert code == 200 and rows and all(r["hedge"] for r in rows)
    code, body = _get(f"{datasette}/unverified_claims_by_source.json?_shape=array")
    assert code == 200 and json.loads(body)[0]["unverified_claims"] >= 1
    code, body = _get(f"{datasette}/claims_view.json?_shape=array&_size=3")
    assert code == 200 and {"outlet", "published", "chain", "hedges", "places"} <= set(json.loads(body)[0])
    assert _get(f"{datasette}/users.json")[0] == 403


def test_metadata_for_another_file_name_and_every_table_described(tmp_path):
    meta = metadata("desk.db")
    assert list(meta["databases"]) == ["desk"]
    with Store(tmp_path / "c.db") as st:
        tables = {r["name"] for r in st._q("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    tables = {t for t in tables if not t.startswith(("articles_fts", "claims_fts")) and t != "alembic_version"}
    described = set(meta["databases"]["desk"]["tables"])
    assert tables <= described, tables - described

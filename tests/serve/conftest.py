"""A demo store (the bundled examples, extracted and linked) plus one hostile article, built once per run."""

from __future__ import annotations

import shutil

import pytest

# Markup an attacker might put in an article: every page must show it as text.
HOSTILE_TEXT = (
    "Officials said <script>window.__pwned = 1; alert('x')</script> two drones were shot down over Sumy. "
    'A video posted by the governor shows <img src=x onerror="window.__pwned = 2"> a burning warehouse, he said. '
    '<a href="javascript:window.__pwned=3">Click here</a> for the footage, the regional council wrote on Telegram.'
)
HOSTILE_TITLE = "<script>window.__pwned = 4</script> Drones downed <b onmouseover=alert(1)>near Sumy</b>"


@pytest.fixture(scope="session")
def hostile():
    """The hostile article's text and title, as stored."""
    return HOSTILE_TEXT, HOSTILE_TITLE


@pytest.fixture(scope="session")
def clean_demo_db(tmp_path_factory):
    """The bundled demo, extracted and linked, with two reviewer accounts (read-only: copy before writing)."""
    from click.testing import CliRunner

    from claimgraph.cli import main
    from claimgraph.serve.auth import hash_password
    from claimgraph.store import Store

    db = tmp_path_factory.mktemp("serve") / "clean.db"
    r = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert r.exit_code == 0, r.output
    with Store(db) as st:
        st.add_user("alice", hash_password("correct horse battery"))
        st.add_user("bob", hash_password("another long secret"))
    return db


@pytest.fixture(scope="session")
def demo_db(clean_demo_db, tmp_path_factory):
    """The demo plus one hostile article (read-only template: ``store_copy`` copies it before writing)."""
    from claimgraph.extract import extract_article
    from claimgraph.ingest import RawArticle
    from claimgraph.store import Store

    db = tmp_path_factory.mktemp("serve") / "demo.db"
    shutil.copy(clean_demo_db, db)
    raw = RawArticle(
        text=HOSTILE_TEXT,
        locator="hostile.txt",
        id="hostile",
        title=HOSTILE_TITLE,
        outlet="<i onclick=alert(1)>Evil Wire</i>",
        url="javascript:alert(1)",
        published="2025-11-06",
    )
    with Store(db) as st:
        st.add(raw)
        st.save_record(extract_article(raw))
    return db


@pytest.fixture
def store_copy(demo_db, tmp_path):
    db = tmp_path / "store.db"
    shutil.copy(demo_db, db)
    return db


@pytest.fixture
def make_client(store_copy):
    """make_client(**settings) -> a TestClient over a fresh copy of the demo store."""
    from fastapi.testclient import TestClient

    from claimgraph.serve import ServeSettings, create_app
    from claimgraph.store import Store

    opened = []

    def make(**opts):
        st = Store(store_copy)
        opened.append(st)
        return TestClient(create_app(ServeSettings(**opts), st))

    yield make
    for st in opened:
        st.close()


@pytest.fixture
def client(make_client):
    return make_client()


@pytest.fixture
def login():
    return api_login


def api_login(client, username="alice", password="correct horse battery"):
    """Log in through the API; returns the CSRF token for later changes."""
    token = client.get("/api/session").json()["csrf_token"]
    r = client.post("/api/session", json={"username": username, "password": password}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]

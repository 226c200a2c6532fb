from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Path:
    """A store made by the demo once per session; tests copy it before writing to it."""
    from claimgraph.corpus import Corpus

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    with Corpus(db) as corpus:
        corpus.demo()
    return db


@pytest.fixture()
def demo_copy(demo_store, tmp_path) -> Path:
    db = tmp_path / "demo.db"
    shutil.copy(demo_store, db)
    return db

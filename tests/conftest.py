from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "schema").exists():
        pytest.skip("shared/ (schemas and benchmark) is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def extract_text():
    from claimgraph.extract import extract_article
    from claimgraph.ingest import RawArticle

    def run(text: str, published: str = "2025-11-04", outlet: str = "Test Wire", title: str | None = None):
        return extract_article(
            RawArticle(text=text, locator="test", id="t", published=published, outlet=outlet, title=title)
        )

    return run

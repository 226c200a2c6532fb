"""The web app in a real browser: Playwright driving Debian's Chromium (never a downloaded browser).

Screenshots of each page go to a temporary folder, or to $CLAIMGRAPH_SCREENSHOTS when set (docs/ is made so).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing (apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def server(clean_demo_db, tmp_path_factory):
    """The app over a copy of the demo store (what the screenshots show)."""
    yield from _serve(clean_demo_db, tmp_path_factory)


@pytest.fixture(scope="module")
def hostile_server(demo_db, tmp_path_factory):
    """The app over the demo store plus the hostile article."""
    yield from _serve(demo_db, tmp_path_factory)


def _serve(template, tmp_path_factory):
    """Serve a copy of ``template`` with uvicorn on a free loopback port; yields its base URL."""
    import uvicorn

    from claimgraph.serve import ServeSettings, create_app
    from claimgraph.store import Store

    db = tmp_path_factory.mktemp("browser") / "store.db"
    shutil.copy(template, db)
    st = Store(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(ServeSettings(port=port), st)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(10)
    st.close()


@pytest.fixture(scope="module")
def browser():
    pw_api = pytest.importorskip("playwright.sync_api")
    with pw_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    target = os.environ.get("CLAIMGRAPH_SCREENSHOTS")
    folder = Path(target) if target else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.problems = []  # console errors (a CSP violation shows up here) and dialogs
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))

    def on_dialog(d):
        pg.problems.append(f"dialog: {d.message}")
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    ctx.close()


def test_article_shows_highlighted_claims_and_a_chain_to_the_origin(server, page, shots):
    page.goto(f"{server}/articles/e01_terminal_post")
    spans = page.locator("#article-text span.claim")
    assert spans.count() > 5 and spans.first.is_visible()
    assert page.locator("#article-text span.source").count() > 0
    assert page.locator("#article-text span.quote").count() > 0
    assert page.locator("#article-text span.hedge").count() > 0
    card = page.locator("#claim-c2")
    origin = card.locator("ol.chain li.origin")
    assert "Bondar" in origin.inner_text() and "origin" in origin.inner_text()
    card.hover()
    assert page.locator("#article-text span.claim.lit").count() > 0  # its text lights up
    page.locator("#article-text span.claim").nth(3).click()
    assert page.locator(".claim-card.lit").count() == 1
    page.mouse.move(5, 5)
    page.screenshot(path=str(shots / "article.png"))
    assert page.problems == []


def test_claims_table_filters(server, page, shots):
    page.goto(f"{server}/claims")
    before = page.locator("#claims-table tbody tr").count()
    page.select_option("select[name=side]", "ru")
    page.fill("input[name=q]", "terminal")
    page.click("#claim-filters button[type=submit]")
    page.wait_for_url("**side=ru**")
    rows = page.locator("#claims-table tbody tr")
    assert 0 < rows.count() < before
    for i in range(rows.count()):
        row = rows.nth(i).inner_text()
        assert ", ru" in row and "terminal" in row.lower()
    page.goto(f"{server}/claims?stance=distances")
    page.screenshot(path=str(shots / "claims.png"))
    assert page.problems == []


def test_log_in_correct_a_claim_and_see_the_audit_entry(server, page, shots):
    page.goto(f"{server}/articles/e01_terminal_post/claims/c4")
    page.click("text=Log in")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", "wrong password")
    page.click("#login-form button")
    assert "wrong username or password" in page.locator("#login-error").inner_text()
    assert page.problems == ["Failed to load resource: the server responded with a status of 401 (Unauthorized)"]
    page.problems.clear()
    page.fill("input[name=password]", "correct horse battery")
    page.click("#login-form button")
    page.wait_for_url("**/claims/c4")
    assert page.locator("header .user").inner_text() == "alice"
    form = page.locator("#review-verification")
    form.locator("select[name=value]").select_option("confirmed")
    form.locator("input[name=note]").fill("matched to satellite imagery")
    form.locator("button").click()
    page.wait_for_url("**#history")
    trail = page.locator("table.audit tbody tr").first.inner_text()
    assert "alice" in trail and "review_verification" in trail and "confirmed" in trail and "satellite" in trail
    page.screenshot(path=str(shots / "review.png"), full_page=True)
    page.goto(f"{server}/audit")
    first = page.locator("#audit-table tbody tr").first.inner_text()
    assert "alice" in first and "review_verification" in first and "confirmed" in first
    page.screenshot(path=str(shots / "audit.png"))
    page.goto(f"{server}/articles/e01_terminal_post#claim-c4")
    assert "confirmed ✓" in page.locator("#claim-c4").inner_text()
    page.goto(f"{server}/claims?reviewed=yes")
    assert page.locator("#claims-table tbody tr").count() == 1
    assert page.problems == []


def test_echo_view_shows_the_derivation_and_its_drift(server, page, shots):
    page.goto(f"{server}/echo/e01_terminal_post")
    tree = page.locator("#derivation-tree")
    assert tree.locator("li.node").count() == 3
    text = tree.inner_text()
    assert "syndication" in text and "rewrite" in text and "Danube Harbour Post" in text
    page.screenshot(path=str(shots / "echo.png"))
    tree.locator("li[data-article=e03_terminal_rewrite] a.drift-link").click()
    page.wait_for_url("**/drift/e03_terminal_rewrite/e01_terminal_post")
    assert page.locator("#drift-original span.dropped").count() > 0
    assert page.locator("#drift-derived span.added").count() > 0
    assert "hedge dropped" in page.locator("#drift-changes").inner_text()
    page.screenshot(path=str(shots / "drift.png"))
    assert page.problems == []


def test_map_shows_markers_without_tiles(server, page, shots):
    page.goto(f"{server}/map")
    n = page.locator("#place-list tbody tr").count()
    page.wait_for_selector("#map[data-markers]")
    assert page.locator("#map").get_attribute("data-markers") == str(n) and n > 3
    assert page.locator("#map path.leaflet-interactive").count() == n
    assert page.locator(".leaflet-tooltip.place-label", has_text="Odesa").count() >= 1
    assert page.locator("img.leaflet-tile").count() == 0  # offline: no tiles requested
    page.screenshot(path=str(shots / "map.png"))
    page.locator("#map path.leaflet-interactive").first.click(force=True)
    assert page.locator(".leaflet-popup-content a").count() == 1
    assert page.problems == []


def test_other_pages_render_cleanly(server, page, shots):
    for path, name in (
        ("/clusters/1:k1", "cluster"),
        ("/timeline", "timeline"),
        ("/sources", "sources"),
        ("/", "index"),
    ):
        page.goto(server + path)
        assert page.locator("main h1").count() == 1
        page.screenshot(path=str(shots / f"{name}.png"))
    page.goto(f"{server}/sources")
    assert page.locator("svg#relay-graph circle").count() > 5
    assert page.problems == []


def test_hostile_markup_in_an_article_never_runs(hostile_server, page):
    server = hostile_server
    for path in ("/articles/hostile", "/articles/hostile/claims/c1", "/claims?q=drones", "/", "/timeline", "/map"):
        page.goto(server + path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    page.goto(f"{server}/articles/hostile")
    assert page.locator("#article-text script, #article-text img, #article-text a[href^=javascript]").count() == 0
    page.locator("#article-text", has_text="Click here").click()
    page.get_by_text("onerror").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert not [p for p in page.problems if p.startswith("dialog")]

"""The HTML pages: content, filters, the review form, errors, and untrusted article text rendered inert."""

from __future__ import annotations

import re

import pytest

PAGES = [
    "/",
    "/?q=drone",
    "/?outlet=Danube+Harbour+Post",
    "/articles/e01_terminal_post",
    "/articles/hostile",
    "/articles/e01_terminal_post/claims/c1",
    "/articles/hostile/claims/c1",
    "/claims",
    "/claims?q=drones&side=ua",
    "/claims?source=Bondar&place=Izmail&since=2026-02-01&until=2026-02-28",
    "/clusters",
    "/clusters/1:k1",
    "/echo",
    "/echo/e01_terminal_post",
    "/echo/hostile",
    "/drift/e03_terminal_rewrite/e01_terminal_post",
    "/drift/e02_terminal_syndicated/e01_terminal_post",
    "/map",
    "/timeline",
    "/sources",
    "/sources?q=staff",
    "/sources/ua-general-staff",
    "/audit",
    "/login",
]


def _csrf_from(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_a_strict_content_security_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/hostile",
        "/articles/hostile/claims/c1",
        "/claims",
        "/claims?q=drones",
        "/timeline",
        "/map",
        "/sources",
        "/echo/hostile",
    ],
)
def test_hostile_article_text_renders_inert(client, path):
    html = client.get(path).text
    # nothing from the article becomes a tag, an event handler or a javascript: link
    assert "<script>window" not in html and "<img src=x" not in html and "<b onmouseover" not in html
    assert "<i onclick" not in html
    assert not re.search(r"<[^>]+\son\w+\s*=", html), "an event-handler attribute reached the page"
    assert 'href="javascript:' not in html.lower() and 'src="javascript:' not in html.lower()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    for attrs, body in scripts:
        assert 'src="/static/' in attrs or 'type="application/json"' in attrs, attrs
        assert "<" not in body  # JSON data islands escape < as \u003c


def test_hostile_article_text_is_shown_as_text(client, hostile):
    import html as h

    HOSTILE_TEXT, HOSTILE_TITLE = hostile

    page = client.get("/articles/hostile").text
    text_div = page.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r"<a class=\"cref\"[^>]*>[^<]*</a>", "", text_div)
    assert h.unescape(re.sub(r"<[^>]+>", "", plain)) == HOSTILE_TEXT
    assert h.escape(HOSTILE_TITLE, quote=False) in page.replace("&#39;", "'").replace("&#34;", '"')


def test_article_page_highlights_claims_hedges_quotes_and_sources_from_offsets(client):
    from claimgraph.store import Store

    html = client.get("/articles/e01_terminal_post").text
    with Store(client.app.state.ctx.store().path) as st:
        rec = st.record("e01_terminal_post")
    assert html.count('class="claim-card') == len(rec.claims)
    text_div = html.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r"<a class=\"cref\"[^>]*>[^<]*</a>", "", text_div)
    plain = re.sub(r"<[^>]+>", "", plain)
    import html as h

    assert h.unescape(plain) == rec.article.text  # the highlighting adds markup, never changes the text
    for c in rec.claims:
        assert f'id="claim-{c.id}"' in html and f'href="#claim-{c.id}"' in html
    assert 'class="claim quote' in html or 'class="quote claim' in html
    assert "source" in re.findall(r'<span class="([^"]+)"', text_div)[0] or 'class="claim source"' in html
    assert 'class="chain"' in html and "origin" in html


def test_hedges_are_highlighted_in_the_text(client):
    from claimgraph.store import Store

    with Store(client.app.state.ctx.store().path) as st:
        aid, rec = next((r.article.id, r) for r in st.records() if any(c.hedges for c in r.claims))
    html = client.get(f"/articles/{aid}").text
    hedge = next(h for c in rec.claims for h in c.hedges)
    assert re.search(r'<span class="[^"]*\bhedge\b[^"]*"[^>]*>' + re.escape(hedge.text[:6]), html)


def test_claims_page_filters_and_keeps_them_in_the_pager(make_client):
    client = make_client(page_size=10)
    html = client.get("/claims", params={"side": "ru"}).text
    rows = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0].count("<tr")
    total_ru = client.get("/api/claims", params={"side": "ru", "limit": 500}).json()["total"]
    assert rows == min(10, total_ru) and "<option selected>ru</option>" in html
    page = client.get("/claims", params={"stance": "reports"}).text
    href = re.search(r'<a rel="next" href="\?([^"]+)"', page).group(1)
    assert "stance=reports" in href and "offset=10" in href
    second = client.get("/claims?" + href.replace("&amp;", "&")).text
    assert "11–20 of" in second and 'rel="prev"' in second


def test_claims_page_rejects_bad_filters_with_400(client):
    r = client.get("/claims", params={"side": "nowhere"})
    assert r.status_code == 400 and "side" in r.text
    assert client.get("/claims", params={"since": "yesterday"}).status_code == 400


def test_cluster_page_shows_members_by_outlet_origins_contradictions_and_grade(client):
    import markupsafe as h  # the templates' own escaping

    k = next(k for k in client.get("/api/clusters").json()["items"] if k["contradictions"])
    page = client.get(f"/clusters/{k['id']}").text
    assert "Members by outlet" in page and "Origins" in page and "Contradictions" in page
    for outlet in {m["outlet"] for m in k["members"]}:
        assert f"<h3>{h.escape(outlet)}</h3>" in page
    for x in k["contradictions"]:
        assert h.escape(x["why"]) in page
    for origin in k["origins"]:
        assert h.escape(origin) in page
    assert 'class="grade big"' in page and h.escape(k["grade"]["reason"]) in page


def test_echo_and_drift_pages(client):
    html = client.get("/echo/e03_terminal_rewrite").text
    assert 'id="derivation-tree"' in html
    assert (
        "/drift/e03_terminal_rewrite/e01_terminal_post" in html
        and "/drift/e02_terminal_syndicated/e01_terminal_post" in html
    )
    drift = client.get("/drift/e03_terminal_rewrite/e01_terminal_post").text
    assert 'class="dropped"' in drift and 'class="added"' in drift and "hedge dropped" in drift
    assert 'id="drift-original"' in drift and 'id="drift-derived"' in drift


def test_map_page_lists_places_without_javascript(client):
    html = client.get("/map").text
    assert 'id="map"' in html and "/static/leaflet/leaflet.js" in html and "Odesa" in html
    assert 'id="place-list"' in html and 'data-tile-url=""' in html


def test_map_tile_url_is_a_setting_and_allowed_by_the_policy(make_client):
    c = make_client(tile_url="https://tiles.example.org/{z}/{x}/{y}.png")
    r = c.get("/map")
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in r.text
    assert "img-src 'self' data: https://tiles.example.org" in r.headers["content-security-policy"]


def test_review_form_needs_login_and_csrf_and_lands_in_the_audit_log(client):
    page = client.get("/articles/e01_terminal_post/claims/c2").text
    assert "Log in" in page and 'id="review-stance"' not in page
    token = _csrf_from(client.get("/login").text)
    no = client.post(
        "/articles/e01_terminal_post/claims/c2/review",
        data={"field": "stance", "value": "disputes", "csrf_token": token},
        follow_redirects=False,
    )
    assert no.status_code == 303 and no.headers["location"].startswith("/login")
    bad = client.post("/login", data={"username": "alice", "password": "x", "csrf_token": token})
    assert bad.status_code == 401 and "wrong username or password" in bad.text
    forged = client.post(
        "/login", data={"username": "alice", "password": "correct horse battery", "csrf_token": "forged"}
    )
    assert forged.status_code == 403
    ok = client.post(
        "/login",
        data={
            "username": "alice",
            "password": "correct horse battery",
            "csrf_token": token,
            "next": "https://evil.example/",
        },
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    page = client.get("/articles/e01_terminal_post/claims/c2").text
    assert 'id="review-stance"' in page
    token = _csrf_from(page)
    missing = client.post("/articles/e01_terminal_post/claims/c2/review", data={"field": "stance", "value": "disputes"})
    assert missing.status_code == 403
    r = client.post(
        "/articles/e01_terminal_post/claims/c2/review",
        data={"field": "stance", "value": "disputes", "note": "the ministry denies it", "csrf_token": token},
    )
    assert r.status_code == 200 and "the ministry denies it" in r.text
    audit = client.get("/audit").text
    assert "alice" in audit and "disputes" in audit and "review_stance" in audit
    article = client.get("/articles/e01_terminal_post").text
    assert "disputes ✓" in article


def test_html_errors_are_pages_with_their_status(client):
    for path in ("/articles/nope", "/clusters/nope", "/drift/a/b", "/sources/nobody", "/echo/nope", "/nowhere"):
        r = client.get(path)
        assert r.status_code == 404 and "<h1>404</h1>" in r.text


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static//etc/passwd",
        "/static/leaflet/../../app.py",
        "/static/nothing.js",
    ],
)
def test_no_url_reaches_the_file_system(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "create_app" not in r.text and "root:" not in r.text


def test_vendored_assets_are_served_from_the_package(client):
    js = client.get("/static/leaflet/leaflet.js")
    assert (
        js.status_code == 200
        and "Leaflet 1.9.4" in js.text[:200]
        and js.headers["content-type"].startswith("text/javascript")
    )
    assert client.get("/static/leaflet/leaflet.css").status_code == 200
    etag = client.get("/static/app.css").headers["etag"]
    assert client.get("/static/app.css", headers={"If-None-Match": etag}).status_code == 304

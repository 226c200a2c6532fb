"""The HTTP API over the demo store: every endpoint, every claim filter, every error."""

from __future__ import annotations

import csv
import io
import json

import pytest


def _all(client, path, **params):
    r = client.get(path, params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_articles_are_paginated_filtered_and_searchable(client):
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == 9 and page["limit"] == 3 and len(page["items"]) == 3
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert not {a["id"] for a in page["items"]} & {a["id"] for a in second["items"]}
    ledger = _all(client, "/api/articles", outlet="Danube Harbour Post")
    assert ledger["total"] == 2 and all(a["outlet"] == "Danube Harbour Post" for a in ledger["items"])
    found = _all(client, "/api/articles", q="glide")
    assert [a["id"] for a in found["items"]] == ["e05_marine_relay"]


def test_one_article_carries_text_record_derivations_and_clusters(client):
    d = client.get("/api/articles/e02_terminal_syndicated").json()
    assert d["text"].startswith("Izmail grain terminal")
    assert d["record"]["claims"] and d["record"]["article"]["id"] == "e02_terminal_syndicated"
    assert len(d["claims"]) == len(d["record"]["claims"])
    assert [(x["article"], x["derived_from"]) for x in d["derivations"]] == [
        ("e02_terminal_syndicated", "e01_terminal_post")
    ]
    assert {k["cluster_id"] for k in d["clusters"]}


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"side": "ru"}, lambda c: any(h["side"] == "ru" for h in c["chain"])),
        ({"kind": "military"}, lambda c: any(h["kind"] == "military" for h in c["chain"])),
        ({"stance": "disputes"}, lambda c: c["stance"] == "disputes"),
        ({"verification": "unverified"}, lambda c: c["verification"] == "unverified"),
        ({"source": "Bondar"}, lambda c: any("Bondar" in (h["name"] or "") for h in c["chain"])),
        (
            {"source": "ru-defence-ministry"},
            lambda c: any(h["canonical_id"] == "ru-defence-ministry" for h in c["chain"]),
        ),
        ({"q": "drones"}, lambda c: "drone" in (c["text"] + c["chain_text"]).lower()),
        ({"article": "e04_terminal_denial"}, lambda c: c["article_id"] == "e04_terminal_denial"),
        ({"outlet": "danube harbour post"}, lambda c: c["outlet"] == "Danube Harbour Post"),
        ({"place": "Odesa Oblast"}, lambda c: "Odesa Oblast" in {p["name"] for p in c["places"]}),
        ({"since": "2026-02-01", "until": "2026-02-09"}, lambda c: "2026-02-01" <= c["published"][:10] <= "2026-02-09"),
        ({"reviewed": "false"}, lambda c: not c["reviewed"]),
    ],
)
def test_each_claim_filter_narrows_the_list_to_matching_claims(client, params, check):
    everything = _all(client, "/api/claims")["total"]
    got = _all(client, "/api/claims", **params)
    assert 0 < got["total"] <= everything
    assert got["total"] == len(got["items"])
    assert all(check(c) for c in got["items"]), params
    if params != {"reviewed": "false"}:
        assert got["total"] < everything


def test_filters_combine(client):
    a = _all(client, "/api/claims", side="ua")["total"]
    b = _all(client, "/api/claims", side="ua", stance="reports")
    assert b["total"] < a
    assert all(c["stance"] == "reports" and any(h["side"] == "ua" for h in c["chain"]) for c in b["items"])


@pytest.mark.parametrize(
    "params",
    [
        {"side": "martian"},
        {"kind": "wizard"},
        {"stance": "shouts"},
        {"verification": "maybe"},
        {"since": "last week"},
        {"since": "2025-12-01", "until": "2025-01-01"},
        {"reviewed": "perhaps"},
        {"limit": 0},
        {"limit": 100000},
        {"offset": -1},
    ],
)
def test_bad_claim_parameters_are_422_json_errors(client, params):
    r = client.get("/api/claims", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["status"] == 422 and err["message"]


def test_search_text_is_never_read_as_fts_syntax(client):
    for q in ['"', "drones OR", "NEAR(", "a*b AND -", "'); DROP TABLE claims; --"]:
        r = client.get("/api/claims", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/claims").json()["total"] > 0


def test_one_claim_with_reviews_and_audit(client):
    d = client.get("/api/claims/e01_terminal_post/c1").json()
    assert d["claim"]["claim_id"] == "c1" and d["claim"]["chain"] and d["reviews"] == [] and d["audit"] == []
    assert client.get("/api/claims/e01_terminal_post/c999").status_code == 404


def test_search_returns_articles_and_claims(client):
    d = client.get("/api/search", params={"q": "grain terminal"}).json()
    assert {h["type"] for h in d} == {"claim", "article"}
    assert client.get("/api/search").status_code == 422


def test_sources_identities_and_relays(client):
    page = client.get("/api/sources", params={"limit": 5}).json()
    assert page["total"] > 5 and len(page["items"]) == 5
    found = _all(client, "/api/sources", q="Defence Ministry")["items"]
    assert found and all("Defence Ministry" in s["name"] + (s["names"] or "") for s in found)
    one = client.get("/api/sources/ru-defence-ministry").json()
    assert one["name"] and len({m["article_id"] for m in one["mentions"]}) > 1
    assert client.get("/api/sources/nobody").status_code == 404
    relays = client.get("/api/relays").json()
    assert any(e["relay_kind"] == "outlet" for e in relays)
    assert any(e["relay_kind"] != "outlet" for e in relays)  # a hop relaying another hop


def test_clusters_and_one_cluster(client):
    page = client.get("/api/clusters").json()
    assert page["total"] == len(page["items"]) > 0
    k = client.get(f"/api/clusters/{page['items'][0]['id']}").json()
    assert k["members"] and k["grade"]["reason"] and k["origins"]
    assert client.get("/api/clusters/k404").status_code == 404


def test_derivations_stories_and_drift(client):
    ders = client.get("/api/derivations").json()
    assert {(d["article"], d["derived_from"]) for d in ders} >= {("e02_terminal_syndicated", "e01_terminal_post")}
    assert client.get("/api/derivations", params={"article": "e05_marine_relay"}).json() == []
    stories = client.get("/api/stories").json()
    root = next(s for s in stories if s["article_id"] == "e01_terminal_post")
    assert {k["article_id"] for k in root["children"]} >= {"e02_terminal_syndicated", "e03_terminal_rewrite"}
    drift = client.get("/api/drift").json()
    assert drift["total"] == len(ders)
    rep = client.get("/api/drift/e03_terminal_rewrite/e01_terminal_post").json()
    assert {c["type"] for c in rep["changes"]} >= {"hedge_dropped", "claim_dropped"}
    assert client.get("/api/drift/e01_terminal_post/e03_terminal_rewrite").status_code == 404


def test_places_and_timeline(client):
    places = client.get("/api/places").json()
    port = next(p for p in places if p["name"].startswith("Izma"))  # Izmail, Izmayil in GeoNames
    assert port["articles"] >= 3 and port["claims"] > 0 and 45 < port["lat"] < 46
    tl = client.get("/api/timeline").json()
    assert tl and [t["value"] for t in tl] == sorted(t["value"] for t in tl)


def test_exports(client):
    recs = [json.loads(line) for line in client.get("/api/export/records.jsonl").text.splitlines()]
    assert len(recs) == 9 and all("claims" in r for r in recs)
    r = client.get("/api/export/claims.csv", params={"side": "ru"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv") and rows and all(", ru)" in x["chain"] for x in rows)
    assert len(rows) == client.get("/api/claims", params={"side": "ru"}).json()["total"]
    geo = client.get("/api/export/places.geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    assert client.get("/api/export/passwords.txt").status_code == 404


def test_csv_export_defuses_spreadsheet_formulas():
    from claimgraph.serve.exports import claims_csv

    out = "".join(claims_csv([{"text": "=HYPERLINK(1)", "chain": "+1"}]))
    row = list(csv.DictReader(io.StringIO(out)))[0]
    assert row["text"] == "'=HYPERLINK(1)" and row["chain"] == "'+1"


def test_unknown_paths_and_records_are_json_404s(client):
    for path in ("/api/nothing", "/api/articles/none", "/api/clusters/none"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_openapi_documents_every_api_route(client):
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    want = {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/claims",
        "/api/claims/{article_id}/{claim_id}",
        "/api/claims/{article_id}/{claim_id}/reviews",
        "/api/search",
        "/api/sources",
        "/api/sources/{canonical_id}",
        "/api/relays",
        "/api/clusters",
        "/api/clusters/{cluster_id}",
        "/api/derivations",
        "/api/stories",
        "/api/drift",
        "/api/drift/{article_id}/{derived_from}",
        "/api/places",
        "/api/timeline",
        "/api/export/{name}",
        "/api/audit",
        "/api/session",
    }
    assert want <= paths
    params = {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert params >= {"source", "side", "kind", "stance", "verification", "place", "since", "until", "q"}
    assert params >= {"reviewed", "limit", "offset"}
    assert client.get("/api/docs").status_code == 200


def test_the_served_app_is_built_from_the_environment(store_copy, monkeypatch):
    from fastapi.testclient import TestClient

    from claimgraph.serve.app import SERVE_ENV, from_environment

    monkeypatch.setenv(
        SERVE_ENV, json.dumps({"db": str(store_copy), "overrides": {"serve.require_login_to_read": True}})
    )
    app = from_environment()
    with TestClient(app) as c:
        assert c.get("/api/claims").status_code == 401  # the override reached the app
    app.state.ctx.store().close()


def test_serve_refuses_a_missing_store(tmp_path):
    from click.testing import CliRunner

    from claimgraph.cli import main

    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no such database" in r.output

"""Accounts, sessions, CSRF, the login rate limit, reviews and the audit log."""

from __future__ import annotations

import json

from click.testing import CliRunner


def _csrf(client):
    return client.get("/api/session").json()["csrf_token"]


def test_login_sets_an_httponly_lax_session_cookie(client, login):
    login(client)
    cookie = next(c for c in client.cookies.jar if c.name == "cg_session")
    assert cookie.has_nonstandard_attr("HttpOnly") and not cookie.secure
    r = client.get("/api/session")
    assert r.json()["username"] == "alice"


def test_session_cookie_is_secure_over_tls(make_client, login):
    from fastapi.testclient import TestClient

    c = make_client()
    tls = TestClient(c.app, base_url="https://testserver")
    token = _csrf(tls)
    r = tls.post(
        "/api/session", json={"username": "alice", "password": "correct horse battery"}, headers={"X-CSRF-Token": token}
    )
    header = r.headers["set-cookie"]
    assert "cg_session=" in header and "Secure" in header and "HttpOnly" in header and "samesite=lax" in header.lower()


def test_wrong_password_unknown_user_and_missing_csrf_are_refused(client):
    token = _csrf(client)
    bad = client.post("/api/session", json={"username": "alice", "password": "nope"}, headers={"X-CSRF-Token": token})
    assert bad.status_code == 401 and bad.json()["error"]["message"] == "wrong username or password"
    ghost = client.post("/api/session", json={"username": "ghost", "password": "nope"}, headers={"X-CSRF-Token": token})
    assert ghost.status_code == 401
    no_csrf = client.post("/api/session", json={"username": "alice", "password": "correct horse battery"})
    assert no_csrf.status_code == 403
    assert client.get("/api/session").json()["username"] is None


def test_login_is_rate_limited(make_client):
    client = make_client(login_attempts=3, login_window_s=60)
    token = _csrf(client)
    codes = [
        client.post(
            "/api/session", json={"username": "bob", "password": f"guess{i}"}, headers={"X-CSRF-Token": token}
        ).status_code
        for i in range(5)
    ]
    assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429]
    r = client.post(
        "/api/session", json={"username": "bob", "password": "another long secret"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0  # even the right password waits


def test_a_forged_or_expired_session_is_no_session(client, login):
    login(client)
    good = client.cookies.get("cg_session")
    user, exp, nonce, mac = good.split("|")
    client.cookies.set("cg_session", f"bob|{exp}|{nonce}|{mac}")
    assert client.get("/api/session").json()["username"] is None
    from claimgraph.serve.auth import Signer

    s = Signer("k")
    assert s.session_user(s.session("alice", -10)) is None and s.session_user(s.session("alice", 60)) == "alice"


def test_nothing_changes_without_login_or_csrf(client, login):
    body = {"field": "stance", "value": "disputes"}
    assert client.post("/api/claims/e01_terminal_post/c1/reviews", json=body).status_code == 401
    login(client)
    assert client.post("/api/claims/e01_terminal_post/c1/reviews", json=body).status_code == 403
    assert (
        client.post("/api/claims/e01_terminal_post/c1/reviews", json=body, headers={"X-CSRF-Token": "x"}).status_code
        == 403
    )
    actions = [e["action"] for e in client.get("/api/audit").json()["items"]]
    assert actions == ["login", "user_add", "user_add"]  # no review_* entry


def test_a_correction_is_reviewed_audited_and_exported_as_reviewed(client, login):
    token = login(client)
    before = client.get("/api/claims/e01_terminal_post/c2").json()["claim"]
    r = client.post(
        "/api/claims/e01_terminal_post/c2/reviews",
        json={"field": "verification", "value": "confirmed", "note": "geolocated footage"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 201, r.text
    review = r.json()
    assert (review["reviewer"], review["field"], review["value"]) == ("alice", "verification", "confirmed")
    assert review["before"] == before["verification"] and review["at"]
    after = client.get("/api/claims/e01_terminal_post/c2").json()
    assert after["claim"]["verification"] == "confirmed" and after["claim"]["reviewed"]
    assert after["claim"]["extracted"]["verification"] == before["verification"]
    entry = after["audit"][0]
    assert (entry["username"], entry["action"], entry["target"]) == (
        "alice",
        "review_verification",
        "e01_terminal_post:c2",
    )
    assert entry["before"] == before["verification"] and "confirmed" in entry["after"]
    listed = client.get("/api/claims", params={"reviewed": "true"}).json()
    assert [(c["article_id"], c["claim_id"]) for c in listed["items"]] == [("e01_terminal_post", "c2")]
    assert listed["items"][0]["verification"] == "confirmed"
    assert (
        client.get("/api/claims", params={"verification": "confirmed", "article": "e01_terminal_post"}).json()["total"]
        == 1
    )
    recs = [json.loads(x) for x in client.get("/api/export/records.jsonl").text.splitlines()]
    c2 = next(c for r in recs if r["article"]["id"] == "e01_terminal_post" for c in r["claims"] if c["id"] == "c2")
    assert c2["reviewed"] and c2["verification"] == "confirmed" and c2["review"]["verification"]["by"] == "alice"
    assert c2["review"]["verification"]["extracted"] == before["verification"]
    csv_text = client.get("/api/export/claims.csv", params={"reviewed": "true"}).text
    assert "confirmed" in csv_text and csv_text.count("\n") == 2


def test_confirm_mark_wrong_note_and_every_field(client, login):
    token = login(client)
    h = {"X-CSRF-Token": token}
    url = "/api/claims/e01_terminal_post/c3/reviews"
    current = client.get("/api/claims/e01_terminal_post/c3").json()["claim"]["stance"]
    confirm = client.post(url, json={"field": "stance", "value": current}, headers=h).json()
    assert confirm["before"] == confirm["value"] == current  # a confirmation: the same value, on the record
    assert (
        client.post(url, json={"field": "wrong", "value": "wrong", "note": "not a claim"}, headers=h).status_code == 201
    )
    assert (
        client.post(url, json={"field": "note", "note": "check with the desk"}, headers=h).json()["value"]
        == "check with the desk"
    )
    for field, value in (
        ("chain", "Governor <- regional military administration"),
        ("place", "Reni"),
        ("figure", "16 drones"),
    ):
        e = client.post(url, json={"field": field, "value": value}, headers=h).json()
        assert e["field"] == field and e["value"] == value
    row = client.get("/api/claims", params={"article": "e01_terminal_post", "reviewed": "true"}).json()["items"][0]
    assert row["review"]["wrong"]["value"] == "true" and row["review"]["chain"]["value"].startswith("Governor <-")
    actions = [e["action"] for e in client.get("/api/audit", params={"target": "e01_terminal_post:c3"}).json()["items"]]
    assert sorted(actions) == sorted(
        ["review_stance", "review_wrong", "review_note", "review_chain", "review_place", "review_figure"]
    )
    page = client.get("/articles/e01_terminal_post/claims/c3").text
    assert "Reni" in page and "16 drones" in page and "marked wrong" in page


def test_bad_reviews_are_refused_with_reasons(client, login):
    h = {"X-CSRF-Token": login(client)}
    url = "/api/claims/e01_terminal_post/c1/reviews"
    assert client.post(url, json={"field": "colour", "value": "red"}, headers=h).status_code == 422
    assert client.post(url, json={"field": "stance", "value": "shouts"}, headers=h).status_code == 422
    assert client.post(url, json={"field": "stance"}, headers=h).status_code == 422
    assert client.post(url, json={"field": "note"}, headers=h).status_code == 422
    assert (
        client.post(
            "/api/claims/e01_terminal_post/c999/reviews", json={"field": "stance", "value": "asserts"}, headers=h
        ).status_code
        == 404
    )
    assert not [e for e in client.get("/api/audit").json()["items"] if e["action"].startswith("review_")]


def test_reviews_survive_a_re_extract_and_a_re_link(client, login, store_copy):
    from claimgraph import link
    from claimgraph.store import Store

    h = {"X-CSRF-Token": login(client)}
    client.post("/api/claims/e01_terminal_post/c1/reviews", json={"field": "stance", "value": "asserts"}, headers=h)
    with Store(store_copy) as st:
        recs = list(st.records())
        for rec in recs:
            st.save_record(rec)  # what a re-extract writes
        st.save_corpus(link(recs))
    row = client.get("/api/claims", params={"article": "e01_terminal_post", "reviewed": "true"}).json()["items"]
    assert [(r["claim_id"], r["stance"]) for r in row] == [("c1", "asserts")]
    assert client.get("/api/claims", params={"place": "Izmail"}).json()["total"] > 0  # claim links rebuilt


def test_logout_ends_the_session(client, login):
    token = login(client)
    assert client.request("DELETE", "/api/session", headers={"X-CSRF-Token": token}).status_code == 200
    assert client.get("/api/session").json()["username"] is None


def test_reading_can_require_login(make_client, login):
    client = make_client(require_login_to_read=True)
    assert client.get("/api/claims").status_code == 401
    r = client.get("/claims", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/claims")
    assert client.get("/login").status_code == 200 and client.get("/static/app.css").status_code == 200
    login(client)
    assert client.get("/api/claims").status_code == 200 and client.get("/claims").status_code == 200


def test_user_add_hashes_with_argon2_and_reads_stdin(store_copy):
    from claimgraph.cli import main
    from claimgraph.serve.auth import verify_password
    from claimgraph.store import Store

    r = CliRunner().invoke(main, ["user", "add", "carol", "--db", str(store_copy)], input="a fine password\n")
    assert r.exit_code == 0, r.output
    again = CliRunner().invoke(main, ["user", "add", "carol", "--db", str(store_copy)], input="a new fine password\n")
    assert again.exit_code == 0 and "password changed" in again.output
    with Store(store_copy) as st:
        h = st.get_user("carol")["password_hash"]
    assert h.startswith("$argon2id$") and "a fine password" not in h
    assert verify_password(h, "a new fine password") and not verify_password(h, "a fine password")
    short = CliRunner().invoke(main, ["user", "add", "dave", "--db", str(store_copy)], input="short\n")
    assert short.exit_code == 2 and "at least 8" in short.output
    spaced = CliRunner().invoke(main, ["user", "add", "e ve", "--db", str(store_copy)], input="a fine password\n")
    assert spaced.exit_code == 2

"""The page cache: a page read again is served from memory, but never after a write to the store (in this
process or another), never to another user, and always with the requester's own CSRF token."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from claimgraph.store import Store

ARTICLE = "/articles/e01_terminal_post"


def _badge(html: str, claim: str) -> str:
    """The stance badge of one claim card of an article page."""
    card = html.split(f'id="claim-{claim}"', 1)[1].split("</section>", 1)[0]
    return re.search(r'<span class="badge b-([a-z_]+)( reviewed)?"', card).group(0)


def test_a_page_read_twice_is_served_from_the_cache_until_a_review_changes_it(client, login):
    cache = client.app.state.page_cache
    first = client.get(ARTICLE)
    assert first.status_code == 200 and "reviewed" not in _badge(first.text, "c2")
    hits = cache.hits
    again = client.get(ARTICLE)
    assert cache.hits == hits + 1 and again.text == first.text
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert int(again.headers["content-length"]) == len(again.content)
    claims = client.get("/claims?stance=disputes").text
    # a reviewer (another browser) changes the stance: every reader sees it on the next request
    reviewer = TestClient(client.app)
    token = login(reviewer)
    r = reviewer.post(
        "/api/claims/e01_terminal_post/c2/reviews",
        json={"field": "stance", "value": "disputes"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 201, r.text
    after = client.get(ARTICLE).text
    assert _badge(after, "c2") == '<span class="badge b-disputes reviewed"'
    listed = client.get("/claims?stance=disputes").text
    assert listed != claims and "disputes ✓" in listed and "disputes ✓" not in claims


def test_a_write_by_another_process_is_seen_on_the_next_request(client, store_copy):
    before = client.get(ARTICLE).text
    assert "reviewed" not in _badge(before, "c1")
    with Store(store_copy) as other:  # as `claimgraph review` or a second server process would
        other.review_claim("bob", "e01_terminal_post", "c1", "stance", "disputes")
    assert _badge(client.get(ARTICLE).text, "c1") == '<span class="badge b-disputes reviewed"'


def test_pages_are_kept_per_user_with_each_requesters_own_csrf_token(client, login):
    anon = TestClient(client.app)
    alice, bob = TestClient(client.app), TestClient(client.app)
    alice_token = login(alice)
    bob_token = login(bob, "bob", "another long secret")
    assert alice_token != bob_token
    for _ in range(2):  # the second round is served from the cache
        a = alice.get("/claims").text
        b = bob.get("/claims").text
        n = anon.get("/claims").text
        assert '<span class="user">alice</span>' in a and f'value="{alice_token}"' in a
        assert '<span class="user">bob</span>' in b and f'value="{bob_token}"' in b
        assert "alice" not in b and alice_token not in b and bob_token not in a
        assert "alice" not in n and "bob" not in n and "Log out" not in n and "Log in" in n
    # a second session of the same user gets its own token in the kept page
    alice2 = TestClient(client.app)
    token2 = login(alice2)
    page = alice2.get("/claims").text
    assert f'value="{token2}"' in page and alice_token not in page


def test_the_login_page_and_errors_are_never_kept(client):
    cache = client.app.state.page_cache
    client.get("/login")
    client.get("/login")
    client.get("/articles/nope")
    client.get("/articles/nope")
    assert cache.hits == 0
    fresh = TestClient(client.app)
    tokens = {re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1) for c in (client, fresh)}
    assert len(tokens) == 2


def test_reading_behind_a_login_is_not_served_from_the_cache_to_a_stranger(make_client, login):
    c = make_client(require_login_to_read=True)
    login(c)
    assert c.get("/claims").status_code == 200
    stranger = TestClient(c.app)
    r = stranger.get("/claims", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")

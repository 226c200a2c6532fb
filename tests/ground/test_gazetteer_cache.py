"""The gazetteer index is built once and kept in the user's cache under a key of its code and data."""

import pytest

from claimgraph.ground import gazetteer as g

ENTRY = g.Entry("Testivka", "UA", "Kharkiv", 49.9, 36.2, "settlement", "test:1", "test", True)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(g, "build_index", lambda: {"testivka": [ENTRY]})
    g.clear_cache()
    yield tmp_path
    g.clear_cache()  # later tests get the real index


def test_built_once_then_read_from_the_cache(cache, monkeypatch):
    assert g.index() == {"testivka": [ENTRY]}
    [f] = cache.glob("gazetteer-*.pickle")
    assert g.cache_key() in f.name

    def boom():
        raise AssertionError("rebuilt although the cache is current")

    monkeypatch.setattr(g, "build_index", boom)
    g.clear_cache()
    assert g.index() == {"testivka": [ENTRY]}


def test_a_new_key_rebuilds_and_replaces_the_old_file(cache, monkeypatch):
    g.index()
    monkeypatch.setattr(g, "cache_key", lambda: "otherkey")
    g.clear_cache()
    g.index()
    assert [f.name for f in cache.glob("gazetteer-*.pickle")] == ["gazetteer-otherkey.pickle"]


def test_a_corrupt_cache_file_is_rebuilt(cache):
    (cache / f"gazetteer-{g.cache_key()}.pickle").write_bytes(b"not a pickle")
    assert g.index() == {"testivka": [ENTRY]}


def test_an_unwritable_cache_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CLAIMGRAPH_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(g, "build_index", lambda: {"testivka": [ENTRY]})
    g.clear_cache()
    try:
        assert g.index() == {"testivka": [ENTRY]}
    finally:
        g.clear_cache()


def test_the_key_covers_the_code():
    assert len(g.cache_key()) == 20 and g.cache_key() == g.cache_key()

import importlib.util
from pathlib import Path

from claimgraph.ingest import RawArticle, Rejection
from claimgraph.store import Store


def test_idempotent_ingest_versions_and_rejections(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as st:
        assert st.add(RawArticle("Text one.", "a.txt", id="a", url="http://x/1")) == "stored"
        assert st.add(RawArticle("Text one.", "a.txt", id="a", url="http://x/1")) == "duplicate"
        assert st.add(RawArticle("text   ONE.", "b.txt", id="b")) == "duplicate"
        assert st.add(RawArticle("Text one, corrected.", "c.txt", id="c", url="http://x/1")) == "version"
        st.add(Rejection("d.txt", "empty"))
        st.add(Rejection("d.txt", "empty"))
        s = st.stats()
    assert (s["stored"], s["duplicate"], s["rejected"], s["versions"]) == (2, 1, 1, 1)


def _mixed():
    """The ingest benchmark's generator, so the test and the benchmark build the same kinds of input."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "mixed_ingest.py"
    spec = importlib.util.spec_from_file_location("mixed_ingest", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_mixed_inputs_are_all_accounted_for_and_a_rerun_adds_nothing(tmp_path):
    mixed = _mixed()
    want = mixed.make_corpus(tmp_path / "in", n=70, broken=14)
    db = tmp_path / "c.db"
    code, got = mixed._ingest(tmp_path / "in", db)
    assert code == 1
    assert got["stored"] == want["stored"] == 56 and got["rejected"] == 14
    assert got["skipped"] > 0  # WARC requests, warcinfo and images are counted, not stored
    with Store(db) as st:
        before = st.stats()
        assert before["rejected_by_reason"] == want["rejected_by_reason"]
        assert set(before["rejected_by_reason"]) == set(mixed.BROKEN_KINDS)
        assert all(r["reason"] and r["input"] for r in st.rejections())
    code, again = mixed._ingest(tmp_path / "in", db)
    assert again["stored"] == again["version"] == 0
    with Store(db) as st:
        assert st.stats() == before


def test_kill_and_resume_gives_the_same_contents(tmp_path):
    mixed = _mixed()
    src = tmp_path / "in"
    want = mixed.make_corpus(src, n=300, broken=14)
    ref, db = tmp_path / "ref.db", tmp_path / "run.db"
    mixed._ingest(src, ref)
    code, counts = mixed.kill_and_resume(src, db, after_stored=40)
    assert counts["killed_mid_run"]
    assert code == 1  # the broken inputs are rejected again, nothing else
    with Store(ref) as a, Store(db) as b:
        assert a.stats() == b.stats()
        assert a.dump() == b.dump()
        assert a.stats()["stored"] == want["stored"] and a.stats()["rejected"] == 14


DATA = Path(__file__).parent / "data"


def test_a_store_made_before_alembic_keeps_opening_with_everything_in_it(tmp_path):
    """tests/store/data/store-schema2.db was made by the pre-Alembic store (schema versions 1 and 2):
    `claimgraph demo` plus one duplicate input and one rejection."""
    import shutil

    db = tmp_path / "old.db"
    shutil.copy(DATA / "store-schema2.db", db)
    with Store(db) as st:
        s = st.stats()
        assert (s["stored"], s["duplicate"], s["rejected"], s["extracted"], s["claims"]) == (8, 1, 1, 8, 76)
        from claimgraph.store import HEAD

        assert s["schema_version"] == HEAD
        assert len(st.derivations()) == 2 and len(st.clusters()) == 7
        assert any(ch["type"] == "hedge_dropped" for r in st.drift_reports() for ch in r["changes"])
        assert st.count_claims(q="depot") > 0 and len(st.identities()) == 14
        assert all(c["members"] for c in st.clusters())
        # revision 0002 put the bridged claims in one store-wide order: by article, then within it
        order = {a: n for n, a in enumerate(st.article_ids())}
        seen = [order[c["article_id"]] for c in st.list_claims(limit=1000)]
        assert seen == sorted(seen) and len(seen) == 76
    with Store(db) as st:  # and opens again without migrating twice
        assert st.stats() == s


def test_opening_a_missing_store_for_reading_does_not_create_it(tmp_path):
    import pytest

    from claimgraph.store import StoreError

    with pytest.raises(StoreError, match="no such store"):
        Store.open_existing(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_an_article_comes_back_with_the_language_and_extra_its_reader_gave(store_target):
    post = RawArticle(
        "Повідомлення каналу про нічну атаку.",
        "result.json#post-7",
        id="tg-7",
        language="uk",
        extra={"channel": "Regional news", "post_id": 7, "forwarded_from": "City council"},
    )
    plain = RawArticle("A plain text with no declared language.", "plain.txt", id="plain")
    with Store(store_target) as st:
        assert st.add(post) == "stored" and st.add(plain) == "stored"
    with Store(store_target) as st:
        got = {a.id: a for a in st.articles()}
    assert got["tg-7"].language == "uk"
    assert got["tg-7"].extra == {"channel": "Regional news", "post_id": 7, "forwarded_from": "City council"}
    assert got["plain"].language is None and got["plain"].extra == {}

"""#16 and #17: stores shared by processes, and stores that are broken, fail cleanly or not at all."""

from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3

import alembic.command  # noqa: F401 - imported once here, not in every forked child
import pytest

from claimgraph.ingest import RawArticle, Rejection
from claimgraph.store import Store, StoreError

FORK = mp.get_context("fork")


def _report(n: int, night: str) -> RawArticle:
    # short texts written for this test: each distinct by its number and night
    return RawArticle(
        f"Air defence units said they downed {n} drones over the region on the night of {night}. "
        f"Debris damaged {n % 7 + 1} houses, the regional administration said.",
        f"report-{night}-{n}.txt",
        id=f"r-{night}-{n}",
        url=f"https://example.org/{night}/{n}",
    )


def _open_and_ingest(target: str, start, who: str, items: list[int], out) -> None:
    try:
        start.wait(30)
        with Store(target) as st:
            res = [st.add(_report(n, "march-3")) for n in items]
        out.put((who, res))
    except BaseException as e:  # reported to the parent, which fails the test with it
        out.put((who, f"{type(e).__name__}: {e}"))


def _race(target: str, a: list[int], b: list[int]) -> dict[str, list[str]]:
    start, out = FORK.Event(), FORK.Queue()
    procs = [FORK.Process(target=_open_and_ingest, args=(target, start, w, xs, out)) for w, xs in (("a", a), ("b", b))]
    for p in procs:
        p.start()
    start.set()
    got = dict(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs)
    return got


def test_two_processes_opening_a_new_sqlite_store_at_once_lose_nothing(tmp_path):
    """#16: in 5 of 10 tries one process died with 'table articles already exists'."""
    for attempt in range(20):
        db = str(tmp_path / f"new-{attempt}.db")
        got = _race(db, list(range(0, 6)), list(range(6, 12)))
        assert got["a"] == got["b"] == ["stored"] * 6, got
        with Store(db) as st:
            assert st.stats()["stored"] == 12


def test_two_processes_opening_a_new_postgres_store_at_once_lose_nothing(pg_cluster):
    for _attempt in range(20):
        url = pg_cluster.new_database()
        got = _race(url, list(range(0, 4)), list(range(4, 8)))
        assert got["a"] == got["b"] == ["stored"] * 4, got
        with Store(url) as st:
            assert st.stats()["stored"] == 8


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_concurrent_ingests_lose_and_double_nothing(backend, tmp_path, request):
    """#17: two ingests of overlapping inputs into one store: every article once, every input counted."""
    target = str(tmp_path / "c.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    with Store(target) as st:
        st.add(Rejection("warm-up.txt", "empty"))  # the schema exists; the race is on the articles
    a, b = list(range(0, 60)), list(range(30, 90))[::-1]
    got = _race(target, a, b)
    assert all(isinstance(v, list) for v in got.values()), got
    assert got["a"].count("stored") + got["b"].count("stored") == 90
    with Store(target) as st:
        s = st.stats()
        assert s["stored"] == 90 and s["duplicate"] == 0
        ids = [x.id for x in st.articles()]
        assert len(ids) == len(set(ids)) == 90
        assert st.count_articles() == 90


def test_a_file_that_is_not_a_database_gives_one_line(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are my notes, not a database\n")
    with pytest.raises(StoreError) as e:
        Store(p)
    assert str(e.value) == f"{p}: not an SQLite database"


def _corrupt(db) -> None:
    """Garbage over every page after the first two: the header still says SQLite."""
    size = os.path.getsize(db)
    with open(db, "r+b") as f:
        f.seek(4096 * 2)
        f.write(os.urandom(size - 4096 * 2))


def _store_with_articles(db, n: int = 40) -> None:
    with Store(db) as st:
        for i in range(n):
            st.add(_report(i, "may-9"))
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_a_corrupt_store_gives_one_line_naming_it(tmp_path):
    db = tmp_path / "c.db"
    _store_with_articles(db)
    _corrupt(db)
    with pytest.raises(StoreError) as e:
        Store(db)
    msg = str(e.value)
    assert msg.startswith(f"{db}: ") and "corrupt" in msg and "\n" not in msg


def test_ingest_into_garbage_pages_never_reports_success(tmp_path):
    """Even with the open-time check off (a store too big for it), a write that meets a bad page fails."""
    db = tmp_path / "c.db"
    _store_with_articles(db)
    _corrupt(db)
    results = []
    with pytest.raises(StoreError):
        st = Store(db, check=False)
        for i in range(100, 110):
            results.append(st.add(_report(i, "may-9")))
    assert "stored" not in results


def test_a_read_only_store_reads_and_refuses_writes_in_one_line(tmp_path):
    db = tmp_path / "c.db"
    _store_with_articles(db, 3)
    with Store(db, readonly=True) as st:
        assert st.stats()["stored"] == 3 and len(st.list_articles()) == 3
        with pytest.raises(StoreError, match="read-only"):
            st.add(_report(99, "may-9"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_store_file_without_write_permission_opens_read_only(tmp_path):
    db = tmp_path / "c.db"
    _store_with_articles(db, 2)
    for f in tmp_path.iterdir():
        f.chmod(0o444)
    with Store(db) as st:
        assert st.readonly and st.stats()["stored"] == 2
        with pytest.raises(StoreError, match="read-only"):
            st.add(_report(98, "may-9"))


def test_a_folder_or_a_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "c.db")


def test_an_unreachable_postgres_store_gives_one_line():
    with pytest.raises(StoreError) as e:
        Store("postgresql://nobody@127.0.0.1:1/none")
    msg = str(e.value)
    assert msg.startswith("postgresql://nobody@127.0.0.1:1/none: ") and "\n" not in msg


def test_a_store_url_password_never_reaches_a_message():
    with pytest.raises(StoreError) as e:
        Store("postgresql://desk:s3cret-pw@127.0.0.1:1/none")
    assert "s3cret-pw" not in str(e.value) and str(e.value).startswith("postgresql://desk:***@127.0.0.1:1/none: ")

"""Store fixtures: hand-built records (no model needed) and a store on each backend."""

from __future__ import annotations

import pytest
from pgcluster import PostgresCluster, find_pg_bin
from storekit import GS, MOD, WIRE, make_record


@pytest.fixture(scope="session")
def pg_cluster():
    """A temporary PostgreSQL cluster on a loopback port, made with Debian's initdb and pg_ctl."""
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    cluster = PostgresCluster(bindir)
    try:
        cluster.start()
    except RuntimeError as e:  # the binaries are there, so a failure to start is a failure
        pytest.fail(f"could not start a temporary PostgreSQL cluster: {e}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster, request):
    """A fresh, empty PostgreSQL database for one test."""
    return pg_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """Where a store lives: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "c.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def two_articles():
    """Two short reports of one night, written for these tests."""
    a = make_record(
        "north",
        "Shelling reportedly damaged a bridge in Izium, the General Staff said. "
        "The Defence Ministry denied that its artillery fired on the town.",
        [
            {
                "text": "Shelling reportedly damaged a bridge in Izium",
                "chain": [GS],
                "hedges": ["reportedly"],
                "places": [("Izium", 49.21, 37.25)],
                "verification": "unverified",
            },
            {
                "text": "its artillery fired on the town",
                "chain": [MOD],
                "stance": "disputes",
                "places": [("Izium", 49.21, 37.25)],
            },
        ],
        outlet="North Courier",
        published="2025-05-01",
    )
    b = make_record(
        "south",
        "A bridge in Izium was damaged by shelling, Reuters reported, citing the General Staff.",
        [
            {
                "text": "A bridge in Izium was damaged by shelling",
                "chain": [WIRE, GS],
                "places": [("Izium", 49.21, 37.25)],
            }
        ],
        outlet="South Gazette",
        published="2025-05-03",
    )
    return a, b

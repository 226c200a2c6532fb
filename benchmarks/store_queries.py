"""Store read speed: the queries the web app and the desk commands make, on a generated store.

    python benchmarks/store_queries.py [--articles 10000] [--db postgresql://...]

Builds a store of N generated articles (8 claims each, chains of one or two sources, hedges,
places), then times each query many times and prints the median and p99 in milliseconds.
The generated texts are made here from templates; no real news.

Recorded 2026-12-01 on the shared 2-core machine (load average about 15, so absolute times are high),
median / p99 ms:

    query                          SQLite, 3,000 articles   PostgreSQL 15, 1,000 articles
    list_claims (first page)           14.7 / 19.9               31.0 / 60.7
    list_claims (deep page)            36.2 / 45.7               38.3 / 107.4
    list_claims side=ru                82.2 / 114.8              71.0 / 437.4
    list_claims place+verification    139.4 / 217.7              82.0 / 101.8
    count_claims                       21.8 / 31.8                4.8 / 72.0
    count_claims source               126.2 / 157.2              46.0 / 86.1
    list_claims q=depot Izium          42.7 / 63.5               30.9 / 70.9
    search                             85.5 / 111.2              60.0 / 81.2
    get_article                        10.5 / 27.7               15.6 / 44.5

Before revision 0002 (claims sorted on every page) the SQLite first page took 153.5 ms and side=ru 526 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))

from storekit import make_record  # noqa: E402

from claimgraph.ingest import RawArticle  # noqa: E402
from claimgraph.store import Store  # noqa: E402

TOWNS = [("Izium", 49.21, 37.25), ("Kupiansk", 49.71, 37.62), ("Lyman", 48.99, 37.81), ("Sumy", 50.91, 34.8)]
SOURCES = [
    ("the General Staff", "military", "ua", "ua-general-staff"),
    ("the Defence Ministry", "government_body", "ru", "ru-mod"),
    ("Reuters", "media_outlet", "international", "source:reuters"),
    ("a local official", "state_official", "ua", None),
]


def build(st: Store, n: int) -> None:
    rnd = random.Random(7)
    for i in range(n):
        claims = []
        for j in range(8):
            town = rnd.choice(TOWNS)
            chain = [rnd.choice(SOURCES)] + ([rnd.choice(SOURCES)] if rnd.random() < 0.3 else [])
            claims.append(
                {
                    "text": f"Strike number {i}-{j} reportedly hit a depot near {town[0]} overnight",
                    "chain": chain,
                    "hedges": ["reportedly"] if rnd.random() < 0.4 else [],
                    "places": [town],
                    "verification": rnd.choice(["not_stated", "unverified", "confirmed"]),
                }
            )
        text = ". ".join(c["text"] for c in claims) + "."
        rec = make_record(f"a{i:06d}", text, claims, outlet=f"Outlet {i % 40}", published=f"2025-{i % 12 + 1:02d}-15")
        st.add(
            RawArticle(
                text, f"gen/{i}.txt", id=rec.article.id, outlet=rec.article.outlet, published=rec.article.published
            )
        )
        st.save_record(rec)


def timed(fn, runs: int) -> tuple[float, float]:
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(len(ts) * 0.99))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--runs", type=int, default=50)
    a = ap.parse_args()
    db = a.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    with Store(db) as st:
        if st.count_articles() < a.articles:
            t = time.perf_counter()
            build(st, a.articles)
            print(f"built {a.articles} articles in {time.perf_counter() - t:.1f} s")
        rnd = random.Random(1)
        queries = {
            "list_claims (first page)": lambda: st.list_claims(limit=50),
            "list_claims (deep page)": lambda: st.list_claims(limit=50, offset=rnd.randrange(0, a.articles * 8 - 50)),
            "list_claims side=ru": lambda: st.list_claims(side="ru", limit=50),
            "list_claims place+verification": lambda: st.list_claims(place="Izium", verification="unverified"),
            "count_claims": lambda: st.count_claims(),
            "count_claims source": lambda: st.count_claims(source="general staff"),
            "list_claims q=depot Izium": lambda: st.list_claims(q="depot Izium", limit=50),
            "search": lambda: st.search("Kupiansk depot", limit=20),
            "get_article": lambda: st.get_article(f"a{rnd.randrange(a.articles):06d}"),
            "list_articles": lambda: st.list_articles(limit=50),
        }
        print(f"{'query':<34} {'median ms':>10} {'p99 ms':>10}")
        for name, fn in queries.items():
            med, p99 = timed(fn, a.runs)
            print(f"{name:<34} {med:>10.1f} {p99:>10.1f}")


if __name__ == "__main__":
    main()

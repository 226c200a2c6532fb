"""Telegram export benchmark: a generated channel export (``result.json``) read by the Telegram reader.

    python benchmarks/telegram_ingest.py                # 10,000 posts
    python benchmarks/telegram_ingest.py --mb 200       # as many posts as make a 200 MB export
    python benchmarks/telegram_ingest.py --posts 2000 --keep /tmp/tg

The export mixes what real channels hold: plain posts, posts whose text is a list of entities
(bold, links, text links, mentions), forwards from other channels, edited posts, media-only posts,
service messages, and posts with broken entities. Checks, each printed with its figures:

1. every message is accounted for: articles + rejected + skipped = messages, and each kind is the
   number the generator wrote (forwards keep the channel they name, edits carry their edit time);
2. ``count_items`` gives the same total before reading (the progress bar's total);
3. memory is bounded: the peak RSS of the reading process above the imported reader's stays
   under ``--max-rss`` MB, whatever the export's size (the reader is run in its own process).
Exit status 0 when all hold.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

_PLACES = ["Харків", "Суми", "Одеса", "Дніпро", "Запоріжжя", "Херсон", "Нікополь", "Краматорськ", "Покровськ"]
_SOURCES = ["Повітряні сили", "Генштаб ЗСУ", "ОВА", "ДСНС", "Нацполіція", "міська рада"]
_CHANNELS = ["Повітряні сили ЗСУ", "Генштаб", "Оперативний ЗСУ", "Новини області", "Regional Monitor"]


def _text(rng: random.Random, i: int, long: bool) -> str:
    place, src = rng.choice(_PLACES), rng.choice(_SOURCES)
    n = rng.randint(2, 90)
    t = f"Пост {i}: вночі ворог атакував {place} — збито {n} безпілотників, повідомляє {src}."
    if long:  # a long post (Telegram allows 4,096 characters)
        t += " " + " ".join(
            f"Оновлення {k}: на місці працюють рятувальники, інформація уточнюється." for k in range(45)
        )
    return t


def make_export(path: Path, posts: int | None = 10_000, mb: float | None = None, seed: int = 11) -> Counter:
    """Write an export message by message (never held whole); return the tally of what it holds."""
    rng = random.Random(seed)
    want: Counter[str] = Counter()
    limit = int(mb * 1024 * 1024) if mb else None
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{\n "name": "Бенчмарк каналу",\n "type": "public_channel",\n "id": 1234567890,\n "messages": [\n')
        i = 0
        while (posts is not None and i < posts) or (limit is not None and fh.tell() < limit):
            i += 1
            msg: dict = {
                "id": i,
                "type": "message",
                "date": "2025-11-04T08:15:00",
                "date_unixtime": str(1762244100 + 60 * i),
                "from": "Бенчмарк каналу",
                "from_id": "channel1234567890",
            }
            roll = rng.random()
            if i % 997 == 1:
                msg.update(type="service", action="pin_message", text="")
                want["service"] += 1
            elif roll < 0.10:
                msg.update(text="", photo=f"photos/photo_{i}.jpg", width=1280, height=720)
                want["media_only"] += 1
            elif roll < 0.13:
                msg["text"] = ["Зламаний ", {"type": "bold"}] if i % 2 else ["Зламаний ", 42]
                want["broken_entity"] += 1
            else:
                text = _text(rng, i, long=limit is not None or roll > 0.9)
                if roll < 0.45:  # a post with entities: bold place, a text link, a bare link
                    head, _, tail = text.partition(":")
                    msg["text"] = [
                        {"type": "bold", "text": head},
                        ":" + tail + " ",
                        {"type": "text_link", "text": "Джерело", "href": f"https://example.org/s/{i}"},
                        " ",
                        {"type": "link", "text": f"https://example.org/n/{i}"},
                    ]
                else:
                    msg["text"] = text
                if roll > 0.80:
                    msg["forwarded_from"] = rng.choice(_CHANNELS)
                    want["forwarded"] += 1
                if 0.60 < roll < 0.66:
                    msg["edited"] = "2025-11-04T09:00:00"
                    msg["edited_unixtime"] = str(1762244100 + 60 * i + 600)
                    want["edited"] += 1
                if roll > 0.95:
                    msg["photo"] = f"photos/photo_{i}.jpg"  # a photo with a caption is an article
                want["article"] += 1
            want["messages"] += 1
            fh.write(("" if i == 1 else ",\n") + json.dumps(msg, ensure_ascii=False))
        fh.write("\n ]\n}\n")
    return want


def _child(path: Path) -> None:
    """Read the export in this process; print the tally, the time and the peak RSS above the start."""
    import ijson  # noqa: F401 - imported before the baseline is taken

    from claimgraph.ingest import RawArticle, Rejection, Skipped, count_items, read_inputs

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    total = count_items([path])
    t_count = time.perf_counter() - t0
    got: Counter[str] = Counter()
    t0 = time.perf_counter()
    for item in read_inputs([path]):
        got["messages"] += 1
        if isinstance(item, RawArticle):
            got["article"] += 1
            got["forwarded"] += "forwarded_from" in item.extra
            got["edited"] += "edited" in item.extra and "-e" in (item.id or "")
        elif isinstance(item, Rejection):
            got[item.reason] += 1
        elif isinstance(item, Skipped):
            got["media_only" if item.reason == "media-only post" else "service"] += 1
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    got["broken_entity"] = got.pop("bad_entity", 0)
    print(
        json.dumps(
            {"got": got, "count_items": total, "seconds": dt, "count_seconds": t_count, "rss_mb": (rss - rss0) / 1024}
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--mb", type=float, help="Write posts until the export reaches this size (instead of --posts).")
    ap.add_argument("--max-rss", type=float, default=64.0, help="Bound on the reader's peak RSS growth, MB.")
    ap.add_argument("--keep", type=Path, help="Write the export here instead of a temporary folder.")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "result.json"
        t0 = time.perf_counter()
        want = make_export(path, None if args.mb else args.posts, args.mb)
        size = os.path.getsize(path) / 1024 / 1024
        print(
            f"generated {want['messages']:,} messages ({size:.1f} MB): {dict(sorted(want.items()))} "
            f"in {time.perf_counter() - t0:.1f}s"
        )
        env = dict(os.environ)
        src = str(Path(__file__).resolve().parents[1] / "src")
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        r = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=3600,
        )
        if r.returncode:
            print(f"[FAIL] reader process failed: {r.stderr[-2000:]}")
            return 1
        res = json.loads(r.stdout.strip().splitlines()[-1])
        got = Counter(res["got"])
        ok = True
        keys = ("messages", "article", "media_only", "service", "broken_entity", "forwarded", "edited")
        accounted = got["article"] + got["media_only"] + got["service"] + got["broken_entity"] == got["messages"]
        first = accounted and all(got[k] == want[k] for k in keys) and set(got) <= set(keys)
        ok &= first
        print(
            f"[{'ok' if first else 'FAIL'}] every message accounted for: "
            + ", ".join(f"{k} {got[k]:,}/{want[k]:,}" for k in keys)
            + (f"; unexpected {sorted(set(got) - set(keys))}" if set(got) - set(keys) else "")
        )
        second = res["count_items"] == want["messages"]
        ok &= second
        print(
            f"[{'ok' if second else 'FAIL'}] count_items {res['count_items']:,} = messages "
            f"({res['count_seconds']:.2f}s to count)"
        )
        third = res["rss_mb"] <= args.max_rss
        ok &= third
        print(
            f"[{'ok' if third else 'FAIL'}] peak RSS +{res['rss_mb']:.1f} MB while reading a {size:.1f} MB export "
            f"(bound {args.max_rss:g} MB); {res['seconds']:.1f}s, {want['messages'] / res['seconds']:,.0f} messages/s"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

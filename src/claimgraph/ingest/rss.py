"""RSS and Atom feeds (feedparser): one article per entry, full content when the feed has it,
else the summary; link, date and the feed title as outlet. feedparser decodes the feed by its
declared encoding (XML declaration, BOM); a feed over ``IngestLimits.max_feed_bytes`` is
rejected from its size before parsing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, check_text, display, read_file_capped
from .limits import DEFAULT_LIMITS, IngestLimits

_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")


def _strip_tags(s: str) -> str:
    if "<" not in s:
        return s
    import lxml.html

    try:
        paras = lxml.html.fromstring(f"<div>{s}</div>").xpath("//p")
        if paras:
            return "\n\n".join(p.text_content().strip() for p in paras if p.text_content().strip())
        return lxml.html.fromstring(f"<div>{s}</div>").text_content()
    except Exception:  # noqa: BLE001
        return re.sub(r"<[^>]+>", " ", s)


class FeedReader(Reader):
    name = "rss"
    suffixes = (".rss", ".atom", ".xml", ".rdf")
    priority = 5

    def count(self, path: Path) -> int | None:
        """Entries (``<item>``, ``<entry>``), found in the bytes without parsing; at least one
        (a feed with none is one rejection)."""
        n = 0
        with path.open("rb") as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                block = tail + chunk
                n += len(_ENTRY.findall(block))
                # an opening tag cut by the chunk boundary is counted in the next block
                cut = block.rfind(b"<", max(0, len(block) - 64))
                tail = block[cut:] if cut >= 0 else b""
                n -= len(_ENTRY.findall(tail))
        return max(n, 1)

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection]:
        import feedparser

        name = display(path)
        data = read_file_capped(path, limits.max_feed_bytes, name, "feed")
        if isinstance(data, Rejection):
            yield data
            return
        feed = feedparser.parse(data)
        if not feed.entries:
            reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
            yield Rejection(name, "bad_feed", reason[:200])
            return
        outlet = feed.feed.get("title")
        language = str(feed.feed.get("language") or "").split("-")[0].strip().lower() or None
        for n, e in enumerate(feed.entries, 1):
            loc = f"{name}#{n}"
            body = ""
            if e.get("content"):
                body = max((c.get("value", "") for c in e.content), key=len)
            body = body or e.get("summary", "")
            text = _strip_tags(body).strip()
            bad = check_text(text, loc, limits)
            if bad:
                yield bad
                continue
            published = None
            for key in ("published_parsed", "updated_parsed"):
                if e.get(key):
                    t = e[key]
                    published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
                    break
            yield RawArticle(
                text=text,
                locator=loc,
                id=None,
                url=e.get("link"),
                outlet=outlet,
                title=e.get("title"),
                published=published,
                authors=[a.get("name") for a in e.get("authors", []) if a.get("name")],
                fmt="rss",
                language=language,
                extra={"encoding": feed.get("encoding")} if feed.get("encoding") else {},
            )


@hookimpl
def claimgraph_readers():
    return [FeedReader()]

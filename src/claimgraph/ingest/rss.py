"""RSS and Atom feeds (feedparser): one article per entry, full content when the feed has it,
else the summary; link, date and the feed title as outlet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, check_text


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

    def read(self, path: Path) -> Iterator[RawArticle | Rejection]:
        import feedparser

        data = path.read_bytes()
        feed = feedparser.parse(data)
        if not feed.entries:
            reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
            yield Rejection(str(path), "bad_feed", reason[:200])
            return
        outlet = feed.feed.get("title")
        for n, e in enumerate(feed.entries, 1):
            loc = f"{path}#{n}"
            body = ""
            if e.get("content"):
                body = max((c.get("value", "") for c in e.content), key=len)
            body = body or e.get("summary", "")
            text = _strip_tags(body).strip()
            bad = check_text(text, loc)
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
            )


@hookimpl
def claimgraph_readers():
    return [FeedReader()]

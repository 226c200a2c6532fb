"""JSON Lines: one article per line with ``id``, ``text`` or ``html``, ``url``, ``outlet``, ``title``, ``published``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from .base import RawArticle, Reader, Rejection, check_text


class JsonlReader(Reader):
    name = "jsonl"
    suffixes = (".jsonl", ".ndjson", ".jsonl.gz")
    priority = 10

    def read(self, path: Path) -> Iterator[RawArticle | Rejection]:
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                loc = f"{path}:{n}"
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield Rejection(loc, "invalid_utf8", f"byte {e.start} is not UTF-8")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    yield Rejection(loc, "bad_json", e.msg)
                    continue
                if not isinstance(obj, dict):
                    yield Rejection(loc, "bad_json", "a line must be a JSON object")
                    continue
                yield from self.from_obj(obj, loc)

    @staticmethod
    def from_obj(obj: dict, loc: str) -> Iterator[RawArticle | Rejection]:
        text = obj.get("text")
        fmt = "jsonl"
        title = obj.get("title")
        published = obj.get("published")
        if not text and obj.get("html"):
            from .html import html_to_article

            got = html_to_article(obj["html"], loc, url=obj.get("url"))
            if isinstance(got, Rejection):
                yield got
                return
            text, title, published = got.text, title or got.title, published or got.published
            fmt = "jsonl+html"
        if text is not None and not isinstance(text, str):
            yield Rejection(loc, "bad_json", "'text' must be a string")
            return
        bad = check_text(text, loc)
        if bad:
            yield bad
            return
        yield RawArticle(
            text=text,
            locator=loc,
            id=str(obj["id"]) if obj.get("id") is not None else None,
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            title=title,
            published=published,
            authors=list(obj.get("authors") or []),
            fmt=fmt,
        )


@hookimpl
def claimgraph_readers():
    return [JsonlReader()]

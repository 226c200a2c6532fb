"""Rendered pages kept per server process, keyed by the store's data version, the URL and the user.

Every write to the store raises its data version (``Store.data_version``, one counter that the write's own
transaction raises, in whatever process it runs), so a page rendered before a review, an ingest or a re-link
is never served after it: the next read asks for the version first and misses. Pages are kept per user (the
session's username, or none): a page is only ever served to the user it was rendered for. The one
per-request value a page may hold, its CSRF token, is replaced by a marker when the page is kept and by the
requester's own token when it is served. Only successful HTML pages are kept; the API, static files, the
login page and every error are rendered each time.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from typing import Any

# never cached: the login form (its CSRF token and error text are the request's own) and the non-page paths
UNCACHED_PREFIXES = ("/api/", "/static/", "/login", "/logout", "/healthz")


class PageCache:
    """(version, path, query, user) -> (status, headers, body); least recently used dropped past ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.marker = ("csrf-" + secrets.token_hex(16)).encode()
        self._items: OrderedDict[tuple, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._bytes = 0
        self._version = -1
        self.hits = 0
        self.misses = 0

    @staticmethod
    def cacheable(scope: dict[str, Any]) -> bool:
        return scope["method"] == "GET" and not scope["path"].startswith(UNCACHED_PREFIXES)

    def _see(self, version: int) -> None:
        if version > self._version:
            self._version = version
            for k in [k for k in self._items if k[0] < version]:
                self._bytes -= len(self._items.pop(k)[2])

    def get(self, key: tuple, token: str) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        self._see(key[0])
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(key)
        status, headers, body = item
        return status, headers, body.replace(self.marker, token.encode()) if token else body

    def put(self, key: tuple, token: str, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self._see(key[0])
        if key[0] < self._version or len(body) > self.max_bytes // 8:
            return
        if token:
            body = body.replace(token.encode(), self.marker)
        old = self._items.pop(key, None)
        if old is not None:
            self._bytes -= len(old[2])
        self._items[key] = (status, headers, body)
        self._bytes += len(body)
        while self._bytes > self.max_bytes and self._items:
            self._bytes -= len(self._items.popitem(last=False)[1][2])

"""Size limits applied while reading, before anything is parsed.

Every reader reads at most ``limit + 1`` bytes of a thing it caps, so a hostile input (a 1 GB
text file, a 388 KB WARC.gz that expands to a 100 MB page, a JSONL line with no end) costs at
most the limit in memory and the time to read that far, never the input's full size.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestLimits:
    """The caps every reader applies; each with the reason for its size."""

    # an article over 5 MB of text is not an article (a book, a dump, a log)
    max_text_bytes: int = 5 * MB
    # page markup beyond this is inline scripts and data; parsing it costs seconds and gigabytes
    max_html_bytes: int = 8 * MB
    # one JSON Lines line: a 5 MB text escaped as JSON (quotes, \\uXXXX) with its metadata
    max_line_bytes: int = 32 * MB
    # feedparser holds a whole feed in memory; a feed is a list of entries, not an archive
    max_feed_bytes: int = 64 * MB
    # a sidecar carries a handful of fields (published, outlet, url, title)
    max_sidecar_bytes: int = 64 * 1024


DEFAULT_LIMITS = IngestLimits()


def over(limit: int) -> str:
    """'over 5 MB' / 'over 64 KB': the limit in a person's units."""
    if limit >= MB:
        return f"over {limit / MB:g} MB"
    return f"over {limit / 1024:g} KB"

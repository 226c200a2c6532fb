"""Readers: turn files (text, HTML, RSS/Atom, WARC, JSON Lines, Telegram exports) into ``RawArticle`` objects.

Every input is accounted for: a reader yields a ``RawArticle``, a ``Rejection`` naming the
input and the reason, or a ``Skipped`` (not an article), and never raises on bad data. Limits
(``IngestLimits``) are applied while reading, before parsing.
"""

from .base import (
    MAX_TEXT_BYTES,
    RawArticle,
    Rejection,
    Skipped,
    count_items,
    display,
    iter_inputs,
    read_inputs,
)
from .limits import DEFAULT_LIMITS, IngestLimits

__all__ = [
    "DEFAULT_LIMITS",
    "MAX_TEXT_BYTES",
    "IngestLimits",
    "RawArticle",
    "Rejection",
    "Skipped",
    "count_items",
    "display",
    "iter_inputs",
    "read_inputs",
]

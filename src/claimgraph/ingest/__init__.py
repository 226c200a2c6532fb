"""Readers: turn files (text, HTML, RSS/Atom, WARC, JSON Lines) into ``RawArticle`` objects.

Every input is accounted for: a reader yields either a ``RawArticle`` or a
``Rejection`` naming the input and the reason, never raises on bad data.
"""

from .base import MAX_TEXT_BYTES, RawArticle, Rejection, Skipped, iter_inputs, read_inputs

__all__ = ["MAX_TEXT_BYTES", "RawArticle", "Rejection", "Skipped", "iter_inputs", "read_inputs"]

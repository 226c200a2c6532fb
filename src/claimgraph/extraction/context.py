"""The working state one article passes through the pipeline: text, parse, units, record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import ArticleMeta, ArticleRecord, Span


@dataclass
class QuoteSpan:
    """Direct speech: ``start``/``end`` exclude the quotation marks; ``close`` is the closing mark's offset."""

    start: int
    end: int
    open: int
    close: int
    speaker: str | None = None
    cue: Span | None = None
    hops: list[Any] = field(default_factory=list)
    standalone: bool = False  # a quotation that carries claims of its own (not a fragment inside indirect speech)


@dataclass
class Unit:
    """A sentence as the rules see it: sentence boundaries inside quotations are removed."""

    start: int
    end: int
    para: int
    tokens: list[Any]
    headline: bool = False
    duplicate_of: int | None = None
    is_meta: bool = False
    frame_hops: list[Any] = field(default_factory=list)
    frame_cue_lemma: str | None = None
    intro_colon: bool = False


@dataclass
class Ctx:
    text: str
    meta: ArticleMeta
    published: date | None
    record: ArticleRecord
    paras: list[tuple[int, int]] = field(default_factory=list)
    docs: list[Any] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    book: Any = None  # sources.SourceBook
    notes: dict[str, Any] = field(default_factory=dict)

    def span(self, start: int, end: int) -> Span:
        start, end = self.trim(start, end)
        return Span(self.text[start:end], start, end)

    def trim(self, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
        while start < end and self.text[start] in chars:
            start += 1
        while end > start and self.text[end - 1] in chars:
            end -= 1
        return start, end

    def tok_start(self, tok: Any) -> int:
        return tok.idx  # one Doc over the whole text: token offsets are text offsets

    def tok_end(self, tok: Any) -> int:
        return self.tok_start(tok) + len(tok.text)

    def unit_at(self, offset: int) -> Unit | None:
        for u in self.units:
            if u.start <= offset < u.end:
                return u
        return None

    def in_quote(self, offset: int) -> QuoteSpan | None:
        for q in self.quotes:
            if q.start <= offset < q.end:
                return q
        return None

"""The typed working state of one article on its way through the extraction components.

``ArticleState`` is everything the components pass to one another: the text and its parse, the
units the rules read, the quotations, the article's source book, the record being filled, and
the working notes of each component under a named field (which component assigns it is said
beside it; the registry checks that every component's ``requires`` is assigned by an earlier
one). Nothing is read by string key; claim drafts are keyed by claim id. The state lives for one
article only: nothing in it outlives the call that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import ArticleMeta, ArticleRecord, Hop, Span
from ..settings import ExtractSettings

if TYPE_CHECKING:
    from .sources import SourceBook


@dataclass
class QuoteSpan:
    """Direct speech: ``start``/``end`` exclude the quotation marks; ``close`` is the closing mark's offset."""

    start: int
    end: int
    open: int
    close: int
    speaker: str | None = None
    cue: Span | None = None
    hops: list[Hop] = field(default_factory=list)
    standalone: bool = False  # a quotation that carries claims of its own (not a fragment inside indirect speech)


@dataclass
class Unit:
    """A sentence as the rules see it: sentence boundaries inside quotations are removed."""

    start: int
    end: int
    para: int
    tokens: list[Any]  # spaCy tokens of the unit, in order
    headline: bool = False
    duplicate_of: int | None = None
    is_meta: bool = False
    chrome: bool = False  # page furniture (bylines, captions, banners, timestamps): no claims, its dates kept
    intro_colon: bool = False  # ends with ':' and introduces the quotation after it


@dataclass
class Draft:
    """A claim as attribution reads it, before it becomes a ``Claim``: the hedges component reads
    the cue, the frame's hedging and the evidence the claim rests on from here."""

    start: int
    end: int
    hops: list[Hop] = field(default_factory=list)
    cue_lemma: str | None = None
    quote: bool = False
    unit: int = 0
    disputed: bool = False
    frame_hedged: bool = False
    rests_on: list[str] = field(default_factory=list)  # evidence ids
    intro_unit: int | None = None  # the unit that introduced the quotation this claim is from
    rated: str | None = None  # a fact-check's rating of the claim under check: "false" or "true"


class Release(NamedTuple):
    """A source releasing an evidence item in a unit ("HUR released a recording")."""

    unit: int
    source: str
    evidence: str


class SpeechAct(NamedTuple):
    """A reporting verb with no content clause ("the ministry denied the claim"): its verb token and hops."""

    verb: Any
    hops: list[Hop]


@dataclass
class ArticleState:
    """One article's working state. The first block is given; each later field names the component
    that assigns it (the name used in the components' ``requires``/``assigns``)."""

    text: str
    meta: ArticleMeta
    published: date | None
    record: ArticleRecord
    settings: ExtractSettings = field(default_factory=ExtractSettings)
    parsed: Any = None  # the spaCy Doc handed in by a batch caller (None: segment parses the text itself)
    # -- segment
    doc: Any = None  # the one spaCy Doc over the whole text: token offsets are text offsets
    sents: list[Any] = field(default_factory=list)  # the Doc's sentence spans, built once
    paras: list[tuple[int, int]] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    datelines: list[tuple[int, int]] = field(default_factory=list)  # cut from the first claim, dated still
    book: SourceBook | None = None  # the article's sources and the rules that resolve mentions to them
    # -- evidence
    evidence_heads: dict[str, Any] = field(default_factory=dict)  # evidence id -> head token
    evidence_mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # evidence id -> spans
    evidence_source: dict[str, str] = field(default_factory=dict)  # evidence head noun -> releasing source id
    releases: list[Release] = field(default_factory=list)
    # -- claims
    drafts: dict[str, Draft] = field(default_factory=dict)  # claim id -> its draft
    speech_acts: list[SpeechAct] = field(default_factory=list)
    read_quotes: set[int] = field(default_factory=set)  # opening offsets of quotations already read

    @property
    def docs(self) -> list[Any]:
        return [self.doc] if self.doc is not None else []

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
        return int(tok.idx)  # one Doc over the whole text: token offsets are text offsets

    def tok_end(self, tok: Any) -> int:
        return int(tok.idx) + len(tok)  # a token's length is that of its text (spaCy's Token.__len__)

    def in_quote(self, offset: int) -> QuoteSpan | None:
        for q in self.quotes:
            if q.start <= offset < q.end:
                return q
        return None


# the names a component may declare in ``requires``/``assigns``: state fields and record fields
GIVEN = ("text", "meta", "published", "record", "settings", "parsed")
STATE_FIELDS = tuple(
    f
    for f in ArticleState.__dataclass_fields__
    if f not in GIVEN  # given before any component runs
)
RECORD_FIELDS = tuple(f"record.{f}" for f in ArticleRecord.__dataclass_fields__ if f not in ("article",))

"""The record model shared by every layer: one article record and one corpus record.

The shapes follow ``shared/schema/article.schema.json`` and ``corpus.schema.json``
exactly; ``to_dict()`` gives the JSON that validates against them. Offsets are
character offsets into ``Article.text`` (end exclusive).
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"

SOURCE_KINDS = (
    "state_official",
    "military",
    "intelligence_service",
    "government_body",
    "media_outlet",
    "journalist",
    "ngo",
    "expert",
    "social_media_account",
    "document",
    "unnamed",
    "other",
)
SIDES = ("ua", "ru", "independent", "international", "unknown")
STANCES = ("asserts", "reports", "distances", "disputes")
VERIFICATIONS = ("confirmed", "unverified", "disputed", "not_stated")
CHANNELS = (
    "statement",
    "interview",
    "press_briefing",
    "social_media",
    "telegram",
    "report",
    "investigation",
    "intercepted_communication",
    "document",
    "video",
    "court",
    "unknown",
)
EVIDENCE_KINDS = (
    "audio_recording",
    "intercepted_communication",
    "video",
    "drone_footage",
    "photo",
    "document",
    "satellite_imagery",
    "testimony",
    "investigation",
    "statistics",
    "social_media_post",
    "court_record",
)
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "UNIT", "OUTLET", "OTHER")
PLACE_FEATURES = ("country", "admin1", "admin2", "settlement", "region", "front", "other")
DATE_GRANULARITIES = ("day", "month", "year", "range")
DATE_RELATIONS = ("on", "since", "until", "between", "before", "after")
QUANTITY_QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")
QUANTITY_KINDS = ("area", "count", "duration", "money", "distance", "other")


def _clean(d: Any) -> Any:
    """Drop private keys (leading underscore) so internal bookkeeping never leaks into records."""
    if isinstance(d, dict):
        return {k: _clean(v) for k, v in d.items() if not k.startswith("_")}
    if isinstance(d, list):
        return [_clean(x) for x in d]
    return d


# strings this short are ids, kinds, units, cue words, names and dates, repeated across records
_SHORT = 40


def _short(x: Any) -> Any:
    """A short string held once (interned); anything else as it is."""
    return sys.intern(x) if type(x) is str and len(x) <= _SHORT else x


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Hop:
    source: str
    cue: Span | None
    channel: str = "unknown"
    date: str | None = None


@dataclass(slots=True)
class Mention(Span):
    pass


@dataclass(slots=True)
class Source:
    id: str
    name: str
    kind: str = "other"
    side: str = "unknown"
    mentions: list[Span] = field(default_factory=list)
    description: str | None = None
    canonical_id: str | None = None  # stable identity across articles (link.identities)


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    start: int
    end: int
    attribution: list[Hop] = field(default_factory=list)
    stance: str = "asserts"
    verification: str = "not_stated"
    hedges: list[Span] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    quote: bool = False
    sentence: dict[str, int] | None = None
    headline: bool = False


@dataclass(slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None
    cue: Span | None = None


@dataclass(slots=True)
class Evidence:
    id: str
    text: str
    start: int
    end: int
    kind: str
    verification: str = "not_stated"
    released_by: str | None = None
    date: str | None = None


@dataclass(slots=True)
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    feature: str = "settlement"
    country: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    candidates: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class DateRef:
    id: str
    text: str
    start: int
    end: int
    value: str | None
    granularity: str = "day"
    end_value: str | None = None
    relation: str = "on"


@dataclass(slots=True)
class Quantity:
    id: str
    text: str
    start: int
    end: int
    value: float
    unit: str
    value_max: float | None = None
    qualifier: str = "exact"
    kind: str = "count"


@dataclass(slots=True)
class Duplicate:
    start: int
    end: int
    of_start: int
    of_end: int


@dataclass(slots=True)
class Entity:
    id: str
    text: str
    start: int
    end: int
    type: str
    canonical: str | None = None
    kb_id: str | None = None


@dataclass(slots=True)
class ArticleMeta:
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = "en"
    # a Telegram post forwarded from another channel names that channel here (the export keeps its
    # name, not its id); linking makes the post a copy of that channel's post
    forwarded_from: str | None = None
    # when a web archive captured the page (a WARC record's WARC-Date): the page existed by then, so it
    # was published no later, which orders it before a page published after that capture
    captured: str | None = None


@dataclass(slots=True)
class ArticleRecord:
    article: ArticleMeta
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    pipeline: list[dict[str, str]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = _clean(asdict(self))
        return {"schema_version": SCHEMA_VERSION, **d}

    def to_json(self) -> bytes:
        """The record as compact UTF-8 JSON, the same document as ``to_dict()`` gives, written by
        orjson straight from the dataclasses (no ``asdict`` deep copy; no field of the model is private)."""
        import orjson

        return b'{"schema_version":"' + SCHEMA_VERSION.encode() + b'",' + orjson.dumps(self)[1:]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        """Rebuild a record from its JSON (as written by ``to_dict``). Short strings (ids, kinds, units,
        cue words, outlets, dates) are held once (``sys.intern``): a corpus of records repeats them in
        every claim, and a million records linked at once would otherwise hold each copy apart."""

        def fields(x: dict[str, Any], known: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
            return {k: _short(v) for k, v in x.items() if k in known and k not in skip}

        def span(x: dict | None) -> Span | None:
            return Span(_short(x["text"]), x["start"], x["end"]) if x else None

        def hops(xs: list[dict]) -> list[Hop]:
            return [
                Hop(_short(h["source"]), span(h.get("cue")), _short(h.get("channel", "unknown")), _short(h.get("date")))
                for h in xs
            ]

        a = d["article"]
        rec = cls(article=ArticleMeta(**fields(a, ArticleMeta.__dataclass_fields__)))
        rec.entities = [Entity(**fields(e, Entity.__dataclass_fields__)) for e in d.get("entities", [])]
        for s in d.get("sources", []):
            src = Source(**fields(s, Source.__dataclass_fields__, ("mentions",)))
            src.mentions = [Span(_short(m["text"]), m["start"], m["end"]) for m in s.get("mentions", [])]
            rec.sources.append(src)
        for c in d.get("claims", []):
            cl = Claim(**fields(c, Claim.__dataclass_fields__, ("attribution", "hedges")))
            cl.attribution = hops(c.get("attribution", []))
            cl.hedges = [Span(_short(h["text"]), h["start"], h["end"]) for h in c.get("hedges", [])]
            for ids in (cl.evidence, cl.places, cl.dates, cl.quantities):
                ids[:] = [_short(x) for x in ids]
            rec.claims.append(cl)
        for q in d.get("quotes", []):
            rec.quotes.append(
                Quote(_short(q["id"]), q["text"], q["start"], q["end"], _short(q.get("speaker")), span(q.get("cue")))
            )
        rec.evidence = [Evidence(**fields(e, Evidence.__dataclass_fields__)) for e in d.get("evidence", [])]
        rec.places = [Place(**fields(p, Place.__dataclass_fields__)) for p in d.get("places", [])]
        rec.dates = [DateRef(**fields(x, DateRef.__dataclass_fields__)) for x in d.get("dates", [])]
        rec.quantities = [Quantity(**fields(x, Quantity.__dataclass_fields__)) for x in d.get("quantities", [])]
        rec.duplicates = [Duplicate(**x) for x in d.get("duplicates", [])]
        rec.pipeline = d.get("pipeline", [])
        rec.errors = d.get("errors", [])
        return rec

    def source(self, sid: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == sid), None)


@dataclass(slots=True)
class Derivation:
    article: str
    derived_from: str
    kind: str
    similarity: float | None = None
    evidence: list[str] = field(default_factory=list)
    # "known" when the signals settle which came first; "unknown" lists both in candidates and
    # article / derived_from are then only an order, not a finding
    direction: str = "known"
    candidates: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ClusterMember:
    article: str
    claim: str


@dataclass(slots=True)
class ClaimCluster:
    id: str
    label: str
    members: list[ClusterMember]
    origins: list[str]
    independent_confirmations: int
    first_reported: dict[str, Any] | None = None
    contradictions: list[dict[str, str]] = field(default_factory=list)
    grade: dict[str, Any] | None = None


@dataclass(slots=True)
class CorpusArticle:
    id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    outlet_id: str | None = None  # the outlet's source identity (link.identities)


@dataclass(slots=True)
class CorpusRecord:
    articles: list[CorpusArticle] = field(default_factory=list)
    derivations: list[Derivation] = field(default_factory=list)
    claim_clusters: list[ClaimCluster] = field(default_factory=list)
    drift: list[dict[str, Any]] = field(default_factory=list)
    # one entry per source identity decided by link (link.identities): id, name, kind, names,
    # and the (article, source) pairs that are it; the store persists these
    identities: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **_clean(asdict(self))}

"""The built-in extraction components, in the order they run (one tuple; the registry checks it).

Each is a plain function of the article state; the grounding steps are thin wrappers over the pure
functions in ``claimgraph.ground``. Why this order:

1. ``segment``: everything reads the units, quotations and the parse it makes;
2. ``evidence``: attribution reads which source released which item ("the video" -> its releaser);
3. ``claims``: claims, their chains and quotations;
4. ``dates`` then ``quantities``: a figure inside a date ("3 March") is not a quantity;
5. ``places``;
6. ``link_ids``: late source coreference, and each claim's places, dates and figures by offset;
7. ``hedges``: stance and verification, which read the drafts, the evidence and the figures;
8. ``people``: a source's kind and side from the people registry where the text left them out.

The English built-ins declare ``languages=("en",)``; Ukrainian and Russian articles run the components of
``extract/slavic`` instead; ``people`` runs on every language (the registry knows Cyrillic spellings). An
article in a language no component declares is read with the English ones, as before detection existed.
"""

from __future__ import annotations

from ..ground.dates import find_dates
from ..ground.people import registry_person
from ..ground.places import find_places, side_of_place
from ..ground.quantities import quantities_in
from . import evidence, hedges, segment
from .attribution import extract_claims
from .component import Component
from .slavic.components import SLAVIC
from .sources import SourceBook, home_side
from .state import ArticleState


def run_segment(state: ArticleState) -> None:
    segment.segment(state)
    state.book = SourceBook(state.text, place_side=side_of_place)


def run_dates(state: ArticleState) -> None:
    """Time expressions inside the article's units and its page furniture (a timestamp or a dateline orders
    the story), not in credit lines or 'Read also'."""
    spans = sorted([(u.start, u.end) for u in state.units if not u.is_meta or u.chrome] + state.datelines)
    # units that follow each other on one line are read as one span: a date the parser cut in two at a
    # sentence break it guessed ("Long read | 28 | June 2026") is still one date
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and joined[-1][1] <= a and not state.text[joined[-1][1] : a].strip(" \t"):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    state.record.dates = find_dates(state.text, joined, state.published)


def run_quantities(state: ArticleState) -> None:
    spans = [(u.start, u.end) for u in state.units if not u.is_meta]
    state.record.quantities = quantities_in(state.text, spans, [(d.start, d.end) for d in state.record.dates])


def run_places(state: ArticleState) -> None:
    state.record.places = find_places(state.text, state.doc, (state.meta.outlet or "",))


def link_ids(state: ArticleState) -> None:
    """Late source coreference (the merge pass), then each claim's places, dates and figures by offset,
    and each evidence item's date from the clause that released it."""
    rec = state.record
    if state.book is not None:
        remap = state.book.merge_pass()
        for c in rec.claims:
            for h in c.attribution:
                h.source = remap.get(h.source, h.source)
        for q in rec.quotes:
            q.speaker = remap.get(q.speaker, q.speaker) if q.speaker is not None else None
        for e in rec.evidence:
            e.released_by = remap.get(e.released_by, e.released_by) if e.released_by is not None else None
        for qs in state.quotes:
            state.book.finish([[remap.get(h.source, h.source) for h in qs.hops]])
    for c in rec.claims:
        c.places = [p.id for p in rec.places if c.start <= p.start < c.end]
        c.dates = [d.id for d in rec.dates if c.start <= d.start < c.end]
        c.quantities = [q.id for q in rec.quantities if c.start <= q.start < c.end]
    if state.book is not None:
        state.book.settle_sides(rec.places, *home_side(state.text, rec.places))
    rec.sources = state.book.sources if state.book else []
    # evidence dates: a date in the same clause as the release ("released ... on September 25")
    for e in rec.evidence:
        head = state.evidence_heads.get(e.id)
        if head is None:
            continue
        gov = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass") else head
        toks = (
            list(gov.subtree)
            if head.dep_ == "dobj"
            else [t for c in head.children if c.dep_ == "acl" for t in c.subtree]
        )
        if not toks:
            continue
        s, t_end = min(state.tok_start(t) for t in toks), max(state.tok_end(t) for t in toks)
        d = next((d for d in rec.dates if s <= d.start < t_end and d.granularity == "day"), None)
        if d:
            e.date = d.value


def fill_from_registry(state: ArticleState) -> None:
    """What the people registry knows and the text did not say ("Peskov said" -> a Russian state
    official): a source's kind and side, left as they are where the text gave them."""
    for s in state.record.sources:
        person = registry_person(s.name, s.kind, s.description)
        if person:
            if s.kind in ("other", "unnamed"):
                s.kind = person["kind"]
            if s.side == "unknown":
                s.side = person["side"]


ENGLISH = ("en",)

BUILTINS: tuple[Component, ...] = (
    Component(
        name="claimgraph.segment",
        version="4",
        requires=("text", "meta", "parsed"),
        assigns=("doc", "sents", "paras", "units", "quotes", "datelines", "book", "record.duplicates"),
        fn=run_segment,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.evidence",
        version="4",
        requires=("units", "quotes", "book"),
        assigns=("record.evidence", "evidence_heads", "evidence_mentions", "evidence_source", "releases"),
        fn=evidence.extract_evidence,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.claims",
        version="10",
        requires=("units", "quotes", "sents", "book", "evidence_source", "releases"),
        assigns=("record.claims", "record.quotes", "drafts", "speech_acts", "read_quotes"),
        fn=extract_claims,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.dates",
        version="4",
        requires=("units", "datelines"),
        assigns=("record.dates",),
        fn=run_dates,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.quantities",
        version="3",
        requires=("units", "record.dates"),
        assigns=("record.quantities",),
        fn=run_quantities,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.places",
        version="4",
        requires=("doc",),
        assigns=("record.places",),
        fn=run_places,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.link_ids",
        version="5",
        requires=(
            "book",
            "quotes",
            "evidence_heads",
            "record.claims",
            "record.quotes",
            "record.evidence",
            "record.places",
            "record.dates",
            "record.quantities",
        ),
        assigns=("record.sources",),
        fn=link_ids,
        languages=ENGLISH,
    ),
    Component(
        name="claimgraph.hedges",
        version="4",
        requires=(
            "units",
            "quotes",
            "drafts",
            "evidence_mentions",
            "record.claims",
            "record.evidence",
            "record.quantities",
        ),
        assigns=("record.claims", "record.evidence"),
        fn=hedges.apply,
        languages=ENGLISH,
    ),
    *SLAVIC,
    Component(
        name="claimgraph.people",
        version="1",
        requires=("record.sources",),
        assigns=("record.sources",),
        fn=fill_from_registry,
    ),
)

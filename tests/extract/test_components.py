"""Every built-in component run alone on a state built by hand (or, for the components that read
the parse, on a state that only ``segment`` has filled): each does its own job with nothing else run."""

from datetime import date

import pytest

from claimgraph.extract import components as C
from claimgraph.extract.registry import Pipeline
from claimgraph.extract.sources import SourceBook
from claimgraph.extract.state import ArticleState, Draft, Unit
from claimgraph.model import ArticleMeta, ArticleRecord, Claim, DateRef, Evidence, Hop, Place, Quantity, Source, Span

PUB = date(2025, 3, 10)  # a Monday


def state(text: str, outlet: str = "Test Wire", title: str | None = None) -> ArticleState:
    meta = ArticleMeta(id="t", text=text, outlet=outlet, title=title, published=PUB.isoformat())
    return ArticleState(text=text, meta=meta, published=PUB, record=ArticleRecord(article=meta))


def units(st: ArticleState, *meta_paras: int) -> None:
    """Units by hand: one per line, no parse (for the components that read only offsets)."""
    at = 0
    for i, line in enumerate(st.text.split("\n")):
        st.units.append(Unit(at, at + len(line), i, tokens=[], is_meta=i in meta_paras))
        at += len(line) + 1


def segmented(text: str, **kw) -> ArticleState:
    st = state(text, **kw)
    C.run_segment(st)
    return st


def component(name: str):
    return next(c for c in C.BUILTINS if c.name == name).fn


# -- segment -----------------------------------------------------------------
def test_segment_keeps_a_quotation_and_its_frame_in_one_unit_and_marks_meta_lines():
    st = segmented(
        "Power cut in the east\n"
        '"The substation is gone. We will need weeks," the engineer said.\n'
        "Reporting by Ann Lee; editing by Tom Cole"
    )
    assert st.doc is not None and st.book is not None
    head, body, credit = st.units
    assert head.headline and not body.headline
    assert st.text[body.start : body.end].endswith("the engineer said.")  # two sentences, one unit
    assert len(st.quotes) == 1 and body.start <= st.quotes[0].open < body.end
    assert credit.is_meta


def test_segment_lists_a_repeated_passage_once():
    para = "Two bridges over the canal were closed after the night's strikes, officials said."
    st = segmented(f"{para}\nTraffic was diverted to the ring road.\n{para}")
    assert [u.duplicate_of for u in st.units] == [None, None, 0]
    [dup] = st.record.duplicates
    assert (dup.of_start, dup.start) == (0, st.text.rindex(para))


# -- evidence ----------------------------------------------------------------
def test_evidence_alone_finds_an_item_its_releaser_and_the_release():
    st = segmented("The border guard service released a video of the crossing on Friday.")
    component("claimgraph.evidence")(st)
    [e] = st.record.evidence
    assert e.kind == "video" and e.text.endswith("a video of the crossing")
    assert st.book.get(e.released_by).name.lower().endswith("border guard service")
    assert st.releases == [(0, e.released_by, e.id)] and st.evidence_heads[e.id].lower_ == "video"


def test_evidence_alone_takes_the_recording_back_to_the_call_it_refers_to():
    st = segmented("Investigators obtained an intercepted phone call. The recording lasts four minutes.")
    component("claimgraph.evidence")(st)
    [e] = st.record.evidence
    assert e.kind == "intercepted_communication" and len(st.evidence_mentions[e.id]) == 2


# -- claims ------------------------------------------------------------------
def test_claims_alone_reads_a_trailing_frame_and_a_quotation():
    st = segmented(
        "Three rail depots burned overnight, the railway operator said on Monday.\n"
        '"Crews are clearing the lines now," said the operator\'s spokeswoman, Iryna Marko.'
    )
    component("claimgraph.claims")(st)
    first, quoted = st.record.claims
    assert first.text == "Three rail depots burned overnight"
    assert st.book.get(first.attribution[0].source).name.lower() == "the railway operator"
    assert quoted.quote and st.record.quotes[0].speaker == quoted.attribution[0].source
    assert set(st.drafts) == {"c1", "c2"} and st.drafts["c1"].cue_lemma == "say"


def test_claims_alone_keeps_a_speech_act_without_content():
    st = segmented("Moscow's claim that the dam was mined spread online. The navy denied the claim on Sunday.")
    component("claimgraph.claims")(st)
    assert st.speech_acts and st.speech_acts[0].verb.lemma_ == "deny"


# -- dates, quantities, places (no parse needed) --------------------------------
def test_dates_alone_resolve_inside_units_only():
    st = state("Shelling resumed on Saturday.\nUpdated on 9 March 2025.")
    units(st, 1)
    C.run_dates(st)
    [d] = st.record.dates
    assert (d.id, d.text, d.value) == ("d1", "on Saturday", "2025-03-08")


def test_quantities_alone_skip_dates_and_borrow_a_unit():
    st = state("Air defence downed 31 drones on 9 March; nine of them were over the capital.")
    units(st)
    at = st.text.index("9 March")
    st.record.dates = [DateRef("d1", "on 9 March", at - 3, at + 7, "2025-03-09")]
    C.run_quantities(st)
    assert [(q.value, q.unit) for q in st.record.quantities] == [(31.0, "drone"), (9.0, "drone")]


def test_places_alone_geocode_a_town_and_leave_a_capital_used_for_its_government():
    st = state("Moscow's envoy arrived as fighting went on near Pokrovsk.")
    C.run_places(st)  # no parse: the rules that need one stay silent
    names = [p.name for p in st.record.places]
    assert "Pokrovsk" in names and "Moscow" not in names
    p = st.record.places[names.index("Pokrovsk")]
    assert p.country == "UA" and p.lat is not None


# -- link_ids ----------------------------------------------------------------
def test_link_ids_alone_merges_a_surname_into_the_full_name_and_links_by_offset():
    text = "Governor Petro Lysak said 40 homes lost power in Poltava on Sunday. Lysak added that crews were out."
    st = state(text)
    st.book = SourceBook(text)
    full = st.book.mention(0, 20)
    short = st.book.mention(text.index("Lysak added"), text.index("Lysak added") + 5)
    assert full != short
    end1 = text.index(" on Sunday") + len(" on Sunday")
    st.record.claims = [
        Claim("c1", text[26:end1], 26, end1, attribution=[Hop(full, Span("said", 21, 25))]),
        Claim("c2", "crews were out", text.index("crews"), len(text) - 1, attribution=[Hop(short, None)]),
    ]
    st.record.places = [Place("p1", "Poltava", text.index("Poltava"), text.index("Poltava") + 7, "Poltava", 49.6, 34.5)]
    st.record.dates = [DateRef("d1", "on Sunday", text.index("on Sunday"), end1, "2025-03-09")]
    st.record.quantities = [Quantity("n1", "40 homes", 26, 34, 40.0, "item")]
    C.link_ids(st)
    assert [s.id for s in st.record.sources] == [full]
    assert st.record.claims[1].attribution[0].source == full
    c1 = st.record.claims[0]
    assert (c1.places, c1.dates, c1.quantities) == (["p1"], ["d1"], ["n1"])


# -- hedges ------------------------------------------------------------------
def _claim_of_unit(st: ArticleState, ui: int, cid: str, hops=(), **draft) -> Claim:
    u = st.units[ui]
    c = Claim(cid, st.text[u.start : u.end].rstrip("."), u.start, u.end - 1, attribution=list(hops))
    st.record.claims.append(c)
    st.drafts[cid] = Draft(c.start, c.end, hops=list(hops), unit=ui, **draft)
    return c


def test_hedges_alone_give_stance_from_a_hedge_and_from_a_distancing_cue():
    st = segmented(
        "The convoy was reportedly hit near the border.\nThe governor claimed that the fuel depot was empty."
    )
    own = _claim_of_unit(st, 0, "c1")
    sid = st.book.mention(st.text.index("The governor"), st.text.index("The governor") + 12)
    cited = _claim_of_unit(st, 1, "c2", hops=[Hop(sid, None)], cue_lemma="claim")
    C.hedges.apply(st)
    assert own.stance == "distances" and [h.text for h in own.hedges] == ["reportedly"]
    assert cited.stance == "distances" and cited.verification == "not_stated"


def test_hedges_alone_mark_claims_on_unverified_evidence():
    st = segmented(
        "A video shows two tanks burning at the crossing.\nTest Wire could not independently verify the video."
    )
    v = st.text.index("A video")
    st.record.evidence = [Evidence("e1", "A video", v, v + 7, "video")]
    st.evidence_mentions = {"e1": [(v, v + 7)]}
    c = _claim_of_unit(st, 0, "c1")
    C.hedges.apply(st)
    assert c.evidence == ["e1"] and c.verification == "unverified"
    assert st.record.evidence[0].verification == "unverified"


def test_hedges_alone_mark_a_denial_as_disputed():
    st = segmented("The ministry denied that its ships had left port.")
    sid = st.book.mention(0, 12)
    c = _claim_of_unit(st, 0, "c1", hops=[Hop(sid, None)], cue_lemma="deny")
    C.hedges.apply(st)
    assert (c.stance, c.verification) == ("disputes", "disputed")


# -- people ------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, kind, side, want",
    [
        ("Peskov", "other", "unknown", ("state_official", "ru")),
        ("Peskov", "journalist", "unknown", ("journalist", "ru")),  # what the text said is kept
        ("local residents", "unnamed", "unknown", ("unnamed", "unknown")),
    ],
)
def test_people_alone_fill_what_the_text_left_out(name, kind, side, want):
    st = state(f"{name} spoke.")
    st.record.sources = [Source("s1", name, kind, side)]
    C.fill_from_registry(st)
    s = st.record.sources[0]
    assert (s.kind, s.side) == want and s.canonical_id is None  # extraction decides no identity


def test_every_built_in_has_a_unit_test_here():
    import inspect
    import sys

    body = inspect.getsource(sys.modules[__name__])
    for c in C.BUILTINS:
        if c.runs_on("en"):  # the Ukrainian and Russian components are tested in tests/test_slavic.py
            assert c.fn.__name__ in body or f'"{c.name}"' in body, c.name
    assert Pipeline(C.BUILTINS).names() == [c.name for c in C.BUILTINS]


def test_thresholds_come_from_the_settings():
    from dataclasses import replace

    text = 'The colonel called the retreat "well organised" on Friday.'
    st = segmented(text)
    component("claimgraph.claims")(st)
    assert st.record.quotes == []  # two words in quotation marks: a scare quote by default
    st2 = state(text)
    st2.settings = replace(st2.settings, min_quote_words=2)
    C.run_segment(st2)
    component("claimgraph.claims")(st2)
    assert [q.text for q in st2.record.quotes] == ["well organised"]

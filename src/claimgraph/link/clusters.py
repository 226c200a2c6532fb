"""The same claim across articles: claim clusters of one event each, with their origins by
identity, independent confirmations, contradictions (with reasons and both spans) and a grade.

Events before clusters: two claims are one claim only when their events can be one event —
compatible places (the same settlement, or one inside the other's region), dates within a day,
articles published within a window (unless they give the same distinctive figure, which a
later report of a standing fact repeats) — and when their words say the same thing.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, MutableSequence, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import islice
from types import SimpleNamespace
from typing import Any

from ..ground.gazetteer import key
from ..ground.institutions import lookup_institution
from ..model import ArticleRecord, ClaimCluster, ClusterMember, Derivation
from ..settings import LinkSettings
from .contradictions import DENIAL_RE, contradictions
from .crosslang import crosslang_pairs
from .derivations import published_at
from .features import (
    EventSig,
    _day_number,
    _figures,
    _frozen,
    act_count,
    acts,
    claim_anchors,
    common_words,
    content,
    days_compatible,
    drop_caches,
    event_sig,
    is_chrome,
    lede_places,
    numbers,
    places_compatible,
    strip_chrome,
    strong_anchors,
)
from .grading import _grade
from .identities import _source_key
from .similarity import _set_sim, anchor_sim, figure_sim

# reports of one event, and follow-ups repeating its figures, come within this many days
EVENT_WINDOW_DAYS = 14
# two claims of one article join one cluster only when alike, or as two counts of one thing
# (a shared unit) in claims that still share some wording
SAME_ARTICLE_SIM = 0.0
# claims of articles that nothing ties to one story nor sets apart must say the same thing more closely
UNTOLD_SIM = 0.6
# a headline sums up a body claim of its article when it shares this much of its wording and the act
HEADLINE_SIM = 0.3
# articles of a cluster, and members of each, asked whether they tell two sentences of another article as one
TOLD_AS_ONE_ASKED = 8


def clusters(
    records: list[ArticleRecord],
    derivs: list[Derivation],
    threshold: float | None = None,
    book: Any = None,
    common: frozenset[str] | None = None,
    settings: LinkSettings | None = None,
    outlets: dict[str, str | None] | None = None,
) -> list[ClaimCluster]:
    """The same claim across articles. Pairs of claims from different articles are scored
    (candidates from an inverted index of content words, so the cost stays near-linear) and
    merged best first, each merge checked on the events. Two claims of one article end in one
    cluster only when they are alike themselves or give figures in the same unit (one report,
    two counts): this keeps a sentence that joins two facts from chaining their clusters."""
    cfg = settings or LinkSettings()
    threshold = cfg.cluster_threshold if threshold is None else threshold
    # words most claims of this corpus use ("drones", "launched" among air-raid reports) would
    # make every report of one kind one claim: claims are compared on the rest
    common = common_words(records) if common is None else common
    langs = [r.article.language or "en" for r in records]
    multilingual = len(set(langs)) > 1
    # equal values are kept once (interned): copies repeat claims, and most claims share their
    # empty sets of figures and places. (The figures are read, never changed.)
    seen_vals: dict[Any, Any] = {}

    def once(x: Any) -> Any:
        return seen_vals.setdefault(x, x)

    def once_figs(f: dict[str, float]) -> dict[str, float]:
        return seen_vals.setdefault(("figs", *sorted(f.items())), f)

    # (the figures and names read from a claim's text without its dates, and the places across
    # languages, are kept once apart)
    seen_text: dict[Any, Any] = {}
    seen_ids: dict[Any, Any] = {}
    # each claim as (its record's place, its place in the record): a claim is found again from these
    # when needed (as int32 arrays, as are the other per-claim integers and flags below: 4 bytes or 1 a
    # claim, not a list's 8 and an int object's 28)
    rec_of = array("i")
    claim_of = array("i")
    cont: list[frozenset[str]] = []
    figs: list[dict[str, float]] = []
    fset: list[frozenset[tuple[str, float]]] = []
    act: list[Any] = []
    # a claim that points back to its story's place ("nine assaults there", "near the village") is at the
    # settlements its headline and first paragraphs name
    own: list[frozenset[str]] = []
    points_back: list[bool] = []
    flags = (bytearray(), bytearray(), bytearray(), bytearray())  # denial, period, heading, quoted
    headline: list[bool] = []
    src: list[str | None] = []
    told: list[EventSig] = []
    days = array("i")
    nums: list[frozenset[float]] = []
    anch: list[frozenset[str]] = []
    fside: list[dict[str, str]] = []
    gids: list[frozenset[str]] = []
    # and the one who makes them: a body or person by its identity, whatever name each language gives it
    voice: list[str | None] = []
    readings: dict[str, set[tuple[float, float]]] = defaultdict(set)
    starts = array("i")
    ledes_of = Ledes()
    # every claim's features in one pass over the records (a spilled record's body is read once here)
    for n, r in enumerate(records):
        _add_readings(readings, r)
        ledes_of.add(r)
        at_lede: frozenset[str] | None = None
        day = _pub_day(r)
        for k, c in enumerate(r.claims):
            if is_chrome(c.text):
                continue
            rec_of.append(n)
            claim_of.append(k)
            starts.append(c.start)
            cont.append(once(content(c.text) - common if common else content(c.text)))
            f = once_figs(_figures(r, c))
            figs.append(f)
            fset.append(once(_figure_set(r, c)))
            act.append(once(acts(content(c.text))))
            mine = once(_own_settlements(r, c))
            back = not mine and bool(_PLACE_ANAPHOR.search(c.text))
            if back:
                if at_lede is None:
                    at_lede = once(_lede_own(r))
                mine = at_lede
            own.append(mine)
            points_back.append(back)
            flags[0].append(_denial(c))
            flags[1].append(_period(r, c))
            flags[2].append(_heading(r, c))
            headline.append(bool(c.headline))
            src.append(c.attribution[-1].source if c.attribution else None)
            told.append(_counted(r, c, _tally_sig(r, c, event_sig(r, c))))
            days.append(day)
            undated = _without_dates(r, c)
            nums.append(seen_text.setdefault(xn := numbers(undated), xn))
            sides = _figure_sides(undated)
            fside.append(seen_text.setdefault(("sides", *sorted(sides.items())), sides))
            anch.append(seen_text.setdefault(xa := claim_anchors(undated), xa))
            # claims in two languages share no words: the places they name (by gazetteer id) are
            # candidates too, looked up only across languages and only in a corpus of more than one language
            gids.append(seen_ids.setdefault(xg := _place_ids(r, c), xg) if multilingual else _NO_IDS)
            me = _voice(r, c) if multilingual else None
            voice.append(me)
            flags[3].append(bool(me) and (c.quote or bool(_QUOTE_MARKS.search(c.text))))
    n_items = len(rec_of)
    denies, period, heading, quoted = (bytes(x) for x in flags)
    del flags
    units = [once(frozenset(f)) for f in figs]
    dist = [once(frozenset(_distinctive(f))) for f in figs]
    sigs = [once(s) for s in _read_as_any(told, readings)]
    del told, readings
    seen_vals.clear()
    seen_text.clear()
    seen_ids.clear()

    def item(i: int) -> tuple[ArticleRecord, Any]:
        r = records[rec_of[i]]
        return r, r.claims[claim_of[i]]

    # (8 bytes a claim, not a list of a million int objects)
    parent = array("q", range(n_items))
    # each cluster's members by article, so that the same-article check costs what the
    # articles the two clusters share cost, not the product of their sizes. Kept only for
    # clusters that a merge made (a claim alone is {its article: [itself]}), as are the
    # cluster's figures, event signatures and publication days below: a million claims that
    # never merge cost nothing here.
    members: dict[int, dict[int, list[int]]] = {}

    def members_of(a: int) -> dict[int, list[int]]:
        got = members.get(a)
        return got if got is not None else {rec_of[a]: [a]}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    figs_of: dict[int, set[tuple[str, float]]] = {}
    # what a cluster has said about its event so far: the distinct place and date signatures
    event_of: dict[int, list[EventSig]] = {}
    pub_of: dict[int, tuple[int, int]] = {}
    # each key's claims as an array of ints, appended as the claims come (4 bytes a posting, not a list's 8)
    index: dict[str, MutableSequence[int]] = defaultdict(_postings)
    for i, ws in enumerate(cont):
        for w in ws:
            index[w].append(i)
        for v in nums[i]:
            index[f"#{v:g}"].append(i)
        for x in anch[i]:
            if not x.startswith("#"):
                index["@" + x].append(i)
    by_place: dict[str, MutableSequence[int]] = defaultdict(_postings)
    for i, ps in enumerate(gids):
        for g in ps:
            by_place[g].append(i)
    for i, who in enumerate(voice):
        if who:
            by_place[_VOICE_KEY + who].append(i)
    # the features' caches let go: every claim's features are taken
    drop_caches()
    ledes: dict[int, EventSig] = {}

    def where(i: int) -> EventSig:
        """Where a claim's event happened: its own (or its paragraph's) places, else its story's."""
        if _placed(sigs[i]):
            return sigs[i]
        got = ledes.get(rec_of[i])
        if got is None:
            got = ledes[rec_of[i]] = _lede_sig(records[rec_of[i]])
        return got

    lede_days: dict[int, frozenset[int]] = {}

    def when(i: int) -> frozenset[int]:
        """The days a claim's event can be on: its own dates, else the days its article's headline and
        first paragraphs give (a report two days later "on the night of the 10th"), else its article's
        publication day and the day (or night) before it, which a report without a date tells of."""
        if sigs[i].days:
            return frozenset(_day_number(d) for d in sigs[i].days)
        got = lede_days.get(rec_of[i])
        if got is None:
            got = lede_days[rec_of[i]] = _lede_days(records[rec_of[i]])
        if got:
            return got
        return frozenset((days[i], days[i] - 1)) if days[i] else frozenset()

    def later_sharing(i: int) -> set[int]:
        """The claims after claim i that share a key with it (a content word, a figure, a name; across
        languages a place or a voice), keys held by more than 200 claims left out. Each key's claims
        are in ascending order, so those after i are a slice."""
        out: set[int] = set()
        for w in [*cont[i], *(f"#{v:g}" for v in nums[i]), *("@" + x for x in anch[i] if not x.startswith("#"))]:
            got = index[w]
            if len(got) <= 200:
                out.update(got[bisect_right(got, i) :])
        me, lang = voice[i], langs[rec_of[i]]
        for g in [*gids[i], *((_VOICE_KEY + me,) if me else ())]:
            got = by_place[g]
            if len(got) <= 200:
                out.update(j for j in got[bisect_right(got, i) :] if langs[rec_of[j]] != lang)
        return out

    def _place_taken(a: frozenset[str], b: frozenset[str], i: int, j: int) -> bool:
        """A claim that a place was taken and one that denies it: the place is the thing acted on, named by
        the one and by the other's story ("forces liberated X", "reports that the village had been captured
        are not true")."""
        if "capture" not in a & b:
            return False
        pi = own[i] or where_names(i)
        pj = own[j] or where_names(j)
        return bool(pi & pj)

    def where_names(i: int) -> frozenset[str]:
        named = ledes_own.get(rec_of[i])
        if named is None:
            named = ledes_own[rec_of[i]] = _lede_own(records[rec_of[i]])
        return named

    ledes_own: dict[int, frozenset[str]] = {}

    # the scored pairs as columns (similarity, similarity of words, claim, claim): 32 bytes a pair
    scored = _Scored()
    stories = Stories(records, derivs, ledes_of)
    del ledes_of
    for i in range(n_items):
        ri = rec_of[i]
        me = voice[i]
        # (one list of candidates, each claim once: the scoring below keeps its place)
        for got in (later_sharing(i),):
            for j in got:
                if rec_of[j] == ri:
                    continue
                related = stories.related(rec_of[i], rec_of[j])
                words_sim = _set_sim(cont[i], cont[j])
                if words_sim and len(cont[i] & cont[j] - act[i]) < 2:
                    # the act word and one other ("struck a drone workshop", "drone attacks") tell no claim
                    words_sim = min(words_sim, threshold * 0.99)
                sim = words_sim
                if _units_agree(figs[i], figs[j]) and _sides_agree(fside[i], fside[j]):
                    sim = max(sim, figure_sim(nums[i], nums[j], bool(related)))
                if (
                    sim < threshold
                    and stories.one_line(rec_of[i], rec_of[j])
                    and (_anchored(anch[i] & anch[j]) or words_sim >= HEADLINE_SIM)
                ):
                    sim = max(sim, anchor_sim(anch[i], anch[j]))
                if sim < threshold and related and words_sim >= HEADLINE_SIM and fset[i] & fset[j]:
                    sim = threshold  # the same figure in the same unit ("12 km east of X"), told in other words
                if (
                    sim < threshold
                    and related
                    and period[i] == period[j]
                    and _same_frame(
                        act[i],
                        act[j],
                        own[i],
                        own[j],
                        # the place a claim points back to is a word it shares ("there" for "near X")
                        cont[i] & cont[j] | (_THE_PLACE if points_back[i] or points_back[j] else frozenset()),
                    )
                ):
                    sim = threshold  # one act at one place in one story, told in other words
                if (
                    sim < threshold
                    and related
                    and denies[i] != denies[j]
                    and _denied_act(act[i], act[j])
                    and (cont[i] & cont[j] - act[i] - act[j] - SIDE_WORDS or _place_taken(act[i], act[j], i, j))
                    and places_compatible(where(i), where(j))
                    and _same_days(when(i), when(j))
                ):
                    sim = threshold  # a denial of the attack on a thing, and the report of what the attack did to it
                if (
                    sim < threshold
                    and related
                    and (
                        _taken_or_held(act[i], act[j], sigs[i].count, sigs[j].count)
                        or ("capture" in act[i] & act[j] and period[i] == period[j] and denies[i] == denies[j])
                    )
                    and own[i] & own[j]
                    and _same_days(when(i), when(j))
                ):
                    # who holds a place: one report says it was taken, another that it is held; or two say it
                    # was taken (the place named is what was taken, the one word they need in common)
                    sim = threshold
                echo = 0.0
                if (
                    sim < threshold
                    and multilingual
                    and langs[rec_of[i]] != langs[rec_of[j]]
                    and related is not False
                    and (related or stories.same_place(rec_of[i], rec_of[j]))
                ):
                    echo = _echo(act[i], act[j], nums[i], nums[j], figs[i], figs[j], gids[i], gids[j])
                    if (
                        me
                        and me == voice[j]
                        and related
                        and quoted[i]
                        and quoted[j]
                        and sigs[i].settlements & sigs[j].settlements
                    ):
                        # one body's words quoted in two languages: its act at the place its paragraph
                        # names, the body itself one more anchor in common
                        body = frozenset({_VOICE_KEY + me})
                        pi, pj = sigs[i].settlements | body, sigs[j].settlements | body
                        echo = max(echo, _echo(act[i], act[j], nums[i], nums[j], figs[i], figs[j], pi, pj))
                    if echo:
                        sim = threshold  # one act with one figure or at one place, told in two languages
                if (
                    sim >= threshold
                    and _event_ok(sigs[i], sigs[j])
                    and (
                        not (act[i] or act[j])
                        or dist[i] & dist[j]
                        or stories.one_line(rec_of[i], rec_of[j])
                        or _same_days(when(i), when(j))
                    )
                    and (sim >= UNTOLD_SIM or not _harm_differs(act[i], act[j]) or own[i] & own[j])
                    and (related or (related is None and sim >= UNTOLD_SIM) or dist[i] & dist[j] or echo)
                    and (
                        not _figures_conflict(fset[i], fset[j])
                        or stories.one_line(rec_of[i], rec_of[j])
                        or (places_compatible(where(i), where(j)) and _same_days(when(i), when(j)))
                    )
                ):
                    # (two claims of one story in two languages are ordered by how much they share)
                    scored.append(sim, words_sim or echo, i, j)

    # echoes across languages: claims of an original and its rewrite in another language, aligned by
    # their figures, places, dates, sources and order (crosslang.py), since their words cannot meet
    at: dict[tuple[int, int], int] = {}
    for (ra, ka), (rb, kb), sim in crosslang_pairs(records, derivs):
        # (made only when there is a pair to place)
        at = at or {(rec_of[i], claim_of[i]): i for i in range(n_items)}
        ia, ib = at.get((ra, ka)), at.get((rb, kb))
        if ia is not None and ib is not None and _event_ok(sigs[ia], sigs[ib]):
            scored.append(max(sim, threshold), 0.0, min(ia, ib), max(ia, ib))

    def _same_report(x: int, y: int) -> bool:
        """Two claims of one article that can stand in one cluster: alike; one report giving two counts
        of one thing ("nine shot down", "Moscow: two"), not counts of two acts in one unit ("186 drones
        launched", "159 drones shot down"); a headline and the body claim it sums up (most of its words,
        the same act); a denial and the claim it denies (the same act)."""
        if (units[x] & units[y]) - {"item"} and not _acts_differ(_toll(act[x]), _toll(act[y])):
            return True
        if _toll(act[x]) & _toll(act[y]) & {"harm"} and not (units[x] - _NO_COUNT and units[y] - _NO_COUNT):
            return True  # the toll and a detail of it that counts nothing ("a fourth person died in hospital")
        if _vague_heading(x) or _vague_heading(y):
            return True  # a heading that tells no act and counts nothing sums up the story, not one of its claims
        if _taken_or_held(act[x], act[y], sigs[x].count, sigs[y].count) and src[x] != src[y] and own[x] & own[y]:
            return True  # one source says the place was taken, another that it is held: one claim, contradicted
        return _sums_up(x, y) or _one_act_one_place(x, y) or _one_silence(x, y)

    def _vague_heading(x: int) -> bool:
        return bool(heading[x]) and not act[x] and not units[x] - _NO_COUNT

    def _one_silence(x: int, y: int) -> bool:
        """Two sentences of one article saying that a side said nothing ("Russia has not commented",
        "the ministry did not mention the village in its briefing"): one claim, its silence."""
        return "silence" in act[x] and "silence" in act[y] and _event_ok(sigs[x], sigs[y])

    def _one_act_one_place(x: int, y: int) -> bool:
        """Two sentences of one article telling one act at one place, neither giving a count ("the
        Russian army attacked the town on the night of the 14th", "the strike on the town came at
        about 3 a.m."): one event told over two sentences, not two facts."""
        return (
            bool(act[x] & act[y])
            and _harm_agrees(act[x], act[y])
            and bool(own[x] & own[y])
            and not (units[x] - {"item"} or units[y] - {"item"})
            and _event_ok(sigs[x], sigs[y])
            and period[x] == period[y]
        )

    def _sums_up(x: int, y: int) -> bool:
        sim = _set_sim(cont[x], cont[y])
        if sim >= threshold:
            return True
        shared_act = bool(act[x] & act[y])
        if heading[x] or heading[y]:
            # the headline's words and act, or one of its figures (the same count of the same thing)
            told_alike = shared_act or not _acts_differ(act[x], act[y]) or bool(own[x] & own[y])
            if (sim >= HEADLINE_SIM and told_alike) or _shared_figure(figs[x], figs[y]) or _one_act_one_place(x, y):
                return True
            if shared_act and own[x] & own[y] and _event_ok(sigs[x], sigs[y]) and period[x] == period[y]:
                return True  # the act at the place the headline names ("Bombs hit X: two hurt", "bombs fell on X")
            if (
                (headline[x] or headline[y])
                and shared_act
                and src[x] is not None
                and src[x] == src[y]
                and _harm_agrees(act[x], act[y])
            ):
                return True  # one source's act, in the headline and in the body ("Russia says it has taken village")
        # a denial answers another source's claim
        return denies[x] != denies[y] and _denied_act(act[x], act[y]) and src[x] != src[y]

    def _same_toll(x: int, y: int) -> bool:
        """Two headings of one article counting one harm (the killed) in one unit, where each happened
        fitting the other: one toll, revised."""
        return bool(act[x] & act[y] & HARM) and bool(units[x] & units[y] - {"item"}) and _event_ok(sigs[x], sigs[y])

    def _covers(z: int, x: int) -> bool:
        """Claim ``z`` says what claim ``x`` says: most of its words, or its figures and its act."""
        shared = len(cont[z] & cont[x])
        if shared >= 2 and 2 * shared >= len(cont[x]):
            return True
        return bool(fset[x]) and fset[x] <= fset[z] and act[x] <= act[z]

    def _told_as_one(x: int, y: int, ma: dict[int, list[int]], mb: dict[int, list[int]]) -> bool:
        """Two sentences of one article that another article of the two clusters tells as one sentence
        ("the fire was put out" and "two people were rescued"; "rescuers put out the fire and saved two
        people"): one claim, split in one report (a few members of each cluster are asked). Not an act
        and the harm it did ("shelling hit the hospital", "four nurses were injured"): two claims, however
        one outlet joins them."""
        if bool(act[x] & HARM) != bool(act[y] & HARM):
            return False
        for m in (ma, mb):
            for art, zs in islice(m.items(), TOLD_AS_ONE_ASKED):
                if art == rec_of[x]:
                    continue
                for z in zs[:TOLD_AS_ONE_ASKED]:
                    if _covers(z, x) and _covers(z, y):
                        return True
        return False

    def compatible(a: int, b: int) -> bool:
        ma, mb = members_of(a), members_of(b)
        small, large = (ma, mb) if len(ma) <= len(mb) else (mb, ma)
        for art, xs in small.items():
            for x in xs:
                for y in large.get(art, ()):
                    if not _same_report(x, y) and not _told_as_one(x, y, ma, mb):
                        return False
        if not all(_event_ok(s, t) for s in event_of.get(a, [sigs[a]]) for t in event_of.get(b, [sigs[b]])):
            return False
        (lo_a, hi_a), (lo_b, hi_b) = pub_of.get(a, (days[a], days[a])), pub_of.get(b, (days[b], days[b]))
        if lo_a and lo_b and max(hi_a, hi_b) - min(lo_a, lo_b) > EVENT_WINDOW_DAYS:
            # a standing fact repeated later with its figure
            return bool(figs_of.get(a, dist[a]) & figs_of.get(b, dist[b]))
        return True

    # inside one article: a headline and the body claim it sums up; a denial and the claim it denies
    by_rec: dict[int, list[int]] = defaultdict(list)
    for i in range(n_items):
        by_rec[rec_of[i]].append(i)
    for idx in by_rec.values():
        heads = [i for i in idx if heading[i] or denies[i]]
        for h in heads:
            # the one body claim it sums up or denies: the closest in words of those that fit
            fits = [j for j in idx if j != h and _sums_up(h, j) and _event_ok(sigs[h], sigs[j])]
            if not fits:
                continue
            best = max(fits, key=lambda j: (_set_sim(cont[h], cont[j]), -j))
            for j in fits:
                # a headline also gathers the body claims that repeat one of its figures
                if j == best or (heading[h] and _shared_figure(figs[h], figs[j])):
                    scored.append(threshold, _set_sim(cont[h], cont[j]), min(h, j), max(h, j))
        # a sub-heading and the entry under it, up to the next heading (a live page's updates, a
        # report's sections): the claims there that tell its act (harm to people as one family) are
        # what it sums up ("Four dead, governor says" over "a fourth person had died in hospital").
        # The headings that count one harm in one unit are the toll of one event as it was revised.
        under, toll_head = None, None
        for j in sorted(idx, key=starts.__getitem__):
            if heading[j] and not headline[j]:
                under = j
                if _toll(act[j]) & {"harm"} and units[j] - {"item"}:
                    if toll_head is not None and _same_toll(toll_head, j):
                        scored.append(threshold, _set_sim(cont[toll_head], cont[j]), toll_head, j)
                    toll_head = j
                continue
            if under is not None and not heading[j] and _toll(act[under]) & _toll(act[j]):
                if _event_ok(sigs[under], sigs[j]):
                    scored.append(threshold, _set_sim(cont[under], cont[j]), min(under, j), max(under, j))
        # one act at one place told over two sentences: each such claim with the last before it of the
        # same act at the same place (a linear pass, not every pair of the article's claims)
        last: dict[tuple[str, str], int] = {}
        silent = None
        for i in idx:
            if "silence" in act[i]:
                if silent is not None and _one_silence(silent, i):
                    scored.append(threshold, _set_sim(cont[i], cont[silent]), silent, i)
                silent = i
            if not (act[i] and own[i]) or units[i] - {"item"}:
                continue
            for place in own[i]:
                for a in act[i]:
                    prev = last.get((place, a))
                    if prev is not None and _one_act_one_place(prev, i):
                        scored.append(threshold, _set_sim(cont[i], cont[prev]), prev, i)
                    last[(place, a)] = i

    # best first; of two pairs alike by their figures, the one whose words agree more
    del by_rec
    for i, j in scored.best_first():
        a, b = find(i), find(j)
        if a == b or not compatible(a, b):
            continue
        if len(members_of(a)) < len(members_of(b)):
            a, b = b, a  # the smaller cluster joins the larger: merging costs the smaller's size
        parent[b] = a
        into = members.setdefault(a, {rec_of[a]: [a]})
        for art, xs in (members.pop(b, None) or {rec_of[b]: [b]}).items():
            into.setdefault(art, []).extend(xs)
        ev = event_of.setdefault(a, [sigs[a]])
        for s in event_of.pop(b, [sigs[b]]):
            if s not in ev and (s.settlements or s.regions or s.days or s.count):
                ev.append(s)
        figs_of[a] = set(figs_of.get(a, dist[a])) | figs_of.pop(b, dist[b])
        (lo_a, hi_a), (lo_b, hi_b) = pub_of.get(a, (days[a], days[a])), pub_of.pop(b, (days[b], days[b]))
        pub_of[a] = (min(x for x in (lo_a, lo_b) if x) if lo_a or lo_b else 0, max(hi_a, hi_b))
    del scored
    index.clear()
    ancestors = _ancestors(derivs)
    out = []
    # clusters are numbered by their first claim among all groups, claims left alone included
    for n, idx in _numbered_groups(members, array("q", (find(i) for i in range(n_items)))):
        if len(idx) < 2:
            continue
        out.append(_cluster(f"k{n}", [item(i) for i in idx], ancestors, outlets or {}))
    return out


def _postings() -> MutableSequence[int]:
    return array("i")


class _Scored:
    """Scored pairs of claims, kept as four columns."""

    def __init__(self) -> None:
        from array import array

        # (a claim's number fits 32 bits: 4 bytes a claim of each pair, not 8)
        self.sim, self.words, self.i, self.j = array("d"), array("d"), array("i"), array("i")

    def append(self, sim: float, words: float, i: int, j: int) -> None:
        self.sim.append(sim)
        self.words.append(words)
        self.i.append(i)
        self.j.append(j)

    def best_first(self) -> Iterator[tuple[int, int]]:
        """The pairs by similarity, highest first; of pairs alike by their figures, the one whose words
        agree more; then by their claims' order."""
        import numpy as np

        if not self.sim:
            return
        sim, words = np.frombuffer(self.sim, dtype=np.float64), np.frombuffer(self.words, dtype=np.float64)
        ii, jj = np.frombuffer(self.i, dtype=np.int32), np.frombuffer(self.j, dtype=np.int32)
        # highest first: the columns negated in place (no copy of either beside them while they are sorted)
        np.negative(sim, out=sim)
        np.negative(words, out=words)
        order = np.lexsort((jj, ii, words, sim))
        del sim, words
        self.sim = self.words = type(self.sim)("d")
        for k in range(0, len(order), 65536):
            part = order[k : k + 65536]
            yield from zip(ii[part].tolist(), jj[part].tolist(), strict=True)


def _numbered_groups(members: dict[int, dict[int, list[int]]], roots: Sequence[int]) -> list[tuple[int, list[int]]]:
    """(number, claim indexes) of each group that a merge made, numbered 1, 2, ... by the first claim
    of every group (a claim alone is a group of its own): the numbering of all groups sorted by their
    first claim, without making a list for each of the claims left alone."""
    import numpy as np

    if not len(roots):
        return []
    r = np.asarray(roots, dtype=np.int64)
    first = np.full(len(r), len(r), dtype=np.int64)
    np.minimum.at(first, r, np.arange(len(r), dtype=np.int64))
    rank = np.cumsum(first[r] == np.arange(len(r)))  # groups whose first claim is at or before i
    out = []
    for by_art in members.values():
        idx = sorted(x for xs in by_art.values() for x in xs)
        out.append((int(rank[idx[0]]), idx))
    return sorted(out)


class Ledes:
    """What each article's headline and first paragraphs name, article by article: its places (by name
    and by gazetteer id), the regions it names without a settlement in them ("an energy facility in the
    X region") and the regions its settlements lie in."""

    def __init__(self) -> None:
        self.places: list[frozenset[str]] = []
        self.ids: list[frozenset[str]] = []
        self.regions: list[tuple[frozenset[str], frozenset[str]]] = []

    def add(self, rec: ArticleRecord) -> None:
        self.places.append(lede_places(rec))
        self.ids.append(_lede_ids(rec))
        self.regions.append(_lede_regions(rec))


class Stories:
    """Which articles can report one event: one line of reporting (derivations), or published
    within the window and naming the same place in their ledes or two rare names or figures."""

    def __init__(self, records: Sequence[ArticleRecord], derivs: list[Derivation], ledes: Ledes | None = None) -> None:
        n = len(records)
        pos = {r.article.id: i for i, r in enumerate(records)}
        self.comp = array("i", range(n))
        for d in derivs:
            if d.article in pos and d.derived_from in pos:
                a, b = self._find(pos[d.article]), self._find(pos[d.derived_from])
                self.comp[a] = b
        every = [strong_anchors(strip_chrome(r.article.text)) for r in records]
        df = Counter(x for s in every for x in s)
        cap = max(3, n // 1000)
        self.anch = [_frozen(x for x in s if df[x] <= cap) for s in every]
        del every
        if ledes is None:
            ledes = Ledes()
            for r in records:
                ledes.add(r)
        self.lede, self.lede_ids, self.lede_regions = ledes.places, ledes.ids, ledes.regions
        self.day = array("i", (_pub_day(r) for r in records))
        # the answers for the article asked about last: claims are scored article by article, so
        # this keeps every repeated question without a dictionary of all pairs of articles
        self.cache: dict[int, bool | None] = {}
        self.cache_for = -1

    def one_line(self, a: int, b: int) -> bool:
        """Whether two articles are one line of reporting (linked by derivations)."""
        return self._find(a) == self._find(b)

    def _find(self, i: int) -> int:
        while self.comp[i] != i:
            self.comp[i] = self.comp[self.comp[i]]
            i = self.comp[i]
        return i

    def related(self, a: int, b: int) -> bool | None:
        """True: one story; False: two (other places, or weeks apart); None: nothing tells."""
        if a == b:
            return True
        if a > b:
            a, b = b, a
        if a != self.cache_for:
            self.cache.clear()
            self.cache_for = a
        got = self.cache.get(b)
        if got is None:
            got = self._related(a, b)
            self.cache[b] = got
        return got

    def same_place(self, a: int, b: int) -> bool:
        """Whether two articles' ledes name one place by its gazetteer id (in any language)."""
        return bool(self.lede_ids[a] & self.lede_ids[b])

    def _related(self, a: int, b: int) -> bool | None:
        if self._find(a) == self._find(b):
            return True
        if self.day[a] and self.day[b] and abs(self.day[a] - self.day[b]) > EVENT_WINDOW_DAYS:
            return False
        if bool(self.lede[a] & self.lede[b]) or len(self.anch[a] & self.anch[b]) >= 2:
            return True
        if self.lede[a] and self.lede[b]:
            return False  # each story is told from its own places
        if self.day[a] and self.day[b] and abs(self.day[a] - self.day[b]) <= REGION_STORY_DAYS:
            (ra, ina), (rb, inb) = self.lede_regions[a], self.lede_regions[b]
            if (not self.lede[a] and ra & inb) or (not self.lede[b] and rb & ina):
                return True  # one story told by its region in one report and by its town in the other
        return None


_THE_PLACE = frozenset({"@the-place"})
_PLACE_ANAPHOR = re.compile(r"(?i)\b(?:there|(?:the|that|this)\s+(?:village|town|city|settlement))\b")


def _lede_own(rec: ArticleRecord, chars: int = 700) -> frozenset[str]:
    """The settlements (by spelling key) that the headline and first paragraphs name, namesakes the geocoder
    could not settle included: where a claim that names no place of its own is."""
    return frozenset(
        key(p.name)
        for p in rec.places
        if p.start < chars and (p.feature in ("settlement", "front") or (p.feature == "other" and p.candidates))
    ) - {""}


# a report that names only the region and one that names a town in it are one story when this close in time
REGION_STORY_DAYS = 1


def _lede_regions(rec: ArticleRecord, chars: int = 700) -> tuple[frozenset[str], frozenset[str]]:
    """(the regions the headline and first paragraphs name as regions, the regions of the settlements they
    name), as country:region keys."""
    named, of = set(), set()
    for p in rec.places:
        if p.start >= chars or not (p.admin1 and p.country):
            continue
        if p.feature == "admin1":
            named.add(f"{p.country}:{key(p.admin1)}")
        elif p.feature in ("settlement", "front"):
            of.add(f"{p.country}:{key(p.admin1)}")
    if not (named or of):
        return _NO_REGIONS  # (most articles: one shared pair of empty sets)
    return _frozen(named), _frozen(of)


_NO_REGIONS: tuple[frozenset[str], frozenset[str]] = (_frozen(()), _frozen(()))


def _lede_ids(rec: ArticleRecord, chars: int = 700) -> frozenset[str]:
    """The gazetteer ids of the places (not countries or regions) that the headline and first paragraphs
    name: where the story is, whatever the language and however the geocoder typed the place."""
    return _frozen(p.gazetteer_id for p in rec.places if p.start < chars and p.gazetteer_id and p.feature not in _WIDE)


# readings of one place name kept at most (the name "Lyman" has two in Ukraine alone)
MAX_READINGS = 4


def _add_readings(readings: dict[str, set[tuple[float, float]]], rec: ArticleRecord) -> None:
    """The readings the corpus's geocoding gives the settlement names of one more record (at most
    ``MAX_READINGS`` a name, the first found)."""
    for p in rec.places:
        if p.feature in ("settlement", "front") and p.lat is not None and p.lon is not None:
            got = readings[key(p.name)]
            if len(got) < MAX_READINGS:
                got.add((round(p.lat, 3), round(p.lon, 3)))


def _read_as_any(sigs: list[EventSig], readings: dict[str, set[tuple[float, float]]]) -> list[EventSig]:
    """Each claim's settlements with every reading the corpus's geocoding gives their names: a name
    one article puts in one region and another article in another is ambiguous, and either reading
    can be where the claim's event happened (the positions of all readings are compared)."""
    out = []
    for s in sigs:
        extra = {pt for n in s.names for pt in readings.get(n, ())}
        pts = set(s.points)
        out.append(replace(s, points=tuple(sorted(pts | extra))) if extra - pts else s)
    return out


def _event_ok(a: EventSig, b: EventSig) -> bool:
    return (
        places_compatible(a, b)
        and days_compatible(a, b)
        and not _tally_and_one(a, b)
        and not _one_and_many(a.count, b.count)
    )


def _counted(rec: ArticleRecord, claim: Any, sig: EventSig) -> EventSig:
    """The signature with the number of acts the claim tells ("an assault on the village": one; "repelled 14
    attacks over the past day": many)."""
    n = act_count(_without_dates(rec, claim))
    return replace(sig, count=n) if n else sig


def _one_and_many(a: int, b: int) -> bool:
    """One claim tells one act and the other a tally of many ("an assault on the village was beaten back",
    "defenders repelled 14 attacks over the past day"): two claims, whatever their place, day and words share,
    and their figures no contradiction."""
    return {a, b} == {1, 2}


_JOINED = re.compile(r"^\s*(?:,|and|or|as well as|,\s*and)\s*$")


def _tally_sig(rec: ArticleRecord, claim: Any, sig: EventSig) -> EventSig:
    """A claim that joins places of two regions by "and" ("in the Kharkiv and Sumy regions", "in Kharkiv,
    Sumy and Poltava") tells of each region: the regions are named (and the claim a tally over them)."""
    if len(sig.regions_of) < 2:
        return sig
    text = rec.article.text
    ps = sorted(
        (p for p in rec.places if claim.start <= p.start < claim.end and p.feature in ("settlement", "admin1")),
        key=lambda p: p.start,
    )
    for p, q in zip(ps, ps[1:], strict=False):
        if p.admin1 and q.admin1 and p.admin1 != q.admin1 and _JOINED.match(text[p.end : q.start]):
            return replace(sig, regions=sig.regions | sig.regions_of)
    return sig


def _over_places(s: EventSig) -> bool:
    """A claim told over two regions or more ("strikes killed six in the Kharkiv and Sumy regions"): a tally
    of the events in them, not one event."""
    # (a region named and a town of another; two towns are not enough: a capital names a government, "accuse
    # Kyiv of destroying a dam near X")
    return bool(s.regions) and len(s.regions | s.regions_of) >= 2


def _tally_and_one(a: EventSig, b: EventSig) -> bool:
    """One claim sums up events over several regions and the other tells one event in one of them (the
    roundup's "at least six killed in two regions" and "a drone hit a bus in Sumy, killing two"): two claims,
    and their figures no contradiction."""
    wa, wb = _over_places(a), _over_places(b)
    return wa != wb and bool((b.settlements or b.regions) if wa else (a.settlements or a.regions))


def _placed(sig: EventSig) -> bool:
    """Whether a claim (or its paragraph) says where its event happened."""
    return bool(sig.settlements or sig.regions)


def _lede_days(rec: ArticleRecord, chars: int = 700) -> frozenset[int]:
    """The days (ordinals) that the headline and first paragraphs date the story's event to."""
    out = set()
    for d in rec.dates:
        if d.start < chars and d.value and d.granularity in ("day", "range") and d.relation in ("on", "between"):
            out.add(_day_number(d.value))
            if d.end_value:
                out.add(_day_number(d.end_value))
    return _frozen(out - {0})


def _same_days(a: frozenset[int], b: frozenset[int]) -> bool:
    """Days (ordinals) within a day of each other; no days fit any."""
    return not a or not b or any(abs(x - y) <= 1 for x in a for y in b)


def _figures_conflict(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Two claims that count the same thing (one unit) with no value in common ("five injured", "four
    wounded"): one event told two ways, a contradiction, only when where each happened fits the other;
    otherwise they are as likely two events of one night."""
    if not a or not b:
        return False
    units = {u for u, _v in a} & {u for u, _v in b}
    return any(not {v for w, v in a if w == u} & {v for w, v in b if w == u} for u in units)


def _lede_sig(rec: ArticleRecord, chars: int = 700) -> EventSig:
    """Where the article's story is, by the places of its headline and first paragraphs: where a claim
    that names no place of its own most likely happened."""
    ids = [p.id for p in rec.places if p.start < chars and p.feature in ("settlement", "front", "admin1", "admin2")]
    if not ids:
        return _NO_EVENT
    return event_sig(rec, SimpleNamespace(places=ids, dates=[], start=0, end=0))


_NO_EVENT = EventSig()


_PLACE_KEY = "^"  # an index key for a place, by gazetteer id
_VOICE_KEY = "voice:"  # ... and for the identity that makes a claim
_QUOTE_MARKS = re.compile(r"[\"«»“”„]")


def _voice(rec: ArticleRecord, claim: Any) -> str | None:
    """The identity of the named source a claim is attributed to (its last hop), the same in every
    language ("Russia's Defence Ministry", "Міноборони Росії"); None for the article's own voice and for
    sources without a name."""
    if not claim.attribution:
        return None
    src = rec.source(claim.attribution[-1].source)
    if src is None or not src.canonical_id or src.kind == "unnamed":
        return None
    return str(src.canonical_id)


_NO_IDS: frozenset[str] = frozenset()
# features too wide to tell one event's place (a country, a region)
_WIDE = ("country", "admin1", "region")


def _place_ids(rec: ArticleRecord, claim: Any) -> frozenset[str]:
    """The gazetteer ids of the places a claim names itself, wide ones (countries, regions) left out:
    the same in every language ("Ізмаїл", "Izmail")."""
    ps = {p.id: p for p in rec.places}
    got = frozenset(ps[x].gazetteer_id or "" for x in claim.places if x in ps and ps[x].feature not in _WIDE) - {""}
    return got or _NO_IDS


def _echo(
    a: frozenset[str],
    b: frozenset[str],
    na: frozenset[float],
    nb: frozenset[float],
    fa: dict[str, float],
    fb: dict[str, float],
    pa: frozenset[str],
    pb: frozenset[str],
) -> float:
    """How far two claims of one story in two languages tell one fact by what a translation keeps: the
    same kind of act (harm to people told by both or neither), and a figure or a named place in common,
    with no figure of one unit that differs. 0.0 when they do not; more shared anchors score higher."""
    if not (a & b) or not _harm_agrees(a, b) or not _units_agree(fa, fb):
        return 0.0
    shared = len(na & nb) + len(pa & pb)
    if not shared or (na and nb and not na & nb):
        return 0.0
    if not na & nb and any(v >= 100 for v in na | nb):
        return 0.0  # a telling figure (a city of 700,000) that the other claim lacks: another claim
    return min(0.99, 0.5 + 0.1 * shared + 0.05 * len(a & b))


# acts that count what happened to people: a report of the harm and a report of the attack alone are two claims
HARM = frozenset({"kill", "injure"})


# units that count no one (an age: "a 47-year-old")
_NO_COUNT = frozenset({"item", "year"})


def _toll(a: frozenset[str]) -> frozenset[str]:
    """The acts of a claim with harm to people as one family: an article's count of the killed and its
    count of the injured ("three killed", "the number of injured has risen to 19") are one toll."""
    return a | {"harm"} if a & HARM else a


def _harm_agrees(a: frozenset[str], b: frozenset[str]) -> bool:
    """Harm to people told by both claims or by neither, and when by both, one kind of harm in common:
    "three killed and 14 injured" and "the toll rose to five" count one toll; "two killed" and "five
    injured" count two things."""
    return a & HARM == b & HARM or bool(a & b & HARM)


def _harm_differs(a: frozenset[str], b: frozenset[str]) -> bool:
    """One claim counts harm to people and the other tells only the act ("the strike on the hospital
    killed a nurse", "a general ordered the strike on the hospital"): two claims about one event, unless
    both name the place ("a drone hit a bus in X, injuring three", "a drone attacked a bus in X")."""
    return bool(a and b) and not _harm_agrees(a, b)


def _same_frame(
    a: frozenset[str], b: frozenset[str], pa: frozenset[str], pb: frozenset[str], shared: frozenset[str]
) -> bool:
    """The same kind of act (an event family in common, whatever verbs tell it, and harm to people told
    by both or neither) at the same settlement that each claim names itself, and some other word in
    common besides the act and the place (the depot, the assault): "struck a fuel depot near X" and
    "a drone attack destroyed a fuel depot in X"."""
    return bool(a & b) and _harm_agrees(a, b) and bool(pa & pb) and len(shared - a - b) >= 2


def _without_dates(rec: ArticleRecord, claim: Any) -> str:
    """The claim's text with its dates blanked: the days of "the night of 17-18 March" are no counts."""
    text = claim.text
    for d in rec.dates:
        if claim.start <= d.start and d.end <= claim.end and rec.article.text[d.start : d.end] == d.text:
            a, b = d.start - claim.start, d.end - claim.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


_SIDE_OF_FIGURE = re.compile(r"(?i)\b(\d[\d,]*)\s+(?:[^\W\d_]+\s+)?(russian|ukrainian|росій|україн|российск|украинск)")


def _figure_sides(text: str) -> dict[str, str]:
    """The side a figure counts, when the text says it ("175 Russian servicemen", "175 Ukrainian soldiers")."""
    got = {m.group(1).replace(",", ""): m.group(2).lower()[:3] for m in _SIDE_OF_FIGURE.finditer(text)}
    return got or _NO_SIDES


_NO_SIDES: dict[str, str] = {}  # shared by every claim that names no side of a figure (never written to)


def _sides_agree(a: dict[str, str], b: dict[str, str]) -> bool:
    """No figure one claim counts on one side and the other claim on the other (an exchange of 175 for 175)."""
    if not a or not b:
        return True
    return not any(v in b and b[v] != side for v, side in a.items())


def _figure_set(rec: ArticleRecord, claim: Any) -> frozenset[tuple[str, float]]:
    """Every figure of a claim with its unit, units that count or measure something (not "items")."""
    qs = {q.id: q for q in rec.quantities}
    return frozenset(
        (qs[x].unit, qs[x].value) for x in claim.quantities if x in qs and qs[x].unit not in ("item", "year")
    )


def _anchored(shared: frozenset[str]) -> bool:
    """Names and figures enough to tell one claim: a figure among them, or three names (two place
    names alone are the story's, not the claim's)."""
    return any(x.startswith("#") for x in shared) or len(shared) >= 3


def _units_agree(a: dict[str, float], b: dict[str, float]) -> bool:
    """No value that one claim counts in one unit and the other in another (112 drones, 112 soldiers)."""
    if not a or not b:
        return True  # (most claims give no figure)
    by_value = {v: u for u, v in a.items() if u not in ("item", "year")}
    return not any(v in by_value and by_value[v] != u for u, v in b.items() if u not in ("item", "year"))


def _shared_figure(a: dict[str, float], b: dict[str, float]) -> bool:
    """The same value in the same unit, a unit that counts something ("30 civilians" in both)."""
    return any(u not in ("item", "year") and b.get(u) == v for u, v in a.items())


def _own_settlements(rec: ArticleRecord, claim: Any) -> frozenset[str]:
    """The settlements a claim names itself (by spelling key: geocoders may read one name two ways), and
    the places inside its text that the geocoder could not settle between namesakes ("Novoselivka", a name
    of dozens of villages): by name, the same village for two claims that name it."""
    ps = {p.id: p for p in rec.places}
    got = {key(ps[x].name) for x in claim.places if x in ps and ps[x].feature in ("settlement", "front")}
    for p in rec.places:
        if p.feature == "other" and not p.gazetteer_id and p.candidates and claim.start <= p.start < claim.end:
            got.add(key(p.name))
    return frozenset(got - {""})


# a line this short, alone in its paragraph and without a full stop, is a heading
HEADING_WORDS = 8


def _heading(rec: ArticleRecord, claim: Any) -> bool:
    """The headline, or a sub-heading: a short line standing alone as its paragraph, without a full
    stop ("Moscow silent on the village", "General Staff: 12 clashes in the north") that sums up what
    follows."""
    if claim.headline:
        return True
    text = rec.article.text
    title = rec.article.title
    if title and claim.start < len(title) + 4 and claim.text.strip() in title:
        return True  # the page's title, however long
    lo = text.rfind("\n", 0, claim.start) + 1
    hi = text.find("\n", claim.end)
    line = text[lo : len(text) if hi < 0 else hi].strip()
    return (
        claim.text.strip() in line
        and len(line.split()) <= HEADING_WORDS
        and not line.endswith((".", "!", "?", ":", "»", '"', "”"))
    )


# a claim that tells a period, not one event: a tally "since the start of autumn", "over the past week"
_PERIOD_RE = re.compile(
    r"(?i)\b(?:since|so far this|over the past (?:week|month|year)|in the past (?:week|month|year)|"
    r"з початку|від початку|с начала|от начала|за (?:минулий |останній |прошлый |последний )?"
    r"(?:тиждень|місяць|рік|неделю|месяц|год)\b)"
)


def _period(rec: ArticleRecord, claim: Any) -> bool:
    """Whether a claim counts or tells a period ("since February 2022", "з початку осені", a month or a
    year as its date) rather than one event: the two are other claims, however alike their acts."""
    if _PERIOD_RE.search(claim.text):
        return True
    dates = {d.id: d for d in rec.dates}
    return any(
        d is not None and (d.relation in ("since", "until") or d.granularity in ("month", "year"))
        for d in (dates.get(x) for x in claim.dates)
    )


def _denial(claim: Any) -> bool:
    """A claim that says what others report is false ("denied", "a provocation", "not a single")."""
    return claim.stance == "disputes" or bool(DENIAL_RE.search(claim.text))


# words that name a side or its forces, not the thing an act was done to
SIDE_WORDS = frozenset({"russia", "ukrain", "moscow", "kyiv", "kremlin", "forc", "troop", "army", "military", "unit"})
# acts of an attack and of what it did to a thing: "denied striking the bridge" answers "bombs destroyed the bridge"
ATTACK = frozenset({"strike", "destroy", "fire"})


def _denied_act(a: frozenset[str], b: frozenset[str]) -> bool:
    """The act a denial denies and the act the other claim reports: one act in common, or an attack and
    its outcome on the thing attacked ("had not struck the dam", "destroyed a dam")."""
    return bool(a & b) or bool(a & ATTACK and b & ATTACK)


def _taken_or_held(a: frozenset[str], b: frozenset[str], na: int, nb: int) -> bool:
    """One claim says a place was taken and the other that it is held ("Russian forces captured the village",
    "Ukrainian troops are holding their positions in the village"): two accounts of who holds the place. Not a
    claim of fighting beaten back there ("holding their positions and repelled nine assaults"), a tally."""

    def held(x: frozenset[str], n: int) -> bool:
        return "hold" in x and "repel" not in x and "capture" not in x and n != 2

    return ("capture" in a and held(b, nb)) or ("capture" in b and held(a, na))


def _acts_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two claims that each tell an act, and no act in common ("launched" against "shot down")."""
    return bool(a and b and not a & b)


def _distinctive(fig: dict[str, float]) -> set[tuple[str, float]]:
    """Figures that two reports share only when one repeats the other (460,000 killed), not by
    chance (three injured): a value of 100 or more, in a unit."""
    return {(u, v) for u, v in fig.items() if v >= 100 and u not in ("year", "item")}


def _pub_day(rec: ArticleRecord) -> int:
    pub, _ = published_at(rec.article)
    if not pub:
        return 0
    try:
        return date.fromisoformat(pub[:10]).toordinal()
    except ValueError:
        return 0


def _ancestors(derivs: list[Derivation]) -> dict[str, set[str]]:
    """Every article's ancestors through derivations (copies, rewrites, cites), whatever the
    direction found: two related articles are one line of reporting."""
    parents: dict[str, set[str]] = defaultdict(set)
    for d in derivs:
        parents[d.article].add(d.derived_from)
    out: dict[str, set[str]] = {}
    for a in list(parents):
        seen: set[str] = set()
        stack = list(parents[a])
        while stack and len(seen) < 1000:
            p = stack.pop()
            if p in seen or p == a:
                continue
            seen.add(p)
            stack.extend(parents.get(p, ()))
        out[a] = seen
    return out


def origin_of(rec: ArticleRecord, claim: Any, outlets: dict[str, str | None]) -> str:
    """The claim's first-hand source as one identity across articles: the last hop's source
    (its identity from link.identities; an unnamed source is its own, since nothing says two
    are one), or the outlet itself for a claim in the article's own voice."""
    if claim.attribution:
        src = rec.source(claim.attribution[-1].source)
        if src is not None and not _NOT_A_SOURCE.search(src.name):
            if src.canonical_id:
                return src.canonical_id
            return f"unnamed:{rec.article.id}:{src.id}"
    after = _named_after(rec, claim)
    if after is not None:
        return str(after.canonical_id)
    if claim.attribution:
        return f"unnamed:{rec.article.id}:{claim.attribution[-1].source}"
    carried = _named_next(rec, claim) or _named_before(rec, claim)
    if carried:
        return carried
    outlet = outlets.get(rec.article.id)
    return outlet or _source_key(rec.article.outlet or rec.article.id)


# a "source" that is a clause of the claim's own sentence ("2 persons perished and 5 more received injuries,
# informed the head of the administration X"): a count of people or an account of what befell them
_NOT_A_SOURCE = re.compile(
    r"(?i)^\W*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|more|dozens)\b)"
    r"|\b(?:received|sustained|suffered|were|was|killed|injured|wounded|died|perished)\b"
)
# a verb that reports, closing the sentence: "..., the head of the administration, X, said on Friday",
# "..., reported the head of the regional administration X", "..., as the General Staff noted"
_REPORTING = re.compile(
    r"(?i)\b(?:said|says|reported|reports|informed|announced|stated|wrote|added|told|noted|notes|confirmed|stressed)\b"
)


def _named_after(rec: ArticleRecord, claim: Any) -> Any:
    """The named source that the claim's own sentence names after the claim, in a reporting clause that
    closes it ("Seven people were injured ..., the head of the regional military administration, X, said
    on Friday"; "... 5 more received injuries, informed the head of the administration X"), when the
    article names that source elsewhere too: the person or body the text gives, by its identity. None when
    the sentence has no such clause or names no source the article knows."""
    clause = _closing_clause(rec, claim)
    if clause is None:
        return None
    words = _clause_names(clause)
    for src in rec.sources:
        if not src.canonical_id or src.kind == "unnamed" or _NOT_A_SOURCE.search(src.name):
            continue
        surname = _surname(src.name)
        if len(surname) > 2 and surname in words:
            return src
    # a body of the institutions registry that the article names only there ("..., informed the Air Force
    # of the Armed Forces of Ukraine")
    inst = lookup_institution(clause)
    if inst and inst.get("id"):
        name = str(inst.get("name") or inst["id"])
        return SimpleNamespace(
            id=None,
            name=name,
            kind="government_body",
            canonical_id=str(inst["id"]),
            description=None,
            mentions=[],
            side=inst.get("side", "unknown"),
        )
    return None


def _closing_clause(rec: ArticleRecord, claim: Any) -> str | None:
    """The reporting clause that closes the claim's sentence after the claim ("..., the head of the regional
    military administration, X, said on Friday", "..., as brigade spokesman X noted"), or None."""
    sent = claim.sentence
    if not sent:
        return None
    text = rec.article.text
    lo, hi = max(sent["start"], claim.start), sent["end"]
    tail = text[lo:hi]
    verbs = list(_REPORTING.finditer(tail))
    if not verbs:
        return None
    v = verbs[-1]
    # the clause: the comma-bounded part that holds the verb, and when the verb opens it, the one or two parts
    # before it that name who speaks ("the head of the regional administration", "X")
    parts = tail[: v.start()].split(",")
    clause = parts[-1] + tail[v.start() :]
    if not parts[-1].strip():
        for part in reversed(parts[-3:-1]):
            p = part.strip()
            if not p or len(p.split()) > 10 or not (p[:1].isupper() or p.lower().startswith("the ")):
                break
            clause = part + "," + clause
    return None if len(clause.split()) > 25 else clause


def _clause_names(clause: str) -> frozenset[str]:
    """The capitalised words of a clause by spelling key: the names it gives."""
    return frozenset({key(w) for w in re.findall(r"[A-ZА-ЯІЇЄҐ][\w’'-]+", clause)} - {""})


def _surname(name: str) -> str:
    """The spelling key of a source name's last word when it is capitalised (a person's surname), else ''."""
    names = re.findall(r"[\w’'-]+", name)
    return key(names[-1]) if names and names[-1][:1].isupper() else ""


def _named_in_cluster(members: list) -> dict[str, set[str]]:
    """The people the cluster's claims are attributed to, by surname key: surname -> identities."""
    out: dict[str, set[str]] = defaultdict(set)
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else None
        if src is None or not src.canonical_id or not src.canonical_id.startswith("person:"):
            continue
        surname = _surname(src.name)
        if len(surname) > 2:
            out[surname].add(src.canonical_id)
    return out


def _named_by_another(rec: ArticleRecord, claim: Any, people: dict[str, set[str]]) -> str | None:
    """The source that a reporting clause closing the claim's sentence names ("..., as brigade spokesman X
    noted"), or a sentence after it in its paragraph that only says who reported it (a channel's post ending
    "X, head of the regional military administration, informed."), when the article does not know them as
    a source: a source of the article by that surname, else one person of the cluster by that surname (quoted
    by another article), else a body of the institutions registry."""
    clause = _closing_clause(rec, claim)
    if clause is None:
        clause = _said_after(rec, claim)
    if clause is None:
        return None
    names = _clause_names(clause)
    for src in rec.sources:
        if src.canonical_id and src.kind != "unnamed" and len(_surname(src.name)) > 2 and _surname(src.name) in names:
            return str(src.canonical_id)
    hits = set().union(*(people.get(w, set()) for w in names))
    if len(hits) == 1:
        return next(iter(hits))
    inst = lookup_institution(clause)
    return str(inst["id"]) if inst and inst.get("id") else None


# a sentence that only says who reported what goes before it ("X, head of the regional military administration,
# informed.", "Reported by the regional police."): the speaker, then the verb that ends it, or the verb first
_SOURCE_LINE = re.compile(
    r"(?i)^(?:(?P<who>(?-i:[A-ZА-ЯІЇЄҐ])[^.!?]{2,150}?)[,\s]+(?:informed|informs|reported|reports|said|says|wrote|"
    r"writes|stated|announced|noted|added|told\s+(?:us|reporters|journalists))"
    r"|(?:reported|informed|announced)\s+by\s+(?P<by>[^.!?]{3,150}?)|source:\s*(?P<src>[^.!?]{3,150}?))\s*[.!]?$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _said_after(rec: ArticleRecord, claim: Any) -> str | None:
    """The speaker that a sentence of its own after the claim names, in the claim's paragraph, when no
    sentence between names another (the line closing a post: "... 12 people received injuries. X, head of the
    regional military administration, informed.")."""
    text = rec.article.text
    sent = claim.sentence
    # from the end of the claim's sentence (else of the claim, whose sentence goes on up to the first stop)
    start = max(claim.end, sent["end"]) if sent else claim.end
    stop = text.find("\n\n", start)
    rest = text[start : len(text) if stop < 0 else stop]
    goes_on = not sent and not claim.text.rstrip().endswith((".", "!", "?"))
    for n, piece in enumerate(_SENTENCE_END.split(rest)):
        s = piece.strip()
        if not s:
            continue
        m = _SOURCE_LINE.match(s) if n or not goes_on else None
        if m:
            who = m.group("who") or m.group("by") or m.group("src") or ""
            return who if len(who.split()) <= 15 else None
        if _REPORTING.search(s):
            return None  # a sentence naming who told something else
    return None


def _has_source(rec: ArticleRecord, claim: Any) -> bool:
    """Whether the text gives the claim a source: its own, or one named after it in its sentence, or the
    next or the previous claim's in its paragraph (the claim is not in the article's own voice)."""
    return bool(claim.attribution) or bool(
        _named_after(rec, claim) or _named_next(rec, claim) or _named_before(rec, claim)
    )


def _neighbour_source(rec: ArticleRecord, claim: Any, after: bool) -> Any:
    """The source of the first hop of the claim next to this one in its paragraph (the one after it, or the
    one before it), or None when there is no such claim or it has no attribution."""
    text = rec.article.text
    if after:
        stop = text.find("\n\n", claim.end)
        stop = len(text) if stop < 0 else stop
        near = [c for c in rec.claims if claim.end <= c.start < stop]
    else:
        start = max(text.rfind("\n\n", 0, claim.start), 0)
        near = [c for c in rec.claims if start <= c.start and c.end <= claim.start]
    if not near:
        return None
    other = (min if after else max)(near, key=lambda c: c.start)
    if not other.attribution:
        return None
    src = rec.source(other.attribution[-1].source)
    if after and src is not None and _NOT_A_SOURCE.search(src.name):
        src = _named_after(rec, other)  # "38 enemy UAVs were neutralized ..., informed X": X
    return src


def _named_id(src: Any) -> str | None:
    """A source's identity when it is a named one (never an unnamed source)."""
    if src is None or not src.canonical_id or src.kind == "unnamed":
        return None
    return str(src.canonical_id)


def _named_before(rec: ArticleRecord, claim: Any) -> str | None:
    """The named source of the claim just before it in the same paragraph, when the claim has none and
    nothing after it in the paragraph names one: reported speech that goes on ("Russia attacked with 45
    drones, the air force said. Air defences shot down 38 of them.")."""
    src = _neighbour_source(rec, claim, after=False)
    return None if src is not None and _NOT_A_SOURCE.search(src.name) else _named_id(src)


def _named_next(rec: ArticleRecord, claim: Any) -> str | None:
    """The named source of the next claim in the same paragraph, when that claim names one: a post's
    "3 dead, 11 wounded. Two people were rescued from the rubble, said the head of the regional
    administration, X" gives the toll as X's, as the paragraph's one source (a claim of the article's own
    voice in a paragraph of its own stays the outlet's)."""
    return _named_id(_neighbour_source(rec, claim, after=True))


def _cluster(cid: str, members: list, ancestors: dict[str, set[str]], outlets: dict[str, str | None]) -> ClaimCluster:
    arts = {r.article.id for r, _ in members}
    # a member whose article copies, rewrites or cites another member's article repeats that
    # article's reporting: it adds no origin of its own
    echo = {(r.article.id, c.id) for r, c in members if ancestors.get(r.article.id, set()) & (arts - {r.article.id})}
    found = contradictions(members, echo)
    against = {(x["article"], x["claim"]) for x in found}
    # another figure for the same toll still tells the event on its own ("six killed" against "four
    # killed", a mayor against a governor): a confirmation with a contradiction; not when the other side
    # gives it (the attacker's "shot down only two drones" against the defender's nine), nor a denial,
    # an outcome or an act that differs
    by_key = {(r.article.id, c.id): (r, c) for r, c in members}
    denied = {
        (x["article"], x["claim"])
        for x in found
        if x.get("kind") != "another_figure"
        or _sides_differ(by_key.get((x["article"], x["claim"])), by_key.get(_against_key(x)))
    }
    origins, support, deniers = [], set(), set()
    relays = _repeated_figures(members)
    # an article that relays the cluster's figures in its own voice relays it in its headline too
    relaying = {a for a, _c in relays}
    relays |= {(r.article.id, c.id) for r, c in members if r.article.id in relaying and not _has_source(r, c)}
    folded = _folded(members, outlets) | relays
    spokes = _spokespeople(members) | _roles(members) | _heads(members)
    people = _named_in_cluster(members)
    for r, c in members:
        o = origin_of(r, c, outlets)
        if not c.attribution and not _has_source(r, c):
            o = _named_by_another(r, c, people) or o
        o = spokes.get(o, o)
        if (r.article.id, c.id) in folded:
            continue
        if o not in origins:
            origins.append(o)
        if (r.article.id, c.id) in echo:
            continue
        if (r.article.id, c.id) in denied or c.stance == "disputes":
            if (r.article.id, c.id) in denied and x_kind(found, r.article.id, c.id) == "denial":
                deniers.add(o)
            continue
        support.add(o)
    # a source that calls the claim false confirms nothing with its other words on it (a fact-check's
    # verdict "the claims are false" and its "satellite images show the dam intact")
    support -= deniers
    ordered = sorted(members, key=lambda rc: (published_at(rc[0].article)[0] or "9999", rc[0].article.id))
    first = ordered[0][0]
    conf = len(support)
    return ClaimCluster(
        id=cid,
        label=label_of(members, against),
        members=[ClusterMember(r.article.id, c.id) for r, c in members],
        origins=origins,
        independent_confirmations=conf,
        first_reported={"article": first.article.id, "date": first.article.published},
        contradictions=found,
        grade=_grade(members, conf, found),
    )


# the state itself named by its capital or as a regime: a generic reference to one side's government
GENERIC_STATE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:[\w’'-]+?(?:['’]s)?\s+)?(?:regime|authorities|government|leadership|side|officials|сторона)|kremlin|"
    r"kyiv|kiev|moscow|київ|киев|москва|кремль|ukraine|russia|україна|росія|россия|украина)$"
)
STATE_KINDS = ("state_official", "military", "government_body", "intelligence_service")


def x_kind(found: list[dict], art: str, claim: str) -> str | None:
    """The kind of the contradiction recorded for one member (None: none)."""
    return next((x.get("kind") for x in found if x["article"] == art and x["claim"] == claim), None)


def _against_key(x: dict) -> tuple[str, str]:
    ref = x.get("against") or {}
    return (ref.get("article", ""), ref.get("claim", ""))


def _side_of(member: tuple | None) -> str | None:
    if member is None:
        return None
    r, c = member
    src = r.source(c.attribution[-1].source) if c.attribution else None
    return src.side if src is not None and src.side in ("ua", "ru") else None


def _sides_differ(a: tuple | None, b: tuple | None) -> bool:
    """Whether two member claims' sources speak for two sides of the war (unknown: no)."""
    sa, sb = _side_of(a), _side_of(b)
    return bool(sa and sb and sa != sb)


def _folded(members: list, outlets: dict[str, str | None]) -> set[tuple[str, str]]:
    """Members that add no origin of their own: a claim an article makes in its own voice (a headline)
    when the same article gives a source for the same claim; a source without a name ("a Ukrainian
    brigade", "it") or a side's government in general ("the Kyiv regime") when a named source of the
    same side stands in the cluster (the government relays its own body's figures)."""
    out: set[tuple[str, str]] = set()
    sourced = {r.article.id for r, c in members if _has_source(r, c)}
    named_sides: set[str] = set()
    vague = []
    for r, c in members:
        if not c.attribution:
            if r.article.id in sourced and not _has_source(r, c):
                out.add((r.article.id, c.id))
            continue
        src = r.source(c.attribution[-1].source)
        if src is None:
            continue
        if src.canonical_id and not GENERIC_STATE_RE.match(src.name.strip()) and src.side in ("ua", "ru"):
            if src.kind in STATE_KINDS or src.kind == "military":
                named_sides.add(src.side)
        elif src.side in ("ua", "ru") and (not src.canonical_id or GENERIC_STATE_RE.match(src.name.strip())):
            vague.append(((r.article.id, c.id), src.side))
    out |= {k for k, side in vague if side in named_sides}
    return out


def _repeated_figures(members: list) -> set[tuple[str, str]]:
    """Members in an article's own voice (no source named, none in the next sentence) that repeat a
    figure an earlier article of the cluster gives from a source, one that reports do not share by chance
    (100 or more, in a unit: "cut power to 12,000 households" in a day's roundup, after "leaving 12,000
    homes without power, the energy company said"): the outlet relays that source and adds no origin.
    A later day's story that retells the event in its own voice with the figures a source gave the day
    before ("a day after a missile slammed into the plant, killing three staff") relays it too, whatever
    the figures' size."""
    sourced: list[tuple[str, str, set[tuple[str, float]], set[tuple[str, float]]]] = []
    for r, c in members:
        if c.attribution:
            fig, every = _rare_figures(r, c), _counts(r, c)
            if fig or every:
                sourced.append((published_at(r.article)[0] or "", r.article.id, fig, every))
    if not sourced:
        return set()
    out = set()
    for r, c in members:
        if _has_source(r, c):
            continue
        fig, every = _rare_figures(r, c), _counts(r, c)
        when = published_at(r.article)[0] or ""
        if not when:
            continue
        for t, a, f, e in sourced:
            if a == r.article.id or not t or t >= when:
                continue
            if (fig and fig & f) or (every and every <= e and t[:10] < when[:10]):
                out.add((r.article.id, c.id))
                break
    return out


def _counts(rec: ArticleRecord, claim: Any) -> set[tuple[str, float]]:
    """The claim's figures in units that count or measure something (not things of any kind, nor years)."""
    qs = {q.id: q for q in rec.quantities}
    return {(qs[x].unit, qs[x].value) for x in claim.quantities if x in qs and qs[x].unit not in _NO_COUNT}


def _rare_figures(rec: ArticleRecord, claim: Any) -> set[tuple[str, float]]:
    """Figures two reports share only when one repeats the other: 100 or more in a unit, 1,000 or more
    of things of any kind (12,000 homes)."""
    return _distinctive(_figures(rec, claim)) | {
        (u, v) for u, v in _figures(rec, claim).items() if u == "item" and v >= 1000
    }


# a role without a name: "the governor", "the regional governor", or after the place it serves ("Okhtyrka
# mayor", "the Sumy governor")
_ROLE_RE = re.compile(
    r"(?i)^(?:(?:the|this|that)\s+(?:regional\s+|local\s+|city\s+)?|(?:regional|local|city)\s+|"
    r"(?:the\s+)?(?-i:[A-Z][\w’'-]+)\s+)"
    r"([^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)$"
)


def _roles(members: list) -> dict[str, str]:
    """A role without a name ("the governor") is the one named source of the cluster that holds that
    role ("the regional governor, Vitaly X"): one origin, told by name in one article and by role in
    another. None when two named sources hold it."""
    named: dict[str, set[str]] = defaultdict(set)
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else _named_after(r, c)
        # (a person's two names read like "Okhtyrka mayor": a person by identity is named)
        if (
            src is not None
            and src.canonical_id
            and (src.canonical_id.startswith("person:") or not _ROLE_RE.match(src.name.strip()))
        ):
            told = " ".join([src.name, src.description or "", *(m.text for m in src.mentions)])
            ws = re.findall(r"[\w’'-]+", told.lower())
            # each word, and each two words in a row ("the air force" is "Ukraine's air force")
            for w in {*ws, *(f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False))}:
                named[w].add(src.canonical_id)
    out: dict[str, str] = {}
    # a role no named source holds, told in the same words by two articles ("the regional administration"):
    # one body, since the cluster's claims tell one event in one place
    same_words: dict[str, str] = {}
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else None
        m = _ROLE_RE.match(src.name.strip()) if src is not None and not src.canonical_id else None
        role = " ".join(m.group(1).lower().split()) if m else ""
        if m and src is not None and len(named.get(role, ())) == 1:
            out[f"unnamed:{r.article.id}:{src.id}"] = next(iter(named[role]))
        elif m and src is not None and not named.get(role):
            words = _AUTHORITY_RE.sub("authorities", " ".join(_ARTICLE_RE.sub("", src.name.strip().lower()).split()))
            out[f"unnamed:{r.article.id}:{src.id}"] = same_words.setdefault(words, f"unnamed:{r.article.id}:{src.id}")
    return out


_ARTICLE_RE = re.compile(r"^(?:the|this|that)\s+")
# the words a text uses for one level of government without a name: "regional officials", "the regional
# authorities", "the regional administration" and (in wartime) "the regional military administration" speak
# for one body
_AUTHORITY_RE = re.compile(r"\b(?:military\s+)?(?:officials|authorities|authority|administration)$")


def _heads(members: list) -> dict[str, str]:
    """A body of government and the one person of the cluster told as holding its head office are one source
    (lexicon data/en/office_heads.json): "the X regional administration" is the regional governor Y, or
    "Y, head of the regional military administration". None when two people of the cluster hold that office."""
    offices = _offices()
    holders: dict[str, set[str]] = defaultdict(set)
    bodies: dict[str, tuple[str, str]] = {}
    places: dict[str, str] = {}
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else None
        if src is None:
            continue
        if src.canonical_id and src.canonical_id.startswith("person:"):
            texts = [src.name, src.description or "", *(m.text for m in src.mentions)]
            told = " | ".join(_office_words(t) for t in texts)
            for office, phrases in offices.items():
                for phrase in phrases:
                    head_of = rf"\b(?:head|chief|leader)\s+of\s+(?:[\w’'-]+\s+){{0,3}}{phrase}\b"
                    if re.search(rf"\b{office}\b", told) or re.search(head_of, told):
                        holders[phrase].add(src.canonical_id)
            m = next((hit for t in texts if (hit := _PLACE_BEFORE_OFFICE.search(t))), None)
            if m:
                places[src.canonical_id] = key(m.group(1))
        else:
            name = _office_words(src.name)
            o = src.canonical_id if src.canonical_id else f"unnamed:{r.article.id}:{src.id}"
            for phrases in offices.values():
                for phrase in phrases:
                    if re.search(rf"\b{phrase}$", name) or re.search(rf"^{phrase}\b", name):
                        m = _PLACE_BEFORE_OFFICE.search(src.name)
                        bodies[o] = (phrase, key(m.group(1)) if m else "")
    out = {}
    for o, (phrase, where) in bodies.items():
        held_by = holders.get(phrase, set())
        if len(held_by) == 1:
            person = next(iter(held_by))
            if not (where and places.get(person) and places[person] != where):
                out[o] = person  # (a governor of another region named is no head of this one)
    return out


# the place an office or a body is of, named before it ("the Sumy governor", "Kherson regional administration")
_PLACE_BEFORE_OFFICE = re.compile(
    r"(?-i:([A-ZА-ЯІЇЄҐ][\w’'-]+))\s+(?i:(?:regional\s+|oblast\s+|city\s+)?(?:military\s+|state\s+)?"
    r"(?:governor|mayor|administration|council|authorities))"
)


@lru_cache(maxsize=1)
def _offices() -> dict[str, tuple[str, ...]]:
    from ..lexicon import mapping

    return {re.escape(k): tuple(re.escape(p) for p in v) for k, v in mapping("en", "office_heads").items()}


# words a body's name adds to the office it is: the article, wartime "military", the formal "state"
_OFFICE_NOISE = re.compile(r"\b(?:the|this|that|its|military|state)\b")


def _office_words(text: str) -> str:
    """A source's words, lower-cased, without the words that name no office (place names stay: the body's
    phrase is looked for at the end or the start)."""
    return " ".join(_OFFICE_NOISE.sub(" ", text.lower()).split())


def _spokespeople(members: list) -> dict[str, str]:
    """A person the text presents as speaking for a body ("Dmytro Petrenko, secretary of the Border
    Council") is one origin with that body when the body stands in the cluster too."""
    bodies: dict[str, frozenset[str]] = {}
    people: dict[str, str] = {}
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else None
        if src is None or not src.canonical_id:
            continue
        if src.kind in ("state_official", "military", "journalist", "expert") and src.description:
            people[src.canonical_id] = src.description
        elif src.kind not in ("unnamed", "state_official", "journalist", "expert"):
            ws = frozenset(w for w in content(src.name) if not w.isdigit())
            if len(ws) >= 2:
                bodies[src.canonical_id] = ws
    out = {}
    for pid, desc in people.items():
        dw = content(desc)
        hits = [b for b, ws in bodies.items() if len(ws & dw) >= 2]
        if len(hits) == 1:
            out[pid] = hits[0]
    return out


def label_of(members: list, against: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()) -> str:
    """The clearest member claim: a whole statement of middling length, not a headline
    fragment, a dateline or page chrome, in the language most members are in (an English desk reads
    the cluster of three English reports and one Ukrainian post by an English claim); the earliest
    report's wording breaks ties. A member that contradicts the others (``against``: another figure, a
    denial) does not name the cluster: the label says what most members say."""
    langs = Counter(r.article.language or "en" for r, _c in members)
    major = max(sorted(langs), key=lambda x: langs[x])

    def score(rc: tuple) -> tuple:
        r, c = rc
        t = _label_text(c.text)
        n = len(t)
        return (
            is_chrome(t),
            (r.article.id, c.id) in against,
            (r.article.language or "en") != major,
            _heading(r, c),  # a headline or sub-heading sums up; the body claim says it whole
            not t[:1].isupper(),  # a clause cut out of a sentence ("wounding two cyclists")
            abs(min(n, 220) - 110),
            published_at(r.article)[0] or "9999",
            r.article.id,
        )

    return _label_text(min(members, key=score)[1].text)


# what opens a claim's text without being part of it: list bullets and symbols, a wire dateline
# ("KYIV, Oct 12 (Wire) - ")
_LABEL_LEAD = re.compile(
    r"^(?:[^\w\"“«'(]+|[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ' .-]+,\s+\w{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*)"
)


def _label_text(text: str) -> str:
    return _LABEL_LEAD.sub("", text.strip()).strip() or text.strip()

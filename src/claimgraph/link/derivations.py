"""Who copied whom, as a tree: for each article its most likely parent(s), with the direction
decided from every signal the text and metadata give.

Candidates come from three places: MinHash LSH over distinctive shingles (copies, syndication,
rewrites), an outlet named in another article's text (cites, in any wording or language), and
shared names, figures and quotations in order (paraphrases and translations).

Direction, strongest signal first: a credit line naming the other outlet; a text naming the
other's outlet as its source; publication times (page metadata, else a date in the URL) when
both are known and differ; then two weaker signs that must agree: the text that contains the
other plus additions of its own is the later one, and the text that keeps more hedges and
attributions is the earlier one (rewrites lose them). When nothing settles it, the derivation
says ``direction: unknown`` and names both candidates.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from ..ground.gazetteer import key
from ..model import ArticleMeta, ArticleRecord, Derivation
from ..settings import LinkSettings
from .bodies import body_key, body_keys
from .candidates import _shared, _wording, candidate_codes, distinctive
from .features import (
    CREDIT_RE,
    StoryEvent,
    anchors,
    common_words,
    content,
    other_events,
    shingle_hashes,
    shingles,
    story_event,
    strip_chrome,
    strong_anchors,
)
from .identities import clean_name
from .similarity import RareKeys, _best, _claim_order, _order, _outlet_match

_URL_DATE = re.compile(r"(?<!\d)(20\d\d)[/-](\d\d)(?:[/-](\d\d))?(?!\d)")
_NAME_TOKEN = re.compile(r"[\w'’]+")
# how strong each kind of link is, for choosing parents: a named source, then copied text
_STRENGTH = {"syndication": 4, "copy": 3, "cites": 2, "rewrite": 1}


def published_at(meta: ArticleMeta) -> tuple[str | None, bool]:
    """(ISO date or datetime, whether it has a time) from the page metadata, else from the URL."""
    pub = (meta.published or "").strip()
    if pub:
        return pub, "T" in pub or " " in pub.strip()
    m = _URL_DATE.search(meta.url or "")
    if m:
        return "-".join(g for g in m.groups() if g), False
    return None, False


def _compare_time(a: ArticleMeta, b: ArticleMeta) -> int:
    """-1 when a is earlier, 1 when later, 0 when the metadata does not say."""
    (pa, ta), (pb, tb) = published_at(a), published_at(b)
    if not pa or not pb:
        return 0  # one undated page says nothing about which came first
    if ta and tb:
        try:
            da, db = datetime.fromisoformat(pa), datetime.fromisoformat(pb)
            if (da.tzinfo is None) == (db.tzinfo is None) and da != db:
                return -1 if da < db else 1
        except ValueError:
            pass
    # days (or months) compared at the granularity both have
    n = min(len(pa[:10]), len(pb[:10]))
    if pa[:n] == pb[:n]:
        return 0
    return -1 if pa[:n] < pb[:n] else 1


def _capture_order(a: ArticleMeta, b: ArticleMeta) -> int:
    """-1 when a web archive captured a before b was published (or captured), 1 for the reverse, 0 when
    the captures do not tell: a capture is the latest a page can have been published, so a page captured
    before the other one appeared at all came first."""
    for x, y, sign in ((a, b, -1), (b, a, 1)):
        cap = _day_time(x.captured)
        if cap is None:
            continue
        pub_y, _ = published_at(y)
        other = _day_time(pub_y)
        if other is not None and cap < other:
            return sign
    return 0


def _day_time(iso: str | None) -> datetime | None:
    """An ISO date or date-time as a naive UTC date-time (a date alone is its first moment: a page
    published "on March 2" may have appeared as early as midnight, and only a capture before that is
    sure to be earlier)."""
    if not iso:
        return None
    try:
        if len(iso) <= 10:
            return datetime.fromisoformat(iso[:10])
        d = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is not None:
        d = d.astimezone(UTC).replace(tzinfo=None)
    return d


@lru_cache(maxsize=262144)
def _tok_key(w: str) -> str:
    return w.lower() if any(ch.isdigit() for ch in w) else key(w)


def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(k for k in (_tok_key(w) for w in _NAME_TOKEN.findall(clean_name(name))) if k and k not in _SKIP)


_SKIP = {"the", "a", "an", "of"}
_WORD = re.compile(r"\w+")


class OutletIndex:
    """Outlet names of the corpus by their first key, so that finding every outlet a text names
    costs what the text's capitalised words cost, not what the number of outlets costs."""

    def __init__(self, records: list[ArticleRecord], common: Counter[str]) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self.by_outlet: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self._member_sets: dict[tuple[str, ...], frozenset[str]] = {}
        self._scripts: dict[tuple[tuple[str, ...], str], list[str]] = {}
        for r in records:
            ks = _name_keys(r.article.outlet or "")
            # a one-word outlet name must be distinctive to count as a mention ("Review" is not)
            if not ks or (len(ks) == 1 and (len(ks[0]) < 5 or common[ks[0]] > 2)):
                continue
            if ks not in self.by_outlet:
                self.first[ks[0]].append((ks, r.article.outlet or ""))
            self.by_outlet[ks].append(r.article.id)
        # an outlet that is a regional body ("Чернігівська ОВА (Telegram)") is also named by its
        # name in another language ("the Chernihiv Regional Military Administration")
        for r in records:
            bk = body_key(r.article.outlet or "")
            if bk:
                self.by_outlet[("@", bk)].append(r.article.id)
                self.bodies = True

    bodies = False

    def candidates(
        self,
        ks: tuple[str, ...],
        sharing: Counter[str],
        script: str,
        scripts: dict[str, str],
        pos: dict[str, int],
    ) -> list[str]:
        """The articles of outlet ``ks`` that can be what a text cites, in corpus order: those that
        share a rare anchor with it (``sharing``), and every one in another script than ``script``
        (whose names are compared by their stems). The others share nothing to cite it by."""
        arts = self.by_outlet[ks]
        if len(arts) <= len(sharing):
            return [a for a in arts if a in sharing or scripts[a] != script]
        got = {a for a in sharing if a in self._members(ks)}
        got.update(a for a in self._other_script(ks, script, scripts))
        return sorted(got, key=pos.__getitem__)

    def _members(self, ks: tuple[str, ...]) -> frozenset[str]:
        got = self._member_sets.get(ks)
        if got is None:
            got = self._member_sets[ks] = frozenset(self.by_outlet[ks])
        return got

    def _other_script(self, ks: tuple[str, ...], script: str, scripts: dict[str, str]) -> list[str]:
        key_ = (ks, script)
        got = self._scripts.get(key_)
        if got is None:
            got = self._scripts[key_] = [a for a in self.by_outlet[ks] if scripts[a] != script]
        return got

    def named_in(self, text: str) -> set[tuple[str, ...]]:
        toks = [t for t in _NAME_TOKEN.findall(text)]
        out: set[tuple[str, ...]] = set()
        if self.bodies:
            out |= {("@", b) for b in body_keys(text) if ("@", b) in self.by_outlet}
        for i, t in enumerate(toks):
            if not t[:1].isupper() and not t[:1].isdigit():
                continue
            k = _tok_key(t)
            for ks, _name in self.first.get(k, ()):
                got = [_tok_key(x) for x in toks[i : i + len(ks) + 2] if _tok_key(x) not in _SKIP]
                if tuple(got[: len(ks)]) == ks or _prefix_match(got[: len(ks)], ks):
                    out.add(ks)
        return out


def _prefix_match(got: list[str], want: tuple[str, ...]) -> bool:
    """Inflected forms name the outlet too (Півночі / Півночі, адміністрації / адміністрація):
    each word agrees on all but its last two letters, and words of four letters or more."""
    if len(got) != len(want):
        return False
    return all(
        g == w or (min(len(g), len(w)) >= 5 and g[: max(4, len(w) - 2)] == w[: max(4, len(w) - 2)])
        for g, w in zip(got, want, strict=True)
    )


@dataclass
class _Link:
    later: str
    earlier: str
    kind: str
    score: float
    similarity: float | None
    evidence: list[str] = field(default_factory=list)
    direction: str = "known"


def derivations(
    records: list[ArticleRecord], common: frozenset[str] | None = None, settings: LinkSettings | None = None
) -> list[Derivation]:
    """Who copied whom: every candidate pair checked on the text, then for each article its best
    parent(s) kept (at most ``settings.max_parents``)."""
    cfg = settings or LinkSettings()
    by_id = {r.article.id: r for r in records}
    # page chrome ("Also read: ...", share buttons) is neither copied content nor an addition
    texts = {aid: strip_chrome(r.article.text) for aid, r in by_id.items()}
    # phrases that many articles share say nothing about copying: compare the distinctive rest
    sets = distinctive({aid: shingle_hashes(t) for aid, t in texts.items()})
    common = common_words(records) if common is None else common
    credits = {aid: [m.group(1) for m in CREDIT_RE.finditer(t)] for aid, t in texts.items()}
    # (taken when a pair asks: a spilled record is read back only for the pairs checked)
    care = _OnDemand(lambda aid: _care(by_id[aid]))
    links: list[_Link] = []
    seen: set[tuple[str, str]] = set()
    events: dict[str, StoryEvent] = {}

    def event(aid: str) -> StoryEvent:
        got = events.get(aid)
        if got is None:
            got = events[aid] = story_event(by_id[aid])
        return got

    for a, b in _pairs_in_order(sets, cfg):
        link = _textual(by_id[a], by_id[b], sets, credits, common, cfg, care)
        if link and link.kind in ("copy", "rewrite") and other_events(event(a), event(b)):
            # the same stock wording for another event (another town, another day): no derivation
            continue
        if link:
            links.append(link)
            seen.add((a, b))
    # a rewrite that names the outlet it retells cites it (the stronger link is kept for the pair)
    links.extend(_cites(records, texts, {_pair(x.later, x.earlier) for x in links if x.kind != "rewrite"}, cfg))
    seen |= {_pair(x.later, x.earlier) for x in links}
    links.extend(_paraphrase_links(records, seen, credits))
    seen |= {_pair(x.later, x.earlier) for x in links}
    # a Ukrainian or Russian original and its rewrite in another language (claims aligned by anchors)
    from .crosslang import crosslang_derivations

    parented = {x.later for x in links}
    langs = {r.article.language or "en" for r in records}
    if len(langs) > 1 and langs & {"uk", "ru"}:  # (they link two languages, one of them Ukrainian or Russian)
        links.extend(
            _Link(d.article, d.derived_from, d.kind, d.similarity or 0.0, d.similarity, d.evidence, d.direction)
            for d in crosslang_derivations(records, seen)
            if d.article not in parented  # only where no other signal found a parent
        )
    links = _with_forwards(records, texts, links)
    return _tree(links, by_id, cfg)


def _pairs_in_order(sets: dict, cfg: LinkSettings) -> Iterator[tuple[str, str]]:
    """The candidate pairs (MinHash LSH), sorted, each as (smaller id, larger id)."""
    order, codes = candidate_codes(list(sets), sets, threshold=cfg.candidate_threshold, num_perm=cfg.num_perm)
    n = len(order)
    for k in range(0, len(codes), 65536):
        for c in codes[k : k + 65536].tolist():
            yield order[c // n], order[c % n]


def _with_forwards(records: list[ArticleRecord], texts: dict[str, str], links: list[_Link]) -> list[_Link]:
    """A post forwarded from a channel is a copy of that channel's post, and the later of the two
    whatever the dates say: the forward names its channel. Of the channel's posts the one whose text
    it shares most is the original; none sharing at least half its wording means the original is not
    in the corpus, and nothing is linked."""
    by_outlet: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r in records:
        if r.article.outlet:
            by_outlet[_name_keys(r.article.outlet)].append(r.article.id)
    found: dict[tuple[str, str], _Link] = {}

    def wordset(aid: str) -> set[str]:
        return set(_WORD.findall(texts[aid].casefold()))

    for r in records:
        name = getattr(r.article, "forwarded_from", None)
        if not name:
            continue
        mine = wordset(r.article.id)
        best: tuple[float, str] | None = None
        for aid in by_outlet.get(_name_keys(name), []):
            if aid == r.article.id:
                continue
            theirs = wordset(aid)
            union = len(mine | theirs)
            sim = len(mine & theirs) / union if union else 0.0
            if sim >= 0.5 and (best is None or sim > best[0]):
                best = (sim, aid)
        if best:
            sim, aid = best
            found[_pair(r.article.id, aid)] = _Link(
                r.article.id,
                aid,
                "copy",
                score=1.0,
                similarity=round(sim, 3),
                evidence=[f"forwarded from the channel '{name}'"],
            )
    if not found:
        return links
    return [x for x in links if _pair(x.later, x.earlier) not in found] + list(found.values())


def _textual(
    ra: ArticleRecord,
    rb: ArticleRecord,
    sets: dict,
    credits: dict[str, list[str]],
    common: frozenset[str],
    cfg: LinkSettings,
    care: dict[str, int] | None = None,
) -> _Link | None:
    a, b = ra.article.id, rb.article.id
    sa, sb = sets[a], sets[b]
    if not sa.size or not sb.size:
        return None
    inter = _shared(sa, sb)
    if not inter:
        return None
    jac = inter / (len(sa) + len(sb) - inter)
    if inter / min(len(sa), len(sb)) < min(cfg.rewrite_containment, cfg.syndication_containment):
        return None  # too little shared for any kind of link, whichever came first
    later, earlier, why, settled = _direction(ra, rb, credits, sets, care)
    lid, eid = later.article.id, earlier.article.id
    credit = any(_outlet_match(n, earlier.article.outlet) for n in credits[lid])
    contain = inter / max(1, len(sets[lid]))
    # figures recur by chance ("shot down 20 of them"); wording does not: a rewrite must
    # share words beyond its numbers
    wording = _wording(sets[lid])
    contain_words = _shared(wording, sets[eid]) / max(1, wording.size)
    rewrite_like = contain >= cfg.rewrite_containment and contain_words >= cfg.rewrite_wording
    order = _claim_order(later, earlier, common) if rewrite_like else 0.0
    if credit and contain >= cfg.syndication_containment:
        kind = "syndication"
    elif contain >= cfg.copy_containment or jac >= 0.85:
        kind = "copy"
    elif rewrite_like and order >= cfg.rewrite_order and not _one_release(later, earlier):
        kind = "rewrite"
    else:
        return None
    return _Link(
        lid,
        eid,
        kind,
        score=contain,
        similarity=round(jac, 4),
        evidence=[
            f"shared 3-word phrases: {contain:.0%} of the later text",
            f"claims in the same order: {order:.0%}",
            *(["credit line names the earlier outlet"] if credit else []),
            why,
        ],
        direction="known" if settled else "unknown",
    )


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _one_release(later: ArticleRecord, earlier: ArticleRecord, need: int = 2) -> bool:
    """Whether what two articles share is one source's statement that each relays ("two radar antennas
    and a command vehicle were disabled", the intelligence service said, in both): every shared 3-word
    phrase stands, in both, in sentences attributed to a source (the one both name, or another that
    shares stock words by chance), and fewer than ``need`` stand in either one's own words (its lede in
    its own voice, its background lines). A rewrite retells the earlier article's own words as well; two
    relays of one release are no copy of each other."""
    if not _named_origins(later) & _named_origins(earlier):
        return False
    ls, es = _sourced_shingles(later), _sourced_shingles(earlier)
    own = (ls[0] & es[0]) - (ls[1] & es[1])
    return len(own) < need


def _named_origins(rec: ArticleRecord) -> set[str]:
    out = set()
    for c in rec.claims:
        src = rec.source(c.attribution[-1].source) if c.attribution else None
        if src is not None and src.canonical_id:
            out.add(src.canonical_id)
    return out


def _sourced_shingles(rec: ArticleRecord) -> tuple[set[str], set[str]]:
    """(every 3-word phrase of the text, those only in sentences whose claims all have a source)."""
    text = rec.article.text  # (the claims' offsets are into it)
    every: set[str] = set()
    own: set[str] = set()
    claims = sorted(rec.claims, key=lambda c: c.start)
    for m in _SENTENCE.finditer(text):
        sh = shingles(m.group())
        every |= sh
        inside = [c for c in claims if c.start < m.end() and c.end > m.start()]
        if not inside or any(not c.attribution for c in inside):
            own |= sh
    return every, every - own


def _direction(
    ra: ArticleRecord,
    rb: ArticleRecord,
    credits: dict[str, list[str]] | None = None,
    sets: dict | None = None,
    care: dict[str, int] | None = None,
) -> tuple[ArticleRecord, ArticleRecord, str, bool]:
    """(later, earlier, why, settled) for a pair known to be related."""
    for x, y in ((ra, rb), (rb, ra)):
        names = credits[x.article.id] if credits else [m.group(1) for m in CREDIT_RE.finditer(x.article.text)]
        if any(_outlet_match(n, y.article.outlet) for n in names):
            return x, y, "direction: a credit line names the other outlet", True
    t = _compare_time(ra.article, rb.article)
    if t:
        later, earlier = (ra, rb) if t > 0 else (rb, ra)
        return later, earlier, "direction: publication times", True
    t = _capture_order(ra.article, rb.article)
    if t:
        later, earlier = (ra, rb) if t > 0 else (rb, ra)
        return later, earlier, "direction: a web archive held the earlier page before the later was published", True
    # weak signs, which must agree: additions of one's own (the later text adds), and hedges and
    # attributions kept (rewrites lose them, so the one with more is the earlier)
    votes = 0
    if sets is not None:
        sa, sb = sets[ra.article.id], sets[rb.article.id]
        inter = _shared(sa, sb)
        ca, cb = inter / max(1, len(sa)), inter / max(1, len(sb))  # how much of each is the other's
        if abs(ca - cb) >= 0.15:
            votes += 1 if ca < cb else -1  # a is the one with additions: a later
    ha, hb = (care[ra.article.id], care[rb.article.id]) if care else (_care(ra), _care(rb))
    if ha != hb:
        votes += 1 if ha < hb else -1  # a keeps fewer hedges and attributions: a later
    if votes > 0:
        return ra, rb, "direction: additions and fewer hedges or attributions in the later text", True
    if votes < 0:
        return rb, ra, "direction: additions and fewer hedges or attributions in the later text", True
    # nothing settles it: an order for the record, marked unknown
    later, earlier = (ra, rb) if ra.article.id > rb.article.id else (rb, ra)
    return later, earlier, "direction: unknown (no dates, credits or signs that agree)", False


class _OnDemand(dict[str, Any]):
    """A memo filled when a key is first asked for."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, k: str) -> Any:
        got = self[k] = self.make(k)
        return got

    def __bool__(self) -> bool:
        return True  # (asked for, it has every key)


def _care(rec: ArticleRecord) -> int:
    """Hedges and attributed claims: what a careful original has and a rewrite drops."""
    return sum(len(c.hedges) + bool(c.attribution) + (c.verification != "not_stated") for c in rec.claims)


def _cites(records: list[ArticleRecord], texts: dict[str, str], seen: set, cfg: LinkSettings) -> list[_Link]:
    """A text that names another article's outlet, shares its rare names and figures and is not
    earlier, cites it ("as reported by ...", "the brigade said on Telegram", "За даними ...")."""
    anch = {r.article.id: anchors(texts[r.article.id]) for r in records}
    df = Counter(x for s in anch.values() for x in s)
    rare_cap = max(3, len(records) // 1000)
    words_df: Counter[str] = Counter()
    for r in records:
        words_df.update({_tok_key(w) for w in _NAME_TOKEN.findall(r.article.outlet or "")})
    index = OutletIndex(records, words_df)
    by_id = {r.article.id: r for r in records}
    outlet_keys = {r.article.id: _name_keys(r.article.outlet or "") for r in records}
    own_body = {r.article.id: body_key(r.article.outlet or "") for r in records} if index.bodies else {}
    stems: dict[str, set[str]] = {}
    stems_df: Counter[str] = Counter()
    # the articles holding each rare name or figure, and each article's place in the corpus: an outlet
    # has thousands of articles in a large corpus, and only those sharing rare anchors with the citing
    # text can be what it cites (the rest share none, or are in another script: compared apart below)
    pos = {r.article.id: n for n, r in enumerate(records)}
    holders: dict[str, list[str]] = defaultdict(list)
    for aid, xs in anch.items():
        for x in xs:
            if df[x] <= rare_cap:
                holders[x].append(aid)
    script = {aid: _script(t) for aid, t in texts.items()}
    out = []
    for r in records:
        bid = r.article.id
        named = index.named_in(texts[bid])
        if not named:
            continue
        rare_shared: Counter[str] = Counter(aid for x in anch[bid] if df[x] <= rare_cap for aid in holders[x])
        for ks in named:
            if ks == outlet_keys[bid] or (ks[0] == "@" and own_body.get(bid) == ks[1]):
                continue  # an outlet naming itself
            best: tuple[int, str] | None = None
            few = len(index.by_outlet[ks]) <= FEW_ARTICLES
            cands = index.by_outlet[ks] if few else index.candidates(ks, rare_shared, script[bid], script, pos)
            for aid in cands:
                if aid == bid or _pair(aid, bid) in seen or _compare_time(by_id[aid].article, r.article) > 0:
                    continue
                shared = rare_shared[aid]
                if few and shared < cfg.cites_anchors and script[aid] == script[bid]:
                    shared = max(shared, _story_anchors(by_id[aid], by_id[bid], texts, cfg.cites_anchors))
                if shared < cfg.cites_anchors and script[aid] != script[bid]:
                    # across scripts a name is inflected and transliterated (Krasnoyarsk /
                    # Красноярского): names are compared by their first letters
                    if not stems:
                        stems.update({k: _stems(t) for k, t in texts.items()})
                        stems_df.update(x for v in stems.values() for x in v)
                    shared = sum(1 for x in anch[bid] & anch[aid] if x[:1].isdigit() and df[x] <= rare_cap)
                    shared += sum(1 for x in stems[bid] & stems[aid] if stems_df[x] <= rare_cap)
                if shared >= cfg.cites_anchors and (best is None or shared > best[0]):
                    best = (shared, aid)
            if best:
                shared, aid = best
                out.append(
                    _Link(
                        bid,
                        aid,
                        "cites",
                        score=min(1.0, shared / 20),
                        similarity=None,
                        evidence=[
                            f"names the outlet '{by_id[aid].article.outlet}' as a source",
                            f"{shared} rare names and figures in common",
                        ],
                    )
                )
    return out


# an outlet with this few articles in the corpus is cited by name and story, not by rare anchors
FEW_ARTICLES = 3


def _story_anchors(cited: ArticleRecord, citing: ArticleRecord, texts: dict[str, str], need: int) -> int:
    """How far a page that names an outlet with few articles in the corpus tells the story of one of
    them, when their rare names and figures are too few (a small corpus of one story, where every
    article names its village): their names and figures in common (not a side, a month, a weekday),
    when two or more of them are in both ledes and the two articles tell one event (no other town, no
    other day), and at least ``need``. 0 otherwise."""
    a = strong_anchors(texts[cited.article.id])
    b = strong_anchors(texts[citing.article.id])
    shared = a & b
    lede = strong_anchors(texts[cited.article.id][:LEDE_CHARS]) & strong_anchors(texts[citing.article.id][:LEDE_CHARS])
    if len(shared & lede) < 2 or other_events(story_event(cited), story_event(citing)):
        return 0
    return max(need, len(shared))


LEDE_CHARS = 700


def _paraphrase_links(records: list[ArticleRecord], known: set, credits: dict[str, list[str]]) -> list[_Link]:
    return [
        _Link(d.article, d.derived_from, d.kind, d.similarity or 0.0, d.similarity, d.evidence, d.direction)
        for d in paraphrases(records, known, credits)
    ]


_STEM = 6


_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![\w'’-])[^\W\d_][\w'’-]{4,}")


def _stems(text: str) -> set[str]:
    """The names of a text (capitalised words in any script, not first in a sentence), folded to
    Latin and cut to their first letters, where inflection and transliteration leave them alike."""
    return {key(w)[:_STEM] for w in _CAPITALISED.findall(text) if w[:1].isupper() and len(key(w)) >= _STEM}


def _script(text: str) -> str:
    """'cyrl' or 'latn': the script most letters of the text's start are in."""
    head = text[:400]
    cyr = len(_CYRILLIC_CH.findall(head))
    # a letter whose lower case is a-z: the ASCII ones by a pattern, the few others one by one
    lat = len(_ASCII_LATIN.findall(head)) + sum(1 for ch in _OTHER_CH.findall(head) if "a" <= ch.lower() <= "z")
    return "cyrl" if cyr > lat else "latn"


_CYRILLIC_CH = re.compile("[\u0400-\u04ff]")
_ASCII_LATIN = re.compile("[A-Za-z]")
_OTHER_CH = re.compile("[^\x00-\x7f\u0400-\u04ff]")


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _tree(links: list[_Link], by_id: dict[str, ArticleRecord], cfg: LinkSettings) -> list[Derivation]:
    """For each article its best parent, plus (up to ``max_parents``) other parents it names
    (cites, syndication) that are not already its ancestors: a tree, not every related pair."""
    best_pair: dict[tuple[str, str], _Link] = {}
    for x in links:
        k = _pair(x.later, x.earlier)
        old = best_pair.get(k)
        if old is None or (_STRENGTH[x.kind], x.score) > (_STRENGTH[old.kind], old.score):
            best_pair[k] = x
    by_child: dict[str, list[_Link]] = defaultdict(list)
    for x in best_pair.values():
        by_child[x.later].append(x)

    def rank(x: _Link) -> tuple:
        # known direction first, then the strongest kind, then the closest text, then the earliest parent
        return (
            x.direction != "known",
            -_STRENGTH[x.kind],
            -x.score,
            published_at(by_id[x.earlier].article)[0] or "",
            x.earlier,
        )

    chosen: dict[str, list[_Link]] = {}
    for child in sorted(by_child):
        cands = sorted(by_child[child], key=rank)
        keep = [cands[0]]
        for x in cands[1:]:
            if len(keep) >= cfg.max_parents:
                break
            if x.kind in ("cites", "syndication") and x.direction == "known":
                keep.append(x)
        chosen[child] = keep
    # an unknown-direction pair chosen from both sides is one derivation
    out, done = [], set()
    for child in sorted(chosen):
        for x in chosen[child]:
            k = _pair(x.later, x.earlier)
            if k in done:
                continue
            done.add(k)
            out.append(
                Derivation(
                    article=x.later,
                    derived_from=x.earlier,
                    kind=x.kind,
                    similarity=x.similarity,
                    evidence=[e for e in x.evidence if e],
                    direction=x.direction,
                    candidates=sorted((x.later, x.earlier)) if x.direction == "unknown" else [],
                )
            )
    return _drop_ancestor_shortcuts(out)


def _drop_ancestor_shortcuts(derivs: list[Derivation]) -> list[Derivation]:
    """A second parent that is already an ancestor through the first adds nothing: C copied B
    which copied A is C <- B <- A, not also C <- A."""
    parents: dict[str, list[Derivation]] = defaultdict(list)
    for d in derivs:
        parents[d.article].append(d)
    out = []
    for ds in parents.values():
        if len(ds) == 1:
            out.extend(ds)
            continue
        kept = []
        for d in ds:
            others = [o.derived_from for o in ds if o is not d]
            if any(_reaches(o, d.derived_from, parents, limit=50) for o in others):
                continue
            kept.append(d)
        out.extend(kept or ds[:1])
    return sorted(out, key=lambda d: (d.article, d.derived_from))


def _reaches(start: str, target: str, parents: dict[str, list[Derivation]], limit: int) -> bool:
    stack, seen = [start], set[str]()
    while stack and len(seen) < limit:
        n = stack.pop()
        if n == target:
            return True
        if n in seen:
            continue
        seen.add(n)
        stack.extend(d.derived_from for d in parents.get(n, ()))
    return False


def paraphrases(
    records: list[ArticleRecord], known: set[tuple[str, str]], credits: dict[str, list[str]] | None = None
) -> list[Derivation]:
    """Rewrites that share too little wording for the shingles: a heavy paraphrase or a
    translation that keeps the same quotes and claims in the same order. Candidates share
    rare names and figures (an inverted index with a cap, so the cost stays near-linear);
    the evidence required is two or more quotations of the earlier article repeated in the
    same order and most claims matched in order, which independent reports of one event,
    each with its own sources and quotes, do not give."""
    quoted: dict[str, list[set[str]]] = {}
    with_quotes = []
    anch: dict[str, set[str]] = {}
    for r in records:  # (one pass: a spilled record's body is read once here)
        got = quoted[r.article.id] = [anchors(c.text) | content(c.text) for c in r.claims if c.quote]
        if len(got) >= 2:
            with_quotes.append(r)
            anch[r.article.id] = anchors(" ".join(c.text for c in r.claims))
    if len(with_quotes) < 2:
        return []
    rare = RareKeys(anch, cap=max(50, len(with_quotes) // 1000))
    by_id = {r.article.id: r for r in with_quotes}
    out = []
    for aid in sorted(anch):
        shared = {o: n for o, n in rare.shared(aid).items() if o > aid}
        for other, n in sorted(shared.items()):
            if n < 3 or (aid, other) in known or (other, aid) in known:
                continue
            later, earlier, why, settled = _direction(by_id[aid], by_id[other], credits)
            q_order = _order([_best(q, quoted[earlier.article.id]) for q in quoted[later.article.id]])
            if q_order[0] < 2 or q_order[1] < 1.0:
                continue
            claims_l = [anchors(c.text) | content(c.text) for c in later.claims]
            claims_e = [anchors(c.text) | content(c.text) for c in earlier.claims]
            matched, mono = _order([_best(c, claims_e) for c in claims_l])
            if matched < 3 or mono < 0.8 or matched < len(claims_l) / 2:
                continue
            out.append(
                Derivation(
                    article=later.article.id,
                    derived_from=earlier.article.id,
                    kind="rewrite",
                    similarity=round(matched / max(1, len(claims_l)), 4),
                    evidence=[
                        f"{q_order[0]} quotations repeated in the same order",
                        f"{matched} of {len(claims_l)} claims in the same order (paraphrase)",
                        why,
                    ],
                    direction="known" if settled else "unknown",
                    candidates=[] if settled else sorted((aid, other)),
                )
            )
    return out

"""Echoes across languages: the claims of a Ukrainian or Russian original and of its rewrite in another
language (English, or the other of the two) put side by side, so that claim clusters can join them.

Words do not carry over a translation; what does is language-independent: the figures a claim gives
(digits and number words), the places it names (by the gazetteer's name, the same in every language),
its dates, the identity of its first source (a registry id, or a surname under the spelling key), whether
it is a direct quotation — and the order of the claims, which a translation keeps. The claims of the two
articles are aligned monotonically, as sentences of a parallel text are (a dynamic programme over the two
sequences, anchors scoring each pair, the length ratio of the two claims as a prior), and a claim left
between two aligned pairs, alone on both sides, is aligned too when its length fits. Only pairs of
articles that a derivation already joins are aligned: the derivation says they tell one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..ground.gazetteer import key
from ..model import ArticleRecord, Claim, Derivation
from .features import numbers
from .similarity import RareKeys

# an aligned pair needs this much evidence: a shared figure (2), or a place or a date (1) with a length that fits (0.5)
MIN_ANCHOR = 1.5
# the length ratio of a claim and its translation (characters) stays within this band
LENGTH_BAND = (0.45, 2.2)
SIM_ANCHORED = 0.9  # the similarity an anchored pair enters the clusters with
SIM_BETWEEN = 0.6  # a claim aligned only by its place between two anchored pairs


@dataclass(frozen=True)
class Anchors:
    figures: frozenset[float]
    places: frozenset[str]
    dates: frozenset[str]
    source: str | None
    quote: bool
    length: int


def _source_identity(rec: ArticleRecord, claim: Claim) -> str | None:
    if not claim.attribution:
        return None
    src = rec.source(claim.attribution[0].source)
    if src is None:
        return None
    if src.canonical_id:
        return src.canonical_id
    lang = rec.article.language or "en"
    if lang in ("uk", "ru"):
        from ..extract.slavic.sources import registry_hit

        hit = registry_hit(src.name, lang)
        if hit:
            return hit[0]
    else:
        from ..ground.institutions import lookup_institution

        inst = lookup_institution(src.name)
        if inst:
            return inst["id"]
    words = re.findall(r"[^\W\d_][\w'’-]+", src.name)
    return "name:" + key(words[-1]) if words and words[-1][:1].isupper() else None


def anchors(rec: ArticleRecord, claim: Claim) -> Anchors:
    qs = {q.id: q for q in rec.quantities}
    ps = {p.id: p for p in rec.places}
    ds = {d.id: d for d in rec.dates}
    figs = set(numbers(claim.text))
    figs |= {qs[i].value for i in claim.quantities if i in qs}
    places = {key(ps[i].name) for i in claim.places if i in ps and ps[i].lat is not None}
    dates = set()
    for i in claim.dates:
        d = ds.get(i)
        if d and d.value:
            dates.add(d.value)
            if d.granularity == "year":
                figs.discard(float(d.value[:4]) if d.value[:4].isdigit() else -1.0)
    return Anchors(
        frozenset(figs), frozenset(places), frozenset(dates), _source_identity(rec, claim), claim.quote, len(claim.text)
    )


def _length_ok(a: Anchors, b: Anchors) -> bool:
    r = a.length / max(1, b.length)
    return LENGTH_BAND[0] <= r <= LENGTH_BAND[1]


def pair_score(a: Anchors, b: Anchors) -> float:
    """Anchor evidence that two claims in two languages say the same thing; a figure given by both in
    different values counts against."""
    s = 2.0 * len(a.figures & b.figures) + 1.0 * len(a.places & b.places) + 1.0 * len(a.dates & b.dates)
    if a.figures and b.figures and not a.figures & b.figures:
        s -= 2.0
    if a.source and a.source == b.source:
        s += 1.0
    if a.quote and b.quote:
        s += 1.0
    elif a.quote != b.quote:
        s -= 0.5
    return s + (0.5 if _length_ok(a, b) else -1.0)


def align(xs: list[Anchors], ys: list[Anchors]) -> list[tuple[int, int, float]]:
    """Monotone alignment of two claim sequences: (i, j, similarity) for the pairs kept."""
    n, m = len(xs), len(ys)
    score = [[pair_score(x, y) for y in ys] for x in xs]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]  # 1 match, 2 skip x, 3 skip y
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            gain = score[i - 1][j - 1]
            opts = [
                (best[i - 1][j - 1] + gain if gain >= MIN_ANCHOR else float("-inf"), 1),
                (best[i - 1][j], 2),
                (best[i][j - 1], 3),
            ]
            best[i][j], move[i][j] = max(opts)
    pairs: list[tuple[int, int, float]] = []
    i, j = n, m
    while i > 0 and j > 0:
        mv = move[i][j]
        if mv == 1:
            pairs.append((i - 1, j - 1, SIM_ANCHORED))
            i, j = i - 1, j - 1
        elif mv == 2:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    # a claim alone between two aligned pairs on both sides is the same claim when its length fits and no
    # figure sets the two apart; where the gap holds more, the first claims on both sides are, when the same
    # source goes on speaking in both (a report told on over several sentences)
    filled = []
    for (i1, j1, _s1), (i2, j2, _s2) in zip(pairs, pairs[1:], strict=False):
        if i2 - i1 < 2 or j2 - j1 < 2:
            continue
        x, y = xs[i1 + 1], ys[j1 + 1]
        if not _length_ok(x, y) or (x.figures and y.figures and not x.figures & y.figures):
            continue
        if (i2 - i1 == 2 and j2 - j1 == 2) or (x.source is not None and x.source == y.source):
            filled.append((i1 + 1, j1 + 1, SIM_BETWEEN))
    return sorted(pairs + filled)


def crosslang_pairs(records: list[ArticleRecord], derivs: list[Derivation]) -> list[tuple[Any, Any, float]]:
    """((record index, claim index), (record index, claim index), similarity) for the claims of every
    derivation whose two articles are in different languages."""
    pos = {r.article.id: n for n, r in enumerate(records)}
    out: list[tuple[Any, Any, float]] = []
    for d in derivs:
        a, b = pos.get(d.derived_from), pos.get(d.article)
        if a is None or b is None:
            continue
        ra, rb = records[a], records[b]
        if (ra.article.language or "en") == (rb.article.language or "en"):
            continue
        ca = sorted(range(len(ra.claims)), key=lambda k: ra.claims[k].start)
        cb = sorted(range(len(rb.claims)), key=lambda k: rb.claims[k].start)
        xs = [anchors(ra, ra.claims[k]) for k in ca]
        ys = [anchors(rb, rb.claims[k]) for k in cb]
        for i, j, sim in align(xs, ys):
            out.append(((a, ca[i]), (b, cb[j]), sim))
    return out


def _hop_ids(rec: ArticleRecord, claim: Claim) -> list[str | None]:
    out = []
    for n in range(len(claim.attribution)):
        one = Claim(claim.id, claim.text, claim.start, claim.end, attribution=claim.attribution[n : n + 1])
        out.append(_source_identity(rec, one))
    return out


def crosslang_drift(original: ArticleRecord, derived: ArticleRecord) -> dict[str, Any]:
    """What a translation changed: the claims paired by the alignment above, then hedges and
    verification statements dropped or added (by presence: their words are in two languages),
    attribution removed, added or replaced (by source identity), figures changed within a unit,
    quotations turned into reported speech, claims added and dropped."""
    from .drift import _chain, _span

    oa = sorted(original.claims, key=lambda c: c.start)
    db = sorted(derived.claims, key=lambda c: c.start)
    pairs = align([anchors(original, c) for c in oa], [anchors(derived, c) for c in db])
    of = {j: oa[i] for i, j, _s in pairs}
    # an original claim left out of the alignment whose figures all stand in the derived claim paired with its
    # neighbour was taken into that claim ("..., injuring three people" joined to the attack it follows)
    merged: dict[int, list[Claim]] = {}
    ja = {i: j for i, j, _s in pairs}
    for i, left in enumerate(oa):
        figs = anchors(original, left).figures
        if i in ja or not figs:
            continue
        k = next((k for k in (i - 1, i + 1) if k in ja and figs <= anchors(derived, db[ja[k]]).figures), None)
        if k is not None:
            merged.setdefault(ja[k], []).append(left)
    used: set[str] = set()
    qa = {q.id: q for q in original.quantities}
    qb = {q.id: q for q in derived.quantities}
    changes: list[dict[str, Any]] = []
    for j, c in enumerate(db):
        o = of.get(j)
        if o is None:
            changes.append({"type": "claim_added", "derived": _span(c)})
            continue
        used.add(o.id)
        for o2 in [o, *merged.get(j, [])]:
            used.add(o2.id)
            if o2.hedges and not c.hedges:
                for h in o2.hedges:
                    changes.append(
                        {"type": "hedge_dropped", "hedge": h.text, "original": _span(o2), "derived": _span(c)}
                    )
        if c.hedges and not o.hedges:
            for h in c.hedges:
                changes.append({"type": "hedge_added", "hedge": h.text, "original": _span(o), "derived": _span(c)})
        if o.verification in ("unverified", "disputed") and c.verification == "not_stated":
            changes.append(
                {"type": "verification_dropped", "was": o.verification, "original": _span(o), "derived": _span(c)}
            )
        ia, ib = _hop_ids(original, o), _hop_ids(derived, c)
        ca, cb = _chain(original, o), _chain(derived, c)
        if ca and not cb:
            changes.append(
                {"type": "attribution_removed", "was": ca, "now": cb, "original": _span(o), "derived": _span(c)}
            )
        elif cb and not ca:
            changes.append(
                {"type": "attribution_added", "was": ca, "now": cb, "original": _span(o), "derived": _span(c)}
            )
        elif ia and ib and ia[0] and ib[0] and ia[0] != ib[0]:
            changes.append(
                {"type": "attribution_replaced", "was": ca, "now": cb, "original": _span(o), "derived": _span(c)}
            )
        fa: dict[str, set[float]] = {}
        fb: dict[str, set[float]] = {}
        for q in o.quantities:
            if q in qa:
                fa.setdefault(qa[q].unit, set()).add(qa[q].value)
        for q in c.quantities:
            if q in qb:
                fb.setdefault(qb[q].unit, set()).add(qb[q].value)
        for unit in sorted(fa.keys() & fb.keys()):
            if len(fa[unit]) == 1 == len(fb[unit]) and fa[unit] != fb[unit]:
                changes.append(
                    {
                        "type": "figure_changed",
                        "unit": unit,
                        "was": next(iter(fa[unit])),
                        "now": next(iter(fb[unit])),
                        "original": _span(o),
                        "derived": _span(c),
                    }
                )
        if o.quote and not c.quote:
            changes.append({"type": "quote_altered", "original": _span(o), "derived": _span(c)})
    for o in oa:
        if o.id not in used:
            changes.append({"type": "claim_dropped", "original": _span(o)})
    return {
        "article": derived.article.id,
        "derived_from": original.article.id,
        "languages": [original.article.language or "en", derived.article.language or "en"],
        "changes": changes,
    }


# ---- derivations across languages --------------------------------------------------------------------
# a translation keeps this many claims aligned in order, this many of them with a shared figure, and at
# least this share of the shorter article's claims
MIN_ALIGNED_FIGURES = 3
MIN_ALIGNED = 4
MIN_SHARE = 0.5
MAX_CANDIDATES = 5  # per article: the others sharing the most rare anchors


def _when(rec: ArticleRecord) -> str | None:
    return rec.article.published or None


def _earlier(a: ArticleRecord, b: ArticleRecord) -> int:
    """-1 when a was published before b, 1 when after, 0 when it cannot be told."""
    from datetime import datetime

    ta, tb = _when(a), _when(b)
    if not ta or not tb:
        return 0
    if ("T" not in ta or "T" not in tb) and ta[:10] == tb[:10]:
        return 0  # the same day, one without a time: which came first cannot be told
    try:
        da, db = datetime.fromisoformat(ta), datetime.fromisoformat(tb)
        if (da.tzinfo is None) != (db.tzinfo is None):
            da, db = da.replace(tzinfo=None), db.replace(tzinfo=None)
    except ValueError:
        da, db = ta, tb  # type: ignore[assignment]
    return -1 if da < db else 1 if da > db else 0


def crosslang_derivations(records: list[ArticleRecord], known: set[tuple[str, str]]) -> list[Derivation]:
    """A Ukrainian or Russian article and its rewrite in another language (or the reverse): the later one
    derives from the earlier when their claims align in order with shared figures (at least
    ``MIN_ALIGNED_FIGURES`` of ``MIN_ALIGNED`` aligned claims, and ``MIN_SHARE`` of the shorter one's
    claims). Candidates share rare language-independent anchors (gazetteer places, figures, source
    identities), found through an inverted index with a cap, so the cost stays near-linear."""
    seqs = {r.article.id: [anchors(r, c) for c in r.claims] for r in records}
    keys: dict[str, set[str]] = {}
    for r in records:
        ks: set[str] = set()
        for a in seqs[r.article.id]:
            ks |= {f"p:{p}" for p in a.places}
            ks |= {f"n:{f:g}" for f in a.figures if f >= 3}
            if a.source:
                ks.add(f"s:{a.source}")
        keys[r.article.id] = ks
    rare = RareKeys(keys, cap=max(20, len(records) // 500))
    by_id = {r.article.id: r for r in records}
    lang = {aid: (r.article.language or "en") for aid, r in by_id.items()}
    out: list[Derivation] = []
    done: set[tuple[str, str]] = set()
    for aid in sorted(keys):
        shared = rare.shared(aid)
        for other, _n in shared.most_common(MAX_CANDIDATES):
            pair = (min(aid, other), max(aid, other))
            if pair in done or (aid, other) in known or (other, aid) in known:
                continue
            done.add(pair)
            if lang[aid] == lang[other] or not {lang[aid], lang[other]} & {"uk", "ru"}:
                continue
            order = _earlier(by_id[aid], by_id[other])
            if order == 0:
                continue
            early, late = (aid, other) if order < 0 else (other, aid)
            xs, ys = seqs[early], seqs[late]
            pairs = [(i, j) for i, j, s in align(xs, ys) if s >= SIM_ANCHORED]
            with_figs = sum(1 for i, j in pairs if xs[i].figures & ys[j].figures)
            shorter = min(len(xs), len(ys)) or 1
            if len(pairs) < MIN_ALIGNED or with_figs < MIN_ALIGNED_FIGURES or len(pairs) / shorter < MIN_SHARE:
                continue
            out.append(
                Derivation(
                    article=late,
                    derived_from=early,
                    kind="rewrite",
                    similarity=round(len(pairs) / shorter, 3),
                    evidence=[
                        f"{len(pairs)} claims aligned in order across languages ({lang[early]} -> {lang[late]}), "
                        f"{with_figs} of them with the same figures",
                        "published later",
                    ],
                )
            )
    return out

"""Who copied whom: candidate pairs checked on shared phrases, claim order and credit lines;
paraphrases and translations found by shared names, figures and quotations in order."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..model import ArticleRecord, Derivation
from .candidates import _shared, _wording, candidate_pairs, distinctive
from .features import CITES_RE, CREDIT_RE, anchors, common_words, content, shingle_hashes
from .similarity import _best, _claim_order, _order, _outlet_match


def derivations(records: list[ArticleRecord], common: frozenset[str] | None = None) -> list[Derivation]:
    """Who copied whom: LSH candidates, each checked on shared phrases, claim order and credit lines."""
    by_id = {r.article.id: r for r in records}
    # phrases that many articles share say nothing about copying: compare the distinctive rest
    sets = distinctive({r.article.id: shingle_hashes(r.article.text) for r in records})
    common = common_words(records) if common is None else common
    credits = {aid: [m.group(1) for m in CREDIT_RE.finditer(r.article.text)] for aid, r in by_id.items()}
    cited = {aid: [m.group(1) for m in CITES_RE.finditer(r.article.text)] for aid, r in by_id.items()}
    out = []
    for a, b in sorted(candidate_pairs(keep=sets)):
        ra, rb = by_id[a], by_id[b]
        sa, sb = sets[a], sets[b]
        if not sa.size or not sb.size:
            continue
        inter = _shared(sa, sb)
        if not inter:
            continue
        jac = inter / (len(sa) + len(sb) - inter)
        # direction: the credit line, then the publication date, then the longer (the original keeps more)
        later, earlier = _direction(ra, rb, credits)
        lid, eid = later.article.id, earlier.article.id
        credit = any(_outlet_match(n, earlier.article.outlet) for n in credits[lid])
        cites = any(_outlet_match(n, earlier.article.outlet) for n in cited[lid])
        contain = inter / max(1, len(sets[lid]))
        # figures recur by chance ("shot down 20 of them"); wording does not: a rewrite must
        # share words beyond its numbers
        wording = _wording(sets[lid])
        contain_words = _shared(wording, sets[eid]) / max(1, wording.size)
        order = _claim_order(later, earlier, common) if contain >= 0.12 and contain_words >= 0.1 else 0.0
        if credit and contain >= 0.3:
            kind = "syndication"
        elif jac >= 0.85:
            kind = "copy"
        elif contain >= 0.12 and contain_words >= 0.1 and order >= 0.5:
            kind = "rewrite"
        elif cites:
            kind = "cites"
        else:
            continue
        out.append(
            Derivation(
                article=lid,
                derived_from=eid,
                kind=kind,
                similarity=round(jac, 4),
                evidence=[
                    f"shared 3-word phrases: {contain:.0%} of the later text",
                    f"claims in the same order: {order:.0%}",
                ]
                + (["credit line"] if credit else []),
            )
        )
    out.extend(paraphrases(records, {(d.article, d.derived_from) for d in out}, credits))
    return out


def paraphrases(
    records: list[ArticleRecord], known: set[tuple[str, str]], credits: dict[str, list[str]] | None = None
) -> list[Derivation]:
    """Rewrites that share too little wording for the shingles: a heavy paraphrase or a
    translation that keeps the same quotes and claims in the same order. Candidates share
    rare names and figures (an inverted index with a cap, so the cost stays near-linear);
    the evidence required is two or more quotations of the earlier article repeated in the
    same order and most claims matched in order, which independent reports of one event,
    each with its own sources and quotes, do not give."""

    quoted = {r.article.id: [anchors(c.text) | content(c.text) for c in r.claims if c.quote] for r in records}
    with_quotes = [r for r in records if len(quoted[r.article.id]) >= 2]
    if len(with_quotes) < 2:
        return []
    anch = {r.article.id: anchors(" ".join(c.text for c in r.claims)) for r in with_quotes}
    df = Counter(a for s in anch.values() for a in s)
    cap = max(50, len(with_quotes) // 1000)
    index: dict[str, list[str]] = defaultdict(list)
    for aid, s in anch.items():
        for a in s:
            if df[a] <= cap:
                index[a].append(aid)
    by_id = {r.article.id: r for r in with_quotes}
    out = []
    for aid in sorted(anch):
        shared = Counter(o for a in anch[aid] if df[a] <= cap for o in index[a] if o > aid)
        for other, n in sorted(shared.items()):
            if n < 3 or (aid, other) in known or (other, aid) in known:
                continue
            later, earlier = _direction(by_id[aid], by_id[other], credits)
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
                    ],
                )
            )
    return out


def _direction(
    ra: ArticleRecord, rb: ArticleRecord, credits: dict[str, list[str]] | None = None
) -> tuple[ArticleRecord, ArticleRecord]:
    for x, y in ((ra, rb), (rb, ra)):
        names = credits[x.article.id] if credits else [m.group(1) for m in CREDIT_RE.finditer(x.article.text)]
        if any(_outlet_match(n, y.article.outlet) for n in names):
            return x, y
    pa, pb = (ra.article.published or ""), (rb.article.published or "")
    if pa and pb and pa != pb:
        return (ra, rb) if pa > pb else (rb, ra)
    return (ra, rb) if len(ra.article.text) <= len(rb.article.text) else (rb, ra)

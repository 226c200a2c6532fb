"""The same claim across articles: claim clusters with origins, independent confirmations,
contradictions and a grade."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..model import ArticleRecord, ClaimCluster, ClusterMember, Derivation
from .features import _figures, common_words, content
from .grading import _grade
from .identities import _origin, _source_key
from .similarity import _set_sim


def clusters(
    records: list[ArticleRecord],
    derivs: list[Derivation],
    threshold: float = 0.42,
    book: Any = None,
    common: frozenset[str] | None = None,
) -> list[ClaimCluster]:
    """The same claim across articles. Pairs of claims from different articles are scored
    (candidates from an inverted index of content words, so the cost stays near-linear) and
    merged best first. Two claims of one article end in one cluster only when they are alike
    themselves or give figures in the same unit (one report, two counts): this keeps a
    sentence that joins two facts from chaining their clusters together."""
    items = [(r, c) for r in records for c in r.claims]
    rec_of = [n for n, r in enumerate(records) for _ in r.claims]
    parent = list(range(len(items)))
    # each cluster's members by article, so that the same-article check costs what the
    # articles the two clusters share cost, not the product of their sizes
    members: dict[int, dict[int, list[int]]] = {i: {rec_of[i]: [i]} for i in range(len(items))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    # words most claims of this corpus use ("drones", "launched" among air-raid reports) would
    # make every report of one kind one claim: claims are compared on the rest
    common = common_words(records) if common is None else common
    cont = [content(c.text) - common if common else content(c.text) for _, c in items]
    units = [set(_figures(r, c)) for r, c in items]
    for i, ws in enumerate(cont):
        for w in ws:
            index[w].append(i)
    scored: list[tuple[float, int, int]] = []
    for i, (ri, _ci) in enumerate(items):
        seen = set()
        for w in cont[i]:
            if len(index[w]) > 200:
                continue
            for j in index[w]:
                if j <= i or j in seen or items[j][0] is ri:
                    continue
                seen.add(j)
                sim = _set_sim(cont[i], cont[j])
                if sim >= threshold:
                    scored.append((sim, i, j))

    def compatible(a: dict[int, list[int]], b: dict[int, list[int]]) -> bool:
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        for art, xs in small.items():
            for x in xs:
                for y in large.get(art, ()):
                    if not (_set_sim(cont[x], cont[y]) >= threshold or units[x] & units[y]):
                        return False
        return True

    for _sim, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        a, b = find(i), find(j)
        if a == b or not compatible(members[a], members[b]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a  # the smaller cluster joins the larger: merging costs the smaller's size
        parent[b] = a
        for art, xs in members.pop(b).items():
            members[a].setdefault(art, []).extend(xs)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    derived = {(d.article, d.derived_from) for d in derivs}
    parents = defaultdict(set)
    for a, b in derived:
        parents[a].add(b)
    out = []
    for n, (_, idx) in enumerate(sorted(groups.items(), key=lambda kv: min(kv[1])), 1):
        if len({id(items[i][0]) for i in idx}) < 2:
            continue
        members = [items[i] for i in idx]
        out.append(_cluster(f"k{n}", members, parents, book))
    return out


def _cluster(cid: str, members: list, parents: dict[str, set], book: Any = None) -> ClaimCluster:
    arts = {r.article.id for r, _ in members}
    figs = [(_figures(r, c), r, c) for r, c in members]
    # the most common figure per unit; members giving another one contradict
    common: dict[str, float] = {}
    for unit in {u for f, _, _ in figs for u in f}:
        vals = [f[unit] for f, _, _ in figs if unit in f]
        common[unit] = max(set(vals), key=vals.count)
    contradictions, origins, support = [], [], set()
    opposed = _opposed_outcomes(members)
    against = {(x["article"], x["claim"]) for x in opposed}
    for f, r, c in figs:
        other = [u for u in f if f[u] != common.get(u)]
        if other:
            contradictions.append(
                {
                    "article": r.article.id,
                    "claim": c.id,
                    "why": f"another figure for {other[0]}: {f[other[0]]:g} (most say {common[other[0]]:g})",
                }
            )
        if c.stance == "disputes" or c.verification == "disputed":
            contradictions.append({"article": r.article.id, "claim": c.id, "why": "denied or disputed in the text"})
        o = _origin(r, c, book)
        echo = not c.attribution and parents.get(r.article.id, set()) & arts
        if o is None and not echo:
            o = _source_key(r.article.outlet or r.article.id)
        if o and o not in origins:
            origins.append(o)
        if (
            o
            and not other
            and c.stance != "disputes"
            and c.verification != "disputed"
            and not echo
            and (r.article.id, c.id) not in against
        ):
            support.add(o)
    contradictions.extend(opposed)
    ordered = sorted(members, key=lambda rc: (rc[0].article.published or "9999", rc[0].article.id))
    first = ordered[0][0]
    conf = len(support)
    label = min((c.text for _, c in members), key=len)[:160]
    return ClaimCluster(
        id=cid,
        label=label,
        members=[ClusterMember(r.article.id, c.id) for r, c in members],
        origins=origins,
        independent_confirmations=conf,
        first_reported={"article": first.article.id, "date": first.article.published},
        contradictions=contradictions,
        grade=_grade(members, conf, contradictions),
    )


# outcomes of a fight that cannot both be true of one place: one side says it took the village,
# the other that it threw the attackers out
OUTCOMES = {
    "taken": re.compile(
        r"\b(?:captur\w*|liberat\w*|seiz\w*|occup(?:y|ied|ies)|took (?:full )?control|"
        r"taken (?:full )?control|taken over|took over|fell|entered)\b",
        re.I,
    ),
    "held": re.compile(
        r"\b(?:repel\w*|repuls\w*|cleared|clearing|pushed back|drove back|driven back|"
        r"retook|recaptur\w*|still (?:hold|holds|held|control\w*)|remains? under|failed|thwart\w*)\b",
        re.I,
    ),
}


def _opposed_outcomes(members: list) -> list[dict[str, str]]:
    said: dict[str, list] = {"taken": [], "held": []}
    for r, c in members:
        for side, rx in OUTCOMES.items():
            m = rx.search(c.text)
            if m:
                said[side].append((r, c, m.group()))
    if not said["taken"] or not said["held"]:
        return []
    # the claim told by fewer members is the one that contradicts the rest
    few, many = ("taken", "held") if len(said["taken"]) < len(said["held"]) else ("held", "taken")
    ref = said[many][0]
    return [
        {
            "article": r.article.id,
            "claim": c.id,
            "why": f"opposite outcome: '{word}' against '{ref[2]}' ({ref[0].article.id})",
        }
        for r, c, word in said[few]
    ]

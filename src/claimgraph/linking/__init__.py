"""Linking across outlets: derivations (who copied whom), claim clusters with origins and
independent confirmations, contradictions, an Admiralty grade, and a drift report per
derived article.

Candidates come from MinHash LSH (datasketch), so the cost grows near-linearly with the
corpus; each candidate pair is then checked on the text itself.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import ArticleRecord, ClaimCluster, ClusterMember, CorpusArticle, CorpusRecord, Derivation

STOP = set(
    """a an the of in on at to for from by with and or but as is are was were be been has have had that this
these those it its their his her they he she we our said says say told according which who whom whose than then
there here not no also into over after before about around near".split()""".split()
)
CREDIT_RE = re.compile(
    r"(?:originally (?:published|appeared) (?:by|in|on)|republished (?:with permission )?from|"
    r"first (?:published|appeared) (?:by|in|on)|courtesy of|reprinted from)\s+(?:the\s+)?([A-Z][\w .'-]{2,60})",
    re.I,
)
_DIGIT = re.compile(r"\d")
CITES_RE = re.compile(r"(?:according to|as reported by|reported by|citing)\s+(?:the\s+)?([A-Z][\w .'-]{2,60})")


# the same event told in other words: one key per family of predicates in conflict reporting,
# and number words as digits ("three workers" = "3 workers")
EVENT_WORDS = {
    "fire": "fire",
    "blaze": "fire",
    "burn": "fire",
    "burnt": "fire",
    "ablaze": "fire",
    "flame": "fire",
    "scorch": "fire",
    "inferno": "fire",
    "injur": "injure",
    "injure": "injure",
    "wound": "injure",
    "hurt": "injure",
    "injury": "injure",
    "injuri": "injure",
    "wounded": "injure",
    "kill": "kill",
    "dead": "kill",
    "death": "kill",
    "die": "kill",
    "di": "kill",
    "fatalit": "kill",
    "intercept": "down",
    "downed": "down",
    "strike": "strike",
    "struck": "strike",
    "hit": "strike",
    "attack": "strike",
    "target": "strike",
    "pound": "strike",
    "shell": "strike",
    "bomb": "strike",
    "destroy": "destroy",
    "destruction": "destroy",
    "raze": "destroy",
    "obliterat": "destroy",
    "captur": "capture",
    "capture": "capture",
    "seiz": "capture",
    "seize": "capture",
    "took": "capture",
    "liberat": "capture",
    "occupi": "capture",
    "control": "capture",
    "clear": "capture",
    "repel": "capture",
    "repuls": "capture",
    "recaptur": "capture",
    "retook": "capture",
    "retreat": "withdraw",
    "withdrew": "withdraw",
    "withdraw": "withdraw",
    "pull": "withdraw",
}
NUMBER_WORDS = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"dozen": "12"}


def words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def claim_words(text: str) -> list[str]:
    """Words of a claim for matching claims across articles: stems, event families, digits."""
    out = []
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        w = NUMBER_WORDS.get(w, w)
        st = _stem(w)
        out.append(EVENT_WORDS.get(w, EVENT_WORDS.get(st, st)))
    return out


def _stem(w: str) -> str:
    """A light stemmer: drone/drones, damage/damaged, burn/burning end alike."""
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def shingle_hashes(text: str, n: int = 3) -> Any:
    """3-word shingles as a sorted numpy array of 32-bit CRCs shifted left, the low bit set when
    the shingle holds a figure: 8 bytes a shingle instead of a Python string in a set, which
    is what lets 100,000 articles fit in memory."""
    import numpy as np

    vals = [(zlib.crc32(sh.encode("utf-8")) << 1) | bool(_DIGIT.search(sh)) for sh in shingles(text, n)]
    return np.unique(np.array(vals, dtype=np.uint64))


def shingles(text: str, n: int = 3) -> set[str]:
    ws = words(text)
    return {" ".join(ws[i : i + n]) for i in range(max(0, len(ws) - n + 1))}


@lru_cache(maxsize=262144)
def content(text: str) -> frozenset[str]:
    return frozenset(w for w in claim_words(text) if w not in STOP and (len(w) > 2 or w.isdigit()))


@lru_cache(maxsize=1)
def reliability_table() -> dict[str, Any]:
    return json.loads(resources.files("claimgraph.linking").joinpath("reliability.json").read_text("utf-8"))


def _minhash(sh: set[str], num_perm: int):
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm)
    for s in sh:
        m.update(s.encode("utf-8"))
    return m


def distinctive(sets: dict[str, Any], cap: int | None = None) -> dict[str, Any]:
    """Each article's shingles less those that many articles share (boilerplate, stock
    phrases such as "the General Staff said on"): what is left tells copies apart from
    articles that merely cover the same war. The cap grows with the corpus. In place."""
    import numpy as np

    cap = cap or max(100, len(sets) // 500)
    if not sets:
        return sets
    vals, counts = np.unique(np.concatenate(list(sets.values())), return_counts=True)
    for aid, arr in sets.items():
        sets[aid] = arr[counts[np.searchsorted(vals, arr)] <= cap]
    return sets


def candidate_pairs(
    texts: dict[str, str] | None = None,
    threshold: float = 0.05,
    num_perm: int = 128,
    keep: dict[str, Any] | None = None,
) -> set[tuple[str, str]]:
    """Article pairs that share enough distinctive wording to be checked (MinHash LSH)."""
    from datasketch import MinHash, MinHashLSH

    if keep is None:
        keep = distinctive({aid: shingle_hashes(t, 3) for aid, t in (texts or {}).items()})
    ids = [aid for aid in keep if len(keep[aid])]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[str, str]] = set()
    step = 5000  # MinHash in slices: the signatures of a slice at a time, not the whole corpus
    for k in range(0, len(ids), step):
        chunk = ids[k : k + step]
        # figures shared by chance ("shot down 20 of them") make no candidates: wording does
        sigs = MinHash.bulk(
            [_wording(keep[aid]) if _wording(keep[aid]).size else keep[aid] for aid in chunk],
            num_perm=num_perm,
            hashfunc=_hash32,
        )
        with lsh.insertion_session() as session:
            for aid, m in zip(chunk, sigs, strict=True):
                session.insert(aid, m)
        for aid, m in zip(chunk, sigs, strict=True):
            for other in lsh.query(m):
                if other != aid:
                    pairs.add((aid, other) if aid < other else (other, aid))
    return pairs


def _hash32(x: Any) -> int:
    return int(x) >> 1


def _wording(arr: Any) -> Any:
    """The shingles without a figure in them."""
    return arr[(arr & 1) == 0]


def _shared(a: Any, b: Any) -> int:
    import numpy as np

    return int(np.intersect1d(a, b, assume_unique=True).size)


@lru_cache(maxsize=65536)
def _outlet_match(name: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    a = set(words(name)) - STOP
    b = set(words(outlet)) - STOP
    return bool(a and b and (a <= b or b <= a or len(a & b) >= max(1, min(len(a), len(b)))))


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


_ANCHOR_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]{2,}|\b\d[\d,.]*")


def anchors(text: str) -> set[str]:
    """Names and figures of a text, spelling-insensitive: what a paraphrase or a translation
    keeps when it changes every other word."""
    from ..ground.gazetteer import key

    out = set()
    for m in _ANCHOR_RE.finditer(text):
        w = m.group()
        out.add(w.replace(",", "") if w[0].isdigit() else key(w))
    return out - {""}


def paraphrases(
    records: list[ArticleRecord], known: set[tuple[str, str]], credits: dict[str, list[str]] | None = None
) -> list[Derivation]:
    """Rewrites that share too little wording for the shingles: a heavy paraphrase or a
    translation that keeps the same quotes and claims in the same order. Candidates share
    rare names and figures (an inverted index with a cap, so the cost stays near-linear);
    the evidence required is two or more quotations of the earlier article repeated in the
    same order and most claims matched in order, which independent reports of one event,
    each with its own sources and quotes, do not give."""
    from collections import Counter

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


def _best(x: frozenset[str] | set[str], ys: list) -> int | None:
    best = max(
        ((i, _set_sim(frozenset(x), frozenset(y))) for i, y in enumerate(ys)), key=lambda t: t[1], default=(None, 0.0)
    )
    return best[0] if best[1] >= 0.5 else None


def _order(positions: list[int | None]) -> tuple[int, float]:
    """(how many matched, share of consecutive matches that keep the order)."""
    pos = [p for p in positions if p is not None]
    if len(pos) < 2:
        return len(pos), 0.0
    return len(pos), sum(1 for a, b in zip(pos, pos[1:], strict=False) if b > a) / (len(pos) - 1)


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


def _claim_sim(a: str, b: str) -> float:
    return _set_sim(content(a), content(b))


def _set_sim(ca: set[str], cb: set[str]) -> float:
    """Overlap of content words, damped by the Dice coefficient so that a short claim inside
    a long one does not count as the same claim on a word or two; but a longer claim that
    restates at least four words and two thirds of a shorter one, adding detail (who took
    the images, when), still makes the same claim."""
    if not ca or not cb:
        return 0.0
    shared = len(ca & cb)
    cover = shared / min(len(ca), len(cb))
    damped = cover * (2 * shared / (len(ca) + len(cb))) ** 0.5
    return max(damped, 0.7 * cover) if shared >= 4 and cover >= 2 / 3 else damped


def common_words(records: list[ArticleRecord]) -> frozenset[str]:
    """Claim words so frequent in this corpus that sharing them says nothing about copying
    ("drones", "launched" in a corpus of air-raid reports). None in a small corpus."""
    from collections import Counter

    df = Counter(w for r in records for c in r.claims for w in content(c.text))
    cap = max(50, sum(df.values()) // 1500)
    return frozenset(w for w, n in df.items() if n > cap)


def _claim_order(later: ArticleRecord, earlier: ArticleRecord, common: frozenset[str] = frozenset()) -> float:
    """Share of the later article's matched claims that keep the earlier article's order,
    claims compared on their words less the corpus's common ones."""
    pos = []
    ec = [content(e.text) - common for e in earlier.claims]
    for c in later.claims:
        cc = content(c.text) - common
        best = max(((i, _set_sim(cc, x)) for i, x in enumerate(ec)), key=lambda x: x[1], default=(None, 0))
        if best[1] >= 0.5:
            pos.append(best[0])
    if len(pos) < 2:
        return 0.0
    inc = sum(1 for x, y in zip(pos, pos[1:], strict=False) if y >= x)
    return inc / (len(pos) - 1) * min(1.0, len(pos) / max(1, len(later.claims)) * 2)


def _origin(rec: ArticleRecord, claim, book: Any = None) -> str | None:
    """The claim's first-hand source as one identity across articles (ground.identity)."""
    if claim.attribution:
        src = rec.source(claim.attribution[-1].source)
        if src:
            cid = book.resolve(src.name, src.kind, src.description) if book is not None else None
            return cid or _source_key(src.name)
    return None


def _source_key(name: str) -> str:
    from ..ground.identity import canonical_key
    from ..ground.institutions import looks_like_person as _looks_like_person

    if _looks_like_person(name):
        return name.split()[-1].lower()
    return canonical_key(name)


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


def _figures(rec: ArticleRecord, claim) -> dict[str, float]:
    qs = {q.id: q for q in rec.quantities}
    return {qs[q].unit: qs[q].value for q in claim.quantities if q in qs}


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


def _grade(members: list, conf: int, contradictions: list) -> dict[str, Any]:
    table = reliability_table()
    best, why = "F", "no origin whose reliability can be judged"
    for r, c in members:
        src = r.source(c.attribution[-1].source) if c.attribution else None
        kind = src.kind if src else "media_outlet"
        grade = table["by_kind"].get(kind, "F")
        if grade < best:
            best, why = grade, f"best origin is a {kind.replace('_', ' ')} ({src.name if src else r.article.outlet})"
    if any(c.verification == "confirmed" for _, c in members) or conf >= 3:
        cred, cw = 1 if conf >= 2 else 2, "confirmed by independent sources" if conf >= 2 else "verified by an outlet"
    elif conf >= 2:
        cred, cw = 2, f"{conf} independent origins agree"
    elif contradictions:
        cred, cw = 4, "contradicted or denied by another source"
    elif any(c.verification == "unverified" for _, c in members):
        cred, cw = 4, "outlets say it could not be verified"
    else:
        cred, cw = 3, "a single origin, not contradicted"
    return {"reliability": best, "credibility": cred, "reason": f"{why}; {cw}"}


def link_records(records: list[ArticleRecord]) -> CorpusRecord:
    from ..ground.identity import IdentityBook
    from .drift import drift

    # one identity book per linking run, filled in article order, so that the same records
    # always give the same origins whichever run extracted them
    book = IdentityBook()
    records = sorted(records, key=lambda r: r.article.id)
    common = common_words(records)
    derivs = derivations(records, common)
    by_id = {r.article.id: r for r in records}
    corpus = CorpusRecord(
        articles=[CorpusArticle(r.article.id, r.article.url, r.article.outlet, r.article.published) for r in records],
        derivations=derivs,
        claim_clusters=clusters(records, derivs, book=book, common=common),
    )
    corpus.drift = [drift(by_id[d.derived_from], by_id[d.article]) for d in derivs]
    return corpus

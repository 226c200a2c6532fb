"""What the pages show, computed from the record (pure functions: no SQL, no HTML, no request).

The templates escape every string these return; nothing here builds markup, so article text can only ever
reach a page as text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import ArticleRecord, Claim

# Highlight layers, innermost last: a source mention inside a claim inside a quote gets all three classes.
LAYERS = ("quote", "claim", "evidence", "place", "date", "figure", "source", "cue", "hedge")


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same highlights."""

    text: str
    classes: list[str]
    refs: list[str]  # ids of the record items covering it (claims first)
    anchors: list[str] = field(default_factory=list)  # claim ids starting here (a link to the side panel)
    title: str = ""


def highlight(text: str, spans: list[tuple[int, int, str, str, str]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece lists the (layer, id) spans covering it.

    ``spans`` are (start, end, layer, id, title); offsets outside the text are clipped, empty ones dropped.
    """
    n = len(text)
    clean = [(max(0, s), min(n, e), layer, ref, t) for s, e, layer, ref, t in spans if min(n, e) > max(0, s)]
    cuts = sorted({0, n, *(s for s, *_ in clean), *(e for _, e, *_ in clean)})
    starts: dict[int, list[str]] = defaultdict(list)
    for s, _e, layer, ref, _t in clean:
        if layer == "claim":
            starts[s].append(ref)
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [sp for sp in clean if sp[0] <= a and sp[1] >= b]
        layers = sorted({sp[2] for sp in cover}, key=LAYERS.index)
        refs = [sp[3] for sp in sorted(cover, key=lambda sp: (sp[2] != "claim", sp[3]))]
        title = "; ".join(dict.fromkeys(sp[4] for sp in cover if sp[4]))
        out.append(Segment(text[a:b], layers, refs, sorted(starts.get(a, []), key=_id_order), title))
    return out


def _id_order(ref: str) -> tuple[int, str]:
    digits = "".join(ch for ch in ref if ch.isdigit())
    return (int(digits) if digits else 0, ref)


def record_spans(rec: ArticleRecord) -> list[tuple[int, int, str, str, str]]:
    """Every highlighted item of a record: claims, quotes, hedges, cues, sources, evidence, places, dates, figures."""
    spans: list[tuple[int, int, str, str, str]] = []
    for c in rec.claims:
        spans.append((c.start, c.end, "claim", c.id, f"claim {c.id}: {c.stance}, {c.verification}"))
        for h in c.hedges:
            spans.append((h.start, h.end, "hedge", c.id, f"hedge: {h.text}"))
        for hop in c.attribution:
            if hop.cue:
                spans.append((hop.cue.start, hop.cue.end, "cue", c.id, f"cue: {hop.cue.text}"))
    for q in rec.quotes:
        spans.append((q.start, q.end, "quote", q.id, "quotation"))
    for s in rec.sources:
        for m in s.mentions:
            spans.append((m.start, m.end, "source", s.id, f"source: {s.name} ({s.kind}, {s.side})"))
    for e in rec.evidence:
        spans.append((e.start, e.end, "evidence", e.id, f"evidence: {e.kind}, {e.verification}"))
    for p in rec.places:
        spans.append((p.start, p.end, "place", p.id, f"place: {p.name}"))
    for d in rec.dates:
        spans.append((d.start, d.end, "date", d.id, f"date: {d.value or '?'}"))
    for x in rec.quantities:
        spans.append((x.start, x.end, "figure", x.id, f"figure: {x.value:g} {x.unit}"))
    return spans


def chain(rec: ArticleRecord, claim: Claim) -> list[dict[str, Any]]:
    """A claim's attribution from the outlet back to the origin: one step per hop, nearest first."""
    steps = []
    for i, hop in enumerate(claim.attribution):
        s = rec.source(hop.source)
        steps.append(
            {
                "source": s.name if s else hop.source,
                "source_id": hop.source,
                "canonical_id": s.canonical_id if s else None,
                "kind": s.kind if s else None,
                "side": s.side if s else None,
                "cue": hop.cue.text if hop.cue else None,
                "channel": hop.channel,
                "date": hop.date,
                "origin": i == len(claim.attribution) - 1,
            }
        )
    return steps


def effective_reviews(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """claim id -> field -> the latest review of that field (notes: all of them, under 'notes')."""
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    for r in reviews:  # oldest first: a later review of a field replaces an earlier one
        if r["field"] == "note":
            out[r["claim_id"]].setdefault("notes", []).append(r)
        else:
            out[r["claim_id"]][r["field"]] = r
    return out


def claim_panel(rec: ArticleRecord, reviews: list[dict[str, Any]], clusters: list[dict[str, Any]]) -> list[dict]:
    """The side panel of an article page: per claim its chain, evidence, verification, places, dates, figures."""
    by_id: dict[str, dict[str, Any]] = {
        "evidence": {e.id: e for e in rec.evidence},
        "places": {p.id: p for p in rec.places},
        "dates": {d.id: d for d in rec.dates},
        "quantities": {q.id: q for q in rec.quantities},
    }
    reviewed = effective_reviews(reviews)
    cluster_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for k in clusters:
        cluster_of[k["claim_id"]].append(k)
    panel = []
    for c in rec.claims:
        rv = reviewed.get(c.id, {})
        panel.append(
            {
                "claim": c,
                "chain": chain(rec, c),
                "stance": rv["stance"]["value"] if "stance" in rv else c.stance,
                "verification": rv["verification"]["value"] if "verification" in rv else c.verification,
                "reviews": rv,
                "wrong": rv.get("wrong", {}).get("value") in ("true", True),
                "evidence": [by_id["evidence"][i] for i in c.evidence if i in by_id["evidence"]],
                "places": [by_id["places"][i] for i in c.places if i in by_id["places"]],
                "dates": [by_id["dates"][i] for i in c.dates if i in by_id["dates"]],
                "figures": [by_id["quantities"][i] for i in c.quantities if i in by_id["quantities"]],
                "clusters": cluster_of.get(c.id, []),
            }
        )
    return panel


def stories(derivations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group derivations into stories: each a tree rooted at the article nobody in it was copied from."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in derivations:
        parent[find(d["article"])] = find(d["derived_from"])
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in derivations:
        groups[find(d["article"])].append(d)
    out = []
    for edges in groups.values():
        out.extend(_trees(edges))
    out.sort(key=lambda t: (t["published"] or "", t["article_id"]))
    return out


def _trees(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    meta: dict[str, dict[str, Any]] = {}
    derived = set()
    for d in edges:
        children[d["derived_from"]].append(d)
        derived.add(d["article"])
        meta[d["derived_from"]] = {
            "outlet": d["from_outlet"],
            "published": d["from_published"],
            "title": d["from_title"],
        }
        meta.setdefault(d["article"], {"outlet": d["outlet"], "published": d["published"], "title": d["title"]})
    roots = sorted({d["derived_from"] for d in edges} - derived) or [min(d["derived_from"] for d in edges)]

    def node(aid: str, seen: frozenset[str], edge: dict[str, Any] | None) -> dict[str, Any]:
        kids = sorted(children.get(aid, []), key=lambda d: (d["published"] or "", d["article"]))
        return {
            "article_id": aid,
            **meta.get(aid, {}),
            "edge": edge,
            "children": [node(k["article"], seen | {aid}, k) for k in kids if k["article"] not in seen],
        }

    return [node(r, frozenset(), None) for r in roots]


def find_story(trees: list[dict[str, Any]], article_id: str) -> dict[str, Any] | None:
    def has(n: dict[str, Any]) -> bool:
        return n["article_id"] == article_id or any(has(k) for k in n["children"])

    return next((t for t in trees if has(t)), None)


def count_nodes(tree: dict[str, Any]) -> int:
    return 1 + sum(count_nodes(k) for k in tree["children"])


def drift_sides(report: dict[str, Any], original: str, derived: str) -> dict[str, Any]:
    """Both texts of a derivation cut into segments: dropped material marked in the original, added in the copy.

    A change with spans on both sides (a removed attribution, a dropped hedge, a changed figure) marks both
    sides as changed, and a dropped hedge's own words as dropped.
    """
    left: list[tuple[int, int, str, str, str]] = []
    right: list[tuple[int, int, str, str, str]] = []
    changes = []
    for i, ch in enumerate(report.get("changes", []), 1):
        ref = f"ch{i}"
        o, d = ch.get("original"), ch.get("derived")
        label = describe_change(ch)
        if o and not d:
            left.append((o["start"], o["end"], "dropped", ref, label))
        elif d and not o:
            right.append((d["start"], d["end"], "added", ref, label))
        else:
            if o:
                left.append((o["start"], o["end"], "changed", ref, label))
            if d:
                right.append((d["start"], d["end"], "changed", ref, label))
            if ch.get("hedge") and o:
                for side, text, span, cls in ((left, original, o, "dropped"), (right, derived, d, "added")):
                    if span is None or (ch["type"] == "hedge_dropped") != (cls == "dropped"):
                        continue
                    at = text.find(ch["hedge"], span["start"], span["end"] + len(ch["hedge"]))
                    if at >= 0:
                        side.append((at, at + len(ch["hedge"]), cls, ref, label))
        changes.append({"ref": ref, "type": ch["type"], "label": label})
    return {
        "original": _drift_segments(original, left),
        "derived": _drift_segments(derived, right),
        "changes": changes,
    }


def _drift_segments(text: str, spans: list[tuple[int, int, str, str, str]]) -> list[Segment]:
    n = len(text)
    clean = [(max(0, s), min(n, e), cls, ref, t) for s, e, cls, ref, t in spans if min(n, e) > max(0, s)]
    cuts = sorted({0, n, *(s for s, *_ in clean), *(e for _, e, *_ in clean)})
    order = ("changed", "dropped", "added")
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [sp for sp in clean if sp[0] <= a and sp[1] >= b]
        classes = sorted({sp[2] for sp in cover}, key=order.index)
        starts = sorted({sp[3] for sp in clean if sp[0] == a}, key=_id_order)
        out.append(
            Segment(
                text[a:b], classes, [sp[3] for sp in cover], starts, "; ".join(dict.fromkeys(sp[4] for sp in cover))
            )
        )
    return out


def describe_change(ch: dict[str, Any]) -> str:
    t = ch["type"].replace("_", " ")
    if "was" in ch or "now" in ch:
        was, now = ch.get("was"), ch.get("now")
        fmt = lambda v: ", ".join(v) if isinstance(v, list) else ("—" if v in (None, "") else str(v))  # noqa: E731
        return f"{t}: {fmt(was)} → {fmt(now)}" if "now" in ch else f"{t}: was {fmt(was)}"
    if ch.get("hedge"):
        return f"{t}: “{ch['hedge']}”"
    return t


def relay_graph(edges: list[dict[str, Any]], width: int = 1200, height: int = 720) -> dict[str, Any]:
    """Lay out who-relays-whom on concentric ellipses: outlets outside, the sources they relay inside, origins
    inmost; each inner node sits at the mean angle of the nodes it is linked to, so lines stay short."""
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        nodes.setdefault(e["relay"], {"id": e["relay"], "name": e["relay_name"], "kind": e["relay_kind"]})
        nodes.setdefault(e["relayed"], {"id": e["relayed"], "name": e["relayed_name"], "kind": e["relayed_kind"]})
    relays_some = {e["relay"] for e in edges}
    links: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        links[e["relay"]].append(e["relayed"])
        links[e["relayed"]].append(e["relay"])
    for n in nodes.values():
        n["ring"] = 2 if n["kind"] == "outlet" else (1 if n["id"] in relays_some else 0)
        n["degree"] = sum(e["claims"] for e in edges if n["id"] in (e["relay"], e["relayed"]))
    cx, cy = width / 2, height / 2
    scale = {2: 0.9, 1: 0.62, 0: 0.34}
    angle: dict[str, float] = {}
    for ring in (2, 1, 0):
        members = [n for n in nodes.values() if n["ring"] == ring]
        if ring == 2 or not angle:
            members.sort(key=lambda n: (n["name"] or "").lower())
        else:

            def mean_angle(n: dict[str, Any]) -> float:
                seen = [angle[x] for x in links[n["id"]] if x in angle]
                if not seen:
                    return math.pi
                return math.atan2(sum(math.sin(a) for a in seen), sum(math.cos(a) for a in seen)) % (2 * math.pi)

            members.sort(key=mean_angle)
        for i, n in enumerate(members):
            a = 2 * math.pi * i / max(1, len(members)) + (0.5 * 2 * math.pi / max(1, len(members)) if ring else 0)
            angle[n["id"]] = a
            n["x"] = round(cx + (cx - 90) * scale[ring] * math.cos(a), 1)
            n["y"] = round(cy + (cy - 30) * scale[ring] * math.sin(a), 1)
            n["r"] = round(4 + min(10, math.sqrt(n["degree"]) * 1.5), 1)
    lines = [
        {
            "x1": nodes[e["relay"]]["x"],
            "y1": nodes[e["relay"]]["y"],
            "x2": nodes[e["relayed"]]["x"],
            "y2": nodes[e["relayed"]]["y"],
            "w": round(min(6, 0.8 + math.log1p(e["claims"])), 1),
            "title": f"{e['relay_name']} relays {e['relayed_name']} ({e['claims']} claims)",
        }
        for e in edges
    ]
    return {"nodes": list(nodes.values()), "lines": lines, "width": width, "height": height}


def timeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated claims grouped by the date they are about (year, month or day), oldest first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["value"]].append(r)
    return [{"date": k, "claims": v} for k, v in sorted(groups.items())]


def page_links(total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous/next offsets for a paginated list."""
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "first": offset + 1 if total else 0,
        "last": min(total, offset + limit),
        "prev": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if offset + limit < total else None,
    }

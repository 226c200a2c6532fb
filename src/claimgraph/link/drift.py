"""Rewrite drift: what a derived article changed against its original. Hedges dropped or
added, verification statements dropped, attribution changed (a source added, removed,
replaced; an attributed figure becoming unattributed), claims added or dropped, figures
changed, quotes altered; each with its spans on both sides."""

from __future__ import annotations

from typing import Any

from ..model import ArticleRecord
from .identities import canonical_key
from .similarity import _claim_sim

# a derived claim is the rewrite of an original one at this similarity (lower than for clusters:
# the two articles are known to be related, and a rewrite rewords)
MATCH = 0.35


def _chain(rec: ArticleRecord, c) -> list[str]:
    return [(rec.source(h.source).name if rec.source(h.source) else h.source) for h in c.attribution]


def _ids(rec: ArticleRecord, c) -> list[str]:
    out = []
    for h in c.attribution:
        s = rec.source(h.source)
        out.append((s.canonical_id or canonical_key(s.name)) if s else h.source)
    return out


def _span(c) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


def drift(original: ArticleRecord, derived: ArticleRecord, relation: Any = None) -> dict[str, Any]:
    if (original.article.language or "en") != (derived.article.language or "en"):
        from .crosslang import crosslang_drift

        return crosslang_drift(original, derived)  # a translation: claims paired by anchors and order
    changes: list[dict[str, Any]] = []
    used = set()
    qa = {q.id: q for q in original.quantities}
    qb = {q.id: q for q in derived.quantities}
    for c in derived.claims:
        best = max(
            ((o, _claim_sim(c.text, o.text)) for o in original.claims if o.id not in used),
            key=lambda x: x[1],
            default=(None, 0.0),
        )
        o, sim = best
        if o is None or sim < MATCH:
            changes.append({"type": "claim_added", "derived": _span(c)})
            continue
        used.add(o.id)
        ha = {h.text.lower() for h in o.hedges}
        hb = {h.text.lower() for h in c.hedges}
        for h in o.hedges:
            if h.text.lower() not in hb:
                changes.append({"type": "hedge_dropped", "hedge": h.text, "original": _span(o), "derived": _span(c)})
        for h in c.hedges:
            if h.text.lower() not in ha:
                changes.append({"type": "hedge_added", "hedge": h.text, "original": _span(o), "derived": _span(c)})
        if o.verification in ("unverified", "disputed") and c.verification == "not_stated":
            changes.append(
                {"type": "verification_dropped", "was": o.verification, "original": _span(o), "derived": _span(c)}
            )
        ca, cb = _chain(original, o), _chain(derived, c)
        if _ids(original, o) != _ids(derived, c):  # "Ukraine's General Staff" = "the General Staff"
            kind = (
                "attribution_removed"
                if ca and not cb
                else "attribution_added"
                if cb and not ca
                else "attribution_replaced"
            )
            changes.append({"type": kind, "was": ca, "now": cb, "original": _span(o), "derived": _span(c)})
        fa = {qa[q].unit: qa[q].value for q in o.quantities if q in qa}
        fb = {qb[q].unit: qb[q].value for q in c.quantities if q in qb}
        for unit in fa.keys() & fb.keys():
            if fa[unit] != fb[unit]:
                changes.append(
                    {
                        "type": "figure_changed",
                        "unit": unit,
                        "was": fa[unit],
                        "now": fb[unit],
                        "original": _span(o),
                        "derived": _span(c),
                    }
                )
        if o.quote and not c.quote:
            changes.append({"type": "quote_altered", "original": _span(o), "derived": _span(c)})
    for o in original.claims:
        if o.id not in used:
            changes.append({"type": "claim_dropped", "original": _span(o)})
    return {"article": derived.article.id, "derived_from": original.article.id, "changes": changes}


def render(report: dict[str, Any]) -> str:
    lines = [f"{report['article']}  derived from  {report['derived_from']}"]
    for ch in report["changes"]:
        t = ch["type"].replace("_", " ")
        if "hedge" in ch:
            lines.append(f"  - {t}: '{ch['hedge']}'  in: {ch['derived']['text'][:90]}")
        elif ch["type"].startswith("attribution"):
            lines.append(
                f"  - {t}: {' <- '.join(ch['was']) or '(own voice)'}  ->  {' <- '.join(ch['now']) or '(own voice)'}"
                f"  in: {ch['derived']['text'][:70]}"
            )
        elif ch["type"] == "figure_changed":
            lines.append(f"  - {t}: {ch['was']:g} -> {ch['now']:g} {ch['unit']}  in: {ch['derived']['text'][:70]}")
        else:
            side = ch.get("derived") or ch.get("original")
            lines.append(f"  - {t}: {side['text'][:100]}")
    if not report["changes"]:
        lines.append("  (no changes)")
    return "\n".join(lines)

"""Rewrite drift: what a derived article changed against the article it came from, one change
per entry, each in a group a desk can act on, with its spans on both sides:

- verification: a "could not be verified" that the rewrite dropped;
- hedges: a hedge ("reportedly", "purportedly") dropped or added, once per hedge, with the claims
  it bore on;
- attribution: a source added, removed or replaced, a figure that gains a source, a new vague
  source ("people familiar with the fighting");
- claims: claims added or dropped;
- figures: a figure changed;
- quotes: a quotation altered or turned into paraphrase;
- verbs: an act told more strongly ("struck" -> "destroyed").

The report names the pair's relation as linking found it (copy, rewrite, syndication, cites,
or independent when there is no derivation between them) and its direction.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import ArticleRecord, Derivation
from ..settings import LinkSettings
from .features import is_chrome
from .identities import canonical_key
from .similarity import _claim_sim

GROUPS = ("verification", "hedges", "attribution", "claims", "figures", "quotes", "verbs")
# how strongly a verb tells what happened to a target: a hit, damage, destruction
ESCALATION = (
    (
        1,
        re.compile(
            r"(?i)\b(?:struck|strikes?|hit|hits|attack(?:ed|s)?|target(?:ed|s)?|shell(?:ed|s)?|pound(?:ed|s)?)\b"
        ),
    ),
    (2, re.compile(r"(?i)\b(?:damag(?:ed|es|ing)|set (?:\w+ )?ablaze|burn(?:ed|t)|torch(?:ed|es)?|crippl(?:ed|es))\b")),
    (
        3,
        re.compile(
            r"(?i)\b(?:destroy(?:ed|s|ing)?|raz(?:ed|es)|obliterat(?:ed|es)|wip(?:ed|es) out|flatten(?:ed|s)?|levell?ed)\b"
        ),
    ),
)
VAGUE = re.compile(
    r"(?i)^(?:an?|some|several|many|two|three|unnamed|anonymous)?\s*(?:people|sources?|officials?|residents|"
    r"witnesses|observers|insiders|those)\b|familiar with|close to|who (?:asked|spoke) (?:not|on condition)"
)


# a hedge span that says the claim could not be checked is a verification statement, which a desk
# reads apart from the hedges ("could not be independently verified", "не вдалося перевірити")
VERIFICATION_STATEMENT = re.compile(
    r"(?i)\b(?:not|n['’]t|never|unable to|un)\s*(?:\w+\s+){0,3}?(?:be\s+|been\s+)?(?:independently\s+)?"
    r"(?:verif|confirm|authenticat|geolocat|check)|\bunverified\b|\bunconfirmed\b|"
    r"\bне\s+(?:\w+\s+){0,3}?(?:перевір|підтверд|провер|подтвер)|неможливо\s+перевір|невозможно\s+провер"
)


def _chain(rec: ArticleRecord, c) -> list[str]:
    out = []
    for h in c.attribution:
        s = rec.source(h.source)
        out.append(s.name if s is not None else h.source)
    return out


def _ids(rec: ArticleRecord, c) -> list[str]:
    out = []
    for h in c.attribution:
        s = rec.source(h.source)
        out.append((s.canonical_id or canonical_key(s.name)) if s else h.source)
    return out


def _span(c) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


def _level(text: str) -> tuple[int, str | None]:
    best: tuple[int, str | None] = (0, None)
    for lvl, rx in ESCALATION:
        m = rx.search(text)
        if m and lvl > best[0]:
            best = (lvl, m.group())
    return best


def _vague(rec: ArticleRecord, c) -> bool:
    if not c.attribution:
        return False
    s = rec.source(c.attribution[-1].source)
    return bool(s and (s.kind == "unnamed" or VAGUE.search(s.name)))


def _change(group: str, kind: str, line: str, o: Any = None, d: Any = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind, "group": group, "line": line}
    if o is not None:
        out["original"] = _span(o)
    if d is not None:
        out["derived"] = _span(d)
    out.update(extra)
    return out


def relation_of(original: ArticleRecord, derived: ArticleRecord) -> Derivation | None:
    """The derivation linking finds between two articles, if any (either way round)."""
    from .derivations import derivations

    for d in derivations([original, derived]):
        return d
    return None


def drift(
    original: ArticleRecord,
    derived: ArticleRecord,
    relation: Derivation | None | bool = True,
    settings: LinkSettings | None = None,
) -> dict[str, Any]:
    """What ``derived`` changed against ``original``. ``relation`` is the derivation between them
    as linking found it; ``True`` (the default) finds it here; ``None`` says there is none."""
    cfg = settings or LinkSettings()
    if relation is True:
        relation = relation_of(original, derived)
    if (original.article.language or "en") != (derived.article.language or "en"):
        from .crosslang import crosslang_drift

        # a translation: claims paired by anchors and order (crosslang.py), then grouped as below
        return _report(original, derived, relation, _grouped(crosslang_drift(original, derived)["changes"]))
    changes: list[dict[str, Any]] = []
    used: set[str] = set()
    qa = {q.id: q for q in original.quantities}
    qb = {q.id: q for q in derived.quantities}
    hedge_done: dict[tuple[str, int, int], dict[str, Any]] = {}
    verif_done: set[str] = set()
    # a known rewrite rewords: its claims match at a lower similarity than two reports do
    match = cfg.drift_match
    for c in derived.claims:
        if is_chrome(c.text):
            continue
        o, sim = max(
            ((o, _claim_sim(c.text, o.text)) for o in original.claims if o.id not in used and not is_chrome(o.text)),
            key=lambda x: x[1],
            default=(None, 0.0),
        )
        if o is None or sim < match:
            changes.append(_change("claims", "claim_added", f"claim added: {c.text}", d=c))
            continue
        used.add(o.id)
        hb = {h.text.lower() for h in c.hedges}
        for h in o.hedges:
            if h.text.lower() in hb:
                continue
            k = (h.text.lower(), h.start, h.end)
            if k in hedge_done:  # one hedge that bore on several claims is one change
                hedge_done[k].setdefault("claims", []).append(_span(c))
                continue
            if VERIFICATION_STATEMENT.search(h.text):
                # the statement itself is the change, said once with the verification it took away
                if "unverified" in verif_done:
                    continue
                verif_done.add("unverified")
                ch = _change(
                    "verification",
                    "verification_dropped",
                    f"verification statement dropped: '{h.text}' from: {o.text}",
                    o,
                    c,
                    hedge=h.text,
                    was="unverified",
                )
            else:
                ch = _change("hedges", "hedge_dropped", f"hedge dropped: '{h.text}' from: {o.text}", o, c, hedge=h.text)
            hedge_done[k] = ch
            changes.append(ch)
        ha = {h.text.lower() for h in o.hedges}
        for h in c.hedges:
            if h.text.lower() in ha:
                continue
            k = ("+" + h.text.lower(), h.start, h.end)
            if k in hedge_done:
                hedge_done[k].setdefault("claims", []).append(_span(c))
                continue
            ch = _change("hedges", "hedge_added", f"hedge added: '{h.text}' to: {c.text}", o, c, hedge=h.text)
            hedge_done[k] = ch
            changes.append(ch)
        if o.verification in ("unverified", "disputed") and c.verification == "not_stated":
            if o.verification not in verif_done:
                verif_done.add(o.verification)
                changes.append(
                    _change(
                        "verification",
                        "verification_dropped",
                        f"verification statement dropped (was {o.verification}): {o.text}",
                        o,
                        c,
                        was=o.verification,
                    )
                )
        _attribution(original, derived, o, c, changes, qa)
        fa = {qa[q].unit: qa[q].value for q in o.quantities if q in qa}
        fb = {qb[q].unit: qb[q].value for q in c.quantities if q in qb}
        for unit in sorted(fa.keys() & fb.keys()):
            if fa[unit] != fb[unit]:
                changes.append(
                    _change(
                        "figures",
                        "figure_changed",
                        f"figure changed: {fa[unit]:g} -> {fb[unit]:g} {unit} in: {c.text}",
                        o,
                        c,
                        unit=unit,
                        was=fa[unit],
                        now=fb[unit],
                    )
                )
        if o.quote and not c.quote:
            changes.append(_change("quotes", "quote_altered", f"quotation turned into paraphrase: {c.text}", o, c))
        elif o.quote and c.quote and " ".join(o.text.split()).lower() != " ".join(c.text.split()).lower():
            changes.append(_change("quotes", "quote_altered", f"quotation altered: '{o.text}' -> '{c.text}'", o, c))
        (lo, wo), (ld, wd) = _level(o.text), _level(c.text)
        if ld > lo and lo:
            changes.append(
                _change(
                    "verbs", "verb_escalated", f"verb escalated: '{wo}' -> '{wd}' in: {c.text}", o, c, was=wo, now=wd
                )
            )
    for o in original.claims:
        if o.id not in used and not is_chrome(o.text):
            changes.append(_change("claims", "claim_dropped", f"claim dropped: {o.text}", o=o))
    changes.sort(key=lambda ch: GROUPS.index(ch["group"]))
    return _report(original, derived, relation, changes)


_GROUP_OF = {
    "verification_dropped": "verification",
    "hedge_dropped": "hedges",
    "hedge_added": "hedges",
    "claim_added": "claims",
    "claim_dropped": "claims",
    "figure_changed": "figures",
    "quote_altered": "quotes",
    "verb_escalated": "verbs",
}


def _grouped(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Changes made elsewhere (crosslang) with the group and line every drift change carries."""
    for ch in changes:
        ch.setdefault("group", _GROUP_OF.get(ch["type"], "attribution"))
        side = ch.get("derived") or ch.get("original") or {}
        what = ch["type"].replace("_", " ")
        if "hedge" in ch:
            what += f": '{ch['hedge']}'"
        elif "was" in ch and "now" in ch:
            what += f": {ch['was']} -> {ch['now']}"
        ch.setdefault("line", f"{what} in: {side.get('text', '')}")
    return sorted(changes, key=lambda ch: GROUPS.index(ch["group"]))


def _report(
    original: ArticleRecord, derived: ArticleRecord, relation: Any, changes: list[dict[str, Any]]
) -> dict[str, Any]:
    rel = relation.kind if isinstance(relation, Derivation) else "independent"
    return {
        "article": derived.article.id,
        "derived_from": original.article.id,
        "relation": rel,
        "direction": relation.direction if isinstance(relation, Derivation) else None,
        "reversed": bool(isinstance(relation, Derivation) and relation.article == original.article.id),
        "groups": {g: sum(1 for ch in changes if ch["group"] == g) for g in GROUPS},
        "changes": changes,
    }


def _attribution(
    original: ArticleRecord, derived: ArticleRecord, o: Any, c: Any, changes: list[dict[str, Any]], qa: dict
) -> None:
    if _ids(original, o) == _ids(derived, c):  # "Ukraine's General Staff" = "the General Staff"
        return
    ca, cb = _chain(original, o), _chain(derived, c)
    was, now = " <- ".join(ca) or "(own voice)", " <- ".join(cb) or "(own voice)"
    if cb and not ca:
        if _vague(derived, c):
            kind, line = "vague_source_added", f"new vague source: {now} for: {c.text}"
        elif c.quantities:
            kind, line = "figure_sourced", f"a figure gains a source: {now} for: {c.text}"
        else:
            kind, line = "attribution_added", f"attribution added: {now} for: {c.text}"
    elif ca and not cb:
        kind, line = "attribution_removed", f"attribution removed: {was} -> (own voice) in: {c.text}"
    elif _vague(derived, c) and not _vague(original, o):
        kind, line = "vague_source_added", f"new vague source: {now} (was {was}) for: {c.text}"
    else:
        kind, line = "attribution_replaced", f"attribution replaced: {was} -> {now} in: {c.text}"
    changes.append(_change("attribution", kind, line, o, c, was=ca, now=cb))

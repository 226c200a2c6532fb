"""Every text view in one place: records, chains, claim tables, article lists, search hits, stats.

Article text, titles and even file names come from the web and are untrusted in the terminal as much
as in a page: ``clean`` strips escape sequences and control characters from everything shown, and
every view goes through it. The views return plain strings, or rich renderables for the tables.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from collections.abc import Iterable
from typing import Any

from .model import ArticleRecord, Claim

# ESC-introduced sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", two-byte escapes) and the
# 8-bit CSI/OSC introducers: a clear-screen or window-title sequence in a headline must not reach a tty.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, terminated by BEL or ST (or cut off)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"  # other two-byte escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
)
_KEEP = {"\n", "\t"}


def clean(text: object) -> str:
    """``text`` as safe for a terminal: escape sequences removed, other control characters (C0, DEL,
    C1) and bidirectional overrides dropped; newlines and tabs kept."""
    s = "" if text is None else str(text)
    if s.isprintable():
        return s
    s = _ESCAPES.sub("", s)
    return "".join(
        ch
        for ch in s
        if ch in _KEEP
        or not (unicodedata.category(ch) == "Cc" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    )


def one_line(text: object) -> str:
    """``clean`` with every run of whitespace (newlines included) folded to one space."""
    return " ".join(clean(text).split())


def json_text(obj: Any, indent: int | None = 1) -> str:
    """JSON for the terminal: ``json.dumps`` escapes C0 controls itself; C1 controls and bidi overrides,
    which it leaves raw with ``ensure_ascii=False``, are escaped here (the JSON stays equal)."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return re.sub(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", s)


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters, with an ellipsis."""
    s = one_line(text)
    if len(s) <= width:
        return s
    cut = s[: max(width - 1, 1)]
    if " " in cut[width // 2 :]:  # cut at the last space, unless that throws away more than half
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def chain_text(rec: ArticleRecord, claim: Claim) -> str:
    """The attribution chain, nearest source first: ``name (kind, side) [channel] <- ...``."""
    parts = []
    for h in claim.attribution:
        s = rec.source(h.source)
        label = f"{s.name} ({s.kind}, {s.side})" if s else h.source
        parts.append(label + (f" [{h.channel}]" if h.channel not in ("unknown", "statement") else ""))
    return one_line(" <- ".join(parts)) if parts else "(the article's own voice)"


STANCE_STYLE = {"asserts": "bold", "reports": "cyan", "distances": "yellow", "disputes": "magenta"}
VERIFICATION_STYLE = {"confirmed": "green", "unverified": "yellow", "disputed": "red", "not_stated": "dim"}


def _styled(value: str, styles: dict[str, str]) -> str:
    from rich.markup import escape

    style = styles.get(value)
    return f"[{style}]{escape(value)}[/{style}]" if style else escape(value)


def record_text(rec: ArticleRecord) -> str:
    """A readable view of one article record: claims with chains, stance, verification, hedges; sources."""
    a = rec.article
    lines = [one_line(f"{a.title or a.id}  {a.outlet or ''} {a.published or ''}").strip(), f"id: {clean(a.id)}"]
    for c in rec.claims:
        hedges = ", ".join(one_line(h.text) for h in c.hedges)
        lines.append("")
        lines.append(f"{clean(c.id)} {one_line(c.text)}")
        lines.append(f"   chain: {chain_text(rec, c)}")
        lines.append(
            f"   stance: {c.stance}   verification: {c.verification}" + (f"   hedges: {hedges}" if hedges else "")
        )
    if rec.sources:
        lines.append("")
        lines.append("sources")
        for s in rec.sources:
            lines.append(
                f"  {clean(s.id)} {one_line(s.name)} ({s.kind}, {s.side}); mentions: "
                + one_line(", ".join(m.text for m in s.mentions))
            )
    for e in rec.errors:
        lines.append(f"error in {clean(e.get('component'))}: {one_line(e.get('error'))}")
    return "\n".join(lines)


def claim_table(records: Iterable[ArticleRecord], width: int | None = None):
    """The claim table of the demo: one row per claim, sized to the terminal (claim text cut at a word)."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        "article", "claim", "chain (nearest first)", "stance", "verification", "hedges", expand=False, width=width
    )
    w = width or 120
    free = max(w - 40, 40)  # what the ratio columns share once borders, stance and verification are placed
    claim_w, chain_w, side_w = (max(12, free * r // 14) for r in (6, 4, 2))
    for rec in records:
        for c in rec.claims:
            table.add_row(
                escape(shorten(rec.article.id, side_w)),
                escape(shorten(c.text, claim_w)),
                escape(shorten(chain_text(rec, c), chain_w)),
                _styled(c.stance, STANCE_STYLE),
                _styled(c.verification, VERIFICATION_STYLE),
                escape(shorten(", ".join(h.text for h in c.hedges), side_w)),
            )
    for col, ratio in zip(table.columns, (2, 6, 4, None, None, 2), strict=True):
        col.ratio = ratio
        col.overflow = "ellipsis"
    table.columns[3].min_width = 9
    table.columns[4].min_width = 10
    table.columns[0].no_wrap = True
    return table


def derivation_lines(derivations: Iterable[dict[str, Any]], outlets: dict[str, str | None] | None = None) -> list[str]:
    """Who copied whom: ``derived (outlet) is a <kind> of original (outlet), similarity s``."""
    outlets = outlets or {}
    out = []

    def name(aid: str) -> str:
        o = outlets.get(aid)
        return clean(aid) + (f" ({one_line(o)})" if o else "")

    for d in derivations:
        sim = d.get("similarity")
        out.append(
            f"  {name(d['article'])} is a {clean(d.get('kind') or 'derivation')} of {name(d['derived_from'])}"
            + (f", similarity {sim:.2f}" if isinstance(sim, int | float) else "")
        )
    return out


def fit(line: str, width: int) -> str:
    """One line cut to ``width`` at a word, its indentation kept."""
    body = line.lstrip(" ")
    indent = len(line) - len(body)
    return " " * indent + shorten(body, max(width - indent, 10))


def cluster_lines(clusters: Iterable[dict[str, Any]], limit: int | None = None) -> list[str]:
    """One line per claim cluster: label, member count, independent origins, grade."""
    out = []
    rows = list(clusters)
    for cl in rows[:limit] if limit else rows:
        grade = cl.get("grade") or {}
        g = f"{grade.get('reliability', '')}{grade.get('credibility', '')}" if isinstance(grade, dict) else grade
        members = cl.get("members") or []
        out.append(
            f"  {shorten(cl.get('label') or cl.get('id') or '', 60)}  "
            f"[{len(members)} claims, {cl.get('independent_confirmations', 0)} independent"
            + (f", grade {clean(g)}" if g else "")
            + "]"
        )
    if limit and len(rows) > limit:
        out.append(f"  ... and {len(rows) - limit} more")
    return out


def article_lines(rows: Iterable[dict[str, Any]]) -> list[str]:
    """The article list: id, outlet, date, claim count, title."""
    out = []
    for r in rows:
        claims = "-" if r.get("claims") is None else str(r["claims"])
        out.append(
            f"{shorten(r['id'], 32):<32} {shorten(r.get('outlet') or '', 20):<20} "
            f"{shorten(r.get('published') or '', 10):<10} {claims:>4}  {shorten(r.get('title') or '', 60)}"
        )
    return out


def search_lines(hits: Iterable[dict[str, Any]]) -> list[str]:
    """Search hits: the claim (or article) with its article and, for a claim, its chain."""
    out = []
    for h in hits:
        where = f"{clean(h['article_id'])}" + (f" / {clean(h['claim_id'])}" if h.get("claim_id") else "")
        head = one_line(f"{h.get('outlet') or ''} {h.get('published') or ''}").strip()
        out.append(f"{where}  {head}".rstrip())
        out.append(f"   {shorten(h.get('text') or h.get('title') or '', 110)}")
        if h.get("claim_id"):
            chain = h.get("chain_text") or "(the article's own voice)"
            out.append(f"   chain: {shorten(chain, 100)}")
    return out


def stats_lines(s: dict[str, Any]) -> list[str]:
    out = []
    for k, v in s.items():
        if k == "rejected_by_reason":
            for reason, n in v.items():
                out.append(f"  rejected ({clean(reason)}): {n}")
        else:
            out.append(f"{k}: {clean(v)}")
    return out


def ingest_summary(counts: dict[str, int]) -> str:
    return (
        f"read {counts['read']}: stored {counts['stored'] + counts['version']} "
        f"({counts['version']} new versions), duplicate {counts['duplicate']}, "
        f"already stored {counts['unchanged']}, rejected {counts['rejected']}"
        + (f"; {counts['renamed']} stored under a new id (theirs was taken)" if counts.get("renamed") else "")
        + (f"; skipped {counts['skipped']} (not articles, or the store's own files)" if counts["skipped"] else "")
    )


_DRIFT_TITLES = {
    "verification": "Verification",
    "hedges": "Hedges",
    "attribution": "Attribution",
    "claims": "Claims",
    "figures": "Figures",
    "quotes": "Quotes",
    "verbs": "Verbs",
}
_RELATION_WORDS = {
    "copy": "a copy of",
    "syndication": "syndicated from",
    "rewrite": "a rewrite of",
    "cites": "cites",
    "independent": "independent of (no derivation found)",
}


def drift_text(report: dict[str, Any], width: int = 100) -> str:
    """What a derived article changed against its original (one report of ``link.drift``): the pair
    and its relation as found, then one line per change under its group, wrapped to ``width``
    (never cut), with the hedge or source named."""
    rel = report.get("relation") or "independent"
    head = f"{clean(report['article'])}: {_RELATION_WORDS.get(rel, rel)} {clean(report['derived_from'])}"
    if rel == "independent":
        head = (
            f"{clean(report['article'])} and {clean(report['derived_from'])}: independent reports (no derivation found)"
        )
    elif report.get("direction") == "unknown":
        head += " (which came first is unknown)"
    if report.get("reversed"):
        head += " (linking found the derivation the other way round)"
    lines = textwrap.wrap(head, width) or [head]
    changes = report.get("changes", [])
    if not changes:
        return "\n".join([*lines, "  (no changes)"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for ch in changes:
        groups.setdefault(ch.get("group", "claims"), []).append(ch)
    for group, chs in groups.items():
        lines.append(f"  {_DRIFT_TITLES.get(group, group.title())} ({len(chs)})")
        for ch in chs:
            text = one_line(ch.get("line") or _drift_line(ch))
            more = len(ch.get("claims", []))
            if more:
                text += f" (and {more} more claim{'s' if more > 1 else ''})"
            lines.extend(textwrap.wrap(text, width, initial_indent="    - ", subsequent_indent="      ") or ["    -"])
    return "\n".join(lines)


def _drift_line(ch: dict[str, Any]) -> str:
    t = ch["type"].replace("_", " ")
    side = ch.get("derived") or ch.get("original") or {}
    if "hedge" in ch:
        return f"{t}: '{ch['hedge']}' in: {side.get('text', '')}"
    return f"{t}: {side.get('text', '')}"

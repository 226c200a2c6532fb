"""Every text view in one place: records, chains, claim tables, article lists, search hits, stats.

Article text, titles and even file names come from the web and are untrusted in the terminal as much
as in a page: ``clean`` strips escape sequences and control characters from everything shown, and
every view goes through it. The views return plain strings, or rich renderables for the tables.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import Any

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

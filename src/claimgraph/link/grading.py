"""The Admiralty grade of a claim cluster: reliability of the best origin, credibility of the
information."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def reliability_table() -> dict[str, Any]:
    return json.loads(resources.files("claimgraph.link").joinpath("reliability.json").read_text("utf-8"))


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

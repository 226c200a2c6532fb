"""Hand-built article records for linking tests: each claim, source, place, date and figure
written out, so that a test says exactly what linking is given (no extraction model)."""

from __future__ import annotations

import re
from typing import Any

from claimgraph.model import (
    ArticleMeta,
    ArticleRecord,
    Claim,
    DateRef,
    Hop,
    Place,
    Quantity,
    Source,
    Span,
)


class Article:
    """An article built sentence by sentence: ``add`` appends a claim (its text is appended to the
    article text) with its source, hedges, places, dates and figures."""

    def __init__(self, aid: str, outlet: str | None = None, published: str | None = None, url: str | None = None):
        self.rec = ArticleRecord(article=ArticleMeta(id=aid, text="", outlet=outlet, published=published, url=url))
        self.text = ""

    def para(self, text: str) -> Article:
        """Text that is no claim (a credit line, a link to another story)."""
        self.text += text + "\n\n"
        self.rec.article.text = self.text
        return self

    def source(self, name: str, kind: str = "other", side: str = "unknown") -> str:
        for s in self.rec.sources:
            if s.name == name:
                return s.id
        sid = f"s{len(self.rec.sources) + 1}"
        self.rec.sources.append(Source(sid, name, kind, side))
        return sid

    def add(
        self,
        text: str,
        source: str | tuple[str, str] | None = None,
        hedges: tuple[str, ...] = (),
        places: tuple[tuple[str, str, str, str], ...] = (),
        dates: tuple[tuple[str, str, str, str], ...] = (),
        figures: tuple[tuple[float, str], ...] = (),
        verification: str = "not_stated",
        quote: bool = False,
        stance: str | None = None,
    ) -> Article:
        """``places``: (name, feature, gazetteer id, admin1) with country UA; ``dates``: (text, value,
        granularity, relation); ``figures``: (value, unit), found in the text by their digits."""
        start = len(self.text)
        self.text += text + "\n\n"
        rec = self.rec
        rec.article.text = self.text
        cid = f"c{len(rec.claims) + 1}"
        claim = Claim(cid, text, start, start + len(text), verification=verification, quote=quote)
        if source:
            name, kind = source if isinstance(source, tuple) else (source, "other")
            claim.attribution = [Hop(self.source(name, kind), Span("said", start, start + 4))]
            claim.stance = "reports"
        if stance:
            claim.stance = stance
        for h in hedges:
            i = text.find(h)
            claim.hedges.append(Span(h, start + max(i, 0), start + max(i, 0) + len(h)))
        for name, feature, gid, admin1 in places:
            i = max(text.find(name), 0)
            pid = f"p{len(rec.places) + 1}"
            rec.places.append(
                Place(pid, name, start + i, start + i + len(name), name, 48.0, 37.0, feature, "UA", admin1, gid)
            )
            claim.places.append(pid)
        for dtext, value, gran, rel in dates:
            i = max(text.find(dtext), 0)
            did = f"d{len(rec.dates) + 1}"
            rec.dates.append(DateRef(did, dtext, start + i, start + i + len(dtext), value, gran, None, rel))
            claim.dates.append(did)
        for value, unit in figures:
            m = re.search(re.escape(f"{value:g}"), text)
            i = m.start() if m else 0
            qid = f"n{len(rec.quantities) + 1}"
            rec.quantities.append(Quantity(qid, f"{value:g}", start + i, start + i + len(f"{value:g}"), value, unit))
            claim.quantities.append(qid)
        rec.claims.append(claim)
        return self

    def build(self) -> ArticleRecord:
        return self.rec


def by_member(corpus: Any) -> dict[tuple[str, str], str]:
    """(article, claim) -> cluster id."""
    return {(m.article, m.claim): cl.id for cl in corpus.claim_clusters for m in cl.members}

"""Hand-built records for the store tests (no model needed), with sentences written for them."""

from __future__ import annotations

from claimgraph.ingest import RawArticle
from claimgraph.model import (
    ArticleMeta,
    ArticleRecord,
    Claim,
    ClaimCluster,
    ClusterMember,
    CorpusArticle,
    CorpusRecord,
    Derivation,
    Hop,
    Place,
    Source,
    Span,
)


def make_record(aid: str, text: str, claims: list[dict], outlet: str = "Test Wire", published: str = "2025-05-01"):
    """A record whose claims are given as dicts: text, chain [(name, kind, side, canonical)], hedges, places
    [(name, lat, lon)], stance, verification. Offsets point into ``text`` where the claim text occurs."""
    rec = ArticleRecord(
        article=ArticleMeta(id=aid, text=text, outlet=outlet, published=published, title=f"{aid} title")
    )
    src_ids: dict[str, str] = {}
    for n, c in enumerate(claims, 1):
        hops = []
        for name, kind, side, canonical in c.get("chain", []):
            if name not in src_ids:
                sid = f"s{len(src_ids) + 1}"
                src_ids[name] = sid
                rec.sources.append(Source(sid, name, kind, side, [Span(name, 0, len(name))], canonical_id=canonical))
            hops.append(Hop(src_ids[name], Span("said", 0, 4), "statement"))
        start = max(text.find(c["text"]), 0)
        places = []
        for name, lat, lon in c.get("places", []):
            pid = f"p{len(rec.places) + 1}"
            rec.places.append(Place(pid, name, 0, len(name), name, lat, lon, country="UA", admin1="Kharkiv"))
            places.append(pid)
        rec.claims.append(
            Claim(
                f"c{n}",
                c["text"],
                start,
                start + len(c["text"]),
                attribution=hops,
                stance=c.get("stance", "reports"),
                verification=c.get("verification", "not_stated"),
                hedges=[Span(h, 0, len(h)) for h in c.get("hedges", [])],
                places=places,
            )
        )
    return rec


def put(st, rec: ArticleRecord) -> None:
    st.add(
        RawArticle(
            rec.article.text,
            f"{rec.article.id}.txt",
            id=rec.article.id,
            outlet=rec.article.outlet,
            published=rec.article.published,
            title=rec.article.title,
        )
    )
    st.save_record(rec)


def corpus(ids: list[str], derivations=(), clusters=()) -> CorpusRecord:
    """A corpus record over these articles: derivations (article, derived_from, drift changes) and clusters
    (id, [(article, claim)], grade reliability, credibility)."""
    return CorpusRecord(
        articles=[CorpusArticle(i) for i in ids],
        derivations=[Derivation(a, b, "rewrite", 0.5) for a, b, _ in derivations],
        claim_clusters=[
            ClaimCluster(
                cid,
                f"cluster {cid}",
                [ClusterMember(a, c) for a, c in members],
                origins=["ua-general-staff"],
                independent_confirmations=1,
                first_reported={"article": members[0][0], "date": "2025-05-01"},
                contradictions=[{"article": members[-1][0], "claim": members[-1][1], "why": "denied in the text"}],
                grade={"reliability": rel, "credibility": cred, "reason": "a test grade"},
            )
            for cid, members, rel, cred in clusters
        ],
        drift=[{"article": a, "derived_from": b, "changes": ch} for a, b, ch in derivations],
    )


GS = ("the General Staff", "military", "ua", "ua-general-staff")
MOD = ("the Defence Ministry", "government_body", "ru", "ru-mod")
WIRE = ("Reuters", "media_outlet", "international", "source:reuters")

"""JSON-LD: claims as schema.org ``Claim`` (``appearance`` the article it appears in, ``firstAppearance``
the earliest article of its claim cluster, ``author`` the source its chain leads back to), articles as
``NewsArticle``, and who copied whom as PROV-O: a verbatim copy or syndication ``prov:wasQuotedFrom``
its original, a rewrite or paraphrase ``prov:wasDerivedFrom`` it (claim by claim as well, where the two
claims share a cluster). The context is inline: reading the file never fetches anything."""

from __future__ import annotations

import json
from typing import IO, Any
from urllib.parse import quote

from ..hookspecs import hookimpl
from . import Bundle, Exporter, origin

CONTEXT = {
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "cg": "https://github.com/claimgraph/claimgraph/vocab#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# derivation kinds that repeat the original's words (a quotation, in PROV's terms)
QUOTING = {"copy", "syndication"}
PERSON_KINDS = {"state_official", "journalist", "expert", "unnamed"}


def article_iri(aid: str) -> str:
    return "urn:claimgraph:article:" + quote(aid, safe="")


def claim_iri(aid: str, cid: str) -> str:
    return f"urn:claimgraph:claim:{quote(aid, safe='')}:{quote(cid, safe='')}"


def source_iri(aid: str, src: Any) -> str:
    if src.canonical_id:
        return "urn:claimgraph:source:" + quote(src.canonical_id, safe="")
    return f"urn:claimgraph:source:{quote(aid, safe='')}:{quote(src.id, safe='')}"


class JsonLdExporter(Exporter):
    name = "jsonld"
    suffix = ".jsonld"
    description = "schema.org Claim and NewsArticle nodes, PROV-O derivations (JSON-LD, inline context)"

    def write(self, bundle: Bundle, out: IO[str]) -> int:
        graph: list[dict[str, Any]] = []
        first: dict[tuple[str, str], str] = {}
        cluster_of: dict[tuple[str, str], str] = {}
        for cl in bundle.clusters:
            fr = cl.get("first_reported_article")
            for m in cl.get("members", []):
                key = (m["article_id"], m["claim_id"])
                cluster_of[key] = cl["id"]
                if fr:
                    first[key] = fr
        by_cluster: dict[tuple[str, str], list[str]] = {}  # (cluster, article) -> claim ids
        for (aid, cid), clid in cluster_of.items():
            by_cluster.setdefault((clid, aid), []).append(cid)
        derived: dict[str, list[dict[str, Any]]] = {}
        for d in bundle.derivations:
            derived.setdefault(d["article"], []).append(d)
        n = 0
        for rec in bundle.records:
            a = rec.article
            node: dict[str, Any] = {"@id": article_iri(a.id), "@type": "schema:NewsArticle", "schema:identifier": a.id}
            if a.title:
                node["schema:headline"] = a.title
            if a.url:
                node["schema:url"] = {"@id": a.url}
            if a.published:
                node["schema:datePublished"] = a.published
            if a.outlet:
                node["schema:publisher"] = {"@type": "schema:Organization", "schema:name": a.outlet}
            for d in derived.get(a.id, []):
                prop = "prov:wasQuotedFrom" if d.get("kind") in QUOTING else "prov:wasDerivedFrom"
                node.setdefault(prop, []).append({"@id": article_iri(d["derived_from"])})
            graph.append(node)
            for c in rec.claims:
                key = (a.id, c.id)
                src = origin(rec, c)
                claim: dict[str, Any] = {
                    "@id": claim_iri(a.id, c.id),
                    "@type": "schema:Claim",
                    "schema:text": c.text,
                    "schema:appearance": {"@id": article_iri(a.id)},
                    "schema:firstAppearance": {"@id": article_iri(first.get(key, a.id))},
                    "cg:stance": c.stance,
                    "cg:verification": c.verification,
                    "cg:reviewed": {"@value": key in bundle.reviewed, "@type": "xsd:boolean"},
                }
                if src is not None:
                    claim["schema:author"] = {
                        "@id": source_iri(a.id, src),
                        "@type": "schema:Person" if src.kind in PERSON_KINDS else "schema:Organization",
                        "schema:name": src.name,
                        "cg:kind": src.kind,
                        "cg:side": src.side,
                    }
                elif a.outlet:
                    claim["schema:author"] = {"@type": "schema:Organization", "schema:name": a.outlet}
                if c.hedges:
                    claim["cg:hedge"] = [h.text for h in c.hedges]
                cl_id = cluster_of.get(key)
                for d in derived.get(a.id, []) if cl_id else []:
                    prop = "prov:wasQuotedFrom" if d.get("kind") in QUOTING else "prov:wasDerivedFrom"
                    for oc in by_cluster.get((str(cl_id), d["derived_from"]), []):
                        claim.setdefault(prop, []).append({"@id": claim_iri(d["derived_from"], oc)})
                graph.append(claim)
                n += 1
        json.dump({"@context": CONTEXT, "@graph": graph}, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return n


@hookimpl
def claimgraph_exporters():
    return [JsonLdExporter()]

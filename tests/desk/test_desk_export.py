"""Exports: CSV (ACLED-like), JSON Lines, GeoJSON (RFC 7946), JSON-LD (schema.org + PROV-O, read by rdflib)."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.corpus import Corpus


def export(db, fmt: str, tmp_path) -> str:
    out = tmp_path / f"x.{fmt}"
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8")


def test_csv_has_one_row_per_claim_with_acled_columns(demo_store, tmp_path):
    rows = list(csv.DictReader(io.StringIO(export(demo_store, "csv", tmp_path))))
    with Corpus(demo_store) as c:
        n_claims = c.stats()["claims"]
    assert len(rows) == n_claims
    for col in (
        "event_date",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "source",
        "source_chain",
        "stance",
        "verification",
        "hedges",
        "outlet",
        "url",
        "notes",
        "reviewed",
    ):
        assert col in rows[0]
    placed = [r for r in rows if r["location"]]
    assert placed and all(-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180 for r in placed)
    hedged = [r for r in rows if r["hedges"]]
    assert hedged and all(r["stance"] in ("asserts", "reports", "distances", "disputes") for r in rows)
    assert {r["reviewed"] for r in rows} <= {"yes", "no"}


def test_csv_cells_that_look_like_formulas_are_defused():
    from claimgraph.export.csvfile import safe_cell

    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("Drones hit a depot") == "Drones hit a depot"


def test_jsonl_is_one_valid_record_per_line(demo_store, tmp_path, shared):
    lines = export(demo_store, "jsonl", tmp_path).splitlines()
    schema = json.loads((shared / "schema/article.schema.json").read_text())
    assert len(lines) == 8
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_geojson_is_an_rfc7946_feature_collection_in_lon_lat_order(demo_store, tmp_path):
    fc = json.loads(export(demo_store, "geojson", tmp_path))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc and fc["features"]
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    port = next(f for f in fc["features"] if f["properties"]["name"].startswith("Izma"))
    lon, lat = port["geometry"]["coordinates"]
    assert 28 < lon < 29.5 and 45 < lat < 46  # Izmail on the Danube: longitude first
    assert any(f["properties"]["claims"] for f in fc["features"])


# rdflib's JSON-LD parser builds a ConjunctiveGraph inside, which rdflib itself now deprecates
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_jsonld_parses_as_schema_org_claims_with_prov_derivations(demo_store, tmp_path):
    from rdflib import RDF, Graph, Namespace, URIRef

    SDO = Namespace("https://schema.org/")
    PROV = Namespace("http://www.w3.org/ns/prov#")
    g = Graph().parse(data=export(demo_store, "jsonld", tmp_path), format="json-ld")
    claims = set(g.subjects(RDF.type, SDO.Claim))
    with Corpus(demo_store) as c:
        assert len(claims) == c.stats()["claims"]
    claim = next(iter(claims))
    assert g.value(claim, SDO.appearance) is not None and g.value(claim, SDO.firstAppearance) is not None
    assert any(g.value(c, SDO.author) is not None for c in claims)
    syn = URIRef("urn:claimgraph:article:e02_terminal_syndicated")
    orig = URIRef("urn:claimgraph:article:e01_terminal_post")
    rewrite = URIRef("urn:claimgraph:article:e03_terminal_rewrite")
    assert (syn, PROV.wasQuotedFrom, orig) in g
    assert (rewrite, PROV.wasDerivedFrom, orig) in g
    # claims of the rewrite point back to the original's claims of the same cluster
    assert any(
        str(o).startswith("urn:claimgraph:claim:e01_terminal_post") for o in g.objects(None, PROV.wasDerivedFrom)
    )


def test_an_unknown_format_is_a_usage_error(demo_store):
    r = CliRunner().invoke(main, ["export", "--db", str(demo_store), "--format", "xlsx"])
    assert r.exit_code == 2 and "csv" in r.output


def test_exporters_are_plugins():
    from claimgraph.plugins import exporters

    assert {"csv", "jsonl", "geojson", "jsonld"} <= set(exporters())

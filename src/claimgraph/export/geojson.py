"""GeoJSON (RFC 7946): a FeatureCollection with one Point feature per place mention that has
coordinates, ``[longitude, latitude]`` in that order (WGS 84, no ``crs`` member), carrying the claims
made about that place."""

from __future__ import annotations

import json
from typing import IO

from ..hookspecs import hookimpl
from . import Bundle, Exporter, chain_names


class GeoJsonExporter(Exporter):
    name = "geojson"
    suffix = ".geojson"
    description = "one point per place mention (RFC 7946, lon/lat), with its claims"

    def write(self, bundle: Bundle, out: IO[str]) -> int:
        features = []
        for rec in bundle.records:
            a = rec.article
            for p in rec.places:
                if p.lat is None or p.lon is None:
                    continue  # an unresolved name has no point to draw
                claims = [c for c in rec.claims if p.id in c.places]
                features.append(
                    {
                        "type": "Feature",
                        "id": f"{a.id}/{p.id}",
                        "geometry": {"type": "Point", "coordinates": [round(p.lon, 6), round(p.lat, 6)]},
                        "properties": {
                            "article": a.id,
                            "place": p.id,
                            "mention": p.text,
                            "name": p.name,
                            "country": p.country,
                            "admin1": p.admin1,
                            "feature": p.feature,
                            "gazetteer_id": p.gazetteer_id,
                            "outlet": a.outlet,
                            "published": a.published,
                            "url": a.url,
                            "claims": [
                                {
                                    "id": c.id,
                                    "text": c.text,
                                    "stance": c.stance,
                                    "verification": c.verification,
                                    "source_chain": chain_names(rec, c),
                                    "reviewed": (a.id, c.id) in bundle.reviewed,
                                }
                                for c in claims
                            ],
                        },
                    }
                )
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        return len(features)


@hookimpl
def claimgraph_exporters():
    return [GeoJsonExporter()]

"""JSON Lines: one article record per line (``shared/schema/article.schema.json``)."""

from __future__ import annotations

import json
from typing import IO

from ..hookspecs import hookimpl
from . import Bundle, Exporter


class JsonlExporter(Exporter):
    name = "jsonl"
    suffix = ".jsonl"
    description = "one article record per line (the record schema)"

    def write(self, bundle: Bundle, out: IO[str]) -> int:
        n = 0
        for rec in bundle.records:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n


@hookimpl
def claimgraph_exporters():
    return [JsonlExporter()]

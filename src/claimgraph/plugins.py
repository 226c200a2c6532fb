"""The plugin manager, with the built-in plugins registered as defaults (the datasette way)."""

from __future__ import annotations

import importlib
from functools import lru_cache

import pluggy

from . import hookspecs

DEFAULT_PLUGINS = (
    "claimgraph.ingest.jsonl",
    "claimgraph.ingest.warc",
    "claimgraph.ingest.rss",
    "claimgraph.ingest.html",
    "claimgraph.ingest.text",
    "claimgraph.ingest.telegram",
    "claimgraph.export.csvfile",
    "claimgraph.export.jsonl",
    "claimgraph.export.geojson",
    "claimgraph.export.jsonld",
)


@lru_cache(maxsize=1)
def get_plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("claimgraph")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name)
    pm.load_setuptools_entrypoints("claimgraph")
    return pm


def readers() -> list:
    """All readers, most specific first (plugins registered later are asked first)."""
    out: list = []
    for group in get_plugin_manager().hook.claimgraph_readers():
        out.extend(group or [])
    return sorted(out, key=lambda r: -r.priority)


def exporters() -> dict:
    """Every export format by name; a plugin registered later replaces a built-in of the same name."""
    out: dict = {}
    for group in reversed(get_plugin_manager().hook.claimgraph_exporters()):
        for e in group or []:
            out[e.name] = e
    return out

"""Plugin hooks (pluggy). The built-in readers and exporters are ordinary plugins
registered in ``plugins.DEFAULT_PLUGINS``; a user can add a reader for their own
archive format by registering a module with the same ``@hookimpl``."""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("claimgraph")
hookimpl = pluggy.HookimplMarker("claimgraph")


@hookspec
def claimgraph_readers():  # type: ignore[no-untyped-def]
    """Return a list of ``ingest.base.Reader`` objects this plugin provides."""


@hookspec
def claimgraph_exporters():  # type: ignore[no-untyped-def]
    """Return a list of ``export.Exporter`` objects this plugin provides (``claimgraph export --format``)."""

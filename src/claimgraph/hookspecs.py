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


@hookspec
def claimgraph_components():  # type: ignore[no-untyped-def]
    """Return a list of ``extract.registry.Component`` objects this plugin adds to extraction.
    Each declares what it requires and assigns; the pipeline checks them when it is built. A
    component's ``after`` names the component it runs after (None: at the end). A name already
    registered (a built-in's included) is an error: a plugin adds, it never silently replaces."""

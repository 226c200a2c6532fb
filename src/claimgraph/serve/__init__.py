"""The web app and HTTP API: ``create_app(settings, store)`` (served by ``claimgraph serve``)."""

from __future__ import annotations

from .app import create_app
from .config import ServeSettings

__all__ = ["ServeSettings", "create_app"]

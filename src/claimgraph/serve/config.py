"""The web app's options live in ``settings.ServeSettings`` (the ``serve`` section of ``Settings``)."""

from __future__ import annotations

from typing import Any

from ..settings import ServeSettings, Settings


def serve_settings(settings: Any) -> ServeSettings:
    """The serve section of whatever the caller has: a Settings, a ServeSettings, or None (the defaults)."""
    if settings is None:
        return ServeSettings()
    if isinstance(settings, ServeSettings):
        return settings
    if isinstance(settings, Settings):
        return settings.serve
    raise TypeError(f"create_app: settings must be a Settings or ServeSettings, not {type(settings).__name__}")


__all__ = ["ServeSettings", "serve_settings"]

"""The web app's options, each with the reason for its default.

Until the project-wide ``settings.py`` carries a ``serve`` section, ``create_app`` takes this object (or any
object with a ``serve`` attribute holding one, or with these attribute names).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(slots=True)
class ServeSettings:
    # localhost only by default: the store may hold unpublished material and review accounts
    host: str = "127.0.0.1"
    port: int = 8000
    # No tiles by default: fetching tiles tells a third party which places an analyst looks at, and desks
    # often work offline; markers and the place list work without them. Set an {z}/{x}/{y} URL to use one.
    tile_url: str = ""
    tile_attribution: str = ""
    # Off by default (a local, single-desk tool); on for a shared deployment of sensitive material.
    require_login_to_read: bool = False
    # One working day: long enough not to interrupt a review session, short enough that a lost laptop expires.
    session_max_age_s: int = 8 * 3600
    # Five failures per five minutes per address and per account: a person mistyping is not slowed,
    # password guessing is held to 60 tries an hour.
    login_attempts: int = 5
    login_window_s: int = 300
    # HMAC key for sessions and CSRF tokens; None picks a random one per process (a restart logs users out).
    secret_key: str | None = None
    # Page sizes: a screenful by default; the cap bounds what one request can make the server do.
    page_size: int = 50
    max_page_size: int = 500


def serve_settings(settings: Any) -> ServeSettings:
    """The serve options of whatever settings object the caller has (None: the defaults)."""
    if settings is None:
        return ServeSettings()
    if isinstance(settings, ServeSettings):
        return settings
    section = getattr(settings, "serve", None)
    if section is not None and section is not settings:
        return serve_settings(section)
    if isinstance(settings, dict):
        return ServeSettings(**{f.name: settings[f.name] for f in fields(ServeSettings) if f.name in settings})
    return ServeSettings(
        **{f.name: getattr(settings, f.name) for f in fields(ServeSettings) if hasattr(settings, f.name)}
    )

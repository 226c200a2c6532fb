"""Every option and threshold of claimgraph in one object (the trafilatura way).

``Settings`` has one frozen section per stage: ``ingest``, ``extract``, ``link``, ``store``, ``serve``. Each field
carries a one-line comment giving the reason for its default; a stage reads its own section and nothing
else. Settings are loaded in one place, in this order, each later layer overriding the earlier:

1. the defaults written here;
2. a ``claimgraph.toml`` (``[ingest]``, ``[extract]``, ``[link]``, ``[store]``, ``[serve]`` tables; the file given, or
   ``./claimgraph.toml`` when it exists);
3. overrides from the caller (CLI flags): ``{"extract": {"batch_size": 16}}`` or
   ``{"extract.batch_size": 16}``.

An unknown section or field, or a value of the wrong type, is an error naming the file (or "overrides")
and the key. ``settings_hash()`` is a short, stable digest of every value: each record names the hash of
the settings that made it, so two records made under different settings can be told apart.

To add a field: add it to your section with a default and a ``# reason`` comment. Nothing else is needed
(the loader, the hash and the TOML reading are generic over the dataclass fields).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_TOML = "claimgraph.toml"


class SettingsError(ValueError):
    """A settings file or override that cannot be applied (the message names where and what)."""


_MB = 1024 * 1024


@dataclass(frozen=True)
class IngestSettings:
    """Size limits the readers apply while reading, before parsing (``claimgraph.ingest``)."""

    # an article over 5 MB of text is not an article (a book, a dump, a log)
    max_text_bytes: int = 5 * _MB
    # page markup beyond this is inline scripts and data; parsing it costs seconds and gigabytes
    max_html_bytes: int = 8 * _MB
    # one JSON Lines line: a 5 MB text escaped as JSON (quotes, \uXXXX) with its metadata
    max_line_bytes: int = 32 * _MB
    # feedparser holds a whole feed in memory; a feed is a list of entries, not an archive
    max_feed_bytes: int = 64 * _MB
    # a sidecar (NAME.meta.json) carries a handful of fields: published, outlet, url, title
    max_sidecar_bytes: int = 64 * 1024


@dataclass(frozen=True)
class ExtractSettings:
    """Options of extraction (``claimgraph.extract``) and of the grounding below it."""

    # None runs every registered component; a tuple names the ones to run (the pipeline checks the contracts)
    components: tuple[str, ...] | None = None
    # articles per nlp.pipe batch: spaCy is markedly faster on batches than on one text at a time
    batch_size: int = 32
    # longer texts are parsed in pieces cut at paragraph breaks: the parser needs about 1 GB per
    # 100,000 characters, and spaCy refuses texts over its max_length (1,000,000) outright
    max_parse_chars: int = 100_000
    # segment: a first paragraph shorter than this without closing punctuation is a headline
    headline_max_chars: int = 160
    # evidence: an unpunctuated line of at most this many words inside an article is a sub-heading
    subheading_max_words: int = 12
    # segment: datelines ("KYIV (Test Wire) -") are looked for in the first few units only
    dateline_units: int = 3
    # segment: a repeated passage shorter than this (normalised) is a stock phrase, not a duplicate
    duplicate_min_chars: int = 40
    # claims: a tail after a comma longer than this is content, not a trailing frame ("..., X said")
    trailing_frame_max_tokens: int = 40
    # claims: how far after a reporting verb its content clause ("that ...") may start
    leading_frame_max_tokens: int = 24
    # claims: the longest hop set off by commas between a verb and its content ("said, citing X, that")
    inserted_hop_max_tokens: int = 14
    # claims: frames nested in frames read at most this deep ("A told B that C, B wrote" is depth 2)
    max_frame_depth: int = 3
    # claims: pieces shorter than this (characters, words) are fragments, not claims
    min_claim_chars: int = 8
    min_claim_words: int = 3
    # quotes: a quoted sentence of at most this many words ("It has not.") joins the one before
    elliptical_sentence_words: int = 3
    # quotes: fewer words than this in quotation marks is a scare quote or a title, not speech
    min_quote_words: int = 3


@dataclass(frozen=True)
class LinkSettings:
    """Options of linking (derivations, clusters, identities, drift)."""

    # MinHash LSH: a low Jaccard threshold finds rewrites; the text check after it decides
    candidate_threshold: float = 0.05
    num_perm: int = 128
    # a later text whose distinctive phrases are mostly the earlier one's is a copy
    copy_containment: float = 0.75
    # a rewrite keeps at least this share of phrases, of non-figure wording and of claim order
    rewrite_containment: float = 0.12
    rewrite_wording: float = 0.1
    rewrite_order: float = 0.5
    # a credit line with this much shared wording is syndication (less: the credit alone is a cite)
    syndication_containment: float = 0.3
    # naming an outlet makes a cite only with this many rare names and figures in common
    cites_anchors: int = 3
    # parents kept per article: the best, plus named sources (a tree, not every pair)
    max_parents: int = 3
    # two claims of different articles are one claim at this similarity of content words
    cluster_threshold: float = 0.42
    # drift: a derived claim rewrites an original one at this similarity (the pair is known to be related)
    drift_match: float = 0.35


@dataclass(frozen=True)
class StoreSettings:
    """Options of the store."""

    # where the store lives when no --db is given: one SQLite file in the working folder, or postgresql://...
    url: str = "claimgraph.db"
    # PRAGMA quick_check reads every page on open: cheap (well under a second) up to this size, skipped above
    quick_check_max_bytes: int = 256 * 1024 * 1024
    # seconds a writer waits for another process's write lock before giving up (writes are short transactions)
    busy_timeout_s: float = 60.0
    # claim ids (8 bytes each) that the read cache of filtered claim lists holds: a page of a filter is then a
    # slice, and its total a length, instead of a pass over every claim; 2 million is 16 MB
    claim_cache_ids: int = 2_000_000


@dataclass(frozen=True)
class ServeSettings:
    """Options of the web app and HTTP API (``claimgraph serve``)."""

    # localhost only by default: the store may hold unpublished material and review accounts
    host: str = "127.0.0.1"
    # the usual port of a local development server
    port: int = 8000
    # no map tiles by default: fetching tiles tells a third party which places an analyst looks at, and desks
    # often work offline; markers and the place list work without them. An {z}/{x}/{y} URL turns them on
    tile_url: str = ""
    # the attribution the tile provider requires, shown on the map
    tile_attribution: str = ""
    # off by default (a local, single-desk tool); on for a shared deployment of sensitive material
    require_login_to_read: bool = False
    # one working day: long enough not to interrupt a review session, short enough that a lost laptop expires
    session_max_age_s: int = 8 * 3600
    # five failed logins per five minutes per address and per account: a person mistyping is not slowed,
    # password guessing is held to 60 tries an hour
    login_attempts: int = 5
    login_window_s: int = 300
    # HMAC key of sessions and CSRF tokens; None picks a random one per process (a restart logs users out)
    secret_key: str | None = None
    # a screenful of rows per page
    page_size: int = 50
    # the most rows one request may ask for: bounds what a single request can make the server do
    max_page_size: int = 500
    # rendered pages kept per server process, keyed by the store's data version, the URL and the user: a page
    # read again before the next write is served without a query; 64 MB is a few thousand pages
    page_cache_bytes: int = 64 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """All settings, one frozen section per stage."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    link: LinkSettings = field(default_factory=LinkSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Plain values (tuples as lists), the form TOML and JSON use."""
        return json.loads(json.dumps(dataclasses.asdict(self)))

    def settings_hash(self) -> str:
        """A short digest of every value, stable across processes, runs and Python versions. Worked out once
        per (frozen) object: the deep copy to plain values costs more than some components."""
        got = self.__dict__.get("_settings_hash")
        if got is None:
            blob = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
            got = hashlib.sha256(blob.encode("ascii")).hexdigest()[:16]
            object.__setattr__(self, "_settings_hash", got)  # not a field: equality, repr and asdict ignore it
        return got


SECTIONS = tuple(f.name for f in fields(Settings))


def settings_hash(settings: Settings | None = None) -> str:
    """The hash of ``settings`` (the defaults when none is given)."""
    return (settings or Settings()).settings_hash()


def _coerce(value: Any, tp: Any, where: str) -> Any:
    """``value`` as a value of the annotated type ``tp``, or a ``SettingsError`` naming ``where``."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for a in args:
            if a is type(None):
                continue
            try:
                return _coerce(value, a, where)
            except SettingsError as e:
                errors.append(str(e))
        raise SettingsError(errors[0] if errors else f"{where}: cannot be {value!r}")
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise SettingsError(f"{where}: expected a list, got {type(value).__name__}")
        args = typing.get_args(tp)
        item = args[0] if args else Any
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if tp is Any:
        return value
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float) and isinstance(value, bool):
        raise SettingsError(f"{where}: expected {tp.__name__}, got bool")
    if isinstance(tp, type) and not isinstance(value, tp):
        raise SettingsError(f"{where}: expected {tp.__name__}, got {type(value).__name__} {value!r}")
    return value


def _apply(settings: Settings, layer: Mapping[str, Any], origin: str) -> Settings:
    """``settings`` with the values of one layer (nested tables or dotted keys) applied."""
    nested: dict[str, dict[str, Any]] = {}
    for key, value in layer.items():
        if "." in key:
            sec, _, name = key.partition(".")
            nested.setdefault(sec, {})[name] = value
        elif isinstance(value, Mapping):
            nested.setdefault(key, {}).update(value)
        else:
            raise SettingsError(f"{origin}: '{key}' is not a section (expected one of {', '.join(SECTIONS)})")
    out = settings
    for sec, values in nested.items():
        if sec not in SECTIONS:
            raise SettingsError(f"{origin}: unknown section '{sec}' (expected one of {', '.join(SECTIONS)})")
        section = getattr(out, sec)
        hints = typing.get_type_hints(type(section))
        known = {f.name for f in fields(section)}
        changes = {}
        for name, value in values.items():
            if name not in known:
                raise SettingsError(f"{origin}: unknown setting '{sec}.{name}'")
            changes[name] = _coerce(value, hints[name], f"{origin}: {sec}.{name}")
        out = replace(out, **{sec: replace(section, **changes)})
    return out


def load_settings(toml_path: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """Defaults, then a ``claimgraph.toml`` (``toml_path``, or ``./claimgraph.toml`` when it exists),
    then ``overrides``. Raises ``SettingsError`` naming the file or key at fault."""
    settings = Settings()
    path = Path(toml_path) if toml_path is not None else Path(DEFAULT_TOML)
    if toml_path is not None or path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise SettingsError(f"{path}: cannot read settings ({e.strerror or e})") from e
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise SettingsError(f"{path}: not valid TOML ({e})") from e
        settings = _apply(settings, data, str(path))
    if overrides:
        settings = _apply(settings, overrides, "overrides")
    return settings


__all__ = [
    "ExtractSettings",
    "LinkSettings",
    "ServeSettings",
    "Settings",
    "SettingsError",
    "StoreSettings",
    "load_settings",
    "settings_hash",
]

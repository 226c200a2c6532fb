"""One typed loader for the word lists the rules rely on: ``src/claimgraph/data/<lang>/<name>.json``.

Every list is one JSON file of this shape::

    {
      "about": "Reporting verbs that introduce attributed content (lemmas).",
      "kind": "words",
      "entries": ["say", "tell", "announce"]
    }

``about`` (required, a non-empty string) says what the list is and why it exists. ``kind`` is one of:

- ``"words"``: ``entries`` is a list of strings (lemmas, phrases or regular expressions); order is kept,
  duplicates are an error. Read it with ``words()`` (a frozenset) or ``Lexicon.items`` (the ordered tuple).
- ``"labelled"``: ``entries`` is a list of ``[string, label]`` pairs, order kept (ordered cascades such
  as "pattern -> kind", where the first match wins). Read it with ``labelled()``.
- ``"map"``: ``entries`` is an object from string to any JSON value (e.g. a word to its sets of
  compatible kinds). Read it with ``mapping()``.

Files are read once per process (cached). A missing or malformed file raises ``LexiconError`` naming the
file and the problem; nothing is downloaded and nothing falls back silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("words", "labelled", "map")

Kind = Literal["words", "labelled", "map"]


class LexiconError(ValueError):
    """A word list that is missing or malformed (the message names the file)."""


@dataclass(frozen=True)
class Lexicon:
    """One word list: where it came from, what it is, and its entries in file order."""

    lang: str
    name: str
    path: Path
    about: str
    kind: Kind
    items: tuple[Any, ...]  # words: strings; labelled: (string, label) pairs; map: (key, value) pairs

    def words(self) -> frozenset[str]:
        self._expect("words")
        return frozenset(self.items)

    def labelled(self) -> tuple[tuple[str, str], ...]:
        self._expect("labelled")
        return self.items

    def mapping(self) -> Mapping[str, Any]:
        self._expect("map")
        return MappingProxyType(dict(self.items))

    def _expect(self, kind: str) -> None:
        if self.kind != kind:
            raise LexiconError(f"{self.path}: is a '{self.kind}' list, read as '{kind}'")


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    return value


def _parse(lang: str, name: str, path: Path) -> Lexicon:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{path}: word list '{lang}/{name}' not found") from None
    except OSError as e:
        raise LexiconError(f"{path}: cannot read word list ({e.strerror or e})") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: not valid JSON ({e})") from e
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a JSON object with 'about', 'kind' and 'entries'")
    extra = set(data) - {"about", "kind", "entries"}
    if extra:
        raise LexiconError(f"{path}: unknown keys {sorted(extra)}")
    about, kind, entries = data.get("about"), data.get("kind"), data.get("entries")
    if not isinstance(about, str) or not about.strip():
        raise LexiconError(f"{path}: 'about' must be a non-empty string saying what the list is")
    if kind not in KINDS:
        raise LexiconError(f"{path}: 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    items: tuple[Any, ...]
    if kind == "words":
        if not isinstance(entries, list) or not all(isinstance(e, str) and e for e in entries):
            raise LexiconError(f"{path}: 'entries' must be a list of non-empty strings")
        dup = sorted({e for e in entries if entries.count(e) > 1})
        if dup:
            raise LexiconError(f"{path}: duplicate entries {dup}")
        items = tuple(entries)
    elif kind == "labelled":
        ok = isinstance(entries, list) and all(
            isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) and x for x in e) for e in entries
        )
        if not ok:
            raise LexiconError(f"{path}: 'entries' must be a list of [string, label] pairs")
        items = tuple((e[0], e[1]) for e in entries or ())
    else:
        if not isinstance(entries, dict):
            raise LexiconError(f"{path}: 'entries' must be an object")
        items = tuple((k, _freeze(v)) for k, v in entries.items())
    return Lexicon(lang=lang, name=name, path=path, about=about, kind=kind, items=items)


@cache
def _load_cached(lang: str, name: str, root: Path) -> Lexicon:
    if not lang or "/" in lang or "\\" in lang or lang.startswith("."):
        raise LexiconError(f"{root}: invalid language code {lang!r}")
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise LexiconError(f"{root / lang}: invalid word list name {name!r}")
    return _parse(lang, name, root / lang / f"{name}.json")


def load(lang: str, name: str, root: str | Path | None = None) -> Lexicon:
    """The word list ``<root>/<lang>/<name>.json`` (root: the package's ``data`` folder), cached."""
    return _load_cached(lang, name, Path(root) if root is not None else DATA_DIR)


def words(lang: str, name: str, root: str | Path | None = None) -> frozenset[str]:
    """A ``"words"`` list as a frozenset."""
    return load(lang, name, root).words()


def labelled(lang: str, name: str, root: str | Path | None = None) -> tuple[tuple[str, str], ...]:
    """A ``"labelled"`` list as ordered ``(string, label)`` pairs."""
    return load(lang, name, root).labelled()


def mapping(lang: str, name: str, root: str | Path | None = None) -> Mapping[str, Any]:
    """A ``"map"`` list as a read-only mapping."""
    return load(lang, name, root).mapping()


def available(lang: str, root: str | Path | None = None) -> list[str]:
    """The names of the word lists present for ``lang``."""
    base = (Path(root) if root is not None else DATA_DIR) / lang
    return sorted(p.stem for p in base.glob("*.json"))


__all__ = ["DATA_DIR", "Lexicon", "LexiconError", "available", "labelled", "load", "mapping", "words"]

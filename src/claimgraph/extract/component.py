"""The declaration of an extraction component: name, version, what it requires and assigns.

Kept apart from ``registry`` (which orders and checks the declarations) so that the modules that
declare components import only this, and the registry can import the built-ins without a loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .state import GIVEN, RECORD_FIELDS, STATE_FIELDS, ArticleState

ANY_LANGUAGE = "*"
KNOWN_FIELDS = frozenset(GIVEN) | frozenset(STATE_FIELDS) | frozenset(RECORD_FIELDS)


class PipelineError(RuntimeError):
    """The declared components do not make a working pipeline (raised when it is built)."""


@dataclass(frozen=True)
class Component:
    """One extraction step: ``fn(state)`` reads ``requires`` and writes ``assigns``."""

    name: str  # "claimgraph.claims": a dotted name, the package first
    version: str  # changes whenever the output on the same input changes
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    fn: Callable[[ArticleState], None]
    languages: tuple[str, ...] = (ANY_LANGUAGE,)  # the article languages it runs on ("*": any)
    after: str | None = None  # for plugin components: run right after this one (None: at the end)

    def runs_on(self, language: str | None) -> bool:
        return ANY_LANGUAGE in self.languages or (language or "en") in self.languages

    def describe(self) -> dict[str, object]:
        """The declaration without the function (what the registry snapshot test pins)."""
        return {
            "name": self.name,
            "version": self.version,
            "requires": list(self.requires),
            "assigns": list(self.assigns),
            "languages": list(self.languages),
        }

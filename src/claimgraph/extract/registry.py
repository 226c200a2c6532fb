"""Declared extraction components, in the manner of spaCy's factories.

A ``Component`` is a plain function ``fn(state)`` with a name, a version and a contract: what it
``requires`` of the article state and what it ``assigns``. The names in a contract are the fields
of ``ArticleState`` (``units``, ``drafts``, ...) and of the record (``record.claims``, ...); the
given fields (``text``, ``meta``, ``published``, ``record``, ``settings``, ``parsed``) need no
component. The built-ins are one ordered tuple in ``components.py``; third-party components come
through the ``claimgraph_components`` hook on the plugin manager that also serves the readers.

``build_pipeline(settings)`` resolves the order (built-ins first; a plugin component goes after
the component it names in ``after``, or at the end) and checks every contract before any
article runs: a component whose ``requires`` no earlier component assigns, an unknown field, two
components with one name, or a name in ``settings.extract.components`` that nothing registers is a
``PipelineError`` at start-up, never a ``KeyError`` in the middle of a run.

Versions: a component's version changes whenever its output on the same input changes. Version "1"
was the first release of each built-in; the redesign (issue #10) gave every built-in whose rules
changed since then version "2" (all of them: attribution changed in ten commits, sources in four,
segment, evidence and hedges in three or more, dates, quantities and places in three to eight) —
"2" is the behaviour at the redesign, measured unchanged on the bench. Bump a version in the same
commit that changes what the component writes; ``tests/extract/test_registry.py`` pins them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..settings import Settings
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


@dataclass(frozen=True)
class Pipeline:
    """The checked, ordered components one run uses."""

    components: tuple[Component, ...]

    def for_language(self, language: str | None) -> tuple[Component, ...]:
        """The components for an article in ``language``; one that no component declares is read with
        the English ones."""
        lang = language or "en"
        if not any(lang in c.languages for c in self.components):
            lang = "en"
        return tuple(c for c in self.components if c.runs_on(lang))

    def names(self) -> list[str]:
        return [c.name for c in self.components]


def plugin_components() -> list[Component]:
    """Components registered through the ``claimgraph_components`` hook, in registration order."""
    from ..plugins import get_plugin_manager

    out: list[Component] = []
    for group in reversed(get_plugin_manager().hook.claimgraph_components()):
        for c in group or []:
            if not isinstance(c, Component):
                raise PipelineError(f"a claimgraph_components hook returned {c!r}, not a Component")
            out.append(c)
    return out


def order(builtins: Sequence[Component], extra: Iterable[Component]) -> list[Component]:
    """Built-ins in their order, then each extra component after the one it names (or at the end)."""
    seq = list(builtins)
    seen = {c.name for c in seq}
    for c in extra:
        if c.name in seen:
            raise PipelineError(f"component '{c.name}' is registered twice (a plugin cannot replace a built-in)")
        seen.add(c.name)
        if c.after is None:
            seq.append(c)
            continue
        at = next((i for i, o in enumerate(seq) if o.name == c.after), None)
        if at is None:
            raise PipelineError(f"component '{c.name}' wants to run after '{c.after}', which is not registered")
        seq.insert(at + 1, c)
    return seq


def check(
    components: Sequence[Component], languages: Iterable[str] = ("en",), registered: Sequence[Component] = ()
) -> None:
    """Raise ``PipelineError`` unless every component's ``requires`` is given or assigned by an earlier
    component that runs on the same language, and every declared name is a known field.
    ``registered``: every component known (the message names those that would assign what is missing)."""
    for c in components:
        for f in c.requires + c.assigns:
            if f not in KNOWN_FIELDS:
                raise PipelineError(f"component '{c.name}' declares '{f}', which is not a field of the article state")
        if set(c.assigns) & set(GIVEN):
            raise PipelineError(f"component '{c.name}' assigns a given field {sorted(set(c.assigns) & set(GIVEN))}")
    for lang in languages:
        have = set(GIVEN)
        for c in components:
            if not c.runs_on(lang):
                continue
            missing = [f for f in c.requires if f not in have]
            if missing:
                makers = [o.name for o in (*components, *registered) if set(missing) & set(o.assigns)]
                makers = list(dict.fromkeys(makers))
                hint = f" (assigned by {', '.join(makers)}, which must run before it)" if makers else ""
                raise PipelineError(
                    f"component '{c.name}' requires {', '.join(missing)}, which no earlier component assigns "
                    f"for language '{lang}'{hint}"
                )
            have.update(c.assigns)


def build_pipeline(settings: Settings | None = None, builtins: Sequence[Component] | None = None) -> Pipeline:
    """The checked pipeline for ``settings``: built-ins, then plugin components; only those named in
    ``settings.extract.components`` when it is set. Raises ``PipelineError`` at once when the
    declarations do not fit together."""
    if builtins is None:
        from .components import BUILTINS

        builtins = BUILTINS
    settings = settings or Settings()
    seq = full = order(builtins, plugin_components())
    wanted = settings.extract.components
    if wanted is not None:
        known = {c.name for c in seq}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            raise PipelineError(f"settings name unknown components: {', '.join(unknown)}")
        seq = [c for c in seq if c.name in wanted]
    langs = {"en"} | {lang for c in seq for lang in c.languages if lang != ANY_LANGUAGE}
    check(seq, sorted(langs), registered=full)
    return Pipeline(tuple(seq))

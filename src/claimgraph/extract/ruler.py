"""The model's ``attribute_ruler`` run without spaCy's ``Matcher``: the same patterns, the same
attributes set on the same tokens in the same order, at a fraction of the cost.

The English model's ruler maps every fine tag to its coarse tag and features (a tag map) and fixes a
few words ('was' is AUX, 'gonna' is 'go' + 'to'): 179 patterns of one or two tokens, each token a set
of equality, ``IN``, ``NOT_IN`` or ``REGEX`` tests on ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``.
spaCy's ``Matcher`` walks all of them over every token and the ruler makes a ``Span`` per match, which
was about a sixth of the whole parse. Here the patterns are read from the loaded ruler and indexed by
the word or tag their first token needs, the four columns are read once per ``Doc`` with ``to_array``,
and the matches are applied exactly as ``AttributeRuler.set_annotations`` applies them: every match
found first (on the attributes as the parser left them), then sorted by (pattern group, start, end),
each group's attributes set with spaCy's own ``set_token_attrs`` on the token at the group's index.

A ruler with any pattern outside that set (an operator, another attribute, another predicate) is
left as it is (``compile_patterns`` returns ``None``), so a different model still gets spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FACTORY = "claimgraph_attribute_ruler"
COLUMNS = (TAG, LOWER, DEP, IS_SPACE)  # the order of the columns read with Doc.to_array
_COLUMN = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_FLAG = 3

Test = Callable[[tuple[int, ...]], bool]  # one token's columns -> whether the token passes


class Unsupported(ValueError):
    """A pattern this module does not reproduce exactly (the shipped ruler is then kept)."""


def _token_test(spec: dict[str, Any], strings: Any, text: Callable[[int], str]) -> tuple[Test, tuple | None]:
    """One token of a pattern as a test on its columns, and the key it can be looked up by first:
    ``("LOWER"|"TAG", hashes)`` when the token needs one of those values, else ``None``."""
    checks: list[Test] = []
    keys: dict[str, tuple[int, ...]] = {}
    for name, want in spec.items():
        col = _COLUMN.get(name.upper()) if isinstance(name, str) else None
        if col is None:
            raise Unsupported(f"attribute {name!r}")
        if col == _FLAG:
            if not isinstance(want, bool):
                raise Unsupported(f"{name}: {want!r}")
            flag = int(want)
            checks.append(_equal(_FLAG, flag))
            continue
        if isinstance(want, str):
            h = strings.add(want)
            checks.append(_equal(col, h))
            keys.setdefault(name.upper(), (h,))
            continue
        if not isinstance(want, dict) or len(want) != 1:
            raise Unsupported(f"{name}: {want!r}")
        ((op, arg),) = want.items()
        if op in ("IN", "NOT_IN"):
            if not isinstance(arg, list | tuple) or not all(isinstance(v, str) for v in arg):
                raise Unsupported(f"{name}: {want!r}")
            hs = frozenset(strings.add(v) for v in arg)
            if op == "IN":
                checks.append(_among(col, hs))
                keys.setdefault(name.upper(), tuple(sorted(hs)))
            else:
                checks.append(_among(col, hs, False))
        elif op == "REGEX" and isinstance(arg, str):
            checks.append(_search(col, re.compile(arg), text))
        else:
            raise Unsupported(f"{name}: {want!r}")
    if not checks:
        raise Unsupported("a token with no test")
    key = next(((k, keys[k]) for k in ("LOWER", "TAG") if k in keys), None)
    if len(checks) == 1:
        return checks[0], key
    return _every(tuple(checks)), key


def _equal(col: int, value: int) -> Test:
    def test(c: tuple[int, ...]) -> bool:
        return c[col] == value

    return test


def _among(col: int, values: frozenset[int], inside: bool = True) -> Test:
    def test(c: tuple[int, ...]) -> bool:
        return (c[col] in values) is inside

    return test


def _search(col: int, rx: re.Pattern[str], text: Callable[[int], str]) -> Test:
    def test(c: tuple[int, ...]) -> bool:
        return rx.search(text(c[col])) is not None

    return test


def _every(tests: tuple[Test, ...]) -> Test:
    def test(c: tuple[int, ...]) -> bool:
        return all(t(c) for t in tests)

    return test


class Compiled:
    """The ruler's patterns indexed for matching one ``Doc``'s columns."""

    CACHE = 200_000  # rows remembered (a token's four columns decide its one-token tests)

    def __init__(self, patterns: Iterable[dict[str, Any]], strings: Any) -> None:
        self._text: dict[int, str] = {}
        self._strings = strings
        self.by_lower: dict[int, list[tuple[int, tuple[Test, ...]]]] = {}
        self.by_tag: dict[int, list[tuple[int, tuple[Test, ...]]]] = {}
        self.always: list[tuple[int, tuple[Test, ...]]] = []
        for group, p in enumerate(patterns):
            for pattern in p["patterns"]:
                if not pattern or not all(isinstance(t, dict) for t in pattern):
                    raise Unsupported(f"pattern {pattern!r}")
                tests = [_token_test(t, strings, self.text) for t in pattern]
                entry = (group, tuple(t for t, _k in tests))
                key = tests[0][1]
                if key is None:
                    self.always.append(entry)
                    continue
                index = self.by_lower if key[0] == "LOWER" else self.by_tag
                for h in key[1]:
                    index.setdefault(h, []).append(entry)
        # what a token's own columns decide: the one-token groups it matches, and the longer
        # patterns whose first token it passes (the rest of those is checked on the next tokens)
        self._first: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[tuple[int, tuple[Test, ...]], ...]]] = {}

    def text(self, h: int) -> str:
        got = self._text.get(h)
        if got is None:
            got = self._text[h] = self._strings[h]
        return got

    def _decide(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[tuple[int, tuple[Test, ...]], ...]]:
        single: list[int] = []
        longer: list[tuple[int, tuple[Test, ...]]] = []
        for entries in (self.by_lower.get(row[1]), self.by_tag.get(row[0]), self.always):
            for entry in entries or ():
                group, tests = entry
                if tests[0](row):
                    if len(tests) == 1:
                        single.append(group)
                    else:
                        longer.append(entry)
        if len(self._first) >= self.CACHE:
            self._first.clear()
        got = self._first[row] = (tuple(single), tuple(longer))
        return got

    def matches(self, cols: list[tuple[int, ...]]) -> list[tuple[int, int, int]]:
        """(group, start, end) of every match, sorted as the ruler applies them."""
        out = set()
        n = len(cols)
        first = self._first
        for i, row in enumerate(cols):
            got = first.get(row) or self._decide(row)
            for group in got[0]:
                out.add((group, i, i + 1))
            for group, tests in got[1]:
                end = i + len(tests)
                if end <= n and all(t(cols[j]) for j, t in zip(range(i + 1, end), tests[1:], strict=True)):
                    out.add((group, i, end))
        return sorted(out)


def compile_patterns(ruler: AttributeRuler) -> Compiled | None:
    """``ruler``'s patterns compiled, or ``None`` when one of them is outside what this module does."""
    try:
        return Compiled(ruler.patterns, ruler.vocab.strings)
    except Unsupported:
        return None


class FastAttributeRuler(AttributeRuler):
    """``AttributeRuler`` with the matching done by ``Compiled``; patterns are added as to the
    original (``add_patterns``), so its attributes and indices are the original's."""

    _compiled: Compiled | None = None

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        self._compiled = None
        super().add(patterns, attrs, index)

    def clear(self) -> None:
        self._compiled = None
        super().clear()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if self._compiled is None:
                self._compiled = compile_patterns(self)
            if self._compiled is None:  # pragma: no cover - the patterns were checked before the swap
                return super().__call__(doc)
            cols = [tuple(r) for r in doc.to_array(list(COLUMNS)).tolist()] if len(doc) else []
            for group, start, end in self._compiled.matches(cols):
                index = self.indices[group]
                at = index if index >= 0 else end - start + index
                if not 0 <= at < end - start:
                    raise ValueError(f"attribute ruler: index {index} outside the match {start}:{end}")
                set_token_attrs(doc[start + at], self.attrs[group])
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in AttributeRuler
            return error_handler(self.name, self, [doc], e)


@Language.factory(FACTORY, default_config={"validate": False})
def make_fast_ruler(nlp: Language, name: str, validate: bool) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate)


def speed_up(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a ``FastAttributeRuler`` with the same patterns in place of ``nlp``'s ruler ``name``;
    whether it was (not when the pipe is missing, already fast, or has a pattern ``Compiled`` does
    not reproduce)."""
    if name not in nlp.pipe_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not AttributeRuler or compile_patterns(old) is None:
        return False
    patterns = old.patterns
    new = nlp.replace_pipe(name, FACTORY)
    assert isinstance(new, FastAttributeRuler)
    new.add_patterns(patterns)
    return True

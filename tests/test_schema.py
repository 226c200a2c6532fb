import json

import jsonschema

from claimgraph import extract, link


def test_records_and_corpus_validate_against_the_schemas(shared, tmp_path):
    from importlib import resources

    src = resources.files("claimgraph").joinpath("examples/articles.jsonl")
    recs = list(extract([str(src)]))
    assert len(recs) >= 8
    art = json.loads((shared / "schema/article.schema.json").read_text())
    cor = json.loads((shared / "schema/corpus.schema.json").read_text())
    for r in recs:
        d = r.to_dict()
        jsonschema.validate(d, art)
        for c in d["claims"]:
            assert d["article"]["text"][c["start"] : c["end"]] == c["text"]
    jsonschema.validate(link(recs).to_dict(), cor)


def test_the_shipped_schema_is_generated_from_the_model():
    from claimgraph.schema import article_schema, shipped

    assert shipped() == article_schema(), "run 'python -m claimgraph.schema' after changing the model"
    jsonschema.Draft202012Validator.check_schema(shipped())


def _objects(node, defs, path=""):
    """(path, properties, required) of every object in a schema, with $ref and allOf followed."""
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        yield from _objects(defs[node["$ref"].split("/")[-1]], defs, path)
        return
    props, required = dict(node.get("properties", {})), list(node.get("required", []))
    for part in node.get("allOf", []):
        part = defs[part["$ref"].split("/")[-1]] if "$ref" in part else part
        props.update(part.get("properties", {}))
        required += part.get("required", [])
    if props or node.get("type") == "object" or "additionalProperties" in node:
        yield path, props, required
    for k, v in props.items():
        for alt in v.get("anyOf", [v]):
            yield from _objects(alt, defs, f"{path}/{k}")
    if "items" in node:
        yield from _objects(node["items"], defs, f"{path}[]")


def _enum(node, defs):
    if "$ref" in node:
        return _enum(defs[node["$ref"].split("/")[-1]], defs)
    return node.get("enum")


def test_the_shipped_schema_agrees_with_the_shared_one(shared):
    from claimgraph.schema import shipped

    mine, theirs = shipped(), json.loads((shared / "schema/article.schema.json").read_text())
    ours = {p: (props, req) for p, props, req in _objects(mine, mine["$defs"])}
    for path, props, required in _objects(theirs, theirs["$defs"]):
        assert path in ours, f"{path or '/'}: in the shared schema, not in the model"
        mprops, mreq = ours[path]
        if not mprops:  # a free-form mapping in the model (the sentence span): any keys agree
            continue
        assert set(props) <= set(mprops), f"{path}: {set(props) - set(mprops)} missing from the model"
        assert set(required) <= set(mreq), f"{path}: {set(required) - set(mreq)} not always written"
        for name, sub in props.items():
            want = _enum(sub, theirs["$defs"])
            if want:
                assert _enum(mprops[name], mine["$defs"]) == want, f"{path}/{name}: vocabularies differ"


def test_records_validate_against_the_shipped_schema():
    from importlib import resources

    from claimgraph.schema import shipped

    src = resources.files("claimgraph").joinpath("examples/articles.jsonl")
    for r in list(extract([str(src)]))[:3]:
        jsonschema.validate(r.to_dict(), shipped())

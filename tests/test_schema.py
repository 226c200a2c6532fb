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


def test_compact_json_is_the_same_document_as_to_dict():
    from importlib import resources

    src = resources.files("claimgraph").joinpath("examples/articles.jsonl")
    for r in extract([str(src)]):
        assert json.loads(r.to_json()) == r.to_dict()
        assert b"\n" not in r.to_json()

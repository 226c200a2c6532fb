"""The pipeline as a whole: declared contracts checked at start-up, provenance in every record,
failures kept per article, long texts parsed in pieces, the same record in any order and process."""

import dataclasses
import json
import subprocess
import sys

import pytest

from claimgraph.extract import PipelineError, build_pipeline, extract_article, extract_stream
from claimgraph.extract.components import BUILTINS
from claimgraph.extract.registry import Component, check, order
from claimgraph.ingest import RawArticle
from claimgraph.settings import load_settings

TEXTS = [
    "The regional governor said on Monday that two drones hit a grain silo near the river port.",
    'Rescuers worked through the night. "We found three people under the rubble," a firefighter told reporters.',
    "According to the defence ministry, air defences shot down 14 of 18 drones over the Sumy region on Sunday.",
    "A video posted on Telegram purportedly shows the strike. The outlet could not independently verify it.",
]


def article(i, text):
    return RawArticle(text=text, locator=f"test:{i}", id=f"a{i}", published="2025-03-10", outlet="Test Wire")


def test_removing_a_component_gives_the_declared_contract_error():
    names = [c.name for c in BUILTINS if c.name != "claimgraph.segment"]
    settings = load_settings(overrides={"extract.components": names})
    with pytest.raises(PipelineError, match=r"'claimgraph.evidence' requires .*units.*claimgraph.segment"):
        build_pipeline(settings)


def test_a_plugin_cannot_replace_a_built_in():
    clash = dataclasses.replace(BUILTINS[0], fn=lambda s: None)
    with pytest.raises(PipelineError, match="registered twice"):
        order(BUILTINS, [clash])


def test_an_unknown_field_or_component_is_an_error():
    bad = Component("x.typo", "1", requires=("unitz",), assigns=(), fn=lambda s: None)
    with pytest.raises(PipelineError, match="'unitz'"):
        check([*BUILTINS, bad])
    with pytest.raises(PipelineError, match="unknown components: x.none"):
        build_pipeline(load_settings(overrides={"extract.components": ["x.none"]}))


def test_a_plugin_component_runs_where_it_asks():
    seen = []
    extra = Component(
        "x.count_units",
        "1",
        requires=("units",),
        assigns=(),
        fn=lambda s: seen.append(len(s.units)),
        after="claimgraph.segment",
    )
    seq = order(BUILTINS, [extra])
    assert [c.name for c in seq][:2] == ["claimgraph.segment", "x.count_units"]
    check(seq)
    from claimgraph.extract.registry import Pipeline

    rec = extract_article(article(0, TEXTS[0]), pipeline=Pipeline(tuple(seq)))
    assert seen == [1] and rec.claims
    assert {"name": "x.count_units", "version": "1"} in rec.pipeline


def test_every_record_names_components_model_and_settings():
    rec = extract_article(article(0, TEXTS[0]))
    kinds = {p.get("kind", "component") for p in rec.pipeline}
    assert kinds == {"component", "spacy_model", "settings"}
    names = [p["name"] for p in rec.pipeline if "kind" not in p]
    assert names == [c.name for c in BUILTINS if c.runs_on("en")]
    model = next(p for p in rec.pipeline if p.get("kind") == "spacy_model")
    assert model["name"].startswith("en_core_web_sm") and model["version"]
    s = load_settings(overrides={"extract.batch_size": 3})
    other = extract_article(article(0, TEXTS[0]), s)
    assert [p for p in other.pipeline if p["name"] == "settings"] != [
        p for p in rec.pipeline if p["name"] == "settings"
    ]


def test_a_failing_component_leaves_an_error_and_the_rest_runs():
    from claimgraph.extract.registry import Pipeline

    def boom(state):
        raise RuntimeError("gazetteer exploded")

    comps = tuple(dataclasses.replace(c, fn=boom) if c.name == "claimgraph.places" else c for c in BUILTINS)
    rec = extract_article(article(1, "Officials said three people were hurt in Kharkiv."), pipeline=Pipeline(comps))
    assert rec.claims and rec.quantities
    assert [e["component"] for e in rec.errors] == ["claimgraph.places"]
    assert "gazetteer exploded" in rec.errors[0]["error"]


def test_a_text_longer_than_the_parser_takes_is_parsed_in_pieces(monkeypatch):
    from claimgraph.extract import nlp

    towns = ["Bilopillia", "Krasnopillia", "Vorozhba", "Myropillia", "Shostka"]
    text = "".join(
        f"Shelling damaged school number {i} in {towns[i % 5]} on Tuesday, the mayor said. {i % 4 + 2} people were hurt.\n"
        for i in range(60)
    )  # about 6,000 characters
    whole = extract_article(article(1, text))
    monkeypatch.setattr(nlp.get_nlp(), "max_length", 2_000)
    with pytest.raises(ValueError):
        nlp.get_nlp()(text)  # spaCy itself refuses it now
    settings = load_settings(overrides={"extract.max_parse_chars": 1_000})
    rows = [article(0, "The mayor said two shops burned."), article(1, text), article(2, TEXTS[0])]
    out = [rec for _x, rec in extract_stream(rows, settings)]
    assert [r.article.id for r in out] == ["a0", "a1", "a2"]
    long = out[1]
    assert not long.errors and len(long.claims) == len(whole.claims) >= 60
    assert [c.text for c in long.claims] == [c.text for c in whole.claims]
    assert all(text[c.start : c.end] == c.text for c in long.claims)
    assert out[0].claims and out[2].claims


def test_an_article_failing_in_the_parser_costs_only_itself(monkeypatch):
    from claimgraph.extract import nlp

    real = nlp.paragraph_doc

    def fragile(text):
        if "POISON" in text:
            raise ValueError("tokenizer choked")
        return real(text)

    monkeypatch.setattr(nlp, "paragraph_doc", fragile)
    rows = [article(i, t) for i, t in enumerate([TEXTS[0], "POISON pill text for the parser.", TEXTS[2]])]
    out = [rec for _x, rec in extract_stream(rows)]
    assert [r.article.id for r in out] == ["a0", "a1", "a2"]
    assert out[0].claims and out[2].claims and not out[0].errors
    assert out[1].errors[0]["component"] == "claimgraph.parse" and "tokenizer choked" in out[1].errors[0]["error"]


def _records(texts, reverse=False):
    rows = [article(i, t) for i, t in enumerate(texts)]
    rows = rows[::-1] if reverse else rows
    return {r.article.id: json.dumps(r.to_dict(), sort_keys=True) for _x, r in extract_stream(rows, batch_size=2)}


def test_same_records_in_two_orders_and_two_processes():
    forward = _records(TEXTS)
    assert _records(TEXTS, reverse=True) == forward
    code = (
        "import json, sys\n"
        "from tests.extract.test_pipeline import TEXTS, _records\n"
        "print(json.dumps(_records(TEXTS, reverse=True)))\n"
    )
    env_out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env(seed="12345")
    ).stdout
    assert json.loads(env_out) == forward


def _env(seed):
    import os
    from pathlib import Path

    env = dict(os.environ, PYTHONHASHSEED=seed)
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root / "src"), str(root), env.get("PYTHONPATH", "")])
    return env

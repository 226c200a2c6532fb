"""The word-list loader: typed reads, clear errors naming the file."""

import json

import pytest

from claimgraph import lexicon
from claimgraph.lexicon import LexiconError


def write(root, lang, name, data):
    (root / lang).mkdir(parents=True, exist_ok=True)
    p = root / lang / f"{name}.json"
    p.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return p


def test_three_kinds(tmp_path):
    write(tmp_path, "xx", "verbs", {"about": "verbs", "kind": "words", "entries": ["say", "tell"]})
    write(tmp_path, "xx", "hedges", {"about": "h", "kind": "labelled", "entries": [["maybe", "epistemic"]]})
    write(tmp_path, "xx", "compat", {"about": "c", "kind": "map", "entries": {"video": ["video", "photo"]}})
    assert lexicon.words("xx", "verbs", tmp_path) == {"say", "tell"}
    assert lexicon.load("xx", "verbs", tmp_path).items == ("say", "tell")
    assert lexicon.labelled("xx", "hedges", tmp_path) == (("maybe", "epistemic"),)
    assert lexicon.mapping("xx", "compat", tmp_path)["video"] == ("video", "photo")
    assert lexicon.available("xx", tmp_path) == ["compat", "hedges", "verbs"]


def test_cached(tmp_path):
    write(tmp_path, "xx", "v", {"about": "v", "kind": "words", "entries": ["a"]})
    assert lexicon.load("xx", "v", tmp_path) is lexicon.load("xx", "v", tmp_path)


@pytest.mark.parametrize(
    "data, needle",
    [
        ("{not json", "not valid JSON"),
        ({"kind": "words", "entries": []}, "'about'"),
        ({"about": "a", "kind": "list", "entries": []}, "'kind'"),
        ({"about": "a", "kind": "words", "entries": ["a", 3]}, "non-empty strings"),
        ({"about": "a", "kind": "words", "entries": ["a", "a"]}, "duplicate"),
        ({"about": "a", "kind": "labelled", "entries": [["a"]]}, "pairs"),
        ({"about": "a", "kind": "map", "entries": []}, "object"),
        ({"about": "a", "kind": "words", "entries": [], "extra": 1}, "unknown keys"),
    ],
)
def test_malformed_names_file(tmp_path, data, needle):
    p = write(tmp_path, "xx", "bad", data)
    with pytest.raises(LexiconError) as e:
        lexicon.load("xx", "bad", tmp_path)
    assert str(p) in str(e.value) and needle in str(e.value)


def test_missing_names_file(tmp_path):
    with pytest.raises(LexiconError, match=r"xx/none\.json.*not found"):
        lexicon.load("xx", "none", tmp_path)


def test_wrong_kind_read(tmp_path):
    write(tmp_path, "xx", "v", {"about": "v", "kind": "words", "entries": ["a"]})
    with pytest.raises(LexiconError, match="read as 'map'"):
        lexicon.mapping("xx", "v", tmp_path)


def test_no_path_escape(tmp_path):
    with pytest.raises(LexiconError):
        lexicon.load("..", "x", tmp_path)


def test_every_shipped_list_loads():
    for lang_dir in sorted(lexicon.DATA_DIR.iterdir()):
        if lang_dir.is_dir():
            for name in lexicon.available(lang_dir.name):
                assert lexicon.load(lang_dir.name, name).about

"""The attribute ruler run without spaCy's Matcher (extract/ruler.py): the same annotations as the
shipped ruler, token for token, on sentences written for these tests and on made-up patterns with
every predicate it handles; a pattern it does not handle leaves spaCy's ruler in place."""

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from claimgraph.extract import ruler
from claimgraph.extract.nlp import get_nlp, paragraph_doc, shipped_model

# the classes of word the model's ruler has rules for: contractions and colloquial forms, auxiliaries
# and main-verb 'have'/'do', expletive 'there', pronouns as subject and object, determiners standing
# alone, subordinating 'that'/'if', runs of spaces and blank lines
SENTENCES = [
    "We ain't gonna leave, and y'all know it, the farmer in Orlivka said. C'mon, let's go.",
    "They gotta rebuild the bridge by spring; nothin' else matters, 'nuff said, the mayor of Brovary told 'em.",
    "The convoy was stopped at dawn. The drivers had waited for hours and did not complain.",
    "I told you it would rain. You said it wouldn't, and it did. He gave it to me and I thanked him.",
    "There is no water in the village, and there were no trains on Tuesday, officials in Lozova said.",
    "That is what the council decided. Those who stayed said this was the worst week since March.",
    "If the dam fails, the town will flood, engineers warned, adding that they'd checked it twice.",
    "Mr  Hrytsenko  said:\n\n\n'We have done what we could.'   The rest,   he said, is up to them.",
    "She has three sons. Does anyone know where they've gone? We didn't, and we hadn't asked.",
    "It's gettin' late, ol' Petro said, somethin' goin' on by the river, doin' no good.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def shipped():
    return shipped_model()


def test_get_nlp_runs_the_fast_ruler_and_the_shipped_model_does_not(shipped):
    assert type(get_nlp().get_pipe("attribute_ruler")) is ruler.FastAttributeRuler
    assert type(shipped.get_pipe("attribute_ruler")) is AttributeRuler
    assert get_nlp().pipe_names == shipped.pipe_names


def test_same_annotations_as_the_shipped_ruler(shipped):
    fast = get_nlp()
    for text in SENTENCES:
        a = shipped(paragraph_doc(text, shipped))
        b = fast(paragraph_doc(text))
        assert _annotations(b) == _annotations(a), text
        assert b.to_bytes() == a.to_bytes(), text


def test_same_annotations_on_a_batch(shipped):
    text = "\n".join(SENTENCES)
    a = list(shipped.pipe([text, SENTENCES[0], ""], batch_size=2))
    b = list(get_nlp().pipe([text, SENTENCES[0], ""], batch_size=2))
    assert [d.to_bytes() for d in b] == [d.to_bytes() for d in a]


# made-up patterns: every predicate, a two-token pattern setting its first, second and last token,
# and two groups setting the same token (the later group wins, in the ruler's own order)
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "river"}]], "attrs": {"POS": "PROPN", "LEMMA": "River"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}, "DEP": {"NOT_IN": ["aux", ""]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": {"REGEX": "^fl[oa]"}}]], "attrs": {"LEMMA": "flow"}},
    {"patterns": [[{"DEP": "det"}, {"LOWER": {"IN": ["river", "town"]}}]], "attrs": {"LEMMA": "the-one"}, "index": 0},
    {"patterns": [[{"DEP": "det"}, {"TAG": "NN"}]], "attrs": {"MORPH": "Definite=Def"}, "index": 1},
    {"patterns": [[{"LOWER": "the"}, {"IS_SPACE": False}]], "attrs": {"MORPH": "PronType=Art"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "town"}], [{"LOWER": "flows"}]], "attrs": {"POS": "X"}},
]


def _blank_doc(nlp):
    words = ["The", "river", "flows", " ", "past", "the", "town", "and", "the", "river", "flowed", "."]
    tags = ["DT", "NN", "VBZ", "_SP", "IN", "DT", "NN", "CC", "DT", "NN", "VBD", "."]
    deps = ["det", "nsubj", "ROOT", "dep", "prep", "det", "pobj", "cc", "det", "nsubj", "conj", "punct"]
    heads = [1, 2, 2, 2, 2, 6, 4, 2, 9, 10, 2, 2]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_made_up_patterns_give_the_shipped_rulers_annotations():
    nlp = spacy.blank("en")
    slow = AttributeRuler(nlp.vocab, "slow")
    slow.add_patterns(PATTERNS)
    fast = ruler.FastAttributeRuler(nlp.vocab, "fast")
    fast.add_patterns(PATTERNS)
    a, b = slow(_blank_doc(nlp)), fast(_blank_doc(nlp))
    assert _annotations(b) == _annotations(a)
    assert b.to_bytes() == a.to_bytes()
    # the patterns did fire: a first token set, a later group over an earlier one, a second pattern of a group
    assert a[0].lemma_ == "the-one" and str(a[1].morph) == "PronType=Art" and a[2].pos_ == "X"


def test_a_pattern_it_does_not_reproduce_keeps_spacys_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"ORTH": "river", "OP": "+"}]], "attrs": {"LEMMA": "x"}}]
    )
    assert ruler.compile_patterns(nlp.get_pipe("attribute_ruler")) is None
    assert ruler.speed_up(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_speed_up_swaps_a_ruler_it_can_reproduce_once():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    assert ruler.speed_up(nlp) is True
    assert type(nlp.get_pipe("attribute_ruler")) is ruler.FastAttributeRuler
    assert nlp.get_pipe("attribute_ruler").patterns == _normed(PATTERNS)
    assert ruler.speed_up(nlp) is False  # already fast


def _normed(patterns):
    """What AttributeRuler.patterns gives back for ``patterns``."""
    r = AttributeRuler(spacy.blank("en").vocab)
    r.add_patterns(patterns)
    return r.patterns

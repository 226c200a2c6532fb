"""The bundled example: a regional administration's Ukrainian post (e08) and the English reports of the
same night's strike are one story; its claims join the English clusters on what a translation keeps,
and the post, signed by the administration's head, is his voice: one origin with the reports quoting him."""

from __future__ import annotations

from importlib import resources

from claimgraph import extract, link


def test_the_ukrainian_post_joins_the_english_clusters_of_its_event():
    src = resources.files("claimgraph").joinpath("examples/articles.jsonl")
    recs = list(extract([str(src)]))
    corpus = link(recs)
    post = next(r for r in recs if r.article.language == "uk")
    with_post = [c for c in corpus.claim_clusters if any(m.article == post.article.id for m in c.members)]
    joined = [c for c in with_post if len({m.article for m in c.members}) > 1]
    assert len(joined) >= 2
    for c in joined:
        assert not any(o.startswith("source:") and "ova" in o for o in c.origins)  # the head's voice, once
        assert not any(ch in c.label for ch in "абвгдежзийклмнопрстуфхцчшщьюяіїєґ")  # the English label

"""One identity per source across articles: the same source under different names gets one
id; two different people with similar names never share one."""

import pytest

from claimgraph.link.identities import IdentityBook
from claimgraph.store import Store


@pytest.mark.parametrize(
    "names, kind",
    [
        (["HUR", "GUR", "Main Intelligence Directorate", "Ukraine's military intelligence"], "intelligence_service"),
        (["Syrskyi", "Sirsky", "Oleksandr Syrskyi", "General Oleksandr Syrsky", "Сирський"], "military"),
        (["Important Stories", "IStories", "Vazhnye Istorii", "Wichtige Geschichten"], "media_outlet"),
        (["Zelenskyy", "President Volodymyr Zelensky", "Zelenskiy"], "state_official"),
        # people outside the registry: spelling variants of one surname with one given name
        (["Colonel Taras Hrytsenko", "Taras Grytsenko", "Colonel Hrytsenko"], "military"),
        # a person whose title names a body: the person named last, not the body
        (["the battalion's commander Ostap Kulyk", "battalion commander Ostap Kulyk", "Kulyk"], "military"),
    ],
)
def test_one_source_under_many_names_gets_one_id(names, kind):
    book = IdentityBook()
    ids = {book.resolve(n, kind) for n in names}
    assert len(ids) == 1 and None not in ids, ids


@pytest.mark.parametrize(
    "a, b, kind",
    [
        ("Ivan Fedorov", "Mykhailo Fedorov", "state_official"),  # one surname, two given names
        ("Colonel Petro Melnyk", "Defence Minister Petro Melnyk", "military"),  # one name, a colonel and a minister
        ("Andriy Kovalenko", "Oleksandr Kovalenko", "military"),
        ("Oleksandr Syrskyi", "Oleksandr Sirko", "military"),  # similar surnames, different people
    ],
)
def test_two_people_with_similar_names_are_never_merged(a, b, kind):
    book = IdentityBook()
    assert book.resolve(a, kind) != book.resolve(b, kind)


def test_a_bare_surname_shared_by_two_known_people_is_left_open():
    book = IdentityBook()
    book.resolve("Ivan Fedorov", "state_official")
    book.resolve("Mykhailo Fedorov", "state_official")
    assert book.resolve("Fedorov", "state_official") is None


def test_descriptions_get_no_identity():
    assert IdentityBook().resolve("a Ukrainian journalist", "journalist") is None
    assert IdentityBook().resolve("local residents", "unnamed") is None


def test_the_store_keeps_one_id_per_source_across_articles_and_runs(tmp_path, extract_text):
    db = tmp_path / "c.db"
    a = extract_text(
        "Ukraine's military intelligence (HUR) said it shot down a drone over the port, Colonel Taras Hrytsenko said."
    )
    a.article.id = "a"
    b = extract_text("The drone was downed near the port, Taras Grytsenko told reporters on Monday.")
    b.article.id = "b"
    from claimgraph import link
    from claimgraph.ingest import RawArticle

    with Store(db) as st:
        for r in (a, b):
            st.add(RawArticle(r.article.text, r.article.id, id=r.article.id))
        st.save_record(a)
        st.save_corpus(link([a], known=st.known_identities()))
    with Store(db) as st:  # a later run: linking is seeded from the store's identities
        st.save_record(b)
        st.save_corpus(link([b], known=st.known_identities()))
        rows = st.sources()
        ids = {r["article_id"]: r["canonical_id"] for r in rows if "rytsenko" in r["name"]}
        assert ids["a"] == ids["b"] and ids["a"].startswith("person:")
        assert any(i["canonical_id"] == "ua-hur" for i in st.identities())


def test_the_people_registry_supplies_kind_and_side_the_text_leaves_out(extract_text):
    rec = extract_text("Peskov said the reports of a new offensive were false.")
    [s] = rec.sources
    assert (s.kind, s.side, s.canonical_id) == ("state_official", "ru", None)  # extraction decides no identity
    from claimgraph import link

    link([rec])
    assert s.canonical_id == "person:peskov"


def test_a_ministry_is_its_countrys():
    from claimgraph.link.identities import IdentityBook

    book = IdentityBook()
    ru = book.resolve("Russia's Defence Ministry", "government_body")
    ua = book.resolve("Ukraine's Defence Ministry", "government_body")
    other = book.resolve("the Ministry of Defence", "government_body", side="ru")
    assert ru != ua and other == ru


def test_a_channel_and_a_described_outlet_are_the_body_they_name():
    from claimgraph.link.identities import IdentityBook

    book = IdentityBook()
    assert book.outlet("72nd Separate Brigade (Telegram channel)") == book.resolve(
        "the 72nd Separate Brigade", "military"
    )
    assert book.resolve("the Ukrainian outlet Sich Vistky", "media_outlet") == book.outlet("Січ Вістки")
    assert book.resolve("the 72nd Separate Brigade", "military") != book.resolve(
        "the 92nd Separate Brigade", "military"
    )

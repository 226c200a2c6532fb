"""One body's claim told in two languages: the identity of who makes it (the same in every language)
and the place its paragraph names join what no shared word can. Every article here is written for the
test."""

from __future__ import annotations

from linkkit import Article, by_member

from claimgraph.link import link_records
from claimgraph.link.contradictions import DENIAL_RE

ROMNY = ("Romny", "settlement", "test:UA:romny", "Sumy")


def _together(corpus, a: tuple[str, str], b: tuple[str, str]) -> bool:
    member = by_member(corpus)
    return member.get(a) is not None and member.get(a) == member.get(b)


def _one_paragraph(art: Article, first: int) -> None:
    """Make claim ``first`` and the next one a single paragraph (offsets unchanged)."""
    rec = art.rec
    cut = rec.claims[first].end
    text = rec.article.text
    rec.article.text = art.text = text[:cut] + "  " + text[cut + 2 :]


def _records():
    ru = Article("ru", "Вести дня", "2026-06-03")
    ru.rec.article.language = "ru"
    ru.add(
        "Вооруженные силы России нанесли удар по «складу боеприпасов» в Ромнах",
        source=("Министерство обороны России", "government_body"),
        places=(ROMNY,),
    )
    uk = Article("uk", "Сумський портал", "2026-06-03")
    uk.rec.article.language = "uk"
    uk.add("Уночі Росія атакувала Ромни дронами", places=(ROMNY,))
    uk.add("уразило «сховище снарядів»", source=("Міноборони Росії", "government_body"))
    _one_paragraph(uk, 0)
    uk.add("удари завдаються лише по військових об'єктах", source=("Міноборони Росії", "government_body"))
    return ru.build(), uk.build()


def test_one_bodys_unquoted_claim_of_a_strike_at_the_place_is_not_its_quoted_claim():
    ru, _uk = _records()
    uk = Article("uk2", "Ромни сьогодні", "2026-06-03")
    uk.rec.article.language = "uk"
    uk.add("Уночі над Ромнами лунали вибухи", places=(ROMNY,))
    uk.add("удар досяг мети", source=("Міноборони Росії", "government_body"))
    _one_paragraph(uk, 0)
    corpus = link_records([ru, uk.build()])
    assert not _together(corpus, ("ru", "c1"), ("uk2", "c2"))


def test_one_bodys_claim_in_two_languages_is_one_claim_by_its_identity_and_place():
    ru, uk = _records()
    corpus = link_records([ru, uk])
    assert _together(corpus, ("ru", "c1"), ("uk", "c2"))
    # the same body's claim about strikes in general, where no place is named, is another claim
    assert not _together(corpus, ("ru", "c1"), ("uk", "c3"))


def test_a_word_in_quotation_marks_that_turned_out_to_be_something_else_is_a_debunk():
    for text in (
        "The “arms depot” turned out to be a school",
        "«Склад боеприпасов» оказался жилым домом",
        "«Склад боєприпасів» виявився школою",
    ):
        assert DENIAL_RE.search(text), text
    assert not DENIAL_RE.search("Він виявився пораненим")


def test_a_claim_with_figures_is_no_translation_of_one_without_them():
    en = Article("en", "Northern Voice", "2026-06-03")
    en.add(
        "Romny, a town of about 50,000 people, lies 60 km from the border and is shelled almost daily",
        places=(ROMNY,),
        figures=((50000, "person"), (60, "km")),
    )
    uk = Article("uk", "Сумський портал", "2026-06-03")
    uk.rec.article.language = "uk"
    uk.add("Уночі Росія атакувала Ромни дронами", places=(ROMNY,))
    corpus = link_records([en.build(), uk.build()])
    assert not _together(corpus, ("en", "c1"), ("uk", "c1"))


def test_a_role_without_a_name_is_the_named_holder_of_that_role_in_the_cluster():
    a = Article("a", "Regional Review", "2026-06-03")
    a.add(
        "fewer than 900 families receive compensation for homes destroyed in the spring floods",
        source=("The regional governor, Petro Marchenko", "state_official"),
        figures=((900, "person"),),
    )
    b = Article("b", "Evening Post", "2026-06-03")
    b.add(
        "compensation for homes the spring floods destroyed goes to fewer than 900 families",
        source=("The governor", "state_official"),
        figures=((900, "person"),),
    )
    c = Article("c", "Morning Post", "2026-06-03")
    c.add(
        "only 900 families have been paid compensation for homes destroyed by the spring floods",
        source=("The mayor", "state_official"),
        figures=((900, "person"),),
    )
    corpus = link_records([a.build(), b.build(), c.build()])
    assert not corpus.derivations
    (cluster,) = corpus.claim_clusters
    assert len(cluster.members) == 3
    # the governor by name and by role is one origin; the mayor is another
    assert cluster.independent_confirmations == 2


def test_a_figure_with_its_multiplier_is_the_figure_a_translation_gives():
    from claimgraph.link.features import numbers

    assert numbers("менее двух с половиной тысяч семей") == numbers("fewer than 2,500 families") == {2500.0}
    assert numbers("близько 60 тисяч людей") == numbers("about 60,000 people") == {60000.0}
    assert numbers("1,5 млрд гривень") == numbers("1.5 billion hryvnias") == {1.5e9}
    assert numbers("3 тыс. человек") == {3000.0}


def test_a_summary_in_another_language_that_drops_a_small_toll_is_the_same_claim():
    en = Article("en", "Northern Voice", "2026-06-03")
    en.add(
        "A Russian drone attack on Romny overnight killed three civilians, regional governor Petro Marchenko said",
        source=("regional governor Petro Marchenko", "state_official"),
        places=(ROMNY,),
        figures=((3, "person"),),
    )
    en.rec.sources[0].side = "ua"
    ru = Article("ru", "Вести дня", "2026-06-03")
    ru.rec.article.language = "ru"
    ru.add("Украинская сторона заявила о гибели мирных жителей в Ромнах", places=(ROMNY,))
    ru.add("гибели мирных жителей в Ромнах", source=("Украинская сторона", "other"), places=(ROMNY,))
    ru.rec.sources[0].side = "ua"
    ru.add(
        "информация о погибших среди гражданского населения «не соответствует действительности»",
        source=("источник в силовых структурах", "unnamed"),
        places=(ROMNY,),
    )
    corpus = link_records([en.build(), ru.build()])
    assert _together(corpus, ("en", "c1"), ("ru", "c2"))
    assert _together(corpus, ("ru", "c2"), ("ru", "c3"))  # the denial answers it
    cluster = next(cl for cl in corpus.claim_clusters if any(m.article == "en" for m in cl.members))
    # "the Ukrainian side" relays the governor: one origin; the denial confirms nothing
    assert cluster.independent_confirmations == 1


def test_denials_in_words_of_truth():
    for text in ("the figure is simply not true", "«не соответствует действительности»", "не відповідає дійсності"):
        assert DENIAL_RE.search(text), text

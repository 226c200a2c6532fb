"""Sources of a Ukrainian or Russian article: one source per real-world source, whatever its case.

A mention is compared by its lemmatised words, so "Генштаб", "Генштабу" and "Генерального штабу" are
one key; the institutions registry (``data/<lang>/institutions.json``) joins the short and the full name
("Генштаб" / "Генеральний штаб ЗСУ"); an abbreviation joins the name whose initials it spells ("ОВА" /
"обласна військова адміністрація"); a person is known by the lemma of the surname ("Данилюка" ->
"данилюк"), and a personal pronoun ("за його словами", "сказав він") is the last person cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...ground.morph import has, lemma, lemmas, lex, norm, parses
from ...model import Place, Source, Span

WORD = re.compile(r"[\w'’ʼ-]+|«[^»]*»|\"[^\"]*\"")
JOINT = re.compile(r"\s+(?:и|та|і|й)\s+")


@dataclass
class Entry:
    source: Source
    keys: set[str] = field(default_factory=set)
    registry: str | None = None
    surname: str | None = None
    acronym_of: str | None = None  # initials of the words of its name ("ова" for "обласна військова адміністрація")
    person: bool = False
    gender: str | None = None  # m, f or pl: what a pronoun that refers back to it carries


def quoted_name(mention: str) -> str | None:
    """The name in quotation marks in a mention ("видання «Верстка»" -> "верстка"), lower case."""
    m = re.search(r"[«\"„“]([^»\"“”]{2,60})[»\"“”]?", mention)
    return norm(m.group(1)) if m else None


def lemma_words(name: str, lang: str) -> list[str]:
    return [lemma(w, lang) for w in re.findall(r"[\w'’ʼ-]+", name)]


def registry_hit(name: str, lang: str) -> tuple[str, dict] | None:
    lem = " ".join(lemma_words(name, lang))
    low = " ".join(norm(w) for w in re.findall(r"[\w'’ʼ-]+", name))
    for rid, inst in lex(lang, "institutions").items():
        if any(re.search(p, lem) or re.search(p, low) for p in inst["match"]):
            return rid, inst
    return None


CALL_SIGN = re.compile(r"(?i)(?:з|із|с)\s+(?:позивним|позывным)\s+[«\"„“]([^»\"“”]+)[»\"“”]")
MINISTRY_SHORT = re.compile(r"(?i)^(?:мін|мин)[^\W\d_]{3,}$")


def kind_of(name: str, lang: str) -> str | None:
    raw = re.findall(r"[\w'’ʼ-]+", name)
    words = lemma_words(name, lang) + [norm(w) for w in raw]
    words += [lem for w in raw for lem in lemmas(w, lang)]  # "Аналітики": аналітик as well as аналітика
    words += [w.replace("telegram", "телеграм") for w in words if "telegram" in w]  # "Telegram-каналі"
    joined = " ".join(words)
    for word, kind in lex(lang, "source_kinds"):
        if " " in word and word in joined:
            return kind
        if word in words:
            return kind
    if any(MINISTRY_SHORT.match(w) and w[:1].isupper() for w in raw):
        return "government_body"  # "Міненерго", "Минздрав", "Мінцифри": a ministry by its short name
    return None


def ministry_matches(short: str, full: str, lang: str) -> bool:
    """'Міненерго' is 'Міністерство енергетики …': the short name spells 'мін' and the start of the word
    after 'міністерство'."""
    if not MINISTRY_SHORT.match(short):
        return False
    lw = lemma_words(full, lang)
    rest = norm(short)[3:]
    return len(lw) > 1 and lw[0] in ("міністерство", "министерство") and lw[1][:4] == rest[:4]


def clipped(short: str, full: str, lang: str) -> bool:
    """A clipped compound of a name's first two words: 'оперштаб' is 'оперативний штаб', 'облрада' is 'обласна
    рада', 'міськрада' is 'міська рада' (the start of the adjective, then the noun)."""
    if " " in short.strip() or not re.fullmatch(r"[^\W\d_]{5,}", short.strip()):
        return False
    raw = re.findall(r"[\w'’ʼ-]+", full)
    lw = lemma_words(full, lang)
    if len(lw) < 2:
        return False
    head = lw[0]
    for noun in {lw[1], norm(raw[1])}:
        for form in {norm(short.strip()), lemma(short.strip(), lang)}:
            if form.endswith(noun) and len(form) > len(noun) + 1:
                pre = form[: -len(noun)]
                if head.startswith(pre) and len(head) > len(pre):
                    return True
    return False


def _sing_name_readings(word: str, lang: str) -> list:
    from ...ground.morph import analyser

    return [
        p
        for p in analyser(lang).parse(norm(word))
        if p.tag.grammemes & {"Name", "Surn", "Patr"} and "plur" not in p.tag
    ]


UK_ENKO = re.compile(r"енк(?:а|у|ові|ом)$")
# a man's surname in -ов/-ев/-ин in the genitive that the dictionary does not know ("Сомова", "Лукіна")
MASC_GENT = re.compile(r"((?:ов|ев|ёв|єв|ин|ын|ін|їн))а$")


def _oblique_only(word: str, lang: str) -> bool:
    if lang == "uk" and UK_ENKO.search(word) and word[:1].isupper():
        return True
    readings = _sing_name_readings(word, lang)
    return bool(readings) and not any("nomn" in p.tag for p in readings)


def _nominative_name(run: list[str], lang: str, oblique: bool = False) -> list[str]:
    """A person's name in the nominative when its first name stands in an oblique case ("за словами Оксани
    Левчук" -> Оксана Левчук, "по словам Дмитрия Пескова" -> Дмитрий Песков); the other words follow the
    first name's gender. A name that can be read as nominative is kept as written."""
    first = _sing_name_readings(run[0], lang)
    if (
        not oblique
        and len(run) > 1
        and any({"nomn", "femn", "Name"} <= p.tag.grammemes for p in first)
        and not any({"masc", "Name"} <= p.tag.grammemes for p in first)
        and any(_oblique_only(w, lang) for w in run[1:])
        and all("masc" in p.tag for w in run[1:] if _oblique_only(w, lang) for p in _sing_name_readings(w, lang))
    ):
        return run  # "Ганна Кривошея": a woman's name in the nominative, her surname no man's genitive
    # a first name or surname with no nominative reading ("Юрія", "Кузьменка") puts the whole name in that case
    oblique = oblique or any(_oblique_only(w, lang) for w in run)
    if oblique:
        # the title before it stands in an oblique case ("губернатора … Вячеслава Гладкова"): so does the
        # name in apposition, though "Вячеслава" could also be a woman's name in the nominative
        first = [p for p in first if "nomn" not in p.tag] or first
    elif not first or any("nomn" in p.tag for p in first):
        return run
    if not first:
        return run
    gender = next((g for g in ("masc", "femn") if g in first[0].tag), None)
    out = []
    for w in run:
        readings = [p for p in _sing_name_readings(w, lang) if gender is None or gender in p.tag]
        if oblique:
            readings = [p for p in readings if "nomn" not in p.tag]
        if not readings and oblique and gender == "masc" and lang == "uk" and UK_ENKO.search(w):
            out.append(UK_ENKO.sub("енко", w))  # "Павла Кузьменка" -> Павло Кузьменко
            continue
        if not readings and oblique and gender == "masc" and w[:1].isupper() and MASC_GENT.search(w):
            out.append(MASC_GENT.sub(lambda m: m.group(1), w))  # "Ивана Сомова" -> Иван Сомов
            continue
        if not readings or any("nomn" in p.tag for p in readings):
            out.append(w)
            continue
        f = readings[0].inflect({"nomn"})
        word = f.word if f is not None else norm(w)
        if "ё" not in w.lower():
            word = word.replace("ё", "е")  # "Петра" -> Петр, as the text spells it, not Пётр
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return out


def side_of(name: str, lang: str) -> str | None:
    words = lemma_words(name, lang) + [norm(w) for w in re.findall(r"[\w'’ʼ-]+", name)]
    joined = " ".join(words)
    for word, side in lex(lang, "side_markers"):
        if (" " in word and word in joined) or word in words:
            return side
    # a place adjective in the name ("Харківська ОВА", "Курский губернатор") gives the place's country
    for w in re.findall(r"[\w'’ʼ-]+", name):
        reg = lex(lang, "regions").get(lemma(w, lang))
        if reg:
            return {"UA": "ua", "RU": "ru"}.get(reg[1])
    return None


def title_side(name: str, lang: str) -> str | None:
    """The side of the country of a town a title names ("Мэр Липецка", "голова Ізюмської МВА")."""
    from ...ground.places_slavic import country_in_title

    if not re.search(r"(?<!^)(?<![.!?]\s)\b[A-ZА-ЯЁІЇЄҐ]", name):
        return None
    country = country_in_title(name, lang)
    return {"UA": "ua", "RU": "ru"}.get(country) if country else None


def _name_like(word: str, lang: str) -> bool:
    """Whether a capitalised word can be part of a person's name: not a place ("Президент України
    Володимир Зеленський"), not a common noun in an oblique case."""
    ps = parses(word, lang)
    if any("Geox" in t for _l, t in ps):
        return False
    if any(t & {"Name", "Surn", "Patr"} for _l, t in ps):
        return True
    first = ps[0][1] if ps else frozenset()
    return not ("NOUN" in first and "nomn" not in first)


SURNAME_ENDINGS = (
    "енко",
    "ський",
    "цький",
    "ський",
    "ов",
    "ев",
    "єв",
    "ін",
    "ин",
    "ук",
    "юк",
    "чук",
    "ич",
    "ій",
    "ий",
    "ський",
    "ская",
    "ська",
    "ова",
    "ева",
    "іна",
    "ина",
    "ский",
    "цкий",
)


def _surname_shape(word: str, lang: str) -> bool:
    """A capitalised word shaped like a surname (-енко, -ський, -ов, -ук …) that the dictionary knows
    only as an adjective or as nothing: "Зеленський", "Данилюк"."""
    w = norm(word)
    return (
        len(w) > 4
        and w.endswith(SURNAME_ENDINGS)
        and not any("Geox" in t or "NOUN" in t and "Surn" not in t and "nomn" in t for _l, t in parses(word, lang)[:1])
    )


def person_name(name: str, lang: str, governed: bool = False) -> tuple[str, str] | None:
    """(name proper, surname lemma) when the mention names a person: a final run of capitalised words,
    at least one of them a first name or surname in the dictionary, or one after a person's title.
    ``governed``: the frame puts the mention in an oblique case ("по словам Петра Лукина", where "Петра
    Лукина" could also be read as a woman's name in the nominative)."""
    # a name in quotation marks ("угруповання «Хортиця» Віктор Трегубов") is no part of a person's name
    words = re.findall(r"[\w'’ʼ.-]+", re.sub(r"«[^»]*»|\"[^\"]*\"|„[^“”]*[“”]", " x ", name))
    run: list[str] = []
    for n, w in enumerate(reversed(words)):
        prev = words[len(words) - n - 2] if len(words) - n - 2 >= 0 else ""
        if (
            w[:1].isupper()
            and not w.isupper()
            and not registry_hit(w, lang)
            and not kind_of(w, lang)
            and (
                _name_like(w, lang)
                # "Антон Лиманов": a surname the dictionary reads as a common noun, after a first name
                or (not run and prev[:1].isupper() and has(prev, lang, "Name") and not has(prev, lang, "Geox"))
            )
        ):
            run.insert(0, w)
        else:
            break
    if len(run) == 3 and has(run[1], lang, "Name") and not has(run[0], lang, "Name") and not has(run[2], lang, "Patr"):
        # "жительница Заречного Нина Гусева": a place's word in the genitive before a first name and a
        # surname belongs to the description, not to the name
        run = run[1:]
    if not run or len(run) > 3:
        return None
    titled = kind_of(" ".join(words[: len(words) - len(run)]), lang) in (
        "state_official",
        "military",
        "journalist",
        "expert",
    )
    if not titled and not any(has(w, lang, "Name") or has(w, lang, "Surn") or has(w, lang, "Patr") for w in run):
        return None
    if not titled and len(run) == 1 and not has(run[0], lang, "Surn") and not _surname_shape(run[0], lang):
        return None
    head = words[0] if len(words) > len(run) else ""
    oblique = governed or bool(
        titled
        and head
        and (ps := [t for _l, t in parses(head, lang) if "NOUN" in t])
        and not any("nomn" in t for t in ps)
    )
    nominative = _nominative_name(run, lang, oblique)
    return " ".join(nominative), lemma(nominative[-1], lang)


class SourceBook:
    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.entries: list[Entry] = []
        self.last_person: Entry | None = None
        self.recent: list[Entry] = []  # by last mention, most recent last
        self.relayed_by: dict[str, str] = {}  # an unnamed source's id -> the id of the one who relayed it
        self.signatures: list[tuple[int, int]] = []  # lines that only name a body or channel (no claim)
        self.joint: list[str] = []  # the second of two sources cited together ("по словам X и Y"): Y's ids

    @property
    def sources(self) -> list[Source]:
        return [e.source for e in self.entries]

    def pronoun(self, word: str) -> bool:
        return norm(word) in lex(self.lang, "pronouns")

    def _bare(self, mention: str) -> list[str] | None:
        """The lemmas of a mention that names nothing by itself: no quoted or capitalised name after its
        first word, no registry body ('відомство', 'російського відомства', 'співрозмовників видання')."""
        if re.search(r"[«\"„“]", mention) or registry_hit(mention, self.lang):
            return None
        words = re.findall(r"[\w'’ʼ-]+", mention)
        if not words or len(words) > 4 or any(w[:1].isupper() for w in words[1:]):
            return None
        return [lemma(w, self.lang) for w in words]

    def relayed_unnamed(self, mention: str) -> Entry | None:
        """'Источник «Заслона»', 'джерело видання': the unnamed source that outlet was cited relaying."""
        words = re.findall(r"[\w'’ʼ-]+|«[^»]*»", mention)
        if len(words) < 2 or lemma(words[0], self.lang) not in lex(self.lang, "unnamed_heads"):
            return None
        rest = mention[mention.find(words[1]) :]
        rest_key = " ".join(lemma_words(rest, self.lang))

        def quoted_key(name: str) -> str | None:
            q = quoted_name(name)
            return " ".join(lemma_words(q, self.lang)) if q else None

        qn = quoted_key(rest)
        for e in reversed(self.entries):
            if (qn and qn == quoted_key(e.source.name)) or rest_key in e.keys:
                head = lemma(words[0], self.lang)
                return next(
                    (
                        u
                        for u in reversed(self.entries)
                        if u.source.kind == "unnamed"
                        and self.relayed_by.get(u.source.id) == e.source.id
                        and lemma_words(u.source.name, self.lang)[:1] == [head]
                    ),
                    None,
                )
        return None

    def _qualifiers(self, mention: str, noun: str) -> set[str]:
        """The words of an anaphoric mention besides its noun that say which body it is ("міській" in "міській
        адміністрації"), not a demonstrative ("цього відомства")."""
        words = re.findall(r"[\w'’ʼ-]+", mention)
        at = next((i for i, w in enumerate(words) if lemma(w, self.lang) == noun), None)
        out: set[str] = set()
        for w in reversed(words[:at] if at is not None else []):
            ps = parses(w, self.lang)
            if not ps or not ps[0][1] & {"ADJF", "PRTF"} or ps[0][1] & {"Apro", "NPRO"}:
                break  # the adjectives right before the noun ("міській адміністрації"), not "Последний раз"
            out.add(lemma(w, self.lang))
        return out

    def body_named_before(self, mention: str, start: int) -> str | None:
        """A bare anaphoric noun ('відомство', 'ведомства') with no source cited before it: the nearest body
        the registry knows named earlier in the text (not as a source), of a kind the noun can stand for; it
        becomes the source, with that earlier mention."""
        lems = self._bare(mention)
        anaphors = lex(self.lang, "anaphors")
        noun = next((x for x in lems or () if x in anaphors), None)
        if noun is None or (self._qualifiers(mention, noun) and not side_of(mention, self.lang)):
            return None  # "міській адміністрації": a body of its own, not one named before
        best = None
        for m in re.finditer(r"[\w'’ʼ-]+", self.text[:start]):
            w = m.group()
            if not w[:1].isupper():
                continue
            hit = registry_hit(w, self.lang)
            if hit and hit[1]["kind"] in anaphors[noun]:
                best = (m.start(), m.end())
        if best is None:
            return None
        sid = self.add(*best)
        entry = next((e for e in self.entries if e.source.id == sid), None)
        if entry is None:
            return None
        entry.source.mentions.append(Span(mention, start, start + len(mention)))
        return sid

    def title_referent(self, mention: str) -> Entry | None:
        """'глава региона', 'очільник області', 'голова ОВА' without a name: the person cited before whose
        title names the head of a territory."""
        titles = lex(self.lang, "office_titles")
        heads, territories = set(titles["heads"]), set(titles["territories"])
        words = re.findall(r"[\w'’ʼ-]+", mention)
        if not words or len(words) > 4 or any(w[:1].isupper() and not w.isupper() for w in words[1:]):
            return None
        lems = lemma_words(mention, self.lang)
        bare = words[0].islower() or (
            words[0][1:].islower() and not any(t & {"Name", "Surn", "Patr"} for _l, t in parses(words[0], self.lang))
        )
        if len(words) == 1 and bare and has(words[0], self.lang, "anim"):
            # "— написал губернатор" after "губернатор Брянской области Иван Петров": the title alone is
            # the person cited before with that title (capitalised too where it opens the sentence:
            # "Губернатор добавил, что …")
            for e in reversed(self.recent):
                if e.person and lems[0] in lemma_words(e.source.description or "", self.lang):
                    return e
        if lems[0] not in heads or not (set(lems[1:]) & territories or " ".join(lems[1:3]) in territories):
            return None
        for e in reversed(self.recent):
            if not e.person:
                continue
            desc = set(lemma_words(e.source.description or "", self.lang))
            if desc & heads:
                return e
        return None

    def _plural_group(self, mention: str) -> bool:
        witnesses = set(lex(self.lang, "witness_heads"))
        for w in re.findall(r"[\w'’ʼ-]+", mention):
            ps = [t for lem, t in parses(w, self.lang) if lem in witnesses and "NOUN" in t]
            if ps:
                # a plural reading and no nominative singular one ("Очевидці" is also a locative singular)
                return any("plur" in t for t in ps) and not any({"nomn", "sing"} <= t for t in ps)
        return False

    def antecedent(self, mention: str) -> Entry | None:
        """The source cited before that a bare mention stands for: an anaphoric noun ('відомство',
        'агентства') is the last body of a kind it can name (and of the side its adjective gives); a bare
        unnamed head ('джерела', 'собеседник агентства') is the last unnamed source."""
        lems = self._bare(mention)
        if lems is None:
            return None
        heads = lex(self.lang, "unnamed_heads")
        witnesses = set(lex(self.lang, "witness_heads"))
        if set(lems) & witnesses and len(lems) <= 2:
            # "місцевих мешканців", then "Очевидці": the local people the article cites, one unnamed group
            # (a single resident who speaks is someone of their own: "розповіла місцева мешканка")
            if not self._plural_group(mention):
                return None
            for e in reversed(self.entries):
                if (
                    e.source.kind == "unnamed"
                    and set(lemma_words(e.source.name, self.lang)) & witnesses
                    and self._plural_group(e.source.name)
                ):
                    return e
            return None
        if lems[0] in heads:
            if len(lems) > 1 and not any(lex(self.lang, "anaphors").get(x) for x in lems[1:]):
                return None  # "джерело в уряді": a qualified unnamed source is its own
            for e in reversed(self.entries):
                first = lemma_words(e.source.name, self.lang)[:1]
                if first and first[0] in heads:
                    return e
            return None
        anaphors = lex(self.lang, "anaphors")
        noun = next((x for x in lems if x in anaphors), None)
        if noun is None or lems[-1] != noun and lems[0] != noun:
            return None
        side = side_of(mention, self.lang)
        # "міській адміністрації", "областная прокуратура": an adjective that says which body it is names a
        # body of its own, unless the one cited before has that word in its name; a demonstrative ("це
        # відомство") or a side ("российское ведомство") points back
        qualifiers = self._qualifiers(mention, noun)
        for e in reversed(self.entries):
            if e.person or e.source.kind not in anaphors[noun]:
                continue
            if side and e.source.side not in (side, "unknown"):
                continue
            if qualifiers and not side:
                named = " ".join([e.source.name, *(m.text for m in e.source.mentions), e.source.description or ""])
                if not qualifiers <= set(lemma_words(named, self.lang)):
                    continue
            return e
        return None

    def side_in_description(self, mention: str) -> str | None:
        """'Официальный представитель ведомства …': the side of the body an anaphoric noun in a person's
        title stands for."""
        anaphors = lex(self.lang, "anaphors")
        for w in re.findall(r"[\w'’ʼ-]+", mention):
            if lemma(w, self.lang) in anaphors:
                if self._qualifiers(mention, lemma(w, self.lang)):
                    continue  # "міській адміністрації": which body is said, none cited before
                e = self.antecedent(w)
                if e and e.source.side != "unknown":
                    return e.source.side
        return None

    def inherit_side(self, sid: str, relayer: str) -> None:
        """An unnamed source relayed by another ('ТАСС со ссылкой на источник') speaks, as far as the
        text tells, for the side of the one who relays it."""
        self.relayed_by.setdefault(sid, relayer)
        src = next((e.source for e in self.entries if e.source.id == sid), None)
        by = next((e.source for e in self.entries if e.source.id == relayer), None)
        if src and by and src.side == "unknown" and src.kind == "unnamed" and by.side != "unknown":
            src.side = by.side

    def joint_split(self, mention: str) -> tuple[int, int] | None:
        """Two sources cited together ("Иван Сомов и Петр Лукин", "Минздраве и МЧС", "поліції та
        прокуратури"): the offsets in the mention where the first ends and the second begins. Each side
        must name a source by itself (a person, a body the registry knows, a word of a source kind), so
        "Министерство науки и высшего образования" stays one name."""
        quoted = [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|\"[^\"]*\"|„[^“”]*[“”]", mention)]
        for m in JOINT.finditer(mention):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            first, second = mention[: m.start()], mention[m.end() :]
            if self.one_source(first) and self.one_source(second):
                return m.start(), m.end()
        return None

    def one_source(self, part: str) -> bool:
        lang = self.lang
        if not re.search(r"\w", part) or self.pronoun(part.strip()):
            return False
        return bool(person_name(part, lang) or registry_hit(part, lang) or kind_of(part, lang))

    def add(self, start: int, end: int, governed: bool = False) -> str | None:
        """The source id for the mention ``text[start:end]`` (a new source, or one already known).
        ``governed``: the frame puts the mention in an oblique case ("за словами", "по данным")."""
        while start < end and self.text[start] in " ,:;—–-":
            start += 1
        while end > start and self.text[end - 1] in " ,:;.—–-":
            end -= 1
        mention = self.text[start:end]
        if not mention or not re.search(r"\w", mention):
            return None
        lang = self.lang
        span = Span(mention, start, end)
        split = None if self.pronoun(mention) else self.joint_split(mention)
        if split is not None:
            # "по словам X и Y": X is the hop; Y is cited too and is a source of the article
            sid = self.add(start, start + split[0], governed)
            other = self.add(start + split[1], end, governed)
            if sid and other and other != sid and other not in self.joint:
                self.joint.append(other)
            entry = next((e for e in self.entries if e.source.id == sid), None)
            if entry is not None:
                self._touch(entry)
            return sid
        if self.pronoun(mention):
            ref = self.referent(mention)
            named = self.named_before(start, mention)
            if named and (ref is None or named[0] > max(x.start for x in ref.source.mentions)):
                # "Волонтерка Ірина Савчук возить воду. «…», — каже вона.": the person named since the last
                # one cited
                return self.add(*named)
            if ref is None:
                return None
            ref.source.mentions.append(span)
            self._touch(ref)
            return ref.source.id
        for a, b in list(self.signatures):
            if self._names_signature(mention, self.text[a:b]):
                # "оперштаб" after the signature "Оперативний штаб області": the signature's full name
                self.signatures.remove((a, b))
                self.add(a, b)
        key = " ".join(lemma_words(mention, lang))
        hit = registry_hit(mention, lang)
        person = person_name(mention, lang, governed)
        call = CALL_SIGN.search(mention)
        if call and not person:
            person = (call.group(1), norm(call.group(1)))  # "з позивним «Вишня»": a person by a call sign
            hit = None
        affiliation = None
        if (
            person
            and " " not in person[0]
            and not self.pronoun(mention)
            and not any(e.person and e.surname == person[1] for e in self.entries)
        ):
            # "— каже Безверха" after "… з начальницею МВА Тамарою Безверхою": the person named in full before
            full = self.full_name_before(start, person[1])
            if full is not None:
                sid = self.add(*full)
                entry = next((e for e in self.entries if e.source.id == sid), None)
                if entry is not None and entry.surname == person[1]:
                    entry.source.mentions.append(span)
                    self._touch(entry)
                    return sid
        if person and hit:
            if registry_hit(person[0], lang):
                person = None
            else:
                # "Речник Генштабу Андрій Ковалишин": a person; the body in the title is whom they speak for
                affiliation, hit = hit, None
        # "Джерело в СБУ", "источник РБК в энергетической компании": an unnamed source; the body it is in
        # gives its side but it is not that body
        first_word = re.findall(r"[\w'’ʼ-]+", mention)[:1]
        unnamed_in = None
        unnamed_head = bool(
            not person
            and first_word
            and len(mention.split()) > 1
            and lemma(first_word[0], lang) in lex(lang, "unnamed_heads")
        )
        if unnamed_head and (hit or kind_of(mention, lang) not in (None, "unnamed")):
            unnamed_in = (hit[1].get("side") if hit else None) or side_of(mention, lang)
            hit = None
        if (
            hit
            and not person
            and first_word
            and len(mention.split()) > 1
            and kind_of(first_word[0], lang) == "state_official"
            and not registry_hit(first_word[0], lang)
        ):
            # "Представитель Минобороны", "речник Генштабу", "глава ведомства X": an official of the body, who
            # speaks for it but is not the body; of its side
            affiliation, hit = hit, None
        initials = "".join(w[0] for w in lemma_words(mention, lang) if len(w) > 2)
        entry = None if person or hit else self.antecedent(mention)
        if entry is None and not person and not hit:
            entry = self.relayed_unnamed(mention) or self.title_referent(mention)
        if entry is None and not person and not hit:
            body = self.body_named_before(mention, start)
            if body is not None:
                return body  # "Сотрудники ФСБ задержали …, по версии ведомства": the body the text named
        anaphoric = entry is not None
        for e in self.entries if entry is None else ():
            if key in e.keys or (hit and e.registry == hit[0]):
                entry = e
            elif quoted_name(mention) and quoted_name(mention) == quoted_name(e.source.name):
                entry = e  # "«Верстка»", then "видання «Верстка»": one outlet by its quoted name
            elif e.person and e.surname and norm(mention.strip('«»"„“ ')) == e.surname:
                entry = e  # "Вишня" after "… з позивним «Вишня»"
            elif person and e.surname == person[1]:
                entry = e
            elif mention.isupper() and len(mention) >= 2 and e.acronym_of and e.acronym_of.endswith(norm(mention)):
                entry = e
            elif e.source.name.isupper() and len(initials) >= 2 and initials.endswith(norm(e.source.name)):
                entry = e
            elif len(initials) >= 3 and any(
                w.isupper() and len(w) >= 3 and initials.endswith(norm(w)) for w in e.source.name.split()
            ):
                entry = e  # "Харківська ОВА", then "обласної військової адміністрації"
            elif not e.person and (
                ministry_matches(mention, e.source.name, lang) or ministry_matches(e.source.name, mention, lang)
            ):
                entry = e
            elif not e.person and (clipped(mention, e.source.name, lang) or clipped(e.source.name, mention, lang)):
                entry = e  # "Оперативний штаб області", then "оперштаб"
            if entry:
                break
        if entry is None:
            kind = hit[1]["kind"] if hit else (kind_of(mention, lang) or ("state_official" if person else "other"))
            if unnamed_head:
                kind = "unnamed"
            resident = bool(person) and kind == "unnamed"
            if resident:
                kind = "other"  # "жительница Заречного Нина Гусева": a resident who gives her name is named
            title = kind_of(mention, lang) if person else None
            if person and kind in ("government_body", "other", "military") and not hit and not resident:
                # a person's title names an office, else the person is of no office ("Волонтерка Ірина
                # Савчук", "Мать погибшего, Дарима Цыренова"); a bare name is taken for an official's
                kind = (
                    title
                    if title in ("state_official", "military", "journalist", "expert", "other")
                    else "state_official"
                )
            side = (
                unnamed_in
                or (hit[1].get("side") if hit else None)
                or (affiliation[1].get("side") if affiliation else None)
                or side_of(mention, lang)
                or self.side_in_description(mention)
                or (title_side(mention, lang) if person and kind in STATE_KINDS else None)
                or "unknown"
            )
            name = person[0] if person else mention
            src = Source(id=f"s{len(self.entries) + 1}", name=name, kind=kind, side=side, mentions=[span])
            if person and name != mention:
                src.description = mention
            entry = Entry(src, {key}, hit[0] if hit else None, person[1] if person else None, initials, bool(person))
            entry.gender = self.gender_of(person[0] if person else mention, bool(person))
            self.entries.append(entry)
        else:
            if not anaphoric:
                entry.keys.add(key)
            entry.source.mentions.append(span)
            # the fullest form names the source ("Генштаб" then "Генеральний штаб ЗСУ")
            if entry.person and person and len(person[0]) > len(entry.source.name):
                entry.source.name = person[0]  # "Песков", then "Дмитрий Песков"
                entry.source.description = mention if mention != person[0] else entry.source.description
            if not entry.person and not anaphoric and len(mention) > len(entry.source.name) and not mention.isupper():
                entry.source.name = mention
                entry.acronym_of = entry.acronym_of if len(entry.acronym_of or "") > len(initials) else initials
            if entry.source.side == "unknown":
                entry.source.side = side_of(mention, lang) or "unknown"
            if entry.source.kind == "other" and not anaphoric:
                entry.source.kind = (
                    hit[1]["kind"] if hit else kind_of(mention, lang)
                ) or "other"  # "«Верстка»", then "видання «Верстка»"
        if entry.person:
            self.last_person = entry
        self._touch(entry)
        return entry.source.id

    def describe(self, sid: str, start: int, end: int) -> None:
        """A person's title given after the name ("Шевчук Тарас, речник Запорізької ОВА"): the title gives
        the kind and side it would give before the name."""
        entry = next((e for e in self.entries if e.source.id == sid), None)
        if entry is None or not entry.person:
            return
        title = self.text[start:end]
        src = entry.source
        if len(src.mentions) == 1:
            tk = kind_of(title, self.lang)
            if tk in ("state_official", "military", "journalist", "expert", "other"):
                src.kind = tk
            elif tk in ("government_body", "intelligence_service") or registry_hit(title, self.lang):
                src.kind = "state_official"
        if src.side == "unknown":
            hit = registry_hit(title, self.lang)
            src.side = (
                (hit[1].get("side") if hit else None)
                or side_of(title, self.lang)
                or self.side_in_description(title)
                or title_side(title, self.lang)
                or "unknown"
            )
        if src.description is None:
            m = src.mentions[0]
            src.description = f"{m.text}, {title}"

    def _names_signature(self, mention: str, sig: str) -> bool:
        lang = self.lang
        if clipped(mention, sig, lang):
            return True
        initials = "".join(w[0] for w in lemma_words(sig, lang) if len(w) > 2)
        if mention.isupper() and len(mention) >= 2 and initials.endswith(norm(mention)):
            return True
        hit, other = registry_hit(mention, lang), registry_hit(sig, lang)
        if hit and other and hit[0] == other[0]:
            return True
        # "обласної військової адміністрації" after the signature "Сумська обласна військова адміністрація":
        # every word of the mention in the signature, the head noun included
        lm, ls = lemma_words(mention, lang), lemma_words(sig, lang)
        return (
            len(lm) >= 2
            and set(lm) <= set(ls)
            and lm[-1] in ls
            and not any(w[:1].isupper() for w in mention.split()[1:])
        )

    def _touch(self, entry: Entry) -> None:
        if entry in self.recent:
            self.recent.remove(entry)
        self.recent.append(entry)

    def gender_of(self, name: str, person: bool) -> str | None:
        """m/f of a person by the dictionary's first name or surname; pl for a mention whose head noun is
        plural ("Аналітики проєкту", "Російські воєнкори", "джерела")."""
        words = re.findall(r"[\w'’ʼ-]+", name)
        if person:
            # a first name tells first, then a surname that declines ("Ткач" and "Руденко" are anyone's
            # surnames; "Ганна" is a woman's name, though also a man's surname in the genitive)
            for mark in ("Name", "Surn"):
                for w in words:
                    gs = {
                        g
                        for _l, tags in parses(w, self.lang)
                        if mark in tags and "Fixd" not in tags and "ms-f" not in tags
                        for g in ("m", "f")
                        if {"m": "masc", "f": "femn"}[g] in tags
                    }
                    if len(gs) == 1:
                        return gs.pop()
            return None
        for w in words:
            ps = parses(w, self.lang)
            if any("NOUN" in t for _l, t in ps):
                return "pl" if any({"NOUN", "plur", "nomn"} <= t for _l, t in ps) else None
        return None

    def named_before(self, at: int, pronoun: str) -> tuple[int, int] | None:
        """With no source yet for a pronoun to stand for: the person named last in the text before it, in
        a sentence the article told in its own voice ("Міністр оборони Денис Шмигаль провів зустріч.
        «…», — сказав він"), with the title in front of the name; of the pronoun's gender."""
        g = lex(self.lang, "pronouns").get(norm(pronoun))
        if g not in ("m", "f"):
            return None
        lo = max(0, at - 400)
        best = None
        for m in re.finditer(r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+(?: [A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)+", self.text[lo:at]):
            a, b = lo + m.start(), lo + m.end()
            # the last two or three words of a run of capitalised words ("Президент Польщі Анджей Дуда")
            words = list(re.finditer(r"\S+", m.group()))
            tail = next(
                (
                    w
                    for k in (3, 2)
                    if len(words) >= k and person_name(" ".join(x.group() for x in words[-k:]), self.lang)
                    for w in [words[-k]]
                ),
                None,
            )
            if tail is not None:
                a = lo + m.start() + tail.start()
            known = next(
                ((x.start, x.end) for e in self.entries for x in e.source.mentions if x.start < b and a < x.end),
                None,
            )
            if known:
                best = known  # a source already: "По мнению эксперта X, … Он считает"
                continue
            got = person_name(self.text[a:b], self.lang)
            if got is None or self.gender_of(self.text[a:b], True) not in (g, None):
                continue
            best = (a, b)
        if best is None:
            return None
        a, b = best
        if any(x.start == a and x.end == b for e in self.entries for x in e.source.mentions):
            return a, b
        return self.with_title(a, b)

    def with_title(self, a: int, b: int) -> tuple[int, int]:
        """A person's name at a..b with the title before it, back to the start of its clause: "Міністр оборони
        Денис Шмигаль"."""
        head = self.text[max(0, a - 80) : a]
        # "… поговорили з начальницею МВА Тамарою Безверхою": after the preposition of company too
        tm = re.search(r"(?:^|[.!?\n,;:—–(«]\s*|\s(?:з|із|зі|с|со)\s+)((?:[\w'’ʼ-]+\s+){1,6})$", head)
        if (
            tm
            and kind_of(tm.group(1), self.lang)
            and not any("PREP" in t for w in tm.group(1).split() for _l, t in parses(w, self.lang))
        ):
            a = a - len(tm.group(1))
        return a, b

    def full_name_before(self, at: int, surname: str) -> tuple[int, int] | None:
        """The last first name and surname before ``at`` whose surname is ``surname`` (a lemma), with its title."""
        best = None
        for m in re.finditer(r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+ [A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+", self.text[max(0, at - 1500) : at]):
            got = person_name(m.group(), self.lang)
            if got and got[1] == surname and " " in got[0]:
                lo = max(0, at - 1500)
                best = (lo + m.start(), lo + m.end())
        return self.with_title(*best) if best else None

    def referent(self, pronoun: str) -> Entry | None:
        """Who a personal pronoun stands for: the last person of its gender ('він', 'вона'), the last group
        ('вони': "Аналітики … Вони зазначили"), else the last person cited."""
        g = lex(self.lang, "pronouns").get(norm(pronoun))
        if g == "pl":
            group = next((e for e in reversed(self.recent) if e.gender == "pl"), None)
            return group or self.last_person
        if g in ("m", "f"):
            same = next((e for e in reversed(self.recent) if e.person and e.gender in (g, None)), None)
            if same is not None:
                return same
        return self.last_person


STATE_KINDS = ("government_body", "state_official", "military")
LOCAL = {
    *(f"местн{e}" for e in ("ый", "ая", "ое", "ые", "ого", "ой", "ых", "ому", "ым", "ую", "ыми")),
    *(f"місцев{e}" for e in ("ий", "а", "е", "і", "ого", "ої", "их", "ому", "ій", "им", "у", "ими")),
}


def settle_sides(sources: list[Source], places: list[Place], lang: str = "uk") -> None:
    """A state body or official with no side marker ("обласна прокуратура", "глава округа Зубов",
    "Міська влада") serves where the article's events are: the side of the country that at least two
    thirds of the article's Ukrainian and Russian place mentions are in."""
    counts = {"UA": 0, "RU": 0}
    for p in places:
        if p.country in counts:
            counts[p.country] += 1
    total = sum(counts.values())
    if total < 2:
        return
    top = max(counts, key=lambda c: counts[c])
    if counts[top] * 3 < total * 2:
        return
    for src in sources:
        if src.side == "unknown" and src.kind in STATE_KINDS:
            src.side = top.lower()
        elif (
            src.side == "unknown"
            and src.kind == "unnamed"
            and " " in src.name
            and kind_of(src.name.split(maxsplit=1)[1], lang) in STATE_KINDS
        ):
            # "источник в силовых структурах", "джерела в обласній адміністрації": someone in a state body
            # of the country where the events are
            src.side = top.lower()
        elif (
            src.side == "unknown"
            and src.kind in ("other", "unnamed", "social_media_account")
            and LOCAL & set(re.findall(r"\w+", src.name.lower()))
        ):
            # "местной сетевой компании", "місцевих мешканців", "місцеві пабліки": local people, firms and
            # channels are where the events are
            src.side = top.lower()

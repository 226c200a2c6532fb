"""Claims, attribution chains, quotations, hedges and verification statements of Ukrainian and Russian news.

The frames, in the order they are tried on a sentence:

- a back reference: "Про це повідомила X у Telegram." / "Об этом сообщил X." attributes the sentences
  before it in the paragraph (the lede's facts) and is no claim of its own;
- a quotation with its speaker after a dialogue dash: "«…», — написав X." / "«…», — сказал он."; each
  sentence inside is a claim of X; also "X заявив: «…»";
- a prepositional frame at the sentence start: "За даними X, …", "За словами X, …", "Як повідомляє X, …",
  "По данным X, …", "Со ссылкой на…"; "За попередніми даними" names no source and hedges; the same frames
  after the content ("…, як повідомляє X.");
- a speech verb in any aspect, gender and number (заявив / заявила / заявили, повідомляє, сообщил) with the
  source before it ("Генштаб повідомив, що …"), after it ("повідомив Генштаб, що …"), or in an impersonal
  "У Міноборони РФ заявили, що …"; the content after "що"/"что", after "про"/"о" ("повідомляв про сім
  вибухів") or before the verb ("…, — повідомили в ОВА"); a relay inside the frame ("з посиланням на
  очевидців", "со ссылкой на источники") adds the next hop;
- a source label: "Генштаб: 11 боєзіткнень на півночі";
- none: the article's own voice; a sentence right after an attributed one in the same paragraph goes on
  with its attribution (a report told over several sentences).

A content span is split into claims at clause boundaries (", а …", "; ", a comma before an impersonal
predicate "…, пошкоджено 3 будинки", a comma before a new subject and its verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...ground.morph import has, lemma, lemmas, lex, norm, parses
from ...model import ArticleRecord, Claim, Evidence, Hop, Quote, Span
from .sources import SourceBook, kind_of, person_name, registry_hit
from .text import OPEN_CLOSE, Sentence, Tok, paragraphs, quotes, sentences, tokens

# "Про це йдеться в повідомленні …", "Об этом говорится в сообщении …": a back reference to a document
STATED_IN = re.compile(
    r"(?i)(?<!\w)(?:йдеться|ідеться|говориться|говорится|идет речь|идёт речь|сказано|зазначено|указано)(?!\w)"
)
NEGATION = {"не", "ні", "ни"}
SO_CALLED = {"званий", "називаний", "называемый", "называть", "звати"}
PERSONAL = {"uk": {"він", "вона", "вони"}, "ru": {"он", "она", "они"}}
COMPLEMENTIZERS = {"uk": {"що", "ніби", "начебто", "мовляв", "нібито"}, "ru": {"что", "будто", "якобы", "мол"}}
# ", а також" / ", а также" adds to the same predicate ("порівняли кадри, а також звірили час"): no new clause
CLAUSE_CONJ = {
    "uk": r"а(?!\s+також)|але|проте|однак|тоді як",
    "ru": r"а(?!\s+также)|но|однако|тогда как|в то время как",
}
ABOUT = {"uk": {"про"}, "ru": {"о", "об", "про"}}
IN = {"uk": {"у", "в"}, "ru": {"в", "во", "у"}}
TELEGRAM = re.compile(r"(?i)\b(?:у|в|во)\s+(?:своєму\s+|своем\s+)?(?:telegram|телеграм\w*)")
EVIDENCE_LINE = re.compile(r"(?i)^\W*(фото|відео|видео|фото\s+і\s+відео|фото\s+и\s+видео)\s*[:—–-]\s*(.+?)\s*$")
LABEL = re.compile(r"(\W*)([^:\n]{2,120}?):\s+(?=\S)")
OPENERS = '\u00ab\u201e\u201c"'
AS = {"uk": {"як"}, "ru": {"как"}}
RELATIVES = {"який", "котрий", "который", "чий", "чей"}
QUALIFIER_PREPS = {"uk": {"з", "із", "серед", "зі"}, "ru": {"из", "среди"}}
# "…, говориться в зведенні", "…, говорится в сводке": a postposed reference to the document that says it
POST_STATED = re.compile(
    r"(?i),\s*(?:про це |об этом )?(?:йдеться|ідеться|говориться|говорится|сказано|зазначено|указано|"
    r"зазначається|отмечается|наголошується|подчеркивается|подчёркивается)\s+(?:в|у|во)\s+"
)
# existential negation after a comma opens a clause of its own ("…, постраждалих немає", "…, жертв нет")
NEG_EXIST = {"немає", "нема", "нет", "відсутні", "отсутствуют"}
# a news agency's dateline: "МОСКВА, 10 ноября. /ТАСС/.", "ХАРКІВ, 3 квітня — Укрінформ."
DATELINE = re.compile(
    r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’-]+(?:[ -][A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’-]+){0,2}(?:\s*\([^)\n]{1,40}\))?,\s*"
    r"\d{1,2}\s+([^\W\d_]+)\.?(?:\s+\d{4}(?:\s*(?:г|р|года|року)\.?)?)?\s*[.,]?\s*"
)
DATELINE_AGENCY = re.compile(r"(/[^/\n]{1,60}/|[—–-]\s*[^.\n]{1,40}?)\s*\.\s*")
# the readers addressed after a call to them
READER_PRONOUNS = {"мы", "нам", "нас", "вы", "вам", "вас", "ми", "ви", "ваш", "ваша", "ваше", "ваши", "ваші", "наш"}
# verbs of confirming and showing, whose subject may be a thing ("Розташування підтверджують вежа та лінія")
CONFIRMING = {
    "підтверджувати", "підтвердити", "свідчити", "показувати", "показати", "доводити", "довести",
    "подтверждать", "подтвердить", "свидетельствовать", "показывать", "показать", "доказывать", "доказать",
}  # fmt: skip
# verbs by which material turns up with no one named who released it ("у мережі з'явилося відео")
APPEAR = {"з'явитися", "з’явитися", "з'являтися", "з’являтися", "появиться", "появляться"}
# "цю інформацію", "эти данные": what was reported just before, taken up again
ANAPHORIC_REPORT = {
    "uk": re.compile(
        r"(?i)(?<!\w)(?:ці|цю|це|цих|цієї|ця|такі|таку)\s+(?:інформаці\w*|дан(?:і|их)|повідомленн\w*|"
        r"твердженн\w*|заяв\w*|звинуваченн\w*|відомост\w*)"
    ),
    "ru": re.compile(
        r"(?i)(?<!\w)(?:эти|эту|это|этих|этой|такие|такую)\s+(?:информаци\w*|данн(?:ые|ых)|сообщени\w*|"
        r"утверждени\w*|заявлени\w*|обвинени\w*|сведени\w*)"
    ),
}
# bodies whose own acts the article reports in its voice
BODY_KINDS = ("government_body", "military", "intelligence_service")
# "губернатор X в своём Telegram-канале": where the source said it is no part of its name
CHANNEL_AT = re.compile(
    r"(?i)(?:у|в|во|на)\s+(?:своєму\s+|своему\s+|своём\s+|своем\s+|своей\s+|своїй\s+|официальном\s+|офіційному\s+)?"
    r"(?:telegram|телеграм|facebook|фейсбук|twitter|твиттер|твітер|instagram|инстаграм|інстаграм|youtube|ютуб|"
    r"соцсет|соцмереж|социальн\w+\s+сет|соціальн\w+\s+мереж|канал|сторінц|страниц|аккаунт|акаунт|блог)"
)
# the words in quotation marks are a name: each capitalised or a figure, at most four ("«Волинському вістнику»"
# has a lower-case second word of a title, so the first capital and the short length decide)
QUOTED_NAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ0-9][\w'’-]*(?:[ -][\w'’-]+){0,3}")
# verbs whose object in quotation marks may be a name given ("назвали «Операцією Х»")
NAMING = {"назвати", "називати", "назвать", "называть"}
# where footage was shot ("місце зйомки", "место съёмки"): a check of the footage named before
SHOT_AT = re.compile(r"(?i)зйомк|знімання|съ[её]мк")
# verbs by which material comes into someone's hands, with no release ("журналісти отримали документи")
OBTAIN = {"отримати", "отримувати", "здобути", "получить", "получать", "раздобыть", "добыть"}
# the forms of "data" that head a two-word evidence entry ("дані моніторингу", "данные мониторинга")
DATA_FORMS = {
    **dict.fromkeys(("дані", "даних", "даними", "даним"), "дані"),
    **dict.fromkeys(("данные", "данных", "данными", "данным"), "данные"),
}
# footage shot from a drone ("кадри з дрона", "видео с беспилотника", "відео з квадрокоптера")
FROM_DRONE = re.compile(r"(?i)\s*(?:з|із|зі|с|со)\s+(?:дрон|безпілотн|беспилотн|квадрокоптер|коптер|бпла|бпл\w)\w*")
# "части снимков", "частину відео": a part of a set, told apart from the whole
PART_OF = {"часть", "частина", "некоторый", "деякий"}
# a check of what the parties said ("заяви обох сторін", "сообщения сторон", "данные сторон конфликта")
BOTH_SIDES = re.compile(
    r"(?i)(?<!\w)(?:обох|обеих|обоих)\s+сторін|(?:обох|обеих|обоих)\s+сторон|(?<!\w)сторін\b|(?<!\w)сторон\b"
)
# what material shows, after its frame ("на відео видно", "на кадрах видны")
SEEN = {"видно", "видні", "видний", "видна", "видать", "видны", "виден", "показано", "зафіксовано", "зафиксировано"}
# a message is material a claim rests on where the network it was posted on is named
MESSAGE_NOUNS = {"сообщение", "повідомлення", "публикация", "публікація", "запись", "допис", "пост"}
SOCIAL = re.compile(
    r"(?i)(?:социальн\w+\s+сет\w+|соцсет\w+|соціальн\w+\s+мереж\w+|соцмереж\w+|telegram\w*|телеграм\w*|паблик\w*|пабліка\w*)"
)


@dataclass
class Draft:
    start: int
    end: int
    hops: list[Hop] = field(default_factory=list)
    stance: str = "asserts"
    quote: bool = False
    hedges: list[Span] = field(default_factory=list)
    verification: str = "not_stated"
    sent: int = 0
    para: int = 0
    headline: bool = False
    frame: str = "none"  # none, own, verb, verb_obj, prep, label, quote, inherited, hedge, back


def agrees(noun: str, adj: str, lang: str) -> bool:
    """Whether an adjective or participle after a comma can modify the noun before it: same number, and
    same gender in the singular ("источник, знакомый с ходом …"; not "словами, українські підрозділи")."""
    nouns = [t for _l, t in parses(noun, lang) if "NOUN" in t]
    adjs = [t for _l, t in parses(adj, lang)[:2] if t & {"ADJF", "PRTF"} and "NOUN" not in t]
    for n in nouns:
        for a in adjs:
            if "plur" in n and "plur" in a:
                return True
            if "sing" in a and any(g in n and g in a for g in ("masc", "femn", "neut")):
                return True
    return False


def first_verb(word: str, lang: str) -> bool:
    """Whether the word's likeliest reading is a finite verb."""
    ps = parses(word, lang)
    return bool(ps) and "VERB" in ps[0][1] and not ps[0][1] & {"infn", "INFN"}


class Reader:
    def __init__(self, rec: ArticleRecord, lang: str) -> None:
        self.rec = rec
        self.text = rec.article.text
        self.lang = lang
        self.book = SourceBook(self.text, lang)
        self.speech = lex(lang, "speech_verbs")
        self.preps = set(lex(lang, "prepositions"))
        self.frames = [(re.compile(rf"(?i)^(?:{p})(?!\w)"), role) for p, role in lex(lang, "frames")]
        self.post_frames = [(re.compile(rf"(?i),\s*((?:{p})(?!\w))"), role) for p, role in lex(lang, "frames")]
        self.relay = [re.compile(rf"(?i)(?<!\w){p}(?!\w)") for p in lex(lang, "relay")]
        self.back = [re.compile(rf"(?i)^(?:{p})(?!\w)") for p in lex(lang, "back_reference")]
        self.hedge_res = [re.compile(rf"(?i)(?<!\w){p}(?!\w)") for p in lex(lang, "hedges")]
        self.verif_res = [(re.compile(rf"(?i)(?<!\w){p}(?!\w)"), v) for p, v in lex(lang, "verification")]
        self.basis_res = [re.compile(rf"(?i)(?<!\w){p}(?!\w)") for p in lex(lang, "evidence_basis")]
        self.meta_res = [re.compile(rf"(?i)^\W*(?:{p})") for p in lex(lang, "meta_lines")]
        self.expressive_res = [re.compile(rf"(?i)(?:{p})") for p in lex(lang, "expressives")]
        self.stamp_res = [re.compile(rf"(?i)(?:{p})\s*[:.—–-]?\s*") for p in lex(lang, "update_stamps")]
        self.connective = re.compile(rf"(?i)^(?:{'|'.join(lex(lang, 'connectives'))})(?!\w)\s*,?\s*")
        self.drafts: list[Draft] = []
        self.quotes: list[Quote] = []
        self.evidence: list[Evidence] = []
        self.ev_para: dict[str, int] = {}
        self.pending_relays: list[str] = []

    # ---- words -------------------------------------------------------------------------------------
    def is_speech(self, t: Tok) -> bool:
        if not re.match(r"\w", t.text) or t.text[:1].isupper() and t.text.isupper():
            return False
        for lem, tags in parses(t.text, self.lang):
            if lem in self.speech and "VERB" in tags and not tags & {"infn", "impr", "INFN"}:
                return True
        return False

    def is_prep(self, t: Tok) -> bool:
        return norm(t.text) in self.preps

    def stance_of(self, t: Tok | None) -> str:
        if t is None:
            return "reports"
        for lem, _tags in parses(t.text, self.lang):
            if lem in self.speech:
                return self.speech[lem]
        return "reports"

    # ---- noun phrases ------------------------------------------------------------------------------
    def np_end(self, ts: list[Tok], i: int, stop: int) -> int:
        """The end (token index) of a noun phrase starting at ``i``: before a preposition, comma, verb,
        dash or complementizer; a quoted name is kept whole."""
        j = i
        while j < stop:
            t = ts[j]
            if t.text in OPENERS:
                k = j + 1
                while k < stop and ts[k].text not in ("\u00bb", "\u201c", "\u201d", '"'):
                    k += 1
                j = k + 1
                continue
            if t.text == "-" and not t.space_before and j + 1 < stop and not ts[j + 1].space_before:
                j += 1  # "телеграм-канал" split by the tokenizer is one word
                continue
            if norm(t.text) in ("з", "із", "с") and j + 1 < stop and norm(ts[j + 1].text) in ("позивним", "позывным"):
                j += 2  # "командирка взводу з позивним «Вишня»": the call sign belongs to the mention
                continue
            if (
                self.is_prep(t)
                and j == i + 1
                and norm(t.text) in IN[self.lang] | QUALIFIER_PREPS[self.lang]
                and lemma(ts[i].text, self.lang) in lex(self.lang, "unnamed_heads")
            ):
                j += 1  # "джерела у Службі безпеки", "источник в правоохранительных органах"
                continue
            if t.text in (",", ".", ":", ";", "—", "–", "-", "(", ")", "!", "?") or self.is_prep(t):
                break
            if norm(t.text) in COMPLEMENTIZERS[self.lang] or self.is_speech(t):
                break
            if norm(t.text) == "так" and j + 1 < stop and lemma(ts[j + 1].text, self.lang) in SO_CALLED:
                j += 2  # "глава так называемой ДНР", "так званий «мер»": the phrase names the office
                continue
            first = parses(t.text, self.lang)[:1]
            if j > i and t.text[:1].islower() and first and first[0][1] & {"NPRO", "Apro"}:
                break  # "Генштаб цю інформацію не коментував": a pronoun starts the object, not the name
            if (
                j > i
                and t.text[:1].islower()
                and first
                and first[0][1] & {"ADVB", "PRCL", "CONJ"}
                and not first[0][1] & {"NOUN", "ADJF"}
            ):
                break  # "Російські воєнкори напередодні опублікували": the adverb is no part of the name
            if j > i and any(r.match(self.text, t.start) for r in self.relay):
                break
            if (
                j > i
                and not t.text[:1].isupper()
                and has(t.text, self.lang, "VERB")
                and not has(t.text, self.lang, "NOUN")
                and not has(t.text, self.lang, "ADJF")
            ):
                break
            j += 1
        return min(j, stop)

    def np_before(self, ts: list[Tok], lo: int, v: int) -> tuple[int, int] | None:
        """The source before a speech verb: the noun phrase opening the clause (after discourse words), or
        the one after 'у/в' in an impersonal frame ('У Міноборони РФ заявили')."""
        i = lo
        while i < v and (
            ts[i].text in (",", "—", "–")
            or (
                parses(ts[i].text, self.lang)
                and parses(ts[i].text, self.lang)[0][1] & {"ADVB", "CONJ", "PRCL"}
                and not ts[i].text.isupper()
            )
        ):
            i += 1
        if i >= v:
            return None
        if norm(ts[i].text) in IN[self.lang] and i + 1 < v:
            if self.time_word(ts[i + 1].text):
                i += 2  # "ещё в пятницу писали", "у квітні заявляли": a time, then the clause goes on
                return self.np_before(ts, i, v) if i < v else None
            j = self.np_end(ts, i + 1, v)
            docs = lex(self.lang, "document_nouns")
            d = next((k for k in range(i + 1, j - 1) if lemma(ts[k].text, self.lang) in docs), None)
            if d is not None and self.nominative_np(ts, (d + 1, j)):
                return (d + 1, j)  # "в вечерней сводке ведомство сообщило": the document, then its author
            return (i + 1, j) if j > i + 1 else None
        if self.is_prep(ts[i]):
            # a prepositional adjunct first ("У ранковому зведенні Генштаб повідомив"): the capitalised
            # word after it opens the subject
            k = next((k for k in range(i + 2, v) if ts[k].text[:1].isupper() or ts[k].text in OPENERS), None)
            if k is None and any(r.match(self.text, ts[i].start) for r in self.relay):
                # "Со ссылкой на источники агентство сообщило": after a relay, the last kind word opens the subject
                k = next((k for k in range(v - 1, i + 2, -1) if self.kind_noun(ts[k].text)), None)
            if k is None:
                return None
            if k - 1 > i + 1 and ts[k - 1].text[:1].islower() and self.kind_noun(ts[k - 1].text):
                k -= 1  # "Со ссылкой на источники издание «Вестник» сообщает": the outlet's kind word is its name's
            i = k
        j = self.np_end(ts, i, v)
        if 0 < j < v and all(t.text not in (",", ";", ":", "—", "–") for t in ts[j:v]):
            # "Уповноважений з прав людини в Росії Тетяна Москвіна заявила": a title with its complement,
            # then the person's name right before the verb
            if person_name(self.text[ts[j].start : ts[v - 1].end], self.lang) and not any(
                first_verb(t.text, self.lang) for t in ts[j:v]
            ):
                return (i, v)
        return (i, j) if j > i else None

    def own_outlet(self, sid: str) -> bool:
        """Whether a source is the article's own outlet: "редакція", "наша редакция", "мы", "наші журналісти"."""
        src = next((e.source for e in self.book.entries if e.source.id == sid), None)
        if src is None:
            return False
        lems = [lemma(w, self.lang) for w in re.findall(r"[\w'’-]+", src.name)]
        own = {"редакція", "редакция"}
        if lems and lems[0] in own and len(lems) <= 2 and not re.search(r"[«\"„“]", src.name):
            return len(lems) == 1 or lems[1] in ("наш", "видання", "издание")
        if len(lems) == 2 and lems[0] == "наш":
            return lems[1] in own | {"видання", "издание", "журналіст", "журналист", "кореспондент", "корреспондент"}
        return [norm(w) for w in src.name.split()] in (["ми"], ["мы"])

    def kind_noun(self, word: str) -> bool:
        """A noun in the nominative that says what kind of source a name is ("издание", "канал", "агентство")."""
        ps = parses(word, self.lang)
        return bool(ps) and {"NOUN", "nomn"} <= ps[0][1] and kind_of(word, self.lang) not in (None, "unnamed")

    def time_word(self, word: str) -> bool:
        """A weekday, a month or a word of relative time ('пятницу', 'квітні', 'понеділок')."""
        lem = lemma(word, self.lang)
        return any(lem in lex(self.lang, name) or norm(word) in lex(self.lang, name) for name in ("weekdays", "months"))

    def skip_time(self, ts: list[Tok], i: int) -> int:
        """The token after a time adverbial that stands between a speech verb and its subject ('сообщило во
        вторник министерство', 'повідомила у четвер ОВА'): a preposition and a weekday or a month."""
        while (
            i + 1 < len(ts)
            and norm(ts[i].text) in ("в", "во", "у", "уві")
            and ts[i + 1].text[:1].islower()
            and self.time_word(ts[i + 1].text)
        ):
            i += 2
        return i

    def skip_channel(self, ts: list[Tok], i: int) -> int:
        """The token after time adverbials and channels that stand between a speech verb and its subject
        ('— написал в телеграме глава района', '— написала у своєму Telegram очільниця', '— сообщил во
        вторник в телеграм-канале губернатор', '— написал на своей странице в Facebook мэр'): the subject's
        name begins there."""
        i = self.skip_time(ts, i)
        while i < len(ts) and (m := CHANNEL_AT.match(self.text, ts[i].start)):
            j = i
            while j < len(ts) and ts[j].start < m.end():
                j += 1
            # "телеграм-канале", "Telegram-каналі": the compound split by the tokenizer
            while j + 1 < len(ts) and ts[j].text == "-" and not ts[j].space_before:
                j += 2
            i = self.skip_time(ts, j)
        return i

    def np_after(self, ts: list[Tok], i: int, stop: int) -> tuple[int, int] | None:
        if (
            i < stop
            and norm(ts[i].text) in IN[self.lang]
            and i + 1 < stop
            and (ts[i + 1].text[:1].isupper() or kind_of(ts[i + 1].text, self.lang))
        ):
            i += 1
        j = self.np_end(ts, i, stop)
        return (i, j) if j > i else None

    def drop_addressee(self, ts: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
        """'— розповів журналістам місцевий житель', '— рассказал РИА Новости очевидец': the one told is
        not the speaker (a dative word, or an outlet the registry knows, before the speaker's name)."""
        a, b = span
        while a + 1 < b:
            w = ts[a].text
            ps = parses(w, self.lang)
            datv_only = (
                ps
                and all("datv" in t or "ablt" in t for _l, t in ps if "NOUN" in t)
                and any("NOUN" in t for _l, t in ps)
            )
            if datv_only:
                a += 1
                continue
            # an outlet the registry knows, then the speaker in lower case ("РИА Новости местный житель")
            cut = next(
                (
                    k
                    for k in range(a + 1, b)
                    if not ts[k].text[:1].isupper()
                    and (hit := registry_hit(" ".join(t.text for t in ts[a:k]), self.lang))
                    and hit[1]["kind"] == "media_outlet"
                ),
                None,
            )
            if cut is None:
                break
            a = cut
        # "— сказал он журналистам", "— розповів Петренко іноземним журналістам": the one told after the
        # speaker (a lower-case noun that can only be dative, with its adjectives)
        dropped = False
        while a + 1 < b:
            w = ts[b - 1].text
            ps = parses(w, self.lang)
            if not w[:1].islower() or not ps:
                break
            nouns = [t for _l, t in ps if "NOUN" in t]
            adjs = [t for _l, t in ps if "ADJF" in t]
            if nouns and all("datv" in t for t in nouns) and not any("ADJF" in t for _l, t in ps):
                b -= 1
                dropped = True
            elif (
                dropped and adjs and any("datv" in t for t in adjs) and not any(not t & {"Surn", "Name"} for t in nouns)
            ):
                b -= 1
            else:
                break
        return a, b

    def source(self, ts: list[Tok], span: tuple[int, int] | None, governed: bool = False) -> str | None:
        if span is None:
            return None
        a, b = span
        return self.book.add(ts[a].start, ts[b - 1].end, governed)

    def governs(self, cue: str) -> bool:
        """Whether a frame puts its source in an oblique case: it ends in a noun or a preposition ("по
        словам", "за даними", "со ссылкой на"), not in a verb ("как сообщил", "як повідомили")."""
        words = re.findall(r"[\w'’-]+", cue)
        if not words:
            return False
        ps = parses(words[-1], self.lang)
        if norm(words[-1]) in self.preps or norm(words[-1]) in ("на", "слов"):
            return True
        return bool(ps) and "NOUN" in ps[0][1] and not any("VERB" in t for _l, t in ps)

    def relay_hop(self, ts: list[Tok], a: int, b: int) -> tuple[str, Span] | None:
        """'з посиланням на Y' between ``a`` and ``b``: Y's id and the cue."""
        self.pending_relays.clear()
        seg_start, seg_end = ts[a].start if a < len(ts) else 0, ts[b - 1].end if b > a else 0
        for r in self.relay:
            m = r.search(self.text, seg_start, seg_end)
            if m:
                k = next((k for k in range(a, b) if ts[k].start >= m.end()), None)
                if k is None:
                    return None
                j = self.np_end(ts, k, b)
                sid = self.source(ts, (k, j), True) if j > k else None
                if sid and j + 1 < b and norm(ts[j].text) in ("і", "й", "та", "и"):
                    # "з посиланням на мешканців і джерело в поліції": the second relayed source is a
                    # source of the article too, relayed by the same outlet
                    j2 = self.np_end(ts, j + 1, b)
                    second = self.source(ts, (j + 1, j2), True) if j2 > j + 1 else None
                    if second and second != sid:
                        self.pending_relays.append(second)
                if sid:
                    return sid, Span(m.group(), m.start(), m.end())
        return None

    def inherit(self, relayed: str, relayer: str) -> None:
        """The relayed sources (the hop's, and any coordinated with it) speak for the relayer's side."""
        for sid in [relayed, *self.pending_relays]:
            self.book.inherit_side(sid, relayer)
        self.pending_relays.clear()

    def document_source(self, ts: list[Tok], k: int) -> str | None:
        """The source of 'в ранковому зведенні Генерального штабу ЗСУ' / 'в сводке': the named body whose
        document it is, or the document itself."""
        if k < len(ts) and norm(ts[k].text) in IN[self.lang]:
            k += 1
        j = self.np_end(ts, k, len(ts))
        while j > k and norm(ts[j - 1].text) in ("станом", "по"):
            j -= 1  # "… станом на 08:00"
        if j <= k:
            return None
        owner = next((i for i in range(k + 1, j) if ts[i].text[:1].isupper() or ts[i].text in OPENERS), None)
        if owner is not None:
            return self.source(ts, (owner, j))
        last = next((d.hops[0].source for d in reversed(self.drafts) if d.hops), None)
        if last is not None and lemma(ts[k].text, self.lang) in lex(self.lang, "document_nouns"):
            return last  # "…, говорится в сводке": the summary of the body cited before
        return self.source(ts, (k, j))

    def hop(self, sid: str, cue: Tok | Span | None, channel_text: str = "") -> Hop:
        span = Span(cue.text, cue.start, cue.end) if cue is not None else None
        channel = "telegram" if TELEGRAM.search(channel_text) else "unknown"
        return Hop(sid, span, channel)

    # ---- the reading -------------------------------------------------------------------------------
    def run(self) -> None:
        text, lang = self.text, self.lang
        paras = paragraphs(text)
        toks = tokens(text, lang)
        sents = sentences(text, toks, paras, lang)
        self.sentence_spans = [(x.start, x.end) for x in sents]  # each claim names its sentence (the schema's)
        first_claim_para = None
        appeal_para = -1
        datelines = {i: self.dateline(a, b) for i, (a, b) in enumerate(paras)}
        for si, s in enumerate(sents):
            ps, pe = paras[s.para]
            body = max(s.start, datelines[s.para] or 0)
            if body >= s.end - 1:
                continue  # "МОСКВА, 10 ноября.": the dateline of a news agency
            line = text[s.start : s.end]
            if self.meta(s, paras):
                self.evidence_line(s)
                continue
            if self.appeal(s):
                appeal_para = s.para  # "Если вы были свидетелем, напишите нам": a call to the readers
                continue
            if s.para == appeal_para and any(norm(t.text) in READER_PRONOUNS for t in s.toks):
                continue  # "Мы гарантируем анонимность": the call to the readers goes on
            # a sentence of the caption kind "Наслідки обстрілу. Фото: Нацполіція"
            if EVIDENCE_LINE.match(line):
                self.evidence_line(s)
                continue
            headline = first_claim_para is None or s.para == first_claim_para
            if first_claim_para is None:
                first_claim_para = s.para
            while body < s.end and not (text[body].isalnum() or text[body] in OPENERS or text[body] in "—–"):
                body += 1
            label_hops: list[Hop] = []
            if s.start == ps:
                m = LABEL.match(text, body, s.end)
                if m and self.is_label(m.group(2)):
                    kind = self.label_kind(m.group(2))
                    generic = all(
                        lemma(w, lang) in lex(lang, "generic_sources") or norm(w) in lex(lang, "generic_sources")
                        for w in re.findall(r"[\w'’-]+", m.group(2))
                    )
                    la = m.start(2)
                    if la > body and text[la - 1] in OPENERS and text[m.end(2) - 1] in '\u00bb\u201c\u201d"':
                        la -= 1  # "«Медиазона»: …": the quoted name whole
                    if kind == "source" and not generic:
                        sid = self.book.add(la, m.end(2))
                        if sid:
                            label_hops = [Hop(sid, Span(":", m.end(2), m.end(2) + 1))]
                    body = m.end()
            if s.start == ps:
                stamp = next((m for r in self.stamp_res if (m := r.match(text, body))), None)
                if stamp is not None:
                    body = stamp.end()  # "Оновлено о 20:05.", "UPD 19:10: …": the page's furniture
                    if not re.search(r"\w", text[body : s.end]):
                        continue
            body = self.after_check(s, body)
            if self.is_non_claim(s, body):
                continue
            self.sentence(si, s, body, headline and not label_hops, label_hops)
        self.dialogue(sents, paras)
        self.continued_quotes(paras)
        self.finish(sents)

    def named_false(self, s: Sentence) -> bool:
        """Whether a sentence names a statement told before a lie, a fake or a provocation: a verb of naming
        and one of ``denial_names`` in it, outside a negation ("не назвали брехнею")."""
        toks = s.toks
        naming = [
            k
            for k, t in enumerate(toks)
            if lemma(t.text, self.lang) in NAMING and not (k and norm(toks[k - 1].text) in NEGATION)
        ]
        if not naming:
            return False
        false = set(lex(self.lang, "denial_names"))
        return any(lemmas(t.text, self.lang) & false for t in toks[naming[0] - 4 if naming[0] >= 4 else 0 :])

    def continued_quotes(self, paras: list[tuple[int, int]]) -> None:
        """A quotation over several paragraphs opens each with a quotation mark and closes only at the end of
        the last ("«Повреждены три школы. …\n\n«Работы начнутся завтра», — написал мэр."): one speaker, the
        one the last paragraph names, and one quote from the first mark to the last; the paragraphs before
        are that speaker's direct speech (was: the article's own voice, the mark inside the first claim)."""
        text = self.text
        runs: list[list[int]] = []
        i = 0
        while i < len(paras):
            a, b = paras[i]
            if text[a] in OPEN_CLOSE and not any(qa == a for qa, _qb in quotes(text, a, b)):
                run = [i]
                k = i + 1
                while k < len(paras) and text[paras[k][0]] == text[a]:
                    run.append(k)
                    ka, kb = paras[k]
                    if any(qa == ka for qa, _qb in quotes(text, ka, kb)):
                        break
                    k += 1
                else:
                    i = k
                    continue
                if len(run) > 1:
                    runs.append(run)
                i = k + 1
                continue
            i += 1
        for run in runs:
            last_a, last_b = paras[run[-1]]
            q = next((q for q in self.quotes if q.start == last_a + 1 and q.end <= last_b), None)
            tagged = [d for d in self.drafts if d.para == run[-1] and d.frame == "quote" and d.hops]
            if q is None or not tagged:
                continue
            hops = tagged[0].hops
            for d in self.drafts:
                if d.para in run[:-1]:
                    if text[d.start] == text[paras[d.para][0]] and d.start == paras[d.para][0]:
                        d.start += 1
                    d.hops, d.stance, d.quote, d.frame = list(hops), "reports", True, "quote"
            start = paras[run[0]][0] + 1
            q.start, q.text = start, text[start : q.end]

    def dialogue(self, sents: list[Sentence], paras: list[tuple[int, int]]) -> None:
        """Direct speech told with dialogue dashes. A reply that goes on after its speaker's tag ("— Важко
        було, — каже він. — Ми втратили двох.") is the same speaker's; in an interview, a dash paragraph
        that answers a dash paragraph ending in a question is the interviewee's: the speaker a tag of the
        answers names, else the person named last before the first question."""
        text = self.text
        dashed = [text[a] in "—–" for a, _b in paras]
        if not any(dashed):
            return
        # a reply resumed after the tag, in the same paragraph
        for si, s in enumerate(sents):
            a = s.start
            while a < s.end and text[a].isspace():
                a += 1
            if a >= s.end or text[a] not in "—–" or not dashed[s.para] or a == paras[s.para][0]:
                continue
            mine = [d for d in self.drafts if d.sent == si]
            # the tag before: a quotation's ("«…», — каже X. — …") or a dash reply's ("— …, — каже X. — …")
            before = [
                d for d in self.drafts if d.para == s.para and d.sent < si and d.frame in ("quote", "verb") and d.hops
            ]
            if not mine or not before or any(d.hops for d in mine):
                continue
            self.speak(mine, before[-1].hops, a + 1, s.end)
        # an interview: answers to questions
        asked = [dashed[i] and text[a:b].rstrip().endswith("?") for i, (a, b) in enumerate(paras)]
        answers = [i for i in range(1, len(paras)) if dashed[i] and asked[i - 1] and not asked[i]]
        if not answers:
            return
        tagged = [d for d in self.drafts if d.para in answers and d.frame == "quote" and d.hops]
        hops = tagged[0].hops if tagged else None
        if hops is None:
            first_q = paras[answers[0] - 1][0]
            spans = [
                sp
                for pr in (("він", "вона") if self.lang == "uk" else ("он", "она"))
                if (sp := self.book.named_before(first_q, pr))
            ]
            sid = self.book.add(*max(spans, key=lambda sp: sp[1])) if spans else None
            if sid is None:
                return
            hops = [Hop(sid, None)]
        for i in answers:
            mine = [
                d
                for d in self.drafts
                if d.para == i and (not d.hops or d.frame == "verb" and d.hops[0].source == hops[0].source)
            ]
            if mine:
                self.speak(mine, hops, paras[i][0] + 1, paras[i][1])

    def speak(self, drafts: list[Draft], hops: list[Hop], a: int, b: int) -> None:
        """Drafts in the span a..b made the direct speech of the source of ``hops``, with one quote for it."""
        text = self.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t.":
            b -= 1
        later = [q.start for q in self.quotes if q.start < b and a < q.end]
        if later:
            # "— Лише броньованим транспортом. Дороги …, — каже X. — Минулої доби …": the reply before the
            # tag, when the part after it is a quotation already
            first = min(later)
            ends = [d.end for d in drafts if a <= d.start and d.end <= first]
            if first <= a or not ends:
                return
            b = max(ends)
            drafts = [d for d in drafts if d.end <= b]
        self.quotes.append(Quote(id=f"q{len(self.quotes) + 1}", text=text[a:b], start=a, end=b, speaker=hops[0].source))
        for d in drafts:
            d.hops, d.stance, d.quote, d.frame = list(hops), "reports", True, "quote"

    def after_check(self, s: Sentence, body: int) -> int:
        """'Нам вдалося геолокувати це відео: його знято …', 'Проверить запись не удалось: …': a statement
        of the check before a colon is no claim; the claim, so checked, is what follows it."""
        comp = re.compile(rf"(?i),\s*(?:{'|'.join(COMPLEMENTIZERS[self.lang] - {'мовляв', 'мол'})})\s+")
        cm = comp.search(self.text, body, s.end)
        if cm and not any(a <= cm.start() <= b for a, b in quotes(self.text, body, s.end)):
            # "Нам удалось установить, что …", "Ми з'ясували, що …": the outlet's own check, then what it found
            head = self.text[body : cm.start()]
            if len(re.findall(r"\w+", head)) <= 6 and any(
                v == "confirmed" and r.search(head.lower() + ", " + cm.group().strip(", ").lower())
                for r, v in self.verif_res
            ):
                return cm.end()
        colon = self.text.find(":", body, s.end)
        if colon < 0 or any(a <= colon <= b for a, b in quotes(self.text, body, s.end)):
            return body
        head = self.text[body:colon].lower()
        if len(re.findall(r"\w+", head)) > 8 or not any(r.search(head) for r, _v in self.verif_res):
            return body
        nxt = colon + 1
        while nxt < s.end and self.text[nxt].isspace():
            nxt += 1
        return nxt if re.search(r"\w{2,}", self.text[nxt : s.end]) else body

    def dateline(self, ps: int, pe: int) -> int | None:
        """The end of a news agency's dateline opening the paragraph: a place in capitals, the day and the
        month, then the agency between slashes or after a dash ('МОСКВА, 10 ноября. /ТАСС/.', 'КИЇВ, 3
        квітня — Укрінформ.')."""
        m = DATELINE.match(self.text, ps, pe)
        if not m or lemma(m.group(1), self.lang) not in lex(self.lang, "months"):
            return None
        end = m.end()
        tail = DATELINE_AGENCY.match(self.text, end, pe)
        if tail:
            words = re.findall(r"[\w'’-]+", tail.group(1))
            if tail.group(1).startswith("/") or (
                words and len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            ):
                end = tail.end()
        return end

    def appeal(self, s: Sentence) -> bool:
        """A sentence that tells the readers what to do ('напишите нам', 'надішліть його нам', 'Слідкуйте за
        офіційними каналами'): an imperative in the plural outside quotations, no claim."""
        qs = quotes(self.text, s.start, s.end)
        for t in s.toks:
            if not t.text[:1].isalpha() or any(a <= t.start <= b for a, b in qs):
                continue
            ps = parses(t.text, self.lang)
            if ps and {"VERB", "impr", "plur"} <= ps[0][1] and all("impr" in tags for _l, tags in ps):
                return True
        return False

    def meta(self, s: Sentence, paras: list[tuple[int, int]]) -> bool:
        ps, pe = paras[s.para]
        line = self.text[ps:pe]
        if any(r.match(line) for r in self.meta_res) and s.start == ps:
            return True
        words = re.findall(r"[\w'’]+", line)
        if s.start == ps and len(words) <= 8 and re.search(r"(?<!\w)@\w{3,}|https?://|\bt\.me/", line):
            return True  # "Прислать новость: @channel_bot": the channel's own line
        # a quoted name counts as one capitalised word ("«Вечерние вести», 12 мая 2026": a byline)
        words = re.findall(
            r"[\w'’]+", re.sub(r"«([^»\n]{1,60})»", lambda m: "Q" if self.quoted_name(m.group(1)) else m.group(0), line)
        )
        if s.start == ps and self.byline(line):
            return True
        if s.start == ps and s.para > 0 and self.name_line(line):
            self.book.signatures.append((ps, pe))  # who signs the post: a later mention may name it
            return True
        if len(words) <= 6 and not any(has(w, self.lang, "VERB") for w in words if not w.isdigit()):
            if all(w[:1].isupper() or w.isdigit() or lemma(w, self.lang) in lex(self.lang, "months") for w in words):
                return True  # a byline or a dateline ("Олена Коваль", "3 квітня 2025, 09:15")
        return False

    @staticmethod
    def quoted_name(inner: str) -> bool:
        """A name in quotation marks ("«Вечерние вести»"), not a quotation cut by its speaker's tag ("«Тяжело,
        — сказал он, — но держимся»") nor a sentence of speech."""
        return inner[:1].isupper() and not re.search(r"[,.!?…]\s*[—–]|[—–]\s", inner) and len(inner.split()) <= 5

    def byline(self, line: str) -> bool:
        """'Outlet | 5 May 2026, 14:20 | Author: Name': segments split by bars or middle dots, one of them a
        time, a date with a month or an author's credit."""
        segs = [x.strip() for x in re.split(r"\s[|·•]\s", line)]
        if len(segs) < 2:
            return False
        months = set(lex(self.lang, "months"))
        return any(
            re.search(r"\b\d{1,2}:\d{2}\b", x)
            or re.match(r"(?i)(?:автор|авторка|текст|редактор)\w*\s*[:—–-]", x)
            or any(lemma(w, self.lang) in months for w in re.findall(r"[^\W\d_]+", x))
            for x in segs
        )

    def name_line(self, line: str) -> bool:
        """A paragraph that is only the name of a body or an outlet, with no verb and no stop ('Обласна
        військова адміністрація' under a post's headline): a signature, no claim."""
        words = re.findall(r"[\w'’-]+", line)
        if not words or len(words) > 8 or line.rstrip()[-1:] in ".!?…" or ":" in line:
            return False
        if any(first_verb(w, self.lang) or has(w, self.lang, "Impe") for w in words if not w.isdigit()):
            return False
        if not words[0][:1].isupper():
            return False
        return bool(registry_hit(line, self.lang)) or kind_of(line, self.lang) in (
            "government_body",
            "military",
            "intelligence_service",
            "media_outlet",
            "social_media_account",
        )

    def is_label(self, label: str) -> bool:
        words = re.findall(r"[\w'’-]+", label)
        if not words or len(words) > 14 or any(self.is_speech(Tok(w, 0, 0, True)) for w in words):
            return False
        if any(first_verb(w, self.lang) for w in words):
            return False  # a headline's first clause ("Дрони атакували область: …") is no label
        return self.label_kind(label) is not None

    def label_kind(self, label: str) -> str | None:
        words = re.findall(r"[\w'’-]+", label)
        if re.fullmatch(r"\W*[^«»\"]{2,60}[»\"”]\s*", label) and len(words) <= 5:
            return "source"  # "«Верстка»: …": a name in quotation marks as a headline label
        if lemma(words[-1], self.lang) in lex(self.lang, "admin_nouns"):
            return "place"
        if len(words) <= 3 and person_name(label, self.lang):
            return "source"  # "Зеленський: …", "Песков: …"
        if len(words) <= 5 and (
            registry_hit(label, self.lang)
            or kind_of(label, self.lang)
            in (
                "military",
                "government_body",
                "state_official",
                "intelligence_service",
                "media_outlet",
                "social_media_account",
            )
        ):
            return "source"
        return None

    def is_non_claim(self, s: Sentence, body: int) -> bool:
        seg = self.text[body : s.end].rstrip(" .!?…")
        if not re.search(r"\w", seg):
            return True
        if self.text[s.end - 1 : s.end] == "?":
            return True
        first_verb = next((t for t in s.toks if t.start >= body and has(t.text, self.lang, "VERB")), None)
        if first_verb is not None and self.text[s.end - 1 : s.end] == "!" and has(first_verb.text, self.lang, "impr"):
            return True  # an imperative ("Не ігноруйте тривогу!") asserts nothing
        if (
            first_verb is not None
            and not quotes(self.text, body, s.end)
            and any(
                lem in lex(self.lang, "appeal_verbs") and "1per" in tags
                for lem, tags in parses(first_verb.text, self.lang)
            )
        ):
            return True  # an appeal to the readers ("Просимо мешканців не підходити …") asserts nothing
        for r in self.hedge_res:
            m = r.fullmatch(seg)
            if m:
                return True  # "Інформація про постраждалих уточнюється": a status line, no claim
        rest = seg
        for r in self.hedge_res:
            rest = r.sub(" ", rest)
        if rest != seg and not re.sub(r"(?i)(?<!\w)(?:і|й|та|и|а|но|але)(?!\w)", " ", rest).strip(" ,;.—–-"):
            return True  # "Дані попередні, інформація уточнюється": status lines joined, no claim
        if any(r.match(self.text, body) for r in self.expressive_res):
            return True  # "Дякую рятувальникам …", "Соболезную родным", "Вечная память погибшим": thanks, mourning
        return False

    def evidence_line(self, s: Sentence) -> None:
        line = self.text[s.start : s.end]
        m = EVIDENCE_LINE.match(line)
        if not m:
            return
        kind = "video" if re.match(r"(?i)ві|ви", m.group(1)) else "photo"
        a = s.start + m.start(2)
        b = s.start + m.end(2)
        sid = (
            self.book.add(a, b)
            if not re.match(r"(?i)\W*(?:getty|reuters|ap|afp|скриншот|ілюстрац|иллюстрац)", m.group(2))
            else None
        )
        self.evidence.append(
            Evidence(
                id=f"e{len(self.evidence) + 1}",
                text=m.group(1),
                start=s.start + m.start(1),
                end=s.start + m.end(1),
                kind=kind,
                released_by=sid,
            )
        )

    def evidence_in(self, s: Sentence, verdict: str | None, own: list[Draft]) -> None:
        """Material named in a sentence that releases or checks it: "опублікувало відео", "Геолокація
        відео підтвердила …", "не вдалося перевірити запис", or that a finding rests on ("Подсчёт основан
        на некрологах, сообщениях в соцсетях и судебных решениях": every item listed). The noun's
        dictionary form gives the kind; a release verb's source, the channel a participle names
        ("відео, опубліковане у Telegram-каналі «X»") or the owner in the genitive ("знімки компанії X")
        released it; a verification statement gives its verification."""
        nouns = lex(self.lang, "evidence_nouns")
        release = set(lex(self.lang, "release_verbs"))
        toks = s.toks
        seg = self.text[s.start : s.end]
        basis = next((m for r in self.basis_res if (m := r.search(seg))), None)
        basis_at = s.start + basis.end() if basis else None
        verbs = [
            i
            for i, t in enumerate(toks)
            if any(
                (lem in release or lem in APPEAR) and not tags & {"ADJF", "PRTF"}
                for lem, tags in parses(t.text, self.lang)
            )
        ]
        # the material as the subject of a verb of showing ("Свідчення очевидців підтверджують",
        # "Расследование издания показало"), material obtained ("отримали документи") and material a
        # participle says who released ("На опублікованих поліцією кадрах", "на кадрах, опубликованных очевидцами")
        showing = [
            i
            for i, t in enumerate(toks)
            if any(lem in CONFIRMING and "VERB" in tags for lem, tags in parses(t.text, self.lang))
        ]
        obtained = [
            i
            for i, t in enumerate(toks)
            if any(lem in OBTAIN and "VERB" in tags for lem, tags in parses(t.text, self.lang))
        ]
        shown_by = [
            i
            for i, t in enumerate(toks)
            if i + 1 < len(toks)
            and any(lem in release and tags & {"ADJF", "PRTF"} for lem, tags in parses(t.text, self.lang))
            and self.agent_after(toks, i + 1)
        ]
        # the material a frame opens the sentence with ("Судя по кадрам, …", "На відео, опублікованому …")
        framed = any(role == "evidence" and r.match(seg.lstrip(' «"—–').lower()) for r, role in self.frames)
        if not verbs and not verdict and basis is None and not showing and not obtained and not shown_by and not framed:
            return
        if verdict and SHOT_AT.search(seg) and not any(self.evidence_noun(toks, i, nouns) for i in range(len(toks))):
            # "Ми встановили місце зйомки": the footage named just before was checked
            near = [e for e in self.evidence if self.ev_para.get(e.id, -9) in (s.para, s.para - 1)]
            footage = [e for e in near if e.kind in ("video", "photo", "drone_footage") and e.start < s.start]
            if footage:
                footage[-1].verification = verdict
            return
        k = -1
        while k + 1 < len(toks):
            k += 1
            t = toks[k]
            if any(e.start <= t.start < e.end for e in self.evidence):
                continue
            found = self.evidence_noun(toks, k, nouns)
            if found is None:
                continue
            first, kind = found
            listed = basis_at is not None and t.start >= basis_at
            last_i = self.evidence_extent(toks, k)
            last_i, social = self.social_qualifier(toks, last_i)
            if social:
                kind = "social_media_post"
            elif kind is None:
                continue  # "сообщение", "повідомлення": material only where a network is named
            part = first > 0 and lemma(toks[first - 1].text, self.lang) in PART_OF
            if part:
                first -= 1  # "части снимков": a part of the set is the item
            restricted = last_i > k + 1 or part
            same = next(
                (e for e in self.evidence if self.ev_para.get(e.id) == s.para and e.kind == kind and e.start < t.start),
                None,
            )
            if same is None and verdict and not verbs:
                # "ГУР оприлюднило перехоплення. Автентичність запису перевірити неможливо.": a check with
                # nothing released in its sentence is about the material named just before
                near = [
                    e for e in self.evidence if self.ev_para.get(e.id, -9) in (s.para, s.para - 1) and e.start < t.start
                ]
                same = near[-1] if near else None
            if same is not None and not restricted and not listed:
                # "… опублікували відео … Геолокувати запис не вдалося": the same item, now checked
                if verdict:
                    same.verification = verdict
                break
            by = self.released_in(toks, k, last_i)
            agent = next((i for i in shown_by if first - 3 <= i <= last_i + 3), None)
            if by is None and agent is not None:
                end = self.np_end(toks, agent + 1, len(toks))
                by = self.source(toks, (agent + 1, max(end, agent + 2)))
            if kind in ("video", "photo") and FROM_DRONE.match(self.text, toks[last_i].end):
                kind = "drone_footage"
            material = (
                agent is not None
                or (framed and k <= 4)
                or any(v > last_i and has(toks[first].text, self.lang, "nomn") for v in showing)
                or any(v < first for v in obtained)
            )
            if material and not verbs:
                pass  # material named by its own sentence with no release verb
            elif not verbs and not verdict and not listed:
                continue
            elif by is None and verbs and not verdict and not listed:
                by = next((d.hops[0].source for d in own if d.hops), None)
                if by is None:
                    by = self.release_subject(
                        toks, [v for v in verbs if v < first and not self.lemmas(toks[v]) & APPEAR]
                    )
                if by is None:
                    after = next(
                        (sp for v in verbs if v > last_i and (sp := self.object_first_release(toks, first, v))), None
                    )
                    if after is not None:
                        by = self.source(toks, after)
                if by is None and not self.material_subject(toks, first, verbs):
                    continue  # "на відео видно …" with no one who released it: no evidence claim
            start = toks[first].start
            last = toks[last_i]
            self.ev_para[f"e{len(self.evidence) + 1}"] = s.para
            self.evidence.append(
                Evidence(
                    id=f"e{len(self.evidence) + 1}",
                    text=self.text[start : last.end],
                    start=start,
                    end=last.end,
                    kind=kind,
                    verification=verdict or "not_stated",
                    released_by=by,
                )
            )
            if not listed:
                break
            k = last_i

    def evidence_noun(self, toks: list[Tok], k: int, nouns: dict[str, str]) -> tuple[int, str | None] | None:
        """Whether ``toks[k]`` names material: (the first token of the mention, its kind). A two-word
        entry with the word before ("супутникові знімки", "судебных решениях") wins over the noun alone;
        a message noun ("сообщениях", "повідомлення") is material only with a network named after it (kind
        None here)."""
        data = DATA_FORMS.get(norm(toks[k].text))
        if data and k + 1 < len(toks):
            # "Дані моніторингової місії", "данные системы мониторинга": figures gathered, statistics
            data_pair = f"{data} {lemma(toks[k + 1].text, self.lang)}"
            if data_pair in nouns:
                return k, nouns[data_pair]
        lems = [lem for lem, tags in parses(toks[k].text, self.lang) if "NOUN" in tags]
        if not lems:
            return None
        if k:
            prev = lemma(toks[k - 1].text, self.lang)
            pair = next((f"{prev} {x}" for x in lems if f"{prev} {x}" in nouns), None)
            if pair:
                return k - 1, nouns[pair]
        kind = next((nouns[x] for x in lems if x in nouns), None)
        if kind is not None:
            if k + 1 < len(toks):
                two = f"{lems[0]} {lemma(toks[k + 1].text, self.lang)}"
                if two in nouns:
                    return k, nouns[two]
            return k, kind
        if any(x in MESSAGE_NOUNS for x in lems):
            return k, None
        return None

    def agent_after(self, toks: list[Tok], j: int) -> bool:
        """Whether the agent of a participle follows: a noun in the instrumental, after at most two adjectives in
        that case ("опубликованным местным пабликом", "опублікованому місцевими мешканцями")."""
        for k in range(j, min(j + 3, len(toks))):
            if self.is_prep(toks[k]):
                return False
            ps = parses(toks[k].text, self.lang)
            if any("ablt" in tags and "NOUN" in tags for _l, tags in ps):
                return True
            if not any("ablt" in tags and tags & {"ADJF", "PRTF"} for _l, tags in ps):
                return False
        return False

    def lemmas(self, t: Tok) -> set[str]:
        return {lem for lem, _t in parses(t.text, self.lang)}

    def material_subject(self, toks: list[Tok], first: int, verbs: list[int]) -> bool:
        """Whether the material itself is what the verb is about, with no one named who released it: it
        appeared ("У мережі з'явилося відео", "В сети появились снимки") or it is the subject that shows
        ("Спутниковые снимки … показывают, что …")."""
        for v in verbs:
            lems = self.lemmas(toks[v])
            if lems & APPEAR:
                return True
            if v > first and lems & CONFIRMING and has(toks[first].text, self.lang, "nomn"):
                between = toks[first:v]
                if not any(x.text in (".", ";", ":", "—", "–") for x in between):
                    return True
        return False

    def social_qualifier(self, toks: list[Tok], j: int) -> tuple[int, bool]:
        """'… в социальных сетях', '… у соцмережах', '… в Telegram': the network the item was posted on
        belongs to the mention and makes it a post."""
        if j + 1 < len(toks) and norm(toks[j + 1].text) in IN[self.lang]:
            rest = self.text[toks[j + 1].end : toks[min(j + 3, len(toks) - 1)].end]
            m = SOCIAL.match(rest.lstrip())
            if m:
                end = toks[j + 1].end + (len(rest) - len(rest.lstrip())) + m.end()
                last = max((i for i in range(j + 1, len(toks)) if toks[i].end <= end), default=j)
                return last, True
        return j, False

    def released_in(self, toks: list[Tok], k: int, last: int) -> str | None:
        """Who released the item, as its mention says: the channel after a release participle ("відео,
        опубліковане у Telegram-каналі «X»", "видео, размещённое в канале «X»") or an owner in the genitive
        right after the noun ("знімки компанії Planet Labs", "снимки компании X")."""
        release = set(lex(self.lang, "release_verbs"))
        for i in range(k + 1, last + 1):
            if any(lem in release and tags & {"ADJF", "PRTF"} for lem, tags in parses(toks[i].text, self.lang)):
                j = i + 1
                if j < len(toks) and norm(toks[j].text) in IN[self.lang]:
                    j += 1
                    end = self.np_end(toks, j, len(toks))
                    if end > j and any(tok.text[:1].isupper() or tok.text in OPENERS for tok in toks[j:end]):
                        return self.source(toks, (j, end))
                return None
        j = k + 1
        if (
            j + 2 < len(toks)
            and toks[j].text == ","
            and lemma(toks[j + 1].text, self.lang) in RELATIVES
            and lemma(toks[j + 2].text, self.lang) in release
        ):
            # "відео, яке оприлюднила поліція", "видео, которое опубликовал канал «X»"
            span = self.np_after(toks, j + 3, len(toks))
            if span and self.nominative_np(toks, span):
                return self.source(toks, span)
        if j + 1 < len(toks) and toks[j].text[:1].islower() and has(toks[j].text, self.lang, "gent"):
            if lemma(toks[j].text, self.lang) in lex(self.lang, "owner_nouns"):
                if toks[j + 1].text[:1].isupper() or toks[j + 1].text in OPENERS:
                    end = j + 1
                    while end < len(toks) and (toks[end].text[:1].isupper() or toks[end].text in OPENERS + "\u00bb"):
                        end += 1
                    return self.source(toks, (j, end))
        return None

    def object_first_release(self, toks: list[Tok], lo: int, v: int) -> tuple[int, int] | None:
        """The subject after a release verb whose object comes first ("Фото наслідків оприлюднила обласна
        прокуратура", "Видео пожара опубликовал местный канал «X»"): the clause opens with a material noun,
        the verb is a release verb and a noun phrase in the nominative follows it."""
        if v <= lo or lemma(toks[v].text, self.lang) not in set(lex(self.lang, "release_verbs")):
            return None
        nouns = lex(self.lang, "evidence_nouns")
        found = self.evidence_noun(toks, lo, nouns) or (self.evidence_noun(toks, lo + 1, nouns) if lo + 1 < v else None)
        if found is None or found[0] > lo + 1 or found[1] is None:
            return None
        span = self.np_after(toks, v + 1, len(toks))
        if span is None or not self.nominative_np(toks, span):
            return None
        head = toks[span[0]].text
        if any("nomn" in t and "NOUN" not in t and "ADJF" not in t for _l, t in parses(head, self.lang)):
            return None
        return span

    def release_subject(self, toks: list[Tok], verbs: list[int]) -> str | None:
        """The subject of a release verb that no frame made a source ("Наши подписчики прислали фото")."""
        for v in verbs:
            lo = next((i + 1 for i in range(v - 1, -1, -1) if toks[i].text in (",", ";", ":", "—", "–")), 0)
            span = self.np_before(toks, lo, v)
            if span and self.nominative_np(toks, span):
                return self.source(toks, span)
        return None

    def thing(self, word: str) -> bool:
        """A common noun for an inanimate thing that names no kind of source ('розташування', 'місце'):
        no one who could speak."""
        if not word[:1].isalpha() or word.isupper() or kind_of(word, self.lang) or registry_hit(word, self.lang):
            return False
        ps = [t for _l, t in parses(word, self.lang)]
        return (
            bool(ps)
            and all("NOUN" in t and "inan" in t for t in ps)
            and not any(t & {"Name", "Surn", "Geox", "Orgn", "Abbr", "Fixd"} for t in ps)
            and lemma(word, self.lang) not in lex(self.lang, "evidence_nouns")
            and lemma(word, self.lang) not in lex(self.lang, "document_nouns")
        )

    def nominative_np(self, toks: list[Tok], span: tuple[int, int]) -> bool:
        """Whether a noun phrase can be a subject: its first word has a nominative reading (or is a name
        the morphology does not know), so "Каждую смерть мы подтверждаем" has no subject before the verb."""
        w = toks[span[0]].text
        ps = parses(w, self.lang)
        if not ps or w.isupper() or not re.match(r"\w", w):
            return True
        cases = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"}
        return any("nomn" in tags or not tags & cases for _l, tags in ps) or not any(
            tags & {"NOUN", "ADJF", "NPRO", "Apro"} for _l, tags in ps
        )

    def evidence_extent(self, toks: list[Tok], k: int) -> int:
        """The last token of the evidence mention that starts at ``toks[k]``: the noun, the noun in the
        genitive it governs ("відео обстрілу", "видео пожара") and a participle or a relative clause in the
        nominative or accusative that says which item it is ("відео, яке поширили мешканці", "видео,
        опубликованное в пабликах"); a clause after a preposition ("фото, на яких видно …") describes what
        it shows and stays out."""
        lang = self.lang

        def first(t: Tok) -> frozenset[str]:
            ps = parses(t.text, lang)
            return ps[0][1] if ps else frozenset()

        j = k
        n = k + 1
        while n < len(toks) and n - k <= 2 and toks[n].text[:1].islower() and "ADJF" in first(toks[n]):
            n += 1
        if n < len(toks) and toks[n].text[:1].islower() and {"NOUN", "gent"} <= first(toks[n]):
            j = n
        if j + 2 < len(toks) and toks[j + 1].text == ",":
            w = toks[j + 2]
            relative = any(
                lem in RELATIVES and tags & {"nomn", "accs"} and "PREP" not in tags
                for lem, tags in parses(w.text, lang)
            )
            if relative or "PRTF" in first(w) or {"ADJF", "pssv"} <= first(w):
                m = j + 3
                while m < len(toks) and toks[m].text not in (",", ".", ";", "!", "?", "—", "–", ")", ":"):
                    m += 1
                    if m + 1 < len(toks) and toks[m].text == ":" and toks[m - 1].text.isdigit():
                        m += 2  # a time ("о 02:17") inside the phrase
                # a past participle the dictionary gives as an adjective (Ukrainian "опубліковане") belongs
                # to the mention where it names who posted the item ("…, опубліковане у каналі «X»")
                named = any(x.text[:1].isupper() or x.text in OPENERS for x in toks[j + 3 : m])
                if m - (j + 2) <= 12 and (relative or "PRTF" in first(w) or named):
                    j = m - 1
        return j

    def sentence(self, si: int, s: Sentence, body: int, headline: bool, label_hops: list[Hop]) -> None:
        text, _lang = self.text, self.lang
        ts = [t for t in s.toks if t.start >= body]
        if not ts:
            return
        qs = [(a, b) for a, b in quotes(text, body, s.end)]

        def inq(t: Tok) -> bool:
            return any(a <= t.start <= b for a, b in qs)

        def add(start: int, end: int, hops: list[Hop], stance: str, frame: str, quote: bool = False) -> None:
            if hops and not quote and self.own_outlet(hops[0].source):
                # "Редакция подсчитала, что …", "Как выяснила редакция, …": the article's own voice
                hops, stance, frame = hops[1:], "asserts" if len(hops) == 1 else stance, "own"
            for a, b in self.clauses(start, end, qs):
                self.drafts.append(
                    Draft(a, b, list(hops), stance, quote, sent=si, para=s.para, headline=headline, frame=frame)
                )

        low = text[body : s.end].lower()
        # 1. a back reference: "Про це повідомила X"
        if any(r.match(low) for r in self.back):
            v = next((k for k, t in enumerate(ts) if self.is_speech(t)), None)
            if v is not None:
                span = self.np_after(ts, v + 1, len(ts)) or self.np_before(ts, 1, v)
                sid = self.source(ts, span)
                if sid:
                    hops = [self.hop(sid, ts[v], text[ts[v].start : s.end])]
                    if span and span[1] < len(ts):
                        rel = self.relay_hop(ts, span[1], len(ts))
                        if rel:
                            self.inherit(rel[0], sid)
                            hops.append(Hop(rel[0], rel[1]))
                    self.drafts.append(
                        Draft(s.start, s.end, hops, self.stance_of(ts[v]), sent=si, para=s.para, frame="back")
                    )
                    return
            stated = STATED_IN.search(low)
            if stated:
                # "Про це йдеться в ранковому зведенні Генштабу": the body whose document it is (or the
                # document) says what came before; with no name the source before it goes on
                k = next((k for k, t in enumerate(ts) if t.start >= body + stated.end()), None)
                sid = self.document_source(ts, k) if k is not None else None
                if sid:
                    self.drafts.append(
                        Draft(s.start, s.end, [self.hop(sid, None)], "reports", sent=si, para=s.para, frame="back")
                    )
                return
        # 2. a quotation with its speaker after a dash, or after a colon
        if ts[0].text in OPENERS and qs and qs[0][0] == ts[0].start:
            qa, qb = qs[0]
            prev = self.drafts[-1] if self.drafts else None
            if (
                not re.search(r"\w", text[qb + 1 : s.end])
                and prev is not None
                and prev.frame == "quote"
                and prev.hops
                and prev.para == s.para
                and prev.sent == si - 1
            ):
                # "«…», — рассказал Сергей. «Кормили раз в день».": a quotation that goes on after its
                # speaker was named, in the same paragraph, is the same speaker's
                self.quote_claims(qa + 1, qb, prev.hops, si, s, headline)
                return
            if self.split_quote(ts, qa, qb, si, s, headline):
                return
            k = next((k for k, t in enumerate(ts) if t.start > qb), None)
            if k is not None:
                while k < len(ts) and ts[k].text in (",", ".", "!", "?", "…"):
                    k += 1
                if k < len(ts) and ts[k].text in ("—", "–", "-"):
                    k += 1
                stated = STATED_IN.match(text, ts[k].start) if k < len(ts) else None
                if stated and not self.is_speech(ts[k]):
                    # "«…», — говорится в сообщении ведомства": the body whose statement it is says it
                    at = next((i for i, t in enumerate(ts) if t.start >= stated.end()), None)
                    sid = self.document_source(ts, at) if at is not None else None
                    if sid:
                        self.quote_claims(qa + 1, qb, [self.hop(sid, None)], si, s, headline)
                        return
                if k < len(ts) and self.is_speech(ts[k]):
                    span = self.np_after(ts, self.skip_channel(ts, k + 1), len(ts))
                    if span:
                        span = self.drop_addressee(ts, span)
                    if span is None and k > 0:
                        span = None
                    sid = self.source(ts, span)
                    if sid:
                        self.quote_claims(
                            qa + 1, qb, [self.hop(sid, ts[k], text[ts[k].start : s.end])], si, s, headline
                        )
                        return
        v0 = next(
            (
                k
                for k, t in enumerate(ts)
                if self.is_speech(t) and not inq(t) and not (k and norm(ts[k - 1].text) in NEGATION)
            ),
            None,
        )
        vn = None
        if v0 is None:
            # "Аналітики проєкту не підтвердили …": no frame, but a source a later pronoun may refer to
            vn = next(
                (k for k, t in enumerate(ts) if k and norm(ts[k - 1].text) in NEGATION and self.is_speech(t)), None
            )
            if vn is not None and not inq(ts[vn]):
                span = self.np_before(ts, 0, vn - 1)
                if span and any(t.text[:1].isupper() for t in ts[span[0] : span[1]]):
                    self.source(ts, span)
        if label_hops:
            v0 = None  # "Песков: Кремль не комментирует …": the label names the source
        if (
            v0 is not None
            and v0 + 1 < len(ts)
            and ts[v0 + 1].text == ":"
            and v0 + 2 < len(ts)
            and ts[v0 + 2].text in OPENERS
        ):
            q = next(((a, b) for a, b in qs if a == ts[v0 + 2].start), None)
            sid = self.source(ts, self.np_before(ts, 0, v0))
            if q and sid:
                self.quote_claims(q[0] + 1, q[1], [self.hop(sid, ts[v0])], si, s, headline)
                return
        # a frame after a colon inside the sentence ("Ворог обстріляв місто: за словами X, пошкоджено …"):
        # what comes before is the article's, the rest is read as a sentence of its own
        for c in range(1, len(ts) - 2):
            if ts[c].text != ":" or inq(ts[c]) or ts[c + 1].text in OPENERS:
                continue
            rest = text[ts[c + 1].start : s.end].lower()
            if any(r.match(rest) for r, _role in self.frames):
                head = Sentence(s.start, ts[c].start, s.para, [t for t in s.toks if t.end <= ts[c].start])
                if any(self.is_speech(t) and not inq(t) for t in ts[:c]):
                    # "В администрации эти заявления назвали ложью: по словам мэра, …": a frame of its own
                    self.sentence(si, head, body, headline, label_hops)
                else:
                    add(body, ts[c].start, [], "asserts", "none")
                self.sentence_rest(si, s, ts[c + 1].start, headline, label_hops)
                return
            break
        # 3. a prepositional frame at the start, after a connective ("Крім того, за даними …", "Кроме того,
        # как заявили в …"); "як"/"как" with a speech verb in any form ("як повідомило", "как заявили")
        fbody = body
        lead = self.connective.match(low)
        if lead and lead.end() < len(low):
            fbody = body + lead.end()
        flow = text[fbody : s.end].lower()
        hits = [(m.end(), role) for r, role in self.frames if (m := r.match(flow))][:1]
        k0 = next((k for k, t in enumerate(ts) if t.start >= fbody), None)
        if (
            not hits
            and k0 is not None
            and k0 + 1 < len(ts)
            and norm(ts[k0].text) in AS[self.lang]
            and self.is_speech(ts[k0 + 1])
        ):
            hits = [(ts[k0 + 1].end - fbody, "source")]
        if fbody != body and not hits:
            fbody, flow = body, low
        for mend, role in hits:
            cue = Span(text[fbody : fbody + mend], fbody, fbody + mend)
            comma = next((k for k, t in enumerate(ts) if t.text == "," and t.start >= cue.end and not inq(t)), None)
            if comma is None:
                break
            nxt = comma + 1
            if (
                role in ("source", "evidence")
                and nxt < len(ts)
                and ts[nxt].text[:1].islower()
                and ts[comma - 1].start >= cue.end
                and agrees(ts[comma - 1].text, ts[nxt].text, self.lang)
            ):
                # "…со ссылкой на источник, знакомый с ходом переговоров, …": the participle goes with
                # the source; what was said comes after the next comma
                later = next((k for k in range(nxt + 1, len(ts)) if ts[k].text == "," and not inq(ts[k])), None)
                if later is not None:
                    nxt = later + 1
            if nxt < len(ts) and norm(ts[nxt].text) in COMPLEMENTIZERS[self.lang]:
                nxt += 1  # "Повідомляється, що …"
            if (
                role == "evidence"
                and nxt < len(ts)
                and ts[nxt].text[:1].islower()
                and (
                    lemma(ts[nxt].text, self.lang) in RELATIVES
                    or any(tags & {"PRTF", "ADJF"} for _l, tags in parses(ts[nxt].text, self.lang))
                    and not first_verb(ts[nxt].text, self.lang)
                )
            ):
                # "На відео, опублікованому X, …": the participle goes with the material
                later = next((k for k in range(nxt + 1, len(ts)) if ts[k].text == "," and not inq(ts[k])), None)
                if later is None:
                    break
                nxt = later + 1
            if role == "evidence":
                # "На відео, опублікованому X, видно, як …", "Судя по кадрам, опубликованным X, …": the material
                # is named by the evidence reader; the clause after it is read as a sentence of its own
                if nxt < len(ts) and norm(ts[nxt].text) in SEEN:
                    nxt += 1
                    while nxt < len(ts) and (
                        ts[nxt].text == "," or norm(ts[nxt].text) in COMPLEMENTIZERS[self.lang] | AS[self.lang]
                    ):
                        nxt += 1
                if nxt < len(ts):
                    d0 = len(self.drafts)
                    self.sentence_rest(si, s, ts[nxt].start, headline, label_hops)
                    for d in self.drafts[d0:]:
                        if d.frame == "none":
                            d.frame = "evidence"
                    return
                break
            content = ts[nxt].start if nxt < len(ts) else s.end
            if role == "hedge":
                # "За попередніми даними ОВА, …": the hedged frame names its source after the cue
                k = next((k for k in range(len(ts)) if ts[k].start >= cue.end), comma)
                if k < comma and (ts[k].text[:1].isupper() or kind_of(ts[k].text, self.lang)):
                    sid = self.source(ts, (k, comma), True)
                    if sid:
                        d0 = len(self.drafts)
                        add(content, s.end, [self.hop(sid, cue)], "distances", "prep")
                        for d in self.drafts[d0:]:
                            d.hedges.append(cue)
                        return
                d0 = len(self.drafts)
                self.sentence_rest(si, s, content, headline, label_hops)
                for d in self.drafts[d0:]:
                    d.hedges.append(cue)
                    if d.frame == "none":
                        d.frame = "hedge"  # its own frame: no report before it goes on into it
                return
            k = next((k for k, t in enumerate(ts) if t.start >= cue.end), None)
            pron = next((t for t in ts if fbody <= t.start < cue.end and self.book.pronoun(t.text)), None)
            if pron is not None:
                sid = self.book.add(pron.start, pron.end)  # "За його словами": the last person cited
            elif k is None or k >= comma:
                break
            else:
                if norm(ts[k].text) in IN[self.lang] and k + 1 < comma:
                    k += 1  # "Як повідомили в Нацполіції": the body they spoke for
                end = next(
                    (
                        i
                        for i in range(k + 1, comma)
                        if any(r.match(self.text, ts[i].start) for r in self.relay)
                        or CHANNEL_AT.match(self.text, ts[i].start)
                    ),
                    comma,
                )
                sid = self.source(
                    ts, (k, end), self.governs(cue.text)
                )  # "Як повідомило РІА Новини з посиланням на …": the outlet
            if sid:
                hops = [self.hop(sid, cue)]
                rel = self.relay_hop(ts, k, comma) if k is not None else None
                if rel:
                    self.inherit(rel[0], sid)
                    hops.append(Hop(rel[0], rel[1]))
                add(
                    content,
                    s.end,
                    hops,
                    "distances"
                    if re.search("словами|словам|версією|версии", cue.text) is None and role == "distance"
                    else "reports",
                    "prep",
                )
                return
            break
        # a postposed reference to a document: "…, говорится в сводке."
        m = POST_STATED.search(text, body, s.end)
        if m and not any(a <= m.start() <= b for a, b in qs):
            k = next((k for k, t in enumerate(ts) if t.start >= m.end()), None)
            sid = self.document_source(ts, k) if k is not None else None
            if sid:
                add(body, m.start(), [self.hop(sid, None)], "reports", "prep")
                return
        # a postposed prepositional frame: "…, як повідомляє X."
        for k in range(1, len(ts) - 2):
            if (
                ts[k - 1].text == ","
                and norm(ts[k].text) in AS[self.lang]
                and self.is_speech(ts[k + 1])
                and not inq(ts[k])
            ):
                j = self.np_end(ts, k + 2, len(ts))
                if j > k + 2 and (j >= len(ts) or ts[j].text in (".", "!", "…")):
                    sid = self.source(ts, self.np_after(ts, k + 2, len(ts)))
                    if sid:
                        cue = Span(text[ts[k].start : ts[k + 1].end], ts[k].start, ts[k + 1].end)
                        add(body, ts[k - 1].start, [self.hop(sid, cue)], "reports", "prep")
                        return
        for r, role in self.post_frames:
            m = r.search(text, body, s.end)
            if m and role == "source":
                k = next((k for k, t in enumerate(ts) if t.start >= m.end(1)), None)
                if k is None:
                    continue
                j = self.np_end(ts, k, len(ts))
                inside = j < len(ts) and ts[j].text == "," and j + 1 < len(ts)
                if j < len(ts) and ts[j].text not in (".", "!", "…") and not inside:
                    continue
                if inside and self.is_speech(ts[j + 1]):
                    continue  # "ТАСС, ссылаясь на оперативные службы, сообщает …": a relay in the subject's phrase
                sid = self.source(ts, (k, j))
                if sid:
                    cue = Span(m.group(1), m.start(1), m.end(1))
                    # "Реальні втрати, за оцінкою журналістів, можуть бути вищими": the frame inside the
                    # clause it attributes; the claim is the whole clause
                    add(body, s.end if inside else m.start(), [self.hop(sid, cue)], "reports", "prep")
                    return
        # 4. a speech verb
        if v0 is not None:
            if self.verb_frame(si, s, ts, v0, qs, headline, add):
                return
        # 5. a source label, or the article's own voice; a sentence with a subject and a verb of saying or
        # finding of its own ("Військові встановили міни") goes on with no report before it
        if label_hops:
            add(body, s.end, label_hops, "reports", "label")
            return
        # "О пожаре он не упомянул": what the article says of a source's silence is its own, and no report
        # before it goes on into it
        # "Доказательств он не привёл": a sentence about the source cited before, in the article's voice
        about_source = any(norm(t.text) in PERSONAL[self.lang] and not inq(t) for t in ts)
        # "Доказів цього відомство не навело": the same with a noun that refers back to a body
        anaphors = lex(self.lang, "anaphors")
        about_source = about_source or any(
            k
            and not inq(t)
            and not self.is_prep(ts[k - 1])
            and any(lem in anaphors and "nomn" in tags for lem, tags in parses(t.text, self.lang))
            for k, t in enumerate(ts)
        )
        # "Фото наслідків оприлюднила прокуратура": material released by a body named after the verb
        released = any(self.object_first_release(ts, 0, k) for k in range(1, min(len(ts), 8)))
        add(
            body,
            s.end,
            [],
            "asserts",
            "none"
            if v0 is None and vn is None and not about_source and not released and not self.body_acts(ts)
            else "own",
        )

    def body_acts(self, ts: list[Tok]) -> bool:
        """'Обласна прокуратура розпочала розслідування': a sentence in which a named body does something
        is the article's own account of it, and no report before it goes on into it."""
        v = next((k for k, t in enumerate(ts) if first_verb(t.text, self.lang)), None)
        if v is None or v == 0:
            return False
        span = self.np_before(ts, 0, v)
        if span is None or span[0] != 0:
            return False
        name = self.text[ts[span[0]].start : ts[span[1] - 1].end]
        return kind_of(name, self.lang) in BODY_KINDS or bool(registry_hit(name, self.lang))

    def sentence_rest(self, si: int, s: Sentence, start: int, headline: bool, label_hops: list[Hop]) -> None:
        """The rest of a sentence after a hedge frame, read as a sentence of its own."""
        self.sentence(si, s, start, headline, label_hops)

    def verb_frame(self, si, s, ts, v, qs, headline, add) -> bool:
        text, lang = self.text, self.lang
        verb = ts[v]

        def inq(t: Tok) -> bool:
            return any(a <= t.start <= b for a, b in qs)

        # the clause the verb is in starts after the last comma before it (outside quotations)
        lo = 0
        for k in range(v - 1, -1, -1):
            if ts[k].text in (",", ";", ":") and not inq(ts[k]):
                lo = k + 1  # "Его данные не подтверждает X: в сводке ведомство сообщило …": a clause after the colon
                break
        apposed = self.apposed_subject(ts, lo, v, inq)
        # "Военные блогеры, близкие к российской армии, писали …": a phrase between commas that agrees with
        # the noun before it describes the subject; the clause starts before it
        if lo > 1:
            c2 = next((k for k in range(lo - 2, 0, -1) if ts[k].text == "," and not inq(ts[k])), None)
            if (
                c2 is not None
                and c2 + 1 < lo - 1
                and agrees(ts[c2 - 1].text, ts[c2 + 1].text, lang)
                and not any(self.is_speech(t) or first_verb(t.text, lang) for t in ts[c2 + 1 : lo - 1])
                and not any(t.text in (",", ";") for t in ts[lo:v])
                and not self.np_before(ts, lo, v)
            ):
                lo = next((k + 1 for k in range(c2 - 1, -1, -1) if ts[k].text in (",", ";") and not inq(ts[k])), 0)
        comp = next(
            (
                k
                for k in range(v + 1, len(ts))
                if norm(ts[k].text) in COMPLEMENTIZERS[lang] and ts[k - 1].text in (",", ":") and not inq(ts[k])
            ),
            None,
        )
        stance = self.stance_of(verb)
        if comp is None and any(t & {"Impe", "PRTS"} for _l, t in parses(verb.text, lang)[:1]):
            # "У громаді оголошено днями жалоби", "В городе объявлено о трауре": an impersonal act the article
            # tells, no one who says it; "повідомлено, що …" still frames what follows
            return False
        if self.object_first_release(ts, lo, v):
            return False  # "Видео пожара опубликовал местный канал": material released, no frame
        # a verb in a relative clause ("жителя, який передавав окупантам координати") frames nothing
        if lo < v and lemma(ts[lo].text, lang) in RELATIVES:
            return False
        # postposed: "…, — повідомили в ОВА." / "…, сказав він."
        postposed = all(t.text in ("—", "–") for t in ts[lo:v])  # "…, — повідомили в ОВА", "…, сказав він"
        if lo > 0 and comp is None and postposed:
            after = self.np_after(ts, self.skip_channel(ts, v + 1), len(ts))
            end_ok = (
                after is None
                or after[1] >= len(ts) - 1
                or ts[after[1]].text in (".", "!", "…")
                or self.is_prep(ts[after[1]])
            )
            if after and end_ok:
                after = self.drop_addressee(ts, after)
                sid = self.source(ts, after)
                if sid:
                    content_end = ts[lo - 1].start
                    start = ts[0].start
                    direct = text[start] in "—–"
                    if direct:
                        start += 1
                        while start < content_end and text[start].isspace():
                            start += 1
                        # "— Бригади приступлять до робіт, — повідомив X.": direct speech after a dialogue dash
                        self.quote_claims(
                            start, content_end, [self.hop(sid, verb, text[verb.start : s.end])], si, s, headline
                        )
                        return True
                    add(
                        start,
                        content_end,
                        [self.hop(sid, verb, text[verb.start : s.end])],
                        stance,
                        "verb",
                        quote=direct,
                    )
                    return True
        first = self.np_before(ts, 0, v)
        if comp is not None and first and lemma(ts[first[0]].text, lang) in lex(lang, "evidence_subjects"):
            # "Геолокація відео підтвердила, що …": evidence confirms the article's own claim
            add(ts[comp + 1].start, s.end, [], "asserts", "none")
            return True
        inverted = self.body_after(ts, lo, v)
        if inverted is not None:
            # "Факт удару підтвердили в обласній адміністрації.": the object first, the body after the verb
            sid = self.source(ts, inverted)
            if sid:
                add(ts[lo].start, verb.start, [self.hop(sid, verb, text[verb.start : s.end])], stance, "verb")
                return True
        sid = None
        if apposed is not None:
            # "Петренко Іван, речник бригади, заявив, що …", "Мать погибшего, Дарима Цыренова, рассказала",
            # "ТАСС, ссылаясь на оперативные службы, сообщает …": a subject and a phrase set off by commas
            # open the clause; a relay in the phrase is the next hop
            sid = self.apposed_source(ts, *apposed)
        span = (apposed[1], apposed[3]) if sid and apposed else self.np_before(ts, lo, v)
        if (
            not sid
            and span
            and not (span[0] and norm(ts[span[0] - 1].text) in IN[lang])
            and not self.nominative_np(ts, span)
        ):
            return False  # "Каждую смерть мы подтверждаем …": a fronted object, no source
        if span and span[1] - span[0] == 1 and lemma(verb.text, lang) in CONFIRMING and self.thing(ts[span[0]].text):
            return False  # "Розташування підтверджують вежа та лінія …": a thing, no source; the subject follows
        src_end = v
        if span is None:
            span = self.np_after(ts, v + 1, comp if comp is not None else len(ts))
            if span:
                src_end = span[1]
        sid = sid or self.source(ts, span)
        if not sid or span is None:
            return False
        hops = [self.hop(sid, verb, text[verb.start : ts[comp].start if comp else s.end])]
        rel = self.relay_hop(ts, span[0], v) if span[1] <= v else None
        if rel is None and span[1] <= v and lo < span[0]:
            rel = self.relay_hop(ts, lo, span[0])  # "Со ссылкой на источники издание X сообщает": the relay first
        if rel:
            self.inherit(rel[0], sid)
            hops.append(Hop(rel[0], rel[1]))
        if comp is not None and comp + 1 < len(ts):
            add(ts[comp + 1].start, s.end, hops, stance, "verb")
            return True
        k = v + 1 if src_end == v else src_end
        # skip the channel ("у Telegram") between the verb and what was said
        while (
            k < len(ts)
            and (self.is_prep(ts[k]) and norm(ts[k].text) not in ABOUT[lang])
            and k + 1 < len(ts)
            and not ts[k + 1].text[:1].islower()
        ):
            k += 2
        if (
            k + 1 < len(ts)
            and norm(ts[k + 1].text) in ABOUT[lang]
            and any("PRCL" in t for _l, t in parses(ts[k].text, lang))
        ):
            k += 1  # "сообщило лишь об …", "повідомили лише про …"
        if k < len(ts) and norm(ts[k].text) in ABOUT[lang] and k + 1 < len(ts):
            add(ts[k + 1].start, s.end, hops, stance, "verb")
            return True
        if k < len(ts) and ts[k].text in OPENERS:
            q = next(((a, b) for a, b in qs if a == ts[k].start), None)
            if q and QUOTED_NAME.fullmatch(text[q[0] + 1 : q[1]]) and lemma(verb.text, lang) not in NAMING:
                # "розповів «Волинському вістнику», як …": the outlet told, no quotation; what follows is said
                qe = q[1]
                q = None
                k = next((i for i in range(k, len(ts)) if ts[i].start > qe), len(ts))
                while k < len(ts) and ts[k].text in (",", ":"):
                    k += 1
            if q:
                self.quote_claims(q[0] + 1, q[1], hops, si, s, headline)
                return True
        if (
            lemma(verb.text, lang) in NAMING
            and span[1] < v
            and ANAPHORIC_REPORT[lang].match(text, ts[span[1]].start)
            and k < len(ts)
            and ts[k].text not in (".", "!", "?")
        ):
            # "У міській адміністрації ці заяви назвали брехнею": the object before the verb, what it was called
            # after it; what was said is the naming
            add(ts[span[1]].start, s.end, hops, stance, "verb_obj")
            return True
        if len(ts) - k >= 3 and span[1] <= v and lemma(verb.text, lang) not in lex(lang, "finding_verbs"):
            # the object as what was said ("назвали повідомлення провокацією"): its own frame, which no
            # sentence after it goes on with
            add(ts[k].start, s.end, hops, stance, "verb_obj")
            return True
        return False

    def apposed_subject(self, ts: list[Tok], lo: int, v: int, inq) -> tuple[str, int, int, int] | None:
        """A subject with a phrase in apposition between commas right before its verb: (how, a, c1, c2),
        the subject ``ts[a:c1]``, the phrase ``ts[c1 + 1:c2]``. ``how`` is "name" for a name then its title
        ("Шевчук Тарас, речник ОВА,"), "title" for a title then the name ("Мать погибшего, Дарима Цыренова,"),
        "rel" for a relative clause ("Іван Петренко, який командує батальйоном,")."""
        lang = self.lang
        c2 = lo - 1
        if c2 < 3 or ts[c2].text != "," or inq(ts[c2]):
            return None
        for t in ts[lo:v]:
            ps = parses(t.text, lang)
            if not ps or not ps[0][1] & {"ADVB", "PRCL"} or t.text[:1].isupper():
                return None  # only "також", "ещё" between the comma and the verb
        c1 = next((k for k in range(c2 - 1, 0, -1) if ts[k].text in (",", ";", ":") and not inq(ts[k])), None)
        if c1 is None or ts[c1].text != "," or c2 - c1 < 2 or c2 - c1 > 11:
            return None
        if any(ts[k].text in (",", ";", ":") and not inq(ts[k]) for k in range(0, c1)):
            return None  # the subject opens the sentence
        span = self.np_before(ts, 0, c1)
        if span is None:
            return None
        a = span[0]
        whole = span[1] == c1  # the subject is one noun phrase ("Шевчук Тарас"), not "Мать одного из погибших"
        if any(
            (self.is_speech(t) or first_verb(t.text, lang) or norm(t.text) in COMPLEMENTIZERS[lang]) and not inq(t)
            for t in ts[a:c1]
        ):
            return None
        phrase = ts[c1 + 1 : c2]
        if any(norm(t.text) in COMPLEMENTIZERS[lang] and not inq(t) for t in phrase):
            return None
        if whole and lemma(phrase[0].text, lang) in RELATIVES:
            return "rel", a, c1, c2
        if whole and len(phrase) > 1 and self.is_prep(phrase[0]) and lemmas(phrase[1].text, lang) & set(RELATIVES):
            return "rel", a, c1, c2  # "Місцеві мешканці, з якими поспілкувався наш кореспондент, розповіли"
        if (
            whole
            and len(phrase) <= 4
            and self.is_prep(phrase[0])
            and ts[a].text[:1].isupper()
            and not any(r.match(self.text[phrase[0].start : ts[c2].start].lower()) for r, _role in self.frames)
            and not any(self.is_speech(t) or first_verb(t.text, lang) or t.text[:1].isupper() for t in phrase)
        ):
            return "rel", a, c1, c2  # "Киевский режим, по своему обыкновению, заявил": an adverbial between
        if whole and any(r.match(self.text, phrase[0].start) for r in self.relay):
            return "relay", a, c1, c2  # "ТАСС, ссылаясь на оперативные службы, сообщает"
        if any(self.is_speech(t) or first_verb(t.text, lang) for t in phrase if not inq(t)):
            return None
        subject = self.text[ts[a].start : ts[c1 - 1].end]
        title = self.text[phrase[0].start : phrase[-1].end]
        if whole and person_name(subject, lang) and phrase[0].text[:1].islower():
            return "name", a, c1, c2
        if (
            person_name(title, lang)
            and all(w[:1].isupper() for w in title.split())
            and ts[a].text[:1].isupper()
            and not person_name(subject, lang)
        ):
            return "title", a, c1, c2
        return None

    def apposed_source(self, ts: list[Tok], how: str, a: int, c1: int, c2: int) -> str | None:
        if how in ("rel", "relay"):
            return self.source(ts, (a, c1))
        if how == "title":
            return self.book.add(ts[a].start, ts[c2 - 1].end)  # the title before the name, as in one phrase
        sid = self.book.add(ts[a].start, ts[c1 - 1].end)
        if sid:
            self.book.describe(sid, ts[c1 + 1].start, ts[c2 - 1].end)
        return sid

    def body_after(self, ts: list[Tok], lo: int, v: int) -> tuple[int, int] | None:
        """The body of an impersonal plural verb that ends the sentence after its object: "Факт удару
        підтвердили також в обласній адміністрації", "Информацию подтвердили в администрации района"; the
        words before the verb are a thing (no one who could speak), the body after "в"/"у" ends the sentence."""
        if v <= lo or not any("plur" in t and "VERB" in t for _l, t in parses(ts[v].text, self.lang)):
            return None
        k = v + 1
        while k < len(ts) and any(t & {"ADVB", "PRCL", "CONJ"} for _l, t in parses(ts[k].text, self.lang)):
            k += 1
        if k + 1 >= len(ts) or norm(ts[k].text) not in IN[self.lang]:
            return None
        after = self.np_after(ts, k + 1, len(ts))
        if after is None or not (after[1] >= len(ts) - 1 or ts[after[1]].text in (".", "!", "…")):
            return None
        name = self.text[ts[after[0]].start : ts[after[1] - 1].end]
        if not kind_of(name, self.lang) and not registry_hit(name, self.lang):
            return None
        head = ts[lo].text
        if not self.thing(head) or head.isupper():
            return None
        return after

    def split_quote(self, ts: list[Tok], qa: int, qb: int, si: int, s: Sentence, headline: bool) -> bool:
        """A quotation cut by its speaker's tag inside the marks ("«Ситуация тяжёлая, — сказал Рябов, — но
        город мы не сдадим»", "«Воды нет, — рассказала она. — Люди топят снег»"): both parts are the speaker's."""
        inner = [k for k, t in enumerate(ts) if qa < t.start and t.end <= qb]
        for j in inner:
            if not (
                ts[j].text in ("—", "–")
                and j >= 1
                and ts[j - 1].text == ","
                and j + 1 < len(ts)
                and self.is_speech(ts[j + 1])
            ):
                continue
            j2 = next(
                (
                    m
                    for m in inner
                    if m > j + 2 and ts[m].text in ("—", "–") and ts[m - 1].text in (",", ".") and ts[m].end < qb
                ),
                None,
            )
            if j2 is None:
                return False
            span = self.np_after(ts, j + 2, j2 - 1)
            sid = self.source(ts, span) if span else None
            if not sid:
                return False
            hops = [self.hop(sid, ts[j + 1], self.text[ts[j + 1].start : ts[j2 - 1].start])]
            b2 = ts[j2].end
            while b2 < qb and self.text[b2].isspace():
                b2 += 1
            self.quote_claims(qa + 1, ts[j - 1].start, hops, si, s, headline)
            self.quote_claims(b2, qb, hops, si, s, headline)
            return True
        return False

    def quote_claims(self, a: int, b: int, hops: list[Hop], si: int, s: Sentence, headline: bool) -> None:
        text = self.text
        self.quotes.append(
            Quote(
                id=f"q{len(self.quotes) + 1}", text=text[a:b], start=a, end=b, speaker=hops[0].source, cue=hops[0].cue
            )
        )
        # each sentence of the quotation is a claim of its speaker
        for m in re.finditer(r"[^.!?…]+(?:[.!?…]+|$)", text[a:b]):
            ca, cb = a + m.start(), a + m.end()
            while ca < cb and text[ca].isspace():
                ca += 1
            if re.search(r"\w{2,}", text[ca:cb]):
                self.drafts.append(
                    Draft(ca, cb, list(hops), "reports", True, sent=si, para=s.para, headline=headline, frame="quote")
                )

    def clauses(self, start: int, end: int, qs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A content span cut at clause boundaries outside quotations and brackets."""
        text, lang = self.text, self.lang
        cuts = []
        for m in re.finditer(rf"(?:,\s+(?:{CLAUSE_CONJ[lang]})\s+|;\s+)", text[start:end]):
            cuts.append((start + m.start(), start + m.end()))
        for m in re.finditer(r",\s+([\w'’-]+)(?:\s+([\w'’-]+))?", text[start:end]):
            w1, w2 = m.group(1), m.group(2)
            at = start + m.start()
            if has(w1, lang, "Impe") and not has(w1, lang, "NOUN"):
                cuts.append((at, start + m.start(1)))  # "…, пошкоджено 3 будинки"
            elif w2 and norm(w2) in NEG_EXIST and not has(w1, lang, "NPRO"):
                cuts.append((at, start + m.start(1)))  # "…, постраждалих немає"
            elif (
                w2
                and has(w1, lang, "NOUN")
                and not has(w1, lang, "nomn")
                and has(w2, lang, "VERB")
                and not has(w2, lang, "NOUN")
                and not has(w1, lang, "NPRO")
                and not w1[:1].isupper()
            ):
                cuts.append((at, start + m.start(1)))  # "…, обстрілів зазнали 30 пунктів": a new clause
            elif (
                w2
                and w1[:1].islower()
                and (ps1 := parses(w1, lang))
                and {"NOUN", "nomn"} <= ps1[0][1]
                and not has(w1, lang, "NPRO")
                and first_verb(w2, lang)
                and not has(w2, lang, "NOUN")
                and not has(w2, lang, "ADJF")
                and any(first_verb(x, lang) for x in re.findall(r"[\w'’-]+", text[start:at]))
            ):
                cuts.append((at, start + m.start(1)))  # "…, водій дістав поранення": a new subject and its verb
        cuts = [
            c
            for c in cuts
            if not any(a <= c[0] <= b for a, b in qs) and text[start : c[0]].count("(") == text[start : c[0]].count(")")
        ]
        out = []
        pos = start
        for a, b in sorted(set(cuts)):
            if a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        out.append((pos, end))
        res = []
        for a, b in out:
            while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
                b -= 1
            if re.search(r"\w{2,}", text[a:b]):
                res.append((a, b))
        return res

    # ---- across sentences --------------------------------------------------------------------------
    def finish(self, sents: list[Sentence]) -> None:
        text = self.text
        drafts = self.drafts
        # a back reference attributes the own-voice sentences before it in its paragraph (or, when it
        # opens a paragraph, the paragraph before)
        for i, d in enumerate(drafts):
            if d.frame != "back":
                continue
            para = d.para
            prev = [
                e for e in drafts[:i] if e.para == para and e.frame in ("none", "own", "inherited", "hedge", "evidence")
            ]
            if not prev:
                prev = [
                    e
                    for e in drafts[:i]
                    if e.para == para - 1 and e.frame in ("none", "own", "inherited", "hedge", "evidence")
                ]
            for e in prev:
                if not e.headline:
                    stance = "distances" if e.hedges or e.stance == "distances" else d.stance
                    e.hops, e.stance, e.frame = list(d.hops), stance, "backed"
        drafts[:] = [d for d in drafts if d.frame != "back"]
        # a report told over several sentences: the next sentence of the paragraph goes on with it
        for i, d in enumerate(drafts):
            if d.frame != "none" or d.headline or i == 0:
                continue
            p = drafts[i - 1]
            if (
                p.para == d.para
                and p.frame in ("verb", "prep", "inherited", "label")
                and p.hops
                and p.sent == d.sent - 1
            ):
                d.hops, d.stance, d.frame = list(p.hops), "reports", "inherited"
            elif p.para == d.para and p.sent == d.sent and p.frame in ("verb", "prep", "inherited", "label"):
                d.hops, d.stance, d.frame = list(p.hops), p.stance, "inherited"
        # "В ЗСУ цю інформацію спростували.", "В Минобороны эти данные опровергли.": a denial of what was
        # reported just before disputes it and is no claim of its own
        for si, s in enumerate(sents):
            if not ANAPHORIC_REPORT[self.lang].search(text, s.start, s.end):
                continue
            denied = any(
                self.speech.get(lem) == "disputes" and not (k and norm(s.toks[k - 1].text) in NEGATION)
                for k, t in enumerate(s.toks)
                for lem, tags in parses(t.text, self.lang)
                if "VERB" in tags
            )
            # "Представитель ведомства назвал эти сообщения провокацией", "ці заяви назвали брехнею": naming
            # what was reported a lie denies it; the naming is a claim of its own
            named = not denied and self.named_false(s)
            if not denied and not named:
                continue
            before = [d for d in drafts if d.para == s.para and d.sent < si] or [
                d for d in drafts if d.para == s.para - 1
            ]
            if not before:
                continue
            last = max(d.sent for d in before)
            for d in before:
                if d.sent == last:
                    d.verification = "disputed"
            if not named:
                drafts[:] = [d for d in drafts if d.sent != si]
        # hedges and verification statements
        for si, s in enumerate(sents):
            seg = text[s.start : s.end]
            own = [d for d in drafts if d.sent == si]
            spans: list[Span] = []
            # "Місцеві жителі кажуть, що …": the speech verb of a frame with its subject is no hedge ("кажуть, що"
            # with no one named is)
            cues = [(h.cue.start, h.cue.end) for d in own if d.frame == "verb" for h in d.hops[:1] if h.cue]
            for r in self.hedge_res:
                for m in r.finditer(seg):
                    sp = Span(m.group(), s.start + m.start(), s.start + m.end())
                    if any(a <= sp.start < b for a, b in cues):
                        continue
                    if not any(h.start <= sp.start < h.end for d in own for h in d.hedges) and not any(
                        x.start <= sp.start < x.end for x in spans
                    ):
                        spans.append(sp)
            # "Минобороны утверждает, что …", "Остапчук стверджує, що …": a distancing verb of the frame is the
            # article's hedge on what follows as well as its cue
            for d in own:
                cue = d.hops[0].cue if d.frame == "verb" and d.hops else None
                if cue is not None and self.speech.get(lemma(cue.text, self.lang)) == "distances":
                    sp = Span(cue.text, cue.start, cue.end)
                    if sp not in d.hedges:
                        d.hedges.append(sp)
            verdict = None
            verdict_at: tuple[int, int] | None = None
            for r, v in self.verif_res:
                if vm := r.search(seg):
                    verdict, verdict_at = v, (s.start + vm.start(), s.start + vm.end())
                    break
            self.evidence_in(s, verdict, own)
            targets = own
            if verdict or spans:
                covered = (
                    not own
                    or all(any(sp.start <= d.start and d.end <= sp.end + 2 for sp in spans) for d in own)
                    or (verdict_at is not None and self.check_only(s, verdict_at))
                )
                if verdict and covered:
                    # "Незалежних підтверджень … немає.": about the claims before it in the paragraph
                    drafts[:] = [d for d in drafts if d.sent != si]
                    targets = [d for d in drafts if d.para == s.para and d.sent < si] or [
                        d for d in drafts if d.para == s.para - 1
                    ]
                    if BOTH_SIDES.search(seg):
                        # "Проверить заявления обеих сторон независимо невозможно": about what every party
                        # cited before claimed, wherever in the article; "… о потерях": what they claimed of that
                        topic = re.search(r"(?i)(?<!\w)(?:о|об|про)\s+([^\W\d]{4,})", seg)
                        about = lemma(topic.group(1), self.lang) if topic else None
                        cited = [d for d in drafts if d.sent < si and d.hops and d not in targets]
                        if about is None:
                            targets += cited
                        else:
                            on_topic = [
                                d
                                for d in targets + cited
                                if any(
                                    lemma(w, self.lang) == about for w in re.findall(r"[\w'’-]+", text[d.start : d.end])
                                )
                            ]
                            targets = on_topic or targets
                for d in targets:
                    for sp in spans:
                        if sp not in d.hedges:
                            d.hedges.append(sp)
                    if verdict:
                        d.verification = verdict
                    elif (
                        spans
                        and d.stance in ("asserts", "reports")
                        and any(
                            not re.search(r"дан|сведен|информац|інформац", sp.text) or d.stance == "asserts"
                            for sp in spans
                        )
                    ):
                        d.stance = "distances"
        for d in drafts:
            if d.hedges and d.stance == "asserts":
                d.stance = "distances"
        # a check of the material a claim rests on, told later ("На відео … видно пожежу. Ми перевірили це
        # відео: …"), is the claim's verification too: the material named in the claim's sentence, before
        # the claim or in it, where the article tells the claim in its own voice
        for d in drafts:
            if d.verification != "not_stated" or d.hops:
                continue
            a, b = self.sentence_spans[d.sent]
            checked = [
                e for e in self.evidence if a <= e.start < d.end and e.verification in ("confirmed", "unverified")
            ]
            if checked:
                d.verification = checked[-1].verification
        # quotations inside attributed content ("удари завдавали «виключно по …»")
        for d in drafts:
            if not d.hops or d.quote:
                continue
            for a, b in quotes(text, d.start, d.end):
                inner = text[a + 1 : b]
                words = re.findall(r"[\w'’-]+", inner)
                if all(w[:1].isupper() or w[:1].isdigit() for w in words):
                    continue  # a name in quotation marks ("ракетою «Іскандер-М»", "группировки «Север»")
                if re.search(r"(?i)так\s+(?:зван|называем)\w*\s*$", text[max(0, a - 20) : a]):
                    continue  # "так звана «оборона»": scare quotes, no one's words
                if len(re.findall(r"\w+", inner)) >= 2 and not any(q.start == a + 1 for q in self.quotes):
                    self.quotes.append(
                        Quote(
                            id=f"q{len(self.quotes) + 1}",
                            text=inner,
                            start=a + 1,
                            end=b,
                            speaker=d.hops[0].source,
                            cue=d.hops[0].cue,
                        )
                    )
        self.quotes.sort(key=lambda q: q.start)
        for n, q in enumerate(self.quotes, 1):
            q.id = f"q{n}"

    def check_only(self, s: Sentence, cue: tuple[int, int]) -> bool:
        """Whether a sentence with a verification cue says nothing but that a check could (not) be made:
        besides the cue only what was checked ("автентичність запису", "эти данные", "заявления обеих
        сторон"), who checked it ("ми", "редакция «X»") and particles; then it is about the claims and
        material before it and no claim of its own."""
        # "Свідчення очевидців перевірити не вдалося": the witnesses whose accounts were checked count too
        allowed = set(lex(self.lang, "verification_objects")) | set(lex(self.lang, "witness_heads"))
        nouns = lex(self.lang, "evidence_nouns")
        docs = lex(self.lang, "document_nouns")
        for t in s.toks:
            if cue[0] <= t.start < cue[1] or not re.match(r"\w", t.text):
                continue
            if t.text[:1].isupper() and t.start > s.start and not t.text.isupper() or t.text.isupper():
                continue  # a name: the outlet that made the check, the source of what was checked
            lems = {lem for lem, _tags in parses(t.text, self.lang)} | {norm(t.text)}
            if lems & allowed or lems & set(nouns) or lems & set(docs):
                continue
            if any(tags & {"PREP", "CONJ", "PRCL", "NPRO"} for _l, tags in parses(t.text, self.lang)):
                continue
            return False
        return True

    def claims(self) -> list[Claim]:
        out = []
        for n, d in enumerate(sorted(self.drafts, key=lambda d: d.start), 1):
            a, b = d.start, d.end
            while b > a and self.text[b - 1] in " .,;:":
                b -= 1
            if self.text[a:b].count("\u00ab") > self.text[a:b].count("\u00bb") and self.text[b : b + 1] == "\u00bb":
                b += 1
            out.append(
                Claim(
                    id=f"c{n}",
                    text=self.text[a:b],
                    start=a,
                    end=b,
                    attribution=d.hops,
                    stance=d.stance if d.hops or d.stance == "distances" else "asserts",
                    verification=d.verification,
                    hedges=d.hedges,
                    quote=d.quote,
                    headline=d.headline,
                    sentence=self._sentence_of(d, a),
                )
            )
        return out

    def _sentence_of(self, d: Draft, start: int) -> dict[str, int] | None:
        spans = getattr(self, "sentence_spans", [])
        if 0 <= d.sent < len(spans) and spans[d.sent][0] <= start <= spans[d.sent][1]:
            ss, se = spans[d.sent]
        else:  # a claim drafted outside the sentence loop: the sentence it starts in
            ss, se = next(((x, y) for x, y in spans if x <= start < y), (start, start))
        return {"start": ss, "end": se}

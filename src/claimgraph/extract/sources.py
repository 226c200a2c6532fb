"""Sources: one object per real-world source, however it is mentioned.

A mention is the noun phrase that fills a source role (subject of a reporting verb,
object of "according to", agent of evidence, speaker of a quotation). It is cleaned
(relative clauses and descriptive appositives move to ``description``), typed with the
registry (``ground/data/institutions.json``) and rules for descriptions, and resolved against
the sources already seen: same registry entry, same surname, same core name, a role
noun ("the agency", "the governor", "the ministry"), a pronoun, or a capital used for
its government ("Moscow denied").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import lexicon as _lexicon
from ..ground.gazetteer import country_of
from ..ground.institutions import (
    DETS,
    TITLE_WORDS,
    compiled,
    looks_like_person,
    lookup_institution,
    registry,
    role_kind,
    side_from_text,
)
from ..ground.people import registry_person
from ..model import Source, Span

ROLE_NOUNS = _lexicon.words("en", "role_nouns")
ROLE_KIND = _lexicon.mapping("en", "role_kinds")
UA_SURNAME = re.compile(r"(?:enko|chuk|iuk|yuk|ruk|niuk|shyn|skyi|skyy|tskyi|ych|ko|uk|iv|yi)$")
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i"}
# a role word, then a personal name to the end: "Kremlin spokesperson Vadim Rostovtsev"
ROLE_THEN_NAME = re.compile(
    r"\b(spokes(?:man|woman|person)|press secretary|secretary|minister|official|adviser|advisor|aide|envoy|"
    r"ambassador|correspondent|analyst)\s+(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){0,2}$",
    re.I,
)
# a fronted question put to the speaker: "Asked by Senator Roe whether ..., she said"
ASKED_BY = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\s+(?:by\s+(?P<agent>[^,.]{2,60}?)\s+)?"
    r"(?:whether|if|about|why|how|what|when|on|to)\b[^.!?\n]*,\s*$"
)
STATE_KINDS = {"government_body", "state_official", "military", "intelligence_service"}
# an unnamed source inside an institution ("a source in the emergency services", "an official")
OFFICIAL_RE = re.compile(r"\b(?:officials?|sources?|officers?|servicem[ae]n|soldiers?|commanders?|spokes\w+)\b")
# people of a place rather than of an institution
LOCAL_RE = re.compile(r"\b(?:residents?|locals?|villagers|witness(?:es)?|eyewitness(?:es)?|inhabitants|townspeople)\b")
# a country word that names what an expert or reporter covers, not whom they speak for ("a Russia economist")
TOPIC_RE = re.compile(
    r"\b(?:russia|ukraine|kremlin|europe|china|eastern europe)\s+(?:economists?|analysts?|experts?|specialists?|"
    r"correspondents?|editors?|researchers?|watchers?|scholars?|desk|observers?|hands?)\b",
    re.I,
)


def _nearest_institution(text: str) -> dict[str, Any] | None:
    """The registry institution named last in ``text``, if any."""
    best, best_at = None, -1
    for inst in registry()["institutions"]:
        for p in inst["match"]:
            for m in compiled(p).finditer(text):
                if m.end() > best_at:
                    best, best_at = inst, m.end()
    return best


def side_of_words(text: str) -> str | None:
    """The side the country words of a source's own words give, leaving out a topic ("a Russia analyst")."""
    return side_from_text(TOPIC_RE.sub(" ", text)) if text else None


def home_side(text: str, places: list[Any]) -> tuple[str | None, str | None]:
    """(home, scene): the side of the dateline's city, else of where the article's places are; and the
    side of where its places are (the country most of its towns and regions lie in, Ukraine or Russia)."""
    counts = {"ua": 0, "ru": 0}
    for p in places:
        if p.feature != "country" and p.country in ("UA", "RU"):
            counts[p.country.lower()] += 1
    scene = None
    if counts["ua"] != counts["ru"]:
        scene = "ua" if counts["ua"] > counts["ru"] else "ru"
    home = None
    for m in DATELINE_CITY_RE.finditer(text[:1500]):
        c = country_of(m.group(1).title())
        if c:
            home = {"UA": "ua", "RU": "ru"}.get(c)
            break
    return home or scene, scene


DATELINE_CITY_RE = re.compile(
    r"(?m)^\s*([A-Z][A-Z'\u2019.-]{2,}(?:[ -][A-Z][A-Z'\u2019.-]{2,})*)\s*(?:,|\(|[\u2014\u2013-])"
)
APPOSITION_RE = re.compile(r",\s+((?:an?|the)\s+[^,.;:\n\"\u201c]{3,80})(?=[,.;:]|$)")
# what a body or person publishes, standing for its owner ("according to its figures")
OWNER_DATA = r"(?:figures|data|numbers|count|tally|estimates?|statements?|accounts?|records|report|reports|findings|calculations)"
EVENT_NOUNS = (
    r"release|death|arrest|capture|return|exchange|detention|killing|attack|strike|visit|departure|arrival|"
    r"resignation|dismissal|appointment|disappearance|injury|injuries|funeral|trial|conviction|sentence"
)
# a noun phrase naming one person by what they are ("a second soldier", "the spokeswoman", "one mother")
SINGULAR_PERSON_RE = re.compile(
    r"^(?:an?|the|one|another|his|her|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:soldier|officer|commander|official|"
    r"spokes(?:man|woman|person)|man|woman|mother|father|wife|husband|sister|brother|son|daughter|resident|"
    r"witness|volunteer|medic|doctor|nurse|driver|farmer|teacher|engineer|marine|paratrooper|pilot|sergeant|"
    r"colonel|general|lieutenant|captain|journalist|reporter|correspondent|analyst|expert|diplomat|negotiator|"
    r"prisoner|survivor|deputy|adviser|advisor|aide|lawmaker|governor|mayor|minister|prosecutor|judge)\b(?!\s*\w)",
    re.I,
)
# the one office a region's head holds, named as a title or as the head of its administration ('the
# governor', 'the head of the regional military administration', 'the chief of the oblast state administration')
REGION_HEAD_RE = re.compile(
    r"\b(?:governor|(?:head|chief) of the (?:[\w'-]+ ){0,2}?(?:regional|oblast|provincial|region's|oblast's)"
    r"(?: (?:military|state|civil-military|military-civil))? administration)\b",
    re.I,
)
KINSHIP_RE = re.compile(
    r"\b(?:mother|father|sister|brother|wife|husband|son|daughter|widow|widower|parents?|relatives?|"
    r"grandmother|grandfather|aunt|uncle|cousin|fianc[ée]e?|partner|family)\b"
)
# role nouns that name a person, not a body ('the governor' may take up 'Governor X'; 'the ministry' never)
PERSON_ROLE_NOUNS = {
    "marine",
    "paratrooper",
    "medic",
    "volunteer",
    "fighter",
    "sergeant",
    "colonel",
    "captain",
    "lieutenant",
    "governor",
    "president",
    "commander",
    "soldier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "journalist",
    "reporter",
    "mayor",
    "minister",
    "general",
    "blogger",
    "bloggers",
    "officer",
    "source",
    "sources",
    "residents",
    "witness",
    "witnesses",
    "deputy",
    "adviser",
    "aide",
    "prosecutor",
    "prosecutors",
    "ombudsman",
    "operator",
    "observers",
    "editor",
}
VERB_LIKE_RE = re.compile(r"(?:ed|told|said|says|wrote|tells|asked|spoke|saw)$")
REPORTING_VERBS = _lexicon.words("en", "reporting_verbs")
# the body a named person serves, right after the name ('Colonel X of the border guard (DPSU)')
OF_BODY_RE = re.compile(
    r" of ((?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*(?:\s+\([A-Z][\w-]{1,12}\))?)"
)
# a definite document noun that stands for the body that issued it ('..., the post said', 'the report said')
DOC_ANAPHOR_RE = re.compile(
    r"^the\s+(?:(?:latest|same|new|morning|evening|daily|weekly|monthly|official|telegram|online|written)\s+)?"
    r"(?:post|statement|message|update|bulletin|briefing|summary|communiqu[eé]|press release|report)$"
)
# a role phrase set before the name it describes ('its editor-in-chief, Anna X', 'the head of the council, Y')
PRE_APPOSITION_RE = re.compile(
    r"(?:^|[\s(])(?P<np>(?:the|its|his|her|their|an?)\s+(?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+),\s+$", re.I
)
# an outlet introduced by what it is ('the business outlet X', 'the state news agency X')
DESCRIBED_OUTLET_RE = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:outlet|news agency|agency|newspaper|news site|website|broadcaster|"
    r"portal|magazine|daily|weekly)\s+[A-Z]"
)
# a share of a count ('fewer than 5 percent of the names') is what a claim is about, never who says it
SHARE_RE = re.compile(
    r"^(?:(?:at least|more than|fewer than|less than|over|under|about|around|roughly|nearly|almost|up to|some)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)"
)
# people picked out by a share, a count or what they did ('62 percent', 'two-thirds of nurses', 'those polled')
PEOPLE_COUNTED_RE = re.compile(
    r"^(?:(?:at least|more than|fewer than|less than|over|under|about|around|roughly|nearly|almost|some|only)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)?|those\b|half\b|(?:a|one|two|three)[- ](?:third|quarter)s?\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+(?:10|ten)\b)",
    re.I,
)
CAPTION_RE = re.compile(r"^(?:the|its|his|her|their)\s+(?:accompanying\s+)?captions?$")
PUBLISH_RE = re.compile(r"\b(?:posted|published|shared|uploaded|released|circulated)\b")
# roles that serve someone else: their holder belongs where the one they serve belongs
SUBORDINATE_RE = re.compile(r"\b(?:deputy|aide|adviser|advisor|assistant|spokes(?:man|woman|person)|press officer)\b")
# a role held in a body named after it ('the head of the mission, X', 'a spokesman for the regional police')
OWNER_OF_ROLE_RE = re.compile(
    r"\b(?:head|chief|director|leader|chair(?:man|woman|person)?|spokes(?:man|woman|person)|deputy|representative|"
    r"member|official|officer|press officer|envoy|commander)s?\s+(?:of|for|at|with)\s+(?P<owner>(?:the|its|his|her)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?P<noun>[\w-]+))\b",
    re.I,
)
# where a person's description places them in the town or region of the story ('the city's hospital')
LOCAL_POST_RE = re.compile(
    r"\b(?:the (?:city|town|village|region|district|community|oblast)(?:'s|\u2019s)?|local|regional|municipal|"
    r"district)\b",
    re.I,
)
# a military rank as a title before a name ('Colonel Ivan X', 'Lt. Gen. X'), not 'Director General X'
MILITARY_RANK_RE = re.compile(
    r"(?<!Director )(?<!Secretary )(?<!Attorney )(?<!Prosecutor )(?<!Consul )(?<!Inspector )(?<!Surgeon )"
    r"\b(?:Colonel|General|Major|Lieutenant|Captain|Sergeant|Brigadier|Admiral|Corporal|Private|Commander|"
    r"Col\.|Gen\.|Maj\.|Lt\.|Capt\.|Sgt\.|Adm\.)\s+(?:[A-Z][a-z]+\.?\s+)*[A-Z][\w'\u2019-]+"
)
# capitalised words right before a mention, on its line, that it belongs to ('Pentagon ', 'EU ', 'Kursk region ')
PREMODIFIER_RE = re.compile(
    r"(?<![\w'\u2019.-])((?:[A-Z](?:(?:\.[A-Z])+\.|[\w'\u2019-]*)[ \t]){1,3}?(?:region[ \t]|oblast[ \t])?)$"
)
# words that join two phrases, never inside a title before a name ('Television and Oz', 'chairman calls for X')
LINK_WORDS = {"and", "or", "but", "for", "to", "with", "at", "in", "on", "by", "from", "as", "against", "after"}
# sentence openers and dates before a title, never part of it
PRE_STOP = {
    "on", "in", "at", "as", "and", "but", "after", "when", "while", "last", "by", "from", "since", "meanwhile",
    "earlier", "later", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "i", "we", "he", "she", "they", "it", "also", "then",
}  # fmt: skip
# given names in the spelling of one language's romanisation (names spelt alike in both are left out)
UA_GIVEN = re.compile(
    r"^(?:ihor|oleksandr|oleksii|oleksiy|serhii|serhiy|dmytro|mykola|andrii|andriy|oleh|yurii|yuriy|volodymyr|"
    r"vitalii|vitaliy|mykhailo|mykhaylo|yevhen|petro|taras|bohdan|vasyl|hryhorii|pavlo|vadym|kyrylo|maksym|denys|"
    r"ostap|yaroslav|olena|iryna|oksana|yuliia|nataliia|tetiana|tetyana|liudmyla|halyna|olha|kateryna|viktoriia|"
    r"anastasiia|hanna|mariia|svitlana|valerii|anatolii|heorhii|arsenii|yevheniia)$"
)
RU_GIVEN = re.compile(
    r"^(?:sergei|sergey|dmitry|dmitri|nikolai|nikolay|andrei|andrey|oleg|yuri|yury|alexei|alexey|aleksei|"
    r"aleksey|mikhail|yevgeny|yevgeniy|evgeny|pavel|maxim|kirill|vyacheslav|vitaly|gennady|anatoly|aleksandr|"
    r"igor|vladimir|tatiana|tatyana|yelena|elena|irina|svetlana|lyudmila|yekaterina|ekaterina|valentina|"
    r"vladislav|stanislav|arkady|grigory|pyotr|vasily|denis|valery|georgy|yevgenia)$"
)
# a role that speaks for a body named after it ('a spokesman for the Southern Defence Forces')
SERVES_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press (?:officer|secretary|service)|deputy|aide|adviser|advisor|"
    r"representative)\s+(?:of|for|at)\s+(?P<owner>[^,.;:\n]{3,80})",
    re.I,
)
# an account named by its owner ('the Telegram channel of the 93rd Brigade')
ACCOUNT_OF_RE = re.compile(r"\b(?:channel|account|page|feed)s?\s+of\s+([^,.;:\n]{3,80})")
RU_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|in|ina|sky|skiy|skaya|tsky|iy|ich|ykh|ikh)$")


@dataclass
class SourceBook:
    """The sources of one article and the rules that resolve new mentions to them."""

    text: str
    sources: list[Source] = field(default_factory=list)
    keys: dict[str, list[str]] = field(default_factory=dict)  # source id -> resolution keys
    is_person: dict[str, bool] = field(default_factory=dict)
    personal: dict[str, bool] = field(default_factory=dict)
    first_at: dict[str, int] = field(default_factory=dict)
    guessed: set[str] = field(default_factory=set)  # sources whose side is only their surname's guess
    full_name: dict[str, str] = field(default_factory=dict)  # a fuller name found after the merges need it
    # the side a place name in a source's words gives ("the Kharkiv regional administration" -> ua)
    place_side: Callable[[str], str | None] | None = None

    def get(self, sid: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == sid), None)

    # -- public ------------------------------------------------------------
    def mention(
        self,
        start: int,
        end: int,
        head: Any = None,
        context: str = "",
        create: bool = True,
        description: str | None = None,
        span: tuple[int, int] | None = None,
        speaker: bool = False,
    ) -> str | None:
        """Register the noun phrase text[start:end] (the name; ``span``: the whole phrase as it stands,
        recorded as the mention) as a source mention; return the source id. ``speaker``: the phrase is the
        subject of an active verb of saying or thinking, so a share or count of people speaks ('62 percent
        said', '1,200 nurses say')."""
        known = len(self.sources)
        sid = self._mention(start, end, head, context, create, description, speaker)
        if speaker and sid is not None and len(self.sources) > known and PEOPLE_COUNTED_RE.match(self.text[start:end]):
            found = self.get(sid)
            if found is not None:
                found.kind = "unnamed"  # '62 percent', 'those surveyed': people the text does not name
        if sid is not None and span is not None:
            ps, pe = _trim(self.text, *span)
            s = self.get(sid)
            if (
                s is not None
                and pe > ps
                and "\n" not in self.text[ps:pe]
                and not any(m.start < ps and pe <= m.end for m in s.mentions)  # inside a fuller one
            ):
                s.mentions = [m for m in s.mentions if not (ps <= m.start and m.end <= pe)]
                self._add_mention(sid, ps, pe)
        return sid

    def unresolved_person(self, start: int, end: int, context: str = "") -> str | None:
        """'He told reporters that ...' with no person before it that 'he' can name: the pronoun is still
        the speaker, recorded where it stands as a source of its own (an unresolved source is a source)."""
        start, end = _trim(self.text, start, end)
        if end <= start:
            return None
        sid = self._new(self.text[start:end], start, end, False, context, None)
        self._add_mention(sid, start, end)
        self.is_person[sid] = True
        self.personal[sid] = True
        return sid

    def _mention(
        self,
        start: int,
        end: int,
        head: Any = None,
        context: str = "",
        create: bool = True,
        description: str | None = None,
        speaker: bool = False,
    ) -> str | None:
        start, end = _trim(self.text, start, end)
        if end <= start:
            return None
        raw = self.text[start:end]
        name = _clean_name(raw)
        if not name or name.lower() in {"it", "they", "its", "their", "we", "i", "you", "that", "which", "who", "this"}:
            if name.lower() in {"it", "they", "its", "their"}:
                hit = self._recent(person=False, before=start)
                if hit:
                    self._add_mention(hit, start, end)  # the pronoun where it stands, with whom it names
                return hit
            return None
        low = name.lower()
        words = re.findall(r"[\w'-]+", low)
        # a crowd counted in hundreds or thousands, or "no casualties", is what a claim is about, never who says it
        # (unless it is the subject of a verb of saying or thinking: the people counted speak)
        if (words and words[0] == "no") or (
            not speaker
            and (
                re.match(
                    r"^(?:(?:at least|more than|over|about|some|nearly|almost|up to)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})\b",
                    low,
                )
                or SHARE_RE.match(low)
            )
        ):
            return None
        # an event is what a claim is about, never who says it ("His release was confirmed by ...")
        if re.match(rf"^(?:its|his|her|their|the)\s+(?:{EVENT_NOUNS})$", low):
            return None
        # "according to its figures", "her account": the owner speaks
        own = re.match(rf"^(its|his|her|their)\s+(?:own\s+)?(?:{OWNER_DATA})$", low)
        if own:
            hit = self._recent(person=own.group(1) in ("his", "her"), before=start)
            if hit:
                self._add_mention(hit, start, end)
                return hit
        if DOC_ANAPHOR_RE.match(low):
            # '..., the post said': the body that posted it, the one the text cited last
            hit = self._poster(start) or self._recent(person=False, before=start)
            if hit:
                self._add_mention(hit, start, end)
                return hit
        if CAPTION_RE.match(low):
            # 'X posted a video ... The caption claimed ...': a caption says what its poster says
            poster = self._poster(start)
            if poster:
                self._add_mention(poster, start, end)
                return poster
        if low in {"he", "she", "his", "her"}:
            # "Asked by Whitcomb whether ..., she said": the one asked answers, never the one asking
            asked = ASKED_BY.search(self.text, max(0, start - 300), start)
            exclude = (
                {
                    src.id
                    for src in self.sources
                    if any(asked.start("agent") <= m.start < asked.end("agent") for m in src.mentions)
                }
                if asked and asked.group("agent")
                else set()
            )
            hit = self._recent(person=True, before=start, exclude=exclude)
            if hit:
                self._add_mention(hit, start, end)
            return hit
        person = bool(
            head is not None and (head.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in head.subtree))
        ) or looks_like_person(name)
        # a role noun with a definite or possessive determiner refers back ("the agency", "its spokesman")
        if (
            words
            and (words[0] in {"the", "its", "his", "her", "their"} or (len(words) == 1 and name.islower()))
            and len(words) <= 3
            and words[-1] in ROLE_NOUNS
        ):
            # 'the Navy', 'the Coast Guard': a capitalised head is a name, never a kind-only anaphor
            proper = name.split()[-1][:1].isupper() and not name.isupper()
            marked = side_from_text(name)
            # 'the Saudi government' after 'the White House': a third country's body is not found by its kind
            hit = self._by_role(words[-1], start, by_kind=not proper and marked != "international")
            found = self.get(hit) if hit else None
            if found is not None and marked and found.side != marked:
                hit = None  # 'the Russian-installed authorities' are not the Ukrainian administration named before
            if hit and not (words[0] == "its" and len(words) == 2 and not self._role_in(hit, words[-1])):
                self._add_mention(hit, start, end)
                return hit
            if words[0] == "the" and create:
                # "the commander" after "A Russian commander ordered ...": the definite description
                # takes up the indefinite one that introduced the person, source or not until now
                intro = None
                for m in re.finditer(
                    rf"\b(?:[Aa]n?)\s+(?:[\w'-]+\s+){{0,3}}?{re.escape(words[-1])}\b", self.text[:start]
                ):
                    intro = m
                if intro is not None:
                    sid = self._new(_clean_name(intro.group()), intro.start(), intro.end(), False, context, None)
                    self._add_mention(sid, start, end)
                    return sid
        # a capital or country used for its government
        metonym = registry()["capital_metonyms"].get(low)
        if metonym:
            hit = next(
                (
                    s.id
                    for s in self.sources
                    if s.side == metonym
                    and s.kind in ("government_body", "state_official")
                    and not self.is_person.get(s.id)
                ),
                None,
            )
            if hit:
                self._add_mention(hit, start, end)
                return hit
        keys = self._keys(name, person, context)
        hit_id = next((s.id for s in self.sources if set(keys) & set(self.keys[s.id])), None)
        if hit_id is None and not side_from_text(name):
            # "the Finance Ministry" after "Russia's Finance Ministry", "the MoD" after "the Russian Defence
            # Ministry": the latest one of that name or institution
            cores = {k for k in keys if k.startswith("core:")} | {k for k in keys if k.startswith("inst:")}
            hits = [
                s
                for s in self.sources
                if any(k.split("@")[0] in cores or k.rsplit(":", 1)[0] + ":" in cores for k in self.keys[s.id])
            ]
            if hits:
                hit_id = max(hits, key=lambda o: max((m.start for m in o.mentions if m.start < start), default=-1)).id
        if hit_id is not None:
            s = self.get(hit_id)
            assert s is not None
            self._add_mention(s.id, start, end, name)
            if description and not s.description:
                s.description = description
            return s.id
        if not create:
            return None
        return self._new(name, start, end, person, context, description)

    def merge_pass(self) -> dict[str, str]:
        """Late coreference, once every mention is known: a role noun read before its referent
        ("the governor" in a headline or an early sentence) and a bare surname join the fuller source."""
        remap: dict[str, str] = {}
        for s in self.sources:
            self._pre_apposition(s)  # 'its editor-in-chief, X': what X is, before role nouns look for X
        for s in list(self.sources):
            words = re.findall(r"[\w'-]+", s.name.lower())
            target = None
            if (
                words
                and len(words) <= 3
                and words[0] in {"the", "its", "his", "her", "their"} | {words[0] if len(words) == 1 else ""}
                and words[-1] in ROLE_NOUNS
            ):
                target = next(
                    (
                        o
                        for o in self.sources
                        if o is not s
                        and o.id not in remap
                        and self._role_in(o.id, words[-1])
                        and (len(o.name) > len(s.name) or self.is_person.get(o.id))
                        and not (self.is_person.get(o.id) and words[-1] not in PERSON_ROLE_NOUNS)
                    ),
                    None,
                )
            core = [w for w in words if w not in DETS]
            # 'Ukrainian brigade' for "Ukraine's 63rd Brigade": country words are compared by the side they mark
            plain = [w for w in core if not side_from_text(w)]
            marked = side_from_text(" ".join(core)) if len(plain) < len(core) else None
            # 'a regional governor' in an article that names two governors: either may be meant
            ambiguous = (
                bool(words)
                and words[0] in ("a", "an")
                and bool(core)
                and sum(1 for o in self.sources if o is not s and self._role_in(o.id, core[-1])) > 1
            )
            if target is None and ambiguous and s.mentions:
                # ... unless the sentence it stands in names the place or person of one of them ('targeting
                # the Poltava region, ... while a regional governor said' -> the Poltava governor)
                first = s.mentions[0]
                a = max(self.text.rfind(c, 0, first.start) for c in ".!?\n") + 1
                ends = [i for i in (self.text.find(c, first.end) for c in ".!?\n") if i >= 0]
                sentence = set(re.findall(r"[A-Z][\w'-]+", self.text[a : min(ends) if ends else len(self.text)]))
                named = [
                    o
                    for o in self.sources
                    if o is not s
                    and o.id not in remap
                    and self._role_in(o.id, core[-1])
                    and {w for w in re.findall(r"[A-Z][\w'-]+", o.name) if w.lower() not in TITLE_WORDS} & sentence
                ]
                if len(named) == 1:
                    target = named[0]
            if target is None and plain and len(core) <= 3 and core[-1] in ROLE_NOUNS and not ambiguous:
                # a headline's 'Mykolaiv governor says': a bare role phrase whose words all stand in a
                # fuller source's name ('Mykolaiv regional governor Ivan X') is that source
                target = next(
                    (
                        o
                        for o in self.sources
                        if o is not s
                        and o.id not in remap
                        and len(o.name) > len(s.name)
                        and not (self.is_person.get(o.id) and core[-1] not in PERSON_ROLE_NOUNS)
                        and set(plain) <= set(re.findall(r"[\w'-]+", f"{o.name} {o.description or ''}".lower()))
                        and (marked is None or marked in (side_from_text(o.name), o.side))
                    ),
                    None,
                )
            if (
                target is None
                and words
                and words[0] in ("a", "an")
                and len(words) <= 4
                and words[-1] in ROLE_NOUNS
                and words[-1] not in PERSON_ROLE_NOUNS
                and not self.is_person.get(s.id)
            ):
                # 'according to a European think tank' before 'The X Monitor, a think tank in Y, estimated':
                # a body first described, then named with that description, is the named one
                named = [
                    o
                    for o in self.sources
                    if o is not s
                    and o.id not in remap
                    and not self.is_person.get(o.id)
                    and any(w[:1].isupper() and w.lower() not in DETS for w in o.name.split())
                    and self._role_in(o.id, words[-1])
                ]
                if len(named) == 1:
                    target = named[0]
            metonym = registry()["capital_metonyms"]
            if (
                target is None
                and s.name.lower() in metonym
                and all(m.text.lower() in metonym for m in s.mentions)
                and not self.is_person.get(s.id)
            ):
                # 'Moscow says ...' before 'Russia's Defence Ministry claimed ...': a capital that stands
                # for the one government body of its side the article cites
                bodies = [
                    o
                    for o in self.sources
                    if o is not s
                    and o.id not in remap
                    and o.side == metonym[s.name.lower()]
                    and o.kind in ("government_body", "military")
                    and not self.is_person.get(o.id)
                    and o.name.lower() not in metonym
                ]
                if len(bodies) == 1:
                    target = bodies[0]
                elif not bodies:
                    # 'Kremlin says ...' over 'Kremlin spokesman X said ...': the one person who speaks for it
                    word = s.name.lower()
                    voices = [
                        (o, first)
                        for o in self.sources
                        if o is not s and o.id not in remap and self.is_person.get(o.id)
                        for first in o.mentions[:1]
                        if self.text[max(0, first.start - len(word) - 1) : first.start].lower() == word + " "
                        or o.name.lower().startswith(word + " ")
                    ]
                    if len(voices) == 1:
                        target, first = voices[0]
                        if not target.name.lower().startswith(word + " "):
                            target.name = f"{self.text[first.start - len(word) - 1 : first.start]}{target.name}"
            if target is None and len(words) == 1 and s.name[:1].isupper():
                target = next(
                    (
                        o
                        for o in self.sources
                        if o is not s
                        and o.id not in remap
                        and len(o.name.split()) > 1
                        and o.name.split()[-1].lower() == words[0]
                    ),
                    None,
                )
            if target is None and len(words) == 1 and s.name[:1].isupper():
                # 'a drone pilot who goes by the call sign Moroz ... Moroz said': the call sign names that person
                alias = re.compile(
                    rf"\b(?:call[- ]?sign|nom de guerre|code ?name|known as|goes by|go by|nicknamed)\s+"
                    rf"(?:the\s+)?[\"\u201c\u2018']?{re.escape(s.name)}\b"
                )
                target = next(
                    (
                        o
                        for o in self.sources
                        if o is not s
                        and o.id not in remap
                        and any(alias.search(t) for t in [o.description or ""] + [m.text for m in o.mentions])
                    ),
                    None,
                )
            if target is None:
                target = self._region_head(s, remap)
            if target is not None:
                remap[s.id] = target.id
                target.mentions = sorted(target.mentions + s.mentions, key=lambda m: m.start)
        for sid in list(remap):
            # a source merged into one that was merged in turn ends at the last one
            seen = {sid}
            while remap[sid] in remap and remap[sid] not in seen:
                seen.add(remap[sid])
                remap[sid] = remap[remap[sid]]
        self.sources = [s for s in self.sources if s.id not in remap]
        for s in self.sources:
            full = self.full_name.get(s.id)
            if full and len(full) > len(s.name) and not any(o is not s and o.name == full for o in self.sources):
                s.name = full
        # a person first met by surname alone: the words before a fuller mention say who they are
        for s in self.sources:
            if s.kind in ("other",) and len(s.name.split()) >= 1:
                sur = s.name.split()[-1]
                for m in re.finditer(
                    rf"((?:[A-Za-z-]+[ \t]+){{1,3}})(?:[A-Z][\w'-]+[ \t]+)?{re.escape(sur)}\b", self.text
                ):
                    k = role_kind(m.group(1))
                    if k and k != "unnamed":
                        ws = m.group(0).split()
                        i = next((j for j in range(len(ws)) if role_kind(ws[j]) == k), 0)
                        if any(_verb_like(w) or w in LINK_WORDS for w in ws[i + 1 : -1] if w.islower()):
                            continue  # 'governor says Lozenko', 'chairman calls for X': not one phrase
                        if k == "government_body":
                            k = "state_official"  # 'Department liaison X': a person who serves a body
                        s.kind = k
                        # 'Kherson told journalist Taras Melnyk': the name starts at the role word
                        while i > 0 and (
                            ws[i - 1].lower() in DETS
                            or ws[i - 1].lower() in TITLE_WORDS
                            or side_from_text(ws[i - 1])
                            or (ws[i - 1].islower() and not _verb_like(ws[i - 1]))
                        ):
                            i -= 1  # its determiner and modifiers ('the Ukrainian outlet'), not a verb or place
                        full = " ".join(ws[i:])
                        # 'Major X of Russia's National Guard': the body the person serves is part of the name
                        body = OF_BODY_RE.match(self.text, m.end())
                        if body and (side_from_text(body.group(1)) or lookup_institution(body.group(1))):
                            full += body.group(0)
                        if len(full) > len(s.name):
                            s.name = full
                        break
        return remap

    def _region_head(self, s: Source, remap: dict[str, str]) -> Source | None:
        """'the head of the regional military administration' and 'Governor X' (or the other way round):
        a region's governor heads its administration, so an unnamed description of that office is the one
        named holder of it the article cites (not when a place word of the description is not in hers)."""
        if not REGION_HEAD_RE.search(s.name) or looks_like_person(s.name):
            return None
        if re.match(r"(?:an?|another|one)\s", s.name, re.I):
            return None  # 'a regional governor' brings in someone not named yet
        places = {re.sub(r"['\u2019]s$", "", w) for w in re.findall(r"[\w'\u2019-]+", s.name)[1:] if w[:1].isupper()}
        side = side_from_text(s.name)
        holders = []
        for o in self.sources:
            if o is s or o.id in remap or not (self.is_person.get(o.id) or looks_like_person(o.name)):
                continue
            # what the text calls the holder: names, description, and the title words before a mention
            titles = [
                t.group()
                for m in o.mentions
                if (t := re.search(r"(?:[\w'-]+[ \t]+){1,2}$", self.text[max(0, m.start - 40) : m.start]))
            ]
            said = " ".join([o.name, o.description or ""] + [m.text for m in o.mentions] + titles)
            marked = side_from_text(said)
            if not REGION_HEAD_RE.search(said) or (
                marked not in (None, side) and not (side is None and marked == "ua")
            ):
                continue  # an occupation governor is not the head of the Ukrainian administration
            own = {re.sub(r"['\u2019]s$", "", w) for w in re.findall(r"[\w'\u2019-]+", said)}
            if places and not places <= own:
                continue
            holders.append(o)
        return holders[0] if len(holders) == 1 else None

    def finish(self, chains: list[list[str]]) -> None:
        """Sides of unnamed sources relayed by a named one; metonyms merged where they can be."""
        for chain in chains:
            for outer, inner in zip(chain, chain[1:], strict=False):
                s_in, s_out = self.get(inner), self.get(outer)
                if s_in and s_out and s_in.side == "unknown" and s_out.side in ("ua", "ru"):
                    s_in.side = s_out.side

    def settle_sides(self, places: list[Any], home: str | None, scene: str | None) -> None:
        """Sides the first mention left unknown, from everything the article says of the source: the
        country words of its name, mentions and description ("the Ukrainian outlet X" met first as "X");
        a place inside a mention ("residents of Yampil", "a London-based consultancy"); an expert with
        no country is independent of both sides; a state body, official or soldier with no country is of
        the article's home side (its dateline, else where its places are: "the State Emergency Service"
        in a report from Kharkiv); local residents and witnesses are of the side where the places are."""
        for s in self.sources:
            self._refine_kind(s)
        if home is None:
            # no dateline and no towns: the side most of the article's sources with a side belong to
            counts = {x: sum(1 for o in self.sources if o.side == x) for x in ("ua", "ru")}
            if counts["ua"] != counts["ru"] and max(counts.values()) >= 2:
                home = max(counts, key=lambda x: counts[x])
        for s in self.sources:
            if (
                s.id in self.guessed
                and home
                and s.side != home
                and s.kind in STATE_KINDS
                and not given_name_side(s.name)
                and not side_of_words(f"{s.name} {s.description or ''}")
            ):
                # 'Mayor Ihor Terekhov' is spelt like a Ukrainian; 'Viktor Tregubov, a spokesman for the ...
                # group of forces' in a report from Kharkiv: an official's surname ending says less than
                # the article's home
                s.side = home
                self.guessed.discard(s.id)
            if s.side != "unknown":
                continue
            texts = [s.name, s.description or ""] + [m.text for m in s.mentions if m.text.lower() not in PRONOUNS]
            texts += [self._apposition(m) for m in s.mentions]
            side = next((x for x in map(side_of_words, texts) if x), None)
            if side is None:
                for m in s.mentions:
                    # a town or region in the mention (a country word is read as a side marker above)
                    cs = {
                        p.country for p in places if m.start <= p.start < m.end and p.country and p.feature != "country"
                    }
                    if cs:
                        c = sorted(cs)[0]
                        side = {"UA": "ua", "RU": "ru"}.get(c, "international")
                        break
            if side is None:
                side = self._side_of_abbreviation(s)
            if side is None:
                side = self._side_of_owner(s)
            if side is None:
                side = self._side_of_earlier_form(s)
            if side is None and self.is_person.get(s.id) and registry_person(s.name, s.kind, s.description):
                continue  # the people registry knows this person's side
            words = " ".join(texts).lower()
            if side is None and s.kind == "expert":
                side = "independent"
            elif side is None and (
                s.kind in STATE_KINDS
                or (s.kind == "unnamed" and OFFICIAL_RE.search(words) and not LOCAL_RE.search(words))
            ):
                side = home
            elif side is None and s.kind == "social_media_account" and (acc := ACCOUNT_OF_RE.search(s.name.lower())):
                # 'the Telegram channel of the 93rd Brigade': the account speaks for its owner
                side = home if role_kind(acc.group(1)) in STATE_KINDS else None
            elif side is None and s.kind == "media_outlet" and DESCRIBED_OUTLET_RE.search(s.name):
                # 'the business outlet X', 'the state news agency X': an outlet the article must introduce,
                # with no country named, is one of the article's home (a foreign one is named with its country)
                side = home
            elif side is None and s.kind in ("unnamed", "other") and LOCAL_RE.search(words):
                side = scene
            elif (
                side is None
                and self.is_person.get(s.id)
                and s.kind == "other"
                and LOCAL_POST_RE.search(f"{s.name} {s.description or ''}")
            ):
                side = scene  # a named doctor or teacher of the city in the story speaks from its side
            if side:
                s.side = side

    def _pre_apposition(self, s: Source) -> None:
        """ "its editor-in-chief, Anna Lind", "the head of the district council, Petro Ivaniv": a role phrase set
        before a person's name with a comma says what they are (kind, description) and, through its
        possessive, whom they serve (side); a side guessed from the surname alone gives way to it."""
        bare_name = len(s.name.split()) == 1 and s.name[:1].isupper() and not lookup_institution(s.name)
        if not (self.is_person.get(s.id) or bare_name) or (
            s.kind not in ("other", "unnamed") and s.id not in self.guessed
        ):
            return
        names = {m.text for m in s.mentions if m.text[:1].isupper() and m.text.lower() not in PRONOUNS} | {s.name}
        for n in sorted(names, key=len, reverse=True):
            # the name as it stands, with the given names a surname mention left out ('Anna Lind' for 'Lind')
            # an appositive pair: the name closes with a comma or ends the sentence ('..., Anna Lind, said')
            name_re = rf"(?<![\w-])(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{re.escape(n)}(?=\s*(?:[,.;)]|$))"
            for occ in re.finditer(name_re, self.text):
                before = self.text[max(0, occ.start() - 160) : occ.start()]
                before = before[before.rfind("\n") + 1 :]
                np = _role_before(before)
                if np is None:
                    continue
                kind = role_kind(np)
                if not self.is_person.get(s.id) and kind not in ("state_official", "military", "journalist", "expert"):
                    return  # a one-word name that a role phrase does not make a person
                self.is_person[s.id] = self.personal[s.id] = True
                if len(occ.group(0)) > len(s.name):
                    self.full_name[s.id] = occ.group(0)  # 'Olga Stepina' for a source met as 'Stepina'

                if kind and kind != "unnamed" and s.kind in ("other", "unnamed"):
                    s.kind = kind
                if not s.description:
                    s.description = np
                det = np.split()[0].lower()
                side = None
                if det in ("its", "their"):
                    owner = self.get(self._recent(person=False, before=occ.start()) or "")
                    side = owner.side if owner is not None and owner.side != "unknown" else None
                    if side is None:
                        side = self._side_of_described_body(occ.start())
                elif det not in ("his", "her"):
                    side = side_of_words(np)
                if side:
                    s.side = side
                    self.guessed.discard(s.id)
                elif s.id in self.guessed:
                    s.side = "unknown"  # the surname's guess gives way to what the article says later
                    self.guessed.discard(s.id)
                return

    def _side_of_described_body(self, before: int) -> str | None:
        """The side of the body last described by an appositive in the paragraph before ``before``
        ('X, an exiled Russian outlet, ... We spoke to its editor')."""
        para = self.text.rfind("\n", 0, before) + 1
        side = None
        for a in re.finditer(r",\s+((?:an?|the)\s+[^,.;:\n]{3,120})(?=,)", self.text[para:before]):
            if role_kind(a.group(1)) in ("media_outlet", "ngo", "expert", "government_body", "military"):
                side = side_from_text(a.group(1)) or side
        return side

    def _side_of_earlier_form(self, s: Source) -> str | None:
        """ "the Defence Ministry" after "Russia's Defence Ministry said" (a mention not read as a source), or
        "In Moscow, the Defence Ministry said": the country word on an earlier form of the same proper name,
        or a capital fronted in the mention's own sentence."""
        if self.is_person.get(s.id):
            return None
        metonyms = registry()["capital_metonyms"]
        for m in s.mentions:
            if m.text.lower() in PRONOUNS:
                continue
            loc = re.search(r"(?:^|[.!?\n]\s*)In ([A-Z][\w'\u2019-]+),\s*$", self.text[max(0, m.start - 60) : m.start])
            if loc and metonyms.get(loc.group(1).lower()):
                return str(metonyms[loc.group(1).lower()])
            core = re.sub(r"^(?:the|its)\s+", "", m.text, flags=re.I)
            if not all(w[:1].isupper() for w in core.split()):
                continue  # only a proper name: 'the ministry' could be any ministry named before
            side = None
            for occ in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", self.text[: m.start]):
                pre = re.search(r"(?:\S+\s+){0,2}$", self.text[max(0, occ.start() - 40) : occ.start()])
                side = (side_from_text(pre.group()) if pre else None) or side
            if side:
                return side
        return None

    def _apposition(self, m: Span) -> str:
        """The appositive after a mention: "Orenburg Pulse, a local news community on VKontakte," -> its words."""
        a = APPOSITION_RE.match(self.text, m.end)
        return a.group(1) if a else ""

    def _refine_kind(self, s: Source) -> None:
        """A kind the name alone did not give: from an appositive ("X, a news community on VKontakte")
        or the words that introduce a name ("the call sign Lis" -> a soldier)."""
        if s.kind in ("other", "unnamed", "state_official") and re.search(
            r"\b(?:call[- ]?sign|nom de guerre)\b", f"{s.name} {s.description or ''}", re.I
        ):
            s.kind = "military"  # 'his deputy, who goes by the call sign X': a soldier
            return
        if s.kind not in ("other", "unnamed"):
            return
        names = {m.text for m in s.mentions if m.text[:1].isupper() and m.text.lower() not in PRONOUNS}
        for n in names:
            if re.search(
                rf"\b(?:call[- ]?sign|nom de guerre|code ?name)\s+[\"\u201c]?{re.escape(n)}\b", self.text, re.I
            ):
                s.kind = "military"
                return
        for m in s.mentions:
            k = role_kind(self._apposition(m)) if s.kind == "other" else None
            if k and k != "unnamed":
                s.kind = k
                return

    def _side_of_owner(self, s: Source) -> str | None:
        """ "the head of the mission, X", "a spokesman for the regional police": a role in a body the
        article cites takes that body's side."""
        for txt in [s.name, s.description or ""] + [m.text for m in s.mentions]:
            m = OWNER_OF_ROLE_RE.search(txt)
            if m is None:
                continue
            noun = m.group("noun").lower()
            at = self.first_at.get(s.id, len(self.text))
            owner = next(
                (
                    o
                    for o in sorted(self.sources, key=lambda o: self.first_at.get(o.id, 0))
                    if o is not s and o.side != "unknown" and not self.is_person.get(o.id) and self._role_in(o.id, noun)
                ),
                None,
            )
            if owner is None and noun in ROLE_NOUNS:
                hit = self._by_role(noun, at)
                owner = self.get(hit) if hit and hit != s.id and not self.is_person.get(hit) else None
            if owner is not None and owner.side != "unknown":
                return owner.side
        return None

    def _side_of_abbreviation(self, s: Source) -> str | None:
        """ "NBU Deputy Governor X" after "the National Bank of Ukraine": an abbreviation in the name takes the
        side of the source whose initials it is."""
        for ab in re.findall(r"\b[A-Z]{2,6}\b", s.name):
            for o in self.sources:
                if o is s or o.side == "unknown":
                    continue
                initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", o.name) if w.lower() not in DETS)
                if initials == ab:
                    return o.side
        return None

    # -- internals ---------------------------------------------------------
    def _new(self, name: str, start: int, end: int, person: bool, context: str, description: str | None) -> str:
        sid = f"s{len(self.sources) + 1}"
        if person and (name[:1].islower() or name.split()[0].lower() in TITLE_WORDS):
            # 'Pentagon spokesman X', 'EU foreign policy chief X', 'Kursk region acting governor X', 'Director
            # General X': a title read without the capitalised words of the body, place or title before it
            pre = PREMODIFIER_RE.search(self.text, max(0, start - 60), start)
            ws = list(re.finditer(r"\S+", pre.group(1))) if pre else []
            while ws and (ws[0].group().lower() in PRE_STOP or _verb_like(ws[0].group())):
                ws = ws[1:]  # 'On Monday', 'In Kyiv', 'As': the words that open a sentence, not a title
            if pre and ws and not _verb_like(ws[-1].group()) and ws[-1].group().lower() not in DETS:
                start = pre.start(1) + ws[0].start()
                name = _clean_name(self.text[start:end])
        full = f"{name} {description or ''}"
        inst = lookup_institution(full) if not person else None
        kind = inst["kind"] if inst else None
        side = inst.get("side") if inst else None
        low = name.lower()
        head_word = re.findall(r"[\w'-]+", low)[-1:] or [""]
        if inst and role_kind(head_word[0]) in ("journalist", "state_official", "expert"):
            kind = role_kind(head_word[0])  # 'A BBC correspondent', 'a Pentagon official': the head is a person
        role_name = ROLE_THEN_NAME.search(name) if inst and kind == "government_body" else None
        if role_name and role_kind(role_name.group(1)) in ("journalist", "state_official", "expert"):
            kind = role_kind(role_name.group(1))  # 'Kremlin spokesperson Vadim Rostovtsev': a person of the body
        metonym = registry()["capital_metonyms"].get(low)
        if metonym and not kind:
            kind, side = "government_body", metonym
        kin = bool(KINSHIP_RE.search(low))
        if not kind:
            kind = ("other" if kin else None) or role_kind(name) or role_kind(full) or ("other" if person else None)
        owner_m = re.match(r"^(its|his|her|their)\b", low)
        if owner_m:
            # "its spokeswoman": the body named before; "his sister": the person named before
            owner = self._recent(person=owner_m.group(1) in ("his", "her"), before=start)
            found = self.get(owner) if owner else None
            if owner_m.group(1) == "its":
                # a body named since that owner's last mention, source or not ("The EEAS declined to comment.
                # Its spokeswoman ..."), is the nearer owner
                last = max((m.end for m in found.mentions if m.start < start), default=-1) if found else -1
                para_start = self.text.rfind("\n", 0, start) + 1
                near = _nearest_institution(self.text[max(last, para_start) : start])
                if near is not None:
                    kind = kind or near["kind"]
                    side = side or near.get("side")
                    found = None
            if found is not None:
                if (not kind or kind == "other") and not kin:
                    kind = found.kind
                elif (
                    kind == "state_official"
                    and SUBORDINATE_RE.search(low)
                    and found.kind in ("military", "intelligence_service")
                ):
                    kind = found.kind  # 'his deputy' of a commander is a soldier too
                side = side or (found.side if found.side != "unknown" else None)
        if not kind:
            kind = "other"
        if person and kind == "government_body":
            kind = "state_official"  # 'National Police chief X': a person who serves a body, not the body
        if person and kind == "document":
            kind = role_kind(description or "") or "other"
        served_by = SERVES_RE.search(full) if kind == "state_official" else None
        if served_by and role_kind(served_by.group("owner")) in ("military", "intelligence_service"):
            kind = role_kind(served_by.group("owner"))  # 'X, a spokesman for the Khortytsia group of forces'
        if person and kind in ("state_official", "other") and MILITARY_RANK_RE.search(name):
            kind = "military"  # 'a spokesman for the group, Colonel X': the rank says what the speaker is
        if kind in ("other", "unnamed") and any(compiled(p).search(low) for p in registry()["unnamed_markers"]):
            kind = "unnamed" if not role_kind(full) or role_kind(full) == "unnamed" else role_kind(full)
        if kind == "unnamed" and person and not re.match(r"^(?:an?|some|several|one)\b", low):
            kind = "other"  # 'Natalia Ivanova, a doctor at the city hospital': a named person is not unnamed
        if not side:
            side = side_of_words(full)
        if not side and self.place_side:
            # 'The Kharkiv Human Rights Protection Group': the place after a capitalised determiner
            side = self.place_side(re.sub(r"^(?:The|A|An)\s+", "", TOPIC_RE.sub(" ", full)))
        if not side and person and description:
            # 'X, editor-in-chief of Censor.net', 'X, a spokesman for the SBU': the body a person serves
            served = lookup_institution(description)
            side = served.get("side") if served else None
        if not side and person:
            side = name_side(name)
            if side:
                self.guessed.add(sid)
        src = Source(
            id=sid, name=name, kind=kind or "other", side=side or "unknown", mentions=[], description=description
        )
        self.sources.append(src)
        self.keys[sid] = self._keys(name, person, context)
        self.is_person[sid] = person
        # "he" and "she" take up a person named by a noun too ("A second soldier ... he said")
        self.personal[sid] = person or bool(SINGULAR_PERSON_RE.search(name) and not lookup_institution(name))
        self.first_at[sid] = start
        self._add_mention(sid, start, end, name)
        return sid

    def _keys(self, name: str, person: bool, context: str) -> list[str]:
        keys = []
        inst = lookup_institution(name) if not person else None
        if inst:
            side = inst.get("side") or side_from_text(name) or ""
            keys.append(f"inst:{inst['id']}:{side}")
        words = [w for w in re.findall(r"[\w'-]+", name.lower()) if w not in DETS]
        if person:
            names = [w for w in words if w not in TITLE_WORDS]
            if names:
                keys.append(f"person:{names[-1]}")
        core = [w for w in words if w not in {"ukraine's", "russia's", "ukrainian", "russian", "russia", "ukraine"}]
        if core:
            # "Ukraine's Finance Ministry" and "Russia's Finance Ministry" are two sources
            marked = side_from_text(name)
            keys.append("core:" + " ".join(core) + (f"@{marked}" if marked and len(core) < len(words) else ""))
        m = re.search(r"\(([A-Z][A-Za-z]{1,8})\)", name)
        if m:
            keys.append("core:" + m.group(1).lower())
        if len(words) == 1 and name.isupper():
            keys.append("core:" + words[0])
        return keys

    def _add_mention(self, sid: str, start: int, end: int, name: str | None = None) -> None:
        s = self.get(sid)
        if s is None:
            return
        # a name taken up again inside the phrase already recorded where it stands ('Farm union spokesman
        # Kevin Doyle', then 'Kevin Doyle' as the antecedent of a later 'he') is that mention, not a second
        # one; a pronoun or relative word inside it ('X, who said ...') is a mention of its own
        inside = any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) for m in s.mentions)
        if inside and self.text[start:end].lower() not in PRONOUNS | {"who", "which", "that", "whom"}:
            pass
        elif not any(m.start == start and m.end == end for m in s.mentions):
            s.mentions.append(Span(self.text[start:end], start, end))
            s.mentions.sort(key=lambda m: m.start)
        if name and len(name) > len(s.name) and not name.lower().startswith(("the ", "its ", "his ", "her ")):
            s.name = name  # the fullest form in the text
        # an abbreviation in brackets becomes a key of its own
        m = re.search(r"\(([A-Z][A-Za-z]{1,8})\)", self.text[start:end])
        if m and "core:" + m.group(1).lower() not in self.keys.get(sid, []):
            self.keys.setdefault(sid, []).append("core:" + m.group(1).lower())

    def _role_in(self, sid: str, noun: str) -> bool:
        s = self.get(sid)
        if s is None:
            return False
        txt = f"{s.name} {s.description or ''}".lower()
        # "commander" is not "commander-in-chief": a hyphenated title is another word; "the editor" is the
        # editor-in-chief, the only editor a story names by that title
        tail = r"(?:-in-chief)?" if noun.rstrip("s") == "editor" else ""
        return bool(re.search(rf"\b{re.escape(noun.rstrip('s'))}s?{tail}(?![\w-])", txt))

    def _by_role(self, noun: str, at: int, by_kind: bool = True) -> str | None:
        noun = noun.lower()
        cands = sorted(
            self.sources,
            key=lambda s: (
                self.first_at.get(s.id, 0) > at,
                -self.first_at.get(s.id, 0) if self.first_at.get(s.id, 0) <= at else self.first_at.get(s.id, 0),
            ),
        )
        body_noun = noun not in PERSON_ROLE_NOUNS
        for s in cands:
            if body_noun and self.is_person.get(s.id):
                continue  # 'the administration' is not its head, 'the group' not its spokesman
            if self._role_in(s.id, noun):
                return s.id
        kinds = ROLE_KIND.get(noun) if by_kind else None
        if kinds:
            for s in cands:
                if s.kind in kinds and not self.is_person.get(s.id):
                    return s.id
        return None

    def add_mention(self, sid: str, start: int, end: int) -> None:
        """Record text[start:end] as a mention of source ``sid`` where it stands (a pronoun, a relative
        'who'), and as a mention of no other source."""
        for o in self.sources:
            if o.id != sid:
                o.mentions = [m for m in o.mentions if not (m.start == start and m.end == end)]
        self._add_mention(sid, start, end)

    def _poster(self, before: int) -> str | None:
        """The source last said to have posted or published something before ``before`` (in its sentence)."""
        best, best_at = None, -1
        for s in self.sources:
            for m in s.mentions:
                if m.start >= before or m.start <= best_at:
                    continue
                stop = re.search(r"[.!?\n]", self.text[m.end : before])
                tail = self.text[m.end : m.end + stop.start()] if stop else self.text[m.end : before]
                if PUBLISH_RE.search(tail):
                    best, best_at = s.id, m.start
        return best

    def recent_person(self, before: int) -> tuple[str, int] | None:
        """The person source mentioned last before ``before``, with that mention's offset."""
        sid = self._recent(True, before)
        if sid is None:
            return None
        s = self.get(sid)
        return sid, max((m.start for m in (s.mentions if s else []) if m.start < before), default=-1)

    def _recent(self, person: bool, before: int, exclude: set[str] | frozenset[str] = frozenset()) -> str | None:
        best, best_at = None, -1
        for s in self.sources:
            if self.personal.get(s.id, self.is_person.get(s.id, False)) != person or s.id in exclude:
                continue
            last = max((m.start for m in s.mentions if m.start < before), default=-1)
            if last > best_at:
                best, best_at = s.id, last
        return best


def given_name_side(name: str) -> str | None:
    """The side the romanisation of a person's given name marks ('Ihor' ua, 'Igor' ru), if any."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in DETS]
    given = words[-2].lower().rstrip(".") if len(words) >= 2 else ""
    return "ua" if UA_GIVEN.match(given) else "ru" if RU_GIVEN.match(given) else None


def name_side(name: str) -> str | None:
    """The side a person's name suggests: the romanisation of the given name first ('Ihor', 'Oleksandr' are
    Ukrainian spellings, 'Igor', 'Aleksandr' Russian ones), else the surname's ending; an English-looking given
    name with a surname in '-in' ('Lloyd Austin') suggests nothing."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in TITLE_WORDS and w.lower() not in DETS]
    if not words:
        return None
    surname = words[-1].lower()
    given = words[-2].lower().rstrip(".") if len(words) >= 2 else ""
    if UA_GIVEN.match(given):
        return "ua"
    if RU_GIVEN.match(given):
        return "ru"
    if UA_SURNAME.search(surname):
        return "ua"
    if RU_SURNAME.search(surname) and not (given and re.search(r"(?:in|ina)$", surname)):
        return "ru"
    return None


def _role_before(before: str) -> str | None:
    """The role phrase that ends ``before`` with a comma ('... spoke to its editor-in-chief, '), the fullest one
    that holds no verb."""
    for d in re.finditer(r"(?:^|(?<=[\s(]))(?:the|its|his|her|their|an?)\s", before, re.I):
        m = PRE_APPOSITION_RE.match(before, d.start() - (1 if d.start() and before[d.start() - 1] in " (" else 0))
        if m is None:
            continue
        np = m.group("np")
        words = np.split()
        if any(_verb_like(w) for w in words[1:] if w.islower()) or len(words) < 2:
            continue
        # the phrase's head, before its prepositional phrases, is the role ('its editor-in-chief', 'the head of
        # the council'), not a noun the role words only modify ('his brigade's sector in the past week')
        head = re.split(r"\s+(?:of|for|at|in|with|from|on)\s+", np, maxsplit=1)[0].split()[-1]
        kind = role_kind(np)
        if kind and kind != "unnamed" and (role_kind(head) not in (None, "unnamed") or OWNER_OF_ROLE_RE.search(np)):
            return np
    return None


def _verb_like(word: str) -> bool:
    """A lower-case word that is a verb of saying or a past form ('say', 'claims', 'reported'), not a modifier."""
    w = word.lower()
    return bool(VERB_LIKE_RE.search(w)) or w in REPORTING_VERBS or (w.endswith("s") and w[:-1] in REPORTING_VERBS)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:\"'\u201c\u201d\n":
        start += 1
    while end > start and text[end - 1] in " ,;:.\"'\u201c\u201d\n":
        end -= 1
    return start, end


def _clean_name(raw: str) -> str:
    s = re.sub(r"\s+", " ", raw).strip()
    s = re.sub(r"^(?:on \w+day,?\s+|in (?:a|an) \w+,?\s+)", "", s, flags=re.I)
    return s.strip(" ,")

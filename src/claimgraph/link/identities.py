"""One identity per source across articles.

A cascade, each stage for a reason:

1. the institutions registry (ground/data/institutions.json): "HUR", "GUR", "Main
   Intelligence Directorate" and "Ukraine's military intelligence" are one agency;
2. the people registry (ground/data/people.json): curated spellings of people cited often
   ("Syrskyi", "Sirsky", "Сирський");
3. people seen before, in this run or in the store: the surname compared after the
   spelling key of the gazetteer (Ukrainian- and Russian-based romanisations, Cyrillic)
   and with rapidfuzz above a threshold, then checked on given names and on roles, so that
   two different people with similar surnames (Ivan and Mykhailo Fedorov; a colonel and a
   minister called Umerov) are never merged;
4. outlets and other named bodies by their normalised name.

Descriptions without a name ("a Ukrainian journalist", "local residents") get no identity:
nothing says two of them are one source.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from ..ground.gazetteer import key, lookup
from ..ground.institutions import TITLE_WORDS, lookup_institution
from ..ground.institutions import looks_like_person as _looks_like_person
from ..ground.people import (
    BODY_RE as PEOPLE_BODY_RE,
)
from ..ground.people import (
    DROP,
    NATIONALITY,
    PERSON_KINDS,
    ROLE_CLASSES,
    _given_compatible,
    _people_by_key,
    _words,
    people_registry,
    person_parts,
)

# words that make a name a body, not a person: the people registry's, and those of units,
# channels and institutions that outlets cite ("Ukraine's Air Force", "the Joint Press Centre")
BODY_RE = re.compile(
    PEOPLE_BODY_RE.pattern[: -len(")\\b")]
    + r"|force|headquarters|bank|government|channel|outlet|regime|committee|commission|mission|corps|"
    r"division|unit|guard|police|court|parliament|duma|rada|cabinet|kremlin)\b",
    PEOPLE_BODY_RE.flags,
)
# a channel named after its owner is the owner: "63rd Brigade (Telegram channel)", "... | official channel"
CHANNEL_RE = re.compile(
    r"(?i)\s*(?:\((?:official\s+)?(?:telegram|facebook|x|twitter|vk|youtube|instagram)"
    r"(?:\s+(?:channel|account|page))?\)|\b(?:(?:official|its)\s+)?(?:telegram|facebook|vk|youtube)\s+"
    r"(?:channel|account|page)\s*$|\s+on\s+(?:telegram|facebook|x|twitter)\b|\s*\|.*$)"
)
# a description before a name says what it is, not who: "the regional outlet Dnipro Vechirnii"
DESCRIPTOR_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[Uu]krainian|[Rr]ussian|[Bb]elarusian|[Ii]ndependent|[Ee]xiled|[Ll]ocal|[Rr]egional|"
    r"[Ss]tate|[Pp]ro-\w+|[Oo]nline|[Nn]ews)\s+)*(?:outlet|newspaper|news\s+site|website|site|"
    r"[Tt]elegram\s+channel|channel|news\s+agency|agency|broadcaster|blog|paper|daily|weekly)\s+"
    r"(?=[\"«“]?[A-ZА-ЯІЇЄҐ0-9])"
)
# whose body a generic institution is ("Russia's Defence Ministry", "Міноборони РФ")
COUNTRY_MARKS = (
    ("ru", re.compile(r"(?i)\b(?:russia|russian|moscow)\b|\bрф\b|росі|росси|российск|московськ|москов")),
    ("ua", re.compile(r"(?i)\b(?:ukraine|ukrainian|kyiv)\b|україн|украин|\bзсу\b|\bвсу\b")),
)
_POSSESSIVE = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)['’]s\s")


def clean_name(name: str) -> str:
    """A source's or outlet's name without its channel and descriptor words."""
    out = CHANNEL_RE.sub("", name).strip(' ,;:-"«»“”')
    out = DESCRIPTOR_RE.sub("", out).strip(' "«»“”')
    return out or name


def country_of(name: str, side: str | None = None) -> str | None:
    """The country a mention of a body names ("Romania's Defence Ministry" -> 'romania'), else its side."""
    for code, rx in COUNTRY_MARKS:
        if rx.search(name):
            return code
    m = _POSSESSIVE.match(name)
    if m:
        return m.group(1).lower()
    return side if side in ("ua", "ru") else None


def body_key(name: str) -> str:
    """The key of a named body: spelling-insensitive words, figures kept ("63rd" is not "92nd")."""
    ws = [w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in DROP and w not in TITLE_WORDS]
    out = [w if any(ch.isdigit() for ch in w) else key(w) for w in ws]
    return "-".join(w for w in out if w) or key(name).replace(" ", "-")


def canonical_key(name: str) -> str:
    """The registry id of a named body or person, else its normalised name."""
    inst = lookup_institution(name)
    if inst:
        return inst["id"]
    ws = [w for w in re.findall(r"[\w'-]+", name.lower()) if w not in DROP and w not in TITLE_WORDS]
    return " ".join(ws) or name.lower()


def same_source(a: str, b: str, threshold: float = 85.0) -> bool:
    """Whether two names denote one source (without any other context)."""
    book = IdentityBook(threshold=threshold)
    return book.resolve(a, "state_official") == book.resolve(b, "state_official")


@dataclass
class Person:
    id: str
    given: str | None
    surname: str
    roles: set[str] = field(default_factory=set)


# letters from the most to the least frequent: a surname's rarest letter pairs are what it is indexed by
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"


@lru_cache(maxsize=4096)
def _rarity(pair: str) -> int:
    return sum(_LETTERS.index(ch) if ch in _LETTERS else len(_LETTERS) for ch in pair)


@lru_cache(maxsize=4096)
def _pairs_needed(n: int, threshold: float) -> int:
    """The fewest letter pairs (counted with repeats, the block's first pair left out) that a surname of
    ``n`` letters shares with any surname alike to it: a ratio of at least ``threshold`` between lengths
    ``n`` and ``m`` (at most 3 apart) needs a longest common subsequence of ``c`` letters with
    ``200 c >= threshold (n + m)``, and two strings with such a subsequence share at least ``3 c - 1 - n - m``
    letter pairs (each letter deleted on the way to the subsequence breaks at most one pair it keeps).
    0 or less: pairs cannot tell (short surnames, low thresholds), every surname of a fitting length is
    scored."""
    least = None
    for m in range(max(0, n - 3), n + 4):
        c = math.ceil((threshold - 0.01) * (n + m) / 200)  # (a hair under the threshold: never too strict)
        if c > min(n, m):
            continue  # no surname of length m can be that alike
        need = 3 * max(c, 0) - 2 - n - m
        least = need if least is None else min(least, need)
    return least if least is not None else 0


def _pair_tokens(surname: str) -> list[tuple[str, int]]:
    """The surname's letter pairs, each numbered by its occurrence (so that shared pairs count with
    repeats), without the first, which every surname of its block has; rarest first."""
    seen: dict[str, int] = {}
    out = []
    for i in range(1, len(surname) - 1):
        pair = surname[i : i + 2]
        k = seen.get(pair, 1 if pair == surname[:2] else 0)
        seen[pair] = k + 1
        out.append((pair, k))
    out.sort(key=lambda t: (-_rarity(t[0]), t))
    return out


class _Block:
    """The distinct surnames of one block (people whose surnames begin with the same two letters), each
    with the people who have it in the order they joined, indexed by prefix filtering: two alike
    surnames share at least ``need`` letter pairs (``_pairs_needed``), so each shares one with the other's
    ``len(pairs) - need + 1`` rarest pairs (its prefix) — a name is scored only against the surnames whose
    prefixes meet its own, plus those too short for pairs to tell. Exact: the same surnames are alike as
    when every surname of the block is scored."""

    __slots__ = ("groups", "by_length", "postings", "loose", "threshold", "count")

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.groups: dict[str, list[tuple[int, Person]]] = {}
        self.by_length: dict[int, list[str]] = defaultdict(list)
        self.postings: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.loose: dict[int, list[str]] = defaultdict(list)
        self.count = 0

    def add(self, p: Person) -> None:
        got = self.groups.get(p.surname)
        if got is None:
            got = self.groups[p.surname] = []
            self.by_length[len(p.surname)].append(p.surname)
            need = _pairs_needed(len(p.surname), self.threshold)
            if need <= 0:
                self.loose[len(p.surname)].append(p.surname)
            else:
                tokens = _pair_tokens(p.surname)
                for t in tokens[: len(tokens) - need + 1]:
                    self.postings[t].append(p.surname)
        got.append((self.count, p))
        self.count += 1

    def alike(self, surname: str, threshold: float) -> list[Person]:
        n = len(surname)
        need = _pairs_needed(n, self.threshold)
        if threshold != self.threshold or need <= 0:
            choices = [x for m in range(max(0, n - 3), n + 4) for x in self.by_length.get(m, ())]
        else:
            tokens = _pair_tokens(surname)
            cands = {x for t in tokens[: len(tokens) - need + 1] for x in self.postings.get(t, ())}
            for m in range(max(0, n - 3), n + 4):
                cands.update(self.loose.get(m, ()))
            choices = [x for x in cands if abs(len(x) - n) <= 3]
        got: list[tuple[int, Person]] = []
        for other, _score, _k in process.extract(
            surname, choices, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        ):
            got.extend(self.groups[other])
        if len(got) > 1:
            got.sort(key=lambda x: x[0])
        return [p for _k, p in got]


@dataclass
class IdentityBook:
    """Stable ids for sources across articles; seed it with the identities a store already holds."""

    threshold: float = 85.0
    people: list[Person] = field(default_factory=list)
    # people by the first two letters of their surname key: fuzzy matching compares within a block,
    # so a book of 100,000 people costs what a block costs, not what the book costs
    blocks: dict[str, list[Person]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # canonical id -> display name
    new: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, kind) made by this book
    # each block's distinct surnames, indexed so that a name is scored only against the surnames that
    # can be alike (see _Block), and each person by (block, id) for _remember
    _blocks: dict[str, _Block] = field(default_factory=dict, repr=False)
    _by_id: dict[tuple[str, str], Person] = field(default_factory=dict, repr=False)

    def seed(self, rows: Iterable[tuple[str, str, str]]) -> IdentityBook:
        for cid, name, kind in rows:
            self.names.setdefault(cid, name)
            if cid.startswith("person:") and kind in PERSON_KINDS:
                g, s, r = person_parts(name)
                self._add(Person(cid, g, s, r))
        return self

    def resolve(
        self, name: str, kind: str = "other", description: str | None = None, side: str | None = None
    ) -> str | None:
        if not name or kind == "unnamed":
            return None
        name = clean_name(name)
        inst = lookup_institution(name)
        if inst:
            # a ministry or a general staff exists in every country: the mention says whose
            country = country_of(name, side)
            iid, own = inst["id"], inst.get("side")
            if country and country != own and own not in ("international", "independent"):
                if iid.startswith(country + "-"):
                    return self._note(iid, inst["name"], kind)
                base = iid.split("-", 1)[1] if iid[:3] in ("ua-", "ru-") else iid
                return self._note(f"{country}-{base}", f"{inst['name']} ({country})", kind)
            return self._note(iid, inst["name"], kind)
        ws = _words(name)
        proper = [
            w
            for w in ws
            if w[:1].isupper()
            and w.lower() not in TITLE_WORDS
            and w.lower() not in DROP
            and not NATIONALITY.match(w)
            and w.lower() not in ("a", "an", "its", "his", "her", "their")
        ]
        if not proper:
            return None  # a description ("A Ukrainian soldier", "Russian war bloggers"): no identity
        if kind in PERSON_KINDS and _place_and_role(ws, proper):
            return None  # "Okhtyrka mayor", "the Sumy governor": a role at a place, whoever holds it
        appos = _APPOSITIVE_NAME.search(name)
        if kind in PERSON_KINDS and appos and not BODY_RE.search(appos.group(2)):
            # "the head of the regional military administration, Ihor Marchenko": the title, then who holds it
            return self._person(appos.group(2), kind, f"{description or ''} {appos.group(1)}".strip())
        held = _holder_after_body(name) if kind in PERSON_KINDS else None
        if held:
            # "the head of the Kherson Regional Military Administration Serhiy Lytvak": the body, then its head
            return self._person(held[1], kind, f"{description or ''} {held[0]}".strip())
        titled = any(w.lower() in TITLE_WORDS for w in ws) and sum(
            1 for w in ws if w[:1].isupper() and w.lower() not in TITLE_WORDS
        ) in (1, 2, 3)
        if (
            kind in PERSON_KINDS
            and not BODY_RE.search(name)
            and (_looks_like_person(name) or titled or (len(ws) == 1 and name[:1].isupper()))
        ):
            return self._person(name, kind, description)
        if kind in PERSON_KINDS and _titled_name(ws):
            # "the brigade's commander Taras Hlyba": a body named in the person's title, the person named last
            return self._person(name, kind, description)
        if kind == "media_outlet" or name[:1].isupper() or proper:
            return self._note("source:" + body_key(name), name, kind)
        return None

    def outlet(self, name: str | None) -> str | None:
        """The identity of an article's outlet: an outlet is a source when another article cites it,
        and a Telegram channel is the body that runs it."""
        if not name:
            return None
        return self.resolve(name, "media_outlet")

    def _note(self, cid: str, name: str, kind: str) -> str:
        if cid not in self.names:
            self.names[cid] = name
            self.new.append((cid, name, kind))
        return cid

    def _person(self, name: str, kind: str, description: str | None) -> str | None:
        given, surname, roles = person_parts(name)
        roles |= person_parts(description or "")[2]
        found: dict[str, tuple[str | None, str]] = {}  # id -> (given, display name)
        for entry in _people_by_key().get(surname, []):
            pg, _ps, _pr = person_parts(entry["name"])
            prole = {c for r in entry.get("roles", []) for c, t in ROLE_CLASSES.items() if r.split()[-1] in t}
            if _given_compatible(given, pg, self.threshold) and (not roles or not prole or roles & prole):
                found.setdefault(entry["id"], (pg, entry["name"]))
        for p in self._alike(surname):
            if not _given_compatible(given, p.given, self.threshold):
                continue
            if roles and p.roles and not roles & p.roles:
                continue  # a colonel and a minister of one surname are two people
            found.setdefault(p.id, (p.given, self.names.get(p.id, name)))
        if len(found) > 1 and given:
            exact = [cid for cid, (g, _n) in found.items() if g == given]
            found = {cid: found[cid] for cid in exact[:1]} if len(exact) == 1 else found
        if len(found) > 1:
            return None  # "Fedorov" with two Fedorovs known: left open rather than guessed
        if found:
            cid, (pg, display) = next(iter(found.items()))
            self._remember(cid, given or pg, surname, roles)
            return self._note(cid, display, kind)
        base = "person:" + (f"{given}-" if given else "") + surname.replace(" ", "-")
        cid, n = base, 1
        while cid in self.names:
            n += 1
            cid = f"{base}-{n}"
        self._add(Person(cid, given, surname, roles))
        return self._note(cid, name, kind)

    def _alike(self, surname: str) -> list[Person]:
        """The people of the surname's block whose surnames are within three letters of its length and
        alike (rapidfuzz ratio at least the threshold), in the order they joined the block."""
        block = self._blocks.get(surname[:2])
        return block.alike(surname, self.threshold) if block else []

    def _add(self, p: Person) -> None:
        self.people.append(p)
        b = p.surname[:2]
        self.blocks.setdefault(b, []).append(p)
        block = self._blocks.get(b)
        if block is None:
            block = self._blocks[b] = _Block(self.threshold)
        block.add(p)
        self._by_id.setdefault((b, p.id), p)

    def _remember(self, cid: str, given: str | None, surname: str, roles: set[str]) -> None:
        p = self._by_id.get((surname[:2], cid))
        if p is not None:
            p.given = p.given or given
            p.roles |= roles
            return
        self._add(Person(cid, given, surname, roles))


def _holder_after_body(name: str) -> tuple[str, str] | None:
    """(title and body, person) of "the head of the X Regional Military Administration Serhiy Lytvak": a
    title word, the body it heads, then a given name and surname (two or three capitalised words)."""
    last = None
    for m in BODY_RE.finditer(name):
        last = m
    if last is None:
        return None
    head, tail = name[: last.end()], name[last.end() :].split()
    if not 2 <= len(tail) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in tail):
        return None
    if BODY_RE.search(" ".join(tail)) or not any(w.lower() in TITLE_WORDS for w in _words(head)):
        return None
    return head, " ".join(tail)


def _place_and_role(ws: list[str], proper: list[str]) -> bool:
    """A name made of one place and a title after it ("Okhtyrka mayor", "Kharkiv governor")."""
    if len(proper) != 1 or ws[-1].lower() not in TITLE_WORDS or len(ws) > 3:
        return False
    return any(e.feature in ("settlement", "admin1", "admin2") for e in lookup(proper[0]))


# a title and, after a comma, the given name and surname of the one who holds it
_APPOSITIVE_NAME = re.compile(r"^(.*\S),\s+((?:[A-ZА-ЯІЇЄҐ][\w'’-]+\s+){1,2}[A-ZА-ЯІЇЄҐ][\w'’-]+)$")


def _titled_name(ws: list[str]) -> bool:
    """A title word followed, at the end, by a given name and a surname (two or three capitalised words,
    none of them a body's): "brigade commander Taras Hlyba", "the unit's spokeswoman Olena Vasko"."""
    n = len(ws)
    k = n
    while k > 0 and ws[k - 1][:1].isupper() and ws[k - 1].lower() not in TITLE_WORDS:
        k -= 1
    tail = ws[k:]
    if not 2 <= len(tail) <= 3 or k == 0 or ws[k - 1].lower() not in TITLE_WORDS:
        return False
    return not BODY_RE.search(" ".join(tail)) and not any(ch.isdigit() for w in tail for ch in w)


# a post that an official signs at its end ("Serhii Bondar, head of the regional administration",
# "Сергій Бондар, начальник Одеської ОВА") speaks in that official's voice: the role words that say so
SIGNATURE_ROLE = re.compile(
    r"(?i)^(?:the\s+)?(?:head|chief|governor|mayor|commander|spokes(?:man|woman|person)|minister|director|chair\w*|"
    r"начальни\w*|голов[аи]|керівни\w*|губернатор\w*|мер|мэр|глав[аы]|командир\w*|речни\w*|міністр\w*|министр\w*)\b"
)
_SIGNATURE = re.compile(r"^\s*([A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+){1,2})\s*(?:,|\s[–—-])\s*(\S.{2,100})$")


def signer(rec: Any) -> str | None:
    """The name of the official who signs the article in its last paragraph, if one does: a short line
    of a person's name, then their role."""
    paras = [p.strip() for p in rec.article.text.split("\n") if p.strip()]
    if not paras:
        return None
    last = paras[-1]
    if len(last.split()) > 14 or last.endswith((".", "!", "?")):
        return None
    m = _SIGNATURE.match(last)
    if not m or not SIGNATURE_ROLE.match(m.group(2)):
        return None
    return m.group(1)


_RUN_BOOK: IdentityBook | None = None


def run_book() -> IdentityBook:
    """The identity book of this process: ids stay the same across the articles of one run."""
    global _RUN_BOOK
    if _RUN_BOOK is None:
        _RUN_BOOK = IdentityBook()
    return _RUN_BOOK


def assign_identities(records: Iterable[Any], book: IdentityBook) -> list[dict[str, Any]]:
    """Decide every source's identity across the records (in the order given) and set its
    ``canonical_id``; returns one entry per identity: id, display name, kind, the names it
    appears under and the (article, source) pairs that are it."""
    out: dict[str, dict[str, Any]] = {}
    for rec in records:
        assign(rec.sources, book)
        resolve_anaphors(rec.sources)
        for s in rec.sources:
            if not s.canonical_id:
                continue
            ent = out.setdefault(
                s.canonical_id,
                {
                    "id": s.canonical_id,
                    "name": book.names.get(s.canonical_id, s.name),
                    "kind": s.kind,
                    "names": [],
                    "sources": [],
                },
            )
            if s.name not in ent["names"]:
                ent["names"].append(s.name)
            ent["sources"].append({"article": rec.article.id, "source": s.id})
    return list(out.values())


_ANAPHOR_RE = re.compile(r"(?i)^(?:the|this|that)\s+([^\W\d_][\w’'-]*)$")


def resolve_anaphors(sources: list[Any]) -> None:
    """A definite description without a name ("the headquarters", "the agency") that an article uses
    for a body it has named ("the Coordination Headquarters for ...") is that body: the one named
    source of the article whose name holds the same head word takes its identity (none when two do)."""
    for s in sources:
        m = None if s.canonical_id else _ANAPHOR_RE.match(s.name.strip())
        if not m:
            continue
        head = m.group(1).lower()
        named = {
            o.canonical_id
            for o in sources
            if o is not s and o.canonical_id and head in {w.lower() for w in re.findall(r"[\w’'-]+", o.name)}
        }
        if not named and head in CLASS_NOUNS:
            named = _nearest_of_kind(s, sources, CLASS_NOUNS[head])
        if len(named) == 1:
            s.canonical_id = named.pop()
            if s.side == "unknown":
                s.side = next(o.side for o in sources if o.canonical_id == s.canonical_id)


# a definite description by the class of body it names ("the agency", "the ministry", "the brigade"):
# the kinds of named source it can stand for
_BODY_KINDS = ("intelligence_service", "government_body", "military")
CLASS_NOUNS: dict[str, tuple[str, ...]] = {
    "agency": (*_BODY_KINDS, "media_outlet"),
    "service": _BODY_KINDS,
    "directorate": _BODY_KINDS,
    "intelligence": ("intelligence_service",),
    "ministry": ("government_body", "intelligence_service", "military"),
    "department": ("government_body", "intelligence_service"),
    "office": ("government_body", "state_official"),
    "administration": ("government_body", "state_official"),
    "military": ("military", "government_body"),
    "army": ("military",),
    "command": ("military",),
    "brigade": ("military",),
    "unit": ("military",),
    "battalion": ("military",),
    "regiment": ("military",),
    "outlet": ("media_outlet",),
    "newspaper": ("media_outlet",),
    "paper": ("media_outlet",),
    "channel": ("media_outlet", "social_media_account", "military"),
    "broadcaster": ("media_outlet",),
    "monitor": ("ngo", "media_outlet", "other"),
    "group": ("ngo", "other", "military"),
    "organisation": ("ngo", "other"),
    "organization": ("ngo", "other"),
    "watchdog": ("ngo", "other"),
}


def _first(s: Any) -> int | None:
    return min((m.start for m in s.mentions), default=None)


def _nearest_of_kind(s: Any, sources: list[Any], kinds: tuple[str, ...]) -> set[str]:
    """The identity of the named source of one of ``kinds`` mentioned last before ``s`` is first mentioned
    (the body the description points back to), or the only such source when mentions are not known."""
    at = _first(s)
    fit = [o for o in sources if o is not s and o.canonical_id and o.kind in kinds]
    if at is None:
        ids = {o.canonical_id for o in fit}
        return ids if len(ids) == 1 else set()
    before = [(m.start, o.canonical_id) for o in fit for m in o.mentions if m.start < at]
    return {max(before)[1]} if before else set()


def assign(sources: Iterable[Any], book: IdentityBook | None = None) -> None:
    """Set ``canonical_id`` on each source of a record."""
    book = book or run_book()
    known = {p["id"]: p for p in people_registry()}
    for s in sources:
        s.canonical_id = book.resolve(s.name, s.kind, s.description, s.side)
        person = known.get(s.canonical_id or "")
        if person:  # the registry knows what the text did not say ("Zelensky said" -> a state official)
            if s.kind in ("other", "unnamed"):
                s.kind = person["kind"]
            if s.side == "unknown":
                s.side = person["side"]


def _origin(rec: Any, claim, book: Any = None) -> str | None:
    """The claim's first-hand source as one identity across articles (link.identities)."""
    if claim.attribution:
        src = rec.source(claim.attribution[-1].source)
        if src:
            cid = book.resolve(src.name, src.kind, src.description) if book is not None else None
            return cid or _source_key(src.name)
    return None


def _source_key(name: str) -> str:
    if _looks_like_person(name):
        return name.split()[-1].lower()
    return canonical_key(name)

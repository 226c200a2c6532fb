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
from ..model import Source, Span

ROLE_NOUNS = _lexicon.words("en", "role_nouns")
ROLE_KIND = _lexicon.mapping("en", "role_kinds")
UA_SURNAME = re.compile(r"(?:enko|chuk|iuk|yuk|ruk|niuk|shyn|skyi|skyy|tskyi|ych|ko|uk|iv|yi)$")
RU_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|in|ina|sky|skiy|skaya|tsky|iy|ich|ykh|ikh)$")


@dataclass
class SourceBook:
    """The sources of one article and the rules that resolve new mentions to them."""

    text: str
    sources: list[Source] = field(default_factory=list)
    keys: dict[str, list[str]] = field(default_factory=dict)  # source id -> resolution keys
    is_person: dict[str, bool] = field(default_factory=dict)
    first_at: dict[str, int] = field(default_factory=dict)
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
    ) -> str | None:
        """Register the noun phrase text[start:end] (the name; ``span``: the whole phrase as it stands,
        recorded as the mention) as a source mention; return the source id."""
        sid = self._mention(start, end, head, context, create, description)
        if sid is not None and span is not None:
            ps, pe = _trim(self.text, *span)
            s = self.get(sid)
            if s is not None and pe > ps and "\n" not in self.text[ps:pe]:
                s.mentions = [m for m in s.mentions if not (ps <= m.start and m.end <= pe)]
                self._add_mention(sid, ps, pe)
        return sid

    def _mention(
        self,
        start: int,
        end: int,
        head: Any = None,
        context: str = "",
        create: bool = True,
        description: str | None = None,
    ) -> str | None:
        start, end = _trim(self.text, start, end)
        if end <= start:
            return None
        raw = self.text[start:end]
        name = _clean_name(raw)
        if not name or name.lower() in {"it", "they", "we", "i", "you", "that", "which", "who", "this"}:
            if name.lower() in {"it", "they"}:
                hit = self._recent(person=False, before=start)
                if hit:
                    self._add_mention(hit, start, end)  # the pronoun where it stands, with whom it names
                return hit
            return None
        low = name.lower()
        words = re.findall(r"[\w'-]+", low)
        if low in {"he", "she"}:
            hit = self._recent(person=True, before=start)
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
            hit = self._by_role(words[-1], start)
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
        for s in self.sources:
            if set(keys) & set(self.keys[s.id]):
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
        for s in list(self.sources):
            words = re.findall(r"[\w'-]+", s.name.lower())
            target = None
            if (
                words
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
                        and len(o.name) > len(s.name)
                    ),
                    None,
                )
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
            if target is not None:
                remap[s.id] = target.id
                target.mentions = sorted(target.mentions + s.mentions, key=lambda m: m.start)
        self.sources = [s for s in self.sources if s.id not in remap]
        # a person first met by surname alone: the words before a fuller mention say who they are
        for s in self.sources:
            if s.kind in ("other",) and len(s.name.split()) >= 1:
                sur = s.name.split()[-1]
                for m in re.finditer(rf"((?:[A-Za-z-]+\s+){{1,3}})(?:[A-Z][\w'-]+\s+)?{re.escape(sur)}\b", self.text):
                    k = role_kind(m.group(1))
                    if k and k != "unnamed":
                        s.kind = k
                        if len(m.group(0)) > len(s.name):
                            s.name = m.group(0).strip()
                        break
        return remap

    def finish(self, chains: list[list[str]]) -> None:
        """Sides of unnamed sources relayed by a named one; metonyms merged where they can be."""
        for chain in chains:
            for outer, inner in zip(chain, chain[1:], strict=False):
                s_in, s_out = self.get(inner), self.get(outer)
                if s_in and s_out and s_in.side == "unknown" and s_out.side in ("ua", "ru"):
                    s_in.side = s_out.side

    # -- internals ---------------------------------------------------------
    def _new(self, name: str, start: int, end: int, person: bool, context: str, description: str | None) -> str:
        sid = f"s{len(self.sources) + 1}"
        full = f"{name} {description or ''}"
        inst = lookup_institution(full) if not person else None
        kind = inst["kind"] if inst else None
        side = inst.get("side") if inst else None
        low = name.lower()
        metonym = registry()["capital_metonyms"].get(low)
        if metonym and not kind:
            kind, side = "government_body", metonym
        if not kind:
            kind = role_kind(full) or ("other" if person else None)
        if re.match(r"^(?:its|his|her|their)\b", low) and (not kind or kind == "other"):
            owner = self._recent(person=False, before=start)
            found = self.get(owner) if owner else None
            if found is not None:
                kind = found.kind
                side = side or found.side
        if not kind:
            kind = "other"
        if kind in ("other", "unnamed") and any(compiled(p).search(low) for p in registry()["unnamed_markers"]):
            kind = "unnamed" if not role_kind(full) or role_kind(full) == "unnamed" else role_kind(full)
        if not side:
            side = side_from_text(full)
        if not side and self.place_side:
            side = self.place_side(full)
        if not side and person:
            surname = name.split()[-1].lower()
            side = "ua" if UA_SURNAME.search(surname) else "ru" if RU_SURNAME.search(surname) else None
        if not side and context and not person:
            side = side_from_text(context)
        src = Source(
            id=sid, name=name, kind=kind or "other", side=side or "unknown", mentions=[], description=description
        )
        self.sources.append(src)
        self.keys[sid] = self._keys(name, person, context)
        self.is_person[sid] = person
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
            keys.append("core:" + " ".join(core))
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
        if not any(m.start == start and m.end == end for m in s.mentions):
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
        # "commander" is not "commander-in-chief": a hyphenated title is another word
        return bool(re.search(rf"\b{re.escape(noun.rstrip('s'))}s?(?![\w-])", txt))

    def _by_role(self, noun: str, at: int) -> str | None:
        noun = noun.lower()
        cands = sorted(
            self.sources,
            key=lambda s: (
                self.first_at.get(s.id, 0) > at,
                -self.first_at.get(s.id, 0) if self.first_at.get(s.id, 0) <= at else self.first_at.get(s.id, 0),
            ),
        )
        for s in cands:
            if self._role_in(s.id, noun):
                return s.id
        kinds = ROLE_KIND.get(noun)
        if kinds:
            for s in cands:
                if s.kind in kinds and not self.is_person.get(s.id):
                    return s.id
        return None

    def recent_person(self, before: int) -> tuple[str, int] | None:
        """The person source mentioned last before ``before``, with that mention's offset."""
        sid = self._recent(True, before)
        if sid is None:
            return None
        s = self.get(sid)
        return sid, max((m.start for m in (s.mentions if s else []) if m.start < before), default=-1)

    def _recent(self, person: bool, before: int) -> str | None:
        best, best_at = None, -1
        for s in self.sources:
            if self.is_person.get(s.id, False) != person:
                continue
            last = max((m.start for m in s.mentions if m.start < before), default=-1)
            if last > best_at:
                best, best_at = s.id, last
        return best


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

"""The identity book at scale: a name is scored only against the surnames of its block that can be
alike to it (prefix filtering over letter pairs), and decides exactly what scoring every surname of
the block decides."""

import random

from rapidfuzz import fuzz

import claimgraph.link.identities as identities
from claimgraph.link.identities import IdentityBook

LETTERS = "abcdefghijklmnoprstuvyz"
GIVEN = ["Bohdan", "Danylo", "Halyna", "Ivanna", "Marta", "Nazar", "Oksana", "Roman", "Stepan", "Yurii", "Zoryana"]


def _names(n: int, seed: int) -> list[str]:
    """Distinct people, every surname in one block ('Ko...'), with misspellings of earlier surnames
    (a letter changed, dropped or doubled) and bare surnames among them."""
    rng = random.Random(seed)
    surnames: list[str] = []
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        if surnames and rng.random() < 0.3:
            s = list(rng.choice(surnames))
            i = rng.randrange(2, len(s))
            op = rng.randrange(3)
            if op == 0:
                s[i] = rng.choice(LETTERS)
            elif op == 1:
                del s[i]
            else:
                s.insert(i, s[i])
            sur = "".join(s)
        else:
            sur = "Ko" + "".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 9)))
            surnames.append(sur)
        name = sur if rng.random() < 0.1 else f"{rng.choice(GIVEN)} {sur}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


class _EveryOne(IdentityBook):
    """The book as it was: every person of the block scored in a Python loop."""

    def _alike(self, surname):
        return [
            p
            for p in self.blocks.get(surname[:2], ())
            if abs(len(p.surname) - len(surname)) <= 3 and fuzz.ratio(p.surname, surname) >= self.threshold
        ]


def test_the_blocked_book_decides_as_scoring_every_surname_does():
    for seed in (1, 2, 3):
        names = _names(3000, seed)
        fast, slow = IdentityBook(), _EveryOne()
        for kind in ("state_official", "military"):
            got = [fast.resolve(n, kind) for n in names]
            want = [slow.resolve(n, kind) for n in names]
            assert got == want
        assert len(set(got)) > 1000 and any(g is None for g in got)  # merges, new people and open names all met


def test_a_name_is_scored_against_few_of_its_blocks_surnames(monkeypatch):
    names = _names(4000, 7)
    book = IdentityBook()
    for n in names[:3500]:
        book.resolve(n, "state_official")
    calls = {"n": 0}
    ratio = fuzz.ratio

    def counted(a, b, **kw):
        calls["n"] += 1
        return ratio(a, b, **kw)

    class Fuzz:
        pass

    fake = Fuzz()
    fake.ratio = counted  # type: ignore[attr-defined]
    monkeypatch.setattr(identities, "fuzz", fake)
    for n in names[3500:]:
        book.resolve(n, "state_official")
    # about 3,000 distinct surnames in the block, most of fitting lengths: scoring every one costs over
    # 2,000 a name (short surnames, which few letter pairs tell apart, are most of what is left)
    assert calls["n"] / 500 < 800, calls["n"] / 500

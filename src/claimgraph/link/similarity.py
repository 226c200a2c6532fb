"""How alike two claims, two claim sequences or a credit name and an outlet are."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from ..model import ArticleRecord
from .features import STOP, content, words


@lru_cache(maxsize=65536)
def _outlet_match(name: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    a = set(words(name)) - STOP
    b = set(words(outlet)) - STOP
    return bool(a and b and (a <= b or b <= a or len(a & b) >= max(1, min(len(a), len(b)))))


def _best(x: frozenset[str] | set[str], ys: list) -> int | None:
    best = max(
        ((i, _set_sim(frozenset(x), frozenset(y))) for i, y in enumerate(ys)), key=lambda t: t[1], default=(None, 0.0)
    )
    return best[0] if best[1] >= 0.5 else None


def _order(positions: list[int | None]) -> tuple[int, float]:
    """(how many matched, share of consecutive matches that keep the order)."""
    pos = [p for p in positions if p is not None]
    if len(pos) < 2:
        return len(pos), 0.0
    return len(pos), sum(1 for a, b in zip(pos, pos[1:], strict=False) if b > a) / (len(pos) - 1)


def _claim_sim(a: str, b: str) -> float:
    return _set_sim(content(a), content(b))


def _set_sim(ca: AbstractSet[str], cb: AbstractSet[str]) -> float:
    """Overlap of content words, damped by the Dice coefficient so that a short claim inside
    a long one does not count as the same claim on a word or two; but a longer claim that
    restates at least four words and two thirds of a shorter one, adding detail (who took
    the images, when), still makes the same claim."""
    if not ca or not cb:
        return 0.0
    shared = len(ca & cb)
    cover = shared / min(len(ca), len(cb))
    damped = cover * (2 * shared / (len(ca) + len(cb))) ** 0.5
    return max(damped, 0.7 * cover) if shared >= 4 and cover >= 2 / 3 else damped


def _claim_order(later: ArticleRecord, earlier: ArticleRecord, common: frozenset[str] = frozenset()) -> float:
    """Share of the later article's matched claims that keep the earlier article's order,
    claims compared on their words less the corpus's common ones."""
    pos: list[int] = []
    ec = [content(e.text) - common for e in earlier.claims]
    for c in later.claims:
        cc = content(c.text) - common
        best = max(((i, _set_sim(cc, x)) for i, x in enumerate(ec)), key=lambda x: x[1], default=(-1, 0.0))
        if best[1] >= 0.5:
            pos.append(best[0])
    if len(pos) < 2:
        return 0.0
    inc = sum(1 for x, y in zip(pos, pos[1:], strict=False) if y >= x)
    return inc / (len(pos) - 1) * min(1.0, len(pos) / max(1, len(later.claims)) * 2)


def figure_sim(fa: frozenset[float], fb: frozenset[float], related: bool) -> float:
    """How far two claims are the same claim by their figures alone, which survive rewording and
    translation: two or more figures in common (one of them 10 or more, or three small ones)
    in articles of one story; one figure of 100 or more anywhere. 0.0 otherwise."""
    shared = fa & fb
    if not shared:
        return 0.0
    cover = len(shared) / min(len(fa), len(fb))
    big = [v for v in shared if v >= 10]
    if related and len(shared) >= 2 and (big or len(shared) >= 3 or cover == 1.0):
        return 0.5 + 0.5 * cover
    if any(v >= 100 for v in shared) and cover >= 0.5:
        return 0.45 + 0.4 * cover
    return 0.0


def anchor_sim(aa: frozenset[str], ab: frozenset[str]) -> float:
    """Two claims of one line of reporting (a copy, a rewrite, a translation) are one claim when
    they share two or more of their names and figures, most of the shorter one's."""
    shared = aa & ab
    if len(shared) < 2:
        return 0.0
    cover = len(shared) / min(len(aa), len(ab))
    return 0.45 + 0.3 * cover if cover >= 0.6 else 0.0


class RareKeys:
    """An inverted index over the rare keys of many items (names, figures, places): the other items
    that share keys with one item, counted, where a key held by more than ``cap`` items is left out
    (it says nothing about which two belong together, and would make the cost quadratic)."""

    def __init__(self, keys: Mapping[str, Iterable[str]], cap: int) -> None:
        self.keys = keys
        self.df: Counter[str] = Counter(k for ks in keys.values() for k in ks)
        self.cap = cap
        self.index: dict[str, list[str]] = defaultdict(list)
        for item, ks in keys.items():
            for k in ks:
                if self.df[k] <= cap:
                    self.index[k].append(item)

    def shared(self, item: str) -> Counter[str]:
        """How many rare keys each other item shares with ``item``."""
        return Counter(o for k in self.keys[item] if self.df[k] <= self.cap for o in self.index[k] if o != item)

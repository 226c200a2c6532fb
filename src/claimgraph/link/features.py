"""What linking reads off one article record: words, stems, event families, shingles, anchors,
credit lines and figures. Pure functions of a record or a text."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache
from typing import Any

from ..ground.gazetteer import key
from ..model import ArticleRecord

STOP = set(
    """a an the of in on at to for from by with and or but as is are was were be been has have had that this
these those it its their his her they he she we our said says say told according which who whom whose than then
there here not no also into over after before about around near".split()""".split()
)
CREDIT_RE = re.compile(
    r"(?:originally (?:published|appeared) (?:by|in|on)|republished (?:with permission )?from|"
    r"first (?:published|appeared) (?:by|in|on)|courtesy of|reprinted from)\s+(?:the\s+)?([A-Z][\w .'-]{2,60})",
    re.I,
)
_DIGIT = re.compile(r"\d")
CITES_RE = re.compile(r"(?:according to|as reported by|reported by|citing)\s+(?:the\s+)?([A-Z][\w .'-]{2,60})")


# the same event told in other words: one key per family of predicates in conflict reporting,
# and number words as digits ("three workers" = "3 workers")
EVENT_WORDS = {
    "fire": "fire",
    "blaze": "fire",
    "burn": "fire",
    "burnt": "fire",
    "ablaze": "fire",
    "flame": "fire",
    "scorch": "fire",
    "inferno": "fire",
    "injur": "injure",
    "injure": "injure",
    "wound": "injure",
    "hurt": "injure",
    "injury": "injure",
    "injuri": "injure",
    "wounded": "injure",
    "kill": "kill",
    "dead": "kill",
    "death": "kill",
    "die": "kill",
    "di": "kill",
    "fatalit": "kill",
    "intercept": "down",
    "downed": "down",
    "strike": "strike",
    "struck": "strike",
    "hit": "strike",
    "attack": "strike",
    "target": "strike",
    "pound": "strike",
    "shell": "strike",
    "bomb": "strike",
    "destroy": "destroy",
    "destruction": "destroy",
    "raze": "destroy",
    "obliterat": "destroy",
    "captur": "capture",
    "capture": "capture",
    "seiz": "capture",
    "seize": "capture",
    "took": "capture",
    "liberat": "capture",
    "occupi": "capture",
    "control": "capture",
    "clear": "capture",
    "repel": "capture",
    "repuls": "capture",
    "recaptur": "capture",
    "retook": "capture",
    "retreat": "withdraw",
    "withdrew": "withdraw",
    "withdraw": "withdraw",
    "pull": "withdraw",
}
NUMBER_WORDS = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
} | {"dozen": "12"}


def words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def claim_words(text: str) -> list[str]:
    """Words of a claim for matching claims across articles: stems, event families, digits."""
    out = []
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        w = NUMBER_WORDS.get(w, w)
        st = _stem(w)
        out.append(EVENT_WORDS.get(w, EVENT_WORDS.get(st, st)))
    return out


def _stem(w: str) -> str:
    """A light stemmer: drone/drones, damage/damaged, burn/burning end alike."""
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def shingle_hashes(text: str, n: int = 3) -> Any:
    """3-word shingles as a sorted numpy array of 32-bit CRCs shifted left, the low bit set when
    the shingle holds a figure: 8 bytes a shingle instead of a Python string in a set, which
    is what lets 100,000 articles fit in memory."""
    import numpy as np

    vals = [(zlib.crc32(sh.encode("utf-8")) << 1) | bool(_DIGIT.search(sh)) for sh in shingles(text, n)]
    return np.unique(np.array(vals, dtype=np.uint64))


def shingles(text: str, n: int = 3) -> set[str]:
    ws = words(text)
    return {" ".join(ws[i : i + n]) for i in range(max(0, len(ws) - n + 1))}


@lru_cache(maxsize=262144)
def content(text: str) -> frozenset[str]:
    return frozenset(w for w in claim_words(text) if w not in STOP and (len(w) > 2 or w.isdigit()))


_ANCHOR_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]{2,}|\b\d[\d,.]*")


def anchors(text: str) -> set[str]:
    """Names and figures of a text, spelling-insensitive: what a paraphrase or a translation
    keeps when it changes every other word."""
    out = set()
    for m in _ANCHOR_RE.finditer(text):
        w = m.group()
        out.add(w.replace(",", "") if w[0].isdigit() else key(w))
    return out - {""}


def common_words(records: list[ArticleRecord]) -> frozenset[str]:
    """Claim words so frequent in this corpus that sharing them says nothing about copying
    ("drones", "launched" in a corpus of air-raid reports). None in a small corpus."""

    df = Counter(w for r in records for c in r.claims for w in content(c.text))
    cap = max(50, sum(df.values()) // 1500)
    return frozenset(w for w, n in df.items() if n > cap)


def _figures(rec: ArticleRecord, claim) -> dict[str, float]:
    qs = {q.id: q for q in rec.quantities}
    return {qs[q].unit: qs[q].value for q in claim.quantities if q in qs}

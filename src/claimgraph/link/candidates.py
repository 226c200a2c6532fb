"""Candidate pairs of articles by MinHash LSH (datasketch) over distinctive shingles, so that the
cost grows near-linearly with the corpus."""

from __future__ import annotations

from typing import Any

from .features import shingle_hashes


def _minhash(sh: set[str], num_perm: int):
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm)
    for s in sh:
        m.update(s.encode("utf-8"))
    return m


def distinctive(sets: dict[str, Any], cap: int | None = None) -> dict[str, Any]:
    """Each article's shingles less those that many articles share (boilerplate, stock
    phrases such as "the General Staff said on"): what is left tells copies apart from
    articles that merely cover the same war. The cap grows with the corpus. In place."""
    import numpy as np

    cap = cap or max(100, len(sets) // 500)
    if not sets:
        return sets
    vals, counts = np.unique(np.concatenate(list(sets.values())), return_counts=True)
    for aid, arr in sets.items():
        sets[aid] = arr[counts[np.searchsorted(vals, arr)] <= cap]
    return sets


def candidate_pairs(
    texts: dict[str, str] | None = None,
    threshold: float = 0.05,
    num_perm: int = 128,
    keep: dict[str, Any] | None = None,
) -> set[tuple[str, str]]:
    """Article pairs that share enough distinctive wording to be checked (MinHash LSH)."""
    from datasketch import MinHash, MinHashLSH

    if keep is None:
        keep = distinctive({aid: shingle_hashes(t, 3) for aid, t in (texts or {}).items()})
    ids = [aid for aid in keep if len(keep[aid])]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[str, str]] = set()
    step = 5000  # MinHash in slices: the signatures of a slice at a time, not the whole corpus
    for k in range(0, len(ids), step):
        chunk = ids[k : k + step]
        # figures shared by chance ("shot down 20 of them") make no candidates: wording does
        sigs = MinHash.bulk(
            [_wording(keep[aid]) if _wording(keep[aid]).size else keep[aid] for aid in chunk],
            num_perm=num_perm,
            hashfunc=_hash32,
        )
        with lsh.insertion_session() as session:
            for aid, m in zip(chunk, sigs, strict=True):
                session.insert(aid, m)
        for aid, m in zip(chunk, sigs, strict=True):
            for other in lsh.query(m):
                if other != aid:
                    pairs.add((aid, other) if aid < other else (other, aid))
    return pairs


def _hash32(x: Any) -> int:
    return int(x) >> 1


def _wording(arr: Any) -> Any:
    """The shingles without a figure in them."""
    return arr[(arr & 1) == 0]


def _shared(a: Any, b: Any) -> int:
    import numpy as np

    return int(np.intersect1d(a, b, assume_unique=True).size)

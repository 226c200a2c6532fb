"""Candidate pairs of articles by MinHash LSH over distinctive shingles, so that the cost grows
near-linearly with the corpus.

The signatures are datasketch's MinHash (its affine 32-bit scheme, seed 1) computed for a slice of
articles at a time with numpy, and kept as one ``uint32`` row per article; the LSH buckets are
found by sorting each band's column, not kept as a dictionary of sets: a million articles cost
their signatures (128 bytes each for the bands used) and the candidate pairs, as 64-bit codes.
The pairs are exactly those datasketch's ``MinHashLSH`` would return (tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .features import shingle_hashes


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


@lru_cache(maxsize=8)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that datasketch's ``MinHashLSH`` picks for a threshold and a number of permutations."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, hashfunc=_hash32).permutations


def signatures(arrays: Sequence[Any], num_perm: int = 128, used: int | None = None, step: int = 2000) -> Any:
    """The MinHash signature of each shingle array (its first ``used`` permutations of ``num_perm``):
    datasketch's values, computed a slice of arrays at a time. One ``uint32`` row per array."""
    import numpy as np
    from datasketch.minhash import _fmix

    used = used or num_perm
    a, b = (x[:used].astype(np.uint32) for x in _permutations(num_perm))
    out = np.full((len(arrays), used), np.iinfo(np.uint32).max, dtype=np.uint32)
    for k in range(0, len(arrays), step):
        chunk = arrays[k : k + step]
        sizes = np.array([len(x) for x in chunk], dtype=np.int64)
        if not sizes.sum():
            continue
        hv = (np.concatenate([np.asarray(x, dtype=np.uint64) for x in chunk]) >> np.uint64(1)).astype(np.uint32)
        with np.errstate(over="ignore"):
            phv = _fmix(hv, 32)[:, None] * a + b
        nonempty = np.nonzero(sizes)[0]
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))[nonempty]
        out[k + nonempty] = np.minimum.reduceat(phv, starts, axis=0)
    return out


def band_pairs(sig: Any, bands: int, rows: int) -> Any:
    """Sorted unique codes ``i * n + j`` (i < j) of the rows of ``sig`` that agree on all the values
    of at least one band: the pairs LSH buckets give."""
    import numpy as np

    n = len(sig)
    found = np.zeros(0, dtype=np.int64)
    if n < 2:
        return found
    for band in range(bands):
        col = sig[:, band * rows : (band + 1) * rows]
        key = col[:, 0].astype(np.uint64) if rows == 1 else _row_keys(col)
        order = np.argsort(key, kind="stable")
        ks = key[order]
        edges = np.flatnonzero(np.diff(ks)) + 1
        starts = np.concatenate(([0], edges))
        sizes = np.diff(np.concatenate((starts, [n])))
        codes = []
        for size in np.unique(sizes[sizes >= 2]).tolist():
            at = starts[sizes == size]
            x, y = np.triu_indices(size, 1)
            members = order[at[:, None] + np.arange(size)]  # one row per bucket of this size
            i, j = members[:, x].ravel(), members[:, y].ravel()
            lo, hi = np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)
            codes.append(lo * n + hi)
        if codes:
            found = np.union1d(found, np.concatenate(codes))
    return found


def _row_keys(col: Any) -> Any:
    import numpy as np

    # rows of a band compared whole: their bytes as one void value each, then ranked
    v = np.ascontiguousarray(col).view(np.dtype((np.void, col.dtype.itemsize * col.shape[1]))).ravel()
    _, inv = np.unique(v, return_inverse=True)
    return inv.astype(np.uint64)


def candidate_codes(
    ids: Sequence[str], keep: dict[str, Any], threshold: float = 0.05, num_perm: int = 128
) -> tuple[list[str], Any]:
    """(the articles with shingles, in sorted order; the codes ``i * n + j`` of their candidate pairs,
    sorted, i < j): article pairs that share enough distinctive wording to be checked."""
    order = sorted(aid for aid in ids if len(keep[aid]))
    bands, rows = lsh_params(threshold, num_perm)
    # figures shared by chance ("shot down 20 of them") make no candidates: wording does
    arrays = [w if (w := _wording(keep[aid])).size else keep[aid] for aid in order]
    sig = signatures(arrays, num_perm, used=bands * rows)
    del arrays
    return order, band_pairs(sig, bands, rows)


def candidate_pairs(
    texts: dict[str, str] | None = None,
    threshold: float = 0.05,
    num_perm: int = 128,
    keep: dict[str, Any] | None = None,
) -> set[tuple[str, str]]:
    """Article pairs that share enough distinctive wording to be checked (MinHash LSH)."""
    if keep is None:
        keep = distinctive({aid: shingle_hashes(t, 3) for aid, t in (texts or {}).items()})
    order, codes = candidate_codes(list(keep), keep, threshold, num_perm)
    n = len(order)
    return {(order[c // n], order[c % n]) for c in codes.tolist()}


def _hash32(x: Any) -> int:
    return int(x) >> 1


def _wording(arr: Any) -> Any:
    """The shingles without a figure in them."""
    return arr[(arr & 1) == 0]


def _shared(a: Any, b: Any) -> int:
    import numpy as np

    return int(np.intersect1d(a, b, assume_unique=True).size)

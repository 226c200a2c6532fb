"""The numpy LSH gives exactly the pairs of datasketch's MinHashLSH, and the signatures its values."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash, MinHashLSH

from claimgraph.link.candidates import _hash32, _wording, band_pairs, candidate_pairs, signatures
from claimgraph.link.features import shingle_hashes

WORDS = "river bridge convoy shelling village depot rail power grid station night morning crews fire".split()


def _texts(n: int, seed: int = 3) -> dict[str, str]:
    rng = random.Random(seed)
    base = [" ".join(rng.choice(WORDS) + str(rng.randint(0, 40)) for _ in range(60)) for _ in range(n // 3)]
    out = {}
    for i in range(n):
        words = base[i % len(base)].split()
        for _ in range(rng.randint(0, 30)):  # edits: a copy, a light rewrite, a heavy one
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        out[f"t{i:03d}"] = " ".join(words)
    return out


def _datasketch_pairs(keep: dict, threshold: float, num_perm: int) -> set[tuple[str, str]]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    ids = [a for a in keep if len(keep[a])]
    arrays = [_wording(keep[a]) if _wording(keep[a]).size else keep[a] for a in ids]
    sigs = MinHash.bulk(arrays, num_perm=num_perm, hashfunc=_hash32)
    for a, m in zip(ids, sigs, strict=True):
        lsh.insert(a, m)
    pairs = set()
    for a, m in zip(ids, sigs, strict=True):
        for b in lsh.query(m):
            if a != b:
                pairs.add((min(a, b), max(a, b)))
    return pairs


def test_signatures_are_datasketch_values() -> None:
    arrays = [shingle_hashes(t) for t in _texts(30).values()]
    ours = signatures(arrays, num_perm=64, step=7)
    for arr, row in zip(arrays, ours, strict=True):
        want = MinHash.bulk([arr], num_perm=64, hashfunc=_hash32)[0].hashvalues
        assert np.array_equal(row, want)


def test_pairs_are_datasketch_pairs() -> None:
    keep = {a: shingle_hashes(t) for a, t in _texts(90).items()}
    keep["empty"] = shingle_hashes("")
    for threshold, num_perm in ((0.05, 128), (0.3, 128), (0.6, 64)):
        got = candidate_pairs(keep=keep, threshold=threshold, num_perm=num_perm)
        assert got == _datasketch_pairs(keep, threshold, num_perm)
        assert got  # copies of one base text always meet


def test_band_pairs_of_multi_row_bands() -> None:
    sig = np.array([[1, 2, 3, 4], [1, 2, 9, 9], [1, 5, 3, 4], [7, 7, 7, 7]], dtype=np.uint32)
    codes = band_pairs(sig, bands=2, rows=2).tolist()
    assert codes == [0 * 4 + 1, 0 * 4 + 2]  # rows 0-1 share band one, rows 0-2 band two; row 3 none

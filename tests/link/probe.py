"""Score linking on the hand-written corpora of ``tests/link/corpora``: each folder holds a few
articles (text + metadata) and ``expected.json`` with the links a careful reader draws: derivations,
clusters (members named by an article and a piece of a claim's text), each cluster's independent
confirmations, and whether it holds a contradiction. Run: ``python tests/link/probe.py [CLASS ...]``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "corpora"


def run(folder: Path) -> tuple[Any, Any]:
    from claimgraph import extract, link

    paths = sorted(str(p) for p in folder.glob("*.txt"))
    recs = list(extract(paths))
    return recs, link(recs)


def _find(recs: Any, art: str, piece: str) -> str | None:
    for r in recs:
        if r.article.id != art:
            continue
        for c in r.claims:
            if piece.lower() in c.text.lower():
                return c.id
    return None


def score(folder: Path, recs: Any = None, corpus: Any = None) -> dict[str, Any]:
    exp = json.loads((folder / "expected.json").read_text())
    if corpus is None:
        recs, corpus = run(folder)
    out: dict[str, Any] = {"problems": []}
    gd = {(d["article"], d["derived_from"]) for d in exp.get("derivations", [])}
    pd = {(d.article, d.derived_from) for d in corpus.derivations}
    kinds = {(d.article, d.derived_from): d.kind for d in corpus.derivations}
    tp = len(gd & pd)
    out["deriv"] = (tp, len(pd - gd), len(gd - pd))
    for d in exp.get("derivations", []):
        k = (d["article"], d["derived_from"])
        if k in kinds and d.get("kind") and kinds[k] not in d["kind"].split("|"):
            out["problems"].append(f"derivation {k} kind {kinds[k]} want {d['kind']}")
    for k in sorted(pd - gd):
        out["problems"].append(f"derivation extra {k} {kinds[k]}")
    for k in sorted(gd - pd):
        out["problems"].append(f"derivation missed {k}")
    member = {(m.article, m.claim): cl for cl in corpus.claim_clusters for m in cl.members}
    gold_of: dict[tuple[str, str], str] = {}
    pred_of: dict[tuple[str, str], str] = {}
    for c in exp.get("clusters", []):
        for art, piece in c["members"]:
            cid = _find(recs, art, piece)
            if cid is None:
                out["problems"].append(f"no claim '{piece}' in {art}")
                continue
            gold_of[(art, cid)] = c["key"]
            if (art, cid) in member:
                pred_of[(art, cid)] = member[(art, cid)].id
    items = sorted(gold_of)
    tp = fp = fn = 0
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            sg = gold_of[a] == gold_of[b]
            sp = a in pred_of and b in pred_of and pred_of[a] == pred_of[b]
            tp += sg and sp
            fp += sp and not sg
            fn += sg and not sp
            if sp and not sg:
                out["problems"].append(f"merged {a} ({gold_of[a]}) with {b} ({gold_of[b]})")
            if sg and not sp:
                out["problems"].append(f"split {a} / {b} ({gold_of[a]})")
    out["pairs"] = (tp, fp, fn)
    by_id = {cl.id: cl for cl in corpus.claim_clusters}
    ok = n = 0
    cok = cn = 0
    for c in exp.get("clusters", []):
        votes = Counter(pred_of[k] for k, g in gold_of.items() if g == c["key"] and k in pred_of)
        best = by_id.get(votes.most_common(1)[0][0]) if votes else None
        if "independent_confirmations" in c:
            n += 1
            got = best.independent_confirmations if best else None
            ok += got == c["independent_confirmations"]
            if got != c["independent_confirmations"]:
                out["problems"].append(
                    f"cluster {c['key']}: confirmations {got} want {c['independent_confirmations']}"
                    f" origins {best.origins if best else None}"
                )
        if "contradiction" in c:
            cn += 1
            got_c = bool(best and best.contradictions)
            cok += got_c == c["contradiction"]
            if got_c != c["contradiction"]:
                why = [x.get("reason") for x in best.contradictions] if best else None
                out["problems"].append(f"cluster {c['key']}: contradiction {got_c} want {c['contradiction']} {why}")
    out["conf"] = (ok, n)
    out["contra"] = (cok, cn)
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name for p in HERE.iterdir() if (p / "expected.json").exists())
    for name in names:
        r = score(HERE / name)
        print(
            f"{name:14} deriv F1 {_f1(*r['deriv']):.2f}  pairs F1 {_f1(*r['pairs']):.2f} {r['pairs']}  "
            f"conf {r['conf'][0]}/{r['conf'][1]}  contra {r['contra'][0]}/{r['contra'][1]}"
        )
        for p in r["problems"]:
            print("   ", p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

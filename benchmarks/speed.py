"""Extraction speed next to the bare spaCy pipeline, on the same texts, in one run.

    python benchmarks/speed.py                       # the bundled example articles
    python benchmarks/speed.py ../shared/bench/articles.jsonl --rounds 5

The bare pipeline is ``nlp.pipe(texts)`` with the same model as spaCy ships it and the same batch size; extraction is
``extract_stream`` over the same articles (the spaCy parse, segmentation, every component,
grounding), the path ``claimgraph extract`` takes. Rounds alternate the two so that a noisy machine hits both alike; the ratio
of the medians is reported. The issue's goal: extraction <= 1.25x the bare pipeline.
Exit status 1 when the ratio is over --max-ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(paths: list[Path]) -> list:
    sys.path.insert(0, str(ROOT / "src"))
    from claimgraph.ingest import RawArticle, read_inputs

    return [a for a in read_inputs(paths) if isinstance(a, RawArticle)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "inputs", nargs="*", type=Path, default=[ROOT / "src" / "claimgraph" / "examples" / "articles.jsonl"]
    )
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--max-ratio", type=float, default=1.25)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from claimgraph.extract import extract_article, extract_stream
    from claimgraph.extract.nlp import shipped_model
    from claimgraph.ground.gazetteer import key

    arts = load(args.inputs)
    if not arts:
        print("no articles in the inputs", file=sys.stderr)
        return 2
    nlp = shipped_model()  # the bare pipeline: the model as spaCy ships it
    texts = [a.text for a in arts]
    # warm both paths once: model load, lazy imports, gazetteer and registry loading
    list(nlp.pipe(texts[:1]))
    extract_article(arts[0])

    bare, full = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare.append(time.perf_counter() - t0)
        key.cache_clear()  # no help from names seen in the previous round: every round starts cold
        t0 = time.perf_counter()
        for _a, _rec in extract_stream(arts, batch_size=32):
            pass
        full.append(time.perf_counter() - t0)
    b, f = statistics.median(bare), statistics.median(full)
    chars = sum(len(t) for t in texts)
    out = {
        "articles": len(arts),
        "chars": chars,
        "rounds": args.rounds,
        "bare_spacy_s": round(b, 4),
        "extraction_s": round(f, 4),
        "ratio": round(f / b, 3),
        "extraction_articles_per_s": round(len(arts) / f, 1),
        "extraction_chars_per_s": round(chars / f),
    }
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{len(arts)} articles, {chars} characters, median of {args.rounds} rounds")
        print(
            f"bare spaCy pipeline: {b:.3f}s   extraction: {f:.3f}s   ratio {f / b:.2f}x "
            f"(goal <= {args.max_ratio}x)   {len(arts) / f:.1f} articles/s"
        )
    return 0 if f / b <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())

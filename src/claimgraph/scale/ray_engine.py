"""Extraction on Ray Data: ``map_batches`` over an actor class that loads the model once per worker
and runs ``extract_shard`` on each batch. Only plain rows travel between stages (article fields in,
one JSON-encoded record per row out); the order of the input is kept.

A local Ray is started when no address is given; ``address`` ("ray://head:10001", "auto") joins a
running cluster. On a cluster, the workers need claimgraph and the spaCy model installed (a
runtime environment or the cluster image), exactly as a local run does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..ingest.base import RawArticle
from ..model import ArticleRecord
from ..settings import Settings
from .shard import article_row, extract_shard


class ExtractActor:
    """One per Ray worker: the model, gazetteer and pipeline are loaded in ``__init__``, once."""

    def __init__(self, settings_json: str) -> None:
        from ..extract.nlp import get_nlp
        from ..extract.pipeline import default_pipeline
        from ..settings import load_settings

        self.settings = load_settings(toml_path=None, overrides=json.loads(settings_json))
        get_nlp()
        default_pipeline(self.settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        n = len(batch["row"])
        rows = [json.loads(batch["row"][i]) for i in range(n)]
        recs = extract_shard(rows, self.settings)
        return {"seq": list(batch["seq"]), "record": [json.dumps(r, ensure_ascii=False) for r in recs]}


def _settings_json(settings: Settings) -> str:
    d = settings.to_dict()
    return json.dumps({f"{sec}.{k}": v for sec, vals in d.items() for k, v in vals.items()})


def ray_stream(
    items: Iterable[Any],
    settings: Settings | None = None,
    address: str | None = None,
    workers: int = 2,
    batch_size: int | None = None,
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """``extract_stream`` on Ray Data, in input order. The input is read on the driver (readers are
    local); the articles go to Ray as plain rows."""
    import ray

    settings = settings or Settings()
    size = batch_size or settings.extract.batch_size
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    buf = list(items)
    arts = [x for x in buf if isinstance(x, RawArticle)]
    if not arts:
        yield from ((x, None) for x in buf)
        return
    ds = ray.data.from_items(
        [{"seq": i, "row": json.dumps(article_row(a), ensure_ascii=False)} for i, a in enumerate(arts)],
        override_num_blocks=max(1, min(len(arts), workers * 4)),
    )
    out = ds.map_batches(
        ExtractActor,
        fn_constructor_args=(_settings_json(settings),),
        batch_size=size,
        concurrency=max(1, workers),
        batch_format="numpy",
    )
    recs: dict[int, str] = {int(r["seq"]): r["record"] for r in out.iter_rows()}
    if sorted(recs) != list(range(len(arts))):  # pragma: no cover - Ray returns every row it was given
        raise RuntimeError(f"the Ray run returned {len(recs)} records for {len(arts)} articles")
    k = 0
    for x in buf:
        if isinstance(x, RawArticle):
            yield x, ArticleRecord.from_dict(json.loads(recs[k]))
            k += 1
        else:
            yield x, None

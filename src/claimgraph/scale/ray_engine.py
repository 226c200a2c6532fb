"""Extraction on Ray Data: ``map_batches`` over an actor class that loads the model once per worker
and runs ``extract_shard`` on each batch. Only plain rows travel between stages (article fields in,
one JSON-encoded record per row out); the order of the input is kept. The driver streams: it spools
the input to JSON-lines shards on disk as it reads it, Ray Data reads the shards, and the records
are given back as they come out (``ray_stream``).

A local Ray is started when no address is given; ``address`` ("ray://head:10001", "auto") joins a
running cluster. On a cluster, the workers need claimgraph and the spaCy model installed (a
runtime environment or the cluster image), exactly as a local run does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..ingest.base import RawArticle
from ..model import ArticleRecord
from ..settings import Settings
from .shard import article_row, extract_shard_json, record_of_json


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
        recs = extract_shard_json(rows, self.settings)  # each record's compact JSON, written once
        return {"seq": list(batch["seq"]), "record": [r.decode("utf-8") for r in recs]}


def _settings_json(settings: Settings) -> str:
    d = settings.to_dict()
    return json.dumps({f"{sec}.{k}": v for sec, vals in d.items() for k, v in vals.items()})


def ray_stream(
    items: Iterable[Any],
    settings: Settings | None = None,
    address: str | None = None,
    workers: int = 2,
    batch_size: int | None = None,
    shard_size: int = 2000,
    spool: str | None = None,
    spool_shared: bool | None = None,
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """``extract_stream`` on Ray Data, in input order, streaming: the driver never holds the input.

    The items are read once, one at a time, and spooled to a temporary folder (``spool``, default
    the system's): the articles as JSON-lines shards of ``shard_size`` plain rows, which Ray Data
    reads (``read_text``) and maps through the actors, and every item in order in a spool file, from
    which the articles and the rejections are given back beside their records as the records come
    out of the pipeline. Memory on the driver stays that of a shard or two, whatever the input's
    size; the disk holds the input's rows until the run ends. Ray reads the shards from the spool
    folder when every node can (``spool_shared``; by default, on a local Ray); on a cluster the
    driver puts the shards, one at a time, in Ray's object store instead (which spills to disk)."""
    import pickle
    import shutil
    import tempfile

    settings = settings or Settings()
    size = batch_size or settings.extract.batch_size
    tmp = Path(tempfile.mkdtemp(prefix="claimgraph-ray-", dir=spool))
    try:
        shards, n_arts = _spool(items, tmp, shard_size)
        with (tmp / "items.pickle").open("rb") as f:
            if not n_arts:
                for _ in range(_count(tmp)):
                    yield pickle.load(f), None
                return
            _init_ray(address, workers)
            shared = address is None if spool_shared is None else spool_shared
            ds = ray_dataset(shards, workers, shared)
            out = ds.map_batches(
                ExtractActor,
                fn_constructor_args=(_settings_json(settings),),
                batch_size=size,
                concurrency=max(1, workers),
                batch_format="numpy",
            )
            rows = iter(out.iter_rows())
            k = 0
            for _ in range(_count(tmp)):
                x = pickle.load(f)
                if not isinstance(x, RawArticle):
                    yield x, None
                    continue
                row = next(rows)
                if int(row["seq"]) != k:  # pragma: no cover - preserve_order keeps the input's order
                    raise RuntimeError(f"the Ray run gave article {row['seq']} where {k} was expected")
                k += 1
                yield x, record_of_json(row["record"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _init_ray(address: str | None, workers: int) -> None:
    import ray

    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False


def ray_dataset(shards: list[Path], workers: int = 2, shared: bool = True) -> Any:
    """The spooled shards as a Ray dataset of {"seq", "row"} rows, in order: read by Ray from the
    spool folder (``shared``), or put in the object store a shard at a time."""
    import ray

    if not shared:
        import pyarrow as pa

        refs: list[Any] = []
        for p in shards:
            got = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
            table = pa.table({"seq": [g["seq"] for g in got], "row": [g["row"] for g in got]})
            refs.append(ray.put(table))
            del got, table
        return ray.data.from_arrow_refs(refs)
    # reading a shard is light and must never wait for a core the extracting actors hold
    ds = ray.data.read_text([str(p) for p in shards], override_num_blocks=max(len(shards), workers), num_cpus=0)

    def parse(batch: dict[str, Any]) -> dict[str, Any]:
        got = [json.loads(t) for t in batch["text"]]
        return {"seq": [g["seq"] for g in got], "row": [g["row"] for g in got]}

    return ds.map_batches(parse, batch_format="numpy", num_cpus=0)


def _spool(items: Iterable[Any], folder: Path, shard_size: int) -> tuple[list[Path], int]:
    """Every item pickled in order to ``items.pickle`` and each article's row (with its sequence
    number) to JSON-lines shards; returns (the shards, the number of articles)."""
    import pickle

    shards: list[Path] = []
    out = None
    n_arts = n_items = 0
    with (folder / "items.pickle").open("wb") as f:
        for x in items:
            n_items += 1
            if isinstance(x, RawArticle):
                if n_arts % shard_size == 0:
                    if out:
                        out.close()
                    shards.append(folder / f"shard-{len(shards):06d}.jsonl")
                    out = shards[-1].open("w", encoding="utf-8")
                line = json.dumps({"seq": n_arts, "row": json.dumps(article_row(x), ensure_ascii=False)})
                out.write(line + "\n")  # type: ignore[union-attr]
                n_arts += 1
            pickle.dump(x, f, protocol=pickle.HIGHEST_PROTOCOL)
    if out:
        out.close()
    (folder / "count").write_text(str(n_items))
    return shards, n_arts


def _count(folder: Path) -> int:
    return int((folder / "count").read_text())

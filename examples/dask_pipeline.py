"""Entities of a corpus with Dask: JSONL or Parquet of {id, text} in, Parquet out.

    pip install factsift[dask]           # or, from a checkout: `make python-install`
    python examples/dask_pipeline.py examples/news_sample.jsonl entities/

The output has one row per entity with the columns of ``factsift.COLUMNS`` (pyarrow-backed);
amounts are strings of their exact digits. Runs on a local cluster of two worker processes
unless ``--scheduler`` names a running one.
"""

from __future__ import annotations

import argparse
from typing import Any

import dask.dataframe as dd
from distributed import Client, LocalCluster

import factsift.dask


def main(argv: list[str] | None = None, client: Any = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a JSONL file (or glob) of {id, text}, or Parquet (*.parquet)")
    parser.add_argument("output", help="a folder to write the entities to as Parquet")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--types", help="comma list of entity types (default: all five)")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    args = parser.parse_args(argv)

    cluster = None
    if client is None:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
            client = Client(cluster)
    try:
        if args.input.endswith(".parquet"):
            texts = dd.read_parquet(args.input)
        else:
            texts = dd.read_json(args.input, lines=True, blocksize=2**24)
        types = args.types.split(",") if args.types else None
        entities = factsift.dask.extract_entities(
            texts, text_col=args.text_field, id_col=args.id_field, types=types
        )
        entities.to_parquet(args.output, write_index=False)
        written = dd.read_parquet(args.output)
        print(written.groupby("type").size().compute().sort_index().to_string())
    finally:
        if cluster is not None:
            client.close()
            cluster.close()


if __name__ == "__main__":
    main()

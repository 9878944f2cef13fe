"""Scaling and engines on the same 10,000 generated documents as bench_batch.py.

    make bench-engines
    # or: .venv/bin/python python/bench/bench_engines.py [--docs N] [--repeat R] [--cli PATH]

Prints medians of R runs (after one warm-up run each; what is compared runs in turn):
1. `factsift extract --jsonl --threads N` and `extract_many(threads=N)` for N = 1, 2: wall time,
   speed-up and efficiency (speed-up / N);
2. Spark local[2] and Dask (two worker processes, one thread each), JSONL in and Parquet out,
   against the CLI on two threads (JSONL in and out) on the same file: the throughput ratio,
   and the engines' overhead per document;
3. `to_arrow` and `to_pandas` against the former `to_pandas` (a Python loop over `to_dicts`)
   on the documents' entities.
Needs the extras (`make python-install` installs them) and Java for Spark.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from bench_batch import find_cli, make_documents

import factsift


def medians(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median wall seconds of each run: one warm-up run each, then ``repeat`` rounds in turn,
    so that load from elsewhere falls on all of them alike."""
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def former_to_pandas(docs: list[factsift.Document]) -> Any:
    """to_pandas as it was before to_arrow: a dict per entity, then a DataFrame."""
    import pandas as pd

    rows = []
    for i, doc in enumerate(docs):
        for row in doc.to_dicts():
            row["doc"] = i
            rows.append(row)
    return pd.DataFrame(rows)


def spark_run(
    jsonl: str, out: str, cli: Callable[[], object], repeat: int, part_bytes: int
) -> tuple[float, float, float]:
    """(session start seconds, median seconds of JSONL -> entities -> Parquet on local[2], and
    of ``cli``, run in turn)."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    import factsift.spark

    start = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.files.maxPartitionBytes", str(part_bytes))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - start

    def run() -> None:
        texts = spark.read.schema("id long, text string").json(jsonl)
        factsift.spark.extract_entities(texts).write.mode("overwrite").parquet(out)

    try:
        took = medians({"engine": run, "cli": cli}, repeat)
        return started, took["engine"], took["cli"]
    finally:
        spark.stop()


def dask_run(
    jsonl: str, out: str, cli: Callable[[], object], repeat: int, part_bytes: int
) -> tuple[float, float, float]:
    """(cluster start seconds, median seconds of JSONL -> entities -> Parquet on two workers,
    and of ``cli``, run in turn)."""
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import factsift.dask

    start = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster):
        started = time.perf_counter() - start

        def run() -> None:
            shutil.rmtree(out, ignore_errors=True)
            texts = dd.read_json(jsonl, lines=True, blocksize=part_bytes)
            factsift.dask.extract_entities(texts).to_parquet(out, write_index=False)

        took = medians({"engine": run, "cli": cli}, repeat)
        return started, took["engine"], took["cli"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cli", help="path to the factsift binary (default: target/release)")
    parser.add_argument("--skip-engines", action="store_true", help="no Spark or Dask runs")
    args = parser.parse_args()

    cli = find_cli(args.cli)
    if cli is None:
        sys.exit("no factsift binary: run `cargo build --release -p factsift-cli` or pass --cli")
    texts = make_documents(args.docs)
    size = sum(len(t.encode()) for t in texts)
    print(f"{len(texts)} documents, {size / 1e6:.2f} MB, {os.cpu_count()} cores, medians of {args.repeat}")
    work = Path(tempfile.mkdtemp(prefix="factsift-bench-"))
    jsonl = str(work / "docs.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")

    def run_cli(threads: int) -> None:
        with open(jsonl, "rb") as stdin:
            subprocess.run([str(cli), "extract", "--jsonl", "--threads", str(threads)], stdin=stdin,
                           stdout=subprocess.DEVNULL, check=True)

    ex = factsift.Extractor()
    try:
        print("\n1. threads")
        wall = medians({
            "cli 1": lambda: run_cli(1),
            "cli 2": lambda: run_cli(2),
            "python 1": lambda: ex.extract_many(texts, threads=1),
            "python 2": lambda: ex.extract_many(texts, threads=2),
        }, args.repeat)
        for name, label in (("cli", "factsift extract --jsonl"), ("python", "extract_many")):
            one, two = wall[f"{name} 1"], wall[f"{name} 2"]
            print(f"  {label:<26} 1 thread {one:.3f} s, 2 threads {two:.3f} s: "
                  f"speed-up {one / two:.2f}x, efficiency {one / two / 2:.0%}")

        if not args.skip_engines:
            print("\n2. engines (JSONL in, Parquet out) against the CLI on 2 threads (JSONL in and out)")
            part = max(size // 4, 1 << 20)  # about four partitions
            for name, engine in (("Spark local[2]", spark_run), ("Dask 2 workers", dask_run)):
                out = str(work / name.split()[0])
                started, took, cli2 = engine(jsonl, out, lambda: run_cli(2), args.repeat, part)
                overhead = (took - cli2) / len(texts) * 1e6
                print(f"  {name:<15} {took:.3f} s against the CLI's {cli2:.3f} s (start-up "
                      f"{started:.1f} s, not counted): engine time / CLI time = "
                      f"{took / cli2:.2f}, overhead {overhead:.0f} µs/document")

        print("\n3. tables")
        docs = ex.extract_many(texts)
        entities = sum(len(d) for d in docs)
        tables = medians({
            "to_arrow": lambda: factsift.to_arrow(docs),
            "to_pandas": lambda: factsift.to_pandas(docs),
            "former": lambda: former_to_pandas(docs),
        }, args.repeat)
        arrow, pandas, former = tables["to_arrow"], tables["to_pandas"], tables["former"]
        print(f"  {entities} entities: to_arrow {arrow:.3f} s, to_pandas {pandas:.3f} s, "
              f"former to_pandas {former:.3f} s; to_arrow is {former / arrow:.1f}x and "
              f"to_pandas {former / pandas:.1f}x faster than the former to_pandas")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

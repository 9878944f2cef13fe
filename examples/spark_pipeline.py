"""Entities of a corpus with Apache Spark: JSONL or Parquet of {id, text} in, Parquet out.

    pip install factsift[spark]          # or, from a checkout: `make python-install`
    python examples/spark_pipeline.py examples/news_sample.jsonl entities.parquet

The output has one row per entity with the columns of ``factsift.COLUMNS``; amounts are
strings of their exact digits (cast them to decimal(38, 9) to add them up, as below). Runs on
a local Spark with two cores unless ``--master`` says otherwise (Spark needs Java 17 or newer).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import factsift.spark


def main(argv: list[str] | None = None, spark: Any = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a JSONL file (or folder) of {id, text}, or Parquet (*.parquet)")
    parser.add_argument("output", help="where to write the entities as Parquet")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--types", help="comma list of entity types (default: all five)")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    args = parser.parse_args(argv)

    own = spark is None
    if own:
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = SparkSession.builder.master(args.master).appName("factsift").getOrCreate()
    try:
        read = spark.read.parquet if args.input.endswith(".parquet") else spark.read.json
        texts = read(args.input)
        types = args.types.split(",") if args.types else None
        entities = factsift.spark.extract_entities(
            texts, text_col=args.text_field, id_col=args.id_field, types=types
        )
        entities.write.mode("overwrite").parquet(args.output)

        # A summary from the written file: entities per type and currency, and money totals.
        from pyspark.sql import functions as F

        amounts = F.col("amount").cast("decimal(38,9)")
        summary = spark.read.parquet(args.output).groupBy("type", "currency")
        summary.agg(F.count("*").alias("entities"), F.sum(amounts).alias("money")).orderBy(
            "type", "currency"
        ).show(truncate=False)
    finally:
        if own:
            spark.stop()


if __name__ == "__main__":
    main()

"""factsift.spark on a real local Spark (two cores), against extract_many on the same texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ENGINE_TEXTS, EXAMPLES, entity_rows, example, needs, table_rows

import factsift


def texts_frame(spark: Any) -> Any:
    rows = [(f"doc-{i}", t) for i, t in enumerate(ENGINE_TEXTS)]
    # A local list becomes two partitions (the default parallelism of local[2]).
    return spark.createDataFrame(rows, "id string, text string")


def expected(extractor: factsift.Extractor) -> list[tuple[Any, ...]]:
    docs = extractor.extract_many([t or "" for t in ENGINE_TEXTS])
    return entity_rows(docs, [f"doc-{i}" for i in range(len(ENGINE_TEXTS))])


def test_extract_entities_equals_extract_many(spark: Any) -> None:
    import factsift.spark as fs

    entities = fs.extract_entities(texts_frame(spark))
    assert entities.columns == list(factsift.COLUMNS)
    assert dict(entities.dtypes)["id"] == "string" and dict(entities.dtypes)["start"] == "bigint"
    got = table_rows(r.asDict() for r in entities.collect())
    assert len(got) > 60 and got == expected(factsift.Extractor())


def test_entities_column(spark: Any) -> None:
    import factsift.spark as fs

    # An extractor's options travel to the workers (here: "$" is CAD).
    ex = factsift.Extractor(types=["money", "percentage"], dollar_currency="CAD")
    df = texts_frame(spark).withColumn("entities", fs.entities_column("text", extractor=ex))
    rows = df.collect()
    assert len(rows) == len(ENGINE_TEXTS)
    for row in rows:
        if row.text is None:
            assert row.entities is None
            continue
        doc = ex.extract(row.text)
        assert [(e.type, e.text, e.start, e.end) for e in row.entities] == [
            (e.type, e.text, e.start, e.end) for e in doc
        ]
        money = [(e.amount, e.currency) for e in row.entities if e.type == "money"]
        assert money == [(str(m.amount), m.currency) for m in doc.money]
    currencies = {e.currency for row in rows for e in row.entities or [] if e.type == "money"}
    assert currencies == {"CAD", "EUR"}


def test_spark_example_pipeline(spark: Any, tmp_path: Path) -> None:
    needs("pandas", "spark")
    out = tmp_path / "entities.parquet"
    example("spark_pipeline").main([str(EXAMPLES / "news_sample.jsonl"), str(out)], spark=spark)
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.num_rows > 0
    assert set(table.column_names) == set(factsift.COLUMNS)

"""factsift.dask on a real Dask cluster (two worker processes), against extract_many."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ENGINE_TEXTS, EXAMPLES, entity_rows, example, table_rows

import factsift


def test_extract_entities_equals_extract_many(dask_client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

    import factsift.dask as fd

    ids = list(range(100, 100 + len(ENGINE_TEXTS)))
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "text": ENGINE_TEXTS}), npartitions=3)
    entities = fd.extract_entities(ddf)
    assert list(entities.columns) == list(factsift.COLUMNS)
    got = entities.compute()
    # The declared meta is what the workers return.
    assert dict(got.dtypes) == dict(entities.dtypes)
    docs = factsift.extract_many([t or "" for t in ENGINE_TEXTS])
    rows = table_rows(pa.Table.from_pandas(got, preserve_index=False).to_pylist())
    assert len(rows) > 60 and rows == entity_rows(docs, ids)


def test_extract_bag_keeps_order(dask_client: Any) -> None:
    import dask.bag as db

    import factsift.dask as fd

    texts = [t for t in ENGINE_TEXTS if t]
    docs = fd.extract_bag(db.from_sequence(texts, npartitions=4), types=["money"]).compute()
    assert docs == factsift.Extractor(types="money").extract_many(texts)


def test_dask_example_pipeline(dask_client: Any, tmp_path: Path) -> None:
    out = tmp_path / "entities"
    example("dask_pipeline").main([str(EXAMPLES / "news_sample.jsonl"), str(out)], client=dask_client)
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.num_rows > 0
    assert set(factsift.COLUMNS) <= set(table.column_names)

"""factsift on Apache Spark: entities of a DataFrame of texts, computed on the executors.

Needs ``pip install factsift[spark]`` (pyspark 4.1 or newer, pyarrow) on the driver and on
every executor's Python.

- :func:`extract_entities` turns a DataFrame of texts into a DataFrame of entities, one row per
  entity with :data:`factsift.COLUMNS` (``mapInArrow`` over ``extract_many``, one Arrow batch at
  a time);
- :func:`entities_column` is a column expression: the entities of a text column as
  ``array<struct<...>>``, for ``withColumn``.

Each Python worker builds the extractor once and keeps it for every task it runs. Within a task
extraction runs on ``threads`` threads (default 1: Spark already runs one task per core). A
null text has no entities. Amounts are strings of their exact digits; cast them to
``decimal(38, 9)`` for arithmetic (exact for every amount below 10^29 with at most nine
decimal places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from ._native import Extractor
from ._tables import COLUMNS, arrow_schema, to_arrow
from ._workers import extractor_blob, worker_extractor

try:
    import pyarrow as pa
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.functions import arrow_udf
    from pyspark.sql.pandas.types import from_arrow_type
    from pyspark.sql.types import ArrayType, StructField, StructType
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(
        "factsift.spark needs pyspark and pyarrow; install them with "
        "`pip install factsift[spark]`"
    ) from err

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame

__all__ = ["entities_column", "entity_struct", "extract_entities"]


def entity_struct() -> StructType:
    """The Spark type of one entity: :data:`factsift.COLUMNS` without ``id``."""
    schema = arrow_schema()
    fields = [
        StructField(name, from_arrow_type(schema.field(name).type), schema.field(name).nullable)
        for name in COLUMNS[1:]
    ]
    return StructType(fields)


def extract_entities(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    types: str | Iterable[str] | None = None,
    *,
    extractor: Extractor | None = None,
    threads: int = 1,
) -> DataFrame:
    """One row per entity of the texts in ``df[text_col]``: ``id`` (from ``df[id_col]``, with
    its type) and the other columns of :data:`factsift.COLUMNS`.

    ``types`` chooses the entity types (default all five), or ``extractor`` gives an
    :class:`~factsift.Extractor` with any options. The result equals ``extract_many`` on the
    same texts; rows come in partition order, a document's entities in text order.

    >>> entities = extract_entities(spark.read.json("news.jsonl"))  # doctest: +SKIP
    >>> entities.write.parquet("entities.parquet")  # doctest: +SKIP
    """
    blob = extractor_blob(types, extractor)
    id_field = df.schema[id_col]
    schema = StructType([StructField("id", id_field.dataType, True), *entity_struct().fields])

    def extract(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        worker = worker_extractor(blob)
        for batch in batches:
            texts = batch.column(1).fill_null("").to_pylist()
            docs = worker.extract_many(texts, threads=threads)
            yield from to_arrow(docs, ids=batch.column(0)).to_batches()

    return df.select(F.col(id_col), F.col(text_col)).mapInArrow(extract, schema)


def entities_column(
    text: Column | str,
    types: str | Iterable[str] | None = None,
    *,
    extractor: Extractor | None = None,
    threads: int = 1,
) -> Column:
    """The entities of each text as ``array<struct<type, text, start, ...>>`` (the fields of
    :func:`entity_struct`), for ``df.withColumn("entities", entities_column("text"))``; null
    for a null text.
    """
    blob = extractor_blob(types, extractor)
    element = entity_struct()
    fields = [pa.field(f.name, arrow_schema().field(f.name).type) for f in element.fields]

    def extract(texts: pa.Array) -> pa.Array:
        docs = worker_extractor(blob).extract_many(
            texts.fill_null("").to_pylist(), threads=threads
        )
        table = to_arrow(docs)
        columns = [table.column(f.name).combine_chunks() for f in fields]
        entities = pa.StructArray.from_arrays(columns, fields=fields)
        offsets = [0]
        for doc in docs:
            offsets.append(offsets[-1] + len(doc))
        return pa.ListArray.from_arrays(
            pa.array(offsets, pa.int32()), entities, mask=texts.is_null()
        )

    # The kind of UDF (array to array) is read from extract's type hints.
    udf = arrow_udf(extract, ArrayType(element))  # type: ignore[call-overload]
    column: Column = udf(F.col(text) if isinstance(text, str) else text)
    return column

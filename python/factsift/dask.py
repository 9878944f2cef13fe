"""factsift on Dask: entities of a Dask DataFrame or Bag of texts, computed on the workers.

Needs ``pip install factsift[dask]`` (dask[dataframe], distributed, pyarrow).

- :func:`extract_entities` turns a DataFrame of texts into a DataFrame of entities, one row per
  entity with :data:`factsift.COLUMNS` (``map_partitions`` over ``extract_many``, with the
  output ``meta`` declared);
- :func:`extract_bag` turns a Bag of texts into a Bag of :class:`~factsift.Document`, in order.

Each worker process builds the extractor once and keeps it for every task it runs. Within a task
extraction runs on ``threads`` threads (default 1: give Dask one worker thread per core). The
entity columns are pyarrow-backed (``pandas.ArrowDtype``); amounts are strings of their exact
digits. A missing text has no entities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ._native import Document, Extractor
from ._tables import to_arrow
from ._workers import extractor_blob, worker_extractor

try:
    import dask.bag
    import dask.dataframe
    import pandas as pd
    import pyarrow as pa
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(
        "factsift.dask needs dask[dataframe] and pyarrow; install them with "
        "`pip install factsift[dask]`"
    ) from err

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.dataframe import DataFrame

__all__ = ["extract_bag", "extract_entities"]


def _entities(
    pdf: pd.DataFrame, text_col: str, id_col: str, blob: bytes, threads: int
) -> pd.DataFrame:
    """The entity rows of one partition."""
    texts = [t if isinstance(t, str) else "" for t in pdf[text_col].tolist()]
    docs = worker_extractor(blob).extract_many(texts, threads=threads)
    ids = pa.Array.from_pandas(pdf[id_col])
    return to_arrow(docs, ids=ids).to_pandas(types_mapper=pd.ArrowDtype)


def extract_entities(
    ddf: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    types: str | Iterable[str] | None = None,
    *,
    extractor: Extractor | None = None,
    threads: int = 1,
) -> DataFrame:
    """One row per entity of the texts in ``ddf[text_col]``: ``id`` (from ``ddf[id_col]``) and
    the other columns of :data:`factsift.COLUMNS`.

    ``types`` chooses the entity types (default all five), or ``extractor`` gives an
    :class:`~factsift.Extractor` with any options. The result equals ``extract_many`` on the
    same texts; rows come in partition order, a document's entities in text order.

    >>> texts = dask.dataframe.read_json("news.jsonl", lines=True)  # doctest: +SKIP
    >>> entities = extract_entities(texts)  # doctest: +SKIP
    >>> entities.to_parquet("entities/")  # doctest: +SKIP
    """
    blob = extractor_blob(types, extractor)
    texts = ddf[[id_col, text_col]]
    meta = _entities(texts._meta, text_col, id_col, blob, threads)
    return texts.map_partitions(
        _entities, text_col, id_col, blob, threads, meta=meta, clear_divisions=True
    )


def _documents(texts: Iterable[str], blob: bytes, threads: int) -> list[Document]:
    return worker_extractor(blob).extract_many(texts, threads=threads)


def extract_bag(
    texts: Bag,
    types: str | Iterable[str] | None = None,
    *,
    extractor: Extractor | None = None,
    threads: int = 1,
) -> Bag:
    """A Bag of :class:`~factsift.Document`, one per text of ``texts``, in the same order.

    >>> docs = extract_bag(dask.bag.read_text("articles/*.txt"))  # doctest: +SKIP
    """
    blob = extractor_blob(types, extractor)
    return texts.map_partitions(_documents, blob, threads)

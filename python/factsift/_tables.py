"""Entities as tables: :func:`to_arrow` (built from buffers the Rust side fills) and
:func:`to_pandas` (through Arrow).

The columns are those of the CLI's JSONL, one row per entity, with ``id`` first. The place kind
and the percentage kind, both called ``kind`` in the JSONL, are two columns here
(``place_kind``, ``percentage_kind``) so that a column holds one vocabulary. Amounts
(``amount``, ``value``, ``min``, ``max``) are strings of their exact decimal digits in Arrow
(no ``decimal128`` scale holds every amount: both 38 integer digits and 26 decimal places
occur) and ``decimal.Decimal`` objects in pandas.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterable

from ._native import Document, _columns, _entity_columns

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: The columns of :func:`to_arrow` and :func:`to_pandas`, in order (the native module's list).
COLUMNS: tuple[str, ...] = tuple(name for name, _, _ in _columns())

#: The columns holding exact decimal numbers (strings in Arrow, ``Decimal`` in pandas).
DECIMAL_COLUMNS = ("amount", "value", "min", "max")


def _pyarrow(caller: str) -> Any:
    try:
        import pyarrow
    except ImportError as err:
        raise ImportError(
            f"factsift.{caller}() needs pyarrow, which is not installed; "
            "install it with `pip install pyarrow` (or `pip install factsift[arrow]`)"
        ) from err
    return pyarrow


def arrow_schema(id_type: pyarrow.DataType | None = None) -> pyarrow.Schema:
    """The schema of :func:`to_arrow`'s tables, with ``id`` of type ``id_type`` (default int64).

    Every column but ``id``, ``type``, ``text``, the offsets and ``confidence`` may be null.
    """
    pa = _pyarrow("arrow_schema")
    fields = []
    for name, arrow_type, nullable in _columns():
        field_type = (id_type or pa.int64()) if name == "id" else pa.type_for_alias(arrow_type)
        fields.append(pa.field(name, field_type, nullable=nullable))
    return pa.schema(fields)


def _documents(docs: Document | Iterable[Document], caller: str) -> list[Document]:
    if isinstance(docs, Document):
        return [docs]
    docs = list(docs)
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"{caller}() takes Documents, got {type(doc).__name__} at position {i}")
    return docs


def _ids(pa: Any, ids: Any, count: int) -> Any:
    """The ids as a pyarrow Array of ``count`` values."""
    if isinstance(ids, pa.ChunkedArray):
        ids = ids.combine_chunks()
    elif not isinstance(ids, pa.Array):
        try:
            ids = pa.array(ids if hasattr(ids, "__len__") else list(ids))
        except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
            raise TypeError(f"ids must all have one Arrow type: {err}") from err
    if len(ids) != count:
        raise ValueError(f"ids has {len(ids)} values for {count} documents")
    return ids


def to_arrow(
    docs: Document | Iterable[Document], ids: Iterable[Any] | None = None
) -> pyarrow.Table:
    """One row per entity of ``docs`` (one Document or an iterable of them) as a pyarrow Table.

    Columns are :data:`COLUMNS` (see :func:`arrow_schema`). ``id`` is ``ids[i]`` for the
    entities of ``docs[i]``, or ``i`` when ``ids`` is None; ``ids`` is any sequence (a list, a
    pandas Series, a pyarrow Array) with one value per document. Needs pyarrow.

    The columns are filled in Rust from the entities' own data, in one pass.
    """
    pa = _pyarrow("to_arrow")
    docs = _documents(docs, "to_arrow")
    id_values = None if ids is None else _ids(pa, ids, len(docs))
    schema = arrow_schema(None if id_values is None else id_values.type)
    batches = []
    for rows, columns in _entity_columns(docs):
        arrays = {}
        for name, nulls, buffers in columns:
            field = pa.int64() if name == "id" else schema.field(name).type
            wrapped = [None if b is None else pa.py_buffer(b) for b in buffers]
            arrays[name] = pa.Array.from_buffers(field, rows, wrapped, null_count=nulls)
        if id_values is not None:  # the native id column holds each entity's document position
            arrays["id"] = id_values.take(arrays["id"])
        batches.append(pa.RecordBatch.from_arrays([arrays[n] for n in COLUMNS], schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def to_pandas(
    docs: Document | Iterable[Document], ids: Iterable[Any] | None = None
) -> pandas.DataFrame:
    """One row per entity of ``docs`` as a pandas DataFrame: :func:`to_arrow`'s columns, with
    exact ``decimal.Decimal`` objects in ``amount``, ``value``, ``min`` and ``max``.

    Needs pandas and pyarrow, which factsift itself does not require.
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(
            "factsift.to_pandas() needs pandas, which is not installed; "
            "install it with `pip install pandas` (or `pip install factsift[pandas]`)"
        ) from err
    _pyarrow("to_pandas")
    table = to_arrow(_documents(docs, "to_pandas"), ids)
    df = table.to_pandas()
    for name in DECIMAL_COLUMNS:
        values = table.column(name).to_pylist()
        df[name] = pd.Series(
            [None if v is None else Decimal(v) for v in values], index=df.index, dtype=object
        )
    return df

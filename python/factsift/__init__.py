"""factsift: people, places, organizations, money and percentages in English news text.

The work is done by a Rust core (the native module ``factsift._native``); this package
re-exports it and adds a few conveniences: tables (:func:`to_arrow`, :func:`to_pandas`), and
pipelines for Spark (:mod:`factsift.spark`) and Dask (:mod:`factsift.dask`).

>>> import factsift
>>> doc = factsift.extract("Grain exports climbed to $41 billion, a gain of 66%.")
>>> [(e.type, e.text) for e in doc]  # doctest: +SKIP
[('money', '$41 billion'), ('percentage', '66%')]

Every entity's ``start``/``end`` are Python string indices, so ``doc.text[e.start:e.end] ==
e.text`` for any text; money amounts and percentage values are exact ``decimal.Decimal``.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any, Iterable, Mapping, Union

from ._native import (
    LABELS,
    Document,
    Extractor,
    Money,
    Organization,
    Percentage,
    Person,
    Place,
    __version__,
    _train,
)
from ._tables import COLUMNS, DECIMAL_COLUMNS, arrow_schema, to_arrow, to_pandas

__all__ = [
    "COLUMNS",
    "DECIMAL_COLUMNS",
    "LABELS",
    "Document",
    "Entity",
    "Extractor",
    "Money",
    "Organization",
    "Percentage",
    "Person",
    "Place",
    "__version__",
    "arrow_schema",
    "default_extractor",
    "extract",
    "extract_many",
    "to_arrow",
    "to_pandas",
    "train",
]

Entity = Union[Person, Place, Organization, Money, Percentage]
"""Any of the five entity classes."""


@functools.lru_cache(maxsize=None)
def default_extractor() -> Extractor:
    """The extractor with default options (all five types, "$" = USD), built on first use."""
    return Extractor()


def extract(text: str) -> Document:
    """Finds the entities in ``text`` with the default extractor.

    Raises TypeError if ``text`` is not a str and ValueError if it holds a lone surrogate.
    """
    return default_extractor().extract(text)


def extract_many(texts: Iterable[str], threads: int | None = None) -> list[Document]:
    """Extracts from many texts in parallel with the default extractor, in input order.

    See :meth:`Extractor.extract_many`.
    """
    return default_extractor().extract_many(texts, threads=threads)


_PathLike = Union[str, "os.PathLike[str]"]


def _gold_records(gold: _PathLike | Iterable[_PathLike | Mapping[str, Any]]) -> list[Any]:
    """The documents of ``gold``: gold JSONL files read line by line, and records as given."""
    items = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    records: list[Any] = []
    for item in items:
        if isinstance(item, Mapping):
            records.append(item)
            continue
        with open(item, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except ValueError as err:
                        raise ValueError(f"{os.fspath(item)}: line {number}: {err}") from err
    return records


def train(
    gold: _PathLike | Iterable[_PathLike | Mapping[str, Any]] = (),
    out: _PathLike | None = None,
    *,
    conll: Iterable[_PathLike] = (),
    types: Iterable[str] | None = None,
    from_scratch: bool = False,
    epochs: int = 12,
    seed: int = 20030531,
) -> str | bytes:
    """Trains a names model (people, places, organizations) as ``factsift train`` does.

    Args:
        gold: gold JSONL files (``{"id", "text", "gold": [{"start", "end", "type"}]}`` per
            line, code-point offsets), or records of that form as dicts, or a mix.
        out: where to write the model; None to return its bytes instead.
        conll: CoNLL-2003 files to train on as well.
        types: the name types the gold documents annotate (default: all three); tokens outside
            their spans teach nothing about the other types.
        from_scratch: train on the given data alone instead of adapting the built-in model.
        epochs, seed: passes over the data, and the shuffling seed (same data and options,
            same model).

    Returns:
        ``out`` as a str when given, else the model's bytes; pass either to
        ``Extractor(model=...)``.

    Raises:
        ValueError: a bad record or type, a malformed file; OSError: a file cannot be read.
    """
    docs = []
    for record in _gold_records(gold):
        try:
            spans = [(int(g["start"]), int(g["end"]), str(g["type"])) for g in record["gold"]]
            docs.append((record["text"], spans))
        except (KeyError, TypeError) as err:
            raise ValueError(f"a gold record needs text and gold start/end/type: {err!r}") from err
    annotated = ["person", "place", "organization"] if types is None else list(types)
    conll_files = [os.fspath(c) for c in conll]
    model = _train(docs, conll_files, annotated, from_scratch, epochs, seed)
    if out is None:
        return model
    with open(out, "wb") as file:
        file.write(model)
    return os.fspath(out)

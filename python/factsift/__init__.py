"""factsift: people, places, organizations, money and percentages in English news text.

The work is done by a Rust core (the native module ``factsift._native``); this package
re-exports it and adds a few conveniences: tables (:func:`to_arrow`, :func:`to_pandas`), and
pipelines for Spark (:mod:`factsift.spark`) and Dask (:mod:`factsift.dask`).

>>> import factsift
>>> doc = factsift.extract("Bilateral trade reached a record $41 billion, up 66% year-on-year.")
>>> [(e.type, e.text) for e in doc]  # doctest: +SKIP
[('money', '$41 billion'), ('percentage', '66%')]

Every entity's ``start``/``end`` are Python string indices, so ``doc.text[e.start:e.end] ==
e.text`` for any text; money amounts and percentage values are exact ``decimal.Decimal``.
"""

from __future__ import annotations

import functools
from typing import Iterable, Union

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

"""factsift: people, places, organizations, money and percentages in English news text.

The work is done by a Rust core (the native module ``factsift._native``); this package
re-exports it and adds a few conveniences.

>>> import factsift
>>> doc = factsift.extract("Bilateral trade reached a record $41 billion, up 66% year-on-year.")
>>> [(e.label, e.text) for e in doc]  # doctest: +SKIP
[('money', '$41 billion'), ('percentage', '66%')]

Every entity's ``start``/``end`` are Python string indices, so ``doc.text[e.start:e.end] ==
e.text`` for any text; money amounts and percentage values are exact ``decimal.Decimal``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Iterable, Union

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

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
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
    "default_extractor",
    "extract",
    "extract_many",
    "to_pandas",
]

Entity = Union[Person, Place, Organization, Money, Percentage]
"""Any of the five entity classes."""

#: The columns of :func:`to_pandas`, in order: the document's position, the shared fields, then
#: every typed field of any entity class (None where a class lacks it).
COLUMNS = (
    "doc",
    "label",
    "text",
    "start",
    "end",
    "confidence",
    "name",
    "title",
    "canonical",
    "acronym",
    "kind",
    "country",
    "amount",
    "currency",
    "value",
    "qualifier",
    "min",
    "max",
)


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


def to_pandas(docs: Document | Iterable[Document]) -> pandas.DataFrame:
    """One row per entity of ``docs`` (one Document or an iterable of them) as a DataFrame.

    Columns are :data:`COLUMNS`: ``doc`` is the document's position in ``docs``; amounts and
    values stay exact ``decimal.Decimal`` objects. Needs pandas, which factsift itself does
    not require.
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(
            "factsift.to_pandas() needs pandas, which is not installed; "
            "install it with `pip install pandas` (or `pip install factsift[pandas]`)"
        ) from err
    if isinstance(docs, Document):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(
                f"to_pandas() takes Documents, got {type(doc).__name__} at position {i}"
            )
        for row in doc.to_dicts():
            row["doc"] = i
            rows.append(row)
    return pd.DataFrame(rows, columns=list(COLUMNS))

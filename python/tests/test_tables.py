"""to_dicts and to_pandas."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

import factsift

TEXTS = [
    "Grain exports rose 14% to $1.2 billion.",
    "No figures today.",
    "Operators expect 3.5% growth and €700 million of orders.",
]


def test_to_dicts() -> None:
    doc = factsift.extract(TEXTS[0])
    dicts = doc.to_dicts()
    assert dicts == [e.to_dict() for e in doc]
    assert [d["label"] for d in dicts] == ["percentage", "money"]
    assert dicts[1]["amount"] == Decimal("1200000000") and dicts[1]["currency"] == "USD"
    assert all(doc.text[d["start"] : d["end"]] == d["text"] for d in dicts)


def test_to_pandas_one_row_per_entity() -> None:
    pytest.importorskip("pandas")
    docs = factsift.extract_many(TEXTS)
    df = factsift.to_pandas(docs)
    assert list(df.columns) == list(factsift.COLUMNS)
    assert len(df) == sum(len(d) for d in docs)
    assert list(df["doc"]) == [i for i, d in enumerate(docs) for _ in d]
    assert list(df["text"]) == [e.text for d in docs for e in d]
    money = df[df["label"] == "money"]
    assert list(money["amount"]) == [Decimal("1200000000"), Decimal("700000000")]
    assert all(type(a) is Decimal for a in money["amount"])
    assert list(money["currency"]) == ["USD", "EUR"]
    # One document on its own works too; no documents give an empty frame with the columns.
    assert len(factsift.to_pandas(docs[0])) == len(docs[0])
    empty = factsift.to_pandas([])
    assert len(empty) == 0 and list(empty.columns) == list(factsift.COLUMNS)
    with pytest.raises(TypeError, match="takes Documents"):
        factsift.to_pandas(["text"])  # type: ignore[list-item]


def test_to_pandas_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="pip install pandas"):
        factsift.to_pandas(factsift.extract_many(TEXTS))

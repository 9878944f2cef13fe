"""to_dicts, to_arrow and to_pandas."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any

import pytest

import factsift
from factsift import Document, Money, Percentage, Place

TEXTS = [
    "Grain exports rose 14% to $1.2 billion, Finance Minister Aigerim Bekova told Halyk Bank.",
    "No figures today.",
    "Operators in Шымкент 📦 expect 3.5% growth and €700 million of orders.",
    "Spreads narrowed 25 basis points; Astana paid between $5 million and $7 million.",
]


def expected_row(doc: Document, e: factsift.Entity, id_: Any) -> dict[str, Any]:
    """The row to_arrow must give for ``e``, worked out here from the entity objects in Python."""
    d = e.to_dict()
    kind = d.pop("kind", None)
    row: dict[str, Any] = dict.fromkeys(factsift.COLUMNS)
    row.update(d)
    row["id"] = id_
    row["place_kind" if isinstance(e, Place) else "percentage_kind"] = kind
    row["byte_start"] = len(doc.text[: e.start].encode())
    row["byte_end"] = len(doc.text[: e.end].encode())
    for name in factsift.DECIMAL_COLUMNS:
        if row[name] is not None:
            row[name] = str(row[name])
    return row


def test_to_dicts() -> None:
    doc = factsift.extract(TEXTS[0])
    dicts = doc.to_dicts()
    assert dicts == [e.to_dict() for e in doc]
    assert [d["type"] for d in dicts][:2] == ["percentage", "money"]
    assert dicts[1]["amount"] == Decimal("1200000000") and dicts[1]["currency"] == "USD"
    assert all(doc.text[d["start"] : d["end"]] == d["text"] for d in dicts)


def test_to_arrow_rows_are_the_entities() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (factsift[arrow])")
    docs = factsift.extract_many(TEXTS)
    table = factsift.to_arrow(docs)
    assert table.schema == factsift.arrow_schema()
    assert table.column_names == list(factsift.COLUMNS)
    expected = [expected_row(doc, e, i) for i, doc in enumerate(docs) for e in doc]
    assert len(expected) >= 10  # every type, Unicode offsets, a range and basis points
    assert table.to_pylist() == expected
    assert {"person", "place", "organization", "money", "percentage"} == set(
        table.column("type").to_pylist()
    )
    assert table.column("place_kind").drop_null().to_pylist()
    assert table.column("min").drop_null().to_pylist() == ["5000000"]
    for row in table.to_pylist():
        text = docs[row["id"]].text.encode()
        assert text[row["byte_start"] : row["byte_end"]].decode() == row["text"]
    # A batch with one document, and no documents at all, keep the schema.
    assert factsift.to_arrow(docs[0]).num_rows == len(docs[0])
    empty = factsift.to_arrow([])
    assert empty.num_rows == 0 and empty.schema == factsift.arrow_schema()
    assert isinstance(empty, pa.Table)


def test_to_arrow_keeps_the_callers_ids() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (factsift[arrow])")
    docs = factsift.extract_many(TEXTS)
    names = [f"article-{i}" for i in range(len(docs))]
    table = factsift.to_arrow(iter(docs), ids=names)
    assert table.column("id").to_pylist() == [names[i] for i, d in enumerate(docs) for _ in d]
    assert table.schema.field("id").type == pa.string()
    numbers = pa.array([10, 20, 30, 40], pa.int32())
    assert factsift.to_arrow(docs, ids=numbers).column("id").to_pylist() == [
        [10, 20, 30, 40][i] for i, d in enumerate(docs) for _ in d
    ]
    with pytest.raises(ValueError, match="ids has 2 values for 4 documents"):
        factsift.to_arrow(docs, ids=["a", "b"])
    with pytest.raises(TypeError, match="one Arrow type"):
        factsift.to_arrow(docs, ids=["a", 1, "b", "c"])
    with pytest.raises(TypeError, match="takes Documents, got str at position 0"):
        factsift.to_arrow(["text"])  # type: ignore[list-item]


def test_amounts_stay_exact_where_no_decimal128_could() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (factsift[arrow])")
    docs = factsift.Extractor(types="money").extract_many(
        ["They owe $99,999,999,999,999,999,999,999,999 trillion.", "It cost $0.00000000000000000000000001."]
    )
    amounts = factsift.to_arrow(docs).column("amount").to_pylist()
    assert amounts == ["99999999999999999999999999000000000000", "0.00000000000000000000000001"]
    assert [Decimal(a) for a in amounts] == [d.money[0].amount for d in docs]
    # Why strings: a decimal128 column has one scale and at most 38 digits, and no scale holds
    # both of these amounts exactly.
    for scale in range(39):
        held = 0
        for a in amounts:
            try:
                back = pa.array([Decimal(a)], pa.decimal128(38, scale)).to_pylist()[0]
                held += back == Decimal(a)
            except (pa.ArrowInvalid, OverflowError):
                pass
        assert held < 2, scale


def test_to_arrow_of_documents_built_by_hand() -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (factsift[arrow])")
    doc = Document("é $5 and 7 bps", [Money("$5", 2, 4, 5, "USD"), Percentage("7 bps", 9, 14, 7, kind="basis_points")])
    rows = factsift.to_arrow(doc).to_pylist()
    assert [(r["byte_start"], r["byte_end"]) for r in rows] == [(3, 5), (10, 15)]
    assert rows == [expected_row(doc, e, 0) for e in doc]


def test_to_pandas_one_row_per_entity() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (factsift[arrow])")
    docs = factsift.extract_many(TEXTS)
    df = factsift.to_pandas(docs, ids=["a", "b", "c", "d"])
    assert list(df.columns) == list(factsift.COLUMNS)
    assert len(df) == sum(len(d) for d in docs)
    assert list(df["id"]) == ["abcd"[i] for i, d in enumerate(docs) for _ in d]
    assert list(df["text"]) == [e.text for d in docs for e in d]
    money = df[df["type"] == "money"]
    assert list(money["amount"]) == [
        Decimal("1200000000"),
        Decimal("700000000"),
        Decimal("5000000"),
    ]
    assert all(type(a) is Decimal for a in money["amount"])
    assert list(money["currency"]) == ["USD", "EUR", "USD"]
    assert set(df["place_kind"].dropna()) <= {"country", "city", "region", "natural"}
    assert set(df["percentage_kind"].dropna()) == {"percent", "basis_points"}
    # Without ids, a row's id is its document's position.
    assert list(factsift.to_pandas(docs)["id"]) == [i for i, d in enumerate(docs) for _ in d]
    assert len(factsift.to_pandas(docs[0])) == len(docs[0])
    empty = factsift.to_pandas([])
    assert len(empty) == 0 and list(empty.columns) == list(factsift.COLUMNS)
    with pytest.raises(TypeError, match="takes Documents"):
        factsift.to_pandas(["text"])  # type: ignore[list-item]


@pytest.mark.parametrize(("missing", "call"), [("pandas", "to_pandas"), ("pyarrow", "to_pandas"), ("pyarrow", "to_arrow")])
def test_without_the_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, missing: str, call: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # makes `import <missing>` fail
    with pytest.raises(ImportError, match=f"pip install {missing}"):
        getattr(factsift, call)(factsift.extract_many(TEXTS))

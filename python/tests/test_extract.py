"""Extraction from one text: offsets, typed values, options and errors."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import assert_offsets

import factsift
from factsift import Money, Percentage

# Text before the facts that makes byte, UTF-16 and code-point offsets all differ.
PREFIXES = [
    "",
    "🚀🇰🇿 ",  # astral-plane emoji and a flag (two code points)
    "Экспорт вырос. ",  # Cyrillic
    "出口大幅增长。",  # CJK, no spaces
    "Cafe\u0301 owners 👩\u200d💻 said: ",  # combining accent, ZWJ sequence
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ",  # mathematical letters outside the BMP
]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_offsets_are_python_string_indices(numbers: factsift.Extractor, prefix: str) -> None:
    text = f"{prefix}The port upgrade will cost €24 bn 🙂, and rail freight rose 66% — 🎉 again."
    doc = numbers.extract(text)
    assert [(e.type, e.text) for e in doc] == [("money", "€24 bn"), ("percentage", "66%")]
    assert_offsets(doc)
    money, pct = doc
    assert money.start == text.index("€24 bn")
    assert money.end == money.start + len("€24 bn")
    assert pct.start == text.index("66%")


def test_offsets_hold_for_every_entity_in_mixed_script_text() -> None:
    text = (
        "В Алматы 🏔️ compañía Ferrocarril signed a ¥3.2 billion deal; 東京 investors "
        "expect 7.5% growth, said Aigerim Bekova 😀 of the Caspian Freight Union in Aktau."
    )
    doc = factsift.extract(text)
    assert len(doc) >= 2
    assert_offsets(doc)


def test_money_amount_is_exact_decimal(numbers: factsift.Extractor) -> None:
    doc = numbers.extract("The ministry set aside $30.05 billion and 50 cents per ticket.")
    amounts = [m.amount for m in doc.money]
    assert all(type(a) is Decimal for a in amounts)
    assert amounts[0] == Decimal("30050000000")
    assert str(amounts[0]) == "30050000000"  # exact digits, no exponent, no float rounding
    assert doc.money[0].currency == "USD"


def test_money_fields(numbers: factsift.Extractor) -> None:
    doc = numbers.extract("Turnover reached nearly $5-10 million, up from 1.5 trillion tenge.")
    first, second = doc.money
    assert first.text == "$5-10 million"
    assert first.qualifier == "approximately"
    assert (first.min, first.max) == (Decimal("5000000"), Decimal("10000000"))
    assert first.amount == first.min
    assert second.text == "1.5 trillion tenge"
    assert (second.amount, second.currency) == (Decimal("1500000000000"), "KZT")
    assert second.qualifier is None and second.min is None and second.max is None


def test_percentage_fields(numbers: factsift.Extractor) -> None:
    doc = numbers.extract("Margins grew 15.5% while the rate fell 2 percentage points.")
    plain, points = doc.percentages
    assert (plain.text, plain.value, plain.kind) == ("15.5%", Decimal("15.5"), "percent")
    assert points.kind == "percentage_points"
    assert points.value == Decimal("2")
    assert str(plain.value) == "15.5"


def test_dollar_currency_option() -> None:
    ex = factsift.Extractor(types="money", dollar_currency="CAD")
    assert ex.dollar_currency == "CAD"
    assert [m.currency for m in ex.extract("It cost $5 million.").money] == ["CAD"]


def test_currency_default_option() -> None:
    ex = factsift.Extractor(types="money", currency_default={"rupee": "INR", "¥": "CNY"})
    assert ex.currency_default == {"rupee": "INR", "¥": "CNY"}
    doc = ex.extract("It cost Rs 20, or 500 rupees, or ¥30, or $2.")
    assert [m.currency for m in doc.money] == ["INR", "INR", "CNY", "USD"]
    with pytest.raises(ValueError, match="dinero"):
        factsift.Extractor(currency_default={"dinero": "EUR"})
    with pytest.raises(ValueError, match="XYZ"):
        factsift.Extractor(currency_default={"rupee": "XYZ"})


def test_types_option_limits_labels() -> None:
    text = "Anna Petrova of Kazakh Rail said fares in Astana rose 12% to $4."
    ex = factsift.Extractor(types=["percentage"])
    assert ex.types == ("percentage",)
    assert [e.type for e in ex.extract(text)] == ["percentage"]
    # Plurals and common aliases, in any order; duplicates are harmless.
    ex = factsift.Extractor(types=("money", "percent", "Money"))
    assert ex.types == ("money", "percentage")
    assert factsift.Extractor().types == factsift.LABELS


def test_entity_classes_match_labels() -> None:
    doc = factsift.extract(
        "Prime Minister Olzhas Bektenov met executives of Samruk-Kazyna in Astana on "
        "Tuesday; the fund plans to invest $2 billion, about 3% of its assets."
    )
    classes = {
        "person": factsift.Person,
        "place": factsift.Place,
        "organization": factsift.Organization,
        "money": Money,
        "percentage": Percentage,
    }
    for e in doc:
        assert isinstance(e, classes[e.type])
        assert 0.0 <= e.confidence <= 1.0
    assert doc.people == [e for e in doc if e.type == "person"]
    assert doc.places == [e for e in doc if e.type == "place"]
    assert doc.organizations == [e for e in doc if e.type == "organization"]
    assert doc.money == [e for e in doc if e.type == "money"]
    assert doc.percentages == [e for e in doc if e.type == "percentage"]


def test_name_fields_are_typed() -> None:
    doc = factsift.extract(
        "President Kassym-Jomart Tokayev welcomed Chinese leader Xi Jinping to Astana. "
        "Tokayev said the Shanghai Cooperation Organisation (SCO) would meet in Almaty."
    )
    assert_offsets(doc)
    for p in doc.people:
        assert isinstance(p.name, str) and isinstance(p.canonical, str)
        assert p.title is None or isinstance(p.title, str)
        assert "President" not in p.text
    for pl in doc.places:
        assert pl.kind in (None, "country", "city", "region", "natural")
        assert pl.country is None or (len(pl.country) == 2 and pl.country.isupper())
    for o in doc.organizations:
        assert o.acronym is None or isinstance(o.acronym, str)
    assert doc.people, "the names tagger found no person"


def test_document_sequence_protocol(numbers: factsift.Extractor) -> None:
    text = "Sales rose 4% to €3 million."
    doc = numbers.extract(text)
    assert doc.text == text
    assert len(doc) == 2 and bool(doc)
    assert doc[0] == doc.entities[0] and doc[-1] == doc.entities[1]
    assert doc[0:1] == doc.entities[0:1]
    assert list(doc) == list(doc.entities)
    assert "Document(" in repr(doc) and "entities=2" in repr(doc)
    empty = numbers.extract("Nothing to see here.")
    assert len(empty) == 0 and not empty and list(empty) == []


def test_module_level_extract_uses_a_cached_default() -> None:
    assert factsift.default_extractor() is factsift.default_extractor()
    text = "Output rose 9% to $12 billion."
    assert factsift.extract(text) == factsift.Extractor().extract(text)


def test_names_option_adds_the_users_own_names() -> None:
    text = "Steppe Labs and the Qazaq Green Fund hired Zhanel Omarova."
    ex = factsift.Extractor(
        names={"organization": ["Qazaq Green Fund", "Steppe Labs"], "person": "Zhanel Omarova"}
    )
    assert ex.names == {
        "person": ("Zhanel Omarova",),
        "organization": ("Qazaq Green Fund", "Steppe Labs"),
    }
    doc = ex.extract(text)
    assert [o.text for o in doc.organizations] == ["Steppe Labs", "Qazaq Green Fund"]
    assert [p.text for p in doc.people] == ["Zhanel Omarova"]
    assert "names={" in repr(ex)
    assert factsift.Extractor().names == {}
    with pytest.raises(ValueError, match="only person, place and organization"):
        factsift.Extractor(names={"money": ["$5"]})
    with pytest.raises(ValueError, match="unknown entity type"):
        factsift.Extractor(names={"company": ["Steppe Labs"]})
    with pytest.raises(TypeError, match="names must be a dict"):
        factsift.Extractor(names=["Steppe Labs"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="each name must be a str"):
        factsift.Extractor(names={"person": [1]})  # type: ignore[list-item]


@pytest.mark.parametrize("bad", [b"bytes are not text", None, 42, ["a list"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        factsift.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"types": ["monye"]}, r"unknown entity type .monye. \(expected one of"),
        ({"types": []}, "no entity type"),
        ({"types": "nothing"}, "unknown entity type"),
        ({"dollar_currency": "XYZ"}, "XYZ"),
        ({"dollar_currency": "usd!"}, "usd!"),
    ],
)
def test_bad_options_are_value_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factsift.Extractor(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs", [{"types": 5}, {"types": ["money", 5]}, {"dollar_currency": 5}]
)
def test_options_of_the_wrong_type_are_type_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        factsift.Extractor(**kwargs)  # type: ignore[arg-type]


def test_lone_surrogate_is_a_clear_value_error() -> None:
    text = "Costs hit $5 \ud83d million"  # half of an emoji's UTF-16 pair
    with pytest.raises(ValueError, match=r"lone surrogate at index 13") as info:
        factsift.extract(text)
    assert isinstance(info.value.__cause__, UnicodeEncodeError)
    # The same text, properly decoded, works.
    fixed = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert_offsets(factsift.extract(fixed))

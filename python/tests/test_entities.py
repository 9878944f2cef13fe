"""The entity classes: frozen values with eq/hash/repr/to_dict/match_args and exact decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

import factsift
from factsift import Money, Organization, Percentage, Person, Place


def sample_entities() -> list[factsift.Entity]:
    return [
        Person("Aigerim Bekova", 4, 18, "Aigerim Bekova", title="Minister", confidence=0.75),
        Place("Aktau", 0, 5, "Aktau", kind="city", country="KZ"),
        Organization("SCO", 10, 13, "SCO", acronym="SCO", canonical="Shanghai Cooperation Organisation"),
        Money("$5-7 bn", 2, 9, "5000000000", "USD", "more_than", min=Decimal("5e9"), max=7000000000),
        Percentage("15.5%", 0, 5, Decimal("15.50")),
    ]


@pytest.mark.parametrize("entity", sample_entities(), ids=lambda e: e.type)
def test_entities_are_frozen(entity: factsift.Entity) -> None:
    with pytest.raises(AttributeError):
        entity.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        entity.start = 0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        entity.new_attribute = 1  # type: ignore[union-attr]


@pytest.mark.parametrize("entity", sample_entities(), ids=lambda e: e.type)
def test_eq_hash_and_repr(entity: factsift.Entity) -> None:
    twin = sample_entities()[[e.type for e in sample_entities()].index(entity.type)]
    assert entity == twin and not (entity != twin)
    assert hash(entity) == hash(twin)
    assert len({entity, twin}) == 1
    assert entity != "not an entity"
    # repr is the constructor call that rebuilds an equal entity.
    namespace = {cls.__name__: cls for cls in (Money, Organization, Percentage, Person, Place)}
    assert eval(repr(entity), {"Decimal": Decimal, **namespace}) == entity
    assert repr(entity).startswith(type(entity).__name__ + "(text=")


def test_equality_looks_at_every_field() -> None:
    base = Money("$5", 0, 2, 5, "USD")
    assert base != Money("$5", 0, 2, 5, "CAD")
    assert base != Money("$5", 1, 3, 5, "USD")
    assert base != Money("$5", 0, 2, 5, "USD", confidence=0.5)
    assert base != Money("$5", 0, 2, 5, "USD", qualifier="at_least")
    assert base == Money("$5", 0, 2, Decimal("5.000"), "USD")
    assert Percentage("5%", 0, 2, 5) != Percentage("5%", 0, 2, 5, kind="basis_points")
    assert Person("Li", 0, 2, "Li") != Place("Li", 0, 2, "Li")


def test_type_and_to_dict() -> None:
    money = sample_entities()[3]
    assert money.type == "money"
    assert money.label == money.type  # the older name stays as an alias
    assert money.to_dict() == {
        "type": "money",
        "text": "$5-7 bn",
        "start": 2,
        "end": 9,
        "amount": Decimal("5000000000"),
        "currency": "USD",
        "qualifier": "more_than",
        "min": Decimal("5000000000"),
        "max": Decimal("7000000000"),
        "confidence": 1.0,
    }
    assert [e.type for e in sample_entities()] == list(factsift.LABELS)
    place = sample_entities()[1].to_dict()
    assert list(place) == ["type", "text", "start", "end", "name", "canonical", "kind", "country", "confidence"]
    person = sample_entities()[0]
    assert isinstance(person, Person)
    assert person.confidence == 0.75 and person.canonical == "Aigerim Bekova"


def test_match_args() -> None:
    assert Money.__match_args__ == ("amount", "currency", "qualifier", "min", "max")
    assert Percentage.__match_args__ == ("value", "kind", "qualifier", "min", "max")
    assert Person.__match_args__ == ("name", "title", "canonical")
    assert Place.__match_args__ == ("name", "canonical", "kind", "country")
    assert Organization.__match_args__ == ("name", "acronym", "canonical")


def test_decimals_are_exact_both_ways() -> None:
    m = Money("€0.1", 0, 4, "0.1", "EUR", min=Decimal("1.10E-1"), max="0.30")
    assert m.amount == Decimal("0.1") and str(m.amount) == "0.1"
    assert str(m.min) == "0.11" and str(m.max) == "0.3"
    huge = Money("$1", 0, 2, "123456789012345678901234567.89")
    assert str(huge.amount) == "123456789012345678901234567.89"
    with pytest.raises(TypeError, match="floats are inexact"):
        Money("$1", 0, 2, 0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money("$1", 0, 2, True)
    bad_values: list[Decimal | str] = ["1e5x", "", "1,000", Decimal("NaN"), Decimal("Infinity")]
    for bad in bad_values:
        with pytest.raises(ValueError):
            Money("$1", 0, 2, bad)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Money("$5", 0, 3, 5), "do not fit text"),
        (lambda: Money("$5", 3, 2, 5), "do not fit text"),
        (lambda: Money("$5", 0, 2, 5, "usd"), "three capital letters"),
        (lambda: Money("$5", 0, 2, 5, qualifier="roughly"), "qualifier must be one of"),
        (lambda: Percentage("5%", 0, 2, 5, kind="points"), "'percentage_points'"),
        (lambda: Place("Aktau", 0, 5, "Aktau", kind="town"), "kind must be one of"),
        (lambda: Person("Li", 0, 2, "Li", confidence=1.5), "between 0 and 1"),
    ],
)
def test_constructor_checks(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_document_constructor_checks_entities() -> None:
    text = "Aktau port: $5 bn"
    money = Money("$5 bn", 12, 17, 5000000000, "USD")
    place = Place("Aktau", 0, 5, "Aktau")
    doc = factsift.Document(text, [place, money])
    assert doc.entities == (place, money) and doc.places == [place]
    assert factsift.Document(text).entities == ()
    with pytest.raises(ValueError, match="does not match"):
        factsift.Document("Other text, longer one", [money])
    with pytest.raises(ValueError, match="text order"):
        factsift.Document(text, [money, place])
    with pytest.raises(TypeError, match="not str"):
        factsift.Document(text, ["$5 bn"])  # type: ignore[list-item]

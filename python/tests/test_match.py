"""Structural pattern matching on entities (Python 3.10+)."""

from __future__ import annotations

from decimal import Decimal

import factsift
from factsift import Money, Percentage, Place


def describe(entity: factsift.Entity) -> str:
    match entity:
        case Money(amount, "EUR"):
            return f"{amount} euros"
        case Money(amount, currency=None):
            return f"{amount} of an unknown currency"
        case Money(amount, currency, qualifier="approximately"):
            return f"about {amount} {currency}"
        case Percentage(value, "percentage_points"):
            return f"{value} points"
        case Percentage(value):
            return f"{value}%"
        case Place(name, kind="city"):
            return f"the city of {name}"
        case _:
            return "something else"


def test_positional_and_keyword_patterns() -> None:
    assert describe(Money("€24 bn", 0, 6, 24000000000, "EUR")) == "24000000000 euros"
    assert describe(Money("5 units", 0, 7, 5)) == "5 of an unknown currency"
    assert describe(Money("$5", 0, 2, 5, "USD", "approximately")) == "about 5 USD"
    assert describe(Percentage("2 points", 0, 8, 2, "percentage_points")) == "2 points"
    assert describe(Percentage("15.5%", 0, 5, Decimal("15.5"))) == "15.5%"
    assert describe(Place("Aktau", 0, 5, "Aktau", kind="city")) == "the city of Aktau"
    assert describe(Money("$5", 0, 2, 5, "USD")) == "something else"


def test_matching_extracted_entities() -> None:
    doc = factsift.extract("The fund put €3 billion into rail, 40% of its budget.")
    assert [describe(e) for e in doc] == ["3000000000 euros", "40%"]

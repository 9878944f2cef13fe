"""Shared fixtures for the factsift Python tests."""

from __future__ import annotations

import sys

import pytest

import factsift

# `match` statements need Python 3.10.
collect_ignore = ["test_match.py"] if sys.version_info < (3, 10) else []


@pytest.fixture(scope="session")
def numbers() -> factsift.Extractor:
    """An extractor for money and percentages only (the grammar-based, exact types)."""
    return factsift.Extractor(types=["money", "percentage"])


def assert_offsets(doc: factsift.Document) -> None:
    """Every entity's start/end slice the document's text back to the entity's text."""
    for e in doc:
        assert doc.text[e.start : e.end] == e.text, e

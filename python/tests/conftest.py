"""Shared fixtures for the factsift Python tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import factsift

# The repository's checkout, and the measuring data that sits beside it on the project's machines
# and in CI (`../shared`), never in a clone from a forge.
REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
# Under FACTSIFT_REQUIRE_SHARED=1 (.ci/run sets it) a missing shared file fails the test.
REQUIRE_SHARED = "FACTSIFT_REQUIRE_SHARED"

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


def shared_required() -> bool:
    """True when the shared measuring data must be there (FACTSIFT_REQUIRE_SHARED=1, as in CI)."""
    return os.environ.get(REQUIRE_SHARED) == "1"


def shared_data(relative: str, root: Path = SHARED_DATA) -> Path:
    """The path of ``relative`` (e.g. ``"news/sample_gold.jsonl"``) in ``../shared/data``.

    When it is not there the calling test is skipped with the reason (pytest ``-rs`` lists it),
    or fails when FACTSIFT_REQUIRE_SHARED=1: the same rule as the Rust tests'
    ``factsift_dev::shared_data``.
    """
    path = root / relative
    if path.exists():
        return path
    if shared_required():
        pytest.fail(f"{path} is missing and {REQUIRE_SHARED}=1 requires it "
                    "(the shared data must sit beside the repository)")
    # The skip is raised here, so pytest -rs would point at this line: name the test.
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
    pytest.skip(f"{test}: {path} is not beside the repository (set {REQUIRE_SHARED}=1 to require it)")

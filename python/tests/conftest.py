"""Shared fixtures for the factsift Python tests."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Iterator

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


def needs(module: str, extra: str) -> None:
    """Skips the calling test, saying which extra to install, when ``module`` is missing."""
    pytest.importorskip(module, reason=f"{module} is not installed (pip install factsift[{extra}])")


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session with two cores for the whole test session (starting one costs
    seconds). Spark's Python workers run this interpreter, so they import this factsift."""
    needs("pyspark", "spark")
    needs("pyarrow", "spark")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("factsift-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.adaptive.enabled", "false")
        # Small jobs: the JVM's quick compiler only, and one GC thread (two cores in all).
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A Dask cluster of two worker processes (one thread each) for the whole test session."""
    needs("dask.dataframe", "dask")
    needs("distributed", "dask")
    needs("pyarrow", "dask")
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, Client(cluster) as client:
        yield client


#: The typed fields compared, named as in the JSONL (whose ``kind`` is two table columns).
TYPED = (
    "amount", "currency", "value", "kind", "min", "max", "qualifier",
    "name", "canonical", "title", "country", "acronym",
)


def entity_rows(docs: list[factsift.Document], ids: list[Any]) -> list[tuple[Any, ...]]:
    """The entities of ``docs`` as sortable rows (id, start, end, type, text, typed values)."""
    rows = []
    for id_, doc in zip(ids, docs):
        for e in doc:
            d = e.to_dict()
            typed = tuple(str(d.get(k)) for k in TYPED)
            rows.append((id_, e.start, e.end, e.type, e.text, *typed))
    return sorted(rows)


def table_rows(records: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows of a pipeline's output (dicts with factsift.COLUMNS) in :func:`entity_rows`' form."""
    rows = []
    for r in records:
        kind = r["place_kind"] if r["type"] == "place" else r["percentage_kind"]
        typed = tuple(str(kind if k == "kind" else r[k]) for k in TYPED)
        rows.append((r["id"], r["start"], r["end"], r["type"], r["text"], *typed))
    return sorted(rows)


#: Texts for the engine tests: every type, Unicode, a range, and a missing text.
ENGINE_TEXTS: list[str | None] = [
    "Finance Minister Aigerim Bekova said Halyk Bank lent $1.2 billion in Astana, up 14%.",
    "No figures today.",
    None,
    "Operators in Шымкент 📦 expect 3.5% growth and between €5 million and €7 million of orders.",
    "Spreads narrowed 25 basis points after Kazakh Rail raised about $300 million.",
] * 8


EXAMPLES = REPO / "examples"


def example(name: str) -> ModuleType:
    """The script examples/NAME.py, imported as a module (its main() not run)."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

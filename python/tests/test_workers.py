"""What the Spark and Dask pipelines share, without an engine."""

from __future__ import annotations

import pickle

import pytest

import factsift
from factsift._workers import extractor_blob, worker_extractor


def test_each_worker_builds_the_extractor_once() -> None:
    blob = extractor_blob(["money"], None)
    first = worker_extractor(blob)
    assert worker_extractor(blob) is first
    assert first == factsift.Extractor(types="money")


def test_an_extractor_travels_with_its_options() -> None:
    ex = factsift.Extractor(types="money", dollar_currency="CAD")
    assert worker_extractor(extractor_blob(None, ex)) == ex
    with pytest.raises(ValueError, match="either types or extractor"):
        extractor_blob(["money"], ex)
    with pytest.raises(TypeError, match="expected a pickled Extractor"):
        worker_extractor(pickle.dumps("not one"))

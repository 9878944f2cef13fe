"""Pickling: extractors travel to worker processes by their options; results come back."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import factsift

TEXTS = [
    "Freight volumes rose 12% to 1.5 trillion tenge.",
    "Investors pledged about $2.5 billion 🚆 to the corridor.",
    "Nothing here.",
    "Tariffs fell 50 basis points, saving €40 million.",
]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_extractor_round_trip(protocol: int) -> None:
    ex = factsift.Extractor(types=["percentage", "money"], dollar_currency="AUD")
    clone = pickle.loads(pickle.dumps(ex, protocol=protocol))
    assert isinstance(clone, factsift.Extractor) and clone is not ex
    assert clone == ex and hash(clone) == hash(ex)
    assert (clone.types, clone.dollar_currency) == (("money", "percentage"), "AUD")
    assert clone.extract_many(TEXTS) == ex.extract_many(TEXTS)
    assert repr(clone) == "Extractor(types=['money', 'percentage'], dollar_currency='AUD')"
    assert factsift.Extractor() != ex


def test_extractor_with_currency_defaults_round_trip() -> None:
    ex = factsift.Extractor(types="money", currency_default={"rupee": "INR"})
    clone = pickle.loads(pickle.dumps(ex))
    assert clone == ex and hash(clone) == hash(ex)
    assert clone.currency_default == {"rupee": "INR"}
    assert repr(clone).endswith("currency_default={'rupee': 'INR'})")
    assert factsift.Extractor(types="money") != ex


def test_extractor_with_names_round_trip() -> None:
    ex = factsift.Extractor(names={"organization": ["Steppe Labs"], "place": ["Zhetysu"]})
    clone = pickle.loads(pickle.dumps(ex))
    assert clone == ex and hash(clone) == hash(ex)
    assert clone.names == {"place": ("Zhetysu",), "organization": ("Steppe Labs",)}
    text = "Steppe Labs opened an office in Zhetysu."
    assert clone.extract(text) == ex.extract(text)
    assert ex != factsift.Extractor(names={"organization": ["Steppe Labs"]})


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_documents_and_entities_round_trip(protocol: int) -> None:
    for doc in factsift.extract_many(TEXTS):
        clone = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert clone == doc and clone.text == doc.text
        assert list(clone) == list(doc)
        for e in doc:
            assert pickle.loads(pickle.dumps(e, protocol=protocol)) == e
    doc = factsift.extract(TEXTS[1])
    assert copy.deepcopy(doc) == doc and copy.copy(doc.money[0]) == doc.money[0]


def extract_in_worker(extractor: factsift.Extractor, text: str) -> factsift.Document:
    return extractor.extract(text)


def test_extractor_travels_to_spawned_processes() -> None:
    ex = factsift.Extractor(types=["money", "percentage"], dollar_currency="CAD")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        results = list(pool.map(extract_in_worker, [ex] * len(TEXTS), TEXTS))
    assert results == ex.extract_many(TEXTS)
    assert any(len(doc) for doc in results)

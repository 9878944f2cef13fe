"""factsift.train and Extractor(model=...): the bundled own-domain example (invented
loan-agreement excerpts in examples/own_domain), damaged models, pickling."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import factsift

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "own_domain"
SIGNATURE = "GRANITE LEDGER BANK N.A.\nBy: /s/ Priya Venkataraman\nName: Priya Venkataraman"


def names_f1(extractor: factsift.Extractor, path: Path) -> float:
    """Micro F1 of the three name types on a gold JSONL file (exact spans and types)."""
    gold, found = set(), set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        gold |= {(n, g["start"], g["end"], g["type"]) for g in record["gold"]}
        doc = extractor.extract(record["text"])
        found |= {(n, e.start, e.end, e.label) for e in doc if e.label in ("person", "place", "organization")}
    tp = len(gold & found)
    return 2 * tp / (len(gold) + len(found))


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("model") / "own.model"
    path = factsift.train(EXAMPLE / "train.jsonl", out, epochs=3)
    assert path == str(out)
    return path


def test_training_lifts_f1_on_the_held_out_documents(model_path: str) -> None:
    before = names_f1(factsift.Extractor(types=["person", "place", "organization"]), EXAMPLE / "dev.jsonl")
    after = names_f1(factsift.Extractor(model=model_path), EXAMPLE / "dev.jsonl")
    # The built-in model already finds three of the five organizations ("... Bank N.A.": 0.75);
    # three epochs on the example take it to 0.84.
    assert after > before + 0.05, (before, after)


def test_bytes_and_records_give_the_same_model(model_path: str) -> None:
    records = [json.loads(line) for line in (EXAMPLE / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    model = factsift.train(records, epochs=3)
    assert isinstance(model, bytes)
    assert model == Path(model_path).read_bytes(), "seeded: the same data gives the same model"
    by_bytes = factsift.Extractor(model=model).extract(SIGNATURE)
    assert by_bytes == factsift.Extractor(model=model_path).extract(SIGNATURE)


def test_an_extractor_with_a_model_pickles(model_path: str) -> None:
    for model in (model_path, Path(model_path), Path(model_path).read_bytes()):
        ex = factsift.Extractor(types=["person", "organization"], model=model)
        clone = pickle.loads(pickle.dumps(ex))
        assert clone == ex and hash(clone) == hash(ex)
        assert clone.model == ex.model
        assert clone.extract(SIGNATURE) == ex.extract(SIGNATURE)
    assert factsift.Extractor(model=model_path) != factsift.Extractor()
    assert "model=" in repr(factsift.Extractor(model=model_path))


def test_damaged_or_foreign_models_raise(tmp_path: Path, model_path: str) -> None:
    good = Path(model_path).read_bytes()
    with pytest.raises(ValueError, match="not a factsift names model"):
        factsift.Extractor(model=good[:1000])
    foreign = bytearray(good)
    foreign[8] ^= 0xFF  # the feature-spec hash
    with pytest.raises(ValueError, match="other features"):
        factsift.Extractor(model=bytes(foreign))
    with pytest.raises(FileNotFoundError):
        factsift.Extractor(model=tmp_path / "missing.model")
    with pytest.raises(TypeError, match="model must be"):
        factsift.Extractor(model=3)  # type: ignore[arg-type]


def test_train_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not money"):
        factsift.train([{"text": "x", "gold": []}], types=["money"], epochs=1)
    with pytest.raises(ValueError, match="needs text"):
        factsift.train([{"gold": []}], epochs=1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "gold": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        factsift.train(bad, epochs=1)

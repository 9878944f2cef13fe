"""The conftest helper that tests needing the shared measuring data (../shared) go through."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REQUIRE_SHARED, shared_data


def test_a_present_file_is_returned(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    assert shared_data("news/gold.jsonl", root=tmp_path) == tmp_path / "news" / "gold.jsonl"


def test_a_missing_file_skips_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_SHARED, raising=False)
    # The reason names the test, since pytest -rs shows where the skip was raised: the helper.
    reason = "test_a_missing_file_skips_with_the_reason: .*gold.jsonl is not beside the repository"
    with pytest.raises(pytest.skip.Exception, match=reason):
        shared_data("news/gold.jsonl", root=tmp_path)


def test_a_missing_file_fails_when_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_SHARED, "1")
    with pytest.raises(pytest.fail.Exception, match="gold.jsonl is missing and FACTSIFT_REQUIRE_SHARED=1"):
        shared_data("news/gold.jsonl", root=tmp_path)

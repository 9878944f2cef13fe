"""What the Spark and Dask pipelines share: the extractor each worker process builds once."""

from __future__ import annotations

import functools
import pickle
from typing import Iterable

from ._native import Extractor


def extractor_blob(types: str | Iterable[str] | None, extractor: Extractor | None) -> bytes:
    """The pickled extractor a pipeline ships to its workers (built from ``types`` when no
    ``extractor`` is given)."""
    if extractor is not None and types is not None:
        raise ValueError("give either types or extractor, not both")
    return pickle.dumps(extractor if extractor is not None else Extractor(types=types))


@functools.lru_cache(maxsize=8)
def worker_extractor(blob: bytes) -> Extractor:
    """The extractor of ``blob``, built once per worker process and reused by every task."""
    extractor = pickle.loads(blob)
    if not isinstance(extractor, Extractor):
        raise TypeError(f"expected a pickled Extractor, got {type(extractor).__name__}")
    return extractor

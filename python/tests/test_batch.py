"""extract_many: input order, threads, any iterable, errors."""

from __future__ import annotations

import gc
import os
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest
from conftest import assert_offsets

import factsift


def make_texts(n: int) -> list[str]:
    """Varied texts (lengths, scripts, some with nothing to find) so that workers finish out of
    order and a misplaced result would show."""
    texts = []
    for i in range(n):
        pad = "Filler words without facts. " * (i % 7)
        texts.append(
            f"{pad}Report {i}: exports reached ${i + 1}.5 million 📦, up {i % 90 + 1}% "
            f"in Шымкент."
            if i % 5
            else ""
        )
    return texts


def test_results_are_in_input_order_and_match_extract() -> None:
    ex = factsift.Extractor()
    texts = make_texts(300)
    docs = ex.extract_many(texts)
    assert len(docs) == len(texts)
    for text, doc in zip(texts, docs):
        assert doc.text == text
        assert doc == ex.extract(text)
        assert_offsets(doc)
    # Each non-empty text has its own amount, so order mistakes cannot hide.
    assert [d.money[0].text for d in docs if d.text] == [
        f"${i + 1}.5 million" for i in range(300) if i % 5
    ]


@pytest.mark.parametrize("threads", [1, 2, 3, 64])
def test_threads_param_gives_the_same_results(threads: int) -> None:
    ex = factsift.Extractor(types=["money", "percentage"])
    texts = make_texts(101)
    assert ex.extract_many(texts, threads=threads) == [ex.extract(t) for t in texts]


def test_accepts_any_iterable_of_str() -> None:
    ex = factsift.Extractor(types="percentage")
    texts = make_texts(40)
    expected = ex.extract_many(texts)

    def gen() -> Iterator[str]:
        yield from texts

    assert ex.extract_many(gen()) == expected
    assert ex.extract_many(tuple(texts)) == expected
    assert ex.extract_many(map(str, texts)) == expected
    assert ex.extract_many(iter(texts), threads=2) == expected
    assert ex.extract_many({t: None for t in ["Up 5%.", "Down 2%."]}) == [
        ex.extract("Up 5%."),
        ex.extract("Down 2%."),
    ]
    assert ex.extract_many([]) == []
    assert factsift.extract_many(texts[:5]) == [factsift.extract(t) for t in texts[:5]]


def test_str_subclasses_are_accepted() -> None:
    class Headline(str):
        pass

    doc = factsift.Extractor(types="percentage").extract_many([Headline("Up 5%.")])[0]
    assert [e.text for e in doc] == ["5%"]


@pytest.mark.parametrize("threads", [0, -1, 2**63, 2**70, -(2**70)])
def test_threads_out_of_range_is_a_value_error(threads: int) -> None:
    with pytest.raises(ValueError, match="threads must be at least 1"):
        factsift.Extractor().extract_many(["a"], threads=threads)


def test_bad_inputs_are_type_errors() -> None:
    ex = factsift.Extractor()
    with pytest.raises(TypeError, match="not a single str"):
        ex.extract_many("one text")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        ex.extract_many(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, not bytes"):
        ex.extract_many(["fine", b"bytes"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="threads must be an int or None, not str"):
        ex.extract_many(["a"], threads="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not float"):
        ex.extract_many(["a"], threads=2.0)  # type: ignore[arg-type]


def test_lone_surrogate_names_the_text() -> None:
    with pytest.raises(ValueError, match=r"texts\[2\] contains a lone surrogate at index 3"):
        factsift.Extractor().extract_many(["ok", "fine", "bad\udc80 text"])


def test_errors_from_the_iterable_propagate() -> None:
    def broken() -> Iterator[str]:
        yield "Up 5%."
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError, match="source failed"):
        factsift.Extractor().extract_many(broken())


def test_one_extractor_serves_many_python_threads() -> None:
    ex = factsift.Extractor()
    texts = make_texts(60)
    expected = ex.extract_many(texts, threads=1)
    barrier = threading.Barrier(4)

    def work(_: int) -> list[factsift.Document]:
        barrier.wait()
        return ex.extract_many(texts, threads=2)

    with ThreadPoolExecutor(4) as pool:
        for result in pool.map(work, range(4)):
            assert result == expected


def test_garbage_collector_state_is_restored() -> None:
    ex = factsift.Extractor(types="percentage")
    assert gc.isenabled()
    ex.extract_many(["Up 5%."] * 50)
    assert gc.isenabled()
    gc.disable()
    try:
        ex.extract_many(["Up 5%."] * 50)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        ex.extract_many(["Up 5%.", 7])  # type: ignore[list-item]
    assert gc.isenabled()


def test_gil_is_released_while_extracting() -> None:
    """Another Python thread keeps running during the middle of a long batch."""
    ex = factsift.Extractor()
    texts = make_texts(400) * 5
    stop = threading.Event()
    ticks: list[float] = []

    def tick() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        time.sleep(0.01)
        start = time.perf_counter()
        ex.extract_many(texts, threads=1)
        end = time.perf_counter()
    finally:
        stop.set()
        ticker.join()
    quarter = (end - start) / 4
    assert any(start + quarter < t < end - quarter for t in ticks)


def test_ctrl_c_stops_a_long_batch() -> None:
    """A signal that arrives mid-batch stops it between chunks, as Ctrl-C does.

    The signal comes from the kernel (an interval timer), like Ctrl-C's SIGINT: a Python timer
    thread calling `_thread.interrupt_main` would first need the GIL, which the thread building
    the results holds most of the time once extraction outpaces it, so on a loaded machine it
    could fire only after the batch.
    """

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    ex = factsift.Extractor()
    texts = make_texts(400) * 60
    start = time.perf_counter()
    ex.extract_many(texts, threads=2)
    full = time.perf_counter() - start
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, full / 20)
        with pytest.raises(KeyboardInterrupt):
            ex.extract_many(texts, threads=2)
        stopped_after = time.perf_counter() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # Interrupted between chunks, not after the whole batch.
    assert stopped_after < full / 2


LIMITED = """
import os, resource, sys, warnings
import factsift

n, limit, cpus = int(sys.argv[1]), sys.argv[2], sys.argv[3]
if cpus == "one":
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
texts = [f"Up {i % 90}% to ${i} million." for i in range(n)]
ex = factsift.Extractor(types=["money", "percentage"])
expected = ex.extract_many(texts, threads=1)
status = open("/proc/self/status").read().split("VmSize:")[1]
in_use = int(status.split()[0]) * 1024
cap = in_use + int(limit[1:]) if limit.startswith("+") else int(limit)
resource.setrlimit(resource.RLIMIT_AS, (cap, resource.RLIM_INFINITY))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    docs = ex.extract_many(texts, threads=3000)
assert docs == expected, "results differ"
print("\\n".join(str(w.message) for w in caught))
"""


def run_limited(texts: int, limit: str, one_cpu: bool = False) -> str:
    """Runs extract_many(threads=3000) on ``texts`` texts in a child process (an address-space
    limit cannot be lifted again) under ``limit`` bytes of address space ("+N": N more than the
    child uses), on one CPU if ``one_cpu``; returns what it printed: the warnings."""
    # One malloc arena, so that memory use does not depend on how many threads malloc first.
    env = {**os.environ, "MALLOC_ARENA_MAX": "1"}
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, str(texts), limit, "one" if one_cpu else "all"],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "PanicException" not in result.stderr
    return result.stdout


MiB = 2**20


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_many_threads_under_a_memory_limit() -> None:
    # As reported: threads=3000 under 1.5 GB. At most four threads per core start, so all do.
    assert run_limited(2000, str(1536 * MiB)) == "\n"
    # Room for a few threads' stacks at most: the batch goes on with those that started. On one
    # CPU the thread starting the workers is often paused while they run; they must not finish
    # and end before the last has started, or their stacks would be reused and all would fit.
    limited = run_limited(300, f"+{70 * MiB}", one_cpu=True)
    assert re.search(r"started only \d+ of \d+ threads", limited)
    # Room for none: the batch runs on the calling thread.
    assert "started only 0 of" in run_limited(300, f"+{8 * MiB}")

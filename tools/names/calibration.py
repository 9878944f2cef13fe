#!/usr/bin/env python3
"""How well the names' confidence predicts that a name is right (span and type exact).

Runs `factsift extract --jsonl` (person, place, organization) over a gold JSONL file (the
format `factsift eval --gold` reads; `factsift eval --conll FILE --export OUT` writes one from
a CoNLL file) and prints, per confidence bin of width 0.1, how many names fall in it, their
mean confidence and the share that are right, then the expected calibration error (the
names-weighted mean gap between confidence and precision).

Usage:
    factsift eval --conll ../shared/data/conll2003/dev.txt --export /tmp/dev.jsonl
    python3 tools/names/calibration.py /tmp/dev.jsonl [--factsift PATH] [--model FILE]
"""
import argparse
import json
import subprocess


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSONL file")
    ap.add_argument("--factsift", default="factsift", help="the factsift binary")
    ap.add_argument("--model", help="a names model file (default: the built-in one)")
    args = ap.parse_args()
    cmd = [args.factsift, "extract", "--jsonl", "--quiet", "--types", "person,place,organization"]
    if args.model:
        cmd += ["--model", args.model]
    with open(args.gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    lines = "".join(json.dumps({"id": i, "text": d["text"]}) + "\n" for i, d in enumerate(docs))
    out = subprocess.run(cmd, input=lines.encode(), capture_output=True, check=True)
    bins = [[0, 0, 0.0] for _ in range(10)]  # names, right, sum of confidence
    for doc, line in zip(docs, out.stdout.decode().splitlines()):
        gold = {(g["start"], g["end"], g["type"]) for g in doc["gold"]}
        for e in json.loads(line)["entities"]:
            c = e.get("confidence", 1.0)
            b = bins[min(int(c * 10), 9)]
            b[0] += 1
            b[1] += (e["start"], e["end"], e["type"]) in gold
            b[2] += c
    total = sum(b[0] for b in bins)
    gap = 0.0
    for k, (n, right, conf) in enumerate(bins):
        if n:
            print(f"{k / 10:.1f}-{(k + 1) / 10:.1f}: {n:5d} names, mean confidence {conf / n:.2f}, right {right / n:.2f}")
            gap += abs(conf - right)
    print(f"expected calibration error {gap / max(total, 1):.3f} over {total} names")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Names on Reuters news no model and no rule was fitted to: k-fold cross-validation.

CoNLL-2003 dev has steered the resolution rules for many sessions and the shipped model has
learned CoNLL-2003 train by heart (99 F1 there), so neither says how the whole pipeline does on
unseen news of the same kind, which is what CoNLL-2003 test measures. This splits a CoNLL-2003
file (train) into `--folds` parts by document (document i goes to part i mod k), trains a
model from scratch on all parts but one (`factsift train --from-scratch`, its confidence
calibrated on `--dev`), scores the held-out part with that model and the current rules
(`factsift eval --model`), and sums the counts over the parts. Each part is text the model
scoring it never saw; the rules are the shipped ones, so a rule tuned on these errors is no
longer measured by them (use a different `--folds`, or keep the figure as a veto set).

Usage:
    python3 tools/names/crossval.py ../shared/data/conll2003/train.txt \
        --dev ../shared/data/conll2003/dev.txt [--folds 4] [--factsift PATH] [--keep DIR]

With `--keep DIR` the parts, the models and each part's `eval --errors` report stay in DIR,
and a later run with the same DIR and folds reuses the models if the same `factsift` build
trained them. `--reuse-models` reuses them whatever build trained them: to measure a change
of the rules alone, never one of the features, the lexicons or the training (a model trained
with other gazetteer phrases scores differently).
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

TYPES = ("person", "place", "organization", "micro (names)")
ROW = re.compile(r"^(person|place|organization|micro \(names\))\s+(\d+)\s+(\d+)\s+(\d+)\s")


def documents(path):
    """The file's documents, each the text from its `-DOCSTART-` line to the next one."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-") or not docs:
                docs.append([])
            docs[-1].append(line)
    return ["".join(d) for d in docs]


def split(docs, folds, k):
    """(training text, held-out text) of part `k`: document i is held out where i % folds == k."""
    train = "".join(d for i, d in enumerate(docs) if i % folds != k)
    held = "".join(d for i, d in enumerate(docs) if i % folds == k)
    return train, held


def run(cmd):
    """Runs `cmd` and returns its standard output; on failure, exits with its error output."""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        raise SystemExit(f"crossval: cannot run {cmd[0]}: {e}")
    if done.returncode != 0:
        raise SystemExit(f"crossval: {' '.join(cmd)} failed:\n{done.stderr.strip()}")
    return done.stdout


def binary_digest(name):
    """SHA-256 of the `factsift` binary `name` (a path, or a command found on PATH)."""
    path = shutil.which(name) or name
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def counts(report):
    """{type: [gold, predicted, right]} from the table `factsift eval` prints."""
    out = {}
    for line in report.splitlines():
        m = ROW.match(line)
        if m:
            out[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", help="CoNLL-2003 file to split (train)")
    ap.add_argument("--dev", required=True, help="file each part's model is calibrated on")
    ap.add_argument("--folds", type=int, default=4, help="parts (default 4)")
    ap.add_argument("--factsift", default="factsift", help="the factsift binary")
    ap.add_argument("--keep", help="directory for the parts, models and error reports")
    ap.add_argument("--reuse-models", action="store_true",
                    help="reuse the models kept in --keep whatever build trained them")
    args = ap.parse_args()
    if args.folds < 2:
        ap.error("--folds must be at least 2")
    work = args.keep or tempfile.mkdtemp(prefix="factsift-crossval-")
    os.makedirs(work, exist_ok=True)
    try:
        total = measure(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'type':16} {'gold':>6} {'pred':>6} {'right':>6} {'precision':>9} {'recall':>7} "
          f"{'F1':>6}")
    for t, (gold, pred, right) in total.items():
        p = right / pred if pred else 0.0
        r = right / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:16} {gold:6} {pred:6} {right:6} {100 * p:9.2f} {100 * r:7.2f} {100 * f1:6.2f}")


def measure(args, work):
    """{type: [gold, predicted, right]} summed over the parts, each part's files in `work`."""
    docs = documents(args.conll)
    total = {t: [0, 0, 0] for t in TYPES}
    # The build that trained the kept models: another build's are trained again.
    build = binary_digest(args.factsift)
    stamp = os.path.join(work, "trained-by.sha256")
    trained_by = open(stamp, encoding="utf-8").read().strip() if os.path.exists(stamp) else None
    retrain = trained_by != build and not args.reuse_models
    for k in range(args.folds):
        train, held = split(docs, args.folds, k)
        stem = os.path.join(work, f"{args.folds}-{k}")
        model = stem + ".model"
        for path, text in ((stem + ".train.txt", train), (stem + ".held.txt", held)):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        if retrain or not os.path.exists(model):
            run([args.factsift, "train", "--from-scratch", "--conll", stem + ".train.txt",
                 "--dev", args.dev, "--out", model])
        report = run([args.factsift, "eval", "--model", model, "--conll", stem + ".held.txt",
                      "--errors", "100000"])
        with open(stem + ".errors.txt", "w", encoding="utf-8") as f:
            f.write(report)
        for t, c in counts(report).items():
            total[t] = [a + b for a, b in zip(total[t], c)]
    if retrain:
        with open(stamp, "w", encoding="utf-8") as f:
            f.write(build + "\n")
    print(f"{args.conll}: {len(docs)} documents in {args.folds} parts, "
          f"each scored by a model trained on the others")
    return total


if __name__ == "__main__":
    main()

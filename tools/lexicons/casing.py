#!/usr/bin/env python3
"""How common each word is on the English web, and how often it is written with a capital.

Source: `spacy-lookups-data` 1.0.5 from PyPI (MIT license, (c) 2019 ExplosionAI GmbH), table
`en_lexeme_prob`: case-sensitive log-probabilities of about a million words on web text.
Usage:
    pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/dl
    python3 tools/lexicons/casing.py /tmp/dl/spacy_lookups_data-1.0.5-py2.py3-none-any.whl OUT.bin

Not embedded today: as word features of the names tagger (bucketed capitalized:lower-case odds,
alone and with the word's case class, and frequency; at the word, its neighbours, at sentence
starts and in all-caps sentences) the table gave no gain over seed noise on CoNLL-2003 dev,
WikiGold or sample_gold (issue 10, lever 1, 2026-11-29: the word clusters already carry most of
what it says). Kept for a second-stage tagger or a model that can use it.

Method: the spellings of a word are grouped by the crate's `norm_lower` form ("Falcon",
"falcon" and "FALCON" are one word); per word, the probabilities of its all-lower-case
spellings and of its spellings with a capital are summed. Words with no letter, and words whose
total log-probability is -18 or below (seen a handful of times), are left out: to a reader,
an absent word is a rare one.
Output (little-endian): b"FSCS", u32 version=1, u32 n_words, u32 header length, this header
(UTF-8), then n_words records sorted by key: u32 key (low 32 bits of FNV-1a 64 of the
`norm_lower` form), u8 frequency (round(10 * (total log-probability + 20)), 1..255), u8 case
odds (round(10 * ln(capitalized / lower-case)) + 128 clamped to 1..254; 0: never seen with a
capital, 255: never seen in lower case).
"""
import math
import struct
import sys

from lexicon_common import fnv1a32, lexeme_probs, norm_lower

MIN_LOGPROB = -18.0


def main():
    whl, out = sys.argv[1], sys.argv[2]
    lower, capital = {}, {}
    for word, logprob in lexeme_probs(whl).items():
        if not any(c.isalpha() for c in word):
            continue
        key = norm_lower(word)
        side = lower if word == word.lower() else capital
        side[key] = side.get(key, 0.0) + math.exp(logprob)
    records = {}
    by_frequency = sorted(set(lower) | set(capital), key=lambda w: -(lower.get(w, 0) + capital.get(w, 0)))
    for word in by_frequency:
        low, cap = lower.get(word, 0.0), capital.get(word, 0.0)
        total = math.log(low + cap)
        if total <= MIN_LOGPROB:
            continue
        freq = min(255, max(1, round(10 * (total + 20))))
        if cap == 0:
            odds = 0
        elif low == 0:
            odds = 255
        else:
            odds = min(254, max(1, round(10 * math.log(cap / low)) + 128))
        records.setdefault(fnv1a32(word), (freq, odds))  # on a key collision the commoner word
    header = __doc__.encode("utf-8")
    keys = sorted(records)
    with open(out, "wb") as f:
        f.write(b"FSCS")
        f.write(struct.pack("<III", 1, len(keys), len(header)))
        f.write(header)
        for k in keys:
            f.write(struct.pack("<IBB", k, *records[k]))
    print(f"{len(keys)} words -> {out}")


if __name__ == "__main__":
    main()

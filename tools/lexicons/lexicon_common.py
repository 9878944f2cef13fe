"""Helpers shared by the lexicon generators in this directory: the crate's word keys (so a
generated table is looked up with the crate's own hashing) and the readers of the source
packages more than one generator uses.
"""
import gzip
import json
import zipfile


def fnv1a32(word: str) -> int:
    """Low 32 bits of FNV-1a 64 of the word's UTF-8 bytes (the crate's `hash::fnv`)."""
    h = 0xCBF29CE484222325
    for b in word.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h & 0xFFFFFFFF


_NORM = {"`": "'", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
         "\u201e": '"', "\u2013": "-", "\u2014": "-"}


def norm_lower(word: str) -> str:
    """The crate's `norm_lower`: lower case, curly quotes and apostrophes made straight, dashes
    made hyphens, ASCII digits made `0`."""
    out = []
    for c in word:
        if "0" <= c <= "9":
            out.append("0")
        elif c in _NORM:
            out.append(_NORM[c])
        elif c.isupper():
            out.append(c.lower())
        else:
            out.append(c)
    return "".join(out)


def lexeme_probs(whl: str) -> dict:
    """`en_lexeme_prob` of the `spacy-lookups-data` wheel at `whl`: case-sensitive word ->
    log-probability on English web text."""
    with zipfile.ZipFile(whl) as z:
        return json.loads(gzip.decompress(z.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))

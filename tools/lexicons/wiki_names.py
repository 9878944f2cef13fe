#!/usr/bin/env python3
"""Organization and place names from Wikipedia for the name tagger's gazetteer phrases.

Sources (facts, each under its own license):
  * GROBID (kermitt2/grobid, commit b8d6bec302189e29a6c358ea513f8be834004a86,
    `grobid-home/lexicon/`, Apache-2.0): `WikiOrganizations.lst`, `WikiOrganizationsRedirects.lst`
    and `WikiLocations.lst` (the Illinois NER gazetteers of Ratinov & Roth 2009, names taken
    from Wikipedia categories and redirects), `government.government_agency` and
    `education.university` (Freebase types), `known_corporations.lst`.
  * `spacy-lookups-data` 1.0.5 (MIT, (c) 2019 ExplosionAI GmbH), `en_lexeme_prob`: to drop
    one-word entries that are ordinary lower-case words ("Time", "Who", "Yes") and names with
    a word too rare on the English web (log-probability -18 or below in every spelling).
Usage:
    pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/dl
    python3 tools/lexicons/wiki_names.py DIR_WITH_THE_GROBID_LISTS \
        /tmp/dl/spacy_lookups_data-1.0.5-py2.py3-none-any.whl crates/factsift/data

Filtering: the lists' HTML entities are decoded ("AT&amp;T" -> "AT&T"); category pages, lists
and "X of Y" topic titles ("Economy of Algeria") go;
parenthesized and comma-separated qualifiers are cut ("Dalton, Missouri" -> "Dalton",
"Sprang (Netherlands)" -> "Sprang"); a name must start with a capital or digit, hold two to 60
characters and at most eight words, and a name with a lower-case word other than a short
function word ("of", "and", "for", "the", "de"...) goes. A word is looked up without its
possessive "'s" and by the parts an "&" joins ("Lloyd's Register", "Marks & Spencer"), but a
one-word name without "&" must be known whole ("Blair's" goes). A one-word name is kept only
when the word is written with a capital more often than without. Lower-cased university names
are kept only when they have two or more words, and are title-cased.
Output: `wiki_orgs.txt` (organizations) and `wiki_places.txt` (places): a header of `#`
lines, then one name a line, sorted.
"""
import html
import re
import sys

from lexicon_common import lexeme_probs

FUNCTION_WORDS = {"of", "and", "for", "the", "de", "du", "des", "la", "le", "da", "do", "dos",
                  "del", "der", "den", "di", "on", "in", "at", "upon", "am", "an", "y", "e", "&",
                  "und", "van", "von", "al", "el", "to", "by"}
TOPICS = re.compile(r"^(Economy|History|Geography|Politics|Demographics|Culture|Transport|"
                    r"Transportation|Communications|Telecommunications|Foreign relations|Military|"
                    r"Flag|Coat of arms|Administrative divisions|Outline|Index|Education|Tourism|"
                    r"Religion|Sport|Sports|Music|Media|Government|Climate|Timeline|Wildlife|"
                    r"Languages?|People|Architecture|Cuisine|Subdivisions|Districts|Regions|"
                    r"Provinces|Municipalities|Cities|Towns|Villages|Districts) (of|in) ")
MIN_LOGPROB = -18.0
LOWER_SMALL = {"university", "college", "institute", "school", "academy"}


def clean(name: str):
    name = html.unescape(name).strip().lstrip("\ufeff")
    if not name or name.startswith(("Category:", "List of", "Lists of", "Template:", "Portal:")):
        return None
    name = re.sub(r"\s*\(.*$", "", name)
    name = name.split(", ")[0].strip()
    if TOPICS.match(name) or "_" in name or "+" in name or "\t" in name:
        return None
    words = name.split()
    if not (2 <= len(name) <= 60) or not words or len(words) > 8:
        return None
    if not (name[0].isupper() or name[0].isdigit()):
        return None
    if any(w[0].islower() and w not in FUNCTION_WORDS for w in words):
        return None
    return name


def main():
    grobid, whl, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    probs = lexeme_probs(whl)

    def capitalized_usually(word):
        low = probs.get(word.lower())
        cap = probs.get(word)
        return low is None or (cap is not None and cap > low)

    entries = {}

    def known_alone(word):
        return word in FUNCTION_WORDS or max(probs.get(word, -99), probs.get(word.lower(), -99),
                                             probs.get(word.capitalize(), -99)) > MIN_LOGPROB

    def known(word):
        # "Lloyd's Register", "AT&T": the web's counts split off the possessive and the "&".
        stem = re.sub(r"['\u2019]s$", "", word)
        return all(known_alone(part) for part in stem.split("&") if part)

    def add(raw, cat):
        name = clean(raw)
        if name is None or not all(known(w) for w in name.split()):
            return
        # One word the web's counts lack whole is as often a person's or a pub's ("Blair's").
        if " " not in name and "&" not in name and not known_alone(name):
            return
        if " " not in name and not capitalized_usually(name):
            return
        entries.setdefault(name, set()).add(cat)

    def lines(fname, encoding="utf-8"):
        with open(f"{grobid}/{fname}", encoding=encoding, errors="replace") as f:
            return [line.rstrip("\n") for line in f]

    for fname in ("WikiOrganizations.lst", "WikiOrganizationsRedirects.lst",
                  "known_corporations.lst"):
        for line in lines(fname):
            add(line, "wikiorg")
    for line in lines("government.government_agency"):
        add(line.split("\t")[0], "wikiorg")
    for line in lines("education.university"):
        words = line.split()
        if len(words) >= 2 and any(w in LOWER_SMALL for w in words):
            add(" ".join(w if w in FUNCTION_WORDS else w.capitalize() for w in words), "wikiorg")
    for line in lines("WikiLocations.lst"):
        add(line, "wikiloc")
    header = __doc__.replace("\n", "\n# ").join(["# ", "\n"])
    for cat, fname in (("wikiorg", "wiki_orgs.txt"), ("wikiloc", "wiki_places.txt")):
        names = sorted(n for n, cats in entries.items() if cat in cats)
        with open(f"{out_dir}/{fname}", "w", encoding="utf-8") as f:
            f.write(header)
            f.write("# Generated by tools/lexicons/wiki_names.py; do not edit.\n")
            f.writelines(f"{n}\n" for n in names)
        print(f"{len(names)} names -> {out_dir}/{fname}")

if __name__ == "__main__":
    main()

//! How the gazetteer's phrases are keyed and its table laid out: word normalization, phrase
//! keys and categories. Shared by the crate and its build script (`build.rs`), which turns the
//! lexicon files into the table the crate embeds, so both key phrases the same way.

use crate::hash::{fnv_extend, mix};
use crate::text::tokenize;

/// Gazetteer categories, one bit each.
pub(crate) const CATEGORIES: [&str; 15] = [
    "country",
    "city",
    "bigcity",
    "region",
    "natural",
    "demonym",
    "first",
    "last",
    "orghead",
    "title",
    "org",
    "corpsuffix",
    "mischead",
    "wikiorg",
    "wikiloc",
];

/// Bit of a category in [`CATEGORIES`].
pub(crate) const fn cat(i: usize) -> u16 {
    1 << i
}

/// The bit of a category name (0 for an unknown one, such as the gazetteer's "alias": a
/// country's name in news use that gives its place details and no category).
#[allow(dead_code)] // the build script's (and the tests')
pub(crate) fn category_bit(name: &str) -> u16 {
    CATEGORIES.iter().position(|&k| k == name).map_or(0, cat)
}

/// Place kinds as the gazetteer file names them; the table stores a kind as its index here
/// plus one (0: not a place).
pub(crate) const PLACE_KINDS: [&str; 4] = ["country", "city", "region", "natural"];

/// Bytes per table slot: the [`table_key`] (u64), the place index (u32, [`NO_PLACE`] for
/// none), the category bits (u16), the [`ENTRY`]/[`PREFIX`] flags (u8; 0 in an empty slot)
/// and a zero byte; all little-endian. The table is a header (`FSGZ`, then u32s: version,
/// longest phrase in tokens, number of home slots, of slots, of places), the slots, then the
/// places. Records lie in key order, each in its [`home_slot`] or, when that is taken, the
/// first free slot after it: a look-up reads from the key's home slot on, and stops at an
/// empty slot or a greater key.
pub(crate) const RECORD: usize = 16;
/// Bytes per place: kind (u8, see [`PLACE_KINDS`]), ISO country code (two bytes, zeros for
/// none), a zero byte, then the byte offset (u32) and length (u32) of its canonical form in
/// the gazetteer file.
pub(crate) const PLACE: usize = 12;
/// Place index of a record that is no place.
pub(crate) const NO_PLACE: u32 = u32::MAX;
/// Flag of a record that is a whole phrase.
pub(crate) const ENTRY: u8 = 1;
/// Flag of a record that is the start of a longer phrase.
pub(crate) const PREFIX: u8 = 2;

/// The key a phrase key is stored under in the table (spread evenly, for bucketing).
pub(crate) fn table_key(phrase_key: u64) -> u64 {
    mix(phrase_key, 3)
}

/// The slot where the record of table key `k` belongs, among `homes` (the keys' order).
pub(crate) fn home_slot(k: u64, homes: usize) -> usize {
    ((u128::from(k) * homes as u128) >> 64) as usize
}

/// The lines of a lexicon file that are not `#` comments.
#[allow(dead_code)] // the build script's (and the tests')
pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines().filter(|l| !l.starts_with('#'))
}

/// Normalizes a word for lexicon and feature lookups: lower case, curly quotes and apostrophes
/// made straight, digits made `0`.
pub(crate) fn norm_lower(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    norm_lower_into(word, &mut s);
    s
}

/// Appends [`norm_lower`] of `word` to `out`.
fn norm_lower_into(word: &str, out: &mut String) {
    out.extend(norm_lower_chars(word));
}

/// [`norm_lower`] of an ASCII character (it stays one ASCII character): a read of a table
/// (the hashing loops run it on every byte of a word; a match took several branches).
pub(crate) fn norm_lower_ascii(b: u8) -> u8 {
    NORM_ASCII[usize::from(b)]
}

/// [`norm_lower_ascii`] of each byte (a byte beyond ASCII, never asked, maps to itself).
static NORM_ASCII: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'`' => b'\'',
            b'0'..=b'9' => b'0',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    table
};

/// The characters of [`norm_lower`] of `word`, so a caller can collect them where it likes
/// (an inline string, with no allocation for a short word).
pub(crate) fn norm_lower_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(|c| {
        let (same, lower) = match c {
            // Backquotes and digits are ASCII: `norm_lower_ascii` maps them.
            c if c.is_ascii() => (Some(char::from(norm_lower_ascii(c as u8))), None),
            '’' | '‘' | 'ʼ' => (Some('\''), None),
            '“' | '”' | '„' => (Some('"'), None),
            '–' | '—' => (Some('-'), None),
            c if c.is_uppercase() => (None, Some(c.to_lowercase())),
            c => (Some(c), None),
        };
        same.into_iter().chain(lower.into_iter().flatten())
    })
}

/// Key of a sequence of tokens already normalized with [`norm_lower`].
pub(crate) fn phrase_key<'a>(words: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            h = fnv_extend(h, b" ");
        }
        h = fnv_extend(h, w.as_bytes());
    }
    h
}

/// Extends a phrase key by one more normalized word.
pub(crate) fn phrase_key_extend(h: Option<u64>, word: &str) -> u64 {
    match h {
        None => phrase_key([word]),
        Some(h) => fnv_extend(fnv_extend(h, b" "), word.as_bytes()),
    }
}

/// [`phrase_key_extend`] of `h` and a word as written when it is ASCII (checked as it is
/// hashed, not in a pass of its own), normalized ([`norm_lower_ascii`], byte by byte) as it is
/// hashed; none for a word beyond ASCII.
pub(crate) fn phrase_key_extend_if_ascii(h: Option<u64>, word: &[u8]) -> Option<u64> {
    let start = h.map_or(phrase_key([]), |h| fnv_extend(h, b" "));
    let (key, all) = word
        .iter()
        .fold((start, 0u8), |(h, all), &b| (fnv_extend(h, &[norm_lower_ascii(b)]), all | b));
    all.is_ascii().then_some(key)
}

/// The normalized token words of a phrase, as the tokenizer splits it.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase).tokens.iter().map(|t| norm_lower(t.as_str(phrase))).collect()
}

/// Whether the tokenizer splits `phrase` exactly at its spaces: it holds only spaces, letters
/// and digits (the modifier apostrophe `ʼ` aside), hyphens and ampersands, none of which it
/// splits off or ends a sentence at, and no word opening with a digit holds a hyphen (the
/// tokenizer splits "2-Velmora" after the number).
#[allow(dead_code)] // the build script's (and the tests')
pub(crate) fn splits_at_spaces(phrase: &str) -> bool {
    let number_hyphen = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-');
    phrase.chars().all(|c| matches!(c, ' ' | '-' | '&') || (c.is_alphanumeric() && c != 'ʼ'))
        && !phrase.split(' ').any(number_hyphen)
}

/// The keys of the first one, two, ... words of `phrase` (as [`phrase_words`] splits it), the
/// last one the whole phrase's. Most gazetteer phrases need no tokenizer (see
/// [`splits_at_spaces`]).
#[allow(dead_code)] // the build script's (and the tests')
pub(crate) fn prefix_keys(phrase: &str, buf: &mut String, keys: &mut Vec<u64>) {
    keys.clear();
    let mut h = None;
    let mut push = |word: &str| {
        let k = phrase_key_extend(h, word);
        h = Some(k);
        keys.push(k);
    };
    if splits_at_spaces(phrase) {
        for w in phrase.split(' ').filter(|w| !w.is_empty()) {
            buf.clear();
            norm_lower_into(w, buf);
            push(buf);
        }
    } else {
        phrase_words(phrase).iter().for_each(|w| push(w));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_characters_normalize_by_the_table_as_the_rule_says() {
        for b in 0..128u8 {
            let rule = match char::from(b) {
                '`' => '\'',
                c if c.is_ascii_digit() => '0',
                c => c.to_ascii_lowercase(),
            };
            assert_eq!(char::from(norm_lower_ascii(b)), rule, "{b}");
        }
        assert_eq!(norm_lower("Nur-Sultan `97`"), "nur-sultan '00'");
    }

    #[test]
    fn ascii_words_extend_keys_as_their_normalized_forms_do() {
        for h in [None, Some(phrase_key(["bank"]))] {
            for word in ["of", "America", "`Quoted`", "A-1997", "U.S.", ""] {
                let slow = phrase_key_extend(h, &norm_lower(word));
                assert_eq!(phrase_key_extend_if_ascii(h, word.as_bytes()), Some(slow), "{word:?}");
            }
            for word in ["\u{C9}MILE", "Nur\u{2013}Sultan"] {
                assert_eq!(phrase_key_extend_if_ascii(h, word.as_bytes()), None, "{word:?}");
            }
        }
    }

    #[test]
    fn phrases_split_at_spaces_get_the_tokenizer_keys() {
        let (mut buf, mut fast) = (String::new(), Vec::new());
        let tsv = data_lines(include_str!("../../data/gazetteer.tsv"))
            .filter_map(|l| l.split('\t').next());
        let lists = data_lines(include_str!("../../data/wiki_orgs.txt"))
            .chain(data_lines(include_str!("../../data/wiki_places.txt")));
        let mut checked = 0;
        for phrase in tsv.chain(lists).chain(["Nur-Sultan  Ålesund 1996", "AT&T", " x "]) {
            if splits_at_spaces(phrase) {
                prefix_keys(phrase, &mut buf, &mut fast);
                let words = phrase_words(phrase);
                let slow: Vec<u64> = (1..=words.len())
                    .map(|k| phrase_key(words[..k].iter().map(String::as_str)))
                    .collect();
                assert_eq!(fast, slow, "{phrase:?}");
                checked += 1;
            }
        }
        assert!(checked > 100_000, "{checked}");
        assert!(!splits_at_spaces("U.S. Steel") && !splits_at_spaces("Xi'an"));
        assert!(!splits_at_spaces("24-Velmor Fitness") && splits_at_spaces("Velmor-Orsk 24"));
    }
}

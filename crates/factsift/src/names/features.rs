//! The tagger's features. One definition, used by training and inference alike: the word-type
//! features (computed once per distinct word and cached), and the context features computed
//! while decoding (label history, gazetteer phrases, capitalized runs, the document's earlier
//! labels for the same word).

use super::lexicon::{norm_lower, CLUSTERS, GAZETTEER};
use super::span::NameLabel;
use crate::hash::{feature, feature_of_number, feature_of_parts, mix};

/// Bumped whenever the features change; the model file records it and loading a model built
/// for other features fails loudly.
pub(crate) const FEATURE_SPEC: &str = "factsift-names features v6: wikipedia organization and place phrases, headline labels kept out of document memory; v5b: mischead gazetteer, gold history in training, title-case headlines, class trigrams, digit lines, wider windows, lowercase|case, bigrams, two-pass global memory, bilou17 slots7 gaz12 \
clusters3 hist5 run4 trans2 phrase-bilou";

/// Number of labels: O plus B/I/L/U for each [`NameLabel`] (MISC is learned but never output).
pub(crate) const L: usize = 1 + 4 * NameLabel::ALL.len();
/// Word-type feature slots: offsets -2..=2, sentence start, all-caps sentence.
pub(crate) const SLOTS: usize = 7;
/// Slot of the word at offset `p` (-2..=2).
pub(crate) const fn offset_slot(p: isize) -> usize {
    (p + 2) as usize
}
/// Slot of features that apply when the word starts a sentence.
pub(crate) const SLOT_SSTART: usize = 5;
/// Slot of features that apply when the word is in an all-caps sentence.
pub(crate) const SLOT_CAPS: usize = 6;

/// BILOU position of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    B = 0,
    I = 1,
    Lst = 2,
    U = 3,
}

impl Pos {
    /// The position of token `k` in the span `a..=b`.
    pub(crate) fn in_span(k: usize, a: usize, b: usize) -> Pos {
        match (k == a, k == b) {
            (true, true) => Pos::U,
            (true, false) => Pos::B,
            (false, true) => Pos::Lst,
            (false, false) => Pos::I,
        }
    }
}

/// The label for entity type index `ty` at position `pos`.
pub(crate) const fn label(ty: usize, pos: Pos) -> usize {
    1 + ty * 4 + pos as usize
}

/// `(type, position)` of a non-O label.
pub(crate) fn split_label(l: usize) -> Option<(usize, Pos)> {
    if l == 0 || l >= L {
        return None;
    }
    let pos = match (l - 1) % 4 {
        0 => Pos::B,
        1 => Pos::I,
        2 => Pos::Lst,
        _ => Pos::U,
    };
    Some(((l - 1) / 4, pos))
}

/// Whether label `cur` may follow label `prev` under BILOU.
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    let open = match split_label(prev) {
        Some((t, Pos::B | Pos::I)) => Some(t),
        _ => None,
    };
    match (open, split_label(cur)) {
        (Some(t), Some((u, Pos::I | Pos::Lst))) => t == u,
        (Some(_), _) => false,
        (None, None) => true,
        (None, Some((_, p))) => matches!(p, Pos::B | Pos::U),
    }
}

/// Coarse case class of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Starts with an upper-case letter, has lower-case letters ("Astana", "McDonald").
    Title,
    /// Letters, none lower-case ("NATO", "U.S.", "ASTANA").
    Upper,
    /// Starts with a lower-case letter.
    Lower,
    /// Digits, punctuation, symbols.
    Other,
}

/// The case class of `word`.
#[inline]
pub(crate) fn case_of(word: &str) -> Case {
    // Most words start with a lower-case ASCII letter: decided before the word is read on, in
    // the caller's loop (no call, no registers saved).
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return Case::Lower;
    }
    case_of_rest(word)
}

/// [`case_of`] of a word that does not start with a lower-case ASCII letter.
fn case_of_rest(word: &str) -> Case {
    // Most of the others are title case, told from their first two bytes (whatever follows,
    // an ASCII capital then a lower-case letter make a title-case word) before the word is
    // read for characters beyond ASCII.
    if let [b'A'..=b'Z', b'a'..=b'z', ..] = word.as_bytes() {
        return Case::Title;
    }
    ascii_case_of(word.as_bytes()).unwrap_or_else(|| unicode_case_of(word))
}

/// [`case_of`] of a word with a character beyond ASCII: out of line, so that the common ASCII
/// words take a short path that saves no registers.
#[inline(never)]
fn unicode_case_of(word: &str) -> Case {
    let Some(first) = word.chars().next() else { return Case::Other };
    if first.is_ascii_lowercase() {
        return Case::Lower;
    }
    let mut has_lower = false;
    let mut has_letter = false;
    for c in word.chars() {
        if c.is_alphabetic() {
            has_letter = true;
            has_lower |= c.is_lowercase();
        }
    }
    if first.is_uppercase() {
        if has_lower {
            Case::Title
        } else {
            Case::Upper
        }
    } else if first.is_lowercase() {
        Case::Lower
    } else if has_letter && !has_lower && word.chars().any(|c| c.is_uppercase()) {
        Case::Upper
    } else {
        Case::Other
    }
}

/// [`case_of`] for ASCII text, none for a word beyond ASCII: the same tests, on what one pass
/// over the bytes notes (whether any is a lower-case letter, a capital, beyond ASCII), where
/// a pass checked the word was ASCII and others looked for each kind of letter.
fn ascii_case_of(word: &[u8]) -> Option<Case> {
    let (mut lower, mut upper, mut all) = (false, false, 0u8);
    for &b in word {
        lower |= b.is_ascii_lowercase();
        upper |= b.is_ascii_uppercase();
        all |= b;
    }
    if !all.is_ascii() {
        return None;
    }
    let Some(&first) = word.first() else { return Some(Case::Other) };
    Some(if first.is_ascii_lowercase() {
        Case::Lower
    } else if first.is_ascii_uppercase() {
        if lower {
            Case::Title
        } else {
            Case::Upper
        }
    } else if !lower && upper {
        Case::Upper
    } else {
        Case::Other
    })
}

/// The case class of each word (the tagger's tests and trainer; a document context fills a list
/// it keeps).
#[cfg(any(test, feature = "train"))]
pub(crate) fn cases_of(words: &[&str]) -> Vec<Case> {
    words.iter().map(|w| case_of(w)).collect()
}

/// The collapsed shape of a word: `Xx`, `X.X.`, `d-d`, `xX` (runs of one class collapsed).
fn shape(word: &str) -> String {
    let mut s = String::new();
    let mut last = '\0';
    for (n, c) in word.chars().enumerate() {
        if n >= 24 {
            s.push('~');
            break;
        }
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            match c {
                '’' | '‘' => '\'',
                '“' | '”' => '"',
                '—' | '–' => '-',
                c => c,
            }
        };
        if k != last {
            s.push(k);
            last = k;
        }
    }
    s
}

/// What the tagger needs to know about one distinct word.
#[derive(Debug, Clone)]
pub(crate) struct WordFeatures {
    /// The word normalized for lookups (see `norm_lower`).
    pub lower: String,
    /// Hash of `lower` (its one-word gazetteer phrase key), the key of the document's label
    /// memory.
    pub lower_key: u64,
    /// Case class.
    pub case: Case,
    /// Feature keys per slot.
    pub slots: [Vec<u64>; SLOTS],
    /// Whether a gazetteer phrase of two or more words starts with this word (the tagger's
    /// phrase matching reads the gazetteer no further when not).
    pub phrase_prefix: bool,
}

// Feature template tags.
const T_WORD: u8 = 1;
const T_LOWER: u8 = 2;
const T_SHAPE: u8 = 3;
const T_PREFIX: u8 = 4;
const T_SUFFIX: u8 = 5;
const T_CL_FINE: u8 = 6;
const T_CL_MID: u8 = 7;
const T_CL_COARSE: u8 = 8;
const T_GAZ: u8 = 9;
const T_GAZ_CASE: u8 = 10;
const T_LEN: u8 = 11;
const T_LC_CL: u8 = 12;
const T_CASE: u8 = 13;
const T_BIAS: u8 = 14;
const T_LOWER_CASE: u8 = 15;

fn case_name(c: Case) -> &'static str {
    match c {
        Case::Title => "T",
        Case::Upper => "U",
        Case::Lower => "L",
        Case::Other => "O",
    }
}

/// `word` as its word-identity feature reads it: apostrophes unified, digits as `0`.
fn cased_form(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '0'..='9' => '0',
            c => c,
        })
        .collect()
}

/// The key of `word`'s own identity feature (the word as written, at its own position): a
/// model has a row for it when training saw the word and weighed it.
pub(crate) fn word_identity_key(word: &str) -> u64 {
    // Bytes first: the apostrophes `cased_form` rewrites all start with byte 0xE2 or 0xCA, so a
    // word with neither and no digit (most words) needs no decoding.
    let plain = !word.bytes().any(|b| b.is_ascii_digit() || b == 0xE2 || b == 0xCA)
        || !word.chars().any(|c| matches!(c, '’' | '‘' | 'ʼ' | '0'..='9'));
    let key = if plain { feature(T_WORD, word) } else { feature(T_WORD, &cased_form(word)) };
    mix(key, 100)
}

/// Computes the features of one distinct word.
pub(crate) fn word_features(word: &str) -> WordFeatures {
    let lower = norm_lower(word);
    let case = case_of(word);
    let cased = cased_form(word);
    let shp = shape(word);
    let alone = GAZETTEER.lookup(super::lexicon::phrase_key([lower.as_str()]));
    let gaz = alone.entry.map_or(0, |e| e.cats);
    // Cluster of the word as written, else its capitalized or lower-case form.
    let lower_cl = once_cell::unsync::Lazy::new(|| CLUSTERS.get(&lower));
    let cl = CLUSTERS.get(word).or_else(|| {
        let mut cs = lower.chars();
        let capitalized: String =
            cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default();
        CLUSTERS.get(&capitalized).or_else(|| *lower_cl)
    });
    let lc_cl = if case == Case::Lower { None } else { *lower_cl };
    let cn = case_name(case);
    let mut core = vec![
        feature(T_BIAS, ""),
        feature(T_CASE, cn),
        feature_of_number(T_LEN, word.chars().count().min(8) as u32),
        feature_of_parts(T_LOWER_CASE, &[lower.as_bytes(), b"|", cn.as_bytes()]),
    ];
    // Prefixes and suffixes of one to four characters (prefixes from two).
    let ends: Vec<usize> = lower.char_indices().map(|(i, c)| i + c.len_utf8()).take(4).collect();
    let starts: Vec<usize> = lower.char_indices().rev().map(|(i, _)| i).take(4).collect();
    for n in 1..=ends.len() {
        if n >= 2 {
            core.push(feature(T_PREFIX, &lower[..ends[n - 1]]));
        }
        core.push(feature(T_SUFFIX, &lower[starts[n - 1]..]));
    }
    let mut near = vec![feature(T_WORD, &cased)];
    let mut wide = vec![feature(T_SHAPE, &shp), feature(T_LOWER, &lower)];
    let mut sstart = vec![feature(T_SHAPE, &shp), feature(T_LOWER, &lower)];
    let mut caps = vec![feature(T_LOWER, &lower)];
    match cl {
        Some((fine, mid, coarse)) => {
            near.push(feature_of_number(T_CL_FINE, fine.into()));
            near.push(feature_of_number(T_CL_MID, mid.into()));
            wide.push(feature_of_number(T_CL_COARSE, coarse.into()));
            sstart.push(feature_of_number(T_CL_MID, mid.into()));
            caps.push(feature_of_number(T_CL_FINE, fine.into()));
        }
        None => {
            core.push(feature(T_CL_FINE, "none"));
            wide.push(feature(T_CL_COARSE, "none"));
        }
    }
    if let Some((fine, mid, _)) = lc_cl {
        core.push(feature_of_number(T_LC_CL, mid.into()));
        sstart.push(feature_of_number(T_LC_CL, fine.into()));
        caps.push(feature_of_number(T_LC_CL, mid.into()));
    } else {
        sstart.push(feature(T_LC_CL, "none"));
    }
    for (i, name) in super::lexicon::CATEGORIES.iter().enumerate() {
        if gaz & (1 << i) != 0 {
            near.push(feature(T_GAZ, name));
            wide.push(feature(T_GAZ, name));
            core.push(feature_of_parts(T_GAZ_CASE, &[name.as_bytes(), cn.as_bytes()]));
            sstart.push(feature(T_GAZ, name));
            caps.push(feature(T_GAZ, name));
        }
    }
    let mut slots: [Vec<u64>; SLOTS] = Default::default();
    for p in -2isize..=2 {
        let s = &mut slots[offset_slot(p)];
        let tag = (100 + p) as u64;
        if p == 0 {
            s.extend(core.iter().map(|&k| mix(k, tag)));
        }
        if p.abs() <= 1 {
            s.extend(near.iter().map(|&k| mix(k, tag)));
        }
        s.extend(wide.iter().map(|&k| mix(k, tag)));
    }
    slots[SLOT_SSTART] = sstart.iter().map(|&k| mix(k, 200)).collect();
    slots[SLOT_CAPS] = caps.iter().map(|&k| mix(k, 201)).collect();
    let lower_key = super::lexicon::phrase_key([lower.as_str()]);
    WordFeatures { lower, lower_key, case, slots, phrase_prefix: alone.prefix }
}

/// Key of the label-history feature (previous label).
pub(crate) fn trans1_key(l1: usize) -> u64 {
    mix(0x7431, l1 as u64)
}

/// Key of the label-history feature (two previous labels).
pub(crate) fn trans2_key(l2: usize, l1: usize) -> u64 {
    mix(0x7432, (l2 * L + l1) as u64)
}

/// Finer token class for class n-grams: 0 title, 1 upper, 2 lower, 3 digit, 4 other.
pub(crate) fn class_of(word: &str, case: Case) -> u8 {
    match case {
        Case::Title => 0,
        Case::Upper => 1,
        Case::Lower => 2,
        Case::Other if word.starts_with(|c: char| c.is_ascii_digit()) => 3,
        Case::Other => 4,
    }
}

/// A context feature with few values (token-class patterns, the share of numbers, capitalized
/// runs, sentence edges, gazetteer phrases, the document's memory): an index into the
/// model's small dense table of these rows, so scoring one hashes nothing. [`Small::key`]
/// is its key among the model's features (training and the model file use keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Small(u16);

/// Where each kind of [`Small`] feature starts in the dense table: class trigrams at
/// -1, 0, +1 (216), the same at 0, +1, +2 (216), number share (24), capitalized runs (16),
/// sentence edges (5), gazetteer phrases (64), earlier labels (40), whole-document labels
/// (40).
const CLASS3: u16 = 0;
const CLASS3_NEXT: u16 = 216;
const DIGITS: u16 = 432;
const RUN: u16 = 456;
const EDGE: u16 = 472;
const PHRASE: u16 = 477;
const HIST: u16 = 541;
const GLOBAL: u16 = 581;
/// Number of [`Small`] features.
pub(crate) const SMALL: usize = 621;

impl Small {
    /// Class trigram of the tokens at -1, 0, +1 (classes from [`class_of`]; 5 = none).
    pub(crate) fn class3(a: u8, b: u8, c: u8) -> Small {
        Small(CLASS3 + u16::from(a.min(5)) * 36 + u16::from(b.min(5)) * 6 + u16::from(c.min(5)))
    }

    /// Class trigram of the tokens at 0, +1, +2.
    pub(crate) fn class3_next(a: u8, b: u8, c: u8) -> Small {
        Small(Small::class3(a, b, c).0 - CLASS3 + CLASS3_NEXT)
    }

    /// The share of numbers in the sentence (bucket 0-3) and the class of the token (score
    /// lines and tables are full of numbers).
    pub(crate) fn digits(bucket: usize, class: u8) -> Small {
        Small(DIGITS + bucket.min(3) as u16 * 6 + u16::from(class.min(5)))
    }

    /// The token's place in its run of capitalized words: run length (capped at 4) and
    /// position.
    pub(crate) fn run(len: usize, pos: Pos) -> Small {
        Small(RUN + (len.clamp(1, 4) as u16 - 1) * 4 + pos as u16)
    }

    /// A window position beyond the sentence edge (offset -2..=2).
    pub(crate) fn edge(p: isize) -> Small {
        Small(EDGE + p.clamp(-2, 2).wrapping_add(2) as u16)
    }

    /// A gazetteer phrase: category `cat` (bit index), the token's BILOU position in it.
    pub(crate) fn phrase(cat: usize, pos: Pos) -> Small {
        Small(PHRASE + cat.min(15) as u16 * 4 + pos as u16)
    }

    /// The document memory: the word got type `ty` (0-4, 4 = O) earlier in the document;
    /// `majority` marks the most frequent one.
    pub(crate) fn hist(ty: usize, majority: bool, case: Case) -> Small {
        Small(HIST + memory_index(ty, majority, case))
    }

    /// The whole-document memory (from the first pass): the word got type `ty` somewhere in
    /// the document; `majority` marks the most frequent one.
    pub(crate) fn global(ty: usize, majority: bool, case: Case) -> Small {
        Small(GLOBAL + memory_index(ty, majority, case))
    }

    /// Its index in the dense table, below [`SMALL`].
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    /// All of them, in index order.
    pub(crate) fn all() -> impl Iterator<Item = Small> {
        (0..SMALL as u16).map(Small)
    }

    /// Its feature key.
    pub(crate) fn key(self) -> u64 {
        // Within each kind, the index counts the values the key hashes.
        let at = |base: u16| u64::from(self.0 - base);
        match self.0 {
            i if i < CLASS3_NEXT => class3_key(at(CLASS3)),
            i if i < DIGITS => mix(class3_key(at(CLASS3_NEXT)), 1),
            i if i < RUN => mix(0x6467, at(DIGITS) / 6 * 8 + at(DIGITS) % 6),
            i if i < EDGE => mix(0x7275, at(RUN) + 4),
            i if i < PHRASE => mix(0x626f, at(EDGE).wrapping_sub(2)),
            i if i < HIST => mix(0x7068, at(PHRASE)),
            i if i < GLOBAL => mix(0x6869 + at(HIST) % 2, at(HIST) / 2),
            _ => mix(0x676c + at(GLOBAL) % 2, at(GLOBAL) / 2),
        }
    }
}

/// Key of a class trigram with classes `a * 36 + b * 6 + c`.
fn class3_key(abc: u64) -> u64 {
    mix(0x6333, abc)
}

/// Index of a memory feature among those of its kind: `(ty * 4 + case) * 2 + majority`.
fn memory_index(ty: usize, majority: bool, case: Case) -> u16 {
    (ty.min(4) as u16 * 4 + case as u16) * 2 + u16::from(majority)
}

/// Key of a word-bigram feature: normalized words at offsets `p` and `p + 1` (p is -1 or 0).
pub(crate) fn bigram_key(a: u64, b: u64, p: isize) -> u64 {
    mix(mix(a, b ^ 0x6267), (p + 8) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_case_of_a_word_is_what_reading_all_its_characters_gives() {
        let words = [
            "Astana",
            "Ab\u{C9}",
            "Ae\u{301}",
            "A\u{C9}b",
            "NATO",
            "U.S.",
            "\u{C9}mile",
            "\u{C9}MILE",
            "McDonald",
            "a",
            "A",
            "x2",
            "'s",
            "2-China",
            "-Ab",
            "\u{2019}s",
            "",
        ];
        for w in words {
            assert_eq!(case_of(w), unicode_case_of(w), "{w:?}");
        }
    }

    #[test]
    fn the_word_identity_key_is_a_feature_of_the_word_itself() {
        // "A–Z" and "€5" start a character with byte 0xE2 but are rewritten only where
        // `cased_form` says (the digit); "Maʼalot" has the other apostrophe byte.
        for w in ["Almaty", "O’Neill", "1996", "KazMunayGas", "A–Z", "€5", "Maʼalot", "Zürich"]
        {
            let own = &word_features(w).slots[offset_slot(0)];
            assert!(own.contains(&word_identity_key(w)), "{w}");
            let slow = mix(feature(T_WORD, &cased_form(w)), 100);
            assert_eq!(word_identity_key(w), slow, "{w}: the byte test skips no rewrite");
            let next = &word_features(w).slots[offset_slot(1)];
            assert!(!next.contains(&word_identity_key(w)), "{w}: only at its own place");
        }
        assert_eq!(word_identity_key("O’Neill"), word_identity_key("O'Neill"));
        assert_ne!(word_identity_key("Apple"), word_identity_key("apple"));
    }

    #[test]
    fn bilou_transitions() {
        let b_per = label(0, Pos::B);
        let l_per = label(0, Pos::Lst);
        let i_loc = label(1, Pos::I);
        assert!(allowed(0, b_per));
        assert!(allowed(b_per, l_per));
        assert!(!allowed(b_per, 0));
        assert!(!allowed(b_per, i_loc));
        assert!(!allowed(0, l_per));
        assert_eq!(split_label(l_per), Some((0, Pos::Lst)));
    }

    #[test]
    fn shapes_and_cases() {
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("Kassym-Jomart"), "Xx-Xx");
        assert_eq!(shape("1996-08-30"), "d-d-d");
        assert_eq!(case_of("ASTANA"), Case::Upper);
        assert_eq!(case_of("Xi’an"), Case::Title);
        assert_eq!(case_of("the"), Case::Lower);
        assert_eq!(case_of("42"), Case::Other);
        // Words that start with no letter: capitals make them upper case, small letters not.
        assert_eq!(case_of("3M"), Case::Upper);
        assert_eq!(case_of("'ASTANA"), Case::Upper);
        assert_eq!(case_of("1990s"), Case::Other);
        assert_eq!(case_of("\u{2019}Astana"), Case::Other);
        assert_eq!(case_of("\u{C9}MILE"), Case::Upper);
        assert_eq!(case_of(""), Case::Other);
    }
}

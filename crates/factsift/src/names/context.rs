//! The document context every names stage reads: the text, its tokens and sentences, and each
//! token's normalized lower-case form, computed once (on first use) for the whole pipeline.

use std::cell::{Cell, OnceCell};

use smol_str::SmolStr;

use super::features::{case_of, Case};
use super::lexicon::{
    norm_lower_ascii, norm_lower_chars, phrase_key, phrase_key_extend, phrase_key_extend_if_ascii,
    GAZETTEER,
};
use crate::text::{tokenize_into, Tokens};

/// One text, tokenized, with per-token look-ups shared by the stages.
pub(crate) struct DocContext<'t> {
    pub text: &'t str,
    pub toks: Tokens,
    /// Each token as written (slicing the text once per token, not at every look-up).
    words: Vec<&'t str>,
    /// The rest, in lists handed on to the thread's next document when this one is dropped
    /// (kept inline: the stages read them at every step, through no other pointer).
    lists: Lists,
}

/// The lists of a [`DocContext`] but its words (which borrow the text), handed from each
/// document to the next one its thread reads (see [`SPARE`]): a document no longer than those
/// before allocates none of them.
#[derive(Default)]
struct Lists {
    /// The tokens, kept here between documents only (a document's are [`DocContext::toks`]).
    toks: Tokens,
    /// Scratch of [`tokenize_into`].
    lines: Vec<std::ops::Range<usize>>,
    /// Sentence number of each token.
    sentence_of: Vec<usize>,
    /// Whether each token starts a sentence.
    sentence_start: Vec<bool>,
    /// Case class of each token.
    cases: Vec<Case>,
    /// The tokens that start with a capital, in text order (see
    /// [`DocContext::capitalized_tokens`]): listed once, read by every scan for names left out.
    capitalized: Vec<usize>,
    /// The capitalized tokens that hold a hyphen, in text order (see
    /// [`DocContext::hyphenated_capitalized_tokens`]).
    hyphenated: Vec<usize>,
    /// The tokens that are an opening bracket (see [`DocContext::opening_brackets`]).
    brackets: Vec<usize>,
    /// What is found of each token when first asked for (one list: one allocation).
    found: Vec<Found>,
    /// The [`word_mark`] of every token, as a filter of bits: what rules ask before they read
    /// the tokens for a word (see [`DocContext::may_hold`]): [`MARK_BITS`] bits once the
    /// first document has set them, empty before (the empty lists a document leaves behind
    /// as it hands its own on, see [`SPARE`], allocate nothing).
    marks: Vec<u64>,
}

/// The lists of documents with room for up to this many tokens are kept for the next (a longer
/// one's are dropped: a thread keeps no more than about 5 MB).
const KEPT_TOKENS: usize = 1 << 16;

thread_local! {
    /// The lists the thread's last document left (none while a document holds them).
    static SPARE: Cell<Option<Lists>> = const { Cell::new(None) };
}

impl Drop for DocContext<'_> {
    fn drop(&mut self) {
        if self.toks.tokens.capacity() <= KEPT_TOKENS {
            self.lists.toks = std::mem::take(&mut self.toks);
            SPARE.set(Some(std::mem::take(&mut self.lists)));
        }
    }
}

/// Bits of a document's filter of [`word_mark`]s: so many that a news article's words set few
/// of them, and a word it does not hold seldom finds its bit set.
const MARK_BITS: usize = 1 << 14;

/// The bit of word `w` in a document's filter ([`DocContext::may_hold`]): its length and its
/// first and last bytes, mixed. Every token is marked: hashing all of its bytes would cost
/// more, and words the rules look for seldom share all three with one another's.
pub(crate) const fn word_mark(w: &[u8]) -> u16 {
    match w {
        [] => 0,
        [one] => mark_of(*one, *one, 1),
        [first, .., last] => mark_of(*first, *last, w.len()),
    }
}

/// The [`word_mark`] of a word of `len` bytes that starts with `first` and ends with `last`.
const fn mark_of(first: u8, last: u8, len: usize) -> u16 {
    let x = (first as u32) << 16 | (last as u32) << 8 | (len as u32 & 0xff);
    (x.wrapping_mul(0x9e37_79b1) >> (32 - MARK_BITS.trailing_zeros())) as u16
}

/// What [`DocContext`] finds of one token when first asked for.
#[derive(Default)]
struct Found {
    /// `norm_lower` of the token (inline when short: most words take no allocation).
    lower: OnceCell<SmolStr>,
    /// Gazetteer categories of the token alone.
    cats: OnceCell<u16>,
    /// What the gazetteer says of the token's word alone (see [`DocContext::alone`]).
    alone: OnceCell<Alone>,
}

/// What the gazetteer says of one word: the categories of its entry (none without one), and
/// whether a phrase of two or more words starts with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Alone {
    pub cats: Option<u16>,
    pub starts_phrase: bool,
}

impl<'t> DocContext<'t> {
    /// Tokenizes `text` and indexes its sentences.
    /// The lists are those the thread's last document left, when there are (see [`Lists`]).
    pub fn new(text: &'t str) -> DocContext<'t> {
        let mut lists = SPARE.take().unwrap_or_default();
        let Lists {
            toks,
            lines,
            sentence_of,
            sentence_start,
            cases,
            capitalized,
            hyphenated,
            brackets,
            found,
            marks,
        } = &mut lists;
        let mut toks = std::mem::take(toks);
        tokenize_into(text, &mut toks, lines);
        let n = toks.tokens.len();
        // The sentences follow one another from the first token to the last: each token's
        // entries are written once, in order.
        sentence_of.clear();
        sentence_start.clear();
        // The tokenizer gives no empty sentence: each has a first token.
        for (s, r) in toks.sentences.iter().enumerate() {
            sentence_of.extend(std::iter::repeat(s).take(r.len()));
            sentence_start.push(true);
            sentence_start.extend(std::iter::repeat(false).take(r.len() - 1));
        }
        debug_assert!(sentence_of.len() == n && sentence_start.len() == n);
        found.clear();
        found.resize_with(n, Found::default);
        // The other per-token lists in one pass over the words (each read once).
        let mut words = Vec::with_capacity(n);
        cases.clear();
        cases.reserve(n);
        capitalized.clear();
        // Room for every token: the list is never regrown.
        capitalized.reserve(n);
        hyphenated.clear();
        brackets.clear();
        marks.clear();
        marks.resize(MARK_BITS / 64, 0);
        for (i, t) in toks.tokens.iter().enumerate() {
            let w = t.as_str(text);
            let case = case_of(w);
            cases.push(case);
            if is_capital(case) {
                capitalized.push(i);
                // Byte by byte: on words so short, a call to search them costs more.
                if w.bytes().any(|b| b == b'-') {
                    hyphenated.push(i);
                }
            }
            if w == "(" {
                brackets.push(i);
            }
            let m = usize::from(word_mark(w.as_bytes()));
            marks[m / 64] |= 1 << (m % 64);
            words.push(w);
        }
        DocContext { text, toks, words, lists }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.tokens.len()
    }

    /// Token `i` as written.
    pub fn word(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// The case class of token `i`.
    pub fn case(&self, i: usize) -> Case {
        self.lists.cases[i]
    }

    /// Whether token `i` starts with a capital: title case or all capitals.
    pub fn capitalized(&self, i: usize) -> bool {
        is_capital(self.lists.cases[i])
    }

    /// The tokens that start with a capital (title case or all capitals), in text order: what
    /// a scan for names left out need read.
    pub fn capitalized_tokens(&self) -> impl Iterator<Item = usize> + '_ {
        self.lists.capitalized.iter().copied()
    }

    /// The capitalized tokens that hold a hyphen ("Velmo-Karsk", "Orsk-based"), in text order:
    /// what the rules for hyphenated names need read, fewer than one in ten.
    pub fn hyphenated_capitalized_tokens(&self) -> impl Iterator<Item = usize> + '_ {
        self.lists.hyphenated.iter().copied()
    }

    /// The tokens that are an opening bracket "(", in text order: what the rules for a
    /// bracketed acronym or first name read, where each read every token.
    pub fn opening_brackets(&self) -> &[usize] {
        &self.lists.brackets
    }

    /// Whether some token may be `word` as written: false only when none is. A rule that needs
    /// a certain word asks this before it reads the tokens for it.
    pub fn may_hold(&self, word: &str) -> bool {
        self.may_hold_mark(word_mark(word.as_bytes()))
    }

    /// Whether some token's normalized form ([`DocContext::lower`]) may be `word`, a word of
    /// lower-case ASCII letters: false only when none is. A rule that looks for a word in any
    /// case asks this before it reads the tokens for it.
    pub fn may_hold_lower(&self, word: &str) -> bool {
        debug_assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "{word:?}");
        // Such a token spells the word's letters, each in either case, and of those only the
        // first and the last make its mark. The one character beyond ASCII that lower-cases to
        // an ASCII letter, the Kelvin sign, is a "k" of three bytes (another mark): a word with
        // a "k" is never ruled out.
        let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) else {
            return true;
        };
        let n = word.len();
        word.contains('k')
            || [first, first.to_ascii_uppercase()].into_iter().any(|f| {
                self.may_hold_mark(mark_of(f, last, n))
                    || self.may_hold_mark(mark_of(f, last.to_ascii_uppercase(), n))
            })
    }

    /// Whether some token's [`word_mark`] is `mark` (false only when none is).
    pub fn may_hold_mark(&self, mark: u16) -> bool {
        let m = usize::from(mark);
        self.lists.marks[m / 64] >> (m % 64) & 1 != 0
    }

    /// Every token as written.
    pub fn words(&self) -> &[&'t str] {
        &self.words
    }

    /// The case class of every token.
    pub fn cases(&self) -> &[Case] {
        &self.lists.cases
    }

    /// Token `i` normalized for look-ups (see [`norm_lower`](super::lexicon::norm_lower)): the token itself when that
    /// changes nothing (plain ASCII with no capital, digit or backquote), else a copy made on
    /// first use.
    pub fn lower(&self, i: usize) -> &str {
        let word = self.word(i);
        let unchanged = |b: &u8| matches!(b, 0..=b'/' | b':'..=b'@' | b'['..=b'_' | b'a'..=0x7F);
        if word.as_bytes().iter().all(unchanged) {
            return word;
        }
        self.lists.found[i].lower.get_or_init(|| {
            if word.len() <= 23 && word.is_ascii() {
                // ASCII bytes stay ASCII: taken as characters, they need no UTF-8 check.
                word.bytes().map(|c| char::from(norm_lower_ascii(c))).collect()
            } else {
                norm_lower_chars(word).collect()
            }
        })
    }

    /// The text of tokens `a..=b`.
    pub fn slice(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.toks.tokens[a].start..self.toks.tokens[b].end]
    }

    /// The lexicon key of tokens `a..=b`.
    pub fn key(&self, a: usize, b: usize) -> u64 {
        (a..=b).fold(None, |h, i| Some(self.extend_key(h, i))).unwrap_or_else(|| phrase_key([]))
    }

    /// The phrase key `h` extended by token `i`'s normalized form ([`DocContext::lower`]), as
    /// [`phrase_key_extend`] gives it. An ASCII token whose form no one has asked for yet is
    /// normalized byte by byte as it is hashed: keying a name's words builds no string.
    pub fn extend_key(&self, h: Option<u64>, i: usize) -> u64 {
        let word = self.word(i);
        match self.lists.found[i].lower.get() {
            None => phrase_key_extend_if_ascii(h, word.as_bytes())
                .unwrap_or_else(|| phrase_key_extend(h, self.lower(i))),
            Some(lower) => phrase_key_extend(h, lower),
        }
    }

    /// Gazetteer categories of the phrase of tokens `a..=b` as a whole (0 when the gazetteer
    /// has no such phrase); [`DocContext::cats`] gives a token's own, cached. A phrase of one
    /// token is its word alone ([`DocContext::alone`], cached, often known from the tagger):
    /// the rules ask it of the same words again and again.
    pub fn phrase_cats(&self, a: usize, b: usize) -> u16 {
        if a == b {
            return self.alone(a).cats.unwrap_or(0);
        }
        GAZETTEER.get(self.key(a, b)).map_or(0, |e| e.cats)
    }

    /// Whether token `i` is a possessive's "'s" (or "’s"); false past the last token.
    pub fn possessive(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| matches!(*w, "'s" | "\u{2019}s"))
    }

    /// Whether the gazetteer knows the phrase of tokens `a..=b` as a country or a city (by its
    /// categories or its place details: "Russia" carries no category of its own).
    pub fn is_country_or_city(&self, a: usize, b: usize) -> bool {
        GAZETTEER.get(self.key(a, b)).is_some_and(|e| e.is_country_or_city())
    }

    /// Gazetteer categories of token `i` alone. A one-word entry written with a closing period
    /// ("Corp.", "Inc.") was keyed as the word and a sentence's final "." (the tokenizer splits
    /// the last period of a text off), so a token with its period ("Corp." within a sentence)
    /// is looked up that way when its own key finds nothing.
    pub fn cats(&self, i: usize) -> u16 {
        *self.lists.found[i].cats.get_or_init(|| {
            let cats = self.alone(i).cats.or_else(|| {
                let w = self.word(i);
                if w.len() < 2 || !w.ends_with('.') {
                    return None;
                }
                let stem = self.lower(i).strip_suffix('.')?;
                GAZETTEER.get(phrase_key([stem, "."])).map(|e| e.cats)
            });
            cats.unwrap_or(0)
        })
    }

    /// What the gazetteer says of token `i`'s word alone (its key is [`DocContext::key`]`(i,
    /// i)`), looked up when first asked for unless known already ([`DocContext::know_alone`]).
    pub fn alone(&self, i: usize) -> Alone {
        *self.lists.found[i].alone.get_or_init(|| {
            let hit = GAZETTEER.lookup(self.key(i, i));
            Alone { cats: hit.entry.map(|e| e.cats), starts_phrase: hit.prefix }
        })
    }

    /// Tells the document what the gazetteer says of token `i`'s word alone, found elsewhere
    /// (the tagger keeps it with each word it scores), so that no stage looks it up again.
    pub fn know_alone(&self, i: usize, alone: Alone) {
        // Set once: a value already found is the same.
        let _ = self.lists.found[i].alone.set(alone);
    }

    /// The sentence number of token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.lists.sentence_of[i]
    }

    /// Whether token `i` starts a sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.lists.sentence_start[i]
    }

    /// Whether token `i` closes its capitalized run: no capitalized word of its sentence
    /// follows it ("Orsk Air" + "said"; "Orsk Air" + "Force" goes on).
    pub fn ends_run(&self, i: usize) -> bool {
        i + 1 >= self.len() || !self.capitalized(i + 1) || self.starts_sentence(i + 1)
    }

    /// The last token of the sentence of token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        let k = self.toks.sentences.partition_point(|r| r.end <= i);
        self.toks.sentences.get(k).map_or(self.len(), |r| r.end) - 1
    }
}

/// Whether a token of case class `c` starts with a capital: title case or all capitals.
fn is_capital(c: Case) -> bool {
    matches!(c, Case::Title | Case::Upper)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::lexicon::norm_lower;

    #[test]
    fn lower_forms_match_norm_lower_for_short_long_and_non_ascii_words() {
        let text = "Kazakh Astana-1997 `quoted` KAZAKHSTANSKAYA-PRAVDA-SOVEREIGN Nur\u{2013}Sultan\u{2019}s \
                    \u{C9}MILE ordinary";
        let doc = DocContext::new(text);
        assert!(doc.len() >= 7, "{} tokens", doc.len());
        for i in 0..doc.len() {
            assert_eq!(doc.lower(i), norm_lower(doc.word(i)), "{:?}", doc.word(i));
        }
        assert!(doc.key(0, 0) == phrase_key(["kazakh"]));
    }

    #[test]
    fn keys_of_token_runs_are_the_keys_of_their_normalized_forms() {
        let text = "Bank of `America` Nur\u{2013}Sultan\u{2019}s A-1997 \u{C9}MILE U.S. said";
        let doc = DocContext::new(text);
        let slow = |a: usize, b: usize| {
            phrase_key(
                (a..=b)
                    .map(|i| norm_lower(doc.word(i)))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            )
        };
        // Before any normalized form is kept (ASCII words hashed as they are normalized), and
        // after all are.
        for asked in [false, true] {
            for a in 0..doc.len() {
                for b in a..doc.len() {
                    assert_eq!(doc.key(a, b), slow(a, b), "{a}..={b} asked: {asked}");
                }
            }
            for i in 0..doc.len() {
                let _ = doc.lower(i);
            }
        }
    }

    #[test]
    fn a_document_may_hold_each_of_its_words_and_holds_none_whose_mark_is_unset() {
        let doc = DocContext::new("The Velmor Empire fell in 1453 , née Orsk-Tarn ; a");
        for i in 0..doc.len() {
            assert!(doc.may_hold(doc.word(i)), "{:?}", doc.word(i));
        }
        let absent = ["Republic", "League", "Hall", "of", "and", "Air", "-", "empire"];
        for w in absent.iter().filter(|w| !doc.words().iter().any(|d| d.len() == w.len())) {
            let same =
                doc.words().iter().any(|d| word_mark(d.as_bytes()) == word_mark(w.as_bytes()));
            assert_eq!(doc.may_hold(w), same, "{w:?}");
        }
        assert_eq!(word_mark(b""), 0);
        assert_ne!(word_mark(b"of"), word_mark(b"on"));
    }

    #[test]
    fn a_document_may_hold_the_normalized_form_of_each_of_its_words_in_any_case() {
        let doc =
            DocContext::new("REPORTING by Dana Velmor ; Compiled in Orsk , editinG \u{212A}ind");
        for i in 0..doc.len() {
            let lower = doc.lower(i);
            if !lower.is_empty() && lower.bytes().all(|b| b.is_ascii_lowercase()) {
                assert!(doc.may_hold_lower(lower), "{lower:?}");
            }
        }
        assert_eq!(doc.lower(doc.len() - 1), "kind");
        assert!(!doc.may_hold_lower("assistance") && !doc.may_hold_lower("writing"));
    }

    #[test]
    fn a_document_reading_the_lists_of_the_one_before_finds_what_fresh_lists_find() {
        let texts = [
            "Orsk-Tarn Holdings said on Monday. Dana Ruiz agreed.\nVELMOR , March 3",
            "Short one.",
            "The Velmor-Orsk line opened. It runs to Tarnsk (Orsk ).\n\nKai Vale ( Kai ) said so",
        ];
        for text in texts.iter().chain(texts.iter().rev()) {
            let doc = DocContext::new(text);
            let toks = crate::text::tokenize(text);
            assert_eq!(doc.toks, toks);
            for (s, r) in toks.sentences.iter().enumerate() {
                for i in r.clone() {
                    assert_eq!(doc.sentence_of(i), s);
                    assert_eq!(doc.starts_sentence(i), i == r.start);
                }
            }
            let words = toks.words(text);
            let cases: Vec<Case> = words.iter().map(|w| case_of(w)).collect();
            assert_eq!(doc.cases(), cases);
            let capitalized: Vec<usize> =
                (0..doc.len()).filter(|&i| is_capital(cases[i])).collect();
            assert_eq!(doc.capitalized_tokens().collect::<Vec<_>>(), capitalized);
            let hyphenated: Vec<usize> =
                capitalized.into_iter().filter(|&i| words[i].contains('-')).collect();
            assert_eq!(doc.hyphenated_capitalized_tokens().collect::<Vec<_>>(), hyphenated);
            let brackets: Vec<usize> = (0..doc.len()).filter(|&i| words[i] == "(").collect();
            assert_eq!(doc.opening_brackets(), brackets);
            // No mark of an earlier document's words is left set.
            let mark = |w: &str| word_mark(w.as_bytes());
            for other in texts {
                for w in crate::text::tokenize(other).words(other) {
                    let held = words.iter().any(|d| mark(d) == mark(w));
                    assert_eq!(doc.may_hold(w), held, "{w:?} in {text:?}");
                }
            }
            for (i, w) in words.iter().enumerate() {
                assert_eq!(doc.lower(i), norm_lower(w));
            }
        }
    }

    #[test]
    fn a_legal_form_with_its_period_inside_a_sentence_is_found() {
        use crate::names::lexicon::CORPSUFFIX;
        let doc = DocContext::new("Orsk Harbour Corp. and Velmor Inc. said Vendrix Ltd. rose.");
        let words = ["Corp.", "Inc.", "Ltd."];
        for i in (0..doc.len()).filter(|&i| words.contains(&doc.word(i))) {
            assert!(doc.cats(i) & CORPSUFFIX != 0, "{:?}", doc.word(i));
        }
        assert_eq!((0..doc.len()).filter(|&i| words.contains(&doc.word(i))).count(), 3);
        let said = (0..doc.len()).find(|&i| doc.word(i) == "said").unwrap();
        assert_eq!(doc.cats(said) & CORPSUFFIX, 0);
    }
}

//! Greedy left-to-right decoding over BILOU labels with label history, shared by training and
//! inference through the [`Scorer`] trait (inference caches per-word scores; training records
//! the features it used so it can update them).

use std::cell::RefCell;

use once_cell::sync::Lazy;

use super::context::{Alone, DocContext};
use super::features::{
    allowed, bigram_key, class_of, offset_slot, split_label, word_features, word_identity_key,
    Case, Pos, Small, WordFeatures, L, SLOTS, SLOT_CAPS, SLOT_SSTART,
};
use super::lexicon::{
    norm_lower, phrase_key, phrase_key_extend, phrase_key_extend_if_ascii, PhraseHit, GAZETTEER,
};
use super::model::Model;
use super::span::{NameLabel, NameSpan};
use crate::hash::KeyMap;
use crate::text::Tokens;

/// Number of entity types plus O in the document memory.
const MEM: usize = 5;

/// What decoding needs from the weights.
pub(crate) trait Scorer {
    /// Interns a word, returning its id.
    fn word(&mut self, word: &str) -> u32;
    /// Interns the words whose id is [`WANTED`], writing their ids in place (as
    /// [`Scorer::word`] one by one would).
    fn intern(&mut self, words: &[&str], ids: &mut [u32]) {
        for (w, id) in words.iter().zip(ids) {
            if *id == WANTED {
                *id = self.word(w);
            }
        }
    }
    /// The interned word's normalized form, its hash (its one-word phrase key) and its case.
    fn info(&self, id: u32) -> (&str, u64, Case);
    /// The interned word's hash (as [`Scorer::info`] gives it).
    fn key(&self, id: u32) -> u64 {
        self.info(id).1
    }
    /// The phrase key `h` extended by the interned word's normalized form.
    fn extend_phrase(&self, h: u64, id: u32) -> u64 {
        phrase_key_extend(Some(h), self.info(id).0)
    }
    /// Starts bringing what scoring a sentence's `near` tokens reads of its interned words
    /// into the CPU's cache (`ids` may be [`NO_ID`]; `headline`: see [`is_headline`]): a hint,
    /// it changes no score.
    fn warm(&self, _ids: &[u32], _near: &[bool], _headline: bool) {}
    /// Whether a gazetteer phrase of two or more words starts with the interned word.
    fn starts_phrase(&self, id: u32) -> bool {
        GAZETTEER.lookup(phrase_key_extend(None, self.info(id).0)).prefix
    }
    /// Adds the scores of slot `slot` of word `id`.
    fn add_slot(&mut self, id: u32, slot: usize, scores: &mut [f32; L]);
    /// Adds the scores of a context feature with few values.
    fn add_small(&mut self, f: Small, scores: &mut [f32; L]);
    /// Adds the scores of a context feature with many values (a word pair).
    fn add_key(&mut self, key: u64, scores: &mut [f32; L]);
    /// Adds the label-history scores.
    fn add_trans(&mut self, l2: usize, l1: usize, scores: &mut [f32; L]);
    /// What the scorer keeps of the interned word for the stages after tagging (none when
    /// it keeps nothing).
    fn facts(&self, _id: u32) -> Option<WordFacts> {
        None
    }
    /// Starts a new token (training: forget the features of the previous one; `learning` when
    /// a mistake on it will be learned from).
    fn begin(&mut self, _learning: bool) {}
    /// Called between sentences; word ids need not survive it.
    fn sentence_done(&mut self) {}
    /// Learns from a mistake on the current token (training only).
    fn update(&mut self, _gold: usize, _pred: usize) {}
}

/// The labels of a text's tokens, with the margin of each decision.
#[derive(Debug, Default)]
pub(crate) struct Tagged {
    pub labels: Vec<u8>,
    pub margins: Vec<f32>,
    /// Per token, what [`Scorer::facts`] says of its word (none for a token the tagger did
    /// not score).
    pub facts: Vec<Option<WordFacts>>,
}

/// What the tagger's word cache knows of a word that later stages would otherwise look up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordFacts {
    /// The labels the row of the word's identity feature scores above O, one bit per label
    /// (see [`identity_bits`]).
    pub identity: u32,
    /// What the gazetteer says of the word alone.
    pub alone: Alone,
}

const NO_ID: u32 = u32::MAX;
/// In place of a word id: the word is to be interned.
const WANTED: u32 = u32::MAX - 1;
/// In place of a word id: a position beyond the sentence (the ids of words are below it).
const EDGE: u32 = u32::MAX - 2;

/// Whether a token with this case may start or continue a name.
fn capish(c: Case) -> bool {
    matches!(c, Case::Title | Case::Upper)
}

/// Label counts per normalized word (PER, LOC, ORG, MISC, O).
pub(crate) type Memory = KeyMap<u64, [u16; MEM]>;

/// Tags all tokens of a document in two passes: the second sees what the first found
/// anywhere in the document. With `gold`, learns from every mistake of the second pass.
/// `words` holds each token as written ([`Tokens::words`]), `cases` its case class
/// ([`cases_of`](super::features::cases_of)). Training decodes with fresh buffers; tagging
/// reuses a thread's (see [`tag`]).
#[cfg(any(test, feature = "train"))]
pub(crate) fn decode<S: Scorer>(
    words: &[&str],
    toks: &Tokens,
    cases: &[Case],
    scorer: &mut S,
    gold: Option<&[u8]>,
) -> Tagged {
    std::mem::take(decode_with(words, toks, cases, scorer, gold, &mut Scratch::default()))
}

/// [`decode`] in the buffers of `scratch`, left in it for the next document: the labels and
/// margins are those of [`Scratch::second`], the facts moved there from the work buffers.
fn decode_with<'s, S: Scorer>(
    words: &[&str],
    toks: &Tokens,
    cases: &[Case],
    scorer: &mut S,
    gold: Option<&[u8]>,
    scratch: &'s mut Scratch,
) -> &'s mut Tagged {
    let Scratch { classes, caps, near, work, first, second, global, memory } = scratch;
    work.facts.clear();
    work.facts.resize(toks.tokens.len(), None);
    classes.clear();
    classes.extend(words.iter().zip(cases).map(|(w, &c)| class_of(w, c)));
    // Both passes score the same tokens: marked once.
    mark_near(cases, toks, caps, near);
    let input = Input { words, toks, cases, classes, near };
    // Learning needs every feature of every token in the second pass: nothing is kept then.
    work.statics.reset(if gold.is_none() { toks.tokens.len() } else { 0 });
    decode_pass(&input, scorer, None, None, first, global, work);
    let first = FirstPass { memory: global, tagged: first };
    decode_pass(&input, scorer, gold, Some(first), second, memory, work);
    second.facts = std::mem::take(&mut work.facts);
    second
}

/// A document as decoding reads it: each token as written, the tokens and sentences, each
/// token's case and class ([`class_of`]), and whether it is near a capitalized word (see
/// [`mark_near`]).
struct Input<'a> {
    words: &'a [&'a str],
    toks: &'a Tokens,
    cases: &'a [Case],
    classes: &'a [u8],
    near: &'a [bool],
}

/// The pieces of `toks` decoding reads one at a time: its sentences, a "sentence" longer than
/// any real one (a table, a list, text with no stops) cut in pieces of [`MAX_SENTENCE`]
/// tokens, so the per-thread word cache can start afresh between them.
fn pieces(toks: &Tokens) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    toks.sentences.iter().flat_map(|r| {
        (r.start..r.end).step_by(MAX_SENTENCE).map(move |a| a..(a + MAX_SENTENCE).min(r.end))
    })
}

/// What a decoding pass works in besides its labels and memory.
#[derive(Default)]
struct Work {
    statics: Statics,
    sentence: Sentence,
    /// [`Tagged::facts`] of each token, filled in as tokens are scored.
    facts: Vec<Option<WordFacts>>,
}

/// The buffers of decoding a document, kept for the next one (per thread when tagging): a
/// document no longer than those before allocates nothing but its facts.
#[derive(Default)]
struct Scratch {
    classes: Vec<u8>,
    /// Whether each token is capitalized (scratch of [`mark_near`]).
    caps: Vec<bool>,
    near: Vec<bool>,
    work: Work,
    /// The first pass's labels and memory (the second pass's global memory).
    first: Tagged,
    /// The second pass's labels and margins (its facts are handed on: see [`decode_with`]).
    second: Tagged,
    global: Memory,
    /// The second pass's memory.
    memory: Memory,
}

/// Documents of up to this many tokens leave their buffers for the next (a longer one's are
/// dropped: a thread keeps no more than about 10 MB).
const SCRATCH_TOKENS: usize = 1 << 16;

/// The part of each token's scores that does not depend on earlier labels, and its word's
/// memory key, kept from the first pass for the second (up to a bound, so huge texts do not
/// double their memory).
#[derive(Default)]
struct Statics {
    /// Index into `sums` per token, or [`NO_ID`].
    of_token: Vec<u32>,
    sums: Vec<([f32; L], u64)>,
    /// Whether each piece of text with a capitalized word is a headline (see [`is_headline`]),
    /// in reading order.
    headlines: Vec<bool>,
}

/// Tokens tagged as one sentence at most.
const MAX_SENTENCE: usize = 1000;

/// At most this many tokens keep their static scores (about 10 MB; a long article has 10,000).
pub(super) const STATIC_LIMIT: usize = 1 << 17;

impl Statics {
    /// Empties the statics for a document whose first `n` tokens may keep theirs.
    fn reset(&mut self, n: usize) {
        self.of_token.clear();
        self.of_token.resize(n, NO_ID);
        self.sums.clear();
        // Most tokens of news are near a capitalized word; the rest are few.
        self.sums.reserve(n.min(STATIC_LIMIT));
        self.headlines.clear();
    }

    /// Whether the `piece`-th piece read is a headline: found by `test` in the first pass,
    /// remembered for the second.
    fn headline(&mut self, piece: usize, test: impl FnOnce() -> bool) -> bool {
        if let Some(&h) = self.headlines.get(piece) {
            return h;
        }
        let h = test();
        if piece == self.headlines.len() {
            self.headlines.push(h);
        }
        h
    }

    fn get(&self, token: usize) -> Option<([f32; L], u64)> {
        let k = *self.of_token.get(token)?;
        self.sums.get(k as usize).copied()
    }

    fn keep(&mut self, token: usize, scores: &[f32; L], lower_key: u64) {
        if self.sums.len() < STATIC_LIMIT && token < self.of_token.len() {
            self.of_token[token] = self.sums.len() as u32;
            self.sums.push((*scores, lower_key));
        }
    }
}

/// Emits the memory features of a word: each type it got, and the most frequent one.
fn add_memory<S: Scorer>(
    scorer: &mut S,
    counts: &[u16; MEM],
    case: Case,
    feature: fn(usize, bool, Case) -> Small,
    scores: &mut [f32; L],
) {
    let mut best = 0;
    for t in 0..MEM {
        if counts[t] > 0 {
            scorer.add_small(feature(t, false, case), scores);
        }
        if counts[t] > counts[best] {
            best = t;
        }
    }
    scorer.add_small(feature(best, true, case), scores);
}

/// Emits the memory features of a capitalized token whose word has memory key `lower_key`:
/// the labels its word got earlier in this pass (`counts`, see [`counts_of`]: none, or all
/// zero, when it got none), and (second pass) anywhere in the document.
fn add_memories<S: Scorer>(
    scorer: &mut S,
    (counts, global): (Option<&[u16; MEM]>, Option<&Memory>),
    lower_key: u64,
    case: Case,
    scores: &mut [f32; L],
) {
    if let Some(counts) = counts.filter(|c| c.iter().any(|&n| n > 0)) {
        add_memory(scorer, counts, case, Small::hist, scores);
    }
    if let Some(counts) = global.and_then(|g| g.get(&lower_key)) {
        add_memory(scorer, counts, case, Small::global, scores);
    }
}

/// The counts of a capitalized token's word (memory key `lower_key`) in this pass's memory.
/// Outside a headline, where the token will be counted, they are made room for (all zero
/// until then), so that reading and counting look the word up once.
fn counts_of(memory: &mut Memory, lower_key: u64, headline: bool) -> Option<&mut [u16; MEM]> {
    match headline {
        true => memory.get_mut(&lower_key),
        false => Some(memory.entry(lower_key).or_insert([0; MEM])),
    }
}

/// Marks in `near` the tokens near a capitalized word (it, or a neighbour in its piece of
/// text, is one; see [`pieces`]): they are scored, the others are O. `cases` are the tokens'
/// case classes; `caps` is scratch.
/// The whole document is marked at once, each token from its neighbours on both sides (whole
/// rows of bytes ORed: vector instructions), then the first and last token of each piece
/// again from its own neighbours alone.
fn mark_near(cases: &[Case], toks: &Tokens, caps: &mut Vec<bool>, near: &mut Vec<bool>) {
    caps.clear();
    caps.extend(cases.iter().map(|&c| capish(c)));
    near.clone_from(caps);
    let n = near.len();
    if n > 1 {
        near[1..].iter_mut().zip(&caps[..n - 1]).for_each(|(x, &c)| *x |= c);
        near[..n - 1].iter_mut().zip(&caps[1..]).for_each(|(x, &c)| *x |= c);
    }
    for piece in pieces(toks) {
        let near_in = |i: usize| {
            caps[i] | (i > piece.start && caps[i - 1]) | (i + 1 < piece.end && caps[i + 1])
        };
        near[piece.start] = near_in(piece.start);
        near[piece.end - 1] = near_in(piece.end - 1);
    }
}

/// What scoring a sentence's tokens needs beyond the words: word ids, gazetteer phrases,
/// capitalized runs and the shape of the sentence.
#[derive(Default)]
struct Sentence {
    ids: Vec<u32>,
    /// The gazetteer phrase features of each token (of the first `m` lists, for a sentence of
    /// `m` tokens).
    phrase: Vec<Vec<Small>>,
    run: Vec<Option<Small>>,
    capsline: bool,
    digit_bucket: usize,
    /// Scratch of [`Sentence::mark_phrases`]: each phrase's first token, its key extended by
    /// the next token, and what the gazetteer says of that key.
    starts: Vec<(usize, u64, PhraseHit)>,
}

/// Whether the sentence is a headline: all in capitals ("VENDRIX TAKES OVER AT THE TOP") or
/// in title case ("Why Vendrix Is Leaving Tarnsk Early"); either way case says little about names
/// there, and what the tagger finds in it does not spread through the document's memory.
pub(crate) fn is_headline(words: &[&str], case: &[Case]) -> bool {
    let (mut upper, mut other, mut long_title, mut long_lower) = (0, 0, 0, 0);
    for (i, &c) in case.iter().enumerate() {
        // Digits and punctuation count for neither test.
        if c == Case::Other {
            continue;
        }
        // Only "two or more" and "four or more" letters matter: stop counting at four.
        let word = words[i];
        let letters = match word.as_bytes() {
            // Most words open with four ASCII letters: no need to read on.
            [a, b, c, d, ..] if [a, b, c, d].into_iter().all(u8::is_ascii_alphabetic) => 4,
            bytes if word.is_ascii() => {
                bytes.iter().filter(|b| b.is_ascii_alphabetic()).take(4).count()
            }
            _ => word.chars().filter(|c| c.is_alphabetic()).take(4).count(),
        };
        if letters >= 2 {
            match c {
                Case::Upper => upper += 1,
                _ => other += 1,
            }
        }
        if letters >= 4 && i > 0 {
            match c {
                Case::Title => long_title += 1,
                Case::Lower => long_lower += 1,
                _ => {}
            }
        }
        // Neither test can pass any more (most sentences, early on): a long lower-case word
        // rules out title case, and the words left cannot bring the capitals to five times
        // the others.
        if long_lower > 0 && other * 5 > upper + (case.len() - i - 1) {
            return false;
        }
    }
    (upper >= 2 && other * 5 <= upper) || (long_title >= 3 && long_lower == 0)
}

/// How much of a sentence is digits, in four buckets.
fn digit_bucket(class: &[u8]) -> usize {
    let m = class.len();
    let digits = class.iter().filter(|&&c| c == 3).count();
    match digits * 10 / m {
        0 if digits == 0 => 0,
        0..=1 => 1,
        2..=3 => 2,
        _ => 3,
    }
}

impl Sentence {
    /// Prepares the sentence of `words` whose tokens `near` a capitalized word are scored
    /// (`headline`: see [`is_headline`]).
    /// Not inlined: called once a sentence, it would only make the loop over the tokens it is
    /// called from larger, which the compiler then fits less well in registers (the loop took
    /// about 40 more instructions a token with it inlined).
    #[inline(never)]
    fn prepare<S: Scorer>(
        &mut self,
        words: &[&str],
        scorer: &mut S,
        (case, class, near): (&[Case], &[u8], &[bool]),
        headline: bool,
    ) {
        let m = case.len();
        // Wanted: within two tokens of a near one, that is when the last near token up to two
        // on is at most two back (one pass over the tokens, where filling the five of each
        // near token took a loop each).
        let mut last_near = near.iter().take(2).rposition(|&n| n);
        self.ids.clear();
        self.ids.extend((0..m).map(|j| {
            if near.get(j + 2) == Some(&true) {
                last_near = Some(j + 2);
            }
            if last_near.is_some_and(|l| l + 2 >= j) {
                WANTED
            } else {
                NO_ID
            }
        }));
        scorer.intern(words, &mut self.ids);
        scorer.warm(&self.ids, near, headline);
        self.capsline = headline;
        self.digit_bucket = digit_bucket(class);
        self.mark_phrases(words, scorer, case);
        self.mark_runs(case);
    }

    /// Marks each token with the gazetteer phrases of two or more tokens it lies in.
    /// The gazetteer is read in two rounds: first the key of each capitalized word that may
    /// start a phrase extended by the next word, all looked up before any is used (the
    /// look-ups miss the CPU's cache and need not wait for one another); then each phrase on
    /// from there.
    fn mark_phrases<S: Scorer>(&mut self, words: &[&str], scorer: &mut S, case: &[Case]) {
        let m = case.len();
        let gaz = &*GAZETTEER;
        // The lists of tokens past this sentence's last are kept (left unread), so that their
        // room serves the next sentences: cut to `m`, the lists were freed and made anew.
        if self.phrase.len() < m {
            self.phrase.resize(m, Vec::new());
        }
        self.phrase[..m].iter_mut().for_each(Vec::clear);
        self.starts.clear();
        for (s, &c) in case.iter().enumerate() {
            if !capish(c) {
                continue;
            }
            // Whether a phrase starts with the word is known per word: most capitalized words
            // need no reading of the gazetteer.
            let (key, prefix) = match self.ids[s] {
                NO_ID => {
                    let key = phrase_key_extend(None, &norm_lower(words[s]));
                    (key, gaz.lookup(key).prefix)
                }
                id => (scorer.key(id), scorer.starts_phrase(id)),
            };
            if !prefix || s + 1 >= (s + gaz.max_len).min(m) {
                continue;
            }
            let h = self.extend_phrase(words, scorer, key, s + 1);
            self.starts.push((s, h, gaz.lookup(h)));
        }
        for k in 0..self.starts.len() {
            let (s, mut h, mut hit) = self.starts[k];
            let end = (s + gaz.max_len).min(m);
            let mut e = s + 1;
            loop {
                if let Some(entry) = hit.entry {
                    self.mark_phrase(s, e, entry.cats);
                } else if !hit.prefix {
                    break;
                }
                e += 1;
                if e >= end {
                    break;
                }
                h = self.extend_phrase(words, scorer, h, e);
                hit = gaz.lookup(h);
            }
        }
    }

    /// The phrase key `h` extended by token `e`.
    fn extend_phrase<S: Scorer>(&self, words: &[&str], scorer: &S, h: u64, e: usize) -> u64 {
        match self.ids[e] {
            NO_ID => phrase_key_extend(Some(h), &norm_lower(words[e])),
            id => scorer.extend_phrase(h, id),
        }
    }

    /// Marks tokens `s..=e` with their places in a gazetteer phrase of categories `cats`.
    fn mark_phrase(&mut self, s: usize, e: usize, cats: u16) {
        for bit in 0..16 {
            if cats & (1 << bit) != 0 {
                for (k, ph) in self.phrase[s..=e].iter_mut().enumerate() {
                    let pos = if k == 0 {
                        Pos::B
                    } else if s + k == e {
                        Pos::Lst
                    } else {
                        Pos::I
                    };
                    ph.push(Small::phrase(bit, pos));
                }
            }
        }
    }

    /// Marks each token with its place in its run of capitalized words.
    fn mark_runs(&mut self, case: &[Case]) {
        let m = case.len();
        self.run.clear();
        self.run.resize(m, None);
        let mut i = 0;
        while i < m {
            if capish(case[i]) {
                let mut j = i;
                while j < m && capish(case[j]) {
                    j += 1;
                }
                for (k, r) in self.run.iter_mut().enumerate().take(j).skip(i) {
                    *r = Some(Small::run(j - i, Pos::in_span(k, i, j - 1)));
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    /// The scores of token `i` that do not depend on earlier labels.
    /// The five words around the token are read into an array first ([`EDGE`] beyond the
    /// sentence): over a window of fixed size the loop checks no bounds and keeps the scores
    /// in registers (about 25 instructions a word where reading the sentence's ids took 45;
    /// written out five times instead, the loop compiled worse still).
    fn static_scores<S: Scorer>(&self, scorer: &mut S, i: usize, class: &[u8]) -> [f32; L] {
        let near = |k: usize| (i + k).checked_sub(2);
        let window: [u32; 5] =
            std::array::from_fn(|k| near(k).and_then(|j| self.ids.get(j)).map_or(EDGE, |&id| id));
        let mut scores = [0.0f32; L];
        for (k, &id) in window.iter().enumerate() {
            let p = k as isize - 2;
            match id {
                EDGE => scorer.add_small(Small::edge(p), &mut scores),
                NO_ID => {}
                id => scorer.add_slot(id, offset_slot(p), &mut scores),
            }
        }
        if i == 0 {
            scorer.add_slot(window[2], SLOT_SSTART, &mut scores);
        }
        if self.capsline {
            scorer.add_slot(window[2], SLOT_CAPS, &mut scores);
        }
        let cls: [u8; 5] =
            std::array::from_fn(|k| near(k).and_then(|j| class.get(j)).map_or(5, |&c| c));
        scorer.add_small(Small::class3(cls[1], cls[2], cls[3]), &mut scores);
        scorer.add_small(Small::class3_next(cls[2], cls[3], cls[4]), &mut scores);
        scorer.add_small(Small::digits(self.digit_bucket, cls[2]), &mut scores);
        for &f in &self.phrase[i] {
            scorer.add_small(f, &mut scores);
        }
        if let Some(f) = self.run[i] {
            scorer.add_small(f, &mut scores);
        }
        for (k, p) in [(1, -1isize), (2, 0)] {
            let (a, b) = (window[k], window[k + 1]);
            if a < EDGE && b < EDGE {
                scorer.add_key(bigram_key(scorer.key(a), scorer.key(b), p), &mut scores);
            }
        }
        scores
    }
}

/// What the second pass reads of the first: the memory of the whole document and the labels
/// and margins it gave.
#[derive(Clone, Copy)]
struct FirstPass<'a> {
    memory: &'a Memory,
    tagged: &'a Tagged,
}

impl FirstPass<'_> {
    /// The first pass's label and margin of token `t`, when they are the second's: `t` has no
    /// capital (so no memory feature, the one thing the passes score differently) and the
    /// first pass gave the two tokens before it in its piece, which starts at `s0`, the labels
    /// `(l2, l1)` (a token it did not score has label O, the history it then went on with).
    fn same(&self, t: usize, s0: usize, (l2, l1): (usize, usize), case: Case) -> Option<(u8, f32)> {
        let labels = &self.tagged.labels;
        let before = |k: usize| t.checked_sub(k).filter(|&j| j >= s0).map_or(0, |j| labels[j]);
        let same = !capish(case) && usize::from(before(1)) == l1 && usize::from(before(2)) == l2;
        same.then(|| (labels[t], self.tagged.margins[t]))
    }
}

/// One left-to-right pass, writing the labels to `out` and the document memory at the end to
/// `memory`. The first pass (no `first` yet) keeps the static scores it computes in
/// `work.statics`; the second reuses them, preparing a sentence only if one of its tokens has
/// none, and copies the first's decisions where they cannot differ (see [`FirstPass::same`];
/// not when learning, which reads every token's features).
fn decode_pass<S: Scorer>(
    input: &Input,
    scorer: &mut S,
    gold: Option<&[u8]>,
    first: Option<FirstPass>,
    out: &mut Tagged,
    memory: &mut Memory,
    work: &mut Work,
) {
    let global = first.map(|f| f.memory);
    let reuse = first.filter(|_| gold.is_none());
    let Input { words, toks, cases, classes, near } = *input;
    let Work { statics, sentence, facts } = work;
    let n = toks.tokens.len();
    out.labels.clear();
    out.labels.resize(n, 0);
    out.margins.clear();
    out.margins.resize(n, f32::INFINITY);
    memory.clear();
    // The second pass remembers the words the first did: room for them all from the start.
    memory.reserve(global.map_or(0, Memory::len));
    // Pieces with a capitalized word read so far (both passes read the same ones).
    let mut read = 0;
    for sent in pieces(toks) {
        let (s0, s1) = (sent.start, sent.end);
        let m = s1 - s0;
        let (case, class, near) = (&cases[s0..s1], &classes[s0..s1], &near[s0..s1]);
        if !near.contains(&true) {
            continue;
        }
        let sentence_words = &words[s0..s1];
        let headline = statics.headline(read, || is_headline(sentence_words, case));
        read += 1;
        let mut prepared = false;
        let (mut l2, mut l1) = (0usize, 0usize);
        let mut tokens = 0..m;
        while let Some(i) = tokens.next() {
            let open = matches!(split_label(l1), Some((_, Pos::B | Pos::I)));
            if !near[i] && !open {
                l2 = l1;
                l1 = 0;
                // The tokens up to the next near one follow O and are O too: passed at once
                // (after two of them, the history is O, O).
                let next = near[i + 1..].iter().position(|&n| n).map_or(m, |d| i + 1 + d);
                if next > i + 1 {
                    l2 = 0;
                }
                tokens.start = next;
                continue;
            }
            if let Some((label, margin)) = reuse.and_then(|f| f.same(s0 + i, s0, (l2, l1), case[i]))
            {
                out.labels[s0 + i] = label;
                out.margins[s0 + i] = margin;
                l2 = l1;
                l1 = usize::from(label);
                continue;
            }
            scorer.begin(gold.is_some());
            let kept = if global.is_some() { statics.get(s0 + i) } else { None };
            let (mut scores, lower_key) = match kept {
                Some(kept) => kept,
                None => {
                    if !prepared {
                        sentence.prepare(sentence_words, scorer, (case, class, near), headline);
                        prepared = true;
                    }
                    if sentence.ids[i] == NO_ID {
                        sentence.ids[i] = scorer.word(sentence_words[i]);
                    }
                    let scores = sentence.static_scores(scorer, i, class);
                    let lower_key = scorer.key(sentence.ids[i]);
                    facts[s0 + i] = scorer.facts(sentence.ids[i]);
                    if global.is_none() {
                        statics.keep(s0 + i, &scores, lower_key);
                    }
                    (scores, lower_key)
                }
            };
            scorer.add_trans(l2, l1, &mut scores);
            let capitalized = capish(case[i]);
            let mut counts = None;
            if capitalized {
                counts = counts_of(memory, lower_key, headline);
                add_memories(scorer, (counts.as_deref(), global), lower_key, case[i], &mut scores);
            }
            let (best, best_s, second) = best_allowed(&scores, ALLOWED_AFTER.get(l1));
            if let Some(g) = gold {
                let g = g[s0 + i] as usize;
                if g != best {
                    scorer.update(g, best);
                }
            }
            out.labels[s0 + i] = best as u8;
            out.margins[s0 + i] = best_s - second;
            // What the tagger finds in a headline stays out of the document's memory.
            if let Some(c) = counts.filter(|_| !headline) {
                let t = split_label(best).map_or(4, |(t, _)| t);
                c[t] = c[t].saturating_add(1);
            }
            l2 = l1;
            // Training continues from the gold label (the history stays right after a mistake).
            l1 = gold.map_or(best, |g| g[s0 + i] as usize);
        }
        scorer.sentence_done();
        if let Some(last) = out.labels.get_mut(s1 - 1) {
            *last = close_cut_name(*last);
        }
    }
}

/// The labels that may follow each label under BILOU, as a bound on each label's score:
/// `[prev][cur]` is +inf where `cur` may follow `prev` (its score stays) and -inf where not
/// (it is ruled out), so choosing a label is a min and a max over all labels, with no branch
/// and no list to walk.
struct AllowedAfter {
    bound: [[f32; L]; L],
}

/// The BILOU table, built once per process.
static ALLOWED_AFTER: Lazy<AllowedAfter> = Lazy::new(AllowedAfter::new);

impl AllowedAfter {
    fn new() -> AllowedAfter {
        let bound = |prev: usize, cur: usize| {
            if allowed(prev, cur) {
                f32::INFINITY
            } else {
                f32::NEG_INFINITY
            }
        };
        AllowedAfter {
            bound: std::array::from_fn(|prev| std::array::from_fn(|cur| bound(prev, cur))),
        }
    }

    fn get(&self, prev: usize) -> &[f32; L] {
        &self.bound[prev]
    }
}

/// The best label among the allowed ones (the first of equal scores), its score and the
/// runner-up's score; `bound` is [`AllowedAfter::get`] of the label before. Every label is
/// read, whatever the one before: which label wins is data the CPU cannot predict, and
/// whole rows of lanes compile to vector instructions.
fn best_allowed(scores: &[f32; L], bound: &[f32; L]) -> (usize, f32, f32) {
    let mut s: [f32; L] =
        std::array::from_fn(|l| if scores[l] < bound[l] { scores[l] } else { bound[l] });
    let best = first_of(&s, max_lane(&s));
    s[best] = f32::NEG_INFINITY;
    (best, scores[best], max_lane(&s))
}

/// The first lane of `s` holding `top`: the lowest bit of a mask of the lanes that do (written
/// so, the compiler compares the lanes four at a time and merges their bits with vector ORs,
/// about 30 instructions where taking the least lane number over the lanes took 50). Lane
/// L - 1 also when none holds it, which happens only when a score is NaN (a damaged model):
/// any label then, no panic.
fn first_of(s: &[f32; L], top: f32) -> usize {
    let holds: [bool; L - 1] = std::array::from_fn(|l| s[l] == top);
    let mut mask = u32::from(s[L - 1] == top) << (L - 1);
    for (l, &h) in holds.iter().enumerate() {
        mask |= u32::from(h) << l;
    }
    (mask.trailing_zeros() as usize).min(L - 1)
}

/// The greatest lane of `s` (the later of equal ones), taken pairwise in halves, so that lanes
/// side by side are compared at once (vector instructions) instead of in a chain of L steps:
/// the first 16 lanes in three halvings, then the last.
fn max_lane(s: &[f32; L]) -> f32 {
    const _: () = assert!(L == 17);
    let pick = |a: f32, b: f32| if a > b { a } else { b };
    let m: [f32; 8] = std::array::from_fn(|k| pick(s[k], s[k + 8]));
    let m: [f32; 4] = std::array::from_fn(|k| pick(m[k], m[k + 4]));
    let m: [f32; 2] = std::array::from_fn(|k| pick(m[k], m[k + 2]));
    pick(pick(m[0], m[1]), s[L - 1])
}

/// The label of a sentence's last token: a name cut off by the end of the sentence ends there.
fn close_cut_name(last: u8) -> u8 {
    match split_label(last as usize) {
        Some((t, Pos::B)) => super::features::label(t, Pos::U) as u8,
        Some((t, Pos::I)) => super::features::label(t, Pos::Lst) as u8,
        _ => last,
    }
}

/// A word as written: inline when it fits (most words do), so confirming a cache hit reads
/// no other memory.
enum Spelling {
    Inline { len: u8, bytes: [u8; 22] },
    Boxed(Box<str>),
}

impl Spelling {
    fn new(word: &str) -> Spelling {
        let mut bytes = [0; 22];
        match bytes.get_mut(..word.len()) {
            Some(b) => {
                b.copy_from_slice(word.as_bytes());
                Spelling::Inline { len: word.len() as u8, bytes }
            }
            None => Spelling::Boxed(word.into()),
        }
    }

    fn is(&self, word: &str) -> bool {
        match self {
            Spelling::Inline { len, bytes } => &bytes[..usize::from(*len)] == word.as_bytes(),
            Spelling::Boxed(b) => **b == *word,
        }
    }

    /// The word's bytes, when it is inline (if ASCII, its normalized form is its bytes each
    /// normalized on its own: see [`phrase_key_extend_if_ascii`]).
    fn inline(&self) -> Option<&[u8]> {
        match self {
            Spelling::Inline { len, bytes } => Some(&bytes[..usize::from(*len)]),
            Spelling::Boxed(_) => None,
        }
    }
}

/// Lanes of a score row that fill one cache line.
const HEAD: usize = 16;
/// The lanes of a score row after its [`HEAD`].
const TAIL: usize = L - HEAD;
/// Word-type slots read for nearly every token (offsets -2..=2), kept in a word's [`Block`];
/// the others (sentence start, all-caps sentence) are kept apart.
const HOT: usize = offset_slot(2) + 1;
const _: () = assert!(SLOT_SSTART >= HOT && SLOT_CAPS >= HOT && L > HEAD);

/// What scoring reads of a cached word, cache-line aligned: the first [`HEAD`] lanes of each
/// hot slot's scores fill one line each, and the last line holds the rest of the rows with
/// what confirming a cache hit and keying the word read. Scoring a token thus reads whole
/// lines of five words (a word's own rows, read as one, would straddle lines), and the part of
/// the cache read while tagging news stays small.
#[repr(C, align(64))]
struct Block {
    heads: [[f32; HEAD]; HOT],
    tails: [[f32; TAIL]; HOT],
    /// Hash of the normalized form (its one-word phrase key).
    lower_key: u64,
    spelling: Spelling,
    case: Case,
    /// Whether a gazetteer phrase of two or more words starts with the word.
    phrase_prefix: bool,
    /// The categories of [`WordFacts::alone`], [`NO_ENTRY`] for none.
    gazetteer_cats: u16,
    /// [`WordFacts::identity`].
    identity: u32,
}

/// In place of a [`Block`]'s gazetteer categories: the word has no entry (the categories use
/// fifteen bits).
const NO_ENTRY: u16 = u16::MAX;

const _: () = assert!(std::mem::size_of::<Block>() == (HOT + 1) * 64);

/// What scoring rarely reads of a cached word: its normalized form and the scores of the slots
/// past [`HOT`].
struct Cold {
    lower: Box<str>,
    rows: [[f32; L]; SLOTS - HOT],
}

/// Per-thread cache of word scores, reused across calls with the same model.
#[derive(Default)]
struct WordCache {
    model_id: u64,
    /// Word ids by the hash of the word as written (a word whose hash an earlier one has is
    /// scored afresh each time).
    index: WordIndex,
    /// Each word's [`Block`] and [`Cold`] part, by word id.
    blocks: Vec<Block>,
    cold: Vec<Cold>,
    /// Scratch of [`Inference::intern`]: the id each token's hash found.
    found: Vec<Option<u32>>,
}

/// Upper bound on cached words per thread (then the cache starts afresh).
const CACHE_LIMIT: usize = 60_000;

/// Slots of a [`WordIndex`]: room for the words of a full cache and of a sentence beyond it
/// ([`MAX_SENTENCE`]), at most half full.
const INDEX_SLOTS: usize = (2 * (CACHE_LIMIT + MAX_SENTENCE)).next_power_of_two();

/// Word ids by the hash of the word as written, in one open-addressing array of `u64`s (the
/// hash's high half, made odd, above the id; 0 empty): a look-up reads one cache line, where
/// a general hash map reads its control bytes and then its entries.
#[derive(Default)]
struct WordIndex {
    slots: Vec<u64>,
}

impl WordIndex {
    /// The slot the search for `key` starts at, and the tag it is stored with.
    fn home(key: u64) -> (usize, u64) {
        ((key as usize) & (INDEX_SLOTS - 1), (key >> 32 | 1) << 32)
    }

    /// The id of the first word inserted with `key` (a word hashing alike may share its tag:
    /// the caller compares spellings).
    fn get(&self, key: u64) -> Option<u32> {
        let (mut i, tag) = WordIndex::home(key);
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot >> 32 << 32 == tag {
                return Some(slot as u32);
            }
            i = (i + 1) & (INDEX_SLOTS - 1);
        }
    }

    /// Inserts `id` under `key` (not yet in the index).
    fn insert(&mut self, key: u64, id: u32) {
        if self.slots.is_empty() {
            self.slots = vec![0; INDEX_SLOTS];
        }
        let (mut i, tag) = WordIndex::home(key);
        while self.slots[i] != 0 {
            i = (i + 1) & (INDEX_SLOTS - 1);
        }
        self.slots[i] = tag | u64::from(id);
    }

    fn clear(&mut self) {
        self.slots.clear();
    }
}

/// The key a word as written is found by in the [`WordIndex`]: two reads of its bytes that
/// cover them all (overlapping words of eight or four bytes, or its first, middle and last
/// byte), mixed, where FNV-1a took a step per byte (a longer word, seldom met, is hashed so).
/// Only the cache reads it (a word whose key an earlier one has is told apart by its
/// spelling), so it need agree with no other hash.
fn spelling_key(word: &str) -> u64 {
    let b = word.as_bytes();
    let n = b.len();
    let eight =
        |k: usize| b.get(k..k + 8).and_then(|w| w.try_into().ok()).map_or(0, u64::from_le_bytes);
    let four =
        |k: usize| b.get(k..k + 4).and_then(|w| w.try_into().ok()).map_or(0, u32::from_le_bytes);
    let (x, y) = match n {
        17.. => (crate::hash::fnv(word), 0),
        8.. => (eight(0), eight(n - 8)),
        4.. => (u64::from(four(0)), u64::from(four(n - 4))),
        1.. => (u64::from(b[0]) << 16 | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]), 0),
        0 => (0, 0),
    };
    crate::hash::mix(x ^ (n as u64) << 56, y)
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The inference scorer: a model plus the per-thread word cache.
struct Inference<'a> {
    model: &'a Model,
    cache: &'a mut WordCache,
}

impl Inference<'_> {
    /// The scores of each slot of a new word: the sums of its features' rows, in order.
    fn slot_scores(&self, f: &WordFeatures) -> [[f32; L]; SLOTS] {
        let mut scores = [[0.0f32; L]; SLOTS];
        for (slot, keys) in f.slots.iter().enumerate() {
            for &k in keys {
                if let Some(r) = self.model.row(k) {
                    for (s, w) in scores[slot].iter_mut().zip(r) {
                        *s += w;
                    }
                }
            }
        }
        scores
    }
}

impl Scorer for Inference<'_> {
    /// First every look-up, then every check of what it found: the look-ups do not wait for
    /// one another, so their cache misses overlap (a new word still goes through `word`, in
    /// order, so the ids are the same).
    fn intern(&mut self, words: &[&str], ids: &mut [u32]) {
        let found = &mut self.cache.found;
        found.clear();
        found.extend(words.iter().zip(ids.iter()).map(|(w, &id)| match id {
            WANTED => self.cache.index.get(spelling_key(w)),
            _ => None,
        }));
        for (k, (&word, id)) in words.iter().zip(ids.iter_mut()).enumerate() {
            if *id != WANTED {
                continue;
            }
            *id = match self.cache.found[k] {
                Some(f) if self.cache.blocks[f as usize].spelling.is(word) => f,
                _ => self.word(word),
            };
        }
    }

    fn word(&mut self, word: &str) -> u32 {
        let key = spelling_key(word);
        let cached = self.cache.index.get(key);
        if let Some(id) = cached.filter(|&id| self.cache.blocks[id as usize].spelling.is(word)) {
            return id;
        }
        let f = word_features(word);
        let scores = self.slot_scores(&f);
        let id = self.cache.blocks.len() as u32;
        self.cache.blocks.push(Block {
            heads: std::array::from_fn(|s| std::array::from_fn(|k| scores[s][k])),
            tails: std::array::from_fn(|s| std::array::from_fn(|k| scores[s][HEAD + k])),
            lower_key: f.lower_key,
            spelling: Spelling::new(word),
            case: f.case,
            phrase_prefix: f.phrase_prefix,
            gazetteer_cats: GAZETTEER
                .get(phrase_key([f.lower.as_str()]))
                .map_or(NO_ENTRY, |e| e.cats),
            identity: identity_bits(self.model, word),
        });
        self.cache
            .cold
            .push(Cold { lower: f.lower.into(), rows: std::array::from_fn(|k| scores[HOT + k]) });
        if cached.is_none() {
            self.cache.index.insert(key, id);
        }
        id
    }

    fn starts_phrase(&self, id: u32) -> bool {
        self.cache.blocks[id as usize].phrase_prefix
    }

    fn facts(&self, id: u32) -> Option<WordFacts> {
        let b = &self.cache.blocks[id as usize];
        let cats = Some(b.gazetteer_cats).filter(|&c| c != NO_ENTRY);
        let alone = Alone { cats, starts_phrase: b.phrase_prefix };
        Some(WordFacts { identity: b.identity, alone })
    }

    fn sentence_done(&mut self) {
        if self.cache.blocks.len() > CACHE_LIMIT {
            self.cache.blocks.clear();
            self.cache.cold.clear();
            self.cache.index.clear();
        }
    }

    fn info(&self, id: u32) -> (&str, u64, Case) {
        let b = &self.cache.blocks[id as usize];
        (&self.cache.cold[id as usize].lower, b.lower_key, b.case)
    }

    fn key(&self, id: u32) -> u64 {
        self.cache.blocks[id as usize].lower_key
    }

    fn extend_phrase(&self, h: u64, id: u32) -> u64 {
        // The word's spelling is at hand (the line read to confirm its cache hit); its
        // normalized form lies in another allocation.
        let spelling = &self.cache.blocks[id as usize].spelling;
        spelling
            .inline()
            .and_then(|word| phrase_key_extend_if_ascii(Some(h), word))
            .unwrap_or_else(|| phrase_key_extend(Some(h), &self.cache.cold[id as usize].lower))
    }

    /// Reads one lane of each head line that scoring the `near` tokens will read (the slot of
    /// offset `p` of word `j` when token `j - p` is near): the loads do not wait for one
    /// another (nor does scoring wait for them), so a sentence's cache misses overlap instead
    /// of coming one by one as its tokens are scored.
    /// Also the rows kept apart ([`Cold`]) that the sentence reads: the first token's
    /// sentence-start row, and in a headline every scored token's all-caps row.
    fn warm(&self, ids: &[u32], near: &[bool], headline: bool) {
        let mut touched = 0.0f32;
        // Both ends of a cold row (it may straddle two cache lines).
        let cold = |i: usize, slot: usize| {
            let row = ids.get(i).and_then(|&id| self.cache.cold.get(id as usize));
            row.map_or(0.0, |c| c.rows[slot - HOT][0] + c.rows[slot - HOT][L - 1])
        };
        for (i, _) in near.iter().enumerate().filter(|(_, &n)| n) {
            for p in -2isize..=2 {
                let j = i as isize + p;
                let block = usize::try_from(j).ok().and_then(|j| ids.get(j));
                if let Some(b) = block.and_then(|&id| self.cache.blocks.get(id as usize)) {
                    touched += b.heads[offset_slot(p)][0];
                }
            }
            if i == 0 {
                touched += cold(i, SLOT_SSTART);
            }
            if headline {
                touched += cold(i, SLOT_CAPS);
            }
        }
        std::hint::black_box(touched);
    }

    /// Inlined, as are [`Scorer::add_key`] and [`Scorer::add_small`]: the loop scoring a token
    /// keeps its scores in registers across them (the compiler, left to choose, called one of
    /// them once the loop grew, and stored and reloaded the scores around every call).
    #[inline(always)]
    fn add_slot(&mut self, id: u32, slot: usize, scores: &mut [f32; L]) {
        let id = id as usize;
        match self.cache.blocks[id].heads.get(slot) {
            Some(head) => add_split(scores, head, &self.cache.blocks[id].tails[slot]),
            None => add_row(scores, Some(&self.cache.cold[id].rows[slot - HOT])),
        }
    }

    #[inline(always)]
    fn add_small(&mut self, f: Small, scores: &mut [f32; L]) {
        add_row(scores, self.model.small.get(f.index()));
    }

    #[inline(always)]
    fn add_key(&mut self, key: u64, scores: &mut [f32; L]) {
        add_row(scores, self.model.row(key));
    }

    fn add_trans(&mut self, l2: usize, l1: usize, scores: &mut [f32; L]) {
        add_row(scores, Some(&self.model.trans[l2 * L + l1]));
    }
}

/// Whether the model learned a weight row for `word`'s identity: the tagger saw it in training.
pub(crate) fn knows_word(model: &Model, word: &str) -> bool {
    model.row(word_identity_key(word)).is_some()
}

/// Whether the model learned `word` as a word of `ty`'s names: its identity row scores one of
/// that type's labels above O ([`identity_bits`]).
pub(crate) fn learned_as(model: &Model, word: &str, ty: NameLabel) -> bool {
    let t = ty.index();
    let labels = (super::features::label(t, Pos::B)..=super::features::label(t, Pos::U))
        .fold(0u32, |m, l| m | 1 << l);
    identity_bits(model, word) & labels != 0
}

/// The labels the row of `word`'s identity feature ([`word_identity_key`]) scores above O, one
/// bit per label (none when the model has no such row).
pub(crate) fn identity_bits(model: &Model, word: &str) -> u32 {
    let Some(row) = model.row(word_identity_key(word)) else { return 0 };
    row.iter().enumerate().filter(|&(_, &w)| w > row[0]).fold(0, |m, (l, _)| m | 1 << l)
}

/// Adds a row kept as its [`HEAD`] and its [`TAIL`] to `scores` (each lane as [`add_row`]
/// adds it).
#[inline(always)]
fn add_split(scores: &mut [f32; L], head: &[f32; HEAD], tail: &[f32; TAIL]) {
    let (h, t) = scores.split_at_mut(HEAD);
    for (s, w) in h.iter_mut().zip(head) {
        *s += w;
    }
    for (s, w) in t.iter_mut().zip(tail) {
        *s += w;
    }
}

/// Adds a feature's weight row (if the model has one) to `scores`. Rows of a fixed length,
/// inlined: the compiler adds four lanes at a time and, in the scoring loop, keeps a token's
/// scores in vector registers from one row to the next (called, with rows of a length known
/// only when run, it added one lane at a time inlined, and stored and reloaded all the lanes
/// at every row not inlined). Each lane still adds its rows in the same order.
#[inline(always)]
fn add_row(scores: &mut [f32; L], row: Option<&[f32; L]>) {
    if let Some(row) = row {
        for (s, w) in scores.iter_mut().zip(row) {
            *s += w;
        }
    }
}

/// Tags a document with a trained model.
#[cfg(any(test, feature = "train"))]
pub(crate) fn tag(model: &Model, words: &[&str], toks: &Tokens, cases: &[Case]) -> Tagged {
    tag_with(model, words, toks, cases, std::mem::take)
}

/// Tags a document with a trained model and hands what it found to `read`, in the thread's
/// buffers (see [`decode_with`]): the labels and margins are read where they were written.
fn tag_with<R>(
    model: &Model,
    words: &[&str],
    toks: &Tokens,
    cases: &[Case],
    read: impl FnOnce(&mut Tagged) -> R,
) -> R {
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.model_id != model.id {
            *cache = WordCache { model_id: model.id, ..WordCache::default() };
        }
        let mut scorer = Inference { model, cache: &mut cache };
        SCRATCH.with(|s| {
            let mut scratch = s.borrow_mut();
            let read = read(decode_with(words, toks, cases, &mut scorer, None, &mut scratch));
            if scratch.classes.capacity() > SCRATCH_TOKENS {
                *scratch = Scratch::default();
            }
            read
        })
    })
}

/// The names the tagger finds in `doc`, read off its BILOU labels, each with the lowest
/// confidence of its tokens; and [`Tagged::facts`] of each token. What the gazetteer says of
/// the words it scored is handed to `doc` (see [`DocContext::know_alone`]).
pub(crate) fn tagged_spans(
    model: &Model,
    doc: &DocContext,
) -> (Vec<NameSpan>, Vec<Option<WordFacts>>) {
    tag_with(model, doc.words(), &doc.toks, doc.cases(), |tagged| spans_of(model, doc, tagged))
}

/// [`tagged_spans`] of what the tagger found in `doc` (its facts taken).
fn spans_of(
    model: &Model,
    doc: &DocContext,
    tagged: &mut Tagged,
) -> (Vec<NameSpan>, Vec<Option<WordFacts>>) {
    for (i, f) in tagged.facts.iter().enumerate() {
        if let Some(f) = f {
            doc.know_alone(i, f.alone);
        }
    }
    let scale = model.conf_scale;
    // News names a thing about once in ten tokens: room for that many, so the list is seldom
    // regrown.
    let mut spans = Vec::with_capacity(doc.len() / 8 + 1);
    let mut open: Option<(usize, NameLabel, f32)> = None;
    for (i, &l) in tagged.labels.iter().enumerate() {
        let split =
            split_label(l as usize).and_then(|(t, pos)| Some((NameLabel::from_index(t)?, pos)));
        // No name (most tokens): nothing to weigh.
        let Some((t, pos)) = split else {
            open = None;
            continue;
        };
        let m = tagged.margins[i];
        let c = if m.is_finite() { m / (m + scale) } else { 1.0 };
        match pos {
            Pos::U => spans.push(NameSpan { a: i, b: i, label: t, conf: c }),
            Pos::B => open = Some((i, t, c)),
            Pos::I => {
                if let Some(o) = open.as_mut().filter(|o| o.1 == t) {
                    o.2 = o.2.min(c);
                }
            }
            Pos::Lst => {
                if let Some((a, ot, oc)) = open.take() {
                    if ot == t {
                        spans.push(NameSpan { a, b: i, label: t, conf: oc.min(c) });
                    }
                }
            }
        }
    }
    (spans, std::mem::take(&mut tagged.facts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::features::{case_of, cases_of};
    use crate::text::tokenize;

    /// Scores nothing; counts the words interned between two `sentence_done` calls.
    #[derive(Default)]
    struct Counting {
        words: Vec<(String, Case)>,
        most: usize,
    }

    impl Scorer for Counting {
        fn word(&mut self, word: &str) -> u32 {
            self.words.push((word.to_string(), case_of(word)));
            self.most = self.most.max(self.words.len());
            (self.words.len() - 1) as u32
        }
        fn info(&self, id: u32) -> (&str, u64, Case) {
            let (w, case) = &self.words[id as usize];
            (w, crate::hash::fnv(w), *case)
        }
        fn add_slot(&mut self, _: u32, _: usize, _: &mut [f32; L]) {}
        fn add_small(&mut self, _: Small, _: &mut [f32; L]) {}
        fn add_key(&mut self, _: u64, _: &mut [f32; L]) {}
        fn add_trans(&mut self, _: usize, _: usize, _: &mut [f32; L]) {}
        fn sentence_done(&mut self) {
            self.words.clear();
        }
    }

    #[test]
    fn the_best_allowed_label_is_the_first_top_scoring_label_bilou_allows() {
        // Scores with ties (a few values only), read against a walk of the allowed labels.
        let mut x = 0x9E37_79B9_u32;
        for round in 0..2000 {
            let scores: [f32; L] = std::array::from_fn(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                (x % 7) as f32 - 3.0
            });
            let prev = round % L;
            let ok: Vec<usize> = (0..L).filter(|&l| allowed(prev, l)).collect();
            let top = ok.iter().map(|&l| scores[l]).fold(f32::NEG_INFINITY, f32::max);
            let best = ok.iter().copied().find(|&l| scores[l] == top).unwrap();
            let second = ok.iter().filter(|&&l| l != best).map(|&l| scores[l]);
            let second = second.fold(f32::NEG_INFINITY, f32::max);
            let got = best_allowed(&scores, ALLOWED_AFTER.get(prev));
            assert_eq!(got, (best, top, second), "{scores:?} after {prev}");
        }
    }

    #[test]
    fn the_first_lane_holding_the_top_is_found_as_a_walk_finds_it() {
        for round in 0..400usize {
            let mut s: [f32; L] = std::array::from_fn(|l| ((l * 7 + round) % 5) as f32);
            if round % 3 == 0 {
                s[round % L] = f32::NAN;
            }
            let top = max_lane(&s);
            let walk = (0..L).find(|&l| s[l] == top).unwrap_or(L - 1);
            assert_eq!(first_of(&s, top), walk, "{s:?}");
        }
        // No lane holds a NaN top: the last label, no panic.
        assert_eq!(first_of(&[1.0; L], f32::NAN), L - 1);
    }

    #[test]
    fn tokens_near_a_capitalized_word_are_those_a_walk_of_each_piece_finds() {
        let mut x = 0x2545_F491_u32;
        let mut next = |k: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x % k
        };
        for _ in 0..300 {
            let n = next(40) as usize;
            let cases: Vec<Case> = (0..n)
                .map(|_| [Case::Title, Case::Upper, Case::Lower, Case::Other][next(4) as usize])
                .collect();
            let mut cuts: Vec<usize> = (0..next(6)).map(|_| next(n as u32 + 1) as usize).collect();
            cuts.extend([0, n]);
            cuts.sort_unstable();
            cuts.dedup();
            let sentences = cuts.windows(2).map(|w| w[0]..w[1]).collect();
            let toks = Tokens { tokens: Vec::new(), sentences };
            let (mut caps, mut near) = (Vec::new(), Vec::new());
            mark_near(&cases, &toks, &mut caps, &mut near);
            for piece in pieces(&toks) {
                let case = &cases[piece.clone()];
                let cap = |i: usize| case.get(i).is_some_and(|&c| capish(c));
                for i in 0..case.len() {
                    let walk = cap(i) || (i > 0 && cap(i - 1)) || cap(i + 1);
                    assert_eq!(near[piece.start + i], walk, "{cases:?} {piece:?} {i}");
                }
            }
        }
    }

    #[test]
    fn the_words_within_two_tokens_of_a_near_one_are_interned() {
        let mut x = 0x9E37_79B9_u32;
        let mut sentence = Sentence::default();
        for _ in 0..500 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            // A sentence has a token or more.
            let m = 1 + (x % 13) as usize;
            let near: Vec<bool> = (0..m).map(|k| x >> (k + 8) & 3 == 0).collect();
            let words = vec!["word"; m];
            let (case, class) = (vec![Case::Lower; m], vec![2u8; m]);
            sentence.prepare(&words, &mut Counting::default(), (&case, &class, &near), false);
            let mut walk = vec![false; m];
            for i in (0..m).filter(|&i| near[i]) {
                walk[i.saturating_sub(2)..(i + 3).min(m)].fill(true);
            }
            let interned: Vec<bool> = sentence.ids.iter().map(|&id| id != NO_ID).collect();
            assert_eq!(interned, walk, "{near:?}");
        }
    }

    #[test]
    fn a_spelling_s_key_reads_every_byte_of_the_word() {
        for n in 0..=20 {
            let word = "a".repeat(n);
            let key = spelling_key(&word);
            assert_ne!(key, spelling_key(&"a".repeat(n + 1)), "{n}");
            for k in 0..n {
                let mut other = word.clone().into_bytes();
                other[k] = b'b';
                let other = String::from_utf8(other).unwrap();
                assert_ne!(key, spelling_key(&other), "{other:?}");
            }
        }
    }

    #[test]
    fn cached_spellings_match_only_the_same_word() {
        let long = "Velmorskaya-Gazeta-Sovereign";
        for word in ["", "Astana", "Nur-Sultan\u{2019}s", long] {
            let s = Spelling::new(word);
            assert!(s.is(word), "{word:?}");
            assert!(!s.is(&format!("{word}x")) && !s.is("astana"), "{word:?}");
        }
        assert!(matches!(Spelling::new(long), Spelling::Boxed(_)));
    }

    #[test]
    fn headlines_in_capitals_or_title_case_are_told_from_sentences() {
        let headline = |text: &str| {
            let words = tokenize(text).words(text);
            is_headline(&words, &cases_of(&words))
        };
        assert!(headline("Why Brenmoor's Tal Is Visiting Castlevane First"));
        assert!(headline("VENDRIX TAKES OVER AT THE TOP"));
        assert!(!headline("Tal is visiting Castlevane first, officials said."));
        assert!(!headline("Vendrix Holdings rose in Turin."));
    }

    #[test]
    fn a_sentence_of_endless_new_words_is_read_in_pieces() {
        let text: String = (0..5 * MAX_SENTENCE).map(|i| format!("Qor{i:x}vin ")).collect();
        let toks = tokenize(&text);
        assert_eq!(toks.sentences.len(), 1);
        let mut scorer = Counting::default();
        let words = toks.words(&text);
        let tagged = decode(&words, &toks, &cases_of(&words), &mut scorer, None);
        assert_eq!(tagged.labels.len(), 5 * MAX_SENTENCE);
        // Word ids live until the end of a piece: the cache can start afresh after each.
        assert!(scorer.most <= 3 * MAX_SENTENCE, "{} words in one piece", scorer.most);
    }

    #[test]
    fn the_second_pass_copies_tokens_with_no_capital_after_the_first_pass_s_history() {
        let (b, l) =
            (crate::names::features::label(0, Pos::B), crate::names::features::label(0, Pos::Lst));
        let tagged = Tagged {
            labels: vec![0, b as u8, l as u8, 0],
            margins: vec![1.0, 2.0, 3.0, 4.0],
            facts: Vec::new(),
        };
        let first = FirstPass { memory: &Memory::default(), tagged: &tagged };
        assert_eq!(first.same(3, 0, (b, l), Case::Lower), Some((0, 4.0)));
        assert_eq!(first.same(3, 0, (0, l), Case::Lower), None, "another history");
        assert_eq!(first.same(3, 0, (b, l), Case::Title), None, "a capital reads the memory");
        // In a piece that starts at token 2, token 3 follows O and the piece's first token.
        assert_eq!(first.same(3, 2, (0, l), Case::Other), Some((0, 4.0)));
        assert_eq!(first.same(3, 2, (b, l), Case::Other), None);
    }

    #[test]
    fn a_thread_s_reused_buffers_tag_each_document_as_fresh_ones_do() {
        let model = Model::from_bytes(crate::builtin_names_model()).unwrap();
        let long: String =
            (0..300).map(|i| format!("Envoy Arlen Voss{i} met Brenmoor officials. ")).collect();
        let texts = [
            "Finance minister Tal Orrin said Vendrix Holdings would open in Castlevane.",
            "VENDRIX SHARES RISE IN CASTLEVANE TRADING",
            long.as_str(),
            "Orrin left.",
        ];
        // Long, short, then long again: every buffer meets a document of another size.
        let mut with_names = 0;
        for text in texts.iter().chain(texts.iter().rev()) {
            let toks = tokenize(text);
            let words = toks.words(text);
            let cases = cases_of(&words);
            let reused = tag(&model, &words, &toks, &cases);
            let mut cache = WordCache { model_id: model.id, ..WordCache::default() };
            let mut scorer = Inference { model: &model, cache: &mut cache };
            let fresh = decode(&words, &toks, &cases, &mut scorer, None);
            assert_eq!(reused.labels, fresh.labels, "{text:.40}");
            let bits = |t: &Tagged| t.margins.iter().map(|m| m.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&reused), bits(&fresh), "{text:.40}");
            with_names += usize::from(reused.labels.iter().any(|&l| l != 0));
        }
        assert!(with_names >= 6, "names in {with_names} of 8 documents");
    }
}

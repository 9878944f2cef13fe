//! Document resolution: what the tagger's names become once the whole document is read. Each
//! stage is a module, run in this order by [`crate::NameExtractor`]:
//!
//! 1. [`lists`]: split names run across commas, a case's "v." or over "and" into a second
//!    name, cut trailing dates, join names around "&", programmes, battles, contests and
//!    religions become other names, and parks and streams places;
//! 1. [`places`]: a place named over "upon", "am" or a comma ("Newcastle upon Tyne",
//!    "Washington, D.C.") is one place;
//! 1. [`people`]: initials, particles, nicknames and "Jr." join the person they belong to, and
//!    first names a possessive name ran on with go back to theirs;
//! 1. [`long_names`]: organizations the tagger left out that end in an organization word are
//!    found, an organization word's complement after "for" or "of" (a council's after
//!    "on") joins it, a known longer name gets its rest, a person followed by an organization
//!    word names that organization, a force or party takes its nationality or number, a
//!    possessive that is part of a name joins it ("Boat Builders' Association"), a station
//!    takes its number, a nationality its compass word, "the League" names the league the
//!    document named in full, "the 82nd" before a verb a military unit, a hall of fame the
//!    words naming it ("Velmor Hockey Hall of Fame"), a council or committee the tagger left
//!    out before "on" and its subject, "Air" a country's airline, a name cut after "Our" its
//!    dedication ("Church of Our" + "Lady of Velmor"), a name of two subjects joined by "and"
//!    is one ("the House Ways and Means Committee"), and a country or city takes the
//!    organization word after it ("Kazakhstan Railways");
//! 1. [`foreign`]: a name opened by another language's word for a union, party, bank or
//!    institute ("Confederación General del Trabajo", "IG Metall") is one organization;
//! 1. [`roads`]: numbered roads ("Interstate 95") are places, and so are the streets of
//!    addresses and the towns after them ("48 Velmor Street, East Orsk"), towns before a
//!    country after a preposition of place ("in Dana Haag, the Netherlands"), divisions' names
//!    ("Orsk District", "South Velmor" + "County"), the states of party labels ("R-Utah"),
//!    hyphenated places after a preposition, old towns ("Old Velmora") and names with the
//!    Arabic article before a site's or village's word ("the al-Tarnia mosque") and railways
//!    ("the Velmor Valley Railroad", "the Velmor and Orsk Railroad", then "the Velmor
//!    train"), a war's front ("on the Western Front") and a republic named by its people
//!    ("the Tatar Republic"), and a "place" ending in a body's word is that body ("the Orsk
//!    County Tourism Board"), and the rivers after "confluence of" are places ([`places`]);
//!    relatives named by a first name alone, names after "née", leaders a government is
//!    named after ("the Velmorov administration"), surnames that speak or are spoken to
//!    ("Velmorov told Tarnek"), names that act as only people do ("Dana Velmor taught
//!    at"), names listed among people ("Dana Ruiz, Orsek Velmorov and Ilse Tarnova") and
//!    names whose "'s" a relative follows ("Tarnova's widow") are people, and so
//!    are families named by a surname's plural ("the Velmors") ([`people`]), and so are
//!    names written family name first ("Park Ji-hoon", "Nguyen Thi Lan Anh": [`family_names`]);
//! 1. [`teams`]: a city next to a sports result's verb ("beat") or after a player's career
//!    word ("26 games for Orsk") stands for its team, and a side of a results table's row
//!    that names clubs elsewhere is one, and so is a big city the tagger ran over a nickname
//!    ("the Boston Marlins"), a name ending in a club's abbreviation ("Tarnby FC"), a name
//!    heading a row of standings or a side of a result given with its country; a town shown
//!    once to be its club ("Orsk v Velmor", "Orsk are third") is the club at its other
//!    mentions, and so is a fixture's "person" in a list of clubs' fixtures and a cricket
//!    county in a report of cricket; a town left or reached at an hour ("left Boston at 10:45 pm") is a place,
//!    not a team ([`places`]); where the document speaks of no sport, a city taken for a team
//!    is the place;
//! 1. [`companies`]: companies listed on the major stock indices are organizations;
//! 1. [`coordination`]: a run left out in a list of organizations is one;
//! 2. [`user`]: the user's own names win where they overlap the tagger's;
//! 3. [`acronyms`]: acronyms tied to their expansions, acronyms of non-names dropped, and an
//!    acronym standing alone after "the" an organization ("the VKP said");
//! 4. [`consistency`]: one label per company, person and single word across the document;
//! 4. [`headlines`]: a title-case headline's names run over its verbs are cut into the names
//!    the body gives their words ("Tokayev Meets Putin"), and the body's names found in it;
//! 4. [`descriptors`]: names the text calls organizations or places ("the band X", "X is a
//!    Danish chain", "X is a village in") are so through the document;
//! 5. [`trim`]: other names, leading articles and years, a sentence's opening "The",
//!    possessives, sentence overruns and stops a name ran over go, a publication or a name
//!    printed with "The" within a sentence keeps it, and a business named by a possessive its
//!    "'s";
//! 6. [`canonical`]: canonical forms and titles, and the entities built from the names.

pub(crate) mod acronyms;
pub(crate) mod canonical;
pub(crate) mod companies;
pub(crate) mod consistency;
pub(crate) mod coordination;
pub(crate) mod descriptors;
pub(crate) mod family_names;
pub(crate) mod foreign;
pub(crate) mod headlines;
pub(crate) mod lists;
pub(crate) mod long_names;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod roads;
pub(crate) mod teams;
pub(crate) mod titles;
pub(crate) mod trim;
pub(crate) mod user;

use crate::names::context::{word_mark, DocContext};

/// Whether token `w` is a double quote: straight, curly, or written with two backticks or two
/// apostrophes as older news text does.
pub(crate) fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}" | "\u{201d}" | "``" | "''")
}

/// What the rest of a sentence refers to a name as: a person, at the token that says so, or a
/// thing or a body.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Referent {
    Person(usize),
    Thing,
}

/// The most words after a name read for the pronoun that refers to it.
const PRONOUN_REACH: usize = 8;

/// How the rest of the sentence's clause after token `b` refers to the name ending there: an
/// age between commas ("Velmor, 67,") or a "he", "his", "she", "her" or "him" within
/// [`PRONOUN_REACH`] words before any other pronoun names a person ("Velmor fired his
/// government", "Velmor told reporters he was confident"), the first "its" a thing or a body
/// ("Velmor said it would sell its stake"). "They" or "their", a semicolon, or a person's
/// pronoun after "it" ("Velmor makes it, he said") leave it open.
pub(crate) fn referent_after(doc: &DocContext, b: usize) -> Option<Referent> {
    let n = doc.len();
    let sentence = doc.sentence_of(b);
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    if word(b + 1) == "," && word(b + 3) == "," && is_short_number(word(b + 2), 3) {
        return Some(Referent::Person(b + 2));
    }
    let mut it = false;
    for i in (b + 1..n.min(b + 1 + PRONOUN_REACH)).take_while(|&i| doc.sentence_of(i) == sentence) {
        match doc.word(i) {
            "he" | "his" | "she" | "her" | "him" => return (!it).then_some(Referent::Person(i)),
            "its" => return Some(Referent::Thing),
            "it" => it = true,
            "they" | "their" | ";" => return None,
            _ => {}
        }
    }
    None
}

/// Whether `w` is a number of one to `max_digits` ASCII digits ("65", "1979").
pub(crate) fn is_short_number(w: &str, max_digits: usize) -> bool {
    (1..=max_digits).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// The parts of `w` before and after its first hyphen ("Velmo-Karsk": "Velmo", "Karsk"), found
/// byte by byte: the rules ask this of most capitalized words, and a string search costs more
/// on words so short.
pub(crate) fn split_first_hyphen(w: &str) -> Option<(&str, &str)> {
    let k = w.bytes().position(|c| c == b'-')?;
    Some((&w[..k], &w[k + 1..]))
}

/// Whether `w` holds a hyphen, found byte by byte as [`split_first_hyphen`] finds it (a rule
/// that asks this of every word of every name would pay more for a string search).
pub(crate) fn holds_hyphen(w: &str) -> bool {
    w.bytes().any(|c| c == b'-')
}

/// The parts of `w` before and after its last hyphen, as [`split_first_hyphen`] finds the
/// first.
pub(crate) fn split_last_hyphen(w: &str) -> Option<(&str, &str)> {
    let k = w.bytes().rposition(|c| c == b'-')?;
    Some((&w[..k], &w[k + 1..]))
}

/// Whether the part of `w` after its last hyphen (all of `w` without one) opens lower-case:
/// a compound adjective ("Orsk-based", "France-registered"), or no capitalized word.
pub(crate) fn ends_lower_case(w: &str) -> bool {
    split_last_hyphen(w).map_or(w, |(_, tail)| tail).starts_with(char::is_lowercase)
}

/// The words of `a` and then of `b`, as one array for one [`WordSet`] (a list that extends
/// another: "company words" are the firms' words and more). `C` must be `A + B`.
pub(crate) const fn join_words<const A: usize, const B: usize, const C: usize>(
    a: [&'static str; A],
    b: [&'static str; B],
) -> [&'static str; C] {
    assert!(A + B == C, "join_words: the joined length is the sum of the two");
    let mut out = [""; C];
    let mut i = 0;
    while i < C {
        out[i] = if i < A { a[i] } else { b[i - A] };
        i += 1;
    }
    out
}

/// A fixed list of words with an open-addressing table of them built at compile time:
/// [`WordSet::contains`] first rules out a word whose length or first byte no word of the set
/// has (most words asked: a capitalized word of a set of lower-case ones), then mixes its
/// length with its end bytes, reads one byte of the table, and compares at most the few
/// entries that share its slot's run (the word sets of the rules are asked about most tokens
/// of a document, and hold few of them; the table is at most half full, so most words not in
/// the set end at an empty slot at once).
///
/// ```ignore
/// const KIN: WordSet = WordSet::new(&["son", "daughter"]);
/// assert!(KIN.contains("son") && !KIN.contains("sun"));
/// ```
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// One more than the index of the word each slot holds, 0 for an empty slot.
    slots: [u8; SET_SLOTS],
    /// The [`word_mark`] of each word, in their order.
    marks: [u16; SET_SLOTS / 2],
    /// The words' lengths (63 for any longer), one bit each.
    lengths: u64,
    /// The words' first bytes, one bit each by their low six bits.
    firsts: u64,
}

/// Slots of a [`WordSet`]'s table: a set holds fewer than half as many words.
const SET_SLOTS: usize = 256;

impl WordSet {
    /// The set of `words` (fewer than 128).
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() < SET_SLOTS / 2, "a WordSet holds fewer than 128 words");
        let mut slots = [0u8; SET_SLOTS];
        let mut marks = [0u16; SET_SLOTS / 2];
        let (mut lengths, mut firsts) = (0u64, 0u64);
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty(), "a WordSet holds no empty word");
            lengths |= 1 << length_bit(w);
            firsts |= 1 << (w[0] & 63);
            let mut k = slot_of(words[i].as_bytes());
            while slots[k] != 0 {
                k = (k + 1) % SET_SLOTS;
            }
            slots[k] = (i + 1) as u8;
            marks[i] = word_mark(words[i].as_bytes());
            i += 1;
        }
        WordSet { words, slots, marks, lengths, firsts }
    }

    /// Whether `word` is one of the words (as `words.contains(&word)`).
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        // No word of the set is empty: one of length 0 fails the first test.
        if self.lengths >> length_bit(w) & 1 == 0 || self.firsts >> (w[0] & 63) & 1 == 0 {
            return false;
        }
        let mut k = slot_of(w);
        loop {
            let Some(i) = usize::from(self.slots[k]).checked_sub(1) else { return false };
            if self.words.get(i) == Some(&word) {
                return true;
            }
            k = (k + 1) % SET_SLOTS;
        }
    }

    /// Whether some token of `doc` may be one of the words: false only when none is (see
    /// [`DocContext::may_hold`]). A rule that needs one of the words asks this first.
    pub(crate) fn may_occur_in(&self, doc: &DocContext) -> bool {
        self.marks[..self.words.len()].iter().any(|&m| doc.may_hold_mark(m))
    }

    /// The words, in their order.
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// The bit of the word `w`'s length in [`WordSet`]'s lengths: the length, 63 for any longer.
const fn length_bit(w: &[u8]) -> usize {
    if w.len() < 63 {
        w.len()
    } else {
        63
    }
}

/// The slot of [`WordSet`]'s table where the search for the word `w` starts: its length mixed
/// with its first and last bytes.
const fn slot_of(w: &[u8]) -> usize {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    (w[0] as usize * 31 + w[n - 1] as usize * 7 + n) % SET_SLOTS
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::names::context::DocContext;
    use crate::names::span::{NameLabel, NameSpan};

    /// The span of the tokens `words` (found by their text) labelled `label`.
    pub fn span(doc: &DocContext, words: &[&str], label: NameLabel, conf: f32) -> NameSpan {
        let w: Vec<&str> = (0..doc.len()).map(|i| doc.word(i)).collect();
        let a = w.windows(words.len()).position(|x| x == words).expect("words in text");
        NameSpan { a, b: a + words.len() - 1, label, conf }
    }

    /// The spans of `names` (tokens found by their text, each after the one before it: a
    /// name the text holds twice is found again further on), all with confidence `conf`.
    pub fn spans_in_order(
        doc: &DocContext,
        names: &[(&[&str], NameLabel)],
        conf: f32,
    ) -> Vec<NameSpan> {
        let w: Vec<&str> = (0..doc.len()).map(|i| doc.word(i)).collect();
        let mut from = 0;
        let mut spans = Vec::new();
        for &(words, label) in names {
            let at = w[from..].windows(words.len()).position(|x| x == words);
            let a = from + at.expect("words in text after the name before");
            spans.push(NameSpan { a, b: a + words.len() - 1, label, conf });
            from = a + 1;
        }
        spans
    }

    /// Each span's text and label.
    pub fn texts(spans: &[NameSpan], doc: &DocContext) -> Vec<(String, NameLabel)> {
        spans.iter().map(|s| (doc.slice(s.a, s.b).to_string(), s.label)).collect()
    }

    /// Asserts that the names `found` (as [`texts`] gives them) are `expected`, in order.
    #[track_caller]
    pub fn expect(found: Vec<(String, NameLabel)>, expected: &[(&str, NameLabel)]) {
        let expected: Vec<(String, NameLabel)> =
            expected.iter().map(|(w, t)| (w.to_string(), *t)).collect();
        assert_eq!(found, expected);
    }
}

#[cfg(test)]
mod tests {
    use super::{ends_lower_case, join_words, split_first_hyphen, split_last_hyphen, WordSet};
    use crate::names::context::DocContext;

    #[test]
    fn a_word_splits_at_its_first_or_last_hyphen() {
        assert_eq!(split_first_hyphen("Velmo-Karsk-Orsk"), Some(("Velmo", "Karsk-Orsk")));
        assert_eq!(split_last_hyphen("Velmo-Karsk-Orsk"), Some(("Velmo-Karsk", "Orsk")));
        assert_eq!(split_last_hyphen("Zürich-Ost"), Some(("Zürich", "Ost")));
        assert_eq!(split_first_hyphen("-"), Some(("", "")));
        assert_eq!(split_first_hyphen("Velmo"), None);
        assert!(ends_lower_case("Orsk-based") && ends_lower_case("said"));
        assert!(
            !ends_lower_case("Velmo-Karsk") && !ends_lower_case("Orsk") && !ends_lower_case("")
        );
    }

    #[test]
    fn joined_word_lists_keep_both_lists_in_order() {
        const JOINED: [&str; 3] = join_words(["Bank", "Group"], ["Labs"]);
        assert_eq!(JOINED, ["Bank", "Group", "Labs"]);
        const SET: WordSet = WordSet::new(&JOINED);
        assert!(SET.contains("Labs") && SET.contains("Bank") && !SET.contains("Lab"));
    }

    #[test]
    fn a_word_set_holds_the_words_of_its_list() {
        // No empty word: a set holds none (its building fails at compile time).
        const LIST: [&str; 6] = ["de", "del", "Bank", "Banque", "Société", "für"];
        const SET: WordSet = WordSet::new(&LIST);
        let words = ["", "d", "de", "dE", "Del", "del", "Bank", "Banks", "Société", "Soci", "fur"];
        for w in words.iter().chain(&LIST) {
            assert_eq!(SET.contains(w), LIST.contains(w), "{w:?}");
        }
        assert_eq!(SET.words(), LIST);
        assert!(!WordSet::new(&[]).contains("de"));
        assert!(!WordSet::new(&[]).contains(""));
    }

    #[test]
    fn a_word_set_may_occur_in_a_document_holding_one_of_its_words() {
        const ROADS: WordSet = WordSet::new(&["Interstate", "Route", "Highway"]);
        assert!(ROADS.may_occur_in(&DocContext::new("Trucks left Route 9 at dawn.")));
        assert!(!ROADS.may_occur_in(&DocContext::new("Trucks left Orsk at dawn.")));
        assert!(!WordSet::new(&[]).may_occur_in(&DocContext::new("Route")));
    }
}

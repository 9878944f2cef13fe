//! The typed name span shared by tagging, resolution and training: a token range, a
//! [`NameLabel`] and a confidence. The label's index is the tagger's type index, written once
//! here.

use std::cell::RefCell;

use crate::entity::EntityType;

/// What a name is. `Other` (CoNLL's MISC: events, nationalities, works...) is learned by the
/// tagger when asked to (`--misc label` in training) and never output.
///
/// ```
/// use factsift::{EntityType, NameLabel};
/// assert_eq!(NameLabel::from_entity_type(EntityType::Place), Some(NameLabel::Place));
/// assert_eq!(NameLabel::Other.entity_type(), None);
/// assert_eq!(NameLabel::from_conll("ORG"), Some(NameLabel::Organization));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameLabel {
    /// A person (CoNLL PER).
    Person,
    /// A place (CoNLL LOC).
    Place,
    /// An organization (CoNLL ORG).
    Organization,
    /// Another kind of name (CoNLL MISC), never output.
    Other,
}

impl NameLabel {
    /// All four labels, in the tagger's type order.
    pub const ALL: [NameLabel; 4] =
        [NameLabel::Person, NameLabel::Place, NameLabel::Organization, NameLabel::Other];

    /// The tagger's type index (0 person, 1 place, 2 organization, 3 other).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The label of a tagger type index.
    pub fn from_index(index: usize) -> Option<NameLabel> {
        NameLabel::ALL.get(index).copied()
    }

    /// The CoNLL-2003 tag of the label ("PER", "LOC", "ORG", "MISC").
    pub fn conll(self) -> &'static str {
        ["PER", "LOC", "ORG", "MISC"][self.index()]
    }

    /// The label of a CoNLL-2003 tag, if it is one of the four.
    pub fn from_conll(tag: &str) -> Option<NameLabel> {
        NameLabel::ALL.into_iter().find(|l| l.conll() == tag)
    }

    /// The entity type the label is output as (none for `Other`).
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            NameLabel::Person => Some(EntityType::Person),
            NameLabel::Place => Some(EntityType::Place),
            NameLabel::Organization => Some(EntityType::Organization),
            NameLabel::Other => None,
        }
    }

    /// The label of a person, place or organization type.
    pub fn from_entity_type(t: EntityType) -> Option<NameLabel> {
        NameLabel::ALL.into_iter().find(|l| l.entity_type() == Some(t))
    }

    /// Whether names with this label are output (all but `Other`).
    pub fn is_output(self) -> bool {
        self != NameLabel::Other
    }
}

/// A gold name in a text (training documents, CoNLL files): a byte range and a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldName {
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the last character.
    pub byte_end: usize,
    /// What the name is.
    pub label: NameLabel,
}

/// A name in a document: tokens `a..=b`, its label and the confidence it was found with.
#[derive(Debug, Clone)]
pub(crate) struct NameSpan {
    /// First token.
    pub a: usize,
    /// Last token (inclusive).
    pub b: usize,
    pub label: NameLabel,
    pub conf: f32,
}

impl NameSpan {
    /// Cuts this name to end at token `end` and returns the person of tokens `a` to its old
    /// end that it ran over ("Orsk Council President Dana Ruiz" -> "Orsk Council" and "Dana
    /// Ruiz"), as sure as the name was.
    pub(crate) fn split_off_person(&mut self, end: usize, a: usize) -> NameSpan {
        let person = NameSpan { a, b: self.b, label: NameLabel::Person, conf: self.conf };
        self.b = end;
        person
    }
}

/// Whether each token of a text lies inside one of its names (see [`covered_tokens`]), read
/// as a slice of one flag a token. Dropped, its list goes to the thread's spare lists, which
/// the next one takes: the rules build one for most of their scans, a dozen a document, and
/// allocating and freeing each cost more than marking the names.
pub(crate) struct Covered(Vec<bool>);

thread_local! {
    /// The lists of the thread's dropped [`Covered`]s: as many as were ever alive at once,
    /// each as long as the longest text they covered.
    static SPARE_COVERED: RefCell<Vec<Vec<bool>>> = const { RefCell::new(Vec::new()) };
}

impl std::ops::Deref for Covered {
    type Target = [bool];

    fn deref(&self) -> &[bool] {
        &self.0
    }
}

impl Drop for Covered {
    fn drop(&mut self) {
        let list = std::mem::take(&mut self.0);
        SPARE_COVERED.with(|spare| spare.borrow_mut().push(list));
    }
}

/// Whether each token lies inside one of `spans` (of a text of `n` tokens).
pub(crate) fn covered_tokens(spans: &[NameSpan], n: usize) -> Covered {
    let mut covered = SPARE_COVERED.with(|spare| spare.borrow_mut().pop()).unwrap_or_default();
    covered.clear();
    covered.resize(n, false);
    for s in spans {
        // Most names have one or two words: their ends are all their tokens, marked with no
        // call (a fill of a whole span is a call to `memset`).
        covered[s.a] = true;
        covered[s.b] = true;
        if s.b > s.a + 1 {
            covered[s.a + 1..s.b].fill(true);
        }
    }
    Covered(covered)
}

/// Whether one of `spans` has a token in `a..=b` (for the rare candidates of a scan; a scan
/// that asks of every token builds [`covered_tokens`] once).
pub(crate) fn overlaps_any(spans: &[NameSpan], a: usize, b: usize) -> bool {
    spans.iter().any(|s| s.a <= b && a <= s.b)
}

/// Whether one of `spans` runs into `a..=b` from outside it: it overlaps the range and starts
/// before it or ends after it (what [`replace_inner`] would leave beside a name found there).
pub(crate) fn crosses_any(spans: &[NameSpan], a: usize, b: usize) -> bool {
    spans.iter().any(|s| s.a < a && s.b >= a || s.b > b && s.a <= b)
}

/// Drops the spans whose flag in `gone` (one per span, in order) is set.
pub(crate) fn drop_flagged(spans: &mut Vec<NameSpan>, gone: &[bool]) {
    let mut flags = gone.iter();
    spans.retain(|_| !flags.next().copied().unwrap_or(false));
}

/// Adds `found` to `spans`, keeping them in text order.
pub(crate) fn add_spans(spans: &mut Vec<NameSpan>, found: Vec<NameSpan>) {
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|s| s.a);
    }
}

/// Gives the one word at token `i` the label `label`: the name of that word alone takes it
/// (a user's own, certain name keeps its own), a longer name holding it is left alone, and
/// where no name holds it a new one is put in `found` with confidence `conf`.
pub(crate) fn label_word(
    spans: &mut [NameSpan],
    found: &mut Vec<NameSpan>,
    i: usize,
    label: NameLabel,
    conf: f32,
) {
    match spans.iter_mut().find(|s| s.a <= i && i <= s.b) {
        Some(s) if s.a == i && s.b == i && s.conf < 1.0 => s.label = label,
        Some(_) => {}
        None => found.push(NameSpan { a: i, b: i, label, conf }),
    }
}

/// Adds the names `found`, each in place of the names inside it (the caller keeps only names
/// that no other name crosses), keeping them in text order.
pub(crate) fn replace_inner(spans: &mut Vec<NameSpan>, found: Vec<NameSpan>) {
    if !found.is_empty() {
        spans.retain(|s| found.iter().all(|f| s.b < f.a || s.a > f.b));
        add_spans(spans, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_tokens_are_those_inside_a_span() {
        let span = |a, b| NameSpan { a, b, label: NameLabel::Person, conf: 1.0 };
        let spans = [span(0, 0), span(2, 3), span(5, 9), span(7, 8), span(11, 11)];
        let covered = covered_tokens(&spans, 13);
        let walk: Vec<bool> = (0..13).map(|i| spans.iter().any(|s| s.a <= i && i <= s.b)).collect();
        assert_eq!(*covered, walk);
        assert_eq!(covered.iter().filter(|&&c| c).count(), 9);
    }
}

//! Titles before a person's name ("Deputy Foreign Minister"): kept as data, outside the span.

use super::listed;
use crate::names::context::DocContext;
use crate::names::lexicon::{DEMONYM, GAZETTEER, TITLE};

/// Words that may stand inside a title ("Deputy Foreign Minister").
const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "vice",
    "deputy",
    "first",
    "defence",
    "defense",
    "finance",
    "economy",
    "trade",
    "interior",
    "justice",
    "health",
    "energy",
    "agriculture",
    "education",
    "state",
    "chief",
    "executive",
    "senior",
    "acting",
    "general",
    "secretary",
    "security",
    "national",
    "former",
    "assistant",
    "associate",
    "supreme",
    "high",
    "grand",
    "crown",
    "economic",
    "affairs",
    "industry",
    "labour",
    "labor",
    "culture",
    "information",
    "transport",
    "emergency",
];

/// The title standing right before the name starting at token `a`, if any.
pub(crate) fn title_before<'t>(doc: &DocContext<'t>, a: usize) -> Option<&'t str> {
    let is_title = |i: usize| GAZETTEER.get(doc.key(i, i)).is_some_and(|e| e.cats & TITLE != 0);
    let capitalized = |i: usize| doc.word(i).chars().next().is_some_and(char::is_uppercase);
    if a == 0 || !is_title(a - 1) {
        return None;
    }
    let mut start = a - 1;
    while start > 0 && a - start < 5 {
        let j = start - 1;
        let demonym = GAZETTEER
            .get(doc.key(j, j))
            .is_some_and(|e| e.cats & DEMONYM != 0 && e.cats & TITLE == 0);
        if demonym || !capitalized(j) {
            break;
        }
        if is_title(j) || listed(TITLE_MODIFIERS, doc.lower(j)) {
            start = j;
        } else {
            break;
        }
    }
    Some(doc.slice(start, a - 1))
}

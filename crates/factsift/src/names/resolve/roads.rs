//! Numbered roads ("Interstate 95", "State Route 314", "Highway 1"), which the tagger, seeing
//! a number, leaves out or cuts: GUIDELINES count named roads and routes as places.

use super::WordSet;
use crate::names::context::DocContext;
use crate::names::span::{add_spans, NameLabel, NameSpan};

/// Words that make a road's name with the number after them.
const ROAD_WORDS: WordSet = WordSet::new(&["Interstate", "Route", "Highway", "Motorway"]);

/// Words that may stand before a road word in its name ("State Route 314", "U.S. Highway 1").
const ROAD_QUALIFIERS: WordSet = WordSet::new(&["State", "U.S.", "US", "County"]);

/// Adds each numbered road as a place, replacing the names the tagger found inside it.
pub(crate) fn find_numbered_roads(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A numbered road's name holds a road word.
    if !ROAD_WORDS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut roads = Vec::new();
    // A road word is title case: only capitalized tokens are read.
    for i in doc.capitalized_tokens().filter(|&i| i + 1 < n) {
        if !ROAD_WORDS.contains(doc.word(i)) || !super::is_short_number(doc.word(i + 1), 4) {
            continue;
        }
        let qualified = i > 0 && ROAD_QUALIFIERS.contains(doc.word(i - 1));
        let a = if qualified && !doc.starts_sentence(i) { i - 1 } else { i };
        // Names the tagger found must lie inside the road's name ("Interstate" alone).
        if spans.iter().all(|s| s.b < a || s.a > i + 1 || (s.a >= a && s.b <= i + 1)) {
            roads.push(NameSpan { a, b: i + 1, label: NameLabel::Place, conf: 0.5 });
        }
    }
    if roads.is_empty() {
        return;
    }
    spans.retain(|s| roads.iter().all(|r| s.b < r.a || s.a > r.b));
    add_spans(spans, roads);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, texts};
    use NameLabel::{Organization as ORG, Place as LOC};

    #[test]
    fn numbered_roads_are_places() {
        let doc = DocContext::new(
            "Trucks left Interstate 40 for State Route 12 near Orsk; Highway Patrol said 3 lanes closed.",
        );
        let mut spans =
            vec![span(&doc, &["Interstate"], ORG, 0.3), span(&doc, &["Orsk"], LOC, 0.9)];
        find_numbered_roads(&doc, &mut spans);
        let expected = [("Interstate 40", LOC), ("State Route 12", LOC), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }
}

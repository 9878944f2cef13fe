//! Places whose names run over a small word or a comma ("Newcastle upon Tyne", "Frankfurt am
//! Main", "Washington, D.C."), which the tagger splits into two places: each is one place.

use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::span::{NameLabel, NameSpan};

/// Joins a place to the capitalized word after "upon" or "am" ("Kingston upon Hull") and
/// Washington to its ", D.C.", in place of the one-word name the tagger found there.
pub(crate) fn join_place_names(doc: &DocContext, mut spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let n = doc.len();
    let mut k = 0;
    while k < spans.len() {
        let b = spans[k].b;
        let joins = spans[k].label == NameLabel::Place
            && b + 2 < n
            && doc.sentence_of(b + 2) == doc.sentence_of(b)
            && match doc.word(b + 1) {
                "upon" | "am" => doc.case(b + 2) == Case::Title,
                "," => doc.word(b + 2) == "D.C." && doc.word(b) == "Washington",
                _ => false,
            };
        // The word after may be a name of its own, one word long; a longer name is left alone.
        let next = spans.get(k + 1).filter(|t| t.a <= b + 2).map(|t| (t.a, t.b));
        if joins && next.map_or(true, |(a, e)| a == b + 2 && e == b + 2) {
            spans[k].b = b + 2;
            if next.is_some() {
                spans.remove(k + 1);
            }
        }
        k += 1;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, texts};
    use NameLabel::{Organization as ORG, Place as LOC};

    #[test]
    fn a_place_named_over_upon_am_or_a_district_is_one_place() {
        let doc = DocContext::new(
            "She moved from Orsk upon Tarn to Velmor am Lech, then to Washington, D.C., where \
             Rock am Ring played and Orsk upon Tarn Harbour Board met.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Tarn"], LOC, 0.5),
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["Washington"], LOC, 0.9),
            span(&doc, &["D.C."], LOC, 0.9),
            span(&doc, &["Rock"], ORG, 0.4),
        ];
        let board = (0..doc.len()).rfind(|&i| doc.word(i) == "Orsk").unwrap();
        spans.push(NameSpan { a: board, b: board, label: LOC, conf: 0.5 });
        spans.push(NameSpan { a: board + 2, b: board + 4, label: ORG, conf: 0.5 });
        let expected = [
            ("Orsk upon Tarn", LOC),
            ("Velmor am Lech", LOC),
            ("Washington, D.C.", LOC),
            ("Rock", ORG),
            ("Orsk", LOC),
            ("Tarn Harbour Board", ORG),
        ];
        let found = texts(&join_place_names(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }
}

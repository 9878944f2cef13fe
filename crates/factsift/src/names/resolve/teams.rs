//! Teams named by their city in sports results ("Orsk beat Velmor 2-1"): the city stands for
//! its club, an organization (GUIDELINES: sports teams). A team named by its country is
//! a place under the CoNLL conventions the names follow, so countries are left alone.

use crate::names::context::DocContext;
use crate::names::lexicon::cat;
use crate::names::span::{NameLabel, NameSpan};

/// Verbs of a sports result that take the loser right after them and the winner right before.
const RESULT_VERBS: [&str; 8] =
    ["beat", "beats", "defeated", "defeats", "edged", "routed", "thrashed", "blanked"];

/// Nouns of a sports result followed by a preposition and the other side ("victory over").
const RESULT_NOUNS: [&str; 6] = ["victory", "win", "defeat", "loss", "draw", "lead"];

/// Cities and big cities (gazetteer categories). Regions are left alone: the gazetteer's
/// regions hold the home nations ("England"), whose teams CoNLL calls places.
const CITY: u16 = cat(1) | cat(2);
/// Countries (gazetteer category).
const COUNTRY: u16 = cat(0);

/// Makes each city that stands next to a sports result's verb or noun an
/// organization.
pub(crate) fn find_teams(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let after_result = |a: usize| {
        let verb = a >= 1 && RESULT_VERBS.contains(&doc.word(a - 1));
        let noun = a >= 2
            && matches!(doc.word(a - 1), "over" | "to" | "with" | "against")
            && RESULT_NOUNS.contains(&doc.lower(a - 2));
        verb || noun
    };
    let before_result = |b: usize| b + 1 < n && RESULT_VERBS.contains(&doc.word(b + 1));
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Place) {
        let cats = crate::names::lexicon::GAZETTEER.get(doc.key(s.a, s.b)).map_or(0, |e| e.cats);
        let city = cats & CITY != 0 && cats & COUNTRY == 0;
        if city && (after_result(s.a) || before_result(s.b)) {
            s.label = NameLabel::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, texts};
    use NameLabel::{Organization as ORG, Place as LOC};

    #[test]
    fn a_city_next_to_a_result_is_its_team_and_a_country_stays_a_place() {
        let doc = DocContext::new(
            "Chicago beat Boston 3-2 after a win over Denver, and Brazil beat Chile in Lima.",
        );
        let mut spans: Vec<NameSpan> = ["Chicago", "Boston", "Denver", "Brazil", "Chile", "Lima"]
            .iter()
            .map(|w| span(&doc, &[w], LOC, 0.9))
            .collect();
        find_teams(&doc, &mut spans);
        let expected = [
            ("Chicago", ORG),
            ("Boston", ORG),
            ("Denver", ORG),
            ("Brazil", LOC),
            ("Chile", LOC),
            ("Lima", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }
}

//! Names in one list ("Velmor, Orsk Group and Tarn Holdings") are of one kind: a capitalized
//! run the tagger left out, or a word it doubtfully made a person or place, in a list of
//! organizations is an organization ("Velmor and Orsk Group reported profits", where a
//! one-word company opening the sentence is easy to miss).

use crate::names::context::DocContext;
use crate::names::lexicon::{is_common_word, DEMONYM, FIRST, LAST, PLACE, TITLE};
use crate::names::resolve::companies;
use crate::names::resolve::lists::is_date_word;
use crate::names::span::{add_spans, overlaps_any, NameLabel, NameSpan};

/// The confidence an organization found in a list needs to make the others organizations.
const ANCHOR: f32 = 0.3;

/// Below this confidence, a one-word person or place in a list of organizations is one.
const DOUBTFUL: f32 = 0.5;

/// The longest left-out run taken as a list's member.
const MAX_RUN: usize = 3;

/// The confidence of an organization found by its place in a list.
const LISTED: f32 = 0.5;

/// A list's member: a name the tagger found (its index in the spans) or a run it left out.
#[derive(Clone, Copy)]
enum Member {
    Found(usize),
    LeftOut(usize, usize),
}

/// Finds the organizations a list names beside the ones the tagger found: the members of "A,
/// B and C" or "A or B" (commas between all but the last two) where every member found is an
/// organization, one of them confidently, or a doubtful one-word person or place (see
/// [`doubtful`]); each member left out (one to three capitalized words, no title) and each
/// doubtful one becomes an organization. A list's first member opening a sentence counts
/// only before "and" or "or" (a sentence's first word and a comma are often an adverb:
/// "Meanwhile, Velmor and Orsk").
pub(crate) fn find_listed_organizations(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    let mut relabel = Vec::new();
    for k in 0..spans.len() {
        let s = &spans[k];
        // A listed company anchors a list whatever the tagger's doubt ("Fitch and Moody's"):
        // looked up last, for the doubtful organizations alone.
        let unsure = || s.conf < ANCHOR && !companies::is_listed(doc, s.a, s.b);
        if s.label != NameLabel::Organization || unsure() {
            continue;
        }
        let Some(members) = list_around(doc, spans, k) else { continue };
        let other = |m: &Member| match *m {
            Member::Found(j) => {
                spans[j].label != NameLabel::Organization && !doubtful(doc, &spans[j])
            }
            Member::LeftOut(..) => false,
        };
        if members.iter().any(other) {
            continue;
        }
        for m in members {
            match m {
                Member::LeftOut(a, b) if !found.iter().any(|f: &NameSpan| f.a == a) => {
                    found.push(NameSpan { a, b, label: NameLabel::Organization, conf: LISTED });
                }
                Member::Found(j) if spans[j].label != NameLabel::Organization => relabel.push(j),
                _ => {}
            }
        }
    }
    for j in relabel {
        spans[j].label = NameLabel::Organization;
    }
    add_spans(spans, found);
}

/// Whether a name the tagger found is a doubtful person or place that a list of organizations
/// makes one: one word at low confidence that no list knows as a place or a person's name.
fn doubtful(doc: &DocContext, s: &NameSpan) -> bool {
    let kind = matches!(s.label, NameLabel::Person | NameLabel::Place);
    kind && s.a == s.b && s.conf < DOUBTFUL && doc.cats(s.a) & (PLACE | FIRST | LAST) == 0
}

/// The members of the list span `k` is in, when it is in one with a member left out.
fn list_around(doc: &DocContext, spans: &[NameSpan], k: usize) -> Option<Vec<Member>> {
    let sentence = doc.sentence_of(spans[k].a);
    let is_sep =
        |i: usize| doc.sentence_of(i) == sentence && matches!(doc.word(i), "," | "and" | "or");
    let joins = |i: usize| matches!(doc.word(i), "and" | "or");
    // Left: members before the span, nearest first, and whether "and"/"or" joins each.
    let mut left = Vec::new();
    let mut at = spans[k].a;
    while at >= 2 && is_sep(at - 1) {
        // An Oxford comma: ", and".
        let oxford = joins(at - 1) && at >= 3 && doc.word(at - 2) == ",";
        let end = if oxford { at - 3 } else { at - 2 };
        let Some(m) = member_ending(doc, spans, end, sentence) else { break };
        let (a, _) = bounds(spans, m);
        if matches!(m, Member::LeftOut(..)) && doc.starts_sentence(a) && !joins(at - 1) {
            break;
        }
        left.push((m, joins(at - 1)));
        at = a;
    }
    // Right: members after the span, nearest first; not after a complement ("Department of
    // Mines, Lands and Water" names one body).
    let mut right = Vec::new();
    let mut at = spans[k].b;
    let complement = (spans[k].a..=at).any(|i| matches!(doc.word(i), "of" | "for"));
    while !complement && at + 2 < doc.len() && is_sep(at + 1) {
        let mut next = at + 2;
        // An Oxford comma: ", and".
        if doc.word(at + 1) == "," && joins(next) {
            next += 1;
        }
        let Some(m) = member_starting(doc, spans, next, sentence) else { break };
        right.push((m, joins(next - 1)));
        at = bounds(spans, m).1;
    }
    // Commas between all members but the last two, "and"/"or" between those.
    let joints: Vec<bool> =
        left.iter().rev().map(|&(_, j)| j).chain(right.iter().map(|&(_, j)| j)).collect();
    let list = joints.last() == Some(&true) && joints.iter().filter(|&&j| j).count() == 1;
    let members: Vec<Member> =
        left.into_iter().map(|(m, _)| m).chain(right.into_iter().map(|(m, _)| m)).collect();
    let open = |m: &Member| match *m {
        Member::Found(j) => doubtful(doc, &spans[j]),
        Member::LeftOut(..) => true,
    };
    (list && members.iter().any(open)).then_some(members)
}

/// The list member ending at token `b`: a name found there, or a left-out run of capitalized
/// words.
fn member_ending(
    doc: &DocContext,
    spans: &[NameSpan],
    b: usize,
    sentence: usize,
) -> Option<Member> {
    if let Some(j) = spans.iter().position(|s| s.a <= b && b <= s.b) {
        return (spans[j].b == b).then_some(Member::Found(j));
    }
    let word = |i: usize| doc.sentence_of(i) == sentence && is_run_word(doc, i, spans);
    let mut a = b;
    while a > 0 && b - a < MAX_RUN && word(a - 1) {
        a -= 1;
    }
    let whole = a == 0 || !word(a - 1);
    // A sentence's first word that is an ordinary word is no part of the member ("Only Velmor
    // and Orsk Motors had fewer").
    if a < b && doc.starts_sentence(a) && is_common_word(doc.lower(a)) {
        a += 1;
    }
    (word(b) && whole).then_some(Member::LeftOut(a, b))
}

/// The list member starting at token `a` (see [`member_ending`]).
fn member_starting(
    doc: &DocContext,
    spans: &[NameSpan],
    a: usize,
    sentence: usize,
) -> Option<Member> {
    if let Some(j) = spans.iter().position(|s| s.a <= a && a <= s.b) {
        return (spans[j].a == a).then_some(Member::Found(j));
    }
    let n = doc.len();
    let word = |i: usize| i < n && doc.sentence_of(i) == sentence && is_run_word(doc, i, spans);
    let mut b = a;
    while b - a + 1 < MAX_RUN && word(b + 1) {
        b += 1;
    }
    (word(a) && !word(b + 1)).then_some(Member::LeftOut(a, b))
}

/// Whether token `i` may be part of a left-out list member: capitalized, no title
/// ("Chairman"), nationality ("Velmoran") or date word ("Thursday"), in no name.
fn is_run_word(doc: &DocContext, i: usize, spans: &[NameSpan]) -> bool {
    doc.capitalized(i)
        && doc.cats(i) & (TITLE | DEMONYM) == 0
        && !is_date_word(doc.word(i), NameLabel::Organization)
        && !overlaps_any(spans, i, i)
}

/// The first and last token of a member.
fn bounds(spans: &[NameSpan], m: Member) -> (usize, usize) {
    match m {
        Member::Found(j) => (spans[j].a, spans[j].b),
        Member::LeftOut(a, b) => (a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, texts};
    use NameLabel::{Organization as ORG, Place as LOC};

    fn listed(text: &str, found: &[(&[&str], NameLabel, f32)]) -> Vec<(String, NameLabel)> {
        let doc = DocContext::new(text);
        let mut spans: Vec<NameSpan> =
            found.iter().map(|&(words, label, conf)| span(&doc, words, label, conf)).collect();
        find_listed_organizations(&doc, &mut spans);
        texts(&spans, &doc)
    }

    #[test]
    fn a_run_left_out_in_a_list_of_organizations_is_one() {
        let found =
            listed("Velmor and Orsk Group reported profits.", &[(&["Orsk", "Group"], ORG, 0.8)]);
        expect(found, &[("Velmor", ORG), ("Orsk Group", ORG)]);
        let found = listed(
            "Funds including Tarn Capital, Brisk Mining, and Velmor sold shares.",
            &[(&["Tarn", "Capital"], ORG, 0.9)],
        );
        expect(found, &[("Tarn Capital", ORG), ("Brisk Mining", ORG), ("Velmor", ORG)]);
        // A sentence's opening ordinary word is no part of the first member.
        let found = listed(
            "Sales rose. Only Velmor and Orsk Group had fewer.",
            &[(&["Orsk", "Group"], ORG, 0.8)],
        );
        expect(found, &[("Velmor", ORG), ("Orsk Group", ORG)]);
    }

    #[test]
    fn a_listed_company_anchors_a_list_whatever_the_tagger_s_doubt() {
        let found = listed("Velmor and Moody's raised it.", &[(&["Moody", "'s"], ORG, 0.1)]);
        expect(found, &[("Velmor", ORG), ("Moody's", ORG)]);
        // An unlisted name so doubtful anchors nothing.
        let found = listed("Velmor and Orsk Group raised it.", &[(&["Orsk", "Group"], ORG, 0.1)]);
        expect(found, &[("Orsk Group", ORG)]);
    }

    #[test]
    fn lists_with_other_kinds_adverbs_or_complements_stay_as_they_are() {
        // A place in the list, and a weak organization.
        let found = listed(
            "Orsk, Velmor and Tarn Group signed.",
            &[(&["Orsk"], LOC, 0.9), (&["Tarn", "Group"], ORG, 0.9)],
        );
        expect(found, &[("Orsk", LOC), ("Tarn Group", ORG)]);
        // A doubtful one-word place (no list knows it) is taken, a confident one is not.
        let found = listed(
            "Velmorfam and Orsk Group signed; Tarnex and Brisk Group did not.",
            &[
                (&["Velmorfam"], LOC, 0.3),
                (&["Orsk", "Group"], ORG, 0.8),
                (&["Tarnex"], LOC, 0.9),
                (&["Brisk", "Group"], ORG, 0.8),
            ],
        );
        let expected =
            [("Velmorfam", ORG), ("Orsk Group", ORG), ("Tarnex", LOC), ("Brisk Group", ORG)];
        expect(found, &expected);
        let found = listed("Velmor and Orsk Group signed.", &[(&["Orsk", "Group"], ORG, 0.1)]);
        expect(found, &[("Orsk Group", ORG)]);
        // A sentence's first word before a comma, weekdays, nationalities and titles.
        let found = listed(
            "Meanwhile, Velmor Group and Orsk Group signed.",
            &[(&["Velmor", "Group"], ORG, 0.9), (&["Orsk", "Group"], ORG, 0.9)],
        );
        expect(found, &[("Velmor Group", ORG), ("Orsk Group", ORG)]);
        let found = listed(
            "It rose on Monday and Orsk Group fell; Danish and Tarn Group firms, Chairman and Brisk Corp.",
            &[(&["Orsk", "Group"], ORG, 0.9), (&["Tarn", "Group"], ORG, 0.9), (&["Brisk", "Corp"], ORG, 0.9)],
        );
        expect(found, &[("Orsk Group", ORG), ("Tarn Group", ORG), ("Brisk Corp", ORG)]);
        // The rest of a complement, and a list with no "and" or "or".
        let found = listed(
            "The Department of Velmor, Orsk and Tarn met. Velmor, Brisk Group, Tarn, were there.",
            &[(&["Department", "of", "Velmor"], ORG, 0.9), (&["Brisk", "Group"], ORG, 0.9)],
        );
        expect(found, &[("Department of Velmor", ORG), ("Brisk Group", ORG)]);
    }
}

//! A title-case headline's names, read against the body's: in "Tokayev Meets Putin in
//! Moscow" case says nothing of where a name ends, and the tagger runs names over the
//! headline's verbs ("Tokayev Meets Putin" as one organization). The article's body names the
//! same people and bodies in running text, where case does tell.

use super::companies::is_listed;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{is_common_word, PLACE, WIKILOC, WIKIORG};
use crate::names::span::{add_spans, overlaps_any, NameLabel, NameSpan};
use crate::names::tagger::is_headline;

/// Reads the names of a title-case headline (see [`headline_end`]) against the body's. Each
/// name of two words or more with a common word of the headline in it ("Tokayev Meets Putin",
/// with "Kassym-Jomart Tokayev" and "Vladimir Putin" in the body) is cut into the names the
/// body gives its words: "Tokayev" and "Putin", people. A body's person is matched by the whole
/// name or its last word, others by the whole name; the longest match wins, left to right. The
/// headline's words no body name covers stay a name of the headline's label where they are no
/// common word ("EU" of "EU Fines Google") and go where they are ("Meets"). A name the
/// gazetteer or the listed companies know whole ("Air Astana", of which the body may name only
/// the city) and a name no common word breaks ("Xi Jinping", of which the body may say only
/// "Xi") stay whole; a name of common words alone that matches no body name goes ("Water
/// Sharing" of "Sign Deal on Water Sharing"). Then a body's name written in the headline where
/// the tagger found none is a name there too ("Samsung Electronics" of "Samsung Electronics Beats Forecasts").
///
/// ```ignore
/// "Tokayev Meets Putin" (organization) + body "Vladimir Putin", "Tokayev" (people)
///     -> "Tokayev" (person), "Putin" (person)
/// ```
pub(crate) fn split_headline_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let Some(end) = headline_end(doc) else { return };
    let body = body_names(doc, spans);
    if body.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let open = s.a <= end && s.b > s.a && has_common_word(doc, s) && !known_whole(doc, s);
        match open.then(|| cut(doc, s, &body)) {
            Some(Some(pieces)) => out.extend(pieces),
            // Common words alone that the body names nowhere ("Deal on Water Sharing").
            Some(None) if (s.a..=s.b).all(|i| common(doc, i)) => {}
            _ => out.push(s.clone()),
        }
    }
    *spans = out;
    find_body_names(doc, spans, &body, end);
}

/// Adds, in the headline's tokens up to `end`, the body's whole names written there in
/// capitals or title case where no name lies ("OpenAI" of "Times Sues OpenAI"); a word alone
/// must be no common word ("Mark" of a body's "Mark").
fn find_body_names(doc: &DocContext, spans: &mut Vec<NameSpan>, body: &[BodyName], end: usize) {
    let free = |i: usize| doc.capitalized(i) && !overlaps_any(spans, i, i);
    let mut found = Vec::new();
    let mut i = 0;
    while i <= end {
        let fits = |t: &&BodyName| {
            let n = t.b - t.a;
            t.whole
                && t.written_at(doc, i, end)
                && (n > 0 || !common(doc, i))
                && (i..=i + n).all(free)
        };
        match body.iter().filter(fits).max_by_key(|t| t.b - t.a) {
            Some(t) => {
                found.push(NameSpan { a: i, b: i + (t.b - t.a), label: t.label, conf: t.conf });
                i += t.b - t.a + 1;
            }
            None => i += 1,
        }
    }
    add_spans(spans, found);
}

/// A name of the body: its words' range, its label and confidence, and whether it is a whole
/// name (not a person's last word alone).
struct BodyName {
    a: usize,
    b: usize,
    label: NameLabel,
    conf: f32,
    whole: bool,
}

impl BodyName {
    /// Whether the name's words are written from token `i` on, ending by token `end` (case
    /// aside: a headline may be in capitals).
    fn written_at(&self, doc: &DocContext, i: usize, end: usize) -> bool {
        i + (self.b - self.a) <= end
            && (0..=self.b - self.a)
                .all(|j| doc.word(self.a + j).eq_ignore_ascii_case(doc.word(i + j)))
    }
}

/// Whether one of the words of `s` is a common English word ("Meets", "Fines", "Shares").
fn has_common_word(doc: &DocContext, s: &NameSpan) -> bool {
    (s.a..=s.b).any(|i| common(doc, i))
}

/// Whether token `i` is a common English word in title case, or the plural of one ("Jets"):
/// in a title-case headline such a word is as likely a verb or noun as part of a name. An
/// acronym ("EU", which web text also writes as a word) is none.
fn common(doc: &DocContext, i: usize) -> bool {
    let lower = doc.lower(i);
    doc.case(i) == Case::Title
        && (is_common_word(lower) || lower.strip_suffix('s').is_some_and(is_common_word))
}

/// Whether the gazetteer or the listed companies know the words of `s` as one name.
fn known_whole(doc: &DocContext, s: &NameSpan) -> bool {
    doc.phrase_cats(s.a, s.b) & (WIKIORG | WIKILOC | PLACE) != 0 || is_listed(doc, s.a, s.b)
}

/// The last token of the document's headline, if it opens with one: its first sentence, alone
/// on its line and not closed by a stop (a title has none), that the tagger judges a headline
/// (see [`is_headline`]) and of which more words start with a capital than are all capitals
/// (title case, not capitals). Lines of tables, bylines and scores further down may look so
/// ("Man of the Match: Aravinda de Silva"): there case does tell where a name ends.
fn headline_end(doc: &DocContext) -> Option<usize> {
    if doc.len() == 0 {
        return None;
    }
    let end = doc.sentence_end(0);
    let rest = &doc.text[doc.toks.tokens[end].end..];
    let alone_on_its_line =
        rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n') || rest.trim().is_empty();
    let count = |case: Case| (0..=end).filter(|&k| doc.case(k) == case).count();
    let title_case = alone_on_its_line
        && !doc.word(end).ends_with('.')
        && count(Case::Title) > count(Case::Upper)
        && is_headline(&doc.words()[..=end], &doc.cases()[..=end]);
    title_case.then_some(end)
}

/// The names of the document after its first sentence, with each person's last word alone.
fn body_names(doc: &DocContext, spans: &[NameSpan]) -> Vec<BodyName> {
    let mut names = Vec::new();
    for s in spans.iter().filter(|s| s.label != NameLabel::Other && doc.sentence_of(s.a) != 0) {
        let (label, conf) = (s.label, s.conf);
        names.push(BodyName { a: s.a, b: s.b, label, conf, whole: true });
        if label == NameLabel::Person && s.b > s.a {
            names.push(BodyName { a: s.b, b: s.b, label, conf, whole: false });
        }
    }
    names
}

/// The pieces `s` is cut into, or `None` where no body name lies inside it but the whole.
fn cut(doc: &DocContext, s: &NameSpan, body: &[BodyName]) -> Option<Vec<NameSpan>> {
    let mut pieces = Vec::new();
    let mut matched = false;
    let mut free: Option<usize> = None;
    let mut i = s.a;
    // The headline's own words from `from` to `to`: runs of no common word stay names.
    let keep_free = |pieces: &mut Vec<NameSpan>, from: Option<usize>, to: usize| {
        let Some(from) = from else { return };
        let mut k = from;
        while k < to {
            if common(doc, k) {
                k += 1;
                continue;
            }
            let start = k;
            while k < to && !common(doc, k) {
                k += 1;
            }
            pieces.push(NameSpan { a: start, b: k - 1, ..s.clone() });
        }
    };
    while i <= s.b {
        let best = body.iter().filter(|t| t.written_at(doc, i, s.b)).max_by_key(|t| t.b - t.a);
        match best {
            Some(t) if !(i == s.a && t.b - t.a == s.b - s.a) => {
                keep_free(&mut pieces, free.take(), i);
                let b = i + (t.b - t.a);
                pieces.push(NameSpan { a: i, b, label: t.label, conf: s.conf });
                matched = true;
                i = b + 1;
            }
            Some(_) => return None,
            None => {
                free.get_or_insert(i);
                i += 1;
            }
        }
    }
    keep_free(&mut pieces, free, s.b + 1);
    matched.then_some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, spans_in_order, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    fn split(text: &str, names: &[(&[&str], NameLabel)]) -> Vec<(String, NameLabel)> {
        let doc = DocContext::new(text);
        let mut spans = spans_in_order(&doc, names, 0.6);
        split_headline_names(&doc, &mut spans);
        texts(&spans, &doc)
    }

    #[test]
    fn a_headline_name_run_over_a_verb_is_cut_into_the_body_s_names() {
        let found = split(
            "Velmorov Meets Tarnek in Orsk Ahead of Talks\n\nPresident Dana Velmorov met Ilse \
             Tarnek in Orsk. Velmorov said they agreed.",
            &[
                (&["Velmorov", "Meets", "Tarnek"], ORG),
                (&["Orsk"], LOC),
                (&["Dana", "Velmorov"], PER),
                (&["Ilse", "Tarnek"], PER),
                (&["Orsk"], LOC),
                (&["Velmorov"], PER),
            ],
        );
        let expected = [
            ("Velmorov", PER),
            ("Tarnek", PER),
            ("Orsk", LOC),
            ("Dana Velmorov", PER),
            ("Ilse Tarnek", PER),
            ("Orsk", LOC),
            ("Velmorov", PER),
        ];
        expect(found, &expected);
    }

    #[test]
    fn the_headline_s_own_words_stay_a_name_where_no_common_word() {
        let found = split(
            "VKT Fines Velmorgram Over Its Search Engine\n\nThe Orsk Union fined Velmorgram on \
             Monday.",
            &[
                (&["VKT", "Fines", "Velmorgram"], ORG),
                (&["Orsk", "Union"], ORG),
                (&["Velmorgram"], ORG),
            ],
        );
        expect(
            found,
            &[("VKT", ORG), ("Velmorgram", ORG), ("Orsk Union", ORG), ("Velmorgram", ORG)],
        );
    }

    #[test]
    fn a_headline_name_of_common_words_alone_the_body_names_nowhere_goes() {
        let found = split(
            "Velmora, Orskia Sign Deal on Water Sharing\n\nVelmora and Orskia agreed on \
             Monday.",
            &[
                (&["Velmora"], LOC),
                (&["Orskia"], LOC),
                (&["Water", "Sharing"], LOC),
                (&["Velmora"], LOC),
                (&["Orskia"], LOC),
            ],
        );
        let expected = [("Velmora", LOC), ("Orskia", LOC), ("Velmora", LOC), ("Orskia", LOC)];
        expect(found, &expected);
    }

    #[test]
    fn names_of_running_text_or_with_no_common_word_or_no_body_match_stay_whole() {
        // Running text, not a headline.
        let text = "Velmorov said the Velmorov Meets Tarnek show was over, and Tarnek agreed.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmorov"], PER), (&["Velmorov", "Meets", "Tarnek"], ORG), (&["Tarnek"], PER)];
        expect(
            split(text, &names),
            &[("Velmorov", PER), ("Velmorov Meets Tarnek", ORG), ("Tarnek", PER)],
        );
        // No common word in the headline's name ("Xi Jinping" with "Xi" in the body).
        let text = "Why Dana Velmorov Is Visiting Orsk First\n\nVelmorov will fly to Orsk.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Velmorov"], PER),
            (&["Orsk"], LOC),
            (&["Velmorov"], PER),
            (&["Orsk"], LOC),
        ];
        let found = split(text, &names);
        assert_eq!(found[0], ("Dana Velmorov".to_string(), PER));
        // No body name inside it.
        let text = "Tarnek Shares Fall After Sales Disappoint\n\nInvestors sold in Orsk.";
        let names: [(&[&str], NameLabel); 2] =
            [(&["Tarnek", "Shares", "Fall", "After"], ORG), (&["Orsk"], LOC)];
        let found = split(text, &names);
        assert_eq!(found[0], ("Tarnek Shares Fall After".to_string(), ORG));
    }

    #[test]
    fn a_body_name_the_tagger_missed_in_the_headline_is_found_there() {
        let found = split(
            "Velmor Mining Beats Forecasts in Orsk\n\nVelmor Mining said profit rose.",
            &[(&["Orsk"], LOC), (&["Velmor", "Mining"], ORG)],
        );
        expect(found, &[("Velmor Mining", ORG), ("Orsk", LOC), ("Velmor Mining", ORG)]);
    }

    #[test]
    fn lines_after_the_first_and_plural_common_words_are_read_as_such() {
        // A title-case line further down (a table's, a byline's) is no headline.
        let text = "Orsk beat Tarnsk on Sunday.\nMan of the Match: Dana Velmorov Next Match\n\n\
                    Velmorov scored twice.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Orsk"], LOC),
            (&["Tarnsk"], LOC),
            (&["Dana", "Velmorov", "Next", "Match"], PER),
            (&["Velmorov"], PER),
        ];
        let found = split(text, &names);
        assert_eq!(found[2], ("Dana Velmorov Next Match".to_string(), PER));
        // "Jets", plural of a common word, goes with the verb.
        let found = split(
            "Velmorgram Orders Jets as Traffic Grows\n\nVelmorgram signed in Orsk.",
            &[(&["Velmorgram", "Orders", "Jets"], ORG), (&["Velmorgram"], ORG), (&["Orsk"], LOC)],
        );
        expect(found, &[("Velmorgram", ORG), ("Velmorgram", ORG), ("Orsk", LOC)]);
    }
}

//! Acronyms: one in parentheses right after a name ("Institute for Strategic Studies
//! (KazISS)") is that name, with its type, everywhere in the document (an organization's of two
//! words or more even where it spells another language's words: "Civic Coalition (KO)"); one
//! whose expansion is
//! no name ("Belt and Road Initiative (BRI)") is no name either, unless the tagger took the
//! acronym for an organization and the phrase reads as a body's name ("Velmorian State
//! Electrosystem (VSE)", which is then the organization); one standing alone after
//! "the" ("the VKP said") is an organization, and so is an organization's with a "+"
//! ("OPEC+").

use smol_str::SmolStr;

use super::WordSet;
use crate::hash::FastMap;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{cat, is_common_word, FIRST, GAZETTEER, LAST, ORGHEAD, PLACE, WIKIORG};
use crate::names::span::{add_spans, covered_tokens, overlaps_any, Covered, NameLabel, NameSpan};

/// The acronyms a document ties to their expansions, both ways.
#[derive(Debug, Default)]
pub(crate) struct Acronyms {
    /// acronym -> (expansion as written, its label).
    pub canonical_of_acronym: FastMap<SmolStr, (SmolStr, NameLabel)>,
    /// expansion as written -> acronym.
    pub acronym_of_full: FastMap<SmolStr, SmolStr>,
}

/// Finds the acronyms `doc` defines, drops the ones that stand for no name, and gives every
/// mention of a defined acronym its expansion's label.
pub(crate) fn resolve(doc: &DocContext, spans: &mut Vec<NameSpan>) -> Acronyms {
    join_split_expansions(doc, spans);
    extend_to_acronyms(doc, spans);
    name_defined_bodies(doc, spans);
    let expansions = expansions(doc, spans);
    drop_acronyms_of_non_names(doc, spans, &expansions);
    let mut acronyms = Acronyms::default();
    for (acro, &(a, b, label)) in &expansions {
        acronyms
            .canonical_of_acronym
            .insert(SmolStr::new(acro), (SmolStr::new(doc.slice(a, b)), label));
    }
    acronyms.acronym_of_full = acronyms
        .canonical_of_acronym
        .iter()
        .map(|(acro, (full, _))| (full.clone(), acro.clone()))
        .collect();
    if !acronyms.canonical_of_acronym.is_empty() {
        label_mentions(doc, spans, &acronyms);
    }
    acronyms
}

/// Ties the acronyms defined after names the rules found after [`resolve`] ("the nationalist
/// Law and Justice (PiS) party", where the party was found from its standing) to those names,
/// as [`resolve`] does, and gives their mentions the name's label. Acronyms already tied keep
/// their names.
pub(crate) fn resolve_late(doc: &DocContext, spans: &mut Vec<NameSpan>, acronyms: &mut Acronyms) {
    let mut late = Acronyms::default();
    for (acro, (a, b, label)) in expansions(doc, spans) {
        if !acronyms.canonical_of_acronym.contains_key(acro.as_str()) {
            late.canonical_of_acronym
                .insert(SmolStr::new(acro), (SmolStr::new(doc.slice(a, b)), label));
        }
    }
    if late.canonical_of_acronym.is_empty() {
        return;
    }
    label_mentions(doc, spans, &late);
    for (acro, (full, label)) in late.canonical_of_acronym {
        acronyms.acronym_of_full.insert(full.clone(), acro.clone());
        acronyms.canonical_of_acronym.insert(acro, (full, label));
    }
}

/// Acronyms of things, not bodies, that "the" opens as it opens a body's ("the CEO said",
/// "the GDP grew"), beyond the words the tagger learned as no organization's.
const THING_ACRONYMS: WordSet = WordSet::new(&[
    "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "IPO", "PMI", "CPI", "PPI", "DNA", "RNA", "HIV",
    "AIDS", "SUV", "VAT", "MVP", "ERA", "EPS", "NAV", "LNG", "LPG", "GMT", "EST", "URL", "PDF",
    "USB", "GPS", "SMS", "MRI", "ICU", "DVD", "ETF", "APR", "ROI", "EBIT", "TEU", "TEUs", "SIM",
    "EBITDA", "ATM", "PIN", "CPU", "GPU", "FAQ", "HTML", "LED", "LCD",
]);

/// Whether `w` is the acronym of a thing, not a body ("an IPO", "the CEO"): no name.
pub(crate) fn is_thing_acronym(w: &str) -> bool {
    THING_ACRONYMS.contains(w)
}

/// Words after "the" and an acronym that show the acronym stands alone, as a body's name does
/// ("the TRMA in May", "the ORTA, which"), not before a noun it qualifies ("the PMI
/// survey").
const AFTER_ALONE: WordSet = WordSet::new(&[
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "\"",
    "'s",
    "\u{2019}s",
    "in",
    "by",
    "which",
    "who",
    "that",
    "and",
    "or",
    "on",
    "for",
    "to",
    "at",
    "from",
    "with",
    "as",
    "said",
    "says",
    "is",
    "was",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "are",
    "were",
    "also",
    "did",
]);

/// The confidence of an organization found by [`find_the_acronyms`].
const THE_ACRONYM: f32 = 0.3;

/// An acronym of three to five capitals that the tagger left out after "the", with no noun
/// after it (punctuation, a preposition or a verb follows: "certified by the TRMA in
/// May", "the ORTA purchased the station"), is an organization: "the" and an acronym name
/// a body, unless the acronym is a thing's ([`THING_ACRONYMS`], an ordinary English word,
/// a word the tagger learned as no organization's: `other_word`) or a place's ("the USSR").
pub(crate) fn find_the_acronyms(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    other_word: impl Fn(&str) -> bool,
) {
    let n = doc.len();
    let capitals =
        |w: &str| (3..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let after_the = |i: usize| i > 0 && matches!(doc.word(i - 1), "the" | "The");
    let alone = |i: usize| {
        let Some(&next) = doc.words().get(i + 1) else { return true };
        AFTER_ALONE.contains(next)
            || (next.len() >= 5 && next.ends_with("ed") && doc.case(i + 1) == Case::Lower)
    };
    let mut covered: Option<Covered> = None;
    let mut found = Vec::new();
    for i in doc.capitalized_tokens() {
        let w = doc.word(i);
        // The cheap tests first: few capitalized words are capitals after "the".
        if doc.case(i) != Case::Upper || !capitals(w) || !after_the(i) || !alone(i) {
            continue;
        }
        let thing = THING_ACRONYMS.contains(w) || other_word(w);
        let covered = covered.get_or_insert_with(|| covered_tokens(spans, n));
        if !thing && !covered[i] && doc.cats(i) & PLACE == 0 {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Organization, conf: THE_ACRONYM });
        }
    }
    add_spans(spans, found);
}

/// An organization's acronym with a "+" is the group it leads ("OPEC+", of OPEC and its
/// partners): an organization where the tagger learned the acronym as one's (`org_word`) or
/// the gazetteer knows it as one, and the tagger left the word out.
pub(crate) fn find_extended_groups(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    org_word: impl Fn(&str) -> bool,
) {
    let mut found = Vec::new();
    for i in doc.capitalized_tokens() {
        let Some(stem) = doc.word(i).strip_suffix('+') else { continue };
        if stem.len() >= 2
            && stem.bytes().all(|b| b.is_ascii_uppercase())
            && (org_word(stem) || listed_org(stem))
            && !overlaps_any(spans, i, i)
        {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Organization, conf: THE_ACRONYM });
        }
    }
    add_spans(spans, found);
}

/// Whether the gazetteer knows `word` as an organization's name (an international body's, or
/// one of the Wikipedia list's).
fn listed_org(word: &str) -> bool {
    GAZETTEER.word(word).is_some_and(|e| e.cats & (cat(10) | WIKIORG) != 0)
}

/// An organization and the name after its "in", "of", "for", "on" or "and" are one
/// organization where the acronym in parentheses after them spells both, down to the second's
/// first or last initial ("Velmor Interim Force in Orsk (VIFO)", "Tarn Mission in Orsk
/// (TMO)", "Velmor Mining and Metallurgical Complex (VMMC)"): the tagger cut the name at the
/// small word, and the acronym shows where it ends.
fn join_split_expansions(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut joined = false;
    for k in 1..spans.len() {
        let (s, t) = (&spans[k - 1], &spans[k]);
        // The cheap tests first: an organization, a small word, a name, a bracket.
        if s.label != NameLabel::Organization
            || !t.label.is_output()
            || t.a != s.b + 2
            || t.b + 3 >= n
            || !matches!(doc.word(s.b + 1), "in" | "of" | "for" | "on" | "and")
            || doc.word(t.b + 1) != "("
            || doc.word(t.b + 3) != ")"
        {
            continue;
        }
        let Some(letters) = acronym_letters(doc.word(t.b + 2)) else { continue };
        // The small word's initial may be the acronym's ("Force in Orsk": F, I, O).
        let small = doc.word(s.b + 1).to_uppercase();
        let words: Vec<&str> = (s.a..=s.b).map(|i| doc.word(i)).collect();
        let tail: Vec<&str> = (t.a..=t.b).map(|i| doc.word(i)).collect();
        let with = [&words[..], &[small.as_str()], &tail[..]].concat();
        // The acronym ends at the second name's first or last initial ("Trade and Development
        // Bank": B).
        let initial = |w: &str| w.chars().next();
        let ends = letters.chars().last();
        let ends_there = ends == initial(tail[0]) || ends == initial(tail[tail.len() - 1]);
        let spells = ends_there && initials_match(&letters, &with);
        if spells && !initials_match(&letters, &words) {
            let end = t.b;
            spans[k - 1].b = end;
            spans[k].a = end + 1;
            joined = true;
        }
    }
    if joined {
        spans.retain(|s| s.a <= s.b);
    }
}

/// The most capitalized words an expansion is taken back over (see [`extend_to_acronyms`]).
const MISSING_INITIALS: usize = 3;

/// Extends an organization back over the capitalized words the tagger left out before it,
/// where the acronym in parentheses after it spells them too ("Economic" of "Economic Freedom
/// Fighters (EFF)", found as "Freedom Fighters"): one to [`MISSING_INITIALS`] words in its
/// sentence, in no other name.
fn extend_to_acronyms(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.label != NameLabel::Organization
            || s.b + 3 >= n
            || doc.word(s.b + 1) != "("
            || doc.word(s.b + 3) != ")"
        {
            continue;
        }
        let Some(letters) = acronym_letters(doc.word(s.b + 2)) else { continue };
        let words = |a: usize| (a..=s.b).map(|i| doc.word(i)).collect::<Vec<_>>();
        if initials_match(&letters, &words(s.a)) {
            continue;
        }
        let floor = if k == 0 { 0 } else { spans[k - 1].b + 1 };
        let free = |i: usize| {
            i >= floor && doc.case(i) == Case::Title && doc.sentence_of(i) == doc.sentence_of(s.a)
        };
        let start = (1..=MISSING_INITIALS)
            .take_while(|&m| s.a >= m && free(s.a - m))
            .map(|m| s.a - m)
            .find(|&a| initials_match(&letters, &words(a)));
        if let Some(a) = start {
            spans[k].a = a;
        }
    }
}

/// acronym -> (first token, last token, label) of its expansion: token positions, not
/// indices into `spans`, which shrinks afterwards.
fn expansions(doc: &DocContext, spans: &[NameSpan]) -> FastMap<String, (usize, usize, NameLabel)> {
    let n = doc.len();
    let mut acronyms = FastMap::default();
    for s in spans {
        if !s.label.is_output() || s.b + 3 >= n {
            continue;
        }
        let (open, acro, close) = (doc.word(s.b + 1), doc.word(s.b + 2), doc.word(s.b + 3));
        if open != "(" || close != ")" {
            continue;
        }
        let Some(letters) = acronym_letters(acro) else { continue };
        let words: Vec<&str> = (s.a..=s.b).map(|i| doc.word(i)).collect();
        // One word spells an acronym by its inner capitals ("VelMunayGas (VMG)").
        let spelled = s.b > s.a || words[0].chars().filter(|c| c.is_uppercase()).count() >= 2;
        // An organization of two words or more defines an acronym of its own language's
        // words too ("Civic Coalition (KO)", "Alliance for the Republic (APR)"): a short
        // word of letters only, not a ticker's "TSLA.O".
        let foreign = s.label == NameLabel::Organization
            && s.b > s.a
            && acro.len() <= 6
            && acro.chars().all(char::is_alphabetic);
        if spelled && initials_match(&letters, &words) || foreign {
            acronyms.insert(acro.to_string(), (s.a, s.b, s.label));
        }
    }
    acronyms
}

/// The opening brackets of one word in brackets after a word ("Velmor Energy (VE)"): token
/// `i` is "(", `i + 2` is ")" and a word stands before `i`.
fn one_word_brackets<'d>(doc: &'d DocContext) -> impl Iterator<Item = usize> + 'd {
    let n = doc.len();
    let closed = move |i: usize| i >= 1 && i + 2 < n && doc.word(i + 2) == ")";
    doc.opening_brackets().iter().copied().filter(move |&i| closed(i))
}

/// Makes an organization of the capitalized phrase the tagger left out before an acronym in
/// parentheses that it spells, where the tagger took the acronym for an organization in the
/// document and the phrase reads as a body's name, not a term's: a word of it is no ordinary
/// word or is an organization's ("Velmorian State Electrosystem (VSE)"; not "Value Added Tax
/// (VAT)"). The phrase opens at the acronym's first letter, and no list knows it as a place
/// and its first word as a person's name.
fn name_defined_bodies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A body defined so has its acronym in brackets after its name.
    if !doc.may_hold("(") {
        return;
    }
    let covered = covered_tokens(spans, doc.len());
    let org_word = |w: &str| {
        spans.iter().any(|s| s.a == s.b && s.label == NameLabel::Organization && doc.word(s.a) == w)
    };
    let mut found = Vec::new();
    for i in one_word_brackets(doc) {
        let acro = doc.word(i + 1);
        if covered[i - 1] {
            continue;
        }
        let Some(letters) = acronym_letters(acro) else { continue };
        let Some(a) = phrase_start(doc, i, |k| covered[k]) else { continue };
        // The phrase opens with the word of the acronym's first letter.
        let Some(first) = letters.chars().next() else { continue };
        let Some(a) = (a..i).find(|&k| doc.word(k).starts_with(first)) else { continue };
        let words: Vec<&str> = (a..i).map(|k| doc.word(k)).collect();
        let named = (a..i).any(|k| {
            doc.capitalized(k) && (!is_common_word(doc.lower(k)) || doc.cats(k) & ORGHEAD != 0)
        });
        if words.len() >= 2
            && initials_match(&letters, &words)
            && named
            && doc.cats(a) & (FIRST | LAST) == 0
            && doc.phrase_cats(a, i - 1) & PLACE == 0
            && org_word(acro)
        {
            found.push(NameSpan { a, b: i - 1, label: NameLabel::Organization, conf: 0.5 });
        }
    }
    add_spans(spans, found);
}

/// Where the capitalized phrase before the bracket at `i` opens: its words that open with a
/// capital and the connectors between them, up to 12 words back, up to a token `stop` marks
/// (none if no such word stands right before the bracket).
fn phrase_start(doc: &DocContext, i: usize, stop: impl Fn(usize) -> bool) -> Option<usize> {
    let mut a = i;
    while a > 0 && i - a < 12 && !stop(a - 1) {
        let w = doc.word(a - 1);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let connector = matches!(w, "of" | "and" | "for" | "&" | "the" | "on" | "de");
        if cap || (connector && a < i) {
            a -= 1;
        } else {
            break;
        }
    }
    (a < i).then_some(a)
}

/// Drops one-token names that are acronyms of capitalized phrases the tagger did not take for
/// a name.
fn drop_acronyms_of_non_names<V>(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    expansions: &FastMap<String, V>,
) {
    // Only acronyms in brackets after their words are read.
    if !(doc.may_hold("(") && doc.may_hold(")")) {
        return;
    }
    let n = doc.len();
    let word = |i: usize| doc.word(i);
    let mut not_names: Vec<&str> = Vec::new();
    let mut end_of_span = vec![false; n];
    spans.iter().filter(|s| s.label.is_output()).for_each(|s| end_of_span[s.b] = true);
    for i in one_word_brackets(doc) {
        let acro = word(i + 1);
        if end_of_span[i - 1] {
            continue;
        }
        let Some(letters) = acronym_letters(acro) else { continue };
        let a = phrase_start(doc, i, |_| false).unwrap_or(i);
        let words: Vec<&str> = (a..i).map(word).collect();
        if words.len() >= 2 && initials_match(&letters, &words) && !expansions.contains_key(acro) {
            not_names.push(acro);
        }
    }
    if !not_names.is_empty() {
        spans.retain(|s| s.a != s.b || !not_names.contains(&word(s.a)));
    }
}

/// Every mention of a defined acronym gets the expansion's label. The tokens are compared
/// with each of the document's few acronyms (a token is at most one of them, and the spans
/// pushed are sorted at the end: the order of the acronyms changes nothing), not each looked
/// up in the map: most tokens differ from an acronym in their length.
fn label_mentions(doc: &DocContext, spans: &mut Vec<NameSpan>, acronyms: &Acronyms) {
    let mut covered = vec![usize::MAX; doc.len()];
    for (k, s) in spans.iter().enumerate() {
        covered[s.a..=s.b].iter_mut().for_each(|c| *c = k);
    }
    for (acro, &(_, label)) in &acronyms.canonical_of_acronym {
        let mentions = (0..doc.len()).filter(|&i| doc.word(i) == acro.as_str());
        for (i, cov) in mentions.map(|i| (i, covered[i])) {
            match cov {
                usize::MAX => spans.push(NameSpan { a: i, b: i, label, conf: 0.9 }),
                k if spans[k].a == i && spans[k].b == i => spans[k].label = label,
                _ => {}
            }
        }
    }
    spans.sort_by_key(|s| s.a);
}

/// Upper-case letters of an acronym-like token, if it is one ("KazISS" -> "KISS").
fn acronym_letters(word: &str) -> Option<String> {
    // Counted first: most words are no acronym, and need no string of their capitals.
    let (capitals, letters) = word.chars().fold((0, 0), |(c, l), ch| {
        (c + usize::from(ch.is_uppercase()), l + usize::from(ch.is_alphabetic()))
    });
    (capitals >= 2 && capitals * 2 >= letters)
        .then(|| word.chars().filter(|c| c.is_uppercase()).collect())
}

/// Whether the capitals of `acro` appear in order among the initials of `words`; a word
/// opening with "Ex" gives an "X" too ("Orsk International Exchange (OIX)").
fn initials_match(acro: &str, words: &[&str]) -> bool {
    let caps: Vec<char> = words
        .iter()
        .flat_map(|w| {
            let x = w.starts_with("Ex").then_some('X');
            w.chars().filter(|c| c.is_uppercase()).chain(x)
        })
        .collect();
    let mut it = caps.iter();
    let first = acro.chars().next();
    if first != caps.first().copied() {
        return false;
    }
    acro.chars().all(|a| it.any(|&c| c == a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};

    #[test]
    fn an_acronym_after_a_name_found_late_is_tied_to_it() {
        use NameLabel::{Organization as ORG, Person as PER};
        let doc = DocContext::new(
            "The Velmor Unity Front (VeF) won. Dana Ruiz, a VeF ally, and the TUF agreed, as \
             the Tarn Union Front (TUF) did.",
        );
        let mut spans = vec![
            span(&doc, &["Velmor", "Unity", "Front"], ORG, 0.8),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Tarn", "Union", "Front"], ORG, 0.8),
        ];
        spans.sort_by_key(|s| s.a);
        // The Tarn front's acronym was tied before: its own mention stays as it was.
        let mut acronyms = Acronyms::default();
        acronyms
            .canonical_of_acronym
            .insert(SmolStr::new("TUF"), (SmolStr::new("Tarn Union Front"), ORG));
        resolve_late(&doc, &mut spans, &mut acronyms);
        let expected = [
            ("Velmor Unity Front", ORG),
            ("VeF", ORG),
            ("Dana Ruiz", PER),
            ("VeF", ORG),
            ("Tarn Union Front", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        assert_eq!(
            acronyms.acronym_of_full.get("Velmor Unity Front").map(SmolStr::as_str),
            Some("VeF")
        );
    }

    #[test]
    fn a_phrase_left_out_before_an_organization_s_acronym_is_the_organization() {
        use NameLabel::Organization as ORG;
        let doc = DocContext::new(
            "Officials at Velmorian State Electrosystem (VSE) and the Value Added Tax (VAT) \
             office met. VSE said VAT rose.",
        );
        let at = |w: &str| (0..doc.len()).filter(|&i| doc.word(i) == w).collect::<Vec<_>>();
        let mut spans: Vec<NameSpan> = [at("VSE"), at("VAT")]
            .concat()
            .into_iter()
            .map(|i| NameSpan { a: i, b: i, label: ORG, conf: 0.6 })
            .collect();
        spans.sort_by_key(|s| s.a);
        name_defined_bodies(&doc, &mut spans);
        let expected = [
            ("Velmorian State Electrosystem", ORG),
            ("VSE", ORG),
            ("VAT", ORG),
            ("VSE", ORG),
            ("VAT", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // Not where the tagger took the acronym for no organization.
        let mut spans = Vec::new();
        name_defined_bodies(&doc, &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn an_acronym_alone_after_the_is_an_organization() {
        let doc = DocContext::new(
            "The VKP said the plan, which the ORTA backed, was certified by the TRMA in May. \
             The PMI survey and the CEO said so, as did the GDP. The ZKB Cup went on. The SEC \
             noted it, the ATM in the hall did not.",
        );
        let mut spans = Vec::new();
        find_the_acronyms(&doc, &mut spans, |w| w == "GDP");
        use NameLabel::Organization as ORG;
        let found = [("VKP", ORG), ("ORTA", ORG), ("TRMA", ORG), ("SEC", ORG)];
        expect(texts(&spans, &doc), &found);
        // A name the tagger found stays as it is.
        let mut spans = vec![NameSpan { a: 1, b: 1, label: NameLabel::Person, conf: 0.9 }];
        find_the_acronyms(&doc, &mut spans, |_| false);
        assert_eq!(texts(&spans, &doc)[0], ("VKP".to_string(), NameLabel::Person));
        assert_eq!(spans.len(), 4);
    }

    #[test]
    fn an_organization_s_acronym_with_a_plus_is_its_group() {
        // The gazetteer knows OPEC; the model (here) knows "VKP" as an organization's word.
        let doc = DocContext::new("OPEC+ and VKP+ met, unlike ZKB+ and the C5+1 group.");
        let mut spans = Vec::new();
        find_extended_groups(&doc, &mut spans, |w| w == "VKP");
        use NameLabel::Organization as ORG;
        expect(texts(&spans, &doc), &[("OPEC+", ORG), ("VKP+", ORG)]);
    }

    #[test]
    fn a_name_cut_at_in_joins_where_its_acronym_spells_the_rest() {
        let doc = DocContext::new(
            "Troops of the Velmor Interim Force in Orsk (VIFO) and the Tarn Mission in Orsk (TM) \
             met.",
        );
        use NameLabel::{Organization as ORG, Place as LOC};
        let orsk = |after: &str| {
            let a = span(&doc, &["Orsk", "(", after], LOC, 0.9).a;
            NameSpan { a, b: a, label: LOC, conf: 0.9 }
        };
        let mut spans = vec![
            span(&doc, &["Velmor", "Interim", "Force"], ORG, 0.9),
            orsk("VIFO"),
            span(&doc, &["Tarn", "Mission"], ORG, 0.9),
            orsk("TM"),
        ];
        resolve(&doc, &mut spans);
        let tm = [("Tarn Mission", ORG), ("Orsk", LOC)];
        // The acronym now names the whole organization.
        let vifo = [("Velmor Interim Force in Orsk", ORG), ("VIFO", ORG)];
        expect(texts(&spans, &doc), &[vifo, tm].concat());
        // Cut at "and" or before a second name of several words, whose last initial ends the
        // acronym.
        let doc = DocContext::new(
            "The Velmor Mining and Metallurgical Complex (VMMC) and the Movement for Tarn \
             Democracy (MTD) met.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmor", "Mining"], ORG),
            (&["Metallurgical", "Complex"], LOC),
            (&["Movement"], ORG),
            (&["Tarn", "Democracy"], NameLabel::Person),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        resolve(&doc, &mut spans);
        let expected = [
            ("Velmor Mining and Metallurgical Complex", ORG),
            ("VMMC", ORG),
            ("Movement for Tarn Democracy", ORG),
            ("MTD", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_cut_after_its_first_words_takes_them_back_where_its_acronym_spells_them() {
        let doc = DocContext::new(
            "The radical Economic Velmor Fighters (EVF) and the Tarn Orsk Party (OP) and Brisk \
             Vale Union (XVU) met.",
        );
        use NameLabel::Organization as ORG;
        let mut spans = vec![
            span(&doc, &["Velmor", "Fighters"], ORG, 0.9),
            span(&doc, &["Orsk", "Party"], ORG, 0.9),
            span(&doc, &["Vale", "Union"], ORG, 0.9),
        ];
        resolve(&doc, &mut spans);
        // An acronym the name spells already, or one no word before it spells, changes nothing
        // (but is the name's acronym).
        let expected = [
            ("Economic Velmor Fighters", ORG),
            ("EVF", ORG),
            ("Orsk Party", ORG),
            ("OP", ORG),
            ("Vale Union", ORG),
            ("XVU", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_acronym_in_brackets_names_its_expansion_s_mentions() {
        let doc = DocContext::new(
            "VelMunayGas (VMG), the Orsk Metals Exchange (OMX) and Tarnby (TB) met; VMG, OMX \
             and TB signed.",
        );
        use NameLabel::Organization as ORG;
        let mut spans = vec![
            span(&doc, &["VelMunayGas"], ORG, 0.9),
            span(&doc, &["Orsk", "Metals", "Exchange"], ORG, 0.9),
            span(&doc, &["Tarnby"], ORG, 0.9),
        ];
        resolve(&doc, &mut spans);
        // One word spells an acronym by its inner capitals, "Exchange" an "X"; a word of
        // one capital spells none.
        let expected = [
            ("VelMunayGas", ORG),
            ("VMG", ORG),
            ("Orsk Metals Exchange", ORG),
            ("OMX", ORG),
            ("Tarnby", ORG),
            ("VMG", ORG),
            ("OMX", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // An organization of two words or more defines one of its own language's words; a
        // ticker and a place's letters it does not spell define none.
        let doc = DocContext::new(
            "Civic Coalition (KO) and Velmor Foods (VLM.O) met in Orsk Vale (KT); KO, VLM.O and \
             KT signed.",
        );
        let mut spans = vec![
            span(&doc, &["Civic", "Coalition"], ORG, 0.9),
            span(&doc, &["Velmor", "Foods"], ORG, 0.9),
            span(&doc, &["Orsk", "Vale"], NameLabel::Place, 0.9),
        ];
        let acronyms = resolve(&doc, &mut spans);
        let expected = [
            ("Civic Coalition", ORG),
            ("KO", ORG),
            ("Velmor Foods", ORG),
            ("Orsk Vale", NameLabel::Place),
            ("KO", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        assert_eq!(acronyms.canonical_of_acronym["KO"].0, "Civic Coalition");
    }
}

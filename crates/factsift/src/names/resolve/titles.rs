//! Titles before a person's name ("Deputy Foreign Minister"): kept as data, outside the span;
//! and the place a title names before it ("Orsk Governor Dana Ruiz").

use super::WordSet;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    phrase_key_extend, CORPSUFFIX, DEMONYM, GAZETTEER, LAST, ORGHEAD, PLACE, TITLE, WIKIORG,
};
use crate::names::resolve::people::is_full_name;
use crate::names::span::{add_spans, drop_flagged, overlaps_any, NameLabel, NameSpan};

/// Words that may stand inside a title ("Deputy Foreign Minister").
const TITLE_MODIFIERS: WordSet = WordSet::new(&[
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
    "oil",
    "petroleum",
    "mining",
    "commerce",
    "environment",
    "tourism",
    "communications",
    "investment",
    "development",
    "planning",
    "science",
    "technology",
    "sports",
    "youth",
    "water",
    "fisheries",
    "housing",
    "welfare",
    "digital",
    "infrastructure",
]);

/// The title standing right before the name starting at token `a`, if any.
pub(crate) fn title_before<'t>(doc: &DocContext<'t>, a: usize) -> Option<&'t str> {
    let is_title = |i: usize| doc.phrase_cats(i, i) & TITLE != 0;
    let capitalized = |i: usize| doc.word(i).chars().next().is_some_and(char::is_uppercase);
    if a == 0 || !is_title(a - 1) {
        return None;
    }
    let mut start = a - 1;
    while start > 0 && a - start < 5 {
        let j = start - 1;
        let cats = doc.phrase_cats(j, j);
        let demonym = cats & DEMONYM != 0 && cats & TITLE == 0;
        if demonym || !capitalized(j) {
            break;
        }
        if is_title(j) || TITLE_MODIFIERS.contains(doc.lower(j)) {
            start = j;
        } else {
            break;
        }
    }
    Some(doc.slice(start, a - 1))
}

/// Local and corporate officers' titles the gazetteer's titles lack ("Orsk County Sheriff Dana
/// Ruiz", "General Counsel Dana Ruiz").
pub(crate) const OFFICER_TITLES: WordSet = WordSet::new(&[
    "Sheriff",
    "Coroner",
    "Treasurer",
    "Superintendent",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Alderman",
    "Alderwoman",
    "Provost",
    "Magistrate",
    "Counsel",
    "Attorney",
]);

/// The seats of local offices written before their titles ("City Attorney", "County
/// Sheriff", "Town Councillor").
const LOCAL_SEATS: WordSet = WordSet::new(&["City", "County", "Town", "District"]);

/// The longest title of one to four words opening at token `t` (its last token), written with
/// capitals ("Governor", "Attorney General", "Secretary of State", a local officer's
/// "Sheriff").
fn title_at(doc: &DocContext, t: usize) -> Option<usize> {
    if !doc.capitalized(t) {
        return None;
    }
    let title = doc.cats(t) & TITLE != 0 || OFFICER_TITLES.contains(doc.word(t));
    let mut last = title.then_some(t);
    if !doc.alone(t).starts_phrase {
        return last;
    }
    let mut h = phrase_key_extend(None, doc.lower(t));
    for e in t + 1..(t + 4).min(doc.len()) {
        h = phrase_key_extend(Some(h), doc.lower(e));
        let hit = GAZETTEER.lookup(h);
        if hit.entry.is_some_and(|g| g.cats & TITLE != 0) {
            last = Some(e);
        }
        if !hit.prefix {
            break;
        }
    }
    last
}

/// A known place the tagger made an organization right before a title that leads a person
/// is a place ("Orsk Governor Dana Ruiz", "New Orsk Mayor Dana Ruiz": a state's or city's
/// officer), and so is a county before a local officer's title ("Tarnby County Sheriff Dana
/// Ruiz"). When the organization ran over the title into the person's first words ("New
/// Orsk Attorney General Dana" + "Ruiz"), it ends before the title and those words are the
/// person's. An organization's officer keeps the organization ("Bank of Orsk Governor").
pub(crate) fn places_before_titles(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let s = spans[k].clone();
        if s.label != NameLabel::Organization {
            continue;
        }
        let Some((t, e)) =
            (s.a + 1..=(s.b + 1).min(n - 1)).find_map(|t| Some((t, title_at(doc, t)?)))
        else {
            continue;
        };
        let place = county_before_officer(doc, s.a, t) || doc.phrase_cats(s.a, t - 1) & PLACE != 0;
        let next_person = spans.get(k + 1).filter(|p| p.label == NameLabel::Person);
        let person_at = |i: usize| next_person.is_some_and(|p| p.a == i);
        // The person's words the organization ran over, if any.
        let inside = e < s.b && (e + 1..=s.b).all(|i| doc.capitalized(i));
        if !place || !(person_at(e + 1) || inside && person_at(s.b + 1)) {
            continue;
        }
        spans[k].b = t - 1;
        spans[k].label = NameLabel::Place;
        if inside {
            spans[k + 1].a = e + 1;
        }
    }
}

/// Whether the name opening at token `a` ends in "County" right before the local officer's
/// title at token `t` ("Orsk County Sheriff"): a county no list knows, before its officer, is
/// the place the officer serves.
fn county_before_officer(doc: &DocContext, a: usize, t: usize) -> bool {
    t >= a + 2 && doc.word(t - 1) == "County" && OFFICER_TITLES.contains(doc.word(t))
}

/// Makes a known place the tagger made an organization after a title and "of" a place ("Bishop
/// of Durham", "Queen of Velmora" taken whole: then the title goes): a title names the place
/// it rules. Not before a possessive ("the Duke of Orsk's XI", a team), nor where "the"
/// follows "of" or a compass point alone does ("Queen of the West", "Queen of West").
pub(crate) fn places_after_titles(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    // After a title written as one ("Bishop"; "the father of Orsk player Dana Ruiz" is no
    // title).
    let after_title = |k: usize| after_title_of(doc, k) && doc.case(k - 2) == Case::Title;
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization) {
        let a = if s.b > s.a + 1 && after_title(s.a + 2) {
            s.a + 2
        } else if after_title(s.a) {
            s.a
        } else {
            continue;
        };
        let owned = s.b + 1 < n && doc.possessive(s.b + 1);
        // "Queen of West" (a club's short name): a compass point alone is no realm.
        let compass = a == s.b && matches!(doc.word(a), "North" | "South" | "East" | "West");
        if !owned && !compass && doc.phrase_cats(a, s.b) & PLACE != 0 {
            s.a = a;
            s.label = NameLabel::Place;
        }
    }
}

/// The most words of a title's holder read after the organization that swallowed them.
const HOLDER_WORDS: usize = 3;

/// Splits an organization the tagger ran over its officer, in either order of title and
/// organization; the organization ends where the person begins:
/// - the title opening it before a full name ("Councillor Dana Ruiz" as one name): the name
///   is the person;
/// - the title inside it ("the European Orsk Council President Dana Ruiz" as one name): it
///   ends before the title, and the words after the title are the person where they are two
///   or three capitalized words opening with a known first name; it goes where only a
///   nationality and the title's portfolio are left ("Velmoran Energy" of "Velmoran Energy
///   Minister Dana Ruiz");
/// - the title and "of the" before it ("Speaker of the House of Representatives Vellano",
///   "Chairman of the Velmor Reserve Dana Ruiz"): it ends at its longest part that the
///   gazetteer knows as an organization or that ends in a word heading organizations' names,
///   and the one to [`HOLDER_WORDS`] title-case words after it (no organization word, place or
///   nationality among them) are the title's holder. "Chairman of the Velmor Reserve Board"
///   stays whole;
/// - the title and "of" before it, with no "the", and a full name ending it ("Minister of
///   Trade Dana Ruiz"): the words before the name are the organization, unless they end the
///   title ("Secretary of State Dana Ruiz": a title the gazetteer knows), when only the
///   person is left. Where the tagger cut the portfolio at its "and" ("Minister of Foreign
///   Affairs and Trade Dana Ruiz" as "Foreign Affairs" and "Trade Dana Ruiz"), the
///   organization is the whole portfolio, as CoNLL marks "Minister of Trade and Industry".
pub(crate) fn split_officers(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    // The first parts of portfolios joined over "and" (see below).
    let mut joined = Vec::new();
    // Nationalities left of a title's portfolio (see below), seldom any.
    let mut gone = Vec::new();
    for (k, s) in spans.iter_mut().enumerate() {
        if s.label != NameLabel::Organization {
            continue;
        }
        // "Minister of Foreign Affairs and Trade Dana Ruiz": one portfolio over the "and".
        if let Some(k) = portfolio_before_and(doc, s) {
            let whole = NameSpan { a: k, ..s.clone() };
            if title_of_before(doc, &whole).is_some() {
                joined.push((k, s.a - 2));
                s.a = k;
            }
        }
        if let Some(j) = title_of_before(doc, s) {
            let person = s.split_off_person(j, j + 1);
            if title_at(doc, s.a - 2) == Some(j) {
                *s = person;
            } else {
                found.push(person);
            }
            continue;
        }
        // "Councillor Dana Ruiz" taken whole: the title opens it and a full name follows, or
        // two title-case words ending in a known surname (not a body named after its holder:
        // "President Dana Ruiz Foundation").
        let surnamed = |e: usize| {
            e + 2 == s.b
                && (e + 1..=s.b).all(|i| doc.case(i) == Case::Title)
                && doc.cats(s.b) & LAST != 0
        };
        let named = |e: usize| {
            e < s.b
                && (is_full_name(doc, e + 1, s.b) || surnamed(e))
                && doc.cats(s.b) & (ORGHEAD | CORPSUFFIX) == 0
        };
        // A title's first word is read first: few organizations open with one. A local
        // office's seat may come before it ("City Attorney Dana Ruiz").
        let lead = s.a + usize::from(LOCAL_SEATS.contains(doc.word(s.a)));
        let opens_title = s.b >= lead + 2
            && (doc.cats(lead) & TITLE != 0 || OFFICER_TITLES.contains(doc.word(lead)));
        if let Some(e) = opens_title.then(|| title_at(doc, lead)).flatten().filter(|&e| named(e)) {
            s.a = e + 1;
            s.label = NameLabel::Person;
            continue;
        }
        // Only organizations of four words or more can hold a name, a title and a person.
        let inside = (s.b >= s.a + 3)
            .then(|| (s.a + 1..s.b - 1).find_map(|t| Some((t, title_at(doc, t)?))))
            .flatten();
        if let Some((t, e)) = inside.filter(|&(_, e)| is_full_name(doc, e + 1, s.b)) {
            found.push(s.split_off_person(t - 1, e + 1));
            if county_before_officer(doc, s.a, t) {
                s.label = NameLabel::Place;
            }
        }
        if let Some(j) = holder_after(doc, s) {
            found.push(s.split_off_person(j, j + 1));
        }
        // What is left before a title (split off above, or where the tagger stopped): "Velmoran
        // Oil" of "Velmoran Oil Minister Dana Ruiz" is the portfolio still.
        if s.b + 1 < doc.len() && is_national_portfolio(doc, s) && title_at(doc, s.b + 1).is_some()
        {
            gone.push(k);
        }
    }
    if !gone.is_empty() {
        let flags: Vec<bool> = (0..spans.len()).map(|k| gone.contains(&k)).collect();
        drop_flagged(spans, &flags);
    }
    // The first parts are inside the portfolios that took them in.
    spans.retain(|t| !joined.contains(&(t.a, t.b)));
    add_spans(spans, found);
}

/// Whether `s` is a nationality and the words of a title's portfolio, all that is left of an
/// organization the tagger ran over an officer ("Velmoran Energy" of "Velmoran Energy Minister
/// Dana Ruiz"): the minister's title, not a body.
fn is_national_portfolio(doc: &DocContext, s: &NameSpan) -> bool {
    s.a < s.b
        && doc.cats(s.a) & DEMONYM != 0
        && (s.a + 1..=s.b).all(|i| TITLE_MODIFIERS.contains(doc.lower(i)))
}

/// The most words of a portfolio and its holder after a title and "of".
const PORTFOLIO_RUN: usize = 8;

/// Finds the portfolio and its holder the tagger left out after a title and "of" ("Minister
/// of Trade and Integration Dana Ruiz said"): the title-case words after "of", with "and"
/// between them, within the sentence, up to [`PORTFOLIO_RUN`] words and ending in a full
/// name of two words ([`is_full_name`]), are the portfolio (an organization, as CoNLL marks
/// "Minister of Trade and Industry") and the person, where no name covers any of them.
pub(crate) fn find_portfolio_holders(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let title = |i: usize| i < n && doc.case(i) == Case::Title;
    let mut found = Vec::new();
    // Only capitalized title words before "of" are read, then the run after it.
    for t in doc.capitalized_tokens().filter(|&t| t + 4 < n) {
        if !title(t + 2) || !after_title_of(doc, t + 2) {
            continue;
        }
        let sentence = doc.sentence_of(t);
        let mut e = t + 2;
        while e + 1 < n.min(t + 3 + PORTFOLIO_RUN) && doc.sentence_of(e + 1) == sentence {
            if title(e + 1) {
                e += 1;
            } else if doc.word(e + 1) == "and" && title(e + 2) {
                e += 2;
            } else {
                break;
            }
        }
        let portfolio_end = e.saturating_sub(2);
        if portfolio_end < t + 2
            || doc.word(portfolio_end) == "and"
            || !is_full_name(doc, e - 1, e)
            || overlaps_any(spans, t + 2, e)
        {
            continue;
        }
        found.push(NameSpan {
            a: t + 2,
            b: portfolio_end,
            label: NameLabel::Organization,
            conf: HELD,
        });
        found.push(NameSpan { a: e - 1, b: e, label: NameLabel::Person, conf: HELD });
    }
    add_spans(spans, found);
}

/// The confidence of a portfolio and a holder found by [`find_portfolio_holders`].
const HELD: f32 = 0.5;

/// Whether token `k` follows a title and "of" or "for" ("Minister of Trade", "Minister for
/// Foreign Affairs").
fn after_title_of(doc: &DocContext, k: usize) -> bool {
    k >= 2 && matches!(doc.word(k - 1), "of" | "for") && doc.cats(k - 2) & TITLE != 0
}

/// Where a title and "of" lead the capitalized words before organization `s` and an "and"
/// ("Minister of Foreign Affairs and Trade Dana Ruiz", the tagger's two organizations): the
/// first of those words, where the portfolio opens.
fn portfolio_before_and(doc: &DocContext, s: &NameSpan) -> Option<usize> {
    if s.a < 3 || doc.word(s.a - 1) != "and" {
        return None;
    }
    let mut k = s.a - 1;
    while k > 0 && doc.capitalized(k - 1) {
        k -= 1;
    }
    (k + 1 < s.a && after_title_of(doc, k)).then_some(k)
}

/// The last token of organization `s` before the full name that ends it, where a title and
/// "of" lead it (see [`split_officers`]: "Minister of Trade Dana Ruiz"); after a portfolio's
/// word, any two title-case words are the name ("Minister of Energy Doto Biteko": the tagger
/// ran the portfolio over them, where no list knows them as a name's).
fn title_of_before(doc: &DocContext, s: &NameSpan) -> Option<usize> {
    if !after_title_of(doc, s.a) || s.b == s.a {
        return None;
    }
    let two_words = |j: usize| {
        j + 2 == s.b
            && TITLE_MODIFIERS.contains(doc.lower(j))
            && (j + 1..=s.b).all(|i| doc.case(i) == Case::Title)
    };
    (s.a..s.b).find(|&j| is_full_name(doc, j + 1, s.b) || two_words(j))
}

/// The last token of organization `s` before the holder of the title that leads it with "of
/// the" (see [`split_officers`]), if it ran over one.
fn holder_after(doc: &DocContext, s: &NameSpan) -> Option<usize> {
    // The title and "of the" before the organization first: few names have them.
    let titled = s.a >= 3
        && doc.word(s.a - 1) == "the"
        && doc.word(s.a - 2) == "of"
        && doc.cats(s.a - 3) & TITLE != 0;
    if !titled || s.b == s.a {
        return None;
    }
    // A company's legal form ends its name, not a holder's ("chairwoman of the Velmor
    // Deposit Insurance Corp.").
    let holder = |i: usize| {
        doc.case(i) == Case::Title && doc.cats(i) & (ORGHEAD | CORPSUFFIX | PLACE | DEMONYM) == 0
    };
    let org_end = |j: usize| doc.cats(j) & ORGHEAD != 0 || doc.phrase_cats(s.a, j) & WIKIORG != 0;
    let first = s.b.saturating_sub(HOLDER_WORDS).max(s.a);
    (first..s.b).rev().find(|&j| org_end(j) && (j + 1..=s.b).all(holder))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn a_county_before_a_local_officer_s_title_is_a_place() {
        let doc = DocContext::new(
            "Tarnby County Sheriff Dana Ruiz met Velmor County Manager Ken Vale and the Orsk \
             County Sheriff's Office.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Tarnby", "County"], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["Velmor", "County"], ORG),
            (&["Ken", "Vale"], PER),
            (&["Orsk", "County", "Sheriff", "'s", "Office"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        places_before_titles(&doc, &mut spans);
        let expected = [
            ("Tarnby County", LOC),
            ("Dana Ruiz", PER),
            ("Velmor County", ORG),
            ("Ken Vale", PER),
            ("Orsk County Sheriff's Office", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_known_place_before_a_title_that_leads_a_person_is_a_place() {
        let doc = DocContext::new(
            "Ohio Governor Dana Ruiz, New York Attorney General Ilse Tarn, Bank of Orsk \
             Governor Ken Vale and the Ohio Governor's office spoke.",
        );
        let mut spans = vec![
            span(&doc, &["Ohio"], ORG, 0.6),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["New", "York", "Attorney", "General", "Ilse"], ORG, 0.5),
            span(&doc, &["Tarn"], PER, 0.9),
            span(&doc, &["Bank", "of", "Orsk"], ORG, 0.9),
            span(&doc, &["Ken", "Vale"], PER, 0.9),
            span(&doc, &["Ohio", "Governor", "'s"], ORG, 0.5),
        ];
        places_before_titles(&doc, &mut spans);
        let expected = [
            ("Ohio", LOC),
            ("Dana Ruiz", PER),
            ("New York", LOC),
            ("Ilse Tarn", PER),
            ("Bank of Orsk", ORG),
            ("Ken Vale", PER),
            ("Ohio Governor's", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_known_place_after_a_title_and_of_is_the_place() {
        let doc = DocContext::new(
            "The Bishop of Durham, the Queen of Scotland, Queen of West, the Duke of Ohio's \
             team and the father of Ohio player Dana Ruiz met.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Durham"], ORG),
            (&["Queen", "of", "Scotland"], ORG),
            (&["Queen", "of", "West"], ORG),
            (&["Ohio"], ORG),
            (&["Ohio"], ORG),
            (&["Dana", "Ruiz"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        places_after_titles(&doc, &mut spans);
        // A team (before a possessive), a compass point and a lower-case "father" stay.
        let expected = [
            ("Durham", LOC),
            ("Scotland", LOC),
            ("Queen of West", ORG),
            ("Ohio", ORG),
            ("Ohio", ORG),
            ("Dana Ruiz", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_after_a_title_and_of_ends_before_its_holder() {
        let doc = DocContext::new(
            "Secretary of State Dana Ruiz met Minister of Trade Ken Vale and the Minister of \
             Orsk Velmor Affairs.",
        );
        let mut spans = vec![
            span(&doc, &["State", "Dana", "Ruiz"], ORG, 0.4),
            span(&doc, &["Trade", "Ken", "Vale"], ORG, 0.4),
            span(&doc, &["Orsk", "Velmor", "Affairs"], ORG, 0.4),
        ];
        split_officers(&doc, &mut spans);
        // "Orsk" is no known first name.
        let expected =
            [("Dana Ruiz", PER), ("Trade", ORG), ("Ken Vale", PER), ("Orsk Velmor Affairs", ORG)];
        expect(texts(&spans, &doc), &expected);
        // A portfolio the tagger cut at its "and" is one organization.
        let doc = DocContext::new("The Minister of Foreign Affairs and Trade Dana Ruiz spoke.");
        let mut spans = vec![
            span(&doc, &["Foreign", "Affairs"], ORG, 0.4),
            span(&doc, &["Trade", "Dana", "Ruiz"], ORG, 0.4),
        ];
        split_officers(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Foreign Affairs and Trade", ORG), ("Dana Ruiz", PER)]);
        // A holder whose first name no list knows, by the surname's ending.
        let doc = DocContext::new("Deputy Minister of Energy Zhanbek Velmorbayev spoke.");
        let mut spans = vec![span(&doc, &["Energy", "Zhanbek", "Velmorbayev"], ORG, 0.4)];
        split_officers(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Energy", ORG), ("Zhanbek Velmorbayev", PER)]);
        // After a portfolio's word, a holder no list knows; after another word, none.
        let doc = DocContext::new(
            "Minister of Energy Doto Bitemo spoke to the Minister of Velmor Tarn Orsk.",
        );
        let mut spans = vec![
            span(&doc, &["Energy", "Doto", "Bitemo"], ORG, 0.4),
            span(&doc, &["Velmor", "Tarn", "Orsk"], ORG, 0.4),
        ];
        split_officers(&doc, &mut spans);
        let expected = [("Energy", ORG), ("Doto Bitemo", PER), ("Velmor Tarn Orsk", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_portfolio_and_its_holder_left_out_after_a_title_and_of_are_found() {
        let doc = DocContext::new(
            "Vice Minister of Trade and Integration Zhanbek Velmorov spoke. The Minister of \
             Energy Dana Ruiz and the Bishop of Orsk Velmor Tarn came; Minister of Finance \
             Orsk Vale and the Minister of Trade Dana Ruiz Velmor left.",
        );
        let mut spans = vec![];
        find_portfolio_holders(&doc, &mut spans);
        // "Orsk Velmor Tarn" holds no name that reads as a person's; "Orsk Vale" no known
        // first name or surname's ending; a name of three words is left to the other rules.
        let expected = [
            ("Trade and Integration", ORG),
            ("Zhanbek Velmorov", PER),
            ("Energy", ORG),
            ("Dana Ruiz", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_title_opening_a_name_before_a_full_name_leaves_the_person() {
        let doc = DocContext::new(
            "Councillor Dana Ruiz, Provost Velmor Smith, City Attorney Ken Vale and the \
             President Dana Ruiz Foundation spoke.",
        );
        let mut spans = vec![
            span(&doc, &["Councillor", "Dana", "Ruiz"], ORG, 0.8),
            span(&doc, &["Provost", "Velmor", "Smith"], ORG, 0.8),
            span(&doc, &["City", "Attorney", "Ken", "Vale"], ORG, 0.8),
            span(&doc, &["President", "Dana", "Ruiz", "Foundation"], ORG, 0.8),
        ];
        split_officers(&doc, &mut spans);
        let expected = [
            ("Dana Ruiz", PER),
            ("Velmor Smith", PER),
            ("Ken Vale", PER),
            ("President Dana Ruiz Foundation", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_local_officer_s_title_splits_the_name_run_over_it() {
        let doc =
            DocContext::new("Orsk County Sheriff Dana Ruiz and Velmor Treasurer Ken Vale spoke.");
        let mut spans = vec![
            span(&doc, &["Orsk", "County", "Sheriff", "Dana", "Ruiz"], ORG, 0.8),
            span(&doc, &["Velmor", "Treasurer", "Ken", "Vale"], ORG, 0.8),
        ];
        split_officers(&doc, &mut spans);
        let expected =
            [("Orsk County", LOC), ("Dana Ruiz", PER), ("Velmor", ORG), ("Ken Vale", PER)];
        expect(texts(&spans, &doc), &expected);
        assert_eq!(title_at(&doc, 2), Some(2));
        // A nationality and the portfolio left of a minister's title are no body.
        let doc = DocContext::new("Kazakh Energy Minister Dana Ruiz spoke.");
        let mut spans =
            vec![span(&doc, &["Kazakh", "Energy", "Minister", "Dana", "Ruiz"], ORG, 0.8)];
        split_officers(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Dana Ruiz", PER)]);
        // So is one the tagger ended before the title ("Oil" a portfolio too).
        let doc = DocContext::new("Kazakh Oil Minister Dana Ruiz spoke.");
        let mut spans =
            vec![span(&doc, &["Kazakh", "Oil"], ORG, 0.4), span(&doc, &["Dana", "Ruiz"], PER, 0.9)];
        split_officers(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Dana Ruiz", PER)]);
    }

    #[test]
    fn an_organization_run_over_its_officer_ends_before_the_title() {
        let doc = DocContext::new(
            "The Orsk Council President Dana Ruiz met the Tarn Union Chairman Velmor Oyelu and \
             the Kelvin Bank President Hotel.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk", "Council", "President", "Dana", "Ruiz"], ORG, 0.4),
            span(&doc, &["Tarn", "Union", "Chairman", "Velmor", "Oyelu"], ORG, 0.4),
            span(&doc, &["Kelvin", "Bank", "President", "Hotel"], ORG, 0.4),
        ];
        split_officers(&doc, &mut spans);
        // "Velmor" is no known first name; "Hotel" is one word and none.
        let expected = [
            ("Orsk Council", ORG),
            ("Dana Ruiz", PER),
            ("Tarn Union Chairman Velmor Oyelu", ORG),
            ("Kelvin Bank President Hotel", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_after_a_title_ends_before_the_holder_it_ran_over() {
        let doc = DocContext::new(
            "Speaker of the Orsk Senate Vellano, Chairman of the Velmor Reserve Board and \
             Governor of the Tarn Bank Dana Ruiz spoke; the Orsk Senate Tom said. The chairwoman of \
             the Velmor Deposit Insurance Corp. left.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Orsk", "Senate", "Vellano"], ORG),
            (&["Velmor", "Reserve", "Board"], ORG),
            (&["Tarn", "Bank", "Dana", "Ruiz"], ORG),
            (&["Velmor", "Deposit", "Insurance", "Corp."], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        spans.push(span(&doc, &["Senate", "Tom"], ORG, 0.9));
        spans[4].a -= 1;
        split_officers(&doc, &mut spans);
        let expected = [
            ("Orsk Senate", ORG),
            ("Vellano", PER),
            ("Velmor Reserve Board", ORG),
            ("Tarn Bank", ORG),
            ("Dana Ruiz", PER),
            ("Orsk Senate Tom", ORG),
            ("Velmor Deposit Insurance Corp.", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }
}

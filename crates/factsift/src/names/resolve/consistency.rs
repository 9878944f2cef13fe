//! One label per name across the document: companies named with a suffix, lone words known
//! only as companies, names listed among organizations, people named in full or after a title
//! (and one-word places that are their surnames, or listed among people), lone words and
//! phrases tagged elsewhere, and hyphenated pairs of places that are no place.

use super::foreign::is_foreign_head;
use super::lists::{is_date_word, is_dated_month};
use super::long_names::{is_headline, is_legal_form, FIRM_WORD_LIST};
use super::people::join_pieces;
use super::titles::title_before;
use super::{holds_hyphen, join_words, referent_after, Referent, WordSet};
use crate::entity::PlaceKind;
use crate::hash::{FastMap, KeyMap};
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    norm_lower, phrase_key, BIG_CITY, CORPSUFFIX, COUNTRY, COUNTRY_OR_CITY, DEMONYM, FIRST,
    GAZETTEER, LAST, NOT_PERSON, ORGHEAD, PLACE, TITLE, TOWN, WIKILOC, WIKIORG,
};
use crate::names::span::{add_spans, covered_tokens, NameLabel, NameSpan};

use NameLabel::{Organization as ORG, Other, Person as PER, Place as LOC};

/// The gazetteer's categories of places, Wikipedia's among them.
const PLACES: u16 = PLACE | WIKILOC;

/// Below this confidence, the tagger's organization is open to the document's evidence.
const UNSURE: f32 = 0.1;

/// The consistency passes, in order.
pub(crate) fn apply(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    join_comma_legal_forms(doc, spans);
    let companies = org_consistency(doc, spans);
    known_org_words(doc, spans);
    list_peers(doc, spans);
    cities_after_in(doc, spans);
    places_listed_after_places(doc, spans);
    titled_people(doc, spans);
    referred_people(doc, spans);
    person_consistency(doc, spans, &companies);
    full_name_tails(doc, spans, &companies);
    surname_places(doc, spans);
    line_ups(doc, spans);
    firms_taken_for_people(doc, spans);
    let place_or_org = |s: &NameSpan| matches!(s.label, LOC | ORG);
    // Only an en dash's token joins a compound: a document without one needs no look.
    let dashes = doc.may_hold("\u{2013}");
    let pair =
        |s: &NameSpan| is_place_pair(doc, s.a, s.b) || dashes && in_dash_compound(doc, s.a, s.b);
    for s in spans.iter_mut().filter(|s| place_or_org(s) && pair(s)) {
        s.label = Other;
    }
    repeated_names(doc, spans);
}

/// The names the document gives elsewhere, found where the tagger left them out: lone words
/// ([`word_consistency`]) and phrases ([`phrase_consistency`]).
pub(crate) fn repeated_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    word_consistency(doc, spans);
    phrase_consistency(doc, spans);
}

/// Last words of company names that end no place or person's name ("Halyk Finance", "Indian
/// Oil", "Jio Platforms", "Banner Health", "Three Rivers Bakery", "Velmor Mines"), of public
/// bodies ("Ipswich City Council", "Orsk Port Authority", "Tarn Legislature"), of armed
/// forces, police and broadcasters ("Velmor Navy", "Orsk Police", "Tarn Television") and of
/// schools, universities and colleges (organizations, GUIDELINES), besides the firms' words
/// of [`FIRM_WORD_LIST`] ("Velmor Records"), which [`COMPANY_WORDS`] joins to these.
const COMPANY_ONLY_WORDS: [&str; 76] = [
    "Holdings",
    "Management",
    "Group",
    "Investment",
    "Equity",
    "Design",
    "Designs",
    "University",
    "College",
    "Bros",
    "Bros.",
    "Cos.",
    "Brothers",
    "Pictures",
    "Band",
    "Orchestra",
    "Associates",
    "Hospital",
    "School",
    "Conference",
    "Finance",
    "Financial",
    "Capital",
    "Partners",
    "Securities",
    "Investments",
    "Insurance",
    "Airlines",
    "Airways",
    "Motors",
    "Industries",
    "Telecom",
    "Media",
    "Oil",
    "Gas",
    "Petroleum",
    "Energy",
    "Platforms",
    "Research",
    "Economics",
    "Analytics",
    "Consulting",
    "Advisors",
    "Advisers",
    "Council",
    "Authority",
    "Commission",
    "Committee",
    "Ministry",
    "Department",
    "Agency",
    "Health",
    "Healthcare",
    "Elementary",
    "Academy",
    "Bakery",
    "Brewery",
    "Winery",
    "Sports",
    "Ferries",
    "Freight",
    "Infra",
    "Mines",
    "Copper",
    "Cement",
    "Lithium",
    "Legislature",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Police",
    "Radio",
    "Television",
    "Broadcasting",
];

/// [`COMPANY_ONLY_WORDS`] and the firms' words of [`FIRM_WORD_LIST`], as one list.
const COMPANY_WORD_LIST: [&str; FIRM_WORD_LIST.len() + COMPANY_ONLY_WORDS.len()] =
    join_words(FIRM_WORD_LIST, COMPANY_ONLY_WORDS);

/// [`COMPANY_WORD_LIST`] as a set.
const COMPANY_WORDS: WordSet = WordSet::new(&COMPANY_WORD_LIST);

/// Last words of company names that end places' names too ("West Bank", "Lake Group"): a
/// place ending in one is a company where no place list knows the whole ("Halyk Bank").
const PLACE_FIRM_WORDS: WordSet =
    WordSet::new(&["Bank", "Group", "Company", "Corporation", "Holdings"]);

/// One label for a company across the document: a place or person named with a company word
/// or suffix at its end ("Halyk Finance", "Vendrix Holdings"; a place no list knows ending in
/// one of [`PLACE_FIRM_WORDS`], "Halyk Bank"), or followed by a company word
/// that ends the name ("Ruiz" + "Design"), is an organization; a name
/// followed by a company suffix ("Velmor SpA", "Tarnby Co") is an organization with the
/// suffix in its span, and the same name without the suffix is that organization wherever the
/// tagger took it for a person or a place; so are its leading words ("Velmor" and "Velmor
/// Optics" of "Velmor Optics Industries Inc": "shares of Velmor stock"), and the surname of a
/// firm named after its founder ("Ruiz" of "Dana Ruiz Co.", where the document names no
/// person with it), but where they are a known place the tagger took for one ("Lisbon" of
/// "Lisbon Steel Corp"). Returns the keys of those names (without suffix).
fn org_consistency(doc: &DocContext, spans: &mut [NameSpan]) -> KeyMap<u64, ()> {
    let n = doc.len();
    let suffix = |i: usize| {
        i < n && doc.word(i).starts_with(char::is_uppercase) && doc.cats(i) & CORPSUFFIX != 0
    };
    // "lent to Velmor Bank" (read as "the West Bank"): a place list knows no such place.
    let firm_place = |s: &NameSpan| {
        s.label == LOC
            && PLACE_FIRM_WORDS.contains(doc.word(s.b))
            && doc.phrase_cats(s.a, s.b) & PLACES == 0
    };
    let mut starts = vec![false; n];
    spans.iter().for_each(|s| starts[s.a] = true);
    for s in spans.iter_mut().filter(|s| matches!(s.label, PER | LOC | ORG)) {
        // "Dana Ruiz" + "Design", "Volterra" + "Automotive": a company word ending the name
        // right after it is part of it (not in "Orsk Finance Minister").
        let e = s.b + 1;
        let word = e < n && doc.case(e) == Case::Title && !starts[e];
        let ends = || e + 1 >= n || !doc.capitalized(e + 1);
        if word && ends() && COMPANY_WORDS.contains(doc.word(e)) {
            s.b = e;
        }
        if s.label == ORG {
            continue;
        }
        // "Samruk-Energy": a company word after a hyphen ends a firm's one-word name.
        let hyphened = || {
            s.a == s.b
                && super::split_last_hyphen(doc.word(s.a))
                    .is_some_and(|(_, w)| COMPANY_WORDS.contains(w))
        };
        if s.b > s.a && (COMPANY_WORDS.contains(doc.word(s.b)) || suffix(s.b) || firm_place(s))
            || hyphened()
        {
            s.label = ORG;
        }
    }
    let mut companies: KeyMap<u64, ()> = KeyMap::default();
    let mut leads: KeyMap<u64, ()> = KeyMap::default();
    // The surnames of the people the document names in full.
    let surname = |spans: &[NameSpan], i: usize| {
        spans.iter().any(|t| t.label == PER && t.b > t.a && doc.word(t.b) == doc.word(i))
    };
    let mut named_alone = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label.is_output()) {
        if suffix(s.b + 1) && !starts[s.b + 1] {
            s.b += 1;
            s.label = ORG;
        }
        if s.label == ORG && s.b > s.a && suffix(s.b) {
            // "Velmor Holdings, Inc.": the name ends before the comma.
            let end = if doc.word(s.b - 1) == "," { s.b - 2 } else { s.b - 1 };
            companies.insert(doc.key(s.a, end), ());
            for e in s.a..end {
                leads.insert(doc.key(s.a, e), ());
            }
            // "Walt Disney Co.": a firm named after its founder goes by the surname.
            if end == s.a + 1 && doc.cats(s.a) & FIRST != 0 {
                named_alone.push(end);
            }
        } else if s.label == ORG && s.b == s.a + 1 && COMPANY_WORDS.contains(doc.word(s.b)) {
            // "Velmora Mining" then "France's Velmora": a word that is no first name, named
            // alone, and no surname of the document's people ("Velmorov University" is named
            // after one); a known place it names stays the place (below).
            if doc.cats(s.a) & FIRST == 0 {
                named_alone.push(s.a);
            }
        }
    }
    for i in named_alone {
        if !surname(spans, i) {
            leads.insert(doc.key(i, i), ());
        }
    }
    if companies.is_empty() && leads.is_empty() {
        return companies;
    }
    // A known place leading a company's name ("Lisbon Steel Corp") is still that place.
    let place = |s: &NameSpan| s.label == LOC && doc.phrase_cats(s.a, s.b) & PLACES != 0;
    for s in spans.iter_mut().filter(|s| s.label == PER || s.label == LOC) {
        let key = doc.key(s.a, s.b);
        if leads.contains_key(&key) && !place(s) {
            companies.insert(key, ());
        }
        if companies.contains_key(&key) {
            s.label = ORG;
        }
    }
    companies
}

/// Legal forms written after a comma that ends a company's name ("Velmor Holdings, Inc.",
/// "Orsk Partners, L.P."); not "Co." (an Irish county's: "Velmor, Co. Cork"), nor "AG", "SA"
/// or "AB", which follow a town's name as a state's or country's abbreviation would.
const COMMA_LEGAL_FORMS: WordSet = WordSet::new(&[
    "Inc", "Inc.", "LLC", "L.L.C.", "LLP", "L.L.P.", "LP", "L.P.", "Ltd", "Ltd.", "PLC", "Plc",
    "plc", "N.V.", "GmbH", "Limited",
]);

/// A company's legal form after a comma is no name of its own: a name the tagger made of the
/// form alone goes, and the name before the comma is an organization. "Inc" joins the
/// company's name, comma included ("Velmor Holdings, Inc.": CoNLL's spans hold both, and so do
/// WikiGold's); the other forms stay out of it, as WikiGold leaves them ("Orsk Partners,
/// L.P.") and CoNLL has none.
fn join_comma_legal_forms(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let form_after = |b: usize| {
        b + 2 < n && doc.word(b + 1) == "," && COMMA_LEGAL_FORMS.contains(doc.word(b + 2))
    };
    let mut dropped = false;
    for k in 0..spans.len() {
        if !form_after(spans[k].b) {
            continue;
        }
        let form = spans[k].b + 2;
        if matches!(doc.word(form), "Inc" | "Inc.") {
            spans[k].b = form;
        }
        spans[k].label = ORG;
        if let Some(next) = spans.get_mut(k + 1).filter(|t| t.a <= form) {
            // Cut to the words after the form, or marked for removal (ending before it starts).
            next.a = form + 1;
            dropped |= next.b < next.a;
        }
    }
    if dropped {
        spans.retain(|s| s.a <= s.b);
    }
}

/// Below this confidence, a one-word person that is only known as an organization's name
/// is that organization.
const UNSURE_PERSON: f32 = 0.5;

/// Below this confidence, a one-word place known only as a company's name is that company.
const UNSURE_PLACE: f32 = 0.5;

/// Names of legislatures used alone ("passed by the Legislature", "the Sejm voted"), which
/// the tagger leaves out or reads as places: assemblies, so organizations.
const LEGISLATURES: WordSet = WordSet::new(&[
    "Legislature",
    "Sejm",
    "Knesset",
    "Bundestag",
    "Bundesrat",
    "Duma",
    "Storting",
    "Riksdag",
    "Folketing",
    "Eduskunta",
    "Althing",
    "Oireachtas",
    "Saeima",
    "Seimas",
    "Riigikogu",
    "Majlis",
    "Mazhilis",
    "Khural",
]);

/// Single words known only as organizations' names ("Google", "Sony": in the Wikipedia
/// organization list, and no place, person's name or other gazetteer word) that stand alone:
/// a person or a place the tagger is unsure of is that organization ("Apple is looking at...",
/// "the fintech affiliate of Alibaba"), but a place after a place's preposition, a comma or a
/// name's "of" ("at Longchamp", "Menlo Park, Calif", "Lawrence of Arabia"), and such a word
/// the tagger left out is one ("Google and Sony announced..."), and so is a word no list
/// knows that "and" or "or" pairs with it ("Microsoft and OpenAI are renegotiating"). A
/// legislature's name alone ([`LEGISLATURES`]) is an organization however the tagger read it.
fn known_org_words(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let cap = |i: usize| i < n && doc.case(i) == Case::Title;
    let long_cap = |i: usize| cap(i) && doc.word(i).len() >= 3;
    let known = |i: usize| long_cap(i) && doc.cats(i) == WIKIORG;
    let joined_before = |i: usize| i > 0 && cap(i - 1) && !doc.starts_sentence(i);
    let alone = |i: usize| !joined_before(i) && !cap(i + 1);
    let legislature = |i: usize| LEGISLATURES.contains(doc.word(i));
    // "a race at Longchamp", "Menlo Park, Calif", "Duke of Orsk": a place's preposition or
    // comma before it, or a name's "of".
    let name_of = |i: usize| i > 1 && doc.word(i - 1) == "of" && cap(i - 2);
    let after_place_word = |i: usize| {
        i > 0 && (matches!(doc.lower(i - 1), "," | "at" | "in" | "near" | "from") || name_of(i))
    };
    // At a sentence's start a surname that names a company too ("Apple") is that company when
    // the tagger is unsure it is a person.
    let first_known = |i: usize| {
        known(i) || (doc.starts_sentence(i) && long_cap(i) && doc.cats(i) == WIKIORG | LAST)
    };
    for s in spans.iter_mut() {
        let unsure_person = s.a == s.b
            && s.label == PER
            && s.conf < UNSURE_PERSON
            && !matches!(referent_after(doc, s.b), Some(Referent::Person(_)));
        let unsure_place =
            s.a == s.b && s.label == LOC && s.conf < UNSURE_PLACE && !after_place_word(s.a);
        if (unsure_person && first_known(s.a) || unsure_place && known(s.a)) && alone(s.a) {
            s.label = ORG;
            s.conf = s.conf.min(UNSURE / 2.0);
        } else if s.a == s.b && matches!(s.label, PER | LOC) && legislature(s.a) && alone(s.a) {
            s.label = ORG;
        }
    }
    let covered = covered_tokens(spans, n);
    // The gazetteer is asked last: most capitalized words stand next to another.
    let found: Vec<NameSpan> = doc
        .capitalized_tokens()
        .filter(|&i| {
            !covered[i] && long_cap(i) && alone(i) && (doc.cats(i) == WIKIORG || legislature(i))
        })
        .map(|i| NameSpan { a: i, b: i, label: ORG, conf: UNSURE / 2.0 })
        .collect();
    // "Microsoft and OpenAI": a word no list knows, paired with such a company by "and" or
    // "or", is a company too.
    let partner = |i: usize| {
        i < n
            && !covered[i]
            && long_cap(i)
            && alone(i)
            && doc.cats(i) == 0
            && !doc.starts_sentence(i)
            && !is_date_word(doc.word(i), ORG)
    };
    let joined = |i: usize| i < n && matches!(doc.word(i), "and" | "or");
    let mut partners: Vec<usize> = found
        .iter()
        .flat_map(|f| {
            let before = (f.a >= 2 && joined(f.a - 1)).then(|| f.a - 2);
            let after = joined(f.a + 1).then_some(f.a + 2);
            [before, after].into_iter().flatten().filter(|&i| partner(i))
        })
        .collect();
    partners.sort_unstable();
    partners.dedup();
    let partners =
        partners.into_iter().map(|i| NameSpan { a: i, b: i, label: ORG, conf: UNSURE / 2.0 });
    add_spans(spans, found);
    add_spans(spans, partners.collect());
}

/// Words that open a clause whose subject follows them ("until Velmor saw he had lost").
const CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "that", "until", "when", "after", "before", "because", "while", "although", "though", "since",
    "unless", "once", "but", "as", "if",
]);

/// An organization of one to three words opening a sentence or a clause ([`CLAUSE_OPENERS`]:
/// "until Velmor saw he was beaten") that the sentence then refers to as a person
/// ([`referent_after`]: "Velmor told reporters in Orsk that he was confident", "Tarn Velmo won
/// the title, his first") is that person (a name further on is seldom the subject: "told
/// Velmor as he left"), where its words are title-case with no organization
/// word or legal form (nor a place's name, in a longer name), a lower-case word follows it (no
/// "'s": "Velmor's chairman said he"), no person is named before the reference, and it is no
/// listed company.
fn referred_people(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let s = &spans[k];
        let other = if s.a == s.b { ORGHEAD | CORPSUFFIX } else { ORGHEAD | CORPSUFFIX | PLACE };
        let shape = s.label == ORG
            && s.b <= s.a + 2
            && (doc.starts_sentence(s.a) || s.a >= 1 && CLAUSE_OPENERS.contains(doc.word(s.a - 1)))
            && s.b + 1 < n
            && doc.case(s.b + 1) == Case::Lower
            && (s.a..=s.b).all(|i| doc.case(i) == Case::Title && doc.cats(i) & other == 0);
        // "Sporting his green outfit": a pronoun right after the word makes it a verb.
        let Some(Referent::Person(r)) = shape.then(|| referent_after(doc, s.b)).flatten() else {
            continue;
        };
        let person_between = spans[k + 1..].iter().take_while(|t| t.a < r).any(|t| t.label == PER);
        if r > s.b + 1 && !person_between && !super::companies::is_listed(doc, s.a, s.b) {
            spans[k].label = PER;
        }
    }
}

/// A known country or city the tagger took for an organization right after "in" ("the final
/// in Milan", "talks in Velmora") is the place: a club or a government named by its city is
/// seldom "in" anything; not before a possessive ("in Milan's win") or a capitalized word,
/// nor where "in" tells what is owned in a firm ("shares in Slough", "a stake in Orsk"). So is
/// one right after "outside" or "throughout" ("teams from outside Velmora": what lies
/// around or over a club is no club), and one after "to", "from" or "near" that the tagger is
/// unsure of ("carries oil to
/// Novorossiysk"), and one before "'s" and what only a place has ("Tashkent's mayor"). Any
/// name right after "near", "around" or "along" is a place, known or not ("the highway near
/// Tarnby", "farms along Velmor Creek").
fn cities_after_in(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let free_after = |b: usize| b + 1 >= n || !(doc.capitalized(b + 1) || doc.possessive(b + 1));
    let owned = |a: usize| a > 1 && OWNED_IN.contains(doc.lower(a - 2));
    // After "to", "from" or "near" only where the tagger is unsure ("oil to Velmora"; a
    // club is lost to, or signed from: "lost to Milan").
    let after_in = |s: &&mut NameSpan| {
        s.a > 0
            && match doc.word(s.a - 1) {
                "in" => !owned(s.a),
                "outside" | "throughout" => true,
                "to" | "from" | "near" => s.conf < UNSURE,
                _ => false,
            }
    };
    // "Velmora's mayor", "Orsk's new airport": what only a place has, after its possessive
    // and maybe one lower-case word.
    let thing = |i: usize| i < n && PLACE_THINGS.contains(doc.word(i));
    let place_owns = |b: usize| {
        b + 2 < n
            && doc.possessive(b + 1)
            && (thing(b + 2) || doc.case(b + 2) == Case::Lower && thing(b + 3))
    };
    // The end of a name right after "in": the name after it and "and" is "in" too ("in
    // Velmora and Orsk"). Not after a comma: "In Orsk, Tarn won" opens a clause.
    let mut listed_end = None;
    for s in spans.iter_mut() {
        let listed = listed_end.is_some_and(|e: usize| e + 2 == s.a && doc.word(e + 1) == "and");
        let right_after_in = s.a > 0 && doc.word(s.a - 1) == "in" && !owned(s.a);
        listed_end = (right_after_in || listed).then_some(s.b);
        if s.label != ORG {
            continue;
        }
        let by_word = (after_in(&s) || listed) && free_after(s.b);
        let near =
            s.a > 0 && matches!(doc.word(s.a - 1), "near" | "around" | "along") && free_after(s.b);
        if near || (by_word || place_owns(s.b)) && doc.is_country_or_city(s.a, s.b) {
            s.label = LOC;
        }
    }
}

/// What only a place has, after its possessive ("Velmora's mayor": a club or a government
/// named by its city has none of them).
const PLACE_THINGS: WordSet = WordSet::new(&[
    "mayor",
    "airport",
    "outskirts",
    "suburbs",
    "streets",
    "residents",
    "inhabitants",
    "population",
    "skyline",
    "downtown",
    "governor",
    "port",
]);

/// What one owns "in" a firm ("shares in X").
const OWNED_IN: WordSet = WordSet::new(&[
    "shares",
    "stake",
    "stakes",
    "holding",
    "holdings",
    "interest",
    "investment",
    "investments",
]);

/// The words between two names of a list, `x` then `y`: a comma (`Some(false)`), or "and" or
/// "or" (after a comma or not) before the last name (`Some(true)`); `None` where they are
/// other words.
fn list_joint(doc: &DocContext, x: &NameSpan, y: &NameSpan) -> Option<bool> {
    match y.a.checked_sub(x.b)? {
        2 if doc.word(x.b + 1) == "," => Some(false),
        2 => matches!(doc.word(x.b + 1), "and" | "or").then_some(true),
        3 => {
            (doc.word(x.b + 1) == "," && matches!(doc.word(x.b + 2), "and" | "or")).then_some(true)
        }
        _ => None,
    }
}

/// The names listed after a place that a preposition of place leads ("projects in Lisbon,
/// Velmora and Tarnby", "camps around Adre, Orsk and Tarn") are places too where the tagger
/// took one of one word for an organization that the lists do not know as one (a club named
/// by its town is seldom listed "in" or "around" anything). A sentence opening with the
/// preposition ("In Lisbon, Velmor and Orsk agreed") leads no list.
fn places_listed_after_places(doc: &DocContext, spans: &mut [NameSpan]) {
    let led = |s: &NameSpan| {
        s.label == LOC
            && s.a > 0
            && !doc.starts_sentence(s.a - 1)
            && match doc.word(s.a - 1) {
                "in" | "outside" | "throughout" | "across" => doc.is_country_or_city(s.a, s.b),
                "near" | "around" | "along" => true,
                _ => false,
            }
    };
    // Not a possessor, nor a name with a place of its own ("3AW in Melbourne and FIVEaa in
    // Adelaide").
    let free_after =
        |b: usize| b + 1 >= doc.len() || !(doc.possessive(b + 1) || doc.word(b + 1) == "in");
    let mut j = 0;
    while j < spans.len() {
        if !led(&spans[j]) {
            j += 1;
            continue;
        }
        while j + 1 < spans.len() {
            let Some(last) = list_joint(doc, &spans[j], &spans[j + 1]) else { break };
            j += 1;
            let s = &mut spans[j];
            let unknown_body = doc.cats(s.a) & WIKIORG == 0 || doc.cats(s.a) & PLACE != 0;
            let plain = s.a == s.b && doc.case(s.a) == Case::Title && s.conf < 1.0;
            if s.label == ORG && plain && unknown_body && free_after(s.b) {
                s.label = LOC;
            }
            if last {
                break;
            }
        }
        j += 1;
    }
}

/// Below this confidence, a person or place listed among organizations is one.
const UNSURE_PEER: f32 = 0.6;

/// Names listed together are of a kind: in a list of three or more names joined by commas
/// and a final "and" or "or" ("Velmor, Orsk Trust and Tarn Group"), of which most are
/// organizations, a person or place the tagger is unsure of is one too ("firms such as
/// Velmor, Dana and Tarn Group"); a member's possessive makes the name it owns the member
/// ("Velmor, Tarn Group and Orsk's Brisk"); in a list of which most are places, a one-word
/// organization the tagger is unsure of that lists know as a place is one. Lists where every
/// name found is an organization, and the names left out there, are
/// [`super::coordination`]'s.
fn list_peers(doc: &DocContext, spans: &mut [NameSpan]) {
    let joint = |x: &NameSpan, y: &NameSpan| list_joint(doc, x, y);
    // "Dana Ruiz, Velmor and Orsk Trust's chief": a full name opens an apposition.
    let full_name = |s: &NameSpan| s.label == PER && s.b > s.a && doc.cats(s.a) & FIRST != 0;
    let mut k = 0;
    while k < spans.len() {
        // Commas, then "and" or "or" before the last name.
        let mut end = k + 1;
        let mut last = false;
        while end < spans.len() && spans[end].a > spans[end - 1].b {
            match joint(&spans[end - 1], &spans[end]) {
                Some(and) => {
                    end += 1;
                    last = and;
                    if and {
                        break;
                    }
                }
                None => break,
            }
        }
        if !last || end - k < 3 {
            k = end;
            continue;
        }
        // Each member, or the name its possessive owns ("and Orsk's Velmorneft").
        let owns = |j: usize| {
            j + 1 < spans.len()
                && doc.possessive(spans[j].b + 1)
                && spans[j + 1].a == spans[j].b + 2
        };
        let members: Vec<usize> = (k..end).map(|j| j + usize::from(owns(j))).collect();
        let orgs = members.iter().filter(|&&j| spans[j].label == ORG).count();
        let places = members.iter().filter(|&&j| spans[j].label == LOC).count();
        let n = end - k;
        let most = if 2 * orgs > n && !is_headline(doc, spans[k].a) {
            ORG
        } else if 2 * places > n {
            LOC
        } else {
            k = end;
            continue;
        };
        for j in members {
            let s = &mut spans[j];
            // Among places, only a one-word organization that lists know as a place ("in
            // Naryn, Khorog and Tekeli").
            let joins = match most {
                ORG => !full_name(s) && matches!(s.label, PER | LOC),
                _ => s.label == ORG && s.a == s.b && doc.cats(s.a) & PLACE != 0,
            };
            if s.conf < UNSURE_PEER && joins {
                s.label = most;
            }
        }
        k = end;
    }
}

/// One label for a person across the document (issue 3 item 4). A name the document gives
/// with a company suffix (`companies`, "Vendrix Holdings Ltd") stays an organization.
///
/// - An organization of two or three title-case words that the tagger is unsure of, that
///   begins with a known first name or surname and holds no place, organization or title
///   word, is a person ("Xi Jinping" where the tagger wavers), unless it is a listed company
///   or ends in a company's word or legal form.
/// - Person words: the last word of a full name ("Tokayev" of "Kassym-Jomart Tokayev"), a
///   first word known only as a surname ("Xi" of "Xi Jinping"), a single name after a title
///   ("President Tokayev"). Anywhere else in the document, such a word left out by the
///   tagger, or tagged as an organization it is unsure of, is that person too.
fn person_consistency(doc: &DocContext, spans: &mut Vec<NameSpan>, companies: &KeyMap<u64, ()>) {
    let title_case = |i: usize| doc.case(i) == Case::Title;
    let two_or_three = |s: &NameSpan| (1..3).contains(&(s.b - s.a));
    let company =
        |s: &NameSpan| !companies.is_empty() && companies.contains_key(&doc.key(s.a, s.b));
    let open = |s: &&mut NameSpan| s.label == ORG && s.conf < UNSURE && !company(s);
    // A listed company named after people stays one ("Goldman Sachs and Velmor Lynch advised").
    let named_firm = |s: &NameSpan| super::companies::is_listed(doc, s.a, s.b);
    for s in spans.iter_mut().filter(open).filter(|s| two_or_three(s) && !named_firm(s)) {
        // "Virgin Records": a company word keeps the organization it made (org_consistency),
        // and so does a legal form ("Magyar Velmor Zrt").
        let firm_end = |b: usize| COMPANY_WORDS.contains(doc.word(b)) || is_legal_form(doc, b);
        let named = doc.cats(s.a) & (FIRST | LAST) != 0 && !firm_end(s.b);
        // "Real Federación Española": a foreign body's word is no person's.
        let plain = |i: usize| {
            title_case(i) && doc.cats(i) & NOT_PERSON == 0 && !is_foreign_head(doc.word(i))
        };
        if named && (s.a..=s.b).all(plain) {
            s.label = PER;
        }
    }
    let person_words = person_words(doc, spans);
    if person_words.is_empty() {
        return;
    }
    let is_person_word = |i: usize| {
        doc.word(i).len() >= 2 && title_case(i) && person_words.contains_key(doc.lower(i))
    };
    for s in spans.iter_mut().filter(open) {
        if (s.a..=s.b).all(is_person_word) {
            s.label = PER;
        }
    }
    let covered = covered_tokens(spans, doc.len());
    // Each run of person words left out is one person.
    let mut found: Vec<NameSpan> = Vec::new();
    let person_at = |i: usize| !covered[i] && is_person_word(i) && !is_dated_month(doc, i);
    for i in doc.capitalized_tokens().filter(|&i| person_at(i)) {
        match found.last_mut() {
            Some(run) if run.b + 1 == i => run.b = i,
            _ => found.push(NameSpan { a: i, b: i, label: PER, conf: 0.5 }),
        }
    }
    if !found.is_empty() {
        add_spans(spans, found);
        // A person word found next to a person is part of that name ("Xi" + "Jinping").
        *spans = join_pieces(doc, std::mem::take(spans));
    }
}

/// A name the tagger took for an organization right after a person's title, age or role as a
/// firm's founder ("democracy leader Aung San Suu Kyi", "Spokesman Lars Brun", "20-year-old
/// Dana Ruiz", "Orsk Group founder Ken Vale", "founded by Ken Vale"), or said to hold a title
/// ("its president is Ken Vale"), is that
/// person when all its words are title-case
/// and none is a place, organization or title word or has a capital inside ("Orsk owner
/// KazDance" names a company): a title names a person, not a body.
fn titled_people(doc: &DocContext, spans: &mut [NameSpan]) {
    // A small town's name is many a person's name too ("San").
    let plain_name_word =
        |i: usize| doc.case(i) == Case::Title && doc.cats(i) & NOT_PERSON & !TOWN == 0;
    // A word with a capital inside is a company's ("Velmor owner KazDance").
    let camel = |s: &NameSpan| (s.a..=s.b).any(|i| super::companies::is_camel_case(doc.word(i)));
    // "founded by Dana Ruiz": a founder (a firm founding one has its organization word).
    let founded_by = |a: usize| {
        a > 1
            && doc.word(a - 1) == "by"
            && matches!(doc.lower(a - 2), "founded" | "co-founded" | "cofounded")
    };
    // "Its current president is Dana Ruiz": a lower-case title the name is said to hold.
    let title_is = |a: usize| {
        a > 1
            && matches!(doc.word(a - 1), "is" | "was")
            && doc.case(a - 2) == Case::Lower
            && doc.cats(a - 2) & TITLE != 0
    };
    let titled = |a: usize| {
        title_before(doc, a).is_some()
            || a > 0 && (is_age(doc.word(a - 1)) || NAMED_ROLES.contains(doc.word(a - 1)))
            || founded_by(a)
            || title_is(a)
    };
    // "20-year-old Orsk striker Dana Ruiz": a name before a title is the person's team.
    let before_title = |b: usize| b + 1 < doc.len() && doc.cats(b + 1) & TITLE != 0;
    for s in spans.iter_mut().filter(|s| s.label == ORG) {
        // The words are read first: few organizations are all plain name words.
        let plain = !COMPANY_WORDS.contains(doc.word(s.b)) && (s.a..=s.b).all(plain_name_word);
        if plain && titled(s.a) && !before_title(s.b) && !camel(s) {
            s.label = PER;
        }
    }
}

/// Lower-case words for the people who found or own a firm or stand for an office, before
/// their names ("Velmor Group founder Dana Ruiz", "opposition candidate Dana Ruiz"): titles
/// the gazetteer's list lacks.
const NAMED_ROLES: WordSet =
    WordSet::new(&["founder", "co-founder", "cofounder", "owner", "candidate", "nominee"]);

/// Whether `w` gives a person's age ("20-year-old").
fn is_age(w: &str) -> bool {
    w.strip_suffix("-year-old").is_some_and(|n| super::is_short_number(n, 3))
}

/// The last two or more words of a person's full name, tagged as an organization elsewhere in
/// the document, are that person ("Suu Kyi" after "Aung San Suu Kyi"): a short mention of a
/// person named in full repeats the end of the name, however sure the tagger is; but a name
/// the document gives with a company suffix (`companies`) stays that company.
fn full_name_tails(doc: &DocContext, spans: &mut [NameSpan], companies: &KeyMap<u64, ()>) {
    let mut tails: KeyMap<u64, ()> = KeyMap::default();
    for s in spans.iter().filter(|s| s.label == PER && s.b >= s.a + 2) {
        for a in s.a + 1..s.b {
            tails.insert(doc.key(a, s.b), ());
        }
    }
    for s in spans.iter_mut().filter(|s| s.label == ORG && s.b > s.a) {
        let key = doc.key(s.a, s.b);
        if tails.contains_key(&key) && !companies.contains_key(&key) {
            s.label = PER;
        }
    }
}

/// A one-word place that is the last name of a person named in full in the document is that
/// person ("Holland" after "Tom Holland", "Lincoln" in a report on a player named
/// "Dana Lincoln"): a short mention repeats the surname. Capitals-only words (a
/// dateline's city) and a word after a place's preposition ("lived in London") are left alone.
fn surname_places(doc: &DocContext, spans: &mut [NameSpan]) {
    let mut surnames: FastMap<&str, ()> =
        FastMap::with_capacity_and_hasher(spans.len(), Default::default());
    for s in spans.iter().filter(|s| s.label == PER && s.b > s.a) {
        surnames.insert(doc.lower(s.b), ());
    }
    if surnames.is_empty() {
        return;
    }
    // "lived in London": a place's preposition keeps it a place.
    let at_place =
        |i: usize| i > 0 && matches!(doc.lower(i - 1), "in" | "at" | "near" | "from" | "to");
    for s in spans.iter_mut().filter(|s| s.label == LOC && s.a == s.b && !at_place(s.a)) {
        if doc.case(s.a) == Case::Title && surnames.contains_key(doc.lower(s.a)) {
            s.label = PER;
        }
    }
}

/// A list of four or more one-word names joined by commas, two or more of them people, is a
/// list of people (a team's line-up: "Velmore, Ruiz, Staunton, Tarnek"): a place in it that
/// is a known surname and no country or big city is a person too.
fn line_ups(doc: &DocContext, spans: &mut [NameSpan]) {
    let one_word = |s: &NameSpan| s.a == s.b;
    let mut k = 0;
    while k < spans.len() {
        let mut end = k + 1;
        while end < spans.len()
            && one_word(&spans[end - 1])
            && one_word(&spans[end])
            && spans[end].a == spans[end - 1].b + 2
            && doc.word(spans[end - 1].b + 1) == ","
        {
            end += 1;
        }
        let list = &mut spans[k..end];
        if list.len() >= 4 && list.iter().filter(|s| s.label == PER).count() >= 2 {
            for s in list.iter_mut().filter(|s| s.label == LOC) {
                let cats = doc.cats(s.a);
                if cats & LAST != 0 && cats & (COUNTRY | BIG_CITY) == 0 {
                    s.label = PER;
                }
            }
        }
        k = end;
    }
}

/// A word the document names as a one-word organization (a firm the tagger or a rule read as
/// one: "Container line Velmor cut its forecast") is that organization where the tagger took
/// it alone for a person ("Velmor is more exposed than its peers"), unless the word names a
/// person too (a known first name or surname, a word of a person's full name, or a single name
/// after a title: see [`person_words`]), or the clause after it refers to a person ("Velmor
/// knew he had lost").
fn firms_taken_for_people(doc: &DocContext, spans: &mut [NameSpan]) {
    let firms: FastMap<&str, ()> = spans
        .iter()
        .filter(|s| s.label == ORG && s.a == s.b)
        .map(|s| (doc.word(s.a), ()))
        .collect();
    if firms.is_empty() {
        return;
    }
    let taken = |s: &NameSpan| {
        s.label == PER && s.a == s.b && s.conf < 1.0 && firms.contains_key(doc.word(s.a))
    };
    // The person words only where such a person is (most documents have none), read before
    // any label changes.
    if !spans.iter().any(taken) {
        return;
    }
    let people = person_words(doc, spans);
    let unnamed =
        |i: usize| doc.cats(i) & (FIRST | LAST) == 0 && !people.contains_key(doc.lower(i));
    for s in spans.iter_mut().filter(|s| taken(s)) {
        let personal = || matches!(referent_after(doc, s.b), Some(Referent::Person(_)));
        if unnamed(s.a) && !personal() {
            s.label = ORG;
        }
    }
}

/// The words that name a person wherever they stand alone (see [`person_consistency`]).
fn person_words<'d>(doc: &'d DocContext, spans: &[NameSpan]) -> FastMap<&'d str, ()> {
    let mut words = FastMap::with_capacity_and_hasher(spans.len(), Default::default());
    for s in spans.iter().filter(|s| s.label == PER) {
        if s.b > s.a {
            words.insert(doc.lower(s.b), ());
            let first = doc.cats(s.a);
            if first & LAST != 0 && first & FIRST == 0
                || super::family_names::is_family_and_given_name(doc, s.a, s.b)
            {
                words.insert(doc.lower(s.a), ());
            }
        } else if title_before(doc, s.a).is_some() {
            words.insert(doc.lower(s.a), ());
        }
    }
    words
}

/// One label for a single-word name across the document (issue 3 item 4): where the tagger
/// left out a capitalized word standing alone (no capitalized neighbour; or a country or city
/// in a title-case headline: "Why Velmor Is Visiting Paris First") that it tagged elsewhere in
/// the document as
/// a one-word name, the word gets the type those mentions give it, weighted by their
/// confidence ("Ericsson ... Ericsson said"). Mentions the tagger did label keep their own
/// type: their context was read.
fn word_consistency(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let word = |i: usize| doc.word(i);
    // word -> summed confidence per label (people, places, organizations, other names), and
    // the strongest single mention.
    // Room for every one-word name: the map is not regrown.
    let mut votes: FastMap<&str, ([f32; 4], f32)> =
        FastMap::with_capacity_and_hasher(spans.len(), Default::default());
    for s in spans.iter().filter(|s| s.a == s.b && word(s.a).chars().count() >= 2) {
        let v = votes.entry(word(s.a)).or_default();
        v.0[s.label.index()] += s.conf.max(0.01);
        v.1 = v.1.max(s.conf);
    }
    if votes.is_empty() {
        return;
    }
    let covered = covered_tokens(spans, n);
    // A word starting with a capital is title case or all capitals: the case class rules
    // out most words before their first character is read.
    let cap = |i: usize| doc.capitalized(i) && word(i).starts_with(char::is_uppercase);
    let joined = |i: usize| {
        let before = i > 0 && cap(i - 1) && !doc.starts_sentence(i);
        before || (i + 1 < n && cap(i + 1))
    };
    let found: Vec<NameSpan> = doc
        .capitalized_tokens()
        .filter(|&i| !covered[i] && cap(i))
        .filter_map(|i| {
            let (by_label, conf) = votes.get(word(i))?;
            if is_dated_month(doc, i) {
                return None;
            }
            let (ty, _) = by_label.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
            let label = NameLabel::from_index(ty).filter(|l| l.is_output())?;
            // In a title-case headline every word has capitalized neighbours: a country or
            // city the document names elsewhere stands alone there too.
            let headline_place = || {
                label == LOC
                    && doc.case(i) == Case::Title
                    && doc.cats(i) & COUNTRY_OR_CITY != 0
                    && is_headline(doc, i)
            };
            if joined(i) && !headline_place() {
                return None;
            }
            Some(NameSpan { a: i, b: i, label, conf: *conf })
        })
        .collect();
    add_spans(spans, found);
}

/// The most words of a name [`phrase_consistency`] finds again.
const PHRASE_WORDS: usize = 4;

/// One label for a name of two to [`PHRASE_WORDS`] capitalized words across the document:
/// where the tagger left out a run of capitalized words, none taken and no capitalized word
/// right before or after it in its sentence, whose words are those of a name found elsewhere
/// in the document, the run is that name, with its label and confidence ("the ruling Velmor
/// Dream party ... said Velmor Dream had won"). A phrase the document names with two labels,
/// and a nationality ("Sri Lankan") the tagger took for a name, are left out.
fn phrase_consistency(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let phrase = |s: &NameSpan| {
        s.label.is_output()
            && s.b > s.a
            && s.b - s.a < PHRASE_WORDS
            && (s.a..=s.b).all(|i| doc.capitalized(i))
    };
    // The names' first tokens: a run is read further only where one's word opens it.
    let firsts: Vec<usize> = spans.iter().filter(|s| phrase(s)).map(|s| s.a).collect();
    if firsts.is_empty() {
        return;
    }
    let covered = covered_tokens(spans, n);
    let joined = |i: usize| i < n && doc.capitalized(i) && !doc.starts_sentence(i);
    let same = |a: usize, b: usize, s: &NameSpan| {
        s.b - s.a == b - a && (a..=b).zip(s.a..=s.b).all(|(i, j)| doc.word(i) == doc.word(j))
    };
    let mut found = Vec::new();
    for a in doc.capitalized_tokens() {
        if covered[a] || a > 0 && joined(a) && doc.capitalized(a - 1) {
            continue;
        }
        let mut b = a;
        while joined(b + 1) && b - a < PHRASE_WORDS {
            b += 1;
        }
        // The case tests first: most capitalized words left out stand alone.
        if b == a || joined(b + 1) || (a..=b).any(|i| covered[i]) {
            continue;
        }
        if !firsts.iter().any(|&f| doc.word(f) == doc.word(a)) {
            continue;
        }
        // One label from all the mentions of these words, at their highest confidence.
        let mut mentions = spans.iter().filter(|s| phrase(s) && same(a, b, s));
        let Some(m) = mentions.next() else { continue };
        // The lexicon last, for the few runs that match: "Sri Lankan" is a nationality.
        if doc.phrase_cats(a, b) & DEMONYM != 0 {
            continue;
        }
        let agreed =
            mentions.try_fold(m.conf, |c, s| (s.label == m.label).then_some(c.max(s.conf)));
        if let Some(conf) = agreed {
            found.push(NameSpan { a, b, label: m.label, conf });
        }
    }
    add_spans(spans, found);
}

/// What the gazetteer says of a phrase as a side of a hyphenated pair: nothing (`None`) if it
/// does not know it, and then whether it is a country, a city or a region of no one country
/// ("Europe", "Central Asia"). A country's name in news use ("Russia") carries no category of
/// its own, so its place details count too.
fn pair_side<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<bool> {
    GAZETTEER.get(phrase_key(words)).map(|e| {
        e.is_country_or_city() || (e.kind() == Some(PlaceKind::Region) && e.country().is_none())
    })
}

/// Whether the place `a..=b` joins countries, cities or regions with a hyphen in one of its
/// words ("Kazakhstan-China", "U.S.-Russia", "Europe-Asia", "Central Asia-China"): an
/// adjective of the relation, not a place, unless the whole is itself a known name
/// ("Guinea-Bissau", "Asia-Pacific").
fn is_place_pair(doc: &DocContext, a: usize, b: usize) -> bool {
    let mut hyphenated = (a..=b).filter(|&i| holds_hyphen(doc.word(i)));
    let (Some(k), None) = (hyphenated.next(), hyphenated.next()) else { return false };
    if GAZETTEER.get(doc.key(a, b)).is_some() {
        return false;
    }
    let pieces: Vec<String> = doc.word(k).split('-').map(norm_lower).collect();
    let [first, middle @ .., last] = pieces.as_slice() else { return false };
    let left = (a..k).map(|i| doc.lower(i)).chain([first.as_str()]);
    let right = std::iter::once(last.as_str()).chain((k + 1..=b).map(|i| doc.lower(i)));
    middle.iter().all(|p| pair_side([p.as_str()]) == Some(true))
        && pair_side(left) == Some(true)
        && pair_side(right) == Some(true)
}

/// Whether the place `a..=b` is a side of a pair that an en dash joins with no space to a
/// capitalized word ("the China–Kyrgyzstan railway", "Kazakhstan–China trade"), as a hyphen
/// joins "Kazakhstan-China" ([`is_place_pair`]): the tokenizer splits at the dash, so each
/// side is a name of its own. A side no list knows as a country, city or region stays.
fn in_dash_compound(doc: &DocContext, a: usize, b: usize) -> bool {
    let toks = &doc.toks.tokens;
    let n = doc.len();
    // The dash at `d` joins the tokens around it with no space, the other side capitalized.
    let joins = |d: usize, other: usize| {
        doc.word(d) == "\u{2013}"
            && toks[d - 1].end == toks[d].start
            && toks[d].end == toks[d + 1].start
            && doc.capitalized(other)
    };
    let before = a >= 2 && joins(a - 1, a - 2);
    let after = b + 2 < n && joins(b + 1, b + 2);
    (before || after) && pair_side((a..=b).map(|i| doc.lower(i))) == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, spans_in_order, texts};

    #[test]
    fn names_listed_after_a_place_led_by_a_preposition_of_place_are_places() {
        let doc = DocContext::new(
            "Flats rose in Paris, Velmora and Tarnby. Camps near Orskol and Brisa grew. In \
             Paris, Velmor and Tarn agreed. Radio 3AW in Paris and VelmorFM in Orsk.",
        );
        let names: [(&[&str], NameLabel); 12] = [
            (&["Paris"], LOC),
            (&["Velmora"], ORG),
            (&["Tarnby"], ORG),
            (&["Orskol"], LOC),
            (&["Brisa"], ORG),
            (&["Paris"], LOC),
            (&["Velmor"], ORG),
            (&["Tarn"], ORG),
            (&["3AW"], ORG),
            (&["Paris"], LOC),
            (&["VelmorFM"], ORG),
            (&["Orsk"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        places_listed_after_places(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        let expected = [LOC, LOC, LOC, LOC, LOC, LOC, ORG, ORG, ORG, LOC, ORG, LOC];
        assert_eq!(labels, expected);
    }

    #[test]
    fn a_word_named_as_a_firm_is_the_firm_where_taken_alone_for_a_person_unless_personal() {
        let doc = DocContext::new(
            "Shipper Velmorix cut its forecast. Velmorix is more exposed than its peers. Tarnix \
             said Velmorix knew he had lost. Smith left Smith Holdings.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["Velmorix"], ORG),
            (&["Velmorix"], PER),
            (&["Tarnix"], PER),
            (&["Velmorix"], PER),
            (&["Smith"], PER),
            (&["Smith"], ORG),
            (&["Holdings"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        firms_taken_for_people(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // The second "Velmorix" is the firm; the one who "knew he had lost" stays a person, and
        // "Smith" is a surname.
        assert_eq!(labels, [ORG, ORG, PER, PER, PER, ORG, ORG]);
    }

    #[test]
    fn a_company_word_ending_a_name_right_after_a_person_place_or_body_joins_it() {
        let doc = DocContext::new(
            "Dana Ruiz founded Ruiz Design in 1990, and Orsk Finance Minister Tom Vale came.",
        );
        assert_eq!(doc.word(3), "Ruiz");
        let mut spans = vec![
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            NameSpan { a: 3, b: 3, label: PER, conf: 0.4 },
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Tom", "Vale"], PER, 0.9),
        ];
        org_consistency(&doc, &mut spans);
        let expected = [("Dana Ruiz", PER), ("Ruiz Design", ORG), ("Orsk", LOC), ("Tom Vale", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // So for an organization the tagger cut before the word.
        let doc = DocContext::new("Carmaker Volterra Automotive said so.");
        let mut spans = vec![span(&doc, &["Volterra"], ORG, 0.9)];
        org_consistency(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Volterra Automotive".to_string(), ORG)]);
    }

    #[test]
    fn a_place_or_person_ending_in_a_research_firm_s_word_is_the_firm() {
        let doc = DocContext::new(
            "Orsk won, Velmor Research projected; Tarn Economics and Dana Analytics agreed.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Orsk"], LOC),
            (&["Velmor", "Research"], LOC),
            (&["Tarn", "Economics"], LOC),
            (&["Dana", "Analytics"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        org_consistency(&doc, &mut spans);
        let got: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(got, [LOC, ORG, ORG, ORG]);
        // A fund's manager and a bank named after their founders.
        let doc = DocContext::new(
            "Dana Management, which has a stake, Tarn Holdings and Ruiz Brothers agreed.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Dana", "Management"], PER),
            (&["Tarn", "Holdings"], LOC),
            (&["Ruiz", "Brothers"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        org_consistency(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == ORG), "{spans:?}");
        // One word with a company word after a hyphen; a person's double name is no firm's.
        let doc = DocContext::new("Velmor-Energy and Dana-Maria Ruiz signed.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Velmor-Energy"], PER), (&["Dana-Maria", "Ruiz"], PER)];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        org_consistency(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [ORG, PER]);
    }

    #[test]
    fn inc_after_a_comma_joins_the_company_before_it_and_no_legal_form_stands_alone() {
        let doc = DocContext::new(
            "Brandt Timber, Inc. and Orsk Partners, L.P. merged. Brandt Timber grew, Velmor, Co. \
             Cork, did not. Tarn Lode, LLC did.",
        );
        let mut spans = vec![
            span(&doc, &["Brandt", "Timber"], PER, 0.9),
            span(&doc, &["Inc."], ORG, 0.2),
            span(&doc, &["Orsk", "Partners"], ORG, 0.9),
            span(&doc, &["L.P."], ORG, 0.8),
            NameSpan { a: 11, b: 12, label: PER, conf: 0.9 },
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["Cork"], LOC, 0.9),
            span(&doc, &["Tarn", "Lode"], PER, 0.9),
        ];
        assert_eq!(doc.slice(11, 12), "Brandt Timber");
        apply(&doc, &mut spans);
        let expected = [
            ("Brandt Timber, Inc.", ORG),
            ("Orsk Partners", ORG),
            ("Brandt Timber", ORG),
            ("Velmor", LOC),
            ("Cork", LOC),
            ("Tarn Lode", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_firm_named_after_its_founder_goes_by_the_surname_unless_a_person_bears_it() {
        let doc = DocContext::new("Dana Velmor Co. cut jobs. Velmor shares rose.");
        assert_eq!(doc.word(6), "Velmor");
        let mut spans = vec![
            span(&doc, &["Dana", "Velmor", "Co."], ORG, 0.9),
            NameSpan { a: 6, b: 6, label: PER, conf: 0.9 },
        ];
        org_consistency(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc)[1], ("Velmor".to_string(), ORG));
        let doc = DocContext::new("Dana Velmor Co. cut jobs. Ken Velmor left. Velmor said so.");
        assert_eq!(doc.word(10), "Velmor");
        let mut spans = vec![
            span(&doc, &["Dana", "Velmor", "Co."], ORG, 0.9),
            span(&doc, &["Ken", "Velmor"], PER, 0.9),
            NameSpan { a: 10, b: 10, label: PER, conf: 0.9 },
        ];
        org_consistency(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc)[2], ("Velmor".to_string(), PER));
    }

    #[test]
    fn a_firm_named_with_its_business_goes_by_its_first_word() {
        let doc = DocContext::new("France's Velmora won. Velmora Mining will hold 90%.");
        let names: [(&[&str], NameLabel); 3] =
            [(&["France"], LOC), (&["Velmora"], PER), (&["Velmora", "Mining"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        org_consistency(&doc, &mut spans);
        assert_eq!(spans[1].label, ORG);
        // Not the surname of a person the document names in full.
        let doc = DocContext::new("Dana Velmorov spoke. Velmorov said Velmorov Capital grew.");
        let names: [(&[&str], NameLabel); 3] =
            [(&["Dana", "Velmorov"], PER), (&["Velmorov"], PER), (&["Velmorov", "Capital"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        org_consistency(&doc, &mut spans);
        assert_eq!(spans[1].label, PER);
        // A surname or a place's name goes by the firm too, but a known place read as one
        // stays the place, and a first name the person's.
        let doc = DocContext::new(
            "Holloway said Holloway Therapeutics and Lisbon Mining grew in Lisbon; Dana Labs \
             hired Dana.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Holloway"], PER),
            (&["Holloway", "Therapeutics"], ORG),
            (&["Lisbon", "Mining"], ORG),
            (&["Lisbon"], LOC),
            (&["Dana", "Labs"], ORG),
            (&["Dana"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        org_consistency(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [ORG, ORG, ORG, LOC, ORG, PER]);
    }

    #[test]
    fn a_legal_form_with_its_period_joins_the_company_before_it() {
        let doc = DocContext::new("Shares of Orsk Harbour Corp. in Velmor rose.");
        let mut spans = vec![span(&doc, &["Orsk", "Harbour"], ORG, 0.2)];
        org_consistency(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Orsk Harbour Corp.".to_string(), ORG)]);
    }

    #[test]
    fn unsure_organization_of_name_words_becomes_the_person_everywhere() {
        let doc =
            DocContext::new("Officials said Zhao Leji arrived on Sunday. Later Zhao met farmers.");
        let mut spans = vec![span(&doc, &["Zhao", "Leji"], ORG, 0.05)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        let zhao = || "Zhao".to_string();
        assert_eq!(texts(&spans, &doc), [("Zhao Leji".to_string(), PER), (zhao(), PER)]);
        // A confident organization stays one, and nothing spreads from it.
        let mut spans = vec![span(&doc, &["Zhao", "Leji"], ORG, 0.6)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(texts(&spans, &doc), [("Zhao Leji".to_string(), ORG)]);
    }

    #[test]
    fn a_family_name_written_first_is_the_person_s_short_mention() {
        let doc = DocContext::new("Analyst Park Ji-hoon spoke. Later Park said sales grew.");
        let mut spans = vec![span(&doc, &["Park", "Ji-hoon"], PER, 0.5)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        let expected = [("Park Ji-hoon".to_string(), PER), ("Park".to_string(), PER)];
        assert_eq!(texts(&spans, &doc), expected);
    }

    #[test]
    fn a_person_word_left_out_next_to_a_person_joins_that_name() {
        let doc = DocContext::new("Zhao Leji arrived on Sunday. Crowds met Zhao Leji at noon.");
        let first = span(&doc, &["Zhao", "Leji"], PER, 0.8);
        let second = NameSpan { a: first.a + 9, b: first.a + 9, label: PER, conf: 0.3 };
        assert_eq!(doc.word(second.a), "Leji");
        let mut spans = vec![first, second];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(texts(&spans, &doc), vec![("Zhao Leji".to_string(), PER); 2]);
    }

    #[test]
    fn a_company_word_keeps_an_unsure_organization_of_name_words() {
        let doc = DocContext::new(
            "Dana signed with Zhao Records and met Peter Bros. staff and Peter Vale Cos. staff.",
        );
        let mut spans = vec![
            span(&doc, &["Zhao", "Records"], ORG, 0.05),
            span(&doc, &["Peter", "Bros."], PER, 0.6),
            span(&doc, &["Peter", "Vale", "Cos."], PER, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        person_consistency(&doc, &mut spans, &KeyMap::default());
        let expected = [("Zhao Records", ORG), ("Peter Bros.", ORG), ("Peter Vale Cos.", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Without the company word, the same unsure organization is a person.
        let doc = DocContext::new("Dana signed with Zhao Leji yesterday.");
        let mut spans = vec![span(&doc, &["Zhao", "Leji"], ORG, 0.05)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(spans[0].label, PER);
        // A listed company named after its founders stays one.
        let doc = DocContext::new("Goldman Sachs and Dana Ruiz advised.");
        let mut spans = vec![span(&doc, &["Goldman", "Sachs"], ORG, 0.05)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(spans[0].label, ORG);
        // A body's word in another language is no person's ("Federación").
        let doc = DocContext::new("Dana signed with Zhao Federación yesterday.");
        let mut spans = vec![span(&doc, &["Zhao", "Federación"], ORG, 0.05)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(spans[0].label, ORG);
        // Nor is a legal form ("Zrt").
        let doc = DocContext::new("Dana signed with Zhao Velmor Zrt yesterday.");
        let mut spans = vec![span(&doc, &["Zhao", "Velmor", "Zrt"], ORG, 0.05)];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(spans[0].label, ORG);
    }

    #[test]
    fn a_name_given_with_a_company_suffix_stays_that_company_though_a_person_bears_it() {
        let doc = DocContext::new(
            "Anna Henrik Vale founded Henrik Vale Ltd in 1950. Henrik Vale makes boats, and \
             Henrik Vale sold a yard.",
        );
        let (third, fourth) = (doc.len() - 6, doc.len() - 5);
        assert_eq!((doc.word(third), doc.word(fourth)), ("Henrik", "Vale"));
        let mut spans = vec![
            span(&doc, &["Anna", "Henrik", "Vale"], PER, 0.9),
            span(&doc, &["Henrik", "Vale", "Ltd"], ORG, 0.8),
            NameSpan { a: third - 6, b: third - 5, label: ORG, conf: 0.05 },
            NameSpan { a: third, b: fourth, label: ORG, conf: 0.6 },
        ];
        assert_eq!(doc.slice(spans[2].a, spans[2].b), "Henrik Vale");
        apply(&doc, &mut spans);
        let expected = [
            ("Anna Henrik Vale", PER),
            ("Henrik Vale Ltd", ORG),
            ("Henrik Vale", ORG),
            ("Henrik Vale", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Without the suffixed name, the short mentions are the person's.
        let mut spans = vec![
            span(&doc, &["Anna", "Henrik", "Vale"], PER, 0.9),
            NameSpan { a: third - 6, b: third - 5, label: ORG, conf: 0.05 },
            NameSpan { a: third, b: fourth, label: ORG, conf: 0.6 },
        ];
        apply(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == PER), "{:?}", texts(&spans, &doc));
    }

    #[test]
    fn a_one_word_place_that_is_a_full_name_s_surname_is_that_person() {
        let doc = DocContext::new(
            "Dana Holland won in Orsk. Later Holland said she lived in Holland, and ORSK agreed.",
        );
        let said = span(&doc, &["Holland", "said"], LOC, 0.5);
        let lived = NameSpan { a: said.a + 5, b: said.a + 5, ..said };
        assert_eq!(doc.word(lived.a), "Holland");
        let mut spans = vec![
            span(&doc, &["Dana", "Holland"], PER, 0.9),
            span(&doc, &["Orsk"], LOC, 0.5),
            NameSpan { b: said.a, ..said },
            lived,
            span(&doc, &["ORSK"], LOC, 0.5),
        ];
        surname_places(&doc, &mut spans);
        let expected = [
            ("Dana Holland", PER),
            ("Orsk", LOC),
            ("Holland", PER),
            ("Holland", LOC),
            ("ORSK", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_after_a_title_is_that_person_before_and_after() {
        let doc = DocContext::new(
            "Japarov spoke first. Later, President Japarov thanked the crowd, and Japarov left.",
        );
        let second = doc.toks.tokens.iter().position(|t| t.start == 38).expect("second Japarov");
        let mut spans = vec![NameSpan { a: second, b: second, label: PER, conf: 0.4 }];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        let found = texts(&spans, &doc);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().all(|(w, ty)| w == "Japarov" && *ty == PER), "{found:?}");
        // Without a title, a lone name is no evidence.
        let doc = DocContext::new("Bolot spoke first. Later, Bolot thanked the crowd.");
        let second = doc.toks.tokens.iter().position(|t| t.start == 26).expect("second Bolot");
        let mut spans = vec![NameSpan { a: second, b: second, label: PER, conf: 0.4 }];
        person_consistency(&doc, &mut spans, &KeyMap::default());
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn an_organization_after_a_title_is_a_person_and_so_is_the_end_of_the_name() {
        let doc = DocContext::new(
            "The opposition leader Tamsin Quade Orvell spoke. Later Quade Orvell met Orsk University staff.",
        );
        let mut spans = vec![
            span(&doc, &["Tamsin", "Quade", "Orvell"], ORG, 0.4),
            span(&doc, &["Quade", "Orvell"], ORG, 0.9),
            span(&doc, &["Orsk", "University"], ORG, 0.9),
        ];
        titled_people(&doc, &mut spans);
        full_name_tails(&doc, &mut spans, &KeyMap::default());
        let expected =
            [("Tamsin Quade Orvell", PER), ("Quade Orvell", PER), ("Orsk University", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Without a title before it, the organization and its short form stay organizations.
        let doc =
            DocContext::new("The group Tamsin Quade Orvell spoke. Later Quade Orvell met staff.");
        let mut spans = vec![
            span(&doc, &["Tamsin", "Quade", "Orvell"], ORG, 0.4),
            span(&doc, &["Quade", "Orvell"], ORG, 0.9),
        ];
        titled_people(&doc, &mut spans);
        full_name_tails(&doc, &mut spans, &KeyMap::default());
        assert!(spans.iter().all(|s| s.label == ORG));
        // An age names a person too, but a name before a title is the person's team.
        let doc =
            DocContext::new("The 19-year-old Tamsin Quade joined 20-year-old Orvell striker Ruiz.");
        let mut spans =
            vec![span(&doc, &["Tamsin", "Quade"], ORG, 0.6), span(&doc, &["Orvell"], ORG, 0.6)];
        titled_people(&doc, &mut spans);
        assert_eq!(
            texts(&spans, &doc),
            [("Tamsin Quade".to_string(), PER), ("Orvell".to_string(), ORG)]
        );
        // So does an office's candidate.
        let doc = DocContext::new("Opposition candidate Tamsin Quade won.");
        let mut spans = vec![span(&doc, &["Tamsin", "Quade"], ORG, 0.6)];
        titled_people(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Tamsin Quade".to_string(), PER)]);
        // So does a firm's founder or owner, but an owner with a capital inside is a company.
        let doc = DocContext::new(
            "Orvell Group founder Tamsin Quade and owner Dana Ruiz met. Orvell owner KazQuade \
             said so. Brandt, founded by Tavor Quennel, and Vask, founded by Orvell Group, grew.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Orvell", "Group"], ORG),
            (&["Tamsin", "Quade"], ORG),
            (&["Dana", "Ruiz"], ORG),
            (&["KazQuade"], ORG),
            (&["Tavor", "Quennel"], ORG),
            (&["Orvell", "Group"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.2);
        titled_people(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // A founder is a person; a founding firm keeps its organization word.
        assert_eq!(labels, [ORG, PER, PER, ORG, PER, ORG]);
        // A name said to hold a title is a person too, but not one said to be a kind of body.
        let doc = DocContext::new(
            "Its current president is Tamsin Quade. Its sponsor is Orvell Brandt. The chairman \
             was Dana Ruiz.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Tamsin", "Quade"], ORG), (&["Orvell", "Brandt"], ORG), (&["Dana", "Ruiz"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.8);
        titled_people(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [PER, ORG, PER]);
    }

    #[test]
    fn a_name_with_a_company_suffix_is_that_company_everywhere() {
        let doc =
            DocContext::new("Shares of Tarvelli rose in Turin. Tarvelli SpA said profits grew.");
        let first = span(&doc, &["Tarvelli"], PER, 0.6);
        let second = NameSpan { a: first.a + 5, b: first.a + 5, label: PER, conf: 0.6 };
        let turin = span(&doc, &["Turin"], LOC, 0.6);
        let mut spans = vec![first, turin, second];
        org_consistency(&doc, &mut spans);
        let found = texts(&spans, &doc);
        let expected = [("Tarvelli", ORG), ("Turin", LOC), ("Tarvelli SpA", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn the_leading_words_of_a_suffixed_company_are_that_company_but_a_known_place() {
        let doc = DocContext::new(
            "Velmor Optics Industries Inc paid in shares of Velmor common stock. Velmor stock \
             fell, Velmor Optics said, and Lisbon Steel Corp shut a mill in Lisbon.",
        );
        let lone = |k: usize| (0..doc.len()).filter(|&i| doc.word(i) == "Velmor").nth(k).unwrap();
        let (second, third, fourth) = (lone(1), lone(2), lone(3));
        let mut spans = vec![
            span(&doc, &["Velmor", "Optics", "Industries", "Inc"], ORG, 0.9),
            NameSpan { a: second, b: second, label: PER, conf: 0.97 },
            NameSpan { a: third, b: third, label: PER, conf: 0.97 },
            NameSpan { a: fourth, b: fourth + 1, label: PER, conf: 0.6 },
            span(&doc, &["Lisbon", "Steel", "Corp"], ORG, 0.9),
            NameSpan { a: doc.len() - 2, b: doc.len() - 2, label: LOC, conf: 0.9 },
        ];
        apply(&doc, &mut spans);
        let expected = [
            ("Velmor Optics Industries Inc", ORG),
            ("Velmor", ORG),
            ("Velmor", ORG),
            ("Velmor Optics", ORG),
            ("Lisbon Steel Corp", ORG),
            ("Lisbon", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_or_person_ending_in_a_company_word_is_an_organization() {
        let doc = DocContext::new(
            "Analysts at Qorvel Finance and Dana Ruiz met in Turin at Orsk University.",
        );
        let mut spans = vec![
            span(&doc, &["Qorvel", "Finance"], LOC, 0.6),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Turin"], LOC, 0.9),
            span(&doc, &["Orsk", "University"], LOC, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        let expected =
            [("Qorvel Finance", ORG), ("Dana Ruiz", PER), ("Turin", LOC), ("Orsk University", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Industries' words: "Velmoran Oil", "Tarn Platforms".
        let doc = DocContext::new("Velmoran Oil bought a stake in Tarn Platforms from Dana Gas.");
        let mut spans = vec![
            span(&doc, &["Velmoran", "Oil"], LOC, 0.6),
            span(&doc, &["Tarn", "Platforms"], LOC, 0.9),
            span(&doc, &["Dana"], PER, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        let expected = [("Velmoran Oil", ORG), ("Tarn Platforms", ORG), ("Dana Gas", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Mines, ferries, broadcasters' sports arms and legislatures.
        let doc = DocContext::new(
            "Orsk Mines, Blue Tarn Ferries, Sky Sports and the Velmor Legislature met.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk", "Mines"], PER, 0.6),
            span(&doc, &["Blue", "Tarn", "Ferries"], PER, 0.6),
            span(&doc, &["Sky", "Sports"], PER, 0.6),
            span(&doc, &["Velmor", "Legislature"], LOC, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == ORG), "{:?}", texts(&spans, &doc));
        // Armed forces, police and broadcasters.
        let doc = DocContext::new(
            "The United Velmor Navy, the Orsk Police and Tarn Television reported it.",
        );
        let mut spans = vec![
            span(&doc, &["United", "Velmor", "Navy"], LOC, 0.6),
            span(&doc, &["Orsk", "Police"], LOC, 0.6),
            span(&doc, &["Tarn", "Television"], LOC, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == ORG), "{:?}", texts(&spans, &doc));
        // "Bank" and "Holdings" end places' names too: a place no list knows is the company.
        let doc = DocContext::new("Qorvel Bank lent to Tarn Holdings in the West Bank.");
        let mut spans = vec![
            span(&doc, &["Qorvel", "Bank"], LOC, 0.6),
            span(&doc, &["Tarn", "Holdings"], LOC, 0.6),
            span(&doc, &["West", "Bank"], LOC, 0.6),
        ];
        org_consistency(&doc, &mut spans);
        let expected = [("Qorvel Bank", ORG), ("Tarn Holdings", ORG), ("West Bank", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_surname_listed_among_people_is_a_person() {
        // "Townsend" and "Houghton" are known surnames; "Boston" is a big city.
        let doc = DocContext::new(
            "The team: Velmore, Townsend, Ruiz, Houghton, Boston. Trips: Orsk, Townsend, Tarn, Houghton.",
        );
        let names: [(&[&str], NameLabel); 9] = [
            (&["Velmore"], PER),
            (&["Townsend"], LOC),
            (&["Ruiz"], PER),
            (&["Houghton"], LOC),
            (&["Boston"], LOC),
            (&["Orsk"], LOC),
            (&["Townsend"], LOC),
            (&["Tarn"], PER),
            (&["Houghton"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        line_ups(&doc, &mut spans);
        let got: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // The second list holds one person only.
        assert_eq!(got, [PER, PER, PER, PER, LOC, LOC, LOC, PER, LOC]);
    }

    #[test]
    fn a_lone_word_known_only_as_a_company_is_that_company() {
        let doc = DocContext::new("Google and Sony met. Apple is buying a startup, Dana said.");
        let mut spans = vec![span(&doc, &["Apple"], PER, 0.25), span(&doc, &["Dana"], PER, 0.25)];
        known_org_words(&doc, &mut spans);
        let mut found = texts(&spans, &doc);
        found.sort();
        let expected = [("Apple", ORG), ("Dana", PER), ("Google", ORG), ("Sony", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A word no list knows paired with such a company is one too, but a first name, a
        // date word or a sentence's first word is not.
        let doc = DocContext::new(
            "Google and Velmorex met. Talks of Brantix or Sony, Google and Dana, Sony and \
             Friday. Kestrix and Sony met.",
        );
        let mut spans = Vec::new();
        known_org_words(&doc, &mut spans);
        let found: Vec<(String, NameLabel)> = texts(&spans, &doc);
        let expected = ["Google", "Velmorex", "Brantix", "Sony", "Google", "Sony", "Sony"];
        assert_eq!(found, expected.map(|w| (w.to_string(), ORG)));
        // A confident person stays one, and a company word inside a longer name is left alone.
        let doc = DocContext::new("Apple said so. Google Maps opened.");
        let mut spans = vec![span(&doc, &["Apple"], PER, 0.9)];
        known_org_words(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Apple".to_string(), PER)]);
        // So does an unsure one the sentence calls "he", or gives an age.
        for (text, label) in
            [("Sony fired his aide.", PER), ("Sony, 67, was ill.", PER), ("Sony fired staff.", ORG)]
        {
            let doc = DocContext::new(text);
            let mut spans = vec![span(&doc, &["Sony"], PER, 0.25)];
            known_org_words(&doc, &mut spans);
            assert_eq!(texts(&spans, &doc), [("Sony".to_string(), label)], "{text}");
        }
    }

    #[test]
    fn a_legislature_s_name_alone_is_an_organization() {
        let doc = DocContext::new(
            "The bill passed the Legislature, the Riksdag voted and the Sejm agreed; the Orsk \
             Legislature met.",
        );
        let mut spans = vec![span(&doc, &["Riksdag"], LOC, 0.9), span(&doc, &["Orsk"], LOC, 0.9)];
        known_org_words(&doc, &mut spans);
        let expected = [("Legislature", ORG), ("Riksdag", ORG), ("Sejm", ORG), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_organization_opening_a_sentence_that_calls_it_he_is_a_person() {
        let doc = DocContext::new(
            "Velmor told reporters in Orsk that he was sure. Tarnek fired its staff. Kestra's \
             chief said he left. Brindle met Dana Ruiz, who said he left. Sporting his coat, \
             Ruiz left. Tavor Quennel won the cup, his first. Vask makes it; he sells it. Orsk \
             Tarnel won, his first.",
        );
        let names: [(&[&str], NameLabel); 11] = [
            (&["Velmor"], ORG),
            (&["Orsk"], LOC),
            (&["Tarnek"], ORG),
            (&["Kestra"], ORG),
            (&["Brindle"], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["Sporting"], ORG),
            (&["Ruiz"], PER),
            (&["Tavor", "Quennel"], ORG),
            (&["Vask"], ORG),
            (&["Orsk", "Tarnel"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        referred_people(&doc, &mut spans);
        let got: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "its" refers to a body; the chief and Dana Ruiz are the ones called "he"; a pronoun
        // right after the word makes it a verb; a semicolon ends the clause; a longer name
        // holding a place's name stays.
        assert_eq!(got, [PER, LOC, ORG, ORG, ORG, PER, ORG, PER, PER, ORG, ORG]);
    }

    #[test]
    fn an_organization_opening_a_clause_that_calls_it_he_is_a_person() {
        let doc = DocContext::new(
            "The army held until Velmor saw he was beaten, but Tarnek said its plan held, and \
             Orsk fans said he left, while Kestra Vale knew his men were gone.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmor"], ORG), (&["Tarnek"], ORG), (&["Orsk"], ORG), (&["Kestra", "Vale"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        referred_people(&doc, &mut spans);
        let got: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "its" refers to a body; after "and" a name may be one of a pair ("Orsk and
        // Velmor fans"), not a clause's subject.
        assert_eq!(got, [PER, ORG, ORG, PER]);
    }

    #[test]
    fn an_unsure_place_known_only_as_a_company_is_that_company_but_after_a_place_word() {
        let doc = DocContext::new("Velmor Pay, a payments arm of Alibaba, grew.");
        let mut spans = vec![span(&doc, &["Alibaba"], LOC, 0.3)];
        known_org_words(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Alibaba".to_string(), ORG)]);
        for text in ["Dana worked in Alibaba.", "Orsk, Alibaba, grew.", "Duke of Alibaba came."] {
            let doc = DocContext::new(text);
            let mut spans = vec![span(&doc, &["Alibaba"], LOC, 0.3)];
            known_org_words(&doc, &mut spans);
            assert_eq!(texts(&spans, &doc), [("Alibaba".to_string(), LOC)], "{text}");
        }
        // A sure place stays one.
        let doc = DocContext::new("Velmor Pay, a payments arm of Alibaba, grew.");
        let mut spans = vec![span(&doc, &["Alibaba"], LOC, 0.9)];
        known_org_words(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Alibaba".to_string(), LOC)]);
    }

    #[test]
    fn an_unsure_organization_listed_among_places_that_lists_know_as_a_place_is_one() {
        let doc = DocContext::new("Campuses are in Velmor, Orsk, Karsk, Tekeli and Brillby.");
        let names: [(&[&str], NameLabel); 5] = [
            (&["Velmor"], LOC),
            (&["Orsk"], LOC),
            (&["Karsk"], LOC),
            (&["Tekeli"], ORG),
            (&["Brillby"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.4);
        list_peers(&doc, &mut spans);
        // Brillby, which no list knows, stays the organization the tagger read.
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [LOC, LOC, LOC, LOC, ORG]);
        // Places that are no most of the list leave it alone.
        let mut spans = spans_in_order(&doc, &names, 0.4);
        spans[2].label = ORG;
        list_peers(&doc, &mut spans);
        assert_eq!(spans[3].label, ORG);
    }

    #[test]
    fn an_unsure_person_or_place_listed_among_organizations_is_one() {
        let run = |text: &str, names: &[(&[&str], NameLabel, f32)]| {
            let doc = DocContext::new(text);
            let mut spans: Vec<NameSpan> =
                names.iter().map(|(w, l, c)| span(&doc, w, *l, *c)).collect();
            list_peers(&doc, &mut spans);
            texts(&spans, &doc).into_iter().map(|(_, l)| l).collect::<Vec<_>>()
        };
        let text = "Firms such as Velmor Group, Tarn, Brillby and Orsk Trust bid.";
        let names: [(&[&str], NameLabel, f32); 4] = [
            (&["Velmor", "Group"], ORG, 0.9),
            (&["Tarn"], LOC, 0.4),
            (&["Brillby"], PER, 0.5),
            (&["Orsk", "Trust"], ORG, 0.9),
        ];
        // Two organizations of four are no most.
        assert_eq!(run(text, &names), [ORG, LOC, PER, ORG]);
        let text = "Firms such as Velmor Group, Tarn and Orsk Trust bid.";
        assert_eq!(run(text, &[names[0], names[1], names[3]]), [ORG, ORG, ORG]);
        // A sure place stays one; so does a list without "and" or "or", and a full name
        // opening it.
        let sure = (&["Tarn"][..], LOC, 0.9);
        assert_eq!(run(text, &[names[0], sure, names[3]]), [ORG, LOC, ORG]);
        let text = "Firms such as Velmor Group, Tarn, Orsk Trust bid.";
        assert_eq!(run(text, &[names[0], names[1], names[3]]), [ORG, LOC, ORG]);
        let text = "Dana Ruiz, Velmor Group and Orsk Trust met.";
        let names: [(&[&str], NameLabel, f32); 3] =
            [(&["Dana", "Ruiz"], PER, 0.4), names[0], names[3]];
        assert_eq!(run(text, &names), [PER, ORG, ORG]);
        // A member's possessive makes the name it owns the member.
        let text = "Velmor Group, Orsk Trust and Velmoria's Brisk bid.";
        let names: [(&[&str], NameLabel, f32); 4] = [
            (&["Velmor", "Group"], ORG, 0.9),
            (&["Orsk", "Trust"], ORG, 0.9),
            (&["Velmoria"], LOC, 0.5),
            (&["Brisk"], LOC, 0.5),
        ];
        assert_eq!(run(text, &names), [ORG, ORG, LOC, ORG]);
    }

    #[test]
    fn a_known_city_before_what_only_a_place_has_is_the_place() {
        let doc = DocContext::new(
            "Paris's mayor left, Berlin's new airport opened and Madrid's coach and Lima's \
             new coach spoke.",
        );
        let names: [&[&str]; 4] = [&["Paris"], &["Berlin"], &["Madrid"], &["Lima"]];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, ORG, 0.9)).collect();
        cities_after_in(&doc, &mut spans);
        let expected = [("Paris", LOC), ("Berlin", LOC), ("Madrid", ORG), ("Lima", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_known_city_after_in_is_the_place_but_where_it_owns_or_names_more() {
        let text = "Dana won in Lisbon on Monday. Velmor bought shares in Lisbon. \
                    He scored in Lisbon's win in Lisbon Harbour, as in Tarnvel.";
        let doc = DocContext::new(text);
        let lisbon: Vec<usize> = (0..doc.len()).filter(|&i| doc.word(i) == "Lisbon").collect();
        let mut spans: Vec<NameSpan> =
            lisbon.iter().map(|&a| NameSpan { a, b: a, label: ORG, conf: 0.9 }).collect();
        spans.push(span(&doc, &["Tarnvel"], ORG, 0.9));
        cities_after_in(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "Tarnvel" is no known place.
        assert_eq!(labels, [LOC, ORG, ORG, ORG, ORG]);
        // The later names of a list after "in" are "in" it too.
        let doc = DocContext::new("Units drilled in Tarnvel and Lisbon. In Berlin, Paris won.");
        let names: [(&[&str], NameLabel); 4] =
            [(&["Tarnvel"], ORG), (&["Lisbon"], ORG), (&["Berlin"], LOC), (&["Paris"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        cities_after_in(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [ORG, LOC, LOC, ORG]);
        // After "to" only where the tagger is unsure ("lost to Lisbon": the club).
        // After "outside" or "throughout" always ("teams from outside Lisbon").
        let doc = DocContext::new(
            "Oil goes to Lisbon. Velmor lost to Lisbon. Teams from outside Lisbon came.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Lisbon"], ORG), (&["Lisbon"], ORG), (&["Lisbon"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.05);
        spans[1].conf = 0.9;
        spans[2].conf = 0.9;
        cities_after_in(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [LOC, ORG, LOC]);
        // Any name after "near", "around" or "along", known or not, but a possessor.
        let doc = DocContext::new(
            "A road near Tarnvel, farms along Velmor Creek and towns around Orskby, but near \
             Brisk's office.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Tarnvel"], ORG),
            (&["Velmor", "Creek"], ORG),
            (&["Orskby"], ORG),
            (&["Brisk"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        cities_after_in(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [LOC, LOC, LOC, ORG]);
    }

    #[test]
    fn a_lone_word_left_out_gets_the_type_it_has_elsewhere() {
        let doc = DocContext::new(
            "Vendrix said sales rose. Analysts expect Vendrix to hire. Vendrix Tower opened.",
        );
        let mut spans = vec![span(&doc, &["Vendrix"], ORG, 0.7)];
        word_consistency(&doc, &mut spans);
        // The second mention stands alone; the third is part of a longer capitalized name.
        assert_eq!(texts(&spans, &doc), vec![("Vendrix".to_string(), ORG); 2]);
        assert_eq!(spans[1].a, 7);
        // A word the tagger marked only as another kind of name (MISC) spreads nothing.
        let mut spans = vec![NameSpan { a: 0, b: 0, label: Other, conf: 0.7 }];
        word_consistency(&doc, &mut spans);
        assert_eq!(spans.len(), 1);
        // In a title-case headline, a country or city named elsewhere stands alone; another
        // name ("Vendrix") and a capitals headline's word do not.
        let doc = DocContext::new(
            "Why Vendrix Is Leaving Paris Now\nVENDRIX QUITS PARIS\nVendrix left Paris.",
        );
        let last = doc.len() - 2;
        let mut spans = vec![
            NameSpan { a: last - 2, b: last - 2, label: ORG, conf: 0.7 },
            NameSpan { a: last, b: last, label: LOC, conf: 0.7 },
        ];
        assert_eq!(doc.word(last), "Paris");
        word_consistency(&doc, &mut spans);
        let found: Vec<(usize, NameLabel)> = spans.iter().map(|s| (s.a, s.label)).collect();
        assert_eq!(found, [(4, LOC), (last - 2, ORG), (last, LOC)]);
    }

    #[test]
    fn a_phrase_left_out_gets_the_name_it_is_elsewhere() {
        let doc = DocContext::new(
            "The ruling Velmor Dream party won. Officials said Velmor Dream had 54%. Velmor Dream \
             Tower rose, VELMOR DREAM said, and Tarn Orsk met Tarn Orsk and tarn orsk. Sri \
             Lankan Airways and Sri Lankan staff left.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmor", "Dream"], ORG),
            (&["Tarn", "Orsk"], PER),
            (&["Tarn", "Orsk"], LOC),
            (&["Sri", "Lankan"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.3);
        phrase_consistency(&doc, &mut spans);
        // The second mention stands alone; the third is part of a longer name, the fourth is
        // in capitals, and a phrase named with two labels spreads neither, nor a nationality.
        let expected = [
            ("Velmor Dream", ORG),
            ("Velmor Dream", ORG),
            ("Tarn Orsk", PER),
            ("Tarn Orsk", LOC),
            ("Sri Lankan", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        assert_eq!(doc.word(spans[1].a - 1), "said");
    }

    #[test]
    fn hyphenated_pairs_of_countries_cities_or_regions_are_no_places() {
        let pair = |text: &str| {
            let doc = DocContext::new(text);
            is_place_pair(&doc, 0, doc.len() - 1)
        };
        assert!(pair("Kazakhstan-China"));
        assert!(pair("U.S.-Japan"));
        // Countries known by their news names alone (place details, no category).
        assert!(pair("China-Russia"));
        assert!(pair("Russia-Vietnam"));
        // Regions of no one country, of one word or more, on either side.
        assert!(pair("Europe-Asia"));
        assert!(pair("Central Asia-China"));
        assert!(pair("China-Central Asia"));
        assert!(!pair("Guinea-Bissau"), "a country of its own");
        assert!(!pair("Asia-Pacific"), "a region");
        assert!(!pair("Kassym-Jomart"));
        assert!(!pair("China-"));
        assert!(!pair("Kazakhstan-China Velmor"), "a word no place names");
        // Taken for a place or for an organization (a pipeline's name), it is no name.
        let doc = DocContext::new("The Central Asia-China pipeline and U.S.-Japan talks.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Central", "Asia-China"], ORG), (&["U.S.-Japan"], LOC)];
        let mut spans = spans_in_order(&doc, &names, 0.7);
        apply(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == Other), "{spans:?}");
    }

    #[test]
    fn places_an_en_dash_joins_with_no_space_are_no_places() {
        let doc = DocContext::new(
            "The China–Central Asia summit, the Velmor–Kazakhstan deal and Paris – London flights.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["China"], LOC),
            (&["Central", "Asia"], LOC),
            (&["Kazakhstan"], LOC),
            (&["Paris"], LOC),
            (&["London"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.7);
        apply(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // With spaces around it the dash joins two places' names.
        assert_eq!(labels, [Other, Other, Other, LOC, LOC]);
    }
}

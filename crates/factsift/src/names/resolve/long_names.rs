//! Long names the tagger (trained on names that rarely have them) splits or cuts: an
//! organization word followed by "for" or "of" and a capitalized complement ("Kazakhstan
//! Institute for Strategic Studies", "International Bank for Reconstruction and Development"),
//! known names' rest, institutions named after a person ("Velmor Regional Medical Center"),
//! the nationality or number of a force or party ("German Air Force"), and organizations the
//! tagger left out whose last word says what they are ("Federal Open Market Committee"),
//! possessives that are part of a name ("Boat Builders' Association"), "the League" for
//! an organization the document names in full, "the 82nd" and "IV Corps" for military units,
//! halls of fame with the words naming them ("Velmor Hockey Hall of Fame"), deliberating
//! bodies left out before their complement ("the Council on Foreign Relations"), dedications
//! cut after "Our" ("Church of Our" + "Lady of Velmor"), names opening with two subjects
//! joined by "and" ("the House Ways and Means Committee"), and a country's or city's body
//! named by its place ("Kazakhstan Railways" and, in its own language, "Kazakhstan Temir
//! Zholy").

use super::{holds_hyphen, WordSet};
use crate::entity::PlaceKind;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    is_common_word, PhraseHit, BIG_CITY, CORPSUFFIX, COUNTRY, DEMONYM, FIRST, GAZETTEER, LAST,
    NATURAL, ORGHEAD, PLACE, REGION, TITLE, TOWN, WIKILOC, WIKIORG,
};
use crate::names::resolve::descriptors::opens_dateline;
use crate::names::resolve::lists::is_date_word;
use crate::names::resolve::trim::PUBLICATION_WORDS;
use crate::names::span::{
    add_spans, covered_tokens, drop_flagged, overlaps_any, replace_inner, NameLabel, NameSpan,
};

/// Organization words the gazetteer's list lacks that take a complement ("Museum of ...").
const HEADS: WordSet = WordSet::new(&[
    "League",
    "Museum",
    "Library",
    "Conservatory",
    "Observatory",
    "Directorate",
    "Directorate-General",
    "Centers",
    "Centres",
    "Institutes",
]);

/// Bodies of a union of states named after it, by its acronym ("the Interparliamentary
/// Assembly of the CIS", "the Council of the EU") or its name (see [`UNIONS`]).
const UNION_BODIES: WordSet =
    WordSet::new(&["Assembly", "Council", "Commission", "Court", "Secretariat", "Parliament"]);

/// Last words of the names of unions of states whose bodies are named after them ("the Council
/// of the European Union", "the Secretariat of the Velmor Community").
const UNIONS: WordSet = WordSet::new(&["Union", "Community", "Commonwealth", "Nations"]);

/// Extends each organization that ends in an organization word over "for" or "of" and
/// the capitalized words after it, then over "and" and a further capitalized run the tagger
/// left out or took for a new organization of its own ([`second_member_takes`]). Words the tagger took for another organization join it; a person or a place
/// after the connector is a name of its own ("a loan from Vendrix Bank for Castlevane"), but
/// for a place after "of the" ("the Communist Party of the Orsk Union"), the union of states an
/// assembly or council is of ("the Interparliamentary Assembly of the CIS", see
/// [`UNION_BODIES`]) and the place a body is of ("the Legislative Assembly of Velmoria", see
/// [`governs_place`]).
pub(crate) fn extend_complements(doc: &DocContext, spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let n = doc.len();
    let cap = |i: usize| i < n && doc.capitalized(i);
    let mut gone = vec![false; spans.len()];
    let mut out = spans.clone();
    for k in 0..out.len() {
        if gone[k] || out[k].label != NameLabel::Organization {
            continue;
        }
        // A complement may end in an organization word ("Ministry of Investment" + ",
        // Industry and Trade"): with no connector after it, it is read as a complement.
        let s = out[k].b;
        if let Some(j) = national_firm_country(doc, &spans, &gone, &out[k]) {
            gone[j] = true;
            out[k].b = spans[j].b;
            continue;
        }
        if !is_head(doc, s) || s + 2 < n && !takes_complement(doc, s) {
            let b = and_complement(doc, &spans, &mut gone, &out[k]).unwrap_or(s);
            // The tagger's "Agency for Regulation and Development" + "of the Velmor Market".
            let complemented =
                (out[k].a..s).any(|j| j + 2 < n && is_head(doc, j) && takes_complement(doc, j));
            out[k].b = if complemented {
                second_complement(doc, &spans, &mut gone, b).unwrap_or(b)
            } else {
                b
            };
            continue;
        }
        // "of the" and "for the" open a complement that may name a place ("Party of the Orsk
        // Union", "Court for the Orsk District"), not after a company's word ("Velmor
        // Chemical Co of the United States").
        let the = s + 3 < n
            && matches!(doc.word(s + 1), "of" | "for")
            && doc.word(s + 2) == "the"
            && doc.cats(s) & CORPSUFFIX == 0;
        let c = if the { s + 3 } else { s + 2 };
        if c >= n
            || !takes_complement(doc, s)
            || !cap(c)
            || doc.sentence_of(c) != doc.sentence_of(s)
        {
            continue;
        }
        // The complement: its capitalized run, absorbing organizations the tagger found there.
        // "the Interparliamentary Assembly of the CIS": an assembly or council of a union
        // of states its acronym names.
        let acronym = || doc.case(c) == Case::Upper && !cap(c + 1);
        let of_union = the
            && doc.word(s + 1) == "of"
            && UNION_BODIES.contains(doc.word(s))
            && (acronym() || UNIONS.contains(doc.word(run_end(doc, c))));
        let takes = if of_union {
            ORGANIZATIONS_AND_PLACES
        } else if subjects(doc, c) {
            // Subject words name no one, whatever the tagger took them for ("National Union
            // of" + "Cloth Finishers", a place).
            ANY_NAMES
        } else if the {
            PLACES
        } else if doc.word(s + 1) == "of" && governs_place(doc, out[k].a, s, c) {
            ORGANIZATIONS_AND_PLACES
        } else {
            ORGANIZATIONS
        };
        // An organization of the tagger's opening the complement and running over its
        // lower-case words joins whole ("Society for the" + "Protection of Velmor Birds"; not
        // "the League for the" + "Velmor Eagles", a team of its own).
        // So does a place of the tagger's over its lower-case words after "of the" ("the
        // State Customs Committee of the" + "Republic of Velmoria").
        let joins = takes.contains(&NameLabel::Organization) || doc.word(s + 1) == "for";
        let opens = |l: NameLabel| match l {
            NameLabel::Organization => joins,
            NameLabel::Place => takes.contains(&l),
            _ => false,
        };
        let opening =
            (0..spans.len()).find(|&j| !gone[j] && spans[j].a == c && opens(spans[j].label));
        let b = match opening {
            Some(j) if spans[j].b > run_end(doc, c) => {
                gone[j] = true;
                Some(spans[j].b)
            }
            _ => absorb_run(doc, &spans, &mut gone, c, takes),
        };
        let Some(mut b) = b else {
            continue;
        };
        if b + 2 < n && doc.word(b + 1) == "and" && cap(b + 2) {
            let takes = second_member_takes(doc, &spans, b + 2);
            if let Some(e) = absorb_run(doc, &spans, &mut gone, b + 2, takes) {
                b = e;
            }
        } else if doc.word(b + 1) == "," {
            b = comma_complement(doc, &spans, &mut gone, b, the).unwrap_or(b);
        }
        out[k].b = second_complement(doc, &spans, &mut gone, b).unwrap_or(b);
        // "Center for Analysis" + "of Economic Reforms" + "and Communication".
        if out[k].b > b {
            out[k].b = and_complement(doc, &spans, &mut gone, &out[k]).unwrap_or(out[k].b);
        }
    }
    out.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect()
}

/// The country a national firm named by ordinary words alone is of: "National Electric
/// Networks" + "of Uzbekistan" (the index of the place the tagger found right after "of", a
/// country's name). A firm with a name of its own is a firm and where it is ("Benfica of
/// Portugal", "Velmor Chemicals of Orsk"), and so is one closed by a legal form ("Life
/// Insurance Co of Georgia": see `trim`'s split of firms of countries).
fn national_firm_country(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &[bool],
    o: &NameSpan,
) -> Option<usize> {
    let c = o.b + 2;
    if c >= doc.len() || doc.word(o.b + 1) != "of" || o.b == o.a {
        return None;
    }
    if !ordinary_words(doc, o.a, o.b) || doc.cats(o.b) & CORPSUFFIX != 0 {
        return None;
    }
    place_at(doc, spans, gone, c, COUNTRY)
}

/// Whether tokens `a..=b` are ordinary words written in title case, a name of no one's own
/// ("National Electric Networks").
pub(crate) fn ordinary_words(doc: &DocContext, a: usize, b: usize) -> bool {
    (a..=b).all(|i| doc.case(i) == Case::Title && is_common_word(doc.lower(i)))
}

/// The index of a place the tagger found opening at token `a`, not absorbed yet (`gone`),
/// whose name the gazetteer knows in one of the categories `cats`.
fn place_at(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &[bool],
    a: usize,
    cats: u16,
) -> Option<usize> {
    let place = |t: &NameSpan| {
        t.a == a && t.label == NameLabel::Place && doc.phrase_cats(t.a, t.b) & cats != 0
    };
    (0..spans.len()).find(|&j| !gone[j] && place(&spans[j]))
}

/// The end of a complement's own complement after its end `b`: "of" (or "of the") and a
/// capitalized run of no organization word, holding no name but places and organizations the
/// tagger found in it (then absorbed): "Agency for Regulation and Development" + "of the
/// Financial Market", "Council of Velmor Churches" + "of Orsk"; or after "of the" a country's
/// long form the tagger found as a place ("Ministry of Transport" + "of the Republic of
/// Velmoria"). A run with an organization word names a body of its own ("Department of
/// Economics of the University of Orsk").
fn second_complement(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &mut [bool],
    b: usize,
) -> Option<usize> {
    let n = doc.len();
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    if word(b + 1) != "of" {
        return None;
    }
    let the = word(b + 2) == "the";
    let c = if the { b + 3 } else { b + 2 };
    if c >= n || !doc.capitalized(c) || doc.sentence_of(c) != doc.sentence_of(b) {
        return None;
    }
    // "Ministry of Transport" + "of the Republic of Velmoria": a country's long form, which
    // the tagger found as a place over its own "of".
    if let Some(j) = place_at(doc, spans, gone, c, COUNTRY).filter(|_| the) {
        gone[j] = true;
        return Some(spans[j].b);
    }
    if (c..=run_end(doc, c)).any(|i| is_head(doc, i)) {
        return None;
    }
    absorb_run(doc, spans, gone, c, ORGANIZATIONS_AND_PLACES)
}

/// The end of the second member of a complement the tagger cut at "and" ("Department of
/// Physics" + "and Astronomy"): the organization `o` holds an organization word, its connector
/// and a capitalized complement to its end (its own "of" within: "Center for Analysis of
/// Economic Reforms"), and "and" and a capitalized run follow that [`second_member_takes`]
/// lets join ("Infrastructure Development"); or a list of members over commas follows (see
/// [`comma_complement`]). A complement ending in a country takes no second member, but for
/// "and the" and a region the tagger found ("of Latin America" + "and the Caribbean").
fn and_complement(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &mut [bool],
    o: &NameSpan,
) -> Option<usize> {
    let b = o.b;
    let n = doc.len();
    if b + 2 >= n || !matches!(doc.word(b + 1), "and" | ",") {
        return None;
    }
    // "Development Bank of Latin America and the Caribbean": a place the complement names,
    // and "the" and a region after it.
    let the_region = doc.word(b + 2) == "the" && doc.cats(b) & PLACE != 0;
    if !doc.capitalized(b + 2) && !the_region {
        return None;
    }
    let head = (o.a..b.saturating_sub(1)).find(|&j| is_head(doc, j) && takes_complement(doc, j))?;
    // "of the" opens a complement ("Department of the Environment, Transport and the Regions").
    let the = doc.word(head + 2) == "the";
    let c = if the { head + 3 } else { head + 2 };
    // "Center for Analysis of Economic Reforms": the complement's own "of" within it.
    let worded = |i: usize| doc.capitalized(i) || c < i && i < b && doc.word(i) == "of";
    if !(c..=b).all(worded) || doc.sentence_of(b + 2) != doc.sentence_of(b) {
        return None;
    }
    if the_region {
        let j = place_at(doc, spans, gone, b + 3, REGION | NATURAL)?;
        gone[j] = true;
        return Some(spans[j].b);
    }
    if doc.word(b + 1) == "," {
        return comma_complement(doc, spans, gone, b, the);
    }
    // "the Development Bank of Velmoria and Orsk Holding": a country ends the body's name,
    // unless it is a country's name's first part ("Bosnia and Herzegovina").
    if doc.cats(b) & COUNTRY != 0 && GAZETTEER.get(doc.key(b, b + 2)).is_none() {
        return None;
    }
    absorb_run(doc, spans, gone, b + 2, second_member_takes(doc, spans, b + 2))
}

/// What a complement's second member starting at token `a`, after "and", may absorb: one to
/// three words the tagger took for an organization of their own that are no known
/// organization's name, hold no legal form and end in no organization word but a field's
/// ("Gynecologists", "Medicaid Services"; not "Google", "Orsk Holdings Ltd" or "Orsk
/// University"), or no name.
fn second_member_takes(doc: &DocContext, spans: &[NameSpan], a: usize) -> &'static [NameLabel] {
    let fresh = |t: &NameSpan| {
        let known = if t.a == t.b {
            doc.cats(t.a) & WIKIORG != 0
        } else {
            doc.phrase_cats(t.a, t.b) & WIKIORG != 0
                || (t.a..=t.b).any(|i| doc.cats(i) & CORPSUFFIX != 0)
        };
        // "and Orsk University" names a body of its own, and so does a run ending so whatever
        // the tagger found in it ("and Leeds" + "Beckett University"); "and Medicaid
        // Services" a field.
        let end = run_end(doc, a);
        let body = is_head(doc, end) && !matches!(doc.word(end), "Services" | "Affairs");
        t.a == a && t.b <= a + 2 && !known && !body
    };
    if spans.iter().any(|t| t.label == NameLabel::Organization && fresh(t)) {
        ORGANIZATIONS
    } else {
        NO_NAMES
    }
}

/// The end of a complement listed over commas ("Ministry of Trade, Industry and Energy",
/// "Department of Forests, Rivers and Lakes"): after the complement's end `b`, runs
/// of capitalized words after commas and a last one after "and", each holding no name but
/// organizations the tagger found in it (then absorbed), or after a comma an organization the
/// tagger found that holds the "and" ("Food and Rural Affairs"). A run of subject words
/// ([`is_subject_word`]) absorbs whatever names the tagger found in it ("Mining, Metallurgical
/// and Steel Workers", where it took "Steel Workers" for a place). A complement opened by "of
/// the" (`the`: "Department of the Environment, Transport and the Regions") or ending in
/// subject words ("Department of Agriculture, Water and the Environment") may have "the"
/// before its last member.
fn comma_complement(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &mut [bool],
    mut b: usize,
    the: bool,
) -> Option<usize> {
    let n = doc.len();
    let mut trial = gone.to_vec();
    let mut commas = 0;
    while b + 2 < n && doc.sentence_of(b + 2) == doc.sentence_of(b) {
        // The member's first word, past the "the" of an "of the" complement's last member.
        let last_the = commas > 0
            && doc.word(b + 1) == "and"
            && doc.word(b + 2) == "the"
            && b + 3 < n
            && (the || subjects(doc, b + 3));
        let m = if last_the { b + 3 } else { b + 2 };
        if m >= n || !doc.capitalized(m) {
            return None;
        }
        // The last members as one organization of the tagger's ("Food and Rural Affairs").
        let last = spans.iter().position(|s| {
            s.a == m
                && s.label == NameLabel::Organization
                && (s.a..s.b).any(|i| doc.word(i) == "and")
        });
        if let Some(k) = last.filter(|_| doc.word(b + 1) == ",") {
            trial[k] = true;
            gone.copy_from_slice(&trial);
            return Some(spans[k].b);
        }
        let takes = if subjects(doc, m) { ANY_NAMES } else { ORGANIZATIONS };
        let end = absorb_run(doc, spans, &mut trial, m, takes)?;
        match doc.word(b + 1) {
            "," => commas += 1,
            "and" if commas > 0 => {
                gone.copy_from_slice(&trial);
                return Some(end);
            }
            _ => return None,
        }
        b = end;
    }
    None
}

/// Finds the deliberating bodies the tagger left out or cut at their connector ("the Council
/// on Foreign Relations", "the Committee on Foreign Investment"): one of the [`ON_HEADS`]
/// after "the" that no name covers, its connector ([`takes_complement`]) and the capitalized
/// run after it, holding no name but organizations the tagger found there (then absorbed),
/// and a second member over "and" that holds no name, are one organization.
pub(crate) fn find_deliberating_bodies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Such a body's name is "the" and one of its heads.
    if !(ON_HEADS.may_occur_in(doc) && doc.may_hold("the")) {
        return;
    }
    let n = doc.len();
    let mut gone = vec![false; spans.len()];
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1 && i + 2 < n) {
        // Cheap checks first: the head, then "the", the connector and the complement.
        if !ON_HEADS.contains(doc.word(i))
            || doc.word(i - 1) != "the"
            || !takes_complement(doc, i)
            || !doc.capitalized(i + 2)
            || doc.sentence_of(i + 2) != doc.sentence_of(i)
            || overlaps_any(spans, i, i)
        {
            continue;
        }
        let Some(mut b) = absorb_run(doc, spans, &mut gone, i + 2, ORGANIZATIONS) else { continue };
        // "... on Security and Cooperation": a second member over "and", holding no name.
        if b + 2 < n && doc.word(b + 1) == "and" && doc.capitalized(b + 2) {
            b = absorb_run(doc, spans, &mut gone, b + 2, NO_NAMES).unwrap_or(b);
        }
        found.push(NameSpan { a: i, b, label: NameLabel::Organization, conf: LEFT_OUT });
    }
    if !found.is_empty() {
        drop_flagged(spans, &gone);
        add_spans(spans, found);
    }
}

/// Bodies that deliberate take their subject after "on" ("Commission on Human Rights",
/// "Council on Foreign Relations").
const ON_HEADS: WordSet = WordSet::new(&["Commission", "Committee", "Council", "Group"]);

/// Organization words that name a place with the complement of a place after "of" ("the
/// Federation of Velmoria and Tarn", "the Union of Orsk and Tarn"): see [`governs_place`].
const PLACE_HEADS: WordSet = WordSet::new(&["Union", "Federation", "Capital"]);

/// Whether the organization `a..=s`, ending in its organization word at `s`, is a body of the
/// place named after its "of" at `c` ("the Legislative Assembly of Velmoria", "the Bank of
/// Orsk", "the University of Tarn"), which CoNLL-2003 marks as one organization: a body's word
/// of the gazetteer, but a company's form ("Velmor Motor Corp of Orsk") or a word that names a
/// place itself ([`PLACE_HEADS`]). A body with a name of its own before its word and a town
/// after "of" is a body and its seat ("the Velmor Hockey Club of Orsk", "Tarnek Venture
/// Partners of Orsk"); with only common words before the word, the town is part of the name
/// ("the Municipal Council of Orsk").
fn governs_place(doc: &DocContext, a: usize, s: usize, c: usize) -> bool {
    let cats = doc.cats(s);
    if cats & ORGHEAD == 0 || cats & CORPSUFFIX != 0 || PLACE_HEADS.contains(doc.word(s)) {
        return false;
    }
    let named = (a..s).any(|i| !is_common_word(doc.lower(i)));
    // By the place's kind: a city's other spelling ("Montreal") carries no category.
    let town = || {
        let place = GAZETTEER.get(doc.key(c, run_end(doc, c)));
        place.and_then(|e| e.kind()) == Some(PlaceKind::City)
    };
    !(named && town())
}

/// Whether the organization word at `s` is followed by a connector its complement comes
/// after: "for" or "of", or for a deliberating body "on" unless a date follows ("the
/// Committee on Monday").
fn takes_complement(doc: &DocContext, s: usize) -> bool {
    match doc.word(s + 1) {
        "for" | "of" => true,
        "on" => {
            ON_HEADS.contains(doc.word(s))
                && !is_date_word(doc.word(s + 2), NameLabel::Organization)
        }
        _ => false,
    }
}

/// Last words of firms' names that the gazetteer's organization words and company suffixes lack
/// and that end no place or person's name: record labels and entertainment firms ("Velmor
/// Records", "Orsk Entertainment"), holding companies ("Velmor Holding", "Harbor Point
/// Bancorp"), and
/// technology, drug, venture, trading and distribution firms ("Tarnex Ventures", "Orlo
/// Therapeutics", "Emir Velmor Trading", "Kelvo Distribution"), chemical makers, shipbuilders
/// and zinc smelters ("Dana Chemical", "Orsk Shipbuilding", "Velmor Zinc").
pub(crate) const FIRM_WORD_LIST: [&str; 46] = [
    "Holding",
    "Records",
    "Recordings",
    "Entertainment",
    "Studios",
    "Bancorp",
    "Bancorporation",
    "Bancshares",
    "Ventures",
    "Invest",
    "Technologies",
    "Labs",
    "Pharmaceuticals",
    "Therapeutics",
    "Biosciences",
    "Solutions",
    "Networks",
    "Robotics",
    "Semiconductor",
    "Logistics",
    "Electronics",
    "Chemicals",
    "Foods",
    "Mining",
    "Systems",
    "Software",
    "Ratings",
    "Resources",
    "Minerals",
    "Metals",
    "Brands",
    "Pharma",
    "Aerospace",
    "Automotive",
    "Shipping",
    "Communications",
    "Telecommunications",
    "Properties",
    "Realty",
    "Resorts",
    "Trading",
    "Distribution",
    "Chemical",
    "Petrochemical",
    "Shipbuilding",
    "Zinc",
];

/// [`FIRM_WORD_LIST`] as a set.
pub(crate) const FIRM_WORDS: WordSet = WordSet::new(&FIRM_WORD_LIST);

/// Last words of a national carrier's or agency's name, which a nationality may open at a
/// sentence's start ("Velmoran Railway said", "Orskish Airlines flew", "Velmoran Invest said").
pub(crate) const NATIONAL_FIRM_WORDS: WordSet =
    WordSet::new(&["Railway", "Railways", "Airlines", "Airways", "Shipping", "Telecom", "Invest"]);

/// Finds organizations the tagger left out: a run of two or more title-case words that no name
/// covers, ending in an organization word, a company suffix, another firm's word or a
/// publication's ("Federal Open Market Committee", "Irish Republican Army", "Velmor Records",
/// "Harbor Point Bancorp", "the Velmor Telegraph"; one word after a "The" printed within a
/// sentence: "in The Gazette today"),
/// or in "League" and the like when a complement follows ("National League for Democracy";
/// extended over it by [`extend_complements`]). Within a sentence the organization word alone
/// is one when its complement follows ("spoke at the Society of Velmor Engineers", "numerous
/// League of Tarn Rights meetings"): the tagger often leaves such a name out when it has
/// never seen it. A leading "The" or compound adjective ("Orsk-based") stays out; a run
/// opening its sentence needs three words (a capitalized first word may be any word) but a
/// nationality and a national firm's word (see [`NATIONAL_FIRM_WORDS`]), and a title-case
/// headline (three in four of its words capitalized) gives none.
pub(crate) fn find_left_out_organizations(
    doc: &DocContext,
    mut spans: Vec<NameSpan>,
) -> Vec<NameSpan> {
    let n = doc.len();
    let covered = covered_tokens(&spans, n);
    let title = |i: usize| doc.case(i) == Case::Title;
    let mut found = Vec::new();
    // The first token a run may start at (past the last run read); a title-case word is
    // capitalized, so only those tokens are read.
    let mut next = 0;
    for i in doc.capitalized_tokens() {
        // A firm's name may open with its initials ("VTX Records"): only before a title-case
        // run that ends in a firm's word.
        let initials = !title(i) && is_initials(doc.word(i));
        if i < next || covered[i] || !(title(i) || initials) {
            continue;
        }
        let sentence = doc.sentence_of(i);
        let joins = |k: usize| k < n && !covered[k] && title(k) && doc.sentence_of(k) == sentence;
        // A plural's possessive apostrophe stays inside ("Foreign Investors' Council"), and so
        // does an office's holder's "'s" before the office's word ("the Prosecutor General's
        // Office").
        let plural_possessive =
            |b: usize| doc.word(b).ends_with('s') && b + 1 < n && doc.word(b + 1) == "'";
        let first = if doc.word(i) == "The" { i + 1 } else { i };
        // Read only where `joins(b + 2)` holds: tokens `first` and `b + 2` exist.
        // The holder's title may open the run or end it ("the Attorney General's Office").
        let titled =
            |b: usize| doc.cats(first) & TITLE != 0 || b > first && doc.cats(b) & TITLE != 0;
        let holders =
            |b: usize| doc.possessive(b + 1) && titled(b) && doc.cats(b + 2) & ORGHEAD != 0;
        let mut b = i;
        loop {
            if joins(b + 1) {
                b += 1;
            } else if joins(b + 2) && (plural_possessive(b) || holders(b)) {
                b += 2;
            } else {
                break;
            }
        }
        if initials && (b == i || !FIRM_WORDS.contains(doc.word(b))) {
            continue;
        }
        // "The", and a compound adjective ending lower-case ("Orsk-based"), stay out.
        let adjective = super::ends_lower_case(doc.word(i));
        let mut a = if matches!(doc.word(i), "The" | "A" | "An") || adjective { i + 1 } else { i };
        // A sentence's capitalized first word may be any word, unless it is no common one
        // and no nationality ("Velmor Technologies agreed", not "Italian Police said").
        // A company's legal form or "Holding" ends a firm's name after any word ("Freedom
        // Holding said").
        let firm = doc.cats(b) & CORPSUFFIX != 0 || doc.word(b) == "Holding";
        // A nationality opens a national carrier's name ("Velmoran Railways said"), not a
        // nation's police or army ("Italian Police said").
        let national_firm = b == i + 1 && NATIONAL_FIRM_WORDS.contains(doc.word(b));
        let any_word = || {
            doc.cats(i) & DEMONYM != 0 && !national_firm || !firm && is_common_word(doc.lower(i))
        };
        let mut min_words = if doc.starts_sentence(i) && a == i && any_word() { 3 } else { 2 };
        // "of" or "for" and a capitalized word, maybe past "the" ("Society for the Protection
        // of Velmor Birds").
        let complement = b + 2 < n
            && matches!(doc.word(b + 1), "for" | "of")
            && (title(b + 2) || b + 3 < n && doc.word(b + 2) == "the" && title(b + 3));
        // "the German Foreign Ministry": a government's nationality is no part of its name;
        // the body's word alone is one when a complement follows ("the Kazakh Ministry of
        // Energy").
        if a < b && doc.cats(a) & DEMONYM != 0 && GOVERNMENT_WORDS.contains(doc.word(b)) {
            a += 1;
            min_words = if complement { 1 } else { min_words };
        }
        // "the League of Tenants": an organization word alone names a body when its complement
        // follows within the sentence (extended over it by `extend_complements`).
        let lone_head = a == b
            && complement
            && !doc.starts_sentence(a)
            && (doc.cats(b) & ORGHEAD != 0 || HEADS.contains(doc.word(b)));
        if lone_head {
            min_words = 1;
        }
        let publication = PUBLICATION_WORDS.contains(doc.word(b));
        let head = doc.cats(b) & (ORGHEAD | CORPSUFFIX) != 0
            || (HEADS.contains(doc.word(b)) && complement)
            || FIRM_WORDS.contains(doc.word(b))
            || publication;
        // "it ran in The Gazette": a publication's "The" printed within a sentence.
        let min_words =
            if publication && a == i + 1 && !doc.starts_sentence(i) && doc.word(i) == "The" {
                1
            } else {
                min_words
            };
        if a + min_words <= b + 1 && head && !is_headline(doc, i) {
            found.push(NameSpan { a, b, label: NameLabel::Organization, conf: LEFT_OUT });
        }
        next = b + 1;
    }
    // A place right before the run names the organization ("Orsk District Court"), and so
    // does the one-word chamber a committee belongs to ("Senate Foreign Relations Committee")
    // and a firm's initials before a firm's word ("V&T Global Ratings").
    let mut absorbed = vec![false; spans.len()];
    for f in found.iter_mut() {
        let committee = matches!(doc.word(f.b), "Committee" | "Subcommittee");
        let firm = FIRM_WORDS.contains(doc.word(f.b));
        let lone_org = |s: &NameSpan| s.label == NameLabel::Organization && s.a == s.b;
        let owner_before = |s: &NameSpan| {
            s.b + 1 == f.a
                && (s.label == NameLabel::Place
                    || committee && lone_org(s)
                    || firm && lone_org(s) && is_firm_initials(doc.word(s.a)))
        };
        if let Some(k) = spans.iter().position(owner_before) {
            f.a = spans[k].a;
            absorbed[k] = true;
        }
    }
    drop_flagged(&mut spans, &absorbed);
    add_spans(&mut spans, found);
    spans
}

/// Whether `w` is a firm's initials: two to four capital letters ("VTX").
fn is_initials(w: &str) -> bool {
    (2..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Whether `w` is a firm's initials: two to four capitals, or capitals around an ampersand
/// ("VTX", "S&P", "AT&T").
fn is_firm_initials(w: &str) -> bool {
    is_initials(w)
        || (3..=5).contains(&w.len())
            && w.contains('&')
            && w.bytes().all(|c| c.is_ascii_uppercase() || c == b'&')
}

/// Whether `w` is initials written with dots, two to four letters ("F.C.", "A.F.C.").
fn is_dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=8).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Finds the short references the tagger left out: "the" and an organization word alone
/// ("the League", "the Institute said") where an organization of two or more words in the
/// document holds that word ("Orsk League of Tenants"): the text names that organization again
/// by its kind. Not before a capitalized word, "of" or "for" (a longer name), nor in a
/// title-case headline.
pub(crate) fn find_short_references(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    let mut covered = None;
    // The word is title case: only capitalized tokens are read.
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        // Cheap checks first: the article, then the word's case and category.
        if !matches!(doc.word(i - 1), "the" | "The")
            || doc.case(i) != Case::Title
            || !is_head(doc, i)
        {
            continue;
        }
        if i + 1 < n && (doc.capitalized(i + 1) || matches!(doc.word(i + 1), "of" | "for")) {
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_tokens(spans, n));
        let word = doc.word(i);
        let named = |s: &NameSpan| {
            s.label == NameLabel::Organization
                && s.b > s.a
                && (s.a..=s.b).any(|j| doc.word(j) == word)
        };
        if !covered[i] && !is_headline(doc, i) && spans.iter().any(named) {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    add_spans(spans, found);
}

/// Words of military units ("regiment", "Air Division"): a document holding one may name a
/// unit by its number alone.
const UNIT_WORDS: WordSet = WordSet::new(&[
    "regiment",
    "brigade",
    "battalion",
    "squadron",
    "corps",
    "infantry",
    "cavalry",
    "division",
    "wing",
    "airborne",
]);

/// Words after a unit's ordinal that make it the subject of a sentence ("the 82nd fought"),
/// besides the past forms in "-ed".
const UNIT_VERBS: WordSet = WordSet::new(&[
    "was", "were", "had", "has", "is", "also", "along", "fought", "took", "saw", "won", "lost",
    "held", "left", "led", "became",
]);

/// Finds the military units the text names by their ordinal alone, which the tagger leaves
/// out: "the" and an ordinal in digits followed by a verb ("the 139th was formed", "the 82nd
/// fought", "The 412th also patrolled"), in a document that speaks of units (a word of
/// [`UNIT_WORDS`]). An ordinal before a noun ("the 19th century", "the 12th hole") or a
/// preposition ("the 20th of May") is left alone, and so is a document with no unit.
pub(crate) fn find_unit_ordinals(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A document that speaks of units holds one of their words, in any case.
    if !UNIT_WORDS.words().iter().any(|w| doc.may_hold_lower(w)) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    let mut units = None;
    let cases = doc.cases();
    // Cheap checks first: the case class (digits are "other"), then the word's ends.
    for i in (1..n.saturating_sub(1)).filter(|&i| cases[i] == Case::Other) {
        let w = doc.word(i);
        if !w.starts_with(|c: char| c.is_ascii_digit())
            || !w.ends_with(|c: char| c.is_ascii_lowercase())
            || !is_rank(w)
            || !matches!(doc.word(i - 1), "the" | "The")
        {
            continue;
        }
        let next = doc.word(i + 1);
        let verb =
            UNIT_VERBS.contains(next) || (next.ends_with("ed") && doc.case(i + 1) == Case::Lower);
        if !verb || overlaps_any(spans, i, i) {
            continue;
        }
        if *units.get_or_insert_with(|| (0..n).any(|j| UNIT_WORDS.contains(doc.lower(j)))) {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    add_spans(spans, found);
}

/// Takes the ordinal before a court of a numbered circuit or district into its name ("the 11th
/// U.S. Circuit Court of Appeals", "the 9th Circuit Court"): an organization opening with
/// "Circuit" or "District", after "U.S." or not, right after an ordinal with its ending
/// ("11th", "Second") that no name holds.
pub(crate) fn take_in_court_ordinals(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only courts named "Circuit" or "District" are read.
    if !(doc.may_hold("Circuit") || doc.may_hold("District")) {
        return;
    }
    for k in 0..spans.len() {
        let s = &spans[k];
        let a = s.a;
        if s.label != NameLabel::Organization || a == 0 || k > 0 && spans[k - 1].b + 1 >= a {
            continue;
        }
        let first = if doc.word(a) == "U.S." && a < s.b { a + 1 } else { a };
        let ordinal = doc.word(a - 1);
        if matches!(doc.word(first), "Circuit" | "District")
            && !ordinal.ends_with(|c: char| c.is_ascii_digit())
            && is_rank(ordinal)
        {
            spans[k].a = a - 1;
        }
    }
}

/// Takes the ordinal in digits before a unit named by an acronym into its name ("the 93d
/// OVI", "the 102d KVR" gave the acronym alone): in a document that speaks of units (a word of
/// [`UNIT_WORDS`]), an ordinal with its ending ("93d", "98th") right before a one-word
/// organization written in capitals opens it. A bare number ("47 OVI") is left alone.
pub(crate) fn take_in_ordinal_acronyms(doc: &DocContext, spans: &mut [NameSpan]) {
    let ordinal = |w: &str| w.ends_with(|c: char| c.is_ascii_lowercase()) && is_rank(w);
    let mut units = None;
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.a == s.b) {
        if s.a == 0
            || doc.case(s.a) != Case::Upper
            || !doc.word(s.a - 1).starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        if !ordinal(doc.word(s.a - 1)) || doc.sentence_of(s.a - 1) != doc.sentence_of(s.a) {
            continue;
        }
        if *units.get_or_insert_with(|| (0..doc.len()).any(|j| UNIT_WORDS.contains(doc.lower(j)))) {
            s.a -= 1;
        }
    }
}

/// Takes the dotted initials or the legal form right after an organization into its name
/// ("Orsk A.F.C. footballer" gave "Orsk" alone, "Velmor Group plc" gave "Velmor Group"): a
/// club's or firm's initials or a firm's form no other name holds, in the same sentence, close
/// the name; a form closes a name the tagger took for a person or a place too, and makes it a
/// company's ("Velmor Taverns plc").
pub(crate) fn close_with_initials_or_forms(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let i = spans[k].b + 1;
        // The names are in text order and none crosses another: only the next can hold `i`.
        let covered = spans.get(k + 1).is_some_and(|s| s.a <= i);
        if i >= n || doc.sentence_of(i) != doc.sentence_of(i - 1) || covered {
            continue;
        }
        // A legal form makes a company of whatever name it follows ("Velmor Taverns plc"
        // taken for a person).
        let initials = spans[k].label == NameLabel::Organization
            && doc.case(i) == Case::Upper
            && is_dotted_initials(doc.word(i));
        if initials || is_written_legal_form(doc, i) {
            spans[k].b = i;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Joins a company cut before its legal form's run ("Torvane" and "Group Inc" in "Torvane Financial
/// Group Inc", "Velmor Railways" and "CJSC"): an organization ending in a legal form (or the form
/// alone, which the tagger may take for a name of its own), the title-case words or initials no
/// name holds before it (none, one or two: "Velmor VTF Financial Group") and the organization right
/// before those (or a one-word place with such a word after it: "China Great Wall Industry Corp."),
/// all in one sentence, are one company. So are a place and the form alone right after it ("Minera
/// Cordillera Blanca" + "S.A."), and a one-word person right before the company, its founder
/// ("Velmor" + "Precision Corp."). A hyphenated word between them ("Orsk-based") keeps them apart,
/// and so does a name the company's opens with: a heading repeated in the text ("Velmor Airways" +
/// "Velmor Airways Limited").
pub(crate) fn join_cut_companies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut gone = vec![false; spans.len()];
    for k in 1..spans.len() {
        let s = &spans[k];
        if s.label != NameLabel::Organization || !is_legal_form(doc, s.b) {
            continue;
        }
        let prev = &spans[k - 1];
        let gap = s.a - prev.b - 1;
        // "Orsk-based Torvane Group Inc": a hyphenated modifier describes the company.
        let free = (prev.b..s.a).all(|i| {
            (i == prev.b || doc.case(i) == Case::Title || is_initials(doc.word(i)))
                && !holds_hyphen(doc.word(i))
        });
        // A country or city opens a company's name too ("China Great Wall Industry Corp."),
        // where a word no name holds comes between ("in China Velmor Corp." stays apart).
        let opens = match prev.label {
            NameLabel::Organization => true,
            NameLabel::Place => gap >= 1 && prev.a == prev.b || gap == 0 && s.a == s.b,
            // A founder's surname opens the firm named after him ("Velmor" + "Precision Corp.").
            NameLabel::Person => gap == 0 && prev.a == prev.b,
            _ => false,
        };
        let repeated = || {
            let len = prev.b - prev.a;
            s.b > s.a + len && (0..=len).all(|j| doc.word(prev.a + j) == doc.word(s.a + j))
        };
        if opens
            && !gone[k - 1]
            && gap <= 2
            && free
            && !repeated()
            && doc.sentence_of(prev.b) == doc.sentence_of(s.b)
        {
            gone[k - 1] = true;
            spans[k].a = spans[k - 1].a;
        }
    }
    drop_flagged(spans, &gone);
}

/// Last words of a partnership's name after its last partner's "and" or "&" ("Velmor, Orsk
/// and Company", "Tarn & Sons").
const PARTNERSHIP_ENDS: WordSet = WordSet::new(&["Company", "Co", "Co.", "Sons"]);

/// Joins the partners' names listed over commas before a firm the tagger found as its last
/// partner and its company word ("Ashby, Crole and Company", found as "Ashby" + "Crole and
/// Company"): one title-case word each, whatever the tagger made of it, after a word that is
/// no capitalized name's.
pub(crate) fn join_partnerships(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut gone: Vec<bool> = Vec::new();
    for k in 0..spans.len() {
        let s = &spans[k];
        let firm = s.label == NameLabel::Organization
            && s.b == s.a + 2
            && matches!(doc.word(s.a + 1), "and" | "&")
            && PARTNERSHIP_ENDS.contains(doc.word(s.b));
        if !firm {
            continue;
        }
        let mut a = s.a;
        while a >= 2
            && doc.word(a - 1) == ","
            && doc.case(a - 2) == Case::Title
            && doc.cats(a - 2) & COUNTRY == 0
            && doc.sentence_of(a - 2) == doc.sentence_of(a)
        {
            a -= 2;
        }
        // The first partner stands alone: no capitalized word runs into it ("Velmor Bank,
        // Tarn and Company" lists a bank).
        let alone = a == 0 || !doc.capitalized(a - 1) || doc.starts_sentence(a);
        let whole = (0..k)
            .filter(|&j| spans[j].b >= a)
            .all(|j| spans[j].a >= a && spans[j].a == spans[j].b);
        if a < s.a && alone && whole {
            gone.resize(spans.len(), false);
            (0..k).filter(|&j| spans[j].b >= a).for_each(|j| gone[j] = true);
            spans[k].a = a;
        }
    }
    if !gone.is_empty() {
        drop_flagged(spans, &gone);
    }
}

/// Words that end a numbered military unit's name ("IV Corps", "82nd Airborne Division").
const UNIT_NAME_ENDS: WordSet = WordSet::new(&[
    "Corps",
    "Division",
    "Brigade",
    "Regiment",
    "Battalion",
    "Squadron",
    "Fleet",
    "Army",
]);

/// Finds the military units the tagger left out or cut, numbered in Roman numerals or by an
/// ordinal in digits ("IV Corps", "the 3rd Velmor Infantry Division", "71st Air Division"):
/// the number, up to three title-case words and a word of [`UNIT_NAME_ENDS`] are one
/// organization, in place of the organizations found inside it. A person or place there
/// ("the 2nd Orsk Regiment" with "Orsk" a place) leaves the run alone.
pub(crate) fn find_numbered_units(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A numbered unit's name ends in a unit's word.
    if !UNIT_NAME_ENDS.may_occur_in(doc) {
        return;
    }
    let roman = |w: &str| w.len() <= 5 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    let ordinal = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
    };
    let n = doc.len();
    let mut found = Vec::new();
    // Only the capitalized words after a number are read: most have none before them.
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        let number = doc.word(i - 1);
        let maybe = matches!(number.as_bytes().first(), Some(b'0'..=b'9' | b'I' | b'V' | b'X'));
        if !maybe || !(ordinal(number) || roman(number)) {
            continue;
        }
        let Some(e) = (i..(i + 4).min(n))
            .take_while(|&e| doc.case(e) == Case::Title)
            .find(|&e| UNIT_NAME_ENDS.contains(doc.word(e)))
        else {
            continue;
        };
        let a = i - 1;
        if doc.sentence_of(a) != doc.sentence_of(e) {
            continue;
        }
        let inside = |s: &NameSpan| s.a <= e && a <= s.b;
        let fits = spans
            .iter()
            .filter(|s| inside(s))
            .all(|s| a <= s.a && s.b <= e && s.label == NameLabel::Organization);
        if fits {
            spans.retain(|s| !inside(s));
            found.push(NameSpan { a, b: e, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    add_spans(spans, found);
}

/// Words of units named after their commander or leader with a possessive ("Tarvel's
/// Brigade", "Dana's Big Band").
const LED_UNITS: WordSet = WordSet::new(&[
    "Brigade",
    "Division",
    "Regiment",
    "Battalion",
    "Squadron",
    "Legion",
    "Band",
    "Orchestra",
]);

/// Finds the units named after their commander or leader ("Tarvel's Brigade", "Dana's Big
/// Band"): a title-case word, "'s", at most one title-case word and one of the [`LED_UNITS`]
/// are one organization, in place of the names the tagger found inside it (the leader as a
/// person or place, the unit's word alone). A country's, big city's or region's possessive
/// ("Velmora's Parachute Regiment") is an owner, not a leader, and a name running over the
/// edges leaves it alone.
pub(crate) fn find_led_units(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Such a unit's name ends in one of its words.
    if !LED_UNITS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i + 2 < n) {
        if doc.case(i) != Case::Title || !doc.possessive(i + 1) {
            continue;
        }
        let b = if LED_UNITS.contains(doc.word(i + 2)) {
            i + 2
        } else if i + 3 < n && doc.case(i + 2) == Case::Title && LED_UNITS.contains(doc.word(i + 3))
        {
            i + 3
        } else {
            continue;
        };
        let owner = doc.cats(i) & (COUNTRY | BIG_CITY | REGION) != 0;
        let inside = |s: &NameSpan| s.b < i || s.a > b || (s.a >= i && s.b <= b);
        let open_after = b + 1 < n && doc.capitalized(b + 1);
        if !owner
            && !open_after
            && doc.sentence_of(b) == doc.sentence_of(i)
            && spans.iter().all(inside)
        {
            found.push(NameSpan { a: i, b, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    replace_inner(spans, found);
}

/// Words of armed forces named after a region or river with "of the" ("the Army of the
/// Velmor", "the Fleet of the North").
const FORCE_HEADS: WordSet = WordSet::new(&["Army", "Navy", "Fleet", "Legion"]);

/// Finds the armed forces named "Army of the ..." the tagger cut or left out ("the Army of
/// the Velmor" gave the river a place, "the Army of the North" the compass word an
/// organization): one of the [`FORCE_HEADS`], "of the" and one or two capitalized words no
/// other capitalized word follows are one organization, in place of the names the tagger
/// found inside it. A name running over its edges leaves it alone.
pub(crate) fn find_armies_of(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // An army's name holds a force's word and "of".
    if !(FORCE_HEADS.may_occur_in(doc) && doc.may_hold("of")) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i + 3 < n) {
        if !FORCE_HEADS.contains(doc.word(i))
            || doc.word(i + 1) != "of"
            || doc.word(i + 2) != "the"
            || !doc.capitalized(i + 3)
            || doc.sentence_of(i + 3) != doc.sentence_of(i)
        {
            continue;
        }
        let b = run_end(doc, i + 3);
        let inside = |s: &NameSpan| s.b < i || s.a > b || (s.a >= i && s.b <= b);
        if b <= i + 4 && spans.iter().all(inside) {
            found.push(NameSpan { a: i, b, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    replace_inner(spans, found);
}

/// Words of the names of sports' top leagues and tiers, which CoNLL-2003 marks as other
/// names ("American League", "National League", "Super League", "Champions League").
const TIER_WORDS: WordSet = WordSet::new(&[
    "American",
    "National",
    "Major",
    "Minor",
    "Super",
    "Premier",
    "Champions",
    "First",
    "Second",
    "Third",
]);

/// Plural nouns of members that head the names of unions and trade bodies named "of" a
/// place ("Velmor Workers of Orsk", "United Farmers of Tarn").
const MEMBERS: WordSet = WordSet::new(&[
    "Workers",
    "Steelworkers",
    "Teamsters",
    "Machinists",
    "Farmers",
    "Manufacturers",
    "Producers",
    "Exporters",
    "Scouts",
    "Veterans",
]);

/// The most capitalized words read before a members' noun of [`MEMBERS`].
const MEMBERS_RUN: usize = 4;

/// Makes a place after "of" and a capitalized run ending in a members' noun ([`MEMBERS`])
/// one organization with that run ("the Communications Workers of Velmoria" gave the place
/// alone, "the United Steelworkers of Orsk" a place and the place): a union's or trade
/// body's name. Names the tagger found inside the run join it; a sentence's first "The" is
/// no part of it.
pub(crate) fn find_members_bodies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Such a body's name holds its members' noun and "of".
    if !(MEMBERS.may_occur_in(doc) && doc.may_hold("of")) {
        return;
    }
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        let s = &spans[k];
        // The "of" and the members' noun before a place first: few places have them.
        if s.label != NameLabel::Place || s.a < 2 || doc.word(s.a - 1) != "of" {
            continue;
        }
        let head = s.a - 2;
        if !MEMBERS.contains(doc.word(head)) || doc.sentence_of(head) != doc.sentence_of(s.a) {
            continue;
        }
        let Some(a) = run_before(doc, head + 1, MEMBERS_RUN + 1) else { continue };
        // The names found in the run must lie inside it, and be no people.
        let before = (0..k).rev().take_while(|&j| spans[j].b >= a);
        let inside: Vec<usize> = before.collect();
        if inside.iter().any(|&j| spans[j].a < a || spans[j].label == NameLabel::Person) {
            continue;
        }
        inside.iter().for_each(|&j| gone[j] = true);
        spans[k].a = a;
        spans[k].label = NameLabel::Organization;
    }
    drop_flagged(spans, &gone);
}

/// The most words of a league's name read before its "League".
const LEAGUE_WORDS: usize = 5;

/// Finds the leagues the tagger left out (it learned CoNLL's sports leagues as no name): a
/// capitalized run that ends in "League" in its sentence, no name inside, is an organization
/// when it holds a word other than a tier's ([`TIER_WORDS`]), a nationality or a place
/// ("Velmor Action League", "the National Hockey League"). A league named by its tier alone
/// ("Orskian Super League", "the National League") and one whose name goes on ("Major League
/// Velmorball", "League Cup") stay out.
pub(crate) fn find_leagues(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A league's name ends in "League".
    if !doc.may_hold("League") {
        return;
    }
    let leagues = doc.capitalized_tokens().filter(|&i| i > 0 && doc.word(i) == "League");
    let mut found = Vec::new();
    for b in leagues {
        let ends = doc.ends_run(b);
        if !ends || doc.starts_sentence(b) {
            continue;
        }
        let Some(a) = run_before(doc, b, LEAGUE_WORDS) else { continue };
        let own =
            |i: usize| !TIER_WORDS.contains(doc.word(i)) && doc.cats(i) & (PLACE | DEMONYM) == 0;
        if a < b && (a..b).any(own) && !overlaps_any(spans, a, b) {
            found.push(NameSpan { a, b, label: NameLabel::Organization, conf: 0.3 });
        }
    }
    add_spans(spans, found);
}

/// Finds the halls of fame named for a sport, a place or a body ("Velmor Hockey Hall of Fame",
/// "Orsk Sports Hall of Honor", "Velmor Canada's Hall of Fame"): "Hall of Fame" (or "Honor")
/// and the capitalized words right before it, over a possessive or an "of" between two of
/// them, are one organization, in place of the names found in it. A hall with no capitalized
/// word before it ("a future Hall of Fame pitcher") or that qualifies a noun after "a" ("a
/// Velmor Hall of Fame member") is left alone, as CoNLL-2003 marks it so.
pub(crate) fn find_halls_of_fame(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A hall of fame's name holds "Hall".
    if !doc.may_hold("Hall") {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1 && i + 2 < n) {
        // Cheap checks first: "Hall", then "of" and the honour.
        if doc.word(i) != "Hall"
            || doc.word(i + 1) != "of"
            || !matches!(doc.word(i + 2), "Fame" | "Honor" | "Honour")
        {
            continue;
        }
        let name_word = |k: usize| doc.capitalized(k) && !matches!(doc.word(k), "The" | "A");
        let mut a = i;
        while a > 0 && i - a < 8 && doc.sentence_of(a - 1) == doc.sentence_of(i) {
            let joins = doc.possessive(a - 1) || doc.word(a - 1) == "of";
            if name_word(a - 1) || (joins && a >= 2 && name_word(a - 2)) {
                a -= if name_word(a - 1) { 1 } else { 2 };
            } else {
                break;
            }
        }
        // "a Velmor Football Hall of Fame member": the hall only qualifies a member.
        let modifier = a > 0
            && matches!(doc.word(a - 1), "a" | "an")
            && i + 3 < n
            && doc.case(i + 3) == Case::Lower
            && !matches!(doc.word(i + 3), "and" | "or" | "in" | "of" | "for" | "at" | "on");
        if a < i && !modifier {
            found.push(NameSpan { a, b: i + 2, label: NameLabel::Organization, conf: LEFT_OUT });
        }
    }
    if !found.is_empty() {
        spans.retain(|s| !found.iter().any(|f| s.a <= f.b && f.a <= s.b));
        add_spans(spans, found);
    }
}

/// Officers whose office is a body named after them ("the Orsk County Attorney's Office", "the
/// Ombudsman's Office"), besides the titles and surnames the gazetteer knows ("Sheriff").
const OFFICE_HOLDERS: WordSet = WordSet::new(&[
    "Attorney",
    "Ombudsman",
    "Auditor",
    "Comptroller",
    "Coroner",
    "Treasurer",
    "Controller",
    "Assessor",
]);

/// Splits an organization the tagger ran over an owner's "'s" into a body it owns ("the
/// Treasury's Office of Foreign Assets Control", "Velmor Institute's Center for Orsk Studies"):
/// where an organization word follows the "'s", the owner and the body are two
/// organizations, as CoNLL-2003 marks them. An owner that is a person's name, a title, an
/// officer ([`OFFICE_HOLDERS`]) or a possessive of people ("Broward Sheriff's Office", "the
/// Orsk County Attorney's Office", "Velmor People's Party") is part of the name: those stay
/// whole.
pub(crate) fn split_owned_bodies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.b >= s.a + 2) {
        // Cheap checks first: the "'s", then the words around it.
        let Some(k) = (s.a + 1..s.b).find(|&k| doc.possessive(k)) else {
            continue;
        };
        let owner = doc.word(k - 1);
        let people = matches!(owner, "People" | "Women" | "Children") || owner.ends_with("men");
        let personal =
            doc.cats(k - 1) & (FIRST | LAST | TITLE) != 0 || OFFICE_HOLDERS.contains(owner);
        if doc.cats(k + 1) & ORGHEAD == 0 || !doc.capitalized(k + 1) || people || personal {
            continue;
        }
        found.push(NameSpan { a: k + 1, ..s.clone() });
        s.b = k - 1;
    }
    add_spans(spans, found);
}

/// Extends an organization that ends in an organization word back over "and" and the one
/// title-case word the tagger left out before it ("Orsk's Competition" + "and Markets
/// Authority"): the word opens a name there, after a possessive, a lower-case word or the
/// sentence's start (not after a comma or another capitalized word: a list's last members,
/// "Velmor, Tarn and Orsk Authority"), no list knows it as a place, a people, a person's
/// name or an organization, and it is an ordinary word: a word no common-word list holds is a
/// name of its own ("Velmex and Orsk Venture Partners", "VelmorGas and Orsk Oil
/// Corporation").
pub(crate) fn take_in_first_members(doc: &DocContext, spans: &mut [NameSpan]) {
    let after_and =
        |s: &NameSpan| s.label == NameLabel::Organization && s.a >= 2 && doc.word(s.a - 1) == "and";
    if !spans.iter().any(after_and) {
        return;
    }
    let covered = covered_tokens(spans, doc.len());
    for s in spans.iter_mut().filter(|s| after_and(s)) {
        let w = s.a - 2;
        if !is_head(doc, s.b) || covered[w] {
            continue;
        }
        let opens = w == 0
            || doc.starts_sentence(w)
            || doc.possessive(w - 1)
            || doc.case(w - 1) == Case::Lower;
        // An ordinary word: a word of no common-word list names a body of its own
        // ("Velmex and Orsk Venture Partners", "KazMunayGas and China National Petroleum
        // Corporation").
        let unknown = doc.cats(w) & (PLACE | DEMONYM | FIRST | LAST | WIKIORG | ORGHEAD) == 0;
        if opens
            && unknown
            && is_common_word(doc.lower(w))
            && doc.case(w) == Case::Title
            && doc.sentence_of(w) == doc.sentence_of(s.a)
        {
            s.a = w;
        }
    }
}

/// Joins an organization to the possessive before it that is part of its name: a plural
/// possessive ("Orsk Boat Builders' Association", "Tarvel Ratepayers' Union"), a possessive of
/// people ("Velmor People's Party", "Fishermen's Union"), a company suffix after a name's
/// "'s" ("Brill's Limited"), or ordinary words closing with a legal form after a company's
/// "'s" ("Brill's Shipping Service Pty Ltd"). A place, an organization word or a person's name before a body
/// ("Orsk's Harbour Board", "Institute's Centre", "Dana Ruiz's Vale Corp") is an owner, not a
/// part of the name: those stay apart, but for a saint's ("St Velmor's Hospital", "St Tarn'
/// College": an institution named after the saint, whatever the tagger made of the saint).
/// An organization the tagger stopped at a plural's mark takes the organization word after it
/// ([`take_in_heads_after_plural_marks`]).
pub(crate) fn join_possessive_names(doc: &DocContext, spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let mut gone = vec![false; spans.len()];
    let mut out = spans.clone();
    for k in 0..out.len() {
        let r = &spans[k];
        if r.label != NameLabel::Organization || r.a < 2 || !doc.capitalized(r.a - 2) {
            continue;
        }
        let (mark, p) = (doc.word(r.a - 1), r.a - 2);
        let owner = doc.word(p);
        let plural = matches!(mark, "'" | "\u{2019}");
        let possessive = matches!(mark, "'s" | "\u{2019}s");
        let people = possessive
            && (matches!(owner, "People" | "Women" | "Children") || owner.ends_with("men"));
        let saint = (plural || possessive) && p > 0 && SAINTS.contains(doc.word(p - 1));
        let suffix = r.a == r.b && is_legal_form(doc, r.a) && mark.ends_with('s');
        // "Brill's Broadcasting Service Ltd" after the company "Brill": a legal form closing
        // a run that opens with an ordinary word names the owner's own company.
        // "Brill's F.C.": a company's or club's "'s" before dotted initials alone.
        let owned_form = possessive
            && if r.b > r.a {
                is_legal_form(doc, r.b) && is_common_word(doc.lower(r.a))
            } else {
                is_dotted_initials(doc.word(r.a))
            }
            && spans.iter().any(|s| s.b == p && s.label == NameLabel::Organization);
        let suffix = suffix || owned_form;
        let owner_kind = doc.cats(p) & (PLACE | ORGHEAD) != 0 && !saint && !suffix;
        if !(plural || people || suffix || saint)
            || owner_kind
            || doc.sentence_of(p.saturating_sub(usize::from(saint))) != doc.sentence_of(r.a)
        {
            continue;
        }
        let start = match spans.iter().position(|s| s.b == p) {
            Some(j) if saint => {
                gone[j] = true;
                spans[j].a.min(p - 1)
            }
            None if saint => p - 1,
            Some(j) if spans[j].label == NameLabel::Place => continue,
            Some(j) if spans[j].label == NameLabel::Person && !suffix => continue,
            Some(j) => {
                gone[j] = true;
                spans[j].a
            }
            None => {
                let mut a = p;
                while a > 0
                    && doc.case(a - 1) == Case::Title
                    && doc.sentence_of(a - 1) == doc.sentence_of(p)
                    && !doc.starts_sentence(a)
                {
                    a -= 1;
                }
                a
            }
        };
        out[k].a = start;
    }
    let mut out: Vec<NameSpan> =
        out.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect();
    take_in_heads_after_plural_marks(doc, &mut out);
    out
}

/// Extends an organization that ends in a plural's possessive mark over the organization word
/// right after it, where the tagger stopped at the mark ("the Orsk Supporters' Trust", "Velmor
/// Teachers' Union"), or a place the tagger took it for ("Velmor Ladies' College"): no name
/// ends in the mark. A firm's or a body's plural ("Velmor Industries' Bank unit") owns what
/// follows.
fn take_in_heads_after_plural_marks(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let (b, h) = (spans[k].b, spans[k].b + 2);
        if !matches!(spans[k].label, NameLabel::Organization | NameLabel::Place)
            || h >= n
            || !matches!(doc.word(b + 1), "'" | "\u{2019}")
            || !doc.word(b).ends_with('s')
            || doc.cats(b) & (ORGHEAD | CORPSUFFIX) != 0
            || FIRM_WORDS.contains(doc.word(b))
        {
            continue;
        }
        let free = spans.get(k + 1).map_or(true, |t| t.a > h);
        if free
            && doc.case(h) == Case::Title
            && doc.cats(h) & ORGHEAD != 0
            && doc.sentence_of(h) == doc.sentence_of(b)
        {
            spans[k].b = h;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Legal forms that the gazetteer's company suffixes lack: written out in full, European
/// forms ("Velmor SE", "Orsk Oyj", Central Europe's "Tarn Gas a.s.", "Velmor Zrt", "Orsk
/// d.o.o.") and the joint-stock companies of the former Soviet Union and the Gulf ("Velmor
/// JSC", "Orsk Energy PJSC").
const MORE_LEGAL_FORMS: WordSet = WordSet::new(&[
    "Limited",
    "Incorporated",
    "SE",
    "plc",
    "Oyj",
    "LLP",
    "Pty",
    "BV",
    "KGaA",
    "JSC",
    "PJSC",
    "CJSC",
    "OJSC",
    "a.s.",
    "s.r.o.",
    "d.o.o.",
    "Zrt",
    "Nyrt",
    "Kft",
]);

/// Whether token `i` is a company's legal form ("Ltd", "Inc", "Limited").
pub(crate) fn is_legal_form(doc: &DocContext, i: usize) -> bool {
    doc.cats(i) & CORPSUFFIX != 0 || MORE_LEGAL_FORMS.contains(doc.word(i))
}

/// Whether token `i` is a legal form as a firm's name writes it: capitalized, the British
/// "plc", or lower-case with two stops or more, as Central Europe's forms are registered ("a.s.",
/// "d.o.o."); a lower-case "ltd" is mostly the writer's, left out of names in CoNLL's news.
fn is_written_legal_form(doc: &DocContext, i: usize) -> bool {
    let w = doc.word(i);
    let dotted = || w.bytes().filter(|&b| b == b'.').nth(1).is_some();
    is_legal_form(doc, i) && (doc.capitalized(i) || w == "plc" || dotted())
}

/// A saint's title before a name ("St Velmor's Hospital").
pub(crate) const SAINTS: WordSet = WordSet::new(&["St", "St.", "Saint", "Ste", "Ste."]);

/// Heads of a government's bodies, which a nationality before them does not name.
const GOVERNMENT_WORDS: WordSet =
    WordSet::new(&["Ministry", "Government", "Department", "Embassy"]);

/// The confidence of an organization found by [`find_left_out_organizations`].
const LEFT_OUT: f32 = 0.3;

/// Whether the sentence of token `i` is a title-case headline: more than three in four of its
/// words of letters are capitalized, and no lower-case word of four letters or more but the
/// prepositions title case may leave small ("with", "from"): a sentence dense with names
/// still has a lower-case verb or noun ("The Orsk Trade Relations Committee said.").
pub(crate) fn is_headline(doc: &DocContext, i: usize) -> bool {
    let (mut words, mut caps) = (0, 0);
    let mut k = i;
    while k > 0 && !doc.starts_sentence(k) {
        k -= 1;
    }
    for j in k..=doc.sentence_end(i) {
        let w = doc.word(j);
        if w.chars().next().is_some_and(char::is_alphabetic) {
            words += 1;
            let cap = w.starts_with(char::is_uppercase);
            caps += usize::from(cap);
            if !cap
                && w.len() >= 4
                && !matches!(w, "with" | "from" | "into" | "over" | "upon" | "than")
            {
                return false;
            }
        }
    }
    caps * 4 > words * 3
}

/// Extends each name that is the start of a longer organization or place name of the
/// gazetteer's Wikipedia lists or natural places, written in full in the text (capitalized words, and lower-case
/// function words inside), over the rest of that name and the pieces of it the tagger found
/// as names of their own.
/// The name keeps the tagger's type (the lists call airports and school districts places,
/// which news calls organizations), unless the tagger took it for a person; a title word
/// ("Representative", "Secretary") ends no such name, and none follows the name right away
/// ("U.S. Secretary of State Dana Ruiz": the list holds the office).
pub(crate) fn extend_to_known_names(doc: &DocContext, mut spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let n = doc.len();
    let gaz = &*GAZETTEER;
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        // A name whose first word opens no longer phrase of the gazetteer has no rest to take.
        if gone[k] || !doc.alone(spans[k].a).starts_phrase {
            continue;
        }
        let s = &spans[k];
        let mut h = None;
        let mut best = None;
        // The next name the tagger found after this one, while the phrase grows past it.
        let mut next = k + 1;
        for e in s.a..(s.a + gaz.max_len).min(n) {
            let w = doc.word(e);
            let h2 = doc.extend_key(h, e);
            h = Some(h2);
            // The name's own first word (whose entry is not read): whether a phrase starts
            // with it is known per token.
            let hit = match e == s.a {
                true => PhraseHit { entry: None, prefix: doc.alone(e).starts_phrase },
                false => gaz.lookup(h2),
            };
            while spans.get(next).is_some_and(|x| x.b < e) {
                next += 1;
            }
            if e > s.b {
                let capital = doc.capitalized(e);
                if !capital && !matches!(w, "of" | "for" | "and" | "the" | "de" | "on") {
                    break;
                }
                // A sea, river or mountain range the gazetteer names is a place's whole name
                // ("South China" + "Sea").
                let natural = |c: u16| if c & NATURAL != 0 { WIKILOC } else { 0 };
                let known = hit.entry.map_or(0, |g| g.cats & (WIKIORG | WIKILOC) | natural(g.cats));
                let title = doc.cats(e) & TITLE != 0;
                // A title right after the name leads a person: "U.S. Secretary of State
                // Dana Ruiz" (the Wikipedia list holds the office) is a place and a title.
                if title && e == s.b + 1 {
                    break;
                }
                // A name the tagger found must not be cut by the phrase's end.
                let cuts = spans.get(next).is_some_and(|x| x.a <= e && x.b > e);
                let same_sentence = doc.sentence_of(e) == doc.sentence_of(s.a);
                if capital && known != 0 && !title && !cuts && same_sentence {
                    best = Some((e, known));
                }
            }
            if !hit.prefix {
                break;
            }
        }
        // A phrase right before a person is the office the person holds ("Assistant U.S.
        // Attorney Dana Ruiz": the list holds the office), not a name.
        let office = |e: usize| spans.iter().any(|x| x.a == e + 1 && x.label == NameLabel::Person);
        if let Some((e, known)) = best.filter(|&(e, _)| !office(e)) {
            for j in k + 1..spans.len() {
                if spans[j].a > e {
                    break;
                }
                gone[j] = true;
            }
            let s = &mut spans[k];
            s.b = e;
            if s.label == NameLabel::Person && known == WIKIORG {
                s.label = NameLabel::Organization;
            } else if s.label == NameLabel::Person && known == WIKILOC {
                s.label = NameLabel::Place;
            }
        }
    }
    drop_flagged(&mut spans, &gone);
    spans
}

/// Extends each organization the tagger found without its first words back over them when
/// the whole is an organization of the gazetteer's Wikipedia list ("the U.S. Food and Drug
/// Administration", tagged "Drug Administration"): at most four words before it, capitalized
/// or lower-case function words, in its sentence and after the name before it. An organization
/// the list knows as it is keeps its words ("the Senate"), and no title, article or
/// nationality is taken in ("Minister of Finance", "The Fed", "Swiss Re": CoNLL marks the
/// nationality apart); and so an organization's head word found alone, over the words before
/// it ([`words_before_lone_head`]).
pub(crate) fn extend_back_to_known_names(doc: &DocContext, spans: &mut [NameSpan]) {
    // A word that may be in a name before the rest of it.
    let inner = |a: usize| doc.capitalized(a) || matches!(doc.word(a), "of" | "for" | "and" | "&");
    for k in 0..spans.len() {
        let s = &spans[k];
        let floor = k.checked_sub(1).map_or(0, |j| spans[j].b + 1);
        // The cheap tests first: most names follow a lower-case word.
        if s.label != NameLabel::Organization
            || s.a <= floor
            || !inner(s.a - 1)
            || doc.phrase_cats(s.a, s.b) & WIKIORG != 0
        {
            continue;
        }
        let mut best = None;
        for a in (floor.max(s.a.saturating_sub(4))..s.a).rev() {
            if !inner(a)
                || doc.cats(a) & (TITLE | DEMONYM) != 0
                || matches!(doc.word(a), "The" | "A" | "An")
                || doc.starts_sentence(a + 1)
            {
                break;
            }
            if doc.capitalized(a) && doc.phrase_cats(a, s.b) & WIKIORG != 0 {
                best = Some(a);
            }
        }
        if let Some(a) = best.or_else(|| words_before_lone_head(doc, s, floor)) {
            spans[k].a = a;
        }
    }
}

/// The most words before an organization's head word that the tagger found alone.
const HEAD_WORDS_BEFORE: usize = 4;

/// Where the name opens whose head word alone the tagger found as an organization ("the
/// African Export-Import Bank" gave "Bank"): the capitalized words right before it, after
/// `floor` and within its sentence, up to [`HEAD_WORDS_BEFORE`]; a title, an article or a
/// nationality before them ends them (the nationality is the name's own first word here:
/// "Velmoran Development Bank"; right before the head it is CoNLL's apart: "the Australian
/// Coalition").
fn words_before_lone_head(doc: &DocContext, s: &NameSpan, floor: usize) -> Option<usize> {
    if s.a != s.b || doc.cats(s.a) & ORGHEAD == 0 || doc.cats(s.a) & CORPSUFFIX != 0 {
        return None;
    }
    let mut first = None;
    for a in (floor.max(s.a.saturating_sub(HEAD_WORDS_BEFORE))..s.a).rev() {
        let opener = matches!(doc.word(a), "The" | "A" | "An");
        if !doc.capitalized(a) || doc.cats(a) & TITLE != 0 || opener || doc.starts_sentence(a + 1) {
            break;
        }
        // A nationality right before the head is CoNLL's apart ("the Australian Coalition").
        let nationality = doc.cats(a) & DEMONYM != 0;
        if nationality && a + 1 == s.a {
            break;
        }
        first = Some(a);
        if nationality {
            break;
        }
    }
    first
}

/// Words of a body's scope written before its head ("the International Brotherhood of Velmor
/// Workers", "the National Federation of Orsk Growers"); no nationality, which CoNLL marks
/// apart, and no word of a sports tier ("National League" names no body).
const SCOPE_WORDS: WordSet = WordSet::new(&[
    "International",
    "National",
    "United",
    "Federal",
    "General",
    "Amalgamated",
    "Independent",
    "Grand",
]);

/// Whether token `i`, opening a name, is a word of a body's scope ([`SCOPE_WORDS`]) or "World":
/// such a name is a body's, whatever its last word ("World Bridge", a federation of the game).
pub(crate) fn opens_with_scope(doc: &DocContext, i: usize) -> bool {
    SCOPE_WORDS.contains(doc.word(i)) || doc.word(i) == "World"
}

/// Heads of the names of unions, federations and societies that a scope's word opens
/// ([`SCOPE_WORDS`]).
const BODY_HEADS: WordSet = WordSet::new(&[
    "Brotherhood",
    "Sisterhood",
    "Association",
    "Federation",
    "Confederation",
    "Union",
    "Society",
    "Alliance",
    "Council",
    "Order",
    "Guild",
    "Institute",
]);

/// Heads of state bodies that "General" opens ("the General Administration of Customs", "the
/// General Staff"): there "General" is no officer's title, and the head no person.
const GENERAL_HEADS: WordSet = WordSet::new(&[
    "Administration",
    "Directorate",
    "Secretariat",
    "Staff",
    "Inspectorate",
    "Command",
]);

/// Extends each organization the tagger found from a union's or a federation's head
/// ([`BODY_HEADS`]: "Brotherhood of Velmor Workers") back over the word of its scope right
/// before it ([`SCOPE_WORDS`]: "International"), where no other name holds that word and the
/// head is no sentence's first word; and a state body's head after "General"
/// ([`GENERAL_HEADS`]), which the tagger may also have read as a titled person ("General
/// Staff"); and any organization back over a "First" right before it ("First Orsk Bank":
/// CoNLL-2003 marks no "First" before an organization outside it).
pub(crate) fn take_in_scope_words(doc: &DocContext, spans: &mut [NameSpan]) {
    // The word taken in is "General", "First" or a scope word.
    if !(doc.may_hold("General") || doc.may_hold("First") || SCOPE_WORDS.may_occur_in(doc)) {
        return;
    }
    for k in 0..spans.len() {
        let a = spans[k].a;
        if a == 0 || doc.starts_sentence(a) || k > 0 && spans[k - 1].b + 1 >= a {
            continue;
        }
        let general = doc.word(a - 1) == "General" && GENERAL_HEADS.contains(doc.word(a));
        let body = spans[k].label == NameLabel::Organization
            && BODY_HEADS.contains(doc.word(a))
            && SCOPE_WORDS.contains(doc.word(a - 1));
        let org_or_head = match spans[k].label {
            NameLabel::Organization => true,
            NameLabel::Person => spans[k].b == a,
            _ => false,
        };
        let first = doc.word(a - 1) == "First" && spans[k].label == NameLabel::Organization;
        if body || first || general && org_or_head {
            spans[k].a = a - 1;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Extends each person followed by a capitalized run ending in an organization word into
/// the organization named after that person ("Dana Ruiz High School", "Vale Industries Inc"),
/// taking in the organizations the tagger found in the run.
pub(crate) fn extend_eponyms(doc: &DocContext, spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let n = doc.len();
    let mut gone = vec![false; spans.len()];
    let mut out = spans.clone();
    for k in 0..out.len() {
        let e = out[k].b + 1;
        if gone[k] || out[k].label != NameLabel::Person || e >= n || !doc.capitalized(e) {
            continue;
        }
        // "Dana H. Ruiz" + "School of Advanced Studies": an institution the tagger found,
        // opening with its word ([`INSTITUTION_WORDS`]) right after the person, is named
        // after the person (not another body: "Tom Orsk" + "Board of Trade" officials).
        let institution = INSTITUTION_WORDS.contains(doc.word(e)).then(|| {
            spans.iter().position(|t| t.a == e && t.b > e && t.label == NameLabel::Organization)
        });
        if let Some(j) = institution.flatten() {
            gone[j] = true;
            out[k].b = spans[j].b;
            out[k].label = NameLabel::Organization;
            continue;
        }
        if doc.sentence_of(e) != doc.sentence_of(out[k].b) || !is_head(doc, run_end(doc, e)) {
            continue;
        }
        if let Some(b) = absorb_run(doc, &spans, &mut gone, e, ORGANIZATIONS) {
            out[k].b = b;
            out[k].label = NameLabel::Organization;
            let before = k.checked_sub(1).map(|j| out[j].b);
            take_in_eponym_title(doc, &mut out[k], before);
        }
    }
    out.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect()
}

/// Last words of institutions' names that no person's name ends in.
const INSTITUTION_WORDS: WordSet = WordSet::new(&[
    "Institute",
    "Institution",
    "Foundation",
    "University",
    "College",
    "Academy",
    "School",
    "Hospital",
    "Clinic",
    "Center",
    "Centre",
    "Museum",
    "Library",
    "Laboratory",
    "Laboratories",
    "Society",
    "Corporation",
    "Inc",
]);

/// Makes each "person" of two words or more that ends in an institution's word
/// ([`INSTITUTION_WORDS`]) the organization named after that person: the tagger read a
/// person's name and took the word after it in ("Dana Ruiz Institute reported"). This runs
/// before the complements of bodies are read, so that the institution takes its own ("Dana
/// Ruiz University" + "of Science and Technology").
pub(crate) fn name_eponym_institutions(doc: &DocContext, spans: &mut [NameSpan]) {
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.label == NameLabel::Person && s.b > s.a && INSTITUTION_WORDS.contains(doc.word(s.b)) {
            spans[k].label = NameLabel::Organization;
            let before = k.checked_sub(1).map(|j| spans[j].b);
            take_in_eponym_title(doc, &mut spans[k], before);
        }
    }
}

/// Takes into an institution named after a person the title right before it, part of its
/// name ("Bishop Dana Ruiz School", "Sir Tom Vale Academy"), where no name ends there or
/// right before it (`before`: where the name before the institution ends) and the
/// institution opens no sentence.
fn take_in_eponym_title(doc: &DocContext, s: &mut NameSpan, before: Option<usize>) {
    let a = s.a;
    let free = before.map_or(true, |b| b + 1 < a.saturating_sub(1));
    if a > 0 && free && !doc.starts_sentence(a) && doc.cats(a - 1) & TITLE != 0 {
        s.a -= 1;
    }
}

/// Last words of the names of armed forces, their units, political parties and national
/// bodies, whose country, nationality or number is part of the name ("German Air Force",
/// "U.S. Navy", "Scottish National Party", "Ninth Air Force", "82nd Airborne Division",
/// "Scottish Football Association", "Icelandic Meteorological Office", "Nordic Regional
/// Airlines", "Korean Air Lines"; not a ministry's:
/// CoNLL leaves the nationality of "French Interior Ministry" out).
const FORCE_WORDS: WordSet = WordSet::new(&[
    "Force",
    "Forces",
    "Army",
    "Navy",
    "Command",
    "Division",
    "Wing",
    "Corps",
    "Fleet",
    "Brigade",
    "Regiment",
    "Squadron",
    "Guard",
    "Party",
    "Cross",
    "Association",
    "Federation",
    "Confederation",
    "Society",
    "Agency",
    "Office",
    "Institute",
    "League",
    "Council",
    "Commission",
    "Airlines",
    "Airways",
    "Lines",
]);

/// Takes into each organization ending in a force or party word ([`FORCE_WORDS`]) the
/// country or nationality right before it, whether the tagger left that word out or made it
/// a place or another name ("Chile" + "Air Defense Force"), and for a force or unit an
/// ordinal or number ("Twelfth Air Force", "71 Air Division"). So does an organization
/// opening with "National" or "State" ("Kazakh" + "National University"; a city or region the
/// tagger read as a place, too: "Abu Dhabi" + "National Oil Company"), with the eponym
/// before its nationality ("Al-Velmori Kazakh National University"), and one before the noun
/// "party" ("the ruling Velmoran Dream party"), with the document's other mentions of it.
pub(crate) fn take_in_nationalities(doc: &DocContext, spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::with_capacity(spans.len());
    for mut s in spans {
        let national_body = s.b > s.a && matches!(doc.word(s.a), "National" | "State");
        // "the ruling Velmoran Dream party": the party's name before the common noun.
        let party = s.b + 1 < doc.len() && doc.word(s.b + 1) == "party";
        let force = s.label == NameLabel::Organization
            && (FORCE_WORDS.contains(doc.word(s.b)) || national_body || party);
        if !force || s.a == 0 || doc.starts_sentence(s.a) {
            out.push(s);
            continue;
        }
        let before = s.a - 1;
        let national = |a: usize| {
            let cats = doc.phrase_cats(a, before);
            doc.word(a).starts_with(char::is_uppercase) && cats & (COUNTRY | DEMONYM) != 0
        };
        // A city or region names its state's company too ("Abu Dhabi National Oil Company").
        let seat = |a: usize| {
            national_body && doc.phrase_cats(a, before) & (TOWN | BIG_CITY | REGION) != 0
        };
        match out.last() {
            Some(l) if l.b == before => {
                let other = matches!(l.label, NameLabel::Place | NameLabel::Other);
                if other && (national(l.a) || seat(l.a)) {
                    s.a = l.a;
                    s.conf = s.conf.min(l.conf);
                    out.pop();
                }
            }
            _ if before > 0 && !doc.starts_sentence(before) && national(before - 1) => {
                s.a = before - 1;
            }
            _ if national(before) => s.a = before,
            _ if doc.word(s.b) != "Party" && is_rank(doc.word(before)) => s.a = before,
            _ => {}
        }
        // The eponym before a national body's nationality ("Al-Farabi" + "Kazakh National
        // University"): one capitalized word in no name, that is no title, nationality or place.
        let eponym = |i: usize| {
            doc.capitalized(i)
                && !doc.starts_sentence(i + 1)
                && !doc.starts_sentence(i)
                && doc.cats(i) & (TITLE | DEMONYM | PLACE) == 0
                && !is_date_word(doc.word(i), NameLabel::Organization)
                && (i == 0 || !doc.capitalized(i - 1))
                && !out.last().is_some_and(|l| l.b >= i)
        };
        let nationality = s.a <= before && doc.cats(s.a) & (COUNTRY | DEMONYM) != 0;
        if national_body && nationality && s.a > 0 && eponym(s.a - 1) {
            s.a -= 1;
        }
        out.push(s);
    }
    take_in_party_nationalities(doc, &mut out);
    out
}

/// Takes into each organization the nationality before it where the document names that very
/// party with it before "party" ("the ruling Velmoran Dream party", then "the founder of
/// Velmoran Dream": the tagger's "Dream" the second time).
fn take_in_party_nationalities(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let parties: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| {
            s.label == NameLabel::Organization
                && s.b > s.a
                && s.b + 1 < n
                && doc.word(s.b + 1) == "party"
                && doc.cats(s.a) & DEMONYM != 0
        })
        .map(|s| (s.a, s.b))
        .collect();
    if parties.is_empty() {
        return;
    }
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.label != NameLabel::Organization || s.a == 0 {
            continue;
        }
        let named = parties
            .iter()
            .any(|&(a, b)| b - a == s.b - s.a + 1 && doc.key(a, b) == doc.key(s.a - 1, s.b));
        // The nationality free, or a place or other name the tagger made of it alone.
        let free = k == 0 || spans[k - 1].b + 1 < s.a;
        let alone = !free && spans[k - 1].a + 1 == s.a && spans[k - 1].label != NameLabel::Person;
        if named && (free || alone) {
            if alone {
                gone[k - 1] = true;
            }
            spans[k].a -= 1;
        }
    }
    drop_flagged(spans, &gone);
}

/// Takes into each organization the word the tagger left out before it that belongs to its
/// name: the compass word before a nationality that opens it ("North" + "Velmorian Red
/// Cross": "North Korean" is one nationality), and an adjective formed with a prefix and a
/// hyphen ("the Pre-Velmorite" + "Brotherhood", "Anti-Tarnist League"; see
/// [`is_prefixed_adjective`]).
pub(crate) fn take_in_compass_words(doc: &DocContext, spans: &mut [NameSpan]) {
    for k in 0..spans.len() {
        let (s, free) = (&spans[k], k == 0 || spans[k - 1].b + 1 < spans[k].a);
        if s.label != NameLabel::Organization || s.a == 0 || !free || doc.starts_sentence(s.a) {
            continue;
        }
        let before = doc.word(s.a - 1);
        let compass = s.b > s.a
            && matches!(before, "North" | "South" | "East" | "West")
            && doc.cats(s.a) & DEMONYM != 0;
        if compass || is_prefixed_adjective(before) {
            spans[k].a -= 1;
        }
    }
}

/// Prefixes that form adjectives with a hyphen and a capitalized word ("Pre-Velmorite",
/// "Anti-Tarnist", "Pan-Orskian").
const ADJECTIVE_PREFIXES: WordSet =
    WordSet::new(&["Pre", "Post", "Anti", "Pro", "Neo", "Pan", "Non", "Counter"]);

/// Whether `w` is an adjective formed with one of the [`ADJECTIVE_PREFIXES`], a hyphen and a
/// capitalized word of two letters or more ("Pre-Velmorite"; not "Class-A").
fn is_prefixed_adjective(w: &str) -> bool {
    let Some((prefix, rest)) = super::split_first_hyphen(w) else { return false };
    ADJECTIVE_PREFIXES.contains(prefix)
        && rest.len() >= 2
        && rest.starts_with(|c: char| c.is_uppercase())
        && rest.chars().all(char::is_alphabetic)
}

/// Extends a name the tagger cut after a capitalized "Our" ("the Church of Our" + "Lady of
/// Velmor"): a dedication ("Our Lady", "Our Saviour") goes on with the capitalized words after
/// it and their own "of" and capitalized run, none of them in another name.
pub(crate) fn take_in_dedications(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let free_run = |a: usize, spans: &[NameSpan]| {
        (a < n && doc.capitalized(a) && !overlaps_any(spans, a, a)).then(|| run_end(doc, a))
    };
    for k in 0..spans.len() {
        let (a, next) = (spans[k].a, spans[k].b + 1);
        if a + 1 == next
            || doc.word(next - 1) != "Our"
            || next >= n
            || doc.sentence_of(next) != doc.sentence_of(next - 1)
        {
            continue;
        }
        let Some(mut b) = free_run(next, spans) else { continue };
        if b + 2 < n && doc.word(b + 1) == "of" {
            if let Some(e) = free_run(b + 2, spans) {
                b = e;
            }
        }
        spans[k].b = b;
    }
}

/// Makes a country or city the tagger read as a place right after an "Air" it left out
/// ("100 Air Velmora workers") a national airline: "Air" and the place are one organization,
/// and so they are where the tagger took both for a place ("shares in Air Velmora"); so is a
/// nationality before an "Air" that ends the name ("operated by Velmoran Air"; not "Velmoran
/// Air Force").
pub(crate) fn take_in_airlines(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // An airline's name read here holds "Air".
    if !doc.may_hold("Air") {
        return;
    }
    take_in_national_airs(doc, spans);
    for k in 0..spans.len() {
        let (s, free) = (&spans[k], k == 0 || spans[k - 1].b + 1 < spans[k].a);
        if s.label != NameLabel::Place {
            continue;
        }
        if s.a < s.b && doc.word(s.a) == "Air" && doc.is_country_or_city(s.a + 1, s.b) {
            spans[k].label = NameLabel::Organization;
        } else if s.a > 0
            && free
            && doc.word(s.a - 1) == "Air"
            && doc.sentence_of(s.a - 1) == doc.sentence_of(s.a)
            && doc.is_country_or_city(s.a, s.b)
        {
            spans[k].a -= 1;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Makes a country or city the tagger read as a place an organization with the organization
/// word after it that it left out and that ends the capitalized run ("Velmora Railways,
/// known as VR", "Orsk Telecom said"): a national company or body named by its place.
pub(crate) fn take_in_heads_after_places(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let h = spans[k].b + 1;
        let free = spans.get(k + 1).map_or(true, |t| t.a > h);
        // No capitalized word and no complement follows ("the Orsk League of Tenants").
        let ends = h + 1 >= n
            || doc.starts_sentence(h + 1)
            || !doc.capitalized(h + 1) && !matches!(doc.word(h + 1), "of" | "for" | "on");
        if spans[k].label == NameLabel::Place
            && h < n
            && free
            && ends
            && doc.sentence_of(h) == doc.sentence_of(spans[k].b)
            && is_head(doc, h)
            && doc.is_country_or_city(spans[k].a, spans[k].b)
        {
            spans[k].b = h;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Joins a country (or, before a body, a region: "Ohio" + "Republican State Committee") the
/// tagger read as a place and the name it took right after it into one organization: a
/// person of two or more foreign words ("Velmora Temir Zholy will buy
/// wagons": the national railway's name in its own language; a person is not written right
/// after a country, no word of this one is an English word, and its last word is no known
/// name), or an organization of two or more words ending in a body's word ("Velmora Civil
/// Engineering Construction Corporation", "U.S. Federal District Court"; a single word or an
/// acronym after a country is a body of its own, "U.S. Senate", "Orsk ECOMOG").
pub(crate) fn join_national_companies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let foreign = |i: usize| doc.case(i) == Case::Title && !is_common_word(doc.lower(i));
    let national = |r: &NameSpan| match r.label {
        NameLabel::Person => (r.a..=r.b).all(foreign) && doc.cats(r.b) & (FIRST | LAST) == 0,
        NameLabel::Organization => {
            doc.case(r.a) == Case::Title && doc.cats(r.b) & (ORGHEAD | CORPSUFFIX) != 0
        }
        _ => false,
    };
    let mut k = 0;
    while k + 1 < spans.len() {
        let (l, r) = (&spans[k], &spans[k + 1]);
        let joined = l.label == NameLabel::Place
            && r.a == l.b + 1
            && r.b > r.a
            && !doc.starts_sentence(r.a)
            && {
                let cats = doc.phrase_cats(l.a, l.b);
                cats & COUNTRY != 0 || cats & REGION != 0 && r.label == NameLabel::Organization
            }
            && national(r);
        if joined {
            spans[k] = NameSpan { b: r.b, label: NameLabel::Organization, ..spans[k].clone() };
            spans.remove(k + 1);
        }
        k += 1;
    }
}

/// Adjectives of place that open places' names or describe a part of one ("Greater London",
/// "Rural Velmora"), not a body's word.
const PLACE_ADJECTIVES: WordSet = WordSet::new(&[
    "Greater",
    "Central",
    "Inner",
    "Outer",
    "Upper",
    "Lower",
    "Old",
    "New",
    "Rural",
    "Mainland",
    "Coastal",
    "Metropolitan",
    "Continental",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North",
    "South",
    "East",
    "West",
    "Downtown",
    "Suburban",
    "Tropical",
    "Little",
    "Great",
    "Modern",
    "Ancient",
    "Medieval",
    "Colonial",
    "Imperial",
    "Occupied",
    "Free",
    "Independent",
]);

/// Whether a word ends as English adjectives and participles do ("Socialist", "Democratic",
/// "Federal", "Famous", "United", "Leading"): such a word before a name describes it more often
/// than it names it.
fn has_adjective_ending(lower: &str) -> bool {
    const ENDINGS: [&str; 11] =
        ["ic", "ist", "al", "ous", "ive", "ian", "ese", "ish", "ary", "ed", "ing"];
    ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Joins an ordinary English noun written with a capital to the name right after it where the
/// tagger left the noun out: with a country, region or city it read alone, one organization
/// ("a report by Audit Scotland", "Cricket Velmora", "Radio Orsk": public bodies, federations
/// and broadcasters are so named); with an organization, the organization's first word
/// ("contact Crime Stoppers", "supporting Paper Lighthouse"). And an organization opening
/// with such a noun after "the" and a title-case word no list knows takes that word in ("the
/// Tarnby-Velk Cancer Institute"). The noun stands within its
/// sentence right after a lower-case word (a capital after a dash or a quote may open a
/// sentence) and in no name, is no title, first name, nationality, date word, place's
/// adjective or word with an adjective's ending, its sentence is no title-case headline and
/// the name opens no dateline.
pub(crate) fn join_nouns_before_names(doc: &DocContext, spans: &mut [NameSpan]) {
    // Token `k`, past the first.
    let noun = |k: usize| {
        doc.case(k) == Case::Title
            && doc.case(k - 1) == Case::Lower
            && doc.sentence_of(k - 1) == doc.sentence_of(k)
            && is_common_word(doc.lower(k))
            && doc.cats(k) & (TITLE | FIRST | DEMONYM | PLACE) == 0
            && !PLACE_ADJECTIVES.contains(doc.word(k))
            && !is_date_word(doc.word(k), NameLabel::Organization)
            && !has_adjective_ending(doc.lower(k))
    };
    // An organization opening with an ordinary noun after a title-case word no list knows,
    // with no adjective's ending and not of ordinary words joined by hyphens ("the
    // Dana-Farber Cancer Institute": the tagger left the word out; not "All-Time").
    let opens_cut = |s: &NameSpan| {
        s.label == NameLabel::Organization
            && doc.case(s.a) == Case::Title
            && is_common_word(doc.lower(s.a))
            && doc.case(s.a - 1) == Case::Title
            && !doc.lower(s.a - 1).split('-').all(is_common_word)
            && !has_adjective_ending(doc.lower(s.a - 1))
            && doc.cats(s.a - 1) & (TITLE | FIRST | DEMONYM | PLACE) == 0
    };
    // A body's name the tagger cut after its opening adjective ("the Financial Conduct
    // Authority"): after "the", a title-case word with an adjective's ending, no title, first
    // name, nationality or place's word (nor ending as a region's people do: "the Bavarian
    // Interior Ministry"), before an organization ending in an organization word.
    let adjective_cut = |s: &NameSpan| {
        let lower = doc.lower(s.a - 1);
        s.label == NameLabel::Organization
            && doc.case(s.a - 1) == Case::Title
            && has_adjective_ending(lower)
            && !["an", "ese", "ish"].iter().any(|e| lower.ends_with(e))
            && doc.cats(s.b) & ORGHEAD != 0
            && doc.cats(s.a - 1) & (TITLE | FIRST | DEMONYM | PLACE) == 0
            && !PLACE_ADJECTIVES.contains(doc.word(s.a - 1))
    };
    // The last token of the names so far (token 0 counts as one: no noun stands there).
    let mut covered_to = 0;
    for s in spans.iter_mut() {
        let free = covered_to + 1 < s.a;
        covered_to = covered_to.max(s.b);
        let named = || match s.label {
            NameLabel::Place => doc.phrase_cats(s.a, s.b) & PLACE != 0,
            label => label == NameLabel::Organization,
        };
        // "... to Join JAKARTA, Sept 10 (Velmor News) -": a dateline after a headline.
        let dateline = || doc.case(s.a) == Case::Upper && opens_dateline(doc, s.a);
        // The noun is read first: few names have one before them.
        if free && s.conf < 1.0 && noun(s.a - 1) && named() && !is_headline(doc, s.a) && !dateline()
        {
            s.a -= 1;
            s.label = NameLabel::Organization;
        } else if free
            && s.a >= 2
            && doc.word(s.a - 2) == "the"
            && (opens_cut(s) || adjective_cut(s))
        {
            s.a -= 1;
        }
    }
}

/// Makes a nationality and an "Air" that ends the name in its sentence an airline ("Velmoran
/// Air said"; "Velmoran Air Force" is a force), where the tagger found no name there or took
/// the nationality, or both words, for a place or another name; and so any title-case word
/// no common-word list holds and such an "Air", where the tagger found neither ("Flights by
/// Wizzo Air resumed"; "Fresh Air" stays out). A tagger's organization of "Air" alone, or of
/// the word before it alone, is the airline's part ("Wizzo" + "Air").
fn take_in_national_airs(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let airs = doc.capitalized_tokens().filter(|&i| i > 0 && doc.word(i) == "Air");
    let mut found = Vec::new();
    for air in airs {
        let a = air - 1;
        let ends = doc.ends_run(air);
        if !ends || doc.starts_sentence(air) || doc.case(a) != Case::Title {
            continue;
        }
        let national = doc.cats(a) & DEMONYM != 0;
        let mut inside = spans.iter().filter(|s| s.a <= air && a <= s.b);
        let other =
            |s: &NameSpan| national && matches!(s.label, NameLabel::Other | NameLabel::Place);
        // The tagger's "Air" taken alone for an organization, or apart from its first word.
        let part = |s: &NameSpan| s.label == NameLabel::Organization && (s.a, s.b) != (a, air);
        let named = national || !is_common_word(doc.lower(a));
        let opens = a == 0 || doc.starts_sentence(a) || !doc.capitalized(a - 1);
        if named && opens && inside.all(|s| a <= s.a && s.b <= air && (other(s) || part(s))) {
            found.push(NameSpan { a, b: air, label: NameLabel::Organization, conf: 0.5 });
        }
    }
    if !found.is_empty() {
        spans.retain(|s| !found.iter().any(|f| s.a <= f.b && f.a <= s.b));
        add_spans(spans, found);
    }
}

/// Last words of broadcasters' names that a channel's number follows ("Orsk Radio 2",
/// "Velmor TV 3").
const STATION_WORDS: WordSet = WordSet::new(&["Radio", "Channel", "TV", "Television"]);

/// Gives each station or channel its number the tagger left out ("Orsk Radio" + "2"): the
/// number is part of the station's name.
pub(crate) fn number_stations(doc: &DocContext, spans: &mut [NameSpan]) {
    // A station's name ends in a station word.
    if !STATION_WORDS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    for k in 0..spans.len() {
        let (s, next) = (&spans[k], spans.get(k + 1).map_or(n, |x| x.a));
        let num = s.b + 1;
        if s.label == NameLabel::Organization
            && num < next
            && STATION_WORDS.contains(doc.word(s.b))
            && super::is_short_number(doc.word(num), 2)
            && !doc.starts_sentence(num)
        {
            spans[k].b = num;
        }
    }
}

/// Whether `w` numbers a unit: digits ("65", "82nd") or an ordinal word ("Fourth").
fn is_rank(w: &str) -> bool {
    const ORDINALS: WordSet = WordSet::new(&[
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
        "Twentieth",
    ]);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &w[digits.len()..];
    let numbered =
        super::is_short_number(digits, 3) && matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "d");
    numbered || ORDINALS.contains(w)
}

/// Joins an organization that ends in an organization word after "and" to the capitalized
/// run before the "and" that opens its name with a second subject ("the House Ways and Means
/// Committee", split by the tagger into "House Ways" and "Means Committee"; "the Test and
/// Orsk Cricket Board"; a company's legal form may end it: "Orsk Gas and Electric Co."; the
/// tagger may have taken the second member for a place no list knows: "Water Authority"): the
/// words on either side of the "and" must be ordinary words written in title case, no place or
/// nationality, and the run may hold a place only before its first subject ("Velmora Road and
/// Bridge Corporation"; "Velmora and Orsk Cricket Board" names two things).
pub(crate) fn join_subject_pairs(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let subject = |i: usize| is_subject_word(doc, i);
    // Flags of the names taken in, made on the first join (most documents have none).
    let mut gone: Vec<bool> = Vec::new();
    for k in 0..spans.len() {
        let s = spans[k].clone();
        // The tagger's "place" over the second member ("Water Authority") is such a name too,
        // unless the gazetteer knows it as a place ("the Gaza Strip and West Bank").
        let member = || match s.label {
            NameLabel::Organization => true,
            NameLabel::Place => doc.phrase_cats(s.a, s.b) & PLACE == 0,
            _ => false,
        };
        // The gazetteer's look-up of the member last: few names follow an "and".
        let paired = s.b > s.a
            && s.a >= 2
            && doc.word(s.a - 1) == "and"
            && member()
            && (is_head(doc, s.b) || is_legal_form(doc, s.b))
            && subject(s.a)
            && subject(s.a - 2);
        let Some(a) = paired.then(|| run_before(doc, s.a - 1, 3)).flatten() else {
            continue;
        };
        let inside = |t: &NameSpan| t.a <= s.a - 2 && a <= t.b;
        // A place may only open the run, before the first subject ("China Road and Bridge
        // Corporation").
        let opening_place = |t: &NameSpan| t.a == a && t.b + 2 < s.a;
        let fits = spans[..k]
            .iter()
            .filter(|t| inside(t))
            .all(|t| t.a >= a && (t.label != NameLabel::Place || opening_place(t)));
        if fits {
            gone.resize(spans.len(), false);
            (0..k).filter(|&j| inside(&spans[j])).for_each(|j| gone[j] = true);
            spans[k].a = a;
            spans[k].label = NameLabel::Organization;
        }
    }
    if !gone.is_empty() {
        drop_flagged(spans, &gone);
    }
}

/// Whether token `i` is an ordinary word written in title case that names no place or
/// nationality: a subject or field a body's name may list ("Trade", "Arbitration").
fn is_subject_word(doc: &DocContext, i: usize) -> bool {
    doc.case(i) == Case::Title
        && doc.cats(i) & (PLACE | DEMONYM) == 0
        && is_common_word(doc.lower(i))
}

/// Whether the capitalized run starting at token `a` is all subject words ([`is_subject_word`]).
fn subjects(doc: &DocContext, a: usize) -> bool {
    (a..=run_end(doc, a)).all(|i| is_subject_word(doc, i))
}

/// The first token of the subjects listed over commas before token `a`, which opens a list's
/// last members ("Advisory, " before "Conciliation and Arbitration Service"): each member is
/// one or two subject words ([`is_subject_word`]). `None` if a member is none ("Velmor, Orsk
/// and Gas Development Company" lists names).
fn listed_subjects_start(doc: &DocContext, mut a: usize) -> Option<usize> {
    while a >= 2 && doc.word(a - 1) == "," {
        a = run_before(doc, a - 1, 2).filter(|&f| (f..a - 1).all(|i| is_subject_word(doc, i)))?;
    }
    Some(a)
}

/// Last words of the bodies that two places joined by "and" may name together (see
/// [`join_paired_bodies`]).
const LOCAL_BODIES: WordSet =
    WordSet::new(&["Council", "Trust", "Authority", "Board", "Police", "Constabulary", "Service"]);

/// Joins a body's name that opens with a place and ends in a local body's word ([`LOCAL_BODIES`])
/// to the one-word place before its "and", which names the body with it ("Westmorland and Furness
/// Council", "Calderdale and Huddersfield NHS Foundation Trust", "Devon and Cornwall Police"): the
/// word before the "and" may be what the tagger took for a place or for an organization of its own.
/// Where neither word is a place the gazetteer knows, both are taken for places no list holds
/// ("Westmarsh and Fens Police"); a known place before the "and" and a word no list knows after it
/// stay apart ("Kent and Orskfens Police"). So does a body's name that opens with a common word and
/// ends in an organization word ("Oil and Gas Development Company", "Treasury and Finance
/// Ministry"), to a word before its "and" the tagger found or left out, that no country is. A name
/// of two words or more before the "and" ("Alpha Dhabi and Orsk Investment Authority"), one ending
/// in a body's word ("Trafford Council and Tameside Council") and a list's last member ("Velmor,
/// Orsk and Gas Development Company") stay apart, unless the list's members are all subject words,
/// which the name takes in with the names the tagger found there ("the Advisory, Conciliation and
/// Arbitration Service", see [`listed_subjects_start`]).
pub(crate) fn join_paired_bodies(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names joined by "and" are read.
    if !doc.may_hold("and") {
        return;
    }
    let mut gone: Vec<bool> = Vec::new();
    for k in 0..spans.len() {
        let s = &spans[k];
        let a = s.a;
        if a < 2 || s.b == a || doc.word(a - 1) != "and" {
            continue;
        }
        let first = a - 2;
        // The word before "and": a one-word place or organization, or a word in no name.
        let before = (k > 0).then(|| &spans[k - 1]).filter(|t| t.b >= first);
        let alone = match before {
            Some(t) => {
                t.a == first
                    && t.b == first
                    && matches!(t.label, NameLabel::Organization | NameLabel::Place)
            }
            None => true,
        };
        let paired = alone
            && doc.case(first) == Case::Title
            && !is_head(doc, first)
            && doc.sentence_of(first) == doc.sentence_of(a);
        let local_body = || {
            s.label == NameLabel::Organization
                && LOCAL_BODIES.contains(doc.word(s.b))
                && (doc.cats(a) & PLACE != 0 || doc.cats(first) & PLACE == 0)
        };
        let common_body = || {
            matches!(s.label, NameLabel::Organization | NameLabel::Place)
                && is_head(doc, s.b)
                && doc.case(a) == Case::Title
                && is_common_word(doc.lower(a))
                && doc.cats(first) & COUNTRY == 0
        };
        let start = if paired && local_body() {
            Some(first)
        } else if paired && common_body() {
            listed_subjects_start(doc, first)
        } else {
            None
        };
        if let Some(start) = start {
            gone.resize(spans.len(), false);
            (0..k).filter(|&j| spans[j].b >= start).for_each(|j| gone[j] = true);
            spans[k].a = start;
            spans[k].label = NameLabel::Organization;
        }
    }
    if !gone.is_empty() {
        drop_flagged(spans, &gone);
    }
}

/// Whether token `i` is an organization word.
fn is_head(doc: &DocContext, i: usize) -> bool {
    HEADS.contains(doc.word(i))
        || (doc.word(i).starts_with(char::is_uppercase) && doc.cats(i) & ORGHEAD != 0)
}

/// The first token of the capitalized run of at most `max` words that ends right before token
/// `end` within its sentence, past a leading "The" (the run's only word: then `end` itself),
/// if there is a run.
fn run_before(doc: &DocContext, end: usize, max: usize) -> Option<usize> {
    let run = (end.saturating_sub(max)..end)
        .rev()
        .take_while(|&i| doc.capitalized(i) && !doc.starts_sentence(i + 1));
    let a = run.last()?;
    Some(if doc.word(a) == "The" { a + 1 } else { a })
}

/// The last token of the capitalized run starting at `a` (within its sentence; no date word).
fn run_end(doc: &DocContext, a: usize) -> usize {
    let n = doc.len();
    let sentence = doc.sentence_of(a);
    let mut b = a;
    while b + 1 < n
        && doc.sentence_of(b + 1) == sentence
        && doc.capitalized(b + 1)
        && !is_date_word(doc.word(b + 1), NameLabel::Organization)
    {
        b += 1;
    }
    b
}

/// The names a capitalized run may hold to join a name ([`absorb_run`]).
const ORGANIZATIONS: &[NameLabel] = &[NameLabel::Organization];
/// See [`ORGANIZATIONS`]: after "of the" ("Army of the Orsk River"), where an organization
/// is one of its own ("a Specialist Group of the Orsk Computer Society").
const PLACES: &[NameLabel] = &[NameLabel::Place];
/// See [`ORGANIZATIONS`]: after "of" and a body's word that takes its place ("Assembly of
/// Orsk", see [`governs_place`]).
const ORGANIZATIONS_AND_PLACES: &[NameLabel] = &[NameLabel::Organization, NameLabel::Place];
/// See [`ORGANIZATIONS`]: a run that must hold no name.
const NO_NAMES: &[NameLabel] = &[];
/// See [`ORGANIZATIONS`]: a run whose words name no one ([`comma_complement`]'s subjects).
const ANY_NAMES: &[NameLabel] = &[NameLabel::Organization, NameLabel::Place, NameLabel::Person];

/// The last token of the capitalized run starting at `a` (within its sentence), if that run
/// may join a name: each name the tagger found in it must lie inside it and have one of the
/// labels `takes` (then marked `gone`, being absorbed); with none, the run must hold no name.
fn absorb_run(
    doc: &DocContext,
    spans: &[NameSpan],
    gone: &mut [bool],
    a: usize,
    takes: &[NameLabel],
) -> Option<usize> {
    let b = run_end(doc, a);
    let inside: Vec<usize> =
        spans.iter().enumerate().filter(|(_, s)| s.a <= b && s.b >= a).map(|(k, _)| k).collect();
    let fits = inside.iter().all(|&k| {
        let s = &spans[k];
        s.a >= a && s.b <= b && takes.contains(&s.label)
    });
    if !fits {
        return None;
    }
    inside.into_iter().for_each(|k| gone[k] = true);
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn the_kind_of_a_named_organization_refers_to_it() {
        let doc = DocContext::new(
            "The Orsk League of Tenants was formed in 1950. The League grew, and Dana Ruiz left \
             the League. The Institute said nothing; the League Cup and the League of Velmor \
             are other names.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk", "League", "of", "Tenants"], ORG, 0.9),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
        ];
        find_short_references(&doc, &mut spans);
        let found: Vec<(usize, String)> = spans
            .iter()
            .filter(|s| s.label == ORG)
            .map(|s| (s.a, doc.slice(s.a, s.b).to_string()))
            .collect();
        let leagues: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        // Two references; not "the Institute" (no such organization), "League Cup" nor
        // "League of Velmor".
        assert_eq!(leagues, ["Orsk League of Tenants", "League", "League"]);
        assert!(found[1].0 > 6 && found[2].0 > found[1].0 + 3);
    }

    #[test]
    fn a_possessive_that_is_part_of_an_organization_name_joins_it() {
        let doc = DocContext::new(
            "The Orsk Boat Builders' Association met the Velmor People's Party and Brill's Ltd, \
             while Orsk's Harbour Board and Dana Ruiz's Vale Corp watched.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk", "Boat", "Builders"], ORG, 0.5),
            span(&doc, &["Association"], ORG, 0.5),
            span(&doc, &["Party"], ORG, 0.5),
            span(&doc, &["Brill"], PER, 0.5),
            span(&doc, &["Ltd"], ORG, 0.5),
            span(&doc, &["Orsk", "'s"], LOC, 0.5),
            span(&doc, &["Harbour", "Board"], ORG, 0.5),
            span(&doc, &["Dana", "Ruiz"], PER, 0.5),
            span(&doc, &["Vale", "Corp"], ORG, 0.5),
        ];
        spans[5].b -= 1; // the second "Orsk", without its "'s"
        let spans = join_possessive_names(&doc, spans);
        let expected = [
            ("Orsk Boat Builders' Association", ORG),
            ("Velmor People's Party", ORG),
            ("Brill's Ltd", ORG),
            ("Orsk", LOC),
            ("Harbour Board", ORG),
            ("Dana Ruiz", PER),
            ("Vale Corp", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A saint's name, whatever the tagger made of it, names the institution.
        let doc = DocContext::new("Staff of St Velmor' Hospital and St. Tarn's College met.");
        let names: [(&[&str], NameLabel); 4] =
            [(&["St", "Velmor"], LOC), (&["Hospital"], ORG), (&["Tarn"], PER), (&["College"], ORG)];
        let spans = join_possessive_names(&doc, spans_in_order(&doc, &names, 0.5));
        let expected = [("St Velmor' Hospital", ORG), ("St. Tarn's College", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A plural's mark the tagger stopped at, and a firm's plural that owns what follows.
        // A place the tagger took the first part for is the body too.
        let doc = DocContext::new(
            "The Orsk Supporters' Trust and Velmor Industries' Bank met Tarn Ladies' College.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Orsk", "Supporters"], ORG),
            (&["Velmor", "Industries"], ORG),
            (&["Tarn", "Ladies"], LOC),
        ];
        let spans = join_possessive_names(&doc, spans_in_order(&doc, &names, 0.5));
        let expected = [
            ("Orsk Supporters' Trust", ORG),
            ("Velmor Industries", ORG),
            ("Tarn Ladies' College", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_company_possessive_before_its_legal_form_joins_it() {
        // A spelled-out form alone after a company's "'s", and a run of ordinary words closing
        // with a form after a company's "'s", name the company; a person's run stays apart.
        let doc = DocContext::new("Orsk Rovers beat Tarvel's F.C. and Dana Ruiz's F.C. twice.");
        let names: [(&[&str], NameLabel); 5] = [
            (&["Orsk", "Rovers"], ORG),
            (&["Tarvel"], ORG),
            (&["F.C."], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["F.C."], ORG),
        ];
        let spans = join_possessive_names(&doc, spans_in_order(&doc, &names, 0.5));
        let expected =
            [("Orsk Rovers", ORG), ("Tarvel's F.C.", ORG), ("Dana Ruiz", PER), ("F.C.", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new(
            "Torvane's Limited sold Torvane's Shipping Service Pty Ltd to Dana Ruiz's Freight \
             Lines Ltd.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Torvane"], ORG),
            (&["Limited"], ORG),
            (&["Torvane"], ORG),
            (&["Shipping", "Service", "Pty", "Ltd"], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["Freight", "Lines", "Ltd"], ORG),
        ];
        let spans = join_possessive_names(&doc, spans_in_order(&doc, &names, 0.5));
        let expected = [
            ("Torvane's Limited", ORG),
            ("Torvane's Shipping Service Pty Ltd", ORG),
            ("Dana Ruiz", PER),
            ("Freight Lines Ltd", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_union_s_body_takes_its_name_and_a_body_the_republic_the_tagger_found_after_of_the() {
        let doc = DocContext::new(
            "The Council of the Velmor Union met the State Tariff Committee of the Republic of \
             Orskia and the Velmor Club of the Tarn Union.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Council"], ORG),
            (&["Velmor", "Union"], ORG),
            (&["State", "Tariff", "Committee"], ORG),
            (&["Republic", "of", "Orskia"], LOC),
            (&["Velmor", "Club"], ORG),
            (&["Tarn", "Union"], ORG),
        ];
        let spans = extend_complements(&doc, spans_in_order(&doc, &names, 0.5));
        let expected = [
            ("Council of the Velmor Union", ORG),
            ("State Tariff Committee of the Republic of Orskia", ORG),
            ("Velmor Club", ORG),
            ("Tarn Union", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_capitalized_run_ending_in_an_organization_word_is_an_organization() {
        let doc = DocContext::new(
            "Delegates of the Northern Velmor Trade Committee met with members of the Popular \
             League for Orsk Reform and with some of the Premier League clubs on a hot day in \
             the north. Several Army units left.",
        );
        let spans = vec![span(&doc, &["Premier", "League"], NameLabel::Other, 0.6)];
        let spans = find_left_out_organizations(&doc, spans);
        let spans = extend_complements(&doc, spans);
        let found: Vec<_> = texts(&spans, &doc).into_iter().filter(|(_, t)| *t == ORG).collect();
        let expected =
            [("Northern Velmor Trade Committee", ORG), ("Popular League for Orsk Reform", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A deliberating body's subject after "on" joins it; a date after "on" does not.
        let doc = DocContext::new(
            "The Velmor Committee on Ocean Trade met; the Orsk Council on Monday did not, nor \
             did the Tarn Group on Grain Fraud.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Committee"], ORG, 0.6),
            span(&doc, &["Orsk", "Council"], ORG, 0.6),
            span(&doc, &["Tarn", "Group"], ORG, 0.6),
        ];
        let expected = [
            ("Velmor Committee on Ocean Trade", ORG),
            ("Orsk Council", ORG),
            ("Tarn Group on Grain Fraud", ORG),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // After "of the" a place joins it, but not after a company's word, and an
        // organization there is one of its own.
        let doc = DocContext::new(
            "The Labour Party of the Velmor Union, the Tarn Chemical Co of the Orsk Republic \
             and a Study Group of the Orsk Computer Society met.",
        );
        let spans = vec![
            span(&doc, &["Labour", "Party"], ORG, 0.6),
            span(&doc, &["Velmor", "Union"], LOC, 0.6),
            span(&doc, &["Tarn", "Chemical", "Co"], ORG, 0.6),
            span(&doc, &["Orsk", "Republic"], LOC, 0.6),
            span(&doc, &["Study", "Group"], ORG, 0.6),
            span(&doc, &["Orsk", "Computer", "Society"], ORG, 0.6),
        ];
        let expected = [
            ("Labour Party of the Velmor Union", ORG),
            ("Tarn Chemical Co", ORG),
            ("Orsk Republic", LOC),
            ("Study Group", ORG),
            ("Orsk Computer Society", ORG),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // An assembly of a union of states its acronym names joins it; a group does not.
        let doc = DocContext::new(
            "The Velmor Assembly of the VCU met the Orsk Group of the TCU on Monday.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Assembly"], ORG, 0.6),
            span(&doc, &["VCU"], ORG, 0.6),
            span(&doc, &["Orsk", "Group"], ORG, 0.6),
            span(&doc, &["TCU"], ORG, 0.6),
        ];
        let expected = [("Velmor Assembly of the VCU", ORG), ("Orsk Group", ORG), ("TCU", ORG)];
        let found = texts(&extend_complements(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // "for the" opens a complement too, and takes an organization of the tagger's that
        // runs over lower-case words; a complement's own "of" complement joins, but not a body
        // of its own nor a team after "for the".
        let doc = DocContext::new(
            "The Society for the Protection of Orsk Birds, the Agency for Regulation and \
             Development of the Velmor Market, the Court for the Tarn District of Velmoria, the \
             Department of Physics of the University of Orsk and the Velmor League for the Orsk \
             Eagles met.",
        );
        let spans = vec![
            span(&doc, &["Protection", "of", "Orsk", "Birds"], ORG, 0.6),
            span(&doc, &["Agency", "for", "Regulation", "and", "Development"], ORG, 0.6),
            span(&doc, &["Court"], ORG, 0.6),
            span(&doc, &["Tarn", "District"], LOC, 0.6),
            span(&doc, &["Velmoria"], LOC, 0.6),
            span(&doc, &["Department", "of", "Physics"], ORG, 0.6),
            span(&doc, &["University", "of", "Orsk"], ORG, 0.6),
            span(&doc, &["Velmor", "League"], ORG, 0.6),
            span(&doc, &["Orsk", "Eagles"], ORG, 0.6),
        ];
        let spans = find_left_out_organizations(&doc, spans);
        let expected = [
            ("Society for the Protection of Orsk Birds", ORG),
            ("Agency for Regulation and Development of the Velmor Market", ORG),
            ("Court for the Tarn District of Velmoria", ORG),
            ("Department of Physics", ORG),
            ("University of Orsk", ORG),
            ("Velmor League", ORG),
            ("Orsk Eagles", ORG),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A national firm named by ordinary words and its country; a firm of its own name and
        // one closed by a legal form are firms and where they are.
        let doc = DocContext::new(
            "National Power Networks of Kazakhstan, Velmor Power of Kazakhstan and State Power \
             Co of Kazakhstan met.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["National", "Power", "Networks"], ORG),
            (&["Kazakhstan"], LOC),
            (&["Velmor", "Power"], ORG),
            (&["Kazakhstan"], LOC),
            (&["State", "Power", "Co"], ORG),
            (&["Kazakhstan"], LOC),
        ];
        let found = texts(&extend_complements(&doc, spans_in_order(&doc, &names, 0.6)), &doc);
        let expected = [
            ("National Power Networks of Kazakhstan", ORG),
            ("Velmor Power", ORG),
            ("Kazakhstan", LOC),
            ("State Power Co", ORG),
            ("Kazakhstan", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A complement's "of the" and a country's long form, which the tagger found as a place.
        let doc = DocContext::new("The Ministry of Transport of the Republic of Kazakhstan met.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Ministry", "of", "Transport"], ORG), (&["Republic", "of", "Kazakhstan"], LOC)];
        let found = texts(&extend_complements(&doc, spans_in_order(&doc, &names, 0.6)), &doc);
        let expected = [("Ministry of Transport of the Republic of Kazakhstan", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A government's nationality stays out, and a place before the run joins it.
        let doc = DocContext::new(
            "Staff of the Kazakh Trade Ministry and of the Orsk Appeals Court met in the old town.",
        );
        let spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        let spans = find_left_out_organizations(&doc, spans);
        let expected = [("Trade Ministry", ORG), ("Orsk Appeals Court", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A bank holding company's form ends a name too; "Orsk-based" is no part of it.
        let doc = DocContext::new(
            "Shares of Harbor Point Bancorp fell, and the Orsk-based Velmor Bancshares rose.",
        );
        let expected = [("Harbor Point Bancorp", ORG), ("Velmor Bancshares", ORG)];
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A firm's initials open its name before a firm's word, and only there.
        let doc = DocContext::new(
            "In 2002 she launched VTX Records, then ORSK Software and the TARN Foundation.",
        );
        let expected = [("VTX Records", ORG), ("ORSK Software", ORG)];
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // Opening a sentence, a common word and a legal form or "Holding" make a firm.
        let doc = DocContext::new("Freedom Holding rose. Liberty Group fell. Freedom Hall opened.");
        let expected = [("Freedom Holding", ORG), ("Liberty Group", ORG)];
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // Opening a sentence, two words do where the first is no common word or nationality,
        // or a nationality before a national carrier's word.
        let doc = DocContext::new(
            "Velmorex Technologies agreed. Global Systems agreed. Kazakh Police agreed. Kazakh \
             Railways agreed. Kazakh Invest agreed.",
        );
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        let expected =
            [("Velmorex Technologies", ORG), ("Kazakh Railways", ORG), ("Kazakh Invest", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // More firms' words; a firm's initials before the run open its name.
        let doc = DocContext::new("Shares of Orsk Resources rose, and V&T Global Ratings said so.");
        let spans = find_left_out_organizations(&doc, vec![span(&doc, &["V&T"], ORG, 0.8)]);
        let expected = [("Orsk Resources", ORG), ("V&T Global Ratings", ORG)];
        expect(texts(&spans, &doc), &expected);
        // A plural's possessive apostrophe stays inside the run.
        let doc = DocContext::new("He told the Foreign Investors' Council and Orsk Tarns' fans.");
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        assert_eq!(found, [("Foreign Investors' Council".to_string(), ORG)]);
        // So does an office holder's "'s" before the office's word.
        let doc = DocContext::new(
            "The Mayor's Office wrote to the Velmor's Office and the Attorney General's Office.",
        );
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        let expected = [("Mayor's Office", ORG), ("Attorney General's Office", ORG)];
        expect(found, &expected);
        // A text ending at the possessive reads no token past its end.
        for text in ["He met The Mayor's", "He met the Foreign Investors'", "The"] {
            assert!(find_left_out_organizations(&DocContext::new(text), Vec::new()).is_empty());
        }
        // A title-case headline gives none.
        let doc = DocContext::new("Velmor Trade Committee Meets Again In Orsk");
        assert!(find_left_out_organizations(&doc, Vec::new()).is_empty());
        // A nationality's body is its word alone when a complement follows (extended over it
        // by `extend_complements`); with none, one word is no name.
        let doc = DocContext::new(
            "Staff of the Kazakh Ministry of Orsk Affairs and the Kazakh Ministry met.",
        );
        let found = texts(&find_left_out_organizations(&doc, Vec::new()), &doc);
        assert_eq!(found, [("Ministry".to_string(), ORG)]);
        assert_eq!(doc.word(4), "Ministry");
    }

    #[test]
    fn a_name_cut_after_our_takes_its_dedication() {
        let doc = DocContext::new(
            "The Church of Our Lady of Velmor stands near the Chapel of Our, Dana Ruiz said. \
             Tarn Our",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Church", "of", "Our"], ORG),
            (&["Chapel", "of", "Our"], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["Tarn", "Our"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        take_in_dedications(&doc, &mut spans);
        // Nothing capitalized after "Our": the name stays as it was, and so at the text's end.
        expect(
            texts(&spans, &doc),
            &[
                ("Church of Our Lady of Velmor", ORG),
                ("Chapel of Our", ORG),
                ("Dana Ruiz", PER),
                ("Tarn Our", ORG),
            ],
        );
    }

    #[test]
    fn a_body_takes_the_place_it_is_of_but_a_named_club_or_firm_keeps_its_town_apart() {
        let doc = DocContext::new(
            "The Legislative Assembly of Velmoria met the Municipal Council of Boston, the \
             Tarnek Hockey Club of Boston, Orsk Motor Corp of Velmoria and the Federation of \
             Velmoria.",
        );
        let names: [(&[&str], NameLabel); 10] = [
            (&["Legislative", "Assembly"], ORG),
            (&["Velmoria"], LOC),
            (&["Municipal", "Council"], ORG),
            (&["Boston"], LOC),
            (&["Tarnek", "Hockey", "Club"], ORG),
            (&["Boston"], LOC),
            (&["Orsk", "Motor", "Corp"], ORG),
            (&["Velmoria"], LOC),
            (&["Federation"], ORG),
            (&["Velmoria"], LOC),
        ];
        let spans = spans_in_order(&doc, &names, 0.9);
        let found = texts(&extend_complements(&doc, spans), &doc);
        expect(
            found,
            &[
                ("Legislative Assembly of Velmoria", ORG),
                ("Municipal Council of Boston", ORG),
                ("Tarnek Hockey Club", ORG),
                ("Boston", LOC),
                ("Orsk Motor Corp", ORG),
                ("Velmoria", LOC),
                ("Federation", ORG),
                ("Velmoria", LOC),
            ],
        );
    }

    #[test]
    fn an_organization_word_alone_before_its_complement_is_one_within_a_sentence() {
        let doc = DocContext::new(
            "Tarn said the League of Velmor Rights met, and numerous Society of Orsk Engineers \
             members came. League of Tarn Rights members stayed away.",
        );
        let spans = find_left_out_organizations(&doc, vec![span(&doc, &["Tarn"], PER, 0.9)]);
        let found = texts(&extend_complements(&doc, spans), &doc);
        // The sentence's first word may be any capitalized word: its run is left alone.
        let expected =
            [("Tarn", PER), ("League of Velmor Rights", ORG), ("Society of Orsk Engineers", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_committee_left_out_after_its_chamber_is_one_organization_in_a_sentence_of_names() {
        // Five capitalized words of six: a headline's share, but "said" is prose.
        let doc = DocContext::new("The Senate Orsk Relations Committee said.");
        assert!(!is_headline(&doc, 0));
        let spans = find_left_out_organizations(&doc, vec![span(&doc, &["Senate"], ORG, 0.5)]);
        let expected = [("Senate Orsk Relations Committee", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A title-case headline keeps "with" small and has no other lower-case word.
        assert!(is_headline(&DocContext::new("Velmor Signs Deal with Orsk Over Gas"), 0));
    }

    #[test]
    fn an_organization_cut_at_its_start_takes_back_the_words_of_a_listed_name() {
        // The Wikipedia list knows "Food and Drug Administration", not "Drug Administration".
        let doc = DocContext::new(
            "Velmor told the U.S. Food and Drug Administration. The Minister of Finance and \
             Velmor Drug Administration met.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["U.S."], LOC),
            (&["Drug", "Administration"], ORG),
            (&["Drug", "Administration"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        extend_back_to_known_names(&doc, &mut spans);
        // No listed name ends the second; the place before the first stays its own.
        let expected =
            [("U.S.", LOC), ("Food and Drug Administration", ORG), ("Drug Administration", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_s_head_word_found_alone_takes_back_the_words_before_it() {
        let doc = DocContext::new(
            "Loans from the African Velmor-Tarn Bank, the Australian Coalition, the Minister \
             Commission and Orsk Fund rose.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Bank"], ORG),
            (&["Coalition"], ORG),
            (&["Commission"], ORG),
            (&["Orsk", "Fund"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        extend_back_to_known_names(&doc, &mut spans);
        // A nationality right before the head, a title, and a name of more than the head stay.
        let expected = [
            ("African Velmor-Tarn Bank", ORG),
            ("Coalition", ORG),
            ("Commission", ORG),
            ("Orsk Fund", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_union_cut_after_its_scope_word_takes_it_back() {
        let doc = DocContext::new(
            "The International Brotherhood of Velmor Workers, the National Orsk Society, the \
             Kalbrix National Federation of Tarn and the National League met.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Brotherhood", "of", "Velmor", "Workers"], ORG),
            (&["Orsk", "Society"], ORG),
            (&["Kalbrix", "National"], ORG),
            (&["Federation", "of", "Tarn"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        take_in_scope_words(&doc, &mut spans);
        // Only before a body's head, and not over another name.
        let expected = [
            ("International Brotherhood of Velmor Workers", ORG),
            ("Orsk Society", ORG),
            ("Kalbrix National", ORG),
            ("Federation of Tarn", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn general_before_a_state_body_s_head_opens_its_name() {
        let doc = DocContext::new(
            "Data from the General Administration of Velmor Customs showed it, the General \
             Staff said, and General Dana Ruiz agreed.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Administration", "of", "Velmor", "Customs"], ORG),
            (&["Staff"], PER),
            (&["Dana", "Ruiz"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        take_in_scope_words(&doc, &mut spans);
        // A head read as a person is the body; an officer's title before a name stays out.
        let expected = [
            ("General Administration of Velmor Customs", ORG),
            ("General Staff", ORG),
            ("Dana Ruiz", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn first_right_before_an_organization_opens_its_name() {
        let doc = DocContext::new(
            "Bankers at First Orsk Bank advised, and First Lady Dana Ruiz came first. Tarn \
             Capital won.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Orsk", "Bank"], ORG),
            (&["Lady", "Dana", "Ruiz"], PER),
            (&["Tarn", "Capital"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        take_in_scope_words(&doc, &mut spans);
        let expected = [("First Orsk Bank", ORG), ("Lady Dana Ruiz", PER), ("Tarn Capital", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_complement_after_an_organization_word_joins_the_name() {
        let doc = DocContext::new(
            "The Vendrix Bank for Reconstruction and Development lent Castlevane money.",
        );
        let spans = vec![
            span(&doc, &["Vendrix", "Bank"], ORG, 0.6),
            span(&doc, &["Reconstruction"], ORG, 0.4),
            span(&doc, &["Castlevane"], LOC, 0.9),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected =
            [("Vendrix Bank for Reconstruction and Development", ORG), ("Castlevane", LOC)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new("The Directorate-General for Velmor Trade opened a case.");
        let spans = vec![span(&doc, &["Directorate-General"], ORG, 0.6)];
        let found = texts(&extend_complements(&doc, spans), &doc);
        assert_eq!(found, [("Directorate-General for Velmor Trade".to_string(), ORG)]);
        // A plural head alone before its complement is one too, and a second member the
        // tagger took for an organization of its own joins it ("Google" stays its own).
        let doc = DocContext::new(
            "Staff of the Centers for Velmor and Orsk Services met the Institutes for Tarn and \
             Google.",
        );
        let spans =
            vec![span(&doc, &["Orsk", "Services"], ORG, 0.6), span(&doc, &["Google"], ORG, 0.9)];
        let found =
            texts(&extend_complements(&doc, find_left_out_organizations(&doc, spans)), &doc);
        let expected = [
            ("Centers for Velmor and Orsk Services", ORG),
            ("Institutes for Tarn", ORG),
            ("Google", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_complement_the_tagger_cut_at_and_gets_its_second_member() {
        let doc = DocContext::new(
            "The Orsk Institute of Geology and Mining hired staff from the Velmor College of \
             Surgeons and Midwives, the Tarn Bank of Commerce and Dana Ruiz, and the Orsk \
             Academy of Music and Google.",
        );
        let spans = vec![
            span(&doc, &["Orsk", "Institute", "of", "Geology"], ORG, 0.6),
            span(&doc, &["Velmor", "College", "of", "Surgeons"], ORG, 0.6),
            span(&doc, &["Midwives"], ORG, 0.3),
            span(&doc, &["Tarn", "Bank", "of", "Commerce"], ORG, 0.6),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Orsk", "Academy", "of", "Music"], ORG, 0.6),
            span(&doc, &["Google"], ORG, 0.9),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            ("Orsk Institute of Geology and Mining", ORG),
            ("Velmor College of Surgeons and Midwives", ORG),
            ("Tarn Bank of Commerce", ORG),
            ("Dana Ruiz", PER),
            ("Orsk Academy of Music", ORG),
            ("Google", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A second member of two words the tagger took for a name of its own joins too; a
        // company with its legal form does not.
        let doc = DocContext::new(
            "The Ministry of Industry and Velmor Development met the Tarn Bank of Commerce and \
             Orsk Holdings Ltd.",
        );
        let spans = vec![
            span(&doc, &["Ministry", "of", "Industry"], ORG, 0.6),
            span(&doc, &["Velmor", "Development"], ORG, 0.3),
            span(&doc, &["Tarn", "Bank", "of", "Commerce"], ORG, 0.6),
            span(&doc, &["Orsk", "Holdings", "Ltd"], ORG, 0.6),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            ("Ministry of Industry and Velmor Development", ORG),
            ("Tarn Bank of Commerce", ORG),
            ("Orsk Holdings Ltd", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A complement with its own "of" takes the second member too, found whole or read on
        // from its "of"; and a place it names takes "and the" and a region.
        let doc = DocContext::new(
            "The Center for Study of Velmor Markets and Trade, the Office for Study of Tarn \
             Rivers and Dams and the Development Bank of Latin America and the Caribbean met.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Center", "for", "Study", "of", "Velmor", "Markets"], ORG),
            (&["Trade"], ORG),
            (&["Office"], ORG),
            (&["Dams"], ORG),
            (&["Development", "Bank", "of", "Latin", "America"], ORG),
            (&["Caribbean"], LOC),
        ];
        let found = texts(&extend_complements(&doc, spans_in_order(&doc, &names, 0.6)), &doc);
        let expected = [
            ("Center for Study of Velmor Markets and Trade", ORG),
            ("Office for Study of Tarn Rivers and Dams", ORG),
            ("Development Bank of Latin America and the Caribbean", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A run ending in a body's word is a body of its own, whatever the tagger found in it.
        let doc = DocContext::new("The University of Velmby and Velmby Tarnbeck University met.");
        let second = NameSpan { a: 5, b: 5, ..span(&doc, &["Velmby"], ORG, 0.3) };
        let spans = vec![
            span(&doc, &["University", "of", "Velmby"], ORG, 0.6),
            second,
            span(&doc, &["Tarnbeck", "University"], ORG, 0.6),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected =
            [("University of Velmby", ORG), ("Velmby", ORG), ("Tarnbeck University", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_first_member_before_and_opens_the_name() {
        let doc = DocContext::new(
            "Orsk's Competition and Markets Authority met the Velmor, Tarn and Orsk Authority \
             and Dana and Tarn Authority staff.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Markets", "Authority"], ORG, 0.3),
            span(&doc, &["Orsk", "Authority"], ORG, 0.3),
            span(&doc, &["Tarn", "Authority"], ORG, 0.3),
        ];
        take_in_first_members(&doc, &mut spans);
        let expected = [
            ("Orsk", LOC),
            ("Competition and Markets Authority", ORG),
            ("Orsk Authority", ORG),
            ("Tarn Authority", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A word of no common-word list is a name of its own: a company's shape, or any.
        let doc =
            DocContext::new("VelmorGas and Orsk Oil Corporation drew Velmex and Orsk Partners.");
        let mut spans = vec![
            span(&doc, &["Orsk", "Oil", "Corporation"], ORG, 0.8),
            span(&doc, &["Orsk", "Partners"], ORG, 0.8),
        ];
        take_in_first_members(&doc, &mut spans);
        let expected = [("Orsk Oil Corporation", ORG), ("Orsk Partners", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_complement_listed_over_commas_is_one_name() {
        let doc = DocContext::new(
            "The Velmor Ministry of Trade, Industry and Energy, the Orsk Department for \
             Environment, Food and Rural Affairs and the Tarn Ministry of Finance, Dana Ruiz \
             and Ken Vale met the Velmor Ministry of Investment, Industry and Transport.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Ministry", "of", "Trade"], ORG, 0.6),
            span(&doc, &["Orsk", "Department", "for", "Environment"], ORG, 0.6),
            span(&doc, &["Food", "and", "Rural", "Affairs"], ORG, 0.5),
            span(&doc, &["Tarn", "Ministry", "of", "Finance"], ORG, 0.6),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Ken", "Vale"], PER, 0.9),
            span(&doc, &["Velmor", "Ministry", "of", "Investment"], ORG, 0.6),
            span(&doc, &["Industry"], ORG, 0.6),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            ("Velmor Ministry of Trade, Industry and Energy", ORG),
            ("Orsk Department for Environment, Food and Rural Affairs", ORG),
            // People after the comma are names of their own.
            ("Tarn Ministry of Finance", ORG),
            ("Dana Ruiz", PER),
            ("Ken Vale", PER),
            // A complement ending in an organization word ("Investment") goes on too.
            ("Velmor Ministry of Investment, Industry and Transport", ORG),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_complement_listing_subjects_takes_in_what_the_tagger_made_of_them() {
        let doc = DocContext::new(
            "The Orsk Federation of Mining, Metallurgical and Steel Workers wrote to the \
             Department of the Environment, Transport and the Regions, the Department of \
             Agriculture, Water and the Environment, the Orsk Union of Rail, Maritime and \
             Transport Workers and the Ministry of Finance, Velmor and the Tarn Bank.",
        );
        let spans = vec![
            span(&doc, &["Orsk", "Federation", "of", "Mining"], ORG, 0.6),
            span(&doc, &["Steel", "Workers"], LOC, 0.6),
            span(&doc, &["Department", "of", "the", "Environment"], ORG, 0.6),
            span(&doc, &["Transport"], ORG, 0.6),
            span(&doc, &["Department", "of", "Agriculture"], ORG, 0.6),
            span(&doc, &["Water"], ORG, 0.6),
            span(&doc, &["Orsk", "Union"], ORG, 0.6),
            span(&doc, &["Rail"], LOC, 0.6),
            span(&doc, &["Transport", "Workers"], LOC, 0.6),
            span(&doc, &["Ministry", "of", "Finance"], ORG, 0.6),
            span(&doc, &["Velmor"], LOC, 0.6),
            span(&doc, &["Tarn", "Bank"], ORG, 0.6),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            // Subject words make a member whatever the tagger took them for.
            ("Orsk Federation of Mining, Metallurgical and Steel Workers", ORG),
            // An "of the" complement's last member after "and the", and a last member of
            // subject words after "and the".
            ("Department of the Environment, Transport and the Regions", ORG),
            ("Department of Agriculture, Water and the Environment", ORG),
            // A complement of subject words the tagger took for a place, and its list.
            ("Orsk Union of Rail, Maritime and Transport Workers", ORG),
            // A place is no subject, and "and the" ends a list that lacks the "of the".
            ("Ministry of Finance", ORG),
            ("Velmor", LOC),
            ("Tarn Bank", ORG),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_name_the_tagger_cut_short_gets_the_rest_of_its_known_form() {
        let doc =
            DocContext::new("She landed at Washington Dulles International Airport on Tuesday.");
        let spans = vec![span(&doc, &["Washington"], LOC, 0.4)];
        let spans = extend_to_known_names(&doc, spans);
        let expected = [("Washington Dulles International Airport", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Pieces of the name the tagger found as names of their own join it.
        let doc = DocContext::new("Talks in Bosnia and Herzegovina ended.");
        let spans = vec![span(&doc, &["Bosnia"], LOC, 0.9), span(&doc, &["Herzegovina"], LOC, 0.9)];
        let spans = extend_to_known_names(&doc, spans);
        let expected = [("Bosnia and Herzegovina", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // So does a sea the gazetteer's natural places hold.
        let doc = DocContext::new("Ships crossed the South China Sea today.");
        let spans = vec![span(&doc, &["South", "China"], LOC, 0.9)];
        let spans = extend_to_known_names(&doc, spans);
        let expected = [("South China Sea", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A name already whole, or followed by another name, stays as it is.
        let doc = DocContext::new("Washington and Castlevane talked.");
        let spans =
            vec![span(&doc, &["Washington"], LOC, 0.9), span(&doc, &["Castlevane"], LOC, 0.9)];
        let spans = extend_to_known_names(&doc, spans);
        let expected = [("Washington", LOC), ("Castlevane", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A title after the name leads a person (the list holds "U.S. Secretary of State").
        let doc = DocContext::new("U.S. Secretary of State Dana Ruiz left.");
        let spans = vec![span(&doc, &["U.S."], LOC, 0.4), span(&doc, &["Dana", "Ruiz"], PER, 0.9)];
        let spans = extend_to_known_names(&doc, spans);
        let expected = [("U.S.", LOC), ("Dana Ruiz", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // So does an office the list holds, with its holder right after it; alone, it is the
        // list's name.
        let doc = DocContext::new("Assistant U.S. Attorney Dana Ruiz and the U.S. Attorney met.");
        let names: [(&[&str], NameLabel); 3] =
            [(&["U.S."], LOC), (&["Dana", "Ruiz"], PER), (&["U.S."], LOC)];
        let spans = extend_to_known_names(&doc, spans_in_order(&doc, &names, 0.5));
        let expected = [("U.S.", LOC), ("Dana Ruiz", PER), ("U.S. Attorney", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_followed_by_an_organization_word_names_that_organization() {
        let doc = DocContext::new(
            "Pupils of Bishop Tamsin High School, Dana Vale Industries Inc and Tomas Redd Cup met.",
        );
        let spans = vec![
            span(&doc, &["Tamsin"], PER, 0.4),
            span(&doc, &["Dana", "Vale"], PER, 0.6),
            span(&doc, &["Industries", "Inc"], ORG, 0.6),
            span(&doc, &["Tomas", "Redd"], PER, 0.6),
        ];
        let found = texts(&extend_eponyms(&doc, spans), &doc);
        let expected = [
            ("Bishop Tamsin High School", ORG),
            ("Dana Vale Industries Inc", ORG),
            ("Tomas Redd", PER),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_right_before_an_institution_the_tagger_found_names_it() {
        let doc = DocContext::new(
            "He taught at the Dana H. Vale School of Advanced Studies, where Tom Orsk Board of \
             Trade officials met.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "H.", "Vale"], PER),
            (&["School", "of", "Advanced", "Studies"], ORG),
            (&["Tom", "Orsk"], PER),
            (&["Board", "of", "Trade"], ORG),
        ];
        let found = texts(&extend_eponyms(&doc, spans_in_order(&doc, &names, 0.9)), &doc);
        let expected = [
            ("Dana H. Vale School of Advanced Studies", ORG),
            ("Tom Orsk", PER),
            ("Board of Trade", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_taken_with_an_institutions_word_is_the_institution() {
        let doc = DocContext::new(
            "The Dana Vale Institute and Tom Orsk University said Ken and Lee Brisk agreed at \
             Sir Kai Tarn Academy and Ilse Park Medical Center.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Dana", "Vale", "Institute"], PER),
            (&["Tom", "Orsk", "University"], PER),
            (&["Ken"], PER),
            (&["Lee", "Brisk"], PER),
            (&["Kai", "Tarn", "Academy"], PER),
            (&["Ilse", "Park", "Medical", "Center"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_eponym_institutions(&doc, &mut spans);
        // The title before the person is part of the institution's name.
        let expected = [
            ("Dana Vale Institute", ORG),
            ("Tom Orsk University", ORG),
            ("Ken", PER),
            ("Lee Brisk", PER),
            ("Sir Kai Tarn Academy", ORG),
            ("Ilse Park Medical Center", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Named before the complements are read, the institution takes its own.
        let doc =
            DocContext::new("She taught at the Kofi Mensah University of Science and Technology.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Kofi", "Mensah", "University"], PER), (&["Science"], LOC)];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_eponym_institutions(&doc, &mut spans);
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [("Kofi Mensah University of Science and Technology", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_force_or_party_takes_in_its_nationality_or_number() {
        let doc = DocContext::new(
            "The Chilean Air Force, the Sixth Fleet, Finland Coast Guard and the Orsk Party met the Finance Ministry.",
        );
        let spans = vec![
            span(&doc, &["Air", "Force"], ORG, 0.6),
            span(&doc, &["Fleet"], ORG, 0.6),
            span(&doc, &["Finland"], LOC, 0.9),
            span(&doc, &["Coast", "Guard"], ORG, 0.6),
            span(&doc, &["Orsk", "Party"], ORG, 0.6),
            span(&doc, &["Finance", "Ministry"], ORG, 0.6),
        ];
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        let expected = [
            ("Chilean Air Force", ORG),
            ("Sixth Fleet", ORG),
            ("Finland Coast Guard", ORG),
            ("Orsk Party", ORG),
            ("Finance Ministry", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A sentence's first word, and an ordinal before a party, stay out.
        let doc = DocContext::new("Rebels attacked. Navy ships left; the Third Party ran.");
        let spans = vec![span(&doc, &["Navy"], ORG, 0.6), span(&doc, &["Party"], ORG, 0.6)];
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        assert_eq!(found, [("Navy".to_string(), ORG), ("Party".to_string(), ORG)]);
        assert!(is_rank("82nd") && is_rank("3") && is_rank("Twelfth"));
        // A national body's nationality is part of its name; a ministry's is not.
        let doc = DocContext::new(
            "The Scottish Football Association and the Icelandic Meteorological Office wrote to \
             the French Interior Ministry.",
        );
        let spans = vec![
            span(&doc, &["Football", "Association"], ORG, 0.6),
            span(&doc, &["Meteorological", "Office"], ORG, 0.6),
            span(&doc, &["Interior", "Ministry"], ORG, 0.6),
        ];
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        let expected = [
            ("Scottish Football Association", ORG),
            ("Icelandic Meteorological Office", ORG),
            ("Interior Ministry", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // An airline's nationality is part of its name.
        let doc = DocContext::new(
            "Flights by Austrian Airlines, Nordic Regional Airways and Korean Air Lines.",
        );
        let spans = vec![
            span(&doc, &["Airlines"], ORG, 0.6),
            span(&doc, &["Regional", "Airways"], ORG, 0.6),
            span(&doc, &["Air", "Lines"], ORG, 0.6),
        ];
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        let expected = [
            ("Austrian Airlines", ORG),
            ("Nordic Regional Airways", ORG),
            ("Korean Air Lines", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A national or state body takes its nationality, and an eponym before it.
        let doc = DocContext::new(
            "He left Al-Velmori Kazakh National University for the Uzbek State Library. \
             Tarnov Kazakh National Bank opened, and Monday Kazakh State Fund closed.",
        );
        let spans = ["University", "Library", "Bank", "Fund"]
            .map(|w| {
                let (a, _) = doc.words().iter().enumerate().find(|(_, &x)| x == w).unwrap();
                NameSpan { a: a - 1, b: a, label: ORG, conf: 0.6 }
            })
            .to_vec();
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        let expected = [
            "Al-Velmori Kazakh National University",
            "Uzbek State Library",
            "Kazakh National Bank",
            "Kazakh State Fund",
        ];
        assert_eq!(found, expected.map(|w| (w.to_string(), ORG)));
        // A city the tagger read as a place names its state's company; before another body
        // it stays a place.
        let doc = DocContext::new("Dubai National Oil Company and Dubai Oil Company met.");
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dubai"], LOC),
            (&["National", "Oil", "Company"], ORG),
            (&["Dubai"], LOC),
            (&["Oil", "Company"], ORG),
        ];
        let spans = spans_in_order(&doc, &names, 0.6);
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        let expected = [("Dubai National Oil Company", ORG), ("Dubai", LOC), ("Oil Company", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        assert!(!is_rank("1996") && !is_rank("Second-hand") && !is_rank("B52"));
    }

    #[test]
    fn a_place_or_a_second_organization_after_the_connector_stays_apart() {
        let doc = DocContext::new(
            "A loan from Vendrix Bank for Castlevane, and the Tamsin Institute for Fiscal Studies and Orvell University.",
        );
        let spans = vec![
            span(&doc, &["Vendrix", "Bank"], ORG, 0.6),
            span(&doc, &["Castlevane"], LOC, 0.9),
            span(&doc, &["Tamsin", "Institute"], ORG, 0.6),
            span(&doc, &["Orvell", "University"], ORG, 0.8),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            ("Vendrix Bank", ORG),
            ("Castlevane", LOC),
            ("Tamsin Institute for Fiscal Studies", ORG),
            ("Orvell University", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A country ends its body's name, but the first part of a country's name does not.
        let doc = DocContext::new(
            "The Development Bank of Kazakhstan and Velmorek holding met the Central Bank of \
             Bosnia and Herzegovina.",
        );
        let spans = vec![
            span(&doc, &["Development", "Bank", "of", "Kazakhstan"], ORG, 0.6),
            span(&doc, &["Velmorek"], ORG, 0.3),
            span(&doc, &["Central", "Bank", "of", "Bosnia"], ORG, 0.6),
        ];
        let found = texts(&extend_complements(&doc, spans), &doc);
        let expected = [
            ("Development Bank of Kazakhstan", ORG),
            ("Velmorek", ORG),
            ("Central Bank of Bosnia and Herzegovina", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_unit_named_by_its_ordinal_is_an_organization() {
        let doc = DocContext::new(
            "The 212th was raised near Orsk, and the regiment crossed the river. In the 19th \
             century the 212th fought twice; on the 20th of May the 212th also marched.",
        );
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        find_unit_ordinals(&doc, &mut spans);
        let units: Vec<usize> = spans.iter().filter(|s| s.label == ORG).map(|s| s.a).collect();
        assert_eq!(units.len(), 3, "{:?}", texts(&spans, &doc));
        assert!(units.iter().all(|&i| doc.word(i) == "212th"));
        // With no unit in the document, an ordinal before a verb stays no name.
        let doc = DocContext::new("The 14th was a fine day, and the 15th ended the tour.");
        let mut spans = Vec::new();
        find_unit_ordinals(&doc, &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn a_company_cut_before_its_legal_form_s_run_is_joined() {
        let doc = DocContext::new(
            "Torvane Financial Group Inc bought Port Orsk-based Velmor Holdings Ltd and Tarvel Corp \
             from Velmor VTF Financial Group.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["Torvane"], ORG),
            (&["Group", "Inc"], ORG),
            (&["Port"], ORG),
            (&["Velmor", "Holdings", "Ltd"], ORG),
            (&["Tarvel", "Corp"], ORG),
            (&["Velmor"], ORG),
            (&["Financial", "Group"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        join_cut_companies(&doc, &mut spans);
        let expected = [
            ("Torvane Financial Group Inc", ORG),
            ("Port", ORG),
            ("Velmor Holdings Ltd", ORG),
            ("Tarvel Corp", ORG),
            ("Velmor VTF Financial Group", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A place opens the company over a word no name holds; right before it, it stays.
        let doc = DocContext::new("Velmora Great Orsk Industry Corp. and Tarnia Karsk Corp. met.");
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmora"], LOC),
            (&["Orsk", "Industry", "Corp."], ORG),
            (&["Tarnia"], LOC),
            (&["Karsk", "Corp."], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        join_cut_companies(&doc, &mut spans);
        let expected =
            [("Velmora Great Orsk Industry Corp.", ORG), ("Tarnia", LOC), ("Karsk Corp.", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A joint-stock company's form the tagger took for a name of its own.
        let doc = DocContext::new("Velmora Railways CJSC and Orskneftegaz JSC said so.");
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmora"], LOC), (&["CJSC"], ORG), (&["Orskneftegaz"], ORG), (&["JSC"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        join_cut_companies(&doc, &mut spans);
        let expected = [("Velmora Railways CJSC", ORG), ("Orskneftegaz JSC", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A place of several words right before the form; a heading repeated before the name;
        // a founder's surname right before the firm, but not a full name.
        let doc = DocContext::new(
            "Minera Orsk Blanca S.A. Tarvel Airways Tarvel Airways Ltd Ruiz Precision Corp. and \
             Dana Vale Tarn Corp. met.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Minera", "Orsk", "Blanca"], LOC),
            (&["S.A."], ORG),
            (&["Tarvel", "Airways"], ORG),
            (&["Tarvel", "Airways", "Ltd"], ORG),
            (&["Ruiz"], PER),
            (&["Precision", "Corp."], ORG),
            (&["Dana", "Vale"], PER),
            (&["Tarn", "Corp."], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        join_cut_companies(&doc, &mut spans);
        let expected = [
            ("Minera Orsk Blanca S.A.", ORG),
            ("Tarvel Airways", ORG),
            ("Tarvel Airways Ltd", ORG),
            ("Ruiz Precision Corp.", ORG),
            ("Dana Vale", PER),
            ("Tarn Corp.", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn partners_listed_before_a_partnership_s_last_partner_are_its_name() {
        let doc = DocContext::new(
            "He hired Velmor, Tarn and Company and Orsk, Karsk & Sons; the Orsk Bank, Lund and \
             Company did not bid.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Velmor"], LOC),
            (&["Tarn", "and", "Company"], ORG),
            (&["Orsk"], PER),
            (&["Karsk", "&", "Sons"], ORG),
            (&["Lund", "and", "Company"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        join_partnerships(&doc, &mut spans);
        // A capitalized name running into the first partner makes a list, found or not.
        let expected = [
            ("Velmor, Tarn and Company", ORG),
            ("Orsk, Karsk & Sons", ORG),
            ("Lund and Company", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn dotted_initials_or_a_legal_form_after_an_organization_close_its_name() {
        let doc = DocContext::new(
            "He met Orsk A.F.C. players and Tarvel Rovers in the U.S. last year; Velmor Group \
             plc and Karsk Co ltd paid Dana Vale A.B. and Tarn Taverns plc.",
        );
        let per = NameLabel::Person;
        let names: [(&[&str], NameLabel); 7] = [
            (&["Orsk"], ORG),
            (&["Tarvel", "Rovers"], ORG),
            (&["U.S."], LOC),
            (&["Velmor", "Group"], ORG),
            (&["Karsk", "Co"], ORG),
            (&["Dana", "Vale"], per),
            (&["Tarn", "Taverns"], per),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        close_with_initials_or_forms(&doc, &mut spans);
        // A firm's legal form closes it too, the British "plc" but not a writer's "ltd".
        let expected = [
            ("Orsk A.F.C.", ORG),
            ("Tarvel Rovers", ORG),
            ("U.S.", LOC),
            ("Velmor Group plc", ORG),
            ("Karsk Co", ORG),
            // A person's initials stay out; a form after a "person" makes it a company.
            ("Dana Vale", per),
            ("Tarn Taverns plc", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Central Europe's lower-case forms with their stops are registered so.
        let doc = DocContext::new("Tarn Gas a.s. and Velmor Lithium d.o.o. signed.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Tarn", "Gas"], ORG), (&["Velmor", "Lithium"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        close_with_initials_or_forms(&doc, &mut spans);
        let expected = [("Tarn Gas a.s.", ORG), ("Velmor Lithium d.o.o.", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_ordinal_before_a_numbered_court_opens_its_name() {
        let doc = DocContext::new(
            "The 11th U.S. Circuit Court of Appeals and the 3rd District Court overruled the \
             5th Velmor Court and 10 District Judges.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["U.S.", "Circuit", "Court", "of", "Appeals"], ORG),
            (&["District", "Court"], ORG),
            (&["Velmor", "Court"], ORG),
            (&["District", "Judges"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        take_in_court_ordinals(&doc, &mut spans);
        // No circuit's or district's word opens "Velmor Court"; a bare number is no ordinal.
        let expected = [
            ("11th U.S. Circuit Court of Appeals", ORG),
            ("3rd District Court", ORG),
            ("Velmor Court", ORG),
            ("District Judges", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_ordinal_before_a_unit_s_acronym_opens_its_name() {
        let doc = DocContext::new(
            "The brigade held the 41st OVR, 7th TLX and 12 QRB in reserve near the 3rd HQ.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["OVR"], ORG), (&["TLX"], ORG), (&["QRB"], ORG), (&["HQ"], LOC)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        take_in_ordinal_acronyms(&doc, &mut spans);
        let expected = [("41st OVR", ORG), ("7th TLX", ORG), ("QRB", ORG), ("HQ", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // With no unit in the document, the ordinal stays out ("the 5th NBA season").
        let doc = DocContext::new("It was the 5th OVR season in a row.");
        let mut spans = vec![span(&doc, &["OVR"], ORG, 0.5)];
        take_in_ordinal_acronyms(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("OVR".to_string(), ORG)]);
    }

    #[test]
    fn a_run_ending_in_a_media_firm_s_word_is_an_organization() {
        let doc = DocContext::new("The album came out through Velmor Drift Records in Orsk.");
        let spans = find_left_out_organizations(&doc, vec![span(&doc, &["Orsk"], LOC, 0.9)]);
        let expected = [("Velmor Drift Records", ORG), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new(
            "Backers include Tarnex Ventures, Orlo Therapeutics, Emir Velmor Trading and Kelvo \
             Distribution.",
        );
        let spans = find_left_out_organizations(&doc, Vec::new());
        let expected = [
            ("Tarnex Ventures", ORG),
            ("Orlo Therapeutics", ORG),
            ("Emir Velmor Trading", ORG),
            ("Kelvo Distribution", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_run_ending_in_a_publication_s_word_is_an_organization() {
        let doc = DocContext::new(
            "The Velmor Telegraph quoted the Orsk Herald. It ran in The Gazette and The \
             Monitor today. The Gazette agreed.",
        );
        let spans = find_left_out_organizations(&doc, Vec::new());
        let expected =
            [("Velmor Telegraph", ORG), ("Orsk Herald", ORG), ("Gazette", ORG), ("Monitor", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_numbered_unit_is_an_organization() {
        let doc =
            DocContext::new("The XII Corps crossed at Orsk; VI Corps held and Corps units rested.");
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        find_numbered_units(&doc, &mut spans);
        let expected = [("XII Corps", ORG), ("Orsk", LOC), ("VI Corps", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new(
            "The 3rd Infantry Division and the 412th Air Division met the 2nd Orsk Regiment in \
             the 19th century.",
        );
        let mut spans =
            vec![span(&doc, &["Infantry", "Division"], ORG, 0.4), span(&doc, &["Orsk"], LOC, 0.9)];
        find_numbered_units(&doc, &mut spans);
        let expected = [("3rd Infantry Division", ORG), ("412th Air Division", ORG), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_hall_of_fame_and_the_words_naming_it_are_an_organization() {
        let doc = DocContext::new(
            "The Velmor Hockey Hall of Fame took him, as did Orsk Canada's Hall of Fame, the \
             University of Tarn Women's Rowing Hall of Honor and a future Hall of Fame coach, \
             a Tarn Hall of Fame member.",
        );
        let mut spans = vec![
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["Orsk", "Canada"], ORG, 0.9),
            span(&doc, &["University", "of", "Tarn"], ORG, 0.9),
        ];
        find_halls_of_fame(&doc, &mut spans);
        let expected = [
            ("Velmor Hockey Hall of Fame", ORG),
            ("Orsk Canada's Hall of Fame", ORG),
            ("University of Tarn Women's Rowing Hall of Honor", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_body_after_an_owner_s_possessive_is_an_organization_of_its_own() {
        let doc = DocContext::new(
            "The Velmor Institute's Center for Orsk Studies, the Treasury's Office of Trade, \
             Orsk County Sheriff's Office, Velmor People's Party, Ruiz's Bureau and Tarn County \
             Attorney's Office met.",
        );
        let mut spans = vec![
            span(
                &doc,
                &["Velmor", "Institute", "'s", "Center", "for", "Orsk", "Studies"],
                ORG,
                0.9,
            ),
            span(&doc, &["Treasury", "'s", "Office", "of", "Trade"], ORG, 0.9),
            span(&doc, &["Orsk", "County", "Sheriff", "'s", "Office"], ORG, 0.9),
            span(&doc, &["Velmor", "People", "'s", "Party"], ORG, 0.9),
            span(&doc, &["Ruiz", "'s", "Bureau"], ORG, 0.9),
            span(&doc, &["Tarn", "County", "Attorney", "'s", "Office"], ORG, 0.9),
        ];
        split_owned_bodies(&doc, &mut spans);
        // A title ("Sheriff"), an officer, people and a surname ("Ruiz") own no body apart.
        let expected = [
            ("Velmor Institute", ORG),
            ("Center for Orsk Studies", ORG),
            ("Treasury", ORG),
            ("Office of Trade", ORG),
            ("Orsk County Sheriff's Office", ORG),
            ("Velmor People's Party", ORG),
            ("Ruiz's Bureau", ORG),
            ("Tarn County Attorney's Office", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_named_by_two_subjects_joins_the_first() {
        let doc = DocContext::new(
            "The House Ways and Means Committee met the Test and Orsk Cricket Board, Velmora \
             and Tarn Cricket Board and Dana Ruiz and Finance Committee members.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["House", "Ways"], ORG),
            (&["Means", "Committee"], ORG),
            (&["Orsk", "Cricket", "Board"], ORG),
            (&["Velmora"], LOC),
            (&["Tarn", "Cricket", "Board"], ORG),
            (&["Dana", "Ruiz"], PER),
            (&["Finance", "Committee"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        join_subject_pairs(&doc, &mut spans);
        // "Orsk" (a subject no list knows as an ordinary word) opens no pair; "Ruiz" neither.
        let expected = [
            ("House Ways and Means Committee", ORG),
            ("Orsk Cricket Board", ORG),
            ("Velmora", LOC),
            ("Tarn Cricket Board", ORG),
            ("Dana Ruiz", PER),
            ("Finance Committee", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_company_named_by_two_subjects_joins_the_first_before_its_legal_form() {
        let doc = DocContext::new(
            "Orsk Gas and Electric Co. bought plants from Velmor and Tarnyol Holdings Inc. in May; \
             Orsk Power and Water Authority left the Gaza Strip and West Bank, and Velmora Road \
             and Bridge Corporation came.",
        );
        let names: [(&[&str], NameLabel); 9] = [
            (&["Orsk", "Gas"], ORG),
            (&["Electric", "Co."], ORG),
            (&["Tarnyol", "Holdings", "Inc."], ORG),
            (&["Orsk", "Power"], ORG),
            (&["Water", "Authority"], LOC),
            (&["Gaza", "Strip"], LOC),
            (&["West", "Bank"], LOC),
            (&["Velmora"], LOC),
            (&["Bridge", "Corporation"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        join_subject_pairs(&doc, &mut spans);
        // "Velmor" is no ordinary word: two companies. The tagger's place "Water Authority"
        // is the second member of a body's name; the gazetteer's "West Bank" is a place. A
        // place may open the first member ("Velmora Road").
        let expected = [
            ("Orsk Gas and Electric Co.", ORG),
            ("Tarnyol Holdings Inc.", ORG),
            ("Orsk Power and Water Authority", ORG),
            ("Gaza Strip", LOC),
            ("West Bank", LOC),
            ("Velmora Road and Bridge Corporation", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_word_and_a_body_opening_with_a_common_word_are_one_organization() {
        let doc = DocContext::new(
            "The Treasury and Finance Ministry met; Velmor and Gas Development Company met; Tarn, \
             Orsk and Trade Development Authority met; Kazakhstan and Development Bank of Orsk met; \
             the Coffee, Sugar and Cocoa Exchange met.",
        );
        let names: [(&[&str], NameLabel); 10] = [
            (&["Treasury"], ORG),
            (&["Finance", "Ministry"], ORG),
            (&["Gas", "Development", "Company"], LOC),
            (&["Tarn"], LOC),
            (&["Orsk"], LOC),
            (&["Trade", "Development", "Authority"], ORG),
            (&["Kazakhstan"], LOC),
            (&["Development", "Bank", "of", "Orsk"], ORG),
            (&["Sugar"], ORG),
            (&["Cocoa", "Exchange"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        join_paired_bodies(&doc, &mut spans);
        // A list's last member and a country stay apart.
        let expected = [
            ("Treasury and Finance Ministry", ORG),
            ("Velmor and Gas Development Company", ORG),
            ("Tarn", LOC),
            ("Orsk", LOC),
            ("Trade Development Authority", ORG),
            ("Kazakhstan", LOC),
            ("Development Bank of Orsk", ORG),
            // A list whose members are all subject words is the name's.
            ("Coffee, Sugar and Cocoa Exchange", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn two_places_joined_by_and_open_a_local_body_s_name() {
        let doc = DocContext::new(
            "Devon and Cornwall Police, Calderdale and Huddersfield Foundation Trust, Alpha \
             Velmor and Leeds Investment Authority, Trafford Council and Leeds Council met \
             Velmarsh and Tarnfens Police and Kent and Orskfens Police.",
        );
        let names: [(&[&str], NameLabel); 12] = [
            (&["Devon"], LOC),
            (&["Cornwall", "Police"], ORG),
            (&["Calderdale"], ORG),
            (&["Huddersfield", "Foundation", "Trust"], ORG),
            (&["Alpha", "Velmor"], ORG),
            (&["Leeds", "Investment", "Authority"], ORG),
            (&["Trafford", "Council"], ORG),
            (&["Leeds", "Council"], ORG),
            (&["Velmarsh"], ORG),
            (&["Tarnfens", "Police"], ORG),
            (&["Kent"], LOC),
            (&["Orskfens", "Police"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        join_paired_bodies(&doc, &mut spans);
        // A name of two words before the "and", or one ending in a body's word, stays apart.
        let expected = [
            ("Devon and Cornwall Police", ORG),
            ("Calderdale and Huddersfield Foundation Trust", ORG),
            ("Alpha Velmor", ORG),
            ("Leeds Investment Authority", ORG),
            ("Trafford Council", ORG),
            ("Leeds Council", ORG),
            ("Velmarsh and Tarnfens Police", ORG),
            ("Kent", LOC),
            ("Orskfens Police", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_country_and_a_person_of_foreign_words_after_it_are_one_organization() {
        // The gazetteer knows France, Spain and Italy as countries, "Anna" as a first name and
        // "Rossi" as a surname; "Velmor", "Zholdy", "Tarnyol" it knows not at all.
        let doc = DocContext::new(
            "France Velmor Zholdy bought wagons; Spain Velmor Tarnyol and Italy Anna Rossi agreed.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["France"], LOC),
            (&["Velmor", "Zholdy"], PER),
            (&["Spain"], LOC),
            (&["Velmor", "Tarnyol"], PER),
            (&["Italy"], LOC),
            (&["Anna", "Rossi"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        join_national_companies(&doc, &mut spans);
        // A known surname ends a person's name.
        let expected = [
            ("France Velmor Zholdy", ORG),
            ("Spain Velmor Tarnyol", ORG),
            ("Italy", LOC),
            ("Anna Rossi", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_country_and_a_body_of_words_after_it_are_one_organization() {
        let doc = DocContext::new(
            "France Velmor Engineering Corporation and Spain Tarn Guide met Italy NTRB and \
             Spain Senate staff.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["France"], LOC),
            (&["Velmor", "Engineering", "Corporation"], ORG),
            (&["Spain"], LOC),
            (&["Tarn", "Guide"], ORG),
            (&["Italy"], LOC),
            (&["NTRB"], ORG),
            (&["Spain"], LOC),
            (&["Senate"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        join_national_companies(&doc, &mut spans);
        // No body's word ends "Tarn Guide"; an acronym or a single word is a body of its own.
        let expected = [
            ("France Velmor Engineering Corporation", ORG),
            ("Spain", LOC),
            ("Tarn Guide", ORG),
            ("Italy", LOC),
            ("NTRB", ORG),
            ("Spain", LOC),
            ("Senate", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // A region opens its own body's name ("Ohio" + "Republican State Committee"), but
        // not a name in its own language.
        let doc = DocContext::new("Ohio Republican State Committee and Ohio Velmor Zholdy met.");
        let names: [(&[&str], NameLabel); 4] = [
            (&["Ohio"], LOC),
            (&["Republican", "State", "Committee"], ORG),
            (&["Ohio"], LOC),
            (&["Velmor", "Zholdy"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        join_national_companies(&doc, &mut spans);
        let expected =
            [("Ohio Republican State Committee", ORG), ("Ohio", LOC), ("Velmor Zholdy", PER)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_country_or_city_before_an_organization_word_left_out_names_the_body() {
        // The gazetteer knows France, Paris and Rome, not "Velmora".
        let doc = DocContext::new(
            "France Railways, Paris Telecom Group, the Rome League of Anglers and Velmora Bank \
             met in Rome.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["France"], LOC),
            (&["Paris"], LOC),
            (&["Rome"], LOC),
            (&["Velmora"], LOC),
            (&["Rome"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        take_in_heads_after_places(&doc, &mut spans);
        // "Telecom Group" goes on; "League" has its complement; "Velmora" is no known place.
        let expected = [
            ("France Railways", ORG),
            ("Paris", LOC),
            ("Rome", LOC),
            ("Velmora", LOC),
            ("Rome", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_party_before_party_takes_in_its_nationality_through_the_document() {
        let doc = DocContext::new(
            "The ruling Kazakh Velmor Dream party won. Its founder left Kazakh Velmor Dream, \
             not Kazakh Dream.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmor", "Dream"], ORG), (&["Velmor", "Dream"], ORG), (&["Dream"], ORG)];
        let spans = crate::names::resolve::test_support::spans_in_order(&doc, &names, 0.6);
        let found = texts(&take_in_nationalities(&doc, spans), &doc);
        // Another name after the same nationality keeps its words.
        let expected = [("Kazakh Velmor Dream", ORG), ("Kazakh Velmor Dream", ORG), ("Dream", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_nationality_before_an_air_ending_the_name_is_an_airline() {
        use NameLabel::Other as MISC;
        let doc = DocContext::new(
            "Korean Air said Indian Air Force jets and Kazakh Air planes flew; Korean air was clean. \
             Flights by Wizzo Air resumed. Fresh Air aired.",
        );
        let mut spans = vec![
            span(&doc, &["Korean", "Air"], MISC, 0.6),
            span(&doc, &["Indian", "Air", "Force"], ORG, 0.9),
            span(&doc, &["Kazakh"], LOC, 0.6),
        ];
        take_in_airlines(&doc, &mut spans);
        let expected = [
            ("Korean Air", ORG),
            ("Indian Air Force", ORG),
            ("Kazakh Air", ORG),
            ("Wizzo Air", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // The tagger's lone "Air", or "Air" apart from the word before it, is the airline's end.
        let doc = DocContext::new("It closed. Korean Air said that budget carrier Tway Air won.");
        let names: [(&[&str], NameLabel); 3] = [(&["Air"], ORG), (&["Tway"], ORG), (&["Air"], ORG)];
        let mut spans = crate::names::resolve::test_support::spans_in_order(&doc, &names, 0.9);
        take_in_airlines(&doc, &mut spans);
        let expected = [("Korean Air", ORG), ("Tway Air", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_after_a_members_noun_and_of_names_a_union_with_it() {
        let doc = DocContext::new(
            "The Velmor Workers of Orsk and the United Farmers of Tarn met. Leaders of Orsk \
             came; Tom Vale Farmers of Tarn left.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Orsk"], LOC),
            (&["Tarn"], LOC),
            (&["Orsk"], LOC),
            (&["Tom", "Vale"], NameLabel::Person),
            (&["Tarn"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        find_members_bodies(&doc, &mut spans);
        let expected = [
            ("Velmor Workers of Orsk", ORG),
            ("United Farmers of Tarn", ORG),
            ("Orsk", LOC),
            ("Tom Vale", NameLabel::Person),
            ("Tarn", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_league_left_out_is_an_organization_unless_named_by_its_tier() {
        let doc = DocContext::new(
            "The Velmor Action League, the National Hockey League, the Danish Super League, \
             the American League, Major League Velmorball and the Orsk League Cup met. \
             League officials and The Tarn Farmers League agreed.",
        );
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        find_leagues(&doc, &mut spans);
        let expected = [
            ("Velmor Action League", ORG),
            ("National Hockey League", ORG),
            ("Orsk", LOC),
            ("Tarn Farmers League", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn air_before_a_country_or_city_names_an_airline() {
        // The gazetteer knows France and Paris, not "Velmora".
        let doc = DocContext::new(
            "About 100 Air France workers and Air Paris staff met Air Velmora crews in Rome. \
             Shares in Air Rome and Air Velmora rose.",
        );
        // The tagger took "Air Rome" and "Air Velmora" for places the second time.
        let mut spans = spans_in_order(
            &doc,
            &[
                (&["France"], LOC),
                (&["Paris"], LOC),
                (&["Velmora"], LOC),
                (&["Rome"], LOC),
                (&["Air", "Rome"], LOC),
                (&["Air", "Velmora"], LOC),
            ],
            0.9,
        );
        take_in_airlines(&doc, &mut spans);
        let expected = [
            ("Air France", ORG),
            ("Air Paris", ORG),
            ("Velmora", LOC),
            ("Rome", LOC),
            ("Air Rome", ORG),
            ("Air Velmora", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_deliberating_body_left_out_before_its_complement_is_an_organization() {
        let doc = DocContext::new(
            "Fellows of the Council on Velmor Relations and the Committee on Orsk Investment \
             in Tarn met the Council for Orsk Security and Cooperation; the Council of Europe \
             and the Committee on Monday did not.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk", "Investment"], ORG, 0.6),
            span(&doc, &["Tarn"], LOC, 0.9),
            span(&doc, &["Europe"], LOC, 0.9),
        ];
        find_deliberating_bodies(&doc, &mut spans);
        // A place in the complement ("Europe") or a date after "on" makes none.
        let expected = [
            ("Council on Velmor Relations", ORG),
            ("Committee on Orsk Investment", ORG),
            ("Tarn", LOC),
            ("Council for Orsk Security and Cooperation", ORG),
            ("Europe", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_station_takes_its_number() {
        let doc = DocContext::new("She was on Orsk Radio 2 and Velmor TV 3, then on Brill Radio.");
        let mut spans = vec![
            span(&doc, &["Orsk", "Radio"], ORG, 0.5),
            span(&doc, &["Velmor", "TV"], ORG, 0.5),
            span(&doc, &["Brill", "Radio"], ORG, 0.5),
        ];
        number_stations(&doc, &mut spans);
        let expected = [("Orsk Radio 2", ORG), ("Velmor TV 3", ORG), ("Brill Radio", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_ordinary_noun_before_a_place_or_a_body_names_the_body() {
        let doc = DocContext::new(
            "It was flagged by Audit Scotland and by Cricket Australia, not in Central \
             Kazakhstan; they called Crime Velstop and the Socialist Orsk Party, and paramedics \
             from Rural Scotland came.",
        );
        let mut spans = vec![
            span(&doc, &["Scotland"], LOC, 0.9),
            span(&doc, &["Australia"], LOC, 0.9),
            span(&doc, &["Kazakhstan"], LOC, 0.9),
            span(&doc, &["Velstop"], ORG, 0.9),
            span(&doc, &["Orsk", "Party"], ORG, 0.9),
        ];
        spans.push(NameSpan { a: doc.len() - 3, b: doc.len() - 3, label: LOC, conf: 0.9 });
        join_nouns_before_names(&doc, &mut spans);
        let expected = [
            ("Audit Scotland", ORG),
            ("Cricket Australia", ORG),
            ("Kazakhstan", LOC),
            ("Crime Velstop", ORG),
            // No noun, but an adjective after "the" that opens the party's name.
            ("Socialist Orsk Party", ORG),
            ("Scotland", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
        // A dateline's town after a headline run into it is no body's name.
        let doc = DocContext::new("Velmora prepares to Join ORSK, Sept 10 (Tarn News) - It did.");
        let mut spans = vec![span(&doc, &["ORSK"], LOC, 0.9)];
        join_nouns_before_names(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("ORSK", LOC)]);
    }

    #[test]
    fn a_body_opening_with_a_noun_takes_the_unknown_word_before_it() {
        let doc = DocContext::new(
            "At the Tarnby-Velk Cancer Institute, the All-Time Dream Team and the Velmorian \
             Interior Ministry.",
        );
        let mut spans = vec![
            span(&doc, &["Cancer", "Institute"], ORG, 0.9),
            span(&doc, &["Dream", "Team"], ORG, 0.9),
            span(&doc, &["Interior", "Ministry"], ORG, 0.9),
        ];
        join_nouns_before_names(&doc, &mut spans);
        let expected = [
            ("Tarnby-Velk Cancer Institute", ORG),
            ("Dream Team", ORG),
            ("Interior Ministry", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_adjective_after_the_opens_the_body_s_name_but_not_a_region_s_people() {
        let doc = DocContext::new(
            "Approval came from the Prudential Savings Authority, the Tarvonian Audit Office and \
             the Cultural Heritage Agency; a Regional Audit Commission met.",
        );
        let mut spans = vec![
            span(&doc, &["Savings", "Authority"], ORG, 0.9),
            span(&doc, &["Audit", "Office"], ORG, 0.9),
            span(&doc, &["Heritage", "Agency"], ORG, 0.9),
            span(&doc, &["Audit", "Commission"], ORG, 0.9),
        ];
        join_nouns_before_names(&doc, &mut spans);
        let expected = [
            ("Prudential Savings Authority", ORG),
            ("Audit Office", ORG),
            ("Cultural Heritage Agency", ORG),
            ("Audit Commission", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_s_nationality_takes_its_compass_word() {
        let doc = DocContext::new("Aid came from the North Korean Rail Union and North Velmor.");
        let mut spans = vec![
            span(&doc, &["Korean", "Rail", "Union"], ORG, 0.5),
            span(&doc, &["Velmor"], LOC, 0.5),
        ];
        take_in_compass_words(&doc, &mut spans);
        let expected = [("North Korean Rail Union", ORG), ("Velmor", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_army_named_of_the_region_is_one_organization() {
        let doc = DocContext::new(
            "The Army of the Velmor met the Fleet of the North, the Navy of the Orsk Tarn \
             Velmor Islands and the Army of the Tarn Free State.",
        );
        let mut spans = vec![
            span(&doc, &["Velmor"], LOC, 0.5),
            span(&doc, &["North"], ORG, 0.5),
            span(&doc, &["Orsk", "Tarn", "Velmor", "Islands"], LOC, 0.5),
            span(&doc, &["Tarn", "Free", "State"], LOC, 0.5),
        ];
        find_armies_of(&doc, &mut spans);
        let expected = [
            ("Army of the Velmor", ORG),
            ("Fleet of the North", ORG),
            ("Orsk Tarn Velmor Islands", LOC),
            ("Tarn Free State", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_unit_named_after_its_leader_is_one_organization() {
        let doc = DocContext::new(
            "Tarvel's Brigade met Dana's Big Band, Britain's Parachute Regiment and Orsk's \
             Division Velmor.",
        );
        let mut spans = vec![
            span(&doc, &["Tarvel"], LOC, 0.5),
            span(&doc, &["Brigade"], ORG, 0.5),
            span(&doc, &["Dana"], PER, 0.5),
            span(&doc, &["Britain"], LOC, 0.5),
            span(&doc, &["Parachute", "Regiment"], ORG, 0.5),
            span(&doc, &["Orsk"], LOC, 0.5),
        ];
        find_led_units(&doc, &mut spans);
        let expected = [
            ("Tarvel's Brigade", ORG),
            ("Dana's Big Band", ORG),
            ("Britain", LOC),
            ("Parachute Regiment", ORG),
            ("Orsk", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_organization_takes_the_prefixed_adjective_before_it() {
        let doc = DocContext::new(
            "Painters of the Pre-Velmorite Brotherhood met the Anti-Tarnist League, the Class-A \
             Orsk Owls and the Neo-velmor Guild.",
        );
        let mut spans = vec![
            span(&doc, &["Brotherhood"], ORG, 0.5),
            span(&doc, &["League"], ORG, 0.5),
            span(&doc, &["Orsk", "Owls"], ORG, 0.5),
            span(&doc, &["Guild"], ORG, 0.5),
        ];
        take_in_compass_words(&doc, &mut spans);
        let expected = [
            ("Pre-Velmorite Brotherhood", ORG),
            ("Anti-Tarnist League", ORG),
            ("Orsk Owls", ORG),
            ("Guild", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }
}

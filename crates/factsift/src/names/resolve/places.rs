//! Places whose names run over a small word or a comma ("Newcastle upon Tyne", "Frankfurt am
//! Main", "Washington, D.C."), which the tagger splits into two places: each is one place;
//! and the streets of addresses and hyphenated places it left out ("48 Velmor Street",
//! "autonomy for Velmo-Karsk"), old towns' "Old" ("Old Velmora"), empires ("Velmoran
//! Empire"), sites the tagger took for people ("the Velmor stadium") and names with the Arabic
//! article it left out before a site's or village's word ("the al-Tarnia mosque"), and sites
//! it left out whole ("Orsk's Velmor Square"), and railways, which are routes ("the Velmor
//! Valley Railroad", one place over the two towns it links: "the Velmor and Orsk Railroad",
//! and so is its short name: "the Velmor train");
//! and towns the tagger
//! took for teams before an hour ("left Boston at 10:45 pm") or organizations after an
//! address's street ("48 Velmor Street, East Orsk"), and divisions' names ("Orsk District",
//! "South Velmor" + "County").

use super::companies::COMPANY_VERBS;
use super::WordSet;
use crate::entity::PlaceKind;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    is_common_word, CORPSUFFIX, COUNTRY, DEMONYM, FIRST, GAZETTEER, LAST, ORGHEAD, PLACE, REGION,
    TITLE, WIKILOC, WIKIORG,
};
use crate::names::lexicon_keys::phrase_key;
use crate::names::resolve::lists::is_date_word;
use crate::names::resolve::long_names::SAINTS;
use crate::names::span::{
    add_spans, crosses_any, drop_flagged, label_word, overlaps_any, replace_inner, NameLabel,
    NameSpan,
};

/// Joins a place to the capitalized word after "upon", "am" or a Romance particle ("Kingston
/// upon Hull", "Viña del Mar", "Paseo de la Reforma"; not after a country) and Washington to its
/// ", D.C.", in place of the one-word name the tagger found there; joins two
/// names across one or two lower-case words where the lists know the whole as a place ("Dar"
/// and "Salaam" of "Dar es Salaam"), and a name to the elided particle's word after it
/// ("Côte" + "d'Ivoire"); and makes a name of two or more words that the lists know
/// as a country a place ("the Democratic Republic of Congo", which the tagger took for a body).
pub(crate) fn join_place_names(doc: &DocContext, mut spans: Vec<NameSpan>) -> Vec<NameSpan> {
    let n = doc.len();
    let entry = |a: usize, b: usize| GAZETTEER.get(doc.key(a, b));
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b, t) = (spans[k].a, spans[k].b, &spans[k + 1]);
        let gap = t.a.saturating_sub(b + 1);
        if (1..=2).contains(&gap)
            && (b + 1..t.a).all(|i| doc.case(i) == Case::Lower)
            && doc.sentence_of(t.a) == doc.sentence_of(a)
            && entry(a, t.b).is_some_and(|e| e.cats & PLACE != 0 || e.kind().is_some())
        {
            spans[k].b = t.b;
            spans[k].label = NameLabel::Place;
            spans.remove(k + 1);
        }
        k += 1;
    }
    // "Côte" + "d'Ivoire": an elided particle and its word the tagger left out.
    let elided = |i: usize| {
        i < n
            && doc.word(i).starts_with(|c: char| c.is_lowercase())
            && doc.word(i).contains(['\'', '\u{2019}'])
    };
    for s in spans.iter_mut().filter(|s| elided(s.b + 1)) {
        if entry(s.a, s.b + 1).is_some_and(|e| e.cats & PLACE != 0 || e.kind().is_some()) {
            s.b += 1;
            s.label = NameLabel::Place;
        }
    }
    // Only a name holding a lower-case word or ending in a place is looked up ("Republic of
    // Congo", "South Korea").
    let may_be_country =
        |s: &NameSpan| doc.cats(s.b) & PLACE != 0 || (s.a..s.b).any(|i| doc.case(i) == Case::Lower);
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.b > s.a) {
        if may_be_country(s)
            && entry(s.a, s.b).is_some_and(|e| e.kind() == Some(PlaceKind::Country))
        {
            s.label = NameLabel::Place;
        }
    }
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    let mut k = 0;
    while k < spans.len() {
        let s = &spans[k];
        if s.label != NameLabel::Place {
            k += 1;
            continue;
        }
        // The last word of the place to be: the one after "upon", "am", a Romance particle or
        // Washington's comma.
        let last = match word(s.b + 1) {
            "upon" | "am" => Some(s.b + 2),
            "," if word(s.b) == "Washington" && word(s.b + 2) == "D.C." => Some(s.b + 2),
            p if ROMANCE_PARTICLES.contains(p) && doc.phrase_cats(s.a, s.b) & COUNTRY == 0 => {
                Some(s.b + 2 + usize::from(matches!(word(s.b + 2), "la" | "las" | "los")))
            }
            _ => None,
        };
        let joins = |e: usize| {
            e < n
                && doc.sentence_of(e) == doc.sentence_of(s.b)
                && (doc.case(e) == Case::Title || word(e) == "D.C.")
        };
        if let Some(e) = last.filter(|&e| joins(e)) {
            // The word after may be a name of its own, one word long; a longer name is left
            // alone.
            let next = spans.get(k + 1).filter(|t| t.a <= e).map(|t| (t.a, t.b));
            if next.map_or(true, |(a, b)| a == e && b == e) {
                spans[k].b = e;
                if next.is_some() {
                    spans.remove(k + 1);
                }
            }
        }
        k += 1;
    }
    spans
}

/// Particles inside Spanish, Portuguese and Italian place names ("Viña del Mar", "Salar de
/// Uyuni", "Paseo de la Reforma"), which the tagger often cuts at.
const ROMANCE_PARTICLES: WordSet = WordSet::new(&["de", "del", "do", "da", "dos", "das", "di"]);

/// Words for waters and coasts that take the place they are of ("Gulf of Orsk", "Bay of
/// Velmor", "Strait of Tarn").
const WATERS_OF: WordSet =
    WordSet::new(&["Gulf", "Bay", "Sea", "Strait", "Straits", "Lake", "Cape", "Isle", "Isles"]);

/// Spanish and Portuguese words for salt flats, hills, lakes, waters, islands and streets
/// that take the place they are of after a particle of [`ROMANCE_PARTICLES`] ("Salar de
/// Velmor", "Cerro de Orsk", "Paseo de la Tarna").
const ROMANCE_PLACE_HEADS: WordSet = WordSet::new(&[
    "Salar", "Cerro", "Lago", "Laguna", "Sierra", "Golfo", "Bahía", "Isla", "Islas", "Punta",
    "Valle", "Avenida", "Calle", "Plaza", "Praça", "Paseo", "Rua",
]);

/// The most words of the name after a water's "of".
const WATER_OF_WORDS: usize = 3;

/// Makes a water's word, "of" and the capitalized run after it one place ("the Gulf of
/// Orsk", "the Bay of Velmor"; in Spanish or Portuguese, a word of [`ROMANCE_PLACE_HEADS`]
/// and its particle: "the Salar de Velmor", "Paseo de la Tarna"), where the tagger split it
/// at "of" or took it for an organization or a person: the run is one to [`WATER_OF_WORDS`]
/// words holding no organization's word or company suffix, and every name there lies inside
/// it.
pub(crate) fn find_waters_of(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A water's name holds a water's word and "of", or a Romance place's word.
    let waters = WATERS_OF.may_occur_in(doc) && doc.may_hold("of");
    if !waters && !ROMANCE_PLACE_HEADS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i + 2 < n) {
        // Cheap checks first: a lower-case word after it (as "of" and the particles are), then
        // the water's word and its "of" or particle.
        if doc.case(i + 1) != Case::Lower {
            continue;
        }
        let (head, of) = (doc.word(i), doc.word(i + 1));
        let romance = ROMANCE_PARTICLES.contains(of) && ROMANCE_PLACE_HEADS.contains(head);
        if !romance && (of != "of" || !WATERS_OF.contains(head)) {
            continue;
        }
        let article = |w: &str| {
            if romance {
                matches!(w, "la" | "las" | "los" | "el")
            } else {
                w == "the"
            }
        };
        let c = if article(doc.word(i + 2)) { i + 3 } else { i + 2 };
        let mut e = c;
        while e < n
            && e - c < WATER_OF_WORDS
            && doc.case(e) == Case::Title
            && doc.sentence_of(e) == doc.sentence_of(i)
            && doc.cats(e) & (ORGHEAD | CORPSUFFIX) == 0
        {
            e += 1;
        }
        // `e` is one past the run, which must end there.
        if e == c || e < n && doc.capitalized(e) {
            continue;
        }
        let b = e - 1;
        let inside = |s: &NameSpan| s.a >= i && s.b <= b;
        if spans.iter().any(|s| s.a <= b && i <= s.b && !inside(s)) {
            continue;
        }
        let whole = spans.iter().any(|s| s.a == i && s.b == b && s.label == NameLabel::Place);
        if !whole {
            found.push(NameSpan { a: i, b, label: NameLabel::Place, conf: PLACE_FOUND });
        }
    }
    replace_inner(spans, found);
}

/// The confidence of a place found by [`find_waters_of`] or [`name_listed_places`].
const PLACE_FOUND: f32 = 0.6;

/// Plural nouns for places that names listed before them are ("the Velmor and Orsk regions").
const PLACES_AFTER_LIST: WordSet = WordSet::new(&[
    "regions",
    "provinces",
    "districts",
    "oblasts",
    "counties",
    "prefectures",
    "republics",
    "rivers",
    "islands",
    "valleys",
    "cities",
    "towns",
    "villages",
]);

/// The most words of each name listed before a plural place noun.
const LISTED_PLACE_WORDS: usize = 2;

/// Makes names listed over commas and "and" before a plural noun for places
/// ([`PLACES_AFTER_LIST`]) places ("the Velmor and Orsk regions", "the Tarn, Velmor and Orsk
/// rivers"): each one or two title-case words no list knows as a nationality, an
/// organization's word or a company suffix; the tagger read such a list's members as
/// organizations or left the first out.
pub(crate) fn name_listed_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A list of places holds "and" and a plural noun after it.
    if !(PLACES_AFTER_LIST.may_occur_in(doc) && doc.may_hold("and")) {
        return;
    }
    let n = doc.len();
    let member = |k: usize| {
        doc.case(k) == Case::Title
            && doc.cats(k) & (DEMONYM | ORGHEAD | CORPSUFFIX) == 0
            && !matches!(doc.word(k), "The" | "A" | "An")
    };
    // The first token of the member ending at `b`, if one does.
    let member_start = |b: usize| {
        let a = (b.saturating_sub(LISTED_PLACE_WORDS - 1)..=b).find(|&a| (a..=b).all(member))?;
        let article = || matches!(doc.word(a - 1), "The" | "A" | "An");
        (a > 0 && (!doc.capitalized(a - 1) || article())).then_some(a)
    };
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 3 && i + 1 < n) {
        // Cheap checks first: the plural noun after the last member (lower-case: its case
        // rules out most words before the set is asked), and its "and".
        if doc.case(i + 1) != Case::Lower || !PLACES_AFTER_LIST.contains(doc.word(i + 1)) {
            continue;
        }
        let Some(a) = member_start(i) else { continue };
        if a < 2 || doc.word(a - 1) != "and" {
            continue;
        }
        let mut members = vec![(a, i)];
        let mut b = a - 2;
        while let Some(a) = member_start(b) {
            members.push((a, b));
            if a < 2 || doc.word(a - 1) != "," {
                break;
            }
            b = a - 2;
        }
        if members.len() < 2
            || members.iter().any(|&(a, _)| doc.sentence_of(a) != doc.sentence_of(i))
        {
            continue;
        }
        for (a, b) in members {
            let mut inside = spans.iter_mut().filter(|s| s.a <= b && a <= s.b);
            match (inside.next(), inside.next()) {
                (None, _) => {
                    found.push(NameSpan { a, b, label: NameLabel::Place, conf: PLACE_FOUND })
                }
                // A person's full name stays a person's ("Dana Ruiz and Orsk regions").
                (Some(s), None)
                    if s.a == a && s.b == b && (s.a == b || s.label != NameLabel::Person) =>
                {
                    s.label = NameLabel::Place
                }
                _ => {}
            }
        }
    }
    add_spans(spans, found);
}

/// Finds the places of US datelines and addresses ("Little Rock, Ark.", "VELMORVILLE, Kan",
/// "Redmond, Wash.", "Velmor Falls, Alabama,"): a state's abbreviation (in the news agencies'
/// style, its stop optional) or name right after a comma and a capitalized word is a place, and
/// so is the town before the comma (also before a state's "-based": "the Velmor, Wash.-based
/// firm", where the state in the adjective is no place) where the tagger left it out or took
/// it for a person with no known first name or after a preposition of place
/// ([`TOWN_PREPOSITIONS`]) (up to three capitalized words). A state's name counts where no
/// capitalized word or possessive follows it ("Dana Ruiz, Texas Republican") and the word
/// before the comma names no state or country (a list of states: "Texas, Alabama and Ohio").
pub(crate) fn find_state_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 2) {
        // Cheap checks first: the comma, then the abbreviation or name.
        if doc.word(i - 1) != "," || !doc.capitalized(i - 2) {
            continue;
        }
        // "the Redmond, Wash.-based company": the state opens an adjective, no place itself.
        let based = doc
            .word(i)
            .strip_suffix("-based")
            .is_some_and(|w| is_state_abbreviation(w) || STATES.contains(w));
        let Some(e) = state_at(doc, i).or(based.then_some(i)) else { continue };
        if doc.sentence_of(i - 2) != doc.sentence_of(i) {
            continue;
        }
        let mut a = i - 2;
        while a > 0 && i - 2 - a < 2 && doc.capitalized(a - 1) && !doc.starts_sentence(a) {
            a -= 1;
        }
        // "In Velmor Falls, Ark.": a sentence's first preposition or article is no town's.
        if a < i - 2 && doc.starts_sentence(a) && OPENERS.contains(doc.word(a)) {
            a += 1;
        }
        let places: &[(usize, usize)] = if based { &[(a, i - 2)] } else { &[(i, e), (a, i - 2)] };
        for &(x, y) in places {
            let mut inside = spans.iter_mut().filter(|s| s.a <= y && x <= s.b);
            // A person with a known first name ("Dana Ruiz, Tenn") stays one, but not after a
            // preposition of place ("marched to Dana Falls, Md."); the state is one whatever
            // the tagger made of it.
            let located = |a: usize| a >= 1 && TOWN_PREPOSITIONS.contains(doc.word(a - 1));
            let town = |s: &NameSpan| {
                s.b == y
                    && (x == i && s.a == x
                        || s.label == NameLabel::Person
                            && (doc.cats(s.a) & FIRST == 0 || located(s.a)))
            };
            match (inside.next(), inside.next()) {
                (None, _) => {
                    found.push(NameSpan { a: x, b: y, label: NameLabel::Place, conf: 0.5 })
                }
                (Some(s), None) if town(s) => s.label = NameLabel::Place,
                _ => {}
            }
        }
    }
    add_spans(spans, found);
}

/// Makes a person after a preposition of place ([`TOWN_PREPOSITIONS`]) and before a comma and
/// a country ("a festival in Dana Haag, the Netherlands", "born near Ken Falls, Velmoria") the
/// town: no person's name is written so. The country is a place the tagger found (one word
/// or "the" and its name) that the gazetteer knows as a country, with no possessive after it
/// ("spoke to Dana Ruiz, Velmoria's envoy").
pub(crate) fn name_country_towns(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let mut towns = Vec::new();
    for (k, s) in spans.iter().enumerate() {
        // The comma and the preposition first: most people have neither around them.
        if s.label != NameLabel::Person
            || s.a == 0
            || s.b + 2 >= n
            || doc.word(s.b + 1) != ","
            || !TOWN_PREPOSITIONS.contains(doc.word(s.a - 1))
        {
            continue;
        }
        let c = if doc.word(s.b + 2) == "the" { s.b + 3 } else { s.b + 2 };
        // "spoke to Dana Ruiz, Velmoria's envoy": a person's office follows the country.
        let country = |t: &NameSpan| {
            t.a == c
                && t.label == NameLabel::Place
                && !doc.possessive(t.b + 1)
                && GAZETTEER
                    .get(doc.key(t.a, t.b))
                    .is_some_and(|e| e.cats & COUNTRY != 0 || e.kind() == Some(PlaceKind::Country))
        };
        let country = spans.iter().any(country);
        if country {
            towns.push(k);
        }
    }
    for k in towns {
        spans[k].label = NameLabel::Place;
    }
}

/// Prepositions of place before a town and its state ("to Velmor Falls, Md."), which no
/// person's name and state follow.
const TOWN_PREPOSITIONS: WordSet = WordSet::new(&["to", "from", "near", "in", "outside"]);

/// The last token of the US state named at token `i`, after a town and its comma: an
/// abbreviation, or a name no capitalized word or possessive follows whose town before the
/// comma is no state or country.
fn state_at(doc: &DocContext, i: usize) -> Option<usize> {
    if is_state_abbreviation(doc.word(i)) {
        return Some(i);
    }
    let n = doc.len();
    let two =
        i + 1 < n && STATE_FIRSTS.contains(doc.word(i)) && STATE_SECONDS.contains(doc.word(i + 1));
    let e = if two { i + 1 } else { i };
    if !two && !STATES.contains(doc.word(i)) {
        return None;
    }
    let free = e + 1 >= n || !(doc.capitalized(e + 1) || doc.possessive(e + 1));
    let town = doc.word(i - 2);
    let listing = STATES.contains(town) || doc.cats(i - 2) & COUNTRY != 0;
    (free && !listing).then_some(e)
}

/// The one-word names of the US states.
const STATES: WordSet = WordSet::new(&[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
]);

/// The first words of the US states' two-word names ("New York", "West Virginia").
const STATE_FIRSTS: WordSet = WordSet::new(&["New", "North", "South", "Rhode", "West"]);
/// The second words of the US states' two-word names (any pair read together is a state or
/// no phrase a text writes: "New Carolina").
const STATE_SECONDS: WordSet = WordSet::new(&[
    "Hampshire",
    "Jersey",
    "Mexico",
    "York",
    "Carolina",
    "Dakota",
    "Island",
    "Virginia",
]);

/// Finds the states of US lawmakers' party labels ("Sen. Dana Ruiz, R-Utah," "(D-Ore.)"),
/// which the tokenizer splits after the party's letter: the one capitalized word right after
/// "R-", "D-" or "I-" is a place, where the tagger left it out or read it as another name, and
/// the party's letter is no name ("R" of "R-Calif." read as an organization).
pub(crate) fn find_party_states(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A party label's state follows a hyphen.
    if !doc.may_hold("-") {
        return;
    }
    let mut found = Vec::new();
    let mut letters = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 2) {
        // Cheap checks first: the hyphen, then the party's letter written against it.
        if doc.word(i - 1) != "-" || !matches!(doc.word(i - 2), "R" | "D" | "I") {
            continue;
        }
        let toks = &doc.toks.tokens;
        if toks[i - 2].end != toks[i - 1].start || toks[i - 1].end != toks[i].start {
            continue;
        }
        label_word(spans, &mut found, i, NameLabel::Place, 0.5);
        letters.push(i - 2);
    }
    if !letters.is_empty() {
        spans.retain(|s| !(s.a == s.b && letters.contains(&s.a)));
    }
    add_spans(spans, found);
}

/// Prepositions and articles that open sentences before a town's name.
const OPENERS: WordSet = WordSet::new(&["In", "At", "From", "Near", "To", "The", "A", "On", "For"]);

/// Whether `w` abbreviates a US state as news agencies do ("Ark.", "Calif", "N.Y.").
fn is_state_abbreviation(w: &str) -> bool {
    let stem = w.strip_suffix('.').unwrap_or(w);
    STATE_ABBREVIATIONS.contains(stem)
}

/// The US states' abbreviations in news agencies' style, without their last stop (states with
/// short names, "Ohio", "Utah", are written out and known places).
const STATE_ABBREVIATIONS: WordSet = WordSet::new(&[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "D.C", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "N.C", "N.D", "N.H", "N.J",
    "N.M", "N.Y", "Neb", "Nev", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Va",
    "Vt", "W.Va", "Wash", "Wis", "Wyo",
]);

/// Finds the streets of addresses the tagger left out: a house number, then one to three
/// title-case words no name covers, the last a street word ("at 48 Velmor Street"). ("Lane"
/// is left out: a golfer's score may come before a person named so.)
pub(crate) fn find_addressed_streets(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A street's name ends in a street word.
    if !STREET_WORDS.may_occur_in(doc) {
        return;
    }
    let mut found = Vec::new();
    // The street word is capitalized: only those tokens are read.
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        // Cheap checks first: the street word, then the number before its words.
        if !STREET_WORDS.contains(doc.word(i)) {
            continue;
        }
        let mut a = i;
        while a > 1 && i - a < 3 && doc.case(a - 1) == Case::Title {
            a -= 1;
        }
        let numbered = a < i && crate::names::resolve::is_short_number(doc.word(a - 1), 5);
        if numbered && doc.sentence_of(a - 1) == doc.sentence_of(i) && !overlaps_any(spans, a, i) {
            found.push(NameSpan { a, b: i, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    add_spans(spans, found);
}

/// Words that end the names of streets in addresses ("48 Velmor Street").
const STREET_WORDS: WordSet = WordSet::new(&["Street", "Avenue", "Road", "Boulevard"]);

/// The most words of a town named after an address's street.
const ADDRESS_TOWN_WORDS: usize = 3;

/// Makes the name after an address's street and a comma a place where the tagger took it for
/// an organization ("at 48 Velmor Street, East Orsk"): an address goes on with its town or
/// suburb. Only after a street with its house number, and for a name of up to three words.
pub(crate) fn name_address_towns(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only towns after a street's name are read.
    if !STREET_WORDS.may_occur_in(doc) {
        return;
    }
    let addressed = |s: &NameSpan| {
        s.label == NameLabel::Place
            && s.a >= 1
            && STREET_WORDS.contains(doc.word(s.b))
            && crate::names::resolve::is_short_number(doc.word(s.a - 1), 5)
    };
    for k in 1..spans.len() {
        let (before, after) = spans.split_at_mut(k);
        let (Some(s), Some(t)) = (before.last(), after.first_mut()) else { continue };
        if t.label == NameLabel::Organization
            && t.a == s.b + 2
            && t.b - t.a < ADDRESS_TOWN_WORDS
            && doc.word(s.b + 1) == ","
            && addressed(s)
        {
            t.label = NameLabel::Place;
        }
    }
}

/// Finds the hyphenated places the tagger left out after a preposition ("autonomy for
/// Velmo-Karsk", "studied at Orsk-Tarnby") or before a word for an area ("the Velmo-Kul
/// region", [`SETTLEMENTS`]): one token of two title-case halves, no name
/// covering it and no capitalized word after it, where neither half is a month or a
/// nationality ("in January-May", "Velmoran-Orskian talks").
pub(crate) fn find_hyphenated_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.hyphenated_capitalized_tokens().filter(|&i| i >= 1) {
        // Cheap checks first: the preposition (or a word for an area after the name) and the
        // case, then the halves.
        let preposition =
            matches!(doc.word(i - 1), "in" | "at" | "to" | "from" | "of" | "near" | "for");
        if !(preposition || i + 1 < n && SETTLEMENTS.contains(doc.word(i + 1)))
            || doc.case(i) != Case::Title
            || (i + 1 < n && doc.capitalized(i + 1))
        {
            continue;
        }
        let Some((first, second)) = super::split_first_hyphen(doc.word(i)) else {
            continue;
        };
        let title = |w: &str| {
            w.len() > 1
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        };
        if !title(first) || !title(second) || doc.starts_sentence(i) {
            continue;
        }
        let demonym = doc
            .lower(i)
            .split('-')
            .any(|h| GAZETTEER.get(phrase_key([h])).is_some_and(|e| e.cats & DEMONYM != 0));
        let month = [first, second].iter().any(|h| is_date_word(h, NameLabel::Place));
        if !demonym && !month && !overlaps_any(spans, i, i) {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    add_spans(spans, found);
}

/// Title words that open places' names and no person's ("Camp Velmor", "Cape Tarnek", "Mount
/// Orsk", "Fort Velmor", "Lake Tarn", "River Brisk"), with Arabic's mountain and valley
/// ("Jebel Velmor", "Wadi Tarn") and the Romance languages' castle and port ("Castel Velmoro",
/// "Puerto Tarna").
const PLACE_OPENERS: WordSet = WordSet::new(&[
    "Camp", "Cape", "Mount", "Fort", "Lake", "River", "Jebel", "Jabal", "Djebel", "Wadi", "Castel",
    "Puerto",
]);

/// Words in other languages for a street, an avenue or a motorway that open its name
/// ("Avenida Velmor Prado", "Jalan Orsk", "Autostrada Tarnese").
const ROAD_OPENERS: WordSet =
    WordSet::new(&["Avenida", "Calle", "Rua", "Jalan", "Autostrada", "Autopista", "Ulitsa"]);

/// Italian particles between "Via" and a street's name ("Via dei Tessitori").
const ITALIAN_PARTICLES: WordSet =
    WordSet::new(&["dei", "del", "della", "delle", "degli", "di", "dello"]);

/// Takes the word opening a place's name that the tagger left out into the place, in the
/// name's sentence and joined to no name before it:
/// - "Old" before a place the tagger found, or a known place it took for an organization ("Old
///   Velmora", "Old Orsk": the old town is a place of its own, named so);
/// - one of [`PLACE_OPENERS`] before a person or a short organization ("near Camp Velmor",
///   where it found only "Velmor"). An organization with an organization word stays one
///   ("Mount Orsk Hospital"), as does one the tagger read whole ("Fort Velmor" as a club).
///
/// A person opening with one of [`PLACE_OPENERS`] ("Cape Tarnek" taken for a person) is the
/// place too, and so is an organization of "Port of" and a known town or country ("the Port of
/// Orsk").
pub(crate) fn take_in_place_openers(doc: &DocContext, spans: &mut [NameSpan]) {
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.label == NameLabel::Person && s.b > s.a && PLACE_OPENERS.contains(doc.word(s.a)) {
            spans[k].label = NameLabel::Place;
            continue;
        }
        // A street or a motorway named in its own language ("Avenida Velmor Prado",
        // "Autostrada Orsk"), and "Via" and its particle before the name the tagger found
        // ("Via dei" + "Tessitori"), where no name ends right before them and no body's word
        // is in the name.
        let free = k == 0 || spans[k - 1].b + 3 < s.a;
        let via = s.a >= 2
            && free
            && doc.word(s.a - 2) == "Via"
            && ITALIAN_PARTICLES.contains(doc.word(s.a - 1))
            && (s.a..=s.b).all(|i| doc.cats(i) & (ORGHEAD | CORPSUFFIX) == 0);
        let road = s.b > s.a && s.label.is_output() && ROAD_OPENERS.contains(doc.word(s.a));
        if via || road {
            spans[k].a -= if via { 2 } else { 0 };
            spans[k].label = NameLabel::Place;
            continue;
        }
        // "the Port of Orsk" read whole as an organization: a port is a structure, a place
        // (GUIDELINES). Where the tagger found only the town, the town stays alone, as CoNLL
        // marks it.
        if s.label == NameLabel::Organization
            && s.b >= s.a + 2
            && doc.word(s.a) == "Port"
            && doc.word(s.a + 1) == "of"
            && doc.is_country_or_city(s.a + 2, s.b)
        {
            spans[k].label = NameLabel::Place;
            continue;
        }
        if s.a == 0 || !s.label.is_output() {
            continue;
        }
        let opener = doc.word(s.a - 1);
        let kind = if opener == "Old" {
            let known = || doc.phrase_cats(s.a, s.b) & PLACE != 0;
            s.label == NameLabel::Place || (s.label == NameLabel::Organization && known())
        } else if PLACE_OPENERS.contains(opener) {
            let short_org = s.label == NameLabel::Organization
                && s.b <= s.a + 1
                && (s.a..=s.b).all(|i| doc.cats(i) & ORGHEAD == 0);
            s.label == NameLabel::Person || short_org
        } else {
            continue;
        };
        let free = k == 0 || spans[k - 1].b + 1 < s.a;
        if free && kind && doc.sentence_of(s.a - 1) == doc.sentence_of(s.a) {
            spans[k].a -= 1;
            spans[k].label = NameLabel::Place;
        }
    }
}

/// Finds the empires the tagger cut or left out: "Empire" after a word of a people ("Ottoman
/// Empire", "Velmoran Empire": a nationality, or a title-case word ending in "-an", "-ish",
/// "-ine" or "-ese"), not before another capitalized word ("Empire State"), is a place over
/// both words, in place of the names the tagger found inside it.
pub(crate) fn find_empires(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // An empire's name ends in "Empire".
    if !doc.may_hold("Empire") {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        if doc.word(i) != "Empire" || (i + 1 < n && doc.capitalized(i + 1)) {
            continue;
        }
        let a = i - 1;
        let people = doc.case(a) == Case::Title
            && !doc.starts_sentence(a)
            && (doc.cats(a) & DEMONYM != 0
                || ["an", "ish", "ine", "ese"].iter().any(|end| doc.word(a).ends_with(end)));
        let inside = |s: &NameSpan| s.b < a || s.a > i || (s.a >= a && s.b <= i);
        if people && spans.iter().all(inside) {
            found.push(NameSpan { a, b: i, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    replace_inner(spans, found);
}

/// Words for a realm or a division that name a place with the place after their "of" ("the
/// Grand Duchy of Orsk", "the Island of Tarn", "the City of Velmor", "the Republic of Tarn").
const REALMS: WordSet = WordSet::new(&[
    "Duchy",
    "Kingdom",
    "Republic",
    "Principality",
    "Emirate",
    "Sultanate",
    "Khanate",
    "Island",
    "Isle",
    "City",
]);

/// Finds a republic named by its people's adjective ("the Tatar Republic", "the Velmoran
/// Republic"), which the tagger may leave out or cut: a title-case nationality and
/// "Republic", with no capitalized word before or after them and no name reaching outside
/// them, are a
/// place (CoNLL marks "Czech Republic" and its like so), in place of any name inside them.
pub(crate) fn find_demonym_republics(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Such a republic's name ends in "Republic".
    if !doc.may_hold("Republic") {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        // The word first: few capitalized words are "Republic".
        if doc.word(i) != "Republic" || doc.starts_sentence(i) {
            continue;
        }
        let a = i - 1;
        // "Central African Republic": a capitalized word before opens a longer name.
        let opens = a == 0 || doc.starts_sentence(a) || !doc.capitalized(a - 1);
        let people = opens && doc.case(a) == Case::Title && doc.cats(a) & DEMONYM != 0;
        let ends =
            i + 1 >= n || !doc.capitalized(i + 1) || doc.sentence_of(i + 1) != doc.sentence_of(i);
        let inside = spans.iter().all(|s| s.b < a || s.a > i || (s.a >= a && s.b <= i));
        let found_whole = spans.iter().any(|s| s.a == a && s.b == i && s.label == NameLabel::Place);
        if people && ends && inside && !found_whole {
            found.push(NameSpan { a, b: i, label: NameLabel::Place, conf: 0.5 });
        }
    }
    replace_inner(spans, found);
}

/// Words of a realm's title before its word ("Grand Duchy", "Holy City", "Democratic
/// Republic").
const REALM_TITLES: WordSet = WordSet::new(&["Grand", "Holy", "Democratic", "Federal", "Islamic"]);

/// Makes a realm or division named by a place after its word and "of" one place ("the Grand
/// Duchy of" + "Orsk" gave only the town, "Holy City" + "of" + "Tarn" two places, "City of
/// Velmor" an organization): a place the tagger found after "of" and one of the [`REALMS`]
/// (and a title before it, [`REALM_TITLES`]) takes them in, in place of a name the tagger
/// found over those words alone, and an organization of that shape whose place the gazetteer
/// knows is the place. A title-case "Of" counts ("the City Of Leeds").
pub(crate) fn find_realms(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A realm's name holds a realm's word.
    if !REALMS.may_occur_in(doc) {
        return;
    }
    let realm_at = |r: usize| {
        doc.case(r) == Case::Title
            && REALMS.contains(doc.word(r))
            && matches!(doc.word(r + 1), "of" | "Of")
    };
    let titled = |r: usize| {
        if r >= 1 && REALM_TITLES.contains(doc.word(r - 1)) {
            r - 1
        } else {
            r
        }
    };
    let mut found = Vec::new();
    for s in spans.iter_mut() {
        match s.label {
            NameLabel::Place if s.a >= 2 && realm_at(s.a - 2) => {
                let a = titled(s.a - 2);
                if doc.sentence_of(a) == doc.sentence_of(s.a) {
                    found.push(NameSpan { a, ..*s });
                }
            }
            NameLabel::Organization if s.b >= s.a + 2 => {
                let r = if REALM_TITLES.contains(doc.word(s.a)) { s.a + 1 } else { s.a };
                if r + 2 <= s.b && realm_at(r) && doc.phrase_cats(r + 2, s.b) & PLACE != 0 {
                    s.label = NameLabel::Place;
                }
            }
            _ => {}
        }
    }
    if found.is_empty() {
        return;
    }
    // The realm's words alone ("Holy City") give way; a name running over them stays.
    found.retain(|f| spans.iter().all(|s| s.b < f.a || s.a > f.b || (s.a >= f.a && s.b <= f.b)));
    replace_inner(spans, found);
}

/// Makes a person right before a lower-case word for a site ("the Velmor stadium", "Tarn Orsek
/// port", "Dana Ruiz airport", "the Tarn Deniz field"), or before a word of [`SITE_MODIFIERS`] and
/// one ("the Velmor presidential palace"), a place: people are not written before such a word
/// (their own sites take "'s"), a site named after a person is a place; a resource may come between
/// ("the Orsk Tolgoi copper mine", "the Tarn gas field"). So is a person of two words or more
/// ending in a site's title word ("Velmor Stadium", "Orsek Island"), or in a word that is also a
/// surname ("Park", "Hall") right after "at" ("won at Ellis Park") or in "Port" or "Ground" ("Tarek
/// Port", "Tom Orsk Ground"), and a person right before a site's title word that closes the
/// capitalized run, which takes that word in ("Dana Ruiz" + "International Airport"); and any name
/// the tagger ran over the resource before the site ("Tarn gas" of "the Tarn gas field"). A name
/// naming no body after "along the" or "the banks of the" is a place too.
pub(crate) fn name_sites(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let site = |i: usize| i < n && doc.case(i) == Case::Lower && SITES.contains(doc.word(i));
    // A name the tagger ran over the site's modifier ("Tarn gas" + "field") is the site's,
    // before the modifier.
    for s in spans.iter_mut().filter(|s| s.b > s.a && site(s.b + 1)) {
        if doc.case(s.b) == Case::Lower && SITE_MODIFIERS.contains(doc.word(s.b)) {
            s.b -= 1;
            s.label = NameLabel::Place;
        }
    }
    for k in 0..spans.len() {
        // The site's title word after a person, where the next name does not hold it.
        let next = spans.get(k + 1).map_or(usize::MAX, |t| t.a);
        let s = &mut spans[k];
        if s.label != NameLabel::Person {
            continue;
        }
        let before = site_follows(doc, s.b);
        let ends = s.b > s.a && doc.case(s.b) == Case::Title && {
            let last = doc.word(s.b);
            ends_eponym_site(last)
                || (s.a >= 1 && doc.word(s.a - 1) == "at" && SURNAME_SITES.contains(last))
        };
        let titled = titled_site_after(doc, s.b).filter(|&e| e < next);
        if let Some(e) = titled {
            s.b = e;
        }
        if before || ends || titled.is_some() {
            s.label = NameLabel::Place;
        }
    }
    let firm = |s: &NameSpan| {
        (s.a..=s.b).any(|i| doc.cats(i) & (ORGHEAD | CORPSUFFIX) != 0)
            || doc.phrase_cats(s.a, s.b) & WIKIORG != 0
    };
    let rivers = doc.may_hold("River");
    for s in spans.iter_mut().filter(|s| s.a >= 1 && s.label != NameLabel::Place) {
        let a = s.a;
        // "the River Tarn": a river's name after "the", which the tagger took for a person
        // (the first name "River") or a body, where no body's word ("the River Tarn Trust")
        // nor ordinary word ("the River Cats", a team) follows.
        let river = rivers
            && matches!(s.label, NameLabel::Person | NameLabel::Organization)
            && (1..=2).contains(&(s.b - a))
            && doc.word(a) == "River"
            && doc.word(a - 1) == "the"
            && (a + 1..=s.b).all(|i| {
                doc.case(i) == Case::Title
                    && doc.cats(i) & ORGHEAD == 0
                    && !is_common_word(doc.lower(i))
            });
        // A name after "along the" or "the banks of the" is a river's, a road's or a coast's
        // ("flooding along the Velm", "on the banks of the Tarn"), where nothing in it names a
        // body or a firm.
        let shore = || {
            a >= 2
                && doc.word(a - 1) == "the"
                && (doc.word(a - 2) == "along"
                    || a >= 3 && doc.word(a - 2) == "of" && SHORES.contains(doc.word(a - 3)))
                && !firm(s)
        };
        if river || shore() {
            s.label = NameLabel::Place;
        }
    }
    // An organization the tagger made of a port's, a field's or a mine's name ("the Khorgos
    // dry port", "the giant Tengiz field", "the Oyu Tolgoi copper mine"), where nothing in it
    // names a body or a firm: firms own other sites ("the Velmor plant").
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.conf < 1.0) {
        if word_follows(doc, s.b, &GROUND_SITES, &GROUND_MODIFIERS) && !firm(s) {
            s.label = NameLabel::Place;
        }
    }
    take_in_site_heads(doc, spans);
}

/// Words for a river's or a lake's edges and ends, before "of the" and its name ("the banks of
/// the Tarn", "the mouth of the Velm").
const SHORES: WordSet = WordSet::new(&["bank", "banks", "mouth", "estuary", "shores"]);

/// Sites of the ground that a firm's name is not written before (it operates them under its
/// own "'s"): ports, oil and gas fields, mines, districts and power stations, whose names news
/// writes before the word.
const GROUND_SITES: WordSet = WordSet::new(&[
    "port", "seaport", "field", "oilfield", "gasfield", "deposit", "mine", "district", "station",
    "stations",
]);

/// Words that may stand between a ground site's name and its word ("the Khorgos dry port",
/// "the Velmor copper mine", "the Orsk power station").
const GROUND_MODIFIERS: WordSet = WordSet::new(&[
    "dry",
    "oil",
    "gas",
    "offshore",
    "condensate",
    "sea",
    "river",
    "deepwater",
    "copper",
    "gold",
    "coal",
    "iron",
    "uranium",
    "lithium",
    "power",
    "historic",
    "business",
]);

/// Whether a site's word follows the name ending at token `b` ("the Velmor stadium"), or one
/// word saying whose or what kind of site it is and then one ("the Velmor presidential
/// palace", "the Tarn gas field").
pub(crate) fn site_follows(doc: &DocContext, b: usize) -> bool {
    word_follows(doc, b, &SITES, &SITE_MODIFIERS)
}

/// The last token of a site's title word ([`SITE_NAMES`]) right after token `b`, or after a
/// scope word ([`SITE_SCOPES`]) there, that ends a capitalized run in `b`'s sentence ("Dana
/// Ruiz" + "International Airport"): a site named after a person.
fn titled_site_after(doc: &DocContext, b: usize) -> Option<usize> {
    let n = doc.len();
    let e = b + 1 + usize::from(b + 1 < n && SITE_SCOPES.contains(doc.word(b + 1)));
    let site = e < n && doc.case(e) == Case::Title && SITE_NAMES.contains(doc.word(e));
    let ends = doc.ends_run(e);
    (site && ends && doc.sentence_of(e) == doc.sentence_of(b)).then_some(e)
}

/// Whether one of the lower-case `words` follows token `b`, right after it or after one of
/// `modifiers`.
fn word_follows(doc: &DocContext, b: usize, words: &WordSet, modifiers: &WordSet) -> bool {
    let n = doc.len();
    let word = |i: usize| i < n && doc.case(i) == Case::Lower && words.contains(doc.word(i));
    word(b + 1) || b + 1 < n && modifiers.contains(doc.word(b + 1)) && word(b + 2)
}

/// Extends a place back over the site's word the tagger left out before its "of" ("Palace" of
/// "the Palace of the Republic", tagged "Republic"), and a place ending in a site's title
/// word back over the one capitalized word it left out before it ("Crocus" of "Crocus City
/// Hall"): alone, and no sentence's first word, common word, title or nationality; but a
/// royal's title before a site named after the royal is its first word ("King" of "King
/// Tarek Port").
fn take_in_site_heads(doc: &DocContext, spans: &mut [NameSpan]) {
    const ROYAL_TITLES: WordSet =
        WordSet::new(&["King", "Queen", "Prince", "Princess", "Sheikh", "Sultan", "Emir"]);
    for k in 0..spans.len() {
        let s = &spans[k];
        let floor = if k == 0 { 0 } else { spans[k - 1].b + 1 };
        if s.label != NameLabel::Place || s.a < floor + 1 {
            continue;
        }
        let of = if s.a >= 2 && doc.word(s.a - 1) == "the" { s.a - 2 } else { s.a - 1 };
        let head = of > floor
            && doc.word(of) == "of"
            && doc.case(of - 1) == Case::Title
            && SITE_NAMES.contains(doc.word(of - 1));
        let site = |w: &str| SITE_NAMES.contains(w) || SURNAME_SITES.contains(w);
        let i = s.a - 1;
        let left_out = s.b > s.a
            && site(doc.word(s.b))
            && doc.case(i) == Case::Title
            && !doc.starts_sentence(i)
            && !doc.capitalized(i - 1)
            && !is_common_word(doc.lower(i))
            && doc.cats(i) & (TITLE | DEMONYM) == 0;
        // "King" + "Tarek Port": a royal's title before the site named after that royal.
        let royal = s.b > s.a
            && ends_eponym_site(doc.word(s.b))
            && ROYAL_TITLES.contains(doc.word(i))
            && (i == 0 || doc.starts_sentence(i) || !doc.capitalized(i - 1));
        if head {
            spans[k].a = of - 1;
        } else if left_out || royal {
            spans[k].a = i;
        }
    }
}

/// Makes an organization of two words, a compass adjective or a nationality and "Front", right
/// after "on the" a place ("fought on the Western Front", "on the Italian Front"): a war's
/// front is a region where armies fight, and a body is not "on" (a party or rebel alliance
/// called a front is named by its cause: "the National Front", "the Orsk Liberation Front").
pub(crate) fn name_war_fronts(doc: &DocContext, spans: &mut [NameSpan]) {
    // A war's front ends in "Front".
    if !doc.may_hold("Front") {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization) {
        if s.b == s.a + 1
            && doc.word(s.b) == "Front"
            && s.a >= 2
            && doc.word(s.a - 1) == "the"
            && doc.word(s.a - 2) == "on"
            && (COMPASS_ADJECTIVES.contains(doc.word(s.a)) || doc.cats(s.a) & DEMONYM != 0)
        {
            s.label = NameLabel::Place;
        }
    }
}

/// The compass adjectives that name a war's front ("the Western Front").
const COMPASS_ADJECTIVES: WordSet = WordSet::new(&["Western", "Eastern", "Northern", "Southern"]);

/// The words a railway's name ends in: the railway rules read only names ending in one.
const RAILWAY_WORDS: WordSet = WordSet::new(&["Railway", "Railroad"]);

/// Makes an organization whose name ends in "Railway" or "Railroad" a place ("the Velmor
/// Valley Railroad", "a stop on the Orsk and Tarnby Light Railway"): a railway is a route
/// (GUIDELINES: named routes are places), and the tagger reads its last word as a company's.
/// A company that runs one ends in its own word ("Velmor Railway Company", "Orsk Railways"),
/// and one that acts after "by" is the company ("opened by the Tarn Valley Railway"), as is
/// one that speaks or trades as a company does right after its name ("the Orsk Pacific
/// Railroad said it would", "Velmor Railroad shares": news of business names the company so).
pub(crate) fn name_railways(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only names ending in a railway's word are read.
    if !RAILWAY_WORDS.may_occur_in(doc) {
        return;
    }
    let by = |a: usize| {
        let p = if a >= 1 && doc.word(a - 1) == "the" { a - 1 } else { a };
        p >= 1 && doc.word(p - 1) == "by"
    };
    // A cue right after the name ("its" further on may be a station's: "until its closure").
    let acts = |b: usize| {
        b + 1 < doc.len()
            && (COMPANY_VERBS.contains(doc.word(b + 1))
                || RAILWAY_COMPANY_CUES.contains(doc.word(b + 1)))
    };
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.a < s.b) {
        if matches!(doc.word(s.b), "Railway" | "Railroad") && !by(s.a) && !acts(s.b) {
            s.label = NameLabel::Place;
        }
    }
}

/// Words after a railway's name, besides a company's verbs ([`COMPANY_VERBS`]), that make it
/// the company running it ("agreed", "shares").
const RAILWAY_COMPANY_CUES: WordSet = WordSet::new(&[
    "agreed", "filed", "plans", "expects", "bought", "sold", "hired", "shares", "stock",
]);

/// Joins a railway named by the two towns it links into one place ("the Velmor and Orsk
/// Railroad"), where the tagger found the first town apart: a name of one or two words,
/// "and", then a place ending in "Railway" or "Railroad" (see [`name_railways`]).
pub(crate) fn join_railway_ends(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names ending in a railway's word are read.
    if !RAILWAY_WORDS.may_occur_in(doc) {
        return;
    }
    let mut gone = vec![false; spans.len()];
    for k in 1..spans.len() {
        let (p, s) = (&spans[k - 1], &spans[k]);
        // The railway's word first: few names end in one.
        let railway = s.label == NameLabel::Place
            && matches!(doc.word(s.b), "Railway" | "Railroad")
            && doc.word(s.a - 1) == "and";
        let town = p.b + 2 == s.a && p.b - p.a < 2 && p.label != NameLabel::Person;
        if railway && town && !gone[k - 1] {
            spans[k].a = spans[k - 1].a;
            gone[k - 1] = true;
        }
    }
    drop_flagged(spans, &gone);
}

/// Makes an organization named by the opening words of a railway the document names in full
/// a place ("the Velmor train", "the tracks of the Velmor" after "the Velmor Valley
/// Railroad"): the railway's short name (see [`name_railways`]), or the place it is named
/// after.
pub(crate) fn name_railway_short_names(doc: &DocContext, spans: &mut [NameSpan]) {
    let railway = |s: &NameSpan| {
        s.label == NameLabel::Place && s.a < s.b && matches!(doc.word(s.b), "Railway" | "Railroad")
    };
    // Railways are few: most documents stop here.
    if !RAILWAY_WORDS.may_occur_in(doc) || !spans.iter().any(railway) {
        return;
    }
    let opens_railway = |t: &NameSpan| {
        spans.iter().any(|s| {
            railway(s)
                && t.b - t.a < s.b - s.a
                && (0..=t.b - t.a).all(|j| doc.word(s.a + j) == doc.word(t.a + j))
        })
    };
    let short: Vec<usize> = (0..spans.len())
        .filter(|&k| spans[k].label == NameLabel::Organization && opens_railway(&spans[k]))
        .collect();
    for k in short {
        spans[k].label = NameLabel::Place;
    }
}

/// Words for a body that end its name and no place's ("Orsk Tourism Board", "Velmor County
/// Council", "Kalbrix Institute", "Velmor Development Bank"; a place the lists know keeps its
/// label: "West Bank").
const BODY_WORDS: WordSet = WordSet::new(&[
    "Board",
    "Committee",
    "Commission",
    "Council",
    "Association",
    "Society",
    "Ministry",
    "Agency",
    "Bureau",
    "Institute",
    "Union",
    "Foundation",
    "Bank",
]);

/// Makes a "place" of two words or more that ends in a body's word ([`BODY_WORDS`]) an
/// organization ("the Orsk County Tourism Board", "Velmor Valley Water Board"): the tagger,
/// reading a place's word first ("County", "Valley"), takes the whole for a place, but the
/// last word names what the thing is. A place the gazetteer knows by the whole name keeps its
/// label, and so do one Wikipedia's list of places knows and one whose last word names a town
/// too, unless "of" and a capitalized word that is no place follow, the body's complement
/// ("the National Union of Journalists"). So is a "place" holding a body's word and its "of"
/// ("the Velmor Heights Board of Education"), and one whose last word, "of" and the word
/// after it name a body the Wikipedia list knows, which takes them in ("the Velmor House" +
/// "of Representatives"). This
/// runs before the complements of bodies are read, so that the body takes its own ("the
/// Velmor Institute for Orsk Studies").
pub(crate) fn name_bodies_taken_for_places(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only names holding a body's word, opening or ending in "University", or going on over
    // "of", are read.
    if !BODY_WORDS.may_occur_in(doc) && !doc.may_hold("University") && !doc.may_hold("of") {
        return;
    }
    let n = doc.len();
    let complement = |s: &NameSpan| {
        let c = s.b + 2;
        c < n
            && doc.word(s.b + 1) == "of"
            && doc.case(c) == Case::Title
            && doc.cats(c) & (PLACE | DEMONYM) == 0
            && doc.sentence_of(c) == doc.sentence_of(s.a)
    };
    for k in 0..spans.len() {
        let next = spans.get(k + 1).map_or(n, |t| t.a);
        let s = &mut spans[k];
        if s.label != NameLabel::Place || s.b == s.a {
            continue;
        }
        // A university is an organization (GUIDELINES), where its word opens or ends the
        // name ("University of Orsk", "Velmor State University"; not "Orsk University
        // Hospital").
        let university = doc.word(s.a) == "University" || doc.word(s.b) == "University";
        if university && doc.phrase_cats(s.a, s.b) & PLACE == 0 {
            s.label = NameLabel::Organization;
            continue;
        }
        // A body's word and its complement inside the name ("the Velmor Heights Board of
        // Education").
        let inner_body =
            (s.a + 1..s.b).any(|j| BODY_WORDS.contains(doc.word(j)) && doc.word(j + 1) == "of");
        if inner_body && doc.phrase_cats(s.a, s.b) & PLACE == 0 {
            s.label = NameLabel::Organization;
            continue;
        }
        // The name's last word, "of" and the word after it naming a body the Wikipedia list
        // knows ("Velmor House" + "of Representatives").
        let c = s.b + 2;
        if c < next
            && doc.word(s.b + 1) == "of"
            && doc.case(c) == Case::Title
            && doc.ends_run(c)
            && doc.sentence_of(c) == doc.sentence_of(s.b)
            && doc.phrase_cats(s.b, c) & WIKIORG != 0
        {
            s.b = c;
            s.label = NameLabel::Organization;
            continue;
        }
        if !BODY_WORDS.contains(doc.word(s.b)) {
            continue;
        }
        // A body's word that is a town's name too ("Union") is the body's before a complement.
        let cats = doc.phrase_cats(s.a, s.b);
        let alone = doc.cats(s.b) & PLACE == 0 && cats & WIKILOC == 0;
        if cats & PLACE == 0 && (alone || complement(s)) {
            s.label = NameLabel::Organization;
        }
    }
}

/// Makes the two names after "confluence of" places, whatever the tagger made of them ("at
/// the confluence of the Velmra and the Orsk": rivers meet there), each after an optional
/// "the", the second after "and".
pub(crate) fn name_confluent_rivers(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only the names after "confluence" are read.
    if !doc.may_hold("confluence") {
        return;
    }
    let n = doc.len();
    let past_the = |i: usize| if i < n && doc.word(i) == "the" { i + 1 } else { i };
    for c in (0..n).filter(|&c| c + 2 < n && doc.word(c) == "confluence") {
        if doc.word(c + 1) != "of" {
            continue;
        }
        let Some(k) = spans.iter().position(|s| s.a == past_the(c + 2)) else { continue };
        let and = spans[k].b + 1;
        if and + 1 >= n || doc.word(and) != "and" {
            continue;
        }
        let Some(j) = spans.iter().position(|s| s.a == past_the(and + 1)) else { continue };
        for i in [k, j] {
            spans[i].label = NameLabel::Place;
        }
    }
}

/// Title words ending the name of a building of worship, a castle or a mine: the building is
/// a place (CoNLL++: churches, monasteries, castles), where a church's name that is a
/// denomination's ("the Velmoran Orthodox Church", "the Church of Orsk") is its body.
const BUILDING_WORDS: WordSet =
    WordSet::new(&["Church", "Chapel", "Convent", "Priory", "Colliery", "Castle"]);

/// Words that name a denomination, which a church of that name is ("Orthodox Church").
const DENOMINATIONS: WordSet = WordSet::new(&[
    "Catholic",
    "Orthodox",
    "Anglican",
    "Episcopal",
    "Lutheran",
    "Methodist",
    "Baptist",
    "Presbyterian",
    "Evangelical",
    "Reformed",
    "Pentecostal",
    "Protestant",
    "Apostolic",
    "Coptic",
    "Unification",
    "Adventist",
    "Roman",
    "United",
    "Free",
]);

/// Makes a building's name an organization or a person the tagger read ([`BUILDING_WORDS`]:
/// "Holy Trinity Church", "the Velmor Colliery") a place where a word of its own opens it, no
/// common word, denomination or nationality ("the Orthodox Church", "Landmark Church" stay),
/// and no "of" is in it ("the Church of Orsk"); a person so only where no first name opens it
/// ("Dana Castle"). A saint's church, cathedral or abbey after the saint's "'s" ("St Velmor's
/// Church") is a place too, and a saint's university or college an organization ("St Orsk's
/// College"), whatever the tagger made of the saint. A stadium named in its country's language
/// is a place too (see [`name_stadiums`]).
pub(crate) fn name_buildings(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    if BUILDING_WORDS.may_occur_in(doc) {
        name_own_buildings(doc, spans);
    }
    if STADIUM_OPENERS.may_occur_in(doc) {
        name_stadiums(doc, spans);
    }
    // A saint's building or school is named after the saint's "'s".
    if !SAINTS.may_occur_in(doc) {
        return;
    }
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 3) {
        let label = match doc.word(i) {
            w if BUILDING_WORDS.contains(w) => NameLabel::Place,
            "Cathedral" | "Abbey" => NameLabel::Place,
            "University" | "College" => NameLabel::Organization,
            _ => continue,
        };
        let saint = SAINTS.contains(doc.word(i - 3))
            && doc.case(i - 2) == Case::Title
            && matches!(doc.word(i - 1), "'s" | "\u{2019}s");
        if saint && !crosses_any(spans, i - 3, i) {
            found.push(NameSpan { a: i - 3, b: i, label, conf: ADDRESSED });
        }
    }
    replace_inner(spans, found);
}

/// Words opening a stadium's name in Spanish, Portuguese, Italian, German and French
/// ("Estadio Velmor", "Stade de Tarn").
const STADIUM_OPENERS: WordSet =
    WordSet::new(&["Estadio", "Estádio", "Stadio", "Stadion", "Stade"]);

/// Makes a stadium's name ([`STADIUM_OPENERS`]) the tagger read as an organization or a person
/// a place ("Estadio Dana Ruiz", "Stade de Velmor"), but a club named "Stade" and its town's
/// adjective ("Stade Velmorais", "Stade Tarnois": French clubs).
fn name_stadiums(doc: &DocContext, spans: &mut [NameSpan]) {
    let club = |i: usize| {
        doc.word(i) == "Stade"
            && ["ais", "ois", "ain", "ien"].iter().any(|e| doc.word(i + 1).ends_with(e))
    };
    for s in spans.iter_mut().filter(|s| s.b > s.a) {
        let person_or_body = matches!(s.label, NameLabel::Person | NameLabel::Organization);
        if person_or_body && STADIUM_OPENERS.contains(doc.word(s.a)) && !club(s.a) {
            s.label = NameLabel::Place;
        }
    }
}

/// The building names of [`name_buildings`] the tagger read as organizations or people.
fn name_own_buildings(doc: &DocContext, spans: &mut [NameSpan]) {
    let own = |i: usize| {
        doc.case(i) == Case::Title
            && !is_common_word(doc.lower(i))
            && !DENOMINATIONS.contains(doc.word(i))
            && doc.cats(i) & DEMONYM == 0
    };
    for s in spans.iter_mut().filter(|s| s.b > s.a && BUILDING_WORDS.contains(doc.word(s.b))) {
        let named = (s.a..s.b).any(own) && (s.a..s.b).all(|i| doc.word(i) != "of");
        let label = match s.label {
            NameLabel::Organization => named,
            NameLabel::Person => named && doc.cats(s.a) & FIRST == 0,
            _ => false,
        };
        if label {
            s.label = NameLabel::Place;
        }
    }
}

/// The most title-case words read before a site's title word, and before a site's scope
/// word and its title word ("Long Velmor International Airport").
const SITE_WORDS: usize = 2;

/// Scope words that may stand between a site's name and its title word ("Velmor International
/// Airport"), taking a word more than [`SITE_WORDS`].
const SITE_SCOPES: WordSet = WordSet::new(&["International", "National", "Regional"]);

/// Prepositions of place before a place's name ("a summit in Urumqi", "across Lancashire").
const PLACE_PREPOSITIONS: WordSet =
    WordSet::new(&["in", "at", "across", "near", "from", "to", "into", "throughout"]);

/// Finds the known places the tagger left out after a preposition of place ("will meet again in
/// Urumqi in September"): one title-case word the gazetteer knows as a country, a city or a
/// region, no first name or surname, no common word and no part of a longer capitalized run.
pub(crate) fn find_left_out_known_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let known = |i: usize| {
        let cats = doc.cats(i);
        (doc.is_country_or_city(i, i) || cats & REGION != 0) && cats & (FIRST | LAST) == 0
    };
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1 && i + 1 < n) {
        let alone = !doc.capitalized(i - 1) && !doc.capitalized(i + 1);
        if doc.case(i) == Case::Title
            && alone
            && PLACE_PREPOSITIONS.contains(doc.word(i - 1))
            && known(i)
            && !is_common_word(doc.lower(i))
            && !overlaps_any(spans, i, i)
        {
            found.push(NameSpan { a: i, b: i, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    add_spans(spans, found);
}

/// Finds the sites the tagger left out whole ("at Orsk's Velmor Square", where it found only
/// the town): one or two title-case words (and a scope word of [`SITE_SCOPES`]), then a
/// site's title word ([`SITE_NAMES`]) that no person's name ends in, no name covering any of
/// them and no capitalized word next to them, are a place. The run stops at a sentence's
/// start and leaves out a sentence's opening "The".
pub(crate) fn find_left_out_sites(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A site's name ends in a site's word.
    if !SITE_NAMES.may_occur_in(doc) {
        return;
    }
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        // The site's word first: most capitalized words are none.
        if doc.case(i) != Case::Title || !SITE_NAMES.contains(doc.word(i)) || doc.starts_sentence(i)
        {
            continue;
        }
        let title = |j: usize| {
            doc.case(j) == Case::Title && !(doc.starts_sentence(j) && doc.word(j) == "The")
        };
        let mut a = i;
        let scope = usize::from(SITE_SCOPES.contains(doc.word(i - 1)));
        while a > i.saturating_sub(SITE_WORDS + scope) && title(a - 1) && !doc.starts_sentence(a) {
            a -= 1;
        }
        // A longer capitalized run goes on before or after: a name of its own the rules leave
        // alone ("Tarn Bridge Company").
        let next = i + 1;
        let longer = a >= 1 && !doc.starts_sentence(a) && doc.capitalized(a - 1)
            || next < doc.len() && !doc.starts_sentence(next) && doc.capitalized(next);
        if a < i && !longer && !overlaps_any(spans, a, i) {
            found.push(NameSpan { a, b: i, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    add_spans(spans, found);
}

/// Lower-case words that say whose or what kind of site follows a site's name, or what it
/// yields ("the Velmor presidential palace", "Tarn international airport", "the Orsk copper
/// mine").
const SITE_MODIFIERS: WordSet = WordSet::new(&[
    "presidential",
    "royal",
    "international",
    "national",
    "regional",
    "municipal",
    "military",
    "main",
    "offshore",
    "oil",
    "gas",
    "coal",
    "copper",
    "gold",
    "silver",
    "iron",
    "uranium",
    "lithium",
    "zinc",
    "nickel",
]);

/// Title words ending a site's name that no person's name ends in ("Velmor Stadium", "Orsk
/// Avenue", "the Tarn Plateau", "the Orsk Hub" of a logistics network).
const SITE_NAMES: WordSet = WordSet::new(&[
    "Airport",
    "Stadium",
    "Square",
    "Harbour",
    "Harbor",
    "Island",
    "Islands",
    "Palace",
    "Bridge",
    "Mosque",
    "Cathedral",
    "Seaport",
    "Avenue",
    "Boulevard",
    "Plateau",
    "Hub",
    "Terminal",
    "Canal",
    "Dam",
    "Highway",
    "Expressway",
    "Parkway",
    "Freeway",
    "Turnpike",
    "Pipeline",
    "Strait",
]);

/// Title words ending a site that is named after a person ("Tarek Port", "Tom Orsk Ground")
/// besides [`SITE_NAMES`]: kept out of that list, by which runs no name covers are found as
/// sites, they end a site only after a name the tagger read as a person.
const EPONYM_SITE_ENDS: WordSet = WordSet::new(&["Port", "Ground"]);

/// Whether `word` ends the name of a site named after a person: a site's title word
/// ([`SITE_NAMES`], [`EPONYM_SITE_ENDS`]).
fn ends_eponym_site(word: &str) -> bool {
    SITE_NAMES.contains(word) || EPONYM_SITE_ENDS.contains(word)
}

/// Title words ending a site's name that are surnames too ("Ellis Park", "Ken Hall").
const SURNAME_SITES: WordSet = WordSet::new(&["Park", "Hall", "Beach", "Hill", "Lake"]);

/// Lower-case words for a site that a place's name comes before ("the Velmor stadium").
const SITES: WordSet = WordSet::new(&[
    "airport",
    "port",
    "seaport",
    "stadium",
    "harbour",
    "harbor",
    "mosque",
    "cathedral",
    "palace",
    "bridge",
    "dam",
    "checkpoint",
    "airbase",
    "field",
    "oilfield",
    "gasfield",
    "pipeline",
    "mine",
    "deposit",
]);

/// Lower-case words for a settlement or an area that follow a place's name ("the Velmor
/// village", "the al-Tarn camp").
const SETTLEMENTS: WordSet = WordSet::new(&[
    "village", "town", "camp", "region", "district", "area", "valley", "quarter", "suburb",
]);

/// Whether `w` is a name written with the Arabic article "al-" or "el-" before its capital
/// ("al-Tarnia", "el-Orsk"), which makes the token lower-case where the name is not.
fn is_article_name(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 4 && matches!(b[..3], [b'a' | b'e', b'l', b'-']) && b[3].is_ascii_uppercase()
}

/// Finds the places named with the Arabic article ("al-Tarnia"), which the tagger leaves out
/// as lower-case words: one before a site's or a settlement's word ([`SITES`],
/// [`SETTLEMENTS`]: "the al-Tarnia mosque", "in al-Orsk village") is a place, and so is the
/// same word elsewhere in the document where no name covers it ("prayed at al-Tarnia"). A
/// place the tagger found right before it takes it in ("Jebel" + "al-Orsk region").
pub(crate) fn find_article_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // The article's letter and hyphen are in the text, found by a search of its bytes (most
    // texts have none), before any token is read.
    if !doc.text.contains("l-") {
        return;
    }
    let n = doc.len();
    let site =
        |i: usize| i < n && (SITES.contains(doc.word(i)) || SETTLEMENTS.contains(doc.word(i)));
    let mut names: Vec<&str> = Vec::new();
    for i in 0..n {
        // The article's bytes first: most tokens fail on their first.
        if !is_article_name(doc.word(i)) || !site(i + 1) {
            continue;
        }
        let before = i.checked_sub(1).filter(|&p| doc.capitalized(p) && !doc.starts_sentence(i));
        let joined = before.and_then(|p| spans.iter_mut().find(|s| s.b == p));
        match joined {
            Some(s) if s.label == NameLabel::Place => s.b = i,
            Some(_) => continue,
            None => names.push(doc.word(i)),
        }
    }
    if names.is_empty() {
        return;
    }
    let found: Vec<NameSpan> = (0..n)
        .filter(|&i| names.contains(&doc.word(i)) && !overlaps_any(spans, i, i))
        .map(|i| NameSpan { a: i, b: i, label: NameLabel::Place, conf: ADDRESSED })
        .collect();
    add_spans(spans, found);
}

/// The confidence of a street found after a house number.
const ADDRESSED: f32 = 0.5;

/// Words that tell the hour of a day after "at" ("at noon").
const HOUR_WORDS: WordSet = WordSet::new(&["noon", "midnight", "dawn", "dusk"]);

/// Words after an hour in figures that make it a clock time ("5 pm", "10.45 a.m.").
const DAY_HALVES: WordSet = WordSet::new(&["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]);

/// Whether token `i` opens a clock time: "10:45", "5 pm", "10.45 p.m.", "noon".
fn is_clock_time(doc: &DocContext, i: usize) -> bool {
    if i >= doc.len() {
        return false;
    }
    let w = doc.word(i);
    let figures = !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit() || c == b':' || c == b'.');
    let colon = w.bytes().filter(|&c| c == b':').count() == 1 && w.len() <= 5;
    let half = i + 1 < doc.len() && DAY_HALVES.contains(doc.lower(i + 1));
    HOUR_WORDS.contains(w) || (figures && (colon || half))
}

/// Makes a city or country the tagger took for an organization a place where "at" and a clock
/// time follow it ("the train left Velmor at 10:45 pm", "reached Orsk at noon"): the tagger
/// learned "Orsk at Velmor" in sports fixtures as two teams, but a team is not met at an hour,
/// a town is left or reached then.
pub(crate) fn name_places_before_times(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization) {
        if s.b + 2 < n
            && doc.word(s.b + 1) == "at"
            && is_clock_time(doc, s.b + 2)
            && doc.is_country_or_city(s.a, s.b)
        {
            s.label = NameLabel::Place;
        }
    }
}

/// Words for an administrative division that end its name ("Velmor Province", "Orsk
/// District").
const DIVISION_WORDS: WordSet = WordSet::new(&[
    "Province",
    "District",
    "Region",
    "Prefecture",
    "Oblast",
    "Governorate",
    "Municipality",
    "Township",
    "Parish",
    "Canton",
    "County",
    "Borough",
]);

/// Lower-case words for a division written after its name ("the Orsk département of",
/// "the Velmor district, in").
const DIVISIONS_AFTER: WordSet = WordSet::new(&[
    "département",
    "district",
    "province",
    "prefecture",
    "county",
    "region",
    "municipality",
    "oblast",
    "canton",
    "governorate",
]);

/// The most title-case words of a division's name found before its word.
const DIVISION_NAME_WORDS: usize = 3;

/// Words after a division's word that close its phrase: prepositions, conjunctions and
/// punctuation, no noun ("the Velmor region with", not "the Orsk Party district committee").
const CLOSE_DIVISION: WordSet = WordSet::new(&[
    "of", "in", ",", ".", ")", ";", "with", "and", "near", "from", "to", "on", "at", "for",
]);

/// Makes a name before a lower-case division's word that closes the phrase a place ("the Orsk
/// département of", "the Velmor City Center district of", "the Tarnkreis district, in"):
/// a person or organization the tagger found there is the division, and a run of up to
/// [`DIVISION_NAME_WORDS`] title-case words it left out there is found, but a nationality
/// or another adjective ("the French département", "the Velmoran region"). Only where a word
/// closing the phrase follows ([`CLOSE_DIVISION`]): before a noun ("the Orsk Party district
/// committee") it is an adjective of another phrase.
pub(crate) fn name_divisions_before_word(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names before a division's word are read.
    if !DIVISIONS_AFTER.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    // Only the word after a capitalized one is read.
    for w in doc.capitalized_tokens().map(|c| c + 1).filter(|&w| w + 1 < n) {
        if doc.case(w - 1) != Case::Title
            || !DIVISIONS_AFTER.contains(doc.word(w))
            || !CLOSE_DIVISION.contains(doc.word(w + 1))
        {
            continue;
        }
        if let Some(s) = spans.iter_mut().find(|s| s.b == w - 1) {
            if s.label != NameLabel::Place {
                s.label = NameLabel::Place;
            }
            continue;
        }
        let mut a = w - 1;
        while a > 0
            && w - a < DIVISION_NAME_WORDS
            && doc.case(a - 1) == Case::Title
            && !doc.starts_sentence(a)
        {
            a -= 1;
        }
        // "the French département", "a long Islamized region": an adjective, no name.
        let last = doc.word(w - 1);
        let adjective = doc.cats(w - 1) & DEMONYM != 0
            || ["an", "ish", "ese", "ed", "ic", "ern"].iter().any(|end| last.ends_with(end));
        if !adjective && !doc.starts_sentence(a) && !overlaps_any(spans, a, w - 1) {
            found.push(NameSpan { a, b: w - 1, label: NameLabel::Place, conf: ADDRESSED });
        }
    }
    add_spans(spans, found);
}

/// Makes a person right after "in" that a stop, comma or semicolon ends a place ("a union hall
/// in Cherry Hill."): a place stands there at the end of its clause, a person hardly ever (one
/// such person to 440 places in CoNLL-2003 and WikiGold). A possessive goes on ("in Ruiz's
/// view").
pub(crate) fn name_places_ending_in_phrases(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Person && s.a >= 1) {
        let ends = s.b + 1 == n || matches!(doc.word(s.b + 1), "." | "," | ";");
        if ends && doc.word(s.a - 1) == "in" {
            s.label = NameLabel::Place;
        }
    }
}

/// The most names of a birthplace's chain after "born in" ("born in Orsk, Velmor, Tarnland").
const BIRTHPLACE_NAMES: usize = 3;

/// Makes the names after "born in" places, whatever the tagger made of them: the name right
/// after it and the names that follow it over commas ("born in Orsk, Velmor, Tarnland"), up
/// to [`BIRTHPLACE_NAMES`]. A name holding an organization's word ("born in Orsk General
/// Hospital") is left alone and ends the chain.
pub(crate) fn name_birthplaces(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    // Only the words before a name's start are read.
    let starts: Vec<usize> = spans.iter().map(|s| s.a).filter(|&a| a >= 2).collect();
    for i in starts.into_iter().map(|a| a - 1) {
        if doc.word(i) != "in" || doc.lower(i - 1) != "born" {
            continue;
        }
        let mut at = i + 1;
        for _ in 0..BIRTHPLACE_NAMES {
            let Some(k) = spans.iter().position(|s| s.a == at) else { break };
            let s = &mut spans[k];
            if (s.a..=s.b).any(|j| doc.cats(j) & ORGHEAD != 0) {
                break;
            }
            s.label = NameLabel::Place;
            if s.b + 2 >= n || doc.word(s.b + 1) != "," {
                break;
            }
            at = s.b + 2;
        }
    }
}

/// Words of divisions written before their names, in the languages that do so ("Kreis Orsk",
/// "Landkreis Velmor", "Gmina Tarn"): a name opening with one is the division, a place.
const DIVISION_PREFIXES: WordSet =
    WordSet::new(&["Kreis", "Landkreis", "Bezirk", "Gmina", "Powiat", "Okrug", "Raion", "Rayon"]);

/// Division words that also end the names of sports clubs ("Notts County", "Western
/// Province"), so that a name the tagger took for an organization stays one.
const CLUB_DIVISIONS: WordSet = WordSet::new(&["County", "Province"]);

/// Whether `w` is a division's word that also ends clubs' names ([`CLUB_DIVISIONS`]: "Orsk
/// Province").
pub(crate) fn is_club_division(w: &str) -> bool {
    CLUB_DIVISIONS.contains(w)
}

/// Words of the services that American special districts run ("Orsk Unified School District",
/// "Velmor Irrigation District", "Tarn Municipal Utility District"): such a district is a
/// public body, no division of the land.
const SERVICE_WORDS: WordSet = WordSet::new(&[
    "School",
    "Schools",
    "Water",
    "Irrigation",
    "Utility",
    "Utilities",
    "Sanitation",
    "Sanitary",
    "Sewer",
    "Wastewater",
    "Transit",
    "Hospital",
    "Library",
    "Conservation",
    "Drainage",
    "Levee",
    "Mosquito",
    "Reclamation",
    "Fire",
    "Recreation",
]);

/// Whether name `a..=b` is a special district's: two words or more ending in "District", a
/// word of [`SERVICE_WORDS`] among them ("Velmor Valley Water District").
fn names_service_district(doc: &DocContext, a: usize, b: usize) -> bool {
    b > a && doc.word(b) == "District" && (a..b).any(|i| SERVICE_WORDS.contains(doc.word(i)))
}

/// Makes a division's name a place: a place the tagger cut before its division's word takes it
/// ("South Velmor" + "County"), and a name of two words or more ending in one that the tagger
/// took for an organization is a place ("Orsk District", "Velmor Borough"). A division's word
/// before another capitalized word opens a longer name ("Orsk District Court"), a name that
/// holds an organization's word is a body ("Velmor Unified School District"), and the
/// [`CLUB_DIVISIONS`] keep the tagger's organization. A name opening with a division's word
/// written before the name ([`DIVISION_PREFIXES`]: "Kreis Orsk") is a place too. A special
/// district ([`names_service_district`]: "Velmor Irrigation District") is an organization,
/// whatever the tagger made of it, and one the tagger cut before "District" takes it in.
pub(crate) fn name_divisions(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let ends_name = |i: usize| {
        i < n
            && DIVISION_WORDS.contains(doc.word(i))
            && !(i + 1 < n
                && doc.capitalized(i + 1)
                && doc.sentence_of(i + 1) == doc.sentence_of(i))
    };
    let mut k = 0;
    while k < spans.len() {
        let (a, b, label) = (spans[k].a, spans[k].b, spans[k].label);
        let word = b + 1;
        // A special district is a body: "the Orsk Unified School" + "District" takes its word.
        if label == NameLabel::Organization
            && word < n
            && doc.word(word) == "District"
            && spans.get(k + 1).map_or(true, |t| t.a > word)
            && SERVICE_WORDS.contains(doc.word(b))
            && doc.sentence_of(word) == doc.sentence_of(b)
        {
            spans[k].b = word;
        }
        if names_service_district(doc, a, spans[k].b) {
            spans[k].label = NameLabel::Organization;
            k += 1;
            continue;
        }
        let next = spans.get(k + 1).filter(|t| t.a <= word);
        let joins = label == NameLabel::Place
            && ends_name(word)
            && doc.sentence_of(word) == doc.sentence_of(b)
            && next.map_or(true, |t| t.a == word && t.b == word);
        if joins {
            if next.is_some() {
                spans.remove(k + 1);
            }
            spans[k].b = word;
        } else if label == NameLabel::Organization
            && a < b
            && ends_name(b)
            && !CLUB_DIVISIONS.contains(doc.word(b))
            && (a..b).all(|i| doc.cats(i) & ORGHEAD == 0)
        {
            spans[k].label = NameLabel::Place;
        } else if label != NameLabel::Place && a < b && DIVISION_PREFIXES.contains(doc.word(a)) {
            // "Kreis Orsk": a division's word written before its name.
            spans[k].label = NameLabel::Place;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn names_listed_before_a_plural_place_noun_are_places() {
        let doc = DocContext::new(
            "The Velmor, Tarnia and Orsk regions voted; the Brisk and Kelvar rivers rose, but \
             not the Dana Ruiz and Vale Bank districts or the Kazakh and Orsk provinces.",
        );
        let mut spans = vec![
            span(&doc, &["Tarnia"], ORG, 0.6),
            span(&doc, &["Orsk", "regions"], ORG, 0.6),
            span(&doc, &["Kelvar"], ORG, 0.6),
            span(&doc, &["Dana", "Ruiz"], PER, 0.6),
        ];
        spans[1].b -= 1;
        name_listed_places(&doc, &mut spans);
        // A person's full name stays one, and a list with a bank or nationality is no list of
        // places.
        let expected = [
            ("Velmor", LOC),
            ("Tarnia", LOC),
            ("Orsk", LOC),
            ("Brisk", LOC),
            ("Kelvar", LOC),
            ("Dana Ruiz", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_water_of_a_place_is_one_place() {
        let doc = DocContext::new(
            "Ships left the Gulf of Orsk, the Bay of the Velmor Isles and the Strait of Tarn \
             for the Sea of Dana Ruiz Holdings.",
        );
        let mut spans = vec![
            span(&doc, &["Gulf", "of", "Orsk"], ORG, 0.6),
            span(&doc, &["Bay"], LOC, 0.6),
            span(&doc, &["Velmor", "Isles"], LOC, 0.6),
            span(&doc, &["Tarn"], LOC, 0.6),
            span(&doc, &["Dana", "Ruiz", "Holdings"], ORG, 0.6),
        ];
        find_waters_of(&doc, &mut spans);
        // A company's name is no place's.
        let expected = [
            ("Gulf of Orsk", LOC),
            ("Bay of the Velmor Isles", LOC),
            ("Strait of Tarn", LOC),
            ("Dana Ruiz Holdings", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // Spanish and Portuguese places after their particle; a firm's name holding one stays.
        let doc = DocContext::new(
            "Brine from the Salar de Velmor, the Paseo de la Tarna and Salar de Orsk Press rose.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmor"], ORG), (&["Paseo", "de", "la", "Tarna"], PER), (&["Orsk", "Press"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        find_waters_of(&doc, &mut spans);
        let expected = [("Salar de Velmor", LOC), ("Paseo de la Tarna", LOC), ("Orsk Press", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn the_names_after_confluence_of_are_places() {
        let doc = DocContext::new(
            "Orsk lies at the confluence of the Velmra and the Tarnuba, near a confluence of \
             Dana Ruiz.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Orsk"], LOC), (&["Velmra"], ORG), (&["Tarnuba"], PER), (&["Dana", "Ruiz"], PER)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_confluent_rivers(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[("Orsk", LOC), ("Velmra", LOC), ("Tarnuba", LOC), ("Dana Ruiz", PER)],
        );
    }

    #[test]
    fn a_place_ending_in_a_body_word_is_an_organization() {
        let doc = DocContext::new(
            "The Orsk County Tourism Board met in Velmor Valley and at Tarn County Stadium \
             with the Kalbrix Institute, the Velmor Development Bank and envoys of the West Bank.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Orsk", "County", "Tourism", "Board"], LOC),
            (&["Velmor", "Valley"], LOC),
            (&["Tarn", "County", "Stadium"], LOC),
            (&["Kalbrix", "Institute"], LOC),
            (&["Velmor", "Development", "Bank"], LOC),
            (&["West", "Bank"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_bodies_taken_for_places(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Orsk County Tourism Board", ORG),
                ("Velmor Valley", LOC),
                ("Tarn County Stadium", LOC),
                ("Kalbrix Institute", ORG),
                ("Velmor Development Bank", ORG),
                ("West Bank", LOC),
            ],
        );
        // "Union" names a town too: the body's only before its complement.
        let doc = DocContext::new(
            "The National Union of Velmor Printers met the Orsk Union in the Tarn Union of Orsk.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["National", "Union"], LOC),
            (&["Orsk", "Union"], LOC),
            (&["Tarn", "Union"], LOC),
            (&["Orsk"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_bodies_taken_for_places(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[("National Union", ORG), ("Orsk Union", LOC), ("Tarn Union", LOC), ("Orsk", LOC)],
        );
        // A university is an organization, but for a hospital named after it.
        let doc = DocContext::new(
            "She studied at the University of Velmor and Orsk State University, then worked at \
             Orsk University Hospital.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["University", "of", "Velmor"], LOC),
            (&["Orsk", "State", "University"], LOC),
            (&["Orsk", "University", "Hospital"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_bodies_taken_for_places(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("University of Velmor", ORG),
                ("Orsk State University", ORG),
                ("Orsk University Hospital", LOC),
            ],
        );
        // A body's word and its "of" inside, or after the name a body the Wikipedia list
        // knows ("House of Representatives"); not a place's complement ("Bay" + "of Orsk").
        let doc = DocContext::new(
            "The Velmor Heights Board of Education and the Orsk House of Representatives met at \
             Tarn Bay of Orsk.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Velmor", "Heights", "Board", "of", "Education"], LOC),
            (&["Orsk", "House"], LOC),
            (&["Tarn", "Bay"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_bodies_taken_for_places(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Velmor Heights Board of Education", ORG),
                ("Orsk House of Representatives", ORG),
                ("Tarn Bay", LOC),
            ],
        );
    }

    #[test]
    fn a_realm_named_by_its_place_is_one_place() {
        let doc = DocContext::new(
            "She left the Grand Duchy of Velmora for the Holy City of Orsk, the City of Tarnby, \
             the City Of Leeds and the Duchy of Brisk Holdings, which the Kingdom of Tarnek \
             Bank owns.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Velmora"], LOC),
            (&["Holy", "City"], LOC),
            (&["Orsk"], LOC),
            (&["City", "of", "Tarnby"], ORG),
            (&["City", "Of", "Leeds"], ORG),
            (&["Duchy", "of", "Brisk", "Holdings"], ORG),
            (&["Kingdom"], ORG),
            (&["Tarnek", "Bank"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        find_realms(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Grand Duchy of Velmora", LOC),
                ("Holy City of Orsk", LOC),
                ("City of Tarnby", ORG),
                ("City Of Leeds", LOC),
                ("Duchy of Brisk Holdings", ORG),
                ("Kingdom", ORG),
                ("Tarnek Bank", ORG),
            ],
        );
    }

    #[test]
    fn a_republic_named_by_its_place_is_one_place() {
        let doc = DocContext::new(
            "Envoys of the Republic of Velmora and the Democratic Republic of Tarn met in Orsk.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Republic"], LOC), (&["Velmora"], LOC), (&["Tarn"], LOC), (&["Orsk"], LOC)];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        find_realms(&doc, &mut spans);
        let expected =
            [("Republic of Velmora", LOC), ("Democratic Republic of Tarn", LOC), ("Orsk", LOC)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_railway_is_a_place_unless_it_acts_after_by() {
        let doc = DocContext::new(
            "The Velmor Valley Railroad crosses the Orsk Light Railway near Tarnby, a line \
             opened by the Brisk Railway, while Orsk Railways and the Tarn Railway Company \
             bought wagons. Kelvar Pacific Railroad said profit rose.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["Velmor", "Valley", "Railroad"], ORG),
            (&["Orsk", "Light", "Railway"], ORG),
            (&["Tarnby"], LOC),
            (&["Brisk", "Railway"], ORG),
            (&["Orsk", "Railways"], ORG),
            (&["Tarn", "Railway", "Company"], ORG),
            (&["Kelvar", "Pacific", "Railroad"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_railways(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Velmor Valley Railroad", LOC),
                ("Orsk Light Railway", LOC),
                ("Tarnby", LOC),
                ("Brisk Railway", ORG),
                ("Orsk Railways", ORG),
                ("Tarn Railway Company", ORG),
                ("Kelvar Pacific Railroad", ORG),
            ],
        );
    }

    #[test]
    fn a_railway_named_by_two_towns_is_one_place() {
        let doc = DocContext::new(
            "Coaches ran on the Velmor and Orsk Railroad, the Brisk Railway and Tarnby and \
             the Kesk Railway, and Dana Ruiz and Orsk Valley Railway staff met.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["Velmor"], LOC),
            (&["Orsk", "Railroad"], LOC),
            (&["Brisk", "Railway"], LOC),
            (&["Tarnby"], LOC),
            (&["Kesk", "Railway"], LOC),
            (&["Dana", "Ruiz"], NameLabel::Person),
            (&["Orsk", "Valley", "Railway"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        join_railway_ends(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Velmor and Orsk Railroad", LOC),
                ("Brisk Railway", LOC),
                ("Tarnby", LOC),
                ("Kesk Railway", LOC),
                ("Dana Ruiz", NameLabel::Person),
                ("Orsk Valley Railway", LOC),
            ],
        );
    }

    #[test]
    fn a_railway_s_opening_words_name_it() {
        let doc = DocContext::new(
            "The Velmor Valley Railroad ran trains; the Velmor engine and Velmor Valley crews \
             crossed the Orsk tracks and Tarn Valley fields.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Velmor", "Valley", "Railroad"], LOC),
            (&["Velmor"], ORG),
            (&["Velmor", "Valley"], ORG),
            (&["Orsk"], ORG),
            (&["Tarn", "Valley"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_railway_short_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Velmor Valley Railroad", LOC),
                ("Velmor", LOC),
                ("Velmor Valley", LOC),
                ("Orsk", ORG),
                ("Tarn Valley", ORG),
            ],
        );
    }

    #[test]
    fn a_division_s_name_is_a_place() {
        let doc = DocContext::new(
            "South Velmor County, Orsk District and Velmor Borough sued the Orsk District Court, \
             Velmor Unified School District and Tarn County.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["South", "Velmor"], LOC),
            (&["County"], ORG),
            (&["Orsk", "District"], ORG),
            (&["Velmor", "Borough"], ORG),
            (&["Orsk", "District", "Court"], ORG),
            (&["Velmor", "Unified", "School", "District"], ORG),
            (&["Tarn", "County"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_divisions(&doc, &mut spans);
        let expected = [
            ("South Velmor County", LOC),
            ("Orsk District", LOC),
            ("Velmor Borough", LOC),
            ("Orsk District Court", ORG),
            ("Velmor Unified School District", ORG),
            ("Tarn County", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_special_district_is_an_organization() {
        let doc = DocContext::new(
            "The Orsk Unified School District, the Velmor Irrigation District and the Tarn \
             Valley Water District met in Orsk District.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Orsk", "Unified", "School"], ORG),
            (&["Velmor", "Irrigation", "District"], ORG),
            (&["Tarn", "Valley", "Water", "District"], LOC),
            (&["Orsk", "District"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_divisions(&doc, &mut spans);
        let expected = [
            ("Orsk Unified School District", ORG),
            ("Velmor Irrigation District", ORG),
            ("Tarn Valley Water District", ORG),
            ("Orsk District", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_opening_with_a_division_s_word_is_a_place() {
        let doc = DocContext::new("Kreis Velmor merged with Landkreis Orsk and Tarn Kreis.");
        let names: [(&[&str], NameLabel); 3] = [
            (&["Kreis", "Velmor"], NameLabel::Person),
            (&["Landkreis", "Orsk"], ORG),
            (&["Tarn", "Kreis"], NameLabel::Person),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_divisions(&doc, &mut spans);
        let expected =
            [("Kreis Velmor", LOC), ("Landkreis Orsk", LOC), ("Tarn Kreis", NameLabel::Person)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_before_a_division_s_word_is_a_place() {
        let doc = DocContext::new(
            "It lies in the Velmor département of Tarnland, in the Orskkreis district, in the \
             Velmoran region of Brisk and near the Tarn Party district committee; a plant in \
             the Kelvo region with Brisk Power.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmor"], ORG), (&["Tarn", "Party"], ORG), (&["Brisk", "Power"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_divisions_before_word(&doc, &mut spans);
        let expected = [
            ("Velmor", LOC),
            ("Orskkreis", LOC),
            ("Tarn Party", ORG),
            ("Kelvo", LOC),
            ("Brisk Power", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn the_names_after_born_in_are_places() {
        let doc = DocContext::new(
            "Dana was born in Orsk, Velmor, Tarnland to a baker. Tom, born in Brisk General \
             Hospital, Orsk, met Tarn Vale.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Dana"], NameLabel::Person),
            (&["Orsk"], ORG),
            (&["Velmor"], ORG),
            (&["Tarnland"], NameLabel::Person),
            (&["Tom"], NameLabel::Person),
            (&["Brisk", "General", "Hospital"], ORG),
            (&["Orsk"], ORG),
            (&["Tarn", "Vale"], NameLabel::Person),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_birthplaces(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        let person = NameLabel::Person;
        assert_eq!(labels, [person, LOC, LOC, LOC, person, ORG, ORG, person]);
    }

    #[test]
    fn the_name_after_an_address_s_street_is_its_town() {
        let doc = DocContext::new(
            "It moved to 48 Velmor Street, East Orsk, and Tarn Road, Velmor Holdings sued.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmor", "Street"], LOC),
            (&["East", "Orsk"], ORG),
            (&["Tarn", "Road"], LOC),
            (&["Velmor", "Holdings"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_address_towns(&doc, &mut spans);
        // A street with no house number is no address.
        let expected = [
            ("Velmor Street", LOC),
            ("East Orsk", LOC),
            ("Tarn Road", LOC),
            ("Velmor Holdings", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_town_left_or_reached_at_an_hour_is_a_place() {
        let doc = DocContext::new(
            "The train left Orsk at 10:45 pm, reached Boston at noon and Denver at 5 p.m.; \
             Chicago at Boston was called off, and Velmor at 5:40 won.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Orsk"], ORG),
            (&["Boston"], ORG),
            (&["Denver"], ORG),
            (&["Chicago"], ORG),
            (&["Boston"], ORG),
            (&["Velmor"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_places_before_times(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "Chicago at Boston" is a fixture; "Velmor" is no town the gazetteer knows.
        assert_eq!(labels, [LOC, LOC, LOC, ORG, ORG, ORG]);
        assert!(is_clock_time(&doc, 5) && !is_clock_time(&doc, 4) && !is_clock_time(&doc, 99));
    }

    #[test]
    fn the_state_of_a_party_label_is_a_place() {
        let doc = DocContext::new(
            "Sen. Dana Ruiz, R-Velmora, and Rep. Ken Tarn (D-Ore.) met Orsk, I-Karsk said.",
        );
        let mut spans = vec![
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
            span(&doc, &["R"], ORG, 0.2),
            span(&doc, &["Velmora"], ORG, 0.5),
            span(&doc, &["Ken", "Tarn"], NameLabel::Person, 0.9),
        ];
        find_party_states(&doc, &mut spans);
        // The party's letter is no name.
        let expected = [
            ("Dana Ruiz", NameLabel::Person),
            ("Velmora", LOC),
            ("Ken Tarn", NameLabel::Person),
            ("Ore.", LOC),
            ("Karsk", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
        // Written apart, or with no comma or bracket before it, the letter is no party's.
        let doc = DocContext::new("Plan D - Velmora and R-Karsk won.");
        let mut spans = vec![];
        find_party_states(&doc, &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn a_town_and_its_state_s_name_are_places() {
        use NameLabel::{Organization as ORG, Person as PER};
        let doc = DocContext::new(
            "He played in Velmor Bend, Alabama, and Orskton, New Mexico, then Dana Ruiz, Texas \
             Republican, won Ohio, Iowa and Kansas.",
        );
        let mut spans = vec![
            span(&doc, &["Alabama"], ORG, 0.4),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Texas"], LOC, 0.9),
            span(&doc, &["Ohio"], ORG, 0.5),
            span(&doc, &["Iowa"], ORG, 0.5),
            span(&doc, &["Kansas"], ORG, 0.5),
        ];
        find_state_places(&doc, &mut spans);
        let expected = [
            ("Velmor Bend", LOC),
            ("Alabama", LOC),
            ("Orskton", LOC),
            ("New Mexico", LOC),
            ("Dana Ruiz", PER),
            ("Texas", LOC),
            // A list of states: the teams' reading stands.
            ("Ohio", ORG),
            ("Iowa", ORG),
            ("Kansas", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_after_a_preposition_of_place_before_a_state_is_a_town() {
        let doc = DocContext::new(
            "Troops marched from Orsk to Dana Falls, Maryland, and wrote Ken Tarn, Ohio, a \
             letter.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Dana", "Falls"], NameLabel::Person, 0.9),
            span(&doc, &["Ken", "Tarn"], NameLabel::Person, 0.9),
        ];
        find_state_places(&doc, &mut spans);
        // Written to or of without a preposition of place, a full name stays a person.
        let expected = [
            ("Orsk", LOC),
            ("Dana Falls", LOC),
            ("Maryland", LOC),
            ("Ken Tarn", NameLabel::Person),
            ("Ohio", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_after_a_preposition_of_place_before_a_country_is_a_town() {
        let doc = DocContext::new(
            "She sang in Dana Haag, the Netherlands, and near Ken Falls, France; Tom Vale, \
             France's envoy, and Ana Tarn, Orsk, spoke to Lea Roy, Italy's envoy.",
        );
        let per = NameLabel::Person;
        let names: [(&[&str], NameLabel); 10] = [
            (&["Dana", "Haag"], per),
            (&["Netherlands"], LOC),
            (&["Ken", "Falls"], per),
            (&["France"], LOC),
            (&["Tom", "Vale"], per),
            (&["France"], LOC),
            (&["Ana", "Tarn"], per),
            (&["Orsk"], LOC),
            (&["Lea", "Roy"], per),
            (&["Italy"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_country_towns(&doc, &mut spans);
        // With no preposition of place, before a town, or before a country's possessive (the
        // person's office), a full name stays a person.
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [LOC, LOC, LOC, LOC, per, LOC, per, LOC, per, LOC]);
    }

    #[test]
    fn a_town_and_its_state_s_abbreviation_are_places() {
        let doc = DocContext::new(
            "In Velmor Falls, Ark., and at VELMORVILLE, Kan 1998 Ken Tarn of Orskton, N.Y., \
             spoke; Dana Ruiz, Tenn said no.",
        );
        let mut spans = vec![
            span(&doc, &["VELMORVILLE"], NameLabel::Person, 0.5),
            span(&doc, &["Ken", "Tarn"], NameLabel::Person, 0.9),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
        ];
        find_state_places(&doc, &mut spans);
        let expected = [
            ("Velmor Falls", LOC),
            ("Ark.", LOC),
            ("VELMORVILLE", LOC),
            ("Kan", LOC),
            ("Ken Tarn", NameLabel::Person),
            ("Orskton", LOC),
            ("N.Y.", LOC),
            // A person's full name before the comma stays a person.
            ("Dana Ruiz", NameLabel::Person),
            ("Tenn", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
        // Before a state's "-based" the town alone is a place.
        let doc =
            DocContext::new("The Velmond, Wash.-based firm and Orsk, Ohio-based Tarnex grew.");
        let mut spans = vec![span(&doc, &["Velmond"], NameLabel::Person, 0.9)];
        find_state_places(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmond", LOC), ("Orsk", LOC)]);
    }

    #[test]
    fn a_person_before_a_word_for_a_site_is_a_place() {
        let doc = DocContext::new(
            "Ships left Tarn Orsek port for the Velmor stadium; Dana Ruiz's port and Ken Vale \
             ports stayed, Orsa Tamm airport opened and Tarn Deniz field output rose.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["Tarn", "Orsek"], per, 0.6),
            span(&doc, &["Velmor"], per, 0.6),
            span(&doc, &["Dana", "Ruiz"], per, 0.9),
            span(&doc, &["Ken", "Vale"], per, 0.9),
            span(&doc, &["Orsa", "Tamm"], per, 0.9),
            span(&doc, &["Tarn", "Deniz"], per, 0.9),
        ];
        name_sites(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "Dana Ruiz's port" is her own; "ports" is no site word.
        assert_eq!(labels, [LOC, LOC, per, per, LOC, LOC]);
    }

    #[test]
    fn a_church_castle_or_colliery_of_its_own_name_is_a_place_but_a_denomination_s_body() {
        let doc = DocContext::new(
            "Holy Velmor Church, Tarnby Colliery and Velmor Castle stood near St Orsk's Church; \
             the Orthodox Church, the Church of Tarnia and Dana Castle were not. St Tarn's \
             College grew.",
        );
        let names: [(&[&str], NameLabel); 7] = [
            (&["Holy", "Velmor", "Church"], ORG),
            (&["Tarnby", "Colliery"], ORG),
            (&["Velmor", "Castle"], PER),
            (&["St", "Orsk"], ORG),
            (&["Orthodox", "Church"], ORG),
            (&["Church", "of", "Tarnia"], ORG),
            (&["Dana", "Castle"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_buildings(&doc, &mut spans);
        let expected = [
            ("Holy Velmor Church", LOC),
            ("Tarnby Colliery", LOC),
            ("Velmor Castle", LOC),
            ("St Orsk's Church", LOC),
            ("Orthodox Church", ORG),
            ("Church of Tarnia", ORG),
            ("Dana Castle", PER),
            ("St Tarn's College", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_stadium_named_in_its_country_s_language_is_a_place_but_a_stade_club() {
        let doc = DocContext::new(
            "Estadio Dana Ruiz, Stadio Tarn and Stade de Velmor hosted Stade Orskais.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Estadio", "Dana", "Ruiz"], ORG),
            (&["Stadio", "Tarn"], PER),
            (&["Stade", "de", "Velmor"], ORG),
            (&["Stade", "Orskais"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_buildings(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [LOC, LOC, LOC, ORG]);
    }

    #[test]
    fn a_name_with_the_arabic_article_before_a_site_or_village_is_a_place() {
        let doc = DocContext::new(
            "Guards at the al-Tarnia mosque stopped them. They prayed at al-Tarnia later. \
             Troops left the Jebel al-Orsk region. Dana al-Velmori said al-Kelb was shut.",
        );
        let mut spans = vec![
            span(&doc, &["Jebel"], LOC, 0.6),
            span(&doc, &["Dana", "al-Velmori"], NameLabel::Person, 0.9),
        ];
        find_article_places(&doc, &mut spans);
        // A person's name and a word no site or settlement follows are left alone.
        let expected = [
            ("al-Tarnia", LOC),
            ("al-Tarnia", LOC),
            ("Jebel al-Orsk", LOC),
            ("Dana al-Velmori", NameLabel::Person),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_republic_named_by_its_people_is_a_place() {
        let doc = DocContext::new(
            "Talks between Orsk and the Tatar Republic, then the Irish Republic Party and the \
             Velmor African Republic, went on.",
        );
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9), span(&doc, &["Tatar"], ORG, 0.4)];
        find_demonym_republics(&doc, &mut spans);
        // A capitalized word before or after the pair opens or goes on with a longer name.
        let expected = [("Orsk", LOC), ("Tatar Republic", LOC)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_known_place_the_tagger_left_out_after_a_preposition_is_a_place() {
        let doc = DocContext::new(
            "They meet in Urumqi in May, staff in Reading left and a firm at Urumqi Velmor Works \
             grew.",
        );
        let mut spans = Vec::new();
        find_left_out_known_places(&doc, &mut spans);
        // A common word and a part of a longer run are none.
        expect(texts(&spans, &doc), &[("Urumqi", LOC)]);
    }

    #[test]
    fn a_site_the_tagger_left_out_whole_is_a_place() {
        let doc = DocContext::new(
            "Crowds filled Orsk's Velmor Square on Friday. The Tarn Bridge Company and Dana \
             Ruiz Kelvo Orsk Airport were named. Square dances were held. Tarnek Island was \
             shut. Staff at Velmor Bridge Works left for Long Tarn International Airport.",
        );
        let mut spans =
            vec![span(&doc, &["Orsk"], LOC, 0.9), span(&doc, &["Tarnek", "Island"], ORG, 0.6)];
        find_left_out_sites(&doc, &mut spans);
        // A site's word inside a longer run, or opening a sentence, names no site here; a
        // name the tagger found stays its own; three words may come before the site's word.
        let expected = [
            ("Orsk", LOC),
            ("Velmor Square", LOC),
            ("Tarnek Island", ORG),
            ("Long Tarn International Airport", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
        // An avenue, a boulevard, a plateau and a parkway are sites too.
        let doc = DocContext::new(
            "Lantern Avenue in Orsk is busy. Cafes line Velmor Boulevard, and the Tarn Plateau \
             ends in a forest along the Garden Orsk Parkway.",
        );
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        find_left_out_sites(&doc, &mut spans);
        let expected = [
            ("Lantern Avenue", LOC),
            ("Orsk", LOC),
            ("Velmor Boulevard", LOC),
            ("Tarn Plateau", LOC),
            ("Garden Orsk Parkway", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_site_named_after_a_person_takes_its_title_word_and_a_royal_s_title() {
        let doc = DocContext::new(
            "Flights left Dana Ruiz International Airport for King Tarek Port, and Ken Vale \
             Stadium Trust paid for Tom Orsk Ground.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["Dana", "Ruiz"], per, 0.9),
            span(&doc, &["Tarek", "Port"], per, 0.9),
            span(&doc, &["Ken", "Vale"], per, 0.9),
            span(&doc, &["Tom", "Orsk", "Ground"], per, 0.9),
        ];
        name_sites(&doc, &mut spans);
        // A capitalized run going on after the site's word is a name of its own.
        let expected = [
            ("Dana Ruiz International Airport", LOC),
            ("King Tarek Port", LOC),
            ("Ken Vale", per),
            ("Tom Orsk Ground", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_river_after_the_is_a_place_but_not_a_team_or_a_trust() {
        let doc = DocContext::new(
            "Barges on the River Velmara met the River Orsk Trust, the River Cats and River Tarn.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["River", "Velmara"], per, 0.6),
            span(&doc, &["River", "Orsk", "Trust"], ORG, 0.6),
            span(&doc, &["River", "Cats"], ORG, 0.6),
            span(&doc, &["River", "Tarn"], per, 0.6),
        ];
        name_sites(&doc, &mut spans);
        let expected = [
            ("River Velmara", LOC),
            ("River Orsk Trust", ORG),
            ("River Cats", ORG),
            ("River Tarn", per),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_after_in_that_ends_its_clause_is_a_place() {
        let doc = DocContext::new(
            "They met in Cherry Velm. Trust in Dana Ruiz grew, and in Ken Vale's view it held; \
             a hall in Tarn Hill, then Orsk.",
        );
        let per = NameLabel::Person;
        let names: [(&[&str], NameLabel); 5] = [
            (&["Cherry", "Velm"], per),
            (&["Dana", "Ruiz"], per),
            (&["Ken", "Vale"], per),
            (&["Tarn", "Hill"], per),
            (&["Orsk"], LOC),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_places_ending_in_phrases(&doc, &mut spans);
        // A clause going on after the name, or a possessive, leaves the person.
        let expected = [
            ("Cherry Velm", LOC),
            ("Dana Ruiz", per),
            ("Ken Vale", per),
            ("Tarn Hill", LOC),
            ("Orsk", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_along_or_on_the_banks_of_the_is_a_place_but_not_a_body() {
        let doc = DocContext::new(
            "Floods along the Velm reached the banks of the Orsk, the mouth of the Tarn Water \
             Board and the source of the Karsk.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["Velm"], per, 0.6),
            span(&doc, &["Orsk"], ORG, 0.6),
            span(&doc, &["Tarn", "Water", "Board"], ORG, 0.6),
            span(&doc, &["Karsk"], ORG, 0.6),
        ];
        name_sites(&doc, &mut spans);
        // "the source of the" names a report's source as often as a river's.
        let expected = [("Velm", LOC), ("Orsk", LOC), ("Tarn Water Board", ORG), ("Karsk", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_before_a_site_s_kind_and_word_is_a_place() {
        let doc = DocContext::new(
            "Guards shut the Casa Velmor presidential palace; Dana Ruiz main office and Ken Vale \
             national team stayed; the Orsu Tolgan copper mine grew.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["Casa", "Velmor"], per, 0.6),
            span(&doc, &["Dana", "Ruiz"], per, 0.9),
            span(&doc, &["Ken", "Vale"], per, 0.9),
            span(&doc, &["Orsu", "Tolgan"], per, 0.9),
        ];
        name_sites(&doc, &mut spans);
        // An office or a team is no site; what a mine yields may come between.
        let expected =
            [("Casa Velmor", LOC), ("Dana Ruiz", per), ("Ken Vale", per), ("Orsu Tolgan", LOC)];
        expect(texts(&spans, &doc), &expected);
        // A name the tagger ran over the resource ends before it.
        let doc = DocContext::new("The Velmorysh gas field and the Orsk gas company grew.");
        let mut spans = vec![
            span(&doc, &["Velmorysh", "gas"], ORG, 0.6),
            span(&doc, &["Orsk", "gas"], ORG, 0.6),
        ];
        name_sites(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmorysh", LOC), ("Orsk gas", ORG)]);
        // An organization before a port's or a field's word is the site, but a body's or a
        // firm's, and one before a plant.
        let doc = DocContext::new(
            "The Velkhor dry port, the Tarngiz field, the Orsk Oil Corp field and the Brisk plant \
             grew.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velkhor"], ORG),
            (&["Tarngiz"], ORG),
            (&["Orsk", "Oil", "Corp"], ORG),
            (&["Brisk"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_sites(&doc, &mut spans);
        let expected = [("Velkhor", LOC), ("Tarngiz", LOC), ("Orsk Oil Corp", ORG), ("Brisk", ORG)];
        expect(texts(&spans, &doc), &expected);
        // So before a mine's, a district's or a power station's word.
        let doc = DocContext::new(
            "The Velkhor copper mine, the historic Tarngiz district and the Orskpol power \
             station closed.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velkhor"], ORG), (&["Tarngiz"], ORG), (&["Orskpol"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_sites(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velkhor", LOC), ("Tarngiz", LOC), ("Orskpol", LOC)]);
    }

    #[test]
    fn a_site_s_word_or_first_name_the_tagger_left_out_joins_the_place() {
        let doc = DocContext::new(
            "He sang at the Palace of the Velmor Republic and at Crocus Orsk Hall, not at New \
             Tarn Stadium or the People's Hall.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmor", "Republic"], LOC), (&["Orsk", "Hall"], LOC), (&["Tarn", "Stadium"], LOC)];
        let mut spans = crate::names::resolve::test_support::spans_in_order(&doc, &names, 0.6);
        name_sites(&doc, &mut spans);
        // "New" is one of a run, and a common word besides.
        let expected = [
            ("Palace of the Velmor Republic", LOC),
            ("Crocus Orsk Hall", LOC),
            ("Tarn Stadium", LOC),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_ending_in_a_site_s_word_is_a_place() {
        let doc = DocContext::new(
            "Orsk won at Tarn Park and Velmor Stadium, then Dana Park and Ken Hall spoke. \
             Freight left the Orsk Hub.",
        );
        let per = NameLabel::Person;
        let mut spans = vec![
            span(&doc, &["Tarn", "Park"], per, 0.6),
            span(&doc, &["Velmor", "Stadium"], per, 0.6),
            span(&doc, &["Dana", "Park"], per, 0.9),
            span(&doc, &["Ken", "Hall"], per, 0.9),
            span(&doc, &["Orsk", "Hub"], per, 0.8),
        ];
        name_sites(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "Park" and "Hall" are surnames too: a site only right after "at".
        assert_eq!(labels, [LOC, LOC, per, per, LOC]);
    }

    #[test]
    fn a_front_armies_fight_on_is_a_place() {
        let doc = DocContext::new(
            "Tarn fought on the Western Front and on the Italian Front, then joined the \
             Eastern Front and voted on the Orsk Front.",
        );
        let org = NameLabel::Organization;
        let mut spans = vec![
            span(&doc, &["Western", "Front"], org, 0.6),
            span(&doc, &["Italian", "Front"], org, 0.6),
            span(&doc, &["Eastern", "Front"], org, 0.6),
            span(&doc, &["Orsk", "Front"], org, 0.6),
        ];
        name_war_fronts(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // A body is joined; only a compass word or a nationality names a war's front.
        assert_eq!(labels, [LOC, LOC, org, org]);
    }

    #[test]
    fn an_empire_after_a_word_of_a_people_is_a_place() {
        let doc = DocContext::new(
            "Traders crossed the Velmoran Empire and the Spanish Empire; Empire State Bank and \
             Orsk Empire did not.",
        );
        let mut spans = vec![
            span(&doc, &["Empire"], ORG, 0.4),
            span(&doc, &["Empire", "State", "Bank"], ORG, 0.8),
            span(&doc, &["Orsk", "Empire"], ORG, 0.6),
        ];
        find_empires(&doc, &mut spans);
        let expected = [
            ("Velmoran Empire", LOC),
            ("Spanish Empire", LOC),
            ("Empire State Bank", ORG),
            ("Orsk Empire", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_old_town_takes_its_old() {
        let doc = DocContext::new(
            "Ferries link Old Velmora and Old Paris with Orsk; Old Tarvel Mining grew.",
        );
        let mut spans = vec![
            span(&doc, &["Velmora"], LOC, 0.9),
            span(&doc, &["Paris"], ORG, 0.4),
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Tarvel", "Mining"], ORG, 0.6),
        ];
        take_in_place_openers(&doc, &mut spans);
        let expected =
            [("Old Velmora", LOC), ("Old Paris", LOC), ("Orsk", LOC), ("Tarvel Mining", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_s_opening_word_makes_the_name_a_place() {
        let doc = DocContext::new(
            "Jets left Camp Velmor for Cape Tarnek; Mount Orsk Hospital and Fort Vale met at \
             Jebel Tarn, Castel Rionaro and Puerto Velmo.",
        );
        let mut spans = vec![
            span(&doc, &["Velmor"], ORG, 0.6),
            span(&doc, &["Cape", "Tarnek"], NameLabel::Person, 0.6),
            span(&doc, &["Orsk", "Hospital"], ORG, 0.6),
            span(&doc, &["Fort", "Vale"], ORG, 0.6),
            span(&doc, &["Jebel", "Tarn"], NameLabel::Person, 0.6),
            span(&doc, &["Castel", "Rionaro"], NameLabel::Person, 0.6),
            span(&doc, &["Puerto", "Velmo"], NameLabel::Person, 0.6),
        ];
        take_in_place_openers(&doc, &mut spans);
        // A hospital is an organization; a name read whole as an organization stays one.
        let expected = [
            ("Camp Velmor", LOC),
            ("Cape Tarnek", LOC),
            ("Orsk Hospital", ORG),
            ("Fort Vale", ORG),
            ("Jebel Tarn", LOC),
            ("Castel Rionaro", LOC),
            ("Puerto Velmo", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A street or motorway named in its own language, and "Via" with its particle.
        let doc = DocContext::new(
            "Shops on Avenida Velmor Prado and Via dei Tarnesi face the Autostrada Orskese; \
             Dana Ruiz and the Via dei Karsk Bank stayed.",
        );
        let mut spans = vec![
            span(&doc, &["Avenida", "Velmor", "Prado"], ORG, 0.6),
            span(&doc, &["Tarnesi"], NameLabel::Person, 0.6),
            span(&doc, &["Autostrada", "Orskese"], ORG, 0.6),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.6),
            span(&doc, &["Karsk", "Bank"], ORG, 0.6),
        ];
        take_in_place_openers(&doc, &mut spans);
        let expected = [
            ("Avenida Velmor Prado", LOC),
            ("Via dei Tarnesi", LOC),
            ("Autostrada Orskese", LOC),
            ("Dana Ruiz", NameLabel::Person),
            // A body's word names a body at the street.
            ("Karsk Bank", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A port named after a known town is a place; a town found alone stays alone, and a
        // port's authority is a body.
        let doc = DocContext::new(
            "Ships left the Port of Antwerp for the Port of Hamburg; the Port of Velmor Authority \
             said so.",
        );
        let mut spans = vec![
            span(&doc, &["Port", "of", "Antwerp"], ORG, 0.6),
            span(&doc, &["Hamburg"], LOC, 0.6),
            span(&doc, &["Port", "of", "Velmor", "Authority"], ORG, 0.6),
        ];
        take_in_place_openers(&doc, &mut spans);
        let expected =
            [("Port of Antwerp", LOC), ("Hamburg", LOC), ("Port of Velmor Authority", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_hyphenated_name_after_a_preposition_is_a_place() {
        let doc = DocContext::new(
            "Talks on autonomy for Velmo-Karsk stalled in January-May and in German-Orsk talks, \
             in Tarn-Brisk Holdings and a visit to Orsk-Tarnby.",
        );
        let mut spans = vec![span(&doc, &["Tarn-Brisk", "Holdings"], ORG, 0.6)];
        find_hyphenated_places(&doc, &mut spans);
        let expected = [("Velmo-Karsk", LOC), ("Tarn-Brisk Holdings", ORG), ("Orsk-Tarnby", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_hyphenated_name_before_a_word_for_an_area_is_a_place() {
        let doc = DocContext::new(
            "The mine lies in the Velmo-Kul region, and the Orsk-Tarn talks went on.",
        );
        let mut spans = Vec::new();
        find_hyphenated_places(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Velmo-Kul".to_string(), LOC)]);
    }

    #[test]
    fn a_street_after_a_house_number_is_a_place() {
        let doc = DocContext::new(
            "The shop moved from 12 Old Velmor Road to 7 Brisk Street, near 30 Tarn Avenue; \
             Dana Ruiz shot 220 Orsk Street in the card.",
        );
        let mut spans = vec![span(&doc, &["Tarn", "Avenue"], ORG, 0.5)];
        spans.push(NameSpan { a: doc.len() - 6, b: doc.len() - 5, label: ORG, conf: 0.5 });
        find_addressed_streets(&doc, &mut spans);
        let expected = [
            ("Old Velmor Road", LOC),
            ("Brisk Street", LOC),
            ("Tarn Avenue", ORG),
            ("Orsk Street", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

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

    #[test]
    fn a_known_place_split_at_its_lower_case_words_or_taken_for_a_body_is_one_place() {
        let doc = DocContext::new(
            "Ships left Dar es Salaam for the Democratic Republic of Congo and the Orsk es \
             Tarn.",
        );
        let spans = vec![
            span(&doc, &["Dar"], LOC, 0.5),
            span(&doc, &["Salaam"], ORG, 0.5),
            span(&doc, &["Democratic", "Republic", "of", "Congo"], ORG, 0.5),
            span(&doc, &["Orsk"], LOC, 0.5),
            span(&doc, &["Tarn"], LOC, 0.5),
        ];
        let expected = [
            ("Dar es Salaam", LOC),
            ("Democratic Republic of Congo", LOC),
            ("Orsk", LOC),
            ("Tarn", LOC),
        ];
        let found = texts(&join_place_names(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // An elided particle's word the tagger left out, where the whole is known.
        let doc = DocContext::new("Cocoa from Côte d'Ivoire and Orsk d'Tarn rose.");
        let spans = vec![span(&doc, &["Côte"], ORG, 0.5), span(&doc, &["Orsk"], LOC, 0.5)];
        let found = texts(&join_place_names(&doc, spans), &doc);
        assert_eq!(found, [("Côte d'Ivoire".to_string(), LOC), ("Orsk".to_string(), LOC)]);
    }

    #[test]
    fn a_place_cut_at_a_romance_particle_takes_the_words_after_it() {
        let doc = DocContext::new(
            "Vans left Velma del Mar for the Salar de Tarno, the Paseo de la Orsa, Spain de \
             Brisk and Orsk de Tarn Holdings.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Velma"], LOC),
            (&["Salar"], LOC),
            (&["Tarno"], ORG),
            (&["Paseo"], LOC),
            (&["Orsa"], ORG),
            (&["Spain"], LOC),
            (&["Orsk"], LOC),
            (&["Tarn", "Holdings"], ORG),
        ];
        let spans = spans_in_order(&doc, &names, 0.5);
        // A country before a particle and a longer name after one stay apart.
        let expected = [
            ("Velma del Mar", LOC),
            ("Salar de Tarno", LOC),
            ("Paseo de la Orsa", LOC),
            ("Spain", LOC),
            ("Orsk", LOC),
            ("Tarn Holdings", ORG),
        ];
        expect(texts(&join_place_names(&doc, spans), &doc), &expected);
    }
}

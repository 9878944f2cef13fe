//! Names the tagger ran across a list, a date or a headline: split at commas (and an
//! organization's or place's at the "v." of a case or fixture), cut a trailing date word, drop
//! a title-case headline's run (its countries and cities kept), split a name run over "and"
//! into the two names the document gives alone elsewhere, join names around "&" into one
//! company (or two people);
//! programmes and battles it took for organizations, contests and awards it took for places or
//! organizations ("Orsk Jazz Festival"), and streets and natural features it took for
//! organizations or people (and venues named after a person, and regions the gazetteer knows
//! it took for people); sports statistics ("by KO", "three RBI") are no names, a place before
//! "Open" is part of a tournament's name,
//! ships ("HMS Velmor", "the carrier Dana Ruiz") are no organizations or people, and religions
//! ("Catholicism") and a faith's adjective before a common noun ("the Velmor Catholic
//! diocese") are no names.

use super::{teams, WordSet};
use crate::entity::PlaceKind;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    is_common_word, BIG_CITY, CORPSUFFIX, COUNTRY, COUNTRY_OR_CITY, DEMONYM, FIRST, GAZETTEER,
    LAST, ORGHEAD, PLACE, REGION, TITLE, WIKIORG,
};
use crate::names::resolve::companies::is_listed;
use crate::names::resolve::long_names::{self, FIRM_WORDS};
use crate::names::span::{add_spans, overlaps_any, replace_inner, NameLabel, NameSpan};

/// Whether token `i` of a name ending at token `b` is a "(" that no ")" closes before the
/// name's last word, before a capitalized word of no date: a short name after the long one,
/// where the tagger ran one into the other ("Velmor Bank (Velbank"; not "Ruiz (drum)" nor
/// "Sara (May 1763").
fn opens_last_bracket(doc: &DocContext, i: usize, b: usize) -> bool {
    doc.word(i) == "("
        && i < b
        && doc.capitalized(i + 1)
        && !is_date_word(doc.word(i + 1), NameLabel::Organization)
        && !is_month_name(doc.word(i + 1))
        && !(i + 1..b).any(|j| doc.word(j) == ")")
}

/// Lower-case words no name holds, which the tagger now and then runs a name over ("the Velmor
/// Highway near Orsk", "Velmor said"): prepositions of place and time, verbs of saying and
/// being, relative pronouns.
const NEVER_INSIDE: WordSet = WordSet::new(&[
    "near", "said", "says", "told", "with", "after", "before", "during", "while", "when", "who",
    "which", "was", "were", "has", "had", "have", "will", "would", "via",
]);

/// Splits a name the tagger ran across a comma ("Mercantile, Commerce"), one of the
/// [`NEVER_INSIDE`] or a bracket that the name does not go on after ("Velmor Bank (Velbank",
/// not "Tarn Oil (North America) Ltd") into the names on either side, and so an organization
/// or place run across the "v." between two parties of a case or a fixture ("Tarnek v. Velmor
/// Holdings"; a person's "v." is the particle "von": "Ludwig v. Tarnek"); and drops a date
/// word the tagger let a name run into ("Orsk TV Friday") and a closing bracket with no
/// opening one in the name ("(Distributed by Velmor News Service)").
pub(crate) fn split_lists(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let mut a = s.a;
        for i in s.a..=s.b + 1 {
            if i > s.b
                || doc.word(i) == ","
                || opens_last_bracket(doc, i, s.b)
                || s.label != NameLabel::Person && is_versus(doc, i)
                || NEVER_INSIDE.contains(doc.word(i))
            {
                let mut b = ran_on_end(doc, a, i);
                while b > a + 1 && is_date_word(doc.word(b - 1), s.label) {
                    b -= 1;
                }
                // "(by the Velmor News Service)": a bracket closing what the name opens in.
                if b > a + 1 && doc.word(b - 1) == ")" && !(a..b - 1).any(|j| doc.word(j) == "(") {
                    b -= 1;
                }
                if b > a {
                    out.push(NameSpan { a, b: b - 1, ..s });
                }
                a = i + 1;
            }
        }
    }
    // A title-case headline's run ("Why Vendrix Is Leaving Orsk", "Velmor Meets Ruiz In Orsk")
    // is no name; its names are left to the document's other mentions, but for the countries
    // and cities in it ("Why Vendrix Is Leaving South Korea For Kazakhstan").
    let mut places = Vec::new();
    // Most documents hold none of the verbs: their names' words need not be looked up.
    let verbs = HEADLINE_VERBS.may_occur_in(doc);
    out.retain(|s| {
        // A verb opens a name only after a headline's comma ("Velmor Meets Ruiz, Discusses Oil").
        let after_comma = s.a > 0 && doc.word(s.a - 1) == ",";
        let inside = |i: usize| s.a < i && i < s.b || i == s.a && after_comma;
        let run = (s.a..=s.b).any(|i| holds_headline_verb(doc, i, inside(i), verbs));
        if run {
            push_known_places(doc, s, &mut places);
        }
        !run
    });
    out.extend(places);
    out.sort_by_key(|s| s.a);
    name_ships(doc, &mut out);
    take_in_exclamations(doc, &mut out);
    let mut counted = None;
    for s in out.iter_mut() {
        let one = s.a == s.b;
        if (one && (is_statistic(doc, s.a, &mut counted) || is_doctrine(doc.word(s.a))))
            || is_month_code(doc, s.a, s.b)
            || opens_tournament(doc, s.b)
            || s.label == NameLabel::Place && names_treaty(doc, s.b)
            // "the Orsk Laws", "the Velmora Accords": the tagger ran the place over the
            // treaty's word.
            || s.label == NameLabel::Place && !one && TREATY_WORDS.contains(doc.word(s.b))
            // "the Orsk Investment Forum": a place, a subject and an event's word name an
            // event ("Orsk Forum" may be a square).
            || s.label == NameLabel::Place && s.b >= s.a + 2 && ends_event(doc, s.a, s.b)
        {
            s.label = NameLabel::Other;
        }
    }
    name_events_around(doc, &mut out);
    let mut out = join_ampersands(cut_company_places(split_named_pairs(out, doc), doc), doc);
    for s in out.iter_mut().filter(|s| s.b > s.a) {
        let last = doc.word(s.b);
        let person = s.label == NameLabel::Person;
        // "Orsk Brook" is a stream; "Dana Brook" (a first name before it) a person, but for
        // one a preposition of place leads ("offices on Dana Street").
        let surname = SURNAMES_TOO.contains(last)
            && doc.cats(s.a) & FIRST != 0
            && !(s.a > 0 && SITE_PREPOSITIONS.contains(doc.word(s.a - 1)));
        // "Blair County": no person's name ends in "County" or "Moor" ("Ross County" in a
        // document of sport is a club: see `teams`).
        let place_end = || {
            PLACE_WORDS.contains(last)
                || last == "Moor"
                || last == "County" && !teams::speaks_of_sport(doc)
        };
        if person && ((place_end() && !surname) || names_venue(doc, s) || is_known_region(doc, s)) {
            s.label = NameLabel::Place;
        } else if person
            && (BUSINESS_ENDS.contains(last)
                || FIRM_WORDS.contains(last)
                || names_a_trade(doc, s.b)
                || doc.capitalized(s.b) && long_names::is_legal_form(doc, s.b))
        {
            // "Dana Music", "the Orsk Metro", "Velmtech SE": a business or operator, no
            // person.
            s.label = NameLabel::Organization;
        } else if EVENT_ENDS.contains(last) || person && is_model_code(doc.word(s.a)) {
            // A contest or an award ("Orsk Music Contest", "Dana Ruiz Prize", "the Orsk Reed
            // Ford Jazz Festival") is an event, whatever the tagger took it for, and an
            // aircraft or vehicle ("VX-12 Hawk") a type of object: no person.
            s.label = NameLabel::Other;
        }
    }
    // "the Van Leeuwenstraat", "on the Ballindamm": a street's or a harbour's word written
    // into the name's last word, as Dutch and German write them, names the place.
    for s in out.iter_mut().filter(|s| s.label != NameLabel::Place) {
        if ends_as_street(doc.word(s.b)) {
            s.label = NameLabel::Place;
        }
    }
    for s in out.iter_mut().filter(|s| s.label == NameLabel::Organization && s.b > s.a) {
        let battle =
            s.b > s.a + 1 && EVENT_HEADS.contains(doc.word(s.a)) && doc.word(s.a + 1) == "of";
        let ends_event = ends_event(doc, s.a, s.b);
        // An award's category ("Best Rock Video"), not a company named "Best" ("Best Lamps
        // Co": a company word or legal form ends it).
        let category = doc.word(s.a) == "Best" && doc.cats(s.b) & (CORPSUFFIX | ORGHEAD) == 0;
        // "the Velmor Catholic diocese", "the ruling Nationalist regime": a faith's or a
        // movement's adjective before a common noun names no organization (CoNLL: MISC).
        let faith = FAITH_ADJECTIVES.contains(doc.word(s.b))
            && s.b + 1 < doc.len()
            && doc.case(s.b + 1) == Case::Lower;
        if battle || ends_event || category || faith {
            // GUIDELINES: programmes, initiatives, events, summits, forums and treaties are no
            // organizations.
            s.label = NameLabel::Other;
        } else if PLACE_WORDS.contains(doc.word(s.b))
            && doc.word(s.b - 1) != "of"
            && !long_names::opens_with_scope(doc, s.a)
        {
            s.label = NameLabel::Place;
        } else if CLUB_PLACE_WORDS.contains(doc.word(s.b)) && !in_results(doc, s.a, s.b) {
            // "Fairfax County" is a place; a club named so plays in results ("Orsk County 2").
            s.label = NameLabel::Place;
        }
    }
    split_leading_countries(doc, &mut out);
    out
}

/// A country the tagger ran into the holiday or the faith's adjective after it ("the U.S.
/// Labor Day weekend", "a U.S. Roman Catholic diocese"), or a country or city
/// into "Olympics" ("the Orsk Olympics"), taken for another name, is a place of its
/// own and the rest stays the other name: the place qualifies the holiday, the faith or the
/// Games, as CoNLL marks it. An event named with the country ("U.S. Open",
/// "U.S. Civil War") and a country's own day ("Australia Day") stay whole, and so does a
/// nationality ("American Labor Day": no place).
fn split_leading_countries(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Other && s.b > s.a) {
        let a = s.a;
        let cats = doc.phrase_cats(a, a);
        if cats & COUNTRY_OR_CITY == 0 || cats & DEMONYM != 0 {
            continue;
        }
        let first = doc.word(a + 1);
        let country = cats & COUNTRY != 0;
        let holiday = country && s.b >= a + 2 && doc.word(s.b) == "Day";
        let faith = country
            && (FAITH_ADJECTIVES.contains(first)
                || first == "Roman" && s.b >= a + 2 && FAITH_ADJECTIVES.contains(doc.word(a + 2)));
        // "the Orsk Olympics": the city that held them (not "the Velmor Games").
        let olympics = s.b == a + 1 && first == "Olympics";
        if holiday || faith || olympics {
            found.push(NameSpan { a, b: a, label: NameLabel::Place, conf: s.conf });
            s.a = a + 1;
        }
    }
    add_spans(spans, found);
}

/// A name written with an exclamation mark ("Velmorang! announced", "Yodel! said") keeps it
/// and is an organization (a magazine, a firm or a show; no person's name has one): a "!"
/// attached to the name's last word that a lower-case word follows ends no sentence. A name
/// opening with a person's title ("Oh, Mr Tarn! which ...": a film's) is left alone.
fn take_in_exclamations(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let tokens = &doc.toks.tokens;
    for s in spans.iter_mut() {
        let mark = s.b + 1;
        if mark + 1 < n
            && doc.word(mark) == "!"
            && tokens[s.b].end == tokens[mark].start
            && doc.case(mark + 1) == Case::Lower
            && doc.cats(s.a) & TITLE == 0
        {
            s.b = mark;
            s.label = NameLabel::Organization;
        }
    }
}

/// Whether token `i` is the "v." ("versus") between the two parties of a case or a fixture.
fn is_versus(doc: &DocContext, i: usize) -> bool {
    matches!(doc.word(i), "v." | "vs." | "v" | "vs")
}

/// Whether token `i` abbreviates a sports statistic, no name: a knockout or a most valuable
/// player ("won by KO", "31 KOs", "district MVP"), or runs batted in where the document
/// counts them ("three RBI", and then "an RBI double"; alone, "RBI" also names India's central
/// bank). `counted` keeps whether the document counts them, found on first need. Most words
/// fail on their length or first letter.
fn is_statistic(doc: &DocContext, i: usize, counted: &mut Option<bool>) -> bool {
    let w = doc.word(i);
    if !(2..=4).contains(&w.len()) || !matches!(w.as_bytes()[0], b'K' | b'T' | b'M' | b'R') {
        return false;
    }
    match w {
        "KO" | "KOs" | "KO's" | "TKO" | "TKOs" | "MVP" => true,
        "RBI" | "RBIs" => *counted.get_or_insert_with(|| {
            (1..doc.len()).any(|j| {
                let before = doc.lower(j - 1);
                matches!(doc.word(j), "RBI" | "RBIs")
                    && (super::is_short_number(before, 3) || COUNT_WORDS.contains(before))
            })
        }),
        _ => false,
    }
}

/// Adjectives of faiths and political movements that end no organization's name before a
/// lower-case noun (parties' own names, "Labour", "Liberal", stay out: "the Labour government").
const FAITH_ADJECTIVES: WordSet = WordSet::new(&[
    "Catholic",
    "Moslem",
    "Muslim",
    "Islamic",
    "Christian",
    "Orthodox",
    "Protestant",
    "Jewish",
    "Buddhist",
    "Hindu",
    "Sikh",
    "Shi'ite",
    "Sunni",
    "Nationalist",
    "Communist",
    "Socialist",
]);

/// Whether a one-word name is a religion or doctrine ("Velmorism", "Christianity"): no
/// person, place or organization (CoNLL: MISC). Most words fail on their last byte.
fn is_doctrine(w: &str) -> bool {
    matches!(w.as_bytes().last(), Some(b'm' | b'y'))
        && w.len() > 5
        && (w.ends_with("ism") || w.ends_with("ianity"))
}

/// Prefixes of ships' names ("HMS Velmor", "USS Orsk"; "SS" is left out: it names a Nazi
/// organization too).
const SHIP_PREFIXES: WordSet = WordSet::new(&["HMS", "USS", "RMS", "HMAS", "HMCS"]);

/// Words for a ship, after which a "person" is the ship's name ("the carrier Dana Ruiz").
const SHIP_WORDS: WordSet = WordSet::new(&[
    "carrier",
    "carriers",
    "warship",
    "destroyer",
    "frigate",
    "submarine",
    "tanker",
    "cruiser",
    "freighter",
    "ferry",
    "battleship",
    "vessel",
]);

/// A name opening with a ship's prefix names a ship, no organization or person (CoNLL: MISC),
/// and so does the rest of that name alone elsewhere in the document ("the Velmor"); so does
/// a "person" right after a word for a ship ("the aircraft carrier Dana Ruiz"; not "the
/// national carrier Velmor Air", an organization), and that name elsewhere ("The Dana Ruiz
/// sailed").
fn name_ships(doc: &DocContext, spans: &mut [NameSpan]) {
    let prefixed = |s: &NameSpan| s.b > s.a && SHIP_PREFIXES.contains(doc.word(s.a));
    let after_word = |s: &NameSpan| {
        s.label == NameLabel::Person && s.a > 0 && SHIP_WORDS.contains(doc.word(s.a - 1))
    };
    let ships: Vec<u64> = spans
        .iter()
        .filter_map(|s| match () {
            _ if prefixed(s) => Some(doc.key(s.a + 1, s.b)),
            _ if after_word(s) => Some(doc.key(s.a, s.b)),
            _ => None,
        })
        .collect();
    if ships.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        if prefixed(s) || ships.contains(&doc.key(s.a, s.b)) {
            s.label = NameLabel::Other;
        }
    }
}

/// Whether a name ending at token `b` names a tournament with the "Open" after it ("the Orsk
/// Open semifinals"): the name is part of the event's, no place of its own. Not when a
/// capitalized word follows ("Orsk Open University").
fn opens_tournament(doc: &DocContext, b: usize) -> bool {
    let n = doc.len();
    b + 1 < n
        && matches!(doc.word(b + 1), "Open" | "OPEN")
        && doc.sentence_of(b + 1) == doc.sentence_of(b)
        && (b + 2 >= n || !doc.capitalized(b + 2))
}

/// Whether a place ending at token `b` names a treaty or declaration with the word after it
/// ("the Orsk Agreement", "the Velmora Protocol"): the place is part of that name (CoNLL:
/// MISC), no place of its own. Not when a capitalized word follows ("North Atlantic Treaty
/// Organization").
fn names_treaty(doc: &DocContext, b: usize) -> bool {
    let n = doc.len();
    b + 1 < n
        && TREATY_WORDS.contains(doc.word(b + 1))
        && doc.sentence_of(b + 1) == doc.sentence_of(b)
        && (b + 2 >= n || !doc.capitalized(b + 2))
}

/// Words after a place that name a treaty, a declaration or laws made there ("Orsk
/// Accords", "Velmora Laws").
const TREATY_WORDS: WordSet = WordSet::new(&[
    "Agreement",
    "Accord",
    "Accords",
    "Declaration",
    "Protocol",
    "Treaty",
    "Charter",
    "Laws",
]);

/// Counts written as words, before a statistic ("three RBI").
const COUNT_WORDS: WordSet = WordSet::new(&[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
]);

/// Forms of "be" and "have" that a name never holds, written in title case only in headlines
/// ("Why Vendrix Is Leaving Tarnsk Early"). ("Said" and "Will" are names too.)
const HEADLINE_VERBS: WordSet = WordSet::new(&["Is", "Are", "Was", "Were", "Has", "Have"]);

/// Verbs of news headlines and prepositions that a name's words almost never are, capitalized
/// only in a headline written in title case or capitals ("Velmor Meets Ruiz In Orsk", "ORSK
/// CUTS RATES"). ("Falls", "Forces", "Names", "Posts", "Tops", "For" and "Of" are in names
/// too.)
const HEADLINE_WORDS: [&str; 105] = [
    "admits",
    "after",
    "against",
    "agrees",
    "ahead",
    "amid",
    "announces",
    "appoint",
    "appoints",
    "approves",
    "as",
    "asks",
    "at",
    "backs",
    "bans",
    "beats",
    "bleaches",
    "blocks",
    "boost",
    "boosts",
    "buys",
    "by",
    "calls",
    "closes",
    "confirms",
    "cuts",
    "delays",
    "denies",
    "despite",
    "discuss",
    "discusses",
    "drops",
    "edge",
    "edges",
    "ends",
    "expects",
    "extends",
    "eyes",
    "faces",
    "fires",
    "from",
    "gets",
    "halted",
    "halts",
    "hires",
    "hits",
    "in",
    "into",
    "joins",
    "jumps",
    "kills",
    "launch",
    "launches",
    "leaves",
    "lifts",
    "limits",
    "loses",
    "makes",
    "meets",
    "mulls",
    "near",
    "on",
    "opens",
    "orders",
    "over",
    "plans",
    "pledge",
    "pledges",
    "probes",
    "quits",
    "raises",
    "reaches",
    "recalls",
    "rejects",
    "reports",
    "resigns",
    "returns",
    "rises",
    "says",
    "seeks",
    "sees",
    "seizes",
    "sells",
    "sets",
    "settles",
    "shuts",
    "sign",
    "signs",
    "slams",
    "slips",
    "starts",
    "sues",
    "takes",
    "tells",
    "threatens",
    "to",
    "under",
    "unveils",
    "urges",
    "visits",
    "vows",
    "warns",
    "welcomes",
    "wins",
    "with",
];

/// Whether token `i` is a word of [`HEADLINE_VERBS`] (`verbs`: the document may hold one, as
/// [`WordSet::may_occur_in`] tells), or (`inside` a name, not at its edge: a byline's "Dana
/// Sells"; or opening it after a comma) of [`HEADLINE_WORDS`] capitalized in a headline.
fn holds_headline_verb(doc: &DocContext, i: usize, inside: bool, verbs: bool) -> bool {
    // Compared in lower case as written (no lower-cased copy of the word is made).
    let lower = |w: &str| doc.word(i).bytes().map(|b| b.to_ascii_lowercase()).cmp(w.bytes());
    verbs && HEADLINE_VERBS.contains(doc.word(i))
        || inside
            && doc.capitalized(i)
            && HEADLINE_WORDS.binary_search_by(|w| lower(w).reverse()).is_ok()
            && super::long_names::is_headline(doc, i)
}

/// Last words of the names of streets, structures, natural features and regions ("Harrow
/// Street", "Orsk Bay", "Velmora Stadium", "Orsk State Prison", "the Tarn Formation", "Orsk
/// Junction", "the Orsk Pass", "Tarnby Harbour Bridge"): such a name is a place (GUIDELINES),
/// not an organization, unless the word follows "of" ("Institute of Ocean") or a body's scope
/// opens the name ("World Orsk Bridge"), nor a person.
const PLACE_WORDS: WordSet = WordSet::new(&[
    "Street",
    "Road",
    "Avenue",
    "Boulevard",
    "Square",
    "Island",
    "Islands",
    "Cave",
    "River",
    "Mountains",
    "Lake",
    "Bay",
    "Valley",
    "Sea",
    "Ocean",
    "Strait",
    "Gulf",
    "Falls",
    "Canal",
    "Peninsula",
    "Stadium",
    "Reservoir",
    "Pond",
    "Brook",
    "Dock",
    "Course",
    "Pavilion",
    "Arena",
    "Complex",
    "Courthouse",
    "Prison",
    "Penitentiary",
    "Plateau",
    "Canyon",
    "Desert",
    "Basin",
    "Formation",
    "Junction",
    "Route",
    "Corridor",
    "Highway",
    "Expressway",
    "Drive",
    "Parkway",
    "Freeway",
    "Terrace",
    "Creek",
    "Mill",
    "Wharf",
    "Quay",
    "Bridge",
    "Pass",
    "Reef",
    "Shoal",
    "Atoll",
    "Lagoon",
    "Glacier",
    "Fjord",
    "Fen",
    "Ponds",
    "Gap",
    "Dam",
    "Barrage",
    "Viaduct",
    "Tunnel",
    "Motorway",
    "Plaza",
    "Obelisk",
]);

/// Endings of Dutch and German words for streets, squares, canals, quays and harbours
/// ("Leeuwenstraat", "Alexanderplatz", "Ballindamm", "Eemhaven").
const STREET_ENDINGS: [&str; 11] = [
    "straat", "strasse", "straße", "gasse", "platz", "plein", "gracht", "laan", "kade", "damm",
    "haven",
];

/// Whether the title-case word `w` ends in a street's or harbour's word of [`STREET_ENDINGS`]
/// with a word of its own before it ("Leeuwenstraat"; not "Straat" alone).
fn ends_as_street(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && STREET_ENDINGS.iter().any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
}

/// Last words of places that end clubs' names too ("Velmor County", "Tarn Park"): an
/// organization so named is a place unless it plays in a result ([`in_results`]). ("Province"
/// is left out: provinces field teams named so without a score beside them, "a Western
/// Province batsman".)
const CLUB_PLACE_WORDS: WordSet = WordSet::new(&["County", "Park"]);

/// Whether `w` ends the names of places ([`PLACE_WORDS`], "County", "Park": "Velmor Street",
/// "Orsk County").
pub(crate) fn is_place_word(w: &str) -> bool {
    PLACE_WORDS.contains(w) || CLUB_PLACE_WORDS.contains(w)
}

/// Last words of businesses' and operators' names that end no person's name, besides the
/// firms' words ([`FIRM_WORDS`]: "Velmor Records"): "Dana Music", "Velmor Metro", "Lantern
/// Theatre", "the Dana Ruiz Hotel", "Velmor Research", "Tarn Electric", "Orsk Infra", a
/// broker's "Securities", a miner's metal ("Brill Copper"; not "Gold" nor "Steel", surnames
/// too), a paper's "Dispatch" or "Gazette" (not "Courier", a surname too). CoNLL-2003,
/// WikiGold and the probes end no person's name in one of them. A "person"
/// so named is an organization (only a person: a place or organization the tagger found so
/// named keeps its kind, as CoNLL-2003 marks hotels as places).
const BUSINESS_ENDS: WordSet = WordSet::new(&[
    "Music",
    "Metro",
    "Theatre",
    "Theater",
    "Supermarket",
    "Supermarkets",
    "Hotel",
    "Casino",
    "Auditorium",
    "Research",
    "Analytics",
    "Consulting",
    "Associates",
    "Advisors",
    "Ventures",
    "Electric",
    "Grain",
    "Infra",
    "Rail",
    "Tech",
    "Motors",
    "Cement",
    "Textiles",
    "Finance",
    "Capital",
    "Credit",
    "Securities",
    "Sekuritas",
    "Copper",
    "Nickel",
    "Lithium",
    "Aluminium",
    "Aluminum",
    "Zinc",
    "Cobalt",
    "Uranium",
    "Coal",
    "Dispatch",
    "Gazette",
    "Tribune",
    "Chronicle",
    "Telegraph",
    "Journal",
]);

/// Whether token `i` names a trade or service, as a business's last word does ("Lakeshore
/// Towing", "Velmor Distribution", "Orsk Mechatronics"): an ordinary word of six letters or
/// more ending in "-ing", "-tion(s)" or "-ics" that no list knows as a first name or surname
/// ("Fleming", "Browning" are surnames).
fn names_a_trade(doc: &DocContext, i: usize) -> bool {
    let w = doc.word(i);
    w.len() >= 6
        && ["ing", "tion", "tions", "ics"].iter().any(|e| w.ends_with(e))
        && doc.case(i) == Case::Title
        && doc.cats(i) & (FIRST | LAST) == 0
        && is_common_word(doc.lower(i))
}

/// Words of [`PLACE_WORDS`] that end people's names too ("Ricki Lake", "Peter Brook"): a
/// person so named stays one where a known first name opens it, unless one of the
/// [`SITE_PREPOSITIONS`] leads it.
const SURNAMES_TOO: WordSet = WordSet::new(&["Lake", "Street", "Bay", "River", "Brook", "Mill"]);

/// Prepositions that put what follows them at a site ("on Dana Street", "along Tarn River").
const SITE_PREPOSITIONS: WordSet = WordSet::new(&["on", "along", "off", "near", "across"]);

/// Last words of events and awards that end no person's, place's or organization's name ("Orsk
/// Music Contest", "Dana Ruiz Prize"; "Games" is left out: a racehorse may be named "Velvet
/// Games").
const EVENT_ENDS: WordSet = WordSet::new(&[
    "Contest",
    "Festival",
    "Award",
    "Awards",
    "Prize",
    "Trophy",
    "Championship",
    "Championships",
    "Olympics",
    "Tournament",
    "Cup",
    "Cups",
]);

/// Last words of venues named after a person ("Dana Ruiz Playfield", "Vale Gym"), no word
/// that ends a person's name (a gym may be a company's: organizations are left alone).
const VENUE_WORDS: WordSet = WordSet::new(&["Gym", "Playfield"]);

/// Whether a person the tagger found is a venue named after someone: it ends in a word of
/// [`VENUE_WORDS`], or it is three words or more ending in "Park" ("Dana Ruiz Park"; two
/// words may be a person, "Grace Park").
fn names_venue(doc: &DocContext, s: &NameSpan) -> bool {
    let last = doc.word(s.b);
    VENUE_WORDS.contains(last) || (last == "Park" && s.b >= s.a + 2)
}

/// Whether tokens `a..=b` stand in a sports result or fixture: a score right after them, or
/// "v" / "vs" next to them ("Orsk County 2 Velmor 1", "Orsk County v Velmor").
pub(crate) fn in_results(doc: &DocContext, a: usize, b: usize) -> bool {
    let versus = |i: usize| matches!(doc.word(i), "v" | "vs" | "v." | "vs.");
    let score = |i: usize| doc.word(i).bytes().all(|c| c.is_ascii_digit());
    (b + 1 < doc.len() && (score(b + 1) || versus(b + 1))) || (a > 0 && versus(a - 1))
}

/// Last words of names of programmes, meetings and treaties ("Orsk International Forum",
/// "Velmora Trade Agreement"). Not those of sports events: CoNLL marks the city or country of
/// "the Orsk Olympics" or "the Velmora Grand Prix" a place.
const PROGRAMME_ENDS: WordSet = WordSet::new(&[
    "Programme",
    "Program",
    "Initiative",
    "Summit",
    "Forum",
    "Strategy",
    "Concept",
    "Roadmap",
    "Framework",
    "Doctrine",
    "Exhibition",
    "Treaty",
    "Accord",
    "Accords",
    "Agreement",
    "Declaration",
    "Charter",
    "Protocol",
]);

/// The most title-case words an event's name runs on after a place or an organization in it.
const EVENT_RUN: usize = 6;

/// A place or an organization that opens an event's or a programme's title-case name the
/// tagger left out ("the Orsk International Forum", "the Velmora Oil and Gas Exhibition",
/// "the Orsk Regional Cooperation Program") is part of that name, no name of its own
/// (GUIDELINES; CoNLL: MISC): it becomes the whole name, another kind of name never output,
/// in place of the names inside it. The name runs on over title-case words and "and", "of",
/// "for" or "&" between them, within the sentence, and ends in a word of
/// [`PROGRAMME_ENDS`]; a body called a programme ([`known_programme_body`]) and a
/// headline's words are left alone.
fn name_events_around(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let title = |i: usize| i < n && doc.case(i) == Case::Title;
    let mut found = Vec::new();
    for s in spans.iter().filter(|s| matches!(s.label, NameLabel::Place | NameLabel::Organization))
    {
        // Cheap checks first: a title-case word right after the name, or a connector and one
        // ("the Orsk Water and Energy Program", where the tagger found the place "Orsk
        // Water"); an organization and "and" may be a list's ("Velmor Bank and Orsk Aid
        // Program").
        let connects = |i: usize| matches!(doc.word(i), "and" | "of" | "for" | "&") && title(i + 1);
        let listed = || s.label == NameLabel::Organization && doc.word(s.b + 1) == "and";
        let opens = title(s.b + 1) || s.b + 1 < n && connects(s.b + 1) && !listed();
        if !opens {
            continue;
        }
        let sentence = doc.sentence_of(s.b);
        let (mut i, mut last) = (s.b + 1, s.b);
        while i < n && i <= s.b + EVENT_RUN && doc.sentence_of(i) == sentence {
            if title(i) {
                last = i;
            } else if !connects(i) {
                break;
            }
            i += 1;
        }
        let end = doc.word(last);
        // "the Orsk Forum" may be a square: two words name an event only as a treaty.
        let event = PROGRAMME_ENDS.contains(end)
            && (last >= s.a + 2 || TREATY_WORDS.contains(end))
            && doc.word(last - 1) != "of"
            && !known_programme_body(doc, s.a, last);
        if event && !long_names::is_headline(doc, s.a) {
            found.push(NameSpan { a: s.a, b: last, label: NameLabel::Other, conf: s.conf });
        }
    }
    replace_inner(spans, found);
}

/// The end (exclusive) of a name of tokens `a..end` that the tagger ran on into the words after
/// it ("Shares of General Mills fell 3%" read as a person "Mills fell 3%": a name it opened
/// had to go on): where a number or a sign follows a lower-case word after the name's last
/// capitalized word, the name ends before that lower-case word. Lower-case words between
/// capitalized ones stay ("Bank of Velmora"), and so do lower-case words ending a name
/// ("Velmor radio", "Orsk a.s.": CoNLL marks them so).
fn ran_on_end(doc: &DocContext, a: usize, end: usize) -> usize {
    let lower =
        |k: usize| doc.case(k) == Case::Lower && doc.word(k).starts_with(char::is_lowercase);
    let no_word = |k: usize| !doc.word(k).starts_with(char::is_alphabetic);
    let Some(c) = (a..end).rev().find(|&k| doc.capitalized(k)) else { return end };
    match (c + 1..end).find(|&k| lower(k)) {
        Some(k) if (k + 1..end).any(no_word) && !numbered_body(doc, k, end) => k,
        _ => end,
    }
}

/// Whether an organization's word, "of" at token `of` and a number closing the name at `end`
/// name a body by its members' count ("the Group of 20", "the Committee of 100"), not a name
/// run on into figures.
fn numbered_body(doc: &DocContext, of: usize, end: usize) -> bool {
    of > 0
        && of + 2 == end
        && doc.word(of) == "of"
        && doc.word(of + 1).bytes().all(|c| c.is_ascii_digit())
        && doc.cats(of - 1) & ORGHEAD != 0
}

/// Whether tokens `a..=b` (two or more) end in the last word of a programme's or an event's
/// name ([`NOT_ORGANIZATIONS`]) that no "of" precedes: "Velmora Liberation War" names a war,
/// "Ministry of War" an organization, and so does a [`known_programme_body`].
fn ends_event(doc: &DocContext, a: usize, b: usize) -> bool {
    b > a
        && NOT_ORGANIZATIONS.contains(doc.word(b))
        && doc.word(b - 1) != "of"
        && !known_programme_body(doc, a, b)
}

/// Whether tokens `a..=b` name a body called a programme or a forum that the Wikipedia list
/// knows as an organization ("United Nations Development Programme", "World Food Programme",
/// "European Youth Forum": a forum is often a standing body, not a meeting).
fn known_programme_body(doc: &DocContext, a: usize, b: usize) -> bool {
    matches!(doc.word(b), "Programme" | "Program" | "Forum") && doc.phrase_cats(a, b) & WIKIORG != 0
}

/// Whether name `s` (two words or more) is a country, big city or region the gazetteer knows
/// as a whole ("North Velmora" or "Nova Scotia" taken for a person; "Georgia Ruiz" is one).
fn is_known_region(doc: &DocContext, s: &NameSpan) -> bool {
    doc.phrase_cats(s.a, s.b) & (COUNTRY | BIG_CITY | REGION) != 0
}

/// First words of names of events and treaties before "of" ("Battle of Gettysburg",
/// "Campaign of Orsk Vale", "Treaty of Velmora"): no organizations.
const EVENT_HEADS: WordSet =
    WordSet::new(&["Battle", "Siege", "Campaign", "Treaty", "Peace", "Edict"]);

/// Last words of names of programmes, events, campaigns, wars, awards, treaties, laws and
/// periods ("Global Development Initiative", "Astana International Forum", "Overland
/// Campaign", "Orsk Cup Final", "the Middle Ages", "Orsk Finance Days", "the Subsoil Code"):
/// such a name is no organization, unless
/// the word follows "of" ("Ministry of War").
const NOT_ORGANIZATIONS: WordSet = WordSet::new(&[
    "Programme",
    "Campaign",
    "Final",
    "Finals",
    "Meeting",
    "Challenge",
    "Plan",
    "Strategy",
    "Concept",
    "Roadmap",
    "Framework",
    "Doctrine",
    "Protocol",
    "Charter",
    "Principles",
    "Guidelines",
    "Belt",
    "Prix",
    "War",
    "Program",
    "Initiative",
    "Summit",
    "Forum",
    "Festival",
    "Award",
    "Awards",
    "Prize",
    "Trophy",
    "Cup",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Expo",
    "Marathon",
    "Treaty",
    "Accord",
    "Accords",
    "Declaration",
    "Agreement",
    "Convention",
    "Act",
    "Code",
    "Open",
    "Classic",
    "Series",
    "Tour",
    "Rally",
    "Day",
    "Days",
    "Week",
    "Ages",
]);

/// Words for a firm's partners that "and" joins to a name the firm is named after ("Arthur
/// Velmor and Sons", "Tarnek and Partners").
const PARTNER_WORDS: WordSet =
    WordSet::new(&["Sons", "Partners", "Associates", "Company", "Co", "Co.", "Brothers"]);

/// A name joined to a capitalized word or another name by "&" is one company ("Tarnby &
/// Vell", "Velmor Tarnheim & Co") or band ("Dana & the Velmors", with its "the"), and so is
/// one joined by "and" to its partners ([`PARTNER_WORDS`]: "Arthur Velmor and Sons"), unless
/// both sides are people's full names: two presenters or partners ("Dana Ruiz & Tom Vale")
/// are two people, whatever the tagger made of them.
fn join_ampersands(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let spans = split_pairs_of_people(spans, doc);
    // Names join over "&", or over "and" before a partners' word: with neither, none does.
    if !doc.may_hold("&") && !PARTNER_WORDS.may_occur_in(doc) {
        return join_named_partners(spans, doc);
    }
    let n = doc.len();
    let word = |i: usize| doc.word(i);
    let org = NameLabel::Organization;
    let mut out: Vec<NameSpan> = Vec::with_capacity(spans.len());
    // "Dana & the Velmors": a band's "the" after the "&".
    let the_after = |b: usize| b + 3 < n && word(b + 2) == "the";
    for mut s in spans {
        if let Some(last) = out.last_mut() {
            let gap = if the_after(last.b) { 3 } else { 2 };
            if last.b + gap == s.a && word(last.b + 1) == "&" {
                if is_full_name(doc, last.a, last.b) && is_full_name(doc, s.a, s.b) {
                    last.label = NameLabel::Person;
                    s.label = NameLabel::Person;
                    out.push(s);
                    continue;
                }
                *last = NameSpan { a: last.a, b: s.b, label: org, conf: last.conf.min(s.conf) };
                continue;
            }
        }
        let free_before = out.last().map_or(true, |l| l.b + 2 < s.a);
        if s.a >= 2 && free_before && word(s.a - 1) == "&" && doc.capitalized(s.a - 2) {
            s.a -= 2;
            s.label = org;
        }
        out.push(s);
    }
    for k in 0..out.len() {
        let b = out[k].b;
        let gap = if the_after(b) { 3 } else { 2 };
        let free_after = out.get(k + 1).map_or(true, |nx| nx.a > b + gap);
        let joined = b + gap < n
            && match word(b + 1) {
                "&" => doc.capitalized(b + gap),
                // "Arthur Velmor and Sons", "Tarnek and Partners": "and" with the firm's partners.
                "and" => gap == 2 && PARTNER_WORDS.contains(word(b + 2)),
                _ => false,
            };
        if free_after && joined {
            out[k].b = b + gap;
            out[k].label = org;
        }
    }
    for s in out.iter_mut().filter(|s| s.label == NameLabel::Person) {
        // "Sullivan & Cromwell" read whole as a person.
        let Some(m) = (s.a + 1..s.b).find(|&i| word(i) == "&") else { continue };
        if !(is_full_name(doc, s.a, m - 1) && is_full_name(doc, m + 1, s.b)) {
            s.label = org;
        }
    }
    join_named_partners(out, doc)
}

/// Extends each organization found after the lists were read over "&" and its partners' word
/// right after it ("an analyst at Velmor" + "& Co."), as [`join_ampersands`] joins the
/// tagger's names.
pub(crate) fn take_in_partners(doc: &DocContext, spans: &mut [NameSpan]) {
    if !doc.may_hold("&") {
        return;
    }
    let n = doc.len();
    for k in 0..spans.len() {
        let b = spans[k].b;
        if spans[k].label == NameLabel::Organization
            && b + 2 < n
            && doc.word(b + 1) == "&"
            && PARTNER_WORDS.contains(doc.word(b + 2))
            && !overlaps_any(spans, b + 1, b + 2)
        {
            spans[k].b = b + 2;
        }
    }
}

/// Joins the partners' surnames listed with commas before a firm's "X & Y" into its name
/// ("Wachtell, Lipton, Rosen & Katz", which the tagger split at the commas): one title-case
/// word each, none a known place or nationality.
fn join_named_partners(mut spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let partner = |i: usize| {
        doc.case(i) == Case::Title && doc.cats(i) & (PLACE | DEMONYM) == 0 && doc.word(i) != "&"
    };
    let mut k = 0;
    while k < spans.len() {
        let s = &spans[k];
        let firm = s.label == NameLabel::Organization && (s.a + 1..s.b).any(|i| doc.word(i) == "&");
        // A partner is a name of its own word or no name's ("Brisk & the Velmors, Tarn & Kade"
        // is two firms).
        let alone = |i: usize| spans[..k].iter().all(|t| t.b < i || t.a > i || t.a == t.b);
        let mut a = s.a;
        while firm && a >= 2 && doc.word(a - 1) == "," && partner(a - 2) && alone(a - 2) {
            a -= 2;
        }
        if a < s.a {
            // The partners' own spans, one word each, give way.
            let first = spans[..k].partition_point(|t| t.b < a);
            spans[k].a = a;
            spans[k].conf = spans[first..=k].iter().map(|t| t.conf).fold(1.0, f32::min);
            spans.drain(first..k);
            k = first;
        }
        k += 1;
    }
    join_partner_firms(spans, doc)
}

/// A firm named by its partners ("Brantley, Oakes & Vane", "Tarvin, Keel and Co") is one
/// company: a one-word organization, a comma and an organization the tagger read as a second
/// partner joined by "&" or "and" to the rest of the name (it learned firms' names so, and
/// sees a list's members apart). Not a list's member (a comma or "and" before the first word),
/// nor a known organization or a place as the first word ("Apple, Johnson & Johnson").
fn join_partner_firms(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let org = NameLabel::Organization;
    let mut out: Vec<NameSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut() {
            let p = last.a;
            let partners = last.label == org
                && s.label == org
                && p == last.b
                && s.a == p + 2
                && s.b >= s.a + 2
                && doc.word(p + 1) == ","
                && matches!(doc.word(s.a + 1), "&" | "and")
                && (p == 0 || !matches!(doc.word(p - 1), "," | "and" | "&"))
                && doc.cats(p) & (PLACE | WIKIORG) == 0
                && !is_listed(doc, p, p);
            if partners {
                last.b = s.b;
                last.conf = last.conf.min(s.conf);
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Cuts a company the tagger ran on over "of" and a place after its legal form ("Velmor Motor
/// Corp of South Korea"): the place where the company is based is a place of its own. Names
/// of the form "... Corp of America" are the company's own ("Aluminum Co of America").
fn cut_company_places(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let legal_form =
            |i: usize| doc.word(i).starts_with(char::is_uppercase) && doc.cats(i) & CORPSUFFIX != 0;
        let cut = (s.a + 1..s.b.saturating_sub(1))
            .find(|&i| legal_form(i) && doc.word(i + 1) == "of")
            .filter(|&i| {
                let place = GAZETTEER.get(doc.key(i + 2, s.b)).is_some_and(|e| e.kind().is_some());
                place && !matches!(doc.word(s.b), "America" | "Americas")
            });
        match cut {
            Some(i) if s.label == NameLabel::Organization => {
                out.push(NameSpan { b: i, ..s });
                out.push(NameSpan { a: i + 2, label: NameLabel::Place, ..s });
            }
            _ => out.push(s),
        }
    }
    out
}

/// Whether `w` is a model designation: one to three capitals, a hyphen, digits and at most
/// one more capital ("VX-12", "TK-211", "R-47D").
fn is_model_code(w: &str) -> bool {
    let Some((letters, rest)) = super::split_first_hyphen(w) else { return false };
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_uppercase());
    (1..=3).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && rest.len() - digits.len() <= 1
}

/// Adds to `places` the countries and cities of one or two words inside `s` (by the
/// gazetteer's places or their names in news use), as places as sure as `s`; a town of one
/// word that is an ordinary English word is the word in a headline ("Seal Coalition Deal",
/// "Vows To Challenge"), a country or big city is the place ("Turkey", "Nice").
fn push_known_places(doc: &DocContext, s: &NameSpan, places: &mut Vec<NameSpan>) {
    let word_town = |a: usize| {
        is_common_word(doc.lower(a))
            && !GAZETTEER
                .get(doc.key(a, a))
                .is_some_and(|e| e.cats & BIG_CITY != 0 || e.kind() == Some(PlaceKind::Country))
    };
    let mut a = s.a;
    while a <= s.b {
        let b = if a < s.b && doc.is_country_or_city(a, a + 1) { a + 1 } else { a };
        if b > a || doc.is_country_or_city(a, a) && !word_town(a) {
            places.push(NameSpan { a, b, label: NameLabel::Place, conf: s.conf });
        }
        a = b + 1;
    }
}

/// Splits a name the tagger ran over "and" into a second name of the same kind ("Orsk Water
/// Board and Orsk Harbour Authority": both sides open with the same word, so each is a name of
/// its own), and cuts one it ran over "and" into a nationality that opens the next phrase
/// ("Vendrix and German Chancellor ..."): no name ends in "and" and a nationality. An
/// organization ending in its organization or firm word, "and" and a country or city is the
/// organization and the place ("the Velmor Authority and Kazakhstan resumed talks", "Tarn
/// Ventures and Japan's Mitsui"). An organization is two where:
/// - its second side opens with a place or nationality and ends in such a word, and its first
///   ends in one too or opens a name that is no place before a country ("the Velmor
///   Investment Fund and Qatar Investment Authority", "Velmor Dhabi and Oman Investment
///   Authority"; not "Trinidad and Tobago Investment Authority");
/// - a body of two words or more comes before a second name of as many that opens with a word
///   of no common-word list or that the gazetteer knows ("Velmor Savings Bank and Tarnek
///   Snacks"; not "Orsk Securities and Exchange Board");
/// - "and the" stands between two sides that each hold a body's word ("the Velmor Ministry of
///   Trade and the Orsk Council").
///
/// A name of anything but a person whose sides around "and" the document names each alone
/// elsewhere ("Velmor and Tarnek did not comment", after "Velmor" and "Tarnek") is those two
/// names.
fn split_named_pairs(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    // Whether tokens `a..=b` are, word for word, another name of the document.
    let named = |a: usize, b: usize| {
        spans.iter().any(|t| {
            t.a != a
                && t.b - t.a == b - a
                && (0..=b - a).all(|j| doc.word(t.a + j) == doc.word(a + j))
        })
    };
    let ands: Vec<Option<usize>> =
        spans.iter().map(|s| (s.a + 1..s.b).find(|&i| doc.word(i) == "and")).collect();
    // Only a name holding "and" is split.
    if ands.iter().all(Option::is_none) {
        return spans;
    }
    let apart: Vec<bool> = spans
        .iter()
        .zip(&ands)
        .map(|(s, &and)| {
            and.is_some_and(|m| {
                s.label != NameLabel::Person && named(s.a, m - 1) && named(m + 1, s.b)
            })
        })
        .collect();
    // An organization's word or a firm's ends the name at `i` ("Authority", "Ventures").
    let ends_in_head = |i: usize| doc.cats(i) & ORGHEAD != 0 || FIRM_WORDS.contains(doc.word(i));
    // A second body named after a country follows a first name of any words, which is no
    // place ("Velmor Dhabi and Oman Investment Authority"; not "Trinidad and Tobago
    // Investment Authority", whose country's name holds the "and").
    let country_body = |a: usize, m: usize| {
        doc.cats(m + 1) & COUNTRY != 0
            && !doc.is_country_or_city(a, m - 1)
            && !doc.is_country_or_city(a, m + 1)
    };
    // A name's last word before a possessive the tagger ran it over ("Japan's").
    let end = |s: &NameSpan| if doc.possessive(s.b) { s.b - 1 } else { s.b };
    // Where the second of two names around the "and" at `m` opens, if `s` is two.
    let second_name = |s: &NameSpan, m: usize| {
        let org = s.label == NameLabel::Organization;
        // "the Velmor Investment Fund and Orsk Investment Authority": a second body, named
        // after its country, region or people ("Lincolnshire County Council").
        let named_after_place = org
            && (ends_in_head(m - 1) || country_body(s.a, m))
            && end(s) >= m + 2
            && ends_in_head(end(s))
            && doc.cats(m + 1) & (PLACE | DEMONYM) != 0;
        // "TBC Bank and Bank of Georgia", "Velmor Foods International and Tarnek Snacks": a
        // body of two words or more, "and", and a second name of two words or more that opens
        // with a word no common-word list holds, or that the gazetteer knows.
        let uncommon = org
            && m >= s.a + 2
            && ends_in_head(m - 1)
            && end(s) >= m + 2
            && doc.case(m + 1) == Case::Title
            && (!is_common_word(doc.lower(m + 1)) && !ends_in_head(m + 1)
                || doc.phrase_cats(m + 1, end(s)) & WIKIORG != 0);
        // "the Velmor Ministry of Trade and the Orsk Council": "and the" between two sides
        // that each hold a body's word.
        let the_body = org
            && s.b >= m + 3
            && doc.word(m + 1) == "the"
            && doc.capitalized(m + 2)
            && (s.a..m).any(|i| doc.cats(i) & ORGHEAD != 0)
            && (m + 2..=s.b).any(|i| doc.cats(i) & ORGHEAD != 0);
        // "Orsk Water Board and Orsk Harbour Authority": both sides open with the same word.
        let same_opening = m >= s.a + 2 && s.b >= m + 2 && doc.word(m + 1) == doc.word(s.a);
        if the_body {
            Some(m + 2)
        } else {
            (named_after_place || uncommon || same_opening).then_some(m + 1)
        }
    };
    let mut out = Vec::with_capacity(spans.len());
    for ((s, and), apart) in spans.into_iter().zip(ands).zip(apart) {
        let Some(m) = and else {
            out.push(s);
            continue;
        };
        if !apart && m + 1 == s.b && doc.cats(s.b) & DEMONYM != 0 {
            out.push(NameSpan { b: m - 1, ..s });
        } else if !apart
            && s.label == NameLabel::Organization
            && ends_in_head(m - 1)
            && m + 1 == end(&s)
            && doc.is_country_or_city(m + 1, m + 1)
        {
            out.push(NameSpan { b: m - 1, ..s });
            out.push(NameSpan { a: m + 1, b: m + 1, label: NameLabel::Place, ..s });
        } else if let Some(c) = if apart { Some(m + 1) } else { second_name(&s, m) } {
            out.push(NameSpan { b: m - 1, ..s });
            out.push(NameSpan { a: c, ..s });
        } else {
            out.push(s);
        }
    }
    out
}

/// Splits each name holding "&" or "and" between two people's full names (or a surname and a
/// full name: "Tarn and Dana Velmor") into those two people.
fn split_pairs_of_people(spans: Vec<NameSpan>, doc: &DocContext) -> Vec<NameSpan> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let amp = (s.a + 1..s.b).find(|&i| matches!(doc.word(i), "&" | "and"));
        // Before "and", a surname alone may stand ("Tarn and Dana Velmor").
        let left = |m: usize| {
            is_full_name(doc, s.a, m - 1)
                || (doc.word(m) == "and"
                    && m == s.a + 1
                    && doc.case(s.a) == Case::Title
                    && doc.cats(s.a) & (FIRST | LAST) != 0)
        };
        match amp {
            Some(m) if left(m) && is_full_name(doc, m + 1, s.b) => {
                let person = NameLabel::Person;
                out.push(NameSpan { a: s.a, b: m - 1, label: person, conf: s.conf });
                out.push(NameSpan { a: m + 1, b: s.b, label: person, conf: s.conf });
            }
            _ => out.push(s),
        }
    }
    out
}

/// Whether tokens `a..=b` read as a person's full name: two to four capitalized words or
/// initials, the first a known first name ("Dana Ruiz", "Tom J. Vale"). Company names around
/// "&" are single words ("Marks & Spencer", "Procter & Gamble") or end in a company word.
fn is_full_name(doc: &DocContext, a: usize, b: usize) -> bool {
    let initial = |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    let word_ok = |i: usize| doc.case(i) == Case::Title || initial(doc.word(i));
    b > a
        && b - a < 4
        && doc.case(a) == Case::Title
        && doc.cats(a) & FIRST != 0
        && (a..=b).all(word_ok)
        && doc.cats(b) & (CORPSUFFIX | ORGHEAD) == 0
}

/// Whether a name labelled `label` cannot end in `w`: a weekday, or for anything but a person
/// a month ("Orsk Freight Survey October").
pub(crate) fn is_date_word(w: &str, label: NameLabel) -> bool {
    let weekday = matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    );
    weekday || (is_month(w) && label != NameLabel::Person)
}

/// Whether `w` is a month's name, "May" too (see [`is_month`]).
pub(crate) fn is_month_name(w: &str) -> bool {
    w == "May" || is_month(w)
}

/// Whether `w` is a month's name but "May", which is as often a word or a name.
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// Whether `w` is a month's short name, with or without its stop ("Dec", "Sept.").
pub(crate) fn is_short_month(w: &str) -> bool {
    SHORT_MONTHS.contains(w.strip_suffix('.').unwrap_or(w))
}

/// Months' short names.
const SHORT_MONTHS: WordSet = WordSet::new(&[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

/// Whether tokens `a..=b` are a table's months, no name: a short month in capitals in
/// brackets ("LONG GILT (SEP)"), two short months run together ("JulAug", "AUGSEP") or two
/// with a slash between them ("Mar / Sep").
fn is_month_code(doc: &DocContext, a: usize, b: usize) -> bool {
    // "SEP" as well as "Sep".
    let month = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && SHORT_MONTHS.words().iter().any(|m| m.eq_ignore_ascii_case(w))
    };
    let w = doc.word(a);
    let bracketed = a > 0 && doc.word(a - 1) == "(" && b + 1 < doc.len() && doc.word(b + 1) == ")";
    match b - a {
        0 if (3..=4).contains(&w.len()) => bracketed && doc.case(a) == Case::Upper && month(w),
        // The second month's capital first: it rules out most six-letter words.
        0 => {
            w.len() == 6
                && w.as_bytes()[3].is_ascii_uppercase()
                && w.is_char_boundary(3)
                && month(&w[..3])
                && month(&w[3..])
        }
        2 => doc.word(a + 1) == "/" && month(w) && month(doc.word(b)),
        _ => false,
    }
}

/// Whether `w` is a day's number in a month, as a dateline writes it ("2", "30").
pub(crate) fn is_day_of_month(w: &str) -> bool {
    w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether token `i` is a month's name used as a date: before a number ("May 9") or after a
/// word that opens a time ("in May", "since April", "last June"). A person may be named as a
/// month ("Dana May", "April Ruiz"): the document's person words are no date anywhere else.
pub(crate) fn is_dated_month(doc: &DocContext, i: usize) -> bool {
    let w = doc.word(i);
    // The cheap test first: a month's name has three to nine letters.
    if !(3..=9).contains(&w.len()) {
        return false;
    }
    let month = is_month_name(w);
    let number = || i + 1 < doc.len() && doc.word(i + 1).starts_with(|c: char| c.is_ascii_digit());
    let time = || {
        i > 0
            && matches!(
                doc.lower(i - 1),
                "in" | "on"
                    | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "through"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "of"
                    | "before"
                    | "after"
                    | "during"
            )
    };
    month && (number() || time())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};

    #[test]
    fn a_month_before_a_number_or_after_a_time_word_is_a_date() {
        let doc =
            DocContext::new("On May 9 Dana May came, and in April, since June 3 and Tuesday.");
        let dated: Vec<&str> =
            (0..doc.len()).filter(|&i| is_dated_month(&doc, i)).map(|i| doc.word(i)).collect();
        assert_eq!(dated, ["May", "April", "June"]);
    }
    use NameLabel::{Organization as ORG, Other, Person as PER, Place as LOC};

    #[test]
    fn partners_named_with_commas_and_an_ampersand_are_one_firm() {
        let doc = DocContext::new(
            "It hired Tarnow, Velling, Brisk & Kade and Orsk & Vale, and met Dana Ruiz & Ken \
             Vale in Paris, Madrid & Rome.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Tarnow"], LOC),
            (&["Velling"], ORG),
            (&["Brisk", "&", "Kade"], ORG),
            (&["Orsk", "&", "Vale"], PER),
            (&["Dana", "Ruiz", "&", "Ken", "Vale"], PER),
            (&["Paris"], LOC),
            (&["Madrid"], LOC),
            (&["Rome"], LOC),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        // Two full names are two people; a known place listed before stays a place.
        let expected = [
            ("Tarnow, Velling, Brisk & Kade", ORG),
            ("Orsk & Vale", ORG),
            ("Dana Ruiz", PER),
            ("Ken Vale", PER),
            ("Paris", LOC),
            ("Madrid & Rome", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_ending_in_a_legal_form_is_a_company() {
        let doc = DocContext::new("Velmtech SE and Dana Ruiz Ltd hired Tom Se and Kai Vale.");
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmtech", "SE"], PER),
            (&["Dana", "Ruiz", "Ltd"], PER),
            (&["Tom", "Se"], PER),
            (&["Kai", "Vale"], PER),
        ];
        let spans = split_lists(spans_in_order(&doc, &names, 0.5), &doc);
        let expected =
            [("Velmtech SE", ORG), ("Dana Ruiz Ltd", ORG), ("Tom Se", PER), ("Kai Vale", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_run_over_an_open_bracket_or_a_word_no_name_holds_splits() {
        let doc = DocContext::new(
            "The Velmor Bank ( Velbank lent to Tarn Oil ( North America ) Ltd near the Orsk \
             Highway near Brisk and to Dana ( May 1970 ). (By the Orsk News Service)",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Velmor", "Bank", "(", "Velbank"], ORG),
            (&["Tarn", "Oil", "(", "North", "America", ")", "Ltd"], ORG),
            (&["Orsk", "Highway", "near", "Brisk"], ORG),
            (&["Dana", "(", "May"], PER),
            (&["Orsk", "News", "Service", ")"], ORG),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Velmor Bank", ORG),
            ("Velbank", ORG),
            ("Tarn Oil ( North America ) Ltd", ORG),
            // (a road's word ends it: a place)
            ("Orsk Highway", LOC),
            ("Brisk", ORG),
            ("Dana ( May", PER),
            // (a bracket it closes, opened before it, is no part of it)
            ("Orsk News Service", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_band_named_with_an_ampersand_and_the_is_one_name() {
        let doc = DocContext::new(
            "Fans of Brisk & the Velmors, Tarn & the Orsks and Dana & the band cheered.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Brisk"], PER), (&["Velmors"], ORG), (&["Tarn"], ORG), (&["Dana"], PER)];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Brisk & the Velmors", ORG), ("Tarn & the Orsks", ORG), ("Dana", PER)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_ending_in_a_treaty_s_or_laws_word_is_another_name() {
        let doc = DocContext::new(
            "Under the Velmora Laws and the Orsk Accords, Tarn Laws moved to Orsk Laws Park.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Velmora", "Laws"], LOC),
            (&["Orsk", "Accords"], LOC),
            (&["Tarn", "Laws"], PER),
            (&["Orsk", "Laws", "Park"], LOC),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Velmora Laws", Other),
            ("Orsk Accords", Other),
            ("Tarn Laws", PER),
            ("Orsk Laws Park", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_ending_in_a_business_s_word_is_an_organization() {
        let doc = DocContext::new(
            "Dana Ruiz worked at Tarvel Music, Orsk Metro, the Brisk Theatre, the Tom Vale \
             Hotel and the Savanna Dispatch.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Dana", "Ruiz"], PER),
            (&["Tarvel", "Music"], PER),
            (&["Orsk", "Metro"], PER),
            (&["Brisk", "Theatre"], PER),
            (&["Tom", "Vale", "Hotel"], PER),
            (&["Savanna", "Dispatch"], PER),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Dana Ruiz", PER),
            ("Tarvel Music", ORG),
            ("Orsk Metro", ORG),
            ("Brisk Theatre", ORG),
            ("Tom Vale Hotel", ORG),
            ("Savanna Dispatch", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A research, consulting or advisory firm.
        let doc = DocContext::new("Velmor Research said so, and Ruiz Associates agreed.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Velmor", "Research"], PER), (&["Ruiz", "Associates"], PER)];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Velmor Research", ORG), ("Ruiz Associates", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A trade's or service's word; not a surname ending so ("Dana Fleming").
        let doc = DocContext::new("Velmor Towing, Orsk Distribution and Dana Fleming bid.");
        let names: [(&[&str], NameLabel); 3] = [
            (&["Velmor", "Towing"], PER),
            (&["Orsk", "Distribution"], PER),
            (&["Dana", "Fleming"], PER),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Velmor Towing", ORG), ("Orsk Distribution", ORG), ("Dana Fleming", PER)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A maker's or trader's last word ("Electric", "Grain", "Infra", "Copper").
        let doc =
            DocContext::new("Tarn Electric sold Orsk Grain to Velmor Infra and Brill Copper.");
        let names: [(&[&str], NameLabel); 4] = [
            (&["Tarn", "Electric"], PER),
            (&["Orsk", "Grain"], PER),
            (&["Velmor", "Infra"], PER),
            (&["Brill", "Copper"], PER),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Tarn Electric", ORG),
            ("Orsk Grain", ORG),
            ("Velmor Infra", ORG),
            ("Brill Copper", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A chemical maker, a shipbuilder, a zinc smelter.
        let doc = DocContext::new("Dana Chemical, Orsk Shipbuilding and Velmor Zinc bid.");
        let names: [(&[&str], NameLabel); 3] = [
            (&["Dana", "Chemical"], PER),
            (&["Orsk", "Shipbuilding"], PER),
            (&["Velmor", "Zinc"], PER),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Dana Chemical", ORG), ("Orsk Shipbuilding", ORG), ("Velmor Zinc", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_written_with_an_exclamation_mark_keeps_it_and_is_an_organization() {
        let doc = DocContext::new(
            "Velmorang! announced it, and Orsk! No. Then Mr Tarn! which was a film, and Dana !",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmorang"], PER), (&["Orsk"], LOC), (&["Mr", "Tarn"], PER), (&["Dana"], PER)];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Velmorang!", ORG), ("Orsk", LOC), ("Mr Tarn", PER), ("Dana", PER)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_firm_named_by_its_partners_is_one_company_but_a_list_stays_apart() {
        let doc = DocContext::new(
            "An analyst at Brantley, Oakes & Vane said Tarvin, Keel and Co, Orsk, Vale & Rigg \
             and Velmor, Tarnek and Holt Ltd agreed.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Brantley"], ORG),
            (&["Oakes", "&", "Vane"], ORG),
            (&["Tarvin"], ORG),
            (&["Keel", "and", "Co"], ORG),
            (&["Orsk"], LOC),
            (&["Vale", "&", "Rigg"], ORG),
            (&["Velmor"], ORG),
            (&["Tarnek", "and", "Holt", "Ltd"], ORG),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Brantley, Oakes & Vane", ORG),
            ("Tarvin, Keel and Co", ORG),
            ("Orsk", LOC),
            ("Vale & Rigg", ORG),
            ("Velmor", ORG),
            ("Tarnek and Holt Ltd", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_country_before_a_holiday_a_faith_or_the_olympics_is_a_place_of_its_own() {
        let doc = DocContext::new(
            "Before the U.S. Labor Day weekend, the largest U.S. Roman Catholic diocese, fans of \
             the U.S. Open and the American Labor Day crowd met at the Orsk Olympics.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["U.S.", "Labor", "Day"], ORG),
            (&["U.S.", "Roman", "Catholic"], ORG),
            (&["U.S.", "Open"], ORG),
            (&["American", "Labor", "Day"], ORG),
            (&["Orsk", "Olympics"], Other),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.2), &doc), &doc);
        let expected = [
            ("U.S.", LOC),
            ("Labor Day", Other),
            ("U.S.", LOC),
            ("Roman Catholic", Other),
            ("U.S. Open", Other),
            ("American Labor Day", Other),
            ("Orsk", LOC),
            ("Olympics", Other),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_place_or_organization_ending_in_a_contest_s_word_is_an_event() {
        let doc = DocContext::new(
            "The Orsk Reed Ford Jazz Festival came to Orsk Reed Ford after the Velmor Folk Song \
             Contest.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Orsk", "Reed", "Ford", "Jazz", "Festival"], LOC),
            (&["Orsk", "Reed", "Ford"], LOC),
            (&["Velmor", "Folk", "Song", "Contest"], ORG),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [
            ("Orsk Reed Ford Jazz Festival", Other),
            ("Orsk Reed Ford", LOC),
            ("Velmor Folk Song Contest", Other),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_body_named_by_its_members_count_keeps_its_number() {
        let doc = DocContext::new("The Group of 20 met, and Velmor of 20 states stayed.");
        let names: [(&[&str], NameLabel); 2] =
            [(&["Group", "of", "20"], ORG), (&["Velmor", "of", "20"], ORG)];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.9), &doc), &doc);
        let expected = [("Group of 20", ORG), ("Velmor", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_organization_run_across_a_case_s_v_splits_but_a_person_s_particle_stays() {
        let doc = DocContext::new(
            "In Tarnek v. Velmor Holdings and Orsk vs Tarnby, Ludwig v. Tarnek testified.",
        );
        let names: [(&[&str], NameLabel); 3] = [
            (&["Tarnek", "v.", "Velmor", "Holdings"], ORG),
            (&["Orsk", "vs", "Tarnby"], LOC),
            (&["Ludwig", "v.", "Tarnek"], PER),
        ];
        let spans = split_lists(spans_in_order(&doc, &names, 0.9), &doc);
        let expected = [
            ("Tarnek", ORG),
            ("Velmor Holdings", ORG),
            ("Orsk", LOC),
            ("Tarnby", LOC),
            ("Ludwig v. Tarnek", PER),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn names_split_at_commas_and_drop_a_trailing_date_word() {
        let doc =
            DocContext::new("Analysts at Brenmoor, Castlevane Partners told Radio Lumo Friday.");
        let spans = vec![
            span(&doc, &["Brenmoor", ",", "Castlevane", "Partners"], ORG, 0.6),
            span(&doc, &["Radio", "Lumo", "Friday"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [("Brenmoor", ORG), ("Castlevane Partners", ORG), ("Radio Lumo", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A person may be named like a month ("April"); only weekdays are cut from people.
        let doc = DocContext::new("Tessa Friday met Dana April.");
        let spans = vec![
            span(&doc, &["Tessa", "Friday"], PER, 0.6),
            span(&doc, &["Dana", "April"], PER, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        assert_eq!(found, [("Tessa".to_string(), PER), ("Dana April".to_string(), PER)]);
    }

    #[test]
    fn a_headline_run_holding_a_verb_is_no_name() {
        let doc = DocContext::new("Why Vendrix Is Leaving Tarnsk Early");
        let spans = vec![span(&doc, &["Vendrix", "Is", "Leaving", "Tarnsk", "Early"], ORG, 0.3)];
        assert!(split_lists(spans, &doc).is_empty());
        // Its countries and cities stay places.
        let doc = DocContext::new("Why Vendrix Is Leaving South Korea For Kazakhstan");
        let words = ["Vendrix", "Is", "Leaving", "South", "Korea", "For", "Kazakhstan"];
        let spans = vec![span(&doc, &words, ORG, 0.3)];
        let expected = [("South Korea", LOC), ("Kazakhstan", LOC)];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // A town that is an ordinary word is the word ("Deal", a town of Kent).
        let doc = DocContext::new("Velmor Seals Coalition Deal With Kazakhstan");
        let words = ["Velmor", "Seals", "Coalition", "Deal", "With", "Kazakhstan"];
        let spans = vec![span(&doc, &words, ORG, 0.3)];
        assert_eq!(texts(&split_lists(spans, &doc), &doc), [("Kazakhstan".to_string(), LOC)]);
        let doc = DocContext::new("Why Vendrix Bank Left Orsk");
        let spans = vec![span(&doc, &["Vendrix", "Bank"], ORG, 0.3)];
        assert_eq!(texts(&split_lists(spans, &doc), &doc), [("Vendrix Bank".to_string(), ORG)]);
        // A headline's verb or preposition, in title case or capitals.
        for text in ["Velmor Meets Ruiz In Tarnsk", "VELMOR MEETS RUIZ IN TARNSK"] {
            let doc = DocContext::new(text);
            let words: Vec<&str> = text.split(' ').collect();
            let spans = vec![span(&doc, &words, ORG, 0.3)];
            assert!(split_lists(spans, &doc).is_empty(), "{text}");
        }
        // A verb opening the part after a headline's comma.
        let doc = DocContext::new("Velmor Meets Ruiz In Tarnsk, Discusses Grain Exports");
        let spans = vec![span(&doc, &["Discusses", "Grain", "Exports"], ORG, 0.3)];
        assert!(split_lists(spans, &doc).is_empty());
        // A byline's surname is no verb.
        let doc = DocContext::new("Dana Sells");
        let spans = vec![span(&doc, &["Dana", "Sells"], PER, 0.9)];
        assert_eq!(texts(&split_lists(spans, &doc), &doc), [("Dana Sells".to_string(), PER)]);
        // Running text keeps them ("Bank On Orsk" is no headline there).
        let doc = DocContext::new("Savers joined Bank On Orsk last year.");
        let spans = vec![span(&doc, &["Bank", "On", "Orsk"], ORG, 0.3)];
        assert_eq!(texts(&split_lists(spans, &doc), &doc), [("Bank On Orsk".to_string(), ORG)]);
    }

    #[test]
    fn a_name_run_on_into_a_verb_and_a_number_ends_before_them() {
        let doc =
            DocContext::new("Shares of Velmor Mills fell 3% as Orsk radio and Tarn a.s. said.");
        let spans = vec![
            span(&doc, &["Mills", "fell", "3%"], PER, 0.8),
            span(&doc, &["Orsk", "radio"], ORG, 0.8),
            span(&doc, &["Tarn", "a.s."], ORG, 0.8),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [("Mills", PER), ("Orsk radio", ORG), ("Tarn a.s.", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_after_a_companys_legal_form_is_a_place_of_its_own() {
        let doc =
            DocContext::new("Vendrix Holdings Inc of Japan rose and Orvell Corp of America fell.");
        let spans = vec![
            span(&doc, &["Vendrix", "Holdings", "Inc", "of", "Japan"], ORG, 0.6),
            span(&doc, &["Orvell", "Corp", "of", "America"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected =
            [("Vendrix Holdings Inc", ORG), ("Japan", LOC), ("Orvell Corp of America", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_known_region_taken_for_a_person_is_a_place() {
        let doc = DocContext::new(
            "Velmor beat North Carolina and South Korea; Georgia Tarn and Dana Ruiz watched. A \
             ship sank off Nova Scotia.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["North", "Carolina"], PER),
            (&["South", "Korea"], PER),
            (&["Georgia", "Tarn"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Nova", "Scotia"], PER),
        ];
        let found = texts(&split_lists(spans_in_order(&doc, &names, 0.6), &doc), &doc);
        // "Nova" is a first name too: the whole name decides.
        let expected = [
            ("North Carolina", LOC),
            ("South Korea", LOC),
            ("Georgia Tarn", PER),
            ("Dana Ruiz", PER),
            ("Nova Scotia", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_venue_named_after_a_person_is_a_place() {
        let doc = DocContext::new(
            "Kids played at Tomas Redd Playfield and Orla Vint Park, then Brisk Gym; \
             Grace Park and Dana Vint watched.",
        );
        let spans = vec![
            span(&doc, &["Tomas", "Redd", "Playfield"], PER, 0.6),
            span(&doc, &["Orla", "Vint", "Park"], PER, 0.6),
            span(&doc, &["Brisk", "Gym"], PER, 0.6),
            span(&doc, &["Grace", "Park"], PER, 0.9),
            span(&doc, &["Dana", "Vint"], PER, 0.9),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Tomas Redd Playfield", LOC),
            ("Orla Vint Park", LOC),
            ("Brisk Gym", LOC),
            ("Grace Park", PER),
            ("Dana Vint", PER),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // An arena, pavilion, courthouse or complex taken for an organization is a place too; a
        // gym may be a firm.
        let doc = DocContext::new(
            "Orsk Arena, Velmor Pavilion, Tarn Courthouse, Vint Complex and Brisk Gym opened.",
        );
        let spans = vec![
            span(&doc, &["Orsk", "Arena"], ORG, 0.6),
            span(&doc, &["Velmor", "Pavilion"], ORG, 0.6),
            span(&doc, &["Tarn", "Courthouse"], ORG, 0.6),
            span(&doc, &["Vint", "Complex"], ORG, 0.6),
            span(&doc, &["Brisk", "Gym"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Orsk Arena", LOC),
            ("Velmor Pavilion", LOC),
            ("Tarn Courthouse", LOC),
            ("Vint Complex", LOC),
            ("Brisk Gym", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn streets_and_natural_features_taken_for_organizations_or_people_are_places() {
        let doc = DocContext::new(
            "Crowds filled Harrow Street near Orsk Bay, by the Velmora Institute of Ocean on \
             the Tarn Transport Route.",
        );
        let spans = vec![
            span(&doc, &["Harrow", "Street"], ORG, 0.4),
            span(&doc, &["Orsk", "Bay"], ORG, 0.4),
            span(&doc, &["Velmora", "Institute", "of", "Ocean"], ORG, 0.4),
            span(&doc, &["Tarn", "Transport", "Route"], ORG, 0.4),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Harrow Street", LOC),
            ("Orsk Bay", LOC),
            ("Velmora Institute of Ocean", ORG),
            ("Tarn Transport Route", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A street's or a harbour's word written into the last word, as Dutch and German do.
        let doc = DocContext::new(
            "Offices on the Van Velmorstraat and the Orskdamm faced the Tarnhaven; Straat \
             Holdings paid.",
        );
        let spans = vec![
            span(&doc, &["Van", "Velmorstraat"], PER, 0.4),
            span(&doc, &["Orskdamm"], ORG, 0.4),
            span(&doc, &["Tarnhaven"], PER, 0.4),
            span(&doc, &["Straat", "Holdings"], ORG, 0.4),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Van Velmorstraat", LOC),
            ("Orskdamm", LOC),
            ("Tarnhaven", LOC),
            ("Straat Holdings", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new(
            "Fans left Tomas Redd Stadium; Dana Lake and Ilse Street sang by Velkett Brook on \
             Dana Street.",
        );
        let golf = DocContext::new("He won at Orsk Park Golf Course.");
        let spans = vec![span(&golf, &["Orsk", "Park", "Golf", "Course"], ORG, 0.6)];
        assert_eq!(split_lists(spans, &golf)[0].label, LOC);
        // A rock formation, a plateau, a canyon, a desert and a basin are places.
        let land = DocContext::new("Wells reach the Orsk Formation under the Tarn Desert.");
        let spans = vec![
            span(&land, &["Orsk", "Formation"], PER, 0.6),
            span(&land, &["Tarn", "Desert"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &land), &land);
        assert_eq!(
            found,
            [("Orsk Formation", LOC), ("Tarn Desert", LOC)].map(|(w, t)| (w.to_string(), t))
        );
        // Bridges, passes, reefs and other works and features are places; a body's scope
        // opening the name keeps it a body ("World Orsk Bridge", a federation of the game).
        let works = DocContext::new(
            "Cars crossed the Tarnby Harbour Bridge and the Orsk Pass past the Velmor Reef \
             and the Velmor Barrage, as the World Orsk Bridge met.",
        );
        let spans = vec![
            span(&works, &["Tarnby", "Harbour", "Bridge"], ORG, 0.6),
            span(&works, &["Orsk", "Pass"], ORG, 0.6),
            span(&works, &["Velmor", "Reef"], ORG, 0.6),
            span(&works, &["Velmor", "Barrage"], PER, 0.6),
            span(&works, &["World", "Orsk", "Bridge"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &works), &works);
        let expected = [
            ("Tarnby Harbour Bridge", LOC),
            ("Orsk Pass", LOC),
            ("Velmor Reef", LOC),
            ("Velmor Barrage", LOC),
            ("World Orsk Bridge", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A railway junction is a place.
        let rail = DocContext::new("Trains ran from Orsk Junction to Tarnby.");
        let spans = vec![span(&rail, &["Orsk", "Junction"], ORG, 0.6)];
        assert_eq!(split_lists(spans, &rail)[0].label, LOC);
        // A prison is a structure, a place.
        let jail = DocContext::new("He was sent to Tarnby State Prison and Velmor Penitentiary.");
        let spans = vec![
            span(&jail, &["Tarnby", "State", "Prison"], ORG, 0.2),
            span(&jail, &["Velmor", "Penitentiary"], ORG, 0.2),
        ];
        let found = texts(&split_lists(spans, &jail), &jail);
        assert_eq!(
            found,
            [("Tarnby State Prison", LOC), ("Velmor Penitentiary", LOC)]
                .map(|(w, t)| (w.to_string(), t))
        );
        let spans = vec![
            span(&doc, &["Tomas", "Redd", "Stadium"], PER, 0.4),
            span(&doc, &["Dana", "Lake"], PER, 0.9),
            span(&doc, &["Ilse", "Street"], PER, 0.9),
            span(&doc, &["Velkett", "Brook"], PER, 0.9),
            span(&doc, &["Dana", "Street"], PER, 0.9),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Tomas Redd Stadium", LOC),
            ("Dana Lake", PER),
            ("Ilse Street", PER),
            ("Velkett Brook", LOC),
            ("Dana Street", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // No person's name ends in "County" or "Moor".
        let doc = DocContext::new("Roads in Dana County and on Velmor Moor closed.");
        let spans = vec![
            span(&doc, &["Dana", "County"], PER, 0.9),
            span(&doc, &["Velmor", "Moor"], PER, 0.9),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        assert_eq!(
            found,
            [("Dana County", LOC), ("Velmor Moor", LOC)].map(|(w, t)| (w.to_string(), t))
        );
        // In a document of sport, a "County" may be a club.
        let doc = DocContext::new("Orsk beat Dana County in the league final.");
        let spans = vec![span(&doc, &["Dana", "County"], PER, 0.9)];
        assert_eq!(split_lists(spans, &doc)[0].label, PER);
        // An aircraft named like a person is another kind of name, and so is a contest.
        let doc = DocContext::new("Dana Vint won the Orsk Music Contest and the Tarn Cups.");
        let spans = vec![
            span(&doc, &["Dana", "Vint"], PER, 0.9),
            span(&doc, &["Orsk", "Music", "Contest"], PER, 0.5),
            span(&doc, &["Tarn", "Cups"], PER, 0.5),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [("Dana Vint", PER), ("Orsk Music Contest", Other), ("Tarn Cups", Other)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new("Pilots flew the KX-40 Vendrake over Orsk.");
        let spans = vec![span(&doc, &["KX-40", "Vendrake"], PER, 0.5)];
        assert_eq!(split_lists(spans, &doc)[0].label, Other);
        assert!(is_model_code("F-86") && is_model_code("P-47D") && !is_model_code("Al-Sadr"));
        assert!(!is_model_code("Kassym-Jomart") && !is_model_code("U-2s"));
    }

    #[test]
    fn and_between_two_names_the_document_gives_alone_splits() {
        let doc = DocContext::new(
            "Analysts like Tarnek and Velmor. Tarnek and Velmor did not comment, nor did \
             Brisk and Orsk Mills, though Brisk grew. Dana and Ruiz left; Dana met Ruiz.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Tarnek"], ORG),
            (&["Velmor"], ORG),
            (&["Tarnek", "and", "Velmor"], ORG),
            (&["Brisk", "and", "Orsk", "Mills"], ORG),
            (&["Brisk"], ORG),
            (&["Dana", "and", "Ruiz"], PER),
            (&["Dana"], PER),
            (&["Ruiz"], PER),
        ];
        let spans = spans_in_order(&doc, &names, 0.5);
        // One side named alone is not enough; a person's "and" is left to the people's rules.
        let expected = [
            ("Tarnek", ORG),
            ("Velmor", ORG),
            ("Tarnek", ORG),
            ("Velmor", ORG),
            ("Brisk and Orsk Mills", ORG),
            ("Brisk", ORG),
            ("Dana and Ruiz", PER),
            ("Dana", PER),
            ("Ruiz", PER),
        ];
        expect(texts(&split_lists(spans, &doc), &doc), &expected);
    }

    #[test]
    fn and_between_two_names_of_one_kind_or_before_a_nationality_splits() {
        let doc = DocContext::new("Orsk Water Board and Orsk Harbour Authority met Vendrix.");
        let spans =
            vec![span(&doc, &["Orsk", "Water", "Board", "and", "Orsk", "Harbour"], ORG, 0.5)];
        let expected = [("Orsk Water Board", ORG), ("Orsk Harbour", ORG)];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        let doc = DocContext::new("He owns half of Vendrix and German Chancellor Dana Ruiz knew.");
        let spans = vec![span(&doc, &["Vendrix", "and", "German"], ORG, 0.5)];
        assert_eq!(texts(&split_lists(spans, &doc), &doc), [("Vendrix".to_string(), ORG)]);
        // A name whose parts around "and" differ stays whole.
        let doc = DocContext::new("The Orsk Bread and Velmor Mills group grew.");
        let spans = vec![span(&doc, &["Orsk", "Bread", "and", "Velmor", "Mills"], ORG, 0.5)];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            [("Orsk Bread and Velmor Mills".to_string(), ORG)]
        );
        // An organization's word, "and" and a country: the body and the place.
        let doc = DocContext::new("The Velmor Authority and Kazakhstan signed it.");
        let spans = vec![span(&doc, &["Velmor", "Authority", "and", "Kazakhstan"], ORG, 0.5)];
        let expected = [("Velmor Authority", ORG), ("Kazakhstan", LOC)];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // A firm's word, "and" and a country's possessive; two bodies, the second named after
        // its country or region; a body whose second side opens with no place stays whole.
        let doc = DocContext::new(
            "Tarn Ventures and Japan's Orsk, the Velmor Investment Fund and Qatar Investment \
             Authority, Velmor District Council and Bavaria Regional Council, and the Orsk \
             Savings Bank and Trust Company invested.",
        );
        let spans = vec![
            span(&doc, &["Tarn", "Ventures", "and", "Japan", "'s"], ORG, 0.5),
            span(
                &doc,
                &["Velmor", "Investment", "Fund", "and", "Qatar", "Investment", "Authority"],
                ORG,
                0.5,
            ),
            span(
                &doc,
                &["Velmor", "District", "Council", "and", "Bavaria", "Regional", "Council"],
                ORG,
                0.5,
            ),
            span(&doc, &["Orsk", "Savings", "Bank", "and", "Trust", "Company"], ORG, 0.5),
        ];
        let expected = [
            ("Tarn Ventures", ORG),
            ("Japan", LOC),
            ("Velmor Investment Fund", ORG),
            ("Qatar Investment Authority", ORG),
            ("Velmor District Council", ORG),
            ("Bavaria Regional Council", ORG),
            ("Orsk Savings Bank and Trust Company", ORG),
        ];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // A first name of any words before a body named after a country; not a country's
        // name holding the "and".
        let doc = DocContext::new(
            "Velmor Dhabi and Oman Investment Authority and Trinidad and Tobago Investment \
             Authority bid.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Dhabi", "and", "Oman", "Investment", "Authority"], ORG, 0.5),
            span(&doc, &["Trinidad", "and", "Tobago", "Investment", "Authority"], ORG, 0.5),
        ];
        let expected = [
            ("Velmor Dhabi", ORG),
            ("Oman Investment Authority", ORG),
            ("Trinidad and Tobago Investment Authority", ORG),
        ];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // "and the" between two sides that each hold a body's word; not where one side holds
        // none ("the Velmor Ministry of Culture and the Arts").
        let doc = DocContext::new(
            "The Velmor Ministry of Trade and the Orsk Council met the Velmor Ministry of \
             Culture and the Arts.",
        );
        let spans = vec![
            span(
                &doc,
                &["Velmor", "Ministry", "of", "Trade", "and", "the", "Orsk", "Council"],
                ORG,
                0.5,
            ),
            span(&doc, &["Velmor", "Ministry", "of", "Culture", "and", "the", "Arts"], ORG, 0.5),
        ];
        let expected = [
            ("Velmor Ministry of Trade", ORG),
            ("Orsk Council", ORG),
            ("Velmor Ministry of Culture and the Arts", ORG),
        ];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // A body and a second name opening with a word of no common-word list, or one the
        // gazetteer knows; a second side opening with a common word stays in the name.
        let doc = DocContext::new(
            "Velmor Savings Bank and Tarnek Snacks, Orsk Holdings and Human Rights Watch, and \
             the Orsk Securities and Exchange Board spoke.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Savings", "Bank", "and", "Tarnek", "Snacks"], ORG, 0.5),
            span(&doc, &["Orsk", "Holdings", "and", "Human", "Rights", "Watch"], ORG, 0.5),
            span(&doc, &["Orsk", "Securities", "and", "Exchange", "Board"], ORG, 0.5),
        ];
        let expected = [
            ("Velmor Savings Bank", ORG),
            ("Tarnek Snacks", ORG),
            ("Orsk Holdings", ORG),
            ("Human Rights Watch", ORG),
            ("Orsk Securities and Exchange Board", ORG),
        ];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
    }

    #[test]
    fn an_ampersand_joins_names_into_one_company() {
        let doc = DocContext::new("Orvell & Tamsin and Pike & Co both bid.");
        let spans = vec![
            span(&doc, &["Orvell"], PER, 0.6),
            span(&doc, &["Tamsin"], PER, 0.6),
            span(&doc, &["Pike"], PER, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        assert_eq!(found, [("Orvell & Tamsin".to_string(), ORG), ("Pike & Co".to_string(), ORG)]);
        // "and" joins a name to its partners' word only.
        let doc =
            DocContext::new("Arthur Orvell and Sons, Pike and Partners and Tamsin and Vale bid.");
        let spans = vec![
            span(&doc, &["Arthur", "Orvell"], PER, 0.6),
            span(&doc, &["Pike"], ORG, 0.6),
            span(&doc, &["Tamsin"], PER, 0.6),
            span(&doc, &["Vale"], PER, 0.6),
        ];
        let expected = [
            ("Arthur Orvell and Sons", ORG),
            ("Pike and Partners", ORG),
            ("Tamsin", PER),
            ("Vale", PER),
        ];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
    }

    #[test]
    fn an_organization_found_late_takes_in_its_partners_word() {
        let doc = DocContext::new("Analysts at Orvell & Co. and Pike & Tamsin and Vale & Co said.");
        let mut spans = vec![
            span(&doc, &["Orvell"], ORG, 0.6),
            span(&doc, &["Pike"], ORG, 0.6),
            span(&doc, &["Vale"], PER, 0.6),
        ];
        take_in_partners(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Orvell & Co.", ORG), ("Pike", ORG), ("Vale", PER)]);
    }

    #[test]
    fn an_ampersand_between_two_full_names_leaves_two_people() {
        // Two presenters: whether the tagger made them one organization or two people.
        let doc = DocContext::new("The show starred Linda Orvell & Peter Tamsin J. Vale again.");
        let joined = vec![span(&doc, &["Linda", "Orvell", "&", "Peter", "Tamsin"], ORG, 0.4)];
        let apart = vec![
            span(&doc, &["Linda", "Orvell"], PER, 0.6),
            span(&doc, &["Peter", "Tamsin", "J.", "Vale"], PER, 0.6),
        ];
        let expected = [("Linda Orvell", PER), ("Peter Tamsin", PER)];
        assert_eq!(
            texts(&split_lists(joined, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        let expected = [("Linda Orvell", PER), ("Peter Tamsin J. Vale", PER)];
        assert_eq!(
            texts(&split_lists(apart, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        let doc = DocContext::new("Hosts Ruiz and Peter Tamsin left.");
        let joined = vec![span(&doc, &["Ruiz", "and", "Peter", "Tamsin"], ORG, 0.4)];
        let expected = [("Ruiz", PER), ("Peter Tamsin", PER)];
        assert_eq!(
            texts(&split_lists(joined, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
        // Companies named after founders keep one name: single surnames, or a company word.
        let doc = DocContext::new("Orvell & Tamsin, Linda Orvell & Peter Holdings and AT&T.");
        let spans = vec![
            span(&doc, &["Orvell", "&", "Tamsin"], ORG, 0.6),
            span(&doc, &["Linda", "Orvell"], PER, 0.6),
            span(&doc, &["Peter", "Holdings"], ORG, 0.6),
        ];
        let expected = [("Orvell & Tamsin", ORG), ("Linda Orvell & Peter Holdings", ORG)];
        assert_eq!(
            texts(&split_lists(spans, &doc), &doc),
            expected.map(|(w, t)| (w.to_string(), t))
        );
    }

    #[test]
    fn programmes_and_battles_taken_for_organizations_are_other_names() {
        let doc = DocContext::new(
            "After the Battle of Velmora and the Treaty of Orsk the Orsk Initiative and the Bank of Velmora met.",
        );
        let spans = vec![
            span(&doc, &["Battle", "of", "Velmora"], ORG, 0.6),
            span(&doc, &["Treaty", "of", "Orsk"], ORG, 0.6),
            span(&doc, &["Orsk", "Initiative"], ORG, 0.6),
            span(&doc, &["Bank", "of", "Velmora"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Battle of Velmora", Other),
            ("Treaty of Orsk", Other),
            ("Orsk Initiative", Other),
            ("Bank of Velmora", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        let doc = DocContext::new(
            "The Velmora Liberation War ended; the Ministry of War backs the Orsk Economic Belt \
             and the Green Orsk Concept at the Velmora Investment Forum near the Orsk Forum.",
        );
        let spans = vec![
            span(&doc, &["Velmora", "Liberation", "War"], ORG, 0.6),
            span(&doc, &["Ministry", "of", "War"], ORG, 0.6),
            span(&doc, &["Orsk", "Economic", "Belt"], ORG, 0.6),
            span(&doc, &["Green", "Orsk", "Concept"], ORG, 0.6),
            span(&doc, &["Velmora", "Investment", "Forum"], LOC, 0.6),
            span(&doc, &["Orsk", "Forum"], LOC, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Velmora Liberation War", Other),
            ("Ministry of War", ORG),
            ("Orsk Economic Belt", Other),
            ("Green Orsk Concept", Other),
            ("Velmora Investment Forum", Other),
            ("Orsk Forum", LOC),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A forum the Wikipedia list knows as a body stays one.
        let doc = DocContext::new("The European Youth Forum met at the Velmora Youth Forum.");
        let spans = vec![
            span(&doc, &["European", "Youth", "Forum"], ORG, 0.6),
            span(&doc, &["Velmora", "Youth", "Forum"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [("European Youth Forum", ORG), ("Velmora Youth Forum", Other)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_or_body_opening_a_programme_or_meeting_left_out_is_part_of_its_name() {
        let doc = DocContext::new(
            "The Orsk International Forum and the Velmora Oil and Gas Exhibition met; the \
             Tarvel Development Program, the Brill Agreement, the Orsk Forum, the Velmora \
             Olympics and the United Nations Development Programme stay.",
        );
        let names = ["Orsk", "Velmora", "Tarvel", "Brill", "Orsk", "Velmora"];
        let (mut spans, mut from) = (Vec::new(), 0);
        for (k, w) in names.into_iter().enumerate() {
            let a = (from..doc.len()).find(|&i| doc.word(i) == w).unwrap();
            spans.push(NameSpan { a, b: a, label: if k == 3 { ORG } else { LOC }, conf: 0.6 });
            from = a + 1;
        }
        spans.push(span(&doc, &["United", "Nations", "Development", "Programme"], ORG, 0.6));
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [
            ("Orsk International Forum", Other),
            ("Velmora Oil and Gas Exhibition", Other),
            ("Tarvel Development Program", Other),
            ("Brill Agreement", Other),
            ("Orsk", LOC),
            ("Velmora", LOC),
            ("United Nations Development Programme", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A connector may follow the place the tagger found; "and" after an organization
        // lists another name.
        let doc = DocContext::new(
            "It funds the Orsk Water and Energy Program, and Velmor Bank and Tarn Aid Program.",
        );
        let spans = vec![
            span(&doc, &["Orsk", "Water"], LOC, 0.6),
            span(&doc, &["Velmor", "Bank"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected = [("Orsk Water and Energy Program", Other), ("Velmor Bank", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn sports_statistics_are_no_names_and_a_central_bank_stays() {
        let text = "Dana Ruiz won 31 fights, 12 by KO, and was named MVP. Tom Vale drove in \
                    five RBI; his RBI single won it.";
        let doc = DocContext::new(text);
        let one = |w: &str| span(&doc, &[w], ORG, 0.4);
        let rbi: Vec<usize> = (0..doc.len()).filter(|&i| doc.word(i) == "RBI").collect();
        let mut spans = vec![one("KO"), one("MVP")];
        spans.extend(rbi.iter().map(|&a| NameSpan { a, b: a, label: ORG, conf: 0.4 }));
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other; 4]);
        // Uncounted, "RBI" may be a bank's acronym.
        let doc = DocContext::new("The RBI cut its reserve ratio on Friday.");
        let spans = split_lists(vec![span(&doc, &["RBI"], ORG, 0.9)], &doc);
        assert_eq!(texts(&spans, &doc), [("RBI".to_string(), ORG)]);
    }

    #[test]
    fn a_table_s_months_are_no_names_and_a_bracketed_acronym_stays() {
        let text = "VELMOR BOND (SEP) 97.42 and ORSK (DEC) 96.84; JulAug 775, AUGSEP 752; \
                    pay Mar / Sep each year. The Orsk Board (OBM) met.";
        let doc = DocContext::new(text);
        let names: [(&[&str], NameLabel); 7] = [
            (&["SEP"], ORG),
            (&["ORSK"], ORG),
            (&["DEC"], ORG),
            (&["JulAug"], ORG),
            (&["AUGSEP"], ORG),
            (&["Mar", "/", "Sep"], ORG),
            (&["OBM"], ORG),
        ];
        let spans = split_lists(spans_in_order(&doc, &names, 0.5), &doc);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, ORG, Other, Other, Other, Other, ORG]);
    }

    #[test]
    fn a_ship_and_its_name_alone_are_no_organizations_or_people() {
        let doc =
            DocContext::new("Divers reached HMS Velmor; the Velmor sank in 1912. Orsk SS rose.");
        let spans = vec![
            span(&doc, &["HMS", "Velmor"], ORG, 0.6),
            NameSpan { a: 6, b: 6, label: ORG, conf: 0.6 },
            span(&doc, &["Orsk", "SS"], ORG, 0.6),
        ];
        assert_eq!(doc.word(6), "Velmor");
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, Other, ORG]);
        // A "person" after a word for a ship, and that name elsewhere; an organization after
        // "carrier" (an airline) and other people stay.
        let doc = DocContext::new(
            "The carrier Dana Ruiz sailed with the national carrier Velmor Air. The Dana Ruiz \
             left; Ken Vale stayed.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Ruiz"], NameLabel::Person),
            (&["Velmor", "Air"], ORG),
            (&["Dana", "Ruiz"], NameLabel::Person),
            (&["Ken", "Vale"], NameLabel::Person),
        ];
        let spans = spans_in_order(&doc, &names, 0.8);
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, ORG, Other, NameLabel::Person]);
    }

    #[test]
    fn an_awards_category_is_no_organization_and_a_company_called_best_stays() {
        let doc = DocContext::new("She won Best Folk Album; Best Tools Inc and Best rose.");
        let spans = vec![
            span(&doc, &["Best", "Folk", "Album"], ORG, 0.5),
            span(&doc, &["Best", "Tools", "Inc"], ORG, 0.5),
            NameSpan { a: 10, b: 10, label: ORG, conf: 0.5 },
        ];
        assert_eq!(doc.word(10), "Best");
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, ORG, ORG]);
    }

    #[test]
    fn a_faiths_adjective_before_a_common_noun_ends_no_organization() {
        let doc = DocContext::new(
            "The Velmor Catholic diocese and the Orsk Nationalist regime met the Tarn Labour \
             government and Velmor Catholic Relief.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Catholic"], ORG, 0.6),
            span(&doc, &["Orsk", "Nationalist"], ORG, 0.6),
            span(&doc, &["Tarn", "Labour"], ORG, 0.6),
            span(&doc, &["Velmor", "Catholic", "Relief"], ORG, 0.6),
        ];
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, Other, ORG, ORG]);
    }

    #[test]
    fn religions_and_doctrines_are_no_names() {
        let doc = DocContext::new("Dana Ruiz turned to Velmorism, then to Orskianity in Prism.");
        let spans = vec![
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Velmorism"], LOC, 0.6),
            span(&doc, &["Orskianity"], ORG, 0.6),
            span(&doc, &["Prism"], LOC, 0.6),
        ];
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [PER, Other, Other, LOC]);
    }

    #[test]
    fn a_name_before_open_is_part_of_a_tournament() {
        let doc = DocContext::new(
            "Dana Ruiz won the Velmor Open on Sunday and leads the ORSK OPEN field; she studied \
             at the Tarn Open University.",
        );
        let spans = vec![
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["ORSK"], LOC, 0.9),
            span(&doc, &["Tarn"], LOC, 0.9),
        ];
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        assert_eq!(labels, [PER, Other, Other, LOC]);
    }

    #[test]
    fn a_place_before_a_treaty_s_word_is_part_of_the_treaty() {
        let doc = DocContext::new(
            "Velmor signed the Orsk Accords in Tarn. Tarn Agreement came later than the Brisk \
             Treaty Organization.",
        );
        let names: [(&[&str], NameLabel); 5] = [
            (&["Velmor"], ORG),
            (&["Orsk"], LOC),
            (&["Tarn"], LOC),
            (&["Tarn"], LOC),
            (&["Brisk", "Treaty", "Organization"], ORG),
        ];
        let spans = spans_in_order(&doc, &names, 0.9);
        let labels: Vec<NameLabel> = split_lists(spans, &doc).iter().map(|s| s.label).collect();
        // "Tarn Agreement" opens its sentence: the place's word is still the treaty's.
        assert_eq!(labels, [ORG, Other, LOC, Other, ORG]);
    }

    #[test]
    fn a_county_or_park_is_a_place_unless_it_plays_in_a_result() {
        let doc = DocContext::new(
            "Farms in Velmor County grew. Orsk County 2 Tarn 1. Tarn v Orsk County.",
        );
        let park = DocContext::new("Dogs ran in Brisk Park. Tarn 0 Brisk Park 3.");
        let spans = vec![
            span(&park, &["Brisk", "Park"], ORG, 0.6),
            NameSpan { a: park.len() - 4, b: park.len() - 3, ..span(&park, &["Tarn"], ORG, 0.6) },
        ];
        let labels: Vec<NameLabel> = split_lists(spans, &park).iter().map(|s| s.label).collect();
        assert_eq!(labels, [NameLabel::Place, ORG]);
        let result = span(&doc, &["Orsk", "County"], ORG, 0.6);
        let fixture = NameSpan { a: doc.len() - 3, b: doc.len() - 2, ..result };
        let spans = vec![span(&doc, &["Velmor", "County"], ORG, 0.6), result, fixture];
        let found = texts(&split_lists(spans, &doc), &doc);
        let expected =
            [("Velmor County", NameLabel::Place), ("Orsk County", ORG), ("Orsk County", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn campaigns_finals_meetings_challenges_and_codes_are_no_organizations() {
        let doc = DocContext::new(
            "The Velmor Campaign ended before the Orsk Indoor Final, the Peace Meeting, the \
             Lake Orsk Challenge and the Orsk Finance Days under the Velmor Subsoil Code.",
        );
        let spans = vec![
            span(&doc, &["Velmor", "Campaign"], ORG, 0.6),
            span(&doc, &["Orsk", "Indoor", "Final"], ORG, 0.6),
            span(&doc, &["Peace", "Meeting"], ORG, 0.6),
            span(&doc, &["Lake", "Orsk", "Challenge"], ORG, 0.6),
            span(&doc, &["Orsk", "Finance", "Days"], ORG, 0.6),
            span(&doc, &["Velmor", "Subsoil", "Code"], ORG, 0.6),
        ];
        let found = split_lists(spans, &doc);
        assert!(found.iter().all(|s| s.label == Other), "{:?}", texts(&found, &doc));
    }

    #[test]
    fn a_period_of_ages_is_no_organization() {
        let doc = DocContext::new(
            "During the Middle Ages the Velmor Ages Society met at the Orsk Age office.",
        );
        let spans = vec![
            span(&doc, &["Middle", "Ages"], ORG, 0.6),
            span(&doc, &["Velmor", "Ages", "Society"], ORG, 0.6),
            span(&doc, &["Orsk", "Age"], ORG, 0.6),
        ];
        let found = split_lists(spans, &doc);
        let labels: Vec<NameLabel> = found.iter().map(|s| s.label).collect();
        assert_eq!(labels, [Other, ORG, ORG], "{:?}", texts(&found, &doc));
    }
}

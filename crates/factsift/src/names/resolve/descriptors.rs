//! Names the text itself says are organizations, places, people or other names. An organization: a
//! noun that names a kind of organization right before the name ("the band Orsk Lanterns", "news
//! weekly Velmor Spiegel", "Retailer Velmor Brands said", "the company, Orsk Widgets,"), a
//! description after it ("Brisk is a Danish bakery chain", "Vendrix, a software company based in
//! Orsk", "Brill, his first jazz band"), its seat after a comma ("Tarvelko, based in Orsk") or its
//! seat's "-based" before it ("Orsk-based Tarvelko"), a deal's funders ("a round led by Velkap,
//! with participation from Orsk22"), "at" after a market professional ("analysts at Velmor",
//! "strategist Dana Ruiz at Velmor"), after a firm's officer ("a partner at Velmor") or after a
//! firm's staff where no list knows it as a place ("the strike at Velmor"), what only a firm owns
//! after its possessive ("Velmor's shareholders", "Velmor's chief executive"), a newspaper's word
//! after it ("Zorya Vesti daily said", found where the tagger left it out), or a plural kind
//! opening a list of examples ("bands like X, Y or Z"); a name the tagger left out after such a
//! noun is found. A place: a description headed by a kind of place ("Brillby is a village in ...")
//! or a kind of place and "of" before it ("the eastern town of Orsk"). A work, language, event or
//! people: a description headed by one ("Velmorin is an endangered language", "the Velmi, a nomadic
//! people") or a quoted title after a noun of a work ("the film "Orsk Nights""), an other name
//! never output. A person: a description headed by a person's trade ("is an American rapper from")
//! or a birth date after the name ("Dana Ruiz (born 1970)"). The tagger often takes such names for
//! other kinds; what the text says holds for the same name through the document.

use super::{is_quote, is_short_number, split_last_hyphen, WordSet};
use crate::hash::KeyMap;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    is_common_word, BIG_CITY, DEMONYM, FIRST, GAZETTEER, LAST, ORGHEAD, PLACE, TITLE, TOWN,
};
use crate::names::resolve::companies::is_camel_case;
use crate::names::resolve::lists::{
    is_date_word, is_day_of_month, is_month_name, is_short_month, take_in_partners,
};
use crate::names::resolve::long_names::is_headline;
use crate::names::resolve::people::is_full_name;
use crate::names::resolve::places::site_follows;
use crate::names::resolve::trim::is_dash;
use crate::names::resolve::trim::PUBLICATION_WORDS;
use crate::names::span::{
    add_spans, covered_tokens, crosses_any, label_word, overlaps_any, replace_inner, Covered,
    NameLabel, NameSpan,
};

use NameLabel::{Organization as ORG, Other, Person as PER, Place as LOC};

/// Lower-case nouns of a kind of organization written right before its name ("the band
/// X", "Serie A side X"). Nouns that also name a person's trade ("broker", "insurer",
/// "operator") or a person's party ("party Vladimir ...") are left out.
const KIND_BEFORE: WordSet = WordSet::new(&[
    "band",
    "group",
    "daily",
    "weekly",
    "newspaper",
    "magazine",
    "tabloid",
    "agency",
    "company",
    "firm",
    "conglomerate",
    "retailer",
    "automaker",
    "carmaker",
    "manufacturer",
    "maker",
    "airline",
    "bank",
    "club",
    "side",
    "label",
    "broadcaster",
    "fund",
    "giant",
    "startup",
    "lender",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "carrier",
    "subsidiary",
    "affiliate",
    "venture",
    "miner",
    "utility",
    "brokerage",
    "marketplace",
    "outlet",
    "union",
    "watchdog",
    "regulator",
    "charity",
    "winery",
    "brewery",
    "consultancy",
    "pollster",
    "chain",
    "operator",
    "cooperative",
    "contractor",
]);

/// The [`KIND_BEFORE`] and [`TRADE_KINDS`] that are people's jobs too: before a person's full
/// name they are the person's ("the radio operator Dana Ruiz", "the oil trader Dana Ruiz",
/// "the building contractor Dana Ruiz").
const JOBS_TOO: WordSet = WordSet::new(&["operator", "producer", "trader", "contractor"]);

/// Firms' kinds by what they trade in, which name a firm after a lower-case word saying what
/// ("the potash producer Velmorkali", "rice exporter Tarn Grain", "from trader Orsk"), but not
/// after a determiner or a word of the arts and media ("the producer", "film producer Ruiz").
const TRADE_KINDS: WordSet =
    WordSet::new(&["producer", "exporter", "importer", "refiner", "trader"]);

/// Words before a [`TRADE_KINDS`] word that make it a person's job or leave it open.
const NOT_TRADE: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "film",
    "movie",
    "record",
    "music",
    "television",
    "radio",
    "news",
    "documentary",
    "executive",
    "associate",
    "theatre",
    "theater",
    "stage",
    "video",
    "game",
    "line",
    "independent",
    "veteran",
    "former",
]);

/// The [`KIND_BEFORE`] that also open organizations' names ("Union Bank", "Daily Mail", "Group
/// Lotus"): capitalized as a sentence's first word they may be the name's own.
const KINDS_OPENING_NAMES: WordSet = WordSet::new(&[
    "band",
    "group",
    "daily",
    "weekly",
    "agency",
    "company",
    "firm",
    "bank",
    "club",
    "side",
    "label",
    "fund",
    "giant",
    "venture",
    "utility",
    "outlet",
    "union",
    "carrier",
    "charity",
    "subsidiary",
    "affiliate",
    "maker",
    "cooperative",
]);

/// Whether token `k` opens its sentence (or the story after a dateline's dash) with the
/// capitalized noun of a firm's kind that opens no name ("Chipmaker Velmor said", "ORSK, May
/// 2 - Consultancy Tarnline expects").
fn kind_opens_sentence(doc: &DocContext, k: usize) -> bool {
    (doc.starts_sentence(k) || k > 0 && is_dash(doc.word(k - 1)))
        && doc.case(k) == Case::Title
        && KIND_BEFORE.contains(doc.lower(k))
        && !KINDS_OPENING_NAMES.contains(doc.lower(k))
}

/// Nouns of a firm's rivals and peers that open a sentence before the firm's name ("Rival
/// Velmor Foods fell", "Competitors Tarn Bank and Orsk Bank"), no part of it.
const RIVALS: WordSet =
    WordSet::new(&["Rival", "Rivals", "Competitor", "Competitors", "Peer", "Peers"]);

/// Whether token `k` opens its sentence (or the story after a dateline's dash) with one of
/// the [`RIVALS`].
fn rival_opens_sentence(doc: &DocContext, k: usize) -> bool {
    (doc.starts_sentence(k) || k > 0 && is_dash(doc.word(k - 1))) && RIVALS.contains(doc.word(k))
}

/// A name the tagger ran from a sentence's opening kind of firm or rival into the firm's name
/// is the firm's ("Chipmaker Velmor (Nasdaq: VLMR) said" gives "Velmor", "Rival Tarn Brands
/// fell" "Tarn Brands"), as is one it ran over a lower-case kind inside ("Indian IT services
/// company Velmor Soft"), and a rival's name it left out is found ("Rival VK Tarnix said"). A
/// rival named in full as a person stays one ("Rival Dana Ruiz").
pub(crate) fn drop_opening_kinds(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    for s in spans.iter_mut().filter(|s| s.conf < 1.0 && s.b > s.a) {
        let rival = rival_opens_sentence(doc, s.a);
        if (rival || kind_opens_sentence(doc, s.a)) && doc.capitalized(s.a + 1) {
            s.a += 1;
            if !(rival && s.label == PER && is_full_name(doc, s.a, s.b)) {
                s.label = ORG;
            }
        }
        // "Indian IT services company Velmor Soft", "the Welsh band The Tarn Lights": a name
        // run over the lower-case kind before it is the firm's after the kind. One that opens
        // with a place is left whole to `name_home_places` ("the Orsk company Velmor").
        let inner_kind =
            |k: &usize| doc.case(*k) == Case::Lower && KIND_BEFORE.contains(doc.word(*k));
        let cut = (s.a + 1..s.b).rev().find(inner_kind).filter(|&k| doc.capitalized(k + 1));
        if let Some(k) = cut.filter(|_| doc.cats(s.a) & PLACE == 0) {
            s.a = k + 1;
            s.label = ORG;
        }
    }
    find_left_out_rivals(doc, spans);
}

/// Finds the name the tagger left out after a sentence's opening rival ([`RIVALS`]): the run
/// of capitalized words after it, a firm's unless it reads as a person's full name.
fn find_left_out_rivals(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    if !RIVALS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let next = |i: usize| i < n && doc.capitalized(i) && !doc.starts_sentence(i);
    let mut found = Vec::new();
    for k in doc.capitalized_tokens().filter(|&k| rival_opens_sentence(doc, k)) {
        let a = k + 1;
        if !next(a) {
            continue;
        }
        let mut b = a;
        while b + 1 - a < RUN_WORDS && next(b + 1) {
            b += 1;
        }
        if !overlaps_any(spans, k, b) {
            let label = if is_full_name(doc, a, b) { PER } else { ORG };
            found.push(NameSpan { a, b, label, conf: FOUND });
        }
    }
    add_spans(spans, found);
}

/// Lower-case words of those whose firm business news names after "at", "with" or "from" ("a
/// lawyer with Tarn & Orsk", "lawyers from Velmor Kast").
const LAWYERS: WordSet = WordSet::new(&["lawyer", "lawyers", "attorney", "attorneys", "counsel"]);

/// The words that may come before the names [`firm_cue_before`] reads: only documents holding
/// one are read (a trade opening a sentence in its plural, as analysts mostly are).
const FIRM_CUES: WordSet = WordSet::new(&[
    "advised",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "counsel",
    "compete",
    "competes",
    "competing",
    "rival",
    "rivals",
    "analyst",
    "analysts",
    "Analyst",
    "Analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "trade",
    "trades",
    "traded",
    "trading",
    "listed",
    "shares",
    "volumes",
]);

/// Words before "rival" that make it a person's rival, not a firm's ("his rival", "the
/// presidential rival").
const PERSONAL_RIVALRY: WordSet = WordSet::new(&[
    "his",
    "her",
    "their",
    "political",
    "election",
    "presidential",
    "leadership",
    "opposition",
]);

/// Whether the name at `a` follows words after which business news names a firm: "advised
/// by", a lawyer's "at", "with" or "from", a market professional's "at" ("analysts at"),
/// "competes with", a firm's lower-case "rival" ("its smaller rival Velmor Kast"), and the
/// "on" of the exchange shares trade on ("listed on the Tarn Stock Exchange").
fn firm_cue_before(doc: &DocContext, a: usize) -> bool {
    if a < 2 {
        return false;
    }
    let before = doc.word(a - 2);
    match doc.word(a - 1) {
        "by" => before == "advised",
        "with" if matches!(before, "compete" | "competes" | "competing") => true,
        "at" | "with" | "from" if LAWYERS.contains(before) => true,
        // "Analysts at Velmor and Tarn Bank said": the names listed after the first.
        "at" => is_trade(doc, a - 2),
        "rival" | "rivals" => !PERSONAL_RIVALRY.contains(doc.lower(a - 2)),
        // "shares traded on Velmor", "listed on the Tarn Stock Exchange": the exchange.
        "on" => TRADING.contains(before),
        "the" => before == "on" && a >= 3 && TRADING.contains(doc.word(a - 3)),
        _ => false,
    }
}

/// Words of trading in shares before the "on" of the exchange they trade on ("which trade on
/// the Velmor exchange", "listed on the Tarn Stock Exchange").
const TRADING: WordSet =
    WordSet::new(&["trade", "trades", "traded", "trading", "listed", "shares", "volumes"]);

/// The most names read in a list after a firm's cue ("advised by Velmor, Tarn and Orsk").
const CUED_NAMES: usize = 4;

/// The first tokens of the names after a firm's cue ([`firm_cue_before`]) and of the names
/// listed with them ("competes with Velmor, Tarn and Orsk Kast"), in text order. The names
/// there the tagger left out are found (a firm's, or a person's full name), but after "rival"
/// only the tagger's names are read ("rival Kurds" is a people as often). A list goes on over
/// "and" and over a comma, but not to a title ("advised by Velmor, Chief Executive Dana Ruiz
/// said"), a people's word ("compete with Chinese makers") or a date ("traded on Monday"), and
/// a place the gazetteer knows ends it. Each start comes with whether its cue is "advised by",
/// which names a firm even where its name is a person's ("advised by Baker Kast": CoNLL-2003,
/// WikiGold and the probes have no person there).
fn find_cued_firms(doc: &DocContext, spans: &mut Vec<NameSpan>) -> Vec<(usize, bool)> {
    if !FIRM_CUES.may_occur_in(doc) {
        return Vec::new();
    }
    let n = doc.len();
    let free = |i: usize| i < n && doc.capitalized(i) && !doc.starts_sentence(i);
    let mut starts = Vec::new();
    let mut found = Vec::new();
    for c in doc.capitalized_tokens().filter(|&c| firm_cue_before(doc, c)) {
        let advised = doc.word(c - 1) == "by";
        let mut a = c;
        for _ in 0..CUED_NAMES {
            if !free(a) || doc.cats(a) & (TITLE | DEMONYM) != 0 || is_date_word(doc.word(a), ORG) {
                break;
            }
            let b = match spans.iter().find(|s| s.a <= a && a <= s.b) {
                Some(s) if s.a == a => s.b,
                Some(_) => break,
                // "rival Kurds": a rival the tagger left out is as often a people.
                None if doc.word(c - 1).starts_with("rival") => break,
                None => {
                    let mut b = a;
                    while b + 1 - a < RUN_WORDS && free(b + 1) {
                        b += 1;
                    }
                    if place_known(doc, a, b) {
                        break;
                    }
                    let label = if is_full_name(doc, a, b) && !advised { PER } else { ORG };
                    found.push(NameSpan { a, b, label, conf: FOUND });
                    b
                }
            };
            starts.push((a, advised));
            let mut next = b + 1;
            if next < n && doc.word(next) == "," {
                next += 1;
            }
            if next < n && doc.word(next) == "and" {
                next += 1;
            }
            if next == b + 1 {
                break;
            }
            a = next;
        }
    }
    add_spans(spans, found);
    starts.sort_unstable();
    starts
}

/// Whether the gazetteer knows tokens `a..=b` as a place.
fn place_known(doc: &DocContext, a: usize, b: usize) -> bool {
    GAZETTEER.get(doc.key(a, b)).is_some_and(|e| e.kind().is_some())
}

/// Whether the name `s` after a firm's cue is the firm: no organization already, no person's
/// full name ("its rival Dana Ruiz") but after "advised by" (`advised`), and no place the
/// gazetteer knows.
fn cued_firm(doc: &DocContext, s: &NameSpan, advised: bool) -> bool {
    s.label != ORG
        && s.label.is_output()
        && !(s.label == PER && !advised && is_full_name(doc, s.a, s.b))
        && !place_known(doc, s.a, s.b)
}

/// Lower-case nouns of a kind of organization that head a description of a name ("is a
/// Danish chain", "a software company").
const KIND_HEADS: WordSet = WordSet::new(&[
    "band",
    "duo",
    "trio",
    "quartet",
    "ensemble",
    "orchestra",
    "company",
    "firm",
    "corporation",
    "manufacturer",
    "maker",
    "producer",
    "retailer",
    "chain",
    "conglomerate",
    "holding",
    "bank",
    "lender",
    "insurer",
    "airline",
    "brewery",
    "publisher",
    "broadcaster",
    "newspaper",
    "daily",
    "weekly",
    "portal",
    "magazine",
    "tabloid",
    "agency",
    "label",
    "subsidiary",
    "automaker",
    "club",
    "university",
    "party",
    "charity",
    "startup",
    "carrier",
    "miner",
    "utility",
    "lessor",
    "exporter",
    "importer",
    "refiner",
    "shipbuilder",
    "consultancy",
    "regulator",
    "watchdog",
    "union",
    "federation",
    "association",
    "foundation",
    "group",
    "team",
    "fund",
    "chipmaker",
    "drugmaker",
    "carmaker",
    "steelmaker",
    "supermarket",
    "distributor",
    "chamber",
    "parliament",
    "legislature",
    "venture",
    "consortium",
    "marketplace",
    "fintech",
    "brokerage",
    "exchange",
    "outlet",
]);

/// Lower-case nouns of a kind of place that head a description of a name ("is a small
/// village in", "is a motorsport race track in", "is an unstaffed halt in") or come before
/// "of" and the name ("the eastern town of Orsk").
const PLACE_HEADS: WordSet = WordSet::new(&[
    "village",
    "town",
    "city",
    "hamlet",
    "parish",
    "suburb",
    "municipality",
    "commune",
    "county",
    "district",
    "province",
    "region",
    "island",
    "river",
    "lake",
    "port",
    "borough",
    "township",
    "track",
    "circuit",
    "prison",
    "halt",
    "département",
    "prefecture",
]);

/// Lower-case nouns of a person's trade that head a description of a name ("is an American
/// rapper from", "Dana Ruiz, a senior analyst at"), news trades among them. Words that also
/// head a firm's description ("a major player in", "an asset manager based in", "a producer
/// of", "an adviser to", "an investor in") are left out.
const PERSON_HEADS: WordSet = WordSet::new(&[
    "singer",
    "actor",
    "actress",
    "footballer",
    "politician",
    "writer",
    "author",
    "poet",
    "musician",
    "guitarist",
    "drummer",
    "bassist",
    "pianist",
    "painter",
    "sculptor",
    "composer",
    "rapper",
    "comedian",
    "journalist",
    "businessman",
    "businesswoman",
    "lawyer",
    "scientist",
    "physicist",
    "chemist",
    "mathematician",
    "historian",
    "philosopher",
    "economist",
    "novelist",
    "playwright",
    "screenwriter",
    "filmmaker",
    "photographer",
    "activist",
    "diplomat",
    "boxer",
    "cyclist",
    "midfielder",
    "goalkeeper",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawmaker",
    "legislator",
    "senator",
    "congressman",
    "congresswoman",
    "minister",
    "ambassador",
    "envoy",
    "billionaire",
    "tycoon",
    "entrepreneur",
    "analyst",
    "strategist",
    "professor",
    "dissident",
]);

/// Lower-case nouns of works, languages and events that head a description of a name ("is
/// an endangered language", "a 1998 film directed by"): other names, never output.
const WORK_HEADS: WordSet = WordSet::new(&[
    "language",
    "dialect",
    "album",
    "song",
    "film",
    "novel",
    "opera",
    "festival",
    "convention",
    "tournament",
]);

/// Heads that may take "of" and still describe an organization ("a maker of boats", "the flag
/// carrier of Orskia"); any other head before "of" is a collection ("a chain of islands", "a
/// band of rebels").
const KIND_OF: WordSet = WordSet::new(&[
    "carrier",
    "airline",
    "manufacturer",
    "maker",
    "producer",
    "publisher",
    "subsidiary",
    "retailer",
    "chamber",
    "parliament",
    "legislature",
]);

/// Outlets a chain is made of ("a chain of hypermarkets"): that chain is a business, where "a
/// chain of islands" is a collection.
const OUTLETS: WordSet = WordSet::new(&[
    "stores",
    "shops",
    "supermarkets",
    "hypermarkets",
    "restaurants",
    "hotels",
    "cinemas",
    "pharmacies",
    "cafes",
    "bakeries",
]);

/// Words that may follow a description's head: the description ends there ("a software
/// company based in Orsk", "a rock band from Velmor."). Any other word makes the head a
/// modifier ("a company spokesman", "a band member").
const AFTER_HEAD: WordSet = WordSet::new(&[
    ",",
    ".",
    ";",
    ":",
    ")",
    "of",
    "from",
    "in",
    "based",
    "that",
    "which",
    "whose",
    "with",
    "founded",
    "formed",
    "headquartered",
    "established",
    "published",
    "listed",
]);

/// Words a description's modifiers never are: they end the noun phrase ("a member of the
/// band" describes a person).
const NOT_MODIFIER: WordSet = WordSet::new(&[
    "of", "for", "in", "on", "at", "by", "with", "from", "to", "and", "or", "the", "who", "as",
]);

/// Lower-case words after a name that make it a newspaper ("Zorya Vesti daily said").
const PAPER_AFTER: WordSet = WordSet::new(&["daily", "weekly", "newspaper"]);

/// The most modifiers between "a" and a description's head ("a major Brazilian maker").
const MAX_MODIFIERS: usize = 4;

/// Makes each name the text describes as an organization or a place (see the module) one,
/// and so every other person (and for an organization, place) of the same words, but for a
/// family ("the Tarvel family") and a city or country (the city a club is named after).
pub(crate) fn find_described_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    take_in_firms_capitals(doc, spans);
    find_named_after_kind(doc, spans);
    name_home_places(doc, spans);
    find_parties(doc, spans);
    find_funders(doc, spans);
    name_party_labels(doc, spans);
    find_defined_names(doc, spans);
    let datelines = find_datelines(doc, spans);
    find_listing_exchanges(doc, spans);
    join_exchange_cities(doc, spans);
    find_employers_before_staff(doc, spans);
    find_papers_before_word(doc, spans);
    find_hyphenated_papers(doc, spans);
    find_digest_papers(doc, spans);
    find_newsrooms(doc, spans);
    find_places_of(doc, spans);
    name_listed_kinds(doc, spans);
    name_peoples(doc, spans);
    name_quoted_works(doc, spans);
    let cued = find_cued_firms(doc, spans);
    take_in_partners(doc, spans);
    let n = doc.len();
    let mut described: KeyMap<u64, NameLabel> = KeyMap::default();
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    // "Dana Ruiz (born 1970)", "known as Ruiz, (born ..."
    let born = |b: usize| {
        let at = if word(b + 1) == "," { b + 2 } else { b + 1 };
        word(at) == "(" && word(at + 1) == "born"
    };
    let body = |s: &NameSpan| s.label == ORG && (s.a..=s.b).any(|i| doc.cats(i) & ORGHEAD != 0);
    let city = |s: &NameSpan| doc.is_country_or_city(s.a, s.b);
    // A user's own name (certain) keeps its type, and so does a dateline's town ("... with
    // lenders BISHKEK, July 8 -" is no lender's name).
    let described_here = |s: &&mut NameSpan| s.conf < 1.0 && !datelines.contains(&(s.a, s.b));
    for s in spans.iter_mut().filter(described_here) {
        // "the giant Velmor field" names the field's kind, not the name's.
        let before = kind_before(doc, s) && !site_follows(doc, s.b);
        // An organization so named is described too, so that its other mentions follow it;
        // "the Orsk daily" is the city's paper, and "an NK newspaper" a place's.
        let place_paper = |s: &NameSpan| city(s) || doc.case(s.a) == Case::Upper;
        // "Tarn Vesti newspapers said": a paper's name before the plural too, where the tagger
        // found the name (a run it left out so is more often a nation's: "Costa Rican").
        // "the Orsk newspaper The Tarn Herald": the paper's own name after the word makes the
        // name before it the paper's home.
        let named_after = s.b + 2 < n && doc.capitalized(s.b + 2);
        let paper = s.b + 1 < n
            && (PAPER_AFTER.contains(doc.word(s.b + 1)) || doc.word(s.b + 1) == "newspapers")
            && (s.label != LOC || !place_paper(s) && !named_after);
        // "the eastern town of Orsk"
        let place_of =
            s.a > 1 && doc.word(s.a - 1) == "of" && PLACE_HEADS.contains(doc.word(s.a - 2));
        // "Velmor, based in the town of Orsk, makes pumps": a firm's seat; not a place's part's
        // ("the 12th district of Orsk, based in Tarn").
        let seated = s.b + 3 < n
            && doc.word(s.b + 1) == ","
            && matches!(doc.word(s.b + 2), "based" | "headquartered")
            && doc.word(s.b + 3) == "in"
            && !place_of;
        // "an analyst at Raymond James": no one works at a person, whose name the firm's is.
        let right_after_trade = || s.a >= 2 && MARKET_TRADES.contains(doc.lower(s.a - 2));
        let employer = (s.label != PER || right_after_trade()) && works_at(doc, s.a)
            || staff_at(doc, s)
            || officer_at(doc, s);
        // "Kalbrix's chief financial officer": one word no list knows as a person's name,
        // taken for a person, owns what only a firm has too.
        let unnamed = || s.a == s.b && doc.cats(s.a) & (FIRST | LAST) == 0;
        let owner = owns_firm_things(doc, s.b) && (s.label != PER || unnamed());
        // "Source: Velmorinform": an agency or a paper credited, unless a person's full name.
        let source = s.a >= 2
            && doc.word(s.a - 1) == ":"
            && matches!(doc.word(s.a - 2), "Source" | "Sources" | "SOURCE")
            && !is_full_name(doc, s.a, s.b);
        let firm = cued
            .binary_search_by_key(&s.a, |&(a, _)| a)
            .is_ok_and(|k| cued_firm(doc, s, cued[k].1));
        let kind = if before || paper || seated || employer || owner || source || firm {
            Some(ORG)
        } else if born(s.b) {
            Some(PER)
        } else {
            // "Dana Ruiz, a coal miner,": a person's full name described by a trade that firms
            // share stays the person's.
            let person = || s.label == PER && is_full_name(doc, s.a, s.b);
            described_after(doc, s.b).filter(|&l| l != ORG || !person()).or(place_of.then_some(LOC))
        };
        match kind {
            // "the state of Orsk Health Department" is no place.
            Some(LOC | PER) if body(s) => {}
            Some(label) => {
                s.label = label;
                described.insert(doc.key(s.a, s.b), label);
            }
            None => {}
        }
    }
    if described.is_empty() {
        return;
    }
    // "the Velmor family" is people; "in Nice" is the city whose club "club Nice" is.
    let family = |b: usize| b + 1 < n && matches!(doc.word(b + 1), "family" | "brothers");
    let open = |s: &&mut NameSpan| s.label.is_output() && s.conf < 1.0 && !family(s.b);
    for s in spans.iter_mut().filter(open) {
        let Some(&kind) = described.get(&doc.key(s.a, s.b)) else {
            continue;
        };
        let was = s.label;
        let takes = match kind {
            ORG => was == PER || (was == LOC && !city(s)),
            PER => (was == ORG && !body(s)) || (was == LOC && !city(s)),
            _ => was == PER,
        };
        if takes {
            s.label = kind;
        }
    }
}

/// Whether token `k` is one of the [`KIND_BEFORE`] (an "aircraft carrier" names a ship), the
/// "tank" of "think tank", a state's "investor" ("state investor X"; an "activist investor"
/// is a person), or one of the [`TRADE_KINDS`] after what is traded ("copper producer X").
fn is_kind_before(doc: &DocContext, k: usize) -> bool {
    let before = |w: &str| k > 0 && doc.word(k - 1) == w;
    match doc.word(k) {
        "carrier" => !before("aircraft"),
        "tank" => before("think"),
        "investor" => k > 0 && matches!(doc.lower(k - 1), "state" | "sovereign"),
        w if TRADE_KINDS.contains(w) => {
            k > 0 && doc.case(k - 1) == Case::Lower && !NOT_TRADE.contains(doc.word(k - 1))
        }
        w => KIND_BEFORE.contains(w),
    }
}

/// Whether one of the [`KIND_BEFORE`] comes right before the name `s`: in lower case ("the
/// band X"), capitalized as its sentence's first word ("Retailer X said"), or before the
/// comma of an apposition the name closes with another ("the company, X, said").
fn kind_before(doc: &DocContext, s: &NameSpan) -> bool {
    let Some(k) = s.a.checked_sub(1) else { return false };
    if based_before(doc, s.a) {
        return s.label != PER || !is_full_name(doc, s.a, s.b);
    }
    match doc.case(k) {
        Case::Lower => {
            let person = || s.label == PER && is_full_name(doc, s.a, s.b);
            is_kind_before(doc, k) && !(JOBS_TOO.contains(doc.word(k)) && person())
        }
        Case::Title => doc.starts_sentence(k) && KIND_BEFORE.contains(doc.lower(k)),
        _ => {
            let closed = s.b + 1 < doc.len() && doc.word(s.b + 1) == ",";
            doc.word(k) == ","
                && k >= 2
                && (closed
                    && KIND_BEFORE.contains(doc.word(k - 1))
                    && matches!(doc.word(k - 2), "the" | "The")
                    || band_before_comma(doc, s.a))
        }
    }
}

/// Whether a place's "-based" comes right before token `a` ("Brussels-based Solvay said"), or
/// an owner's "-led", "-owned", "-backed", "-controlled", "-run" or "-funded" ("Chevron-led
/// Tengizchevroil", "state-run Velmor Radio"): what news says is based somewhere or held by
/// someone by name is a firm or another body, and a nationality after it ("London-based Iraqi
/// dissidents") no name at all.
fn based_before(doc: &DocContext, a: usize) -> bool {
    // One look at the part after the word's last hyphen (found byte by byte), not one scan per
    // ending: the test runs for every capitalized word.
    let held = |w: &str| {
        matches!(
            split_last_hyphen(w),
            Some((_, "based" | "led" | "owned" | "backed" | "controlled" | "run" | "funded"))
        )
    };
    a > 0 && held(doc.word(a - 1)) && doc.cats(a) & DEMONYM == 0
}

/// Market professionals and researchers whose employer news names after "at" ("analysts at
/// Velmor said", "economist Dana Ruiz at Velmor", "a fellow at the Tarnov Center").
const MARKET_TRADES: WordSet = WordSet::new(&[
    "analyst",
    "analysts",
    "fellow",
    "fellows",
    "researcher",
    "researchers",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "dealer",
    "dealers",
    "trader",
    "traders",
    "broker",
    "brokers",
]);

/// A firm's staff or a strike "at" it ("workers at Velmor", "a strike at Velmor").
const STAFF: WordSet = WordSet::new(&[
    "workers",
    "employees",
    "staff",
    "executives",
    "engineers",
    "strike",
    "layoffs",
    "jobs",
]);

/// Whether the place `s`, unknown to the gazetteer as a place, follows "at" after a firm's
/// staff or a strike ("the strike at Velmor ended"): the firm. A place of more words only
/// opens with a word shaped as a firm's ("workers at VelmorSteel Orsk").
fn staff_at(doc: &DocContext, s: &NameSpan) -> bool {
    let place_known = || GAZETTEER.get(doc.key(s.a, s.b)).is_some_and(|e| e.kind().is_some());
    s.label == LOC
        && (s.a == s.b || is_camel_case(doc.word(s.a)))
        && s.a >= 2
        && doc.word(s.a - 1) == "at"
        && STAFF.contains(doc.lower(s.a - 2))
        && !place_known()
}

/// A firm's officers and partners, written lower-case, whose employer news names after "at" ("a
/// partner at Velmor", "a managing director at Velmor", "a vice president at Velmor").
const OFFICERS: WordSet = WordSet::new(&[
    "partner",
    "partners",
    "director",
    "directors",
    "president",
    "executive",
    "officer",
    "manager",
    "managers",
    "banker",
    "bankers",
    "associate",
    "consultant",
    "consultants",
]);

/// Whether the name `s`, no person's and unknown to the gazetteer as a place, follows "at"
/// after one of the lower-case [`OFFICERS`] ("Dana Ruiz, a partner at Velmor, said"): the
/// firm.
fn officer_at(doc: &DocContext, s: &NameSpan) -> bool {
    s.label != PER
        && s.a >= 2
        && doc.word(s.a - 1) == "at"
        && doc.case(s.a - 2) == Case::Lower
        && OFFICERS.contains(doc.word(s.a - 2))
        && !GAZETTEER.get(doc.key(s.a, s.b)).is_some_and(|e| e.kind().is_some())
}

/// A firm after a market professional's "at" takes back the capitals that open its name where
/// the tagger left them out ("an economist at XP Investimentos", "analysts at BTG Pactual"
/// gave "Investimentos" and "Pactual").
fn take_in_firms_capitals(doc: &DocContext, spans: &mut [NameSpan]) {
    let capitals = |i: usize| doc.case(i) == Case::Upper && (2..=5).contains(&doc.word(i).len());
    for k in 0..spans.len() {
        let a = spans[k].a;
        let free = k == 0 || spans[k - 1].b + 1 < a;
        if spans[k].conf < 1.0 && a > 0 && free && capitals(a - 1) && works_at(doc, a - 1) {
            spans[k].a -= 1;
            spans[k].label = ORG;
        }
    }
}

/// Whether the name at `a` follows "at" (or "at the", where the name opens with no place)
/// after a market professional or a researcher, the person's name between ("analysts at
/// Velmor", "strategist Dana Ruiz at Velmor", "a fellow at the Tarnov Center"): the firm or
/// institute they work for.
fn works_at(doc: &DocContext, a: usize) -> bool {
    let at = match a.checked_sub(1).map(|i| doc.word(i)) {
        Some("at") => a - 1,
        Some("the") if a >= 2 && doc.word(a - 2) == "at" && doc.cats(a) & PLACE == 0 => a - 2,
        _ => return false,
    };
    if at == 0 {
        return false;
    }
    // The trade, then at most three capitalized words of a person's name.
    (at.saturating_sub(4)..at)
        .rev()
        .take_while(|&i| i == at - 1 || doc.capitalized(i + 1))
        .any(|i| is_trade(doc, i))
}

/// Whether token `i` is a market professional's trade ([`MARKET_TRADES`]), in lower case or
/// opening a sentence ("Analysts at Velmor said").
fn is_trade(doc: &DocContext, i: usize) -> bool {
    (doc.case(i) == Case::Lower || doc.starts_sentence(i)) && MARKET_TRADES.contains(doc.lower(i))
}

/// Finds the newspapers the tagger left out before a newspaper's word ("Britain's Tarn
/// newspaper said", "the Orsk Vesti daily"): the run of title-case words there, but a known
/// place, a nationality or a date word (a city's or a country's paper, "the Sunday paper"), a
/// run that opens its sentence with one word, one before the paper's own name ("the Bengali
/// newspaper Tarn Patrika"), and a title-case headline's.
fn find_papers_before_word(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names before a publication's word are read.
    if !PAPER_AFTER.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let covered = covered_tokens(spans, n);
    let title = |i: usize| !covered[i] && doc.case(i) == Case::Title;
    let mut found: Vec<NameSpan> = Vec::new();
    for b in doc.capitalized_tokens() {
        if b + 1 >= n || !PAPER_AFTER.contains(doc.word(b + 1)) || !title(b) {
            continue;
        }
        let mut a = b;
        while a > 0 && title(a - 1) && !doc.starts_sentence(a) {
            a -= 1;
        }
        if matches!(doc.word(a), "The" | "A" | "An") {
            a += 1;
        }
        let place = GAZETTEER
            .get(doc.key(a, b))
            .is_some_and(|e| e.is_country_or_city() || e.cats & DEMONYM != 0);
        let lone_opening = a == b && doc.starts_sentence(a);
        // "the Bengali newspaper Tarn Patrika": the paper's name follows.
        let named_after = b + 2 < n && doc.capitalized(b + 2);
        let dated = (a..=b).any(|i| is_date_word(doc.word(i), ORG));
        if a <= b && !place && !lone_opening && !dated && !named_after && !is_headline(doc, a) {
            found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        }
    }
    add_spans(spans, found);
}

/// The most words of a news agency credited in a dateline ("(Kazinform)", "(Asia-Plus)").
const AGENCY_WORDS: usize = 3;

/// The most words of a dateline before its agency's bracket: a town, a comma and a country,
/// and a date ("ALMATY, Kazakhstan, March 3 (").
const DATELINE_WORDS: usize = 8;

/// Makes the news agency a dateline credits in brackets before its dash an organization
/// ("ASTANA, March 14 (Kazinform) -", "NEW DELHI (PTI) --"), in place of what the tagger made
/// of it (a place, a person or nothing), and so its other mentions the tagger took for a place
/// or a person; and the dateline's town in capitals a place ("DENVER (AP) --" is no person).
/// A dateline opens its sentence, or follows a headline run into it on one line ("... Chip
/// Demand Surges SAN JOSE, March 4 -": capitals after a word that is not). A user's name stays.
/// Returns the towns' tokens.
fn find_datelines(doc: &DocContext, spans: &mut Vec<NameSpan>) -> Vec<(usize, usize)> {
    let mut agencies: Vec<NameSpan> = Vec::new();
    let mut towns: Vec<NameSpan> = Vec::new();
    let upper = |i: usize| doc.case(i) == Case::Upper;
    // A dateline opens with a town in capitals: its sentence's first word, or capitals after
    // a headline's last word; a comma or an agency's bracket follows the town.
    let starts = doc.toks.sentences.iter().flat_map(|r| {
        let run_in = (r.start + 1..r.end).filter(move |&i| upper(i) && !upper(i - 1));
        std::iter::once(r.start).chain(run_in).map(move |a| (a, r.end))
    });
    let marked = |a: usize| {
        let e = (a..doc.len()).find(|&i| !upper(i));
        e.is_some_and(|e| matches!(doc.word(e), "," | "("))
    };
    for (a, end) in starts.filter(|&(a, _)| upper(a) && marked(a)) {
        let Some((p, agency)) = dateline_at(doc, a, end) else { continue };
        // The town: the capitals opening the dateline, before the token `p` that ends it.
        let b = (a..p).take_while(|&i| upper(i)).last().unwrap_or(a);
        let town = NameSpan { a, b, label: LOC, conf: FOUND };
        match agency {
            None => towns.push(town),
            Some(q) if !spans.iter().any(|s| s.conf >= 1.0 && s.a < q && a <= s.b) => {
                agencies.push(NameSpan { a: p + 1, b: q - 1, label: ORG, conf: FOUND });
                towns.push(town);
            }
            Some(_) => {}
        }
    }
    if agencies.is_empty() && towns.is_empty() {
        return Vec::new();
    }
    let found = towns.iter().map(|t| (t.a, t.b)).collect();
    let keys: Vec<u64> = agencies.iter().map(|f| doc.key(f.a, f.b)).collect();
    replace_inner(spans, agencies);
    if !keys.is_empty() {
        name_other_mentions(doc, spans, &keys, &[LOC, PER]);
    }
    // The town: the tagger's name of its words relabelled, or found where it left it out.
    towns.retain(|t| match spans.iter_mut().find(|s| s.a <= t.b && t.a <= s.b) {
        Some(s) if (s.a, s.b) == (t.a, t.b) => {
            s.label = LOC;
            false
        }
        Some(_) => false,
        None => true,
    });
    add_spans(spans, towns);
    found
}

/// Whether the capitals at token `a` open a dateline ([`dateline_at`]).
pub(crate) fn opens_dateline(doc: &DocContext, a: usize) -> bool {
    dateline_at(doc, a, doc.sentence_end(a) + 1).is_some()
}

/// The dateline a town in capitals at token `a` opens, within a sentence ending at `end`: the
/// token `p` after its town and date, a dash ("BRISBANE, March 11 -") or an agency's bracket,
/// and for the bracket the token closing it ("ASTANA, March 14 (Kazinform) -"). An agency is
/// words, not a slug's number ("(UPDATE 1)"), with a dash after its bracket.
fn dateline_at(doc: &DocContext, a: usize, end: usize) -> Option<(usize, Option<usize>)> {
    let n = doc.len();
    let within = a + 1..end.min(a + DATELINE_WORDS + 1);
    let Some(p) = within.clone().find(|&p| doc.word(p) == "(") else {
        // No agency: a date and a dash after the town.
        let dash = within.clone().find(|&p| is_dash(doc.word(p)));
        return dash.filter(|&p| is_dated(doc, a, p)).map(|p| (p, None));
    };
    let q = (p + 2..=(p + AGENCY_WORDS + 1).min(n - 1)).find(|&q| doc.word(q) == ")")?;
    let worded = (p + 1..q).all(|i| {
        let w = doc.word(i);
        w.starts_with(char::is_alphanumeric) && !w.bytes().all(|b| b.is_ascii_digit())
    });
    let named = doc.word(p + 1).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let dashed = q + 1 < n && is_dash(doc.word(q + 1));
    (worded && named && dashed && is_dateline(doc, a, p)).then_some((p, Some(q)))
}

/// Whether tokens `a..p` are a dateline: a town in capitals, then at most a comma and a
/// country's or region's capitalized name, and a date ("March 14", "Dec 2") after a comma; or
/// with no date, only a place the gazetteer knows, in capitals ("CAIRO", "NEW DELHI"; not a
/// headline's "OIL OUTPUT RISES").
fn is_dateline(doc: &DocContext, a: usize, p: usize) -> bool {
    is_dated(doc, a, p)
        || (a..p).all(|i| doc.case(i) == Case::Upper)
            && GAZETTEER
                .get(doc.key(a, p - 1))
                .is_some_and(|e| e.kind().is_some() || e.cats & PLACE != 0)
}

/// Whether tokens `a..p` are a dateline's place and date: capitalized words and commas, then
/// ", Month Day" ("ORSK, Velmora, March 3"), and maybe ", Year" ("ORSK, March 3, 2025").
fn is_dated(doc: &DocContext, a: usize, p: usize) -> bool {
    let month = |w: &str| is_month_name(w) || is_short_month(w);
    let year = |w: &str| w.len() == 4 && w.starts_with(['1', '2']) && is_short_number(w, 4);
    let p = if p >= a + 6 && doc.word(p - 2) == "," && year(doc.word(p - 1)) { p - 2 } else { p };
    p >= a + 4
        && is_day_of_month(doc.word(p - 1))
        && month(doc.word(p - 2))
        && doc.word(p - 3) == ","
        && (a..p - 3).all(|i| doc.capitalized(i) || doc.word(i) == ",")
}

/// Market professionals whose employer news names right before them, and their own name
/// after them ("Velmor analyst Dana Ruiz", "Tarn Brothers strategist Ann Lee").
const STAFF_BEFORE_NAME: WordSet = WordSet::new(&["analyst", "economist", "strategist", "partner"]);

/// The most words of an employer named before a market professional.
const EMPLOYER_WORDS: usize = 4;

/// Makes the name before a market professional who is named after it an organization, and
/// the name after a person: "Velmor analyst Dana Ruiz said" (the tagger took the firm for a
/// person, left it out, or ran one name over firm, trade and person). A place, a nationality
/// or a common word opening the sentence before the trade is the analyst's country or kind
/// ("Moscow analyst", "Senior analyst"), and a name a user gave stays.
fn find_employers_before_staff(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names before a trade's word are read.
    if !STAFF_BEFORE_NAME.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found: Vec<NameSpan> = Vec::new();
    // The name after the trade first: only capitalized tokens are read.
    for t in doc.capitalized_tokens().filter(|&c| c >= 2 && c + 1 < n).map(|c| c - 1) {
        if doc.case(t + 1) != Case::Title || !STAFF_BEFORE_NAME.contains(doc.word(t)) {
            continue;
        }
        // The person: the tagger's, or two or three title-case words, the first a first name.
        let person_end = match spans.iter().find(|s| s.a == t + 1 && s.label == PER) {
            Some(s) => s.b,
            None => {
                let run = (t + 1..n.min(t + 4)).take_while(|&i| doc.case(i) == Case::Title);
                match run.last() {
                    Some(b) if b > t + 1 && doc.cats(t + 1) & FIRST != 0 => b,
                    _ => continue,
                }
            }
        };
        let Some(b) = t.checked_sub(1).filter(|&b| doc.capitalized(b)) else { continue };
        let mut a = b;
        while a > 0
            && b - a + 1 < EMPLOYER_WORDS
            && doc.capitalized(a - 1)
            && !doc.starts_sentence(a)
        {
            a -= 1;
        }
        if matches!(doc.word(a), "The" | "A" | "An") && a < b {
            a += 1;
        }
        let place = GAZETTEER.get(doc.key(a, b)).is_some_and(|e| e.kind().is_some())
            || (a..=b).any(|i| doc.cats(i) & (DEMONYM | PLACE) != 0 && doc.cats(i) & LAST == 0);
        let common_opening = doc.starts_sentence(a) && is_common_word(doc.lower(a));
        let inside = |s: &NameSpan| {
            s.b < a || s.a > person_end || s.a >= a && s.b <= person_end && s.conf < 1.0
        };
        if place || common_opening || is_headline(doc, a) || !spans.iter().all(inside) {
            continue;
        }
        found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        if !spans.iter().any(|s| (s.a, s.b, s.label) == (t + 1, person_end, PER)) {
            found.push(NameSpan { a: t + 1, b: person_end, label: PER, conf: FOUND });
        }
    }
    if found.is_empty() {
        return;
    }
    let keys: Vec<u64> =
        found.iter().filter(|f| f.label == ORG).map(|f| doc.key(f.a, f.b)).collect();
    // The names inside the firm's words and the person's are replaced (a name the tagger ran
    // over both too: it lies within them).
    replace_inner(spans, found);
    name_other_mentions(doc, spans, &keys, &[PER]);
}

/// Makes the other mentions of the organizations keyed `keys` ([`DocContext::key`]) that the
/// tagger labelled one of `taken_for` organizations too (a user's name stays).
fn name_other_mentions(
    doc: &DocContext,
    spans: &mut [NameSpan],
    keys: &[u64],
    taken_for: &[NameLabel],
) {
    for s in spans.iter_mut().filter(|s| taken_for.contains(&s.label) && s.conf < 1.0) {
        if keys.contains(&doc.key(s.a, s.b)) {
            s.label = ORG;
        }
    }
}

/// Newspapers' words that end a hyphenated title ("Star-Telegram", "Journal-Constitution"),
/// besides [`PUBLICATION_WORDS`].
const PAPER_ENDS: WordSet = WordSet::new(&[
    "Telegram",
    "Dispatch",
    "Constitution",
    "Picayune",
    "Statesman",
    "Sentinel",
    "Courier",
    "Enquirer",
    "Register",
    "Bulletin",
    "Democrat",
]);

/// The most title-case words before a newspaper's hyphenated title (a city: "Fort Worth").
const PAPER_TOWN_WORDS: usize = 3;

/// Makes a newspaper of a hyphenated title ending in a newspaper's word ("Orsk Star-Telegram",
/// "the Velmor American-Statesman", "Tarn Post-Dispatch") and the title-case words right
/// before it (its town, up to [`PAPER_TOWN_WORDS`]): one organization, in place of the names
/// the tagger found inside it (the town alone as a place, the whole as a person). A name
/// running past it stays, and a title whose first part is in capitals ("FOCUS-News": a
/// slug) names none.
fn find_hyphenated_papers(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found: Vec<NameSpan> = Vec::new();
    for b in doc.hyphenated_capitalized_tokens().filter(|&b| doc.case(b) == Case::Title) {
        let w = doc.word(b);
        let Some((first, last)) = super::split_last_hyphen(w) else { continue };
        let paper = PUBLICATION_WORDS.contains(last) || PAPER_ENDS.contains(last);
        // Both parts in title case ("FOCUS-News" is a feature's slug).
        let title_first =
            first.starts_with(char::is_uppercase) && first.contains(char::is_lowercase);
        if !paper || !title_first {
            continue;
        }
        let mut a = b;
        while a > 0
            && b - a < PAPER_TOWN_WORDS
            && doc.case(a - 1) == Case::Title
            && !doc.starts_sentence(a)
            && !matches!(doc.word(a - 1), "The" | "A" | "An")
        {
            a -= 1;
        }
        let inside = |s: &NameSpan| s.b < a || s.a > b || (s.a >= a && s.b <= b);
        if spans.iter().all(inside) {
            found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        }
    }
    replace_inner(spans, found);
}

/// Words of a press digest's section headings in capitals before a dash ("FRONT PAGE --",
/// "BUSINESS PAGES --"): no paper's name is made of these alone.
const DIGEST_SECTIONS: WordSet = WordSet::new(&[
    "FRONT",
    "PAGE",
    "PAGES",
    "BUSINESS",
    "SPORT",
    "SPORTS",
    "SOCCER",
    "EDITORIAL",
    "EDITORIALS",
    "PRESS",
    "DIGEST",
]);

/// The most words of a paper's name heading its stories in a press digest ("FINANCIAL
/// KATHIMERINI", "THE NATION").
const DIGEST_PAPER_WORDS: usize = 4;

/// Makes the papers a press digest heads its stories with organizations: in a document whose
/// headline opens with "PRESS DIGEST" ("PRESS DIGEST - Velmora - Aug 22"), a run of one to
/// [`DIGEST_PAPER_WORDS`] words in capitals before a dash, after the headline ("VELMOR
/// VESTI - The cabinet met ...", "THE NATION -- ..."), in place of what the tagger made of its
/// words. A place the gazetteer knows heads a country's news ("MONGOLIA - A ship arrived"), and
/// a section's heading ("FRONT PAGE --") names no paper; a user's name stays.
fn find_digest_papers(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let digest = n > 2
        && doc.word(0).eq_ignore_ascii_case("press")
        && doc.word(1).eq_ignore_ascii_case("digest");
    if !digest {
        return;
    }
    let mut found: Vec<NameSpan> = Vec::new();
    let mut i = doc.sentence_end(0) + 1;
    while i < n {
        let a = i;
        while i < n && doc.case(i) == Case::Upper {
            i += 1;
        }
        if i == a {
            i += 1;
            continue;
        }
        let b = i - 1;
        let headed = i < n && is_dash(doc.word(i)) && b - a < DIGEST_PAPER_WORDS;
        let section = (a..=b).all(|k| DIGEST_SECTIONS.contains(doc.word(k)));
        let place = GAZETTEER.get(doc.key(a, b)).is_some_and(|e| e.kind().is_some());
        let user = spans.iter().any(|s| s.conf >= 1.0 && s.a <= b && a <= s.b);
        if headed && !section && !place && !user {
            found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        }
    }
    replace_inner(spans, found);
}

/// The most capitalized words of a newsroom's town ("Buenos Aires Newsroom").
const NEWSROOM_TOWN_WORDS: usize = 3;

/// Makes a news agency's newsroom named in a story's sign-off one organization: the
/// capitalized words before a capitalized "Newsroom" or "Newsdesk" and that word ("-- Orsk
/// Newsroom +7 727", "Tarn Newsdesk 312-408"), in place of what the tagger made of them (the
/// town alone as a place, or the whole). A lower-case "Orsk newsroom" names the town, and
/// stays so; a name running past the newsroom's words stays.
fn find_newsrooms(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    if !(doc.may_hold("Newsroom") || doc.may_hold("Newsdesk")) {
        return;
    }
    let mut found: Vec<NameSpan> = Vec::new();
    for b in doc.capitalized_tokens() {
        if !matches!(doc.word(b), "Newsroom" | "Newsdesk") {
            continue;
        }
        let mut a = b;
        while a > 0 && b - a < NEWSROOM_TOWN_WORDS && !doc.starts_sentence(a) && {
            let c = doc.case(a - 1);
            c == Case::Title || c == Case::Upper
        } {
            a -= 1;
        }
        let inside = |s: &NameSpan| s.b < a || s.a > b || (s.a >= a && s.b <= b && s.conf < 1.0);
        if a < b && spans.iter().all(inside) {
            found.push(NameSpan { a, b, label: ORG, conf: FOUND });
        }
    }
    replace_inner(spans, found);
}

/// Finds the places the tagger left out after a kind of place and "of" ("the mining town of
/// Velmorsk", "the southwestern province of Orsk"): the run of one to three title-case words
/// there that no name touches, holding no organization's word or date word and not followed by
/// another capitalized word ("the city of Orsk Water Board").
fn find_places_of(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after a place's head word and "of" are read.
    if !(PLACE_HEADS.may_occur_in(doc) && doc.may_hold("of")) {
        return;
    }
    let n = doc.len();
    let mut found: Vec<NameSpan> = Vec::new();
    for a in doc.capitalized_tokens().filter(|&a| a >= 2) {
        if doc.word(a - 1) != "of" || !PLACE_HEADS.contains(doc.word(a - 2)) {
            continue;
        }
        let mut b = a;
        while b + 1 < n
            && b < a + 2
            && doc.case(b + 1) == Case::Title
            && !doc.starts_sentence(b + 1)
        {
            b += 1;
        }
        let plain = (a..=b).all(|i| {
            doc.case(i) == Case::Title
                && doc.cats(i) & ORGHEAD == 0
                && !is_date_word(doc.word(i), LOC)
        });
        let ends = b + 1 >= n || !doc.capitalized(b + 1);
        if plain && ends && !overlaps_any(spans, a, b) {
            found.push(NameSpan { a, b, label: LOC, conf: FOUND });
        }
    }
    add_spans(spans, found);
}

/// What only a firm has, after a possessive ("Velmor's shareholders", "Velmor's chief
/// executive"): a place has sales, plants and workers too, and a person shares and a stake.
const FIRM_THINGS: WordSet = WordSet::new(&[
    "shareholders",
    "stockholders",
    "subsidiary",
    "subsidiaries",
    "earnings",
    "profits",
    "takeover",
    "merger",
    "warehouse",
    "warehouses",
    "chief",
]);

/// Whether the name ending at `b` (its "'s" in it or right after it) owns one of
/// [`FIRM_THINGS`] ("chief" only before one of [`CHIEF_OFFICES`]: "chief executive").
fn owns_firm_things(doc: &DocContext, b: usize) -> bool {
    let n = doc.len();
    let at = if doc.possessive(b) {
        b + 1
    } else if doc.possessive(b + 1) {
        b + 2
    } else {
        return false;
    };
    at < n
        && FIRM_THINGS.contains(doc.word(at))
        && (doc.word(at) != "chief" || at + 1 < n && CHIEF_OFFICES.contains(doc.word(at + 1)))
}

/// What a firm's chief heads after "chief" ("Velmor's chief executive", "Velmor's chief
/// financial officer"); not "chief of staff", which a person has.
const CHIEF_OFFICES: WordSet =
    WordSet::new(&["executive", "financial", "operating", "technology", "investment"]);

/// Whether "band" and a comma come right before token `a` ("an American rock band, Velmor
/// Eels", "A jazz band, Orsk Blue performed"): a band's name in apposition.
fn band_before_comma(doc: &DocContext, a: usize) -> bool {
    a >= 2 && doc.word(a - 1) == "," && doc.word(a - 2) == "band"
}

/// Recordings credited to their makers with "by" ("an album by", "a single by").
const RECORDINGS: WordSet =
    WordSet::new(&["album", "albums", "single", "singles", "EP", "song", "songs", "record"]);

/// A band's players, named with "of" before their band ("the drummer of").
const BAND_ROLES: WordSet = WordSet::new(&[
    "drummer",
    "guitarist",
    "bassist",
    "singer",
    "vocalist",
    "frontman",
    "keyboardist",
]);

/// Whether a name printed with its own "The" within a sentence at token `a` is credited as a
/// band: after a recording's "by" ("a compilation album by The Velmors"), a player's "of" ("the
/// drummer of The Orsk Lanterns") or a tour's "supporting" ("toured, supporting The Tarns").
/// Bands name themselves so; a person's name has no "The".
fn band_credited_before(doc: &DocContext, a: usize) -> bool {
    a >= 2
        && doc.word(a) == "The"
        && match doc.word(a - 1) {
            "by" => RECORDINGS.contains(doc.word(a - 2)),
            "of" => BAND_ROLES.contains(doc.word(a - 2)),
            "supporting" => true,
            _ => false,
        }
}

/// Finds the organizations the tagger left out right after a kind of organization ("the
/// band Velmor Drift", "label The Lanterns"; not after one of the [`TRADE_KINDS`]) or a band's credit ([`band_credited_before`]):
/// the run of capitalized words there, a printed "The" included. A weekday, a month or a
/// single letter ("group C", "group C.") names none.
fn find_named_after_kind(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let covered = covered_tokens(spans, n);
    let cap = |i: usize| i < n && !covered[i] && doc.capitalized(i) && !doc.starts_sentence(i);
    let mut found = Vec::new();
    // The first token a name may start at (past the last name found).
    let mut next = 1;
    for i in doc.capitalized_tokens() {
        // `next` starts at 1: a name opening the text has no kind before it.
        if i < next || !cap(i) {
            continue;
        }
        // "the union Secretary General Dana Ruiz": a title after the kind is its officer's.
        // A trade's word names only the tagger's names ("cuts refiner Q3 EPS view").
        let trade = || TRADE_KINDS.contains(doc.word(i - 1));
        let kind = (doc.case(i - 1) == Case::Lower && is_kind_before(doc, i - 1) && !trade()
            || kind_opens_sentence(doc, i - 1)
            || based_before(doc, i))
            && doc.cats(i) & TITLE == 0;
        if !(kind || band_before_comma(doc, i) || band_credited_before(doc, i)) {
            continue;
        }
        let mut b = i;
        while cap(b + 1) && doc.sentence_of(b + 1) == doc.sentence_of(i) {
            b += 1;
        }
        let last = doc.word(b);
        if last.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !is_date_word(last, ORG)
            && (b > i || last != "The")
        {
            found.push(NameSpan { a: i, b, label: ORG, conf: FOUND });
        }
        next = b + 1;
    }
    add_spans(spans, found);
}

/// Whether token `k` is a lower-case noun of a firm's kind that a place before it may be the
/// home of ("the Piraeus firm"): one of [`KIND_HEADS`] or [`KIND_BEFORE`], or a shipowner, but
/// not a sports club's word ("the Liverpool side" is the club, "the Dortmund trio" its players,
/// "Rugby union" the game).
fn firm_kind_at(doc: &DocContext, k: usize) -> bool {
    let w = doc.word(k);
    doc.case(k) == Case::Lower
        && !matches!(w, "club" | "side" | "team" | "duo" | "trio" | "quartet" | "union")
        && (KIND_HEADS.contains(w) || KIND_BEFORE.contains(w) || w == "shipowner")
}

/// A country or city named before the kind of a firm it is home to is the place ("sold to the
/// Piraeus firm Kostakis Brothers", "a Liverpool shipowner"), where the tagger took it for the
/// firm; a name it ran from the place over the kind into the firm's name is the two ("the Oslo
/// company Nortek").
fn name_home_places(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    for s in spans.iter_mut().filter(|s| matches!(s.label, ORG | PER) && s.conf < 1.0) {
        if s.b + 1 < n && firm_kind_at(doc, s.b + 1) && doc.is_country_or_city(s.a, s.b) {
            s.label = LOC;
            continue;
        }
        let Some(k) = (s.a + 1..s.b).find(|&k| firm_kind_at(doc, k)) else { continue };
        if doc.is_country_or_city(s.a, k - 1) && doc.capitalized(k + 1) {
            found.push(NameSpan { a: k + 1, b: s.b, label: ORG, conf: s.conf });
            s.b = k - 1;
            s.label = LOC;
        }
    }
    add_spans(spans, found);
}

/// The most words of an exchange's name in a listing ("Euronext Paris").
const EXCHANGE_WORDS: usize = 2;

/// Whether `w` reads as a stock's ticker: one to six capitals or digits, maybe with a dot and
/// a market's suffix ("ALDB", "7203", "VLTA.MI", "BRK.B").
fn is_ticker(w: &str) -> bool {
    let (code, market) = w.split_once('.').unwrap_or((w, ""));
    let caps = |p: &str, max: usize| {
        (1..=max).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    caps(code, 6) && (market.is_empty() || caps(market, 2))
}

/// The exchange named in a listing's brackets, before its colon and the ticker ("Alder
/// Biosciences (Nasdaq: ALDB)", "(NYSE: PCM)", "(Euronext Paris: VLT)"), is an organization;
/// the ticker is no name.
fn find_listing_exchanges(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // An exchange's listing is a bracket's name, a colon and a ticker.
    if !(doc.may_hold(":") && doc.may_hold("(")) {
        return;
    }
    let n = doc.len();
    let colons = (2..n.saturating_sub(2)).filter(|&c| doc.word(c) == ":");
    let mut found = Vec::new();
    let mut tickers = Vec::new();
    for c in colons {
        if !is_ticker(doc.word(c + 1)) || doc.word(c + 2) != ")" {
            continue;
        }
        let Some(open) =
            (c.saturating_sub(EXCHANGE_WORDS + 1)..c).rev().find(|&i| doc.word(i) == "(")
        else {
            continue;
        };
        if open + 1 < c && (open + 1..c).all(|i| doc.capitalized(i)) {
            found.push(NameSpan { a: open + 1, b: c - 1, label: ORG, conf: FOUND });
            tickers.push(c + 1);
        }
    }
    if found.is_empty() {
        return;
    }
    // A user's own name stays, whatever it stands beside.
    spans.retain(|s| !tickers.contains(&s.a) || s.b != s.a || s.conf >= 1.0);
    // A name running into the brackets from outside leaves the exchange to it.
    found.retain(|f| !crosses_any(spans, f.a, f.b));
    replace_inner(spans, found);
}

/// Exchange groups that name each of their exchanges by its city ("Nasdaq Stockholm").
const EXCHANGE_GROUPS: WordSet = WordSet::new(&["Nasdaq", "NASDAQ", "Euronext", "Cboe"]);

/// Makes an exchange group's name and the city right after it one organization, the exchange
/// ("listed on Nasdaq Stockholm", "Euronext Amsterdam's index"), where the tagger took the
/// city for the place; a name running into the pair from outside is left alone.
fn join_exchange_cities(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    if !EXCHANGE_GROUPS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let city =
        |i: usize| i < n && doc.case(i) == Case::Title && doc.cats(i) & (TOWN | BIG_CITY) != 0;
    let found: Vec<NameSpan> = doc
        .capitalized_tokens()
        .filter(|&i| EXCHANGE_GROUPS.contains(doc.word(i)) && city(i + 1))
        .filter(|&i| doc.sentence_of(i + 1) == doc.sentence_of(i))
        .map(|i| NameSpan { a: i, b: i + 1, label: ORG, conf: FOUND })
        .filter(|f| !crosses_any(spans, f.a, f.b))
        .collect();
    if !found.is_empty() {
        replace_inner(spans, found);
    }
}

/// Words that tell a party's place in politics before its name ("the ruling Velmor party").
const PARTY_STANDING: WordSet = WordSet::new(&[
    "ruling",
    "governing",
    "opposition",
    "pro-government",
    "pro-presidential",
    "nationalist",
    "populist",
    "centrist",
    "far-right",
    "far-left",
    "centre-right",
    "center-right",
    "centre-left",
    "center-left",
    "right-wing",
    "left-wing",
]);

/// Finds the parties the tagger left out or took for another name after a party's standing.
/// One word between the standing and a lower-case "party" ("the ruling Velmor party"): a
/// title-case word in no longer name that is no nationality and no common word. Other words
/// before "party" are often adjectives CoNLL marks otherwise ("Hitler's Nazi party", "the
/// Democratic party"). A run of capitalized words the tagger left out after the standing
/// ("the opposition VPN", "the far-right National Rally", "the ruling Velmor Dream party", "the
/// nationalist Law and Justice (VS) party"), up to [`RUN_WORDS`] words with an "and" between
/// title-case words: no title ("right-wing Prime Minister"), nationality alone ("right-wing
/// Velmoran settlers"), plural of members ("the opposition Social Democrats", which CoNLL marks
/// otherwise, "right-wing Velmorans"), place or adjective before another standing ("the ruling
/// Velmoran nationalist party"); one word is an acronym or no common word.
fn find_parties(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after a party's standing are read.
    if !PARTY_STANDING.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut covered: Option<Covered> = None;
    let mut found = Vec::new();
    for i in doc.capitalized_tokens() {
        // The cheap test first: a standing is a lower-case word.
        if i == 0 || doc.case(i - 1) != Case::Lower || !PARTY_STANDING.contains(doc.word(i - 1)) {
            continue;
        }
        let one_word = i + 1 < n
            && doc.word(i + 1) == "party"
            && doc.case(i) == Case::Title
            && doc.cats(i) & DEMONYM == 0
            && !is_common_word(doc.lower(i));
        if one_word {
            // Also the tagger's place or person of the one word ("the ruling Morena party").
            label_word(spans, &mut found, i, ORG, FOUND);
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_tokens(spans, n));
        let b = party_run_end(doc, i);
        if !(i..=b).any(|k| covered[k]) && names_party(doc, i, b) {
            found.push(NameSpan { a: i, b, label: ORG, conf: FOUND });
        }
    }
    add_spans(spans, found);
}

/// Words of a deal's money that a funder's "led by" or "backed by" follows ("a round led by
/// Velmor", "the financing was backed by Orsk Capital").
const FUNDING_WORDS: WordSet =
    WordSet::new(&["round", "funding", "financing", "investment", "raise", "Series"]);

/// The most words between a [`FUNDING_WORDS`] word and the "led" or "backed" after it.
const FUNDING_GAP: usize = 4;

/// Whether the names of a deal's funders come right after token `k`: "participation from",
/// "investors including" (also "investors such as", "backers like") or a deal's "led by" or
/// "backed by" ("a $40 million round led by").
fn funders_follow(doc: &DocContext, k: usize) -> bool {
    let word = |i: usize| doc.word(i);
    let investors = |i: usize| matches!(doc.lower(i), "investors" | "backers");
    match word(k) {
        "from" => k >= 1 && word(k - 1) == "participation",
        "including" | "like" => k >= 1 && investors(k - 1),
        "as" => k >= 2 && word(k - 1) == "such" && investors(k - 2),
        "by" if k >= 2 && matches!(word(k - 1), "led" | "backed") => {
            (k.saturating_sub(2 + FUNDING_GAP)..k - 1).any(|i| FUNDING_WORDS.contains(word(i)))
        }
        _ => false,
    }
}

/// Finds the funders news names after a deal's words ([`funders_follow`]): each run of up to
/// [`RUN_WORDS`] capitalized words in the list there ("led by Velmor, with participation
/// from Orsk Ventures, Tarn22 and GIC") is an organization, where the tagger left it out or
/// took it for a place or a person of no known first name (an investor named in full stays
/// one). A title or a nationality opens no funder's name, and a place the lists know is none.
fn find_funders(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only documents holding a cue's rarer words are read.
    let led = (doc.may_hold("led") || doc.may_hold("backed")) && FUNDING_WORDS.may_occur_in(doc);
    let listed =
        ["participation", "investors", "Investors", "backers"].iter().any(|w| doc.may_hold(w));
    if !(led || listed) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    // The first token a list may start at (past the last list read).
    let mut next_list = 1;
    for first in doc.capitalized_tokens() {
        if first < next_list || !funders_follow(doc, first - 1) {
            continue;
        }
        let mut a = first;
        while a < n && doc.capitalized(a) && doc.cats(a) & (TITLE | DEMONYM) == 0 {
            let mut b = a;
            while b + 1 < n && b + 1 - a < RUN_WORDS && doc.capitalized(b + 1) {
                b += 1;
            }
            // "investors including GIC, Singapore's wealth fund": a known place is a place.
            let place = doc.phrase_cats(a, b) & PLACE != 0;
            let at = spans.iter().position(|s| s.a <= b && a <= s.b);
            match at.map(|k| &mut spans[k]) {
                _ if place => {}
                None => found.push(NameSpan { a, b, label: ORG, conf: FOUND }),
                Some(s) if s.a == a && s.b == b && s.conf < 1.0 => {
                    if s.label == LOC || s.label == PER && !is_full_name(doc, a, b) {
                        s.label = ORG;
                    }
                }
                Some(_) => {}
            }
            // The list goes on after a comma or "and".
            let next = b + 1;
            if next + 1 < n && matches!(doc.word(next), "," | "and") {
                a = next + 1 + usize::from(doc.word(next) == "," && doc.word(next + 1) == "and");
            } else {
                break;
            }
        }
        next_list = a.max(first + 1);
    }
    add_spans(spans, found);
}

/// The most words of a name [`find_parties`] finds after a party's standing and
/// [`find_funders`] after a deal's words.
const RUN_WORDS: usize = 4;

/// The last token of the run of capitalized words opening at `a`, in its sentence, with an
/// "and" between title-case words ("Law and Justice"; not "VPN and VDP", two parties).
fn party_run_end(doc: &DocContext, a: usize) -> usize {
    let n = doc.len();
    let title = |i: usize| i < n && doc.case(i) == Case::Title;
    let mut b = a;
    loop {
        let next = if b + 1 < n && doc.capitalized(b + 1) {
            b + 1
        } else if b + 2 < n && doc.word(b + 1) == "and" && title(b) && title(b + 2) {
            b + 2
        } else {
            return b;
        };
        if next - a >= RUN_WORDS || doc.sentence_of(next) != doc.sentence_of(a) {
            return b;
        }
        b = next;
    }
}

/// Whether tokens `a..=b`, after a party's standing, read as a party's name (see
/// [`find_parties`]).
fn names_party(doc: &DocContext, a: usize, b: usize) -> bool {
    let last = doc.word(b);
    // "the ruling Velmoran nationalist party": an adjective among the party's standings.
    let standing_after = b + 1 < doc.len() && PARTY_STANDING.contains(doc.word(b + 1));
    let plural = last.ends_with('s') && doc.case(b) == Case::Title;
    let title = (doc.cats(a) | doc.phrase_cats(a, b)) & TITLE != 0;
    if title || doc.phrase_cats(a, b) & PLACE != 0 || standing_after || plural {
        return false;
    }
    let acronym = doc.case(a) == Case::Upper && last.len() >= 2;
    a < b || acronym || doc.cats(a) & DEMONYM == 0 && !is_common_word(doc.lower(a))
}

/// Parties' own names that stand for the party alone ("a Labour MP", "the Liberal caucus"),
/// which CoNLL marks as organizations; "Democratic" and "Republican" are left out, as CoNLL
/// marks them as other names ("the Republican convention").
const PARTY_NAMES: WordSet = WordSet::new(&["Labor", "Labour", "Liberal", "Conservative"]);

/// Words for a party's members, groups and kind after its name ("a Labour MP", "the Liberal
/// caucus", "the Labor or Liberal parties"), and the government it forms ("the former Labour
/// government").
const PARTY_MEMBERS: WordSet = WordSet::new(&[
    "MP",
    "MPs",
    "MPP",
    "MPPs",
    "MLA",
    "MLAs",
    "member",
    "members",
    "caucus",
    "candidate",
    "candidates",
    "backbencher",
    "backbenchers",
    "parties",
    "government",
]);

/// Makes a party's own name ([`PARTY_NAMES`]) an organization before a word for its members
/// or its kind ([`PARTY_MEMBERS`]), or before "or" or "and" and another such name that is
/// ("the Labor or Liberal parties"): the word names the party, not a belief. The tagger leaves
/// it out or takes it for a place; a longer name holding it ("the Liberal Party") is left
/// alone.
fn name_party_labels(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A party label is a party's name and a word for its members.
    if !(PARTY_NAMES.may_occur_in(doc) && PARTY_MEMBERS.may_occur_in(doc)) {
        return;
    }
    let n = doc.len();
    let party_before_member = |i: usize| {
        i + 1 < n && PARTY_NAMES.contains(doc.word(i)) && PARTY_MEMBERS.contains(doc.word(i + 1))
    };
    let labels: Vec<usize> = doc
        .capitalized_tokens()
        .filter(|&i| {
            party_before_member(i)
                || PARTY_NAMES.contains(doc.word(i))
                    && i + 2 < n
                    && matches!(doc.word(i + 1), "or" | "and")
                    && party_before_member(i + 2)
        })
        .collect();
    let mut found = Vec::new();
    for i in labels {
        label_word(spans, &mut found, i, ORG, FOUND);
    }
    add_spans(spans, found);
}

/// The most words of a name that opens its sentence's definition (see [`find_defined_names`]).
const DEFINED_WORDS: usize = 4;

/// Finds the names the tagger left out that open a sentence defining them ("Velmorhorst is a
/// municipality in", "Tarn Vale Records is a French record label", "Orskhead are an English
/// rock band from"): a run of one to [`DEFINED_WORDS`] title-case words that no name covers,
/// "is", "are", "was" or "were" and a description headed by a kind of place, organization or
/// person ([`described_after`]) make a name of that kind; so do two words or more, a comma and
/// a description headed by a kind of organization ("Long-Term Velmor Management, the hedge
/// fund,"), one word no list knows so described ("Vendrix, an Orsk delivery startup,"), such
/// a run after a lower-case word within a sentence ("for the Velmor-Institut, the federal
/// regulator,", "backed by Velkap, the Orsk battery maker,"), and any such run after
/// "according to" ("According to Velmorin, the business daily,"). A word of the language's
/// own ("It is a town", "This was a village") or a headline's run names none.
fn find_defined_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    // "According to Velmorin, the business daily,": a source is a name.
    let sourced = |a: usize| a >= 2 && doc.word(a - 1) == "to" && doc.lower(a - 2) == "according";
    // "for the Velmor-Institut, the regulator,", "backed by Velkap, the Orsk battery maker,":
    // a run opening within a sentence, after a lower-case word.
    let within = |a: usize| a >= 1 && doc.case(a - 1) == Case::Lower;
    for a in doc.capitalized_tokens().filter(|&a| doc.starts_sentence(a) || sourced(a) || within(a))
    {
        let mut b = a;
        while b + 1 < n && b < a + DEFINED_WORDS && doc.case(b + 1) == Case::Title {
            b += 1;
        }
        // "Vendrix, an Orsk startup,": one word that is no common word and no list's name.
        let unknown =
            || !is_common_word(doc.lower(a)) && doc.cats(a) & (FIRST | LAST | PLACE | DEMONYM) == 0;
        // "Velmor Tarn Management, the hedge fund, was": an apposition describes an
        // organization of two words or more whose first is no common word ("In Orsk, the
        // company said"), or of any words after "according to".
        let apposition = b + 1 < n
            && doc.word(b + 1) == ","
            && (sourced(a) || (b > a || unknown()) && !is_common_word(doc.lower(a)));
        if doc.case(a) != Case::Title
            || b + 1 >= n
            || !(matches!(doc.word(b + 1), "is" | "are" | "was" | "were") && !within(a)
                || apposition)
            || doc.sentence_of(b) != doc.sentence_of(a)
            || (b == a && is_common_word(doc.lower(a)) && !sourced(a))
            || FUNCTION_OPENERS.contains(doc.word(a))
            || overlaps_any(spans, a, b)
            || is_headline(doc, a)
        {
            continue;
        }
        let described = described_after(doc, b).filter(|&l| l == ORG || !apposition);
        if let Some(label @ (LOC | ORG | PER)) = described {
            found.push(NameSpan { a, b, label, conf: FOUND });
        }
    }
    add_spans(spans, found);
}

/// Capitalized words opening a sentence that name nothing before a definition ("The", "It",
/// "This", "There", ...).
const FUNCTION_OPENERS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "It",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "Which",
    "What",
    "Who",
    "One",
    "Each",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Such",
    "Another",
    "Today",
    "Yesterday",
]);

/// Plural nouns of kinds of organization that open a list of examples ("bands like X, Y and
/// Z", "companies such as X", "lenders X and Y").
const KINDS_LISTED: WordSet = WordSet::new(&[
    "bands",
    "companies",
    "firms",
    "banks",
    "clubs",
    "teams",
    "labels",
    "newspapers",
    "airlines",
    "retailers",
    "lenders",
    "insurers",
    "carmakers",
    "automakers",
    "chipmakers",
    "miners",
    "agencies",
    "manufacturers",
    "producers",
    "refiners",
    "brokerages",
    "broadcasters",
    "publishers",
    "conglomerates",
    "exchanges",
    "universities",
    "organisations",
    "organizations",
    "unions",
    "parties",
    "developers",
    "shippers",
    "operators",
    "suppliers",
    "exporters",
    "importers",
    "utilities",
    "startups",
    "steelmakers",
    "drugmakers",
    "giants",
]);

/// The [`KINDS_LISTED`] that are people's jobs too ("the producers Dana Ruiz and Ken Vale").
const JOBS_LISTED: WordSet = WordSet::new(&["producers", "developers", "operators", "publishers"]);

/// Plural kinds of places that open a list of examples as [`KINDS_LISTED`] do, or with "of"
/// ("provinces such as Velmora and Tarn", "the ports of Orsk and Brisk").
const PLACES_LISTED: WordSet = WordSet::new(&[
    "provinces",
    "regions",
    "cities",
    "towns",
    "villages",
    "countries",
    "states",
    "districts",
    "ports",
    "islands",
    "municipalities",
    "neighbourhoods",
    "neighborhoods",
    "suburbs",
    "counties",
]);

/// The kind of names a plural noun at token `i` lists ([`KINDS_LISTED`] organizations,
/// [`PLACES_LISTED`] places), written in lower case or capitalized as its sentence's first word.
fn listed_kind(doc: &DocContext, i: usize) -> Option<NameLabel> {
    let w = if doc.starts_sentence(i) { doc.lower(i) } else { doc.word(i) };
    if KINDS_LISTED.contains(w) {
        Some(ORG)
    } else if PLACES_LISTED.contains(w) {
        Some(LOC)
    } else {
        None
    }
}

/// The names listed after a plural kind of organization or place and "like", "including" or
/// "such as", with or without a comma between ("bands like Velmor Drift, Orsk or Tarn
/// Lanterns", "tobacco companies, including Velmor and Orsk Tarn", "provinces such as Velmora
/// and Tarn"), after a kind of place and "of" ("the ports of Orsk and Brisk"), or right after
/// the kind when they are two or more ("state companies Velmorgas and Orskatom"), joined by
/// commas, "and" or "or", are of that kind, whatever the tagger made of them; one to three
/// capitalized words it left out there are found, and one name it ran over a list is split
/// ("lenders Velmor Group and Orsk Bank", also opening a sentence: "Lenders Velmor Group and
/// Orsk Bank rose").
fn name_listed_kinds(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let words = doc.words();
    let mut found = Vec::new();
    let mut split = Vec::new();
    let mut members = Vec::new();
    for (i, w) in words.iter().enumerate().take(n.saturating_sub(2)) {
        // Every kind ends in "s": most words fail on their last letter, before the word after
        // them is read.
        if !w.ends_with('s') {
            continue;
        }
        // "companies, including X": a comma may stand before the examples.
        let e = if words[i + 1] == "," { i + 2 } else { i + 1 };
        let example = |j: usize| j < n && matches!(words[j], "like" | "including" | "such" | "of");
        let opens = || example(e) || e == i + 1 && doc.capitalized(e);
        // "Developers such as X" opening a sentence; "of" after a kind of place only.
        let kind = || {
            let kind = listed_kind(doc, i)?;
            let lower = doc.case(i) == Case::Lower;
            let of = words[e] == "of";
            (lower || example(e) && !of).then_some(kind).filter(|&k| !of || k == LOC)
        };
        if !opens() {
            continue;
        }
        // "Lenders Velmor Group and Orsk Bank rose": a list the tagger ran from the kind opening
        // the sentence (only there does `listed_kind` know a capitalized kind).
        if doc.case(i) == Case::Title && e == i + 1 && doc.capitalized(e) {
            if let Some(label) = listed_kind(doc, i) {
                split_run_from(doc, spans, i, e, label, &mut split);
            }
            continue;
        }
        let Some(label) = kind() else { continue };
        let (mut at, direct) = match (doc.word(e), words.get(e + 1).copied()) {
            ("like" | "including" | "of", _) => (e + 1, false),
            ("such", Some("as")) => (e + 2, false),
            _ => (i + 1, true),
        };
        // "lenders Velmor Group and Orsk Bank": one name the tagger ran over the list.
        if split_run_from(doc, spans, at, at, label, &mut split) {
            continue;
        }
        members.clear();
        while let Some(m) = listed_member(doc, spans, at) {
            // "bands, including Dana Ruiz's": the possessor is a person; "lenders ORSK, July 8
            // -": a dateline after a headline run into it.
            let dateline = || doc.case(m.0) == Case::Upper && opens_dateline(doc, m.0);
            if doc.possessive(m.1 + 1) || dateline() {
                break;
            }
            members.push(m);
            at = m.1 + 1;
            match (words.get(at).copied(), words.get(at + 1).copied()) {
                (Some(","), Some("and" | "or")) => at += 2,
                (Some("," | "and" | "or"), _) => at += 1,
                _ => break,
            }
        }
        // "the producers Dana Ruiz and Ken Vale": a kind that is people's job too lists
        // people where the tagger read one of them as a person's full name.
        let people = || {
            JOBS_LISTED.contains(doc.lower(i))
                && members.iter().any(|&(a, b, k)| {
                    k.is_some_and(|k| spans[k].label == PER) && is_full_name(doc, a, b)
                })
        };
        if (!direct || members.len() >= 2) && !people() {
            for &(a, b, k) in &members {
                match k {
                    Some(k) => spans[k].label = label,
                    None => found.push(NameSpan { a, b, label, conf: FOUND }),
                }
            }
        }
    }
    add_spans(spans, found);
    replace_inner(spans, split);
}

/// Pushes to `parts` the names of the list ("Velmor Group and Orsk Bank", "Velmor, Orsk and
/// Tarn") that runs from token `a` to the end of the name the tagger started at token `start`,
/// each of `label`, if there are two or more and each opens with a capitalized word; says
/// whether it pushed them.
fn split_run_from(
    doc: &DocContext,
    spans: &[NameSpan],
    start: usize,
    a: usize,
    label: NameLabel,
    parts: &mut Vec<NameSpan>,
) -> bool {
    let Some(&NameSpan { b, conf, .. }) = spans.iter().find(|s| s.a == start && s.b > a) else {
        return false;
    };
    let joint = |i: usize| matches!(doc.word(i), "," | "and" | "or");
    let mut list = Vec::new();
    let mut start = a;
    for i in a..=b + 1 {
        if i <= b && !joint(i) {
            continue;
        }
        if i > start {
            list.push(NameSpan { a: start, b: i - 1, label, conf });
        }
        start = i + 1;
    }
    let ok = list.len() >= 2 && list.iter().all(|p| doc.capitalized(p.a));
    if ok {
        parts.extend(list);
    }
    ok
}

/// The list member at token `at`: a name the tagger found starting there (its index), or one
/// to three capitalized words of the sentence it left out (not right before a name).
fn listed_member(
    doc: &DocContext,
    spans: &[NameSpan],
    at: usize,
) -> Option<(usize, usize, Option<usize>)> {
    if at >= doc.len() || !doc.capitalized(at) {
        return None;
    }
    if let Some(k) = spans.iter().position(|s| s.a <= at && at <= s.b) {
        return (spans[k].a == at).then_some((at, spans[k].b, Some(k)));
    }
    let covered = |i: usize| overlaps_any(spans, i, i);
    let free = |i: usize| {
        i < doc.len()
            && doc.capitalized(i)
            && doc.sentence_of(i) == doc.sentence_of(at)
            && !covered(i)
    };
    let mut b = at;
    while b - at < 2 && free(b + 1) {
        b += 1;
    }
    // A run right before a name is part of it ("The" of "The Velmors").
    (!free(b + 1) && !covered(b + 1)).then_some((at, b, None))
}

/// The confidence of an organization found after a kind of organization.
const FOUND: f32 = 0.3;

/// The kind of name (organization or place) the description after the name ending at token
/// `b` gives, if any: "is"/"was"/"are"/"were" or a comma, "a"/"an", at most [`MAX_MODIFIERS`]
/// modifiers, a head in [`KIND_HEADS`] or [`PLACE_HEADS`], and a word that ends the
/// description.
fn described_after(doc: &DocContext, b: usize) -> Option<NameLabel> {
    let b = past_aside(doc, b);
    let n = doc.len();
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    let head = |w: &str| {
        if KIND_HEADS.contains(w) || w == "house" {
            Some(ORG)
        } else if PLACE_HEADS.contains(w) {
            Some(LOC)
        } else if PERSON_HEADS.contains(w) {
            Some(PER)
        } else {
            WORK_HEADS.contains(w).then_some(Other)
        }
    };
    let h = description_head(doc, b, &["is", "was", "are", "were", ","], |w| head(w).is_some())?;
    let label = head(word(h))?;
    // "a weekly newspaper", "a holding company": a head of the same kind after the first one
    // is the description's own.
    let h = if head(word(h + 1)) == Some(label) { h + 1 } else { h };
    let next = word(h + 1);
    let ends = match label {
        // "a village and civil parish in", "a town of 3,000", "a halt on the line"
        LOC => {
            AFTER_HEAD.contains(next)
                || matches!(next, "and" | "near" | "located" | "situated" | "on")
        }
        // "the lower house of parliament": a chamber of one.
        ORG if word(h) == "house" => {
            matches!(word(h - 1), "lower" | "upper") && AFTER_HEAD.contains(next)
        }
        ORG => {
            let of_kind =
                KIND_OF.contains(word(h)) || (word(h) == "chain" && OUTLETS.contains(word(h + 2)));
            // "the venture led by", "a fund owned by"
            let by = matches!(next, "led" | "owned" | "run" | "controlled" | "backed" | "operated");
            // "the flag carrier and largest airline of": a second description of the kind.
            let and = next == "and";
            (AFTER_HEAD.contains(next) && (next != "of" || of_kind)) || by || and
        }
        // "a senior analyst at Orsk Capital"
        PER => AFTER_HEAD.contains(next) || next == "at",
        // "a 1998 film directed by", "an album released in"
        _ => AFTER_HEAD.contains(next) || matches!(next, "by" | "released" | "directed" | "spoken"),
    };
    (next.is_empty() || ends).then_some(label)
}

/// Nouns of a publication heading a description ("a weekly newspaper").
const PAPER_NOUNS: WordSet = WordSet::new(&[
    "newspaper",
    "daily",
    "weekly",
    "monthly",
    "magazine",
    "tabloid",
    "broadsheet",
    "journal",
    "periodical",
]);

/// Whether the description after the name ending at token `b` calls it a publication ("is a
/// daily newspaper", "was a weekly"): its printed "The" is part of its name (GUIDELINES).
pub(crate) fn paper_after(doc: &DocContext, b: usize) -> bool {
    description_head(doc, b, &["is", "was", ","], |w| PAPER_NOUNS.contains(w)).is_some()
}

/// The most tokens of a bracketed aside between a name and its description.
const ASIDE_TOKENS: usize = 12;

/// The end of the bracketed aside right after the name ending at token `b` ("Velmor (also
/// Orsk Vale) is a suburb", "Tarnik (Cyrillic: Тарник) is a village"), within its sentence
/// and at most [`ASIDE_TOKENS`] long, or `b` when none follows.
fn past_aside(doc: &DocContext, b: usize) -> usize {
    let n = doc.len();
    if b + 2 >= n || doc.word(b + 1) != "(" {
        return b;
    }
    (b + 2..n.min(b + 2 + ASIDE_TOKENS))
        .take_while(|&i| doc.sentence_of(i) == doc.sentence_of(b) && doc.word(i) != "(")
        .find(|&i| doc.word(i) == ")")
        .unwrap_or(b)
}

/// The head of a description right after the name ending at token `b`, in its sentence: one
/// of `verbs` ("is", "was" or a comma), "a"/"an"/"the" (or after a comma "its", "his", "her"
/// or "their"), at most [`MAX_MODIFIERS`] modifiers, and a word `is_head` accepts, which may
/// gloss the word before it in brackets ("is a sum (district) of").
fn description_head(
    doc: &DocContext,
    b: usize,
    verbs: &[&str],
    is_head: impl Fn(&str) -> bool,
) -> Option<usize> {
    let n = doc.len();
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    // "X, a ...", "X is an ...", "X, the world's largest ...", and after a comma a
    // possessive: "X, his first ...".
    let article = matches!(word(b + 2), "a" | "an" | "the")
        || (word(b + 1) == "," && matches!(word(b + 2), "its" | "his" | "her" | "their"));
    if !verbs.contains(&word(b + 1)) || !article {
        return None;
    }
    // "the world's largest producer", "the country's biggest lender"
    let possessive = |w: &str| word(b + 2) == "the" && matches!(w, "'s" | "\u{2019}s");
    let modifier = |w: &str| {
        (w.starts_with(|c: char| c.is_alphanumeric()) && !NOT_MODIFIER.contains(w)) || possessive(w)
    };
    // "a sum (district) of": a head glossing the word before it in brackets.
    let gloss = |i: usize| word(i) == "(" && is_head(word(i + 1)) && word(i + 2) == ")";
    let mut h = b + 3;
    while h < n && h <= b + 3 + MAX_MODIFIERS && !is_head(word(h)) {
        if gloss(h) {
            h += 1;
            break;
        }
        if !modifier(word(h)) {
            return None;
        }
        h += 1;
    }
    (h < n && is_head(word(h)) && doc.sentence_of(h) == doc.sentence_of(b)).then_some(h)
}

/// Lower-case nouns that head the description of a people ("the Velmi, a nomadic people in",
/// "Orskani were a persecuted minority"): a people is no person, place or organization
/// (CoNLL: MISC, as nationalities are).
const PEOPLE_HEADS: WordSet = WordSet::new(&["people", "peoples", "tribe", "tribes", "minority"]);

/// Each name the text describes as a people, and the name "or" joins to it before ("Velmi or
/// Orskani were a minority"), is another kind of name through the document, whatever the
/// tagger made of it. A head followed by a noun ("a minority shareholder") describes nothing.
fn name_peoples(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only names described by a people's word are read.
    if !PEOPLE_HEADS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut peoples: Vec<u64> = Vec::new();
    for (k, s) in spans.iter().enumerate().filter(|(_, s)| s.conf < 1.0) {
        let verbs = ["is", "was", "are", "were", ","];
        let Some(h) = description_head(doc, s.b, &verbs, |w| PEOPLE_HEADS.contains(w)) else {
            continue;
        };
        if h + 1 < n && !AFTER_HEAD.contains(doc.word(h + 1)) && doc.word(h + 1) != "who" {
            continue;
        }
        peoples.push(doc.key(s.a, s.b));
        if k > 0 && s.a >= 2 && doc.word(s.a - 1) == "or" && spans[k - 1].b + 2 == s.a {
            peoples.push(doc.key(spans[k - 1].a, spans[k - 1].b));
        }
    }
    if peoples.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.conf < 1.0) {
        if peoples.contains(&doc.key(s.a, s.b)) {
            s.label = Other;
        }
    }
}

/// Lower-case nouns of works written right before a quoted title ("the film "Orsk Nights"",
/// "her novel "Velma""): the title is the work's, no person, place or organization.
const WORKS_BEFORE_QUOTE: WordSet = WordSet::new(&[
    "film",
    "movie",
    "novel",
    "book",
    "song",
    "single",
    "album",
    "play",
    "opera",
    "poem",
    "musical",
    "documentary",
]);

/// Each name that is the whole of a quoted title after a noun of a work ("the single "Dana
/// Vale"") is another kind of name (CoNLL: MISC), whatever the tagger made of it, and so are
/// the names in a title set off by commas after one ("their debut album, Lights Over the
/// Tarn, was").
fn name_quoted_works(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    let quote = |i: usize| is_quote(word(i));
    for s in spans.iter_mut().filter(|s| s.conf < 1.0 && s.a >= 2 && quote(s.a - 1)) {
        let closed = quote(s.b + 1) || (matches!(word(s.b + 1), "," | ".") && quote(s.b + 2));
        if closed && WORKS_BEFORE_QUOTE.contains(doc.word(s.a - 2)) {
            s.label = Other;
        }
    }
    // Only documents holding a work's noun hold a title set off after one.
    if !WORKS_BEFORE_QUOTE.may_occur_in(doc) {
        return;
    }
    for k in doc.capitalized_tokens().filter(|&k| k >= 2 && word(k - 1) == ",") {
        if doc.case(k - 2) != Case::Lower || !WORKS_BEFORE_QUOTE.contains(doc.word(k - 2)) {
            continue;
        }
        if let Some(end) = title_set_off(doc, k) {
            let inside = spans.iter_mut().filter(|s| s.conf < 1.0 && k <= s.a && s.b < end);
            inside.for_each(|s| s.label = Other);
        }
    }
}

/// The most words of a title set off by commas after a noun of a work.
const TITLE_WORDS: usize = 8;

/// Short lower-case words inside titles ("Lights Over the Tarn", "A Case for an Old Orsk").
const TITLE_INNER: WordSet = WordSet::new(&[
    "the", "a", "an", "of", "and", "in", "on", "to", "for", "at", "by", "with", "from", "over",
]);

/// Where the title opening at token `k` and set off by a comma, a bracket or the sentence's
/// end stops (the token after its last): a run of capitalized words with short lower-case
/// ones inside, so no possessive ("the show, Dana's father" is no title), or none.
fn title_set_off(doc: &DocContext, k: usize) -> Option<usize> {
    let n = doc.len();
    let closes = |e: usize| e == n || matches!(doc.word(e), "," | "(" | "." | ";");
    let mut e = k;
    while !closes(e) && e - k < TITLE_WORDS {
        let word_of_title = doc.capitalized(e) || TITLE_INNER.contains(doc.word(e));
        if !word_of_title || (e > k && doc.starts_sentence(e)) {
            return None;
        }
        e += 1;
    }
    (closes(e) && doc.capitalized(e - 1)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};

    fn resolved(text: &str, names: &[(&[&str], NameLabel)]) -> Vec<(String, NameLabel)> {
        let doc = DocContext::new(text);
        let mut spans: Vec<NameSpan> = names.iter().map(|(w, l)| span(&doc, w, *l, 0.5)).collect();
        drop_opening_kinds(&doc, &mut spans);
        find_described_names(&doc, &mut spans);
        texts(&spans, &doc)
    }

    #[test]
    fn a_sentence_s_opening_rival_is_no_part_of_the_name_after_it() {
        let found = resolved(
            "Rival Tarn Brands fell. Rival Velkor Tarnix said so. Rival Dana Ruiz won. Peers \
             rose.",
            &[(&["Rival", "Tarn", "Brands"], LOC), (&["Rival", "Dana", "Ruiz"], PER)],
        );
        let expected = [("Tarn Brands", ORG), ("Velkor Tarnix", ORG), ("Dana Ruiz", PER)];
        expect(found, &expected);
    }

    #[test]
    fn pollsters_chains_cooperatives_and_operators_before_names_are_firms() {
        let found = resolved(
            "A count by pollster Tarnimori gave him 52%. The fashion chain Dana Velmor will close \
             stores, and the milk cooperative Orskul objected. The rail operator Kastrail said \
             so, and the radio operator Dana Ruiz heard it.",
            &[
                (&["Tarnimori"], PER),
                (&["Dana", "Velmor"], PER),
                (&["Orskul"], LOC),
                (&["Kastrail"], LOC),
                (&["Dana", "Ruiz"], PER),
            ],
        );
        let expected = [
            ("Tarnimori", ORG),
            ("Dana Velmor", ORG),
            ("Orskul", ORG),
            ("Kastrail", ORG),
            ("Dana Ruiz", PER),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_contractor_before_a_name_is_a_firm_unless_it_is_a_person_s_full_name() {
        let found = resolved(
            "The Turkish contractor Tarnapi Merkel finished the line, and the building \
             contractor Dana Ruiz sued.",
            &[(&["Tarnapi", "Merkel"], PER), (&["Dana", "Ruiz"], PER)],
        );
        expect(found, &[("Tarnapi Merkel", ORG), ("Dana Ruiz", PER)]);
    }

    #[test]
    fn an_exchange_group_and_its_city_are_one_exchange() {
        let found = resolved(
            "Velmor fell 3% on Nasdaq Stockholm, while Euronext Amsterdam rose. Nasdaq Velmor \
             said nothing, and Anna Nasdaq Paris spoke.",
            &[
                (&["Velmor"], ORG),
                (&["Stockholm"], LOC),
                (&["Euronext", "Amsterdam"], LOC),
                (&["Nasdaq", "Velmor"], ORG),
                (&["Anna", "Nasdaq"], PER),
                (&["Paris"], LOC),
            ],
        );
        // "Velmor" is no city; a name running into the pair keeps it.
        let expected = [
            ("Velmor", ORG),
            ("Nasdaq Stockholm", ORG),
            ("Euronext Amsterdam", ORG),
            ("Nasdaq Velmor", ORG),
            ("Anna Nasdaq", PER),
            ("Paris", LOC),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_trade_s_word_after_what_is_traded_names_a_firm() {
        let found = resolved(
            "Workers at the potash producer Velmorkali struck, and rice exporter Tarn Grain \
             bought from trader Orskol. The oil trader Dana Ruiz, film producer Kastell and \
             the producer Brellik watched. Analysts say copper producer Orsk Vale lost.",
            &[
                (&["Velmorkali"], PER),
                (&["Tarn", "Grain"], PER),
                (&["Orskol"], LOC),
                (&["Dana", "Ruiz"], PER),
                (&["Kastell"], PER),
                (&["Brellik"], PER),
            ],
        );
        // A person's full name stays the person's; "film producer" and "the producer" name
        // people; a name the tagger left out ("Orsk Vale") is not found so.
        let expected = [
            ("Velmorkali", ORG),
            ("Tarn Grain", ORG),
            ("Orskol", ORG),
            ("Dana Ruiz", PER),
            ("Kastell", PER),
            ("Brellik", PER),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_name_run_over_a_lower_case_kind_is_the_name_after_it() {
        let found = resolved(
            "Indian IT services company Velmor Soft grew. The Welsh band The Tarn Lights played. \
             The Reserve bank of Orskia cut rates.",
            &[
                (&["Indian", "IT", "services", "company", "Velmor", "Soft"], ORG),
                (&["Welsh", "band", "The", "Tarn", "Lights"], PER),
                (&["Reserve", "bank", "of", "Orskia"], ORG),
            ],
        );
        let expected =
            [("Velmor Soft", ORG), ("The Tarn Lights", ORG), ("Reserve bank of Orskia", ORG)];
        expect(found, &expected);
    }

    #[test]
    fn the_exchange_shares_trade_on_is_a_firm() {
        let found = resolved(
            "Velmor shares traded on the Tarnex, and it is listed on Orsk Bourse. Its shares \
             traded on Monday. Kastel will be listed on the Warsaw bourse.",
            &[(&["Velmor"], ORG), (&["Kastel"], ORG), (&["Warsaw"], LOC)],
        );
        let expected = [
            ("Velmor", ORG),
            ("Tarnex", ORG),
            ("Orsk Bourse", ORG),
            ("Kastel", ORG),
            ("Warsaw", LOC),
        ];
        expect(found, &expected);
    }

    #[test]
    fn names_after_a_firm_s_cue_are_firms() {
        let found = resolved(
            "Velmor was advised by Tarnix and Orsk Kastell, while lawyers from Brill Hatto acted \
             for Dana Ruiz. Velmor competes with Zorvik, Kestra and Brenvik. Its smaller rival \
             Orvane Micro fell, as did his rival Dana Vale. The deal was advised by Morrow, \
             Chief Executive Dana Ruiz said. They fought rival Kurds. Analysts at Harvik and \
             Drell agreed. The bid was advised by Anna Brellik and Dana Tarvik.",
            &[
                (&["Tarnix"], PER),
                (&["Orsk", "Kastell"], LOC),
                (&["Brill", "Hatto"], PER),
                (&["Dana", "Ruiz"], PER),
                (&["Brenvik"], PER),
                (&["Orvane", "Micro"], LOC),
                (&["Dana", "Vale"], PER),
                (&["Drell"], PER),
                (&["Anna", "Brellik"], PER),
            ],
        );
        // After "advised by" a person's full name is a firm's, the tagger's or one it left out.
        let expected = [
            ("Tarnix", ORG),
            ("Orsk Kastell", ORG),
            ("Brill Hatto", ORG),
            ("Dana Ruiz", PER),
            ("Zorvik", ORG),
            ("Kestra", ORG),
            ("Brenvik", ORG),
            ("Orvane Micro", ORG),
            ("Dana Vale", PER),
            ("Morrow", ORG),
            ("Harvik", ORG),
            ("Drell", ORG),
            ("Anna Brellik", ORG),
            ("Dana Tarvik", ORG),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_title_set_off_by_commas_after_a_work_s_noun_is_no_name() {
        let found = resolved(
            "Their debut album, Lights Over the Tarn, sold well. The second album, Orsk Roads \
             (2015), did not. After that show, Dana Ruiz's father wept. In the film, Velmor \
             Variety said, Tarn Vale shone.",
            &[
                (&["Lights", "Over"], ORG),
                (&["Tarn"], LOC),
                (&["Orsk", "Roads"], LOC),
                (&["Dana", "Ruiz"], PER),
                (&["Velmor", "Variety"], ORG),
                (&["Tarn", "Vale"], PER),
            ],
        );
        let expected = [
            ("Lights Over", Other),
            ("Tarn", Other),
            ("Orsk Roads", Other),
            ("Dana Ruiz", PER),
            ("Velmor Variety", ORG),
            ("Tarn Vale", PER),
        ];
        expect(found, &expected);
    }

    #[test]
    fn the_exchange_of_a_listing_is_an_organization_and_its_ticker_no_name() {
        let found = resolved(
            "Velmor Labs (Nasdaq: VLMR) bought Orsk Oil (Euronext Paris: ORK.PA) and Brisk \
             (see: Notes).",
            &[(&["Velmor", "Labs"], ORG), (&["VLMR"], ORG), (&["Orsk", "Oil"], ORG)],
        );
        let expected =
            [("Velmor Labs", ORG), ("Nasdaq", ORG), ("Orsk Oil", ORG), ("Euronext Paris", ORG)];
        expect(found, &expected);
    }

    #[test]
    fn a_firm_after_a_market_professional_s_at_takes_back_its_opening_capitals() {
        let found = resolved(
            "An economist at VX Tarnbanco said so, and Dana Ruiz at ORSK Velmor did too.",
            &[(&["Tarnbanco"], ORG), (&["Dana", "Ruiz"], PER), (&["Velmor"], PER)],
        );
        expect(found, &[("VX Tarnbanco", ORG), ("Dana Ruiz", PER), ("Velmor", PER)]);
    }

    #[test]
    fn a_sentence_opening_kind_of_firm_is_cut_from_the_name_unless_names_open_with_it() {
        let found = resolved(
            "Chipmaker Velmor Tarn said sales fell. ORSK, May 2 - Consultancy Orskline expects \
             more. Union Brisk Bank agreed.",
            &[(&["Chipmaker", "Velmor", "Tarn"], PER), (&["Union", "Brisk", "Bank"], ORG)],
        );
        let expected =
            [("Velmor Tarn", ORG), ("ORSK", LOC), ("Orskline", ORG), ("Union Brisk Bank", ORG)];
        expect(found, &expected);
    }

    #[test]
    fn a_union_watchdog_or_charity_before_a_name_makes_it_a_body_but_not_a_title() {
        let found = resolved(
            "A spokesman for the union Velmor said the watchdog Orskwatch Tarn and the charity \
             Brisk Aid agreed, as did union Secretary General Dana Ruiz.",
            &[(&["Velmor"], LOC), (&["Dana", "Ruiz"], PER)],
        );
        expect(
            found,
            &[("Velmor", ORG), ("Orskwatch Tarn", ORG), ("Brisk Aid", ORG), ("Dana Ruiz", PER)],
        );
    }

    #[test]
    fn a_city_before_the_kind_of_a_firm_is_its_home_but_before_a_club_the_club() {
        let found = resolved(
            "The tanker went to the Piraeus firm Tarvel Lines. The Oslo company Velmor Pumps \
             grew. The Liverpool side lost.",
            &[
                (&["Piraeus"], ORG),
                (&["Tarvel", "Lines"], ORG),
                (&["Oslo", "company", "Velmor", "Pumps"], ORG),
                (&["Liverpool"], ORG),
            ],
        );
        expect(
            found,
            &[
                ("Piraeus", LOC),
                ("Tarvel Lines", ORG),
                ("Oslo", LOC),
                ("Velmor Pumps", ORG),
                ("Liverpool", ORG),
            ],
        );
    }

    #[test]
    fn a_race_track_circuit_prison_or_railway_halt_is_a_place() {
        let found = resolved(
            "Circuit Park Velmor is a motorsport race track in Orsk. Tarnby is an unstaffed \
             halt on the Orsk line. Orskgate was a prison in Tarnby.",
            &[(&["Circuit", "Park", "Velmor"], ORG), (&["Tarnby"], PER), (&["Orskgate"], ORG)],
        );
        expect(found, &[("Circuit Park Velmor", LOC), ("Tarnby", LOC), ("Orskgate", LOC)]);
    }

    #[test]
    fn a_name_after_departement_or_prefecture_of_is_a_place() {
        let found = resolved(
            "Velmorin is a commune in the French département of Orsk, near the prefecture of \
             Tarn Vale.",
            &[],
        );
        expect(found, &[("Velmorin", LOC), ("Orsk", LOC), ("Tarn Vale", LOC)]);
    }

    #[test]
    fn a_description_after_a_bracketed_aside_describes_the_name() {
        let found = resolved(
            "Tarnik (Cyrillic: Tarnikov) is a village in Orsk. Dana Vale (born in Orsk) is a \
             singer.",
            &[(&["Tarnik"], PER), (&["Dana", "Vale"], ORG)],
        );
        expect(found, &[("Tarnik", LOC), ("Dana Vale", PER)]);
    }

    #[test]
    fn a_head_glossing_the_word_before_it_in_brackets_describes_the_name() {
        let found = resolved(
            "Tarnsag is a sum (district) of Orsk. Dana Vale is a member (senior) of the club.",
            &[(&["Tarnsag"], PER), (&["Dana", "Vale"], PER)],
        );
        expect(found, &[("Tarnsag", LOC), ("Dana Vale", PER)]);
    }

    #[test]
    fn a_name_printed_with_the_after_a_band_s_credit_is_a_band() {
        let found = resolved(
            "Orsk Nights is a compilation album by The Velmorettes, released in 1994. Dana Vale \
             is the drummer of The Tarn Lanterns. They toured, supporting The Cult, then went \
             home. A book by The Orsk Press and the mayor of The Hague came out.",
            &[(&["Dana", "Vale"], PER), (&["Hague"], LOC)],
        );
        expect(
            found,
            &[
                ("The Velmorettes", ORG),
                ("Dana Vale", PER),
                ("The Tarn Lanterns", ORG),
                ("The Cult", ORG),
                ("Hague", LOC),
            ],
        );
    }

    #[test]
    fn a_name_after_band_and_a_comma_is_a_band() {
        let found = resolved(
            "Velmor Eels opened the single. It is by an American rock band, Velmor Eels. A jazz \
             band, Orsk Blue played, and the band, Tarn, a town, hosted them.",
            &[(&["Velmor", "Eels"], PER), (&["Orsk", "Blue"], PER)],
        );
        expect(
            found,
            &[("Velmor Eels", ORG), ("Velmor Eels", ORG), ("Orsk Blue", ORG), ("Tarn", ORG)],
        );
    }

    #[test]
    fn a_hyphenated_newspaper_title_and_its_town_are_one_organization() {
        let found = resolved(
            "He was named by the Orsk Star-Telegram, the Velmor American-Statesman and the \
             Tarnby Post-Dispatch Group. FOCUS-News said so.",
            &[
                (&["Orsk"], LOC),
                (&["Velmor", "American-Statesman"], PER),
                (&["Tarnby", "Post-Dispatch", "Group"], ORG),
            ],
        );
        expect(
            found,
            &[
                ("Orsk Star-Telegram", ORG),
                ("Velmor American-Statesman", ORG),
                ("Tarnby Post-Dispatch Group", ORG),
            ],
        );
    }

    #[test]
    fn a_name_left_out_that_opens_its_definition_is_found() {
        let found = resolved(
            "Velmorhorst is a municipality in Tarnland. Tarn Vale Records is a French dance \
             label. Orskhead are an English rock band. It is a small town. Tuesday was a \
             quiet day. Brisk Osk is a singer from Orsk.",
            &[(&["Tarnland"], LOC), (&["Orsk"], LOC)],
        );
        expect(
            found,
            &[
                ("Velmorhorst", LOC),
                ("Tarnland", LOC),
                ("Tarn Vale Records", ORG),
                ("Orskhead", ORG),
                ("Brisk Osk", PER),
                ("Orsk", LOC),
            ],
        );
        // An apposition describes an organization of two words or more, or of one word no list
        // knows, also after "the" within a sentence; not a phrase opening with a common word, a
        // known name's word or a person.
        let found = resolved(
            "Long-Velmor Capital Management, the hedge fund, was rescued. In Orsk, the company \
             said no. Tarnex, the bank, grew. Dana Brisk, the singer from Orsk, left. Dana, the \
             firm that grew, left. It was a matter for the Velmor-Institut, the regulator. \
             Meanwhile, the firm grew. The Orsk is a bank. It was backed by Velkap, the Orsk \
             battery maker, and sold on Monday, the company that grew, to Dana, the bank.",
            &[(&["Orsk"], LOC), (&["Orsk"], LOC), (&["Orsk"], LOC)],
        );
        let expected = [
            ("Long-Velmor Capital Management", ORG),
            ("Orsk", LOC),
            ("Orsk", LOC),
            ("Orsk", LOC),
            ("Tarnex", ORG),
            ("Velmor-Institut", ORG),
            ("Velkap", ORG),
        ];
        expect(found, &expected);
        // After "according to" a single word is a source's name, even one a list knows.
        let found = resolved(
            "According to Dana, the Orskian business daily, sales fell. Dana, the bank.",
            &[],
        );
        expect(found, &[("Dana", ORG)]);
        // A run ending the text is read up to its end.
        expect(resolved("Trade fell. Velmor Tarn", &[]), &[]);
    }

    #[test]
    fn a_kind_of_organization_before_a_name_makes_it_one_through_the_document() {
        let doc =
            DocContext::new("Dana sang with the band Tarvel Osk in May. Tarvel Osk toured Orsk.");
        let first = span(&doc, &["Tarvel", "Osk"], PER, 0.5);
        let second = NameSpan { a: first.a + 5, b: first.b + 5, ..first };
        let mut spans = vec![first, second, span(&doc, &["Orsk"], LOC, 0.5)];
        find_described_names(&doc, &mut spans);
        let expected = [("Tarvel Osk", ORG), ("Tarvel Osk", ORG), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // The kinds business news writes before a firm's name.
        let doc = DocContext::new(
            "The wealth fund Velmor-Kazyna, energy giant Orskgaz and state lender Brisk grew.",
        );
        let mut spans = vec![
            span(&doc, &["Velmor-Kazyna"], LOC, 0.5),
            span(&doc, &["Orskgaz"], PER, 0.5),
            span(&doc, &["Brisk"], LOC, 0.5),
        ];
        find_described_names(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == ORG), "{:?}", texts(&spans, &doc));
        // A state's investor is a fund; an activist investor a person.
        let text = "State investor Velmor and activist investor Dana Ruiz met.";
        let names: [(&[&str], NameLabel); 2] = [(&["Velmor"], LOC), (&["Dana", "Ruiz"], PER)];
        expect(resolved(text, &names), &[("Velmor", ORG), ("Dana Ruiz", PER)]);
        // A kind before a site's name is the site's ("the giant Tarngiz field").
        let text = "Output at the giant Tarngiz field fell.";
        expect(resolved(text, &[(&["Tarngiz"], LOC)]), &[("Tarngiz", LOC)]);
    }

    #[test]
    fn a_kind_opening_a_sentence_or_an_apposition_makes_the_name_an_organization() {
        let found = resolved(
            "Retailer Dana Tarvel said sales fell. The lender, Orsk Brisk, cut rates. \
             The company, Ken Vale said, grew. A firm, Dana Ruiz, left.",
            &[
                (&["Dana", "Tarvel"], PER),
                (&["Orsk", "Brisk"], LOC),
                (&["Ken", "Vale"], PER),
                (&["Dana", "Ruiz"], PER),
            ],
        );
        // "Ken Vale" closes no apposition; "a firm, ..." names none.
        let expected =
            [("Dana Tarvel", ORG), ("Orsk Brisk", ORG), ("Ken Vale", PER), ("Dana Ruiz", PER)];
        expect(found, &expected);
    }

    #[test]
    fn names_listed_after_a_plural_kind_of_place_are_places() {
        let text = "Provinces such as Velmora and Tarn grew, cargo through the ports of Orsk and \
                    Brisk rose, but companies of Kadeland did not.";
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmora"], ORG), (&["Orsk"], ORG), (&["Brisk"], PER), (&["Kadeland"], LOC)];
        let expected =
            [("Velmora", LOC), ("Tarn", LOC), ("Orsk", LOC), ("Brisk", LOC), ("Kadeland", LOC)];
        expect(resolved(text, &names), &expected);
    }

    #[test]
    fn names_listed_after_a_plural_kind_of_organization_are_organizations() {
        let text = "She toured with bands like Velmor Drift, Orsk Lanterns and Tarn, while \
                    singers such as Dana Ruiz stayed home; companies such as Brisk, Vendrix \
                    or Kade Lake rose.";
        let names: [(&[&str], NameLabel); 7] = [
            (&["Velmor", "Drift"], PER),
            (&["Orsk", "Lanterns"], PER),
            (&["Tarn"], LOC),
            (&["Dana", "Ruiz"], PER),
            (&["Brisk"], ORG),
            (&["Vendrix"], PER),
            (&["Kade", "Lake"], LOC),
        ];
        let expected = [
            ("Velmor Drift", ORG),
            ("Orsk Lanterns", ORG),
            ("Tarn", ORG),
            ("Dana Ruiz", PER),
            ("Brisk", ORG),
            ("Vendrix", ORG),
            ("Kade Lake", ORG),
        ];
        assert_eq!(resolved(text, &names), expected.map(|(w, t)| (w.to_string(), t)));
        // Right after the kind, two names or more, found or left out; one alone stays.
        let text = "It signed with state companies Velmorgas and Orskatom Holding, while \
                    lenders Tarnbank rose.";
        let names: [(&[&str], NameLabel); 1] = [(&["Orskatom", "Holding"], PER)];
        expect(resolved(text, &names), &[("Velmorgas", ORG), ("Orskatom Holding", ORG)]);
        // A kind that is people's job too lists people where one reads as a full name.
        let text = "It was formed by the producers Dana Ruiz and Ken Vale, while the \
                    producers Velmorgas and Orskatom cut output.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Ruiz"], PER),
            (&["Ken", "Vale"], PER),
            (&["Velmorgas"], PER),
            (&["Orskatom"], LOC),
        ];
        let expected =
            [("Dana Ruiz", PER), ("Ken Vale", PER), ("Velmorgas", ORG), ("Orskatom", ORG)];
        expect(resolved(text, &names), &expected);
        // One name the tagger ran over the list is split, also after a sentence's opening
        // kind; a name of "and" after a singular kind stays whole.
        let text = "Shares of lenders Velmor Group and Orsk Bank rose. Banks Tarnbank, Brisk \
                    and Kade Trust fell. The bank Tarn and Vale gained.";
        let names: [(&[&str], NameLabel); 3] = [
            (&["Velmor", "Group", "and", "Orsk", "Bank"], ORG),
            (&["Banks", "Tarnbank", ",", "Brisk", "and", "Kade", "Trust"], PER),
            (&["Tarn", "and", "Vale"], ORG),
        ];
        let expected = [
            ("Velmor Group", ORG),
            ("Orsk Bank", ORG),
            ("Tarnbank", ORG),
            ("Brisk", ORG),
            ("Kade Trust", ORG),
            ("Tarn and Vale", ORG),
        ];
        expect(resolved(text, &names), &expected);
        // Property developers and tech giants of business news.
        let text = "Developers such as Velmor Garden and Orskgrande struggled, as did tech \
                    giants like Tarnly.";
        let names: [(&[&str], NameLabel); 1] = [(&["Velmor", "Garden"], LOC)];
        let expected = [("Velmor Garden", ORG), ("Orskgrande", ORG), ("Tarnly", ORG)];
        expect(resolved(text, &names), &expected);
        // A comma may stand before the examples; a possessor among them is a person's band.
        let text = "Tobacco companies, including Dana Velmor and K.J. Orsk, paid. It hired \
                    bands, including Tom Brisk's.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Dana", "Velmor"], PER), (&["K.J.", "Orsk"], PER), (&["Tom", "Brisk"], PER)];
        let expected = [("Dana Velmor", ORG), ("K.J. Orsk", ORG), ("Tom Brisk", PER)];
        expect(resolved(text, &names), &expected);
    }

    #[test]
    fn a_description_headed_by_a_kind_of_organization_makes_it_one() {
        let text = "Brisk is a Danish bakery chain. Velmor Kade, a software company based \
                    in Orsk, hired Dana Ruiz, a company spokesman. Tomas Brill is a member of \
                    the band. Lira is a chain of islands. Orvo is a Finnish chain of \
                    pharmacies.";
        let names: [(&[&str], NameLabel); 6] = [
            (&["Brisk"], PER),
            (&["Velmor", "Kade"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Tomas", "Brill"], PER),
            (&["Lira"], LOC),
            (&["Orvo"], PER),
        ];
        let expected = [
            ("Brisk", ORG),
            ("Velmor Kade", ORG),
            ("Dana Ruiz", PER),
            ("Tomas Brill", PER),
            ("Lira", LOC),
            ("Orvo", ORG),
        ];
        assert_eq!(resolved(text, &names), expected.map(|(w, t)| (w.to_string(), t)));
        // A second head of the same kind is the description's ("a weekly newspaper").
        let text = "Orsk Sentinel was a weekly newspaper published in Tarn.";
        let names: [(&[&str], NameLabel); 2] = [(&["Orsk", "Sentinel"], LOC), (&["Tarn"], LOC)];
        let expected = [("Orsk Sentinel", ORG), ("Tarn", LOC)];
        assert_eq!(resolved(text, &names), expected.map(|(w, t)| (w.to_string(), t)));
        // After a comma, "the" or a possessive opens a description too; "the band's
        // singer" describes a person.
        let text = "Brill, his first jazz band, toured. Tarn, the band's singer, left. \
                    Orvo, their record label, folded.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Brill"], LOC), (&["Tarn"], PER), (&["Orvo"], PER)];
        let expected = [("Brill", ORG), ("Tarn", PER), ("Orvo", ORG)];
        assert_eq!(resolved(text, &names), expected.map(|(w, t)| (w.to_string(), t)));
        // Kinds of business news: "a chipmaker", "a state utility", "a union".
        let text = "Velmor, a Dutch chipmaker, and Tarn, a state utility, sued Brill, a \
                    union of dockers, and Orsk Kade, a miner.";
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmor"], LOC), (&["Tarn"], PER), (&["Brill"], LOC), (&["Orsk", "Kade"], PER)];
        // "a union of dockers" is no kind of organization ("of" after "union").
        let expected = [("Velmor", ORG), ("Tarn", ORG), ("Brill", LOC), ("Orsk Kade", ORG)];
        assert_eq!(resolved(text, &names), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_credited_as_a_source_is_an_organization() {
        let text = "Source: Velmorinform\nSource: Dana Ruiz\nVelmorinform said grain fell.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmorinform"], PER), (&["Dana", "Ruiz"], PER), (&["Velmorinform"], PER)];
        let expected = [("Velmorinform", ORG), ("Dana Ruiz", PER), ("Velmorinform", ORG)];
        expect(resolved(text, &names), &expected);
    }

    #[test]
    fn a_dateline_s_agency_is_an_organization_and_its_town_a_place() {
        // Taken for a place, left out, and named again later; a date, or a known town alone;
        // the town taken for a person, or left out.
        let text = "ORSK, March 14 (Velmorinform) - Tarn Oil signed a deal.\n\
                    ASTANA (Vestnik-Plus) -- Officials met.\nVelmorinform said more.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["ORSK"], PER), (&["Velmorinform"], LOC), (&["Velmorinform"], LOC)];
        let expected = [
            ("ORSK", LOC),
            ("Velmorinform", ORG),
            ("ASTANA", LOC),
            ("Vestnik-Plus", ORG),
            ("Velmorinform", ORG),
        ];
        let doc = DocContext::new(text);
        let mut spans = spans_in_order(&doc, &names, 0.5);
        find_described_names(&doc, &mut spans);
        expect(texts(&spans, &doc), &expected);
        // A capitals headline's slug, a bracket after no dateline, and no dash after it.
        let text = "VELMOR OUTPUT RISES (UPDATE 1) - The ministry said.\nThe firm (Tarvo) - \
                    said Dana.\nORSK, March 14 (Brill) said.";
        let names: [(&[&str], NameLabel); 2] = [(&["Tarvo"], PER), (&["Brill"], PER)];
        expect(resolved(text, &names), &[("Tarvo", PER), ("Brill", PER)]);
        // No agency: the town before a date and a dash, after a headline's line; a capitals
        // word before a date with no dash is none.
        let text = "Heat Hits Velmor Reef\nVELMORTON, March 11 - Surveys began.\nORSKVILLE, \
                    Tarnia, May 2 - Crews left.\nNOTE, March 3 said Dana.";
        let names: [(&[&str], NameLabel); 2] = [(&["VELMORTON"], ORG), (&["NOTE"], ORG)];
        let expected = [("VELMORTON", LOC), ("ORSKVILLE", LOC), ("NOTE", ORG)];
        expect(resolved(text, &names), &expected);
        // A headline run into its dateline on one line, after a kind the town is no one of;
        // a date with its year.
        let text = "Velmora signs loans with lenders ORSK, July 8, 2025 - Tarnia signed.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmora"], LOC), (&["ORSK"], ORG), (&["Tarnia"], LOC)];
        let expected = [("Velmora", LOC), ("ORSK", LOC), ("Tarnia", LOC)];
        expect(resolved(text, &names), &expected);
    }

    #[test]
    fn a_name_before_a_market_professional_named_after_it_is_the_employer() {
        // Taken for a person, run over the trade and the person, and left out.
        let text = "Ostrel Keller analyst Dana Ruiz said. Velmor analyst Ann Lee agreed. Brisk \
                    strategist Ken Orr left. Ostrel Keller cut its target.";
        let names: [(&[&str], NameLabel); 5] = [
            (&["Ostrel", "Keller"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Velmor", "analyst", "Ann", "Lee"], ORG),
            (&["Ken", "Orr"], PER),
            (&["Ostrel", "Keller"], PER),
        ];
        let doc = DocContext::new(text);
        let mut spans = spans_in_order(&doc, &names, 0.5);
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Ostrel Keller", ORG),
            ("Dana Ruiz", PER),
            ("Velmor", ORG),
            ("Ann Lee", PER),
            ("Brisk", ORG),
            ("Ken Orr", PER),
            ("Ostrel Keller", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // The analyst's city or kind, a nationality, and no name after the trade.
        let text = "Moscow analyst Dana Ruiz said. Senior analyst Ann Lee agreed. A Kazakh \
                    economist Ken Orr spoke. Velmor analysts said.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Moscow"], LOC),
            (&["Dana", "Ruiz"], PER),
            (&["Ann", "Lee"], PER),
            (&["Ken", "Orr"], PER),
        ];
        let doc = DocContext::new(text);
        let mut spans = spans_in_order(&doc, &names, 0.5);
        find_described_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[("Moscow", LOC), ("Dana Ruiz", PER), ("Ann Lee", PER), ("Ken Orr", PER)],
        );
    }

    #[test]
    fn a_description_with_the_and_a_possessive_describes_too() {
        let text = "Velmoratom, the world's largest uranium producer, cut output. Brisk, the \
                    country's biggest lender, grew. Dana Ruiz, the company's chief, spoke.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmoratom"], PER), (&["Brisk"], LOC), (&["Dana", "Ruiz"], PER)];
        expect(resolved(text, &names), &[("Velmoratom", ORG), ("Brisk", ORG), ("Dana Ruiz", PER)]);
        // A venture or a consortium, and a kind whose owner or leader follows.
        let text = "Tarngaz, the venture led by Orsk Oil, and Velbrix, a banking \
                    consortium, and Brill, a fund owned by Dana Ruiz, grew.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Tarngaz"], PER), (&["Velbrix"], LOC), (&["Brill"], PER)];
        expect(resolved(text, &names), &[("Tarngaz", ORG), ("Velbrix", ORG), ("Brill", ORG)]);
        // The kinds of today's business news; a person's full name described by a trade that
        // firms share stays the person's.
        let text = "Revolvix, the British fintech, and Tarvo, an online brokerage, and Vlasto, a \
                    news outlet, grew; Dana Ruiz, a coal miner, left.";
        let names: [(&[&str], NameLabel); 4] =
            [(&["Revolvix"], PER), (&["Tarvo"], PER), (&["Vlasto"], LOC), (&["Dana", "Ruiz"], PER)];
        let expected = [("Revolvix", ORG), ("Tarvo", ORG), ("Vlasto", ORG), ("Dana Ruiz", PER)];
        expect(resolved(text, &names), &expected);
        // Lessors, exporters and refiners of trade news, and the press; a person's full name
        // before "daily" or "weekly" as an adjective stays the person's.
        let text = "Avelor, the Orsk-based lessor, and Brantex, a grain exporter, sold jets to \
                    Kursov, the business daily, and Dana Ruiz, a weekly columnist.";
        let names: [(&[&str], NameLabel); 4] =
            [(&["Avelor"], LOC), (&["Brantex"], PER), (&["Kursov"], PER), (&["Dana", "Ruiz"], PER)];
        let expected = [("Avelor", ORG), ("Brantex", ORG), ("Kursov", ORG), ("Dana Ruiz", PER)];
        expect(resolved(text, &names), &expected);
        // A state's holding company.
        let text = "Velmor's Tarn-Orsk Samrat, the state mining holding, sold a stake.";
        let names: [(&[&str], NameLabel); 2] =
            [(&["Velmor"], LOC), (&["Tarn-Orsk", "Samrat"], PER)];
        expect(resolved(text, &names), &[("Velmor", LOC), ("Tarn-Orsk Samrat", ORG)]);
        // A chamber of a parliament; a house is one only as its lower or upper house.
        let text = "The Velmazhil, the lower house of parliament, and the Orsk Khural, the \
                    upper chamber, met at Tarn House, the house of Dana Ruiz.";
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmazhil"], PER), (&["Orsk", "Khural"], LOC), (&["Tarn", "House"], LOC)];
        expect(
            resolved(text, &names),
            &[("Velmazhil", ORG), ("Orsk Khural", ORG), ("Tarn House", LOC)],
        );
    }

    #[test]
    fn a_family_and_the_city_a_club_is_named_after_stay_what_they_are() {
        let doc = DocContext::new(
            "Brill is a boat maker. The Brill family sold it. The club Orsk lost, and Dana flew to Orsk.",
        );
        let first = span(&doc, &["Brill"], PER, 0.5);
        let family = NameSpan { a: first.a + 7, b: first.a + 7, ..first };
        assert_eq!(doc.word(family.a + 1), "family");
        let club = span(&doc, &["Orsk"], LOC, 0.5);
        let city = NameSpan { a: doc.len() - 2, b: doc.len() - 2, ..club };
        let mut spans = vec![first, family, club, city];
        find_described_names(&doc, &mut spans);
        let expected = [("Brill", ORG), ("Brill", PER), ("Orsk", ORG), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_capitalized_run_left_out_after_a_kind_of_organization_is_one() {
        let doc = DocContext::new(
            "Dana joined the band The Velmor Drift in May, and later the group C. tour. \
             Tarvel signed with the label Orsk Sound on Monday.",
        );
        let mut spans = vec![span(&doc, &["Dana"], PER, 0.9)];
        find_described_names(&doc, &mut spans);
        let expected = [("Dana", PER), ("The Velmor Drift", ORG), ("Orsk Sound", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A carrier, a subsidiary, a venture; an aircraft carrier names a ship.
        let doc = DocContext::new(
            "Its low-cost carrier FlyVelmor grew, its subsidiary Orsk Cargo shrank and the \
             joint venture Tarnex hired, while the aircraft carrier Kelvar sailed.",
        );
        let mut spans = Vec::new();
        find_described_names(&doc, &mut spans);
        let expected = [("FlyVelmor", ORG), ("Orsk Cargo", ORG), ("Tarnex", ORG)];
        expect(texts(&spans, &doc), &expected);
        // A think tank; a tank alone is no kind of organization.
        let doc = DocContext::new("The think tank Velmor House met the tank Orsk Tarn.");
        let mut spans = vec![span(&doc, &["Velmor", "House"], LOC, 0.6)];
        find_described_names(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmor House", ORG)]);
        // A place's "-based" or an owner's "-led", "-run"...: what is based there or held by
        // name is a body, but a nationality and a person named in full.
        let doc = DocContext::new(
            "Orsk-based Vendrix grew, Orsk-based Tarn Velmor Labs hired, Orsk-based Iraqi \
             exiles met and the Orsk-based Dana Ruiz left. Velmor-led Tarnchevroil and \
             state-run Orsk Radio grew; Orsk-backed Dana Vale won.",
        );
        let mut spans =
            vec![span(&doc, &["Dana", "Ruiz"], PER, 0.9), span(&doc, &["Dana", "Vale"], PER, 0.9)];
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Vendrix", ORG),
            ("Tarn Velmor Labs", ORG),
            ("Dana Ruiz", PER),
            ("Tarnchevroil", ORG),
            ("Orsk Radio", ORG),
            ("Dana Vale", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_word_between_a_party_s_standing_and_party_is_the_party() {
        let doc = DocContext::new(
            "The ruling Velmor party and the opposition Orskani party beat the Tarn party and \
             the ruling Kazakh party.",
        );
        let mut spans = Vec::new();
        find_described_names(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmor", ORG), ("Orskani", ORG)]);
        // The tagger's place of the word is the party.
        let found = resolved(
            "The ruling Morvena party won in Tarn.",
            &[(&["Morvena"], LOC), (&["Tarn"], LOC)],
        );
        expect(found, &[("Morvena", ORG), ("Tarn", LOC)]);
    }

    #[test]
    fn a_run_the_tagger_left_out_after_a_party_s_standing_is_the_party() {
        let doc = DocContext::new(
            "A senator of the opposition VPN, the far-right National Velmor Rally, the ruling \
             Orsk Dream party and the nationalist Law and Justice (VS) party met the centre-right \
             VPN and TDP. The right-wing Prime Minister, right-wing Velmorans, the opposition \
             Social Democrats and the ruling Kazakh nationalist party did not.",
        );
        let mut spans = Vec::new();
        find_described_names(&doc, &mut spans);
        let expected = [
            ("VPN", ORG),
            ("National Velmor Rally", ORG),
            ("Orsk Dream", ORG),
            ("Law and Justice", ORG),
            ("VPN", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn the_funders_after_a_deal_s_words_are_organizations() {
        let found = resolved(
            "Vendrix raised money in a round led by Velkap, with participation from Orsk22, \
             Tarn Ventures and BVK. Investors such as Kelmor and Dana Ruiz joined, led by \
             Velmora. Investors including the founders of Brisk agreed. It was led by Tarnek.",
            &[(&["Tarn", "Ventures"], LOC), (&["Kelmor"], PER), (&["Dana", "Ruiz"], PER)],
        );
        let expected = [
            ("Velkap", ORG),
            ("Orsk22", ORG),
            ("Tarn Ventures", ORG),
            ("BVK", ORG),
            ("Kelmor", ORG),
            ("Dana Ruiz", PER),
        ];
        expect(found, &expected);
    }

    #[test]
    fn a_party_s_name_before_its_member_s_word_is_the_party() {
        let doc = DocContext::new(
            "Dana Velmor, a former Labor MP, sat with the Liberal caucus in Orsk. Her Tarnian \
             rivals got fewer votes than the Labor or Liberal parties. The Liberal Party won, \
             and Liberal thinkers met the Labour government.",
        );
        let mut spans = vec![
            span(&doc, &["Dana", "Velmor"], PER, 0.9),
            span(&doc, &["Liberal", "caucus"], LOC, 0.5),
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Liberal", "Party"], ORG, 0.9),
        ];
        spans[1].b = spans[1].a;
        find_described_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Dana Velmor", PER),
                ("Labor", ORG),
                ("Liberal", ORG),
                ("Orsk", LOC),
                ("Labor", ORG),
                ("Liberal", ORG),
                ("Liberal Party", ORG),
                ("Labour", ORG),
            ],
        );
    }

    #[test]
    fn the_papers_heading_a_press_digest_s_stories_are_organizations() {
        let doc = DocContext::new(
            "PRESS DIGEST - Velmora - Aug 22. These are the leading stories. VELMOR VESTI - \
             The cabinet met. - Prices rose. THE ORSK HERALD -- Banks merged. MONGOLIA - A ship \
             arrived. FRONT PAGE -- Rain fell. TARN DAILY said so.",
        );
        let mut spans = vec![
            span(&doc, &["Velmora"], LOC, 0.9),
            span(&doc, &["VELMOR"], PER, 0.4),
            span(&doc, &["MONGOLIA"], LOC, 0.6),
        ];
        find_described_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[("Velmora", LOC), ("VELMOR VESTI", ORG), ("THE ORSK HERALD", ORG), ("MONGOLIA", LOC)],
        );
        // Outside a press digest, capitals before a dash are a headline's or a dateline's.
        let doc = DocContext::new("WORLD NEWS - Velmora. VELMOR VESTI - The cabinet met.");
        let mut spans = Vec::new();
        find_described_names(&doc, &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn a_newsroom_signing_off_a_story_is_one_organization() {
        let doc = DocContext::new(
            "Bonds were flat. -- Dana Ruiz, Tarn Vale Newsroom +7 727 250. Prices fell. -- Orsk \
             Newsdesk 312-408. -- Velmor newsroom 44-20.",
        );
        let mut spans = spans_in_order(
            &doc,
            &[
                (&["Dana", "Ruiz"], PER),
                (&["Tarn", "Vale"], LOC),
                (&["Orsk", "Newsdesk"], LOC),
                (&["Velmor"], LOC),
            ],
            0.8,
        );
        find_described_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Dana Ruiz", PER),
                ("Tarn Vale Newsroom", ORG),
                ("Orsk Newsdesk", ORG),
                ("Velmor", LOC),
            ],
        );
    }

    #[test]
    fn a_name_described_as_a_kind_of_place_is_a_place() {
        let doc = DocContext::new(
            "Brillby is a village and parish near Orsk. Dana met the state of Velmor Health \
             Board in the town of Castlemere, and Brillby voted.",
        );
        let first = span(&doc, &["Brillby"], PER, 0.5);
        let again = NameSpan { a: doc.len() - 3, b: doc.len() - 3, ..first };
        assert_eq!(doc.word(again.a), "Brillby");
        let mut spans = vec![
            first,
            span(&doc, &["Velmor", "Health", "Board"], ORG, 0.5),
            span(&doc, &["Castlemere"], ORG, 0.5),
            again,
        ];
        find_described_names(&doc, &mut spans);
        let expected =
            [("Brillby", LOC), ("Velmor Health Board", ORG), ("Castlemere", LOC), ("Brillby", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_described_as_a_carrier_of_a_country_or_with_a_second_kind_is_an_organization() {
        let doc = DocContext::new(
            "Velmair is the flag carrier and largest airline of Orskia. Tarnjet was the flag \
             carrier of Velmoria. Velmair flies to Tarnjet's hub.",
        );
        let names: [(&[&str], NameLabel); 4] =
            [(&["Velmair"], PER), (&["Tarnjet"], PER), (&["Velmair"], PER), (&["Tarnjet"], PER)];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        find_described_names(&doc, &mut spans);
        let expected = [("Velmair", ORG), ("Tarnjet", ORG), ("Velmair", ORG), ("Tarnjet", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_described_as_a_people_is_no_output_name_through_the_document() {
        let doc = DocContext::new(
            "Velmi or Orskani were a persecuted minority in the hills. Later the Orskani left; \
             Dana Tarn met the Brisa, a nomadic people of the plains. Tarvel Mining is a \
             minority shareholder.",
        );
        let at = |w: &str, nth: usize| {
            (0..doc.len()).filter(|&i| doc.word(i) == w).nth(nth).expect("word in text")
        };
        let one = |w: &str, nth: usize, label: NameLabel| {
            let a = at(w, nth);
            NameSpan { a, b: a, label, conf: 0.5 }
        };
        let mut spans = vec![
            one("Velmi", 0, ORG),
            one("Orskani", 0, ORG),
            one("Orskani", 1, ORG),
            span(&doc, &["Dana", "Tarn"], PER, 0.5),
            one("Brisa", 0, PER),
            span(&doc, &["Tarvel", "Mining"], ORG, 0.5),
        ];
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Velmi", Other),
            ("Orskani", Other),
            ("Orskani", Other),
            ("Dana Tarn", PER),
            ("Brisa", Other),
            ("Tarvel Mining", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_quoted_title_after_a_noun_of_a_work_is_no_output_name() {
        let found = resolved(
            "Her single \"Dana Vale\" and the novel \"Orsk,\" sold; the daily \"Tarn Post\" and \
             \"Ken Ruiz\" did not.",
            &[
                (&["Dana", "Vale"], PER),
                (&["Orsk"], LOC),
                (&["Tarn", "Post"], ORG),
                (&["Ken", "Ruiz"], PER),
            ],
        );
        let expected =
            [("Dana Vale", Other), ("Orsk", Other), ("Tarn Post", ORG), ("Ken Ruiz", PER)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_described_as_a_work_or_language_is_no_output_name() {
        let doc = DocContext::new(
            "Velmorin is an endangered language spoken in Orsk. Few speak Velmorin now, and \
             Dana Ruiz is a singer.",
        );
        let first = span(&doc, &["Velmorin"], PER, 0.5);
        let again = NameSpan { a: first.a + 11, b: first.a + 11, ..first };
        assert_eq!(doc.word(again.a), "Velmorin");
        let mut spans = vec![first, again, span(&doc, &["Dana", "Ruiz"], PER, 0.5)];
        find_described_names(&doc, &mut spans);
        let expected = [("Velmorin", Other), ("Velmorin", Other), ("Dana Ruiz", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_described_as_a_person_or_born_is_a_person() {
        let doc = DocContext::new(
            "Tarvel Osk (born 1970) is a boxer. Brisk Vale is a Danish rapper from Orsk. Later \
             Tarvel Osk won, and Orsk cheered.",
        );
        let first = span(&doc, &["Tarvel", "Osk"], ORG, 0.5);
        let again = NameSpan { a: doc.len() - 8, b: doc.len() - 7, ..first };
        assert_eq!(doc.slice(again.a, again.b), "Tarvel Osk");
        let mut spans = vec![
            first,
            span(&doc, &["Brisk", "Vale"], LOC, 0.5),
            again,
            span(&doc, &["Orsk"], LOC, 0.5),
        ];
        find_described_names(&doc, &mut spans);
        let expected =
            [("Tarvel Osk", PER), ("Brisk Vale", PER), ("Tarvel Osk", PER), ("Orsk", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_described_by_a_news_trade_is_a_person() {
        let doc = DocContext::new(
            "Velmira Tosk, a senior analyst at Orsk Capital, and Tarn Oyelu, a former trade \
             minister, spoke; Brill Akande is a Nigerian billionaire.",
        );
        let mut spans = vec![
            span(&doc, &["Velmira", "Tosk"], LOC, 0.5),
            span(&doc, &["Orsk", "Capital"], ORG, 0.8),
            span(&doc, &["Tarn", "Oyelu"], ORG, 0.5),
            span(&doc, &["Brill", "Akande"], LOC, 0.5),
        ];
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Velmira Tosk", PER),
            ("Orsk Capital", ORG),
            ("Tarn Oyelu", PER),
            ("Brill Akande", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_person_followed_by_a_newspaper_word_is_a_newspaper() {
        let found = resolved(
            "The Zorya Vesti daily said so, and the Orsk newspaper agreed.",
            &[(&["Zorya", "Vesti"], PER), (&["Orsk"], LOC)],
        );
        let expected = [("Zorya Vesti", ORG), ("Orsk", LOC)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_after_at_where_market_professionals_work_is_their_firm() {
        let text = "Analysts at Velmor expect cuts. Strategist Dana Ruiz at Orsk Trust agreed. \
                    Dealers at Tarn said so, and traders in Brillby sold.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Orsk", "Trust"], LOC, 0.9),
            span(&doc, &["Tarn"], PER, 0.9),
            span(&doc, &["Brillby"], LOC, 0.9),
        ];
        find_described_names(&doc, &mut spans);
        // A person read right after the trade and "at" is the firm too (no one works at a
        // person: "an analyst at Raymond James"), and traders "in" a place are in a place.
        let expected = [
            ("Velmor", ORG),
            ("Dana Ruiz", PER),
            ("Orsk Trust", ORG),
            ("Tarn", ORG),
            ("Brillby", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // "at" after other words is a place's.
        let doc = DocContext::new("Dana Ruiz spoke at Velmor on Monday.");
        let mut spans = vec![span(&doc, &["Velmor"], LOC, 0.9)];
        find_described_names(&doc, &mut spans);
        assert_eq!(texts(&spans, &doc), [("Velmor".to_string(), LOC)]);
        // A researcher's "at the" names the institute, but where a known city opens the name.
        let doc = DocContext::new(
            "A fellow at the Tarnov Center and a researcher at the Paris Observatory spoke.",
        );
        let mut spans = vec![
            span(&doc, &["Tarnov", "Center"], LOC, 0.9),
            span(&doc, &["Paris", "Observatory"], LOC, 0.9),
        ];
        find_described_names(&doc, &mut spans);
        let expected = [("Tarnov Center", ORG), ("Paris Observatory", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_right_after_a_market_professional_and_at_is_the_firm_even_a_person_s() {
        let found = resolved(
            "Economists at Brisk said so, as did an analyst at Dana Ruiz, while strategist Ken \
             Vale at Velmor and Ken Vale at Orsk disagreed.",
            &[
                (&["Brisk"], PER),
                (&["Dana", "Ruiz"], PER),
                (&["Ken", "Vale"], PER),
                (&["Velmor"], LOC),
            ],
        );
        // A person between the trade and "at" is the professional; one after a name stays.
        let expected = [("Brisk", ORG), ("Dana Ruiz", ORG), ("Ken Vale", PER), ("Velmor", ORG)];
        expect(found, &expected);
    }

    #[test]
    fn a_place_after_at_where_a_firm_s_officer_works_is_the_firm() {
        let text = "Dana Ruiz, a partner at Kalbrix, and a managing director at Zentrovia \
                    Capital met the president at Lisbon and a director at Ken Vale. Kalbrix grew.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Kalbrix"], LOC, 0.9),
            span(&doc, &["Zentrovia", "Capital"], LOC, 0.9),
            span(&doc, &["Lisbon"], LOC, 0.9),
            span(&doc, &["Ken", "Vale"], PER, 0.9),
            span(&doc, &["Kalbrix"], LOC, 0.9),
        ];
        find_described_names(&doc, &mut spans);
        // A known place and a person stay; the firm is one through the document.
        let expected = [
            ("Dana Ruiz", PER),
            ("Kalbrix", ORG),
            ("Zentrovia Capital", ORG),
            ("Lisbon", LOC),
            ("Ken Vale", PER),
            ("Kalbrix", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_place_that_owns_what_only_a_firm_has_is_a_firm_through_the_document() {
        let text = "Velmor's shareholders met Orsk's chief executive near Tarn's warehouses \
                    in Brillby. Velmor left Brillby's plants and Dana Ruiz's shareholders.";
        let doc = DocContext::new(text);
        let at = |w: &str, nth: usize| {
            (0..doc.len()).filter(|&i| doc.word(i) == w).nth(nth).expect("word in text")
        };
        let one = |w: &str, nth: usize, label| {
            let a = at(w, nth);
            NameSpan { a, b: a, label, conf: 0.8 }
        };
        let mut spans = vec![
            one("Velmor", 0, LOC),
            NameSpan { b: at("'s", 1), ..one("Orsk", 0, LOC) },
            one("Tarn", 0, LOC),
            one("Brillby", 0, LOC),
            one("Velmor", 1, LOC),
            one("Brillby", 1, LOC),
            span(&doc, &["Dana", "Ruiz"], PER, 0.8),
        ];
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Velmor", ORG),
            ("Orsk's", ORG),
            ("Tarn", ORG),
            ("Brillby", LOC),
            ("Velmor", ORG),
            ("Brillby", LOC),
            ("Dana Ruiz", PER),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A word no list knows as a person's name, taken for a person, has a firm's chief
        // financial officer; a known surname's chief of staff is a person's.
        let doc = DocContext::new(
            "Kalbrix's chief financial officer met Ruiz's chief of staff and Ruiz's chief \
             executive.",
        );
        let mut spans = vec![
            span(&doc, &["Kalbrix"], PER, 0.8),
            span(&doc, &["Ruiz"], PER, 0.8),
            span(&doc, &["Ruiz"], PER, 0.8),
        ];
        spans[2] = {
            let a = (spans[1].a + 1..doc.len()).find(|&i| doc.word(i) == "Ruiz").unwrap();
            NameSpan { a, b: a, label: PER, conf: 0.8 }
        };
        find_described_names(&doc, &mut spans);
        let expected = [("Kalbrix", ORG), ("Ruiz", PER), ("Ruiz", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_title_case_run_left_out_before_a_newspaper_word_is_a_paper() {
        let text = "Dana Ruiz told Britain's Velmor Post newspaper on Monday. The Tarn daily \
                    agreed, as did the Lisbon daily, the Sunday newspaper, a Danish weekly and \
                    the Bengali newspaper Orvo Patrika.";
        let doc = DocContext::new(text);
        let mut spans =
            vec![span(&doc, &["Dana", "Ruiz"], PER, 0.9), span(&doc, &["Britain"], LOC, 0.9)];
        find_papers_before_word(&doc, &mut spans);
        let expected = [("Dana Ruiz", PER), ("Britain", LOC), ("Velmor Post", ORG), ("Tarn", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_title_case_run_left_out_after_a_kind_of_place_and_of_is_a_place() {
        let text = "He lived in the mining town of Velmorsk, then the province of Orsk Tarnia, \
                    the city of Orsk Water Board, the county of Dana Ruiz and the town of Tarn \
                    Velko Brisk Lane.";
        let doc = DocContext::new(text);
        let mut spans = vec![span(&doc, &["Dana", "Ruiz"], PER, 0.9)];
        find_places_of(&doc, &mut spans);
        // An organization's word, a name found there, and a run of four words.
        let expected = [("Velmorsk", LOC), ("Orsk Tarnia", LOC), ("Dana Ruiz", PER)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_unknown_place_where_staff_work_or_strike_is_their_firm() {
        let text = "The strike at Velmorix ended, workers at Lisbon said, and staff at \
                    Tarnvel Park agreed with engineers in Brillvar and employees at OrskSteel \
                    Tarnov.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Velmorix"], LOC, 0.9),
            span(&doc, &["Lisbon"], LOC, 0.9),
            span(&doc, &["Tarnvel", "Park"], LOC, 0.9),
            span(&doc, &["Brillvar"], LOC, 0.9),
            span(&doc, &["OrskSteel", "Tarnov"], LOC, 0.9),
        ];
        find_described_names(&doc, &mut spans);
        // A known city, a longer name but one opening as a firm's, and a place after "in"
        // stay places.
        let expected = [
            ("Velmorix", ORG),
            ("Lisbon", LOC),
            ("Tarnvel Park", LOC),
            ("Brillvar", LOC),
            ("OrskSteel Tarnov", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_based_in_a_place_is_a_firm_through_the_document() {
        let doc = DocContext::new(
            "Tarvelko, based in the town of Orsk, makes pumps. Exports of Tarvelko rose.",
        );
        let first = span(&doc, &["Tarvelko"], PER, 0.5);
        let second = NameSpan { a: doc.len() - 3, b: doc.len() - 3, ..first };
        assert_eq!(doc.word(second.a), "Tarvelko");
        let mut spans = vec![first, span(&doc, &["Orsk"], LOC, 0.5), second];
        find_described_names(&doc, &mut spans);
        let expected = [("Tarvelko", ORG), ("Orsk", LOC), ("Tarvelko", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // A place's part is seated somewhere too: the place stays one.
        let doc = DocContext::new("She won the district of Velmora, based in Orsk.");
        let mut spans = vec![span(&doc, &["Velmora"], LOC, 0.5), span(&doc, &["Orsk"], LOC, 0.5)];
        find_described_names(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmora", LOC), ("Orsk", LOC)]);
    }

    #[test]
    fn a_newspaper_word_after_any_name_but_a_known_place_makes_every_mention_a_paper() {
        let doc = DocContext::new(
            "The Velkaro Pravda newspaper said so. Velkaro Pravda wrote that the Lisbon daily, \
             an NK daily and the Tarn Vesti weekly agreed. Orsk Novosti newspapers said so. \
             The Brisk Vale newspaper The Brisk Herald agreed.",
        );
        let first = span(&doc, &["Velkaro", "Pravda"], ORG, 0.5);
        let second = NameSpan { a: first.a + 6, b: first.b + 6, label: PER, ..first };
        assert_eq!(doc.slice(second.a, second.b), "Velkaro Pravda");
        let mut spans = vec![
            first,
            second,
            span(&doc, &["Lisbon"], LOC, 0.5),
            span(&doc, &["NK"], LOC, 0.5),
            span(&doc, &["Tarn", "Vesti"], LOC, 0.5),
            span(&doc, &["Orsk", "Novosti"], LOC, 0.5),
            span(&doc, &["Brisk", "Vale"], LOC, 0.5),
        ];
        find_described_names(&doc, &mut spans);
        let expected = [
            ("Velkaro Pravda", ORG),
            ("Velkaro Pravda", ORG),
            ("Lisbon", LOC),
            ("NK", LOC),
            ("Tarn Vesti", ORG),
            ("Orsk Novosti", ORG),
            ("Brisk Vale", LOC),
            ("The Brisk Herald", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }
}

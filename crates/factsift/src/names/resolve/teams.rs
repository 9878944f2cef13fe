//! Teams named by their city in sports results ("Orsk beat Velmor 2-1"): the city stands for
//! its club, an organization (GUIDELINES: sports teams). A team named by its country is
//! a place under the CoNLL conventions the names follow, so countries are left alone. A
//! team's nickname the tagger left out next to such a verb is found ("beat the Gulls", "AS
//! GULLS BEAT HAWKS"), a club in a table keeps its town's bracketed letters ("Velmor (L)
//! 2"), a club's abbreviation taken alone joins the name after it ("FC" + "Orsk-Sport"), and
//! a side of a results table's row ("Hornets 31 Wren 33") the tagger left out is a club when
//! the table's other rows name clubs, and an entrant's team in a results list ("Dana Ruiz
//! (Orsk), Velmor Tarn, 53.980") is one, and a place the tagger ran from a big city over a
//! nickname ("the Boston Marlins") is the city's club, and a name ending in a club's
//! abbreviation ("Tarnby FC") is one, and so is a city or state after a team's ranking ("No.
//! 2 Velmora", "top-ranked Orsk"), and a name heading a row of standings ("Orsk 22 19 1 2
//! 902 326 39") or a side of a result given with its country ("Orsk (Velmoria) 2"), and a town's "City" no list knows as a place ("Swansea City")
//! in a document of sport. A town shown once to be its club (a fixture's side, "Orsk are",
//! "the Orsk striker", a player's club in brackets) is the club at each of its mentions, and
//! a fixture's side taken for a person is a club where another fixture joins two clubs. In a
//! report of cricket an English county that plays first-class cricket is its club.
//! Where a document speaks of no sport, a country or big city the tagger took for a team is
//! the place.

use super::{is_short_number, WordSet};
use crate::entity::PlaceKind;
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::DEMONYM;
use crate::names::lexicon::{
    BIG_CITY, COUNTRY, FIRST, GAZETTEER, LAST, PLACE, REGION, TOWN, WIKILOC, WIKIORG,
};
use crate::names::resolve::people::is_full_name;
use crate::names::resolve::places::site_follows;
use crate::names::span::{add_spans, covered_tokens, overlaps_any, NameLabel, NameSpan};

/// Words that only sports news uses, in lower case: a document with one of them reports a
/// game.
const SPORTS_WORDS: WordSet = WordSet::new(&[
    "innings",
    "wickets",
    "striker",
    "midfielder",
    "quarterback",
    "pitcher",
    "championship",
    "tournament",
    "soccer",
    "cricket",
    "tennis",
    "baseball",
    "basketball",
    "football",
    "hockey",
    "rugby",
    "golf",
    "standings",
    "fixtures",
    "qualifier",
    "squad",
    "stadium",
    "olympic",
    "medal",
    "semifinal",
    "playoff",
    "playoffs",
    "half-time",
    "racing",
]);

/// Words of sports news that other news uses too ("drew", "race", "final", "team"): a
/// document with two of them (or one of [`SPORTS_WORDS`]) reports a game.
const GAME_WORDS: WordSet = WordSet::new(&[
    "beat",
    "beats",
    "defeated",
    "match",
    "matches",
    "game",
    "games",
    "season",
    "coach",
    "league",
    "club",
    "clubs",
    "team",
    "teams",
    "player",
    "players",
    "goal",
    "goals",
    "scored",
    "inning",
    "cup",
    "draw",
    "drew",
    "race",
    "sport",
    "sports",
    "champion",
    "champions",
    "final",
    "win",
    "victory",
    "defeat",
    "score",
    "scores",
]);

/// Makes a country, big city or region the tagger took for an organization a place where its
/// document speaks of no sport ([`speaks_of_sport`]): the tagger learned cities' names as
/// teams from sports results ("Velmor 2 Orsk 1"), and outside them a city is the place
/// ("ceded Orsk to Velmora"), and so is a division named by a word that ends clubs' names
/// too ("Velmor Province"). A smaller town no list knows as an organization is the place
/// where the text says so: after a preposition of place ("exports through Takoradi"), before
/// a place's noun ("the Chancay megaport") or listed with a place ("the ports at Poti and
/// Batumi"). A company named after its city stays: a listed one, one the document names in
/// full ("Orsk Technology Co", then "Orsk"), and one whose shares or shareholders it speaks
/// of ("Orsk shareholders").
pub(crate) fn places_outside_sports(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    // "Brent crude": a region's name before a crude's grade names the grade (CoNLL: an
    // organization).
    let grade = |s: &NameSpan| s.b + 1 < n && matches!(doc.word(s.b + 1), "crude" | "blend");
    let place = |t: &&NameSpan| t.label == NameLabel::Place;
    // "Poti and Batumi", "Thies, Tivaouane": a town listed after a place; before one, a
    // comma is a state's ("Eau Claire, Wisc.").
    let listed = |w: &str| matches!(w, "and" | "or" | ",");
    let located = |s: &NameSpan| {
        let before = if s.a > 0 { doc.word(s.a - 1) } else { "" };
        let after = if s.b + 1 < n { doc.word(s.b + 1) } else { "" };
        TOWN_PREPOSITIONS.contains(before)
            || TOWN_NOUNS.contains(after)
            || listed(before) && s.a >= 2 && spans.iter().filter(place).any(|t| t.b == s.a - 2)
            || matches!(after, "and" | "or") && spans.iter().filter(place).any(|t| t.a == s.b + 2)
    };
    // A one-word name's categories are at hand; a longer one's need the gazetteer.
    let known = |s: &NameSpan| {
        let cats = if s.a == s.b { doc.cats(s.a) } else { doc.phrase_cats(s.a, s.b) };
        let town = || cats & TOWN != 0 && cats & WIKIORG == 0 && located(s);
        (cats & (COUNTRY | BIG_CITY) != 0 || town()) && doc.is_country_or_city(s.a, s.b)
            || cats & REGION != 0 && !grade(s)
    };
    let org = |s: &NameSpan| s.label == NameLabel::Organization;
    // "Orsk Province": a division's name that also names clubs.
    let division = |s: &NameSpan| s.b > s.a && super::places::is_club_division(doc.word(s.b));
    let cities: Vec<usize> = (0..spans.len())
        .filter(|&k| org(&spans[k]) && (known(&spans[k]) || division(&spans[k])))
        .collect();
    if cities.is_empty() || speaks_of_sport(doc) {
        return;
    }
    let traded =
        |i: usize| i + 1 < n && matches!(doc.word(i + 1), "shares" | "share" | "shareholders");
    let company = |w: &str| {
        spans.iter().any(|t| org(t) && t.b > t.a && doc.word(t.a) == w)
            || (0..n).any(|i| doc.word(i) == w && traded(i))
    };
    let places: Vec<usize> = cities
        .into_iter()
        .filter(|&k| {
            let s = &spans[k];
            !(super::companies::is_listed(doc, s.a, s.b) || s.a == s.b && company(doc.word(s.a)))
        })
        .collect();
    for k in places {
        spans[k].label = NameLabel::Place;
    }
}

/// Prepositions of place before a town ([`places_outside_sports`]).
const TOWN_PREPOSITIONS: WordSet =
    WordSet::new(&["at", "in", "near", "through", "via", "from", "to", "between", "outside"]);

/// Nouns of a place after a town's name ("the Chancay megaport", "Dadu city").
const TOWN_NOUNS: WordSet = WordSet::new(&[
    "port", "megaport", "terminal", "harbour", "harbor", "city", "town", "district", "free",
]);

/// Verbs of a sports result that take the loser right after them and the winner right before.
const RESULT_VERBS: WordSet = WordSet::new(&[
    "beat", "beats", "defeated", "defeats", "edged", "routed", "thrashed", "blanked",
]);

/// Nouns of a sports result followed by a preposition and the other side ("victory over").
const RESULT_NOUNS: WordSet = WordSet::new(&["victory", "win", "defeat", "loss", "draw", "lead"]);

/// Cities and big cities (gazetteer categories). Regions are left alone: the gazetteer's
/// regions hold the home nations ("England"), whose teams CoNLL calls places.
const CITY: u16 = TOWN | BIG_CITY;

/// Words of a player's career before "for" or "with" and the club ("26 games for Orsk",
/// "signed with Orsk", "later played for Orsk", "pitched seven innings for Orsk"): a city
/// there stands for its club, as next to a result's verb.
const CAREER_WORDS: WordSet = WordSet::new(&[
    "games",
    "matches",
    "appearances",
    "signed",
    "played",
    "plays",
    "innings",
    "goals",
]);

/// Makes each city that stands next to a sports result's verb or noun, or after a player's
/// career word ([`CAREER_WORDS`]), an organization, and finds the teams the tagger left out
/// there (see [`find_nicknamed_teams`]).
pub(crate) fn find_teams(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    name_entrants_teams(doc, spans);
    find_nicknamed_teams(doc, spans);
    find_headline_teams(doc, spans);
    take_in_town_letters(doc, spans);
    join_club_prefixes(doc, spans);
    name_suffixed_clubs(doc, spans);
    find_table_clubs(doc, spans);
    name_standings_clubs(doc, spans);
    name_bracketed_result_sides(doc, spans);
    find_ranked_teams(doc, spans);
    name_city_clubs(doc, spans);
    let n = doc.len();
    let after_result = |a: usize| {
        let verb = a >= 1 && RESULT_VERBS.contains(doc.word(a - 1));
        let noun = a >= 2
            && matches!(doc.word(a - 1), "over" | "to" | "with" | "against")
            && RESULT_NOUNS.contains(doc.lower(a - 2));
        verb || noun
    };
    let before_result = |b: usize| b + 1 < n && RESULT_VERBS.contains(doc.word(b + 1));
    // "played 26 games for Orsk", "signed with Orsk": a player's career, in a document that
    // speaks of sport.
    let played_for = |a: usize| {
        a >= 2
            && matches!(doc.word(a - 1), "for" | "with")
            && CAREER_WORDS.contains(doc.word(a - 2))
            && speaks_of_sport(doc)
    };
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Place) {
        // The result's words first: they rule out most places without a look-up.
        let ranked = is_ranked(doc, s.a);
        if !(ranked || after_result(s.a) || before_result(s.b) || played_for(s.a)) {
            continue;
        }
        let cats = doc.phrase_cats(s.a, s.b);
        // A ranking names a state's college team too ("No. 2 Velmora").
        let town = if ranked { CITY | REGION } else { CITY };
        if cats & town != 0 && cats & COUNTRY == 0 {
            s.label = NameLabel::Organization;
        }
    }
    name_city_teams(doc, spans);
    split_team_roles(doc, spans);
    name_role_teams(doc, spans);
    name_nicknamed_city_teams(doc, spans);
    take_in_founding_years(doc, spans);
    take_in_elevens(doc, spans);
    take_in_number_nicknames(doc, spans);
    name_fixture_people(doc, spans);
    name_town_named_clubs(doc, spans);
    spread_club_towns(doc, spans);
    name_county_sides(doc, spans);
}

/// Makes a "person" of two words ending in a big city's name that is no surname and opening
/// with no first name ("Barys Astana", "Sibir Novosibirsk") its club where the document
/// speaks of sport: clubs of Europe and Asia put their town after their own name, where a
/// person whose surname is a city's has a first name ("Dana Paris") or the city is a surname
/// too ("MaliVai Washington").
fn name_town_named_clubs(doc: &DocContext, spans: &mut [NameSpan]) {
    let club = |s: &NameSpan| {
        s.label == NameLabel::Person
            && s.b == s.a + 1
            && doc.cats(s.b) & (BIG_CITY | LAST) == BIG_CITY
            && doc.cats(s.a) & (FIRST | BIG_CITY) == 0
            && doc.case(s.a) == Case::Title
            && !doc.word(s.a).contains('.')
    };
    if !spans.iter().any(club) || !speaks_of_sport(doc) {
        return;
    }
    for s in spans.iter_mut().filter(|s| club(s)) {
        s.label = NameLabel::Organization;
    }
}

/// The English counties that play first-class cricket: in a report of cricket the county's
/// name is its club's.
const CRICKET_COUNTIES: WordSet = WordSet::new(&[
    "Derbyshire",
    "Durham",
    "Essex",
    "Glamorgan",
    "Gloucestershire",
    "Hampshire",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Middlesex",
    "Northamptonshire",
    "Nottinghamshire",
    "Somerset",
    "Surrey",
    "Sussex",
    "Warwickshire",
    "Worcestershire",
    "Yorkshire",
]);

/// Words, in lower case, only a report of cricket uses.
const CRICKET_WORDS: WordSet =
    WordSet::new(&["cricket", "innings", "wicket", "wickets", "batsman", "bowler"]);

/// Makes a county that plays first-class cricket ([`CRICKET_COUNTIES`]) its club where a
/// document reports cricket ("Second-placed Kent were frustrated", "lifted Surrey to 128"),
/// unless after "in", "at" or "from" (the county itself): CoNLL-2003 marks the
/// counties of its cricket reports as organizations (279 of 281 in train and dev), and
/// GUIDELINES counts sports teams as organizations.
fn name_county_sides(doc: &DocContext, spans: &mut [NameSpan]) {
    // As written, or in capitals ("ESSEX POISED TO STEP UP").
    let county_word = |i: usize| {
        let w = doc.word(i);
        CRICKET_COUNTIES.contains(w)
            || doc.case(i) == Case::Upper
                && CRICKET_COUNTIES.words().iter().any(|c| c.eq_ignore_ascii_case(w))
    };
    let county = |s: &NameSpan| s.a == s.b && s.label == NameLabel::Place && county_word(s.a);
    // The counties first: reading every word of the document for cricket costs more.
    if !spans.iter().any(county) || !(0..doc.len()).any(|i| CRICKET_WORDS.contains(doc.lower(i))) {
        return;
    }
    let venue = |s: &NameSpan| s.a > 0 && matches!(doc.lower(s.a - 1), "in" | "at" | "from");
    for s in spans.iter_mut().filter(|s| county(s) && !venue(s) && s.conf < 1.0) {
        s.label = NameLabel::Organization;
    }
}

/// Whether `w` joins a fixture's two sides ("Orsk v Velmor").
fn is_fixture_word(w: &str) -> bool {
    matches!(w, "v" | "vs" | "vs.")
}

/// Makes the "people" among fixtures' sides clubs in a list of clubs' fixtures: where one
/// fixture of the document joins two names that are no person's and no country's ("Orsk v
/// Velmor Rovers"), a side the tagger took for a person ("Tarn Orient v Dunmore") is a club,
/// in a document that speaks of sport. A tennis draw's fixtures join people, and a nation's
/// side is its place (CoNLL-2003), so neither proves a list of clubs.
fn name_fixture_people(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only a fixture's sides are read.
    if !(doc.may_hold("v") || doc.may_hold("vs") || doc.may_hold("vs.")) {
        return;
    }
    let n = doc.len();
    // The names before and after each fixture word, by their index in `spans`.
    let mut sides: Vec<(usize, usize)> = Vec::new();
    for (k, s) in spans.iter().enumerate() {
        if s.b + 2 < n && is_fixture_word(doc.word(s.b + 1)) {
            if let Some(j) = spans.iter().position(|t| t.a == s.b + 2) {
                sides.push((k, j));
            }
        }
    }
    let club_side = |s: &NameSpan| {
        matches!(s.label, NameLabel::Organization | NameLabel::Place)
            && doc.phrase_cats(s.a, s.b) & COUNTRY == 0
    };
    let clubs = sides.iter().any(|&(x, y)| club_side(&spans[x]) && club_side(&spans[y]));
    let person = |s: &NameSpan| s.label == NameLabel::Person && s.conf < 1.0;
    let people: Vec<usize> =
        sides.iter().flat_map(|&(x, y)| [x, y]).filter(|&k| person(&spans[k])).collect();
    if !clubs || people.is_empty() || !speaks_of_sport(doc) {
        return;
    }
    for k in people {
        spans[k].label = NameLabel::Organization;
    }
}

/// Words after a town's name besides the roles of [`TEAM_ROLES`] that make it its club's
/// ("a Velmor player", "Orsk supporters"; not "side": CoNLL-2003 marks "the Orsk side" as the
/// town).
const CLUB_WORDS: WordSet = WordSet::new(&[
    "player",
    "players",
    "starter",
    "reliever",
    "skipper",
    "captain",
    "supporter",
    "supporters",
    "fans",
    "batsman",
    "bowler",
    "squad",
]);

/// Verbs in the plural right after a town's name: British sports news says "Orsk are" and
/// "Orsk have" of a club, never of the town ("Orsk is").
const PLURAL_VERBS: WordSet = WordSet::new(&["are", "have"]);

/// Makes every mention of a town an organization, in a document that speaks of sport, where
/// one mention shows it is the town's club: one followed by a player's role or a club's people
/// ([`TEAM_ROLES`], [`CLUB_WORDS`]: "Orsk striker", "Velmor supporters") or, as the
/// sentence's subject, by a verb in the plural ("Orsk are third"), a side of a fixture ("Orsk v
/// Velmor") whose other side is no country, and a player's club in brackets where the
/// document's brackets give clubs ("Dana Ruiz (Orsk)"). A mention after "in" or "at" is the
/// game's venue and stays the town, and countries are left alone: CoNLL-2003 calls a nation's
/// side a place, and a town naming a site ("Orsk airport") stays the town. A town the tagger
/// took for a person is the club only where it shows so itself ("Orsk midfielder Dana Ruiz").
/// (The tagger's own organizations are no such proof: spread, they cost more on dev and
/// WikiGold than they gained.)
fn spread_club_towns(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    // A one-word name's categories are at hand; a longer one's need the gazetteer, and so
    // does a city's name in news use, which carries no category ("Sao Paulo", "Zurich").
    // (Only a place or a person is looked up so: an organization's name is a club's already.)
    let town = |s: &NameSpan| {
        let cats = if s.a == s.b { doc.cats(s.a) } else { doc.phrase_cats(s.a, s.b) };
        cats & CITY != 0 && cats & COUNTRY == 0
            || cats == 0
                && s.label != NameLabel::Organization
                && GAZETTEER
                    .get(doc.key(s.a, s.b))
                    .is_some_and(|e| e.kind() == Some(PlaceKind::City))
    };
    // A person only where it may prove itself its club, before a player's role or a club's
    // people.
    let role_after = |s: &NameSpan| {
        s.b + 1 < n && {
            let next = doc.word(s.b + 1);
            TEAM_ROLES.contains(next) || CLUB_WORDS.contains(next)
        }
    };
    let candidates: Vec<usize> = (0..spans.len())
        .filter(|&k| {
            let s = &spans[k];
            s.conf < 1.0
                && match s.label {
                    NameLabel::Place | NameLabel::Organization => true,
                    NameLabel::Person => role_after(s),
                    NameLabel::Other => false,
                }
        })
        .filter(|&k| town(&spans[k]))
        .collect();
    if !candidates.iter().any(|&k| spans[k].label != NameLabel::Organization) {
        return;
    }
    let word = |i: usize| if i < n { doc.word(i) } else { "" };
    let fixture = is_fixture_word;
    let name_at = |i: usize, after: bool| {
        spans.iter().find(|t| if after { t.a == i } else { t.b == i }).is_some_and(|t| {
            t.label != NameLabel::Person && doc.phrase_cats(t.a, t.b) & COUNTRY == 0
        })
    };
    // A player's club or country in brackets after the player ("Dana Ruiz (Orsk)").
    let bracketed = |s: &NameSpan| {
        s.a >= 2
            && doc.word(s.a - 1) == "("
            && word(s.b + 1) == ")"
            && spans.iter().any(|t| t.b + 2 == s.a && t.label == NameLabel::Person)
    };
    // Brackets that give clubs: one holds an organization (in a list of athletes' countries
    // a town's name is a country's, "Ato Boldon (Trinidad)").
    let clubs_bracketed = spans.iter().any(|s| s.label == NameLabel::Organization && bracketed(s));
    let club = |s: &NameSpan| {
        let next = word(s.b + 1);
        // The club as the sentence's subject: "Orsk are", not "Velmor and Orsk are" or "the
        // capital Orsk have".
        let subject = doc.starts_sentence(s.a) || s.a > 0 && doc.word(s.a - 1) == ",";
        TEAM_ROLES.contains(next)
            || CLUB_WORDS.contains(next)
            || (PLURAL_VERBS.contains(next) && subject)
            || (fixture(next) && name_at(s.b + 2, true))
            || (s.a >= 2 && fixture(doc.word(s.a - 1)) && name_at(s.a - 2, false))
            || (bracketed(s) && clubs_bracketed)
    };
    // The same words as written: an all-capitals dateline ("ORSK 1996-08-22") is the town.
    let same = |x: &NameSpan, y: &NameSpan| {
        x.b - x.a == y.b - y.a && (0..=x.b - x.a).all(|d| doc.word(x.a + d) == doc.word(y.a + d))
    };
    let clubs: Vec<NameSpan> = candidates
        .iter()
        .map(|&k| spans[k].clone())
        .filter(|s| doc.case(s.a) == Case::Title && club(s))
        .collect();
    // The proof first: reading every word of the document for sport costs more.
    if clubs.is_empty() || !speaks_of_sport(doc) {
        return;
    }
    // A game's venue stays the town ("In Orsk, Dana Ruiz's single"), and so does a town
    // naming a site ("flown from Orsk airport").
    let venue = |s: &NameSpan| {
        s.a > 0 && matches!(doc.lower(s.a - 1), "in" | "at") || site_follows(doc, s.b)
    };
    for k in candidates {
        let s = &spans[k];
        // A town taken for a person is the club only where it shows so itself ("Orsk
        // midfielder Dana Ruiz"): a town's name is many a person's too ("Houston").
        let proven = match s.label {
            NameLabel::Place => clubs.iter().any(|c| same(c, s)),
            NameLabel::Person => clubs.iter().any(|c| (c.a, c.b) == (s.a, s.b)),
            _ => false,
        };
        if proven && !venue(s) {
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Finds the teams the tagger left out after a numbered ranking ("No. 2 Velmora"): a one-word
/// city or region there, no country (a nation's side is its place, as CoNLL-2003 marks it)
/// and no capitalized word after it ("No. 3 South African" names a player), is its team.
fn find_ranked_teams(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let alone = |i: usize| i + 1 >= n || !doc.capitalized(i + 1);
    let town = |i: usize| doc.cats(i) & (CITY | REGION) != 0 && doc.cats(i) & COUNTRY == 0;
    // The ranking first: most documents have none, and the rare candidates ask the spans.
    let found: Vec<NameSpan> = doc
        .capitalized_tokens()
        .filter(|&i| is_numbered_rank(doc, i) && doc.case(i) == Case::Title && alone(i))
        .filter(|&i| town(i) && !overlaps_any(spans, i, i))
        .map(|i| NameSpan { a: i, b: i, label: NameLabel::Organization, conf: 0.5 })
        .collect();
    add_spans(spans, found);
}

/// Makes a "place" of a town's name and "City" that no list knows as a place a club, in a
/// document that speaks of sport ("a coach at Swansea City"; "Kansas City" and "Quezon City"
/// are places the gazetteer knows).
fn name_city_clubs(doc: &DocContext, spans: &mut [NameSpan]) {
    let mut sport = None;
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Place && s.b == s.a + 1) {
        if doc.word(s.b) == "City"
            && doc.cats(s.a) & CITY != 0
            && doc.phrase_cats(s.a, s.b) & (PLACE | WIKILOC) == 0
            && *sport.get_or_insert_with(|| speaks_of_sport(doc))
        {
            s.label = NameLabel::Organization;
        }
    }
}

/// Whether the document speaks of sport: one of its words is one of the [`SPORTS_WORDS`], or
/// two are [`GAME_WORDS`] (read for the rare candidates of the rules that ask).
pub(crate) fn speaks_of_sport(doc: &DocContext) -> bool {
    let mut game_words = 0;
    (0..doc.len()).any(|i| {
        let w = doc.lower(i);
        game_words += usize::from(GAME_WORDS.contains(w));
        SPORTS_WORDS.contains(w) || game_words == 2
    })
}

/// Whether a team's ranking comes right before token `a`: "No." and a number ("No. 2 Orsk"),
/// or a word ending in "-ranked" ("top-ranked Orsk").
fn is_ranked(doc: &DocContext, a: usize) -> bool {
    is_numbered_rank(doc, a) || a >= 1 && doc.word(a - 1).ends_with("-ranked")
}

/// Whether "No." and a number of one or two digits come right before token `a`.
fn is_numbered_rank(doc: &DocContext, a: usize) -> bool {
    a >= 2 && doc.word(a - 2) == "No." && is_short_number(doc.word(a - 1), 2)
}

/// Whether tokens `a..=b` name a town a club is named by: a big city, or a city or region of
/// two or more words ("Bowling Green", "West Coast").
fn is_team_town(doc: &DocContext, a: usize, b: usize) -> bool {
    let cats = doc.phrase_cats(a, b);
    cats & BIG_CITY != 0 || (a < b && cats & (CITY | REGION) != 0)
}

/// Plural nouns that end the names of places ("Cayman Islands", "Golan Heights", "Palm
/// Springs") and of events and texts named by a town ("Nuremberg Trials", "Oslo Accords"): a
/// city's or region's name before them names no team.
const PLACE_PLURALS: WordSet = WordSet::new(&[
    "Laws",
    "Accords",
    "Conventions",
    "Agreements",
    "Treaties",
    "Trials",
    "Games",
    "Olympics",
    "Talks",
    "Protocols",
    "Riots",
    "Negotiations",
    "Islands",
    "Isles",
    "Indies",
    "Keys",
    "Heights",
    "Hills",
    "Mountains",
    "Highlands",
    "Lowlands",
    "Falls",
    "Springs",
    "Lakes",
    "Plains",
    "Flats",
    "Downs",
    "Dales",
    "Fields",
    "Woods",
    "Gardens",
    "Sands",
    "Rapids",
    "Narrows",
    "Shoals",
    "Banks",
    "Straits",
    "Roads",
    "Docks",
    "Towers",
    "Estates",
    "Acres",
    "Meadows",
    "Parks",
    "Palms",
    "Pines",
    "Oaks",
    "Glades",
    "Marshes",
    "Wetlands",
    "Territories",
    "Provinces",
    "Counties",
    "States",
    "Emirates",
    "Sounds",
    "Bays",
    "Commons",
    "Quays",
    "Cliffs",
    "Caves",
    "Canyons",
    "Ridges",
    "Peaks",
    "Valleys",
    "Gates",
    "Lands",
    "Midlands",
    "Grounds",
    "Villages",
    "Crossings",
    "Mills",
    "Hollows",
    "Forks",
    "Shores",
    "Beaches",
    "Rocks",
    "Wells",
    "Brooks",
    "Creeks",
    "Ponds",
]);

/// Makes a place the tagger ran from a big city (or a city or region of two or more words)
/// over one more word, a capitalized plural that names no place, an organization: a club
/// named by its town and nickname ("drafted by the Boston Colts", "the Velmor Bay Falcons"),
/// which CoNLL-2003 marks as one. A place that ends in a place's or an event's plural
/// ([`PLACE_PLURALS`]: "Boston Heights", "Velmor Bay Islands", "Boston Accords") or that the gazetteer knows whole stays a place, and so does a run
/// after a small town's name or a one-word region, which may be a person's ("Leander" and a
/// surname) or a compass word ("West Indies").
fn name_nicknamed_city_teams(doc: &DocContext, spans: &mut [NameSpan]) {
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Place && s.a < s.b) {
        let last = doc.word(s.b);
        let plural = last.len() >= 4
            && last.ends_with('s')
            && !last.ends_with("ss")
            && doc.case(s.b) == Case::Title
            && !PLACE_PLURALS.contains(last);
        // The look-ups last: few places pass the words' test.
        if plural
            && doc.cats(s.b) & (PLACE | DEMONYM) == 0
            && is_team_town(doc, s.a, s.b - 1)
            && doc.phrase_cats(s.a, s.b) & PLACE == 0
        {
            s.label = NameLabel::Organization;
        }
    }
}

/// Players' positions and staff roles written between a team's name and a person's
/// ("Velmor Hawks guard Dana Ruiz").
const TEAM_ROLES: WordSet = WordSet::new(&[
    "guard",
    "forward",
    "center",
    "centre",
    "quarterback",
    "linebacker",
    "receiver",
    "cornerback",
    "tackle",
    "pitcher",
    "catcher",
    "shortstop",
    "outfielder",
    "infielder",
    "defenseman",
    "goaltender",
    "goalie",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "coach",
    "manager",
]);

/// The longest team name read before a role word, in tokens.
const TEAM_WORDS: usize = 4;

/// Splits "Orsk Hawks guard Dana Ruiz" into the team and the person wherever the tagger read
/// it otherwise (one name over both, the team as a person, the person cut or an
/// organization): a capitalized run that opens with a city and goes on past it (the
/// nickname), a role of [`TEAM_ROLES`], then one to three title-case words. A city alone
/// ("Orsk coach Dana Ruiz") and a country's side ("Velmoria striker") are left alone.
fn split_team_roles(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    // A role is lower-case and a name follows it: most words fail there, before the list.
    let role = |i: usize| {
        i + 1 < n
            && doc.case(i) == Case::Lower
            && doc.case(i + 1) == Case::Title
            && TEAM_ROLES.contains(doc.word(i))
    };
    // Role words inside or right after a name: few names have one.
    let mut roles: Vec<usize> =
        spans.iter().flat_map(|s| s.a + 1..=s.b + 1).filter(|&i| role(i)).collect();
    roles.dedup();
    for p in roles {
        let Some((a, e)) = team_and_player(doc, p) else { continue };
        let conf =
            spans.iter().filter(|s| s.a <= e && a <= s.b).map(|s| s.conf).fold(0.5, f32::max);
        spans.retain(|s| !(s.a <= e && a <= s.b));
        let team = NameSpan { a, b: p - 1, label: NameLabel::Organization, conf };
        let player = NameSpan { a: p + 1, b: e, label: NameLabel::Person, conf };
        add_spans(spans, vec![team, player]);
    }
}

/// Makes a "person" the tagger found right before a player's or a staff role and a name
/// ("said Sundowns coach Dana Ruiz", "Velmor goalkeeper Tarn Orsk") its team, in a document
/// that speaks of sport: no one is named before a role so, and clubs with names of no town
/// ("Al Ahly", "Barys") are the tagger's usual people there. A person's full name is left
/// alone ("Dana Ruiz captain" is no team's), and so is a place (a nation's side is a place).
fn name_role_teams(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only names before a role's word are read.
    if !TEAM_ROLES.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let before_role = |s: &NameSpan| {
        s.b + 2 < n
            && doc.case(s.b + 1) == Case::Lower
            && doc.case(s.b + 2) == Case::Title
            && doc.sentence_of(s.b + 2) == doc.sentence_of(s.a)
            && TEAM_ROLES.contains(doc.word(s.b + 1))
    };
    let mut sport = None;
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Person && s.conf < 1.0) {
        if before_role(s)
            && !is_full_name(doc, s.a, s.b)
            && *sport.get_or_insert_with(|| speaks_of_sport(doc))
        {
            s.label = NameLabel::Organization;
        }
    }
}

/// The team's first token and the player's last around the role word at `p` (see
/// [`split_team_roles`]).
fn team_and_player(doc: &DocContext, p: usize) -> Option<(usize, usize)> {
    let n = doc.len();
    let same = |i: usize| doc.sentence_of(i) == doc.sentence_of(p);
    let title = |i: usize| i < n && doc.case(i) == Case::Title && same(i);
    let mut e = p;
    while e < p + 3 && title(e + 1) {
        e += 1;
    }
    if e == p || p < 2 {
        return None;
    }
    let first = p.saturating_sub(TEAM_WORDS);
    let run = (first..p).rev().take_while(|&i| doc.capitalized(i) && same(i)).last()?;
    // The city opening the team, shorter than the team: its nickname follows it.
    (run..p - 1)
        .find(|&a| {
            (a..p - 1).any(|j| {
                let cats = doc.phrase_cats(a, j);
                cats & CITY != 0 && cats & COUNTRY == 0
            })
        })
        .map(|a| (a, e))
}

/// Makes a one-word "person" the tagger made of a city right before or after a result's verb
/// an organization when the verb's other side is a team ("Denver beat Calgary 4-2", "Orsk
/// defeated Denver"): the city's club. A player whose surname is a city's name stays a
/// person where the other side is a person ("Dana Ruiz beat Washington") or the document
/// names the player in full ("Mal Washington", then "Washington beat Orsk").
fn name_city_teams(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let verb = |i: usize| i < n && RESULT_VERBS.contains(doc.word(i));
    let team = |spans: &[NameSpan], a: usize, b: usize| {
        spans.iter().any(|t| t.a == a && t.b == b && t.label == NameLabel::Organization)
    };
    for k in 0..spans.len() {
        let s = &spans[k];
        // The verb next to a one-word person first: few names pass it.
        if s.label != NameLabel::Person
            || s.a != s.b
            || !(verb(s.b + 1) || s.a > 0 && verb(s.a - 1))
        {
            continue;
        }
        let i = s.a;
        // The other side: the name right after the verb (or after its "the"), or right before.
        let other = if verb(i + 1) {
            let a = if i + 2 < n && doc.word(i + 2) == "the" { i + 3 } else { i + 2 };
            spans.get(k + 1).is_some_and(|t| t.a == a && team(spans, t.a, t.b))
        } else {
            k > 0 && i >= 2 && spans[k - 1].b == i - 2 && team(spans, spans[k - 1].a, i - 2)
        };
        if !other || doc.cats(i) & CITY == 0 {
            continue;
        }
        let w = doc.word(i);
        let named_in_full =
            spans.iter().any(|t| t.label == NameLabel::Person && t.b > t.a && doc.word(t.b) == w);
        if !named_in_full {
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Makes the team of a results list's entrant an organization: in "Dana Ruiz (Orsk), Velmor
/// Tarn, 53.980", the name between a person's bracketed country and a comma before a time
/// or score is the car's or rider's team (a person listed there is followed by a name or
/// another bracket, not a number).
fn name_entrants_teams(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 1..spans.len() {
        let (a, b) = (spans[k].a, spans[k].b);
        // Cheap checks first: the comma and the number after, the bracket and comma before.
        if spans[k].label != NameLabel::Person
            || a < 5
            || b + 2 >= n
            || doc.word(b + 1) != ","
            || !doc.word(b + 2).starts_with(|c: char| c.is_ascii_digit())
            || doc.word(a - 1) != ","
            || doc.word(a - 2) != ")"
            || doc.word(a - 4) != "("
        {
            continue;
        }
        let entrant =
            spans[..k].iter().rev().take(2).any(|s| s.b == a - 5 && s.label == NameLabel::Person);
        if entrant {
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Finds teams named by their nickname that the tagger left out next to a sports result's
/// verb ("the Velmor Hawks beat the Rangers 6-2", "HAWKS BEAT OTTERS"): a capitalized run
/// no name covers, after the verb (and an optional "the") or after "the" before it, that is
/// no known place (a country's team is a place under the CoNLL conventions) nor nationality.
fn find_nicknamed_teams(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let covered = covered_tokens(spans, n);
    let cap = |i: usize| i < n && !covered[i] && doc.capitalized(i);
    let verb = |i: usize| is_result_verb(doc.word(i));
    let mut found = Vec::new();
    // The first token a run may start at (past the last run read).
    let mut next = 0;
    for i in doc.capitalized_tokens() {
        if i < next || !cap(i) {
            continue;
        }
        let mut b = i;
        while cap(b + 1) && doc.sentence_of(b + 1) == doc.sentence_of(i) && !verb(b + 1) {
            b += 1;
        }
        // "The Velmor Hawks beat ...": a capitalized "the" is no part of the name.
        let a = if doc.word(i) == "The" && i < b { i + 1 } else { i };
        let the = a > i || (i > 0 && doc.word(i - 1) == "the");
        let after = (i > 0 && verb(i - 1)) || (the && i >= 2 && verb(i - 2));
        let before = b + 1 < n && verb(b + 1) && the;
        // "the Chilean beat ...": a nationality names a player (looked up last: few runs
        // pass the rest).
        let place = || doc.phrase_cats(a, b) & (PLACE | DEMONYM) != 0;
        if (after || before) && !verb(a) && doc.word(b).len() >= 3 && !place() {
            found.push(NameSpan { a, b, label: NameLabel::Organization, conf: 0.3 });
        }
        next = b + 1;
    }
    add_spans(spans, found);
}

/// Finds teams the tagger left out on either side of a result's verb in an all-capitals
/// headline ("AS HAWKS BEAT OTTERS."), where every word is capitalized and runs of capitals say
/// nothing: the one word right before the verb, after the headline's start or a short word
/// ("AS", "AND"), and the one word right after it, before punctuation or the end. Places and
/// nationalities are left alone, as in [`find_nicknamed_teams`].
fn find_headline_teams(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    // Few words are all capitals.
    let upper = doc.capitalized_tokens().filter(|&i| doc.case(i) == Case::Upper);
    let verbs = upper.filter(|&i| i > 0 && i + 1 < n);
    let verbs: Vec<usize> = verbs.filter(|&i| is_result_verb(doc.word(i))).collect();
    if verbs.is_empty() {
        return;
    }
    let covered = covered_tokens(spans, n);
    let sentence = |i: usize, v: usize| doc.sentence_of(i) == doc.sentence_of(v);
    let team = |i: usize| {
        let place = doc.cats(i) & (PLACE | DEMONYM) != 0;
        !covered[i] && doc.case(i) == Case::Upper && doc.word(i).len() >= 3 && !place
    };
    let mut found = Vec::new();
    for v in verbs {
        let b = v - 1;
        let opens = doc.starts_sentence(b) || (!covered[b - 1] && doc.word(b - 1).len() <= 3);
        if sentence(b, v) && team(b) && (doc.starts_sentence(b) || sentence(b - 1, v)) && opens {
            found.push(NameSpan { a: b, b, label: NameLabel::Organization, conf: 0.3 });
        }
        let a = v + 1;
        let closes = a + 1 >= n || !sentence(a + 1, v) || !doc.capitalized(a + 1);
        if sentence(a, v) && team(a) && closes {
            found.push(NameSpan { a, b: a, label: NameLabel::Organization, conf: 0.3 });
        }
    }
    add_spans(spans, found);
}

/// Abbreviations that open football clubs' names ("FC", "Football Club"; "SV", "Sportverein").
const CLUB_PREFIXES: WordSet =
    WordSet::new(&["FC", "AC", "SC", "CF", "AFC", "SV", "VfB", "VfL", "CD", "SK", "FK", "NK"]);

/// A club's abbreviation the tagger took alone ("FC" + "Orsk-Sport", the town read as a
/// place elsewhere in the document) takes the capitalized word right after it, uncovered or
/// a one-word place: the club is named by both.
fn join_club_prefixes(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut k = 0;
    while k < spans.len() {
        let s = &spans[k];
        let i = s.a + 1;
        let prefix = s.a == s.b && s.label == NameLabel::Organization && i < n;
        if prefix && doc.case(i) == Case::Title && CLUB_PREFIXES.contains(doc.word(s.a)) {
            let next = spans.get(k + 1).filter(|t| t.a == i);
            let free = next.map_or(true, |t| t.b == i && t.label == NameLabel::Place);
            if free && doc.sentence_of(i) == doc.sentence_of(s.a) {
                if next.is_some() {
                    spans.remove(k + 1);
                }
                spans[k].b = i;
            }
        }
        k += 1;
    }
}

/// The years of foundation that open clubs' names ("1860 Orsk"): from the first clubs on to
/// the end of the 1920s.
const FOUNDING_YEARS: std::ops::RangeInclusive<u32> = 1850..=1929;

/// A club named by its year of foundation and its town ("1860 Orsk 1 Velmor 3") takes in
/// the year the tagger left out (see [`founding_year_club`]).
fn take_in_founding_years(doc: &DocContext, spans: &mut [NameSpan]) {
    let mut end_before = None;
    for s in spans.iter_mut() {
        let prev_end = end_before.replace(s.b);
        let a = s.a;
        let label_ok = matches!(s.label, NameLabel::Organization | NameLabel::Place);
        if !label_ok || a == 0 || prev_end.is_some_and(|b| b + 1 >= a) {
            continue;
        }
        if founding_year_club(doc, a - 1, s.b) {
            s.a = a - 1;
            s.label = NameLabel::Organization;
        }
    }
}

/// Whether tokens `y..=b` are a club named by its year of foundation at `y` and its town
/// after it: a club of a results table or fixture (a score or "v" next to it), no word right
/// before the year (a date in prose: "In 1860 Orsk was ...") and the town's name after it.
pub(crate) fn founding_year_club(doc: &DocContext, y: usize, b: usize) -> bool {
    let year = doc.word(y);
    year.len() == 4
        && y < b
        && year.parse::<u32>().is_ok_and(|v| FOUNDING_YEARS.contains(&v))
        && (y == 0 || doc.case(y - 1) == Case::Other || doc.starts_sentence(y))
        && doc.sentence_of(y) == doc.sentence_of(y + 1)
        && super::lists::in_results(doc, y + 1, b)
        && is_team_town(doc, y + 1, b)
}

/// A side picked by a person and named after them ("the Duke of Orsk's XI", "Dana Ruiz's
/// XV") is a team: the name before "'s" and a cricket XI or rugby XV is one organization with
/// them, whatever the tagger made of the name.
fn take_in_elevens(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for s in spans.iter_mut() {
        let b = s.b;
        if b + 2 < n && doc.possessive(b + 1) && matches!(doc.word(b + 2), "XI" | "XV") {
            s.b = b + 2;
            s.label = NameLabel::Organization;
        }
    }
}

/// A city's club named by a number nickname ("the Orsk 58s", "Velmor 49ers") is the club:
/// a town the tagger found (as a place or an organization) takes in the figures and "s" or
/// "ers" right after it that no name covers, and is an organization.
fn take_in_number_nicknames(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let nickname = |w: &str| {
        // A digit first: most words after a name open with a letter.
        if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return false;
        }
        // Every "ers" at the end, as `trim_end_matches("ers")` takes them, but without the
        // substring searcher it builds for each word.
        let mut digits = w;
        while let Some(d) = digits.strip_suffix("ers") {
            digits = d;
        }
        let digits = digits.trim_end_matches('s');
        digits.len() < w.len()
            && (2..=3).contains(&digits.len())
            && digits.bytes().all(|c| c.is_ascii_digit())
    };
    for k in 0..spans.len() {
        let b = spans[k].b + 1;
        let free = spans.get(k + 1).map_or(true, |t| t.a > b);
        let town = matches!(spans[k].label, NameLabel::Place | NameLabel::Organization);
        if town && free && b < n && nickname(doc.word(b)) && is_team_town(doc, spans[k].a, b - 1) {
            spans[k].b = b;
            spans[k].label = NameLabel::Organization;
        }
    }
}

/// Abbreviations that end football clubs' names ("Orsk United A.F.C.", "Velmor FC").
const CLUB_SUFFIXES: WordSet =
    WordSet::new(&["FC", "F.C.", "AFC", "A.F.C.", "CF", "C.F.", "F.C", "A.F.C", "C.F"]);

/// Makes a name that ends in a football club's abbreviation ([`CLUB_SUFFIXES`]) or in a word only
/// clubs' names end in ([`CLUB_NAME_ENDS`]) an organization, whatever the tagger made of it
/// ("Tarnby FC striker Dana Ruiz" gave a person "Tarnby FC"): the word names a club. An
/// abbreviation the tagger took alone right after a place or an organization joins it ("Orsk" +
/// "FC").
fn name_suffixed_clubs(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut k = 1;
    while k < spans.len() {
        let (prev, s) = (&spans[k - 1], &spans[k]);
        let town_or_club = matches!(prev.label, NameLabel::Place | NameLabel::Organization);
        if s.a == s.b && prev.b + 1 == s.a && town_or_club && CLUB_SUFFIXES.contains(doc.word(s.a))
        {
            spans[k - 1].b = s.b;
            spans.remove(k);
        } else {
            k += 1;
        }
    }
    for s in spans.iter_mut().filter(|s| s.a < s.b) {
        if CLUB_SUFFIXES.contains(doc.word(s.b)) || CLUB_NAME_ENDS.contains(doc.word(s.b)) {
            s.label = NameLabel::Organization;
        }
    }
}

/// Words that end football clubs' names and no person's or place's ("Orsk Athletic", "Velmor
/// Rovers", "Tarn Calcio", "Karsk United").
const CLUB_NAME_ENDS: WordSet =
    WordSet::new(&["Athletic", "Rovers", "Wanderers", "Calcio", "Hotspur", "Argyle", "United"]);

/// A club in a results table or standings takes the bracketed capital or two after it that
/// tell it from a club of the same name in another town ("Velmor (L) 2", "Tarn (BJ) 4 1 0"):
/// the letters are part of its name. Only where a score or a table's figure follows, so an
/// acronym in brackets after a name ("Popular Party (PP) won") is left alone.
fn take_in_town_letters(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let letters = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
    let mut taken = Vec::new();
    for s in spans.iter_mut() {
        // A one-word person so marked is a club the tagger mistook ("Brisko (N) 3").
        let club =
            s.label == NameLabel::Organization || (s.label == NameLabel::Person && s.a == s.b);
        if !club {
            continue;
        }
        let b = s.b;
        if b + 4 < n
            && doc.word(b + 1) == "("
            && doc.word(b + 3) == ")"
            && letters(doc.word(b + 2))
            && (doc.word(b + 4).starts_with(|c: char| c.is_ascii_digit()) || doc.word(b + 4) == "-")
            && doc.sentence_of(b + 4) == doc.sentence_of(b)
        {
            s.b = b + 3;
            s.label = NameLabel::Organization;
            taken.push(b + 2);
        }
    }
    if !taken.is_empty() {
        // The letters the tagger took for a name of their own ("K" of "Tarnok (K)").
        spans.retain(|s| !(s.a == s.b && taken.contains(&s.a)));
    }
}

/// The fewest rows of a results table ("Orsk 2 Velmor 1") whose two sides the tagger took
/// for organizations that make the document's other rows' sides clubs too.
const CLUB_ROWS: usize = 3;

/// The two sides of a sentence that is a result's row, "Orsk 2 Velmor 1": title-case words,
/// a number, title-case words, a number, and nothing else.
fn result_row(doc: &DocContext, start: usize) -> Option<[(usize, usize); 2]> {
    let end = doc.sentence_end(start);
    let number = |i: usize| doc.word(i).bytes().all(|c| c.is_ascii_digit());
    let side = |a: usize| {
        let b = (a..end).take_while(|&i| doc.case(i) == Case::Title).last()?;
        (b < end && number(b + 1)).then_some((a, b))
    };
    let first = side(start)?;
    let second = side(first.1 + 2)?;
    (second.1 + 1 == end).then_some([first, second])
}

/// In a document that gives results in rows ("Orsk 2 Velmor 1") and names at least
/// [`CLUB_ROWS`] rows' sides as organizations, a row's side the tagger left out is a club
/// too ("Wasps", a word it does not know as a name).
fn find_table_clubs(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let rows: Vec<[(usize, usize); 2]> = doc
        .capitalized_tokens()
        .filter(|&i| doc.starts_sentence(i) && doc.case(i) == Case::Title)
        .filter_map(|i| result_row(doc, i))
        .collect();
    if rows.len() < CLUB_ROWS {
        return;
    }
    let org = |(a, b): (usize, usize)| {
        spans.iter().any(|s| s.a == a && s.b == b && s.label == NameLabel::Organization)
    };
    if rows.iter().filter(|r| org(r[0]) && org(r[1])).count() < CLUB_ROWS {
        return;
    }
    let covered = covered_tokens(spans, doc.len());
    let found: Vec<NameSpan> = rows
        .iter()
        .flatten()
        .filter(|&&(a, b)| (a..=b).all(|i| !covered[i]))
        .map(|&(a, b)| NameSpan { a, b, label: NameLabel::Organization, conf: 0.5 })
        .collect();
    add_spans(spans, found);
}

/// The fewest numbers after a name that make its row one of a league's standings ("Orsk 22
/// 19 1 2 902 326 39": played, won, drawn, lost, points for and against, points). A golfer's
/// row has at most five (four rounds and the total).
const STANDINGS_NUMBERS: usize = 6;

/// Makes a person or town the tagger found heading a row of a league's standings (at least
/// [`STANDINGS_NUMBERS`] whole numbers after it) a club. A country or a region that is no
/// town heads a national side's row, a place under the CoNLL conventions, and is left alone.
fn name_standings_clubs(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let row = |b: usize| {
        b + STANDINGS_NUMBERS < n
            && (b + 1..=b + STANDINGS_NUMBERS).all(|i| is_short_number(doc.word(i), 4))
    };
    for s in spans.iter_mut().filter(|s| s.label != NameLabel::Organization && row(s.b)) {
        if !names_nation(doc, s.a, s.b) {
            s.label = NameLabel::Organization;
        }
    }
}

/// Whether tokens `a..=b` name a nation, whose side CoNLL-2003 calls a place: a country (a
/// country's name in news use, "Russia", carries no category of its own, only place details)
/// or a region that is no town (a home nation, "England").
fn names_nation(doc: &DocContext, a: usize, b: usize) -> bool {
    let cats = doc.phrase_cats(a, b);
    cats & COUNTRY != 0 || cats & CITY == 0 && (cats & REGION != 0 || doc.is_country_or_city(a, b))
}

/// The highest score of a result's side read as a club's ("Orsk (Velmoria) 2"): a golfer's
/// round is higher ("Dana Ruiz (Velmoria) 68 Ana Tarn (Orsk) 70" pairs players).
const CLUB_SCORE: u32 = 60;

/// Makes both sides of a result between clubs given with their countries, "Orsk (Velmoria) 2
/// Tarnby (Kallia) 1", clubs where the tagger took one for a person or a town: a name, its
/// country in brackets and a score below [`CLUB_SCORE`], twice in a row. A country's side
/// is left alone.
fn name_bracketed_result_sides(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    // The token of the score after a name ending at `b`: "(", one to three capitalized words,
    // ")", a score.
    let scored = |b: usize| {
        if b + 4 >= n || doc.word(b + 1) != "(" {
            return None;
        }
        let close = (b + 3..(b + 6).min(n - 1)).find(|&j| doc.word(j) == ")")?;
        let country = (b + 2..close).all(|i| doc.capitalized(i));
        let score = close + 1;
        let low = is_short_number(doc.word(score), 2)
            && doc.word(score).parse::<u32>().is_ok_and(|v| v < CLUB_SCORE);
        (country && low).then_some(score)
    };
    let mut sides = Vec::new();
    for k in 0..spans.len() {
        let Some(score) = scored(spans[k].b) else { continue };
        // The other side opens right after the score, past the first side's country.
        let other = spans[k + 1..].iter().position(|t| t.a > score).map(|d| k + 1 + d);
        if let Some(j) = other.filter(|&j| spans[j].a == score + 1 && scored(spans[j].b).is_some())
        {
            sides.extend([k, j]);
        }
    }
    for k in sides {
        let s = &mut spans[k];
        if !names_nation(doc, s.a, s.b) {
            s.label = NameLabel::Organization;
        }
    }
}

/// Whether `w` is one of [`RESULT_VERBS`] in any case ("beat", "BEAT"): most words fail on
/// their length or first letter, before any comparison.
fn is_result_verb(w: &str) -> bool {
    let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
    (4..=8).contains(&w.len())
        && matches!(first, Some(b'b' | b'd' | b'e' | b'r' | b't'))
        && RESULT_VERBS.words().iter().any(|v| v.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{span, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn a_club_named_by_its_founding_year_and_town_takes_in_the_year() {
        let doc = DocContext::new(
            "Results:\nTarnby 1 1860 Munich 1\n32,000 1899 Munich 2 Velmor 0\nIn 1860 Munich 2 \
             clubs were founded, and in 1996 Munich 1 won.",
        );
        let w: Vec<&str> = (0..doc.len()).map(|i| doc.word(i)).collect();
        let one = |at: usize, label| NameSpan { a: at, b: at, label, conf: 0.9 };
        let mut spans: Vec<NameSpan> = (0..doc.len())
            .filter(|&i| matches!(w[i], "Tarnby" | "Munich" | "Velmor"))
            .map(|i| one(i, if i == 9 { LOC } else { ORG }))
            .collect();
        take_in_founding_years(&doc, &mut spans);
        let found: Vec<String> = texts(&spans, &doc).into_iter().map(|(t, _)| t).collect();
        let expected = ["Tarnby", "1860 Munich", "1899 Munich", "Velmor", "Munich", "Munich"];
        assert_eq!(found, expected);
        assert!(spans.iter().all(|s| s.label == ORG));
    }

    #[test]
    fn a_club_named_before_its_big_city_is_no_person() {
        let text = "Barys Astana beat Velmor Novosibirsk 3-1 in the league; Dana Astana and \
                    Tarvo Washington watched.";
        let doc = DocContext::new(text);
        let mut spans = vec![
            span(&doc, &["Barys", "Astana"], PER, 0.6),
            span(&doc, &["Velmor", "Novosibirsk"], PER, 0.6),
            span(&doc, &["Dana", "Astana"], PER, 0.6),
            span(&doc, &["Tarvo", "Washington"], PER, 0.6),
        ];
        name_town_named_clubs(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [ORG, ORG, PER, PER]);
        // No sport: a person.
        let doc = DocContext::new("Barys Astana spoke to reporters.");
        let mut spans = vec![span(&doc, &["Barys", "Astana"], PER, 0.6)];
        name_town_named_clubs(&doc, &mut spans);
        assert_eq!(spans[0].label, PER);
    }

    #[test]
    fn a_city_after_a_player_s_career_word_is_its_club() {
        let doc = DocContext::new(
            "Dana Vale played 26 games for Orsk before she signed with Boston. She scored \
             twice in Munich, and later played for Chicago. Ken Ruiz pitched seven innings for \
             Denver, and Ana Tarn has 40 goals for Lyon.",
        );
        let mut spans = vec![
            span(&doc, &["Orsk"], LOC, 0.9),
            span(&doc, &["Boston"], LOC, 0.9),
            span(&doc, &["Munich"], LOC, 0.9),
            span(&doc, &["Chicago"], LOC, 0.9),
            span(&doc, &["Denver"], LOC, 0.9),
            span(&doc, &["Lyon"], LOC, 0.9),
        ];
        find_teams(&doc, &mut spans);
        let found = texts(&spans, &doc);
        let expected = [
            ("Orsk", ORG),
            ("Boston", ORG),
            ("Munich", LOC),
            ("Chicago", ORG),
            ("Denver", ORG),
            ("Lyon", ORG),
        ];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // No sport: the city signed with is the place.
        let doc = DocContext::new("The council signed with Orsk a deal on water.");
        let mut spans = vec![span(&doc, &["Orsk"], LOC, 0.9)];
        find_teams(&doc, &mut spans);
        assert_eq!(spans[0].label, LOC);
    }

    #[test]
    fn a_city_s_club_named_by_a_number_nickname_is_the_club() {
        let doc =
            DocContext::new("He founded the Albuquerque 58s, later the Boston 49ers and Orsk 58s.");
        let mut spans = vec![
            span(&doc, &["Albuquerque"], LOC, 0.9),
            span(&doc, &["Boston"], ORG, 0.9),
            span(&doc, &["Orsk"], LOC, 0.9),
        ];
        take_in_number_nicknames(&doc, &mut spans);
        let found = texts(&spans, &doc);
        let expected = [("Albuquerque 58s", ORG), ("Boston 49ers", ORG), ("Orsk", LOC)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_side_named_after_its_picker_is_a_team() {
        let doc =
            DocContext::new("They play the Duke of Orsk's XI, then Dana Ruiz's XV and Tarn's men.");
        let mut spans = vec![
            span(&doc, &["Duke", "of", "Orsk"], LOC, 0.9),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
            span(&doc, &["Tarn"], NameLabel::Person, 0.9),
        ];
        take_in_elevens(&doc, &mut spans);
        let found = texts(&spans, &doc);
        let expected =
            [("Duke of Orsk's XI", ORG), ("Dana Ruiz's XV", ORG), ("Tarn", NameLabel::Person)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_city_taken_for_an_organization_is_the_place_where_no_sport_is_spoken_of() {
        let ceded = |text: &str, words: &[&[&str]]| {
            let doc = DocContext::new(text);
            let mut spans: Vec<NameSpan> = words.iter().map(|w| span(&doc, w, ORG, 0.6)).collect();
            places_outside_sports(&doc, &mut spans);
            texts(&spans, &doc)
        };
        let found =
            ceded("Velmor ceded Rome to Tarn and moved to Paris.", &[&["Rome"], &["Paris"]]);
        assert_eq!(found, [("Rome".to_string(), LOC), ("Paris".to_string(), LOC)]);
        // A document about a game keeps its teams; one word other news uses too is no game.
        let found = ceded("Rome beat Tarn in the final.", &[&["Rome"]]);
        assert_eq!(found, [("Rome".to_string(), ORG)]);
        let found = ceded("The bond sale drew orders in Rome.", &[&["Rome"]]);
        assert_eq!(found, [("Rome".to_string(), LOC)]);
        let found = ceded("CRICKET - Rome sign Dana Ruiz.", &[&["Rome"]]);
        assert_eq!(found, [("Rome".to_string(), ORG)]);
        // A smaller town is the place where the text says so, and only there.
        let found = ceded(
            "Cocoa went through Takoradi. Batumi said it would grow.",
            &[&["Takoradi"], &["Batumi"]],
        );
        assert_eq!(found, [("Takoradi".to_string(), LOC), ("Batumi".to_string(), ORG)]);
        let doc =
            DocContext::new("Ships sailed from Lima to Poti and Batumi; the Chancay port grew.");
        let mut spans = vec![
            span(&doc, &["Lima"], LOC, 0.6),
            span(&doc, &["Poti"], LOC, 0.6),
            span(&doc, &["Batumi"], ORG, 0.6),
            span(&doc, &["Chancay"], ORG, 0.6),
        ];
        places_outside_sports(&doc, &mut spans);
        assert!(spans.iter().all(|s| s.label == LOC), "{:?}", texts(&spans, &doc));
        // A region is the place too, but for a crude's grade named after it.
        let found = ceded("Pubs in Lancashire sold Brent crude.", &[&["Lancashire"], &["Brent"]]);
        assert_eq!(found, [("Lancashire".to_string(), LOC), ("Brent".to_string(), ORG)]);
        // A company named after its city stays one.
        let found = ceded(
            "Rome Velmor Holdings said Rome would grow. Paris shareholders agreed with Paris.",
            &[&["Rome", "Velmor", "Holdings"], &["Rome"], &["Paris"]],
        );
        let expected = [("Rome Velmor Holdings", ORG), ("Rome", ORG), ("Paris", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A division named by a word that ends clubs' names too is the place, outside sport.
        let found = ceded("Tarnsag lies in Velmor Province.", &[&["Velmor", "Province"]]);
        assert_eq!(found, [("Velmor Province".to_string(), LOC)]);
        let found = ceded("Velmor Province beat Tarn in the final.", &[&["Velmor", "Province"]]);
        assert_eq!(found, [("Velmor Province".to_string(), ORG)]);
    }

    #[test]
    fn a_name_ending_in_a_club_s_abbreviation_is_a_club() {
        use NameLabel::Person as PER;
        let doc = DocContext::new(
            "Tarnby A.F.C. striker Dana Ruiz left Orsk FC for Velmor CF and the FC Tarn; Karsk \
             Athletic beat Tarn Rovers, and Orsk United lost.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Tarnby", "A.F.C."], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Orsk", "FC"], LOC),
            (&["Velmor", "CF"], ORG),
            (&["FC"], LOC),
            (&["Karsk", "Athletic"], PER),
            (&["Tarn", "Rovers"], LOC),
            (&["Orsk", "United"], PER),
        ];
        let mut spans = crate::names::resolve::test_support::spans_in_order(&doc, &names, 0.9);
        name_suffixed_clubs(&doc, &mut spans);
        // An abbreviation alone is no club's name ending in it; a word only clubs' names end
        // in makes one too.
        let expected = [
            ("Tarnby A.F.C.", ORG),
            ("Dana Ruiz", PER),
            ("Orsk FC", ORG),
            ("Velmor CF", ORG),
            ("FC", LOC),
            ("Karsk Athletic", ORG),
            ("Tarn Rovers", ORG),
            ("Orsk United", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Taken alone right after its town, the abbreviation joins it; after a person, not.
        let doc = DocContext::new("Orsk FC and Dana Ruiz FC fans met.");
        let names: [(&[&str], NameLabel); 4] =
            [(&["Orsk"], LOC), (&["FC"], ORG), (&["Dana", "Ruiz"], PER), (&["FC"], ORG)];
        let mut spans = crate::names::resolve::test_support::spans_in_order(&doc, &names, 0.9);
        name_suffixed_clubs(&doc, &mut spans);
        let expected = [("Orsk FC", ORG), ("Dana Ruiz", PER), ("FC", ORG)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_name_heading_a_row_of_standings_is_a_club_unless_a_country() {
        let text = "Standings:\nGateshead 22 19 1 2 902 326 39\nVelmor Tarn 22 17 0 5 767 409 34\n\
                    Kenya 3 2 1 0 5 2 7\nLeaders: Dana Ruiz 70 71 68 69 278";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Gateshead"], LOC),
            (&["Velmor", "Tarn"], PER),
            (&["Kenya"], LOC),
            (&["Dana", "Ruiz"], PER),
        ];
        let labels = labels_after(name_standings_clubs, text, &names);
        assert_eq!(labels, [ORG, ORG, LOC, PER]);
    }

    #[test]
    fn the_sides_of_a_result_given_with_their_countries_are_clubs() {
        let text =
            "In Orsk: Velmor Tarn (Kallia) 2 Gateshead (Velmoria) 1 (1-1)\nKenya (Africa) 1 \
                    Tarnby (Kallia) 0\nPairs: Dana Ruiz (Kallia) 68 Ana Tarn (Velmoria) 70";
        let names: [(&[&str], NameLabel); 8] = [
            (&["Orsk"], LOC),
            (&["Velmor", "Tarn"], PER),
            (&["Kallia"], LOC),
            (&["Gateshead"], LOC),
            (&["Kenya"], LOC),
            (&["Tarnby"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Ana", "Tarn"], PER),
        ];
        let labels = labels_after(name_bracketed_result_sides, text, &names);
        // A country's side stays a place; golfers' rounds pair people. The last row ends the
        // text right after its bracket.
        assert_eq!(labels, [LOC, ORG, LOC, ORG, LOC, ORG, PER, PER]);
        let text = "Velmor Tarn (Kallia) 2 Gateshead (Velmoria)";
        let labels = labels_after(name_bracketed_result_sides, text, &names[1..4]);
        assert!(labels.iter().all(|&l| l != ORG));
    }

    /// The labels of `names` (found in `text` in order, as the tagger's) after `rule`.
    fn labels_after(
        rule: fn(&DocContext, &mut [NameSpan]),
        text: &str,
        names: &[(&[&str], NameLabel)],
    ) -> Vec<NameLabel> {
        let doc = DocContext::new(text);
        let mut spans = crate::names::resolve::test_support::spans_in_order(&doc, names, 0.9);
        rule(&doc, &mut spans);
        spans.iter().map(|s| s.label).collect()
    }

    #[test]
    fn a_cricket_county_in_a_report_of_cricket_is_its_club() {
        use NameLabel::{Organization as ORG, Place as LOC};
        let run = |text: &str, names: &[(&[&str], NameLabel)]| {
            labels_after(name_county_sides, text, names)
        };
        let names: &[(&[&str], NameLabel)] =
            &[(&["Kent"], LOC), (&["Surrey"], LOC), (&["Kent"], LOC), (&["Orsk"], LOC)];
        let labels = run(
            "Second-placed Kent were held up by rain, and Dana Ruiz's 84 lifted Surrey to 128 \
             for four. The innings was played in Kent, near Orsk.",
            names,
        );
        assert_eq!(labels, [ORG, ORG, LOC, LOC]);
        // Without cricket the counties are places.
        let labels = run(
            "Second-placed Kent were hit by floods, and Surrey sent help. It rained in Kent, \
             near Orsk.",
            names,
        );
        assert_eq!(labels, [LOC, LOC, LOC, LOC]);
    }

    #[test]
    fn people_among_the_sides_of_a_list_of_clubs_fixtures_are_clubs() {
        let run = |text: &str, names: &[(&[&str], NameLabel)]| {
            labels_after(name_fixture_people, text, names)
        };
        use NameLabel::{Organization as ORG, Person as PER, Place as LOC};
        // Soccer fixtures: one joins two clubs, so the "people" are clubs too.
        let labels = run(
            "Soccer fixtures on Saturday: Orsk Rovers v Velmor Athletic, Tarn Orient v Dunmore, \
             Kessock v Brill Town.",
            &[
                (&["Orsk", "Rovers"], ORG),
                (&["Velmor", "Athletic"], ORG),
                (&["Tarn", "Orient"], PER),
                (&["Dunmore"], LOC),
                (&["Kessock"], PER),
                (&["Brill", "Town"], PER),
            ],
        );
        assert_eq!(labels, [ORG, ORG, ORG, LOC, ORG, ORG]);
        // A tennis draw joins people; a nation's side is no club.
        let labels = run(
            "Tennis results on Saturday: Dana Ruiz v Ilse Tarnova, France v Germany in the cup.",
            &[
                (&["Dana", "Ruiz"], PER),
                (&["Ilse", "Tarnova"], PER),
                (&["France"], LOC),
                (&["Germany"], LOC),
            ],
        );
        assert_eq!(labels, [PER, PER, LOC, LOC]);
    }

    #[test]
    fn a_town_shown_to_be_a_club_once_is_the_club_wherever_the_tagger_took_it_for_the_town() {
        let run = |text: &str, names: &[(&[&str], NameLabel)]| {
            labels_after(spread_club_towns, text, names)
        };
        // A fixture's sides, and the same towns later in the report; a country's side stays.
        let text = "Fixtures: Gateshead v Barnsley, Rochdale v Velmor Rovers, Kenya v Hamilton. \
                    Gateshead won the last match and Rochdale lost.";
        let names: [(&[&str], NameLabel); 8] = [
            (&["Gateshead"], LOC),
            (&["Barnsley"], LOC),
            (&["Rochdale"], LOC),
            (&["Velmor", "Rovers"], ORG),
            (&["Kenya"], LOC),
            (&["Hamilton"], LOC),
            (&["Gateshead"], LOC),
            (&["Rochdale"], LOC),
        ];
        assert_eq!(run(text, &names), [ORG, ORG, ORG, ORG, LOC, LOC, ORG, ORG]);
        // A verb in the plural after the town as subject, a player's role after it; not the
        // game's venue, nor a town in a pair ("Barnsley and Rochdale are").
        let text = "Gateshead are third in the league. The Rochdale striker scored. In Gateshead, \
                    Barnsley and Rochdale are rivals.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Gateshead"], LOC),
            (&["Rochdale"], LOC),
            (&["Gateshead"], LOC),
            (&["Barnsley"], LOC),
        ];
        assert_eq!(run(text, &names), [ORG, ORG, LOC, LOC]);
        // Outside sport the plural verb proves nothing.
        let text = "Gateshead are among the towns with new bridges.";
        assert_eq!(run(text, &[(&["Gateshead"], LOC)]), [LOC]);
        // A player's club in brackets, where the brackets give clubs; an athlete's town in a
        // list of countries stays.
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Ruiz"], PER),
            (&["Velmor", "Rovers"], ORG),
            (&["Ana", "Tarn"], PER),
            (&["Gateshead"], LOC),
        ];
        let text = "Squad: Dana Ruiz (Velmor Rovers), Ana Tarn (Gateshead).";
        assert_eq!(run(text, &names), [PER, ORG, PER, ORG]);
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Ruiz"], PER),
            (&["Kenya"], LOC),
            (&["Ana", "Tarn"], PER),
            (&["Gateshead"], LOC),
        ];
        let text = "Race: 1. Dana Ruiz (Kenya) 2. Ana Tarn (Gateshead).";
        assert_eq!(run(text, &names), [PER, LOC, PER, LOC]);
        // A city's name in news use, taken for a person before a player's role, is the club
        // there and at its other mentions; a town naming a site stays the town.
        let text = "Sao Paulo midfielder Dana Ruiz scored the goal. Sao Paulo lead the league, \
                    and the team flew from Sao Paulo airport.";
        let names: [(&[&str], NameLabel); 4] = [
            (&["Sao", "Paulo"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Sao", "Paulo"], LOC),
            (&["Sao", "Paulo"], LOC),
        ];
        assert_eq!(run(text, &names), [ORG, PER, ORG, LOC]);
    }

    #[test]
    fn a_big_city_and_a_nickname_the_tagger_took_for_a_place_is_a_club() {
        let doc = DocContext::new(
            "He was drafted by the Boston Marlins, moved to the South Dakota Marlins and lived \
             in Boston Heights, far from the Orsk Marlins and the Boston Accords.",
        );
        let names: [&[&str]; 5] = [
            &["Boston", "Marlins"],
            &["South", "Dakota", "Marlins"],
            &["Boston", "Heights"],
            &["Orsk", "Marlins"],
            &["Boston", "Accords"],
        ];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, LOC, 0.5)).collect();
        name_nicknamed_city_teams(&doc, &mut spans);
        let expected = [
            ("Boston Marlins", ORG),
            ("South Dakota Marlins", ORG),
            ("Boston Heights", LOC),
            ("Orsk Marlins", LOC),
            ("Boston Accords", LOC),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_entrant_s_team_in_a_results_list_is_an_organization() {
        use NameLabel::Person as PER;
        let doc = DocContext::new(
            "1. Dana Ruiz (Orsk), Velmor Tarn, 53.980 2. Ken Vale (Orsk), Tom Brisk, Lee Dunn \
             (Orsk), 54.1",
        );
        let mut spans = vec![
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
            span(&doc, &["Orsk", ")", ",", "Velmor"], LOC, 0.9),
            span(&doc, &["Velmor", "Tarn"], PER, 0.9),
            span(&doc, &["Ken", "Vale"], PER, 0.9),
            span(&doc, &["Orsk", ")", ",", "Tom"], LOC, 0.9),
            span(&doc, &["Tom", "Brisk"], PER, 0.9),
            span(&doc, &["Lee", "Dunn"], PER, 0.9),
        ];
        for k in [1, 4] {
            spans[k].b = spans[k].a;
        }
        name_entrants_teams(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        assert_eq!(labels, [PER, LOC, ORG, PER, LOC, PER, PER]);
    }

    #[test]
    fn a_side_left_out_of_a_results_table_whose_rows_name_clubs_is_a_club() {
        let text = "Premier division\nOrsk 12 Velmor 30\nTarnby 7 Brisk Vale 21\n\
                    Kelso Rovers 18 Dunmere 18\nHornets 31 Wren 33\n";
        let doc = DocContext::new(text);
        let tagged = [
            &["Orsk"][..],
            &["Velmor"],
            &["Tarnby"],
            &["Brisk", "Vale"],
            &["Kelso", "Rovers"],
            &["Dunmere"],
        ];
        let spans: Vec<NameSpan> = tagged.iter().map(|w| span(&doc, w, ORG, 0.9)).collect();
        let mut all = spans.clone();
        find_table_clubs(&doc, &mut all);
        let found: Vec<String> = texts(&all, &doc).into_iter().map(|(w, _)| w).collect();
        assert_eq!(&found[6..], ["Hornets", "Wren"]);
        assert!(all.iter().all(|s| s.label == ORG));
        // Two rows of clubs are too few to call the rest clubs.
        let mut few = spans[..4].to_vec();
        find_table_clubs(&doc, &mut few);
        assert_eq!(few.len(), 4);
    }

    #[test]
    fn a_nickname_left_out_next_to_a_result_is_a_team() {
        let doc = DocContext::new(
            "The Velmor Hawks edged the Gulls 3-2, the Chilean beat Dana Ruiz, and the \
             Orsk Larks blanked Brazil.",
        );
        let mut spans = vec![span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9)];
        find_teams(&doc, &mut spans);
        let expected = [
            ("Velmor Hawks", ORG),
            ("Gulls", ORG),
            ("Dana Ruiz", NameLabel::Person),
            ("Orsk Larks", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn teams_on_either_side_of_a_headlines_verb_are_found() {
        let doc = DocContext::new(
            "RUIZ SCORES AS GULLS BEAT HAWKS. LARKS EDGED NORTH STARS IN OVERTIME. BRAZIL BEAT \
             CHILE. Dana Ruiz beat Tom Vale.",
        );
        let mut spans = vec![
            span(&doc, &["RUIZ"], NameLabel::Person, 0.9),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
            span(&doc, &["Tom", "Vale"], NameLabel::Person, 0.9),
        ];
        find_teams(&doc, &mut spans);
        let expected = [
            ("RUIZ", NameLabel::Person),
            ("GULLS", ORG),
            ("HAWKS", ORG),
            ("LARKS", ORG),
            ("Dana Ruiz", NameLabel::Person),
            ("Tom Vale", NameLabel::Person),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_clubs_abbreviation_taken_alone_joins_the_word_after_it() {
        let doc = DocContext::new(
            "She left FC Orsk-Sport for Velmor, then SV Tarn signed her; FC Velmor Larks lost.",
        );
        let mut spans = vec![
            span(&doc, &["FC"], ORG, 0.5),
            span(&doc, &["Velmor"], LOC, 0.9),
            span(&doc, &["SV"], ORG, 0.5),
            span(&doc, &["Tarn"], LOC, 0.6),
        ];
        let fc = (0..doc.len()).rfind(|&i| doc.word(i) == "FC").unwrap();
        spans.push(NameSpan { a: fc, b: fc, label: ORG, conf: 0.5 });
        spans.push(NameSpan { a: fc + 1, b: fc + 2, label: ORG, conf: 0.5 });
        find_teams(&doc, &mut spans);
        let expected = [
            ("FC Orsk-Sport", ORG),
            ("Velmor", LOC),
            ("SV Tarn", ORG),
            ("FC", ORG),
            ("Velmor Larks", ORG),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_clubs_town_letters_in_a_table_are_part_of_its_name() {
        let doc = DocContext::new(
            "Tarnok (K) 2 Velmor (SB) 1. Standings: Tarnok (K) 4 3 1 0. The Orsk Party (OP) won.",
        );
        let clubs = (0..doc.len()).filter(|&i| matches!(doc.word(i), "Tarnok" | "Velmor"));
        let mut spans: Vec<NameSpan> =
            clubs.map(|a| NameSpan { a, b: a, label: ORG, conf: 0.6 }).collect();
        let k = (0..doc.len()).rfind(|&i| doc.word(i) == "K").unwrap();
        spans.insert(3, NameSpan { a: k, b: k, label: ORG, conf: 0.2 });
        spans.push(span(&doc, &["Orsk", "Party"], ORG, 0.6));
        find_teams(&doc, &mut spans);
        let expected = ["Tarnok (K)", "Velmor (SB)", "Tarnok (K)", "Orsk Party"];
        assert_eq!(texts(&spans, &doc), expected.map(|w| (w.to_string(), ORG)));
        // A one-word "person" so marked is a club; a full name is left alone.
        let doc = DocContext::new("Velmor 1 Brisk (N) 3. Dana Ruiz (R) 52 percent.");
        let mut spans = vec![
            span(&doc, &["Brisk"], NameLabel::Person, 0.5),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
        ];
        find_teams(&doc, &mut spans);
        let expected = [("Brisk (N)", ORG), ("Dana Ruiz", NameLabel::Person)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

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

    #[test]
    fn a_state_or_city_after_a_ranking_is_its_team_and_a_country_stays_a_place() {
        let doc = DocContext::new(
            "Top-ranked Texas held off No. 4 Ohio, No. 2 Brazil drew and No. 3 Boston College lost.",
        );
        let mut spans = vec![span(&doc, &["Texas"], LOC, 0.9)];
        find_teams(&doc, &mut spans);
        // The tagger's "Texas", and "Ohio" it left out; a country, and a city before a
        // capitalized word, are no team found.
        assert_eq!(
            texts(&spans, &doc),
            [("Texas", ORG), ("Ohio", ORG)].map(|(w, t)| (w.to_string(), t))
        );
    }

    #[test]
    fn a_town_and_city_no_list_knows_is_a_club_where_the_document_speaks_of_sport() {
        let doc = DocContext::new(
            "He coached at Swansea City and Mexico City after his league games in Kansas City.",
        );
        let names: [&[&str]; 3] = [&["Swansea", "City"], &["Mexico", "City"], &["Kansas", "City"]];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, LOC, 0.9)).collect();
        find_teams(&doc, &mut spans);
        let expected = [("Swansea City", ORG), ("Mexico City", LOC), ("Kansas City", LOC)];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // With no sport spoken of, it stays a place.
        let doc = DocContext::new("He moved to Swansea City in May.");
        let mut spans = vec![span(&doc, &["Swansea", "City"], LOC, 0.9)];
        find_teams(&doc, &mut spans);
        assert_eq!(spans[0].label, LOC);
    }

    #[test]
    fn a_city_taken_for_a_person_next_to_a_result_against_a_team_is_its_team() {
        use crate::names::resolve::test_support::spans_in_order;
        use NameLabel::Person as PER;
        let doc = DocContext::new(
            "Denver beat the Velmor Hawks 4-2. Orsk Larks defeated Boston. Dana Ruiz beat \
             Boston. Mal Houston scored, and Houston edged the Velmor Hawks.",
        );
        let names: [(&[&str], NameLabel); 9] = [
            (&["Denver"], PER),
            (&["Velmor", "Hawks"], ORG),
            (&["Orsk", "Larks"], ORG),
            (&["Boston"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Boston"], PER),
            (&["Mal", "Houston"], PER),
            (&["Houston"], PER),
            (&["Velmor", "Hawks"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        find_teams(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // The player's opponent and a player named in full keep their people.
        assert_eq!(labels, [ORG, ORG, ORG, ORG, PER, PER, PER, PER, ORG]);
    }

    #[test]
    fn a_team_before_a_players_role_and_the_player_after_it_are_split() {
        use crate::names::resolve::test_support::spans_in_order;
        use NameLabel::Person as PER;
        let doc = DocContext::new(
            "Boston Larks guard Dana Ruiz scored. Former Denver Hawks coach Tom Vale Brisk \
             said Orsk. Boston coach Lee Dunn left. Chile striker Ken Vale scored.",
        );
        let names: [(&[&str], NameLabel); 8] = [
            (&["Boston", "Larks", "guard", "Dana", "Ruiz"], ORG),
            (&["Denver", "Hawks"], PER),
            (&["Vale", "Brisk"], ORG),
            (&["Orsk"], LOC),
            (&["Boston"], LOC),
            (&["Lee", "Dunn"], PER),
            (&["Chile"], LOC),
            (&["Ken", "Vale"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        split_team_roles(&doc, &mut spans);
        let expected = [
            ("Boston Larks", ORG),
            ("Dana Ruiz", PER),
            ("Denver Hawks", ORG),
            ("Tom Vale Brisk", PER),
            ("Orsk", LOC),
            ("Boston", LOC),
            ("Lee Dunn", PER),
            ("Chile", LOC),
            ("Ken Vale", PER),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn a_person_before_a_role_and_a_name_is_a_team_in_a_report_of_sport() {
        use crate::names::resolve::test_support::spans_in_order;
        use NameLabel::Person as PER;
        let text = "Velmork beat Tarn 2-1. \"We fought,\" said Velmork coach Dana Ruiz, and \
                    Brisko goalkeeper Lee Dunn agreed with Anna Vale coach Orsk.";
        let names: [(&[&str], NameLabel); 7] = [
            (&["Velmork"], ORG),
            (&["Tarn"], ORG),
            (&["Velmork"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Brisko"], PER),
            (&["Lee", "Dunn"], PER),
            (&["Anna", "Vale"], PER),
        ];
        let doc = DocContext::new(text);
        let mut spans = spans_in_order(&doc, &names, 0.9);
        name_role_teams(&doc, &mut spans);
        // A person's full name before a role stays the person's.
        let expected = [
            ("Velmork", ORG),
            ("Tarn", ORG),
            ("Velmork", ORG),
            ("Dana Ruiz", PER),
            ("Brisko", ORG),
            ("Lee Dunn", PER),
            ("Anna Vale", PER),
        ];
        assert_eq!(texts(&spans, &doc), expected.map(|(w, t)| (w.to_string(), t)));
        // Outside sport the role's word names no team.
        let doc = DocContext::new("Brisko manager Lee Dunn approved the loan.");
        let mut spans = spans_in_order(&doc, &[(&["Brisko"], PER), (&["Lee", "Dunn"], PER)], 0.9);
        name_role_teams(&doc, &mut spans);
        assert_eq!(spans[0].label, PER);
    }
}

//! Floors under the names accuracy, measured as `factsift eval` does (exact span and type,
//! micro-averaged over person, place and organization), so a restructuring or a re-trained
//! model that loses accuracy fails here. The floors sit a little under the figures of the
//! shipped model (CoNLL-2003 dev: names F1 96.92, organization 94.71; WikiGold: 79.30,
//! organization 66.63; sample_gold: 100). Away from 1996 Reuters is where the names tagger
//! is weak, so WikiGold has a floor too: a change bought on CoNLL dev alone shows there. Those
//! files are measuring data beside the repository; their tests skip without them (and fail
//! under FACTSIFT_REQUIRE_SHARED=1). The project's own news probes are in the repository and
//! always run.

use factsift::{EntityType, Extractor};
use factsift_cli::eval::{Evaluation, GoldDocument};

const NAMES: [EntityType; 3] = [EntityType::Person, EntityType::Place, EntityType::Organization];

/// Names micro F1 (in percent) and per-type F1 of the default extractor on `docs`.
fn names_f1(docs: &[GoldDocument]) -> (f64, Vec<(EntityType, f64)>) {
    let extractor = Extractor::builder().types(NAMES).build().expect("valid types");
    let mut evaluation = Evaluation::new(&NAMES, 0);
    for doc in docs {
        evaluation.add(doc, extractor.extract(&doc.text).entities());
    }
    let f1 = |c: factsift_cli::eval::Counts| 100.0 * c.f1().unwrap_or(0.0);
    let per_type = NAMES.iter().map(|&t| (t, f1(evaluation.counts(t)))).collect();
    (f1(evaluation.micro(&NAMES)), per_type)
}

#[test]
fn conll_dev_names_f1_stays_above_its_floor() {
    let Some(conll) = factsift_dev::shared_data("conll2003/dev.txt") else { return };
    let docs = factsift_cli::conll::read_conll(conll.as_bytes()).expect("CoNLL dev reads");
    assert_eq!(docs.len(), 216);
    let (micro, per_type) = names_f1(&docs);
    println!("CoNLL dev names F1 {micro:.2} {per_type:?}");
    assert!(micro >= 96.8, "names F1 {micro:.2} fell under 96.8 ({per_type:?})");
    // Organization 87.5 -> 87.0 with the Wikipedia gazetteer and headlines kept out of document
    // memory, which gained 2 points on WikiGold and sample_gold (issue 10); 87.0 -> 88.5 with the
    // second round of resolution rules (organization 89.5); the third round (descriptions,
    // possessives in names, nicknamed teams, surnames): names 94.61, person 96.92, place 95.58,
    // organization 90.14; the fourth round (names split at "and", a sentence's "The", first
    // names after a possessive, subjects after "on", compass words, receipts): names 94.81,
    // person 96.97, place 95.58, organization 90.81; the fifth round (legal forms with their
    // period, sports statistics, town letters and headline teams, particles and bracketed first
    // names, ships, "Open", places over "upon"): names 95.32, person 97.32, place 95.74,
    // organization 92.00; the sixth round (hyphenated places after a preposition): names
    // 95.36, place 95.85; the seventh (party words before a name, bank holding companies):
    // names 95.39, person 97.35, organization 92.08; the eighth (papers, a company's leading
    // words, results tables, "X, based in", faith words): names 95.60, person 97.56,
    // organization 92.58; the ninth (lists of organizations, listed companies, analysts at a
    // firm, a known city after "in", papers before "newspaper", ministries' complements over
    // commas): names 95.68, place 95.93, organization 92.77; the tenth (kin words, sites,
    // full names after a lower-case title): names 95.79, person 97.72, place 96.07; the
    // eleventh (places before titles, airlines, an abbreviation's stop before a quote):
    // names 95.89, place 96.13, organization 93.07; the twelfth (line-ups, ships, results
    // tables' teams, legal forms after a comma, acronyms after "the", adjectives no list
    // knows): names 96.39, person 98.18, place 96.45, organization 93.87; the thirteenth
    // (quoted titles, places after "the town of", people inside an organization after a
    // title): names 96.50, person 98.34, place 96.50, organization 93.98; the fourteenth
    // (cities outside sports news, portfolios before a minister, things' acronyms, clubs'
    // nicknames and abbreviations, divisions, bodies of a place after "of"): names 96.58,
    // person 98.34, place 96.59, organization 94.16; the fifteenth (realms named by a place,
    // picked XIs, firms named by partners, names a sentence calls "he", given names beside
    // towns): names 96.67, person 98.37, place 96.72, organization 94.30; the sixteenth and
    // seventeenth (relatives after a possessive, share prices after a company, sites left out,
    // towns before a state or country, legal forms after a possessive, dotted initials,
    // offices after an acronym, armies): names 96.92, person 98.45, place 97.03, organization
    // 94.71; the eighteenth and nineteenth (a name split over "and" where the document names
    // each side, a capitals headline's cut person, papers before "newspapers"): names 96.99,
    // person 98.51, place 97.05, organization 94.86; the twentieth to twenty-second (prisons,
    // a country run into a holiday, lone kind words, quoted nicknames, bodies' last words after
    // a place's, outlets that publish): names 97.13, person 98.59, place 97.25, organization
    // 95.01.
    let floors =
        [(EntityType::Person, 98.3), (EntityType::Place, 96.9), (EntityType::Organization, 94.7)];
    for ((ty, f), (_, floor)) in per_type.iter().zip(floors) {
        assert!(*f >= floor, "{ty} F1 {f:.2} fell under {floor}");
    }
}

#[test]
fn wikigold_names_f1_stays_above_its_floor() {
    let Some(conll) = factsift_dev::shared_data("wikigold/wikigold.conll.txt") else { return };
    let docs = factsift_cli::conll::read_conll(conll.as_bytes()).expect("WikiGold reads");
    assert_eq!(docs.len(), 145);
    let (micro, per_type) = names_f1(&docs);
    println!("WikiGold names F1 {micro:.2} {per_type:?}");
    // Long names joined and events taken out of organizations (issue 10): 66.59 -> 67.05,
    // organization 47.01 -> 47.70; then known company words, battles and wars, organization
    // last words and publications' "The": 67.74, organization 49.45; then people's pieces
    // joined, forces' nationalities, streets and roads as places: 69.72, organization 51.43;
    // then organizations left out, possessive businesses and counties as places: 70.39,
    // organization 52.66; then what the text describes names ("the band X", "X is a village
    // in"), printed "The" and company names borne by people: 72.46, organization 55.05; then
    // stations' numbers ("Radio 1"): 72.50, organization 55.16; then the fifth round (sports
    // statistics, railways as places, stores named by a possessive, "bands like X", award
    // categories, company words after a name): 73.67, organization 57.27 (73.49 and 57.14
    // once the railway rule was reverted); then the sixth round (parks, hotels, "the League"
    // for a league named in full, streams, addresses, religions, relatives, "née"): 74.33,
    // organization 58.38 (74.19 and 58.10 once the hotel rule was reverted); then the seventh
    // round (venues, peoples, units' ordinals, old towns, empires, words of origin, quoted
    // works, record labels, open brackets, contests): 75.41, organization 59.41; then the
    // eighth (lists of organizations, listed companies, names in other languages' words for
    // a body, descriptions with "the" or a possessive, complements over commas): 75.80,
    // organization 60.12; then the ninth (halls of fame, owned bodies, councils, places
    // before titles): 76.12, organization 60.93; then the tenth (legal forms after a comma,
    // acronyms after "the", publications left out, towns before a state, model names):
    // 76.41, organization 61.60; then the eleventh (names inside quoted titles, "Born in",
    // leagues, numbered divisions, participles before a unit's number): 76.86, organization
    // 62.50; then the twelfth (an organization word alone before its complement, bodies of a
    // place after "of", cities' clubs, towns at an hour or after an address, divisions,
    // contests, cities outside sports news): 77.61, organization 63.93; then the thirteenth
    // (firms' and operators' words, units named after leaders, "born in", divisions, bands,
    // realms, regions by their English names, places after a title and "of"): 78.92,
    // organization 65.77; then the sixteenth and seventeenth (towns after a preposition, legal
    // forms after a possessive, units' ordinals, dotted initials, armies): 79.30,
    // organization 66.63; then the eighteenth and nineteenth (railways as routes, people
    // listed among people, clauses that call an organization "he", members' titles after a
    // party, war fronts, cities after "outside"): 80.34, organization 67.76; then the
    // twentieth to twenty-second (lone kind words, quoted nicknames, epithets, abbreviated
    // titles, natural features, bracketed glosses, rivers at a confluence, bodies' last
    // words, counties outside sport) and a month used as a date: 81.02, organization 68.37;
    // then the rules up to 2026-12-02 (bodies Wikipedia knows only as organizations, trade
    // news's sites, descriptions and carriers, headlines read against their body): 81.41,
    // organization 69.53.
    assert!(micro >= 81.0, "names F1 {micro:.2} fell under 81.0 ({per_type:?})");
    let org = per_type.iter().find(|(t, _)| *t == EntityType::Organization).map_or(0.0, |x| x.1);
    assert!(org >= 69.0, "organization F1 {org:.2} fell under 69.0");
}

#[test]
fn sample_gold_names_f1_stays_above_its_floor() {
    let Some(gold) = factsift_dev::shared_data("news/sample_gold.jsonl") else { return };
    let (docs, problems) = factsift_cli::eval::read_gold_jsonl(gold.as_bytes());
    assert!(problems.is_empty(), "{problems:?}");
    let (micro, per_type) = names_f1(&docs);
    println!("sample_gold names F1 {micro:.2} {per_type:?}");
    // Headline runs, programmes, universities and split names (issue 10): 94.55 -> 97.44;
    // "China-Russia" as no place again: 97.79; a site's name and a headline's country: 98.54;
    // a name a stray ellipsis broke, and a word spoken of as a word: 100. The floor stays
    // under that: two articles are few, and the last two rules are narrow.
    assert!(micro >= 97.0, "names F1 {micro:.2} fell under 97.0 ({per_type:?})");
}

/// The project's own news probes, in the repository (`tests/data/news_probes.jsonl`): 168 short
/// texts written by its sessions with hand gold in `factsift eval --gold` form (GUIDELINES'
/// conventions). 84 come from the first 2026-12-03 session: 36 of encyclopedic articles, trade
/// news from Central Asia, the Gulf, Africa and Latin America, and US, UK and Australian local
/// news, and 48 of company, political and technology news and news briefs under datelines. 42
/// come from the second: trade and diplomacy wire, business and markets news, and world news
/// (elections, courts, aid, floods, obituaries, sports, local news). 42 come from the third:
/// US newswire in the style of 1998, international wire of 2020, and encyclopedic articles on
/// organization-heavy subjects (bands, clubs, companies, regiments, railways). They are text
/// unlike 1996 Reuters, where the names tagger is weakest, and need nothing beside the
/// repository. Rules were found on them (so they measure regressions, not unseen text: 36 more
/// texts were kept out of the work and the repository to measure that).
#[test]
fn news_probes_names_f1_stays_above_its_floor() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/news_probes.jsonl");
    let gold = std::fs::read_to_string(path).expect("the probes are in the repository");
    let (docs, problems) = factsift_cli::eval::read_gold_jsonl(gold.as_bytes());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(docs.len(), 168);
    let (micro, per_type) = names_f1(&docs);
    println!("news probes names F1 {micro:.2} {per_type:?}");
    // The first 84: 88.6 before the first session's rules (c316845), 91.76 after them. The
    // first 126: 91.03 before the second session's rules (379f66c), 91.62 after them. All 168:
    // 90.97 before the third session's rules (64ae529), 91.37 after them; 91.86 after the
    // fourth's (person 94.21, place 93.86, organization 88.98).
    assert!(micro >= 91.5, "names F1 {micro:.2} fell under 91.5 ({per_type:?})");
    let floors =
        [(EntityType::Person, 93.8), (EntityType::Place, 93.5), (EntityType::Organization, 88.5)];
    for ((ty, f), (_, floor)) in per_type.iter().zip(floors) {
        assert!(*f >= floor, "{ty} F1 {f:.2} fell under {floor}");
    }
}

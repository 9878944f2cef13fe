//! The default names extractor on sentences written for these tests.

use factsift::{EntityType, Extractor, NameExtractor, PlaceKind, Recognizer};

fn names(text: &str) -> Vec<(String, EntityType)> {
    NameExtractor::default()
        .extract(text)
        .entities()
        .iter()
        .map(|e| (e.text.to_string(), e.entity_type()))
        .collect()
}

#[test]
fn person_with_title_is_found_without_the_title() {
    let text = "Deputy Foreign Minister Alibek Nurlanov told reporters in Almaty on Tuesday.";
    let doc = NameExtractor::default().extract(text);
    let (e, p) = doc.people().next().expect("a person");
    assert_eq!(e.text, "Alibek Nurlanov");
    assert_eq!(p.title.as_deref(), Some("Deputy Foreign Minister"));
    assert!(e.confidence > 0.0 && e.confidence <= 1.0);
    let (e, place) = doc.places().next().expect("a place");
    assert_eq!(e.text, "Almaty");
    assert_eq!(place.kind, Some(PlaceKind::City));
    assert_eq!(place.country.as_deref(), Some("KZ"));
}

#[test]
fn short_form_of_a_person_points_to_the_full_name() {
    let text = "Prime Minister Narendra Modi arrived in Berlin on Monday.\n\
                Modi said the trip would focus on trade.";
    let doc = NameExtractor::default().extract(text);
    let people: Vec<(&str, &str)> =
        doc.people().map(|(e, p)| (e.text.as_str(), p.canonical.as_str())).collect();
    assert_eq!(people, [("Narendra Modi", "Narendra Modi"), ("Modi", "Narendra Modi")]);
}

#[test]
fn acronym_in_parentheses_is_tied_to_its_expansion() {
    let text = "The report was published by the International Energy Agency (IEA) in Paris.\n\
                The IEA expects demand to grow.";
    let doc = NameExtractor::default().extract(text);
    let orgs: Vec<(&str, Option<&str>, &str)> = doc
        .organizations()
        .map(|(e, o)| (e.text.as_str(), o.acronym.as_deref(), o.canonical.as_str()))
        .collect();
    assert_eq!(
        orgs,
        [
            ("International Energy Agency", Some("IEA"), "International Energy Agency"),
            ("IEA", Some("IEA"), "International Energy Agency"),
            ("IEA", Some("IEA"), "International Energy Agency"),
        ]
    );
}

#[test]
fn possessives_and_leading_the_stay_outside_the_span() {
    let found = names("Germany’s exports rose, and France's did too, the Bundesbank said.");
    assert!(found.contains(&("Germany".to_string(), EntityType::Place)), "{found:?}");
    assert!(found.contains(&("France".to_string(), EntityType::Place)), "{found:?}");
    assert!(found.contains(&("Bundesbank".to_string(), EntityType::Organization)), "{found:?}");
}

#[test]
fn renamed_city_has_the_current_canonical_name() {
    let doc = NameExtractor::default().extract("The summit was held in Nur-Sultan last year.");
    let (e, place) = doc.places().next().expect("a place");
    assert_eq!(e.text, "Nur-Sultan");
    assert_eq!(place.canonical, "Astana");
}

#[test]
fn users_entries_are_found_and_the_tagger_decides_elsewhere() {
    let ex = Extractor::builder()
        .types([EntityType::Organization, EntityType::Place])
        .add_names(EntityType::Organization, ["blue steppe collective"])
        .build()
        .unwrap();
    let doc = ex.extract("Members of the Blue Steppe Collective marched through Moscow.");
    let found: Vec<(&str, EntityType)> =
        doc.entities().iter().map(|e| (e.text.as_str(), e.entity_type())).collect();
    assert_eq!(
        found,
        [("Blue Steppe Collective", EntityType::Organization), ("Moscow", EntityType::Place)]
    );
}

#[test]
fn headline_and_dateline_in_capitals() {
    let found = names("ASTANA — Kazakhstan and Uzbekistan agreed on Friday to expand rail links.");
    assert!(found.contains(&("ASTANA".to_string(), EntityType::Place)), "{found:?}");
    assert!(found.contains(&("Uzbekistan".to_string(), EntityType::Place)), "{found:?}");
}

#[test]
fn odd_inputs_never_panic_and_spans_slice_the_text() {
    let long_caps = "Abc Def ".repeat(5000);
    let no_spaces = "KazakhstanChinaRussia".repeat(2000);
    let inputs = [
        "",
        "\0\0\0",
        "A\u{301}\u{302}\u{303} B\u{301}",
        "’s ’s ’s",
        "( ) ( ) U.S.. Dr.",
        long_caps.as_str(),
        no_spaces.as_str(),
        "Smith (S) (",
        "The The The",
        "\u{feff}Anna\u{200b}Karenina\r\n\r\nLEO TOLSTOY",
    ];
    for text in inputs {
        let doc = NameExtractor::default().extract(text);
        for e in doc.entities() {
            assert_eq!(&text[e.byte_start..e.byte_end], e.text);
            assert!((0.0..=1.0).contains(&e.confidence));
        }
    }
}

#[test]
fn acronym_of_a_programme_is_not_an_organization() {
    let text = "Funds come from the Green Growth Programme (GGP) of the government.\n\
                Critics say GGP money arrives late.";
    let found = names(text);
    assert!(found.iter().all(|(t, _)| t != "GGP"), "{found:?}");
}

#[test]
fn later_surname_alone_is_the_same_person() {
    let text = "Kassym-Jomart Tokayev opened the session in the capital.\n\
                Lawmakers applauded when Tokayev finished.";
    let doc = NameExtractor::default().extract(text);
    let people: Vec<(&str, &str)> =
        doc.people().map(|(e, p)| (e.text.as_str(), p.canonical.as_str())).collect();
    assert_eq!(
        people,
        [("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("Tokayev", "Kassym-Jomart Tokayev")]
    );
}

#[test]
fn a_company_ending_a_sentence_with_its_abbreviation_stops_there() {
    let found = names("Orla Vint joined Velmor Holdings Inc. The firm grew in Orsk.");
    let org = found.iter().find(|(_, t)| *t == EntityType::Organization).expect("the company");
    assert_eq!(org.0, "Velmor Holdings Inc.");
}

#[test]
fn russia_is_a_country_with_its_code() {
    let doc = NameExtractor::default().extract("Trade between Kazakhstan and Russia grew.");
    let places: Vec<_> =
        doc.places().map(|(e, p)| (e.text.as_str(), p.country.as_deref())).collect();
    assert_eq!(places, [("Kazakhstan", Some("KZ")), ("Russia", Some("RU"))]);
}

#[test]
fn a_firm_the_text_describes_is_the_firm_at_its_other_mentions() {
    let found = names(
        "Prices were steady. Brussels-based Solvay said it would cut 600 jobs. The cuts at \
         Solvay follow a review.",
    );
    let firms = found.iter().filter(|(w, t)| w == "Solvay" && *t == EntityType::Organization);
    assert_eq!(firms.count(), 2, "{found:?}");
}

#[test]
fn an_institution_named_after_a_person_takes_its_complement() {
    let found = names(
        "Yaw Boateng, a soil scientist at Kwame Nkrumah University of Science and Technology in \
         Kumasi, said yields fell.",
    );
    let university = "Kwame Nkrumah University of Science and Technology".to_string();
    assert!(found.contains(&(university, EntityType::Organization)), "{found:?}");
    assert!(!found.iter().any(|(w, _)| w == "Science"), "{found:?}");
}

//! Train -> save -> load -> tag, on a small CoNLL corpus this test writes itself: the trainer's
//! path through the core (CoNLL reader, training, model file, loader, tagger) holds together.

use factsift::{EntityType, NameExtractor, NameLabel, Recognizer, TrainDoc, TrainOptions};

const PEOPLE: [(&str, &str); 4] =
    [("Tamsin", "Orvell"), ("Bekzat", "Nurali"), ("Ilse", "Varga"), ("Odo", "Brenner")];
const PLACES: [&str; 4] = ["Karvik", "Almaty", "Tessaly", "Bruhl"];
const ORGS: [(&str, &str); 3] = [("Qazaq", "Grain"), ("Vendrix", "Bank"), ("Lumo", "Radio")];

/// One CoNLL row per token: `word POS chunk NER`.
fn row(out: &mut String, word: &str, tag: &str) {
    out.push_str(&format!("{word} X X {tag}\n"));
}

/// Documents of invented sentences, in CoNLL-2003 form (IOB1, as the shared task writes it).
fn corpus() -> String {
    let mut out = String::new();
    for i in 0..60 {
        out.push_str("-DOCSTART- -X- -X- O\n\n");
        let (first, last) = PEOPLE[i % PEOPLE.len()];
        let place = PLACES[(i / 2) % PLACES.len()];
        let (org, kind) = ORGS[i % ORGS.len()];
        row(&mut out, first, "I-PER");
        row(&mut out, last, "I-PER");
        for w in ["arrived", "in"] {
            row(&mut out, w, "O");
        }
        row(&mut out, place, "I-LOC");
        for w in ["on", "Monday", ",", "officials", "at"] {
            row(&mut out, w, "O");
        }
        row(&mut out, org, "I-ORG");
        row(&mut out, kind, "I-ORG");
        for w in ["said", "."] {
            row(&mut out, w, "O");
        }
        out.push('\n');
        row(&mut out, last, "I-PER");
        for w in ["met", "farmers", "near"] {
            row(&mut out, w, "O");
        }
        row(&mut out, place, "I-LOC");
        row(&mut out, ".", "O");
        out.push('\n');
    }
    out
}

#[test]
fn a_model_trained_saved_and_loaded_tags_what_it_learned() {
    let docs = factsift::conll::read_conll(corpus().as_bytes()).expect("the corpus reads");
    assert_eq!(docs.len(), 60);
    assert_eq!(docs[0].text, "Tamsin Orvell arrived in Karvik on Monday, officials at Qazaq Grain said.\nOrvell met farmers near Karvik.");
    let labels: Vec<NameLabel> = docs[0].names.iter().map(|n| n.label).collect();
    use NameLabel::{Organization, Person, Place};
    assert_eq!(labels, [Person, Place, Organization, Person, Place]);
    let train: Vec<TrainDoc> = docs.into_iter().map(|d| TrainDoc::new(d.text, d.names)).collect();

    // The last ten documents are held out: the confidence the model reports is calibrated there.
    let (train, held_out) = train.split_at(50);
    let mut epochs_seen = Vec::new();
    let options =
        TrainOptions { epochs: 3, seed: 7, base: None, held_out, ..TrainOptions::default() };
    let trained = factsift::train(train, &options, |epoch, _| epochs_seen.push(epoch)).unwrap();
    assert_eq!(epochs_seen, [1, 2, 3]);
    assert_eq!(trained.missed, 0, "every gold name lies on token boundaries");
    let again = factsift::train(train, &options, |_, _| {}).unwrap();
    assert_eq!(again.model, trained.model, "training is reproducible");
    let bytes = trained.model;

    let path =
        std::env::temp_dir().join(format!("factsift-round-trip-{}.model", std::process::id()));
    std::fs::write(&path, &bytes).expect("model written");
    let loaded = std::fs::read(&path).expect("model read back");
    std::fs::remove_file(&path).ok();
    assert_eq!(loaded, bytes);
    let ex = NameExtractor::from_model_bytes(&loaded).expect("the saved model loads");

    let text = "Ilse Varga arrived in Tessaly on Monday, officials at Vendrix Bank said.";
    let doc = ex.extract(text);
    assert!(doc.entities().iter().all(|e| e.confidence > 0.0 && e.confidence <= 1.0));
    let found: Vec<(String, EntityType)> =
        doc.entities().iter().map(|e| (e.text.to_string(), e.entity_type())).collect();
    let expected = [
        ("Ilse Varga", EntityType::Person),
        ("Tessaly", EntityType::Place),
        ("Vendrix Bank", EntityType::Organization),
    ];
    assert_eq!(found, expected.map(|(t, ty)| (t.to_string(), ty)));

    // A truncated or foreign file is refused with a typed error, not a panic.
    assert_eq!(
        NameExtractor::from_model_bytes(&loaded[..loaded.len() - 1]).unwrap_err(),
        factsift::ModelError::Malformed
    );
}

/// Documents annotated for people only, though they name organizations too.
fn people_only(unlabeled: &[NameLabel]) -> Vec<TrainDoc> {
    let orgs = ["Vendrix Bank", "Qazaq Grain Corporation", "Lumo Radio Group"];
    (0..24)
        .map(|i| {
            let (first, last) = PEOPLE[i % PEOPLE.len()];
            let person = format!("{first} {last}");
            let text = format!("{person}, a spokeswoman for {}, said so.", orgs[i % orgs.len()]);
            let name = factsift::GoldName {
                byte_start: 0,
                byte_end: person.len(),
                label: NameLabel::Person,
            };
            TrainDoc { text, spans: vec![name], unlabeled: unlabeled.to_vec() }
        })
        .collect()
}

#[test]
fn documents_annotated_for_some_types_teach_nothing_about_the_others() {
    // The organization opens the sentence in two words, which the resolution rules leave to the
    // tagger (after "for" they would find "Vendrix Bank" by its last word, whatever the model).
    let text = "Vendrix Bank said so, Odo Brenner, a spokesman, told reporters.";
    let options = TrainOptions { epochs: 2, ..TrainOptions::default() };
    let orgs_found = |docs: &[TrainDoc]| {
        let trained = factsift::train(docs, &options, |_, _| {}).unwrap();
        let ex = NameExtractor::from_model_bytes(&trained.model).unwrap();
        let doc = ex.extract(text);
        assert!(doc.people().any(|(e, _)| e.text == "Odo Brenner"));
        doc.organizations().count()
    };
    let builtin = NameExtractor::default();
    assert_eq!(builtin.extract(text).organizations().count(), 1, "the built-in model finds it");
    let unlabeled = [NameLabel::Place, NameLabel::Organization];
    assert_eq!(orgs_found(&people_only(&unlabeled)), 1, "places and organizations left alone");
    assert_eq!(orgs_found(&people_only(&[])), 0, "read as fully annotated, it unlearns them");
}

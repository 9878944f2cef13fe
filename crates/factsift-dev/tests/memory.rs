//! The sizes every entity pays (a long text's memory is mostly its entities; the peak
//! resident size of one long input is checked in `peak_memory.rs`).

use std::mem::size_of;

use factsift::{Decimal, Entity, EntityKind, Money, Percentage, SmolStr};

#[test]
fn entities_stay_compact() {
    eprintln!(
        "Entity {} B, EntityKind {} B, Money {} B, Percentage {} B, Decimal {} B",
        size_of::<Entity>(),
        size_of::<EntityKind>(),
        size_of::<Money>(),
        size_of::<Percentage>(),
        size_of::<Decimal>()
    );
    assert!(size_of::<Decimal>() <= 24, "Decimal is {} bytes", size_of::<Decimal>());
    assert_eq!(size_of::<Option<Decimal>>(), size_of::<Decimal>(), "Decimal keeps a niche");
    // 224 bytes before the packed Decimal.
    assert!(size_of::<Entity>() <= 152, "Entity is {} bytes", size_of::<Entity>());
    assert_eq!(size_of::<Option<SmolStr>>(), size_of::<String>(), "strings keep a niche");
}

#[test]
fn short_strings_allocate_nothing_and_a_long_name_is_one_string() {
    // Each heap string cost about 32 bytes more per entity, most of a long text's memory.
    let article = include_str!("../../../examples/sample_article.txt");
    let text = format!("{article}\nThe Kazakhstan Institute for Strategic Studies met in Almaty.");
    let doc = factsift::Extractor::default().extract(&text);
    let mut strings = 0;
    let mut long_names = 0;
    for e in doc.entities() {
        let (name, others): (Option<&SmolStr>, Vec<&SmolStr>) = match &e.kind {
            EntityKind::Person(p) => {
                (Some(&p.name), [&p.canonical].into_iter().chain(&p.title).collect())
            }
            EntityKind::Place(p) => {
                (Some(&p.name), [&p.canonical].into_iter().chain(&p.country).collect())
            }
            EntityKind::Organization(o) => {
                (Some(&o.name), [&o.canonical].into_iter().chain(&o.acronym).collect())
            }
            _ => (None, Vec::new()),
        };
        for s in [&e.text].into_iter().chain(name).chain(others) {
            strings += 1;
            assert_eq!(s.is_heap_allocated(), s.len() > 23, "{s:?} of {:?}", e.text);
        }
        if let Some(name) = name.filter(|n| n.is_heap_allocated()) {
            long_names += 1;
            assert_eq!(name.as_ptr(), e.text.as_ptr(), "{name:?} is a second copy of the text");
        }
    }
    assert!(strings > 100 && long_names > 0, "{strings} strings, {long_names} long names");
}

#[test]
fn a_long_text_is_read_in_windows_with_exact_offsets() {
    let article = include_str!("../../../examples/sample_article.txt");
    let copies = (1_200_000 / article.len()) + 1;
    let text = article.repeat(copies);
    let extractor = factsift::Extractor::default();
    let doc = extractor.extract(&text);
    factsift_dev::check_document(&text, &doc).unwrap();
    let spans = |entities: &[&Entity], shift: usize| -> Vec<(usize, usize, factsift::EntityType)> {
        entities
            .iter()
            .map(|e| (e.byte_start - shift, e.byte_end - shift, e.entity_type()))
            .collect()
    };
    let copy = |at: usize| -> Vec<&Entity> {
        doc.entities()
            .iter()
            .filter(|e| e.byte_start >= at && e.byte_end <= at + article.len())
            .collect()
    };
    // The last copy lies in the third window, the hundredth in the middle of the first: the
    // names of both are found at the same places of their copy (document memory may still
    // tip a few types or spans), so later windows are read and their offsets shifted right.
    let (last, early) = (text.len() - article.len(), 100 * article.len());
    let (late, early) = (spans(&copy(last), last), spans(&copy(early), early));
    let shared = late.iter().filter(|s| early.contains(s)).count();
    assert!(shared * 10 >= early.len() * 9, "{shared} of {} spans shared", early.len());
}

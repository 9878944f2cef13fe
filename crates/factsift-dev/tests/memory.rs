//! The sizes every entity pays (a long text's memory is mostly its entities; the peak
//! resident size of one long input is checked in `peak_memory.rs`).

use std::mem::size_of;

use factsift::{Decimal, Entity, EntityKind, Money, Percentage};

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

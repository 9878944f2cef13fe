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
    assert!(size_of::<Entity>() <= 160, "Entity is {} bytes", size_of::<Entity>());
}

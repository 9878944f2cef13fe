//! What memory one long text costs: the sizes every entity pays, and the names stages'
//! windows (the peak resident size of the CLI on a long input is checked by
//! `tools/memory_limit.sh`, run by `make test`).

use std::mem::size_of;

use factsift::{Decimal, Entity, EntityKind, Extractor, Money, Percentage};

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
    assert!(size_of::<Entity>() <= 176, "Entity is {} bytes", size_of::<Entity>());
}

//! Fuzz target: `Extractor::extract` on arbitrary text never panics and keeps every invariant.
#![no_main]

use factsift::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|text: &str| {
    let extractor = EXTRACTOR.get_or_init(Extractor::default);
    let doc = extractor.extract(text);
    if let Err(why) = factsift_dev::check_document(text, &doc) {
        panic!("broken invariant: {why}");
    }
});

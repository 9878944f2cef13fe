//! # factsift
//!
//! Fast, dependable extraction of typed facts from English news text: **people, places,
//! organizations, money amounts and percentages**, each with exact byte and code-point
//! offsets and, for money and percentages, an exact normalized value.
//!
//! Everything it needs is embedded: [`Extractor::default()`] works offline, and no input
//! makes it panic.
//!
//! ```
//! use factsift::{EntityKind, Extractor};
//!
//! let text = "Orsk's grain exports climbed to $41 billion in 2021, a gain of 66%.";
//! let doc = Extractor::default().extract(text);
//! for entity in doc.entities() {
//!     // Offsets always slice the input back to the entity's text.
//!     assert_eq!(&text[entity.byte_start..entity.byte_end], entity.text);
//!     match &entity.kind {
//!         EntityKind::Money(m) => {
//!             assert_eq!(m.amount.to_string(), "41000000000");
//!             assert_eq!(m.currency.unwrap(), "USD");
//!         }
//!         EntityKind::Percentage(p) => assert_eq!(p.value.to_string(), "66"),
//!         _ => {}
//!     }
//! }
//! assert_eq!(doc.money().count(), 1);
//! assert_eq!(doc.percentages().count(), 1);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod amounts;
pub mod conll;
mod currency_code;
mod decimal;
mod document;
mod entity;
mod extractor;
mod hash;
mod names;
mod recognizer;
mod serialize;
pub mod text;

pub use amounts::{MoneyExtractor, PercentageExtractor};
pub use currency_code::{Currency, ParseCurrencyError};
pub use decimal::{Decimal, ParseDecimalError};
pub use document::Document;
pub use entity::{
    Entity, EntityKind, EntityType, Money, Organization, PercentKind, Percentage, Person, Place,
    PlaceKind, Qualifier, UnknownEntityType, UnknownLabel,
};
pub use extractor::{Extractor, ExtractorBuilder};
pub use names::{builtin_names_model, GoldName, ModelError, NameExtractor, NameLabel};
#[cfg(feature = "train")]
pub use names::{title_case_headlines, train, TrainDoc, TrainOptions, Trained, FULL_WEIGHT_TOKENS};
pub use recognizer::{ConfigError, Recognizer};
/// The string type of entities' text and names (see [`Entity`]), re-exported so callers need
/// not depend on `smol_str` to name it.
pub use smol_str::SmolStr;

/// The README's Rust examples, compiled and run as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeExamples;

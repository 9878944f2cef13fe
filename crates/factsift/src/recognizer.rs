//! [`Recognizer`]: what every per-type extractor implements, and [`ConfigError`], what can go
//! wrong when one is configured. Recognizers depend on this module, never on the
//! [`crate::Extractor`] that combines them.

use std::fmt;

use crate::document::Document;
use crate::entity::{Entity, EntityType};
use crate::names::model::ModelError;

/// One kind of extractor (money, percentages, names...), usable on its own.
///
/// ```
/// use factsift::{MoneyExtractor, Recognizer};
/// let doc = MoneyExtractor::default().extract("They paid €24 bn.");
/// assert_eq!(doc.entities()[0].text, "€24 bn");
/// ```
pub trait Recognizer: Send + Sync {
    /// The entity types this recognizer can produce. An [`Extractor`](crate::Extractor)
    /// filters a recognizer's output by its chosen types only when this list holds a type it
    /// was not asked for.
    fn entity_types(&self) -> &[EntityType];

    /// Appends the entities found in `text` to `out`, in any order, with byte offsets set
    /// (code-point offsets are filled in by [`Document::new`]).
    fn recognize(&self, text: &str, out: &mut Vec<Entity>);

    /// Finds the entities in `text` and returns them as a [`Document`].
    fn extract<'a>(&self, text: &'a str) -> Document<'a> {
        let mut entities = Vec::new();
        self.recognize(text, &mut entities);
        Document::new(text, entities)
    }
}

/// What went wrong when configuring an [`Extractor`](crate::Extractor) or a recognizer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// A currency code that is not an ISO 4217 code factsift knows.
    UnknownCurrency(String),
    /// A currency default for a sign or word factsift does not know as ambiguous (the keys
    /// are "$", "¥", "£", "rupee", "peso", "franc", "kr", ...: see the README), or an item
    /// of a currency-default list without `=`.
    UnknownCurrencyKey(String),
    /// No entity type was chosen.
    NoTypes,
    /// The names model given to the builder is damaged or was built for other features.
    Model(ModelError),
    /// The names model file could not be read (the path and the reason).
    ModelFile(String, String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::UnknownCurrency(c) => write!(f, "unknown ISO 4217 currency code {c:?}"),
            ConfigError::UnknownCurrencyKey(k) => write!(
                f,
                "{k:?} is no currency key (expected KEY=CODE with KEY one of $, ¥, £, rupee, \
                 peso, franc, kr, dinar, dirham, rial, riyal, shilling, manat, kwacha, leu, \
                 colon, guilder)"
            ),
            ConfigError::NoTypes => f.write_str("no entity type chosen"),
            ConfigError::Model(e) => write!(f, "names model: {e}"),
            ConfigError::ModelFile(path, e) => write!(f, "names model {path}: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

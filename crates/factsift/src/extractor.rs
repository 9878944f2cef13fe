//! [`Extractor`]: the entry point, built once and shared, and the [`Recognizer`] trait that
//! every per-type extractor implements.

use std::fmt;

use crate::amounts::{AmountRecognizer, MoneyExtractor, Wanted};
use crate::document::Document;
use crate::entity::{Entity, EntityType};
use crate::names::NameExtractor;

/// One kind of extractor (money, percentages, names...), usable on its own.
///
/// ```
/// use factsift::{MoneyExtractor, Recognizer};
/// let doc = MoneyExtractor::default().extract("They paid €24 bn.");
/// assert_eq!(doc.entities()[0].text, "€24 bn");
/// ```
pub trait Recognizer: Send + Sync {
    /// The entity types this recognizer can produce.
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

/// What went wrong when configuring an [`Extractor`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// A currency code that is not an ISO 4217 code factsift knows.
    UnknownCurrency(String),
    /// No entity type was chosen.
    NoTypes,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::UnknownCurrency(c) => write!(f, "unknown ISO 4217 currency code {c:?}"),
            ConfigError::NoTypes => f.write_str("no entity type chosen"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Finds all chosen entity types in a text. Built once, `Send + Sync`, cheap to share.
///
/// ```
/// use factsift::{EntityType, Extractor};
/// let extractor = Extractor::builder()
///     .types([EntityType::Money, EntityType::Percentage])
///     .build()
///     .unwrap();
/// let doc = extractor.extract("Bilateral trade reached a record $41 billion, up 66% year-on-year.");
/// let found: Vec<&str> = doc.entities().iter().map(|e| e.text.as_str()).collect();
/// assert_eq!(found, ["$41 billion", "66%"]);
/// ```
pub struct Extractor {
    types: Vec<EntityType>,
    recognizers: Vec<Box<dyn Recognizer>>,
}

impl Default for Extractor {
    /// All five entity types with default settings.
    fn default() -> Extractor {
        Extractor::builder().build().expect("the default configuration is valid")
    }
}

impl fmt::Debug for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extractor").field("types", &self.types).finish_non_exhaustive()
    }
}

impl Extractor {
    /// A builder to choose entity types and options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The entity types this extractor finds.
    pub fn types(&self) -> &[EntityType] {
        &self.types
    }

    /// Finds the entities in `text`, in text order. Never panics, whatever the input.
    pub fn extract<'a>(&self, text: &'a str) -> Document<'a> {
        let mut entities = Vec::new();
        for r in &self.recognizers {
            r.recognize(text, &mut entities);
        }
        entities.retain(|e| self.types.contains(&e.entity_type()));
        Document::new(text, entities)
    }
}

/// Configures an [`Extractor`]; start from [`Extractor::builder`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    types: Vec<EntityType>,
    dollar_currency: String,
    names: Vec<(EntityType, Vec<String>)>,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            types: EntityType::ALL.to_vec(),
            dollar_currency: "USD".to_string(),
            names: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Chooses which entity types to extract (all five by default).
    pub fn types(mut self, types: impl IntoIterator<Item = EntityType>) -> ExtractorBuilder {
        self.types = types.into_iter().collect();
        self.types.sort();
        self.types.dedup();
        self
    }

    /// The currency a bare "$" stands for (ISO 4217 code, "USD" by default).
    ///
    /// ```
    /// use factsift::Extractor;
    /// let ex = Extractor::builder().dollar_currency("CAD").build().unwrap();
    /// let doc = ex.extract("It cost $5.");
    /// assert_eq!(doc.money().next().unwrap().1.currency.unwrap(), "CAD");
    /// assert!(Extractor::builder().dollar_currency("XYZ").build().is_err());
    /// ```
    pub fn dollar_currency(mut self, code: &str) -> ExtractorBuilder {
        self.dollar_currency = code.to_string();
        self
    }

    /// Adds names the extractor must find as `ty` (person, place or organization), matched
    /// whole-token and case-insensitively; the tagger still decides everywhere else. Entries
    /// for other types are ignored.
    ///
    /// ```
    /// use factsift::{EntityType, Extractor};
    /// let ex = Extractor::builder()
    ///     .add_names(EntityType::Organization, ["Qazaq Green Fund", "Steppe Labs"])
    ///     .build()
    ///     .unwrap();
    /// let doc = ex.extract("Steppe Labs and the Qazaq Green Fund signed a deal.");
    /// let orgs: Vec<&str> = doc.organizations().map(|(e, _)| e.text.as_str()).collect();
    /// assert_eq!(orgs, ["Steppe Labs", "Qazaq Green Fund"]);
    /// ```
    pub fn add_names(
        mut self,
        ty: EntityType,
        names: impl IntoIterator<Item = impl AsRef<str>>,
    ) -> ExtractorBuilder {
        self.names.push((ty, names.into_iter().map(|n| n.as_ref().to_string()).collect()));
        self
    }

    /// Builds the extractor, checking the options.
    pub fn build(self) -> Result<Extractor, ConfigError> {
        if self.types.is_empty() {
            return Err(ConfigError::NoTypes);
        }
        let wants = |t: EntityType| self.types.contains(&t);
        let mut recognizers: Vec<Box<dyn Recognizer>> = Vec::new();
        // Money and percentages share one scan of the text.
        let money = MoneyExtractor::with_dollar_currency(&self.dollar_currency)?;
        let percent = wants(EntityType::Percentage);
        if wants(EntityType::Money) || percent {
            let dollar = wants(EntityType::Money).then(|| money.dollar_currency());
            recognizers.push(Box::new(AmountRecognizer(Wanted { dollar, percent })));
        }
        if [EntityType::Person, EntityType::Place, EntityType::Organization].into_iter().any(wants)
        {
            let mut names = NameExtractor::default();
            for (ty, list) in &self.names {
                names = names.with_names(*ty, list);
            }
            recognizers.push(Box::new(names));
        }
        Ok(Extractor { types: self.types, recognizers })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }

    #[test]
    fn rejects_empty_type_list() {
        assert_eq!(Extractor::builder().types([]).build().unwrap_err(), ConfigError::NoTypes);
    }
}

//! [`Extractor`]: the entry point, built once and shared, that runs the recognizers a
//! configuration asks for (see [`crate::recognizer`]).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use crate::amounts::{AmountRecognizer, MoneyExtractor, Wanted};
use crate::document::Document;
use crate::entity::EntityType;
use crate::names::NameExtractor;
use crate::recognizer::{ConfigError, Recognizer};

/// Finds all chosen entity types in a text. Built once, `Send + Sync`, cheap to share.
///
/// ```
/// use factsift::{EntityType, Extractor};
/// let extractor = Extractor::builder()
///     .types([EntityType::Money, EntityType::Percentage])
///     .build()
///     .unwrap();
/// let doc = extractor.extract("Grain exports climbed to $41 billion, a gain of 66%.");
/// let found: Vec<&str> = doc.entities().iter().map(|e| e.text.as_str()).collect();
/// assert_eq!(found, ["$41 billion", "66%"]);
/// ```
pub struct Extractor {
    types: Vec<EntityType>,
    recognizers: Vec<Box<dyn Recognizer>>,
    /// Whether some recognizer can produce a type that was not chosen (then the output is
    /// filtered).
    filter: bool,
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
        if self.filter {
            entities.retain(|e| self.types.contains(&e.entity_type()));
        }
        Document::new(text, entities)
    }
}

/// Configures an [`Extractor`]; start from [`Extractor::builder`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    types: Vec<EntityType>,
    /// `KEY=CODE` lists of currency defaults, applied in order.
    currency_defaults: Vec<String>,
    names: Vec<(EntityType, Vec<String>)>,
    names_model: Option<ModelSource>,
}

/// Where a names model other than the built-in one comes from.
#[derive(Clone)]
enum ModelSource {
    Bytes(Arc<[u8]>),
    File(PathBuf),
}

impl fmt::Debug for ModelSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelSource::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
            ModelSource::File(p) => f.debug_tuple("File").field(p).finish(),
        }
    }
}

impl ModelSource {
    /// The names extractor of this model.
    fn load(&self) -> Result<NameExtractor, ConfigError> {
        match self {
            ModelSource::Bytes(b) => NameExtractor::from_model_bytes(b).map_err(ConfigError::Model),
            ModelSource::File(p) => {
                let shown = p.display().to_string();
                let bytes =
                    std::fs::read(p).map_err(|e| ConfigError::ModelFile(shown, e.to_string()))?;
                NameExtractor::from_model_bytes(&bytes).map_err(ConfigError::Model)
            }
        }
    }
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            types: EntityType::ALL.to_vec(),
            currency_defaults: Vec::new(),
            names: Vec::new(),
            names_model: None,
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
    pub fn dollar_currency(self, code: &str) -> ExtractorBuilder {
        self.currency_default("$", code)
    }

    /// The currency an ambiguous sign or word stands for: `key` is "$" (also "dollars",
    /// "cents"), "¥", "£" (also "pounds"), "rupee" (also "Rs", "₨"), "peso", "franc", "kr",
    /// "dinar", "dirham", "rial", "riyal", "shilling", "manat", "kwacha", "leu", "colon" or
    /// "guilder"; `code` an ISO 4217 code. Built-in: "$" USD, "¥" JPY, "£" GBP, the others
    /// none. Unknown keys and codes make [`build`](Self::build) fail.
    ///
    /// ```
    /// use factsift::{ConfigError, EntityType, Extractor};
    /// let ex = Extractor::builder()
    ///     .types([EntityType::Money])
    ///     .currency_default("rupee", "INR")
    ///     .currency_default("¥", "CNY")
    ///     .build()
    ///     .unwrap();
    /// let doc = ex.extract("It cost Rs 20, or 500 rupees, or ¥30.");
    /// let codes: Vec<_> = doc.money().map(|(_, m)| m.currency.unwrap().to_string()).collect();
    /// assert_eq!(codes, ["INR", "INR", "CNY"]);
    /// let bad = Extractor::builder().currency_default("dinero", "EUR").build();
    /// assert_eq!(bad.unwrap_err(), ConfigError::UnknownCurrencyKey("dinero".into()));
    /// ```
    pub fn currency_default(mut self, key: &str, code: &str) -> ExtractorBuilder {
        self.currency_defaults.push(format!("{key}={code}"));
        self
    }

    /// Several currency defaults at once, as `KEY=CODE` items separated by commas
    /// (`"$=CAD, rupee=INR, ¥=CNY"`, as the CLI's `--currency-default` takes them).
    pub fn currency_defaults(mut self, spec: &str) -> ExtractorBuilder {
        self.currency_defaults.push(spec.to_string());
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

    /// Finds people, places and organizations with this names model file (written by
    /// `factsift train`) instead of the built-in one. A damaged file, or one built for other
    /// features, makes [`build`](Self::build) fail with [`ConfigError::Model`].
    ///
    /// ```
    /// use factsift::{ConfigError, Extractor, ModelError};
    /// let ex = Extractor::builder().names_model(factsift::builtin_names_model()).build();
    /// assert!(ex.is_ok());
    /// let err = Extractor::builder().names_model(b"FSNM").build().unwrap_err();
    /// assert_eq!(err, ConfigError::Model(ModelError::Malformed));
    /// ```
    pub fn names_model(mut self, bytes: impl AsRef<[u8]>) -> ExtractorBuilder {
        self.names_model = Some(ModelSource::Bytes(Arc::from(bytes.as_ref())));
        self
    }

    /// Like [`names_model`](Self::names_model), reading the model file at `path` when the
    /// extractor is built ([`ConfigError::ModelFile`] if it cannot be read).
    ///
    /// ```
    /// use factsift::{ConfigError, Extractor};
    /// let err = Extractor::builder().names_model_file("no/such.model").build().unwrap_err();
    /// assert!(matches!(err, ConfigError::ModelFile(..)));
    /// ```
    pub fn names_model_file(mut self, path: impl Into<PathBuf>) -> ExtractorBuilder {
        self.names_model = Some(ModelSource::File(path.into()));
        self
    }

    /// Builds the extractor, checking the options.
    pub fn build(self) -> Result<Extractor, ConfigError> {
        if self.types.is_empty() {
            return Err(ConfigError::NoTypes);
        }
        let wants = |t: EntityType| self.types.contains(&t);
        // A model given is checked even when no name type is chosen.
        let custom_names = self.names_model.as_ref().map(ModelSource::load).transpose()?;
        let mut recognizers: Vec<Box<dyn Recognizer>> = Vec::new();
        // Money and percentages share one scan of the text.
        let money = MoneyExtractor::with_currency_defaults(&self.currency_defaults.join(","))?;
        let percent = wants(EntityType::Percentage);
        if wants(EntityType::Money) || percent {
            let money = wants(EntityType::Money).then(|| money.defaults());
            recognizers.push(Box::new(AmountRecognizer(Wanted { money, percent })));
        }
        if [EntityType::Person, EntityType::Place, EntityType::Organization].into_iter().any(wants)
        {
            let mut names = custom_names.unwrap_or_default();
            for (ty, list) in &self.names {
                names = names.with_names(*ty, list);
            }
            recognizers.push(Box::new(names));
        }
        let filter =
            recognizers.iter().flat_map(|r| r.entity_types()).any(|t| !self.types.contains(t));
        Ok(Extractor { types: self.types, recognizers, filter })
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
    fn filters_only_the_recognizers_that_produce_unchosen_types() {
        let text = "Ajar Tansykbaeva of Steppe Labs paid $5 in Almaty, 3% more.";
        let all = Extractor::builder().types([EntityType::Person, EntityType::Money]);
        let ex = all.build().unwrap();
        assert!(ex.filter, "the names recognizer also finds places and organizations");
        let kinds: Vec<EntityType> =
            ex.extract(text).entities().iter().map(|e| e.entity_type()).collect();
        assert!(kinds.iter().all(|t| [EntityType::Person, EntityType::Money].contains(t)));
        assert!(kinds.contains(&EntityType::Money));
        let ex = Extractor::builder().types([EntityType::Money]).build().unwrap();
        assert!(!ex.filter, "the amount scan was built for money only");
        assert!(!Extractor::default().filter);
    }

    #[test]
    fn rejects_empty_type_list() {
        assert_eq!(Extractor::builder().types([]).build().unwrap_err(), ConfigError::NoTypes);
    }
}

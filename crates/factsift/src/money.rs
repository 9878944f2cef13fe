//! Money amounts. (Being built: see issue 2.)

use crate::entity::{Entity, EntityType};
use crate::extractor::{ConfigError, Recognizer};

/// Finds money amounts.
#[derive(Debug, Clone, Default)]
pub struct MoneyExtractor {}

impl MoneyExtractor {
    /// A money extractor where "$" means `code`.
    pub fn with_dollar_currency(code: &str) -> Result<MoneyExtractor, ConfigError> {
        let _ = code;
        Ok(MoneyExtractor {})
    }
}

impl Recognizer for MoneyExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Money]
    }

    fn recognize(&self, _text: &str, _out: &mut Vec<Entity>) {}
}

//! Percentages. (Being built: see issue 2.)

use crate::entity::{Entity, EntityType};
use crate::extractor::Recognizer;

/// Finds percentages.
#[derive(Debug, Clone, Default)]
pub struct PercentageExtractor {}

impl Recognizer for PercentageExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Percentage]
    }

    fn recognize(&self, _text: &str, _out: &mut Vec<Entity>) {}
}

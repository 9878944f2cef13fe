//! People, places and organizations. (Being built: see issue 3.)

use crate::entity::{Entity, EntityType};
use crate::extractor::Recognizer;

/// Finds names of people, places and organizations.
#[derive(Debug, Clone, Default)]
pub struct NameExtractor {}

impl Recognizer for NameExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Person, EntityType::Place, EntityType::Organization]
    }

    fn recognize(&self, _text: &str, _out: &mut Vec<Entity>) {}
}

//! Percentages, percentage points and basis points. The grammar itself lives in the shared
//! amount scanner.

use crate::amount::{self, Wanted};
use crate::entity::{Entity, EntityType};
use crate::recognizer::Recognizer;

/// Finds percentages: "15.5%", "80 percent", "53.5 per cent", "40 pct", "five percent",
/// ranges ("10-15%", "between 10% and 15%"), and changes in percentage points or basis points,
/// which get their own [`PercentKind`](crate::PercentKind) and are never plain percentages.
///
/// ```
/// use factsift::{PercentKind, PercentageExtractor, Recognizer};
///
/// let doc = PercentageExtractor::default()
///     .extract("Inflation fell to 8.5 per cent, down 1.5 percentage points; rates rose 50bps.");
/// let found: Vec<_> = doc.percentages().map(|(e, p)| (e.text.as_str(), p.value.to_string(), p.kind)).collect();
/// assert_eq!(
///     found,
///     [
///         ("8.5 per cent", "8.5".to_string(), PercentKind::Percent),
///         ("1.5 percentage points", "1.5".to_string(), PercentKind::PercentagePoints),
///         ("50bps", "50".to_string(), PercentKind::BasisPoints),
///     ]
/// );
/// ```
#[derive(Debug, Clone, Default)]
pub struct PercentageExtractor {}

impl Recognizer for PercentageExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Percentage]
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        amount::scan(text, Wanted { dollar: None, percent: true }, out);
    }
}

//! Money amounts and percentages: the amount stage of the pipeline.
//!
//! ```text
//! text ──> cursor (characters, words and gaps around a byte offset)
//!      ──> scan (candidates: digits and number words; one grammar around each)
//!            ├─ numeral   digits with separators, scale words, spelled-out numbers
//!            ├─ currency  ISO codes, names, signs (the generated currency_table)
//!            ├─ money     currencies before and after the number, cents
//!            ├─ percent   "%", "percent", percentage points, basis points
//!            └─ qualifier "about", "more than", kept outside the span
//!      ──> entities (money, percentage)
//! ```
//!
//! [`MoneyExtractor`] and [`PercentageExtractor`] run the scan for one type each;
//! [`AmountRecognizer`] runs it once for both, as [`crate::Extractor`] does.

mod currency;
mod cursor;
mod money;
mod numeral;
mod percent;
mod qualifier;
mod scan;

pub(crate) use currency::Defaults;
pub use currency::{Currency, ParseCurrencyError};
pub use money::MoneyExtractor;
pub use percent::PercentageExtractor;

use crate::entity::{Entity, EntityType};

/// What one scan looks for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Wanted {
    /// Money, with the currency each ambiguous sign or word stands for.
    pub money: Option<Defaults>,
    /// Percentages (and percentage points, basis points).
    pub percent: bool,
}

/// Money and percentages in one scan (what [`crate::Extractor`] uses when it wants both).
#[derive(Debug, Clone, Copy)]
pub(crate) struct AmountRecognizer(pub Wanted);

impl crate::recognizer::Recognizer for AmountRecognizer {
    fn entity_types(&self) -> &[EntityType] {
        match (self.0.money.is_some(), self.0.percent) {
            (true, true) => &[EntityType::Money, EntityType::Percentage],
            (true, false) => &[EntityType::Money],
            (false, _) => &[EntityType::Percentage],
        }
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        scan::scan(text, self.0, out);
    }
}

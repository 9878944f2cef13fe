//! Money amounts and percentages: the amount stage of the pipeline.
//!
//! ```text
//! text ──> cursor (characters, words and gaps around a byte offset)
//!      ──> scan (candidates: digits and number words; one grammar around each)
//!            ├─ numeral   digits with separators, scale words, spelled-out numbers
//!            ├─ currency  ISO codes, names, signs (the generated currency_table)
//!            ├─ side      one side of an amount, the units around it (shared types)
//!            ├─ money     currencies before and after the number, cents
//!            ├─ percent   "%", "percent", percentage points, basis points
//!            └─ qualifier "about", "more than", kept outside the span
//!      ──> recognizers (money, percentage, both in one scan)
//! ```
//!
//! [`MoneyExtractor`] and [`PercentageExtractor`] run the scan for one type each;
//! `AmountRecognizer` runs it once for both, as [`crate::Extractor`] does. The currency code
//! type itself ([`crate::Currency`]) lives outside the stage, in `currency_code`.

mod currency;
mod cursor;
mod money;
mod numeral;
mod percent;
mod qualifier;
mod recognizers;
mod scan;
mod side;

pub(crate) use recognizers::AmountRecognizer;
pub use recognizers::{MoneyExtractor, PercentageExtractor};
pub(crate) use side::Wanted;

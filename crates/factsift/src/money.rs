//! Money amounts: currency before or after the number, scale words, spelled-out numbers,
//! sub-units, ranges and qualifiers. The grammar itself lives in the shared amount scanner.

use crate::amount::{self, Wanted};
use crate::currency;
use crate::entity::{Entity, EntityType};
use crate::recognizer::{ConfigError, Recognizer};

/// Finds money amounts.
///
/// The span covers the currency (sign, code or name), the number and its scale word;
/// qualifiers ("about", "more than") stay outside the span and are kept as data. The amount
/// is exact, in whole currency units, and the currency is an ISO 4217 code where the text
/// determines one. A bare "$" (and "dollars", "cents") means USD unless configured.
///
/// ```
/// use factsift::{MoneyExtractor, Qualifier, Recognizer};
///
/// let doc = MoneyExtractor::default().extract("Exports of about $5-10 million and 1.5 trillion tenge.");
/// let found: Vec<_> = doc.money().collect();
/// assert_eq!(found[0].0.text, "$5-10 million");
/// assert_eq!(found[0].1.min.unwrap().to_string(), "5000000");
/// assert_eq!(found[0].1.max.unwrap().to_string(), "10000000");
/// assert_eq!(found[0].1.qualifier, Some(Qualifier::Approximately));
/// assert_eq!(found[1].1.amount.to_string(), "1500000000000");
/// assert_eq!(found[1].1.currency, Some("KZT"));
/// ```
#[derive(Debug, Clone)]
pub struct MoneyExtractor {
    dollar: &'static str,
}

impl Default for MoneyExtractor {
    /// "$" means USD.
    fn default() -> MoneyExtractor {
        MoneyExtractor { dollar: "USD" }
    }
}

impl MoneyExtractor {
    /// A money extractor where a bare "$" (and "dollars", "cents") means `code`, an ISO 4217
    /// code in any case.
    ///
    /// ```
    /// use factsift::{ConfigError, MoneyExtractor, Recognizer};
    /// let cad = MoneyExtractor::with_dollar_currency("cad").unwrap();
    /// assert_eq!(cad.extract("It costs $20.").money().next().unwrap().1.currency, Some("CAD"));
    /// // Prefixed dollars keep their own currency.
    /// assert_eq!(cad.extract("It costs US$20.").money().next().unwrap().1.currency, Some("USD"));
    /// assert_eq!(
    ///     MoneyExtractor::with_dollar_currency("XYZ").unwrap_err(),
    ///     ConfigError::UnknownCurrency("XYZ".to_string())
    /// );
    /// ```
    pub fn with_dollar_currency(code: &str) -> Result<MoneyExtractor, ConfigError> {
        let dollar = currency::iso_code(code.trim())
            .ok_or_else(|| ConfigError::UnknownCurrency(code.to_string()))?;
        Ok(MoneyExtractor { dollar })
    }

    /// The ISO 4217 code a bare "$" stands for.
    pub fn dollar_currency(&self) -> &'static str {
        self.dollar
    }
}

impl Recognizer for MoneyExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Money]
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        amount::scan(text, Wanted { dollar: Some(self.dollar), percent: false }, out);
    }
}

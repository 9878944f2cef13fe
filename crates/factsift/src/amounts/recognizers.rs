//! The amount stage's recognizers: [`MoneyExtractor`] and [`PercentageExtractor`] run the
//! scan for one type each, [`AmountRecognizer`] runs it once for both.

use super::currency::{Defaults, Family};
use super::scan::scan;
use super::side::Wanted;
use crate::currency_code::Currency;
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
/// assert_eq!(found[1].1.currency.unwrap(), "KZT");
/// ```
#[derive(Debug, Clone, Default)]
pub struct MoneyExtractor {
    defaults: Defaults,
}

impl MoneyExtractor {
    /// A money extractor where a bare "$" (and "dollars", "cents") means `code`, an ISO 4217
    /// code in any case.
    ///
    /// ```
    /// use factsift::{ConfigError, MoneyExtractor, Recognizer};
    /// let cad = MoneyExtractor::with_dollar_currency("cad").unwrap();
    /// assert_eq!(cad.extract("It costs $20.").money().next().unwrap().1.currency.unwrap(), "CAD");
    /// // Prefixed dollars keep their own currency.
    /// assert_eq!(cad.extract("It costs US$20.").money().next().unwrap().1.currency.unwrap(), "USD");
    /// assert_eq!(
    ///     MoneyExtractor::with_dollar_currency("XYZ").unwrap_err(),
    ///     ConfigError::UnknownCurrency("XYZ".to_string())
    /// );
    /// ```
    pub fn with_dollar_currency(code: &str) -> Result<MoneyExtractor, ConfigError> {
        MoneyExtractor::with_currency_defaults(&format!("$={code}"))
    }

    /// A money extractor with the currencies ambiguous signs and words stand for, as
    /// `KEY=CODE` items separated by commas (`"$=CAD, rupee=INR, ¥=CNY"`); the keys not given
    /// keep their built-in default (see the README's table). Unknown keys and codes are
    /// errors.
    ///
    /// ```
    /// use factsift::{ConfigError, MoneyExtractor, Recognizer};
    /// let indian = MoneyExtractor::with_currency_defaults("rupee=INR").unwrap();
    /// let doc = indian.extract("Rs 20 and 5 lakh rupees; $3.");
    /// let codes: Vec<_> = doc.money().map(|(_, m)| m.currency.unwrap().to_string()).collect();
    /// assert_eq!(codes, ["INR", "INR", "USD"]);
    /// assert_eq!(
    ///     MoneyExtractor::with_currency_defaults("dinero=EUR").unwrap_err(),
    ///     ConfigError::UnknownCurrencyKey("dinero".to_string())
    /// );
    /// ```
    pub fn with_currency_defaults(spec: &str) -> Result<MoneyExtractor, ConfigError> {
        let mut defaults = Defaults::default();
        defaults.set_all(spec)?;
        Ok(MoneyExtractor { defaults })
    }

    /// The ISO 4217 code a bare "$" stands for.
    pub fn dollar_currency(&self) -> Currency {
        self.defaults.get(Family::Dollar).unwrap_or(Currency::of("USD"))
    }

    /// The currency defaults the scan uses.
    pub(crate) fn defaults(&self) -> Defaults {
        self.defaults
    }
}

impl Recognizer for MoneyExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Money]
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        scan(text, Wanted { money: Some(self.defaults), percent: false }, out);
    }
}

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
        scan(text, Wanted { money: None, percent: true }, out);
    }
}

/// Money and percentages in one scan (what [`crate::Extractor`] uses when it wants both).
#[derive(Debug, Clone, Copy)]
pub(crate) struct AmountRecognizer(pub Wanted);

impl Recognizer for AmountRecognizer {
    fn entity_types(&self) -> &[EntityType] {
        match (self.0.money.is_some(), self.0.percent) {
            (true, true) => &[EntityType::Money, EntityType::Percentage],
            (true, false) => &[EntityType::Money],
            (false, _) => &[EntityType::Percentage],
        }
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        scan(text, self.0, out);
    }
}

//! The currency code type: an ISO 4217 code as a small `Copy` value. A leaf module, so the
//! entity types can name a currency without depending on the amount stage that finds them.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// An ISO 4217 currency code ("USD", "EUR", "KZT"): three upper-case ASCII letters, small
/// and `Copy`. It prints, compares with a `&str` and serializes as the code itself.
///
/// ```
/// use factsift::Currency;
/// let eur: Currency = "eur".parse().unwrap();
/// assert_eq!(eur.as_str(), "EUR");
/// assert_eq!(eur, "EUR");
/// assert_eq!(eur.to_string(), "EUR");
/// assert_eq!(serde_json::to_string(&eur).unwrap(), "\"EUR\"");
/// assert!("EURO".parse::<Currency>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The code of a table entry (three upper-case ASCII letters, checked by a test).
    pub(crate) const fn of(code: &str) -> Currency {
        let b = code.as_bytes();
        Currency([b[0], b[1], b[2]])
    }

    /// The three-letter code.
    pub fn as_str(&self) -> &str {
        // Always three ASCII letters: made only by `of` (from the tables) and `from_str`.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

/// Why a string is not a currency code: it must be three ASCII letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCurrencyError;

impl fmt::Display for ParseCurrencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a currency code is three ASCII letters")
    }
}

impl std::error::Error for ParseCurrencyError {}

impl FromStr for Currency {
    type Err = ParseCurrencyError;

    /// Three ASCII letters in any case, kept upper-cased. Whether the code is a current
    /// ISO 4217 currency is not checked here (configuration checks it).
    fn from_str(s: &str) -> Result<Currency, ParseCurrencyError> {
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(ParseCurrencyError),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Currency {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Currency {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Serialized as the code string (`"USD"`).
impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

//! Percentages, percentage points and basis points: [`PercentageExtractor`], and the units
//! the shared scanner ([`super::scan`]) reads after a numeral ("%", "per cent", "bps").

use super::cursor::{char_at, char_before, is_any, next_word, prev_word, word_at, word_before};
use super::scan::{scan, After, Kind, Scanner};
use super::Wanted;
use crate::entity::{Entity, EntityKind, EntityType, PercentKind, Percentage};
use crate::recognizer::Recognizer;
use crate::Decimal;

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

impl Scanner<'_> {
    pub(super) fn emit_pct(&self, start: usize, end: usize, p: Percentage) -> Option<Entity> {
        if !self.wanted.percent {
            return None;
        }
        Entity::new(self.text, start, end, 1.0, EntityKind::Percentage(p))
    }
}

/// A percentage unit of `kind` ending at `end`.
fn pct(kind: PercentKind, end: usize) -> After {
    After { kind: Kind::Pct(kind), end, power: 0, code_like: false, before_number: false }
}

/// A percentage unit after a numeral: "%", "percent", "per cent", "percentage points",
/// "basis points", "pct", "bps"; `at` is past the gap or hyphen after the numeral.
pub(super) fn unit_after(t: &str, at: usize, hyphen: bool, digits: bool) -> Option<After> {
    if !hyphen && matches!(char_at(t, at), Some('%' | '％')) {
        let e = at + char_at(t, at).map_or(1, char::len_utf8);
        if char_at(t, e).is_some_and(char::is_alphanumeric) {
            return None; // "%2D": URL encoding
        }
        return Some(pct(PercentKind::Percent, e));
    }
    let w1e = word_at(t, at)?;
    let w1 = &t[at..w1e];
    let second = |from: usize| next_word(t, from).map(|w| (w.word, w.end));
    if is_any(w1, &["percent", "percents", "pct", "pc"]) {
        if w1.eq_ignore_ascii_case("pc") && !digits {
            return None;
        }
        return Some(pct(PercentKind::Percent, w1e));
    }
    if w1.eq_ignore_ascii_case("per") {
        return match second(w1e) {
            Some((w, e)) if w.eq_ignore_ascii_case("cent") => Some(pct(PercentKind::Percent, e)),
            _ => None,
        };
    }
    if w1.eq_ignore_ascii_case("percentage") {
        return Some(match second(w1e) {
            Some((w, e)) if is_any(w, &["point", "points"]) => {
                pct(PercentKind::PercentagePoints, e)
            }
            _ => pct(PercentKind::Percent, w1e),
        });
    }
    if w1.eq_ignore_ascii_case("basis") {
        return match second(w1e) {
            Some((w, e)) if is_any(w, &["point", "points"]) => {
                Some(pct(PercentKind::BasisPoints, e))
            }
            _ => None,
        };
    }
    glued(w1, w1e)
}

/// A percentage unit written as an abbreviation, glued to digits or not: "pct", "pp", "bps".
pub(super) fn glued(w: &str, end: usize) -> Option<After> {
    if is_any(w, &["pct"]) {
        return Some(pct(PercentKind::Percent, end));
    }
    if is_any(w, &["pp", "ppt", "ppts"]) {
        return Some(pct(PercentKind::PercentagePoints, end));
    }
    if is_any(w, &["bp", "bps", "bpts"]) {
        return Some(pct(PercentKind::BasisPoints, end));
    }
    None
}

/// A fraction and "of" standing before a percentage ("one-tenth of", "a quarter of",
/// "three quarters of", "half of"): where the fraction starts and its exact value. Only
/// fractions with an exact decimal value (halves, quarters, fifths, tenths) count.
pub(super) fn fraction_before(t: &str, start: usize, floor: usize) -> Option<(usize, Decimal)> {
    let (of_start, _) = prev_word(t, start).filter(|&(s, e)| is_any(&t[s..e], &["of"]))?;
    let (ds, de) = prev_word(t, of_start)?;
    let denominator = &t[ds..de];
    let unit: Decimal = match denominator.to_ascii_lowercase().as_str() {
        "half" => "0.5",
        "quarter" | "quarters" => "0.25",
        "fifth" | "fifths" => "0.2",
        "tenth" | "tenths" => "0.1",
        _ => return None,
    }
    .parse()
    .ok()?;
    // The numerator: "one-tenth", "a tenth", "three quarters"; "half" may stand alone.
    let numerator = if char_before(t, ds) == Some('-') {
        word_before(t, ds - 1).map(|s| (s, ds - 1))
    } else {
        prev_word(t, ds)
    };
    const COUNTS: [&str; 10] =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    let count = numerator.and_then(|(s, e)| {
        let w = &t[s..e];
        let i = COUNTS.iter().position(|c| w.eq_ignore_ascii_case(c))?;
        Some((s, i.max(1)))
    });
    let plural = denominator.ends_with(['s', 'S']);
    let (fs, n) = match count {
        Some((s, n)) if (n > 1) == plural => (s, n),
        None if denominator.eq_ignore_ascii_case("half") => (ds, 1),
        _ => return None,
    };
    let value = unit.checked_mul(Decimal::from(n as i64))?;
    (fs >= floor && value < Decimal::from(1)).then_some((fs, value))
}

//! Exact decimal numbers for money amounts and percentages.
//!
//! No binary floating point is used anywhere on the path from text to value: a [`Decimal`]
//! is an integer mantissa and a count of digits after the decimal point.

use std::cmp::Ordering;
use std::fmt;
use std::num::NonZeroU8;
use std::str::FromStr;

/// The largest number of digits after the decimal point a [`Decimal`] keeps.
const MAX_SCALE: u32 = 28;

/// An exact decimal number: `mantissa / 10^scale`, always kept in lowest terms
/// (no trailing zeros after the point), so equal values compare and print equal.
///
/// `Display` and `FromStr` round-trip exactly. With serde it serializes as a number: an
/// integer with its exact digits; a number with a fraction with its exact digits under this
/// crate's `arbitrary-precision` feature (which turns on serde_json's feature of that name),
/// otherwise as the nearest `f64` (see [`Decimal::to_f64`]).
///
/// ```
/// use factsift::Decimal;
/// let d: Decimal = "30.05".parse().unwrap();
/// let billion = Decimal::from(1_000_000_000i64);
/// assert_eq!(d.checked_mul(billion).unwrap().to_string(), "30050000000");
/// assert_eq!("1.50".parse::<Decimal>().unwrap().to_string(), "1.5");
/// assert_eq!(serde_json::to_string(&d).unwrap(), "30.05");
/// ```
// Packed to 8-byte alignment, with the scale stored plus one so `Option<Decimal>` needs no
// tag: 24 bytes for either instead of 32 and 48, which every entity's payload pays.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(C, packed(8))]
pub struct Decimal {
    mantissa: i128,
    scale_plus_one: NonZeroU8,
}

/// Why a string could not be read as a [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a decimal number (or too large to hold exactly)")
    }
}

impl std::error::Error for ParseDecimalError {}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal::raw(0, 0);

    /// `mantissa / 10^scale`, reduced to lowest terms. `None` if more than 28 digits remain
    /// after the decimal point.
    ///
    /// ```
    /// use factsift::Decimal;
    /// assert_eq!(Decimal::new(155, 1).unwrap().to_string(), "15.5");
    /// assert_eq!(Decimal::new(1000, 30).unwrap().to_string(), "0.000000000000000000000000001");
    /// assert!(Decimal::new(1, 29).is_none());
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        let (mantissa, scale) = reduced(mantissa, scale);
        (scale <= MAX_SCALE).then(|| Decimal::raw(mantissa, scale))
    }

    /// The integer mantissa (the value times `10^scale`).
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// How many digits stand after the decimal point.
    pub fn scale(&self) -> u32 {
        u32::from(self.scale_plus_one.get() - 1)
    }

    /// `mantissa / 10^scale` as given; `scale` is at most [`MAX_SCALE`].
    const fn raw(mantissa: i128, scale: u32) -> Decimal {
        Decimal { mantissa, scale_plus_one: NonZeroU8::MIN.saturating_add(scale as u8) }
    }

    /// The nearest `f64` (correctly rounded; exact for integers up to 2^53, and every decimal
    /// of up to 15 significant digits prints back as itself).
    ///
    /// ```
    /// use factsift::Decimal;
    /// assert_eq!("15.5".parse::<Decimal>().unwrap().to_f64(), 15.5);
    /// assert_eq!("0.1".parse::<Decimal>().unwrap().to_f64(), 0.1);
    /// assert_eq!(Decimal::from(41_000_000_000i64).to_f64(), 41e9);
    /// ```
    pub fn to_f64(&self) -> f64 {
        // Rust's float parser rounds correctly; a decimal's digits always parse.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    fn normalized(self) -> Decimal {
        let (mantissa, scale) = reduced(self.mantissa, self.scale());
        Decimal::raw(mantissa, scale)
    }

    /// Brings both numbers to one scale; `None` on overflow.
    fn aligned(self, other: Decimal) -> Option<(i128, i128, u32)> {
        let scale = self.scale().max(other.scale());
        let a = self.mantissa.checked_mul(10i128.checked_pow(scale - self.scale())?)?;
        let b = other.mantissa.checked_mul(10i128.checked_pow(scale - other.scale())?)?;
        Some((a, b, scale))
    }

    /// Exact product, or `None` if it cannot be held exactly.
    ///
    /// ```
    /// use factsift::Decimal;
    /// let a: Decimal = "1.5".parse().unwrap();
    /// assert_eq!(a.checked_mul("0.01".parse().unwrap()).unwrap().to_string(), "0.015");
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let mut mantissa = self.mantissa.checked_mul(other.mantissa)?;
        let mut scale = self.scale() + other.scale();
        while scale > MAX_SCALE {
            if mantissa % 10 != 0 {
                return None;
            }
            mantissa /= 10;
            scale -= 1;
        }
        Some(Decimal::raw(mantissa, scale).normalized())
    }

    /// Exact sum, or `None` on overflow.
    ///
    /// ```
    /// use factsift::Decimal;
    /// let a: Decimal = "0.5".parse().unwrap();
    /// assert_eq!(a.checked_add(Decimal::from(2i64)).unwrap().to_string(), "2.5");
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let (a, b, scale) = self.aligned(other)?;
        Some(Decimal::raw(a.checked_add(b)?, scale).normalized())
    }

    /// Multiplies by `10^exp` (a negative `exp` divides); `None` if it cannot be held exactly.
    ///
    /// ```
    /// use factsift::Decimal;
    /// assert_eq!(Decimal::from(41i64).checked_shift(9).unwrap().to_string(), "41000000000");
    /// assert_eq!(Decimal::from(5i64).checked_shift(-2).unwrap().to_string(), "0.05");
    /// ```
    pub fn checked_shift(self, exp: i32) -> Option<Decimal> {
        if self.mantissa == 0 {
            return Some(Decimal::ZERO);
        }
        if exp >= 0 {
            let exp = exp as u32;
            if self.scale() >= exp {
                return Some(Decimal::raw(self.mantissa, self.scale() - exp));
            }
            let m = self.mantissa.checked_mul(10i128.checked_pow(exp - self.scale())?)?;
            Some(Decimal::raw(m, 0))
        } else {
            let scale = self.scale().checked_add(exp.unsigned_abs())?;
            Decimal::new(self.mantissa, scale)
        }
    }
}

/// `mantissa / 10^scale` in lowest terms (no trailing zeros after the point). A mantissa that
/// fits 64 bits (every amount news writes) is divided as one: 128-bit division is a call.
fn reduced(mantissa: i128, scale: u32) -> (i128, u32) {
    if mantissa == 0 {
        return (0, 0);
    }
    match i64::try_from(mantissa) {
        Ok(m) => {
            let (m, scale) = strip_zeros(m, scale);
            (i128::from(m), scale)
        }
        Err(_) => strip_zeros(mantissa, scale),
    }
}

/// `mantissa` and `scale` less the mantissa's trailing zeros, while the scale lasts.
fn strip_zeros<T>(mut mantissa: T, mut scale: u32) -> (T, u32)
where
    T: Copy + PartialEq + From<i8> + std::ops::Rem<Output = T> + std::ops::Div<Output = T>,
{
    let (zero, ten) = (T::from(0), T::from(10));
    while scale > 0 && mantissa % ten == zero {
        mantissa = mantissa / ten;
        scale -= 1;
    }
    (mantissa, scale)
}

impl From<i64> for Decimal {
    fn from(v: i64) -> Decimal {
        Decimal::raw(v as i128, 0)
    }
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Reads `-?digits(.digits)?` (no separators, no exponent).
    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
            return Err(ParseDecimalError);
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() as u32 > MAX_SCALE {
            return Err(ParseDecimalError);
        }
        let mut mantissa: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or(ParseDecimalError)?;
        }
        if negative {
            mantissa = -mantissa;
        }
        Ok(Decimal::raw(mantissa, frac.len() as u32).normalized())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale() as usize;
        if scale == 0 {
            write!(f, "{sign}{digits}")
        } else if digits.len() > scale {
            let (i, frac) = digits.split_at(digits.len() - scale);
            write!(f, "{sign}{i}.{frac}")
        } else {
            write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({self})")
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.aligned(*other) {
            Some((a, b, _)) => a.cmp(&b),
            // Alignment overflowed: the one with the smaller scale is far larger in magnitude.
            None => {
                let sign = |d: &Decimal| d.mantissa.signum();
                sign(self).cmp(&sign(other)).then_with(|| {
                    let by_scale = other.scale().cmp(&self.scale());
                    if self.mantissa < 0 {
                        by_scale.reverse()
                    } else {
                        by_scale
                    }
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_exactly() {
        assert_eq!(d("30.05").to_string(), "30.05");
        assert_eq!(d("0.050").to_string(), "0.05");
        assert_eq!(d("007").to_string(), "7");
        assert_eq!(d(".5").to_string(), "0.5");
        assert_eq!(d("-1.25").to_string(), "-1.25");
        assert_eq!(d("0.000").to_string(), "0");
        for bad in ["", ".", "1.2.3", "1,000", "1e5", "abc", "--1"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
    }

    #[test]
    fn trailing_zeros_after_the_point_go_in_both_widths() {
        // Mantissas within and beyond 64 bits.
        assert_eq!(Decimal::new(1_500, 3).unwrap().to_string(), "1.5");
        assert_eq!(Decimal::new(-2_000, 2).unwrap().to_string(), "-20");
        assert_eq!(Decimal::new(1_000, 0).unwrap().to_string(), "1000");
        let wide = i128::from(i64::MAX) * 1_000;
        assert_eq!(
            Decimal::new(wide, 2).unwrap(),
            Decimal::new(i128::from(i64::MAX) * 10, 0).unwrap()
        );
        assert_eq!(Decimal::new(wide, 2).unwrap().scale(), 0);
        assert_eq!(Decimal::new(0, 7).unwrap().scale(), 0);
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(d("30.05").checked_shift(9).unwrap(), d("30050000000"));
        assert_eq!(d("0.1").checked_add(d("0.2")).unwrap(), d("0.3"));
        assert_eq!(d("1.5").checked_mul(d("1000000000000")).unwrap().to_string(), "1500000000000");
        assert_eq!(d("12").checked_shift(-3).unwrap().to_string(), "0.012");
        assert!(Decimal::from(i64::MAX).checked_shift(40).is_none());
    }

    #[test]
    fn strings_round_trip_and_f64_is_the_nearest() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..2000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let scale = (seed >> 59) as u32 % (MAX_SCALE + 1);
            let mantissa = (seed >> 11) as i128 * if seed & 1 == 0 { 1 } else { -1 };
            let value = Decimal::new(mantissa, scale).unwrap();
            assert_eq!(value.to_string().parse::<Decimal>(), Ok(value));
            // Both operands exact (|mantissa| < 2^53, 10^scale <= 10^22): one correctly
            // rounded division gives the nearest f64 of the true value.
            let (m, s) = (value.mantissa(), value.scale());
            if m.unsigned_abs() < 1 << 53 && s <= 22 {
                assert_eq!(value.to_f64(), m as f64 / 10f64.powi(s as i32), "{value}");
            }
        }
        assert_eq!(d("-1.25").to_f64(), -1.25);
        assert_eq!(d("123456789012345678901234567890").to_f64(), 1.2345678901234568e29);
    }

    #[test]
    fn orders_by_value() {
        assert!(d("1.5") < d("2"));
        assert!(d("-3") < d("0.1"));
        assert_eq!(d("2.50").cmp(&d("2.5")), Ordering::Equal);
        let huge = Decimal::new(i128::MAX / 2, 0).unwrap();
        let tiny = Decimal::new(1, 28).unwrap();
        assert!(tiny < huge);
    }
}

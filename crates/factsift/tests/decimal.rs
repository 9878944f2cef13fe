//! `Decimal` against an independent reference: exact rationals `mantissa / 10^scale` held in
//! arbitrary-precision integers (`num-bigint`). Parsing, printing, sums, products, shifts and
//! ordering must agree with the reference wherever `Decimal` gives a value, and must give one
//! wherever the exact result fits (small operands always do).

use std::cmp::Ordering;

use factsift::Decimal;
use num_bigint::BigInt;
use proptest::prelude::*;

/// Most digits after the point a `Decimal` holds.
const MAX_SCALE: u32 = 28;

/// An exact decimal in lowest terms: `m / 10^s` with no trailing zero in `m` when `s > 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Exact {
    m: BigInt,
    s: u32,
}

fn ten_pow(n: u32) -> BigInt {
    BigInt::from(10u8).pow(n)
}

impl Exact {
    fn new(m: BigInt, s: u32) -> Exact {
        let (mut m, mut s) = (m, s);
        let ten = BigInt::from(10u8);
        while s > 0 && (&m % &ten) == BigInt::from(0u8) {
            m /= &ten;
            s -= 1;
        }
        if m == BigInt::from(0u8) {
            s = 0;
        }
        Exact { m, s }
    }

    fn of(d: Decimal) -> Exact {
        Exact::new(BigInt::from(d.mantissa()), d.scale())
    }

    /// Whether a `Decimal` can hold it: at most 28 decimals, mantissa within i128.
    fn fits(&self) -> bool {
        self.s <= MAX_SCALE && self.m.bits() <= 127
    }

    fn add(&self, o: &Exact) -> Exact {
        let s = self.s.max(o.s);
        Exact::new(&self.m * ten_pow(s - self.s) + &o.m * ten_pow(s - o.s), s)
    }

    fn mul(&self, o: &Exact) -> Exact {
        Exact::new(&self.m * &o.m, self.s + o.s)
    }

    fn shift(&self, exp: i32) -> Exact {
        if exp >= 0 {
            let up = exp.unsigned_abs();
            if self.s >= up {
                Exact::new(self.m.clone(), self.s - up)
            } else {
                Exact::new(&self.m * ten_pow(up - self.s), 0)
            }
        } else {
            Exact::new(self.m.clone(), self.s + exp.unsigned_abs())
        }
    }

    fn cmp(&self, o: &Exact) -> Ordering {
        let s = self.s.max(o.s);
        (&self.m * ten_pow(s - self.s)).cmp(&(&o.m * ten_pow(s - o.s)))
    }

    /// Plain decimal notation: "-12.05", "0.001", "7".
    fn text(&self) -> String {
        let digits = self.m.magnitude().to_string();
        let sign = if self.m.sign() == num_bigint::Sign::Minus { "-" } else { "" };
        let s = self.s as usize;
        if s == 0 {
            format!("{sign}{digits}")
        } else if digits.len() > s {
            let (i, f) = digits.split_at(digits.len() - s);
            format!("{sign}{i}.{f}")
        } else {
            format!("{sign}0.{}{digits}", "0".repeat(s - digits.len()))
        }
    }
}

/// Mantissas of every size: small ones, around powers of ten, and near the i128 limits.
fn mantissa() -> impl Strategy<Value = i128> {
    prop_oneof![
        -1_000_000i128..1_000_000,
        any::<i64>().prop_map(i128::from),
        (0u32..=38, -3i128..=3).prop_map(|(p, d)| 10i128.pow(p) + d),
        any::<i128>(),
        (0i128..1000).prop_map(|d| i128::MAX - d),
    ]
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (mantissa(), 0u32..=MAX_SCALE).prop_map(|(m, s)| Decimal::new(m, s).expect("scale <= 28"))
}

/// Operands whose sums, products (up to 28 decimals) and small shifts always fit.
fn small_decimal() -> impl Strategy<Value = Decimal> {
    (-999_999_999_999_999i128..1_000_000_000_000_000, 0u32..=14)
        .prop_map(|(m, s)| Decimal::new(m, s).expect("scale <= 28"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn prints_as_the_reference_does(d in decimal()) {
        prop_assert_eq!(d.to_string(), Exact::of(d).text());
        // Lowest terms: no trailing zero after the point.
        prop_assert!(d.scale() == 0 || d.mantissa() % 10 != 0);
    }

    #[test]
    fn parses_what_it_prints(d in decimal()) {
        prop_assert_eq!(d.to_string().parse::<Decimal>().ok(), Some(d));
    }

    #[test]
    fn parses_digit_strings_exactly(
        negative in any::<bool>(),
        int in "[0-9]{0,42}",
        frac in "[0-9]{0,32}",
        point in any::<bool>(),
    ) {
        let text = format!("{}{int}{}{frac}", if negative { "-" } else { "" }, if point { "." } else { "" });
        let digits = format!("{int}{frac}");
        let scale = if point { frac.len() as u32 } else { 0 };
        let parsed = text.parse::<Decimal>();
        if digits.is_empty() {
            prop_assert!(parsed.is_err(), "{text}");
        } else {
            let mut m: BigInt = digits.parse().expect("digits");
            if negative {
                m = -m;
            }
            let exact = Exact::new(m, scale);
            match parsed {
                Ok(d) => prop_assert_eq!(Exact::of(d), exact, "{}", text),
                Err(_) => prop_assert!(!exact.fits(), "{} fits but did not parse", text),
            }
        }
    }

    #[test]
    fn sums_are_exact(a in decimal(), b in decimal()) {
        let exact = Exact::of(a).add(&Exact::of(b));
        if let Some(sum) = a.checked_add(b) {
            prop_assert_eq!(Exact::of(sum), exact);
        }
    }

    #[test]
    fn products_are_exact(a in decimal(), b in decimal()) {
        let exact = Exact::of(a).mul(&Exact::of(b));
        match a.checked_mul(b) {
            Some(p) => prop_assert_eq!(Exact::of(p), exact),
            None => prop_assert!(!exact.fits() || a.mantissa().checked_mul(b.mantissa()).is_none()),
        }
    }

    #[test]
    fn shifts_are_exact(a in decimal(), exp in -40i32..=40) {
        let exact = Exact::of(a).shift(exp);
        match a.checked_shift(exp) {
            Some(v) => prop_assert_eq!(Exact::of(v), exact),
            None => prop_assert!(!exact.fits(), "{:?} shifted by {} fits", a, exp),
        }
    }

    #[test]
    fn small_operands_always_give_a_value(a in small_decimal(), b in small_decimal(), exp in -14i32..=14) {
        prop_assert_eq!(a.checked_add(b).map(Exact::of), Some(Exact::of(a).add(&Exact::of(b))));
        prop_assert_eq!(a.checked_mul(b).map(Exact::of), Some(Exact::of(a).mul(&Exact::of(b))));
        prop_assert_eq!(a.checked_shift(exp).map(Exact::of), Some(Exact::of(a).shift(exp)));
    }

    #[test]
    fn zero_shifts_to_zero(exp in any::<i32>()) {
        prop_assert_eq!(Decimal::ZERO.checked_shift(exp), Some(Decimal::ZERO));
    }

    #[test]
    fn orders_as_the_reference_does(a in decimal(), b in decimal()) {
        prop_assert_eq!(a.cmp(&b), Exact::of(a).cmp(&Exact::of(b)));
        prop_assert_eq!(a == b, Exact::of(a) == Exact::of(b));
    }
}

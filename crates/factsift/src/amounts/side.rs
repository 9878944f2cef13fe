//! What the amount grammars share: one side of an amount (`[minus] [currency] numeral
//! [scale] [unit]`), the units found before and after a numeral, and the scanner's state at
//! one candidate. The money grammar ([`super::money`]) and the percentage grammar
//! ([`super::percent`]) build on these types; the scan ([`super::scan`]) drives both.

use super::currency::{Defaults, Unit};
use std::cell::OnceCell;

use super::numeral::{Numeral, Writing};
use crate::entity::{Entity, PercentKind};
use crate::Decimal;

/// What one scan looks for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Wanted {
    /// Money, with the currency each ambiguous sign or word stands for.
    pub money: Option<Defaults>,
    /// Percentages (and percentage points, basis points).
    pub percent: bool,
}

/// What a side of an amount measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Money(Unit),
    Pct(PercentKind),
}

/// A unit found after a numeral.
#[derive(Debug, Clone, Copy)]
pub(super) struct After {
    pub(super) kind: Kind,
    pub(super) end: usize,
    /// Extra power of ten ("MUSD": millions of dollars).
    pub(super) power: u32,
    /// A sign or code (may be followed by a scale word: "75 USD million").
    pub(super) code_like: bool,
    /// A sign standing right before another number ("10 $ 30 cent").
    pub(super) before_number: bool,
}

/// A currency found before a numeral.
#[derive(Debug, Clone, Copy)]
pub(super) struct Before {
    pub(super) unit: Unit,
    pub(super) start: usize,
    pub(super) power: u32,
    /// A currency name ("dollar 22.5 million"): only with a scale word.
    pub(super) name: bool,
    /// A minus sign between the currency and the number ("$-99.99").
    pub(super) negative: bool,
}

/// One side of an amount: `[minus] [currency] numeral [scale] [unit]`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Side {
    pub(super) start: usize,
    /// End of the numeral and its scale words.
    pub(super) core_end: usize,
    pub(super) end: usize,
    pub(super) num: Numeral,
    /// Scale power beyond the numeral's own value.
    pub(super) power: u32,
    pub(super) negative: bool,
    pub(super) before: Option<Before>,
    pub(super) after: Option<After>,
}

impl Side {
    pub(super) fn kind(&self) -> Option<Kind> {
        match (self.before, self.after) {
            (Some(b), _) => Some(Kind::Money(b.unit)),
            (None, Some(a)) => Some(a.kind),
            (None, None) => None,
        }
    }

    pub(super) fn scaled(&self) -> bool {
        self.num.scaled || self.power > 0
    }

    /// The value in whole units (or percent), with the given extra scale.
    pub(super) fn value(&self, extra: u32) -> Option<Decimal> {
        let mut power = self.power as i32 + extra as i32;
        if let Some(b) = self.before {
            power += b.power as i32;
        }
        if let Some(a) = self.after {
            power += a.power as i32;
            if let Kind::Money(u) = a.kind {
                power -= i32::from(u.exp);
            }
        }
        let v = self.num.value.checked_shift(power)?;
        if self.negative {
            v.checked_mul(Decimal::from(-1))
        } else {
            Some(v)
        }
    }
}

/// The scanner at one candidate: the text, what is wanted, and where the last amount ended.
pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) wanted: Wanted,
    /// Where the last amount found ends.
    pub(super) floor: usize,
    /// The decimal sign the whole text writes, read once when first needed.
    pub(super) writing: &'t OnceCell<Writing>,
}

/// A found amount (or nothing wanted) and where scanning goes on; or where to go on.
pub(super) type Found = Result<(Option<Entity>, usize), usize>;

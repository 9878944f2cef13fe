//! The money part of the amount grammar: currencies before and after the number, cents after
//! a whole amount. The numerals, ranges and qualifiers are read by the shared scanner
//! ([`super::scan`]); `MoneyExtractor` is in [`super::recognizers`].

use super::currency::{self, Cur, Family, Unit, AMBIGUOUS, GUARDED, SUBUNIT};
use super::cursor::{
    char_at, char_before, is_any, is_letter, prev_word, skip_gap, skip_gap_back, word_at,
    word_before, Lower,
};
use super::numeral::{parse_digits, parse_words, text_writing, Numeral, Writing};
use super::qualifier::qualifier_before;
use super::side::{After, Before, Found, Kind, Scanner, Side};
use crate::currency_code::Currency;
use crate::entity::{Entity, EntityKind, Money};
use crate::Decimal;

impl Scanner<'_> {
    /// The currency standing right before the numeral at `start`.
    pub(super) fn before(&self, start: usize, glued: bool, names: bool) -> Option<Before> {
        let found = self.before_unbounded(start, glued, names)?;
        (found.start >= self.floor).then_some(found)
    }

    fn before_unbounded(&self, start: usize, glued: bool, names: bool) -> Option<Before> {
        let t = self.text;
        let at = skip_gap_back(t, start);
        if glued && at != start {
            return None;
        }
        if let Some((s, unit)) = currency::sign_ending_at(t, at) {
            if &t[s..at] == "$" {
                // "US$", "HK $", "c $": a prefix names the dollar, glued to the sign or one
                // space before it.
                let gap = skip_gap_back(t, s);
                let ends = [(s, false), (gap, true)];
                for (end, spaced) in
                    ends.into_iter().filter(|&(end, spaced)| !spaced || end + 1 == s)
                {
                    let prefix = word_before(t, end)
                        .filter(|&ws| ws >= self.floor)
                        .and_then(|ws| Some((ws, currency::dollar_prefix(&t[ws..end], spaced)?)));
                    if let Some((ws, u)) = prefix {
                        let before =
                            Before { unit: u, start: ws, power: 0, name: false, negative: false };
                        return Some(before);
                    }
                }
            }
            return Some(Before { unit, start: s, power: 0, name: false, negative: false });
        }
        // "$-99.99": a minus between the sign and the number.
        if at == start && matches!(char_before(t, at), Some('-' | '−')) {
            let sign_end = at - char_before(t, at).map_or(1, char::len_utf8);
            let (s, unit) = currency::sign_ending_at(t, sign_end)?;
            return Some(Before { unit, start: s, power: 0, name: false, negative: true });
        }
        let ws = word_before(t, at)?;
        let w = &t[ws..at];
        if let Some((code, power)) = currency::code_with_power(w) {
            let unit = Unit::iso(code);
            return Some(Before { unit, start: ws, power, name: false, negative: false });
        }
        if let Some(code) = currency::guarded_code(w) {
            let unit = Unit::guarded(code);
            return Some(Before { unit, start: ws, power: 0, name: false, negative: false });
        }
        if glued || !names {
            return None;
        }
        let unit = currency::name(Lower::<32>::of(w).as_bytes())?;
        if unit.has(AMBIGUOUS) || unit.has(SUBUNIT) {
            return None;
        }
        // "U.S. dlrs 5 mln": a prefix naming the dollar before its name.
        if unit.cur == Cur::Family(Family::Dollar) {
            if let Some((ps, pe)) = prev_word(t, ws).filter(|&(ps, _)| ps >= self.floor) {
                if let Some(u) = currency::dollar_prefix(&t[ps..pe], true) {
                    let before =
                        Before { unit: u, start: ps, power: 0, name: true, negative: false };
                    return Some(before);
                }
            }
        }
        Some(Before { unit, start: ws, power: 0, name: true, negative: false })
    }

    /// A currency name before a plain number with nothing after it that could make the number
    /// something else ("ringgit 42.", "baht 300 for a ticket"; not "euro 2024", not "yuan 5
    /// years"): the name of one currency, in lower case, one space or two before the number.
    pub(super) fn name_before_plain(&self, num: &Numeral) -> Option<Before> {
        let t = self.text;
        let year_like = !num.formatted && num.end - num.start == 4;
        if !num.digits || num.scaled || year_like {
            return None;
        }
        let closes = self.closes_amount(num.end);
        let at = skip_gap_back(t, num.start);
        let ws = word_before(t, at).filter(|&ws| closes && at < num.start && ws >= self.floor)?;
        let unit = currency::plain_name(&t[ws..at])?;
        Some(Before { unit, start: ws, power: 0, name: false, negative: false })
    }

    /// Whether what follows `end` closes an amount there: the end of the text, punctuation,
    /// or a word that cannot make it a count ("ringgit 42 a kilo", not "yuan 5 years").
    fn closes_amount(&self, end: usize) -> bool {
        const CLOSING: &[&str] = &[
            "a", "an", "the", "and", "or", "each", "per", "apiece", "for", "to", "in", "on", "at",
            "more", "less",
        ];
        let t = self.text;
        let next = skip_gap(t, end);
        match char_at(t, next) {
            None => true,
            Some(c) if is_letter(c) => {
                next > end && word_at(t, next).is_some_and(|e| is_any(&t[next..e], CLOSING))
            }
            Some(c) => !c.is_alphanumeric() && !matches!(c, '%' | '-' | '/' | '$'),
        }
    }

    /// "a dollar", "a euro": one unit after an article (`start..end` is the name), when what
    /// follows closes the amount ("a dollar a day"; not "a dollar store", "a dollar-based
    /// fund") and no number or fraction comes before the article ("half a dollar").
    pub(super) fn article_amount(&self, start: usize, end: usize) -> Found {
        let t = self.text;
        let (ws, we) = prev_word(t, start).filter(|&(ws, _)| ws >= self.floor).ok_or(end)?;
        if !is_any(&t[ws..we], &["a", "an"]) || !self.closes_amount(end) {
            return Err(end);
        }
        let counted = prev_word(t, ws).is_some_and(|(ps, pe)| {
            let w = &t[ps..pe];
            is_any(w, &["of", "half", "quarter", "quarters", "third", "thirds", "fifth", "tenth"])
                || parse_words(t, ps).is_some()
        });
        let unit = currency::name(Lower::<16>::of(&t[start..end]).as_bytes());
        let Some(unit) = unit.filter(|_| !counted) else { return Err(end) };
        let money = Money {
            amount: Decimal::from(1),
            currency: self.code(unit),
            qualifier: qualifier_before(t, ws, self.floor),
            min: None,
            max: None,
        };
        Ok((self.emit_money(ws, end, money), end))
    }

    /// A currency after a numeral: a sign ("5 €"), a code ("5 USD", "5 MEUR") or a name
    /// ("5 Hong Kong dollars"); `at` is past the gap or hyphen after the numeral.
    pub(super) fn money_after(&self, at: usize, hyphen: bool, digits: bool) -> Option<After> {
        let t = self.text;
        let b = t.as_bytes();
        if !hyphen && digits {
            if let Some((e, unit)) = currency::sign_starting_at(t, at) {
                if b.get(e).is_some_and(u8::is_ascii_digit) {
                    return None; // "1 $10": the sign is the next number's
                }
                let next = skip_gap(t, e);
                let before_number = b.get(next).is_some_and(u8::is_ascii_digit);
                return Some(After {
                    kind: Kind::Money(unit),
                    end: e,
                    power: 0,
                    code_like: true,
                    before_number,
                });
            }
        }
        let w1e = word_at(t, at)?;
        let w1 = &t[at..w1e];
        // A code glued to a following number is that number's currency ("3 USD50").
        let glued_digit = char_at(t, w1e).is_some_and(|c| c.is_ascii_digit());
        if !hyphen && !glued_digit {
            let code = currency::code_with_power(w1).map(|(c, p)| (Unit::iso(c), p));
            let guarded = || currency::guarded_code(w1).map(|c| (Unit::guarded(c), 0));
            if let Some((unit, power)) = code.or_else(guarded) {
                return Some(After {
                    kind: Kind::Money(unit),
                    end: w1e,
                    power,
                    code_like: true,
                    before_number: false,
                });
            }
        }
        self.name_after(at)
    }

    /// The longest currency name (up to four words, one space apart) starting at `at`.
    fn name_after(&self, at: usize) -> Option<After> {
        let t = self.text;
        let mut phrase = Lower::<64>::default();
        let mut cuts = [(0usize, 0usize); 4]; // (phrase length, end in the text)
        let mut n = 0;
        let mut s = at;
        // No name is longer than the longest one starting with the first word.
        let mut most = 4;
        while n < most {
            let Some(e) = word_at(t, s) else { break };
            if (n > 0 && !phrase.push(" ")) || !phrase.push(&t[s..e]) {
                break;
            }
            cuts[n] = (phrase.len(), e);
            n += 1;
            if n == 1 {
                most = currency::name_words_from(phrase.as_bytes()).min(4);
                if most == 0 {
                    return None;
                }
            }
            if t.as_bytes().get(e) != Some(&b' ') {
                break;
            }
            s = e + 1;
        }
        (1..=n).rev().find_map(|k| {
            let (len, end) = cuts[k - 1];
            let unit = currency::name(&phrase.as_bytes()[..len])?;
            Some(After {
                kind: Kind::Money(unit),
                end,
                power: 0,
                code_like: false,
                before_number: false,
            })
        })
    }

    /// Turns a money side into an entity: cents joined, a sign that is the next number's
    /// left alone.
    pub(super) fn finish_money(&self, side: Side, unit: Unit) -> Found {
        let mut side = side;
        // "$5 dollars": a redundant name after a sign joins the amount; anything
        // else after it is left alone.
        if side.before.is_some()
            && side.after.is_some_and(|a| a.code_like || a.kind != Kind::Money(unit))
        {
            side.after = None;
            side.end = side.core_end;
        }
        let cents = self.cents_after(&side, unit, side.end);
        // "3 CAD 3 cents": the cents show a code that is also a word is money.
        let ok = money_ok(&side, unit)
            || (unit.has(GUARDED) && cents.is_some())
            || self.pounds_not_weight(&side, unit);
        if !ok || self.settle_dot(&mut side, unit).is_none() {
            return Err(side.num.end);
        }
        let mut amount = side.value(0).ok_or(side.end)?;
        let mut end = side.end;
        if let Some((cents, e)) = cents {
            amount = amount.checked_add(cents).ok_or(end)?;
            end = e;
        } else if side.after.is_some_and(|a| a.before_number) && self.sign_is_next_numbers(&side) {
            return Err(side.num.end);
        }
        let money = Money {
            amount,
            currency: self.code(unit),
            qualifier: qualifier_before(self.text, side.start, self.floor),
            min: None,
            max: None,
        };
        Ok((self.emit_money(side.start, end, money), end))
    }

    /// "ten pounds", "40 pounds": pounds after a plain number are money unless the words
    /// around them speak of weight ("ten pounds of flour", "weighs 40 pounds", "lost ten
    /// pounds", "carrying 40 pounds", "five pounds lighter", "a 10-pound bag").
    fn pounds_not_weight(&self, side: &Side, unit: Unit) -> bool {
        const AFTER: &[&str] = &["of", "per", "lighter", "heavier", "overweight", "underweight"];
        const BEFORE: &[&str] = &["lost", "lose", "loses", "losing", "gained", "gain", "gains"];
        let t = self.text;
        let Some(after) = side.after.filter(|a| !a.code_like) else { return false };
        if unit.cur != Cur::Family(Family::Pound) || side.before.is_some() || side.scaled() {
            return false;
        }
        let hyphen = t.as_bytes().get(side.num.end) == Some(&b'-');
        let next = skip_gap(t, after.end);
        let weight_after = word_at(t, next).is_some_and(|e| is_any(&t[next..e], AFTER));
        let mut weight_before = false;
        let mut at = side.start;
        for _ in 0..3 {
            let Some((s, e)) = prev_word(t, at) else { break };
            let w = &t[s..e];
            let stem = |p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
            weight_before |= is_any(w, BEFORE) || ["weigh", "carr", "lift"].into_iter().any(stem);
            at = s;
        }
        !hyphen && !weight_after && !weight_before
    }

    /// Settles a numeral like "31.500" by its currency: a decimal point for the currencies of
    /// [`DECIMAL_DOT`], a thousands dot for those of [`DOT_THOUSANDS`] and, for any other
    /// currency or none, in a text whose other numerals all write decimal commas ("2,75 €",
    /// "1.234,56"), unless a scale word follows; otherwise the value is uncertain: `None`.
    pub(super) fn settle_dot(&self, side: &mut Side, unit: Unit) -> Option<()> {
        let Some(thousands) = side.num.dot_thousands else { return Some(()) };
        let code = self.code(unit);
        let code = code.as_ref().map_or("", Currency::as_str);
        if DECIMAL_DOT.contains(&code) {
            return Some(());
        }
        let comma_text = || *self.writing.get_or_init(|| text_writing(self.text));
        let dot_thousands = DOT_THOUSANDS.contains(&code) || comma_text() == Writing::DecimalComma;
        if !dot_thousands || side.scaled() {
            return None;
        }
        side.num.value = thousands;
        side.num.dot_thousands = None;
        Some(())
    }

    /// Cents after a whole amount: "3 dollars 50 cents", "10 $ 30 cent", "thirteen dollars
    /// and forty-five cents", "15 dollars 50", "one dollar and one".
    pub(super) fn cents_after(
        &self,
        side: &Side,
        unit: Unit,
        end: usize,
    ) -> Option<(Decimal, usize)> {
        let t = self.text;
        if side.scaled()
            || side.num.formatted
            || unit.exp != 0
            || side.before.is_some_and(|b| b.name)
        {
            return None;
        }
        let mut at = skip_gap(t, end);
        if at == end {
            return None;
        }
        let mut joined = false;
        if let Some(we) = word_at(t, at) {
            if t[at..we].eq_ignore_ascii_case("and") {
                joined = true;
                at = skip_gap(t, we);
            }
        }
        let n = if t.as_bytes().get(at).is_some_and(u8::is_ascii_digit) {
            let n = parse_digits(t, at).ok()?;
            // "$20 and 43c", "5 euros 20¢": cents glued to the digits.
            let glued_cent = ["c", "¢"].into_iter().find(|c| t[n.end..].starts_with(c));
            if let Some(c) = glued_cent.filter(|_| joined || unit.cur != Cur::Unknown) {
                let e = n.end + c.len();
                let whole = !n.formatted && n.value < Decimal::from(100);
                if whole && !char_at(t, e).is_some_and(char::is_alphanumeric) {
                    return Some((n.value.checked_shift(-2)?, e));
                }
            }
            if n.formatted || char_at(t, n.end).is_some_and(|c| c.is_alphanumeric() || c == '%') {
                return None;
            }
            n
        } else {
            parse_words(t, at).filter(|n| !n.scaled)?
        };
        if n.value < Decimal::from(1) || n.value >= Decimal::from(100) || n.value.scale() != 0 {
            return None;
        }
        let cents = n.value.checked_shift(-2)?;
        let after = skip_gap(t, n.end);
        if let Some(a) = self.name_after(after) {
            let Kind::Money(sub) = a.kind else { return None };
            // "cents" are hundredths of whichever currency the amount names ("3 CHF 4 cents").
            let any_cents = sub.cur == Cur::Family(Family::Dollar) && self.code(unit).is_some();
            if sub.has(SUBUNIT) && (self.code(sub) == self.code(unit) || any_cents) {
                return Some((cents, a.end));
            }
            return None;
        }
        let suffix = side.after.is_some_and(|a| matches!(a.kind, Kind::Money(_)));
        if !(suffix || joined) || side.after.is_some_and(|a| a.before_number) {
            return None;
        }
        // Only when nothing that could be counted follows ("15 dollars 50 more", but not
        // "300 dollars 20 years ago").
        let closes = match char_at(t, after) {
            None => true,
            Some(c) if is_letter(c) => word_at(t, after)
                .is_some_and(|e| is_any(&t[after..e], &["and", "or", "more", "each"])),
            Some(c) => {
                !c.is_alphanumeric()
                    && !matches!(c, '%' | '-')
                    && currency::sign_starting_at(t, after).is_none()
            }
        };
        closes.then_some((cents, n.end))
    }

    /// A sign between two numbers ("1 $ 10 dollars") belongs to the second when that one
    /// names its currency after it; otherwise to the first ("10 $ 30 $").
    fn sign_is_next_numbers(&self, side: &Side) -> bool {
        let t = self.text;
        let at = skip_gap(t, side.end);
        match parse_digits(t, at) {
            Ok(n) => self
                .after(n.end, true)
                .is_some_and(|a| matches!(a.kind, Kind::Money(_)) && !a.code_like),
            Err(_) => false,
        }
    }

    pub(super) fn code(&self, unit: Unit) -> Option<Currency> {
        match unit.cur {
            Cur::Iso(c) => Some(c),
            Cur::Family(f) => self.wanted.money?.get(f),
            Cur::Unknown => None,
        }
    }

    pub(super) fn emit_money(&self, start: usize, end: usize, money: Money) -> Option<Entity> {
        self.wanted.money?;
        Entity::new(self.text, start, end, 1.0, EntityKind::Money(money))
    }
}

/// Currency names that make an amount of one after an article: "a dollar", "a euro".
pub(super) const ARTICLE_UNITS: &[&str] = &["dollar", "euro"];

/// Currencies whose writers put a dot between thousands and a comma before decimals, and
/// whose prices are not written to three decimals: "Rp 31.500" and "R$ 1.500" are thousands.
const DOT_THOUSANDS: &[&str] = &[
    "ARS", "BGN", "BRL", "CLP", "COP", "CZK", "DKK", "HRK", "HUF", "IDR", "ISK", "NOK", "PLN",
    "PYG", "RON", "RSD", "SEK", "TRY", "UYU", "VND",
];

/// Currencies written with a decimal point in English news: "$1.375" is one dollar and
/// 375 thousandths (a dividend), "KWD 1.500" one and a half dinars.
const DECIMAL_DOT: &[&str] = &[
    "AED", "AUD", "BDT", "BHD", "CAD", "CNY", "EGP", "GBP", "GHS", "HKD", "ILS", "INR", "JOD",
    "JPY", "KES", "KRW", "KWD", "LKR", "MXN", "MYR", "NGN", "NPR", "NZD", "OMR", "PHP", "PKR",
    "QAR", "SAR", "SGD", "THB", "TWD", "USD", "ZAR",
];

/// A currency written glued to digits: "45p" (pence, only glued), "115USD", "5MEUR".
pub(super) fn glued_money(w: &str, end: usize) -> Option<After> {
    if w == "p" {
        let unit = currency::name(b"pence")?;
        return Some(After {
            kind: Kind::Money(unit),
            end,
            power: 0,
            code_like: false,
            before_number: false,
        });
    }
    let code = currency::code_with_power(w).map(|(c, p)| (Unit::iso(c), p));
    let guarded = || currency::guarded_code(w).map(|c| (Unit::guarded(c), 0));
    code.or_else(guarded).map(|(unit, power)| After {
        kind: Kind::Money(unit),
        end,
        power,
        code_like: true,
        before_number: false,
    })
}

/// Whether two units name one currency (for the two sides of a range).
pub(super) fn same_currency(a: Unit, b: Unit) -> bool {
    a.cur == b.cur && a.exp == b.exp
}

/// Whether a money side is money for sure: an everyday word as the unit ("pounds", "won")
/// needs a scale word or a formatted number; a name before the number needs a scale word.
pub(super) fn money_ok(side: &Side, unit: Unit) -> bool {
    // "CAD 3.03" but not "TOP 10": a code that is also a word needs a formatted number.
    if unit.has(GUARDED) && !(side.scaled() || side.num.formatted) {
        return false;
    }
    if side.before.is_some_and(|b| b.name) {
        return side.scaled();
    }
    if side.before.is_none() && unit.has(AMBIGUOUS) {
        return side.scaled() || side.num.formatted;
    }
    true
}

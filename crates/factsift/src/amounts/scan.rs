//! The one scan that finds money amounts and percentages.
//!
//! Candidates are cheap to find: ASCII digits (a byte scan) and spelled-out number words (a
//! filter on first letters and length, then a comparison). Around each candidate a small
//! grammar reads the currency before it ("$", "US$", "USD", "c $"), the numeral and its scale
//! words, the unit after it ("%", "percent", "basis points", "yuan", "Hong Kong dollars",
//! "cents"), a range ("$5-10 million", "between 10% and 15%"), and a qualifier before it
//! ("about", "up to"), all within a bounded window. A failed candidate skips its whole run of
//! digits or its word, so the cost stays linear in the text whatever it holds.
//!
//! The money-specific parts of the grammar (currencies before and after, cents) are in
//! [`super::money`], the percentage units in [`super::percent`].

use super::currency::{self, Unit};
use super::cursor::{
    char_at, char_before, is_any, is_letter, prev_word, skip_gap, skip_gap_back, word_at,
    word_at_glued, word_before, Lower,
};
use super::money::{glued_money, money_ok, same_currency};
use super::numeral::{parse_digits, parse_words, scale_power, scales_after, Numeral, NUMBER_WORDS};
use super::percent;
use super::qualifier::qualifier_before;
use super::Wanted;
use crate::entity::{Entity, Money, PercentKind, Percentage};
use crate::Decimal;

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

/// Scans `text` and appends what `wanted` asks for to `out`.
pub(super) fn scan(text: &str, wanted: Wanted, out: &mut Vec<Entity>) {
    let mut pos = 0;
    // End of the last amount found: nothing before it may belong to the next one.
    let mut floor = 0;
    while let Some((start, word_end)) = next_candidate(text.as_bytes(), pos) {
        let scanner = Scanner { text, wanted, floor };
        let found = match word_end {
            None => scanner.at_digits(start),
            Some(end) => scanner.at_word(start, end),
        };
        match found {
            Ok((entity, end)) => {
                out.extend(entity);
                pos = end.max(start + 1);
                floor = pos;
            }
            Err(next) => pos = next.max(start + 1),
        }
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// The next place an amount may start at or after `pos`: a digit, or a spelled-out number
/// word standing alone (with the end of the word). One pass over the bytes: runs of letters
/// are skipped whole, and a word is only compared when its first letter and length fit one of
/// the number words.
fn next_candidate(bytes: &[u8], mut pos: usize) -> Option<(usize, Option<usize>)> {
    /// 0: other, 1: digit, 2: letter (ASCII letters and every non-ASCII byte).
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            let b = i as u8;
            t[i] = if b.is_ascii_digit() {
                1
            } else if b.is_ascii_alphabetic() || b >= 0x80 {
                2
            } else {
                0
            };
            i += 1;
        }
        t
    };
    let n = bytes.len();
    while pos < n {
        match CLASS[usize::from(bytes[pos])] {
            0 => pos += 1,
            1 => return Some((pos, None)),
            _ => {
                let start = pos;
                pos = letters_end(bytes, pos + 1);
                let len = pos - start;
                if (3..=9).contains(&len)
                    && (start == 0 || CLASS[usize::from(bytes[start - 1])] == 0)
                    && could_be_number_word(&bytes[start..pos])
                {
                    return Some((start, Some(pos)));
                }
            }
        }
    }
    None
}

/// The end of the run of letters (ASCII letters and non-ASCII bytes) from `pos`, eight bytes
/// at a time.
#[inline]
fn letters_end(bytes: &[u8], mut pos: usize) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else { break };
        let x = u64::from_le_bytes(chunk);
        // Per byte: lower-case it, then "a" <= y <= "z" (or the byte is not ASCII).
        let y = (x | 0x2020_2020_2020_2020) & LOW7;
        let at_least_a = y + 0x1f1f_1f1f_1f1f_1f1f;
        let above_z = y + 0x0505_0505_0505_0505;
        let letters = ((at_least_a & !above_z) | x) & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return pos + (others.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while bytes.get(pos).is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80) {
        pos += 1;
    }
    pos
}

/// Whether an ASCII word is one of [`NUMBER_WORDS`] (any case), after a cheap filter on its
/// first two letters and length.
#[inline]
fn could_be_number_word(word: &[u8]) -> bool {
    /// Per pair of first letters, the lengths of the number words starting with them.
    const FILTER: [u16; 26 * 26] = {
        let mut f = [0u16; 26 * 26];
        let mut i = 0;
        while i < NUMBER_WORDS.len() {
            let w = NUMBER_WORDS[i].as_bytes();
            f[(w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        f
    };
    let (&[a, b, ..], 3..=9) = (word, word.len()) else { return false };
    let (a, b) = (a | 0x20, b | 0x20);
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    let mask = FILTER[usize::from(a - b'a') * 26 + usize::from(b - b'a')];
    mask & (1 << word.len()) != 0
        && NUMBER_WORDS.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}
/// The scanner at one candidate: the text, what is wanted, and where the last amount ended.
pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) wanted: Wanted,
    /// Where the last amount found ends.
    pub(super) floor: usize,
}

/// A found amount (or nothing wanted) and where scanning goes on; or where to go on.
pub(super) type Found = Result<(Option<Entity>, usize), usize>;

impl<'t> Scanner<'t> {
    /// A candidate at a run of digits.
    fn at_digits(&self, start: usize) -> Found {
        let t = self.text;
        let prev = char_before(t, start);
        let prev2 = prev.and_then(|c| char_before(t, start - c.len_utf8()));
        let glued = match prev {
            Some(c) if c.is_ascii_digit() => {
                return Err(parse_digits(t, start).map_or_else(|e| e.resume, |n| n.end));
            }
            Some('-' | '+' | '.' | ',') if prev2.is_some_and(|c| c.is_alphanumeric()) => {
                return Err(parse_digits(t, start).map_or_else(|e| e.resume, |n| n.end));
            }
            Some('.') if currency::sign_ending_at(t, start).is_some() => false,
            Some(
                '/' | '\\' | '=' | '&' | '?' | '#' | '%' | '_' | '@' | ':' | '^' | '~' | '|' | '*'
                | '.',
            ) => {
                return Err(parse_digits(t, start).map_or_else(|e| e.resume, |n| n.end));
            }
            Some(c) => is_letter(c),
            None => false,
        };
        let num = parse_digits(t, start).map_err(|e| e.resume)?;
        // "8 000 dollars" left over from digits that were no amount: never "000 dollars".
        let b = t.as_bytes();
        if b[start] == b'0' && b.get(start + 1).is_some_and(u8::is_ascii_digit) {
            let gap = skip_gap_back(t, start);
            if gap < start && gap > 0 && b[gap - 1].is_ascii_digit() {
                return Err(num.end);
            }
        }
        if !self.promising(&num) {
            return Err(num.end);
        }
        let side = self.side_from(num, true, glued)?;
        self.finish(side)
    }

    /// A quick "no" for numerals that neither follow a currency nor precede a unit, a scale or
    /// a range word: most numbers in news (years, dates, counts) stop here.
    fn promising(&self, num: &Numeral) -> bool {
        let t = self.text;
        let b = t.as_bytes();
        let at = skip_gap(t, num.end);
        let next_ok = match b.get(at) {
            None => false,
            Some(c) if c.is_ascii_alphabetic() => {
                at == num.end || word_at(t, at).map_or(true, |e| may_follow(&t[at..e]))
            }
            Some(c) => matches!(c, b'%' | b'-' | b'$') || *c >= 0x80,
        };
        if next_ok {
            return true;
        }
        let p = skip_gap_back(t, num.start);
        match p.checked_sub(1).map(|i| b[i]) {
            None => false,
            Some(c) if c.is_ascii_alphabetic() => word_before(t, p).map_or(true, |s| {
                let w = &t[s..p];
                currency::code_with_power(w).is_some()
                    || currency::guarded_code(w).is_some()
                    || currency::sign_ending_at(t, p).is_some()
            }),
            // "$-99.99": a minus after a sign.
            Some(b'-') => currency::sign_ending_at(t, p - 1).is_some(),
            Some(c) => matches!(c, b'$' | b'.') || c >= 0x80,
        }
    }

    /// A candidate at a number word (`start..end` is the matched word).
    fn at_word(&self, start: usize, end: usize) -> Found {
        let t = self.text;
        if char_before(t, start).is_some_and(char::is_alphanumeric)
            || char_at(t, end).is_some_and(is_letter)
        {
            return Err(end);
        }
        // Quick "no": a number word followed by a word that neither continues the number nor
        // names a unit ("three villages"), and with no currency sign before it.
        let next = skip_gap(t, end);
        if let Some(we) = word_at(t, next).filter(|_| next > end) {
            let w = &t.as_bytes()[next..we];
            let continues = could_be_number_word(w)
                || is_any(&t[next..we], &["and", "a", "an", "of", "quarters"])
                || may_follow(&t[next..we]);
            let sign_before = currency::sign_ending_at(t, skip_gap_back(t, start)).is_some();
            if !continues && !sign_before {
                return Err(end);
            }
        }
        // "a million", "an estimated"... : the article starts the numeral.
        let mut num_start = start;
        let gap = skip_gap_back(t, start);
        if gap < start {
            if let Some(ws) = word_before(t, gap) {
                if is_any(&t[ws..gap], &["a", "an"]) {
                    num_start = ws;
                }
            }
        }
        let num = parse_words(t, num_start).ok_or(end)?;
        if !self.promising(&num) {
            return Err(end);
        }
        match self.side_from(num, true, false) {
            Ok(side) => self.finish(side),
            Err(_) => Err(end),
        }
    }

    /// Reads a side whose numeral starts at `start`.
    fn side_at(&self, start: usize, first: bool, glued: bool) -> Result<Side, usize> {
        let t = self.text;
        let num = if t.as_bytes().get(start).is_some_and(u8::is_ascii_digit) {
            parse_digits(t, start).map_err(|e| e.resume)?
        } else {
            parse_words(t, start).ok_or(start + 1)?
        };
        self.side_from(num, first, glued)
    }

    /// Reads a side around an already parsed numeral.
    fn side_from(&self, mut num: Numeral, first: bool, glued: bool) -> Result<Side, usize> {
        let t = self.text;
        let start = num.start;
        let mut power = 0;
        let mut after = None;
        if num.digits {
            // Letters glued to the digits: a scale ("5bn"), a unit ("5%"-like "5bps"), a code.
            let sign_after = currency::sign_starting_at(t, num.end).is_some();
            if let Some(we) = word_at_glued(t, num.end).filter(|_| !sign_after) {
                let w = &t[num.end..we];
                if let Some(p) = scale_power(w, true) {
                    power = p;
                    num.end = we;
                    num.scaled = true;
                } else if let Some(a) = glued_unit(w, we) {
                    after = Some(a);
                    num.end = we;
                } else {
                    return Err(we);
                }
            }
        }
        let mut before = self.before(start, glued, false);
        if glued && before.is_none() {
            return Err(num.end);
        }
        let mut end = num.end;
        if num.digits && power == 0 && after.is_none() {
            if let Some((p, e)) = scales_after(t, end) {
                power = p;
                end = e;
                num.scaled = true;
            } else if before.is_some() {
                // "$5 m", "$ 2 bn": single-letter scales may stand apart after a currency.
                let at = skip_gap(t, end);
                if let Some(we) = word_at(t, at) {
                    if let Some(p) = scale_power(&t[at..we], true) {
                        power = p;
                        end = we;
                        num.scaled = true;
                    }
                }
            }
        }
        if before.is_none() && num.scaled {
            before = self.before(start, glued, true);
        }
        let core_end = end;
        if after.is_none() {
            after = self.after(end, num.digits);
        }
        if let Some(a) = after {
            end = a.end;
            if a.code_like && power == 0 && !num.scaled {
                if let Some((p, e)) = scales_after(t, end) {
                    power = p;
                    end = e;
                }
            }
        }
        let mut side_start = before.map_or(start, |bf| bf.start);
        let mut negative = before.is_some_and(|bf| bf.negative);
        if first && !negative {
            if let Some(m) = minus_before(t, side_start).filter(|&m| m >= self.floor) {
                side_start = m;
                negative = true;
            }
        }
        Ok(Side { start: side_start, core_end, end, num, power, negative, before, after })
    }

    /// The unit standing after a numeral ending at `end`: a percent sign or word, or a
    /// currency.
    pub(super) fn after(&self, end: usize, digits: bool) -> Option<After> {
        let t = self.text;
        let mut at = skip_gap(t, end);
        let hyphen = at == end && t.as_bytes().get(at) == Some(&b'-');
        if hyphen {
            at += 1;
        }
        percent::unit_after(t, at, hyphen, digits).or_else(|| self.money_after(at, hyphen, digits))
    }

    /// Turns a first side into an entity: a range, a single amount, or nothing.
    fn finish(&self, side: Side) -> Found {
        if let Some((range, end)) = self.range(&side) {
            return Ok((range, end));
        }
        let Some(kind) = side.kind() else { return Err(side.num.end) };
        match kind {
            Kind::Pct(k) => {
                let (mut start, mut value) = (side.start, side.value(0).ok_or(side.end)?);
                // "one-tenth of 1 percent": the fraction joins the span and the value.
                if let Some((s, part)) = percent::fraction_before(self.text, start, self.floor) {
                    value = value.checked_mul(part).ok_or(side.end)?;
                    start = s;
                }
                let e = Percentage {
                    value,
                    kind: k,
                    qualifier: qualifier_before(self.text, start, self.floor),
                    min: None,
                    max: None,
                };
                Ok((self.emit_pct(start, side.end, e), side.end))
            }
            Kind::Money(unit) => self.finish_money(side, unit),
        }
    }

    /// "$5-10 million", "between 10% and 15%", "5 to 7 million dollars".
    fn range(&self, first: &Side) -> Option<(Option<Entity>, usize)> {
        let t = self.text;
        let e1 = first.end;
        let at = skip_gap(t, e1);
        let (next, spaced) = match char_at(t, at) {
            Some(c @ ('-' | '–')) => {
                let n = at + c.len_utf8();
                (n, at > e1 || skip_gap(t, n) > n)
            }
            _ => {
                let we = word_at(t, at)?;
                let w = &t[at..we];
                let prev = prev_word(t, first.start).map(|(s, e)| &t[s..e]);
                let allowed = if w.eq_ignore_ascii_case("to") {
                    !prev.is_some_and(|p| is_any(p, &["from", "by"]))
                } else {
                    w.eq_ignore_ascii_case("and")
                        && prev.is_some_and(|p| p.eq_ignore_ascii_case("between"))
                };
                if !allowed {
                    return None;
                }
                (we, true)
            }
        };
        let s2 = skip_gap(t, next);
        let num2 = self.numeral_start(s2)?;
        let second = self.side_at(num2, false, false).ok()?;
        if second.before.is_some_and(|bf| bf.start < s2) {
            return None;
        }
        let k1 = first.kind();
        let k2 = second.kind();
        let own = second.scaled() || second.kind().is_some();
        if spaced && !own {
            return None;
        }
        let kind = match (k1, k2) {
            (Some(Kind::Pct(a)), Some(Kind::Pct(b))) if a == b && first.before.is_none() => {
                Kind::Pct(a)
            }
            (None, Some(Kind::Pct(k))) if first.after.is_none() => Kind::Pct(k),
            (Some(Kind::Money(a)), Some(Kind::Money(b))) if same_currency(a, b) => Kind::Money(a),
            (None, Some(Kind::Money(u))) if second.after.is_some() => Kind::Money(u),
            (Some(Kind::Money(u)), None) if first.before.is_some() && first.after.is_none() => {
                Kind::Money(u)
            }
            _ => return None,
        };
        // A money side needs its own currency or shares the other's.
        let mut first = *first;
        if first.after.is_none() && first.before.is_none() {
            first.after = second.after;
        }
        let mut second = second;
        if second.before.is_none() && second.after.is_none() {
            second.before = first.before;
        }
        if let Kind::Money(u) = kind {
            if !money_ok(&second, u) || (first.before.is_some() && !money_ok(&first, u)) {
                return None;
            }
            self.settle_dot(&mut first, u)?;
            self.settle_dot(&mut second, u)?;
        }
        let v2 = second.value(0)?;
        let share =
            if first.scaled() { 0 } else { second.power + second.before.map_or(0, |bf| bf.power) };
        let mut v1 = first.value(share)?;
        if v1 >= v2 && share > 0 {
            v1 = first.value(0)?;
        }
        if v1 >= v2 {
            return None;
        }
        let (start, end) = (first.start, second.end);
        let entity = match kind {
            Kind::Pct(k) => self.emit_pct(
                start,
                end,
                Percentage {
                    value: v1,
                    kind: k,
                    qualifier: qualifier_before(t, start, self.floor),
                    min: Some(v1),
                    max: Some(v2),
                },
            ),
            Kind::Money(u) => self.emit_money(
                start,
                end,
                Money {
                    amount: v1,
                    currency: self.code(u),
                    qualifier: qualifier_before(t, start, self.floor),
                    min: Some(v1),
                    max: Some(v2),
                },
            ),
        };
        Some((entity, end))
    }

    /// Where the numeral of a second side starts at or after `at`: right there, or after a
    /// currency sign or code ("$7 billion", "USD 7").
    fn numeral_start(&self, at: usize) -> Option<usize> {
        let t = self.text;
        let b = t.as_bytes();
        let is_start =
            |p: usize| b.get(p).is_some_and(u8::is_ascii_digit) || parse_words(t, p).is_some();
        if is_start(at) {
            return Some(at);
        }
        let after_prefix = if let Some((e, _)) = currency::sign_starting_at(t, at) {
            e
        } else {
            let we = word_at(t, at)?;
            let w = &t[at..we];
            if currency::code_with_power(w).is_none() {
                // "C$", "HK$": letters then a dollar sign.
                if b.get(we) == Some(&b'$') && currency::dollar_prefix(w, false).is_some() {
                    we + 1
                } else {
                    return None;
                }
            } else {
                we
            }
        };
        let p = skip_gap(t, after_prefix);
        is_start(p).then_some(p)
    }
}

/// A unit written glued to digits or as an abbreviation: "bps", "pp", "USD", "MEUR", "45p".
fn glued_unit(w: &str, end: usize) -> Option<After> {
    glued_money(w, end).or_else(|| percent::glued(w, end))
}

/// Whether a word after a number may carry on an amount: a unit, a scale word, a currency
/// code or the first word of a currency name, or a range word.
fn may_follow(w: &str) -> bool {
    const EXTRA: &[&str] = &[
        "to",
        "and",
        "percent",
        "percents",
        "pct",
        "pc",
        "per",
        "percentage",
        "basis",
        "bp",
        "bps",
        "bpt",
        "bpts",
        "pp",
        "ppt",
        "ppts",
        "p",
    ];
    let lower = Lower::<16>::of(w);
    currency::may_follow(lower.as_bytes(), EXTRA)
        || scale_power(w, true).is_some()
        || currency::magnitude_code(w).is_some()
}

/// A minus sign or the word "minus" right before `start`.
fn minus_before(text: &str, start: usize) -> Option<usize> {
    match char_before(text, start) {
        Some(c @ ('-' | '−')) => {
            let s = start - c.len_utf8();
            let ok = match char_before(text, s) {
                None => true,
                Some(p) => p.is_whitespace() || matches!(p, '(' | '[' | '"' | '“' | '\''),
            };
            ok.then_some(s)
        }
        _ => {
            let (s, e) = prev_word(text, start)?;
            text[s..e].eq_ignore_ascii_case("minus").then_some(s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amounts::Defaults;
    use crate::entity::{EntityKind, Qualifier};
    use crate::Currency;

    fn describe(
        head: String,
        range: (Option<Decimal>, Option<Decimal>),
        q: Option<Qualifier>,
    ) -> String {
        let mut s = head;
        if let (Some(a), Some(b)) = range {
            s += &format!(" [{a},{b}]");
        }
        if let Some(q) = q {
            s += &format!(" {}", q.as_str());
        }
        s
    }

    fn run(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        scan(text, Wanted { money: Some(Defaults::default()), percent: true }, &mut out);
        out.sort_by_key(|e| e.byte_start);
        out.iter()
            .map(|e| match &e.kind {
                EntityKind::Money(m) => describe(
                    format!(
                        "{}={} {}",
                        e.text,
                        m.amount,
                        m.currency.as_ref().map_or("-", Currency::as_str)
                    ),
                    (m.min, m.max),
                    m.qualifier,
                ),
                EntityKind::Percentage(p) => describe(
                    format!("{}={} {:?}", e.text, p.value, p.kind),
                    (p.min, p.max),
                    p.qualifier,
                ),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn currency_before_and_after() {
        assert_eq!(run("Trade hit $41 billion."), ["$41 billion=41000000000 USD"]);
        assert_eq!(run("a US$7 billion loan"), ["US$7 billion=7000000000 USD"]);
        assert_eq!(run("It was €24 bn."), ["€24 bn=24000000000 EUR"]);
        assert_eq!(run("worth 1.5 trillion tenge"), ["1.5 trillion tenge=1500000000000 KZT"]);
        assert_eq!(run("KZT 500 each"), ["KZT 500=500 KZT"]);
        assert_eq!(run("paid USD5 and 5 USD"), ["USD5=5 USD", "5 USD=5 USD"]);
        assert_eq!(run("got 100 Hong Kong dollars"), ["100 Hong Kong dollars=100 HKD"]);
        assert_eq!(run("HK$ 10.05 billion"), ["HK$ 10.05 billion=10050000000 HKD"]);
        assert_eq!(run("priced at c $ 1.34 a share"), ["c $ 1.34=1.34 CAD"]);
        assert_eq!(run("some 300 yuan"), ["300 yuan=300 CNY approximately"]);
        assert_eq!(
            run("a 5,000 won fee and 2 billion roubles"),
            ["5,000 won=5000 KRW", "2 billion roubles=2000000000 RUB"]
        );
        assert_eq!(run("₹5 crore"), ["₹5 crore=50000000 INR"]);
        assert_eq!(run("100元 and 100 ₾ and 5€"), ["100元=100 CNY", "100 ₾=100 GEL", "5€=5 EUR"]);
    }

    #[test]
    fn spelled_out_and_sub_units() {
        assert_eq!(run("forty billion dollars"), ["forty billion dollars=40000000000 USD"]);
        assert_eq!(run("about a million dollars"), ["a million dollars=1000000 USD approximately"]);
        assert_eq!(run("half a billion euros"), ["half a billion euros=500000000 EUR"]);
        assert_eq!(run("three quarters billion yen"), ["three quarters billion yen=750000000 JPY"]);
        assert_eq!(run("fell 50 cents"), ["50 cents=0.5 USD"]);
        assert_eq!(run("at 470 pence a share"), ["470 pence=4.7 GBP"]);
        assert_eq!(run("at 45p each, page 5 p"), ["45p=0.45 GBP"]);
        assert_eq!(run("it cost 3 dollars 50 cents."), ["3 dollars 50 cents=3.5 USD"]);
        assert_eq!(run("a 12-cent dividend"), ["12-cent=0.12 USD"]);
    }

    #[test]
    fn ranges() {
        assert_eq!(run("$5-10 million"), ["$5-10 million=5000000 USD [5000000,10000000]"]);
        assert_eq!(
            run("between $5 million and $7 million"),
            ["$5 million and $7 million=5000000 USD [5000000,7000000]"]
        );
        assert_eq!(
            run("$5 to $7 billion"),
            ["$5 to $7 billion=5000000000 USD [5000000000,7000000000]"]
        );
        assert_eq!(run("10-15%"), ["10-15%=10 Percent [10,15]"]);
        assert_eq!(run("between 10% and 15%"), ["10% and 15%=10 Percent [10,15]"]);
        assert_eq!(run("rose from 10% to 15%"), ["10%=10 Percent", "15%=15 Percent"]);
    }

    #[test]
    fn percentages() {
        assert_eq!(run("up 66% year-on-year"), ["66%=66 Percent"]);
        assert_eq!(run("53.5 per cent"), ["53.5 per cent=53.5 Percent"]);
        assert_eq!(run("one hundred percent"), ["one hundred percent=100 Percent"]);
        assert_eq!(run("minus five percent"), ["minus five percent=-5 Percent"]);
        assert_eq!(run("rose 2 percentage points"), ["2 percentage points=2 PercentagePoints"]);
        assert_eq!(run("cut by 50 basis points"), ["50 basis points=50 BasisPoints"]);
        assert_eq!(run("cut 25bps"), ["25bps=25 BasisPoints"]);
        assert_eq!(run("more than 40 pct"), ["40 pct=40 Percent more_than"]);
    }

    #[test]
    fn no_false_positives() {
        for text in [
            "In 2023, on June 16-17 at 10:30, the score was 0-0.",
            "COVID-19 and C5+1 and G20 and the A380 and version 1.2.3",
            "Call +7 (7172) 55-66-77 or 8 800 555 35 35.",
            "He came 3rd of 25 runners; 5 pounds of flour; the team won 3 games.",
            "Go to http://x.com/a?q=30%25%2020% now",
            "Only a small percent attain the top ranks; the % of increase.",
            "All 70 of us. ALL 5 solutions are wrong. TOP 10 songs.",
            "one of the two countries signed a million-strong petition",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn letter_runs() {
        let text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ok@[`{é5 x";
        let b = text.as_bytes();
        assert_eq!(letters_end(b, 0), 52);
        assert_eq!(letters_end(b, 53), 55);
        assert_eq!(letters_end(b, 56), 56);
        assert_eq!(letters_end("abcdefghé5".as_bytes(), 0), 10);
        for (i, _) in text.char_indices() {
            let slow = b[i..].iter().take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
            assert_eq!(letters_end(b, i), i + slow, "at {i}");
        }
    }

    #[test]
    fn huge_and_odd_inputs_never_panic() {
        let long = format!("${}", "9".repeat(10_000));
        assert!(run(&long).is_empty());
        assert!(run(&format!("{} trillion dollars", "9".repeat(29))).is_empty());
        for text in
            ["$", "%", "-", "$-", "5-", "$5-$", "between", "a", "half a", "1,", "USD", "€€€5"]
        {
            let _ = run(text);
        }
    }
}

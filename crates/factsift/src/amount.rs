//! The one scan that finds money amounts and percentages.
//!
//! Candidates are cheap to find: ASCII digits (a byte scan) and spelled-out number words (a
//! small case-insensitive Aho-Corasick automaton). Around each candidate a small grammar reads
//! the currency before it ("$", "US$", "USD", "c $"), the numeral and its scale words, the
//! unit after it ("%", "percent", "basis points", "yuan", "Hong Kong dollars", "cents"), a
//! range ("$5-10 million", "between 10% and 15%"), and a qualifier before it ("about", "up
//! to"), all within a bounded window. A failed candidate skips its whole run of digits or
//! its word, so the cost stays linear in the text whatever it holds.

use crate::currency::{self, Cur, Unit, AMBIGUOUS, SUBUNIT};
use crate::entity::{Entity, EntityKind, EntityType, Money, PercentKind, Percentage, Qualifier};
use crate::number::{
    char_at, char_before, is_any, is_letter, next_word, parse_digits, parse_words, scale_power,
    scales_after, skip_gap, skip_gap_back, word_at, word_before, Lower, Numeral, NUMBER_WORDS,
};
use crate::Decimal;

/// What one scan looks for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Wanted {
    /// Money, with the ISO code a bare "$" stands for.
    pub dollar: Option<&'static str>,
    /// Percentages (and percentage points, basis points).
    pub percent: bool,
}

/// Money and percentages in one scan (what [`crate::Extractor`] uses when it wants both).
#[derive(Debug, Clone, Copy)]
pub(crate) struct AmountRecognizer(pub Wanted);

impl crate::Recognizer for AmountRecognizer {
    fn entity_types(&self) -> &[EntityType] {
        match (self.0.dollar.is_some(), self.0.percent) {
            (true, true) => &[EntityType::Money, EntityType::Percentage],
            (true, false) => &[EntityType::Money],
            (false, _) => &[EntityType::Percentage],
        }
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        scan(text, self.0, out);
    }
}

/// What a side of an amount measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Money(Unit),
    Pct(PercentKind),
}

/// A unit found after a numeral.
#[derive(Debug, Clone, Copy)]
struct After {
    kind: Kind,
    end: usize,
    /// Extra power of ten ("MUSD": millions of dollars).
    power: u32,
    /// A sign or code (may be followed by a scale word: "75 USD million").
    code_like: bool,
    /// A sign standing right before another number ("10 $ 30 cent").
    before_number: bool,
}

/// A currency found before a numeral.
#[derive(Debug, Clone, Copy)]
struct Before {
    unit: Unit,
    start: usize,
    power: u32,
    /// A currency name ("dollar 22.5 million"): only with a scale word.
    name: bool,
}

/// One side of an amount: `[minus] [currency] numeral [scale] [unit]`.
#[derive(Debug, Clone, Copy)]
struct Side {
    start: usize,
    /// End of the numeral and its scale words.
    core_end: usize,
    end: usize,
    num: Numeral,
    /// Scale power beyond the numeral's own value.
    power: u32,
    negative: bool,
    before: Option<Before>,
    after: Option<After>,
}

impl Side {
    fn kind(&self) -> Option<Kind> {
        match (self.before, self.after) {
            (Some(b), _) => Some(Kind::Money(b.unit)),
            (None, Some(a)) => Some(a.kind),
            (None, None) => None,
        }
    }

    fn scaled(&self) -> bool {
        self.num.scaled || self.power > 0
    }

    /// The value in whole units (or percent), with the given extra scale.
    fn value(&self, extra: u32) -> Option<Decimal> {
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
pub(crate) fn scan(text: &str, wanted: Wanted, out: &mut Vec<Entity>) {
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

struct Scanner<'t> {
    text: &'t str,
    wanted: Wanted,
    /// Where the last amount found ends.
    floor: usize,
}

/// A found amount (or nothing wanted) and where scanning goes on; or where to go on.
type Found = Result<(Option<Entity>, usize), usize>;

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
                currency::code_with_power(w).is_some() || currency::sign_ending_at(t, p).is_some()
            }),
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
            if let Some(we) = word_at_glued(t, num.end) {
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
        let mut negative = false;
        if first {
            if let Some(m) = minus_before(t, side_start).filter(|&m| m >= self.floor) {
                side_start = m;
                negative = true;
            }
        }
        Ok(Side { start: side_start, core_end, end, num, power, negative, before, after })
    }

    /// The currency standing right before the numeral at `start`.
    fn before(&self, start: usize, glued: bool, names: bool) -> Option<Before> {
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
                // "US$", "HK $", "c $": a prefix names the dollar.
                if let Some(ws) = word_before(t, s).filter(|&ws| ws >= self.floor) {
                    if let Some(u) = currency::dollar_prefix(&t[ws..s], false) {
                        return Some(Before { unit: u, start: ws, power: 0, name: false });
                    }
                }
                let gap = skip_gap_back(t, s);
                if gap + 1 == s {
                    if let Some(ws) = word_before(t, gap).filter(|&ws| ws >= self.floor) {
                        if let Some(u) = currency::dollar_prefix(&t[ws..gap], true) {
                            return Some(Before { unit: u, start: ws, power: 0, name: false });
                        }
                    }
                }
            }
            return Some(Before { unit, start: s, power: 0, name: false });
        }
        let ws = word_before(t, at)?;
        let w = &t[ws..at];
        if let Some((code, power)) = currency::code_with_power(w) {
            return Some(Before { unit: Unit::iso(code), start: ws, power, name: false });
        }
        if glued || !names {
            return None;
        }
        let unit = currency::name(Lower::<32>::of(w).as_bytes())?;
        (!unit.has(AMBIGUOUS) && !unit.has(SUBUNIT)).then_some(Before {
            unit,
            start: ws,
            power: 0,
            name: true,
        })
    }

    /// The unit standing after a numeral ending at `end`.
    fn after(&self, end: usize, digits: bool) -> Option<After> {
        let t = self.text;
        let b = t.as_bytes();
        let mut at = skip_gap(t, end);
        let hyphen = at == end && b.get(at) == Some(&b'-');
        if hyphen {
            at += 1;
        }
        if !hyphen && matches!(char_at(t, at), Some('%' | '％')) {
            let e = at + char_at(t, at).map_or(1, char::len_utf8);
            if char_at(t, e).is_some_and(char::is_alphanumeric) {
                return None; // "%2D": URL encoding
            }
            return Some(pct(PercentKind::Percent, e));
        }
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
        let second = |from: usize| next_word(t, from).map(|w| (w.word, w.end));
        if is_any(w1, &["percent", "percents", "pct", "pc"]) {
            if w1.eq_ignore_ascii_case("pc") && !digits {
                return None;
            }
            return Some(pct(PercentKind::Percent, w1e));
        }
        if w1.eq_ignore_ascii_case("per") {
            return match second(w1e) {
                Some((w, e)) if w.eq_ignore_ascii_case("cent") => {
                    Some(pct(PercentKind::Percent, e))
                }
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
        if let Some(a) = glued_unit(w1, w1e).filter(|a| matches!(a.kind, Kind::Pct(_))) {
            return Some(a);
        }
        // A code glued to a following number is that number's currency ("3 USD50").
        let glued_digit = char_at(t, w1e).is_some_and(|c| c.is_ascii_digit());
        if !hyphen && !glued_digit {
            if let Some((code, power)) = currency::code_with_power(w1) {
                return Some(After {
                    kind: Kind::Money(Unit::iso(code)),
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
        while n < 4 {
            let Some(e) = word_at(t, s) else { break };
            if (n > 0 && !phrase.push(" ")) || !phrase.push(&t[s..e]) {
                break;
            }
            cuts[n] = (phrase.len(), e);
            n += 1;
            if n == 1 && !currency::starts_name(phrase.as_bytes()) {
                return None;
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

    /// Turns a first side into an entity: a range, a single amount, or nothing.
    fn finish(&self, side: Side) -> Found {
        if let Some((range, end)) = self.range(&side) {
            return Ok((range, end));
        }
        let Some(kind) = side.kind() else { return Err(side.num.end) };
        let t = self.text;
        match kind {
            Kind::Pct(k) => {
                let value = side.value(0).ok_or(side.end)?;
                let e = Percentage {
                    value,
                    kind: k,
                    qualifier: qualifier_before(t, side.start, self.floor),
                    min: None,
                    max: None,
                };
                Ok((self.emit_pct(side.start, side.end, e), side.end))
            }
            Kind::Money(unit) => {
                let mut side = side;
                // "$5 dollars": a redundant name after a sign joins the amount; anything
                // else after it is left alone.
                if side.before.is_some()
                    && side.after.is_some_and(|a| a.code_like || a.kind != Kind::Money(unit))
                {
                    side.after = None;
                    side.end = side.core_end;
                }
                if !money_ok(&side, unit) {
                    return Err(side.num.end);
                }
                let mut amount = side.value(0).ok_or(side.end)?;
                let mut end = side.end;
                if let Some((cents, e)) = self.cents_after(&side, unit, end) {
                    amount = amount.checked_add(cents).ok_or(end)?;
                    end = e;
                } else if side.after.is_some_and(|a| a.before_number)
                    && self.sign_is_next_numbers(&side)
                {
                    return Err(side.num.end);
                }
                let money = Money {
                    amount,
                    currency: self.code(unit),
                    qualifier: qualifier_before(t, side.start, self.floor),
                    min: None,
                    max: None,
                };
                Ok((self.emit_money(side.start, end, money), end))
            }
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

    /// Cents after a whole amount: "3 dollars 50 cents", "10 $ 30 cent", "thirteen dollars
    /// and forty-five cents", "15 dollars 50", "one dollar and one".
    fn cents_after(&self, side: &Side, unit: Unit, end: usize) -> Option<(Decimal, usize)> {
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
            if sub.has(SUBUNIT) && self.code(sub) == self.code(unit) {
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

    fn code(&self, unit: Unit) -> Option<&'static str> {
        match unit.cur {
            Cur::Iso(c) => Some(c),
            Cur::Dollar => self.wanted.dollar,
            Cur::Unknown => None,
        }
    }

    fn emit_money(&self, start: usize, end: usize, money: Money) -> Option<Entity> {
        self.wanted.dollar?;
        Entity::new(self.text, start, end, 1.0, EntityKind::Money(money))
    }

    fn emit_pct(&self, start: usize, end: usize, p: Percentage) -> Option<Entity> {
        if !self.wanted.percent {
            return None;
        }
        Entity::new(self.text, start, end, 1.0, EntityKind::Percentage(p))
    }
}

fn pct(kind: PercentKind, end: usize) -> After {
    After { kind: Kind::Pct(kind), end, power: 0, code_like: false, before_number: false }
}

/// Letters glued right after digits ("5bn", "115USD"), if a word of letters starts there.
fn word_at_glued(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..).filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))?;
    let len: usize = rest.chars().take_while(|&c| is_letter(c)).map(char::len_utf8).sum();
    (len > 0).then_some(pos + len)
}

/// A unit written glued to digits or as an abbreviation: "bps", "pp", "USD", "MEUR".
fn glued_unit(w: &str, end: usize) -> Option<After> {
    if w == "p" {
        // "45p": pence, written glued to the digits only.
        let unit = currency::name(b"pence")?;
        return Some(After {
            kind: Kind::Money(unit),
            end,
            power: 0,
            code_like: false,
            before_number: false,
        });
    }
    if is_any(w, &["pct"]) {
        return Some(pct(PercentKind::Percent, end));
    }
    if is_any(w, &["pp", "ppt", "ppts"]) {
        return Some(pct(PercentKind::PercentagePoints, end));
    }
    if is_any(w, &["bp", "bps", "bpts"]) {
        return Some(pct(PercentKind::BasisPoints, end));
    }
    currency::code_with_power(w).map(|(code, power)| After {
        kind: Kind::Money(Unit::iso(code)),
        end,
        power,
        code_like: true,
        before_number: false,
    })
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

/// Whether two units name one currency (for the two sides of a range).
fn same_currency(a: Unit, b: Unit) -> bool {
    a.cur == b.cur && a.exp == b.exp
}

/// Whether a money side is money for sure: an everyday word as the unit ("pounds", "won")
/// needs a scale word or a formatted number; a name before the number needs a scale word.
fn money_ok(side: &Side, unit: Unit) -> bool {
    if side.before.is_some_and(|b| b.name) {
        return side.scaled();
    }
    if side.before.is_none() && unit.has(AMBIGUOUS) {
        return side.scaled() || side.num.formatted;
    }
    true
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

/// The word before `pos`, across a gap.
fn prev_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let e = skip_gap_back(text, pos);
    if e == pos {
        return None;
    }
    word_before(text, e).map(|s| (s, e))
}

/// The qualifier standing before an amount starting at `start` ("about", "more than").
fn qualifier_before(text: &str, start: usize, floor: usize) -> Option<Qualifier> {
    use Qualifier::*;
    let (s1, e1) = prev_word(text, start).filter(|&(s, _)| s >= floor)?;
    // The last word of every qualifier, as a quick "no" for all other words.
    let w1 = match Lower::<16>::of(&text[s1..e1]).as_bytes() {
        b"than" => "than",
        b"least" => "least",
        b"most" => "most",
        b"to" => "to",
        b"of" => "of",
        b"as" => "as",
        b"estimated" => "estimated",
        b"about" => "about",
        b"around" => "around",
        b"approximately" => "approximately",
        b"approx" => "approx",
        b"nearly" => "nearly",
        b"almost" => "almost",
        b"roughly" => "roughly",
        b"some" => "some",
        b"circa" => "circa",
        b"over" => "over",
        b"above" => "above",
        b"exceeding" => "exceeding",
        b"under" => "under",
        b"below" => "below",
        _ => return None,
    };
    let p2 = prev_word(text, s1);
    let p3 = p2.and_then(|(s, _)| prev_word(text, s));
    let lower = |p: Option<(usize, usize)>| p.map(|(s, e)| Lower::<16>::of(&text[s..e]));
    let (w2, w3) = (lower(p2), lower(p3));
    let w2 = w2.as_ref().and_then(|l| std::str::from_utf8(l.as_bytes()).ok());
    let w3 = w3.as_ref().and_then(|l| std::str::from_utf8(l.as_bytes()).ok());
    let no = w3 == Some("no");
    let q = match (w2, w1) {
        (Some("more" | "greater" | "higher"), "than") => {
            if no {
                AtMost
            } else {
                MoreThan
            }
        }
        (Some("less" | "fewer" | "lower"), "than") => {
            if no {
                AtLeast
            } else {
                LessThan
            }
        }
        (Some("at"), "least") => AtLeast,
        (Some("at"), "most") => AtMost,
        (Some("up"), "to") => AtMost,
        (Some("close"), "to") => Approximately,
        (Some("excess"), "of") if w3 == Some("in") => MoreThan,
        (Some("much" | "many"), "as") if w3 == Some("as") => AtMost,
        (Some("upwards"), "of") => MoreThan,
        (Some("an"), "estimated") => Approximately,
        (
            _,
            "about" | "around" | "approximately" | "approx" | "nearly" | "almost" | "roughly"
            | "some" | "circa" | "estimated",
        ) => Approximately,
        (_, "over" | "above" | "exceeding") => MoreThan,
        (_, "under" | "below") => LessThan,
        _ => return None,
    };
    Some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        scan(text, Wanted { dollar: Some("USD"), percent: true }, &mut out);
        out.sort_by_key(|e| e.byte_start);
        out.iter()
            .map(|e| match &e.kind {
                EntityKind::Money(m) => describe(
                    format!("{}={} {}", e.text, m.amount, m.currency.unwrap_or("-")),
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

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

use std::cell::OnceCell;

use super::currency;
use super::cursor::{
    char_at, char_before, classes, is_any, is_letter, prev_word, skip_gap, skip_gap_back, word_at,
    word_at_glued, word_before, Lower,
};
use super::money::{glued_money, money_ok, same_currency, ARTICLE_UNITS};
use super::numeral::{parse_digits, parse_words, scale_power, scales_after, Numeral, NUMBER_WORDS};
use super::percent;
use super::qualifier::qualifier_before;
use super::side::{After, Found, Kind, Scanner, Side, Wanted};
use crate::entity::{Entity, Money, Percentage};
use crate::Decimal;

/// Scans `text` and appends what `wanted` asks for to `out`.
pub(super) fn scan(text: &str, wanted: Wanted, out: &mut Vec<Entity>) {
    let mut pos = 0;
    // End of the last amount found: nothing before it may belong to the next one.
    let mut floor = 0;
    let mut candidates = Candidates::default();
    let writing = OnceCell::new();
    while let Some((start, word_end)) = candidates.next(text.as_bytes(), pos) {
        let scanner = Scanner { text, wanted, floor, writing: &writing };
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

/// The places an amount may start: digits, and spelled-out number words standing alone.
/// The text is read in blocks of 64 bytes (at multiples of 64) without a branch per word:
/// each block gives bit masks of its digits and of the starts of its runs of letters (ASCII
/// letters and every non-ASCII byte), and a run is only compared with the number words when
/// its first two letters and its length fit one of them. The block last read is kept, so
/// asking again from a little further on reads nothing twice.
#[derive(Default)]
struct Candidates {
    /// The index of the block last read (its start over 64), plus one; 0 before any.
    block: usize,
    /// Its candidates not yet ruled out, one bit per byte.
    found: u64,
}

impl Candidates {
    /// The first candidate at or after `pos`: its start, and for a number word its end.
    fn next(&mut self, bytes: &[u8], pos: usize) -> Option<(usize, Option<usize>)> {
        let mut block = pos / 64;
        while block * 64 < bytes.len() {
            if self.block != block + 1 {
                self.block = block + 1;
                self.found = block_candidates(bytes, block * 64);
            }
            let start = block * 64;
            let from = pos.saturating_sub(start);
            let mut left = self.found & (u64::MAX << from);
            while left != 0 {
                let bit = left.trailing_zeros();
                left &= left - 1;
                let at = start + bit as usize;
                if bytes[at].is_ascii_digit() {
                    return Some((at, None));
                }
                let end = letters_end(bytes, at + 1);
                if starts_amount_word(&bytes[at..end]) {
                    return Some((at, Some(end)));
                }
                self.found &= !(1 << bit);
            }
            block += 1;
        }
        None
    }
}

/// The candidates of the block of 64 bytes from `start`: its digits, and the starts of runs
/// of letters (not glued to a letter or digit before them) that may be number words.
fn block_candidates(bytes: &[u8], start: usize) -> u64 {
    // Whether the byte before the block is a letter or a digit: a run there goes on, or is
    // glued to digits, and no number word starts right after it.
    let glued = start > 0 && is_word_byte(bytes[start - 1]);
    let (letters, digits) = block_masks(bytes, start);
    let starts = letters & !(((letters | digits) << 1) | u64::from(glued));
    // Every number word has three letters or more: runs of one or two (a third of English
    // words) are dropped here, all at once; the block's last two bytes may go on past it.
    let three_letters = ((letters >> 1) | 1 << 63) & ((letters >> 2) | 3 << 62);
    digits | number_word_starts(bytes, start, starts & three_letters, letters)
}

/// Whether a byte is part of a run of letters or digits (ASCII letters and digits, every
/// non-ASCII byte).
#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The letters (ASCII letters and non-ASCII bytes) and the ASCII digits among the 64 bytes
/// from `pos` (fewer at the end of the text), one bit per byte.
#[inline]
fn block_masks(bytes: &[u8], pos: usize) -> (u64, u64) {
    let mut block = [0u8; 64];
    let block = match bytes.get(pos..pos + 64) {
        Some(full) => full,
        None => {
            // The last bytes, padded with zeros (neither letters nor digits).
            let rest = &bytes[pos.min(bytes.len())..];
            block[..rest.len()].copy_from_slice(rest);
            &block[..]
        }
    };
    let (mut letters, mut digits) = (0u64, 0u64);
    for (i, eight) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default());
        let (l, d) = classes(x);
        letters |= gather_high_bits(l) << (8 * i);
        digits |= gather_high_bits(d) << (8 * i);
    }
    (letters, digits)
}

/// The high bits of the eight bytes of `x` (the only bits set) as the eight low bits, byte
/// `k` to bit `k`.
#[inline]
fn gather_high_bits(x: u64) -> u64 {
    // Bit 8k moves to bit 56 + k; no two partial products meet, so nothing carries.
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Of the runs of letters starting at the bits of `starts` (a block from `pos`), those whose
/// first two letters and length fit a number word; a run that goes on past the block, or
/// is 15 letters or more, is kept when its first two letters fit (the caller compares the
/// whole word anyway). No branch per run: most words are no number word.
#[inline]
fn number_word_starts(bytes: &[u8], pos: usize, starts: u64, letters: u64) -> u64 {
    // The block and the byte after it (padded with zeros at the end of the text), so that
    // reading the first two letters of a run needs no bounds check.
    if let Some(Ok(block)) = bytes.get(pos..pos + 65).map(<&[u8; 65]>::try_from) {
        return fitting_runs(block, starts, letters);
    }
    let mut padded = [0u8; 65];
    let rest = bytes.get(pos..).unwrap_or_default();
    padded[..rest.len()].copy_from_slice(rest);
    fitting_runs(&padded, starts, letters)
}

/// [`number_word_starts`] on a block and the byte after it.
#[inline]
fn fitting_runs(block: &[u8; 65], mut starts: u64, letters: u64) -> u64 {
    let ends = !letters;
    let mut fits = 0u64;
    while starts != 0 {
        let s = starts.trailing_zeros() as usize & 63;
        starts &= starts - 1;
        let lengths = NUMBER_WORD_FILTER[pair_index(block[s], block[s + 1])] & 0xffff;
        // The run's length, 15 when it reaches the end of the block or is longer.
        let len = ((ends >> s) | 1 << 15).trailing_zeros();
        fits |= ((lengths >> len) & 1) << s;
    }
    fits
}

/// The index of two first letters in [`NUMBER_WORD_FILTER`]: the low five bits of each
/// (the same for both cases; other bytes fall on some letter, which only costs a comparison).
#[inline]
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a & 0x1f) * 32 + usize::from(b & 0x1f)
}

/// Per pair of first letters ([`pair_index`]), what the words starting with them that may
/// start an amount ([`NUMBER_WORDS`] and [`ARTICLE_UNITS`]) look like: bit `n` (below 16)
/// for a length of `n` bytes, bit 15 for any, and bit `32 + k` for a last letter whose low
/// five bits are `k`.
const NUMBER_WORD_FILTER: [u64; 32 * 32] = {
    let mut f = [0u64; 32 * 32];
    let mut i = 0;
    while i < NUMBER_WORDS.len() + ARTICLE_UNITS.len() {
        let w = if i < NUMBER_WORDS.len() {
            NUMBER_WORDS[i].as_bytes()
        } else {
            ARTICLE_UNITS[i - NUMBER_WORDS.len()].as_bytes()
        };
        let at = (w[0] & 0x1f) as usize * 32 + (w[1] & 0x1f) as usize;
        // Bit 15: "any length", for runs whose length the block does not show.
        f[at] |= 1 << w.len() | 1 << 15 | 1 << (32 + (w[w.len() - 1] & 0x1f));
        i += 1;
    }
    f
};

/// Whether a word may start an amount: a number word, or a currency name that makes one
/// after an article ("a dollar").
fn starts_amount_word(word: &[u8]) -> bool {
    let (&[a, b, ..], &last, 3..=9) = (word, word.last().unwrap_or(&0), word.len()) else {
        return false;
    };
    let filter = NUMBER_WORD_FILTER[pair_index(a, b)];
    let fits = filter & (1 << word.len()) != 0 && filter & (1 << (32 + (last & 0x1f))) != 0;
    fits && (NUMBER_WORD_KEYS.contains(&lower_key(word)) || is_article_unit(word))
}

/// Whether a word is one of [`ARTICLE_UNITS`] (any case).
fn is_article_unit(word: &[u8]) -> bool {
    ARTICLE_UNITS.iter().any(|u| u.as_bytes().eq_ignore_ascii_case(word))
}

/// The end of the run of letters (ASCII letters and non-ASCII bytes) from `pos`, eight bytes
/// at a time.
#[inline]
fn letters_end(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else { break };
        let (letters, _) = classes(u64::from_le_bytes(chunk));
        let others = !letters & 0x8080_8080_8080_8080;
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
    let (&[a, b, ..], 3..=9) = (word, word.len()) else { return false };
    NUMBER_WORD_FILTER[pair_index(a, b)] & (1 << word.len()) != 0
        && NUMBER_WORD_KEYS.contains(&lower_key(word))
}

/// A word of at most 16 bytes, lower-cased (ASCII), packed into one integer; 0 for longer
/// words.
const fn lower_key(word: &[u8]) -> u128 {
    if word.len() > 16 {
        return 0;
    }
    let mut key = 0u128;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i].to_ascii_lowercase() as u128) << (8 * i);
        i += 1;
    }
    key
}

/// [`NUMBER_WORDS`] as [`lower_key`]s, for a comparison without a loop over bytes.
const NUMBER_WORD_KEYS: [u128; NUMBER_WORDS.len()] = {
    let mut keys = [0u128; NUMBER_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = lower_key(NUMBER_WORDS[i].as_bytes());
        i += 1;
    }
    keys
};

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
        let at = num.end;
        // Digits glued after a hyphen ("2-1", "5-10%"): the hyphen names no unit, and the
        // range the two may make needs a currency before the first (asked below) or a unit
        // or scale after the second (not another hyphen and digits: no unit follows those
        // either), as for a numeral alone: most are scores and dates.
        let next_ok = if b.get(at) == Some(&b'-') && b.get(at + 1).is_some_and(u8::is_ascii_digit) {
            parse_digits(t, at + 1).is_ok_and(|second| may_carry_on(t, second.end))
        } else {
            may_carry_on(t, num.end)
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
                    || currency::plain_name(w).is_some()
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
        if is_article_unit(&t.as_bytes()[start..end]) {
            return self.article_amount(start, end);
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
        if before.is_none() && after.is_none() && !glued {
            before = self.name_before_plain(&num);
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
        let end = second.end;
        Some((self.emit_range(kind, first.start, end, v1, v2), end))
    }

    /// The entity for a range `start..end` from `low` to `high` (the value is the low end).
    fn emit_range(
        &self,
        kind: Kind,
        start: usize,
        end: usize,
        low: Decimal,
        high: Decimal,
    ) -> Option<Entity> {
        let qualifier = qualifier_before(self.text, start, self.floor);
        match kind {
            Kind::Pct(k) => self.emit_pct(
                start,
                end,
                Percentage { value: low, kind: k, qualifier, min: Some(low), max: Some(high) },
            ),
            Kind::Money(u) => self.emit_money(
                start,
                end,
                Money {
                    amount: low,
                    currency: self.code(u),
                    qualifier,
                    min: Some(low),
                    max: Some(high),
                },
            ),
        }
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

/// Whether what follows a numeral ending at `end` may carry on an amount: a unit, a scale, a
/// range word, a hyphen but for one glued to more digits (another numeral: "1996-08-22"), or
/// a sign (a quick "no" for most numbers, see [`Scanner::promising`]).
fn may_carry_on(t: &str, end: usize) -> bool {
    let at = skip_gap(t, end);
    let b = t.as_bytes();
    match b.get(at) {
        None => false,
        Some(c) if c.is_ascii_alphabetic() => {
            at == end || word_at(t, at).map_or(true, |e| may_follow(&t[at..e]))
        }
        Some(b'-') => at > end || !b.get(at + 1).is_some_and(u8::is_ascii_digit),
        Some(c) => matches!(c, b'%' | b'$') || *c >= 0x80,
    }
}

/// A unit written glued to digits or as an abbreviation: "bps", "pp", "USD", "MEUR", "45p".
fn glued_unit(w: &str, end: usize) -> Option<After> {
    glued_money(w, end).or_else(|| percent::glued(w, end))
}

/// Whether a word after a number may carry on an amount: a unit, a scale word, a currency
/// code or the first word of a currency name, or a range word.
fn may_follow(w: &str) -> bool {
    let lower = Lower::<16>::of(w);
    let extra = matches!(
        lower.as_bytes(),
        b"to"
            | b"and"
            | b"percent"
            | b"percents"
            | b"pct"
            | b"pc"
            | b"per"
            | b"percentage"
            | b"basis"
            | b"bp"
            | b"bps"
            | b"bpt"
            | b"bpts"
            | b"pp"
            | b"ppt"
            | b"ppts"
            | b"p"
    );
    extra
        || currency::may_follow(lower.as_bytes())
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
            // The word "minus" across a gap: its five bytes first, then that they are a word.
            let e = skip_gap_back(text, start);
            let minus =
                e < start && e >= 5 && text.as_bytes()[e - 5..e].eq_ignore_ascii_case(b"minus");
            minus.then(|| word_before(text, e)).flatten().filter(|&s| s == e - 5)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amounts::currency::Defaults;
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
        // Numbers joined by a hyphen: a range when a unit follows the second or a currency
        // stands before the first; scores and dates are none.
        assert_eq!(run("5-10 percent"), ["5-10 percent=5 Percent [5,10]"]);
        assert_eq!(run("USD 5-10"), ["USD 5-10=5 USD [5,10]"]);
        assert!(run("won 2-1 at home, on 1996-08-22").is_empty());
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

    /// The candidates one byte at a time, as the definition says: every digit, and every
    /// run of letters not glued to a letter or digit before it that is a number word.
    fn candidates_bytewise(bytes: &[u8], pos: usize) -> Option<(usize, Option<usize>)> {
        let word_byte = |i: usize| i > 0 && is_word_byte(bytes[i - 1]);
        (pos..bytes.len()).find_map(|i| {
            if bytes[i].is_ascii_digit() {
                return Some((i, None));
            }
            let is_letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
            if !is_letter(bytes[i]) || word_byte(i) {
                return None;
            }
            let end = (i..bytes.len()).find(|&j| !is_letter(bytes[j])).unwrap_or(bytes.len());
            starts_amount_word(&bytes[i..end]).then_some((i, Some(end)))
        })
    }

    #[test]
    fn candidates_in_blocks_match_bytewise() {
        let texts = [
            "Seven of the 12 Ninety-nine x5 5five fivefold thirteen,TEN!one hundred thousand",
            "naïve three é-twelve threeé 'eight' (nine) zero9 million—billion half-quarter",
            "abcdefg one two\u{a0}three\tfour\nfive 1,500 a1b2 ten",
            "",
            "o",
            "one",
            "x1",
            "The 2 firms said seven of their 30 fifteen-year bonds, worth $4 billion, fell by one \
             quarter; Twenty-five others, at 3.5%, held. Ninety nine and a half: thousand",
        ];
        for text in texts {
            let b = text.as_bytes();
            // One reader asked from each position in turn, as the scan asks it, and a fresh one.
            let mut walking = Candidates::default();
            for pos in 0..=b.len() {
                let expected = candidates_bytewise(b, pos);
                assert_eq!(walking.next(b, pos), expected, "{text:?} at {pos}");
                assert_eq!(Candidates::default().next(b, pos), expected, "{text:?} at {pos}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn candidates_in_blocks_match_bytewise_anywhere(
            text in "([a-zA-Z0-9 .,é€-]|one|Ten|three|million|half){0,90}",
            pos in 0usize..200,
        ) {
            let b = text.as_bytes();
            let pos = pos.min(b.len());
            proptest::prop_assert_eq!(Candidates::default().next(b, pos), candidates_bytewise(b, pos));
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

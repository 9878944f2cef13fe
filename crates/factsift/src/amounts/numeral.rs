//! The numeral grammar shared by money and percentages: digits with separators ("1,234.56",
//! Indian "12,34,567"), scale words and abbreviations ("million", "bn", "lakh"), and
//! spelled-out numbers ("forty-five", "a million", "half a billion", "three quarters").

use super::cursor::{is_any, next_word, word_at, WordTok};
use crate::Decimal;

/// Most digits a numeral may have (beyond that it is a code or garbage, never an amount).
const MAX_DIGITS: usize = 30;

/// A numeral found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// Its value, scale words included.
    pub value: Decimal,
    /// Byte range of the numeral (and its scale words).
    pub start: usize,
    /// End of the numeral (exclusive).
    pub end: usize,
    /// Written in digits (not spelled out).
    pub digits: bool,
    /// Digits with thousands separators or a decimal part ("5,000", "2.50").
    pub formatted: bool,
    /// Carries a scale word or abbreviation ("5 million", "5bn").
    pub scaled: bool,
    /// "31.500": the value if its dot separates thousands (`value` reads it as a decimal
    /// point); the currency decides which reading holds.
    pub dot_thousands: Option<Decimal>,
    /// Which decimal sign the way it is written shows, if any.
    pub writing: Writing,
}

/// The decimal sign a numeral's form shows: "2,75" and "1.234.567" a decimal comma, "2.5"
/// and "1,234" a decimal point; "1500", "31.500" and "3 250 000" neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Writing {
    /// The form fits both conventions (or shows no separator).
    Either,
    /// A comma before the decimals, dots (if any) between thousands.
    DecimalComma,
    /// A point before the decimals, commas (if any) between thousands.
    DecimalPoint,
}

/// The convention a whole text writes its numerals in: the one its numerals show, if they all
/// show the same one; [`Writing::Either`] if none shows one or they disagree.
///
/// "1.500 €" alone could be fifteen hundred or one and a half; in a text that also writes
/// "2,75 €" (and no "2.5") it is fifteen hundred.
pub(crate) fn text_writing(text: &str) -> Writing {
    let b = text.as_bytes();
    let (mut comma, mut point) = (false, false);
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        match parse_digits(text, i) {
            Ok(num) => {
                comma |= num.writing == Writing::DecimalComma;
                point |= num.writing == Writing::DecimalPoint;
                i = num.end.max(i + 1);
            }
            Err(e) => i = e.resume,
        }
        if comma && point {
            return Writing::Either;
        }
    }
    match (comma, point) {
        (true, false) => Writing::DecimalComma,
        (false, true) => Writing::DecimalPoint,
        _ => Writing::Either,
    }
}

/// Why a run of digits is no numeral: skip to `resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotNumeral {
    /// Where scanning may go on (past the whole run).
    pub resume: usize,
}

/// Scale words and abbreviations with their powers of ten. `attached` says whether the word is
/// glued to the number: single letters count only then ("5m", "5k").
pub(crate) fn scale_power(word: &str, attached: bool) -> Option<u32> {
    // Every scale word starts with one of these letters and is at most 8 letters long.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if word.len() > 8 || !matches!(first, b'h' | b't' | b'm' | b'b' | b'l' | b'c' | b'k') {
        return None;
    }
    // Lower-cased on the stack (no word longer than 8 bytes gets here), then one match.
    let mut lower = [0u8; 8];
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    match &lower[..word.len()] {
        b"hundred" => Some(2),
        b"thousand" => Some(3),
        b"million" | b"mn" | b"mln" | b"mio" => Some(6),
        b"billion" | b"bn" | b"bln" => Some(9),
        b"trillion" | b"tn" | b"trn" => Some(12),
        b"lakh" | b"lakhs" | b"lac" => Some(5),
        b"crore" | b"crores" | b"cr" => Some(7),
        b"k" if attached => Some(3),
        b"m" | b"mil" if attached => Some(6),
        b"b" if attached => Some(9),
        b"t" if attached => Some(12),
        _ => None,
    }
}

/// Reads scale words after `pos` ("million", "hundred thousand", "lakh crore"), allowing a
/// gap or a hyphen before each. Returns the total power of ten and the end, or `None`.
pub(crate) fn scales_after(text: &str, pos: usize) -> Option<(u32, usize)> {
    let mut power = 0u32;
    let mut end = pos;
    for _ in 0..3 {
        let Some(w) = next_word(text, end) else { break };
        let Some(p) = scale_power(w.word, false) else { break };
        power += p;
        end = w.end;
    }
    (power > 0).then_some((power, end))
}

/// How the groups of a numeral's integer part are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Groups {
    /// No separator: "1234".
    None,
    /// Commas, western "1,234,567" or Indian "12,34,567".
    Comma,
    /// Dots, as where the comma is the decimal sign: "1.234.567", "1.234,56".
    Dot,
    /// Spaces (plain, no-break, thin): "3 250 000".
    Space,
    /// Apostrophes, as in Switzerland: "1'250".
    Apostrophe,
}

/// Reads the digits of a numeral, accumulating the mantissa (at most [`MAX_DIGITS`] digits
/// count; more make the numeral no amount).
struct DigitReader<'t> {
    b: &'t [u8],
    mantissa: i128,
    count: usize,
}

impl DigitReader<'_> {
    fn digit(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(u8::is_ascii_digit)
    }

    fn run_end(&self, mut i: usize) -> usize {
        while self.digit(i) {
            i += 1;
        }
        i
    }

    fn take(&mut self, from: usize, to: usize) {
        for &d in &self.b[from..to] {
            self.count += 1;
            if self.count <= MAX_DIGITS {
                self.mantissa = self.mantissa * 10 + i128::from(d - b'0');
            }
        }
    }

    /// Where a group of exactly three digits starting at `i` ends, if one does.
    fn group_of_three(&self, i: usize) -> Option<usize> {
        (self.run_end(i) == i + 3).then_some(i + 3)
    }

    /// The length of a group separator at `i` for `groups` (spaces of several kinds, the
    /// apostrophe written straight or curly), or 0.
    fn separator_len(&self, i: usize, groups: Groups) -> usize {
        match (groups, self.b.get(i..).unwrap_or_default()) {
            (Groups::Comma, [b',', ..]) | (Groups::Dot, [b'.', ..]) => 1,
            (Groups::Apostrophe, [b'\'', ..]) => 1,
            (Groups::Apostrophe, [0xE2, 0x80, 0x99, ..]) => 3,
            (Groups::Space, [b' ', ..]) => 1,
            (Groups::Space, [0xC2, 0xA0, ..]) => 2,
            (Groups::Space, [0xE2, 0x80, 0x89 | 0xAF, ..]) => 3,
            _ => 0,
        }
    }

    /// Reads groups of three digits after `first_end`, each after one separator for
    /// `groups`: how many and where they end.
    fn groups_of_three(&mut self, first_end: usize, groups: Groups) -> (usize, usize) {
        let (mut n, mut i) = (0, first_end);
        loop {
            let sep = self.separator_len(i, groups);
            let Some(e) = (sep > 0).then(|| self.group_of_three(i + sep)).flatten() else {
                return (n, i);
            };
            self.take(i + sep, e);
            n += 1;
            i = e;
        }
    }

    /// Western or Indian comma groups after `first_end`: where they end, or `None` if the
    /// commas do not group thousands (the digits are left untaken then).
    fn comma_groups(&mut self, first_len: usize, first_end: usize) -> Option<usize> {
        let (mut i, mut n, mut all_three, mut inner_two, mut last) = (first_end, 0, true, true, 0);
        while self.b.get(i) == Some(&b',') && self.digit(i + 1) {
            let e = self.run_end(i + 1);
            inner_two &= n == 0 || last == 2;
            last = e - i - 1;
            all_three &= last == 3;
            n += 1;
            i = e;
        }
        let western = first_len <= 3 && all_three;
        let indian = first_len <= 2 && last == 3 && inner_two;
        if n == 0 || !(western || indian) {
            return None;
        }
        let mut at = first_end;
        while at < i {
            let e = self.run_end(at + 1);
            self.take(at + 1, e);
            at = e;
        }
        Some(i)
    }
}

/// Parses the digits starting at `start` in the text's own convention: "1,234.56", Indian
/// "12,34,567", "1.234,56", "3 250 000", "1'250", "34,50" (a comma before one or two final
/// digits is a decimal comma). A single dot before exactly three digits ("31.500") reads as a
/// decimal point, and the reading with a thousands dot is kept in
/// [`Numeral::dot_thousands`] for the currency to decide. On success the numeral ends after
/// the digits; letters glued to it are left to the caller.
pub(crate) fn parse_digits(text: &str, start: usize) -> Result<Numeral, NotNumeral> {
    let b = text.as_bytes();
    // Whatever happens, a failed parse skips the whole run of digits and separators.
    let skip_all = || {
        let mut i = start;
        while b.get(i).is_some_and(|c| {
            c.is_ascii_digit()
                || ((*c == b'.' || *c == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        }) {
            i += 1;
        }
        NotNumeral { resume: i.max(start + 1) }
    };
    let mut r = DigitReader { b, mantissa: 0, count: 0 };
    let first_end = r.run_end(start);
    let first_len = first_end - start;
    r.take(start, first_end);
    let (groups, int_end) = integer_groups(&mut r, first_len, first_end).ok_or_else(skip_all)?;
    let mut i = int_end;
    let mut scale = 0u32;
    let mut dot_thousands = None;
    // "31.500" ("0.500" is a decimal point for sure).
    let mut dot_either = false;
    let decimal_sign = match (groups, b.get(i)) {
        (Groups::Dot, Some(b',')) | (Groups::Space, Some(b',' | b'.')) => true,
        (Groups::Comma | Groups::Apostrophe | Groups::None, Some(b'.')) => true,
        // "34,50", "1,5": a decimal comma before one or two final digits.
        (Groups::None, Some(b',')) => {
            let e = r.run_end(i + 1);
            first_len <= 3 && (e == i + 2 || e == i + 3)
        }
        _ => false,
    };
    if decimal_sign && r.digit(i + 1) {
        let e = r.run_end(i + 1);
        // "31.500": a decimal point, or a thousands dot as where the comma is the decimal sign.
        let ambiguous = groups == Groups::None && b[i] == b'.' && e == i + 4 && first_len <= 3;
        dot_either = ambiguous && b[start] != b'0';
        if dot_either {
            dot_thousands = Decimal::new(r.mantissa * 1000, 0)
                .and_then(|m| m.checked_add(text[i + 1..e].parse().ok()?));
        }
        r.take(i + 1, e);
        scale = (e - i - 1) as u32;
        i = e;
    }
    // "1.2.3", "10:30", "1,2,3", "12/05": versions, times, dates, lists; not amounts.
    if matches!(b.get(i), Some(b'.' | b',' | b':' | b'/')) && r.digit(i + 1) {
        return Err(skip_all());
    }
    if r.count > MAX_DIGITS {
        return Err(skip_all());
    }
    let value = Decimal::new(r.mantissa, scale).ok_or_else(skip_all)?;
    let formatted = groups != Groups::None || scale > 0;
    let decimal = (scale > 0).then(|| b[int_end]);
    let writing = match (groups, decimal) {
        (Groups::Dot, _) | (_, Some(b',')) => Writing::DecimalComma,
        (Groups::Comma, _) | (_, Some(b'.')) if !dot_either => Writing::DecimalPoint,
        _ => Writing::Either,
    };
    Ok(Numeral {
        value,
        start,
        end: i,
        digits: true,
        formatted,
        scaled: false,
        dot_thousands,
        writing,
    })
}

/// The grouping of a numeral's integer part after its first run of digits, and where the
/// integer part ends; `None` if separators follow that group nothing ("1,23,4").
fn integer_groups(
    r: &mut DigitReader<'_>,
    first_len: usize,
    first_end: usize,
) -> Option<(Groups, usize)> {
    let b = r.b;
    if b.get(first_end) == Some(&b',') && r.digit(first_end + 1) {
        if let Some(end) = r.comma_groups(first_len, first_end) {
            return Some((Groups::Comma, end));
        }
        // One group of one or two digits is a decimal comma ("34,50"); others are not amounts.
        let e = r.run_end(first_end + 1);
        let decimal = first_len <= 3 && e - first_end <= 3 && b.get(e) != Some(&b',');
        return decimal.then_some((Groups::None, first_end));
    }
    // A group of three needs a separator (a dot, a space, an apostrophe; or one of two or three
    // bytes that starts with 0xC2 or 0xE2) and a digit after it: most numbers ("22 players",
    // "6-3") are followed by none, and need no trial below.
    let separator = matches!(b.get(first_end), Some(b'.' | b' ' | b'\'' | 0xC2 | 0xE2));
    if first_len > 3 || !separator || !(1..=3).any(|k| r.digit(first_end + k)) {
        return Some((Groups::None, first_end));
    }
    for groups in [Groups::Dot, Groups::Space, Groups::Apostrophe] {
        let mut trial = DigitReader { b, mantissa: r.mantissa, count: r.count };
        let (n, end) = trial.groups_of_three(first_end, groups);
        let decimal_comma_after = b.get(end) == Some(&b',') && trial.digit(end + 1);
        let ok = match groups {
            // "1.234.567" or "1.234,56"; a lone "1.234" stays for the decimal reading.
            Groups::Dot => n >= 2 || (n == 1 && decimal_comma_after),
            // "3 250 000" but not a phone number "8 800 555 35 35".
            Groups::Space => n >= 1 && !space_then_digit(&trial, end),
            _ => n >= 1,
        };
        if ok && !(groups == Groups::Dot && b[first_end - first_len] == b'0') {
            *r = trial;
            return Some((groups, end));
        }
    }
    Some((Groups::None, first_end))
}

/// Whether a spacing character and a digit follow `i` (more numbers: not one amount).
fn space_then_digit(r: &DigitReader<'_>, i: usize) -> bool {
    let sep = r.separator_len(i, Groups::Space);
    sep > 0 && r.digit(i + sep)
}

/// The words that can start a spelled-out number (for the candidate scan): the twenty units,
/// the eight tens, then scales and fractions.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "lakh",
    "crore",
    "half",
    "quarter",
];

/// Spelled-out units and tens: the value, and whether it is a ten.
fn word_value(word: &str) -> Option<(u32, bool)> {
    let i = NUMBER_WORDS[..28].iter().position(|w| word.eq_ignore_ascii_case(w))? as u32;
    Some(if i < 20 { (i, false) } else { (20 + 10 * (i - 20), true) })
}

/// What the last word of a spelled-out number was.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Article,
    Unit,
    Tens,
    Hundred,
    Scale,
    Fraction,
    And,
}

/// Parses a spelled-out number starting with the word at `start` ("forty billion",
/// "a million", "half a billion", "one hundred and five", "three quarters billion"). A
/// fraction ("half", "a quarter") must be followed by a scale word.
pub(crate) fn parse_words(text: &str, start: usize) -> Option<Numeral> {
    let first_end = word_at(text, start)?;
    let mut tok = Some(WordTok { word: &text[start..first_end], end: first_end });
    let mut total = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut end = start;
    let mut prev = Prev::Start;
    let mut scaled = false;
    while let Some(t) = tok.take() {
        let w = t.word;
        let mut word_end = t.end;
        let next = if prev == Prev::Start && is_any(w, &["a", "an"]) {
            current = Decimal::from(1);
            Prev::Article
        } else if let Some((v, tens)) = word_value(w) {
            let ok = if tens {
                matches!(prev, Prev::Start | Prev::Hundred | Prev::Scale | Prev::And)
            } else {
                matches!(prev, Prev::Start | Prev::Tens | Prev::Hundred | Prev::Scale | Prev::And)
            };
            if !ok {
                break;
            }
            current = current.checked_add(Decimal::from(i64::from(v)))?;
            if tens {
                Prev::Tens
            } else {
                Prev::Unit
            }
        } else if is_any(w, &["half", "quarter", "quarters"]) {
            let half = w.eq_ignore_ascii_case("half");
            let part: Decimal = if half { "0.5" } else { "0.25" }.parse().ok()?;
            current = match prev {
                Prev::Start | Prev::Article => part,
                Prev::Unit if !half => current.checked_mul(part)?,
                _ => break,
            };
            // "half a billion", "a quarter of a million"
            let mut peek = next_word(text, word_end);
            if peek.as_ref().is_some_and(|p| p.word.eq_ignore_ascii_case("of")) {
                peek = peek.and_then(|p| next_word(text, p.end));
            }
            if let Some(p) = peek.filter(|p| is_any(p.word, &["a", "an"])) {
                word_end = p.end;
            }
            Prev::Fraction
        } else if w.eq_ignore_ascii_case("hundred") && matches!(prev, Prev::Unit | Prev::Article) {
            current = current.checked_shift(2)?;
            Prev::Hundred
        } else if let Some(p) = scale_power(w, false).filter(|&p| p >= 3) {
            if !matches!(
                prev,
                Prev::Unit | Prev::Tens | Prev::Hundred | Prev::Article | Prev::Fraction
            ) {
                break;
            }
            total = total.checked_add(current.checked_shift(p as i32)?)?;
            current = Decimal::ZERO;
            scaled = true;
            Prev::Scale
        } else if w.eq_ignore_ascii_case("and") && matches!(prev, Prev::Hundred | Prev::Scale) {
            // "one hundred and five", "a thousand and one": only before a unit or a ten.
            match next_word(text, t.end) {
                Some(n) if word_value(n.word).is_some() => {
                    prev = Prev::And;
                    tok = Some(n);
                    continue;
                }
                _ => break,
            }
        } else {
            break;
        };
        if prev == Prev::Fraction && next != Prev::Scale {
            break;
        }
        prev = next;
        end = word_end;
        tok = next_word(text, end);
    }
    if matches!(prev, Prev::Start | Prev::Article | Prev::Fraction | Prev::And) {
        return None;
    }
    let value = total.checked_add(current)?;
    Some(Numeral {
        value,
        start,
        end,
        digits: false,
        formatted: false,
        scaled,
        dot_thousands: None,
        writing: Writing::Either,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Option<String> {
        parse_digits(s, 0).ok().map(|n| format!("{}@{}", n.value, n.end))
    }

    fn words(s: &str) -> Option<String> {
        parse_words(s, 0).map(|n| format!("{}@{}", n.value, n.end))
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(digits("1,234.56 x").as_deref(), Some("1234.56@8"));
        assert_eq!(digits("12,34,567.89").as_deref(), Some("1234567.89@12"));
        assert_eq!(digits("5 million").as_deref(), Some("5@1"));
        assert_eq!(digits("30.05bn").as_deref(), Some("30.05@5"));
        assert_eq!(digits("1,000,000,").as_deref(), Some("1000000@9"));
        assert_eq!(digits("5.").as_deref(), Some("5@1"));
    }

    #[test]
    fn digits_that_are_no_amounts() {
        for s in ["1.2.3", "10:30", "12/05/2024", "1,2,3", "1,23,4", "1234,567", "2019,20"] {
            assert!(digits(s).is_none(), "{s}");
        }
        // Runs too long to be amounts are skipped whole, without overflow.
        let long = "9".repeat(500);
        assert_eq!(parse_digits(&long, 0), Err(NotNumeral { resume: 500 }));
        assert_eq!(parse_digits("1.2.3 x", 0), Err(NotNumeral { resume: 5 }));
    }

    #[test]
    fn digits_in_the_texts_own_convention() {
        // Decimal commas, dots and spaces and apostrophes between thousands.
        assert_eq!(digits("34,50 €").as_deref(), Some("34.5@5"));
        assert_eq!(digits("1,5").as_deref(), Some("1.5@3"));
        assert_eq!(digits("1.234,56").as_deref(), Some("1234.56@8"));
        assert_eq!(digits("1.234.567").as_deref(), Some("1234567@9"));
        assert_eq!(digits("3 250 000 €").as_deref(), Some("3250000@9"));
        assert_eq!(digits("3\u{a0}250\u{202f}000,75").as_deref(), Some("3250000.75@15"));
        assert_eq!(digits("1'250.50").as_deref(), Some("1250.5@8"));
        assert_eq!(digits("1’250").as_deref(), Some("1250@7"));
        // A phone number is no grouped numeral: only its first digits are read.
        assert_eq!(digits("8 800 555 35 35").as_deref(), Some("8@1"));
        // "31.500": read with a decimal point, the thousands reading kept for the currency.
        let n = parse_digits("31.500", 0).unwrap();
        assert_eq!(
            (n.value.to_string(), n.dot_thousands.map(|d| d.to_string())),
            ("31.5".into(), Some("31500".into()))
        );
        assert_eq!(parse_digits("0.500", 0).unwrap().dot_thousands, None);
        assert_eq!(parse_digits("31.50", 0).unwrap().dot_thousands, None);
        assert_eq!(parse_digits("1,234.567", 0).unwrap().dot_thousands, None);
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(words("forty billion dollars").as_deref(), Some("40000000000@13"));
        assert_eq!(words("a million dollars").as_deref(), Some("1000000@9"));
        assert_eq!(words("half a billion").as_deref(), Some("500000000@14"));
        assert_eq!(words("one hundred percent").as_deref(), Some("100@11"));
        assert_eq!(words("forty-five cents").as_deref(), Some("45@10"));
        assert_eq!(words("one hundred and five").as_deref(), Some("105@20"));
        assert_eq!(words("three quarters billion").as_deref(), Some("750000000@22"));
        assert_eq!(words("a quarter million").as_deref(), Some("250000@17"));
        assert_eq!(words("twenty one").as_deref(), Some("21@10"));
    }

    #[test]
    fn spelled_words_that_do_not_combine() {
        assert_eq!(words("one two").as_deref(), Some("1@3"));
        assert_eq!(words("five and ten").as_deref(), Some("5@4"));
        assert_eq!(words("half of them"), None);
        assert_eq!(words("a dog"), None);
        assert_eq!(words("twenty thirty").as_deref(), Some("20@6"));
    }

    #[test]
    fn scales() {
        assert_eq!(scales_after("5 million", 1), Some((6, 9)));
        assert_eq!(scales_after("5 lakh crore", 1), Some((12, 12)));
        assert_eq!(scales_after("$5-million", 2), Some((6, 10)));
        assert_eq!(scales_after("5 m", 1), None);
        assert_eq!(scale_power("M", true), Some(6));
    }
}

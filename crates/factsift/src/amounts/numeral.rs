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
}

/// Why a run of digits is no numeral: skip to `resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotNumeral {
    /// Where scanning may go on (past the whole run).
    pub resume: usize,
}

/// Scale words and abbreviations with their powers of ten. `spaced` says whether the word may
/// stand apart from the number: single letters ("5m", "5k") must be attached.
pub(crate) fn scale_power(word: &str, attached: bool) -> Option<u32> {
    // Every scale word starts with one of these letters and is at most 8 letters long.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if word.len() > 8 || !matches!(first, b'h' | b't' | b'm' | b'b' | b'l' | b'c' | b'k') {
        return None;
    }
    const WORDS: &[(&str, u32)] = &[
        ("hundred", 2),
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("trillion", 12),
        ("lakh", 5),
        ("lakhs", 5),
        ("lac", 5),
        ("crore", 7),
        ("crores", 7),
        ("mn", 6),
        ("mln", 6),
        ("mio", 6),
        ("bn", 9),
        ("bln", 9),
        ("tn", 12),
        ("trn", 12),
        ("cr", 7),
    ];
    const LETTERS: &[(&str, u32)] = &[("k", 3), ("m", 6), ("b", 9), ("mil", 6)];
    let find = |table: &[(&str, u32)]| {
        table.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, p)| p)
    };
    find(WORDS).or_else(|| if attached { find(LETTERS) } else { None })
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

/// Parses the digits starting at `start` ("1,234.56", "12,34,567", "5", ".5"). On success the
/// numeral ends after the digits; letters glued to it are left to the caller.
pub(crate) fn parse_digits(text: &str, start: usize) -> Result<Numeral, NotNumeral> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let run_end = |mut i: usize| {
        while digit(i) {
            i += 1;
        }
        i
    };
    // Whatever happens, a failed parse skips the whole run of digits and separators.
    let skip_all = |mut i: usize| {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_digit() || ((*c == b'.' || *c == b',') && digit(i + 1)))
        {
            i += 1;
        }
        NotNumeral { resume: i.max(start + 1) }
    };
    // The mantissa is accumulated while reading; more than MAX_DIGITS digits is no amount.
    let mut mantissa: i128 = 0;
    let mut count = 0usize;
    let mut take = |from: usize, to: usize| {
        for &d in &b[from..to] {
            count += 1;
            if count <= MAX_DIGITS {
                mantissa = mantissa * 10 + i128::from(d - b'0');
            }
        }
    };
    let mut i = start;
    let first_end = run_end(i);
    take(i, first_end);
    let first_len = first_end - i;
    i = first_end;
    // Thousands separators: western "1,234,567" or Indian "12,34,567".
    let (mut groups, mut all_three, mut inner_two, mut last_len) = (0usize, true, true, 0usize);
    while b.get(i) == Some(&b',') && digit(i + 1) {
        let e = run_end(i + 1);
        let len = e - i - 1;
        if groups > 0 && last_len != 2 {
            inner_two = false;
        }
        all_three &= len == 3;
        last_len = len;
        groups += 1;
        take(i + 1, e);
        i = e;
    }
    let grouped = groups > 0;
    if grouped {
        let western = first_len <= 3 && all_three;
        let indian = first_len <= 2 && last_len == 3 && inner_two;
        if !(western || indian) {
            return Err(skip_all(start));
        }
    }
    let mut formatted = grouped;
    let mut scale = 0u32;
    if b.get(i) == Some(&b'.') && digit(i + 1) {
        let e = run_end(i + 1);
        take(i + 1, e);
        scale = (e - i - 1) as u32;
        formatted = true;
        i = e;
    }
    // "1.2.3", "10:30", "1,2", "12/05": versions, times, dates, lists; not amounts.
    if matches!(b.get(i), Some(b'.' | b',' | b':' | b'/')) && digit(i + 1) {
        return Err(skip_all(start));
    }
    if count > MAX_DIGITS {
        return Err(skip_all(start));
    }
    let value = Decimal::new(mantissa, scale).ok_or_else(|| skip_all(start))?;
    Ok(Numeral { value, start, end: i, digits: true, formatted, scaled: false })
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
    Some(Numeral { value, start, end, digits: false, formatted: false, scaled })
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
        for s in ["1.2.3", "10:30", "12/05/2024", "1,2", "1,23,4", "1234,567"] {
            assert!(digits(s).is_none(), "{s}");
        }
        // Runs too long to be amounts are skipped whole, without overflow.
        let long = "9".repeat(500);
        assert_eq!(parse_digits(&long, 0), Err(NotNumeral { resume: 500 }));
        assert_eq!(parse_digits("1.2.3 x", 0), Err(NotNumeral { resume: 5 }));
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

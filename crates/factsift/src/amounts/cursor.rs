//! The text cursor the amount grammar reads with: characters and words around a byte
//! offset, gaps between them, and short lower-cased copies for keyword look-ups. Everything
//! works on byte offsets into the original text, looks at a bounded window around a position,
//! and never panics.

/// Longest word (in bytes) that can be a keyword; longer runs of letters never are.
const MAX_WORD: usize = 40;

/// The high bit of each of eight bytes in a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The character starting at byte `pos`, if any.
#[inline]
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The character ending at byte `pos`, if any.
#[inline]
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// The length of the spacing character starting at `pos` (space, tab, no-break space, thin
/// space, narrow no-break space), or 0.
#[inline]
fn gap_len(b: &[u8], pos: usize) -> usize {
    match b.get(pos..).unwrap_or_default() {
        [b' ' | b'\t', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0x89 | 0xAF, ..] => 3,
        _ => 0,
    }
}

/// Skips at most two spacing characters from `pos` on.
#[inline]
pub(crate) fn skip_gap(text: &str, mut pos: usize) -> usize {
    let b = text.as_bytes();
    for _ in 0..2 {
        match gap_len(b, pos) {
            0 => break,
            n => pos += n,
        }
    }
    pos
}

/// Skips at most two spacing characters backwards from `pos`.
#[inline]
pub(crate) fn skip_gap_back(text: &str, mut pos: usize) -> usize {
    let b = text.as_bytes();
    for _ in 0..2 {
        let n = match pos {
            // Most bytes before a position are ASCII non-spaces: no wider gap to look for.
            p if p == 0 || b.get(p - 1).map_or(true, |&c| c < 0x80 && c != b' ' && c != b'\t') => {
                break
            }
            p if matches!(b.get(p - 1), Some(b' ' | b'\t')) => 1,
            p if p >= 2 && gap_len(b, p - 2) == 2 => 2,
            p if p >= 3 && gap_len(b, p - 3) == 3 => 3,
            _ => break,
        };
        pos -= n;
    }
    pos
}

/// A letter of a word: ASCII or any alphabetic character ("złoty").
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The end of the word starting at `pos`: letters, with inner dots ("u.s.") and apostrophes
/// ("pa'anga"). `None` if no word starts there, a letter precedes `pos`, or it is too long.
#[inline]
pub(crate) fn word_at(text: &str, pos: usize) -> Option<usize> {
    // Fast path: a plain ASCII word between ASCII non-letters.
    let b = text.as_bytes();
    if b.get(pos).is_some_and(u8::is_ascii_alphabetic)
        && (pos == 0 || (b[pos - 1] < 0x80 && !b[pos - 1].is_ascii_alphabetic()))
    {
        let len = ascii_letters_end(b, pos, b.len().min(pos + MAX_WORD + 1)) - pos;
        let next = b.get(pos + len).copied();
        let plain = match next {
            None => true,
            Some(c) if c >= 0x80 => false,
            Some(b'.' | b'\'') => !b.get(pos + len + 1).is_some_and(u8::is_ascii_alphabetic),
            Some(_) => true,
        };
        if plain {
            return (len <= MAX_WORD).then_some(pos + len);
        }
    }
    if !char_at(text, pos).is_some_and(is_letter) || char_before(text, pos).is_some_and(is_letter) {
        return None;
    }
    let rest = text.get(pos..)?;
    let mut end = pos;
    let mut dotted = false;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i > MAX_WORD {
            return None;
        }
        if is_letter(c) {
            end = pos + i + c.len_utf8();
        } else if matches!(c, '.' | '\'')
            && chars.peek().is_some_and(|&(_, n)| n.is_ascii_alphabetic())
        {
            dotted |= c == '.';
        } else {
            if c == '.' && dotted {
                end = pos + i + 1;
            }
            break;
        }
    }
    (end > pos).then_some(end)
}

/// The letters (ASCII letters and non-ASCII bytes) and the ASCII digits of eight bytes, as
/// the high bit of each byte.
#[inline]
pub(crate) fn classes(x: u64) -> (u64, u64) {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // Per byte: lower-case it, then "a" <= y <= "z" (or the byte is not ASCII).
    let y = (x | 0x2020_2020_2020_2020) & LOW7;
    let at_least_a = y + 0x1f1f_1f1f_1f1f_1f1f;
    let above_z = y + 0x0505_0505_0505_0505;
    let letters = ((at_least_a & !above_z) | x) & HIGH_BITS;
    // Per ASCII byte: "0" <= z <= "9".
    let z = x & LOW7;
    let at_least_0 = z + 0x5050_5050_5050_5050;
    let above_9 = z + 0x4646_4646_4646_4646;
    let digits = at_least_0 & !above_9 & !x & HIGH_BITS;
    (letters, digits)
}

/// The high bit of each of eight bytes that is an ASCII letter.
#[inline]
fn ascii_letter_bits(eight: &[u8]) -> u64 {
    let x = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default());
    let (letters, _) = classes(x);
    letters & !x
}

/// The end of the run of ASCII letters from `pos`, at most `limit`, eight bytes at a time.
#[inline]
fn ascii_letters_end(b: &[u8], mut pos: usize, limit: usize) -> usize {
    while pos + 8 <= limit {
        let others = !ascii_letter_bits(&b[pos..pos + 8]) & HIGH_BITS;
        if others != 0 {
            return pos + (others.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while pos < limit && b[pos].is_ascii_alphabetic() {
        pos += 1;
    }
    pos
}

/// The start of the run of ASCII letters ending at `end`, at least `limit`, eight bytes at a
/// time.
#[inline]
fn ascii_letters_start(b: &[u8], mut end: usize, limit: usize) -> usize {
    while end >= limit + 8 {
        let others = !ascii_letter_bits(&b[end - 8..end]) & HIGH_BITS;
        if others != 0 {
            return end - (others.leading_zeros() / 8) as usize;
        }
        end -= 8;
    }
    while end > limit && b[end - 1].is_ascii_alphabetic() {
        end -= 1;
    }
    end
}

/// The start of the word ending at `end` (letters and inner dots), if one does and is short.
#[inline]
pub(crate) fn word_before(text: &str, end: usize) -> Option<usize> {
    // Fast path: a plain ASCII word after an ASCII non-letter other than a dot.
    let b = text.as_bytes();
    if end <= b.len() && end > 0 && b[end - 1].is_ascii_alphabetic() {
        let start = ascii_letters_start(b, end, end.saturating_sub(MAX_WORD + 1));
        let len = end - start;
        if start == 0 || (b[start - 1] < 0x80 && b[start - 1] != b'.') {
            return (len <= MAX_WORD).then_some(start);
        }
    }
    let head = text.get(..end)?;
    let mut start = end;
    for (i, c) in head.char_indices().rev() {
        if end - i > MAX_WORD {
            return None;
        }
        if is_letter(c) || (c == '.' && char_before(head, i).is_some_and(is_letter)) {
            start = i;
        } else {
            break;
        }
    }
    let start = start + text[start..end].len() - text[start..end].trim_start_matches('.').len();
    (start < end).then_some(start)
}

/// A short lower-cased copy of some text, kept on the stack (no allocation per look-up).
/// Text that does not fit leaves it as it was: [`Lower::of`] a too-long word is empty (which
/// matches no keyword), and a phrase built by [`Lower::push`] keeps the words that fitted.
#[derive(Clone, Copy)]
pub(crate) struct Lower<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Default for Lower<N> {
    fn default() -> Self {
        Lower { buf: [0; N], len: 0 }
    }
}

impl<const N: usize> Lower<N> {
    /// The lower-cased copy of `s` (empty if it does not fit).
    pub(crate) fn of(s: &str) -> Self {
        let mut l = Lower::default();
        l.push(s);
        l
    }

    /// Appends `s` lower-cased; if it does not fit, returns false and changes nothing.
    pub(crate) fn push(&mut self, s: &str) -> bool {
        // One pass for ASCII text (bytes past `len` are not part of the copy, so writing
        // them before knowing changes nothing); Unicode lower-casing for the rest.
        let Some(dest) = self.buf.get_mut(self.len..self.len + s.len()) else { return false };
        let mut ascii = true;
        for (d, &b) in dest.iter_mut().zip(s.as_bytes()) {
            *d = b.to_ascii_lowercase();
            ascii &= b.is_ascii();
        }
        if ascii {
            self.len += s.len();
            return true;
        }
        let lowered = s.to_lowercase();
        let Some(dest) = self.buf.get_mut(self.len..self.len + lowered.len()) else {
            return false;
        };
        dest.copy_from_slice(lowered.as_bytes());
        self.len += lowered.len();
        true
    }

    /// Bytes written so far.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The lower-cased bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Whether `word` is one of `options`, ignoring ASCII case.
#[inline]
pub(crate) fn is_any(word: &str, options: &[&str]) -> bool {
    options.iter().any(|o| word.eq_ignore_ascii_case(o))
}

/// One word (of a spelled-out number, a scale, a unit), with where it ends.
pub(crate) struct WordTok<'t> {
    pub word: &'t str,
    pub end: usize,
}

/// The next word after `pos`, across a gap or a hyphen ("forty-five").
#[inline]
pub(crate) fn next_word(text: &str, pos: usize) -> Option<WordTok<'_>> {
    let mut at = skip_gap(text, pos);
    if at == pos && text.as_bytes().get(at) == Some(&b'-') {
        at += 1;
    }
    let end = word_at(text, at)?;
    Some(WordTok { word: &text[at..end], end })
}

/// The word before `pos`, across a gap.
#[inline]
pub(crate) fn prev_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let e = skip_gap_back(text, pos);
    if e == pos {
        return None;
    }
    word_before(text, e).map(|s| (s, e))
}

/// Letters glued right after digits ("5bn", "115USD"), if a word of letters starts there.
#[inline]
pub(crate) fn word_at_glued(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..).filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))?;
    let len: usize = rest.chars().take_while(|&c| is_letter(c)).map(char::len_utf8).sum();
    (len > 0).then_some(pos + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_gaps() {
        let t = "the u.s. dollar";
        assert_eq!(word_at(t, 4), Some(8));
        assert_eq!(word_at(t, 5), None);
        assert_eq!(word_before(t, 8), Some(4));
        assert_eq!(word_before(t, 7), Some(4));
        assert_eq!(word_before("x .5", 3), None);
        assert_eq!(word_at("dollars.", 0), Some(7));
        assert_eq!(skip_gap("a   b", 1), 3);
        assert_eq!(skip_gap_back("a  b", 3), 1);
        assert_eq!(char_before("é", 1), None);
        assert_eq!(Lower::<8>::of("USD").as_bytes(), b"usd");
        assert_eq!(Lower::<8>::of("Złoty").as_bytes(), "złoty".as_bytes());
        assert_eq!(Lower::<4>::of("dollars").as_bytes(), b"");
        let mut phrase = Lower::<12>::of("hong");
        assert!(phrase.push(" kong") && !phrase.push(" dollars"));
        assert_eq!(phrase.as_bytes(), b"hong kong", "a word that does not fit changes nothing");
        assert_eq!(skip_gap("5\u{a0}\u{202f}%", 1), 6);
        assert_eq!(skip_gap_back("$\u{a0}\u{2009}5", 6), 1);
    }

    #[test]
    fn ascii_letter_runs_eight_bytes_at_a_time() {
        let text = "Hong Kong dollars: abcdefghijklmnopqrstuvwxyzABCDEFGHIJ é9zZ@[`{ x";
        let b = text.as_bytes();
        let alpha = |i: usize| b[i].is_ascii_alphabetic();
        for pos in 0..=b.len() {
            for limit in pos..=b.len() {
                let end = (pos..limit).find(|&i| !alpha(i)).unwrap_or(limit);
                assert_eq!(ascii_letters_end(b, pos, limit), end, "end from {pos} to {limit}");
            }
            for limit in 0..=pos {
                let start = (limit..pos).rev().find(|&i| !alpha(i)).map_or(limit, |i| i + 1);
                assert_eq!(ascii_letters_start(b, pos, limit), start, "start at {pos} to {limit}");
            }
        }
    }
}

//! Tokens and sentences with byte offsets, found in one pass over news text.
//!
//! The tokenizer follows the conventions of the CoNLL-2003 news corpus the name tagger is
//! trained on: whitespace separates tokens; punctuation at either end of a chunk becomes its own
//! token (straight and curly quotes, brackets, commas, sentence-final stops, dashes); the
//! possessive `'s`/`’s` and the clitic `n't` are split off (`China’s` -> `China`, `’s`);
//! apostrophes inside a word stay (`Xi’an`, `O'Neill`); hyphenated words stay whole
//! (`Kassym-Jomart`), but for a wire headline's version (`2-China` -> `2`, `-`, `China`), a US
//! lawmaker's party letter after a comma or bracket (`R-Utah`) and a slash between two
//! capitalized words (`BEIJING/WASHINGTON`); the stop of an abbreviation or initial stays on it
//! (`U.S.`, `Dr.`, `J.`) unless it ends a line or a quotation (`Corp.` + `"`).
//!
//! A sentence ends at a line break, or after `.`, `!`, `?` (possibly followed by closing
//! quotes or brackets) when the next token starts with an upper-case letter, a digit or an
//! opening quote. Everything is linear in the length of the text and never panics.

/// A token: `text[start..end]`, always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

impl Token {
    /// The token's text in `text` (the string it was found in).
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The tokens of a text and the sentences they form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences as half-open ranges of indices into `tokens`, in order, never empty.
    pub sentences: Vec<std::ops::Range<usize>>,
}

impl Tokens {
    /// Each token's text in `text` (the string it was found in), for the trainer and tests.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.tokens.iter().map(|t| t.as_str(text)).collect()
    }
}

/// Abbreviations whose final stop belongs to the word (compared case-sensitively), in byte
/// order; a place's "Saint", "Fort" and "Mount" in capitals too, as
/// datelines write them ("ST. VELMOR").
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Ala", "Apr", "Ariz", "Ark", "Aug", "Ave", "Brig", "Bros", "Calif", "Capt", "Cdr",
    "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Cos", "Cpl", "Dec", "Del", "Dept", "Dr", "Drs",
    "FT", "Feb", "Fla", "Fr", "Ft", "Ga", "Gen", "Gov", "Hon", "Ill", "Inc", "Ind", "Jan", "Jr",
    "Jul", "Jun", "Kan", "Ky", "La", "Lt", "Ltd", "MT", "Maj", "Mar", "Mass", "Md", "Messrs",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Mr", "Mrs", "Ms", "Mt", "Neb", "Nev", "No", "Nos",
    "Nov", "Oct", "Okla", "Ore", "Pa", "Penn", "Ph", "Plc", "Pres", "Prof", "Pty", "Rep", "Rev",
    "ST", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "Tenn", "Tex", "Va", "Vt", "Wash",
    "Wis", "Wyo", "al", "approx", "cf", "e.g", "est", "etc", "i.e", "vs",
];

/// The first bytes of the [`ABBREVIATIONS`] (all ASCII), one bit each.
const ABBREVIATION_STARTS: u128 = {
    let mut bits = 0u128;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        bits |= 1 << ABBREVIATIONS[k].as_bytes()[0];
        k += 1;
    }
    bits
};

/// The length of the longest of the [`ABBREVIATIONS`].
const ABBREVIATION_MAX_LEN: usize = 6;
const _: () = {
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        assert!(ABBREVIATIONS[k].len() <= ABBREVIATION_MAX_LEN);
        k += 1;
    }
};

/// A word of at most [`ABBREVIATION_MAX_LEN`] bytes as one number: its bytes from the highest
/// byte down, its length in the lowest; two such words are equal when their numbers are.
const fn abbreviation_key(w: &[u8]) -> u64 {
    let mut key = w.len() as u64;
    let mut k = 0;
    while k < w.len() {
        key |= (w[k] as u64) << (56 - 8 * k);
        k += 1;
    }
    key
}

/// The [`abbreviation_key`]s of the [`ABBREVIATIONS`], sorted: searched as numbers, with no
/// string comparison.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = abbreviation_key(ABBREVIATIONS[k].as_bytes());
        // Inserted in order among those before it.
        let mut j = k;
        while j > 0 && keys[j - 1] > keys[j] {
            let key = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = key;
            j -= 1;
        }
        k += 1;
    }
    keys
};

/// Whether `word` is one of the [`ABBREVIATIONS`]: most words (a sentence's last, before its
/// stop) are told apart by their length or first byte, before the list is searched.
fn is_abbreviation(word: &str) -> bool {
    let starts = |b: &u8| b.is_ascii() && ABBREVIATION_STARTS >> b & 1 != 0;
    word.len() <= ABBREVIATION_MAX_LEN
        && word.as_bytes().first().is_some_and(starts)
        && ABBREVIATION_KEYS.binary_search(&abbreviation_key(word.as_bytes())).is_ok()
}

fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '"' | '“' | '‘' | '\'' | '«' | '`' | '„' | '‹' | '¿' | '¡')
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '"'
            | '”'
            | '’'
            | '\''
            | '»'
            | '›'
            | '…'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Whether `word` (without its final stop) is an abbreviation or initial that keeps the stop.
fn keeps_stop(word: &str) -> bool {
    // Abbreviations are short; the bound also keeps stripping linear on any input.
    if word.is_empty() || word.len() > 24 {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // A single letter: an initial ("J.") or a letter in a list.
    if chars.next().is_none() {
        return first.is_alphabetic();
    }
    // Letters separated by stops: "U.S", "e.g", "U.N".
    if word.contains('.')
        && word.split('.').all(|p| !p.is_empty() && p.chars().count() <= 3)
        && word.chars().all(|c| c == '.' || c.is_alphabetic())
    {
        return true;
    }
    is_abbreviation(word)
}

/// Splits `text` into tokens and sentences. Linear time, never panics.
///
/// ```
/// let text = "Dr. Smith visited the U.S. on Monday. China’s view";
/// let t = factsift::text::tokenize(text);
/// let words: Vec<&str> = t.tokens.iter().map(|tok| tok.as_str(text)).collect();
/// assert_eq!(words, ["Dr.", "Smith", "visited", "the", "U.S.", "on", "Monday", ".", "China", "’s", "view"]);
/// assert_eq!(t.sentences, [0..8, 8..11]);
/// ```
pub fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens::default();
    tokenize_into(text, &mut out, &mut Vec::new());
    out
}

/// [`tokenize`] into the lists of `into` (emptied first), with `scratch` (emptied first) for
/// the runs of tokens between line breaks: lists kept from an earlier text are filled again,
/// not made anew.
pub(crate) fn tokenize_into(
    text: &str,
    into: &mut Tokens,
    scratch: &mut Vec<std::ops::Range<usize>>,
) {
    // Worked on as locals, moved back at the end: behind references, every push would read
    // the lists' lengths from memory again.
    let mut out = std::mem::take(into);
    let mut lines = std::mem::take(scratch);
    out.tokens.clear();
    out.sentences.clear();
    lines.clear();
    // News averages five bytes or more a token (fewer in tables of results), and over 40 a
    // sentence (a headline, a dateline and a byline are short ones): room for them all, so the
    // lists are seldom regrown.
    out.tokens.reserve(text.len() / 4 + 1);
    out.sentences.reserve(text.len() / 40 + 1);
    lines.reserve(text.len() / 40 + 1);
    let mut sentence_start = 0usize;
    let mut pending_break = false; // a line break was seen since the last token
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        // Skip whitespace, noting line breaks (ASCII byte by byte: its separators are the
        // controls, the space and DEL, and its controls other than tabs and form feeds break).
        if b <= b' ' || b == 0x7F {
            if b != b' ' && !matches!(b, b'\t' | 0x0B | 0x0C) {
                pending_break = true;
            }
            i += 1;
            continue;
        }
        // Any other ASCII byte starts a chunk; a separator beyond ASCII is skipped here.
        if !b.is_ascii() {
            let Some(c) = text[i..].chars().next() else { break };
            if is_separator(c) {
                // A control character is no text: nothing runs across it, as across a line
                // break.
                let control = c.is_control() && !matches!(c, '\t' | '\u{0B}' | '\u{0C}');
                if control || matches!(c, '\u{2028}' | '\u{2029}') {
                    pending_break = true;
                }
                i += c.len_utf8();
                continue;
            }
        }
        // A chunk of non-whitespace.
        let start = i;
        let Chunk { end, ascii, apostrophe } = chunk_end(text, i);
        if pending_break && out.tokens.len() > sentence_start {
            lines.push(sentence_start..out.tokens.len());
            sentence_start = out.tokens.len();
        }
        pending_break = false;
        split_chunk(text, start..end, (ascii, apostrophe), &mut out.tokens);
        i = end;
    }
    if out.tokens.len() > sentence_start {
        lines.push(sentence_start..out.tokens.len());
    }
    split_sentences_at_stops(text, &lines, &mut out);
    (*into, *scratch) = (out, lines);
}

/// Cuts a long text into consecutive pieces of at most `size` bytes (the last may be shorter)
/// for stages whose memory grows with the tokens they hold: each piece ends after its last
/// line break in its second half, else after its last separator there (so no token and, at a
/// line break, no sentence is cut), else at a character boundary. Yields each piece with its
/// byte offset in `text`; a text of at most `size` bytes is one piece.
pub(crate) fn windows(text: &str, size: usize) -> impl Iterator<Item = (usize, &str)> {
    let size = size.max(8);
    let mut start = 0;
    std::iter::from_fn(move || {
        let rest = &text[start..];
        if rest.is_empty() {
            return None;
        }
        let len = if rest.len() <= size {
            rest.len()
        } else {
            let (mut lo, mut hi) = (size / 2, size);
            while !rest.is_char_boundary(lo) {
                lo -= 1;
            }
            while !rest.is_char_boundary(hi) {
                hi -= 1;
            }
            let half = &rest[lo..hi];
            let cut = half
                .rfind('\n')
                .or_else(|| half.rfind(is_separator))
                .map(|i| i + half[i..].chars().next().map_or(1, char::len_utf8));
            lo + cut.unwrap_or(hi - lo)
        };
        let piece = (start, &rest[..len]);
        start += len;
        Some(piece)
    })
}

/// What [`chunk_end`] learns of a chunk of non-separators as it reads it.
struct Chunk {
    /// Where the chunk ends (a separator or the text's end).
    end: usize,
    /// Whether the chunk is all ASCII.
    ascii: bool,
    /// Whether it holds an ASCII apostrophe.
    apostrophe: bool,
}

/// The chunk of non-separators starting at `i`, noting its apostrophes on the way (searching
/// a short word for one again costs more): eight bytes at a time ([`stops_in`]) up to the
/// first byte that may end it, then that byte alone (an ASCII separator ends it, a character
/// beyond ASCII is decoded).
fn chunk_end(text: &str, mut i: usize) -> Chunk {
    let bytes = text.as_bytes();
    let mut ascii = true;
    let mut apostrophe = false;
    loop {
        if let Some(block) = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            let (stops, apostrophes) = stops_in(u64::from_le_bytes(block));
            // The bits below the first stop (all of them when there is none).
            let before = stops.wrapping_sub(1) & !stops;
            apostrophe |= apostrophes & before != 0;
            if stops == 0 {
                i += 8;
                continue;
            }
            i += stops.trailing_zeros() as usize / 8;
        }
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() {
            // ASCII separators: the controls, the space and DEL.
            if b <= b' ' || b == 0x7F {
                break;
            }
            apostrophe |= b == b'\'';
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if !is_separator(c) => i += c.len_utf8(),
                _ => break,
            }
            ascii = false;
        }
    }
    Chunk { end: i, ascii, apostrophe }
}

/// Of eight bytes read as a little-endian `u64`, the high bit of each byte that may end a
/// chunk (an ASCII control, the space, DEL, or a byte beyond ASCII) and of each ASCII
/// apostrophe. Each byte's low seven bits are added to a constant below 0x80 - 0x21 + 0x80,
/// so no sum carries into the next byte.
fn stops_in(x: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    let low = x & !HIGH;
    // The high bit is set where the low bits are at least 0x21 (no control or space).
    let printable = (low + 0x5F * ONES) & HIGH;
    // ... where they are 0x7F (DEL).
    let del = (low + ONES) & HIGH;
    let stops = (!printable | del | x) & HIGH;
    // ... where they differ from the apostrophe's.
    let other = ((low ^ (0x27 * ONES)) + 0x7F * ONES) & HIGH;
    (stops, !other & !x & HIGH)
}

/// Whether `c` separates tokens: white space, control characters (a NUL or an escape never
/// belongs to a word) and the invisible zero-width space and byte-order mark.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// Splits one whitespace-free chunk `text[start..end]` into tokens (`ascii`: it is all ASCII;
/// `apostrophe`: it holds an ASCII apostrophe, as [`chunk_end`] found).
fn split_chunk(
    text: &str,
    chunk: std::ops::Range<usize>,
    (ascii, apostrophe): (bool, bool),
    tokens: &mut Vec<Token>,
) {
    let (start, end) = (chunk.start, chunk.end);
    let chunk = &text.as_bytes()[start..end];
    // Most chunks are ASCII and start and end with a letter or digit: no punctuation to split
    // off, no dash inside, and most have no apostrophe either: one word, nothing split off.
    // Many more end with one mark of closing punctuation after one ("said,", "Astana)"): the
    // mark is a token of its own after the word (the stop, which may stay on an abbreviation,
    // and the apostrophe of a possessive are left to the general reading below).
    let alnum = |b: &u8| b.is_ascii_alphanumeric();
    let word_end = match chunk {
        [first, .., last] if ascii && alnum(first) && alnum(last) => Some(end),
        [first, .., before, b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'"']
            if ascii && alnum(first) && alnum(before) =>
        {
            Some(end - 1)
        }
        [only] if alnum(only) => Some(end),
        _ => None,
    };
    if let Some(word_end) = word_end {
        if inner_break(text, start, word_end).is_some() {
            push_pieces(text, start, word_end, tokens);
        } else if apostrophe {
            push_word(text, start, word_end, tokens);
        } else {
            tokens.push(Token { start, end: word_end });
        }
        if word_end < end {
            tokens.push(Token { start: word_end, end });
        }
        return;
    }
    let mut s = start;
    let mut e = end;
    // Leading punctuation and dashes.
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        if is_open_punct(c) || is_dash(c) {
            // A leading apostrophe that starts "'s" or a year ("'96") stays with what follows
            // when the chunk is that short clitic on its own.
            if is_apostrophe(c) && is_clitic(&text[s..e]) {
                break;
            }
            tokens.push(Token { start: s, end: s + c.len_utf8() });
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, pushed right to left (put behind the word's tokens below).
    let first_trailing = tokens.len();
    while s < e {
        let c = text[s..e].chars().next_back().unwrap_or(' ');
        let cs = e - c.len_utf8();
        if c == '.' {
            // "..." as one token.
            if text[s..e].ends_with("...") && e - 3 > s {
                tokens.push(Token { start: e - 3, end: e });
                e -= 3;
                continue;
            }
            // An abbreviation that ends a line or a quotation ends its sentence too: the stop is
            // split off ("... and Velmor Corp." -> "Corp", "."; "of Vale & Co." he" -> "Co", ".",
            // "\""), as in the CoNLL-2003 corpus.
            let quote_end = e < end && text[e..end].chars().all(|c| matches!(c, '"' | '”'));
            let line_end = quote_end
                || e == end && text[end..].chars().next().map_or(true, |c| c == '\n' || c == '\r');
            // The stop belongs to the word's last piece ("D-Calif." -> "D", "-", "Calif.").
            let mut w = s;
            while let Some(k) = inner_break(text, w, cs) {
                w = k + 1;
            }
            if keeps_stop(&text[w..cs]) && !(line_end && is_abbreviation(&text[w..cs])) {
                break;
            }
            tokens.push(Token { start: cs, end: e });
            e = cs;
        } else if is_apostrophe(c) && cs > s {
            // Plural possessive ("Kazakhs'") or closing quote.
            tokens.push(Token { start: cs, end: e });
            e = cs;
        } else if is_close_punct(c) || is_dash(c) {
            tokens.push(Token { start: cs, end: e });
            e = cs;
        } else {
            break;
        }
    }
    // Dashes inside the chunk ("ASTANA—Kazakhstan") separate tokens; clitics split off.
    let mut piece = s;
    // The dashes are not ASCII: an ASCII chunk has none.
    let trailing = tokens.len() - first_trailing;
    let mut k = if ascii || text.as_bytes()[s..e].is_ascii() { e } else { s };
    while k < e {
        let c = text[k..e].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        if is_dash(c) {
            push_pieces(text, piece, k, tokens);
            tokens.push(Token { start: k, end: k + cl });
            piece = k + cl;
        }
        k += cl;
    }
    push_pieces(text, piece, e, tokens);
    // The word's tokens first, then the trailing punctuation in reading order.
    tokens[first_trailing..first_trailing + trailing].reverse();
    tokens[first_trailing..].rotate_left(trailing);
}

/// Whether `s` is a clitic token on its own: `'s`, `’s`, `'S`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`.
fn is_clitic(s: &str) -> bool {
    if s.len() > 6 {
        return false;
    }
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_apostrophe(c) => {}
        _ => return false,
    }
    let mut buf = [0; 2];
    matches!(clitic_lower(it.as_str(), &mut buf), "s" | "re" | "ve" | "ll" | "d" | "m")
}

/// `w` lower-cased (written into `buf`) when it is one or two ASCII bytes, as a clitic's letters
/// after the apostrophe are ("S", "re", "LL"), else "": a longer or non-ASCII word lower-cases
/// to no clitic's letters, and the test needs no string.
fn clitic_lower<'b>(w: &str, buf: &'b mut [u8; 2]) -> &'b str {
    let Some(b) = buf.get_mut(..w.len()).filter(|_| w.is_ascii()) else { return "" };
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).unwrap_or_default()
}

/// Where the ASCII word `text[s..e]` breaks at an inner `-` or `/` that joins two words which
/// CoNLL-2003 writes apart (the byte offset of that separator): a slash between two
/// capitalized words ("BEIJING/WASHINGTON", a dateline of two cities; not "A/S"), a number's hyphen
/// after a wire slug before a capitalized word ("UPDATE 2-China", a wire headline's version;
/// see [`after_slug`]) and the hyphen of a
/// party's letter before a state after a comma or bracket ("Sen. Dana Ruiz, R-Utah," "(D-Ore.)").
/// The first two bytes decide which to look for, so most words are passed over at once (a
/// slash only in a word opening with two capitals).
#[inline(always)]
fn inner_break(text: &str, s: usize, e: usize) -> Option<usize> {
    if may_break(text.as_bytes().get(s..e)?) {
        break_in(text, s, e)
    } else {
        None
    }
}

/// The [`inner_break`] of a word that [`may_break`].
#[inline(never)]
fn break_in(text: &str, s: usize, e: usize) -> Option<usize> {
    let w = text.as_bytes().get(s..e)?;
    let capital_at = |k: usize| w.get(k).is_some_and(u8::is_ascii_uppercase);
    let lower_at = |k: usize| w.get(k).is_some_and(u8::is_ascii_lowercase);
    let k = match (*w.first()?, *w.get(1)?) {
        (b'0'..=b'9', _) => {
            let k = w.iter().position(|b| !b.is_ascii_digit())?;
            (w[k] == b'-' && lower_at(k + 2) && after_slug(&text.as_bytes()[..s])).then_some(k)?
        }
        (b'D' | b'I' | b'R', b'-') => {
            let before = &text.as_bytes()[..s];
            (before.ends_with(b", ") || before.ends_with(b"(")).then_some(1)?
        }
        (b'A'..=b'Z', b'A'..=b'Z') => {
            // Two letters at least on each side: "A/S" is a company's legal form.
            let k = w.iter().position(|&b| b == b'/')?;
            let letters = |r: &[u8]| r.len() >= 2 && r.iter().all(u8::is_ascii_alphabetic);
            (k >= 2 && letters(&w[k - 2..k]) && w.get(k + 2).is_some_and(u8::is_ascii_alphabetic))
                .then_some(k)?
        }
        _ => return None,
    };
    capital_at(k + 1).then_some(s + k)
}

/// Whether the word `w` may have an [`inner_break`], from its first two bytes (a digit; a
/// capital then a hyphen or another capital): most words have none.
#[inline(always)]
fn may_break(w: &[u8]) -> bool {
    match w {
        [a, b, ..] => {
            a.is_ascii_digit() || a.is_ascii_uppercase() && (*b == b'-' || b.is_ascii_uppercase())
        }
        _ => false,
    }
}

/// Whether `before` (the text before a word) ends with a wire slug and a space: a word of three
/// capitals or more ("UPDATE 2-Velmora", not "the 10-Year note" or a title-cased "Update").
fn after_slug(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" ") else { return false };
    let caps = rest.iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
    caps >= 3 && rest.len().checked_sub(caps + 1).map_or(true, |i| !rest[i].is_ascii_alphanumeric())
}

/// Pushes a word, split at its [`inner_break`]s with the separators as tokens of their own.
fn push_pieces(text: &str, mut s: usize, e: usize, tokens: &mut Vec<Token>) {
    while let Some(k) = inner_break(text, s, e) {
        tokens.push(Token { start: s, end: k });
        tokens.push(Token { start: k, end: k + 1 });
        s = k + 1;
    }
    push_word(text, s, e, tokens);
}

/// Pushes a word, splitting off a final possessive or clitic (`China’s`, `don't`).
fn push_word(text: &str, s: usize, e: usize, tokens: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let w = &text[s..e];
    // Most words have no apostrophe and are plain ASCII: nothing to split off.
    if !w.bytes().any(|b| b == b'\'' || !b.is_ascii()) {
        tokens.push(Token { start: s, end: e });
        return;
    }
    // Find the last apostrophe.
    if let Some((pos, ap)) = w.char_indices().rev().find(|&(_, c)| is_apostrophe(c)) {
        let after = &w[pos + ap.len_utf8()..];
        let mut buf = [0; 2];
        let lower = clitic_lower(after, &mut buf);
        if pos > 0 && matches!(lower, "s" | "re" | "ve" | "ll" | "d" | "m") {
            // "'d" and "'m" only after a pronoun-like short word, to keep "O'd..." names whole.
            let base = &w[..pos];
            let clitic_ok = match lower {
                "s" | "re" | "ve" | "ll" => true,
                _ => base.chars().count() <= 4 && base.chars().all(|c| c.is_lowercase()),
            };
            if clitic_ok {
                tokens.push(Token { start: s, end: s + pos });
                tokens.push(Token { start: s + pos, end: e });
                return;
            }
        }
        if lower == "t" && pos > 1 && w[..pos].ends_with(['n', 'N']) {
            // "don't" -> "do", "n't"
            let n = s + pos - 1;
            tokens.push(Token { start: s, end: n });
            tokens.push(Token { start: n, end: e });
            return;
        }
    }
    tokens.push(Token { start: s, end: e });
}

/// Words that open a sentence and continue no name (an abbreviation's stop before them ends
/// the sentence too: "... Velmor Holdings Inc. The company said"), in byte order.
const SENTENCE_OPENERS: &[&str] = &[
    "After",
    "Although",
    "And",
    "But",
    "He",
    "Her",
    "His",
    "However",
    "It",
    "Its",
    "Meanwhile",
    "She",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "When",
    "While",
];

/// Splits sentences after a final `.`, `!` or `?` token (and closing quotes or brackets)
/// when the next token starts a new sentence, and after an abbreviation with its stop ("Inc.",
/// "U.S.") before one of the [`SENTENCE_OPENERS`]: the sentences of each of the `lines` (runs
/// of tokens between line breaks), pushed to `out.sentences`.
fn split_sentences_at_stops(text: &str, lines: &[std::ops::Range<usize>], out: &mut Tokens) {
    let result = &mut out.sentences;
    for range in lines.iter().cloned() {
        let mut s = range.start;
        let mut k = range.start;
        while k < range.end {
            let Token { start, end } = out.tokens[k];
            // Most tokens end with no stop (a token is never empty): nothing to split after them.
            if !matches!(text.as_bytes().get(end.wrapping_sub(1)), Some(b'.' | b'!' | b'?')) {
                k += 1;
                continue;
            }
            let t = &text.as_bytes()[start..end];
            let opener = |j: usize| {
                j < range.end && SENTENCE_OPENERS.binary_search(&out.tokens[j].as_str(text)).is_ok()
            };
            if t.len() > 1 && t.ends_with(b".") && t != b"..." && opener(k + 1) {
                result.push(s..k + 1);
                s = k + 1;
                k += 1;
            } else if matches!(t, b"." | b"!" | b"?" | b"...") {
                // Absorb closing quotes/brackets.
                let mut j = k + 1;
                while j < range.end
                    && matches!(out.tokens[j].as_str(text), "\"" | "”" | "’" | "'" | ")" | "]")
                {
                    j += 1;
                }
                if j < range.end {
                    let next = out.tokens[j].as_str(text);
                    let c = next.chars().next().unwrap_or(' ');
                    if c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(')
                    {
                        result.push(s..j);
                        s = j;
                    }
                }
                k = j;
            } else {
                k += 1;
            }
        }
        if s < range.end {
            result.push(s..range.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).tokens.iter().map(|t| t.as_str(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_possessives() {
        assert_eq!(
            toks("China’s leader met Kassym-Jomart Tokayev in Xi’an, (Shaanxi)."),
            [
                "China",
                "’s",
                "leader",
                "met",
                "Kassym-Jomart",
                "Tokayev",
                "in",
                "Xi’an",
                ",",
                "(",
                "Shaanxi",
                ")",
                "."
            ]
        );
        assert_eq!(toks("the Kazakhs' view"), ["the", "Kazakhs", "'", "view"]);
        assert_eq!(toks("He didn't go"), ["He", "did", "n't", "go"]);
        assert_eq!(toks("O'Neill 's car"), ["O'Neill", "'s", "car"]);
    }

    #[test]
    fn a_closing_mark_after_a_word_is_split_off_as_the_general_reading_does() {
        assert_eq!(
            toks("said, (Orsk) R-Velmora; it's: go! why? [x] {y} \"z\" 2-1, Ore.) Dana'"),
            [
                "said",
                ",",
                "(",
                "Orsk",
                ")",
                "R-Velmora",
                ";",
                "it",
                "'s",
                ":",
                "go",
                "!",
                "why",
                "?",
                "[",
                "x",
                "]",
                "{",
                "y",
                "}",
                "\"",
                "z",
                "\"",
                "2-1",
                ",",
                "Ore.",
                ")",
                "Dana",
                "'"
            ]
        );
    }

    #[test]
    fn abbreviations_are_in_byte_order() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(ABBREVIATIONS.iter().all(|a| is_abbreviation(a)));
        assert!(!is_abbreviation("Corps") && !is_abbreviation("dr"));
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            toks("Dr. J. Smith of the U.S. Army left Washington."),
            ["Dr.", "J.", "Smith", "of", "the", "U.S.", "Army", "left", "Washington", "."]
        );
        assert_eq!(toks("in the U.S.."), ["in", "the", "U.S.", "."]);
        // US wire's plural legal form ("Velmor Cos." for "Companies").
        assert_eq!(toks("Velmor Cos., its parent"), ["Velmor", "Cos.", ",", "its", "parent"]);
        assert_eq!(toks("wait..."), ["wait", "..."]);
    }

    #[test]
    fn control_characters_separate_words_and_sentences() {
        let text = "Talks in Astana\u{0}Almaty\u{1b}[0m and Baku\u{feff}today";
        let words = ["Talks", "in", "Astana", "Almaty", "[", "0m", "and", "Baku", "today"];
        assert_eq!(toks(text), words);
        assert_eq!(tokenize(text).sentences, [0..3, 3..4, 4..9]);
    }

    #[test]
    fn quotes_and_dashes() {
        assert_eq!(
            toks("ASTANA — “We agree,” he said.ASTANA—Kazakhstan"),
            ["ASTANA", "—", "“", "We", "agree", ",", "”", "he", "said.ASTANA", "—", "Kazakhstan"]
        );
        assert_eq!(toks("\"Hello\""), ["\"", "Hello", "\""]);
    }

    #[test]
    fn sentences_split_at_lines_and_stops() {
        let text = "BEIJING, July 3 (Reuters)\nChina said so. Dr. Li agreed. the U.S. Army came.";
        let t = tokenize(text);
        let sents: Vec<Vec<&str>> = t
            .sentences
            .iter()
            .map(|r| t.tokens[r.clone()].iter().map(|x| x.as_str(text)).collect())
            .collect();
        assert_eq!(sents.len(), 3, "{sents:?}");
        assert_eq!(sents[0], ["BEIJING", ",", "July", "3", "(", "Reuters", ")"]);
        assert_eq!(sents[1], ["China", "said", "so", "."]);
        assert_eq!(sents[2][0], "Dr.");
        // An abbreviation's stop before a word that opens sentences ends its sentence too.
        let text = "He joined Velmor Holdings Inc. The firm grew in the U.S. Then Dr. Li left.";
        let t = tokenize(text);
        let ends: Vec<&str> =
            t.sentences.iter().map(|r| t.tokens[r.end - 1].as_str(text)).collect();
        assert_eq!(ends, ["Inc.", "U.S.", "."]);
        // A dateline's place in capitals keeps its "ST.", "FT." or "MT.".
        let text = "ST. VELMOR 2020-01-02 Orsk said. FT. TARN, Dana left.";
        let t = tokenize(text);
        let words: Vec<&str> = t.tokens.iter().map(|x| x.as_str(text)).collect();
        assert_eq!(words[..2], ["ST.", "VELMOR"]);
        assert_eq!(t.sentences.len(), 2, "{words:?}");
    }

    #[test]
    fn sentence_openers_are_in_byte_order() {
        assert!(SENTENCE_OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn adversarial_chunks_are_split_in_linear_time() {
        // Each of these would take minutes if stripping rescanned the chunk per character.
        let dotted = format!("{}{}", "a.".repeat(50_000), ".,".repeat(50_000));
        let quotes = format!("{}x", "'".repeat(100_000));
        for text in [dotted.as_str(), quotes.as_str()] {
            let t = tokenize(text);
            assert_eq!(t.tokens.last().map(|k| k.end), Some(text.len()));
        }
    }

    #[test]
    fn eight_byte_stops_and_apostrophes_match_a_byte_by_byte_reading() {
        let bytes: Vec<u8> = (0..=255u8).chain(*b"ab'\x7f c\x80d'\x00z!\x20\x21~").collect();
        for block in bytes.windows(8) {
            let (stops, apostrophes) = stops_in(u64::from_le_bytes(block.try_into().unwrap()));
            for (k, &b) in block.iter().enumerate() {
                let bit = |m: u64| m >> (8 * k + 7) & 1 == 1;
                assert_eq!(bit(stops), b <= b' ' || b >= 0x7F, "{block:?} byte {k}");
                assert_eq!(bit(apostrophes), b == b'\'', "{block:?} byte {k}");
            }
        }
        // Chunks longer than a block, apostrophes before and after a stop, and a stop beyond ASCII.
        assert_eq!(
            toks("Velmorexian's longwordofmany' letters"),
            ["Velmorexian", "'s", "longwordofmany", "'", "letters"]
        );
        assert_eq!(toks("abcdefgh\u{00A0}it's"), ["abcdefgh", "it", "'s"]);
    }

    #[test]
    fn wire_slugs_datelines_and_party_labels_split_where_conll_writes_words_apart() {
        assert_eq!(
            toks("UPDATE 2-Velmora's ORSK/KARSK, May 3 - Sen. Dana Ruiz, R-Velmora, (D-Ore.) said"),
            [
                "UPDATE", "2", "-", "Velmora", "'s", "ORSK", "/", "KARSK", ",", "May", "3", "-",
                "Sen.", "Dana", "Ruiz", ",", "R", "-", "Velmora", ",", "(", "D", "-", "Ore.", ")",
                "said"
            ]
        );
        // An abbreviation's stop before a closing quote ends the quotation's sentence.
        assert_eq!(
            toks("of Vale & Co.\" He met Dana Ruiz Jr.” and the U.S.\""),
            [
                "of", "Vale", "&", "Co", ".", "\"", "He", "met", "Dana", "Ruiz", "Jr", ".", "”",
                "and", "the", "U.S.", "\""
            ]
        );
        // A count after no slug is a compound ("the 10-Year note", "A 25-Year Plan").
        assert_eq!(toks("the 10-Year note"), ["the", "10-Year", "note"]);
        assert_eq!(toks("Update 2-Velmora"), ["Update", "2-Velmora"]);
        // Dates, scores, legal forms, lower-case pairs and letters with no party's context stay.
        assert_eq!(
            toks("1996-08-30 2-1 4-year Orsk A/S and/or D-Day R-Velmora 1763-april"),
            [
                "1996-08-30",
                "2-1",
                "4-year",
                "Orsk",
                "A/S",
                "and/or",
                "D-Day",
                "R-Velmora",
                "1763-april"
            ]
        );
    }

    #[test]
    fn odd_input_never_panics_and_offsets_are_valid() {
        let inputs = [
            "",
            " ",
            "\0\0\u{301}a\u{301}",
            "'",
            "’s",
            "...",
            "A.B.C.D.E.F.",
            "((((((",
            "x’",
            "—",
            "e\u{301}’s—’—",
        ];
        for text in inputs {
            let t = tokenize(text);
            let mut last = 0;
            for tok in &t.tokens {
                assert!(tok.start < tok.end && tok.start >= last, "{text:?}");
                assert!(text.get(tok.start..tok.end).is_some());
                last = tok.end;
            }
            for s in &t.sentences {
                assert!(s.start < s.end && s.end <= t.tokens.len());
            }
        }
    }

    #[test]
    fn windows_cut_after_line_breaks_then_separators() {
        let text = "Ab cd.\nEf gh ij\u{3000}kl mnopqrstuvwxyz\nÄÖ";
        let pieces: Vec<(usize, &str)> = windows(text, 12).collect();
        let joined: String = pieces.iter().map(|p| p.1).collect();
        assert_eq!(joined, text);
        for (at, piece) in &pieces {
            assert_eq!(&text[*at..*at + piece.len()], *piece);
            assert!(piece.len() <= 12, "{piece:?}");
        }
        assert_eq!(pieces[0].1, "Ab cd.\n");
        assert_eq!(pieces[1].1, "Ef gh ij\u{3000}");
        // No separator in the second half of a piece: cut at a character boundary.
        let solid = "é".repeat(20);
        assert!(windows(&solid, 9).all(|(_, p)| !p.is_empty() && p.len() <= 9));
        assert_eq!(windows("short", 12).collect::<Vec<_>>(), [(0, "short")]);
        assert_eq!(windows("", 12).count(), 0);
    }
}

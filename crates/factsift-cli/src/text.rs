//! Plain text files for `factsift extract`: decoding and the readable table.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use factsift::{Document, EntityType};
use serde_json::Value;

use crate::json::payload;

/// Invalid UTF-8 in a plain text input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Byte offset of the first byte that is not valid UTF-8.
    pub offset: usize,
}

impl fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid UTF-8 at byte offset {} (use --lossy to replace it)", self.offset)
    }
}

impl std::error::Error for InvalidUtf8 {}

/// The text of a plain file: its bytes as UTF-8, or, when `lossy`, with every invalid
/// sequence replaced by U+FFFD.
///
/// ```
/// use factsift_cli::text::decode;
/// assert_eq!(decode(b"caf\xc3\xa9".to_vec(), false).unwrap(), "café");
/// assert_eq!(decode(b"ab\xffc".to_vec(), false).unwrap_err().offset, 2);
/// assert_eq!(decode(b"ab\xffc".to_vec(), true).unwrap(), "ab\u{FFFD}c");
/// ```
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, InvalidUtf8> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(InvalidUtf8 { offset: e.utf8_error().valid_up_to() }),
    }
}

/// Writes a readable, aligned table of a document's entities under a header naming `title`
/// (its control characters escaped, see [`visible`]):
/// one row per entity with its type, code-point span (`start-end`, end exclusive), text and
/// typed details (`amount=41000000000 currency=USD`...).
///
/// ```
/// use factsift::{EntityType, Extractor};
/// let extractor = Extractor::builder().types([EntityType::Money]).build().unwrap();
/// let doc = extractor.extract("Nothing here.");
/// let mut out = Vec::new();
/// factsift_cli::text::write_table(&mut out, "note.txt", &doc).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), "== note.txt: no entities ==\n\n");
/// ```
pub fn write_table(out: &mut dyn Write, title: &str, doc: &Document) -> io::Result<()> {
    let rows: Vec<[String; 4]> = doc
        .entities()
        .iter()
        .map(|e| {
            let mut details = Vec::new();
            for (key, value) in payload(e) {
                // A name's own fields repeat the span text most of the time: show them only
                // when they add something.
                if (key == "name" || key == "canonical") && value.as_str() == Some(&e.text) {
                    continue;
                }
                details.push(format!("{key}={}", show(&value)));
            }
            if !matches!(e.entity_type(), EntityType::Money | EntityType::Percentage) {
                details.push(format!("confidence={:.2}", e.confidence));
            }
            [
                e.entity_type().to_string(),
                format!("{}-{}", e.start, e.end),
                visible(&e.text).into_owned(),
                details.join(" "),
            ]
        })
        .collect();
    let title = visible(title);
    match rows.len() {
        0 => writeln!(out, "== {title}: no entities ==")?,
        1 => writeln!(out, "== {title}: 1 entity ==")?,
        n => writeln!(out, "== {title}: {n} entities ==")?,
    }
    if !rows.is_empty() {
        let header = ["type", "span", "text", "details"].map(String::from);
        let mut widths = [0usize; 3];
        for row in std::iter::once(&header).chain(&rows) {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&header).chain(&rows) {
            let mut line = String::new();
            for (w, cell) in widths.iter().zip(row) {
                line.push_str(cell);
                line.extend(std::iter::repeat(' ').take(w + 2 - cell.chars().count()));
            }
            line.push_str(&row[3]);
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    writeln!(out)
}

/// `text` on one line and harmless on a terminal: control characters (line breaks, tabs,
/// escape sequences...) written as Rust escapes.
///
/// ```
/// use factsift_cli::text::visible;
/// assert_eq!(visible("a\nb\x1b[2J.txt"), "a\\nb\\u{1b}[2J.txt");
/// assert_eq!(visible("plain é"), "plain é");
/// ```
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.contains(char::is_control) {
        return Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() })
        .collect()
}

/// A JSON value for the table: strings bare (quoted when they hold spaces), the rest as JSON.
fn show(value: &Value) -> String {
    match value {
        Value::String(s) if s.contains(char::is_whitespace) || s.is_empty() => format!("{s:?}"),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift::{Entity, EntityKind, Person};

    #[test]
    fn table_aligns_columns_and_shows_what_names_add() {
        let text = "Dr. Ana Lima met\nLima.";
        let person = |a: usize, b: usize, canonical: &str| {
            let kind = EntityKind::Person(Person {
                name: text[a..b].into(),
                title: None,
                canonical: canonical.into(),
            });
            Entity::new(text, a, b, 0.5, kind).unwrap()
        };
        let doc = Document::new(text, vec![person(4, 12, "Ana Lima"), person(13, 21, "Ana Lima")]);
        let mut out = Vec::new();
        write_table(&mut out, "t", &doc).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "== t: 2 entities ==\n\
             type    span   text       details\n\
             person  4-12   Ana Lima   confidence=0.50\n\
             person  13-21  met\\nLima  canonical=\"Ana Lima\" confidence=0.50\n\n"
        );
    }
}

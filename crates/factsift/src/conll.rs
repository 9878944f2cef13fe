//! CoNLL-2003 files as natural text with gold names, as `factsift eval --conll` scores them
//! and the names tagger is trained on them.
//!
//! A CoNLL file has one token per line (`word POS chunk NER`; only the first and last columns
//! are used), blank lines between sentences and `-DOCSTART-` lines between documents. Names
//! are tagged `B-X`/`I-X` (IOB1 or IOB2; `S-`/`E-`/`U-`/`L-` are read too) with X one of
//! PER, LOC, ORG, MISC.
//!
//! Each document is rebuilt as natural text, one sentence per line, tokens joined by single
//! spaces except: none before closing punctuation (`. , ; : ! ? ) ] } % '` and clitics such as
//! `'s` and `n't`), none after an opening bracket or a `$`, and straight double quotes paired (an
//! opening `"` attaches to the next token, a closing one to the previous). Gold spans are
//! mapped to byte offsets in that text with their [`NameLabel`]: PER is a person, LOC a place,
//! ORG an organization, MISC another name (trained on if asked, never evaluated).

use std::fmt;
use std::io::BufRead;

use crate::names::span::{GoldName, NameLabel};

/// One document of a CoNLL file, rebuilt as natural text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllDocument {
    /// The rebuilt text.
    pub text: String,
    /// Its gold names (all four CoNLL types), in text order.
    pub names: Vec<GoldName>,
}

/// A line of a CoNLL file that could not be read.
#[derive(Debug)]
pub struct ConllError {
    /// 1-based line number (0 when reading failed before any line).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConllError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ConllError {}

/// Reads a CoNLL file into documents of rebuilt text with gold names, in file order.
///
/// ```
/// use factsift::NameLabel;
/// let conll = "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP B-PER\nsaid VBD B-VP O\n\" \" O O\n\
///              Hi UH O O\n! . O O\n\" \" O O\n";
/// let docs = factsift::conll::read_conll(conll.as_bytes()).unwrap();
/// assert_eq!(docs[0].text, "Maria said \"Hi!\"");
/// let name = docs[0].names[0];
/// assert_eq!((name.byte_start, name.byte_end, name.label), (0, 5, NameLabel::Person));
/// ```
pub fn read_conll<R: BufRead>(input: R) -> Result<Vec<ConllDocument>, ConllError> {
    let mut docs = Vec::new();
    let mut builder = DocBuilder::default();
    let mut sentence: Vec<(String, String)> = Vec::new();
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|e| ConllError { line: number, message: e.to_string() })?;
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            builder.add_sentence(&sentence);
            sentence.clear();
            builder.finish_into(&mut docs);
            continue;
        }
        if line.trim().is_empty() {
            builder.add_sentence(&sentence);
            sentence.clear();
            continue;
        }
        let mut columns = line.split_whitespace();
        let word = columns.next().unwrap_or_default();
        let tag = columns.last().ok_or_else(|| ConllError {
            line: number,
            message: format!("expected `word ... NER-tag`, found {line:?}"),
        })?;
        check_tag(tag).map_err(|message| ConllError { line: number, message })?;
        sentence.push((word.to_string(), tag.to_string()));
    }
    builder.add_sentence(&sentence);
    builder.finish_into(&mut docs);
    Ok(docs)
}

/// Accepts `O` and `P-X` with P one of B I S E U L.
fn check_tag(tag: &str) -> Result<(), String> {
    if tag == "O" {
        return Ok(());
    }
    match tag.split_once('-') {
        Some((p, x)) if ["B", "I", "S", "E", "U", "L"].contains(&p) && !x.is_empty() => Ok(()),
        _ => Err(format!("unknown NER tag {tag:?} (expected O, B-X or I-X)")),
    }
}

/// One document being rebuilt.
#[derive(Default)]
struct DocBuilder {
    text: String,
    names: Vec<GoldName>,
    /// Inside a straight double quote that is still open.
    quote_open: bool,
}

impl DocBuilder {
    fn add_sentence(&mut self, tokens: &[(String, String)]) {
        if tokens.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.push("\n");
        }
        let mut glue_next = true;
        // The name being read: its CoNLL type, label, byte start.
        let mut open: Option<(String, Option<NameLabel>, usize)> = None;
        let mut last_end = self.text.len();
        for (i, (word, tag)) in tokens.iter().enumerate() {
            let (attach_left, opens) = if word == "\"" {
                let closing = if i == 0 {
                    false
                } else if tokens[i + 1..].iter().all(|(w, _)| is_closing(w) || w == "\"") {
                    true
                } else {
                    self.quote_open
                };
                self.quote_open = !closing;
                (closing, !closing)
            } else {
                (is_closing(word), is_opening(word))
            };
            if !glue_next && !attach_left {
                self.push(" ");
            }
            glue_next = opens;
            let (prefix, label) = tag.split_once('-').unwrap_or(("O", ""));
            let continues =
                matches!(&open, Some((l, _, _)) if l == label) && matches!(prefix, "I" | "E" | "L");
            if !continues {
                self.close(open.take(), last_end);
                if prefix != "O" {
                    open = Some((label.to_string(), NameLabel::from_conll(label), self.text.len()));
                }
            }
            self.push(word);
            last_end = self.text.len();
        }
        self.close(open, last_end);
    }

    fn close(&mut self, open: Option<(String, Option<NameLabel>, usize)>, byte_end: usize) {
        if let Some((_, Some(label), byte_start)) = open {
            self.names.push(GoldName { byte_start, byte_end, label });
        }
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn finish_into(&mut self, docs: &mut Vec<ConllDocument>) {
        let done = std::mem::take(self);
        if !done.text.is_empty() {
            docs.push(ConllDocument { text: done.text, names: done.names });
        }
    }
}

/// Tokens written without a space before them.
fn is_closing(word: &str) -> bool {
    const CLITICS: [&str; 7] = ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"];
    matches!(word, "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "%" | "'" | "''")
        || CLITICS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Tokens written without a space after them (CoNLL splits "$" from its amount).
fn is_opening(word: &str) -> bool {
    matches!(word, "(" | "[" | "{" | "``" | "$")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conll(rows: &[&str]) -> String {
        rows.iter().map(|r| format!("{r}\n")).collect()
    }

    #[test]
    fn bad_tags_and_rows_name_their_line() {
        let err = read_conll(conll(&["A NNP O", "B NNP X-PER"]).as_bytes()).unwrap_err();
        assert_eq!(err.to_string(), "line 2: unknown NER tag \"X-PER\" (expected O, B-X or I-X)");
        let err = read_conll(conll(&["", "lonely"]).as_bytes()).unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn iob1_and_iob2_boundaries() {
        // IOB1: I- starts an entity after O or another type; B- splits two of one type.
        let text = conll(&[
            "Ann x x I-PER",
            "Lee x x I-PER",
            "Bob x x B-PER",
            "and x x O",
            "Kent x x I-ORG",
            "Oslo x x I-LOC",
            "Euro x x I-MISC",
            "Cup x x I-MISC",
            "Rome x x B-LOC",
        ]);
        let docs = read_conll(text.as_bytes()).unwrap();
        let doc = &docs[0];
        assert_eq!(doc.text, "Ann Lee Bob and Kent Oslo Euro Cup Rome");
        let spans: Vec<(&str, NameLabel)> =
            doc.names.iter().map(|s| (&doc.text[s.byte_start..s.byte_end], s.label)).collect();
        assert_eq!(
            spans,
            [
                ("Ann Lee", NameLabel::Person),
                ("Bob", NameLabel::Person),
                ("Kent", NameLabel::Organization),
                ("Oslo", NameLabel::Place),
                ("Euro Cup", NameLabel::Other),
                ("Rome", NameLabel::Place),
            ]
        );
    }
}

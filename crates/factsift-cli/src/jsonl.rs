//! Streaming JSON Lines extraction: `factsift extract --jsonl`.
//!
//! Input: one JSON object per line, `{"id": ANY, "text": "..."}` (other keys are ignored; the
//! keys read can be changed with [`JsonlOptions::text_field`] and [`JsonlOptions::id_field`]).
//! Output: exactly one line per input line, in input order:
//! - `{"id": ID, "entities": [ENTITY, ...]}` for a good line (see [`crate::json::EntityJson`]);
//! - `{"id": ID, "error": "..."}` for a bad one (invalid JSON or UTF-8, not an object, no
//!   string `text`), with `line N: ...` written to the error stream as well;
//! - `{"id": null, "entities": []}` for a blank (empty or all-whitespace) line, which is not an
//!   error.
//!
//! `id` is echoed as given (any JSON value; numbers keep their exact digits), `null` when
//! missing or when the line is not a JSON object. Lines are read as raw bytes with reusable
//! buffers, a chunk at a time, so memory stays flat whatever the input size.

use std::io::{self, BufRead, Write};

use factsift::Extractor;
use rayon::prelude::*;
use serde_json::Value;

use crate::json::{write_error_record, write_record};

/// How [`process_jsonl_with`] reads and reports.
#[derive(Debug, Clone)]
pub struct JsonlOptions {
    /// A name for the input, put before `line N:` in error messages (for several files).
    pub source: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the line.
    pub lossy: bool,
    /// Extract the lines of a chunk on rayon's thread pool (output order is kept).
    pub parallel: bool,
    /// At most this many lines are held in memory at once.
    pub chunk_lines: usize,
    /// A chunk stops growing once its lines hold this many bytes.
    pub chunk_bytes: usize,
    /// The key holding the text to read (`text` by default).
    pub text_field: String,
    /// The key holding the id to echo (`id` by default); the output key is always `id`.
    pub id_field: String,
}

impl Default for JsonlOptions {
    fn default() -> JsonlOptions {
        JsonlOptions {
            source: None,
            lossy: false,
            parallel: true,
            chunk_lines: 1000,
            chunk_bytes: 2 << 20,
            text_field: "text".to_string(),
            id_field: "id".to_string(),
        }
    }
}

/// What a run of [`process_jsonl`] saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Input lines read (each one answered by one output line).
    pub lines: u64,
    /// Lines that were rejected, plus one if reading the input failed part-way.
    pub failed: u64,
    /// Entities written.
    pub entities: u64,
}

impl Summary {
    /// Adds another run's counts to this one.
    pub fn add(&mut self, other: Summary) {
        self.lines += other.lines;
        self.failed += other.failed;
        self.entities += other.entities;
    }
}

/// [`process_jsonl_with`] with the default options.
///
/// ```
/// use factsift::{EntityType, Extractor};
/// let extractor = Extractor::builder().types([EntityType::Percentage]).build().unwrap();
/// let input = "{\"id\": 1, \"text\": \"Up 66%.\"}\nnot json\n";
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let summary =
///     factsift_cli::process_jsonl(&extractor, input.as_bytes(), &mut out, &mut err).unwrap();
/// assert_eq!((summary.lines, summary.failed), (2, 1));
/// let out = String::from_utf8(out).unwrap();
/// assert_eq!(out.lines().count(), 2);
/// assert!(out.starts_with("{\"id\":1,\"entities\":[{\"type\":\"percentage\",\"text\":\"66%\","));
/// assert!(String::from_utf8(err).unwrap().starts_with("line 2: invalid JSON"));
/// ```
pub fn process_jsonl<R: BufRead, W: Write>(
    extractor: &Extractor,
    input: R,
    output: W,
    errors: &mut dyn Write,
) -> io::Result<Summary> {
    process_jsonl_with(extractor, input, output, errors, &JsonlOptions::default())
}

/// Reads JSON Lines from `input` and writes one result line per input line to `output`, in
/// order (see the [module docs](self) for the format), then flushes `output`.
///
/// Bad lines are reported on `errors` as `line N: what` (N counts from 1, prefixed by
/// `SOURCE: ` when [`JsonlOptions::source`] is set) and counted in [`Summary::failed`];
/// failures to write to `errors` are ignored. A read error on `input` is reported the same way
/// and ends the run. The only error returned is a failure to write `output` (such as a closed
/// pipe), which stops the run at once.
pub fn process_jsonl_with<R: BufRead, W: Write>(
    extractor: &Extractor,
    mut input: R,
    mut output: W,
    errors: &mut dyn Write,
    options: &JsonlOptions,
) -> io::Result<Summary> {
    let prefix = options.source.as_ref().map(|s| format!("{s}: ")).unwrap_or_default();
    let mut summary = Summary::default();
    // Reused line buffers and their starting byte offsets in the input.
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut starts: Vec<u64> = Vec::new();
    let mut offset = 0u64;
    let mut finished = false;
    while !finished {
        let (mut count, mut bytes) = (0usize, 0usize);
        while count < options.chunk_lines.max(1) && bytes < options.chunk_bytes {
            if count == lines.len() {
                lines.push(Vec::new());
                starts.push(0);
            }
            let buf = &mut lines[count];
            buf.clear();
            match input.read_until(b'\n', buf) {
                Ok(0) => {
                    finished = true;
                    break;
                }
                Ok(n) => {
                    starts[count] = offset;
                    offset += n as u64;
                    bytes += n;
                    count += 1;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let _ = writeln!(
                        errors,
                        "{prefix}error reading input after line {}: {e}",
                        summary.lines + count as u64
                    );
                    summary.failed += 1;
                    finished = true;
                    break;
                }
            }
        }
        let chunk = &lines[..count];
        let mut tally = |entities: usize, error: Option<String>| {
            summary.lines += 1;
            summary.entities += entities as u64;
            if let Some(message) = error {
                summary.failed += 1;
                let _ = writeln!(errors, "{prefix}line {}: {message}", summary.lines);
            }
        };
        if count == 1 {
            // A lone line (such as one larger than a chunk) is written as it is serialized:
            // its record is never held whole in memory.
            // The line is dropped once read, before the extraction.
            let line = std::mem::take(&mut lines[0]);
            let parsed = parse(&line, starts[0], options);
            drop(line);
            let (entities, error) = answer_into(&mut output, extractor, parsed)?;
            tally(entities, error);
        } else {
            let answers: Vec<Answer> = if options.parallel {
                chunk
                    .par_iter()
                    .zip(&starts[..count])
                    .map(|(line, &start)| answer(extractor, line, start, options))
                    .collect()
            } else {
                chunk
                    .iter()
                    .zip(&starts[..count])
                    .map(|(line, &start)| answer(extractor, line, start, options))
                    .collect()
            };
            for answer in answers {
                output.write_all(&answer.record)?;
                tally(answer.entities, answer.error);
            }
        }
        // Keep memory flat after an occasional huge line.
        for buf in &mut lines[..count] {
            if buf.capacity() > 1 << 20 {
                *buf = Vec::new();
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

/// The output for one input line.
struct Answer {
    record: Vec<u8>,
    entities: usize,
    error: Option<String>,
}

/// Extracts from one input line (with or without its line ending) that starts at byte
/// `start` of the input.
fn answer(extractor: &Extractor, line: &[u8], start: u64, options: &JsonlOptions) -> Answer {
    let mut record = Vec::with_capacity(64 + line.len() / 4);
    let (entities, error) = answer_into(&mut record, extractor, parse(line, start, options))
        .expect("writing to memory cannot fail");
    Answer { record, entities, error }
}

/// The id and the text of one input line (with or without its line ending) that starts at
/// byte `start` of the input, or what is wrong with it.
fn parse(line: &[u8], start: u64, options: &JsonlOptions) -> (Value, Result<String, String>) {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    // A byte-order mark some editors put at the start of a file is not part of the JSON.
    let (line, start) = match line.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if start == 0 => (rest, 3),
        _ => (line, start),
    };
    parse_line(line, start, options)
}

/// Extracts from a parsed line and writes its record to `out`; returns the number of
/// entities and what was wrong with the line, if anything. The error is a failure to write.
fn answer_into(
    out: &mut dyn Write,
    extractor: &Extractor,
    (id, result): (Value, Result<String, String>),
) -> io::Result<(usize, Option<String>)> {
    match result {
        Ok(text) => {
            let doc = extractor.extract(&text);
            write_record(out, &id, doc.entities())?;
            Ok((doc.len(), None))
        }
        Err(message) => {
            let mut record = Vec::new();
            write_error_record(&mut record, &id, &message);
            out.write_all(&record)?;
            Ok((0, Some(message)))
        }
    }
}

/// The id (`null` when absent or unreadable) and the text of one line, or what is wrong
/// with it. A blank line has no text to look at: it yields an empty text.
fn parse_line(line: &[u8], start: u64, options: &JsonlOptions) -> (Value, Result<String, String>) {
    if line.iter().all(u8::is_ascii_whitespace) {
        return (Value::Null, Ok(String::new()));
    }
    let decoded = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) if options.lossy => String::from_utf8_lossy(line),
        Err(e) => {
            let at = e.valid_up_to();
            let message = format!(
                "invalid UTF-8 at byte {at} of the line (byte offset {} of the input)",
                start + at as u64
            );
            // The id is still worth echoing, to pair this error with its input.
            let id = match serde_json::from_str::<Value>(&String::from_utf8_lossy(line)) {
                Ok(Value::Object(mut object)) => {
                    object.remove(&options.id_field).unwrap_or(Value::Null)
                }
                _ => Value::Null,
            };
            return (id, Err(message));
        }
    };
    let object = match serde_json::from_str::<Value>(&decoded) {
        Ok(Value::Object(object)) => object,
        Ok(other) => {
            let message = format!("expected a JSON object, found {}", kind_of(&other));
            return (Value::Null, Err(message));
        }
        Err(e) => return (Value::Null, Err(format!("invalid JSON: {e}"))),
    };
    let mut object = object;
    let id = object.remove(&options.id_field).unwrap_or(Value::Null);
    let key = &options.text_field;
    let text = match object.remove(key) {
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(format!("{key:?} must be a string, found {}", kind_of(&other))),
        None => Err(format!("missing {key:?} field")),
    };
    (id, text)
}

/// "a number", "an array"... for error messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], options: &JsonlOptions) -> (Summary, String, String) {
        // The reader's mechanics do not depend on the entity types: the quick ones do.
        let types = [factsift::EntityType::Money, factsift::EntityType::Percentage];
        let extractor = Extractor::builder().types(types).build().unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let summary = process_jsonl_with(&extractor, input, &mut out, &mut err, options).unwrap();
        (summary, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
    }

    #[test]
    fn every_line_is_answered_in_order_across_chunks() {
        let mut input = Vec::new();
        for i in 0..57 {
            match i % 5 {
                0 => input.extend_from_slice(b"{\"text\": 5}\n"),
                1 => input.extend_from_slice(b"   \r\n"),
                _ => input
                    .extend_from_slice(format!("{{\"id\": {i}, \"text\": \"t\"}}\n").as_bytes()),
            }
        }
        for parallel in [false, true] {
            let options = JsonlOptions { parallel, chunk_lines: 4, ..JsonlOptions::default() };
            let (summary, out, err) = run(&input, &options);
            assert_eq!(summary.lines, 57);
            assert_eq!(summary.failed, 12);
            let out: Vec<&str> = out.lines().collect();
            assert_eq!(out.len(), 57);
            for (i, line) in out.iter().enumerate() {
                let expected = match i % 5 {
                    0 => {
                        "{\"id\":null,\"error\":\"\\\"text\\\" must be a string, found a number\"}"
                            .to_string()
                    }
                    1 => "{\"id\":null,\"entities\":[]}".to_string(),
                    _ => format!("{{\"id\":{i},\"entities\":[]}}"),
                };
                assert_eq!(*line, expected);
            }
            let err: Vec<&str> = err.lines().collect();
            assert_eq!(err.len(), 12);
            assert_eq!(err[1], "line 6: \"text\" must be a string, found a number");
        }
    }

    #[test]
    fn invalid_utf8_names_its_offsets_and_lossy_keeps_going() {
        let input = b"{\"text\": \"ok\"}\n{\"id\": \"x\", \"text\": \"a\xff\"}\n";
        let (summary, out, err) = run(input, &JsonlOptions::default());
        assert_eq!(summary.failed, 1);
        assert_eq!(
            err,
            "line 2: invalid UTF-8 at byte 22 of the line (byte offset 37 of the input)\n"
        );
        assert!(out.ends_with("{\"id\":\"x\",\"error\":\"invalid UTF-8 at byte 22 of the line (byte offset 37 of the input)\"}\n"));
        let (summary, out, _) =
            run(input, &JsonlOptions { lossy: true, ..JsonlOptions::default() });
        assert_eq!(summary.failed, 0);
        assert!(out.ends_with("{\"id\":\"x\",\"entities\":[]}\n"), "{out}");
        // A byte-order mark at the start of the input is skipped, and offsets still count it.
        let input = b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"\xff\"}\n\xEF\xBB\xBF{}\n";
        let (summary, out, err) = run(input, &JsonlOptions::default());
        assert_eq!(summary.failed, 2);
        assert!(out.starts_with("{\"id\":1,\"error\":\"invalid UTF-8 at byte 19 of"), "{out}");
        assert!(err.contains("(byte offset 22 of the input)\nline 2: invalid JSON"), "{err}");
        let (summary, _, _) = run(b"\xEF\xBB\xBF{\"text\": \"a\"}", &JsonlOptions::default());
        assert_eq!(summary.failed, 0);
    }

    #[test]
    fn source_names_the_file_and_last_line_needs_no_newline() {
        let options = JsonlOptions { source: Some("a.jsonl".into()), ..JsonlOptions::default() };
        let (summary, out, err) = run(b"[1]\n{\"id\": 1.50, \"text\": \"\"}\n{}", &options);
        assert_eq!(summary.lines, 3);
        assert_eq!(
            err,
            "a.jsonl: line 1: expected a JSON object, found an array\n\
             a.jsonl: line 3: missing \"text\" field\n"
        );
        // Numbers in ids keep their exact digits.
        assert_eq!(out.lines().nth(1), Some("{\"id\":1.50,\"entities\":[]}"));
        // Other field names.
        let options = JsonlOptions {
            text_field: "body".into(),
            id_field: "url".into(),
            ..JsonlOptions::default()
        };
        let input = b"{\"url\": \"u\", \"id\": 1, \"body\": \"Up 5%.\"}\n{\"text\": \"x\"}\n";
        let (summary, out, err) = run(input, &options);
        assert_eq!(summary.entities, 1);
        assert!(out.starts_with("{\"id\":\"u\",\"entities\":[{\"type\":\"percentage\""), "{out}");
        assert_eq!(err, "line 2: missing \"body\" field\n");
    }
}

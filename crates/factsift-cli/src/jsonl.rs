//! Streaming JSON Lines extraction: `factsift extract --jsonl`.
//!
//! Input: one JSON object per line, `{"id": ANY, "text": "..."}` (other keys are ignored; the
//! keys read can be changed with [`JsonlOptions::text_field`] and [`JsonlOptions::id_field`]).
//! Output: exactly one line per input line, in input order:
//! - `{"id": ID, "entities": [ENTITY, ...]}` for a good line (ENTITY as `factsift::Entity`
//!   serializes);
//! - `{"id": ID, "error": "..."}` for a bad one (invalid JSON or UTF-8, not an object, no
//!   string `text`, a `text` with a lone surrogate escape), with `line N: ...` written to the
//!   error stream as well;
//! - `{"id": null, "entities": []}` for a blank line (empty or only Unicode white space), which
//!   is not an error.
//!
//! `id` is echoed as its raw JSON text (`1E5` stays `1E5`), `null` when missing or when the
//! line is not a JSON object. Lines are read as raw bytes with reusable buffers, a chunk at a
//! time, so memory stays flat whatever the input size; only the id and the text of a line are
//! kept from its JSON, borrowed from the line where the text has no escapes.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Write};

use factsift::Extractor;
use rayon::prelude::*;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::json::{write_error_record, write_record};

/// How [`process_jsonl_with`] reads and reports.
#[derive(Debug, Clone)]
pub struct JsonlOptions {
    /// A name for the input, put before `line N:` in error messages (for several files).
    pub source: Option<String>,
    /// Replace invalid UTF-8 and lone surrogate escapes in the text with U+FFFD instead of
    /// rejecting the line.
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
    /// Input bytes read.
    pub bytes: u64,
}

impl Summary {
    /// Adds another run's counts to this one.
    pub fn add(&mut self, other: Summary) {
        self.lines += other.lines;
        self.failed += other.failed;
        self.entities += other.entities;
        self.bytes += other.bytes;
    }
}

/// [`process_jsonl_with`] with the default options.
///
/// ```
/// use factsift::{EntityType, Extractor};
/// let extractor = Extractor::builder().types([EntityType::Percentage]).build().unwrap();
/// let input = "{\"id\": 1E5, \"text\": \"Up 66%.\"}\nnot json\n";
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let summary =
///     factsift_cli::process_jsonl(&extractor, input.as_bytes(), &mut out, &mut err).unwrap();
/// assert_eq!((summary.lines, summary.failed), (2, 1));
/// let out = String::from_utf8(out).unwrap();
/// assert_eq!(out.lines().count(), 2);
/// assert!(out.starts_with("{\"id\":1E5,\"entities\":[{\"type\":\"percentage\",\"text\":\"66%\","));
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
/// `SOURCE: ` when [`JsonlOptions::source`] is set) and counted in [`Summary::failed`]. When
/// none of the first few non-blank lines is a JSON object, one more message says the input
/// looks like plain text. A read error on `input` is reported as `factsift: error reading
/// input after line N: ...` and ends the run. Failures to write to `errors` are ignored. The
/// only error returned is a failure to write `output` (such as a closed pipe), which stops the
/// run at once.
pub fn process_jsonl_with<R: BufRead, W: Write>(
    extractor: &Extractor,
    input: R,
    output: W,
    errors: &mut dyn Write,
    options: &JsonlOptions,
) -> io::Result<Summary> {
    process_jsonl_observed(extractor, input, output, errors, options, &mut |_| {})
}

/// [`process_jsonl_with`], calling `observe` with the counts so far after each chunk of lines
/// is written and once at the end (for a progress display).
pub fn process_jsonl_observed<R: BufRead, W: Write>(
    extractor: &Extractor,
    input: R,
    mut output: W,
    errors: &mut dyn Write,
    options: &JsonlOptions,
    observe: &mut dyn FnMut(&Summary),
) -> io::Result<Summary> {
    let prefix = options.source.as_ref().map(|s| format!("{s}: ")).unwrap_or_default();
    let mut reader = ChunkReader { input, lines: Vec::new(), starts: Vec::new(), offset: 0 };
    let mut summary = Summary::default();
    let mut probe = PlainTextProbe::default();
    loop {
        let (count, end) = reader.fill(options);
        let (lines, starts) = (&mut reader.lines[..count], &reader.starts[..count]);
        let respond = |(line, &start): (&mut Vec<u8>, &u64)| {
            answer(extractor, line, start, options, None).expect("only a direct output can fail")
        };
        let answers: Vec<Answer> = if count == 1 {
            // A lone line (such as one longer than a chunk) is written as it is serialized:
            // its record is never held whole in memory.
            vec![answer(extractor, &mut lines[0], starts[0], options, Some(&mut output))?]
        } else if options.parallel {
            lines.par_iter_mut().zip(starts).map(respond).collect()
        } else {
            lines.iter_mut().zip(starts).map(respond).collect()
        };
        for answer in answers {
            summary.lines += 1;
            output.write_all(&answer.record)?;
            summary.entities += answer.entities as u64;
            if let Some(message) = &answer.error {
                summary.failed += 1;
                let _ = writeln!(errors, "{prefix}line {}: {message}", summary.lines);
            }
            probe.see(&answer, errors, &prefix);
        }
        summary.bytes = reader.offset;
        reader.release_large(count);
        match end {
            End::More => observe(&summary),
            End::Finished => break,
            End::Failed(e) => {
                let after = summary.lines;
                let _ = writeln!(
                    errors,
                    "factsift: {prefix}error reading input after line {after}: {e}"
                );
                summary.failed += 1;
                break;
            }
        }
    }
    probe.finish(errors, &prefix);
    output.flush()?;
    observe(&summary);
    Ok(summary)
}

/// Reads the input a chunk of lines at a time into reused buffers.
struct ChunkReader<R> {
    input: R,
    /// Line buffers (line endings included), reused from chunk to chunk.
    lines: Vec<Vec<u8>>,
    /// The byte offset in the input where each line starts.
    starts: Vec<u64>,
    /// Bytes read so far.
    offset: u64,
}

/// How a chunk ended.
enum End {
    More,
    Finished,
    Failed(io::Error),
}

impl<R: BufRead> ChunkReader<R> {
    /// Reads up to [`JsonlOptions::chunk_lines`] lines (fewer once they hold
    /// [`JsonlOptions::chunk_bytes`]) into the first buffers; returns how many.
    fn fill(&mut self, options: &JsonlOptions) -> (usize, End) {
        let (mut count, mut bytes) = (0usize, 0usize);
        while count < options.chunk_lines.max(1) && bytes < options.chunk_bytes {
            if count == self.lines.len() {
                self.lines.push(Vec::new());
                self.starts.push(0);
            }
            let buf = &mut self.lines[count];
            buf.clear();
            match self.input.read_until(b'\n', buf) {
                Ok(0) => return (count, End::Finished),
                Ok(n) => {
                    self.starts[count] = self.offset;
                    self.offset += n as u64;
                    bytes += n;
                    count += 1;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return (count, End::Failed(e)),
            }
        }
        (count, End::More)
    }

    /// Keeps memory flat after an occasional huge line.
    fn release_large(&mut self, count: usize) {
        self.lines[..count].iter_mut().for_each(release_if_large);
    }
}

/// Watches the first non-blank lines of an input: when none of them is a JSON object, the
/// input is most likely plain text given to `--jsonl` by mistake, and one message says so.
#[derive(Default)]
struct PlainTextProbe {
    seen: usize,
    objects: usize,
    done: bool,
}

impl PlainTextProbe {
    /// How many non-blank lines decide.
    const LINES: usize = 5;

    fn see(&mut self, answer: &Answer, errors: &mut dyn Write, prefix: &str) {
        if !self.done && !answer.blank {
            self.seen += 1;
            self.objects += usize::from(answer.object);
            if self.seen == Self::LINES {
                self.finish(errors, prefix);
            }
        }
    }

    fn finish(&mut self, errors: &mut dyn Write, prefix: &str) {
        if !self.done && self.seen > 0 && self.objects == 0 {
            let lines = match self.seen {
                1 => "the first non-blank line is not".to_string(),
                n => format!("none of the first {n} non-blank lines is"),
            };
            let _ = writeln!(
                errors,
                "factsift: {prefix}{lines} a JSON object: did you mean plain text without --jsonl?"
            );
        }
        self.done = true;
    }
}

/// The output for one input line.
struct Answer {
    record: Vec<u8>,
    entities: usize,
    error: Option<String>,
    /// The line is blank (see [`is_blank`]).
    blank: bool,
    /// The line holds a JSON object.
    object: bool,
}

impl Answer {
    fn failed(id: &RawValue, message: String, object: bool) -> Answer {
        let mut record = Vec::with_capacity(message.len() + 32);
        write_error_record(&mut record, id, &message);
        Answer { record, entities: 0, error: Some(message), blank: false, object }
    }
}

/// Frees a line buffer of more than a MiB (small ones are reused for the next lines).
fn release_if_large(buf: &mut Vec<u8>) {
    if buf.capacity() > 1 << 20 {
        *buf = Vec::new();
    }
}

/// Extracts from one input line (with or without its line ending) that starts at byte
/// `start` of the input.
/// With `direct`, a record with entities is written there rather than into the answer.
/// A large line whose text had to be decoded into a string of its own (escapes, or repaired
/// UTF-8) is freed before extraction, so a long line is not held twice.
fn answer(
    extractor: &Extractor,
    buf: &mut Vec<u8>,
    start: u64,
    options: &JsonlOptions,
    direct: Option<&mut dyn Write>,
) -> io::Result<Answer> {
    match read_line(buf, start, options) {
        Err(answer) => Ok(answer),
        Ok(Read::Borrowed { id, text }) => respond(extractor, id, text, direct),
        Ok(Read::Owned { id, text }) => {
            release_if_large(buf);
            respond(extractor, &id, &text, direct)
        }
    }
}

/// The id and text of a line, once read.
enum Read<'a> {
    /// The text as it stands in the line (it has no escapes).
    Borrowed { id: &'a RawValue, text: &'a str },
    /// The text decoded into a string of its own, and a copy of the id: the line is not needed.
    Owned { id: Box<RawValue>, text: String },
}

/// Reads the id and text of one line, or the answer for a line that has none (blank or bad).
fn read_line<'a>(line: &'a [u8], start: u64, options: &JsonlOptions) -> Result<Read<'a>, Answer> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    // A byte-order mark some editors put at the start of a file is not part of the JSON.
    let (line, start) = match line.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if start == 0 => (rest, 3),
        _ => (line, start),
    };
    if is_blank(line) {
        let mut record = Vec::new();
        write_record(&mut record, RawValue::NULL, &[]).expect("writing to memory cannot fail");
        return Err(Answer { record, entities: 0, error: None, blank: true, object: false });
    }
    match std::str::from_utf8(line) {
        Ok(line) => read_text(line, options),
        Err(_) if options.lossy => {
            let repaired = String::from_utf8_lossy(line);
            Ok(match read_text(&repaired, options)? {
                Read::Borrowed { id, text } => Read::Owned { id: id.to_owned(), text: text.into() },
                Read::Owned { id, text } => Read::Owned { id, text },
            })
        }
        Err(e) => {
            let at = e.valid_up_to();
            let message = format!(
                "invalid UTF-8 at byte {at} of the line (byte offset {} of the input)",
                start + at as u64
            );
            // The id is still worth echoing, to pair this error with its input.
            let repaired = String::from_utf8_lossy(line);
            let fields = read_fields(&repaired, options);
            let id = fields.as_ref().ok().and_then(|f| f.id).unwrap_or(RawValue::NULL);
            Err(Answer::failed(id, message, fields.is_ok()))
        }
    }
}

/// [`read_line`] for a line that is valid UTF-8.
fn read_text<'a>(line: &'a str, options: &JsonlOptions) -> Result<Read<'a>, Answer> {
    let fields = match read_fields(line, options) {
        Ok(fields) => fields,
        Err(message) => return Err(Answer::failed(RawValue::NULL, message, false)),
    };
    let id = fields.id.unwrap_or(RawValue::NULL);
    match text(fields.text, options) {
        Ok(Cow::Borrowed(text)) => Ok(Read::Borrowed { id, text }),
        Ok(Cow::Owned(text)) => Ok(Read::Owned { id: id.to_owned(), text }),
        Err(message) => Err(Answer::failed(id, message, true)),
    }
}

/// Extracts from the text of a line and answers with its record.
fn respond(
    extractor: &Extractor,
    id: &RawValue,
    text: &str,
    direct: Option<&mut dyn Write>,
) -> io::Result<Answer> {
    let doc = extractor.extract(text);
    let mut record = Vec::new();
    match direct {
        Some(out) => write_record(out, id, doc.entities())?,
        None => {
            record.reserve(64 + doc.len() * 160);
            write_record(&mut record, id, doc.entities()).expect("writing to memory cannot fail");
        }
    }
    Ok(Answer { record, entities: doc.len(), error: None, blank: false, object: true })
}

/// True for a line of white space only, by one rule: Unicode's White_Space (so `\x0b`, `\x0c`,
/// U+00A0 and U+3000 count, like space and tab). Such a line is answered with no entities.
fn is_blank(line: &[u8]) -> bool {
    match line.iter().position(|&b| !(b.is_ascii_whitespace() || b == 0x0b)) {
        None => true,
        Some(at) => {
            line[at] >= 0x80
                && std::str::from_utf8(&line[at..])
                    .is_ok_and(|s| s.chars().all(char::is_whitespace))
        }
    }
}

/// The values of a line's object that matter, as raw JSON (when a key repeats, the last
/// one counts).
#[derive(Default)]
struct Fields<'a> {
    id: Option<&'a RawValue>,
    text: Option<&'a RawValue>,
}

/// Reads one line as a JSON object, keeping only its id and text, or says what is wrong.
fn read_fields<'a>(line: &'a str, options: &JsonlOptions) -> Result<Fields<'a>, String> {
    let first = line.bytes().find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    if first != Some(b'{') {
        return Err(match serde_json::from_str::<&RawValue>(line) {
            Ok(value) => format!("expected a JSON object, found {}", kind_of(value)),
            Err(e) => format!("invalid JSON: {e}"),
        });
    }
    let mut deserializer = serde_json::Deserializer::from_str(line);
    FieldsSeed(options)
        .deserialize(&mut deserializer)
        .and_then(|fields| deserializer.end().map(|()| fields))
        .map_err(|e| format!("invalid JSON: {e}"))
}

/// The text of a line, from its raw JSON value, or what is wrong with it.
fn text<'a>(raw: Option<&'a RawValue>, options: &JsonlOptions) -> Result<Cow<'a, str>, String> {
    let key = &options.text_field;
    let json = raw.ok_or_else(|| format!("missing {key:?} field"))?.get();
    if !json.starts_with('"') {
        return Err(format!("{key:?} must be a string, found {}", kind_of(raw.unwrap())));
    }
    if !json.contains('\\') {
        // Already checked by the JSON reader: no escapes, no control characters.
        return Ok(Cow::Borrowed(&json[1..json.len() - 1]));
    }
    serde_json::from_str(json).map(Cow::Owned).or_else(|e| match without_lone_surrogates(json) {
        Some((repaired, _)) if options.lossy => serde_json::from_str(&repaired)
            .map(Cow::Owned)
            .map_err(|e| format!("invalid JSON: {e}")),
        Some((_, first)) => Err(format!(
            "{key:?} holds the escape {first}, a lone UTF-16 surrogate that is no Unicode \
             character (use --lossy to replace it with U+FFFD)"
        )),
        None => Err(format!("invalid JSON: {e}")),
    })
}

/// The JSON string `json` with each `\uXXXX` escape of a lone UTF-16 surrogate replaced by
/// `\ufffd`, and the first such escape as written; `None` when there is none.
fn without_lone_surrogates(json: &str) -> Option<(String, &str)> {
    let bytes = json.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = json.get(at..at + 6)?.strip_prefix("\\u")?;
        u16::from_str_radix(hex, 16).ok()
    };
    let (mut repaired, mut copied, mut first) = (String::new(), 0, None);
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        match unit(at) {
            Some(0xD800..=0xDBFF) if matches!(unit(at + 6), Some(0xDC00..=0xDFFF)) => at += 12,
            Some(0xD800..=0xDFFF) => {
                first.get_or_insert(&json[at..at + 6]);
                repaired.push_str(&json[copied..at]);
                repaired.push_str("\\ufffd");
                at += 6;
                copied = at;
            }
            // Any other escape: the backslash and the character it escapes.
            _ => at += 2,
        }
    }
    let first = first?;
    repaired.push_str(&json[copied..]);
    Some((repaired, first))
}

/// "a number", "an array"... for error messages, from a raw JSON value.
fn kind_of(value: &RawValue) -> &'static str {
    match value.get().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// Reads a line's object, keeping the raw values of the id and text keys and skipping the
/// rest without building anything.
struct FieldsSeed<'o>(&'o JsonlOptions);

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Fields<'de>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key_seed(KeySeed(self.0))? {
            match key {
                Key::Id => fields.id = Some(map.next_value()?),
                Key::Text => fields.text = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

/// Which of the keys that matter a key is.
enum Key {
    Id,
    Text,
    Other,
}

struct KeySeed<'o>(&'o JsonlOptions);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, key: &str) -> Result<Key, E> {
        Ok(if key == self.0.id_field {
            Key::Id
        } else if key == self.0.text_field {
            Key::Text
        } else {
            Key::Other
        })
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

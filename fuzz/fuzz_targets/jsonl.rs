//! Fuzz target: the CLI's JSON Lines reader answers every input line with exactly one output
//! line, in order, whatever the bytes, and never panics.
#![no_main]

use factsift::Extractor;
use factsift_cli::{process_jsonl_with, JsonlOptions};
use libfuzzer_sys::fuzz_target;
use serde_json::value::RawValue;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

/// One output record, its values kept as raw JSON.
#[derive(serde::Deserialize)]
struct Record<'a> {
    #[serde(borrow)]
    #[allow(dead_code)] // Read to check it is there and is JSON.
    id: &'a RawValue,
    #[serde(borrow)]
    entities: Option<&'a RawValue>,
    #[serde(borrow)]
    error: Option<&'a RawValue>,
}

fuzz_target!(|input: &[u8]| {
    let extractor = EXTRACTOR.get_or_init(Extractor::default);
    let options = JsonlOptions { parallel: false, chunk_lines: 3, ..JsonlOptions::default() };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let summary = process_jsonl_with(extractor, input, &mut out, &mut err, &options)
        .expect("writing to memory cannot fail");
    let expected_lines = input.split(|&b| b == b'\n').count()
        - usize::from(input.ends_with(b"\n") || input.is_empty());
    let out = String::from_utf8(out).expect("output is UTF-8");
    // Ids are echoed as written, so they may hold escapes of lone surrogates, which JSON's
    // grammar allows: records are read as raw JSON, not decoded into strings.
    let records: Vec<Record> =
        out.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(records.len(), expected_lines, "one output line per input line");
    assert_eq!(summary.lines as usize, expected_lines);
    for record in &records {
        assert!(record.entities.is_some() != record.error.is_some(), "entities or an error");
    }
    let failed = records.iter().filter(|r| r.error.is_some()).count();
    assert_eq!(summary.failed as usize, failed, "every failed line is reported");
    let err = String::from_utf8(err).expect("errors are UTF-8");
    assert_eq!(err.lines().filter(|l| l.starts_with("line ")).count(), failed);
});

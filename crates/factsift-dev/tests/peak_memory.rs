//! Peak memory of one long input through the CLI's JSON Lines path, from the process's peak
//! resident size (Linux: `VmHWM` in /proc/self/status, reset by writing 5 to
//! /proc/self/clear_refs). Where that cannot be read or reset, the test says so and skips.
//! Alone in its test binary, so no other test allocates while it measures.

use std::fs;
use std::io;

use factsift::Extractor;
use factsift_cli::jsonl::{process_jsonl_with, JsonlOptions};

/// A field of /proc/self/status, in KiB.
fn status_kib(field: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()
}

/// Extracts from `input` (JSON Lines) as `factsift extract --jsonl` does, output discarded.
fn run(extractor: &Extractor, input: &[u8]) {
    let options = JsonlOptions { parallel: false, ..JsonlOptions::default() };
    process_jsonl_with(extractor, input, io::sink(), &mut io::sink(), &options).unwrap();
}

#[test]
fn one_long_line_costs_a_small_multiple_of_its_size() {
    // The bundled article is dense in entities: one per 38 bytes.
    let article = include_str!("../../../examples/sample_article.txt");
    let text = article.repeat((8 << 20) / article.len());
    let line = serde_json::json!({"id": 1, "text": text}).to_string() + "\n";
    drop(text);
    let extractor = Extractor::default();
    // Loads the model and lexicons and fills the per-thread caches before measuring.
    run(&extractor, article.repeat(4).as_bytes());
    let reset = fs::write("/proc/self/clear_refs", "5").is_ok();
    let (Some(before), true) = (status_kib("VmRSS:"), reset) else {
        eprintln!("skipped: the peak resident size cannot be read or reset here");
        return;
    };
    run(&extractor, line.as_bytes());
    let peak = status_kib("VmHWM:").expect("VmHWM was readable");
    let ratio = peak.saturating_sub(before) as f64 * 1024.0 / line.len() as f64;
    eprintln!(
        "{} MB line: peak {} MiB over {} MiB before: {ratio:.1}x",
        line.len() >> 20,
        peak >> 10,
        before >> 10
    );
    // Before windows, streamed records and compact entities this was over 25x, and 13.7x
    // while every entity string was a heap String and the line was kept beside its unescaped
    // text; now the line is freed once its text is decoded and short strings are inline:
    // 10.9x when written (counted are the text, its entities and a window's tokens, about
    // 12 MB, which weigh more in a short line than in a long one).
    assert!(ratio < 12.0, "one {} byte line took {ratio:.1}x its size", line.len());
}

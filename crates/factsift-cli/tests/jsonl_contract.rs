//! The JSONL contract of `factsift extract --jsonl`: what the core's serde form gives, how ids
//! are echoed, and how odd lines (lone surrogates, white space, plain text) are answered.

mod common;
use common::{json_lines, run, stderr, stdout};

use factsift::Extractor;

#[test]
fn the_core_serializes_a_document_exactly_as_the_cli_writes_it() {
    // Every entity type, a title, an acronym, a range with a qualifier, a sub-unit amount, an
    // amount with more digits than an f64 holds, basis points and a place with a country.
    let text = "President Anna Kovacs of Norvia said the Baltic Shipping Council (BSC) in \
                Tallinn, Estonia spent about $5-10 million, 50 cents a share and \
                €12345678901234567890.05 last year; rates rose 25 basis points and sales 3.5%.";
    let line = format!("{{\"id\": 7, \"text\": {}}}\n", serde_json::to_string(text).unwrap());
    let output = run(&["extract", "--jsonl"], line.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let cli = stdout(&output);

    let doc = Extractor::default().extract(text);
    let core = serde_json::to_string(&doc).unwrap();
    // The CLI's record is the document's object with the id in front.
    let expected = format!("{{\"id\":7,{}\n", &core[1..]);
    assert_eq!(cli, expected);
    // And the fields it is made of are those of the contract.
    for kind in ["person", "organization", "place", "money", "percentage"] {
        assert!(core.contains(&format!("\"type\":\"{kind}\"")), "no {kind} in {core}");
    }
    for field in [
        "\"amount\":5000000,\"currency\":\"USD\",\"max\":10000000,\"min\":5000000,\"qualifier\":\"approximately\"",
        "\"amount\":0.5,\"currency\":\"USD\"",
        "\"amount\":12345678901234567890.05,\"currency\":\"EUR\"",
        "\"kind\":\"basis_points\",\"value\":25",
        "\"kind\":\"percent\",\"value\":3.5",
    ] {
        assert!(core.contains(field), "{field} not in {core}");
    }
}

#[test]
fn ids_are_echoed_as_their_raw_json_text() {
    let ids = [
        "1E5",
        "0.1E-0400",
        "-0",
        "12345678901234567890123",
        "\"caf\\u00e9\"",
        "[1, 2]",
        "{\"a\": null}",
        "true",
    ];
    let input: String =
        ids.iter().map(|id| format!("{{\"id\": {id}, \"text\": \"Up 5%.\"}}\n")).collect();
    let output = run(&["extract", "--jsonl", "--types", "percentage"], input.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    for (line, id) in out.lines().zip(ids) {
        assert!(line.starts_with(&format!("{{\"id\":{id},\"entities\":[{{")), "{line}");
    }
    assert_eq!(out.lines().count(), ids.len());
    // Errors echo it the same way.
    let output = run(&["extract", "--jsonl"], b"{\"id\": 1E5, \"text\": 7}\n");
    assert_eq!(
        stdout(&output),
        "{\"id\":1E5,\"error\":\"\\\"text\\\" must be a string, found a number\"}\n"
    );
}

#[test]
fn a_lone_surrogate_keeps_the_id_and_lossy_replaces_it() {
    // As Python's json.dumps writes text decoded with surrogateescape.
    let input =
        b"{\"id\": \"a1\", \"text\": \"lone \\ud800 surrogate $5, pair \\ud83d\\ude00 ok\"}\n\
                  {\"id\": 2, \"text\": \"low \\uDC00 first, escaped \\\\ud800 is text\"}\n";
    let output = run(&["extract", "--jsonl", "--types", "money"], input);
    assert_eq!(output.status.code(), Some(1));
    let records = json_lines(&stdout(&output));
    assert_eq!(records[0]["id"], "a1", "the id is kept");
    let error = records[0]["error"].as_str().unwrap();
    assert!(error.contains("\\ud800") && error.contains("lone UTF-16 surrogate"), "{error}");
    assert!(error.contains("--lossy"), "{error}");
    assert!(records[1]["error"].as_str().unwrap().contains("\\uDC00"), "{:?}", records[1]);
    assert_eq!(
        stderr(&output).lines().next().unwrap(),
        format!("line 1: {error}"),
        "stderr says the same"
    );

    let output = run(&["extract", "--jsonl", "--types", "money", "--lossy"], input);
    assert!(output.status.success(), "{}", stderr(&output));
    let records = json_lines(&stdout(&output));
    let money = &records[0]["entities"][0];
    assert_eq!(money["text"], "$5");
    // Offsets count the replacement character (3 bytes), and the valid pair stays an emoji.
    let repaired = "lone \u{FFFD} surrogate $5, pair \u{1F600} ok";
    let at = repaired.find("$5").unwrap();
    assert_eq!(money["byte_start"], at);
    assert_eq!(money["start"], repaired[..at].chars().count());
    assert_eq!(records[1]["entities"], serde_json::json!([]));
}

#[test]
fn every_white_space_line_is_blank_by_one_rule() {
    // ASCII blanks, \x0b and \x0c, and Unicode spaces (NBSP, ideographic space, line separator).
    let blanks = ["", " \t ", "\x0b", "\x0c", " \x0b\x0c\r", "\u{a0}", "\u{3000}\u{2028}"];
    let mut input: String = blanks.iter().map(|b| format!("{b}\n")).collect();
    input.push_str("\x0c{\"text\": \"not blank\"}\n");
    let output = run(&["extract", "--jsonl", "--types", "money"], input.as_bytes());
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), blanks.len() + 1);
    for line in &lines[..blanks.len()] {
        assert_eq!(*line, "{\"id\":null,\"entities\":[]}");
    }
    // JSON itself allows only space, tab and line breaks around a value.
    assert!(lines[blanks.len()].starts_with("{\"id\":null,\"error\":\"invalid JSON"), "{out}");
    // Its error, and the hint that this input is no JSONL.
    assert_eq!(stderr(&output).lines().count(), 2, "{}", stderr(&output));
}

#[test]
fn plain_text_given_to_jsonl_gets_one_hint() {
    let text = "Exports rose 5% last year.\n\nThe ministry said so.\nA third line.\n\
                A fourth.\nA fifth.\nA sixth.\n";
    let output = run(&["extract", "--jsonl", "--types", "money"], text.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    let hints: Vec<&str> = errors.lines().filter(|l| l.contains("without --jsonl")).collect();
    assert_eq!(
        hints,
        ["factsift: none of the first 5 non-blank lines is a JSON object: did you mean plain text \
         without --jsonl?"]
    );
    // Besides the per-line errors, which still come for every line.
    assert_eq!(errors.lines().filter(|l| l.starts_with("line ")).count(), 6, "{errors}");
    let output = run(&["extract", "--jsonl"], b"just one line\n");
    assert!(
        stderr(&output).contains("the first non-blank line is not a JSON object"),
        "{}",
        stderr(&output)
    );

    // JSONL that starts with a bad line or two gets no such hint.
    let jsonl = "not json\n[1]\n{\"text\": \"a\"}\n{\"text\": \"b\"}\n";
    let output = run(&["extract", "--jsonl", "--types", "money"], jsonl.as_bytes());
    assert_eq!(stderr(&output).lines().count(), 2, "{}", stderr(&output));
}

//! End-to-end tests of the `factsift` binary.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;
use common::{json_lines, run, scratch, stderr, stdout, BIN};

/// Checks every entity of a JSONL record against its input text: code-point and byte
/// offsets both slice the text back to the entity's `text`.
fn check_offsets(record: &Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for e in record["entities"].as_array().unwrap() {
        let n = |k: &str| e[k].as_u64().unwrap() as usize;
        let by_chars: String = chars[n("start")..n("end")].iter().collect();
        assert_eq!(by_chars, e["text"].as_str().unwrap(), "{e}");
        assert_eq!(&text[n("byte_start")..n("byte_end")], e["text"].as_str().unwrap(), "{e}");
    }
}

#[test]
fn jsonl_answers_every_line_in_order_and_reports_bad_ones() {
    let mut input = Vec::new();
    for i in 0..300 {
        match i {
            10 => input.extend_from_slice(b"{\"id\": 10, \"text\": \"unterminated}\n"),
            20 => input.extend_from_slice(b"{\"id\": \"twenty\"}\n"),
            30 => input.extend_from_slice(b"{\"id\": 30, \"text\": \"caf\xe9 au lait\"}\n"),
            40 => input.extend_from_slice(b"\"just a string\"\n"),
            50 => input.extend_from_slice(b"\n"),
            _ => input.extend_from_slice(
                format!(
                    "{{\"id\": {i}, \"text\": \"Line {i}: sales rose 66% to $41 billion.\"}}\n"
                )
                .as_bytes(),
            ),
        }
    }
    for threads in ["1", "2"] {
        let output = run(&["extract", "--jsonl", "--threads", threads], &input);
        assert_eq!(output.status.code(), Some(1), "a bad line makes the exit status 1");
        let records = json_lines(&stdout(&output));
        assert_eq!(records.len(), 300, "one output line per input line");
        for (i, record) in records.iter().enumerate() {
            match i {
                10 | 40 | 50 => assert_eq!(record["id"], Value::Null),
                20 => assert_eq!(record["id"], "twenty"),
                _ => assert_eq!(record["id"], i as u64),
            }
            let bad = [10, 20, 30, 40].contains(&i);
            assert_eq!(record.get("error").is_some(), bad, "line {}: {record}", i + 1);
            assert_eq!(record.get("entities").is_some(), !bad, "line {}: {record}", i + 1);
        }
        assert_eq!(records[50]["entities"], serde_json::json!([]), "a blank line has nothing");
        let errors: Vec<String> = stderr(&output).lines().map(String::from).collect();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].starts_with("line 11: invalid JSON: "), "{}", errors[0]);
        assert_eq!(errors[1], "line 21: missing \"text\" field");
        assert!(
            errors[2].starts_with("line 31: invalid UTF-8 at byte 23 of the line"),
            "{}",
            errors[2]
        );
        assert_eq!(errors[3], "line 41: expected a JSON object, found a string");
    }
}

#[test]
fn jsonl_offsets_are_code_points_and_bytes_on_non_ascii_text() {
    let text = "Ёлки 🎄🎄 — экспорт вырос на 66% до $41 billion. Café “Zoë” paid €5.";
    let line = serde_json::json!({"id": "ru", "text": text}).to_string() + "\n";
    let output = run(&["extract", "--jsonl"], line.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let records = json_lines(&stdout(&output));
    assert_eq!(records.len(), 1);
    check_offsets(&records[0], text);
    let entities = records[0]["entities"].as_array().unwrap();
    let pct = entities.iter().find(|e| e["type"] == "percentage").expect("66% is found");
    assert_eq!(pct["text"], "66%");
    // Code points: the Cyrillic letters and emoji count one each; bytes: 2 and 4.
    let start = text[..text.find("66%").unwrap()].chars().count() as u64;
    assert_eq!((pct["start"].as_u64(), pct["end"].as_u64()), (Some(start), Some(start + 3)));
    assert_eq!(pct["byte_start"].as_u64(), Some(text.find("66%").unwrap() as u64));
    assert_eq!(pct["value"].to_string(), "66");
    assert_eq!(pct["kind"], "percent");
    let money = entities.iter().find(|e| e["text"] == "$41 billion").expect("$41 billion");
    assert_eq!(money["type"], "money");
    assert_eq!(money["amount"].to_string(), "41000000000", "a JSON number, exact");
    assert_eq!(money["currency"], "USD");
}

#[test]
fn jsonl_numbers_keep_exact_digits() {
    let input = b"{\"id\": 12345678901234567890123, \"text\": \"Inflation hit 15.5%.\"}\n";
    let output = run(&["extract", "--jsonl"], input);
    let out = stdout(&output);
    assert!(out.starts_with("{\"id\":12345678901234567890123,"), "{out}");
    let record: Value = serde_json::from_str(out.trim_end()).unwrap();
    let pct = &record["entities"][0];
    assert_eq!(pct["text"], "15.5%");
    assert_eq!(pct["value"].to_string(), "15.5");
    assert!(pct["value"].is_number());
}

#[test]
fn types_choose_what_is_extracted_and_unknown_types_are_rejected() {
    let line = b"{\"text\": \"Profit rose 66% to $41 billion.\"}\n";
    let output = run(&["extract", "--jsonl", "--types", "money"], line);
    assert!(output.status.success());
    let record = &json_lines(&stdout(&output))[0];
    let types: Vec<&str> = record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["money"]);

    let output = run(&["extract", "--jsonl", "--types", "money,percentage"], line);
    let record = &json_lines(&stdout(&output))[0];
    assert_eq!(record["entities"].as_array().unwrap().len(), 2);

    let output = run(&["extract", "--types", "money,dates"], b"x");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown entity type \"dates\""), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
}

#[test]
fn dollar_sets_the_currency_of_a_bare_dollar_sign() {
    let line = b"{\"text\": \"The ticket cost $5.\"}\n";
    let output = run(&["extract", "--jsonl", "--dollar", "CAD"], line);
    let record = &json_lines(&stdout(&output))[0];
    assert_eq!(record["entities"][0]["currency"], "CAD", "{record}");
}

#[test]
fn currency_default_sets_what_ambiguous_signs_and_words_mean() {
    let line = "{\"text\": \"Rs 20, then $5 and ¥7.\"}\n".as_bytes();
    let args = ["extract", "--jsonl", "--types", "money", "--currency-default"];
    let output = run(&[&args[..], &["$=CAD,rupee=INR,¥=CNY"]].concat(), line);
    let record = &json_lines(&stdout(&output))[0];
    let codes: Vec<_> =
        record["entities"].as_array().unwrap().iter().map(|e| &e["currency"]).collect();
    assert_eq!(codes, ["INR", "CAD", "CNY"], "{record}");
    for (spec, message) in [
        ("dinero=EUR", "\"dinero\" is no currency key"),
        ("rupee=XYZ", "unknown ISO 4217 currency code \"XYZ\""),
    ] {
        let output = run(&[&args[..], &[spec]].concat(), line);
        assert_eq!(output.status.code(), Some(2), "{spec}");
        assert!(stderr(&output).contains(message), "{spec}: {}", stderr(&output));
    }
}

#[test]
fn plain_files_get_a_table_each_and_invalid_utf8_is_located() {
    let good = scratch("good.txt", "Shares fell 12% on Monday.".as_bytes());
    let bad = scratch("bad.txt", b"Prices rose 7%\xff\xfe then fell.");
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let output = run(&["extract", bad, good], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("factsift: {bad}: invalid UTF-8 at byte offset 14 (use --lossy to replace it)\n")
    );
    let out = stdout(&output);
    assert!(!out.contains("bad.txt"), "{out}");
    assert!(out.starts_with(&format!("== {good}: ")), "the other file is still read: {out}");
    assert!(out.contains("12-15") && out.contains("12%"), "{out}");

    let output = run(&["extract", "--lossy", "--types", "percentage", bad], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.starts_with(&format!("== {bad}: 1 entity ==\n")), "{out}");
    let row = out.lines().nth(2).unwrap();
    assert!(row.starts_with("percentage") && row.contains("12-14") && row.contains("7%"), "{out}");
}

#[test]
fn plain_input_from_stdin_and_dash_and_json_records() {
    let text = "Turnover grew 9% in Almaty.".as_bytes();
    let default = run(&["extract"], text);
    let dash = run(&["extract", "-"], text);
    assert!(default.status.success());
    assert_eq!(default.stdout, dash.stdout);
    assert!(stdout(&default).starts_with("== <stdin>: "));
    let json = run(&["extract", "--json"], text);
    let records = json_lines(&stdout(&json));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "<stdin>");
    check_offsets(&records[0], "Turnover grew 9% in Almaty.");
    assert!(records[0]["entities"].as_array().unwrap().iter().any(|e| e["text"] == "9%"));
}

#[test]
fn several_jsonl_files_are_named_in_messages_and_missing_files_reported() {
    let a = scratch("a.jsonl", b"{\"id\": \"a1\", \"text\": \"one\"}\n");
    let b = scratch("b.jsonl", b"{\"id\": \"b1\", \"text\": \"two\"}\n{\"id\": \"b2\"}\n");
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-missing.jsonl");
    let names = [a.to_str().unwrap(), missing.to_str().unwrap(), b.to_str().unwrap()];
    let output = run(&["extract", "--jsonl", names[0], names[1], names[2]], b"");
    assert_eq!(output.status.code(), Some(1));
    let ids: Vec<Value> = json_lines(&stdout(&output)).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["a1", "b1", "b2"]);
    let errors = stderr(&output);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 2, "{errors}");
    assert!(lines[0].starts_with(&format!("factsift: {}: ", names[1])), "{errors}");
    assert_eq!(lines[1], format!("{}: line 2: missing \"text\" field", names[2]));
}

#[test]
fn closed_pipe_ends_quietly() {
    let line = b"{\"id\": 1, \"text\": \"Nothing to see here, move along.\"}\n";
    let input: Vec<u8> = line.iter().copied().cycle().take(line.len() * 50_000).collect();
    let mut child = Command::new(BIN)
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first, "{\"id\":1,\"entities\":[]}\n");
    // The reader is dropped here: the pipe is closed while factsift still has much to write.
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(stderr(&output), "", "no panic, no 'Broken pipe' message");
    assert!(output.status.success(), "{:?}", output.status);
}

#[test]
fn other_write_errors_are_reported() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // Not a Linux-like system: nothing to test here.
    };
    let output = Command::new(BIN)
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"{\"text\": \"a\"}\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("factsift: error writing output: "), "{}", stderr(&output));
}

/// A small CoNLL file written for this test: two documents, IOB1 tags, quotes, brackets,
/// clitics and a MISC name (not scored).
const CONLL: &str = "\
-DOCSTART- -X- -X- O

Greta NNP B-NP I-PER
Lind NNP I-NP I-PER
( ( O O
Tromso NNP B-NP I-LOC
) ) O O
said VBD B-VP O
: : O O
\" \" O O
We PRP B-NP O
do VBP B-VP O
n't RB O O
sell VB B-VP O
Nordvik NNP B-NP I-ORG
Fisk NNP I-NP I-ORG
's POS B-NP O
boats NNS I-NP O
. . O O
\" \" O O

Prices NNS B-NP O
fell VBD B-VP O
4 CD B-NP O
% NN I-NP O
to TO B-PP O
$ $ B-NP O
5 CD I-NP O
. . O O

-DOCSTART- -X- -X- O

Norwegian JJ B-NP I-MISC
Olav NNP I-NP I-PER
met VBD B-VP O
Kari NNP B-NP I-PER
Berg NNP I-NP I-PER
and CC O O
Ola NNP B-NP B-PER
in IN B-PP O
Bergen NNP B-NP I-LOC
. . O O
";

#[test]
fn conll_is_rebuilt_as_natural_text_with_exact_gold_spans() {
    let conll = scratch("tiny.conll", CONLL.as_bytes());
    let export = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tiny-gold.jsonl");
    let output = run(
        &["eval", "--conll", conll.to_str().unwrap(), "--export", export.to_str().unwrap()],
        b"",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let docs = json_lines(&std::fs::read_to_string(&export).unwrap());
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0]["text"],
        "Greta Lind (Tromso) said: \"We don't sell Nordvik Fisk's boats.\"\nPrices fell 4% to $5."
    );
    assert_eq!(docs[1]["text"], "Norwegian Olav met Kari Berg and Ola in Bergen.");
    let spans = |doc: &Value| -> Vec<(u64, u64, String, String)> {
        doc["gold"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                let s = |k: &str| g[k].as_str().unwrap().to_string();
                (g["start"].as_u64().unwrap(), g["end"].as_u64().unwrap(), s("type"), s("text"))
            })
            .collect()
    };
    let expect = |v: &[(u64, u64, &str, &str)]| -> Vec<(u64, u64, String, String)> {
        v.iter().map(|&(a, b, t, x)| (a, b, t.to_string(), x.to_string())).collect()
    };
    assert_eq!(
        spans(&docs[0]),
        expect(&[
            (0, 10, "person", "Greta Lind"),
            (12, 18, "place", "Tromso"),
            (41, 53, "organization", "Nordvik Fisk"),
        ])
    );
    assert_eq!(
        spans(&docs[1]),
        expect(&[
            (10, 14, "person", "Olav"),
            (19, 28, "person", "Kari Berg"),
            (33, 36, "person", "Ola"),
            (40, 46, "place", "Bergen"),
        ])
    );
}

/// Checks one COUNTS object of `eval --json`: the counts add up and P, R, F1 follow from them.
fn check_counts(c: &Value, gold: u64) {
    let n = |k: &str| c[k].as_u64().unwrap();
    let (tp, fp, fn_) = (n("tp"), n("fp"), n("fn"));
    assert_eq!(n("gold"), gold);
    assert_eq!(tp + fn_, gold);
    assert_eq!(tp + fp, n("predicted"));
    let ratio = |a: u64, b: u64| if b == 0 { Value::Null } else { (a as f64 / b as f64).into() };
    assert_eq!(c["precision"], ratio(tp, tp + fp));
    assert_eq!(c["recall"], ratio(tp, tp + fn_));
    assert_eq!(c["f1"], ratio(2 * tp, 2 * tp + fp + fn_));
}

#[test]
fn conll_eval_scores_add_up() {
    let conll = scratch("tiny-scores.conll", CONLL.as_bytes());
    let output = run(&["eval", "--conll", conll.to_str().unwrap(), "--json"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["documents"], 2);
    check_counts(&report["types"]["person"], 4);
    check_counts(&report["types"]["place"], 2);
    check_counts(&report["types"]["organization"], 1);
    check_counts(&report["micro"]["names"], 7);
    let micro = &report["micro"]["names"];
    let sum = |k: &str| -> u64 {
        ["person", "place", "organization"]
            .iter()
            .map(|t| report["types"][t][k].as_u64().unwrap())
            .sum()
    };
    for k in ["tp", "fp", "fn"] {
        assert_eq!(micro[k].as_u64().unwrap(), sum(k), "micro {k} is the sum over types");
    }
    assert!(report["micro"].get("all").is_none());

    let output = run(&["eval", "--conll", conll.to_str().unwrap(), "--types", "money"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no money or percentages"));
}

#[test]
fn gold_eval_scores_spans_and_values() {
    let text = "Exports rose 66% to $41 billion, and apples sold well.";
    let at = |s: &str| {
        let b = text.find(s).unwrap();
        let start = text[..b].chars().count();
        (start, start + s.chars().count())
    };
    let (m, p, a) = (at("$41 billion"), at("66%"), at("apples"));
    let gold = serde_json::json!({"id": "g1", "text": text, "gold": [
        {"start": p.0, "end": p.1, "type": "percentage", "text": "66%", "value": 66},
        {"start": m.0, "end": m.1, "type": "money", "text": "$41 billion", "amount": 41000000000u64, "currency": "USD"},
        // Not money at all: a false negative whatever the extractor does.
        {"start": a.0, "end": a.1, "type": "money", "text": "apples", "amount": 1, "currency": "USD"},
    ]});
    let bad_line =
        r#"{"id": "g2", "text": "abc", "gold": [{"start": 0, "end": 9, "type": "place"}]}"#;
    let file = scratch("gold.jsonl", format!("{gold}\n{bad_line}\n").as_bytes());
    let output = run(&["eval", "--gold", file.to_str().unwrap(), "--json", "--errors", "5"], b"");
    assert_eq!(output.status.code(), Some(1), "the bad gold line is an input failure");
    assert!(stderr(&output).contains("line 2: gold entity 0: span 0..9 is not inside the text"));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["documents"], 1);
    check_counts(&report["types"]["money"], 2);
    check_counts(&report["types"]["percentage"], 1);
    check_counts(&report["micro"]["all"], 3);
    let money = &report["types"]["money"];
    assert_eq!((money["tp"].as_u64(), money["fn"].as_u64()), (Some(1), Some(1)));
    assert_eq!(money["precision"], 1.0);
    assert_eq!(money["recall"], 0.5);
    assert_eq!(report["values"]["money"]["correct"], 1);
    assert_eq!(report["values"]["percentage"]["accuracy"], 1.0);
    let missed: Vec<&Value> = report["examples"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["what"] == "false negative")
        .collect();
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0]["text"], "apples");
    assert_eq!(missed[0]["note"], "predicted nothing");

    let human = run(&["eval", "--gold", file.to_str().unwrap(), "--types", "money"], b"");
    let table = stdout(&human);
    let row = table.lines().find(|l| l.starts_with("money")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells, ["money", "2", "1", "1", "0", "1", "100.00", "50.00", "66.67"]);
    assert!(!table.contains("percentage"), "{table}");
    assert!(!table.contains("apples"), "no mistakes listed unless asked: {table}");
    let listed = run(&["eval", "--gold", file.to_str().unwrap(), "--show-errors"], b"");
    let listed = stdout(&listed);
    assert!(
        listed.contains("money false negatives:\n  g1 37-43 \"apples\" (predicted nothing)"),
        "{listed}"
    );
}

#[test]
fn jsonl_field_names_can_be_chosen() {
    let input = b"{\"url\": \"https://example.invalid/a\", \"body\": \"Margins rose 3%.\"}\n";
    let args = ["extract", "--jsonl", "--text-field", "body", "--id-field", "url"];
    let output = run(&args, input);
    assert!(output.status.success(), "{}", stderr(&output));
    let record = &json_lines(&stdout(&output))[0];
    assert_eq!(record["id"], "https://example.invalid/a");
    assert!(record["entities"].as_array().unwrap().iter().any(|e| e["text"] == "3%"), "{record}");
    let output = run(&["extract", "--text-field", "body"], b"plain");
    assert_eq!(output.status.code(), Some(2), "--text-field needs --jsonl");
}

#[test]
fn many_plain_files_keep_their_order() {
    let mut names = Vec::new();
    for i in 0..40 {
        let contents = if i % 13 == 5 {
            b"broken \xc3 text".to_vec()
        } else {
            format!("File {i}: margins rose {i}%.").into_bytes()
        };
        names.push(scratch(&format!("many-{i}.txt"), &contents).to_str().unwrap().to_string());
    }
    let mut args = vec!["extract", "--json", "--types", "percentage"];
    args.extend(names.iter().map(String::as_str));
    let output = run(&args, b"");
    assert_eq!(output.status.code(), Some(1));
    let records = json_lines(&stdout(&output));
    let good: Vec<&String> =
        names.iter().enumerate().filter(|(i, _)| i % 13 != 5).map(|(_, n)| n).collect();
    assert_eq!(records.len(), good.len());
    for (record, name) in records.iter().zip(&good) {
        assert_eq!(record["id"], name.as_str());
        let i: usize = name.rsplit('-').next().unwrap().trim_end_matches(".txt").parse().unwrap();
        assert_eq!(record["entities"][0]["text"], format!("{i}%"));
    }
    let errors = stderr(&output);
    let bad: Vec<&str> = errors.lines().collect();
    assert_eq!(bad.len(), 3, "{errors}");
    for (line, i) in bad.iter().zip([5, 18, 31]) {
        assert!(
            line.starts_with(&format!("factsift: {}: invalid UTF-8 at byte offset 7", names[i]))
        );
    }
}

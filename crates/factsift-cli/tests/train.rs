//! `factsift train`, and `extract`/`eval --model`, end to end on the bundled own-domain
//! example (examples/own_domain: invented loan-agreement excerpts written for factsift).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_factsift");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("the factsift binary runs")
}

fn example(name: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/own_domain");
    dir.join(name).to_str().unwrap().to_string()
}

fn scratch(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("train-{name}"));
    path.to_str().unwrap().to_string()
}

/// Micro F1 of the three name types on the example's dev file, with `extra` options.
fn dev_f1(extra: &[&str]) -> f64 {
    let dev = example("dev.jsonl");
    let mut args = vec!["eval", "--gold", &dev, "--types", "person,place,organization", "--json"];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["micro"]["names"]["f1"].as_f64().unwrap_or_else(|| panic!("no micro F1 in {report}"))
}

#[test]
fn training_on_the_example_lifts_dev_f1() {
    let (train, dev, model) = (example("train.jsonl"), example("dev.jsonl"), scratch("own.model"));
    let out = run(&["train", "--gold", &train, "--dev", &dev, "--out", &model, "--epochs", "3"]);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    for said in ["14 documents", "adapting the built-in model", "epoch 3/3", "tokens", "dev F1"] {
        assert!(log.contains(said), "{said:?} not in {log}");
    }
    let before = dev_f1(&[]);
    let after = dev_f1(&["--model", &model]);
    // The built-in model finds three of the dev file's five organizations since dotted
    // initials close a name ("... Bank N.A.": micro 0.56 -> 0.75); three epochs on the
    // example take it to 0.84.
    assert!(after > before + 0.05, "dev micro F1 {before} -> {after}");

    // extract --model uses it too.
    let text = "GRANITE LEDGER BANK N.A.\nBy: /s/ Priya Venkataraman";
    let input = scratch("signature.txt");
    std::fs::write(&input, text).unwrap();
    let out = run(&["extract", "--json", "--model", &model, &input]);
    let record: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<&str> = record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert!(found.contains(&"person"), "{record}");
}

#[test]
fn a_damaged_or_missing_model_is_a_clear_configuration_error() {
    let bad = scratch("damaged.model");
    let mut bytes = factsift::builtin_names_model().to_vec();
    bytes.truncate(1000);
    std::fs::write(&bad, bytes).unwrap();
    let foreign = scratch("foreign.model");
    let mut bytes = factsift::builtin_names_model().to_vec();
    bytes[8] ^= 0xFF; // the hash of the feature specification it was trained for
    std::fs::write(&foreign, bytes).unwrap();
    let out = run(&["extract", "--model", &foreign]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("built for other features"));
    for model in [bad.as_str(), "no/such/file.model"] {
        for command in ["extract", "eval"] {
            let mut args = vec![command, "--model", model];
            let gold = example("dev.jsonl");
            if command == "eval" {
                args.extend(["--gold", &gold]);
            }
            let out = run(&args);
            let message = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command} {model}: {message}");
            assert!(message.contains("names model"), "{message}");
        }
    }
    let out = run(&["extract", "--model", &bad]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a factsift names model"));
}

#[test]
fn train_needs_data_and_name_types() {
    let out = run(&["train", "--out", &scratch("none.model")]);
    assert_eq!(out.status.code(), Some(2), "no --gold and no --conll is a usage error");
    let train = example("train.jsonl");
    let out = run(&["train", "--gold", &train, "--types", "money", "--out", &scratch("m.model")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not money"));
}

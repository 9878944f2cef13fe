//! How `factsift` behaves in hostile or unusual surroundings: threads the system refuses, a
//! closed standard output, a terminal, file names with control characters, unreadable input;
//! and what it says on standard error about a run (progress, summary, hints).

mod common;
use common::{json_lines, run, scratch, stderr, stdout, BIN};

use std::process::{Command, Output, Stdio};

/// Runs `script` (run the program under `sh -c SCRIPT`, with `$0` the binary and `$1`...
/// the given arguments), standard input empty.
fn shell(script: &str, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

const LINES: &str = "{\"id\": 1, \"text\": \"Sales rose 5% to $3 million.\"}\n\
                     {\"id\": 2, \"text\": 7}\n\
                     {\"id\": 3, \"text\": \"Costs fell 2%.\"}\n";

#[test]
fn threads_the_system_refuses_mean_fewer_threads_never_a_panic() {
    let lines = scratch("refused.jsonl", LINES.as_bytes());
    let a = scratch("refused-a.txt", b"Up 5% to $3 million.");
    let b = scratch("refused-b.txt", b"Down 2%.");
    let probe = shell("ulimit -v 1000000 && echo ok", &[]);
    if !String::from_utf8_lossy(&probe.stdout).contains("ok") {
        println!("skipped: `ulimit -v` does not work here");
        return;
    }
    // Address-space limits from roomy to too small to start a thread (or even to run): each
    // run works (perhaps on fewer threads, with a warning), or stops with a message, or runs
    // out of memory later (Rust aborts then: no panic either). Even limits read JSONL, odd
    // ones two plain files with --json.
    let mut fell_back = [0, 0];
    for mb in (16..=64).rev() {
        let jsonl = mb % 2 == 0;
        let (script, files) = if jsonl {
            ("ulimit -v $1 && exec \"$0\" extract --jsonl --threads 8 --types money,percentage \"$2\"", vec![&lines])
        } else {
            ("ulimit -v $1 && exec \"$0\" extract --json --threads 8 --types money,percentage \"$2\" \"$3\"", vec![&a, &b])
        };
        let limit = (mb * 1024).to_string();
        let mut args = vec![limit.as_str()];
        args.extend(files.iter().map(|f| f.to_str().unwrap()));
        let output = shell(script, &args);
        let errors = stderr(&output);
        // Rust's runtime itself panics when a thread it has just started cannot map its
        // signal stack (std's stack-overflow guard, before any of factsift's code runs in that
        // thread); seen only in a narrow band of limits on a loaded machine. Any other panic
        // is ours and fails the test.
        if errors.contains("failed to allocate an alternative stack") {
            println!("limit {mb} MB: the runtime could not map a new thread's signal stack");
            continue;
        }
        assert!(!errors.contains("panicked"), "limit {mb} MB: {errors}");
        assert_ne!(output.status.code(), Some(101), "limit {mb} MB: {errors}");
        // Running out of memory later aborts: Rust's allocator says "memory allocation of N
        // bytes failed", glibc "failed to register TLS destructor: out of memory" when a thread
        // that did start cannot set up its thread-locals.
        let out_of_memory =
            errors.contains("memory allocation of") || errors.contains("out of memory");
        if errors.contains("refused to start 8 worker threads") && !out_of_memory {
            fell_back[usize::from(jsonl)] += 1;
            let records = json_lines(&stdout(&output));
            let found: Vec<usize> =
                records.iter().map(|r| r["entities"].as_array().map_or(0, Vec::len)).collect();
            if jsonl {
                assert_eq!(output.status.code(), Some(1), "line 2 is bad; limit {mb} MB: {errors}");
                assert_eq!(found, [2, 0, 1]);
            } else {
                assert_eq!(output.status.code(), Some(0), "limit {mb} MB: {errors}");
                assert_eq!(found, [2, 1]);
            }
        }
    }
    match fell_back {
        [0, 0] => println!("skipped: no address-space limit made the system refuse threads here"),
        [json, jsonl] => {
            println!("fell back to fewer threads: {jsonl} JSONL runs, {json} --json runs")
        }
    }
}

#[test]
fn threads_above_four_per_core_are_lowered_with_a_warning() {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let output =
        run(&["extract", "--jsonl", "--types", "money", "--threads", "5000"], LINES.as_bytes());
    let warning = format!(
        "factsift: --threads 5000 is more than 4 per core ({cores} cores): using {}",
        4 * cores
    );
    assert_eq!(stderr(&output).lines().next(), Some(warning.as_str()), "{}", stderr(&output));
    assert_eq!(json_lines(&stdout(&output)).len(), 3);
    let output = run(&["extract", "--jsonl", "--threads", "0"], b"");
    assert_eq!(output.status.code(), Some(2), "0 threads is a usage error");
}

#[test]
fn a_closed_standard_output_is_an_error_but_dev_null_is_not() {
    let input = scratch("closed.jsonl", LINES.as_bytes());
    let input = input.to_str().unwrap();
    let output = shell("exec \"$0\" extract --jsonl --types money \"$1\" >&-", &[input]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "factsift: standard output is closed: there is nowhere to write the results\n"
    );
    // /dev/null is a fine place to throw results away, however it was opened.
    for script in [
        "exec \"$0\" extract --jsonl --types money \"$1\" >/dev/null",
        "exec \"$0\" extract --jsonl --types money \"$1\" 1<>/dev/null",
    ] {
        let output = shell(script, &[input]);
        assert_eq!(output.status.code(), Some(1), "line 2 is bad: {}", stderr(&output));
        assert!(!stderr(&output).contains("closed"), "{}", stderr(&output));
    }
}

#[test]
fn progress_can_be_forced_and_silenced() {
    let mut input = String::new();
    for i in 0..2500 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Line {i}: up 5% to $2 million.\"}}\n"));
    }
    input.push_str("not json\n");
    let output =
        run(&["extract", "--jsonl", "--types", "money,percentage", "--progress"], input.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json_lines(&stdout(&output)).len(), 2501);
    let errors = stderr(&output);
    let lines: Vec<&str> = errors.lines().collect();
    // Progress lines (not a terminal: one line each), the bad line's error, then the summary.
    let first = lines[0];
    assert!(
        first.starts_with("factsift: 1,000 lines, 0.0 MB, ")
            || first.starts_with("factsift: 1,000 lines, 0.1 MB, "),
        "{errors}"
    );
    assert!(first.ends_with(" MB/s, 2,000 entities, 0 errors"), "{errors}");
    assert!(
        lines.contains(&"line 2501: invalid JSON: expected ident at line 1 column 2"),
        "{errors}"
    );
    let summary = lines.last().unwrap();
    assert!(
        summary.starts_with("factsift: done: 2,501 lines, 5,000 entities, 1 error ("),
        "{errors}"
    );
    assert!(summary.ends_with(" MB/s)"), "{errors}");

    // Not a terminal and not forced: only the error; --quiet: the same.
    for args in [
        &["extract", "--jsonl", "--types", "money"][..],
        &["extract", "--jsonl", "--types", "money", "--quiet"],
    ] {
        let output = run(args, input.as_bytes());
        assert_eq!(stderr(&output), "line 2501: invalid JSON: expected ident at line 1 column 2\n");
    }
    // Plain files count files.
    let a = scratch("progress-a.txt", b"Up 5%.");
    let output = run(&["extract", "--progress", a.to_str().unwrap(), "missing-file.txt"], b"");
    let errors = stderr(&output);
    assert!(errors.starts_with("factsift: missing-file.txt: "), "{errors}");
    assert!(errors.lines().last().unwrap().starts_with("factsift: 2 files, 0.0 MB, "), "{errors}");
    assert!(errors.lines().last().unwrap().ends_with(", 1 entity, 1 error"), "{errors}");
}

/// Runs `factsift ARGS` with a terminal on standard input and error (util-linux `script`);
/// `None` where `script` is not available. Standard output goes to `out` when given.
fn on_terminal(args: &str, out: Option<&str>) -> Option<String> {
    let redirect = out.map(|o| format!(" > '{o}'")).unwrap_or_default();
    let command = format!("'{BIN}' {args}{redirect}");
    let output = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn a_terminal_gets_a_summary_and_a_hint_for_stdin() {
    let input = scratch("terminal.jsonl", LINES.as_bytes());
    let out = scratch("terminal-out.jsonl", b"");
    let args = format!("extract --jsonl --types money,percentage '{}'", input.display());
    let Some(seen) = on_terminal(&args, out.to_str()) else {
        println!("skipped: util-linux `script` is not available to provide a terminal");
        return;
    };
    assert!(seen.contains("line 2: \"text\" must be a string, found a number"), "{seen:?}");
    assert!(seen.contains("factsift: done: 3 lines, 3 entities, 1 error ("), "{seen:?}");
    assert_eq!(json_lines(&std::fs::read_to_string(&out).unwrap()).len(), 3);
    // --quiet: the error only.
    let seen = on_terminal(&format!("{args} --quiet"), out.to_str()).unwrap();
    assert!(!seen.contains("done:"), "{seen:?}");

    // No file and a terminal on stdin: a hint (stdin then ends at once here).
    let seen = on_terminal("extract --types money", None).unwrap();
    assert!(seen.starts_with("factsift: reading text from the terminal: "), "{seen:?}");
    assert!(seen.contains("== <stdin>: no entities =="), "{seen:?}");
    let seen = on_terminal("extract --types money --quiet", None).unwrap();
    assert!(!seen.contains("reading text from the terminal"), "{seen:?}");
}

#[test]
fn file_names_with_control_characters_are_escaped_on_the_terminal() {
    let odd = scratch("odd\x1b[31mname\n.txt", b"Up 5%.");
    let odd = odd.to_str().unwrap();
    let output = run(&["extract", "--types", "percentage", odd, "gone\x07.txt"], b"");
    let out = stdout(&output);
    assert!(out.contains("odd\\u{1b}[31mname\\n.txt: 1 entity =="), "{out}");
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(stderr(&output).starts_with("factsift: gone\\u{7}.txt: "), "{}", stderr(&output));
    // JSON ids keep the name itself (JSON escapes it).
    let output = run(&["extract", "--json", "--types", "percentage", odd], b"");
    let record = &json_lines(&stdout(&output))[0];
    assert_eq!(record["id"], odd);
}

#[test]
fn a_read_error_on_stdin_is_reported_with_the_prefix() {
    let dir = std::env::temp_dir();
    for args in [&["extract", "--jsonl"][..], &["extract"]] {
        let output = Command::new(BIN)
            .args(args)
            .stdin(std::fs::File::open(&dir).expect("a directory opens for reading"))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let errors = stderr(&output);
        assert!(errors.starts_with("factsift: "), "{args:?}: {errors}");
        assert!(errors.contains("directory"), "{args:?}: {errors}");
    }
}

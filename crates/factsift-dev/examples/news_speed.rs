//! Full extraction speed on real news: the 946 articles of the CoNLL-2003 training set rebuilt
//! as text (as `crates/factsift-dev/benches/extract.rs` does), one call per article, every entity type. Prints the
//! median throughput of several rounds; with `--write FILE` it first writes the articles as
//! JSON lines (`{"text": ...}`) so another tool can be timed on exactly the same texts.
//! `make bench-spacy` runs it next to spaCy (see `tools/bench/spacy_ratio.py`).
//!
//! `cargo run --release -p factsift-dev --example news_speed -- [--rounds N] [--write FILE]`

use std::time::Instant;

use factsift::Extractor;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1));
    let rounds: usize = value("--rounds").and_then(|r| r.parse().ok()).unwrap_or(5).max(1);
    let Some(articles) = factsift_dev::news_articles(factsift_dev::REUTERS_1996) else {
        eprintln!(
            "news_speed: {} not found (the shared measuring data)",
            factsift_dev::REUTERS_1996
        );
        std::process::exit(1);
    };
    if let Some(path) = value("--write") {
        let lines: String =
            articles.iter().map(|a| serde_json::json!({ "text": a }).to_string() + "\n").collect();
        std::fs::write(path, lines).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    let t = Instant::now();
    let extractor = Extractor::default();
    let found: usize = articles.iter().take(1).map(|a| extractor.extract(a).len()).sum();
    println!("first article, model and lexicons loaded: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let mut speeds: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            let n: usize = articles.iter().map(|a| extractor.extract(a).len()).sum();
            std::hint::black_box(n + found);
            bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
        })
        .collect();
    speeds.sort_by(f64::total_cmp);
    println!(
        "factsift: {} articles, {:.2} MB, median of {rounds} rounds: {:.3} MB/s",
        articles.len(),
        bytes as f64 / 1e6,
        speeds[rounds / 2]
    );
}

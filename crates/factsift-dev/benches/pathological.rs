//! Cost per megabyte of inputs that hang or blow up other extractors, next to ordinary news
//! text: every case should stay within a small factor of the news figures. Two news
//! baselines: `news` is the bundled sample article repeated to 1 MB (every word is in the
//! tagger's per-thread word cache after its first paragraphs: a best case), and
//! `news_reuters_1996` is the 946 real articles of the CoNLL-2003 training set, one call each,
//! when the shared measuring data is beside the repository.
//!
//! `cargo bench --bench pathological` (Criterion reports throughput per case), or
//! `cargo bench --bench pathological -- --quick` for a fast look.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factsift::Extractor;

/// About this many bytes per case.
const SIZE: usize = 1 << 20;

fn repeat_to_size(unit: &str) -> String {
    let mut s = String::with_capacity(SIZE + unit.len());
    while s.len() < SIZE {
        s.push_str(unit);
    }
    s
}

fn cases() -> Vec<(&'static str, Vec<String>)> {
    let news = include_str!("../../../examples/sample_article.txt");
    let mut capitalized = String::new();
    let mut i = 0u32;
    while capitalized.len() < SIZE {
        // One sentence-less run of distinct capitalized words.
        capitalized.push_str(&format!("Kaz{i:x}stan "));
        i += 1;
    }
    let mut cases = vec![("news", vec![repeat_to_size(news)])];
    if let Some(articles) = factsift_dev::news_articles(factsift_dev::REUTERS_1996) {
        cases.push(("news_reuters_1996", articles));
    }
    let pathological = vec![
        ("no_spaces", repeat_to_size("abcdefghij")),
        ("digits_with_separators", repeat_to_size("1,")),
        ("dollar_signs", repeat_to_size("$")),
        ("long_capitalized_run", capitalized),
        ("deep_brackets", "(".repeat(SIZE / 2) + &")".repeat(SIZE / 2)),
        ("mixed_scripts_combining", repeat_to_size("Астана 中国 a\u{301}\u{302} $5 ٣٤ ")),
        ("unicode_whitespace", repeat_to_size("\u{a0}\u{2000}\u{2003}\u{2028}\u{3000}\t\r\n")),
        ("nul_bytes", repeat_to_size("\u{0}")),
        ("percent_run", repeat_to_size("5% ")),
    ];
    cases.extend(pathological.into_iter().map(|(n, t)| (n, vec![t])));
    cases
}

fn pathological(c: &mut Criterion) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, texts) in cases() {
        group.throughput(Throughput::Bytes(texts.iter().map(|t| t.len() as u64).sum()));
        group.bench_with_input(BenchmarkId::from_parameter(name), &texts, |b, texts| {
            b.iter(|| texts.iter().map(|t| extractor.extract(t).len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, pathological);
criterion_main!(benches);

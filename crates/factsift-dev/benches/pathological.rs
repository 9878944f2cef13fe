//! Cost per megabyte of inputs that hang or blow up other extractors, next to ordinary news
//! text: every case should stay within a small factor of the news figures. Two news
//! baselines: `news` is the bundled sample article repeated to 1 MB (every word is in the
//! tagger's per-thread word cache after its first paragraphs: a best case), and
//! `news_reuters_1996` is the 946 real articles of the CoNLL-2003 training set, one call each,
//! when the shared measuring data is beside the repository.
//!
//! The last group, `scaling`, times distinct capitalized words at 1 MB and 8 MB and prints the
//! ratio (8 MB time / 1 MB time / 8): near 1 when cost is linear in the text.
//!
//! `cargo bench --bench pathological` (Criterion reports throughput per case), or
//! `cargo bench --bench pathological -- --quick` for a fast look.

use std::time::{Duration, Instant};

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

/// One sentence-less run of distinct capitalized words, about `size` bytes.
fn distinct_capitalized(size: usize) -> String {
    let mut text = String::with_capacity(size + 16);
    let mut i = 0u32;
    while text.len() < size {
        text.push_str(&format!("Kaz{i:x}stan "));
        i += 1;
    }
    text
}

fn cases() -> Vec<(&'static str, Vec<String>)> {
    let news = include_str!("../../../examples/sample_article.txt");
    let capitalized = distinct_capitalized(SIZE);
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

/// CPU time this thread has run (Linux: /proc/thread-self/schedstat), steadier than wall time
/// on a shared machine.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// Wall and CPU time of one extraction.
fn timed(extractor: &Extractor, text: &str) -> (Duration, Option<Duration>) {
    let (wall, cpu) = (Instant::now(), thread_cpu_time());
    std::hint::black_box(extractor.extract(text).len());
    (wall.elapsed(), thread_cpu_time().zip(cpu).map(|(b, a)| b.saturating_sub(a)))
}

/// Distinct capitalized words at 1 MB and 8 MB (Criterion's figures), then the ratio of the two
/// per megabyte from the medians of five more runs each, in wall and in CPU time.
fn scaling(c: &mut Criterion) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    let mut medians = Vec::new();
    for mb in [1usize, 8] {
        let text = distinct_capitalized(mb * SIZE);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let id = BenchmarkId::new("distinct_capitalized_mb", mb);
        group.bench_with_input(id, &text, |b, t| b.iter(|| extractor.extract(t).len()));
        let (mut wall, mut cpu): (Vec<_>, Vec<_>) =
            (0..5).map(|_| timed(&extractor, &text)).unzip();
        wall.sort();
        cpu.sort();
        medians.push((wall[2], cpu[2]));
    }
    group.finish();
    let ((w1, c1), (w8, c8)) = (medians[0], medians[1]);
    let ratio = |one: Duration, eight: Duration| eight.as_secs_f64() / one.as_secs_f64() / 8.0;
    println!(
        "scaling: distinct capitalized words, medians of 5: wall 1 MB {:.3} s, 8 MB {:.3} s, \
         8 MB time / 1 MB time / 8 = {:.2}",
        w1.as_secs_f64(),
        w8.as_secs_f64(),
        ratio(w1, w8)
    );
    if let (Some(c1), Some(c8)) = (c1, c8) {
        println!(
            "scaling: CPU 1 MB {:.3} s, 8 MB {:.3} s, 8 MB time / 1 MB time / 8 = {:.2}",
            c1.as_secs_f64(),
            c8.as_secs_f64(),
            ratio(c1, c8)
        );
    }
}

criterion_group!(benches, pathological, scaling);
criterion_main!(benches);

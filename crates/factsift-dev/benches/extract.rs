//! Throughput of extraction over news-like text the project wrote (`benches/data/`), each
//! file repeated to about 1 MB in memory. Criterion reports bytes per second:
//!
//! - `money_percentage/*`: an [`Extractor`] with just money and percentages (one shared scan),
//!   on `news_like.txt` (general news: weather, culture, sport, business; about one amount per
//!   600 bytes) and on `dense_finance.txt` (economic news with a figure in nearly every
//!   clause: about one amount per 90 bytes, a hard case);
//! - `full/news_like`: [`Extractor::default()`], every entity type;
//! - `full/reuters_1996`: the same on the 946 real articles of the CoNLL-2003 training set, one
//!   call per article (when the shared measuring data is beside the repository): a varied
//!   vocabulary, as in a real stream of news.
//!
//! `cargo bench -p factsift-dev --bench extract` (add `-- --quick` for a fast look).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factsift::{EntityType, Extractor};

/// About this many bytes of text per iteration.
const SIZE: usize = 1 << 20;

const NEWS_LIKE: &str = include_str!("data/news_like.txt");
const DENSE_FINANCE: &str = include_str!("data/dense_finance.txt");

fn to_size(unit: &str) -> String {
    let mut text = String::with_capacity(SIZE + unit.len());
    while text.len() < SIZE {
        text.push_str(unit);
        text.push('\n');
    }
    text
}

/// Benchmarks one extractor (built only when the group is selected) on some texts.
fn bench(c: &mut Criterion, group: &str, build: impl Fn() -> Extractor, texts: &[(&str, &str)]) {
    let mut g = c.benchmark_group(group);
    g.sample_size(20);
    for &(name, unit) in texts {
        let text = to_size(unit);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            let extractor = build();
            // The corpus must exercise the grammar: fail loudly if it stops finding amounts.
            assert!(extractor.extract(&text).money().count() > 1000);
            b.iter(|| extractor.extract(&text).entities().len())
        });
    }
    g.finish();
}

fn money_percentage(c: &mut Criterion) {
    let build =
        || Extractor::builder().types([EntityType::Money, EntityType::Percentage]).build().unwrap();
    bench(
        c,
        "money_percentage",
        build,
        &[("news_like", NEWS_LIKE), ("dense_finance", DENSE_FINANCE)],
    );
}

fn full(c: &mut Criterion) {
    bench(c, "full", Extractor::default, &[("news_like", NEWS_LIKE)]);
    let Some(articles) = factsift_dev::news_articles(factsift_dev::REUTERS_1996) else { return };
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut g = c.benchmark_group("full");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("reuters_1996", |b| {
        let extractor = Extractor::default();
        b.iter(|| articles.iter().map(|a| extractor.extract(a).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, money_percentage, full);
criterion_main!(benches);

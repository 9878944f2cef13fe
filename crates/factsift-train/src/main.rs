//! `factsift-train`: trains the names tagger embedded in the factsift crate.
//!
//! ```text
//! cargo run --release -p factsift-train -- \
//!     --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/dev.txt \
//!     --out crates/factsift/data/names.model [--epochs N] [--seed S] [--gold FILE.jsonl] \
//!     [--errors FILE] [--misc outside|label] [--also OTHER.conll]
//! cargo run --release -p factsift-train -- --show FILE [--model FILE]   # print the names found
//! cargo run --release -p factsift-train -- --speed FILE                 # rough throughput
//! ```
//! Reads CoNLL-2003 files, rebuilds each document as natural text with the core's reader
//! (`factsift::conll`, as `factsift eval --conll` does: one sentence per line, no space before
//! closing punctuation),
//! trains the averaged perceptron on the tokens the library's own tokenizer finds in that text,
//! prints span-level precision/recall/F1 on the dev file after each epoch, calibrates the
//! model's confidence on the dev file, and writes the model; then reports precision, recall and
//! calibration on dev and on `--also` (a CoNLL file from elsewhere, such as WikiGold: measured,
//! never trained on).

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use factsift::{Document, EntityType, GoldName, NameExtractor, NameLabel, Recognizer, TrainDoc};

/// Trains factsift's names tagger on CoNLL-2003 files, or shows what a model finds.
#[derive(Parser)]
#[command(name = "factsift-train", about, long_about = None)]
struct Args {
    /// CoNLL-2003 training file
    #[arg(long, default_value = "../shared/data/conll2003/train.txt")]
    train: PathBuf,
    /// CoNLL-2003 dev file, scored after each epoch
    #[arg(long, default_value = "../shared/data/conll2003/dev.txt")]
    dev: PathBuf,
    /// Where to write the model
    #[arg(long, default_value = "crates/factsift/data/names.model")]
    out: PathBuf,
    /// Training passes
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Shuffling seed
    #[arg(long, default_value_t = 20030531)]
    seed: u64,
    /// A gold JSONL file to score the final model on
    #[arg(long, value_name = "FILE")]
    gold: Option<PathBuf>,
    /// Write the final model's dev mistakes here (and list the gold file's)
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// What CoNLL's MISC names are trained as
    #[arg(long, value_enum, default_value_t = Misc::Outside)]
    misc: Misc,
    /// Another CoNLL file to score the final model on (measured, never trained on)
    #[arg(long, value_name = "FILE")]
    also: Option<PathBuf>,
    /// Print the names found in FILE instead of training
    #[arg(long, value_name = "FILE", conflicts_with = "speed")]
    show: Option<PathBuf>,
    /// With --show: the model file to use [default: the embedded one]
    #[arg(long, value_name = "FILE", requires = "show")]
    model: Option<PathBuf>,
    /// Time extraction on FILE (repeated to about 10 MB) instead of training
    #[arg(long, value_name = "FILE")]
    speed: Option<PathBuf>,
}

/// How CoNLL's MISC names are trained.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Misc {
    /// As no name (O): as good on dev and fewer false organizations on recent news.
    Outside,
    /// As a label of their own, dropped at output.
    Label,
}

/// Reads a CoNLL file through the core's reader (the text `factsift eval --conll` scores).
fn read_conll(path: &PathBuf) -> Vec<TrainDoc> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let docs = factsift::conll::read_conll(std::io::BufReader::new(file))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    docs.into_iter().map(|d| TrainDoc { text: d.text, spans: d.names }).collect()
}

/// A name of a scored document: byte or code-point range, and label.
type Scored = (usize, usize, NameLabel);

fn label_of(t: EntityType) -> Option<NameLabel> {
    NameLabel::from_entity_type(t)
}

/// True positives, gold and predicted counts per type (person, place, organization).
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    gold: usize,
    pred: usize,
}

fn prf(c: Counts) -> (f64, f64, f64) {
    let p = c.tp as f64 / c.pred.max(1) as f64;
    let r = c.tp as f64 / c.gold.max(1) as f64;
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

fn report(name: &str, counts: &[Counts; 3]) -> f64 {
    let mut micro = Counts::default();
    let mut line = String::new();
    for (t, c) in counts.iter().enumerate() {
        micro.tp += c.tp;
        micro.gold += c.gold;
        micro.pred += c.pred;
        let (p, r, f) = prf(*c);
        line.push_str(&format!(" {}: P {p:.2} R {r:.2} F {f:.2} |", NameLabel::ALL[t].conll()));
    }
    let (p, r, f) = prf(micro);
    println!("{name}:{line} micro P {p:.2} R {r:.2} F1 {f:.2}");
    f
}

/// How well confidence predicts correctness: `(confidence, right)` per predicted name.
#[derive(Default)]
struct Calibration(Vec<(f32, bool)>);

impl Calibration {
    /// Prints, per tenth of confidence, how many names and how many of them were right, and
    /// the expected calibration error (the count-weighted mean gap).
    fn report(&self, name: &str) {
        let mut bins = [(0usize, 0usize, 0.0f64); 10];
        for &(c, right) in &self.0 {
            let b = &mut bins[((c * 10.0) as usize).min(9)];
            b.0 += 1;
            b.1 += usize::from(right);
            b.2 += f64::from(c);
        }
        let n = self.0.len().max(1) as f64;
        let mut ece = 0.0;
        let mut line = String::new();
        for (i, &(count, right, sum)) in bins.iter().enumerate().filter(|(_, b)| b.0 > 0) {
            let (conf, acc) = (sum / count as f64, right as f64 / count as f64);
            ece += (conf - acc).abs() * count as f64 / n;
            let (lo, hi) = (i as f64 / 10.0, (i + 1) as f64 / 10.0);
            line.push_str(&format!(" {lo:.1}-{hi:.1}: {count} right {:.0}% |", 100.0 * acc));
        }
        println!("{name} calibration:{line} ECE {ece:.3}");
    }
}

/// Span-level scores on CoNLL documents (byte spans).
fn evaluate(ex: &NameExtractor, docs: &[TrainDoc], errors: Option<&PathBuf>) -> [Counts; 3] {
    evaluate_calibrated(ex, docs, errors, &mut Calibration::default())
}

/// [`evaluate`], recording each predicted name's confidence and correctness.
fn evaluate_calibrated(
    ex: &NameExtractor,
    docs: &[TrainDoc],
    errors: Option<&PathBuf>,
    calibration: &mut Calibration,
) -> [Counts; 3] {
    let mut counts = [Counts::default(); 3];
    let mut log = String::new();
    for d in docs {
        let doc: Document = ex.extract(&d.text);
        let gold: Vec<Scored> = d
            .spans
            .iter()
            .filter(|s| s.label.is_output())
            .map(|s| (s.byte_start, s.byte_end, s.label))
            .collect();
        let pred: Vec<Scored> = doc
            .entities()
            .iter()
            .filter_map(|e| Some((e.byte_start, e.byte_end, label_of(e.entity_type())?)))
            .collect();
        for e in doc.entities() {
            if let Some(label) = label_of(e.entity_type()) {
                calibration
                    .0
                    .push((e.confidence, gold.contains(&(e.byte_start, e.byte_end, label))));
            }
        }
        for g in &gold {
            counts[g.2.index()].gold += 1;
            if pred.contains(g) {
                counts[g.2.index()].tp += 1;
            } else if errors.is_some() {
                log.push_str(&format!("FN {} {:?}\n", g.2.conll(), &d.text[g.0..g.1]));
            }
        }
        for p in &pred {
            counts[p.2.index()].pred += 1;
            if errors.is_some() && !gold.contains(p) {
                let ctx_s = d.text[..p.0].rfind('\n').map_or(0, |x| x + 1);
                let ctx_e = d.text[p.1..].find('\n').map_or(d.text.len(), |x| p.1 + x);
                log.push_str(&format!(
                    "FP {} {:?} in {:?}\n",
                    p.2.conll(),
                    &d.text[p.0..p.1],
                    &d.text[ctx_s..ctx_e]
                ));
            }
        }
    }
    if let Some(path) = errors {
        let _ = std::fs::write(path, log);
    }
    counts
}

/// Span-level scores on a gold JSONL file (code-point spans; names only).
fn evaluate_gold(ex: &NameExtractor, path: &PathBuf, verbose: bool) -> [Counts; 3] {
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (docs, problems) = factsift_cli::eval::read_gold_jsonl(data.as_slice());
    assert!(problems.is_empty(), "{}: {problems:?}", path.display());
    let mut counts = [Counts::default(); 3];
    for d in docs {
        let gold: Vec<Scored> = d
            .spans
            .iter()
            .filter_map(|s| Some((s.start, s.end, label_of(s.entity_type)?)))
            .collect();
        let doc = ex.extract(&d.text);
        let pred: Vec<Scored> = doc
            .entities()
            .iter()
            .filter_map(|e| Some((e.start, e.end, label_of(e.entity_type())?)))
            .collect();
        let chars: Vec<char> = d.text.chars().collect();
        let show = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        for g in &gold {
            counts[g.2.index()].gold += 1;
            counts[g.2.index()].tp += usize::from(pred.contains(g));
            if verbose && !pred.contains(g) {
                println!("  gold FN {} {:?}", g.2.conll(), show(g.0, g.1));
            }
        }
        for p in &pred {
            counts[p.2.index()].pred += 1;
            if verbose && !gold.contains(p) {
                println!("  gold FP {} {:?}", p.2.conll(), show(p.0, p.1));
            }
        }
    }
    counts
}

/// Times the names extractor and the full extractor on `path` (repeated to about 10 MB).
fn speed(path: &PathBuf) {
    let one = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = one.repeat((10_000_000 / one.len().max(1)).max(1));
    let names = NameExtractor::default();
    let t = Instant::now();
    let n = names.extract(&one).entities().len();
    println!("first call (loads model and lexicons): {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let mb = text.len() as f64 / 1e6;
    let t = Instant::now();
    let mut out = Vec::new();
    names.recognize(&text, &mut out);
    let found = out.len();
    let s = t.elapsed().as_secs_f64();
    println!("names, one {mb:.1} MB text: {:.1} MB/s ({found} names, {n} per copy)", mb / s);
    let t = Instant::now();
    for _ in 0..(text.len() / one.len().max(1)) {
        std::hint::black_box(names.extract(&one));
    }
    println!("names, per article: {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let all = factsift::Extractor::default();
    let t = Instant::now();
    for _ in 0..(text.len() / one.len().max(1)) {
        std::hint::black_box(all.extract(&one));
    }
    println!("all five types, per article: {:.1} MB/s", mb / t.elapsed().as_secs_f64());
}

fn main() {
    let args = Args::parse();
    if let Some(path) = &args.show {
        show(path, args.model.as_ref());
        return;
    }
    if let Some(path) = &args.speed {
        speed(path);
        return;
    }
    let t0 = Instant::now();
    let mut train_docs = factsift::title_case_headlines(read_conll(&args.train), args.seed);
    if args.misc == Misc::Outside {
        // Other names (CoNLL's MISC) are trained as O: as good on dev (92.86 vs 92.94 micro F1)
        // and fewer false organizations on recent news.
        train_docs.iter_mut().for_each(|d| d.spans.retain(|s: &GoldName| s.label.is_output()));
    }
    let dev_docs = read_conll(&args.dev);
    println!("{} training documents, {} dev documents", train_docs.len(), dev_docs.len());
    let (bytes, missed) =
        factsift::train(&train_docs, &dev_docs, args.epochs, args.seed, |epoch, bytes| {
            let ex = NameExtractor::from_model_bytes(bytes).expect("fresh model loads");
            let counts = evaluate(&ex, &dev_docs, None);
            report(&format!("epoch {epoch} ({:.0}s) dev", t0.elapsed().as_secs_f64()), &counts);
        });
    println!("{missed} training names not on token boundaries (left out)");
    let out = &args.out;
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    println!(
        "wrote {}: {} bytes in {:.0}s",
        out.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    let ex = NameExtractor::from_model_bytes(&bytes).expect("model loads");
    let mut calibration = Calibration::default();
    report(
        "final dev",
        &evaluate_calibrated(&ex, &dev_docs, args.errors.as_ref(), &mut calibration),
    );
    calibration.report("final dev");
    if let Some(g) = &args.gold {
        report("gold", &evaluate_gold(&ex, g, args.errors.is_some()));
    }
    if let Some(path) = &args.also {
        let mut calibration = Calibration::default();
        let name = path.display().to_string();
        report(&name, &evaluate_calibrated(&ex, &read_conll(path), None, &mut calibration));
        calibration.report(&name);
    }
}

/// Prints the names a model finds in the file at `path`.
fn show(path: &PathBuf, model: Option<&PathBuf>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ex = match model {
        Some(m) => NameExtractor::from_model_bytes(&std::fs::read(m).expect("model file"))
            .expect("model loads"),
        None => NameExtractor::default(),
    };
    for e in ex.extract(&text).entities() {
        println!("{:>5} {:<13} {:.2} {:?}", e.start, e.entity_type(), e.confidence, e.text);
    }
}

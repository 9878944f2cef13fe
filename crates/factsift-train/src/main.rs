//! `factsift-train`: trains the names tagger embedded in the factsift crate.
//!
//! ```text
//! cargo run --release -p factsift-train -- \
//!     --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/dev.txt \
//!     --out crates/factsift/data/names.model [--epochs N] [--seed S] [--gold FILE.jsonl] \
//!     [--errors FILE] [--misc label] [--also OTHER.conll]
//! cargo run --release -p factsift-train -- --show FILE [--model FILE]   # print the names found
//! cargo run --release -p factsift-train -- --speed FILE                 # rough throughput
//! ```
//! Reads CoNLL-2003 files, rebuilds each document as natural text with the CLI's reader
//! (as `factsift eval --conll` does (one sentence per line, no space before closing punctuation),
//! trains the averaged perceptron on the tokens the library's own tokenizer finds in that text,
//! prints span-level precision/recall/F1 on the dev file after each epoch, calibrates the
//! model's confidence on the dev file, and writes the model; then reports precision, recall and
//! calibration on dev and on `--also` (a CoNLL file from elsewhere, such as WikiGold: measured,
//! never trained on).

use std::collections::HashMap;

use std::time::Instant;

use factsift::{Document, EntityType, NameExtractor, Recognizer, TrainDoc};

const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

fn type_index(t: EntityType) -> Option<usize> {
    match t {
        EntityType::Person => Some(0),
        EntityType::Place => Some(1),
        EntityType::Organization => Some(2),
        _ => None,
    }
}

/// Byte offset of each code-point offset in `text` (one past the end included).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain([text.len()]).collect()
}

/// Reads a CoNLL file into documents of natural text with byte spans of all four types, using
/// the CLI's reader (so the text is exactly what `factsift eval --conll` rebuilds). The reader
/// keeps person, place and organization; a second pass with MISC relabelled as PER (and the
/// others as O) yields the MISC spans over the same text.
fn read_conll(path: &str) -> Vec<TrainDoc> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let misc_only: String = data
        .lines()
        .map(|line| {
            let mut cols: Vec<&str> = line.split(' ').collect();
            if let Some(last) = cols.last_mut() {
                if !line.starts_with("-DOCSTART-") && !last.is_empty() {
                    *last = match last.split_once('-') {
                        Some(("B", "MISC")) => "B-PER",
                        Some((_, "MISC")) => "I-PER",
                        _ => "O",
                    };
                }
            }
            cols.join(" ") + "\n"
        })
        .collect();
    let docs = read_conll_docs(data.as_bytes(), path);
    let misc = read_conll_docs(misc_only.as_bytes(), path);
    assert_eq!(docs.len(), misc.len());
    docs.into_iter()
        .zip(misc)
        .map(|(d, m)| {
            assert_eq!(d.text, m.text);
            let at = byte_offsets(&d.text);
            let mut spans: Vec<(usize, usize, usize)> = d
                .spans
                .iter()
                .filter_map(|s| Some((at[s.start], at[s.end], type_index(s.entity_type)?)))
                .collect();
            spans.extend(m.spans.iter().map(|s| (at[s.start], at[s.end], 3)));
            TrainDoc { text: d.text, spans }
        })
        .collect()
}

fn read_conll_docs(data: &[u8], path: &str) -> Vec<factsift_cli::eval::GoldDocument> {
    factsift_cli::conll::read_conll(data).unwrap_or_else(|e| panic!("{path}: {e}"))
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
        line.push_str(&format!(" {}: P {p:.2} R {r:.2} F {f:.2} |", ["PER", "LOC", "ORG"][t]));
    }
    let (p, r, f) = prf(micro);
    println!("{name}:{line} micro P {p:.2} R {r:.2} F1 {f:.2}");
    f
}

/// Training documents plus, for a seeded half of those with headlines in capitals, a copy
/// with those headlines in title case (news today writes headlines that way).
fn augment(docs: Vec<TrainDoc>, seed: u64) -> Vec<TrainDoc> {
    let mut state = seed | 1;
    let mut out = Vec::with_capacity(docs.len() * 2);
    for d in docs {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let caps_line = |l: &str| {
            l.is_ascii()
                && !l.chars().any(|c| c.is_lowercase())
                && l.split(' ')
                    .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                    .count()
                    >= 2
        };
        if state & 1 == 0 && d.text.lines().any(caps_line) {
            let text: String = d
                .text
                .split('\n')
                .map(|l| {
                    if !caps_line(l) {
                        return l.to_string();
                    }
                    let mut prev_letter = false;
                    l.chars()
                        .map(|c| {
                            let r = if prev_letter { c.to_ascii_lowercase() } else { c };
                            prev_letter = c.is_alphabetic();
                            r
                        })
                        .collect()
                })
                .collect::<Vec<_>>()
                .join("\n");
            out.push(TrainDoc { text, spans: d.spans.clone() });
        }
        out.push(d);
    }
    out
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
            line.push_str(&format!(
                " {:.1}-{:.1}: {count} right {:.0}% |",
                i as f64 / 10.0,
                (i + 1) as f64 / 10.0,
                100.0 * acc
            ));
        }
        println!("{name} calibration:{line} ECE {:.3}", ece);
    }
}

/// Span-level scores on CoNLL documents (byte spans).
fn evaluate(ex: &NameExtractor, docs: &[TrainDoc], errors: Option<&str>) -> [Counts; 3] {
    evaluate_calibrated(ex, docs, errors, &mut Calibration::default())
}

/// [`evaluate`], recording each predicted name's confidence and correctness.
fn evaluate_calibrated(
    ex: &NameExtractor,
    docs: &[TrainDoc],
    errors: Option<&str>,
    calibration: &mut Calibration,
) -> [Counts; 3] {
    let mut counts = [Counts::default(); 3];
    let mut log = String::new();
    for d in docs {
        let doc: Document = ex.extract(&d.text);
        let gold: Vec<(usize, usize, usize)> =
            d.spans.iter().filter(|s| s.2 < 3).copied().collect();
        let pred: Vec<(usize, usize, usize)> = doc
            .entities()
            .iter()
            .filter_map(|e| Some((e.byte_start, e.byte_end, type_index(e.entity_type())?)))
            .collect();
        for e in doc.entities() {
            if let Some(t) = type_index(e.entity_type()) {
                calibration.0.push((e.confidence, gold.contains(&(e.byte_start, e.byte_end, t))));
            }
        }
        for g in &gold {
            counts[g.2].gold += 1;
            if pred.contains(g) {
                counts[g.2].tp += 1;
            } else if errors.is_some() {
                log.push_str(&format!("FN {} {:?}\n", TYPES[g.2], &d.text[g.0..g.1]));
            }
        }
        for p in &pred {
            counts[p.2].pred += 1;
            if errors.is_some() && !gold.contains(p) {
                let ctx_s = d.text[..p.0].rfind('\n').map_or(0, |x| x + 1);
                let ctx_e = d.text[p.1..].find('\n').map_or(d.text.len(), |x| p.1 + x);
                log.push_str(&format!(
                    "FP {} {:?} in {:?}\n",
                    TYPES[p.2],
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
fn evaluate_gold(ex: &NameExtractor, path: &str, verbose: bool) -> [Counts; 3] {
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (docs, problems) = factsift_cli::eval::read_gold_jsonl(data.as_slice());
    assert!(problems.is_empty(), "{path}: {problems:?}");
    let mut counts = [Counts::default(); 3];
    for d in docs {
        let gold: Vec<(usize, usize, usize)> = d
            .spans
            .iter()
            .filter_map(|s| Some((s.start, s.end, type_index(s.entity_type)?)))
            .collect();
        let doc = ex.extract(&d.text);
        let pred: Vec<(usize, usize, usize)> = doc
            .entities()
            .iter()
            .filter_map(|e| Some((e.start, e.end, type_index(e.entity_type())?)))
            .collect();
        let chars: Vec<char> = d.text.chars().collect();
        let show = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        for g in &gold {
            counts[g.2].gold += 1;
            counts[g.2].tp += usize::from(pred.contains(g));
            if verbose && !pred.contains(g) {
                println!("  gold FN {} {:?}", TYPES[g.2], show(g.0, g.1));
            }
        }
        for p in &pred {
            counts[p.2].pred += 1;
            if verbose && !gold.contains(p) {
                println!("  gold FP {} {:?}", TYPES[p.2], show(p.0, p.1));
            }
        }
    }
    counts
}

/// Times the names extractor and the full extractor on `path` (repeated to about 10 MB).
fn speed(path: &str) {
    let one = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts: HashMap<&str, &str> = HashMap::new();
    for pair in args.chunks(2) {
        if let [k, v] = pair {
            opts.insert(k.trim_start_matches("--"), v.as_str());
        }
    }
    let train_path = opts.get("train").copied().unwrap_or("../shared/data/conll2003/train.txt");
    let dev_path = opts.get("dev").copied().unwrap_or("../shared/data/conll2003/dev.txt");
    let out = opts.get("out").copied().unwrap_or("crates/factsift/data/names.model");
    let epochs: usize = opts.get("epochs").and_then(|s| s.parse().ok()).unwrap_or(12);
    let seed: u64 = opts.get("seed").and_then(|s| s.parse().ok()).unwrap_or(20030531);
    let gold = opts.get("gold").copied();
    let errors = opts.get("errors").copied();

    if let Some(path) = opts.get("show") {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let ex = match opts.get("model") {
            Some(m) => NameExtractor::from_model_bytes(&std::fs::read(m).expect("model file"))
                .expect("model loads"),
            None => NameExtractor::default(),
        };
        for e in ex.extract(&text).entities() {
            println!("{:>5} {:<13} {:.2} {:?}", e.start, e.entity_type(), e.confidence, e.text);
        }
        return;
    }
    if let Some(path) = opts.get("speed") {
        speed(path);
        return;
    }
    let t0 = Instant::now();
    let mut train_docs = augment(read_conll(train_path), seed);
    if opts.get("misc") != Some(&"label") {
        // Other names (CoNLL's MISC) are trained as O: as good on dev (92.86 vs 92.94 micro F1)
        // and fewer false organizations on recent news. `--misc label` learns them as a label
        // of their own (dropped at output).
        train_docs.iter_mut().for_each(|d| d.spans.retain(|s| s.2 < 3));
    }
    let dev_docs = read_conll(dev_path);
    println!("{} training documents, {} dev documents", train_docs.len(), dev_docs.len());
    let (bytes, missed) = factsift::train(&train_docs, &dev_docs, epochs, seed, |epoch, bytes| {
        let ex = NameExtractor::from_model_bytes(bytes).expect("fresh model loads");
        let counts = evaluate(&ex, &dev_docs, None);
        report(&format!("epoch {epoch} ({:.0}s) dev", t0.elapsed().as_secs_f64()), &counts);
    });
    println!("{missed} training names not on token boundaries (left out)");
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    println!("wrote {out}: {} bytes in {:.0}s", bytes.len(), t0.elapsed().as_secs_f64());
    let ex = NameExtractor::from_model_bytes(&bytes).expect("model loads");
    let mut calibration = Calibration::default();
    report("final dev", &evaluate_calibrated(&ex, &dev_docs, errors, &mut calibration));
    calibration.report("final dev");
    if let Some(g) = gold {
        report("gold", &evaluate_gold(&ex, g, errors.is_some()));
    }
    if let Some(path) = opts.get("also") {
        let mut calibration = Calibration::default();
        report(path, &evaluate_calibrated(&ex, &read_conll(path), None, &mut calibration));
        calibration.report(path);
    }
}

//! Training the tagger (feature `train`): an averaged perceptron over the same decoding and
//! features as inference. Used by the `factsift-train` command.

use super::features::{word_features, Case, Pos, WordFeatures, L};
use super::model::Model;
use super::span::GoldName;
use super::tagger::{decode, Scorer};
use crate::hash::FastMap;
use crate::text::{tokenize, Tokens};

/// A training document: natural text and its gold names.
#[derive(Debug, Clone)]
pub struct TrainDoc {
    /// The document's text.
    pub text: String,
    /// Gold names, in any order.
    pub spans: Vec<GoldName>,
}

/// A document tokenized, with one gold label per token.
struct Prepared {
    text: String,
    toks: Tokens,
    gold: Vec<u8>,
}

/// Tokenizes `doc` and gives each token its BILOU label; returns the number of gold names that
/// do not fall on token boundaries (those are left out).
fn prepare(doc: &TrainDoc) -> (Prepared, usize) {
    let toks = tokenize(&doc.text);
    let mut gold = vec![0u8; toks.tokens.len()];
    let mut missed = 0;
    for g in &doc.spans {
        let t = g.label.index();
        let first = toks.tokens.iter().position(|k| k.start == g.byte_start);
        let last = toks.tokens.iter().position(|k| k.end == g.byte_end);
        match (first, last) {
            (Some(a), Some(b)) if a <= b => {
                if a == b {
                    gold[a] = super::features::label(t, Pos::U) as u8;
                } else {
                    gold[a] = super::features::label(t, Pos::B) as u8;
                    for g in &mut gold[a + 1..b] {
                        *g = super::features::label(t, Pos::I) as u8;
                    }
                    gold[b] = super::features::label(t, Pos::Lst) as u8;
                }
            }
            _ => missed += 1,
        }
    }
    (Prepared { text: doc.text.clone(), toks, gold }, missed)
}

/// The perceptron: weights, their running sums for averaging, and interned words.
struct Perceptron {
    index: FastMap<u64, u32>,
    keys: Vec<u64>,
    w: Vec<[f32; L]>,
    acc: Vec<[f32; L]>,
    c: f32,
    words: FastMap<String, u32>,
    feats: Vec<WordFeatures>,
    active: Vec<u64>,
}

impl Perceptron {
    fn add(&mut self, key: u64, scores: &mut [f32; L]) {
        self.active.push(key);
        if let Some(&r) = self.index.get(&key) {
            for (s, w) in scores.iter_mut().zip(&self.w[r as usize]) {
                *s += w;
            }
        }
    }

    fn averaged(&self) -> Vec<(u64, [f32; L])> {
        self.keys
            .iter()
            .enumerate()
            .map(|(r, &k)| {
                let mut a = [0.0; L];
                for ((a, w), acc) in a.iter_mut().zip(&self.w[r]).zip(&self.acc[r]) {
                    *a = w - acc / self.c.max(1.0);
                }
                (k, a)
            })
            .collect()
    }
}

impl Scorer for Perceptron {
    fn word(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.words.get(word) {
            return id;
        }
        let id = self.feats.len() as u32;
        self.feats.push(word_features(word));
        self.words.insert(word.to_string(), id);
        id
    }

    fn info(&self, id: u32) -> (&str, u64, Case) {
        let f = &self.feats[id as usize];
        (&f.lower, f.lower_key, f.case)
    }

    fn add_slot(&mut self, id: u32, slot: usize, scores: &mut [f32; L]) {
        let keys = std::mem::take(&mut self.feats[id as usize].slots[slot]);
        for &k in &keys {
            self.add(k, scores);
        }
        self.feats[id as usize].slots[slot] = keys;
    }

    fn add_key(&mut self, key: u64, scores: &mut [f32; L]) {
        self.add(key, scores);
    }

    fn add_trans(&mut self, l2: usize, l1: usize, scores: &mut [f32; L]) {
        self.add(super::features::trans1_key(l1), scores);
        self.add(super::features::trans2_key(l2, l1), scores);
    }

    fn begin(&mut self, learning: bool) {
        self.active.clear();
        if learning {
            self.c += 1.0;
        }
    }

    fn update(&mut self, gold: usize, pred: usize) {
        let c = self.c;
        for i in 0..self.active.len() {
            let k = self.active[i];
            let r = *self.index.entry(k).or_insert_with(|| {
                self.keys.push(k);
                self.w.push([0.0; L]);
                self.acc.push([0.0; L]);
                (self.keys.len() - 1) as u32
            }) as usize;
            self.w[r][gold] += 1.0;
            self.w[r][pred] -= 1.0;
            self.acc[r][gold] += c;
            self.acc[r][pred] -= c;
        }
    }
}

/// Training documents plus, for a seeded half of those with headlines in capitals, a copy
/// with those headlines in title case (news today writes headlines that way). The gold names
/// keep their byte offsets: title-casing ASCII changes no length.
///
/// ```
/// use factsift::{title_case_headlines, TrainDoc};
/// let doc = TrainDoc { text: "GRAIN EXPORTS RISE\nExports rose.".into(), spans: vec![] };
/// let docs = title_case_headlines(vec![doc; 20], 7);
/// assert!(docs.len() > 20 && docs.len() < 40, "{}", docs.len());
/// assert!(docs.iter().any(|d| d.text == "Grain Exports Rise\nExports rose."));
/// ```
pub fn title_case_headlines(docs: Vec<TrainDoc>, seed: u64) -> Vec<TrainDoc> {
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

/// Perceptrons trained side by side (on their own shuffles) and averaged.
const ENSEMBLE: usize = 4;

/// A small seeded generator for shuffling (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Trains for `epochs` passes over `docs` (shuffled with `seed`) and returns the model file.
/// `progress` is called after each epoch with the epoch number and that epoch's model file.
/// The confidence the final model reports is calibrated on `held_out` (documents not trained
/// on; none: raw confidence).
pub fn train(
    docs: &[TrainDoc],
    held_out: &[TrainDoc],
    epochs: usize,
    seed: u64,
    mut progress: impl FnMut(usize, &[u8]),
) -> (Vec<u8>, usize) {
    let mut missed = 0;
    let prepared: Vec<Prepared> = docs
        .iter()
        .map(|d| {
            let (p, m) = prepare(d);
            missed += m;
            p
        })
        .collect();
    // Several perceptrons, each on its own shuffle, averaged at the end (a cheap ensemble:
    // the model stays one linear model).
    let mut runs: Vec<(Perceptron, Vec<usize>, Rng)> = (0..ENSEMBLE)
        .map(|k| {
            let p = Perceptron {
                index: FastMap::default(),
                keys: Vec::new(),
                w: Vec::new(),
                acc: Vec::new(),
                c: 0.0,
                words: FastMap::default(),
                feats: Vec::new(),
                active: Vec::new(),
            };
            (p, (0..prepared.len()).collect(), Rng((seed.wrapping_add(k as u64 * 7919)) | 1))
        })
        .collect();
    let (mut bytes, mut rows, mut scale) = (Vec::new(), Vec::new(), 1.0);
    for epoch in 1..=epochs {
        std::thread::scope(|scope| {
            for (p, order, rng) in runs.iter_mut() {
                let prepared = &prepared;
                scope.spawn(move || {
                    for i in (1..order.len()).rev() {
                        order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
                    }
                    for &d in order.iter() {
                        let doc = &prepared[d];
                        decode(&doc.text, &doc.toks, p, Some(&doc.gold));
                    }
                });
            }
        });
        let mut sum: FastMap<u64, [f32; L]> = FastMap::default();
        for (p, _, _) in &runs {
            for (k, w) in p.averaged() {
                let e = sum.entry(k).or_insert([0.0; L]);
                for (a, b) in e.iter_mut().zip(w) {
                    *a += b / ENSEMBLE as f32;
                }
            }
        }
        rows = sum.into_iter().collect();
        rows.sort_by_key(|(k, _)| *k);
        let model = Model::from_rows(rows.clone(), 1.0);
        scale = median_margin(&model, &prepared);
        bytes = Model::write(&rows, scale, [1.0, 0.0]);
        progress(epoch, &bytes);
    }
    if !held_out.is_empty() {
        bytes = Model::write(&rows, scale, calibrate(&bytes, held_out));
    }
    (bytes, missed)
}

/// Platt scaling: the `(a, b)` (with `a > 0`, so the order of confidences is kept) for which
/// `sigmoid(a * logit(raw) + b)` best predicts (by log loss) whether a name the model finds in
/// `docs` is right, span and type.
fn calibrate(bytes: &[u8], docs: &[TrainDoc]) -> [f32; 2] {
    let Ok(ex) = super::NameExtractor::from_model_bytes(bytes) else { return [1.0, 0.0] };
    let mut points: Vec<(f64, f64)> = Vec::new();
    for d in docs {
        let doc = crate::Recognizer::extract(&ex, &d.text);
        for e in doc.entities() {
            let Some(label) = super::span::NameLabel::from_entity_type(e.entity_type()) else {
                continue;
            };
            let right = d.spans.contains(&GoldName {
                byte_start: e.byte_start,
                byte_end: e.byte_end,
                label,
            });
            let raw = f64::from(e.confidence).clamp(1e-4, 1.0 - 1e-4);
            points.push(((raw / (1.0 - raw)).ln(), f64::from(u8::from(right))));
        }
    }
    // A grid search, coarse then fine: robust where Newton's method can run away.
    let loss = |a: f64, b: f64| -> f64 {
        points
            .iter()
            .map(|&(x, y)| {
                let p = (1.0 / (1.0 + (-(a * x + b)).exp())).clamp(1e-9, 1.0 - 1e-9);
                -(y * p.ln() + (1.0 - y) * (1.0 - p).ln())
            })
            .sum()
    };
    let (mut a, mut b, mut step) = (1.0f64, 0.0f64, 0.5f64);
    for _ in 0..6 {
        let mut best = (loss(a, b), a, b);
        for i in -8..=8 {
            for j in -8..=8 {
                let (ca, cb) = (a + f64::from(i) * step, b + f64::from(j) * step);
                if ca > 0.0 {
                    let l = loss(ca, cb);
                    if l < best.0 {
                        best = (l, ca, cb);
                    }
                }
            }
        }
        (a, b, step) = (best.1, best.2, step / 4.0);
    }
    [a as f32, b as f32]
}

/// The median decision margin over a sample of training documents, the confidence scale.
fn median_margin(model: &Model, docs: &[Prepared]) -> f32 {
    let mut margins: Vec<f32> = Vec::new();
    for d in docs.iter().step_by(7) {
        let t = super::tagger::tag(model, &d.text, &d.toks);
        margins.extend(
            t.margins
                .iter()
                .zip(&t.labels)
                .filter(|(m, &l)| m.is_finite() && l != 0)
                .map(|(m, _)| *m),
        );
    }
    margins.sort_by(f32::total_cmp);
    margins.get(margins.len() / 2).copied().unwrap_or(1.0).max(1e-3)
}

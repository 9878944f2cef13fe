//! Training the tagger (feature `train`): an averaged perceptron over the same decoding and
//! features as inference, from nothing or from a model it adapts. Used by `factsift train`.

use super::extractor::{builtin_names_model, NameExtractor};
use super::features::{cases_of, label, word_features, Case, Pos, Small, WordFeatures, L};
use super::model::{Model, ModelError, CALIBRATION_INPUTS, IDENTITY_CALIBRATION};
use super::span::{GoldName, NameLabel};
use super::tagger::{decode, Scorer};
use crate::conll::ConllError;
use crate::hash::FastMap;
use crate::text::{tokenize, Tokens};

/// A training document: natural text and its gold names.
#[derive(Debug, Clone)]
pub struct TrainDoc {
    /// The document's text.
    pub text: String,
    /// Gold names, in any order.
    pub spans: Vec<GoldName>,
    /// Labels the annotation left out: a token outside the gold spans may still be a name
    /// of one of these, so the trainer learns nothing from predicting one there (empty when
    /// every type was annotated).
    pub unlabeled: Vec<NameLabel>,
}

impl TrainDoc {
    /// A document annotated for every type: `spans` are all its names.
    ///
    /// ```
    /// use factsift::{GoldName, NameLabel, TrainDoc};
    /// let name = GoldName { byte_start: 0, byte_end: 5, label: NameLabel::Person };
    /// let doc = TrainDoc::new("Maria left.", vec![name]);
    /// assert!(doc.unlabeled.is_empty());
    /// ```
    pub fn new(text: impl Into<String>, spans: Vec<GoldName>) -> TrainDoc {
        TrainDoc { text: text.into(), spans, unlabeled: Vec::new() }
    }

    /// The documents of a CoNLL-2003 file (read as [`crate::conll::read_conll`] does), every
    /// name type annotated. CoNLL's other names (MISC) are trained as no name: as good on
    /// CoNLL dev, and fewer false organizations on recent news.
    ///
    /// ```
    /// let conll = "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP B-PER\nsaid VBD B-VP O\n";
    /// let docs = factsift::TrainDoc::read_conll(conll.as_bytes()).unwrap();
    /// assert_eq!((docs[0].text.as_str(), docs[0].spans.len()), ("Maria said", 1));
    /// ```
    pub fn read_conll<R: std::io::BufRead>(input: R) -> Result<Vec<TrainDoc>, ConllError> {
        let docs = crate::conll::read_conll(input)?;
        Ok(docs
            .into_iter()
            .map(|d| {
                let names = d.names.into_iter().filter(|n| n.label.is_output()).collect();
                TrainDoc::new(d.text, names)
            })
            .collect())
    }

    /// A document from names at code-point offsets (`(start, end, label)`, end exclusive, as
    /// gold JSONL gives them) annotated only for the `annotated` labels: names of other labels
    /// are left out and those labels marked unlabeled. Names whose offsets lie outside the
    /// text are left out.
    ///
    /// ```
    /// use factsift::{NameLabel, TrainDoc};
    /// let names = [(9, 17, NameLabel::Person), (21, 25, NameLabel::Place)];
    /// let doc = TrainDoc::from_char_spans("Él vio a Ana Ruiz en Lima.", &names, &[NameLabel::Person]);
    /// assert_eq!(&doc.text[doc.spans[0].byte_start..doc.spans[0].byte_end], "Ana Ruiz");
    /// assert_eq!(doc.spans.len(), 1);
    /// assert_eq!(doc.unlabeled, [NameLabel::Place, NameLabel::Organization, NameLabel::Other]);
    /// ```
    pub fn from_char_spans(
        text: impl Into<String>,
        names: &[(usize, usize, NameLabel)],
        annotated: &[NameLabel],
    ) -> TrainDoc {
        let text = text.into();
        let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(text.len());
        let spans = names
            .iter()
            .filter(|(_, _, label)| annotated.contains(label))
            .filter_map(|&(start, end, label)| {
                let (byte_start, byte_end) = (*byte_at.get(start)?, *byte_at.get(end)?);
                (byte_start < byte_end).then_some(GoldName { byte_start, byte_end, label })
            })
            .collect();
        let unlabeled = NameLabel::ALL.into_iter().filter(|l| !annotated.contains(l)).collect();
        TrainDoc { text, spans, unlabeled }
    }
}

/// A document tokenized, with one gold label per token.
struct Prepared {
    text: String,
    toks: Tokens,
    cases: Vec<Case>,
    gold: Vec<u8>,
    /// The labels of unlabeled types (an update toward gold O from one of them is skipped).
    unlabeled: [bool; L],
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
                for (k, g) in gold.iter_mut().enumerate().take(b + 1).skip(a) {
                    *g = label(t, Pos::in_span(k, a, b)) as u8;
                }
            }
            _ => missed += 1,
        }
    }
    let mut unlabeled = [false; L];
    for t in &doc.unlabeled {
        for pos in [Pos::B, Pos::I, Pos::Lst, Pos::U] {
            unlabeled[label(t.index(), pos)] = true;
        }
    }
    let cases = cases_of(&toks.words(&doc.text));
    (Prepared { text: doc.text.clone(), toks, cases, gold, unlabeled }, missed)
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
    /// The current document's unlabeled labels (see [`TrainDoc::unlabeled`]).
    unlabeled: [bool; L],
}

impl Perceptron {
    /// A perceptron starting from `base` (weights by feature key; empty to start from nothing).
    fn new(base: &[(u64, [f32; L])]) -> Perceptron {
        Perceptron {
            index: base.iter().enumerate().map(|(r, (k, _))| (*k, r as u32)).collect(),
            keys: base.iter().map(|(k, _)| *k).collect(),
            w: base.iter().map(|(_, w)| *w).collect(),
            acc: vec![[0.0; L]; base.len()],
            c: 0.0,
            words: FastMap::default(),
            feats: Vec::new(),
            active: Vec::new(),
            unlabeled: [false; L],
        }
    }

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

    fn starts_phrase(&self, id: u32) -> bool {
        self.feats[id as usize].phrase_prefix
    }

    fn add_slot(&mut self, id: u32, slot: usize, scores: &mut [f32; L]) {
        let keys = std::mem::take(&mut self.feats[id as usize].slots[slot]);
        for &k in &keys {
            self.add(k, scores);
        }
        self.feats[id as usize].slots[slot] = keys;
    }

    fn add_small(&mut self, f: Small, scores: &mut [f32; L]) {
        self.add(f.key(), scores);
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
        if gold == 0 && self.unlabeled[pred] {
            // The annotation says nothing about this type here: the prediction may be right.
            return;
        }
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
/// let doc = TrainDoc::new("GRAIN EXPORTS RISE\nExports rose.", vec![]);
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
            out.push(TrainDoc { text, ..d.clone() });
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

/// How to train: passes, shuffling seed, and the model to start from.
///
/// ```
/// use factsift::TrainOptions;
/// let adapt = TrainOptions::default();
/// assert!(adapt.base.is_some(), "by default the built-in model is adapted");
/// let scratch = TrainOptions { base: None, ..TrainOptions::default() };
/// assert_eq!((scratch.epochs, scratch.seed), (12, 20030531));
/// ```
#[derive(Debug, Clone)]
pub struct TrainOptions<'a> {
    /// Passes over the training documents.
    pub epochs: usize,
    /// Shuffling seed: the same documents, options and seed give the same model file.
    pub seed: u64,
    /// A model file to start from and adapt (by default the built-in model,
    /// [`builtin_names_model`](crate::builtin_names_model)); `None` trains from nothing.
    pub base: Option<&'a [u8]>,
    /// What the base model's weights count for against the updates the new documents make:
    /// the larger, the less they move it (and the less it forgets). Below
    /// [`FULL_WEIGHT_TOKENS`] tokens of new text it is scaled down by the square root of
    /// their share, so a dozen documents still teach something.
    pub base_weight: f32,
    /// Documents not trained on that the final model's confidence is calibrated on (none:
    /// raw confidence).
    pub held_out: &'a [TrainDoc],
}

impl Default for TrainOptions<'_> {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 20030531,
            base: Some(builtin_names_model()),
            base_weight: BASE_WEIGHT,
            held_out: &[],
        }
    }
}

/// The default [`TrainOptions::base_weight`], chosen by measurement: adapting to 70 WikiGold
/// articles (22,000 tokens), 1 scored as well on the other 75 as 0.3 and forgot less news,
/// and better than 0.01, 0.1, 3 or 10 (README, "Train on your own text").
const BASE_WEIGHT: f32 = 1.0;

/// The new text's size (in tokens) from which the base model counts its full
/// [`TrainOptions::base_weight`] (see there).
pub const FULL_WEIGHT_TOKENS: usize = 20_000;

/// A model file trained by [`train`], and what training made of its documents.
#[derive(Debug, Clone)]
pub struct Trained {
    /// The model file (load it with [`NameExtractor::from_model_bytes`](crate::NameExtractor)
    /// or `ExtractorBuilder::names_model`).
    pub model: Vec<u8>,
    /// Tokens in the training documents.
    pub tokens: usize,
    /// Gold names not on token boundaries (left out).
    pub missed: usize,
}

/// Trains for `options.epochs` passes over `docs` (shuffled with `options.seed`), starting
/// from `options.base` when given, and returns the model file. `progress` is called after
/// each epoch with the epoch number and that epoch's model file. Fails only when the base
/// model does not load.
///
/// ```
/// use factsift::{GoldName, NameLabel, Recognizer, TrainDoc, TrainOptions};
/// let name = GoldName { byte_start: 0, byte_end: 11, label: NameLabel::Organization };
/// let docs = vec![TrainDoc::new("Qoldau Mesa signed.", vec![name]); 8];
/// let options = TrainOptions { epochs: 2, ..TrainOptions::default() };
/// let trained = factsift::train(&docs, &options, |_, _| {}).unwrap();
/// assert_eq!(trained.tokens, 8 * 4);
/// let ex = factsift::NameExtractor::from_model_bytes(&trained.model).unwrap();
/// assert_eq!(ex.extract("Qoldau Mesa signed.").entities()[0].text, "Qoldau Mesa");
/// ```
pub fn train(
    docs: &[TrainDoc],
    options: &TrainOptions,
    mut progress: impl FnMut(usize, &[u8]),
) -> Result<Trained, ModelError> {
    let base = options.base.map(Model::from_bytes).transpose()?;
    let mut missed = 0;
    let prepared: Vec<Prepared> = docs
        .iter()
        .map(|d| {
            let (p, m) = prepare(d);
            missed += m;
            p
        })
        .collect();
    let tokens = prepared.iter().map(|p| p.toks.tokens.len()).sum();
    let share = (tokens as f32 / FULL_WEIGHT_TOKENS as f32).min(1.0);
    let weight = options.base_weight * share.sqrt();
    let mut base = base.map_or_else(Vec::new, |m| m.rows());
    base.iter_mut().for_each(|(_, w)| w.iter_mut().for_each(|x| *x *= weight));
    let seed = options.seed;
    // Several perceptrons, each on its own shuffle, averaged at the end (a cheap ensemble:
    // the model stays one linear model).
    let mut runs: Vec<(Perceptron, Vec<usize>, Rng)> = (0..ENSEMBLE)
        .map(|k| {
            let order = (0..prepared.len()).collect();
            (Perceptron::new(&base), order, Rng((seed.wrapping_add(k as u64 * 7919)) | 1))
        })
        .collect();
    let (mut bytes, mut rows, mut scale) = (Vec::new(), Vec::new(), 1.0);
    for epoch in 1..=options.epochs {
        std::thread::scope(|scope| {
            for (p, order, rng) in runs.iter_mut() {
                let prepared = &prepared;
                scope.spawn(move || {
                    for i in (1..order.len()).rev() {
                        order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
                    }
                    for &d in order.iter() {
                        let doc = &prepared[d];
                        p.unlabeled = doc.unlabeled;
                        let words = doc.toks.words(&doc.text);
                        decode(&words, &doc.toks, &doc.cases, p, Some(&doc.gold));
                    }
                });
            }
        });
        (rows, scale) = ensemble_rows(&runs, &prepared);
        bytes = Model::write(&rows, scale, IDENTITY_CALIBRATION);
        progress(epoch, &bytes);
    }
    if bytes.is_empty() {
        (rows, scale) = ensemble_rows(&runs, &prepared);
        bytes = Model::write(&rows, scale, IDENTITY_CALIBRATION);
    }
    if !options.held_out.is_empty() {
        bytes = Model::write(&rows, scale, calibrate(&bytes, options.held_out));
    }
    Ok(Trained { model: bytes, tokens, missed })
}

/// The perceptrons' averaged weights, averaged over the ensemble, and their confidence scale.
fn ensemble_rows(
    runs: &[(Perceptron, Vec<usize>, Rng)],
    prepared: &[Prepared],
) -> (Vec<(u64, [f32; L])>, f32) {
    let mut sum: FastMap<u64, [f32; L]> = FastMap::default();
    for (p, _, _) in runs {
        for (k, w) in p.averaged() {
            let e = sum.entry(k).or_insert([0.0; L]);
            for (a, b) in e.iter_mut().zip(w) {
                *a += b / ENSEMBLE as f32;
            }
        }
    }
    let mut rows: Vec<(u64, [f32; L])> = sum.into_iter().collect();
    rows.sort_by_key(|(k, _)| *k);
    let model = Model::from_rows(rows.clone(), 1.0);
    let scale = median_margin(&model, prepared);
    (rows, scale)
}

/// The calibration: the weights of [`NameEvidence::inputs`](super::model::NameEvidence) whose
/// logistic function best predicts (by log loss) whether a name the model finds in `docs` is
/// right, span and type. A weak pull toward reporting the raw confidence unchanged keeps a few
/// held-out documents from giving wild weights.
fn calibrate(bytes: &[u8], docs: &[TrainDoc]) -> [f32; CALIBRATION_INPUTS] {
    let Ok(ex) = NameExtractor::from_model_bytes(bytes) else { return IDENTITY_CALIBRATION };
    let mut points: Vec<([f64; CALIBRATION_INPUTS], f64)> = Vec::new();
    for d in docs {
        for (name, evidence) in ex.names_with_evidence(&d.text) {
            let right = d.spans.contains(&name);
            points.push((evidence.inputs().map(f64::from), f64::from(u8::from(right))));
        }
    }
    logistic_regression(&points, IDENTITY_CALIBRATION.map(f64::from), 1.0).map(|w| w as f32)
}

/// Logistic regression by Newton's method: the weights minimizing the log loss of `points`
/// (inputs, 0 or 1) plus `prior_weight / 2` times the squared distance from `prior` (which
/// makes the problem strictly convex). Each step is halved until it lowers the loss: a full
/// step from far away can overshoot and run away.
fn logistic_regression<const K: usize>(
    points: &[([f64; K], f64)],
    prior: [f64; K],
    prior_weight: f64,
) -> [f64; K] {
    let dot = |x: &[f64; K], w: &[f64; K]| -> f64 { x.iter().zip(w).map(|(a, b)| a * b).sum() };
    let loss = |w: &[f64; K]| -> f64 {
        let pull: f64 = w.iter().zip(&prior).map(|(a, b)| (a - b) * (a - b)).sum();
        let fit: f64 = points
            .iter()
            .map(|(x, y)| {
                let z = dot(x, w);
                // log(1 + e^z) - y z, written to stay finite for large |z|
                (-z.abs()).exp().ln_1p() + z.max(0.0) - y * z
            })
            .sum();
        prior_weight / 2.0 * pull + fit
    };
    let mut w = prior;
    for _ in 0..50 {
        let mut grad = [0.0; K];
        let mut hess = [[0.0; K]; K];
        for k in 0..K {
            grad[k] = prior_weight * (w[k] - prior[k]);
            hess[k][k] = prior_weight;
        }
        for (x, y) in points {
            let p = 1.0 / (1.0 + (-dot(x, &w)).exp());
            for i in 0..K {
                grad[i] += (p - y) * x[i];
                for j in 0..K {
                    hess[i][j] += p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        let Some(step) = solve(hess, grad) else { break };
        let before = loss(&w);
        let mut t = 1.0;
        let moved = loop {
            let next: [f64; K] = std::array::from_fn(|k| w[k] - t * step[k]);
            if loss(&next) <= before {
                break Some(next);
            }
            t /= 2.0;
            if t < 1e-6 {
                break None;
            }
        };
        let Some(next) = moved else { break };
        let change = next.iter().zip(&w).fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
        w = next;
        if change < 1e-9 {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (none when `a` is singular).
fn solve<const K: usize>(mut a: [[f64; K]; K], mut b: [f64; K]) -> Option<[f64; K]> {
    for c in 0..K {
        let p = (c..K).max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))?;
        if a[p][c].abs() < 1e-12 {
            return None;
        }
        a.swap(c, p);
        b.swap(c, p);
        let pivot = a[c];
        for r in (0..K).filter(|&r| r != c) {
            let f = a[r][c] / pivot[c];
            a[r][c..].iter_mut().zip(&pivot[c..]).for_each(|(x, p)| *x -= f * p);
            b[r] -= f * b[c];
        }
    }
    Some(std::array::from_fn(|i| b[i] / a[i][i]))
}

/// The median decision margin over a sample of training documents, the confidence scale.
fn median_margin(model: &Model, docs: &[Prepared]) -> f32 {
    let mut margins: Vec<f32> = Vec::new();
    for d in docs.iter().step_by(7) {
        let t = super::tagger::tag(model, &d.toks.words(&d.text), &d.toks, &d.cases);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logistic_regression_recovers_the_weights_that_made_the_labels() {
        // Labels drawn (by a fixed sequence) from known weights, with an input far from zero.
        let truth = [-1.0, 2.0, 0.5];
        let mut rng = Rng(99);
        let unit = |r: &mut Rng| (r.next() >> 11) as f64 / (1u64 << 53) as f64;
        let points: Vec<([f64; 3], f64)> = (0..20_000)
            .map(|_| {
                let x =
                    [1.0, unit(&mut rng) * 16.0 - 8.0, f64::from(u8::from(unit(&mut rng) < 0.5))];
                let p =
                    1.0 / (1.0 + (-(x.iter().zip(&truth).map(|(a, b)| a * b).sum::<f64>())).exp());
                (x, f64::from(u8::from(unit(&mut rng) < p)))
            })
            .collect();
        let w = logistic_regression(&points, [0.0, 1.0, 0.0], 1.0);
        for (w, t) in w.iter().zip(truth) {
            assert!((w - t).abs() < 0.15, "{w:?} vs {truth:?}");
        }
        // Without points the prior is the answer.
        assert_eq!(logistic_regression(&[], [0.0, 1.0, 0.0], 1.0), [0.0, 1.0, 0.0]);
    }

    #[test]
    fn solve_finds_the_solution_or_says_there_is_none() {
        let x = solve([[0.0, 2.0], [4.0, 1.0]], [4.0, 6.0]).unwrap();
        assert!((x[0] - 1.0).abs() < 1e-12 && (x[1] - 2.0).abs() < 1e-12, "{x:?}");
        assert_eq!(solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0]), None);
    }
}

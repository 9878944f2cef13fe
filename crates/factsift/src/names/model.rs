//! The tagger's weights: a compact, versioned file (written by the training command, embedded
//! in the crate) and the in-memory table it loads into.

use std::sync::atomic::{AtomicU64, Ordering};

use super::features::{trans1_key, trans2_key, Small, FEATURE_SPEC, L};
use super::span::NameLabel;
use crate::hash::fnv;

const MAGIC: &[u8; 4] = b"FSNM";
/// Version 3 calibrates from [`CALIBRATION_INPUTS`] inputs; version 2 files (Platt scaling of
/// the raw confidence alone) still load.
const VERSION: u32 = 3;

/// How many numbers the confidence calibration weighs (see [`NameEvidence::inputs`]).
pub(crate) const CALIBRATION_INPUTS: usize = 9;

/// What the confidence of a found name is calibrated from: its raw confidence and a few
/// facts about it that held-out text shows to predict mistakes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NameEvidence {
    /// The tagger's confidence from its decision margins (or the one a resolution rule gave).
    pub raw: f32,
    pub label: NameLabel,
    /// Tokens in the name.
    pub tokens: usize,
    /// Whether resolution made or reshaped the name (the tagger did not find it as it is).
    pub from_rule: bool,
    /// Share of the name's words that training taught the model as this type at their place
    /// in the name (unseen words are wrong more often, and out of domain most are unseen).
    pub learned: f32,
    /// Share of the name's words in the gazetteer.
    pub in_gazetteer: f32,
    /// The mean `learned` of the names of the document: text unlike the training text has
    /// more unseen names, and more mistakes among them.
    pub document_learned: f32,
}

impl NameEvidence {
    /// The calibration's inputs: a constant, the raw confidence's log-odds, then the facts.
    pub(crate) fn inputs(&self) -> [f32; CALIBRATION_INPUTS] {
        let raw = self.raw.clamp(1e-4, 1.0 - 1e-4);
        let flag = |b: bool| f32::from(u8::from(b));
        [
            1.0,
            (raw / (1.0 - raw)).ln(),
            flag(self.from_rule),
            flag(self.label == NameLabel::Organization),
            flag(self.label == NameLabel::Place),
            self.learned,
            self.in_gazetteer,
            flag(self.tokens >= 3),
            self.document_learned,
        ]
    }
}

/// The calibration that reports the raw confidence unchanged.
pub(crate) const IDENTITY_CALIBRATION: [f32; CALIBRATION_INPUTS] =
    [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];

/// Why a names model file could not be loaded.
///
/// ```
/// use factsift::ModelError;
/// assert_eq!(ModelError::Malformed.to_string(), "not a factsift names model, or truncated");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelError {
    /// Not a model file, or truncated.
    Malformed,
    /// Built for other features or another label set: re-train.
    FeatureMismatch,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ModelError::Malformed => "not a factsift names model, or truncated",
            ModelError::FeatureMismatch => {
                "the model was built for other features or labels: re-train it"
            }
        })
    }
}

impl std::error::Error for ModelError {}

/// Weights by feature key, one row of `L` scores per feature.
#[derive(Debug)]
pub(crate) struct Model {
    /// Distinguishes models in per-thread caches.
    pub id: u64,
    /// Open-addressing table of `(key, row)`, key 0 empty: a key and its row index share a
    /// cache line, so finding a row reads one line of the table.
    slots: Vec<(u64, u32)>,
    weights: Vec<f32>,
    /// One bit per [`filter_bit`] of the keys in `slots`, 8 bits per key or more: most keys
    /// a text gives are not in the model (word pairs), and this small table, unlike `slots`,
    /// stays in cache to say so.
    filter: Vec<u64>,
    /// Scores of the two previous labels, `trans[l2 * L + l1]`: the previous label's row plus
    /// the row of the pair, added once here as the tagger would add them at every token.
    pub trans: Vec<[f32; L]>,
    /// Margin at which the tagger's raw confidence reaches one half.
    pub conf_scale: f32,
    /// Weights of [`NameEvidence::inputs`]: a name's reported confidence is the sigmoid of
    /// their weighted sum (logistic regression, fitted by the training command on held-out
    /// text).
    pub calibration: [f32; CALIBRATION_INPUTS],
    /// Copies of the rows of the [`Small`] features by their index (zeros for those the
    /// model lacks: adding them changes no score), kept together so they stay in cache.
    pub small: Vec<[f32; L]>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at + 8)?;
    Some(u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]))
}

fn f32_at(b: &[u8], at: usize) -> Option<f32> {
    u32_at(b, at).map(f32::from_bits)
}

/// The bit of `key` (an already mixed hash) among `bits` (a power of two): from its high
/// bits, which the slot of a key (its low bits) does not use.
fn filter_bit(key: u64, bits: usize) -> usize {
    (key >> (64 - bits.trailing_zeros())) as usize
}

impl Model {
    /// Builds a model from `(key, row)` pairs (used by training and by [`Model::from_bytes`]).
    pub(crate) fn from_rows(rows_in: Vec<(u64, [f32; L])>, conf_scale: f32) -> Model {
        let n = rows_in.len();
        let cap = (n * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u64, 0u32); cap];
        let mut weights = Vec::with_capacity(n * L);
        let mask = cap - 1;
        let filter_bits = (n * 8).next_power_of_two().max(64);
        let mut filter = vec![0u64; filter_bits / 64];
        for (r, (key, w)) in rows_in.into_iter().enumerate() {
            let key = key.max(1);
            let bit = filter_bit(key, filter_bits);
            filter[bit / 64] |= 1 << (bit % 64);
            let mut i = (key as usize) & mask;
            while slots[i].0 != 0 && slots[i].0 != key {
                i = (i + 1) & mask;
            }
            slots[i] = (key, r as u32);
            weights.extend_from_slice(&w);
        }
        let mut m = Model {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            slots,
            weights,
            filter,
            trans: Vec::new(),
            conf_scale,
            calibration: IDENTITY_CALIBRATION,
            small: Vec::new(),
        };
        m.trans = (0..L * L)
            .map(|k| {
                let (l2, l1) = (k / L, k % L);
                let (a, b) = (m.row_or_zero(trans1_key(l1)), m.row_or_zero(trans2_key(l2, l1)));
                std::array::from_fn(|i| a[i] + b[i])
            })
            .collect();
        m.small = Small::all().map(|f| m.row_or_zero(f.key())).collect();
        m
    }

    /// The weight row of a feature key.
    #[inline]
    pub(crate) fn row(&self, key: u64) -> Option<&[f32; L]> {
        let key = key.max(1);
        let bit = filter_bit(key, self.filter.len() * 64);
        if self.filter.get(bit / 64).map_or(0, |w| w >> (bit % 64) & 1) == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (key as usize) & mask;
        loop {
            let (k, r) = self.slots[i];
            if k == key {
                let r = r as usize * L;
                return self.weights.get(r..r + L)?.try_into().ok();
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn row_or_zero(&self, key: u64) -> [f32; L] {
        let mut out = [0.0; L];
        if let Some(r) = self.row(key) {
            out.copy_from_slice(r);
        }
        out
    }

    /// Reads a model file.
    pub(crate) fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        // Version 2 stored Platt scaling `(a, b)`: weights `b` and `a` of the first two inputs.
        let inputs = match u32_at(b, 4) {
            Some(VERSION) => CALIBRATION_INPUTS,
            Some(2) => 2,
            _ => return Err(ModelError::Malformed),
        };
        if b.get(..4) != Some(MAGIC.as_slice()) {
            return Err(ModelError::Malformed);
        }
        let spec = u64_at(b, 8).ok_or(ModelError::Malformed)?;
        let nl = u32_at(b, 16).ok_or(ModelError::Malformed)? as usize;
        if spec != fnv(FEATURE_SPEC) || nl != L {
            return Err(ModelError::FeatureMismatch);
        }
        let n = u32_at(b, 20).ok_or(ModelError::Malformed)? as usize;
        let scale = f32_at(b, 24).ok_or(ModelError::Malformed)?;
        let conf_scale = f32_at(b, 28).ok_or(ModelError::Malformed)?;
        let mut calibration = IDENTITY_CALIBRATION;
        for (i, c) in calibration.iter_mut().take(inputs).enumerate() {
            *c = f32_at(b, 32 + 4 * i).ok_or(ModelError::Malformed)?;
        }
        if inputs == 2 {
            calibration.swap(0, 1);
        }
        let keys_at = 32 + 4 * inputs;
        let w_at = keys_at + n * 8;
        if b.len() != w_at + n * L * 2 {
            return Err(ModelError::Malformed);
        }
        let mut rows_in = Vec::with_capacity(n);
        for r in 0..n {
            let key = u64_at(b, keys_at + r * 8).ok_or(ModelError::Malformed)?;
            let mut w = [0.0f32; L];
            for (l, x) in w.iter_mut().enumerate() {
                let at = w_at + (r * L + l) * 2;
                *x = f32::from(i16::from_le_bytes([b[at], b[at + 1]])) * scale;
            }
            rows_in.push((key, w));
        }
        let mut model = Model::from_rows(rows_in, conf_scale);
        model.calibration = calibration;
        Ok(model)
    }

    /// The confidence reported for a name found on `evidence`.
    pub(crate) fn calibrated(&self, evidence: &NameEvidence) -> f32 {
        let z: f32 = evidence.inputs().iter().zip(&self.calibration).map(|(x, w)| x * w).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The weight rows by feature key, in key order (training starts from them).
    #[cfg(feature = "train")]
    pub(crate) fn rows(&self) -> Vec<(u64, [f32; L])> {
        let mut out: Vec<(u64, [f32; L])> = self
            .slots
            .iter()
            .filter(|(k, _)| *k != 0)
            .map(|&(k, r)| {
                let mut w = [0.0; L];
                w.copy_from_slice(&self.weights[r as usize * L..(r as usize + 1) * L]);
                (k, w)
            })
            .collect();
        out.sort_by_key(|(k, _)| *k);
        out
    }

    /// Writes the model file: weights quantized to 16 bits, features whose weights all
    /// quantize to zero dropped.
    #[cfg(feature = "train")]
    pub(crate) fn write(
        rows: &[(u64, [f32; L])],
        conf_scale: f32,
        calibration: [f32; CALIBRATION_INPUTS],
    ) -> Vec<u8> {
        let max = rows.iter().flat_map(|(_, w)| w.iter()).fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q = |x: f32| (x / scale).round().clamp(-32767.0, 32767.0) as i16;
        let mut kept: Vec<&(u64, [f32; L])> =
            rows.iter().filter(|(_, w)| w.iter().any(|&x| q(x) != 0)).collect();
        kept.sort_by_key(|(k, _)| *k);
        let mut out = Vec::with_capacity(64 + kept.len() * (8 + 2 * L));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&fnv(FEATURE_SPEC).to_le_bytes());
        out.extend_from_slice(&(L as u32).to_le_bytes());
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&conf_scale.to_le_bytes());
        for c in calibration {
            out.extend_from_slice(&c.to_le_bytes());
        }
        for (k, _) in &kept {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, w) in &kept {
            for &x in w {
                out.extend_from_slice(&q(x).to_le_bytes());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::features::{Case, Pos};

    #[test]
    fn embedded_model_matches_the_feature_code() {
        let bytes = include_bytes!("../../data/names.model");
        let m = Model::from_bytes(bytes).expect("re-train the model after changing features");
        assert!(m.row(trans1_key(0)).is_some());
    }

    #[test]
    fn small_features_have_distinct_keys_the_model_knows() {
        let m = Model::from_bytes(include_bytes!("../../data/names.model")).unwrap();
        let keys: std::collections::HashSet<u64> = Small::all().map(Small::key).collect();
        assert_eq!(keys.len(), crate::names::features::SMALL);
        // One common value of each kind: the model was trained on these keys.
        let common = [
            Small::class3(2, 2, 2),
            Small::class3_next(0, 0, 2),
            Small::digits(0, 2),
            Small::run(2, Pos::B),
            Small::edge(-2),
            Small::phrase(0, Pos::B),
            Small::hist(0, true, Case::Title),
            Small::global(1, true, Case::Title),
        ];
        for f in common {
            assert!(m.row(f.key()).is_some(), "{f:?}");
        }
        assert!(m.small.iter().zip(Small::all()).all(|(r, f)| m.row_or_zero(f.key()) == *r));
    }

    fn evidence(raw: f32, label: NameLabel, learned: f32) -> NameEvidence {
        let (tokens, from_rule, in_gazetteer, document_learned) = (2, false, 0.0, 0.5);
        NameEvidence { raw, label, tokens, from_rule, learned, in_gazetteer, document_learned }
    }

    #[test]
    fn calibration_weighs_the_raw_confidence_and_the_evidence() {
        let mut m = Model::from_rows(Vec::new(), 1.0);
        let person = |raw| evidence(raw, NameLabel::Person, 1.0);
        assert!((m.calibrated(&person(0.3)) - 0.3).abs() < 1e-5, "no calibration: raw confidence");
        m.calibration = [2.0, 1.5, 0.0, -1.0, 0.0, 0.8, 0.0, 0.0, 0.0];
        let c: Vec<f32> =
            [0.0, 0.05, 0.2, 0.5, 0.9, 1.0].map(|r| m.calibrated(&person(r))).to_vec();
        assert!(c.windows(2).all(|w| w[0] < w[1]), "{c:?}");
        assert!(c.iter().all(|x| (0.0..=1.0).contains(x)), "{c:?}");
        assert!(c[2] > 0.2, "a model that underrates itself is lifted");
        let org = m.calibrated(&evidence(0.5, NameLabel::Organization, 1.0));
        let unseen = m.calibrated(&evidence(0.5, NameLabel::Person, 0.0));
        assert!(org < c[3] && unseen < c[3], "{org} {unseen} {}", c[3]);
    }

    #[test]
    fn a_version_2_file_keeps_its_platt_scaling() {
        // Version 2: the same layout with two calibration numbers `(a, b)` after the header.
        let v3 = include_bytes!("../../data/names.model");
        let (a, b) = (1.25f32, 0.5f32);
        let mut v2 = v3[..32].to_vec();
        v2[4..8].copy_from_slice(&2u32.to_le_bytes());
        v2.extend_from_slice(&a.to_le_bytes());
        v2.extend_from_slice(&b.to_le_bytes());
        v2.extend_from_slice(&v3[32 + 4 * CALIBRATION_INPUTS..]);
        let old = Model::from_bytes(&v2).expect("a version 2 file loads");
        let new = Model::from_bytes(v3).unwrap();
        assert_eq!((&old.trans, &old.small), (&new.trans, &new.small));
        for (raw, label, learned) in
            [(0.2f32, NameLabel::Organization, 0.0), (0.9, NameLabel::Place, 1.0)]
        {
            let x = (raw / (1.0 - raw)).ln();
            let platt = 1.0 / (1.0 + (-(a * x + b)).exp());
            assert!((old.calibrated(&evidence(raw, label, learned)) - platt).abs() < 1e-5);
        }
        v2[4..8].copy_from_slice(&1u32.to_le_bytes());
        assert_eq!(Model::from_bytes(&v2).unwrap_err(), ModelError::Malformed);
    }

    #[test]
    fn a_model_for_other_features_fails_loudly() {
        let mut bytes = include_bytes!("../../data/names.model").to_vec();
        bytes[8] ^= 0xFF; // the feature-spec hash
        assert_eq!(Model::from_bytes(&bytes).unwrap_err(), ModelError::FeatureMismatch);
        assert_eq!(Model::from_bytes(b"FSNM").unwrap_err(), ModelError::Malformed);
        bytes[8] ^= 0xFF;
        assert!(Model::from_bytes(&bytes).is_ok());
        assert_eq!(Model::from_bytes(&bytes[..40]).unwrap_err(), ModelError::Malformed);
    }
}

//! Names' confidence measured as `tools/names/calibration.py` does: the expected calibration
//! error (bins of width 0.1, the names-weighted mean gap between mean confidence and the share
//! right, span and type exact). The shipped model's calibration is fitted on CoNLL dev, so it
//! must hold there (a model re-trained without `--dev`, or a stale calibration after the
//! resolution rules changed, fails); WikiGold is never fitted on, and its ceiling keeps the
//! gain over Platt scaling of the raw confidence alone (0.183; 0.151 with the evidence
//! inputs). The files are measuring data beside the repository; the tests skip without them
//! (and fail under FACTSIFT_REQUIRE_SHARED=1).

use factsift::{EntityType, Extractor};
use factsift_cli::eval::GoldDocument;

const NAMES: [EntityType; 3] = [EntityType::Person, EntityType::Place, EntityType::Organization];

/// The expected calibration error of the default extractor's names on `docs`, over all names
/// and over organizations, and the number of names.
fn calibration_error(docs: &[GoldDocument]) -> (f64, f64, usize) {
    let extractor = Extractor::builder().types(NAMES).build().expect("valid types");
    // Per bin: names, right, summed confidence; for all names, then organizations.
    let mut bins = [[[0.0f64; 3]; 10]; 2];
    for doc in docs {
        let gold: Vec<(usize, usize, EntityType)> =
            doc.spans.iter().map(|g| (g.start, g.end, g.entity_type)).collect();
        for e in extractor.extract(&doc.text).entities() {
            let c = f64::from(e.confidence);
            assert!(c > 0.0 && c <= 1.0, "{c} for {}", e.text);
            let right = gold.contains(&(e.start, e.end, e.entity_type()));
            let org = e.entity_type() == EntityType::Organization;
            let bin = ((c * 10.0) as usize).min(9);
            for table in if org { &mut bins[..] } else { &mut bins[..1] } {
                let b = &mut table[bin];
                b[0] += 1.0;
                b[1] += f64::from(u8::from(right));
                b[2] += c;
            }
        }
    }
    let error = |table: &[[f64; 3]; 10]| {
        let names: f64 = table.iter().map(|b| b[0]).sum();
        table.iter().map(|b| (b[2] - b[1]).abs()).sum::<f64>() / names.max(1.0)
    };
    let names = bins[0].iter().map(|b| b[0]).sum::<f64>() as usize;
    (error(&bins[0]), error(&bins[1]), names)
}

#[test]
fn confidence_is_calibrated_on_conll_dev() {
    let Some(conll) = factsift_dev::shared_data("conll2003/dev.txt") else { return };
    let docs = factsift_cli::conll::read_conll(conll.as_bytes()).expect("CoNLL dev reads");
    let (all, org, names) = calibration_error(&docs);
    println!("CoNLL dev calibration error {all:.3}, organizations {org:.3}, {names} names");
    // Shipped: 0.016, organizations 0.033.
    assert!(all <= 0.025, "calibration error {all:.3} over 0.025: re-train with --dev");
    assert!(org <= 0.05, "organizations' calibration error {org:.3} over 0.05");
}

#[test]
fn confidence_on_wikigold_stays_under_its_ceiling() {
    let Some(conll) = factsift_dev::shared_data("wikigold/wikigold.conll.txt") else { return };
    let docs = factsift_cli::conll::read_conll(conll.as_bytes()).expect("WikiGold reads");
    let (all, org, names) = calibration_error(&docs);
    println!("WikiGold calibration error {all:.3}, organizations {org:.3}, {names} names");
    // Platt scaling of the raw confidence: 0.183, organizations 0.299; shipped 0.151, 0.220.
    assert!(all <= 0.165, "calibration error {all:.3} over 0.165");
    assert!(org <= 0.245, "organizations' calibration error {org:.3} over 0.245");
}

//! Unpublished helper package: owns the workspace's cross-crate `tests/` and `benches/` (beside
//! this file), and holds the invariant checks that the property tests and the fuzz targets
//! share, and the access to the shared measuring data beside the repository.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use factsift::{Document, EntityKind};

/// The CoNLL-2003 English training set in the shared measuring data beside the repository.
pub const REUTERS_1996: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/conll2003/train.txt");

/// The environment variable under which a missing shared file fails the test instead of
/// skipping it (`.ci/run` sets it: CI always has `../shared` beside the clone).
pub const REQUIRE_SHARED: &str = "FACTSIFT_REQUIRE_SHARED";

/// Reads `relative` (e.g. `"recognizers/CurrencyModel.json"`) from the shared measuring data in
/// `../shared/data/` beside the repository, for the tests that measure against it.
///
/// A user who clones the repository has no `../shared`: then this returns `None` after writing
/// `skipped: <relative> is not beside the repository ...` to the terminal (straight to stderr, so
/// the test harness does not hide it), and the caller returns early:
///
/// ```
/// let Some(spec) = factsift_dev::shared_data("recognizers/PercentModel.json") else { return };
/// assert!(spec.starts_with('['));
/// ```
///
/// # Panics
///
/// When the file is missing or unreadable and [`REQUIRE_SHARED`] is set to `1` (as in CI), or
/// when the file exists but cannot be read.
pub fn shared_data(relative: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !shared_required() => {
            use std::io::Write;
            // Written to the process's stderr, not through eprintln!, which the harness captures.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: {} is not beside the repository (set {REQUIRE_SHARED}=1 to require it)",
                path.display()
            );
            None
        }
        Err(e) => {
            panic!("{}: {e} (the shared data must sit beside the repository)", path.display())
        }
    }
}

fn shared_required() -> bool {
    std::env::var(REQUIRE_SHARED).is_ok_and(|v| v == "1")
}

/// Real news to measure speed on: the articles of a CoNLL file rebuilt as natural text (as
/// `factsift eval --conll` reads them), one string per article; `None` when the file is not
/// there (the measuring data is never part of the repository).
pub fn news_articles(conll: impl AsRef<Path>) -> Option<Vec<String>> {
    let file = File::open(conll.as_ref()).ok()?;
    let docs = factsift::conll::read_conll(BufReader::new(file)).ok()?;
    Some(docs.into_iter().map(|d| d.text).collect())
}

/// Checks everything a caller may rely on in a [`Document`] found in `text`:
/// offsets on character boundaries that slice back to the entity's text, code-point offsets
/// that agree with the byte offsets, entities non-empty, in order and not overlapping, and
/// values consistent with the text. Returns the first broken rule.
///
/// ```
/// let text = "Trade rose 12% to $3.5 billion.";
/// let doc = factsift::Extractor::default().extract(text);
/// factsift_dev::check_document(text, &doc).unwrap();
/// ```
pub fn check_document(text: &str, doc: &Document<'_>) -> Result<(), String> {
    if doc.text() != text {
        return Err("document does not hold the input text".into());
    }
    let mut previous_end = 0;
    for e in doc.entities() {
        let slice = text
            .get(e.byte_start..e.byte_end)
            .ok_or_else(|| format!("{e:?}: byte range is not a char-boundary slice of the text"))?;
        if slice.is_empty() || slice != e.text {
            return Err(format!("{e:?}: text {slice:?} does not match"));
        }
        if e.byte_start < previous_end {
            return Err(format!("{e:?}: overlaps or is out of order"));
        }
        previous_end = e.byte_end;
        let start = text[..e.byte_start].chars().count();
        let end = start + slice.chars().count();
        if (e.start, e.end) != (start, end) {
            return Err(format!("{e:?}: code-point range should be {start}..{end}"));
        }
        if slice.trim() != slice {
            return Err(format!("{e:?}: span starts or ends with white space"));
        }
        if slice.chars().any(|c| c.is_control() && !c.is_whitespace()) {
            return Err(format!("{e:?}: span holds a control character"));
        }
        if !(0.0..=1.0).contains(&e.confidence) {
            return Err(format!("{e:?}: confidence out of range"));
        }
        check_values(&e.kind).map_err(|why| format!("{e:?}: {why}"))?;
    }
    Ok(())
}

fn check_values(kind: &EntityKind) -> Result<(), String> {
    let (value, min, max) = match kind {
        EntityKind::Money(m) => {
            if let Some(code) = m.currency.as_ref().map(factsift::Currency::as_str) {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(format!("currency {code:?} is not an ISO 4217 code"));
                }
            }
            (m.amount, m.min, m.max)
        }
        EntityKind::Percentage(p) => (p.value, p.min, p.max),
        EntityKind::Person(p) if p.name.is_empty() => return Err("empty person name".into()),
        _ => return Ok(()),
    };
    match (min, max) {
        (Some(lo), Some(hi)) if lo > hi => Err(format!("range {lo}..{hi} is upside down")),
        (Some(lo), Some(_)) if lo != value => Err("a range's value must be its lower bound".into()),
        (Some(_), None) | (None, Some(_)) => Err("a range needs both bounds".into()),
        _ => Ok(()),
    }
}

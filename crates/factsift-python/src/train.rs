//! `_train`: the native half of `factsift.train` (the Python half reads gold JSONL files).

use std::path::PathBuf;

use factsift::{EntityType, NameLabel, TrainDoc, TrainOptions};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// The name label of a type name; `None` for money and percentages (not names).
fn name_label(name: &str) -> PyResult<Option<NameLabel>> {
    let ty: EntityType = name.parse().map_err(|e| PyValueError::new_err(format!("{e}")))?;
    Ok(NameLabel::from_entity_type(ty))
}

/// A gold document as Python hands it over: text and (start, end, type) at code points.
type GoldDoc = (String, Vec<(usize, usize, String)>);

/// Trains a names model, as `factsift train` does, and returns the model file.
///
/// `docs` are (text, [(start, end, type)]) with code-point offsets; `conll` CoNLL-2003 files;
/// `annotated` the name types `docs` annotate. Training runs without the GIL.
#[pyfunction]
#[pyo3(signature = (docs, conll, annotated, from_scratch, epochs, seed))]
pub(crate) fn _train<'py>(
    py: Python<'py>,
    docs: Vec<GoldDoc>,
    conll: Vec<PathBuf>,
    annotated: Vec<String>,
    from_scratch: bool,
    epochs: usize,
    seed: u64,
) -> PyResult<Bound<'py, PyBytes>> {
    let mut annotated_labels = Vec::new();
    for name in &annotated {
        match name_label(name)? {
            Some(label) => annotated_labels.push(label),
            None => {
                return Err(PyValueError::new_err(format!(
                    "types: a names model learns person, place and organization, not {name}"
                )))
            }
        }
    }
    let mut train_docs = Vec::new();
    for path in &conll {
        let file = std::fs::File::open(path)?;
        let read = TrainDoc::read_conll(std::io::BufReader::new(file))
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", path.display())))?;
        train_docs.extend(read);
    }
    for (text, spans) in docs {
        let mut names = Vec::new();
        for (start, end, ty) in spans {
            if let Some(label) = name_label(&ty)? {
                names.push((start, end, label));
            }
        }
        train_docs.push(TrainDoc::from_char_spans(text, &names, &annotated_labels));
    }
    let options = TrainOptions {
        epochs,
        seed,
        base: (!from_scratch).then(factsift::builtin_names_model),
        ..TrainOptions::default()
    };
    let trained = py.detach(|| {
        let docs = factsift::title_case_headlines(train_docs, seed);
        factsift::train(&docs, &options, |_, _| {})
    });
    let trained = trained.map_err(|e| PyValueError::new_err(format!("the built-in model: {e}")))?;
    Ok(PyBytes::new(py, &trained.model))
}

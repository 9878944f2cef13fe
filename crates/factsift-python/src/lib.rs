//! Python bindings for factsift: the native module `factsift._native`.
//!
//! Built by maturin from `python/pyproject.toml`; the Python package `factsift` re-exports
//! everything here. All entity classes are frozen Rust objects whose `start`/`end` are code-point
//! offsets, which are exactly Python `str` indices, so `text[e.start:e.end] == e.text` for any text.
#![deny(unsafe_code)]
#![deny(missing_docs)]

mod columns;
mod convert;
mod document;
mod entities;
mod extractor;
mod train;

use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// The native half of the `factsift` Python package.
#[pymodule]
#[pyo3(name = "_native")]
fn factsift_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<extractor::Extractor>()?;
    m.add_function(wrap_pyfunction!(train::_train, m)?)?;
    m.add_class::<document::Document>()?;
    m.add_class::<entities::Person>()?;
    m.add_class::<entities::Place>()?;
    m.add_class::<entities::Organization>()?;
    m.add_class::<entities::Money>()?;
    m.add_class::<entities::Percentage>()?;
    m.add_function(wrap_pyfunction!(columns::_entity_columns, m)?)?;
    m.add_function(wrap_pyfunction!(columns::_columns, m)?)?;
    let labels = factsift::EntityType::ALL.map(factsift::EntityType::as_str);
    m.add("LABELS", PyTuple::new(m.py(), labels)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

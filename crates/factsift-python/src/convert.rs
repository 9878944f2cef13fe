//! Conversions between Python values and factsift's Rust values.

use factsift::Decimal;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyInt, PyString, PyType};
use pyo3::IntoPyObjectExt;

/// What `__reduce__` returns: the class to call and its arguments.
pub(crate) type Reduced<'py, Args> = PyResult<(Bound<'py, PyType>, Args)>;

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// The class `decimal.Decimal`, imported once.
fn decimal_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    DECIMAL.import(py, "decimal", "Decimal")
}

/// A `decimal.Decimal` built from the exact digits of `d` (never through a float).
pub(crate) fn py_decimal<'py>(py: Python<'py>, d: &Decimal) -> PyResult<Bound<'py, PyAny>> {
    decimal_type(py)?.call1((d.to_string(),))
}

/// `py_decimal` for an optional value (`None` stays `None`).
pub(crate) fn py_opt_decimal<'py>(
    py: Python<'py>,
    d: &Option<Decimal>,
) -> PyResult<Bound<'py, PyAny>> {
    match d {
        Some(d) => py_decimal(py, d),
        None => Ok(py.None().into_bound(py)),
    }
}

/// Any Rust value as a Python object.
pub(crate) fn py_value<'py, T: IntoPyObject<'py>>(
    py: Python<'py>,
    value: T,
) -> PyResult<Bound<'py, PyAny>> {
    value.into_bound_py_any(py)
}

/// The name of `obj`'s type, for error messages.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".to_string())
}

/// Reads an exact decimal from a `decimal.Decimal`, an `int` or a `str`; floats are refused
/// because they cannot say which decimal they stand for.
pub(crate) fn decimal_from_py(field: &str, obj: &Bound<'_, PyAny>) -> PyResult<Decimal> {
    let py = obj.py();
    let digits: String = if obj.is_instance(decimal_type(py)?)? {
        if !obj.call_method0("is_finite")?.is_truthy()? {
            return Err(PyValueError::new_err(format!("{field} must be a finite number")));
        }
        // Positional notation: "4.1E+10" becomes "41000000000".
        py.import("builtins")?.getattr("format")?.call1((obj, "f"))?.extract()?
    } else if obj.is_instance_of::<PyInt>() && !obj.is_instance_of::<pyo3::types::PyBool>() {
        obj.str()?.to_cow()?.into_owned()
    } else if let Ok(s) = obj.cast::<PyString>() {
        s.to_cow()?.trim().to_string()
    } else {
        return Err(PyTypeError::new_err(format!(
            "{field} must be a decimal.Decimal, int or str, not {} (floats are inexact)",
            type_name(obj)
        )));
    };
    digits.parse().map_err(|_| {
        PyValueError::new_err(format!(
            "{field} must be an exact decimal number such as '30.05', got {digits:?}"
        ))
    })
}

/// `decimal_from_py` for an optional value.
pub(crate) fn opt_decimal_from_py(
    field: &str,
    obj: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<Decimal>> {
    obj.filter(|o| !o.is_none()).map(|o| decimal_from_py(field, o)).transpose()
}

/// The UTF-8 text of a Python `str`. A lone surrogate (which no UTF-8 text can hold) gives a
/// `ValueError` naming `what` and the index of the offending character.
pub(crate) fn utf8_text(s: &Bound<'_, PyString>, what: &str) -> PyResult<String> {
    match s.to_cow() {
        Ok(text) => Ok(text.into_owned()),
        Err(cause) => {
            let py = s.py();
            let index = cause
                .value(py)
                .getattr("start")
                .and_then(|i| i.extract::<usize>())
                .map(|i| format!(" at index {i}"))
                .unwrap_or_default();
            let err = PyValueError::new_err(format!(
                "{what} contains a lone surrogate{index}, which is not valid Unicode text; \
                 fix the decoding that produced it (for example decode with errors='replace')"
            ));
            err.set_cause(py, Some(cause));
            Err(err)
        }
    }
}

/// A Python `str` from `obj`, or a `TypeError` saying what `what` should have been.
pub(crate) fn expect_str<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be a str, not {}", type_name(obj))))
}

/// The confidence as the Python float that prints like the `f32` (0.9, not 0.8999999761581421).
pub(crate) fn widen(confidence: f32) -> f64 {
    if confidence == 1.0 {
        return 1.0;
    }
    confidence.to_string().parse().unwrap_or(f64::from(confidence))
}

/// Turns increasing code-point offsets of one text into byte offsets, walking the text once.
///
/// Offsets must be asked in increasing order (as sorted entities give them); an ASCII text maps
/// each offset to itself without walking.
pub(crate) struct CodePoints<'a> {
    text: &'a str,
    ascii: bool,
    /// The code point and byte the walk has reached.
    at: (usize, usize),
}

impl<'a> CodePoints<'a> {
    pub(crate) fn new(text: &'a str) -> CodePoints<'a> {
        CodePoints { text, ascii: text.is_ascii(), at: (0, 0) }
    }

    /// The byte offset of code point `cp`, or `None` if it is past the end or was passed.
    pub(crate) fn byte_at(&mut self, cp: usize) -> Option<usize> {
        if self.ascii {
            return (cp <= self.text.len()).then_some(cp);
        }
        let (mut c, mut b) = self.at;
        for ch in self.text[b..].chars() {
            if c >= cp {
                break;
            }
            c += 1;
            b += ch.len_utf8();
        }
        (c == cp).then(|| {
            self.at = (c, b);
            b
        })
    }
}

//! Entities as Arrow columns: the buffers behind `factsift.to_arrow`.
//!
//! One pass over the documents' Rust entities fills the buffers of every column in Arrow's
//! layout (validity bitmaps, little-endian values, `i32` string offsets); Python wraps each as a
//! `pyarrow.Array` with `Array.from_buffers`, so no Python code runs per entity. Exact amounts are
//! strings of their decimal digits: no `decimal128` scale holds every amount the extractor
//! reports (both `99999999999999999999999999000000000000` and `0.00000000000000000000000001`
//! occur, 38 integer digits and 26 decimal places).

use std::io::Write;

use factsift::{Decimal, PlaceKind, Qualifier};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};

use crate::convert::{type_name, utf8_text, widen, CodePoints};
use crate::document::Document;
use crate::entities::{EntityClass, Money, Organization, Percentage, Person, Place, Span};

/// A batch is closed once one of its string columns holds this many bytes, so that `i32`
/// offsets never overflow (Arrow's `string` type).
const BATCH_BYTES: usize = 1 << 30;

/// A validity bitmap: bit `i` is set when row `i` has a value.
#[derive(Default)]
struct Validity {
    bits: Vec<u8>,
    len: usize,
    nulls: usize,
}

impl Validity {
    fn push(&mut self, present: bool) {
        if self.len % 8 == 0 {
            self.bits.push(0);
        }
        if present {
            self.bits[self.len / 8] |= 1 << (self.len % 8);
        } else {
            self.nulls += 1;
        }
        self.len += 1;
    }
}

/// A nullable UTF-8 column.
struct Strings {
    validity: Validity,
    offsets: Vec<u8>,
    data: Vec<u8>,
}

impl Strings {
    fn new() -> Strings {
        Strings {
            validity: Validity::default(),
            offsets: 0i32.to_le_bytes().to_vec(),
            data: vec![],
        }
    }

    fn close(&mut self, present: bool) {
        self.validity.push(present);
        // BATCH_BYTES keeps every batch's data far below i32::MAX.
        self.offsets.extend_from_slice(&(self.data.len() as i32).to_le_bytes());
    }

    fn push(&mut self, value: Option<&str>) {
        if let Some(s) = value {
            self.data.extend_from_slice(s.as_bytes());
        }
        self.close(value.is_some());
    }

    /// The exact decimal digits of `value` ("41000000000", "0.5").
    fn push_decimal(&mut self, value: Option<&Decimal>) {
        if let Some(d) = value {
            // Writing to a Vec cannot fail.
            let _ = write!(self.data, "{d}");
        }
        self.close(value.is_some());
    }
}

/// The typed fields of one entity, as the string columns hold them.
#[derive(Default)]
struct Typed<'a> {
    amount: Option<&'a Decimal>,
    currency: Option<&'a str>,
    value: Option<&'a Decimal>,
    percentage_kind: Option<&'static str>,
    min: Option<&'a Decimal>,
    max: Option<&'a Decimal>,
    qualifier: Option<&'static str>,
    name: Option<&'a str>,
    canonical: Option<&'a str>,
    title: Option<&'a str>,
    place_kind: Option<&'static str>,
    country: Option<&'a str>,
    acronym: Option<&'a str>,
}

impl<'a> Typed<'a> {
    fn bounds(
        qualifier: Option<Qualifier>,
        min: &'a Option<Decimal>,
        max: &'a Option<Decimal>,
    ) -> Typed<'a> {
        Typed {
            qualifier: qualifier.map(Qualifier::as_str),
            min: min.as_ref(),
            max: max.as_ref(),
            ..Typed::default()
        }
    }

    fn named(name: &'a str, canonical: &'a str) -> Typed<'a> {
        Typed { name: Some(name), canonical: Some(canonical), ..Typed::default() }
    }
}

/// One entity's span, label and typed fields, whichever of the five classes `obj` is.
fn fields<'a>(obj: &'a Bound<'_, PyAny>) -> Option<(&'a Span, &'static str, Typed<'a>)> {
    if let Ok(b) = obj.cast::<Person>() {
        let (e, d) = (b.get(), &b.get().data);
        let typed = Typed { title: d.title.as_deref(), ..Typed::named(&d.name, &d.canonical) };
        Some((&e.span, Person::LABEL, typed))
    } else if let Ok(b) = obj.cast::<Place>() {
        let (e, d) = (b.get(), &b.get().data);
        let typed = Typed {
            place_kind: d.kind.map(PlaceKind::as_str),
            country: d.country.as_deref(),
            ..Typed::named(&d.name, &d.canonical)
        };
        Some((&e.span, Place::LABEL, typed))
    } else if let Ok(b) = obj.cast::<Organization>() {
        let (e, d) = (b.get(), &b.get().data);
        let typed = Typed { acronym: d.acronym.as_deref(), ..Typed::named(&d.name, &d.canonical) };
        Some((&e.span, Organization::LABEL, typed))
    } else if let Ok(b) = obj.cast::<Money>() {
        let (e, d) = (b.get(), &b.get().data);
        let typed = Typed {
            amount: Some(&d.amount),
            currency: d.currency.as_ref().map(factsift::Currency::as_str),
            ..Typed::bounds(d.qualifier, &d.min, &d.max)
        };
        Some((&e.span, Money::LABEL, typed))
    } else if let Ok(b) = obj.cast::<Percentage>() {
        let (e, d) = (b.get(), &b.get().data);
        let typed = Typed {
            value: Some(&d.value),
            percentage_kind: Some(d.kind.as_str()),
            ..Typed::bounds(d.qualifier, &d.min, &d.max)
        };
        Some((&e.span, Percentage::LABEL, typed))
    } else {
        None
    }
}

/// The names of the string columns, in the order `Batch::strings` holds them.
const STRING_COLUMNS: [&str; 15] = [
    "type",
    "text",
    "amount",
    "currency",
    "value",
    "percentage_kind",
    "min",
    "max",
    "qualifier",
    "name",
    "canonical",
    "title",
    "place_kind",
    "country",
    "acronym",
];

/// The names of the `int64` columns, in the order `Batch::ints` holds them (`doc` is the
/// document's position, which Python turns into the `id` column).
const INT_COLUMNS: [&str; 5] = ["doc", "start", "end", "byte_start", "byte_end"];

/// The columns of a run of rows.
struct Batch {
    rows: usize,
    ints: [Vec<u8>; INT_COLUMNS.len()],
    confidence: Vec<u8>,
    strings: [Strings; STRING_COLUMNS.len()],
}

impl Batch {
    fn new() -> Batch {
        Batch {
            rows: 0,
            ints: std::array::from_fn(|_| Vec::new()),
            confidence: Vec::new(),
            strings: std::array::from_fn(|_| Strings::new()),
        }
    }

    fn is_full(&self) -> bool {
        self.strings.iter().any(|s| s.data.len() >= BATCH_BYTES)
    }

    fn push(&mut self, doc: usize, bytes: (usize, usize), span: &Span, label: &str, t: Typed<'_>) {
        let ints = [doc, span.start, span.end, bytes.0, bytes.1];
        for (column, v) in self.ints.iter_mut().zip(ints) {
            column.extend_from_slice(&(v as i64).to_le_bytes());
        }
        self.confidence.extend_from_slice(&widen(span.confidence).to_le_bytes());
        let [ty, text, amount, currency, value, pkind, min, max, qualifier, name, canonical, title, place_kind, country, acronym] =
            &mut self.strings;
        ty.push(Some(label));
        text.push(Some(&span.text));
        amount.push_decimal(t.amount);
        currency.push(t.currency);
        value.push_decimal(t.value);
        pkind.push(t.percentage_kind);
        min.push_decimal(t.min);
        max.push_decimal(t.max);
        qualifier.push(t.qualifier);
        name.push(t.name);
        canonical.push(t.canonical);
        title.push(t.title);
        place_kind.push(t.place_kind);
        country.push(t.country);
        acronym.push(t.acronym);
        self.rows += 1;
    }

    /// `(rows, [(column, null count, buffers)])`; a validity buffer of `None` means no nulls.
    fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let bytes = |b: &[u8]| PyBytes::new(py, b).into_any();
        let mut columns = Vec::new();
        for (name, values) in INT_COLUMNS.iter().zip(&self.ints) {
            columns.push((*name, 0, vec![None, Some(bytes(values))]));
        }
        columns.push(("confidence", 0, vec![None, Some(bytes(&self.confidence))]));
        for (name, s) in STRING_COLUMNS.iter().zip(&self.strings) {
            let validity = (s.validity.nulls > 0).then(|| bytes(&s.validity.bits));
            let buffers = vec![validity, Some(bytes(&s.offsets)), Some(bytes(&s.data))];
            columns.push((*name, s.validity.nulls, buffers));
        }
        (self.rows, columns).into_pyobject(py).map(Bound::into_any)
    }
}

/// The entities of `docs` (an iterable of `Document`s) as Arrow buffers: a list of batches,
/// each `(rows, [(column, null count, [validity, buffers...])])`, one row per entity.
#[pyfunction]
pub(crate) fn _entity_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let mut batches = Vec::new();
    let mut batch = Batch::new();
    for (i, item) in docs.try_iter()?.enumerate() {
        let item = item?;
        let doc = item.cast::<Document>().map_err(|_| {
            PyTypeError::new_err(format!(
                "to_arrow() takes Documents, got {} at position {i}",
                type_name(&item)
            ))
        })?;
        let doc = doc.get();
        let text = utf8_text(doc.text_ref(py), "the document's text")?;
        let mut offsets = CodePoints::new(&text);
        for entity in doc.entities_ref(py).iter() {
            let (span, label, typed) = fields(&entity).ok_or_else(|| {
                PyTypeError::new_err(format!("not an entity: {}", type_name(&entity)))
            })?;
            let bytes = offsets.byte_at(span.start).zip(offsets.byte_at(span.end));
            let bytes = bytes.ok_or_else(|| {
                PyRuntimeError::new_err(format!("entity {:?} lies outside its text", span.text))
            })?;
            batch.push(i, bytes, span, label, typed);
            if batch.is_full() {
                batches.push(std::mem::replace(&mut batch, Batch::new()).into_py(py)?);
            }
        }
    }
    if batch.rows > 0 || batches.is_empty() {
        batches.push(batch.into_py(py)?);
    }
    PyList::new(py, batches)
}

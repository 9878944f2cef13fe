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

/// The typed fields of one entity, as the optional string columns hold them.
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

/// What a column holds.
#[derive(Clone, Copy)]
enum Kind {
    /// `int64`: the document's position, which the caller's ids (of any type, maybe null)
    /// replace in Python.
    Id,
    /// `int64`, never null.
    Int,
    /// `float64`, never null.
    Float,
    /// A UTF-8 string, never null.
    Text,
    /// A UTF-8 string or null.
    OptionalText,
}

impl Kind {
    /// The Arrow type's name, as `pyarrow` spells it.
    fn arrow_type(self) -> &'static str {
        match self {
            Kind::Id | Kind::Int => "int64",
            Kind::Float => "float64",
            Kind::Text | Kind::OptionalText => "string",
        }
    }
}

/// Every column of the tables, in order: the one list behind `factsift.COLUMNS` and
/// `factsift.arrow_schema` (`_columns()`).
const COLUMNS: [(&str, Kind); 21] = [
    ("id", Kind::Id),
    ("type", Kind::Text),
    ("text", Kind::Text),
    ("start", Kind::Int),
    ("end", Kind::Int),
    ("byte_start", Kind::Int),
    ("byte_end", Kind::Int),
    ("confidence", Kind::Float),
    ("amount", Kind::OptionalText),
    ("currency", Kind::OptionalText),
    ("value", Kind::OptionalText),
    ("percentage_kind", Kind::OptionalText),
    ("min", Kind::OptionalText),
    ("max", Kind::OptionalText),
    ("qualifier", Kind::OptionalText),
    ("name", Kind::OptionalText),
    ("canonical", Kind::OptionalText),
    ("title", Kind::OptionalText),
    ("place_kind", Kind::OptionalText),
    ("country", Kind::OptionalText),
    ("acronym", Kind::OptionalText),
];

/// `(name, Arrow type, nullable)` for every column of `to_arrow`'s tables, in order.
#[pyfunction]
pub(crate) fn _columns() -> Vec<(&'static str, &'static str, bool)> {
    let nullable = |kind| matches!(kind, Kind::Id | Kind::OptionalText);
    COLUMNS.iter().map(|&(name, kind)| (name, kind.arrow_type(), nullable(kind))).collect()
}

/// One row's value in one column.
enum Cell<'a> {
    Int(usize),
    Float(f64),
    Text(Option<&'a str>),
    Decimal(Option<&'a Decimal>),
}

/// One column's buffers.
enum Column {
    /// Little-endian values of a fixed width (`int64` or `float64`).
    Fixed(Vec<u8>),
    Strings(Strings),
}

impl Column {
    fn new(kind: Kind) -> Column {
        match kind {
            Kind::Id | Kind::Int | Kind::Float => Column::Fixed(Vec::new()),
            Kind::Text | Kind::OptionalText => Column::Strings(Strings::new()),
        }
    }

    fn push(&mut self, cell: Cell<'_>) {
        match (self, cell) {
            (Column::Fixed(v), Cell::Int(x)) => v.extend_from_slice(&(x as i64).to_le_bytes()),
            (Column::Fixed(v), Cell::Float(x)) => v.extend_from_slice(&x.to_le_bytes()),
            (Column::Strings(s), Cell::Text(x)) => s.push(x),
            (Column::Strings(s), Cell::Decimal(x)) => s.push_decimal(x),
            // `Batch::push` writes the cells in the order and kinds of `COLUMNS`.
            _ => unreachable!("a cell of another kind than its column"),
        }
    }
}

/// The columns of a run of rows.
struct Batch {
    rows: usize,
    columns: [Column; COLUMNS.len()],
}

impl Batch {
    fn new() -> Batch {
        Batch { rows: 0, columns: std::array::from_fn(|i| Column::new(COLUMNS[i].1)) }
    }

    fn is_full(&self) -> bool {
        let full = |c: &Column| matches!(c, Column::Strings(s) if s.data.len() >= BATCH_BYTES);
        self.columns.iter().any(full)
    }

    fn push(&mut self, doc: usize, bytes: (usize, usize), span: &Span, label: &str, t: Typed<'_>) {
        use Cell::{Decimal, Float, Int, Text};
        let cells: [Cell<'_>; COLUMNS.len()] = [
            Int(doc),
            Text(Some(label)),
            Text(Some(&span.text)),
            Int(span.start),
            Int(span.end),
            Int(bytes.0),
            Int(bytes.1),
            Float(widen(span.confidence)),
            Decimal(t.amount),
            Text(t.currency),
            Decimal(t.value),
            Text(t.percentage_kind),
            Decimal(t.min),
            Decimal(t.max),
            Text(t.qualifier),
            Text(t.name),
            Text(t.canonical),
            Text(t.title),
            Text(t.place_kind),
            Text(t.country),
            Text(t.acronym),
        ];
        for (column, cell) in self.columns.iter_mut().zip(cells) {
            column.push(cell);
        }
        self.rows += 1;
    }

    /// `(rows, [(column, null count, buffers)])` in the order of `COLUMNS`; a validity buffer
    /// of `None` means no nulls.
    fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let bytes = |b: &[u8]| PyBytes::new(py, b).into_any();
        let mut columns = Vec::new();
        for ((name, _), column) in COLUMNS.iter().zip(&self.columns) {
            columns.push(match column {
                Column::Fixed(values) => (*name, 0, vec![None, Some(bytes(values))]),
                Column::Strings(s) => {
                    let validity = (s.validity.nulls > 0).then(|| bytes(&s.validity.bits));
                    (
                        *name,
                        s.validity.nulls,
                        vec![validity, Some(bytes(&s.offsets)), Some(bytes(&s.data))],
                    )
                }
            });
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

//! The five entity classes: `Person`, `Place`, `Organization`, `Money`, `Percentage`.
//!
//! Each is a frozen Python object holding factsift's own typed payload, so building one costs a
//! move, and typed values (like `decimal.Decimal` amounts) are made only when read.

use factsift::{Currency, Decimal, PlaceKind, Qualifier, SmolStr, UnknownLabel};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::convert::{
    decimal_from_py, opt_decimal_from_py, py_decimal, py_opt_decimal, py_value, widen, Reduced,
};

/// What every entity has: where it is and how sure the extractor is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub(crate) text: SmolStr,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// As factsift keeps it; widened for Python only when read.
    pub(crate) confidence: f32,
}

impl Span {
    /// A span checked for consistency (for entities built from Python).
    fn checked(text: String, start: usize, end: usize, confidence: f64) -> PyResult<Span> {
        let len = text.chars().count();
        if end < start || end - start != len {
            return Err(PyValueError::new_err(format!(
                "start={start} and end={end} do not fit text {text:?} ({len} characters)"
            )));
        }
        if !(0.0..=1.0).contains(&confidence) {
            return Err(PyValueError::new_err(format!(
                "confidence must be between 0 and 1, got {confidence}"
            )));
        }
        Ok(Span { text: text.into(), start, end, confidence: confidence as f32 })
    }
}

/// The parts of an entity class that the shared methods need.
pub(crate) trait EntityClass: pyo3::PyClass {
    /// The label (`"money"`...), as in the CLI's JSONL `type`.
    const LABEL: &'static str;
    /// The typed fields, in constructor order (also `__match_args__`).
    const FIELDS: &'static [&'static str];
    /// Where the entity is.
    fn span(&self) -> &Span;
    /// The typed fields' values, in the order of `FIELDS`.
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>>;
}

/// `(name, value)` for every field, span first, then typed fields, then the confidence.
fn items<'py, T: EntityClass>(
    e: &T,
    py: Python<'py>,
) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
    let span = e.span();
    let mut out = vec![
        ("text", py_value(py, span.text.as_str())?),
        ("start", py_value(py, span.start)?),
        ("end", py_value(py, span.end)?),
    ];
    out.extend(T::FIELDS.iter().copied().zip(e.values(py)?));
    out.push(("confidence", py_value(py, widen(span.confidence))?));
    Ok(out)
}

fn to_dict<'py, T: EntityClass>(e: &T, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("type", T::LABEL)?;
    for (k, v) in items(e, py)? {
        dict.set_item(k, v)?;
    }
    Ok(dict)
}

fn repr<T: EntityClass>(e: &T, py: Python<'_>) -> PyResult<String> {
    let parts = items(e, py)?
        .into_iter()
        .map(|(k, v)| Ok(format!("{k}={}", v.repr()?)))
        .collect::<PyResult<Vec<_>>>()?;
    let name = py.get_type::<T>().name()?;
    Ok(format!("{name}({})", parts.join(", ")))
}

fn hash<T: EntityClass>(e: &T, py: Python<'_>) -> PyResult<isize> {
    let mut values = vec![py_value(py, T::LABEL)?];
    values.extend(items(e, py)?.into_iter().map(|(_, v)| v));
    PyTuple::new(py, values)?.hash()
}

fn reduce<'py, T: EntityClass>(e: &T, py: Python<'py>) -> Reduced<'py, Bound<'py, PyTuple>> {
    let args = PyTuple::new(py, items(e, py)?.into_iter().map(|(_, v)| v))?;
    Ok((py.get_type::<T>(), args))
}

/// A short description of the typed values (`"amount=41000000000, currency=USD"`), for tooltips.
pub(crate) fn describe<T: EntityClass>(e: &T, py: Python<'_>) -> PyResult<String> {
    let mut parts = Vec::new();
    for (k, v) in T::FIELDS.iter().zip(e.values(py)?) {
        if !v.is_none() {
            parts.push(format!("{k}={}", v.str()?));
        }
    }
    Ok(parts.join(", "))
}

/// The methods every entity class shares, plus the class's own (`$own`); `with name` adds the
/// `name` and `canonical` of names (people, places, organizations), `with bounds` the
/// `qualifier`, `min` and `max` of amounts (money and percentages).
macro_rules! entity_methods {
    ($class:ident with name { $($own:tt)* }) => {
        entity_methods!($class {
            $($own)*

            /// The name as written, without title or possessive ("Tokayev", "Nur-Sultan", "SCO").
            #[getter]
            fn name(&self) -> &str {
                &self.data.name
            }

            /// The standard form: a person's fullest name in the document ("Kassym-Jomart
            /// Tokayev" for "Tokayev"), a place's standard name ("Astana" for "Nur-Sultan"), an
            /// organization's full name where the document ties an acronym to one.
            #[getter]
            fn canonical(&self) -> &str {
                &self.data.canonical
            }
        });
    };
    ($class:ident with bounds { $($own:tt)* }) => {
        entity_methods!($class {
            $($own)*

            /// A word before the number that bounds or softens it ("approximately", "at_least",
            /// "more_than", "at_most", "less_than"), or None.
            #[getter]
            fn qualifier(&self) -> Option<&'static str> {
                self.data.qualifier.map(Qualifier::as_str)
            }

            /// Lower bound of a range ("$5-10 million" -> Decimal('5000000'), "10-15%" ->
            /// Decimal('10')), or None.
            #[getter]
            fn min<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                py_opt_decimal(py, &self.data.min)
            }

            /// Upper bound of a range ("$5-10 million" -> Decimal('10000000'), "10-15%" ->
            /// Decimal('15')), or None.
            #[getter]
            fn max<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                py_opt_decimal(py, &self.data.max)
            }
        });
    };
    ($class:ident { $($own:tt)* }) => {
        #[pymethods]
        impl $class {
            $($own)*

            /// The mention exactly as it stands in the document (`doc.text[start:end]`).
            #[getter]
            fn text(&self) -> &str {
                &self.span.text
            }

            /// Index of the mention's first character in the document's text (a `str` index).
            #[getter]
            fn start(&self) -> usize {
                self.span.start
            }

            /// Index one past the mention's last character (`doc.text[start:end] == text`).
            #[getter]
            fn end(&self) -> usize {
                self.span.end
            }

            /// How sure the extractor is, from 0 to 1: 1 for money, percentages and names the
            /// caller added; for other names, the estimated chance that the name is right
            /// (calibrated on held-out news; an upper bound and a ranking on other genres).
            #[getter]
            fn confidence(&self) -> f64 {
                widen(self.span.confidence)
            }

            /// The entity type: "person", "place", "organization", "money" or "percentage"
            /// (the JSONL's `type`).
            #[getter]
            fn r#type(&self) -> &'static str {
                <Self as EntityClass>::LABEL
            }

            /// The same as `type` (its older name, kept so that code using it goes on working).
            #[getter]
            fn label(&self) -> &'static str {
                <Self as EntityClass>::LABEL
            }

            /// The typed fields, for positional patterns in `match` statements.
            #[classattr]
            fn __match_args__(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
                PyTuple::new(py, <Self as EntityClass>::FIELDS)
            }

            /// All fields as a dict, keyed as in the JSONL: type, text, start, end, the typed
            /// fields, confidence.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                to_dict(self, py)
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                repr(self, py)
            }

            fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
                *self == *other
            }

            fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
                hash(self, py)
            }

            fn __reduce__<'py>(
                &self,
                py: Python<'py>,
            ) -> Reduced<'py, Bound<'py, PyTuple>> {
                reduce(self, py)
            }
        }
    };
}

/// Reads one of a fixed set of labels (`kind`, `qualifier`) into its enum value.
fn parse_choice<T: std::str::FromStr<Err = UnknownLabel>>(field: &str, value: &str) -> PyResult<T> {
    value.parse().map_err(|e: UnknownLabel| {
        let names: Vec<String> = e.expected.iter().map(|n| format!("'{n}'")).collect();
        PyValueError::new_err(format!("{field} must be one of {}, got '{value}'", names.join(", ")))
    })
}

/// The qualifier and range bounds of an amount, as given to a constructor.
struct Bounds {
    qualifier: Option<Qualifier>,
    min: Option<Decimal>,
    max: Option<Decimal>,
}

impl Bounds {
    fn from_py(
        qualifier: Option<&str>,
        min: Option<&Bound<'_, PyAny>>,
        max: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Bounds> {
        Ok(Bounds {
            qualifier: qualifier.map(|v| parse_choice("qualifier", v)).transpose()?,
            min: opt_decimal_from_py("min", min)?,
            max: opt_decimal_from_py("max", max)?,
        })
    }
}

/// The Python values of an amount's qualifier and bounds.
fn bounds_values<'py>(
    py: Python<'py>,
    qualifier: Option<Qualifier>,
    min: &Option<Decimal>,
    max: &Option<Decimal>,
) -> PyResult<[Bound<'py, PyAny>; 3]> {
    Ok([
        py_value(py, qualifier.map(Qualifier::as_str))?,
        py_opt_decimal(py, min)?,
        py_opt_decimal(py, max)?,
    ])
}

/// A currency code given from Python: three capital letters.
fn currency_from_py(code: &str) -> PyResult<Currency> {
    match code.parse() {
        Ok(c) if code.bytes().all(|b| b.is_ascii_uppercase()) => Ok(c),
        _ => Err(PyValueError::new_err(format!(
            "currency must be an ISO 4217 code of three capital letters, got {code:?}"
        ))),
    }
}

/// A person mentioned in the text.
///
/// Fields: `name` (as written, without title or possessive), `title` ("President", or None)
/// and `canonical` (the fullest form of this person's name in the document), plus the shared
/// `text`, `start`, `end`, `type` ("person") and `confidence`.
#[pyclass(frozen, module = "factsift")]
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub(crate) span: Span,
    pub(crate) data: factsift::Person,
}

impl EntityClass for Person {
    const LABEL: &'static str = "person";
    const FIELDS: &'static [&'static str] = &["name", "title", "canonical"];
    fn span(&self) -> &Span {
        &self.span
    }
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let d = &self.data;
        let (name, canonical) = (d.name.as_str(), d.canonical.as_str());
        Ok(vec![py_value(py, name)?, py_value(py, d.title.as_deref())?, py_value(py, canonical)?])
    }
}

entity_methods!(Person with name {
    #[new]
    #[pyo3(signature = (text, start, end, name, title=None, canonical=None, confidence=1.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        name: String,
        title: Option<String>,
        canonical: Option<String>,
        confidence: f64,
    ) -> PyResult<Self> {
        let (name, title) = (SmolStr::from(name), title.map(SmolStr::from));
        let canonical = canonical.map_or_else(|| name.clone(), SmolStr::from);
        let data = factsift::Person { name, title, canonical };
        Ok(Person { span: Span::checked(text, start, end, confidence)?, data })
    }

    /// A title standing right before the name ("President"), or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.data.title.as_deref()
    }
});

/// A place: a country, city, region, natural feature or named structure.
///
/// Fields: `name` (as written), `canonical` (the standard name), `kind` ("country", "city",
/// "region", "natural" or None) and `country` (ISO 3166-1 alpha-2 code or None),
/// plus the shared `text`, `start`, `end`, `type` ("place") and `confidence`.
#[pyclass(frozen, module = "factsift")]
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub(crate) span: Span,
    pub(crate) data: factsift::Place,
}

impl EntityClass for Place {
    const LABEL: &'static str = "place";
    const FIELDS: &'static [&'static str] = &["name", "canonical", "kind", "country"];
    fn span(&self) -> &Span {
        &self.span
    }
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let d = &self.data;
        Ok(vec![
            py_value(py, d.name.as_str())?,
            py_value(py, d.canonical.as_str())?,
            py_value(py, d.kind.map(PlaceKind::as_str))?,
            py_value(py, d.country.as_deref())?,
        ])
    }
}

entity_methods!(Place with name {
    #[new]
    #[pyo3(signature = (text, start, end, name, canonical=None, kind=None, country=None, confidence=1.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        name: String,
        canonical: Option<String>,
        kind: Option<&str>,
        country: Option<String>,
        confidence: f64,
    ) -> PyResult<Self> {
        let kind = kind.map(|k| parse_choice("kind", k)).transpose()?;
        let (name, country) = (SmolStr::from(name), country.map(SmolStr::from));
        let canonical = canonical.map_or_else(|| name.clone(), SmolStr::from);
        let data = factsift::Place { name, canonical, kind, country };
        Ok(Place { span: Span::checked(text, start, end, confidence)?, data })
    }

    /// "country", "city", "region" or "natural", or None where unknown.
    #[getter]
    fn kind(&self) -> Option<&'static str> {
        self.data.kind.map(PlaceKind::as_str)
    }

    /// ISO 3166-1 alpha-2 code of the country it is or lies in ("KZ"), or None where unknown.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.data.country.as_deref()
    }
});

/// An organization: a company, government body, international body, party, team, newspaper...
///
/// Fields: `name` (as written), `acronym` ("SCO", or None) and `canonical` (the full name where
/// the document ties an acronym to one), plus the shared `text`, `start`, `end`, `type`
/// ("organization") and `confidence`.
#[pyclass(frozen, module = "factsift")]
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    pub(crate) span: Span,
    pub(crate) data: factsift::Organization,
}

impl EntityClass for Organization {
    const LABEL: &'static str = "organization";
    const FIELDS: &'static [&'static str] = &["name", "acronym", "canonical"];
    fn span(&self) -> &Span {
        &self.span
    }
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let d = &self.data;
        let (name, canonical) = (d.name.as_str(), d.canonical.as_str());
        Ok(vec![py_value(py, name)?, py_value(py, d.acronym.as_deref())?, py_value(py, canonical)?])
    }
}

entity_methods!(Organization with name {
    #[new]
    #[pyo3(signature = (text, start, end, name, acronym=None, canonical=None, confidence=1.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        name: String,
        acronym: Option<String>,
        canonical: Option<String>,
        confidence: f64,
    ) -> PyResult<Self> {
        let (name, acronym) = (SmolStr::from(name), acronym.map(SmolStr::from));
        let canonical = canonical.map_or_else(|| name.clone(), SmolStr::from);
        let data = factsift::Organization { name, acronym, canonical };
        Ok(Organization { span: Span::checked(text, start, end, confidence)?, data })
    }

    /// Its acronym where the document gives one ("SCO"), or None.
    #[getter]
    fn acronym(&self) -> Option<&str> {
        self.data.acronym.as_deref()
    }
});

/// An amount of money.
///
/// Fields: `amount` (exact `decimal.Decimal` in whole currency units; for a range, the lower
/// bound), `currency` (ISO 4217 code, or None where the text does not say), `qualifier`
/// ("approximately", "at_least", "more_than", "at_most", "less_than" or None), `min` and `max`
/// (range bounds as `Decimal`, or None), plus the shared `text`, `start`, `end`, `type`
/// ("money") and `confidence`.
#[pyclass(frozen, module = "factsift")]
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    pub(crate) span: Span,
    pub(crate) data: factsift::Money,
}

impl EntityClass for Money {
    const LABEL: &'static str = "money";
    const FIELDS: &'static [&'static str] = &["amount", "currency", "qualifier", "min", "max"];
    fn span(&self) -> &Span {
        &self.span
    }
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let d = &self.data;
        let mut values = vec![
            py_decimal(py, &d.amount)?,
            py_value(py, d.currency.as_ref().map(Currency::as_str))?,
        ];
        values.extend(bounds_values(py, d.qualifier, &d.min, &d.max)?);
        Ok(values)
    }
}

entity_methods!(Money with bounds {
    #[new]
    #[pyo3(signature = (text, start, end, amount, currency=None, qualifier=None, min=None, max=None, confidence=1.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        amount: &Bound<'_, PyAny>,
        currency: Option<&str>,
        qualifier: Option<&str>,
        min: Option<&Bound<'_, PyAny>>,
        max: Option<&Bound<'_, PyAny>>,
        confidence: f64,
    ) -> PyResult<Self> {
        let Bounds { qualifier, min, max } = Bounds::from_py(qualifier, min, max)?;
        let data = factsift::Money {
            amount: decimal_from_py("amount", amount)?,
            currency: currency.map(currency_from_py).transpose()?,
            qualifier,
            min,
            max,
        };
        Ok(Money { span: Span::checked(text, start, end, confidence)?, data })
    }

    /// The exact amount in whole currency units, as `decimal.Decimal` ("$30.05 billion" ->
    /// Decimal('30050000000'), "50 cents" -> Decimal('0.5')); for a range, the lower bound.
    #[getter]
    fn amount<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_decimal(py, &self.data.amount)
    }

    /// ISO 4217 code where the text determines one ("USD", "EUR", "KZT"), else None.
    #[getter]
    fn currency(&self) -> Option<&str> {
        self.data.currency.as_ref().map(Currency::as_str)
    }
});

/// A percentage, or a change in percentage points or basis points.
///
/// Fields: `value` (exact `decimal.Decimal` in the unit of `kind`: 15.5 for "15.5%"; for a
/// range, the lower bound), `kind` ("percent", "percentage_points" or "basis_points"),
/// `qualifier`, `min` and `max` (as for `Money`), plus the shared `text`, `start`, `end`,
/// `type` ("percentage") and `confidence`.
#[pyclass(frozen, module = "factsift")]
#[derive(Debug, Clone, PartialEq)]
pub struct Percentage {
    pub(crate) span: Span,
    pub(crate) data: factsift::Percentage,
}

impl EntityClass for Percentage {
    const LABEL: &'static str = "percentage";
    const FIELDS: &'static [&'static str] = &["value", "kind", "qualifier", "min", "max"];
    fn span(&self) -> &Span {
        &self.span
    }
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let d = &self.data;
        let mut values = vec![py_decimal(py, &d.value)?, py_value(py, d.kind.as_str())?];
        values.extend(bounds_values(py, d.qualifier, &d.min, &d.max)?);
        Ok(values)
    }
}

entity_methods!(Percentage with bounds {
    #[new]
    #[pyo3(signature = (text, start, end, value, kind="percent", qualifier=None, min=None, max=None, confidence=1.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        value: &Bound<'_, PyAny>,
        kind: &str,
        qualifier: Option<&str>,
        min: Option<&Bound<'_, PyAny>>,
        max: Option<&Bound<'_, PyAny>>,
        confidence: f64,
    ) -> PyResult<Self> {
        let Bounds { qualifier, min, max } = Bounds::from_py(qualifier, min, max)?;
        let data = factsift::Percentage {
            value: decimal_from_py("value", value)?,
            kind: parse_choice("kind", kind)?,
            qualifier,
            min,
            max,
        };
        Ok(Percentage { span: Span::checked(text, start, end, confidence)?, data })
    }

    /// The number as written, in the unit of `kind`, as `decimal.Decimal` (Decimal('15.5')
    /// for "15.5%"); for a range, the lower bound.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_decimal(py, &self.data.value)
    }

    /// "percent", "percentage_points" or "basis_points".
    #[getter]
    fn kind(&self) -> &'static str {
        self.data.kind.as_str()
    }
});

/// Wraps one of factsift's entities in its Python class.
pub(crate) fn entity_to_py(py: Python<'_>, e: factsift::Entity) -> PyResult<Bound<'_, PyAny>> {
    use factsift::EntityKind;
    let span = Span { text: e.text, start: e.start, end: e.end, confidence: e.confidence };
    Ok(match e.kind {
        EntityKind::Person(data) => Bound::new(py, Person { span, data })?.into_any(),
        EntityKind::Place(data) => Bound::new(py, Place { span, data })?.into_any(),
        EntityKind::Organization(data) => Bound::new(py, Organization { span, data })?.into_any(),
        EntityKind::Money(data) => Bound::new(py, Money { span, data })?.into_any(),
        EntityKind::Percentage(data) => Bound::new(py, Percentage { span, data })?.into_any(),
    })
}

/// Runs `$body` with `$e` bound to the Rust entity inside `$obj`, whichever of the five classes
/// it is; `None` if `$obj` is not an entity.
macro_rules! with_entity {
    ($obj:expr, |$e:ident| $body:expr) => {{
        use $crate::entities::{Money, Organization, Percentage, Person, Place};
        let obj = $obj;
        if let Ok(b) = obj.cast::<Person>() {
            let $e = b.get();
            Some($body)
        } else if let Ok(b) = obj.cast::<Place>() {
            let $e = b.get();
            Some($body)
        } else if let Ok(b) = obj.cast::<Organization>() {
            let $e = b.get();
            Some($body)
        } else if let Ok(b) = obj.cast::<Money>() {
            let $e = b.get();
            Some($body)
        } else if let Ok(b) = obj.cast::<Percentage>() {
            let $e = b.get();
            Some($body)
        } else {
            None
        }
    }};
}
pub(crate) use with_entity;

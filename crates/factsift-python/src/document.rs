//! `Document`: the text and the entities found in it, with Jupyter rendering.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PySlice, PyString, PyTuple};

use crate::convert::{type_name, utf8_text, CodePoints, Reduced};
use crate::entities::{
    describe, entity_to_py, with_entity, EntityClass, Money, Organization, Percentage, Person,
    Place,
};

/// The entities found in one text, in text order and never overlapping.
///
/// Iterate over it for every entity, or use `people`, `places`, `organizations`, `money` and
/// `percentages`. `len(doc)` counts entities, `doc[i]` indexes them, `doc.text` is the text.
/// In Jupyter, a document displays as its text with highlighted, labelled entities.
#[pyclass(frozen, sequence, module = "factsift")]
pub struct Document {
    text: Py<PyString>,
    entities: Py<PyTuple>,
}

/// How many converted entities' room [`Document::from_rust`] gives back at a time (about a
/// MiB).
const SHRINK_STEP: usize = 8192;

impl Document {
    /// A document from factsift's entities for `text` (already sorted and checked).
    pub(crate) fn from_rust(
        py: Python<'_>,
        text: Py<PyString>,
        mut entities: Vec<factsift::Entity>,
    ) -> PyResult<Document> {
        // Made from the back, so the Rust entities' buffer shrinks as they become Python
        // objects: a long text's entities are not held twice.
        let mut objects = Vec::with_capacity(entities.len());
        while let Some(e) = entities.pop() {
            objects.push(entity_to_py(py, e)?);
            if entities.capacity() - entities.len() >= SHRINK_STEP {
                entities.shrink_to_fit();
            }
        }
        objects.reverse();
        Ok(Document { text, entities: PyTuple::new(py, objects)?.unbind() })
    }

    /// The text, borrowed.
    pub(crate) fn text_ref<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        self.text.bind(py)
    }

    /// The entities, borrowed.
    pub(crate) fn entities_ref<'py>(&self, py: Python<'py>) -> &Bound<'py, PyTuple> {
        self.entities.bind(py)
    }

    fn of_type<'py, T: pyo3::PyTypeInfo>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let found = self.entities.bind(py).iter().filter(|e| e.is_instance_of::<T>());
        PyList::new(py, found)
    }
}

#[pymethods]
impl Document {
    /// A document from a text and its entities (as `extract` makes them; checked here).
    #[new]
    #[pyo3(signature = (text, entities=None))]
    fn new(text: &Bound<'_, PyAny>, entities: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let py = text.py();
        let text = crate::convert::expect_str(text, "text")?;
        let mut items = Vec::new();
        if let Some(entities) = entities {
            let mut prev_end = 0;
            for item in entities.try_iter()? {
                let item = item?;
                let (start, end, mention) =
                    with_entity!(&item, |e| (e.span().start, e.span().end, e.span().text.clone()))
                        .ok_or_else(|| {
                            PyTypeError::new_err(format!(
                                "entities must be Person, Place, Organization, Money or \
                                 Percentage objects, not {}",
                                type_name(&item)
                            ))
                        })?;
                if slice(text, start, end)?.to_cow()? != mention.as_str() {
                    return Err(PyValueError::new_err(format!(
                        "entity {mention:?} does not match text[{start}:{end}]"
                    )));
                }
                if start < prev_end {
                    return Err(PyValueError::new_err(
                        "entities must be in text order and must not overlap",
                    ));
                }
                prev_end = end;
                items.push(item);
            }
        }
        Ok(Document { text: text.clone().unbind(), entities: PyTuple::new(py, items)?.unbind() })
    }

    /// The text the entities were found in.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// All entities, in text order, as a tuple.
    #[getter]
    fn entities(&self, py: Python<'_>) -> Py<PyTuple> {
        self.entities.clone_ref(py)
    }

    /// The `Person` entities, in text order.
    #[getter]
    fn people<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.of_type::<Person>(py)
    }

    /// The `Place` entities, in text order.
    #[getter]
    fn places<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.of_type::<Place>(py)
    }

    /// The `Organization` entities, in text order.
    #[getter]
    fn organizations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.of_type::<Organization>(py)
    }

    /// The `Money` entities, in text order.
    #[getter]
    fn money<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.of_type::<Money>(py)
    }

    /// The `Percentage` entities, in text order.
    #[getter]
    fn percentages<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.of_type::<Percentage>(py)
    }

    /// Every entity as a dict (see the entities' `to_dict`), in text order.
    fn to_dicts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let dicts = self
            .entities
            .bind(py)
            .iter()
            .map(|e| e.call_method0("to_dict"))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, dicts)
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.entities.bind(py).len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.entities.bind(py).as_any().try_iter()?.into_any())
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.entities.bind(py).as_any().get_item(index)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py);
        let n = text.len()?;
        let shown = if n > 60 {
            format!("{}...", slice(text, 0, 57)?.to_cow()?)
        } else {
            text.to_cow()?.into_owned()
        };
        let shown = PyString::new(py, &shown).repr()?;
        Ok(format!("Document(text={shown}, entities={})", self.__len__(py)))
    }

    fn __eq__(&self, py: Python<'_>, other: PyRef<'_, Self>) -> PyResult<bool> {
        Ok(PyAnyMethods::eq(self.text.bind(py).as_any(), other.text.bind(py))?
            && PyAnyMethods::eq(self.entities.bind(py).as_any(), other.entities.bind(py))?)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.text.bind(py), self.entities.bind(py)).into_pyobject(py)?.hash()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (Py<PyString>, Py<PyTuple>)> {
        Ok((py.get_type::<Document>(), (self.text(py), self.entities(py))))
    }

    /// The document as HTML: its text (escaped) in a `<div class="factsift-document">`, each
    /// entity in a coloured `<mark>` labelled with its type, its values in the tooltip. Jupyter
    /// shows this for a `Document`; write it to a file to view it in a browser.
    fn to_html(&self, py: Python<'_>) -> PyResult<String> {
        let text = utf8_text(self.text.bind(py), "the document's text")?;
        let mut marks = Vec::new();
        for item in self.entities.bind(py).iter() {
            let mark = with_entity!(&item, |e| {
                let span = e.span();
                describe(e, py).map(|title| Mark {
                    start: span.start,
                    end: span.end,
                    label: label_of(e),
                    title,
                })
            });
            if let Some(mark) = mark {
                marks.push(mark?);
            }
        }
        Ok(render_html(&text, &marks))
    }

    /// HTML for Jupyter (see `to_html`).
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        self.to_html(py)
    }
}

/// `text[start:end]` (code-point indices).
fn slice<'py>(
    text: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let slice = PySlice::new(text.py(), start as isize, end as isize, 1);
    Ok(text.as_any().get_item(slice)?.cast_into::<PyString>()?)
}

fn label_of<T: EntityClass>(_: &T) -> &'static str {
    T::LABEL
}

/// One highlighted entity: code-point range, label and tooltip.
struct Mark {
    start: usize,
    end: usize,
    label: &'static str,
    title: String,
}

/// Background colour per label.
fn colour(label: &str) -> &'static str {
    match label {
        "person" => "#ffd8a8",
        "place" => "#b2f2bb",
        "organization" => "#a5d8ff",
        "money" => "#ffec99",
        _ => "#e5dbff",
    }
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// The text with `marks` (sorted, not overlapping, code-point offsets) highlighted.
fn render_html(text: &str, marks: &[Mark]) -> String {
    let mut out = String::with_capacity(text.len() * 2 + marks.len() * 300);
    out.push_str(
        "<div class=\"factsift-document\" style=\"white-space: pre-wrap; line-height: 2.1; \
         font-family: system-ui, sans-serif;\">",
    );
    // Marks are sorted, so one cursor walks the text once.
    let mut offsets = CodePoints::new(text);
    let mut pos = 0;
    for m in marks {
        let (Some(a), Some(b)) = (offsets.byte_at(m.start), offsets.byte_at(m.end)) else {
            continue;
        };
        if a < pos {
            continue;
        }
        escape(&text[pos..a], &mut out);
        out.push_str("<mark class=\"factsift-entity factsift-");
        out.push_str(m.label);
        out.push_str("\" data-label=\"");
        out.push_str(m.label);
        out.push_str("\" title=\"");
        escape(m.label, &mut out);
        if !m.title.is_empty() {
            out.push_str(": ");
            escape(&m.title, &mut out);
        }
        out.push_str("\" style=\"background: ");
        out.push_str(colour(m.label));
        out.push_str(
            "; padding: 0.15em 0.3em; border-radius: 0.35em; box-decoration-break: clone; \
             -webkit-box-decoration-break: clone;\">",
        );
        escape(&text[a..b], &mut out);
        out.push_str(
            "<span class=\"factsift-label\" style=\"font-size: 0.65em; font-weight: bold; \
             letter-spacing: 0.05em; text-transform: uppercase; margin-left: 0.4em; \
             vertical-align: middle;\">",
        );
        out.push_str(m.label);
        out.push_str("</span></mark>");
        pos = b;
    }
    escape(&text[pos..], &mut out);
    out.push_str("</div>");
    out
}

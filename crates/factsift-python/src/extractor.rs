//! `Extractor`: options, single and parallel batch extraction, pickling.

use std::collections::BTreeMap;
use std::ffi::CString;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, RwLock};

use factsift::EntityType;
use pyo3::exceptions::{PyRuntimeError, PyRuntimeWarning, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;

use crate::convert::{expect_str, type_name, utf8_text, Reduced};
use crate::document::Document;

/// Documents handed to a worker thread at a time: small enough to balance uneven texts,
/// large enough that the shared queue is rarely touched.
const CHUNK: usize = 16;

/// `extract_many` starts at most this many threads per CPU core, whatever `threads` says.
const MAX_THREADS_PER_CORE: usize = 4;

/// Bytes kept free while worker threads start (see `extract_many`).
const SPAWN_RESERVE: usize = 64 << 20;

/// Finds people, places, organizations, money and percentages in English news text.
///
/// Build it once and reuse it; it is immutable, thread-safe and picklable (it travels to
/// multiprocessing, Dask or Spark workers by its options).
///
/// Args:
///     types: which entity types to find: None for all five, one name, or an iterable of
///         names ("person", "place", "organization", "money", "percentage"; plurals and
///         "org", "loc", "percent" are accepted too).
///     dollar_currency: the ISO 4217 code a bare "$" stands for ("USD" by default).
///     currency_default: the ISO 4217 code each ambiguous sign or word stands for, a dict
///         such as {"rupee": "INR", "¥": "CNY", "$": "CAD"} (keys: "$", "¥", "£", "rupee",
///         "peso", "franc", "kr", "dinar", "dirham", "rial", "riyal", "shilling", "manat",
///         "kwacha", "leu", "colon", "guilder"); it wins over `dollar_currency`.
///     names: your own names the extractor must find, by type: a dict such as
///         {"organization": ["Qazaq Green Fund"], "person": ["Aigerim Bekova"]} (matched
///         whole-word, ignoring case; the tagger still decides everywhere else).
///     model: a names model written by `factsift.train` or `factsift train`: a path (str or
///         os.PathLike) or the model's bytes; None for the built-in model. The extractor
///         pickles with it (the path, or the bytes).
///
/// Raises:
///     ValueError: an unknown type name, no type at all, an unknown currency code or key, names
///         for a type other than person, place or organization, or a damaged model or one
///         built for other features.
///     OSError: the model file cannot be read.
///     TypeError: an option of the wrong type.
#[pyclass(frozen, module = "factsift")]
pub struct Extractor {
    inner: factsift::Extractor,
    dollar_currency: String,
    currency_default: BTreeMap<String, String>,
    names: BTreeMap<EntityType, Vec<String>>,
    model: Option<ModelOption>,
}

/// The `model` option as given: a path or a model's bytes.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ModelOption {
    Path(PathBuf),
    Bytes(Vec<u8>),
}

impl ModelOption {
    /// Reads the option: None, bytes, or a path (str or os.PathLike).
    fn parse(model: Option<&Bound<'_, PyAny>>) -> PyResult<Option<ModelOption>> {
        let Some(model) = model.filter(|m| !m.is_none()) else {
            return Ok(None);
        };
        if let Ok(bytes) = model.cast::<PyBytes>() {
            return Ok(Some(ModelOption::Bytes(bytes.as_bytes().to_vec())));
        }
        let path: PathBuf = model.extract().map_err(|_| {
            PyTypeError::new_err(format!(
                "model must be a path (str or os.PathLike) or bytes, not {}",
                type_name(model)
            ))
        })?;
        Ok(Some(ModelOption::Path(path)))
    }

    /// The model file's bytes.
    fn bytes(&self) -> PyResult<Vec<u8>> {
        match self {
            ModelOption::Bytes(b) => Ok(b.clone()),
            ModelOption::Path(p) => Ok(std::fs::read(p)?),
        }
    }

    fn to_object<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            ModelOption::Path(p) => p.into_bound_py_any(py),
            ModelOption::Bytes(b) => Ok(PyBytes::new(py, b).into_any()),
        }
    }
}

impl Extractor {
    fn type_names(&self) -> Vec<&'static str> {
        self.inner.types().iter().map(|t| t.as_str()).collect()
    }
}

/// Reads the `names` option: a mapping from a name type to one name or an iterable of names.
fn parse_names(names: Option<&Bound<'_, PyAny>>) -> PyResult<BTreeMap<EntityType, Vec<String>>> {
    let mut out: BTreeMap<EntityType, Vec<String>> = BTreeMap::new();
    let Some(names) = names.filter(|n| !n.is_none()) else {
        return Ok(out);
    };
    let items = names.call_method0("items").map_err(|_| {
        PyTypeError::new_err(format!(
            "names must be a dict from a type to names, such as {{\"organization\": [\"Steppe \
             Labs\"]}}, not {}",
            type_name(names)
        ))
    })?;
    for pair in items.try_iter()? {
        let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair?.extract()?;
        let key = expect_str(&key, "each key of names")?.to_cow()?;
        let ty: EntityType =
            key.parse().map_err(|e| PyValueError::new_err(format!("names: {e}")))?;
        if !matches!(ty, EntityType::Person | EntityType::Place | EntityType::Organization) {
            return Err(PyValueError::new_err(format!(
                "names: only person, place and organization names can be added, not '{key}'"
            )));
        }
        let list = out.entry(ty).or_default();
        if let Ok(one) = value.cast::<PyString>() {
            list.push(utf8_text(one, "a name")?);
            continue;
        }
        for name in value.try_iter()? {
            list.push(utf8_text(expect_str(&name?, "each name")?, "a name")?);
        }
    }
    Ok(out)
}

/// Reads the `types` option.
fn parse_types(types: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<EntityType>> {
    let Some(types) = types.filter(|t| !t.is_none()) else {
        return Ok(EntityType::ALL.to_vec());
    };
    let parse = |s: &Bound<'_, PyString>| -> PyResult<EntityType> {
        s.to_cow()?.parse().map_err(|e| PyValueError::new_err(format!("types: {e}")))
    };
    if let Ok(one) = types.cast::<PyString>() {
        return Ok(vec![parse(one)?]);
    }
    let items = types.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "types must be None, a str or an iterable of str, not {}",
            type_name(types)
        ))
    })?;
    items.map(|item| parse(expect_str(&item?, "each entry of types")?)).collect()
}

/// Reads the `threads` argument of `extract_many`: an int of at least 1.
fn parse_threads(n: &Bound<'_, PyAny>) -> PyResult<usize> {
    if !n.is_instance_of::<PyInt>() || n.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "threads must be an int or None, not {}",
            type_name(n)
        )));
    }
    match n.extract::<i64>() {
        Ok(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        _ => Err(PyValueError::new_err(format!(
            "threads must be at least 1 and fit in 64 bits, got {n}"
        ))),
    }
}

/// A finished run of consecutive texts: the index of the first, and the entities of each.
type Chunk = (usize, Vec<Vec<factsift::Entity>>);

/// The entities of each text in `texts`.
fn extract_all(extractor: &factsift::Extractor, texts: &[String]) -> Vec<Vec<factsift::Entity>> {
    texts.iter().map(|text| extractor.extract(text).into_entities()).collect()
}

/// Takes the next `CHUNK` texts from the shared counter and extracts them; None once the texts
/// run out. Worker threads and, when none started, the calling thread of `extract_many` share
/// the texts through it.
fn next_chunk(
    extractor: &factsift::Extractor,
    texts: &[String],
    next: &AtomicUsize,
) -> Option<Chunk> {
    let start = next.fetch_add(CHUNK, Ordering::Relaxed);
    if start >= texts.len() {
        return None;
    }
    let chunk = &texts[start..texts.len().min(start + CHUNK)];
    Some((start, extract_all(extractor, chunk)))
}

/// Worker loop: extracts chunks and sends them to the calling thread, until the texts run out
/// or nobody receives any more (a send waits while the bounded channel is full).
fn work(
    extractor: &factsift::Extractor,
    texts: &[String],
    next: &AtomicUsize,
    results: &mpsc::SyncSender<Chunk>,
) {
    while let Some(chunk) = next_chunk(extractor, texts, next) {
        if results.send(chunk).is_err() {
            return;
        }
    }
}

/// Pauses Python's cyclic garbage collector while a chunk's result objects are made (with the
/// GIL held, so no other Python code runs meanwhile), and restores it when dropped. Those objects
/// cannot form cycles, but every allocation of a GC-tracked object counts toward a collection,
/// and collections every few hundred entities took a tenth of a batch's time.
struct GcPause<'py> {
    gc: Bound<'py, PyModule>,
    was_enabled: bool,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        let was_enabled = gc.call_method0("isenabled")?.is_truthy()?;
        if was_enabled {
            gc.call_method0("disable")?;
        }
        Ok(GcPause { gc, was_enabled })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if self.was_enabled {
            // gc.enable() cannot fail; there is no caller to report to from a destructor.
            let _ = self.gc.call_method0("enable");
        }
    }
}

/// The options an `Extractor` pickles by: types, dollar currency, names, currency defaults,
/// names model.
type Options<'py> = (
    Vec<&'static str>,
    String,
    Bound<'py, PyDict>,
    BTreeMap<String, String>,
    Option<Bound<'py, PyAny>>,
);

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (types=None, dollar_currency="USD", names=None, currency_default=None, model=None))]
    fn new(
        types: Option<&Bound<'_, PyAny>>,
        dollar_currency: &str,
        names: Option<&Bound<'_, PyAny>>,
        currency_default: Option<BTreeMap<String, String>>,
        model: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let names = parse_names(names)?;
        let currency_default = currency_default.unwrap_or_default();
        let model = ModelOption::parse(model)?;
        let mut builder = factsift::Extractor::builder()
            .types(parse_types(types)?)
            .dollar_currency(dollar_currency);
        for (key, code) in &currency_default {
            builder = builder.currency_default(key, code);
        }
        for (ty, list) in &names {
            builder = builder.add_names(*ty, list);
        }
        if let Some(model) = &model {
            builder = builder.names_model(model.bytes()?);
        }
        let inner = builder
            .build()
            .map_err(|e| PyValueError::new_err(format!("invalid Extractor options: {e}")))?;
        let dollar_currency = dollar_currency.to_string();
        Ok(Extractor { inner, dollar_currency, currency_default, names, model })
    }

    /// The `currency_default` option: a dict from an ambiguous sign or word to its code.
    #[getter]
    fn currency_default(&self) -> BTreeMap<String, String> {
        self.currency_default.clone()
    }

    /// The `model` option as given (a path or bytes), None for the built-in model.
    #[getter]
    fn model<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.model.as_ref().map(|m| m.to_object(py)).transpose()
    }

    /// The names added with the `names` option, as a dict from type to a tuple of names.
    #[getter]
    fn names<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (ty, list) in &self.names {
            dict.set_item(ty.as_str(), PyTuple::new(py, list)?)?;
        }
        Ok(dict)
    }

    /// The entity types this extractor finds, as a tuple of labels.
    #[getter]
    fn types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.type_names())
    }

    /// The ISO 4217 code a bare "$" stands for.
    #[getter]
    fn dollar_currency(&self) -> &str {
        &self.dollar_currency
    }

    /// Finds the entities in `text` and returns them as a `Document`.
    ///
    /// Raises TypeError if `text` is not a str, ValueError if it holds a lone surrogate.
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Document> {
        let text = expect_str(text, "text")?;
        let owned = utf8_text(text, "text")?;
        let entities = py.detach(|| self.inner.extract(&owned).into_entities());
        // The Python str holds the text: its UTF-8 copy goes before the entities become objects.
        drop(owned);
        Document::from_rust(py, text.clone().unbind(), entities)
    }

    /// Extracts from many texts in parallel, without holding the GIL; returns a list of
    /// `Document`s in input order.
    ///
    /// Args:
    ///     texts: any iterable of str (list, generator, pandas Series...).
    ///     threads: how many threads to use (default: one per CPU core; at most four per core
    ///         are started). If the system refuses some (a memory or process limit), the
    ///         batch goes on with those that started, with a RuntimeWarning.
    ///
    /// Raises TypeError for a non-str item, ValueError for a lone surrogate or threads < 1.
    #[pyo3(signature = (texts, threads=None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
        let threads = match threads.filter(|t| !t.is_none()) {
            None => cores,
            // More threads than cores only add overhead (and each costs memory).
            Some(n) => parse_threads(n)?.min(MAX_THREADS_PER_CORE * cores),
        };
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "extract_many() takes an iterable of str, not a single str (use extract())",
            ));
        }
        let items = texts.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "extract_many() takes an iterable of str, not {}",
                type_name(texts)
            ))
        })?;
        let mut py_texts = Vec::new();
        let mut owned = Vec::new();
        for (i, item) in items.enumerate() {
            let item = item?;
            let what = format!("texts[{i}]");
            let text = expect_str(&item, &what)?;
            owned.push(utf8_text(text, &what)?);
            py_texts.push(text.clone().unbind());
        }
        let mut docs: Vec<Option<Document>> = Vec::new();
        docs.resize_with(owned.len(), || None);
        // Builds the documents of one finished chunk (needs the GIL).
        let mut build = |(start, results): Chunk| -> PyResult<()> {
            let _paused = GcPause::new(py)?;
            for (i, entities) in (start..).zip(results) {
                docs[i] = Some(Document::from_rust(py, py_texts[i].clone_ref(py), entities)?);
            }
            Ok(())
        };
        if owned.len() <= CHUNK {
            build((0, py.detach(|| extract_all(&self.inner, &owned))))?;
        } else {
            // Workers extract without the GIL while this thread turns finished chunks into
            // Python objects, so the one serial step overlaps the parallel one; between chunks
            // it answers signals, so Ctrl-C stops a long batch. Once the receiver is gone (an
            // error, Ctrl-C) every send fails, one already waiting included, so the workers stop
            // and the scope can join them.
            //
            // No worker takes a chunk before every thread has been started: each first waits at
            // a gate that this thread holds closed while it starts them. So no worker can finish
            // and end while threads are still starting and leave its stack for the next thread
            // to reuse (the C library keeps the stacks of ended threads): how many threads a
            // memory limit lets start depends on the limit, not on how fast the first ones ran.
            //
            // The channel holds at most one finished chunk per worker: enough that workers
            // seldom wait for this thread, and it bounds the entities waiting to become Python
            // objects (unbounded, when extraction outpaces building, those of the whole batch
            // could wait beside the objects made from them).
            let threads = threads.min(owned.len().div_ceil(CHUNK));
            let next = AtomicUsize::new(0);
            let gate = RwLock::new(());
            std::thread::scope(|scope| -> PyResult<()> {
                let (sender, receiver) = mpsc::sync_channel::<Chunk>(threads);
                let gate_closed = gate.write();
                // Memory held back while threads start, so that a memory limit stops the
                // spawning before the threads that did start have nothing left to run with
                // (a thread that cannot allocate its thread-local data aborts the process).
                let mut reserve = Vec::<u8>::new();
                let reserved = reserve.try_reserve_exact(SPAWN_RESERVE).is_ok();
                std::hint::black_box(&reserve);
                let mut started = 0;
                while reserved && started < threads {
                    let sender = sender.clone();
                    let (inner, owned, next, gate) = (&self.inner, &owned, &next, &gate);
                    let worker = move || {
                        // Waits until every thread has been started.
                        drop(gate.read());
                        work(inner, owned, next, &sender)
                    };
                    // The system may refuse a thread (a memory or process limit): go on with
                    // those that started, or do the work here if none did.
                    if std::thread::Builder::new().spawn_scoped(scope, worker).is_err() {
                        break;
                    }
                    started += 1;
                }
                drop(reserve);
                drop(gate_closed);
                if started < threads {
                    let message = format!(
                        "extract_many: the system started only {started} of {threads} threads; \
                         going on with {}",
                        started.max(1)
                    );
                    PyErr::warn(
                        py,
                        &py.get_type::<PyRuntimeWarning>(),
                        &CString::new(message)?,
                        1,
                    )?;
                }
                drop(sender);
                // Only this thread receives; the lock just lets the wait run detached.
                let receiver = Mutex::new(receiver);
                let take = || {
                    if started == 0 {
                        // No worker: this thread extracts each chunk itself, then builds it
                        // (sending chunks to itself, it would block once the channel is full).
                        next_chunk(&self.inner, &owned, &next)
                    } else {
                        receiver.lock().unwrap_or_else(|p| p.into_inner()).recv().ok()
                    }
                };
                while let Some(chunk) = py.detach(take) {
                    build(chunk)?;
                    py.check_signals()?;
                }
                Ok(())
            })?;
        }
        let docs = docs
            .into_iter()
            .map(|d| d.ok_or_else(|| PyRuntimeError::new_err("a text was left unprocessed")))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, docs)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let types = PyList::new(py, self.type_names())?.repr()?;
        let currency = PyString::new(py, &self.dollar_currency).repr()?;
        let names = if self.names.is_empty() {
            String::new()
        } else {
            format!(", names={}", self.names(py)?.repr()?)
        };
        let defaults = if self.currency_default.is_empty() {
            String::new()
        } else {
            format!(
                ", currency_default={}",
                self.currency_default.clone().into_pyobject(py)?.repr()?
            )
        };
        let model = match &self.model {
            None => String::new(),
            Some(path @ ModelOption::Path(_)) => format!(", model={}", path.to_object(py)?.repr()?),
            Some(ModelOption::Bytes(b)) => format!(", model=<{} bytes>", b.len()),
        };
        Ok(format!("Extractor(types={types}, dollar_currency={currency}{names}{defaults}{model})"))
    }

    fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
        self.inner.types() == other.inner.types()
            && self.dollar_currency == other.dollar_currency
            && self.currency_default == other.currency_default
            && self.names == other.names
            && self.model == other.model
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        let names = self
            .names
            .iter()
            .map(|(ty, list)| Ok((ty.as_str(), PyTuple::new(py, list)?)))
            .collect::<PyResult<Vec<_>>>()?;
        let names = PyTuple::new(py, names)?;
        let defaults = PyTuple::new(py, &self.currency_default)?;
        let model = self.model.as_ref().map(|m| m.to_object(py)).transpose()?;
        (self.types(py)?, self.dollar_currency.as_str(), names, defaults, model)
            .into_pyobject(py)?
            .hash()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, Options<'py>> {
        let args = (
            self.type_names(),
            self.dollar_currency.clone(),
            self.names(py)?,
            self.currency_default.clone(),
            self.model(py)?,
        );
        Ok((py.get_type::<Extractor>(), args))
    }
}

//! Scoring extraction against gold annotations: `factsift eval`.
//!
//! A predicted entity is right when a gold entity has exactly its type and its code-point
//! span. Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = 2PR / (P + R); each is
//! undefined (shown as `-`, `null` in JSON) when its denominator is zero. For money and
//! percentages, the values of matched spans are checked too: every value field the gold
//! entity gives (`amount`, `currency`, `value`, `kind`, `min`, `max`, `qualifier`) must equal
//! the predicted one (numbers compared as exact decimals).

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufRead, Write};

use factsift::{Decimal, Entity, EntityType};
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::json::payload;

/// A text with its gold entities.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDocument {
    /// A name for the document in error listings.
    pub id: String,
    /// The text the extractor reads.
    pub text: String,
    /// The gold entities.
    pub spans: Vec<GoldSpan>,
}

impl GoldDocument {
    /// The document as one gold JSONL line (no newline), as [`read_gold_jsonl`] reads it:
    /// `{"id", "text", "gold": [{"start", "end", "type", "text", ...values}]}`.
    ///
    /// ```
    /// let gold = r#"{"id":"a","text":"Up 5%.","gold":[{"start":3,"end":5,"type":"percentage","text":"5%","value":5}]}"#;
    /// let (docs, _) = factsift_cli::eval::read_gold_jsonl(gold.as_bytes());
    /// assert_eq!(docs[0].to_json_line(), gold);
    /// ```
    pub fn to_json_line(&self) -> String {
        #[derive(Serialize)]
        struct Record<'a> {
            id: &'a str,
            text: &'a str,
            gold: Vec<Span<'a>>,
        }
        #[derive(Serialize)]
        struct Span<'a> {
            start: usize,
            end: usize,
            #[serde(rename = "type")]
            entity_type: EntityType,
            text: &'a str,
            #[serde(flatten)]
            values: &'a Map<String, Value>,
        }
        let context = Context::new(&self.text);
        let gold = self
            .spans
            .iter()
            .map(|s| Span {
                start: s.start,
                end: s.end,
                entity_type: s.entity_type,
                text: context.slice(s.start, s.end),
                values: &s.values,
            })
            .collect();
        let record = Record { id: &self.id, text: &self.text, gold };
        serde_json::to_string(&record).expect("a gold record always serializes")
    }
}

/// One gold entity.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldSpan {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// Its type.
    pub entity_type: EntityType,
    /// Gold values to check on a match (`amount`, `currency`, `value`...); may be empty.
    pub values: Map<String, Value>,
}

/// Value fields a gold money or percentage entity may give.
const VALUE_FIELDS: [&str; 7] = ["amount", "currency", "value", "kind", "min", "max", "qualifier"];

/// Reads a gold JSONL file: one `{"id", "text", "gold": [{"start", "end", "type", ...}]}` per
/// line (`entities` is accepted for `gold`), code-point offsets, end exclusive. Blank lines
/// are skipped, and so are gold entities of other types than the five. Returns the documents
/// read and, for each bad line, `line N: what` (that line's document is left out).
///
/// ```
/// let gold = r#"{"id": "a", "text": "Up 5%.", "gold": [{"start": 3, "end": 5, "type": "percentage", "value": 5}]}"#;
/// let (docs, problems) = factsift_cli::eval::read_gold_jsonl(gold.as_bytes());
/// assert!(problems.is_empty());
/// assert_eq!((docs[0].spans[0].start, docs[0].spans[0].end), (3, 5));
/// ```
pub fn read_gold_jsonl<R: BufRead>(input: R) -> (Vec<GoldDocument>, Vec<String>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        match line.map_err(|e| e.to_string()).and_then(|l| gold_line(&l, number)) {
            Ok(Some(doc)) => docs.push(doc),
            Ok(None) => {}
            Err(message) => problems.push(format!("line {number}: {message}")),
        }
    }
    (docs, problems)
}

fn gold_line(line: &str, number: usize) -> Result<Option<GoldDocument>, String> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = value.get("text").and_then(Value::as_str).ok_or("no string \"text\"")?;
    let id = match value.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(v) if !v.is_null() => v.to_string(),
        _ => format!("line-{number}"),
    };
    let gold = value
        .get("gold")
        .or_else(|| value.get("entities"))
        .and_then(Value::as_array)
        .ok_or("no \"gold\" array")?;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut spans = Vec::new();
    for (k, g) in gold.iter().enumerate() {
        let field = |name: &str| g.get(name).and_then(Value::as_u64).map(|n| n as usize);
        let (Some(start), Some(end)) = (field("start"), field("end")) else {
            return Err(format!("gold entity {k} has no integer start/end"));
        };
        if start >= end || end > chars.len() {
            return Err(format!("gold entity {k}: span {start}..{end} is not inside the text"));
        }
        let Some(entity_type) =
            g.get("type").and_then(Value::as_str).and_then(|t| t.parse::<EntityType>().ok())
        else {
            continue;
        };
        let slice = &text[byte_at(start)..byte_at(end)];
        if let Some(expected) = g.get("text").and_then(Value::as_str) {
            if expected != slice {
                return Err(format!(
                    "gold entity {k}: text {expected:?} but the span {start}..{end} holds {slice:?}"
                ));
            }
        }
        let values = VALUE_FIELDS
            .iter()
            .filter_map(|&f| g.get(f).map(|v| (f.to_string(), v.clone())))
            .collect();
        spans.push(GoldSpan { start, end, entity_type, values });
    }
    Ok(Some(GoldDocument { id, text: text.to_string(), spans }))
}

/// True/false positive and false negative counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and in the gold.
    pub tp: usize,
    /// Predicted, not in the gold.
    pub fp: usize,
    /// In the gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp), `None` when nothing was predicted.
    ///
    /// ```
    /// use factsift_cli::eval::Counts;
    /// let c = Counts { tp: 3, fp: 1, fn_: 2 };
    /// assert_eq!(c.precision(), Some(0.75));
    /// assert_eq!(c.recall(), Some(0.6));
    /// assert!((c.f1().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    /// assert_eq!(Counts::default().f1(), None);
    /// ```
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn), `None` when the gold has none.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall; `None` when both are undefined, 0 when
    /// only one is or when there is no true positive.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    fn to_json(self) -> Value {
        json!({
            "gold": self.tp + self.fn_,
            "predicted": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn_,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
        })
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// One listed mistake (see [`Evaluation::new`]'s `examples`).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// `false positive`, `false negative` or `wrong value`.
    pub what: &'static str,
    /// The entity type.
    pub entity_type: EntityType,
    /// The document's id.
    pub document: String,
    /// Code-point span.
    pub start: usize,
    /// Code-point span end (exclusive).
    pub end: usize,
    /// The span's text.
    pub text: String,
    /// What the other side has there (`gold place "X"`, `predicted nothing`...).
    pub note: String,
    /// Up to 40 characters either side, the span in `[[...]]`, on one line.
    pub context: String,
}

/// Accumulated scores over documents.
#[derive(Debug, Clone)]
pub struct Evaluation {
    types: Vec<EntityType>,
    counts: BTreeMap<EntityType, Counts>,
    /// Per type: matched spans with gold values, and how many of those had them right.
    values: BTreeMap<EntityType, (usize, usize)>,
    documents: usize,
    max_examples: usize,
    examples: Vec<Example>,
    listed: HashMap<(EntityType, &'static str), usize>,
    /// Mistakes per (type, false positive/negative, cause).
    causes: BTreeMap<(EntityType, &'static str, &'static str), usize>,
}

impl Evaluation {
    /// Scores the given types, keeping up to `examples` mistakes of each kind per type.
    pub fn new(types: &[EntityType], examples: usize) -> Evaluation {
        let mut types = types.to_vec();
        types.sort();
        types.dedup();
        Evaluation {
            counts: types.iter().map(|&t| (t, Counts::default())).collect(),
            types,
            values: BTreeMap::new(),
            documents: 0,
            max_examples: examples,
            examples: Vec::new(),
            listed: HashMap::new(),
            causes: BTreeMap::new(),
        }
    }

    /// Scores one document's predictions (entities of other types are ignored).
    ///
    /// ```
    /// use factsift::{Decimal, Entity, EntityKind, EntityType, PercentKind, Percentage};
    /// use factsift_cli::eval::{Evaluation, GoldDocument, GoldSpan};
    /// let text = "Up 5% and 7%.";
    /// let pct = |a, b| {
    ///     let p = Percentage { value: Decimal::from(5i64), kind: PercentKind::Percent,
    ///                          qualifier: None, min: None, max: None };
    ///     Entity::new(text, a, b, 1.0, EntityKind::Percentage(p)).unwrap()
    /// };
    /// let doc = factsift::Document::new(text, vec![pct(3, 5)]);
    /// let gold = GoldDocument { id: "d".into(), text: text.into(), spans: vec![
    ///     GoldSpan { start: 3, end: 5, entity_type: EntityType::Percentage, values: Default::default() },
    ///     GoldSpan { start: 10, end: 12, entity_type: EntityType::Percentage, values: Default::default() },
    /// ]};
    /// let mut eval = Evaluation::new(&[EntityType::Percentage], 0);
    /// eval.add(&gold, doc.entities());
    /// let c = eval.counts(EntityType::Percentage);
    /// assert_eq!((c.tp, c.fp, c.fn_), (1, 0, 1));
    /// ```
    pub fn add(&mut self, gold: &GoldDocument, predicted: &[Entity]) {
        self.documents += 1;
        let wanted = |t: EntityType| self.types.contains(&t);
        let gold_spans: Vec<&GoldSpan> =
            gold.spans.iter().filter(|s| wanted(s.entity_type)).collect();
        let predicted: Vec<&Entity> =
            predicted.iter().filter(|e| wanted(e.entity_type())).collect();
        let key = |start: usize, end: usize, t: EntityType| (start, end, t);
        let gold_index: HashMap<_, &GoldSpan> =
            gold_spans.iter().map(|s| (key(s.start, s.end, s.entity_type), *s)).collect();
        let predicted_index: HashMap<_, &Entity> =
            predicted.iter().map(|e| (key(e.start, e.end, e.entity_type()), *e)).collect();
        let context = Context::new(&gold.text);
        for e in &predicted {
            let t = e.entity_type();
            let counts = self.counts.entry(t).or_default();
            match gold_index.get(&key(e.start, e.end, t)) {
                Some(g) => {
                    counts.tp += 1;
                    if !g.values.is_empty() {
                        let fields = payload(e);
                        let wrong: Vec<String> = g
                            .values
                            .iter()
                            .filter(|(k, v)| !same_value(v, fields.get(k.as_str())))
                            .map(|(k, v)| {
                                let got = fields.get(k.as_str()).unwrap_or(&Value::Null);
                                format!("{k}: gold {v}, predicted {got}")
                            })
                            .collect();
                        let slot = self.values.entry(t).or_default();
                        slot.0 += 1;
                        if wrong.is_empty() {
                            slot.1 += 1;
                        } else {
                            self.list(
                                "wrong value",
                                t,
                                gold,
                                e.start,
                                e.end,
                                wrong.join("; "),
                                &context,
                            );
                        }
                    }
                }
                None => {
                    counts.fp += 1;
                    let (note, cause) = overlapping(&gold_spans, e.start, e.end, &context, |s| {
                        (s.start, s.end, s.entity_type)
                    });
                    *self.causes.entry((t, "false positive", cause)).or_default() += 1;
                    self.list(
                        "false positive",
                        t,
                        gold,
                        e.start,
                        e.end,
                        format!("gold {note}"),
                        &context,
                    );
                }
            }
        }
        for g in &gold_spans {
            if !predicted_index.contains_key(&key(g.start, g.end, g.entity_type)) {
                self.counts.entry(g.entity_type).or_default().fn_ += 1;
                let (note, cause) = overlapping(&predicted, g.start, g.end, &context, |e| {
                    (e.start, e.end, e.entity_type())
                });
                let t = g.entity_type;
                *self.causes.entry((t, "false negative", cause)).or_default() += 1;
                self.list(
                    "false negative",
                    t,
                    gold,
                    g.start,
                    g.end,
                    format!("predicted {note}"),
                    &context,
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn list(
        &mut self,
        what: &'static str,
        entity_type: EntityType,
        doc: &GoldDocument,
        start: usize,
        end: usize,
        note: String,
        context: &Context,
    ) {
        let listed = self.listed.entry((entity_type, what)).or_default();
        if *listed >= self.max_examples {
            return;
        }
        *listed += 1;
        self.examples.push(Example {
            what,
            entity_type,
            document: doc.id.clone(),
            start,
            end,
            text: context.slice(start, end).to_string(),
            note,
            context: context.around(start, end),
        });
    }

    /// Documents scored so far.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// The counts for one type.
    pub fn counts(&self, entity_type: EntityType) -> Counts {
        self.counts.get(&entity_type).copied().unwrap_or_default()
    }

    /// Counts summed over the scored types among `types` (micro-averaging).
    pub fn micro(&self, types: &[EntityType]) -> Counts {
        let mut total = Counts::default();
        for t in self.types.iter().filter(|t| types.contains(t)) {
            total.add(self.counts(*t));
        }
        total
    }

    /// For one type: (matched spans with gold values, how many had every value right).
    pub fn value_accuracy(&self, entity_type: EntityType) -> (usize, usize) {
        self.values.get(&entity_type).copied().unwrap_or_default()
    }

    /// How many false positives or negatives (`what`) of a type have a given cause:
    /// `wrong type` (the other side has the same span with another type), `wrong boundary`
    /// (an overlapping span) or `unmatched` (nothing there).
    pub fn mistakes(&self, entity_type: EntityType, what: &str, cause: &str) -> usize {
        self.causes
            .iter()
            .filter(|((t, w, c), _)| *t == entity_type && *w == what && *c == cause)
            .map(|(_, n)| n)
            .sum()
    }

    /// The mistakes kept for listing, in the order found.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// The micro-averaged rows: `names` over the scored name types, `all` over every scored
    /// type when that differs.
    fn micro_rows(&self) -> Vec<(&'static str, Counts)> {
        const NAMES: [EntityType; 3] =
            [EntityType::Person, EntityType::Place, EntityType::Organization];
        let mut rows = Vec::new();
        let names = self.types.iter().filter(|t| NAMES.contains(t)).count();
        if names > 0 {
            rows.push(("names", self.micro(&NAMES)));
        }
        if self.types.len() > 1 && names < self.types.len() {
            rows.push(("all", self.micro(&EntityType::ALL)));
        }
        rows
    }

    /// Writes the scores as a readable table, then the value accuracy and the kept mistakes.
    pub fn write_report(&self, out: &mut dyn Write, source: &str) -> io::Result<()> {
        writeln!(out, "{source}: {} documents", self.documents)?;
        writeln!(out)?;
        writeln!(
            out,
            "{:<16}{:>7}{:>7}{:>7}{:>7}{:>7}{:>11}{:>9}{:>9}",
            "type", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "F1"
        )?;
        let pct = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{:.2}", 100.0 * x));
        let row = |out: &mut dyn Write, label: &str, c: Counts| {
            writeln!(
                out,
                "{:<16}{:>7}{:>7}{:>7}{:>7}{:>7}{:>11}{:>9}{:>9}",
                label,
                c.tp + c.fn_,
                c.tp + c.fp,
                c.tp,
                c.fp,
                c.fn_,
                pct(c.precision()),
                pct(c.recall()),
                pct(c.f1())
            )
        };
        for &t in &self.types {
            row(out, t.as_str(), self.counts(t))?;
        }
        for (label, c) in self.micro_rows() {
            row(out, &format!("micro ({label})"), c)?;
        }
        if !self.values.is_empty() {
            writeln!(out)?;
            writeln!(out, "value accuracy (matched spans with gold values):")?;
            for (t, &(matched, right)) in &self.values {
                let share = pct(ratio(right, matched));
                writeln!(out, "{:<16}{right}/{matched} ({share}%)", t.as_str())?;
            }
        }
        if !self.causes.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "mistakes by cause (same span, other type / overlapping span / nothing there):"
            )?;
            for &t in &self.types {
                let [fp, fn_] = MISTAKES.map(|what| {
                    CAUSES.map(|cause| self.mistakes(t, what, cause).to_string()).join(" / ")
                });
                writeln!(out, "{:<16}false positives {fp:<16}false negatives {fn_}", t.as_str())?;
            }
        }
        if !self.examples.is_empty() {
            writeln!(out)?;
            let mut sorted: Vec<&Example> = self.examples.iter().collect();
            sorted.sort_by_key(|e| (e.entity_type, e.what));
            let mut heading = None;
            for e in sorted {
                if heading != Some((e.entity_type, e.what)) {
                    heading = Some((e.entity_type, e.what));
                    writeln!(out, "{} {}s:", e.entity_type, e.what)?;
                }
                writeln!(
                    out,
                    "  {} {}-{} {:?} ({})\n      {}",
                    e.document, e.start, e.end, e.text, e.note, e.context
                )?;
            }
        }
        Ok(())
    }

    /// The scores as JSON: `{"source", "documents", "types": {TYPE: COUNTS}, "micro":
    /// {"names"|"all": COUNTS}, "values": {TYPE: {"matched", "correct", "accuracy"}},
    /// "causes": {TYPE: {"false_positives"|"false_negatives": {"wrong_type",
    /// "wrong_boundary", "unmatched"}}}, "examples": [...]}` where COUNTS is `{"gold", "predicted", "tp", "fp", "fn",
    /// "precision", "recall", "f1"}` (fractions from 0 to 1, `null` when undefined).
    pub fn to_json(&self, source: &str) -> Value {
        let types: Map<String, Value> =
            self.types.iter().map(|t| (t.to_string(), self.counts(*t).to_json())).collect();
        let micro: Map<String, Value> =
            self.micro_rows().into_iter().map(|(l, c)| (l.to_string(), c.to_json())).collect();
        let values: Map<String, Value> = self
            .values
            .iter()
            .map(|(t, &(matched, correct))| {
                let v = json!({"matched": matched, "correct": correct,
                               "accuracy": ratio(correct, matched)});
                (t.to_string(), v)
            })
            .collect();
        let examples: Vec<Value> = self
            .examples
            .iter()
            .map(|e| {
                json!({"what": e.what, "type": e.entity_type, "document": e.document,
                       "start": e.start, "end": e.end, "text": e.text, "note": e.note,
                       "context": e.context})
            })
            .collect();
        let snake = |s: &str| s.replace(' ', "_");
        let causes: Map<String, Value> = self
            .types
            .iter()
            .map(|&t| {
                let by_kind: Map<String, Value> = MISTAKES
                    .iter()
                    .map(|&what| {
                        let by_cause: Map<String, Value> = CAUSES
                            .iter()
                            .map(|&c| (snake(c), self.mistakes(t, what, c).into()))
                            .collect();
                        (snake(what) + "s", by_cause.into())
                    })
                    .collect();
                (t.to_string(), by_kind.into())
            })
            .collect();
        json!({"source": source, "documents": self.documents, "types": types, "micro": micro,
               "values": values, "causes": causes, "examples": examples})
    }
}

/// What overlaps `start..end` among `items` (`place "Oslo"`, or `nothing`), and so the cause
/// of a mistake there: one of [`CAUSES`].
fn overlapping<T>(
    items: &[T],
    start: usize,
    end: usize,
    context: &Context,
    span: impl Fn(&T) -> (usize, usize, EntityType),
) -> (String, &'static str) {
    let found: Vec<(usize, usize, EntityType)> =
        items.iter().map(&span).filter(|&(s, e, _)| s < end && start < e).collect();
    let cause = if found.iter().any(|&(s, e, _)| (s, e) == (start, end)) {
        CAUSES[0]
    } else if !found.is_empty() {
        CAUSES[1]
    } else {
        CAUSES[2]
    };
    let notes: Vec<String> =
        found.iter().map(|&(s, e, t)| format!("{t} {:?}", context.slice(s, e))).collect();
    let note = if notes.is_empty() { "nothing".to_string() } else { notes.join(", ") };
    (note, cause)
}

/// The two kinds of span mistakes.
const MISTAKES: [&str; 2] = ["false positive", "false negative"];

/// Why a span is a false positive or negative: the other side has the same span with another
/// type; an overlapping span; or nothing there.
const CAUSES: [&str; 3] = ["wrong type", "wrong boundary", "unmatched"];

/// Code-point slicing of a document text.
struct Context<'a> {
    text: &'a str,
    /// Byte offset of each code point, plus the text length.
    bytes: Vec<usize>,
}

impl<'a> Context<'a> {
    fn new(text: &'a str) -> Context<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Context { text, bytes }
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        let at = |i: usize| self.bytes[i.min(self.bytes.len() - 1)];
        &self.text[at(start)..at(end.max(start))]
    }

    fn around(&self, start: usize, end: usize) -> String {
        let before = self.slice(start.saturating_sub(40), start);
        let after = self.slice(end, end + 40);
        let one_line = |s: &str| s.replace(['\n', '\r', '\t'], " ");
        format!("{}[[{}]]{}", one_line(before), one_line(self.slice(start, end)), one_line(after))
    }
}

/// Whether a gold value equals the predicted one (numbers as exact decimals).
fn same_value(gold: &Value, predicted: Option<&Value>) -> bool {
    let decimal = |v: &Value| match v {
        Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
        _ => None,
    };
    match (gold, predicted) {
        (Value::Null, None) => true,
        (g, Some(p)) => match (decimal(g), decimal(p)) {
            (Some(a), Some(b)) => a == b,
            _ => g == p,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift::{Document, EntityKind, Money, Organization, Person, Place};

    fn gold(start: usize, end: usize, entity_type: EntityType) -> GoldSpan {
        GoldSpan { start, end, entity_type, values: Map::new() }
    }

    #[test]
    fn exact_span_and_type_matching_with_micro_average() {
        let text = "Ana Lima flew to Rio for Petrobras and Vale.";
        let person = EntityKind::Person(Person {
            name: "Ana Lima".into(),
            title: None,
            canonical: "Ana Lima".into(),
        });
        let org = |n: &str| {
            EntityKind::Organization(Organization {
                name: n.into(),
                acronym: None,
                canonical: n.into(),
            })
        };
        let place = EntityKind::Place(Place {
            name: "Rio".into(),
            canonical: "Rio".into(),
            kind: None,
            country: None,
        });
        let doc = Document::new(
            text,
            vec![
                Entity::new(text, 0, 8, 0.9, person).unwrap(), // right
                Entity::new(text, 17, 20, 0.9, org("Rio")).unwrap(), // wrong type
                Entity::new(text, 25, 34, 0.9, org("Petrobras")).unwrap(), // right
                Entity::new(text, 39, 43, 0.9, place).unwrap(), // wrong type
            ],
        );
        let g = GoldDocument {
            id: "d1".into(),
            text: text.into(),
            spans: vec![
                gold(0, 8, EntityType::Person),
                gold(17, 20, EntityType::Place),
                gold(25, 34, EntityType::Organization),
                gold(39, 43, EntityType::Organization),
            ],
        };
        let names = [EntityType::Person, EntityType::Place, EntityType::Organization];
        let mut eval = Evaluation::new(&names, 5);
        eval.add(&g, doc.entities());
        assert_eq!(eval.counts(EntityType::Person), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(eval.counts(EntityType::Place), Counts { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(eval.counts(EntityType::Organization), Counts { tp: 1, fp: 1, fn_: 1 });
        let micro = eval.micro(&names);
        assert_eq!(micro, Counts { tp: 2, fp: 2, fn_: 2 });
        assert_eq!(micro.f1(), Some(0.5));
        assert_eq!(eval.mistakes(EntityType::Place, "false negative", "wrong type"), 1);
        assert_eq!(eval.mistakes(EntityType::Organization, "false positive", "wrong type"), 1);
        assert_eq!(eval.mistakes(EntityType::Organization, "false positive", "unmatched"), 0);
        // A second document: a span inside a gold span, and one with nothing there.
        let text2 = "Bank of Oslo rose.";
        let place2 = EntityKind::Place(Place {
            name: "Oslo".into(),
            canonical: "Oslo".into(),
            kind: None,
            country: None,
        });
        let doc2 = Document::new(
            text2,
            vec![
                Entity::new(text2, 8, 12, 0.9, place2).unwrap(),
                Entity::new(text2, 13, 17, 0.9, org("rose")).unwrap(),
            ],
        );
        let g2 = GoldDocument {
            id: "d2".into(),
            text: text2.into(),
            spans: vec![gold(0, 12, EntityType::Organization)],
        };
        eval.add(&g2, doc2.entities());
        assert_eq!(eval.documents(), 2);
        assert_eq!(eval.mistakes(EntityType::Place, "false positive", "wrong boundary"), 1);
        assert_eq!(eval.mistakes(EntityType::Organization, "false negative", "wrong boundary"), 1);
        assert_eq!(eval.mistakes(EntityType::Organization, "false positive", "unmatched"), 1);
        assert_eq!(eval.micro(&names), Counts { tp: 2, fp: 4, fn_: 3 });
        let fp = eval.examples().iter().find(|e| e.what == "false positive").unwrap();
        assert_eq!(fp.text, "Rio");
        assert_eq!(fp.note, "gold place \"Rio\"");
        assert_eq!(fp.context, "Ana Lima flew to [[Rio]] for Petrobras and Vale.");
        // Only the person type scored: the others are ignored on both sides.
        let mut only = Evaluation::new(&[EntityType::Person], 0);
        only.add(&g, doc.entities());
        assert_eq!(only.micro(&names), Counts { tp: 1, fp: 0, fn_: 0 });
        assert!(only.examples().is_empty());
    }

    #[test]
    fn values_compare_as_exact_decimals() {
        let text = "It cost $5.";
        let money = |amount: &str, currency: &str| {
            EntityKind::Money(Money {
                amount: amount.parse().unwrap(),
                currency: currency.parse().ok(),
                qualifier: None,
                min: None,
                max: None,
            })
        };
        let (gold_docs, problems) = read_gold_jsonl(
            br#"{"id":"m","text":"It cost $5.","gold":[{"start":8,"end":10,"type":"money","text":"$5","amount":5.0,"currency":"USD"}]}"#
                .as_slice(),
        );
        assert!(problems.is_empty());
        let mut eval = Evaluation::new(&[EntityType::Money], 3);
        for (amount, currency) in [("5", "USD"), ("5", "CAD"), ("50", "USD")] {
            let doc = Document::new(
                text,
                vec![Entity::new(text, 8, 10, 1.0, money(amount, currency)).unwrap()],
            );
            eval.add(&gold_docs[0], doc.entities());
        }
        assert_eq!(eval.counts(EntityType::Money), Counts { tp: 3, fp: 0, fn_: 0 });
        assert_eq!(eval.value_accuracy(EntityType::Money), (3, 1));
        let notes: Vec<&str> = eval.examples().iter().map(|e| e.note.as_str()).collect();
        assert_eq!(
            notes,
            ["currency: gold \"USD\", predicted \"CAD\"", "amount: gold 5.0, predicted 50"]
        );
    }

    #[test]
    fn gold_problems_name_their_line() {
        let input = concat!(
            "{\"text\":\"abc\",\"gold\":[{\"start\":0,\"end\":4,\"type\":\"place\"}]}\n",
            "\n",
            "{\"text\":\"abc\",\"gold\":[{\"start\":0,\"end\":1,\"type\":\"place\",\"text\":\"b\"}]}\n",
            "{\"text\":\"Ünï\",\"gold\":[{\"start\":1,\"end\":3,\"type\":\"place\",\"text\":\"nï\"},",
            "{\"start\":0,\"end\":1,\"type\":\"misc\"}]}\n",
        );
        let (docs, problems) = read_gold_jsonl(input.as_bytes());
        assert_eq!(
            problems,
            [
                "line 1: gold entity 0: span 0..4 is not inside the text",
                "line 3: gold entity 0: text \"b\" but the span 0..1 holds \"a\"",
            ]
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "line-4");
        assert_eq!(docs[0].spans, vec![gold(1, 3, EntityType::Place)]);
    }
}

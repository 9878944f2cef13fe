//! `factsift train`: training documents from gold JSONL and CoNLL-2003 files, and the
//! held-out score of a model, for the trainer in the core ([`factsift::train`]).

use factsift::{EntityType, Extractor, NameLabel, TrainDoc};

use crate::eval::{Counts, Evaluation, GoldDocument};

/// The three name types, the only ones a names model learns.
pub const NAME_TYPES: [EntityType; 3] =
    [EntityType::Person, EntityType::Place, EntityType::Organization];

/// A gold JSONL document as a training document: its `annotated` name types' spans, moved
/// from code-point to byte offsets; the name types not annotated (and CoNLL's MISC) are
/// marked unlabeled: the trainer then learns nothing from finding one outside the gold spans.
/// Money and percentages are not names and are ignored.
///
/// ```
/// use factsift::{EntityType, NameLabel};
/// let line = r#"{"id": 1, "text": "Él vio a Ana Ruiz en Lima.", "gold": [
///     {"start": 9, "end": 17, "type": "person"}, {"start": 21, "end": 25, "type": "place"}]}"#;
/// let (docs, _) = factsift_cli::eval::read_gold_jsonl(line.replace('\n', "").as_bytes());
/// let doc = factsift_cli::train::train_doc(&docs[0], &[EntityType::Person]);
/// let name = doc.spans[0];
/// assert_eq!(&doc.text[name.byte_start..name.byte_end], "Ana Ruiz");
/// assert_eq!(doc.spans.len(), 1, "places were not annotated");
/// assert!(doc.unlabeled.contains(&NameLabel::Place));
/// ```
pub fn train_doc(doc: &GoldDocument, annotated: &[EntityType]) -> TrainDoc {
    let names: Vec<(usize, usize, NameLabel)> = doc
        .spans
        .iter()
        .filter_map(|s| Some((s.start, s.end, NameLabel::from_entity_type(s.entity_type)?)))
        .collect();
    let annotated: Vec<NameLabel> =
        annotated.iter().filter_map(|t| NameLabel::from_entity_type(*t)).collect();
    TrainDoc::from_char_spans(doc.text.clone(), &names, &annotated)
}

/// Whether a file's content is gold JSONL (its first non-blank character opens an object)
/// rather than CoNLL-2003.
///
/// ```
/// assert!(factsift_cli::train::looks_like_jsonl(b"\n {\"id\": 1}"));
/// assert!(!factsift_cli::train::looks_like_jsonl(b"-DOCSTART- -X- -X- O\n"));
/// ```
pub fn looks_like_jsonl(content: &[u8]) -> bool {
    let content = content.strip_prefix("\u{feff}".as_bytes()).unwrap_or(content);
    content.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// The names scores of `model` (a model file) on `docs`, as `factsift eval --model` computes
/// them: per name type, and micro-averaged last.
///
/// ```
/// use factsift_cli::eval::read_gold_jsonl;
/// let line = r#"{"id": 1, "text": "Angela Merkel visited Paris.", "gold": [{"start": 0, "end": 13, "type": "person"}, {"start": 22, "end": 27, "type": "place"}]}"#;
/// let (docs, _) = read_gold_jsonl(line.as_bytes());
/// let scores = factsift_cli::train::score(factsift::builtin_names_model(), &docs).unwrap();
/// assert_eq!(scores.last().unwrap().1.tp, 2);
/// ```
pub fn score(
    model: &[u8],
    docs: &[GoldDocument],
) -> Result<Vec<(&'static str, Counts)>, factsift::ConfigError> {
    let extractor = Extractor::builder().types(NAME_TYPES).names_model(model).build()?;
    let mut evaluation = Evaluation::new(&NAME_TYPES, 0);
    for doc in docs {
        evaluation.add(doc, extractor.extract(&doc.text).entities());
    }
    let mut scores: Vec<(&'static str, Counts)> =
        NAME_TYPES.iter().map(|t| (t.as_str(), evaluation.counts(*t))).collect();
    scores.push(("micro", evaluation.micro(&NAME_TYPES)));
    Ok(scores)
}

/// Scores as one line: `person 91.2 place 88.0 organization 75.3 micro 86.1` (F1 in percent).
///
/// ```
/// use factsift_cli::eval::Counts;
/// let line = factsift_cli::train::f1_line(&[("micro", Counts { tp: 1, fp: 1, fn_: 0 })]);
/// assert_eq!(line, "micro 66.7");
/// ```
pub fn f1_line(scores: &[(&str, Counts)]) -> String {
    let f1 = |c: &Counts| c.f1().map_or("-".to_string(), |f| format!("{:.1}", 100.0 * f));
    scores.iter().map(|(name, c)| format!("{name} {}", f1(c))).collect::<Vec<_>>().join(" ")
}

//! The output records of `factsift extract --jsonl` and `--json`. Entities are written as
//! `factsift::Entity` serializes (the JSONL contract's ENTITY object), straight to the output.

use std::io::{self, Write};

use factsift::Entity;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The typed fields of an entity (everything but its type, text, offsets and confidence), in
/// alphabetical order, with exact decimals as JSON numbers: for the readable table and the
/// evaluation report.
///
/// ```
/// use factsift::{Decimal, Entity, EntityKind, PercentKind, Percentage};
/// let kind = EntityKind::Percentage(Percentage {
///     value: "15.5".parse::<Decimal>().unwrap(),
///     kind: PercentKind::Percent,
///     qualifier: None,
///     min: None,
///     max: None,
/// });
/// let entity = Entity::new("15.5%", 0, 5, 1.0, kind).unwrap();
/// let fields = factsift_cli::json::payload(&entity);
/// assert_eq!(serde_json::to_string(&fields).unwrap(), r#"{"kind":"percent","value":15.5}"#);
/// ```
pub fn payload(entity: &Entity) -> Map<String, Value> {
    let mut map = match serde_json::to_value(&entity.kind) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    map.remove("type");
    map
}

/// Writes one output record, `{"id": ID, "entities": [ENTITY, ...]}`, and a newline to `out`,
/// as it is serialized (a large document's record is never built whole in memory). `id` is
/// written as its raw JSON text.
///
/// ```
/// use serde_json::value::RawValue;
/// let id = RawValue::from_string("1E5".to_string()).unwrap();
/// let mut out = Vec::new();
/// factsift_cli::json::write_record(&mut out, &id, &[]).unwrap();
/// assert_eq!(out, b"{\"id\":1E5,\"entities\":[]}\n");
/// ```
pub fn write_record(out: &mut dyn Write, id: &RawValue, entities: &[Entity]) -> io::Result<()> {
    out.write_all(b"{\"id\":")?;
    out.write_all(id.get().as_bytes())?;
    out.write_all(b",\"entities\":")?;
    serde_json::to_writer(&mut *out, entities)?;
    out.write_all(b"}\n")
}

/// Appends one error record, `{"id": ID, "error": MESSAGE}`, and a newline to `out`.
pub fn write_error_record(out: &mut Vec<u8>, id: &RawValue, message: &str) {
    #[derive(serde::Serialize)]
    struct ErrorRecord<'a> {
        id: &'a RawValue,
        error: &'a str,
    }
    let record = ErrorRecord { id, error: message };
    serde_json::to_writer(&mut *out, &record).expect("a record always serializes");
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift::{Decimal, EntityKind, Money, Qualifier};

    #[test]
    fn money_decimals_become_exact_json_numbers() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let kind = EntityKind::Money(Money {
            amount: d("12345678901234567890.05"),
            currency: "EUR".parse().ok(),
            qualifier: Some(Qualifier::AtLeast),
            min: Some(d("12345678901234567890.05")),
            max: Some(d("0.0000001")),
        });
        let text = "x";
        let entity = Entity::new(text, 0, 1, 1.0, kind).unwrap();
        let mut out = Vec::new();
        let id = RawValue::from_string("7".into()).unwrap();
        write_record(&mut out, &id, &[entity]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r#"{"id":7,"entities":[{"type":"money","text":"x","start":0,"end":0,"#,
                r#""byte_start":0,"byte_end":1,"amount":12345678901234567890.05,"#,
                r#""currency":"EUR","max":0.0000001,"min":12345678901234567890.05,"#,
                r#""qualifier":"at_least","confidence":1.0}]}"#,
                "\n"
            )
        );
    }

    #[test]
    fn error_record_echoes_id() {
        let mut out = Vec::new();
        let id = RawValue::from_string(r#" "a\"b" "#.trim().into()).unwrap();
        write_error_record(&mut out, &id, "bad");
        assert_eq!(out, b"{\"id\":\"a\\\"b\",\"error\":\"bad\"}\n");
    }
}

//! The JSON form of an entity: the contract of `factsift extract --jsonl`.

use std::io::{self, Write};

use factsift::{Entity, EntityType};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Number, Value};

/// Payload fields that hold exact decimals. The core crate serializes a
/// [`factsift::Decimal`] as a string of its exact digits; the JSON contract wants a JSON
/// number, written with exactly those digits (no float rounding).
const DECIMAL_FIELDS: [&str; 4] = ["amount", "value", "min", "max"];

/// The typed fields of an entity (everything but its type, text, offsets and confidence),
/// taken from the core types' serde output so new fields flow through, with exact decimals
/// turned into JSON numbers.
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
    if matches!(entity.entity_type(), EntityType::Money | EntityType::Percentage) {
        for key in DECIMAL_FIELDS {
            if let Some(slot) = map.get_mut(key) {
                if let Some(number) = slot.as_str().and_then(|s| s.parse::<Number>().ok()) {
                    *slot = Value::Number(number);
                }
            }
        }
    }
    map
}

/// Serializes one entity as the JSONL contract's ENTITY object, keys in this order:
/// `type`, `text`, `start`, `end`, `byte_start`, `byte_end`, the typed fields (see
/// [`payload`]) in alphabetical order, then `confidence`.
#[derive(Debug, Clone, Copy)]
pub struct EntityJson<'a>(pub &'a Entity);

impl Serialize for EntityJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let fields = payload(e);
        let mut map = serializer.serialize_map(Some(fields.len() + 7))?;
        map.serialize_entry("type", e.entity_type().as_str())?;
        map.serialize_entry("text", &e.text)?;
        map.serialize_entry("start", &e.start)?;
        map.serialize_entry("end", &e.end)?;
        map.serialize_entry("byte_start", &e.byte_start)?;
        map.serialize_entry("byte_end", &e.byte_end)?;
        for (key, value) in &fields {
            map.serialize_entry(key, value)?;
        }
        map.serialize_entry("confidence", &e.confidence)?;
        map.end()
    }
}

/// Writes one output record, `{"id": ID, "entities": [ENTITY, ...]}`, and a newline to `out`,
/// as it is serialized (a large document's record is never built whole in memory).
pub fn write_record(out: &mut dyn Write, id: &Value, entities: &[Entity]) -> io::Result<()> {
    struct Record<'a>(&'a Value, &'a [Entity]);
    impl Serialize for Record<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("id", self.0)?;
            map.serialize_entry("entities", &EntityList(self.1))?;
            map.end()
        }
    }
    struct EntityList<'a>(&'a [Entity]);
    impl Serialize for EntityList<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.0.iter().map(EntityJson))
        }
    }
    serde_json::to_writer(&mut *out, &Record(id, entities))?;
    out.write_all(b"\n")
}

/// Appends one error record, `{"id": ID, "error": MESSAGE}`, and a newline to `out`.
pub fn write_error_record(out: &mut Vec<u8>, id: &Value, message: &str) {
    #[derive(serde::Serialize)]
    struct ErrorRecord<'a> {
        id: &'a Value,
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
            max: Some(d("0.1")),
        });
        let text = "x";
        let entity = Entity::new(text, 0, 1, 1.0, kind).unwrap();
        let mut out = Vec::new();
        write_record(&mut out, &Value::from(7), &[entity]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r#"{"id":7,"entities":[{"type":"money","text":"x","start":0,"end":0,"#,
                r#""byte_start":0,"byte_end":1,"amount":12345678901234567890.05,"#,
                r#""currency":"EUR","max":0.1,"min":12345678901234567890.05,"#,
                r#""qualifier":"at_least","confidence":1.0}]}"#,
                "\n"
            )
        );
    }

    #[test]
    fn error_record_echoes_id() {
        let mut out = Vec::new();
        write_error_record(&mut out, &Value::String("a\"b".into()), "bad");
        assert_eq!(out, b"{\"id\":\"a\\\"b\",\"error\":\"bad\"}\n");
    }
}

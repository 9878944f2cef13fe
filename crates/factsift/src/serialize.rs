//! `serde::Serialize` for the result types, in the form of the JSONL contract of
//! `factsift extract --jsonl` (see the README), so `serde_json::to_string(&doc)` writes what the
//! command line writes.
//!
//! An [`Entity`] is an object with the keys `type`, `text`, `start`, `end`, `byte_start`,
//! `byte_end`, its typed fields in alphabetical order (optional ones left out when absent,
//! except money's `currency`, which is `null` then), and `confidence`. A [`Document`](crate::Document)
//! is `{"entities": [...]}`. A [`Decimal`] is a JSON number: integers always with their exact
//! digits; numbers with a fraction with their exact digits under the crate's
//! `arbitrary-precision` feature, otherwise as the nearest `f64` (which keeps up to 15
//! significant digits).
//!
//! ```
//! use factsift::{EntityType, Extractor};
//! let extractor = Extractor::builder().types([EntityType::Money]).build().unwrap();
//! let doc = extractor.extract("It cost $41 billion.");
//! assert_eq!(
//!     serde_json::to_string(&doc).unwrap(),
//!     r#"{"entities":[{"type":"money","text":"$41 billion","start":8,"end":19,"#.to_owned()
//!         + r#""byte_start":8,"byte_end":19,"amount":41000000000,"currency":"USD","#
//!         + r#""confidence":1.0}]}"#
//! );
//! ```

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::entity::{Entity, EntityKind, Money, Organization, Percentage, Person, Place};
use crate::Decimal;

/// Typed fields that are written into an enclosing JSON object.
trait Fields {
    /// How many entries [`Fields::write`] writes.
    fn count(&self) -> usize;
    /// Writes the entries, in alphabetical order of their keys.
    fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// Implements [`Fields`] and `Serialize` (as an object of those fields) for a payload type.
/// Each field is `always` written or written only `if_some`; list them alphabetically.
macro_rules! typed_fields {
    ($ty:ident { $($field:ident: $when:ident),* $(,)? }) => {
        impl Fields for $ty {
            fn count(&self) -> usize {
                0 $(+ typed_fields!(@count $when, &self.$field))*
            }

            fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                $(typed_fields!(@write $when, map, stringify!($field), &self.$field);)*
                Ok(())
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.count()))?;
                self.write(&mut map)?;
                map.end()
            }
        }
    };
    (@count always, $value:expr) => { 1 };
    (@count if_some, $value:expr) => { usize::from($value.is_some()) };
    (@write always, $map:ident, $key:expr, $value:expr) => { $map.serialize_entry($key, $value)? };
    (@write if_some, $map:ident, $key:expr, $value:expr) => {
        if let Some(value) = $value {
            $map.serialize_entry($key, value)?;
        }
    };
}

typed_fields!(Person { canonical: always, name: always, title: if_some });
typed_fields!(Place { canonical: always, country: if_some, kind: if_some, name: always });
typed_fields!(Organization { acronym: if_some, canonical: always, name: always });
typed_fields!(Money {
    amount: always,
    currency: always,
    max: if_some,
    min: if_some,
    qualifier: if_some,
});
typed_fields!(Percentage {
    kind: always,
    max: if_some,
    min: if_some,
    qualifier: if_some,
    value: always,
});

impl Fields for EntityKind {
    fn count(&self) -> usize {
        match self {
            EntityKind::Person(p) => p.count(),
            EntityKind::Place(p) => p.count(),
            EntityKind::Organization(o) => o.count(),
            EntityKind::Money(m) => m.count(),
            EntityKind::Percentage(p) => p.count(),
        }
    }

    fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        match self {
            EntityKind::Person(p) => p.write(map),
            EntityKind::Place(p) => p.write(map),
            EntityKind::Organization(o) => o.write(map),
            EntityKind::Money(m) => m.write(map),
            EntityKind::Percentage(p) => p.write(map),
        }
    }
}

/// `{"type": ..., typed fields...}`.
impl Serialize for EntityKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + self.count()))?;
        map.serialize_entry("type", self.entity_type().as_str())?;
        self.write(&mut map)?;
        map.end()
    }
}

/// The ENTITY object of the JSONL contract (see [`Entity`]).
impl Serialize for Entity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(7 + self.kind.count()))?;
        map.serialize_entry("type", self.entity_type().as_str())?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("byte_start", &self.byte_start)?;
        map.serialize_entry("byte_end", &self.byte_end)?;
        self.kind.write(&mut map)?;
        map.serialize_entry("confidence", &self.confidence)?;
        map.end()
    }
}

/// A number with the exact digits of [`Decimal`]'s `Display`, through serde_json's
/// arbitrary-precision protocol (the feature turns it on in serde_json too).
#[cfg(feature = "arbitrary-precision")]
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // serde_json writes the field of a struct with this name as a raw number.
        const TOKEN: &str = "$serde_json::private::Number";
        let mut number = serializer.serialize_struct(TOKEN, 1)?;
        number.serialize_field(TOKEN, &self.to_string())?;
        number.end()
    }
}

/// An integer with its exact digits, or a number with a fraction as the nearest `f64`.
#[cfg(not(feature = "arbitrary-precision"))]
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.scale(), i64::try_from(self.mantissa())) {
            (0, Ok(integer)) => serializer.serialize_i64(integer),
            (0, Err(_)) => serializer.serialize_i128(self.mantissa()),
            _ => serializer.serialize_f64(self.to_f64()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, PercentKind, PlaceKind, Qualifier};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    /// The keys of a serialized object, in the order written.
    fn keys(object: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut rest = object;
        while let Some(at) = rest.find("\":") {
            let start = rest[..at].rfind('"').unwrap();
            keys.push(rest[start + 1..at].to_string());
            rest = &rest[at + 2..];
        }
        keys
    }

    #[test]
    fn entities_follow_the_contract_key_order_with_every_optional_field() {
        let kinds = [
            EntityKind::Person(Person {
                name: "x".into(),
                title: Some("Dr".into()),
                canonical: "x".into(),
            }),
            EntityKind::Place(Place {
                name: "x".into(),
                canonical: "x".into(),
                kind: Some(PlaceKind::City),
                country: Some("KZ".into()),
            }),
            EntityKind::Organization(Organization {
                name: "x".into(),
                acronym: Some("X".into()),
                canonical: "x".into(),
            }),
            EntityKind::Money(Money {
                amount: d("5"),
                currency: None,
                qualifier: Some(Qualifier::AtMost),
                min: Some(d("5")),
                max: Some(d("7")),
            }),
            EntityKind::Percentage(Percentage {
                value: d("1.5"),
                kind: PercentKind::BasisPoints,
                qualifier: Some(Qualifier::MoreThan),
                min: Some(d("1.5")),
                max: Some(d("2")),
            }),
        ];
        let head = ["type", "text", "start", "end", "byte_start", "byte_end"];
        for kind in kinds {
            let entity = Entity::new("x", 0, 1, 0.5, kind).unwrap();
            let keys = keys(&json(&entity));
            assert_eq!(keys[..6], head);
            assert_eq!(keys.last().unwrap(), "confidence");
            let typed = &keys[6..keys.len() - 1];
            assert!(typed.windows(2).all(|w| w[0] < w[1]), "not alphabetical: {typed:?}");
            assert_eq!(typed.len(), entity.kind.count(), "{typed:?}");
            // The kind alone: its type, then the same typed fields.
            assert_eq!(self::keys(&json(&entity.kind))[1..], *typed);
        }
    }

    #[test]
    fn absent_options_are_left_out_but_currency_is_null() {
        let money =
            Money { amount: d("0.5"), currency: None, qualifier: None, min: None, max: None };
        assert_eq!(json(&money), r#"{"amount":0.5,"currency":null}"#);
        let person = Person { name: "Ana".into(), title: None, canonical: "Ana Lima".into() };
        assert_eq!(json(&person), r#"{"canonical":"Ana Lima","name":"Ana"}"#);
    }

    #[test]
    fn a_document_is_its_entity_list() {
        let percentage = EntityKind::Percentage(Percentage {
            value: d("66"),
            kind: PercentKind::Percent,
            qualifier: None,
            min: None,
            max: None,
        });
        let text = "é 66%";
        let doc = Document::new(text, vec![Entity::new(text, 3, 6, 1.0, percentage).unwrap()]);
        assert_eq!(
            json(&doc),
            r#"{"entities":[{"type":"percentage","text":"66%","start":2,"end":5,"byte_start":3,"byte_end":6,"kind":"percent","value":66,"confidence":1.0}]}"#
        );
    }

    #[test]
    fn decimals_are_json_numbers_with_their_digits() {
        for s in ["0", "-7", "41000000000", "15.5", "0.05", "-0.4", "30050000000.5"] {
            assert_eq!(json(&d(s)), s);
        }
        // Beyond i64, integers keep every digit in both modes.
        let big = "123456789012345678901234567890";
        assert_eq!(json(&d(big)), big);
    }

    #[cfg(feature = "arbitrary-precision")]
    #[test]
    fn arbitrary_precision_keeps_every_digit_of_a_fraction() {
        for s in ["12345678901234567890.05", "0.0000001", "1.0000000000000000000000000001"] {
            assert_eq!(json(&d(s)), s);
        }
    }
}

//! The result types: an [`Entity`] is a span of the input plus a typed payload.

use std::fmt;

use serde::Serialize;
use smol_str::SmolStr;

use crate::currency_code::Currency;
use crate::Decimal;

/// The five kinds of entity factsift extracts.
///
/// ```
/// use factsift::EntityType;
/// assert_eq!(EntityType::Money.as_str(), "money");
/// assert_eq!("percentage".parse::<EntityType>(), Ok(EntityType::Percentage));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person's name.
    Person,
    /// A country, city, region, natural feature or named structure.
    Place,
    /// A company, government body, international body, party, team, newspaper...
    Organization,
    /// An amount of money.
    Money,
    /// A percentage, or a change in percentage points or basis points.
    Percentage,
}

impl EntityType {
    /// All five types, in a fixed order.
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Place,
        EntityType::Organization,
        EntityType::Money,
        EntityType::Percentage,
    ];

    /// The lower-case label used in JSON output (`"person"`, `"money"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Organization => "organization",
            EntityType::Money => "money",
            EntityType::Percentage => "percentage",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a string that names no entity type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEntityType(pub String);

impl fmt::Display for UnknownEntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown entity type {:?} (expected one of: person, place, organization, money, percentage)",
            self.0
        )
    }
}

impl std::error::Error for UnknownEntityType {}

impl std::str::FromStr for EntityType {
    type Err = UnknownEntityType;

    /// Accepts the JSON labels and a few common plurals/aliases (`people`, `org`, `percent`).
    fn from_str(s: &str) -> Result<EntityType, UnknownEntityType> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "person" | "people" | "persons" | "per" => EntityType::Person,
            "place" | "places" | "location" | "loc" => EntityType::Place,
            "organization" | "organisations" | "organizations" | "organisation" | "org" => {
                EntityType::Organization
            }
            "money" => EntityType::Money,
            "percentage" | "percentages" | "percent" => EntityType::Percentage,
            _ => return Err(UnknownEntityType(s.to_string())),
        })
    }
}

/// The error for a string that is none of the labels of [`PlaceKind`], [`PercentKind`] or
/// [`Qualifier`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel {
    /// What was being read: "place kind", "percentage kind" or "qualifier".
    pub what: &'static str,
    /// The string given.
    pub value: String,
    /// The labels accepted, in declaration order.
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expected = self.expected.join(", ");
        write!(f, "unknown {} {:?} (expected one of: {expected})", self.what, self.value)
    }
}

impl std::error::Error for UnknownLabel {}

/// The JSON labels of a field-less enum, written once: `ALL`, `as_str`, `Display` and an exact
/// `FromStr` (serde writes the same labels, by `rename_all`).
macro_rules! labels {
    ($ty:ident, $what:literal, [$($variant:ident => $label:literal),+ $(,)?]) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];
            const LABELS: &'static [&'static str] = &[$($label),+];

            /// The label used in JSON output.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $label),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = UnknownLabel;

            /// Reads a label exactly as `as_str` writes it.
            fn from_str(s: &str) -> Result<$ty, UnknownLabel> {
                $ty::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| UnknownLabel {
                    what: $what,
                    value: s.to_string(),
                    expected: $ty::LABELS,
                })
            }
        }
    };
}

/// One mention found in the text.
///
/// `start..end` are code-point offsets (end exclusive), `byte_start..byte_end` byte offsets,
/// both always on character boundaries, and `text` equals `input[byte_start..byte_end]`.
///
/// With serde it serializes as the ENTITY object of the `factsift extract --jsonl` contract:
/// `type`, `text`, `start`, `end`, `byte_start`, `byte_end`, the typed fields in alphabetical
/// order (absent optional ones left out; money's `currency` is `null` when unknown), then
/// `confidence`; amounts are JSON numbers (see [`Decimal`]).
///
/// Its strings (here and in the payloads) are [`SmolStr`]s: immutable, up to 23 bytes kept
/// inline (most mentions allocate nothing), longer ones shared when cloned. They deref to
/// `str` and compare with `&str` and `String`:
///
/// ```
/// use factsift::Extractor;
/// let doc = Extractor::default().extract("Prices rose 12%.");
/// let entity = &doc.entities()[0];
/// assert_eq!(entity.text, "12%");
/// assert_eq!(entity.text.as_str(), "12%");
/// let owned: String = entity.text.to_string();
/// assert_eq!(owned, entity.text);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the last character.
    pub byte_end: usize,
    /// The mention as it stands in the text.
    pub text: SmolStr,
    /// How sure the extractor is, from 0 to 1: 1 for mentions found by grammar rules (money,
    /// percentages) and for names the caller added; for other names, the estimated chance that
    /// the name is right, span and type exact, calibrated on held-out news (read it as an upper
    /// bound and a ranking on other genres: see the README's "Confidence").
    pub confidence: f32,
    /// What was found, with its typed values.
    pub kind: EntityKind,
}

impl Entity {
    /// An entity over `text[byte_start..byte_end]`; its code-point offsets are filled in when it
    /// becomes part of a [`crate::Document`]. Returns `None` if the range is empty, out of
    /// bounds or not on character boundaries.
    pub fn new(
        text: &str,
        byte_start: usize,
        byte_end: usize,
        confidence: f32,
        kind: EntityKind,
    ) -> Option<Entity> {
        let slice = text.get(byte_start..byte_end).filter(|s| !s.is_empty())?;
        Some(Entity {
            start: 0,
            end: 0,
            byte_start,
            byte_end,
            text: SmolStr::new(slice),
            confidence,
            kind,
        })
    }

    /// An entity whose `text` the caller already holds (the slice `byte_start..byte_end` of
    /// the input, checked when it becomes part of a [`crate::Document`]): a long name's text
    /// then shares its string with the payload's `name`.
    pub(crate) fn named(
        text: SmolStr,
        byte_start: usize,
        byte_end: usize,
        confidence: f32,
        kind: EntityKind,
    ) -> Entity {
        Entity { start: 0, end: 0, byte_start, byte_end, text, confidence, kind }
    }

    /// The entity's type.
    pub fn entity_type(&self) -> EntityType {
        self.kind.entity_type()
    }
}

/// The typed payload of an [`Entity`]; serialized as an object of `"type"` and the typed
/// fields, in alphabetical order.
#[derive(Debug, Clone, PartialEq)]
pub enum EntityKind {
    /// A person's name.
    Person(Person),
    /// A place.
    Place(Place),
    /// An organization.
    Organization(Organization),
    /// An amount of money.
    Money(Money),
    /// A percentage.
    Percentage(Percentage),
}

impl EntityKind {
    /// Which of the five types this is.
    pub fn entity_type(&self) -> EntityType {
        match self {
            EntityKind::Person(_) => EntityType::Person,
            EntityKind::Place(_) => EntityType::Place,
            EntityKind::Organization(_) => EntityType::Organization,
            EntityKind::Money(_) => EntityType::Money,
            EntityKind::Percentage(_) => EntityType::Percentage,
        }
    }
}

/// A person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The name as written (no title, no possessive).
    pub name: SmolStr,
    /// A title standing right before the name ("President", "Deputy Foreign Minister").
    pub title: Option<SmolStr>,
    /// The fullest form of this person's name in the document.
    pub canonical: SmolStr,
}

/// What kind of place a [`Place`] is.
///
/// ```
/// use factsift::PlaceKind;
/// assert_eq!(PlaceKind::City.as_str(), "city");
/// assert_eq!("region".parse::<PlaceKind>(), Ok(PlaceKind::Region));
/// assert!("Region".parse::<PlaceKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A sovereign country or territory.
    Country,
    /// A city or town.
    City,
    /// A region, province, state or continent.
    Region,
    /// A sea, lake, river, mountain or other natural feature.
    Natural,
}

labels!(PlaceKind, "place kind", [
    Country => "country",
    City => "city",
    Region => "region",
    Natural => "natural",
]);

/// A place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The name as written.
    pub name: SmolStr,
    /// The standard name ("Astana" for "Nur-Sultan").
    pub canonical: SmolStr,
    /// What kind of place, where known.
    pub kind: Option<PlaceKind>,
    /// ISO 3166-1 alpha-2 code of the country it is or lies in, where known.
    pub country: Option<SmolStr>,
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// The name as written.
    pub name: SmolStr,
    /// Its acronym where the document gives one ("SCO").
    pub acronym: Option<SmolStr>,
    /// The full name, where the document ties an acronym to one.
    pub canonical: SmolStr,
}

/// A word before an amount that bounds or softens it; kept as data, outside the span.
///
/// ```
/// use factsift::Qualifier;
/// assert_eq!(Qualifier::AtLeast.as_str(), "at_least");
/// assert_eq!("more_than".parse::<Qualifier>(), Ok(Qualifier::MoreThan));
/// assert_eq!(Qualifier::ALL.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// about, around, approximately, nearly, some, roughly, almost...
    Approximately,
    /// at least, no less than.
    AtLeast,
    /// more than, over, above, exceeding.
    MoreThan,
    /// at most, up to, no more than.
    AtMost,
    /// less than, under, below.
    LessThan,
}

labels!(Qualifier, "qualifier", [
    Approximately => "approximately",
    AtLeast => "at_least",
    MoreThan => "more_than",
    AtMost => "at_most",
    LessThan => "less_than",
]);

/// An amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    /// The exact amount in whole currency units ("$30.05 billion" -> 30050000000,
    /// "50 cents" -> 0.5). For a range, the lower bound.
    pub amount: Decimal,
    /// ISO 4217 code where the text determines one.
    pub currency: Option<Currency>,
    /// A qualifier standing before the amount.
    pub qualifier: Option<Qualifier>,
    /// Lower bound of a range ("$5-10 million" -> 5000000).
    pub min: Option<Decimal>,
    /// Upper bound of a range ("$5-10 million" -> 10000000).
    pub max: Option<Decimal>,
}

/// Whether a [`Percentage`] is a share or a change in a rate.
///
/// ```
/// use factsift::PercentKind;
/// assert_eq!(PercentKind::BasisPoints.as_str(), "basis_points");
/// assert_eq!(PercentKind::BasisPoints.to_string(), "basis_points");
/// let err = "bps".parse::<PercentKind>().unwrap_err();
/// assert_eq!(err.expected, ["percent", "percentage_points", "basis_points"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PercentKind {
    /// A plain percentage: "15.5%", "80 percent".
    Percent,
    /// A change in a rate: "2 percentage points".
    PercentagePoints,
    /// Hundredths of a percentage point: "50 basis points".
    BasisPoints,
}

labels!(PercentKind, "percentage kind", [
    Percent => "percent",
    PercentagePoints => "percentage_points",
    BasisPoints => "basis_points",
]);

/// A percentage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Percentage {
    /// The number as written, in the unit of `kind` (15.5 for "15.5%"). For a range, the lower bound.
    pub value: Decimal,
    /// Percent, percentage points or basis points.
    pub kind: PercentKind,
    /// A qualifier standing before the number.
    pub qualifier: Option<Qualifier>,
    /// Lower bound of a range ("10-15%" -> 10).
    pub min: Option<Decimal>,
    /// Upper bound of a range ("10-15%" -> 15).
    pub max: Option<Decimal>,
}

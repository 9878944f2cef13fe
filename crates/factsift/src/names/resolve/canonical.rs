//! Canonical forms, and the entities built from the resolved names: a person's fullest name
//! in the document and title, a place's standard name, kind and country, an organization's
//! acronym and expansion.

use super::acronyms::Acronyms;
use super::titles::title_before;
use crate::entity::{Entity, EntityKind, Organization, Person, Place};
use crate::hash::FastMap;
use crate::names::context::DocContext;
use crate::names::lexicon::GAZETTEER;
use crate::names::span::{NameLabel, NameSpan};

/// Appends an entity for each of `spans` (resolved, trimmed, in text order) to `out`.
pub(crate) fn entities(
    doc: &DocContext,
    spans: &[NameSpan],
    acronyms: &Acronyms,
    out: &mut Vec<Entity>,
) {
    let fullest = FullestNames::new(doc, spans);
    for s in spans {
        let name = doc.slice(s.a, s.b).to_string();
        let kind = match s.label {
            NameLabel::Person => {
                let (ca, cb) = fullest.of(doc, s);
                EntityKind::Person(Person {
                    title: title_before(doc, s.a),
                    canonical: doc.slice(ca, cb).to_string(),
                    name,
                })
            }
            NameLabel::Place => EntityKind::Place(place(doc, s, name)),
            _ => EntityKind::Organization(organization(acronyms, name)),
        };
        let (bs, be) = (doc.toks.tokens[s.a].start, doc.toks.tokens[s.b].end);
        if let Some(e) = Entity::new(doc.text, bs, be, s.conf.clamp(0.0, 1.0), kind) {
            out.push(e);
        }
    }
}

/// For each word of a person's name, the longest name containing it (the earliest among
/// equals), as a token range.
struct FullestNames<'d>(FastMap<&'d str, (usize, usize)>);

impl<'d> FullestNames<'d> {
    fn new(doc: &'d DocContext, spans: &[NameSpan]) -> FullestNames<'d> {
        let mut fullest: FastMap<&str, (usize, usize)> = FastMap::default();
        for s in spans.iter().filter(|s| s.label == NameLabel::Person) {
            for i in s.a..=s.b {
                let e = fullest.entry(doc.lower(i)).or_insert((s.a, s.b));
                if s.b - s.a > e.1 - e.0 {
                    *e = (s.a, s.b);
                }
            }
        }
        FullestNames(fullest)
    }

    /// The fullest form of person `s`: the longest name holding its last word, if it holds
    /// all of its words.
    fn of(&self, doc: &DocContext, s: &NameSpan) -> (usize, usize) {
        let Some(&(ca, cb)) = self.0.get(doc.lower(s.b)) else { return (s.a, s.b) };
        let theirs: Vec<&str> = (ca..=cb).map(|i| doc.lower(i)).collect();
        if (s.a..=s.b).all(|i| theirs.contains(&doc.lower(i))) {
            (ca, cb)
        } else {
            (s.a, s.b)
        }
    }
}

/// A place, with the gazetteer's standard name, kind and country where it knows the name.
fn place(doc: &DocContext, s: &NameSpan, name: String) -> Place {
    let entry = GAZETTEER.get(doc.key(s.a, s.b)).filter(|e| e.kind.is_some());
    Place {
        canonical: entry.map_or_else(|| name.clone(), |e| e.canonical.to_string()),
        kind: entry.and_then(|e| e.kind),
        country: entry.and_then(|e| e.country).map(|c| String::from_utf8_lossy(&c).into_owned()),
        name,
    }
}

/// An organization, with the acronym or expansion the document ties to it.
fn organization(acronyms: &Acronyms, name: String) -> Organization {
    let (acronym, canonical) = if let Some((full, _)) = acronyms.canonical_of_acronym.get(&name) {
        (Some(name.clone()), full.clone())
    } else if let Some(acro) = acronyms.acronym_of_full.get(&name) {
        (Some(acro.clone()), name.clone())
    } else {
        (None, name.clone())
    };
    Organization { acronym, canonical, name }
}

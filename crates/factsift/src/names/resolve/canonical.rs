//! Canonical forms, and the entities built from the resolved names: a person's fullest name
//! in the document and title, a place's standard name, kind and country, an organization's
//! acronym and expansion.

use smol_str::SmolStr;

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
    out.reserve(spans.len());
    for s in spans {
        // The entity's text and the name are one string: inline when short, shared when long.
        let name = SmolStr::new(doc.slice(s.a, s.b));
        let text = name.clone();
        let kind = match s.label {
            NameLabel::Person => {
                let (ca, cb) = fullest.of(doc, s);
                let canonical =
                    if (ca, cb) == (s.a, s.b) { name.clone() } else { doc.slice(ca, cb).into() };
                EntityKind::Person(Person {
                    title: title_before(doc, s.a).map(SmolStr::new),
                    canonical,
                    name,
                })
            }
            NameLabel::Place => EntityKind::Place(place(doc, s, name)),
            _ => EntityKind::Organization(organization(acronyms, name)),
        };
        let (bs, be) = (doc.toks.tokens[s.a].start, doc.toks.tokens[s.b].end);
        out.push(Entity::named(text, bs, be, s.conf.clamp(0.0, 1.0), kind));
    }
}

/// For each word of a person's name, the longest name containing it (the earliest among
/// equals), as a token range.
struct FullestNames<'d>(FastMap<&'d str, (usize, usize)>);

impl<'d> FullestNames<'d> {
    fn new(doc: &'d DocContext, spans: &[NameSpan]) -> FullestNames<'d> {
        let people = || spans.iter().filter(|s| s.label == NameLabel::Person);
        // Room for every word of the people's names, and no more: the map is not regrown, and
        // a small table is cheap to allocate (none in a document naming no one).
        let words = people().map(|s| s.b - s.a + 1).sum();
        let mut fullest: FastMap<&str, (usize, usize)> =
            FastMap::with_capacity_and_hasher(words, Default::default());
        for s in people() {
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
        let theirs = |w: &str| (ca..=cb).any(|j| doc.lower(j) == w);
        if (ca, cb) != (s.a, s.b) && (s.a..=s.b).all(|i| theirs(doc.lower(i))) {
            (ca, cb)
        } else {
            (s.a, s.b)
        }
    }
}

/// A place, with the gazetteer's standard name, kind and country where it knows the name.
fn place(doc: &DocContext, s: &NameSpan, name: SmolStr) -> Place {
    let entry = GAZETTEER.get(doc.key(s.a, s.b)).filter(|e| e.kind().is_some());
    Place {
        canonical: entry.map_or_else(|| name.clone(), |e| SmolStr::new(e.canonical())),
        kind: entry.and_then(|e| e.kind()),
        country: entry.and_then(|e| e.country()).map(|c| SmolStr::new(String::from_utf8_lossy(&c))),
        name,
    }
}

/// An organization, with the acronym or expansion the document ties to it.
fn organization(acronyms: &Acronyms, name: SmolStr) -> Organization {
    let (acronym, canonical) = if let Some((full, _)) = acronyms.canonical_of_acronym.get(&name) {
        (Some(name.clone()), full.clone())
    } else if let Some(acro) = acronyms.acronym_of_full.get(&name) {
        (Some(acro.clone()), name.clone())
    } else {
        (None, name.clone())
    };
    Organization { acronym, canonical, name }
}

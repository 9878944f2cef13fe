//! [`Document`]: the entities found in one text, in text order, with exact offsets.

use serde::Serialize;

use crate::entity::{
    Entity, EntityKind, EntityType, Money, Organization, Percentage, Person, Place,
};

/// The entities found in one text, in text order and never overlapping.
///
/// ```
/// use factsift::Extractor;
/// let text = "Exports rose 12% to $3.5 billion.";
/// let doc = Extractor::default().extract(text);
/// for e in doc.entities() {
///     assert_eq!(&text[e.byte_start..e.byte_end], e.text);
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document<'a> {
    #[serde(skip)]
    text: &'a str,
    entities: Vec<Entity>,
}

impl<'a> Document<'a> {
    /// Builds a document from entities found in `text` (in any order): sorts them, drops any
    /// whose range is not a valid non-empty slice of `text`, resolves overlaps (the longer
    /// span wins, then the earlier, then the more confident), and fills in code-point offsets.
    pub fn new(text: &'a str, mut entities: Vec<Entity>) -> Document<'a> {
        entities.retain(|e| {
            text.get(e.byte_start..e.byte_end).is_some_and(|s| !s.is_empty() && s == e.text)
        });
        // Common case: recognizers report spans in text order that do not overlap; then every
        // entity is kept and the priority order below does not matter.
        // Until `fill_char_offsets`, an entity's `start` holds its place in the input, the last
        // key of the priority order (so that order is stable without scratch space).
        entities.iter_mut().enumerate().for_each(|(i, e)| e.start = i);
        sort_by_start(&mut entities);
        if entities.windows(2).all(|w| w[0].byte_end <= w[1].byte_start) {
            fill_char_offsets(text, &mut entities);
            return Document { text, entities };
        }
        entities.sort_unstable_by(|a, b| {
            (b.byte_end - b.byte_start)
                .cmp(&(a.byte_end - a.byte_start))
                .then(a.byte_start.cmp(&b.byte_start))
                .then(b.confidence.total_cmp(&a.confidence))
                .then(a.start.cmp(&b.start))
        });
        // Kept spans never overlap, so only the kept span starting last before `e` ends can
        // overlap it: one ordered-map look-up per entity instead of a scan of all kept ones.
        let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
        entities.retain(|e| {
            let clash =
                taken.range(..e.byte_end).next_back().is_some_and(|(_, &end)| end > e.byte_start);
            if !clash {
                taken.insert(e.byte_start, e.byte_end);
            }
            !clash
        });
        drop(taken);
        // Kept spans start at distinct places.
        entities.sort_unstable_by_key(|e| e.byte_start);
        fill_char_offsets(text, &mut entities);
        Document { text, entities }
    }

    /// The text the entities were found in.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// All entities, in text order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Takes the entities out of the document.
    pub fn into_entities(self) -> Vec<Entity> {
        self.entities
    }

    /// The entities of one type, in text order.
    pub fn of_type(&self, ty: EntityType) -> impl Iterator<Item = &Entity> + '_ {
        self.entities.iter().filter(move |e| e.entity_type() == ty)
    }

    /// People mentioned, with their entities.
    pub fn people(&self) -> impl Iterator<Item = (&Entity, &Person)> + '_ {
        self.entities.iter().filter_map(|e| match &e.kind {
            EntityKind::Person(p) => Some((e, p)),
            _ => None,
        })
    }

    /// Places mentioned, with their entities.
    pub fn places(&self) -> impl Iterator<Item = (&Entity, &Place)> + '_ {
        self.entities.iter().filter_map(|e| match &e.kind {
            EntityKind::Place(p) => Some((e, p)),
            _ => None,
        })
    }

    /// Organizations mentioned, with their entities.
    pub fn organizations(&self) -> impl Iterator<Item = (&Entity, &Organization)> + '_ {
        self.entities.iter().filter_map(|e| match &e.kind {
            EntityKind::Organization(o) => Some((e, o)),
            _ => None,
        })
    }

    /// Money amounts, with their entities.
    ///
    /// ```
    /// use factsift::Extractor;
    /// let doc = Extractor::default().extract("Trade reached $41 billion.");
    /// let (entity, money) = doc.money().next().unwrap();
    /// assert_eq!(entity.text, "$41 billion");
    /// assert_eq!(money.amount.to_string(), "41000000000");
    /// assert_eq!(money.currency.unwrap(), "USD");
    /// ```
    pub fn money(&self) -> impl Iterator<Item = (&Entity, &Money)> + '_ {
        self.entities.iter().filter_map(|e| match &e.kind {
            EntityKind::Money(m) => Some((e, m)),
            _ => None,
        })
    }

    /// Percentages, with their entities.
    pub fn percentages(&self) -> impl Iterator<Item = (&Entity, &Percentage)> + '_ {
        self.entities.iter().filter_map(|e| match &e.kind {
            EntityKind::Percentage(p) => Some((e, p)),
            _ => None,
        })
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

impl<'d> IntoIterator for &'d Document<'_> {
    type Item = &'d Entity;
    type IntoIter = std::slice::Iter<'d, Entity>;

    fn into_iter(self) -> Self::IntoIter {
        self.entities.iter()
    }
}

/// Sorts entities by `byte_start`, keeping the order of equal ones. The input is a few runs
/// already in order (one a recognizer), so a stable sort finds them and merges; it sorts
/// 4-byte indices, then moves the entities into place (a stable sort of the entities
/// themselves would borrow room for half of them, a cached key 16 bytes each).
fn sort_by_start(entities: &mut [Entity]) {
    if entities.windows(2).all(|w| w[0].byte_start <= w[1].byte_start) {
        return;
    }
    let Ok(n) = u32::try_from(entities.len()) else {
        // Over four billion entities: sorted in place, by start and then place in the input.
        entities.sort_unstable_by_key(|e| (e.byte_start, e.start));
        return;
    };
    let mut order: Vec<u32> = (0..n).collect();
    order.sort_by_key(|&i| entities[i as usize].byte_start);
    // Position k takes the entity at `order[k]`: one cycle of swaps at a time, each position
    // marked done by pointing at itself.
    for first in 0..order.len() {
        let mut k = first;
        while order[k] as usize != k {
            let from = order[k] as usize;
            order[k] = k as u32;
            if from == first {
                break;
            }
            entities.swap(k, from);
            k = from;
        }
    }
}

/// Fills `start`/`end` (code points) from the byte offsets, in one pass over the text.
/// `entities` must be sorted by `byte_start` and not overlap.
fn fill_char_offsets(text: &str, entities: &mut [Entity]) {
    // In the text's ASCII opening (read a block at a time: all of most news), a code point is
    // a byte, and an offset there needs no counting; past it, the characters are counted. The
    // opening is only looked for up to the last entity's end (all of it at once first).
    let read = &text.as_bytes()[..entities.last().map_or(0, |e| e.byte_end)];
    let ascii = if read.is_ascii() {
        read.len()
    } else {
        read.chunks(32).take_while(|b| b.is_ascii()).map(<[u8]>::len).sum()
    };
    let mut chars = 0usize;
    let mut pos = 0usize;
    let mut count_to = |target: usize| {
        chars = if target <= ascii { target } else { chars + text[pos..target].chars().count() };
        pos = target;
        chars
    };
    for e in entities {
        e.start = count_to(e.byte_start);
        e.end = count_to(e.byte_end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Decimal, PercentKind};

    fn pct(text: &str, a: usize, b: usize, confidence: f32) -> Entity {
        let kind = EntityKind::Percentage(Percentage {
            value: Decimal::from(1i64),
            kind: PercentKind::Percent,
            qualifier: None,
            min: None,
            max: None,
        });
        Entity::new(text, a, b, confidence, kind).unwrap()
    }

    #[test]
    fn sorts_resolves_overlaps_and_counts_code_points() {
        let text = "ÄÖ 5% then 7 %";
        let b5 = text.find('5').unwrap();
        let b7 = text.find('7').unwrap();
        let doc = Document::new(
            text,
            vec![
                pct(text, b7, text.len(), 1.0),
                pct(text, b5, b5 + 2, 1.0),
                pct(text, b5, b5 + 1, 1.0),
            ],
        );
        let spans: Vec<_> =
            doc.entities().iter().map(|e| (e.start, e.end, e.text.as_str())).collect();
        assert_eq!(spans, vec![(3, 5, "5%"), (11, 14, "7 %")]);
    }

    #[test]
    fn code_points_are_counted_across_an_ascii_opening_and_what_follows_it() {
        // Entities within the ASCII opening (over a block long), right at its end, and past
        // the first accented letter, whose offsets in code points fall behind the bytes.
        for pad in [0, 31, 32, 33, 64, 70] {
            let text = format!("{}1% 2% é 3% ÄÖ 4%", "x".repeat(pad));
            let at: Vec<usize> = text.match_indices('%').map(|(b, _)| b - 1).collect();
            let entities = at.iter().map(|&b| pct(&text, b, b + 2, 1.0)).collect();
            let doc = Document::new(&text, entities);
            let got: Vec<(usize, usize)> =
                doc.entities().iter().map(|e| (e.start, e.end)).collect();
            let chars = |b: usize| text[..b].chars().count();
            let expected: Vec<(usize, usize)> =
                at.iter().map(|&b| (chars(b), chars(b + 2))).collect();
            assert_eq!(got, expected, "pad {pad}");
            assert_eq!(expected[3], (pad + 14, pad + 16));
        }
    }

    #[test]
    fn sorting_by_start_keeps_the_order_of_equal_starts() {
        let text = "0123456789".repeat(5);
        // Three runs in order, as three recognizers report them, with starts shared across
        // runs; the confidence tells the entities apart.
        let mut entities: Vec<Entity> = (0..60usize)
            .map(|i| {
                let at = (i % 20) * 2 + i / 20 % 2;
                pct(&text, at, at + 1 + i / 20, i as f32 / 100.0)
            })
            .collect();
        entities.iter_mut().enumerate().for_each(|(i, e)| e.start = i);
        let mut expected = entities.clone();
        expected.sort_by_key(|e| e.byte_start);
        sort_by_start(&mut entities);
        assert_eq!(entities, expected);
    }

    #[test]
    fn rejects_bad_ranges() {
        assert!(Entity::new("é", 0, 1, 1.0, pct("a", 0, 1, 1.0).kind).is_none());
        assert!(Entity::new("abc", 2, 9, 1.0, pct("a", 0, 1, 1.0).kind).is_none());
        assert!(Entity::new("abc", 1, 1, 1.0, pct("a", 0, 1, 1.0).kind).is_none());
    }
}

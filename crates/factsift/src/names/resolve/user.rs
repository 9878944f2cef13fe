//! Names the user asked to find: whole-token, case-insensitive matches within a sentence,
//! longest first; they win over the tagger where they overlap.

use crate::entity::EntityType;
use crate::hash::KeyMap;
use crate::names::context::DocContext;
use crate::names::lexicon::{phrase_key, phrase_key_extend, phrase_words};
use crate::names::span::{NameLabel, NameSpan};

/// Names the user asked to find, by normalized phrase key.
#[derive(Debug, Default, Clone)]
pub(crate) struct UserNames {
    by_key: KeyMap<u64, NameLabel>,
    max_len: usize,
}

impl UserNames {
    /// Adds `names` as `ty`; entries of other types than person, place or organization, empty
    /// ones and ones over 12 tokens are ignored.
    pub fn add<S: AsRef<str>>(&mut self, ty: EntityType, names: impl IntoIterator<Item = S>) {
        let Some(label) = NameLabel::from_entity_type(ty) else { return };
        for name in names {
            let words = phrase_words(name.as_ref());
            if words.is_empty() || words.len() > 12 {
                continue;
            }
            self.max_len = self.max_len.max(words.len());
            self.by_key.insert(phrase_key(words.iter().map(String::as_str)), label);
        }
    }

    /// Replaces the tagger's names by the user's where they overlap.
    pub fn apply(&self, doc: &DocContext, spans: &mut Vec<NameSpan>) {
        if self.by_key.is_empty() {
            return;
        }
        let user_spans = self.find(doc);
        spans.retain(|s| user_spans.iter().all(|u| s.b < u.a || s.a > u.b));
        spans.extend(user_spans);
        spans.sort_by_key(|s| s.a);
    }

    /// The user's names in `doc`, longest match first from each token.
    fn find(&self, doc: &DocContext) -> Vec<NameSpan> {
        let n = doc.len();
        let mut found = Vec::new();
        let mut i = 0;
        while i < n {
            let mut h = None;
            let mut best = None;
            for e in i..(i + self.max_len).min(n) {
                if doc.sentence_of(e) != doc.sentence_of(i) {
                    break;
                }
                let k = phrase_key_extend(h, doc.lower(e));
                h = Some(k);
                if let Some(&label) = self.by_key.get(&k) {
                    best = Some((e, label));
                }
            }
            if let Some((e, label)) = best {
                found.push(NameSpan { a: i, b: e, label, conf: 1.0 });
                i = e + 1;
            } else {
                i += 1;
            }
        }
        found
    }
}

//! The last resolution step: drop other names (MISC), a leading "the"/"a"/"an", possessives,
//! and whatever a rule joined to a name across the end of its sentence.

use crate::names::context::DocContext;
use crate::names::span::NameSpan;

/// Trims `spans` to the names that are output, each within its sentence.
pub(crate) fn trim(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    spans.retain(|s| s.label.is_output());
    for s in spans {
        s.b = s.b.min(doc.sentence_end(s.a)).max(s.a);
        while s.a < s.b && matches!(doc.word(s.a), "the" | "a" | "an") {
            s.a += 1;
        }
        while s.b > s.a && matches!(doc.lower(s.b), "'s" | "'") {
            s.b -= 1;
        }
    }
}

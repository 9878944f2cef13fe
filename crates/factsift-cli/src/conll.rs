//! CoNLL-2003 files for `factsift eval --conll`: the core's reader
//! ([`factsift::conll::read_conll`]), with the gold person/place/organization names at
//! code-point offsets. Documents are named `doc-1`, `doc-2`... in file order.

use std::io::BufRead;

pub use factsift::conll::ConllError;

use crate::eval::{GoldDocument, GoldSpan};

/// Reads a CoNLL file into documents of rebuilt text with gold person/place/organization
/// spans (CoNLL's MISC is not evaluated).
///
/// ```
/// let conll = "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP B-PER\nsaid VBD B-VP O\n\" \" O O\n\
///              Hi UH O O\n! . O O\n\" \" O O\n";
/// let docs = factsift_cli::conll::read_conll(conll.as_bytes()).unwrap();
/// assert_eq!(docs[0].text, "Maria said \"Hi!\"");
/// assert_eq!((docs[0].spans[0].start, docs[0].spans[0].end), (0, 5));
/// ```
pub fn read_conll<R: BufRead>(input: R) -> Result<Vec<GoldDocument>, ConllError> {
    let docs = factsift::conll::read_conll(input)?;
    Ok(docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let at = char_offsets(&d.text);
            let spans = d
                .names
                .iter()
                .filter_map(|n| {
                    Some(GoldSpan {
                        start: at[n.byte_start],
                        end: at[n.byte_end],
                        entity_type: n.label.entity_type()?,
                        values: Default::default(),
                    })
                })
                .collect();
            GoldDocument { id: format!("doc-{}", i + 1), text: d.text, spans }
        })
        .collect())
}

/// The code-point offset of each byte offset of `text` that starts a character (and of its
/// end); other entries are unused.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut at = vec![0; text.len() + 1];
    for (c, (b, _)) in text.char_indices().enumerate() {
        at[b] = c;
    }
    at[text.len()] = text.chars().count();
    at
}

//! People, places and organizations, in stages over one [`DocContext`](context::DocContext)
//! built once per text; [`NameExtractor`] (in [`extractor`]) calls the stages in order:
//!
//! - tokens and sentences: [`crate::text`];
//! - name tagging: [`features`] (word, shape, affix, cluster, gazetteer and document-memory
//!   features), [`lexicons`](lexicon), the [`tagger`] (a greedy BILOU averaged perceptron)
//!   and its [`model`], giving [`NameSpan`](span::NameSpan)s;
//! - document resolution: [`resolve`] (lists, user names, acronyms, consistency, trimming,
//!   canonical forms), which also builds the entities;
//! - training (feature `train`): [`train`], over the same features and decoding.

mod context;
mod extractor;
mod features;
mod lexicon;
mod lexicon_keys;
pub(crate) mod model;
mod resolve;
pub(crate) mod span;
mod tagger;
#[cfg(feature = "train")]
mod train;

pub use extractor::{builtin_names_model, NameExtractor};
pub use model::ModelError;
pub use span::{GoldName, NameLabel};
#[cfg(feature = "train")]
pub use train::{title_case_headlines, train, TrainDoc, TrainOptions, Trained, FULL_WEIGHT_TOKENS};

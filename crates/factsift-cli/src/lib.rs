//! The reusable pieces of the `factsift` command-line tool.
//!
//! - [`process_jsonl`]: the streaming JSON Lines reader/writer behind
//!   `factsift extract --jsonl` (also the entry point for fuzzing it);
//! - [`json`]: the output records of the JSONL and JSON outputs;
//! - [`progress`]: the progress line and end-of-run summary on standard error;
//! - [`text`]: plain text inputs (UTF-8 checking) and the readable table;
//! - [`conll`] and [`eval`]: rebuilding natural text from CoNLL-2003 files and scoring
//!   extraction against gold spans, behind `factsift eval`;
//! - [`train`]: training documents and held-out scores, behind `factsift train`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod conll;
pub mod eval;
pub mod json;
pub mod jsonl;
pub mod progress;
pub mod text;
pub mod train;

pub use jsonl::{process_jsonl, process_jsonl_observed, process_jsonl_with, JsonlOptions, Summary};

//! Batch extraction: every `.txt` file of a folder is read and extracted in parallel with rayon,
//! and one line per file (in name order) lists what was found, then a line of totals.
//!
//! ```sh
//! cargo run --example batch_extract -- examples/news
//! ```
//!
//! One [`Extractor`] serves every thread: it is `Send + Sync`, so it is built once and shared.
//! A file that cannot be read (missing, not UTF-8) is reported on its line and the others are
//! still processed; the exit status is then 1.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factsift::{Entity, EntityType, Extractor};
use rayon::prelude::*;

/// One file and what came of it: its entities, or why it could not be read.
type FileResult = (PathBuf, io::Result<Vec<Entity>>);

fn main() -> ExitCode {
    let dir = std::env::args_os().nth(1).map_or_else(bundled_news, PathBuf::from);
    let files = match text_files(&dir) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("batch_extract: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let results = extract_all(&Extractor::default(), &files);
    match report(&results, &mut io::stdout().lock()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_unreadable) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("batch_extract: cannot write the report: {e}");
            ExitCode::from(2)
        }
    }
}

/// The folder of short news texts that comes with the repository.
fn bundled_news() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/news")
}

/// The `.txt` files directly in `dir`, sorted by name.
fn text_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "txt") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads and extracts every file on rayon's thread pool; the results come back in the order of
/// `files`, whichever thread finished first.
fn extract_all(extractor: &Extractor, files: &[PathBuf]) -> Vec<FileResult> {
    files
        .par_iter()
        .map(|path| {
            let entities =
                std::fs::read_to_string(path).map(|text| extractor.extract(&text).into_entities());
            (path.clone(), entities)
        })
        .collect()
}

/// Writes one line per file (its entities grouped by type, in text order within a type) and a
/// line of totals; returns how many files could not be read.
fn report(results: &[FileResult], out: &mut impl Write) -> io::Result<usize> {
    let mut totals = BTreeMap::<EntityType, usize>::new();
    let mut unreadable = 0;
    for (path, entities) in results {
        let name = path.file_name().unwrap_or(path.as_os_str()).to_string_lossy();
        let entities = match entities {
            Ok(entities) => entities,
            Err(e) => {
                unreadable += 1;
                writeln!(out, "{name}: cannot read: {e}")?;
                continue;
            }
        };
        let mut by_type = BTreeMap::<EntityType, Vec<&str>>::new();
        for e in entities {
            by_type.entry(e.entity_type()).or_default().push(&e.text);
            *totals.entry(e.entity_type()).or_default() += 1;
        }
        let found: Vec<String> =
            by_type.iter().map(|(ty, texts)| format!("{ty}: {}", texts.join(", "))).collect();
        writeln!(out, "{name} [{}] {}", entities.len(), found.join("; "))?;
    }
    let counts: Vec<String> = totals.iter().map(|(ty, n)| format!("{ty} {n}")).collect();
    writeln!(
        out,
        "{} files ({unreadable} unreadable), {} entities: {}",
        results.len(),
        totals.values().sum::<usize>(),
        counts.join(", ")
    )?;
    Ok(unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_results_equal_one_by_one_extraction_in_file_order() {
        let extractor = Extractor::default();
        let files = text_files(&bundled_news()).unwrap();
        assert!(files.len() >= 3, "{files:?}");
        let results = extract_all(&extractor, &files);
        assert_eq!(results.len(), files.len());
        for ((path, entities), file) in results.iter().zip(&files) {
            assert_eq!(path, file);
            let text = std::fs::read_to_string(file).unwrap();
            assert_eq!(entities.as_ref().unwrap(), extractor.extract(&text).entities());
        }
    }

    #[test]
    fn the_report_has_a_line_per_file_and_totals_that_add_up() {
        let results = extract_all(&Extractor::default(), &text_files(&bundled_news()).unwrap());
        let mut out = Vec::new();
        assert_eq!(report(&results, &mut out).unwrap(), 0);
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), results.len() + 1, "{out}");
        assert!(lines[0].starts_with("almaty_trade.txt ["), "{out}");
        assert!(lines[0].contains("money: $1.8 billion; percentage: 9%"), "{out}");
        let total: usize = results.iter().map(|(_, e)| e.as_ref().unwrap().len()).sum();
        let summary = format!("{} files (0 unreadable), {total} entities: ", results.len());
        assert!(lines[lines.len() - 1].starts_with(&summary), "{out}");
    }

    #[test]
    fn an_unreadable_file_is_reported_and_the_others_are_still_read() {
        let dir = std::env::temp_dir().join(format!("factsift-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), "Shares fell 3% and bonds rose 1.5%.").unwrap();
        std::fs::write(dir.join("b.txt"), b"\xff\xfe is not UTF-8").unwrap();
        std::fs::write(dir.join("notes.md"), "Not a .txt file: 40%.").unwrap();
        let results = extract_all(&Extractor::default(), &text_files(&dir).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
        let mut out = Vec::new();
        assert_eq!(report(&results, &mut out).unwrap(), 1);
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("a.txt [2] percentage: 3%, 1.5%\nb.txt: cannot read: "), "{out}");
        assert!(out.ends_with("\n2 files (1 unreadable), 2 entities: percentage 2\n"), "{out}");
    }
}

//! The progress line and the end-of-run summary `factsift extract` writes on standard error.
//!
//! On a terminal the progress line is redrawn in place (`\r`) and cleared before any other
//! message, so error messages written through [`Progress`] (it is a [`Write`]) never mix with
//! it; elsewhere (`--progress` into a file or pipe) each update is a line of its own.

use std::cell::RefCell;
use std::io::{self, Write};
use std::time::{Duration, Instant};

/// What a run has done so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents (JSONL lines or files) answered.
    pub documents: u64,
    /// Input bytes read.
    pub bytes: u64,
    /// Entities written.
    pub entities: u64,
    /// Documents that could not be processed.
    pub errors: u64,
}

/// Draws progress on an error stream (see the [module docs](self)). Its methods take `&self`,
/// so a run can report through `&Progress` (a [`Write`]) while it updates the counts.
///
/// ```
/// use factsift_cli::progress::{Counts, Progress};
/// use std::io::Write;
/// use std::time::Duration;
/// let progress = Progress::new(Vec::new(), false, Duration::ZERO, "lines");
/// progress.update(&Counts { documents: 1500, bytes: 2_500_000, entities: 4200, errors: 1 });
/// writeln!(&progress, "line 7: invalid JSON").unwrap();
/// let counts = Counts { documents: 3000, bytes: 5_000_000, entities: 8400, errors: 1 };
/// progress.finish(&counts).unwrap();
/// let text = String::from_utf8(progress.into_inner()).unwrap();
/// let lines: Vec<&str> = text.lines().collect();
/// assert!(lines[0].starts_with("factsift: 1,500 lines, 2.5 MB, "), "{}", lines[0]);
/// assert!(lines[0].ends_with(" MB/s, 4,200 entities, 1 error"), "{}", lines[0]);
/// assert_eq!(lines[1], "line 7: invalid JSON");
/// assert!(lines[2].starts_with("factsift: done: 3,000 lines, 8,400 entities, 1 error (5.0 MB in "));
/// ```
#[derive(Debug)]
pub struct Progress<W: Write> {
    state: RefCell<State<W>>,
    terminal: bool,
    noun: &'static str,
    start: Instant,
    /// No progress is drawn before this much time has passed (short runs show none).
    delay: Duration,
}

#[derive(Debug)]
struct State<W> {
    out: W,
    last_drawn: Option<Instant>,
    /// A progress line stands on the terminal and must be cleared before other output.
    drawn: bool,
}

/// Time between two updates.
const INTERVAL: Duration = Duration::from_millis(250);

impl<W: Write> Progress<W> {
    /// Progress on `out`, redrawn in place when `terminal`; `noun` names what is counted
    /// (`"lines"`, `"files"`). Nothing is drawn before `delay` has passed.
    pub fn new(out: W, terminal: bool, delay: Duration, noun: &'static str) -> Progress<W> {
        let state = RefCell::new(State { out, last_drawn: None, drawn: false });
        Progress { state, terminal, noun, start: Instant::now(), delay }
    }

    /// Draws `counts` unless the last update was drawn very recently. Write errors are ignored.
    pub fn update(&self, counts: &Counts) {
        let now = Instant::now();
        let mut state = self.state.borrow_mut();
        let due = match state.last_drawn {
            None => now.duration_since(self.start) >= self.delay,
            Some(last) => now.duration_since(last) >= INTERVAL,
        };
        if due {
            state.last_drawn = Some(now);
            let line = self.line(counts);
            let _ = if self.terminal {
                state.drawn = true;
                write!(state.out, "\r{line}\x1b[K")
            } else {
                writeln!(state.out, "{line}")
            };
            let _ = state.out.flush();
        }
    }

    /// Clears the progress line and writes the one-line summary of the run.
    pub fn finish(&self, counts: &Counts) -> io::Result<()> {
        let mut state = self.state.borrow_mut();
        state.clear()?;
        let seconds = self.start.elapsed().as_secs_f64();
        writeln!(
            state.out,
            "factsift: done: {} {}, {}, {} ({:.1} MB in {seconds:.1} s, {:.1} MB/s)",
            thousands(counts.documents),
            self.noun,
            count(counts.entities, "entity", "entities"),
            count(counts.errors, "error", "errors"),
            counts.bytes as f64 / 1e6,
            megabytes_per_second(counts.bytes, seconds),
        )?;
        state.out.flush()
    }

    /// The stream written to.
    pub fn into_inner(self) -> W {
        self.state.into_inner().out
    }

    fn line(&self, counts: &Counts) -> String {
        let seconds = self.start.elapsed().as_secs_f64();
        format!(
            "factsift: {} {}, {:.1} MB, {:.1} MB/s, {}, {}",
            thousands(counts.documents),
            self.noun,
            counts.bytes as f64 / 1e6,
            megabytes_per_second(counts.bytes, seconds),
            count(counts.entities, "entity", "entities"),
            count(counts.errors, "error", "errors"),
        )
    }
}

impl<W: Write> State<W> {
    fn clear(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.drawn) {
            self.out.write_all(b"\r\x1b[K")?;
        }
        Ok(())
    }
}

/// Other messages pass through, after clearing the progress line; it is drawn again at the
/// next update.
impl<W: Write> Write for &Progress<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut state = self.state.borrow_mut();
        state.clear()?;
        state.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.state.borrow_mut().out.flush()
    }
}

fn megabytes_per_second(bytes: u64, seconds: f64) -> f64 {
    if seconds > 0.0 {
        bytes as f64 / 1e6 / seconds
    } else {
        0.0
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `1 entity`, `2,000 entities`.
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_counted() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(count(1, "error", "errors"), "1 error");
        assert_eq!(count(0, "error", "errors"), "0 errors");
    }

    #[test]
    fn on_a_terminal_the_line_is_redrawn_and_cleared_before_messages() {
        let progress = Progress::new(Vec::new(), true, Duration::ZERO, "lines");
        progress.update(&Counts { documents: 5, ..Counts::default() });
        // A second update right away is not drawn.
        progress.update(&Counts { documents: 6, ..Counts::default() });
        writeln!(&progress, "line 7: bad").unwrap();
        progress.finish(&Counts { documents: 7, ..Counts::default() }).unwrap();
        let text = String::from_utf8(progress.into_inner()).unwrap();
        let (drawn, rest) = text.split_once("\r\x1b[K").unwrap();
        assert!(drawn.starts_with("\rfactsift: 5 lines, 0.0 MB, "), "{text:?}");
        assert!(drawn.ends_with("0 entities, 0 errors\x1b[K"), "{text:?}");
        assert!(rest.starts_with("line 7: bad\nfactsift: done: 7 lines, "), "{text:?}");
    }

    #[test]
    fn nothing_is_drawn_before_the_delay() {
        let progress = Progress::new(Vec::new(), true, Duration::from_secs(3600), "files");
        progress.update(&Counts::default());
        writeln!(&progress, "message").unwrap();
        assert_eq!(progress.into_inner(), b"message\n");
    }
}

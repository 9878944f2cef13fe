//! The `factsift` command: extract people, places, organizations, money and percentages from
//! text files or JSON Lines, and score extraction against gold annotations.
//!
//! Exit status: 0 when everything was processed, 1 when some input (a file, a line, a gold
//! entry) could not be, 2 for a usage or configuration error or a failure to write the
//! output. A closed output pipe (`factsift ... | head`) ends the run quietly with status 0.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{ArgGroup, Args, Parser, Subcommand};
use factsift::{EntityType, Extractor};
use factsift_cli::conll::read_conll;
use factsift_cli::eval::{read_gold_jsonl, Evaluation, GoldDocument};
use factsift_cli::json::write_record;
use factsift_cli::progress::{Counts, Progress};
use factsift_cli::text::{decode, visible, write_table};
use factsift_cli::{process_jsonl_observed, JsonlOptions, Summary};
use rayon::prelude::*;

#[derive(Parser)]
#[command(
    name = "factsift",
    version,
    about,
    long_about = None,
    after_help = "Exit status: 0 when every input was processed, 1 when some input (a file, a \
                  JSONL line, a gold entry) could not be, 2 for a usage or configuration error \
                  or when the output cannot be written (standard output closed included). A \
                  closed output pipe ends quietly with 0."
)]
/// Extracts people, places, organizations, money amounts and percentages from English news
/// text, with exact offsets and values.
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities from text files (or standard input) or from JSON Lines.
    Extract(ExtractArgs),
    /// Score extraction against a CoNLL-2003 file or a gold JSONL file.
    Eval(EvalArgs),
    /// Train a names model (people, places, organizations) on your own annotated text.
    Train(TrainArgs),
}

#[derive(Args)]
struct ExtractorArgs {
    /// Entity types, comma-separated: person, place, organization, money, percentage
    /// [default: all; for `eval --conll`: the three name types]
    #[arg(long, value_delimiter = ',', value_name = "TYPES")]
    types: Vec<EntityType>,
    /// The ISO 4217 currency a bare "$" stands for
    #[arg(long, value_name = "CODE", default_value = "USD")]
    dollar: String,
    /// The currency each ambiguous sign or word stands for, e.g. '$=CAD,rupee=INR,¥=CNY'
    /// (keys: $ ¥ £ rupee peso franc kr dinar dirham rial riyal shilling manat kwacha leu
    /// colon guilder); given after --dollar, so it wins
    #[arg(long, value_name = "KEY=CODE,...")]
    currency_default: Option<String>,
    /// Worker threads [default: one per core; at most 4 per core: more are lowered to that,
    /// and fewer are used when the system refuses to start them]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// A names model file written by `factsift train` [default: the built-in model]
    #[arg(long, value_name = "MODEL")]
    model: Option<PathBuf>,
}

#[derive(Args)]
#[command(group(ArgGroup::new("train_data").required(true).multiple(true).args(["gold", "conll"])))]
struct TrainArgs {
    /// Gold JSONL files to train on: {"id", "text", "gold": [{"start", "end", "type"}]} per
    /// line, code-point offsets (money and percentages are ignored)
    #[arg(long, value_name = "FILE", num_args = 1..)]
    gold: Vec<PathBuf>,
    /// CoNLL-2003 files to train on (word ... NER per line; MISC is trained as no name)
    #[arg(long, value_name = "FILE", num_args = 1..)]
    conll: Vec<PathBuf>,
    /// Where to write the model
    #[arg(long, value_name = "MODEL")]
    out: PathBuf,
    /// A held-out file (gold JSONL or CoNLL-2003) scored after each epoch and at the end, and
    /// the documents the names' confidence is calibrated on
    #[arg(long, value_name = "FILE")]
    dev: Option<PathBuf>,
    /// The name types the --gold files annotate, comma-separated; a file's tokens outside
    /// its spans may still be names of the other types, and teach nothing about them
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "TYPES",
        default_value = "person,place,organization"
    )]
    types: Vec<EntityType>,
    /// Train on the given data alone instead of adapting the built-in model
    #[arg(long)]
    from_scratch: bool,
    /// Passes over the training documents
    #[arg(long, value_name = "N", default_value_t = 12)]
    epochs: usize,
    /// Shuffling seed (the same data, options and seed give the same model, byte for byte)
    #[arg(long, value_name = "S", default_value_t = 20030531)]
    seed: u64,
    /// When adapting: what the built-in model's weights count for against the new data
    #[arg(long, value_name = "W", default_value_t = factsift::TrainOptions::default().base_weight)]
    base_weight: f32,
}

#[derive(Args)]
struct ExtractArgs {
    /// Input files; standard input when none is given or for "-"
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Read JSON Lines ({"id": ..., "text": "..."}) and write one JSON line per input line
    #[arg(long)]
    jsonl: bool,
    /// Write each plain input as one JSON line ({"id": FILE, "entities": [...]}) instead of a
    /// table
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Replace invalid UTF-8 (and in JSONL texts, lone surrogate escapes such as \ud800) with
    /// U+FFFD instead of rejecting the input (offsets then refer to the repaired text)
    #[arg(long)]
    lossy: bool,
    /// With --jsonl: the key that holds the text
    #[arg(long, value_name = "KEY", default_value = "text", requires = "jsonl")]
    text_field: String,
    /// With --jsonl: the key that holds the id to echo (written as "id")
    #[arg(long, value_name = "KEY", default_value = "id", requires = "jsonl")]
    id_field: String,
    /// Show the progress line on standard error even when it is not a terminal (by default
    /// it shows when standard error is a terminal and standard output is not)
    #[arg(long, conflicts_with = "quiet")]
    progress: bool,
    /// No progress line, no end-of-run summary, no hint on standard error (error messages
    /// still appear)
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    extractor: ExtractorArgs,
}

#[derive(Args)]
#[command(group(ArgGroup::new("gold_source").required(true).args(["conll", "gold"])))]
struct EvalArgs {
    /// A CoNLL-2003 file (word POS chunk NER, BIO tags) to rebuild as text and score names on
    #[arg(long, value_name = "FILE")]
    conll: Option<PathBuf>,
    /// A gold JSONL file: {"id", "text", "gold": [{"start", "end", "type", ...}]} per line
    #[arg(long, value_name = "FILE")]
    gold: Option<PathBuf>,
    /// List up to N false positives, false negatives and wrong values per type
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// The same as --errors 10
    #[arg(long, conflicts_with = "errors")]
    show_errors: bool,
    /// Write the scores as JSON
    #[arg(long)]
    json: bool,
    /// Also write the documents read (for --conll: the rebuilt text) with their gold spans to
    /// FILE, as gold JSONL
    #[arg(long, value_name = "FILE")]
    export: Option<PathBuf>,
    #[command(flatten)]
    extractor: ExtractorArgs,
}

/// Some input could not be processed.
const INPUT_FAILED: u8 = 1;
/// Usage or configuration error, or the output could not be written.
const FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Training writes its model to a file and its report to stderr.
    if !matches!(cli.command, Command::Train(_)) && closed_stdout::at_start() {
        warn(format_args!("standard output is closed: there is nowhere to write the results"));
        return ExitCode::from(FATAL);
    }
    let threads = match &cli.command {
        Command::Extract(args) => args.extractor.threads,
        Command::Eval(args) => args.extractor.threads,
        Command::Train(_) => None,
    };
    match thread_pool(threads) {
        Ok(pool) => pool.install(|| run(&cli)),
        Err(code) => code,
    }
}

/// Runs the command on the current thread pool, writing its results to standard output.
fn run(cli: &Cli) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match &cli.command {
        Command::Extract(args) => extract(args, &mut out),
        Command::Eval(args) => eval(args, &mut out),
        Command::Train(args) => Ok(train(args)),
    };
    match result.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        // The reader went away (`| head`): nothing more to do, and nothing to complain about.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn(format_args!("error writing output: {e}"));
            ExitCode::from(FATAL)
        }
    }
}

/// Writes `factsift: MESSAGE` to standard error, control characters (from file names...)
/// escaped, ignoring failures to do so.
fn warn(message: std::fmt::Arguments) {
    let _ = writeln!(io::stderr().lock(), "factsift: {}", visible(&message.to_string()));
}

/// More threads than this many per core only cost start-up time (each has its own stack).
const THREADS_PER_CORE: usize = 4;

/// The worker threads: `requested` (at most [`THREADS_PER_CORE`] per core) or one per core.
/// When the system refuses to start that many (memory or process limits), half as many are
/// tried, and at last the main thread alone, which needs no new thread; with a warning.
fn thread_pool(requested: Option<u16>) -> Result<rayon::ThreadPool, ExitCode> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = cores * THREADS_PER_CORE;
    let asked = match requested.map(usize::from) {
        Some(n) if n > cap => {
            warn(format_args!(
                "--threads {n} is more than {THREADS_PER_CORE} per core ({cores} cores): using {cap}"
            ));
            cap
        }
        Some(n) => n,
        None => cores,
    };
    let mut refused = None;
    let mut threads = asked;
    let pool = loop {
        let builder = rayon::ThreadPoolBuilder::new().num_threads(threads);
        // One thread: the main thread itself, so no thread needs starting.
        let builder = if threads == 1 { builder.use_current_thread() } else { builder };
        match builder.build() {
            Ok(pool) => break Ok(pool),
            Err(e) if threads > 1 => {
                refused.get_or_insert(e);
                threads /= 2;
            }
            Err(e) => break Err(e),
        }
    };
    match (pool, refused) {
        (Ok(pool), None) => Ok(pool),
        (Ok(pool), Some(e)) => {
            warn(format_args!(
                "the system refused to start {asked} worker threads ({e}): using {threads}"
            ));
            Ok(pool)
        }
        (Err(e), _) => {
            warn(format_args!("cannot set up the worker threads: {e}"));
            Err(ExitCode::from(FATAL))
        }
    }
}

/// `factsift ... >&-` leaves standard output closed, and Rust's runtime puts /dev/null in
/// its place before `main`, so every result would vanish with status 0. A constructor that
/// runs before the runtime notes whether it was closed (Linux, through /proc).
mod closed_stdout {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    /// Whether standard output was closed when the process started.
    pub fn at_start() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }

    #[cfg(target_os = "linux")]
    extern "C" fn check() {
        let fds = std::path::Path::new("/proc/self/fd");
        let closed = fds.is_dir() && std::fs::symlink_metadata(fds.join("1")).is_err();
        CLOSED.store(closed, Ordering::Relaxed);
    }

    // Functions in .init_array run before `main`, hence before the runtime's set-up.
    #[cfg(target_os = "linux")]
    #[used]
    #[link_section = ".init_array"]
    static CHECK: extern "C" fn() = check;
}

/// The extractor the options ask for (all types when `types` is empty).
fn build(args: &ExtractorArgs, types: &[EntityType]) -> Result<Extractor, ExitCode> {
    let types = if types.is_empty() { &EntityType::ALL[..] } else { types };
    let mut builder =
        Extractor::builder().types(types.iter().copied()).dollar_currency(&args.dollar);
    if let Some(spec) = &args.currency_default {
        builder = builder.currency_defaults(spec);
    }
    if let Some(model) = &args.model {
        builder = builder.names_model_file(model);
    }
    builder.build().map_err(|e| {
        warn(format_args!("{e}"));
        ExitCode::from(FATAL)
    })
}

/// "-" or no file at all means standard input.
fn inputs(files: &[PathBuf]) -> Vec<&Path> {
    if files.is_empty() {
        vec![Path::new("-")]
    } else {
        files.iter().map(PathBuf::as_path).collect()
    }
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

fn open(path: &Path) -> io::Result<Box<dyn BufRead>> {
    if path == Path::new("-") {
        Ok(Box::new(io::stdin().lock()))
    } else {
        let file = File::open(path)?;
        if file.metadata()?.is_dir() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory"));
        }
        Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
    }
}

/// A whole plain input as text (see [`decode`]).
fn read_text(path: &Path, lossy: bool) -> Result<String, Box<dyn std::error::Error>> {
    let mut bytes = Vec::new();
    open(path)?.read_to_end(&mut bytes)?;
    Ok(decode(bytes, lossy)?)
}

fn extract(args: &ExtractArgs, out: &mut dyn Write) -> io::Result<ExitCode> {
    let extractor = match build(&args.extractor, &args.extractor.types) {
        Ok(extractor) => extractor,
        Err(code) => return Ok(code),
    };
    let inputs = inputs(&args.files);
    if !args.quiet && inputs.contains(&Path::new("-")) && io::stdin().is_terminal() {
        warn(format_args!(
            "reading text from the terminal: type or paste it, then press Ctrl-D (give FILE \
             arguments to read files)"
        ));
    }
    let stderr_is_terminal = io::stderr().is_terminal();
    let report = Report {
        // Not drawn under results going to the same terminal.
        live: !args.quiet && (args.progress || stderr_is_terminal && !io::stdout().is_terminal()),
        progress: Progress::new(
            io::stderr(),
            stderr_is_terminal,
            if args.progress { Duration::ZERO } else { Duration::from_secs(1) },
            if args.jsonl { "lines" } else { "files" },
        ),
    };
    let run = Extraction { args, extractor: &extractor, inputs: &inputs, report: &report };
    let counts = if args.jsonl { run.jsonl(out)? } else { run.plain(out)? };
    if args.jsonl && !args.quiet && (args.progress || stderr_is_terminal) {
        out.flush()?;
        let _ = report.progress.finish(&counts);
    }
    Ok(if counts.errors > 0 { ExitCode::from(INPUT_FAILED) } else { ExitCode::SUCCESS })
}

/// Progress on standard error, drawn only when `live`; messages go through it either way.
struct Report {
    live: bool,
    progress: Progress<io::Stderr>,
}

impl Report {
    fn update(&self, counts: &Counts) {
        if self.live {
            self.progress.update(counts);
        }
    }

    /// [`warn`], clearing the progress line first.
    fn warn(&self, message: std::fmt::Arguments) {
        let _ = writeln!(&self.progress, "factsift: {}", visible(&message.to_string()));
    }
}

/// One plain input, read and searched: its rendering (empty when written straight to the
/// output) and counts.
struct Rendered {
    output: Vec<u8>,
    bytes: usize,
    entities: usize,
}

/// One `factsift extract` run over its inputs.
struct Extraction<'a> {
    args: &'a ExtractArgs,
    extractor: &'a Extractor,
    inputs: &'a [&'a Path],
    report: &'a Report,
}

impl Extraction<'_> {
    /// JSON Lines inputs, one after the other.
    fn jsonl(&self, out: &mut dyn Write) -> io::Result<Counts> {
        let Extraction { args, extractor, inputs, report } = *self;
        let mut total = Summary::default();
        let counts = |s: &Summary| Counts {
            documents: s.lines,
            bytes: s.bytes,
            entities: s.entities,
            errors: s.failed,
        };
        for path in inputs {
            let name = display_name(path);
            let reader = match open(path) {
                Ok(reader) => reader,
                Err(e) => {
                    report.warn(format_args!("{name}: {e}"));
                    total.failed += 1;
                    continue;
                }
            };
            let options = JsonlOptions {
                source: (inputs.len() > 1).then(|| visible(&name).into_owned()),
                lossy: args.lossy,
                parallel: rayon::current_num_threads() > 1,
                text_field: args.text_field.clone(),
                id_field: args.id_field.clone(),
                ..JsonlOptions::default()
            };
            let before = total;
            let mut observe = |s: &Summary| {
                let mut so_far = before;
                so_far.add(*s);
                report.update(&counts(&so_far));
            };
            let mut errors = &report.progress;
            let summary = process_jsonl_observed(
                extractor,
                reader,
                &mut *out,
                &mut errors,
                &options,
                &mut observe,
            )?;
            total.add(summary);
        }
        Ok(counts(&total))
    }

    /// Plain text inputs, each a document.
    fn plain(&self, out: &mut dyn Write) -> io::Result<Counts> {
        let Extraction { args, extractor, inputs, report } = *self;
        // Each file is read, searched and rendered on the thread pool, a group at a time, and
        // written in order: memory holds at most one text per thread plus a group's output. A
        // file alone is rendered straight to the output.
        // Outer error: the output failed; inner: the input could not be read.
        let render =
            |path: &Path, to: Option<&mut dyn Write>| -> io::Result<Result<Rendered, String>> {
                let name = display_name(path);
                let text = match read_text(path, args.lossy) {
                    Ok(text) => text,
                    Err(e) => return Ok(Err(format!("{name}: {e}"))),
                };
                let doc = extractor.extract(&text);
                let mut output = Vec::new();
                let to = to.unwrap_or(&mut output);
                if args.json {
                    let id = serde_json::value::to_raw_value(&name)?;
                    write_record(to, &id, doc.entities())?;
                } else {
                    write_table(to, &name, &doc)?;
                }
                Ok(Ok(Rendered { output, bytes: text.len(), entities: doc.len() }))
            };
        let mut counts = Counts::default();
        for group in inputs.chunks(16) {
            let results: Vec<Result<Rendered, String>> = if let [path] = group {
                vec![render(path, Some(&mut *out))?]
            } else {
                group.par_iter().map(|path| render(path, None)).collect::<io::Result<_>>()?
            };
            for result in results {
                counts.documents += 1;
                match result {
                    Ok(rendered) => {
                        out.write_all(&rendered.output)?;
                        counts.bytes += rendered.bytes as u64;
                        counts.entities += rendered.entities as u64;
                    }
                    Err(message) => {
                        report.warn(format_args!("{message}"));
                        counts.errors += 1;
                    }
                }
            }
            report.update(&counts);
        }
        Ok(counts)
    }
}

fn eval(args: &EvalArgs, out: &mut dyn Write) -> io::Result<ExitCode> {
    const NAMES: [EntityType; 3] =
        [EntityType::Person, EntityType::Place, EntityType::Organization];
    let mut types = args.extractor.types.clone();
    if types.is_empty() {
        types = if args.conll.is_some() { NAMES.to_vec() } else { EntityType::ALL.to_vec() };
    }
    if args.conll.is_some() && !types.iter().all(|t| NAMES.contains(t)) {
        warn(format_args!(
            "CoNLL-2003 files mark no money or percentages: use --types with person, place, organization"
        ));
        return Ok(ExitCode::from(FATAL));
    }
    let path = args.conll.as_ref().or(args.gold.as_ref()).expect("clap requires one");
    let name = display_name(path);
    let reader = match open(path) {
        Ok(reader) => reader,
        Err(e) => {
            warn(format_args!("{name}: {e}"));
            return Ok(ExitCode::from(INPUT_FAILED));
        }
    };
    let mut failed = false;
    let docs: Vec<GoldDocument> = if args.conll.is_some() {
        match read_conll(reader) {
            Ok(docs) => docs,
            Err(e) => {
                warn(format_args!("{name}: {e}"));
                return Ok(ExitCode::from(INPUT_FAILED));
            }
        }
    } else {
        let (docs, problems) = read_gold_jsonl(reader);
        for problem in &problems {
            warn(format_args!("{name}: {problem}"));
        }
        failed = !problems.is_empty();
        docs
    };
    if let Some(export) = &args.export {
        let written = File::create(export).and_then(|file| {
            let mut file = BufWriter::new(file);
            for doc in &docs {
                writeln!(file, "{}", doc.to_json_line())?;
            }
            file.flush()
        });
        if let Err(e) = written {
            warn(format_args!("{}: {e}", export.display()));
            return Ok(ExitCode::from(FATAL));
        }
    }
    // The text is read like any user text, by the extractor `extract --types` would build.
    let extractor = match build(&args.extractor, &types) {
        Ok(extractor) => extractor,
        Err(code) => return Ok(code),
    };
    let predictions: Vec<Vec<factsift::Entity>> =
        docs.par_iter().map(|d| extractor.extract(&d.text).into_entities()).collect();
    let examples = if args.show_errors { 10 } else { args.errors };
    let mut evaluation = Evaluation::new(&types, examples);
    for (doc, predicted) in docs.iter().zip(&predictions) {
        evaluation.add(doc, predicted);
    }
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &evaluation.to_json(&name))?;
        writeln!(out)?;
    } else {
        evaluation.write_report(out, &name)?;
    }
    Ok(if failed { ExitCode::from(INPUT_FAILED) } else { ExitCode::SUCCESS })
}

/// Reads a file whole, warning on failure.
fn read_file(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).map_err(|e| warn(format_args!("{}: {e}", path.display()))).ok()
}

/// A file of gold documents, gold JSONL or CoNLL-2003 (told apart by its content); `None`
/// when it cannot be read at all. Bad JSONL lines are reported and set `failed`.
fn read_gold_file(path: &Path, failed: &mut bool) -> Option<Vec<GoldDocument>> {
    let content = read_file(path)?;
    if factsift_cli::train::looks_like_jsonl(&content) {
        let (docs, problems) = read_gold_jsonl(content.as_slice());
        for problem in &problems {
            warn(format_args!("{}: {problem}", path.display()));
        }
        *failed |= !problems.is_empty();
        Some(docs)
    } else {
        read_conll(content.as_slice())
            .map_err(|e| warn(format_args!("{}: {e}", path.display())))
            .ok()
    }
}

/// The training documents of `--conll` and `--gold` (in that order); `None` when a file
/// cannot be read. Bad gold JSONL lines are reported and set `failed`.
fn read_train_docs(args: &TrainArgs, failed: &mut bool) -> Option<Vec<factsift::TrainDoc>> {
    let mut docs = Vec::new();
    for path in &args.conll {
        let content = read_file(path)?;
        let read = factsift::TrainDoc::read_conll(content.as_slice())
            .map_err(|e| warn(format_args!("{}: {e}", path.display())))
            .ok()?;
        docs.extend(read);
    }
    for path in &args.gold {
        let content = read_file(path)?;
        let (gold, problems) = read_gold_jsonl(content.as_slice());
        for problem in &problems {
            warn(format_args!("{}: {problem}", path.display()));
        }
        *failed |= !problems.is_empty();
        docs.extend(gold.iter().map(|d| factsift_cli::train::train_doc(d, &args.types)));
    }
    Some(docs)
}

/// `factsift train`: reads the data, trains (reporting each epoch on stderr), writes the model.
fn train(args: &TrainArgs) -> ExitCode {
    use factsift_cli::train::{f1_line, score, NAME_TYPES};
    let t0 = std::time::Instant::now();
    if let Some(t) = args.types.iter().find(|t| !factsift_cli::train::NAME_TYPES.contains(t)) {
        warn(format_args!("--types: a names model learns person, place and organization, not {t}"));
        return ExitCode::from(FATAL);
    }
    let mut failed = false;
    let Some(docs) = read_train_docs(args, &mut failed) else {
        return ExitCode::from(INPUT_FAILED);
    };
    let dev = match &args.dev {
        Some(path) => match read_gold_file(path, &mut failed) {
            Some(dev) => dev,
            None => return ExitCode::from(INPUT_FAILED),
        },
        None => Vec::new(),
    };
    // Headlines in capitals get a title-cased copy in half the documents (as news writes
    // them today); seeded, so training stays reproducible.
    let read = docs.len();
    let docs = factsift::title_case_headlines(docs, args.seed);
    let copies = docs.len() - read;
    // The final model's confidence is calibrated on the held-out documents.
    let held_out: Vec<factsift::TrainDoc> =
        dev.iter().map(|d| factsift_cli::train::train_doc(d, &NAME_TYPES)).collect();
    let options = factsift::TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        base: (!args.from_scratch).then(factsift::builtin_names_model),
        base_weight: args.base_weight,
        held_out: &held_out,
    };
    let start = if args.from_scratch { "from scratch" } else { "adapting the built-in model" };
    warn(format_args!(
        "training on {read} documents (+{copies} with title-cased headlines), {start}, {} epochs",
        args.epochs
    ));
    let dev_line = |model: &[u8]| match score(model, &dev) {
        Ok(scores) if !dev.is_empty() => format!(", dev F1 {}", f1_line(&scores)),
        Ok(_) => String::new(),
        Err(e) => format!(", the model does not load: {e}"),
    };
    let trained = factsift::train(&docs, &options, |epoch, model| {
        let elapsed = t0.elapsed().as_secs_f64();
        warn(format_args!("epoch {epoch}/{} ({elapsed:.1}s){}", args.epochs, dev_line(model)));
    });
    let trained = match trained {
        Ok(trained) => trained,
        Err(e) => {
            warn(format_args!("the built-in model does not load: {e}"));
            return ExitCode::from(FATAL);
        }
    };
    if let Err(e) = std::fs::write(&args.out, &trained.model) {
        warn(format_args!("{}: {e}", args.out.display()));
        return ExitCode::from(FATAL);
    }
    let names: usize = docs.iter().map(|d| d.spans.len()).sum();
    warn(format_args!(
        "wrote {} ({} bytes): {read} documents, {} tokens, {} names ({} not on token \
         boundaries, left out), {} epochs, {:.1}s{}",
        args.out.display(),
        trained.model.len(),
        trained.tokens,
        names,
        trained.missed,
        args.epochs,
        t0.elapsed().as_secs_f64(),
        dev_line(&trained.model),
    ));
    if failed {
        ExitCode::from(INPUT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

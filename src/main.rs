//! The `quotetrace` command line: arguments, input and output, exit codes.
//! Everything else lives in the library.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use quotetrace::check;
use quotetrace::corpus;
use quotetrace::diagnostic::DiagnosticKind;
use quotetrace::drift::Severity;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};
use quotetrace::report::{self, Format};

// Extraction and grouping allocate many small strings on two threads;
// mimalloc does that faster than the system allocator and returns memory
// sooner.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes scripts can rely on.
mod exit {
    /// Everything was read.
    pub const OK: u8 = 0;
    /// An error: bad input (the other articles' results are still written),
    /// a bad grammar, or output that could not be written.
    pub const ERROR: u8 = 2;
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    pub const INTERRUPTED: u8 = 130;
}

/// Colour on a terminal, as ripgrep and cargo do it.
mod colour {
    use std::io::IsTerminal;

    use anstyle::{AnsiColor, Style};

    /// When to colour: `--color`.
    #[derive(Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
    pub enum When {
        /// On a terminal, unless `NO_COLOR` is set (or `CLICOLOR_FORCE`
        /// asks for colour anyway).
        #[default]
        Auto,
        Always,
        Never,
    }

    /// Whether a stream gets colour. An explicit `--color` wins; then
    /// `NO_COLOR` (<https://no-color.org>), which beats `CLICOLOR_FORCE`
    /// (<https://bixense.com/clicolors/>); then whether it is a terminal.
    pub fn choice(when: When, stream: &impl IsTerminal) -> anstream::ColorChoice {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        let on = match when {
            When::Always => true,
            When::Never => false,
            When::Auto if set("NO_COLOR") => false,
            When::Auto if set("CLICOLOR_FORCE") => true,
            When::Auto => {
                stream.is_terminal() && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        if on {
            anstream::ColorChoice::Always
        } else {
            anstream::ColorChoice::Never
        }
    }

    pub const ERROR: Style = AnsiColor::Red.on_default().bold();
    pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
    pub const GOOD: Style = AnsiColor::Green.on_default().bold();
    pub const PLACE: Style = Style::new().dimmed();
}

/// Standard output and standard error, each coloured or not.
struct Terminal {
    out: anstream::ColorChoice,
    err: anstream::ColorChoice,
}

impl Terminal {
    fn new(when: colour::When) -> Terminal {
        Terminal {
            out: colour::choice(when, &io::stdout()),
            err: colour::choice(when, &io::stderr()),
        }
    }

    fn stdout(&self) -> anstream::AutoStream<io::StdoutLock<'static>> {
        anstream::AutoStream::new(io::stdout().lock(), self.out)
    }

    fn stderr(&self) -> anstream::AutoStream<io::StderrLock<'static>> {
        anstream::AutoStream::new(io::stderr().lock(), self.err)
    }

    /// `quotetrace: error: …` on standard error.
    fn error(&self, message: impl std::fmt::Display) {
        let e = colour::ERROR;
        // Nothing more can be done if standard error is gone.
        let _ = writeln!(self.stderr(), "quotetrace: {e}error{e:#}: {message}");
    }
}

#[derive(Parser)]
#[command(
    name = "quotetrace",
    version,
    about = "Check quotations in the news: who said what, where, and how outlets rendered it."
)]
#[command(
    after_help = "Examples:\n  quotetrace extract examples/corpus\n  quotetrace extract --format jsonl articles/ > quotes.jsonl\n  cat story.txt | quotetrace extract -"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour the output: `auto` (on a terminal, unless NO_COLOR is
    /// set), `always` or `never`.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    color: colour::When,
}

#[derive(Subcommand)]
enum Command {
    /// Extract every quotation with its speaker, cue and channel.
    #[command(
        after_help = "Examples:\n  quotetrace extract examples/corpus\n  quotetrace extract --format csv --manifest meta.csv articles/ > quotes.csv\n  quotetrace extract --format jsonl --diagnostics story.txt"
    )]
    Extract(ExtractArgs),
    /// Group each utterance's renderings across outlets and name the drift.
    #[command(
        after_help = "Examples:\n  quotetrace group examples/corpus\n  quotetrace group --format jsonl articles/ > groups.jsonl\n  quotetrace group --format csv articles/ > renderings.csv"
    )]
    Group(GroupArgs),
    /// Write the editorial audit: a Markdown and an HTML report by speaker
    /// and group, and a CSV report with one row per quote occurrence.
    #[command(
        after_help = "Examples:\n  quotetrace audit examples/corpus --out audit/\n\nWrites audit.md, audit.html and audit.csv into the folder, each through a temporary\nfile renamed into place. CSV cells that start with =, +, -, @, a tab or a\ncarriage return get a leading ' so a spreadsheet shows them as text."
    )]
    Audit(AuditArgs),
    /// Spot-check one quote: found verbatim, with drift, given to someone
    /// else, or not found.
    #[command(
        after_help = "Exit codes: 0 verbatim (and from the speaker asked about), 1 drift or\nmisattribution, 3 not found, 2 error.\n\nExamples:\n  quotetrace check \"Nobody will be left behind\" --speaker Quill examples/corpus\n  quotetrace check --format json \"We value the steady position\" examples/corpus"
    )]
    Check(CheckArgs),
}

#[derive(Args)]
struct AuditArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The folder to write audit.md, audit.html and audit.csv into (created
    /// if absent).
    #[arg(long, value_name = "DIR", default_value = "audit")]
    out: PathBuf,
}

#[derive(Args)]
struct CheckArgs {
    /// The quote to look for.
    #[arg(value_parser = words_to_check)]
    quote: String,
    #[command(flatten)]
    input: InputArgs,
    /// Who the quote is said to be from.
    #[arg(long, value_name = "NAME", value_parser = speaker_to_check)]
    speaker: Option<String>,
    /// `text` (the default) or `json`.
    #[arg(long, value_enum, default_value = "text")]
    format: CheckFormat,
}

/// The quote `check` looks for: it must hold a word (or a number), or
/// every quote would be "not found" for want of one.
fn words_to_check(quote: &str) -> Result<String, String> {
    holding_a_word(quote, "the quote to check holds no word")
}

/// The speaker `check` is asked about: a name of a word at least, or no
/// one would match it ("--speaker \"$UNSET\"" would call every rendering
/// another's).
fn speaker_to_check(name: &str) -> Result<String, String> {
    holding_a_word(name, "the speaker to check holds no name")
}

fn holding_a_word(value: &str, refusal: &str) -> Result<String, String> {
    match value.chars().any(char::is_alphanumeric) {
        true => Ok(value.to_owned()),
        false => Err(refusal.to_owned()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Args)]
struct InputArgs {
    /// Articles: `.txt` files (id = file stem), `.jsonl` files (one
    /// `{"id", "text", "outlet", "published", "url", "title"}` a line),
    /// folders of them, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// A CSV with columns `doc,outlet,published,url,title`. By default a
    /// `manifest.csv` inside a folder given is used.
    #[arg(long, value_name = "FILE")]
    manifest: Option<PathBuf>,
    /// A folder holding your own grammar (the five files of
    /// `grammars/en/`, and `given_names.toml`, `synonyms.tsv` and
    /// `aliases.tsv` if it has them). The English grammar is built in.
    #[arg(long, value_name = "DIR")]
    grammar: Option<PathBuf>,
    /// Say nothing on standard error but errors.
    #[arg(long, short)]
    quiet: bool,
    /// How many threads extract and group (default: one per core). The
    /// output is the same whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// The PATHs are not articles but quotes already extracted: JSON Lines
    /// shards written by `extract --format jsonl --diagnostics`, perhaps on
    /// other machines. They merge into what one run over all the articles
    /// gives (for group, audit and check).
    #[arg(long)]
    quotes: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: an aligned table (the default on a terminal), CSV, or
    /// JSON Lines (the default otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write diagnostics (broken marks, quotes with no speaker) into the
    /// output after the quotes, instead of to standard error.
    #[arg(long)]
    diagnostics: bool,
}

#[derive(Args)]
struct GroupArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: a table of groups with their drift (the default on a
    /// terminal), CSV with one row a rendering, or JSON Lines with one group
    /// a line (the default otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let terminal = Terminal::new(cli.color);
    // A bug met while attributing one article is caught there and reported
    // as that article's `attribution-failed` diagnostic; say it in one line
    // a user can paste into a report, not as a crash.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("quotetrace: internal error (please report it): {info}");
    }));
    // The first Ctrl-C stops cleanly; a second one stops at once.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::Relaxed) {
            std::process::exit(exit::INTERRUPTED.into());
        }
    });
    match run(cli.command, &terminal) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`quotetrace … | head`) is not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::from(exit::OK);
            }
            if err.chain().any(|e| {
                e.is::<Interrupted>()
                    || e.downcast_ref::<io::Error>()
                        .and_then(|e| e.get_ref())
                        .is_some_and(|e| e.is::<Interrupted>())
            }) {
                terminal.error("interrupted; no report was written");
                return ExitCode::from(exit::INTERRUPTED);
            }
            terminal.error(format_args!("{err:#}"));
            ExitCode::from(exit::ERROR)
        }
    }
}

fn run(command: Command, terminal: &Terminal) -> anyhow::Result<u8> {
    match command {
        Command::Extract(args) => run_extract(args, terminal),
        Command::Group(args) => run_group(args, terminal),
        Command::Audit(args) => run_audit(args, terminal),
        Command::Check(args) => run_check(args, terminal),
    }
}

fn load_grammar(input: &InputArgs) -> anyhow::Result<Grammar> {
    match &input.grammar {
        Some(dir) => Grammar::load_dir(dir).context("cannot load the grammar"),
        None => Ok(Grammar::english()),
    }
}

fn default_format(format: Option<Format>) -> Format {
    format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    })
}

fn run_group(args: GroupArgs, terminal: &Terminal) -> anyhow::Result<u8> {
    let e = extract_input(&args.input)?;
    let quotes: Vec<_> = e.streamed.results.iter().flat_map(|r| &r.quotes).collect();
    let groups = group::group(&quotes, &e.lexicon);
    let mut out = io::BufWriter::new(io::stdout().lock());
    report::write_groups(&mut out, &groups, default_format(args.format))?;
    out.flush()?;
    drop(out);
    report_load_errors(&e.streamed.errors, terminal);
    report_attribution_failures(&e.streamed, terminal);
    Ok(exit_for(&e.streamed, exit::OK))
}

/// The input read and extracted: what `group`, `audit` and `check` share.
struct Extracted {
    streamed: extract::Streamed,
    lexicon: Lexicon,
    /// What read the articles, and the grammar `check` reads a name with.
    extractor: Extractor,
}

fn extract_input(input: &InputArgs) -> anyhow::Result<Extracted> {
    let grammar = load_grammar(input)?;
    let lexicon = match &input.grammar {
        Some(dir) => Lexicon::load_dir(dir, &grammar).context("cannot load the lexicon")?,
        None => Lexicon::english(&grammar),
    };
    let extractor = Extractor::new(grammar);
    let streamed = if input.quotes {
        quotetrace::shards::read(&input.paths)
    } else {
        extract_with_progress(&extractor, input)?
    };
    Ok(Extracted {
        streamed,
        lexicon,
        extractor,
    })
}

/// Streams the articles through extraction with a progress bar on standard
/// error, shown only on a terminal and never with `--quiet`.
fn extract_with_progress(
    extractor: &Extractor,
    input: &InputArgs,
) -> anyhow::Result<extract::Streamed> {
    if let Some(n) = input.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot start the threads")?;
    }
    // The total is not known before the articles are read: the bar counts.
    let bar = if input.quiet || !io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new_spinner().with_style(indicatif::ProgressStyle::with_template(
            "{spinner} {pos} articles ({per_sec})",
        )?)
    };
    let articles =
        corpus::stream(&input.paths, input.manifest.as_deref()).take_while(|_| !interrupted());
    let streamed = extract::extract_stream(extractor, articles, &|| bar.inc(1));
    bar.finish_and_clear();
    stop_if_interrupted()?;
    Ok(streamed)
}

/// Writes `path` through a new temporary file beside it, renamed into place:
/// an interrupted or failed run leaves no half report (the temporary file is
/// removed), and the rename replaces a symbolic link planted at `path`
/// instead of writing through it, so nothing is written outside the folder.
fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let cannot = || format!("cannot write {}", path.display());
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".quotetrace-").suffix(".tmp");
    // (A report is created as any file is, read-write for all less the
    // umask, not for its owner alone as a temporary file is.)
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).with_context(cannot)?;
    {
        let mut out = io::BufWriter::new(StopOnInterrupt(tmp.as_file_mut()));
        write(&mut out).with_context(cannot)?;
        out.flush().with_context(cannot)?;
    }
    tmp.as_file().sync_all().with_context(cannot)?;
    tmp.persist(path).with_context(cannot)?;
    Ok(())
}

/// Set by Ctrl-C. Reading stops at the next article and report writing at
/// the next write; the command then exits with 130, leaving no report.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// The error an interrupted run stops with.
#[derive(Debug, thiserror::Error)]
#[error("interrupted")]
struct Interrupted;

/// A writer that fails once Ctrl-C is pressed.
struct StopOnInterrupt<W>(W);

impl<W: Write> Write for StopOnInterrupt<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if interrupted() {
            return Err(io::Error::other(Interrupted));
        }
        self.0.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Stops with [`Interrupted`] if Ctrl-C was pressed.
fn stop_if_interrupted() -> anyhow::Result<()> {
    if interrupted() {
        return Err(Interrupted.into());
    }
    Ok(())
}

fn run_audit(args: AuditArgs, terminal: &Terminal) -> anyhow::Result<u8> {
    let e = extract_input(&args.input)?;
    let quotes: Vec<_> = e.streamed.results.iter().flat_map(|r| &r.quotes).collect();
    let diagnostics: Vec<_> = e
        .streamed
        .results
        .iter()
        .flat_map(|r| &r.diagnostics)
        .collect();
    let groups = group::group(&quotes, &e.lexicon);
    stop_if_interrupted()?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    // The three reports read the same groups and write their own files:
    // written side by side, on rayon's threads.
    let (markdown, (csv, html)) = rayon::join(
        || {
            write_atomically(&args.out.join("audit.md"), |out| {
                report::audit::write_markdown(out, &groups, &quotes, &diagnostics)
            })
        },
        || {
            rayon::join(
                || {
                    write_atomically(&args.out.join("audit.csv"), |out| {
                        report::audit::write_csv(out, &groups)
                    })
                },
                || {
                    write_atomically(&args.out.join("audit.html"), |out| {
                        report::audit::write_html(out, &groups, &quotes, &diagnostics)
                    })
                },
            )
        },
    );
    markdown?;
    csv?;
    html?;
    if !args.input.quiet {
        eprintln!(
            "quotetrace: wrote {0}/audit.md, {0}/audit.csv and {0}/audit.html",
            args.out.display()
        );
    }
    report_load_errors(&e.streamed.errors, terminal);
    report_attribution_failures(&e.streamed, terminal);
    Ok(exit_for(&e.streamed, exit::OK))
}

fn run_check(args: CheckArgs, terminal: &Terminal) -> anyhow::Result<u8> {
    let e = extract_input(&args.input)?;
    let quotes: Vec<_> = e.streamed.results.iter().flat_map(|r| &r.quotes).collect();
    let answer = check::check(
        &args.quote,
        args.speaker.as_deref(),
        &quotes,
        &e.lexicon,
        e.extractor.grammar(),
    );
    let mut out = terminal.stdout();
    match args.format {
        CheckFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &answer)?;
            writeln!(out)?;
        }
        CheckFormat::Text => {
            let (verdict, style) = match answer.verdict {
                check::Verdict::Verbatim => ("found verbatim", colour::GOOD),
                check::Verdict::Drift => ("found with drift", colour::WARNING),
                check::Verdict::Misattributed => {
                    ("found, but given to someone else", colour::ERROR)
                }
                check::Verdict::MisattributedDrift => {
                    ("found with drift, but given to someone else", colour::ERROR)
                }
                check::Verdict::NotFound => ("not found", colour::ERROR),
            };
            writeln!(out, "{style}{verdict}{style:#}")?;
            let place = colour::PLACE;
            for f in &answer.found {
                let edits: Vec<String> = f.edits.iter().map(|e| e.describe()).collect();
                // (A run an attribution interrupts is printed as its quotes.)
                let text = match f.pieces.is_empty() {
                    true => format!("“{}”", f.text),
                    false => format!("“{}”", f.pieces.join("” … “")),
                };
                // (What the edits amount to, when they change the meaning:
                // a negation dropped reads as close as a synonym.)
                let meaning = match f.severity {
                    Severity::MeaningChanging => {
                        let style = colour::ERROR;
                        format!("  {style}meaning changed{style:#}")
                    }
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "  {place}{}:{}{place:#}  {}  {:.2}  {}{}{meaning}",
                    f.doc,
                    f.line,
                    f.speaker.as_deref().unwrap_or("unknown speaker"),
                    f.similarity,
                    text,
                    if edits.is_empty() {
                        String::new()
                    } else {
                        format!("  [{}]", edits.join("; "))
                    }
                )?;
            }
        }
    }
    drop(out);
    report_load_errors(&e.streamed.errors, terminal);
    report_attribution_failures(&e.streamed, terminal);
    Ok(exit_for(&e.streamed, answer.verdict.exit_code()))
}

/// The exit code: `code` when every article was read and attributed, an
/// error otherwise (the results are written all the same).
fn exit_for(streamed: &extract::Streamed, code: u8) -> u8 {
    let attribution_failed = streamed
        .results
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| d.kind == DiagnosticKind::AttributionFailed);
    if streamed.errors.is_empty() && !attribution_failed {
        code
    } else {
        exit::ERROR
    }
}

fn report_load_errors(errors: &[corpus::LoadError], terminal: &Terminal) {
    for e in errors {
        terminal.error(e);
    }
}

/// Says on standard error, with file and line, which articles attribution
/// failed on: `group`, `audit` and `check` print no diagnostics, and
/// `extract --quiet` or `--diagnostics` none there, but this one is an
/// error (it makes the exit code 2) and must not go unexplained.
fn report_attribution_failures(streamed: &extract::Streamed, terminal: &Terminal) {
    for line in attribution_failures(streamed) {
        terminal.error(line);
    }
}

fn attribution_failures(streamed: &extract::Streamed) -> impl Iterator<Item = String> + '_ {
    streamed
        .results
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| d.kind == DiagnosticKind::AttributionFailed)
        .map(report::diagnostic_line)
}

fn run_extract(args: ExtractArgs, terminal: &Terminal) -> anyhow::Result<u8> {
    if args.input.quotes {
        anyhow::bail!("`extract` reads articles; --quotes is for group, audit and check");
    }
    // Not `extract_input`: extraction alone needs no lexicon.
    let extractor = Extractor::new(load_grammar(&args.input)?);
    let streamed = extract_with_progress(&extractor, &args.input)?;
    let (results, errors) = (&streamed.results, &streamed.errors);
    let format = default_format(args.format);

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    report::write_quotes(&mut out, &quotes, format)?;
    let diagnostics: Vec<_> = results.iter().flat_map(|r| &r.diagnostics).collect();
    if args.diagnostics {
        report::write_diagnostics(&mut out, &diagnostics, format)?;
    }
    out.flush()?;
    drop(out);

    if !args.diagnostics && !args.input.quiet {
        let mut err = terminal.stderr();
        let warning = colour::WARNING;
        for d in &diagnostics {
            // `report::diagnostic_line` with the kind coloured.
            let place = report::diagnostic_place(d);
            let (kind, message) = (d.kind.as_str(), &d.message);
            writeln!(err, "{place}: {warning}{kind}{warning:#}: {message}")?;
        }
    }
    if args.diagnostics || args.input.quiet {
        report_attribution_failures(&streamed, terminal);
    }
    report_load_errors(errors, terminal);
    Ok(exit_for(&streamed, exit::OK))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quotetrace::extract::{ArticleDiagnostic, ArticleQuotes};

    #[test]
    fn a_failed_attribution_is_reported_with_its_file_and_line() {
        let diagnostic = |kind| ArticleDiagnostic {
            doc: "a".into(),
            origin: "news/a.txt".into(),
            line: 7,
            column: 3,
            kind,
            message: "what went wrong".into(),
        };
        let streamed = extract::Streamed {
            results: vec![ArticleQuotes {
                quotes: Vec::new(),
                diagnostics: vec![
                    diagnostic(DiagnosticKind::NoSpeaker),
                    diagnostic(DiagnosticKind::AttributionFailed),
                ],
            }],
            errors: Vec::new(),
        };
        let lines: Vec<String> = attribution_failures(&streamed).collect();
        assert_eq!(
            lines,
            ["news/a.txt:7:3: attribution-failed: what went wrong"]
        );
        assert_eq!(exit_for(&streamed, exit::OK), exit::ERROR);
    }
}

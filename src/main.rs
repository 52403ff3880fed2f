//! The `quotetrace` command line: arguments, input and output, exit codes.
//! Everything else lives in the library.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use quotetrace::corpus;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};
use quotetrace::report::{self, Format};

/// Exit codes scripts can rely on.
mod exit {
    /// Everything was read.
    pub const OK: u8 = 0;
    /// An error: bad input (the other articles' results are still written),
    /// a bad grammar, or output that could not be written.
    pub const ERROR: u8 = 2;
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
    /// `grammars/en/`). The English grammar is built in.
    #[arg(long, value_name = "DIR")]
    grammar: Option<PathBuf>,
    /// Say nothing on standard error but errors.
    #[arg(long, short)]
    quiet: bool,
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
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`quotetrace … | head`) is not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("quotetrace: error: {err:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Group(args) => run_group(args),
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

fn run_group(args: GroupArgs) -> anyhow::Result<u8> {
    let grammar = load_grammar(&args.input)?;
    let lexicon = match &args.input.grammar {
        Some(dir) => Lexicon::load_dir(dir, &grammar).context("cannot load the lexicon")?,
        None => Lexicon::english(&grammar),
    };
    let extractor = Extractor::new(grammar);
    let loaded = corpus::load(&args.input.paths, args.input.manifest.as_deref());
    let results = extract::extract_all(&extractor, &loaded.articles);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    let groups = group::group(&quotes, &lexicon);
    let mut out = io::BufWriter::new(io::stdout().lock());
    report::write_groups(&mut out, &groups, default_format(args.format))?;
    out.flush()?;
    drop(out);
    report_load_errors(&loaded.errors)?;
    Ok(if loaded.errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

fn report_load_errors(errors: &[corpus::LoadError]) -> io::Result<()> {
    let mut err = io::stderr().lock();
    for e in errors {
        writeln!(err, "quotetrace: error: {e}")?;
    }
    Ok(())
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<u8> {
    let grammar = load_grammar(&args.input)?;
    let extractor = Extractor::new(grammar);
    let loaded = corpus::load(&args.input.paths, args.input.manifest.as_deref());
    let results = extract::extract_all(&extractor, &loaded.articles);
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

    let mut err = io::stderr().lock();
    if !args.diagnostics && !args.input.quiet {
        for d in &diagnostics {
            writeln!(err, "{}", report::diagnostic_line(d))?;
        }
    }
    drop(err);
    report_load_errors(&loaded.errors)?;
    Ok(if loaded.errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

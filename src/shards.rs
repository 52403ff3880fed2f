//! Extracted quotes in: JSON Lines shards written by `quotetrace extract
//! --format jsonl --diagnostics`, perhaps on other machines, read back and
//! merged as if one run had extracted every article.
//!
//! Each line is a quote or a diagnostic. Names are canonicalised again over
//! all shards (from each quote's name in its article), so the merged quotes
//! are those of a single run; grouping orders quotes itself, so the shards
//! may come in any order.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::corpus::LoadError;
use crate::extract::{self, ArticleDiagnostic, ArticleQuotes, Quote, Streamed};

/// One line of a shard. A diagnostic has `origin` and `message`, which a
/// quote lacks, so it is tried first.
#[derive(Deserialize)]
#[serde(untagged)]
enum Line {
    Diagnostic(ArticleDiagnostic),
    Quote(Box<Quote>),
}

/// Reads the shards (`-` is standard input) and merges them. A line that is
/// neither a quote nor a diagnostic is an error naming its file and line;
/// the others are still read.
pub fn read(paths: &[PathBuf]) -> Streamed {
    let mut streamed = Streamed::default();
    for path in paths {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(BufReader::new(std::io::stdin()))
        } else {
            match File::open(path) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(e) => {
                    streamed
                        .errors
                        .push(LoadError::new(path, None, format!("cannot read: {e}")));
                    continue;
                }
            }
        };
        let shard = read_one(path, reader, &mut streamed.errors);
        streamed.results.push(shard);
    }
    extract::canonicalise(&mut streamed.results);
    streamed
}

fn read_one(
    path: &Path,
    mut reader: Box<dyn BufRead>,
    errors: &mut Vec<LoadError>,
) -> ArticleQuotes {
    let mut shard = ArticleQuotes::default();
    let mut buf = Vec::new();
    for number in 1.. {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) if buf.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(_) => match serde_json::from_slice::<Line>(&buf) {
                Ok(Line::Diagnostic(d)) => shard.diagnostics.push(d),
                Ok(Line::Quote(q)) => shard.quotes.push(*q),
                Err(_) => errors.push(LoadError::new(
                    path,
                    Some(number),
                    "neither an extracted quote nor a diagnostic (expected the JSON Lines of `quotetrace extract --format jsonl`)",
                )),
            },
            Err(e) => {
                errors.push(LoadError::new(path, Some(number), format!("cannot read: {e}")));
                break;
            }
        }
    }
    shard
}

//! Replays `fuzz/regressions/<target>/`: inputs that once crashed or hung a
//! fuzz target (`fuzz/fuzz_targets/`), run through the same calls and
//! checks, so a fixed crash stays fixed. Add a file when a fuzzer finds one.

use std::path::{Path, PathBuf};

use quotetrace::corpus::{self, Article};
use quotetrace::extract::Extractor;
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};
use quotetrace::quote::{self, marks::MarkTable};

/// The inputs kept for one target.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = crate::root().join("fuzz/regressions").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no input", dir.display());
    files
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).unwrap();
            (f, bytes)
        })
        .collect()
}

/// As `fuzz_targets/quotes.rs`.
#[test]
fn quote_finder_regressions() {
    let marks = MarkTable::new(&Grammar::english());
    for (file, bytes) in inputs("quotes") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        for q in &quote::find(text, &marks).quotes {
            assert!(
                text.get(q.span.start..q.span.end).is_some(),
                "{}",
                file.display()
            );
            assert!(q.outer.start <= q.span.start && q.span.end <= q.outer.end);
        }
    }
}

/// As `fuzz_targets/extract.rs`.
#[test]
fn extraction_regressions() {
    let extractor = Extractor::default();
    let lexicon = Lexicon::english(&Grammar::english());
    for (file, bytes) in inputs("extract") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let article = Article {
            id: file.display().to_string(),
            text: text.into(),
            ..Article::default()
        };
        let found = extractor.article(&article);
        crate::robust::check_spans(&article, &found);
        let quotes: Vec<_> = found.quotes.iter().collect();
        group::group(&quotes, &lexicon);
    }
}

/// As `fuzz_targets/load.rs`.
#[test]
fn loading_regressions() {
    for (_, bytes) in inputs("load") {
        for name in ["fuzz.txt", "fuzz.jsonl", "manifest.csv"] {
            for item in corpus::parse_bytes(Path::new(name), &bytes) {
                if let Err(e) = item {
                    assert!(e.to_string().starts_with(name), "{e}");
                }
            }
        }
    }
}

//! The reference scorer on the shared corpora in `../shared`, when they are
//! there: the figures issue 2 asks for, and for PolNeAR the figure reached
//! so far (see `polnear_dev_holds_its_level`).

use std::path::PathBuf;
use std::process::Command;

use quotetrace::corpus;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::lexicon::Lexicon;
use quotetrace::report::{self, Format};

fn shared() -> Option<PathBuf> {
    let dir = crate::root().join("../shared");
    if dir.join("tools/score.py").is_file() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared is absent, so the shared corpora cannot be scored");
        None
    }
}

/// Extracts a shared corpus and scores it; returns the scorer's JSON.
fn score(corpus_name: &str) -> Option<serde_json::Value> {
    let shared = shared()?;
    let corpus_dir = shared.join("corpus").join(corpus_name);
    let loaded = corpus::load(std::slice::from_ref(&corpus_dir), None);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    let mut jsonl = Vec::new();
    report::write_quotes(&mut jsonl, &quotes, Format::Jsonl).unwrap();
    let dir = crate::temp_dir(&format!("score-{corpus_name}"));
    let pred = dir.join("pred.jsonl");
    std::fs::write(&pred, jsonl).unwrap();
    Some(run_scorer(
        &shared,
        "extract",
        corpus_name,
        &pred,
        Some(&corpus_dir),
    ))
}

/// Groups a shared corpus end to end and scores it; returns the scorer's JSON.
fn score_groups(corpus_name: &str) -> Option<serde_json::Value> {
    let shared = shared()?;
    let corpus_dir = shared.join("corpus").join(corpus_name);
    let loaded = corpus::load(std::slice::from_ref(&corpus_dir), None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    let groups = quotetrace::group::group(&quotes, &Lexicon::english(&Grammar::english()));
    let mut jsonl = Vec::new();
    report::write_groups(&mut jsonl, &groups, Format::Jsonl).unwrap();
    let dir = crate::temp_dir(&format!("group-{corpus_name}"));
    let pred = dir.join("groups.jsonl");
    std::fs::write(&pred, jsonl).unwrap();
    Some(run_scorer(&shared, "group", corpus_name, &pred, None))
}

/// Runs the reference scorer in `mode` on a prediction file; returns its JSON.
fn run_scorer(
    shared: &std::path::Path,
    mode: &str,
    corpus_name: &str,
    pred: &std::path::Path,
    corpus_dir: Option<&std::path::Path>,
) -> serde_json::Value {
    let mut command = Command::new("python3");
    command
        .arg(shared.join("tools/score.py"))
        .arg(mode)
        .arg(shared.join("gold").join(format!("{corpus_name}.jsonl")))
        .arg(pred);
    if let Some(dir) = corpus_dir {
        command.arg("--corpus").arg(dir);
    }
    let out = command
        .arg("--json")
        .output()
        .expect("python3 runs the reference scorer");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn seeds_grouping_reaches_the_issue_figures() {
    let Some(s) = score_groups("seeds") else {
        return;
    };
    at_least(&s, "bcubed_f1", 0.90);
    at_least(&s, "pair_f1", 0.80);
}

#[test]
fn basil_dev_grouping_reaches_the_issue_figures() {
    let Some(s) = score_groups("basil-dev") else {
        return;
    };
    at_least(&s, "bcubed_f1", 0.90);
    at_least(&s, "pair_f1", 0.80);
}

fn at_least(scores: &serde_json::Value, figure: &str, floor: f64) {
    let value = scores[figure].as_f64().unwrap();
    assert!(value >= floor, "{figure} is {value:.3}, below {floor}");
}

#[test]
fn seeds_reach_the_issue_figures() {
    let Some(s) = score("seeds") else { return };
    at_least(&s, "e2e_f1", 0.95);
    at_least(&s, "strict_f1", 0.90);
}

#[test]
fn basil_dev_reaches_the_issue_figure() {
    let Some(s) = score("basil-dev") else { return };
    at_least(&s, "e2e_f1", 0.90);
}

#[test]
fn polnear_dev_reaches_the_issue_figure() {
    // Issue 2 asks for e2e_f1 0.85, and the whole set reaches it with
    // little to spare (0.852). The seven New York Times articles that mark
    // quotes with doubled apostrophes ('') have no gold quotes at all, so
    // every speaker found in them counts against precision.
    let Some(s) = score("polnear-dev") else {
        return;
    };
    at_least(&s, "e2e_f1", 0.85);
}

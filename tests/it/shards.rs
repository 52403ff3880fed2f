//! Extraction split across "machines" and merged: articles extracted in
//! shards (`extract --format jsonl --diagnostics`), then grouped and audited
//! with `--quotes`, give what one run over all the articles gives.

use std::path::{Path, PathBuf};

use crate::cli::{quotetrace, stderr, stdout};

/// Every article file of a corpus folder, sorted.
fn articles(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn run(args: &[&str]) -> String {
    let out = quotetrace(args, None);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Splits `corpus` into three shards (articles dealt round-robin, as a
/// scheduler might), extracts each apart, and checks the merged groups and
/// audit against a single run.
fn shards_merge_like_one_run(name: &str, corpus: &Path) {
    let dir = crate::temp_dir(name);
    let manifest = corpus.join("manifest.csv");
    let corpus_arg = corpus.to_str().unwrap();
    let files = articles(corpus);
    assert!(
        files.len() >= 3,
        "{} has too few articles",
        corpus.display()
    );
    let mut shards = Vec::new();
    for k in 0..3 {
        let mut args = vec!["extract", "--quiet", "--format", "jsonl", "--diagnostics"];
        if manifest.is_file() {
            args.extend(["--manifest", manifest.to_str().unwrap()]);
        }
        let mine: Vec<&str> = files
            .iter()
            .skip(k)
            .step_by(3)
            .map(|f| f.to_str().unwrap())
            .collect();
        args.extend(mine);
        let shard = crate::write(&dir, &format!("shard-{k}.jsonl"), run(&args));
        shards.push(shard.to_str().unwrap().to_owned());
    }
    // Merged in another order than they were cut.
    shards.reverse();
    let shard_args: Vec<&str> = shards.iter().map(String::as_str).collect();

    let single = run(&["group", "--quiet", "--format", "jsonl", corpus_arg]);
    let mut args = vec!["group", "--quiet", "--format", "jsonl", "--quotes"];
    args.extend(&shard_args);
    let merged = run(&args);
    assert!(single.lines().count() > 1, "no groups to compare");
    assert_eq!(merged, single, "merged groups differ from a single run");

    let (one, many) = (dir.join("audit-one"), dir.join("audit-many"));
    run(&[
        "audit",
        "--quiet",
        "--out",
        one.to_str().unwrap(),
        corpus_arg,
    ]);
    let mut args = vec![
        "audit",
        "--quiet",
        "--quotes",
        "--out",
        many.to_str().unwrap(),
    ];
    args.extend(&shard_args);
    run(&args);
    for report in ["audit.md", "audit.csv", "audit.html"] {
        let a = std::fs::read_to_string(one.join(report)).unwrap();
        let b = std::fs::read_to_string(many.join(report)).unwrap();
        assert!(a == b, "{report} from shards differs from a single run");
    }
}

#[test]
fn example_corpus_shards_merge_like_one_run() {
    shards_merge_like_one_run("shards-example", &crate::root().join("examples/corpus"));
}

#[test]
fn basil_dev_shards_merge_like_one_run() {
    let corpus = crate::root().join("../shared/corpus/basil-dev");
    if !corpus.is_dir() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    shards_merge_like_one_run("shards-basil", &corpus);
}

#[test]
fn a_bad_shard_line_names_file_and_line_and_the_rest_still_merge() {
    let dir = crate::temp_dir("shards-bad");
    let corpus = crate::root().join("examples/corpus");
    let good = run(&[
        "extract",
        "--quiet",
        "--format",
        "jsonl",
        corpus.to_str().unwrap(),
    ]);
    let shard = crate::write(&dir, "shard.jsonl", format!("{good}{{\"doc\": 1}}\n"));
    let out = quotetrace(
        &[
            "group",
            "--quiet",
            "--format",
            "jsonl",
            "--quotes",
            shard.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let line = good.lines().count() + 1;
    assert!(
        stderr(&out).contains(&format!("shard.jsonl:{line}: neither an extracted quote")),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).lines().count() > 1, "the good lines were lost");
}

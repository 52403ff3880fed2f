//! Hostile and broken input through the command line (issue 6): each case
//! finishes, says what was wrong and where, gives the right exit code, and
//! the other articles' results are still written.
//!
//! Sizes are scaled down from the (50 MB becomes 4 MB) so that the
//! debug build runs them in seconds; `scripts/bench-hostile.sh` runs the
//! full sizes on the release build and shows time and memory growing
//! linearly.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::cli::{quotetrace, stderr, stdout};

/// The quotes of `extract --format jsonl` output.
fn quotes(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every quote's span holds its text in the article file.
fn spans_hold(file: &Path, quotes: &[serde_json::Value]) {
    let text = std::fs::read_to_string(file).unwrap();
    for q in quotes {
        let (s, e) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        assert_eq!(
            text.get(s as usize..e as usize),
            q["text"].as_str(),
            "span {s}..{e} of {}",
            file.display()
        );
    }
}

fn extract(args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend(args);
    let out = quotetrace(&all, None);
    (out.status.code(), stdout(&out), stderr(&out))
}

/// Words of running news prose, `n` bytes or a little more, on one line,
/// with a quote every few sentences.
fn prose(n: usize) -> String {
    let mut s = String::with_capacity(n + 100);
    let mut i = 0;
    while s.len() < n {
        if i % 7 == 3 {
            s.push_str("“We will not accept this plan,” the minister said. ");
        } else {
            s.push_str("Officials met residents again on Tuesday to discuss it. ");
        }
        i += 1;
    }
    s
}

#[test]
fn four_megabytes_without_a_newline() {
    let dir = crate::temp_dir("no-newline");
    let text = prose(4_000_000);
    let expected = text.matches('“').count();
    let file = crate::write(&dir, "line.txt", &text);
    let (code, out, err) = extract(&["--quiet", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let found = quotes(&out);
    // Sections are cut after a sentence, so no quote is lost to a cut.
    assert_eq!(found.len(), expected);
    spans_hold(&file, &found);
}

#[test]
fn a_paragraph_of_a_hundred_thousand_marks() {
    let dir = crate::temp_dir("many-marks");
    let text = "“We said,” he said. ".repeat(50_000);
    let file = crate::write(&dir, "marks.txt", &text);
    let (code, out, err) = extract(&["--quiet", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let found = quotes(&out);
    assert_eq!(found.len(), 50_000);
    spans_hold(&file, &found);
}

#[test]
fn a_hundred_thousand_nested_marks() {
    let dir = crate::temp_dir("nested");
    let text = format!("{}deep{}", "“ ‘ ".repeat(25_000), " ’ ”".repeat(25_000));
    let file = crate::write(&dir, "nested.txt", &text);
    let (code, out, err) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    spans_hold(&file, &quotes(&out));
    // The marks that pair with nothing are reported, with their place.
    assert!(
        err.contains("nested.txt:1:"),
        "{}",
        &err[..err.len().min(500)]
    );
}

#[test]
fn a_quote_of_four_megabytes_with_no_closing_mark() {
    let dir = crate::temp_dir("unclosed");
    let text = format!("He said: “{}", prose(4_000_000).replace(['“', '”'], ""));
    let file = crate::write(&dir, "unclosed.txt", &text);
    let (code, out, err) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("unclosed.txt:1:10: missing-closing-mark"),
        "{}",
        &err[..err.len().min(500)]
    );
    let found = quotes(&out);
    spans_hold(&file, &found);
    // It ends where a careful reader would give up: at its section's end,
    // not at the end of four megabytes.
    for q in &found {
        let len = q["end"].as_u64().unwrap() - q["start"].as_u64().unwrap();
        assert!(len as usize <= quotetrace::extract::MAX_SECTION);
    }
}

#[test]
fn binary_invalid_utf8_and_nul_files_are_named_and_the_others_still_extracted() {
    let dir = crate::temp_dir("binary");
    let mut binary: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    binary[10] = 0xff;
    crate::write(&dir, "binary.txt", &binary);
    crate::write(&dir, "nul.txt", "line one\nline two \0 here\n");
    crate::write(&dir, "latin1.txt", b"one\ntwo\nd\xe9j\xe0 vu\n");
    crate::write(&dir, "good.txt", "“We will win,” Mayor Ada Quill said.");
    let (code, out, err) = extract(&["--quiet", dir.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("binary.txt:1: not UTF-8"), "{err}");
    assert!(err.contains("nul.txt:2: holds NUL bytes"), "{err}");
    assert!(err.contains("latin1.txt:3: not UTF-8"), "{err}");
    let found = quotes(&out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["speaker"], "Ada Quill");
}

#[test]
fn empty_files_are_articles_and_empty_folders_are_errors() {
    let dir = crate::temp_dir("empty");
    let empty_file = crate::write(&dir, "empty.txt", "");
    let empty_jsonl = crate::write(&dir, "empty.jsonl", "\n\n");
    let (code, out, err) = extract(&[empty_file.to_str().unwrap(), empty_jsonl.to_str().unwrap()]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "", ""));
    let folder = dir.join("nothing-here");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    crate::write(&folder, "notes.md", "not an article");
    let (code, _, err) = extract(&[folder.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("nothing-here: no .txt or .jsonl articles in this folder"),
        "{err}"
    );
}

#[test]
fn a_four_megabyte_json_lines_line_and_a_broken_one() {
    let dir = crate::temp_dir("big-jsonl");
    let big = serde_json::json!({"id": "big", "text": prose(4_000_000)});
    let lines = format!(
        "{}\n{}\n{}\n{}\n",
        serde_json::json!({"id": "small", "text": "“Yes,” she said."}),
        big,
        &big.to_string()[..1_000_000],
        serde_json::json!({"id": "last", "text": "“No,” Ada Quill said."}),
    );
    let file = crate::write(&dir, "day.jsonl", lines);
    let (code, out, err) = extract(&["--quiet", file.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("day.jsonl:3: not a JSON article"), "{err}");
    assert!(err.len() < 1_000, "the message must not echo the line");
    let docs: Vec<String> = quotes(&out)
        .iter()
        .map(|q| q["doc"].as_str().unwrap().to_owned())
        .collect();
    assert!(docs.iter().any(|d| d == "small") && docs.iter().any(|d| d == "last"));
    assert!(docs.iter().filter(|d| *d == "big").count() > 10_000);
}

#[test]
fn a_malformed_manifest_row_and_a_duplicate_id() {
    let dir = crate::temp_dir("manifest-dup");
    std::fs::create_dir_all(dir.join("b")).unwrap();
    crate::write(&dir, "x.txt", "“One,” Ada Quill said.");
    crate::write(&dir.join("b"), "x.txt", "“Two,” Ada Quill said.");
    crate::write(&dir, "y.txt", "“Three,” Ada Quill said.");
    crate::write(
        &dir,
        "manifest.csv",
        "doc,outlet,published,url,title\nx,Wire,2031-01-01,,\n\"y,Gazette\n",
    );
    let (code, out, err) = extract(&["--quiet", dir.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("manifest.csv:3: bad manifest row"), "{err}");
    assert!(err.contains("duplicate document id `x`"), "{err}");
    // Files are read in sorted order, so `b/x.txt` is the first `x` and the
    // copy at the top is the one skipped, named.
    assert!(
        err.contains(&format!("{}: duplicate", dir.join("x.txt").display())),
        "{err}"
    );
    let found = quotes(&out);
    let texts: Vec<&str> = found.iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["Two,", "Three,"]);
    assert_eq!(found[0]["outlet"], "Wire");
}

#[test]
fn a_folder_that_cannot_be_read_and_a_link_loop() {
    let dir = crate::temp_dir("unreadable");
    crate::write(&dir, "good.txt", "“Fine,” Ada Quill said.");
    // A link to itself cannot be read; a link back up the tree is not
    // followed.
    std::os::unix::fs::symlink("loop", dir.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("up")).unwrap();
    let locked = dir.join("locked");
    std::fs::create_dir(&locked).unwrap();
    crate::write(&locked, "secret.txt", "“Hidden,” he said.");
    let mut perms = std::fs::metadata(&locked).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    std::fs::set_permissions(&locked, perms).unwrap();
    // Root reads any folder: then only the link loop is unreadable.
    let root = std::fs::read_dir(&locked).is_ok();

    let (code, out, err) = extract(&[
        "--quiet",
        dir.to_str().unwrap(),
        dir.join("loop").to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("loop: cannot read"), "{err}");
    if !root {
        assert!(err.contains("locked: cannot read folder"), "{err}");
    }
    assert!(quotes(&out).iter().any(|q| q["text"] == "Fine,"));

    let mut perms = std::fs::metadata(&locked).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&locked, perms).unwrap();
}

#[test]
fn audit_out_never_writes_through_a_planted_link() {
    let dir = crate::temp_dir("out-link");
    let outside = crate::write(&dir, "precious.txt", "do not overwrite");
    let out_dir = dir.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::os::unix::fs::symlink(&outside, out_dir.join("audit.md")).unwrap();
    crate::cli::audit_into(&out_dir, &[&crate::root().join("examples/corpus")]);
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "do not overwrite"
    );
    let md = std::fs::symlink_metadata(out_dir.join("audit.md")).unwrap();
    assert!(md.file_type().is_file(), "audit.md is still a link");
    let names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn ctrl_c_stops_cleanly_and_leaves_no_report() {
    let dir = crate::temp_dir("ctrl-c");
    let out_dir = dir.join("out");
    // Enough articles that the audit is still at work when the signal
    // comes; a fast machine or a release build may finish 40,000 first,
    // and then the test tries again with four times as many.
    let mut articles = 40_000;
    let out = loop {
        let mut lines = String::new();
        for i in 0..articles {
            let text = format!(
                "“We will not accept this plan {i},” Mayor Ada Quill said. {}",
                prose(400)
            );
            lines.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
            lines.push('\n');
        }
        let file = crate::write(&dir, "many.jsonl", lines);
        let child = Command::new(env!("CARGO_BIN_EXE_quotetrace"))
            .args(["audit", "--quiet", "-j", "1", "--out"])
            .arg(&out_dir)
            .arg(&file)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(700));
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let finished_first = out.status.code() == Some(0);
        if finished_first && articles < 640_000 {
            let _ = std::fs::remove_dir_all(&out_dir);
            articles *= 4;
            continue;
        }
        assert!(sent.success());
        break out;
    };
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(stderr(&out).contains("interrupted"), "{}", stderr(&out));
    // Nothing written: no report, no temporary file.
    let left: Vec<_> = std::fs::read_dir(&out_dir)
        .map(|d| d.map(|e| e.unwrap().file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

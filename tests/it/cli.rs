//! The command line as a user meets it: formats, exit codes, bad input.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

pub fn quotetrace(args: &[&str], stdin: Option<&str>) -> Output {
    quotetrace_in_env(args, stdin, &[])
}

/// Runs with the colour variables of the environment the tests run in
/// replaced by `env`.
fn quotetrace_in_env(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotetrace"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // The program may exit before reading (a bad grammar): a closed pipe
        // here is not the test's failure.
        let _ = input.write_all(text.as_bytes());
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// `quotetrace audit --quiet --out OUT PATH...`, which must succeed.
pub fn audit_into(out_dir: &Path, paths: &[&Path]) {
    let mut args = vec!["audit", "--quiet", "--out", out_dir.to_str().unwrap()];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    let out = quotetrace(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn jsonl_carries_the_scored_fields() {
    let corpus = crate::root().join("examples/corpus");
    let out = quotetrace(
        &[
            "extract",
            "--format",
            "jsonl",
            "--quiet",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    for field in [
        "doc",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "mention",
        "mention_start",
        "mention_end",
        "cue",
        "channel",
        "line",
        "outlet",
    ] {
        assert!(first.get(field).is_some(), "missing {field} in {first}");
    }
    assert_eq!(first["outlet"], "The Halden Courier");
}

#[test]
fn csv_has_a_header_and_neutralised_formulas() {
    let out = quotetrace(
        &["extract", "--format", "csv", "-"],
        Some("He typed \"=SUM(A1:A9)\" into the sheet, he said."),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "doc");
    assert_eq!(header.iter().next_back(), Some("text"));
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(row.iter().next_back(), Some("'=SUM(A1:A9)"));
}

#[test]
fn table_is_aligned_and_names_places() {
    let out = quotetrace(
        &["extract", "--format", "table", "-"],
        Some("“We will win,” Mayor Ada Quill said."),
    );
    let text = stdout(&out);
    assert!(text.starts_with("where"), "{text}");
    assert!(
        text.contains("stdin:1") && text.contains("Ada Quill") && text.contains("We will win,"),
        "{text}"
    );
}

#[test]
fn diagnostics_go_to_stderr_or_into_the_output() {
    let text = "“During the meeting, we will explain.\n\nNext.";
    let out = quotetrace(&["extract", "--format", "jsonl", "-"], Some(text));
    assert!(
        stderr(&out).contains("<stdin>:1:1: missing-closing-mark"),
        "{}",
        stderr(&out)
    );
    let out = quotetrace(
        &["extract", "--format", "jsonl", "--diagnostics", "-"],
        Some(text),
    );
    assert!(
        stdout(&out).contains("\"kind\":\"missing-closing-mark\""),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).is_empty());
}

#[test]
fn jsonl_articles_on_stdin() {
    let out = quotetrace(
        &["extract", "--format", "jsonl", "-"],
        Some("{\"id\": \"a1\", \"text\": \"“Yes,” Quill said.\", \"outlet\": \"Wire\"}\n"),
    );
    let line: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(line["doc"], "a1");
    assert_eq!(line["outlet"], "Wire");
    assert_eq!(line["speaker"], "Quill");
}

#[test]
fn a_bad_article_is_named_and_the_others_still_come_out() {
    let dir = crate::temp_dir("bad-input");
    crate::write(&dir, "good.txt", "“We will win,” Mayor Ada Quill said.");
    crate::write(&dir, "latin1.txt", b"line one\nCaf\xe9 \"quote\" here\n");
    crate::write(&dir, "nul.txt", b"text\0with a NUL");
    crate::write(
        &dir,
        "lines.jsonl",
        "{\"id\": \"j1\", \"text\": \"fine\"}\n{broken\n",
    );
    crate::write(
        &dir,
        "manifest.csv",
        "doc,outlet,published,url,title\ngood,Daily,2031-01-01,,\nrow,with,too,many,fields,here\n",
    );
    let out = quotetrace(
        &[
            "extract",
            "--format",
            "jsonl",
            "--quiet",
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("latin1.txt:2: not UTF-8"), "{err}");
    assert!(err.contains("nul.txt:1: holds NUL bytes"), "{err}");
    assert!(err.contains("lines.jsonl:2: not a JSON article"), "{err}");
    assert!(err.contains("manifest.csv:3: bad manifest row"), "{err}");
    let quotes = stdout(&out);
    assert!(
        quotes.contains("\"doc\":\"good\"") && quotes.contains("\"outlet\":\"Daily\""),
        "{quotes}"
    );
}

#[test]
fn group_writes_every_format() {
    let corpus = crate::root().join("examples/corpus");
    let corpus = corpus.to_str().unwrap();
    let out = quotetrace(&["group", "--format", "jsonl", "--quiet", corpus], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    for field in ["group", "speaker", "reference", "members"] {
        assert!(first.get(field).is_some(), "missing {field} in {first}");
    }
    for field in [
        "doc",
        "start",
        "end",
        "text",
        "speaker",
        "outlet",
        "edits",
        "similarity",
        "severity",
    ] {
        assert!(
            first["members"][0].get(field).is_some(),
            "missing member {field} in {first}"
        );
    }
    let out = quotetrace(&["group", "--format", "csv", "--quiet", corpus], None);
    let csv = stdout(&out);
    assert!(csv.starts_with("group,speaker,reference,doc,"), "{csv}");
    assert!(csv.contains("appreciate"), "{csv}");
    let out = quotetrace(&["group", "--format", "table", "--quiet", corpus], None);
    assert!(stdout(&out).contains("wording-drift"), "{}", stdout(&out));
    // The summary counts in words that agree with their number.
    let one = "“We will win,” Ada Quill said.\n";
    let out = quotetrace(&["group", "--format", "table", "--quiet", "-"], Some(one));
    assert_eq!(
        stdout(&out).trim_end(),
        "0 groups of two renderings or more; 1 quote rendered once."
    );
}

#[test]
fn group_table_says_whom_a_misattributed_rendering_gives_the_words_to() {
    let dir = crate::temp_dir("misattributed");
    crate::write(
        &dir,
        "a.txt",
        "Kremlin spokesman Dmitry Peskov said: “The West is waging a hybrid war against Russia.”\n",
    );
    crate::write(
        &dir,
        "b.txt",
        "Foreign Minister Sergei Lavrov said: “The West is waging a hybrid war against Russia.”\n",
    );
    let out = quotetrace(
        &[
            "group",
            "--format",
            "table",
            "--quiet",
            dir.to_str().unwrap(),
        ],
        None,
    );
    let table = stdout(&out);
    assert!(
        table.contains("misattributed  1.00  given to Sergei Lavrov"),
        "{table}"
    );
}

/// `quotetrace check` on the example corpus: (exit code, standard output).
fn check(args: &[&str]) -> (Option<i32>, String) {
    let corpus = crate::root().join("examples/corpus");
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend(["--quiet", corpus.to_str().unwrap()]);
    let out = quotetrace(&all, None);
    (out.status.code(), stdout(&out))
}

#[test]
fn check_of_no_word_or_no_name_is_an_error_that_says_so() {
    for quote in ["", "…", "“ ”"] {
        let corpus = crate::root().join("examples/corpus");
        let out = quotetrace(&["check", quote, "--quiet", corpus.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(2), "{quote:?}");
        assert!(
            stderr(&out).contains("the quote to check holds no word"),
            "{}",
            stderr(&out)
        );
    }
    // Nor a speaker of no name.
    let corpus = crate::root().join("examples/corpus");
    let out = quotetrace(
        &[
            "check",
            "the sea always wins",
            "--speaker",
            " ",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("the speaker to check holds no name"));
}

#[test]
fn check_verbatim_exits_0() {
    let (code, out) = check(&["Nobody will be left behind", "--speaker", "Ada Quill"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.starts_with("found verbatim") && out.contains("vell-003:1"),
        "{out}"
    );
}

#[test]
fn check_drift_exits_1_with_named_edits() {
    let (code, out) = check(&[
        "--format",
        "json",
        "We value the steady approach of our partners",
        "--speaker",
        "Quill",
    ]);
    assert_eq!(code, Some(1), "{out}");
    let answer: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["verdict"], "drift");
    assert!(out.contains("\"op\": \"substitute\""), "{out}");
}

#[test]
fn check_names_the_edits_against_the_closest_sentence_of_a_longer_quote() {
    // The courier's quote goes on for a second sentence the checked words
    // do not reach: it is not listed as cut.
    let (code, out) = check(&["We value the steady approach of our partners"]);
    assert_eq!(code, Some(1), "{out}");
    let courier = out.lines().find(|l| l.contains("courier-001:5")).unwrap();
    assert!(courier.ends_with("[|at the harbour…; -deeply]"), "{out}");
}

#[test]
fn check_misattribution_exits_1() {
    let (code, out) = check(&["the sea always wins", "--speaker", "Ada Quill"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.starts_with("found, but given to someone else") && out.contains("Jonah Pell"),
        "{out}"
    );
}

#[test]
fn check_drift_given_only_to_others_says_so_and_exits_1() {
    let (code, out) = check(&[
        "We value the steady approach of our partners",
        "--speaker",
        "Jonah Pell",
    ]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.starts_with("found with drift, but given to someone else") && out.contains("Ada Quill"),
        "{out}"
    );
    let (_, json) = check(&[
        "--format",
        "json",
        "We value the steady approach of our partners",
        "--speaker",
        "Jonah Pell",
    ]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(answer["verdict"], "misattributed-drift");
}

#[test]
fn check_not_found_exits_3() {
    let (code, out) = check(&["the moon is made of cheese"]);
    assert_eq!(code, Some(3), "{out}");
    assert_eq!(out.trim(), "not found");
}

#[test]
fn colour_follows_clicolor_force_no_color_and_the_flag() {
    let corpus = crate::root().join("examples/corpus");
    let corpus = corpus.to_str().unwrap();
    let args = ["check", "the sea always wins", "--quiet", corpus];
    let escape = |o: &Output| o.stdout.contains(&0x1b);
    // Standard output is a pipe here: no colour unless asked for.
    assert!(!escape(&quotetrace_in_env(&args, None, &[])));
    let forced = quotetrace_in_env(&args, None, &[("CLICOLOR_FORCE", "1")]);
    assert!(escape(&forced), "{}", stdout(&forced));
    assert!(stdout(&forced).contains("\x1b[1m\x1b[32mfound verbatim"));
    let refused = [("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")];
    let plain = quotetrace_in_env(&args, None, &refused);
    assert!(!escape(&plain), "NO_COLOR beats CLICOLOR_FORCE");
    assert_eq!(stdout(&plain).lines().next(), Some("found verbatim"));
    let mut always = args.to_vec();
    always.insert(0, "--color=always");
    assert!(escape(&quotetrace_in_env(
        &always,
        None,
        &[("NO_COLOR", "1")]
    )));
}

#[test]
fn audit_writes_markdown_and_csv_atomically() {
    let dir = crate::temp_dir("audit-out");
    audit_into(&dir, &[&crate::root().join("examples/corpus")]);
    let md = std::fs::read_to_string(dir.join("audit.md")).unwrap();
    assert!(
        md.starts_with("# Quotation audit") && md.contains("## Misattributions"),
        "{md}"
    );
    let csv = std::fs::read_to_string(dir.join("audit.csv")).unwrap();
    assert!(csv.starts_with("group,doc,outlet,published,line,speaker,mention,cue,channel,kind,text,reference,similarity,severity,edits"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // Reports are as readable as any file the user creates there (the
    // umask's), not private as a temporary file is made.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let created = dir.join("created-by-hand");
        std::fs::write(&created, "x").unwrap();
        for report in ["audit.md", "audit.csv", "audit.html"] {
            assert_eq!(mode(&dir.join(report)), mode(&created), "{report}");
        }
    }
}

#[test]
fn html_audit_escapes_a_hostile_article() {
    let dir = crate::temp_dir("hostile");
    let articles = crate::write(
        &dir,
        "hostile.txt",
        "“<script>alert('x')</script> & more,” Mayor Ada Quill said.\n\n“<img src=x onerror=alert(1)>,” she added.",
    );
    let out_dir = dir.join("out");
    audit_into(&out_dir, &[&articles]);
    let html = std::fs::read_to_string(out_dir.join("audit.html")).unwrap();
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"),
        "{html}"
    );
    // Self-contained and well nested: no external asset, every table closed.
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    assert_eq!(
        html.matches("<table>").count(),
        html.matches("</table>").count()
    );
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn a_missing_path_is_an_error_that_names_it() {
    let out = quotetrace(&["extract", "/no/such/article.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/no/such/article.txt: cannot read"),
        "{}",
        stderr(&out)
    );
}

/// A folder of its own holding the five files of the English grammar.
fn english_grammar_copy(name: &str) -> crate::TempFolder {
    let dir = crate::temp_dir(name);
    for file in [
        "speech.toml",
        "people.toml",
        "words.toml",
        "channels.toml",
        "marks.toml",
    ] {
        std::fs::copy(crate::root().join("grammars/en").join(file), dir.join(file)).unwrap();
    }
    dir
}

#[test]
fn a_bad_grammar_is_an_error_that_names_file_and_line() {
    let dir = english_grammar_copy("bad-grammar");
    crate::write(
        &dir,
        "marks.toml",
        "[[marks]]\nchar = \"x\"\nfamily = \"double\"\nrole = \"sideways\"\n",
    );
    let out = quotetrace(
        &["extract", "--grammar", dir.to_str().unwrap(), "-"],
        Some("text"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("marks.toml:4"), "{}", stderr(&out));
}

#[test]
fn a_bad_list_of_names_is_an_error_that_names_file_and_line() {
    let dir = english_grammar_copy("bad-aliases");
    crate::write(&dir, "aliases.tsv", "# forms\nUnited States\tUS\nKyiv\n");
    let out = quotetrace(
        &["group", "--grammar", dir.to_str().unwrap(), "-"],
        Some("“We will win,” Ada Quill said.\n"),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("aliases.tsv:3"), "{}", stderr(&out));
}

/// The error `extract` gives for a copy of the English grammar whose
/// `people.toml` has `from` replaced by `to`; it must exit with 2 and name
/// the file.
fn people_grammar_error(name: &str, from: &str, to: &str) -> String {
    let dir = english_grammar_copy(name);
    let people = std::fs::read_to_string(dir.join("people.toml")).unwrap();
    assert!(people.contains(from), "{from}");
    crate::write(&dir, "people.toml", people.replace(from, to));
    let out = quotetrace(
        &["extract", "--grammar", dir.to_str().unwrap(), "-"],
        Some("text"),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("people.toml"), "{}", stderr(&out));
    stderr(&out)
}

#[test]
fn a_word_of_two_trades_or_parties_is_an_error() {
    let err = people_grammar_error(
        "two-trades",
        "[trades]\n",
        "[trades]\ncourier = [\"carrier\"]\n",
    );
    assert!(err.contains("`carrier` names two trades"), "{err}");
    let err = people_grammar_error(
        "two-parties",
        "[parties]\n",
        "[parties]\nwhigs = [\"tory\"]\n",
    );
    assert!(err.contains("`tory` names two parties"), "{err}");
}

#[test]
fn an_occupations_ending_too_short_to_tell_is_an_error() {
    let err = people_grammar_error(
        "short-suffix",
        "person_suffixes = [",
        "person_suffixes = [\"st\", ",
    );
    assert!(err.contains("`st`"), "{err}");
}

#[test]
fn check_reads_an_ellipsis_of_the_checked_words_as_words_left_out() {
    // Each piece word for word, in order: verbatim, the ellipsis standing
    // for "the steady approach of".
    let (code, out) = check(&["We deeply value … our partners at the harbour"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("found verbatim"), "{out}");
    let line = out.lines().find(|l| l.contains("courier-001")).unwrap();
    assert!(line.contains("[the steady approach of → …]"), "{out}");
    // (Three dots are an ellipsis too, and three spaced.)
    let (code, _) = check(&["We deeply value ... our partners at the harbour"]);
    assert_eq!(code, Some(0));
    let (code, out) = check(&["We deeply value . . . our partners at the harbour"]);
    assert_eq!(code, Some(0), "{out}");
    // Not where what it leaves out changes the meaning.
    let (code, out) = check(&["It was … an easy negotiation"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("meaning changed"), "{out}");
    // Nor where the pieces come in another order.
    let (code, out) = check(&["our partners at the harbour … We deeply value"]);
    assert_eq!(code, Some(1), "{out}");
}

#[test]
fn check_finds_a_short_quote_one_word_away_with_its_meaning_changed() {
    // "Nobody will be left behind" has two content words; with one of them
    // replaced the similarity is 0.5, but one word away is what a spot
    // check must report, not "not found".
    let (code, out) = check(&["Everybody will be left behind"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.starts_with("found with drift"), "{out}");
    let line = out.lines().find(|l| l.contains("courier-001:7")).unwrap();
    assert!(
        line.contains("[Nobody → Everybody]  meaning changed"),
        "{out}"
    );
    // Farther away is another sentence.
    let (code, out) = check(&["Tomorrow we will explain nothing"]);
    assert_eq!(code, Some(3), "{out}");
}

#[test]
fn check_shows_a_rendering_of_only_part_of_the_words_as_cut_not_changed() {
    // Vell quotes only "explain the plan to every household": it leaves
    // out the checked "We will not", and changes nothing. Courier's whole
    // sentence has no "not": that is a meaning changed.
    let (code, out) = check(&["We will not explain the plan to every household"]);
    assert_eq!(code, Some(1), "{out}");
    let part = out.lines().find(|l| l.contains("vell-003")).unwrap();
    assert!(
        part.ends_with("“explain the plan to every household”  […We will not|]"),
        "{out}"
    );
    let whole = out.lines().find(|l| l.contains("courier-001")).unwrap();
    assert!(whole.ends_with("meaning changed"), "{out}");
    let (_, json) = check(&[
        "--format",
        "json",
        "We will not explain the plan to every household",
    ]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    let vell = answer["found"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["doc"] == "vell-003")
        .unwrap();
    assert_eq!(vell["severity"], "verbatim", "{json}");
}

#[test]
fn check_says_when_the_edits_change_the_meaning() {
    // A negation dropped is one word away, as close as a synonym: the
    // answer says what it amounts to, in words and in JSON.
    let (code, out) = check(&["It was an easy negotiation"]);
    assert_eq!(code, Some(1), "{out}");
    let line = out.lines().find(|l| l.contains("not an easy")).unwrap();
    assert!(line.ends_with("[-not]  meaning changed"), "{out}");
    let (_, json) = check(&["--format", "json", "It was an easy negotiation"]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(answer["found"][0]["severity"], "meaning-changing", "{json}");
    // A synonym's drift is no change of meaning, and a verbatim rendering
    // none at all.
    let (_, json) = check(&[
        "--format",
        "json",
        "We value the steady approach of our partners",
    ]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(answer["found"][0]["severity"], "wording-drift", "{json}");
    let (_, json) = check(&["--format", "json", "Nobody will be left behind"]);
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(answer["found"][0]["severity"], "verbatim", "{json}");
}

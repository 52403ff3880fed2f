//! The editorial audit of the bundled corpus, snapshotted, and spot checks.

use quotetrace::corpus;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};
use quotetrace::report::audit;

#[test]
fn example_corpus_audit_snapshots() {
    // A path relative to the package (tests run there), so that the file
    // names the audit prints are the same in every checkout.
    let loaded = corpus::load(&[std::path::PathBuf::from("examples/corpus")], None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    let diagnostics: Vec<_> = results.iter().flat_map(|r| &r.diagnostics).collect();
    let groups = group::group(&quotes, &Lexicon::english(&Grammar::english()));
    let mut markdown = Vec::new();
    audit::write_markdown(&mut markdown, &groups, &quotes, &diagnostics).unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    let rows: Vec<[String; 15]> = std::iter::once(audit::CSV_COLUMNS.map(String::from))
        .chain(audit::csv_rows(&groups))
        .collect();
    crate::snapshot_settings().bind(|| {
        insta::assert_snapshot!("audit-example-corpus-md", markdown);
        insta::assert_csv_snapshot!("audit-example-corpus-csv", rows);
    });
}

#[test]
fn the_audit_counts_in_words_that_agree() {
    let article = corpus::Article {
        id: "one".into(),
        text: "“We will win,” Ada Quill said.\n".into(),
        ..corpus::Article::default()
    };
    let results = extract::extract_all(&Extractor::default(), &[article]);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    let groups = group::group(&quotes, &Lexicon::english(&Grammar::english()));
    let mut markdown = Vec::new();
    audit::write_markdown(&mut markdown, &groups, &quotes, &[]).unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    assert!(
        markdown.contains("1 quote in 1 group; 0 rendered by more than one article."),
        "{markdown}"
    );
}

//! Snapshots of the groups and their drift for the bundled example corpus.

use quotetrace::corpus;
use quotetrace::drift::Severity;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

/// The example corpus's quotes, which its groups borrow.
fn example_quotes() -> Vec<extract::Quote> {
    let loaded = corpus::load(&[crate::root().join("examples/corpus")], None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    results.into_iter().flat_map(|r| r.quotes).collect()
}

fn groups_of(quotes: &[extract::Quote]) -> Vec<group::Group<'_>> {
    let quotes: Vec<_> = quotes.iter().collect();
    group::group(&quotes, &Lexicon::english(&Grammar::english()))
}

#[test]
fn example_corpus_group_snapshot() {
    let quotes = example_quotes();
    let groups: Vec<_> = groups_of(&quotes)
        .into_iter()
        .filter(|g| g.members.len() > 1)
        .collect();
    crate::snapshot_settings()
        .bind(|| insta::assert_json_snapshot!("groups-example-corpus", groups));
}

#[test]
fn translations_and_reorders_are_one_utterance() {
    let quotes = example_quotes();
    let groups = groups_of(&quotes);
    let find = |words: &str| {
        groups
            .iter()
            .find(|g| g.members.iter().any(|m| m.text.contains(words)))
            .unwrap_or_else(|| panic!("no group holds {words:?}"))
    };
    // "deeply value" (Courier) / "highly appreciate" (Wire) / "value the steady position" (Vell)
    let steady = find("highly appreciate the steady approach");
    assert!(
        steady
            .members
            .iter()
            .any(|m| m.text.contains("value the steady position"))
    );
    assert_eq!(steady.speaker.as_deref(), Some("Ada Quill"));
    // "doubts and worries" / "worries and doubts"
    let worries = find("worries and doubts");
    assert!(
        worries
            .members
            .iter()
            .any(|m| m.text.contains("doubts and worries"))
    );
    assert!(
        worries
            .members
            .iter()
            .all(|m| m.severity <= Severity::WordingDrift)
    );
}

#[test]
fn output_is_deterministic() {
    let (first, second) = (example_quotes(), example_quotes());
    let a = serde_json::to_string(&groups_of(&first)).unwrap();
    let b = serde_json::to_string(&groups_of(&second)).unwrap();
    assert_eq!(a, b);
}

//! Snapshots of the groups and their drift for the bundled example corpus.

use quotetrace::corpus;
use quotetrace::drift::Severity;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

fn example_groups() -> Vec<group::Group> {
    let loaded = corpus::load(&[crate::root().join("examples/corpus")], None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    group::group(&quotes, &Lexicon::english(&Grammar::english()))
}

#[test]
fn example_corpus_group_snapshot() {
    let groups: Vec<_> = example_groups()
        .into_iter()
        .filter(|g| g.members.len() > 1)
        .collect();
    crate::snapshot_settings()
        .bind(|| insta::assert_json_snapshot!("groups-example-corpus", groups));
}

#[test]
fn translations_and_reorders_are_one_utterance() {
    let groups = example_groups();
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
    let a = serde_json::to_string(&example_groups()).unwrap();
    let b = serde_json::to_string(&example_groups()).unwrap();
    assert_eq!(a, b);
}

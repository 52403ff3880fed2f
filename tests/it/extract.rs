//! Snapshots of extraction over the bundled example corpus.

use quotetrace::corpus;
use quotetrace::extract::{self, Extractor};

#[test]
fn example_corpus_snapshots() {
    let loaded = corpus::load(&[crate::root().join("examples/corpus")], None);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.articles.len(), 4);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    crate::snapshot_settings().bind(|| {
        for (article, result) in loaded.articles.iter().zip(&results) {
            let value = serde_json::json!({
                "quotes": result.quotes,
                "diagnostics": result.diagnostics.iter().map(|d| {
                    serde_json::json!({"line": d.line, "column": d.column, "kind": d.kind, "message": d.message})
                }).collect::<Vec<_>>(),
            });
            insta::assert_json_snapshot!(format!("extract-{}", article.id), value);
        }
    });
}

#[test]
fn offsets_are_byte_spans_of_the_quoted_words() {
    let loaded = corpus::load(&[crate::root().join("examples/corpus")], None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    for (article, result) in loaded.articles.iter().zip(&results) {
        for q in &result.quotes {
            assert_eq!(
                &article.text[q.start..q.end],
                q.text,
                "{}:{}",
                article.id,
                q.line
            );
            if let (Some(s), Some(e)) = (q.mention_start, q.mention_end) {
                assert_eq!(Some(&article.text[s..e]), q.mention.as_deref());
            }
        }
    }
}

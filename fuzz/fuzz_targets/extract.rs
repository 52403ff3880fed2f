//! Extraction (quotes and attribution) and grouping on any text: no panic,
//! spans and mentions inside the text on character boundaries, top-level
//! quotes never overlapping.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quotetrace::corpus::Article;
use quotetrace::extract::Extractor;
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::english(&Grammar::english()));

fuzz_target!(|text: &str| {
    let article = Article {
        id: "fuzz".into(),
        text: text.into(),
        ..Article::default()
    };
    let found = EXTRACTOR.article(&article);
    for q in &found.quotes {
        assert!(text.get(q.start..q.end).is_some(), "quote span off the text");
        if let (Some(s), Some(e)) = (q.mention_start, q.mention_end) {
            assert!(text.get(s..e).is_some(), "mention span off the text");
        }
    }
    let quotes: Vec<_> = found.quotes.iter().collect();
    group::group(&quotes, &LEXICON);
});

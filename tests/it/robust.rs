//! Extraction and grouping never panic, and every span they report lies on
//! character boundaries inside its article: checked on generated texts that
//! mix marks, apostrophes, multi-byte punctuation, names and broken lines.

use quotetrace::corpus::Article;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

/// Pieces of news text, chosen to collide: marks of every family, dashes,
/// ellipses, contractions, titles, speech verbs, paragraph breaks.
const PIECES: [&str; 48] = [
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    "„",
    "\u{a0}",
    "\u{2009}",
    "—",
    "–",
    "-",
    "…",
    "...",
    ". ",
    ", ",
    ": ",
    "; ",
    "(",
    ")",
    "[s]",
    "\n",
    "\n\n",
    "\r\n",
    "\u{feff}",
    "Putin",
    "Mr. Xi",
    "the Russian leader",
    "he",
    "said",
    "told reporters",
    "according to",
    "Xinhua",
    "don’t",
    "China's",
    "leaders’",
    "We value it",
    "É",
    "日本",
    "2,521",
    "U.S.",
    "Sen. Ada Quill",
    "was quoted by",
    "as saying",
    "in a statement",
];

/// A deterministic generator (SplitMix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

fn article(seed: u64) -> Article {
    let mut rng = Rng(seed);
    let len = 5 + (rng.next() % 120) as usize;
    let mut text = String::new();
    for _ in 0..len {
        text.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
        if rng.next().is_multiple_of(3) {
            text.push(' ');
        }
    }
    Article {
        id: format!("gen-{seed}"),
        text,
        ..Article::default()
    }
}

#[test]
fn generated_articles_never_break_the_pipeline() {
    let extractor = Extractor::default();
    let lexicon = Lexicon::english(&Grammar::english());
    let articles: Vec<Article> = (0..3000).map(article).collect();
    let results = extract::extract_all(&extractor, &articles);
    for (a, r) in articles.iter().zip(&results) {
        for q in &r.quotes {
            assert!(q.start <= q.end && q.end <= a.text.len(), "{a:?}: {q:?}");
            assert!(
                a.text.is_char_boundary(q.start) && a.text.is_char_boundary(q.end),
                "{a:?}: {q:?}"
            );
            assert_eq!(&a.text[q.start..q.end], q.text);
            if let (Some(s), Some(e)) = (q.mention_start, q.mention_end) {
                assert!(a.text.get(s..e).is_some(), "{a:?}: {q:?}");
            }
        }
        // Quotes of one nesting level never overlap.
        let mut spans: Vec<(usize, usize)> = r.quotes.iter().map(|q| (q.start, q.end)).collect();
        spans.sort_unstable();
        for w in spans.windows(2) {
            assert!(
                w[0].1 <= w[1].0 || w[1].1 <= w[0].1,
                "{a:?}: overlapping {w:?}"
            );
        }
    }
    let quotes: Vec<_> = results.iter().flat_map(|r| &r.quotes).collect();
    for g in group::group(&quotes, &lexicon) {
        for m in &g.members {
            let a = articles.iter().find(|a| a.id == m.doc).unwrap();
            assert_eq!(a.text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
}

#[test]
fn one_by_one_or_all_at_once_gives_the_same_quotes() {
    let extractor = Extractor::default();
    let articles: Vec<Article> = (5000..5200).map(article).collect();
    let all = extract::extract_all(&extractor, &articles);
    for (a, together) in articles.iter().zip(&all) {
        let alone = extractor.article(a);
        let spans = |r: &extract::ArticleQuotes| {
            r.quotes
                .iter()
                .map(|q| (q.start, q.end))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&alone), spans(together));
    }
}

//! Grouping time as the number of quotes doubles: 10k to 160k.
//!
//! Quotes are generated: families of four renderings of one utterance (a
//! dropped word, a synonym, a reordering), each family with content words of
//! its own and a few words common to all, as real utterances have. Blocking
//! must keep the work near-linear: doubling the quotes should cost at most
//! 2.3 times the time.
//!
//! `cargo bench --bench group`

// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use quotetrace::extract::{Quote, QuoteKind};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

const COMMON: [&str; 12] = [
    "appreciate",
    "position",
    "crisis",
    "country",
    "people",
    "support",
    "government",
    "today",
    "meeting",
    "problem",
    "value",
    "stance",
];

/// An invented word, unique to (family, slot).
fn word(family: usize, slot: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo",
        "be",
    ];
    let mut n = family * 8 + slot + 1;
    let mut w = String::new();
    while n > 0 {
        w.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    w
}

fn quotes(n: usize) -> Vec<Quote> {
    // Seeded, so runs compare.
    let mut rng = fastrand::Rng::with_seed(42);
    (0..n)
        .map(|i| {
            let family = i / 4;
            let mut words: Vec<String> = (0..6).map(|s| word(family, s)).collect();
            words.push(COMMON[rng.usize(..COMMON.len())].to_owned());
            words.push(COMMON[rng.usize(..COMMON.len())].to_owned());
            match i % 4 {
                1 => {
                    words.remove(rng.usize(..words.len()));
                }
                2 => {
                    let (a, b) = (rng.usize(..words.len()), rng.usize(..words.len()));
                    words.swap(a, b);
                }
                3 => words.insert(rng.usize(..words.len()), "certainly".into()),
                _ => {}
            }
            let text = format!("We {}.", words.join(" "));
            Quote {
                doc: format!("d{}", i / 10),
                outlet: Some(format!("Outlet {}", i % 4)),
                published: None,
                line: 1,
                start: 0,
                end: text.len(),
                text,
                kind: QuoteKind::Direct,
                speaker: Some(format!("Speaker {}", family % 500)),
                speaker_in_article: None,
                mention: None,
                mention_start: None,
                mention_end: None,
                cue: None,
                channel: None,
            }
        })
        .collect()
}

fn grouping(c: &mut Criterion) {
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let mut bench = c.benchmark_group("group");
    bench.sample_size(10);
    for n in [10_000, 20_000, 40_000, 80_000, 160_000] {
        let qs = quotes(n);
        let refs: Vec<&Quote> = qs.iter().collect();
        bench.bench_with_input(BenchmarkId::new("quotes", n), &refs, |b, refs| {
            b.iter(|| group::group(refs, &lexicon).len())
        });
    }
    bench.finish();
}

criterion_group!(benches, grouping);
criterion_main!(benches);

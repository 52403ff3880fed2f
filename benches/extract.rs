//! Extraction throughput over at least 50 MB of real news text: the shared
//! corpora (or, without `../shared`, the bundled examples) repeated.
//!
//! `cargo bench --bench extract` reports MB/s on one thread and on two
//! (rayon, as the command line runs it).

use std::path::PathBuf;

// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotetrace::corpus::{self, Article};
use quotetrace::extract::Extractor;
use rayon::prelude::*;

const TARGET_BYTES: usize = 50_000_000;

fn articles() -> Vec<Article> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus");
    let dirs: Vec<PathBuf> = if shared.is_dir() {
        ["seeds", "basil-dev", "polnear-dev"]
            .iter()
            .map(|c| shared.join(c))
            .collect()
    } else {
        eprintln!("../shared is absent: benchmarking the bundled examples instead");
        vec![root.join("examples/corpus")]
    };
    let base = corpus::load(&dirs, None).articles;
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for a in &base {
            bytes += a.text.len();
            out.push(Article {
                id: format!("{}-{}", a.id, out.len()),
                ..a.clone()
            });
        }
    }
    out
}

fn extraction(c: &mut Criterion) {
    let articles = articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    let mb = bytes / 1_000_000;
    group.bench_function(format!("{mb} MB, one thread"), |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extractor.article(a).quotes.len())
                .sum::<usize>()
        })
    });
    let two = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    group.bench_function(format!("{mb} MB, two threads"), |b| {
        b.iter(|| {
            two.install(|| {
                articles
                    .par_iter()
                    .map(|a| extractor.article(a).quotes.len())
                    .sum::<usize>()
            })
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);

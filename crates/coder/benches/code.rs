//! Throughput of the whole pipeline (read, normalise, split, tokenise, tag, parse, actors,
//! events, merge) on one core, in sentences per second, over Wikinews articles from
//! `../shared/data/wikinews/wikinews_2019.csv` (the example article when ../shared is absent).
//!
//! `cargo bench -p dyad-coder --bench code`; figures go to BENCHMARKS.md (issue 5's bar:
//! >= 2,500 sentences/s on one core).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_article::{Article, Articles, Format, Input, ReadOptions};
use dyad_coder::{Coder, Options, Provenance};

fn articles() -> Vec<Article> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let wikinews = root.join("../shared/data/wikinews/wikinews_2019.csv");
    let input = if wikinews.is_file() {
        wikinews
    } else {
        eprintln!("../shared absent: benchmarking the example article only");
        root.join("examples/venezuela_talks.txt")
    };
    let options = ReadOptions {
        format: Some(if input.extension().is_some_and(|e| e == "csv") {
            Format::Csv
        } else {
            Format::Text
        }),
        ..ReadOptions::default()
    };
    Articles::new([Input::Path(input)], options)
        .filter_map(Result::ok)
        .take(80)
        .collect()
}

fn bench(c: &mut Criterion) {
    let model = dyad_syntax::Model::shipped().expect("model");
    let actors = dyad_actors::Dictionary::shipped().expect("actor dictionaries");
    let events = dyad_events::Dictionary::shipped();
    let coder = Coder::new(
        &model,
        &actors,
        events,
        Provenance::default(),
        Options::default(),
    );
    let articles = articles();
    let sentences: usize = articles
        .iter()
        .map(|a| coder.code_article(a).sentences)
        .sum();
    let mut group = c.benchmark_group("code");
    group.sample_size(10);
    group.throughput(Throughput::Elements(sentences as u64));
    group.bench_function(
        format!("{} articles, {sentences} sentences", articles.len()),
        |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(coder.code_article(a));
                }
            });
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

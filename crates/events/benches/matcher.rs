//! Speed of the event dictionary and matcher.
//!
//! * `load_dictionary`: parsing and checking every shipped pattern file (what
//!   `Dictionary::shipped()` does once per process).
//! * `match_ewt_dev`: matching the shipped dictionary against the 2,001 gold parses of UD
//!   English EWT dev (read from `../shared`; falls back to the crate's hand-written test parses
//!   when absent). Throughput is reported in sentences.
//!
//! `cargo bench -p dyad-events --bench matcher`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_events::dict::{Dictionary, SHIPPED_FILES};
use dyad_events::match_sentence;

fn sentences() -> Vec<dyad_conllu::Sentence> {
    let ewt = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    );
    let text = std::fs::read_to_string(ewt).unwrap_or_else(|_| {
        eprintln!("../shared absent: benchmarking on tests/data/matcher.conllu");
        include_str!("../tests/data/matcher.conllu").to_string()
    });
    dyad_conllu::parse_str(&text).expect("valid CoNLL-U")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("events");
    g.sample_size(10);
    g.bench_function("load_dictionary", |b| {
        b.iter(|| {
            let text: String = SHIPPED_FILES
                .iter()
                .map(|(_, t)| *t)
                .collect::<Vec<_>>()
                .join("\n");
            Dictionary::load_str("shipped", &text).expect("shipped dictionary loads")
        })
    });
    let s = sentences();
    let dict = Dictionary::shipped();
    g.throughput(Throughput::Elements(s.len() as u64));
    g.bench_function("match_ewt_dev", |b| {
        b.iter(|| {
            s.iter()
                .map(|x| match_sentence(dict, x).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Throughput of the text layer (normalise + paragraphs + sentences + tokens) on the Wikinews
//! CSVs in ../shared/data/wikinews (skipped when absent). Criterion reports MB/s over the
//! article texts' bytes.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_text::{
    Normalized, TokenSpan, split_paragraphs, split_sentences, tokenize, tokenize_spans,
};

fn load_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/wikinews");
    let mut texts = Vec::new();
    for name in ["wikinews_2019.csv", "wikinews_2020.csv"] {
        let path = format!("{dir}/{name}");
        let Ok(mut reader) = csv::Reader::from_path(&path) else {
            continue;
        };
        let headers = reader.headers().cloned().unwrap_or_default();
        let Some(col) = headers.iter().position(|h| h == "text") else {
            continue;
        };
        for record in reader.records().flatten() {
            if let Some(t) = record.get(col) {
                texts.push(t.to_string());
            }
        }
    }
    texts
}

/// The whole read path of the text layer; returns the token count.
fn analyse(text: &str) -> usize {
    let norm = Normalized::new(text);
    let t = norm.as_str();
    let mut n = 0;
    for para in split_paragraphs(t) {
        for sent in split_sentences(t, para) {
            n += tokenize(t, sent).len();
        }
    }
    n
}

/// The same path with [`tokenize_spans`] (no allocation per token); returns the token count.
fn analyse_spans(text: &str, buf: &mut Vec<TokenSpan>) -> usize {
    let norm = Normalized::new(text);
    let t = norm.as_str();
    let mut n = 0;
    for para in split_paragraphs(t) {
        for sent in split_sentences(t, para) {
            buf.clear();
            tokenize_spans(t, sent, buf);
            n += buf.len();
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let texts = load_texts();
    if texts.is_empty() {
        eprintln!("skipping text benchmarks: ../shared/data/wikinews is absent");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("wikinews");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("normalise", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| Normalized::new(black_box(t)).len())
                .sum::<usize>()
        })
    });
    let normalised: Vec<String> = texts
        .iter()
        .map(|t| Normalized::new(t).as_str().to_string())
        .collect();
    g.bench_function("sentences", |b| {
        b.iter(|| {
            normalised
                .iter()
                .map(|t| {
                    split_paragraphs(black_box(t))
                        .into_iter()
                        .map(|p| split_sentences(t, p).len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        })
    });
    let sentences: Vec<(usize, std::ops::Range<usize>)> = normalised
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            split_paragraphs(t)
                .into_iter()
                .flat_map(move |p| split_sentences(t, p))
                .map(move |s| (i, s))
        })
        .collect();
    g.bench_function("tokens", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|(i, s)| tokenize(black_box(&normalised[*i]), s.clone()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("token_spans", |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            sentences
                .iter()
                .map(|(i, s)| {
                    buf.clear();
                    tokenize_spans(black_box(&normalised[*i]), s.clone(), &mut buf);
                    buf.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("read_path", |b| {
        b.iter(|| texts.iter().map(|t| analyse(black_box(t))).sum::<usize>())
    });
    g.bench_function("read_path_spans", |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            texts
                .iter()
                .map(|t| analyse_spans(black_box(t), &mut buf))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Throughput of read + normalise + sentences + tokens over the Wikinews CSVs in
//! ../shared/data/wikinews (skipped with a message when absent). Criterion reports MB/s over
//! the CSV bytes (target: >= 20 MB/s on one core).
//!
//! Two clocks: wall time (criterion's default), and this thread's CPU time (the `_cpu`
//! benchmarks, via `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`), which stays meaningful on a
//! machine shared with other jobs, where wall time also counts time spent waiting for a core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_article::{Articles, Format, ReadOptions};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/wikinews");

fn load() -> Option<Vec<(String, Vec<u8>)>> {
    let files = ["wikinews_2019.csv", "wikinews_2020.csv"];
    let mut out = Vec::new();
    for f in files {
        let p = std::path::Path::new(DIR).join(f);
        match std::fs::read(&p) {
            Ok(b) => out.push((f.to_owned(), b)),
            Err(e) => {
                eprintln!("skipped: {}: {e}", p.display());
                return None;
            }
        }
    }
    Some(out)
}

/// Reads every article of the CSVs (decode, CSV, normalise, structure, sentences); returns
/// the sentence count.
fn read_only(files: &[(String, Vec<u8>)]) -> usize {
    files
        .iter()
        .flat_map(|(name, bytes)| {
            Articles::from_bytes(name, bytes, Format::Csv, ReadOptions::default()).flatten()
        })
        .map(|a| a.sentences().count())
        .sum()
}

/// Reads every article of the CSVs and tokenises every sentence into token spans
/// ([`dyad_text::tokenize_spans`], the allocation-free form the pipeline uses); returns the
/// token count.
fn run_spans(files: &[(String, Vec<u8>)]) -> usize {
    let mut spans = Vec::new();
    let mut tokens = 0;
    for (name, bytes) in files {
        for a in Articles::from_bytes(name, bytes, Format::Csv, ReadOptions::default()).flatten() {
            let text = a.normalized.as_str();
            for s in a.sentences() {
                spans.clear();
                dyad_text::tokenize_spans(text, s.norm.clone(), &mut spans);
                tokens += spans.len();
            }
            if let Some(t) = &a.title {
                if let Some(n) = &t.normalized {
                    for s in &t.sentences {
                        spans.clear();
                        dyad_text::tokenize_spans(n.as_str(), s.norm.clone(), &mut spans);
                        tokens += spans.len();
                    }
                }
            }
        }
    }
    tokens
}

/// Reads every article of the CSVs and tokenises every sentence into owned tokens
/// ([`dyad_text::tokenize`]: a `String` per token and word); returns the token count.
fn run(files: &[(String, Vec<u8>)]) -> usize {
    let mut tokens = 0;
    for (name, bytes) in files {
        for a in Articles::from_bytes(name, bytes, Format::Csv, ReadOptions::default()).flatten() {
            let text = a.normalized.as_str();
            for s in a.sentences() {
                tokens += dyad_text::tokenize(text, s.norm.clone()).len();
            }
            if let (Some(t), Some(n)) = (
                &a.title,
                a.title.as_ref().and_then(|t| t.normalized.as_ref()),
            ) {
                for s in &t.sentences {
                    tokens += dyad_text::tokenize(n.as_str(), s.norm.clone()).len();
                }
            }
        }
    }
    tokens
}

/// CPU time consumed by the calling thread so far.
#[cfg(unix)]
fn thread_cpu() -> std::time::Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant libc provides.
    unsafe {
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
    }
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn bench(c: &mut Criterion) {
    let Some(files) = load() else { return };
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group("article");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("wikinews_read_normalise_sentences_tokens", |b| {
        b.iter(|| std::hint::black_box(run(&files)))
    });
    g.bench_function("wikinews_read_normalise_sentences", |b| {
        b.iter(|| std::hint::black_box(read_only(&files)))
    });
    #[cfg(unix)]
    g.bench_function("wikinews_read_normalise_sentences_tokens_cpu", |b| {
        b.iter_custom(|iters| {
            let start = thread_cpu();
            for _ in 0..iters {
                std::hint::black_box(run(&files));
            }
            thread_cpu() - start
        })
    });
    g.bench_function("wikinews_read_normalise_sentences_token_spans", |b| {
        b.iter(|| std::hint::black_box(run_spans(&files)))
    });
    #[cfg(unix)]
    g.bench_function("wikinews_read_normalise_sentences_token_spans_cpu", |b| {
        b.iter_custom(|iters| {
            let start = thread_cpu();
            for _ in 0..iters {
                std::hint::black_box(run_spans(&files));
            }
            thread_cpu() - start
        })
    });
    #[cfg(unix)]
    g.bench_function("wikinews_read_normalise_sentences_cpu", |b| {
        b.iter_custom(|iters| {
            let start = thread_cpu();
            for _ in 0..iters {
                std::hint::black_box(read_only(&files));
            }
            thread_cpu() - start
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Speed of the committed model: tag + lemmatise + parse of EWT dev (words per second, one
//! core) and model load time. Skips the pipeline bench when ../shared is absent.
//!
//! `syntax/tag_lemma_parse_ewt_dev` measures wall-clock time; on a machine shared with other
//! processes it also counts the time the thread waits for a core. `.../cpu_time` measures the
//! thread's CPU time (Linux `CLOCK_THREAD_CPUTIME_ID`): the words per second of one core.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_syntax::Model;

fn model_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/dyad-en-ewt.model")
}

fn pipeline(c: &mut Criterion) {
    let dev = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    );
    let Ok(text) = std::fs::read_to_string(dev) else {
        eprintln!("skipped: {dev} is absent");
        return;
    };
    let model = Model::load(model_path()).expect("committed model");
    let sentences = dyad_conllu::parse_str(&text).expect("valid dev file");
    let forms: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.words().map(|r| r.form.clone()).collect())
        .collect();
    let words: usize = forms.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("syntax");
    g.sample_size(10);
    g.throughput(Throughput::Elements(words as u64));
    g.bench_function("tag_lemma_parse_ewt_dev", |b| {
        b.iter(|| {
            let mut n = 0;
            for f in &forms {
                let refs: Vec<&str> = f.iter().map(String::as_str).collect();
                n += model.analyse_words(black_box(&refs)).len();
            }
            n
        })
    });
    #[cfg(target_os = "linux")]
    g.bench_function("tag_lemma_parse_ewt_dev/cpu_time", |b| {
        b.iter_custom(|iters| {
            let start = thread_cpu_time();
            for _ in 0..iters {
                for f in &forms {
                    let refs: Vec<&str> = f.iter().map(String::as_str).collect();
                    black_box(model.analyse_words(black_box(&refs)));
                }
            }
            thread_cpu_time() - start
        })
    });
    g.finish();
}

/// CPU time consumed by the calling thread.
#[cfg(target_os = "linux")]
fn thread_cpu_time() -> std::time::Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn load(c: &mut Criterion) {
    let path = model_path();
    let mut g = c.benchmark_group("syntax");
    g.sample_size(10);
    g.bench_function("model_load", |b| {
        b.iter(|| Model::load(black_box(&path)).expect("loads"))
    });
    g.finish();
}

criterion_group!(benches, pipeline, load);
criterion_main!(benches);

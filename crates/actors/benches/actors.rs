//! Load time of the shipped dictionaries (target < 200 ms) and matching throughput
//! (target >= 1 million tokens/s on one core).
//!
//! Matching runs over the word forms and UPOS tags of the UD English EWT test set read from
//! `../shared/data/ud-english-ewt/en_ewt-ud-test.conllu` when present (never copied into
//! the repository), else over a synthetic news-like token stream.
//!
//! `CARGO_TARGET_DIR=/work/target-actors cargo bench -p dyad-actors --bench actors`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_actors::{Dictionary, NaiveDate};

type Sentence = (Vec<String>, Vec<String>);

fn sentences() -> Vec<Sentence> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-test.conllu"
    );
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let mut out = Vec::new();
            let (mut forms, mut tags) = (Vec::new(), Vec::new());
            for line in text.lines() {
                if line.is_empty() {
                    if !forms.is_empty() {
                        out.push((std::mem::take(&mut forms), std::mem::take(&mut tags)));
                    }
                    continue;
                }
                if line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if cols.len() < 4 || cols[0].contains('-') || cols[0].contains('.') {
                    continue;
                }
                forms.push(cols[1].to_string());
                tags.push(cols[3].to_string());
            }
            out
        }
        Err(_) => {
            eprintln!("{path} not found: benchmarking on a synthetic token stream");
            let base = "The UN Security Council urged Venezuelan President Nicolás Maduro and the \
                        opposition to resume talks , while US officials in Washington said the \
                        Colombian army had clashed with ELN rebels near the border .";
            let forms: Vec<String> = base.split(' ').map(String::from).collect();
            let tags = vec!["X".to_string(); forms.len()];
            vec![(forms, tags); 2000]
        }
    }
}

fn bench(c: &mut Criterion) {
    c.bench_function("load_shipped", |b| {
        b.iter(|| Dictionary::shipped().expect("loads"));
    });

    let dict = Dictionary::shipped().expect("loads");
    let data = sentences();
    let refs: Vec<(Vec<&str>, Vec<&str>)> = data
        .iter()
        .map(|(f, t)| {
            (
                f.iter().map(String::as_str).collect(),
                t.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let tokens: usize = refs.iter().map(|(f, _)| f.len()).sum();
    let date = NaiveDate::from_ymd_opt(2020, 6, 1).expect("date");
    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("forms", |b| {
        b.iter(|| {
            refs.iter()
                .map(|(f, _)| dict.match_tokens(f, None, date).len())
                .sum::<usize>()
        });
    });
    group.bench_function("forms_upos", |b| {
        b.iter(|| {
            refs.iter()
                .map(|(f, t)| dict.match_tokens(f, Some(t), date).len())
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);

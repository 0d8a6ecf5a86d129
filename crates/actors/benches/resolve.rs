//! Resolution throughput: [`Resolver::resolve_sentence`] over gold UD parses, one article
//! context per 20 sentences.
//!
//! The parses are the UD English EWT test set read from
//! `../shared/data/ud-english-ewt/en_ewt-ud-test.conllu` when present (never copied into the
//! repository), else a synthetic hand-parsed news sentence repeated.
//!
//! `CARGO_TARGET_DIR=/work/target-resolve cargo bench -p dyad-actors --bench resolve`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_actors::{ArticleContext, Dictionary, NaiveDate, ParsedWord, Resolver};

type Parsed = (Vec<ParsedWord>, String);

fn word(
    form: &str,
    lemma: &str,
    upos: &str,
    head: usize,
    deprel: &str,
    text: &mut String,
) -> ParsedWord {
    if !text.is_empty() {
        text.push(' ');
    }
    let start = text.len();
    text.push_str(form);
    ParsedWord {
        form: form.to_string(),
        lemma: lemma.to_string(),
        upos: upos.to_string(),
        head,
        deprel: deprel.to_string(),
        span: start..text.len(),
    }
}

fn sentences() -> Vec<Parsed> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-test.conllu"
    );
    match std::fs::read_to_string(path) {
        Ok(data) => {
            let mut out = Vec::new();
            let (mut words, mut text) = (Vec::new(), String::new());
            for line in data.lines() {
                if line.is_empty() {
                    if !words.is_empty() {
                        out.push((std::mem::take(&mut words), std::mem::take(&mut text)));
                    }
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if line.starts_with('#') || cols.len() < 8 || cols[0].contains(['-', '.']) {
                    continue;
                }
                let head = cols[6].parse().unwrap_or(0);
                words.push(word(cols[1], cols[2], cols[3], head, cols[7], &mut text));
            }
            out
        }
        Err(_) => {
            eprintln!("{path} not found: benchmarking on a synthetic sentence");
            let spec = [
                ("Colombian", "Colombian", "ADJ", 4, "amod"),
                ("President", "President", "PROPN", 4, "compound"),
                ("Gustavo", "Gustavo", "PROPN", 4, "compound"),
                ("Petro", "Petro", "PROPN", 5, "nsubj"),
                ("met", "meet", "VERB", 0, "root"),
                ("rebels", "rebel", "NOUN", 5, "obj"),
                ("from", "from", "ADP", 8, "case"),
                ("Syria", "Syria", "PROPN", 6, "nmod"),
                (".", ".", "PUNCT", 5, "punct"),
            ];
            let mut text = String::new();
            let words = spec
                .iter()
                .map(|(f, l, u, h, d)| word(f, l, u, *h, d, &mut text))
                .collect();
            vec![(words, text); 2000]
        }
    }
}

fn bench(c: &mut Criterion) {
    let dict = Dictionary::shipped().expect("loads");
    let resolver = Resolver::new(&dict);
    let data = sentences();
    let words: usize = data.iter().map(|(w, _)| w.len()).sum();
    let date = NaiveDate::from_ymd_opt(2020, 6, 1).expect("date");
    let mut group = c.benchmark_group("resolve");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("sentences", |b| {
        b.iter(|| {
            let mut n = 0;
            for chunk in data.chunks(20) {
                let mut ctx = ArticleContext::new();
                for (w, t) in chunk {
                    n += resolver.resolve_sentence(w, t, date, &mut ctx, false).len();
                }
            }
            n
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);

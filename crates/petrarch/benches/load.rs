//! Load time of the PETRARCH readers on the files in `../shared/data/petrarch/` (issue 6
//! asks for dictionary loading under 1 s). Skips when the files are absent.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use dyad_petrarch::{CodingOntology, DiscardList, RecordFile, VerbDictionary};

fn data(name: &str) -> Option<String> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/petrarch"
    ))
    .join(name);
    match std::fs::read_to_string(&p) {
        Ok(s) => Some(s),
        Err(_) => {
            eprintln!("skipping: {} is absent", p.display());
            None
        }
    }
}

fn bench(c: &mut Criterion) {
    if let Some(text) = data("CAMEO.2.0.txt") {
        c.bench_function("verbs CAMEO.2.0.txt", |b| {
            b.iter(|| VerbDictionary::parse(&text, "CAMEO.2.0.txt").unwrap())
        });
    }
    if let Some(text) = data("PETR_Validate_Internal_Coding_Ontology_1_01.txt") {
        c.bench_function("ontology", |b| {
            b.iter(|| CodingOntology::parse(&text, "pico").unwrap())
        });
    }
    if let Some(text) = data("Phoenix.discards.txt") {
        let d = DiscardList::parse(&text, "discards");
        c.bench_function("discards Phoenix parse", |b| {
            b.iter(|| DiscardList::parse(&text, "discards"))
        });
        let sentence = "Officials in the capital said on Monday that the two governments would resume talks \
                        on trade and security after a pause of several months, according to a statement.";
        c.bench_function("discards check one sentence", |b| {
            b.iter(|| d.check(sentence))
        });
    }
    if let Some(text) = data("PETR_Validate_records_2_02.xml") {
        c.bench_function("records PETR_Validate_records_2_02.xml", |b| {
            b.iter(|| RecordFile::parse(&text, "records").unwrap())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

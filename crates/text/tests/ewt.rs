//! The bar of the text layer on UD English EWT (read from ../shared, skipped when absent):
//! from raw text rebuilt as UD's .txt files are, Tokens F1 >= 99.0, Words F1 >= 98.5 and
//! Sentences F1 >= 85 (CoNLL 2018 metrics, `dyad_text::eval`).

use dyad_text::eval::{Segmentation, raw_text, score, segment_raw};

fn check(file: &str) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/"
    );
    let path = format!("{path}{file}");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} not found (../shared is absent)");
        return;
    };
    let sentences = dyad_conllu::parse_str(&text).expect("gold CoNLL-U parses");
    let gold = Segmentation::from_conllu(&sentences).expect("gold segmentation");
    let system = segment_raw(&raw_text(&sentences));
    let r = score(&gold, &system).expect("same characters");
    eprintln!(
        "{file}: Tokens {} | Words {} | Sentences {}",
        r.tokens, r.words, r.sentences
    );
    assert!(r.tokens.f1() >= 0.990, "Tokens F1 {}", r.tokens.f1());
    assert!(r.words.f1() >= 0.985, "Words F1 {}", r.words.f1());
    assert!(
        r.sentences.f1() >= 0.85,
        "Sentences F1 {}",
        r.sentences.f1()
    );
}

#[test]
fn ewt_test_meets_the_bar() {
    check("en_ewt-ud-test.conllu");
}

#[test]
fn ewt_dev_meets_the_bar() {
    check("en_ewt-ud-dev.conllu");
}

/// The training file (where the rules were tuned) also guards the offset map: any token whose
/// original characters came out wrong would fail the character check.
#[test]
fn ewt_train_meets_the_bar() {
    check("en_ewt-ud-train.conllu");
}

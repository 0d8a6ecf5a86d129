//! Deterministic training on a few hundred EWT sentences (feature `train`).
#![cfg(feature = "train")]

use dyad_syntax::Model;
use dyad_syntax::train::{TrainConfig, train};

fn sample() -> Option<(Vec<dyad_conllu::Sentence>, Vec<dyad_conllu::Sentence>)> {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"
    );
    let Ok(text) = std::fs::read_to_string(p) else {
        eprintln!("skipped: {p} is absent");
        return None;
    };
    let mut all = dyad_conllu::parse_str(&text).expect("valid");
    all.truncate(400);
    let dev = all.split_off(300);
    Some((all, dev))
}

#[test]
fn training_is_deterministic_and_learns() {
    let Some((train_set, dev)) = sample() else {
        return;
    };
    let cfg = |threads| TrainConfig {
        tagger_epochs: 3,
        parser_epochs: 3,
        folds: 2,
        seed: 7,
        threads,
        progress: false,
        min_updates: 1,
        headline_copies: true,
    };
    let mut log = |_: &str| {};
    let a = train(&train_set, &dev, &cfg(1), &mut log).expect("trains");
    let b = train(&train_set, &dev, &cfg(2), &mut log).expect("trains");
    let bytes = a.to_bytes();
    assert_eq!(
        bytes,
        b.to_bytes(),
        "same seed, other thread count: same model"
    );
    let reloaded = Model::from_bytes(&bytes, "memory").expect("round trip");
    assert_eq!(reloaded.to_bytes(), bytes);
    let on_train = dyad_syntax::evaluate(&reloaded, &train_set);
    assert!(
        on_train.percent(on_train.upos) > 90.0,
        "{}",
        on_train.summary()
    );
    assert!(
        on_train.percent(on_train.uas) > 70.0,
        "{}",
        on_train.summary()
    );
    let on_dev = dyad_syntax::evaluate(&reloaded, &dev);
    assert!(on_dev.percent(on_dev.upos) > 60.0, "{}", on_dev.summary());
    let c = train(
        &train_set,
        &dev,
        &TrainConfig { seed: 8, ..cfg(1) },
        &mut log,
    )
    .expect("trains");
    assert_ne!(c.to_bytes(), bytes, "the seed matters");
}

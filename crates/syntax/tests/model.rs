//! Tests of the committed model (models/dyad-en-ewt.model) and of model-file checks.

use std::path::{Path, PathBuf};

use dyad_syntax::{FORMAT_VERSION, Model, ModelError, evaluate};

fn model_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/dyad-en-ewt.model")
}

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.join("data/ud-english-ewt").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/data/ud-english-ewt is absent");
        None
    }
}

/// Dev scores recorded for the committed model (percent of words, EWT dev, gold words):
/// UPOS, XPOS, lemma, UAS, LAS (universal relation), measured with `dyad evaluate-syntax`.
const RECORDED_DEV: [f64; 5] = [94.86, 94.19, 96.95, 84.80, 81.81];

#[test]
fn committed_model_keeps_its_dev_scores() {
    let Some(shared) = shared() else { return };
    let model = Model::load(model_path()).expect("the committed model loads");
    let text = std::fs::read_to_string(shared.join("data/ud-english-ewt/en_ewt-ud-dev.conllu"))
        .expect("dev file");
    let gold = dyad_conllu::parse_str(&text).expect("dev parses");
    let s = evaluate(&model, &gold);
    let got = [
        s.percent(s.upos),
        s.percent(s.xpos),
        s.percent(s.lemma),
        s.percent(s.uas),
        s.percent(s.las),
    ];
    for (name, (g, r)) in ["UPOS", "XPOS", "lemma", "UAS", "LAS"]
        .iter()
        .zip(got.iter().zip(RECORDED_DEV))
    {
        assert!(
            (g - r).abs() <= 0.3,
            "{name}: dev {g:.2}, recorded {r:.2} (more than 0.3 points apart)"
        );
    }
}

/// UPOS accuracy (percent) and misses of the committed model on the headline test set.
fn headline_upos() -> (f64, usize, Vec<String>) {
    let model = Model::load(model_path()).expect("the committed model loads");
    let data = include_str!("data/headlines.tsv");
    let (mut right, mut total, mut headlines) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (words, tags) = line.split_once('\t').expect("two columns");
        headlines += 1;
        let words: Vec<&str> = words.split(' ').collect();
        let tags: Vec<&str> = tags.split(' ').collect();
        assert_eq!(words.len(), tags.len(), "{line}");
        for ((w, gold), a) in words.iter().zip(&tags).zip(model.analyse_words(&words)) {
            total += 1;
            if a.upos == *gold {
                right += 1;
            } else {
                misses.push(format!("{w}: {} (gold {gold})", a.upos));
            }
        }
    }
    (100.0 * right as f64 / total as f64, headlines, misses)
}

/// Regression guard: the headline UPOS measured with the committed model and the current
/// truecaser (90.30, 326 of 361 words), rounded down to a whole point and minus one.
const HEADLINE_FLOOR: f64 = 89.0;

#[test]
fn title_case_headlines_keep_their_upos() {
    let (acc, headlines, misses) = headline_upos();
    eprintln!("headline UPOS {acc:.2}; misses: {misses:?}");
    assert!(headlines >= 50, "at least 50 headlines, {headlines} found");
    assert!(
        acc >= HEADLINE_FLOOR,
        "headline UPOS {acc:.2} < {HEADLINE_FLOOR}"
    );
}

/// The bar: >= 90% UPOS on title-case headlines.
#[test]
fn title_case_headlines_reach_90_percent_upos() {
    let (acc, _, misses) = headline_upos();
    assert!(
        acc >= 90.0,
        "headline UPOS {acc:.2} < 90; misses: {misses:?}"
    );
}

#[test]
fn headline_verb_is_found() {
    let model = Model::load(model_path()).expect("the committed model loads");
    let words = [
        "Blinken",
        "Pressures",
        "Venezuelans",
        "into",
        "Talks",
        "with",
        "Dictator",
        "Maduro",
    ];
    let a = model.analyse_words(&words);
    assert_eq!(a[1].upos, "VERB");
    assert_eq!(a[1].deprel, "root");
    assert_eq!(a[0].head, 2);
    assert_eq!(a[0].deprel, "nsubj");
}

#[test]
fn refuses_other_format_version() {
    let mut bytes = std::fs::read(model_path()).expect("model file");
    bytes[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let err = Model::from_bytes(&bytes, "test.model")
        .err()
        .expect("refused");
    assert!(matches!(err, ModelError::Version { found, expected, .. }
        if found == FORMAT_VERSION + 1 && expected == FORMAT_VERSION));
    let msg = err.to_string();
    assert!(
        msg.contains(&format!("version {}", FORMAT_VERSION + 1)),
        "{msg}"
    );
    assert!(msg.contains(&format!("version {FORMAT_VERSION}")), "{msg}");
}

#[test]
fn refuses_truncated_corrupt_and_foreign_files() {
    let bytes = std::fs::read(model_path()).expect("model file");
    let cut = &bytes[..bytes.len() / 2];
    assert!(matches!(
        Model::from_bytes(cut, "cut.model"),
        Err(ModelError::Length { .. })
    ));
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    assert!(matches!(
        Model::from_bytes(&flipped, "flip.model"),
        Err(ModelError::Checksum { .. })
    ));
    let err = Model::from_bytes(b"PK\x03\x04 a zip file", "foreign.zip")
        .err()
        .expect("refused");
    assert!(matches!(err, ModelError::Magic { .. }));
    assert!(err.to_string().starts_with("foreign.zip: "));
    assert!(matches!(
        Model::from_bytes(&bytes[..10], "short.model"),
        Err(ModelError::Length { .. })
    ));
    let missing = Model::load("/nonexistent/dyad.model")
        .err()
        .expect("refused");
    assert!(matches!(missing, ModelError::Io { .. }));
    assert!(missing.to_string().contains("/nonexistent/dyad.model"));
}

#[test]
fn analyse_keeps_ids_forms_comments_and_ranges() {
    let model = Model::load(model_path()).expect("the committed model loads");
    let text = "# sent_id = t1\n# text = I can't go.\n1\tI\tX\tX\tX\t_\t4\tdep\t_\t_\n\
                2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\t_\t_\t_\t_\t_\t_\t_\t_\n\
                3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
                4.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n";
    let mut s = dyad_conllu::parse_str(text).expect("valid").remove(0);
    let before = s.clone();
    model.analyse(&mut s);
    assert_eq!(s.comments, before.comments);
    assert_eq!(s.rows.len(), before.rows.len());
    for (a, b) in s.rows.iter().zip(&before.rows) {
        assert_eq!((a.id, &a.form, &a.misc), (b.id, &b.form, &b.misc));
    }
    assert_eq!(s.rows[1], before.rows[1], "range row untouched");
    assert_eq!(s.rows[5], before.rows[5], "empty node untouched");
    let words: Vec<_> = s.words().collect();
    assert_eq!(words[0].upos, "PRON");
    assert_eq!(words[0].lemma, "I");
    assert_eq!(words[2].lemma, "not");
    assert_eq!(words[3].upos, "VERB");
    assert_eq!(words[3].deprel, "root");
    assert_eq!(words[0].head, Some(4));
}

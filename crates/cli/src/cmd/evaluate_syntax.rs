//! `dyad evaluate-syntax`: scores the model against a gold CoNLL-U file with gold words.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

/// Arguments of `dyad evaluate-syntax`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold CoNLL-U file; its words are analysed and compared with its annotation.
    #[arg(long)]
    pub gold: PathBuf,
    /// Model file (default: $DYAD_MODEL, else the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Also score from raw text: the gold file's text (rebuilt from FORM and SpaceAfter, with
    /// paragraph breaks) goes through dyad's own tokeniser and sentence splitter, and words are
    /// aligned with the CoNLL 2018 method; scores are F1.
    #[arg(long)]
    pub raw: bool,
}

/// Runs `dyad evaluate-syntax`: prints UPOS, XPOS, lemma, UAS, LAS (universal part of the
/// relation, as CoNLL 2018) and LAS with full relations, as percentages of words, on standard
/// output, and the speed on standard error.
///
/// # Errors
/// Unreadable or malformed gold file, or a model that does not load.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let model = super::parse::load_model(args.model.as_ref())?;
    let load = t.elapsed();
    let name = args.gold.display().to_string();
    let text =
        std::fs::read_to_string(&args.gold).with_context(|| format!("{name}: cannot read"))?;
    let gold = dyad_conllu::parse_str(&text).with_context(|| format!("{name}: bad CoNLL-U"))?;
    check_annotated(&gold).with_context(|| format!("{name}: not a gold file"))?;
    let t = Instant::now();
    let scores = dyad_syntax::evaluate(&model, &gold);
    let secs = t.elapsed().as_secs_f64();
    println!("words     {}", scores.words);
    for (label, count) in [
        ("UPOS", scores.upos),
        ("XPOS", scores.xpos),
        ("lemma", scores.lemma),
        ("UAS", scores.uas),
        ("LAS", scores.las),
        ("LAS-full", scores.las_full),
    ] {
        println!("{label:<9} {:.2}", scores.percent(count));
    }
    if args.raw {
        let raw = raw_scores(&model, &gold).with_context(|| format!("{name}: raw-text scoring"))?;
        println!("from raw text (F1): {}", raw.summary());
    }
    eprintln!(
        "model loaded in {:.3} s; {} words analysed in {secs:.2} s ({:.0} words/s)",
        load.as_secs_f64(),
        scores.words,
        scores.words as f64 / secs.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// Every word of a gold file needs a UPOS, a HEAD and a DEPREL: a file without them (the
/// output of a tokeniser, plain CoNLL-U words) would score as zeros.
///
/// # Errors
/// The first word without them, by sentence number (from 1), `sent_id` and word ID; also an
/// empty file.
fn check_annotated(gold: &[dyad_conllu::Sentence]) -> anyhow::Result<()> {
    anyhow::ensure!(gold.iter().any(|s| s.words().next().is_some()), "no words");
    for (i, s) in gold.iter().enumerate() {
        for w in s.words() {
            let missing: Vec<&str> = [
                ("UPOS", w.upos == "_"),
                ("HEAD", w.head.is_none()),
                ("DEPREL", w.deprel == "_"),
            ]
            .into_iter()
            .filter_map(|(col, gone)| gone.then_some(col))
            .collect();
            if !missing.is_empty() {
                let sent_id = s
                    .comments
                    .iter()
                    .find_map(|c| c.strip_prefix("sent_id = "))
                    .map_or(String::new(), |id| format!(" (sent_id {id})"));
                anyhow::bail!(
                    "sentence {}{sent_id}, word {} {:?}: no gold {} (`_`); evaluate-syntax needs \
                     an annotated file (`dyad parse --input-format conllu` analyses a bare one)",
                    i + 1,
                    w.id,
                    w.form,
                    missing.join(", ")
                );
            }
        }
    }
    Ok(())
}

/// Runs dyad's raw-text path over the gold file's text and scores it over the CoNLL 2018 word
/// alignment.
fn raw_scores(
    model: &dyad_syntax::Model,
    gold: &[dyad_conllu::Sentence],
) -> anyhow::Result<dyad_syntax::AlignedScores> {
    use dyad_text::eval::{Segmentation, align_words, raw_text, segment_raw};
    let gold_seg = Segmentation::from_conllu(gold)?;
    let raw = raw_text(gold);
    let sys_seg = segment_raw(&raw);
    // The same path as `segment_raw`, keeping sentences to analyse their words.
    let norm = dyad_text::Normalized::new(&raw);
    let text = norm.as_str();
    let mut system = Vec::new();
    for para in dyad_text::split_paragraphs(text) {
        for sent in dyad_text::split_sentences(text, para) {
            let tokens = dyad_text::tokenize(text, sent);
            let mut forms: Vec<&str> = Vec::new();
            for t in &tokens {
                if t.words.len() > 1 {
                    forms.extend(t.words.iter().map(|w| w.form.as_str()));
                } else {
                    forms.push(&t.form);
                }
            }
            let base = system.len();
            for a in model.analyse_words(&forms) {
                system.push(dyad_syntax::ScoredWord {
                    upos: a.upos.to_string(),
                    xpos: a.xpos.to_string(),
                    lemma: a.lemma,
                    head: (a.head > 0).then(|| base + a.head as usize - 1),
                    deprel: a.deprel.to_string(),
                });
            }
        }
    }
    anyhow::ensure!(
        system.len() == sys_seg.words.len(),
        "{} analysed words but {} segmented words",
        system.len(),
        sys_seg.words.len()
    );
    let pairs = align_words(&gold_seg.words, &sys_seg.words);
    let gold_words = dyad_syntax::ScoredWord::from_sentences(gold);
    Ok(dyad_syntax::AlignedScores::new(
        &gold_words,
        &system,
        &pairs,
    ))
}

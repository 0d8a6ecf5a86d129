//! `dyad evaluate-text`: scores dyad's tokenisation and sentence segmentation from raw text
//! against a CoNLL-U gold file, with the CoNLL 2018 shared-task metrics Tokens, Words and
//! Sentences (see `dyad_text::eval`). This module only reads and formats; the work is in
//! `dyad_text::eval`.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use dyad_text::eval::{Score, Segmentation, raw_text, score, segment_raw};

/// Arguments of `dyad evaluate-text`.
#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL-U file; its raw text is rebuilt from the tokens, `SpaceAfter`, `# newpar`
    /// and `# newdoc`, as UD's .txt files are.
    #[arg(long, value_name = "FILE.conllu")]
    pub gold: PathBuf,
    /// Print the scores as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn metric_json(s: &Score) -> serde_json::Value {
    serde_json::json!({
        "precision": s.precision(),
        "recall": s.recall(),
        "f1": s.f1(),
        "gold": s.gold,
        "system": s.system,
        "correct": s.correct,
    })
}

/// Runs the command: prints the scores on standard output.
///
/// # Errors
/// An unreadable or malformed gold file (with its path and line), or gold and system
/// characters that differ (a bug in dyad's text path).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let path = &args.gold;
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let sentences = dyad_conllu::Reader::new(BufReader::new(file))
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("{}", path.display()))?;
    let gold =
        Segmentation::from_conllu(&sentences).with_context(|| format!("{}", path.display()))?;
    let text = raw_text(&sentences);
    let system = segment_raw(&text);
    let scores = score(&gold, &system).with_context(|| format!("scoring {}", path.display()))?;
    if args.json {
        let v = serde_json::json!({
            "gold": path.display().to_string(),
            "sentences_in_gold": sentences.len(),
            "raw_text_chars": text.chars().count(),
            "tokens": metric_json(&scores.tokens),
            "words": metric_json(&scores.words),
            "sentences": metric_json(&scores.sentences),
        });
        println!("{v}");
    } else {
        println!("gold: {} ({} sentences)", path.display(), sentences.len());
        println!(
            "{:<10} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8}",
            "metric", "precision", "recall", "F1", "gold", "system", "correct"
        );
        for (name, s) in [
            ("Tokens", scores.tokens),
            ("Words", scores.words),
            ("Sentences", scores.sentences),
        ] {
            println!(
                "{:<10} {:>9.2} {:>9.2} {:>9.2} {:>8} {:>8} {:>8}",
                name,
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1(),
                s.gold,
                s.system,
                s.correct
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

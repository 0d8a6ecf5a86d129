//! `dyad train-syntax`: trains the tagger, lemmatiser and parser (feature `train`).
#![cfg(feature = "train")]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

/// Arguments of `dyad train-syntax`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Training CoNLL-U (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu).
    #[arg(long)]
    pub train: PathBuf,
    /// Development CoNLL-U for per-epoch scores and the choice of the parser epoch.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Output model file (e.g. models/dyad-en-ewt.model).
    #[arg(long)]
    pub out: PathBuf,
    /// Tagger epochs.
    #[arg(long, default_value_t = 10)]
    pub tagger_epochs: usize,
    /// Parser epochs.
    #[arg(long, default_value_t = 15)]
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's predicted training tags (1: gold tags).
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Random seed (shuffling, oracle exploration).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Threads for the jackknife (the result does not depend on it).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Parser features updated fewer times than this are pruned from the model.
    #[arg(long, default_value_t = 2)]
    pub min_updates: u32,
    /// Raw running text (e.g. news articles; any format, read as text) whose capitalisation
    /// counts extend the headline truecaser's lexicon. Repeatable.
    #[arg(long)]
    pub case_text: Vec<PathBuf>,
    /// Do not train the tagger on headline-style copies of short training sentences.
    #[arg(long)]
    pub no_headline_copies: bool,
    /// No progress bars.
    #[arg(long)]
    pub quiet: bool,
}

fn read(path: &PathBuf) -> anyhow::Result<Vec<dyad_conllu::Sentence>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("{name}: cannot read"))?;
    dyad_conllu::parse_str(&text).with_context(|| format!("{name}: bad CoNLL-U"))
}

/// Runs `dyad train-syntax`: progress and per-epoch dev scores on standard error.
///
/// # Errors
/// Unreadable input, training failure, or an unwritable output.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let train = read(&args.train)?;
    let dev = match &args.dev {
        Some(p) => read(p)?,
        None => Vec::new(),
    };
    let cfg = dyad_syntax::train::TrainConfig {
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        folds: args.folds,
        seed: args.seed,
        threads: args.threads,
        progress: !args.quiet,
        min_updates: args.min_updates,
        headline_copies: !args.no_headline_copies,
    };
    let t = Instant::now();
    let mut model = dyad_syntax::train::train(&train, &dev, &cfg, &mut |m| eprintln!("{m}"))?;
    for path in &args.case_text {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        model.add_case_text(&text);
    }
    model.save(&args.out)?;
    eprintln!(
        "trained in {:.0} s; wrote {}; {}",
        t.elapsed().as_secs_f64(),
        args.out.display(),
        model.description()
    );
    Ok(ExitCode::SUCCESS)
}

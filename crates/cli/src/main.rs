//! `dyad`: the command line. A thin layer: it parses arguments, calls the library crates and
//! formats their results. Records go to standard output, diagnostics and summaries to standard
//! error. Exit status: 0 success, 1 when some record or check failed (the rest was still
//! processed), 2 on a usage or fatal error.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

/// dyad: political event data (who did what to whom) from news articles.
#[derive(Parser)]
#[command(name = "dyad", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and print their structure (title, date, paragraphs, sentences,
    /// boilerplate, diagnostics) as JSON Lines.
    Read(cmd::read::Args),
    /// Tag, lemmatise and parse; write CoNLL-U.
    Parse(cmd::parse::Args),
    /// Score tokenisation and sentence segmentation against a CoNLL-U gold file, from raw text.
    EvaluateText(cmd::evaluate_text::Args),
    /// Score the tagger, lemmatiser and parser against a CoNLL-U gold file.
    EvaluateSyntax(cmd::evaluate_syntax::Args),
    /// Train the tagger, lemmatiser and parser (built with `--features train`).
    #[cfg(feature = "train")]
    TrainSyntax(cmd::train_syntax::Args),
    /// Dictionaries: check the shipped actor and event dictionaries, or given files.
    Dict(cmd::dict::Args),
    /// Code the events the articles report (JSON Lines, or PETRARCH-style TSV).
    Code(cmd::code::Args),
    /// Score the event coder against the hand-coded Wikinews gold events (precision, recall).
    EvaluateEvents(cmd::evaluate_events::Args),
    /// Score the event coder's PLOVER types and actors on the PLOVER gold-standard sentences.
    EvaluatePlover(cmd::evaluate_plover::Args),
    /// Print every actor mention of the articles with its CAMEO actor code, as JSON Lines.
    Actors(cmd::actors::Args),
    /// Run a PETRARCH validation file with its PETRARCH dictionaries and score the events.
    Validate(cmd::validate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Read(args) => cmd::read::run(args),
        Command::Parse(args) => cmd::parse::run(args),
        Command::EvaluateText(args) => cmd::evaluate_text::run(args),
        Command::EvaluateSyntax(args) => cmd::evaluate_syntax::run(args),
        #[cfg(feature = "train")]
        Command::TrainSyntax(args) => cmd::train_syntax::run(args),
        Command::Dict(args) => cmd::dict::run(args),
        Command::Actors(args) => cmd::actors::run(args),
        Command::Code(args) => cmd::code::run(args),
        Command::EvaluateEvents(args) => cmd::evaluate_events::run(args),
        Command::EvaluatePlover(args) => cmd::evaluate_plover::run(args),
        Command::Validate(args) => cmd::validate::run(args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`dyad read ... | head`) is the reader's choice, not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dyad: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

//! Runs the three `dyad` syntax subcommands from this crate before the `dyad` binary wires them:
//! `cargo run --release -p dyad-syntax --features train --example dyad-syntax-cli -- parse ...`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "../../cli/src/cmd/evaluate_syntax.rs"]
mod evaluate_syntax;
#[path = "../../cli/src/cmd/parse.rs"]
mod parse;
#[path = "../../cli/src/cmd/train_syntax.rs"]
mod train_syntax;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Parse(parse::Args),
    EvaluateSyntax(evaluate_syntax::Args),
    TrainSyntax(train_syntax::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Parse(a) => parse::run(a),
        Command::EvaluateSyntax(a) => evaluate_syntax::run(a),
        Command::TrainSyntax(a) => train_syntax::run(a),
    };
    result.unwrap_or_else(|e| {
        eprintln!("dyad: error: {e:#}");
        ExitCode::from(2)
    })
}

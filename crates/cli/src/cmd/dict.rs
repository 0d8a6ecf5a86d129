//! `dyad dict check`: checks dyad's dictionaries (actors and events), the shipped ones or given
//! files, and reports every finding as `file:line:col: severity: message` on standard output.
//! The summary goes to standard error; the exit status is 1 when any error was found.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `dyad dict`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: DictCommand,
}

#[derive(clap::Subcommand)]
enum DictCommand {
    /// Check dictionaries: with no file, every dictionary dyad ships; otherwise the given files
    /// (`.toml` actor dictionaries, `.pat` event dictionaries, or directories holding them).
    /// Actor files are checked merged with the shipped actor dictionaries, so that they may
    /// refer to shipped countries, blocks and offices (a file with a shipped file's path
    /// replaces it); event files are checked alone.
    Check(CheckArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Dictionary files or directories; none = the shipped dictionaries.
    files: Vec<PathBuf>,
    /// Also list, for every office of the actor dictionaries, each gap or overlap between
    /// 2000-01-01 and the dictionaries' `valid_through` date not explained by a declared
    /// vacancy or dispute.
    #[arg(long)]
    coverage: bool,
}

/// Runs `dyad dict ...`.
///
/// # Errors
/// None of its own: findings are reported, not returned.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        DictCommand::Check(check) => Ok(run_check(check)),
    }
}

/// Splits the given paths into actor (`.toml`) and event (`.pat`) dictionary files; a directory
/// stands for the dictionary files under it (recursively, sorted). Any other path is kept with
/// the actor files, whose loader reports it (unreadable or not a dictionary) with its name.
fn split_paths(paths: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<PathBuf>) {
    fn walk(dir: &Path, actors: &mut Vec<PathBuf>, events: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
            Err(_) => {
                // Let the actor loader report the unreadable directory by name.
                actors.push(dir.to_path_buf());
                return;
            }
        };
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, actors, events);
            } else if p.extension().is_some_and(|e| e == "pat") {
                events.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                actors.push(p);
            }
        }
    }
    let (mut actors, mut events) = (Vec::new(), Vec::new());
    for p in paths {
        if p.is_dir() {
            walk(&p, &mut actors, &mut events);
        } else if p.extension().is_some_and(|e| e == "pat") {
            events.push(p);
        } else {
            actors.push(p);
        }
    }
    (actors, events)
}

fn run_check(args: CheckArgs) -> ExitCode {
    let mut errors = 0usize;
    let shipped = args.files.is_empty();
    let (actor_files, event_files) = split_paths(args.files);

    if shipped || !actor_files.is_empty() {
        let report = if shipped {
            dyad_actors::check_shipped()
        } else {
            dyad_actors::check_files(&actor_files)
        };
        for f in &report.findings {
            println!("{f}");
        }
        eprintln!("actors: {}", summary_line(&report.to_string()));
        errors += report.error_count();
        if args.coverage {
            let coverage = if shipped {
                dyad_actors::coverage_shipped()
            } else {
                match dyad_actors::Dictionary::shipped_with(&actor_files) {
                    Ok(d) => dyad_actors::coverage(&d),
                    Err(err) => {
                        // The load findings were printed by the check above.
                        eprintln!("coverage: not computed: {err}");
                        dyad_actors::CoverageReport::default()
                    }
                }
            };
            for f in &coverage.findings {
                println!("{f}");
            }
            eprintln!("coverage: {}", summary_line(&coverage.to_string()));
            errors += coverage
                .findings
                .iter()
                .filter(|f| f.severity == dyad_actors::Severity::Error)
                .count();
        }
    }
    if shipped || !event_files.is_empty() {
        let report = if shipped {
            dyad_events::check_shipped()
        } else {
            dyad_events::check_files(&event_files)
        };
        let text = report.to_string();
        for line in text.lines().take(text.lines().count().saturating_sub(1)) {
            println!("{line}");
        }
        eprintln!("events: {}", summary_line(&text));
        errors += report.errors();
    }
    if errors > 0 {
        eprintln!("dyad dict check: {errors} errors");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The last line of a report's display: its summary.
fn summary_line(text: &str) -> &str {
    text.lines().last().unwrap_or("")
}

//! `dyad dict check`: checks dyad's dictionaries (actors and events), the shipped ones or given
//! files, and reports every finding as `file:line:col: severity: message` on standard output.
//! The summary goes to standard error; the exit status is 1 when any error was found.

use std::path::PathBuf;
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
    /// (`.toml` actor dictionaries, `.pat` event dictionaries or directories of them).
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

fn is_event_file(p: &std::path::Path) -> bool {
    p.extension().is_some_and(|e| e == "pat")
        || (p.is_dir()
            && std::fs::read_dir(p).is_ok_and(|rd| {
                rd.filter_map(Result::ok)
                    .any(|e| e.path().extension().is_some_and(|x| x == "pat"))
            }))
}

fn run_check(args: CheckArgs) -> ExitCode {
    let mut errors = 0usize;
    let shipped = args.files.is_empty();
    let (actor_files, event_files): (Vec<PathBuf>, Vec<PathBuf>) =
        args.files.into_iter().partition(|p| !is_event_file(p));

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

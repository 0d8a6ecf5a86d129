//! `dyad validate FILE.xml`: runs a PETRARCH validation file with the PETRARCH dictionaries
//! its `<Environment>` names (or those given on the command line) and scores the events dyad
//! codes against the expected ones, per category and overall, strictly and on the primary
//! codes. See `dyad_petrarch::validate` for the steps and `dyad_petrarch::apply` for how
//! the verb patterns are read over dyad's dependency parses.
//!
//! Output: a table on standard output (or, with `--json`, one JSON object on the last line
//! with the strict figures in `records`, `expected`, `found`, `missed`, `extra`,
//! `false_records` and the loose ones under `primary`, plus `categories`). Notes on missing
//! files and options go to standard error. `--events-out FILE.jsonl` writes every coded
//! event, one JSON object a line. `--explain` writes, per record that is not coded exactly
//! as expected, the expected and coded events, the rule that coded each, the parse and the
//! actors found, on standard error.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use dyad_petrarch::RecordFile;
use dyad_petrarch::validate::{self, Dictionaries, DictionaryPaths, Scores};

/// Arguments of `dyad validate`.
#[derive(clap::Args)]
pub struct Args {
    /// PETRARCH validation file (XML).
    #[arg(value_name = "FILE.xml")]
    pub input: PathBuf,
    /// Verb dictionary (overrides the file's `<Verbfile>`).
    #[arg(long)]
    pub verbs: Option<PathBuf>,
    /// Actor dictionary (overrides the file's `<Actorfile>`; repeat for several).
    #[arg(long)]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary (overrides the file's `<Agentfile>`).
    #[arg(long)]
    pub agents: Option<PathBuf>,
    /// Discard list (overrides the file's `<Discardfile>`).
    #[arg(long)]
    pub discards: Option<PathBuf>,
    /// Internal coding ontology (overrides the file's `<PICOfile>`).
    #[arg(long)]
    pub ontology: Option<PathBuf>,
    /// Model file (default: the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Print the scores as one JSON object on the last line.
    #[arg(long)]
    pub json: bool,
    /// Write every coded event as JSON Lines to this file.
    #[arg(long, value_name = "FILE.jsonl")]
    pub events_out: Option<PathBuf>,
    /// Explain every record not coded exactly as expected, on standard error.
    #[arg(long)]
    pub explain: bool,
    /// Show the reader's and loader's diagnostics on standard error.
    #[arg(long)]
    pub verbose: bool,
}

/// Runs `dyad validate`.
///
/// # Errors
/// Unreadable validation file, dictionaries or model; an unwritable `--events-out` file.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let file = RecordFile::read(&args.input)
        .with_context(|| format!("reading {}", args.input.display()))?;
    if args.verbose {
        for d in &file.diagnostics {
            eprintln!("dyad validate: {d}");
        }
    }
    let dir = args
        .input
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    let (mut paths, notes) = DictionaryPaths::from_environment(&file, &dir);
    for n in notes {
        eprintln!("dyad validate: {n}");
    }
    if args.verbs.is_some() {
        paths.verbs = args.verbs.clone();
    }
    if !args.actors.is_empty() {
        paths.actors = args.actors.clone();
    }
    if args.agents.is_some() {
        paths.agents = args.agents.clone();
    }
    if args.discards.is_some() {
        paths.discards = args.discards.clone();
    }
    if args.ontology.is_some() {
        paths.ontology = args.ontology.clone();
    }
    let (dicts, diags) = Dictionaries::load(&paths)?;
    if args.verbose {
        for d in &diags {
            eprintln!("dyad validate: {d}");
        }
    } else if !diags.is_empty() {
        eprintln!(
            "dyad validate: {} dictionary diagnostics (--verbose shows them)",
            diags.len()
        );
    }
    let model = match &args.model {
        Some(p) => dyad_syntax::Model::load(p),
        None => dyad_syntax::Model::shipped(),
    }
    .context("loading the syntax model")?;
    let run = validate::run(&file, &dicts, &model);
    for n in &run.notes {
        eprintln!("dyad validate: {n}");
    }
    if let Some(p) = &args.events_out {
        let f = std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
        let mut w = BufWriter::new(f);
        for r in &run.records {
            for e in &r.events {
                serde_json::to_writer(&mut w, e)?;
                w.write_all(b"\n")?;
            }
        }
        w.flush()?;
    }
    if args.explain {
        explain(&run);
    }
    let report = validate::score(&run);
    if report.overall.strict.records == 0 {
        eprintln!(
            "dyad validate: {}: no record is evaluated (none is marked evaluate=\"true\" in a \
             category its <Include> lists; a PETRARCH-1 suite such as PETR.UnitTest.records.xml \
             marks its records sentence=\"true\" and is not a PETRARCH-2 validation file)",
            args.input.display()
        );
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let o = &report.overall;
        let mut v = serde_json::to_value(o.strict)?;
        v["primary"] = serde_json::to_value(o.primary)?;
        v["found_rate"] = serde_json::json!(round(o.strict.found_rate()));
        v["extra_per_100_records"] = serde_json::json!(round(o.strict.extra_per_100()));
        v["categories"] = serde_json::to_value(&report.categories)?;
        writeln!(out, "{v}")?;
    } else {
        writeln!(
            out,
            "{:<10} {:>7} {:>8} {:>6} {:>6} {:>6} {:>8}   {:>6} {:>6} {:>6}",
            "category",
            "records",
            "expected",
            "found",
            "missed",
            "extra",
            "no-event",
            "found1",
            "missed1",
            "extra1"
        )?;
        for (c, s) in &report.categories {
            line(&mut out, c, s)?;
        }
        line(&mut out, "ALL", &report.overall)?;
        let o = &report.overall;
        writeln!(
            out,
            "strict: {:.1}% of expected events found, {:.1} extra events per 100 records; primary: {:.1}% found, {:.1} extra per 100 records",
            o.strict.found_rate(),
            o.strict.extra_per_100(),
            o.primary.found_rate(),
            o.primary.extra_per_100()
        )?;
    }
    Ok(if report.overall.strict.records == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn line(out: &mut impl Write, name: &str, s: &Scores) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10} {:>7} {:>8} {:>6} {:>6} {:>6} {:>8}   {:>6} {:>6} {:>6}",
        name,
        s.strict.records,
        s.strict.expected,
        s.strict.found,
        s.strict.missed,
        s.strict.extra,
        s.strict.false_records,
        s.primary.found,
        s.primary.missed,
        s.primary.extra
    )
}

fn explain(run: &validate::RunResult) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for r in &run.records {
        let s = validate::score_record(r);
        if s.strict.missed == 0 && s.strict.extra == 0 {
            continue;
        }
        let expected: Vec<String> = r
            .expected
            .iter()
            .map(|e| format!("{} {} {}", e.source, e.target, e.event))
            .collect();
        let _ = writeln!(
            err,
            "[{} line {}] {}\n    expected: {}",
            r.document_id,
            r.line,
            r.text,
            if expected.is_empty() {
                "no event".to_string()
            } else {
                expected.join("; ")
            }
        );
        if let Some(d) = &r.discarded {
            let _ = writeln!(err, "    discarded: {d}");
        }
        if r.events.is_empty() {
            let _ = writeln!(err, "    coded: no event");
        }
        for e in &r.events {
            let _ = writeln!(
                err,
                "    coded: {} {} {} (verb {:?}; {})",
                e.source.as_ref().map_or("---", |a| a.code.as_str()),
                e.target.as_ref().map_or("---", |a| a.code.as_str()),
                e.cameo,
                e.verb,
                e.rule
            );
        }
        let _ = writeln!(err, "    parse: {}", r.analysis);
    }
}

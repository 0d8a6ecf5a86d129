//! `dyad code FILE...|-`: the events the articles report, as JSON Lines (or PETRARCH-style
//! TSV with `--format tsv`).
//!
//! Articles are read by `dyad_article` and coded by [`dyad_coder::Coder`], one article per
//! task on `--threads` threads (default: every core); output keeps input order. The README
//! documents the JSON fields. `--explain` writes, on standard error, every sentence with the
//! decision taken on each candidate pattern and the verbs no pattern matched. A closing
//! summary (articles, sentences, events, failed records, time) goes to standard error.
//!
//! `--dictionaries petrarch` codes with PETRARCH-2 dictionaries instead
//! (`--petrarch-verbs`, `--petrarch-actors`, and optionally agents, discards and the internal
//! coding ontology) through `dyad_petrarch::article::PetrarchCoder`, the path `dyad validate`
//! uses, writing events in the same schema; `--dictionaries both` merges, per article, the
//! events of dyad's own dictionaries (first) with PETRARCH's by (date, source, target, code)
//! ([`dyad_petrarch::article::merge_articles`]). PETRARCH coding follows PETRARCH-2's
//! `require_dyad` default (both actors known) whatever `--require-dyad` says, and has no
//! `--explain` report.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use dyad_article::{Article, Articles, Format, Input, ReadOptions};
use dyad_coder::{CodedArticle, Coder, Event, Options, Provenance};
use dyad_petrarch::article::{PetrarchCoder, merge_articles};
use dyad_petrarch::validate::{Dictionaries, DictionaryPaths};
use rayon::prelude::*;

/// Like `eprintln!`, but a closed standard error (`2>&1 | head`) is not a panic.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Arguments of `dyad code`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (walked for .txt, .jsonl, .csv) or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: OutputFormat,
    /// Input format for all inputs (default: by extension; standard input is text).
    #[arg(long, value_enum)]
    pub input_format: Option<super::read::FormatArg>,
    /// Publication date (YYYY-MM-DD) for every article, instead of its own.
    #[arg(long, value_name = "DATE")]
    pub date: Option<chrono::NaiveDate>,
    /// Model file (default: the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Explain every sentence on standard error: candidates coded or dropped (and why), and
    /// verbs that matched no pattern.
    #[arg(long)]
    pub explain: bool,
    /// Code only events whose source and target both resolve (PETRARCH-2's `require_dyad`);
    /// by default an event with one side unnamed is kept with a null actor.
    #[arg(long)]
    pub require_dyad: bool,
    /// Threads (one article per task; default or 0: every core; at most 256).
    #[arg(long, value_parser = clap::value_parser!(u16).range(0..=256))]
    pub threads: Option<u16>,
    /// Largest article in bytes; larger ones are reported and skipped.
    #[arg(long, default_value_t = dyad_article::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Which dictionaries code the events: dyad's own (`ours`), PETRARCH-2 dictionaries
    /// (`petrarch`, given by the `--petrarch-*` options), or both with their events merged.
    #[arg(long, value_enum, default_value = "ours")]
    pub dictionaries: DictionariesArg,
    /// PETRARCH-2 verb dictionary (`CAMEO.2.0.txt` format); needed by `petrarch` and `both`.
    #[arg(
        long,
        value_name = "FILE",
        required_if_eq_any([("dictionaries", "petrarch"), ("dictionaries", "both")])
    )]
    pub petrarch_verbs: Option<PathBuf>,
    /// PETRARCH-2 actor dictionary (repeat for several); needed by `petrarch` and `both`.
    #[arg(
        long,
        value_name = "FILE",
        required_if_eq_any([("dictionaries", "petrarch"), ("dictionaries", "both")])
    )]
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH-2 agent dictionary.
    #[arg(long, value_name = "FILE")]
    pub petrarch_agents: Option<PathBuf>,
    /// PETRARCH-2 discard list (story- and sentence-level phrases).
    #[arg(long, value_name = "FILE")]
    pub petrarch_discards: Option<PathBuf>,
    /// PETRARCH-2 internal coding ontology (`<PICOfile>`), for negation and combined codes.
    #[arg(long, value_name = "FILE")]
    pub petrarch_ontology: Option<PathBuf>,
}

/// `--dictionaries` values of `dyad code`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DictionariesArg {
    /// dyad's own actor and event dictionaries (the default).
    Ours,
    /// PETRARCH-2 dictionaries only.
    Petrarch,
    /// Both; events merged per article by (date, source, target, code), ours first.
    Both,
}

/// `--format` values of `dyad code`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per event.
    Jsonl,
    /// PETRARCH-style tab-separated columns: date (YYYYMMDD), source, target, CAMEO code,
    /// then id, document id, sentence index, quad class, Goldstein, mentions, URL.
    Tsv,
}

/// The provenance of events coded with the shipped dictionaries and the model at `model`.
pub fn provenance(model: &std::path::Path) -> Provenance {
    Provenance {
        dyad: env!("CARGO_PKG_VERSION").to_string(),
        event_dictionary: dyad_events::Dictionary::shipped()
            .version
            .clone()
            .unwrap_or_else(|| "unversioned".into()),
        actor_dictionaries: dyad_actors::shipped_valid_through().to_string(),
        model: format!(
            "{}/v{}",
            model.file_name().map_or_else(
                || model.display().to_string(),
                |f| f.to_string_lossy().into()
            ),
            dyad_syntax::FORMAT_VERSION
        ),
    }
}

/// One PETRARCH-style TSV line (without the newline).
pub fn tsv_line(e: &Event) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        e.date.replace('-', ""),
        e.source_code(),
        e.target_code(),
        e.cameo,
        e.id,
        e.document_id,
        e.sentence.index,
        e.quad_class,
        e.goldstein,
        e.mentions,
        e.url.as_deref().unwrap_or("")
    )
}

fn write_explanations(coded: &CodedArticle) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for ex in &coded.explanations {
        let _ = writeln!(
            err,
            "[{}#{} {}:{}-{}] {}",
            ex.document_id,
            ex.sentence.index,
            ex.sentence.field,
            ex.sentence.start,
            ex.sentence.end,
            ex.sentence.text.replace('\n', " ")
        );
        for d in &ex.decisions {
            let _ = writeln!(
                err,
                "    {:<12} {} {:?} ({}): {}",
                d.outcome, d.cameo, d.trigger, d.pattern, d.detail
            );
        }
        if !ex.unmatched_verbs.is_empty() {
            let verbs: Vec<String> = ex
                .unmatched_verbs
                .iter()
                .map(|v| format!("{}@{}", v.text, v.start))
                .collect();
            let _ = writeln!(err, "    no pattern fits verb(s): {}", verbs.join(", "));
        }
    }
}

/// Loads the PETRARCH dictionaries the `--petrarch-*` options name; the readers'
/// diagnostics are counted on standard error (the first five shown).
fn load_petrarch(args: &Args) -> anyhow::Result<Dictionaries> {
    let paths = DictionaryPaths {
        verbs: args.petrarch_verbs.clone(),
        actors: args.petrarch_actors.clone(),
        agents: args.petrarch_agents.clone(),
        discards: args.petrarch_discards.clone(),
        ontology: args.petrarch_ontology.clone(),
    };
    let (dicts, diags) = Dictionaries::load(&paths).context("loading the PETRARCH dictionaries")?;
    if !diags.is_empty() {
        for d in diags.iter().take(5) {
            note!("dyad code: {d}");
        }
        note!(
            "dyad code: {} PETRARCH dictionary diagnostic(s){}",
            diags.len(),
            if diags.len() > 5 {
                " (first 5 shown)"
            } else {
                ""
            }
        );
    }
    Ok(dicts)
}

/// The provenance of events coded with the PETRARCH dictionaries: the verb file's name as
/// `event_dictionary`, the actor (and agent) files' names joined by `+` as
/// `actor_dictionaries`, each prefixed `petrarch:`.
fn petrarch_provenance(args: &Args, model: &std::path::Path) -> Provenance {
    let name = |p: &PathBuf| {
        p.file_name()
            .map_or_else(|| p.display().to_string(), |f| f.to_string_lossy().into())
    };
    let mut base = provenance(model);
    base.event_dictionary = format!(
        "petrarch:{}",
        args.petrarch_verbs.as_ref().map(name).unwrap_or_default()
    );
    let actor_files: Vec<String> = args
        .petrarch_actors
        .iter()
        .chain(&args.petrarch_agents)
        .map(name)
        .collect();
    base.actor_dictionaries = format!("petrarch:{}", actor_files.join("+"));
    base
}

/// Runs `dyad code`.
///
/// # Errors
/// The dictionaries or the model do not load, the thread pool cannot start, or standard
/// output cannot be written. Bad input is reported per record on standard error (exit
/// status 1).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let actors = dyad_actors::Dictionary::shipped_shared()
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("loading the actor dictionaries")?;
    let events = dyad_events::Dictionary::shipped();
    let model_path = args
        .model
        .clone()
        .unwrap_or_else(dyad_syntax::Model::shipped_path);
    let model = dyad_syntax::Model::load(&model_path)?;
    let options = Options {
        date: args.date,
        fallback_date: Some(super::actors::today()),
        explain: args.explain,
        require_dyad: args.require_dyad,
    };
    let coder = Coder::new(&model, actors, events, provenance(&model_path), options);
    let mode = args.dictionaries;
    let petrarch_dicts = if mode == DictionariesArg::Ours {
        let given = args.petrarch_verbs.is_some()
            || !args.petrarch_actors.is_empty()
            || args.petrarch_agents.is_some()
            || args.petrarch_discards.is_some()
            || args.petrarch_ontology.is_some();
        if given {
            note!(
                "dyad code: --petrarch-* options are ignored without --dictionaries petrarch \
                 or both"
            );
        }
        None
    } else {
        Some(load_petrarch(&args)?)
    };
    let petrarch_coder = petrarch_dicts.as_ref().map(|d| {
        PetrarchCoder::new(
            d,
            &model,
            petrarch_provenance(&args, &model_path),
            args.date,
            Some(super::actors::today()),
        )
        .with_countries(actors)
    });
    if args.explain && mode != DictionariesArg::Ours {
        note!("dyad code: --explain explains only the events of dyad's own dictionaries");
    }
    let code_one = |a: &Article| -> CodedArticle {
        match (mode, &petrarch_coder) {
            (DictionariesArg::Petrarch, Some(p)) => p.code_article(a),
            (DictionariesArg::Both, Some(p)) => {
                merge_articles(coder.code_article(a), p.code_article(a))
            }
            _ => coder.code_article(a),
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(usize::from(args.threads.unwrap_or(0)))
        .build()
        .context("starting the thread pool")?;
    let threads = pool.current_num_threads();
    let read_options = ReadOptions {
        max_bytes: args.max_bytes,
        format: args.input_format.map(|f| match f {
            super::read::FormatArg::Text => Format::Text,
            super::read::FormatArg::Jsonl => Format::Jsonl,
            super::read::FormatArg::Csv => Format::Csv,
        }),
        ..ReadOptions::default()
    };
    let inputs: Vec<Input> = args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let mut reader = Articles::new(inputs, read_options);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut articles, mut sentences, mut coded_events, mut failed) = (0usize, 0usize, 0, 0);
    let mut damaged = 0usize;
    let valid_through = actors.valid_through();
    let mut warned_late = false;
    let batch_size = threads * 16;
    loop {
        let mut batch: Vec<Article> = Vec::with_capacity(batch_size);
        for item in reader.by_ref() {
            match item {
                Ok(a) => batch.push(a),
                Err(e) => {
                    failed += 1;
                    note!("dyad code: error: {e}");
                }
            }
            if batch.len() == batch_size {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let coded: Vec<CodedArticle> = pool.install(|| batch.par_iter().map(code_one).collect());
        for (article, c) in batch.iter().zip(&coded) {
            articles += 1;
            sentences += c.sentences;
            // Coded anyway, but the input was damaged (invalid bytes replaced, ...): the exit
            // status says so, as `dyad read`'s does.
            if article.has_errors() {
                damaged += 1;
            }
            for d in &article.diagnostics {
                if d.severity >= dyad_article::Severity::Warning {
                    note!(
                        "dyad code: {}: {}: {} [{}]",
                        d.location,
                        d.severity.as_str(),
                        d.message,
                        d.code
                    );
                }
            }
            if article.date.is_none() && args.date.is_none() {
                note!(
                    "dyad code: {}: no publication date; relative dates resolved against \
                     today's date {}",
                    c.document_id,
                    c.publication_date
                );
            }
            for d in &c.diagnostics {
                note!("dyad code: {d}");
            }
            if mode != DictionariesArg::Petrarch
                && c.publication_date > valid_through
                && !warned_late
            {
                warned_late = true;
                note!(
                    "dyad code: {}: publication date {} is after {valid_through}, the last date \
                     the actor dictionaries are vouched for; people's roles may be out of date",
                    c.document_id,
                    c.publication_date
                );
            }
            if args.explain {
                out.flush()?;
                write_explanations(c);
            }
            for e in &c.events {
                coded_events += 1;
                match args.format {
                    OutputFormat::Jsonl => serde_json::to_writer(&mut out, e)?,
                    OutputFormat::Tsv => out.write_all(tsv_line(e).as_bytes())?,
                }
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    let secs = started.elapsed().as_secs_f64();
    note!(
        "dyad code: {articles} article(s), {sentences} sentence(s), {coded_events} event(s), \
         {failed} failed, {damaged} with input errors; {secs:.2} s on {threads} thread(s)"
    );
    Ok(if failed > 0 || damaged > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

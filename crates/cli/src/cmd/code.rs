//! `dyad code FILE...|-`: the events the articles report, as JSON Lines (or PETRARCH-style
//! TSV with `--format tsv`).
//!
//! Articles are read by `dyad_article` and coded by [`dyad_coder::Coder`], one article per
//! task on `--threads` threads (default: every core); output keeps input order. The README
//! documents the JSON fields. `--explain` writes, on standard error, every sentence with the
//! decision taken on each candidate pattern and the verbs no pattern matched. A closing
//! summary (articles, sentences, events, failed records, time) goes to standard error.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use dyad_article::{Article, Articles, Format, Input, ReadOptions};
use dyad_coder::{CodedArticle, Coder, Event, Options, Provenance};
use rayon::prelude::*;

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
    /// Threads (one article per task; default: every core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Largest article in bytes; larger ones are reported and skipped.
    #[arg(long, default_value_t = dyad_article::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
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
            let _ = writeln!(err, "    no pattern for verb(s): {}", verbs.join(", "));
        }
    }
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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
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
                    eprintln!("dyad code: error: {e}");
                }
            }
            if batch.len() == batch_size {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let coded: Vec<CodedArticle> =
            pool.install(|| batch.par_iter().map(|a| coder.code_article(a)).collect());
        for (article, c) in batch.iter().zip(&coded) {
            articles += 1;
            sentences += c.sentences;
            if article.date.is_none() && args.date.is_none() {
                eprintln!(
                    "dyad code: {}: no publication date; relative dates resolved against \
                     today's date {}",
                    c.document_id, c.publication_date
                );
            }
            for d in &c.diagnostics {
                eprintln!("dyad code: {d}");
            }
            if c.publication_date > valid_through && !warned_late {
                warned_late = true;
                eprintln!(
                    "dyad code: {}: publication date {} is after {valid_through}, the last date \
                     the actor dictionaries are vouched for; people's roles may be out of date",
                    c.document_id, c.publication_date
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
    eprintln!(
        "dyad code: {articles} article(s), {sentences} sentence(s), {coded_events} event(s), \
         {failed} failed; {secs:.2} s on {threads} thread(s)"
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

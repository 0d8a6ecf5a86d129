//! `dyad evaluate-events`: precision and recall of the event coder against the hand-coded
//! Wikinews gold events (`data/gold/wikinews_events.jsonl`, issue 5).
//!
//! Each gold article's record is read from the Wikinews CSV files by `dyad_article` (as
//! `dyad code` reads them), coded with the shipped dictionaries and model, and scored by
//! [`dyad_coder::eval::wikinews`] (matching rules there and in `data/gold/README.md`). The
//! table on standard output is the record of the run: per article and overall counts,
//! precision, recall and F1, the strict (sentence-overlap) and loose (country-block)
//! variants, and whether the bars (precision >= 75%, recall >= 50%) are met.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use dyad_coder::eval::wikinews::{
    self, ArticleResult, Counts, Evaluation, GoldArticle, GoldDate, MatchRules, Outcome,
    PRECISION_BAR, RECALL_BAR,
};
use dyad_coder::{Coder, Options};

/// Arguments of `dyad evaluate-events`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The gold file (JSON Lines, format in data/gold/README.md).
    #[arg(long, default_value = "data/gold/wikinews_events.jsonl")]
    pub gold: PathBuf,
    /// Directory holding the Wikinews CSV files the gold names.
    #[arg(long, default_value = "../shared/data/wikinews")]
    pub wikinews: PathBuf,
    /// List every prediction that is not correct and every missed required gold event (with
    /// what was coded from its sentences); on standard error with `--json`.
    #[arg(long)]
    pub details: bool,
    /// Print the summary as one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Model file (default: $DYAD_MODEL, else the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Loads the shipped dictionaries and the model and calls `f` with a coder built like
/// `dyad code`'s (provenance and all) with `options`.
///
/// # Errors
/// The dictionaries or the model do not load.
pub fn with_coder<R>(
    model: Option<&Path>,
    options: Options,
    f: impl FnOnce(&Coder<'_>) -> R,
) -> anyhow::Result<R> {
    let actors = dyad_actors::Dictionary::shipped_shared()
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("loading the actor dictionaries")?;
    let events = dyad_events::Dictionary::shipped();
    let model_path = model.map_or_else(dyad_syntax::Model::shipped_path, Path::to_path_buf);
    let model = dyad_syntax::Model::load(&model_path)?;
    let coder = Coder::new(
        &model,
        actors,
        events,
        super::code::provenance(&model_path),
        options,
    );
    Ok(f(&coder))
}

/// A fraction as a percentage with one decimal, `n/a` when unknown.
pub fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_string(), |v| format!("{:.1}%", v * 100.0))
}

fn date_text(d: &GoldDate) -> String {
    match d {
        GoldDate::Any => "any".into(),
        GoldDate::Day(days) => days
            .iter()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .collect::<Vec<_>>()
            .join("|"),
        GoldDate::Month(y, m) => format!("{y}-{m:02}"),
        GoldDate::Year(y) => format!("{y}"),
    }
}

fn counts_json(c: &Counts) -> serde_json::Value {
    serde_json::json!({
        "counts": c,
        "precision": c.precision(),
        "recall": c.recall(),
        "f1": c.f1(),
    })
}

fn summary_json(gold: &[GoldArticle], e: &Evaluation) -> serde_json::Value {
    let articles: Vec<serde_json::Value> = e
        .articles
        .iter()
        .map(|a| {
            let g = &gold[a.gold];
            let mut v = counts_json(&a.primary.counts);
            v["key"] = g.key.clone().into();
            v["file"] = g.file.clone().into();
            v["url"] = g.url.clone().into();
            v["sentences"] = a.sentences.into();
            v
        })
        .collect();
    let p = e.primary.precision();
    let r = e.primary.recall();
    serde_json::json!({
        "articles": articles,
        "primary": counts_json(&e.primary),
        "strict": counts_json(&e.strict),
        "loose": counts_json(&e.loose),
        "by_root": e.by_root(gold),
        "bars": {
            "precision": { "bar": PRECISION_BAR, "value": p, "met": p.is_some_and(|p| p >= PRECISION_BAR) },
            "recall": { "bar": RECALL_BAR, "value": r, "met": r.is_some_and(|r| r >= RECALL_BAR) },
        },
    })
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "{name:<26} {:>5} {:>5} {:>4} {:>4} {:>4} {:>5} {:>4} {:>5} {:>7} {:>7} {:>7}",
        c.predicted,
        c.correct,
        c.duplicates,
        c.forbidden_hits,
        c.required,
        c.found_required,
        c.optional,
        c.found_optional,
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()),
    )
}

fn print_table(gold: &[GoldArticle], e: &Evaluation) {
    println!(
        "{:<26} {:>5} {:>5} {:>4} {:>4} {:>4} {:>5} {:>4} {:>5} {:>7} {:>7} {:>7}",
        "article", "pred", "corr", "dup", "forb", "req", "found", "opt", "o.fnd", "P", "R", "F1"
    );
    for a in &e.articles {
        println!("{}", row(&gold[a.gold].key, &a.primary.counts));
    }
    println!("{}", row("overall", &e.primary));
    println!("{}", row("strict (sentence overlap)", &e.strict));
    println!("{}", row("loose (country block)", &e.loose));
    let roots: Vec<String> = e
        .by_root(gold)
        .iter()
        .map(|(root, c)| {
            format!(
                "{root}: {}/{} found, {}/{} right",
                c.found, c.required, c.correct, c.predicted
            )
        })
        .collect();
    println!("by CAMEO root (required found / required, correct / predicted):");
    for chunk in roots.chunks(4) {
        println!("  {}", chunk.join("; "));
    }
    let p = e.primary.precision();
    let r = e.primary.recall();
    let met = |ok: bool| if ok { "met" } else { "NOT met" };
    println!(
        "bar precision >= {:.0}%: {} {}",
        PRECISION_BAR * 100.0,
        pct(p),
        met(p.is_some_and(|p| p >= PRECISION_BAR))
    );
    println!(
        "bar recall >= {:.0}%: {} {}",
        RECALL_BAR * 100.0,
        pct(r),
        met(r.is_some_and(|r| r >= RECALL_BAR))
    );
}

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "?".into(), |d| d.format("%Y-%m-%d").to_string())
}

fn print_details(out: &mut dyn Write, g: &GoldArticle, a: &ArticleResult) -> std::io::Result<()> {
    for (i, (p, o)) in a.predictions.iter().zip(&a.primary.outcomes).enumerate() {
        let why = match o {
            Outcome::Correct { .. } => continue,
            Outcome::Duplicate => "duplicate".to_string(),
            Outcome::Forbidden { entry } => format!("FORBIDDEN ({})", g.forbidden[*entry].note),
            Outcome::Unmatched => "unmatched".to_string(),
        };
        let sentences: Vec<String> = p
            .sentences
            .iter()
            .map(|s| format!("{}:{}-{}", s.field, s.start, s.end))
            .collect();
        writeln!(
            out,
            "  {} pred#{i} {why}: [{}] {} {} {:?} -> {} {:?} on {} (verb {:?})",
            g.key,
            sentences.join(" "),
            p.cameo,
            p.source,
            p.source_text,
            p.target,
            p.target_text,
            day(p.date),
            p.verb,
        )?;
        // Gold events of the same sentences, and what keeps the prediction from them.
        for ev in &g.events {
            if p.sentences
                .iter()
                .any(|ps| ev.sentences.iter().any(|gs| ps.overlaps(gs)))
            {
                writeln!(
                    out,
                    "      gold there: {} {} {} -> {} on {} (wrong: {})",
                    ev.id,
                    ev.cameo.join("|"),
                    ev.source.join("|"),
                    ev.target.join("|"),
                    date_text(&ev.date),
                    wikinews::mismatches(ev, p, MatchRules::PRIMARY).join(", "),
                )?;
            }
        }
    }
    for (gi, ev) in g.events.iter().enumerate() {
        if !ev.required || a.primary.filled_by[gi].is_some() {
            continue;
        }
        let s = &ev.sentences[0];
        let more = if ev.sentences.len() > 1 {
            format!(" +{} more", ev.sentences.len() - 1)
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {} MISSED {} [{}:{}-{}{more}] {} {} -> {} on {}{}: {}",
            g.key,
            ev.id,
            s.field,
            s.start,
            s.end,
            ev.cameo.join("|"),
            ev.source.join("|"),
            ev.target.join("|"),
            date_text(&ev.date),
            if ev.symmetric { " (symmetric)" } else { "" },
            ev.note,
        )?;
        // Predictions from the same sentences: near misses worth a look.
        for (pi, p) in a.predictions.iter().enumerate() {
            if p.sentences
                .iter()
                .any(|ps| ev.sentences.iter().any(|gs| ps.overlaps(gs)))
            {
                writeln!(
                    out,
                    "      coded there: pred#{pi} {} {} {:?} -> {} {:?} on {} (wrong: {})",
                    p.cameo,
                    p.source,
                    p.source_text,
                    p.target,
                    p.target_text,
                    day(p.date),
                    wikinews::mismatches(ev, p, MatchRules::PRIMARY).join(", "),
                )?;
            }
        }
    }
    Ok(())
}

/// Runs `dyad evaluate-events`.
///
/// # Errors
/// The gold file or a Wikinews CSV file is missing or malformed (the message names the
/// path), a gold URL is not in its file, or the dictionaries or model do not load.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let gold = wikinews::load_gold(&args.gold)?;
    let articles = wikinews::find_articles(&gold, &args.wikinews)?;
    let options = Options {
        date: None,
        fallback_date: Some(super::actors::today()),
        explain: false,
        ..Options::default()
    };
    let eval = with_coder(args.model.as_deref(), options, |coder| {
        wikinews::evaluate(coder, &gold, &articles)
    })?;
    if args.json {
        println!("{}", summary_json(&gold, &eval));
    } else {
        print_table(&gold, &eval);
    }
    if args.details {
        // With --json, details go to standard error so that standard output stays JSON.
        let mut out: Box<dyn Write> = if args.json {
            Box::new(std::io::stderr().lock())
        } else {
            Box::new(std::io::stdout().lock())
        };
        writeln!(out, "details (primary rules):")?;
        for a in &eval.articles {
            print_details(&mut out, &gold[a.gold], a)?;
        }
    }
    eprintln!(
        "dyad evaluate-events: {} article(s), {} gold event(s) ({} required), {} prediction(s); \
         {:.2} s",
        eval.articles.len(),
        eval.primary.required + eval.primary.optional,
        eval.primary.required,
        eval.primary.predicted,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

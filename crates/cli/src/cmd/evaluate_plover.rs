//! `dyad evaluate-plover`: PLOVER event-type and actor accuracy of the event coder on the
//! PLOVER gold-standard sentences (issue 5).
//!
//! Each sentence is coded as a one-sentence article (publication date: the record's date,
//! else 2000-01-01) and scored by [`dyad_coder::eval::plover`] (label mapping, actor rule and
//! halves documented there). The table on standard output is the record of the run: per half
//! (odd / even id) and overall, type accuracy, extra events per sentence, source and target
//! accuracy, and whether the bars (type right >= 70% on each half, <= 0.3 extra events per
//! sentence) are met.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dyad_coder::Options;
use dyad_coder::eval::plover::{
    self, EXTRA_BAR, Evaluation, FALLBACK_DATE, Half, PloverSentence, SentenceResult, TYPE_BAR,
    Tally,
};

use super::evaluate_events::{pct, with_coder};

/// Arguments of `dyad evaluate-plover`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The PLOVER gold-standard file (a JSON array of records).
    #[arg(long, default_value = "../shared/data/plover/PLOVER_GSR_CAMEO.json")]
    pub gold: PathBuf,
    /// Which records to code: ids ending in an odd digit (development), an even digit
    /// (held out), or all.
    #[arg(long, value_enum, default_value = "all")]
    pub half: HalfArg,
    /// List every sentence whose type is wrong or that has extra events, gold against coded.
    #[arg(long)]
    pub details: bool,
    /// Print the summary as one JSON object instead of the table (details, if asked, go to
    /// standard error).
    #[arg(long)]
    pub json: bool,
    /// Model file (default: $DYAD_MODEL, else the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// `--half` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum HalfArg {
    /// Ids ending in 1, 3, 5, 7 or 9.
    Odd,
    /// Ids ending in 0, 2, 4, 6 or 8.
    Even,
    /// Every record.
    All,
}

fn tally_json(t: &Tally) -> serde_json::Value {
    serde_json::json!({
        "counts": t,
        "type_accuracy": t.type_accuracy(),
        "extra_per_sentence": t.extra_per_sentence(),
        "source_accuracy": t.source_accuracy(),
        "source_accuracy_type_right": t.source_accuracy_typed(),
        "target_accuracy": t.target_accuracy(),
        "target_accuracy_type_right": t.target_accuracy_typed(),
        "meets_bars": t.meets_bars(),
    })
}

fn ratio2(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".into(), |v| format!("{v:.2}"))
}

fn row(name: &str, t: &Tally) -> String {
    format!(
        "{name:<8} {:>5} {:>7} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}",
        t.sentences,
        pct(t.type_accuracy()),
        t.events,
        t.extra,
        ratio2(t.extra_per_sentence()),
        pct(t.source_accuracy()),
        pct(t.source_accuracy_typed()),
        pct(t.target_accuracy()),
        pct(t.target_accuracy_typed()),
    )
}

fn halves(e: &Evaluation, half: HalfArg) -> Vec<(&'static str, &Tally)> {
    match half {
        HalfArg::Odd => vec![("odd", &e.odd)],
        HalfArg::Even => vec![("even", &e.even)],
        HalfArg::All => vec![("odd", &e.odd), ("even", &e.even), ("all", &e.all)],
    }
}

fn print_table(gold: &[PloverSentence], e: &Evaluation, half: HalfArg, skipped: usize) {
    println!(
        "{:<8} {:>5} {:>7} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "half", "sent", "type", "events", "extra", "extra/s", "src", "src|t", "tgt", "tgt|t"
    );
    for (name, t) in halves(e, half) {
        println!("{}", row(name, t));
    }
    println!(
        "(type: sentences with an event of the gold type; extra: events of another type, {} \
         of them with no PLOVER type; src/tgt: country block right on an event of the gold \
         type, over sentences with a gold source/target, |t: over those with the type right; \
         {skipped} record(s) without text skipped)",
        e.all.unmapped
    );
    let types: Vec<String> = e
        .by_type(gold)
        .iter()
        .map(|(t, (right, n))| format!("{t} {right}/{n}"))
        .collect();
    println!("type right by gold type:");
    for chunk in types.chunks(6) {
        println!("  {}", chunk.join("; "));
    }
    let errors = e.sentences.iter().filter(|s| s.error.is_some()).count();
    if errors > 0 {
        println!("{errors} sentence(s) could not be read and count with no event");
    }
    for (name, t) in halves(e, half) {
        if name == "all" {
            continue;
        }
        let acc = t.type_accuracy();
        let extra = t.extra_per_sentence();
        let met = |ok: bool| if ok { "met" } else { "NOT met" };
        println!(
            "bar {name}: type right >= {:.0}%: {} {}; extra events/sentence <= {EXTRA_BAR}: {} {}",
            TYPE_BAR * 100.0,
            pct(acc),
            met(acc.is_some_and(|a| a >= TYPE_BAR)),
            ratio2(extra),
            met(extra.is_some_and(|x| x <= EXTRA_BAR)),
        );
    }
}

fn actors_text(actors: &[plover::GoldActor]) -> String {
    if actors.is_empty() {
        return "-".into();
    }
    actors
        .iter()
        .map(|a| match &a.sector {
            Some(s) => format!("{}/{s}", a.code),
            None => a.code.clone(),
        })
        .collect::<Vec<_>>()
        .join("+")
}

fn print_details(
    out: &mut dyn Write,
    gold: &[PloverSentence],
    s: &SentenceResult,
) -> std::io::Result<()> {
    if s.score.type_right && s.score.extra == 0 {
        return Ok(());
    }
    let g = &gold[s.gold];
    let coded: Vec<String> = s
        .coded
        .iter()
        .map(|c| {
            format!(
                "{}({}) {}->{}",
                c.plover.as_deref().unwrap_or("-"),
                c.cameo,
                c.source,
                c.target
            )
        })
        .collect();
    writeln!(
        out,
        "  {} [{}] gold {}{} {} -> {} | coded: {}{}",
        g.id,
        if s.score.type_right { "extra" } else { "WRONG" },
        g.event,
        if g.label == g.event {
            String::new()
        } else {
            format!(" (was {})", g.label)
        },
        actors_text(&g.sources),
        actors_text(&g.targets),
        if coded.is_empty() {
            "nothing".into()
        } else {
            coded.join("; ")
        },
        s.error
            .as_ref()
            .map_or_else(String::new, |e| format!(" (error: {e})")),
    )?;
    writeln!(out, "      {}", g.text)
}

/// Runs `dyad evaluate-plover`.
///
/// # Errors
/// The gold file is missing or malformed (the message names the path), or the dictionaries
/// or model do not load.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let (gold, skipped) = plover::load_gold(&args.gold)?;
    let half = match args.half {
        HalfArg::Odd => Some(Half::Odd),
        HalfArg::Even => Some(Half::Even),
        HalfArg::All => None,
    };
    let options = Options {
        date: None,
        fallback_date: Some(FALLBACK_DATE),
        explain: false,
        ..Options::default()
    };
    let eval = with_coder(args.model.as_deref(), options, |coder| {
        plover::evaluate(coder, &gold, half)
    })?;
    if args.json {
        let mut v = serde_json::json!({ "skipped_records": skipped });
        for (name, t) in halves(&eval, args.half) {
            v[name] = tally_json(t);
        }
        v["by_type"] = serde_json::json!(eval.by_type(&gold));
        println!("{v}");
    } else {
        print_table(&gold, &eval, args.half, skipped);
    }
    if args.details {
        let mut out: Box<dyn Write> = if args.json {
            Box::new(std::io::stderr().lock())
        } else {
            Box::new(std::io::stdout().lock())
        };
        writeln!(out, "details (wrong type, or extra events):")?;
        for s in &eval.sentences {
            print_details(&mut out, &gold, s)?;
        }
    }
    eprintln!(
        "dyad evaluate-plover: {} sentence(s) coded, {} event(s); {:.2} s",
        eval.all.sentences,
        eval.all.events,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

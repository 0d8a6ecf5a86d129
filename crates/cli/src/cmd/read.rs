//! `dyad read FILE...|-`: reads articles and prints their structure as JSON Lines.
//!
//! Standard output carries one JSON object per article; errors, warnings and the closing
//! summary go to standard error. The exit status is 1 when any record failed (or lost bytes
//! in decoding), 0 otherwise. All offsets in the output are Unicode scalar (char) offsets,
//! half-open, into the article's text as decoded (the whole decoded content of a plain-text
//! file, or the record's `text` field); the offsets of a record's title (`"in": "title"`) are
//! into the title.

use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::process::ExitCode;

use dyad_article::{
    Article, Articles, DateOrigin, Format, Input, ReadOptions, Severity, TitleOrigin, Unit,
};
use dyad_text::CharOffsets;
use serde::Serialize;

/// Arguments of `dyad read`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (walked for .txt, .jsonl, .csv) or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    /// Largest article in bytes (a text file's size, a record's `text` in UTF-8).
    #[arg(long, default_value_t = dyad_article::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
    /// Input format for all inputs (default: by extension; standard input is text); also
    /// `--input-format`, the name `dyad code` and `dyad parse` use.
    #[arg(long, value_enum, alias = "input-format")]
    pub format: Option<FormatArg>,
    /// Do not print the diagnostics of articles on standard error (they stay in the output).
    #[arg(long, short)]
    pub quiet: bool,
}

/// `--format` values.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// One article per file, headline on the first line.
    Text,
    /// JSON Lines with a `text` field.
    Jsonl,
    /// CSV with a header row and a `text` column.
    Csv,
}

/// A text span in output: char offsets and the text.
#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct TitleOut<'a> {
    /// `text` (offsets into the article text) or `title` (offsets into the title).
    #[serde(rename = "in")]
    within: &'static str,
    start: usize,
    end: usize,
    sentences: Vec<SpanOut<'a>>,
}

#[derive(Serialize)]
struct DatelineOut<'a> {
    place: &'a str,
    agency: Option<&'a str>,
    glued: bool,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct ParagraphOut<'a> {
    start: usize,
    end: usize,
    sentences: Vec<SpanOut<'a>>,
}

#[derive(Serialize)]
struct BoilerplateOut<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
}

#[derive(Serialize)]
struct LocationOut<'a> {
    file: &'a str,
    line: Option<u64>,
    record: Option<u64>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: &'a str,
    location: LocationOut<'a>,
    url: Option<&'a str>,
    source: Option<&'a str>,
    title: Option<&'a str>,
    headline: Option<TitleOut<'a>>,
    date: Option<String>,
    date_origin: Option<&'static str>,
    date_line: Option<SpanOut<'a>>,
    dateline: Option<DatelineOut<'a>>,
    byline: Option<SpanOut<'a>>,
    chars: usize,
    paragraphs: Vec<ParagraphOut<'a>>,
    boilerplate: Vec<BoilerplateOut<'a>>,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

fn span_out<'a>(text: &'a str, offsets: &CharOffsets, r: &Range<usize>) -> SpanOut<'a> {
    SpanOut {
        start: offsets.char_of(r.start),
        end: offsets.char_of(r.end),
        text: &text[r.clone()],
    }
}

fn unit_out<'a>(text: &'a str, offsets: &CharOffsets, u: &Unit) -> SpanOut<'a> {
    span_out(text, offsets, &u.span)
}

fn article_out(a: &Article) -> ArticleOut<'_> {
    let offsets = CharOffsets::new(&a.text);
    let text = a.text.as_str();
    let headline = a.title.as_ref().map(|t| {
        let (base, within): (&str, _) = match t.origin {
            TitleOrigin::Headline => (text, "text"),
            TitleOrigin::Field => (t.text.as_str(), "title"),
        };
        let own;
        let off = match t.origin {
            TitleOrigin::Headline => &offsets,
            TitleOrigin::Field => {
                own = CharOffsets::new(base);
                &own
            }
        };
        TitleOut {
            within,
            start: off.char_of(t.span.start),
            end: off.char_of(t.span.end),
            sentences: t.sentences.iter().map(|s| unit_out(base, off, s)).collect(),
        }
    });
    ArticleOut {
        id: &a.id,
        location: LocationOut {
            file: &a.location.file,
            line: a.location.line,
            record: a.location.record,
        },
        url: a.url.as_deref(),
        source: a.source.as_deref(),
        title: a.title.as_ref().map(|t| match t.origin {
            TitleOrigin::Headline => &text[t.span.clone()],
            TitleOrigin::Field => t.text[t.span.clone()].trim(),
        }),
        headline,
        date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
        date_origin: a.date_origin.map(|o| match o {
            DateOrigin::Column => "column",
            DateOrigin::DateLine => "date_line",
        }),
        date_line: a.date_line.as_ref().map(|u| unit_out(text, &offsets, u)),
        dateline: a.dateline.as_ref().map(|d| DatelineOut {
            place: &d.place,
            agency: d.agency.as_deref(),
            glued: d.glued,
            start: offsets.char_of(d.unit.span.start),
            end: offsets.char_of(d.unit.span.end),
            text: &text[d.unit.span.clone()],
        }),
        byline: a.byline.as_ref().map(|u| unit_out(text, &offsets, u)),
        chars: offsets.char_of(text.len()),
        paragraphs: a
            .paragraphs
            .iter()
            .map(|p| ParagraphOut {
                start: offsets.char_of(p.span.start),
                end: offsets.char_of(p.span.end),
                sentences: p
                    .sentences
                    .iter()
                    .map(|s| unit_out(text, &offsets, s))
                    .collect(),
            })
            .collect(),
        boilerplate: a
            .boilerplate
            .iter()
            .map(|b| BoilerplateOut {
                kind: b.kind.as_str(),
                start: offsets.char_of(b.unit.span.start),
                end: offsets.char_of(b.unit.span.end),
                text: &text[b.unit.span.clone()],
            })
            .collect(),
        diagnostics: a
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut {
                severity: d.severity.as_str(),
                code: d.code,
                message: &d.message,
                location: d.location.to_string(),
                start: d.span.as_ref().map(|s| offsets.char_of(s.start)),
                end: d.span.as_ref().map(|s| offsets.char_of(s.end)),
            })
            .collect(),
    }
}

/// Runs `dyad read`.
///
/// # Errors
/// Only when standard output cannot be written; bad input is reported per record and
/// reflected in the exit status (1 when any record failed).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = ReadOptions {
        max_bytes: args.max_bytes,
        format: args.format.map(|f| match f {
            FormatArg::Text => Format::Text,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
        }),
        ..ReadOptions::default()
    };
    let inputs: Vec<Input> = args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let mut articles = Articles::new(inputs, options);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut read, mut failed, mut lossy) = (0u64, 0u64, 0u64);
    let mut kinds: BTreeMap<&'static str, u64> = BTreeMap::new();
    for item in articles.by_ref() {
        match item {
            Ok(article) => {
                read += 1;
                if article.has_errors() {
                    lossy += 1;
                }
                if !args.quiet {
                    for d in &article.diagnostics {
                        if d.severity >= Severity::Warning {
                            eprintln!(
                                "dyad read: {}: {}: {} [{}]",
                                d.location,
                                d.severity.as_str(),
                                d.message,
                                d.code
                            );
                        }
                    }
                }
                serde_json::to_writer(&mut out, &article_out(&article))?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                failed += 1;
                *kinds.entry(e.kind()).or_default() += 1;
                eprintln!("dyad read: error: {e}");
            }
        }
    }
    out.flush()?;
    let skipped = articles.skipped();
    for p in skipped {
        eprintln!(
            "dyad read: skipped {} (not .txt, .jsonl or .csv)",
            p.display()
        );
    }
    let by_kind: Vec<String> = kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    let by_kind = if by_kind.is_empty() {
        String::new()
    } else {
        format!(" ({})", by_kind.join(", "))
    };
    eprintln!(
        "dyad read: {read} article(s) read, {failed} record(s) failed{by_kind}, \
         {lossy} article(s) with undecodable bytes, {} file(s) skipped",
        skipped.len()
    );
    Ok(if failed > 0 || lossy > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

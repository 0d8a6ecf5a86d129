//! `dyad actors FILE...|-`: every actor mention of the articles, as JSON Lines.
//!
//! Each article is read by `dyad_article`; its title (headline) and body sentences are
//! tokenised by `dyad_text` on the normalised text, analysed by the shipped `dyad_syntax`
//! model, and resolved by [`dyad_actors::Resolver`] with one
//! [`dyad_actors::ArticleContext`] per article (so within-article reference and the
//! country in focus work across sentences).
//!
//! One JSON object per mention on standard output:
//! `{"document_id", "text", "start", "end", "code", "resolved_by", "sentence_index"}`.
//! - `start`/`end`: Unicode scalar (char) offsets, half-open, into the article text as
//!   decoded (the whole decoded content of a plain-text file, or the record's `text`
//!   field). For a record's `title` field (JSON Lines, CSV), they are char offsets into
//!   that title and the object carries `"in": "title"`.
//! - `text`: the original text at those offsets.
//! - `code`: the CAMEO actor code, or `null` for a name no dictionary knows.
//! - `resolved_by`: `entry`, `agent`, `composition`, `reference` or `unresolved`.
//! - `sentence_index`: 0 for the headline (title) sentences, 1, 2, ... for the body
//!   sentences in order.
//!
//! The reference date is the article's publication date; when it is unknown, today's date
//! (UTC) is used and a diagnostic says so on standard error. `--date` overrides it. A date
//! after the dictionaries' `valid_through` gets a warning. A closing summary (articles,
//! mentions, failed records) goes to standard error.

use std::io::{BufWriter, Write};
use std::ops::Range;
use std::process::ExitCode;

use anyhow::Context;
use dyad_actors::{ArticleContext, Dictionary, NaiveDate, ParsedWord, Resolver};
use dyad_article::{Article, Articles, Format, Input, ReadOptions, TitleOrigin, Unit};
use dyad_text::{CharOffsets, Normalized};
use serde::Serialize;

/// Arguments of `dyad actors`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (walked for .txt, .jsonl, .csv) or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    /// Reference date (YYYY-MM-DD) for every article, instead of its publication date.
    #[arg(long, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// Model file (default: the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<std::path::PathBuf>,
    /// Input format for all inputs (default: by extension; standard input is text); also
    /// `--input-format`, the name `dyad code` and `dyad parse` use.
    #[arg(long, value_enum, alias = "input-format")]
    pub format: Option<super::read::FormatArg>,
}

/// One mention as printed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MentionOut {
    /// The article's identifier.
    pub document_id: String,
    /// Original text of the mention.
    pub text: String,
    /// Char offset (start, inclusive).
    pub start: usize,
    /// Char offset (end, exclusive).
    pub end: usize,
    /// CAMEO actor code, if known.
    pub code: Option<String>,
    /// How the code was found.
    pub resolved_by: &'static str,
    /// 0 = headline, then body sentences from 1.
    pub sentence_index: usize,
    /// `"title"` when the offsets are into a record's title field.
    #[serde(rename = "in", skip_serializing_if = "Option::is_none")]
    pub within: Option<&'static str>,
}

/// Today's date (UTC) from the system clock.
pub fn today() -> NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    // 1970-01-01 is day 719 163 counted from 0001-01-01 (day 1).
    i32::try_from(days)
        .ok()
        .and_then(|d| NaiveDate::from_num_days_from_ce_opt(719_163 + d))
        .unwrap_or_default()
}

/// Tokenises, parses and wraps one sentence `unit` of normalised text `norm`.
fn parse_unit(model: &dyad_syntax::Model, norm: &Normalized, unit: &Unit) -> Vec<ParsedWord> {
    let text = norm.as_str();
    let tokens = dyad_text::tokenize(text, unit.norm.clone());
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut forms: Vec<&str> = Vec::new();
    for t in &tokens {
        for w in &t.words {
            spans.push(w.span.clone());
            forms.push(&w.form);
        }
    }
    model
        .analyse_words(&forms)
        .into_iter()
        .zip(forms.iter().zip(spans))
        .map(|(a, (form, span))| ParsedWord {
            form: (*form).to_string(),
            lemma: a.lemma,
            upos: a.upos.to_string(),
            head: a.head as usize,
            deprel: a.deprel.to_string(),
            span,
        })
        .collect()
}

/// Resolves every actor mention of one article at `date` (the plumbing behind
/// `dyad actors`): headline sentences first (`sentence_index` 0), then body sentences.
pub fn article_mentions(
    model: &dyad_syntax::Model,
    resolver: &Resolver<'_>,
    article: &Article,
    date: NaiveDate,
) -> Vec<MentionOut> {
    let mut ctx = ArticleContext::new();
    let mut out = Vec::new();
    let offsets = CharOffsets::new(&article.text);
    if let Some(title) = &article.title {
        let (norm, base, within) = match (&title.normalized, title.origin) {
            (Some(own), TitleOrigin::Field) => (own, title.text.as_str(), Some("title")),
            _ => (&article.normalized, article.text.as_str(), None),
        };
        let own_offsets;
        let offs = if within.is_some() {
            own_offsets = CharOffsets::new(base);
            &own_offsets
        } else {
            &offsets
        };
        for s in &title.sentences {
            let words = parse_unit(model, norm, s);
            for m in resolver.resolve_sentence(&words, norm.as_str(), date, &mut ctx, true) {
                let r = norm.original_range(m.span.clone());
                out.push(MentionOut {
                    document_id: article.id.clone(),
                    text: base.get(r.clone()).unwrap_or("").to_string(),
                    start: offs.char_of(r.start),
                    end: offs.char_of(r.end),
                    code: m.code,
                    resolved_by: m.resolved_by.as_str(),
                    sentence_index: 0,
                    within,
                });
            }
        }
    }
    for (i, s) in article.sentences().enumerate() {
        let words = parse_unit(model, &article.normalized, s);
        let norm = &article.normalized;
        for m in resolver.resolve_sentence(&words, norm.as_str(), date, &mut ctx, false) {
            let r = norm.original_range(m.span.clone());
            out.push(MentionOut {
                document_id: article.id.clone(),
                text: article.text.get(r.clone()).unwrap_or("").to_string(),
                start: offsets.char_of(r.start),
                end: offsets.char_of(r.end),
                code: m.code,
                resolved_by: m.resolved_by.as_str(),
                sentence_index: i + 1,
                within: None,
            });
        }
    }
    out
}

/// Runs `dyad actors`.
///
/// # Errors
/// The dictionaries or the model do not load, or standard output cannot be written. Bad
/// input is reported per record on standard error (exit status 1).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dict = Dictionary::shipped_shared()
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("loading the actor dictionaries")?;
    let model = match &args.model {
        Some(p) => dyad_syntax::Model::load(p)?,
        None => dyad_syntax::Model::shipped()?,
    };
    let resolver = Resolver::new(dict);
    let inputs: Vec<Input> = args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let options = ReadOptions {
        format: args.format.map(|f| match f {
            super::read::FormatArg::Text => Format::Text,
            super::read::FormatArg::Jsonl => Format::Jsonl,
            super::read::FormatArg::Csv => Format::Csv,
        }),
        ..ReadOptions::default()
    };
    let valid_through = dict.valid_through();
    let mut warned_late = false;
    let (mut articles, mut mentions) = (0usize, 0usize);
    for item in Articles::new(inputs, options) {
        let article = match item {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                eprintln!("dyad actors: error: {e}");
                continue;
            }
        };
        let date = match (args.date, article.date) {
            (Some(d), _) | (None, Some(d)) => d,
            (None, None) => {
                let d = today();
                eprintln!(
                    "dyad actors: {}: no publication date; resolving at today's date {d}",
                    article.id
                );
                d
            }
        };
        if date > valid_through && !warned_late {
            warned_late = true;
            eprintln!(
                "dyad actors: {}: reference date {date} is after {valid_through}, the last date \
                 the actor dictionaries are vouched for; people's roles may be out of date",
                article.id
            );
        }
        articles += 1;
        for m in article_mentions(&model, &resolver, &article, date) {
            mentions += 1;
            serde_json::to_writer(&mut out, &m)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    eprintln!("dyad actors: {articles} article(s), {mentions} mention(s), {failed} failed");
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real pipeline on the seed article: every actor of the gold list resolves to its
    /// code (a mention containing the actor's text, leading "the" aside, with that code or
    /// one of its `also` codes).
    #[test]
    fn seed_actors_resolve() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed");
        let path = format!("{shared}/000_d31cdf574a7b9d58.txt");
        let Ok(gold) = std::fs::read_to_string(format!("{shared}/seed.gold.json")) else {
            eprintln!("skipping: {shared} is absent");
            return;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold parses");
        let dict = Dictionary::shipped().expect("dictionaries");
        let model = dyad_syntax::Model::shipped().expect("model");
        let resolver = Resolver::new(&dict);
        let article = Articles::new(vec![Input::from_arg(&path)], ReadOptions::default())
            .next()
            .expect("one article")
            .expect("reads");
        assert_eq!(article.date, NaiveDate::from_ymd_opt(2022, 10, 7));
        let date = article.date.expect("dated");
        let mentions = article_mentions(&model, &resolver, &article, date);
        for m in &mentions {
            eprintln!(
                "{} {}..{} {:?} {:?} {}",
                m.sentence_index, m.start, m.end, m.text, m.code, m.resolved_by
            );
            let chars: String = article
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(chars, m.text, "offsets are char offsets into the text");
        }
        let mut missing = Vec::new();
        let actors = gold["actors"].as_array().expect("actors list");
        for a in actors {
            let text = a["text"].as_str().expect("text");
            let mut codes = vec![a["code"].as_str().expect("code")];
            if let Some(also) = a["also"].as_array() {
                codes.extend(also.iter().filter_map(|c| c.as_str()));
            }
            // A leading article is not part of a mention ("the Maduro regime").
            let text = text.strip_prefix("the ").unwrap_or(text);
            let found = mentions.iter().any(|m| {
                m.text.contains(text) && m.code.as_deref().is_some_and(|c| codes.contains(&c))
            });
            if !found {
                missing.push(format!("{text} -> {codes:?}"));
            }
        }
        assert!(missing.is_empty(), "unresolved gold actors: {missing:?}");
        assert!(actors.len() >= 8);
    }
}

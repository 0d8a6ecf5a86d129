//! Article structure on decoded text: headline, repeats, date line, byline, dateline,
//! paragraphs, sentences, boilerplate.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::Datelike;
use dyad_text::{Normalized, split_sentences};
use regex::Regex;

use crate::boilerplate::{BoilerplateKind, classify_line, parse_byline};
use crate::date::{parse_date_line, parse_date_value};
use crate::dateline::find_dateline;
use crate::error::{Diagnostic, Location, Severity};
use crate::input::RecordMeta;
use crate::{Article, Boilerplate, DateOrigin, Dateline, Paragraph, Title, TitleOrigin, Unit};

/// Longest line (in chars) taken as a headline.
const MAX_HEADLINE_CHARS: usize = 300;
/// Most words in a first line ending with a full stop that is still taken as a headline.
const MAX_HEADLINE_WORDS_WITH_STOP: usize = 20;
/// How many non-empty lines after the headline are looked at for repeats, date lines and
/// bylines before the body starts.
const MAX_HEADER_LINES: usize = 8;

/// Credits glued to the end of the last paragraph: "... said. (Reporting by X; Editing by Y)".
static GLUED_CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*[\(\[]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^\)\]]*[\)\]]\s*$",
    )
    .expect("pattern")
});

/// A non-empty line of the normalised text: trimmed byte range, and whether a blank line
/// stands before it.
#[derive(Debug, Clone)]
struct Line {
    norm: Range<usize>,
    blank_before: bool,
}

fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank_before = false;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let trimmed_start = raw.len() - raw.trim_start().len();
        let content = raw.trim();
        if content.is_empty() {
            blank_before = true;
            continue;
        }
        let s = start + trimmed_start;
        out.push(Line {
            norm: s..s + content.len(),
            blank_before,
        });
        blank_before = false;
    }
    out
}

/// Letters and digits of a line, lower-cased: two lines with the same key are copies.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn unit(norm: &Normalized, r: Range<usize>) -> Unit {
    Unit {
        span: norm.original_range(r.clone()),
        norm: r,
    }
}

fn sentences(norm: &Normalized, r: Range<usize>) -> Vec<Unit> {
    split_sentences(norm.as_str(), r)
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| unit(norm, s))
        .collect()
}

fn line_number(text: &str, byte: usize) -> u64 {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// Finds the structure of one article.
///
/// `text` is the decoded text (the base of all spans); `meta` holds the record's fields
/// (`meta.is_record == false` for a plain-text file, whose first line is the headline);
/// `location` names the file and record; `diagnostics` are those gathered so far (from
/// decoding) and are kept first. Linguistic trouble never fails: it becomes a diagnostic.
pub fn analyse(
    text: String,
    meta: RecordMeta,
    location: Location,
    mut diagnostics: Vec<Diagnostic>,
) -> Article {
    let norm = Normalized::new(&text);
    let ns = norm.as_str();
    // For a plain-text file, lines of the text are lines of the file.
    let diag_location = |byte: usize| -> Location {
        if meta.is_record {
            location.clone()
        } else {
            location.at_line(line_number(&text, byte))
        }
    };
    for r in norm.repairs() {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: "mojibake_repair",
            message: format!("double-encoded UTF-8 {:?} read as {:?}", r.from, r.to),
            location: diag_location(r.original.start),
            span: Some(r.original.clone()),
        });
    }

    let lines = lines_of(ns);
    let mut boilerplate: Vec<Boilerplate> = Vec::new();
    let mut i = 0;

    // Title.
    let mut title: Option<Title> = None;
    let mut title_key = String::new();
    if let Some(field) = meta.title.as_deref().filter(|t| !t.trim().is_empty()) {
        let tnorm = Normalized::new(field);
        let tn = tnorm.as_str();
        let start = tn.len() - tn.trim_start().len();
        let end = tn.trim_end().len();
        let norm_range = start..end.max(start);
        title_key = key(&tn[norm_range.clone()]);
        for r in tnorm.repairs() {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "mojibake_repair",
                message: format!(
                    "title: double-encoded UTF-8 {:?} read as {:?}",
                    r.from, r.to
                ),
                location: location.clone(),
                span: None,
            });
        }
        let sents = sentences(&tnorm, norm_range.clone());
        title = Some(Title {
            text: field.to_owned(),
            origin: TitleOrigin::Field,
            span: tnorm.original_range(norm_range.clone()),
            norm: norm_range,
            sentences: sents,
            normalized: Some(tnorm),
        });
    } else if !meta.is_record {
        if let Some(first) = lines.first() {
            let line = &ns[first.norm.clone()];
            // A long first line that ends like a sentence is a lede, not a headline.
            let reads_like_lede = line.ends_with('.')
                && line.split_whitespace().count() > MAX_HEADLINE_WORDS_WITH_STOP;
            let is_headline = line.chars().count() <= MAX_HEADLINE_CHARS
                && !reads_like_lede
                && find_dateline(line).is_none()
                && parse_date_line(line).is_none()
                && parse_byline(line).is_none()
                && classify_line(line, false).is_none();
            if is_headline {
                let u = unit(&norm, first.norm.clone());
                title_key = key(line);
                title = Some(Title {
                    text: text[u.span.clone()].to_owned(),
                    origin: TitleOrigin::Headline,
                    span: u.span,
                    norm: u.norm,
                    sentences: sentences(&norm, first.norm.clone()),
                    normalized: None,
                });
                i = 1;
            } else {
                diagnostics.push(Diagnostic {
                    severity: Severity::Info,
                    code: "title_missing",
                    message: "first line is not a headline (a date line, byline, boilerplate or \
                              a long paragraph): no title"
                        .to_owned(),
                    location: diag_location(first.norm.start),
                    span: None,
                });
            }
        }
    }

    // Header lines: repeats of the title, date lines, byline, page furniture.
    let mut date_line: Option<(Unit, crate::date::DateLine)> = None;
    let mut byline: Option<Unit> = None;
    let mut seen = 0;
    while i < lines.len() && seen < MAX_HEADER_LINES {
        let l = &lines[i];
        let s = &ns[l.norm.clone()];
        if !title_key.is_empty() && key(s) == title_key {
            boilerplate.push(Boilerplate {
                kind: BoilerplateKind::RepeatedHeadline,
                unit: unit(&norm, l.norm.clone()),
            });
        } else if let Some(d) = parse_date_line(s) {
            if date_line.is_none() {
                date_line = Some((unit(&norm, l.norm.clone()), d));
            } else {
                boilerplate.push(Boilerplate {
                    kind: BoilerplateKind::DateLine,
                    unit: unit(&norm, l.norm.clone()),
                });
            }
        } else if let Some(b) = parse_byline(s).filter(|_| byline.is_none()) {
            let r = l.norm.start + b.start..l.norm.start + b.end;
            byline = Some(unit(&norm, r));
        } else if let Some(kind) = classify_line(s, false) {
            boilerplate.push(Boilerplate {
                kind,
                unit: unit(&norm, l.norm.clone()),
            });
        } else {
            break;
        }
        i += 1;
        seen += 1;
    }

    // Trailing boilerplate, scanned from the end.
    let body_start = i;
    let mut body_end = lines.len();
    while body_end > body_start {
        let l = &lines[body_end - 1];
        match classify_line(&ns[l.norm.clone()], true) {
            Some(kind) => {
                boilerplate.push(Boilerplate {
                    kind,
                    unit: unit(&norm, l.norm.clone()),
                });
                body_end -= 1;
            }
            None => break,
        }
    }
    let mut body: Vec<(Range<usize>, bool)> = Vec::new();
    for l in &lines[body_start..body_end] {
        let s = &ns[l.norm.clone()];
        if let Some(kind) = classify_line(s, false) {
            boilerplate.push(Boilerplate {
                kind,
                unit: unit(&norm, l.norm.clone()),
            });
            // A boilerplate line breaks a paragraph like a blank line.
            body.push((l.norm.end..l.norm.end, true));
            continue;
        }
        body.push((l.norm.clone(), l.blank_before));
    }
    // Credits glued to the end of the last line.
    if let Some(last) = body.iter_mut().rev().find(|(r, _)| !r.is_empty()) {
        let s = &ns[last.0.clone()];
        if let Some(m) = GLUED_CREDITS.find(s) {
            if m.start() > 0 {
                let cut = last.0.start + m.start();
                let credits_start = cut + (m.as_str().len() - m.as_str().trim_start().len());
                boilerplate.push(Boilerplate {
                    kind: BoilerplateKind::Credits,
                    unit: unit(&norm, credits_start..last.0.end),
                });
                last.0.end = cut;
            }
        }
    }

    // Paragraphs: blank-line separated runs, or one per line when the body has no blank line.
    let real: Vec<&(Range<usize>, bool)> = body.iter().filter(|(r, _)| !r.is_empty()).collect();
    let blank_separated = real.iter().skip(1).any(|(_, blank)| *blank);
    if !blank_separated && real.len() > 1 {
        diagnostics.push(Diagnostic {
            severity: Severity::Info,
            code: "layout",
            message: "no blank line between body lines: each line taken as a paragraph".to_owned(),
            location: location.clone(),
            span: None,
        });
    }
    let mut paras: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for (r, blank_before) in &body {
        if r.is_empty() {
            // A boilerplate line: ends the current paragraph.
            if let Some(c) = current.take() {
                paras.push(c);
            }
            continue;
        }
        match current.as_mut() {
            Some(c) if blank_separated && !blank_before => c.end = r.end,
            _ => {
                if let Some(c) = current.take() {
                    paras.push(c);
                }
                current = Some(r.clone());
            }
        }
    }
    if let Some(c) = current.take() {
        paras.push(c);
    }

    // Dateline at the start of the lede.
    let mut dateline = None;
    if let Some(first) = paras.first_mut() {
        if let Some(d) = find_dateline(&ns[first.clone()]) {
            let base = first.start;
            let dunit = unit(&norm, base + d.span.start..base + d.span.end);
            let place_span = norm.original_range(base + d.place.start..base + d.place.end);
            dateline = Some(Dateline {
                unit: dunit,
                place: text[place_span].to_owned(),
                agency: d
                    .agency
                    .map(|a| text[norm.original_range(base + a.start..base + a.end)].to_owned()),
                glued: d.glued,
            });
            if d.glued {
                let span = norm.original_range(base + d.span.start..base + d.span.end);
                diagnostics.push(Diagnostic {
                    severity: Severity::Info,
                    code: "dateline_glued",
                    message: format!(
                        "dateline {:?} has no separator before the lede: cut by place name",
                        &text[span.clone()]
                    ),
                    location: diag_location(span.start),
                    span: Some(span),
                });
            }
            first.start = base + d.lede_start;
            if first.start >= first.end {
                paras.remove(0);
            }
        }
    }

    let paragraphs: Vec<Paragraph> = paras
        .into_iter()
        .map(|r| Paragraph {
            span: norm.original_range(r.clone()),
            sentences: sentences(&norm, r.clone()),
            norm: r,
        })
        .collect();
    if paragraphs.is_empty() {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: "no_body",
            message: "no body paragraph found (only headline, date line or boilerplate)".to_owned(),
            location: location.clone(),
            span: None,
        });
    }

    // Date: the column when it parses, else the date line.
    let mut date = None;
    let mut date_origin = None;
    if let Some(col) = meta.date.as_deref().filter(|d| !d.trim().is_empty()) {
        match parse_date_value(col) {
            Some(d) => {
                date = Some(d);
                date_origin = Some(DateOrigin::Column);
            }
            None => diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "date_column_unparsed",
                message: format!("date {col:?} is not a date in a known form"),
                location: location.clone(),
                span: None,
            }),
        }
    }
    if let Some((u, d)) = &date_line {
        if let Some(w) = d.weekday_mismatch {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "weekday_mismatch",
                message: format!(
                    "date line names {w:?} but {} is a {:?}",
                    d.date,
                    d.date.weekday()
                ),
                location: diag_location(u.span.start),
                span: Some(u.span.clone()),
            });
        }
        match date {
            None => {
                date = Some(d.date);
                date_origin = Some(DateOrigin::DateLine);
            }
            Some(c) if c != d.date => diagnostics.push(Diagnostic {
                severity: Severity::Info,
                code: "date_mismatch",
                message: format!("date column {c} differs from the date line {}", d.date),
                location: diag_location(u.span.start),
                span: Some(u.span.clone()),
            }),
            Some(_) => {}
        }
    }

    boilerplate.sort_by_key(|b| b.unit.span.start);
    Article {
        id: meta.id.clone().unwrap_or_default(),
        location,
        url: meta.url,
        source: meta.source,
        title,
        date,
        date_origin,
        date_line: date_line.map(|(u, _)| u),
        dateline,
        byline,
        paragraphs,
        boilerplate,
        diagnostics,
        normalized: norm,
        text,
    }
}

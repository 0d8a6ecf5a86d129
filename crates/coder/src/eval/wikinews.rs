//! Precision and recall of the coder against the hand-coded Wikinews gold events
//! (`data/gold/wikinews_events.jsonl`; format and suggested scoring in `data/gold/README.md`).
//!
//! # Matching
//! A [`Prediction`] (one coded event) matches a [`GoldEvent`] when
//! * its CAMEO code is in the gold `cameo` list;
//! * its source code is in the gold `source` list, or it has no source (empty or `---`) and
//!   the list holds `---`; its target likewise ([`actor_matches`]);
//! * its date fits the gold date ([`GoldDate::matches`]): for `day` precision equal to the
//!   date or one of `alt_dates`, for `month` or `year` inside that period, anything for a null
//!   date;
//! * for a `symmetric` gold event, the swapped dyad (target as source) matches as well.
//!
//! Sentence offsets are evidence, not part of the primary match. Two variants are scored
//! besides ([`MatchRules`]): *strict* also requires one of the prediction's mention sentences
//! to overlap the gold sentence or an `also_in` sentence (same field); *loose* compares actor
//! codes by their first three letters (the country block, `IGO` for international bodies).
//!
//! # Scores
//! * Recall = required gold events matched / required gold events. Each gold event is matched
//!   at most once and each prediction fills at most one gold event (a maximum bipartite
//!   matching between required events and predictions; repeats of a (date, source, code,
//!   target) are left out).
//! * Precision = correct predictions / predictions. A prediction is correct when it matches
//!   some gold event (required or optional), is not the repeat of an earlier prediction with
//!   the same (date, source, code, target), and is not a forbidden hit.
//! * A forbidden hit is a prediction whose code, source and target are a combination a
//!   [`Forbidden`] entry lists (exact codes; `---` as above) and one of whose mention
//!   sentences overlaps that entry's sentence. It is an error whatever else it matches, and
//!   is counted separately; it still may fill a required gold event for recall (the coder
//!   merges mentions of one (date, source, code, target), so the real event and the
//!   forbidden mention can be one prediction).
//!
//! Offsets are Unicode scalar (char) offsets, half-open, into the CSV field the gold names
//! (`text` or `title`), as the coder's output gives them.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use dyad_article::{Article, Articles, Input, ReadOptions, TitleOrigin};
use dyad_text::CharOffsets;
use serde::{Deserialize, Serialize};

use super::{EvalError, f1, ratio};
use crate::{CodedArticle, Coder, Event};

/// The bars issue 5 sets on this gold file: precision >= 75%.
pub const PRECISION_BAR: f64 = 0.75;
/// Recall >= 50%.
pub const RECALL_BAR: f64 = 0.50;

/// A sentence of an article: the field and its char span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceRef {
    /// `"text"` or `"title"`.
    pub field: String,
    /// Char offset of the first char in the field.
    pub start: usize,
    /// Char offset after the last char (exclusive).
    pub end: usize,
}

impl SentenceRef {
    /// A span of `field`.
    pub fn new(field: &str, start: usize, end: usize) -> SentenceRef {
        SentenceRef {
            field: field.to_string(),
            start,
            end,
        }
    }

    /// Whether the two spans are in the same field and share at least one char.
    pub fn overlaps(&self, other: &SentenceRef) -> bool {
        self.field == other.field && self.start < other.end && other.start < self.end
    }
}

/// The date of a gold event, as precise as the text makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldDate {
    /// `date: null`: the text gives no date; any date matches.
    Any,
    /// `day` precision: the date first, then its `alt_dates`.
    Day(Vec<NaiveDate>),
    /// `month` precision: year and month (1-12).
    Month(i32, u32),
    /// `year` precision.
    Year(i32),
}

impl GoldDate {
    /// Whether a predicted date fits: one of the days, inside the month or year, or anything
    /// for [`GoldDate::Any`]. A prediction without a date matches only [`GoldDate::Any`].
    pub fn matches(&self, date: Option<NaiveDate>) -> bool {
        match (self, date) {
            (GoldDate::Any, _) => true,
            (_, None) => false,
            (GoldDate::Day(days), Some(d)) => days.contains(&d),
            (GoldDate::Month(y, m), Some(d)) => d.year() == *y && d.month() == *m,
            (GoldDate::Year(y), Some(d)) => d.year() == *y,
        }
    }
}

/// One hand-coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEvent {
    /// `<article key>-E<n>`.
    pub id: String,
    /// The sentence that reports it, then its `also_in` sentences.
    pub sentences: Vec<SentenceRef>,
    /// Accepted source codes, preferred first (`---`: no source named).
    pub source: Vec<String>,
    /// Accepted target codes.
    pub target: Vec<String>,
    /// Accepted CAMEO event codes.
    pub cameo: Vec<String>,
    /// The event date.
    pub date: GoldDate,
    /// Background event cited for context.
    pub historical: bool,
    /// Counts towards recall (else optional: neither rewarded nor penalised).
    pub required: bool,
    /// The swapped dyad also matches.
    pub symmetric: bool,
    /// The coder's note.
    pub note: String,
}

/// A (source, code, target) combination that must not be coded from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Forbidden {
    /// The sentence.
    pub sentence: SentenceRef,
    /// Source codes of the forbidden combination.
    pub source: Vec<String>,
    /// CAMEO codes.
    pub cameo: Vec<String>,
    /// Target codes.
    pub target: Vec<String>,
    /// Why it is not an event.
    pub note: String,
}

/// One article of the gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldArticle {
    /// Short key (`wn19-mahan`): the event ids' prefix, else `<file>:<line>`.
    pub key: String,
    /// The record's `url` column.
    pub url: String,
    /// The CSV file name (`wikinews_2019.csv`).
    pub file: String,
    /// The record's `date` column.
    pub publication_date: NaiveDate,
    /// Events, in sentence order.
    pub events: Vec<GoldEvent>,
    /// Forbidden entries.
    pub forbidden: Vec<Forbidden>,
    /// 1-based line in the gold file.
    pub line: usize,
}

#[derive(Deserialize)]
struct RawArticle {
    url: String,
    file: String,
    publication_date: String,
    events: Vec<RawEvent>,
    #[serde(default)]
    forbidden: Vec<RawForbidden>,
}

#[derive(Deserialize)]
struct RawAlso {
    field: String,
    sentence: [usize; 2],
}

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    field: String,
    sentence: [usize; 2],
    #[serde(default)]
    also_in: Vec<RawAlso>,
    source: Vec<String>,
    target: Vec<String>,
    cameo: Vec<String>,
    date: Option<String>,
    date_precision: Option<String>,
    #[serde(default)]
    alt_dates: Vec<String>,
    #[serde(default)]
    historical: bool,
    required: bool,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct RawForbidden {
    field: String,
    sentence: [usize; 2],
    source: Vec<String>,
    cameo: Vec<String>,
    target: Vec<String>,
    #[serde(default)]
    note: String,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("bad date {s:?}: {e}"))
}

fn sentence_ref(field: &str, span: [usize; 2], what: &str) -> Result<SentenceRef, String> {
    if field != "text" && field != "title" {
        return Err(format!(
            "{what}: field {field:?} is neither \"text\" nor \"title\""
        ));
    }
    if span[0] > span[1] {
        return Err(format!("{what}: sentence {span:?} ends before it starts"));
    }
    Ok(SentenceRef::new(field, span[0], span[1]))
}

fn nonempty(list: &[String], what: &str, id: &str) -> Result<(), String> {
    if list.is_empty() {
        Err(format!("{id}: empty `{what}` list"))
    } else {
        Ok(())
    }
}

fn gold_event(raw: RawEvent) -> Result<GoldEvent, String> {
    let id = raw.id;
    nonempty(&raw.source, "source", &id)?;
    nonempty(&raw.target, "target", &id)?;
    nonempty(&raw.cameo, "cameo", &id)?;
    let date = match (raw.date.as_deref(), raw.date_precision.as_deref()) {
        (None, None) => GoldDate::Any,
        (Some(d), Some("day")) => {
            let mut days = vec![parse_day(d)?];
            for a in &raw.alt_dates {
                days.push(parse_day(a)?);
            }
            GoldDate::Day(days)
        }
        (Some(d), Some("month")) => {
            let d = parse_day(d)?;
            GoldDate::Month(d.year(), d.month())
        }
        (Some(d), Some("year")) => GoldDate::Year(parse_day(d)?.year()),
        (d, p) => {
            return Err(format!(
                "{id}: date {d:?} with date_precision {p:?} (expected a date with \"day\", \
                 \"month\" or \"year\", or both null)"
            ));
        }
    };
    let mut sentences = vec![sentence_ref(&raw.field, raw.sentence, &id)?];
    for a in &raw.also_in {
        sentences.push(sentence_ref(&a.field, a.sentence, &id)?);
    }
    Ok(GoldEvent {
        id,
        sentences,
        source: raw.source,
        target: raw.target,
        cameo: raw.cameo,
        date,
        historical: raw.historical,
        required: raw.required,
        symmetric: raw.symmetric,
        note: raw.note,
    })
}

fn gold_article(raw: RawArticle, line: usize) -> Result<GoldArticle, String> {
    let publication_date = parse_day(&raw.publication_date)?;
    let events = raw
        .events
        .into_iter()
        .map(gold_event)
        .collect::<Result<Vec<_>, _>>()?;
    let forbidden = raw
        .forbidden
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let what = format!("forbidden entry {}", i + 1);
            Ok(Forbidden {
                sentence: sentence_ref(&f.field, f.sentence, &what)?,
                source: f.source,
                cameo: f.cameo,
                target: f.target,
                note: f.note,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let key = events
        .first()
        .and_then(|e| e.id.rsplit_once("-E"))
        .map_or_else(|| format!("{}:{line}", raw.file), |(k, _)| k.to_string());
    Ok(GoldArticle {
        key,
        url: raw.url,
        file: raw.file,
        publication_date,
        events,
        forbidden,
        line,
    })
}

/// Parses the gold file's text (JSON Lines, one article per line; blank lines skipped).
///
/// # Errors
/// [`EvalError::Gold`] naming `path` and the line of the first malformed record (bad JSON,
/// a missing field, a bad date or field name, an empty code list).
pub fn parse_gold(text: &str, path: &Path) -> Result<Vec<GoldArticle>, EvalError> {
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let err = |detail: String| EvalError::Gold {
            path: path.to_path_buf(),
            line: i + 1,
            detail,
        };
        let raw: RawArticle = serde_json::from_str(l).map_err(|e| err(e.to_string()))?;
        out.push(gold_article(raw, i + 1).map_err(err)?);
    }
    Ok(out)
}

/// Reads and parses the gold file.
///
/// # Errors
/// [`EvalError::Io`] when it cannot be read, else as [`parse_gold`].
pub fn load_gold(path: &Path) -> Result<Vec<GoldArticle>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_gold(&text, path)
}

/// The gold articles' records, in gold order, read from `dir/<file>` by `dyad_article`
/// exactly as `dyad code dir/<file>` reads them.
///
/// # Errors
/// [`EvalError::Io`] when a CSV file is missing, [`EvalError::Articles`] when it cannot be
/// read as articles, [`EvalError::MissingRecord`] when a gold URL is not in its file.
pub fn find_articles(gold: &[GoldArticle], dir: &Path) -> Result<Vec<Article>, EvalError> {
    let mut by_file: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, g) in gold.iter().enumerate() {
        by_file.entry(g.file.as_str()).or_default().push(i);
    }
    let mut found: Vec<Option<Article>> = vec![None; gold.len()];
    for (file, wanted) in &by_file {
        let path: PathBuf = dir.join(file);
        if let Err(source) = std::fs::metadata(&path) {
            return Err(EvalError::Io { path, source });
        }
        for item in Articles::new([Input::Path(path.clone())], ReadOptions::default()) {
            match item {
                Ok(a) => {
                    for &i in wanted {
                        if found[i].is_none() && a.url.as_deref() == Some(gold[i].url.as_str()) {
                            found[i] = Some(a.clone());
                        }
                    }
                }
                Err(e) if e.location().record.is_none() => {
                    return Err(EvalError::Articles {
                        path,
                        detail: e.to_string(),
                    });
                }
                // Another record's trouble; a gold record that fails is reported missing.
                Err(_) => {}
            }
        }
    }
    found
        .into_iter()
        .zip(gold)
        .map(|(a, g)| {
            a.ok_or_else(|| EvalError::MissingRecord {
                path: dir.join(&g.file),
                url: g.url.clone(),
                line: g.line,
            })
        })
        .collect()
}

/// The span of every sentence the coder analyses, by sentence index (the title's sentences
/// first, then the body's, as [`Coder::code_article`] numbers them), in chars of the field.
pub fn sentence_refs(article: &Article) -> Vec<SentenceRef> {
    let body = CharOffsets::new(&article.text);
    let mut out = Vec::new();
    let text_ref = |norm: &std::ops::Range<usize>| {
        let r = article.normalized.original_range(norm.clone());
        SentenceRef::new("text", body.char_of(r.start), body.char_of(r.end))
    };
    if let Some(title) = &article.title {
        match (&title.normalized, title.origin) {
            (Some(norm), TitleOrigin::Field) => {
                let own = CharOffsets::new(&title.text);
                for s in &title.sentences {
                    let r = norm.original_range(s.norm.clone());
                    out.push(SentenceRef::new(
                        "title",
                        own.char_of(r.start),
                        own.char_of(r.end),
                    ));
                }
            }
            _ => out.extend(title.sentences.iter().map(|s| text_ref(&s.norm))),
        }
    }
    out.extend(article.sentences().map(|s| text_ref(&s.norm)));
    out
}

/// One coded event as the scorer sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// CAMEO event code.
    pub cameo: String,
    /// Source actor code (empty: none).
    pub source: String,
    /// Target actor code (empty: none).
    pub target: String,
    /// Event date (`None` when the coder's date does not parse).
    pub date: Option<NaiveDate>,
    /// Every sentence that reported it, first reporting sentence first.
    pub sentences: Vec<SentenceRef>,
    /// The source mention's text.
    pub source_text: String,
    /// The target mention's text.
    pub target_text: String,
    /// The trigger word.
    pub verb: String,
}

impl Prediction {
    /// The scorer's view of `event`; `spans` are the article's sentence spans by index
    /// ([`sentence_refs`]) and give the mention sentences after the first (an index out of
    /// range is skipped).
    pub fn from_event(event: &Event, spans: &[SentenceRef]) -> Prediction {
        let first = SentenceRef::new(
            event.sentence.field,
            event.sentence.start,
            event.sentence.end,
        );
        let mut sentences = vec![first];
        for &i in &event.mention_sentences {
            if i == event.sentence.index {
                continue;
            }
            if let Some(s) = spans.get(i) {
                sentences.push(s.clone());
            }
        }
        Prediction {
            cameo: event.cameo.clone(),
            source: event.source_code().to_string(),
            target: event.target_code().to_string(),
            date: NaiveDate::parse_from_str(&event.date, "%Y-%m-%d").ok(),
            sentences,
            source_text: event.source_text().to_string(),
            target_text: event.target_text().to_string(),
            verb: event.verb.text.clone(),
        }
    }
}

/// How strictly a prediction must agree with a gold event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MatchRules {
    /// A mention sentence must overlap one of the gold event's sentences.
    pub sentence_overlap: bool,
    /// Actor codes compare by their first three letters only.
    pub country_block: bool,
}

impl MatchRules {
    /// The primary figure: codes as the gold lists them, sentences not compared.
    pub const PRIMARY: MatchRules = MatchRules {
        sentence_overlap: false,
        country_block: false,
    };
    /// Primary plus sentence overlap.
    pub const STRICT: MatchRules = MatchRules {
        sentence_overlap: true,
        country_block: false,
    };
    /// Actors by country block (first three letters), sentences not compared.
    pub const LOOSE: MatchRules = MatchRules {
        sentence_overlap: false,
        country_block: true,
    };
}

/// The first three chars of an actor code (its country block, or `IGO`, `IMG`...).
pub fn country_block(code: &str) -> &str {
    code.char_indices().nth(3).map_or(code, |(i, _)| &code[..i])
}

/// Whether a predicted actor code is accepted by a gold list: listed exactly; or empty /
/// `---` when the list holds `---`; with `country_block`, also when its first three letters
/// equal those of a listed code other than `---`.
pub fn actor_matches(accepted: &[String], code: &str, country_block_rule: bool) -> bool {
    if code.is_empty() || code == "---" {
        return accepted.iter().any(|a| a == "---");
    }
    accepted.iter().any(|a| {
        a == code || country_block_rule && a != "---" && country_block(a) == country_block(code)
    })
}

/// Whether `p` matches `gold` under `rules` (see the module documentation).
pub fn matches(gold: &GoldEvent, p: &Prediction, rules: MatchRules) -> bool {
    if !gold.cameo.contains(&p.cameo) || !gold.date.matches(p.date) {
        return false;
    }
    if rules.sentence_overlap
        && !p
            .sentences
            .iter()
            .any(|s| gold.sentences.iter().any(|g| s.overlaps(g)))
    {
        return false;
    }
    let cb = rules.country_block;
    let direct =
        actor_matches(&gold.source, &p.source, cb) && actor_matches(&gold.target, &p.target, cb);
    direct
        || gold.symmetric
            && actor_matches(&gold.source, &p.target, cb)
            && actor_matches(&gold.target, &p.source, cb)
}

/// What keeps `p` from matching `gold` under `rules`: the failing parts among `"code"`,
/// `"date"`, `"sentence"` (strict rules only), `"source"` and `"target"`; empty when it
/// matches. For a symmetric gold event the dyad direction with fewer failing actors is
/// reported.
pub fn mismatches(gold: &GoldEvent, p: &Prediction, rules: MatchRules) -> Vec<&'static str> {
    let mut out = Vec::new();
    if !gold.cameo.contains(&p.cameo) {
        out.push("code");
    }
    if !gold.date.matches(p.date) {
        out.push("date");
    }
    if rules.sentence_overlap
        && !p
            .sentences
            .iter()
            .any(|s| gold.sentences.iter().any(|g| s.overlaps(g)))
    {
        out.push("sentence");
    }
    let cb = rules.country_block;
    let actors = |source: &str, target: &str| {
        let mut v = Vec::new();
        if !actor_matches(&gold.source, source, cb) {
            v.push("source");
        }
        if !actor_matches(&gold.target, target, cb) {
            v.push("target");
        }
        v
    };
    let mut failed = actors(&p.source, &p.target);
    if gold.symmetric {
        let swapped = actors(&p.target, &p.source);
        if swapped.len() < failed.len() {
            failed = swapped;
        }
    }
    out.extend(failed);
    out
}

/// Whether `p` is a combination `f` forbids and one of its mention sentences overlaps
/// `f`'s sentence (codes compared exactly).
pub fn forbidden_hit(f: &Forbidden, p: &Prediction) -> bool {
    f.cameo.contains(&p.cameo)
        && actor_matches(&f.source, &p.source, false)
        && actor_matches(&f.target, &p.target, false)
        && p.sentences.iter().any(|s| s.overlaps(&f.sentence))
}

/// What the scorer decided about one prediction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Matches these gold events (indexes into [`GoldArticle::events`]).
    Correct {
        /// The gold events it matches.
        gold: Vec<usize>,
    },
    /// Repeats an earlier prediction's (date, source, code, target).
    Duplicate,
    /// Hits this forbidden entry (index into [`GoldArticle::forbidden`]).
    Forbidden {
        /// The entry.
        entry: usize,
    },
    /// Matches no gold event.
    Unmatched,
}

/// Scores of one article under one set of [`MatchRules`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleScore {
    /// One outcome per prediction, in prediction order.
    pub outcomes: Vec<Outcome>,
    /// For each gold event: the prediction that fills it in the recall matching (required
    /// events only), or, for an optional event, the first prediction matching it.
    pub filled_by: Vec<Option<usize>>,
    /// Counts.
    pub counts: Counts,
}

/// Counts behind precision and recall; they add up over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predictions.
    pub predicted: usize,
    /// Correct predictions.
    pub correct: usize,
    /// Repeats of an earlier prediction's (date, source, code, target).
    pub duplicates: usize,
    /// Forbidden hits.
    pub forbidden_hits: usize,
    /// Required gold events.
    pub required: usize,
    /// Required gold events matched.
    pub found_required: usize,
    /// Optional gold events.
    pub optional: usize,
    /// Optional gold events some prediction matches.
    pub found_optional: usize,
}

impl Counts {
    /// Adds another article's counts.
    pub fn add(&mut self, o: &Counts) {
        self.predicted += o.predicted;
        self.correct += o.correct;
        self.duplicates += o.duplicates;
        self.forbidden_hits += o.forbidden_hits;
        self.required += o.required;
        self.found_required += o.found_required;
        self.optional += o.optional;
        self.found_optional += o.found_optional;
    }

    /// Correct / predicted (`None` without predictions).
    pub fn precision(&self) -> Option<f64> {
        ratio(self.correct, self.predicted)
    }

    /// Found required / required (`None` without required events).
    pub fn recall(&self) -> Option<f64> {
        ratio(self.found_required, self.required)
    }

    /// F1 of [`Counts::precision`] and [`Counts::recall`].
    pub fn f1(&self) -> Option<f64> {
        f1(self.precision(), self.recall())
    }
}

/// Augmenting path for Kuhn's bipartite matching: gold `g` tries each prediction it
/// matches, displacing a previous holder when that holder can move.
fn augment(
    g: usize,
    edges: &[Vec<usize>],
    seen: &mut [bool],
    holder: &mut [Option<usize>],
) -> bool {
    for &p in &edges[g] {
        if seen[p] {
            continue;
        }
        seen[p] = true;
        if holder[p].is_none_or(|h| augment(h, edges, seen, holder)) {
            holder[p] = Some(g);
            return true;
        }
    }
    false
}

/// Scores the predictions of one article against its gold events (module documentation).
pub fn score_article(gold: &GoldArticle, preds: &[Prediction], rules: MatchRules) -> ArticleScore {
    let matching: Vec<Vec<usize>> = preds
        .iter()
        .map(|p| {
            (0..gold.events.len())
                .filter(|&g| matches(&gold.events[g], p, rules))
                .collect()
        })
        .collect();
    let mut counts = Counts {
        predicted: preds.len(),
        ..Counts::default()
    };
    let mut seen_keys = HashSet::new();
    let mut outcomes = Vec::with_capacity(preds.len());
    for (p, m) in preds.iter().zip(&matching) {
        let first = seen_keys.insert((p.date, &p.source, &p.cameo, &p.target));
        let hit = gold.forbidden.iter().position(|f| forbidden_hit(f, p));
        outcomes.push(if let Some(entry) = hit {
            counts.forbidden_hits += 1;
            Outcome::Forbidden { entry }
        } else if !first {
            counts.duplicates += 1;
            Outcome::Duplicate
        } else if m.is_empty() {
            Outcome::Unmatched
        } else {
            counts.correct += 1;
            Outcome::Correct { gold: m.clone() }
        });
    }
    // Recall: maximum matching of required gold events to predictions (repeats left out).
    let mut edges = vec![Vec::new(); gold.events.len()];
    for (p, m) in matching.iter().enumerate() {
        if outcomes[p] == Outcome::Duplicate {
            continue;
        }
        for &g in m {
            edges[g].push(p);
        }
    }
    let mut holder: Vec<Option<usize>> = vec![None; preds.len()];
    for (g, e) in gold.events.iter().enumerate() {
        if e.required {
            let mut seen = vec![false; preds.len()];
            augment(g, &edges, &mut seen, &mut holder);
        }
    }
    let mut filled_by = vec![None; gold.events.len()];
    for (p, h) in holder.iter().enumerate() {
        if let Some(g) = h {
            filled_by[*g] = Some(p);
        }
    }
    for (g, e) in gold.events.iter().enumerate() {
        if e.required {
            counts.required += 1;
            counts.found_required += usize::from(filled_by[g].is_some());
        } else {
            counts.optional += 1;
            filled_by[g] = edges[g].first().copied();
            counts.found_optional += usize::from(filled_by[g].is_some());
        }
    }
    ArticleScore {
        outcomes,
        filled_by,
        counts,
    }
}

/// The evaluation of one gold article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleResult {
    /// Index of the gold article in the gold list.
    pub gold: usize,
    /// The coder's document id.
    pub document_id: String,
    /// Sentences the coder analysed.
    pub sentences: usize,
    /// The coded events.
    pub predictions: Vec<Prediction>,
    /// Scores with [`MatchRules::PRIMARY`].
    pub primary: ArticleScore,
    /// Scores with [`MatchRules::STRICT`].
    pub strict: ArticleScore,
    /// Scores with [`MatchRules::LOOSE`].
    pub loose: ArticleScore,
}

/// The whole evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Per article, in gold order.
    pub articles: Vec<ArticleResult>,
    /// Totals with [`MatchRules::PRIMARY`].
    pub primary: Counts,
    /// Totals with [`MatchRules::STRICT`].
    pub strict: Counts,
    /// Totals with [`MatchRules::LOOSE`].
    pub loose: Counts,
}

/// Counts of one CAMEO root (primary rules).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RootCounts {
    /// Required gold events whose preferred (first) code has this root.
    pub required: usize,
    /// Of those, found.
    pub found: usize,
    /// Predictions with a code of this root.
    pub predicted: usize,
    /// Of those, correct.
    pub correct: usize,
}

impl Evaluation {
    /// Counts per 2-digit CAMEO root (primary rules), for tuning: required gold events by
    /// the root of their preferred code, predictions by the root of their code.
    pub fn by_root(&self, gold: &[GoldArticle]) -> BTreeMap<String, RootCounts> {
        let root = |code: &str| code.get(..2).unwrap_or(code).to_string();
        let mut out: BTreeMap<String, RootCounts> = BTreeMap::new();
        for a in &self.articles {
            for (e, filled) in gold[a.gold].events.iter().zip(&a.primary.filled_by) {
                if e.required {
                    let r = out.entry(root(&e.cameo[0])).or_default();
                    r.required += 1;
                    r.found += usize::from(filled.is_some());
                }
            }
            for (p, o) in a.predictions.iter().zip(&a.primary.outcomes) {
                let r = out.entry(root(&p.cameo)).or_default();
                r.predicted += 1;
                r.correct += usize::from(matches!(o, Outcome::Correct { .. }));
            }
        }
        out
    }
}

/// Scores one coded article (`article` gives the sentence spans).
pub fn score_coded(
    gold: &[GoldArticle],
    index: usize,
    article: &Article,
    coded: &CodedArticle,
) -> ArticleResult {
    let spans = sentence_refs(article);
    let predictions: Vec<Prediction> = coded
        .events
        .iter()
        .map(|e| Prediction::from_event(e, &spans))
        .collect();
    let g = &gold[index];
    ArticleResult {
        gold: index,
        document_id: coded.document_id.clone(),
        sentences: coded.sentences,
        primary: score_article(g, &predictions, MatchRules::PRIMARY),
        strict: score_article(g, &predictions, MatchRules::STRICT),
        loose: score_article(g, &predictions, MatchRules::LOOSE),
        predictions,
    }
}

/// Adds up article results.
pub fn total(articles: Vec<ArticleResult>) -> Evaluation {
    let (mut primary, mut strict, mut loose) =
        (Counts::default(), Counts::default(), Counts::default());
    for a in &articles {
        primary.add(&a.primary.counts);
        strict.add(&a.strict.counts);
        loose.add(&a.loose.counts);
    }
    Evaluation {
        articles,
        primary,
        strict,
        loose,
    }
}

/// Codes every gold article (`articles[i]` is gold article `i`, as [`find_articles`] gives
/// them) with `coder` and scores it.
///
/// # Panics
/// If `articles` and `gold` differ in length.
pub fn evaluate(coder: &Coder<'_>, gold: &[GoldArticle], articles: &[Article]) -> Evaluation {
    assert_eq!(gold.len(), articles.len(), "one article per gold article");
    total(
        articles
            .iter()
            .enumerate()
            .map(|(i, a)| score_coded(gold, i, a, &coder.code_article(a)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    fn gold_event(source: &[&str], cameo: &[&str], target: &[&str], required: bool) -> GoldEvent {
        GoldEvent {
            id: "t-E1".into(),
            sentences: vec![SentenceRef::new("text", 10, 50)],
            source: strings(source),
            target: strings(target),
            cameo: strings(cameo),
            date: GoldDate::Day(vec![d("2020-03-02")]),
            historical: false,
            required,
            symmetric: false,
            note: String::new(),
        }
    }

    fn pred(source: &str, cameo: &str, target: &str, date: &str, at: usize) -> Prediction {
        Prediction {
            cameo: cameo.into(),
            source: source.into(),
            target: target.into(),
            date: Some(d(date)),
            sentences: vec![SentenceRef::new("text", at, at + 20)],
            source_text: String::new(),
            target_text: String::new(),
            verb: String::new(),
        }
    }

    fn article(events: Vec<GoldEvent>, forbidden: Vec<Forbidden>) -> GoldArticle {
        GoldArticle {
            key: "t".into(),
            url: "u".into(),
            file: "f.csv".into(),
            publication_date: d("2020-03-04"),
            events,
            forbidden,
            line: 1,
        }
    }

    #[test]
    fn dates_match_by_precision() {
        let day = GoldDate::Day(vec![d("2020-03-02"), d("2020-03-01")]);
        assert!(day.matches(Some(d("2020-03-01"))));
        assert!(!day.matches(Some(d("2020-03-03"))));
        assert!(!day.matches(None));
        let month = GoldDate::Month(2020, 3);
        assert!(month.matches(Some(d("2020-03-31"))));
        assert!(!month.matches(Some(d("2020-04-01"))));
        assert!(!month.matches(Some(d("2019-03-10"))));
        assert!(GoldDate::Year(2019).matches(Some(d("2019-12-31"))));
        assert!(!GoldDate::Year(2019).matches(Some(d("2020-01-01"))));
        assert!(GoldDate::Any.matches(None));
    }

    #[test]
    fn actors_exact_dashes_and_country_block() {
        let list = strings(&["USAGOV", "USA"]);
        assert!(actor_matches(&list, "USA", false));
        assert!(!actor_matches(&list, "USAMIL", false));
        assert!(actor_matches(&list, "USAMIL", true));
        assert!(!actor_matches(&list, "", false));
        let dashes = strings(&["---", "AFGINS"]);
        assert!(actor_matches(&dashes, "", false));
        assert!(actor_matches(&dashes, "---", false));
        assert!(!actor_matches(&dashes, "IRQ", true));
        assert_eq!(country_block("IGOUNO"), "IGO");
        assert_eq!(country_block("US"), "US");
    }

    #[test]
    fn sentence_overlap_is_half_open_and_per_field() {
        let a = SentenceRef::new("text", 10, 20);
        assert!(a.overlaps(&SentenceRef::new("text", 19, 30)));
        assert!(!a.overlaps(&SentenceRef::new("text", 20, 30)));
        assert!(!a.overlaps(&SentenceRef::new("title", 10, 20)));
    }

    #[test]
    fn match_needs_code_actors_date_and_allows_swap_when_symmetric() {
        let mut g = gold_event(&["DEUGOV", "DEU"], &["163", "172"], &["IRNBUS"], true);
        assert!(matches(
            &g,
            &pred("DEU", "172", "IRNBUS", "2020-03-02", 0),
            MatchRules::PRIMARY
        ));
        assert!(!matches(
            &g,
            &pred("DEU", "111", "IRNBUS", "2020-03-02", 0),
            MatchRules::PRIMARY
        ));
        assert!(!matches(
            &g,
            &pred("DEU", "163", "IRNBUS", "2020-03-03", 0),
            MatchRules::PRIMARY
        ));
        assert!(!matches(
            &g,
            &pred("DEU", "163", "IRN", "2020-03-02", 0),
            MatchRules::PRIMARY
        ));
        assert!(matches(
            &g,
            &pred("DEU", "163", "IRN", "2020-03-02", 0),
            MatchRules::LOOSE
        ));
        // Sentence at 100..120 does not overlap the gold's 10..50.
        assert!(matches(
            &g,
            &pred("DEU", "163", "IRNBUS", "2020-03-02", 100),
            MatchRules::PRIMARY
        ));
        assert!(!matches(
            &g,
            &pred("DEU", "163", "IRNBUS", "2020-03-02", 100),
            MatchRules::STRICT
        ));
        assert!(matches(
            &g,
            &pred("DEU", "163", "IRNBUS", "2020-03-02", 40),
            MatchRules::STRICT
        ));
        let swapped = pred("IRNBUS", "163", "DEU", "2020-03-02", 0);
        assert!(!matches(&g, &swapped, MatchRules::PRIMARY));
        g.symmetric = true;
        assert!(matches(&g, &swapped, MatchRules::PRIMARY));
    }

    #[test]
    fn mismatches_name_the_failing_parts() {
        let mut g = gold_event(&["DEUGOV"], &["163"], &["IRNBUS"], true);
        let ok = pred("DEUGOV", "163", "IRNBUS", "2020-03-02", 0);
        assert!(mismatches(&g, &ok, MatchRules::STRICT).is_empty());
        let bad = pred("IRNBUS", "111", "DEU", "2020-03-05", 100);
        assert_eq!(
            mismatches(&g, &bad, MatchRules::STRICT),
            vec!["code", "date", "sentence", "source", "target"]
        );
        assert_eq!(
            mismatches(&g, &bad, MatchRules::PRIMARY),
            vec!["code", "date", "source", "target"]
        );
        // Swapped, the prediction's source IRNBUS is the gold target: only the source fails.
        g.symmetric = true;
        assert_eq!(
            mismatches(&g, &bad, MatchRules::PRIMARY),
            vec!["code", "date", "source"]
        );
    }

    #[test]
    fn article_scores_count_precision_recall_duplicates_and_forbidden() {
        let events = vec![
            gold_event(&["AAA"], &["111"], &["BBB"], true),
            gold_event(&["AAA"], &["111"], &["BBB", "CCC"], true),
            gold_event(&["DDD"], &["190"], &["EEE"], true),
            gold_event(&["BBB"], &["016"], &["AAA"], false),
        ];
        let forbidden = vec![Forbidden {
            sentence: SentenceRef::new("text", 200, 260),
            source: strings(&["AAA"]),
            cameo: strings(&["172"]),
            target: strings(&["FFF"]),
            note: String::new(),
        }];
        let g = article(events, forbidden);
        let preds = vec![
            // Fills gold 0 or 1 (both accept it): one prediction fills one gold event only.
            pred("AAA", "111", "BBB", "2020-03-02", 0),
            // Fills gold 1 only: with the matching, both required AAA->111 events are found.
            pred("AAA", "111", "CCC", "2020-03-02", 0),
            // Repeat of the first: a duplicate.
            pred("AAA", "111", "BBB", "2020-03-02", 300),
            // Optional gold 3: correct, not counted for recall.
            pred("BBB", "016", "AAA", "2020-03-02", 0),
            // Forbidden in sentence 200..260.
            pred("AAA", "172", "FFF", "2020-03-02", 210),
            // The same combination (another day) in another sentence is merely unmatched.
            pred("AAA", "172", "FFF", "2020-03-01", 400),
        ];
        let s = score_article(&g, &preds, MatchRules::PRIMARY);
        assert_eq!(
            s.counts,
            Counts {
                predicted: 6,
                correct: 3,
                duplicates: 1,
                forbidden_hits: 1,
                required: 3,
                found_required: 2,
                optional: 1,
                found_optional: 1,
            }
        );
        assert_eq!(s.outcomes[0], Outcome::Correct { gold: vec![0, 1] });
        assert_eq!(s.outcomes[2], Outcome::Duplicate);
        assert_eq!(s.outcomes[4], Outcome::Forbidden { entry: 0 });
        assert_eq!(s.outcomes[5], Outcome::Unmatched);
        assert_eq!(s.filled_by[0], Some(0));
        assert_eq!(s.filled_by[1], Some(1));
        assert_eq!(s.filled_by[2], None);
        assert_eq!(s.filled_by[3], Some(3));
        assert_eq!(s.counts.precision(), Some(0.5));
        assert_eq!(s.counts.recall(), Some(2.0 / 3.0));
    }

    #[test]
    fn counts_by_root() {
        let mut events = vec![
            gold_event(&["AAA"], &["111", "112"], &["BBB"], true),
            gold_event(&["AAA"], &["190"], &["BBB"], true),
            gold_event(&["AAA"], &["042"], &["BBB"], false),
        ];
        events[1].id = "t-E2".into();
        let g = vec![article(events, vec![])];
        let preds = vec![
            pred("AAA", "112", "BBB", "2020-03-02", 0),
            pred("AAA", "110", "BBB", "2020-03-02", 0),
            pred("AAA", "042", "BBB", "2020-03-02", 0),
        ];
        let result = ArticleResult {
            gold: 0,
            document_id: "d".into(),
            sentences: 1,
            primary: score_article(&g[0], &preds, MatchRules::PRIMARY),
            strict: score_article(&g[0], &preds, MatchRules::STRICT),
            loose: score_article(&g[0], &preds, MatchRules::LOOSE),
            predictions: preds,
        };
        let by_root = total(vec![result]).by_root(&g);
        let rc = |required, found, predicted, correct| RootCounts {
            required,
            found,
            predicted,
            correct,
        };
        assert_eq!(by_root["11"], rc(1, 1, 2, 1));
        assert_eq!(by_root["19"], rc(1, 0, 0, 0));
        assert_eq!(by_root["04"], rc(0, 0, 1, 1));
        assert_eq!(by_root.len(), 3);
    }

    #[test]
    fn matching_reassigns_a_prediction_to_free_a_gold_event() {
        // Gold 0 accepts both predictions, gold 1 only the first: a greedy pass that gave
        // the first prediction to gold 0 would leave gold 1 unfilled.
        let events = vec![
            gold_event(&["AAA"], &["111"], &["BBB", "CCC"], true),
            gold_event(&["AAA"], &["111"], &["BBB"], true),
        ];
        let g = article(events, vec![]);
        let preds = vec![
            pred("AAA", "111", "BBB", "2020-03-02", 0),
            pred("AAA", "111", "CCC", "2020-03-02", 0),
        ];
        let s = score_article(&g, &preds, MatchRules::PRIMARY);
        assert_eq!(s.counts.found_required, 2);
        assert_eq!(s.filled_by, vec![Some(1), Some(0)]);
    }

    #[test]
    fn gold_lines_parse_and_errors_name_the_line() {
        let path = Path::new("gold.jsonl");
        let line = r#"{"url":"https://example.org/a","file":"x.csv","publication_date":"2020-03-04","events":[{"id":"ex-a-E1","field":"text","sentence":[0,40],"also_in":[{"field":"title","sentence":[0,12]}],"source":["AAA"],"target":["---"],"cameo":["190"],"date":"2020-03-01","date_precision":"month","required":true,"historical":false}],"forbidden":[{"field":"text","sentence":[41,80],"source":["AAA"],"cameo":["172"],"target":["BBB"],"note":"negated"}]}"#;
        let text = format!("\n{line}\n");
        let g = parse_gold(&text, path).unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].key, "ex-a");
        assert_eq!(g[0].line, 2);
        assert_eq!(g[0].events[0].date, GoldDate::Month(2020, 3));
        assert_eq!(
            g[0].events[0].sentences[1],
            SentenceRef::new("title", 0, 12)
        );
        assert_eq!(g[0].forbidden[0].cameo, vec!["172".to_string()]);
        let bad = line.replace("\"month\"", "\"week\"");
        let err = parse_gold(&format!("{line}\n{bad}\n"), path).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("gold.jsonl: line 2: ex-a-E1: date"),
            "{msg}"
        );
        let err = parse_gold("{\"url\": 1}\n", path).unwrap_err().to_string();
        assert!(err.starts_with("gold.jsonl: line 1: invalid type"), "{err}");
    }

    #[test]
    fn missing_csv_is_an_error_naming_the_path() {
        let path = Path::new("gold.jsonl");
        let line =
            r#"{"url":"u","file":"no_such_file.csv","publication_date":"2020-03-04","events":[]}"#;
        let g = parse_gold(line, path).unwrap();
        let dir = std::env::temp_dir().join("dyad-eval-no-such-dir");
        let err = find_articles(&g, &dir).unwrap_err().to_string();
        assert!(err.contains("no_such_file.csv"), "{err}");
    }

    #[test]
    fn records_are_found_by_url_and_sentences_indexed_title_first() {
        let dir = std::env::temp_dir().join(format!("dyad-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let csv = "url,date,title,text\n\
                   https://example.org/one,2020-03-04,A made-up title,\"First line. Ésta es dos.\"\n\
                   https://example.org/two,2020-03-05,Another,Just one sentence here.\n";
        std::fs::write(dir.join("mini.csv"), csv).unwrap();
        let gold = parse_gold(
            "{\"url\":\"https://example.org/two\",\"file\":\"mini.csv\",\"publication_date\":\"2020-03-05\",\"events\":[]}\n\
             {\"url\":\"https://example.org/one\",\"file\":\"mini.csv\",\"publication_date\":\"2020-03-04\",\"events\":[]}\n\
             {\"url\":\"https://example.org/three\",\"file\":\"mini.csv\",\"publication_date\":\"2020-03-04\",\"events\":[]}\n",
            Path::new("g.jsonl"),
        )
        .unwrap();
        let err = find_articles(&gold, &dir).unwrap_err().to_string();
        assert!(
            err.contains("https://example.org/three") && err.contains("line 3"),
            "{err}"
        );
        let found = find_articles(&gold[..2], &dir).unwrap();
        assert_eq!(found[0].url.as_deref(), Some("https://example.org/two"));
        assert_eq!(found[1].url.as_deref(), Some("https://example.org/one"));
        let spans = sentence_refs(&found[1]);
        assert_eq!(
            spans,
            vec![
                SentenceRef::new("title", 0, 15),
                SentenceRef::new("text", 0, 11),
                SentenceRef::new("text", 12, 24),
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

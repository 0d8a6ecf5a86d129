//! PLOVER event-type and actor accuracy on the PLOVER gold-standard sentences
//! (`PLOVER_GSR_CAMEO.json`, Open Event Data Alliance, 2016: a JSON array of records with
//! `id`, `event`, `text`, `date`, `source` and `target`), as issue 5 "Checks" prescribes.
//!
//! # Input
//! Every record with a `text` is one sentence (the file's documentation record has none and
//! is skipped). It is coded as a one-sentence article: a JSON Lines record with the id, the
//! text and the record's `date` as publication date. The file gives every sentence the date
//! 2000-01-01 (a placeholder); a record without a date is coded at [`FALLBACK_DATE`], the same
//! day, so that dates and people's roles are resolved as of the turn of 2000, the period of
//! the CAMEO manual's examples.
//!
//! # Gold labels
//! Every sentence of the file has one gold `event` label (only the documentation record,
//! which has no text, is labelled `DOCUMENT`). The file predates PLOVER's final event set;
//! [`map_label`] renames its old labels: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE ->
//! ACCUSE, FIGHT -> ASSAULT. About 5% of the gold types disagree with the 2021
//! CAMEO-to-PLOVER mapping the coder uses (issue 5), which the bar allows for.
//!
//! # Scores (per sentence, [`score_sentence`])
//! * **Type right**: one of the coded events has the gold PLOVER type (its CAMEO code's
//!   PLOVER event, [`crate::PloverOut::event`]).
//! * **Extra events**: every coded event whose type is not the gold type, including events
//!   whose CAMEO code has no PLOVER type (roots 01 and 02), which are also counted apart as
//!   `unmapped`.
//! * **Source / target right**: an event of the gold type has a source (target) whose actor
//!   block equals that of one of the gold sources (targets). Gold actor codes are not always
//!   ISO 3166 (`JAP`, `ITL`, `VTN`, and non-state codes `IGO`, `NGO`, `IMG`, `ISM`) and carry
//!   their sector apart, so codes are compared by their first three letters after mapping
//!   the three non-ISO country codes of the file to ISO (JAP -> JPN, ITL -> ITA, VTN -> VNM)
//!   ([`actor_block`]). Sentences whose gold has no source (target) are left out of that
//!   figure: the file leaves the target empty for compound actors (`SRC/TAR`, "A and B agreed")
//!   and for events without one.
//!
//! # Halves
//! Records are split by the last char of their `id`: an odd digit goes to the odd
//! (development) half, an even digit to the even (held-out) half; an id that does not end in
//! a digit goes to neither half (the file has none) but counts in the overall figures. One id
//! occurs twice in the file; both records are scored.
//!
//! Bars (issue 5): type right for >= 70% of the sentences of each half ([`TYPE_BAR`]), no
//! more than 0.3 extra events per sentence ([`EXTRA_BAR`]).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use dyad_article::{Article, Articles, Format, ReadOptions};
use serde::Serialize;

use super::{EvalError, ratio};
use crate::{CodedArticle, Coder, Event};

/// Type-accuracy bar of issue 5 (each half).
pub const TYPE_BAR: f64 = 0.70;
/// Largest number of extra events per sentence issue 5 allows.
pub const EXTRA_BAR: f64 = 0.3;
/// Publication date for a record without one (the date the file gives all its records).
pub const FALLBACK_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// The PLOVER type of a gold label: the file's old labels renamed (DEMAND -> REQUEST,
/// DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT), others unchanged.
pub fn map_label(label: &str) -> &str {
    match label {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// An actor of the gold file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldActor {
    /// `actorText`.
    pub text: String,
    /// `code` (a country code, or `IGO`, `NGO`...).
    pub code: String,
    /// `sector`, if given (`GOV`, `REB`, `***`...).
    pub sector: Option<String>,
}

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverSentence {
    /// The record's `id`.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// The record's `date`, when it parses.
    pub date: Option<NaiveDate>,
    /// The gold label as the file writes it.
    pub label: String,
    /// The PLOVER type it maps to ([`map_label`]).
    pub event: String,
    /// Gold sources (empty when the file gives none).
    pub sources: Vec<GoldActor>,
    /// Gold targets (empty when the file gives none, or a string instead of actors).
    pub targets: Vec<GoldActor>,
}

/// Which half a record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Half {
    /// Id ends in an odd digit (the development half).
    Odd,
    /// Id ends in an even digit (the held-out half).
    Even,
    /// Id ends in something else.
    Other,
}

/// The half of an id, by its last char.
pub fn half_of(id: &str) -> Half {
    match id.chars().last().and_then(|c| c.to_digit(10)) {
        Some(d) if d % 2 == 1 => Half::Odd,
        Some(_) => Half::Even,
        None => Half::Other,
    }
}

fn actors(v: Option<&serde_json::Value>) -> Vec<GoldActor> {
    let Some(serde_json::Value::Array(items)) = v else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|a| {
            let code = a.get("code")?.as_str()?.trim();
            (!code.is_empty()).then(|| GoldActor {
                text: a
                    .get("actorText")
                    .and_then(|t| t.as_str())
                    .unwrap_or("")
                    .trim()
                    .to_string(),
                code: code.to_string(),
                sector: a
                    .get("sector")
                    .and_then(|s| s.as_str())
                    .map(str::to_string)
                    .filter(|s| !s.is_empty()),
            })
        })
        .collect()
}

/// Parses the gold file's text (a JSON array of records). Returns the sentences (records
/// with a string `text`, in file order) and the number of records skipped for having none.
///
/// # Errors
/// [`EvalError::Gold`] naming `path` when the text is not a JSON array of objects, or a
/// record with a text has no string `id` or `event`.
pub fn parse_gold(text: &str, path: &Path) -> Result<(Vec<PloverSentence>, usize), EvalError> {
    let err = |line: usize, detail: String| EvalError::Gold {
        path: path.to_path_buf(),
        line,
        detail,
    };
    let records: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| err(e.line(), e.to_string()))?;
    let mut out = Vec::new();
    let mut skipped = 0;
    for (i, r) in records.iter().enumerate() {
        let Some(text) = r.get("text").and_then(|t| t.as_str()) else {
            skipped += 1;
            continue;
        };
        let field = |k: &str| {
            r.get(k)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| err(1, format!("record {}: no string `{k}`", i + 1)))
        };
        let id = field("id")?;
        let label = field("event")?;
        out.push(PloverSentence {
            event: map_label(&label).to_string(),
            label,
            date: r
                .get("date")
                .and_then(|d| d.as_str())
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            text: text.to_string(),
            sources: actors(r.get("source")),
            targets: actors(r.get("target")),
            id,
        });
    }
    Ok((out, skipped))
}

/// Reads and parses the gold file ([`parse_gold`]).
///
/// # Errors
/// [`EvalError::Io`] when it cannot be read, else as [`parse_gold`].
pub fn load_gold(path: &Path) -> Result<(Vec<PloverSentence>, usize), EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_gold(&text, path)
}

/// The one-sentence article of a gold sentence: a JSON Lines record with its id, text and
/// date (none when the record has none), read by `dyad_article`.
///
/// # Errors
/// [`EvalError::Articles`] (named after the id) when the reader rejects the record.
pub fn article_of(s: &PloverSentence) -> Result<Article, EvalError> {
    let mut record = serde_json::json!({ "id": s.id, "text": s.text });
    if let Some(d) = s.date {
        record["date"] = d.format("%Y-%m-%d").to_string().into();
    }
    let line = record.to_string();
    let name = format!("{}.jsonl", s.id);
    Articles::from_bytes(
        &name,
        line.as_bytes(),
        Format::Jsonl,
        ReadOptions::default(),
    )
    .next()
    .unwrap_or_else(|| {
        Err(dyad_article::ReadError::MissingText {
            location: dyad_article::Location::file(name.clone()),
            what: "no record read",
        })
    })
    .map_err(|e| EvalError::Articles {
        path: name.into(),
        detail: e.to_string(),
    })
}

/// The first three letters of an actor code, upper-cased, with the file's non-ISO country
/// codes mapped to ISO 3166-1 alpha-3 (JAP -> JPN, ITL -> ITA, VTN -> VNM).
pub fn actor_block(code: &str) -> String {
    let block: String = code.chars().take(3).collect::<String>().to_uppercase();
    match block.as_str() {
        "JAP" => "JPN".into(),
        "ITL" => "ITA".into(),
        "VTN" => "VNM".into(),
        _ => block,
    }
}

/// Whether a coded actor code has the block of one of the gold actors.
pub fn actor_right(gold: &[GoldActor], coded: &str) -> bool {
    !coded.is_empty()
        && gold
            .iter()
            .any(|g| actor_block(&g.code) == actor_block(coded))
}

/// One coded event as this scorer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodedView {
    /// CAMEO code.
    pub cameo: String,
    /// PLOVER type (`None` for CAMEO roots 01 and 02).
    pub plover: Option<String>,
    /// Source code.
    pub source: String,
    /// Target code.
    pub target: String,
}

impl From<&Event> for CodedView {
    fn from(e: &Event) -> CodedView {
        CodedView {
            cameo: e.cameo.clone(),
            plover: e.plover.as_ref().map(|p| p.event.clone()),
            source: e.source_code().to_string(),
            target: e.target_code().to_string(),
        }
    }
}

/// The score of one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SentenceScore {
    /// An event has the gold type.
    pub type_right: bool,
    /// Coded events.
    pub events: usize,
    /// Coded events of another type (or none).
    pub extra: usize,
    /// Of those, events without a PLOVER type.
    pub unmapped: usize,
    /// Source right; `None` when the gold gives no source.
    pub source: Option<bool>,
    /// Target right; `None` when the gold gives no target.
    pub target: Option<bool>,
}

/// Scores the coded events of one sentence against its gold (module documentation).
pub fn score_sentence(gold: &PloverSentence, coded: &[CodedView]) -> SentenceScore {
    let typed: Vec<&CodedView> = coded
        .iter()
        .filter(|c| c.plover.as_deref() == Some(gold.event.as_str()))
        .collect();
    let right = |actors: &[GoldActor], pick: fn(&CodedView) -> &str| {
        (!actors.is_empty()).then(|| typed.iter().any(|c| actor_right(actors, pick(c))))
    };
    SentenceScore {
        type_right: !typed.is_empty(),
        events: coded.len(),
        extra: coded.len() - typed.len(),
        unmapped: coded.iter().filter(|c| c.plover.is_none()).count(),
        source: right(&gold.sources, |c| &c.source),
        target: right(&gold.targets, |c| &c.target),
    }
}

/// Counts over a set of sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Sentences.
    pub sentences: usize,
    /// Sentences with the type right.
    pub type_right: usize,
    /// Coded events.
    pub events: usize,
    /// Extra events.
    pub extra: usize,
    /// Extra events without a PLOVER type.
    pub unmapped: usize,
    /// Sentences whose gold has a source.
    pub source_gold: usize,
    /// Of those, sentences with the source right.
    pub source_right: usize,
    /// Sentences with the type right whose gold has a source.
    pub source_gold_typed: usize,
    /// Sentences whose gold has a target.
    pub target_gold: usize,
    /// Of those, sentences with the target right.
    pub target_right: usize,
    /// Sentences with the type right whose gold has a target.
    pub target_gold_typed: usize,
}

impl Tally {
    /// Adds one sentence.
    pub fn add(&mut self, s: &SentenceScore) {
        self.sentences += 1;
        self.type_right += usize::from(s.type_right);
        self.events += s.events;
        self.extra += s.extra;
        self.unmapped += s.unmapped;
        if let Some(r) = s.source {
            self.source_gold += 1;
            self.source_right += usize::from(r);
            self.source_gold_typed += usize::from(s.type_right);
        }
        if let Some(r) = s.target {
            self.target_gold += 1;
            self.target_right += usize::from(r);
            self.target_gold_typed += usize::from(s.type_right);
        }
    }

    /// Share of sentences with the type right.
    pub fn type_accuracy(&self) -> Option<f64> {
        ratio(self.type_right, self.sentences)
    }

    /// Extra events per sentence.
    pub fn extra_per_sentence(&self) -> Option<f64> {
        ratio(self.extra, self.sentences)
    }

    /// Source right / sentences with a gold source.
    pub fn source_accuracy(&self) -> Option<f64> {
        ratio(self.source_right, self.source_gold)
    }

    /// Source right / type-right sentences with a gold source.
    pub fn source_accuracy_typed(&self) -> Option<f64> {
        ratio(self.source_right, self.source_gold_typed)
    }

    /// Target right / sentences with a gold target.
    pub fn target_accuracy(&self) -> Option<f64> {
        ratio(self.target_right, self.target_gold)
    }

    /// Target right / type-right sentences with a gold target.
    pub fn target_accuracy_typed(&self) -> Option<f64> {
        ratio(self.target_right, self.target_gold_typed)
    }

    /// Whether the tally meets both bars (`false` when empty).
    pub fn meets_bars(&self) -> bool {
        self.type_accuracy().is_some_and(|a| a >= TYPE_BAR)
            && self.extra_per_sentence().is_some_and(|e| e <= EXTRA_BAR)
    }
}

/// One scored sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceResult {
    /// Index into the gold list.
    pub gold: usize,
    /// Its half.
    pub half: Half,
    /// The coded events.
    pub coded: Vec<CodedView>,
    /// The score.
    pub score: SentenceScore,
    /// Reader or coder trouble with the sentence (the sentence then counts with no event).
    pub error: Option<String>,
}

/// The evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Scored sentences, in gold order.
    pub sentences: Vec<SentenceResult>,
    /// Odd half.
    pub odd: Tally,
    /// Even half.
    pub even: Tally,
    /// Everything scored (both halves and any id in neither).
    pub all: Tally,
}

impl Evaluation {
    /// Per gold PLOVER type (after [`map_label`]): (sentences with the type right,
    /// sentences), over the scored sentences, for tuning.
    pub fn by_type(&self, gold: &[PloverSentence]) -> BTreeMap<String, (usize, usize)> {
        let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for s in &self.sentences {
            let e = out.entry(gold[s.gold].event.clone()).or_default();
            e.0 += usize::from(s.score.type_right);
            e.1 += 1;
        }
        out
    }
}

/// Scores one coded sentence.
pub fn score_coded(gold: &[PloverSentence], index: usize, coded: &CodedArticle) -> SentenceResult {
    let views: Vec<CodedView> = coded.events.iter().map(CodedView::from).collect();
    let g = &gold[index];
    SentenceResult {
        gold: index,
        half: half_of(&g.id),
        score: score_sentence(g, &views),
        coded: views,
        error: None,
    }
}

/// Adds up sentence results into halves and overall.
pub fn total(sentences: Vec<SentenceResult>) -> Evaluation {
    let (mut odd, mut even, mut all) = (Tally::default(), Tally::default(), Tally::default());
    for s in &sentences {
        all.add(&s.score);
        match s.half {
            Half::Odd => odd.add(&s.score),
            Half::Even => even.add(&s.score),
            Half::Other => {}
        }
    }
    Evaluation {
        sentences,
        odd,
        even,
        all,
    }
}

/// Codes the gold sentences of `half` (all when `None`) as one-sentence articles and scores
/// them. A sentence the reader rejects counts as coded with no event and keeps the error.
pub fn evaluate(coder: &Coder<'_>, gold: &[PloverSentence], half: Option<Half>) -> Evaluation {
    let results = gold
        .iter()
        .enumerate()
        .filter(|(_, s)| half.is_none_or(|h| half_of(&s.id) == h))
        .map(|(i, s)| match article_of(s) {
            Ok(a) => score_coded(gold, i, &coder.code_article(&a)),
            Err(e) => SentenceResult {
                gold: i,
                half: half_of(&s.id),
                coded: Vec::new(),
                score: score_sentence(s, &[]),
                error: Some(e.to_string()),
            },
        })
        .collect();
    total(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str, sector: Option<&str>) -> GoldActor {
        GoldActor {
            text: String::new(),
            code: code.into(),
            sector: sector.map(str::to_string),
        }
    }

    fn gold(label: &str, sources: Vec<GoldActor>, targets: Vec<GoldActor>) -> PloverSentence {
        PloverSentence {
            id: "X-0001".into(),
            text: "A made-up sentence.".into(),
            date: None,
            label: label.into(),
            event: map_label(label).into(),
            sources,
            targets,
        }
    }

    fn coded(plover: Option<&str>, source: &str, target: &str) -> CodedView {
        CodedView {
            cameo: "000".into(),
            plover: plover.map(str::to_string),
            source: source.into(),
            target: target.into(),
        }
    }

    #[test]
    fn labels_and_halves() {
        assert_eq!(map_label("DEMAND"), "REQUEST");
        assert_eq!(map_label("DISAPPROVE"), "ACCUSE");
        assert_eq!(map_label("INVESTIGATE"), "ACCUSE");
        assert_eq!(map_label("FIGHT"), "ASSAULT");
        assert_eq!(map_label("AGREE"), "AGREE");
        assert_eq!(half_of("ABC-0013"), Half::Odd);
        assert_eq!(half_of("ABC-0010"), Half::Even);
        assert_eq!(half_of("ABC-001a"), Half::Other);
        assert_eq!(half_of(""), Half::Other);
    }

    #[test]
    fn actor_blocks_compare_first_three_letters_with_aliases() {
        assert_eq!(actor_block("usagov"), "USA");
        assert_eq!(actor_block("JAP"), "JPN");
        assert!(actor_right(&[actor("ITL", None)], "ITAGOV"));
        assert!(actor_right(&[actor("ISR", Some("MIL"))], "ISR"));
        assert!(actor_right(&[actor("IGO", None)], "IGOUNO"));
        assert!(!actor_right(&[actor("PSE", None)], "ISRMIL"));
        assert!(!actor_right(&[actor("PSE", None)], ""));
        assert!(!actor_right(&[], "PSE"));
    }

    #[test]
    fn sentence_scores() {
        let g = gold(
            "FIGHT",
            vec![actor("ISR", Some("MIL"))],
            vec![actor("PSE", None), actor("LBN", None)],
        );
        let s = score_sentence(
            &g,
            &[
                coded(Some("PROTEST"), "ISR", "PSE"),
                coded(Some("ASSAULT"), "ISRMIL", "SYR"),
                coded(Some("ASSAULT"), "SYR", "LBNREB"),
                coded(None, "ISR", "LBN"),
            ],
        );
        assert_eq!(
            s,
            SentenceScore {
                type_right: true,
                events: 4,
                extra: 2,
                unmapped: 1,
                source: Some(true),
                target: Some(true),
            }
        );
        // The right actors on an event of the wrong type do not count.
        let s = score_sentence(&g, &[coded(Some("ACCUSE"), "ISR", "PSE")]);
        assert!(!s.type_right);
        assert_eq!((s.source, s.target, s.extra), (Some(false), Some(false), 1));
        // No gold target: left out of the target figure.
        let g = gold(
            "AGREE",
            vec![actor("HUN", None), actor("ROU", None)],
            vec![],
        );
        let s = score_sentence(&g, &[coded(Some("AGREE"), "HUN", "ROU")]);
        assert_eq!((s.type_right, s.source, s.target), (true, Some(true), None));
        let s = score_sentence(&g, &[]);
        assert_eq!((s.type_right, s.events, s.extra), (false, 0, 0));
    }

    #[test]
    fn tallies_split_by_half() {
        let g = gold("AGREE", vec![actor("HUN", None)], vec![actor("ROU", None)]);
        let right = score_sentence(&g, &[coded(Some("AGREE"), "HUN", "SRB")]);
        let wrong = score_sentence(&g, &[coded(Some("REJECT"), "HUN", "ROU")]);
        let mk = |half, score| SentenceResult {
            gold: 0,
            half,
            coded: Vec::new(),
            score,
            error: None,
        };
        let e = total(vec![
            mk(Half::Odd, right),
            mk(Half::Odd, wrong),
            mk(Half::Even, right),
            mk(Half::Other, wrong),
        ]);
        assert_eq!(
            (e.odd.sentences, e.even.sentences, e.all.sentences),
            (2, 1, 4)
        );
        assert_eq!(e.odd.type_accuracy(), Some(0.5));
        assert_eq!(e.odd.extra_per_sentence(), Some(0.5));
        assert_eq!(e.all.source_accuracy(), Some(0.5));
        assert_eq!(e.all.source_accuracy_typed(), Some(1.0));
        assert_eq!(e.all.target_accuracy(), Some(0.0));
        assert!(e.even.meets_bars());
        assert!(!e.odd.meets_bars());
        let gold = vec![g];
        let by_type = e.by_type(&gold);
        assert_eq!(by_type.len(), 1);
        assert_eq!(by_type["AGREE"], (2, 4));
    }

    #[test]
    fn gold_file_parses_and_skips_records_without_text() {
        let text = r#"[
            {"id": "DOC-0001", "event": "DOCUMENT"},
            {"id": "T-DEMAND-0003", "event": "DEMAND", "date": "2000-01-01",
             "text": "A made-up sentence.",
             "source": [{"actorText": "X", "code": "USA", "sector": "GOV"}],
             "target": ""},
            {"id": "T-AGREE-0004", "event": "AGREE", "text": "Another one.",
             "source": null, "target": [{"actorText": "Y", "code": "FRA"}]}
        ]"#;
        let (s, skipped) = parse_gold(text, Path::new("p.json")).unwrap();
        assert_eq!((s.len(), skipped), (2, 1));
        assert_eq!(s[0].event, "REQUEST");
        assert_eq!(s[0].label, "DEMAND");
        assert_eq!(s[0].date, NaiveDate::from_ymd_opt(2000, 1, 1));
        assert_eq!(s[0].sources[0].text, "X");
        assert_eq!(s[0].sources[0].sector.as_deref(), Some("GOV"));
        assert!(s[0].targets.is_empty());
        assert!(s[1].sources.is_empty());
        assert_eq!(s[1].date, None);
        let a = article_of(&s[1]).unwrap();
        assert_eq!(a.id, "T-AGREE-0004");
        assert_eq!(a.text, "Another one.");
        assert!(a.title.is_none());
        assert_eq!(a.date, None);
        assert_eq!(article_of(&s[0]).unwrap().date, s[0].date);
        let err = parse_gold("{\"id\": 1}", Path::new("p.json")).unwrap_err();
        assert!(
            err.to_string().starts_with("p.json: line 1: invalid type"),
            "{err}"
        );
        let err = parse_gold(r#"[{"text": "x", "event": "AGREE"}]"#, Path::new("p.json"));
        assert!(
            err.unwrap_err()
                .to_string()
                .contains("record 1: no string `id`")
        );
    }
}

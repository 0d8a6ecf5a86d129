//! Running a PETRARCH validation file end to end (`dyad validate`).
//!
//! 1. [`DictionaryPaths::from_environment`] takes the dictionaries the file's
//!    `<Environment>` names (relative to the file); a named file that does not exist (such
//!    as an error-log file) is a note, not an error. Command-line paths override them.
//! 2. [`Dictionaries::load`] reads the verb dictionary, the PETRARCH actor and agent
//!    dictionaries alone (`dyad_actors::Dictionary::load_with_petrarch` without our files),
//!    the discard list and the internal coding ontology.
//! 3. [`run`] codes every evaluated record ([`RecordFile::is_evaluated`]): the record's
//!    `<Text>` (never its `<Parse>`) is tokenised by [`dyad_text::tokenize_spans`], analysed
//!    by the [`dyad_syntax::Model`], its actor and agent names found by
//!    [`dyad_actors::Dictionary::match_tokens`] at the record's date and composed the
//!    PETRARCH way ([`crate::compose`]), and its events coded by [`crate::apply::Applier`].
//!    `<Config>` tags between records change the options ([`Settings`], see
//!    [`crate::options`]) for the records after them; a run starts from PETRARCH's
//!    documented defaults. Under the comma limits, the clauses [`crate::commas`] selects on
//!    the parse of the whole text are removed and the words left are parsed and matched
//!    again; with `new_actor_length`, uncoded noun phrases become actors
//!    ([`crate::compose::new_actors`]).
//! 4. [`score`] compares coded and expected events one to one, strictly (full source,
//!    target and event codes) and loosely ("primary": first three characters of each actor
//!    code, first two of the event code), per category and overall.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use dyad_actors::{EntryRef, NaiveDate, PetrarchFile, PetrarchKind};
use dyad_text::{Normalized, TokenSpan, tokenize_spans};
use serde::Serialize;

use crate::apply::{Applier, CodedEvent, Word};
use crate::commas::remove_clauses;
use crate::compose::{Unit, UnitKind, compose_actors, new_actors};
use crate::error::PetrarchError;
use crate::ontology::CodingOntology;
use crate::options::{ConfigError, Settings};
use crate::records::{ExpectedEvent, Item, Record, RecordFile};
use crate::{DiscardList, VerbDictionary};

/// The dictionary files of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DictionaryPaths {
    /// Verb dictionary (required).
    pub verbs: Option<PathBuf>,
    /// Actor dictionaries.
    pub actors: Vec<PathBuf>,
    /// Agent dictionary.
    pub agents: Option<PathBuf>,
    /// Discard list.
    pub discards: Option<PathBuf>,
    /// Internal coding ontology.
    pub ontology: Option<PathBuf>,
}

impl DictionaryPaths {
    /// The files the `<Environment>` of `file` names, resolved against `dir` (the directory
    /// of the validation file). Returns notes for named files that do not exist (they are
    /// left out) and for files named but not used (issue and error files).
    pub fn from_environment(file: &RecordFile, dir: &Path) -> (DictionaryPaths, Vec<String>) {
        let mut paths = DictionaryPaths::default();
        let mut notes = Vec::new();
        let Some(env) = &file.environment else {
            return (paths, notes);
        };
        for f in env.resolve(dir) {
            if !f.exists {
                notes.push(format!(
                    "{}: <{}> names {}, which does not exist ({}): ignored",
                    file.file,
                    f.kind,
                    f.name,
                    f.path.display()
                ));
                continue;
            }
            match f.kind {
                "Verbfile" => paths.verbs = Some(f.path),
                "Actorfile" => paths.actors.push(f.path),
                "Agentfile" => paths.agents = Some(f.path),
                "Discardfile" => paths.discards = Some(f.path),
                "PICOfile" => paths.ontology = Some(f.path),
                other => notes.push(format!(
                    "{}: <{other}> {} is not used by dyad validate",
                    file.file, f.name
                )),
            }
        }
        (paths, notes)
    }
}

/// Errors of a validation run.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    /// No verb dictionary was named or given.
    #[error("no verb dictionary: the file's <Environment> names none and --verbs was not given")]
    NoVerbs,
    /// No actor dictionary was named or given.
    #[error("no actor dictionary: the file's <Environment> names none and --actors was not given")]
    NoActors,
    /// A dictionary file could not be read or parsed.
    #[error(transparent)]
    Petrarch(#[from] PetrarchError),
    /// An actor or agent file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// The loaded dictionaries of a run.
pub struct Dictionaries {
    /// Verb patterns.
    pub verbs: VerbDictionary,
    /// PETRARCH actors and agents, loaded alone (without dyad's own dictionaries).
    pub actors: dyad_actors::Dictionary,
    /// Discard list, if any.
    pub discards: Option<DiscardList>,
    /// Internal coding ontology, if any.
    pub ontology: Option<CodingOntology>,
}

impl Dictionaries {
    /// Loads the files of `paths`. Returns the dictionaries and the readers' diagnostics
    /// (one line each, `file:line: severity: message`).
    ///
    /// # Errors
    /// [`ValidateError::NoVerbs`] / [`ValidateError::NoActors`] when a required file is not
    /// given; [`ValidateError::Petrarch`] / [`ValidateError::Io`] when a file cannot be read
    /// (or holds no verb block, no ontology line).
    pub fn load(paths: &DictionaryPaths) -> Result<(Dictionaries, Vec<String>), ValidateError> {
        let mut notes = Vec::new();
        let verbs = VerbDictionary::read(paths.verbs.as_ref().ok_or(ValidateError::NoVerbs)?)?;
        notes.extend(verbs.diagnostics.iter().map(ToString::to_string));
        if paths.actors.is_empty() {
            return Err(ValidateError::NoActors);
        }
        let mut files = Vec::new();
        let read = |p: &PathBuf, kind| -> Result<PetrarchFile, ValidateError> {
            let bytes = std::fs::read(p).map_err(|source| ValidateError::Io {
                path: p.clone(),
                source,
            })?;
            Ok(PetrarchFile {
                path: Arc::from(p.display().to_string()),
                text: Arc::from(String::from_utf8_lossy(&bytes).into_owned()),
                kind,
            })
        };
        for p in &paths.actors {
            files.push(read(p, PetrarchKind::Actors)?);
        }
        if let Some(p) = &paths.agents {
            files.push(read(p, PetrarchKind::Agents)?);
        }
        let far = NaiveDate::from_ymd_opt(2100, 1, 1).expect("valid date");
        let (actors, report) = dyad_actors::Dictionary::load_with_petrarch(&[], &files, far);
        notes.extend(report.findings.iter().map(ToString::to_string));
        let discards = match &paths.discards {
            Some(p) => {
                let d = DiscardList::read(p)?;
                notes.extend(d.diagnostics.iter().map(ToString::to_string));
                Some(d)
            }
            None => None,
        };
        let ontology = match &paths.ontology {
            Some(p) => {
                let o = CodingOntology::read(p)?;
                notes.extend(o.diagnostics.iter().map(ToString::to_string));
                Some(o)
            }
            None => None,
        };
        Ok((
            Dictionaries {
                verbs,
                actors,
                discards,
                ontology,
            },
            notes,
        ))
    }
}

/// An actor of a coded event as written to `--events-out`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorOut {
    /// CAMEO actor code.
    pub code: String,
    /// The mention's words in the sentence.
    pub text: String,
}

/// One coded event of a record.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventOut {
    /// The record's id, with `#2`, `#3` ... for repeated ids ([`Record::document_id`]).
    pub document_id: String,
    /// The record's category.
    pub category: String,
    /// The record's date as `YYYY-MM-DD` (as written when it is not `YYYYMMDD`).
    pub date: String,
    /// Source actor, `null` when the text names none.
    pub source: Option<ActorOut>,
    /// Target actor, `null` when the text names none.
    pub target: Option<ActorOut>,
    /// Event code as the dictionary (or ontology) gives it.
    pub cameo: String,
    /// True when the code is not in the CAMEO list (`dyad_events::CameoCode::get`).
    pub non_cameo: bool,
    /// CAMEO label, `null` for a code outside the list.
    pub cameo_label: Option<String>,
    /// Quad class 1-4, `null` for a code outside the list.
    pub quad_class: Option<u8>,
    /// Goldstein score, `null` for a code outside the list.
    pub goldstein: Option<f32>,
    /// The verb word.
    pub verb: String,
    /// Dictionary block and pattern (with line) that coded the event.
    pub rule: String,
    /// The record's text (blanks normalised).
    pub sentence: String,
}

/// The outcome of one evaluated record.
#[derive(Debug, Clone)]
pub struct RecordResult {
    /// [`Record::document_id`].
    pub document_id: String,
    /// Category (empty when none).
    pub category: String,
    /// 1-based line of the record in the file.
    pub line: usize,
    /// Text coded.
    pub text: String,
    /// Expected events.
    pub expected: Vec<ExpectedEvent>,
    /// Events coded.
    pub events: Vec<EventOut>,
    /// Why nothing was coded, when a discard phrase stopped the record.
    pub discarded: Option<String>,
    /// The `require_dyad` option in force for the record (`<Config>` tags before it).
    pub require_dyad: bool,
    /// Every option in force for the record (`<Config>` tags before it).
    pub settings: Settings,
    /// The parse, one `form/UPOS/head/deprel` per word, and the actors found
    /// (`code@words`), for `--explain`.
    pub analysis: String,
}

/// The outcome of a whole run.
#[derive(Debug, Clone, Default)]
pub struct RunResult {
    /// Evaluated records in file order.
    pub records: Vec<RecordResult>,
    /// Notes on options (`<Config>` tags not implemented or unknown), one each.
    pub notes: Vec<String>,
}

/// Codes every evaluated record of `file` (see the module documentation). `<Config>` tags
/// change the [`Settings`] for the records after them ([`Settings::apply`]); a tag that
/// cannot be applied (a value of the wrong type, an unknown option) becomes a note naming the
/// file and line, and the option keeps its value.
pub fn run(file: &RecordFile, dicts: &Dictionaries, model: &dyad_syntax::Model) -> RunResult {
    let mut out = RunResult::default();
    let mut settings = Settings::default();
    let mut noted: HashSet<String> = HashSet::new();
    let mut apply_config =
        |opt: &crate::records::ConfigOption, settings: &mut Settings, notes: &mut Vec<String>| {
            match settings.apply(opt, &file.file) {
                Ok(()) => {}
                // An unknown option is noted once; a bad value every time.
                Err(e @ ConfigError::Unknown { .. }) => {
                    if noted.insert(opt.option.to_ascii_lowercase()) {
                        notes.push(format!("{e} (noted once)"));
                    }
                }
                Err(e) => notes.push(e.to_string()),
            }
        };
    if let Some(env) = &file.environment {
        for c in &env.configs {
            apply_config(c, &mut settings, &mut out.notes);
        }
    }
    let mut applier = Applier::new(&dicts.verbs, dicts.ontology.as_ref());
    for item in &file.items {
        match item {
            Item::Config(c) => apply_config(c, &mut settings, &mut out.notes),
            Item::Stop { .. } => break,
            Item::Record(r) => {
                if file.is_evaluated(r) {
                    out.records
                        .push(code_record(r, dicts, model, &mut applier, &settings));
                }
            }
        }
    }
    out
}

/// `YYYYMMDD` as a date.
fn record_date(r: &Record) -> Option<NaiveDate> {
    let d = r.date()?.trim();
    if d.len() != 8 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        d[..4].parse().ok()?,
        d[4..6].parse().ok()?,
        d[6..].parse().ok()?,
    )
}

fn code_record(
    r: &Record,
    dicts: &Dictionaries,
    model: &dyad_syntax::Model,
    applier: &mut Applier<'_>,
    settings: &Settings,
) -> RecordResult {
    let text = r.normalized_text();
    let date = record_date(r);
    let mut result = RecordResult {
        document_id: r.document_id(),
        category: r.category().unwrap_or("").to_string(),
        line: r.line,
        text: text.clone(),
        expected: r.expected_events().cloned().collect(),
        events: Vec::new(),
        discarded: None,
        require_dyad: settings.require_dyad,
        settings: settings.clone(),
        analysis: String::new(),
    };
    if let Some(d) = &dicts.discards {
        if let Some(m) = d.check(&text) {
            result.discarded = Some(format!(
                "discard phrase {:?} (line {})",
                m.phrase.phrase, m.phrase.line
            ));
            return result;
        }
    }
    let norm = Normalized::new(&text);
    let ntext = norm.as_str();
    let mut spans: Vec<TokenSpan> = Vec::new();
    tokenize_spans(ntext, 0..ntext.len(), &mut spans);
    let word_spans: Vec<std::ops::Range<usize>> =
        spans.iter().flat_map(TokenSpan::word_spans).collect();
    if word_spans.is_empty() {
        return result;
    }
    let all_forms: Vec<&str> = word_spans.iter().map(|s| &ntext[s.clone()]).collect();
    let at = date.unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date"));
    let Prepared {
        forms,
        analysis: SentenceAnalysis { words, actors, .. },
        removed,
    } = prepare_sentence(&all_forms, dicts, model, at, settings);
    result.analysis = words
        .iter()
        .enumerate()
        .map(|(i, w)| format!("{}:{}/{}/{}/{}", i + 1, w.form, w.upos, w.head, w.deprel))
        .collect::<Vec<_>>()
        .join(" ");
    for a in &actors {
        result.analysis.push_str(&format!(
            "\n      actor {} = {:?}",
            a.code,
            forms[a.words.clone()].join(" ")
        ));
    }
    for r in &removed {
        result.analysis.push_str(&format!("\n      removed {r}"));
    }
    let coded = applier.code_sentence(&words, &actors, settings);
    let date_out = match r.date() {
        Some(d) if date.is_some() => format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]),
        Some(d) => d.to_string(),
        None => String::new(),
    };
    let actor_out = |code: &Option<String>, e: &CodedEvent| -> Option<ActorOut> {
        let code = code.clone()?;
        let text = actors
            .iter()
            .filter(|a| a.code == code)
            .min_by_key(|a| a.head.abs_diff(e.verb))
            .map(|a| forms[a.words.clone()].join(" "))
            .unwrap_or_default();
        Some(ActorOut { code, text })
    };
    for e in &coded {
        let cameo = dyad_events::CameoCode::get(&e.code);
        result.events.push(EventOut {
            document_id: result.document_id.clone(),
            category: result.category.clone(),
            date: date_out.clone(),
            source: actor_out(&e.source, e),
            target: actor_out(&e.target, e),
            cameo: e.code.clone(),
            non_cameo: cameo.is_none(),
            cameo_label: cameo.map(|c| c.label.clone()),
            quad_class: cameo.map(|c| c.quad_class),
            goldstein: cameo.map(|c| c.goldstein),
            verb: forms[e.verb].to_string(),
            rule: e.rule.clone(),
            sentence: text.clone(),
        });
    }
    result
}

/// One sentence parsed by dyad and with its PETRARCH actors found.
pub(crate) struct SentenceAnalysis {
    /// The parse.
    pub words: Vec<Word>,
    /// The actor and agent dictionary matches.
    pub units: Vec<Unit>,
    /// The actors composed from them.
    pub actors: Vec<crate::apply::ActorSpan>,
}

/// Parses the words `forms` of one sentence with `model`, finds the names of the PETRARCH
/// actor and agent dictionaries in it at date `at` and composes them into actors the
/// PETRARCH way. Shared by [`run`] and [`crate::article`].
pub(crate) fn analyse_sentence(
    forms: &[&str],
    dicts: &Dictionaries,
    model: &dyad_syntax::Model,
    at: NaiveDate,
) -> SentenceAnalysis {
    let analysis = model.analyse_words(forms);
    let words: Vec<Word> = analysis
        .iter()
        .zip(forms)
        .map(|(a, f)| Word {
            form: (*f).to_string(),
            lemma: a.lemma.clone(),
            upos: a.upos.to_string(),
            xpos: a.xpos.to_string(),
            head: a.head as usize,
            deprel: a.deprel.to_string(),
        })
        .collect();
    // PETRARCH phrases may open with "the" (`THE_HERMIT_KINGDOM`): determiners may start a
    // match here (dyad's matcher keeps names from starting on function words).
    let upos: Vec<&str> = words
        .iter()
        .map(|w| {
            if w.upos == "DET" {
                "X"
            } else {
                w.upos.as_str()
            }
        })
        .collect();
    let units: Vec<Unit> = dicts
        .actors
        .match_tokens(forms, Some(&upos), at)
        .into_iter()
        .filter_map(|m| {
            let code = m.code?.trim();
            if code.is_empty() || code == "---" {
                return None;
            }
            let kind = match m.entry? {
                EntryRef::Agent(i) => UnitKind::Agent {
                    prefix: dicts
                        .actors
                        .agents()
                        .get(i as usize)
                        .is_some_and(|a| a.prefix),
                },
                _ => UnitKind::Actor,
            };
            Some(Unit {
                words: m.start..m.end,
                code: code.to_string(),
                kind,
            })
        })
        .collect();
    let actors = compose_actors(&words, &units);
    SentenceAnalysis {
        words,
        units,
        actors,
    }
}

/// A sentence ready for coding: comma clauses removed and actors found.
pub(crate) struct Prepared<'a> {
    /// The words coded (the sentence's words without the removed clauses).
    pub forms: Vec<&'a str>,
    /// Their analysis; word `k` is `forms[k]` (the kept words in order: word `k` is word
    /// [`crate::commas::CommaRemoval::kept`]`[k]` of the whole sentence).
    pub analysis: SentenceAnalysis,
    /// The clauses removed, described for `--explain` (`terminal clause of 6 words: "..."`).
    pub removed: Vec<String>,
}

/// [`analyse_sentence`] under `settings`: when the comma limits remove clauses
/// ([`crate::commas::remove_clauses`] over the parse of the whole sentence), the words left
/// are parsed and matched again; with `new_actor_length` > 0, uncoded noun phrases become
/// actors ([`new_actors`]). Returns the words coded with their analysis; the indices of the
/// words kept in `forms` are [`crate::commas::CommaRemoval::kept`].
pub(crate) fn prepare_sentence<'a>(
    forms: &[&'a str],
    dicts: &Dictionaries,
    model: &dyad_syntax::Model,
    at: NaiveDate,
    settings: &Settings,
) -> Prepared<'a> {
    let mut analysis = analyse_sentence(forms, dicts, model, at);
    let mut kept_forms: Vec<&'a str> = forms.to_vec();
    let mut removed = Vec::new();
    if !settings.commas.is_off() {
        let cut = remove_clauses(&analysis.words, &settings.commas);
        if !cut.is_empty() {
            removed = cut
                .clauses
                .iter()
                .map(|c| {
                    format!(
                        "{} clause of {} words: {:?}",
                        c.kind.as_str(),
                        c.length,
                        forms[c.words.clone()].join(" ")
                    )
                })
                .collect();
            kept_forms = cut.kept.iter().map(|&k| forms[k]).collect();
            analysis = analyse_sentence(&kept_forms, dicts, model, at);
        }
    }
    if settings.new_actor_length > 0 {
        let extra = new_actors(
            &analysis.words,
            &analysis.units,
            &analysis.actors,
            settings.new_actor_length,
        );
        analysis.actors.extend(extra);
    }
    Prepared {
        forms: kept_forms,
        analysis,
        removed,
    }
}

/// Counts of one group of records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Records evaluated.
    pub records: usize,
    /// Expected events.
    pub expected: usize,
    /// Expected events matched one to one by a coded event.
    pub found: usize,
    /// Expected events not matched.
    pub missed: usize,
    /// Coded events that matched no expected event.
    pub extra: usize,
    /// Records expected to code no event that coded at least one.
    pub false_records: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.records += o.records;
        self.expected += o.expected;
        self.found += o.found;
        self.missed += o.missed;
        self.extra += o.extra;
        self.false_records += o.false_records;
    }

    /// Found / expected in percent (0 when nothing is expected).
    pub fn found_rate(&self) -> f64 {
        if self.expected == 0 {
            0.0
        } else {
            100.0 * self.found as f64 / self.expected as f64
        }
    }

    /// Extra events per 100 records.
    pub fn extra_per_100(&self) -> f64 {
        if self.records == 0 {
            0.0
        } else {
            100.0 * self.extra as f64 / self.records as f64
        }
    }
}

/// Strict and primary (loose) scores of a group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    /// Full source, target and event codes equal.
    pub strict: Score,
    /// First three characters of each actor code and first two digits of the event code.
    pub primary: Score,
}

/// Scores per category (in name order; records without a category under `(none)`) and
/// overall.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Per category.
    pub categories: BTreeMap<String, Scores>,
    /// Over every evaluated record.
    pub overall: Scores,
}

/// A (source, target, code) triple; `---` for a missing actor.
pub type Triple = (String, String, String);

/// The coded events of a record as triples.
pub fn coded_triples(r: &RecordResult) -> Vec<Triple> {
    r.events
        .iter()
        .map(|e| {
            (
                e.source.as_ref().map_or("---".into(), |a| a.code.clone()),
                e.target.as_ref().map_or("---".into(), |a| a.code.clone()),
                e.cameo.clone(),
            )
        })
        .collect()
}

fn primary(t: &Triple) -> Triple {
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    (cut(&t.0, 3), cut(&t.1, 3), cut(&t.2, 2))
}

/// Number of one-to-one matches between two multisets.
fn matches(expected: &[Triple], coded: &[Triple]) -> usize {
    let mut left: Vec<&Triple> = coded.iter().collect();
    let mut n = 0;
    for e in expected {
        if let Some(p) = left.iter().position(|c| *c == e) {
            left.remove(p);
            n += 1;
        }
    }
    n
}

/// Scores one record: (strict, primary).
pub fn score_record(r: &RecordResult) -> Scores {
    let expected: Vec<Triple> = r
        .expected
        .iter()
        .map(|e| (e.source.clone(), e.target.clone(), e.event.clone()))
        .collect();
    let coded = coded_triples(r);
    let one = |exp: &[Triple], got: &[Triple]| {
        let found = matches(exp, got);
        Score {
            records: 1,
            expected: exp.len(),
            found,
            missed: exp.len() - found,
            extra: got.len() - found,
            false_records: usize::from(exp.is_empty() && !got.is_empty()),
        }
    };
    let pe: Vec<Triple> = expected.iter().map(primary).collect();
    let pc: Vec<Triple> = coded.iter().map(primary).collect();
    Scores {
        strict: one(&expected, &coded),
        primary: one(&pe, &pc),
    }
}

/// Scores a run per category and overall.
pub fn score(run: &RunResult) -> Report {
    let mut rep = Report::default();
    for r in &run.records {
        let s = score_record(r);
        let name = if r.category.is_empty() {
            "(none)".to_string()
        } else {
            r.category.clone()
        };
        let c = rep.categories.entry(name).or_default();
        c.strict.add(&s.strict);
        c.primary.add(&s.primary);
        rep.overall.strict.add(&s.strict);
        rep.overall.primary.add(&s.primary);
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(list: &[(&str, &str, &str)]) -> Vec<ExpectedEvent> {
        list.iter()
            .map(|(s, t, e)| ExpectedEvent {
                source: (*s).into(),
                target: (*t).into(),
                event: (*e).into(),
                line: 1,
                attributes: Vec::new(),
            })
            .collect()
    }

    fn event(s: Option<&str>, t: Option<&str>, code: &str) -> EventOut {
        let actor = |c: Option<&str>| {
            c.map(|c| ActorOut {
                code: c.into(),
                text: String::new(),
            })
        };
        EventOut {
            document_id: "R1".into(),
            category: "X".into(),
            date: "1995-01-01".into(),
            source: actor(s),
            target: actor(t),
            cameo: code.into(),
            non_cameo: false,
            cameo_label: None,
            quad_class: None,
            goldstein: None,
            verb: "v".into(),
            rule: "r".into(),
            sentence: "s".into(),
        }
    }

    fn record(exp: &[(&str, &str, &str)], events: Vec<EventOut>) -> RecordResult {
        RecordResult {
            document_id: "R1".into(),
            category: "X".into(),
            line: 1,
            text: "s".into(),
            expected: expected(exp),
            events,
            discarded: None,
            require_dyad: true,
            settings: Settings::default(),
            analysis: String::new(),
        }
    }

    #[test]
    fn strict_and_primary_matching_is_one_to_one() {
        let r = record(
            &[("ARNGOV", "GON", "0421"), ("ARNGOV", "GON", "0421")],
            vec![
                event(Some("ARNGOV"), Some("GON"), "0421"),
                event(Some("ARNMIL"), Some("GON"), "042"),
                event(None, Some("GON"), "042"),
            ],
        );
        let s = score_record(&r);
        assert_eq!(
            s.strict,
            Score {
                records: 1,
                expected: 2,
                found: 1,
                missed: 1,
                extra: 2,
                false_records: 0
            }
        );
        // Primary: ARN GON 04 twice among the coded ones; the null source stays "---".
        assert_eq!(
            (s.primary.found, s.primary.missed, s.primary.extra),
            (2, 0, 1)
        );
    }

    #[test]
    fn records_without_expected_events() {
        let r = record(&[], vec![event(Some("A"), Some("B"), "010")]);
        let s = score_record(&r);
        assert_eq!((s.strict.false_records, s.strict.extra), (1, 1));
        let run = RunResult {
            records: vec![r, record(&[("A", "B", "010")], vec![])],
            notes: Vec::new(),
        };
        let rep = score(&run);
        assert_eq!(rep.overall.strict.records, 2);
        assert_eq!(rep.overall.strict.missed, 1);
        assert_eq!(rep.categories["X"].strict.false_records, 1);
        assert!((rep.overall.strict.extra_per_100() - 50.0).abs() < 1e-9);
    }

    #[test]
    fn environment_files_missing_ones_noted() {
        let dir = std::env::temp_dir().join(format!("dyad-petrarch-env-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("v.txt"), "--- X [010] ---\nX\n").unwrap();
        let xml = "<Validation><Environment><Verbfile>v.txt</Verbfile>\
                   <Actorfile>missing.txt</Actorfile><Errorfile>err.txt</Errorfile>\
                   </Environment><Sentences><Sentence id=\"a\" date=\"19950101\">\
                   <Text>x</Text></Sentence></Sentences></Validation>";
        let f = RecordFile::parse(xml, "t.xml").unwrap();
        let (paths, notes) = DictionaryPaths::from_environment(&f, &dir);
        assert_eq!(paths.verbs, Some(dir.join("v.txt")));
        assert!(paths.actors.is_empty());
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("missing.txt")));
        assert!(matches!(
            Dictionaries::load(&paths),
            Err(ValidateError::NoActors)
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

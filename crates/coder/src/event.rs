//! The coder's output records: events (the `dyad code` JSON Lines schema) and explanations.

use chrono::NaiveDate;
use serde::Serialize;

/// Versions of what produced an event, copied into every event.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Provenance {
    /// dyad's version (`CARGO_PKG_VERSION` of the binary).
    pub dyad: String,
    /// The event dictionary's `@version`.
    pub event_dictionary: String,
    /// The actor dictionaries' `valid_through` date (YYYY-MM-DD), which versions their content.
    pub actor_dictionaries: String,
    /// The parser model: file name and format version (`dyad-en-ewt.model/v1`).
    pub model: String,
}

/// An actor as printed in an event: its code and where the text names it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorOut {
    /// CAMEO actor code (`USAGOV`, `IGOUNO`).
    pub code: String,
    /// The mention's original text.
    pub text: String,
    /// Char offset of the mention's start in the field (`sentence.field`) of the article.
    pub start: usize,
    /// Char offset of the mention's end (exclusive).
    pub end: usize,
    /// ISO 3166-1 alpha-3 code of the code's first block when it is a country, else null.
    pub country: Option<String>,
    /// The code's other three-letter blocks, in order (`["GOV"]`, `["IGO", "UNO"]`).
    pub sectors: Vec<String>,
    /// How the code was found: `entry`, `agent`, `composition`, `reference`.
    pub resolved_by: &'static str,
}

/// The sentence that reported an event.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SentenceOut {
    /// Index of the sentence in the article: the title's sentences first from 0, then the
    /// body's.
    pub index: usize,
    /// `"text"`, or `"title"` for a JSON Lines or CSV record's title analysed on its own
    /// (offsets then count in the title).
    pub field: &'static str,
    /// The sentence's original text.
    pub text: String,
    /// Char offset of the sentence's start in the field.
    pub start: usize,
    /// Char offset of the sentence's end (exclusive).
    pub end: usize,
}

/// A word or phrase with its char span in the field.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SpanOut {
    /// The original text.
    pub text: String,
    /// Char offset of the start.
    pub start: usize,
    /// Char offset of the end (exclusive).
    pub end: usize,
}

/// PLOVER event type, mode and context of a CAMEO code (from the 2021 CAMEO-to-PLOVER
/// mapping).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PloverOut {
    /// Event type (`CONSULT`).
    pub event: String,
    /// Mode (`visit`), null when the mapping gives none.
    pub mode: Option<String>,
    /// Contexts, possibly empty.
    pub context: Vec<String>,
}

impl From<&dyad_events::table::Plover> for PloverOut {
    fn from(p: &dyad_events::table::Plover) -> PloverOut {
        PloverOut {
            event: p.event.clone(),
            mode: p.mode.clone(),
            context: p.context.clone(),
        }
    }
}

/// One coded event: a line of `dyad code` output. Field meanings are documented in the
/// README ("`dyad code` output").
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Event {
    /// Stable id: 16 hex digits of SHA-256 over document id, date, source, target and code
    /// ([`dyad_events::dedup::event_id`]).
    pub id: String,
    /// The article's id.
    pub document_id: String,
    /// The article's URL, when the input gives one.
    pub url: Option<String>,
    /// Event date, YYYY-MM-DD (first day of the period for month or year precision).
    pub date: String,
    /// `day`, `week`, `month` or `year`.
    pub date_precision: &'static str,
    /// The time expression the date came from; null when it is the publication date.
    pub date_text: Option<String>,
    /// Who reports the event ("A said ..."), when the sentence says.
    pub reporter: Option<ActorOut>,
    /// `historical` (the event's period ended more than 7 days before publication),
    /// `headline` (first reported in the title).
    pub flags: Vec<&'static str>,
    /// The actor that acts; null when the text does not name it (a passive without agent).
    pub source: Option<ActorOut>,
    /// The actor acted upon; null when the text names none ("claimed responsibility").
    pub target: Option<ActorOut>,
    /// CAMEO event code (3 or 4 digits).
    pub cameo: String,
    /// Its codebook label.
    pub cameo_label: String,
    /// Its 2-digit root.
    pub root: String,
    /// Quad class 1-4.
    pub quad_class: u8,
    /// Goldstein score, -10 to +10.
    pub goldstein: f32,
    /// PLOVER mapping; null for CAMEO roots 01 and 02.
    pub plover: Option<PloverOut>,
    /// The first sentence that reported the event.
    pub sentence: SentenceOut,
    /// The trigger word (verb, or event noun or adjective).
    pub verb: SpanOut,
    /// Id of the dictionary pattern that fired (`file:line` of its definition).
    pub pattern: String,
    /// Number of sentences of the article that reported the event.
    pub mentions: usize,
    /// Their indexes, ascending.
    pub mention_sentences: Vec<usize>,
    /// What produced the event.
    pub provenance: Provenance,
}

/// Where an event was read: the sentence, its index among the article's sentences (title
/// first), whether it is in the headline, the trigger word and the rule that fired.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// The sentence (char offsets into its field).
    pub sentence: SentenceOut,
    /// Its index: the title's sentences first, from 0, then the body's.
    pub index: usize,
    /// Whether the sentence belongs to the headline (flag `headline`).
    pub headline: bool,
    /// The trigger word.
    pub verb: SpanOut,
    /// The id of the rule that fired.
    pub pattern: String,
}

impl Event {
    /// An event of `article` with CAMEO `code` (its label, root, quad class, Goldstein and
    /// PLOVER from the codebook table; a code outside it keeps its text, an empty label and
    /// zeros), one mention, and its dedup key: (date, source code, target code, CAMEO code),
    /// an unnamed side counting as [`crate::NO_ACTOR`].
    pub fn new(
        article: &dyad_article::Article,
        date: &dyad_events::dates::EventDate,
        code: &str,
        source: Option<ActorOut>,
        target: Option<ActorOut>,
        evidence: Evidence,
        provenance: &Provenance,
    ) -> (dyad_events::dedup::EventKey, Event) {
        let side = |a: &Option<ActorOut>| {
            a.as_ref()
                .map_or(crate::NO_ACTOR, |a| a.code.as_str())
                .to_string()
        };
        let key =
            dyad_events::dedup::EventKey::new(date.date, &side(&source), &side(&target), code);
        let cameo = dyad_events::CameoCode::get(code);
        let mut flags = Vec::new();
        if date.historical {
            flags.push("historical");
        }
        if evidence.headline {
            flags.push("headline");
        }
        let event = Event {
            id: key.id(&article.id),
            document_id: article.id.clone(),
            url: article.url.clone(),
            date: date.date.format("%Y-%m-%d").to_string(),
            date_precision: date.precision.as_str(),
            date_text: date.mention.as_ref().map(|m| m.text.clone()),
            reporter: None,
            flags,
            source,
            target,
            cameo: code.to_string(),
            cameo_label: cameo.map(|k| k.label.clone()).unwrap_or_default(),
            root: cameo.map_or_else(|| code.chars().take(2).collect(), |k| k.root.clone()),
            quad_class: cameo.map_or(0, |k| k.quad_class),
            goldstein: cameo.map_or(0.0, |k| k.goldstein),
            plover: cameo.and_then(|k| k.plover.as_ref()).map(PloverOut::from),
            sentence: evidence.sentence,
            verb: evidence.verb,
            pattern: evidence.pattern,
            mentions: 1,
            mention_sentences: vec![evidence.index],
            provenance: provenance.clone(),
        };
        (key, event)
    }

    /// The source's actor code, or [`crate::NO_ACTOR`] (`---`) when the text names none.
    pub fn source_code(&self) -> &str {
        self.source
            .as_ref()
            .map_or(crate::NO_ACTOR, |a| a.code.as_str())
    }

    /// The target's actor code, or [`crate::NO_ACTOR`] (`---`) when the text names none.
    pub fn target_code(&self) -> &str {
        self.target
            .as_ref()
            .map_or(crate::NO_ACTOR, |a| a.code.as_str())
    }

    /// The source's text, empty when the text names none.
    pub fn source_text(&self) -> &str {
        self.source.as_ref().map_or("", |a| a.text.as_str())
    }

    /// The target's text, empty when the text names none.
    pub fn target_text(&self) -> &str {
        self.target.as_ref().map_or("", |a| a.text.as_str())
    }
}

/// What the coder decided about one candidate pattern.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Decision {
    /// Pattern id.
    pub pattern: String,
    /// CAMEO code of the pattern.
    pub cameo: String,
    /// The trigger word's original text.
    pub trigger: String,
    /// `coded`, `superseded`, `no_source`, `no_target`, `same_actor`, `press` (a consultation
    /// with the media), or a factuality reason (`negated`, `modal`, `planned`, `requested`,
    /// `conditional`, `question`, `hypothetical`, `alleged`).
    pub outcome: &'static str,
    /// Details (the cue word, the number of events).
    pub detail: String,
}

impl Decision {
    pub(crate) fn new(
        c: &dyad_events::Candidate<'_>,
        trigger: String,
        outcome: &'static str,
        detail: &str,
    ) -> Decision {
        Decision {
            pattern: c.pattern_id().to_string(),
            cameo: c.code().to_string(),
            trigger,
            outcome,
            detail: detail.to_string(),
        }
    }
}

/// The explanation of one sentence (`dyad code --explain`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Explanation {
    /// The article's id.
    pub document_id: String,
    /// The sentence.
    pub sentence: SentenceOut,
    /// One decision per candidate pattern.
    pub decisions: Vec<Decision>,
    /// Verbs (UPOS `VERB`) that no pattern matched.
    pub unmatched_verbs: Vec<SpanOut>,
}

/// The result of coding one article.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedArticle {
    /// The article's id.
    pub document_id: String,
    /// The publication date used.
    pub publication_date: NaiveDate,
    /// Number of sentences analysed (title and body).
    pub sentences: usize,
    /// Merged events, by first reporting sentence.
    pub events: Vec<Event>,
    /// Per-sentence explanations (empty unless [`crate::Options::explain`]).
    pub explanations: Vec<Explanation>,
    /// Problems worth telling the user (missing date).
    pub diagnostics: Vec<String>,
}

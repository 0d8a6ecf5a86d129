//! Stable event ids and merging of duplicate events within one article.
//!
//! * [`event_id`]: the first 16 hex digits of the SHA-256 of the document id, date, source
//!   code, target code and CAMEO code, so a re-run gives the same id.
//! * [`Dedup`]: one event per [`EventKey`] (date, source, target, CAMEO code) per article,
//!   with the number of sentences that reported it, their indexes, and the evidence of the
//!   first of them. A repeated headline thus adds a mention, never a second event.
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_events::dedup::{Dedup, EventKey, event_id};
//!
//! let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let id = event_id("doc-1", day, "USAGOV", "VENGOV", "026");
//! assert_eq!(id.len(), 16);
//! assert_eq!(id, event_id("doc-1", day, "USAGOV", "VENGOV", "026"));
//!
//! let key = EventKey::new(day, "USAGOV", "VENGOV", "026");
//! let mut events = Dedup::new();
//! events.add(key.clone(), 4, "body sentence");
//! events.add(key.clone(), 0, "headline");
//! let merged = events.into_events();
//! assert_eq!(merged.len(), 1);
//! assert_eq!((merged[0].mentions(), &merged[0].sentences[..]), (2, &[0, 4][..]));
//! assert_eq!(merged[0].evidence, "headline");
//! ```

use std::collections::HashMap;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

/// A stable event id: the first 16 lower-case hex digits (64 bits) of the SHA-256 digest of
/// `document_id`, `date` (`YYYY-MM-DD`), `source`, `target` and `code`, each followed by a
/// unit separator (U+001F) so that no two field lists hash the same text.
pub fn event_id(
    document_id: &str,
    date: NaiveDate,
    source: &str,
    target: &str,
    code: &str,
) -> String {
    let mut h = Sha256::new();
    for field in [
        document_id,
        &date.format("%Y-%m-%d").to_string(),
        source,
        target,
        code,
    ] {
        h.update(field.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// What makes two events of one article the same event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventKey {
    /// The event date (first day of its period).
    pub date: NaiveDate,
    /// Source actor code (`USAGOV`).
    pub source: String,
    /// Target actor code (`VENGOV`); empty when the event has no target.
    pub target: String,
    /// CAMEO event code (`026`).
    pub code: String,
}

impl EventKey {
    /// A key from its parts.
    pub fn new(date: NaiveDate, source: &str, target: &str, code: &str) -> EventKey {
        EventKey {
            date,
            source: source.to_string(),
            target: target.to_string(),
            code: code.to_string(),
        }
    }

    /// [`event_id`] of this key in document `document_id`.
    pub fn id(&self, document_id: &str) -> String {
        event_id(
            document_id,
            self.date,
            &self.source,
            &self.target,
            &self.code,
        )
    }
}

/// One merged event.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<T> {
    /// Its key.
    pub key: EventKey,
    /// The evidence given with the earliest sentence that reported it.
    pub evidence: T,
    /// Indexes of the sentences that reported it, ascending, without repeats.
    pub sentences: Vec<usize>,
}

impl<T> Merged<T> {
    /// Number of sentences that reported the event (GDELT's NumMentions within one article).
    pub fn mentions(&self) -> usize {
        self.sentences.len()
    }

    /// Index of the first sentence that reported it.
    pub fn first_sentence(&self) -> usize {
        self.sentences[0]
    }
}

/// Merges the events of one article by [`EventKey`]; `T` is whatever evidence the coder keeps
/// (sentence, spans, pattern id).
#[derive(Debug, Clone)]
pub struct Dedup<T> {
    index: HashMap<EventKey, usize>,
    events: Vec<Merged<T>>,
}

impl<T> Default for Dedup<T> {
    fn default() -> Self {
        Dedup {
            index: HashMap::new(),
            events: Vec::new(),
        }
    }
}

impl<T> Dedup<T> {
    /// An empty table.
    pub fn new() -> Dedup<T> {
        Dedup::default()
    }

    /// Records that sentence `sentence` (its index in the article) reports the event `key`.
    /// Returns true when the key is new. When `sentence` is earlier than every sentence seen
    /// for the key, `evidence` replaces the kept evidence; a sentence reporting the same key
    /// twice counts once.
    pub fn add(&mut self, key: EventKey, sentence: usize, evidence: T) -> bool {
        if let Some(&k) = self.index.get(&key) {
            let e = &mut self.events[k];
            if let Err(pos) = e.sentences.binary_search(&sentence) {
                if pos == 0 {
                    e.evidence = evidence;
                }
                e.sentences.insert(pos, sentence);
            }
            false
        } else {
            self.index.insert(key.clone(), self.events.len());
            self.events.push(Merged {
                key,
                evidence,
                sentences: vec![sentence],
            });
            true
        }
    }

    /// Number of distinct events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether no event was added.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The merged events in order of first addition.
    pub fn iter(&self) -> impl Iterator<Item = &Merged<T>> {
        self.events.iter()
    }

    /// The merged events, ordered by first sentence, then by order of first addition.
    pub fn into_events(self) -> Vec<Merged<T>> {
        let mut v = self.events;
        v.sort_by_key(|e| e.sentences[0]);
        v
    }
}

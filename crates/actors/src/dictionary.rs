//! [`Dictionary`]: the loaded actor dictionaries and their lookups.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::loader::{self, SourceFile};
use crate::matcher::{Hit, Matcher};
use crate::model::*;
use crate::petrarch::PetrarchFile;
use crate::report::CheckReport;

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// Errors of loading dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A dictionary file could not be read.
    #[error("cannot read actor dictionary {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The manifest is malformed.
    #[error("{0}")]
    Manifest(crate::report::Finding),
    /// The files loaded but have errors; the report lists them as `file:line:col: ...`.
    #[error("actor dictionaries have {} errors:\n{report}", report.error_count())]
    Invalid {
        /// All findings.
        report: CheckReport,
    },
}

/// Path (as shown in findings) and text of every shipped dictionary file, in manifest order.
///
/// Paths are `data/actors/<file>` relative to the repository root.
pub fn shipped_files() -> Vec<SourceFile> {
    shipped::FILES
        .iter()
        .map(|(rel, text)| SourceFile {
            path: Arc::from(format!("data/actors/{rel}")),
            text: Arc::from(*text),
        })
        .collect()
}

/// `valid_through` of the shipped manifest (`data/actors/manifest.toml`).
///
/// # Panics
/// Never in a built crate: the build script embeds the manifest and the crate's tests check
/// that it parses.
pub fn shipped_valid_through() -> NaiveDate {
    loader::parse_manifest("data/actors/manifest.toml", shipped::MANIFEST)
        .map(|(d, _)| d)
        .expect("shipped manifest parses (checked by tests)")
}

/// Absolute path of `data/actors/` in the source tree the crate was built from.
pub fn shipped_data_dir() -> &'static Path {
    Path::new(shipped::DATA_DIR)
}

/// The actor dictionaries: countries, organisations, groups, agents, offices and people,
/// with a token matcher over all their names.
#[derive(Debug)]
pub struct Dictionary {
    pub(crate) valid_through: NaiveDate,
    pub(crate) blocks: Vec<Block>,
    pub(crate) block_index: FxHashMap<String, BlockKind>,
    pub(crate) countries: Vec<Country>,
    pub(crate) country_index: FxHashMap<String, usize>,
    pub(crate) actors: Vec<Actor>,
    pub(crate) agents: Vec<Agent>,
    pub(crate) offices: Vec<Office>,
    pub(crate) office_index: FxHashMap<String, usize>,
    pub(crate) people: Vec<Person>,
    pub(crate) vacancies: Vec<Vacancy>,
    pub(crate) disputes: Vec<Dispute>,
    pub(crate) matcher: Matcher,
}

/// One actor mention found by [`Dictionary::match_tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMatch<'d> {
    /// First token of the match (index into the token slice).
    pub start: usize,
    /// One past the last token (half-open range).
    pub end: usize,
    /// Every entry the matched name belongs to (more than one only for shared surnames or
    /// a name used by several kinds of entry).
    pub hits: Cow<'d, [Hit]>,
    /// The match is followed by a possessive (`'s` token or `Venezuela's`).
    pub possessive: bool,
    /// The entry chosen for the reference date: the only hit, the only hit with a code on
    /// that date, or the first hit when all hits with a code agree on it. `None` when
    /// ambiguous (two people named "Castro" both in office).
    pub entry: Option<EntryRef>,
    /// The chosen entry's code at the reference date. For agents this is the sector
    /// blocks only (`GOV`), to be prefixed with a country by composition. `None` for a
    /// person out of office on that date or an ambiguous match.
    pub code: Option<&'d str>,
}

impl Dictionary {
    /// Loads the dictionaries shipped inside the library (no data directory needed).
    ///
    /// # Errors
    /// [`LoadError::Invalid`] if the shipped files have errors (the crate's tests keep
    /// them clean).
    pub fn shipped() -> Result<Dictionary, LoadError> {
        Self::from_sources(&shipped_files(), shipped_valid_through())
    }

    /// The shipped dictionaries, loaded once per process and shared (the first call pays
    /// the load time, see [`Dictionary::shipped`]).
    ///
    /// # Errors
    /// The [`LoadError`] of the first load, if the shipped files have errors.
    pub fn shipped_shared() -> Result<&'static Dictionary, &'static LoadError> {
        static SHARED: std::sync::OnceLock<Result<Dictionary, LoadError>> =
            std::sync::OnceLock::new();
        SHARED.get_or_init(Dictionary::shipped).as_ref()
    }

    /// Loads the shipped dictionaries plus extra files from `paths` (merged: extra files
    /// may add entries and refer to shipped countries, blocks and offices).
    ///
    /// # Errors
    /// [`LoadError::Io`] for an unreadable file, [`LoadError::Invalid`] if any file has
    /// errors.
    pub fn shipped_with(paths: &[PathBuf]) -> Result<Dictionary, LoadError> {
        let files = merged_sources(paths)?;
        Self::from_sources(&files, shipped_valid_through())
    }

    /// Loads exactly `files` with the given `valid_through`.
    ///
    /// # Errors
    /// [`LoadError::Invalid`] if any file has errors.
    pub fn from_sources(
        files: &[SourceFile],
        valid_through: NaiveDate,
    ) -> Result<Dictionary, LoadError> {
        let (dict, report) = Self::load_lenient(files, valid_through);
        if report.is_ok() {
            Ok(dict)
        } else {
            Err(LoadError::Invalid { report })
        }
    }

    /// Loads `files`, keeping every valid entry, and returns the findings alongside.
    pub fn load_lenient(
        files: &[SourceFile],
        valid_through: NaiveDate,
    ) -> (Dictionary, CheckReport) {
        loader::build(files, &[], valid_through)
    }

    /// Loads our `files` merged with PETRARCH/Phoenix actor and agent dictionaries
    /// (`petrarch`), keeping every valid entry, and returns the findings alongside. Our
    /// entries come first: a PETRARCH phrase whose normalised form we already have is
    /// skipped. PETRARCH codes with blocks we do not know are kept and reported as
    /// warnings (checked only when `files` declare blocks). Pass no `files` to load the
    /// PETRARCH dictionaries alone.
    pub fn load_with_petrarch(
        files: &[SourceFile],
        petrarch: &[PetrarchFile],
        valid_through: NaiveDate,
    ) -> (Dictionary, CheckReport) {
        loader::build(files, petrarch, valid_through)
    }

    /// Last date the dictionaries are vouched for.
    pub fn valid_through(&self) -> NaiveDate {
        self.valid_through
    }
    /// Known code blocks.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }
    /// Countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }
    /// Organisations, groups and institutions.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
    /// Agent nouns.
    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }
    /// Offices.
    pub fn offices(&self) -> &[Office] {
        &self.offices
    }
    /// People.
    pub fn people(&self) -> &[Person] {
        &self.people
    }
    /// Declared vacancies.
    pub fn vacancies(&self) -> &[Vacancy] {
        &self.vacancies
    }
    /// Declared disputes.
    pub fn disputes(&self) -> &[Dispute] {
        &self.disputes
    }
    /// Number of distinct name forms (including generated plurals and hyphen variants).
    pub fn name_count(&self) -> usize {
        self.matcher.hit_count()
    }
    /// Number of distinct folded tokens in the names.
    pub fn token_count(&self) -> usize {
        self.matcher.token_count()
    }

    /// The country with ISO 3166-1 alpha-3 `code`.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index.get(code).map(|&i| &self.countries[i])
    }

    /// The office with id `id` (or an `also` alias of it).
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.office_index.get(id).map(|&i| &self.offices[i])
    }

    /// Kind of a code block, if known.
    pub fn block_kind(&self, block: &str) -> Option<BlockKind> {
        self.block_index.get(block).copied()
    }

    /// Checks a CAMEO actor code against the known countries and blocks.
    ///
    /// # Errors
    /// A one-line message naming the unknown or repeated block.
    pub fn validate_code(&self, code: &str) -> Result<(), String> {
        match loader::check_code(code, &self.block_index, &self.country_index) {
            Some(msg) => Err(msg),
            None => Ok(()),
        }
    }

    /// The country a code starts with (`VENGOV` -> Venezuela), if its first block is a
    /// country.
    pub fn country_of_code(&self, code: &str) -> Option<&Country> {
        code.get(..3).and_then(|c| self.country(c))
    }

    /// Matches a phrase given as one string split on whitespace (a convenience for tests
    /// and tools; parsers should pass their own tokens to [`Dictionary::match_tokens`]).
    pub fn match_phrase<'d>(&'d self, phrase: &str, date: NaiveDate) -> Vec<ActorMatch<'d>> {
        let tokens: Vec<&str> = phrase.split_whitespace().collect();
        self.match_tokens(&tokens, None, date)
    }

    /// Canonical name of an entry.
    pub fn entry_name(&self, entry: EntryRef) -> &str {
        match entry {
            EntryRef::Country(i) => &self.countries[i as usize].names[0],
            EntryRef::Actor(i) => {
                let a = &self.actors[i as usize];
                a.names
                    .first()
                    .or(a.abbreviations.first())
                    .map(String::as_str)
                    .unwrap_or(&a.id)
            }
            EntryRef::Agent(i) => {
                let a = &self.agents[i as usize];
                a.names
                    .first()
                    .or(a.plurals.first())
                    .map(String::as_str)
                    .unwrap_or("")
            }
            EntryRef::Person(i) => &self.people[i as usize].name,
        }
    }

    /// The code of `entry` on `date`: a country's alpha-3 code, an actor's code (dated
    /// codes by date), an agent's sector blocks, or the code of the person's role on that
    /// date (`None` when out of every role; among simultaneous roles the one that started
    /// last wins).
    pub fn code_at(&self, entry: EntryRef, date: NaiveDate) -> Option<&str> {
        match entry {
            EntryRef::Country(i) => Some(&self.countries[i as usize].code),
            EntryRef::Actor(i) => self.actors[i as usize]
                .codes
                .iter()
                .find(|c| c.contains(date))
                .map(|c| c.code.as_str()),
            EntryRef::Agent(i) => Some(&self.agents[i as usize].sector),
            EntryRef::Person(i) => self.people[i as usize]
                .roles
                .iter()
                .filter(|r| r.contains(date))
                .max_by_key(|r| r.from)
                .map(|r| r.code.as_str()),
        }
    }

    /// Leftmost-longest matching of dictionary names in one sentence.
    ///
    /// `tokens` are the sentence's word forms in order; `upos`, if given, holds one
    /// Universal POS tag per token (matches may not start or end on a function word, so
    /// "us" tagged PRON is not the United States). Matching is case- and
    /// diacritic-insensitive except for abbreviations ("US", "WHO", "UN"), which must keep
    /// their letter case. A possessive `'s` (glued or split off) ends a match and sets
    /// [`ActorMatch::possessive`]. Codes are chosen for `date`.
    ///
    /// Returned ranges are token indices, half-open, in increasing order, never
    /// overlapping.
    pub fn match_tokens<'d>(
        &'d self,
        tokens: &[&str],
        upos: Option<&[&str]>,
        date: NaiveDate,
    ) -> Vec<ActorMatch<'d>> {
        self.matcher
            .find(tokens, upos)
            .into_iter()
            .map(|m| {
                let (entry, code) = self.choose(&m.hits, date);
                ActorMatch {
                    start: m.start,
                    end: m.end,
                    hits: m.hits,
                    possessive: m.possessive,
                    entry,
                    code,
                }
            })
            .collect()
    }

    fn choose<'d>(&'d self, hits: &[Hit], date: NaiveDate) -> (Option<EntryRef>, Option<&'d str>) {
        let mut entries: Vec<EntryRef> = Vec::new();
        for h in hits {
            if !entries.contains(&h.entry) {
                entries.push(h.entry);
            }
        }
        if entries.len() == 1 {
            return (Some(entries[0]), self.code_at(entries[0], date));
        }
        let with_code: Vec<(EntryRef, &str)> = entries
            .iter()
            .filter_map(|&e| self.code_at(e, date).map(|c| (e, c)))
            .collect();
        match with_code.as_slice() {
            [] => (None, None),
            [(e, c)] => (Some(*e), Some(*c)),
            // Several entries, one code (two agent entries sharing a noun): keep the first.
            [(e, c), rest @ ..] if rest.iter().all(|(_, c2)| c2 == c) => (Some(*e), Some(*c)),
            _ => (None, None),
        }
    }
}

/// Shipped files plus `paths`; a path naming a shipped file replaces it.
pub(crate) fn merged_sources(paths: &[PathBuf]) -> Result<Vec<SourceFile>, LoadError> {
    let data_dir = shipped_data_dir();
    let mut extra = Vec::new();
    let mut replaced: Vec<String> = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(p).map_err(|source| LoadError::Io {
            path: p.clone(),
            source,
        })?;
        let canon = p.canonicalize().unwrap_or_else(|_| p.clone());
        let shown = match canon.strip_prefix(data_dir) {
            Ok(rel) => {
                let rel = rel.to_string_lossy().replace('\\', "/");
                replaced.push(rel.clone());
                format!("data/actors/{rel}")
            }
            Err(_) => p.display().to_string(),
        };
        extra.push(SourceFile {
            path: Arc::from(shown),
            text: Arc::from(text),
        });
    }
    let mut files: Vec<SourceFile> = shipped::FILES
        .iter()
        .filter(|(rel, _)| !replaced.iter().any(|r| r == rel))
        .map(|(rel, text)| SourceFile {
            path: Arc::from(format!("data/actors/{rel}")),
            text: Arc::from(*text),
        })
        .collect();
    files.extend(extra);
    Ok(files)
}

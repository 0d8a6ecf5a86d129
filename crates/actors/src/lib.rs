//! dyad-actors: CAMEO actor dictionaries, their checks, and actor-name matching.
//!
//! # Overview
//!
//! dyad ships its own actor dictionaries in the `dyad-actors/1` TOML format described in
//! `data/actors/FORMAT.md`: countries and territories (ISO 3166-1 alpha-3 codes with
//! names, adjectives, demonyms, capital metonyms and abbreviations), international
//! organisations and NGOs, armed and non-state groups, agent nouns with their sector
//! blocks, and people holding dated offices. `data/actors/manifest.toml` lists the
//! shipped files and `valid_through`, the last date the data is vouched for; the build
//! embeds the listed files with `include_str!`, so no data directory is needed at run
//! time. Extra files can be merged from paths ([`Dictionary::shipped_with`]).
//!
//! Loading validates everything and reports problems as [`Finding`]s that display as
//! `file:line:col: error: message` (line and column are 1-based, columns count chars).
//! [`check_shipped`], [`check_files`] and [`coverage_shipped`] are the checks behind
//! `dyad dict check`.
//!
//! [`Dictionary::match_tokens`] finds actor names in a sentence given as word forms
//! (leftmost-longest, case- and diacritic-insensitive, possessives and plurals handled)
//! and picks each entry's CAMEO code for a reference date.
//!
//! [`Resolver::resolve_sentence`] resolves the actor mentions of one dependency-parsed
//! sentence ([`ParsedWord`]s: form, lemma, UPOS, head, deprel, byte span) at a reference
//! date: dictionary matches, composition inside one noun phrase ("Colombian President
//! Gustavo Petro" -> `COLGOV`, "the Maduro regime" -> `VENGOV`, "rebels from Syria" ->
//! `SYRREB`), agent nouns with the country in focus, unknown proper names kept without a
//! code, and within-article reference (surnames, titles, pronouns, "the country") through
//! an [`ArticleContext`]. The [`resolve`] module documentation gives the
//! rules. The crate depends on no parser: callers bring their own parse.
//!
//! [`Dictionary::load_with_petrarch`] reads PETRARCH/Phoenix actor and agent
//! dictionaries (TABARI-style text with synonyms and date restrictions), alone or merged
//! with ours; their syntax errors are findings with file and line.
//!
//! Measured (criterion, `cargo bench -p dyad-actors --bench actors`, shared 2-core
//! machine): loading the shipped dictionaries takes 30-65 ms (target < 200 ms);
//! matching runs at 6.5-9 million tokens/s on one core over the UD English EWT test set
//! (target >= 1 million); the spread is the load of the shared machine. Resolution
//! ([`Resolver::resolve_sentence`], matching included) runs at about 2.4 million words/s
//! over the gold parses of the same test set (`cargo bench -p dyad-actors --bench resolve`).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_actors::{Dictionary, EntryRef};
//!
//! let dict = Dictionary::shipped().expect("shipped dictionaries are valid");
//! let tokens = ["The", "UN", "Security", "Council", "urged", "Venezuelans", "and",
//!               "the", "Bogotá", "government", "to", "talk", "."];
//! let date = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
//! let found = dict.match_tokens(&tokens, None, date);
//! let codes: Vec<(usize, usize, Option<&str>)> =
//!     found.iter().map(|m| (m.start, m.end, m.code)).collect();
//! assert_eq!(codes, vec![
//!     (1, 4, Some("IGOUNO")),     // "UN Security Council"
//!     (5, 6, Some("VEN")),        // "Venezuelans"
//!     (8, 9, Some("COL")),        // "Bogotá", the capital standing for Colombia
//!     (9, 10, Some("GOV")),       // agent noun: sector block only
//! ]);
//! assert!(matches!(found[1].entry, Some(EntryRef::Country(_))));
//! ```
//!
//! Resolution over a parse (CoNLL-U heads: 1-based, 0 = root; spans are bytes into `text`):
//!
//! ```
//! use dyad_actors::{ArticleContext, Dictionary, NaiveDate, ParsedWord, ResolvedBy, Resolver};
//!
//! let dict = Dictionary::shipped().expect("shipped dictionaries are valid");
//! let text = "rebels from Syria";
//! let w = |form: &str, upos: &str, head: usize, deprel: &str, at: usize| ParsedWord {
//!     form: form.into(), lemma: form.to_lowercase(), upos: upos.into(), head,
//!     deprel: deprel.into(), span: at..at + form.len(),
//! };
//! let words = [w("rebels", "NOUN", 0, "root", 0), w("from", "ADP", 3, "case", 7),
//!              w("Syria", "PROPN", 1, "nmod", 12)];
//! let date = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
//! let mut ctx = ArticleContext::new();
//! let found = Resolver::new(&dict).resolve_sentence(&words, text, date, &mut ctx, false);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].code.as_deref(), Some("SYRREB"));
//! assert_eq!(found[0].resolved_by, ResolvedBy::Composition);
//! assert_eq!(found[0].text, "rebels from Syria");
//! ```

#![warn(missing_docs)]

mod check;
mod codes;
mod dictionary;
mod loader;
mod matcher;
mod model;
mod normalize;
mod petrarch;
mod report;
pub mod resolve;
mod schema;

pub use check::{
    CoverageIssue, CoverageReport, IssueKind, OfficeCoverage, check_files, check_shipped, coverage,
    coverage_shipped, coverage_start,
};
pub use codes::{blocks_of, compose_code};
pub use dictionary::{
    ActorMatch, Dictionary, LoadError, shipped_data_dir, shipped_files, shipped_valid_through,
};
pub use loader::{FORMAT, SourceFile};
pub use matcher::Hit;
pub use model::*;
pub use normalize::{Folded, fold_keep_case, fold_token, is_possessive_clitic};
pub use petrarch::{PetrarchFile, PetrarchKind};
pub use report::{CheckReport, Finding, Location, Severity};
pub use resolve::{ArticleContext, Mention, ParsedWord, ResolvedBy, Resolver};

pub use chrono::NaiveDate;

//! Readers for PETRARCH-2 files, so that research groups can bring their dictionaries and
//! their PETRARCH XML input to dyad as they are:
//!
//! * [`verbs`]: verb dictionaries in the `CAMEO.2.0.txt` format (synsets, verb blocks,
//!   patterns, transformations);
//! * [`ontology`]: the internal coding ontology (`<PICOfile>`) and PETRARCH-2's code
//!   combination;
//! * [`discards`]: sentence- and story-level discard phrases;
//! * [`records`]: a tolerant reader of PETRARCH XML input and validation files.
//!
//! Every reader is tolerant: a bad line is skipped and reported as a [`Diagnostic`] naming the
//! file and line; `into_strict` turns the first such error into a [`PetrarchError`].
//!
//! [`apply`] applies the verb patterns over dyad's own dependency parses, [`compose`] builds
//! PETRARCH-style actor codes (actor plus agents) from dictionary matches (and new actors
//! from uncoded noun phrases), [`commas`] removes comma-delimited clauses, [`options`] holds
//! the options that `<Config>` tags change, and [`validate`] runs a PETRARCH validation file
//! end to end (`dyad validate`). [`article`] codes whole
//! articles with PETRARCH dictionaries into dyad's own event schema (`dyad code
//! --dictionaries petrarch|both`).
//!
//! Formats: openeventdata/petrarch2 `docs/source/dictionaries.rst`, `docs/source/inputs.rst`
//! and `Petrarch2.tex`; the ontology file and its use from openeventdata/UniversalPetrarch.

#![warn(missing_docs)]

pub mod apply;
pub mod article;
pub mod code;
pub mod commas;
pub mod compose;
pub mod discards;
pub mod error;
pub mod ontology;
pub mod options;
pub mod records;
mod source;
pub mod validate;
pub mod verbs;

pub use code::{CodeError, CodePart, DictCode};
pub use discards::DiscardList;
pub use error::{Diagnostic, PetrarchError, Severity};
pub use ontology::CodingOntology;
pub use records::RecordFile;
pub use verbs::VerbDictionary;

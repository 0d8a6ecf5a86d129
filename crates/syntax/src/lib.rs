//! dyad-syntax: dyad's own English analyser. It tags words with UPOS and XPOS (Penn Treebank
//! tags), lemmatises them and parses them into Universal Dependencies trees (UD v2 relations with
//! the subtypes of UD English EWT, such as `nsubj:pass`, `obl:agent`, `acl:relcl`).
//!
//! * Tagger: greedy averaged perceptron over word, affix, shape and context features, predicting
//!   a (UPOS, XPOS) pair; title-case and all-capitals headlines are truecased first, and a
//!   headline word the truecaser lowercased is never left a proper noun.
//! * Lemmatiser: lookup by (form, XPOS) learnt from training data, then suffix-edit rules.
//! * Parser: arc-hybrid transitions, greedy, averaged perceptron trained with a dynamic oracle
//!   on jackknifed tags.
//!
//! The committed model lives at `models/dyad-en-ewt.model` in the repository
//! ([`SHIPPED_MODEL_PATH`]); [`Model::shipped`] loads it (or the file named by the `DYAD_MODEL`
//! environment variable). It is trained by our code on the UD English EWT training split
//! (CC BY-SA 4.0). The file format is versioned: [`MAGIC`], [`FORMAT_VERSION`] (u32 LE), payload
//! length (u64 LE), payload checksum (u64 LE), then a postcard-encoded payload.
//!
//! ```no_run
//! let model = dyad_syntax::Model::shipped()?;
//! for w in model.analyse_words(&["Blinken", "Pressures", "Venezuelans", "into", "Talks"]) {
//!     println!("{} {} {} {} {}", w.upos, w.xpos, w.lemma, w.head, w.deprel);
//! }
//! # Ok::<(), dyad_syntax::ModelError>(())
//! ```
//!
//! Training (feature `train`): `train::train`, `Model::add_case_text`; the `dyad train-syntax`
//! command runs them.

mod eval;
mod lemma;
mod linear;
mod model;
mod parser;
mod tagger;
#[cfg(feature = "train")]
pub mod train;
mod truecase;

pub use eval::{AlignedScores, EvalError, ScoredWord, Scores, evaluate};
pub use model::{FORMAT_VERSION, MAGIC, Model, ModelError, SHIPPED_MODEL_PATH, WordAnalysis};

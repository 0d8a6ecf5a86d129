//! dyad-text: the text layer of dyad.
//!
//! The read path of one unit of text (an article body, a paragraph, a headline):
//! 1. [`Normalized::new`] folds typography (curly quotes, dashes, odd spaces, ellipses,
//!    full-width forms) and repairs double-encoded UTF-8, keeping an exact map back;
//! 2. [`split_paragraphs`] cuts at blank lines (the article reader gives its own paragraphs);
//! 3. [`split_sentences`] splits one paragraph (or headline, dateline ...) into sentences;
//! 4. [`tokenize`] (or the allocation-free [`tokenize_spans`]) splits one sentence into
//!    Universal Dependencies tokens and syntactic words as UD English EWT does.
//!
//! [`eval`] scores the whole path against CoNLL-U gold data with the CoNLL 2018 metrics.
//!
//! All offsets inside this crate are **byte** offsets, half-open (`start..end`), into the text
//! named in each item's documentation: the normalised text for sentences and tokens, mapped to
//! the original with [`Normalized::original_range`]. Output layers convert bytes to Unicode
//! scalar (char) offsets with [`CharOffsets`].
//!
//! ```
//! use dyad_text::{CharOffsets, Normalized, split_sentences, tokenize};
//!
//! let original = "Guaidó met U.S. officials. Venezuela’s army didn’t move.";
//! let norm = Normalized::new(original);
//! let text = norm.as_str();
//! let sentences = split_sentences(text, 0..text.len());
//! assert_eq!(sentences.len(), 2);
//! let tokens = tokenize(text, sentences[1].clone());
//! let forms: Vec<&str> = tokens.iter().map(|t| &original[norm.original_range(t.span.clone())]).collect();
//! assert_eq!(forms, ["Venezuela’s", "army", "didn’t", "move", "."]);
//! let words: Vec<&str> = tokens[2].words.iter().map(|w| w.form.as_str()).collect();
//! assert_eq!(words, ["did", "n't"]); // word forms are normalised text
//! // Char offsets for output: "Venezuela’s" starts at char 27 of the original.
//! let chars = CharOffsets::new(original);
//! assert_eq!(chars.char_of(norm.to_original(tokens[0].span.start)), 27);
//! ```

mod abbrev;
mod normalize;
mod offsets;
mod sentences;
mod tokenize;

pub use normalize::{Normalized, Repair};
pub use offsets::CharOffsets;
pub use sentences::split_sentences;
pub use tokenize::{Token, TokenSpan, Word, tokenize, tokenize_spans};

pub mod eval;
mod paragraphs;

pub use paragraphs::split_paragraphs;

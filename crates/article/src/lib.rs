//! dyad-article: reads news articles in the forms users have them and finds their structure.
//!
//! Inputs ([`Input`]) are plain-text files (one article per file), JSON Lines and CSV files
//! (one article per record, columns `text` (required), `id`, `url`, `date`, `title`,
//! `source`), directories (walked recursively for `.txt`, `.jsonl` and `.csv` files) and
//! standard input. [`Articles`] iterates over them and yields, in input order, either an
//! [`Article`] or a [`ReadError`] for a record or file that could not be read, and goes on.
//!
//! Bytes are decoded by [`decode::decode`] (byte order marks, UTF-8, UTF-16, legacy
//! single-byte encodings guessed with `chardetng`); the decoded text is normalised by
//! [`dyad_text::Normalized`] (typography, mojibake repair); the structure is found on the
//! normalised text by [`analyse`]: headline and its repeats, publication-date line,
//! wire dateline, byline, body paragraphs and their sentences, boilerplate.
//!
//! # Offsets
//! Every span in an [`Article`] is a half-open **byte** range into [`Article::text`], the text
//! as decoded (before normalisation or repair): the whole decoded content of a plain-text file,
//! or the `text` field of a record. The spans of a record's title are byte ranges into
//! [`Title::text`]. Each span also has its `norm` twin: the byte range into the normalised text
//! ([`Article::normalized`] or [`Title::normalized`]) that the text layer's tokenizer works on.
//! Output layers convert byte offsets to char offsets with [`dyad_text::CharOffsets`].
//!
//! # Invariants
//! Within an article, the spans of the headline, date line, byline, dateline, paragraphs and
//! boilerplate are in bounds, on char boundaries, non-empty and pairwise disjoint; paragraphs
//! are in text order and hold their sentences, which are in order and disjoint.

mod analyse;
pub mod boilerplate;
pub mod date;
pub mod dateline;
pub mod decode;
mod error;
mod input;

use std::ops::Range;

pub use analyse::analyse;
pub use boilerplate::BoilerplateKind;
pub use error::{Diagnostic, Location, ReadError, Severity};
pub use input::{Articles, DEFAULT_MAX_BYTES, Format, Input, ReadOptions, RecordMeta};

/// One article and its structure.
#[derive(Debug, Clone)]
pub struct Article {
    /// The identifier: the record's `id`, else its `url`, else `FILE#N` (record N of FILE);
    /// for a plain-text file its path as given or found (`-` for standard input).
    pub id: String,
    /// Where the article comes from (file, and line and record for JSON Lines and CSV).
    pub location: Location,
    /// The text as decoded: the base of every span of the article.
    pub text: String,
    /// The normalised text (typography folded, mojibake repaired) with its map back to
    /// [`Article::text`].
    pub normalized: dyad_text::Normalized,
    /// The record's `url` column or field.
    pub url: Option<String>,
    /// The record's `source` column or field.
    pub source: Option<String>,
    /// The title: the record's `title` field, else the headline line of a plain-text article.
    pub title: Option<Title>,
    /// The publication date: the record's `date` when it parses, else the date line's.
    pub date: Option<chrono::NaiveDate>,
    /// Where [`Article::date`] comes from.
    pub date_origin: Option<DateOrigin>,
    /// The publication-date line, byte range into [`Article::text`] (trimmed).
    pub date_line: Option<Unit>,
    /// The wire dateline cut from the start of the lede.
    pub dateline: Option<Dateline>,
    /// The byline ("By Jane Doe"): the unit covers the name(s) after "By ".
    pub byline: Option<Unit>,
    /// Body paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Boilerplate spans in text order (kept and reported, never analysed).
    pub boilerplate: Vec<Boilerplate>,
    /// What the reader guessed, repaired or found odd.
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// The original text of a span (a byte range into [`Article::text`]).
    pub fn slice(&self, span: &Range<usize>) -> &str {
        &self.text[span.clone()]
    }

    /// All sentences of the body, in order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter())
    }

    /// Whether any diagnostic has [`Severity::Error`] (part of the input was lost).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// A stretch of text: its byte range in the original text and in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Byte range into the original text (the article's text, or a record title's text).
    pub span: Range<usize>,
    /// Byte range into the matching normalised text.
    pub norm: Range<usize>,
}

/// One sentence (byte ranges as in [`Unit`]).
pub type Sentence = Unit;

/// One body paragraph and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range into [`Article::text`] (trimmed; after the dateline for the lede).
    pub span: Range<usize>,
    /// Byte range into the normalised text.
    pub norm: Range<usize>,
    /// The sentences, by [`dyad_text::split_sentences`] on the paragraph.
    pub sentences: Vec<Sentence>,
}

/// Where a title comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleOrigin {
    /// The first line of a plain-text article; spans are into [`Article::text`].
    Headline,
    /// The record's `title` field; spans are into [`Title::text`].
    Field,
}

/// An article's title, analysed as its own unit.
#[derive(Debug, Clone)]
pub struct Title {
    /// The title as written (for a headline: the trimmed line of the article's text).
    pub text: String,
    /// Where it comes from, which says what its spans are relative to.
    pub origin: TitleOrigin,
    /// Byte range: into [`Article::text`] for a headline, into [`Title::text`] (its whole
    /// length, trimmed) for a field.
    pub span: Range<usize>,
    /// Byte range into the normalised text (the article's, or `normalized` here for a field).
    pub norm: Range<usize>,
    /// Its sentences (usually one), byte ranges as `span` and `norm`.
    pub sentences: Vec<Sentence>,
    /// For a field title: its own normalised text. `None` for a headline (the article's
    /// [`Article::normalized`] serves).
    pub normalized: Option<dyad_text::Normalized>,
}

/// Where a publication date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrigin {
    /// The record's `date` column or field.
    Column,
    /// The date line of the text.
    DateLine,
}

/// A wire dateline ("CARACAS, Oct 7 (Reuters) -").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline with its separator, byte range into [`Article::text`].
    pub unit: Unit,
    /// The place as written ("CARACAS", "NAIROBI, Kenya").
    pub place: String,
    /// The agency in brackets ("Reuters", "AP"), if any.
    pub agency: Option<String>,
    /// True when the dateline was glued to the lede without a separator.
    pub glued: bool,
}

/// A boilerplate span: kept and reported, never analysed as article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Boilerplate {
    /// What it is.
    pub kind: BoilerplateKind,
    /// Byte range into [`Article::text`] (for a repeated headline: the copy).
    pub unit: Unit,
}

//! Errors (records that could not be read) and diagnostics (what the reader guessed, repaired or
//! found odd in a record that it did read).

use std::fmt;
use std::ops::Range;

/// Where a record comes from: a file (or `-` for standard input), and within it a line and, for
/// JSON Lines and CSV inputs, the record number.
///
/// Lines and records are counted from 1. For CSV the line is the line on which the record
/// starts (the header is line 1, record 1 is the first data row). For JSON Lines the record
/// number equals the line number of non-empty lines counted from 1.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The path as given (or found while walking a directory); `-` for standard input.
    pub file: String,
    /// 1-based line number, when known.
    pub line: Option<u64>,
    /// 1-based record number within a JSON Lines or CSV file, when the input has records.
    pub record: Option<u64>,
}

impl Location {
    /// A location naming a whole file.
    pub fn file(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            line: None,
            record: None,
        }
    }

    /// The same file with a line number.
    pub fn at_line(&self, line: u64) -> Location {
        Location {
            file: self.file.clone(),
            line: Some(line),
            record: self.record,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = self.record {
            write!(f, " (record {record})")?;
        }
        Ok(())
    }
}

/// A record (or a whole file) that could not be read into an article. The iterator over
/// inputs yields it in place of the article(s) and goes on with the next record or file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory could not be opened or read.
    #[error("{location}: cannot read: {source}")]
    Io {
        /// The file.
        location: Location,
        /// The operating-system error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not text in any encoding the reader detects (for example binary data).
    #[error("{location}: undecodable bytes: {detail}")]
    Undecodable {
        /// The file, with the line of the first bad byte when known.
        location: Location,
        /// What was found.
        detail: String,
    },
    /// A JSON Lines line that is not a JSON object.
    #[error("{location}: malformed JSON line: {detail}")]
    Json {
        /// File, line and record.
        location: Location,
        /// The JSON parser's message (or "not an object").
        detail: String,
    },
    /// A CSV row that the CSV reader rejects (for example a wrong number of fields).
    #[error("{location}: malformed CSV row: {detail}")]
    Csv {
        /// File, line and record.
        location: Location,
        /// The CSV reader's message.
        detail: String,
    },
    /// A record or CSV header without the required `text` field or column (or whose `text` is
    /// not a string).
    #[error("{location}: {what}")]
    MissingText {
        /// File, line and record (for a CSV header: line 1 and no record).
        location: Location,
        /// What is wrong: "no `text` column in the header", "no `text` field in the record" or
        /// "the `text` field is not a string".
        what: &'static str,
    },
    /// The article text is empty or holds only white space.
    #[error("{location}: empty article")]
    Empty {
        /// File, line and record.
        location: Location,
    },
    /// The article text (or the file, for plain text) is larger than the configured limit.
    #[error("{location}: article of {bytes} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// File, line and record.
        location: Location,
        /// Size in bytes (file size for plain text, decoded UTF-8 size of `text` for records).
        bytes: u64,
        /// The limit in bytes ([`crate::ReadOptions::max_bytes`]).
        limit: u64,
    },
}

impl ReadError {
    /// Where the error occurred.
    pub fn location(&self) -> &Location {
        match self {
            ReadError::Io { location, .. }
            | ReadError::Undecodable { location, .. }
            | ReadError::Json { location, .. }
            | ReadError::Csv { location, .. }
            | ReadError::MissingText { location, .. }
            | ReadError::Empty { location }
            | ReadError::TooLarge { location, .. } => location,
        }
    }

    /// A short stable name of the error kind (`io`, `undecodable`, `json`, `csv`,
    /// `missing_text`, `empty`, `too_large`), for summaries and machine-readable output.
    pub fn kind(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "io",
            ReadError::Undecodable { .. } => "undecodable",
            ReadError::Json { .. } => "json",
            ReadError::Csv { .. } => "csv",
            ReadError::MissingText { .. } => "missing_text",
            ReadError::Empty { .. } => "empty",
            ReadError::TooLarge { .. } => "too_large",
        }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A note on what the reader recognised or assumed (a BOM removed, a layout chosen).
    Info,
    /// A guess or repair that may be wrong (an encoding guessed, mojibake repaired, a date
    /// column that does not parse).
    Warning,
    /// Part of the input was lost (bytes replaced by U+FFFD). An article carrying an error
    /// diagnostic counts as failed in `dyad read`'s exit status.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Something the reader guessed, repaired or found odd in a record it did read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A short stable name: `bom`, `encoding_guess`, `invalid_utf8`, `mojibake_repair`,
    /// `date_column_unparsed`, `date_mismatch`, `weekday_mismatch`, `layout`, `title_missing`,
    /// `dateline_glued`, `no_body`.
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
    /// Where in the input (file and line or record).
    pub location: Location,
    /// The byte range in the article text (see [`crate::Article::text`]) that it is about,
    /// when it is about a part of the text.
    pub span: Option<Range<usize>>,
}

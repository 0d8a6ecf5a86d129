//! Typed errors and per-line diagnostics shared by every reader.

use std::fmt;
use std::path::PathBuf;

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Odd but understood input: the line was read, perhaps with a guess that the message names.
    Warning,
    /// The line (or tag) could not be understood and was skipped.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem found while reading a file: its file name, 1-based line number, severity and a
/// human-readable message.
///
/// Readers are tolerant: they collect diagnostics instead of stopping at the first bad line.
/// Use the readers' `into_strict` methods to turn the first [`Severity::Error`] into a
/// [`PetrarchError::Syntax`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {severity}: {message}")]
pub struct Diagnostic {
    /// File name as given to the reader (a path or a label such as `<inline>`).
    pub file: String,
    /// 1-based line number in that file.
    pub line: usize,
    /// Whether the line was read (warning) or skipped (error).
    pub severity: Severity,
    /// What went wrong, in words.
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        file: &str,
        line: usize,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            severity,
            message: message.into(),
        }
    }
}

/// Errors of the PETRARCH readers.
#[derive(Debug, thiserror::Error)]
pub enum PetrarchError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file was read but is not usable (for instance a verb dictionary without any verb
    /// block), or strict mode met a line that had to be skipped.
    #[error("{0}")]
    Syntax(Diagnostic),
}

/// Returns the first error-severity diagnostic as a [`PetrarchError::Syntax`].
pub(crate) fn first_error(diagnostics: &[Diagnostic]) -> Result<(), PetrarchError> {
    match diagnostics.iter().find(|d| d.severity == Severity::Error) {
        Some(d) => Err(PetrarchError::Syntax(d.clone())),
        None => Ok(()),
    }
}

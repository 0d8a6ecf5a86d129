//! Findings of the loader and the checker: `file:line:col: severity: message`.

use std::fmt;
use std::sync::Arc;

/// How bad a [`Finding`] is. Any [`Severity::Error`] makes `dyad dict check` fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Suspicious but loadable.
    Warning,
    /// The dictionaries are wrong: a bad code, date, name or reference.
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

/// A position in a dictionary file.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalar values (chars) from the
/// start of the line. `file` is the path as given to the loader (shipped files are named
/// `data/actors/<path in the manifest>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// File path as given to the loader.
    pub file: Arc<str>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in chars.
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One problem found in a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Where the offending value starts.
    pub location: Location,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
}

impl Finding {
    /// File path of the finding.
    pub fn file(&self) -> &str {
        &self.location.file
    }
    /// 1-based line.
    pub fn line(&self) -> u32 {
        self.location.line
    }
    /// 1-based column (chars).
    pub fn column(&self) -> u32 {
        self.location.column
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.location, self.severity, self.message)
    }
}

/// All findings of one load or check, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// The findings, sorted by file, line, column.
    pub findings: Vec<Finding>,
    /// Number of files read.
    pub files: usize,
}

impl CheckReport {
    /// Number of findings of severity [`Severity::Error`].
    pub fn error_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
    /// Number of findings of severity [`Severity::Warning`].
    pub fn warning_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
    /// True when no finding is an error.
    pub fn is_ok(&self) -> bool {
        self.error_count() == 0
    }
    pub(crate) fn sort(&mut self) {
        self.findings.sort_by(|a, b| {
            (
                &a.location.file,
                a.location.line,
                a.location.column,
                &a.message,
            )
                .cmp(&(
                    &b.location.file,
                    b.location.line,
                    b.location.column,
                    &b.message,
                ))
        });
        self.findings.dedup();
    }
}

impl fmt::Display for CheckReport {
    /// One finding a line, then a summary line `N files, N errors, N warnings`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        write!(
            f,
            "{} files, {} errors, {} warnings",
            self.files,
            self.error_count(),
            self.warning_count()
        )
    }
}

/// Maps byte offsets of one file to [`Location`]s.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    file: Arc<str>,
    text: Arc<str>,
    /// Byte offset of the start of every line.
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(file: Arc<str>, text: Arc<str>) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { file, text, starts }
    }

    /// Location of byte offset `offset` (clamped to the text).
    pub(crate) fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.text[start..end].chars().count() + 1;
        Location {
            file: self.file.clone(),
            line: (line + 1) as u32,
            column: column as u32,
        }
    }
}

//! `dyad dict check`: loads dictionary files and reports every problem with file, line and
//! column, plus CAMEO code coverage.

use std::collections::BTreeSet;
use std::fmt;
use std::path::PathBuf;

use crate::dict::{self, Dictionary, Finding, SHIPPED_FILES, Severity};
use crate::table::CameoCode;

/// The result of checking a set of dictionary files.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// The files checked, as named in findings.
    pub files: Vec<String>,
    /// Well-formed patterns loaded.
    pub patterns: usize,
    /// Every finding, errors and warnings, in file and line order.
    pub findings: Vec<Finding>,
    /// Emittable (3- and 4-digit) CAMEO codes with at least one pattern.
    pub codes_covered: usize,
    /// Emittable CAMEO codes with no pattern, in table order.
    pub uncovered: Vec<String>,
}

impl CheckReport {
    /// Number of findings of severity error.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// True when there is no error (warnings allowed).
    pub fn is_ok(&self) -> bool {
        self.errors() == 0
    }
}

impl fmt::Display for CheckReport {
    /// One line per finding (`file:line:col: error: message`), a line listing the codes without
    /// a pattern (if any), then a summary line:
    /// `N files, N patterns, N/291 codes covered, N errors, N warnings`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for x in &self.findings {
            writeln!(f, "{x}")?;
        }
        if !self.uncovered.is_empty() {
            writeln!(f, "codes without a pattern: {}", self.uncovered.join(" "))?;
        }
        write!(
            f,
            "{} files, {} patterns, {}/{} codes covered, {} errors, {} warnings",
            self.files.len(),
            self.patterns,
            self.codes_covered,
            self.codes_covered + self.uncovered.len(),
            self.errors(),
            self.findings.len() - self.errors()
        )
    }
}

fn report(files: Vec<String>, d: &Dictionary, findings: Vec<Finding>) -> CheckReport {
    let covered: BTreeSet<&str> = d
        .patterns
        .iter()
        .flat_map(|p| std::iter::once(p.code.as_str()).chain(p.reverse_code.as_deref()))
        .collect();
    let uncovered: Vec<String> = CameoCode::emittable()
        .filter(|c| !covered.contains(c.code.as_str()))
        .map(|c| c.code.clone())
        .collect();
    CheckReport {
        files,
        patterns: d.patterns.len(),
        findings,
        codes_covered: CameoCode::emittable().count() - uncovered.len(),
        uncovered,
    }
}

/// Checks the dictionary shipped with the library (`data/events/patterns/*.pat`).
pub fn check_shipped() -> CheckReport {
    let (d, findings) = dict::load_texts(SHIPPED_FILES.iter().map(|(p, t)| (p.to_string(), *t)));
    report(
        SHIPPED_FILES.iter().map(|(p, _)| p.to_string()).collect(),
        &d,
        findings,
    )
}

/// Checks dictionary files; a directory stands for the `.pat` files in it (sorted by name).
/// Unreadable files are reported as findings at line 0, column 0.
pub fn check_files(paths: &[PathBuf]) -> CheckReport {
    let mut files = Vec::new();
    let mut findings = Vec::new();
    for p in paths {
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    let mut v: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|q| dict::is_pattern_file(q))
                        .collect();
                    v.sort();
                    files.extend(v);
                }
                Err(e) => findings.push(Finding {
                    file: p.display().to_string(),
                    line: 0,
                    col: 0,
                    severity: Severity::Error,
                    message: format!("cannot read directory: {e}"),
                }),
            }
        } else {
            files.push(p.clone());
        }
    }
    let (d, mut more) = dict::load_paths(&files);
    findings.append(&mut more);
    report(
        files.iter().map(|p| p.display().to_string()).collect(),
        &d,
        findings,
    )
}

//! The public checks behind `dyad dict check` and `dyad dict check --coverage`.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Days, NaiveDate};

use crate::dictionary::{
    Dictionary, LoadError, merged_sources, shipped_files, shipped_valid_through,
};
use crate::model::Office;
use crate::report::{CheckReport, Finding, Location, Severity};

/// Checks every dictionary file dyad ships (`data/actors/manifest.toml`).
///
/// Errors: unknown country or sector blocks in codes, malformed dates, `from` not before
/// `to`, overlapping roles of one person with different codes, duplicate names, unknown
/// office ids, dated roles without `source`, TOML syntax and schema errors.
pub fn check_shipped() -> CheckReport {
    let (_, report) = Dictionary::load_lenient(&shipped_files(), shipped_valid_through());
    report
}

/// Checks `paths` merged with the shipped dictionaries (so that they can refer to
/// shipped countries, blocks and offices); a path naming a shipped file replaces it.
/// An unreadable file is reported as an error at `path:1:1`.
pub fn check_files(paths: &[PathBuf]) -> CheckReport {
    match merged_sources(paths) {
        Ok(files) => Dictionary::load_lenient(&files, shipped_valid_through()).1,
        Err(e) => {
            let file = match &e {
                LoadError::Io { path, .. } => path.display().to_string(),
                _ => String::from("<input>"),
            };
            CheckReport {
                findings: vec![Finding {
                    location: Location {
                        file: Arc::from(file),
                        line: 1,
                        column: 1,
                    },
                    severity: Severity::Error,
                    message: e.to_string(),
                }],
                files: paths.len(),
            }
        }
    }
}

/// Coverage of the shipped dictionaries' offices (see [`coverage`]). Load errors are
/// included in the report's findings.
pub fn coverage_shipped() -> CoverageReport {
    let (dict, load) = Dictionary::load_lenient(&shipped_files(), shipped_valid_through());
    let mut report = coverage(&dict);
    let mut findings = load.findings;
    findings.append(&mut report.findings);
    report.findings = findings;
    report
}

/// Start of the period every office is checked from.
pub fn coverage_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date")
}

/// Kind of a coverage problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// No holder, vacancy or dispute.
    Gap,
    /// Two or more holders outside a declared dispute.
    Overlap,
    /// A declared vacancy while someone holds the office.
    HeldVacancy,
}

/// One gap or overlap, `[from, to)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageIssue {
    /// Gap or overlap.
    pub kind: IssueKind,
    /// First day.
    pub from: NaiveDate,
    /// First day after.
    pub to: NaiveDate,
    /// Holders during the range (people's names).
    pub holders: Vec<String>,
}

/// Coverage of one office.
#[derive(Debug, Clone)]
pub struct OfficeCoverage {
    /// Office id.
    pub office: String,
    /// Checked window `[start, end)`: from 2000-01-01 or the office's own start to the day
    /// after `valid_through` or the office's end.
    pub start: NaiveDate,
    /// End of the window (exclusive).
    pub end: NaiveDate,
    /// Number of roles held in the office.
    pub holders: usize,
    /// Gaps and overlaps not explained by vacancies and disputes.
    pub issues: Vec<CoverageIssue>,
}

/// Result of [`coverage`]: per-office coverage and one error finding per issue.
#[derive(Debug, Clone, Default)]
pub struct CoverageReport {
    /// Every office, in definition order.
    pub offices: Vec<OfficeCoverage>,
    /// Errors, located at the office definitions (plus load findings for
    /// [`coverage_shipped`]).
    pub findings: Vec<Finding>,
}

impl CoverageReport {
    /// True when there is no error finding.
    pub fn is_ok(&self) -> bool {
        self.findings.iter().all(|f| f.severity != Severity::Error)
    }
    /// Number of gaps.
    pub fn gap_count(&self) -> usize {
        self.count(IssueKind::Gap)
    }
    /// Number of overlaps.
    pub fn overlap_count(&self) -> usize {
        self.count(IssueKind::Overlap)
    }
    fn count(&self, kind: IssueKind) -> usize {
        self.offices
            .iter()
            .flat_map(|o| &o.issues)
            .filter(|i| i.kind == kind)
            .count()
    }
}

impl fmt::Display for CoverageReport {
    /// One finding a line, then `N offices, N gaps, N overlaps, N errors`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        write!(
            f,
            "{} offices, {} gaps, {} overlaps, {} errors",
            self.offices.len(),
            self.gap_count(),
            self.overlap_count(),
            self.findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count()
        )
    }
}

/// Computes gaps and overlaps for every office of `dict` between 2000-01-01 (or the
/// office's `from`) and `valid_through` (or the office's `to`), minus declared vacancies
/// (for gaps) and disputes (for overlaps).
pub fn coverage(dict: &Dictionary) -> CoverageReport {
    let end_default = dict
        .valid_through
        .checked_add_days(Days::new(1))
        .unwrap_or(dict.valid_through);
    let mut report = CoverageReport::default();
    for office in &dict.offices {
        let start = office
            .from
            .map_or(coverage_start(), |f| f.max(coverage_start()));
        let end = office.to.map_or(end_default, |t| t.min(end_default));
        let mut holders: Vec<(NaiveDate, NaiveDate, &str)> = Vec::new();
        for p in &dict.people {
            for r in &p.roles {
                if r.office.as_deref() == Some(office.id.as_str()) {
                    let s = r.from.max(start);
                    let e = r.to.unwrap_or(end).min(end);
                    if s < e {
                        holders.push((s, e, p.name.as_str()));
                    }
                }
            }
        }
        let holder_count = dict
            .people
            .iter()
            .flat_map(|p| &p.roles)
            .filter(|r| r.office.as_deref() == Some(office.id.as_str()))
            .count();
        let clip = |f: NaiveDate, t: Option<NaiveDate>| (f.max(start), t.unwrap_or(end).min(end));
        let vacancies: Vec<(NaiveDate, NaiveDate)> = dict
            .vacancies
            .iter()
            .filter(|v| v.office == office.id)
            .map(|v| clip(v.from, v.to))
            .filter(|(s, e)| s < e)
            .collect();
        let disputes: Vec<(NaiveDate, NaiveDate)> = dict
            .disputes
            .iter()
            .filter(|d| d.office == office.id)
            .map(|d| clip(d.from, d.to))
            .filter(|(s, e)| s < e)
            .collect();
        let issues = if start < end {
            office_issues(start, end, &holders, &vacancies, &disputes)
        } else {
            Vec::new()
        };
        for issue in &issues {
            report.findings.push(issue_finding(office, issue));
        }
        report.offices.push(OfficeCoverage {
            office: office.id.clone(),
            start,
            end,
            holders: holder_count,
            issues,
        });
    }
    report
}

fn issue_finding(office: &Office, issue: &CoverageIssue) -> Finding {
    let days = (issue.to - issue.from).num_days();
    let message = match issue.kind {
        IssueKind::Gap => format!(
            "office {}: gap {}..{} ({days} days) with no holder, vacancy or dispute",
            office.id, issue.from, issue.to
        ),
        IssueKind::Overlap => format!(
            "office {}: overlap {}..{} ({days} days) between {} outside any declared dispute",
            office.id,
            issue.from,
            issue.to,
            issue.holders.join(" and ")
        ),
        IssueKind::HeldVacancy => format!(
            "office {}: declared vacancy {}..{} while held by {}",
            office.id,
            issue.from,
            issue.to,
            issue.holders.join(" and ")
        ),
    };
    Finding {
        location: office.location.clone(),
        severity: Severity::Error,
        message,
    }
}

fn inside(ranges: &[(NaiveDate, NaiveDate)], s: NaiveDate, e: NaiveDate) -> bool {
    ranges.iter().any(|&(a, b)| a <= s && e <= b)
}

fn office_issues(
    start: NaiveDate,
    end: NaiveDate,
    holders: &[(NaiveDate, NaiveDate, &str)],
    vacancies: &[(NaiveDate, NaiveDate)],
    disputes: &[(NaiveDate, NaiveDate)],
) -> Vec<CoverageIssue> {
    let mut points = vec![start, end];
    for &(s, e, _) in holders {
        points.extend([s, e]);
    }
    for &(s, e) in vacancies.iter().chain(disputes) {
        points.extend([s, e]);
    }
    points.retain(|d| *d >= start && *d <= end);
    points.sort();
    points.dedup();
    let mut issues: Vec<CoverageIssue> = Vec::new();
    for w in points.windows(2) {
        let (s, e) = (w[0], w[1]);
        let mut names: Vec<String> = holders
            .iter()
            .filter(|h| h.0 <= s && e <= h.1)
            .map(|h| h.2.to_string())
            .collect();
        names.dedup();
        let kind = match names.len() {
            0 if inside(vacancies, s, e) => continue,
            0 => IssueKind::Gap,
            1 if inside(vacancies, s, e) => IssueKind::HeldVacancy,
            1 => continue,
            _ if inside(disputes, s, e) => continue,
            _ if inside(vacancies, s, e) => IssueKind::HeldVacancy,
            _ => IssueKind::Overlap,
        };
        if let Some(last) = issues.last_mut() {
            if last.kind == kind
                && last.to == s
                && (kind == IssueKind::Gap || last.holders == names)
            {
                last.to = e;
                continue;
            }
        }
        issues.push(CoverageIssue {
            kind,
            from: s,
            to: e,
            holders: names,
        });
    }
    issues
}

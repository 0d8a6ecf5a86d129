//! Bad-input fixtures: every error kind is reported at the right file:line:column.
//!
//! `tests/data/errors.tsv` lists, for each fixture under `tests/data/`, every finding it
//! must produce (line, column, severity, a substring of the message).

use std::collections::BTreeMap;
use std::path::PathBuf;

use dyad_actors::{
    Dictionary, IssueKind, Severity, SourceFile, check_files, coverage, shipped_files,
    shipped_valid_through,
};

fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).join(name)
}

struct Expected {
    line: u32,
    column: u32,
    severity: Severity,
    message: String,
}

fn expectations() -> BTreeMap<String, Vec<Expected>> {
    let text = std::fs::read_to_string(data("errors.tsv")).expect("errors.tsv");
    let mut out: BTreeMap<String, Vec<Expected>> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "errors.tsv:{}: expected 5 columns", i + 1);
        out.entry(cols[0].to_string()).or_default().push(Expected {
            line: cols[1].parse().expect("line"),
            column: cols[2].parse().expect("column"),
            severity: match cols[3] {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                other => panic!("errors.tsv:{}: bad severity {other}", i + 1),
            },
            message: cols[4].to_string(),
        });
    }
    out
}

#[test]
fn every_fixture_reports_exactly_its_expected_findings() {
    let all = expectations();
    assert!(all.len() >= 10, "fixtures for every error kind");
    for (fixture, expected) in &all {
        let path = data(fixture);
        let report = check_files(std::slice::from_ref(&path));
        let shown = path.display().to_string();
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.file() == shown)
            .collect();
        let listing: Vec<String> = found.iter().map(|f| f.to_string()).collect();
        assert_eq!(
            found.len(),
            expected.len(),
            "{fixture}: expected {} findings, got:\n{}",
            expected.len(),
            listing.join("\n")
        );
        for e in expected {
            assert!(
                found.iter().any(|f| f.line() == e.line
                    && f.column() == e.column
                    && f.severity == e.severity
                    && f.message.contains(&e.message)),
                "{fixture}: no finding {}:{} {:?} containing {:?}; got:\n{}",
                e.line,
                e.column,
                e.severity,
                e.message,
                listing.join("\n")
            );
        }
    }
}

#[test]
fn findings_display_as_file_line_col() {
    let path = data("unknown_country.toml");
    let report = check_files(std::slice::from_ref(&path));
    let f = report
        .findings
        .iter()
        .find(|f| f.file() == path.display().to_string())
        .expect("a finding");
    assert_eq!(
        f.to_string(),
        format!(
            "{}:6:8: error: unknown country XYZ in actor code \"XYZREB\"",
            path.display()
        )
    );
    assert!(!report.is_ok());
}

#[test]
fn unreadable_file_is_an_error_not_a_panic() {
    let report = check_files(&[data("no_such_file.toml")]);
    assert_eq!(report.error_count(), 1);
    assert!(
        report.findings[0].message.contains("cannot read"),
        "{}",
        report.findings[0]
    );
}

#[test]
fn coverage_finds_gap_and_overlap_but_not_vacancy_or_dispute() {
    let mut files = shipped_files();
    let path = data("coverage.toml");
    files.push(SourceFile {
        path: path.display().to_string().into(),
        text: std::fs::read_to_string(&path).expect("fixture").into(),
    });
    let dict = Dictionary::from_sources(&files, shipped_valid_through()).expect("fixture is valid");
    let report = coverage(&dict);
    let office = report
        .offices
        .iter()
        .find(|o| o.office == "TST.head_of_state")
        .expect("office");
    let d = |s: &str| s.parse::<dyad_actors::NaiveDate>().expect("date");
    let issues: Vec<(IssueKind, _, _)> = office
        .issues
        .iter()
        .map(|i| (i.kind, i.from, i.to))
        .collect();
    assert_eq!(
        issues,
        vec![
            (IssueKind::Gap, d("2010-01-01"), d("2011-01-01")),
            (IssueKind::Overlap, d("2018-01-01"), d("2019-01-01")),
        ]
    );
    assert_eq!(office.start, d("2000-01-01"));
    assert_eq!(
        office.end,
        shipped_valid_through().succ_opt().expect("next day")
    );
    assert_eq!(
        office.issues[1].holders,
        vec!["Testa Gamma".to_string(), "Testa Delta".to_string()]
    );
}

#[test]
fn person_code_follows_the_reference_date() {
    let mut files = shipped_files();
    let path = data("coverage.toml");
    files.push(SourceFile {
        path: path.display().to_string().into(),
        text: std::fs::read_to_string(&path).expect("fixture").into(),
    });
    let dict = Dictionary::from_sources(&files, shipped_valid_through()).expect("valid");
    let d = |s: &str| s.parse::<dyad_actors::NaiveDate>().expect("date");
    let tokens = ["Testa", "Beta", "spoke"];
    let at = |date: &str| dict.match_tokens(&tokens, None, d(date))[0].code;
    assert_eq!(at("2009-12-31"), None, "before the role");
    assert_eq!(at("2011-01-01"), Some("VENGOV"), "first day in office");
    assert_eq!(at("2015-12-31"), Some("VENGOV"), "last day in office");
    assert_eq!(at("2016-01-01"), None, "`to` is exclusive");
}

#[test]
fn extra_files_load_from_paths_and_errors_name_their_location() {
    let dict = Dictionary::shipped_with(&[data("coverage.toml")]).expect("valid fixture loads");
    assert!(dict.office("TST.head_of_state").is_some());
    assert!(dict.country("VEN").is_some(), "shipped data is still there");
    let err =
        Dictionary::shipped_with(&[data("unknown_country.toml")]).expect_err("invalid fixture");
    let text = err.to_string();
    assert!(
        text.contains("unknown_country.toml:6:8: error: unknown country XYZ"),
        "{text}"
    );
}

#[test]
fn bare_toml_dates_are_accepted() {
    let path = data("bare_dates.toml");
    let report = check_files(std::slice::from_ref(&path));
    let shown = path.display().to_string();
    assert!(
        report.findings.iter().all(|f| f.file() != shown),
        "{report}"
    );
    let dict = Dictionary::shipped_with(&[path]).expect("loads");
    let p = dict
        .people()
        .iter()
        .find(|p| p.name == "Testa Primera")
        .expect("person");
    assert_eq!(p.roles[0].from.to_string(), "2010-01-01");
    assert_eq!(
        p.roles[0].to.map(|d| d.to_string()).as_deref(),
        Some("2012-01-01")
    );
}

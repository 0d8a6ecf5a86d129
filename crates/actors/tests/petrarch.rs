//! PETRARCH/Phoenix dictionaries load alone and merged with ours. Reads the public Phoenix
//! files from `../shared/data/petrarch/` (never copied here); skips when they are absent.

use std::path::Path;

use dyad_actors::{
    Dictionary, EntryRef, NaiveDate, PetrarchFile, PetrarchKind, Severity, shipped_files,
    shipped_valid_through,
};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/petrarch");

fn phoenix() -> Option<Vec<PetrarchFile>> {
    let files = [
        ("Phoenix.Countries.actors.txt", PetrarchKind::Actors),
        ("Phoenix.International.actors.txt", PetrarchKind::Actors),
        ("Phoenix.MilNonState.actors.txt", PetrarchKind::Actors),
        ("Phoenix.agents.txt", PetrarchKind::Agents),
    ];
    let mut out = Vec::new();
    for (name, kind) in files {
        let path = Path::new(SHARED).join(name);
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("{} absent: skipping the Phoenix test", path.display());
            return None;
        };
        out.push(PetrarchFile {
            path: path.display().to_string().into(),
            text: String::from_utf8_lossy(&bytes).into_owned().into(),
            kind,
        });
    }
    Some(out)
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

#[test]
fn phoenix_alone() {
    let Some(files) = phoenix() else { return };
    let (dict, report) = Dictionary::load_with_petrarch(&[], &files, shipped_valid_through());
    eprintln!(
        "Phoenix alone: {} actors, {} agents, {} errors",
        dict.actors().len(),
        dict.agents().len(),
        report.error_count()
    );
    assert!(dict.actors().len() > 10_000);
    assert!(dict.agents().len() > 1_000);
    // Dated restriction: Ban Ki-moon is coded IGOUNO from 2007 on.
    let m = dict.match_tokens(&["Ban", "Ki-moon", "said"], None, date("2010-05-01"));
    assert_eq!(m.first().and_then(|m| m.code), Some("IGOUNO"));
    // An agent with the `~` suffix form.
    let m = dict.match_tokens(&["the", "soldiers"], None, date("2010-05-01"));
    assert_eq!(m.first().and_then(|m| m.code), Some("MIL"));
    // Every error names a real line of a Phoenix file.
    for f in report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        assert!(f.line() >= 1 && f.file().contains("Phoenix"), "{f}");
    }
}

#[test]
fn phoenix_merged_with_ours() {
    let Some(files) = phoenix() else { return };
    let (dict, report) =
        Dictionary::load_with_petrarch(&shipped_files(), &files, shipped_valid_through());
    eprintln!(
        "merged: {} actors, {} agents, {} errors, {} warnings",
        dict.actors().len(),
        dict.agents().len(),
        report.error_count(),
        report.warning_count()
    );
    // Our entries win for names both have.
    let m = dict.match_tokens(&["Venezuela"], None, date("2020-01-01"));
    assert!(matches!(m[0].entry, Some(EntryRef::Country(_))));
    // Ours know Blinken; Phoenix-only names still resolve.
    let m = dict.match_tokens(&["Antony", "Blinken"], None, date("2022-01-01"));
    assert_eq!(m[0].code, Some("USAGOV"));
    let m = dict.match_tokens(&["Ban", "Ki-moon"], None, date("2010-05-01"));
    assert_eq!(m[0].code, Some("IGOUNO"));
    // No error comes from our shipped files.
    assert!(
        report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .all(|f| f.file().contains("Phoenix"))
    );
}

//! The dictionary checker: the shipped dictionary is clean and complete, and a deliberately
//! faulty file (`tests/data/bad.pat`) gives exactly the findings in `bad_expected.txt`.

use std::collections::HashSet;
use std::path::PathBuf;

use dyad_events::dict::{Dictionary, parse_pattern};
use dyad_events::{CameoCode, check_files, check_shipped};

#[test]
fn shipped_dictionary_is_clean_and_covers_every_code() {
    let r = check_shipped();
    assert!(r.is_ok(), "{r}");
    assert_eq!(r.findings.len(), 0, "{r}");
    assert_eq!(r.files.len(), 20);
    assert_eq!(r.codes_covered, 291, "uncovered: {:?}", r.uncovered);
    assert!(r.uncovered.is_empty());
    assert!(r.patterns >= 1500, "{} patterns", r.patterns);
    let d = Dictionary::shipped();
    assert_eq!(d.patterns.len(), r.patterns);
    assert_eq!(d.version.as_deref(), Some("0.1.0"));
    let ids: HashSet<&str> = d.patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), d.patterns.len(), "pattern ids are unique");
    for p in &d.patterns {
        let c = CameoCode::get(&p.code).expect("code in table");
        assert!(!c.is_root(), "{}", p.id);
    }
}

#[test]
fn every_pattern_file_in_the_data_directory_is_shipped() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/events/patterns");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("data/events/patterns")
        .filter_map(|e| e.ok())
        .map(|e| format!("data/events/patterns/{}", e.file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".pat"))
        .collect();
    on_disk.sort();
    let shipped: Vec<String> = dyad_events::dict::SHIPPED_FILES
        .iter()
        .map(|(p, _)| p.to_string())
        .collect();
    assert_eq!(on_disk, shipped);
}

#[test]
fn faulty_file_gives_located_findings() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"));
    let r = check_files(&[dir.join("bad.pat")]);
    let got: Vec<String> = r
        .findings
        .iter()
        .map(|f| f.to_string().replace(&format!("{}/", dir.display()), ""))
        .collect();
    let want: Vec<&str> = include_str!("data/bad_expected.txt").lines().collect();
    assert_eq!(got, want);
    assert_eq!(r.errors(), want.len());
    assert!(!r.is_ok());
    // the only well-formed, valid pattern is the first negotiate line
    assert_eq!(r.patterns, 1);
    assert_eq!(r.codes_covered, 1);
}

#[test]
fn directory_argument_checks_its_pat_files() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/events/patterns"
    ));
    let r = check_files(&[dir]);
    assert!(r.is_ok(), "{r}");
    assert_eq!(r.patterns, check_shipped().patterns);
    let missing = check_files(&[PathBuf::from("/nonexistent/x.pat")]);
    assert_eq!(missing.errors(), 1);
    assert!(
        missing.findings[0]
            .to_string()
            .starts_with("/nonexistent/x.pat:0:0: error: cannot read")
    );
}

#[test]
fn pattern_syntax_round_trip() {
    let p = parse_pattern("1124  v:accuse  obj@target  of=crime(against=humanity)").unwrap();
    assert_eq!(p.code, "1124");
    assert_eq!(p.trigger.lemma, "accuse");
    assert_eq!(p.args.len(), 2);
    assert_eq!(p.key(), "v:accuse obj@target of=crime(against=humanity)");
    assert_eq!(p.specificity(), 1 + 1 + (1 + 1 + (1 + 1)));
    let q = parse_pattern("042:043  v:pay  iobj@target  obj=visit|call").unwrap();
    assert_eq!(q.reverse_code.as_deref(), Some("043"));
    let r = parse_pattern("175  v:crack+down  on|against@target  # phrasal").unwrap();
    assert_eq!(r.trigger.particle.as_deref(), Some("down"));
    assert_eq!(r.key(), "v:crack+down against|on@target");
    let e = parse_pattern("046  v:negotiate  with@target  with@target").unwrap_err();
    assert_eq!(
        e.to_string(),
        "-:1:37: error: slot `@target` is filled twice"
    );
    let e = parse_pattern("046  v:negotiate  on_behalf_of@source  with@target").unwrap();
    assert_eq!(e.args.len(), 2);
}

//! `dyad validate` end to end on UniversalPetrarch's validation suite in
//! `../shared/data/petrarch/` (skipped when absent): the records evaluated, the options the
//! `<Config>` tags set, and the shape of every coded event. Accuracy figures are reported by
//! `dyad validate`, not asserted here.

use std::collections::HashSet;
use std::path::PathBuf;

use dyad_petrarch::RecordFile;
use dyad_petrarch::validate::{self, Dictionaries, DictionaryPaths};

fn suite() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/petrarch/PETR_Validate_records_2_02.xml"
    ));
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

#[test]
fn validation_suite_runs_end_to_end() {
    let Some(path) = suite() else { return };
    let file = RecordFile::read(&path).unwrap();
    let dir = path.parent().unwrap();
    let (paths, notes) = DictionaryPaths::from_environment(&file, dir);
    // The suite names an error-log file that does not exist: a note, not a failure.
    assert!(
        notes.iter().any(|n| n.contains("Errors_validation.txt")),
        "{notes:?}"
    );
    assert!(paths.verbs.is_some() && paths.ontology.is_some() && paths.agents.is_some());
    assert_eq!(paths.actors.len(), 1);
    let (dicts, _) = Dictionaries::load(&paths).unwrap();
    let model = dyad_syntax::Model::shipped().unwrap();
    let run = validate::run(&file, &dicts, &model);

    // Issue 6: 245 records (305 expected events) are evaluated.
    assert_eq!(run.records.len(), 245);
    assert_eq!(
        run.records.iter().map(|r| r.expected.len()).sum::<usize>(),
        305
    );
    let report = validate::score(&run);
    assert_eq!(report.overall.strict.records, 245);
    assert_eq!(report.overall.strict.expected, 305);
    let s = report.overall.strict;
    assert_eq!(s.found + s.missed, s.expected);
    let coded: usize = run.records.iter().map(|r| r.events.len()).sum();
    assert_eq!(s.found + s.extra, coded);
    // Nine categories are included; PARSING, ERROR and AGENTS are not.
    let cats: Vec<&str> = report.categories.keys().map(String::as_str).collect();
    assert_eq!(
        cats,
        [
            "ACTOR", "AGENT", "COMPOUND", "DATE", "DEMO", "MODIFY", "PATTERN", "SYNSET", "VERB"
        ]
    );

    // <Config>: require_dyad is honoured (switched off and on again between records).
    let open: Vec<&validate::RecordResult> =
        run.records.iter().filter(|r| !r.require_dyad).collect();
    assert!(!open.is_empty() && open.len() < run.records.len());
    for r in &run.records {
        for e in &r.events {
            if r.require_dyad {
                assert!(
                    e.source.is_some() && e.target.is_some(),
                    "{}",
                    r.document_id
                );
            }
        }
    }
    // Every option the suite sets is known and well formed: no note about any.
    assert!(run.notes.is_empty(), "{:?}", run.notes);
    // The comma limits follow the tags: the defaults, then terminal removal off for one
    // record (DATE-16), 4-6 / 3-6 / 3-6 for COMMA-05 to COMMA-09, all off for COMMA-10 to
    // COMMA-12, and from COMMA-13 on 2-8 / 2-8 again with initial removal still off.
    let settings = |id: &str| {
        run.records
            .iter()
            .find(|r| r.document_id == id)
            .map(|r| r.settings.clone())
            .unwrap()
    };
    let limits = |id: &str| {
        let c = settings(id).commas;
        [c.min, c.max, c.bmin, c.bmax, c.emin, c.emax]
    };
    assert_eq!(limits("DATE-15"), [2, 8, 0, 0, 2, 8]);
    assert_eq!(limits("DATE-16"), [2, 8, 0, 0, 2, 0]);
    assert!(!settings("DATE-16").require_dyad);
    assert_eq!(limits("DATE-17"), [2, 8, 0, 0, 2, 8]);
    assert_eq!(limits("COMMA-05"), [4, 6, 3, 6, 3, 6]);
    assert_eq!(limits("COMMA-10"), [4, 0, 3, 0, 3, 0]);
    assert_eq!(limits("COMMA-13"), [2, 8, 3, 0, 2, 8]);
    // new_actor_length is set only around records the suite does not evaluate.
    assert!(run.records.iter().all(|r| r.settings.new_actor_length == 0));

    // Events: document ids unique per record (the duplicated id gets #2), dates ISO,
    // codes outside the CAMEO list flagged.
    let ids: HashSet<&str> = run.records.iter().map(|r| r.document_id.as_str()).collect();
    assert_eq!(ids.len(), run.records.len());
    assert!(ids.contains("DEMO-32#2"));
    for r in &run.records {
        for e in &r.events {
            assert_eq!(e.document_id, r.document_id);
            assert_eq!(e.date.len(), 10, "{}", e.date);
            let known = dyad_events::CameoCode::get(&e.cameo);
            assert_eq!(e.non_cameo, known.is_none(), "{}", e.cameo);
            assert_eq!(e.cameo_label.is_some(), known.is_some());
            assert!(!e.rule.is_empty());
            let line = serde_json::to_string(e).unwrap();
            assert!(line.contains("\"document_id\"") && !line.contains('\n'));
        }
    }
}

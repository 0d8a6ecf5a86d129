//! `<Config>` options end to end: `tests/data/config/records.xml` (our own sentences and
//! dictionaries in PETRARCH's formats) is run by `validate::run` with dyad's shipped parser,
//! and each record's events are compared with the events the options in force call for.

use std::path::PathBuf;

use dyad_petrarch::RecordFile;
use dyad_petrarch::validate::{self, Dictionaries, DictionaryPaths};

fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/config")).join(name)
}

/// The 1-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn config_options_change_the_coding_of_the_records_after_them() {
    let path = data("records.xml");
    let text = std::fs::read_to_string(&path).unwrap();
    let file = RecordFile::read(&path).unwrap();
    let (paths, notes) = DictionaryPaths::from_environment(&file, path.parent().unwrap());
    assert!(notes.is_empty(), "{notes:?}");
    let (dicts, _) = Dictionaries::load(&paths).unwrap();
    let model = dyad_syntax::Model::shipped().unwrap();
    let run = validate::run(&file, &dicts, &model);

    // (record, events coded as "SOURCE TARGET CODE", `---` for a missing actor)
    let table: [(&str, &[&str]); 6] = [
        // Default limits: the terminal clause "and Rohan accused Mordor" (4 words) goes.
        ("TERMINAL-ON", &["ARN GON 051"]),
        // comma_emax 0: terminal removal off, both clauses coded.
        ("TERMINAL-OFF", &["ARN GON 051", "ROH MOR 112"]),
        // comma_emax "eight" is an error: the option keeps its value 0.
        ("BAD-VALUE-KEPT-OFF", &["ARN GON 051", "ROH MOR 112"]),
        // new_actor_length 3: the uncoded "The old king" (3 words) is a new actor.
        ("NEW-ACTOR", &["\"THE OLD KING\" GON 040"]),
        // new_actor_length 2: too long, no source, no event.
        ("NEW-ACTOR-TOO-LONG", &[]),
        // require_dyad false: the uncoded subject noun phrase is a missing source.
        ("ONE-SIDED", &["--- GON 040"]),
    ];
    assert_eq!(run.records.len(), table.len());
    for (id, want) in table {
        let r = run.records.iter().find(|r| r.document_id == id).unwrap();
        let got: Vec<String> = validate::coded_triples(r)
            .into_iter()
            .map(|(s, t, c)| format!("{s} {t} {c}"))
            .collect();
        assert_eq!(got, want, "{id}: {}\n{}", r.text, r.analysis);
        // Every expected event is found (the file's expectations say the same).
        let s = validate::score_record(r).strict;
        assert_eq!((s.missed, s.extra), (0, 0), "{id}");
    }

    // The bad value and the unknown option are notes naming the file and the tag's line.
    let bad = line_of(&text, "value=\"eight\"");
    let unknown = line_of(&text, "comma_colour");
    assert_eq!(run.notes.len(), 2, "{:?}", run.notes);
    assert!(
        run.notes[0].contains(&format!("records.xml:{bad}: ")) && run.notes[0].contains("eight"),
        "{}",
        run.notes[0]
    );
    assert!(
        run.notes[1].contains(&format!("records.xml:{unknown}: "))
            && run.notes[1].contains("unknown option"),
        "{}",
        run.notes[1]
    );
    // The settings in force per record.
    let settings = |id: &str| {
        run.records
            .iter()
            .find(|r| r.document_id == id)
            .unwrap()
            .settings
            .clone()
    };
    assert_eq!(settings("TERMINAL-ON").commas.emax, 8);
    assert_eq!(settings("BAD-VALUE-KEPT-OFF").commas.emax, 0);
    assert_eq!(settings("NEW-ACTOR").new_actor_length, 3);
    assert!(!settings("ONE-SIDED").require_dyad && settings("NEW-ACTOR").require_dyad);
}

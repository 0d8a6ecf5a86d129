//! `dyad_events::factuality::assess` on hand-written UD parses: `tests/data/factuality.conllu`
//! with the expected result of each trigger in `tests/data/factuality_expected.tsv`.

use std::collections::{BTreeSet, HashMap};

use dyad_events::factuality::{Factuality, Reason, assess};

fn data(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/").to_string() + name;
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn factuality_expected() {
    let sentences = dyad_conllu::parse_str(&data("factuality.conllu")).unwrap();
    let by_id: HashMap<&str, &dyad_conllu::Sentence> = sentences
        .iter()
        .filter_map(|s| Some((s.comment_value("sent_id")?, s)))
        .collect();
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    let mut rows = 0;
    for (n, line) in data("factuality_expected.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 4, "factuality_expected.tsv:{}: 4 columns", n + 1);
        let s = by_id
            .get(c[0])
            .unwrap_or_else(|| panic!("factuality_expected.tsv:{}: no sentence {}", n + 1, c[0]));
        let trigger: u32 = c[1].parse().unwrap();
        let want = if c[2] == "happened" {
            Factuality::Happened
        } else {
            let reason = Reason::parse(c[2])
                .unwrap_or_else(|| panic!("factuality_expected.tsv:{}: bad reason", n + 1));
            seen.insert(reason.as_str());
            Factuality::Dropped {
                reason,
                cue: c[3].parse().unwrap(),
            }
        };
        let got = assess(s, trigger);
        if got != want {
            failures.push(format!(
                "{} {:?} trigger {trigger}: got {got:?}, want {want:?}",
                c[0],
                s.text().unwrap_or("")
            ));
        }
        rows += 1;
    }
    assert!(rows >= 45, "only {rows} rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every reason is exercised.
    assert_eq!(seen.len(), 8, "reasons covered: {seen:?}");
}

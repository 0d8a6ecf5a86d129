//! Table-driven matching vectors from `tests/data/matches.tsv`.

use dyad_actors::{Dictionary, NaiveDate};

fn render(dict: &Dictionary, tokens: &[&str], upos: Option<&[&str]>, date: NaiveDate) -> String {
    let found = dict.match_tokens(tokens, upos, date);
    if found.is_empty() {
        return "none".to_string();
    }
    found
        .iter()
        .map(|m| {
            format!(
                "{}-{}={}{}",
                m.start,
                m.end,
                m.code.unwrap_or("-"),
                if m.possessive { "+p" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn matching_vectors() {
    let dict = Dictionary::shipped().expect("shipped dictionaries load");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/matches.tsv"
    ))
    .expect("matches.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "matches.tsv:{}: expected 4 columns", i + 1);
        let date: NaiveDate = cols[0].parse().expect("date");
        let tokens: Vec<&str> = cols[1].split(' ').collect();
        let upos: Option<Vec<&str>> = (cols[2] != "-").then(|| cols[2].split(' ').collect());
        if let Some(u) = &upos {
            assert_eq!(
                u.len(),
                tokens.len(),
                "matches.tsv:{}: one tag per token",
                i + 1
            );
        }
        let got = render(&dict, &tokens, upos.as_deref(), date);
        cases += 1;
        if got != cols[3] {
            failures.push(format!(
                "matches.tsv:{}: {:?}\n  expected {}\n  got      {}",
                i + 1,
                cols[1],
                cols[3],
                got
            ));
        }
    }
    assert!(cases >= 60, "{cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn matches_carry_entries_and_forms() {
    let dict = Dictionary::shipped().expect("loads");
    let date = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let m = &dict.match_tokens(&["Venezuelans"], None, date)[0];
    assert_eq!(m.hits.len(), 1);
    assert_eq!(m.hits[0].form, dyad_actors::Form::DemonymPlural);
    assert_eq!(dict.entry_name(m.entry.expect("entry")), "Venezuela");
    let m = &dict.match_tokens(&["Caracas"], None, date)[0];
    assert_eq!(m.hits[0].form, dyad_actors::Form::Capital);
    let m = &dict.match_tokens(&["soldiers"], None, date)[0];
    assert_eq!(m.hits[0].form, dyad_actors::Form::AgentPlural);
    let m = &dict.match_tokens(&["US"], None, date)[0];
    assert!(m.hits[0].is_case_sensitive());
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    let dict = Dictionary::shipped().expect("loads");
    let date = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    assert!(dict.match_tokens(&[], None, date).is_empty());
    let odd = ["'s", "’", "", "\u{a0}", "Ã©", "'s", "-", "\u{301}"];
    let _ = dict.match_tokens(&odd, None, date);
    // Fewer tags than tokens: missing tags do not block matches.
    let m = dict.match_tokens(&["the", "Kremlin"], Some(&["DET"]), date);
    assert_eq!(m.len(), 1);
}

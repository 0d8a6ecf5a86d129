//! Table-driven tests of `dyad_events::dates`: `tests/data/dates.tsv` (expressions resolved in
//! text) and `tests/data/dates.conllu` (expressions attached to triggers through the parse).

use chrono::NaiveDate;
use dyad_events::dates::{Precision, event_date, find_dates};

fn data(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/").to_string() + name;
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn date(s: &str, line: usize) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("line {line}: {s}: {e}"))
}

#[test]
fn dates_tsv() {
    let text = data("dates.tsv");
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "dates.tsv:{line_no}: expected 6 columns");
        rows += 1;
        let publication = date(cols[1], line_no);
        let found = find_dates(cols[0], publication);
        let got = found.first().map(|m| {
            format!(
                "{}\t{}\t{}\t{}",
                m.date,
                m.precision.as_str(),
                m.historical,
                m.text
            )
        });
        let want = if cols[2] == "-" {
            None
        } else {
            assert!(
                Precision::parse(cols[3]).is_some(),
                "dates.tsv:{line_no}: bad precision"
            );
            Some(cols[2..].join("\t"))
        };
        if got != want {
            failures.push(format!(
                "dates.tsv:{line_no}: {:?}: got {got:?}, want {want:?}",
                cols[0]
            ));
        }
        if let Some(m) = found.first() {
            assert_eq!(
                &cols[0][m.span.clone()],
                m.text,
                "dates.tsv:{line_no}: span"
            );
        }
    }
    assert!(rows >= 40, "only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn dates_attach_to_the_trigger_clause() {
    let sentences = dyad_conllu::parse_str(&data("dates.conllu")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for s in &sentences {
        let Some(publication) = s.comment_value("publication") else {
            continue;
        };
        let publication = date(publication, 0);
        let text = s.text().unwrap();
        for expect in s
            .comments
            .iter()
            .filter_map(|c| c.strip_prefix("expect = "))
        {
            let parts: Vec<&str> = expect.splitn(5, ' ').collect();
            let trigger: u32 = parts[0].parse().unwrap();
            let got = event_date(s, trigger, publication);
            let got_text = got
                .mention
                .as_ref()
                .map_or("none", |m| &text[m.span.clone()]);
            let got = format!(
                "{trigger} {} {} {} {got_text}",
                got.date,
                got.precision.as_str(),
                got.historical
            );
            if got != expect {
                failures.push(format!("{text:?}: got {got:?}, want {expect:?}"));
            }
            checked += 1;
        }
    }
    assert!(checked >= 23, "only {checked} expectations");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

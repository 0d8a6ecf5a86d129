//! Office holders on given days, table-driven from `tests/data/office_holders.tsv` (format
//! described in its header), and offices whose coverage from 2000-01-01 to `valid_through`
//! must stay complete. Both pin the people entries added to close coverage gaps.

use dyad_actors::{Dictionary, NaiveDate, coverage};

/// Offices with no gap or overlap left between 2000-01-01 and `valid_through`: every day has
/// exactly one holder, a declared vacancy or a declared dispute.
const COMPLETE_OFFICES: &[&str] = &[
    "ARE.head_of_government",
    "DZA.foreign_minister",
    "EGY.foreign_minister",
    "HTI.head_of_government",
    "IDN.foreign_minister",
    "IND.foreign_minister",
    "IRQ.foreign_minister",
    "ISR.foreign_minister",
    "LBY.head_of_government",
    "LBY.head_of_state",
    "SYR.foreign_minister",
    "TUN.foreign_minister",
];

fn shipped() -> Dictionary {
    Dictionary::shipped().expect("shipped dictionaries load")
}

/// Canonical names of the people holding `office` on `date`.
fn holders<'d>(dict: &'d Dictionary, office: &str, date: NaiveDate) -> Vec<&'d str> {
    dict.people()
        .iter()
        .filter(|p| {
            p.roles
                .iter()
                .any(|r| r.office.as_deref() == Some(office) && r.contains(date))
        })
        .map(|p| p.name.as_str())
        .collect()
}

fn vacant(dict: &Dictionary, office: &str, date: NaiveDate) -> bool {
    dict.vacancies()
        .iter()
        .any(|v| v.office == office && v.from <= date && v.to.is_none_or(|t| date < t))
}

#[test]
fn office_holder_vectors() {
    let dict = shipped();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/office_holders.tsv"
    ))
    .expect("office_holders.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "office_holders.tsv:{n}: expected 3 columns");
        let (office_id, expected) = (cols[0], cols[2]);
        let date = NaiveDate::parse_from_str(cols[1], "%Y-%m-%d")
            .unwrap_or_else(|_| panic!("office_holders.tsv:{n}: bad date {:?}", cols[1]));
        let office = dict
            .office(office_id)
            .unwrap_or_else(|| panic!("office_holders.tsv:{n}: unknown office {office_id}"));
        let found = holders(&dict, office_id, date);
        checked += 1;
        if expected == "vacant" {
            if !found.is_empty() || !vacant(&dict, office_id, date) {
                failures.push(format!(
                    "office_holders.tsv:{n}: {office_id} on {date}: expected a declared vacancy, \
                     holders {found:?}"
                ));
            }
            continue;
        }
        // "A|B": a disputed day, with every claimant; the first is the one whose code is the
        // office's (the recognised government's), the others carry their own codes.
        let claimants: Vec<&str> = expected.split('|').collect();
        let mut want = claimants.clone();
        let mut got: Vec<&str> = found.clone();
        want.sort_unstable();
        got.sort_unstable();
        if got != want {
            failures.push(format!(
                "office_holders.tsv:{n}: {office_id} on {date}: expected {expected:?}, holders {found:?}"
            ));
            continue;
        }
        let expected = claimants[0];
        let matches = dict.match_phrase(expected, date);
        let whole = expected.split_whitespace().count();
        match matches.as_slice() {
            [m] if m.start == 0 && m.end == whole && m.code == Some(office.code.as_str()) => {}
            _ => failures.push(format!(
                "office_holders.tsv:{n}: {expected:?} on {date} should resolve to {}, got {:?}",
                office.code,
                matches
                    .iter()
                    .map(|m| (m.start, m.end, m.code))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(checked >= 70, "only {checked} vectors read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn complete_offices_have_no_gap_or_overlap() {
    let dict = shipped();
    let report = coverage(&dict);
    for id in COMPLETE_OFFICES {
        let office = report
            .offices
            .iter()
            .find(|o| o.office == *id)
            .unwrap_or_else(|| panic!("office {id} is not in the shipped dictionaries"));
        assert!(office.holders > 0, "{id} has no holder");
        assert!(
            office.issues.is_empty(),
            "{id}: {:?}",
            office
                .issues
                .iter()
                .map(|i| (i.kind, i.from, i.to))
                .collect::<Vec<_>>()
        );
    }
}

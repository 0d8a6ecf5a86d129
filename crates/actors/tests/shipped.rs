//! The shipped dictionaries load and check clean.

use dyad_actors::{Dictionary, check_shipped};

#[test]
fn shipped_dictionaries_check_clean() {
    let report = check_shipped();
    assert!(
        report.is_ok(),
        "shipped dictionaries have errors:\n{report}"
    );
}

#[test]
fn shipped_dictionaries_load() {
    let dict = Dictionary::shipped().expect("loads");
    assert!(
        dict.countries().len() >= 249,
        "{} countries",
        dict.countries().len()
    );
    assert_eq!(
        dict.country("VEN").map(|c| c.names[0].as_str()),
        Some("Venezuela")
    );
}

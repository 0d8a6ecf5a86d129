//! Properties: matching and loading never panic, and match ranges are well-formed.

use dyad_actors::{Dictionary, NaiveDate, SourceFile, shipped_valid_through};
use proptest::prelude::*;

fn dict() -> &'static Dictionary {
    Dictionary::shipped_shared().expect("shipped dictionaries load")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn matches_are_ordered_disjoint_and_in_range(
        words in proptest::collection::vec(
            prop_oneof![
                Just("the".to_string()), Just("UN".to_string()), Just("Security".to_string()),
                Just("Council".to_string()), Just("Venezuela's".to_string()), Just("'s".to_string()),
                Just("al".to_string()), Just("-".to_string()), Just("Qaeda".to_string()),
                Just("Nicolás".to_string()), Just("Maduro".to_string()), Just("soldiers".to_string()),
                "\\PC{0,12}",
            ],
            0..40,
        ),
        days in 0u64..20_000,
    ) {
        let date = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(days);
        let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
        let found = dict().match_tokens(&tokens, None, date);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(m.start >= last_end && m.start < m.end && m.end <= tokens.len());
            prop_assert!(!m.hits.is_empty());
            last_end = m.end;
        }
    }

    #[test]
    fn loading_arbitrary_text_reports_instead_of_panicking(text in "\\PC{0,400}") {
        let file = SourceFile { path: "fuzz.toml".into(), text: text.into() };
        let (_, report) = Dictionary::load_lenient(&[file], shipped_valid_through());
        for f in &report.findings {
            prop_assert!(f.line() >= 1 && f.column() >= 1);
        }
    }
}

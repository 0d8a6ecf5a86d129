//! The coder helpers never panic, whatever the text or the parse (bad heads, cycles, empty
//! sentences, odd Unicode): linguistic trouble is a diagnostic, never a crash.

use chrono::NaiveDate;
use dyad_conllu::{Row, Sentence};
use dyad_events::{dates, factuality, reported};
use proptest::prelude::*;

const WORDS: [&str; 24] = [
    "on",
    "Monday",
    "last",
    "week",
    "in",
    "2019",
    "March",
    "5",
    ",",
    "May",
    "not",
    "never",
    "said",
    "according",
    "to",
    "if",
    "?",
    "Guaidó",
    "two",
    "days",
    "ago",
    "between",
    "and",
    "\u{a0}",
];
const RELS: [&str; 12] = [
    "nsubj",
    "obj",
    "obl",
    "advmod",
    "aux",
    "mark",
    "ccomp",
    "xcomp",
    "conj",
    "acl:relcl",
    "parataxis",
    "case",
];

fn sentence(spec: &[(usize, u32, usize)]) -> Sentence {
    let n = spec.len() as u32;
    let rows = spec
        .iter()
        .enumerate()
        .map(|(i, &(w, head, rel))| {
            let mut r = Row::word(i as u32 + 1, WORDS[w % WORDS.len()]);
            r.lemma = WORDS[w % WORDS.len()].to_lowercase();
            r.upos = if w % 3 == 0 {
                "VERB".into()
            } else {
                "NOUN".into()
            };
            // Heads may point anywhere, including cycles, self-loops and missing words.
            r.head = Some(head % (n + 2));
            r.deprel = RELS[rel % RELS.len()].into();
            r
        })
        .collect();
    Sentence {
        comments: Vec::new(),
        rows,
    }
}

proptest! {
    #[test]
    fn find_dates_never_panics(text in "\\PC{0,80}", days in 0i64..40000) {
        let publication = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Days::new(days as u64);
        for m in dates::find_dates(&text, publication) {
            prop_assert_eq!(&text[m.span.clone()], m.text.as_str());
            prop_assert!(m.date <= m.end);
        }
    }

    #[test]
    fn parse_helpers_never_panic(spec in prop::collection::vec((0usize..100, 0u32..40, 0usize..40), 0..20), trigger in 0u32..25) {
        let s = sentence(&spec);
        let publication = NaiveDate::from_ymd_opt(2024, 3, 14).unwrap();
        let d = dates::event_date(&s, trigger, publication);
        if d.mention.is_none() {
            prop_assert_eq!(d.date, publication);
        }
        let _ = factuality::assess(&s, trigger);
        let _ = reported::reporter(&s, trigger);
    }
}

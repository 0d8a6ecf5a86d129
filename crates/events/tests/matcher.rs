//! The matcher on hand-written gold-style UD parses (`tests/data/matcher.conllu`) against
//! the expectations in `tests/data/matcher_expected.tsv`.

use std::collections::{BTreeMap, BTreeSet};

use dyad_events::{Dictionary, match_sentence, most_specific};

type Key = (String, u32, Vec<u32>, Vec<u32>);

fn ids(s: &str) -> Vec<u32> {
    if s == "-" {
        return Vec::new();
    }
    s.split(',').map(|x| x.parse().expect("word id")).collect()
}

fn expected() -> BTreeMap<String, BTreeSet<Key>> {
    let text = include_str!("data/matcher_expected.tsv");
    let mut out: BTreeMap<String, BTreeSet<Key>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "matcher_expected.tsv:{}: five columns", n + 1);
        let set = out.entry(f[0].to_string()).or_default();
        if f[1] != "-" {
            set.insert((
                f[1].to_string(),
                f[2].parse().unwrap(),
                ids(f[3]),
                ids(f[4]),
            ));
        }
    }
    out
}

#[test]
fn hand_parsed_sentences_give_expected_candidates() {
    let sentences =
        dyad_conllu::parse_str(include_str!("data/matcher.conllu")).expect("valid CoNLL-U");
    let expected = expected();
    let dict = Dictionary::shipped();
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    for s in &sentences {
        let id = s.comment_value("sent_id").expect("sent_id").to_string();
        let Some(want) = expected.get(&id) else {
            panic!("sentence {id} has no expectation");
        };
        seen.insert(id.clone());
        let got: BTreeSet<Key> = most_specific(match_sentence(dict, s))
            .into_iter()
            .map(|c| (c.code().to_string(), c.trigger, c.source, c.target))
            .collect();
        if &got != want {
            failures.push(format!("{id}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert_eq!(
        seen.len(),
        expected.len(),
        "every expectation has a sentence"
    );
    assert!(sentences.len() >= 20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn candidates_name_the_pattern_that_fired() {
    let s = &dyad_conllu::parse_str(include_str!("data/matcher.conllu")).unwrap()[0];
    let best = most_specific(match_sentence(Dictionary::shipped(), s));
    // "accuse X of torture" fits two 1122 patterns (torture as noun and as gerund lemma)
    assert!(!best.is_empty());
    assert!(
        best.iter()
            .all(|c| c.code() == "1122" && c.source == [3] && c.target == [6])
    );
    let p = best[0].pattern;
    assert_eq!(p.code, "1122");
    assert!(best[0].pattern_id().starts_with("1122.accuse."));
    assert!(p.file.ends_with("11-disapprove.pat"));
    // the less specific 112 "accuse X" pattern also matched before filtering
    let all = match_sentence(Dictionary::shipped(), s);
    assert!(all.iter().any(|c| c.code() == "112"));
}

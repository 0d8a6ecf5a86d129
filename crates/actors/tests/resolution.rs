//! Table-driven resolution vectors from `tests/data/resolution.tsv` (format described in the
//! file's header): hand-written parses, reference dates, expected mentions and codes.

use dyad_actors::{ArticleContext, Dictionary, NaiveDate, ParsedWord, Resolver};

const FUNCTION_WORDS: &[(&str, &str, &str)] = &[
    ("the", "DET", "det"),
    ("a", "DET", "det"),
    ("an", "DET", "det"),
    ("of", "ADP", "case"),
    ("in", "ADP", "case"),
    ("from", "ADP", "case"),
    ("'s", "PART", "case"),
    ("’s", "PART", "case"),
    ("and", "CCONJ", "cc"),
];

/// Builds the words of one sentence and its text (tokens joined by single spaces).
fn sentence(spec: &str, line: usize) -> (Vec<ParsedWord>, String) {
    let tokens: Vec<&str> = spec.split(' ').filter(|t| !t.is_empty()).collect();
    let annotated = tokens.iter().any(|t| t.contains('/') && t.len() > 1);
    let mut text = String::new();
    let mut words = Vec::new();
    let root = tokens
        .iter()
        .rposition(|t| {
            !FUNCTION_WORDS
                .iter()
                .any(|(f, _, _)| t.eq_ignore_ascii_case(f))
        })
        .unwrap_or(tokens.len() - 1);
    for (i, tok) in tokens.iter().enumerate() {
        if !text.is_empty() {
            text.push(' ');
        }
        let (form, upos, head, deprel, lemma) = if annotated {
            let parts: Vec<&str> = tok.split('/').collect();
            assert!(
                parts.len() == 4 || parts.len() == 5,
                "resolution.tsv:{line}: token {tok:?} is not form/UPOS/HEAD/DEPREL[/lemma]"
            );
            let head: usize = parts[2]
                .parse()
                .unwrap_or_else(|_| panic!("resolution.tsv:{line}: bad head in {tok:?}"));
            let lemma = parts.get(4).map(|l| l.to_string()).unwrap_or_else(|| {
                if parts[1] == "PROPN" {
                    parts[0].to_string()
                } else {
                    parts[0].to_lowercase()
                }
            });
            (
                parts[0],
                parts[1].to_string(),
                head,
                parts[3].to_string(),
                lemma,
            )
        } else if let Some((_, upos, rel)) = FUNCTION_WORDS
            .iter()
            .find(|(f, _, _)| tok.eq_ignore_ascii_case(f))
        {
            (
                *tok,
                upos.to_string(),
                root + 1,
                rel.to_string(),
                tok.to_lowercase(),
            )
        } else {
            let upos = if tok.chars().next().is_some_and(char::is_uppercase) {
                "PROPN"
            } else {
                "NOUN"
            };
            let (head, rel) = if i == root {
                (0, "root")
            } else {
                (root + 1, "compound")
            };
            (
                *tok,
                upos.to_string(),
                head,
                rel.to_string(),
                tok.to_lowercase(),
            )
        };
        let start = text.len();
        text.push_str(form);
        words.push(ParsedWord {
            form: form.to_string(),
            lemma,
            upos,
            head,
            deprel,
            span: start..text.len(),
        });
    }
    (words, text)
}

#[test]
fn resolution_vectors() {
    let dict = Dictionary::shipped().expect("shipped dictionaries load");
    let resolver = Resolver::new(&dict);
    let data = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/resolution.tsv"
    ))
    .expect("resolution.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    let mut by_rule = std::collections::BTreeMap::<&str, usize>::new();
    for (i, line) in data.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "resolution.tsv:{n}: expected 4 columns");
        let date: NaiveDate = cols[0]
            .parse()
            .unwrap_or_else(|_| panic!("resolution.tsv:{n}: bad date"));
        let mut ctx = ArticleContext::new();
        if cols[1] != "-" {
            ctx.add_focus(cols[1]);
        }
        let mut got = Vec::new();
        for (k, spec) in cols[2].split(" || ").enumerate() {
            let (spec, headline) = match spec.strip_prefix("H: ") {
                Some(s) => (s, true),
                None => (spec, false),
            };
            let (words, text) = sentence(spec, n);
            let _ = k;
            for m in resolver.resolve_sentence(&words, &text, date, &mut ctx, headline) {
                assert_eq!(text.get(m.span.clone()), Some(m.text.as_str()));
                got.push(format!(
                    "{}={}/{}",
                    m.text,
                    m.code.as_deref().unwrap_or("-"),
                    m.resolved_by.as_str()
                ));
            }
        }
        let got = if got.is_empty() {
            "none".to_string()
        } else {
            got.join(" | ")
        };
        cases += 1;
        for rule in ["entry", "agent", "composition", "reference", "unresolved"] {
            if cols[3].contains(&format!("/{rule}")) {
                *by_rule.entry(rule).or_default() += 1;
            }
        }
        if got != cols[3] {
            failures.push(format!(
                "resolution.tsv:{n}: {}\n  expected {}\n  got      {}",
                cols[2], cols[3], got
            ));
        }
    }
    eprintln!("{cases} cases; cases per rule: {by_rule:?}");
    assert!(cases >= 200, "{cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    const FORMS: &[&str] = &[
        "the",
        "Maduro",
        "regime",
        "rebels",
        "from",
        "Syria",
        "Colombian",
        "President",
        "Gustavo",
        "Petro",
        "he",
        "they",
        "'s",
        "Venezuela",
        "country",
        "US",
        "Zorblax",
    ];
    const UPOS: &[&str] = &["DET", "PROPN", "NOUN", "ADP", "ADJ", "PRON", "PART", "VERB"];
    const RELS: &[&str] = &[
        "compound",
        "flat",
        "amod",
        "nmod",
        "nmod:poss",
        "appos",
        "acl",
        "obj",
        "obl",
        "det",
        "case",
        "nsubj",
        "conj",
        "root",
    ];

    proptest! {
        /// Arbitrary, even cyclic or out-of-range, parses never panic, and every mention's
        /// span and words stay inside the sentence.
        #[test]
        fn arbitrary_parses_never_panic(
            spec in proptest::collection::vec((0..FORMS.len(), 0..UPOS.len(), 0usize..12, 0..RELS.len()), 1..10)
        ) {
            let dict = Dictionary::shipped_shared().expect("loads");
            let resolver = Resolver::new(dict);
            let mut text = String::new();
            let mut words = Vec::new();
            for (f, u, h, r) in &spec {
                if !text.is_empty() {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(FORMS[*f]);
                words.push(ParsedWord {
                    form: FORMS[*f].to_string(),
                    lemma: FORMS[*f].to_lowercase(),
                    upos: UPOS[*u].to_string(),
                    head: *h,
                    deprel: RELS[*r].to_string(),
                    span: start..text.len(),
                });
            }
            let date = NaiveDate::from_ymd_opt(2022, 10, 7).expect("date");
            let mut ctx = ArticleContext::new();
            for _ in 0..2 {
                for m in resolver.resolve_sentence(&words, &text, date, &mut ctx, false) {
                    prop_assert!(m.words.end <= words.len() && m.words.start < m.words.end);
                    prop_assert!(m.span.end <= text.len());
                    prop_assert_eq!(&text[m.span.clone()], m.text.as_str());
                }
            }
        }
    }
}

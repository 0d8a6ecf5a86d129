//! Table-driven test vectors (tests/data/*.jsonl): normalisation and mojibake repair,
//! sentence splits and tokens, with the nasty cases of news text. Sentences and tokens are
//! produced on the normalised text and compared as *original* text through the offset map.

use dyad_text::{Normalized, split_sentences, tokenize};
use serde_json::Value;

fn vectors(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1)))
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string").to_string())
        .collect()
}

#[test]
fn normalisation_vectors() {
    for v in vectors("normalize.jsonl") {
        let input = v["input"].as_str().unwrap();
        let n = Normalized::new(input);
        assert_eq!(
            n.as_str(),
            v["normalized"].as_str().unwrap(),
            "input {input:?}"
        );
        let repairs: Vec<(String, String)> = n
            .repairs()
            .iter()
            .map(|r| (r.from.clone(), r.to.clone()))
            .collect();
        let expected: Vec<(String, String)> = v["repairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let p = strings(p);
                (p[0].clone(), p[1].clone())
            })
            .collect();
        assert_eq!(repairs, expected, "input {input:?}");
        for r in n.repairs() {
            assert_eq!(&input[r.original.clone()], r.from);
        }
        // The whole normalised text maps back to the whole original.
        assert_eq!(
            n.original_range(0..n.len()),
            0..input.len(),
            "input {input:?}"
        );
    }
}

#[test]
fn sentence_vectors() {
    for v in vectors("sentences.jsonl") {
        let input = v["text"].as_str().unwrap();
        let n = Normalized::new(input);
        let got: Vec<&str> = split_sentences(n.as_str(), 0..n.len())
            .into_iter()
            .map(|r| &input[n.original_range(r)])
            .collect();
        assert_eq!(got, strings(&v["sentences"]), "text {input:?}");
    }
}

#[test]
fn token_vectors() {
    for v in vectors("tokens.jsonl") {
        let input = v["text"].as_str().unwrap();
        let n = Normalized::new(input);
        let got: Vec<String> = tokenize(n.as_str(), 0..n.len())
            .into_iter()
            .map(|t| {
                let form = &input[n.original_range(t.span.clone())];
                if t.words.len() > 1 {
                    let words: Vec<&str> = t
                        .words
                        .iter()
                        .map(|w| &input[n.original_range(w.span.clone())])
                        .collect();
                    format!("{form}={}", words.join("+"))
                } else {
                    form.to_string()
                }
            })
            .collect();
        assert_eq!(got, strings(&v["tokens"]), "text {input:?}");
    }
}

//! The seed article against its hand-coded reference (`../shared/seed/seed.gold.json`):
//! every required event found with an accepted code, source, target and date, none of the
//! forbidden ones, at most `max_unmatched` events that match no required or optional entry,
//! and no duplicate (date, source, code, target). Skips when ../shared is absent.

use std::collections::HashSet;
use std::path::PathBuf;

use dyad_article::{Articles, Input, ReadOptions};
use dyad_coder::{CodedArticle, Coder, Event, Options, Provenance};
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    p.join("seed").is_dir().then_some(p)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Texts of the sentences an event was reported in.
fn sentence_texts<'a>(coded: &'a CodedArticle, e: &Event) -> Vec<&'a str> {
    e.mention_sentences
        .iter()
        .filter_map(|i| {
            coded
                .explanations
                .iter()
                .find(|x| x.sentence.index == *i)
                .map(|x| x.sentence.text.as_str())
        })
        .collect()
}

fn normalise_quotes(s: &str) -> String {
    s.replace(['\u{201c}', '\u{201d}'], "\"")
        .replace(['\u{2018}', '\u{2019}'], "'")
}

fn in_sentence(coded: &CodedArticle, e: &Event, needle: &str) -> bool {
    let needle = normalise_quotes(needle);
    sentence_texts(coded, e)
        .iter()
        .any(|t| normalise_quotes(t).contains(&needle))
}

/// Whether event `e` fits gold entry `g` (codes, triples, target text; dates when `dated`).
fn fits(coded: &CodedArticle, e: &Event, g: &Value, dated: bool) -> bool {
    if let Some(s) = g.get("sentence").and_then(Value::as_str)
        && !in_sentence(coded, e, s)
    {
        return false;
    }
    let codes_ok = match g.get("triples").and_then(Value::as_array) {
        Some(triples) => triples.iter().any(|t| {
            let t: Vec<&str> = t
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            t == [e.source_code(), e.cameo.as_str(), e.target_code()]
        }),
        None => {
            strings(g, "source").contains(&e.source_code().to_string())
                && strings(g, "target").contains(&e.target_code().to_string())
                && strings(g, "cameo").contains(&e.cameo)
        }
    };
    if !codes_ok {
        return false;
    }
    if let Some(t) = g.get("target_text").and_then(Value::as_str)
        && !e.target_text().contains(t)
    {
        return false;
    }
    if !dated {
        return true;
    }
    if let Some(d) = g.get("date").and_then(Value::as_str) {
        return e.date == d;
    }
    let dates = strings(g, "dates");
    if !dates.is_empty() {
        return dates.contains(&e.date);
    }
    if let Some(m) = g.get("date_month").and_then(Value::as_str) {
        return e.date.starts_with(m);
    }
    true
}

#[test]
fn seed_article_events_match_the_reference() {
    let Some(shared) = shared() else {
        eprintln!("../shared/seed absent: seed event test skipped");
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("seed/seed.gold.json")).expect("gold readable"),
    )
    .expect("gold is JSON");
    let doc = gold["document"].as_str().expect("document");
    let article = Articles::new(
        [Input::Path(shared.join("seed").join(doc))],
        ReadOptions::default(),
    )
    .next()
    .expect("one article")
    .expect("readable");
    let model = dyad_syntax::Model::shipped().expect("model");
    let actors = dyad_actors::Dictionary::shipped().expect("actor dictionaries");
    let events = dyad_events::Dictionary::shipped();
    let options = Options {
        explain: true,
        ..Options::default()
    };
    let coder = Coder::new(&model, &actors, events, Provenance::default(), options);
    let coded = coder.code_article(&article);
    for e in &coded.events {
        eprintln!(
            "{} {} {} {} {:?} | {}",
            e.date,
            e.source_code(),
            e.cameo,
            e.target_code(),
            e.mention_sentences,
            e.sentence.text
        );
    }

    // No duplicates.
    let keys: HashSet<(&str, &str, &str, &str)> = coded
        .events
        .iter()
        .map(|e| {
            (
                e.date.as_str(),
                e.source_code(),
                e.cameo.as_str(),
                e.target_code(),
            )
        })
        .collect();
    assert_eq!(keys.len(), coded.events.len(), "duplicate events");

    // Every required event.
    let required = gold["required_events"].as_array().expect("required_events");
    let mut missing = Vec::new();
    for g in required {
        if !coded.events.iter().any(|e| fits(&coded, e, g, true)) {
            missing.push(g["id"].as_str().unwrap_or("?").to_string());
        }
    }
    assert!(missing.is_empty(), "required events missing: {missing:?}");

    // None of the forbidden ones.
    for f in gold["forbidden"].as_array().expect("forbidden") {
        let s = f["sentence"].as_str().expect("sentence");
        let hits: Vec<&Event> = coded
            .events
            .iter()
            .filter(|e| in_sentence(&coded, e, s))
            .collect();
        assert!(
            hits.is_empty(),
            "event(s) from forbidden sentence {s:?}: {hits:?}"
        );
    }

    // At most max_unmatched events outside the required and optional entries.
    let optional = gold["optional_events"].as_array().expect("optional_events");
    let unmatched: Vec<&Event> = coded
        .events
        .iter()
        .filter(|e| {
            !required.iter().any(|g| fits(&coded, e, g, true))
                && !optional.iter().any(|g| fits(&coded, e, g, false))
        })
        .collect();
    let max = gold["max_unmatched"].as_u64().expect("max_unmatched") as usize;
    assert!(
        unmatched.len() <= max,
        "{} unmatched events (max {max}): {:?}",
        unmatched.len(),
        unmatched
            .iter()
            .map(|e| format!("{} {} {}", e.source_code(), e.cameo, e.target_code()))
            .collect::<Vec<_>>()
    );

    // The headline is printed twice in the article but coded once.
    let headline: Vec<&Event> = coded.events.iter().filter(|e| e.cameo == "026").collect();
    assert_eq!(headline.len(), 1);
    assert_eq!(headline[0].mentions, 1);
}

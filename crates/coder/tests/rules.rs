//! Coding rules on short articles we wrote (`tests/data/rules.jsonl`): each row gives an
//! article (id, publication date, title, text), the events it must give and the ones it must
//! not. An expected event is `[source, CAMEO, target, date, mentions]`; a code may be
//! `a|b` (any of them), end in `*` (a prefix) or be `*` (anything); an empty source or target
//! is an unnamed actor (null in the output). Absent events are `[source, CAMEO, target]`.

use std::io::Write;

use dyad_article::{Articles, Input, ReadOptions};
use dyad_coder::{Coder, Event, Options, Provenance};
use serde_json::Value;

fn fits(want: &str, got: &str) -> bool {
    want.split('|').any(|w| match w.strip_suffix('*') {
        Some(prefix) => got.starts_with(prefix),
        None => w == got,
    })
}

fn code(a: Option<&dyad_coder::ActorOut>) -> &str {
    a.map_or("", |a| a.code.as_str())
}

fn matches(e: &Event, want: &[Value]) -> bool {
    let s = |i: usize| want.get(i).and_then(Value::as_str).unwrap_or("");
    fits(s(0), code(e.source.as_ref()))
        && fits(s(1), &e.cameo)
        && fits(s(2), code(e.target.as_ref()))
        && (want.len() < 4 || fits(s(3), &e.date))
        && want
            .get(4)
            .and_then(Value::as_u64)
            .is_none_or(|m| m as usize == e.mentions)
}

#[test]
fn coding_rules_on_written_articles() {
    let rows: Vec<Value> = include_str!("data/rules.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("rules.jsonl: a JSON object per line"))
        .collect();
    assert!(rows.len() >= 7);
    let dir = std::env::temp_dir().join(format!("dyad-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("rules.jsonl");
    let mut f = std::fs::File::create(&path).expect("temp file");
    for r in &rows {
        let article = serde_json::json!({
            "id": r["id"], "date": r["date"], "title": r["title"], "text": r["text"],
        });
        writeln!(f, "{article}").expect("write");
    }
    drop(f);

    let model = dyad_syntax::Model::shipped().expect("model");
    let actors = dyad_actors::Dictionary::shipped().expect("actor dictionaries");
    let coder = Coder::new(
        &model,
        &actors,
        dyad_events::Dictionary::shipped(),
        Provenance::default(),
        Options::default(),
    );
    let mut failures = Vec::new();
    let articles = Articles::new([Input::Path(path.clone())], ReadOptions::default());
    for (r, article) in rows.iter().zip(articles) {
        let article = article.expect("article reads");
        let id = r["id"].as_str().unwrap_or("?");
        assert_eq!(article.id, id);
        let coded = coder.code_article(&article);
        let shown: Vec<String> = coded
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {} x{}",
                    code(e.source.as_ref()),
                    e.cameo,
                    code(e.target.as_ref()),
                    e.date,
                    e.mentions
                )
            })
            .collect();
        for want in r["expect"].as_array().expect("expect") {
            let want = want.as_array().expect("an array");
            if !coded.events.iter().any(|e| matches(e, want)) {
                failures.push(format!("{id}: missing {want:?}; coded {shown:?}"));
            }
        }
        for not in r
            .get("absent")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let not = not.as_array().expect("an array");
            if coded.events.iter().any(|e| matches(e, not)) {
                failures.push(format!("{id}: must not code {not:?}; coded {shown:?}"));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

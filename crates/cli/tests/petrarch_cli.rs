//! `dyad code --dictionaries petrarch|both`: events coded with PETRARCH-2 dictionaries, in
//! the same JSON Lines schema as dyad's own events; usage errors without the dictionaries.
//!
//! The small dictionaries and texts are written by the tests themselves (invented places);
//! the tests with the Phoenix dictionaries of `../shared/data/petrarch/` skip when it is
//! absent.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("dyad runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn events(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is a JSON event"))
        .collect()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-petrarch-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/petrarch"
    ));
    if p.join("CAMEO.2.0.txt").exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

/// The fields of a `dyad code` event (dyad_coder::Event), in order.
const EVENT_FIELDS: &[&str] = &[
    "id",
    "document_id",
    "url",
    "date",
    "date_precision",
    "date_text",
    "reporter",
    "flags",
    "source",
    "target",
    "cameo",
    "cameo_label",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "sentence",
    "verb",
    "pattern",
    "mentions",
    "mention_sentences",
    "provenance",
];

/// The field names of an event, sorted, against [`EVENT_FIELDS`] sorted.
fn keys(v: &Value) -> (Vec<&str>, Vec<&'static str>) {
    let mut got: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    got.sort_unstable();
    let mut want = EVENT_FIELDS.to_vec();
    want.sort_unstable();
    (got, want)
}

fn triple(e: &Value) -> (String, String, String) {
    let code = |side: &str| {
        e[side]["code"]
            .as_str()
            .map_or("---".to_string(), str::to_string)
    };
    (
        code("source"),
        code("target"),
        e["cameo"].as_str().unwrap().to_string(),
    )
}

/// The text of `[start, end)` in chars of `text`.
fn chars(text: &str, v: &Value) -> String {
    let (s, e) = (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    );
    text.chars().skip(s).take(e - s).collect()
}

const VERBS: &str = "--- SCOLD [111] ---\nSCOLD {SCOLDS SCOLDED SCOLDING}\n\n\
                     --- GREET [075A] ---\nGREET\n";
const ACTORS: &str = "ATLANTIS [ATL]\nRIVENDELL [RIV]\nLILLIPUT [LIL]\n";
const DISCARDS: &str = "+FOOTBALL\nLOTTERY\n";
const STORY: &str = "Atlantis scolded Rivendell on Monday.\n\n\
                     Lilliput greeted Atlantis. Rivendell scolded Lilliput. Rivendell again \
                     scolded Lilliput.\n\nAtlantis scolded Rivendell after the lottery draw.\n";
const SPORT: &str = "Atlantis scolded Rivendell after the football match.\n";

#[test]
fn petrarch_dictionaries_code_events_in_dyads_schema() {
    let dir = scratch("own");
    let verbs = write(&dir, "verbs.txt", VERBS);
    let actors = write(&dir, "actors.txt", ACTORS);
    let discards = write(&dir, "discards.txt", DISCARDS);
    let story = write(&dir, "story.txt", STORY);
    let sport = write(&dir, "sport.txt", SPORT);
    let out = dyad(&[
        "code",
        "--dictionaries",
        "petrarch",
        "--petrarch-verbs",
        &verbs,
        "--petrarch-actors",
        &actors,
        "--petrarch-discards",
        &discards,
        "--date",
        "2020-05-06",
        &story,
        &sport,
    ]);
    let evs = events(&out);
    let got: Vec<(String, String, String)> = evs.iter().map(triple).collect();
    let t = |s: &str, d: &str, c: &str| (s.to_string(), d.to_string(), c.to_string());
    // The lottery sentence is discarded (sentence level), the football story entirely.
    assert_eq!(
        got,
        [
            t("ATL", "RIV", "111"),
            t("LIL", "ATL", "075A"),
            t("RIV", "LIL", "111")
        ],
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("story discarded by the PETRARCH discard phrase \"FOOTBALL\""),
        "{}",
        stderr(&out)
    );
    for e in &evs {
        let (got, want) = keys(e);
        assert_eq!(got, want);
        assert_eq!(e["document_id"], story.as_str());
        assert!(e["pattern"].as_str().unwrap().starts_with("petrarch:"));
        let (s, d, c) = triple(e);
        let date =
            chrono::NaiveDate::parse_from_str(e["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        assert_eq!(
            e["id"],
            dyad_events::dedup::event_id(&story, date, &s, &d, &c).as_str()
        );
        // Char offsets into the article text.
        for side in ["source", "target"] {
            assert_eq!(chars(STORY, &e[side]), e[side]["text"].as_str().unwrap());
            assert_eq!(e[side]["resolved_by"], "entry");
        }
        assert_eq!(
            chars(STORY, &e["verb"]),
            e["verb"]["text"].as_str().unwrap()
        );
        assert_eq!(
            chars(STORY, &e["sentence"]),
            e["sentence"]["text"].as_str().unwrap()
        );
        assert_eq!(
            e["provenance"]["event_dictionary"], "petrarch:verbs.txt",
            "{e}"
        );
    }
    // The headline's event: dated by its own time expression (Monday before 2020-05-06).
    let first = &evs[0];
    assert_eq!(first["date"], "2020-05-04");
    assert_eq!(first["date_text"], "on Monday");
    assert_eq!(first["flags"], serde_json::json!(["headline"]));
    assert_eq!(first["verb"]["text"], "scolded");
    assert_eq!(first["source"]["text"], "Atlantis");
    // A CAMEO code: label, root, quad class, Goldstein and PLOVER from the CAMEO table.
    let cameo = dyad_events::CameoCode::get("111").unwrap();
    assert_eq!(first["cameo_label"], cameo.label.as_str());
    assert_eq!(first["root"], "11");
    assert_eq!(first["quad_class"], u64::from(cameo.quad_class));
    assert_eq!(
        first["goldstein"].as_f64().unwrap(),
        f64::from(cameo.goldstein)
    );
    assert!(first["plover"]["event"].is_string());
    // A code outside the CAMEO list passes through with no label, class or score.
    let greet = &evs[1];
    assert_eq!(greet["cameo"], "075A");
    assert_eq!(greet["cameo_label"], "");
    assert_eq!(greet["root"], "07");
    assert_eq!(greet["quad_class"], 0);
    assert_eq!(greet["goldstein"].as_f64(), Some(0.0));
    assert!(greet["plover"].is_null());
    // Two sentences report the same event on the same date: one event, two mentions.
    let again = &evs[2];
    assert_eq!(again["date"], "2020-05-06");
    assert_eq!(again["mentions"], 2);
    assert_eq!(again["mention_sentences"], serde_json::json!([2, 3]));
    assert_eq!(again["sentence"]["index"], 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn both_merges_our_events_with_petrarchs() {
    let dir = scratch("both");
    let verbs = write(&dir, "verbs.txt", VERBS);
    let actors = write(&dir, "actors.txt", ACTORS);
    let story = write(&dir, "story.txt", STORY);
    let run = |mode: &str| {
        events(&dyad(&[
            "code",
            "--dictionaries",
            mode,
            "--petrarch-verbs",
            &verbs,
            "--petrarch-actors",
            &actors,
            "--date",
            "2020-05-06",
            &story,
        ]))
    };
    let (ours, petrarch, both) = (run("ours"), run("petrarch"), run("both"));
    let key = |e: &Value| {
        let (s, t, c) = triple(e);
        (e["date"].as_str().unwrap().to_string(), s, t, c)
    };
    // Ours first, in order, then PETRARCH's events whose key ours lacks; no key twice.
    assert_eq!(&both[..ours.len()], &ours[..]);
    let ours_keys: HashSet<_> = ours.iter().map(key).collect();
    let added: Vec<&Value> = petrarch
        .iter()
        .filter(|e| !ours_keys.contains(&key(e)))
        .collect();
    assert_eq!(both.len(), ours.len() + added.len());
    for (b, p) in both[ours.len()..].iter().zip(&added) {
        assert_eq!(b, *p);
    }
    let keys: HashSet<_> = both.iter().map(key).collect();
    assert_eq!(keys.len(), both.len());
    // Our dictionaries do not know these invented places: PETRARCH's events are all added.
    assert_eq!(added.len(), petrarch.len());
    assert_eq!(petrarch.len(), 4, "{petrarch:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ours_is_the_default() {
    let story = repo_root().join("examples/venezuela_talks.txt");
    let story = story.to_str().unwrap();
    let default = dyad(&["code", "--date", "2024-03-14", story]);
    let ours = dyad(&[
        "code",
        "--dictionaries",
        "ours",
        "--date",
        "2024-03-14",
        story,
    ]);
    assert!(default.status.success(), "{}", stderr(&default));
    assert!(!default.stdout.is_empty());
    assert_eq!(default.stdout, ours.stdout);
}

#[test]
fn petrarch_without_its_dictionaries_is_a_usage_error() {
    let story = repo_root().join("examples/venezuela_talks.txt");
    let story = story.to_str().unwrap();
    for (args, missing) in [
        (vec!["--dictionaries", "petrarch"], "--petrarch-verbs"),
        (
            vec!["--dictionaries", "both", "--petrarch-actors", "a.txt"],
            "--petrarch-verbs",
        ),
        (
            vec!["--dictionaries", "petrarch", "--petrarch-verbs", "v.txt"],
            "--petrarch-actors",
        ),
    ] {
        let mut all = vec!["code"];
        all.extend(args);
        all.push(story);
        let out = dyad(&all);
        assert_eq!(out.status.code(), Some(2), "{all:?}");
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).contains(missing), "{all:?}: {}", stderr(&out));
    }
}

#[test]
fn phoenix_dictionaries_code_a_meeting() {
    let Some(p) = shared() else { return };
    let dir = scratch("phoenix");
    let text = "PARIS, March 3, 2015 - French President Francois Hollande met German Chancellor \
                Angela Merkel in Paris on Tuesday.\n\nJapan condemned North Korea.\n";
    let story = write(&dir, "meeting.txt", text);
    let verbs = p.join("CAMEO.2.0.txt");
    let actors = p.join("Phoenix.Countries.actors.txt");
    let agents = p.join("Phoenix.agents.txt");
    let out = dyad(&[
        "code",
        "--dictionaries",
        "petrarch",
        "--petrarch-verbs",
        verbs.to_str().unwrap(),
        "--petrarch-actors",
        actors.to_str().unwrap(),
        "--petrarch-agents",
        agents.to_str().unwrap(),
        "--date",
        "2015-03-03",
        &story,
    ]);
    let evs = events(&out);
    let got: Vec<(String, String, String)> = evs.iter().map(triple).collect();
    let t = |s: &str, d: &str, c: &str| (s.to_string(), d.to_string(), c.to_string());
    assert!(got.contains(&t("FRAGOV", "DEUGOV", "040")), "{got:?}");
    assert!(got.contains(&t("JPN", "PRK", "111")), "{got:?}");
    for e in &evs {
        let (got, want) = keys(e);
        assert_eq!(got, want);
        assert!(e["pattern"].as_str().unwrap().starts_with("petrarch:"));
        assert_eq!(chars(text, &e["verb"]), e["verb"]["text"].as_str().unwrap());
    }
    let meeting = evs.iter().find(|e| e["cameo"] == "040").unwrap();
    assert_eq!(meeting["source"]["country"], "FRA");
    assert_eq!(meeting["source"]["sectors"], serde_json::json!(["GOV"]));
    assert_eq!(meeting["target"]["text"], "German Chancellor Angela Merkel");
    assert_eq!(meeting["verb"]["text"], "met");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn validate_says_so_when_no_record_is_evaluated() {
    let suite = repo_root().join("../shared/data/petrarch/PETR.UnitTest.records.xml");
    if !suite.is_file() {
        eprintln!("skipping: {} is absent", suite.display());
        return;
    }
    let out = dyad(&["validate", suite.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no record is evaluated"),
        "{}",
        stderr(&out)
    );
}

//! End-to-end tests of the `dyad` binary: records on stdout, diagnostics on stderr, exit status.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(repo_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dyad runs");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            input.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn stdout_records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is a JSON record"))
        .collect()
}

#[test]
fn read_example_article_prints_one_record() {
    let out = dyad(&["read", "examples/venezuela_talks.txt"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = stdout_records(&out);
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r["date"], "2024-03-14");
    assert_eq!(r["boilerplate"][0]["kind"], "repeated_headline");
    assert_eq!(r["dateline"]["place"], "BOGOTÁ");
    // Char offsets: the first sentence's text is the original text between its offsets.
    let text = std::fs::read_to_string(repo_root().join("examples/venezuela_talks.txt")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let s = &r["paragraphs"][0]["sentences"][0];
    let (start, end) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    let slice: String = chars[start..end].iter().collect();
    assert_eq!(slice, s["text"].as_str().unwrap());
    assert!(slice.contains("Bogotá"));
}

#[test]
fn bad_records_are_reported_and_the_batch_goes_on() {
    let input = b"{\"id\": \"a\", \"text\": \"Talks resumed. Both sides met.\"}\n{not json\n\
{\"id\": \"c\", \"text\": \"\"}\n{\"id\": \"d\", \"text\": \"Troops withdrew.\"}\n";
    let out = dyad(&["read", "--format", "jsonl", "-"], Some(input));
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed record gives exit status 1"
    );
    let ids: Vec<String> = stdout_records(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        ids.contains(&"a".to_string()) && ids.contains(&"d".to_string()),
        "{ids:?}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("record 2"),
        "the bad line is named: {stderr}"
    );
    assert!(
        stderr.contains("failed"),
        "a summary count is printed: {stderr}"
    );
}

#[test]
fn missing_file_is_named_on_stderr() {
    let out = dyad(
        &["read", "no/such/file.txt", "examples/venezuela_talks.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout_records(&out).len(),
        1,
        "the readable file is still read"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/file.txt"), "{stderr}");
}

#[test]
fn shipped_dictionaries_check_clean() {
    let out = dyad(&["dict", "check"], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("actors:") && stderr.contains("0 errors"),
        "{stderr}"
    );
    assert!(stderr.contains("291/291 codes covered"), "{stderr}");
}

#[test]
fn dict_check_names_file_and_line_of_a_bad_event_pattern() {
    let dir = std::env::temp_dir().join(format!("dyad-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.pat");
    std::fs::write(&bad, "@format 1\n999  v:frobnicate  obj@target\n").unwrap();
    let out = dyad(&["dict", "check", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("bad.pat:2:"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dict_check_walks_directories_for_actor_and_event_files() {
    let dir = std::env::temp_dir().join(format!("dyad-cli-dir-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("sub/bad.toml"),
        "format = \"dyad-actors/1\"\nthis is not toml\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ok.pat"),
        "@format 1\n046  v:negotiate  with@target\n",
    )
    .unwrap();
    let out = dyad(&["dict", "check", dir.to_str().unwrap()], None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("bad.toml:2:"), "{stdout}");
    assert!(stderr.contains("events: 1 files"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn parse_conllu_skips_malformed_sentences_and_names_their_line() {
    let input = "# text = Talks resumed.\n1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tresumed\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
1\tGap\t_\t_\t_\t_\t_\t_\t_\t_\n3\there\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
1\tshort\trow\n\n\
1\tTroops\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let out = dyad(
        &["parse", "--input-format", "conllu", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let sentences: Vec<&str> = stdout
        .split("\n\n")
        .filter(|s| !s.trim().is_empty())
        .collect();
    assert_eq!(sentences.len(), 2, "{stdout}");
    assert!(sentences[0].contains("# text = Talks resumed."), "{stdout}");
    assert!(sentences[1].contains("Troops"), "{stdout}");
    // Every word got a head and a relation.
    for line in stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols[6] != "_" && cols[7] != "_", "{line}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("word ID 3 where 2"), "{stderr}");
    assert!(stderr.contains("line 9"), "{stderr}");
}

/// The text between an actor or sentence object's char offsets in `text`.
fn slice_chars(text: &str, obj: &serde_json::Value) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (
        obj["start"].as_u64().unwrap() as usize,
        obj["end"].as_u64().unwrap() as usize,
    );
    chars[start..end].iter().collect()
}

#[test]
fn code_example_article_gives_documented_fields_with_true_offsets() {
    let out = dyad(&["code", "examples/venezuela_talks.txt"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = stdout_records(&out);
    assert!(events.len() >= 3, "{events:?}");
    let text = std::fs::read_to_string(repo_root().join("examples/venezuela_talks.txt")).unwrap();
    for e in &events {
        for field in [
            "id",
            "document_id",
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
        ] {
            assert!(e.get(field).is_some(), "field {field} missing in {e}");
        }
        assert_eq!(e["id"].as_str().unwrap().len(), 16);
        assert_eq!(slice_chars(&text, &e["sentence"]), e["sentence"]["text"]);
        assert_eq!(slice_chars(&text, &e["verb"]), e["verb"]["text"]);
        for side in ["source", "target"] {
            if !e[side].is_null() {
                assert_eq!(slice_chars(&text, &e[side]), e[side]["text"]);
            }
        }
        assert_eq!(
            e["mentions"].as_u64().unwrap() as usize,
            e["mention_sentences"].as_array().unwrap().len()
        );
    }
    // The headline (printed twice in the file) is coded once, and it is the event the first
    // body sentence dates ("on Wednesday"): the US envoy urging the Venezuelan government to
    // resume talks, CAMEO 026, PLOVER null (root 02), two mentions (headline and body).
    let headline: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["mention_sentences"][0] == 0)
        .collect();
    assert!(headline.iter().any(|e| e["cameo"] == "026"
        && e["source"]["code"] == "USAGOV"
        && e["target"]["code"] == "VENGOV"
        && e["plover"].is_null()
        && e["date"] == "2024-03-13"
        && e["date_text"] == "on Wednesday"
        && e["mentions"] == 2
        && e["mention_sentences"] == serde_json::json!([0, 1])
        && e["flags"] == serde_json::json!(["headline"])));
    assert_eq!(
        events
            .iter()
            .filter(|e| e["cameo"] == "026" && e["target"]["code"] == "VENGOV")
            .count(),
        1
    );
    // "met Colombian and Venezuelan officials": one meeting with each government.
    for target in ["COLGOV", "VENGOV"] {
        assert!(
            events.iter().any(|e| e["cameo"] == "040"
                && e["source"]["code"] == "USAGOV"
                && e["target"]["code"] == target
                && e["date"] == "2024-03-13"),
            "no 040 USAGOV -> {target}"
        );
    }
    // "eased some oil sanctions on Venezuela last year": 085, dated by its own expression.
    let eased = events
        .iter()
        .find(|e| e["cameo"] == "085")
        .expect("085 event");
    assert_eq!(eased["date"], "2023-01-01");
    assert_eq!(eased["date_precision"], "year");
    assert_eq!(eased["date_text"], "last year");
    assert_eq!(eased["plover"]["event"], "RETREAT");
    // A re-run gives the same ids.
    let again = stdout_records(&dyad(&["code", "examples/venezuela_talks.txt"], None));
    let ids = |v: &[serde_json::Value]| v.iter().map(|e| e["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&events), ids(&again));
}

#[test]
fn code_tsv_has_petrarch_columns_and_explain_goes_to_stderr() {
    let out = dyad(
        &[
            "code",
            "--format",
            "tsv",
            "--explain",
            "examples/venezuela_talks.txt",
        ],
        None,
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first: Vec<&str> = stdout.lines().next().expect("a line").split('\t').collect();
    assert_eq!(first.len(), 11);
    assert_eq!(first[0], "20240313");
    assert_eq!((first[1], first[2], first[3]), ("USAGOV", "VENGOV", "026"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("coded"), "{stderr}");
    assert!(stderr.contains("no pattern fits verb(s)"), "{stderr}");
    assert!(stderr.contains("dyad code: 1 article(s)"), "{stderr}");
}

#[test]
fn code_goes_on_past_bad_records_and_exits_1() {
    let input = b"{\"id\": \"a\", \"date\": \"2020-01-05\", \"text\": \"Iran denied the claims. The United Nations accused the Syrian government of torture.\"}\nnot json\n{\"id\": \"c\", \"text\": \"\"}\n";
    let out = dyad(&["code", "--input-format", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let events = stdout_records(&out);
    assert!(
        events
            .iter()
            .any(|e| e["document_id"] == "a" && e["cameo"] == "1122"),
        "{events:?}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("-:2 (record 2)"), "{stderr}");
    assert!(stderr.contains("2 failed"), "{stderr}");
}

#[test]
fn code_missing_file_is_named_and_bad_threads_is_a_usage_error() {
    let out = dyad(&["code", "no/such/article.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/article.txt"));
    assert!(out.stdout.is_empty());
    let out = dyad(
        &["code", "--threads", "many", "examples/venezuela_talks.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    // Thousands of threads would exhaust memory: at most 256.
    let out = dyad(
        &["code", "--threads", "99999", "examples/venezuela_talks.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--threads"));
}

#[test]
fn code_require_dyad_drops_one_sided_events() {
    let input = b"Headline\n\nThe Taliban have claimed responsibility.\n";
    let loose = stdout_records(&dyad(&["code", "--date", "2019-01-24", "-"], Some(input)));
    assert!(
        loose
            .iter()
            .any(|e| e["cameo"] == "015" && e["target"].is_null()),
        "{loose:?}"
    );
    let strict = stdout_records(&dyad(
        &["code", "--require-dyad", "--date", "2019-01-24", "-"],
        Some(input),
    ));
    assert!(strict.is_empty(), "{strict:?}");
    // Nor does an actor no dictionary knows ("Special envoy Laura Whitfield") count.
    let example = stdout_records(&dyad(
        &["code", "--require-dyad", "examples/venezuela_talks.txt"],
        None,
    ));
    assert!(!example.is_empty());
    for e in &example {
        assert!(
            e["source"]["code"].as_str().is_some_and(|c| c != "---"),
            "{e}"
        );
        assert!(
            e["target"]["code"].as_str().is_some_and(|c| c != "---"),
            "{e}"
        );
    }
}

#[test]
fn evaluate_syntax_refuses_a_file_without_annotation() {
    let dir = std::env::temp_dir().join(format!("dyad-cli-evsyn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bare.conllu");
    std::fs::write(
        &path,
        "# sent_id = s1\n1\tTurkey\t_\t_\t_\t_\t_\t_\t_\t_\n2\tobjected\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
    )
    .unwrap();
    let out = dyad(&["evaluate-syntax", "--gold", path.to_str().unwrap()], None);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bare.conllu"), "{stderr}");
    assert!(
        stderr.contains("sentence 1 (sent_id s1), word 1 \"Turkey\": no gold UPOS, HEAD, DEPREL"),
        "{stderr}"
    );
}

#[test]
fn code_exits_1_on_a_damaged_article_but_still_codes_it() {
    // Valid UTF-8 around one stray byte: replaced and reported as an error, not re-guessed.
    let input = b"Headline from Bogot\xc3\xa1\n\nRussia criticised Ukraine on Monday in Bogot\xc3\xa1 \xff.\n";
    let out = dyad(&["code", "--date", "2020-01-10", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("1 with input errors"), "{stderr}");
    let events = stdout_records(&out);
    assert!(events.iter().any(|e| e["cameo"] == "111"), "{events:?}");
}

#[test]
fn read_takes_input_format_under_both_names() {
    let input = b"{\"id\":\"x\",\"text\":\"Russia criticised Ukraine.\"}\n";
    for flag in ["--format", "--input-format"] {
        let records = stdout_records(&dyad(&["read", flag, "jsonl", "-"], Some(input)));
        assert_eq!(records.len(), 1, "{flag}");
        assert_eq!(records[0]["id"], "x", "{flag}");
    }
}

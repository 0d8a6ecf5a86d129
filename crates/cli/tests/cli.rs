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

//! Bad input: every kind gives an error naming file and line or record, and the batch goes on.

use std::path::{Path, PathBuf};

use dyad_article::{Articles, Format, Input, ReadError, ReadOptions};

/// A fresh scratch directory under the system temp dir, named after the test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-article-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("dir");
    }
    std::fs::write(&p, bytes).expect("write");
    p
}

/// Results as `ok:ID` or `KIND@LOCATION` strings.
fn outcomes(items: Articles) -> Vec<String> {
    items
        .map(|r| match r {
            Ok(a) => format!("ok:{}", a.id),
            Err(e) => format!("{}@{}", e.kind(), e.location()),
        })
        .collect()
}

#[test]
fn jsonl_errors_name_line_and_record_and_the_batch_goes_on() {
    let dir = scratch("jsonl");
    let big = "x".repeat(300);
    let content = format!(
        "{{\"id\": \"a\", \"text\": \"Talks resumed on Friday.\"}}\n\
         {{\"text\": \"unterminated\"\n\
         \n\
         [1, 2]\n\
         {{\"id\": \"no-text\"}}\n\
         {{\"text\": \"   \"}}\n\
         {{\"text\": 5}}\n\
         {{\"text\": \"{big}\"}}\n\
         {{\"url\": \"https://example.invalid/b\", \"text\": \"Talks ended.\"}}\n\
         {{\"text\": \"No id here.\"}}\n"
    );
    let p = write(&dir, "a.jsonl", content.as_bytes());
    let f = p.display().to_string();
    let options = ReadOptions {
        max_bytes: 200,
        ..ReadOptions::default()
    };
    let got = outcomes(Articles::new([Input::Path(p.clone())], options));
    assert_eq!(
        got,
        [
            "ok:a".to_owned(),
            format!("json@{f}:2 (record 2)"),
            format!("json@{f}:4 (record 3)"),
            format!("missing_text@{f}:5 (record 4)"),
            format!("empty@{f}:6 (record 5)"),
            format!("missing_text@{f}:7 (record 6)"),
            format!("too_large@{f}:8 (record 7)"),
            "ok:https://example.invalid/b".to_owned(),
            format!("ok:{f}#9"),
        ]
    );
}

#[test]
fn csv_errors_name_line_and_record() {
    let dir = scratch("csv");
    let p = write(
        &dir,
        "a.csv",
        b"url,date,title,text\n\
          u1,2019-01-04,T1,\"First article.\nSecond line.\"\n\
          u2,2019-01-05,T2\n\
          u3,2019-01-06,T3,\"\"\n\
          u4,2019-01-07,T4,Fourth article.\n",
    );
    let f = p.display().to_string();
    let got = outcomes(Articles::new([Input::Path(p)], ReadOptions::default()));
    assert_eq!(
        got,
        [
            "ok:u1".to_owned(),
            format!("csv@{f}:4 (record 2)"),
            format!("empty@{f}:5 (record 3)"),
            "ok:u4".to_owned(),
        ]
    );
}

#[test]
fn csv_without_text_column() {
    let dir = scratch("csvhead");
    let p = write(&dir, "a.csv", b"url,date,body\nu1,2019-01-04,Text.\n");
    let f = p.display().to_string();
    let got = outcomes(Articles::new([Input::Path(p)], ReadOptions::default()));
    assert_eq!(got, [format!("missing_text@{f}:1")]);
}

#[test]
fn files_missing_empty_binary_too_large() {
    let dir = scratch("files");
    let missing = dir.join("missing.txt");
    let empty = write(&dir, "empty.txt", b"  \n\n \t\n");
    let binary = write(
        &dir,
        "bin.txt",
        b"line one\n\x00\x01\x02\x00\x00\xff\x00\x00",
    );
    let large = write(
        &dir,
        "large.txt",
        "Headline\n\nBody text.\n".repeat(50).as_bytes(),
    );
    let good = write(&dir, "good.txt", b"Headline\n\nBody text.\n");
    let options = ReadOptions {
        max_bytes: 100,
        ..ReadOptions::default()
    };
    let inputs = [&missing, &empty, &binary, &large, &good].map(|p| Input::Path(p.to_path_buf()));
    let items: Vec<_> = Articles::new(inputs, options).collect();
    assert_eq!(items.len(), 5);
    let name = |p: &Path| p.display().to_string();
    match &items[0] {
        Err(ReadError::Io { location, .. }) => assert_eq!(location.file, name(&missing)),
        other => panic!("{other:?}"),
    }
    match &items[1] {
        Err(ReadError::Empty { location }) => assert_eq!(location.file, name(&empty)),
        other => panic!("{other:?}"),
    }
    match &items[2] {
        Err(e @ ReadError::Undecodable { location, .. }) => {
            assert_eq!(location.file, name(&binary));
            assert_eq!(location.line, Some(2));
            assert!(e.to_string().contains("bin.txt:2"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    match &items[3] {
        Err(ReadError::TooLarge {
            location,
            bytes,
            limit,
        }) => {
            assert_eq!(location.file, name(&large));
            assert_eq!((*bytes, *limit), (1050, 100));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        items[4].as_ref().map(|a| a.id.clone()).ok(),
        Some(name(&good))
    );
}

#[test]
fn invalid_utf8_is_kept_with_an_error_diagnostic_naming_the_line() {
    // A stray 0xFF after "Bogotá" on line 4.
    let bytes = [
        "Bogotá talks\n\nLine two.\nIn Bogotá".as_bytes(),
        &[0xFF],
        b" the talks began.",
    ]
    .concat();
    let mut items = Articles::from_bytes("x.txt", &bytes, Format::Text, ReadOptions::default());
    let a = items.next().expect("item").expect("article");
    assert!(a.has_errors());
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == "invalid_bytes")
        .expect("diagnostic");
    assert_eq!(d.location.to_string(), "x.txt:4");
}

#[test]
fn directories_are_walked_in_name_order_and_other_files_are_counted() {
    let dir = scratch("walk");
    write(&dir, "b/2.txt", b"Second\n\nBody two.\n");
    write(&dir, "a.txt", b"First\n\nBody one.\n");
    write(
        &dir,
        "b/1.jsonl",
        b"{\"id\": \"j1\", \"text\": \"Body j1.\"}\n",
    );
    write(&dir, "c.csv", b"id,text\nc1,Body c1.\n");
    write(&dir, "notes.md", b"# not an article\n");
    let mut items = Articles::new([Input::Path(dir.clone())], ReadOptions::default());
    let ids: Vec<String> = items
        .by_ref()
        .map(|r| r.expect("article").id)
        .map(|id| id.replace(&dir.display().to_string(), "D"))
        .collect();
    assert_eq!(ids, ["D/a.txt", "j1", "D/b/2.txt", "c1"]);
    assert_eq!(items.skipped(), [dir.join("notes.md")]);
}

#[test]
fn csv_in_windows_1252_with_crlf_is_decoded_and_every_record_says_so() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(
        "id,title,text\r\nr1,Peña Nieto visits,\"Enrique Peña Nieto visited Bogotá.\r\nHe met Petro.\"\r\nr2,Talks,Talks resumed in Caracas.\r\n",
    );
    assert!(!unmappable);
    let items: Vec<_> =
        Articles::from_bytes("w.csv", &bytes, Format::Csv, ReadOptions::default()).collect();
    assert_eq!(items.len(), 2);
    let a = items[0].as_ref().expect("article");
    assert_eq!(a.id, "r1");
    assert_eq!(
        a.title.as_ref().map(|t| t.text.as_str()),
        Some("Peña Nieto visits")
    );
    assert_eq!(
        a.text,
        "Enrique Peña Nieto visited Bogotá.\r\nHe met Petro."
    );
    // No blank line: each line is a paragraph, without the carriage return.
    let paras: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(&p.span)).collect();
    assert_eq!(
        paras,
        ["Enrique Peña Nieto visited Bogotá.", "He met Petro."]
    );
    for item in &items {
        let a = item.as_ref().expect("article");
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code == "encoding_guess")
            .expect("encoding diagnostic");
        assert!(d.message.contains("windows-1252"), "{}", d.message);
        assert_eq!(d.location.file, "w.csv");
    }
}

/// Regression: with CRLF line ends the csv crate's positions are one line short; the reported
/// line of a record (good or bad) must be the same as with LF line ends.
#[test]
fn csv_line_numbers_are_right_with_crlf_line_ends() {
    let lf = "id,text\na,\"Talks resumed.\"\nb,\"x\",extra\nc,\"Troops left.\"\n";
    let crlf = lf.replace('\n', "\r\n");
    for (name, content) in [("lf.csv", lf.to_string()), ("crlf.csv", crlf)] {
        let items = Articles::from_bytes(
            name,
            content.as_bytes(),
            Format::Csv,
            ReadOptions::default(),
        );
        let lines: Vec<Option<u64>> = items
            .map(|r| match r {
                Ok(a) => a.location.line,
                Err(e) => e.location().line,
            })
            .collect();
        assert_eq!(lines, [Some(2), Some(3), Some(4)], "{name}");
    }
}

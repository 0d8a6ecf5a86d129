//! The seed check (issue 2, section 4) and the Wikinews load test, on ../shared when present.

use std::path::{Path, PathBuf};

use dyad_article::{Article, Articles, BoilerplateKind, DateOrigin, Input, ReadOptions};

fn shared() -> Option<PathBuf> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")).to_path_buf();
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

fn read_all(inputs: Vec<Input>) -> (Vec<Article>, Vec<dyad_article::ReadError>) {
    let mut ok = Vec::new();
    let mut err = Vec::new();
    for item in Articles::new(inputs, ReadOptions::default()) {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => err.push(e),
        }
    }
    (ok, err)
}

#[test]
fn seed_article() {
    let Some(shared) = shared() else { return };
    let path = shared.join("seed/000_d31cdf574a7b9d58.txt");
    let (articles, errors) = read_all(vec![Input::Path(path)]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    let title = a.title.as_ref().expect("title");
    assert_eq!(
        a.slice(&title.span),
        "Blinken Pressures Venezuelans into Talks with Dictator Maduro"
    );
    let repeated: Vec<&str> = a
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::RepeatedHeadline)
        .map(|b| a.slice(&b.unit.span))
        .collect();
    assert_eq!(
        repeated,
        ["Blinken Pressures Venezuelans into Talks with Dictator Maduro"]
    );
    assert!(repeated.len() == 1 && a.boilerplate[0].unit.span.start > title.span.end);
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2022-10-07"));
    assert_eq!(a.date_origin, Some(DateOrigin::DateLine));
    let copyright: Vec<&str> = a
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::Copyright)
        .map(|b| a.slice(&b.unit.span))
        .collect();
    assert_eq!(copyright, ["© Copyright 2024,"]);
    assert_eq!(a.paragraphs.len(), 6);
    let per_paragraph: Vec<usize> = a.paragraphs.iter().map(|p| p.sentences.len()).collect();
    assert_eq!(
        per_paragraph.iter().sum::<usize>(),
        13,
        "sentences per paragraph {per_paragraph:?}: {:#?}",
        a.sentences().map(|s| a.slice(&s.span)).collect::<Vec<_>>()
    );
    assert!(a.dateline.is_none() && a.byline.is_none());
    // A scare-quoted word in mid-sentence is no sentence end.
    assert!(
        a.slice(&a.paragraphs[0].sentences[0].span)
            .starts_with("At a press event with “former” Marxist")
    );
}

/// Both Wikinews CSVs load without a failed record; counts the date lines recognised.
#[test]
fn wikinews_csvs_load() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("data/wikinews");
    let (articles, errors) = read_all(vec![
        Input::Path(dir.join("wikinews_2019.csv")),
        Input::Path(dir.join("wikinews_2020.csv")),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 295);
    let with_date_line = articles.iter().filter(|a| a.date_line.is_some()).count();
    let mismatched = articles
        .iter()
        .filter(|a| a.diagnostics.iter().any(|d| d.code == "date_mismatch"))
        .count();
    eprintln!(
        "wikinews: {} articles, {with_date_line} date lines recognised, {mismatched} differ from the date column",
        articles.len()
    );
    // 175 texts open with a "Weekday, Month D, YYYY" line (counted independently with a
    // plain pattern over the CSVs); none of the others is a date line.
    assert_eq!(with_date_line, 175);
    // One record (a Wikinews test page) holds nothing but its date line: it is read, has no
    // paragraph, and says so in a diagnostic.
    let empty: Vec<&str> = articles
        .iter()
        .filter(|a| a.paragraphs.is_empty())
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        empty,
        ["https://en.wikinews.org//wiki/TEST_PAGE:Self-publish_yesterday"]
    );
    for a in &articles {
        assert!(a.date.is_some(), "{}: no date", a.id);
        assert_eq!(
            a.paragraphs.is_empty(),
            a.diagnostics.iter().any(|d| d.code == "no_body"),
            "{}",
            a.id
        );
        assert!(a.title.is_some(), "{}: no title", a.id);
        assert!(!a.has_errors(), "{}: {:?}", a.id, a.diagnostics);
    }
}

/// The project's example article reads into its intended structure.
#[test]
fn example_article() {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/venezuela_talks.txt"
    ));
    let (articles, errors) = read_all(vec![Input::Path(path.to_path_buf())]);
    assert!(errors.is_empty(), "{errors:?}");
    let a = &articles[0];
    assert_eq!(
        a.title.as_ref().map(|t| a.slice(&t.span)),
        Some("U.S. Envoy Urges Venezuelan Government and Opposition to Resume Talks")
    );
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-14"));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.place.as_str()),
        Some("BOGOTÁ")
    );
    let kinds: Vec<&str> = a.boilerplate.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["repeated_headline", "copyright"]);
    assert_eq!(a.paragraphs.len(), 6);
    assert!(
        a.slice(&a.paragraphs[0].span)
            .starts_with("A senior U.S. diplomat")
    );
}

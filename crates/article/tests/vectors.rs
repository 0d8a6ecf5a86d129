//! Table-driven vectors from tests/data/: dates, datelines, boilerplate lines, article
//! structure and encodings.

use std::path::PathBuf;

use dyad_article::boilerplate::{BoilerplateKind, classify_line};
use dyad_article::date::parse_date_line;
use dyad_article::dateline::find_dateline;
use dyad_article::{Article, Articles, Format, Location, ReadOptions, RecordMeta, analyse};
use serde::Deserialize;

fn data(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Rows of a TSV vector file, comments and blank lines skipped, with their line numbers.
fn tsv(name: &str) -> Vec<(usize, Vec<String>)> {
    data(name)
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_owned).collect()))
        .collect()
}

#[test]
fn date_lines() {
    let rows = tsv("dates.tsv");
    assert!(rows.len() >= 30);
    let mut failures = Vec::new();
    for (line, cols) in &rows {
        let got = parse_date_line(&cols[0]).map(|d| d.date.to_string());
        let want = (cols[1] != "-").then(|| cols[1].clone());
        if got != want {
            failures.push(format!(
                "line {line}: {:?}: got {got:?}, want {want:?}",
                cols[0]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn date_line_labels_and_weekdays() {
    let d = parse_date_line("Updated Oct. 7, 2022 10:15 AM EDT").expect("date line");
    assert_eq!(d.label.as_deref(), Some("updated"));
    assert_eq!(d.weekday_mismatch, None);
    let d = parse_date_line("Monday, October 7, 2022").expect("date line");
    assert_eq!(d.weekday_mismatch, Some(chrono::Weekday::Mon));
}

#[test]
fn datelines() {
    let rows = tsv("datelines.tsv");
    assert!(rows.len() >= 15);
    let mut failures = Vec::new();
    for (line, cols) in &rows {
        let text = &cols[0];
        let got = find_dateline(text).map(|d| {
            (
                text[d.place.clone()].to_owned(),
                d.agency
                    .map(|a| text[a].to_owned())
                    .unwrap_or_else(|| "-".into()),
                text[d.lede_start..].to_owned(),
            )
        });
        let ok = match &got {
            None => cols[1] == "-",
            Some((place, agency, lede)) => {
                *place == cols[1] && *agency == cols[2] && lede.starts_with(&cols[3])
            }
        };
        if !ok {
            failures.push(format!("line {line}: {text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn boilerplate_lines() {
    let rows = tsv("boilerplate.tsv");
    assert!(rows.len() >= 25);
    let mut failures = Vec::new();
    for (line, cols) in &rows {
        let trailing = cols[2] == "1";
        let got = classify_line(&cols[0], trailing);
        let want = if cols[1] == "-" {
            None
        } else {
            Some(BoilerplateKind::from_name(&cols[1]).expect("known kind"))
        };
        if got != want {
            failures.push(format!(
                "line {line}: {:?}: got {got:?}, want {want:?}",
                cols[0]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[derive(Deserialize)]
struct ArticleCases {
    case: Vec<ArticleCase>,
}

#[derive(Deserialize)]
struct ArticleCase {
    name: String,
    text: String,
    title_field: Option<String>,
    date_field: Option<String>,
    title: Option<String>,
    date: Option<String>,
    dateline: Option<String>,
    agency: Option<String>,
    byline: Option<String>,
    paragraphs: Option<usize>,
    lede: Option<String>,
    last: Option<String>,
    boilerplate: Option<Vec<String>>,
    diagnostics: Option<Vec<String>>,
}

fn title_of(a: &Article) -> Option<String> {
    a.title.as_ref().map(|t| match t.origin {
        dyad_article::TitleOrigin::Headline => a.text[t.span.clone()].to_owned(),
        dyad_article::TitleOrigin::Field => t.text[t.span.clone()].to_owned(),
    })
}

#[test]
fn article_structure() {
    let cases: ArticleCases = toml::from_str(&data("articles.toml")).expect("articles.toml");
    assert!(cases.case.len() >= 12);
    let mut failures = Vec::new();
    for c in &cases.case {
        let is_record = c.title_field.is_some() || c.date_field.is_some();
        let meta = RecordMeta {
            id: Some(c.name.clone()),
            title: c.title_field.clone(),
            date: c.date_field.clone(),
            is_record,
            ..RecordMeta::default()
        };
        let a = analyse(c.text.clone(), meta, Location::file("case"), Vec::new());
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("{}: {what}: got {got}", c.name));
            }
        };
        if let Some(t) = &c.title {
            let got = title_of(&a);
            check(
                "title",
                got.as_deref() == Some(t.as_str()),
                format!("{got:?}"),
            );
        }
        if let Some(d) = &c.date {
            let got = a
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "none".into());
            check("date", got == *d, got.clone());
        }
        if let Some(p) = &c.dateline {
            let got = a
                .dateline
                .as_ref()
                .map(|d| d.place.clone())
                .unwrap_or_else(|| "none".into());
            check("dateline", got == *p, got.clone());
        }
        if let Some(ag) = &c.agency {
            let got = a.dateline.as_ref().and_then(|d| d.agency.clone());
            check(
                "agency",
                got.as_deref() == Some(ag.as_str()),
                format!("{got:?}"),
            );
        }
        if let Some(b) = &c.byline {
            let got = a.byline.as_ref().map(|u| a.text[u.span.clone()].to_owned());
            check(
                "byline",
                got.as_deref() == Some(b.as_str()),
                format!("{got:?}"),
            );
        }
        if let Some(n) = c.paragraphs {
            let got: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(&p.span)).collect();
            check("paragraphs", got.len() == n, format!("{got:?}"));
        }
        if let Some(l) = &c.lede {
            let got = a.paragraphs.first().map(|p| a.slice(&p.span).to_owned());
            check(
                "lede",
                got.as_deref().is_some_and(|g| g.starts_with(l.as_str())),
                format!("{got:?}"),
            );
        }
        if let Some(l) = &c.last {
            let got = a.paragraphs.last().map(|p| a.slice(&p.span).to_owned());
            check(
                "last",
                got.as_deref().is_some_and(|g| g.ends_with(l.as_str())),
                format!("{got:?}"),
            );
        }
        if let Some(kinds) = &c.boilerplate {
            let got: Vec<&str> = a.boilerplate.iter().map(|b| b.kind.as_str()).collect();
            check("boilerplate", got == *kinds, format!("{got:?}"));
        } else {
            let got: Vec<&str> = a.boilerplate.iter().map(|b| b.kind.as_str()).collect();
            check("boilerplate", got.is_empty(), format!("{got:?}"));
        }
        let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code).collect();
        for want in c.diagnostics.iter().flatten() {
            check(
                &format!("diagnostic {want}"),
                codes.contains(&want.as_str()),
                format!("{codes:?}"),
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[derive(Deserialize)]
struct EncodingCases {
    case: Vec<EncodingCase>,
}

#[derive(Deserialize)]
struct EncodingCase {
    name: String,
    encoding: String,
    text: String,
    hex: Option<String>,
    #[serde(default)]
    codes: Vec<String>,
    error: Option<String>,
    title: Option<String>,
}

fn bytes_of(c: &EncodingCase) -> Vec<u8> {
    let utf16 = |le: bool, bom: bool| {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for u in c.text.encode_utf16() {
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    match c.encoding.as_str() {
        "utf-8" => c.text.as_bytes().to_vec(),
        "utf-8-bom" => [&[0xEF, 0xBB, 0xBF][..], c.text.as_bytes()].concat(),
        "utf-16le-bom" => utf16(true, true),
        "utf-16be-bom" => utf16(false, true),
        "utf-16le" => utf16(true, false),
        "windows-1252" => {
            let (b, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&c.text);
            assert!(
                !unmappable,
                "{}: text not encodable in windows-1252",
                c.name
            );
            b.into_owned()
        }
        "hex" => c
            .hex
            .as_deref()
            .expect("hex")
            .split_whitespace()
            .map(|h| u8::from_str_radix(h, 16).expect("hex byte"))
            .collect(),
        other => panic!("{}: unknown encoding {other}", c.name),
    }
}

#[test]
fn encodings() {
    let cases: EncodingCases = toml::from_str(&data("encodings.toml")).expect("encodings.toml");
    assert!(cases.case.len() >= 10);
    let mut failures = Vec::new();
    for c in &cases.case {
        let bytes = bytes_of(c);
        let mut items =
            Articles::from_bytes("case.txt", &bytes, Format::Text, ReadOptions::default());
        let item = items.next().expect("one item");
        assert!(items.next().is_none(), "{}: one item only", c.name);
        match (item, &c.error) {
            (Err(e), Some(kind)) => {
                if e.kind() != kind {
                    failures.push(format!("{}: error {} want {kind}", c.name, e.kind()));
                }
                if e.location().file != "case.txt" {
                    failures.push(format!("{}: location {}", c.name, e.location()));
                }
            }
            (Err(e), None) => failures.push(format!("{}: unexpected error {e}", c.name)),
            (Ok(_), Some(kind)) => failures.push(format!("{}: no error, want {kind}", c.name)),
            (Ok(a), None) => {
                if a.text != c.text {
                    failures.push(format!("{}: decoded {:?}", c.name, a.text));
                }
                let mut got: Vec<&str> = a.diagnostics.iter().map(|d| d.code).collect();
                got.sort_unstable();
                got.dedup();
                let mut want: Vec<&str> = c.codes.iter().map(String::as_str).collect();
                want.sort_unstable();
                if got != want {
                    failures.push(format!("{}: diagnostics {got:?} want {want:?}", c.name));
                }
                if let Some(t) = &c.title {
                    let got = title_of(&a);
                    if got.as_deref() != Some(t.as_str()) {
                        failures.push(format!("{}: title {got:?}", c.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mojibake_repair_is_reported_with_its_span() {
    let text = "Guaidó talks\n\nJuan GuaidÃ³ spoke.".to_owned();
    let a = analyse(
        text.clone(),
        RecordMeta::default(),
        Location::file("m.txt"),
        Vec::new(),
    );
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == "mojibake_repair")
        .expect("repair diagnostic");
    let span = d.span.clone().expect("span");
    assert_eq!(&text[span], "Ã³");
    assert_eq!(d.location.line, Some(3));
    // The sentence keeps original offsets while its normalised text is repaired.
    let s = &a.paragraphs[0].sentences[0];
    assert_eq!(a.slice(&s.span), "Juan GuaidÃ³ spoke.");
    assert_eq!(&a.normalized.as_str()[s.norm.clone()], "Juan Guaidó spoke.");
}

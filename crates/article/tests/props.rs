//! Property tests: for any input, spans are in bounds, on char boundaries, ordered,
//! non-overlapping, and their normalised twins map back to them.

use std::ops::Range;

use dyad_article::{Article, Location, RecordMeta, TitleOrigin, Unit, analyse};
use proptest::prelude::*;

/// Pieces that exercise every rule, mixed with arbitrary text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Envoy Urges Talks".to_owned()),
        Just("October 7, 2022".to_owned()),
        Just("Updated Oct. 7, 2022 10:15 AM EDT".to_owned()),
        Just("CARACAS, Oct 7 (Reuters) - ".to_owned()),
        Just("NAIROBI, Kenya Kenya's ".to_owned()),
        Just("WASHINGTON (AP) \u{2014} ".to_owned()),
        Just("By Jane Roe".to_owned()),
        Just("© Copyright 2024,".to_owned()),
        Just("(Reporting by Jane Roe; Editing by John Doe)".to_owned()),
        Just("Share this article".to_owned()),
        Just("Reuters".to_owned()),
        Just("The envoy met officials. Talks resume on Monday.".to_owned()),
        Just("Juan GuaidÃ³ said â€œnoâ€\u{9d}.".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("“former”".to_owned()),
        Just("U.S.A. ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just(" ".to_owned()),
        "\\PC{0,12}",
        "[a-zA-Z .,'\"()\n-]{0,30}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn check_unit(
    what: &str,
    text: &str,
    norm: &dyad_text::Normalized,
    u: &Unit,
) -> Result<(), TestCaseError> {
    let Range { start, end } = u.span;
    prop_assert!(start < end, "{what}: empty span {:?}", u.span);
    prop_assert!(end <= text.len(), "{what}: {:?} out of bounds", u.span);
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {:?} not on char boundaries",
        u.span
    );
    prop_assert!(
        u.norm.end <= norm.as_str().len(),
        "{what}: norm out of bounds"
    );
    prop_assert_eq!(
        norm.original_range(u.norm.clone()),
        u.span.clone(),
        "{}: norm {:?} does not map back",
        what,
        u.norm
    );
    Ok(())
}

fn check(a: &Article) -> Result<(), TestCaseError> {
    let text = a.text.as_str();
    let norm = &a.normalized;
    // Top-level spans of the article text: pairwise disjoint.
    let mut top: Vec<(String, Range<usize>)> = Vec::new();
    if let Some(t) = &a.title {
        match t.origin {
            TitleOrigin::Headline => {
                check_unit(
                    "headline",
                    text,
                    norm,
                    &Unit {
                        span: t.span.clone(),
                        norm: t.norm.clone(),
                    },
                )?;
                top.push(("headline".into(), t.span.clone()));
                for s in &t.sentences {
                    check_unit("headline sentence", text, norm, s)?;
                    prop_assert!(t.span.start <= s.span.start && s.span.end <= t.span.end);
                }
            }
            TitleOrigin::Field => {
                let tn = t
                    .normalized
                    .as_ref()
                    .expect("field title has its own normalisation");
                for s in &t.sentences {
                    check_unit("title sentence", &t.text, tn, s)?;
                }
            }
        }
    }
    for (what, u) in [("date line", &a.date_line), ("byline", &a.byline)] {
        if let Some(u) = u {
            check_unit(what, text, norm, u)?;
            top.push((what.into(), u.span.clone()));
        }
    }
    if let Some(d) = &a.dateline {
        check_unit("dateline", text, norm, &d.unit)?;
        top.push(("dateline".into(), d.unit.span.clone()));
    }
    for b in &a.boilerplate {
        check_unit(b.kind.as_str(), text, norm, &b.unit)?;
        top.push((b.kind.as_str().into(), b.unit.span.clone()));
    }
    let mut last_para_end = 0;
    for p in &a.paragraphs {
        check_unit(
            "paragraph",
            text,
            norm,
            &Unit {
                span: p.span.clone(),
                norm: p.norm.clone(),
            },
        )?;
        prop_assert!(p.span.start >= last_para_end, "paragraphs out of order");
        last_para_end = p.span.end;
        top.push(("paragraph".into(), p.span.clone()));
        let mut last = p.span.start;
        for s in &p.sentences {
            check_unit("sentence", text, norm, s)?;
            prop_assert!(
                s.span.start >= last,
                "sentences out of order or overlapping"
            );
            prop_assert!(s.span.end <= p.span.end, "sentence outside its paragraph");
            last = s.span.end;
        }
    }
    top.sort_by_key(|(_, r)| r.start);
    for w in top.windows(2) {
        prop_assert!(
            w[0].1.end <= w[1].1.start,
            "{} {:?} overlaps {} {:?} in {:?}",
            w[0].0,
            w[0].1,
            w[1].0,
            w[1].1,
            text
        );
    }
    for d in &a.diagnostics {
        if let Some(s) = &d.span {
            prop_assert!(s.end <= text.len() && text.is_char_boundary(s.start));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn plain_text_spans_are_sound(t in text()) {
        let a = analyse(t, RecordMeta::default(), Location::file("p.txt"), Vec::new());
        check(&a)?;
    }

    #[test]
    fn record_spans_are_sound(t in text(), title in text(), date in "[0-9a-zA-Z ,-]{0,16}") {
        let meta = RecordMeta {
            id: Some("r".into()),
            title: Some(title),
            date: Some(date),
            is_record: true,
            ..RecordMeta::default()
        };
        let a = analyse(t, meta, Location::file("r.jsonl"), Vec::new());
        check(&a)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Arbitrary bytes in every format: no panic, and every article read is sound.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        use dyad_article::{Articles, Format, ReadOptions};
        for format in [Format::Text, Format::Jsonl, Format::Csv] {
            for a in Articles::from_bytes("b", &bytes, format, ReadOptions::default()).flatten() {
                check(&a)?;
            }
        }
    }

    /// Article-like text in legacy and UTF-16 encodings decodes and stays sound.
    #[test]
    fn encoded_text_is_sound(t in text(), utf16 in any::<bool>()) {
        use dyad_article::{Articles, Format, ReadOptions};
        let bytes: Vec<u8> = if utf16 {
            [0xFF, 0xFE].into_iter().chain(t.encode_utf16().flat_map(u16::to_le_bytes)).collect()
        } else {
            encoding_rs::WINDOWS_1252.encode(&t).0.into_owned()
        };
        let items = Articles::from_bytes("e.txt", &bytes, Format::Text, ReadOptions::default());
        for a in items.flatten() {
            check(&a)?;
        }
    }
}

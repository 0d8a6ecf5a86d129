//! No reader panics, whatever the input: bad input gives diagnostics or an error.

use dyad_petrarch::{CodingOntology, DiscardList, RecordFile, VerbDictionary};
use proptest::prelude::*;

/// Fragments of the four formats plus multi-byte text, glued in random order.
fn fragments() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<Sentence date=\"20200101\" id=\"x\">",
        "<Sentence id='y'/>",
        "</Sentence>",
        "<Text>",
        "</Text>",
        "<Parse>",
        "</Parse>",
        "<!--",
        "-->",
        "<EventCoding eventcode=\"01\"/>",
        "<Config option=\"a\" value=\"b\"/>",
        "<PLEvent {\"a\": \">\"}>",
        "<Environment>",
        "</Environment>",
        "<Include>A</Include>",
        "&amp;",
        "&#x1F600;",
        "&#99999999;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "=",
        "\n",
        " ",
        "--- V [010] ---",
        "- * X [020]",
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ":",
        "~ a (b . V) V = a b 010",
        "&SYN",
        "+WORD_",
        "+",
        "_",
        "*",
        "$",
        "^",
        "%",
        "#",
        ";",
        "é",
        "Guaidó",
        "中文",
        "010:0x1000",
        "-0xFFFF+0x10",
        "0xFFFFFFFFFFFFFFFF",
        "MATCH_",
        "+STORY",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn readers_never_panic(text in fragments(), probe in "\\PC{0,40}") {
        let _ = VerbDictionary::parse(&text, "p");
        let _ = CodingOntology::parse(&text, "p");
        let d = DiscardList::parse(&text, "p");
        let _ = d.check(&probe);
        let _ = d.check(&text);
        if let Ok(f) = RecordFile::parse(&text, "p") {
            for r in f.records() {
                let _ = r.normalized_text();
                let _ = r.document_id();
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = VerbDictionary::parse(&text, "p");
        let _ = CodingOntology::parse(&text, "p");
        let _ = DiscardList::parse(&text, "p").check(&text);
        let _ = RecordFile::parse(&text, "p");
    }
}

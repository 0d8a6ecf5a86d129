//! Property tests: for any input, normalisation maps are in bounds, monotone and land on char
//! boundaries of the original; sentences and tokens are in bounds, ordered, non-overlapping,
//! on char boundaries, and map back to the original bytes; char offsets agree with
//! `char_indices`.

use dyad_text::{CharOffsets, Normalized, split_paragraphs, split_sentences, tokenize};
use proptest::prelude::*;

/// Text from pieces that exercise every path: typography, mojibake, abbreviations, clitics.
fn news_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "U.S.",
        "U.S.A.",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\u{a0}",
        "\u{200b}",
        "’",
        "‘",
        "“",
        "”",
        "—",
        "–",
        "…",
        "Ã©",
        "â€™",
        "â€œ",
        "Ã",
        "â€",
        "Guaidó",
        "Peña",
        "Nicolás",
        "don't",
        "can't",
        "Venezuela's",
        "Gen.",
        "J.",
        "3.5",
        "$",
        "%",
        "(",
        ")",
        ".",
        "!",
        "?",
        ",",
        "-",
        "e-mail",
        "http://x.org/a",
        "a@b.com",
        "ＵＮ",
        "ﬁ",
        "\u{ad}",
        "word",
        "The",
        "THE",
        "'",
        "\"",
        "𝔸",
        "中文",
        "\u{301}",
        "10am",
        "713-853-3989",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), any::<String>()],
        0..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn normalised_offsets_map_back(s in news_text()) {
        let n = Normalized::new(&s);
        let norm = n.as_str();
        let mut prev = 0;
        for p in (0..=norm.len()).filter(|&p| norm.is_char_boundary(p)) {
            let o = n.to_original(p);
            let e = n.to_original_end(p);
            prop_assert!(o <= s.len() && e <= s.len());
            prop_assert!(s.is_char_boundary(o) && s.is_char_boundary(e));
            prop_assert!(o >= prev, "to_original not monotone at {}", p);
            prop_assert!(e <= o || p == 0 || e >= prev);
            prev = o;
        }
        prop_assert!(n.to_original(0) <= s.len());
        prop_assert!(n.to_original_end(norm.len()) <= s.len());
        for r in n.repairs() {
            prop_assert_eq!(&s[r.original.clone()], r.from.as_str());
        }
        for p in (0..=s.len()).filter(|&p| s.is_char_boundary(p)) {
            let q = n.to_normalized(p);
            prop_assert!(q <= norm.len() && norm.is_char_boundary(q));
        }
    }

    #[test]
    fn sentences_and_tokens_are_well_formed(s in news_text()) {
        let n = Normalized::new(&s);
        let text = n.as_str();
        let mut last_tok = 0;
        for para in split_paragraphs(text) {
            let mut last_sent = para.start;
            for sent in split_sentences(text, para.clone()) {
                prop_assert!(sent.start >= last_sent && sent.start < sent.end && sent.end <= para.end);
                prop_assert!(text.is_char_boundary(sent.start) && text.is_char_boundary(sent.end));
                last_sent = sent.end;
                let tokens = tokenize(text, sent.clone());
                prop_assert!(!tokens.is_empty());
                for t in &tokens {
                    prop_assert!(t.span.start >= last_tok && t.span.start < t.span.end);
                    prop_assert!(t.span.start >= sent.start && t.span.end <= sent.end);
                    prop_assert_eq!(&text[t.span.clone()], t.form.as_str());
                    prop_assert!(!t.form.chars().any(char::is_whitespace));
                    let mut w_end = t.span.start;
                    for w in &t.words {
                        prop_assert_eq!(w.span.start, w_end);
                        prop_assert_eq!(&text[w.span.clone()], w.form.as_str());
                        w_end = w.span.end;
                    }
                    prop_assert_eq!(w_end, t.span.end);
                    let o = n.original_range(t.span.clone());
                    prop_assert!(o.start < o.end && o.end <= s.len());
                    prop_assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
                    last_tok = t.span.end;
                }
                // Every non-white-space char of the sentence is in a token.
                let covered: usize = tokens.iter().map(|t| t.span.len()).sum();
                let visible: usize = text[sent.clone()]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .map(char::len_utf8)
                    .sum();
                prop_assert_eq!(covered, visible);
            }
        }
    }

    #[test]
    fn any_sub_range_is_safe(s in news_text(), a in 0usize..200, b in 0usize..200) {
        let n = Normalized::new(&s);
        let text = n.as_str();
        let bounds: Vec<usize> = (0..=text.len()).filter(|&p| text.is_char_boundary(p)).collect();
        let (x, y) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
        let range = x.min(y)..x.max(y);
        for sent in split_sentences(text, range.clone()) {
            prop_assert!(sent.start >= range.start && sent.end <= range.end);
            for t in tokenize(text, sent.clone()) {
                prop_assert!(t.span.start >= sent.start && t.span.end <= sent.end);
            }
        }
    }

    #[test]
    fn char_offsets_agree(s in any::<String>()) {
        let c = CharOffsets::new(&s);
        for (ci, (bi, _)) in s.char_indices().enumerate() {
            prop_assert_eq!(c.char_of(bi), ci);
        }
        prop_assert_eq!(c.char_of(s.len()), s.chars().count());
    }
}

//! Abbreviations: the shared knowledge of the sentence splitter and the tokenizer.
//!
//! The list is ours (`data/abbreviations.tsv`, compiled in); shapes such as dotted letter
//! sequences ("U.S.", "a.m.") and single-letter initials ("J.") are recognised without a list.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How an abbreviation behaves before a following word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Precedes a name: never ends a sentence ("Gen.", "Mr.").
    Title,
    /// Month or weekday: no sentence end before a number ("Oct. 7").
    Month,
    /// An abbreviation only before a number ("No. 5").
    Num,
    /// Ends a sentence only when the next word is a common sentence opener ("Inc.", "etc.").
    Other,
    /// Dotted letters ("U.S.", "p.m."): like `Other`.
    Dotted,
    /// One letter ("J."): an initial, never a sentence end before a capitalised word.
    Initial,
}

const TABLE: &str = include_str!("../data/abbreviations.tsv");

fn table() -> &'static HashMap<String, AbbrevClass> {
    static T: OnceLock<HashMap<String, AbbrevClass>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in TABLE.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(form), Some(class)) = (cols.next(), cols.next()) else {
                continue;
            };
            let class = match class {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                "num" => AbbrevClass::Num,
                _ => AbbrevClass::Other,
            };
            m.insert(form.to_ascii_lowercase(), class);
        }
        m
    })
}

/// Whether `w` is a dotted letter sequence without its final period: "U.S", "U.S.A", "p.m",
/// "e.g", "i.e" (letters, each single, separated by single periods, at least two letters).
pub(crate) fn is_dotted_letters(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 || b.len() % 2 == 0 {
        return false;
    }
    b.iter().enumerate().all(|(i, &c)| {
        if i % 2 == 0 {
            c.is_ascii_alphabetic()
        } else {
            c == b'.'
        }
    })
}

/// The class of the word `w` (without its final period) as an abbreviation, if it is one.
/// `next_is_digit` tells whether the following token starts with a digit (for `Num`).
pub(crate) fn classify(w: &str, next_is_digit: bool) -> Option<AbbrevClass> {
    if w.is_empty() {
        return None;
    }
    let mut chars = w.chars();
    let first = chars.next()?;
    if chars.next().is_none() {
        return first.is_alphabetic().then_some(AbbrevClass::Initial);
    }
    if is_dotted_letters(w) {
        return Some(AbbrevClass::Dotted);
    }
    if w.len() > 8 || !w.bytes().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let key = std::str::from_utf8(lower).ok()?;
    match table().get(key).copied()? {
        AbbrevClass::Num if !next_is_digit => None,
        c => Some(c),
    }
}

/// Common sentence openers, sorted (binary search).
const OPENERS: &[&str] = &[
    "a",
    "after",
    "again",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "dear",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "finally",
    "first",
    "for",
    "from",
    "he",
    "hello",
    "her",
    "here",
    "hi",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "later",
    "let",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "no",
    "not",
    "now",
    "ok",
    "on",
    "one",
    "only",
    "other",
    "our",
    "please",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "thank",
    "thanks",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "today",
    "under",
    "unless",
    "until",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Common sentence openers (lower case): after an abbreviation of class `Other` or `Dotted`,
/// a capitalised word from this list starts a new sentence ("... in the U.S. The talks ...").
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    // "He'd", "It's": the host word decides.
    let word = word.split(['\'', '`']).next().unwrap_or(word);
    if word.len() > 10 {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    OPENERS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_list() {
        assert!(is_dotted_letters("U.S"));
        assert!(is_dotted_letters("U.S.A"));
        assert!(!is_dotted_letters("U.S."));
        assert!(!is_dotted_letters("US"));
        assert_eq!(classify("Gen", false), Some(AbbrevClass::Title));
        assert_eq!(classify("OCT", false), Some(AbbrevClass::Month));
        assert_eq!(classify("No", false), None);
        assert_eq!(classify("No", true), Some(AbbrevClass::Num));
        assert_eq!(classify("J", false), Some(AbbrevClass::Initial));
        assert_eq!(classify("U.S", false), Some(AbbrevClass::Dotted));
        assert_eq!(classify("talks", false), None);
        assert!(is_sentence_opener("The"));
        assert!(!is_sentence_opener("President"));
    }

    #[test]
    fn openers_sorted() {
        assert!(OPENERS.windows(2).all(|w| w[0] < w[1]));
    }
}

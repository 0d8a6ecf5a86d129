//! Sentence segmentation for news and web text.
//!
//! A sentence ends after a run of `.`, `!` or `?` (with any closing quotes and brackets glued
//! to it) that is followed by white space, unless the period belongs to an abbreviation that
//! does not end the sentence:
//! - titles never end one ("Gen. Vladimir Padrino", "Sen. Rubio");
//! - initials never end one ("J. Smith");
//! - months and weekdays do not before a number ("Oct. 7");
//! - dotted acronyms and other abbreviations ("U.S.", "Inc.", "etc.") end one only when a
//!   capitalised common sentence opener follows ("... the U.S.A. The talks ...", but
//!   "U.S. officials" and "U.S. OFFICIALS" do not split);
//! - a decimal ("3.5") has no white space after its period and never splits.
//!
//! A blank line always ends a sentence; nothing crosses the limits of the given range. A
//! scare-quoted word mid-sentence ("the “former” leader") has no terminal mark and no effect.

use std::ops::Range;

use crate::abbrev::{self, AbbrevClass};

/// Sentences of one unit (a paragraph, a headline, ...) `range` of `text` (normalised text),
/// as byte ranges into `text`, in order, non-overlapping, trimmed of surrounding white space.
///
/// No sentence crosses the limits of `range` or a blank line inside it; an all-white-space
/// range gives no sentence.
///
/// # Panics
/// Never for a `range` within `text` on char boundaries; a range outside `text` panics as
/// slicing does.
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let end = range.end;
    let mut start = range.start;
    let mut i = range.start;
    while i < end {
        let b = bytes[i];
        match b {
            b'.' | b'!' | b'?' => {
                let mut j = i;
                while j < end && matches!(bytes[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                // Closing quotes and brackets glued to the terminal run.
                while j < end && matches!(bytes[j], b'"' | b'\'' | b')' | b']' | b'}') {
                    j += 1;
                }
                if j < end && !bytes[j].is_ascii_whitespace() {
                    // "quality.You'll": a sentence glued to the next one.
                    if j == i + 1 && b == b'.' && glued_sentence(text, start, i, end) {
                        push_trimmed(text, start..j, &mut out);
                        start = j;
                    }
                    i = j;
                    continue;
                }
                let mut k = j;
                while k < end && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                if k < end && is_boundary(text, start, i, j, k, end) {
                    push_trimmed(text, start..j, &mut out);
                    start = k;
                }
                i = k.max(i + 1);
            }
            b'\n' => {
                // A blank line (newline, optional spaces, newline) is a hard boundary.
                let mut k = i + 1;
                while k < end && matches!(bytes[k], b' ' | b'\t' | b'\r') {
                    k += 1;
                }
                if k < end && bytes[k] == b'\n' {
                    push_trimmed(text, start..i, &mut out);
                    start = k;
                    i = k + 1;
                } else {
                    if i > start && i + 1 < end && chunk_boundary(text, start, i, end) {
                        push_trimmed(text, start..i, &mut out);
                        start = i + 1;
                    }
                    i += 1;
                }
            }
            b' ' | b'\t'
                if i > start
                    && i + 1 < end
                    && matches!(bytes[i + 1], b'h' | b'w' | b'0'..=b'9' | b'A'..=b'Z')
                    && !bytes[i - 1].is_ascii_whitespace() =>
            {
                if chunk_boundary(text, start, i, end) {
                    push_trimmed(text, start..i, &mut out);
                    start = i + 1;
                }
                i += 1;
            }
            b'M' if i > start
                && matches!(bytes[i - 1], b'A' | b'P')
                && i + 1 < end
                && bytes[i + 1].is_ascii_whitespace()
                && after_clock_time(text, start, i - 1) =>
            {
                // "08/16/2000 12:05 PM" closes an e-mail header line.
                let mut k = i + 1;
                while k < end && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                if k < end && starts_header_body(&text[k..end]) {
                    push_trimmed(text, start..i + 1, &mut out);
                    start = k;
                }
                i = k.max(i + 1);
            }
            b'=' | b'*' | b'_' | b'~' | b'#' | b'-'
                if (i == range.start || bytes[i - 1].is_ascii_whitespace())
                    && i + 4 <= end
                    && bytes[i..i + 4].iter().all(|&x| x == b) =>
            {
                // A separator line ("=====", "*****") stands apart.
                if i > start {
                    push_trimmed(text, start..i, &mut out);
                    start = i;
                }
                let mut k = i;
                while k < end && bytes[k] == b {
                    k += 1;
                }
                if k == end || bytes[k].is_ascii_whitespace() {
                    push_trimmed(text, start..k, &mut out);
                    start = k;
                }
                i = k;
            }
            _ => i += 1,
        }
    }
    push_trimmed(text, start..end, &mut out);
    out
}

/// Boundaries between two chunks without punctuation, at the white space `i`, seen in web and
/// e-mail text: between two URLs of a list of links, before an e-mail header's date and time
/// ("John Smith@ENRON 08/16/2000 12:05 PM"), after an attachment mark ("<<File: a.doc>>").
fn chunk_boundary(text: &str, start: usize, i: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&nb) = bytes.get(i + 1) else {
        return false;
    };
    let prev = text[start..i]
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let rest = &text[i + 1..end];
    let next = rest.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    match nb {
        b'h' | b'w' => {
            crate::tokenize::url_start(next) && (prev.contains("://") || prev.starts_with("www."))
        }
        b'0'..=b'9' => {
            let date = next.split('/').count() == 3
                && next.bytes().all(|b| b.is_ascii_digit() || b == b'/');
            let after = rest[next.len()..].trim_start();
            let time = after
                .split(|c: char| c.is_whitespace())
                .next()
                .is_some_and(|t| {
                    t.contains(':') && t.bytes().all(|b| b.is_ascii_digit() || b == b':')
                });
            date && time
                && prev
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '"' || c == '<')
        }
        _ => prev.ends_with(">>") && nb.is_ascii_uppercase(),
    }
}

/// Whether the text after a clock time ("12:05 PM") starts a new line of text: a capitalised
/// word that is not a time zone.
fn starts_header_body(s: &str) -> bool {
    const ZONES: &[&str] = &[
        "CDT", "CEST", "CET", "CST", "EDT", "EST", "GMT", "MDT", "MST", "PDT", "PST", "UTC",
    ];
    let word = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase) && !ZONES.contains(&word)
}

/// Whether the text before byte `i` (an "AM"/"PM") ends in a clock time ("12:05 ").
fn after_clock_time(text: &str, start: usize, i: usize) -> bool {
    let before = text[start..i].trim_end();
    if before.len() == text[start..i].len() {
        return false;
    }
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let b = word.as_bytes();
    b.len() >= 4
        && b.contains(&b':')
        && b.iter().all(|c| c.is_ascii_digit() || *c == b':')
        && b[b.len() - 1].is_ascii_digit()
}

/// Whether the period at `i` glues two sentences: a lower-case word of two or more letters
/// before it, a capitalised word (upper case then lower case) right after it.
fn glued_sentence(text: &str, start: usize, i: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if i + 2 >= end || !bytes[i + 1].is_ascii_uppercase() || !bytes[i + 2].is_ascii_lowercase() {
        return false;
    }
    let word = word_before(text, start, i);
    word.len() >= 2 && word.bytes().all(|c| c.is_ascii_lowercase())
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(r.start + lead..r.start + lead + trimmed.len());
    }
}

/// The word before byte `i` (start of the terminal run), without leading opening marks.
fn word_before(text: &str, start: usize, i: usize) -> &str {
    let s = &text[start..i];
    let from = s
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
    s[from..].trim_start_matches(['(', '[', '{', '"', '\'', '`', '-'])
}

/// The word starting at byte `k`, without leading opening marks, up to white space.
fn word_after(text: &str, k: usize, end: usize) -> &str {
    let s = &text[k..end];
    let s = s.trim_start_matches(['(', '[', '{', '"', '\'', '`']);
    let to = s.find(|c: char| c.is_whitespace()).unwrap_or(s.len());
    s[..to].trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Whether the number ending at `i` stands alone at the start of the sentence so far (after
/// optional bullet marks): a list number such as "3." in "3. I expect".
fn is_list_number(text: &str, start: usize, i: usize) -> bool {
    let before = text[start..i].trim_end_matches(|c: char| c.is_ascii_digit());
    before
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '-' | '#' | '(' | '['))
        .is_empty()
}

/// Decides whether the terminal run `i..j` (closing marks included), followed by the next
/// token at `k`, ends a sentence.
fn is_boundary(text: &str, start: usize, i: usize, j: usize, k: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let run = &text[i..j];
    let next = word_after(text, k, end);
    let next_first = text[k..end].chars().next().unwrap_or(' ');
    let next_upper = next.chars().next().is_some_and(char::is_uppercase);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let next_digit = next_first.is_ascii_digit();
    let terminal = run.trim_end_matches(['"', '\'', ')', ']', '}']);
    if terminal.contains(['!', '?']) {
        // "Why?" he asked: a quote closed after the mark and a lower-case word go on.
        let quoted = run.ends_with(['"', '\'']);
        return !(quoted && next_lower);
    }
    if terminal.len() >= 2 {
        // An ellipsis: a boundary before a capitalised word.
        return next_upper || next_digit && !next_lower;
    }
    let word = word_before(text, start, i);
    if word.is_empty() {
        return true;
    }
    // A closing mark glued after the period ("... the end.)" or "... he said.'") ends it,
    // unless a bracket closes and a lower-case word goes on ("(CPI, PPI, etc.) curves").
    let closed = j > i + 1 && matches!(bytes[i + 1], b'"' | b')' | b']');
    if closed && bytes[i + 1] != b'"' && next_lower {
        return false;
    }
    match abbrev::classify(word, next_digit) {
        None => {
            if closed {
                return true;
            }
            // A list number ("... the LOI. 3. I expect"): the number opens the next sentence.
            if word.len() <= 2
                && word.bytes().all(|b| b.is_ascii_digit())
                && is_list_number(text, start, i)
            {
                return false;
            }
            // After words, web text often starts sentences in lower case ("... over. i went").
            true
        }
        Some(AbbrevClass::Initial) => {
            // "J. Smith" and "J. A. Smith" go on; "... and so do I. The talks" ends: an
            // initial is not followed by a common sentence opener of two or more letters.
            closed || next_upper && next.len() > 1 && abbrev::is_sentence_opener(next)
        }
        Some(AbbrevClass::Title) | Some(AbbrevClass::Num) => closed,
        Some(AbbrevClass::Month) => {
            if next_digit {
                false
            } else {
                next_upper && abbrev::is_sentence_opener(next)
            }
        }
        Some(AbbrevClass::Other) | Some(AbbrevClass::Dotted) => {
            closed || next_upper && abbrev::is_sentence_opener(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn abbreviations_and_ends() {
        assert_eq!(
            split("He met Gen. Padrino in the U.S.A. The talks failed. J. Smith left."),
            [
                "He met Gen. Padrino in the U.S.A.",
                "The talks failed.",
                "J. Smith left."
            ]
        );
        assert_eq!(
            split("It rose 3.5 percent on Oct. 7. \"We won.\" He left."),
            ["It rose 3.5 percent on Oct. 7.", "\"We won.\"", "He left."]
        );
    }

    #[test]
    fn web_and_mail_layout() {
        // A list number opens the next sentence.
        assert_eq!(
            split("Attach it to the LOI. 3. I expect one contract."),
            ["Attach it to the LOI.", "3. I expect one contract."]
        );
        // An e-mail header: sender, then date and time, then the body.
        assert_eq!(
            split("Thanks Kim Jane Roe@ACME 08/16/2000 12:05 PM Please call me"),
            [
                "Thanks Kim Jane Roe@ACME",
                "08/16/2000 12:05 PM",
                "Please call me"
            ]
        );
        // Time zones and lower-case words after a clock time go on.
        assert_eq!(split("Call at 10:00 AM CST today").len(), 1);
        // A list of links, and a separator line.
        assert_eq!(
            split("http://a.org/x http://b.org/y ===== Next part"),
            ["http://a.org/x", "http://b.org/y", "=====", "Next part"]
        );
        // Lower case after a question mark still starts a sentence; a closed quote does not.
        assert_eq!(
            split("where did you grow up? india?"),
            ["where did you grow up?", "india?"]
        );
        assert_eq!(split("\"Why?\" he asked."), ["\"Why?\" he asked."]);
        // A range that starts inside a word ("M" of "PM") is safe.
        let t = "12:05 PM Next";
        assert_eq!(
            split_sentences(t, 7..t.len()),
            vec![Range {
                start: 7,
                end: t.len()
            }]
        );
        // A bracket closed after "etc." with a lower-case word after it goes on.
        assert_eq!(split("Use (CPI, PPI, etc.) curves here.").len(), 1);
    }
}

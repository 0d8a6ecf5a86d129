//! Paragraphs of plain text.

use std::ops::Range;

/// Paragraphs of `text`: stretches separated by blank lines (a line break, optional spaces or
/// tabs, another line break), as byte ranges into `text`, trimmed of white space; empty
/// stretches give none.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let mut k = i + 1;
            while k < bytes.len() && matches!(bytes[k], b' ' | b'\t' | b'\r') {
                k += 1;
            }
            if k < bytes.len() && bytes[k] == b'\n' {
                push(text, start..i, &mut out);
                while k < bytes.len() && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                start = k;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    push(text, start..bytes.len(), &mut out);
    out
}

fn push(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(r.start + lead..r.start + lead + t.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split() {
        let t = "One.\nstill one\n\n  \nTwo.\r\n\r\nThree";
        let p: Vec<&str> = split_paragraphs(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, ["One.\nstill one", "Two.", "Three"]);
    }
}

//! Reading dictionary files: byte decoding and comment stripping.

use std::path::Path;

use crate::error::{Diagnostic, PetrarchError, Severity};

/// Reads a file and decodes it as UTF-8; lines that are not valid UTF-8 are decoded as
/// ISO-8859-1 (each byte one char) with a warning naming the first such line. A leading byte
/// order mark is dropped.
pub(crate) fn read_text(path: &Path) -> Result<(String, Vec<Diagnostic>), PetrarchError> {
    let bytes = std::fs::read(path).map_err(|source| PetrarchError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(decode_bytes(&bytes, &path.display().to_string()))
}

/// Decodes bytes as described in [`read_text`].
pub(crate) fn decode_bytes(bytes: &[u8], file: &str) -> (String, Vec<Diagnostic>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Vec::new()),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            let mut diagnostics = Vec::new();
            for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
                match std::str::from_utf8(line) {
                    Ok(s) => out.push_str(s),
                    Err(_) => {
                        if diagnostics.is_empty() {
                            diagnostics.push(Diagnostic::new(
                                file,
                                i + 1,
                                Severity::Warning,
                                "not valid UTF-8: lines like this one were decoded as ISO-8859-1",
                            ));
                        }
                        out.extend(line.iter().map(|&b| b as char));
                    }
                }
            }
            (out, diagnostics)
        }
    }
}

/// One line of a dictionary file after comment removal.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// 1-based line number.
    pub number: usize,
    /// The content with comments removed, trimmed at both ends; may be empty.
    pub text: String,
    /// The text of a `#` or `;` comment on this line, trimmed, if any.
    pub comment: Option<String>,
}

/// Splits a dictionary file into lines, removing the comment forms that the PETRARCH
/// documentation allows in every dictionary: XML comments `<!-- ... -->` (also over several
/// lines; the first `-->` ends one), and everything from `#` or the legacy `;` to the end of
/// the line.
pub(crate) fn dictionary_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut in_xml_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let mut kept = String::new();
        let mut rest = raw;
        loop {
            if in_xml_comment {
                match rest.find("-->") {
                    Some(p) => {
                        rest = &rest[p + 3..];
                        in_xml_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(p) => {
                        kept.push_str(&rest[..p]);
                        kept.push(' ');
                        rest = &rest[p + 4..];
                        in_xml_comment = true;
                    }
                    None => {
                        kept.push_str(rest);
                        break;
                    }
                }
            }
        }
        let (content, comment) = match kept.find(['#', ';']) {
            Some(p) => (
                kept[..p].to_string(),
                Some(kept[p + 1..].trim().to_string()),
            ),
            None => (kept, None),
        };
        out.push(Line {
            number: i + 1,
            text: content.trim().to_string(),
            comment,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_all_comment_forms() {
        let text = "A # one\nB ; two\n<!-- x\ny -->C\nD <!-- z --> E\n";
        let lines = dictionary_lines(text);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["A", "B", "", "C", "D   E"]);
        assert_eq!(lines[0].comment.as_deref(), Some("one"));
        assert_eq!(lines[3].number, 4);
    }

    #[test]
    fn latin1_fallback_warns_once() {
        let (s, d) = decode_bytes(b"ok\nCAF\xC9\nX\xE9\n", "f.txt");
        assert_eq!(s, "ok\nCAF\u{C9}\nX\u{E9}\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, 2);
    }
}

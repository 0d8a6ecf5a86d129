//! Bytes to text: byte order marks, UTF-8, UTF-16 and legacy single-byte encodings.
//!
//! Detection order: a byte order mark (UTF-8, UTF-16 LE/BE) decides; else NUL bytes in a
//! regular pattern mean UTF-16 without a mark (other NUL-heavy input is binary and refused);
//! else valid UTF-8 is taken as it is; else text that is mostly UTF-8 with a few bad
//! sequences is decoded as UTF-8 with U+FFFD replacements (an error diagnostic); else the
//! legacy encoding is guessed by `chardetng` (usually Windows-1252, which the WHATWG Encoding
//! Standard also uses for Latin-1) and decoded by `encoding_rs`. Every guess is reported.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::error::Severity;

/// Text decoded from bytes, with what the decoder noticed.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text (without any byte order mark).
    pub text: String,
    /// The encoding used (its WHATWG name via `encoding.name()`).
    pub encoding: &'static Encoding,
    /// What was detected, guessed or replaced.
    pub notes: Vec<DecodeNote>,
}

/// One observation of the decoder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeNote {
    /// How serious it is.
    pub severity: Severity,
    /// `bom`, `encoding_guess` or `invalid_bytes`.
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
    /// 1-based line (in the input bytes) the note is about, when it is about one place.
    pub line: Option<u64>,
}

/// Bytes that are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeFailure {
    /// What was found.
    pub detail: String,
    /// 1-based line of the first offending byte, when known.
    pub line: Option<u64>,
}

/// 1-based line number of byte `pos` in `bytes`.
fn line_of(bytes: &[u8], pos: usize) -> u64 {
    bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// Decodes with `encoding` (no BOM handling); reports replaced bytes as an error note.
fn decode_with(encoding: &'static Encoding, bytes: &[u8], notes: &mut Vec<DecodeNote>) -> String {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if had_errors {
        let count = text.matches('\u{FFFD}').count();
        // The line of the first replacement, counted in the decoded text (newlines survive
        // decoding in every supported encoding).
        let first = text.find('\u{FFFD}').unwrap_or(0);
        let line = text[..first].matches('\n').count() as u64 + 1;
        notes.push(DecodeNote {
            severity: Severity::Error,
            code: "invalid_bytes",
            message: format!(
                "{count} byte sequence(s) invalid in {} replaced by U+FFFD (first on line {line})",
                encoding.name()
            ),
            line: Some(line),
        });
    }
    text
}

/// Decodes `bytes` into text, detecting the encoding as described in the module docs.
///
/// # Errors
/// [`DecodeFailure`] when the bytes look binary: NUL bytes that do not follow the UTF-16
/// pattern.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeFailure> {
    let mut notes = Vec::new();
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        notes.push(DecodeNote {
            severity: Severity::Info,
            code: "bom",
            message: format!("{} byte order mark found and removed", encoding.name()),
            line: Some(1),
        });
        let text = decode_with(encoding, &bytes[bom_len..], &mut notes);
        return Ok(Decoded {
            text,
            encoding,
            notes,
        });
    }

    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls > 0 {
        // UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte.
        let even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
        let odd = nuls - even;
        let half = bytes.len() / 2;
        let encoding = if half > 0 && odd * 10 >= half * 3 && even * 10 < odd {
            Some(UTF_16LE)
        } else if half > 0 && even * 10 >= half * 3 && odd * 10 < even {
            Some(UTF_16BE)
        } else {
            None
        };
        let Some(encoding) = encoding else {
            let first = bytes.iter().position(|&b| b == 0).unwrap_or(0);
            return Err(DecodeFailure {
                detail: format!("{nuls} NUL byte(s): binary data, not text"),
                line: Some(line_of(bytes, first)),
            });
        };
        notes.push(DecodeNote {
            severity: Severity::Warning,
            code: "encoding_guess",
            message: format!(
                "no byte order mark; guessed {} from the pattern of NUL bytes",
                encoding.name()
            ),
            line: None,
        });
        let text = decode_with(encoding, bytes, &mut notes);
        return Ok(Decoded {
            text,
            encoding,
            notes,
        });
    }

    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            notes,
        });
    }

    // Invalid UTF-8: mostly UTF-8 with a few bad bytes, or a legacy encoding?
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    let mut first_invalid = None;
    let mut pos = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            invalid += 1;
            first_invalid.get_or_insert(pos);
        }
        pos += chunk.invalid().len();
    }
    if multibyte > 0 && multibyte >= invalid {
        let line = line_of(bytes, first_invalid.unwrap_or(0));
        notes.push(DecodeNote {
            severity: Severity::Error,
            code: "invalid_bytes",
            message: format!(
                "{invalid} invalid UTF-8 byte sequence(s) replaced by U+FFFD (first on line {line}); \
                 the rest ({multibyte} non-ASCII characters) is valid UTF-8"
            ),
            line: Some(line),
        });
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: UTF_8,
            notes,
        });
    }

    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // Hint a Western top-level domain: dyad reads English-language news, so short texts with
    // a few accented letters fall back to Windows-1252 unless the bytes clearly belong to
    // another script (chardetng treats `gov` as Western).
    let mut encoding = detector.guess(Some(b"gov"), false);
    if encoding == UTF_8 {
        encoding = WINDOWS_1252;
    }
    notes.push(DecodeNote {
        severity: Severity::Warning,
        code: "encoding_guess",
        message: format!(
            "not UTF-8 (first invalid byte on line {}); decoded as {} (guessed by chardetng)",
            line_of(bytes, first_invalid.unwrap_or(0)),
            encoding.name()
        ),
        line: first_invalid.map(|p| line_of(bytes, p)),
    });
    let text = decode_with(encoding, bytes, &mut notes);
    Ok(Decoded {
        text,
        encoding,
        notes,
    })
}

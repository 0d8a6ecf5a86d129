//! Normalisation for analysis, with an exact byte map back to the original text.
//!
//! [`Normalized::new`] makes a copy of a text in which typographic variants are folded to the
//! ASCII forms the tokenizer, sentence splitter and parser expect, and double-encoded UTF-8
//! ("mojibake", UTF-8 bytes read as Windows-1252 or Latin-1 and encoded again) is repaired.
//! Every change is an *edit* `original bytes -> normalised bytes`; outside edits the two texts are
//! byte-identical, so any normalised offset maps back exactly.
//!
//! What is folded (each item a fact of Unicode, see the Unicode code charts):
//! - single quotes and apostrophes U+2018, U+2019, U+201A, U+201B, U+2032, U+02BC, U+FF07 -> `'`
//! - double quotes U+201C, U+201D, U+201E, U+201F, U+2033 -> `"`
//! - hyphens and dashes U+2010, U+2011, U+2012, U+2013, U+2212, U+FE63 -> `-`;
//!   U+2014, U+2015 -> `--`
//! - spaces U+00A0, U+1680, U+2000..=U+200A, U+202F, U+205F, U+3000 -> ` `;
//!   U+2028, U+2029 -> `\n`
//! - zero-width and invisible U+200B, U+2060, U+FEFF, U+00AD (soft hyphen) -> removed
//! - ellipsis U+2026 -> `...`; ligatures U+FB00..=U+FB06 -> their letters
//! - full-width ASCII forms U+FF01..=U+FF5E -> ASCII (as NFKC does)

use std::ops::Range;

/// One repair of double-encoded UTF-8 ("â€™" for "’", "Ã©" for "é").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Repair {
    /// Byte range of the broken sequence in the original text.
    pub original: Range<usize>,
    /// The broken text as found in the original.
    pub from: String,
    /// The repaired text (before typographic folding: "’", not "'").
    pub to: String,
}

/// One replaced stretch: `orig` bytes of the original became `norm` bytes of the normalised
/// text. Edits are sorted and disjoint; outside edits the texts are identical. Adjacent edits
/// stay apart, so that each replaced char maps back to itself alone ("“…" gives `"` and
/// `...`, mapped to "“" and "…").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// A normalised copy of an original text, with an exact map back.
///
/// Offsets are byte offsets: "normalised" offsets into [`Normalized::as_str`], "original"
/// offsets into the text given to [`Normalized::new`].
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    edits: Vec<Edit>,
    repairs: Vec<Repair>,
}

/// The typographic folding of one char, `None` when it stays as it is.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{FE63}' => "-",
        '\u{2014}' | '\u{2015}' => "--",
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => " ",
        '\u{2028}' | '\u{2029}' => "\n",
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        '\u{2026}' => "...",
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        '\u{FF01}'..='\u{FF5E}' => {
            let i = c as usize - 0xFF01;
            &FULLWIDTH[i..i + 1]
        }
        _ => return None,
    })
}

/// ASCII `!`..=`~`, indexed by (full-width code point - U+FF01).
const FULLWIDTH: &str = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// Windows-1252 bytes 0x80..=0x9F as Unicode (the WHATWG encoding standard's index); the five
/// bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same
/// value, as Latin-1 does.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The byte that `c` would have been under a Windows-1252 (or Latin-1) misreading, if any.
fn misread_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if (0x80..=0x9F).contains(&u) {
        // A raw C1 control: Latin-1 reading of the byte.
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x == c)
        .map(|i| 0x80 + i as u8)
}

/// Decodes one mojibake sequence (a lead byte and its continuation bytes, each misread as one
/// char) at the start of `s`; returns the bytes of `s` it covers and the char it stands for.
fn decode_one(s: &str) -> Option<(usize, char)> {
    let mut chars = s.char_indices();
    let (_, lead) = chars.next()?;
    let lead_b = misread_byte(lead)?;
    let need = match lead_b {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut buf = [lead_b, 0, 0, 0];
    for slot in buf.iter_mut().skip(1).take(need) {
        let (_, c) = chars.next()?;
        let b = misread_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
    }
    let decoded = std::str::from_utf8(&buf[..=need]).ok()?;
    let ch = decoded.chars().next()?;
    let used = chars.next().map_or(s.len(), |(i, _)| i);
    Some((used, ch))
}

/// Decodes a maximal run of mojibake sequences at the start of `s`.
fn decode_run(s: &str) -> Option<(usize, String)> {
    let mut pos = 0;
    let mut out = String::new();
    while let Some((used, ch)) = decode_one(&s[pos..]) {
        out.push(ch);
        pos += used;
    }
    (pos > 0).then_some((pos, out))
}

/// Repairs a mojibake run starting at `s`, undoing up to three layers of double encoding.
fn repair_at(s: &str) -> Option<(usize, String)> {
    let (used, mut out) = decode_run(s)?;
    for _ in 0..2 {
        match decode_run(&out) {
            Some((n, again)) if n == out.len() => out = again,
            _ => break,
        }
    }
    Some((used, out))
}

impl Normalized {
    /// Normalises `original`: typographic folding (see the module documentation) and repair of
    /// double-encoded UTF-8, each repair recorded in [`Normalized::repairs`].
    pub fn new(original: &str) -> Normalized {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut edits: Vec<Edit> = Vec::new();
        let mut repairs = Vec::new();
        let mut copied = 0; // original bytes before this are handled
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                i += 1;
                continue;
            }
            // A non-ASCII char starts at i.
            let rest = &original[i..];
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            let clen = c.len_utf8();
            let mut replacement: Option<(usize, String)> = None;
            if misread_byte(c).is_some()
                && let Some((used, fixed)) = repair_at(rest)
            {
                repairs.push(Repair {
                    original: i..i + used,
                    from: rest[..used].to_string(),
                    to: fixed.clone(),
                });
                let mut folded = String::with_capacity(fixed.len());
                for fc in fixed.chars() {
                    match fold(fc) {
                        Some(r) => folded.push_str(r),
                        None => folded.push(fc),
                    }
                }
                replacement = Some((used, folded));
            } else if let Some(r) = fold(c) {
                replacement = Some((clen, r.to_string()));
            }
            match replacement {
                Some((used, rep)) => {
                    text.push_str(&original[copied..i]);
                    let norm_start = text.len();
                    text.push_str(&rep);
                    let e = Edit {
                        norm_start,
                        norm_end: text.len(),
                        orig_start: i,
                        orig_end: i + used,
                    };
                    edits.push(e);
                    i += used;
                    copied = i;
                }
                None => i += clen,
            }
        }
        text.push_str(&original[copied..]);
        Normalized {
            text,
            edits,
            repairs,
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Byte length of the normalised text.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the normalised text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The original byte offset where the normalised text from `norm_byte` on comes from (the
    /// mapping for a *start* offset). An offset inside a replaced stretch maps to the start of
    /// the original stretch; an offset right before removed chars (a zero-width space) maps past
    /// them. Offsets past the end are clamped.
    pub fn to_original(&self, norm_byte: usize) -> usize {
        let p = norm_byte.min(self.text.len());
        let k = self.edits.partition_point(|e| e.norm_start <= p);
        if k == 0 {
            return p;
        }
        let e = &self.edits[k - 1];
        if p < e.norm_end {
            e.orig_start
        } else {
            e.orig_end + (p - e.norm_end)
        }
    }

    /// The original byte offset where the normalised text up to `norm_byte` ends (the mapping
    /// for an *end* offset). An offset inside a replaced stretch maps to the end of the original
    /// stretch; an offset right before removed chars maps before them.
    pub fn to_original_end(&self, norm_byte: usize) -> usize {
        let p = norm_byte.min(self.text.len());
        let k = self.edits.partition_point(|e| e.norm_start < p);
        if k == 0 {
            return p;
        }
        let e = &self.edits[k - 1];
        if p <= e.norm_end {
            e.orig_end
        } else {
            e.orig_end + (p - e.norm_end)
        }
    }

    /// The original byte range a normalised byte range comes from (start mapped with
    /// [`Normalized::to_original`], end with [`Normalized::to_original_end`]; an empty range
    /// maps to an empty range).
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.to_original(r.start);
        if r.end <= r.start {
            return start..start;
        }
        let end = self.to_original_end(r.end).max(start);
        start..end
    }

    /// The normalised byte offset of original byte offset `orig_byte` (for a start offset: an
    /// offset inside a replaced stretch maps to the start of its replacement). Offsets past the
    /// end are clamped.
    pub fn to_normalized(&self, orig_byte: usize) -> usize {
        let k = self.edits.partition_point(|e| e.orig_start <= orig_byte);
        if k == 0 {
            return orig_byte.min(self.text.len());
        }
        let e = &self.edits[k - 1];
        if orig_byte < e.orig_end {
            e.norm_start
        } else {
            (e.norm_end + (orig_byte - e.orig_end)).min(self.text.len())
        }
    }

    /// The normalised byte range that original byte range `r` covers (ends inside a replaced
    /// stretch are widened to the whole replacement).
    pub fn normalized_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.to_normalized(r.start);
        if r.end <= r.start {
            return start..start;
        }
        let k = self.edits.partition_point(|e| e.orig_start < r.end);
        let end = if k == 0 {
            r.end.min(self.text.len())
        } else {
            let e = &self.edits[k - 1];
            if r.end <= e.orig_end {
                e.norm_end
            } else {
                (e.norm_end + (r.end - e.orig_end)).min(self.text.len())
            }
        };
        start..end.max(start)
    }

    /// The mojibake repairs made, in text order.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// Whether normalisation changed anything.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }
}

//! The PETRARCH internal coding ontology (PICO, the `<PICOfile>` of a validation file) and
//! the way PETRARCH-2 combines the codes of two verbs through it.
//!
//! The file maps each CAMEO code to a value in PETRARCH-2's internal hexadecimal scheme,
//! one `CODE:VALUE` line each (`#` starts a comment). A value is a hexadecimal number or a
//! sum of them with a leading sign (`-0xFFFF+0x2040+0x300`). Roughly, the highest hex digit
//! is the verbal category (1 say, 2 appeal, 3 intend, 4 demand, ... B consult), the next two
//! the material category, and the lowest a specifier; "rejecting X" is X minus 0xFFFF.
//! Combining "intend" (0x3000) with "provide aid" (0x0040) gives 0x3040, "intend to provide
//! aid" (033). Sources: `Petrarch2.tex` (section "Combinations") and
//! UniversalPetrarch's `utilities.combine_code` and `utilities.convert_code`.

use std::collections::HashMap;
use std::path::Path;

use crate::code::{CodePart, DictCode};
use crate::error::{Diagnostic, PetrarchError, Severity, first_error};
use crate::source::{dictionary_lines, read_text};

/// One `CODE:VALUE` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OntologyEntry {
    /// The CAMEO code as written (`010`, `0211`, `08`, or `---` for the null code).
    pub code: String,
    /// The internal value.
    pub value: i64,
    /// 1-based line number.
    pub line: usize,
}

/// The internal value PETRARCH-2's reverse conversion gives a code of its own that is not in
/// the ontology file: 0x30A0 ("want to attack", intend + fight) is read back as 138 (threaten
/// with military force). Source: UniversalPetrarch `utilities.convert_code`.
pub const EXTRA_REVERSE: &[(i64, &str)] = &[(0x30A0, "138")];

/// The internal coding ontology.
#[derive(Debug, Clone)]
pub struct CodingOntology {
    /// The file name given to the reader.
    pub file: String,
    /// The entries in file order.
    pub entries: Vec<OntologyEntry>,
    /// Problems met while reading.
    pub diagnostics: Vec<Diagnostic>,
    by_code: HashMap<String, i64>,
    by_value: HashMap<i64, String>,
}

impl CodingOntology {
    /// Reads an ontology file.
    ///
    /// # Errors
    /// [`PetrarchError::Io`] when the file cannot be read; [`PetrarchError::Syntax`] when it
    /// holds no `CODE:VALUE` line.
    pub fn read(path: impl AsRef<Path>) -> Result<CodingOntology, PetrarchError> {
        let path = path.as_ref();
        let (text, mut diags) = read_text(path)?;
        let mut o = CodingOntology::parse(&text, &path.display().to_string())?;
        diags.append(&mut o.diagnostics);
        o.diagnostics = diags;
        Ok(o)
    }

    /// Parses an ontology from text; `file` names it in diagnostics.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] when the text holds no `CODE:VALUE` line.
    pub fn parse(text: &str, file: &str) -> Result<CodingOntology, PetrarchError> {
        let mut o = CodingOntology {
            file: file.to_string(),
            entries: Vec::new(),
            diagnostics: Vec::new(),
            by_code: HashMap::new(),
            by_value: HashMap::new(),
        };
        for line in dictionary_lines(text) {
            if line.text.is_empty() {
                continue;
            }
            let Some((code, value)) = line.text.split_once(':') else {
                o.diagnostics.push(Diagnostic::new(
                    file,
                    line.number,
                    Severity::Error,
                    format!("'{}' is not CODE:VALUE", line.text),
                ));
                continue;
            };
            let code = code.trim();
            match parse_value(value) {
                Ok(v) if !code.is_empty() => {
                    if o.by_code.insert(code.to_string(), v).is_some() {
                        o.diagnostics.push(Diagnostic::new(
                            file,
                            line.number,
                            Severity::Warning,
                            format!("code {code} given again: the later value wins"),
                        ));
                    }
                    // Like PETRARCH-2's reverse table, the last code with a value wins.
                    o.by_value.insert(v, code.to_string());
                    o.entries.push(OntologyEntry {
                        code: code.to_string(),
                        value: v,
                        line: line.number,
                    });
                }
                Ok(_) => o.diagnostics.push(Diagnostic::new(
                    file,
                    line.number,
                    Severity::Error,
                    "empty code",
                )),
                Err(e) => o.diagnostics.push(Diagnostic::new(
                    file,
                    line.number,
                    Severity::Error,
                    format!("code {code}: {e}"),
                )),
            }
        }
        if o.entries.is_empty() {
            return Err(PetrarchError::Syntax(Diagnostic::new(
                file,
                text.lines().count().max(1),
                Severity::Error,
                "no CODE:VALUE line: is this an internal coding ontology file?",
            )));
        }
        for (v, c) in EXTRA_REVERSE {
            o.by_value.insert(*v, (*c).to_string());
        }
        Ok(o)
    }

    /// Fails on the first line that had to be skipped.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] naming file and line of the first error-severity diagnostic.
    pub fn into_strict(self) -> Result<CodingOntology, PetrarchError> {
        first_error(&self.diagnostics)?;
        Ok(self)
    }

    /// The internal value of one code: the value of the code itself or, when the code is not
    /// in the file, of its two-digit root plus `0` (so `075A` reads as `070`, as PETRARCH-2
    /// does). `---` (or an empty code) is the null code. `None` when neither is listed.
    pub fn value(&self, code: &str) -> Option<i64> {
        let code = code.trim();
        let code = if code.is_empty() { "---" } else { code };
        if let Some(v) = self.by_code.get(code) {
            return Some(*v);
        }
        let root: String = code.chars().take(2).chain(std::iter::once('0')).collect();
        self.by_code.get(&root).copied()
    }

    /// The internal values of a dictionary code's two directions, `(active, passive)`; a code
    /// without `:` has the null code as its passive half. `None` for a half whose code
    /// [`Self::value`] cannot convert.
    pub fn convert(&self, code: &DictCode) -> (Option<i64>, Option<i64>) {
        let half = |p: Option<&CodePart>| match p {
            None | Some(CodePart::Null) => self.value("---"),
            Some(CodePart::Code(c)) => self.value(c),
        };
        (half(Some(&code.active)), half(code.passive.as_ref()))
    }

    /// The CAMEO code of an internal value (the last code of the file with that value, or
    /// [`EXTRA_REVERSE`]); `None` for 0 (no event) and for values no code has.
    pub fn code_of(&self, value: i64) -> Option<&str> {
        if value == 0 {
            return None;
        }
        self.by_value.get(&value).map(String::as_str)
    }

    /// Combines the code of an upper verb with the code of the verb below it ("ordered" +
    /// "an investigation" ...) and returns the CAMEO code of the result, `None` when a code
    /// cannot be converted or the result has no CAMEO code.
    pub fn combine(&self, upper: &str, lower: &str) -> Option<&str> {
        let u = self.value(upper)?;
        let l = self.value(lower)?;
        self.code_of(combine_values(u, l))
    }
}

/// Combines two internal values, `upper` (the governing verb) and `lower` (the verb it
/// governs), following PETRARCH-2's rules in order:
/// 1. a lower value `<= 0` (a negation, or none) is added to the upper one;
/// 2. when both are above 0x1000 (two verbal categories) the lower one wins;
/// 3. a lower value `>=` the upper one wins;
/// 4. an upper "say" (0x1000) gives the lower value; a lower "say" gives the upper value;
/// 5. otherwise the values are added.
///
/// Source: UniversalPetrarch `utilities.combine_code`.
pub fn combine_values(upper: i64, lower: i64) -> i64 {
    if lower <= 0 {
        return lower + upper;
    }
    if upper > 0x1000 && lower > 0x1000 {
        return lower;
    }
    if lower >= upper {
        return lower;
    }
    if upper == 0x1000 {
        return lower;
    }
    if lower == 0x1000 {
        return upper;
    }
    upper + lower
}

/// Parses `0x1007f`, `-0xFFFF`, `-0xFFFF+0x2040+0x300`, `0`.
fn parse_value(s: &str) -> Result<i64, String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err("empty value".to_string());
    }
    let mut total: i64 = 0;
    let mut rest = s.as_str();
    let mut first = true;
    while !rest.is_empty() {
        let (sign, body) = match rest.as_bytes()[0] {
            b'+' => (1, &rest[1..]),
            b'-' => (-1, &rest[1..]),
            _ if first => (1, rest),
            _ => return Err(format!("'{s}': expected '+' or '-'")),
        };
        first = false;
        let end = body.find(['+', '-']).unwrap_or(body.len());
        let term = &body[..end];
        let digits = term
            .strip_prefix("0x")
            .or_else(|| term.strip_prefix("0X"))
            .unwrap_or(term);
        let v = i64::from_str_radix(digits, 16)
            .ok()
            .filter(|v| *v <= i64::from(u32::MAX))
            .ok_or_else(|| format!("'{term}' is not a hexadecimal number below 0x100000000"))?;
        total = total
            .checked_add(sign * v)
            .ok_or_else(|| format!("'{s}' is too large"))?;
        rest = &body[end..];
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A small ontology in the documented format, written for this test.
    const SAMPLE: &str = "\
# comment line
010:0x1000#Say
030:0x3000 # Intend
033:0x3040
070:0x0040
100:0x4000
103:0x4040
120:-0xFFFF
121:-0xFFFF+0x0070
060:0x0070
044:0xB010
046:0xB010
---:0
bad line
099:0xZZ
";

    #[test]
    fn parses_values_and_comments() {
        let o = CodingOntology::parse(SAMPLE, "inline").unwrap();
        assert_eq!(o.entries.len(), 12);
        assert_eq!(o.value("010"), Some(0x1000));
        assert_eq!(o.value("120"), Some(-0xFFFF));
        assert_eq!(o.value("121"), Some(-0xFFFF + 0x70));
        assert_eq!(o.value("---"), Some(0));
        assert_eq!(o.value("075A"), Some(0x40)); // falls back to 070
        assert_eq!(o.value("xyz"), None);
        assert_eq!(o.code_of(0xB010), Some("046")); // last one wins
        assert_eq!(o.code_of(0), None);
        assert_eq!(o.code_of(0x30A0), Some("138"));
        let lines: Vec<usize> = o.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![14, 15]);
        assert!(o.into_strict().is_err());
    }

    #[test]
    fn combines_like_petrarch2() {
        let o = CodingOntology::parse(SAMPLE, "inline").unwrap();
        // Petrarch2.tex: "Intend [3000] + Help [0040] = Intend to help [3040]".
        assert_eq!(o.combine("030", "070"), Some("033"));
        assert_eq!(o.combine("100", "070"), Some("103"));
        // "say" adds nothing.
        assert_eq!(o.combine("010", "070"), Some("070"));
        assert_eq!(o.combine("070", "010"), Some("010")); // lower >= upper wins
        // Two verbal categories: the lower one.
        assert_eq!(o.combine("030", "100"), Some("100"));
        // Negation "will not help" = 0x40 - 0xFFFF, and "reject material cooperation".
        assert_eq!(combine_values(0x40, -0xFFFF), 0x40 - 0xFFFF);
        assert_eq!(o.combine("060", "120"), Some("121"));
        assert_eq!(combine_values(0x40, 0x0200), 0x0200);
        assert_eq!(combine_values(0x0200, 0x40), 0x0240);
    }

    #[test]
    fn converts_paired_codes() {
        let o = CodingOntology::parse(SAMPLE, "inline").unwrap();
        let c = DictCode::parse("030:070").unwrap();
        assert_eq!(o.convert(&c), (Some(0x3000), Some(0x40)));
        let c = DictCode::parse("100").unwrap();
        assert_eq!(o.convert(&c), (Some(0x4000), Some(0)));
        let c = DictCode::parse(":070").unwrap();
        assert_eq!(o.convert(&c), (Some(0), Some(0x40)));
    }

    #[test]
    fn value_syntax() {
        assert_eq!(parse_value("0x1007f"), Ok(0x1007f));
        assert_eq!(
            parse_value("-0xFFFF+0x2045+0x300"),
            Ok(-0xFFFF + 0x2045 + 0x300)
        );
        assert_eq!(parse_value("0"), Ok(0));
        assert!(parse_value("0x10 0x20").is_err());
        assert!(parse_value("").is_err());
        assert!(parse_value("0xG").is_err());
    }
}

//! Event codes as PETRARCH dictionaries write them: `[050]`, `[---]`, `[042:043]`, `[:110]`.

use std::fmt;

/// Why a bracketed code could not be read (the message names the code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CodeError(pub String);

impl From<CodeError> for String {
    fn from(e: CodeError) -> String {
        e.0
    }
}

/// One half of a dictionary code: the null code `---` (the verb or pattern produces no event)
/// or a code string kept exactly as the dictionary gives it.
///
/// Codes are not checked against the CAMEO list here: a dictionary may define codes outside it
/// (`075A`, `102b`, `+++`); the caller flags those `non_cameo`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CodePart {
    /// The null code `---` (also an empty half, as in `[:110]`).
    Null,
    /// A code as written, e.g. `050`, `0331`, `075A`.
    Code(String),
}

impl CodePart {
    fn parse(s: &str) -> CodePart {
        let s = s.trim();
        if s.is_empty() || s == "---" {
            CodePart::Null
        } else {
            CodePart::Code(s.to_string())
        }
    }

    /// The code string, or `None` for the null code.
    pub fn as_code(&self) -> Option<&str> {
        match self {
            CodePart::Null => None,
            CodePart::Code(c) => Some(c),
        }
    }

    /// True for the null code `---`.
    pub fn is_null(&self) -> bool {
        matches!(self, CodePart::Null)
    }
}

impl fmt::Display for CodePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodePart::Null => f.write_str("---"),
            CodePart::Code(c) => f.write_str(c),
        }
    }
}

/// The code of a verb block, verb or pattern: the text between `[` and `]`.
///
/// A paired code `AAA:PPP` gives one code per direction: `active` applies when the verb's
/// subject is the source (the usual case) and `passive` when the roles run the other way
/// (for instance `[042:043]`: make a visit / host a visit). PETRARCH-2 reads an empty
/// active half (`[:110]`) as the null code. Source: PETRARCH-2 `utilities.convert_code`,
/// which splits the code at `:` into an active and a passive part.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DictCode {
    /// The text between the brackets, trimmed, e.g. `042:043`.
    pub raw: String,
    /// The code before `:` (or the whole code).
    pub active: CodePart,
    /// The code after `:`, or `None` when the code has no `:`.
    pub passive: Option<CodePart>,
}

impl DictCode {
    /// The null code `---`.
    pub fn null() -> DictCode {
        DictCode {
            raw: "---".to_string(),
            active: CodePart::Null,
            passive: None,
        }
    }

    /// Parses the text between `[` and `]`.
    ///
    /// # Errors
    /// [`CodeError`] when the text is empty, contains blanks, or has more than one `:`.
    pub fn parse(raw: &str) -> Result<DictCode, CodeError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(CodeError("empty code []".to_string()));
        }
        if raw.chars().any(char::is_whitespace) {
            return Err(CodeError(format!("code [{raw}] contains blanks")));
        }
        let mut parts = raw.split(':');
        let active = CodePart::parse(parts.next().unwrap_or(""));
        let passive = parts.next().map(CodePart::parse);
        if parts.next().is_some() {
            return Err(CodeError(format!("code [{raw}] has more than one ':'")));
        }
        Ok(DictCode {
            raw: raw.to_string(),
            active,
            passive,
        })
    }

    /// True when the code is `---` (or `---:---`): no event.
    pub fn is_null(&self) -> bool {
        self.active.is_null() && self.passive.as_ref().is_none_or(CodePart::is_null)
    }

    /// True for a paired code `AAA:PPP`.
    pub fn is_paired(&self) -> bool {
        self.passive.is_some()
    }
}

impl fmt::Display for DictCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_code_form() {
        let c = DictCode::parse("042:043").unwrap();
        assert_eq!(c.active, CodePart::Code("042".into()));
        assert_eq!(c.passive, Some(CodePart::Code("043".into())));
        assert!(c.is_paired() && !c.is_null());

        let c = DictCode::parse("---").unwrap();
        assert!(c.is_null() && !c.is_paired());

        let c = DictCode::parse(":110").unwrap();
        assert_eq!(c.active, CodePart::Null);
        assert_eq!(c.passive.as_ref().and_then(CodePart::as_code), Some("110"));
        assert!(!c.is_null());

        let c = DictCode::parse("075A").unwrap();
        assert_eq!(c.active.as_code(), Some("075A"));
        assert_eq!(c.to_string(), "075A");

        assert!(DictCode::parse("").is_err());
        assert!(DictCode::parse("1:2:3").is_err());
        assert!(DictCode::parse("01 0").is_err());
    }
}

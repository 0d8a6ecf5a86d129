//! Token normalisation shared by dictionary names and sentence tokens.
//!
//! A form is folded by: mapping typographic apostrophes and dashes to ASCII, removing
//! diacritics (canonical decomposition, then dropping combining marks; a few letters
//! without decomposition such as `ø`, `ł`, `ß`, `æ` are spelled out), and lower-casing
//! (except for [`fold_keep_case`]). A trailing possessive `'s` or bare `'` is removed and
//! reported.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Result of folding one token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The folded form (lower-cased unless asked otherwise).
    pub form: String,
    /// True if a possessive `'s` / `'` was stripped.
    pub possessive: bool,
}

fn push_folded(out: &mut String, c: char, lower: bool) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
        'ø' => out.push('o'),
        'Ø' => out.push(if lower { 'o' } else { 'O' }),
        'ł' => out.push('l'),
        'Ł' => out.push(if lower { 'l' } else { 'L' }),
        'đ' => out.push('d'),
        'Đ' => out.push(if lower { 'd' } else { 'D' }),
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'Æ' => out.push_str(if lower { "ae" } else { "AE" }),
        'œ' => out.push_str("oe"),
        'Œ' => out.push_str(if lower { "oe" } else { "OE" }),
        'ı' => out.push('i'),
        'þ' => out.push_str("th"),
        _ => {
            if c.is_ascii() {
                out.push(if lower { c.to_ascii_lowercase() } else { c });
            } else {
                for d in std::iter::once(c).nfd() {
                    if is_combining_mark(d) {
                        continue;
                    }
                    if lower {
                        out.extend(d.to_lowercase());
                    } else {
                        out.push(d);
                    }
                }
            }
        }
    }
}

fn fold_into(token: &str, lower: bool, out: &mut String) -> bool {
    out.clear();
    if lower && token.bytes().all(|b| b.is_ascii() && b != b'`') {
        out.extend(token.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        for c in token.chars() {
            push_folded(out, c, lower);
        }
    }
    strip_possessive(out)
}

fn strip_possessive(out: &mut String) -> bool {
    let len = out.len();
    if len > 2 && (out.ends_with("'s") || out.ends_with("'S")) {
        out.truncate(len - 2);
        true
    } else if len > 1 && out.ends_with('\'') {
        out.truncate(len - 1);
        true
    } else {
        false
    }
}

/// Folds `token` lower-cased into `out` (cleared first); returns true if a possessive was
/// stripped. Allocation-free when `out` has capacity.
pub fn fold_token_into(token: &str, out: &mut String) -> bool {
    fold_into(token, true, out)
}

/// Folds `token` (lower-cased, diacritics removed, possessive stripped).
///
/// ```
/// assert_eq!(dyad_actors::fold_token("Nicolás").form, "nicolas");
/// assert!(dyad_actors::fold_token("Venezuela’s").possessive);
/// ```
pub fn fold_token(token: &str) -> Folded {
    let mut form = String::with_capacity(token.len());
    let possessive = fold_into(token, true, &mut form);
    Folded { form, possessive }
}

/// Folds `token` like [`fold_token`] but keeps letter case (for case-sensitive
/// abbreviations such as `US` or `WHO`).
pub fn fold_keep_case(token: &str) -> Folded {
    let mut form = String::with_capacity(token.len());
    let possessive = fold_into(token, false, &mut form);
    Folded { form, possessive }
}

/// True for a token that is only a possessive clitic (`'s`, `’s`), as tokenizers
/// following Universal Dependencies split it off.
pub fn is_possessive_clitic(token: &str) -> bool {
    matches!(token, "'s" | "’s" | "'S" | "’S")
}

/// Splits a dictionary name into tokens on whitespace.
pub(crate) fn name_tokens(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// Regular English plural of a dictionary name: the head noun (the word before `of`, else
/// the last word) is pluralised by the usual spelling rules (`-y` -> `-ies`, sibilants
/// take `-es`, `-man` -> `-men`).
pub(crate) fn plural_of(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let head = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("of"))
        .filter(|&i| i > 0)
        .map(|i| i - 1)
        .unwrap_or(words.len().saturating_sub(1));
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        if i == head {
            out.push(plural_word(w));
        } else {
            out.push((*w).to_string());
        }
    }
    out.join(" ")
}

fn plural_word(w: &str) -> String {
    // Suffix tests on ASCII bytes only, so that slicing stays on char boundaries.
    let ends = |suffix: &str| {
        w.len() >= suffix.len()
            && w.is_char_boundary(w.len() - suffix.len())
            && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    let stem = |n: usize| &w[..w.len() - n];
    if ends("man") && !ends("human") && !ends("german") {
        return format!("{}men", stem(3));
    }
    if ends("person") {
        return format!("{}people", stem(6));
    }
    let b = w.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1].eq_ignore_ascii_case(&b'y') && b[n - 2].is_ascii_alphabetic() {
        let before = b[n - 2].to_ascii_lowercase();
        if !b"aeiou".contains(&before) {
            return format!("{}ies", stem(1));
        }
    }
    if ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") {
        return format!("{w}es");
    }
    format!("{w}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_case_and_possessive() {
        assert_eq!(fold_token("Nicolás").form, "nicolas");
        assert_eq!(fold_token("Bogotá").form, "bogota");
        assert_eq!(fold_token("Guaidó's").form, "guaido");
        assert!(fold_token("Guaidó's").possessive);
        assert_eq!(fold_token("Venezuelans’").form, "venezuelans");
        assert_eq!(fold_token("Łódź").form, "lodz");
        assert_eq!(fold_token("Søren").form, "soren");
        assert_eq!(fold_keep_case("U.S.").form, "U.S.");
        assert_eq!(fold_keep_case("Türkiye").form, "Turkiye");
        assert!(!fold_token("is").possessive);
        assert!(!fold_token("'s").possessive);
    }

    #[test]
    fn plurals() {
        assert_eq!(plural_of("prime minister"), "prime ministers");
        assert_eq!(plural_of("head of state"), "heads of state");
        assert_eq!(plural_of("spokesman"), "spokesmen");
        assert_eq!(plural_of("secretary of state"), "secretaries of state");
        assert_eq!(plural_of("militia"), "militias");
        assert_eq!(plural_of("judge"), "judges");
        assert_eq!(plural_of("attorney"), "attorneys");
        assert_eq!(plural_of("witness"), "witnesses");
        assert_eq!(plural_of("German"), "Germans");
        assert_eq!(plural_of("İMAN"), "İmen", "no panic on a non-ASCII stem");
        assert_eq!(plural_of("café"), "cafés");
        assert_eq!(plural_of("ß"), "ßs");
    }
}

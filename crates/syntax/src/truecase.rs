//! Truecasing of title-case and all-capitals headlines before tagging.
//!
//! A sentence counts as a headline when, after its first word, it has at least 3 words of 4 or
//! more letters that are not function words (`and`, `the`, `into`, `with`, ...) and at
//! least 80% of them start with a capital letter (title case), or
//! when at least 80% of its words with two or more letters are in capitals (all caps).
//! In such a sentence a capitalised word is lowercased when the training lexicon saw its
//! lowercase form more often than its capitalised form inside sentences, or, in a news
//! headline (see [`is_news_headline`]), at least once and at least half as often (see
//! `LOWER_RATIO`); an unknown word after the first is lowercased when it ends in
//! `s`, `es`, `ed` or `ing` and its stem is a known lowercase word, or when it has a suffix of
//! common nouns and adjectives (`-tion`, `-ment`, ...).

use std::borrow::Cow;

use rustc_hash::FxHashMap;

/// Counts per lowercased word: (occurrences in lowercase, capitalised occurrences inside a
/// sentence, i.e. not as its first word).
pub(crate) type CaseLexicon = FxHashMap<String, (u32, u32)>;

/// Short function words that title case often leaves in lowercase; they do not count when
/// deciding whether a sentence is in title case.
const FUNCTION_WORDS: &[&str] = &[
    "and", "but", "for", "nor", "the", "into", "with", "from", "over", "onto", "upon", "than",
    "via", "off", "out", "per", "amid", "after", "about",
];

/// Endings of common nouns and adjectives: an unknown capitalised headline word with one of
/// them is lowercased ("Amnesty", "Famine" are not; "Pension", "Province" are).
const COMMON_SUFFIXES: &[&str] = &[
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ure", "ship", "ive", "ous",
    "ful", "less", "able", "ible",
];

/// A capitalised headline word is lowercased when its lowercase count times this ratio reaches
/// its capitalised count: words such as "president" (227 lowercase, 290 capitalised inside
/// sentences in the shipped model's lexicon) or "minister" are common nouns in headlines far
/// more often than parts of titles, while names ("Senate" 6/63, "China" 0/100) stay capitalised.
const LOWER_RATIO: u32 = 2;

/// Whether `w` in lowercase is one of [`FUNCTION_WORDS`] (without allocating for ASCII words).
fn is_function_word(w: &str) -> bool {
    if w.is_ascii() {
        FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
    } else {
        FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
    }
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
}

/// Kind of headline casing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Casing {
    /// Ordinary sentence casing.
    Normal,
    /// Title case: content words capitalised.
    Title,
    /// Every word in capitals.
    AllCaps,
}

/// Whether `forms` look like a title-case or all-capitals headline.
pub(crate) fn casing(forms: &[&str]) -> Casing {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let (mut long, mut caps) = (0usize, 0usize);
    for w in forms.iter().skip(1) {
        if letters(w) >= 4 && !is_function_word(w) {
            long += 1;
            caps += usize::from(starts_upper(w));
        }
    }
    let title = long >= 3 && caps * 5 >= long * 4;
    let (mut words, mut upper) = (0usize, 0usize);
    for w in forms {
        if letters(w) >= 2 {
            words += 1;
            upper += usize::from(is_all_caps(w));
        }
    }
    let all_caps = words >= 3 && upper * 5 >= words * 4;
    if all_caps {
        Casing::AllCaps
    } else if title {
        Casing::Title
    } else {
        Casing::Normal
    }
}

/// Whether a title-case sentence reads like a news headline rather than a list of names, a
/// signature or a contact block: at most one comma, no brackets, colons, slashes, dashes or
/// `@`, and no token mixing digits with other characters.
pub(crate) fn is_plain_headline(forms: &[&str]) -> bool {
    let commas = forms.iter().filter(|f| **f == ",").count();
    let odd = |f: &str| {
        let mixed_digits = f.chars().any(|c| c.is_ascii_digit())
            && f.chars()
                .any(|c| !(c.is_ascii_digit() || c == ',' || c == '.'));
        f.contains(['(', ')', '[', ']', '<', '>', ':', '/', '@', '|', '='])
            || f.starts_with('-')
            || f.starts_with('–')
            || mixed_digits
    };
    commas <= 1 && !forms.iter().any(|f| odd(f))
}

/// Whether a title-case or all-capitals sentence looks like a news headline rather than a
/// signature, address or list line: a plain headline (see [`is_plain_headline`]) that does not
/// end in `.`, `!` or `?`. Only such headlines get the bolder lowercasing of `LOWER_RATIO` and
/// the proper-noun check after tagging; in EWT the other title-case lines are mostly names.
pub(crate) fn is_news_headline(forms: &[&str]) -> bool {
    is_plain_headline(forms) && !forms.last().is_some_and(|f| matches!(*f, "." | "!" | "?"))
}

fn known_lower(lex: &CaseLexicon, lower: &str) -> bool {
    lex.get(lower).is_some_and(|&(l, c)| l > c)
}

/// The forms to tag: truecased copies for a headline, the forms themselves otherwise.
pub(crate) fn truecase<'a>(lex: &CaseLexicon, forms: &[&'a str]) -> Vec<Cow<'a, str>> {
    truecase_as(lex, forms, casing(forms))
}

/// [`truecase`] with the sentence's casing `mode` (`casing(forms)`) already known.
pub(crate) fn truecase_as<'a>(
    lex: &CaseLexicon,
    forms: &[&'a str],
    mode: Casing,
) -> Vec<Cow<'a, str>> {
    if mode == Casing::Normal {
        return forms.iter().map(|&f| Cow::Borrowed(f)).collect();
    }
    let news = is_news_headline(forms);
    forms
        .iter()
        .enumerate()
        .map(|(i, &f)| {
            if !starts_upper(f)
                || (mode == Casing::Title && is_all_caps(f) && f.chars().count() > 1)
            {
                return Cow::Borrowed(f);
            }
            let lower = f.to_lowercase();
            let lowercase = match lex.get(&lower) {
                Some(&(l, c)) => {
                    if news {
                        l > 0 && l * LOWER_RATIO >= c
                    } else {
                        l > c
                    }
                }
                None => {
                    i > 0
                        && (["ing", "ed", "es", "s"].iter().any(|suf| {
                            lower.strip_suffix(suf).is_some_and(|stem| {
                                known_lower(lex, stem) || known_lower(lex, &format!("{stem}e"))
                            })
                        }) || COMMON_SUFFIXES.iter().any(|suf| lower.ends_with(suf)))
                }
            };
            if lowercase {
                Cow::Owned(lower)
            } else if is_all_caps(f) && f.chars().count() > 1 {
                // An unknown all-capitals word in an all-capitals headline: title case.
                let mut c = lower.chars();
                let first: String = c
                    .next()
                    .map(|x| x.to_uppercase().collect())
                    .unwrap_or_default();
                Cow::Owned(first + c.as_str())
            } else {
                Cow::Borrowed(f)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> CaseLexicon {
        [
            ("talks", (30, 2)),
            ("dictator", (5, 1)),
            ("pressure", (12, 0)),
            ("into", (200, 3)),
            ("with", (900, 10)),
            ("maduro", (0, 4)),
        ]
        .into_iter()
        .map(|(w, c)| (w.to_string(), c))
        .collect()
    }

    #[test]
    fn title_case_headline_is_truecased() {
        let forms = [
            "Blinken",
            "Pressures",
            "Venezuelans",
            "into",
            "Talks",
            "with",
            "Dictator",
            "Maduro",
        ];
        assert_eq!(casing(&forms), Casing::Title);
        let out: Vec<String> = truecase(&lex(), &forms)
            .into_iter()
            .map(|c| c.into_owned())
            .collect();
        assert_eq!(
            out,
            [
                "Blinken",
                "pressures",
                "Venezuelans",
                "into",
                "talks",
                "with",
                "dictator",
                "Maduro"
            ]
        );
    }

    #[test]
    fn ordinary_sentence_is_left_alone() {
        let forms = [
            "The",
            "Talks",
            "collapsed",
            "on",
            "Monday",
            "in",
            "Geneva",
            ".",
        ];
        assert_eq!(casing(&forms), Casing::Normal);
        assert!(
            truecase(&lex(), &forms)
                .iter()
                .all(|c| matches!(c, Cow::Borrowed(_)))
        );
    }

    #[test]
    fn titles_used_as_common_nouns_are_lowercased_but_names_kept() {
        let mut lex = lex();
        lex.insert("president".into(), (227, 290));
        lex.insert("senate".into(), (6, 63));
        lex.insert("signs".into(), (40, 1));
        let forms = ["President", "Signs", "Senate", "Talks", "with", "Maduro"];
        assert_eq!(casing(&forms), Casing::Title);
        let out: Vec<String> = truecase(&lex, &forms)
            .into_iter()
            .map(|c| c.into_owned())
            .collect();
        assert_eq!(
            out,
            ["president", "signs", "Senate", "talks", "with", "Maduro"]
        );
    }

    #[test]
    fn news_headlines_are_told_from_signature_and_list_lines() {
        assert!(is_news_headline(&[
            "Minister", "Resigns", "Over", "Scandal"
        ]));
        assert!(!is_news_headline(&["Is", "Hank", "Green", "Awesome", "?"]));
        assert!(!is_news_headline(&[
            "Enron", "Net", "Works", ",", "LLC", "(", "713", ")"
        ]));
        assert!(!is_news_headline(&[
            "Visa",
            ",",
            "MasterCard",
            ",",
            "Dinners",
            "Club"
        ]));
        // Outside news headlines only words mostly written in lowercase are lowercased.
        let mut lex = lex();
        lex.insert("president".into(), (227, 290));
        let forms = ["Meet", "President", "Talks", "Today", "."];
        assert_eq!(casing(&forms), Casing::Title);
        assert_eq!(truecase(&lex, &forms)[1], "President");
    }

    #[test]
    fn all_caps_headline_is_recognised() {
        let forms = ["REBELS", "SEIZE", "TOWN", "IN", "NORTH"];
        assert_eq!(casing(&forms), Casing::AllCaps);
    }
}

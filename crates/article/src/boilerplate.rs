//! Boilerplate lines (page furniture that is no part of the article's text) and bylines.
//!
//! A line is classified on its own, trimmed. Kinds that cannot be mistaken for article text
//! (share buttons, "Read more", newsletter offers, copyright lines) are recognised anywhere;
//! sign-offs ("Reuters", "AP") and credits ("Reporting by ...; Editing by ...") only in the
//! trailing block of an article ([`classify_line`] with `trailing = true`).

use std::sync::LazyLock;

use regex::Regex;

/// What a boilerplate span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BoilerplateKind {
    /// A second copy of the headline (next line, or first body line, or the record's title
    /// at the top of its text).
    RepeatedHeadline,
    /// A second date line ("Updated ...") after the publication date line.
    DateLine,
    /// "© 2022 Reuters", "Copyright 2024, ...", "All rights reserved".
    Copyright,
    /// An agency name alone at the end: "Reuters", "AP", "— AFP".
    SignOff,
    /// "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "... contributed
    /// to this report."
    Credits,
    /// Share buttons: "Share this article", "Facebook Twitter Email".
    Share,
    /// "Subscribe ...", "Sign up for ...", "Become a subscriber".
    Subscribe,
    /// Newsletter offers.
    Newsletter,
    /// "Related:", "Related stories", "See also", "More on this story", "You may also like".
    Related,
    /// "Read more: ...", "Continue reading", "Click here ...".
    ReadMore,
    /// "Follow us on ...".
    Follow,
    /// "Advertisement", "Story continues below advertisement".
    Advertisement,
}

impl BoilerplateKind {
    /// The snake_case name used in output (`repeated_headline`, `date_line`, `copyright`,
    /// `sign_off`, `credits`, `share`, `subscribe`, `newsletter`, `related`, `read_more`,
    /// `follow`, `advertisement`).
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::RepeatedHeadline => "repeated_headline",
            BoilerplateKind::DateLine => "date_line",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::SignOff => "sign_off",
            BoilerplateKind::Credits => "credits",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Subscribe => "subscribe",
            BoilerplateKind::Newsletter => "newsletter",
            BoilerplateKind::Related => "related",
            BoilerplateKind::ReadMore => "read_more",
            BoilerplateKind::Follow => "follow",
            BoilerplateKind::Advertisement => "advertisement",
        }
    }

    /// The kind named `name` (the inverse of [`BoilerplateKind::as_str`]).
    pub fn from_name(name: &str) -> Option<BoilerplateKind> {
        use BoilerplateKind::*;
        [
            RepeatedHeadline,
            DateLine,
            Copyright,
            SignOff,
            Credits,
            Share,
            Subscribe,
            Newsletter,
            Related,
            ReadMore,
            Follow,
            Advertisement,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// Longest line (in chars) that can be boilerplate.
const MAX_BOILERPLATE_CHARS: usize = 160;

/// Agencies and outlets that sign off a wire story on a line of their own.
const SIGN_OFFS: &[&str] = &[
    "reuters",
    "ap",
    "the associated press",
    "associated press",
    "afp",
    "agence france-presse",
    "bloomberg",
    "xinhua",
    "upi",
    "efe",
    "dpa",
    "ansa",
    "tass",
    "cnn",
    "bbc",
    "al jazeera",
    "reuters/ap",
    "ap/reuters",
];

const SHARE_WORDS: &[&str] = &[
    "share",
    "this",
    "article",
    "story",
    "on",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "print",
    "tweet",
    "pinterest",
    "reddit",
    "copy",
    "link",
    "telegram",
    "via",
    "the",
    "page",
    "messenger",
    "|",
    "/",
    "·",
];
const SHARE_CORE: &[&str] = &[
    "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "email", "print",
];

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:©|\(c\)\s*\d{4}|\(?copyright\s*(?:©|\(c\)|\d{4}|by\b|:|\)))|all rights reserved",
    )
    .expect("pattern")
});
static CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|contributed|produced|graphics|photos?)(?:\s+and\s+\w+)?\s+by\b|contributed\s+to\s+this\s+(?:report|story|article)\.?\)?$|^associated\s+press\s+writers?\b|^(?:this\s+)?(?:story|article)\s+(?:was\s+)?(?:updated|corrected)\b",
    )
    .expect("pattern")
});
static STRONG_CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\(\[]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^)\]]*[\)\]]$",
    )
    .expect("pattern")
});
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:related(?:\s+(?:articles?|stories|story|coverage|content|links?|topics|news|reading))?\s*:?|see\s+also\b|more\s+on\s+this(?:\s+story)?\b|more\s+from\b|you\s+may\s+also\s+like\b|you\s+might\s+also\s+like\b|recommended(?:\s+for\s+you)?\s*:?$|also\s+read\s*:|most\s+read\b|trending\s*:?$|top\s+stories\s*:?$)")
        .expect("pattern")
});
static READ_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:read\s+more\b|read\s+the\s+full\b|continue\s+reading\b|click\s+here\b|read\s+also\b|read\s+next\b|keep\s+reading\b|full\s+story\s*:)")
        .expect("pattern")
});
static SUBSCRIBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:subscribe\b|sign\s+up\b|become\s+a\s+(?:subscriber|member)\b|get\s+unlimited\s+access\b|already\s+a\s+subscriber\b|support\s+(?:our|independent)\s+journalism\b)|\bsubscribe\s+(?:now|today|here)\b")
        .expect("pattern")
});
static FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:follow\s+(?:us|@\w+|[\w.]+\s+on\s+(?:twitter|x|facebook|instagram))|like\s+us\s+on\s+facebook\b)")
        .expect("pattern")
});
static ADVERTISEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:advertisement|advert|ad|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue(?:\s+with\s+content)?|article\s+continues\s+below)\s*$")
        .expect("pattern")
});
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY|by)\s+(?P<name>\p{Lu}.*)$").expect("pattern"));

/// Classifies one trimmed line. `trailing` says whether the line stands in the trailing block
/// of the article (after the last paragraph of running text), where sign-offs and credits are
/// looked for. Returns `None` for article text.
pub fn classify_line(line: &str, trailing: bool) -> Option<BoilerplateKind> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    // Every kind is a short line: running text is ruled out without counting its chars.
    if line.len() > 4 * MAX_BOILERPLATE_CHARS {
        return None;
    }
    let chars = line.chars().count();
    if chars > MAX_BOILERPLATE_CHARS {
        return None;
    }
    if COPYRIGHT.is_match(line) {
        return Some(BoilerplateKind::Copyright);
    }
    if STRONG_CREDITS.is_match(line) {
        return Some(BoilerplateKind::Credits);
    }
    if chars <= 80 && ADVERTISEMENT.is_match(line) {
        return Some(BoilerplateKind::Advertisement);
    }
    if chars <= 100 && is_share_line(line) {
        return Some(BoilerplateKind::Share);
    }
    if line.to_lowercase().contains("newsletter") && !line.ends_with('"') {
        let lower = line.to_lowercase();
        if lower.contains("sign up")
            || lower.contains("subscribe")
            || lower.starts_with("newsletter")
            || lower.contains("our newsletter")
            || lower.contains("get the")
            || chars <= 60
        {
            return Some(BoilerplateKind::Newsletter);
        }
    }
    if SUBSCRIBE.is_match(line) {
        return Some(BoilerplateKind::Subscribe);
    }
    if chars <= 120 && READ_MORE.is_match(line) {
        return Some(BoilerplateKind::ReadMore);
    }
    if chars <= 120 && RELATED.is_match(line) && !line.ends_with('.') {
        return Some(BoilerplateKind::Related);
    }
    if chars <= 100 && FOLLOW.is_match(line) {
        return Some(BoilerplateKind::Follow);
    }
    if trailing {
        let core = line
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if SIGN_OFFS.contains(&core.as_str()) {
            return Some(BoilerplateKind::SignOff);
        }
        if CREDITS.is_match(line) {
            return Some(BoilerplateKind::Credits);
        }
    }
    None
}

fn is_share_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 10
        && words.iter().all(|w| {
            SHARE_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && c != '|'))
                || w.trim_matches(|c: char| !c.is_alphanumeric()).is_empty()
        })
        && words
            .iter()
            .any(|w| SHARE_CORE.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Words that may stand in lower case in a byline ("By Jane Doe and John Roe, staff writer").
pub const BYLINE_LOWER: &[&str] = &[
    "and",
    "&",
    "de",
    "da",
    "del",
    "van",
    "von",
    "der",
    "la",
    "le",
    "bin",
    "al",
    "of",
    "the",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "in",
    "for",
    "with",
    "contributor",
    "special",
    "to",
    "news",
    "desk",
    "y",
];

/// Recognises a byline ("By Jane Doe", "BY JANE DOE, Associated Press", "By Jane Doe and John
/// Roe | Reuters") and returns the byte range (into `line`) of what follows "By ".
///
/// A line starting with "By" that reads like a sentence ("By Monday the talks had failed.")
/// is not a byline: at most one lower-case word outside [`BYLINE_LOWER`] and no final full
/// stop after a lower-case word.
pub fn parse_byline(line: &str) -> Option<std::ops::Range<usize>> {
    let trimmed = line.trim();
    if trimmed.chars().count() > 120 {
        return None;
    }
    let caps = BYLINE.captures(trimmed)?;
    let name = caps.name("name")?;
    let words: Vec<&str> = name.as_str().split_whitespace().collect();
    if words.len() > 16 {
        return None;
    }
    let lower_words = words
        .iter()
        .filter(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            core.chars().next().is_some_and(char::is_lowercase)
                && !BYLINE_LOWER.contains(&core.to_lowercase().as_str())
        })
        .count();
    if lower_words > 1 {
        return None;
    }
    let last = words.last()?;
    if last.ends_with('.') && last.chars().filter(|c| c.is_alphabetic()).count() > 2 {
        return None;
    }
    let offset = line.len() - line.trim_start().len();
    let start = offset + name.start();
    let end = offset + name.as_str().trim_end().len() + name.start();
    Some(start..end)
}

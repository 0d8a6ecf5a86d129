//! Publication-date lines and date columns in the usual English forms.
//!
//! A *date line* is a whole line that holds a date and nothing else but an optional label
//! ("Updated", "Published", "Posted", "Last updated", "Date"), an optional weekday, an optional
//! time of day with an optional time zone, and punctuation:
//!
//! - month first: "October 7, 2022", "Oct. 7, 2022 10:15 AM EDT", "Friday, July 21, 2017",
//!   "Fri Oct 7, 2022", "October 7th, 2022 at 10:15 a.m. ET"
//! - day first: "7 Oct 2022", "Friday 7 October 2022", "7th of October, 2022"
//! - ISO 8601: "2022-10-07", "2022-10-07T10:15:00Z", "2022/10/07"
//! - time first: "10:15 AM EDT, Fri October 7, 2022"
//!
//! Numeric day/month forms such as "07/10/2022" are ambiguous and are not date lines. A line
//! such as "Thursday, United States forces killed ..." is not a date line: the whole line must
//! be a date.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

/// A date recognised in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    /// The calendar date (the time of day, when given, is not kept).
    pub date: NaiveDate,
    /// The label before the date, lower-cased ("updated", "published", ...), if any.
    pub label: Option<String>,
    /// The weekday written in the line, when it is not the weekday of `date`.
    pub weekday_mismatch: Option<Weekday>,
}

const WEEKDAY: &str = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?";
const MONTH: &str = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";
const DAY: &str = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?";
const YEAR: &str = r"(?P<year>\d{4})";
const TIME: &str = r"(?:\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?(?:[a-z]{1,5}|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?)";
const LABEL: &str = r"(?:(?P<label>last\s+updated|updated|published|posted|first\s+published|date|dated)\s*(?:on|at)?\s*:?\s*)?";

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let wd = format!(r"(?:{WEEKDAY}\s*,?\s*)?");
    let tail = format!(r"(?:\s*[,|·\-]?\s*(?:at\s+)?{TIME})?");
    let pats = [
        // month first
        format!(r"^{LABEL}{wd}{MONTH}\s*{DAY}\s*,?\s*{YEAR}{tail}\.?$"),
        // day first
        format!(r"^{LABEL}{wd}{DAY}\s+(?:of\s+)?{MONTH}\s*,?\s*{YEAR}{tail}\.?$"),
        // time first (CNN style)
        format!(r"^{LABEL}{TIME}\s*,?\s*{wd}{MONTH}\s*{DAY}\s*,?\s*{YEAR}\.?$"),
        // ISO 8601 (date, or date-time with optional zone)
        format!(
            r"^{LABEL}{YEAR}[-/](?P<mnum>\d{{1,2}})[-/]{DAY}(?:[t\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?\s*(?:z|[+-]\d{{2}}:?\d{{2}}|[a-z]{{2,5}})?)?$"
        ),
    ];
    pats.iter()
        .map(|p| Regex::new(&format!("(?i){p}")).expect("date pattern compiles"))
        .collect()
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match n.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday_of(name: &str) -> Option<Weekday> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    Some(match n.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Recognises a whole line as a date line (see the module docs for the forms).
///
/// `line` is one line of text; surrounding white space (including no-break spaces) is
/// ignored. Returns `None` for anything that is not entirely a date, and for impossible
/// dates ("February 30, 2022") or years outside 1800..=2200.
pub fn parse_date_line(line: &str) -> Option<DateLine> {
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if line.len() < 6 || line.len() > 80 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Typographic variants the text layer would normalise: fold them here too, so that this
    // works on original and normalised lines alike.
    let folded: String = line
        .chars()
        .map(|c| match c {
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' => ' ',
            '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' => '-',
            _ => c,
        })
        .collect();
    for re in PATTERNS.iter() {
        let Some(caps) = re.captures(&folded) else {
            continue;
        };
        let year: i32 = caps.name("year")?.as_str().parse().ok()?;
        if !(1800..=2200).contains(&year) {
            return None;
        }
        let month = match (caps.name("mon"), caps.name("mnum")) {
            (Some(m), _) => month_number(m.as_str())?,
            (None, Some(m)) => m.as_str().parse().ok()?,
            (None, None) => return None,
        };
        let day: u32 = caps.name("day")?.as_str().parse().ok()?;
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let weekday_mismatch = caps
            .name("wd")
            .and_then(|w| weekday_of(w.as_str()))
            .filter(|&w| w != date.weekday());
        let label = caps.name("label").map(|l| {
            l.as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        });
        return Some(DateLine {
            date,
            label,
            weekday_mismatch,
        });
    }
    None
}

/// Parses a date column value: any date-line form, or an RFC 3339 / ISO 8601 date-time
/// ("2019-01-04T10:00:00+01:00", whose calendar date is kept as written).
pub fn parse_date_value(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if let Some(d) = parse_date_line(value) {
        return Some(d.date);
    }
    chrono::DateTime::parse_from_rfc3339(value)
        .ok()
        .map(|dt| dt.date_naive())
}

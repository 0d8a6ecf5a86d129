//! Event dates: time expressions resolved against the publication date.
//!
//! [`find_dates`] finds every time expression in a piece of text and resolves it;
//! [`event_date`] picks the expression that belongs to an event's trigger in a parsed sentence
//! and falls back to the publication date.
//!
//! # Expressions understood (English)
//!
//! | expression | date | precision |
//! |---|---|---|
//! | `today`, `tonight`, `this morning` | publication day | day |
//! | `yesterday` / `tomorrow` | publication day -1 / +1 | day |
//! | `(on) Monday` | the most recent Monday not after publication (the publication day itself when it is a Monday) | day |
//! | `last Monday` | the most recent Monday strictly before publication | day |
//! | `next Monday` | the first Monday after publication | day |
//! | `this week`, `earlier this week` | Monday of the publication week | day (see below) |
//! | `last week` / `next week` | Monday of the week before / after | day (see below) |
//! | `this month`, `earlier this month` | first day of the publication month | month |
//! | `last month` / `next month` | first day of the month before / after | month |
//! | `this year`, `earlier this year` | 1 January of the publication year | year |
//! | `last year` / `next year` | 1 January of the year before / after | year |
//! | `N days/weeks ago` | publication day - N days / N weeks | day |
//! | `N months ago` | first day of the month N months before | month |
//! | `N years ago` | 1 January of the year N years before | year |
//! | `in March`, `last March` | first day of the most recent March not after (`last`: before) the publication month | month |
//! | `in March 2019`, `March 2019` | 2019-03-01 | month |
//! | `on March 5`, `5 March` | the most recent March 5 not after publication | day |
//! | `March 5, 2019`, `5 March 2019`, `2019-03-05` | 2019-03-05 | day |
//! | `in 2019`, `since 2019`, `during 2019` | 2019-01-01 | year |
//! | `between 2014 and 2017`, `from 2014 to 2017` | 2014-01-01 (start of the range) | year |
//!
//! `early`, `earlier`, `late`, `later` and `mid` before an expression are kept in its text and
//! do not change its date. A bare four-digit number is read as a year only after a preposition
//! (`in`, `since`, `during`, `between`, `from`, `until`, `by`, `throughout`, `of`, `before`,
//! `after`) or a modifier (`early 2019`), so "2019 people" is not a date. Month names must be
//! capitalised, and `May` and `March` (a modal verb and a verb or noun as well) count only after
//! a preposition or modifier or before a day number or year.
//!
//! **Weeks.** dyad's output knows day, month and year precision only, so a week is reported on
//! its first day (Monday, ISO 8601) with [`Precision::Day`]; the expression's text (`last week`)
//! travels with it and [`DateMention::end`] holds the week's last day.
//!
//! # Historical events
//!
//! An event is **historical** when the last day of its period (the day itself, the last day of
//! the month or year, or Sunday of the week) lies more than [`HISTORICAL_DAYS`] (7) days before
//! the publication date: "in 2019", "last year", "last month" (after the first week of a month)
//! and "three weeks ago" are historical; "last week", "on Monday" and "earlier this month" are
//! not.
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_events::dates::{Precision, find_dates};
//!
//! let published = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(); // a Sunday
//! let found = find_dates("Talks resumed on Monday after a break since 2019.", published);
//! assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
//! assert_eq!((found[0].precision, found[0].text.as_str()), (Precision::Day, "on Monday"));
//! assert_eq!((found[1].precision, found[1].historical), (Precision::Year, true));
//! ```

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use dyad_conllu::Sentence;

use crate::deps::{Parse, word_spans};

/// Days between the end of an event's period and the publication date beyond which the event
/// is flagged historical (a project choice: one week).
pub const HISTORICAL_DAYS: i64 = 7;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A single day (also used for weeks, on their Monday: see the module docs).
    Day,
    /// A calendar month; the date is its first day.
    Month,
    /// A calendar year; the date is 1 January.
    Year,
}

impl Precision {
    /// `"day"`, `"month"` or `"year"`, as written in dyad's output.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }

    /// Parses [`Precision::as_str`]'s output; `None` for anything else.
    pub fn parse(s: &str) -> Option<Precision> {
        match s {
            "day" => Some(Precision::Day),
            "month" => Some(Precision::Month),
            "year" => Some(Precision::Year),
            _ => None,
        }
    }
}

/// One time expression found in a text, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The first day of the period the expression names.
    pub date: NaiveDate,
    /// The last day of that period (equal to `date` for a day; Sunday for a week).
    pub end: NaiveDate,
    /// Precision of `date`.
    pub precision: Precision,
    /// The expression as written, including a leading preposition (`on Monday`, `in 2019`).
    pub text: String,
    /// Byte span of `text` in the text that was searched (half-open).
    pub span: Range<usize>,
    /// Whether the period ends more than [`HISTORICAL_DAYS`] before publication.
    pub historical: bool,
}

/// The date of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    /// The event's date: the first day of its period when the precision is coarser than a day;
    /// the publication date when the text gives none.
    pub date: NaiveDate,
    /// Precision of `date`.
    pub precision: Precision,
    /// The time expression the date came from; `None` when it is the publication date.
    pub mention: Option<DateMention>,
    /// Whether the event is historical (see the module docs).
    pub historical: bool,
}

impl EventDate {
    /// The publication date itself, day precision, no expression.
    pub fn published(publication: NaiveDate) -> EventDate {
        EventDate {
            date: publication,
            precision: Precision::Day,
            mention: None,
            historical: false,
        }
    }
}

/// A token given to the scanner: its text and byte span in the searched text.
struct Tok<'a> {
    text: &'a str,
    span: Range<usize>,
}

/// One resolved expression over tokens `toks[range]`.
struct Found {
    range: Range<usize>,
    date: NaiveDate,
    end: NaiveDate,
    precision: Precision,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const PREPOSITIONS: [&str; 12] = [
    "in",
    "on",
    "since",
    "during",
    "between",
    "from",
    "until",
    "by",
    "throughout",
    "of",
    "before",
    "after",
];

const MODIFIERS: [&str; 5] = ["early", "earlier", "late", "later", "mid"];

fn month_of(word: &str) -> Option<u32> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let l = word.trim_end_matches('.').to_lowercase();
    if let Some(k) = MONTHS.iter().position(|m| *m == l) {
        return Some(k as u32 + 1);
    }
    let abbr = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if l == "sept" {
        return Some(9);
    }
    abbr.iter()
        .position(|a| !a.is_empty() && *a == l)
        .map(|k| k as u32 + 1)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        (1800..=2200).contains(&y).then_some(y)
    } else {
        None
    }
}

/// A day of the month: `5`, `05`, `5th`, `21st`.
fn day_of(word: &str) -> Option<u32> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn number_of(word: &str) -> Option<u32> {
    let l = word.to_lowercase();
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    if let Some(k) = words.iter().position(|w| *w == l) {
        return Some(k as u32 + 1);
    }
    if l == "a" || l == "an" {
        return Some(1);
    }
    if !l.is_empty() && l.len() <= 3 && l.bytes().all(|b| b.is_ascii_digit()) {
        return l.parse().ok();
    }
    None
}

fn iso_date(word: &str) -> Option<NaiveDate> {
    if word.len() == 10 && word.as_bytes()[4] == b'-' && word.as_bytes()[7] == b'-' {
        NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()
    } else {
        None
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn month_end(start: NaiveDate) -> NaiveDate {
    start
        .checked_add_months(Months::new(1))
        .and_then(|n| n.pred_opt())
        .unwrap_or(start)
}

fn year_range(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// Resolves a month (and optional day) without a year: the most recent one not after the
/// publication date (`strict`: strictly before its month, for "last March").
fn recent_month(pub_date: NaiveDate, m: u32, day: Option<u32>, strict: bool) -> Option<NaiveDate> {
    let y = pub_date.year();
    let after = match day {
        Some(d) => (m, d) > (pub_date.month(), pub_date.day()),
        None if strict => m >= pub_date.month(),
        None => m > pub_date.month(),
    };
    let y = if after { y - 1 } else { y };
    ymd(y, m, day.unwrap_or(1))
}

fn day_found(range: Range<usize>, d: NaiveDate) -> Found {
    Found {
        range,
        date: d,
        end: d,
        precision: Precision::Day,
    }
}

fn month_found(range: Range<usize>, d: NaiveDate) -> Found {
    let s = month_start(d);
    Found {
        range,
        date: s,
        end: month_end(s),
        precision: Precision::Month,
    }
}

fn year_found(range: Range<usize>, y: i32) -> Option<Found> {
    let (s, e) = year_range(y)?;
    Some(Found {
        range,
        date: s,
        end: e,
        precision: Precision::Year,
    })
}

fn week_found(range: Range<usize>, monday: NaiveDate) -> Found {
    Found {
        range,
        date: monday,
        end: monday + Days::new(6),
        precision: Precision::Day,
    }
}

/// Tries to read an expression whose core starts at token `j`; `lead` is whether a
/// preposition or modifier precedes it (needed for bare years and for May/March).
fn core(toks: &[Tok], j: usize, lead: bool, p: NaiveDate) -> Option<Found> {
    let w = toks.get(j)?.text;
    let l = w.to_lowercase();
    let next = |k: usize| toks.get(j + k).map(|t| t.text).unwrap_or("");
    match l.as_str() {
        "today" | "tonight" => return Some(day_found(j..j + 1, p)),
        "yesterday" => return Some(day_found(j..j + 1, p.pred_opt()?)),
        "tomorrow" => return Some(day_found(j..j + 1, p.succ_opt()?)),
        "last" | "this" | "next" | "past" => {
            let n = next(1).to_lowercase();
            let r = j..j + 2;
            let this = l == "this";
            let back = l == "last" || l == "past";
            match n.as_str() {
                "morning" | "afternoon" | "evening" if this => return Some(day_found(r, p)),
                "week" => {
                    let ws = week_start(p);
                    let m = if this {
                        ws
                    } else if back {
                        ws - Days::new(7)
                    } else {
                        ws + Days::new(7)
                    };
                    return Some(week_found(r, m));
                }
                "weekend" => {
                    // The Saturday of the most recent weekend before (or after) publication.
                    let mut d = if back || this {
                        p.pred_opt()?
                    } else {
                        p.succ_opt()?
                    };
                    while d.weekday() != Weekday::Sat {
                        d = if back || this {
                            d.pred_opt()?
                        } else {
                            d.succ_opt()?
                        };
                    }
                    return Some(Found {
                        range: r,
                        date: d,
                        end: d + Days::new(1),
                        precision: Precision::Day,
                    });
                }
                "month" => {
                    let s = month_start(p);
                    let s = if this {
                        s
                    } else if back {
                        s.checked_sub_months(Months::new(1))?
                    } else {
                        s.checked_add_months(Months::new(1))?
                    };
                    return Some(month_found(r, s));
                }
                "year" => {
                    let y = if this {
                        p.year()
                    } else if back {
                        p.year() - 1
                    } else {
                        p.year() + 1
                    };
                    return year_found(r, y);
                }
                _ => {}
            }
            if let Some(wd) = weekday_of(next(1)) {
                let back_days =
                    (7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
                let d = match l.as_str() {
                    "last" | "past" => {
                        p - Days::new(u64::from(if back_days == 0 { 7 } else { back_days }))
                    }
                    "next" => p + Days::new(u64::from(7 - back_days)),
                    _ => p - Days::new(u64::from(back_days)),
                };
                return Some(day_found(r, d));
            }
            if let Some(m) = month_of(next(1)) {
                if l == "last" {
                    return Some(month_found(r, recent_month(p, m, None, true)?));
                }
                if this {
                    return Some(month_found(r, ymd(p.year(), m, 1)?));
                }
            }
            return None;
        }
        _ => {}
    }
    if let Some(d) = iso_date(w) {
        return Some(day_found(j..j + 1, d));
    }
    if let Some(wd) = weekday_of(w) {
        let back = (7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        return Some(day_found(j..j + 1, p - Days::new(u64::from(back))));
    }
    // N days/weeks/months/years ago
    if let Some(n) = number_of(w) {
        let unit = next(1).to_lowercase();
        if next(2).eq_ignore_ascii_case("ago") {
            let r = j..j + 3;
            match unit.trim_end_matches('s') {
                "day" => return Some(day_found(r, p - Days::new(u64::from(n)))),
                "week" => return Some(day_found(r, p - Days::new(7 * u64::from(n)))),
                "month" => {
                    return Some(month_found(
                        r,
                        month_start(p).checked_sub_months(Months::new(n))?,
                    ));
                }
                "year" => return year_found(r, p.year() - n as i32),
                _ => {}
            }
        }
    }
    // DAY MONTH [YEAR]
    if let Some(d) = day_of(w) {
        if let Some(m) = month_of(next(1)) {
            if let Some(y) = year_of(next(2)) {
                return Some(day_found(j..j + 3, ymd(y, m, d)?));
            }
            return Some(day_found(j..j + 2, recent_month(p, m, Some(d), false)?));
        }
    }
    // MONTH [DAY] [,] [YEAR]
    if let Some(m) = month_of(w) {
        let ambiguous = matches!(l.as_str(), "may" | "march");
        if let Some(d) = day_of(next(1)) {
            let (comma, yw) = if next(2) == "," {
                (1, next(3))
            } else {
                (0, next(2))
            };
            if let Some(y) = year_of(yw) {
                return Some(day_found(j..j + 3 + comma, ymd(y, m, d)?));
            }
            return Some(day_found(j..j + 2, recent_month(p, m, Some(d), false)?));
        }
        // "March of 2018", "March, 2018".
        let (of, yw) = if next(1).eq_ignore_ascii_case("of") || next(1) == "," {
            (1, next(2))
        } else {
            (0, next(1))
        };
        if let Some(y) = year_of(yw) {
            return Some(month_found(j..j + 2 + of, ymd(y, m, 1)?));
        }
        if ambiguous && !lead {
            return None;
        }
        return Some(month_found(j..j + 1, recent_month(p, m, None, false)?));
    }
    if let Some(y) = year_of(w) {
        if lead {
            // "between 2014 and 2017", "from 2014 to 2017": the range starts the period.
            let joined = matches!(next(1).to_lowercase().as_str(), "and" | "to" | "-" | "–");
            let end = if joined && year_of(next(2)).is_some() {
                j + 3
            } else {
                j + 1
            };
            return year_found(j..end, y);
        }
    }
    None
}

/// Scans tokens for expressions, longest first, left to right, without overlaps.
fn scan(toks: &[Tok], p: NaiveDate) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let l = toks[i].text.to_lowercase();
        let mut j = i;
        let mut lead = false;
        if PREPOSITIONS.contains(&l.as_str()) {
            j += 1;
            lead = true;
        }
        if toks
            .get(j)
            .is_some_and(|t| MODIFIERS.contains(&t.text.to_lowercase().as_str()))
        {
            j += 1;
            lead = true;
        }
        // "mid-2019" arrives as one token from some tokenisers: not handled.
        match core(toks, j, lead, p).or_else(|| (j > i).then(|| core(toks, i, false, p)).flatten())
        {
            Some(mut f) => {
                if f.range.start > i && j > i {
                    // Keep the preposition/modifier only when the core followed it directly.
                    f.range.start = i;
                }
                i = f.range.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

fn is_historical(end: NaiveDate, publication: NaiveDate) -> bool {
    (publication - end).num_days() > HISTORICAL_DAYS
}

fn mention(toks: &[Tok], text: &str, f: &Found, p: NaiveDate) -> DateMention {
    let span = toks[f.range.start].span.start..toks[f.range.end - 1].span.end;
    DateMention {
        date: f.date,
        end: f.end,
        precision: f.precision,
        text: text[span.clone()].to_string(),
        span,
        historical: is_historical(f.end, p),
    }
}

/// Splits text into word tokens (letters, digits, `-`, `'`, and a trailing `.` of an
/// abbreviation such as `Jan.`) and single punctuation characters, with byte spans.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (b, c) in text.char_indices() {
        let wordy = c.is_alphanumeric() || ((c == '-' || c == '\'') && start.is_some());
        if wordy {
            if start.is_none() {
                start = Some(b);
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Tok {
                text: &text[s..b],
                span: s..b,
            });
        }
        if !c.is_whitespace() {
            out.push(Tok {
                text: &text[b..b + c.len_utf8()],
                span: b..b + c.len_utf8(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            text: &text[s..],
            span: s..text.len(),
        });
    }
    // "Jan." / "Sept.": glue the period back onto a month abbreviation.
    let mut k = 0;
    while k + 1 < out.len() {
        if out[k + 1].text == "." && out[k].span.end == out[k + 1].span.start {
            if let Some(m) = month_of(out[k].text) {
                if MONTHS[m as usize - 1] != out[k].text.to_lowercase() {
                    let s = out[k].span.start..out[k + 1].span.end;
                    out[k] = Tok {
                        text: &text[s.clone()],
                        span: s,
                    };
                    out.remove(k + 1);
                }
            }
        }
        k += 1;
    }
    out
}

/// Every time expression in `text`, in order, resolved against `publication`.
///
/// Spans are byte offsets into `text`. Expressions are those listed in the module docs; an
/// unknown or impossible date (`February 30`) is skipped.
pub fn find_dates(text: &str, publication: NaiveDate) -> Vec<DateMention> {
    let toks = tokenize(text);
    scan(&toks, publication)
        .iter()
        .map(|f| mention(&toks, text, f, publication))
        .collect()
}

/// Whether word `i` heads a clause: a verb, a clausal relation, or a predicate with a subject
/// or copula.
fn is_clause(p: &Parse, i: usize) -> bool {
    p.words[i].upos == "VERB"
        || matches!(
            p.udeprel(i),
            "root" | "ccomp" | "xcomp" | "advcl" | "acl" | "parataxis" | "csubj"
        )
        || p.children[i]
            .iter()
            .any(|&c| matches!(p.udeprel(c), "nsubj" | "cop"))
}

/// The clause head of word `i` (`i` itself when it heads a clause and `include_self`).
fn clause_of(p: &Parse, i: usize, include_self: bool) -> Option<usize> {
    let mut cur = if include_self { i } else { p.heads[i]? };
    for _ in 0..p.words.len() {
        if is_clause(p, cur) {
            return Some(cur);
        }
        cur = p.heads[cur]?;
    }
    None
}

/// Whether word `x` lies in the subtree of word `a` (`x` itself excluded).
fn descends(p: &Parse, x: usize, a: usize) -> bool {
    let mut cur = x;
    for _ in 0..p.words.len() {
        match p.heads[cur] {
            Some(h) if h == a => return true,
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Whether clause `x` takes its time from the clause above it when it has no time expression
/// of its own: an `xcomp` or `ccomp`; a conjunct, a participial or infinitival `acl`, or an
/// `advcl` without a subordinator other than `to`, when it has no subject of its own ("met X
/// on Monday and urged Y", "rejected the report on Friday, calling it biased").
fn shares_time(p: &Parse, x: usize) -> bool {
    let own_subject = || {
        p.children[x]
            .iter()
            .any(|&c| matches!(p.udeprel(c), "nsubj" | "csubj" | "expl"))
    };
    match p.deprel(x) {
        "xcomp" | "ccomp" => true,
        "conj" | "acl" => !own_subject(),
        "advcl" => !own_subject() && p.markers(x).iter().all(|m| m == "to"),
        _ => false,
    }
}

/// The date of the event whose trigger has CoNLL-U word ID `trigger` in `sentence`.
///
/// Time expressions are found over the sentence's words and each is assigned to the clause its
/// words hang on. Within one clause, an expression inside a nominal trigger's own phrase
/// ("the March 5 attack") comes first, then one that depends directly on the clause's head,
/// then one inside another noun phrase, then the first in the sentence; from the clauses
/// above (other than verbs conjoined with the trigger's under one subject), only expressions
/// depending directly on their heads count ("following the
/// announcement yesterday, I thought ..." does not date the clause below). The event takes
/// the expression of the trigger's own clause (for a nominal
/// trigger, the clause of the verb above it); failing that, of the clauses it is an `xcomp` or
/// `ccomp` of, or a subjectless conjunct, `acl` or `advcl` of, nearest first ("agreed on
/// Monday to hold talks", "said on Monday that rebels attacked", "met X on Monday and urged
/// Y"); failing that, an expression that hangs on no clause at all (a
/// fragment or headline). An expression inside another clause (a relative clause, an
/// adverbial clause with its own subject or subordinator, a conjunct with its own subject)
/// never dates the event. A sentence without a parse
/// (no heads) takes its first expression; a trigger ID not in the sentence gets the
/// publication date.
///
/// The mention's span is in bytes of the sentence text (the `# text` comment, or the forms
/// joined by their spacing when absent).
pub fn event_date(sentence: &Sentence, trigger: u32, publication: NaiveDate) -> EventDate {
    let p = Parse::new(sentence);
    let (text, spans) = word_spans(sentence);
    let toks: Vec<Tok> = p
        .words
        .iter()
        .zip(&spans)
        .map(|(w, s)| Tok {
            text: w.form.as_str(),
            span: s.clone(),
        })
        .collect();
    let found: Vec<Found> = scan(&toks, publication)
        .into_iter()
        .filter(|f| {
            // "may" as a modal verb or auxiliary is not the month.
            !(f.range.len() == 1 && matches!(p.words[f.range.start].upos.as_str(), "AUX" | "VERB"))
        })
        .collect();
    let Some(t) = p.pos(trigger) else {
        return EventDate::published(publication);
    };
    let chosen = if !p.is_parsed() {
        found.first()
    } else {
        let mut chain = Vec::new();
        // Whether chain[k] is reached from the trigger's clause through subjectless conjuncts
        // only ("met X in Bogotá on Wednesday and urged Y": one clause with two verbs).
        let mut same = Vec::new();
        let mut c = clause_of(&p, t, true);
        while let Some(x) = c {
            if chain.contains(&x) || chain.len() > 8 {
                break;
            }
            same.push(
                chain
                    .last()
                    .is_none_or(|&prev| same.last() == Some(&true) && p.deprel(prev) == "conj"),
            );
            chain.push(x);
            c = if shares_time(&p, x) {
                p.heads[x].and_then(|h| clause_of(&p, h, true))
            } else {
                None
            };
        }
        let rank = |f: &Found| -> Option<(usize, usize)> {
            // The top word of the expression: the one whose head lies outside it.
            let top = f
                .range
                .clone()
                .find(|&k| p.heads[k].is_none_or(|h| !f.range.contains(&h)))?;
            // 0: inside a nominal trigger's own phrase ("the March 5 attack"); 1: hanging
            // directly on the clause head ("condemned ... on Monday"); 2: inside another
            // noun phrase of the clause ("the March 5 committee"), own clause only.
            let clause = clause_of(&p, top, false);
            let class = if Some(t) != chain.first().copied() && descends(&p, top, t) {
                0
            } else if p.heads[top] == clause {
                1
            } else {
                2
            };
            let r = match clause {
                Some(cl) => chain.iter().position(|&x| x == cl)?,
                None => chain.len(),
            };
            (class == 1 || same.get(r) != Some(&false)).then_some((r, class))
        };
        found
            .iter()
            .filter_map(|f| rank(f).map(|r| (r, f)))
            .min_by_key(|(r, f)| (*r, f.range.start))
            .map(|(_, f)| f)
    };
    match chosen {
        Some(f) => {
            let m = mention(&toks, &text, f, publication);
            EventDate {
                date: m.date,
                precision: m.precision,
                historical: m.historical,
                mention: Some(m),
            }
        }
        None => EventDate::published(publication),
    }
}

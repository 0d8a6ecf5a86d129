//! Reader for PETRARCH / Phoenix (TABARI-style) actor and agent dictionaries.
//!
//! Format (openeventdata/petrarch2, `docs/source/dictionaries.rst`):
//!
//! - Comments: `#` or `;` to the end of the line, and `<!-- ... -->` (possibly over
//!   several lines). Blank lines are skipped.
//! - Actors: a record starts with a primary phrase line `PHRASE_ [CODE]`; lines starting
//!   with `+` add synonym phrases; lines starting with whitespace hold date restrictions
//!   `[CODE YYMMDD-YYMMDD]`, `[CODE <date]`, `[CODE >date]` or a default `[CODE]`. Dates
//!   are `YYYYMMDD` or `YYMMDD`; restriction limits are inclusive. Several restrictions
//!   may share a line. Phrases are words separated by `_` or blanks.
//! - Agents: `PHRASE {PLURALS} [~CODE]` (code appended to the actor's) or `[CODE~]`
//!   (prepended). Regular plurals are generated (+S, Y -> IES, SS -> +ES) unless `{}`
//!   gives the plurals (empty `{}` = none). `!NAME! = A, B, C` defines a substitution
//!   set expanded wherever `!NAME!` occurs.
//!
//! Interpretations of our own where the format is silent: two-digit years below 30 are
//! 20xx, others 19xx; a blank inside an agent phrase (which PETRARCH reads as "other words
//! may intervene") is matched as consecutive words; phrases are matched case-insensitively
//! (the files are upper case), so give UPOS tags when matching to keep the pronoun "us"
//! from matching a `US` entry.

use std::sync::Arc;

use chrono::{Days, NaiveDate};

use crate::model::DatedCode;
use crate::report::{Finding, LineIndex, Location, Severity};

/// Which kind of PETRARCH dictionary a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PetrarchKind {
    /// An actor dictionary (`*.actors.txt`).
    Actors,
    /// An agent dictionary (`*.agents.txt`).
    Agents,
}

/// A PETRARCH dictionary file to load.
#[derive(Debug, Clone)]
pub struct PetrarchFile {
    /// Path shown in findings.
    pub path: Arc<str>,
    /// File text.
    pub text: Arc<str>,
    /// Actors or agents.
    pub kind: PetrarchKind,
}

/// One actor record: phrases and codes (dated ones first, the default last).
#[derive(Debug, Clone)]
pub(crate) struct PetrarchActor {
    pub names: Vec<String>,
    pub codes: Vec<DatedCode>,
    pub location: Location,
}

/// One agent record.
#[derive(Debug, Clone)]
pub(crate) struct PetrarchAgent {
    pub names: Vec<String>,
    pub plurals: Vec<String>,
    pub sector: String,
    pub prefix: bool,
    pub location: Location,
}

/// Strips comments; `in_xml` carries an open `<!--` across lines.
fn strip_comments(line: &str, in_xml: &mut bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        if *in_xml {
            match rest.find("-->") {
                Some(i) => {
                    rest = &rest[i + 3..];
                    *in_xml = false;
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(i) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + 4..];
                *in_xml = true;
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    if let Some(i) = out.find(['#', ';']) {
        out.truncate(i);
    }
    out
}

/// Phrase string -> words joined by one space (underscores are separators).
fn phrase(s: &str) -> String {
    s.split(['_', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        8 => (s[..4].parse::<i32>().ok()?, &s[4..]),
        6 => {
            let yy = s[..2].parse::<i32>().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, rest[..2].parse().ok()?, rest[2..].parse().ok()?)
}

fn next_day(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap_or(d)
}

/// Parses one `[...]` restriction body into a dated code.
fn restriction(body: &str) -> Result<DatedCode, String> {
    let mut parts = body.split_whitespace();
    let code = parts
        .next()
        .ok_or_else(|| "empty code restriction `[]`".to_string())?
        .to_string();
    // Blanks inside the restriction ("> 130701") are tolerated.
    let when: String = parts.collect();
    if when.is_empty() {
        return Ok(DatedCode {
            code,
            from: None,
            to: None,
        });
    }
    let when = when.as_str();
    let bad = || {
        format!(
            "malformed date restriction {when:?} in [{body}]: expected <date, >date or date-date (YYMMDD or YYYYMMDD)"
        )
    };
    if let Some(d) = when.strip_prefix('<') {
        let d = parse_date(d).ok_or_else(bad)?;
        return Ok(DatedCode {
            code,
            from: None,
            to: Some(next_day(d)),
        });
    }
    if let Some(d) = when.strip_prefix('>') {
        let d = parse_date(d).ok_or_else(bad)?;
        return Ok(DatedCode {
            code,
            from: Some(d),
            to: None,
        });
    }
    let (a, b) = when.split_once('-').ok_or_else(bad)?;
    let (a, b) = (
        parse_date(a).ok_or_else(bad)?,
        parse_date(b).ok_or_else(bad)?,
    );
    if a > b {
        return Err(format!(
            "date restriction {when:?} in [{body}] ends before it starts"
        ));
    }
    Ok(DatedCode {
        code,
        from: Some(a),
        to: Some(next_day(b)),
    })
}

/// Splits `text` into the part before the first `[` and the bodies of all `[...]` groups.
fn brackets(text: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(first) = text.find('[') else {
        return Ok((text, Vec::new()));
    };
    let mut groups = Vec::new();
    let mut rest = &text[first..];
    while let Some(open) = rest.find('[') {
        let close = rest[open..]
            .find(']')
            .ok_or_else(|| "unclosed `[`".to_string())?
            + open;
        groups.push(rest[open + 1..close].trim());
        rest = &rest[close + 1..];
    }
    if !rest.trim().is_empty() {
        return Err(format!("unexpected text {:?} after `]`", rest.trim()));
    }
    Ok((&text[..first], groups))
}

fn finding(idx: &LineIndex, offset: usize, severity: Severity, message: String) -> Finding {
    Finding {
        location: idx.location(offset),
        severity,
        message,
    }
}

/// Reads a PETRARCH actor dictionary. Records with errors are skipped and reported.
pub(crate) fn read_actors(path: &Arc<str>, text: &Arc<str>) -> (Vec<PetrarchActor>, Vec<Finding>) {
    let idx = LineIndex::new(path.clone(), text.clone());
    let mut out: Vec<PetrarchActor> = Vec::new();
    let mut findings = Vec::new();
    let mut in_xml = false;
    let mut offset = 0usize;
    let mut current: Option<PetrarchActor> = None;
    let mut default_codes: Vec<DatedCode> = Vec::new();
    let flush = |cur: &mut Option<PetrarchActor>,
                 defaults: &mut Vec<DatedCode>,
                 out: &mut Vec<PetrarchActor>| {
        if let Some(mut a) = cur.take() {
            a.codes.append(defaults);
            out.push(a);
        }
    };
    for raw_line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        let line = strip_comments(raw_line.trim_end_matches(['\n', '\r']), &mut in_xml);
        if line.trim().is_empty() {
            continue;
        }
        let starts_blank = line.starts_with([' ', '\t']);
        let trimmed = line.trim();
        let (head, groups) = match brackets(trimmed) {
            Ok(x) => x,
            Err(msg) => {
                findings.push(finding(&idx, line_start, Severity::Error, msg));
                continue;
            }
        };
        let mut codes = Vec::new();
        let mut ok = true;
        for g in &groups {
            match restriction(g) {
                Ok(c) => codes.push(c),
                Err(msg) => {
                    findings.push(finding(&idx, line_start, Severity::Error, msg));
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        if let Some(syn) = trimmed.strip_prefix('+') {
            let Some(cur) = current.as_mut() else {
                findings.push(finding(
                    &idx,
                    line_start,
                    Severity::Error,
                    "synonym `+` line before any actor".into(),
                ));
                continue;
            };
            let (syn_head, _) = brackets(syn).unwrap_or((syn, Vec::new()));
            let p = phrase(syn_head);
            if !p.is_empty() {
                cur.names.push(p);
            }
            // Codes on a synonym line apply to the whole record.
            for c in codes {
                if c.from.is_none() && c.to.is_none() {
                    default_codes.push(c)
                } else {
                    cur.codes.push(c)
                }
            }
            continue;
        }
        if starts_blank && head.trim().is_empty() {
            let Some(cur) = current.as_mut() else {
                findings.push(finding(
                    &idx,
                    line_start,
                    Severity::Error,
                    "date restriction before any actor".into(),
                ));
                continue;
            };
            for c in codes {
                if c.from.is_none() && c.to.is_none() {
                    default_codes.push(c)
                } else {
                    cur.codes.push(c)
                }
            }
            continue;
        }
        flush(&mut current, &mut default_codes, &mut out);
        let p = phrase(head);
        if p.is_empty() {
            findings.push(finding(
                &idx,
                line_start,
                Severity::Error,
                "actor line without a phrase".into(),
            ));
            continue;
        }
        let mut a = PetrarchActor {
            names: vec![p],
            codes: Vec::new(),
            location: idx.location(line_start),
        };
        for c in codes {
            if c.from.is_none() && c.to.is_none() {
                default_codes.push(c)
            } else {
                a.codes.push(c)
            }
        }
        current = Some(a);
    }
    flush(&mut current, &mut default_codes, &mut out);
    (out, findings)
}

fn regular_plural(word_phrase: &str) -> String {
    let upper_last = word_phrase.rsplit(' ').next().unwrap_or("");
    let lower = upper_last.to_ascii_lowercase();
    let stem = &word_phrase[..word_phrase.len() - upper_last.len()];
    let pl = if lower.ends_with('y') && lower.len() > 1 {
        format!("{}IES", &upper_last[..upper_last.len() - 1])
    } else if lower.ends_with("ss") {
        format!("{upper_last}ES")
    } else {
        format!("{upper_last}S")
    };
    format!("{stem}{pl}")
}

/// Reads a PETRARCH agent dictionary. Records with errors are skipped and reported.
pub(crate) fn read_agents(path: &Arc<str>, text: &Arc<str>) -> (Vec<PetrarchAgent>, Vec<Finding>) {
    let idx = LineIndex::new(path.clone(), text.clone());
    let mut out = Vec::new();
    let mut findings = Vec::new();
    let mut in_xml = false;
    let mut offset = 0usize;
    let mut subst: Vec<(String, Vec<String>)> = Vec::new();
    for raw_line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        let line = strip_comments(raw_line.trim_end_matches(['\n', '\r']), &mut in_xml);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('!') && !trimmed.contains('[') {
            match trimmed.split_once('=') {
                Some((name, items)) if name.trim().ends_with('!') => {
                    let items = items
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    subst.push((name.trim().to_string(), items));
                }
                _ => findings.push(finding(
                    &idx,
                    line_start,
                    Severity::Error,
                    "malformed substitution set: expected !NAME! = A, B".into(),
                )),
            }
            continue;
        }
        let (head, groups) = match brackets(trimmed) {
            Ok(x) => x,
            Err(msg) => {
                findings.push(finding(&idx, line_start, Severity::Error, msg));
                continue;
            }
        };
        let [code] = groups.as_slice() else {
            findings.push(finding(
                &idx,
                line_start,
                Severity::Error,
                "agent line needs exactly one [~CODE] or [CODE~]".into(),
            ));
            continue;
        };
        let (sector, prefix) = if let Some(c) = code.strip_prefix('~') {
            (c.to_string(), false)
        } else if let Some(c) = code.strip_suffix('~') {
            (c.to_string(), true)
        } else {
            findings.push(finding(
                &idx,
                line_start,
                Severity::Error,
                format!("agent code [{code}] lacks `~`"),
            ));
            continue;
        };
        let (phrase_part, plural_part) = match head.find('{') {
            Some(i) => {
                let Some(j) = head[i..].find('}') else {
                    findings.push(finding(
                        &idx,
                        line_start,
                        Severity::Error,
                        "unclosed `{`".into(),
                    ));
                    continue;
                };
                (&head[..i], Some(&head[i + 1..i + j]))
            }
            None => (head, None),
        };
        // Expand substitution markers.
        let mut variants = vec![phrase_part.to_string()];
        for (name, items) in &subst {
            if variants.iter().any(|v| v.contains(name.as_str())) {
                variants = variants
                    .iter()
                    .flat_map(|v| items.iter().map(move |it| v.replace(name.as_str(), it)))
                    .collect();
            }
        }
        let substituted = variants.len() > 1 || phrase_part != variants[0];
        let names: Vec<String> = variants
            .iter()
            .map(|v| phrase(v))
            .filter(|p| !p.is_empty())
            .collect();
        if names.is_empty() {
            findings.push(finding(
                &idx,
                line_start,
                Severity::Error,
                "agent line without a phrase".into(),
            ));
            continue;
        }
        let no_plural = substituted;
        let plurals: Vec<String> = match plural_part {
            Some(p) => p
                .split_whitespace()
                .map(phrase)
                .filter(|p| !p.is_empty())
                .collect(),
            None if no_plural => Vec::new(),
            None => names.iter().map(|n| regular_plural(n)).collect(),
        };
        out.push(PetrarchAgent {
            names,
            plurals,
            sector,
            prefix,
            location: idx.location(line_start),
        });
    }
    (out, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(s: &str) -> Arc<str> {
        Arc::from(s)
    }

    #[test]
    fn reads_actor_records_with_dates_and_comments() {
        let text = "# comment\nHAMID_KARZAI_  [AFGMIL] ; note\n+KARZAI_\n\t[AFGGOV 011222-141001]\n\t[AFGELI >20141001]\n<!-- a\nmulti-line comment -->\nKABUL_ [AFG]\nX_ [IGOBUSOPC 940701-941231][IGOBUSOPC >070101]\n";
        let (actors, findings) = read_actors(&arc("t.actors.txt"), &arc(text));
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(actors.len(), 3);
        assert_eq!(actors[0].names, vec!["HAMID KARZAI", "KARZAI"]);
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(
            actors[0].codes[0],
            DatedCode {
                code: "AFGGOV".into(),
                from: d(2001, 12, 22),
                to: d(2014, 10, 2)
            }
        );
        assert_eq!(
            actors[0].codes[1],
            DatedCode {
                code: "AFGELI".into(),
                from: d(2014, 10, 1),
                to: None
            }
        );
        assert_eq!(
            actors[0].codes[2],
            DatedCode {
                code: "AFGMIL".into(),
                from: None,
                to: None
            }
        );
        assert_eq!(actors[1].location.line, 8);
        assert_eq!(actors[2].codes.len(), 2);
    }

    #[test]
    fn reports_bad_dates_with_line() {
        let text = "A_ [USA]\n\t[USAGOV 991399-000101]\nB_ [GBR\n";
        let (actors, findings) = read_actors(&arc("bad.txt"), &arc(text));
        assert_eq!(
            actors.len(),
            1,
            "the record with an unclosed bracket is skipped"
        );
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].location.line, 2);
        assert!(
            findings[0].message.contains("malformed date restriction"),
            "{}",
            findings[0]
        );
        assert_eq!(findings[1].location.line, 3);
    }

    #[test]
    fn reads_agents_with_plurals_and_substitutions() {
        let text = "!PERSON! = MAN, WOMAN\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nSECRETARY [~GOV] # x\nCONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_BODY [NGO~]\n";
        let (agents, findings) = read_agents(&arc("a.txt"), &arc(text));
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(agents[0].names, vec!["POLICE"]);
        assert!(agents[0].plurals.is_empty());
        assert_eq!(agents[1].plurals, vec!["ATTORNEYS GENERAL"]);
        assert_eq!(agents[2].plurals, vec!["SECRETARIES"]);
        assert_eq!(agents[3].names, vec!["CONGRESSMAN", "CONGRESSWOMAN"]);
        assert!(agents[3].plurals.is_empty());
        assert!(agents[4].prefix);
        assert_eq!(agents[4].sector, "NGO");
    }
}

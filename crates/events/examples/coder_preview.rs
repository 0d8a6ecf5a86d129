//! Previews the coder helpers on a CoNLL-U file: for every most specific candidate of every
//! sentence, its factuality, date and reporter.
//!
//! `cargo run -p dyad-events --example coder_preview FILE.conllu YYYY-MM-DD`
//!
//! One tab-separated line per candidate: sentence id, CAMEO code, trigger (`form/ID`),
//! `happened` or `dropped:REASON:cue-ID`, date, precision, date text (`-` when the publication
//! date), `historical` or `-`, reporter words (`-` when none). Then a summary on stderr.

use std::collections::BTreeMap;
use std::process::ExitCode;

use chrono::NaiveDate;
use dyad_conllu::Sentence;
use dyad_events::factuality::{Factuality, assess};
use dyad_events::{Dictionary, dates, match_sentence, most_specific, reported};

fn form(s: &Sentence, id: u32) -> String {
    s.words()
        .find(|w| w.id == dyad_conllu::Id::Word(id))
        .map_or_else(|| "?".into(), |w| format!("{}/{id}", w.form))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(date)) = (args.first(), args.get(1)) else {
        eprintln!("usage: coder_preview FILE.conllu YYYY-MM-DD");
        return ExitCode::from(2);
    };
    let Ok(publication) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
        eprintln!("{date}: not a YYYY-MM-DD date");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let sentences = match dyad_conllu::parse_str(&text) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dict = Dictionary::shipped();
    let mut outcome: BTreeMap<String, usize> = BTreeMap::new();
    let (mut total, mut dated, mut historical, mut with_reporter) = (0, 0, 0, 0);
    for (k, s) in sentences.iter().enumerate() {
        let sid = s
            .comment_value("sent_id")
            .map_or_else(|| (k + 1).to_string(), str::to_string);
        for c in most_specific(match_sentence(dict, s)) {
            total += 1;
            let f = match assess(s, c.trigger) {
                Factuality::Happened => "happened".to_string(),
                Factuality::Dropped { reason, cue } => format!("dropped:{}:{cue}", reason.as_str()),
            };
            *outcome
                .entry(f.split(':').take(2).collect::<Vec<_>>().join(":"))
                .or_default() += 1;
            let d = dates::event_date(s, c.trigger, publication);
            dated += usize::from(d.mention.is_some());
            historical += usize::from(d.historical);
            let rep = reported::reporter(s, c.trigger);
            with_reporter += usize::from(rep.is_some());
            let rep = rep.map_or_else(
                || "-".to_string(),
                |r| {
                    let v: Vec<String> = r.reporter.iter().map(|&i| form(s, i)).collect();
                    format!("{} ({})", v.join(","), form(s, r.cue))
                },
            );
            println!(
                "{sid}\t{}\t{}\t{f}\t{}\t{}\t{}\t{}\t{rep}",
                c.code(),
                form(s, c.trigger),
                d.date,
                d.precision.as_str(),
                d.mention.as_ref().map_or("-", |m| m.text.as_str()),
                if d.historical { "historical" } else { "-" },
            );
        }
    }
    eprintln!(
        "{} sentences, {total} candidates, {dated} dated by the text ({historical} historical), {with_reporter} reported",
        sentences.len()
    );
    for (k, v) in outcome {
        eprintln!("  {k}: {v}");
    }
    ExitCode::SUCCESS
}

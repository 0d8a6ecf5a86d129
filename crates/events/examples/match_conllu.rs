//! Prints the most specific pattern candidates for every sentence of a CoNLL-U file.
//!
//! `cargo run -p dyad-events --example match_conllu FILE.conllu [--all]`
//!
//! One line per candidate: sentence id (or number), CAMEO code, label, pattern id, then the
//! trigger, source and target words (`form/ID`). `--all` keeps less specific candidates too.

use std::process::ExitCode;

use dyad_conllu::Sentence;
use dyad_events::{CameoCode, Dictionary, match_sentence, most_specific};

fn words(s: &Sentence, ids: &[u32]) -> String {
    let v: Vec<String> = ids
        .iter()
        .filter_map(|&id| s.words().find(|w| w.id == dyad_conllu::Id::Word(id)))
        .map(|w| format!("{}/{}", w.form, w.id))
        .collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join(",")
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: match_conllu FILE.conllu [--all]");
        return ExitCode::from(2);
    };
    let all = args.iter().any(|a| a == "--all");
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
    for (n, s) in sentences.iter().enumerate() {
        let mut cands = match_sentence(dict, s);
        if !all {
            cands = most_specific(cands);
        }
        let id = s
            .comment_value("sent_id")
            .map(str::to_string)
            .unwrap_or((n + 1).to_string());
        for c in cands {
            let label = CameoCode::get(c.code())
                .map(|k| k.label.as_str())
                .unwrap_or("?");
            println!(
                "{id}\t{}\t{label}\t{}\t{}\t{}\t{}",
                c.code(),
                c.pattern_id(),
                words(s, &[c.trigger]),
                words(s, &c.source),
                words(s, &c.target)
            );
        }
    }
    ExitCode::SUCCESS
}

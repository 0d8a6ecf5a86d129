//! Developer tool: scores dyad's raw-text path on a CoNLL-U file and prints the token and
//! sentence errors. Usage: `cargo run --release -p dyad-text --example text_errors -- FILE
//! [tokens|sentences] [max]`.

use std::collections::HashSet;

use dyad_text::eval::{Segmentation, raw_text, score, segment_raw};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: text_errors FILE [tokens|sentences] [max]")?;
    let what = args.get(2).map_or("tokens", String::as_str);
    let max: usize = args.get(3).map_or(Ok(200), |s| s.parse())?;
    let text = std::fs::read_to_string(path)?;
    let sentences = dyad_conllu::parse_str(&text)?;
    let gold = Segmentation::from_conllu(&sentences)?;
    let raw = raw_text(&sentences);
    let sys = segment_raw(&raw);
    let r = score(&gold, &sys)?;
    println!(
        "tokens {}\nwords {}\nsentences {}",
        r.tokens, r.words, r.sentences
    );
    let chars = gold.chars();
    let show = |spans: &[std::ops::Range<usize>], at: usize, w: usize| -> String {
        spans
            .iter()
            .filter(|s| s.end + w > at && s.start < at + w)
            .map(|s| chars[s.clone()].iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("|")
    };
    let (g, s) = if what == "sentences" {
        (&gold.sentences, &sys.sentences)
    } else {
        (&gold.tokens, &sys.tokens)
    };
    let sset: HashSet<_> = s.iter().map(|r| (r.start, r.end)).collect();
    let gset: HashSet<_> = g.iter().map(|r| (r.start, r.end)).collect();
    let mut n = 0;
    let mut last = 0;
    for t in g {
        if !sset.contains(&(t.start, t.end)) && t.start >= last {
            n += 1;
            if n > max {
                break;
            }
            last = t.end + 10;
            if what == "sentences" {
                let ctx: String = chars[t.start.saturating_sub(40)..t.start].iter().collect();
                let after: String = chars[t.start..(t.start + 40).min(chars.len())]
                    .iter()
                    .collect();
                let sys_starts = s.iter().any(|x| x.start == t.start);
                let sys_end = s.iter().any(|x| x.end == t.end);
                println!("GOLD START {ctx} || {after}   [sys start {sys_starts} end {sys_end}]");
            } else {
                println!("G {}\n S {}", show(g, t.start, 12), show(s, t.start, 12));
            }
        }
    }
    if what == "sentences" {
        let mut m = 0;
        for t in s {
            if !gset.contains(&(t.start, t.end)) && !g.iter().any(|x| x.start == t.start) {
                m += 1;
                if m > max {
                    break;
                }
                let ctx: String = chars[t.start.saturating_sub(40)..t.start].iter().collect();
                let after: String = chars[t.start..(t.start + 40).min(chars.len())]
                    .iter()
                    .collect();
                println!("SYS START {ctx} || {after}");
            }
        }
    }
    let _ = raw;
    Ok(())
}

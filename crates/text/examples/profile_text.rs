//! Developer tool: runs the read path over a file many times (for a profiler).
//! Usage: `cargo run --release -p dyad-text --example profile_text -- FILE [rounds] [spans]`.

use dyad_text::{Normalized, split_paragraphs, split_sentences, tokenize, tokenize_spans};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(args.get(1).ok_or("usage: profile_text FILE [rounds]")?)?;
    let rounds: usize = args.get(2).map_or(Ok(5), |s| s.parse())?;
    let start = std::time::Instant::now();
    let spans = args.get(3).is_some_and(|a| a == "spans");
    let mut buf = Vec::new();
    let mut n = 0;
    for _ in 0..rounds {
        let norm = Normalized::new(&text);
        let t = norm.as_str();
        for p in split_paragraphs(t) {
            for s in split_sentences(t, p) {
                if spans {
                    buf.clear();
                    tokenize_spans(t, s, &mut buf);
                    n += buf.len();
                } else {
                    n += tokenize(t, s).len();
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} tokens, {:.1} MB/s",
        (text.len() * rounds) as f64 / secs / 1e6
    );
    Ok(())
}

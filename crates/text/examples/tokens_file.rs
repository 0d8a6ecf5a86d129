//! Developer tool: prints each sentence of a plain-text file with its tokens (multiword tokens
//! as `token=word+word`), tokens separated by `|`.
//! Usage: `cargo run --release -p dyad-text --example tokens_file -- FILE`.

use dyad_text::{Normalized, split_paragraphs, split_sentences, tokenize};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: tokens_file FILE")?;
    let original = std::fs::read_to_string(path)?;
    let norm = Normalized::new(&original);
    let text = norm.as_str();
    for para in split_paragraphs(text) {
        for sent in split_sentences(text, para) {
            let tokens: Vec<String> = tokenize(text, sent)
                .iter()
                .map(|t| {
                    let form = &original[norm.original_range(t.span.clone())];
                    if t.is_multiword() {
                        let w: Vec<&str> = t.words.iter().map(|w| w.form.as_str()).collect();
                        format!("{form}={}", w.join("+"))
                    } else {
                        form.to_string()
                    }
                })
                .collect();
            println!("{}", tokens.join("|"));
        }
    }
    Ok(())
}

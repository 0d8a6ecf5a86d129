//! Developer tool: prints the paragraphs and sentences dyad-text finds in a plain-text file,
//! one sentence a line, paragraphs separated by a blank line.
//! Usage: `cargo run --release -p dyad-text --example split_file -- FILE`.

use dyad_text::{Normalized, split_paragraphs, split_sentences};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: split_file FILE")?;
    let original = std::fs::read_to_string(path)?;
    let norm = Normalized::new(&original);
    let text = norm.as_str();
    for (pi, para) in split_paragraphs(text).into_iter().enumerate() {
        if pi > 0 {
            println!();
        }
        for sent in split_sentences(text, para) {
            println!("{}", &original[norm.original_range(sent)]);
        }
    }
    for r in norm.repairs() {
        eprintln!("repair at {:?}: {:?} -> {:?}", r.original, r.from, r.to);
    }
    Ok(())
}

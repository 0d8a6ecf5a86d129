//! The seed article (../shared/seed, read at test time, skipped when absent): the body
//! paragraphs split into the expected sentences: six paragraphs holding 13 sentences, and the
//! scare-quoted “former” mid-sentence is no sentence end.

use dyad_text::{Normalized, split_paragraphs, split_sentences, tokenize};

#[test]
fn seed_body_sentences() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_d31cdf574a7b9d58.txt"
    );
    let Ok(original) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found (../shared is absent)");
        return;
    };
    let norm = Normalized::new(&original);
    let text = norm.as_str();
    let paragraphs = split_paragraphs(text);
    // Headline, repeated headline, date line, six body paragraphs, copyright line: finding
    // those is the article reader's job; here the body is paragraphs 4 to 9.
    assert_eq!(paragraphs.len(), 10);
    let counts: Vec<usize> = paragraphs[3..9]
        .iter()
        .map(|p| split_sentences(text, p.clone()).len())
        .collect();
    assert_eq!(counts, [1, 1, 3, 3, 3, 2]);
    let first = &split_sentences(text, paragraphs[3].clone())[0];
    let first_orig = &original[norm.original_range(first.clone())];
    assert!(first_orig.contains("“former”") && first_orig.ends_with("Maduro."));
    // "Venezuela’s" is one token of two words mapped back to the curly apostrophe.
    let tokens = tokenize(text, first.clone());
    let venezuela = tokens
        .iter()
        .find(|t| t.form == "Venezuela's")
        .expect("Venezuela's is a token");
    let words: Vec<&str> = venezuela
        .words
        .iter()
        .map(|w| &original[norm.original_range(w.span.clone())])
        .collect();
    assert_eq!(words, ["Venezuela", "’s"]);
}

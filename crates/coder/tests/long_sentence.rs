//! A "sentence" thousands of words long (text without punctuation) is analysed in pieces of at
//! most `MAX_WORDS` words: every piece is explained under the same sentence index, and events
//! keep offsets into the original text.

use dyad_article::{Articles, Format, ReadOptions};
use dyad_coder::{Coder, MAX_WORDS, Options, Provenance};

#[test]
fn very_long_sentences_are_coded_in_pieces() {
    let words = [
        "the",
        "army",
        "attacked",
        "rebels",
        "in",
        "the",
        "north",
        "and",
        "Russia",
        "condemned",
        "China",
    ];
    let body: Vec<&str> = (0..3_000).map(|i| words[i % words.len()]).collect();
    let text = format!("Headline\n\n{}\n", body.join(" "));
    let article = Articles::from_bytes(
        "long.txt",
        text.as_bytes(),
        Format::Text,
        ReadOptions::default(),
    )
    .next()
    .expect("one article")
    .expect("readable");
    let model = dyad_syntax::Model::shipped().expect("model");
    let actors = dyad_actors::Dictionary::shipped().expect("actor dictionaries");
    let options = Options {
        explain: true,
        date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
        ..Options::default()
    };
    let coder = Coder::new(
        &model,
        &actors,
        dyad_events::Dictionary::shipped(),
        Provenance::default(),
        options,
    );
    let coded = coder.code_article(&article);
    // Headline + one body sentence, the body explained in pieces.
    assert_eq!(coded.sentences, 2);
    let pieces: Vec<_> = coded
        .explanations
        .iter()
        .filter(|x| x.sentence.index == 1)
        .collect();
    assert!(pieces.len() >= 3_000 / MAX_WORDS, "{} pieces", pieces.len());
    let chars: Vec<char> = text.chars().collect();
    for p in &pieces {
        let slice: String = chars[p.sentence.start..p.sentence.end].iter().collect();
        assert_eq!(slice, p.sentence.text);
        assert!(p.sentence.text.split_whitespace().count() <= MAX_WORDS);
    }
    assert!(!coded.events.is_empty());
    for e in &coded.events {
        let verb: String = chars[e.verb.start..e.verb.end].iter().collect();
        assert_eq!(verb, e.verb.text);
    }
}

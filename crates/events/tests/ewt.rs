//! The matcher over the gold parses of UD English EWT dev and test (read from
//! `../shared/data/ud-english-ewt`, skipped when absent): every candidate must point at real
//! words of its sentence, with the trigger's lemma and kind, and never use the trigger as its
//! own source or target.

use dyad_events::dict::TriggerKind;
use dyad_events::{Dictionary, match_sentence};

const EWT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/ud-english-ewt"
);

#[test]
fn candidates_on_ewt_are_well_formed() {
    let mut sentences = Vec::new();
    for split in ["dev", "test"] {
        let path = format!("{EWT}/en_ewt-ud-{split}.conllu");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping: {path} is absent (../shared not available)");
            return;
        };
        sentences.extend(dyad_conllu::parse_str(&text).expect("EWT parses"));
    }
    assert_eq!(sentences.len(), 2001 + 2077);
    let dict = Dictionary::shipped();
    let (mut with_event, mut total) = (0usize, 0usize);
    for s in &sentences {
        let cands = match_sentence(dict, s);
        if !cands.is_empty() {
            with_event += 1;
        }
        total += cands.len();
        for c in &cands {
            let word = |id: u32| s.words().find(|w| w.id == dyad_conllu::Id::Word(id));
            let trig = word(c.trigger).expect("trigger is a word of the sentence");
            assert_eq!(trig.lemma.to_lowercase(), c.pattern.trigger.lemma);
            let upos_ok = match c.pattern.trigger.kind {
                TriggerKind::Verb => trig.upos == "VERB",
                TriggerKind::Noun => trig.upos == "NOUN" || trig.upos == "PROPN",
                TriggerKind::Adj => trig.upos == "ADJ" || trig.upos == "VERB",
            };
            assert!(upos_ok, "{} on {}", c.pattern.id, trig.form);
            for &x in c.source.iter().chain(&c.target) {
                assert!(word(x).is_some(), "{}: word {x} exists", c.pattern.id);
                assert_ne!(
                    x, c.trigger,
                    "{} uses its trigger as an actor",
                    c.pattern.id
                );
            }
        }
    }
    eprintln!(
        "EWT dev+test: {} sentences, {with_event} with a candidate, {total} candidates",
        sentences.len()
    );
    // EWT is mostly reviews, e-mail and blogs, not political news: events are a minority.
    assert!(
        with_event > 100 && with_event < sentences.len() / 2,
        "{with_event}"
    );
}

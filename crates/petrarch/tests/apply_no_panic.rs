//! Applying patterns never panics, whatever the parse: heads out of range, cycles, words
//! that are heads of themselves, actors anywhere, patterns with markers in odd places.

use dyad_petrarch::apply::{ActorSpan, Applier, Settings, Word};
use dyad_petrarch::compose::{Unit, UnitKind, compose_actors};
use dyad_petrarch::{CodingOntology, VerbDictionary};
use proptest::prelude::*;

// Written for this test: every pattern element kind, including markers inside phrases.
const VERBS: &str = "\
&SET
+TIES
+ARMED FORCES
--- MEET [040:040] ---
MEET {MET MEETS MEETING}
+BREAK_OFF
- % * [046]
- + * (WITH $) [043]
- {NEW &SET $} * [051]
- * {A ^} (TO +) [---]
- $ * (FROM) ^ + [080]
--- SAY [010] ---
SAY {SAID SAYS}
~ a (b . MEET) SAY = a b 111
";

const FORMS: &[&str] = &[
    "met", "said", "break", "off", "with", "from", "to", "new", "ties", "armed", "forces", "A",
    "not", "n't", "and", "the", "X",
];
const UPOS: &[&str] = &[
    "VERB", "NOUN", "PROPN", "ADP", "PART", "CCONJ", "DET", "PRON",
];
const RELS: &[&str] = &[
    "root",
    "nsubj",
    "nsubj:pass",
    "obj",
    "obl",
    "obl:agent",
    "nmod",
    "case",
    "mark",
    "conj",
    "cc",
    "xcomp",
    "ccomp",
    "advcl",
    "acl:relcl",
    "appos",
    "compound",
    "amod",
    "flat",
    "advmod",
    "aux:pass",
    "det",
];

fn word() -> impl Strategy<Value = (usize, usize, usize, usize)> {
    (0..FORMS.len(), 0..UPOS.len(), 0usize..14, 0..RELS.len())
}

proptest! {
    #[test]
    fn never_panics(
        ws in prop::collection::vec(word(), 0..12),
        acts in prop::collection::vec((0usize..12, 0usize..3), 0..5),
        require_dyad in any::<bool>(),
    ) {
        let verbs = VerbDictionary::parse(VERBS, "t").unwrap();
        let onto = CodingOntology::parse("010:0x1000\n040:0xB000\n046:0xB010\n", "o").unwrap();
        let words: Vec<Word> = ws
            .iter()
            .map(|&(f, u, h, r)| Word {
                form: FORMS[f].into(),
                lemma: FORMS[f].to_lowercase(),
                upos: UPOS[u].into(),
                xpos: String::new(),
                head: h,
                deprel: RELS[r].into(),
            })
            .collect();
        let n = words.len();
        let units: Vec<Unit> = acts
            .iter()
            .filter(|(i, _)| *i < n)
            .map(|&(i, k)| Unit {
                words: i..(i + 1 + k % 2).min(n),
                code: ["ARN", "GOV", "GON"][k].into(),
                kind: if k == 1 { UnitKind::Agent { prefix: false } } else { UnitKind::Actor },
            })
            .collect();
        let actors: Vec<ActorSpan> = compose_actors(&words, &units);
        for a in &actors {
            prop_assert!(a.words.end <= n && a.head < n);
        }
        let mut applier = Applier::new(&verbs, Some(&onto));
        for e in applier.code_sentence(&words, &actors, &Settings { require_dyad }) {
            prop_assert!(e.verb < n);
            if require_dyad {
                prop_assert!(e.source.is_some() && e.target.is_some());
            }
        }
    }
}

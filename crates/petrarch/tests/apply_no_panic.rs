//! Applying patterns never panics, whatever the parse: heads out of range, cycles, words
//! that are heads of themselves, actors anywhere, patterns with markers in odd places; nor
//! do comma-clause removal and new actors, whatever the limits.

use dyad_petrarch::apply::{ActorSpan, Applier, Settings, Word};
use dyad_petrarch::commas::remove_clauses;
use dyad_petrarch::compose::{Unit, UnitKind, compose_actors, new_actors};
use dyad_petrarch::options::CommaLimits;
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
    "not", "n't", "and", "the", "X", ",", ".", "1995",
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
        limits in prop::array::uniform6(0usize..6),
        new_actor_length in 0usize..5,
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
        let mut actors: Vec<ActorSpan> = compose_actors(&words, &units);
        let extra = new_actors(&words, &units, &actors, new_actor_length);
        for a in &extra {
            prop_assert!(a.words.end <= n && a.head < n);
            prop_assert!(a.code.split(' ').count() <= new_actor_length, "{}", a.code);
        }
        actors.extend(extra);
        for a in &actors {
            prop_assert!(a.words.end <= n && a.head < n);
        }
        let [min, max, bmin, bmax, emin, emax] = limits;
        let cut = remove_clauses(&words, &CommaLimits { min, max, bmin, bmax, emin, emax });
        prop_assert!(cut.kept.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(cut.kept.iter().all(|&k| k < n));
        for c in &cut.clauses {
            prop_assert!(c.words.end <= n);
            prop_assert!(c.words.clone().all(|k| !cut.kept.contains(&k)));
        }
        let mut applier = Applier::new(&verbs, Some(&onto));
        for e in applier.code_sentence(&words, &actors, &Settings {
            require_dyad,
            ..Settings::default()
        }) {
            prop_assert!(e.verb < n);
            if require_dyad {
                prop_assert!(e.source.is_some() && e.target.is_some());
            }
        }
    }
}

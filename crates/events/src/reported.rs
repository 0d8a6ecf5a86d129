//! Reported speech: who reports an event.
//!
//! "A said B attacked C" is the event B -> C, reported by A. [`reporter`] takes a candidate's
//! trigger and finds the reporter: the subject of a speech verb whose complement (`ccomp`)
//! holds the trigger's clause, the subject of a speech verb in `parataxis` with it ("B
//! attacked C, A said"), or the object of "according to" attached to the trigger's clause.
//! A plain speech verb is not an event itself ([`is_plain_speech`]); speech verbs that are
//! acts in CAMEO (accuse, deny, threaten, promise, appeal, urge...) have patterns and are coded.
//!
//! ```
//! use dyad_events::reported::{ReportKind, reporter};
//!
//! // "Officials said rebels attacked the town."
//! let conllu = "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
//!               2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
//!               3\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n\
//!               4\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n\
//!               5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n\
//!               6\ttown\ttown\tNOUN\tNN\t_\t4\tobj\t_\t_\n\n";
//! let sentence = &dyad_conllu::parse_str(conllu).unwrap()[0];
//! let r = reporter(sentence, 4).unwrap();
//! assert_eq!((r.kind, r.cue, &r.reporter[..]), (ReportKind::Speech, 2, &[1][..]));
//! assert!(reporter(sentence, 2).is_none());
//! ```

use dyad_conllu::Sentence;

use crate::deps::Parse;

/// Lemmas of verbs that report speech without being an act CAMEO codes.
pub const SPEECH_VERBS: [&str; 30] = [
    "say",
    "tell",
    "state",
    "report",
    "announce",
    "add",
    "note",
    "claim",
    "allege",
    "explain",
    "stress",
    "write",
    "tweet",
    "post",
    "declare",
    "confirm",
    "remark",
    "comment",
    "reiterate",
    "assert",
    "argue",
    "acknowledge",
    "indicate",
    "mention",
    "insist",
    "emphasize",
    "emphasise",
    "observe",
    "recount",
    "quote",
];

/// Whether `lemma` is a plain speech verb (see [`SPEECH_VERBS`]): not an event by itself.
pub fn is_plain_speech(lemma: &str) -> bool {
    SPEECH_VERBS.contains(&lemma)
}

/// How the reporter was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportKind {
    /// The subject of a speech verb ("A said ...", "..., A told reporters").
    Speech,
    /// The object of "according to".
    AccordingTo,
}

/// The reporter of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporter {
    /// How it was found.
    pub kind: ReportKind,
    /// CoNLL-U word ID of the cue: the speech verb, or the word "according".
    pub cue: u32,
    /// CoNLL-U word IDs of the reporter's head word and its conjuncts ("A and B said"), in
    /// sentence order; empty when the speech verb has no subject ("it was reported that").
    pub reporter: Vec<u32>,
}

fn according_to(p: &Parse, i: usize) -> Option<Reporter> {
    for &c in &p.children[i] {
        if !matches!(p.udeprel(c), "obl" | "nmod" | "advmod") {
            continue;
        }
        // UD English treebanks lemmatise "According" as "accord".
        if p.has_marker(c, "according_to") || p.has_marker(c, "accord_to") {
            let cue = p.children[c]
                .iter()
                .copied()
                .find(|&m| matches!(p.lemmas[m].as_str(), "according" | "accord"))
                .unwrap_or(c);
            return Some(Reporter {
                kind: ReportKind::AccordingTo,
                cue: p.id(cue),
                reporter: p.with_conjuncts(c).into_iter().map(|x| p.id(x)).collect(),
            });
        }
    }
    None
}

/// The subject of speech verb `v`, inherited from the verb it is conjoined with when it has
/// none ("A met B and said ...").
fn speaker(p: &Parse, v: usize) -> Vec<u32> {
    let mut cur = v;
    for _ in 0..4 {
        if let Some(s) = p.own_subject(cur) {
            return p.with_conjuncts(s).into_iter().map(|x| p.id(x)).collect();
        }
        match p.heads[cur] {
            Some(h) if p.udeprel(cur) == "conj" => cur = h,
            _ => break,
        }
    }
    Vec::new()
}

fn speech(p: &Parse, v: usize) -> Reporter {
    Reporter {
        kind: ReportKind::Speech,
        cue: p.id(v),
        reporter: speaker(p, v),
    }
}

/// The reporter of the event whose trigger has CoNLL-U word ID `trigger`, or `None` when the
/// event is told in the text's own voice (or the trigger is not in the sentence).
///
/// The trigger's clause is climbed through `xcomp`, `conj`, `advcl`, `acl` and nominal
/// relations up to the nearest speech verb that governs it by `ccomp`; at each step an
/// "according to" phrase or a speech verb in `parataxis` is looked for. A speech-verb trigger
/// itself gets `None` unless it is in turn reported.
pub fn reporter(sentence: &Sentence, trigger: u32) -> Option<Reporter> {
    let p = Parse::new(sentence);
    let mut cur = p.pos(trigger)?;
    for _ in 0..12 {
        if let Some(r) = according_to(&p, cur) {
            return Some(r);
        }
        if let Some(&v) = p.children[cur]
            .iter()
            .find(|&&c| p.udeprel(c) == "parataxis" && is_plain_speech(&p.lemmas[c]))
        {
            return Some(speech(&p, v));
        }
        let h = p.heads[cur]?;
        if p.udeprel(cur) == "ccomp" && is_plain_speech(&p.lemmas[h]) {
            return Some(speech(&p, h));
        }
        // "rebels attacked, officials said" when the parser makes the speech verb the root
        // and the event clause its parataxis.
        if p.udeprel(cur) == "parataxis" && is_plain_speech(&p.lemmas[h]) {
            return Some(speech(&p, h));
        }
        if p.deprel(cur) == "acl:relcl" && p.udeprel(h) == "root" && p.heads[h].is_none() {
            // A relative clause on the root noun: nothing above reports it.
            return None;
        }
        cur = h;
    }
    None
}

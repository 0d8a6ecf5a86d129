//! Factuality: did the event a candidate describes happen, according to the sentence?
//!
//! [`assess`] looks at the trigger word's own dependents and walks up its ancestors in the
//! parse, and returns [`Factuality::Happened`] or [`Factuality::Dropped`] with the
//! [`Reason`] and the word that gave it away (the cue), so `dyad code --explain` can show why.
//!
//! # Cues
//!
//! On the trigger (or its clause, for a nominal trigger: the verb it is the object or subject
//! of, as in "did not hold talks"):
//!
//! * **negated**: `not`, `n't`, `never` (as `advmod` or `neg`), a `no` determiner on the
//!   trigger noun or on its subject ("no troops entered"), `nobody`/`nothing`/`none` as its
//!   subject, `neither` before its subject, a `without` clause. "not only X but also Y" is
//!   not a negation.
//! * **modal**: an auxiliary `can`, `could`, `may`, `might`, `should`, `must`, `would`,
//!   `ought`; adverbs `perhaps`, `possibly`, `maybe`, `probably`.
//! * **planned**: auxiliaries `will`, `shall`.
//! * **conditional**: the trigger's clause is marked `if` or `unless`, or has such a clause
//!   (the consequence of a condition).
//! * **hypothetical**: the clause is marked `whether` or `as if`.
//!
//! Walking up, each ancestor reached through `xcomp`, an infinitival `advcl`/`acl` (marked
//! `to`), `ccomp`, or (for a nominal trigger) `obj`/`nsubj:pass`, is classified by lemma:
//!
//! * **planned**: `threaten`, `promise`, `pledge`, `vow`, `plan`, `intend`, `aim`, `expect`,
//!   `hope`, `want`, `wish`, `seek`, `agree`, `decide`, `prepare`, `offer`, `propose`,
//!   `schedule`, `consider`, `go` ("is going to"), `set`, `due`, `ready`, `willing`,
//!   `prepared`, `eager`, and the nouns `plan`, `intention`, `threat`, `promise`, `pledge`,
//!   `proposal`, `offer`, `bid`, `attempt`; a purpose clause ("sent troops to attack").
//! * **negated**: `refuse`, `decline`, `fail`, `reject`, `avoid`, `deny`, `stop`, `cease`,
//!   `halt`, `abandon`, `forgo`, `doubt`.
//! * **requested**: `urge`, `ask`, `call`, `press`, `pressure`, `push`, `encourage`, `demand`,
//!   `request`, `order`, `appeal`, `invite`, `implore`, `beg`, `advise`, `recommend`,
//!   `instruct`, `tell` (with an infinitive), and the nouns `call`, `demand`, `request`,
//!   `appeal`.
//! * **modal**: `have` / `need` with a `to` infinitive ("has to withdraw"), `likely`, `unlikely`,
//!   `able`, `possible`.
//! * **hypothetical**: the nouns `right`, `power`, `ability`, `capacity`, `authority`,
//!   `option`, `possibility`, `chance`, `freedom` ("has a right to remove"), and `imagine`,
//!   `suppose`.
//!
//! Any other ancestor passes its own negation and modality down to an `xcomp` or a
//! subjectless conjunct ("did not agree to meet", "may attack and seize"), not to a clause
//! with its own subject; its modality and future (not its negation) also reach its adverbial
//! clauses ("will visit Kyiv after meeting X", but "did not leave after rebels attacked").
//!
//! The walk stops at a speech or cognition verb governing the trigger's clause (`said`,
//! `told`, `posted`, `believe`...: [`crate::reported::SPEECH_VERBS`] and a list of verbs of
//! knowing and believing): "X did not say that Y attacked" is the speaker's
//! silence, not a negated attack; the reported clause's own cues decide. It also stops at a
//! relative clause (`acl:relcl`) and at `parataxis`.
//!
//! * **question**: the sentence ends with `?` and the walk reached the root.
//!
//! A verb of threatening, promising, refusing or intending that has a pattern is coded as that
//! act itself (CAMEO 13x, 03x, 12x): its own factuality comes from its own cues, while its
//! complement is dropped as planned or negated.
//!
//! ```
//! use dyad_events::factuality::{Factuality, Reason, assess};
//!
//! // "Russia did not attack Ukraine." (word 4 is the trigger, word 3 the cue)
//! let conllu = "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n\
//!               2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n\
//!               3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
//!               4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n\
//!               5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n";
//! let sentence = &dyad_conllu::parse_str(conllu).unwrap()[0];
//! assert_eq!(assess(sentence, 4), Factuality::Dropped { reason: Reason::Negated, cue: 3 });
//! assert!(!assess(sentence, 4).happened());
//! ```

use dyad_conllu::Sentence;

use crate::deps::Parse;

/// Why a candidate was not coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Negated: "did not attack", "never occupied", "refused to negotiate".
    Negated,
    /// Under a modal: "could remove", "may attack", "has to withdraw".
    Modal,
    /// Future, planned or intended: "will meet", "plans to visit", "threatened to attack".
    Planned,
    /// Asked or urged of someone, not done: "urged X to negotiate".
    Requested,
    /// A condition or its consequence: "if X attacks, Y will respond".
    Conditional,
    /// Asked in a question: "Will the talks resume?".
    Question,
    /// Hypothetical or merely possible: "has a right to remove", "whether X attacked".
    Hypothetical,
    /// The content of an accusation, not a reported act: "accused X *of violating* human
    /// rights", "blamed Y *for attacking* Z" (the accusation is the event).
    Alleged,
}

impl Reason {
    /// The reason's name as `dyad code --explain` prints it (`negated`, `modal`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Negated => "negated",
            Reason::Modal => "modal",
            Reason::Planned => "planned",
            Reason::Requested => "requested",
            Reason::Conditional => "conditional",
            Reason::Question => "question",
            Reason::Hypothetical => "hypothetical",
            Reason::Alleged => "alleged",
        }
    }

    /// Parses [`Reason::as_str`]'s output; `None` for anything else.
    pub fn parse(s: &str) -> Option<Reason> {
        [
            Reason::Negated,
            Reason::Modal,
            Reason::Planned,
            Reason::Requested,
            Reason::Conditional,
            Reason::Question,
            Reason::Hypothetical,
            Reason::Alleged,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// Whether a candidate's event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Factuality {
    /// Asserted as having happened (or happening): code it.
    Happened,
    /// Not asserted: do not code it; `cue` is the CoNLL-U word ID of the word that shows why
    /// (the `not`, the `could`, the `threatened`, the `?`...).
    Dropped {
        /// Why.
        reason: Reason,
        /// CoNLL-U word ID of the cue word.
        cue: u32,
    },
}

impl Factuality {
    /// True for [`Factuality::Happened`].
    pub fn happened(self) -> bool {
        self == Factuality::Happened
    }
}

const NEGATORS: [&str; 4] = ["not", "n't", "never", "no"];
const MODAL_AUX: [&str; 8] = [
    "can", "could", "may", "might", "should", "must", "would", "ought",
];
const FUTURE_AUX: [&str; 3] = ["will", "shall", "'ll"];
const MODAL_ADV: [&str; 4] = ["perhaps", "possibly", "maybe", "probably"];

const PLANNED_HEADS: [&str; 39] = [
    "threaten",
    "promise",
    "pledge",
    "vow",
    "plan",
    "intend",
    "aim",
    "expect",
    "hope",
    "want",
    "wish",
    "seek",
    "agree",
    "decide",
    "prepare",
    "offer",
    "propose",
    "schedule",
    "consider",
    "go",
    "set",
    "due",
    "ready",
    "willing",
    "prepared",
    "eager",
    "intention",
    "threat",
    "proposal",
    "bid",
    "attempt",
    "vote",
    "mull",
    "weigh",
    "resolve",
    "undertake",
    "commit",
    "determined",
    "poised",
];
const NEGATED_HEADS: [&str; 12] = [
    "refuse", "decline", "fail", "reject", "avoid", "deny", "stop", "cease", "halt", "abandon",
    "forgo", "doubt",
];
/// Verbs whose `of`/`for` clause is what someone is accused of.
const ALLEGING_HEADS: [&str; 7] = [
    "accuse", "charge", "blame", "suspect", "allege", "convict", "indict",
];
const REQUESTED_HEADS: [&str; 19] = [
    "urge",
    "ask",
    "call",
    "press",
    "pressure",
    "push",
    "encourage",
    "demand",
    "request",
    "order",
    "appeal",
    "invite",
    "implore",
    "beg",
    "advise",
    "recommend",
    "instruct",
    "tell",
    "exhort",
];
const MODAL_HEADS: [&str; 6] = ["have", "need", "likely", "unlikely", "able", "possible"];
const HYPOTHETICAL_HEADS: [&str; 11] = [
    "right",
    "power",
    "ability",
    "capacity",
    "authority",
    "option",
    "possibility",
    "chance",
    "freedom",
    "imagine",
    "suppose",
];
/// Verbs of saying and thinking: the walk stops at them (see the module docs).
const REPORT_HEADS: [&str; 34] = [
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
    "believe",
    "think",
    "know",
    "learn",
    "find",
    "show",
    "reveal",
    "admit",
    "recall",
    "disclose",
];

struct Walker<'a, 's> {
    p: &'a Parse<'s>,
}

impl Walker<'_, '_> {
    fn drop(&self, reason: Reason, cue: usize) -> Option<Factuality> {
        Some(Factuality::Dropped {
            reason,
            cue: self.p.id(cue),
        })
    }

    /// "not only": a negator followed by only/just/merely/simply is not a negation.
    fn not_only(&self, k: usize) -> bool {
        self.p.words.get(k + 1).is_some_and(|w| {
            matches!(
                w.form.to_lowercase().as_str(),
                "only" | "just" | "merely" | "simply"
            )
        })
    }

    /// Negation and modality cues among `i`'s dependents (those a subjectless xcomp or
    /// conjunct shares with its head).
    fn shared_cues(&self, i: usize) -> Option<Factuality> {
        let p = self.p;
        for &c in &p.children[i] {
            let l = p.lemmas[c].as_str();
            let u = p.udeprel(c);
            if matches!(u, "advmod" | "neg" | "aux" | "det" | "discourse")
                && NEGATORS.contains(&l)
                && (u != "det" || matches!(p.words[i].upos.as_str(), "NOUN" | "PROPN"))
                && !self.not_only(c)
            {
                return self.drop(Reason::Negated, c);
            }
        }
        for &c in &p.children[i] {
            let l = p.lemmas[c].as_str();
            match p.deprel(c) {
                "aux" if MODAL_AUX.contains(&l) => return self.drop(Reason::Modal, c),
                "aux" if FUTURE_AUX.contains(&l) || (l == "wo") => {
                    return self.drop(Reason::Planned, c);
                }
                "advmod" if MODAL_ADV.contains(&l) => return self.drop(Reason::Modal, c),
                _ => {}
            }
        }
        None
    }

    /// Every cue on `i` itself: shared cues, negative subjects, clause markers, conditions.
    fn own_cues(&self, i: usize) -> Option<Factuality> {
        let p = self.p;
        // Clause markers first: "if X attacks", "whether X attacked".
        for &c in &p.children[i] {
            if p.udeprel(c) != "mark" {
                continue;
            }
            match p.lemmas[c].as_str() {
                "if" | "unless" => return self.drop(Reason::Conditional, c),
                "whether" => return self.drop(Reason::Hypothetical, c),
                "as" if p.children[c].iter().any(|&f| p.lemmas[f] == "if") => {
                    return self.drop(Reason::Hypothetical, c);
                }
                "without" => return self.drop(Reason::Negated, c),
                _ => {}
            }
        }
        // The consequence of a condition: "If X attacks, Y will respond".
        for &c in &p.children[i] {
            if p.udeprel(c) == "advcl" {
                if let Some(&m) = p.children[c].iter().find(|&&m| {
                    p.udeprel(m) == "mark" && matches!(p.lemmas[m].as_str(), "if" | "unless")
                }) {
                    return self.drop(Reason::Conditional, m);
                }
            }
        }
        if let Some(f) = self.shared_cues(i) {
            return Some(f);
        }
        // "No troops entered", "Nobody attacked".
        for &c in &p.children[i] {
            if !p.deprel(c).starts_with("nsubj") {
                continue;
            }
            if matches!(
                p.lemmas[c].as_str(),
                "nobody" | "nothing" | "none" | "noone"
            ) {
                return self.drop(Reason::Negated, c);
            }
            if let Some(&d) = p.children[c].iter().find(|&&d| {
                (p.udeprel(d) == "det" && p.lemmas[d] == "no")
                    || (p.deprel(d) == "cc:preconj" && p.lemmas[d] == "neither")
            }) {
                return self.drop(Reason::Negated, d);
            }
        }
        None
    }

    /// The reason a complement `cur` of head `h` did not happen, from `h`'s lemma.
    fn classify_head(&self, h: usize, cur: usize) -> Option<Reason> {
        let l = self.p.lemmas[h].as_str();
        if matches!(l, "have" | "need") && !self.p.has_marker(cur, "to") {
            // "has monitors working with X" is not "has to work".
            return None;
        }
        if NEGATED_HEADS.contains(&l) {
            Some(Reason::Negated)
        } else if PLANNED_HEADS.contains(&l) {
            Some(Reason::Planned)
        } else if REQUESTED_HEADS.contains(&l) {
            Some(Reason::Requested)
        } else if MODAL_HEADS.contains(&l) {
            Some(Reason::Modal)
        } else if HYPOTHETICAL_HEADS.contains(&l) {
            Some(Reason::Hypothetical)
        } else {
            None
        }
    }

    fn assess(&self, t: usize) -> Factuality {
        let p = self.p;
        if let Some(f) = self.own_cues(t) {
            return f;
        }
        let mut cur = t;
        let mut reached_root = p.heads[t].is_none();
        for _ in 0..12 {
            let Some(h) = p.heads[cur] else {
                reached_root = true;
                break;
            };
            let rel = p.deprel(cur);
            let u = p.udeprel(cur);
            let nominal = matches!(p.words[cur].upos.as_str(), "NOUN" | "PROPN" | "PRON");
            let infinitive = p.has_marker(cur, "to");
            let own_subject = p.children[cur]
                .iter()
                .any(|&c| p.udeprel(c) == "nsubj" || p.udeprel(c) == "csubj");
            let complement = u == "xcomp"
                || u == "ccomp"
                || (matches!(u, "advcl" | "acl") && infinitive && !own_subject)
                || (nominal && matches!(rel, "obj" | "nsubj:pass" | "iobj"));
            if matches!(rel, "acl:relcl" | "parataxis") || u == "root" {
                break;
            }
            // "accused the US of violating human rights", "blamed Iran for attacking the
            // tanker", "suspected of planning attacks": what one is accused of is alleged.
            // The clause may hang on the verb or on its object ("accused [the US of ...]").
            let alleging = |w: usize| ALLEGING_HEADS.contains(&p.lemmas[w].as_str());
            let accuser = if alleging(h) {
                Some(h)
            } else if matches!(p.deprel(h), "obj" | "nsubj:pass") {
                p.heads[h].filter(|&g| alleging(g))
            } else {
                None
            };
            if matches!(u, "advcl" | "acl")
                && let Some(h) = accuser
                && p.children[cur].iter().any(|&m| {
                    matches!(p.udeprel(m), "mark" | "case")
                        && matches!(p.lemmas[m].as_str(), "of" | "for")
                })
            {
                return self
                    .drop(Reason::Alleged, h)
                    .unwrap_or(Factuality::Happened);
            }
            if complement {
                if u == "ccomp"
                    && (REPORT_HEADS.contains(&p.lemmas[h].as_str())
                        || crate::reported::is_plain_speech(&p.lemmas[h]))
                {
                    // Reported or believed: the reported clause decides for itself, by its own
                    // negation, modal or future ("said Iran must release the tanker").
                    if let Some(f) = self.shared_cues(cur) {
                        return f;
                    }
                    return Factuality::Happened;
                }
                if let Some(reason) = self.classify_head(h, cur) {
                    return self.drop(reason, h).unwrap_or(Factuality::Happened);
                }
                if u == "advcl" && infinitive && p.words[h].upos == "VERB" {
                    // "sent troops to attack": a purpose, not yet an act.
                    let m = p.children[cur]
                        .iter()
                        .copied()
                        .find(|&m| p.udeprel(m) == "mark")
                        .unwrap_or(h);
                    return self
                        .drop(Reason::Planned, m)
                        .unwrap_or(Factuality::Happened);
                }
                if u == "ccomp" {
                    if let Some(f) = self.own_cues(h) {
                        return f;
                    }
                } else if let Some(f) = self.shared_cues(h) {
                    return f;
                }
            } else if u == "conj" {
                if !own_subject {
                    if let Some(f) = self.shared_cues(h) {
                        return f;
                    }
                }
                // The conjunct shares its head's clause markers: "if X attacks and seizes".
                for &c in &p.children[h] {
                    if p.udeprel(c) == "mark" && matches!(p.lemmas[c].as_str(), "if" | "unless") {
                        return self
                            .drop(Reason::Conditional, c)
                            .unwrap_or(Factuality::Happened);
                    }
                }
            } else if u == "advcl" {
                // "will visit Kyiv after meeting X": the matrix clause's modality and future
                // reach its adverbial clauses; its negation does not ("did not leave after
                // rebels attacked").
                for &c in &p.children[h] {
                    let l = p.lemmas[c].as_str();
                    if p.deprel(c) == "aux" && MODAL_AUX.contains(&l) {
                        return self.drop(Reason::Modal, c).unwrap_or(Factuality::Happened);
                    }
                    if p.deprel(c) == "aux" && (FUTURE_AUX.contains(&l) || l == "wo") {
                        return self
                            .drop(Reason::Planned, c)
                            .unwrap_or(Factuality::Happened);
                    }
                }
            } else if nominal || u == "obl" || u == "nmod" {
                // A nominal trigger elsewhere in its clause ("talks with X were held"), or an
                // adverbial clause: the head's conditions do not reach it; keep walking for
                // enclosing plans, requests and reports.
                if nominal && matches!(rel, "nsubj") {
                    if let Some(f) = self.shared_cues(h) {
                        return f;
                    }
                }
            } else {
                break;
            }
            cur = h;
        }
        if reached_root {
            if let Some(last) = p.words.iter().rposition(|w| w.upos == "PUNCT") {
                if p.words[last].form == "?" && last + 1 == p.words.len() {
                    return self
                        .drop(Reason::Question, last)
                        .unwrap_or(Factuality::Happened);
                }
            }
        }
        Factuality::Happened
    }
}

/// Whether the event triggered by the word with CoNLL-U ID `trigger` happened (see the module
/// docs for the cues). A trigger ID not in the sentence, or an unparsed sentence, gives
/// [`Factuality::Happened`] unless the trigger's own dependents say otherwise.
pub fn assess(sentence: &Sentence, trigger: u32) -> Factuality {
    let p = Parse::new(sentence);
    match p.pos(trigger) {
        Some(t) => Walker { p: &p }.assess(t),
        None => Factuality::Happened,
    }
}

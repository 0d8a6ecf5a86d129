//! PETRARCH-2 verb patterns applied over a Universal Dependencies parse.
//!
//! PETRARCH-2 matches its patterns over Penn constituency trees; dyad applies the same
//! dictionaries over its own dependency parses. The input is one sentence as [`Word`]s
//! (CoNLL-U style: 1-based heads, 0 for the root) and the actor mentions found in it
//! ([`ActorSpan`], 0-based word indices); the output is the sentence's [`CodedEvent`]s.
//!
//! How the documented semantics (openeventdata/petrarch2 `docs/source/dictionaries.rst` and
//! `Petrarch2.tex`) are read over dependencies:
//!
//! * **Verb**: a word tagged as a verb whose *form* is a form of a dictionary verb
//!   ([`VerbDictionary::lookup`]: the base form, the `{...}` forms or the generated regular
//!   forms); a multi-word verb (`+CORDON_OFF`, `WIRE_+TAP`) needs its other words next to the
//!   verb word (after it for particles, right before it for words in front). Matching forms,
//!   not lemmas, follows PETRARCH: a misspelt form (`departes`) is no verb.
//! * **Subject side** (elements before `*`): the subject's phrase without function words
//!   (`cc`, `det`: "Neither X nor Y" does not match `NEITHER *`) and prepositional phrases
//!   before the verb; adverbs ("recently", "heavily") are not matched. The subject is the
//!   verb's `nsubj`/`nsubj:pass`/`csubj` (of two, the one nearest the verb, or both when a
//!   `cc` on the verb splits a coordination), else the subject of the verb it hangs on
//!   through `xcomp`, `conj`, `ccomp`, a bare or infinitival `advcl` (not one opened by
//!   "after", "when" ...), or the noun a relative clause or apposition hangs on. A pronoun
//!   subject without an actor stands for the subject of the clause above.
//! * **Object side** (elements after `*`): the words after the verb in its subtree, without
//!   coordinated verbs (`conj`), which are events of their own. Patterns do not reach into a
//!   `ccomp` clause, though its actors can be targets.
//! * **Elements**: a word matches a word's form or lemma (upper case); `A_B` needs consecutive
//!   words; `&SET` any phrase of the synset ([`VerbDictionary::synset_phrases`]); `{A B}` a
//!   noun phrase whose head (no verb) matches the last element and whose modifiers match the
//!   others in order, gaps allowed between modifiers but not between the last modifier and
//!   the head ("cultural internal memos" is no `{&TIETYPES MEMOS}`); `(PREP ...)` a
//!   preposition (a `case`/`mark` word or an `ADP`) whose phrase (determiners and nested
//!   phrases left out) starts with the other elements, in a row; `$` and `+` bind the source
//!   and target to the first actor (with its conjuncts) at that point, inside the phrase for
//!   `(PREP $)`, and before `*` to the subject; `^` skips the next noun phrase (a nominal
//!   word with its own dependents, nested phrases and clauses left out), if there is one:
//!   `* TABASKI ^ $` takes the actor after the phrase that follows "Tabaski"; `%` needs a
//!   subject of two or more coordinated actors, which then act on each other.
//! * **Choice**: every pattern of the verb's block (and same-named blocks) is tried; the one
//!   matching most words wins, ties going to the earlier line. A later pattern on the same
//!   path as an earlier one (the same elements, or after synset expansion the same words and
//!   markers) replaces it in its place, as in PETRARCH-2's pattern tree, where the later line
//!   overwrites the code (`- * &INVESTIGATION [091]` then `- * &INVESTIGATION [1014]` in
//!   `CAMEO.2.0.txt`: "ordered an investigation against X" codes 1014). With no pattern, the
//!   verb's own code or the block's default code applies. A null code (`---`) codes nothing.
//! * **Roles**: without `$`/`+`, the source is the subject's actors and the target the first
//!   actor on the object side with the actors coordinated with it ("A and B, and C and D"
//!   holds two coordinations). A passive verb (`nsubj:pass` or `aux:pass`) swaps them: its
//!   subject is the target, the agent (`by`) or else the first actor of its own clause the
//!   source.
//! * **Paired codes** `AAA:PPP`: `AAA` from source to target, and `PPP` (unless null) from
//!   target to source.
//! * **Negation** (`not`, `n't`, `never` on the verb): the code's internal value minus
//!   0xFFFF in the coding ontology (PETRARCH-2's negation: "did not oppose" 110 becomes 050).
//!   Without an ontology, a negated verb codes nothing.
//! * **Verb under verb**: when a coded verb has, after it, a clausal complement (`xcomp`,
//!   `ccomp`, an infinitival `advcl`) headed by another coded dictionary verb, the pair gives
//!   one event: if the lower clause has a subject actor of its own, the upper verb's event
//!   takes it as target ("A noted that B regretted ..." codes A, B, the upper code); if the
//!   lower subject is a noun that is no actor, the two verbs are coded apart; otherwise the
//!   codes are combined through the ontology ([`CodingOntology::combine`]: "urged B to help")
//!   with the upper source and the upper target (or, without one, the lower target); a lower
//!   pattern that places its source with `$` makes that actor the source and the upper
//!   subject the target. An upper verb with a null code leaves the lower verb to be coded
//!   alone. A complement before the verb ("X did Y, an official said") is not the verb's.
//! * **Pairs**: an event is never coded between two equal codes; with
//!   [`Settings::require_dyad`] (PETRARCH-2's default) both sides must be known. Without it
//!   one side may be missing (`None`, written `---`), but only where a noun phrase that no
//!   actor codes fills that role (a subject; an object or oblique after the verb; swapped
//!   for a passive), time expressions ("on Saturday", "today") left out: PETRARCH-1, whose
//!   behaviour the suite's `require_dyad="false"` records describe, codes an uncoded noun
//!   phrase as `---` and codes no event when the role is empty ("a senior official said
//!   today" is no event). PETRARCH-2 itself never turns `require_dyad` off (see
//!   [`crate::options`]).
//!
//! * **Transformations** (`~` rules): applied first, from the lowest verb up, to a verb and
//!   the coded verb below it; a rule's result can be the lower event of the rule above it,
//!   up to [`MAX_TRANSFORM_DEPTH`] rules per event (then the events are coded apart). A
//!   lower verb without a subject of its own has an empty source (`_`).
//!
//! The `<Config>` options ([`Settings`]): `require_dyad` is applied here; the comma limits
//! and new actors change the sentence and the actors before it reaches the applier
//! ([`crate::commas`], [`crate::compose::new_actors`]).
//!
//! Not done: nouns as verbs (a misparsed verb tagged as a noun is no verb), and
//! transformation rules whose pattern nests two lower events.

use std::collections::{BTreeSet, HashMap};

use dyad_actors::NaiveDate;
use std::ops::Range;

use crate::code::{CodePart, DictCode};
use crate::ontology::CodingOntology;
use crate::verbs::{
    Pattern, PatternElement, TransformActor, TransformCode, TransformEvent, TransformTarget,
    TransformVerb, VerbDictionary,
};

/// One word of a parsed sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word as written.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Penn Treebank tag (may be empty).
    pub xpos: String,
    /// 1-based head word, 0 for the root.
    pub head: usize,
    /// Universal Dependencies relation (with subtype, e.g. `nsubj:pass`).
    pub deprel: String,
}

/// An actor mention with a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSpan {
    /// 0-based index of the mention's head word.
    pub head: usize,
    /// 0-based word range of the mention (half-open).
    pub words: Range<usize>,
    /// CAMEO actor code (PETRARCH codes such as `+++` pass through).
    pub code: String,
}

pub use crate::options::Settings;

/// One coded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedEvent {
    /// Source actor code; `None` when the text names none (only without `require_dyad`).
    pub source: Option<String>,
    /// Target actor code; `None` as for the source.
    pub target: Option<String>,
    /// Event code as the dictionary (or the ontology) gives it.
    pub code: String,
    /// 0-based index of the verb word.
    pub verb: usize,
    /// Why: the verb block and the pattern (with its line) or `default`, and any
    /// negation or combination applied.
    pub rule: String,
}

/// Applies one verb dictionary (and, optionally, the coding ontology) to parsed sentences.
pub struct Applier<'d> {
    verbs: &'d VerbDictionary,
    ontology: Option<&'d CodingOntology>,
    synsets: HashMap<String, Vec<Vec<String>>>,
}

/// The analysis of one verb before coding.
#[derive(Debug, Clone)]
struct VerbCoding {
    verb: usize,
    code: DictCode,
    rule: String,
    sources: Vec<usize>,
    targets: Vec<usize>,
    compound: bool,
    negated: bool,
    /// The pattern placed the source with `$`.
    bound_source: bool,
    /// The pattern placed the target with `+`.
    bound_target: bool,
    /// Lower verbs whose words the pattern used (they are not coded on their own).
    consumed: Vec<usize>,
    /// The verb has a subject of its own (or its pattern placed the source with `$`): a
    /// lower event without one has an empty source slot (`_`) for transformations, as the
    /// lower verb phrase of PETRARCH-2's tree has no noun phrase above it.
    own_source: bool,
    /// How many transformation rules made this event (0 for a verb's own event); at most
    /// [`MAX_TRANSFORM_DEPTH`].
    transforms: usize,
    /// A noun phrase fills the source role (the subject, or for a passive the agent or an
    /// oblique after the verb), coded or not: without `require_dyad`, a missing source is
    /// coded `---` only then.
    source_np: bool,
    /// As `source_np`, for the target role (an object or oblique after the verb, or for a
    /// passive the subject).
    target_np: bool,
}

/// The deepest chain of transformations applied to one event: a rule's result may itself be
/// the lower event of another rule ("A said it wanted to attack B": `WANT` over `ATTACK`
/// gives A B 138, which `SAY` over `Q` keeps), up to this many rules.
pub const MAX_TRANSFORM_DEPTH: usize = 4;

struct Sentence<'w> {
    words: &'w [Word],
    upper: Vec<String>,
    lemma_upper: Vec<String>,
    children: Vec<Vec<usize>>,
    actors: &'w [ActorSpan],
}

impl<'w> Sentence<'w> {
    fn new(words: &'w [Word], actors: &'w [ActorSpan]) -> Self {
        let n = words.len();
        let mut children = vec![Vec::new(); n];
        for (i, w) in words.iter().enumerate() {
            if w.head >= 1 && w.head <= n && w.head - 1 != i {
                children[w.head - 1].push(i);
            }
        }
        Sentence {
            words,
            upper: words.iter().map(|w| w.form.to_uppercase()).collect(),
            lemma_upper: words.iter().map(|w| w.lemma.to_uppercase()).collect(),
            children,
            actors,
        }
    }

    fn head(&self, i: usize) -> Option<usize> {
        let h = self.words[i].head;
        (h >= 1 && h <= self.words.len() && h - 1 != i).then(|| h - 1)
    }

    fn rel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    fn urel(&self, i: usize) -> &str {
        self.rel(i).split(':').next().unwrap_or("")
    }

    /// Subtree of `i` (including `i`), skipping children whose relation `skip` rejects;
    /// sorted. Cycles are cut.
    fn subtree(&self, i: usize, skip: &dyn Fn(usize) -> bool) -> Vec<usize> {
        let mut seen = vec![false; self.words.len()];
        let mut stack = vec![i];
        let mut out = Vec::new();
        while let Some(w) = stack.pop() {
            if seen[w] {
                continue;
            }
            seen[w] = true;
            out.push(w);
            for &c in &self.children[w] {
                if !skip(c) {
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.upper[i] == w || self.lemma_upper[i] == w
    }

    fn is_verbish(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.upos == "VERB" || w.upos == "AUX" || w.xpos.starts_with("VB")
    }

    /// The actor whose head is word `i`, or the smallest one that contains it.
    fn actor_at(&self, i: usize) -> Option<usize> {
        self.actors.iter().position(|a| a.head == i).or_else(|| {
            self.actors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.words.contains(&i))
                .min_by_key(|(_, a)| a.words.len())
                .map(|(k, _)| k)
        })
    }

    /// Actors whose head is among `words`, in text order.
    fn actors_in(&self, words: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.actors.len())
            .filter(|&k| words.contains(&self.actors[k].head))
            .collect();
        out.sort_by_key(|&k| self.actors[k].head);
        out
    }

    /// The first actor among `words` (in text order) with the actors coordinated with it.
    fn first_actor_group(&self, words: &[usize]) -> Vec<usize> {
        let Some(first) = self.actors_in(words).first().copied() else {
            return Vec::new();
        };
        let h = self.actors[first].head;
        // The coordination the head belongs to: climb `conj` to its first conjunct.
        let mut top = h;
        for _ in 0..self.words.len() {
            if !matches!(self.urel(top), "conj" | "flat" | "compound") {
                break;
            }
            match self.head(top) {
                Some(p) if words.contains(&p) => top = p,
                _ => break,
            }
        }
        let mut group = vec![top];
        let mut i = 0;
        while i < group.len() {
            let g = group[i];
            // Conjuncts in text order up to the one with its own `and`: "A and B, and C
            // and D" holds two coordinations (a parse may hang all of them on A).
            let mut conj: Vec<usize> = self.children[g]
                .iter()
                .copied()
                .filter(|&c| self.urel(c) == "conj" && words.contains(&c))
                .collect();
            conj.sort_unstable();
            for c in conj {
                group.push(c);
                if self.children[c].iter().any(|&k| self.urel(k) == "cc") {
                    break;
                }
            }
            i += 1;
        }
        let mut out: Vec<usize> = (0..self.actors.len())
            .filter(|&k| self.actors[k].head == h && words.contains(&h))
            .collect();
        if !out.contains(&first) {
            out.push(first);
        }
        for g in group {
            for a in (0..self.actors.len()).filter(|&k| self.actors[k].head == g) {
                if !out.contains(&a) && words.contains(&self.actors[a].head) {
                    out.push(a);
                }
            }
            if let Some(a) = self.actor_at(g) {
                if !out.contains(&a) && words.contains(&self.actors[a].head) {
                    out.push(a);
                }
            }
        }
        out.sort_by_key(|&k| self.actors[k].head);
        out
    }
}

/// Relations that do not belong to a verb's own clause when reading its subject side.
fn clause_boundary(rel: &str) -> bool {
    matches!(
        rel.split(':').next().unwrap_or(""),
        "acl" | "advcl" | "ccomp" | "parataxis" | "conj" | "punct"
    ) || rel == "acl:relcl"
}

impl<'d> Applier<'d> {
    /// An applier over a verb dictionary and, optionally, the internal coding ontology
    /// (needed for negation and verb-under-verb combination).
    pub fn new(verbs: &'d VerbDictionary, ontology: Option<&'d CodingOntology>) -> Applier<'d> {
        Applier {
            verbs,
            ontology,
            synsets: HashMap::new(),
        }
    }

    fn synset(&mut self, name: &str) -> &[Vec<String>] {
        if !self.synsets.contains_key(name) {
            let phrases = self.verbs.synset_phrases(name);
            self.synsets.insert(name.to_string(), phrases);
        }
        &self.synsets[name]
    }

    /// Codes one sentence. `words` is the parse; `actors` the coded actor mentions (codes
    /// `---` or empty are treated as no actor by the caller). Events come in verb order;
    /// an event is never coded between an actor and itself (same code).
    pub fn code_sentence(
        &mut self,
        words: &[Word],
        actors: &[ActorSpan],
        settings: &Settings,
    ) -> Vec<CodedEvent> {
        let s = Sentence::new(words, actors);
        let n = words.len();
        let mut analysis: Vec<Option<VerbCoding>> = (0..n)
            .map(|v| {
                if s.is_verbish(v) {
                    self.analyse_verb(&s, v)
                } else {
                    None
                }
            })
            .collect();
        // Verb under verb.
        let mut suppressed = vec![false; n];
        let mut order: Vec<usize> = (0..n).filter(|&v| analysis[v].is_some()).collect();
        // Upper verbs first: by depth in the tree.
        order.sort_by_key(|&v| depth(&s, v));
        // Transformations first, from the lowest verb up, so that a rule's result can be
        // the lower event of the rule above it (up to MAX_TRANSFORM_DEPTH rules).
        let consumed: Vec<usize> = analysis
            .iter()
            .flatten()
            .flat_map(|a| a.consumed.iter().copied())
            .collect();
        for &v in order.iter().rev() {
            if suppressed[v] || consumed.contains(&v) {
                continue;
            }
            let Some(up) = analysis[v].clone() else {
                continue;
            };
            if up.code.is_null() || up.sources.is_empty() {
                continue;
            }
            let lowers = lower_candidates(&s, v, &analysis, &suppressed);
            let Some(&w) = lowers.iter().find(|w| !consumed.contains(w)) else {
                continue;
            };
            let low = analysis[w].clone().expect("filtered");
            if up.transforms.max(low.transforms) >= MAX_TRANSFORM_DEPTH {
                continue;
            }
            if let Some(merged) = self.transform(&s, &up, &low) {
                analysis[v] = Some(merged);
                suppressed[w] = true;
            }
        }
        for &v in &order {
            let Some(up) = analysis[v].clone() else {
                continue;
            };
            if suppressed[v] {
                continue;
            }
            for c in up.consumed.iter().copied() {
                suppressed[c] = true;
            }
            if up.code.is_null() {
                continue;
            }
            let lowers = lower_candidates(&s, v, &analysis, &suppressed);
            let Some(&w) = lowers.first() else { continue };
            let low = analysis[w].clone().expect("filtered");
            if up.sources.is_empty() {
                continue;
            }
            if up.transforms.max(low.transforms) >= MAX_TRANSFORM_DEPTH {
                // At the limit the two events are coded apart.
                continue;
            }
            if let Some(merged) = self.transform(&s, &up, &low) {
                analysis[v] = Some(merged);
                suppressed[w] = true;
                continue;
            }
            // The lower verb's own subject (not one it shares with the upper verb).
            let own = subject_below(&s, w, v);
            let own_actor = own.and_then(|subj| {
                s.actor_at(subj)
                    .filter(|a| !up.sources.contains(a) && s.words[subj].upos != "PRON")
                    .map(|_| subj)
            });
            if own.is_some_and(|subj| own_actor.is_none() && s.words[subj].upos != "PRON") {
                // "X welcomed ..., the agency said": two clauses that do not combine.
                continue;
            }
            let mut merged = up.clone();
            if let Some(subj) = own_actor {
                merged.targets = s.first_actor_group(&[subj]);
                if merged.targets.is_empty() {
                    merged.targets = s.actor_at(subj).into_iter().collect();
                }
                merged.rule = format!("{}; lower clause subject as target", up.rule);
            } else {
                let combined = self.combine(&up.code, &low.code);
                let Some(code) = combined else {
                    continue;
                };
                merged.code = code;
                if low.bound_source {
                    // The lower pattern placed its source ("hosting X to celebrate May Day
                    // $"): that actor acts on the upper subject.
                    merged.sources = low.sources.clone();
                    merged.targets = if low.bound_target {
                        low.targets.clone()
                    } else {
                        up.sources.clone()
                    };
                } else if merged.targets.is_empty() {
                    merged.targets = low.targets.clone();
                }
                merged.negated = false;
                merged.rule = format!("{} + {} (ontology)", up.rule, low.rule);
            }
            analysis[v] = Some(merged);
            suppressed[w] = true;
        }
        let mut out = Vec::new();
        for v in 0..n {
            if suppressed[v] {
                continue;
            }
            if let Some(a) = &analysis[v] {
                self.emit(&s, a, settings, &mut out);
            }
        }
        out
    }

    /// The first transformation rule (`~ a (b . ATTACK) SAY = a b 112`) that matches an
    /// upper verb's event and the event of the verb below it: the pair becomes the rule's
    /// event. A rule verb matches an event whose code is that verb's code in the dictionary
    /// ([`VerbDictionary::verb_code`]); `Q` matches any code and can be the result code;
    /// variables bind actors (the same variable, the same actors), `.` is any actor and `_`
    /// none (a lower verb without a subject of its own has none). A rule's result is itself an
    /// event that the rule above it may transform ([`MAX_TRANSFORM_DEPTH`]); a rule whose
    /// pattern nests two lower events (`a (b (c . X) Y) Z`) is not matched.
    fn transform(&self, s: &Sentence<'_>, up: &VerbCoding, low: &VerbCoding) -> Option<VerbCoding> {
        let codes = |list: &[usize]| -> Vec<String> {
            let mut c: Vec<String> = list.iter().map(|&k| s.actors[k].code.clone()).collect();
            c.sort();
            c
        };
        let verb_matches = |v: &TransformVerb, code: &DictCode, q: &mut Option<String>| match v {
            TransformVerb::AnyCode => {
                *q = code.active.as_code().map(str::to_string);
                q.is_some()
            }
            TransformVerb::Verbs(vs) => {
                vs.len() == 1
                    && self
                        .verbs
                        .verb_code(&vs[0])
                        .is_some_and(|c| !c.is_null() && c.active == code.active)
            }
        };
        for rule in &self.verbs.transformations {
            let TransformEvent {
                source: us,
                target: TransformTarget::Event(lower),
                verb: uv,
            } = &rule.pattern
            else {
                continue;
            };
            let TransformTarget::Actor(lt) = &lower.target else {
                continue;
            };
            let mut q = None;
            if !verb_matches(uv, &up.code, &mut q) || !verb_matches(&lower.verb, &low.code, &mut q)
            {
                continue;
            }
            let mut bound: Vec<(String, Vec<usize>)> = Vec::new();
            let mut ok = true;
            let no_actors = Vec::new();
            let low_sources = if low.own_source {
                &low.sources
            } else {
                &no_actors
            };
            for (slot, actors) in [
                (us, &up.sources),
                (&lower.source, low_sources),
                (lt, &low.targets),
            ] {
                match slot {
                    TransformActor::Any => {}
                    TransformActor::Empty => ok &= actors.is_empty(),
                    TransformActor::Var(x) => match bound.iter().find(|(n, _)| n == x) {
                        Some((_, b)) => ok &= codes(b) == codes(actors),
                        None => {
                            ok &= !actors.is_empty();
                            bound.push((x.clone(), actors.clone()));
                        }
                    },
                }
            }
            if !ok {
                continue;
            }
            let get = |a: &TransformActor| match a {
                TransformActor::Var(x) => bound
                    .iter()
                    .find(|(n, _)| n == x)
                    .map(|(_, b)| b.clone())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let code = match &rule.code {
                TransformCode::Code(c) => c.clone(),
                TransformCode::Bound => DictCode::parse(q.as_deref()?).ok()?,
            };
            return Some(VerbCoding {
                code,
                rule: format!(
                    "{} + {}; transformation line {}: {}",
                    up.rule, low.rule, rule.line, rule.text
                ),
                sources: get(&rule.source),
                targets: get(&rule.target),
                compound: false,
                negated: false,
                bound_source: false,
                bound_target: false,
                own_source: !matches!(rule.source, TransformActor::Any | TransformActor::Empty),
                transforms: up.transforms.max(low.transforms) + 1,
                ..up.clone()
            });
        }
        None
    }

    /// Combines an upper and a lower code through the ontology (the active halves).
    fn combine(&self, upper: &DictCode, lower: &DictCode) -> Option<DictCode> {
        let (u, l) = (upper.active.as_code()?, lower.active.as_code()?);
        let o = self.ontology?;
        let c = o.combine(u, l)?;
        DictCode::parse(c).ok()
    }

    /// The code after negation: internal value minus 0xFFFF (PETRARCH-2).
    fn negate(&self, code: &str) -> Option<String> {
        let o = self.ontology?;
        let v = o.value(code)?;
        o.code_of(v - 0xFFFF).map(str::to_string)
    }

    fn emit(
        &self,
        s: &Sentence<'_>,
        a: &VerbCoding,
        settings: &Settings,
        out: &mut Vec<CodedEvent>,
    ) {
        let code_of = |p: &CodePart| -> Option<(String, String)> {
            let c = p.as_code()?;
            if a.negated {
                let n = self.negate(c)?;
                Some((n, format!("{}; negated {c}", a.rule)))
            } else {
                Some((c.to_string(), a.rule.clone()))
            }
        };
        let code = |k: usize| s.actors[k].code.clone();
        let mut push = |src: Option<String>, tgt: Option<String>, part: &CodePart| {
            if let (Some(x), Some(y)) = (&src, &tgt) {
                if x == y {
                    return;
                }
            }
            if settings.require_dyad && (src.is_none() || tgt.is_none()) {
                return;
            }
            // Without require_dyad, a side is missing (`---`) only where a noun phrase that no
            // actor codes fills the role, as PETRARCH-1 codes an uncoded noun phrase `---`;
            // with no noun phrase there ("said today") there is no event.
            if src.is_none() && !a.source_np || tgt.is_none() && !a.target_np {
                return;
            }
            if src.is_none() && tgt.is_none() {
                return;
            }
            let Some((c, rule)) = code_of(part) else {
                return;
            };
            let ev = CodedEvent {
                source: src,
                target: tgt,
                code: c,
                verb: a.verb,
                rule,
            };
            if !out.contains(&ev) {
                out.push(ev);
            }
        };
        if a.compound {
            for &x in &a.sources {
                for &y in &a.sources {
                    if x != y {
                        push(Some(code(x)), Some(code(y)), &a.code.active);
                    }
                }
            }
            return;
        }
        let srcs: Vec<Option<String>> = if a.sources.is_empty() {
            vec![None]
        } else {
            a.sources.iter().map(|&k| Some(code(k))).collect()
        };
        let tgts: Vec<Option<String>> = if a.targets.is_empty() {
            vec![None]
        } else {
            a.targets.iter().map(|&k| Some(code(k))).collect()
        };
        for x in &srcs {
            for y in &tgts {
                push(x.clone(), y.clone(), &a.code.active);
                if let Some(p) = &a.code.passive {
                    if !p.is_null() && x.is_some() && y.is_some() {
                        push(y.clone(), x.clone(), p);
                    }
                }
            }
        }
    }

    /// Finds the verb entry, matches the block's patterns and picks roles.
    fn analyse_verb(&mut self, s: &Sentence<'_>, v: usize) -> Option<VerbCoding> {
        let (block_idx, entry_idx, extra) = self.find_verb(s, v)?;
        let block = &self.verbs.blocks[block_idx];
        let entry = &block.verbs[entry_idx];
        let verb_code = block.code_of(entry).clone();
        let block_name = block.name.clone();
        let subject = subject_of(s, v);
        let passive = s.children[v]
            .iter()
            .any(|&c| s.rel(c) == "nsubj:pass" || s.rel(c) == "aux:pass")
            || be_passive(s, v);
        let skip_conj = |c: usize| s.urel(c) == "conj" && s.is_verbish(c);
        // Subject side: the subject's subtree and the verb's dependents before it.
        // Subject side: the subject's words (function words left out: "Neither X nor Y")
        // and prepositional phrases before the verb; adverbs ("recently") are not matched.
        let mut before: BTreeSet<usize> = BTreeSet::new();
        if let Some(subj) = subject {
            before.extend(
                s.subtree(subj, &|c| clause_boundary(s.rel(c)))
                    .into_iter()
                    .filter(|&w| !matches!(s.urel(w), "cc" | "det" | "punct")),
            );
        }
        for &c in &s.children[v] {
            if c < v && matches!(s.urel(c), "obl" | "nmod") {
                before.extend(s.subtree(c, &|_| false));
            }
        }
        before.retain(|w| !extra.contains(w));
        let before: Vec<usize> = before.into_iter().collect();
        let after: Vec<usize> = s
            .subtree(v, &|c| skip_conj(c) || s.urel(c) == "parataxis")
            .into_iter()
            .filter(|&w| w > v && !extra.contains(&w) && !before.contains(&w))
            .collect();
        // Patterns do not reach into a complement clause ("allowed that X isn't the neatest
        // place"), though its actors can be targets.
        let in_ccomp: Vec<usize> = s.children[v]
            .iter()
            .copied()
            .filter(|&c| s.urel(c) == "ccomp")
            .flat_map(|c| s.subtree(c, &|_| false))
            .collect();
        let pattern_after: Vec<usize> = after
            .iter()
            .copied()
            .filter(|w| !in_ccomp.contains(w))
            .collect();
        let mut subject_actors = subject
            .map(|subj| subject_actors_of(s, subj))
            .unwrap_or_default();
        // Two subjects split by a `cc` on the verb (a parse of "A, B and the evil C
        // welcomed"): both are the subject.
        let subjects: Vec<usize> = s.children[v]
            .iter()
            .copied()
            .filter(|&c| s.urel(c) == "nsubj")
            .collect();
        if subjects.len() > 1
            && s.children[v]
                .iter()
                .any(|&c| s.urel(c) == "cc" && c > subjects[0] && c < v)
        {
            for &subj in &subjects {
                for a in subject_actors_of(s, subj) {
                    if !subject_actors.contains(&a) {
                        subject_actors.push(a);
                    }
                }
            }
        }
        // A pronoun subject ("Ethiopia indicated it would act") stands for the subject of
        // the clause above.
        if subject_actors.is_empty() {
            if let Some(subj) = subject.filter(|&x| s.words[x].upos == "PRON") {
                let mut cur = v;
                for _ in 0..4 {
                    if !matches!(s.urel(cur), "ccomp" | "xcomp" | "conj" | "advcl") {
                        break;
                    }
                    let Some(h) = s.head(cur) else { break };
                    if let Some(up) = subject_of(s, h).filter(|&u| u != subj) {
                        subject_actors = subject_actors_of(s, up);
                        break;
                    }
                    cur = h;
                }
            }
        }
        // A parse that leaves the subject as a modifier before the verb.
        if subject.is_none() && subject_actors.is_empty() {
            if let Some(&c) = s.children[v].iter().find(|&&c| {
                c < v
                    && matches!(s.urel(c), "advmod" | "obl" | "dep" | "compound")
                    && !s.children[c].iter().any(|&k| s.urel(k) == "case")
                    && s.actor_at(c).is_some_and(|a| s.actors[a].head == c)
            }) {
                subject_actors = subject_actors_of(s, c);
            }
        }

        // Patterns.
        let patterns: Vec<Pattern> = self.verbs.patterns_for(&block_name).cloned().collect();
        // The patterns that match, in line order; a later pattern on the same path as an
        // earlier one replaces it in its place ([`same_path`]). The best score wins, ties
        // going to the earlier place.
        let mut matched: Vec<(usize, &Pattern, Binding)> = Vec::new();
        for p in &patterns {
            if let Some(b) = self.match_pattern(s, p, &before, &pattern_after, &subject_actors) {
                match matched
                    .iter_mut()
                    .find(|(score, q, prev)| *score == b.score && same_path(p, q, &b, prev))
                {
                    Some(slot) => *slot = (b.score, p, b),
                    None => matched.push((b.score, p, b)),
                }
            }
        }
        let mut best: Option<(usize, &Pattern, Binding)> = None;
        for m in matched {
            if best.as_ref().is_none_or(|(score, _, _)| m.0 > *score) {
                best = Some(m);
            }
        }
        let object_targets = |words: &[usize]| -> Vec<usize> {
            // An agent ("by X") first when passive.
            s.first_actor_group(words)
        };
        let (code, rule, mut sources, mut targets, compound, consumed) = match best {
            Some((_, p, b)) => {
                let consumed: Vec<usize> = b
                    .used
                    .iter()
                    .copied()
                    .filter(|&w| s.is_verbish(w) && w != v)
                    .collect();
                (
                    p.code.clone(),
                    format!(
                        "{} line {}: {}",
                        block_name,
                        p.line,
                        p.text.split_whitespace().collect::<Vec<_>>().join(" ")
                    ),
                    b.source,
                    b.target,
                    b.compound,
                    consumed,
                )
            }
            None => (
                verb_code,
                format!("{block_name} default"),
                None,
                None,
                false,
                Vec::new(),
            ),
        };
        let mut source_list = sources.take();
        let mut target_list = targets.take();
        let (bound_source, bound_target) = (source_list.is_some(), target_list.is_some());
        if passive {
            if target_list.is_none() {
                target_list = Some(subject_actors.clone());
            }
            if source_list.is_none() {
                let agent: Vec<usize> = after
                    .iter()
                    .copied()
                    .filter(|&w| {
                        s.children[w]
                            .iter()
                            .any(|&c| s.word_is(c, "BY") && s.urel(c) == "case")
                    })
                    .flat_map(|w| s.subtree(w, &|_| false))
                    .collect();
                let src = object_targets(&agent);
                let local: Vec<usize> = s
                    .subtree(v, &|c| {
                        clause_boundary(s.rel(c)) || s.urel(c) == "xcomp" && s.is_verbish(c)
                    })
                    .into_iter()
                    .filter(|w| after.contains(w))
                    .collect();
                source_list = Some(if src.is_empty() {
                    object_targets(&local)
                } else {
                    src
                });
            }
        } else {
            if source_list.is_none() {
                source_list = Some(subject_actors.clone());
            }
            if target_list.is_none() {
                target_list = Some(object_targets(&after));
            }
        }
        let sources = source_list.unwrap_or_default();
        let targets = target_list.unwrap_or_default();
        // Noun phrases in the two roles (time expressions are none: "said on Saturday").
        let np = |i: usize| {
            let rel = s.rel(i);
            matches!(s.words[i].upos.as_str(), "NOUN" | "PROPN")
                && !rel.ends_with(":tmod")
                && !rel.ends_with(":unmarked")
                && !rel.ends_with(":npmod")
                && dyad_events::dates::find_dates(&s.words[i].form, NaiveDate::default()).is_empty()
        };
        let subject_np = subject.is_some_and(np);
        let object_np = s.children[v]
            .iter()
            .any(|&c| c > v && matches!(s.urel(c), "obj" | "iobj" | "obl" | "nmod") && np(c));
        let (source_np, target_np) = if passive {
            (object_np, subject_np)
        } else {
            (subject_np, object_np)
        };
        let negated = s.children[v].iter().any(|&c| {
            matches!(s.urel(c), "advmod" | "neg")
                && matches!(s.lemma_upper[c].as_str(), "NOT" | "N'T" | "NEVER")
                || matches!(s.upper[c].as_str(), "NOT" | "N'T" | "NEVER")
        });
        Some(VerbCoding {
            verb: v,
            code,
            rule,
            sources,
            targets,
            compound,
            negated,
            bound_source,
            bound_target,
            consumed,
            own_source: bound_source || own_subject(s, v).is_some(),
            transforms: 0,
            source_np,
            target_np,
        })
    }

    /// The verb entry for word `v`: (block, entry, other words of a multi-word verb).
    fn find_verb(&self, s: &Sentence<'_>, v: usize) -> Option<(usize, usize, Vec<usize>)> {
        let refs = self.verbs.lookup(&s.upper[v]);
        let mut single = None;
        let mut multi: Option<(usize, usize, Vec<usize>)> = None;
        for r in refs {
            let (_, e) = self.verbs.get(*r);
            let forms = e.inflections();
            if !e.phrase.is_multi_word() {
                single.get_or_insert((r.block, r.verb, Vec::new()));
                continue;
            }
            for f in forms {
                if f.head_word() != s.upper[v] {
                    continue;
                }
                let mut words = Vec::new();
                let mut ok = true;
                // Words before the verb word: right before it.
                for (k, w) in f.before_head().iter().rev().enumerate() {
                    match v.checked_sub(k + 1) {
                        Some(i) if s.upper[i] == *w => words.push(i),
                        _ => ok = false,
                    }
                }
                // Words after: the next words (a particle may follow an object).
                let mut pos = v + 1;
                for w in f.after_head() {
                    let found = (pos..s.words.len().min(pos + 3)).find(|&i| s.upper[i] == *w);
                    match found {
                        Some(i) => {
                            words.push(i);
                            pos = i + 1;
                        }
                        None => ok = false,
                    }
                }
                if ok && multi.as_ref().is_none_or(|m| words.len() > m.2.len()) {
                    multi = Some((r.block, r.verb, words));
                }
            }
        }
        multi.or(single)
    }

    fn match_pattern(
        &mut self,
        s: &Sentence<'_>,
        p: &Pattern,
        before: &[usize],
        after: &[usize],
        subject_actors: &[usize],
    ) -> Option<Binding> {
        let mut b = Binding::default();
        // Before `*`.
        let mut pos = 0;
        for e in &p.before {
            match e {
                PatternElement::Target => b.target = Some(subject_actors.to_vec()),
                PatternElement::Source => b.source = Some(subject_actors.to_vec()),
                PatternElement::Compound => {
                    if subject_actors.len() < 2 {
                        return None;
                    }
                    b.compound = true;
                    b.score += 1;
                }
                _ => pos = self.match_element(s, e, before, pos, &mut b)?,
            }
        }
        let mut pos = 0;
        for e in &p.after {
            match e {
                PatternElement::Source => {
                    b.source = Some(s.first_actor_group(&after[pos.min(after.len())..]));
                }
                PatternElement::Target => {
                    b.target = Some(s.first_actor_group(&after[pos.min(after.len())..]));
                }
                _ => pos = self.match_element(s, e, after, pos, &mut b)?,
            }
        }
        if b.source.as_ref().is_some_and(Vec::is_empty) {
            b.source = None;
        }
        if b.target.as_ref().is_some_and(Vec::is_empty) {
            b.target = None;
        }
        Some(b)
    }

    /// Matches one element in `region` from `pos`; returns the position after the match.
    fn match_element(
        &mut self,
        s: &Sentence<'_>,
        e: &PatternElement,
        region: &[usize],
        pos: usize,
        b: &mut Binding,
    ) -> Option<usize> {
        match e {
            PatternElement::Word(w) => {
                let parts: Vec<String> = w.split('_').map(str::to_string).collect();
                let (at, end) = find_phrase(s, region, pos, &[parts])?;
                if b.anchored && at != pos {
                    return None;
                }
                b.used.extend(region[at..end].iter().copied());
                b.score += end - at;
                Some(end)
            }
            PatternElement::Synset(name) => {
                let phrases = self.synset(name).to_vec();
                let (at, end) = find_phrase(s, region, pos, &phrases)?;
                if b.anchored && at != pos {
                    return None;
                }
                b.used.extend(region[at..end].iter().copied());
                b.score += end - at;
                Some(end)
            }
            PatternElement::NounPhrase(elems) => self.match_np(s, elems, region, pos, b),
            PatternElement::Prep {
                preposition,
                objects,
            } => {
                for k in pos..region.len() {
                    let w = region[k];
                    if !s.word_is(w, preposition) {
                        continue;
                    }
                    let is_prep = matches!(s.urel(w), "case" | "mark")
                        || matches!(s.words[w].upos.as_str(), "ADP" | "PART" | "SCONJ");
                    if !is_prep {
                        continue;
                    }
                    // The phrase: the words after the preposition inside its head's subtree,
                    // without determiners and without phrases nested in it ("at X with Y").
                    let full: Vec<usize> = match s.head(w) {
                        Some(h) => s
                            .subtree(h, &|c| {
                                matches!(s.urel(c), "nmod" | "obl" | "acl" | "conj")
                                    && s.head(c) == Some(h)
                            })
                            .into_iter()
                            .filter(|&x| x > w && region.contains(&x))
                            .collect(),
                        None => Vec::new(),
                    };
                    let phrase: Vec<usize> = full
                        .iter()
                        .copied()
                        .filter(|&x| s.urel(x) != "det")
                        .collect();
                    let mut trial = Binding {
                        anchored: true,
                        ..Binding::default()
                    };
                    let mut ok = true;
                    let mut ppos = 0;
                    for o in objects {
                        match o {
                            PatternElement::Source => {
                                trial.source =
                                    Some(s.first_actor_group(&phrase[ppos.min(phrase.len())..]))
                            }
                            PatternElement::Target => {
                                trial.target =
                                    Some(s.first_actor_group(&phrase[ppos.min(phrase.len())..]))
                            }
                            _ => match self.match_element(s, o, &phrase, ppos, &mut trial) {
                                Some(next) => ppos = next,
                                None => {
                                    ok = false;
                                    break;
                                }
                            },
                        }
                    }
                    if !ok {
                        continue;
                    }
                    b.score += 1 + trial.score;
                    b.used.push(w);
                    b.used.extend(trial.used);
                    if trial.source.is_some() {
                        b.source = trial.source;
                    }
                    if trial.target.is_some() {
                        b.target = trial.target;
                    }
                    // Continue after the phrase.
                    let last = full.last().copied().unwrap_or(w);
                    let next = region
                        .iter()
                        .position(|&x| x > last)
                        .unwrap_or(region.len());
                    return Some(next.max(k + 1));
                }
                None
            }
            PatternElement::Skip => {
                // `^`: the next noun phrase (a nominal word with its dependents, nested
                // phrases and clauses left out) is skipped; with none, nothing is.
                let Some(k) = (pos..region.len()).find(|&k| {
                    matches!(
                        s.words[region[k]].upos.as_str(),
                        "NOUN" | "PROPN" | "PRON" | "NUM"
                    )
                }) else {
                    return Some(pos);
                };
                let x = region[k];
                let phrase = s.subtree(x, &|c| {
                    matches!(
                        s.urel(c),
                        "nmod" | "obl" | "acl" | "conj" | "appos" | "advcl" | "ccomp" | "parataxis"
                    )
                });
                let last = phrase.last().copied().unwrap_or(x).max(x);
                let next = region
                    .iter()
                    .position(|&r| r > last)
                    .unwrap_or(region.len());
                Some(next.max(k + 1))
            }
            PatternElement::Compound => Some(pos),
            PatternElement::Source | PatternElement::Target => Some(pos),
        }
    }

    /// `{A B HEAD}`: a word matching HEAD whose preceding words (in its phrase) match A, B
    /// in order, with no compound of the head between B and the head.
    fn match_np(
        &mut self,
        s: &Sentence<'_>,
        elems: &[PatternElement],
        region: &[usize],
        pos: usize,
        b: &mut Binding,
    ) -> Option<usize> {
        let (head_el, mods) = elems.split_last()?;
        let mut k = pos;
        while k < region.len() {
            let mut trial = Binding::default();
            let end = self.match_element(s, head_el, region, k, &mut trial)?;
            // A phrase whose last element is a marker (`{A $}`) has no head word.
            if end == 0 || trial.used.is_empty() {
                return None;
            }
            let head_at = end - 1;
            let h = region[head_at];
            let first_head_word = trial.used.first().copied().unwrap_or(h);
            // A noun phrase's head is no verb ("{TO SUPPLY}" does not match "to supply").
            if matches!(s.words[h].upos.as_str(), "VERB" | "AUX") {
                k = head_at + 1;
                continue;
            }
            // Candidate modifier words: the words before the head in the region, from pos,
            // within the head's phrase (its subtree) or close before it.
            let anchor = if matches!(s.urel(h), "compound" | "amod") {
                s.head(h).unwrap_or(h)
            } else {
                h
            };
            let sub = s.subtree(anchor, &|c| clause_boundary(s.rel(c)));
            let phrase: Vec<usize> = region[pos..head_at]
                .iter()
                .copied()
                .filter(|x| sub.contains(x) || *x + 3 >= h)
                .collect();
            let mut mpos = 0;
            let mut ok = true;
            let mut last = None;
            for m in mods {
                match self.match_element(s, m, &phrase, mpos, &mut trial) {
                    Some(next) => {
                        mpos = next;
                        last = next.checked_sub(1).and_then(|i| phrase.get(i)).copied();
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                // Gaps are allowed between modifiers ("new global economic relations"), not
                // between the last modifier and the head ("cultural internal memos").
                let adjacent = last.is_none_or(|l| l + 1 >= first_head_word);
                if adjacent {
                    b.score += trial.score;
                    b.used.extend(trial.used);
                    return Some(end);
                }
            }
            k = head_at + 1;
        }
        None
    }
}

/// Whether two patterns that matched with the same score are one path of PETRARCH-2's
/// pattern tree, where the later line replaces the earlier one
/// (openeventdata/petrarch2 `PETRreader.read_verb_dictionary` stores each pattern's code
/// with `path["#"] = ...`, so a later pattern with the same elements overwrites an earlier
/// one): the same elements, or, after synset expansion, the same words matched with the same
/// markers (`- * &INVESTIGATION [091]` then `- * &INVESTIGATION [1014]` codes 1014).
fn same_path(p: &Pattern, q: &Pattern, b: &Binding, prev: &Binding) -> bool {
    if p.before == q.before && p.after == q.after {
        return true;
    }
    let markers = |x: &Pattern| {
        x.before
            .iter()
            .chain(&x.after)
            .filter(|e| {
                matches!(
                    e,
                    PatternElement::Source | PatternElement::Target | PatternElement::Compound
                )
            })
            .count()
    };
    let mut u = b.used.clone();
    let mut v = prev.used.clone();
    u.sort_unstable();
    u.dedup();
    v.sort_unstable();
    v.dedup();
    u == v
        && markers(p) == markers(q)
        && b.source.is_some() == prev.source.is_some()
        && b.target.is_some() == prev.target.is_some()
        && b.compound == prev.compound
}

#[derive(Debug, Default, Clone)]
struct Binding {
    score: usize,
    source: Option<Vec<usize>>,
    target: Option<Vec<usize>>,
    compound: bool,
    used: Vec<usize>,
    /// Elements must match exactly where the previous one ended (inside `(PREP ...)`).
    anchored: bool,
}

/// The first place at or after `pos` in `region` where one of `phrases` occurs as
/// consecutive words (consecutive in the sentence); returns (start, end) positions in
/// `region`. The last word may also match by lemma, so plurals and inflections match.
fn find_phrase(
    s: &Sentence<'_>,
    region: &[usize],
    pos: usize,
    phrases: &[Vec<String>],
) -> Option<(usize, usize)> {
    for k in pos..region.len() {
        for ph in phrases {
            if ph.is_empty() || k + ph.len() > region.len() {
                continue;
            }
            let ok = ph.iter().enumerate().all(|(j, w)| {
                let i = region[k + j];
                (j == 0 || i == region[k + j - 1] + 1) && s.word_is(i, w)
            });
            if ok {
                return Some((k, k + ph.len()));
            }
        }
    }
    None
}

/// Conjunctions that open a subordinate clause of time, cause or condition.
const SUBORDINATORS: &[&str] = &[
    "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "IF", "SINCE", "ALTHOUGH", "THOUGH", "AS",
    "UNTIL", "UNLESS", "ONCE", "WHEREAS",
];

/// The subject of verb `v`: its own (`nsubj`, `nsubj:pass`, `csubj`), or the subject of
/// the word it hangs on through `xcomp`, `conj`, `ccomp`, `advcl` (up to four levels).
fn subject_of(s: &Sentence<'_>, v: usize) -> Option<usize> {
    let mut cur = v;
    for _ in 0..5 {
        // Two subjects (a parse error): the one nearest the verb.
        if let Some(c) = s.children[cur]
            .iter()
            .copied()
            .filter(|&c| matches!(s.urel(c), "nsubj" | "csubj"))
            .min_by_key(|&c| c.abs_diff(cur))
        {
            return Some(c);
        }
        let rel = s.urel(cur);
        if rel == "appos" || s.rel(cur) == "acl:relcl" {
            // A clause hanging on a noun ("the minister, ..., urged"): the noun.
            return s
                .head(cur)
                .filter(|&h| matches!(s.words[h].upos.as_str(), "NOUN" | "PROPN"));
        }
        let nominal = matches!(s.words[cur].upos.as_str(), "NOUN" | "PROPN" | "PRON");
        // A subordinate clause with its own conjunction ("after leaving X") is not given the
        // main clause's subject; a bare or infinitival one is.
        let subordinate = rel == "advcl"
            && s.children[cur].iter().any(|&k| {
                s.urel(k) == "mark" && SUBORDINATORS.contains(&s.lemma_upper[k].as_str())
            });
        let climbs = matches!(rel, "xcomp" | "conj" | "ccomp") || rel == "advcl" && !subordinate;
        if !(climbs || rel == "obl" && !nominal) {
            return None;
        }
        cur = s.head(cur)?;
    }
    None
}

/// The actors of a subject: those in its phrase (clauses left out), else the one it is in.
fn subject_actors_of(s: &Sentence<'_>, subj: usize) -> Vec<usize> {
    let words = s.subtree(subj, &|c| clause_boundary(s.rel(c)) && s.urel(c) != "conj");
    let mut a = s.first_actor_group(&words);
    if a.is_empty() {
        a.extend(s.actor_at(subj));
    }
    a
}

/// The subject of `w` found below the upper verb `upper` (on `w` or on the words between
/// them, as in "said Arnor is about to restore").
fn subject_below(s: &Sentence<'_>, w: usize, upper: usize) -> Option<usize> {
    let mut cur = w;
    for _ in 0..5 {
        if cur == upper {
            return None;
        }
        if let Some(subj) = own_subject(s, cur) {
            return Some(subj);
        }
        cur = s.head(cur)?;
    }
    None
}

/// The subject attached to `v` itself.
fn own_subject(s: &Sentence<'_>, v: usize) -> Option<usize> {
    s.children[v]
        .iter()
        .copied()
        .find(|&c| matches!(s.urel(c), "nsubj" | "csubj"))
}

/// PETRARCH-2's passive test (openeventdata/petrarch2 `PETRtree.py`,
/// `VerbPhrase.check_passive`: a `VBD`/`VBN` verb with a form of "be" as the next verb
/// above it) for parses that mark no `aux:pass`: a past or participle verb whose own
/// `aux`/`cop` before it, or (for a `conj` verb) that of the word it is coordinated with, is
/// a form of "be" ("X was heavily and unjustly criticized", where the parser hangs
/// "criticized" on "heavily"). As in PETRARCH-2, an object does not rule it out.
fn be_passive(s: &Sentence<'_>, v: usize) -> bool {
    const BE: &[&str] = &["AM", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"];
    if !matches!(s.words[v].xpos.as_str(), "VBN" | "VBD") {
        return false;
    }
    let be_before = |h: usize| {
        s.children[h].iter().any(|&c| {
            c < h && matches!(s.urel(c), "aux" | "cop") && BE.contains(&s.upper[c].as_str())
        })
    };
    be_before(v) || s.urel(v) == "conj" && s.head(v).is_some_and(be_before)
}

/// The coded verbs below verb `v` that can combine with it, nearest first: the heads (and
/// `xcomp` chains) of its clausal complements after it (`xcomp`, `ccomp`, an `advcl` opened
/// by "to"), not suppressed and with a code that is not null. A complement before the verb
/// ("X did Y, an official said") is not the verb's: in PETRARCH's trees it lies outside the
/// verb phrase.
fn lower_candidates(
    s: &Sentence<'_>,
    v: usize,
    analysis: &[Option<VerbCoding>],
    suppressed: &[bool],
) -> Vec<usize> {
    s.children[v]
        .iter()
        .copied()
        .filter(|&c| c > v)
        .filter(|&c| {
            matches!(s.urel(c), "xcomp" | "ccomp")
                || s.urel(c) == "advcl"
                    && s.children[c]
                        .iter()
                        .any(|&k| s.urel(k) == "mark" && s.word_is(k, "TO"))
        })
        .flat_map(|c| lower_verbs(s, c))
        .filter(|&c| !suppressed[c] && analysis[c].as_ref().is_some_and(|a| !a.code.is_null()))
        .collect()
}

/// The verbs heading a clause `c` and its `xcomp` chain ("try to clash" gives try, clash).
fn lower_verbs(s: &Sentence<'_>, c: usize) -> Vec<usize> {
    let mut out = vec![c];
    let mut cur = c;
    for _ in 0..4 {
        match s.children[cur].iter().find(|&&k| s.urel(k) == "xcomp") {
            Some(&k) => {
                out.push(k);
                cur = k;
            }
            None => break,
        }
    }
    out
}

fn depth(s: &Sentence<'_>, v: usize) -> usize {
    let mut d = 0;
    let mut cur = v;
    while let Some(h) = s.head(cur) {
        d += 1;
        cur = h;
        if d > s.words.len() {
            break;
        }
    }
    d
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    // A small dictionary and ontology in the documented formats, written for these tests.
    const VERBS: &str = "\
&TIES_
+TIES
+RELATIONS
--- RESTORE [050] ---
RESTORE
- * {DIPLOMATIC &TIES_} [051]
--- VISIT [042:043] ---
VISIT
--- HELP [---] ---
HELP
- * (WITH TALKS) [036]
--- OPPOSE [110] ---
OPPOSE
--- URGE [023] ---
URGE
--- GIVE [070] ---
GIVE {GIVES GAVE GIVEN GIVING}
--- MEET [040] ---
MEET {MEETS MET MEETING}
- % * [046]
--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- FREE [080] ---
FREE
- + * (FROM $) [083]
";
    const ONTOLOGY: &str = "\
010:0x1000
022:0x2080
023:0x2040
036:0x3010
050:0x0080
070:0x0040
110:0x1007f
";

    /// Parses `form/UPOS/head/deprel` words (lemma = lower-case form), for tests.
    pub(crate) fn words(spec: &str) -> Vec<Word> {
        spec.split_whitespace()
            .map(|t| {
                let p: Vec<&str> = t.split('/').collect();
                Word {
                    form: p[0].to_string(),
                    lemma: p[0].to_lowercase(),
                    upos: p[1].to_string(),
                    xpos: String::new(),
                    head: p[2].parse().unwrap(),
                    deprel: p[3].to_string(),
                }
            })
            .collect()
    }

    /// One-word actors at the given 0-based words.
    fn actors(list: &[(usize, &str)]) -> Vec<ActorSpan> {
        list.iter()
            .map(|&(i, c)| ActorSpan {
                head: i,
                words: i..i + 1,
                code: c.to_string(),
            })
            .collect()
    }

    fn code(
        spec: &str,
        acts: &[(usize, &str)],
        settings: &Settings,
    ) -> Vec<(String, String, String)> {
        let verbs = VerbDictionary::parse(VERBS, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        let mut a = Applier::new(&verbs, Some(&onto));
        a.code_sentence(&words(spec), &actors(acts), settings)
            .into_iter()
            .map(|e| {
                (
                    e.source.unwrap_or_else(|| "---".into()),
                    e.target.unwrap_or_else(|| "---".into()),
                    e.code,
                )
            })
            .collect()
    }

    fn t(s: &str, t_: &str, c: &str) -> (String, String, String) {
        (s.into(), t_.into(), c.into())
    }

    #[test]
    fn default_code_and_noun_phrase_pattern() {
        let d = Settings::default();
        let plain = "Arnor/PROPN/2/nsubj restored/VERB/0/root ties/NOUN/2/obj with/ADP/5/case Gondor/PROPN/3/nmod";
        assert_eq!(
            code(plain, &[(0, "ARN"), (4, "GON")], &d),
            vec![t("ARN", "GON", "050")]
        );
        let np = "Arnor/PROPN/2/nsubj restored/VERB/0/root diplomatic/ADJ/4/amod relations/NOUN/2/obj with/ADP/6/case Gondor/PROPN/4/nmod";
        assert_eq!(
            code(np, &[(0, "ARN"), (5, "GON")], &d),
            vec![t("ARN", "GON", "051")]
        );
        // A modifier between the last pattern modifier and the head breaks the phrase.
        let gap = "Arnor/PROPN/2/nsubj restored/VERB/0/root diplomatic/ADJ/5/amod trade/NOUN/5/compound relations/NOUN/2/obj with/ADP/7/case Gondor/PROPN/5/nmod";
        assert_eq!(
            code(gap, &[(0, "ARN"), (6, "GON")], &d),
            vec![t("ARN", "GON", "050")]
        );
    }

    #[test]
    fn paired_null_and_prepositional_codes() {
        let d = Settings::default();
        let visit = "Arnor/PROPN/2/nsubj visited/VERB/0/root Gondor/PROPN/2/obj";
        assert_eq!(
            code(visit, &[(0, "ARN"), (2, "GON")], &d),
            vec![t("ARN", "GON", "042"), t("GON", "ARN", "043")]
        );
        // A form the dictionary does not generate is no verb.
        let typo = "Arnor/PROPN/2/nsubj visitted/VERB/0/root Gondor/PROPN/2/obj";
        assert!(code(typo, &[(0, "ARN"), (2, "GON")], &d).is_empty());
        let help = "Arnor/PROPN/2/nsubj helped/VERB/0/root Gondor/PROPN/2/obj";
        assert!(code(help, &[(0, "ARN"), (2, "GON")], &d).is_empty());
        let talks = "Arnor/PROPN/2/nsubj helped/VERB/0/root Gondor/PROPN/2/obj with/ADP/5/case talks/NOUN/2/obl";
        assert_eq!(
            code(talks, &[(0, "ARN"), (2, "GON")], &d),
            vec![t("ARN", "GON", "036")]
        );
    }

    #[test]
    fn passive_negation_and_markers() {
        let d = Settings::default();
        let passive = "Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass opposed/VERB/0/root by/ADP/5/case Arnor/PROPN/3/obl:agent";
        assert_eq!(
            code(passive, &[(0, "GON"), (4, "ARN")], &d),
            vec![t("ARN", "GON", "110")]
        );
        // A parse without aux:pass: "Gondor was sharply and widely opposed by Arnor", with
        // the participle hung on the adverb that carries "was".
        let mut w = words(
            "Gondor/PROPN/3/nsubj was/AUX/3/cop sharply/ADV/0/root and/CCONJ/6/cc \
             widely/ADV/6/advmod opposed/VERB/3/conj by/ADP/8/case Arnor/PROPN/6/obl",
        );
        w[5].xpos = "VBN".into();
        let verbs = VerbDictionary::parse(VERBS, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        let got: Vec<(Option<String>, Option<String>)> = Applier::new(&verbs, Some(&onto))
            .code_sentence(&w, &actors(&[(0, "GON"), (7, "ARN")]), &d)
            .into_iter()
            .map(|e| (e.source, e.target))
            .collect();
        assert_eq!(got, vec![(Some("ARN".into()), Some("GON".into()))]);
        // 110 is 0x1007f; minus 0xFFFF it is 0x80, 050.
        let neg = "Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod oppose/VERB/0/root Gondor/PROPN/4/obj";
        assert_eq!(
            code(neg, &[(0, "ARN"), (4, "GON")], &d),
            vec![t("ARN", "GON", "050")]
        );
        // `+ * (FROM $)`: the subject is the target, the actor after FROM the source.
        let freed = "Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass freed/VERB/0/root from/ADP/5/case Arnor/PROPN/3/obl";
        assert_eq!(
            code(freed, &[(0, "GON"), (4, "ARN")], &d),
            vec![t("ARN", "GON", "083")]
        );
    }

    #[test]
    fn verb_under_verb_and_compound_subjects() {
        let d = Settings::default();
        // urge 0x2040 + give 0x0040 = 0x2080: one event, 022.
        let urge = "Arnor/PROPN/2/nsubj urged/VERB/0/root Gondor/PROPN/2/obj to/PART/5/mark give/VERB/2/xcomp aid/NOUN/5/obj";
        assert_eq!(
            code(urge, &[(0, "ARN"), (2, "GON")], &d),
            vec![t("ARN", "GON", "022")]
        );
        // `% *`: coordinated subjects act on each other.
        let met = "Arnor/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj met/VERB/0/root";
        assert_eq!(
            code(met, &[(0, "ARN"), (2, "GON")], &d),
            vec![t("ARN", "GON", "046"), t("GON", "ARN", "046")]
        );
        // "A noted that B ...": the lower subject is the target of the upper verb.
        let said = "Arnor/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark Gondor/PROPN/5/nsubj gave/VERB/2/ccomp aid/NOUN/5/obj";
        assert_eq!(
            code(said, &[(0, "ARN"), (3, "GON")], &d),
            vec![t("ARN", "GON", "010")]
        );
    }

    #[test]
    fn transformation_rule() {
        let verbs =
            format!("{VERBS}--- ATTACK [190] ---\nATTACK\n~ a (b . ATTACK) SAY = a b 112\n");
        let verbs = VerbDictionary::parse(&verbs, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        let mut a = Applier::new(&verbs, Some(&onto));
        // "Arnor said Gondor attacked Bree": Arnor accuses Gondor.
        let w = words(
            "Arnor/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/4/nsubj attacked/VERB/2/ccomp Bree/PROPN/4/obj",
        );
        let ev = a.code_sentence(
            &w,
            &actors(&[(0, "ARN"), (2, "GON"), (4, "BRE")]),
            &Settings::default(),
        );
        let got: Vec<(Option<String>, Option<String>, String)> = ev
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        assert_eq!(
            got,
            vec![(Some("ARN".into()), Some("GON".into()), "112".into())]
        );
    }

    #[test]
    fn nested_transformations() {
        // Rules in the documented format (the shapes of CAMEO.2.0.txt's own rules).
        let verbs = format!(
            "{VERBS}--- ATTACK [190] ---\nATTACK\n--- WANT [030] ---\nWANT\n\
             ~ a (a b ATTACK) SAY = a b 015\n\
             ~ a (b . ATTACK) SAY = a b 112\n\
             ~ a (_ b ATTACK) WANT = a b 138\n\
             ~ a (a b Q) SAY = a b Q\n"
        );
        let verbs = VerbDictionary::parse(&verbs, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        let run = |spec: &str, acts: &[(usize, &str)]| -> Vec<(String, String, String, usize)> {
            let mut a = Applier::new(&verbs, Some(&onto));
            a.code_sentence(&words(spec), &actors(acts), &Settings::default())
                .into_iter()
                .map(|e| {
                    let depth = e.rule.matches("transformation line").count();
                    (
                        e.source.unwrap_or_default(),
                        e.target.unwrap_or_default(),
                        e.code,
                        depth,
                    )
                })
                .collect()
        };
        let q = |s: &str, t_: &str, c: &str, d: usize| {
            (s.to_string(), t_.to_string(), c.to_string(), d)
        };
        // "Arnor said it wanted to attack Gondor": WANT over ATTACK (no subject of its own)
        // gives ARN GON 138, and SAY over that event keeps 138 (`a (a b Q) SAY`). With one
        // level only, SAY over WANT would give 030.
        let wanted = "Arnor/PROPN/2/nsubj said/VERB/0/root it/PRON/4/nsubj wanted/VERB/2/ccomp \
                      to/PART/6/mark attack/VERB/4/xcomp Gondor/PROPN/6/obj";
        assert_eq!(
            run(wanted, &[(0, "ARN"), (6, "GON")]),
            vec![q("ARN", "GON", "138", 2)]
        );
        // "Arnor wanted Gondor to attack Bree": the lower verb has a subject, so `_` fails
        // and no rule applies; the codes combine through the ontology instead (030 + 190
        // is in no ontology line here: the two verbs are coded apart).
        let own = "Arnor/PROPN/2/nsubj wanted/VERB/0/root Gondor/PROPN/5/nsubj to/PART/5/mark \
                   attack/VERB/2/ccomp Bree/PROPN/5/obj";
        let got = run(own, &[(0, "ARN"), (2, "GON"), (5, "BRE")]);
        assert!(got.iter().all(|e| e.2 != "138"), "{got:?}");
        // A chain of six verbs: at most MAX_TRANSFORM_DEPTH rules make one event; above the
        // limit the events are coded apart (ARN -> ARN is never coded).
        let chain = "Arnor/PROPN/2/nsubj said/VERB/0/root Arnor/PROPN/4/nsubj said/VERB/2/ccomp \
                     Arnor/PROPN/6/nsubj said/VERB/4/ccomp Arnor/PROPN/8/nsubj said/VERB/6/ccomp \
                     Arnor/PROPN/10/nsubj said/VERB/8/ccomp Arnor/PROPN/12/nsubj \
                     attacked/VERB/10/ccomp Gondor/PROPN/12/obj";
        let acts: Vec<(usize, &str)> = vec![
            (0, "ARN"),
            (2, "ARN"),
            (4, "ARN"),
            (6, "ARN"),
            (8, "ARN"),
            (10, "ARN"),
            (12, "GON"),
        ];
        assert_eq!(
            run(chain, &acts),
            vec![q("ARN", "GON", "015", MAX_TRANSFORM_DEPTH)]
        );
    }

    #[test]
    fn a_later_pattern_on_the_same_path_wins() {
        // PETRARCH-2 stores patterns in a tree keyed by their (synset-expanded) elements: a
        // later pattern with the same elements replaces an earlier one, in its place.
        // Patterns that match other words with the same score keep the earlier place
        // (AGAINST only codes when no noun pattern matches).
        let dict = "&PROBES_\n+INQUIRY\n+PROBE\n\n--- OVERSEE [090] ---\nORDER\n\
                    - * INQUIRY [091]\n\
                    - * &PROBES_ [1014]\n\
                    - * PROBE [092]\n\
                    - * AGAINST [093]\n";
        let verbs = VerbDictionary::parse(dict, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        // (object noun, code)
        let table = [("inquiry", "1014"), ("probe", "092"), ("review", "093")];
        for (noun, want) in table {
            let spec = format!(
                "Arnor/PROPN/2/nsubj ordered/VERB/0/root an/DET/4/det {noun}/NOUN/2/obj \
                 against/ADP/6/case Gondor/PROPN/4/nmod"
            );
            let mut a = Applier::new(&verbs, Some(&onto));
            let got: Vec<String> = a
                .code_sentence(
                    &words(&spec),
                    &actors(&[(0, "ARN"), (5, "GON")]),
                    &Settings::default(),
                )
                .into_iter()
                .map(|e| e.code)
                .collect();
            assert_eq!(got, vec![want.to_string()], "{noun}");
        }
    }

    #[test]
    fn caret_skips_the_next_noun_phrase() {
        let dict = format!("{VERBS}--- CELEBRATE [010] ---\nCELEBRATE\n- * FEAST ^ $ [017]\n");
        let verbs = VerbDictionary::parse(&dict, "test-verbs").unwrap();
        let onto = CodingOntology::parse(ONTOLOGY, "test-ontology").unwrap();
        // "Arnor celebrated the feast with Rohan at Gondor": `^` skips "Rohan", so `$` is
        // Gondor (without `^` it would be Rohan); the target is the verb's first object-side
        // actor, as for any pattern without `+`.
        let spec = "Arnor/PROPN/2/nsubj celebrated/VERB/0/root the/DET/4/det feast/NOUN/2/obj \
                    with/ADP/6/case Rohan/PROPN/4/nmod at/ADP/8/case Gondor/PROPN/2/obl";
        let mut a = Applier::new(&verbs, Some(&onto));
        let got: Vec<(Option<String>, Option<String>, String)> = a
            .code_sentence(
                &words(spec),
                &actors(&[(0, "ARN"), (5, "ROH"), (7, "GON")]),
                &Settings::default(),
            )
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        assert_eq!(
            got,
            vec![(Some("GON".into()), Some("ROH".into()), "017".into())]
        );
    }

    #[test]
    fn require_dyad() {
        let open = Settings {
            require_dyad: false,
            ..Settings::default()
        };
        // (sentence, actors, events without require_dyad); with it, none of these codes.
        type Row<'a> = (
            &'a str,
            Vec<(usize, &'a str)>,
            Vec<(String, String, String)>,
        );
        let table: Vec<Row> = vec![
            // An uncoded object: the target is `---`.
            (
                "Arnor/PROPN/2/nsubj opposed/VERB/0/root the/DET/4/det plan/NOUN/2/obj ./PUNCT/2/punct",
                vec![(0, "ARN")],
                vec![t("ARN", "---", "110")],
            ),
            // An uncoded subject: the source is `---`.
            (
                "the/DET/2/det crowd/NOUN/3/nsubj opposed/VERB/0/root Gondor/PROPN/3/obj",
                vec![(3, "GON")],
                vec![t("---", "GON", "110")],
            ),
            // No noun phrase in the target role: no event.
            (
                "Arnor/PROPN/2/nsubj said/VERB/0/root ./PUNCT/2/punct",
                vec![(0, "ARN")],
                vec![],
            ),
            // A time expression is no noun phrase.
            (
                "Arnor/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Saturday/PROPN/2/obl",
                vec![(0, "ARN")],
                vec![],
            ),
            (
                "Arnor/PROPN/2/nsubj said/VERB/0/root today/NOUN/2/obl:tmod",
                vec![(0, "ARN")],
                vec![],
            ),
        ];
        for (spec, acts, want) in table {
            assert!(code(spec, &acts, &Settings::default()).is_empty(), "{spec}");
            assert_eq!(code(spec, &acts, &open), want, "{spec}");
        }
    }
}

//! Matching dictionary patterns against a Universal Dependencies parse.
//!
//! [`match_sentence`] looks at every word of a [`Sentence`], takes the patterns whose trigger
//! has the word's lemma and kind (verb, noun, adjective by UPOS), checks each pattern's
//! arguments against the word's dependents, and returns a [`Candidate`] for every pattern that
//! fits, with the word IDs of the trigger and of the heads filling the source and target slots.
//! It does not decide between candidates, resolve actors, or look at negation, modality or
//! dates: that is the coder's job.
//!
//! Word indexes are CoNLL-U word IDs (1-based, as in column 1 of the file).

use dyad_conllu::{Row, Sentence};

use crate::dict::{Arg, Dictionary, Pattern, Rel, Slot, TriggerKind};

/// One pattern that fits one trigger word of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'d> {
    /// The pattern that fired (its `id` and `code` name the rule and the CAMEO code).
    pub pattern: &'d Pattern,
    /// CoNLL-U word ID of the trigger word.
    pub trigger: u32,
    /// Word IDs of the heads filling the source slot (conjuncts expanded), in sentence order.
    /// Empty when the parse gives no source.
    pub source: Vec<u32>,
    /// Word IDs of the heads filling the target slot (conjuncts expanded), in sentence order.
    pub target: Vec<u32>,
    /// Whether the trigger verb is passive (its source then comes from `obl:agent`).
    pub passive: bool,
    /// The pattern's specificity ([`Pattern::specificity`]); more constraints, higher value.
    pub specificity: usize,
}

impl Candidate<'_> {
    /// The id of the pattern that fired.
    pub fn pattern_id(&self) -> &str {
        &self.pattern.id
    }

    /// The CAMEO code of the event from source to target.
    pub fn code(&self) -> &str {
        &self.pattern.code
    }
}

/// A sentence's words with their dependents, indexed by position (word ID - 1 in a
/// well-formed sentence).
struct Tree<'s> {
    words: Vec<&'s Row>,
    lemmas: Vec<String>,
    /// Position of the head, `None` for the root or a missing/bad head.
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl<'s> Tree<'s> {
    fn new(sentence: &'s Sentence) -> Tree<'s> {
        let words: Vec<&Row> = sentence.words().collect();
        let mut pos_of = std::collections::HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if let dyad_conllu::Id::Word(id) = w.id {
                pos_of.insert(id, i);
            }
        }
        let heads: Vec<Option<usize>> = words
            .iter()
            .map(|w| w.head.and_then(|h| pos_of.get(&h).copied()))
            .collect();
        let mut children = vec![Vec::new(); words.len()];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                if *h != i {
                    children[*h].push(i);
                }
            }
        }
        let lemmas = words
            .iter()
            .map(|w| {
                if w.lemma == "_" || w.lemma.is_empty() {
                    w.form.to_lowercase()
                } else {
                    w.lemma.to_lowercase()
                }
            })
            .collect();
        Tree {
            words,
            lemmas,
            heads,
            children,
        }
    }

    fn id(&self, i: usize) -> u32 {
        match self.words[i].id {
            dyad_conllu::Id::Word(id) => id,
            _ => 0,
        }
    }

    fn deprel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    fn udeprel(&self, i: usize) -> &str {
        self.words[i].universal_deprel()
    }

    /// The words naming whose the thing at `i` is: its possessors (`nmod:poss`: "*Turkey's*
    /// accord"); failing those, its proper adjectives ("the *French* proposal") and proper-noun
    /// compounds ("the *Trump* plan"), the way a coder reads them as the same possessor.
    fn owners(&self, i: usize) -> Vec<usize> {
        let poss = self.kids_with(i, |d| d == "nmod:poss");
        if !poss.is_empty() {
            return poss;
        }
        self.children[i]
            .iter()
            .copied()
            .filter(|&c| {
                let w = &self.words[c];
                let proper = w.form.chars().next().is_some_and(char::is_uppercase);
                match self.deprel(c) {
                    "amod" => proper && matches!(w.upos.as_str(), "ADJ" | "PROPN"),
                    "compound" => proper && w.upos == "PROPN",
                    _ => false,
                }
            })
            .collect()
    }

    fn kids_with(&self, i: usize, pred: impl Fn(&str) -> bool) -> Vec<usize> {
        self.children[i]
            .iter()
            .copied()
            .filter(|&c| pred(self.deprel(c)))
            .collect()
    }

    fn is_passive(&self, i: usize) -> bool {
        self.children[i].iter().any(|&c| {
            let d = self.deprel(c);
            d == "nsubj:pass" || d == "aux:pass" || d == "csubj:pass"
        })
    }

    fn is_relative(&self, i: usize) -> bool {
        self.words[i].feats.split('|').any(|f| f == "PronType=Rel")
            || matches!(self.lemmas[i].as_str(), "who" | "which" | "that" | "whom")
    }

    /// A relative pronoun filling a slot inside a relative clause stands for the noun the
    /// clause modifies ("the plan, which X opposed").
    fn antecedent(&self, x: usize) -> usize {
        if self.is_relative(x) {
            if let Some(v) = self.heads[x] {
                if self.deprel(v) == "acl:relcl" {
                    if let Some(n) = self.heads[v] {
                        return n;
                    }
                }
            }
        }
        x
    }

    fn particle(&self, i: usize) -> Option<&str> {
        self.children[i]
            .iter()
            .find(|&&c| self.deprel(c) == "compound:prt")
            .map(|&c| self.lemmas[c].as_str())
    }

    /// The prepositions marking dependent `c`: the lemma of each `case`/`mark` child, with the
    /// lemmas of its `fixed` children joined by `_` (`because_of`).
    fn markers(&self, c: usize) -> Vec<String> {
        self.children[c]
            .iter()
            .filter(|&&m| matches!(self.udeprel(m), "case" | "mark"))
            .map(|&m| {
                let mut s = self.lemmas[m].clone();
                for &f in &self.children[m] {
                    if self.udeprel(f) == "fixed" {
                        s.push('_');
                        s.push_str(&self.lemmas[f]);
                    }
                }
                s
            })
            .collect()
    }

    fn has_marker(&self, c: usize, prep: &str) -> bool {
        self.markers(c).iter().any(|m| m == prep)
    }

    /// The agent of a passive verb: `obl:agent`, or an `obl` marked by "by".
    fn agents(&self, i: usize) -> Vec<usize> {
        let a = self.kids_with(i, |d| d == "obl:agent");
        if !a.is_empty() {
            return a;
        }
        self.kids_with(i, |d| d == "obl")
            .into_iter()
            .filter(|&c| self.has_marker(c, "by"))
            .collect()
    }

    /// `i` and its conjuncts (transitively), in sentence order.
    fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let x = out[k];
            for c in self.kids_with(x, |d| d == "conj") {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out.sort_unstable();
        out
    }

    /// The subject of verb `i`, inherited through conj, xcomp (object control first), advcl and
    /// relative clauses when the verb has none of its own. `depth` bounds the walk.
    fn subject(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 6 {
            return None;
        }
        if self.is_passive(i) {
            if let Some(&a) = self.agents(i).first() {
                return Some(a);
            }
        } else if let Some(s) = self
            .kids_with(i, |d| d == "nsubj")
            .into_iter()
            // A parse with two subjects on one verb is wrong somewhere; the subject nearest
            // the verb is the likelier one ("At an event with X, Y continued").
            .min_by_key(|&s| s.abs_diff(i))
        {
            // "the envoy who met X": the relative pronoun stands for the noun modified.
            if self.deprel(i) == "acl:relcl" && self.is_relative(s) {
                return self.heads[i].or(Some(s));
            }
            return Some(s);
        }
        let h = self.heads[i]?;
        match self.deprel(i) {
            "xcomp" => self
                .kids_with(h, |d| d == "obj")
                .first()
                .copied()
                .or_else(|| self.subject(h, depth + 1)),
            // "accused X of using ...", "blamed X for starting ...": object control.
            "advcl"
                if (self.has_marker(i, "of") || self.has_marker(i, "for"))
                    && !self.kids_with(h, |d| d == "obj").is_empty() =>
            {
                self.kids_with(h, |d| d == "obj").first().copied()
            }
            "conj" | "advcl" => self.subject(h, depth + 1),
            // "protesters demanding X": an -ing participle's subject is the noun it modifies;
            // "the plan to attack X" and "people killed by X" give no subject.
            "acl" => (self.words[i].xpos == "VBG").then_some(h),
            "acl:relcl" => (!self.is_passive(i)).then_some(h),
            _ => None,
        }
    }

    /// The source a nominal trigger gets when its pattern names none: its possessor, its "by"
    /// phrase, or the subject of the nearest verb above it.
    fn nominal_source(&self, i: usize, taken: Option<usize>) -> Option<usize> {
        if let Some(&p) = self.owners(i).first() {
            if Some(p) != taken {
                return Some(p);
            }
        }
        if let Some(b) = self
            .kids_with(i, |d| d.starts_with("nmod"))
            .into_iter()
            .find(|&c| self.has_marker(c, "by") && Some(c) != taken)
        {
            return Some(b);
        }
        let mut cur = i;
        for _ in 0..6 {
            let h = self.heads[cur]?;
            if self.words[h].upos == "VERB" {
                return self.subject(h, 0).filter(|&s| s != i);
            }
            cur = h;
        }
        None
    }
}

#[derive(Default, Clone)]
struct Fill {
    source: Option<usize>,
    target: Option<usize>,
    pair: Option<usize>,
    /// Words matched by lemma-restricted arguments ("talks" in "hold talks with X").
    used: Vec<usize>,
}

/// Dependents of `h` that `arg` may match; `passive`: `h` is a passive verb (its `obj` is then
/// its `nsubj:pass`, its `nsubj` the agent).
fn candidates(t: &Tree, h: usize, arg: &Arg, passive: bool) -> Vec<usize> {
    match &arg.rel {
        Rel::Dep(d) => {
            let mut v = match d.as_str() {
                "obj" => t.kids_with(h, |x| x == "obj"),
                "iobj" => t.kids_with(h, |x| x == "iobj"),
                "nsubj" if passive => t.agents(h),
                "nsubj" => t.kids_with(h, |x| x == "nsubj"),
                "poss" => t.owners(h),
                "nmod" => t.kids_with(h, |x| x.starts_with("nmod") && x != "nmod:poss"),
                "xcomp" => {
                    let mut v = t.kids_with(h, |x| x == "xcomp" || x == "advcl");
                    // "urged X and Y to return": parsers often hang the infinitive on the
                    // object (or its last conjunct) as `acl`.
                    if v.is_empty() {
                        for o in t.kids_with(h, |x| x == "obj") {
                            let mut nouns = vec![o];
                            nouns.extend(t.kids_with(o, |x| x == "conj"));
                            for n in nouns {
                                v.extend(t.kids_with(n, |x| x == "acl").into_iter().filter(|&a| {
                                    t.children[a]
                                        .iter()
                                        .any(|&m| t.deprel(m) == "mark" && t.lemmas[m] == "to")
                                }));
                            }
                        }
                    }
                    v
                }
                "acl" => t.kids_with(h, |x| x.starts_with("acl")),
                other => t.kids_with(h, |x| x.split(':').next() == Some(other)),
            };
            if passive && (d == "obj" || d == "iobj") {
                v.extend(t.kids_with(h, |x| x == "nsubj:pass"));
            }
            v
        }
        Rel::Prep(alts) => {
            // "hold talks with X", "return to talks with X": parsers hang the phrase on the
            // verb or on its object or oblique; direct dependents are tried first.
            let mut heads = vec![h];
            heads.extend(t.kids_with(h, |x| {
                x == "obj"
                    || (passive && x == "nsubj:pass")
                    || x.starts_with("obl")
                    || (x.starts_with("nmod") && x != "nmod:poss")
            }));
            let mut out = Vec::new();
            for &x in &heads {
                for &c in &t.children[x] {
                    let d = t.deprel(c);
                    let u = t.udeprel(c);
                    if d == "nmod:poss" || !matches!(u, "obl" | "nmod" | "advcl" | "acl") {
                        continue;
                    }
                    for alt in alts {
                        if let Some(found) = prep_head(t, c, alt) {
                            if !out.contains(&found) {
                                out.push(found);
                            }
                        }
                    }
                }
            }
            out
        }
    }
}

/// Whether dependent `c` is the phrase for preposition `alt` (words of a possibly multi-word
/// preposition); returns the phrase's head. "on behalf of X": `c` is "behalf" marked "on", and
/// the head is its "of" dependent.
fn prep_head(t: &Tree, c: usize, alt: &[String]) -> Option<usize> {
    let joined = alt.join("_");
    if t.has_marker(c, &joined) {
        return Some(c);
    }
    if alt.len() == 3 && t.lemmas[c] == alt[1] && t.has_marker(c, &alt[0]) {
        return t.children[c]
            .iter()
            .copied()
            .find(|&g| t.udeprel(g) == "nmod" && t.has_marker(g, &alt[2]));
    }
    if alt.len() == 2 {
        // "out of", "ahead of" written as two case words.
        let m = t.markers(c);
        if m.len() >= 2 && m.windows(2).any(|w| w[0] == alt[0] && w[1] == alt[1]) {
            return Some(c);
        }
    }
    None
}

fn match_args(t: &Tree, h: usize, args: &[Arg], passive: bool, fill: &mut Fill) -> bool {
    for arg in args {
        let mut ok = false;
        for c in candidates(t, h, arg, passive) {
            if !arg.lemmas.is_empty() && !arg.lemmas.iter().any(|l| *l == t.lemmas[c]) {
                continue;
            }
            let mut trial = fill.clone();
            let child_passive = t.is_passive(c);
            if !match_args(t, c, &arg.children, child_passive, &mut trial) {
                continue;
            }
            if !arg.lemmas.is_empty() {
                trial.used.push(c);
            }
            match arg.slot {
                Some(Slot::Source) => trial.source = Some(c),
                Some(Slot::Target) => trial.target = Some(c),
                Some(Slot::Pair) => trial.pair = Some(c),
                None => {}
            }
            *fill = trial;
            ok = true;
            break;
        }
        if !ok {
            return false;
        }
    }
    true
}

fn kind_fits(kind: TriggerKind, row: &Row) -> bool {
    match kind {
        TriggerKind::Verb => row.upos == "VERB",
        TriggerKind::Noun => row.upos == "NOUN" || row.upos == "PROPN",
        TriggerKind::Adj => row.upos == "ADJ" || (row.upos == "VERB" && row.xpos == "VBN"),
    }
}

/// Finds every pattern of `dict` that fits `sentence` (see the module docs).
///
/// Candidates come in sentence order of their trigger, then dictionary order. A noun trigger
/// that another matched pattern uses as a lemma-restricted argument ("talks" in "held talks
/// with X", "resignation" in "demanded the president's resignation") is not returned on its
/// own. A sentence without a parse (no heads) yields no candidates.
pub fn match_sentence<'d>(dict: &'d Dictionary, sentence: &Sentence) -> Vec<Candidate<'d>> {
    let t = Tree::new(sentence);
    let mut out = Vec::new();
    // Words that some pattern used as a lemma-restricted argument: a noun trigger among them
    // is part of another event's expression, not an event of its own.
    let mut used = std::collections::HashSet::new();
    for i in 0..t.words.len() {
        let particle = t.particle(i);
        for kind in [TriggerKind::Verb, TriggerKind::Noun, TriggerKind::Adj] {
            if !kind_fits(kind, t.words[i]) {
                continue;
            }
            for p in dict.by_trigger(kind, &t.lemmas[i]) {
                if p.trigger.particle.as_deref() != particle {
                    continue;
                }
                let passive = kind == TriggerKind::Verb && t.is_passive(i);
                let mut fill = Fill::default();
                if !match_args(&t, i, &p.args, passive, &mut fill) {
                    continue;
                }
                let (mut source, mut target) = (Vec::new(), Vec::new());
                if let Some(pair) = fill.pair {
                    let all = t.with_conjuncts(pair);
                    source.push(all[0]);
                    target.extend(&all[1..]);
                } else {
                    // A pattern that gives the subject another role ("X survived an
                    // assassination attempt": nsubj@target) has no default source.
                    let subject_taken = p.args.iter().any(|a| {
                        a.rel == Rel::Dep("nsubj".into())
                            && a.slot.is_some_and(|s| s != Slot::Source)
                    });
                    let s = match fill.source {
                        Some(s) => Some(s),
                        None if subject_taken => None,
                        None => match kind {
                            TriggerKind::Verb => t.subject(i, 0),
                            TriggerKind::Noun => t.nominal_source(i, fill.target),
                            TriggerKind::Adj => t.kids_with(i, |d| d == "nsubj").first().copied(),
                        },
                    };
                    if let Some(s) = s.filter(|&s| Some(s) != fill.target) {
                        source = t.with_conjuncts(t.antecedent(s));
                    }
                    if let Some(g) = fill.target {
                        target = t.with_conjuncts(t.antecedent(g));
                    }
                }
                used.extend(fill.used.iter().map(|&x| t.id(x)));
                out.push(Candidate {
                    pattern: p,
                    trigger: t.id(i),
                    source: source.into_iter().map(|x| t.id(x)).collect(),
                    target: target.into_iter().map(|x| t.id(x)).collect(),
                    passive,
                    specificity: p.specificity(),
                });
            }
        }
    }
    out.retain(|c| c.pattern.trigger.kind != TriggerKind::Noun || !used.contains(&c.trigger));
    out
}

/// Keeps, for each trigger word, only the candidates of highest specificity (ties kept).
pub fn most_specific<'d>(candidates: Vec<Candidate<'d>>) -> Vec<Candidate<'d>> {
    let mut best: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for c in &candidates {
        let e = best.entry(c.trigger).or_insert(0);
        *e = (*e).max(c.specificity);
    }
    candidates
        .into_iter()
        .filter(|c| best.get(&c.trigger) == Some(&c.specificity))
        .collect()
}

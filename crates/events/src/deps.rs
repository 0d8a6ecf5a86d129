//! A small indexed view of a parsed sentence shared by the coder helpers ([`crate::dates`],
//! [`crate::factuality`], [`crate::reported`]): words by position, lower-case lemmas, heads,
//! children, and the byte span of every word in the sentence text.

use std::collections::HashMap;
use std::ops::Range;

use dyad_conllu::{Id, Row, Sentence};

/// Words of a sentence indexed by position (0-based, in file order).
pub(crate) struct Parse<'s> {
    pub words: Vec<&'s Row>,
    /// Lower-case lemma (the lower-case form when the lemma is `_`).
    pub lemmas: Vec<String>,
    /// Position of the head; `None` for the root or a missing head.
    pub heads: Vec<Option<usize>>,
    pub children: Vec<Vec<usize>>,
    pos_of: HashMap<u32, usize>,
}

impl<'s> Parse<'s> {
    pub fn new(sentence: &'s Sentence) -> Parse<'s> {
        let words: Vec<&Row> = sentence.words().collect();
        let mut pos_of = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if let Id::Word(id) = w.id {
                pos_of.insert(id, i);
            }
        }
        let heads: Vec<Option<usize>> = words
            .iter()
            .map(|w| w.head.and_then(|h| pos_of.get(&h).copied()))
            .collect();
        let mut children = vec![Vec::new(); words.len()];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                if h != i {
                    children[h].push(i);
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
        Parse {
            words,
            lemmas,
            heads,
            children,
            pos_of,
        }
    }

    /// Position of the word with CoNLL-U ID `id`.
    pub fn pos(&self, id: u32) -> Option<usize> {
        self.pos_of.get(&id).copied()
    }

    /// CoNLL-U ID of the word at position `i`.
    pub fn id(&self, i: usize) -> u32 {
        match self.words[i].id {
            Id::Word(id) => id,
            _ => 0,
        }
    }

    /// Whether any word has a head (the sentence is parsed).
    pub fn is_parsed(&self) -> bool {
        self.words.iter().any(|w| w.head.is_some())
    }

    pub fn deprel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    pub fn udeprel(&self, i: usize) -> &str {
        self.words[i].universal_deprel()
    }

    pub fn kids_with(&self, i: usize, pred: impl Fn(&str) -> bool) -> Vec<usize> {
        self.children[i]
            .iter()
            .copied()
            .filter(|&c| pred(self.deprel(c)))
            .collect()
    }

    /// The prepositions or subordinators marking `c`: each `case`/`mark` child's lemma, with its
    /// `fixed` children joined by `_` (`according_to`, `in_order_to`).
    pub fn markers(&self, c: usize) -> Vec<String> {
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

    pub fn has_marker(&self, c: usize, m: &str) -> bool {
        self.markers(c).iter().any(|x| x == m)
    }

    pub fn is_passive(&self, i: usize) -> bool {
        self.children[i]
            .iter()
            .any(|&c| matches!(self.deprel(c), "nsubj:pass" | "aux:pass" | "csubj:pass"))
    }

    /// The subject of predicate `i`: the agent of a passive, else its `nsubj`; `None` if absent.
    pub fn own_subject(&self, i: usize) -> Option<usize> {
        if self.is_passive(i) {
            if let Some(&a) = self.kids_with(i, |d| d == "obl:agent").first() {
                return Some(a);
            }
            return self
                .kids_with(i, |d| d == "obl")
                .into_iter()
                .find(|&c| self.has_marker(c, "by"));
        }
        self.kids_with(i, |d| d == "nsubj")
            .into_iter()
            .min_by_key(|&s| s.abs_diff(i))
    }

    /// `i` and its conjuncts (transitively), in sentence order.
    pub fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            for c in self.kids_with(out[k], |d| d == "conj") {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out.sort_unstable();
        out
    }
}

/// The sentence text and the byte span of each word (by position) in it.
///
/// The text is the `# text =` comment when present, else the forms of the surface tokens joined
/// by a space unless `SpaceAfter=No`. Each token's form is searched in the text from the end of
/// the previous one; the words of a multiword token share its span; a token not found gets an
/// empty span at the current position.
pub(crate) fn word_spans(sentence: &Sentence) -> (String, Vec<Range<usize>>) {
    let tokens = sentence.tokens();
    let text = match sentence.text() {
        Some(t) => t.to_string(),
        None => {
            let mut s = String::new();
            for (k, t) in tokens.iter().enumerate() {
                s.push_str(&t.form);
                if t.space_after() && k + 1 < tokens.len() {
                    s.push(' ');
                }
            }
            s
        }
    };
    let mut by_id: HashMap<u32, Range<usize>> = HashMap::new();
    let mut cursor = 0;
    for t in tokens {
        let span = match text[cursor..].find(t.form.as_str()) {
            Some(off) if !t.form.is_empty() => {
                let s = cursor + off;
                s..s + t.form.len()
            }
            _ => cursor..cursor,
        };
        cursor = span.end;
        match t.id {
            Id::Word(i) => {
                by_id.insert(i, span);
            }
            Id::Range(a, b) => {
                for i in a..=b {
                    by_id.insert(i, span.clone());
                }
            }
            Id::Empty(..) => {}
        }
    }
    let spans = sentence
        .words()
        .map(|w| match w.id {
            Id::Word(i) => by_id.get(&i).cloned().unwrap_or(0..0),
            _ => 0..0,
        })
        .collect();
    (text, spans)
}

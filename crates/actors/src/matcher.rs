//! Leftmost-longest dictionary matching over a sentence's tokens.
//!
//! Names are stored in a trie whose edges are labelled by interned folded tokens (see
//! [`crate::normalize`]); each node that ends a name carries its [`Hit`]s. Matching folds
//! each token once, looks it up in the token interner, and walks the trie from every
//! start position, keeping the longest valid end.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::model::{EntryRef, Form};
use crate::normalize::{fold_keep_case, fold_token, fold_token_into, is_possessive_clitic};

/// One dictionary entry a matched span may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// The entry.
    pub entry: EntryRef,
    /// Which of its forms matched.
    pub form: Form,
    /// Index into the case-sensitive forms, `u32::MAX` when case-insensitive.
    pub(crate) cs: u32,
}

impl Hit {
    /// True if this form only matches with the dictionary's letter case ("US", "WHO").
    pub fn is_case_sensitive(&self) -> bool {
        self.cs != u32::MAX
    }
}

const NONE: u32 = u32::MAX;

#[derive(Debug, Default)]
pub(crate) struct MatcherBuilder {
    tokens: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<u64, u32>,
    node_hits: Vec<Vec<Hit>>,
    cs_forms: Vec<Box<[Box<str>]>>,
}

impl MatcherBuilder {
    fn intern(&mut self, t: &str) -> u32 {
        if let Some(&id) = self.tokens.get(t) {
            return id;
        }
        let id = self.tokens.len() as u32;
        self.tokens.insert(t.into(), id);
        id
    }

    /// Inserts the name given by `tokens` (unfolded dictionary spelling).
    pub(crate) fn insert(
        &mut self,
        tokens: &[&str],
        entry: EntryRef,
        form: Form,
        case_sensitive: bool,
    ) {
        if tokens.is_empty() {
            return;
        }
        if self.node_hits.is_empty() {
            self.node_hits.push(Vec::new());
        }
        let mut node = 0u32;
        for t in tokens {
            let folded = fold_token(t).form;
            let id = self.intern(&folded);
            let key = ((node as u64) << 32) | id as u64;
            node = match self.edges.get(&key) {
                Some(&child) => child,
                None => {
                    let child = self.node_hits.len() as u32;
                    self.node_hits.push(Vec::new());
                    self.edges.insert(key, child);
                    child
                }
            };
        }
        let cs_form: Option<Box<[Box<str>]>> = case_sensitive.then(|| {
            tokens
                .iter()
                .map(|t| fold_keep_case(t).form.into_boxed_str())
                .collect()
        });
        let existing = &self.node_hits[node as usize];
        if existing.iter().any(|h| {
            h.entry == entry
                && h.form == form
                && match (&cs_form, h.cs) {
                    (None, NONE) => true,
                    (Some(f), i) if i != NONE => *f == self.cs_forms[i as usize],
                    _ => false,
                }
        }) {
            return;
        }
        let cs = match cs_form {
            Some(f) => {
                self.cs_forms.push(f);
                (self.cs_forms.len() - 1) as u32
            }
            None => NONE,
        };
        self.node_hits[node as usize].push(Hit { entry, form, cs });
    }

    pub(crate) fn finish(mut self) -> Matcher {
        if self.node_hits.is_empty() {
            self.node_hits.push(Vec::new());
        }
        let mut hits = Vec::new();
        let mut ranges = Vec::with_capacity(self.node_hits.len());
        for mut hs in self.node_hits {
            // Case-insensitive hits first, so that a node without case-sensitive hits
            // can be borrowed as one slice.
            hs.sort_by_key(|h| h.cs != NONE);
            let has_cs = hs.iter().any(|h| h.cs != NONE);
            ranges.push(NodeHits {
                start: hits.len() as u32,
                len: hs.len() as u32,
                has_cs,
            });
            hits.extend(hs);
        }
        Matcher {
            tokens: self.tokens,
            edges: self.edges,
            nodes: ranges,
            hits,
            cs_forms: self.cs_forms,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct NodeHits {
    start: u32,
    len: u32,
    has_cs: bool,
}

/// The compiled name trie.
#[derive(Debug)]
pub(crate) struct Matcher {
    tokens: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<u64, u32>,
    nodes: Vec<NodeHits>,
    hits: Vec<Hit>,
    cs_forms: Vec<Box<[Box<str>]>>,
}

/// A raw match: the half-open token range `[start, end)` and the entries it may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMatch<'d> {
    pub start: usize,
    pub end: usize,
    pub hits: Cow<'d, [Hit]>,
    pub possessive: bool,
}

/// UPOS tags that cannot open or close an actor name.
fn is_function_tag(tag: &str) -> bool {
    matches!(
        tag,
        "PRON"
            | "AUX"
            | "ADP"
            | "CCONJ"
            | "SCONJ"
            | "DET"
            | "PART"
            | "VERB"
            | "PUNCT"
            | "SYM"
            | "NUM"
            | "INTJ"
    )
}

impl Matcher {
    /// Number of distinct folded tokens in the trie.
    pub(crate) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Number of name entries (hits) stored.
    pub(crate) fn hit_count(&self) -> usize {
        self.hits.len()
    }

    fn valid_hits<'d>(&'d self, node: u32, tokens: &[&str]) -> Cow<'d, [Hit]> {
        let nh = self.nodes[node as usize];
        let all = &self.hits[nh.start as usize..(nh.start + nh.len) as usize];
        if !nh.has_cs {
            return Cow::Borrowed(all);
        }
        let mut out = Vec::new();
        for h in all {
            if h.cs == NONE {
                out.push(*h);
                continue;
            }
            let form = &self.cs_forms[h.cs as usize];
            let mut buf = String::new();
            let ok = form.len() == tokens.len()
                && form.iter().zip(tokens).all(|(f, t)| {
                    buf.clear();
                    let folded = fold_keep_case(t);
                    buf.push_str(&folded.form);
                    **f == *buf
                });
            if ok {
                out.push(*h);
            }
        }
        Cow::Owned(out)
    }

    /// Leftmost-longest matching of `tokens` (word forms); `upos`, when given, has one tag
    /// per token and keeps matches from starting or ending on function words.
    pub(crate) fn find<'d>(&'d self, tokens: &[&str], upos: Option<&[&str]>) -> Vec<RawMatch<'d>> {
        let n = tokens.len();
        let mut ids: Vec<u32> = Vec::with_capacity(n);
        let mut poss: Vec<bool> = Vec::with_capacity(n);
        let mut buf = String::with_capacity(32);
        for t in tokens {
            if is_possessive_clitic(t) {
                if let Some(last) = poss.last_mut() {
                    *last = true;
                }
                ids.push(NONE);
                poss.push(false);
                continue;
            }
            let p = fold_token_into(t, &mut buf);
            ids.push(self.tokens.get(buf.as_str()).copied().unwrap_or(NONE));
            poss.push(p);
        }
        let tag_ok = |i: usize| {
            upos.and_then(|u| u.get(i))
                .is_none_or(|t| !is_function_tag(t))
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if ids[i] == NONE || !tag_ok(i) {
                i += 1;
                continue;
            }
            let mut node = 0u32;
            let mut best: Option<(usize, Cow<'d, [Hit]>)> = None;
            let mut j = i;
            while j < n && ids[j] != NONE {
                let key = ((node as u64) << 32) | ids[j] as u64;
                let Some(&child) = self.edges.get(&key) else {
                    break;
                };
                node = child;
                j += 1;
                if self.nodes[node as usize].len > 0 && tag_ok(j - 1) {
                    let hits = self.valid_hits(node, &tokens[i..j]);
                    if !hits.is_empty() {
                        best = Some((j, hits));
                    }
                }
                if poss[j - 1] {
                    break;
                }
            }
            match best {
                Some((end, hits)) => {
                    out.push(RawMatch {
                        start: i,
                        end,
                        hits,
                        possessive: poss[end - 1],
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

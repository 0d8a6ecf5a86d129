//! Transition-based dependency parser: arc-hybrid transitions (Kuhlmann, Gómez-Rodríguez and
//! Satta 2011) with labelled arcs, greedy decoding, an averaged perceptron over rich
//! Zhang-and-Nivre-2011-style features (distance, valency, label sets, second-order children),
//! trained with the arc-hybrid dynamic oracle (Goldberg and Nivre 2013).
//!
//! Words are numbered 1..=n; 0 is the artificial root, which sits at the bottom of the stack and
//! takes exactly one dependent (labelled `root`) with the very last transition.

use serde::{Deserialize, Serialize};

use crate::linear::{LANES, RowScratch, Scores, Weights, add_lanes, clear, feat};
use crate::tagger::WordInfo;

/// "No token here".
pub(crate) const NONE: u32 = u32::MAX;
/// Feature value of a missing token.
const NV: u64 = 0xDEAD;
/// Feature value (word and tag) of the root.
const ROOT_V: u64 = 0xB007;

/// Per-token feature values of a sentence, index 0 = root, words at 1..=n.
pub(crate) struct Tokens {
    /// Word value (hash of the lowercased form).
    pub(crate) w: Vec<u64>,
    /// Tag value (tag class number).
    pub(crate) p: Vec<u64>,
    /// Hash of the last three chars of the lowercased form.
    pub(crate) sfx: Vec<u64>,
    /// UPOS value (hash of the UPOS name).
    pub(crate) u: Vec<u64>,
    /// Punctuation marks among tokens 1..=i.
    pub(crate) punct: Vec<u32>,
    /// Verbs and auxiliaries among tokens 1..=i.
    pub(crate) verbs: Vec<u32>,
}

impl Tokens {
    /// Builds the arrays from lowercased forms, tag classes and the UPOS of each tag class.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn new<S: AsRef<str>>(lower: &[S], tags: &[u16], upos: &[&str]) -> Tokens {
        let n = lower.len();
        let mut t = Tokens {
            w: Vec::with_capacity(n + 1),
            p: Vec::with_capacity(n + 1),
            sfx: Vec::with_capacity(n + 1),
            u: Vec::with_capacity(n + 1),
            punct: Vec::with_capacity(n + 1),
            verbs: Vec::with_capacity(n + 1),
        };
        t.w.push(0);
        t.p.push(0);
        t.sfx.push(0);
        t.u.push(ROOT_V);
        t.punct.push(0);
        t.verbs.push(0);
        for (f, &tag) in lower.iter().zip(tags) {
            let f = f.as_ref();
            t.w.push(crate::linear::hash_str(f));
            t.p.push(u64::from(tag));
            let k = f.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
            t.sfx.push(crate::linear::hash_str(&f[k..]));
            let u = upos.get(usize::from(tag)).copied().unwrap_or("");
            t.u.push(crate::linear::hash_str(u));
            let last_p = *t.punct.last().expect("non-empty");
            let last_v = *t.verbs.last().expect("non-empty");
            t.punct.push(last_p + u32::from(u == "PUNCT"));
            t.verbs.push(last_v + u32::from(u == "VERB" || u == "AUX"));
        }
        t
    }

    /// Builds the arrays from the tagger's word infos, the predicted tag classes and the
    /// values of each tag class ([`class_values`]); equal to `Tokens::new` on the
    /// lowercased forms the infos were computed from.
    pub(crate) fn from_infos(infos: &[WordInfo], tags: &[u16], classes: &[ClassValue]) -> Tokens {
        let n = infos.len();
        let mut t = Tokens {
            w: Vec::with_capacity(n + 1),
            p: Vec::with_capacity(n + 1),
            sfx: Vec::with_capacity(n + 1),
            u: Vec::with_capacity(n + 1),
            punct: Vec::with_capacity(n + 1),
            verbs: Vec::with_capacity(n + 1),
        };
        t.w.push(0);
        t.p.push(0);
        t.sfx.push(0);
        t.u.push(ROOT_V);
        t.punct.push(0);
        t.verbs.push(0);
        let (mut punct, mut verbs) = (0u32, 0u32);
        for (info, &tag) in infos.iter().zip(tags) {
            let c = &classes[usize::from(tag)];
            t.w.push(info.lower());
            t.p.push(u64::from(tag));
            t.sfx.push(info.suffix3());
            t.u.push(c.u);
            punct += u32::from(c.punct);
            verbs += u32::from(c.verb);
            t.punct.push(punct);
            t.verbs.push(verbs);
        }
        t
    }

    /// Count in `cum` of tokens strictly between `a` and `b` (either order), capped at `cap`.
    fn between(cum: &[u32], a: u32, b: u32, cap: u32) -> u64 {
        if a == NONE || b == NONE {
            return 99;
        }
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        if hi <= lo + 1 {
            return 0;
        }
        u64::from((cum[hi as usize - 1] - cum[lo as usize]).min(cap))
    }
}

/// What the parser's token arrays need of a tag class: the hash of its UPOS name and
/// whether it counts as punctuation (`PUNCT`) or as a verb (`VERB`, `AUX`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClassValue {
    u: u64,
    punct: bool,
    verb: bool,
}

/// The [`ClassValue`] of each tag class, given the UPOS of each class.
pub(crate) fn class_values(upos: &[&str]) -> Vec<ClassValue> {
    upos.iter()
        .map(|&u| ClassValue {
            u: crate::linear::hash_str(u),
            punct: u == "PUNCT",
            verb: u == "VERB" || u == "AUX",
        })
        .collect()
}

/// Parse state.
pub(crate) struct State {
    pub(crate) stack: Vec<u32>,
    /// First buffer word; the buffer is `b..=n`.
    pub(crate) b: u32,
    pub(crate) n: u32,
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u8>,
    l1: Vec<u32>,
    l2: Vec<u32>,
    r1: Vec<u32>,
    r2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    /// Initial state for `n` words.
    pub(crate) fn new(n: usize) -> State {
        let m = n + 1;
        State {
            stack: vec![0],
            b: 1,
            n: n as u32,
            heads: vec![NONE; m],
            labels: vec![0; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    /// Whether parsing is over.
    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> u32 {
        let len = self.stack.len();
        if k < len {
            self.stack[len - 1 - k]
        } else {
            NONE
        }
    }

    fn buf(&self, k: u32) -> u32 {
        if self.b + k <= self.n {
            self.b + k
        } else {
            NONE
        }
    }

    fn add_arc(&mut self, h: u32, d: u32, label: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        let bit = 1u64 << (label % 64);
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
            if self.l1[hu] == NONE || d < self.l1[hu] {
                self.l2[hu] = self.l1[hu];
                self.l1[hu] = d;
            } else if self.l2[hu] == NONE || d < self.l2[hu] {
                self.l2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
            if self.r1[hu] == NONE || d > self.r1[hu] {
                self.r2[hu] = self.r1[hu];
                self.r1[hu] = d;
            } else if self.r2[hu] == NONE || d > self.r2[hu] {
                self.r2[hu] = d;
            }
        }
    }
}

/// Transition classes: 0 = SHIFT, 1 + l = LEFT-ARC with label l, 1 + L + l = RIGHT-ARC with l.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Move {
    Shift,
    Left(u8),
    Right(u8),
}

/// The parser: label set and weights.
#[derive(Serialize, Deserialize, Clone, Default)]
pub(crate) struct Parser {
    /// Dependency relations (with subtypes), indexed by label number.
    pub(crate) labels: Vec<String>,
    /// Label number of `root`.
    pub(crate) root: u8,
    pub(crate) weights: Weights,
}

impl Parser {
    /// Number of transition classes.
    pub(crate) fn n_classes(&self) -> usize {
        1 + 2 * self.labels.len()
    }

    /// Class number to move.
    pub(crate) fn decode(&self, c: usize) -> Move {
        let l = self.labels.len();
        if c == 0 {
            Move::Shift
        } else if c <= l {
            Move::Left((c - 1) as u8)
        } else {
            Move::Right((c - 1 - l) as u8)
        }
    }

    /// Whether a move is allowed in `s`.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn legal(&self, s: &State, m: Move) -> bool {
        match m {
            Move::Shift => s.b <= s.n,
            Move::Left(l) => l != self.root && s.stack.len() >= 2 && s.b <= s.n,
            Move::Right(l) => {
                if s.stack.len() < 2 {
                    return false;
                }
                let s1 = s.s(1);
                if s1 == 0 {
                    l == self.root && s.b > s.n
                } else {
                    l != self.root
                }
            }
        }
    }

    /// The legal move of `s` with the highest score (the lowest class number on ties). The
    /// classes `Parser::legal` allows form up to five ranges, in class order: SHIFT while the
    /// buffer has words; LEFT-ARC with any label but `root` while the buffer has words; with
    /// s1 the root, RIGHT-ARC `root` once the buffer is empty, otherwise RIGHT-ARC with any
    /// label but `root`.
    fn best_move(&self, s: &State, scores: &[i32]) -> Move {
        let l = self.labels.len();
        let root = usize::from(self.root);
        let buffer = s.b <= s.n;
        let two = s.stack.len() >= 2;
        let mut ranges = [(0usize, 0usize); 5];
        let mut k = 0;
        let mut add = |a: usize, b: usize| {
            ranges[k] = (a, b);
            k += 1;
        };
        if buffer {
            add(0, 1);
        }
        if two && buffer {
            add(1, 1 + root);
            add(2 + root, 1 + l);
        }
        if two {
            if s.s(1) == 0 {
                if !buffer {
                    add(1 + l + root, 2 + l + root);
                }
            } else {
                add(1 + l, 1 + l + root);
                add(2 + l + root, 1 + 2 * l);
            }
        }
        let ranges = &ranges[..k];
        let max = ranges
            .iter()
            .filter_map(|&(a, b)| scores[a..b].iter().copied().max())
            .max()
            .expect("a terminal state has no move");
        let class = ranges
            .iter()
            .find_map(|&(a, b)| scores[a..b].iter().position(|&v| v == max).map(|p| a + p))
            .expect("the maximum is a legal class's score");
        self.decode(class)
    }

    /// Applies a (legal) move.
    pub(crate) fn apply(s: &mut State, m: Move) {
        match m {
            Move::Shift => {
                s.stack.push(s.b);
                s.b += 1;
            }
            Move::Left(l) => {
                let d = s.stack.pop().expect("legal");
                s.add_arc(s.b, d, l);
            }
            Move::Right(l) => {
                let d = s.stack.pop().expect("legal");
                let h = *s.stack.last().expect("legal");
                s.add_arc(h, d, l);
            }
        }
    }

    /// Parses a sentence given word and tag feature values for tokens `0..=n` (0 = root).
    /// Returns heads (0 = root) and label numbers for words `1..=n` at indices `1..=n`.
    ///
    /// States are scored by a [`Scorer`], which reuses the weight sums of template groups
    /// whose state parts did not change; states with a single legal move are not scored.
    pub(crate) fn parse(&self, t: &Tokens) -> State {
        let n = t.w.len() - 1;
        let mut s = State::new(n);
        let mut scorer = Scorer::new(self, n);
        while !s.terminal() {
            // With the root alone on the stack only SHIFT is legal, and with one word on the
            // root and an empty buffer only RIGHT-ARC `root` is: no scoring needed.
            let m = if s.stack.len() == 1 {
                Move::Shift
            } else if s.stack.len() == 2 && s.b > s.n {
                Move::Right(self.root)
            } else {
                self.best_move(&s, scorer.scores(&s, t))
            };
            scorer.before_move(&s, m);
            Self::apply(&mut s, m);
        }
        s
    }
}

/// Roles of a word whose group sums are kept: (group, index of the group in `features_in`'s
/// output) for b0, s0 (two groups) and s1.
const ROLES: [(u8, usize); 4] = [(G_B0L, 1), (G_S0, 2), (G_S0R, 5), (G_S1, 3)];

/// Scores the states of one sentence's parse, keeping the weight sums of the template groups
/// that read only b0..b2 (until the next SHIFT), only b0 with its left children (until b0 gets
/// a child), only s0 with the words below it (while it is on the stack), only s0 with its
/// right children or only s1 (until the word gets a child). The sums are exact integers, so
/// the scores equal those of all features summed at once.
pub(crate) struct Scorer<'p> {
    parser: &'p Parser,
    nc: usize,
    acc: Scores,
    b_valid: bool,
    bufs: ScorerBuffers,
}

/// The growable memory of a [`Scorer`], kept per thread between sentences.
#[derive(Default)]
struct ScorerBuffers {
    feats: [Vec<u64>; N_GROUPS],
    rows: RowScratch,
    /// Sum of the buffer group, valid while `b_valid`.
    buffer_sum: Vec<i32>,
    /// Sums per word and role (`ROLES`), `nc` lanes each; read only where `valid` says.
    cache: Vec<i32>,
    valid: Vec<[bool; 4]>,
}

thread_local! {
    static BUFFERS: std::cell::Cell<ScorerBuffers> = std::cell::Cell::default();
}

impl Drop for Scorer<'_> {
    fn drop(&mut self) {
        let bufs = std::mem::take(&mut self.bufs);
        // During thread teardown the buffers are simply dropped.
        let _ = BUFFERS.try_with(|b| b.set(bufs));
    }
}

impl<'p> Scorer<'p> {
    /// A scorer for a sentence of `n` words.
    pub(crate) fn new(parser: &'p Parser, n: usize) -> Scorer<'p> {
        let nc = parser.n_classes();
        let mut bufs = BUFFERS.try_with(|b| b.take()).unwrap_or_default();
        bufs.buffer_sum.resize(nc, 0);
        // Old contents may stay: a sum is read only after it was written for this sentence.
        if bufs.cache.len() < 4 * (n + 1) * nc {
            bufs.cache.resize(4 * (n + 1) * nc, 0);
        }
        bufs.valid.clear();
        bufs.valid.resize(n + 1, [false; 4]);
        Scorer {
            parser,
            nc,
            acc: [0; LANES],
            b_valid: false,
            bufs,
        }
    }

    /// The score of each transition class in state `s` (a state with at least two stack
    /// entries).
    pub(crate) fn scores(&mut self, s: &State, t: &Tokens) -> &[i32] {
        let (w, nc) = (&self.parser.weights, self.nc);
        let b = &mut self.bufs;
        let (s0, s1) = (s.s(0), s.s(1));
        let who = [s.buf(0), s0, s0, s1];
        let mut need = G_REST;
        if !self.b_valid {
            need |= G_B;
        }
        for (r, &x) in who.iter().enumerate() {
            // Without a b0 its group is scored directly (no word to keep it for).
            if x == NONE || !b.valid[x as usize][r] {
                need |= ROLES[r].0;
            }
        }
        for g in &mut b.feats {
            g.clear();
        }
        features_in(s, t, need, &mut b.feats);
        let acc = &mut self.acc;
        clear(acc, nc);
        if !self.b_valid {
            w.score_add(&b.feats[0], acc, &mut b.rows);
            b.buffer_sum.copy_from_slice(&acc[..nc]);
            self.b_valid = true;
            clear(acc, nc);
        }
        for (r, &x) in who.iter().enumerate() {
            if x != NONE && !b.valid[x as usize][r] {
                let base = (x as usize * 4 + r) * nc;
                w.score_add(&b.feats[ROLES[r].1], acc, &mut b.rows);
                b.cache[base..base + nc].copy_from_slice(&acc[..nc]);
                b.valid[x as usize][r] = true;
                clear(acc, nc);
            }
        }
        if who[0] == NONE {
            w.score_add(&b.feats[1], acc, &mut b.rows);
        }
        w.score_add(&b.feats[4], acc, &mut b.rows);
        add_lanes(acc, &b.buffer_sum, nc);
        for (r, &x) in who.iter().enumerate() {
            if x != NONE {
                let base = (x as usize * 4 + r) * nc;
                add_lanes(acc, &b.cache[base..base + nc], nc);
            }
        }
        &acc[..nc]
    }

    /// Drops the sums that move `m`, about to be applied to `s`, makes stale.
    pub(crate) fn before_move(&mut self, s: &State, m: Move) {
        match m {
            Move::Shift => self.b_valid = false,
            // b0 gets a left child; s1 a right child.
            Move::Left(_) => self.bufs.valid[s.b as usize][0] = false,
            Move::Right(_) => {
                let v = &mut self.bufs.valid[s.s(1) as usize];
                v[2] = false;
                v[3] = false;
            }
        }
    }
}

/// Distance bucket.
fn dist(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    let d = a.abs_diff(b);
    match d {
        0..=4 => u64::from(d),
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// Feature templates of state `s` over the sentence's tokens `t`.
#[cfg(any(test, feature = "train"))]
pub(crate) fn features(s: &State, t: &Tokens, out: &mut Vec<u64>) {
    out.clear();
    let mut groups: [Vec<u64>; N_GROUPS] = Default::default();
    features_in(s, t, G_ALL, &mut groups);
    for g in &groups {
        out.extend_from_slice(g);
    }
}

/// Template group: the bias and the words b0, b1, b2 (changes only with SHIFT).
const G_B: u8 = 1;
/// Template group: b0 with its left children (changes with SHIFT and LEFT-ARC to b0).
const G_B0L: u8 = 2;
/// Template group: s0, s1 and s2 with the left children of s0 and the children of s1, which
/// cannot change while s0 is on the stack (left children are attached before a word is
/// shifted, and the words below s0 get no arcs until it is popped): the group's sum is a
/// function of the word s0.
const G_S0: u8 = 4;
/// Template group: s1 with its children.
const G_S1: u8 = 8;
/// Template group: everything else (pairs of b0 with s0 or s1).
const G_REST: u8 = 16;
/// Template group: s0 with its right children (changes by RIGHT-ARC to s0 only).
const G_S0R: u8 = 32;
/// Number of template groups.
const N_GROUPS: usize = 6;
/// All template groups.
#[cfg(any(test, feature = "train"))]
const G_ALL: u8 = G_B | G_B0L | G_S0 | G_S1 | G_REST | G_S0R;

/// Appends to `out[i]` the feature templates of group `1 << i` for the groups in `groups` (a
/// set of `G_*` bits). Every template belongs to exactly one group, and each group reads only
/// the state parts its name says, which lets the parser reuse the summed weights of a group
/// while those parts stay unchanged.
fn features_in(s: &State, t: &Tokens, groups: u8, out: &mut [Vec<u64>; N_GROUPS]) {
    let (w, p) = (&t.w, &t.p);
    let wv = |x: u32| {
        if x == NONE {
            NV
        } else if x == 0 {
            ROOT_V
        } else {
            w[x as usize]
        }
    };
    let pv = |x: u32| {
        if x == NONE {
            NV
        } else if x == 0 {
            ROOT_V
        } else {
            p[x as usize]
        }
    };
    let lv = |x: u32| {
        if x == NONE || s.heads[x as usize] == NONE {
            NV
        } else {
            u64::from(s.labels[x as usize])
        }
    };
    let at = |v: &Vec<u32>, x: u32| if x == NONE { NONE } else { v[x as usize] };
    let at8 = |v: &Vec<u8>, x: u32| {
        if x == NONE {
            99
        } else {
            u64::from(v[x as usize])
        }
    };
    let at64 = |v: &Vec<u64>, x: u32| if x == NONE { NV } else { v[x as usize] };

    let (s0, s1, s2) = (s.s(0), s.s(1), s.s(2));
    let (b0, b1, b2) = (s.buf(0), s.buf(1), s.buf(2));
    let (s0w, s0p, s1w, s1p, s2w, s2p) = (wv(s0), pv(s0), wv(s1), pv(s1), wv(s2), pv(s2));
    let (b0w, b0p, b1w, b1p, b2w, b2p) = (wv(b0), pv(b0), wv(b1), pv(b1), wv(b2), pv(b2));
    let (s0l, s0l2, s0r, s0r2) = (at(&s.l1, s0), at(&s.l2, s0), at(&s.r1, s0), at(&s.r2, s0));
    let (b0l, b0l2) = (at(&s.l1, b0), at(&s.l2, b0));
    let (s1l, s1r) = (at(&s.l1, s1), at(&s.r1, s1));
    let d01 = dist(s0, b0);
    let d10 = dist(s1, s0);

    let mut f = |g: u8, t: u64, a: u64, b: u64, c: u64| {
        if groups & g != 0 {
            out[g.trailing_zeros() as usize].push(feat(t, a, b, c));
        }
    };
    f(G_B, 0, 0, 0, 0);
    // Single words.
    f(G_S0, 1, s0w, 0, 0);
    f(G_S0, 2, s0p, 0, 0);
    f(G_S0, 3, s0w, s0p, 0);
    f(G_B, 4, b0w, 0, 0);
    f(G_B, 5, b0p, 0, 0);
    f(G_B, 6, b0w, b0p, 0);
    f(G_B, 7, b1w, 0, 0);
    f(G_B, 8, b1p, 0, 0);
    f(G_B, 9, b1w, b1p, 0);
    f(G_B, 10, b2w, 0, 0);
    f(G_B, 11, b2p, 0, 0);
    f(G_S1, 12, s1w, 0, 0);
    f(G_S1, 13, s1p, 0, 0);
    f(G_S1, 14, s1w, s1p, 0);
    f(G_S0, 15, s2p, 0, 0);
    f(G_S0, 16, s2w, s2p, 0);
    // Pairs s0-b0.
    f(G_REST, 20, feat(0, s0w, s0p, 0), b0w, b0p);
    f(G_REST, 21, s0w, s0p, b0w);
    f(G_REST, 22, s0w, b0w, b0p);
    f(G_REST, 23, s0w, s0p, b0p);
    f(G_REST, 24, s0p, b0w, b0p);
    f(G_REST, 25, s0w, b0w, 0);
    f(G_REST, 26, s0p, b0p, 0);
    f(G_B, 27, b0p, b1p, 0);
    f(G_B, 28, b0w, b1w, 0);
    f(G_B, 29, b0w, b0p, b1p);
    // Pairs s1-s0 (the RIGHT-ARC candidates).
    f(G_S0, 30, feat(0, s1w, s1p, 0), s0w, s0p);
    f(G_S0, 31, s1w, s1p, s0p);
    f(G_S0, 32, s1p, s0w, s0p);
    f(G_S0, 33, s1w, s0w, 0);
    f(G_S0, 34, s1p, s0p, 0);
    f(G_S0, 35, s1w, s1p, s0w);
    // Triples of tags.
    f(G_B, 40, b0p, b1p, b2p);
    f(G_REST, 41, s0p, b0p, b1p);
    f(G_REST, 42, s1p, s0p, b0p);
    f(G_REST, 43, s0p, pv(s0l), b0p);
    f(G_REST, 44, s0p, pv(s0r), b0p);
    f(G_REST, 45, s0p, b0p, pv(b0l));
    f(G_S0, 46, s1p, pv(s1r), s0p);
    f(G_S0, 47, s1p, s0p, pv(s0l));
    f(G_S0, 48, s2p, s1p, s0p);
    f(G_S0R, 49, s1p, s0p, pv(s0r));
    f(G_S0, 50, s1p, pv(s1l), s0p);
    f(G_REST, 51, s0w, b0p, b1p);
    f(G_REST, 52, s0p, b0w, b1p);
    // Distance.
    f(G_REST, 55, s0w, d01, 0);
    f(G_REST, 56, s0p, d01, 0);
    f(G_REST, 57, b0w, d01, 0);
    f(G_REST, 58, b0p, d01, 0);
    f(G_REST, 59, s0w, b0w, d01);
    f(G_REST, 60, s0p, b0p, d01);
    f(G_S0, 61, s1p, s0p, d10);
    f(G_S0, 62, s1w, s0w, d10);
    f(G_S0, 63, s1w, d10, 0);
    f(G_S0, 64, s0w, d10, 0);
    f(G_REST, 65, s1p, s0p, feat(0, d10, b0p, 0));
    // Valency.
    f(G_S0R, 70, s0w, at8(&s.nr, s0), 0);
    f(G_S0R, 71, s0p, at8(&s.nr, s0), 0);
    f(G_S0, 72, s0w, at8(&s.nl, s0), 0);
    f(G_S0, 73, s0p, at8(&s.nl, s0), 0);
    f(G_B0L, 74, b0w, at8(&s.nl, b0), 0);
    f(G_B0L, 75, b0p, at8(&s.nl, b0), 0);
    f(G_S1, 76, s1w, at8(&s.nr, s1), 0);
    f(G_S1, 77, s1p, at8(&s.nr, s1), 0);
    f(G_S1, 78, s1p, at8(&s.nl, s1), 0);
    // Children.
    f(G_S0, 80, wv(s0l), 0, 0);
    f(G_S0, 81, pv(s0l), 0, 0);
    f(G_S0, 82, lv(s0l), 0, 0);
    f(G_S0R, 83, wv(s0r), 0, 0);
    f(G_S0R, 84, pv(s0r), 0, 0);
    f(G_S0R, 85, lv(s0r), 0, 0);
    f(G_B0L, 86, wv(b0l), 0, 0);
    f(G_B0L, 87, pv(b0l), 0, 0);
    f(G_B0L, 88, lv(b0l), 0, 0);
    f(G_S1, 89, wv(s1r), pv(s1r), 0);
    f(G_S1, 90, lv(s1r), 0, 0);
    f(G_S1, 91, pv(s1l), lv(s1l), 0);
    // Second children.
    f(G_S0, 92, pv(s0l2), lv(s0l2), 0);
    f(G_S0R, 93, pv(s0r2), lv(s0r2), 0);
    f(G_B0L, 94, pv(b0l2), lv(b0l2), 0);
    f(G_S0, 95, s0p, pv(s0l), pv(s0l2));
    f(G_S0R, 96, s0p, pv(s0r), pv(s0r2));
    f(G_B0L, 97, b0p, pv(b0l), pv(b0l2));
    f(G_S0, 98, s0p, lv(s0l), lv(s0l2));
    f(G_S0R, 99, s0p, lv(s0r), lv(s0r2));
    f(G_B0L, 100, b0p, lv(b0l), lv(b0l2));
    // Label sets.
    f(G_S0R, 110, s0w, at64(&s.rset, s0), 0);
    f(G_S0R, 111, s0p, at64(&s.rset, s0), 0);
    f(G_S0, 112, s0w, at64(&s.lset, s0), 0);
    f(G_S0, 113, s0p, at64(&s.lset, s0), 0);
    f(G_B0L, 114, b0w, at64(&s.lset, b0), 0);
    f(G_B0L, 115, b0p, at64(&s.lset, b0), 0);
    f(G_S1, 116, s1p, at64(&s.rset, s1), 0);
    f(G_S1, 117, s1p, at64(&s.lset, s1), 0);
    f(G_REST, 118, s0p, at64(&s.lset, s0), b0p);
    f(G_S0, 119, s1p, at64(&s.rset, s1), s0p);
    // Words with children.
    f(G_S0R, 120, s0w, lv(s0l), lv(s0r));
    f(G_S0R, 121, s0p, lv(s0l), lv(s0r));
    f(G_B0L, 122, b0w, pv(b0l), lv(b0l));
    f(G_S0, 123, s1w, lv(s1r), s0p);
    f(G_S0, 124, s2w, s1p, s0p);
    f(G_B, 125, b1w, b0p, 0);
    f(G_B, 126, b2w, b1p, b0p);
    // Between and suffix features.
    let sv = |x: u32| {
        if x == NONE || x == 0 {
            NV
        } else {
            t.sfx[x as usize]
        }
    };
    f(G_REST, 130, s0p, b0p, Tokens::between(&t.punct, s0, b0, 3));
    f(G_REST, 131, s0p, b0p, Tokens::between(&t.verbs, s0, b0, 2));
    f(
        G_S0,
        132,
        s1p,
        s0p,
        feat(
            0,
            Tokens::between(&t.punct, s1, s0, 3),
            Tokens::between(&t.verbs, s1, s0, 2),
            0,
        ),
    );
    f(G_B, 133, sv(b0), b0p, 0);
    f(G_S0, 134, sv(s0), s0p, 0);
    // The two head candidates of s0 (s1 by RIGHT-ARC, b0 by LEFT-ARC) together.
    f(G_REST, 140, s1w, s0p, b0p);
    f(G_REST, 141, s1p, s0p, b0w);
    f(G_REST, 142, s1p, s0w, b0p);
    f(G_REST, 143, s1p, b0p, dist(s1, b0));
    f(G_REST, 144, s1p, b0p, Tokens::between(&t.punct, s1, b0, 3));
    f(G_REST, 145, s0w, b0p, pv(b0l));
    f(G_REST, 146, s0p, lv(s0l), feat(0, lv(s0r), b0p, 0));
    // Coarse (UPOS) backoff of the fine tag pairs.
    let uv = |x: u32| if x == NONE { NV } else { t.u[x as usize] };
    let (s0u, s1u, b0u, b1u) = (uv(s0), uv(s1), uv(b0), uv(b1));
    f(G_REST, 150, s0u, b0u, 0);
    f(G_S0, 151, s1u, s0u, 0);
    f(G_REST, 152, s0u, b0u, b1u);
    f(G_REST, 153, s1u, s0u, b0u);
    f(G_REST, 154, s0w, b0u, 0);
    f(G_REST, 155, s0u, b0w, 0);
    f(G_S0, 156, s1w, s0u, 0);
    f(G_S0, 157, s1u, s0w, 0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::lowercase;

    fn model() -> crate::Model {
        crate::Model::load(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/dyad-en-ewt.model"),
        )
        .expect("the committed model loads")
    }

    /// Test sentences: the headline test set, a few ordinary sentences, and the first 300
    /// sentences of EWT dev when ../shared is present.
    fn sentences() -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = include_str!("../tests/data/headlines.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let words = l.split('\t').next().expect("a column");
                words.split(' ').map(str::to_string).collect()
            })
            .collect();
        for s in [
            "The minister said on Tuesday that the talks , which began in May , had failed .",
            "Rebels attacked the town and police arrested 12 people who were fleeing .",
            "I did n't think it would rain , but it did .",
        ] {
            out.push(s.split(' ').map(str::to_string).collect());
        }
        let dev = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
        );
        match std::fs::read_to_string(dev) {
            Ok(text) => {
                let gold = dyad_conllu::parse_str(&text).expect("dev parses");
                out.extend(
                    gold.iter()
                        .take(300)
                        .map(|s| s.words().map(|r| r.form.clone()).collect()),
                );
            }
            Err(_) => eprintln!("{dev} is absent: testing without EWT dev sentences"),
        }
        out
    }

    #[test]
    fn tokens_from_tagger_infos_equal_tokens_from_forms() {
        let model = model();
        let (tagger, _, classes) = model.parts();
        let upos = crate::model::upos_of(&tagger.tags);
        for forms in sentences() {
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            let infos = tagger.word_infos(&forms);
            let tags = tagger.tag_with(&forms, &infos);
            let lower: Vec<_> = forms.iter().map(|f| lowercase(f)).collect();
            let a = Tokens::new(&lower, &tags, &upos);
            let b = Tokens::from_infos(&infos, &tags, classes);
            assert_eq!(
                (&a.w, &a.p, &a.sfx, &a.u, &a.punct, &a.verbs),
                (&b.w, &b.p, &b.sfx, &b.u, &b.punct, &b.verbs),
                "{forms:?}"
            );
        }
    }

    /// The kept group sums give the scores of all features summed at once, in every state the
    /// parser visits.
    #[test]
    fn kept_group_sums_equal_full_scores() {
        let model = model();
        let (tagger, parser, classes) = model.parts();
        let nc = parser.n_classes();
        let (mut feats, mut rows, mut full) = (Vec::new(), RowScratch::default(), [0; LANES]);
        let mut states = 0;
        for forms in sentences() {
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            let infos = tagger.word_infos(&forms);
            let tags = tagger.tag_with(&forms, &infos);
            let t = Tokens::from_infos(&infos, &tags, classes);
            let mut s = State::new(forms.len());
            let mut scorer = Scorer::new(parser, forms.len());
            let reference = parser.parse(&t);
            while !s.terminal() {
                let m = if s.stack.len() == 1 {
                    Move::Shift
                } else if s.stack.len() == 2 && s.b > s.n {
                    Move::Right(parser.root)
                } else {
                    features(&s, &t, &mut feats);
                    assert_eq!(feats.len(), 124);
                    clear(&mut full, nc);
                    parser.weights.score_add(&feats, &mut full, &mut rows);
                    let kept = scorer.scores(&s, &t);
                    assert_eq!(kept, &full[..nc], "{forms:?}");
                    states += 1;
                    (0..nc)
                        .map(|c| parser.decode(c))
                        .filter(|&m| parser.legal(&s, m))
                        .max_by_key(|&m| {
                            let c = match m {
                                Move::Shift => 0,
                                Move::Left(l) => 1 + usize::from(l),
                                Move::Right(l) => 1 + parser.labels.len() + usize::from(l),
                            };
                            (full[c], std::cmp::Reverse(c))
                        })
                        .expect("a legal move")
                };
                scorer.before_move(&s, m);
                Parser::apply(&mut s, m);
            }
            assert_eq!((&s.heads, &s.labels), (&reference.heads, &reference.labels));
        }
        assert!(states > 1000, "{states} states");
    }
}

#[cfg(feature = "train")]
pub(crate) mod train {
    //! Training the parser with the dynamic oracle.
    use super::*;
    use crate::linear::Perceptron;
    use crate::train::Rng;

    /// A training sentence: token feature values (index 0 = root) and gold tree.
    pub(crate) struct ParseSentence {
        pub(crate) tokens: Tokens,
        /// Gold head of each word (index 0 unused).
        pub(crate) heads: Vec<u32>,
        /// Gold label number of each word (index 0 unused).
        pub(crate) labels: Vec<u8>,
    }

    /// Costs (number of gold arcs made unreachable) of SHIFT, LEFT and RIGHT (without labels),
    /// for the arc-hybrid system. `u32::MAX` for moves not allowed.
    fn costs(s: &State, gold: &[u32]) -> [u32; 3] {
        let b0 = s.buf(0);
        let s0 = s.s(0);
        let s1 = s.s(1);
        let in_buf = |x: u32| x != NONE && x >= s.b && x <= s.n && x != 0;
        let mut out = [u32::MAX; 3];
        if b0 != NONE {
            // SHIFT: b0 loses heads in the stack below s0 and children in the stack.
            let mut c = 0;
            let g = gold[b0 as usize];
            for &x in &s.stack {
                if x != s0 && x == g {
                    c += 1;
                }
                if x != 0 && gold[x as usize] == b0 {
                    c += 1;
                }
            }
            out[0] = c;
        }
        if s0 != NONE && s0 != 0 {
            let g = gold[s0 as usize];
            let children_in_buf = (s.b..=s.n).filter(|&d| gold[d as usize] == s0).count() as u32;
            if b0 != NONE {
                out[1] = children_in_buf + u32::from(g == s1 || (in_buf(g) && g != b0));
            }
            if s1 != NONE {
                out[2] = children_in_buf + u32::from(in_buf(g));
            }
        }
        out
    }

    /// One training pass over `data` in the given order. Returns the number of transitions.
    pub(crate) fn epoch(
        parser: &Parser,
        p: &mut Perceptron,
        data: &[ParseSentence],
        order: &[usize],
        explore: bool,
        rng: &mut Rng,
        mut progress: impl FnMut(),
    ) {
        let nc = parser.n_classes();
        let mut feats = Vec::with_capacity(128);
        let mut scores = Vec::with_capacity(nc);
        let mut cost = vec![u32::MAX; nc];
        for &si in order {
            let sent = &data[si];
            let n = sent.tokens.w.len() - 1;
            let mut s = State::new(n);
            while !s.terminal() {
                features(&s, &sent.tokens, &mut feats);
                p.score(&feats, &mut scores);
                let base = costs(&s, &sent.heads);
                let s0 = s.s(0);
                let s1 = s.s(1);
                let b0 = s.buf(0);
                let mut min_cost = u32::MAX;
                for (c, slot) in cost.iter_mut().enumerate() {
                    let m = parser.decode(c);
                    *slot = if !parser.legal(&s, m) {
                        u32::MAX
                    } else {
                        match m {
                            Move::Shift => base[0],
                            Move::Left(l) => {
                                let g = sent.heads[s0 as usize];
                                base[1] + u32::from(g == b0 && l != sent.labels[s0 as usize])
                            }
                            Move::Right(l) => {
                                let g = sent.heads[s0 as usize];
                                base[2] + u32::from(g == s1 && l != sent.labels[s0 as usize])
                            }
                        }
                    };
                    min_cost = min_cost.min(*slot);
                }
                let mut guess = usize::MAX;
                let mut best_gold = usize::MAX;
                for c in 0..nc {
                    if cost[c] == u32::MAX {
                        continue;
                    }
                    if guess == usize::MAX || scores[c] > scores[guess] {
                        guess = c;
                    }
                    if cost[c] == min_cost
                        && (best_gold == usize::MAX || scores[c] > scores[best_gold])
                    {
                        best_gold = c;
                    }
                }
                p.tick();
                if cost[guess] > min_cost {
                    p.update(&feats, best_gold, guess);
                }
                let next = if explore && cost[guess] > min_cost && rng.next_f64() < 0.9 {
                    guess
                } else {
                    best_gold
                };
                Parser::apply(&mut s, parser.decode(next));
            }
            progress();
        }
    }
}

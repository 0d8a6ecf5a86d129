//! Transition-based dependency parser: arc-hybrid transitions (Kuhlmann, Gómez-Rodríguez and
//! Satta 2011) with labelled arcs, greedy decoding, an averaged perceptron over rich
//! Zhang-and-Nivre-2011-style features (distance, valency, label sets, second-order children),
//! trained with the arc-hybrid dynamic oracle (Goldberg and Nivre 2013).
//!
//! Words are numbered 1..=n; 0 is the artificial root, which sits at the bottom of the stack and
//! takes exactly one dependent (labelled `root`) with the very last transition.

use serde::{Deserialize, Serialize};

use crate::linear::{Weights, feat};

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
    pub(crate) fn parse(&self, t: &Tokens) -> State {
        let n = t.w.len() - 1;
        let mut s = State::new(n);
        let mut feats = Vec::with_capacity(100);
        let mut scores = Vec::with_capacity(self.n_classes());
        while !s.terminal() {
            features(&s, t, &mut feats);
            self.weights.score(&feats, &mut scores);
            let mut best = None;
            let mut best_score = i32::MIN;
            for (c, &v) in scores.iter().enumerate() {
                if v > best_score || best.is_none() {
                    let m = self.decode(c);
                    if self.legal(&s, m) {
                        best = Some(m);
                        best_score = v;
                    }
                }
            }
            Self::apply(&mut s, best.expect("a terminal state is checked first"));
        }
        s
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
pub(crate) fn features(s: &State, t: &Tokens, out: &mut Vec<u64>) {
    out.clear();
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

    let mut f = |t: u64, a: u64, b: u64, c: u64| out.push(feat(t, a, b, c));
    f(0, 0, 0, 0);
    // Single words.
    f(1, s0w, 0, 0);
    f(2, s0p, 0, 0);
    f(3, s0w, s0p, 0);
    f(4, b0w, 0, 0);
    f(5, b0p, 0, 0);
    f(6, b0w, b0p, 0);
    f(7, b1w, 0, 0);
    f(8, b1p, 0, 0);
    f(9, b1w, b1p, 0);
    f(10, b2w, 0, 0);
    f(11, b2p, 0, 0);
    f(12, s1w, 0, 0);
    f(13, s1p, 0, 0);
    f(14, s1w, s1p, 0);
    f(15, s2p, 0, 0);
    f(16, s2w, s2p, 0);
    // Pairs s0-b0.
    f(20, feat(0, s0w, s0p, 0), b0w, b0p);
    f(21, s0w, s0p, b0w);
    f(22, s0w, b0w, b0p);
    f(23, s0w, s0p, b0p);
    f(24, s0p, b0w, b0p);
    f(25, s0w, b0w, 0);
    f(26, s0p, b0p, 0);
    f(27, b0p, b1p, 0);
    f(28, b0w, b1w, 0);
    f(29, b0w, b0p, b1p);
    // Pairs s1-s0 (the RIGHT-ARC candidates).
    f(30, feat(0, s1w, s1p, 0), s0w, s0p);
    f(31, s1w, s1p, s0p);
    f(32, s1p, s0w, s0p);
    f(33, s1w, s0w, 0);
    f(34, s1p, s0p, 0);
    f(35, s1w, s1p, s0w);
    // Triples of tags.
    f(40, b0p, b1p, b2p);
    f(41, s0p, b0p, b1p);
    f(42, s1p, s0p, b0p);
    f(43, s0p, pv(s0l), b0p);
    f(44, s0p, pv(s0r), b0p);
    f(45, s0p, b0p, pv(b0l));
    f(46, s1p, pv(s1r), s0p);
    f(47, s1p, s0p, pv(s0l));
    f(48, s2p, s1p, s0p);
    f(49, s1p, s0p, pv(s0r));
    f(50, s1p, pv(s1l), s0p);
    f(51, s0w, b0p, b1p);
    f(52, s0p, b0w, b1p);
    // Distance.
    f(55, s0w, d01, 0);
    f(56, s0p, d01, 0);
    f(57, b0w, d01, 0);
    f(58, b0p, d01, 0);
    f(59, s0w, b0w, d01);
    f(60, s0p, b0p, d01);
    f(61, s1p, s0p, d10);
    f(62, s1w, s0w, d10);
    f(63, s1w, d10, 0);
    f(64, s0w, d10, 0);
    f(65, s1p, s0p, feat(0, d10, b0p, 0));
    // Valency.
    f(70, s0w, at8(&s.nr, s0), 0);
    f(71, s0p, at8(&s.nr, s0), 0);
    f(72, s0w, at8(&s.nl, s0), 0);
    f(73, s0p, at8(&s.nl, s0), 0);
    f(74, b0w, at8(&s.nl, b0), 0);
    f(75, b0p, at8(&s.nl, b0), 0);
    f(76, s1w, at8(&s.nr, s1), 0);
    f(77, s1p, at8(&s.nr, s1), 0);
    f(78, s1p, at8(&s.nl, s1), 0);
    // Children.
    f(80, wv(s0l), 0, 0);
    f(81, pv(s0l), 0, 0);
    f(82, lv(s0l), 0, 0);
    f(83, wv(s0r), 0, 0);
    f(84, pv(s0r), 0, 0);
    f(85, lv(s0r), 0, 0);
    f(86, wv(b0l), 0, 0);
    f(87, pv(b0l), 0, 0);
    f(88, lv(b0l), 0, 0);
    f(89, wv(s1r), pv(s1r), 0);
    f(90, lv(s1r), 0, 0);
    f(91, pv(s1l), lv(s1l), 0);
    // Second children.
    f(92, pv(s0l2), lv(s0l2), 0);
    f(93, pv(s0r2), lv(s0r2), 0);
    f(94, pv(b0l2), lv(b0l2), 0);
    f(95, s0p, pv(s0l), pv(s0l2));
    f(96, s0p, pv(s0r), pv(s0r2));
    f(97, b0p, pv(b0l), pv(b0l2));
    f(98, s0p, lv(s0l), lv(s0l2));
    f(99, s0p, lv(s0r), lv(s0r2));
    f(100, b0p, lv(b0l), lv(b0l2));
    // Label sets.
    f(110, s0w, at64(&s.rset, s0), 0);
    f(111, s0p, at64(&s.rset, s0), 0);
    f(112, s0w, at64(&s.lset, s0), 0);
    f(113, s0p, at64(&s.lset, s0), 0);
    f(114, b0w, at64(&s.lset, b0), 0);
    f(115, b0p, at64(&s.lset, b0), 0);
    f(116, s1p, at64(&s.rset, s1), 0);
    f(117, s1p, at64(&s.lset, s1), 0);
    f(118, s0p, at64(&s.lset, s0), b0p);
    f(119, s1p, at64(&s.rset, s1), s0p);
    // Words with children.
    f(120, s0w, lv(s0l), lv(s0r));
    f(121, s0p, lv(s0l), lv(s0r));
    f(122, b0w, pv(b0l), lv(b0l));
    f(123, s1w, lv(s1r), s0p);
    f(124, s2w, s1p, s0p);
    f(125, b1w, b0p, 0);
    f(126, b2w, b1p, b0p);
    // Between and suffix features.
    let sv = |x: u32| {
        if x == NONE || x == 0 {
            NV
        } else {
            t.sfx[x as usize]
        }
    };
    f(130, s0p, b0p, Tokens::between(&t.punct, s0, b0, 3));
    f(131, s0p, b0p, Tokens::between(&t.verbs, s0, b0, 2));
    f(
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
    f(133, sv(b0), b0p, 0);
    f(134, sv(s0), s0p, 0);
    // The two head candidates of s0 (s1 by RIGHT-ARC, b0 by LEFT-ARC) together.
    f(140, s1w, s0p, b0p);
    f(141, s1p, s0p, b0w);
    f(142, s1p, s0w, b0p);
    f(143, s1p, b0p, dist(s1, b0));
    f(144, s1p, b0p, Tokens::between(&t.punct, s1, b0, 3));
    f(145, s0w, b0p, pv(b0l));
    f(146, s0p, lv(s0l), feat(0, lv(s0r), b0p, 0));
    // Coarse (UPOS) backoff of the fine tag pairs.
    let uv = |x: u32| if x == NONE { NV } else { t.u[x as usize] };
    let (s0u, s1u, b0u, b1u) = (uv(s0), uv(s1), uv(b0), uv(b1));
    f(150, s0u, b0u, 0);
    f(151, s1u, s0u, 0);
    f(152, s0u, b0u, b1u);
    f(153, s1u, s0u, b0u);
    f(154, s0w, b0u, 0);
    f(155, s0u, b0w, 0);
    f(156, s1w, s0u, 0);
    f(157, s1u, s0w, 0);
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

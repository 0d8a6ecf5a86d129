//! Greedy left-to-right averaged-perceptron tagger predicting a (UPOS, XPOS) pair per word.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::linear::{LANES, RowScratch, Scores, Weights, clear, feat, hash_str};

/// Marker value for "no word here" (before the start or after the end of the sentence).
const PAD_START: u64 = 0x0053_5441_5254;
const PAD_END: u64 = 0x0045_4e44;
/// Marker value for an unknown word's most frequent tag.
const NO_TOP: u64 = 0xFFFF;

/// Per-word values the tagger's feature templates read, computed once per word (the parser
/// reuses `lower` and `suf[2]`).
pub(crate) struct WordInfo {
    form: u64,
    lower: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    flags: u64,
    top: u64,
}

impl WordInfo {
    /// Hash of the lowercased form (the parser's word value).
    pub(crate) fn lower(&self) -> u64 {
        self.lower
    }

    /// Hash of the last three chars of the lowercased form (the parser's suffix value).
    pub(crate) fn suffix3(&self) -> u64 {
        self.suf[2]
    }
}

/// `s` in lowercase, borrowed when it has no uppercase letter.
pub(crate) fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Hash of a word's shape: letters to `X`/`x`, digits to `d`, runs collapsed, at most 6 bytes.
/// Equal to `hash_str` of the shape string, computed without building it.
fn shape(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut len = 0usize;
    let mut last = '\0';
    for c in s.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if m != last {
            let mut buf = [0u8; 4];
            for &b in m.encode_utf8(&mut buf).as_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
            len += m.len_utf8();
            last = m;
            if len >= 6 {
                break;
            }
        }
    }
    crate::linear::mix(h, len as u64)
}

/// Bit flags: digit, hyphen, all upper, title case, first word, other characters.
fn flags(s: &str, first: bool) -> u64 {
    let mut f = 0u64;
    let mut chars = s.chars();
    let c0 = chars.next().unwrap_or(' ');
    if s.chars().any(|c| c.is_ascii_digit()) {
        f |= 1;
    }
    if s.contains('-') {
        f |= 2;
    }
    if s.chars().all(|c| !c.is_lowercase()) && s.chars().any(char::is_uppercase) {
        f |= 4;
    }
    if c0.is_uppercase() && chars.all(|c| !c.is_uppercase()) {
        f |= 8;
    }
    if first {
        f |= 16;
    }
    if s.chars().any(|c| !c.is_alphanumeric()) {
        f |= 32;
    }
    f
}

/// The last `n` chars of `s` (or all of it).
fn suffix(s: &str, n: usize) -> &str {
    let k = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[k..]
}

/// The first `n` chars of `s` (or all of it).
fn prefix(s: &str, n: usize) -> &str {
    let k = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..k]
}

/// The tagger: tag set, lexicon and weights.
#[derive(Serialize, Deserialize, Clone, Default)]
pub(crate) struct Tagger {
    /// Tag pairs (UPOS, XPOS); a class number indexes this list.
    pub(crate) tags: Vec<(String, String)>,
    /// Frequent words (exact form) that had one tag in training: tagged without scoring.
    pub(crate) dict: Vec<(String, u16)>,
    /// Lowercased word -> its most frequent tag in training (words seen at least 3 times;
    /// otherwise `u16::MAX`) and its casing class (1: mostly lowercase, 2: mostly capitalised
    /// inside sentences, 3: mixed, 0: only sentence-initial).
    pub(crate) top: Vec<(String, u16, u8)>,
    pub(crate) weights: Weights,
    #[serde(skip)]
    dict_map: FxHashMap<String, u16>,
    #[serde(skip)]
    top_map: FxHashMap<String, (u16, u8)>,
}

impl Tagger {
    /// Builds the lookup maps after loading or training.
    pub(crate) fn build(&mut self) -> Result<(), String> {
        self.weights.build()?;
        let n = self.tags.len();
        if usize::from(self.weights.n_classes) != n {
            return Err(format!(
                "tagger has {} classes for {n} tags",
                self.weights.n_classes
            ));
        }
        if self.dict.iter().any(|(_, t)| usize::from(*t) >= n)
            || self
                .top
                .iter()
                .any(|(_, t, _)| *t != u16::MAX && usize::from(*t) >= n)
        {
            return Err("tag dictionary names an unknown tag".into());
        }
        self.dict_map = self.dict.iter().cloned().collect();
        self.top_map = self
            .top
            .iter()
            .map(|(w, t, c)| (w.clone(), (*t, *c)))
            .collect();
        Ok(())
    }

    /// Per-word feature values of a sentence given as word forms.
    pub(crate) fn word_infos(&self, forms: &[&str]) -> Vec<WordInfo> {
        forms
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let lower = lowercase(w);
                let (top, case) = self
                    .top_map
                    .get(lower.as_ref())
                    .map_or((NO_TOP, 9), |&(t, c)| (u64::from(t), u64::from(c)));
                WordInfo {
                    form: hash_str(w),
                    lower: hash_str(&lower),
                    suf: [1, 2, 3, 4].map(|n| hash_str(suffix(&lower, n))),
                    pre: [1, 2, 3].map(|n| hash_str(prefix(&lower, n))),
                    shape: shape(w),
                    flags: flags(w, i == 0) | (case << 8),
                    top,
                }
            })
            .collect()
    }

    /// Tags a sentence (word forms); returns class numbers into `tags`.
    #[cfg(feature = "train")]
    pub(crate) fn tag(&self, forms: &[&str]) -> Vec<u16> {
        let infos = self.word_infos(forms);
        self.tag_with(forms, &infos)
    }

    /// Tags a sentence (word forms) whose word infos ([`Tagger::word_infos`]) are already
    /// computed; returns class numbers into `tags`.
    pub(crate) fn tag_with(&self, forms: &[&str], infos: &[WordInfo]) -> Vec<u16> {
        self.tag_from(forms, infos, Vec::with_capacity(forms.len()), None)
            .0
    }

    /// Greedy tagging continuing after the tags already in `out`. Returns the tags and the sum
    /// of the chosen tags' scores. With `verbs`, records for each scored word its best
    /// finite-verb tag and that tag's score.
    fn tag_from(
        &self,
        forms: &[&str],
        infos: &[WordInfo],
        mut out: Vec<u16>,
        mut verbs: Option<&mut Vec<Option<(i64, u16)>>>,
    ) -> (Vec<u16>, i64) {
        let mut feats = Vec::with_capacity(40);
        let nc = self.tags.len();
        let mut acc: Scores = [0; LANES];
        let mut rows = RowScratch::default();
        let mut total = 0i64;
        for (i, &form) in forms.iter().enumerate().skip(out.len()) {
            if let Some(&t) = self.dict_map.get(form) {
                out.push(t);
                continue;
            }
            let (p1, p2) = prev_tags(&out, i);
            features(infos, i, p1, p2, &mut feats);
            clear(&mut acc, nc);
            self.weights.score_add(&feats, &mut acc, &mut rows);
            let scores = &acc[..nc];
            let best = argmax_i32(scores);
            total += i64::from(scores[best]);
            if let Some(m) = verbs.as_deref_mut() {
                let verb = (0..scores.len())
                    .filter(|&c| is_finite_verb(&self.tags[c].1))
                    .max_by_key(|&c| scores[c]);
                if let Some(v) = verb {
                    m[i] = Some((i64::from(scores[best]) - i64::from(scores[v]), v as u16));
                }
            }
            out.push(best as u16);
        }
        (out, total)
    }

    /// Tags a headline: like [`Tagger::tag_with`], but when no word gets a finite-verb tag (VBZ,
    /// VBP, VBD), each word after the first is tried with its best finite-verb tag (the words
    /// after it tagged again) and the sequence with the highest total score is kept.
    /// Headlines drop determiners, which makes "Police Arrest Dozens" look like a noun
    /// compound to a tagger trained on ordinary text.
    /// `infos` are the word infos of `forms` ([`Tagger::word_infos`]).
    pub(crate) fn tag_headline_with(&self, forms: &[&str], infos: &[WordInfo]) -> Vec<u16> {
        let mut verbs = vec![None; forms.len()];
        let (out, _) = self.tag_from(forms, infos, Vec::new(), Some(&mut verbs));
        let margins: Vec<i64> = verbs
            .iter()
            .map(|v| v.map_or(i64::MAX, |(g, _)| g))
            .collect();
        if out
            .iter()
            .any(|&t| is_finite_verb(&self.tags[usize::from(t)].1))
        {
            return out;
        }
        // Candidates: words right after a noun or pronoun (the subject's end), ranked by how
        // close their best finite-verb tag came to their chosen tag.
        let nominal = |t: u16| {
            matches!(
                self.tags[usize::from(t)].1.as_str(),
                "NN" | "NNS" | "NNP" | "NNPS" | "PRP"
            )
        };
        let mut best: Option<(i64, usize, u16)> = None;
        for (i, v) in verbs.iter().enumerate().skip(1) {
            let Some((_, tag)) = *v else { continue };
            if !nominal(out[i - 1]) {
                continue;
            }
            let gap = margins[i];
            if best.is_none() {
                best = Some((gap, i, tag));
            }
        }
        let best = best.map(|(_, i, tag)| {
            let mut prefix = out[..i].to_vec();
            prefix.push(tag);
            ((), self.tag_from(forms, infos, prefix, None).0)
        });
        best.map_or(out, |(_, seq)| seq)
    }
}

/// Whether a Penn tag is a finite verb form.
fn is_finite_verb(xpos: &str) -> bool {
    matches!(xpos, "VBZ" | "VBP" | "VBD")
}

/// The previous two tags as feature values (padding values before the start).
pub(crate) fn prev_tags(out: &[u16], i: usize) -> (u64, u64) {
    let p1 = if i >= 1 { u64::from(out[i - 1]) } else { 1000 };
    let p2 = if i >= 2 { u64::from(out[i - 2]) } else { 1000 };
    (p1, p2)
}

/// Index of the largest score (the first on ties).
pub(crate) fn argmax_i32(s: &[i32]) -> usize {
    // The maximum first, then its first position: both loops vectorise.
    let max = s.iter().copied().max().unwrap_or(0);
    s.iter().position(|&v| v == max).unwrap_or(0)
}

/// The tagger's feature templates at position `i`, given the previous two predicted tags.
pub(crate) fn features(w: &[WordInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let n = w.len();
    let lower = |j: isize| -> u64 {
        if j < 0 {
            PAD_START
        } else if j as usize >= n {
            PAD_END
        } else {
            w[j as usize].lower
        }
    };
    let at = |j: isize| -> Option<&WordInfo> {
        if j < 0 || j as usize >= n {
            None
        } else {
            Some(&w[j as usize])
        }
    };
    let ii = i as isize;
    let x = &w[i];
    let top = |j: isize| at(j).map_or(PAD_END, |v| v.top);
    let suf3 = |j: isize| at(j).map_or(PAD_START, |v| v.suf[2]);
    let shp = |j: isize| at(j).map_or(PAD_START, |v| v.shape);
    out.push(feat(0, 0, 0, 0));
    out.push(feat(1, x.form, 0, 0));
    out.push(feat(2, x.lower, 0, 0));
    for k in 0..4 {
        out.push(feat(3 + k as u64, x.suf[k], 0, 0));
    }
    for k in 0..3 {
        out.push(feat(7 + k as u64, x.pre[k], 0, 0));
    }
    out.push(feat(10, x.shape, 0, 0));
    out.push(feat(11, x.flags, 0, 0));
    out.push(feat(12, lower(ii - 1), 0, 0));
    out.push(feat(13, lower(ii + 1), 0, 0));
    out.push(feat(14, lower(ii - 2), 0, 0));
    out.push(feat(15, lower(ii + 2), 0, 0));
    out.push(feat(16, suf3(ii - 1), 0, 0));
    out.push(feat(17, suf3(ii + 1), 0, 0));
    out.push(feat(18, p1, 0, 0));
    out.push(feat(19, p1, p2, 0));
    out.push(feat(20, p1, x.lower, 0));
    out.push(feat(21, lower(ii - 1), x.lower, 0));
    out.push(feat(22, x.lower, lower(ii + 1), 0));
    out.push(feat(23, top(ii + 1), 0, 0));
    out.push(feat(24, top(ii + 2), 0, 0));
    out.push(feat(25, top(ii + 1), x.lower, 0));
    out.push(feat(26, p1, top(ii + 1), 0));
    out.push(feat(27, shp(ii - 1), x.shape, shp(ii + 1)));
    out.push(feat(28, x.suf[2], p1, 0));
    out.push(feat(29, x.top, 0, 0));
    out.push(feat(30, x.top, p1, top(ii + 1)));
    out.push(feat(31, x.flags, x.suf[1], 0));
    out.push(feat(32, lower(ii - 1), p1, x.suf[2]));
    let fl = |j: isize| at(j).map_or(PAD_END, |v| v.flags);
    out.push(feat(33, fl(ii - 1), x.flags, fl(ii + 1)));
    out.push(feat(34, p1, x.flags, 0));
}

#[cfg(feature = "train")]
pub(crate) mod train {
    //! Training the tagger.
    use super::*;
    use crate::linear::Perceptron;
    use crate::train::Rng;

    /// A training sentence: word forms and gold class numbers.
    pub(crate) struct TagSentence {
        pub(crate) forms: Vec<String>,
        pub(crate) tags: Vec<u16>,
    }

    /// Builds the lexicon parts (tag dictionary, most frequent tags) from training sentences.
    pub(crate) fn lexicon(tags: Vec<(String, String)>, data: &[TagSentence]) -> Tagger {
        let mut by_form: FxHashMap<&str, FxHashMap<u16, u32>> = FxHashMap::default();
        let mut by_lower: FxHashMap<String, FxHashMap<u16, u32>> = FxHashMap::default();
        let mut case: FxHashMap<String, (u32, u32)> = FxHashMap::default();
        for s in data {
            for (i, (f, &t)) in s.forms.iter().zip(&s.tags).enumerate() {
                let first = f.chars().next().unwrap_or(' ');
                let e = case.entry(f.to_lowercase()).or_default();
                if first.is_lowercase() {
                    e.0 += 1;
                } else if first.is_uppercase() && i > 0 {
                    e.1 += 1;
                }
                *by_form.entry(f).or_default().entry(t).or_default() += 1;
                *by_lower
                    .entry(f.to_lowercase())
                    .or_default()
                    .entry(t)
                    .or_default() += 1;
            }
        }
        let best = |m: &FxHashMap<u16, u32>| -> (u16, u32, u32) {
            let total = m.values().sum();
            let (&t, &c) = m
                .iter()
                .max_by_key(|&(&t, &c)| (c, std::cmp::Reverse(t)))
                .expect("non-empty");
            (t, c, total)
        };
        let mut dict: Vec<(String, u16)> = by_form
            .iter()
            .filter_map(|(f, m)| {
                let (t, c, total) = best(m);
                (total >= 20 && f64::from(c) >= 0.995 * f64::from(total))
                    .then(|| (f.to_string(), t))
            })
            .collect();
        dict.sort();
        let mut top: Vec<(String, u16, u8)> = by_lower
            .iter()
            .filter_map(|(f, m)| {
                let (t, _, total) = best(m);
                let (l, c) = case.get(f).copied().unwrap_or_default();
                let class = if l + c == 0 {
                    0
                } else if l >= 4 * c {
                    1
                } else if c >= 4 * l {
                    2
                } else {
                    3
                };
                let t = if total >= 3 { t } else { u16::MAX };
                (total >= 2).then(|| (f.clone(), t, class))
            })
            .collect();
        top.sort();
        let mut tagger = Tagger {
            tags,
            dict,
            top,
            ..Tagger::default()
        };
        tagger.weights = Weights::from_rows(tagger.tags.len(), Vec::new());
        tagger.build().expect("consistent");
        tagger
    }

    /// Trains the tagger weights for `epochs` passes (sentence order shuffled by `rng`).
    /// `on_epoch` is called after each epoch with the epoch number and the averaged tagger.
    pub(crate) fn train(
        mut tagger: Tagger,
        data: &[TagSentence],
        epochs: usize,
        rng: &mut Rng,
        mut on_epoch: impl FnMut(usize, &Tagger),
    ) -> Tagger {
        let n_classes = tagger.tags.len();
        let mut p = Perceptron::new(n_classes);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut feats = Vec::new();
        let mut scores = Vec::new();
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                let s = &data[si];
                let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                let infos = tagger.word_infos(&forms);
                let mut out: Vec<u16> = Vec::with_capacity(forms.len());
                for (i, &form) in forms.iter().enumerate() {
                    if let Some(&t) = tagger.dict_map.get(form) {
                        out.push(t);
                        continue;
                    }
                    let (p1, p2) = prev_tags(&out, i);
                    features(&infos, i, p1, p2, &mut feats);
                    p.score(&feats, &mut scores);
                    let mut guess = 0;
                    for (c, &v) in scores.iter().enumerate() {
                        if v > scores[guess] {
                            guess = c;
                        }
                    }
                    p.tick();
                    p.update(&feats, usize::from(s.tags[i]), guess);
                    out.push(guess as u16);
                }
            }
            tagger.weights = p.averaged(1);
            tagger.build().expect("consistent");
            on_epoch(epoch + 1, &tagger);
        }
        tagger
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_hash_equals_hash_of_shape_string() {
        for (word, shape_string) in [
            ("Blinken", "Xx"),
            ("U.S.", "X.X."),
            ("1,100", "d,d"),
            ("e-mail", "x-x"),
            ("McDonald's", "XxXx'x"),
            ("", ""),
        ] {
            assert_eq!(shape(word), hash_str(shape_string), "{word}");
        }
    }

    #[test]
    fn affixes_count_chars() {
        assert_eq!(suffix("señor", 3), "ñor");
        assert_eq!(suffix("ab", 4), "ab");
        assert_eq!(prefix("élan", 2), "él");
        assert_eq!(prefix("a", 3), "a");
    }

    #[test]
    fn flags_mark_case_digits_and_position() {
        assert_eq!(flags("Talks", false), 8);
        assert_eq!(flags("UN", true), 4 | 16);
        assert_eq!(flags("9-11", false), 1 | 2 | 32);
    }
}

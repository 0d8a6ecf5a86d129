//! Lemmatiser: a (word, XPOS) lookup learnt from training data, then suffix-edit rules learnt
//! from the training word types for unseen words.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// How to turn a lowercased form into its lemma: drop `strip` chars at the end, append `append`.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Edit {
    pub(crate) strip: u8,
    pub(crate) append: String,
}

impl Edit {
    /// The edit turning `form` into `lemma`, if `lemma` shares a prefix with `form` and the
    /// stripped part is at most 255 chars.
    #[cfg(feature = "train")]
    pub(crate) fn between(form: &str, lemma: &str) -> Option<Edit> {
        let common = form
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let strip = form.chars().count() - common;
        let append: String = lemma.chars().skip(common).collect();
        Some(Edit {
            strip: u8::try_from(strip).ok()?,
            append,
        })
    }

    /// Applies the edit; `None` when `form` is shorter than `strip`.
    pub(crate) fn apply(&self, form: &str) -> Option<String> {
        let n = form.chars().count();
        let keep = n.checked_sub(usize::from(self.strip))?;
        let mut s: String = form.chars().take(keep).collect();
        s.push_str(&self.append);
        Some(s)
    }
}

/// The longest suffix consulted by the rules, in chars.
const MAX_SUFFIX: usize = 6;

/// Lemma lookup tables and suffix rules, keyed by XPOS.
#[derive(Serialize, Deserialize, Clone, Default)]
pub(crate) struct Lemmatizer {
    /// (XPOS, lowercased form, lemma) for common words (not proper nouns).
    pub(crate) words: Vec<(String, String, String)>,
    /// (XPOS, exact form, lemma) for proper nouns.
    pub(crate) proper: Vec<(String, String, String)>,
    /// (XPOS, suffix of the lowercased form, edit).
    pub(crate) rules: Vec<(String, String, Edit)>,
    #[serde(skip)]
    words_map: FxHashMap<String, FxHashMap<String, String>>,
    #[serde(skip)]
    proper_map: FxHashMap<String, FxHashMap<String, String>>,
    #[serde(skip)]
    rules_map: FxHashMap<String, FxHashMap<String, Edit>>,
    /// Every lemma of `words`: a rule result that is a known lemma is preferred.
    #[serde(skip)]
    known: rustc_hash::FxHashSet<String>,
}

/// Whether an XPOS keeps the case of the form in its lemma: proper nouns, and `ADD`
/// (addresses: e-mail, web).
fn is_proper(xpos: &str) -> bool {
    xpos == "NNP" || xpos == "NNPS" || xpos == "ADD"
}

impl Lemmatizer {
    /// Builds the maps after loading or training.
    pub(crate) fn build(&mut self) {
        fn nest<V: Clone>(
            items: &[(String, String, V)],
        ) -> FxHashMap<String, FxHashMap<String, V>> {
            let mut m: FxHashMap<String, FxHashMap<String, V>> = FxHashMap::default();
            for (x, k, v) in items {
                m.entry(x.clone()).or_default().insert(k.clone(), v.clone());
            }
            m
        }
        self.words_map = nest(&self.words);
        self.proper_map = nest(&self.proper);
        self.rules_map = nest(&self.rules);
        self.known = self.words.iter().map(|(_, _, l)| l.clone()).collect();
    }

    /// The lemma of `form` tagged `xpos`.
    pub(crate) fn lemma(&self, form: &str, xpos: &str) -> String {
        if is_proper(xpos) {
            if let Some(l) = self.proper_map.get(xpos).and_then(|m| m.get(form)) {
                return l.clone();
            }
            return self.by_rule(form, xpos).unwrap_or_else(|| form.to_string());
        }
        // `to_lowercase` changes an ASCII string only by its capitals: no copy without them.
        let lower: std::borrow::Cow<'_, str> =
            if form.is_ascii() && !form.bytes().any(|b| b.is_ascii_uppercase()) {
                std::borrow::Cow::Borrowed(form)
            } else {
                std::borrow::Cow::Owned(form.to_lowercase())
            };
        if let Some(l) = self.words_map.get(xpos).and_then(|m| m.get(lower.as_ref())) {
            return l.clone();
        }
        if xpos == "CD"
            && lower.contains(',')
            && lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            // EWT writes numbers without thousands separators in LEMMA: 1,100 -> 1100.
            return lower.replace(',', "");
        }
        self.by_rule(&lower, xpos)
            .unwrap_or_else(|| lower.into_owned())
    }

    /// The longest-suffix rule's result for `form`.
    fn by_rule(&self, form: &str, xpos: &str) -> Option<String> {
        let rules = self.rules_map.get(xpos)?;
        let starts: Vec<usize> = form.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        let mut first = None;
        for k in (1..=MAX_SUFFIX.min(n.saturating_sub(1))).rev() {
            if let Some(e) = rules.get(&form[starts[n - k]..]) {
                let Some(l) = e.apply(form) else { continue };
                // The longest suffix's result, unless a shorter suffix's rule gives a lemma
                // known from training (provoked -> provoke, not provok).
                if self.known.contains(&l) {
                    return Some(l);
                }
                first.get_or_insert(l);
            }
        }
        first
    }

    /// Learns the lemmatiser from `(form, xpos, lemma)` triples of training words.
    #[cfg(feature = "train")]
    pub(crate) fn train<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Self {
        let mut common: FxHashMap<(String, String), FxHashMap<String, u32>> = FxHashMap::default();
        let mut proper: FxHashMap<(String, String), FxHashMap<String, u32>> = FxHashMap::default();
        for (form, xpos, lemma) in words {
            if lemma == "_" {
                continue;
            }
            if is_proper(xpos) {
                *proper
                    .entry((xpos.to_string(), form.to_string()))
                    .or_default()
                    .entry(lemma.to_string())
                    .or_default() += 1;
            } else {
                *common
                    .entry((xpos.to_string(), form.to_lowercase()))
                    .or_default()
                    .entry(lemma.to_string())
                    .or_default() += 1;
            }
        }
        let best = |m: &FxHashMap<String, u32>| -> String {
            m.iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(l, _)| l.clone())
                .expect("non-empty")
        };
        // Suffix rules from word types: (xpos, suffix) -> edit counts.
        let mut rule_counts: FxHashMap<(String, String), FxHashMap<Edit, u32>> =
            FxHashMap::default();
        let mut add_rules = |xpos: &str, form: &str, lemma: &str| {
            let Some(edit) = Edit::between(form, lemma) else {
                return;
            };
            let chars: Vec<(usize, char)> = form.char_indices().collect();
            let n = chars.len();
            for k in usize::from(edit.strip).max(1)..=MAX_SUFFIX.min(n.saturating_sub(1)) {
                let suf = &form[chars[n - k].0..];
                *rule_counts
                    .entry((xpos.to_string(), suf.to_string()))
                    .or_default()
                    .entry(edit.clone())
                    .or_default() += 1;
            }
        };
        let mut words = Vec::new();
        for ((x, f), m) in &common {
            let l = best(m);
            add_rules(x, f, &l);
            if l != *f {
                words.push((x.clone(), f.clone(), l));
            } else if Edit::between(f, &l).is_some() {
                // Identity lemmas are also stored when a rule would change the word.
                words.push((x.clone(), f.clone(), l));
            }
        }
        let mut proper_list = Vec::new();
        for ((x, f), m) in &proper {
            let l = best(m);
            add_rules(x, f, &l);
            proper_list.push((x.clone(), f.clone(), l));
        }
        let mut rules: Vec<(String, String, Edit)> = rule_counts
            .into_iter()
            .filter_map(|((x, s), m)| {
                let total: u32 = m.values().sum();
                let (e, c) = m
                    .into_iter()
                    .max_by(|a, b| {
                        a.1.cmp(&b.1)
                            .then_with(|| (&b.0.append, b.0.strip).cmp(&(&a.0.append, a.0.strip)))
                    })
                    .expect("non-empty");
                (total >= 2 && c * 2 > total).then_some((x, s, e))
            })
            .collect();
        rules.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        words.sort();
        proper_list.sort();
        let mut l = Lemmatizer {
            words,
            proper: proper_list,
            rules,
            ..Default::default()
        };
        l.build();
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemmatizer() -> Lemmatizer {
        let e = |strip, append: &str| Edit {
            strip,
            append: append.into(),
        };
        let mut l = Lemmatizer {
            words: vec![
                ("VBD".into(), "said".into(), "say".into()),
                ("VB".into(), "provoke".into(), "provoke".into()),
            ],
            proper: vec![("NNPS".into(), "Venezuelans".into(), "Venezuelan".into())],
            rules: vec![
                ("VBN".into(), "ed".into(), e(2, "")),
                ("VBN".into(), "ked".into(), e(1, "")),
                ("VBN".into(), "oked".into(), e(2, "")),
                ("NNS".into(), "s".into(), e(1, "")),
            ],
            ..Default::default()
        };
        l.build();
        l
    }

    #[test]
    fn lookup_rules_and_case() {
        let l = lemmatizer();
        assert_eq!(l.lemma("Said", "VBD"), "say");
        assert_eq!(l.lemma("Venezuelans", "NNPS"), "Venezuelan");
        assert_eq!(l.lemma("Talks", "NNS"), "talk");
        assert_eq!(l.lemma("played", "VBN"), "play");
        assert_eq!(l.lemma("1,100", "CD"), "1100");
        assert_eq!(l.lemma("a@b.org", "ADD"), "a@b.org");
    }

    #[test]
    fn a_known_lemma_beats_the_longest_suffix() {
        // "oked" says strip 2 ("provok"); "ked" gives the known lemma "provoke".
        assert_eq!(lemmatizer().lemma("provoked", "VBN"), "provoke");
    }

    #[test]
    fn edit_apply_counts_chars() {
        let e = Edit {
            strip: 2,
            append: "ía".into(),
        };
        assert_eq!(e.apply("señorx").as_deref(), Some("señoía"));
        assert_eq!(e.apply("a"), None);
    }
}

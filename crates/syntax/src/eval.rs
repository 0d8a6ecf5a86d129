//! Scoring against gold CoNLL-U with gold words (the CoNLL 2018 shared task metrics for the case
//! where system and gold words are identical).

use dyad_conllu::{Id, Row, Sentence};

use crate::Model;

/// Counts of correct words; every syntactic word counts, punctuation included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Words with the gold UPOS.
    pub upos: usize,
    /// Words with the gold XPOS.
    pub xpos: usize,
    /// Words with the gold lemma (exact string, case included).
    pub lemma: usize,
    /// Words with the gold head.
    pub uas: usize,
    /// Words with the gold head and the gold universal relation (`nsubj` for `nsubj:pass`):
    /// LAS as the CoNLL 2018 shared task computes it.
    pub las: usize,
    /// Words with the gold head and the gold full relation including its subtype.
    pub las_full: usize,
}

/// A system sentence whose words differ from the gold sentence's.
#[derive(Debug, thiserror::Error)]
#[error("sentence {sentence}: {detail}")]
pub struct EvalError {
    /// Sentence number, 1-based, in file order.
    pub sentence: usize,
    /// What differs.
    pub detail: String,
}

fn words(s: &Sentence) -> Vec<&Row> {
    s.rows
        .iter()
        .filter(|r| matches!(r.id, Id::Word(_)))
        .collect()
}

fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or("")
}

impl Scores {
    /// Adds one sentence pair; `number` (1-based) names the sentence in errors.
    ///
    /// # Errors
    /// [`EvalError`] when the two sentences do not have the same word forms.
    pub fn add(
        &mut self,
        number: usize,
        gold: &Sentence,
        system: &Sentence,
    ) -> Result<(), EvalError> {
        let (g, s) = (words(gold), words(system));
        if g.len() != s.len() {
            return Err(EvalError {
                sentence: number,
                detail: format!("{} gold words, {} system words", g.len(), s.len()),
            });
        }
        for (i, (g, s)) in g.iter().zip(&s).enumerate() {
            if g.form != s.form {
                return Err(EvalError {
                    sentence: number,
                    detail: format!("word {}: gold {:?}, system {:?}", i + 1, g.form, s.form),
                });
            }
            self.words += 1;
            self.upos += usize::from(g.upos == s.upos);
            self.xpos += usize::from(g.xpos == s.xpos);
            self.lemma += usize::from(g.lemma == s.lemma);
            if g.head == s.head {
                self.uas += 1;
                self.las += usize::from(universal(&g.deprel) == universal(&s.deprel));
                self.las_full += usize::from(g.deprel == s.deprel);
            }
        }
        Ok(())
    }

    /// A count as a percentage of the words (0 when there are no words).
    pub fn percent(&self, count: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * count as f64 / self.words as f64
        }
    }

    /// One line: `UPOS 95.12 XPOS 94.80 lemma 97.50 UAS 86.10 LAS 83.00 LAS(full) 82.10`,
    /// percentages of words.
    pub fn summary(&self) -> String {
        format!(
            "UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2} LAS(full) {:.2} ({} words)",
            self.percent(self.upos),
            self.percent(self.xpos),
            self.percent(self.lemma),
            self.percent(self.uas),
            self.percent(self.las),
            self.percent(self.las_full),
            self.words
        )
    }
}

/// Analyses copies of the gold sentences with `model` (gold words, predicted everything else)
/// and scores them.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for (i, g) in gold.iter().enumerate() {
        let mut s = g.clone();
        model.analyse(&mut s);
        scores
            .add(i + 1, g, &s)
            .expect("the analysis keeps the gold words");
    }
    scores
}

/// One word for scoring over an alignment: its analysis and its head as a word index into the
/// same document-wide list (`None` for the root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoredWord {
    /// UPOS.
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// Lemma.
    pub lemma: String,
    /// Index of the head word in the document-wide word list; `None` for the root.
    pub head: Option<usize>,
    /// Relation with subtype.
    pub deprel: String,
}

impl ScoredWord {
    /// The syntactic words of `sentences` as one document-wide list (heads turned into list
    /// indices; a head number outside the sentence counts as the root).
    pub fn from_sentences(sentences: &[Sentence]) -> Vec<ScoredWord> {
        let mut out = Vec::new();
        for s in sentences {
            let base = out.len();
            let ws = words(s);
            let n = ws.len();
            for r in ws {
                out.push(ScoredWord {
                    upos: r.upos.clone(),
                    xpos: r.xpos.clone(),
                    lemma: r.lemma.clone(),
                    head: r
                        .head
                        .filter(|&h| h >= 1 && (h as usize) <= n)
                        .map(|h| base + h as usize - 1),
                    deprel: r.deprel.clone(),
                });
            }
        }
        out
    }
}

/// Scores over aligned words (system words from dyad's own tokenisation of raw text), as the
/// CoNLL 2018 shared task does: a word counts as correct when it is aligned and the column
/// matches; for UAS/LAS, the system head must be aligned to the gold head (or both be the
/// root). Each count gives precision (over system words), recall (over gold words) and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlignedScores {
    /// Gold words.
    pub gold: usize,
    /// System words.
    pub system: usize,
    /// Aligned word pairs (the Words metric).
    pub words: usize,
    /// Aligned words with the gold UPOS.
    pub upos: usize,
    /// Aligned words with the gold XPOS.
    pub xpos: usize,
    /// Aligned words with the gold lemma.
    pub lemma: usize,
    /// Aligned words with the gold head.
    pub uas: usize,
    /// ... and the gold universal relation.
    pub las: usize,
    /// ... and the gold full relation.
    pub las_full: usize,
}

impl AlignedScores {
    /// Scores system words against gold words over `pairs` of (gold index, system index).
    pub fn new(gold: &[ScoredWord], system: &[ScoredWord], pairs: &[(usize, usize)]) -> Self {
        let mut sys_to_gold = vec![None; system.len()];
        for &(g, s) in pairs {
            if s < system.len() {
                sys_to_gold[s] = Some(g);
            }
        }
        let mut out = AlignedScores {
            gold: gold.len(),
            system: system.len(),
            ..Default::default()
        };
        for &(gi, si) in pairs {
            let (Some(g), Some(s)) = (gold.get(gi), system.get(si)) else {
                continue;
            };
            out.words += 1;
            out.upos += usize::from(g.upos == s.upos);
            out.xpos += usize::from(g.xpos == s.xpos);
            out.lemma += usize::from(g.lemma == s.lemma);
            let head_ok = match (g.head, s.head) {
                (None, None) => true,
                (Some(gh), Some(sh)) => sys_to_gold.get(sh).copied().flatten() == Some(gh),
                _ => false,
            };
            if head_ok {
                out.uas += 1;
                out.las += usize::from(universal(&g.deprel) == universal(&s.deprel));
                out.las_full += usize::from(g.deprel == s.deprel);
            }
        }
        out
    }

    /// F1 of a count, in percent: 2 × count / (gold + system).
    pub fn f1(&self, count: usize) -> f64 {
        if self.gold + self.system == 0 {
            0.0
        } else {
            200.0 * count as f64 / (self.gold + self.system) as f64
        }
    }

    /// One line of F1 scores in percent.
    pub fn summary(&self) -> String {
        format!(
            "Words {:.2} UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2} LAS(full) {:.2} \
             (F1; {} gold, {} system words)",
            self.f1(self.words),
            self.f1(self.upos),
            self.f1(self.xpos),
            self.f1(self.lemma),
            self.f1(self.uas),
            self.f1(self.las),
            self.f1(self.las_full),
            self.gold,
            self.system
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(upos: &str, head: Option<usize>, deprel: &str) -> ScoredWord {
        ScoredWord {
            upos: upos.into(),
            xpos: "_".into(),
            lemma: "_".into(),
            head,
            deprel: deprel.into(),
        }
    }

    #[test]
    fn aligned_heads_must_map_to_gold_heads() {
        // Gold: "a b c" with b the root. System split "a" in two words and attached c to b.
        let gold = [
            w("X", Some(1), "dep"),
            w("V", None, "root"),
            w("N", Some(1), "obj"),
        ];
        let system = [
            w("X", Some(2), "dep"),
            w("X", Some(2), "dep"),
            w("V", None, "root"),
            w("N", Some(2), "obj:x"),
        ];
        let pairs = [(1, 2), (2, 3)];
        let s = AlignedScores::new(&gold, &system, &pairs);
        assert_eq!((s.gold, s.system, s.words), (3, 4, 2));
        assert_eq!((s.upos, s.uas, s.las, s.las_full), (2, 2, 2, 1));
        assert!((s.f1(s.words) - 200.0 * 2.0 / 7.0).abs() < 1e-9);
    }
}

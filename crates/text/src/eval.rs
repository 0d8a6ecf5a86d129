//! Scoring tokenisation and sentence segmentation with the CoNLL 2018 shared-task metrics.
//!
//! The metrics (Zeman et al. 2018, "CoNLL 2018 Shared Task: Multilingual Parsing from Raw Text
//! to Universal Dependencies", and its evaluation script `conll18_ud_eval.py`) compare a system
//! segmentation with a gold one over the same characters:
//! - both sides are reduced to the sequence of their token characters with every space
//!   (Unicode category Zs) removed; the two sequences must be equal;
//! - a token or sentence is a span of that sequence; **Tokens** and **Sentences** count spans
//!   with equal start and end;
//! - **Words** aligns syntactic words: words of single-word tokens align when their token spans
//!   are equal; inside a *multiword region* (a minimal stretch that contains at least one
//!   multiword token and that no multiword token of either side sticks out of) words align by a
//!   longest common subsequence of their lower-cased forms.
//!
//! Precision = correct / system, recall = correct / gold, F1 = 2 correct / (gold + system).
//!
//! [`align_words`] is public so that later stages (tagging, parsing) can score their columns
//! over the same alignment.

use std::fmt;
use std::ops::Range;

use dyad_conllu::Sentence;

use crate::{Normalized, split_paragraphs, split_sentences, tokenize};

/// A fault in scoring.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The characters of the gold and system tokens differ.
    #[error(
        "gold and system token characters differ at character {position}: gold {gold:?}, \
         system {system:?}"
    )]
    TextMismatch {
        /// Index (in non-space characters) of the first difference.
        position: usize,
        /// Up to 20 gold characters from there.
        gold: String,
        /// Up to 20 system characters from there.
        system: String,
    },
    /// A gold sentence without tokens.
    #[error("gold sentence {sentence} (1-based) has no tokens")]
    EmptySentence {
        /// 1-based index of the sentence in the gold file.
        sentence: usize,
    },
}

/// One syntactic word as the scorer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalWord {
    /// Span of the word's *token*, in non-space characters of the whole text.
    pub span: Range<usize>,
    /// The word's form, lower-cased.
    pub form: String,
    /// Whether the word belongs to a multiword token.
    pub multiword: bool,
}

/// A segmentation of a text into sentences, tokens and words, over its non-space characters.
///
/// Build it token by token with [`Segmentation::push_token`] and
/// [`Segmentation::end_sentence`], or from CoNLL-U with [`Segmentation::from_conllu`]. Words
/// are numbered in the order they are pushed (for CoNLL-U: file order of word rows, empty
/// nodes skipped), so a caller can keep parallel per-word data (tags, heads) and score it over
/// the pairs of [`align_words`].
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    chars: Vec<char>,
    /// Token spans, in character indices of `chars`.
    pub tokens: Vec<Range<usize>>,
    /// Syntactic words.
    pub words: Vec<EvalWord>,
    /// Sentence spans, in character indices of `chars`.
    pub sentences: Vec<Range<usize>>,
    sentence_start: Option<usize>,
}

/// Whether `c` is removed before comparison (Unicode general category Zs, space separators).
fn is_space_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

impl Segmentation {
    /// An empty segmentation.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a token with surface `form` and its syntactic `words` (one word: pass the form
    /// itself; more than one: a multiword token). Spaces (Zs) are dropped from forms.
    pub fn push_token<S: AsRef<str>>(&mut self, form: &str, words: &[S]) {
        let start = self.chars.len();
        self.chars
            .extend(form.chars().filter(|&c| !is_space_separator(c)));
        let span = start..self.chars.len();
        if self.sentence_start.is_none() {
            self.sentence_start = Some(start);
        }
        let multiword = words.len() > 1;
        for w in words {
            self.words.push(EvalWord {
                span: span.clone(),
                form: w.as_ref().to_lowercase(),
                multiword,
            });
        }
        self.tokens.push(span);
    }

    /// Ends the current sentence (no effect when it has no token).
    pub fn end_sentence(&mut self) {
        if let Some(start) = self.sentence_start.take() {
            self.sentences.push(start..self.chars.len());
        }
    }

    /// The non-space characters of the text.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The gold segmentation of CoNLL-U sentences: tokens from range rows and uncovered word
    /// rows, words from word rows (empty nodes skipped).
    ///
    /// # Errors
    /// [`EvalError::EmptySentence`] for a sentence without tokens.
    pub fn from_conllu(sentences: &[Sentence]) -> Result<Self, EvalError> {
        let mut seg = Segmentation::new();
        for (si, s) in sentences.iter().enumerate() {
            let tokens = s.tokens();
            if tokens.is_empty() {
                return Err(EvalError::EmptySentence { sentence: si + 1 });
            }
            for t in tokens {
                match t.id {
                    dyad_conllu::Id::Range(a, b) => {
                        let words: Vec<&str> = s
                            .words()
                            .filter(
                                |w| matches!(w.id, dyad_conllu::Id::Word(i) if i >= a && i <= b),
                            )
                            .map(|w| w.form.as_str())
                            .collect();
                        seg.push_token(&t.form, &words);
                    }
                    _ => seg.push_token(&t.form, &[t.form.as_str()]),
                }
            }
            seg.end_sentence();
        }
        Ok(seg)
    }
}

/// Counts for one metric.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Score {
    /// Units in the gold segmentation.
    pub gold: usize,
    /// Units in the system segmentation.
    pub system: usize,
    /// Units matched.
    pub correct: usize,
}

impl Score {
    /// correct / system (0 when the system has none).
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.correct as f64 / self.system as f64
        }
    }

    /// correct / gold (0 when the gold has none).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    /// 2 correct / (gold + system) (0 when both are empty).
    pub fn f1(&self) -> f64 {
        if self.gold + self.system == 0 {
            0.0
        } else {
            2.0 * self.correct as f64 / (self.gold + self.system) as f64
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.2} R {:.2} F1 {:.2}",
            100.0 * self.precision(),
            100.0 * self.recall(),
            100.0 * self.f1()
        )
    }
}

/// The three segmentation metrics of the CoNLL 2018 shared task.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct TextScores {
    /// Tokens (surface tokens, multiword tokens counted once).
    pub tokens: Score,
    /// Syntactic words, after alignment.
    pub words: Score,
    /// Sentences.
    pub sentences: Score,
}

/// Matches spans with equal start and end; both lists sorted by start.
fn span_score(gold: &[Range<usize>], system: &[Range<usize>]) -> Score {
    let (mut g, mut s, mut correct) = (0, 0, 0);
    while g < gold.len() && s < system.len() {
        let (a, b) = (&gold[g], &system[s]);
        if b.start < a.start {
            s += 1;
        } else if a.start < b.start {
            g += 1;
        } else {
            correct += usize::from(a.end == b.end);
            g += 1;
            s += 1;
        }
    }
    Score {
        gold: gold.len(),
        system: system.len(),
        correct,
    }
}

/// Whether word `i` lies past the end `end` of the multiword region being grown.
fn past_region(words: &[EvalWord], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.multiword => w.span.start >= end,
        Some(w) => w.span.end > end,
    }
}

/// Aligns gold and system words as the CoNLL 2018 evaluation does; returns the aligned pairs
/// `(gold index, system index)` in order. Both sides must cover the same characters (see
/// [`score`]).
pub fn align_words(gold: &[EvalWord], system: &[EvalWord]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::with_capacity(gold.len().min(system.len()));
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if !gold[gi].multiword && !system[si].multiword {
            let (g, s) = (&gold[gi].span, &system[si].span);
            if g == s {
                pairs.push((gi, si));
                gi += 1;
                si += 1;
            } else if g.start <= s.start {
                gi += 1;
            } else {
                si += 1;
            }
            continue;
        }
        // Grow the minimal multiword region that starts here.
        let mut end;
        if gold[gi].multiword {
            end = gold[gi].span.end;
            if !system[si].multiword && system[si].span.start < gold[gi].span.start {
                si += 1;
            }
        } else {
            end = system[si].span.end;
            if !gold[gi].multiword && gold[gi].span.start < system[si].span.start {
                gi += 1;
            }
        }
        let (g0, s0) = (gi, si);
        while !past_region(gold, gi, end) || !past_region(system, si, end) {
            let take_gold = gi < gold.len()
                && (si >= system.len() || gold[gi].span.start <= system[si].span.start);
            let w = if take_gold {
                gi += 1;
                &gold[gi - 1]
            } else {
                si += 1;
                &system[si - 1]
            };
            if w.multiword && w.span.end > end {
                end = w.span.end;
            }
        }
        lcs_align(&gold[g0..gi], &system[s0..si], g0, s0, &mut pairs);
    }
    pairs
}

/// Longest common subsequence of forms inside one multiword region.
fn lcs_align(g: &[EvalWord], s: &[EvalWord], g0: usize, s0: usize, out: &mut Vec<(usize, usize)>) {
    if g.is_empty() || s.is_empty() {
        return;
    }
    let (n, m) = (g.len(), s.len());
    // table[x][y] = LCS length of g[x..] and s[y..]; (n+1) x (m+1).
    let mut table = vec![0usize; (n + 1) * (m + 1)];
    let at = |x: usize, y: usize| x * (m + 1) + y;
    for x in (0..n).rev() {
        for y in (0..m).rev() {
            table[at(x, y)] = if g[x].form == s[y].form {
                1 + table[at(x + 1, y + 1)]
            } else {
                table[at(x + 1, y)].max(table[at(x, y + 1)])
            };
        }
    }
    let (mut x, mut y) = (0, 0);
    while x < n && y < m {
        if g[x].form == s[y].form {
            out.push((g0 + x, s0 + y));
            x += 1;
            y += 1;
        } else if table[at(x, y)] == table[at(x + 1, y)] {
            x += 1;
        } else {
            y += 1;
        }
    }
}

/// Scores a system segmentation against a gold one.
///
/// # Errors
/// [`EvalError::TextMismatch`] when the two do not cover the same non-space characters.
pub fn score(gold: &Segmentation, system: &Segmentation) -> Result<TextScores, EvalError> {
    if gold.chars != system.chars {
        let position = gold
            .chars
            .iter()
            .zip(&system.chars)
            .take_while(|(a, b)| a == b)
            .count();
        let cut = |c: &[char]| c.iter().skip(position).take(20).collect::<String>();
        return Err(EvalError::TextMismatch {
            position,
            gold: cut(&gold.chars),
            system: cut(&system.chars),
        });
    }
    let aligned = align_words(&gold.words, &system.words).len();
    Ok(TextScores {
        tokens: span_score(&gold.tokens, &system.tokens),
        words: Score {
            gold: gold.words.len(),
            system: system.words.len(),
            correct: aligned,
        },
        sentences: span_score(&gold.sentences, &system.sentences),
    })
}

/// Rebuilds the raw text of CoNLL-U sentences as UD's `.txt` files have it: tokens joined by
/// a space unless `SpaceAfter=No`, sentences of a paragraph joined the same way (by the last
/// token's `SpaceAfter`), and a blank line before each new paragraph (`# newpar`) or document
/// (`# newdoc`). Returns the text, ending in a newline.
pub fn raw_text(sentences: &[Sentence]) -> String {
    let mut text = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 && (s.is_newpar() || s.is_newdoc()) {
            let kept = text.trim_end_matches([' ', '\t']).len();
            text.truncate(kept);
            text.push_str("\n\n");
        }
        for t in s.tokens() {
            text.push_str(&t.form);
            if t.space_after() {
                text.push(' ');
            }
        }
    }
    let kept = text.trim_end().len();
    text.truncate(kept);
    text.push('\n');
    text
}

/// Runs dyad's raw-text path on `original`: [`Normalized::new`], [`split_paragraphs`],
/// [`split_sentences`], [`tokenize`]; token and word forms are taken from the *original* text
/// (through the normalisation map), as the scorer compares original characters.
pub fn segment_raw(original: &str) -> Segmentation {
    let norm = Normalized::new(original);
    let text = norm.as_str();
    let mut seg = Segmentation::new();
    // Original byte end of the previous token, to give unclaimed non-space characters
    // (removed by normalisation) to the token before them.
    for para in split_paragraphs(text) {
        for sent in split_sentences(text, para) {
            let tokens = tokenize(text, sent);
            let n = tokens.len();
            for (ti, t) in tokens.iter().enumerate() {
                let mut span = norm.original_range(t.span.clone());
                // Characters removed by normalisation (zero-width spaces, soft hyphens) right
                // after the token belong to it.
                if ti + 1 < n {
                    let next = norm.to_original(tokens[ti + 1].span.start);
                    let gap = &original[span.end..next.max(span.end)];
                    let claimed = gap.len() - gap.trim_start_matches(is_invisible).len();
                    span.end += claimed;
                }
                let form = &original[span.clone()];
                if t.words.len() == 1 {
                    seg.push_token(form, &[form]);
                } else {
                    let words: Vec<&str> = t
                        .words
                        .iter()
                        .map(|w| &original[norm.original_range(w.span.clone())])
                        .collect();
                    seg.push_token(form, &words);
                }
            }
            seg.end_sentence();
        }
    }
    seg
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(sentences: &[&[&str]]) -> Segmentation {
        // Each token "form" or "form word word" (multiword).
        let mut s = Segmentation::new();
        for sent in sentences {
            for t in *sent {
                let parts: Vec<&str> = t.split(' ').collect();
                if parts.len() == 1 {
                    s.push_token(parts[0], &[parts[0]]);
                } else {
                    s.push_token(parts[0], &parts[1..]);
                }
            }
            s.end_sentence();
        }
        s
    }

    fn words_correct(g: &[&str], s: &[&str]) -> usize {
        score(&seg(&[g]), &seg(&[s])).unwrap().words.correct
    }

    #[test]
    fn word_alignment_cases() {
        // Cases in the spirit of the shared task's own alignment tests.
        assert_eq!(words_correct(&["abc a b c"], &["a", "b", "c"]), 3);
        assert_eq!(
            words_correct(&["a", "bc b c", "d"], &["a", "b", "c", "d"]),
            4
        );
        assert_eq!(words_correct(&["abcd a b c d"], &["ab a b", "cd c d"]), 4);
        assert_eq!(words_correct(&["abcd"], &["a", "b", "c", "d"]), 0);
        assert_eq!(words_correct(&["abc", "d"], &["a", "b", "c", "d"]), 1);
        assert_eq!(words_correct(&["a", "bc b c", "d"], &["a", "b", "cd"]), 2);
        assert_eq!(
            words_correct(
                &["abc a BX c", "def d EX f"],
                &["ab a b", "cd c d", "ef e f"]
            ),
            4
        );
        assert_eq!(words_correct(&["ab a b", "cd bc d"], &["a", "bc", "d"]), 2);
        assert_eq!(
            words_correct(&["a", "bc b c", "d"], &["ab AX BX", "cd CX a"]),
            1
        );
    }

    #[test]
    fn tokens_and_sentences() {
        let g = seg(&[&["It", "rains", "."], &["Yes", "."]]);
        let s = seg(&[&["It", "rains."], &["Yes", "."]]);
        let r = score(&g, &s).unwrap();
        assert_eq!(
            r.tokens,
            Score {
                gold: 5,
                system: 4,
                correct: 3
            }
        );
        assert_eq!(
            r.sentences,
            Score {
                gold: 2,
                system: 2,
                correct: 2
            }
        );
        assert!((r.tokens.f1() - 6.0 / 9.0).abs() < 1e-12);
        let bad = seg(&[&["It", "snows"]]);
        assert!(matches!(
            score(&g, &bad),
            Err(EvalError::TextMismatch { position: 2, .. })
        ));
    }

    #[test]
    fn rebuilds_raw_text() {
        let conllu = "# newdoc id = d\n# newpar\n# text = Hi.\n1\tHi\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n\
# text = Go.\n1\tGo\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n\
# newpar\n# text = Ok\n1\tOk\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
        let s = dyad_conllu::parse_str(conllu).unwrap();
        assert_eq!(raw_text(&s), "Hi. Go.\n\nOk\n");
        let gold = Segmentation::from_conllu(&s).unwrap();
        let sys = segment_raw(&raw_text(&s));
        let r = score(&gold, &sys).unwrap();
        assert_eq!(r.tokens.correct, 5);
        assert_eq!(r.sentences.correct, 3);
    }
}

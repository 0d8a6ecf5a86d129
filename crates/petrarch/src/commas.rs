//! Removal of comma-delimited clauses before coding (the `comma_*` options,
//! [`crate::options::CommaLimits`]).
//!
//! PETRARCH-1 (openeventdata/petrarch `petrarch/petrarch.py`, `check_commas`; PETRARCH-2
//! reads the options but never applies them, see [`crate::options`]) removes short clauses set
//! off by commas, so that an aside ("…, it seems, …") or a trailing attribution ("…, a senior
//! official said on Saturday.") does not disturb the coding of the main clause. Its steps,
//! which dyad follows:
//!
//! 1. only commas *between* phrases count: a comma inside a noun phrase ("Arnor, Gondor and
//!    Rohan"; "complete, full diplomatic ties"; "Dagolath, its biggest partner,") delimits
//!    no clause;
//! 2. the *initial* clause (from the start of the sentence to the first comma) is removed
//!    when its length lies in `bmin..=bmax` (off when `bmax` is 0); the comma stays;
//! 3. the *terminal* clause (from the last comma to the final punctuation) is removed when
//!    its length lies in `emin..=emax` (off when `emax` is 0); the comma stays;
//! 4. each *internal* clause between two consecutive commas is removed, with the comma
//!    opening it, when its length lies in `min..=max` (off when `max` is 0);
//! 5. a comma left with no word before it (or none between it and the final punctuation)
//!    is removed, and of two commas left side by side the first.
//!
//! Lengths count the words that begin with a letter (PETRARCH-1's `count_word`: numbers
//! and punctuation do not count).
//!
//! **Over a dependency parse.** PETRARCH-1 decides on its Penn tree, where the commas inside
//! a noun phrase disappear when the phrase becomes a named-entity unit. dyad decides on its
//! own dependency parse of the whole sentence: a comma lies inside a noun phrase when the
//! words on either side of it climb, through noun-phrase relations (`amod`, `compound`,
//! `flat`, `nmod`, `appos`, `conj`, `det`, `nummod`, `advmod`, `case`, `cc`, `punct`,
//! `list`, `fixed`) and nominal heads, to the same nominal word. PETRARCH-1 then deletes the
//! complete phrases inside a clause; dyad removes the clause's words from the sentence
//! *text* and parses the rest again ([`crate::validate`]), so that the coder sees a sentence
//! without the clause (a Penn tree keeps the phrases of a reporting clause apart from the
//! main clause, while a dependency parse hangs the main clause on the reporting verb, so
//! deleting "complete" subtrees would rarely remove anything). Word indices of the result map
//! back to the original sentence ([`CommaRemoval::kept`]), so spans stay right.

use std::ops::Range;

use crate::apply::Word;
use crate::options::CommaLimits;

/// Where a removed clause stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// From the start of the sentence to the first comma.
    Initial,
    /// Between two commas.
    Internal,
    /// From the last comma to the final punctuation.
    Terminal,
}

impl ClauseKind {
    /// `initial`, `internal` or `terminal`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClauseKind::Initial => "initial",
            ClauseKind::Internal => "internal",
            ClauseKind::Terminal => "terminal",
        }
    }
}

/// One clause removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedClause {
    /// Its place in the sentence.
    pub kind: ClauseKind,
    /// 0-based word range of the clause in the original sentence (without its commas).
    pub words: Range<usize>,
    /// Its length in words that begin with a letter.
    pub length: usize,
}

/// The outcome of [`remove_clauses`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommaRemoval {
    /// 0-based indices (into the original sentence) of the words kept, in order; word `k` of
    /// the shortened sentence is word `kept[k]` of the original.
    pub kept: Vec<usize>,
    /// The clauses removed, in the order PETRARCH-1 removes them (initial, terminal,
    /// internal from left to right).
    pub clauses: Vec<RemovedClause>,
}

impl CommaRemoval {
    /// True when nothing was removed.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.kept.windows(2).all(|w| w[1] == w[0] + 1)
    }
}

fn head_of(words: &[Word], i: usize) -> Option<usize> {
    let h = words[i].head;
    (h >= 1 && h <= words.len() && h - 1 != i).then(|| h - 1)
}

fn urel(w: &Word) -> &str {
    w.deprel.split(':').next().unwrap_or("")
}

fn nominal(w: &Word) -> bool {
    matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ")
}

fn is_comma(w: &Word) -> bool {
    w.form == ","
}

/// A word as PETRARCH-1 counts it: one that begins with a letter.
fn counts(w: &Word) -> bool {
    w.form.chars().next().is_some_and(char::is_alphabetic)
}

fn is_punct(w: &Word) -> bool {
    !w.form.chars().any(char::is_alphanumeric)
}

/// The highest word reached from `i` through noun-phrase relations and nominal heads.
fn np_top(words: &[Word], i: usize) -> usize {
    let mut cur = i;
    for _ in 0..words.len() {
        let Some(h) = head_of(words, cur) else { break };
        let inside = matches!(
            urel(&words[cur]),
            "amod"
                | "compound"
                | "flat"
                | "nmod"
                | "appos"
                | "conj"
                | "det"
                | "nummod"
                | "advmod"
                | "case"
                | "cc"
                | "punct"
                | "list"
                | "fixed"
        );
        if !inside || !nominal(&words[h]) {
            break;
        }
        cur = h;
    }
    cur
}

/// Whether the comma at `i` lies inside a noun phrase (see the module documentation).
fn inside_noun_phrase(words: &[Word], i: usize) -> bool {
    let before = (0..i).rev().find(|&k| !is_punct(&words[k]));
    let after = (i + 1..words.len()).find(|&k| !is_punct(&words[k]));
    match (before, after) {
        (Some(x), Some(y)) => {
            let t = np_top(words, x);
            t == np_top(words, y) && nominal(&words[t])
        }
        _ => false,
    }
}

/// Removes the comma-delimited clauses of one parsed sentence that `limits` select (see the
/// module documentation). `words` is the parse of the whole sentence.
pub fn remove_clauses(words: &[Word], limits: &CommaLimits) -> CommaRemoval {
    let n = words.len();
    let all = CommaRemoval {
        kept: (0..n).collect(),
        clauses: Vec::new(),
    };
    if limits.is_off() || !words.iter().any(is_comma) {
        return all;
    }
    // The final punctuation: the run of punctuation (commas aside) that ends the sentence.
    let mut end = n;
    while end > 0 && is_punct(&words[end - 1]) && !is_comma(&words[end - 1]) {
        end -= 1;
    }
    let delimiters: Vec<usize> = (1..end)
        .filter(|&i| is_comma(&words[i]) && !inside_noun_phrase(words, i))
        .collect();
    let (Some(&first), Some(&last)) = (delimiters.first(), delimiters.last()) else {
        return all;
    };
    let length = |r: Range<usize>| r.filter(|&k| counts(&words[k])).count();
    let mut removed = vec![false; n];
    let mut clauses = Vec::new();
    let mut remove = |kind, r: Range<usize>, len, removed: &mut Vec<bool>| {
        for k in r.clone() {
            removed[k] = true;
        }
        clauses.push(RemovedClause {
            kind,
            words: r,
            length: len,
        });
    };
    if limits.bmax != 0 {
        let len = length(0..first);
        if (limits.bmin..=limits.bmax).contains(&len) && len > 0 {
            remove(ClauseKind::Initial, 0..first, len, &mut removed);
        }
    }
    if limits.emax != 0 {
        let len = length(last + 1..end);
        if (limits.emin..=limits.emax).contains(&len) && len > 0 {
            remove(ClauseKind::Terminal, last + 1..end, len, &mut removed);
        }
    }
    if limits.max != 0 {
        for pair in delimiters.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let len = length(a + 1..b);
            if (limits.min..=limits.max).contains(&len) && len > 0 {
                removed[a] = true;
                remove(ClauseKind::Internal, a + 1..b, len, &mut removed);
            }
        }
    }
    if clauses.is_empty() {
        return all;
    }
    // Dangling commas.
    let kept_word =
        |removed: &[bool], r: Range<usize>| r.into_iter().any(|k| !removed[k] && counts(&words[k]));
    for i in 0..end {
        if !is_comma(&words[i]) || removed[i] {
            continue;
        }
        let next = (i + 1..end).find(|&k| !removed[k]);
        let dangling = !kept_word(&removed, 0..i)
            || !kept_word(&removed, i + 1..end)
            || next.is_some_and(|k| is_comma(&words[k]));
        if dangling {
            removed[i] = true;
        }
    }
    let kept: Vec<usize> = (0..n).filter(|&k| !removed[k]).collect();
    // Never remove a whole sentence.
    if !kept.iter().any(|&k| counts(&words[k])) {
        return all;
    }
    CommaRemoval { kept, clauses }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::tests::words;

    fn text(ws: &[Word], r: &CommaRemoval) -> String {
        r.kept
            .iter()
            .map(|&k| ws[k].form.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    // Our own sentences, parsed by hand in UD (form/UPOS/head/deprel).
    const REPORTED: &str = "Arnor/PROPN/2/nsubj restored/VERB/0/root ties/NOUN/2/obj ,/PUNCT/7/punct \
        a/DET/6/det senior/ADJ/6/amod official/NOUN/7/nsubj said/VERB/2/parataxis ./PUNCT/2/punct";
    const SHORT_MAIN: &str = "Arnor/PROPN/6/nsubj ,/PUNCT/4/punct it/PRON/4/nsubj seems/VERB/6/parataxis \
        ,/PUNCT/4/punct restored/VERB/0/root ties/NOUN/6/obj ./PUNCT/6/punct";
    const ASIDE: &str = "Arnor/PROPN/6/nsubj ,/PUNCT/4/punct it/PRON/4/nsubj seems/VERB/6/parataxis \
        ,/PUNCT/4/punct restored/VERB/0/root full/ADJ/9/amod diplomatic/ADJ/9/amod ties/NOUN/6/obj \
        with/ADP/11/case Gondor/PROPN/9/nmod after/ADP/15/case nine/NUM/15/nummod long/ADJ/15/amod \
        years/NOUN/6/obl ./PUNCT/6/punct";
    const LIST: &str = "Arnor/PROPN/7/nsubj ,/PUNCT/3/punct Gondor/PROPN/1/conj ,/PUNCT/6/punct \
        and/CCONJ/6/cc Rohan/PROPN/1/conj met/VERB/0/root ./PUNCT/7/punct";
    const LONG_ASIDE: &str = "Arnor/PROPN/9/nsubj ,/PUNCT/5/punct as/SCONJ/5/mark everyone/PRON/5/nsubj \
        knew/VERB/9/advcl well/ADV/5/advmod enough/ADV/6/advmod ,/PUNCT/5/punct restored/VERB/0/root \
        full/ADJ/12/amod diplomatic/ADJ/12/amod ties/NOUN/9/obj with/ADP/14/case Gondor/PROPN/12/nmod \
        after/ADP/18/case nine/NUM/18/nummod long/ADJ/18/amod years/NOUN/9/obl ./PUNCT/9/punct";
    const TAIL: &str = "restored full diplomatic ties with Gondor after nine long years .";

    #[test]
    fn table_of_limits() {
        let d = CommaLimits::default();
        let with = |f: &dyn Fn(&mut CommaLimits)| {
            let mut l = d;
            f(&mut l);
            l
        };
        let kept_all = |spec: &str| {
            spec.split_whitespace()
                .map(|t| t.split('/').next().unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // (sentence, limits, text after removal, kinds removed)
        let table: Vec<(&str, CommaLimits, String, Vec<ClauseKind>)> = vec![
            // Default limits: a terminal attribution of 4 words goes, with its comma.
            (
                REPORTED,
                d,
                "Arnor restored ties .".into(),
                vec![ClauseKind::Terminal],
            ),
            // ... unless terminal removal is off or the clause is too short.
            (REPORTED, with(&|l| l.emax = 0), kept_all(REPORTED), vec![]),
            (REPORTED, with(&|l| l.emin = 5), kept_all(REPORTED), vec![]),
            // An internal aside of 2 words goes with the comma opening it; the main clause
            // after the last comma has 10 words, too long for a terminal clause.
            (
                ASIDE,
                d,
                format!("Arnor , {TAIL}"),
                vec![ClauseKind::Internal],
            ),
            (ASIDE, with(&|l| l.min = 3), kept_all(ASIDE), vec![]),
            (ASIDE, CommaLimits::OFF, kept_all(ASIDE), vec![]),
            // As in PETRARCH-1, a short main clause after the last comma is a terminal clause.
            (
                SHORT_MAIN,
                d,
                "Arnor .".into(),
                vec![ClauseKind::Terminal, ClauseKind::Internal],
            ),
            // Commas inside a noun phrase delimit nothing.
            (LIST, d, kept_all(LIST), vec![]),
            // An internal clause longer than max (5 > 3) stays; with max 8 it goes.
            (
                LONG_ASIDE,
                with(&|l| l.max = 3),
                kept_all(LONG_ASIDE),
                vec![],
            ),
            (
                LONG_ASIDE,
                d,
                format!("Arnor , {TAIL}"),
                vec![ClauseKind::Internal],
            ),
            // Initial removal is off by default; on, "Arnor" (1 word) goes when bmin <= 1,
            // and the comma left first in the sentence with it.
            (
                LONG_ASIDE,
                with(&|l| {
                    l.max = 0;
                    l.bmin = 1;
                    l.bmax = 2;
                }),
                format!("as everyone knew well enough , {TAIL}"),
                vec![ClauseKind::Initial],
            ),
            (
                LONG_ASIDE,
                with(&|l| {
                    l.max = 0;
                    l.bmin = 2;
                    l.bmax = 2;
                }),
                kept_all(LONG_ASIDE),
                vec![],
            ),
        ];
        for (spec, limits, want, kinds) in table {
            let ws = words(spec);
            let r = remove_clauses(&ws, &limits);
            assert_eq!(text(&ws, &r), want, "{spec} with {limits:?}");
            let got: Vec<ClauseKind> = r.clauses.iter().map(|c| c.kind).collect();
            assert_eq!(got, kinds, "{spec} with {limits:?}");
            assert_eq!(r.is_empty(), kinds.is_empty());
        }
    }

    #[test]
    fn lengths_count_words_that_begin_with_a_letter() {
        // ", 1995 ," is an internal clause of 0 words: never removed, even with min 0.
        let ws = words(
            "Arnor/PROPN/5/nsubj ,/PUNCT/3/punct 1995/NUM/5/obl ,/PUNCT/3/punct \
             restored/VERB/0/root ties/NOUN/5/obj",
        );
        let limits = CommaLimits {
            min: 0,
            emax: 0,
            ..CommaLimits::default()
        };
        let r = remove_clauses(&ws, &limits);
        assert!(r.is_empty(), "{r:?}");
        // "restored ties" after the last comma is a terminal clause of 2 words.
        let r = remove_clauses(&ws, &CommaLimits::default());
        assert_eq!(r.clauses.len(), 1);
        assert_eq!(
            (r.clauses[0].kind, r.clauses[0].length),
            (ClauseKind::Terminal, 2)
        );
        let ws = words(REPORTED);
        let r = remove_clauses(&ws, &CommaLimits::default());
        assert_eq!(r.clauses[0].length, 4);
        assert_eq!(r.clauses[0].words, 4..8);
        // Word k of the result is word kept[k] of the original.
        assert_eq!(r.kept, vec![0, 1, 2, 8]);
    }
}

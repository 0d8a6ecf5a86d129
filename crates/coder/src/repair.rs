//! Repairs of parser errors that break event coding, applied to a sentence's predicted
//! heads and relations before actors and events are read from them.
//!
//! Each repair fixes a tree that is impossible in Universal Dependencies, so it never changes
//! a well-formed analysis:
//!
//! * **Two subjects on one verb.** A long fronted phrase with a coordination ("At an event
//!   with X and current President Y on Monday, Z continued ...") is often parsed with the
//!   `cc` and the second conjunct Y hanging on the main verb as a second `nsubj`. UD gives a
//!   verb at most one `nsubj`. When a verb has several, the one nearest the verb stays its
//!   subject; an earlier one that follows a `cc` of the same verb, itself right after a noun,
//!   becomes a `conj` of that noun, the `cc` moves to it, and the words between the `cc` and
//!   it that hung on the verb become its modifiers.
//! * **A subject with a preposition.** A nominal with a `case` child ("at the Hague") is no
//!   subject; when the verb has another subject before it, it becomes that subject's `nmod`
//!   ("The Court at the Hague has concluded").
//! * **A preposition heading its noun.** An `ADP` with a nominal `obj`/`nmod`/`obl` child
//!   ("met on Monday *with* Khalilzad" parsed with "with" as the head) is turned round: the
//!   noun takes the preposition's place and relation, the preposition becomes its `case`.
//! * **A passive subject without a passive auxiliary** on a verb whose auxiliary is "have"
//!   ("X has concluded") is the active subject, `nsubj`.

/// One word's analysis: 1-based head (0 = root), relation, UPOS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arc {
    /// 1-based head word number, 0 for the root.
    pub head: u32,
    /// Universal Dependencies relation.
    pub deprel: String,
    /// Universal POS tag.
    pub upos: String,
}

/// Applies every repair to the arcs of one sentence (index i = word i + 1). Returns the
/// number of words changed.
pub fn repair(arcs: &mut [Arc], lemmas: &[&str]) -> usize {
    preposition_as_head(arcs)
        + prepositional_subject(arcs, lemmas)
        + perfect_not_passive(arcs, lemmas)
        + double_subject(arcs)
}

fn children(arcs: &[Arc], v: usize) -> impl Iterator<Item = usize> + '_ {
    (1..=arcs.len()).filter(move |&w| arcs[w - 1].head as usize == v)
}

fn preposition_as_head(arcs: &mut [Arc]) -> usize {
    let mut changed = 0;
    for p in 1..=arcs.len() {
        let a = &arcs[p - 1];
        if a.upos != "ADP" || matches!(a.deprel.as_str(), "case" | "mark" | "fixed" | "root") {
            continue;
        }
        if a.deprel.starts_with("compound") {
            continue;
        }
        let Some(n) = children(arcs, p).find(|&c| {
            matches!(arcs[c - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM")
                && matches!(
                    arcs[c - 1].deprel.split(':').next(),
                    Some("obj" | "nmod" | "obl" | "nsubj")
                )
        }) else {
            continue;
        };
        let (head, deprel) = (arcs[p - 1].head, arcs[p - 1].deprel.clone());
        let deprel = match deprel.split(':').next() {
            Some("obj" | "nsubj" | "iobj") => "obl".to_string(),
            _ => deprel,
        };
        arcs[n - 1].head = head;
        arcs[n - 1].deprel = deprel;
        arcs[p - 1].head = n as u32;
        arcs[p - 1].deprel = "case".into();
        // The preposition's other dependents go with the noun.
        for c in 1..=arcs.len() {
            if c != n && arcs[c - 1].head as usize == p {
                arcs[c - 1].head = n as u32;
            }
        }
        changed += 2;
    }
    changed
}

fn prepositional_subject(arcs: &mut [Arc], _lemmas: &[&str]) -> usize {
    let mut changed = 0;
    for s in 1..=arcs.len() {
        if !arcs[s - 1].deprel.starts_with("nsubj") {
            continue;
        }
        let has_case = children(arcs, s).any(|c| arcs[c - 1].deprel == "case" && c < s);
        if !has_case {
            continue;
        }
        let v = arcs[s - 1].head as usize;
        let other = children(arcs, v)
            .filter(|&o| o < s && arcs[o - 1].deprel.starts_with("nsubj"))
            .max();
        if let Some(o) = other {
            arcs[s - 1].head = o as u32;
            arcs[s - 1].deprel = "nmod".into();
            changed += 1;
        }
    }
    changed
}

fn perfect_not_passive(arcs: &mut [Arc], lemmas: &[&str]) -> usize {
    let mut changed = 0;
    for v in 1..=arcs.len() {
        let kids: Vec<usize> = children(arcs, v).collect();
        let aux_pass = kids.iter().any(|&k| arcs[k - 1].deprel == "aux:pass");
        let have = kids
            .iter()
            .any(|&k| arcs[k - 1].deprel == "aux" && lemmas.get(k - 1) == Some(&"have"));
        let active = kids.iter().any(|&k| arcs[k - 1].deprel == "nsubj");
        if aux_pass || !have || active {
            continue;
        }
        for &k in &kids {
            if arcs[k - 1].deprel == "nsubj:pass" {
                arcs[k - 1].deprel = "nsubj".into();
                changed += 1;
            }
        }
    }
    changed
}

fn double_subject(arcs: &mut [Arc]) -> usize {
    let n = arcs.len();
    let mut changed = 0;
    for v in 1..=n {
        let subjects: Vec<usize> = (1..=n)
            .filter(|&w| arcs[w - 1].head as usize == v && arcs[w - 1].deprel == "nsubj")
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        let keep = *subjects
            .iter()
            .min_by_key(|&&s| s.abs_diff(v))
            .expect("two or more");
        for &a in subjects.iter().filter(|&&s| s != keep && s < v) {
            // The nearest `cc` of the verb before `a`.
            let Some(c) = (1..a)
                .rev()
                .find(|&w| arcs[w - 1].head as usize == v && arcs[w - 1].deprel == "cc")
            else {
                continue;
            };
            // The noun right before the `cc` (punctuation skipped).
            let Some(x) = (1..c).rev().find(|&w| arcs[w - 1].upos != "PUNCT") else {
                continue;
            };
            if !matches!(arcs[x - 1].upos.as_str(), "NOUN" | "PROPN") {
                continue;
            }
            // Climb inside a name or compound to the noun's head word.
            let mut anchor = x;
            for _ in 0..n {
                let h = arcs[anchor - 1].head as usize;
                let inside = matches!(
                    arcs[anchor - 1].deprel.as_str(),
                    "flat" | "compound" | "fixed"
                );
                if h == 0 || !inside || h > c {
                    break;
                }
                anchor = h;
            }
            if anchor == v || arcs[anchor - 1].head as usize == a {
                continue;
            }
            arcs[a - 1].head = anchor as u32;
            arcs[a - 1].deprel = "conj".into();
            arcs[c - 1].head = a as u32;
            changed += 2;
            for w in c + 1..a {
                if arcs[w - 1].head as usize == v {
                    arcs[w - 1].head = a as u32;
                    if arcs[w - 1].upos == "ADJ" {
                        arcs[w - 1].deprel = "amod".into();
                    }
                    changed += 1;
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arcs(spec: &[(u32, &str, &str)]) -> Vec<Arc> {
        spec.iter()
            .map(|&(head, deprel, upos)| Arc {
                head,
                deprel: deprel.into(),
                upos: upos.into(),
            })
            .collect()
    }

    #[test]
    fn second_subject_after_cc_becomes_conjunct_of_the_noun_before() {
        // At(1) event(2) with(3) rebels(4) and(5) current(6) President(7) Ruiz(8) ,(9)
        // Smith(10) left(11)
        let mut a = arcs(&[
            (2, "case", "ADP"),
            (11, "obl", "NOUN"),
            (4, "case", "ADP"),
            (2, "nmod", "NOUN"),
            (11, "cc", "CCONJ"),
            (11, "advcl", "ADJ"),
            (8, "compound", "PROPN"),
            (11, "nsubj", "PROPN"),
            (11, "punct", "PUNCT"),
            (11, "nsubj", "PROPN"),
            (0, "root", "VERB"),
        ]);
        assert_eq!(repair(&mut a, &[]), 3);
        assert_eq!((a[7].head, a[7].deprel.as_str()), (4, "conj"));
        assert_eq!((a[4].head, a[4].deprel.as_str()), (8, "cc"));
        assert_eq!((a[5].head, a[5].deprel.as_str()), (8, "amod"));
        assert_eq!((a[9].head, a[9].deprel.as_str()), (11, "nsubj"));
    }

    #[test]
    fn a_court_at_a_place_that_has_concluded_is_the_active_subject() {
        // The(1) Court(2) at(3) Hague(4) has(5) concluded(6)
        let mut a = arcs(&[
            (2, "det", "DET"),
            (6, "nsubj:pass", "PROPN"),
            (4, "case", "ADP"),
            (6, "nsubj", "PROPN"),
            (6, "aux", "AUX"),
            (0, "root", "VERB"),
        ]);
        let lemmas = ["the", "Court", "at", "Hague", "have", "conclude"];
        assert_eq!(repair(&mut a, &lemmas), 2);
        assert_eq!((a[3].head, a[3].deprel.as_str()), (2, "nmod"));
        assert_eq!((a[1].head, a[1].deprel.as_str()), (6, "nsubj"));
    }

    #[test]
    fn a_real_passive_keeps_its_subject() {
        // X(1) has(2) been(3) accused(4)
        let mut a = arcs(&[
            (4, "nsubj:pass", "PROPN"),
            (4, "aux", "AUX"),
            (4, "aux:pass", "AUX"),
            (0, "root", "VERB"),
        ]);
        let lemmas = ["X", "have", "be", "accuse"];
        assert_eq!(repair(&mut a, &lemmas), 0);
    }

    #[test]
    fn a_preposition_heading_its_noun_becomes_its_case() {
        // met(1) on(2) Monday(3) with(4) Ruiz(5)
        let mut a = arcs(&[
            (0, "root", "VERB"),
            (3, "case", "ADP"),
            (1, "obl", "PROPN"),
            (3, "nmod", "ADP"),
            (4, "obj", "PROPN"),
        ]);
        assert_eq!(repair(&mut a, &[]), 2);
        assert_eq!((a[4].head, a[4].deprel.as_str()), (3, "nmod"));
        assert_eq!((a[3].head, a[3].deprel.as_str()), (5, "case"));
        assert_eq!((a[1].head, a[1].deprel.as_str()), (3, "case"));
    }

    #[test]
    fn one_subject_is_left_alone() {
        let mut a = arcs(&[
            (3, "nsubj", "PROPN"),
            (1, "cc", "CCONJ"),
            (0, "root", "VERB"),
        ]);
        let before = a.clone();
        assert_eq!(repair(&mut a, &[]), 0);
        assert_eq!(a, before);
    }

    #[test]
    fn two_subjects_without_a_cc_are_left_alone() {
        let mut a = arcs(&[
            (3, "nsubj", "PROPN"),
            (3, "nsubj", "PROPN"),
            (0, "root", "VERB"),
        ]);
        assert_eq!(repair(&mut a, &[]), 0);
    }
}

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
//! * **A fronted phrase taken for the root.** "In a statement following the attack, X blamed
//!   Y" is often parsed with "statement" (a nominal with a preposition) as the root and the
//!   real main verb hanging below it. When the root is a nominal with a `case` child and a
//!   finite verb after it hangs below it (as `acl`, `parataxis` or `appos`), the verb becomes
//!   the root, the phrase its `obl`, and a nominal between the comma and the verb that hangs
//!   on the phrase as `appos` or `conj` its `nsubj` (when it has none).
//! * **A subject taken for the root.** "X on Saturday hosted Y" is often parsed with X as the
//!   root and the past-tense verb as its `acl`. When a nominal root without a copula has a
//!   past-tense verb (`VBD`) after it as a direct dependent (`acl`, `parataxis`, `conj`,
//!   `dep`) that has no subject or marker, the verb becomes the root and the nominal its
//!   `nsubj`; the nominal's prepositional dependents between the two become the verb's `obl`.
//!   A past participle (`VBN`) counts when it has an object and no agent.
//! * **An object taken for an unmarked oblique.** A transitive verb with no `obj` whose first
//!   nominal after it is an `obl:unmarked` (or `obl:npmod`) that names no time or measure
//!   ("Serb forces killed three ethnic Albanians") gets it back as `obj`.
//! * **Two subjects in a row.** Two `nsubj` of one verb with only modifiers between them
//!   ("United States military forces killed ...") are one noun phrase: the first becomes a
//!   `compound` of the second.
//! * **A subject with a preposition.** A nominal with a `case` child ("at the Hague") is no
//!   subject; when the verb has another subject before it, it becomes that subject's `nmod`
//!   ("The Court at the Hague has concluded").
//! * **A preposition heading its noun.** An `ADP` with a nominal `obj`/`nmod`/`obl` child
//!   ("met on Monday *with* Khalilzad" parsed with "with" as the head) is turned round: the
//!   noun takes the preposition's place and relation, the preposition becomes its `case`.
//! * **Coordinated subjects taken for two subjects.** "US President Donald Trump and Turkish
//!   President Recep Tayyip Erdoğan spoke" is often parsed with both names as `nsubj` of the
//!   verb and the `cc` (and the second name's first modifiers) hanging inside the first name.
//!   When a verb has two nominal `nsubj` before it with a coordinating conjunction between
//!   them, the second becomes a `conj` of the first, the conjunction its `cc`, and the words
//!   between them that hung outside the second name its modifiers.
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
    /// Language-specific tag (Penn Treebank: `VBD` past tense); may be empty.
    pub xpos: String,
}

/// Applies every repair to the arcs of one sentence (index i = word i + 1). Returns the
/// number of words changed.
pub fn repair(arcs: &mut [Arc], lemmas: &[&str]) -> usize {
    fronted_phrase_root(arcs, lemmas)
        + subject_root(arcs)
        + unmarked_object(arcs, lemmas)
        + preposition_as_head(arcs)
        + adjacent_subjects(arcs)
        + prepositional_subject(arcs, lemmas)
        + perfect_not_passive(arcs, lemmas)
        + coordinated_subjects(arcs)
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

fn fronted_phrase_root(arcs: &mut [Arc], _lemmas: &[&str]) -> usize {
    let n = arcs.len();
    let Some(r) = (1..=n).find(|&w| arcs[w - 1].head == 0) else {
        return 0;
    };
    if !matches!(arcs[r - 1].upos.as_str(), "NOUN" | "PROPN")
        || !children(arcs, r).any(|c| arcs[c - 1].deprel == "case" && c < r)
    {
        return 0;
    }
    let descends_from_r = |w: usize| {
        let mut cur = w;
        for _ in 0..n {
            let h = arcs[cur - 1].head as usize;
            if h == r {
                return true;
            }
            if h == 0 {
                return false;
            }
            cur = h;
        }
        false
    };
    let Some(v) = (r + 1..=n).find(|&w| {
        arcs[w - 1].upos == "VERB"
            && matches!(
                arcs[w - 1].deprel.split(':').next(),
                Some("acl" | "parataxis" | "appos" | "conj" | "ccomp")
            )
            && !children(arcs, w).any(|c| arcs[c - 1].deprel == "mark")
            && descends_from_r(w)
    }) else {
        return 0;
    };
    // The comma that closes the fronted phrase.
    let Some(comma) = (r + 1..v).find(|&w| arcs[w - 1].upos == "PUNCT") else {
        return 0;
    };
    let has_subject = children(arcs, v).any(|c| arcs[c - 1].deprel.starts_with("nsubj"));
    let subject = (comma + 1..v).find(|&w| {
        !has_subject
            && matches!(arcs[w - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            && matches!(
                arcs[w - 1].deprel.split(':').next(),
                Some("appos" | "conj" | "nmod" | "dep" | "vocative")
            )
            && descends_from_r(w)
    });
    let mut changed = 2;
    arcs[v - 1].head = 0;
    arcs[v - 1].deprel = "root".into();
    arcs[r - 1].head = v as u32;
    arcs[r - 1].deprel = "obl".into();
    if let Some(s) = subject {
        arcs[s - 1].head = v as u32;
        arcs[s - 1].deprel = "nsubj".into();
        changed += 1;
    }
    // The verb's own head (a word of the phrase) no longer governs it; sentence punctuation
    // that hung on the old root goes to the new one.
    for w in 1..=n {
        if arcs[w - 1].head as usize == r && arcs[w - 1].upos == "PUNCT" && w > v {
            arcs[w - 1].head = v as u32;
        }
    }
    changed
}

/// Lemmas of time and measure nouns that are rightly unmarked obliques ("left Friday",
/// "fell 5 percent").
const TIME_OR_MEASURE: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "day",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
    "afternoon",
    "time",
    "hour",
    "minute",
    "weekend",
    "percent",
    "%",
    "mile",
    "kilometer",
    "kilometre",
    "meter",
    "metre",
    "dollar",
    "point",
    "lot",
    "bit",
    "way",
    "home",
];

fn subject_root(arcs: &mut [Arc]) -> usize {
    let n = arcs.len();
    let Some(r) = (1..=n).find(|&w| arcs[w - 1].head == 0) else {
        return 0;
    };
    if !matches!(arcs[r - 1].upos.as_str(), "NOUN" | "PROPN")
        || children(arcs, r).any(|c| matches!(arcs[c - 1].deprel.as_str(), "cop" | "case"))
    {
        return 0;
    }
    let Some(v) = children(arcs, r).find(|&c| {
        c > r
            && arcs[c - 1].upos == "VERB"
            && (arcs[c - 1].xpos == "VBD"
                // A participle with an object and no agent is no reduced relative either.
                || (arcs[c - 1].xpos == "VBN"
                    && children(arcs, c).any(|k| {
                        arcs[k - 1].deprel == "obj"
                            || (arcs[k - 1].deprel == "obl"
                                && !children(arcs, k).any(|m| arcs[m - 1].deprel == "case"))
                    })
                    && !children(arcs, c).any(|k| {
                        arcs[k - 1].deprel == "obl:agent" || arcs[k - 1].deprel.ends_with(":pass")
                    })))
            && matches!(
                arcs[c - 1].deprel.split(':').next(),
                Some("acl" | "parataxis" | "conj" | "dep")
            )
            && !children(arcs, c)
                .any(|k| arcs[k - 1].deprel.starts_with("nsubj") || arcs[k - 1].deprel == "mark")
    }) else {
        return 0;
    };
    arcs[v - 1].head = 0;
    arcs[v - 1].deprel = "root".into();
    arcs[r - 1].head = v as u32;
    arcs[r - 1].deprel = "nsubj".into();
    let mut changed = 2;
    for w in r + 1..v {
        if arcs[w - 1].head as usize == r && children(arcs, w).any(|c| arcs[c - 1].deprel == "case")
        {
            arcs[w - 1].head = v as u32;
            arcs[w - 1].deprel = "obl".into();
            changed += 1;
        }
    }
    for w in v + 1..=n {
        if arcs[w - 1].head as usize == r && arcs[w - 1].upos == "PUNCT" {
            arcs[w - 1].head = v as u32;
        }
    }
    changed
}

fn unmarked_object(arcs: &mut [Arc], lemmas: &[&str]) -> usize {
    let mut changed = 0;
    for v in 1..=arcs.len() {
        if arcs[v - 1].upos != "VERB" || children(arcs, v).any(|c| arcs[c - 1].deprel == "obj") {
            continue;
        }
        let passive = children(arcs, v).any(|c| arcs[c - 1].deprel.ends_with(":pass"));
        let Some(o) = children(arcs, v).find(|&c| {
            c > v
                && (matches!(arcs[c - 1].deprel.as_str(), "obl:unmarked" | "obl:npmod")
                    || (arcs[c - 1].deprel == "obl"
                        && !children(arcs, c).any(|k| arcs[k - 1].deprel == "case")))
                && matches!(arcs[c - 1].upos.as_str(), "NOUN" | "PROPN")
        }) else {
            continue;
        };
        let lemma = lemmas
            .get(o - 1)
            .map(|l| l.to_lowercase())
            .unwrap_or_default();
        if passive || TIME_OR_MEASURE.contains(&lemma.as_str()) {
            continue;
        }
        arcs[o - 1].deprel = "obj".into();
        changed += 1;
    }
    changed
}

fn adjacent_subjects(arcs: &mut [Arc]) -> usize {
    let mut changed = 0;
    for v in 1..=arcs.len() {
        let subjects: Vec<usize> = children(arcs, v)
            .filter(|&w| arcs[w - 1].deprel == "nsubj")
            .collect();
        for pair in subjects.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let between_modifiers = (a + 1..b).all(|w| {
                arcs[w - 1].head as usize == b
                    && matches!(arcs[w - 1].upos.as_str(), "ADJ" | "NOUN" | "PROPN")
            });
            if b > a
                && b < v
                && between_modifiers
                && matches!(arcs[a - 1].upos.as_str(), "PROPN" | "NOUN")
            {
                arcs[a - 1].head = b as u32;
                arcs[a - 1].deprel = "compound".into();
                changed += 1;
            }
        }
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

fn coordinated_subjects(arcs: &mut [Arc]) -> usize {
    let n = arcs.len();
    let mut changed = 0;
    for v in 1..=n {
        let subjects: Vec<usize> = (1..v)
            .filter(|&w| arcs[w - 1].head as usize == v && arcs[w - 1].deprel == "nsubj")
            .collect();
        let [a, b] = subjects[..] else { continue };
        let nominal = |w: usize| matches!(arcs[w - 1].upos.as_str(), "NOUN" | "PROPN");
        if !nominal(a) || !nominal(b) {
            continue;
        }
        // The last coordinating conjunction between them; nothing between them may be a verb
        // (a clause of its own) or hang on the verb except punctuation.
        let Some(c) = (a + 1..b).rev().find(|&w| arcs[w - 1].upos == "CCONJ") else {
            continue;
        };
        let clause_between = (a + 1..b).any(|w| {
            matches!(arcs[w - 1].upos.as_str(), "VERB" | "AUX")
                || (arcs[w - 1].head as usize == v && arcs[w - 1].upos != "PUNCT")
        });
        if clause_between {
            continue;
        }
        arcs[b - 1].head = a as u32;
        arcs[b - 1].deprel = "conj".into();
        arcs[c - 1].head = b as u32;
        arcs[c - 1].deprel = "cc".into();
        changed += 2;
        for w in c + 1..b {
            let h = arcs[w - 1].head as usize;
            if !(c + 1..=b).contains(&h) {
                arcs[w - 1].head = b as u32;
                if arcs[w - 1].deprel == "conj" {
                    arcs[w - 1].deprel = if arcs[w - 1].upos == "ADJ" {
                        "amod".into()
                    } else {
                        "compound".into()
                    };
                }
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
                xpos: String::new(),
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
    fn two_coordinated_names_are_one_subject() {
        // US(1) President(2) Donald(3) Trump(4) and(5) Turkish(6) President(7) Recep(8)
        // Erdogan(9) spoke(10)
        let mut a = arcs(&[
            (2, "compound", "PROPN"),
            (3, "nmod:desc", "PROPN"),
            (10, "nsubj", "PROPN"),
            (3, "flat", "PROPN"),
            (6, "cc", "CCONJ"),
            (4, "conj", "PROPN"),
            (8, "nmod:desc", "PROPN"),
            (10, "nsubj", "PROPN"),
            (8, "flat", "PROPN"),
            (0, "root", "VERB"),
        ]);
        assert_eq!(repair(&mut a, &[]), 3);
        assert_eq!((a[7].head, a[7].deprel.as_str()), (3, "conj"));
        assert_eq!((a[4].head, a[4].deprel.as_str()), (8, "cc"));
        assert_eq!((a[5].head, a[5].deprel.as_str()), (8, "compound"));
        assert_eq!((a[2].head, a[2].deprel.as_str()), (10, "nsubj"));
        // A clause between the two subjects is left alone.
        let mut b = arcs(&[
            (4, "nsubj", "PROPN"),
            (3, "cc", "CCONJ"),
            (4, "conj", "VERB"),
            (6, "nsubj", "PROPN"),
            (6, "aux", "AUX"),
            (0, "root", "VERB"),
        ]);
        let before = b.clone();
        coordinated_subjects(&mut b);
        assert_eq!(b, before);
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
    fn two_subjects_in_a_row_are_one_noun_phrase() {
        // States(1) military(2) forces(3) killed(4)
        let mut a = arcs(&[
            (4, "nsubj", "PROPN"),
            (3, "amod", "ADJ"),
            (4, "nsubj", "NOUN"),
            (0, "root", "VERB"),
        ]);
        assert_eq!(repair(&mut a, &[]), 1);
        assert_eq!((a[0].head, a[0].deprel.as_str()), (3, "compound"));
        assert_eq!((a[2].head, a[2].deprel.as_str()), (4, "nsubj"));
    }

    #[test]
    fn a_fronted_phrase_root_gives_way_to_the_main_verb() {
        // In(1) statement(2) ,(3) Ruiz(4) ,(5) spokesman(6) ,(7) blamed(8) Israel(9) .(10)
        let mut a = arcs(&[
            (2, "case", "ADP"),
            (0, "root", "NOUN"),
            (2, "punct", "PUNCT"),
            (2, "appos", "PROPN"),
            (6, "punct", "PUNCT"),
            (4, "appos", "NOUN"),
            (8, "punct", "PUNCT"),
            (4, "acl", "VERB"),
            (8, "obj", "PROPN"),
            (2, "punct", "PUNCT"),
        ]);
        assert_eq!(repair(&mut a, &[]), 3);
        assert_eq!((a[7].head, a[7].deprel.as_str()), (0, "root"));
        assert_eq!((a[1].head, a[1].deprel.as_str()), (8, "obl"));
        assert_eq!((a[3].head, a[3].deprel.as_str()), (8, "nsubj"));
        assert_eq!(a[9].head, 8);
    }

    #[test]
    fn an_unmarked_oblique_naming_people_is_the_object() {
        // forces(1) killed(2) Albanians(3) Friday(4)
        let mut a = arcs(&[
            (2, "nsubj", "NOUN"),
            (0, "root", "VERB"),
            (2, "obl:unmarked", "PROPN"),
            (2, "obl:unmarked", "PROPN"),
        ]);
        let lemmas = ["force", "kill", "Albanian", "Friday"];
        assert_eq!(repair(&mut a, &lemmas), 1);
        assert_eq!(a[2].deprel, "obj");
        assert_eq!(a[3].deprel, "obl:unmarked");
        // "left Friday": a time word stays an oblique.
        let mut b = arcs(&[
            (2, "nsubj", "NOUN"),
            (0, "root", "VERB"),
            (2, "obl:unmarked", "PROPN"),
        ]);
        assert_eq!(repair(&mut b, &["they", "leave", "Friday"]), 0);
    }

    #[test]
    fn a_subject_taken_for_the_root_gives_way_to_its_verb() {
        // Yeltsin(1) on(2) Saturday(3) hosted(4) Hashimoto(5) .(6)
        let mut a = arcs(&[
            (0, "root", "PROPN"),
            (3, "case", "ADP"),
            (1, "nmod", "PROPN"),
            (1, "acl", "VERB"),
            (4, "obl", "PROPN"),
            (1, "punct", "PUNCT"),
        ]);
        a[3].xpos = "VBD".into();
        let lemmas = ["Yeltsin", "on", "Saturday", "host", "Hashimoto", "."];
        repair(&mut a, &lemmas);
        assert_eq!((a[3].head, a[3].deprel.as_str()), (0, "root"));
        assert_eq!((a[0].head, a[0].deprel.as_str()), (4, "nsubj"));
        assert_eq!((a[2].head, a[2].deprel.as_str()), (4, "obl"));
        assert_eq!((a[4].head, a[4].deprel.as_str()), (4, "obj"));
        assert_eq!(a[5].head, 4);
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
    fn two_subjects_apart_without_a_cc_are_left_alone() {
        // Ruiz(1) ,(2) Smith(3) left(4): no cc, and not one noun phrase.
        let mut a = arcs(&[
            (4, "nsubj", "PROPN"),
            (4, "punct", "PUNCT"),
            (4, "nsubj", "PROPN"),
            (0, "root", "VERB"),
        ]);
        assert_eq!(repair(&mut a, &[]), 0);
    }
}

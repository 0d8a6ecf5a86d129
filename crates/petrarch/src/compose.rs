//! PETRARCH-style actor codes over a dependency parse: an actor named in a noun phrase
//! together with agents takes the agents' codes ("Osgiliath soldiers" with `OSGILIATH [OSG]`
//! and `SOLDIER [~MIL]` is `OSGMIL`; an agent written `[NGO~]` goes in front).
//!
//! The input is the dictionary matches of one sentence ([`Unit`]s: actor or agent, word
//! range, code) and its parse; the output is the coded actor mentions ([`ActorSpan`]) that
//! [`crate::apply::Applier`] takes. Rules (PETRARCH-2 composes the codes of one noun phrase;
//! over dependencies a noun phrase is a nominal head with its dependents, clauses excluded):
//!
//! * an agent takes the actors in its own phrase (its subtree); without any, those of the
//!   phrase it modifies (`compound`, `amod`, `flat`, `nmod:desc`, `appos` of a noun), or of
//!   the agent it is coordinated with ("Danish media and government");
//! * of these actors, the first and those coordinated with it ("lawmakers in Arnor and
//!   Gondor" gives two codes); every agent of the phrase adds its blocks, in text order;
//! * an actor used by an agent gives no mention of its own; an agent without any actor gives
//!   none (PETRARCH does not code a bare agent).
//!
//! Codes never repeat a three-letter block ([`dyad_actors::compose_code`]).

use std::ops::Range;

use crate::apply::{ActorSpan, Word};

/// One dictionary match in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// 0-based word range of the match (half-open).
    pub words: Range<usize>,
    /// The code: an actor's code, or an agent's blocks (`GOV`, `MIL`).
    pub code: String,
    /// What the match is.
    pub kind: UnitKind,
}

/// Actor or agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A named actor (country, organisation, person).
    Actor,
    /// An agent noun; `prefix` when its blocks go in front (`[NGO~]`).
    Agent {
        /// Blocks go before the actor's code.
        prefix: bool,
    },
}

fn head_of(words: &[Word], i: usize) -> Option<usize> {
    let h = words[i].head;
    (h >= 1 && h <= words.len() && h - 1 != i).then(|| h - 1)
}

fn urel(w: &Word) -> &str {
    w.deprel.split(':').next().unwrap_or("")
}

/// The head word of a match: the word of the range whose head lies outside it (the last
/// such word), else the last word.
fn unit_head(words: &[Word], r: &Range<usize>) -> usize {
    r.clone()
        .rev()
        .find(|&i| head_of(words, i).is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end.saturating_sub(1))
}

/// The subtree of `i` without clauses (and, when `stop` is given, without the subtrees of
/// those words).
fn phrase(words: &[Word], i: usize, stop: &[usize]) -> Vec<usize> {
    let n = words.len();
    let mut out = vec![i];
    let mut k = 0;
    while k < out.len() {
        let w = out[k];
        for c in 0..n {
            if head_of(words, c) == Some(w)
                && !out.contains(&c)
                && !stop.contains(&c)
                && !matches!(
                    urel(&words[c]),
                    "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis" | "punct" | "cc"
                )
                && (urel(&words[c]) != "conj" || !matches!(words[c].upos.as_str(), "VERB" | "AUX"))
            {
                out.push(c);
            }
        }
        k += 1;
        if out.len() > n {
            break;
        }
    }
    out.sort_unstable();
    out
}

/// Builds the coded actor mentions of a sentence (see the module documentation).
pub fn compose_actors(words: &[Word], units: &[Unit]) -> Vec<ActorSpan> {
    let heads: Vec<usize> = units.iter().map(|u| unit_head(words, &u.words)).collect();
    let unit_at = |w: usize| units.iter().position(|u| u.words.contains(&w));
    let actors: Vec<usize> = (0..units.len())
        .filter(|&k| units[k].kind == UnitKind::Actor)
        .collect();
    let agents: Vec<usize> = (0..units.len())
        .filter(|&k| matches!(units[k].kind, UnitKind::Agent { .. }))
        .collect();
    let agent_heads: Vec<usize> = agents.iter().map(|&g| heads[g]).collect();
    // Actors in a phrase: the first (in text order) and those coordinated with it.
    let actors_in = |ph: &[usize]| -> Vec<usize> {
        let mut found: Vec<usize> = actors
            .iter()
            .copied()
            .filter(|&a| ph.contains(&heads[a]))
            .collect();
        found.sort_by_key(|&a| heads[a]);
        let Some(&first) = found.first() else {
            return found;
        };
        // Keep the first and its conjuncts (words linked by conj to it, either way).
        let fh = heads[first];
        let linked = |x: usize| -> bool {
            let mut a = x;
            for _ in 0..words.len() {
                if a == fh {
                    return true;
                }
                if urel(&words[a]) != "conj" {
                    return false;
                }
                match head_of(words, a) {
                    Some(h) => a = h,
                    None => return false,
                }
            }
            false
        };
        found
            .into_iter()
            .filter(|&a| a == first || linked(heads[a]))
            .collect()
    };
    let mut used = vec![false; units.len()];
    let mut out: Vec<ActorSpan> = Vec::new();
    for (gi, &g) in agents.iter().enumerate() {
        let gh = agent_heads[gi];
        // Other agents' own phrases stay theirs unless they modify this agent.
        let mut ph = phrase(words, gh, &[]);
        let mut base = actors_in(&ph);
        // Agents modifying the conjunct this agent shares its actor with ("the Danish
        // Islamist media and government": Islamist counts for government too).
        let mut shared: Vec<usize> = Vec::new();
        if base.is_empty() {
            let mut cur = gh;
            for _ in 0..3 {
                let rel = urel(&words[cur]);
                let Some(h) = head_of(words, cur) else { break };
                if matches!(rel, "compound" | "amod" | "flat" | "appos" | "conj")
                    || words[cur].deprel == "nmod:desc"
                {
                    ph = phrase(words, h, &[]);
                    base = actors_in(&ph);
                    if rel == "conj" {
                        shared.extend(agents.iter().copied().filter(|&o| {
                            o != g
                                && head_of(words, heads[o]) == Some(h)
                                && matches!(urel(&words[heads[o]]), "compound" | "amod")
                        }));
                    }
                    if !base.is_empty() {
                        break;
                    }
                    cur = h;
                } else {
                    break;
                }
            }
        }
        if base.is_empty() {
            // A parse that splits the phrase: an actor right before the agent ("Bree Prime
            // Minister", "Arnor's foreign minister").
            let start = units[g].words.start;
            let before = |a: usize| {
                let end = units[a].words.end;
                end == start || (end + 1 == start && matches!(words[end].form.as_str(), "'s" | "'"))
            };
            base.extend(actors.iter().copied().filter(|&a| before(a)));
        }
        if base.is_empty() {
            continue;
        }
        // Every agent of the phrase that modifies this one (or this one) adds blocks: the
        // agents on the path from this agent's head, and agents in its own subtree.
        let own = phrase(words, gh, &[]);
        let mut blocks: Vec<usize> = agents
            .iter()
            .copied()
            .filter(|&o| {
                o == g
                    || (own.contains(&heads[o])
                        && !through_conj(words, heads[o], gh)
                        && !base.iter().any(|&a| heads[a] == heads[o]))
            })
            .collect();
        // Agents that this agent modifies ("security officials": security -> officials).
        let mut cur = gh;
        for _ in 0..words.len() {
            let Some(h) = head_of(words, cur) else { break };
            if !matches!(urel(&words[cur]), "compound" | "amod" | "flat") {
                break;
            }
            if let Some(u) = unit_at(h) {
                if matches!(units[u].kind, UnitKind::Agent { .. }) && !blocks.contains(&u) {
                    blocks.push(u);
                }
            }
            cur = h;
        }
        blocks.extend(shared);
        blocks.sort_by_key(|&o| units[o].words.start);
        blocks.dedup();
        // An agent modifying another agent is coded with that one (once).
        if blocks
            .iter()
            .any(|&o| o != g && used[o] && own.contains(&heads[o]))
        {
            continue;
        }
        // The mention's head: the highest of this agent and the agents it modifies.
        let top = blocks
            .iter()
            .map(|&o| heads[o])
            .filter(|&w| is_ancestor(words, w, gh))
            .chain(std::iter::once(gh))
            .min_by_key(|&w| depth(words, w))
            .unwrap_or(gh);
        if blocks.iter().any(|&o| o != g && heads[o] == top && used[o]) {
            continue;
        }
        for &a in &base {
            let mut code = units[a].code.clone();
            for &o in &blocks {
                if let UnitKind::Agent { prefix } = units[o].kind {
                    code = dyad_actors::compose_code(&code, &units[o].code, prefix);
                }
            }
            used[a] = true;
            let start = units[a].words.start.min(units[g].words.start);
            let end = units[a].words.end.max(units[g].words.end);
            let span = ActorSpan {
                head: top,
                words: start..end,
                code,
            };
            if !out.contains(&span) {
                out.push(span);
            }
        }
        for &o in &blocks {
            used[o] = true;
        }
    }
    // A bare actor next to a composed code built on the same actor ("Bree President
    // Romendacil", both BRE): one noun phrase, one actor.
    for &a in &actors {
        if used[a] {
            continue;
        }
        let r = &units[a].words;
        if out.iter().any(|m| {
            m.code.starts_with(units[a].code.as_str())
                && m.code.len() > units[a].code.len()
                && (r.end + 3 >= m.words.start && r.start <= m.words.end + 3)
        }) {
            used[a] = true;
        }
    }
    for &a in &actors {
        if !used[a] {
            out.push(ActorSpan {
                head: heads[a],
                words: units[a].words.clone(),
                code: units[a].code.clone(),
            });
        }
    }
    out.sort_by_key(|a| (a.head, a.words.start));
    out
}

/// Whether the path from `w` up to its ancestor `top` crosses a `conj` relation.
fn through_conj(words: &[Word], w: usize, top: usize) -> bool {
    let mut cur = w;
    for _ in 0..words.len() {
        if cur == top {
            return false;
        }
        if urel(&words[cur]) == "conj" {
            return true;
        }
        match head_of(words, cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Whether `a` is `w` or one of its ancestors.
fn is_ancestor(words: &[Word], a: usize, w: usize) -> bool {
    let mut cur = w;
    for _ in 0..=words.len() {
        if cur == a {
            return true;
        }
        match head_of(words, cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

fn depth(words: &[Word], w: usize) -> usize {
    let mut d = 0;
    let mut cur = w;
    while let Some(h) = head_of(words, cur) {
        d += 1;
        cur = h;
        if d > words.len() {
            break;
        }
    }
    d
}

/// New actors from uncoded noun phrases (the `new_actor_length` option, [`crate::options`]):
/// every noun phrase of at most `max_words` words (0 turns this off) in which no actor or
/// agent of the dictionaries matched becomes an actor whose code is its words, in upper
/// case and separated by single blanks, between double quotes (`"THE MINISTRY OF MAGIC"`).
/// That is what PETRARCH-1 writes for an uncoded noun phrase with fewer than
/// `new_actor_length` blanks (openeventdata/petrarch `petrarch/petrarch.py`, `add_code` in
/// `get_loccodes`); PETRARCH-2 never applies the option (see [`crate::options`]).
///
/// Over a dependency parse, a noun phrase is a `NOUN` or `PROPN` word that heads a phrase of
/// its clause (subject, object, oblique, a nominal modifier of a verb, the root, or a
/// conjunct of one of these; not a time expression such as `obl:tmod`), with its dependents
/// except clauses, conjuncts, punctuation, coordinating words, its own preposition and the
/// possessive `'s` ("for Gryffindor's head Minerva McGonagall" gives `"GRYFFINDOR HEAD
/// MINERVA MCGONAGALL"`; a prepositional phrase inside it stays: "the Ministry of Magic").
/// `units` are the dictionary matches of the sentence and `actors` the actors composed from
/// them; a phrase touching either gives no new actor, and so does a phrase whose words are
/// not a run (only the dropped `'s` and punctuation may lie between them). The span of a new
/// actor runs from its first to its last word. Returned in text order.
pub fn new_actors(
    words: &[Word],
    units: &[Unit],
    actors: &[ActorSpan],
    max_words: usize,
) -> Vec<ActorSpan> {
    if max_words == 0 {
        return Vec::new();
    }
    let n = words.len();
    let coded = |i: usize| {
        units.iter().any(|u| u.words.contains(&i)) || actors.iter().any(|a| a.words.contains(&i))
    };
    let nominal = |i: usize| matches!(words[i].upos.as_str(), "NOUN" | "PROPN");
    let temporal = |i: usize| {
        let rel = &words[i].deprel;
        rel.ends_with(":tmod") || rel.ends_with(":unmarked") || rel.ends_with(":npmod")
    };
    // A phrase top: by its relation, or a conjunct of a top.
    let mut top = vec![false; n];
    for i in 0..n {
        if !nominal(i) || temporal(i) {
            continue;
        }
        let head_nominal = head_of(words, i).is_some_and(|h| {
            matches!(
                words[h].upos.as_str(),
                "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ"
            )
        });
        top[i] = match urel(&words[i]) {
            "nsubj" | "obj" | "iobj" | "obl" | "root" | "dislocated" | "vocative" => true,
            "nmod" => !head_nominal && !words[i].deprel.starts_with("nmod:poss"),
            _ => false,
        };
    }
    for _ in 0..n {
        let mut changed = false;
        for i in 0..n {
            if !top[i] && nominal(i) && !temporal(i) && urel(&words[i]) == "conj" {
                if let Some(h) = head_of(words, i) {
                    if top[h] {
                        top[i] = true;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = Vec::new();
    for h in (0..n).filter(|&i| top[i]) {
        // The phrase: the subtree of h without clauses, conjuncts and punctuation.
        let mut phrase = vec![h];
        let mut k = 0;
        while k < phrase.len() {
            let w = phrase[k];
            for c in 0..n {
                if head_of(words, c) != Some(w) || phrase.contains(&c) {
                    continue;
                }
                let rel = urel(&words[c]);
                let skip = matches!(
                    rel,
                    "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis" | "conj" | "punct" | "cc"
                ) || w == h && matches!(rel, "case" | "mark")
                    // The possessive marker of a possessor ("Gryffindor 's").
                    || rel == "case" && words[w].deprel.starts_with("nmod:poss");
                if !skip {
                    phrase.push(c);
                }
            }
            k += 1;
            if phrase.len() > n {
                break;
            }
        }
        phrase.sort_unstable();
        if phrase.len() > max_words || phrase.iter().any(|&i| coded(i)) {
            continue;
        }
        // A noun phrase is a run of words: only a dropped possessive marker or punctuation
        // may lie between its words (a parse that scatters it gives no new actor).
        let (first, last) = (phrase[0], phrase[phrase.len() - 1]);
        let possessive = |i: usize| {
            urel(&words[i]) == "case"
                && head_of(words, i).is_some_and(|h| words[h].deprel.starts_with("nmod:poss"))
        };
        let scattered = (first..=last).any(|i| {
            !(phrase.contains(&i) || possessive(i))
                && words[i].form.chars().any(char::is_alphanumeric)
        });
        if scattered {
            continue;
        }
        let text: Vec<String> = phrase
            .iter()
            .map(|&i| words[i].form.to_uppercase())
            .collect();
        out.push(ActorSpan {
            head: h,
            words: first..last + 1,
            code: format!("\"{}\"", text.join(" ")),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::tests::words;

    fn actor(i: usize, code: &str) -> Unit {
        Unit {
            words: i..i + 1,
            code: code.into(),
            kind: UnitKind::Actor,
        }
    }

    fn agent(i: usize, code: &str, prefix: bool) -> Unit {
        Unit {
            words: i..i + 1,
            code: code.into(),
            kind: UnitKind::Agent { prefix },
        }
    }

    fn codes(spec: &str, units: &[Unit]) -> Vec<String> {
        compose_actors(&words(spec), units)
            .into_iter()
            .map(|a| a.code)
            .collect()
    }

    #[test]
    fn agents_take_the_actor_of_their_phrase() {
        // "Osgiliath soldiers attacked"
        let s = "Osgiliath/PROPN/2/compound soldiers/NOUN/3/nsubj attacked/VERB/0/root";
        assert_eq!(
            codes(s, &[actor(0, "OSG"), agent(1, "MIL", false)]),
            ["OSGMIL"]
        );
        // "soldiers from Gondor attacked"
        let s = "soldiers/NOUN/4/nsubj from/ADP/3/case Gondor/PROPN/1/nmod attacked/VERB/0/root";
        assert_eq!(
            codes(s, &[agent(0, "MIL", false), actor(2, "GON")]),
            ["GONMIL"]
        );
        // A prefix agent goes in front.
        assert_eq!(
            codes(s, &[agent(0, "NGO", true), actor(2, "GON")]),
            ["NGOGON"]
        );
        // No agent: the actor as it is; no actor: nothing.
        assert_eq!(codes(s, &[actor(2, "GON")]), ["GON"]);
        assert!(codes(s, &[agent(0, "MIL", false)]).is_empty());
    }

    #[test]
    fn new_actors_from_uncoded_noun_phrases() {
        // "Rohan's old king Theoden left for the Hall of Fire with Gondor on Monday ."
        let s = "Rohan/PROPN/4/nmod:poss 's/PART/1/case old/ADJ/4/amod king/NOUN/6/nsubj \
                 Theoden/PROPN/4/flat left/VERB/0/root for/ADP/9/case the/DET/9/det \
                 Hall/PROPN/6/obl of/ADP/11/case Fire/PROPN/9/nmod with/ADP/13/case \
                 Gondor/PROPN/6/obl on/ADP/15/case Monday/PROPN/6/obl:tmod ./PUNCT/6/punct";
        let ws = words(s);
        let units = [actor(12, "GON")];
        let composed = compose_actors(&ws, &units);
        let codes = |max: usize| -> Vec<(String, std::ops::Range<usize>)> {
            new_actors(&ws, &units, &composed, max)
                .into_iter()
                .map(|a| (a.code, a.words))
                .collect()
        };
        // (new_actor_length, new actors)
        type Row<'a> = (usize, Vec<(&'a str, std::ops::Range<usize>)>);
        let table: Vec<Row> = vec![
            (0, vec![]),
            (3, vec![]),
            (
                4,
                vec![
                    ("\"ROHAN OLD KING THEODEN\"", 0..5),
                    ("\"THE HALL OF FIRE\"", 7..11),
                ],
            ),
            (
                9,
                vec![
                    ("\"ROHAN OLD KING THEODEN\"", 0..5),
                    ("\"THE HALL OF FIRE\"", 7..11),
                ],
            ),
        ];
        for (max, want) in table {
            let want: Vec<(String, std::ops::Range<usize>)> =
                want.into_iter().map(|(c, r)| (c.to_string(), r)).collect();
            assert_eq!(codes(max), want, "new_actor_length {max}");
        }
        // A phrase with an agent in it is not new: "Rohan's old king" with KING an agent.
        let with_agent = [actor(12, "GON"), agent(3, "GOV", false)];
        let composed = compose_actors(&ws, &with_agent);
        let got = new_actors(&ws, &with_agent, &composed, 9);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].code, "\"THE HALL OF FIRE\"");
    }

    #[test]
    fn coordinated_actors_and_agents() {
        // "lawmakers in Arnor and Gondor met"
        let s = "lawmakers/NOUN/6/nsubj in/ADP/3/case Arnor/PROPN/1/nmod and/CCONJ/5/cc Gondor/PROPN/3/conj met/VERB/0/root";
        assert_eq!(
            codes(
                s,
                &[agent(0, "LEG", false), actor(2, "ARN"), actor(4, "GON")]
            ),
            ["ARNLEG", "GONLEG"]
        );
        // "Danish media and government warned": the conjunct shares the country.
        let s = "Danish/ADJ/2/amod media/NOUN/5/nsubj and/CCONJ/4/cc government/NOUN/2/conj warned/VERB/0/root";
        assert_eq!(
            codes(
                s,
                &[
                    actor(0, "DNK"),
                    agent(1, "MED", false),
                    agent(3, "GOV", false)
                ]
            ),
            ["DNKMED", "DNKGOV"]
        );
    }
}

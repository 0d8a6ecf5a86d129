//! Actor resolution over one dependency-parsed sentence, and within-article reference.
//!
//! [`Resolver::resolve_sentence`] takes the words of one sentence with their Universal
//! Dependencies analysis ([`ParsedWord`]), a reference date and an [`ArticleContext`]
//! (what earlier sentences of the same article said), and returns every actor mention
//! ([`Mention`]) in text order.
//!
//! # Steps
//! 1. **Units.** Leftmost-longest dictionary matches ([`Dictionary::match_tokens`], with
//!    the UPOS tags) and runs of proper nouns (`PROPN`) no dictionary knows (month and
//!    weekday names excepted) are the units of a sentence.
//! 2. **Noun phrases.** Each unit is attached to the nearest unit above it in the tree,
//!    climbing only through relations internal to one noun phrase: `compound`, `flat`,
//!    `amod`, `nmod` (including `nmod:poss`, so prepositional and possessive modifiers),
//!    `appos`, and a clause modifying the noun (`acl`, `acl:relcl`) whose verb is one of
//!    leading or representing ("the leaders *running* the opposition"), with that verb's
//!    object. `conj`, subjects and objects of the clause are never climbed, so the blocks
//!    of two different noun phrases are never merged.
//! 3. **Composition**, bottom-up in each tree:
//!    - a person's code is the code of the role held on the reference date; an
//!      organisation's or group's code is its own (dated codes by date); a country gives
//!      its ISO 3166-1 alpha-3 code; such entries win over any modifier (`Entry`);
//!    - an agent noun ("president", "rebels") takes its country from its modifiers:
//!      first those before it ("*Colombian* President", "*Venezuela's* dictator",
//!      "the *Maduro* regime": a person or actor gives its first block), then those after
//!      it ("rebels *from Syria*"); a generic head ("leader", "official", "spokesman", ...)
//!      takes the sector of a modifying agent ("leaders of the *opposition*" -> `OPP`).
//!      With a country found the code is composed (`Composition`); otherwise it is the
//!      country in focus plus the sector (`Agent`); with no focus it has no code;
//!    - a block never repeats ([`crate::compose_code`]);
//!    - an unknown proper name keeps its text and gets no code unless an agent title
//!      with a country modifies it ("Colombian President X" -> composition).
//!
//!    Agent nouns and country adjectives that only modify a non-actor noun ("press
//!    event", "Venezuelan constitution") are not mentions, nor is a capital or a
//!    sub-national place that is only where something happens ("a rally *in Caracas*").
//!    Traps: a one-word country, capital or place name next to an unknown proper noun is
//!    part of that name ("George Washington", "Michael Jordan"); "Georgia" is the US
//!    state after "state of", before "state", next to "Atlanta" or "U.S.", or when the
//!    United States is the country in focus.
//! 4. **Reference** (needs the article context): a surname after its full name (the
//!    person named earlier in the article wins over other people with that surname);
//!    "the secretary" (a title noun with `the` and no country) -> the nearest earlier
//!    person holding, on the date, an office whose title contains the noun (the
//!    "Secretary of State"), else the nearest earlier person whose code has the noun's
//!    sector; `he`/`him`/`his` and `she`/`her` -> the nearest
//!    earlier person mention of compatible gender; `they`/`them`/`their` -> the nearest
//!    earlier non-person mention with a code; `it`/`its` -> the nearest earlier country,
//!    organisation or singular collective noun with a code (not a plural such as
//!    "protesters"); "the country" / "the nation" -> the country in focus. All of these report [`ResolvedBy::Reference`].
//!
//! The **country in focus** is the most frequent country (first block of resolved codes)
//! in the article so far, counting the current sentence's entries; ties go to the
//! headline's country, then to the country seen first.

use std::ops::Range;

use chrono::NaiveDate;

use crate::codes::{blocks_of, compose_code};
use crate::dictionary::{ActorMatch, Dictionary};
use crate::model::{ActorKind, EntryRef, Form, Gender};

/// One word of a parsed sentence: the resolver's input.
///
/// Shapes follow CoNLL-U: `head` is the 1-based index of the head word in the sentence,
/// 0 for the root; `deprel` is a Universal Dependencies relation, possibly with a subtype
/// (`nmod:poss`). `span` is a byte range into the text given to
/// [`Resolver::resolve_sentence`] (the caller chooses which text; the CLI uses the
/// article's normalised text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedWord {
    /// Word form as in the text.
    pub form: String,
    /// Lemma (lower-case lemmas are expected for common nouns and pronouns).
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// 1-based index of the head word, 0 for the root.
    pub head: usize,
    /// Universal Dependencies relation to the head.
    pub deprel: String,
    /// Byte range of the word in the text.
    pub span: Range<usize>,
}

/// How a mention's code was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResolvedBy {
    /// A dictionary entry (country, organisation, group, person on the date).
    Entry,
    /// An agent noun with the country in focus ("the government", "lawmakers").
    AgentRule,
    /// Composition inside one noun phrase ("Colombian President", "the Maduro regime").
    Composition,
    /// Within-article reference (surname, title, pronoun, "the country").
    Reference,
    /// Nothing gave a code: an unknown proper name, a person out of office on the date,
    /// an ambiguous surname, or an agent with no country in focus.
    Unresolved,
}

impl ResolvedBy {
    /// Lower-case name used in output: `entry`, `agent`, `composition`, `reference`,
    /// `unresolved`.
    pub fn as_str(self) -> &'static str {
        match self {
            ResolvedBy::Entry => "entry",
            ResolvedBy::AgentRule => "agent",
            ResolvedBy::Composition => "composition",
            ResolvedBy::Reference => "reference",
            ResolvedBy::Unresolved => "unresolved",
        }
    }
}

/// One actor mention in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// CAMEO actor code, `None` when unknown (never guessed).
    pub code: Option<String>,
    /// The mention's text: the slice of the sentence text covering `span`.
    pub text: String,
    /// Byte range into the text given to [`Resolver::resolve_sentence`], from the first to
    /// the last word of the mention's units.
    pub span: Range<usize>,
    /// Word range (0-based indices into the sentence's words, half-open).
    pub words: Range<usize>,
    /// 0-based index of the mention's head word.
    pub head: usize,
    /// How the code was found.
    pub resolved_by: ResolvedBy,
    /// The dictionary entry at the head of the mention (or the antecedent's entry for a
    /// reference), if any.
    pub entry: Option<EntryRef>,
    /// True for a mention of a person (a person entry, an unknown proper name with a
    /// title, a personal pronoun, a title noun referring to a person).
    pub is_person: bool,
}

/// What earlier sentences of one article said: country counts (for the country in focus)
/// and earlier mentions (for reference). Use one context per article, a fresh one for a
/// sentence on its own.
#[derive(Debug, Default, Clone)]
pub struct ArticleContext {
    /// (country code, count, order first seen)
    counts: Vec<(String, usize)>,
    headline_country: Option<String>,
    history: Vec<Mention>,
}

impl ArticleContext {
    /// A fresh context.
    pub fn new() -> ArticleContext {
        ArticleContext::default()
    }

    /// The country in focus: the most frequent country so far; ties go to the headline's
    /// country, then to the one seen first.
    pub fn focus(&self) -> Option<&str> {
        let max = self.counts.iter().map(|(_, n)| *n).max()?;
        if let Some(h) = &self.headline_country {
            if self.counts.iter().any(|(c, n)| c == h && *n == max) {
                return Some(h);
            }
        }
        self.counts
            .iter()
            .find(|(_, n)| *n == max)
            .map(|(c, _)| c.as_str())
    }

    /// Counts one mention of `country` (an ISO 3166-1 alpha-3 code) towards the focus, as
    /// if an earlier sentence had named it (a caller's prior knowledge of the article).
    pub fn add_focus(&mut self, country: &str) {
        self.count(country);
    }

    /// Earlier mentions of the article, in order.
    pub fn history(&self) -> &[Mention] {
        &self.history
    }

    fn count(&mut self, country: &str) {
        match self.counts.iter_mut().find(|(c, _)| c == country) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((country.to_string(), 1)),
        }
    }
}

/// Resolves actor mentions with a [`Dictionary`].
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'d> {
    dict: &'d Dictionary,
}

/// Agent heads that take the sector of a modifying agent ("leaders of the opposition").
const GENERIC_HEADS: &[&str] = &[
    "leader",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "chief",
    "member",
    "representative",
    "figure",
    "party leader",
    "state leader",
    "national leader",
    "senior official",
];

/// Verbs of a clause modifying an agent that make their object part of its phrase.
const LEAD_VERBS: &[&str] = &[
    "run",
    "lead",
    "head",
    "control",
    "command",
    "represent",
    "direct",
    "chair",
    "govern",
    "rule",
];

/// Agent nouns naming one office holder (for "the secretary" -> the person named before).
const TITLE_NOUNS: &[&str] = &[
    "president",
    "vice president",
    "prime minister",
    "premier",
    "chancellor",
    "minister",
    "foreign minister",
    "secretary",
    "secretary of state",
    "foreign secretary",
    "leader",
    "king",
    "queen",
    "emir",
    "sultan",
    "dictator",
    "strongman",
    "general",
    "commander",
    "senator",
    "lawmaker",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "judge",
    "prosecutor",
    "spokesman",
    "spokeswoman",
];

const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
    "dec.",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Country { adjective: bool },
    Actor,
    Agent,
    Person,
    Unknown,
}

#[derive(Debug, Clone)]
struct Unit {
    words: Range<usize>,
    head: usize,
    kind: UnitKind,
    entry: Option<EntryRef>,
    /// Entry code on the date (sector blocks for agents).
    code: Option<String>,
    surname_only: bool,
    ambiguous_surname: Vec<EntryRef>,
    parent: Option<usize>,
    plural: bool,
}

/// Result of composing a unit's subtree.
#[derive(Debug, Clone)]
struct Composed {
    code: Option<String>,
    by: ResolvedBy,
    /// Country-like first block usable by a parent (from an entry or a composition).
    country: Option<String>,
    /// Sector of an agent in this subtree (for generic heads above).
    sector: Option<String>,
}

/// What a personal pronoun can refer to.
#[derive(Clone, Copy)]
enum Antecedent {
    /// "he", "she": a person of that gender.
    Person(Gender),
    /// "they": any actor that is not a person.
    Group,
    /// "it": a country, an organisation or a singular collective noun.
    Body,
}

fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

impl<'d> Resolver<'d> {
    /// A resolver over `dict`.
    pub fn new(dict: &'d Dictionary) -> Resolver<'d> {
        Resolver { dict }
    }

    fn is_country_block(&self, b: &str) -> bool {
        self.dict.country(b).is_some()
    }

    fn first_country(&self, code: &str) -> Option<String> {
        blocks_of(code)
            .first()
            .filter(|b| self.is_country_block(b))
            .map(|b| b.to_string())
    }

    fn unit_from_match(&self, m: &ActorMatch<'d>, words: &[ParsedWord]) -> Unit {
        let head = head_of(m.start..m.end, words);
        let forms: Vec<Form> = m.hits.iter().map(|h| h.form).collect();
        let entry = m.entry.or_else(|| m.hits.first().map(|h| h.entry));
        let is_adj = forms.iter().all(|f| matches!(f, Form::Adjective))
            || (forms.contains(&Form::Adjective)
                && (words[head].upos == "ADJ" || universal(&words[head].deprel) == "amod"));
        let kind = match entry {
            Some(EntryRef::Country(_)) => UnitKind::Country { adjective: is_adj },
            Some(EntryRef::Actor(i)) => match self.dict.actors()[i as usize].kind {
                ActorKind::Place => UnitKind::Country { adjective: false },
                _ => UnitKind::Actor,
            },
            Some(EntryRef::Agent(_)) => UnitKind::Agent,
            Some(EntryRef::Person(_)) | None => UnitKind::Person,
        };
        let surname_only = forms.iter().all(|f| *f == Form::Surname);
        let mut ambiguous = Vec::new();
        if m.entry.is_none() {
            for h in m.hits.iter() {
                if !ambiguous.contains(&h.entry) {
                    ambiguous.push(h.entry);
                }
            }
        }
        let plural = forms
            .iter()
            .any(|f| matches!(f, Form::AgentPlural | Form::DemonymPlural));
        Unit {
            words: m.start..m.end,
            head,
            kind,
            entry: m.entry,
            code: m.code.map(str::to_string),
            surname_only,
            ambiguous_surname: ambiguous,
            parent: None,
            plural,
        }
    }

    /// Resolves the actor mentions of one sentence at `date`.
    ///
    /// `words` is the parsed sentence; `text` is the text the words' spans index (bytes);
    /// `ctx` carries the article so far (pass a fresh [`ArticleContext`] for a sentence
    /// on its own) and is updated with this sentence's mentions. Set `headline` for the
    /// article's headline: its country breaks ties of the country in focus.
    ///
    /// Returns the mentions in text order (by first word). A malformed parse (a head
    /// index out of range, a cycle) is treated as no attachment, never a panic.
    pub fn resolve_sentence(
        &self,
        words: &[ParsedWord],
        text: &str,
        date: NaiveDate,
        ctx: &mut ArticleContext,
        headline: bool,
    ) -> Vec<Mention> {
        let n = words.len();
        if n == 0 {
            return Vec::new();
        }
        let forms: Vec<&str> = words.iter().map(|w| w.form.as_str()).collect();
        let upos: Vec<&str> = words.iter().map(|w| w.upos.as_str()).collect();
        let matches = self.dict.match_tokens(&forms, Some(&upos), date);
        let mut units: Vec<Unit> = matches
            .iter()
            .filter(|m| !self.part_of_unknown_name(m, &matches, words))
            .map(|m| self.unit_from_match(m, words))
            .collect();
        for u in units.iter_mut() {
            self.state_homonym(u, words, ctx.focus());
        }
        // Unknown proper-name runs.
        let mut covered = vec![false; n];
        for u in &units {
            covered[u.words.clone()].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < n {
            let is_name = |k: usize| {
                !covered[k]
                    && words[k].upos == "PROPN"
                    && !DATE_WORDS.contains(&lower(&words[k].form).as_str())
                    && words[k].form.chars().any(char::is_alphabetic)
            };
            if is_name(i) {
                let start = i;
                while i < n && is_name(i) {
                    i += 1;
                }
                units.push(Unit {
                    words: start..i,
                    head: head_of(start..i, words),
                    kind: UnitKind::Unknown,
                    entry: None,
                    code: None,
                    surname_only: false,
                    ambiguous_surname: Vec::new(),
                    parent: None,
                    plural: false,
                });
            } else {
                i += 1;
            }
        }
        units.sort_by_key(|u| u.words.start);
        let mut owner: Vec<Option<usize>> = vec![None; n];
        for (k, u) in units.iter().enumerate() {
            for w in u.words.clone() {
                owner[w] = Some(k);
            }
        }
        for k in 0..units.len() {
            let parent = self.attach(units[k].head, k, &units, words, &owner);
            units[k].parent = parent;
        }
        // A title right before a name belongs to it, whatever the parse says
        // ("Secretary of State Antony Blinken").
        for k in 0..units.len().saturating_sub(1) {
            let (a, b) = (&units[k], &units[k + 1]);
            if a.kind == UnitKind::Agent
                && !a.plural
                && a.words.end == b.words.start
                && matches!(b.kind, UnitKind::Person | UnitKind::Unknown)
                && b.parent != Some(k)
            {
                units[k].parent = Some(k + 1);
            }
        }
        // A malformed (cyclic) parse must not make a cycle of units: cut it.
        for k in 0..units.len() {
            let mut p = units[k].parent;
            let mut steps = 0;
            while let Some(q) = p {
                if q == k || steps > units.len() {
                    units[k].parent = None;
                    break;
                }
                p = units[q].parent;
                steps += 1;
            }
        }
        // Reference for surnames: a person named in full earlier in the article.
        for u in units.iter_mut() {
            if u.surname_only && u.kind == UnitKind::Person {
                let earlier = ctx
                    .history
                    .iter()
                    .rev()
                    .chain(std::iter::empty())
                    .find_map(|m| m.entry.filter(|e| u.ambiguous_surname.contains(e)));
                if let Some(e) = earlier {
                    u.entry = Some(e);
                    u.code = self.dict.code_at(e, date).map(str::to_string);
                }
            }
        }
        // Countries named by entries count towards the focus before agents are resolved.
        for u in &units {
            if u.kind != UnitKind::Agent {
                if let Some(c) = u.code.as_deref().and_then(|c| self.first_country(c)) {
                    ctx.count(&c);
                    if headline && ctx.headline_country.is_none() {
                        ctx.headline_country = Some(c);
                    }
                }
            }
        }
        let focus = ctx.focus().map(str::to_string);
        let mut out = Vec::new();
        let mut country_of_word: std::collections::HashMap<usize, String> =
            std::collections::HashMap::new();
        for k in 0..units.len() {
            if units[k].parent.is_some() {
                continue;
            }
            let u = &units[k];
            // Modifiers of a non-actor noun are not mentions.
            let dep = universal(&words[u.head].deprel);
            let modifies_noun = matches!(dep, "compound" | "amod")
                && words[u.head].head > 0
                && words[u.head].head <= n;
            if self.is_place_of_capital(u, words) {
                continue;
            }
            match u.kind {
                UnitKind::Agent if modifies_noun => continue,
                UnitKind::Country { adjective: true } => continue,
                _ => {}
            }
            let composed = self.compose(k, &units, words, focus.as_deref());
            let (mut code, mut by) = (composed.code, composed.by);
            // "Venezuelan Government and Opposition": a conjunct agent with no country of its
            // own takes the country of the conjunct it is coordinated with.
            if by == ResolvedBy::AgentRule && universal(&words[u.head].deprel) == "conj" {
                let first = words[u.head].head.wrapping_sub(1);
                if let (Some(c), Some(sector)) = (country_of_word.get(&first), &composed.sector) {
                    code = Some(compose_code(c, sector, false));
                    by = ResolvedBy::Composition;
                }
            }
            if let Some(c) = &composed.country {
                country_of_word.insert(u.head, c.clone());
            }
            let mut entry = u.entry;
            let mut is_person = matches!(u.kind, UnitKind::Person | UnitKind::Unknown);
            if u.surname_only && u.entry.is_some() && ctx.history.iter().any(|m| m.entry == u.entry)
            {
                by = if code.is_some() {
                    ResolvedBy::Reference
                } else {
                    by
                };
            }
            // Title reference: "the secretary" after "Antony Blinken".
            if u.kind == UnitKind::Agent
                && !u.plural
                && by == ResolvedBy::AgentRule
                && self.subtree(k, &units).len() == 1
                && has_definite_det(u.head, words)
            {
                let noun = self.dict.entry_name(u.entry.unwrap_or(EntryRef::Agent(0)));
                let text_lower = lower(&words_text(words, u.words.clone()));
                if TITLE_NOUNS.contains(&text_lower.as_str()) || TITLE_NOUNS.contains(&noun) {
                    let sector = u.code.clone().unwrap_or_default();
                    let compatible = |m: &&Mention| {
                        m.is_person
                            && m.code
                                .as_deref()
                                .is_some_and(|c| blocks_of(c).contains(&sector.as_str()))
                    };
                    // The nearest person whose office on the date bears the title ("the
                    // secretary" -> the Secretary of State), else the nearest one whose
                    // code has the title's sector.
                    let titled = ctx
                        .history
                        .iter()
                        .rev()
                        .filter(compatible)
                        .find(|m| self.holds_title(m.entry, &text_lower, date));
                    if let Some(ante) = titled.or_else(|| ctx.history.iter().rev().find(compatible))
                    {
                        code = ante.code.clone();
                        by = ResolvedBy::Reference;
                        entry = ante.entry;
                        is_person = true;
                    }
                }
            }
            if u.kind == UnitKind::Unknown && code.is_some() {
                is_person = true;
            }
            // Unknown single-word name repeating the last word of an earlier unknown name.
            if u.kind == UnitKind::Unknown && code.is_none() && u.words.len() == 1 {
                let form = lower(&words[u.head].form);
                if let Some(ante) = ctx.history.iter().rev().find(|m| {
                    m.words.len() > 1
                        && m.entry.is_none()
                        && m.text
                            .split_whitespace()
                            .last()
                            .is_some_and(|l| lower(l) == form)
                }) {
                    code = ante.code.clone();
                    by = ResolvedBy::Reference;
                }
            }
            let sub = self.subtree(k, &units);
            let first = sub.iter().map(|&j| units[j].words.start).min().unwrap_or(0);
            let last = sub.iter().map(|&j| units[j].words.end).max().unwrap_or(1);
            let span = words[first].span.start..words[last - 1].span.end;
            out.push(Mention {
                text: text.get(span.clone()).unwrap_or("").to_string(),
                span,
                code,
                words: first..last,
                head: u.head,
                resolved_by: by,
                entry,
                is_person,
            });
        }
        // "the country" / "the nation" and pronouns.
        for (i, w) in words.iter().enumerate() {
            if owner[i].is_some() {
                continue;
            }
            let lemma = lower(&w.lemma);
            let form = lower(&w.form);
            let reference = if (lemma == "country" || lemma == "nation")
                && w.upos == "NOUN"
                && has_definite_det(i, words)
            {
                focus.clone().map(|c| (Some(c), None, false))
            } else if w.upos == "PRON" {
                let earlier: Vec<&Mention> = ctx
                    .history
                    .iter()
                    .chain(out.iter().filter(|m| m.words.end <= i))
                    .collect();
                let want = match form.as_str() {
                    "he" | "him" | "his" | "himself" => Some(Antecedent::Person(Gender::Male)),
                    "she" | "her" | "hers" | "herself" => Some(Antecedent::Person(Gender::Female)),
                    "they" | "them" | "their" | "theirs" | "themselves" => Some(Antecedent::Group),
                    "it" | "its" | "itself" => Some(Antecedent::Body),
                    _ => None,
                };
                want.and_then(|want| {
                    let ante = earlier.iter().rev().find(|m| match want {
                        Antecedent::Person(g) => m.is_person && self.gender_ok(m, g),
                        Antecedent::Group => !m.is_person && m.code.is_some(),
                        // "Iran said it shot down the airliner": a country or organisation
                        // named by its entry, or a singular collective noun ("the
                        // government", "the army"), never a plural ("protesters").
                        Antecedent::Body => {
                            !m.is_person
                                && m.code.is_some()
                                && m.resolved_by != ResolvedBy::Reference
                                && (matches!(
                                    m.entry,
                                    Some(EntryRef::Country(_) | EntryRef::Actor(_))
                                ) || !m.text.ends_with('s'))
                        }
                    })?;
                    Some((
                        ante.code.clone(),
                        ante.entry,
                        matches!(want, Antecedent::Person(_)),
                    ))
                })
            } else {
                None
            };
            if let Some((code, entry, is_person)) = reference {
                out.push(Mention {
                    text: text.get(w.span.clone()).unwrap_or("").to_string(),
                    span: w.span.clone(),
                    code,
                    words: i..i + 1,
                    head: i,
                    resolved_by: ResolvedBy::Reference,
                    entry,
                    is_person,
                });
            }
        }
        out.sort_by_key(|m| m.words.start);
        for m in &out {
            if let Some(c) = m.code.as_deref().and_then(|c| self.first_country(c)) {
                if m.resolved_by != ResolvedBy::Entry {
                    ctx.count(&c);
                }
            }
        }
        ctx.history.extend(out.iter().cloned());
        out
    }

    /// A one-word country, capital or place name right next to an unknown proper noun is
    /// part of a person's or place's name ("George Washington", "Michael Jordan",
    /// "Indiana Jones").
    fn part_of_unknown_name(
        &self,
        m: &ActorMatch<'d>,
        all: &[ActorMatch<'d>],
        words: &[ParsedWord],
    ) -> bool {
        if m.end - m.start != 1
            || !m.hits.iter().all(|h| {
                let place = match h.entry {
                    EntryRef::Country(_) => true,
                    EntryRef::Actor(i) => self.dict.actors()[i as usize].kind == ActorKind::Place,
                    _ => false,
                };
                place && matches!(h.form, Form::Name | Form::Capital)
            })
        {
            return false;
        }
        let free_name = |k: usize| {
            words[k].upos == "PROPN"
                && !DATE_WORDS.contains(&lower(&words[k].form).as_str())
                && !all.iter().any(|o| (o.start..o.end).contains(&k))
        };
        (m.start > 0 && free_name(m.start - 1)) || (m.end < words.len() && free_name(m.end))
    }

    /// "Georgia" the US state: after "state of", before "state", next to "Atlanta", or
    /// when the United States is the country in focus.
    fn state_homonym(&self, u: &mut Unit, words: &[ParsedWord], focus: Option<&str>) {
        if u.code.as_deref() != Some("GEO") || u.words.len() != 1 {
            return;
        }
        let w = |k: usize| words.get(k).map(|w| lower(&w.form)).unwrap_or_default();
        let s = u.words.start;
        let near_state = (s >= 2 && w(s - 1) == "of" && w(s - 2) == "state")
            || w(s + 1) == "state"
            || (s >= 1 && w(s - 1) == "atlanta")
            || (s >= 2 && w(s - 2) == "atlanta")
            || ((s >= 1 && w(s - 1) == "u.s.") && w(s + 1) != "'s");
        if near_state || focus == Some("USA") {
            u.code = Some("USA".to_string());
            u.entry = self
                .dict
                .countries()
                .iter()
                .position(|c| c.code == "USA")
                .map(|i| EntryRef::Country(i as u32));
        }
    }

    /// A capital city or a sub-national place as the place of something ("a rally in
    /// Caracas", "a shooting in Texas"), not an actor.
    fn is_place_of_capital(&self, u: &Unit, words: &[ParsedWord]) -> bool {
        if !matches!(u.kind, UnitKind::Country { .. }) {
            return false;
        }
        let capital = u.entry.is_some_and(|e| match e {
            EntryRef::Actor(i) => self.dict.actors()[i as usize].kind == ActorKind::Place,
            EntryRef::Country(i) => {
                let c = &self.dict.countries()[i as usize];
                let t = crate::normalize::fold_token(&words_text(words, u.words.clone())).form;
                c.capitals
                    .iter()
                    .any(|cap| crate::normalize::fold_token(cap).form == t)
            }
            _ => false,
        });
        if !capital || !matches!(universal(&words[u.head].deprel), "obl" | "nmod") {
            return false;
        }
        words.iter().any(|w| {
            w.head == u.head + 1
                && universal(&w.deprel) == "case"
                && matches!(
                    lower(&w.form).as_str(),
                    "in" | "at" | "near" | "outside" | "around"
                )
        })
    }

    /// Whether unit `parent` takes unit `child` as a modifier: an agent takes any; a
    /// person or unknown name takes modifiers before it (titles, adjectives, possessors)
    /// and appositions; countries and organisations take none.
    fn accepts(&self, parent: &Unit, child: &Unit, rel: &str) -> bool {
        match parent.kind {
            UnitKind::Agent => true,
            UnitKind::Person | UnitKind::Unknown => {
                child.words.start < parent.words.start || rel == "appos"
            }
            UnitKind::Country { .. } | UnitKind::Actor => false,
        }
    }

    /// Whether the person `entry` holds, on `date`, an office whose title contains the
    /// words of `title` (lower-case).
    fn holds_title(&self, entry: Option<EntryRef>, title: &str, date: NaiveDate) -> bool {
        let Some(EntryRef::Person(i)) = entry else {
            return false;
        };
        let wanted: Vec<&str> = title.split_whitespace().collect();
        self.dict.people()[i as usize]
            .roles
            .iter()
            .filter(|r| r.contains(date))
            .filter_map(|r| r.office.as_deref().and_then(|o| self.dict.office(o)))
            .any(|o| {
                let t = lower(&o.title);
                let words: Vec<&str> = t.split_whitespace().collect();
                words.windows(wanted.len()).any(|w| w == wanted.as_slice())
            })
    }

    fn gender_ok(&self, m: &Mention, want: Gender) -> bool {
        match m.entry {
            Some(EntryRef::Person(i)) => self.dict.people()[i as usize]
                .gender
                .is_none_or(|g| g == want),
            _ => true,
        }
    }

    /// Units in the subtree of `k` (itself included).
    fn subtree(&self, k: usize, units: &[Unit]) -> Vec<usize> {
        let mut out = vec![k];
        let mut i = 0;
        while i < out.len() {
            let p = out[i];
            for (j, u) in units.iter().enumerate() {
                if u.parent == Some(p) && !out.contains(&j) {
                    out.push(j);
                }
            }
            i += 1;
        }
        out
    }

    /// The unit that unit `k` (head word `w`) attaches to inside its noun phrase.
    fn attach(
        &self,
        mut w: usize,
        k: usize,
        units: &[Unit],
        words: &[ParsedWord],
        owner: &[Option<usize>],
    ) -> Option<usize> {
        let n = words.len();
        for _ in 0..n {
            let word = &words[w];
            let h = word.head;
            if h == 0 || h > n {
                return None;
            }
            let p = h - 1;
            let rel = universal(&word.deprel);
            let parent = &words[p];
            let allowed = match rel {
                "compound" | "flat" | "amod" | "appos" => true,
                // "government *of* Syria", "rebels *from* Syria", "police *in* Hong Kong",
                // "minister *for* foreign affairs"; not "government *as* Turkey", "talks
                // *with* X", "war *against* Y".
                "nmod" => words.iter().all(|c| {
                    c.head != w + 1
                        || universal(&c.deprel) != "case"
                        || matches!(
                            lower(&c.form).as_str(),
                            "of" | "from" | "in" | "for" | "at" | "'s" | "’s" | "'"
                        )
                }),
                "acl" => LEAD_VERBS.contains(&lower(&word.lemma).as_str()),
                "obj" | "obl" => {
                    matches!(universal(&parent.deprel), "acl")
                        && LEAD_VERBS.contains(&lower(&parent.lemma).as_str())
                }
                _ => false,
            };
            if !allowed {
                return None;
            }
            match owner[p] {
                Some(o) if o != k => {
                    return self.accepts(&units[o], &units[k], rel).then_some(o);
                }
                Some(_) => {}
                // Only a leading verb's clause is climbed through; a plain noun between
                // two units ends the phrase ("Venezuelans into talks with Maduro").
                None if !matches!(rel, "obj" | "obl" | "acl") => return None,
                None => {}
            }
            w = p;
        }
        None
    }

    fn compose(
        &self,
        k: usize,
        units: &[Unit],
        words: &[ParsedWord],
        focus: Option<&str>,
    ) -> Composed {
        let u = &units[k];
        let children: Vec<usize> = (0..units.len())
            .filter(|&j| units[j].parent == Some(k))
            .collect();
        let composed: Vec<(usize, Composed)> = children
            .iter()
            .map(|&j| (j, self.compose(j, units, words, focus)))
            .collect();
        // Modifiers before the head first, then after it.
        let mut ordered: Vec<&(usize, Composed)> = composed.iter().collect();
        ordered
            .sort_by_key(|(j, _)| (units[*j].words.start > u.words.start, units[*j].words.start));
        let child_country = ordered.iter().find_map(|(_, c)| c.country.clone());
        let child_base = ordered.iter().find_map(|(j, c)| {
            (units[*j].kind == UnitKind::Actor)
                .then(|| c.code.clone())
                .flatten()
        });
        let child_sector = ordered.iter().find_map(|(_, c)| c.sector.clone());
        match u.kind {
            UnitKind::Country { .. } => Composed {
                country: u.code.clone(),
                code: u.code.clone(),
                by: ResolvedBy::Entry,
                sector: None,
            },
            UnitKind::Actor | UnitKind::Person if u.code.is_some() => Composed {
                country: u.code.as_deref().and_then(|c| self.first_country(c)),
                code: u.code.clone(),
                by: ResolvedBy::Entry,
                sector: None,
            },
            UnitKind::Agent => {
                let own = u.code.clone().unwrap_or_default();
                let name = u.entry.map(|e| self.dict.entry_name(e)).unwrap_or("");
                let text_lower = lower(&words_text(words, u.words.clone()));
                let generic = GENERIC_HEADS.contains(&name)
                    || GENERIC_HEADS
                        .iter()
                        .any(|g| text_lower == *g || text_lower == format!("{g}s"));
                let sector = match (&child_sector, generic) {
                    (Some(s), true) => s.clone(),
                    _ => own,
                };
                if let Some(base) = child_base {
                    // An international organisation takes the agent's sector ("NATO
                    // troops" -> IGOWSTNATMIL); a national institution or group keeps its
                    // own code ("Kremlin officials" -> RUSGOV, "Hamas fighters" ->
                    // PSEREBHMS), as does any organisation under a generic head.
                    let international = blocks_of(&base).first().is_some_and(|b| {
                        matches!(
                            self.dict.block_kind(b),
                            Some(crate::model::BlockKind::International)
                        )
                    });
                    let code = if (generic && child_sector.is_none()) || !international {
                        base
                    } else {
                        compose_code(&base, &sector, false)
                    };
                    return Composed {
                        code: Some(code),
                        by: ResolvedBy::Composition,
                        country: None,
                        sector: Some(sector),
                    };
                }
                match (child_country, focus) {
                    (Some(c), _) => Composed {
                        code: Some(compose_code(&c, &sector, false)),
                        by: ResolvedBy::Composition,
                        country: Some(c),
                        sector: Some(sector),
                    },
                    (None, Some(f)) => Composed {
                        code: Some(compose_code(f, &sector, false)),
                        by: ResolvedBy::AgentRule,
                        country: None,
                        sector: Some(sector),
                    },
                    (None, None) => Composed {
                        code: None,
                        by: ResolvedBy::Unresolved,
                        country: None,
                        sector: Some(sector),
                    },
                }
            }
            // A person out of office, an ambiguous surname, or an unknown name: a title
            // with a country in the same phrase gives the code.
            UnitKind::Actor | UnitKind::Person | UnitKind::Unknown => {
                let titled = ordered
                    .iter()
                    .find(|(j, c)| units[*j].kind == UnitKind::Agent && c.sector.is_some());
                let country = child_country.or_else(|| {
                    titled
                        .filter(|(_, t)| t.by != ResolvedBy::AgentRule)
                        .and_then(|(_, c)| c.code.as_deref())
                        .and_then(|c| self.first_country(c))
                });
                match (titled, country) {
                    (Some((_, t)), Some(c)) => {
                        let sector = t.sector.clone().unwrap_or_default();
                        Composed {
                            code: Some(compose_code(&c, &sector, false)),
                            by: ResolvedBy::Composition,
                            country: Some(c),
                            sector: Some(sector),
                        }
                    }
                    _ => Composed {
                        code: None,
                        by: ResolvedBy::Unresolved,
                        country: None,
                        sector: None,
                    },
                }
            }
        }
    }
}

/// Head word of a word range: the last word whose head lies outside the range.
fn head_of(r: Range<usize>, words: &[ParsedWord]) -> usize {
    let mut best = r.end - 1;
    for i in r.clone().rev() {
        let h = words[i].head;
        if h == 0 || !(r.start + 1..=r.end).contains(&h) {
            best = i;
            break;
        }
    }
    best
}

fn has_definite_det(head: usize, words: &[ParsedWord]) -> bool {
    words.iter().any(|w| {
        w.head == head + 1
            && universal(&w.deprel) == "det"
            && matches!(lower(&w.form).as_str(), "the" | "this" | "that")
    })
}

fn words_text(words: &[ParsedWord], r: Range<usize>) -> String {
    words[r]
        .iter()
        .map(|w| w.form.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

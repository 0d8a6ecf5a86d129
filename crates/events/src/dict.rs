//! The dyad event dictionary: our line format for verb, noun and adjective patterns over
//! Universal Dependencies parses, its loader and the shipped dictionary.
//!
//! The format is documented in `data/events/FORMAT.md`. One line is one pattern:
//!
//! ```text
//! 1122  v:accuse  obj@target  of=torture|abuse|atrocity
//! ```
//!
//! Columns in [`Finding`]s are 1-based and count chars (Unicode scalar values) of the line.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::table::CameoCode;

/// The format version this loader reads (`@format 1`).
pub const FORMAT_VERSION: u32 = 1;

macro_rules! shipped {
    ($name:literal) => {
        (
            concat!("data/events/patterns/", $name, ".pat"),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/events/patterns/",
                $name,
                ".pat"
            )),
        )
    };
}

/// The shipped pattern files, as (path relative to the repository root, text), embedded at
/// build time.
pub const SHIPPED_FILES: &[(&str, &str)] = &[
    shipped!("01-statement"),
    shipped!("02-appeal"),
    shipped!("03-intent"),
    shipped!("04-consult"),
    shipped!("05-diplomatic"),
    shipped!("06-material"),
    shipped!("07-aid"),
    shipped!("08-yield"),
    shipped!("09-investigate"),
    shipped!("10-demand"),
    shipped!("11-disapprove"),
    shipped!("12-reject"),
    shipped!("13-threaten"),
    shipped!("14-protest"),
    shipped!("15-force-posture"),
    shipped!("16-reduce-relations"),
    shipped!("17-coerce"),
    shipped!("18-assault"),
    shipped!("19-fight"),
    shipped!("20-mass-violence"),
];

/// Dependency relations a pattern may name (besides prepositions). `poss` stands for UD
/// `nmod:poss`; the others match the universal part of DEPREL (`nsubj` also matches
/// `nsubj:pass`, `obl` matches `obl:tmod`, ...).
pub const RELATIONS: &[&str] = &[
    "obj", "iobj", "nsubj", "xcomp", "ccomp", "advcl", "advmod", "compound", "amod", "poss",
    "nmod", "obl", "acl", "conj", "nummod", "det",
];

/// English prepositions (and subordinators that UD marks with `case` or `mark`) a pattern may
/// name; multi-word prepositions are written with `_` (`on_behalf_of`), and every part of them
/// must be in this list or be a noun of [`PREP_NOUNS`].
pub const PREPOSITIONS: &[&str] = &[
    "aboard",
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "alongside",
    "amid",
    "amidst",
    "among",
    "amongst",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "concerning",
    "despite",
    "down",
    "during",
    "except",
    "following",
    "for",
    "from",
    "in",
    "including",
    "inside",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "outside",
    "over",
    "past",
    "per",
    "regarding",
    "since",
    "than",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "via",
    "with",
    "within",
    "without",
    "if",
    "that",
    "whether",
    "because",
    "according",
    "ahead",
    "due",
    "instead",
    "away",
    "up",
    "back",
];

/// Nouns allowed inside multi-word prepositions (`on_behalf_of`, `in_favor_of`).
pub const PREP_NOUNS: &[&str] = &[
    "behalf",
    "favor",
    "favour",
    "support",
    "front",
    "addition",
    "spite",
    "place",
    "case",
    "exchange",
    "protest",
    "defiance",
    "retaliation",
    "response",
    "violation",
    "solidarity",
];

/// Slot names a pattern may give an argument (`@source`, `@target`, `@pair`).
pub const SLOTS: &[&str] = &["source", "target", "pair"];

/// Which kind of word triggers a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// `v:` a verb (UPOS VERB).
    Verb,
    /// `n:` a noun (UPOS NOUN or PROPN): nominal events ("talks between X and Y").
    Noun,
    /// `a:` an adjective (UPOS ADJ): "critical of X".
    Adj,
}

/// The word a pattern hangs on: a lemma, with a particle for phrasal verbs (`crack+down`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Trigger {
    /// Verb, noun or adjective.
    pub kind: TriggerKind,
    /// Lower-case lemma.
    pub lemma: String,
    /// Particle attached by `compound:prt` (phrasal verbs), lower case.
    pub particle: Option<String>,
}

/// The role an argument's head word fills in the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The actor doing the act.
    Source,
    /// The actor the act is done to.
    Target,
    /// Both sides at once: the first conjunct is the source, the others the targets
    /// ("talks between X and Y").
    Pair,
}

/// What an argument attaches by.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rel {
    /// A dependency relation from [`RELATIONS`].
    Dep(String),
    /// A prepositional phrase: a dependent (obl, nmod, advcl, acl) whose `case` or `mark`
    /// child is one of these prepositions (each given as the words of a possibly multi-word
    /// preposition, in order; alternatives sorted).
    Prep(Vec<Vec<String>>),
}

impl fmt::Display for Rel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rel::Dep(d) => f.write_str(d),
            Rel::Prep(alts) => {
                let v: Vec<String> = alts.iter().map(|w| w.join("_")).collect();
                f.write_str(&v.join("|"))
            }
        }
    }
}

/// One argument of a pattern: a dependent of the trigger (or of an enclosing argument)
/// reached by `rel`, optionally restricted to head lemmas, optionally filling a slot, with
/// its own nested arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Arg {
    /// How it attaches.
    pub rel: Rel,
    /// Accepted lower-case head lemmas; empty means any word.
    pub lemmas: Vec<String>,
    /// The slot its head fills, if any.
    pub slot: Option<Slot>,
    /// Arguments that must hang on this argument's head.
    pub children: Vec<Arg>,
}

impl Arg {
    fn canonical(&self) -> String {
        let mut s = self.rel.to_string();
        if !self.lemmas.is_empty() {
            let mut l = self.lemmas.clone();
            l.sort();
            s.push('=');
            s.push_str(&l.join("|"));
        }
        if let Some(slot) = self.slot {
            s.push('@');
            s.push_str(slot_name(slot));
        }
        if !self.children.is_empty() {
            let mut c: Vec<String> = self.children.iter().map(Arg::canonical).collect();
            c.sort();
            s.push('(');
            s.push_str(&c.join(" "));
            s.push(')');
        }
        s
    }

    /// How many constraints this argument and its children carry (used as specificity).
    pub fn weight(&self) -> usize {
        1 + usize::from(!self.lemmas.is_empty())
            + self.children.iter().map(Arg::weight).sum::<usize>()
    }
}

fn slot_name(s: Slot) -> &'static str {
    match s {
        Slot::Source => "source",
        Slot::Target => "target",
        Slot::Pair => "pair",
    }
}

/// One pattern of the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Stable id: `<code>.<lemma>[+<particle>].<n>`, n counting the patterns with that code
    /// and trigger in dictionary order from 1 (`046.negotiate.1`).
    pub id: String,
    /// The CAMEO code of the event from source to target (3 or 4 digits).
    pub code: String,
    /// Paired code (`042:043`): the code of the converse event from target to source.
    pub reverse_code: Option<String>,
    /// The trigger word.
    pub trigger: Trigger,
    /// Arguments of the trigger.
    pub args: Vec<Arg>,
    /// `!mutual`: the act is done by both sides (code both directions).
    pub mutual: bool,
    /// File the pattern comes from (as given to the loader).
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
}

impl Pattern {
    /// The pattern without its code, normalised (argument and lemma order ignored); two
    /// patterns with the same key are duplicates.
    pub fn key(&self) -> String {
        let mut s = String::new();
        s.push(match self.trigger.kind {
            TriggerKind::Verb => 'v',
            TriggerKind::Noun => 'n',
            TriggerKind::Adj => 'a',
        });
        s.push(':');
        s.push_str(&self.trigger.lemma);
        if let Some(p) = &self.trigger.particle {
            s.push('+');
            s.push_str(p);
        }
        let mut a: Vec<String> = self.args.iter().map(Arg::canonical).collect();
        a.sort();
        for x in a {
            s.push(' ');
            s.push_str(&x);
        }
        if self.mutual {
            s.push_str(" !mutual");
        }
        s
    }

    /// Specificity: 1 for the trigger, +1 for a particle, plus the weight of every argument.
    pub fn specificity(&self) -> usize {
        1 + usize::from(self.trigger.particle.is_some())
            + self.args.iter().map(Arg::weight).sum::<usize>()
    }

    /// Whether some argument (at any depth) fills `slot`.
    pub fn has_slot(&self, slot: Slot) -> bool {
        fn walk(args: &[Arg], slot: Slot) -> bool {
            args.iter()
                .any(|a| a.slot == Some(slot) || walk(&a.children, slot))
        }
        walk(&self.args, slot)
    }
}

/// Severity of a [`Finding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The dictionary must not ship with it.
    Error,
    /// Suspicious but usable.
    Warning,
}

/// One problem found while loading or checking a dictionary. Displays as
/// `file:line:col: error: message` (line and column 1-based, column in chars).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file as given to the loader.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in chars.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {sev}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// Loading failed: every error found, in file and line order.
#[derive(Debug, thiserror::Error)]
#[error("{} error(s) in the event dictionary; first: {}", .0.len(), .0.first().map(|f| f.to_string()).unwrap_or_default())]
pub struct LoadError(pub Vec<Finding>);

/// A loaded event dictionary.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    /// Every pattern, in file and line order.
    pub patterns: Vec<Pattern>,
    /// The `@version` of the files (the last one seen), if any.
    pub version: Option<String>,
    by_trigger: HashMap<(TriggerKind, String), Vec<usize>>,
}

impl Dictionary {
    /// The dictionary shipped in `data/events/patterns/`, loaded once.
    ///
    /// # Panics
    /// Never in a released build: the crate's tests check the shipped files load cleanly.
    pub fn shipped() -> &'static Dictionary {
        static D: std::sync::OnceLock<Dictionary> = std::sync::OnceLock::new();
        D.get_or_init(|| {
            let (d, findings) = load_texts(SHIPPED_FILES.iter().map(|(p, t)| (p.to_string(), *t)));
            let errors: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "shipped event dictionary: {}", errors[0]);
            d
        })
    }

    /// Loads dictionary files (our format) in the order given.
    ///
    /// # Errors
    /// [`LoadError`] listing every error (unreadable file, malformed line, unknown CAMEO code
    /// or root category, unknown relation or slot, duplicate pattern) with file, line, column.
    pub fn load_files(paths: &[PathBuf]) -> Result<Dictionary, LoadError> {
        let (d, findings) = load_paths(paths);
        let errors: Vec<Finding> = findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if errors.is_empty() {
            Ok(d)
        } else {
            Err(LoadError(errors))
        }
    }

    /// Loads dictionary text held in memory; `file` names it in findings.
    ///
    /// # Errors
    /// As [`Dictionary::load_files`].
    pub fn load_str(file: &str, text: &str) -> Result<Dictionary, LoadError> {
        let (d, findings) = load_texts([(file.to_string(), text)]);
        let errors: Vec<Finding> = findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if errors.is_empty() {
            Ok(d)
        } else {
            Err(LoadError(errors))
        }
    }

    /// The patterns whose trigger has this kind and (lower-case) lemma, in dictionary order.
    pub fn by_trigger(&self, kind: TriggerKind, lemma: &str) -> impl Iterator<Item = &Pattern> {
        self.by_trigger
            .get(&(kind, lemma.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.patterns[i])
    }

    /// The pattern with this id.
    pub fn get(&self, id: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|p| p.id == id)
    }
}

pub(crate) fn load_paths(paths: &[PathBuf]) -> (Dictionary, Vec<Finding>) {
    let mut texts = Vec::new();
    let mut findings = Vec::new();
    for p in paths {
        match std::fs::read_to_string(p) {
            Ok(t) => texts.push((p.display().to_string(), t)),
            Err(e) => findings.push(Finding {
                file: p.display().to_string(),
                line: 0,
                col: 0,
                severity: Severity::Error,
                message: format!("cannot read: {e}"),
            }),
        }
    }
    let (d, mut more) = load_texts(texts.iter().map(|(f, t)| (f.clone(), t.as_str())));
    findings.append(&mut more);
    (d, findings)
}

/// Loads (file name, text) pairs; returns the dictionary of every well-formed pattern and all
/// findings.
pub(crate) fn load_texts<'a>(
    files: impl IntoIterator<Item = (String, &'a str)>,
) -> (Dictionary, Vec<Finding>) {
    let mut d = Dictionary::default();
    let mut findings = Vec::new();
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut ordinals: HashMap<String, usize> = HashMap::new();
    for (file, text) in files {
        let mut saw_format = false;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let mut err = |col: usize, message: String| {
                findings.push(Finding {
                    file: file.clone(),
                    line: line_no,
                    col,
                    severity: Severity::Error,
                    message,
                })
            };
            let body = strip_comment(raw);
            if body.trim().is_empty() {
                continue;
            }
            if let Some(rest) = body.trim_start().strip_prefix('@') {
                let col = body.chars().take_while(|c| c.is_whitespace()).count() + 1;
                let mut it = rest.split_whitespace();
                match (it.next(), it.next(), it.next()) {
                    (Some("format"), Some(v), None) => {
                        if v.parse::<u32>() != Ok(FORMAT_VERSION) {
                            err(
                                col,
                                format!(
                                    "unsupported format `{v}` (this loader reads {FORMAT_VERSION})"
                                ),
                            );
                        }
                        saw_format = true;
                    }
                    (Some("version"), Some(v), None) => d.version = Some(v.to_string()),
                    _ => err(col, format!("unknown directive `@{}`", rest.trim())),
                }
                continue;
            }
            if !saw_format {
                err(1, "missing `@format 1` before the first pattern".into());
                saw_format = true;
            }
            let parsed = match parse_line(body) {
                Ok(p) => p,
                Err((col, msg)) => {
                    err(col, msg);
                    continue;
                }
            };
            let mut bad = false;
            for (code, col) in [
                (Some(&parsed.code), 1),
                (parsed.reverse.as_ref(), parsed.reverse_col),
            ] {
                let Some(code) = code else { continue };
                match CameoCode::get(code) {
                    None => {
                        err(col, format!("unknown CAMEO code `{code}`"));
                        bad = true;
                    }
                    Some(c) if c.is_root() => {
                        err(
                            col,
                            format!(
                                "`{code}` is a root category, not a code to emit; use {code}0 or a more specific code"
                            ),
                        );
                        bad = true;
                    }
                    Some(_) => {}
                }
            }
            for (col, msg) in &parsed.semantic_errors {
                err(*col, msg.clone());
                bad = true;
            }
            if bad {
                continue;
            }
            let mut pattern = Pattern {
                id: String::new(),
                code: parsed.code,
                reverse_code: parsed.reverse,
                trigger: parsed.trigger,
                args: parsed.args,
                mutual: parsed.mutual,
                file: file.clone(),
                line: line_no,
            };
            let key = pattern.key();
            if let Some(&prev) = keys.get(&key) {
                let p = &d.patterns[prev];
                err(
                    1,
                    format!(
                        "duplicate pattern: same as {} at {}:{} (code {})",
                        p.id, p.file, p.line, p.code
                    ),
                );
                continue;
            }
            let stem = format!(
                "{}.{}{}",
                pattern.code,
                pattern.trigger.lemma,
                pattern
                    .trigger
                    .particle
                    .as_ref()
                    .map(|p| format!("+{p}"))
                    .unwrap_or_default()
            );
            let n = ordinals.entry(stem.clone()).or_insert(0);
            *n += 1;
            pattern.id = format!("{stem}.{n}");
            keys.insert(key, d.patterns.len());
            d.by_trigger
                .entry((pattern.trigger.kind, pattern.trigger.lemma.clone()))
                .or_default()
                .push(d.patterns.len());
            d.patterns.push(pattern);
        }
    }
    (d, findings)
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

struct Parsed {
    code: String,
    reverse: Option<String>,
    reverse_col: usize,
    trigger: Trigger,
    args: Vec<Arg>,
    mutual: bool,
    /// Well-formed but wrong (unknown relation, slot): reported, pattern dropped.
    semantic_errors: Vec<(usize, String)>,
}

/// A char cursor over one line, with 1-based char columns.
struct Cursor<'a> {
    chars: Vec<char>,
    pos: usize,
    errors: &'a mut Vec<(usize, String)>,
    /// Every slot given on the line, with the column of its name.
    slots: Vec<(Slot, usize)>,
}

type PResult<T> = Result<T, (usize, String)>;

impl Cursor<'_> {
    fn col(&self) -> usize {
        self.pos + 1
    }
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn skip_ws(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
        self.pos > start
    }
    fn word(&mut self, what: &str) -> PResult<String> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '_' || c == '.')
        {
            self.pos += 1;
        }
        if self.pos == start {
            let found = self
                .peek()
                .map(|c| format!("`{c}`"))
                .unwrap_or("end of line".into());
            return Err((self.col(), format!("expected {what}, found {found}")));
        }
        Ok(self.chars[start..self.pos].iter().collect())
    }
    fn lemma(&mut self, what: &str) -> PResult<String> {
        let col = self.col();
        let w = self.word(what)?;
        if w.chars().any(|c| c.is_uppercase()) {
            return Err((col, format!("{what} `{w}` must be lower case")));
        }
        if w.contains('_') || w.starts_with(['-', '.']) {
            return Err((col, format!("malformed {what} `{w}`")));
        }
        Ok(w)
    }
    fn code(&mut self) -> PResult<String> {
        let col = self.col();
        let w = self.word("a CAMEO code")?;
        if !w.bytes().all(|b| b.is_ascii_digit()) || !(2..=4).contains(&w.len()) {
            return Err((col, format!("malformed CAMEO code `{w}`")));
        }
        Ok(w)
    }

    fn arg(&mut self, depth: usize) -> PResult<Arg> {
        let col = self.col();
        let mut names = vec![self.word("a relation or preposition")?];
        while self.peek() == Some('|') {
            self.pos += 1;
            names.push(self.word("a preposition")?);
        }
        let rel = if names.len() == 1 && RELATIONS.contains(&names[0].as_str()) {
            Rel::Dep(names[0].clone())
        } else {
            let mut alts = Vec::new();
            for name in &names {
                if RELATIONS.contains(&name.as_str()) {
                    self.errors.push((
                        col,
                        format!(
                            "relation `{name}` cannot be an alternative; only prepositions can"
                        ),
                    ));
                    continue;
                }
                let parts: Vec<String> = name.split('_').map(str::to_string).collect();
                let ok = !parts.iter().any(String::is_empty)
                    && PREPOSITIONS.contains(&parts[0].as_str())
                    && PREPOSITIONS.contains(&parts[parts.len() - 1].as_str())
                    && parts.iter().all(|p| {
                        PREPOSITIONS.contains(&p.as_str()) || PREP_NOUNS.contains(&p.as_str())
                    });
                if !ok {
                    self.errors
                        .push((col, format!("unknown relation or preposition `{name}`")));
                }
                alts.push(parts);
            }
            alts.sort();
            if alts.windows(2).any(|w| w[0] == w[1]) {
                self.errors
                    .push((col, "a preposition is listed twice".into()));
            }
            Rel::Prep(alts)
        };
        let mut lemmas = Vec::new();
        if self.peek() == Some('=') {
            self.pos += 1;
            loop {
                lemmas.push(self.lemma("lemma")?);
                if self.peek() == Some('|') {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let mut sorted = lemmas.clone();
            sorted.sort();
            if sorted.windows(2).any(|w| w[0] == w[1]) {
                self.errors.push((col, "a lemma is listed twice".into()));
            }
        }
        let mut slot = None;
        if self.peek() == Some('@') {
            self.pos += 1;
            let c = self.col();
            let s = self.word("a slot name")?;
            slot = match s.as_str() {
                "source" => Some(Slot::Source),
                "target" => Some(Slot::Target),
                "pair" => Some(Slot::Pair),
                _ => {
                    self.errors.push((
                        c,
                        format!("unknown slot `{s}` (slots: {})", SLOTS.join(", ")),
                    ));
                    None
                }
            };
            if let Some(sl) = slot {
                if self.slots.iter().any(|&(x, _)| x == sl) {
                    self.errors
                        .push((c, format!("slot `@{s}` is filled twice")));
                } else if sl == Slot::Pair && !self.slots.is_empty()
                    || sl != Slot::Pair && self.slots.iter().any(|&(x, _)| x == Slot::Pair)
                {
                    self.errors.push((
                        c,
                        "`@pair` cannot be combined with `@source` or `@target`".into(),
                    ));
                }
                self.slots.push((sl, c));
            }
        }
        let mut children = Vec::new();
        if self.peek() == Some('(') {
            if depth >= 4 {
                return Err((self.col(), "arguments nested more than 4 deep".into()));
            }
            self.pos += 1;
            loop {
                self.skip_ws();
                match self.peek() {
                    Some(')') => {
                        self.pos += 1;
                        break;
                    }
                    None => return Err((self.col(), "unclosed `(`".into())),
                    _ => children.push(self.arg(depth + 1)?),
                }
            }
            if children.is_empty() {
                return Err((self.col() - 1, "empty `()`".into()));
            }
        }
        if let Some(c) = self.peek() {
            if !c.is_whitespace() && c != ')' {
                return Err((self.col(), format!("unexpected `{c}` after argument")));
            }
        }
        Ok(Arg {
            rel,
            lemmas,
            slot,
            children,
        })
    }
}

fn parse_line(line: &str) -> PResult<Parsed> {
    let mut errors = Vec::new();
    let mut cur = Cursor {
        chars: line.chars().collect(),
        pos: 0,
        errors: &mut errors,
        slots: Vec::new(),
    };
    cur.skip_ws();
    let code = cur.code()?;
    let mut reverse = None;
    let mut reverse_col = 0;
    if cur.peek() == Some(':') {
        cur.pos += 1;
        reverse_col = cur.col();
        reverse = Some(cur.code()?);
    }
    if !cur.skip_ws() {
        return Err((
            cur.col(),
            "expected whitespace and a trigger after the code".into(),
        ));
    }
    let kcol = cur.col();
    let kind = match (cur.peek(), cur.chars.get(cur.pos + 1)) {
        (Some('v'), Some(':')) => TriggerKind::Verb,
        (Some('n'), Some(':')) => TriggerKind::Noun,
        (Some('a'), Some(':')) => TriggerKind::Adj,
        _ => {
            return Err((
                kcol,
                "expected a trigger `v:lemma`, `n:lemma` or `a:lemma`".into(),
            ));
        }
    };
    cur.pos += 2;
    let lemma = cur.lemma("trigger lemma")?;
    let mut particle = None;
    if cur.peek() == Some('+') {
        cur.pos += 1;
        particle = Some(cur.lemma("particle")?);
    }
    let trigger = Trigger {
        kind,
        lemma,
        particle,
    };
    let mut args = Vec::new();
    let mut mutual = false;
    loop {
        let had_ws = cur.skip_ws();
        match cur.peek() {
            None => break,
            Some(_) if !had_ws => {
                return Err((
                    cur.col(),
                    format!("unexpected `{}`", cur.peek().unwrap_or(' ')),
                ));
            }
            Some('!') => {
                let col = cur.col();
                cur.pos += 1;
                let f = cur.word("a flag")?;
                if f == "mutual" {
                    mutual = true;
                } else {
                    return Err((col, format!("unknown flag `!{f}` (flags: !mutual)")));
                }
            }
            Some(')') => return Err((cur.col(), "unbalanced `)`".into())),
            Some(_) => args.push(cur.arg(0)?),
        }
    }
    Ok(Parsed {
        code,
        reverse,
        reverse_col,
        trigger,
        args,
        mutual,
        semantic_errors: errors,
    })
}

/// Parses one pattern line into a pattern with file `"-"`, line 1, id `""` (for tests and
/// tools). Comments are allowed.
///
/// # Errors
/// The first finding (column and message) if the line is malformed or names an unknown code,
/// relation or slot.
pub fn parse_pattern(line: &str) -> Result<Pattern, Finding> {
    let text = format!("@format {FORMAT_VERSION}\n{line}");
    let (mut d, f) = load_texts([("-".to_string(), text.as_str())]);
    if let Some(mut first) = f.into_iter().next() {
        first.line -= 1;
        return Err(first);
    }
    let mut p = d.patterns.pop().ok_or_else(|| Finding {
        file: "-".into(),
        line: 1,
        col: 1,
        severity: Severity::Error,
        message: "no pattern on the line".into(),
    })?;
    p.line = 1;
    Ok(p)
}

/// Whether `path` looks like a pattern file (`.pat`).
pub fn is_pattern_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "pat")
}

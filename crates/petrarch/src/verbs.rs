//! PETRARCH-2 verb dictionaries (the `CAMEO.2.0.txt` format).
//!
//! The format, as documented in openeventdata/petrarch2 `docs/source/dictionaries.rst`, the
//! reader's own documentation in `PETRreader.read_verb_dictionary` and `Petrarch2.tex`:
//!
//! * **Synsets**: a line `&NAME` followed by member lines `+WORD`, `+TWO WORDS` or
//!   `+TWO_WORDS` (consecutive words). Plurals are generated for members unless the member
//!   or the synset name ends in `_`.
//! * **Verb blocks**: a header `--- NAME [CODE] ---` (no code: the null code `---`), then verb
//!   lines `VERB {IRREGULAR FORMS} [CODE]`; multi-word verbs join words with `_` and mark the
//!   verb word with `+` (`+CORDON_OFF`, `WIRE_+TAP`).
//! * **Patterns**: `- PRE * POST [CODE]` where `*` stands for the verb; plain words are noun
//!   heads (or particles), `{...}` a noun phrase whose last word is the head, `(PREP ...)` a
//!   prepositional phrase, `&NAME` a synset, `$` the source, `+` the target, `^` a skipped
//!   phrase, `%` a compound marker.
//! * **Transformations**: `~ a (b . ATTACK) SAY = a b 112` (post-fix notation).
//! * Comments: `#`, legacy `;`, and `<!-- ... -->`.

use std::collections::HashMap;
use std::path::Path;

use crate::code::DictCode;
use crate::error::{Diagnostic, PetrarchError, Severity, first_error};
use crate::source::{dictionary_lines, read_text};

/// A synonym set `&NAME` of words or phrases that patterns can use in place of a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// The label without `&`, as written (e.g. `CURRENCY`, `AUXVERB1_`).
    pub name: String,
    /// 1-based line of the (first) `&NAME` line.
    pub line: usize,
    /// The members in file order (a synset defined twice has the members of both).
    pub members: Vec<SynsetMember>,
}

impl Synset {
    /// True when the label ends in `_`: no plurals are generated for any member.
    pub fn no_plurals(&self) -> bool {
        self.name.ends_with('_')
    }
}

/// One `+...` line of a synset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynsetMember {
    /// The member as written after `+`, trimmed.
    pub raw: String,
    /// 1-based line number.
    pub line: usize,
    /// What the member is.
    pub kind: SynsetMemberKind,
    /// Whether a regular plural of the last word is also a member: false when the member
    /// ends in `_`, the synset label ends in `_`, or the member is not a plain phrase.
    pub plural: bool,
}

/// The content of a synset member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SynsetMemberKind {
    /// Consecutive words (written with blanks or `_`), upper case as in the file, without a
    /// trailing `_`.
    Phrase(Vec<String>),
    /// Another synset, `+&NAME` (name without `&`). PETRARCH-2's documentation says synsets
    /// cannot contain synsets; UniversalPetrarch expands them recursively.
    Synset(String),
    /// A prepositional phrase `+(PREP WORDS...)`.
    Prep {
        /// The preposition.
        preposition: String,
        /// The words after it.
        words: Vec<String>,
    },
}

impl SynsetMember {
    /// The phrases this member stands for: the phrase itself and, when [`Self::plural`] is
    /// set, the phrase with its last word in the plural (see [`plural_of`]). Empty for
    /// synset references and prepositional members.
    pub fn forms(&self) -> Vec<Vec<String>> {
        match &self.kind {
            SynsetMemberKind::Phrase(words) => {
                let mut out = vec![words.clone()];
                if self.plural {
                    if let Some(last) = words.last() {
                        let mut p = words.clone();
                        *p.last_mut().expect("non-empty") = plural_of(last);
                        out.push(p);
                    }
                }
                out
            }
            _ => Vec::new(),
        }
    }
}

/// The regular plural of an upper-case noun as PETRARCH's documentation defines it: `Y`
/// becomes `IES`, a final `SS` takes `ES`, anything else takes `S`.
pub fn plural_of(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('Y') {
        format!("{stem}IES")
    } else if word.ends_with("SS") {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

/// A verb, possibly of several words, with the position of the word that the parser tags as
/// the verb.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VerbPhrase {
    /// The words in order, upper case as written, without `_` and `+` (e.g. `["CORDON",
    /// "OFF"]`).
    pub words: Vec<String>,
    /// Index in `words` of the verb itself (the word marked `+`; 0 for one-word verbs).
    pub head: usize,
}

impl VerbPhrase {
    /// The verb word (the one marked with `+` in a multi-word verb).
    pub fn head_word(&self) -> &str {
        &self.words[self.head]
    }

    /// True for multi-word verbs such as `CORDON OFF`.
    pub fn is_multi_word(&self) -> bool {
        self.words.len() > 1
    }

    /// Words before the verb word (e.g. `["WIRE"]` in `WIRE_+TAP`).
    pub fn before_head(&self) -> &[String] {
        &self.words[..self.head]
    }

    /// Words after the verb word (e.g. `["OFF"]` in `+CORDON_OFF`).
    pub fn after_head(&self) -> &[String] {
        &self.words[self.head + 1..]
    }

    fn with_head_word(&self, word: String) -> VerbPhrase {
        let mut words = self.words.clone();
        words[self.head] = word;
        VerbPhrase {
            words,
            head: self.head,
        }
    }
}

/// One verb line of a block: `SAY {SAYS SAID SAYING} [010]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// The verb's base form.
    pub phrase: VerbPhrase,
    /// The forms given in `{...}`: `None` when there is no `{...}` (regular forms are then
    /// generated, see [`VerbEntry::inflections`]); `Some(vec![])` for `{}`.
    pub forms: Option<Vec<VerbPhrase>>,
    /// The verb's own code, overriding the block's default code.
    pub code: Option<DictCode>,
    /// 1-based line number.
    pub line: usize,
}

impl VerbEntry {
    /// Every form of the verb: the base form, then either the forms given in `{...}` or the
    /// regular `-S`, `-ED` and `-ING` forms of the verb word (see [`regular_forms`]).
    pub fn inflections(&self) -> Vec<VerbPhrase> {
        let mut out = vec![self.phrase.clone()];
        match &self.forms {
            Some(forms) => out.extend(forms.iter().cloned()),
            None => out.extend(
                regular_forms(self.phrase.head_word())
                    .into_iter()
                    .map(|w| self.phrase.with_head_word(w)),
            ),
        }
        out
    }
}

/// The regular `-S`, `-ED` and `-ING` forms of an upper-case English verb, generated when a
/// verb line gives no `{...}` forms (the documented behaviour of PETRARCH's verb reader).
/// Spelling rules: `-ES` after S, X, Z, CH, SH; consonant + Y becomes `-IES`/`-IED`; a final
/// E takes `-D` and is dropped before `-ING` (not after another vowel, as in `FREE`).
pub fn regular_forms(verb: &str) -> Vec<String> {
    let is_vowel = |c: char| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U');
    let chars: Vec<char> = verb.chars().collect();
    let n = chars.len();
    let last = chars.last().copied().unwrap_or(' ');
    let prev = if n >= 2 { chars[n - 2] } else { ' ' };
    let stem: String = if n > 0 {
        chars[..n - 1].iter().collect()
    } else {
        String::new()
    };
    let third = if verb.ends_with(['S', 'X', 'Z']) || verb.ends_with("CH") || verb.ends_with("SH") {
        format!("{verb}ES")
    } else if last == 'Y' && !is_vowel(prev) {
        format!("{stem}IES")
    } else {
        format!("{verb}S")
    };
    let past = if last == 'E' {
        format!("{verb}D")
    } else if last == 'Y' && !is_vowel(prev) {
        format!("{stem}IED")
    } else {
        format!("{verb}ED")
    };
    let gerund = if last == 'E' && n > 2 && !is_vowel(prev) {
        format!("{stem}ING")
    } else {
        format!("{verb}ING")
    };
    vec![third, past, gerund]
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternElement {
    /// A plain word: the head of a noun phrase, or a particle/adverb. A `_` inside joins
    /// consecutive words (kept as written, e.g. `DEBT_RELIEF`).
    Word(String),
    /// A synset reference `&NAME` (name without `&`).
    Synset(String),
    /// `{...}`: a noun phrase; its last element is the head, the others are modifiers.
    NounPhrase(Vec<PatternElement>),
    /// `(PREP ...)`: a prepositional phrase; `objects` may be empty (`(WITH)`).
    Prep {
        /// The preposition (first word in the parentheses).
        preposition: String,
        /// The rest: words, synsets, noun phrases and markers.
        objects: Vec<PatternElement>,
    },
    /// `$`: where the source is.
    Source,
    /// `+`: where the target is.
    Target,
    /// `^`: a phrase that is skipped.
    Skip,
    /// `%`: compound marker.
    Compound,
}

impl PatternElement {
    /// Synset names referenced by this element (recursively).
    fn synsets<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            PatternElement::Synset(s) => out.push(s),
            PatternElement::NounPhrase(v) | PatternElement::Prep { objects: v, .. } => {
                v.iter().for_each(|e| e.synsets(out))
            }
            _ => {}
        }
    }
}

/// A pattern line `- PRE * POST [CODE]` of a verb block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// 1-based line number.
    pub line: usize,
    /// The pattern text without the leading `-` and without comments, trimmed.
    pub text: String,
    /// Elements before `*` (the verb), in order.
    pub before: Vec<PatternElement>,
    /// Elements after `*`, in order.
    pub after: Vec<PatternElement>,
    /// The pattern's code.
    pub code: DictCode,
    /// The comment after `#` or `;`, if any (often the verb where the pattern was found).
    pub comment: Option<String>,
}

impl Pattern {
    /// The pre-verb noun part (every element before `*` that is not a prepositional phrase).
    pub fn nouns_before(&self) -> impl Iterator<Item = &PatternElement> {
        self.before
            .iter()
            .filter(|e| !matches!(e, PatternElement::Prep { .. }))
    }
    /// The pre-verb prepositional phrases.
    pub fn preps_before(&self) -> impl Iterator<Item = &PatternElement> {
        self.before
            .iter()
            .filter(|e| matches!(e, PatternElement::Prep { .. }))
    }
    /// The post-verb noun part (every element after `*` that is not a prepositional phrase).
    pub fn nouns_after(&self) -> impl Iterator<Item = &PatternElement> {
        self.after
            .iter()
            .filter(|e| !matches!(e, PatternElement::Prep { .. }))
    }
    /// The post-verb prepositional phrases.
    pub fn preps_after(&self) -> impl Iterator<Item = &PatternElement> {
        self.after
            .iter()
            .filter(|e| matches!(e, PatternElement::Prep { .. }))
    }
    /// Every synset name the pattern uses (without `&`), in order of appearance.
    pub fn synset_refs(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.before
            .iter()
            .chain(&self.after)
            .for_each(|e| e.synsets(&mut out));
        out
    }
}

/// A verb block: a `--- NAME [CODE] ---` header, its verbs and its patterns.
///
/// PETRARCH-2 keys patterns by the block name, so two blocks with the same name share their
/// patterns; see [`VerbDictionary::blocks_named`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The name in the header (e.g. `EXPLAIN_VERBAL`).
    pub name: String,
    /// The block's default code (the null code when the header has none).
    pub code: DictCode,
    /// 1-based line of the header.
    pub line: usize,
    /// The verb lines.
    pub verbs: Vec<VerbEntry>,
    /// The pattern lines.
    pub patterns: Vec<Pattern>,
}

impl VerbBlock {
    /// The code a verb of this block has on its own: its own code or the block's default.
    pub fn code_of<'a>(&'a self, verb: &'a VerbEntry) -> &'a DictCode {
        verb.code.as_ref().unwrap_or(&self.code)
    }
}

/// An actor slot in a transformation: a variable (`a`, `b`), `.` or `_`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformActor {
    /// A variable (lower-case letters) that binds an actor; the same variable must bind the
    /// same actor everywhere in the rule.
    Var(String),
    /// `.`: any actor, not bound.
    Any,
    /// `_`: no actor (an empty slot).
    Empty,
}

/// The target slot of a transformation event: an actor or a nested event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformTarget {
    /// An actor slot.
    Actor(TransformActor),
    /// A lower event in parentheses.
    Event(Box<TransformEvent>),
}

/// The verb of a transformation event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformVerb {
    /// One or more verbs joined by `_` (e.g. `WILL_ATTACK`), whose codes are added up in the
    /// internal coding ontology.
    Verbs(Vec<String>),
    /// `Q`: any code (bound, and usable as the result code).
    AnyCode,
}

/// An event in post-fix notation: `source target verb`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransformEvent {
    /// The source slot.
    pub source: TransformActor,
    /// The target slot or lower event.
    pub target: TransformTarget,
    /// The verb.
    pub verb: TransformVerb,
}

/// The code of a transformation's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformCode {
    /// A code as written.
    Code(DictCode),
    /// `Q`: the code bound by `Q` in the pattern.
    Bound,
}

/// A transformation rule `~ a (b . ATTACK) SAY = a b 112`: when a verb (`SAY`) with source
/// `a` has a lower event `b . ATTACK`, the pair becomes the single event `a b 112`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// 1-based line number.
    pub line: usize,
    /// The rule text after `~`, without comments.
    pub text: String,
    /// The left-hand side.
    pub pattern: TransformEvent,
    /// Result source (a variable, `.` or `_`).
    pub source: TransformActor,
    /// Result target.
    pub target: TransformActor,
    /// Result code.
    pub code: TransformCode,
}

/// Where a verb form sits in a [`VerbDictionary`]: block index and verb index in the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerbRef {
    /// Index into [`VerbDictionary::blocks`].
    pub block: usize,
    /// Index into that block's `verbs`.
    pub verb: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Clone)]
pub struct VerbDictionary {
    /// The file name given to the reader.
    pub file: String,
    /// Synsets in order of first definition.
    pub synsets: Vec<Synset>,
    /// Verb blocks in file order.
    pub blocks: Vec<VerbBlock>,
    /// Transformation rules in file order.
    pub transformations: Vec<Transformation>,
    /// Problems met while reading (lines skipped are errors; guesses are warnings).
    pub diagnostics: Vec<Diagnostic>,
    synset_index: HashMap<String, usize>,
    verb_index: HashMap<String, Vec<VerbRef>>,
}

impl VerbDictionary {
    /// Reads a verb dictionary file.
    ///
    /// # Errors
    /// [`PetrarchError::Io`] when the file cannot be read; [`PetrarchError::Syntax`] when it
    /// holds no verb block at all. Bad lines are skipped and reported in `diagnostics`.
    pub fn read(path: impl AsRef<Path>) -> Result<VerbDictionary, PetrarchError> {
        let path = path.as_ref();
        let (text, mut diags) = read_text(path)?;
        let mut dict = VerbDictionary::parse(&text, &path.display().to_string())?;
        diags.append(&mut dict.diagnostics);
        dict.diagnostics = diags;
        Ok(dict)
    }

    /// Parses a verb dictionary from text; `file` names it in diagnostics.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] when the text holds no verb block.
    pub fn parse(text: &str, file: &str) -> Result<VerbDictionary, PetrarchError> {
        let dict = Parser::new(file).run(text);
        if dict.blocks.is_empty() {
            return Err(PetrarchError::Syntax(Diagnostic::new(
                file,
                text.lines().count().max(1),
                Severity::Error,
                "no verb block (`--- NAME [CODE] ---`) in the file: is this a verb dictionary?",
            )));
        }
        Ok(dict)
    }

    /// Fails on the first line that had to be skipped.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] naming file and line of the first error-severity diagnostic.
    pub fn into_strict(self) -> Result<VerbDictionary, PetrarchError> {
        first_error(&self.diagnostics)?;
        Ok(self)
    }

    /// The synset with this name (with or without the leading `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        let name = name.strip_prefix('&').unwrap_or(name);
        self.synset_index.get(name).map(|&i| &self.synsets[i])
    }

    /// Every phrase a synset stands for (name with or without `&`): each plain member and its
    /// plural when plurals apply, and the phrases of member synsets, recursively (as
    /// UniversalPetrarch expands them; a synset that contains itself is expanded once).
    /// Prepositional members (`+(TO THE END)`) are not phrases and are left out: see
    /// [`Synset::members`]. Duplicates are dropped; order follows the file.
    pub fn synset_phrases(&self, name: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut visiting = Vec::new();
        self.expand_synset(
            name.strip_prefix('&').unwrap_or(name),
            &mut out,
            &mut visiting,
        );
        out
    }

    fn expand_synset<'a>(
        &'a self,
        name: &'a str,
        out: &mut Vec<Vec<String>>,
        visiting: &mut Vec<&'a str>,
    ) {
        let Some(set) = self.synset(name) else { return };
        if visiting.contains(&name) {
            return;
        }
        visiting.push(name);
        for m in &set.members {
            match &m.kind {
                SynsetMemberKind::Phrase(_) => {
                    for f in m.forms() {
                        if !out.contains(&f) {
                            out.push(f);
                        }
                    }
                }
                SynsetMemberKind::Synset(inner) => self.expand_synset(inner, out, visiting),
                SynsetMemberKind::Prep { .. } => {}
            }
        }
        visiting.pop();
    }

    /// Every pattern of the blocks with this name, in file order (PETRARCH-2 keys patterns by
    /// block name, so same-named blocks share them).
    pub fn patterns_for<'a>(
        &'a self,
        block_name: &'a str,
    ) -> impl Iterator<Item = &'a Pattern> + 'a {
        self.blocks_named(block_name)
            .flat_map(|b| b.patterns.iter())
    }

    /// Every verb whose verb word, in any of its forms ([`VerbEntry::inflections`]), is
    /// `word` (compared in upper case), in file order. Multi-word verbs are listed under
    /// their verb word: the caller checks the other words.
    pub fn lookup(&self, word: &str) -> &[VerbRef] {
        self.verb_index
            .get(&word.to_uppercase())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The block and verb a [`VerbRef`] points to.
    pub fn get(&self, r: VerbRef) -> (&VerbBlock, &VerbEntry) {
        let b = &self.blocks[r.block];
        (b, &b.verbs[r.verb])
    }

    /// The code of the first one-word verb with this form (falling back to the first
    /// multi-word one), as transformations look verbs up; `None` if the word is no verb.
    pub fn verb_code(&self, word: &str) -> Option<&DictCode> {
        let refs = self.lookup(word);
        let pick = refs
            .iter()
            .find(|r| !self.get(**r).1.phrase.is_multi_word())
            .or(refs.first())?;
        let (b, v) = self.get(*pick);
        Some(b.code_of(v))
    }

    /// Every block with this name, in file order (PETRARCH-2 pools their patterns).
    pub fn blocks_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a VerbBlock> + 'a {
        self.blocks.iter().filter(move |b| b.name == name)
    }

    /// Number of pattern lines read.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// Number of verb lines read.
    pub fn verb_count(&self) -> usize {
        self.blocks.iter().map(|b| b.verbs.len()).sum()
    }
}

enum Context {
    None,
    Synset(usize),
    Block(usize),
}

struct Parser<'f> {
    file: &'f str,
    dict: VerbDictionary,
    ctx: Context,
}

impl<'f> Parser<'f> {
    fn new(file: &'f str) -> Self {
        Parser {
            file,
            dict: VerbDictionary {
                file: file.to_string(),
                synsets: Vec::new(),
                blocks: Vec::new(),
                transformations: Vec::new(),
                diagnostics: Vec::new(),
                synset_index: HashMap::new(),
                verb_index: HashMap::new(),
            },
            ctx: Context::None,
        }
    }

    fn diag(&mut self, line: usize, severity: Severity, msg: impl Into<String>) {
        self.dict
            .diagnostics
            .push(Diagnostic::new(self.file, line, severity, msg));
    }

    fn run(mut self, text: &str) -> VerbDictionary {
        for line in dictionary_lines(text) {
            let t = line.text.as_str();
            if t.is_empty() {
                continue;
            }
            if t.starts_with("---") {
                self.header(&line);
            } else if let Some(rest) = t.strip_prefix('~') {
                self.transformation(line.number, rest);
            } else if let Some(rest) = t.strip_prefix('&') {
                self.synset_header(line.number, rest);
            } else if let Some(rest) = t.strip_prefix('-') {
                self.pattern(&line, rest);
            } else if t.starts_with('+') && matches!(self.ctx, Context::Synset(_)) {
                self.synset_member(line.number, &t[1..]);
            } else if t.starts_with('*') && self.back_to_block(line.number) {
                self.diag(
                    line.number,
                    Severity::Warning,
                    "pattern line without the leading '-': read as a pattern",
                );
                self.pattern(&line, t);
            } else {
                self.verb_line(line.number, t);
            }
        }
        self.finish()
    }

    fn header(&mut self, line: &crate::source::Line) {
        let inner = line.text.trim_matches('-').trim();
        let (name_part, code) = match inner.find('[') {
            Some(p) => {
                let close = inner[p..].find(']').map(|q| p + q);
                let Some(close) = close else {
                    self.diag(
                        line.number,
                        Severity::Error,
                        "block header: '[' without ']'",
                    );
                    self.ctx = Context::None;
                    return;
                };
                match DictCode::parse(&inner[p + 1..close]) {
                    Ok(c) => (&inner[..p], c),
                    Err(e) => {
                        self.diag(line.number, Severity::Error, format!("block header: {e}"));
                        self.ctx = Context::None;
                        return;
                    }
                }
            }
            None => (inner, DictCode::null()),
        };
        let name = name_part.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            self.diag(line.number, Severity::Error, "block header without a name");
            self.ctx = Context::None;
            return;
        }
        self.dict.blocks.push(VerbBlock {
            name,
            code,
            line: line.number,
            verbs: Vec::new(),
            patterns: Vec::new(),
        });
        self.ctx = Context::Block(self.dict.blocks.len() - 1);
    }

    fn synset_header(&mut self, line: usize, rest: &str) {
        let name = rest.split_whitespace().next().unwrap_or("");
        if name.is_empty() || rest.split_whitespace().count() > 1 {
            self.diag(line, Severity::Error, format!("bad synset label '&{rest}'"));
            self.ctx = Context::None;
            return;
        }
        if let Some(&i) = self.dict.synset_index.get(name) {
            self.diag(
                line,
                Severity::Warning,
                format!(
                    "synset &{name} defined again (first at line {}): members merged",
                    self.dict.synsets[i].line
                ),
            );
            self.ctx = Context::Synset(i);
            return;
        }
        self.dict.synsets.push(Synset {
            name: name.to_string(),
            line,
            members: Vec::new(),
        });
        let i = self.dict.synsets.len() - 1;
        self.dict.synset_index.insert(name.to_string(), i);
        self.ctx = Context::Synset(i);
    }

    fn synset_member(&mut self, line: usize, rest: &str) {
        let Context::Synset(si) = self.ctx else {
            return;
        };
        let raw = rest.trim();
        if raw.is_empty() {
            self.diag(line, Severity::Error, "empty synset member '+'");
            return;
        }
        let no_plural_label = self.dict.synsets[si].no_plurals();
        let split = |s: &str| -> Vec<String> {
            s.split(|c: char| c.is_whitespace() || c == '_')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let (kind, plural) = if let Some(name) = raw.strip_prefix('&') {
            (SynsetMemberKind::Synset(name.trim().to_string()), false)
        } else if raw.starts_with('(') {
            let Some(inner) = raw.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
                self.diag(
                    line,
                    Severity::Error,
                    format!("synset member '{raw}': unbalanced '('"),
                );
                return;
            };
            let mut words = split(inner);
            if words.is_empty() {
                self.diag(line, Severity::Error, "synset member '()' is empty");
                return;
            }
            let preposition = words.remove(0);
            (SynsetMemberKind::Prep { preposition, words }, false)
        } else {
            if raw.contains(['$', '+', '%', '^', '{', '}', '(', ')', '*', '[']) {
                self.diag(
                    line,
                    Severity::Error,
                    format!("synset member '{raw}' may only contain words"),
                );
                return;
            }
            let trailing = raw.ends_with('_');
            (
                SynsetMemberKind::Phrase(split(raw)),
                !trailing && !no_plural_label,
            )
        };
        let member = SynsetMember {
            raw: raw.to_string(),
            line,
            kind,
            plural,
        };
        let set = &mut self.dict.synsets[si];
        if !set.members.iter().any(|m| m.kind == member.kind) {
            set.members.push(member);
        }
    }

    /// After a synset that sits between verb lines, verb and pattern lines belong to the
    /// last block again (as in PETRARCH-2, which keeps the last block name). Returns whether a
    /// block is the context now.
    fn back_to_block(&mut self, line: usize) -> bool {
        match self.ctx {
            Context::Block(_) => true,
            Context::Synset(si) => match self.dict.blocks.len().checked_sub(1) {
                Some(bi) => {
                    let msg = format!(
                        "verb or pattern line after synset &{}: read as part of block {} (line {})",
                        self.dict.synsets[si].name,
                        self.dict.blocks[bi].name,
                        self.dict.blocks[bi].line
                    );
                    self.diag(line, Severity::Warning, msg);
                    self.ctx = Context::Block(bi);
                    true
                }
                None => false,
            },
            Context::None => false,
        }
    }

    fn verb_line(&mut self, line: usize, t: &str) {
        self.back_to_block(line);
        let Context::Block(bi) = self.ctx else {
            let what = if t.starts_with('+') {
                "'+' line"
            } else {
                "line"
            };
            self.diag(
                line,
                Severity::Error,
                format!("{what} '{t}' is neither in a synset nor in a verb block"),
            );
            return;
        };
        // VERB {FORMS} [CODE]
        let (before_code, code) = match t.find('[') {
            Some(p) => {
                let Some(q) = t[p..].find(']').map(|q| p + q) else {
                    self.diag(
                        line,
                        Severity::Error,
                        format!("verb line '{t}': '[' without ']'"),
                    );
                    return;
                };
                if !t[q + 1..].trim().is_empty() {
                    self.diag(
                        line,
                        Severity::Error,
                        format!("verb line '{t}': text after the code"),
                    );
                    return;
                }
                match DictCode::parse(&t[p + 1..q]) {
                    Ok(c) => (&t[..p], Some(c)),
                    Err(e) => {
                        self.diag(line, Severity::Error, format!("verb line '{t}': {e}"));
                        return;
                    }
                }
            }
            None => (t, None),
        };
        let (base_part, forms) = match before_code.find('{') {
            Some(p) => {
                let Some(q) = before_code[p..].find('}').map(|q| p + q) else {
                    self.diag(
                        line,
                        Severity::Error,
                        format!("verb line '{t}': '{{' without '}}'"),
                    );
                    return;
                };
                if !before_code[q + 1..].trim().is_empty() {
                    self.diag(
                        line,
                        Severity::Error,
                        format!("verb line '{t}': text after '}}'"),
                    );
                    return;
                }
                (&before_code[..p], Some(&before_code[p + 1..q]))
            }
            None => (before_code, None),
        };
        let mut base_words = base_part.split_whitespace();
        let Some(base) = base_words.next() else {
            self.diag(
                line,
                Severity::Error,
                format!("verb line '{t}' has no verb"),
            );
            return;
        };
        if base_words.next().is_some() {
            self.diag(
                line,
                Severity::Error,
                format!("verb line '{t}': more than one word before '{{' or '[' (join the words of a multi-word verb with '_')"),
            );
            return;
        }
        let Some(phrase) = self.verb_phrase(line, base) else {
            return;
        };
        let forms = match forms {
            None => None,
            Some(f) => {
                let mut v = Vec::new();
                for w in f.split_whitespace() {
                    match self.verb_phrase(line, w) {
                        Some(p) => v.push(p),
                        None => return,
                    }
                }
                Some(v)
            }
        };
        self.dict.blocks[bi].verbs.push(VerbEntry {
            phrase,
            forms,
            code,
            line,
        });
    }

    fn verb_phrase(&mut self, line: usize, token: &str) -> Option<VerbPhrase> {
        if token.contains(['(', ')', '*', '$', '&', '{', '}']) {
            self.diag(line, Severity::Error, format!("'{token}' is not a verb"));
            return None;
        }
        let parts: Vec<&str> = token.split('_').filter(|w| !w.is_empty()).collect();
        if parts.is_empty() {
            self.diag(line, Severity::Error, format!("'{token}' is not a verb"));
            return None;
        }
        let marked: Vec<usize> = parts
            .iter()
            .enumerate()
            .filter(|(_, w)| w.starts_with('+'))
            .map(|(i, _)| i)
            .collect();
        let head = match marked.as_slice() {
            [i] => *i,
            [] => {
                if parts.len() > 1 {
                    self.diag(
                        line,
                        Severity::Warning,
                        format!("multi-word verb '{token}' has no '+' on its verb word: taking the first word"),
                    );
                }
                0
            }
            _ => {
                self.diag(
                    line,
                    Severity::Error,
                    format!("verb '{token}' has more than one '+'"),
                );
                return None;
            }
        };
        let words: Vec<String> = parts
            .iter()
            .map(|w| w.trim_start_matches('+').to_string())
            .collect();
        if words.iter().any(String::is_empty) {
            self.diag(line, Severity::Error, format!("'{token}' is not a verb"));
            return None;
        }
        Some(VerbPhrase { words, head })
    }

    fn pattern(&mut self, line: &crate::source::Line, rest: &str) {
        self.back_to_block(line.number);
        let Context::Block(bi) = self.ctx else {
            self.diag(line.number, Severity::Error, "pattern outside a verb block");
            return;
        };
        let text = rest.trim();
        match parse_pattern(text) {
            Ok((before, after, code)) => self.dict.blocks[bi].patterns.push(Pattern {
                line: line.number,
                text: text.to_string(),
                before,
                after,
                code,
                comment: line.comment.clone(),
            }),
            Err(e) => self.diag(
                line.number,
                Severity::Error,
                format!("pattern '{text}': {e}"),
            ),
        }
    }

    fn transformation(&mut self, line: usize, rest: &str) {
        match parse_transformation(rest) {
            Ok((pattern, source, target, code)) => self.dict.transformations.push(Transformation {
                line,
                text: rest.trim().to_string(),
                pattern,
                source,
                target,
                code,
            }),
            Err(e) => self.diag(
                line,
                Severity::Error,
                format!("transformation '~{}': {e}", rest.trim()),
            ),
        }
    }

    fn finish(mut self) -> VerbDictionary {
        // Index every verb form by its verb word.
        for (bi, b) in self.dict.blocks.iter().enumerate() {
            for (vi, v) in b.verbs.iter().enumerate() {
                let r = VerbRef {
                    block: bi,
                    verb: vi,
                };
                for f in v.inflections() {
                    let e = self
                        .dict
                        .verb_index
                        .entry(f.head_word().to_uppercase())
                        .or_default();
                    if e.last() != Some(&r) {
                        e.push(r);
                    }
                }
            }
        }
        // Undefined synsets.
        let mut warnings = Vec::new();
        for b in &self.dict.blocks {
            for p in &b.patterns {
                for s in p.synset_refs() {
                    if !self.dict.synset_index.contains_key(s) {
                        warnings.push((p.line, format!("pattern uses undefined synset &{s}")));
                    }
                }
            }
        }
        for s in &self.dict.synsets {
            for m in &s.members {
                if let SynsetMemberKind::Synset(n) = &m.kind {
                    if !self.dict.synset_index.contains_key(n.as_str()) {
                        warnings
                            .push((m.line, format!("synset member uses undefined synset &{n}")));
                    }
                }
            }
        }
        for t in &self.dict.transformations {
            let mut ev = Some(&t.pattern);
            while let Some(e) = ev {
                if let TransformVerb::Verbs(vs) = &e.verb {
                    for v in vs {
                        if !self.dict.verb_index.contains_key(&v.to_uppercase()) {
                            warnings.push((
                                t.line,
                                format!(
                                    "transformation uses {v}, which is no verb of this dictionary"
                                ),
                            ));
                        }
                    }
                }
                ev = match &e.target {
                    TransformTarget::Event(inner) => Some(inner),
                    TransformTarget::Actor(_) => None,
                };
            }
        }
        for (line, msg) in warnings {
            self.diag(line, Severity::Warning, msg);
        }
        self.dict.diagnostics.sort_by_key(|d| d.line);
        self.dict
    }
}

/// Parses `PRE * POST [CODE]`.
fn parse_pattern(
    text: &str,
) -> Result<(Vec<PatternElement>, Vec<PatternElement>, DictCode), String> {
    let open = text.rfind('[').ok_or("no [code]")?;
    let close = text[open..]
        .find(']')
        .map(|q| open + q)
        .ok_or("'[' without ']'")?;
    if !text[close + 1..].trim().is_empty() {
        return Err("text after the [code]".to_string());
    }
    let code = DictCode::parse(&text[open + 1..close])?;
    let body = &text[..open];
    let stars = body.matches('*').count();
    if stars == 0 {
        return Err("no '*' for the verb".to_string());
    }
    if stars > 1 {
        return Err("more than one '*'".to_string());
    }
    let star = body.find('*').expect("one star");
    let before = parse_elements(&body[..star])?;
    let after = parse_elements(&body[star + 1..])?;
    Ok((before, after, code))
}

/// Tokens of a pattern: brackets are tokens of their own, anything else splits at blanks.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() || matches!(c, '{' | '}' | '(' | ')') {
            if let Some(st) = start.take() {
                out.push(&s[st..i]);
            }
            if !c.is_whitespace() {
                out.push(&s[i..i + 1]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

fn simple_element(tok: &str) -> Result<PatternElement, String> {
    Ok(match tok {
        "$" => PatternElement::Source,
        "+" => PatternElement::Target,
        "^" => PatternElement::Skip,
        "%" => PatternElement::Compound,
        _ if tok.starts_with('&') => {
            if tok.len() == 1 {
                return Err("'&' without a synset name".to_string());
            }
            PatternElement::Synset(tok[1..].to_string())
        }
        _ if tok.contains(['[', ']', '*', '~']) => return Err(format!("unexpected '{tok}'")),
        _ => PatternElement::Word(tok.to_string()),
    })
}

fn parse_elements(s: &str) -> Result<Vec<PatternElement>, String> {
    let toks = tokens(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match toks[i] {
            "{" => {
                let (np, next) = noun_phrase(&toks, i + 1)?;
                out.push(np);
                i = next;
            }
            "(" => {
                let mut j = i + 1;
                let mut inner = Vec::new();
                loop {
                    match toks.get(j) {
                        None => return Err("'(' without ')'".to_string()),
                        Some(&")") => break,
                        Some(&"(") => return Err("'(' inside '(...)'".to_string()),
                        Some(&"{") => {
                            let (np, next) = noun_phrase(&toks, j + 1)?;
                            inner.push(np);
                            j = next;
                        }
                        Some(t) => {
                            inner.push(simple_element(t)?);
                            j += 1;
                        }
                    }
                }
                if inner.is_empty() {
                    return Err("empty '()'".to_string());
                }
                let preposition = match inner.remove(0) {
                    PatternElement::Word(w) => w,
                    other => {
                        return Err(format!("'(' must start with a preposition, not {other:?}"));
                    }
                };
                out.push(PatternElement::Prep {
                    preposition,
                    objects: inner,
                });
                i = j + 1;
            }
            ")" => return Err("')' without '('".to_string()),
            "}" => return Err("'}' without '{'".to_string()),
            t => {
                out.push(simple_element(t)?);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn noun_phrase(toks: &[&str], mut j: usize) -> Result<(PatternElement, usize), String> {
    let mut inner = Vec::new();
    loop {
        match toks.get(j) {
            None => return Err("'{' without '}'".to_string()),
            Some(&"}") => break,
            Some(&("{" | "(" | ")")) => return Err(format!("'{}' inside '{{...}}'", toks[j])),
            Some(t) => inner.push(simple_element(t)?),
        }
        j += 1;
    }
    if inner.is_empty() {
        return Err("empty '{}'".to_string());
    }
    Ok((PatternElement::NounPhrase(inner), j + 1))
}

type TransformParts = (
    TransformEvent,
    TransformActor,
    TransformActor,
    TransformCode,
);

fn parse_transformation(rest: &str) -> Result<TransformParts, String> {
    let (lhs, rhs) = rest.split_once('=').ok_or("no '='")?;
    let toks = tokens(lhs);
    let (pattern, next) = transform_event(&toks, 0)?;
    if next != toks.len() {
        return Err("text after the pattern".to_string());
    }
    let r: Vec<&str> = rhs.split_whitespace().collect();
    let [s, t, c] = r.as_slice() else {
        return Err("the result must be 'source target code'".to_string());
    };
    let source = transform_actor(s)?;
    let target = transform_actor(t)?;
    let code = if *c == "Q" {
        TransformCode::Bound
    } else {
        TransformCode::Code(DictCode::parse(c)?)
    };
    let mut bound = Vec::new();
    collect_vars(&pattern, &mut bound);
    for a in [&source, &target] {
        if let TransformActor::Var(v) = a {
            if !bound.contains(&v.as_str()) {
                return Err(format!("result variable '{v}' is not in the pattern"));
            }
        }
    }
    Ok((pattern, source, target, code))
}

fn collect_vars<'a>(e: &'a TransformEvent, out: &mut Vec<&'a str>) {
    if let TransformActor::Var(v) = &e.source {
        out.push(v);
    }
    match &e.target {
        TransformTarget::Actor(TransformActor::Var(v)) => out.push(v),
        TransformTarget::Event(inner) => collect_vars(inner, out),
        TransformTarget::Actor(_) => {}
    }
}

fn transform_actor(t: &str) -> Result<TransformActor, String> {
    match t {
        "." => Ok(TransformActor::Any),
        "_" => Ok(TransformActor::Empty),
        _ if !t.is_empty() && t.chars().all(|c| c.is_ascii_lowercase()) => {
            Ok(TransformActor::Var(t.to_string()))
        }
        _ => Err(format!(
            "'{t}' is not an actor slot (a lower-case variable, '.' or '_')"
        )),
    }
}

fn transform_event(toks: &[&str], i: usize) -> Result<(TransformEvent, usize), String> {
    let src = toks.get(i).ok_or("missing source")?;
    let source = transform_actor(src)?;
    let (target, mut j) = match toks.get(i + 1) {
        Some(&"(") => {
            let (inner, j) = transform_event(toks, i + 2)?;
            if toks.get(j) != Some(&")") {
                return Err("'(' without ')'".to_string());
            }
            (TransformTarget::Event(Box::new(inner)), j + 1)
        }
        Some(t) => (TransformTarget::Actor(transform_actor(t)?), i + 2),
        None => return Err("missing target".to_string()),
    };
    let verb = toks.get(j).ok_or("missing verb")?;
    if *verb == "(" || *verb == ")" {
        return Err("missing verb".to_string());
    }
    let verb = if *verb == "Q" {
        TransformVerb::AnyCode
    } else {
        let parts: Vec<String> = verb
            .split('_')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        if parts.is_empty()
            || parts
                .iter()
                .any(|p| p.chars().any(|c| c.is_ascii_lowercase()))
        {
            return Err(format!("'{verb}' is not a verb"));
        }
        TransformVerb::Verbs(parts)
    };
    j += 1;
    Ok((
        TransformEvent {
            source,
            target,
            verb,
        },
        j,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::CodePart;

    const SAMPLE: &str = "\
&HELPERS_
+AIDE
+RIGHT_HAND

&COIN
+DUCAT
+PIECE OF EIGHT
+GOLD_BAR_
+&HELPERS_
+(IN SILVER)

--- GIFT [070] ---
DONATE
BESTOW {BESTOWS BESTOWED BESTOWING} [071]   # own code
+HAND_OVER {+HANDS_OVER +HANDED_OVER}
RE_+GIFT
- * &COIN [071:072]  # money
- $ * {SMALL &COIN} (TO +) [---]
- % * (WITH) ^ [073]
- * BROKEN
* LOOSE [074]

--- TALK ---
CHAT
~ a (b . GIFT) CHAT = a b 012
~ a (a b Q) CHAT = a b Q
";

    #[test]
    fn reads_inline_sample() {
        let d = VerbDictionary::parse(SAMPLE, "inline").unwrap();
        assert_eq!(d.synsets.len(), 2);
        let coin = d.synset("&COIN").unwrap();
        assert_eq!(coin.members.len(), 5);
        assert_eq!(
            coin.members[1].forms(),
            vec![
                vec!["PIECE".to_string(), "OF".into(), "EIGHT".into()],
                vec!["PIECE".to_string(), "OF".into(), "EIGHTS".into()],
            ]
        );
        assert!(!coin.members[2].plural);
        assert_eq!(
            coin.members[2].kind,
            SynsetMemberKind::Phrase(vec!["GOLD".into(), "BAR".into()])
        );
        assert_eq!(
            coin.members[3].kind,
            SynsetMemberKind::Synset("HELPERS_".into())
        );
        assert!(
            matches!(&coin.members[4].kind, SynsetMemberKind::Prep { preposition, words } if preposition == "IN" && words == &vec!["SILVER".to_string()])
        );
        assert!(!d.synset("HELPERS_").unwrap().members[0].plural);
        // Expansion: plurals, the nested synset, no prepositional member.
        let all = d.synset_phrases("&COIN");
        let flat: Vec<String> = all.iter().map(|p| p.join(" ")).collect();
        assert_eq!(
            flat,
            vec![
                "DUCAT",
                "DUCATS",
                "PIECE OF EIGHT",
                "PIECE OF EIGHTS",
                "GOLD BAR",
                "AIDE",
                "RIGHT HAND"
            ]
        );
        assert_eq!(d.patterns_for("GIFT").count(), 4);

        assert_eq!(d.blocks.len(), 2);
        let gift = &d.blocks[0];
        assert_eq!(gift.name, "GIFT");
        assert_eq!(gift.code.raw, "070");
        assert_eq!(gift.verbs.len(), 4);
        assert_eq!(gift.code_of(&gift.verbs[0]).raw, "070");
        assert_eq!(gift.code_of(&gift.verbs[1]).raw, "071");
        assert_eq!(
            gift.verbs[2].phrase,
            VerbPhrase {
                words: vec!["HAND".into(), "OVER".into()],
                head: 0
            }
        );
        assert_eq!(gift.verbs[3].phrase.head_word(), "GIFT");
        assert_eq!(gift.verbs[3].phrase.before_head(), ["RE".to_string()]);
        // Regular forms for DONATE, given forms for BESTOW.
        let forms: Vec<String> = gift.verbs[0]
            .inflections()
            .iter()
            .map(|p| p.head_word().to_string())
            .collect();
        assert_eq!(forms, vec!["DONATE", "DONATES", "DONATED", "DONATING"]);
        assert_eq!(gift.verbs[1].inflections().len(), 4);

        // Four good patterns (one without a dash), one skipped for lack of a code.
        assert_eq!(gift.patterns.len(), 4);
        let p0 = &gift.patterns[0];
        assert!(p0.before.is_empty());
        assert_eq!(p0.after, vec![PatternElement::Synset("COIN".into())]);
        assert_eq!(p0.code.passive, Some(CodePart::Code("072".into())));
        assert_eq!(p0.comment.as_deref(), Some("money"));
        let p1 = &gift.patterns[1];
        assert_eq!(p1.before, vec![PatternElement::Source]);
        assert_eq!(p1.nouns_after().count(), 1);
        assert_eq!(
            p1.preps_after().next(),
            Some(&PatternElement::Prep {
                preposition: "TO".into(),
                objects: vec![PatternElement::Target]
            })
        );
        assert!(p1.code.is_null());
        assert_eq!(gift.patterns[2].before, vec![PatternElement::Compound]);
        assert_eq!(gift.patterns[2].after[1], PatternElement::Skip);
        assert_eq!(
            gift.patterns[3].after,
            vec![PatternElement::Word("LOOSE".into())]
        );

        // The TALK block has no code: null.
        assert!(d.blocks[1].code.is_null());

        // Lookup by any form.
        assert_eq!(d.lookup("bestowed").len(), 1);
        assert_eq!(d.lookup("HANDED").len(), 1);
        assert_eq!(d.verb_code("DONATING").map(|c| c.raw.as_str()), Some("070"));

        assert_eq!(d.transformations.len(), 2);
        let t = &d.transformations[0];
        assert_eq!(t.pattern.source, TransformActor::Var("a".into()));
        assert_eq!(t.pattern.verb, TransformVerb::Verbs(vec!["CHAT".into()]));
        let TransformTarget::Event(inner) = &t.pattern.target else {
            panic!("nested event")
        };
        assert_eq!(inner.target, TransformTarget::Actor(TransformActor::Any));
        assert_eq!(t.code, TransformCode::Code(DictCode::parse("012").unwrap()));
        assert_eq!(d.transformations[1].code, TransformCode::Bound);

        // Diagnostics: the missing code (error) and the dash-less pattern (warning).
        let errors: Vec<usize> = d
            .diagnostics
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .map(|x| x.line)
            .collect();
        assert_eq!(errors, vec![20]);
        assert!(
            d.diagnostics
                .iter()
                .any(|x| x.line == 21 && x.severity == Severity::Warning)
        );
        let strict = d.into_strict().unwrap_err().to_string();
        assert!(strict.starts_with("inline:20:"), "{strict}");
    }

    #[test]
    fn pattern_syntax_errors_name_the_problem() {
        for (p, msg) in [
            ("* {A B [010]", "'{' without '}'"),
            ("* (A (B)) [010]", "'(' inside"),
            ("A B [010]", "no '*'"),
            ("* A * B [010]", "more than one"),
            ("* A [010] B", "text after"),
        ] {
            let e = parse_pattern(p).unwrap_err();
            assert!(e.contains(msg), "{p}: {e}");
        }
    }

    #[test]
    fn transformation_errors() {
        assert!(
            parse_transformation(" a (b . X) Y = a c 010")
                .unwrap_err()
                .contains("'c'")
        );
        assert!(parse_transformation(" a (b . X Y = a b 010").is_err());
        assert!(parse_transformation(" a b X").is_err());
    }

    #[test]
    fn regular_verb_forms() {
        assert_eq!(
            regular_forms("CARRY"),
            vec!["CARRIES", "CARRIED", "CARRYING"]
        );
        assert_eq!(regular_forms("PLAY"), vec!["PLAYS", "PLAYED", "PLAYING"]);
        assert_eq!(regular_forms("FREE"), vec!["FREES", "FREED", "FREEING"]);
        assert_eq!(regular_forms("PUSH"), vec!["PUSHES", "PUSHED", "PUSHING"]);
        assert_eq!(plural_of("ARMY"), "ARMIES");
        assert_eq!(plural_of("CLASS"), "CLASSES");
        assert_eq!(plural_of("TANK"), "TANKS");
    }

    #[test]
    fn verbs_after_a_synset_return_to_the_last_block() {
        let text = "--- MEET [040] ---\nMEET\n&PLACES\n+TOWN\nCONFER\n- * (IN &PLACES) [041]\n";
        let d = VerbDictionary::parse(text, "inline").unwrap();
        assert_eq!(d.blocks[0].verbs.len(), 2);
        assert_eq!(d.blocks[0].patterns.len(), 1);
        assert_eq!(d.synset("PLACES").unwrap().members.len(), 1);
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(
            (d.diagnostics[0].line, d.diagnostics[0].severity),
            (5, Severity::Warning)
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        let e = VerbDictionary::parse("# nothing\n&A\n+B\n", "x.txt").unwrap_err();
        assert!(e.to_string().contains("no verb block"));
    }
}

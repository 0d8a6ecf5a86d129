//! A tolerant reader of PETRARCH XML input and validation files.
//!
//! Shape (openeventdata/petrarch2 `docs/source/inputs.rst`): an optional `<Environment>`
//! naming the dictionaries and the categories to test, then `<Sentences>` holding
//! `<Sentence date id category ...>` records with a `<Text>`, an optional `<Parse>` and, in
//! validation files, the expected events as `<EventCoding .../>` tags. `<Config option value/>`
//! tags between records change options for the records that follow.
//!
//! Such files are not always well-formed XML, so this reader scans tags itself and tolerates:
//! a comment nested inside a comment, `<PLEvent {json}>` pseudo-tags, duplicated record ids
//! (all records are kept, in order), `<Sentence .../>` tags that are self-closed but followed
//! by their children, blanks around `=` in attributes, unknown entities, and a missing
//! `</Sentence>` or `</Text>`. Every such repair is reported as a [`Diagnostic`].

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Diagnostic, PetrarchError, Severity, first_error};
use crate::source::read_text;

/// A `<Config option="..." value="..."/>` tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigOption {
    /// The option name as written (e.g. `require_dyad`, `new_actor_length`, `comma_emax`).
    pub option: String,
    /// The value as written (e.g. `False`, `4`).
    pub value: String,
    /// 1-based line of the tag.
    pub line: usize,
}

impl ConfigOption {
    /// The value as a boolean (`true`/`false`, `yes`/`no`, `1`/`0`, any case), if it is one.
    pub fn bool_value(&self) -> Option<bool> {
        parse_bool(&self.value)
    }
}

/// The `<Environment>` block of a validation file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// 1-based line of `<Environment>`.
    pub line: usize,
    /// `<Verbfile>`.
    pub verb_file: Option<String>,
    /// `<Actorfile>` (one per tag; PETRARCH validation allows one).
    pub actor_files: Vec<String>,
    /// `<Agentfile>`.
    pub agent_file: Option<String>,
    /// `<Discardfile>`.
    pub discard_file: Option<String>,
    /// `<PICOfile>`: the internal coding ontology.
    pub pico_file: Option<String>,
    /// `<Errorfile>`.
    pub error_file: Option<String>,
    /// `<Issuefile>`.
    pub issue_file: Option<String>,
    /// `<Include>` categories (may contain the pseudo-category `valid`).
    pub include: Option<Vec<String>>,
    /// `<Exclude>` categories.
    pub exclude: Option<Vec<String>>,
    /// `<Pause>` value.
    pub pause: Option<String>,
    /// `<Config>` tags inside the environment, in order.
    pub configs: Vec<ConfigOption>,
    /// Other tags inside the environment: (tag name, value).
    pub other: Vec<(String, String)>,
}

impl Environment {
    /// Every file the environment names, as (tag name, file name) in a fixed order: verbs,
    /// actors, agents, discards, ontology, issues, errors. Names are as written (relative
    /// to the validation file, usually).
    pub fn files(&self) -> Vec<(&'static str, &str)> {
        let mut out: Vec<(&'static str, &str)> = Vec::new();
        if let Some(v) = &self.verb_file {
            out.push(("Verbfile", v));
        }
        out.extend(self.actor_files.iter().map(|a| ("Actorfile", a.as_str())));
        for (k, v) in [
            ("Agentfile", &self.agent_file),
            ("Discardfile", &self.discard_file),
            ("PICOfile", &self.pico_file),
            ("Issuefile", &self.issue_file),
            ("Errorfile", &self.error_file),
        ] {
            if let Some(v) = v {
                out.push((k, v.as_str()));
            }
        }
        out
    }

    /// [`Self::files`] resolved against `dir` (normally the directory of the validation
    /// file), each with whether it exists.
    pub fn resolve(&self, dir: &Path) -> Vec<EnvFile> {
        self.files()
            .into_iter()
            .map(|(kind, name)| {
                let path = dir.join(name);
                EnvFile {
                    kind,
                    name: name.to_string(),
                    exists: path.is_file(),
                    path,
                }
            })
            .collect()
    }
}

/// A file named in the environment, resolved against a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFile {
    /// The tag that names it (`Verbfile`, `Actorfile`, ...).
    pub kind: &'static str,
    /// The name as written.
    pub name: String,
    /// The name joined to the directory (an absolute name stays as it is).
    pub path: std::path::PathBuf,
    /// Whether a file exists at `path` (an error-log file, for one, may not: report it,
    /// do not fail).
    pub exists: bool,
}

/// An expected event of a validation record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedEvent {
    /// `sourcecode`.
    pub source: String,
    /// `targetcode`.
    pub target: String,
    /// `eventcode`.
    pub event: String,
    /// 1-based line of the tag.
    pub line: usize,
    /// All attributes of the tag in order (including the three above, and any others such as
    /// `eventtext`).
    pub attributes: Vec<(String, String)>,
}

/// One `<EventCoding>` tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    /// An expected event.
    Event(ExpectedEvent),
    /// `noevents="..."`: the record should code no event (only the attribute's presence
    /// counts, as in PETRARCH).
    NoEvents {
        /// 1-based line of the tag.
        line: usize,
    },
    /// `error="..."`: the record should be stopped by this error (`dateline`,
    /// `sentencediscard`, `storydiscard`, ...) and code no event.
    Error {
        /// The error name as written.
        kind: String,
        /// 1-based line of the tag.
        line: usize,
    },
}

/// A `<PLEvent {json}>` pseudo-tag: the PLOVER form of a record's events. The JSON is kept
/// as written, not parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlEvent {
    /// 1-based line of the tag.
    pub line: usize,
    /// The text after the tag name, trimmed (normally a JSON object).
    pub json: String,
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// 1-based line of the `<Sentence` tag.
    pub line: usize,
    /// All attributes of the `<Sentence>` tag in order, entities decoded.
    pub attributes: Vec<(String, String)>,
    /// The text of `<Text>`, entities decoded, trimmed at both ends; line breaks inside are
    /// kept (see [`Record::normalized_text`]). Empty when there is no `<Text>`.
    pub text: String,
    /// 1-based line of `<Text>`, if any.
    pub text_line: Option<usize>,
    /// The `<Parse>` content as written (dyad ignores it).
    pub parse: Option<String>,
    /// The `<EventCoding>` tags in order.
    pub expected: Vec<Expectation>,
    /// `<PLEvent>` pseudo-tags in order.
    pub pl_events: Vec<PlEvent>,
    /// True when the record holds a `<Skip>` tag.
    pub skip: bool,
    /// True when the `<Sentence .../>` tag was self-closed (its children followed it).
    pub self_closed: bool,
    /// 1 for the first record with this id, 2 for the second, ... (the suite has a
    /// duplicated id).
    pub occurrence: usize,
}

impl Record {
    /// The value of an attribute of the `<Sentence>` tag (name compared ignoring case).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `id` attribute.
    pub fn id(&self) -> Option<&str> {
        self.attribute("id")
    }

    /// `date` attribute (PETRARCH requires `YYYYMMDD`).
    pub fn date(&self) -> Option<&str> {
        self.attribute("date")
    }

    /// `category` attribute.
    pub fn category(&self) -> Option<&str> {
        self.attribute("category")
    }

    /// `evaluate` attribute as a boolean; `None` when absent or not a boolean.
    pub fn evaluate(&self) -> Option<bool> {
        self.attribute("evaluate").and_then(parse_bool)
    }

    /// The id made unique: the id for its first occurrence, then `id#2`, `id#3`, ... (empty
    /// id when the record has none).
    pub fn document_id(&self) -> String {
        let id = self.id().unwrap_or("");
        if self.occurrence > 1 {
            format!("{id}#{}", self.occurrence)
        } else {
            id.to_string()
        }
    }

    /// The text with every run of blanks (line breaks included) made one space.
    pub fn normalized_text(&self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The expected events (without `noevents` and `error` tags).
    pub fn expected_events(&self) -> impl Iterator<Item = &ExpectedEvent> {
        self.expected.iter().filter_map(|e| match e {
            Expectation::Event(ev) => Some(ev),
            _ => None,
        })
    }

    /// True when the record expects no event: it has no expected event (a `noevents` or
    /// `error` tag, or no `<EventCoding>` at all, which PETRARCH reads the same way).
    pub fn expects_no_events(&self) -> bool {
        self.expected_events().next().is_none()
    }
}

/// One item of the record sequence, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A `<Sentence>` record.
    Record(Record),
    /// A `<Config>` tag outside the environment: it applies to the records after it. A
    /// `<Config>` inside a record is put just before that record, so it applies to it too.
    Config(ConfigOption),
    /// A `<Stop>` tag: coding stops here.
    Stop {
        /// 1-based line of the tag.
        line: usize,
    },
}

/// A PETRARCH XML file.
#[derive(Debug, Clone)]
pub struct RecordFile {
    /// The file name given to the reader.
    pub file: String,
    /// The `<Environment>` block, if any.
    pub environment: Option<Environment>,
    /// Records, `<Config>` and `<Stop>` tags in document order.
    pub items: Vec<Item>,
    /// Problems met and repairs made while reading.
    pub diagnostics: Vec<Diagnostic>,
}

impl RecordFile {
    /// Reads a PETRARCH XML file.
    ///
    /// # Errors
    /// [`PetrarchError::Io`] when the file cannot be read; [`PetrarchError::Syntax`] when it
    /// holds no `<Sentence>` record.
    pub fn read(path: impl AsRef<Path>) -> Result<RecordFile, PetrarchError> {
        let path = path.as_ref();
        let (text, mut diags) = read_text(path)?;
        let mut f = RecordFile::parse(&text, &path.display().to_string())?;
        diags.append(&mut f.diagnostics);
        f.diagnostics = diags;
        Ok(f)
    }

    /// Parses PETRARCH XML from text; `file` names it in diagnostics.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] when the text holds no `<Sentence>` record.
    pub fn parse(text: &str, file: &str) -> Result<RecordFile, PetrarchError> {
        let f = Reader::new(text, file).run();
        if !f.items.iter().any(|i| matches!(i, Item::Record(_))) {
            return Err(PetrarchError::Syntax(Diagnostic::new(
                file,
                text.lines().count().max(1),
                Severity::Error,
                "no <Sentence> record: is this PETRARCH XML?",
            )));
        }
        Ok(f)
    }

    /// Fails on the first tag that had to be skipped.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] naming file and line of the first error-severity diagnostic.
    pub fn into_strict(self) -> Result<RecordFile, PetrarchError> {
        first_error(&self.diagnostics)?;
        Ok(self)
    }

    /// The records in document order.
    pub fn records(&self) -> impl Iterator<Item = &Record> {
        self.items.iter().filter_map(|i| match i {
            Item::Record(r) => Some(r),
            _ => None,
        })
    }

    /// Whether a validation run evaluates this record: its `evaluate` attribute, when
    /// present, is true; its category is in `<Include>` when the environment has one (the
    /// pseudo-category `valid` there also requires `valid="true"`), and not in `<Exclude>`.
    /// A file with neither attribute nor `<Include>` has every record evaluated.
    pub fn is_evaluated(&self, r: &Record) -> bool {
        if r.attribute("evaluate").is_some() && r.evaluate() != Some(true) {
            return false;
        }
        let Some(env) = &self.environment else {
            return true;
        };
        let cat = r.category().unwrap_or("");
        if let Some(inc) = &env.include {
            let cats: Vec<&String> = inc.iter().filter(|c| c.as_str() != "valid").collect();
            if !cats.is_empty() && !cats.iter().any(|c| c.as_str() == cat) {
                return false;
            }
            if inc.iter().any(|c| c == "valid")
                && r.attribute("valid").and_then(parse_bool) != Some(true)
            {
                return false;
            }
        }
        if let Some(exc) = &env.exclude {
            if exc.iter().any(|c| c == cat) {
                return false;
            }
        }
        true
    }

    /// The records a validation run evaluates (see [`Self::is_evaluated`]), in order.
    pub fn evaluated_records(&self) -> impl Iterator<Item = &Record> {
        self.records().filter(|r| self.is_evaluated(r))
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

/// Decodes XML character references and the predefined entities (and `&nbsp;`); unknown or
/// malformed references are kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let decoded = rest[1..].find(';').filter(|&e| e <= 32).and_then(|e| {
            let name = &rest[1..1 + e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name.strip_prefix('#').and_then(|n| {
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok(),
                        None => n.parse::<u32>().ok(),
                    };
                    v.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, e + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A scanned tag.
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    self_closing: bool,
    /// For pseudo-tags such as `<PLEvent {json}>`: the text after the name.
    payload: Option<String>,
    line: usize,
    end: usize,
}

struct Reader<'a> {
    s: &'a str,
    lower: String,
    file: &'a str,
    line_starts: Vec<usize>,
    pos: usize,
    diags: Vec<Diagnostic>,
    env: Option<Environment>,
    env_open: bool,
    items: Vec<Item>,
    record: Option<Record>,
}

const ENV_TAGS: &[&str] = &[
    "verbfile",
    "actorfile",
    "agentfile",
    "discardfile",
    "picofile",
    "errorfile",
    "issuefile",
    "include",
    "exclude",
    "pause",
];

impl<'a> Reader<'a> {
    fn new(s: &'a str, file: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(s.match_indices('\n').map(|(i, _)| i + 1));
        Reader {
            s,
            lower: s.to_ascii_lowercase(),
            file,
            line_starts,
            pos: 0,
            diags: Vec::new(),
            env: None,
            env_open: false,
            items: Vec::new(),
            record: None,
        }
    }

    fn line_at(&self, pos: usize) -> usize {
        self.line_starts.partition_point(|&st| st <= pos)
    }

    fn diag(&mut self, pos: usize, severity: Severity, msg: impl Into<String>) {
        let line = self.line_at(pos);
        self.diags
            .push(Diagnostic::new(self.file, line, severity, msg));
    }

    fn run(mut self) -> RecordFile {
        let s = self.s;
        while self.pos < s.len() {
            let Some(rel) = s[self.pos..].find('<') else {
                self.stray_text(self.pos, s.len());
                self.pos = s.len();
                break;
            };
            let lt = self.pos + rel;
            self.stray_text(self.pos, lt);
            let here = &s[lt..];
            if here.starts_with("<!--") {
                self.pos = self.skip_comment(lt);
            } else if here.starts_with("<![CDATA[") {
                let end = here.find("]]>").map_or(s.len(), |e| lt + e + 3);
                self.diag(
                    lt,
                    Severity::Warning,
                    "CDATA section outside <Text> ignored",
                );
                self.pos = end;
            } else if here.starts_with("<?") {
                self.pos = here.find("?>").map_or(s.len(), |e| lt + e + 2);
            } else if here.starts_with("<!") {
                self.pos = here.find('>').map_or(s.len(), |e| lt + e + 1);
            } else if here.starts_with("</") {
                let end = here.find('>').map_or(s.len(), |e| lt + e + 1);
                let name = s[lt + 2..end.min(s.len())]
                    .trim_end_matches('>')
                    .trim()
                    .to_ascii_lowercase();
                self.pos = end;
                self.end_tag(&name, lt);
            } else if here[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                let tag = self.read_tag(lt);
                self.pos = tag.end;
                self.start_tag(tag, lt);
            } else {
                self.diag(lt, Severity::Warning, "stray '<' ignored");
                self.pos = lt + 1;
            }
        }
        if self.record.is_some() {
            self.close_record(s.len(), "the end of the file");
        }
        if self.env_open {
            self.diag(s.len(), Severity::Warning, "<Environment> not closed");
        }
        self.finish()
    }

    fn stray_text(&mut self, from: usize, to: usize) {
        let t = self.s[from..to].trim();
        if !t.is_empty() {
            let shown: String = t.chars().take(40).collect();
            self.diag(
                from + (self.s[from..to].len() - self.s[from..to].trim_start().len()),
                Severity::Warning,
                format!("text outside any tag ignored: '{shown}'"),
            );
        }
    }

    /// Skips a comment starting at `lt`; returns the position after it.
    fn skip_comment(&mut self, lt: usize) -> usize {
        let s = self.s;
        let body = lt + 4;
        let simple = s[body..].find("-->").map(|e| body + e + 3);
        // Nesting-aware end.
        let mut depth = 1;
        let mut p = body;
        let mut nested_seen = false;
        let nested = loop {
            let open = s[p..].find("<!--").map(|e| p + e);
            let close = s[p..].find("-->").map(|e| p + e);
            match (open, close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    nested_seen = true;
                    p = o + 4;
                }
                (_, Some(c)) => {
                    depth -= 1;
                    p = c + 3;
                    if depth == 0 {
                        break Some(p);
                    }
                }
                (_, None) => break None,
            }
        };
        if !nested_seen || nested == simple {
            return simple.unwrap_or_else(|| {
                self.diag(
                    lt,
                    Severity::Error,
                    "comment never closed: the rest of the file is ignored",
                );
                s.len()
            });
        }
        let simple_end = simple.expect("a nested comment implies a close");
        if let Some(n) = nested {
            let between = &self.lower[simple_end..n];
            let markup = ["<sentence", "</sentence", "<text", "<eventcoding"]
                .iter()
                .any(|m| between.contains(m));
            if !markup {
                self.diag(
                    lt,
                    Severity::Warning,
                    "comment nested inside this comment: read as one comment",
                );
                return n;
            }
        }
        self.diag(
            lt,
            Severity::Warning,
            "'<!--' inside this comment ignored: the comment ends at the first '-->'",
        );
        simple_end
    }

    fn read_tag(&mut self, lt: usize) -> Tag {
        let s = self.s;
        let bytes = s.as_bytes();
        // Quote-aware end, unless that runs over a line end past the first '>'.
        let naive = s[lt..].find('>').map(|e| lt + e);
        let mut quote: Option<u8> = None;
        let mut aware = None;
        let mut broken_at = None;
        let mut i = lt + 1;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None => match b {
                    b'"' | b'\'' => quote = Some(b),
                    b'>' => {
                        aware = Some(i);
                        break;
                    }
                    b'<' => {
                        broken_at = Some(i);
                        break;
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        let (close, end) = match (aware, naive) {
            (Some(a), Some(n)) if a != n && s[n..a].contains('\n') => (n, n + 1),
            (Some(a), _) => (a, a + 1),
            (None, _) if broken_at.is_some() => {
                let b = broken_at.expect("checked");
                self.diag(
                    lt,
                    Severity::Warning,
                    "tag not closed with '>' before the next '<'",
                );
                (b, b)
            }
            (None, Some(n)) => (n, n + 1),
            (None, None) => {
                self.diag(
                    lt,
                    Severity::Warning,
                    "tag not closed with '>' before the end of the file",
                );
                (s.len(), s.len())
            }
        };
        let inner = &s[lt + 1..close];
        let name_end = inner
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_string();
        let mut rest = inner[name_end..].trim();
        let self_closing = rest.ends_with('/');
        if self_closing {
            rest = rest[..rest.len() - 1].trim_end();
        }
        let line = self.line_at(lt);
        if rest.starts_with('{') || rest.starts_with('[') {
            return Tag {
                name,
                attrs: Vec::new(),
                self_closing,
                payload: Some(rest.to_string()),
                line,
                end,
            };
        }
        let (attrs, ok) = parse_attributes(rest);
        if !ok {
            self.diag(
                lt,
                Severity::Warning,
                format!("<{name}>: attributes not fully understood: '{rest}'"),
            );
        }
        Tag {
            name,
            attrs,
            self_closing,
            payload: None,
            line,
            end,
        }
    }

    /// The raw content of an element starting at `from`, up to `</name>`; if a record
    /// boundary comes first, up to it (with a diagnostic). Returns (content, position after).
    fn content_until_close(&mut self, from: usize, name: &str, tag_pos: usize) -> (String, usize) {
        let close_pat = format!("</{name}");
        let close = self.lower[from..].find(&close_pat).map(|e| from + e);
        let mut stops = vec!["<sentence", "</sentence"];
        if name == "text" {
            stops.push("<parse");
            stops.push("<eventcoding");
        }
        let stop = stops
            .iter()
            .filter_map(|p| self.lower[from..].find(p).map(|e| from + e))
            .min();
        match (close, stop) {
            (Some(c), st) if st.is_none_or(|st| c < st) => {
                let after = self.s[c..].find('>').map_or(self.s.len(), |e| c + e + 1);
                (self.s[from..c].to_string(), after)
            }
            (_, st) => {
                let end = st.unwrap_or(self.s.len());
                self.diag(
                    tag_pos,
                    Severity::Warning,
                    format!("<{name}> not closed: it ends at line {}", self.line_at(end)),
                );
                (self.s[from..end].to_string(), end)
            }
        }
    }

    /// The value of a simple environment element: an attribute or the text up to the next tag.
    fn simple_value(&mut self, tag: &Tag) -> String {
        for key in ["name", "categories", "value"] {
            if let Some((_, v)) = tag.attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)) {
                return v.clone();
            }
        }
        if tag.self_closing {
            return String::new();
        }
        let from = tag.end;
        let next = self.s[from..].find('<').map_or(self.s.len(), |e| from + e);
        let v = decode_entities(self.s[from..next].trim());
        self.pos = next;
        v
    }

    fn start_tag(&mut self, tag: Tag, lt: usize) {
        let lname = tag.name.to_ascii_lowercase();
        if tag.payload.is_some() || lname == "plevent" {
            let json = tag.payload.clone().unwrap_or_default();
            match &mut self.record {
                Some(r) => r.pl_events.push(PlEvent {
                    line: tag.line,
                    json,
                }),
                None => self.diag(
                    lt,
                    Severity::Warning,
                    format!("<{}> pseudo-tag outside a record ignored", tag.name),
                ),
            }
            return;
        }
        match lname.as_str() {
            "validation" | "sentences" => {}
            "environment" => {
                self.env = Some(Environment {
                    line: tag.line,
                    ..Environment::default()
                });
                self.env_open = !tag.self_closing;
            }
            n if self.env_open && ENV_TAGS.contains(&n) => {
                let v = self.simple_value(&tag);
                let env = self.env.as_mut().expect("open environment");
                match n {
                    "verbfile" => env.verb_file = Some(v),
                    "actorfile" => env.actor_files.push(v),
                    "agentfile" => env.agent_file = Some(v),
                    "discardfile" => env.discard_file = Some(v),
                    "picofile" => env.pico_file = Some(v),
                    "errorfile" => env.error_file = Some(v),
                    "issuefile" => env.issue_file = Some(v),
                    "include" => {
                        env.include = Some(v.split_whitespace().map(str::to_string).collect())
                    }
                    "exclude" => {
                        env.exclude = Some(v.split_whitespace().map(str::to_string).collect())
                    }
                    _ => env.pause = Some(v),
                }
            }
            "config" => {
                let get = |k: &str| {
                    tag.attrs
                        .iter()
                        .find(|(a, _)| a.eq_ignore_ascii_case(k))
                        .map(|(_, v)| v.clone())
                };
                let (Some(option), Some(value)) = (get("option"), get("value")) else {
                    self.diag(
                        lt,
                        Severity::Error,
                        "<Config> without option and value attributes ignored",
                    );
                    return;
                };
                let c = ConfigOption {
                    option,
                    value,
                    line: tag.line,
                };
                if self.env_open {
                    self.env.as_mut().expect("open environment").configs.push(c);
                } else {
                    if self.record.as_ref().is_some_and(|r| r.self_closed) {
                        self.close_record(lt, "<Config>");
                    }
                    self.items.push(Item::Config(c));
                }
            }
            "sentence" => {
                if self.record.is_some() {
                    self.close_record(lt, "the next <Sentence>");
                }
                if self.env_open {
                    self.diag(
                        lt,
                        Severity::Warning,
                        "<Environment> not closed before the first <Sentence>",
                    );
                    self.env_open = false;
                }
                let attrs: Vec<(String, String)> = tag.attrs;
                let rec = Record {
                    line: tag.line,
                    attributes: attrs,
                    text: String::new(),
                    text_line: None,
                    parse: None,
                    expected: Vec::new(),
                    pl_events: Vec::new(),
                    skip: false,
                    self_closed: tag.self_closing,
                    occurrence: 1,
                };
                match rec.date() {
                    None => self.diag(lt, Severity::Warning, "<Sentence> without a date"),
                    Some(d) if !(d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit())) => self
                        .diag(
                            lt,
                            Severity::Warning,
                            format!("<Sentence> date '{d}' is not YYYYMMDD"),
                        ),
                    _ => {}
                }
                if let Some(v) = rec.attribute("evaluate") {
                    if parse_bool(v).is_none() {
                        self.diag(
                            lt,
                            Severity::Warning,
                            format!("evaluate=\"{v}\" is not a boolean: record not evaluated"),
                        );
                    }
                }
                self.record = Some(rec);
            }
            "eventcoding" => {
                let exp = self.expectation(&tag, lt);
                match (&mut self.record, exp) {
                    (Some(r), Some(e)) => r.expected.push(e),
                    (None, Some(_)) => self.diag(
                        lt,
                        Severity::Error,
                        "<EventCoding> outside a <Sentence> ignored",
                    ),
                    (_, None) => {}
                }
            }
            "text" | "parse" => {
                if tag.self_closing {
                    return;
                }
                let (content, after) = self.content_until_close(tag.end, &lname, lt);
                self.pos = after;
                let Some(r) = &mut self.record else {
                    self.diag(
                        lt,
                        Severity::Error,
                        format!("<{}> outside a <Sentence> ignored", tag.name),
                    );
                    return;
                };
                if lname == "text" {
                    if r.text_line.is_some() {
                        let line = r.text_line.unwrap_or(0);
                        self.diag(
                            lt,
                            Severity::Warning,
                            format!("second <Text> in the record (first at line {line}) ignored"),
                        );
                    } else {
                        r.text = decode_entities(content.trim());
                        r.text_line = Some(tag.line);
                    }
                } else if r.parse.is_none() {
                    r.parse = Some(content);
                }
            }
            "skip" => match &mut self.record {
                Some(r) => r.skip = true,
                None => self.diag(lt, Severity::Warning, "<Skip> outside a record ignored"),
            },
            "stop" => {
                if self.record.is_some() {
                    self.close_record(lt, "<Stop>");
                }
                self.items.push(Item::Stop { line: tag.line });
            }
            _ => self.diag(
                lt,
                Severity::Warning,
                format!("unknown tag <{}> ignored", tag.name),
            ),
        }
    }

    fn expectation(&mut self, tag: &Tag, lt: usize) -> Option<Expectation> {
        let get = |k: &str| {
            tag.attrs
                .iter()
                .find(|(a, _)| a.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.clone())
        };
        if get("noevents").is_some() {
            return Some(Expectation::NoEvents { line: tag.line });
        }
        if let Some(kind) = get("error") {
            return Some(Expectation::Error {
                kind,
                line: tag.line,
            });
        }
        let Some(event) = get("eventcode") else {
            self.diag(
                lt,
                Severity::Error,
                "<EventCoding> without eventcode, noevents or error ignored",
            );
            return None;
        };
        let mut side = |k: &str| {
            get(k).unwrap_or_else(|| {
                self.diag(
                    lt,
                    Severity::Warning,
                    format!("<EventCoding> without {k}: taken as ---"),
                );
                "---".to_string()
            })
        };
        let source = side("sourcecode");
        let target = side("targetcode");
        Some(Expectation::Event(ExpectedEvent {
            source,
            target,
            event,
            line: tag.line,
            attributes: tag.attrs.clone(),
        }))
    }

    fn end_tag(&mut self, name: &str, lt: usize) {
        match name {
            "sentence" => {
                if self.record.is_some() {
                    let r = self.record.take().expect("checked");
                    self.push_record(r, lt);
                } else {
                    self.diag(
                        lt,
                        Severity::Warning,
                        "</Sentence> without a record ignored",
                    );
                }
            }
            "environment" => self.env_open = false,
            "sentences" | "validation" if self.record.is_some() => {
                self.close_record(lt, &format!("</{name}>"));
            }
            _ => {}
        }
    }

    fn close_record(&mut self, pos: usize, by: &str) {
        let r = self.record.take().expect("open record");
        if !r.self_closed {
            let line = r.line;
            self.diag(
                pos,
                Severity::Warning,
                format!("<Sentence> of line {line} not closed: closed by {by}"),
            );
        }
        self.push_record(r, pos);
    }

    fn push_record(&mut self, r: Record, pos: usize) {
        if r.text_line.is_none() {
            let line = r.line;
            self.diag(
                pos,
                Severity::Warning,
                format!("<Sentence> of line {line} has no <Text>"),
            );
        }
        self.items.push(Item::Record(r));
    }

    fn finish(mut self) -> RecordFile {
        let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
        let mut dups = Vec::new();
        for item in &mut self.items {
            if let Item::Record(r) = item {
                if let Some(id) = r.id().map(str::to_string) {
                    let e = seen.entry(id.clone()).or_insert((0, r.line));
                    e.0 += 1;
                    r.occurrence = e.0;
                    if e.0 > 1 {
                        dups.push((
                            r.line,
                            format!(
                                "record id '{id}' already used at line {}: kept as '{}'",
                                e.1,
                                r.document_id()
                            ),
                        ));
                    }
                }
            }
        }
        for (line, msg) in dups {
            self.diags
                .push(Diagnostic::new(self.file, line, Severity::Warning, msg));
        }
        self.diags.sort_by_key(|d| d.line);
        RecordFile {
            file: self.file.to_string(),
            environment: self.env,
            items: self.items,
            diagnostics: self.diags,
        }
    }
}

/// Parses `a="x" b = 'y' c=z`; returns the attributes (values entity-decoded) and whether
/// everything was understood.
fn parse_attributes(s: &str) -> (Vec<(String, String)>, bool) {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        if name.is_empty() {
            return (out, false);
        }
        rest = rest[name_end..].trim_start();
        let Some(after_eq) = rest.strip_prefix('=') else {
            // An attribute without a value.
            out.push((name.to_string(), String::new()));
            continue;
        };
        rest = after_eq.trim_start();
        let (value, remaining) = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => match rest[1..].find(q) {
                Some(e) => (&rest[1..1 + e], &rest[e + 2..]),
                None => return (out, false),
            },
            Some(_) => {
                let e = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (&rest[..e], &rest[e..])
            }
            None => return (out, false),
        };
        out.push((name.to_string(), decode_entities(value)));
        rest = remaining.trim_start();
    }
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A small validation file in the documented format, written for this test, with the
    // irregularities the reader must tolerate.
    const SAMPLE: &str = r#"<?xml version="1.0"?>
<Validation>
<!-- header <!-- inner note --> still the header -->
<Environment>
  <Verbfile>verbs.txt</Verbfile>
  <Actorfile name="actors.txt"></Actorfile>
  <PICOfile>pico.txt</PICOfile>
  <Include>ALPHA BETA</Include>
  <Config option="stop_on_error" value="True" />
</Environment>
<Sentences>
<Sentence date = "20200102" id ="A-1" category="ALPHA" evaluate="true">
<EventCoding sourcecode="XXX" targetcode="YYY" eventcode="042" eventtext="visited"/>
<PLEvent {"event": "042", "source": [{"code": "XXX"}]}>
<Text>
Leaders of X &amp; Y
met &quot;today&quot;.
</Text>
<Parse>1	Leaders	leader	NOUN</Parse>
</Sentence>
<Config option="require_dyad" value="false" />
<Sentence date="20200103" id="A-1" category="BETA" evaluate="true"/>
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20200104" id="B-1" category="GAMMA" evaluate="true">
<EventCoding error="sentencediscard" />
<Text>A game of cricket.</Text>
</Sentence>
<Sentence date="2020" id="C-1" category="ALPHA" evaluate="false">
<Text>Skipped & kept</Text>
<Stop></Stop>
</Sentences>
</Validation>
"#;

    #[test]
    fn reads_a_tolerated_validation_file() {
        let f = RecordFile::parse(SAMPLE, "inline").unwrap();
        let env = f.environment.as_ref().unwrap();
        assert_eq!(env.verb_file.as_deref(), Some("verbs.txt"));
        assert_eq!(env.actor_files, vec!["actors.txt".to_string()]);
        assert_eq!(env.pico_file.as_deref(), Some("pico.txt"));
        assert_eq!(env.include.as_ref().unwrap().len(), 2);
        assert_eq!(env.configs.len(), 1);
        assert_eq!(env.files().len(), 3);

        let kinds: Vec<&str> = f
            .items
            .iter()
            .map(|i| match i {
                Item::Record(_) => "R",
                Item::Config(_) => "C",
                Item::Stop { .. } => "S",
            })
            .collect();
        assert_eq!(kinds, vec!["R", "C", "R", "R", "R", "S"]);

        let recs: Vec<&Record> = f.records().collect();
        assert_eq!(recs[0].line, 12);
        assert_eq!(recs[0].id(), Some("A-1"));
        assert_eq!(recs[0].text, "Leaders of X & Y\nmet \"today\".");
        assert_eq!(recs[0].normalized_text(), "Leaders of X & Y met \"today\".");
        assert_eq!(recs[0].text_line, Some(15));
        assert!(recs[0].parse.as_deref().unwrap().starts_with("1\tLeaders"));
        let ev: Vec<&ExpectedEvent> = recs[0].expected_events().collect();
        assert_eq!(
            (
                ev[0].source.as_str(),
                ev[0].target.as_str(),
                ev[0].event.as_str()
            ),
            ("XXX", "YYY", "042")
        );
        assert_eq!(ev[0].attributes.len(), 4);
        assert_eq!(recs[0].pl_events.len(), 1);
        assert!(recs[0].pl_events[0].json.starts_with("{\"event\""));

        // Self-closed <Sentence/> followed by its children, with a duplicated id.
        assert!(recs[1].self_closed);
        assert_eq!(recs[1].text, "Nothing happened.");
        assert!(recs[1].expects_no_events());
        assert_eq!(recs[1].document_id(), "A-1#2");
        assert_eq!(recs[0].document_id(), "A-1");

        assert_eq!(
            recs[2].expected,
            vec![Expectation::Error {
                kind: "sentencediscard".into(),
                line: 27
            }]
        );
        // Unknown entity-like text kept; record closed by <Stop>.
        assert_eq!(recs[3].text, "Skipped & kept");

        // Selection: evaluate="true" and category in <Include>.
        let sel: Vec<String> = f.evaluated_records().map(Record::document_id).collect();
        assert_eq!(sel, vec!["A-1".to_string(), "A-1#2".to_string()]);

        // Diagnostics: nested comment, duplicate id, bad date, unclosed record.
        let lines: Vec<usize> = f.diagnostics.iter().map(|d| d.line).collect();
        assert!(lines.contains(&3), "{:?}", f.diagnostics);
        assert!(lines.contains(&22)); // duplicated id
        assert!(lines.contains(&30)); // date
        assert!(lines.contains(&32)); // record closed by <Stop>
        assert!(
            f.diagnostics
                .iter()
                .all(|d| d.severity == Severity::Warning),
            "{:?}",
            f.diagnostics
        );
    }

    #[test]
    fn comment_with_stray_open_ends_at_first_close() {
        let text = "<Sentences>\n<!-- mentions <!-- but never nests -->\n<Sentence date=\"20200101\" id=\"x\">\n<Text>T</Text>\n</Sentence>\n<!-- second -->\n</Sentences>\n";
        let f = RecordFile::parse(text, "inline").unwrap();
        assert_eq!(f.records().count(), 1);
        assert_eq!(f.records().next().unwrap().text, "T");
    }

    #[test]
    fn missing_text_close_and_broken_tags() {
        let text = "<Sentences>\n<Sentence date=\"20200101\" id=\"x\">\n<Text>Open text\n<Parse>p</Parse>\n</Sentence>\n<Sentence date=\"20200101\" id=\"y\"\n<Text>T2</Text></Sentence>\n</Sentences>\n";
        let f = RecordFile::parse(text, "inline").unwrap();
        let r: Vec<&Record> = f.records().collect();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].text, "Open text");
        assert_eq!(r[0].parse.as_deref(), Some("p"));
        assert_eq!(r[1].id(), Some("y"));
        assert_eq!(r[1].text, "T2");
        assert!(f.diagnostics.iter().any(|d| d.line == 3));
        assert!(f.diagnostics.iter().any(|d| d.line == 6));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &lt;&gt; &#65;&#x42; &nbsp;&bogus; & x"),
            "a & b <> AB \u{a0}&bogus; & x"
        );
    }

    #[test]
    fn no_records_is_an_error() {
        assert!(RecordFile::parse("<Sentences></Sentences>", "x").is_err());
    }
}

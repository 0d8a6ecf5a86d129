//! Inputs: files, directories and standard input, in plain text, JSON Lines and CSV.

use std::collections::VecDeque;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::decode::{Decoded, decode};
use crate::error::{Diagnostic, Location, ReadError};
use crate::{Article, analyse};

/// Default limit on one article's size: 5 MiB (5,242,880 bytes).
pub const DEFAULT_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// One input given by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file (its format from its extension unless [`ReadOptions::format`] says) or a
    /// directory (walked recursively for `.txt`, `.jsonl` and `.csv` files, in name order).
    Path(PathBuf),
    /// Standard input, in [`ReadOptions::stdin_format`] (or [`ReadOptions::format`]).
    Stdin,
}

impl Input {
    /// `-` is standard input, anything else a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file; the first line is the headline.
    Text,
    /// One JSON object per line with a string field `text`.
    Jsonl,
    /// CSV with a header row naming a `text` column.
    Csv,
}

impl Format {
    /// The format of a file name by its extension (case-insensitive): `.jsonl` / `.ndjson`
    /// JSON Lines, `.csv` CSV, `.txt` text; `None` for anything else.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Options of the reader.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest article in bytes (a plain-text file's size, or a record's `text` field in
    /// UTF-8); larger ones give [`ReadError::TooLarge`]. Default [`DEFAULT_MAX_BYTES`].
    pub max_bytes: u64,
    /// Format for every input, overriding file extensions.
    pub format: Option<Format>,
    /// Format of standard input when `format` is not set. Default [`Format::Text`].
    pub stdin_format: Format,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            format: None,
            stdin_format: Format::Text,
        }
    }
}

/// The fields of a record besides its text (all `None` for a plain-text file except `id`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordMeta {
    /// The identifier (already chosen: `id`, else `url`, else `FILE#N`; for a file its path).
    pub id: Option<String>,
    /// `url` field.
    pub url: Option<String>,
    /// `date` field as written.
    pub date: Option<String>,
    /// `title` field.
    pub title: Option<String>,
    /// `source` field.
    pub source: Option<String>,
    /// True for a JSON Lines or CSV record, false for a plain-text article (whose first line
    /// is its headline).
    pub is_record: bool,
}

/// A record read but not analysed yet.
#[derive(Debug)]
struct RawRecord {
    text: String,
    meta: RecordMeta,
    location: Location,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Debug)]
enum Pending {
    Input(Input),
    File(PathBuf, Format),
    Error(ReadError),
}

/// Iterator over the articles of a list of inputs, in input order: each item is an article or
/// the error of one record or file; the iteration goes on after errors.
///
/// Files are read whole, one at a time; the records of a JSON Lines or CSV file are analysed
/// one by one as the iterator advances.
#[derive(Debug)]
pub struct Articles {
    options: ReadOptions,
    pending: VecDeque<Pending>,
    records: VecDeque<Result<RawRecord, ReadError>>,
    skipped: Vec<PathBuf>,
}

impl Articles {
    /// An iterator over `inputs`.
    pub fn new(inputs: impl IntoIterator<Item = Input>, options: ReadOptions) -> Articles {
        Articles {
            options,
            pending: inputs.into_iter().map(Pending::Input).collect(),
            records: VecDeque::new(),
            skipped: Vec::new(),
        }
    }

    /// Files found while walking directories that were skipped because their extension is
    /// not `.txt`, `.jsonl` or `.csv` (so far).
    pub fn skipped(&self) -> &[PathBuf] {
        &self.skipped
    }

    /// Reads the records of a text in memory (as if it were a file named `name`): for tests,
    /// benchmarks and callers that already hold the bytes.
    pub fn from_bytes(name: &str, bytes: &[u8], format: Format, options: ReadOptions) -> Articles {
        let mut a = Articles::new(std::iter::empty(), options);
        a.load_bytes(name, bytes, format);
        a
    }

    fn format_of(&self, path: &Path) -> Format {
        self.options
            .format
            .or_else(|| Format::from_path(path))
            .unwrap_or(Format::Text)
    }

    fn expand(&mut self, input: Input) {
        match input {
            Input::Stdin => {
                let format = self.options.format.unwrap_or(self.options.stdin_format);
                let mut bytes = Vec::new();
                let res = std::io::stdin().lock().read_to_end(&mut bytes);
                match res {
                    Ok(_) => self.load_bytes("-", &bytes, format),
                    Err(source) => self.records.push_back(Err(ReadError::Io {
                        location: Location::file("-"),
                        source,
                    })),
                }
            }
            Input::Path(path) => match std::fs::metadata(&path) {
                Err(source) => self.records.push_back(Err(ReadError::Io {
                    location: Location::file(path.display().to_string()),
                    source,
                })),
                Ok(m) if m.is_dir() => {
                    let mut found = Vec::new();
                    for entry in walkdir::WalkDir::new(&path).sort_by_file_name() {
                        match entry {
                            Err(e) => {
                                let location =
                                    Location::file(e.path().unwrap_or(&path).display().to_string());
                                let source = e
                                    .into_io_error()
                                    .unwrap_or_else(|| std::io::Error::other("directory loop"));
                                found.push(Pending::Error(ReadError::Io { location, source }));
                            }
                            Ok(e) if e.file_type().is_file() => {
                                let p = e.into_path();
                                match Format::from_path(&p) {
                                    Some(f) => {
                                        let f = self.options.format.unwrap_or(f);
                                        found.push(Pending::File(p, f));
                                    }
                                    None => self.skipped.push(p),
                                }
                            }
                            Ok(_) => {}
                        }
                    }
                    for p in found.into_iter().rev() {
                        self.pending.push_front(p);
                    }
                }
                Ok(_) => {
                    let f = self.format_of(&path);
                    self.pending.push_front(Pending::File(path, f));
                }
            },
        }
    }

    fn load_file(&mut self, path: &Path, format: Format) {
        let name = path.display().to_string();
        let location = Location::file(name.clone());
        if format == Format::Text {
            if let Ok(m) = std::fs::metadata(path) {
                if m.len() > self.options.max_bytes {
                    self.records.push_back(Err(ReadError::TooLarge {
                        location,
                        bytes: m.len(),
                        limit: self.options.max_bytes,
                    }));
                    return;
                }
            }
        }
        match std::fs::read(path) {
            Ok(bytes) => self.load_bytes(&name, &bytes, format),
            Err(source) => self
                .records
                .push_back(Err(ReadError::Io { location, source })),
        }
    }

    fn load_bytes(&mut self, name: &str, bytes: &[u8], format: Format) {
        let location = Location::file(name);
        if format == Format::Text && bytes.len() as u64 > self.options.max_bytes {
            self.records.push_back(Err(ReadError::TooLarge {
                location,
                bytes: bytes.len() as u64,
                limit: self.options.max_bytes,
            }));
            return;
        }
        let decoded = match decode(bytes) {
            Ok(d) => d,
            Err(f) => {
                self.records.push_back(Err(ReadError::Undecodable {
                    location: Location {
                        line: f.line,
                        ..location
                    },
                    detail: f.detail,
                }));
                return;
            }
        };
        let notes = |loc: &Location| -> Vec<Diagnostic> {
            decoded
                .notes
                .iter()
                .map(|n| Diagnostic {
                    severity: n.severity,
                    code: n.code,
                    message: n.message.clone(),
                    // A plain-text file: the note's line. A record: the record's own location
                    // (the note is about the whole file; its message names the file line).
                    location: if loc.record.is_some() {
                        loc.clone()
                    } else {
                        Location {
                            line: n.line,
                            ..loc.clone()
                        }
                    },
                    span: None,
                })
                .collect()
        };
        match format {
            Format::Text => {
                let diagnostics = notes(&location);
                self.records.push_back(Ok(RawRecord {
                    text: decoded.text,
                    meta: RecordMeta {
                        id: Some(name.to_owned()),
                        is_record: false,
                        ..RecordMeta::default()
                    },
                    location,
                    diagnostics,
                }));
            }
            Format::Jsonl => self.load_jsonl(name, &decoded, &notes),
            Format::Csv => self.load_csv(name, &decoded, &notes),
        }
    }

    fn load_jsonl(
        &mut self,
        name: &str,
        decoded: &Decoded,
        notes: &dyn Fn(&Location) -> Vec<Diagnostic>,
    ) {
        let mut record = 0u64;
        for (i, line) in decoded.text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            record += 1;
            let location = Location {
                file: name.to_owned(),
                line: Some(i as u64 + 1),
                record: Some(record),
            };
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    self.records.push_back(Err(ReadError::Json {
                        location,
                        detail: e.to_string(),
                    }));
                    continue;
                }
            };
            let serde_json::Value::Object(map) = value else {
                self.records.push_back(Err(ReadError::Json {
                    location,
                    detail: "not a JSON object".to_owned(),
                }));
                continue;
            };
            let field = |k: &str| -> Option<String> {
                match map.get(k)? {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }
            };
            let text = match map.get("text") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(_) => {
                    self.records.push_back(Err(ReadError::MissingText {
                        location,
                        what: "the `text` field is not a string",
                    }));
                    continue;
                }
                None => {
                    self.records.push_back(Err(ReadError::MissingText {
                        location,
                        what: "no `text` field in the record",
                    }));
                    continue;
                }
            };
            let url = field("url").filter(|s| !s.is_empty());
            let id = field("id")
                .filter(|s| !s.is_empty())
                .or_else(|| url.clone())
                .unwrap_or_else(|| format!("{name}#{record}"));
            let meta = RecordMeta {
                id: Some(id),
                url,
                date: field("date"),
                title: field("title"),
                source: field("source"),
                is_record: true,
            };
            let diagnostics = notes(&location);
            self.records.push_back(Ok(RawRecord {
                text,
                meta,
                location,
                diagnostics,
            }));
        }
    }

    fn load_csv(
        &mut self,
        name: &str,
        decoded: &Decoded,
        notes: &dyn Fn(&Location) -> Vec<Diagnostic>,
    ) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(decoded.text.as_bytes());
        let header_location = Location {
            file: name.to_owned(),
            line: Some(1),
            record: None,
        };
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                self.records.push_back(Err(ReadError::Csv {
                    location: header_location,
                    detail: e.to_string(),
                }));
                return;
            }
        };
        let column = |k: &str| {
            headers.iter().position(|h| {
                h.trim()
                    .trim_start_matches('\u{FEFF}')
                    .eq_ignore_ascii_case(k)
            })
        };
        let Some(text_col) = column("text") else {
            self.records.push_back(Err(ReadError::MissingText {
                location: header_location,
                what: "no `text` column in the header",
            }));
            return;
        };
        let (id_col, url_col, date_col, title_col, source_col) = (
            column("id"),
            column("url"),
            column("date"),
            column("title"),
            column("source"),
        );
        // 1-based line where a record starts, counted on the text itself: after CRLF line ends
        // the csv crate's record position (and line count) points at the `\n` of the previous
        // line's terminator, so line ends are skipped first. Records come in order, so the
        // count goes on from the previous record (linear in the file size).
        let text = decoded.text.as_bytes();
        let mut counted = (0usize, 1u64); // (byte offset, line at that offset)
        let mut line_at = |byte: u64| {
            let mut start = (byte as usize).min(text.len());
            while start < text.len() && matches!(text[start], b'\r' | b'\n') {
                start += 1;
            }
            if start < counted.0 {
                counted = (0, 1);
            }
            let newlines = text[counted.0..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            counted = (start, counted.1 + newlines as u64);
            counted.1
        };
        let mut record = 0u64;
        for row in reader.records() {
            record += 1;
            match row {
                Err(e) => {
                    let line = e.position().map(|p| line_at(p.byte()));
                    self.records.push_back(Err(ReadError::Csv {
                        location: Location {
                            file: name.to_owned(),
                            line,
                            record: Some(record),
                        },
                        detail: e.to_string(),
                    }));
                }
                Ok(row) => {
                    let location = Location {
                        file: name.to_owned(),
                        line: row.position().map(|p| line_at(p.byte())),
                        record: Some(record),
                    };
                    let get = |c: Option<usize>| {
                        c.and_then(|c| row.get(c))
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                    };
                    let url = get(url_col);
                    let id = get(id_col)
                        .or_else(|| url.clone())
                        .unwrap_or_else(|| format!("{name}#{record}"));
                    let meta = RecordMeta {
                        id: Some(id),
                        url,
                        date: get(date_col),
                        title: get(title_col),
                        source: get(source_col),
                        is_record: true,
                    };
                    let diagnostics = notes(&location);
                    self.records.push_back(Ok(RawRecord {
                        text: row.get(text_col).unwrap_or_default().to_owned(),
                        meta,
                        location,
                        diagnostics,
                    }));
                }
            }
        }
    }

    fn build(&self, raw: RawRecord) -> Result<Article, ReadError> {
        let bytes = raw.text.len() as u64;
        if bytes > self.options.max_bytes {
            return Err(ReadError::TooLarge {
                location: raw.location,
                bytes,
                limit: self.options.max_bytes,
            });
        }
        if raw.text.trim().is_empty() {
            return Err(ReadError::Empty {
                location: raw.location,
            });
        }
        Ok(analyse(raw.text, raw.meta, raw.location, raw.diagnostics))
    }
}

impl Iterator for Articles {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(r) = self.records.pop_front() {
                return Some(r.and_then(|raw| self.build(raw)));
            }
            match self.pending.pop_front()? {
                Pending::Input(input) => self.expand(input),
                Pending::File(path, format) => self.load_file(&path, format),
                Pending::Error(e) => return Some(Err(e)),
            }
        }
    }
}

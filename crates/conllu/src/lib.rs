//! Reading and writing CoNLL-U, the Universal Dependencies file format.
//!
//! The format is specified at universaldependencies.org (`format.html`): one line per word,
//! multiword-token range or empty node, ten tab-separated columns (ID, FORM, LEMMA, UPOS, XPOS,
//! FEATS, HEAD, DEPREL, DEPS, MISC), `#` comment lines before each sentence, and a blank line
//! after each sentence.
//!
//! This crate keeps every column as text (an empty column is `_`, as in the file) and only
//! interprets ID and HEAD. Reading is strict about shape (ten columns, well-formed IDs and heads)
//! and reports the 1-based line number of any fault.
//!
//! ```
//! let text = "# text = It rains.\n1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
//!             2\trains\train\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n\
//!             3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
//! let sentences = dyad_conllu::parse_str(text).unwrap();
//! assert_eq!(sentences.len(), 1);
//! let words: Vec<_> = sentences[0].words().map(|w| w.form.as_str()).collect();
//! assert_eq!(words, ["It", "rains", "."]);
//! assert_eq!(sentences[0].text(), Some("It rains."));
//! assert!(!sentences[0].rows[1].space_after());
//! ```

use std::fmt;
use std::io::{self, BufRead, Write};

/// The ID column of a CoNLL-U line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Id {
    /// A syntactic word, numbered from 1 within its sentence.
    Word(u32),
    /// A multiword token spanning words `start..=end` (written `start-end`).
    Range(u32, u32),
    /// An empty node `major.minor` (enhanced dependencies only).
    Empty(u32, u32),
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Id::Word(i) => write!(f, "{i}"),
            Id::Range(a, b) => write!(f, "{a}-{b}"),
            Id::Empty(a, b) => write!(f, "{a}.{b}"),
        }
    }
}

/// One non-comment line of a CoNLL-U sentence, with its ten columns.
///
/// Text columns hold the file's text verbatim; `_` marks an empty column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Column 1.
    pub id: Id,
    /// Column 2: the word or token form.
    pub form: String,
    /// Column 3: lemma.
    pub lemma: String,
    /// Column 4: universal part-of-speech tag.
    pub upos: String,
    /// Column 5: language-specific tag (Penn Treebank tags in EWT).
    pub xpos: String,
    /// Column 6: morphological features.
    pub feats: String,
    /// Column 7: the head word's ID (0 for the root); `None` when `_` (ranges, empty nodes,
    /// or unparsed input).
    pub head: Option<u32>,
    /// Column 8: the universal dependency relation to the head, with any subtype (`nsubj:pass`).
    pub deprel: String,
    /// Column 9: enhanced dependencies.
    pub deps: String,
    /// Column 10: miscellaneous annotations (`SpaceAfter=No`, ...).
    pub misc: String,
}

impl Row {
    /// A word row with the given ID and form and every other column empty (`_`).
    pub fn word(id: u32, form: &str) -> Row {
        Row {
            id: Id::Word(id),
            form: form.to_string(),
            lemma: "_".into(),
            upos: "_".into(),
            xpos: "_".into(),
            feats: "_".into(),
            head: None,
            deprel: "_".into(),
            deps: "_".into(),
            misc: "_".into(),
        }
    }

    /// Whether the row is a syntactic word (not a range or an empty node).
    pub fn is_word(&self) -> bool {
        matches!(self.id, Id::Word(_))
    }

    /// False when MISC holds `SpaceAfter=No`, true otherwise.
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|f| f == "SpaceAfter=No")
    }

    /// The value of a `Key=Value` item of MISC, if present.
    pub fn misc_value(&self, key: &str) -> Option<&str> {
        self.misc
            .split('|')
            .find_map(|f| f.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
    }

    /// The universal part of DEPREL (`nsubj` for `nsubj:pass`).
    pub fn universal_deprel(&self) -> &str {
        self.deprel.split(':').next().unwrap_or("")
    }
}

/// One sentence: its comment lines (without the leading `#`, trimmed) and its rows in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Comment lines, without the `#` and surrounding spaces (e.g. `text = It rains.`).
    pub comments: Vec<String>,
    /// Word, range and empty-node rows, in file order.
    pub rows: Vec<Row>,
}

impl Sentence {
    /// The syntactic words (rows with an integer ID), in order.
    pub fn words(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.is_word())
    }

    /// The value of a `key = value` comment, e.g. `text` or `sent_id`.
    pub fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix(key)?;
            let rest = rest.trim_start();
            rest.strip_prefix('=').map(str::trim)
        })
    }

    /// The `# text = ...` comment.
    pub fn text(&self) -> Option<&str> {
        self.comment_value("text")
    }

    /// Whether the sentence opens a paragraph (`# newpar` comment, with or without an id).
    pub fn is_newpar(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c == "newpar" || c.starts_with("newpar ") || c.starts_with("newpar="))
    }

    /// Whether the sentence opens a document (`# newdoc` comment, with or without an id).
    pub fn is_newdoc(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c == "newdoc" || c.starts_with("newdoc ") || c.starts_with("newdoc="))
    }

    /// The surface tokens of the sentence: each multiword range row, or each word row that no
    /// range covers, in order. Empty nodes are skipped.
    pub fn tokens(&self) -> Vec<&Row> {
        let mut out = Vec::new();
        let mut covered_until = 0u32;
        for row in &self.rows {
            match row.id {
                Id::Range(_, end) => {
                    covered_until = end;
                    out.push(row);
                }
                Id::Word(i) if i > covered_until => out.push(row),
                _ => {}
            }
        }
        out
    }

    /// Checks the sentence's structure: word IDs run 1, 2, ... n in order, every multiword
    /// range `a-b` has 1 <= a < b <= n and comes before word a, every empty node `i.k` has
    /// i <= n, every HEAD is at most n, and no FORM is empty (`_` stands for an empty column).
    ///
    /// # Errors
    /// A message naming the first offending ID.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.words().count() as u32;
        let mut next = 1u32;
        for row in &self.rows {
            if row.form.is_empty() {
                return Err(format!("ID {}: empty FORM column", row.id));
            }
            match row.id {
                Id::Word(i) => {
                    if i != next {
                        return Err(format!("word ID {i} where {next} was expected"));
                    }
                    next += 1;
                }
                Id::Range(a, b) => {
                    if a != next || b <= a || b > n {
                        return Err(format!(
                            "multiword range {a}-{b} does not cover words {next}.. of {n}"
                        ));
                    }
                }
                Id::Empty(i, _) => {
                    if i > n {
                        return Err(format!("empty node {} after the last word {n}", row.id));
                    }
                }
            }
            if let Some(h) = row.head {
                if h > n {
                    return Err(format!(
                        "ID {}: HEAD {h} is not a word of the sentence",
                        row.id
                    ));
                }
            }
        }
        Ok(())
    }
}

/// A fault in CoNLL-U input, with the 1-based line number where it was found.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    /// A line that does not have the CoNLL-U shape.
    #[error("line {line}: {message}")]
    Malformed {
        /// 1-based line number in the input.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The underlying reader failed.
    #[error("line {line}: read error: {source}")]
    Io {
        /// 1-based line number being read.
        line: usize,
        /// The I/O error.
        source: io::Error,
    },
}

fn parse_id(s: &str) -> Option<Id> {
    if let Some((a, b)) = s.split_once('-') {
        return Some(Id::Range(a.parse().ok()?, b.parse().ok()?));
    }
    if let Some((a, b)) = s.split_once('.') {
        return Some(Id::Empty(a.parse().ok()?, b.parse().ok()?));
    }
    s.parse().ok().map(Id::Word)
}

/// Parses one non-comment, non-blank line.
///
/// # Errors
/// [`ConlluError::Malformed`] when the line does not have ten tab-separated columns, or the ID
/// or HEAD column is not well formed.
pub fn parse_row(line: &str, line_no: usize) -> Result<Row, ConlluError> {
    let bad = |message: String| ConlluError::Malformed {
        line: line_no,
        message,
    };
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(bad(format!(
            "expected 10 tab-separated columns, found {}",
            cols.len()
        )));
    }
    let id = parse_id(cols[0]).ok_or_else(|| bad(format!("bad ID column {:?}", cols[0])))?;
    let head = match cols[6] {
        "_" => None,
        h => Some(
            h.parse::<u32>()
                .map_err(|_| bad(format!("bad HEAD column {h:?}")))?,
        ),
    };
    Ok(Row {
        id,
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: cols[5].to_string(),
        head,
        deprel: cols[7].to_string(),
        deps: cols[8].to_string(),
        misc: cols[9].to_string(),
    })
}

/// Streams sentences from a buffered reader.
pub struct Reader<R> {
    input: R,
    line_no: usize,
    buf: String,
}

impl<R: BufRead> Reader<R> {
    /// A reader over CoNLL-U text.
    pub fn new(input: R) -> Self {
        Reader {
            input,
            line_no: 0,
            buf: String::new(),
        }
    }

    /// The next sentence, `None` at the end of input.
    ///
    /// # Errors
    /// [`ConlluError`] with the line number of a malformed line or a read failure. A final
    /// sentence without its blank line is accepted.
    pub fn next_sentence(&mut self) -> Result<Option<Sentence>, ConlluError> {
        let mut sentence = Sentence::default();
        loop {
            self.buf.clear();
            self.line_no += 1;
            let n = self
                .input
                .read_line(&mut self.buf)
                .map_err(|source| ConlluError::Io {
                    line: self.line_no,
                    source,
                })?;
            if n == 0 {
                return Ok((!sentence.rows.is_empty() || !sentence.comments.is_empty())
                    .then_some(sentence));
            }
            let line = self.buf.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                if sentence.rows.is_empty() && sentence.comments.is_empty() {
                    continue;
                }
                return Ok(Some(sentence));
            }
            if let Some(comment) = line.strip_prefix('#') {
                sentence.comments.push(comment.trim().to_string());
            } else {
                match parse_row(line, self.line_no) {
                    Ok(row) => sentence.rows.push(row),
                    Err(err) => {
                        // Skip the rest of the sentence so that reading can go on after it.
                        self.skip_sentence();
                        return Err(err);
                    }
                }
            }
        }
    }
}

impl<R: BufRead> Reader<R> {
    /// Number of lines read so far: after a sentence, the line number of its closing blank line
    /// (or of its last line at the end of input).
    pub fn lines_read(&self) -> usize {
        self.line_no
    }

    /// Consumes lines up to and including the next blank line (or the end of input).
    fn skip_sentence(&mut self) {
        loop {
            self.buf.clear();
            match self.input.read_line(&mut self.buf) {
                Ok(0) | Err(_) => return,
                Ok(_) => {
                    self.line_no += 1;
                    if self.buf.trim().is_empty() {
                        return;
                    }
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Sentence, ConlluError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_sentence().transpose()
    }
}

/// Parses a whole CoNLL-U text.
///
/// # Errors
/// The first [`ConlluError`] met.
pub fn parse_str(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    Reader::new(text.as_bytes()).collect()
}

/// Writes one sentence (comments, rows, then a blank line).
///
/// # Errors
/// Any error of the writer.
pub fn write_sentence<W: Write>(out: &mut W, sentence: &Sentence) -> io::Result<()> {
    for c in &sentence.comments {
        writeln!(out, "# {c}")?;
    }
    for r in &sentence.rows {
        let head = r.head.map_or_else(|| "_".to_string(), |h| h.to_string());
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            r.id, r.form, r.lemma, r.upos, r.xpos, r.feats, head, r.deprel, r.deps, r.misc
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar\n# sent_id = s1\n# text = Venezuela's army can't.\n\
1-2\tVenezuela's\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tVenezuela\tVenezuela\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n\
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n\
3\tarmy\tarmy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n\
4-5\tcan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
4\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n\
5\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
5.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_\n\
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_ranges_empty_nodes_and_comments() {
        let s = parse_str(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert!(s.is_newdoc() && s.is_newpar());
        assert_eq!(s.comment_value("sent_id"), Some("s1"));
        assert_eq!(s.words().count(), 6);
        let toks: Vec<_> = s.tokens().iter().map(|r| r.form.as_str()).collect();
        assert_eq!(toks, ["Venezuela's", "army", "can't", "."]);
        assert_eq!(s.rows[0].id, Id::Range(1, 2));
        assert_eq!(s.rows[7].id, Id::Empty(5, 1));
        assert_eq!(s.rows[1].universal_deprel(), "nmod");
        assert!(!s.rows[4].space_after());
    }

    #[test]
    fn round_trips() {
        let s = parse_str(SAMPLE).unwrap();
        let mut out = Vec::new();
        write_sentence(&mut out, &s[0]).unwrap();
        let again = parse_str(std::str::from_utf8(&out).unwrap()).unwrap();
        assert_eq!(again, s);
    }

    #[test]
    fn validate_finds_structural_faults() {
        assert!(parse_str(SAMPLE).unwrap()[0].validate().is_ok());
        let gap = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n";
        let err = parse_str(gap).unwrap()[0].validate().unwrap_err();
        assert!(err.contains("word ID 3 where 2"), "{err}");
        let range = "1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\
                     2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n";
        let err = parse_str(range).unwrap()[0].validate().unwrap_err();
        assert!(err.contains("1-3"), "{err}");
        let empty = "1\t\ta\tX\tX\t_\t0\troot\t_\t_\n\n";
        let err = parse_str(empty).unwrap()[0].validate().unwrap_err();
        assert!(err.contains("empty FORM"), "{err}");
        let head = "1\ta\ta\tX\tX\t_\t4\troot\t_\t_\n\n";
        let err = parse_str(head).unwrap()[0].validate().unwrap_err();
        assert!(err.contains("HEAD 4"), "{err}");
    }

    #[test]
    fn reading_goes_on_after_a_bad_row() {
        let text = "1\ta\tb\n2\tx\n\n1\tok\tok\tX\tX\t_\t0\troot\t_\t_\n\n";
        let mut reader = Reader::new(text.as_bytes());
        let first = reader.next_sentence().unwrap_err();
        assert!(first.to_string().starts_with("line 1:"), "{first}");
        let second = reader.next_sentence().unwrap().unwrap();
        assert_eq!(second.rows[0].form, "ok");
        assert!(reader.next_sentence().unwrap().is_none());
    }

    #[test]
    fn reports_line_of_bad_rows() {
        let err = parse_str("1\ta\tb\n").unwrap_err();
        assert!(err.to_string().starts_with("line 1:"), "{err}");
        let err = parse_str("# c\n1\ta\ta\tX\tX\t_\tx\tdep\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("line 2: bad HEAD"), "{err}");
        let err = parse_str("\n\nz\ta\ta\tX\tX\t_\t0\tdep\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("line 3: bad ID"), "{err}");
    }
}

//! Tokenisation into Universal Dependencies English tokens and words, following the
//! conventions of the English Web Treebank (EWT) as released in UD 2.x:
//!
//! - punctuation is split off words; runs of one mark stay one token ("...", "!!!", "?!", "--");
//! - clitics make multiword tokens: "Venezuela's" = "Venezuela" + "'s", "don't" = "do" + "n't",
//!   "can't" = "ca" + "n't", "parents'" = "parents" + "'", "cannot" = "can" + "not",
//!   "gonna" = "gon" + "na";
//! - hyphens between words are split off ("long-term" = "long" "-" "term") except after the
//!   affixes EWT keeps ("e-mail", "non-violent", "pre-war", "anti-American", "co-workers");
//! - URLs, e-mail addresses, file names, phone numbers, dates ("10/20/2004"), times ("5:00"),
//!   decimals and thousands ("3,202.61") and abbreviations ("U.S.", "Gen.", "p.m.") stay whole;
//!   the final period of an abbreviation that ends a sentence is its own token ("U.S.A" ".");
//! - "$" and "#" before a number, "%" after it, and unit words glued to numbers ("5kg",
//!   "10am") are split off.

use std::ops::Range;

use crate::abbrev;

/// A surface token: what a reader sees as one unit between spaces and punctuation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Token {
    /// Byte span in the text given to [`tokenize`].
    pub span: Range<usize>,
    /// The token's text (the text at `span`).
    pub form: String,
    /// Its syntactic words; more than one makes a CoNLL-U multiword token. A single word has
    /// the token's span and form.
    pub words: Vec<Word>,
}

impl Token {
    /// Whether the token is a CoNLL-U multiword token (more than one word).
    pub fn is_multiword(&self) -> bool {
        self.words.len() > 1
    }
}

/// A syntactic word, part of a [`Token`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Word {
    /// Byte span (in the text given to [`tokenize`]) of the part of the token it comes from.
    pub span: Range<usize>,
    /// The word's form (the text at `span`).
    pub form: String,
}

/// UD-style tokens of one sentence `range` of `text` (normalised text, see
/// [`crate::Normalized`]), with byte spans into `text`, in order and non-overlapping.
///
/// White space separates tokens and is never part of one. The last chunk of the range is
/// treated as the sentence end (a final abbreviation period is split off).
///
/// # Panics
/// Never for a `range` within `text` on char boundaries; a range outside `text` panics as
/// slicing does.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    thread_local! {
        // Reused span buffer: one allocation per thread, not per sentence.
        static SPANS: std::cell::RefCell<Vec<TokenSpan>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SPANS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut spans) => {
            spans.clear();
            tokenize_spans(text, range.clone(), &mut spans);
            to_tokens(text, &spans)
        }
        Err(_) => {
            let mut spans = Vec::new();
            tokenize_spans(text, range.clone(), &mut spans);
            to_tokens(text, &spans)
        }
    })
}

/// Owned tokens from spans.
fn to_tokens(text: &str, spans: &[TokenSpan]) -> Vec<Token> {
    spans
        .iter()
        .map(|t| {
            let form = text[t.start..t.end].to_string();
            let words = match t.clitic {
                None => vec![Word {
                    span: t.start..t.end,
                    form: form.clone(),
                }],
                Some(cut) => vec![
                    Word {
                        span: t.start..cut,
                        form: text[t.start..cut].to_string(),
                    },
                    Word {
                        span: cut..t.end,
                        form: text[cut..t.end].to_string(),
                    },
                ],
            };
            Token {
                span: t.start..t.end,
                form,
                words,
            }
        })
        .collect()
}

/// A token as bare byte offsets: what [`tokenize_spans`] gives, without allocation per token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TokenSpan {
    /// Start byte of the token in the text given to [`tokenize_spans`].
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// For a two-word multiword token, the byte where its second word starts ("Venezuela's":
    /// the offset of "'s"); `None` for a single-word token.
    pub clitic: Option<usize>,
}

impl TokenSpan {
    /// Byte spans of the token's syntactic words (one or two).
    pub fn word_spans(&self) -> impl Iterator<Item = Range<usize>> + use<> {
        let (start, end) = (self.start, self.end);
        let (first, second) = match self.clitic {
            None => (start..end, None),
            Some(cut) => (start..cut, Some(cut..end)),
        };
        std::iter::once(first).chain(second)
    }
}

/// The tokens of one sentence `range` of `text` as bare spans, appended to `out` (which is
/// not cleared). Same tokens as [`tokenize`], for hot paths that do not need owned forms.
///
/// # Panics
/// Never for a `range` within `text` on char boundaries; a range outside `text` panics as
/// slicing does.
pub fn tokenize_spans(text: &str, range: Range<usize>, out: &mut Vec<TokenSpan>) {
    let s = &text[range.clone()];
    let mut pos = 0;
    let mut cur = next_chunk(s, &mut pos);
    let mut t = Tokenizer { text, out };
    while let Some((a, b)) = cur {
        let next = next_chunk(s, &mut pos);
        let next_digit = next.is_some_and(|(c, _)| s.as_bytes()[c].is_ascii_digit());
        t.chunk(range.start + a, range.start + b, next.is_none(), next_digit);
        cur = next;
    }
}

/// The next white-space-free chunk of `s` from byte `*pos` on; advances `*pos` past it.
fn next_chunk(s: &str, pos: &mut usize) -> Option<(usize, usize)> {
    let sb = s.as_bytes();
    let mut i = *pos;
    let mut start = None;
    while i < sb.len() {
        let b = sb[i];
        let (space, len) = if b < 0x80 {
            (b.is_ascii_whitespace() || b == 0x0B, 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        match (space, start) {
            (true, Some(st)) => {
                *pos = i;
                return Some((st, i));
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    *pos = sb.len();
    start.map(|st| (st, sb.len()))
}

struct Tokenizer<'a, 'o> {
    text: &'a str,
    out: &'o mut Vec<TokenSpan>,
}

/// Marks that open: split off the front of a chunk.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '<' | '"' | '`' | '*' | '\u{AB}' | '\u{2039}' | '\u{BF}' | '\u{A1}'
    )
}

/// Marks that close or end: split off the back of a chunk.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '>' | '"' | '*' | ',' | ';' | ':' | '\u{BB}' | '\u{203A}' | '`'
    )
}

/// Marks split off wherever they are inside a chunk.
fn is_always_split(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | ';'
            | '!'
            | '?'
            | '<'
            | '>'
            | '*'
            | '|'
            | '='
            | '~'
            | '^'
            | '\u{AB}'
            | '\u{BB}'
    )
}

const URL_STARTS: &[&str] = &[
    "http://", "https://", "ftp://", "www.", "mailto:", "file://",
];

/// Top-level domains and file extensions that mark "word.tld" as one token.
const DOMAIN_ENDS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca",
    "de", "fr", "ve", "nz", "au", "in", "doc", "docx", "xls", "xlsx", "pdf", "txt", "htm", "html",
    "jpg", "jpeg", "png", "gif", "zip", "ppt", "pptx", "mp3", "mp4", "exe", "url", "csv",
];

/// File extensions (a subset of [`DOMAIN_ENDS`]): "12-20-00.doc" is one token.
const FILE_EXTENSIONS: &[&str] = &[
    "doc", "docx", "xls", "xlsx", "pdf", "txt", "ppt", "pptx", "csv",
];

/// Affixes after which EWT keeps a hyphenated word whole ("e-mail", "non-violent").
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "arch", "bi", "co", "counter", "cross", "e", "ex", "extra", "inter-", "intra", "macro",
    "micro", "mid", "multi", "neo", "non", "over", "post", "pre", "pro", "psycho", "re", "semi",
    "socio", "sub", "super", "trans", "ultra", "un", "vice",
];

/// Unit words that EWT splits from a number glued to them ("5kg", "10am").
const UNITS: &[&str] = &[
    "am", "b", "bn", "cm", "ft", "gb", "hh", "hr", "hrs", "k", "kb", "kg", "km", "kw", "lb", "lbs",
    "m", "mb", "mg", "mi", "min", "mins", "ml", "mm", "mph", "mw", "mwh", "pm", "sec", "secs",
    "yrs",
];

/// Words written without their apostrophe that EWT splits into two words: (form, split).
const GLUED: &[(&str, usize)] = &[
    ("aint", 2),
    ("arent", 3),
    ("cannot", 3),
    ("cant", 2),
    ("couldnt", 5),
    ("didnt", 3),
    ("doesnt", 4),
    ("dont", 2),
    ("gimme", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("hadnt", 3),
    ("hasnt", 3),
    ("havent", 4),
    ("im", 1),
    ("isnt", 2),
    ("ive", 1),
    ("lemme", 3),
    ("outta", 3),
    ("shouldnt", 6),
    ("thats", 4),
    ("theres", 5),
    ("theyre", 4),
    ("wanna", 3),
    ("wasnt", 3),
    ("werent", 4),
    ("whats", 4),
    ("wont", 2),
    ("wouldnt", 5),
    ("youre", 3),
];

/// Clitics after an apostrophe (lower case, apostrophe included).
const CLITICS: &[&str] = &["'s", "'m", "'re", "'ve", "'ll", "'d", "`s"];

/// Words that keep a leading apostrophe ("'em", "'90s").
const APOSTROPHE_WORDS: &[&str] = &[
    "'s", "'m", "'re", "'ve", "'ll", "'d", "'em", "'til", "'cause", "'n", "'round", "'bout",
    "'tis", "'twas", "'ol", "'nuff",
];

fn eq_ci(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn ends_with_ci(s: &str, suf: &str) -> bool {
    s.len() >= suf.len()
        && s.is_char_boundary(s.len() - suf.len())
        && s[s.len() - suf.len()..].eq_ignore_ascii_case(suf)
}

fn starts_with_ci(s: &str, pre: &str) -> bool {
    s.len() >= pre.len()
        && s.is_char_boundary(pre.len())
        && s[..pre.len()].eq_ignore_ascii_case(pre)
}

/// Length in bytes of a run of `.`, `!` and `?` at the start of `s` that holds a `!` or `?`
/// ("?!", ".?", "!?????!!!!"), or 0.
fn mixed_terminal_run(s: &str) -> usize {
    let n = s
        .bytes()
        .take_while(|b| matches!(b, b'.' | b'!' | b'?'))
        .count();
    if s.as_bytes()[..n].iter().any(|&b| b == b'!' || b == b'?') {
        n
    } else {
        0
    }
}

/// Length in bytes of a run of `.`, `!` and `?` at the end of `s` that holds a `!` or `?`.
fn mixed_terminal_run_back(s: &str) -> usize {
    let b = s.as_bytes();
    let n = b
        .iter()
        .rev()
        .take_while(|&&x| matches!(x, b'.' | b'!' | b'?'))
        .count();
    if b[b.len() - n..].iter().any(|&x| x == b'!' || x == b'?') {
        n
    } else {
        0
    }
}

/// Length in bytes of the run of `c` at the start of `s`.
fn run_len(s: &str, c: char) -> usize {
    s.chars().take_while(|&x| x == c).count() * c.len_utf8()
}

/// Length in bytes of the run of `c` at the end of `s`.
fn run_len_back(s: &str, c: char) -> usize {
    s.chars().rev().take_while(|&x| x == c).count() * c.len_utf8()
}

/// A cheap test before [`url_start`]: the first byte of every URL start.
fn may_be_url(s: &str) -> bool {
    matches!(
        s.as_bytes().first(),
        Some(b'h' | b'H' | b'f' | b'F' | b'w' | b'W' | b'm' | b'M')
    )
}

/// Whether `s` starts a URL or an e-mail address.
pub(crate) fn url_start(s: &str) -> bool {
    may_be_url(s) && URL_STARTS.iter().any(|p| starts_with_ci(s, p))
}

/// Whether the whole of `s` (no leading/trailing punctuation) is a URL, e-mail address,
/// domain or file name.
fn is_url_like(s: &str) -> bool {
    if url_start(s) || s.contains("://") {
        return true;
    }
    if let Some(at) = s.find('@') {
        let (user, host) = (&s[..at], &s[at + 1..]);
        let user_ok = user.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
        });
        if !user_ok || host.is_empty() {
            return false;
        }
        // "Traci Warner@ENRON": mail system addresses without a domain.
        if !user.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return user.bytes().all(|b| b.is_ascii_alphanumeric());
        }
        return host.contains('.')
            && !host.ends_with('.')
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_');
    }
    // word.word.tld / file.ext
    if let Some(dot) = s.rfind('.') {
        let ext = &s[dot + 1..];
        let head = &s[..dot];
        if head.len() >= 2
            && !head.ends_with('.')
            && DOMAIN_ENDS.iter().any(|d| eq_ci(d, ext))
            && head
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'#' | b'/'))
            && (head.bytes().any(|b| b.is_ascii_alphabetic()) || FILE_EXTENSIONS.contains(&ext))
            && !abbrev::is_dotted_letters(s)
        {
            return true;
        }
    }
    false
}

/// Phone numbers and dashed dates kept whole: 713-853-3989, 853-3989, 02-05-02, 2022-10-07.
fn is_dashed_number(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    matches!(
        lens.as_slice(),
        [3, 3, 4] | [3, 4] | [1, 4] | [1, 3, 3, 4] | [5, 4] | [4, 2, 2]
    ) || (lens.len() == 3 && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4))
}

/// Slashed dates and "9/11" kept whole: 11/28/2000, 5/18; "1/2" is split.
fn is_slashed_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    match parts.as_slice() {
        [m, d, _] => m.len() <= 2 && d.len() <= 2,
        [m, d] => m.len() <= 2 && d.len() == 2,
        _ => false,
    }
}

/// Emoticons recognised at the start of a chunk ("lingerie :-).").
const EMOTICONS: &[&str] = &[":-)", ":-(", ";-)", ":-D", ":-P", ":-/", ":)", ":(", ";)"];

/// Whether `s` is an emoticon kept whole.
fn is_emoticon(s: &str) -> bool {
    if s.len() > 3
        || !matches!(
            s.as_bytes().first(),
            Some(b':' | b';' | b'=' | b'<' | b'^' | b'X')
        )
    {
        return false;
    }
    matches!(
        s,
        ":)" | ":-)"
            | ":("
            | ":-("
            | ";)"
            | ";-)"
            | ":D"
            | ":-D"
            | ":P"
            | ":-P"
            | ":p"
            | ":-p"
            | ":/"
            | ":-/"
            | "=)"
            | "<3"
            | "^_^"
            | ":o"
            | ":O"
            | ":'("
            | "XD"
            | ":))"
            | ":(("
    )
}

impl Tokenizer<'_, '_> {
    fn push(&mut self, a: usize, b: usize) {
        self.out.push(TokenSpan {
            start: a,
            end: b,
            clitic: None,
        });
    }

    fn push_words(&mut self, a: usize, b: usize, cut: usize) {
        self.out.push(TokenSpan {
            start: a,
            end: b,
            clitic: Some(cut),
        });
    }

    /// Tokenises one white-space-free chunk `lo..hi`.
    fn chunk(&mut self, lo: usize, hi: usize, last: bool, next_digit: bool) {
        let text = self.text;
        let whole = &text[lo..hi];
        if whole.bytes().all(|b| b.is_ascii_alphabetic()) {
            // The common case: a plain word.
            self.emit_piece(lo, hi);
            return;
        }
        if is_emoticon(whole) {
            self.push(lo, hi);
            return;
        }
        // Leading marks.
        let mut a = lo;
        let mut opened_single = false;
        while a < hi {
            let rest = &text[a..hi];
            let Some(c) = rest.chars().next() else { break };
            if c.is_alphanumeric() {
                break;
            }
            let next = rest[c.len_utf8()..].chars().next();
            if let Some(e) = EMOTICONS.iter().find(|e| {
                rest.starts_with(**e)
                    && rest[e.len()..]
                        .chars()
                        .next()
                        .is_none_or(|x| !x.is_alphanumeric())
            }) {
                self.push(a, a + e.len());
                a += e.len();
                continue;
            }
            let len = match c {
                '\'' => {
                    if APOSTROPHE_WORDS.iter().any(|w| {
                        starts_with_ci(rest, w)
                            && rest[w.len()..]
                                .chars()
                                .next()
                                .is_none_or(|x| !x.is_alphanumeric())
                    }) || (rest.len() >= 3
                        && rest.as_bytes()[1].is_ascii_digit()
                        && rest.as_bytes()[2].is_ascii_digit())
                    {
                        break;
                    }
                    opened_single = true;
                    run_len(rest, '\'')
                }
                c if is_opening(c) => run_len(rest, c),
                '$' if rest.starts_with("$$") => run_len(rest, '$'),
                '$' | '#' | '\u{20AC}' | '\u{A3}' | '\u{A5}' if next.is_some() => {
                    if next.is_some_and(|n| n.is_ascii_digit() || n == '.') {
                        c.len_utf8()
                    } else {
                        break;
                    }
                }
                '-' | '=' if next.is_some() => {
                    rest.bytes().take_while(|&b| b == b'-' || b == b'=').count()
                }
                '.' | '!' | '?' if mixed_terminal_run(rest) > 0 => mixed_terminal_run(rest),
                '.' if rest.starts_with("..") => run_len(rest, '.'),
                ',' | ';' | '!' | '?' | ')' | ']' | '}' | '>' | '\u{BB}' => run_len(rest, c),
                ':' if next.is_some_and(|n| n.is_alphanumeric()) => 1,
                _ => break,
            };
            self.push(a, a + len);
            a += len;
        }
        // Trailing marks (collected back to front).
        let mut b = hi;
        let mut tail: Vec<(usize, usize)> = Vec::new();
        while b > a {
            let core = &text[a..b];
            if may_be_url(core) && url_start(core) {
                let strip = core.ends_with([',', '.', ';', ':', '!', '?', '"', '>', '\''])
                    || core.ends_with(')') && !core.contains('(')
                    || core.ends_with(']') && !core.contains('[');
                if !strip {
                    break;
                }
            }
            let Some(c) = core.chars().next_back() else {
                break;
            };
            let len = match c {
                '!' | '?' => mixed_terminal_run_back(core),
                '#' => 1,
                '\'' => {
                    let before = &core[..core.len() - 1];
                    if !opened_single
                        && before.len() >= 2
                        && before.ends_with(['s', 'S'])
                        && before
                            .chars()
                            .all(|x| x.is_alphanumeric() || x == '.' || x == '-')
                    {
                        break; // possessive plural: a multiword token, see split_clitics
                    }
                    run_len_back(core, '\'')
                }
                '.' => {
                    let dots = run_len_back(core, '.');
                    let mixed = mixed_terminal_run_back(core);
                    if mixed > 0 {
                        mixed
                    } else if dots == 2
                        && last
                        && abbrev::classify(&core[..core.len() - 2], next_digit).is_some()
                    {
                        // "CCNG, Inc.." at a sentence end: the abbreviation keeps its period.
                        1
                    } else if dots >= 2 {
                        dots
                    } else {
                        let word = &core[..core.len() - 1];
                        if word.is_empty() {
                            1
                        } else if last && tail.iter().all(|&(x, y)| !text[x..y].contains('.')) {
                            // The period that ends the sentence is its own token.
                            1
                        } else if abbrev::classify(word, next_digit).is_some()
                            || is_url_like(word)
                            || word.contains('.')
                                && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
                        {
                            break;
                        } else {
                            1
                        }
                    }
                }
                '-' | '=' => core
                    .bytes()
                    .rev()
                    .take_while(|&b| b == b'-' || b == b'=')
                    .count(),
                c if is_closing(c) => {
                    if c == ':'
                        && core.len() > 1
                        && core.is_char_boundary(core.len() - 2)
                        && is_emoticon(&core[core.len() - 2..])
                    {
                        break;
                    }
                    run_len_back(core, c)
                }
                _ => break,
            };
            tail.push((b - len, b));
            b -= len;
        }
        if a < b {
            self.core(a, b);
        }
        for &(x, y) in tail.iter().rev() {
            self.push(x, y);
        }
    }

    /// Splits the core of a chunk (no leading or trailing marks) at inner punctuation.
    fn core(&mut self, a: usize, b: usize) {
        let text = self.text;
        let core = &text[a..b];
        let cb = core.as_bytes();
        if cb.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'\'')
            || !cb.is_ascii()
                && core
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '\'' || is_mark(c))
        {
            // No inner punctuation to look at.
            self.emit_piece(a, b);
            return;
        }
        let has = |x: u8| cb.contains(&x);
        if (has(b'.') || has(b'@') || has(b':') || has(b'/')) && is_url_like(core)
            || is_emoticon(core)
        {
            self.push(a, b);
            return;
        }
        let keep_dashes = has(b'-') && is_dashed_number(core);
        let keep_slashes = has(b'/') && is_slashed_date(core)
            || core.len() <= 5
                && (eq_ci(core, "w/o")
                    || eq_ci(core, "b/c")
                    || eq_ci(core, "w/out")
                    || eq_ci(core, "w/"));
        let mut seg = 0; // start of the current piece, relative to a
        let mut i = 0;
        while i < core.len() {
            let c = core[i..].chars().next().unwrap_or(' ');
            let cl = c.len_utf8();
            let prev = core[..i].chars().next_back();
            let next = core[i + cl..].chars().next();
            let digit_both = prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            // How many bytes to split off as a token at i (0: no split here).
            let split = match c {
                c if is_always_split(c) => {
                    if c == '!' || c == '?' {
                        mixed_terminal_run(&core[i..])
                    } else {
                        run_len(&core[i..], c)
                    }
                }
                ',' | ':' => {
                    if digit_both {
                        0
                    } else {
                        1
                    }
                }
                '.' => {
                    let r = run_len(&core[i..], '.');
                    let m = mixed_terminal_run(&core[i..]);
                    let glued = cb.get(i + 1).is_some_and(u8::is_ascii_uppercase)
                        && cb.get(i + 2).is_some_and(u8::is_ascii_lowercase)
                        && i >= seg + 2
                        && core[seg..i].bytes().all(|b| b.is_ascii_lowercase());
                    if m > 0 {
                        m
                    } else if r >= 2 || glued {
                        r
                    } else {
                        0
                    }
                }
                '-' => {
                    let r = core[i..]
                        .bytes()
                        .take_while(|&b| b == b'-' || b == b'=')
                        .count();
                    if r >= 2 {
                        r
                    } else if keep_dashes {
                        0
                    } else {
                        let left = &core[seg..i];
                        let alnum_around = prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphanumeric);
                        if alnum_around
                            && HYPHEN_PREFIXES.iter().any(|p| eq_ci(p, left))
                            && (next.is_some_and(char::is_alphabetic) || eq_ci(left, "mid"))
                        {
                            0
                        } else {
                            1
                        }
                    }
                }
                '/' => {
                    if keep_slashes {
                        0
                    } else {
                        1
                    }
                }
                '$' if next == Some('$') => run_len(&core[i..], '$'),
                '$' | '\u{20AC}' | '\u{A3}' => {
                    if next.is_some_and(|n| n.is_ascii_digit()) {
                        // "US$4.5": the currency (with its prefix) is one token.
                        let end = i + cl;
                        self.emit_piece(a + seg, a + end);
                        seg = end;
                        i = end;
                        continue;
                    }
                    cl
                }
                // "@handle" stays whole.
                '@' if i == 0 && next.is_some_and(char::is_alphanumeric) => 0,
                '%' | '@' => cl,
                '#' => {
                    if next.is_some_and(|n| n.is_ascii_digit()) {
                        cl
                    } else {
                        0
                    }
                }
                '&' | '+' | '\'' | '_' | '`' => 0,
                c if c.is_alphanumeric() => 0,
                c if is_mark(c) => 0,
                _ => cl,
            };
            if split == 0 {
                i += cl;
                continue;
            }
            if seg < i {
                self.emit_piece(a + seg, a + i);
            }
            self.push(a + i, a + i + split);
            i += split;
            seg = i;
        }
        if seg < core.len() {
            self.emit_piece(a + seg, a + core.len());
        }
    }

    /// Emits one piece: a number glued to a unit is split, clitics make multiword tokens.
    fn emit_piece(&mut self, a: usize, b: usize) {
        let w = &self.text[a..b];
        // Number + unit.
        let digits = w
            .bytes()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b':'))
            .count();
        if digits > 0 && digits < w.len() && w.as_bytes()[0].is_ascii_digit() {
            let unit = &w[digits..];
            let unit_ok =
                UNITS.binary_search(&unit).is_ok() || matches!(unit, "AM" | "PM" | "K" | "M");
            let clock = w[..digits].contains(':');
            if unit_ok
                && !w[..digits].ends_with(['.', ',', ':'])
                && (!clock || eq_ci(unit, "am") || eq_ci(unit, "pm"))
            {
                self.push(a, a + digits);
                self.push(a + digits, b);
                return;
            }
        }
        match clitic_split(w) {
            Some(cut) => self.push_words(a, b, a + cut),
            None => self.push(a, b),
        }
    }
}

/// Whether `c` is a combining mark (kept inside words).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}' | '\u{FE0F}')
}

/// Where the word `w` splits into host and clitic (byte offset in `w`), if it does.
fn clitic_split(w: &str) -> Option<usize> {
    let n = w.len();
    let apostrophe = w.bytes().any(|b| b == b'\'' || b == b'`');
    if !apostrophe {
        return glued_split(w);
    }
    if n > 3 && ends_with_ci(w, "n't") {
        let stem = &w[..n - 3];
        if stem.chars().next_back().is_some_and(char::is_alphabetic) {
            return Some(n - 3);
        }
    }
    for cl in CLITICS {
        if n > cl.len() && ends_with_ci(w, cl) {
            let stem = &w[..n - cl.len()];
            if stem
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '&' || c == '.')
            {
                return Some(n - cl.len());
            }
        }
    }
    if n > 2 && w.ends_with('\'') && (w.as_bytes()[n - 2] == b's' || w.as_bytes()[n - 2] == b'S') {
        return Some(n - 1);
    }
    None
}

/// Up to eight ASCII bytes, lower-cased, packed big-endian into a `u64` (so that the order of
/// keys is the order of the strings).
fn pack_lower(b: &[u8]) -> u64 {
    let mut k = 0u64;
    for i in 0..8 {
        k = (k << 8) | u64::from(b.get(i).map_or(0, u8::to_ascii_lowercase));
    }
    k
}

/// [`GLUED`] as packed keys, sorted.
fn glued_keys() -> &'static [(u64, usize)] {
    static KEYS: std::sync::OnceLock<Vec<(u64, usize)>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut v: Vec<(u64, usize)> = GLUED
            .iter()
            .map(|(f, cut)| (pack_lower(f.as_bytes()), *cut))
            .collect();
        v.sort_unstable();
        v
    })
}

/// Where a word written without its apostrophe ("dont", "gonna") splits, if it does.
fn glued_split(w: &str) -> Option<usize> {
    let n = w.len();
    if (2..=8).contains(&n) && w.bytes().all(|c| c.is_ascii_alphabetic()) {
        // All-caps two-letter forms ("IM") are acronyms, not glued clitics.
        if n <= 2 && w.bytes().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let key = pack_lower(w.as_bytes());
        let keys = glued_keys();
        if let Ok(k) = keys.binary_search_by(|(f, _)| f.cmp(&key)) {
            return Some(keys[k].1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| {
                if t.words.len() > 1 {
                    let w: Vec<_> = t.words.iter().map(|w| w.form.as_str()).collect();
                    format!("{}={}", t.form, w.join("+"))
                } else {
                    t.form
                }
            })
            .collect()
    }

    #[test]
    fn tables_sorted() {
        assert!(GLUED.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(UNITS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn basic() {
        assert_eq!(
            forms("Venezuela's army can't (really) go."),
            [
                "Venezuela's=Venezuela+'s",
                "army",
                "can't=ca+n't",
                "(",
                "really",
                ")",
                "go",
                "."
            ]
        );
    }
}

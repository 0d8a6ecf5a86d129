//! Discard lists: phrases whose presence keeps a sentence (or a whole story) from being coded,
//! for instance sports reports and historical chronologies.
//!
//! Format (openeventdata/petrarch2 `docs/source/dictionaries.rst`, "Discard List"): one phrase
//! a line; a leading `+` makes it a story-level discard; a trailing `_` requires the match to
//! end at a blank or punctuation mark, otherwise the phrase also matches as a stem (`BASEBALL`
//! matches `BASEBALLS`). A phrase matches where it occurs after a blank, ignoring case.
//! Comments: `#`, legacy `;`, `<!-- ... -->`.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Diagnostic, PetrarchError, Severity, first_error};
use crate::source::{dictionary_lines, read_text};

/// Whether a discard phrase drops a sentence or a whole story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiscardLevel {
    /// The sentence that contains the phrase is not coded.
    Sentence,
    /// No sentence of the story that contains the phrase is coded (`+` prefix).
    Story,
}

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscardPhrase {
    /// The phrase in upper case, blanks collapsed to single spaces, without `+` and `_`.
    pub phrase: String,
    /// Sentence- or story-level.
    pub level: DiscardLevel,
    /// True when the phrase ended in `_`: the match must end at a blank, punctuation or the
    /// end of the text.
    pub whole_word: bool,
    /// 1-based line number.
    pub line: usize,
}

/// The phrase that discarded a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiscardMatch<'a> {
    /// The phrase that matched.
    pub phrase: &'a DiscardPhrase,
    /// Byte offset of the match in the text given to [`DiscardList::check`].
    pub offset: usize,
}

/// A discard list.
#[derive(Debug, Clone, Default)]
pub struct DiscardList {
    /// The file name given to the reader.
    pub file: String,
    /// Problems met while reading.
    pub diagnostics: Vec<Diagnostic>,
    phrases: Vec<DiscardPhrase>,
    /// Per phrase: its words as chars.
    words: Vec<Vec<Vec<char>>>,
    /// Phrase indices by the first char of the phrase.
    by_first: HashMap<char, Vec<usize>>,
}

impl DiscardList {
    /// Reads a discard file.
    ///
    /// # Errors
    /// [`PetrarchError::Io`] when the file cannot be read.
    pub fn read(path: impl AsRef<Path>) -> Result<DiscardList, PetrarchError> {
        let path = path.as_ref();
        let (text, mut diags) = read_text(path)?;
        let mut d = DiscardList::parse(&text, &path.display().to_string());
        diags.append(&mut d.diagnostics);
        d.diagnostics = diags;
        Ok(d)
    }

    /// Parses a discard list from text; `file` names it in diagnostics. An empty list is
    /// valid.
    pub fn parse(text: &str, file: &str) -> DiscardList {
        let mut d = DiscardList {
            file: file.to_string(),
            ..DiscardList::default()
        };
        for line in dictionary_lines(text) {
            let mut t = line.text.as_str();
            if t.is_empty() {
                continue;
            }
            let level = match t.strip_prefix('+') {
                Some(rest) => {
                    t = rest;
                    DiscardLevel::Story
                }
                None => DiscardLevel::Sentence,
            };
            let t = t.trim();
            let whole_word = t.ends_with('_');
            let phrase = t
                .trim_end_matches('_')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_uppercase();
            if phrase.is_empty() {
                d.diagnostics.push(Diagnostic::new(
                    file,
                    line.number,
                    Severity::Error,
                    "empty discard phrase",
                ));
                continue;
            }
            d.push(DiscardPhrase {
                phrase,
                level,
                whole_word,
                line: line.number,
            });
        }
        d
    }

    fn push(&mut self, p: DiscardPhrase) {
        let words: Vec<Vec<char>> = p.phrase.split(' ').map(|w| w.chars().collect()).collect();
        if let Some(&c) = words.first().and_then(|w| w.first()) {
            self.by_first.entry(c).or_default().push(self.phrases.len());
        }
        self.words.push(words);
        self.phrases.push(p);
    }

    /// The phrases in file order.
    pub fn phrases(&self) -> &[DiscardPhrase] {
        &self.phrases
    }

    /// Fails on the first line that had to be skipped.
    ///
    /// # Errors
    /// [`PetrarchError::Syntax`] naming file and line of the first error-severity diagnostic.
    pub fn into_strict(self) -> Result<DiscardList, PetrarchError> {
        first_error(&self.diagnostics)?;
        Ok(self)
    }

    /// The discard phrase found in `text`, giving priority to story-level phrases (as
    /// PETRARCH does), then to the earliest phrase of the file; `None` when no phrase occurs.
    pub fn check(&self, text: &str) -> Option<DiscardMatch<'_>> {
        let upper = normalize(text);
        // Earliest match of every phrase found, scanning start positions in order.
        let mut found: HashMap<usize, usize> = HashMap::new();
        for s in 0..upper.len() {
            if s > 0 && upper[s - 1].is_alphanumeric() {
                continue;
            }
            let Some(cands) = self.by_first.get(&upper[s]) else {
                continue;
            };
            for &i in cands {
                if !found.contains_key(&i)
                    && matches_at(&upper, s, &self.words[i], self.phrases[i].whole_word)
                {
                    found.insert(i, s);
                }
            }
        }
        let best = |level: DiscardLevel| {
            found
                .iter()
                .filter(|(i, _)| self.phrases[**i].level == level)
                .min_by_key(|(i, _)| **i)
                .map(|(i, s)| (*i, *s))
        };
        let (i, s) = best(DiscardLevel::Story).or_else(|| best(DiscardLevel::Sentence))?;
        Some(DiscardMatch {
            phrase: &self.phrases[i],
            offset: original_offset(text, s),
        })
    }

    /// True when a sentence with this text is not coded: any phrase, sentence- or
    /// story-level, occurs in it.
    pub fn discards_sentence(&self, sentence: &str) -> bool {
        self.check(sentence).is_some()
    }

    /// True when a story with this text (all of its sentences) is not coded: a story-level
    /// phrase occurs in it.
    pub fn discards_story(&self, story: &str) -> bool {
        self.check(story)
            .is_some_and(|m| m.phrase.level == DiscardLevel::Story)
    }
}

/// Upper-cases `text` char by char and turns every blank into a space, keeping one char of
/// output per input char so that offsets can be mapped back (chars whose upper case has
/// several chars keep their own form).
fn normalize(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| {
            if c.is_whitespace() {
                ' '
            } else {
                let mut u = c.to_uppercase();
                match (u.next(), u.next()) {
                    (Some(x), None) => x,
                    _ => c,
                }
            }
        })
        .collect()
}

/// Byte offset in `text` of the `char_index`-th char.
fn original_offset(text: &str, char_index: usize) -> usize {
    text.char_indices()
        .nth(char_index)
        .map_or(text.len(), |(b, _)| b)
}

/// Whether the phrase (as words of chars) occurs at char index `s` of `text`; blanks in the
/// phrase match runs of blanks, and a whole-word phrase must end at a non-alphanumeric char
/// or the end of the text.
fn matches_at(text: &[char], s: usize, words: &[Vec<char>], whole_word: bool) -> bool {
    let n = text.len();
    let Some(first) = words.first() else {
        return false;
    };
    if !text[s..].starts_with(first) {
        return false;
    }
    let mut i = s + first.len();
    for w in &words[1..] {
        if i >= n || text[i] != ' ' {
            return false;
        }
        while i < n && text[i] == ' ' {
            i += 1;
        }
        if !text[i..].starts_with(w) {
            return false;
        }
        i += w.len();
    }
    !(whole_word && i < n && text[i].is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    // A small list in the documented format, written for this test.
    const SAMPLE: &str = "\
# sports
CRICKET MATCH   # sentence level
+chess olympiad ; story level
TEAM A_
+
";

    #[test]
    fn reads_levels_and_flags() {
        let d = DiscardList::parse(SAMPLE, "inline");
        assert_eq!(d.phrases().len(), 3);
        assert_eq!(d.phrases()[0].phrase, "CRICKET MATCH");
        assert_eq!(d.phrases()[0].level, DiscardLevel::Sentence);
        assert_eq!(d.phrases()[1].phrase, "CHESS OLYMPIAD");
        assert_eq!(d.phrases()[1].level, DiscardLevel::Story);
        assert!(d.phrases()[2].whole_word);
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(d.diagnostics[0].line, 5);
    }

    #[test]
    fn matches_like_the_documentation() {
        let d = DiscardList::parse(SAMPLE, "inline");
        assert!(d.discards_sentence("The cricket  match was rained off."));
        assert!(d.discards_sentence("Two Cricket Matches were played")); // stem
        assert!(!d.discards_sentence("Minecricket match")); // must start a word
        assert!(!d.discards_story("The cricket match was rained off."));
        let text = "Reports from the Chess Olympiad, day two";
        let m = d.check(text).unwrap();
        assert_eq!(m.phrase.level, DiscardLevel::Story);
        assert_eq!(&text[m.offset..m.offset + 5], "Chess");
        assert!(d.discards_story(text));
        assert!(d.discards_sentence("team A won."));
        assert!(!d.discards_sentence("team alpha won.")); // whole word required
        assert!(d.discards_sentence("it was team A"));
        assert!(d.check("Ministers met in Geneva.").is_none());
    }

    #[test]
    fn story_level_has_priority() {
        let d = DiscardList::parse("MATCH\n+OLYMPIAD\n", "inline");
        let m = d.check("match at the olympiad").unwrap();
        assert_eq!(m.phrase.phrase, "OLYMPIAD");
        assert_eq!(m.offset, 13);
    }
}

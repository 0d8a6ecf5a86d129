//! The model file and the analysis pipeline (truecase, tag, lemmatise, parse).

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use dyad_conllu::{Id, Sentence};
use serde::{Deserialize, Serialize};

use crate::lemma::Lemmatizer;
use crate::parser::{ClassValue, Parser, Tokens, class_values};
use crate::tagger::{Tagger, WordInfo};
use crate::truecase::{
    CaseLexicon, Casing, casing, is_news_headline, is_plain_headline, truecase, truecase_as,
};

/// The first 8 bytes of every dyad syntax model file.
pub const MAGIC: &[u8; 8] = b"DYADSYN\x00";
/// The model format version this build reads and writes. Bumped whenever the layout, the
/// feature templates or the feature hash change.
pub const FORMAT_VERSION: u32 = 1;
/// Header size in bytes: magic (8), format version (u32 LE), payload length (u64 LE),
/// payload checksum (u64 LE, FNV-1a).
const HEADER: usize = 8 + 4 + 8 + 8;

/// Path of the committed model relative to the repository root.
pub const SHIPPED_MODEL_PATH: &str = "models/dyad-en-ewt.model";

/// Errors of loading or saving a model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The model file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The data does not start with [`MAGIC`].
    #[error("{origin}: not a dyad syntax model (the file does not start with the magic bytes)")]
    Magic {
        /// File path or other origin of the bytes.
        origin: String,
    },
    /// The model has another format version.
    #[error(
        "{origin}: model format version {found}, but this dyad reads format version {expected}; \
         retrain the model or use a matching dyad"
    )]
    Version {
        /// File path or other origin of the bytes.
        origin: String,
        /// Version in the file.
        found: u32,
        /// [`FORMAT_VERSION`].
        expected: u32,
    },
    /// The file is shorter or longer than its header says.
    #[error(
        "{origin}: truncated or padded model: header announces {expected} payload bytes, found {found}"
    )]
    Length {
        /// File path or other origin of the bytes.
        origin: String,
        /// Payload length in the header, bytes.
        expected: u64,
        /// Payload bytes present.
        found: u64,
    },
    /// The payload checksum does not match.
    #[error("{origin}: corrupt model (payload checksum mismatch)")]
    Checksum {
        /// File path or other origin of the bytes.
        origin: String,
    },
    /// The payload does not decode or is inconsistent.
    #[error("{origin}: corrupt model payload: {detail}")]
    Corrupt {
        /// File path or other origin of the bytes.
        origin: String,
        /// What is wrong.
        detail: String,
    },
}

/// Everything serialised in the payload.
#[derive(Serialize, Deserialize, Clone, Default)]
struct ModelData {
    /// Free-text description of the training run (data, epochs, seed, dev scores).
    description: String,
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    parser: Parser,
    /// (lowercased word, lowercase count, capitalised-inside-sentence count) from training.
    case_counts: Vec<(String, u32, u32)>,
}

/// A trained English analyser: UPOS/XPOS tagger, lemmatiser and dependency parser.
///
/// Load it with [`Model::load`] or [`Model::shipped`]; analyse a CoNLL-U sentence in place with
/// [`Model::analyse`] or plain word forms with [`Model::analyse_words`].
#[derive(Clone)]
pub struct Model {
    data: ModelData,
    case_lexicon: CaseLexicon,
    /// The parser's values of each tag class.
    classes: Vec<ClassValue>,
}

/// The analysis of one word, borrowing tag and relation names from the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis<'m> {
    /// Universal part-of-speech tag.
    pub upos: &'m str,
    /// Penn Treebank tag (EWT's XPOS).
    pub xpos: &'m str,
    /// Lemma.
    pub lemma: String,
    /// Head word number, 1-based within the sentence; 0 for the root.
    pub head: u32,
    /// Dependency relation with subtype, e.g. `nsubj:pass`.
    pub deprel: &'m str,
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Model {
    fn from_data(mut data: ModelData, origin: &str) -> Result<Model, ModelError> {
        let corrupt = |detail: String| ModelError::Corrupt {
            origin: origin.to_string(),
            detail,
        };
        data.tagger.build().map_err(corrupt)?;
        data.lemmatizer.build();
        data.parser.weights.build().map_err(corrupt)?;
        let p = &data.parser;
        if usize::from(p.weights.n_classes) != p.n_classes()
            || usize::from(p.root) >= p.labels.len()
            || p.labels.len() > 127
        {
            return Err(corrupt("parser classes do not match its labels".into()));
        }
        let case_lexicon = data
            .case_counts
            .iter()
            .map(|(w, l, c)| (w.clone(), (*l, *c)))
            .collect();
        let classes = class_values(&upos_of(&data.tagger.tags));
        Ok(Model {
            data,
            case_lexicon,
            classes,
        })
    }

    /// Decodes a model from the bytes of a model file; `origin` names them in errors.
    ///
    /// # Errors
    /// [`ModelError::Magic`], [`ModelError::Version`] (naming both versions),
    /// [`ModelError::Length`], [`ModelError::Checksum`] or [`ModelError::Corrupt`].
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Model, ModelError> {
        let o = || origin.to_string();
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return Err(ModelError::Magic { origin: o() });
        }
        if bytes.len() < HEADER {
            return Err(ModelError::Length {
                origin: o(),
                expected: 0,
                found: 0,
            });
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(ModelError::Version {
                origin: o(),
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
        let sum = u64::from_le_bytes(bytes[20..28].try_into().expect("8 bytes"));
        let payload = &bytes[HEADER..];
        if payload.len() as u64 != len {
            return Err(ModelError::Length {
                origin: o(),
                expected: len,
                found: payload.len() as u64,
            });
        }
        if checksum(payload) != sum {
            return Err(ModelError::Checksum { origin: o() });
        }
        let data: ModelData = postcard::from_bytes(payload).map_err(|e| ModelError::Corrupt {
            origin: o(),
            detail: e.to_string(),
        })?;
        Model::from_data(data, origin)
    }

    /// Loads a model file.
    ///
    /// # Errors
    /// [`ModelError::Io`] when the file cannot be read, else as [`Model::from_bytes`].
    pub fn load(path: impl AsRef<Path>) -> Result<Model, ModelError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes, &path.display().to_string())
    }

    /// The path [`Model::shipped`] loads from: `$DYAD_MODEL` when set; else
    /// `models/dyad-en-ewt.model` in the source tree this crate was built from, when that file
    /// exists; else the first existing `models/dyad-en-ewt.model` beside the running executable
    /// or in one of its two parent directories (an installed or moved binary with its `models/`
    /// folder); else the source-tree path (so that the load error names it).
    pub fn shipped_path() -> PathBuf {
        if let Some(p) = std::env::var_os("DYAD_MODEL") {
            return PathBuf::from(p);
        }
        let source_tree = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(SHIPPED_MODEL_PATH);
        if source_tree.is_file() {
            return source_tree;
        }
        let beside_exe = std::env::current_exe().ok().and_then(|exe| {
            exe.ancestors()
                .skip(1)
                .take(3)
                .map(|dir| dir.join(SHIPPED_MODEL_PATH))
                .find(|p| p.is_file())
        });
        beside_exe.unwrap_or(source_tree)
    }

    /// Loads the committed English model (trained on UD English EWT) from
    /// [`Model::shipped_path`].
    ///
    /// # Errors
    /// As [`Model::load`].
    pub fn shipped() -> Result<Model, ModelError> {
        Model::load(Model::shipped_path())
    }

    /// The bytes of a model file (header and payload).
    pub fn to_bytes(&self) -> Vec<u8> {
        let payload = postcard::to_allocvec(&self.data).expect("serialising to memory");
        let mut out = Vec::with_capacity(HEADER + payload.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&checksum(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }

    /// Writes the model file.
    ///
    /// # Errors
    /// [`ModelError::Io`] when the file cannot be written.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), ModelError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The description recorded at training time (data, settings, dev scores).
    pub fn description(&self) -> &str {
        &self.data.description
    }

    /// The tagger, the parser and the parser's values of each tag class (for tests).
    #[cfg(test)]
    pub(crate) fn parts(&self) -> (&Tagger, &Parser, &[ClassValue]) {
        (&self.data.tagger, &self.data.parser, &self.classes)
    }

    /// Sizes for reports: (tagger feature rows, tagger weights, parser feature rows, parser
    /// weights).
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        let t = &self.data.tagger.weights;
        let p = &self.data.parser.weights;
        (t.n_rows(), t.n_entries(), p.n_rows(), p.n_entries())
    }

    /// The forms the tagger sees: for a title-case or all-capitals headline, a truecased copy
    /// (capitalised common words lowercased); otherwise the forms themselves.
    pub fn truecase(&self, forms: &[&str]) -> Vec<String> {
        truecase(&self.case_lexicon, forms)
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// Tags the words (class numbers into the tag pair list), using the truecased forms.
    /// Returns the truecased forms, the tagger's word infos of them and the tags.
    pub(crate) fn tag_classes<'a>(
        &self,
        forms: &[&'a str],
    ) -> (Vec<Cow<'a, str>>, Vec<WordInfo>, Vec<u16>) {
        let mode = casing(forms);
        let headline = mode != Casing::Normal && is_plain_headline(forms);
        let cased = truecase_as(&self.case_lexicon, forms, mode);
        let tagger = &self.data.tagger;
        let (infos, mut tags) = if mode == Casing::Normal {
            let infos = tagger.word_infos(forms);
            let tags = tagger.tag_with(forms, &infos);
            (infos, tags)
        } else {
            let cased_refs: Vec<&str> = cased.iter().map(|c| c.as_ref()).collect();
            let infos = tagger.word_infos(&cased_refs);
            let tags = if headline {
                tagger.tag_headline_with(&cased_refs, &infos)
            } else {
                tagger.tag_with(&cased_refs, &infos)
            };
            (infos, tags)
        };
        if mode != Casing::Normal && is_news_headline(forms) {
            self.common_nouns_stay_common(forms, &cased, &mut tags);
        }
        (cased, infos, tags)
    }

    /// In a news headline, a word the truecaser lowercased (its lowercase form is common) but the
    /// tagger still calls a proper noun (PROPN with NNP or NNPS) becomes a common noun (NOUN
    /// with NN or NNS; names' adjectives such as ADJ/NNP are left alone): the
    /// tagger's proper-noun evidence there comes from the headline's capitals, which the
    /// truecaser has already judged to be title case.
    fn common_nouns_stay_common(&self, forms: &[&str], cased: &[Cow<'_, str>], tags: &mut [u16]) {
        let tagset = &self.data.tagger.tags;
        let class = |xpos: &str| {
            tagset
                .iter()
                .position(|(u, x)| u == "NOUN" && x == xpos)
                .and_then(|c| u16::try_from(c).ok())
        };
        for ((form, c), t) in forms.iter().zip(cased).zip(tags.iter_mut()) {
            if *form == c.as_ref() || c.chars().next().is_none_or(|ch| !ch.is_lowercase()) {
                continue;
            }
            let (upos, xpos) = &tagset[usize::from(*t)];
            let noun = match (upos.as_str(), xpos.as_str()) {
                ("PROPN", "NNP") => class("NN"),
                ("PROPN", "NNPS") => class("NNS"),
                _ => None,
            };
            if let Some(n) = noun {
                *t = n;
            }
        }
    }

    /// Analyses a sentence given as word forms (syntactic words, in order).
    ///
    /// Returns one [`WordAnalysis`] per form; heads are 1-based word numbers (0 = root).
    /// An empty input gives an empty output.
    pub fn analyse_words(&self, forms: &[&str]) -> Vec<WordAnalysis<'_>> {
        if forms.is_empty() {
            return Vec::new();
        }
        let (cased, infos, tags) = self.tag_classes(forms);
        let tagset = &self.data.tagger.tags;
        let tokens = Tokens::from_infos(&infos, &tags, &self.classes);
        let state = self.data.parser.parse(&tokens);
        let labels = &self.data.parser.labels;
        forms
            .iter()
            .enumerate()
            .map(|(i, &form)| {
                let (upos, xpos) = &tagset[usize::from(tags[i])];
                let lemma_form = if xpos == "NNP" || xpos == "NNPS" {
                    form
                } else {
                    cased[i].as_ref()
                };
                WordAnalysis {
                    upos,
                    xpos,
                    lemma: self.data.lemmatizer.lemma(lemma_form, xpos),
                    head: state.heads[i + 1],
                    deprel: &labels[usize::from(state.labels[i + 1])],
                }
            })
            .collect()
    }

    /// Re-analyses the syntactic words of a CoNLL-U sentence in place: LEMMA, UPOS, XPOS, HEAD
    /// and DEPREL are replaced by the model's prediction and FEATS and DEPS set to `_`; ID,
    /// FORM and MISC, comments, multiword-token rows and empty nodes are kept as they are. No
    /// input column other than FORM is read.
    pub fn analyse(&self, sentence: &mut Sentence) {
        let forms: Vec<String> = sentence
            .rows
            .iter()
            .filter(|r| matches!(r.id, Id::Word(_)))
            .map(|r| r.form.clone())
            .collect();
        let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
        let analysis = self.analyse_words(&refs);
        let mut it = analysis.into_iter();
        for row in sentence
            .rows
            .iter_mut()
            .filter(|r| matches!(r.id, Id::Word(_)))
        {
            let a = it.next().expect("one analysis per word");
            row.lemma = a.lemma;
            row.upos = a.upos.to_string();
            row.xpos = a.xpos.to_string();
            row.feats = "_".into();
            row.head = Some(a.head);
            row.deprel = a.deprel.to_string();
            row.deps = "_".into();
        }
    }

    /// Adds capitalisation counts from raw running text (for instance news articles) to the
    /// headline truecaser's lexicon: for each word, how often it is written in lowercase and
    /// how often capitalised after a lowercase letter, digit or `,;:` (so not at a sentence
    /// start). Words in capitals are not counted. The text is not stored, only the counts.
    #[cfg(feature = "train")]
    pub fn add_case_text(&mut self, text: &str) {
        let mut counts: rustc_hash::FxHashMap<String, (u32, u32)> = self
            .data
            .case_counts
            .drain(..)
            .map(|(w, l, c)| (w, (l, c)))
            .collect();
        let mut prev = '.';
        let mut word = String::new();
        let mut before = '.';
        let flush = |word: &mut String, before: char, counts: &mut rustc_hash::FxHashMap<_, _>| {
            if word.chars().count() >= 2 && !word.chars().all(char::is_uppercase) {
                let first = word.chars().next().expect("non-empty");
                let lower = word.to_lowercase();
                if first.is_lowercase() {
                    let e: &mut (u32, u32) = counts.entry(lower).or_default();
                    e.0 += 1;
                } else if first.is_uppercase()
                    && word.chars().skip(1).all(|c| !c.is_uppercase())
                    && (before.is_lowercase() || before.is_ascii_digit() || ",;:".contains(before))
                {
                    let e: &mut (u32, u32) = counts.entry(lower).or_default();
                    e.1 += 1;
                }
            }
            word.clear();
        };
        for ch in text.chars() {
            if ch.is_alphabetic() {
                if word.is_empty() {
                    before = prev;
                }
                word.push(ch);
            } else {
                if !word.is_empty() {
                    flush(&mut word, before, &mut counts);
                }
            }
            if !ch.is_whitespace() {
                prev = ch;
            }
        }
        if !word.is_empty() {
            flush(&mut word, before, &mut counts);
        }
        let mut list: Vec<(String, u32, u32)> =
            counts.into_iter().map(|(w, (l, c))| (w, l, c)).collect();
        list.sort();
        self.case_lexicon = list.iter().map(|(w, l, c)| (w.clone(), (*l, *c))).collect();
        self.data.case_counts = list;
        self.data
            .description
            .push_str("; truecasing lexicon extended from raw text");
    }

    #[cfg(feature = "train")]
    pub(crate) fn assemble(
        description: String,
        tagger: Tagger,
        lemmatizer: Lemmatizer,
        parser: Parser,
        case_counts: Vec<(String, u32, u32)>,
    ) -> Model {
        let data = ModelData {
            description,
            tagger,
            lemmatizer,
            parser,
            case_counts,
        };
        Model::from_data(data, "<trained>").expect("a trained model is consistent")
    }
}

/// The UPOS of each tag class, as the static names the parser's token kinds need.
pub(crate) fn upos_of(tags: &[(String, String)]) -> Vec<&'static str> {
    tags.iter()
        .map(|(u, _)| {
            const UPOS: [&str; 17] = [
                "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
                "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
            ];
            UPOS.iter().copied().find(|x| x == u).unwrap_or("")
        })
        .collect()
}

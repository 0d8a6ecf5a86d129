//! Training the whole model from CoNLL-U (feature `train`).

use std::collections::BTreeSet;

use dyad_conllu::{Id, Row, Sentence};
use indicatif::{ProgressBar, ProgressStyle};
use rustc_hash::FxHashMap;

use crate::eval::{Scores, evaluate};
use crate::lemma::Lemmatizer;
use crate::linear::Perceptron;
use crate::model::{Model, upos_of};
use crate::parser::Parser;
use crate::parser::Tokens;
use crate::parser::train::{ParseSentence, epoch};
use crate::tagger::Tagger;
use crate::tagger::train::{TagSentence, lexicon, train as train_tagger};
use crate::truecase::{CaseLexicon, truecase};

/// Deterministic pseudo-random numbers (SplitMix64).
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x2545_F491_4F6C_DD1D)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes of the tagger over the training data.
    pub tagger_epochs: usize,
    /// Passes of the parser over the training data (the best epoch on dev is kept when dev
    /// data is given).
    pub parser_epochs: usize,
    /// Folds of the jackknife that gives the parser predicted tags for its training data
    /// (1 = train the parser on gold tags).
    pub folds: usize,
    /// Seed of the shuffling and exploration.
    pub seed: u64,
    /// Threads for the jackknife folds (results do not depend on it).
    pub threads: usize,
    /// Draw progress bars on standard error.
    pub progress: bool,
    /// Parser features updated fewer times than this in training are dropped from the model.
    pub min_updates: u32,
    /// Also train the tagger on headline-style copies of short training sentences.
    pub headline_copies: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            tagger_epochs: 10,
            parser_epochs: 15,
            folds: 5,
            seed: 1,
            threads: 1,
            progress: true,
            min_updates: 2,
            headline_copies: true,
        }
    }
}

/// Training failures.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// No word in the training data.
    #[error("the training data has no words")]
    Empty,
    /// More tag pairs or relations than the model format holds.
    #[error("{what}: {count} distinct values, at most {max} supported")]
    TooMany {
        /// `(UPOS, XPOS) pairs` or `dependency relations`.
        what: &'static str,
        /// Count found.
        count: usize,
        /// Limit.
        max: usize,
    },
    /// A word without a head in the training data.
    #[error("training sentence {sentence}, word {word}: no HEAD")]
    NoHead {
        /// 1-based sentence number.
        sentence: usize,
        /// The word's ID.
        word: u32,
    },
}

fn words(s: &Sentence) -> Vec<&Row> {
    s.rows
        .iter()
        .filter(|r| matches!(r.id, Id::Word(_)))
        .collect()
}

fn bar(n: usize, msg: String, show: bool) -> ProgressBar {
    let pb = if show {
        ProgressBar::new(n as u64)
    } else {
        ProgressBar::hidden()
    };
    pb.set_style(
        ProgressStyle::with_template("{msg:24} [{bar:40}] {pos}/{len} {elapsed}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    pb.set_message(msg);
    pb
}

/// Trains tagger, lemmatiser and parser on `train`; `dev` (may be empty) gives the per-epoch
/// scores written through `log` and selects the best parser epoch.
///
/// Deterministic for a given configuration (the thread count does not change the result).
///
/// # Errors
/// [`TrainError`] for empty data, too many tags or relations, or words without heads.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    cfg: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<Model, TrainError> {
    let sents: Vec<Vec<&Row>> = train.iter().map(words).filter(|w| !w.is_empty()).collect();
    if sents.is_empty() {
        return Err(TrainError::Empty);
    }
    // Tag pairs and relations.
    let tags: Vec<(String, String)> = sents
        .iter()
        .flatten()
        .map(|r| (r.upos.clone(), r.xpos.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if tags.len() > 255 {
        return Err(TrainError::TooMany {
            what: "(UPOS, XPOS) pairs",
            count: tags.len(),
            max: 255,
        });
    }
    let mut label_set: BTreeSet<String> =
        sents.iter().flatten().map(|r| r.deprel.clone()).collect();
    label_set.insert("root".into());
    let labels: Vec<String> = label_set.into_iter().collect();
    if labels.len() > 127 {
        return Err(TrainError::TooMany {
            what: "dependency relations",
            count: labels.len(),
            max: 127,
        });
    }
    let tag_id: FxHashMap<(&str, &str), u16> = tags
        .iter()
        .enumerate()
        .map(|(i, (u, x))| ((u.as_str(), x.as_str()), i as u16))
        .collect();
    let label_id: FxHashMap<&str, u8> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u8))
        .collect();
    let root = label_id["root"];

    // Case lexicon for headline truecasing.
    let mut case: FxHashMap<String, (u32, u32)> = FxHashMap::default();
    for s in &sents {
        for (i, r) in s.iter().enumerate() {
            let first = r.form.chars().next().unwrap_or(' ');
            let e = case.entry(r.form.to_lowercase()).or_default();
            if first.is_lowercase() {
                e.0 += 1;
            } else if first.is_uppercase() && i > 0 {
                e.1 += 1;
            }
        }
    }
    let mut case_counts: Vec<(String, u32, u32)> =
        case.iter().map(|(w, &(l, c))| (w.clone(), l, c)).collect();
    case_counts.sort();
    let case_lex: CaseLexicon = case;

    // Tagger data on truecased forms.
    let tag_data: Vec<TagSentence> = sents
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.iter().map(|r| r.form.as_str()).collect();
            TagSentence {
                forms: truecase(&case_lex, &forms)
                    .into_iter()
                    .map(|c| c.into_owned())
                    .collect(),
                tags: s
                    .iter()
                    .map(|r| tag_id[&(r.upos.as_str(), r.xpos.as_str())])
                    .collect(),
            }
        })
        .collect();

    // Headline-style copies of short finite-verb sentences (determiners and the final stop
    // dropped, content words capitalised, then truecased as at run time), so that the tagger
    // sees "Police arrest dozens" patterns. Used to train taggers only, paired with the index
    // of their source sentence.
    let headline_data: Vec<(usize, TagSentence)> = if cfg.headline_copies {
        sents
            .iter()
            .enumerate()
            .filter_map(|(si, s)| {
                headline_copy(s, &case_lex).map(|(forms, rows)| {
                    let tags = rows
                        .iter()
                        .map(|r| tag_id[&(r.upos.as_str(), r.xpos.as_str())])
                        .collect();
                    (si, TagSentence { forms, tags })
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    log(&format!(
        "{} headline-style copies for the tagger",
        headline_data.len()
    ));

    let lemmatizer = Lemmatizer::train(
        sents
            .iter()
            .flatten()
            .map(|r| (r.form.as_str(), r.xpos.as_str(), r.lemma.as_str())),
    );

    // Jackknifed tags for the parser's training data.
    let predicted: Vec<Vec<u16>> = if cfg.folds <= 1 {
        tag_data.iter().map(|s| s.tags.clone()).collect()
    } else {
        let folds = cfg.folds;
        let run_fold = |k: usize| -> Vec<(usize, Vec<u16>)> {
            let part: Vec<TagSentence> = tag_data
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != k)
                .map(|(_, s)| TagSentence {
                    forms: s.forms.clone(),
                    tags: s.tags.clone(),
                })
                .collect();
            let base = lexicon(tags.clone(), &part);
            let mut part = part;
            part.extend(
                headline_data
                    .iter()
                    .filter(|(src, _)| src % folds != k)
                    .map(|(_, s)| TagSentence {
                        forms: s.forms.clone(),
                        tags: s.tags.clone(),
                    }),
            );
            let mut rng = Rng::new(cfg.seed.wrapping_add(1000 + k as u64));
            let t = train_tagger(base, &part, cfg.tagger_epochs, &mut rng, |_, _| {});
            tag_data
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds == k)
                .map(|(i, s)| {
                    let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                    (i, t.tag(&forms))
                })
                .collect()
        };
        let pb = bar(folds, "jackknife tagging".into(), cfg.progress);
        let mut results: Vec<Vec<(usize, Vec<u16>)>> = Vec::new();
        let threads = cfg.threads.max(1);
        for chunk in (0..folds).collect::<Vec<_>>().chunks(threads) {
            let out: Vec<Vec<(usize, Vec<u16>)>> = std::thread::scope(|sc| {
                let handles: Vec<_> = chunk
                    .iter()
                    .map(|&k| sc.spawn(move || run_fold(k)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("fold thread"))
                    .collect()
            });
            pb.inc(chunk.len() as u64);
            results.extend(out);
        }
        pb.finish_and_clear();
        let mut predicted = vec![Vec::new(); tag_data.len()];
        for (i, t) in results.into_iter().flatten() {
            predicted[i] = t;
        }
        let (mut right, mut all) = (0usize, 0usize);
        for (p, s) in predicted.iter().zip(&tag_data) {
            all += p.len();
            right += p.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        }
        log(&format!(
            "jackknife ({folds} folds): tag pair accuracy on train {:.2}",
            100.0 * right as f64 / all as f64
        ));
        predicted
    };

    // Final tagger on all training data.
    let base = lexicon(tags.clone(), &tag_data);
    let mut rng = Rng::new(cfg.seed);
    let pb = bar(cfg.tagger_epochs, "tagger epochs".into(), cfg.progress);
    let all_tag_data: Vec<TagSentence> = tag_data
        .iter()
        .chain(headline_data.iter().map(|(_, s)| s))
        .map(|s| TagSentence {
            forms: s.forms.clone(),
            tags: s.tags.clone(),
        })
        .collect();
    let tagger = train_tagger(base, &all_tag_data, cfg.tagger_epochs, &mut rng, |e, t| {
        pb.inc(1);
        if !dev.is_empty() {
            let (u, x) = tag_accuracy(t, &case_lex, dev);
            log(&format!("tagger epoch {e}: dev UPOS {u:.2} XPOS {x:.2}"));
        }
    });
    pb.finish_and_clear();

    // Parser.
    let upos = upos_of(&tags);
    let parse_data: Vec<ParseSentence> = sents
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let lower: Vec<String> = tag_data[si]
                .forms
                .iter()
                .map(|f| f.to_lowercase())
                .collect();
            let tokens = Tokens::new(&lower, &predicted[si], &upos);
            let mut heads = vec![0u32];
            let mut labs = vec![0u8];
            for (j, r) in s.iter().enumerate() {
                let h = r.head.ok_or(TrainError::NoHead {
                    sentence: si + 1,
                    word: j as u32 + 1,
                })?;
                heads.push(h);
                labs.push(label_id[r.deprel.as_str()]);
            }
            Ok(ParseSentence {
                tokens,
                heads,
                labels: labs,
            })
        })
        .collect::<Result<_, TrainError>>()?;
    let mut parser = Parser {
        labels: labels.clone(),
        root,
        weights: Default::default(),
    };
    let mut perceptron = Perceptron::new(parser.n_classes());
    parser.weights = perceptron.averaged(cfg.min_updates);
    let mut order: Vec<usize> = (0..parse_data.len()).collect();
    let mut best: Option<(usize, Scores, Parser)> = None;
    for e in 0..cfg.parser_epochs {
        rng.shuffle(&mut order);
        let pb = bar(order.len(), format!("parser epoch {}", e + 1), cfg.progress);
        epoch(
            &parser,
            &mut perceptron,
            &parse_data,
            &order,
            e >= 1,
            &mut rng,
            || pb.inc(1),
        );
        pb.finish_and_clear();
        parser.weights = perceptron.averaged(cfg.min_updates);
        let candidate = parser.clone();
        if dev.is_empty() {
            best = Some((e + 1, Scores::default(), candidate));
            continue;
        }
        let model = Model::assemble(
            String::new(),
            tagger.clone(),
            lemmatizer.clone(),
            candidate.clone(),
            case_counts.clone(),
        );
        let scores = evaluate(&model, dev);
        log(&format!(
            "parser epoch {}: dev {} ({} feature rows, {} weights)",
            e + 1,
            scores.summary(),
            candidate.weights.n_rows(),
            candidate.weights.n_entries()
        ));
        if best.as_ref().is_none_or(|(_, b, _)| scores.las > b.las) {
            best = Some((e + 1, scores, candidate));
        }
    }
    let (best_epoch, best_scores, parser) = match best {
        Some(b) => b,
        None => (0, Scores::default(), parser),
    };
    let description = format!(
        "dyad syntax model; {} training sentences; tagger epochs {}, parser epochs {} (kept epoch \
         {best_epoch}), jackknife folds {}, seed {}; dev: {}",
        sents.len(),
        cfg.tagger_epochs,
        cfg.parser_epochs,
        cfg.folds,
        cfg.seed,
        if dev.is_empty() {
            "none".to_string()
        } else {
            best_scores.summary()
        }
    );
    Ok(Model::assemble(
        description,
        tagger,
        lemmatizer,
        parser,
        case_counts,
    ))
}

/// A headline-style copy of a training sentence: forms (truecased) and the rows they come from.
/// `None` unless the sentence has 3 to 15 words left and a finite verb.
fn headline_copy<'a>(s: &[&'a Row], case: &CaseLexicon) -> Option<(Vec<String>, Vec<&'a Row>)> {
    let mut rows: Vec<&Row> = s
        .iter()
        .copied()
        .filter(|r| !(r.upos == "DET" && matches!(r.lemma.as_str(), "the" | "a")))
        .collect();
    if rows
        .last()
        .is_some_and(|r| r.upos == "PUNCT" && matches!(r.form.as_str(), "." | "!"))
    {
        rows.pop();
    }
    let finite = rows
        .iter()
        .any(|r| matches!(r.xpos.as_str(), "VBZ" | "VBP" | "VBD"));
    if !(3..=15).contains(&rows.len()) || !finite || rows.len() == s.len() {
        return None;
    }
    let titled: Vec<String> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let content = matches!(
                r.upos.as_str(),
                "NOUN" | "VERB" | "ADJ" | "ADV" | "PROPN" | "AUX" | "PRON"
            );
            if i == 0 || (content && r.form.chars().count() >= 3) {
                let mut c = r.form.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                r.form.clone()
            }
        })
        .collect();
    let refs: Vec<&str> = titled.iter().map(String::as_str).collect();
    let forms = truecase(case, &refs)
        .into_iter()
        .map(|c| c.into_owned())
        .collect();
    Some((forms, rows))
}

/// UPOS and XPOS accuracy (percent) of a tagger on gold sentences.
fn tag_accuracy(t: &Tagger, case: &CaseLexicon, dev: &[Sentence]) -> (f64, f64) {
    let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
    for s in dev {
        let ws = words(s);
        let forms: Vec<&str> = ws.iter().map(|r| r.form.as_str()).collect();
        let cased = truecase(case, &forms);
        let refs: Vec<&str> = cased.iter().map(|c| c.as_ref()).collect();
        for (r, &c) in ws.iter().zip(&t.tag(&refs)) {
            let (tu, tx) = &t.tags[usize::from(c)];
            u += usize::from(*tu == r.upos);
            x += usize::from(*tx == r.xpos);
            n += 1;
        }
    }
    (
        100.0 * u as f64 / n.max(1) as f64,
        100.0 * x as f64 / n.max(1) as f64,
    )
}

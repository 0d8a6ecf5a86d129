//! `dyad parse`: UPOS, XPOS, lemma and dependency analysis, written as CoNLL-U.
//!
//! From raw articles (the default), each article is read by `dyad_article`, its title and body
//! sentences tokenised by `dyad_text` (on the normalised text), and written as CoNLL-U with
//! `# newdoc id`, `# newpar`, `# sent_id` (`ARTICLE-N`) and `# text` (the normalised sentence,
//! whitespace runs folded to one space); multiword tokens become range lines.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use dyad_article::{Article, Articles, Input, ReadOptions, TitleOrigin, Unit};
use dyad_conllu::{Id, Row, Sentence};

/// Input formats of `dyad parse`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// CoNLL-U: the given words (FORM) are re-analysed; ID, FORM, MISC, comments, multiword
    /// tokens and empty nodes are kept, every other column is replaced.
    Conllu,
    /// Articles: plain text (headline on the first line), JSON Lines or CSV, by extension.
    Text,
}

/// Arguments of `dyad parse`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input files (or directories of articles); `-` (or none) reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Format of the input.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
    /// Model file (default: $DYAD_MODEL, else the committed models/dyad-en-ewt.model).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Loads the model named on the command line, or the shipped one.
pub(crate) fn load_model(path: Option<&PathBuf>) -> anyhow::Result<dyad_syntax::Model> {
    Ok(match path {
        Some(p) => dyad_syntax::Model::load(p)?,
        None => dyad_syntax::Model::shipped()?,
    })
}

/// Runs `dyad parse`: CoNLL-U on standard output.
///
/// # Errors
/// Unreadable or malformed input, a model that does not load, or a write failure.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let model = load_model(args.model.as_ref())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs
    };
    if args.input_format == InputFormat::Text {
        let code = parse_articles(&model, &inputs, &mut out)?;
        out.flush().context("writing output")?;
        return Ok(code);
    }
    // CoNLL-U input: a file that cannot be opened, a malformed line or a sentence of the wrong
    // shape is reported with its file and line on stderr and skipped; the rest goes on.
    let mut failed = 0usize;
    for path in &inputs {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(BufReader::new(io::stdin()))
        } else {
            match File::open(path) {
                Ok(f) => Box::new(BufReader::new(f)),
                Err(e) => {
                    eprintln!("dyad parse: error: {name}: cannot open: {e}");
                    failed += 1;
                    continue;
                }
            }
        };
        let mut reader = dyad_conllu::Reader::new(reader);
        loop {
            match reader.next_sentence() {
                Ok(None) => break,
                Err(dyad_conllu::ConlluError::Io { line, source }) => {
                    eprintln!("dyad parse: error: {name}:{line}: cannot read: {source}");
                    failed += 1;
                    break;
                }
                Err(e) => {
                    eprintln!("dyad parse: error: {name}: {e}; sentence skipped");
                    failed += 1;
                }
                Ok(Some(mut sentence)) => {
                    if let Err(msg) = sentence.validate() {
                        eprintln!(
                            "dyad parse: error: {name}: sentence ending at line {}: {msg}; \
                             sentence skipped",
                            reader.lines_read()
                        );
                        failed += 1;
                        continue;
                    }
                    model.analyse(&mut sentence);
                    dyad_conllu::write_sentence(&mut out, &sentence).context("writing output")?;
                }
            }
        }
    }
    out.flush().context("writing output")?;
    if failed > 0 {
        eprintln!("dyad parse: {failed} input(s) or sentence(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses articles; returns exit status 1 when an input failed, 0 otherwise.
fn parse_articles(
    model: &dyad_syntax::Model,
    inputs: &[PathBuf],
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let inputs: Vec<Input> = inputs
        .iter()
        .map(|p| Input::from_arg(&p.to_string_lossy()))
        .collect();
    let mut failed = 0usize;
    for item in Articles::new(inputs, ReadOptions::default()) {
        match item {
            Ok(article) => write_article(model, &article, out)?,
            Err(e) => {
                eprintln!("dyad parse: {e}");
                failed += 1;
            }
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes the title and body sentences of one article.
fn write_article(
    model: &dyad_syntax::Model,
    article: &Article,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut n = 0usize;
    let mut comments = vec![format!("newdoc id = {}", article.id)];
    if let Some(title) = &article.title {
        let norm = match (&title.normalized, title.origin) {
            (Some(own), TitleOrigin::Field) => own,
            _ => &article.normalized,
        };
        for (k, s) in title.sentences.iter().enumerate() {
            if k == 0 {
                comments.push("newpar".into());
            }
            n += 1;
            write_unit(model, norm, s, &article.id, n, &mut comments, out)?;
        }
    }
    for p in &article.paragraphs {
        for (k, s) in p.sentences.iter().enumerate() {
            if k == 0 {
                comments.push("newpar".into());
            }
            n += 1;
            write_unit(
                model,
                &article.normalized,
                s,
                &article.id,
                n,
                &mut comments,
                out,
            )?;
        }
    }
    Ok(())
}

/// Tokenises, analyses and writes one sentence; `comments` (newdoc, newpar) are written first
/// and emptied.
fn write_unit(
    model: &dyad_syntax::Model,
    norm: &dyad_text::Normalized,
    unit: &Unit,
    doc: &str,
    n: usize,
    comments: &mut Vec<String>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let text = norm.as_str();
    let tokens = dyad_text::tokenize(text, unit.norm.clone());
    if tokens.is_empty() {
        return Ok(());
    }
    let mut forms: Vec<&str> = Vec::new();
    for t in &tokens {
        if t.words.len() > 1 {
            forms.extend(t.words.iter().map(|w| w.form.as_str()));
        } else {
            forms.push(&t.form);
        }
    }
    let analysis = model.analyse_words(&forms);
    let mut sentence = Sentence {
        comments: std::mem::take(comments),
        rows: Vec::with_capacity(forms.len() + 2),
    };
    sentence.comments.push(format!("sent_id = {doc}-{n}"));
    let folded: Vec<&str> = text[unit.norm.clone()].split_whitespace().collect();
    sentence
        .comments
        .push(format!("text = {}", folded.join(" ")));
    let mut next_word = 1u32;
    let mut it = analysis.into_iter();
    for (i, t) in tokens.iter().enumerate() {
        let space_after = tokens
            .get(i + 1)
            .is_none_or(|next| next.span.start > t.span.end);
        let misc = if space_after { "_" } else { "SpaceAfter=No" };
        let parts: Vec<&str> = if t.words.len() > 1 {
            sentence.rows.push(Row {
                id: Id::Range(next_word, next_word + t.words.len() as u32 - 1),
                misc: misc.into(),
                ..Row::word(0, &t.form)
            });
            t.words.iter().map(|w| w.form.as_str()).collect()
        } else {
            vec![t.form.as_str()]
        };
        let multi = parts.len() > 1;
        for form in parts {
            let a = it.next().context("one analysis per word")?;
            let mut row = Row::word(next_word, form);
            row.lemma = a.lemma;
            row.upos = a.upos.to_string();
            row.xpos = a.xpos.to_string();
            row.head = Some(a.head);
            row.deprel = a.deprel.to_string();
            if !multi {
                row.misc = misc.into();
            }
            sentence.rows.push(row);
            next_word += 1;
        }
    }
    dyad_conllu::write_sentence(out, &sentence).context("writing output")?;
    Ok(())
}

//! Scoring the coder against reference events (issue 5, "Checks").
//!
//! * [`wikinews`]: precision and recall against the hand-coded Wikinews gold file
//!   (`data/gold/wikinews_events.jsonl`, format in `data/gold/README.md`), the
//!   `dyad evaluate-events` command.
//! * [`plover`]: PLOVER event-type and actor accuracy on the PLOVER gold-standard sentences
//!   (`PLOVER_GSR_CAMEO.json`), the `dyad evaluate-plover` command.
//!
//! Both modules keep the scoring functions (pure, over small views of the coder's output)
//! apart from the drivers that read the files and run a [`crate::Coder`], so the scoring is
//! unit-tested on synthetic inputs.

use std::path::PathBuf;

pub mod plover;
pub mod wikinews;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read (the message names the file; the cause is the source).
    #[error("{}: cannot read", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A gold file has a malformed record.
    #[error("{}: line {line}: {detail}", path.display())]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// 1-based line (for a JSON array file: the line the parser stopped at, else 1).
        line: usize,
        /// What is wrong.
        detail: String,
    },
    /// The article file named by the gold could not be read as articles.
    #[error("{}: {detail}", path.display())]
    Articles {
        /// The article file.
        path: PathBuf,
        /// The reader's error.
        detail: String,
    },
    /// A gold article has no record in its article file.
    #[error("{}: no record with url {url:?} (gold line {line})", path.display())]
    MissingRecord {
        /// The article file searched.
        path: PathBuf,
        /// The gold article's URL.
        url: String,
        /// 1-based line of the gold article in the gold file.
        line: usize,
    },
}

/// `num / den` as a fraction in 0..=1, `None` when `den` is 0.
pub fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// The harmonic mean of precision and recall (F1), `None` when either is unknown, 0 when
/// both are 0.
pub fn f1(precision: Option<f64>, recall: Option<f64>) -> Option<f64> {
    let (p, r) = (precision?, recall?);
    Some(if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_and_f1() {
        assert_eq!(ratio(1, 4), Some(0.25));
        assert_eq!(ratio(0, 0), None);
        assert_eq!(
            f1(Some(0.5), Some(1.0)).map(|f| (f * 1e6).round()),
            Some(666_667.0)
        );
        assert_eq!(f1(Some(0.0), Some(0.0)), Some(0.0));
        assert_eq!(f1(None, Some(1.0)), None);
    }
}

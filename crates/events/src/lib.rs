//! Event coding for dyad: the CAMEO code table, our event dictionary, its checker, the
//! pattern matcher over Universal Dependencies parses, and the coder's helpers for dates,
//! factuality, reported speech, event ids and duplicates.
//!
//! * [`table`]: the CAMEO event codes with label, root, quad class, Goldstein score and PLOVER
//!   event/mode/context, compiled into `data/events/cameo.tsv` and embedded ([`CameoCode`]).
//! * [`dict`]: our pattern format (`data/events/FORMAT.md`) and the shipped dictionary in
//!   `data/events/patterns/` ([`Dictionary::shipped`]): for every one of the 291 emittable
//!   CAMEO codes, the verbs, phrasal verbs, nouns and adjectives that express it, with the
//!   syntactic position of source and target.
//! * [`check`]: [`check_shipped`] and [`check_files`], reporting `file:line:col: error: ...`.
//! * [`matcher`]: [`match_sentence`] finds every pattern that fits a parsed sentence and
//!   returns candidates with the trigger word and the source and target heads (CoNLL-U word
//!   IDs). Choosing among candidates, actors, negation, modality and dates belong to the coder.
//!
//! Parts of the coder that need no actor resolution, each working on a candidate's trigger
//! word (a CoNLL-U word ID) in a [`dyad_conllu::Sentence`]:
//!
//! * [`dates`]: [`dates::find_dates`] resolves time expressions ("on Monday", "last month",
//!   "in March 2019", "between 2014 and 2017", "two days ago") against the publication date;
//!   [`dates::event_date`] gives an event the expression of its own clause (never one from
//!   another clause) with its precision (day, month, year), its byte span in the sentence and
//!   a `historical` flag (the period ends more than 7 days before publication).
//! * [`factuality`]: [`factuality::assess`] says whether the event happened or why it is
//!   dropped: negated, modal, planned, requested, conditional, question, hypothetical, with the
//!   cue word. The complement of a threat, promise or refusal is dropped; the threat, promise
//!   or refusal itself is coded.
//! * [`reported`]: [`reported::reporter`] finds who reports an event ("A said B attacked C":
//!   A; "according to A"); a plain speech verb is not an event ([`reported::is_plain_speech`]).
//! * [`dedup`]: [`dedup::event_id`] (stable 16-hex-digit SHA-256 prefix of document id, date,
//!   source, target, CAMEO code) and [`dedup::Dedup`], which merges one article's events by
//!   (date, source, target, code), counting mentions and keeping every sentence index and the
//!   first sentence's evidence.
//!
//! ```
//! use dyad_events::{CameoCode, Dictionary, check_shipped, match_sentence, most_specific};
//!
//! let code = CameoCode::get("1122").unwrap();
//! assert_eq!(code.label, "Accuse of human rights abuses");
//! assert_eq!((code.quad_class, code.goldstein), (3, -2.0));
//! assert_eq!(code.plover.as_ref().unwrap().event, "ACCUSE");
//!
//! let report = check_shipped();
//! assert!(report.is_ok() && report.codes_covered == 291);
//!
//! // "The UN accused the government of torture." in CoNLL-U
//! let conllu = "\
//! 1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
//! 2\tUN\tUN\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
//! 3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_
//! 4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
//! 5\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tobj\t_\t_
//! 6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_
//! 7\ttorture\ttorture\tNOUN\tNN\t_\t3\tobl\t_\t_
//!
//! ";
//! let sentence = &dyad_conllu::parse_str(conllu).unwrap()[0];
//! let best = most_specific(match_sentence(Dictionary::shipped(), sentence));
//! assert_eq!(best[0].code(), "1122");
//! assert_eq!((best[0].trigger, &best[0].source[..], &best[0].target[..]), (3, &[2][..], &[5][..]));
//! ```

pub mod check;
pub mod dates;
pub mod dedup;
mod deps;
pub mod dict;
pub mod factuality;
pub mod matcher;
pub mod reported;
pub mod table;

pub use check::{CheckReport, check_files, check_shipped};
pub use dict::Dictionary;
pub use matcher::{Candidate, match_sentence, most_specific};
pub use table::CameoCode;

//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod actors;
pub mod code;
pub mod dict;
pub mod evaluate_events;
pub mod evaluate_plover;
pub mod evaluate_syntax;
pub mod evaluate_text;
pub mod parse;
pub mod read;
#[cfg(feature = "train")]
pub mod train_syntax;
pub mod validate;

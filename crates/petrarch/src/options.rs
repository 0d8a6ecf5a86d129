//! Coding options that PETRARCH's `<Config option="..." value="..."/>` tags change.
//!
//! A validation file may hold `<Config>` tags inside its `<Environment>` and between
//! records; each changes one option for the records that follow it ([`Settings::apply`]).
//! The options and their defaults are PETRARCH's (openeventdata/petrarch2
//! `petrarch2/PETRglobals.py` and `petrarch2/data/config/PETR_config.ini`):
//!
//! | option | type | default | dyad |
//! |---|---|---|---|
//! | `require_dyad` | boolean | true | [`Settings::require_dyad`] |
//! | `new_actor_length` | whole number | 0 (off) | [`Settings::new_actor_length`] |
//! | `comma_min`, `comma_max` | whole numbers | 2, 8 | [`CommaLimits::min`], [`CommaLimits::max`] |
//! | `comma_bmin`, `comma_bmax` | whole numbers | 0, 0 (off) | [`CommaLimits::bmin`], [`CommaLimits::bmax`] |
//! | `comma_emin`, `comma_emax` | whole numbers | 2, 8 | [`CommaLimits::emin`], [`CommaLimits::emax`] |
//! | `stop_on_error` | boolean | false | accepted; no effect (dyad never stops on a record) |
//!
//! **What PETRARCH-2 does with them.** PETRARCH-2 reads every option from its `config.ini`
//! (`petrarch2/PETRreader.py`, `parse_Config`), but its coder uses none of them: the tree
//! coder (`petrarch2/PETRtree.py`) never reads `NewActorLength` or the `Comma*` globals, and
//! `Sentence.get_events(self, require_dyad = 1)` is called by `petrarch2/petrarch2.py`
//! (`do_coding`) without an argument, so even `require_dyad` stays on. `do_coding` calls a
//! `change_Config_Options` for `<Config>` tags that `petrarch2.py` does not define; the
//! function exists in PETRARCH-1 (openeventdata/petrarch `petrarch/petrarch.py`) and in
//! UniversalPetrarch's `validation.py`, whose docstring says it "hasn't been implemented yet".
//! The only coder that applies `new_actor_length` and the comma limits is PETRARCH-1
//! (`petrarch/petrarch.py`: `check_commas`, and `add_code` in `get_loccodes`), and the
//! suite's records that test them were written against it (and TABARI). dyad therefore gives
//! them PETRARCH-1's meaning, over its own dependency parses:
//!
//! * `new_actor_length` *n* > 0: a noun phrase that no actor or agent of the dictionaries
//!   codes, and that has at most *n* words, becomes an actor whose code is its words in upper
//!   case between double quotes (`"THE MINISTRY OF MAGIC"`), as PETRARCH-1 writes it (it keeps
//!   a phrase when it has fewer than *n* blanks); see [`crate::compose::new_actors`].
//! * the comma limits remove comma-delimited clauses before coding; see [`crate::commas`].
//!
//! Values: booleans are `true`/`false`, `yes`/`no`, `1`/`0` in any case; numbers are whole
//! numbers ≥ 0. A value that is not of the option's type, or an option dyad does not know,
//! is a [`ConfigError`] naming the file and line; the option keeps its value.

use crate::records::ConfigOption;

/// The comma-clause limits, in words (PETRARCH-1 counts the tokens that begin with a letter).
/// A clause is removed when its length lies in `min..=max` (internal), `bmin..=bmax`
/// (initial) or `emin..=emax` (terminal); a maximum of 0 turns that kind of removal off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaLimits {
    /// `comma_min`: shortest internal clause removed (default 2).
    pub min: usize,
    /// `comma_max`: longest internal clause removed; 0 turns internal removal off (default 8).
    pub max: usize,
    /// `comma_bmin`: shortest initial clause removed (default 0).
    pub bmin: usize,
    /// `comma_bmax`: longest initial clause removed; 0 turns initial removal off (default 0).
    pub bmax: usize,
    /// `comma_emin`: shortest terminal clause removed (default 2).
    pub emin: usize,
    /// `comma_emax`: longest terminal clause removed; 0 turns terminal removal off
    /// (default 8).
    pub emax: usize,
}

impl CommaLimits {
    /// Every kind of removal off (all maxima 0).
    pub const OFF: CommaLimits = CommaLimits {
        min: 0,
        max: 0,
        bmin: 0,
        bmax: 0,
        emin: 0,
        emax: 0,
    };

    /// True when no kind of removal is on.
    pub fn is_off(&self) -> bool {
        self.max == 0 && self.bmax == 0 && self.emax == 0
    }
}

impl Default for CommaLimits {
    /// PETRARCH's documented defaults (`PETRglobals.py`, `PETR_config.ini`): internal 2-8,
    /// initial off, terminal 2-8.
    fn default() -> Self {
        CommaLimits {
            min: 2,
            max: 8,
            bmin: 0,
            bmax: 0,
            emin: 2,
            emax: 8,
        }
    }
}

/// Options that `<Config>` tags change (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Code only events whose source and target are both known (PETRARCH's default, true).
    pub require_dyad: bool,
    /// Longest uncoded noun phrase (in words) that becomes a new actor; 0 (the default) turns
    /// new actors off.
    pub new_actor_length: usize,
    /// Comma-clause removal before coding.
    pub commas: CommaLimits,
}

impl Default for Settings {
    /// PETRARCH's documented defaults: `require_dyad` on, no new actors, comma limits
    /// [`CommaLimits::default`]. A validation run starts from these.
    fn default() -> Self {
        Settings {
            require_dyad: true,
            new_actor_length: 0,
            commas: CommaLimits::default(),
        }
    }
}

/// A `<Config>` tag that could not be applied. Each names the file and the tag's line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A numeric option with a value that is not a whole number ≥ 0.
    #[error(
        "{file}:{line}: <Config option=\"{option}\">: value {value:?} is not a whole number >= 0; option unchanged"
    )]
    NotANumber {
        /// The validation file.
        file: String,
        /// 1-based line of the tag.
        line: usize,
        /// The option as written.
        option: String,
        /// The value as written.
        value: String,
    },
    /// A boolean option with a value that is not a boolean.
    #[error(
        "{file}:{line}: <Config option=\"{option}\">: value {value:?} is not a boolean (true/false); option unchanged"
    )]
    NotABoolean {
        /// The validation file.
        file: String,
        /// 1-based line of the tag.
        line: usize,
        /// The option as written.
        option: String,
        /// The value as written.
        value: String,
    },
    /// An option dyad does not know.
    #[error("{file}:{line}: <Config option=\"{option}\">: unknown option; ignored")]
    Unknown {
        /// The validation file.
        file: String,
        /// 1-based line of the tag.
        line: usize,
        /// The option as written.
        option: String,
    },
}

impl Settings {
    /// Applies one `<Config>` tag of `file` (the file's name, for messages). Option names are
    /// compared without regard to case.
    ///
    /// # Errors
    /// [`ConfigError::NotANumber`] / [`ConfigError::NotABoolean`] when the value is not of
    /// the option's type, [`ConfigError::Unknown`] for an option dyad does not know; the
    /// settings are then unchanged.
    pub fn apply(&mut self, opt: &ConfigOption, file: &str) -> Result<(), ConfigError> {
        let name = opt.option.trim().to_ascii_lowercase();
        let number = || -> Result<usize, ConfigError> {
            opt.value
                .trim()
                .parse::<usize>()
                .map_err(|_| ConfigError::NotANumber {
                    file: file.to_string(),
                    line: opt.line,
                    option: opt.option.clone(),
                    value: opt.value.clone(),
                })
        };
        let boolean = || -> Result<bool, ConfigError> {
            opt.bool_value().ok_or_else(|| ConfigError::NotABoolean {
                file: file.to_string(),
                line: opt.line,
                option: opt.option.clone(),
                value: opt.value.clone(),
            })
        };
        match name.as_str() {
            "require_dyad" => self.require_dyad = boolean()?,
            "stop_on_error" => {
                boolean()?;
            }
            "new_actor_length" => self.new_actor_length = number()?,
            "comma_min" => self.commas.min = number()?,
            "comma_max" => self.commas.max = number()?,
            "comma_bmin" => self.commas.bmin = number()?,
            "comma_bmax" => self.commas.bmax = number()?,
            "comma_emin" => self.commas.emin = number()?,
            "comma_emax" => self.commas.emax = number()?,
            _ => {
                return Err(ConfigError::Unknown {
                    file: file.to_string(),
                    line: opt.line,
                    option: opt.option.clone(),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opt(option: &str, value: &str) -> ConfigOption {
        ConfigOption {
            option: option.into(),
            value: value.into(),
            line: 7,
        }
    }

    #[test]
    fn every_option_sets_its_field() {
        // (option, value, expected settings after applying it to the defaults)
        let d = Settings::default();
        let with = |f: &dyn Fn(&mut Settings)| {
            let mut s = d.clone();
            f(&mut s);
            s
        };
        let table: Vec<(&str, &str, Settings)> = vec![
            ("require_dyad", "False", with(&|s| s.require_dyad = false)),
            ("REQUIRE_DYAD", "no", with(&|s| s.require_dyad = false)),
            ("new_actor_length", "4", with(&|s| s.new_actor_length = 4)),
            ("comma_min", "4", with(&|s| s.commas.min = 4)),
            ("comma_max", "0", with(&|s| s.commas.max = 0)),
            ("comma_bmin", "3", with(&|s| s.commas.bmin = 3)),
            ("comma_bmax", " 6 ", with(&|s| s.commas.bmax = 6)),
            ("comma_emin", "3", with(&|s| s.commas.emin = 3)),
            ("comma_emax", "6", with(&|s| s.commas.emax = 6)),
            ("stop_on_error", "True", d.clone()),
        ];
        for (o, v, want) in table {
            let mut s = Settings::default();
            s.apply(&opt(o, v), "f.xml").unwrap();
            assert_eq!(s, want, "{o}={v}");
        }
    }

    #[test]
    fn bad_values_are_errors_naming_file_and_line() {
        let table = [
            ("new_actor_length", "four", "not a whole number"),
            ("comma_emax", "-1", "not a whole number"),
            ("comma_min", "2.5", "not a whole number"),
            ("comma_bmax", "", "not a whole number"),
            ("require_dyad", "maybe", "not a boolean"),
            ("comma_middle", "3", "unknown option"),
        ];
        for (o, v, why) in table {
            let mut s = Settings::default();
            let e = s.apply(&opt(o, v), "suite.xml").unwrap_err();
            let msg = e.to_string();
            assert!(msg.starts_with("suite.xml:7: "), "{msg}");
            assert!(msg.contains(why), "{msg}");
            assert_eq!(s, Settings::default(), "{o}={v} changed the settings");
        }
    }

    #[test]
    fn defaults_are_petrarchs() {
        let s = Settings::default();
        assert!(s.require_dyad);
        assert_eq!(s.new_actor_length, 0);
        assert_eq!(
            (s.commas.min, s.commas.max, s.commas.bmin, s.commas.bmax),
            (2, 8, 0, 0)
        );
        assert_eq!((s.commas.emin, s.commas.emax), (2, 8));
        assert!(!s.commas.is_off() && CommaLimits::OFF.is_off());
    }
}

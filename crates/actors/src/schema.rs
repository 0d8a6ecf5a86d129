//! Serde mirror of the `dyad-actors/1` TOML files, with byte spans kept by [`toml::Spanned`].
//!
//! These raw structs are private to the crate: `loader::build` validates them into the
//! public model of [`crate::model`].
#![allow(dead_code)] // `note` and similar fields are accepted, not used.

use serde::Deserialize;
use toml::Spanned;

/// A string with its byte span in the file.
pub(crate) type S = Spanned<String>;
/// A date field: a quoted `"YYYY-MM-DD"` string (the documented form) or a bare TOML date.
pub(crate) type D = Spanned<toml::Value>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub format: Option<S>,
    #[serde(default)]
    pub block: Vec<Spanned<RawBlock>>,
    #[serde(default)]
    pub country: Vec<Spanned<RawCountry>>,
    #[serde(default)]
    pub actor: Vec<Spanned<RawActor>>,
    #[serde(default)]
    pub agent: Vec<Spanned<RawAgent>>,
    #[serde(default)]
    pub office: Vec<Spanned<RawOffice>>,
    #[serde(default)]
    pub person: Vec<Spanned<RawPerson>>,
    #[serde(default)]
    pub vacancy: Vec<Spanned<RawVacancy>>,
    #[serde(default)]
    pub dispute: Vec<Spanned<RawDispute>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawManifest {
    pub format: Option<S>,
    pub valid_through: D,
    #[serde(default)]
    pub files: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBlock {
    pub code: S,
    pub kind: S,
    pub label: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCountry {
    pub code: S,
    pub names: Vec<S>,
    #[serde(default)]
    pub cased_names: Vec<S>,
    #[serde(default)]
    pub adjectives: Vec<S>,
    #[serde(default)]
    pub demonyms: Vec<S>,
    #[serde(default)]
    pub demonyms_plural: Vec<S>,
    #[serde(default)]
    pub capitals: Vec<S>,
    #[serde(default)]
    pub abbreviations: Vec<S>,
    pub territory_of: Option<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActor {
    pub id: S,
    pub kind: S,
    pub code: Option<S>,
    #[serde(default)]
    pub codes: Vec<Spanned<RawDatedCode>>,
    pub names: Vec<S>,
    #[serde(default)]
    pub cased_names: Vec<S>,
    #[serde(default)]
    pub abbreviations: Vec<S>,
    pub country: Option<S>,
    pub note: Option<S>,
    pub source: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDatedCode {
    pub code: S,
    pub from: Option<D>,
    pub to: Option<D>,
    pub source: Option<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgent {
    pub names: Vec<S>,
    pub plurals: Option<Vec<S>>,
    pub sector: S,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOffice {
    pub id: S,
    pub title: Option<S>,
    pub code: S,
    pub from: Option<D>,
    pub to: Option<D>,
    #[serde(default)]
    pub also: Vec<S>,
    pub source: Option<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPerson {
    pub name: S,
    #[serde(default)]
    pub aliases: Vec<S>,
    pub surname: Option<S>,
    pub gender: Option<S>,
    #[serde(default)]
    pub roles: Vec<Spanned<RawRole>>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRole {
    pub office: Option<S>,
    pub code: Option<S>,
    pub from: Option<D>,
    pub to: Option<D>,
    pub acting: Option<bool>,
    pub concurrent: Option<bool>,
    pub source: Option<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawVacancy {
    pub office: S,
    pub from: D,
    pub to: Option<D>,
    pub source: Option<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDispute {
    pub office: S,
    pub from: D,
    pub to: Option<D>,
    #[serde(default)]
    pub claimants: Vec<S>,
    pub source: Option<S>,
    pub note: Option<S>,
}

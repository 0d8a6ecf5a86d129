//! Parsing and validation of `dyad-actors/1` files into a [`Dictionary`].

use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use toml::Spanned;

use crate::dictionary::Dictionary;
use crate::matcher::MatcherBuilder;
use crate::model::*;
use crate::normalize::{fold_keep_case, fold_token, name_tokens, plural_of};
use crate::petrarch::{self, PetrarchFile, PetrarchKind};
use crate::report::{CheckReport, Finding, LineIndex, Location, Severity};
use crate::schema::*;

/// The format tag every dictionary file carries.
pub const FORMAT: &str = "dyad-actors/1";

/// One dictionary file to load: its path (as shown in findings) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in findings.
    pub path: Arc<str>,
    /// TOML text.
    pub text: Arc<str>,
}

struct Parsed {
    idx: LineIndex,
    raw: RawFile,
}

struct Loader {
    findings: Vec<Finding>,
    valid_through: NaiveDate,
    blocks: Vec<Block>,
    block_index: FxHashMap<String, BlockKind>,
    countries: Vec<Country>,
    country_index: FxHashMap<String, usize>,
    actors: Vec<Actor>,
    actor_ids: FxHashMap<String, Location>,
    agents: Vec<Agent>,
    offices: Vec<Office>,
    office_index: FxHashMap<String, usize>,
    people: Vec<Person>,
    vacancies: Vec<Vacancy>,
    disputes: Vec<Dispute>,
    /// (case-sensitive?, folded name) -> first entry and where it was written.
    names: FxHashMap<(bool, String), (EntryRef, Location)>,
    matcher: MatcherBuilder,
}

fn span_of<T>(s: &Spanned<T>) -> Range<usize> {
    s.span()
}

impl Loader {
    fn push(&mut self, idx: &LineIndex, span: Range<usize>, severity: Severity, message: String) {
        self.findings.push(Finding {
            location: idx.location(span.start),
            severity,
            message,
        });
    }

    fn error(&mut self, idx: &LineIndex, span: Range<usize>, message: String) {
        self.push(idx, span, Severity::Error, message);
    }

    fn date(&mut self, idx: &LineIndex, d: &D, what: &str) -> Option<NaiveDate> {
        match d.get_ref() {
            toml::Value::String(s) => match parse_date(s) {
                Some(date) => Some(date),
                None => {
                    self.error(
                        idx,
                        span_of(d),
                        format!("malformed date {s:?} in `{what}`: expected YYYY-MM-DD"),
                    );
                    None
                }
            },
            toml::Value::Datetime(dt) => {
                if let (Some(date), None) = (dt.date, dt.time) {
                    if let Some(nd) = NaiveDate::from_ymd_opt(
                        date.year as i32,
                        date.month as u32,
                        date.day as u32,
                    ) {
                        return Some(nd);
                    }
                }
                self.error(
                    idx,
                    span_of(d),
                    format!("malformed date `{dt}` in `{what}`: expected YYYY-MM-DD"),
                );
                None
            }
            other => {
                self.error(
                    idx,
                    span_of(d),
                    format!(
                        "malformed date in `{what}`: expected \"YYYY-MM-DD\", found a {}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }

    /// Checks a full CAMEO actor code; returns the error message if it is not valid.
    fn code_problem(&self, code: &str) -> Option<String> {
        check_code(code, &self.block_index, &self.country_index)
    }

    fn check_code_at(&mut self, idx: &LineIndex, code: &S) -> bool {
        if let Some(msg) = self.code_problem(code.get_ref()) {
            self.error(idx, span_of(code), msg);
            false
        } else {
            true
        }
    }

    /// Registers one name form of `entry`: duplicate check plus matcher insertion.
    fn add_name(
        &mut self,
        idx: &LineIndex,
        name: &S,
        entry: EntryRef,
        form: Form,
        case_sensitive: bool,
        check_duplicates: bool,
    ) {
        let text = name.get_ref().trim();
        if text.is_empty() {
            self.error(idx, span_of(name), "empty name".to_string());
            return;
        }
        let key = name_key(text, case_sensitive);
        let location = idx.location(name.span().start);
        if check_duplicates {
            match self.names.get(&(case_sensitive, key.clone())) {
                Some((other, other_loc)) if *other != entry => {
                    let msg = format!(
                        "duplicate name {text:?}: its normalised form {key:?} already names another entry at {other_loc}"
                    );
                    self.error(idx, span_of(name), msg);
                    return;
                }
                Some(_) => {}
                None => {
                    self.names.insert((case_sensitive, key), (entry, location));
                }
            }
        }
        self.insert_variants(text, entry, form, case_sensitive);
    }

    /// Inserts a name and its hyphen variants ("al-Qaeda" also as "al Qaeda" and
    /// "al - Qaeda") into the matcher.
    fn insert_variants(&mut self, text: &str, entry: EntryRef, form: Form, case_sensitive: bool) {
        let tokens = name_tokens(text);
        self.matcher.insert(&tokens, entry, form, case_sensitive);
        if tokens.iter().any(|t| t.trim_matches('-').contains('-')) {
            let mut split = Vec::new();
            let mut with_dash = Vec::new();
            for t in &tokens {
                let parts: Vec<&str> = t.split('-').filter(|p| !p.is_empty()).collect();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        with_dash.push("-");
                    }
                    split.push(*p);
                    with_dash.push(*p);
                }
            }
            self.matcher.insert(&split, entry, form, case_sensitive);
            self.matcher.insert(&with_dash, entry, form, case_sensitive);
        }
    }

    /// Adds a generated or imported form: it never overrides a name of another entry
    /// (silently skipped), and is registered so that later imports do not override it.
    fn generated_name(&mut self, text: &str, entry: EntryRef, form: Form, location: &Location) {
        let key = name_key(text, false);
        if key.is_empty() {
            return;
        }
        match self.names.get(&(false, key.clone())) {
            Some((other, _)) if *other != entry => return,
            Some(_) => {}
            None => {
                self.names.insert((false, key), (entry, location.clone()));
            }
        }
        self.insert_variants(text, entry, form, false);
    }
}

/// Parses a strict `YYYY-MM-DD` date.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Folded key of a name: its tokens folded and joined by one space.
pub(crate) fn name_key(name: &str, case_sensitive: bool) -> String {
    name_tokens(name)
        .iter()
        .map(|t| {
            if case_sensitive {
                fold_keep_case(t).form
            } else {
                fold_token(t).form
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Validates a CAMEO actor code against the known blocks and countries.
pub(crate) fn check_code(
    code: &str,
    blocks: &FxHashMap<String, BlockKind>,
    countries: &FxHashMap<String, usize>,
) -> Option<String> {
    if code.is_empty() {
        return Some("empty actor code".to_string());
    }
    if !code.bytes().all(|b| b.is_ascii_uppercase()) || code.len() % 3 != 0 {
        return Some(format!(
            "malformed actor code {code:?}: expected blocks of three capital letters"
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, start) in (0..code.len()).step_by(3).enumerate() {
        let block = &code[start..start + 3];
        if seen.contains(&block) {
            return Some(format!(
                "actor code {code:?} repeats block {block}: a block appears at most once"
            ));
        }
        seen.push(block);
        let kind = blocks.get(block).copied();
        let is_country = countries.contains_key(block);
        if i == 0 {
            if !is_country && !matches!(kind, Some(BlockKind::International | BlockKind::Region)) {
                return Some(if kind.is_some() {
                    format!(
                        "actor code {code:?} starts with {block}, which is not a country, international or region block"
                    )
                } else {
                    format!("unknown country {block} in actor code {code:?}")
                });
            }
        } else if !is_country && kind.is_none() {
            return Some(format!(
                "unknown sector block {block} in actor code {code:?}"
            ));
        }
    }
    None
}

fn opt_str(s: &Option<S>) -> Option<String> {
    s.as_ref()
        .map(|s| s.get_ref().trim().to_string())
        .filter(|s| !s.is_empty())
}

fn strings(v: &[S]) -> Vec<String> {
    v.iter().map(|s| s.get_ref().trim().to_string()).collect()
}

/// Loads `files` with `valid_through`, returning the dictionary built from every valid
/// entry and the findings. Entries with errors are left out of the dictionary.
pub(crate) fn build(
    files: &[SourceFile],
    petrarch: &[PetrarchFile],
    valid_through: NaiveDate,
) -> (Dictionary, CheckReport) {
    let mut l = Loader {
        findings: Vec::new(),
        valid_through,
        blocks: Vec::new(),
        block_index: FxHashMap::default(),
        countries: Vec::new(),
        country_index: FxHashMap::default(),
        actors: Vec::new(),
        actor_ids: FxHashMap::default(),
        agents: Vec::new(),
        offices: Vec::new(),
        office_index: FxHashMap::default(),
        people: Vec::new(),
        vacancies: Vec::new(),
        disputes: Vec::new(),
        names: FxHashMap::default(),
        matcher: MatcherBuilder::default(),
    };

    // 1. Parse.
    let mut parsed: Vec<Parsed> = Vec::new();
    for f in files {
        let idx = LineIndex::new(f.path.clone(), f.text.clone());
        match toml::from_str::<RawFile>(&f.text) {
            Ok(raw) => {
                match &raw.format {
                    Some(fm) if fm.get_ref() == FORMAT => {}
                    Some(fm) => {
                        let msg = format!("unknown format {:?}: expected {FORMAT:?}", fm.get_ref());
                        l.error(&idx, span_of(fm), msg);
                        continue;
                    }
                    None => l.push(
                        &idx,
                        0..0,
                        Severity::Warning,
                        format!("no `format = \"{FORMAT}\"` line"),
                    ),
                }
                parsed.push(Parsed { idx, raw });
            }
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let msg = e.message().trim().to_string();
                l.error(&idx, span, format!("TOML: {msg}"));
            }
        }
    }

    // 2. Blocks.
    for p in &parsed {
        for b in &p.raw.block {
            let raw = b.get_ref();
            let code = raw.code.get_ref().clone();
            if code.len() != 3 || !code.bytes().all(|c| c.is_ascii_uppercase()) {
                l.error(
                    &p.idx,
                    span_of(&raw.code),
                    format!("block {code:?} is not three capital letters"),
                );
                continue;
            }
            let Some(kind) = BlockKind::parse(raw.kind.get_ref()) else {
                let msg = format!(
                    "unknown block kind {:?}: expected international, region, sector, religion or organisation",
                    raw.kind.get_ref()
                );
                l.error(&p.idx, span_of(&raw.kind), msg);
                continue;
            };
            if l.block_index.insert(code.clone(), kind).is_some() {
                l.error(
                    &p.idx,
                    span_of(&raw.code),
                    format!("block {code} defined twice"),
                );
                continue;
            }
            l.blocks.push(Block {
                code,
                kind,
                label: opt_str(&raw.label).unwrap_or_default(),
            });
        }
    }

    // 3. Countries (codes first, so that codes anywhere can refer to them).
    for p in &parsed {
        for c in &p.raw.country {
            let raw = c.get_ref();
            let code = raw.code.get_ref().clone();
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                l.error(
                    &p.idx,
                    span_of(&raw.code),
                    format!("country code {code:?} is not ISO 3166-1 alpha-3"),
                );
                continue;
            }
            if l.block_index.contains_key(&code) {
                l.error(
                    &p.idx,
                    span_of(&raw.code),
                    format!("country code {code} is also a non-country block"),
                );
                continue;
            }
            if l.country_index.contains_key(&code) {
                l.error(
                    &p.idx,
                    span_of(&raw.code),
                    format!("country {code} defined twice"),
                );
                continue;
            }
            if raw.names.is_empty() && raw.cased_names.is_empty() {
                l.error(&p.idx, span_of(c), format!("country {code} has no names"));
                continue;
            }
            l.country_index.insert(code.clone(), l.countries.len());
            l.countries.push(Country {
                code,
                names: strings(&raw.cased_names)
                    .into_iter()
                    .chain(strings(&raw.names))
                    .collect(),
                adjectives: strings(&raw.adjectives),
                demonyms: strings(&raw.demonyms),
                demonyms_plural: strings(&raw.demonyms_plural),
                capitals: strings(&raw.capitals),
                abbreviations: strings(&raw.abbreviations),
                territory_of: opt_str(&raw.territory_of),
                location: p.idx.location(c.span().start),
            });
        }
    }
    let mut ci = 0u32;
    for p in &parsed {
        for c in &p.raw.country {
            let raw = c.get_ref();
            // Skip countries rejected above (their index lookups fail or point elsewhere).
            let Some(&i) = l.country_index.get(raw.code.get_ref()) else {
                continue;
            };
            if l.countries[i].location != p.idx.location(c.span().start) {
                continue;
            }
            let entry = EntryRef::Country(i as u32);
            if let Some(t) = &raw.territory_of {
                if !l.country_index.contains_key(t.get_ref()) {
                    l.error(
                        &p.idx,
                        span_of(t),
                        format!("unknown country {} in territory_of", t.get_ref()),
                    );
                }
            }
            for n in &raw.names {
                l.add_name(&p.idx, n, entry, Form::Name, false, true);
            }
            for n in &raw.cased_names {
                l.add_name(&p.idx, n, entry, Form::Name, true, true);
            }
            for n in &raw.abbreviations {
                l.add_name(&p.idx, n, entry, Form::Abbreviation, true, true);
            }
            for n in &raw.adjectives {
                l.add_name(&p.idx, n, entry, Form::Adjective, false, true);
            }
            for n in &raw.demonyms {
                l.add_name(&p.idx, n, entry, Form::Demonym, false, true);
            }
            for n in &raw.demonyms_plural {
                l.add_name(&p.idx, n, entry, Form::DemonymPlural, false, true);
            }
            for n in &raw.capitals {
                l.add_name(&p.idx, n, entry, Form::Capital, false, true);
            }
            ci += 1;
        }
    }
    debug_assert_eq!(ci as usize, l.countries.len());

    // 4. Actors (IGOs, NGOs, groups, institutions).
    for p in &parsed {
        for a in &p.raw.actor {
            let raw = a.get_ref();
            let id = raw.id.get_ref().trim().to_string();
            if let Some(prev) = l.actor_ids.get(&id) {
                let msg = format!("actor id {id:?} already used at {prev}");
                l.error(&p.idx, span_of(&raw.id), msg);
                continue;
            }
            let Some(kind) = ActorKind::parse(raw.kind.get_ref()) else {
                let msg = format!(
                    "unknown actor kind {:?}: expected igo, ngo, group, mnc, institution, party, region or place",
                    raw.kind.get_ref()
                );
                l.error(&p.idx, span_of(&raw.kind), msg);
                continue;
            };
            let mut codes = Vec::new();
            let mut ok = true;
            match (&raw.code, raw.codes.is_empty()) {
                (Some(c), true) => {
                    ok &= l.check_code_at(&p.idx, c);
                    codes.push(DatedCode {
                        code: c.get_ref().clone(),
                        from: None,
                        to: None,
                    });
                }
                (None, false) => {
                    for dc in &raw.codes {
                        let d = dc.get_ref();
                        ok &= l.check_code_at(&p.idx, &d.code);
                        let from = d.from.as_ref().and_then(|x| l.date(&p.idx, x, "from"));
                        let to = d.to.as_ref().and_then(|x| l.date(&p.idx, x, "to"));
                        if let (Some(f), Some(t)) = (from, to) {
                            if f >= t {
                                l.error(
                                    &p.idx,
                                    span_of(dc),
                                    format!("from {f} is not before to {t}"),
                                );
                                ok = false;
                            }
                        }
                        if (d.from.is_some() || d.to.is_some()) && opt_str(&d.source).is_none() {
                            l.error(
                                &p.idx,
                                span_of(dc),
                                "dated code without `source`".to_string(),
                            );
                        }
                        codes.push(DatedCode {
                            code: d.code.get_ref().clone(),
                            from,
                            to,
                        });
                    }
                    for i in 0..codes.len() {
                        for j in i + 1..codes.len() {
                            if ranges_overlap(
                                codes[i].from,
                                codes[i].to,
                                codes[j].from,
                                codes[j].to,
                            ) {
                                let msg = format!(
                                    "dated codes {} and {} of actor {id:?} overlap",
                                    codes[i].code, codes[j].code
                                );
                                l.error(&p.idx, span_of(&raw.codes[j]), msg);
                                ok = false;
                            }
                        }
                    }
                }
                (Some(c), false) => {
                    l.error(
                        &p.idx,
                        span_of(c),
                        "give either `code` or `codes`, not both".to_string(),
                    );
                    ok = false;
                }
                (None, true) => {
                    l.error(
                        &p.idx,
                        span_of(&raw.id),
                        format!("actor {id:?} has no `code`"),
                    );
                    ok = false;
                }
            }
            if let Some(c) = &raw.country {
                if !l.country_index.contains_key(c.get_ref()) {
                    l.error(
                        &p.idx,
                        span_of(c),
                        format!("unknown country {}", c.get_ref()),
                    );
                }
            }
            if raw.names.is_empty() && raw.cased_names.is_empty() && raw.abbreviations.is_empty() {
                l.error(
                    &p.idx,
                    span_of(&raw.id),
                    format!("actor {id:?} has no names"),
                );
                ok = false;
            }
            l.actor_ids
                .insert(id.clone(), p.idx.location(raw.id.span().start));
            if !ok {
                continue;
            }
            let entry = EntryRef::Actor(l.actors.len() as u32);
            l.actors.push(Actor {
                id,
                kind,
                names: strings(&raw.names)
                    .into_iter()
                    .chain(strings(&raw.cased_names))
                    .collect(),
                abbreviations: strings(&raw.abbreviations),
                codes,
                country: opt_str(&raw.country),
                location: p.idx.location(a.span().start),
            });
            for n in &raw.names {
                l.add_name(&p.idx, n, entry, Form::Name, false, true);
            }
            for n in &raw.cased_names {
                l.add_name(&p.idx, n, entry, Form::Name, true, true);
            }
            for n in &raw.abbreviations {
                l.add_name(&p.idx, n, entry, Form::Abbreviation, true, true);
            }
        }
    }

    // 5. Agents.
    for p in &parsed {
        for a in &p.raw.agent {
            let raw = a.get_ref();
            let sector = raw.sector.get_ref().clone();
            let problem = agent_sector_problem(&sector, &l.block_index);
            if let Some(msg) = problem {
                l.error(&p.idx, span_of(&raw.sector), msg);
                continue;
            }
            if raw.names.is_empty() && raw.plurals.as_ref().is_none_or(|p| p.is_empty()) {
                l.error(&p.idx, span_of(a), "agent has no names".to_string());
                continue;
            }
            let entry = EntryRef::Agent(l.agents.len() as u32);
            let names = strings(&raw.names);
            for n in &raw.names {
                l.add_name(&p.idx, n, entry, Form::AgentSingular, false, true);
            }
            let plurals = match &raw.plurals {
                Some(ps) => {
                    for n in ps {
                        l.add_name(&p.idx, n, entry, Form::AgentPlural, false, true);
                    }
                    strings(ps)
                }
                None => {
                    let ps: Vec<String> = names.iter().map(|n| plural_of(n)).collect();
                    let location = p.idx.location(a.span().start);
                    for n in &ps {
                        l.generated_name(n, entry, Form::AgentPlural, &location);
                    }
                    ps
                }
            };
            l.agents.push(Agent {
                names,
                plurals,
                sector,
                prefix: false,
                location: p.idx.location(a.span().start),
            });
        }
    }

    // 6. Offices.
    let mut office_aliases: Vec<(String, usize, LineIndex, Range<usize>)> = Vec::new();
    for p in &parsed {
        for o in &p.raw.office {
            let raw = o.get_ref();
            let id = raw.id.get_ref().trim().to_string();
            let Some((prefix, _)) = id.split_once('.') else {
                l.error(
                    &p.idx,
                    span_of(&raw.id),
                    format!("office id {id:?} is not <KEY>.<office>"),
                );
                continue;
            };
            if l.office_index.contains_key(&id) {
                l.error(
                    &p.idx,
                    span_of(&raw.id),
                    format!("office {id:?} defined twice"),
                );
                continue;
            }
            let code_ok = l.check_code_at(&p.idx, &raw.code);
            let from = raw.from.as_ref().and_then(|x| l.date(&p.idx, x, "from"));
            let to = raw.to.as_ref().and_then(|x| l.date(&p.idx, x, "to"));
            if let (Some(f), Some(t)) = (from, to) {
                if f >= t {
                    l.error(
                        &p.idx,
                        span_of(o),
                        format!("office {id:?}: from {f} is not before to {t}"),
                    );
                }
            }
            let i = l.offices.len();
            l.office_index.insert(id.clone(), i);
            for a in &raw.also {
                office_aliases.push((
                    format!("{prefix}.{}", a.get_ref()),
                    i,
                    p.idx.clone(),
                    span_of(a),
                ));
            }
            l.offices.push(Office {
                id: id.clone(),
                title: opt_str(&raw.title).unwrap_or_else(|| id.clone()),
                code: if code_ok {
                    raw.code.get_ref().clone()
                } else {
                    String::new()
                },
                from,
                to,
                also: strings(&raw.also),
                location: p.idx.location(o.span().start),
            });
        }
    }
    for (alias, i, idx, span) in office_aliases {
        if let Some(&j) = l.office_index.get(&alias) {
            if j != i {
                let msg =
                    format!("`also` makes {alias:?} an alias, but that office is defined itself");
                l.error(&idx, span, msg);
            }
            continue;
        }
        l.office_index.insert(alias, i);
    }

    // 7. People.
    for p in &parsed {
        for person in &p.raw.person {
            let raw = person.get_ref();
            let name = raw.name.get_ref().trim().to_string();
            let gender = match raw.gender.as_ref().map(|g| g.get_ref().as_str()) {
                None => None,
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                Some(other) => {
                    let msg = format!("gender {other:?}: expected \"m\" or \"f\"");
                    let span = span_of(raw.gender.as_ref().expect("some"));
                    l.error(&p.idx, span, msg);
                    None
                }
            };
            let mut roles: Vec<(Role, Range<usize>)> = Vec::new();
            for r in &raw.roles {
                let rr = r.get_ref();
                let span = span_of(r);
                let office = rr.office.as_ref().map(|o| o.get_ref().trim().to_string());
                let office_idx = match (&office, &rr.office) {
                    (Some(o), Some(os)) => match l.office_index.get(o) {
                        Some(&i) => Some(i),
                        None => {
                            l.error(&p.idx, span_of(os), format!("unknown office id {o:?}"));
                            continue;
                        }
                    },
                    _ => None,
                };
                let code = match (&rr.code, office_idx) {
                    (Some(c), _) => {
                        if !l.check_code_at(&p.idx, c) {
                            continue;
                        }
                        c.get_ref().clone()
                    }
                    (None, Some(i)) => l.offices[i].code.clone(),
                    (None, None) => {
                        l.error(
                            &p.idx,
                            span.clone(),
                            format!("role of {name:?} names neither `office` nor `code`"),
                        );
                        continue;
                    }
                };
                if code.is_empty() {
                    continue; // the office's own code was invalid: reported there.
                }
                let from = match &rr.from {
                    Some(d) => l.date(&p.idx, d, "from"),
                    None => {
                        l.error(
                            &p.idx,
                            span.clone(),
                            format!("role of {name:?} has no `from` date"),
                        );
                        None
                    }
                };
                let to = rr.to.as_ref().and_then(|d| l.date(&p.idx, d, "to"));
                let source = opt_str(&rr.source);
                if source.is_none() {
                    l.error(
                        &p.idx,
                        span.clone(),
                        format!("dated role of {name:?} has no `source`"),
                    );
                }
                let Some(from) = from else { continue };
                if rr.to.is_some() && to.is_none() {
                    continue;
                }
                if let Some(t) = to {
                    if from >= t {
                        l.error(
                            &p.idx,
                            span.clone(),
                            format!("role of {name:?}: from {from} is not before to {t}"),
                        );
                        continue;
                    }
                }
                if from > l.valid_through {
                    let msg = format!(
                        "role of {name:?} starts {from}, after valid_through {}",
                        l.valid_through
                    );
                    l.push(&p.idx, span.clone(), Severity::Warning, msg);
                }
                let resolved_office = office_idx.map(|i| l.offices[i].id.clone());
                roles.push((
                    Role {
                        office: resolved_office,
                        code,
                        from,
                        to,
                        acting: rr.acting.unwrap_or(false),
                        concurrent: rr.concurrent.unwrap_or(false),
                        source: source.unwrap_or_default(),
                        location: p.idx.location(span.start),
                    },
                    span,
                ));
            }
            for i in 0..roles.len() {
                for j in i + 1..roles.len() {
                    let (a, b) = (&roles[i].0, &roles[j].0);
                    if a.code != b.code
                        && !a.concurrent
                        && !b.concurrent
                        && ranges_overlap(Some(a.from), a.to, Some(b.from), b.to)
                    {
                        let msg = format!(
                            "roles of {name:?} overlap with different codes: {} from {} and {} from {} (mark one `concurrent = true` if both were held at once)",
                            a.code, a.from, b.code, b.from
                        );
                        l.error(&p.idx, roles[j].1.clone(), msg);
                    }
                    if a.office.is_some()
                        && a.office == b.office
                        && ranges_overlap(Some(a.from), a.to, Some(b.from), b.to)
                    {
                        let msg = format!(
                            "roles of {name:?} in office {} overlap ({} and {})",
                            a.office.as_deref().unwrap_or(""),
                            a.from,
                            b.from
                        );
                        l.error(&p.idx, roles[j].1.clone(), msg);
                    }
                }
            }
            let entry = EntryRef::Person(l.people.len() as u32);
            l.add_name(&p.idx, &raw.name, entry, Form::Name, false, true);
            for a in &raw.aliases {
                l.add_name(&p.idx, a, entry, Form::Name, false, true);
            }
            if let Some(s) = &raw.surname {
                // Surnames are shared by many people: no duplicate check, ambiguous hits.
                l.add_name(&p.idx, s, entry, Form::Surname, false, false);
            }
            l.people.push(Person {
                name,
                aliases: strings(&raw.aliases),
                surname: opt_str(&raw.surname),
                gender,
                roles: roles.into_iter().map(|(r, _)| r).collect(),
                location: p.idx.location(person.span().start),
            });
        }
    }

    // 8. Vacancies and disputes.
    let person_names: FxHashMap<String, ()> = l
        .people
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(p.aliases.iter()))
        .map(|n| (name_key(n, false), ()))
        .collect();
    for p in &parsed {
        for v in &p.raw.vacancy {
            let raw = v.get_ref();
            let Some(office) = l.resolve_office(&p.idx, &raw.office) else {
                continue;
            };
            let from = l.date(&p.idx, &raw.from, "from");
            let to = raw.to.as_ref().and_then(|d| l.date(&p.idx, d, "to"));
            if opt_str(&raw.source).is_none() {
                l.error(&p.idx, span_of(v), "vacancy has no `source`".to_string());
            }
            let Some(from) = from else { continue };
            if let Some(t) = to {
                if from >= t {
                    l.error(
                        &p.idx,
                        span_of(v),
                        format!("vacancy: from {from} is not before to {t}"),
                    );
                    continue;
                }
            }
            l.vacancies.push(Vacancy {
                office,
                from,
                to,
                location: p.idx.location(v.span().start),
            });
        }
        for d in &p.raw.dispute {
            let raw = d.get_ref();
            let Some(office) = l.resolve_office(&p.idx, &raw.office) else {
                continue;
            };
            let from = l.date(&p.idx, &raw.from, "from");
            let to = raw.to.as_ref().and_then(|x| l.date(&p.idx, x, "to"));
            if opt_str(&raw.source).is_none() {
                l.error(&p.idx, span_of(d), "dispute has no `source`".to_string());
            }
            for c in &raw.claimants {
                if !person_names.contains_key(&name_key(c.get_ref(), false)) {
                    let msg = format!(
                        "dispute claimant {:?} is not a person in the dictionaries",
                        c.get_ref()
                    );
                    l.error(&p.idx, span_of(c), msg);
                }
            }
            let Some(from) = from else { continue };
            if let Some(t) = to {
                if from >= t {
                    l.error(
                        &p.idx,
                        span_of(d),
                        format!("dispute: from {from} is not before to {t}"),
                    );
                    continue;
                }
            }
            l.disputes.push(Dispute {
                office,
                from,
                to,
                claimants: strings(&raw.claimants),
                location: p.idx.location(d.span().start),
            });
        }
    }

    // 9. PETRARCH / Phoenix dictionaries: merged after ours; a name we already have
    // keeps our entry. Codes outside our block list pass through with a warning.
    let check_imported = !l.block_index.is_empty();
    for pf in petrarch {
        match pf.kind {
            PetrarchKind::Actors => {
                let (actors, findings) = petrarch::read_actors(&pf.path, &pf.text);
                l.findings.extend(findings);
                for a in actors {
                    if a.codes.is_empty() {
                        continue; // a null-coded record: nothing to code
                    }
                    if check_imported {
                        for c in &a.codes {
                            if let Some(msg) = l.code_problem(&c.code) {
                                l.findings.push(Finding {
                                    location: a.location.clone(),
                                    severity: Severity::Warning,
                                    message: format!(
                                        "{msg} (kept as written: not a CAMEO code we know)"
                                    ),
                                });
                            }
                        }
                    }
                    let entry = EntryRef::Actor(l.actors.len() as u32);
                    for n in &a.names {
                        l.generated_name(n, entry, Form::Name, &a.location);
                    }
                    l.actors.push(Actor {
                        id: format!("{}:{}", a.location.file, a.location.line),
                        kind: ActorKind::Imported,
                        names: a.names,
                        abbreviations: Vec::new(),
                        codes: a.codes,
                        country: None,
                        location: a.location,
                    });
                }
            }
            PetrarchKind::Agents => {
                let (agents, findings) = petrarch::read_agents(&pf.path, &pf.text);
                l.findings.extend(findings);
                for a in agents {
                    if check_imported {
                        if let Some(msg) = agent_sector_problem(&a.sector, &l.block_index) {
                            l.findings.push(Finding {
                                location: a.location.clone(),
                                severity: Severity::Warning,
                                message: format!("{msg} (kept as written)"),
                            });
                        }
                    }
                    let entry = EntryRef::Agent(l.agents.len() as u32);
                    for n in &a.names {
                        l.generated_name(n, entry, Form::AgentSingular, &a.location);
                    }
                    for n in &a.plurals {
                        l.generated_name(n, entry, Form::AgentPlural, &a.location);
                    }
                    l.agents.push(Agent {
                        names: a.names,
                        plurals: a.plurals,
                        sector: a.sector,
                        prefix: a.prefix,
                        location: a.location,
                    });
                }
            }
        }
    }

    let mut report = CheckReport {
        findings: std::mem::take(&mut l.findings),
        files: files.len() + petrarch.len(),
    };
    report.sort();
    let dict = Dictionary {
        valid_through: l.valid_through,
        blocks: l.blocks,
        block_index: l.block_index,
        countries: l.countries,
        country_index: l.country_index,
        actors: l.actors,
        agents: l.agents,
        offices: l.offices,
        office_index: l.office_index,
        people: l.people,
        vacancies: l.vacancies,
        disputes: l.disputes,
        matcher: l.matcher.finish(),
    };
    (dict, report)
}

impl Loader {
    fn resolve_office(&mut self, idx: &LineIndex, office: &S) -> Option<String> {
        match self.office_index.get(office.get_ref().trim()) {
            Some(&i) => Some(self.offices[i].id.clone()),
            None => {
                self.error(
                    idx,
                    span_of(office),
                    format!("unknown office id {:?}", office.get_ref()),
                );
                None
            }
        }
    }
}

fn agent_sector_problem(sector: &str, blocks: &FxHashMap<String, BlockKind>) -> Option<String> {
    if sector.is_empty() || sector.len() % 3 != 0 || !sector.bytes().all(|b| b.is_ascii_uppercase())
    {
        return Some(format!(
            "malformed sector {sector:?}: expected blocks of three capital letters"
        ));
    }
    let mut seen = Vec::new();
    for start in (0..sector.len()).step_by(3) {
        let b = &sector[start..start + 3];
        if seen.contains(&b) {
            return Some(format!("sector {sector:?} repeats block {b}"));
        }
        seen.push(b);
        if !blocks.contains_key(b) {
            return Some(format!(
                "unknown sector block {b} in agent sector {sector:?}"
            ));
        }
    }
    None
}

/// True if the half-open ranges `[a0, a1)` and `[b0, b1)` share a day (`None` = unbounded).
pub(crate) fn ranges_overlap(
    a0: Option<NaiveDate>,
    a1: Option<NaiveDate>,
    b0: Option<NaiveDate>,
    b1: Option<NaiveDate>,
) -> bool {
    let start_before_end = |s: Option<NaiveDate>, e: Option<NaiveDate>| match (s, e) {
        (Some(s), Some(e)) => s < e,
        _ => true,
    };
    start_before_end(a0, b1) && start_before_end(b0, a1)
}

/// Parses a manifest; returns `valid_through` and the listed file entries.
pub(crate) fn parse_manifest(path: &str, text: &str) -> Result<(NaiveDate, Vec<String>), Finding> {
    let idx = LineIndex::new(Arc::from(path), Arc::from(text));
    let raw: RawManifest = toml::from_str(text).map_err(|e| Finding {
        location: idx.location(e.span().unwrap_or(0..0).start),
        severity: Severity::Error,
        message: format!("TOML: {}", e.message().trim()),
    })?;
    let bad = |span: Range<usize>, message: String| Finding {
        location: idx.location(span.start),
        severity: Severity::Error,
        message,
    };
    let vt = match raw.valid_through.get_ref() {
        toml::Value::String(s) => parse_date(s),
        toml::Value::Datetime(dt) => dt
            .date
            .and_then(|d| NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)),
        _ => None,
    }
    .ok_or_else(|| {
        bad(
            raw.valid_through.span(),
            "malformed valid_through: expected \"YYYY-MM-DD\"".into(),
        )
    })?;
    let _ = raw.format;
    Ok((vt, raw.files.iter().map(|f| f.get_ref().clone()).collect()))
}

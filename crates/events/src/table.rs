//! The CAMEO event-code table, compiled from the CAMEO codebook list and the 2021
//! CAMEO-to-PLOVER mapping into our own TSV (`data/events/cameo.tsv`), embedded in the library.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The compiled table as shipped (`data/events/cameo.tsv`), embedded at build time.
pub const CAMEO_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/events/cameo.tsv"
));

/// The header line of the compiled table (tab-separated column names).
pub const TABLE_HEADER: &str =
    "code\troot\tquad_class\tgoldstein\tlabel\tplover_event\tplover_mode\tplover_context";

/// One CAMEO event code with its codebook facts and PLOVER equivalent.
///
/// Facts come from the CAMEO 1.1b3 codebook list (`cameo_event_codes.tsv`: label, quad class,
/// Goldstein) and from openeventdata/PLOVER `CAMEO2PLOVER-2021.txt` (PLOVER event, mode,
/// context; CC BY-SA 4.0).
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code as written, 2 to 4 digits (`"046"`, `"1122"`).
    pub code: String,
    /// The 2-digit root category (`"04"`).
    pub root: String,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict (GDELT's grouping by root).
    pub quad_class: u8,
    /// Goldstein score, -10.0 (most conflictual) to +10.0 (most cooperative).
    pub goldstein: f32,
    /// Codebook label (`"Engage in negotiation"`).
    pub label: String,
    /// PLOVER mapping; `None` for roots 01 and 02 (not covered by PLOVER) and where the
    /// mapping gives no event type.
    pub plover: Option<Plover>,
}

/// A PLOVER event type with its optional mode and contexts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plover {
    /// Event type in upper case (`"CONSULT"`).
    pub event: String,
    /// Mode (`"visit"`), if the mapping gives one.
    pub mode: Option<String>,
    /// Contexts (`["crime", "corruption"]`), possibly empty.
    pub context: Vec<String>,
}

impl CameoCode {
    /// Whether this is a 2-digit root category (not a code to emit).
    pub fn is_root(&self) -> bool {
        self.code.len() == 2
    }

    /// Looks up a code (2 to 4 digits) in the embedded table.
    pub fn get(code: &str) -> Option<&'static CameoCode> {
        let t = table();
        t.index.get(code).map(|&i| &t.codes[i])
    }

    /// Every code of the embedded table in file order (roots included).
    pub fn all() -> &'static [CameoCode] {
        &table().codes
    }

    /// The 3- and 4-digit codes, which are the ones an event may carry.
    pub fn emittable() -> impl Iterator<Item = &'static CameoCode> {
        Self::all().iter().filter(|c| !c.is_root())
    }
}

struct Table {
    codes: Vec<CameoCode>,
    index: HashMap<String, usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The shipped table is checked by the crate's tests; a fault is a build defect.
        let codes = parse_table(CAMEO_TSV).expect("embedded data/events/cameo.tsv is valid");
        let index = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        Table { codes, index }
    })
}

/// A fault in a CAMEO source list or compiled table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// A line that does not have the expected shape.
    #[error("{file}:{line}: {message}")]
    Malformed {
        /// Which input (`cameo_event_codes.tsv`, `CAMEO2PLOVER-2021.txt`, `cameo.tsv`).
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

fn bad(file: &'static str, line: usize, message: impl Into<String>) -> TableError {
    TableError::Malformed {
        file,
        line,
        message: message.into(),
    }
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parses a compiled table (the format [`compile_table`] writes).
///
/// # Errors
/// [`TableError::Malformed`] naming `cameo.tsv` and the line of the first bad row.
pub fn parse_table(text: &str) -> Result<Vec<CameoCode>, TableError> {
    const F: &str = "cameo.tsv";
    let mut out = Vec::new();
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !seen_header {
            if line != TABLE_HEADER {
                return Err(bad(F, n, "expected the header line"));
            }
            seen_header = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 8 {
            return Err(bad(
                F,
                n,
                format!("expected 8 columns, found {}", cols.len()),
            ));
        }
        if !is_code(cols[0]) || cols[1] != &cols[0][..2] {
            return Err(bad(
                F,
                n,
                format!("bad code or root `{}`/`{}`", cols[0], cols[1]),
            ));
        }
        let quad_class: u8 = cols[2]
            .parse()
            .ok()
            .filter(|q| (1..=4).contains(q))
            .ok_or_else(|| bad(F, n, format!("bad quad class `{}`", cols[2])))?;
        let goldstein: f32 = cols[3]
            .parse()
            .ok()
            .filter(|g: &f32| (-10.0..=10.0).contains(g))
            .ok_or_else(|| bad(F, n, format!("bad Goldstein score `{}`", cols[3])))?;
        let plover = if cols[5].is_empty() {
            None
        } else {
            Some(Plover {
                event: cols[5].to_string(),
                mode: (!cols[6].is_empty()).then(|| cols[6].to_string()),
                context: cols[7]
                    .split(';')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        };
        out.push(CameoCode {
            code: cols[0].to_string(),
            root: cols[1].to_string(),
            quad_class,
            goldstein,
            label: cols[4].to_string(),
            plover,
        });
    }
    if !seen_header {
        return Err(bad(F, 1, "empty table"));
    }
    Ok(out)
}

/// Compiles our table from the CAMEO code list and the CAMEO-to-PLOVER mapping.
///
/// `cameo_tsv` is the text of `cameo_event_codes.tsv` (header `code quad_class goldstein label`,
/// tab-separated); `plover_txt` that of `CAMEO2PLOVER-2021.txt` (`CODE: EVENT, mode, context #
/// comment` lines; `NN: EVENT` for roots). The result is the TSV shipped as
/// `data/events/cameo.tsv`: comment lines, [`TABLE_HEADER`], one row per CAMEO code in the
/// list's order. PLOVER codes absent from the CAMEO list (1213, 1214) are left out and named in
/// a comment; a root mapped to two PLOVER types (08: CONCEDE and RETREAT) gets none; repeated
/// identical mapping lines (175) count once.
///
/// # Errors
/// [`TableError::Malformed`] with the input file and line of a line that cannot be read, or of a
/// code mapped twice to different PLOVER values.
pub fn compile_table(cameo_tsv: &str, plover_txt: &str) -> Result<String, TableError> {
    const C: &str = "cameo_event_codes.tsv";
    const P: &str = "CAMEO2PLOVER-2021.txt";
    // code -> (event, mode, context list); roots with two types map to None.
    let mut plover: BTreeMap<String, Option<(String, String, String)>> = BTreeMap::new();
    for (i, raw) in plover_txt.lines().enumerate() {
        let n = i + 1;
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('~') {
            continue;
        }
        let (code, rest) = line
            .split_once(':')
            .ok_or_else(|| bad(P, n, "expected `CODE: EVENT, mode, context`"))?;
        let code = code.trim();
        if !is_code(code) {
            return Err(bad(P, n, format!("bad CAMEO code `{code}`")));
        }
        let parts: Vec<&str> = rest.split(',').map(str::trim).collect();
        let event = parts[0].to_string();
        if event.is_empty() || !event.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(P, n, format!("bad PLOVER event `{event}`")));
        }
        let mode = parts.get(1).copied().unwrap_or("").to_string();
        let context: Vec<&str> = parts
            .get(2)
            .copied()
            .unwrap_or("")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.len() > 3 {
            return Err(bad(P, n, "more than three comma-separated fields"));
        }
        let value = Some((event, mode, context.join(";")));
        match plover.get(code) {
            None => {
                plover.insert(code.to_string(), value);
            }
            Some(prev) if *prev == value => {}
            Some(_) if code.len() == 2 => {
                plover.insert(code.to_string(), None);
            }
            Some(_) => return Err(bad(P, n, format!("code {code} mapped twice differently"))),
        }
    }

    let mut rows = String::new();
    let mut listed = std::collections::HashSet::new();
    let mut lines = cameo_tsv.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.split('\t').next() == Some("code") => {}
        _ => {
            return Err(bad(
                C,
                1,
                "expected the header `code\tquad_class\tgoldstein\tlabel`",
            ));
        }
    }
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 4 {
            return Err(bad(
                C,
                n,
                format!("expected 4 columns, found {}", cols.len()),
            ));
        }
        let code = cols[0].trim();
        if !is_code(code) {
            return Err(bad(C, n, format!("bad CAMEO code `{code}`")));
        }
        let quad: u8 = cols[1]
            .trim()
            .parse()
            .ok()
            .filter(|q| (1..=4).contains(q))
            .ok_or_else(|| bad(C, n, format!("bad quad class `{}`", cols[1])))?;
        let gold: f32 = cols[2]
            .trim()
            .parse()
            .ok()
            .filter(|g: &f32| (-10.0..=10.0).contains(g))
            .ok_or_else(|| bad(C, n, format!("bad Goldstein score `{}`", cols[2])))?;
        let (ev, mode, ctx) = match plover.get(code) {
            Some(Some((e, m, c))) => (e.as_str(), m.as_str(), c.as_str()),
            _ => ("", "", ""),
        };
        listed.insert(code.to_string());
        let _ = writeln!(
            rows,
            "{code}\t{}\t{quad}\t{gold:.1}\t{}\t{ev}\t{mode}\t{ctx}",
            &code[..2],
            cols[3].trim()
        );
    }
    let extra: Vec<&str> = plover
        .keys()
        .filter(|k| !listed.contains(*k))
        .map(String::as_str)
        .collect();
    let mut out = String::new();
    out.push_str("# dyad CAMEO event-code table. GENERATED: do not edit by hand.\n");
    out.push_str("# Regenerate: cargo run -p dyad-events --example compile_cameo\n");
    out.push_str("# Codes, labels, quad classes, Goldstein scores: CAMEO 1.1b3 codebook list.\n");
    out.push_str(
        "# PLOVER event/mode/context: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0).\n",
    );
    if !extra.is_empty() {
        let _ = writeln!(
            out,
            "# PLOVER mapping lines for codes not in the CAMEO list, left out: {}",
            extra.join(", ")
        );
    }
    out.push_str(TABLE_HEADER);
    out.push('\n');
    out.push_str(&rows);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_gives_codebook_facts() {
        let c = CameoCode::get("046").unwrap();
        assert_eq!(c.label, "Engage in negotiation");
        assert_eq!(c.root, "04");
        assert_eq!(c.quad_class, 1);
        assert_eq!(c.goldstein, 7.0);
        let p = c.plover.as_ref().unwrap();
        assert_eq!(p.event, "CONSULT");
        assert_eq!(p.context, ["diplomatic"]);
        let c = CameoCode::get("1121").unwrap();
        assert_eq!(c.quad_class, 3);
        let p = c.plover.as_ref().unwrap();
        assert_eq!(
            (p.event.as_str(), p.mode.as_deref()),
            ("ACCUSE", Some("allege"))
        );
        assert_eq!(p.context, ["crime", "corruption"]);
        assert_eq!(CameoCode::get("1823").unwrap().goldstein, -10.0);
        assert!(CameoCode::get("010").unwrap().plover.is_none());
        assert!(CameoCode::get("0234").unwrap().plover.is_none());
        assert!(CameoCode::get("999").is_none());
        assert!(CameoCode::get("1213").is_none());
        // roots: 03 maps to AGREE; 08 is split between CONCEDE and RETREAT, so none
        assert_eq!(
            CameoCode::get("03").unwrap().plover.as_ref().unwrap().event,
            "AGREE"
        );
        assert!(CameoCode::get("08").unwrap().plover.is_none());
        assert!(CameoCode::get("08").unwrap().is_root());
        // 175 is listed twice, identically, in the mapping; 201 is listed under root 18
        assert_eq!(
            CameoCode::get("175")
                .unwrap()
                .plover
                .as_ref()
                .unwrap()
                .event,
            "ASSAULT"
        );
        let p201 = CameoCode::get("201").unwrap().plover.as_ref().unwrap();
        assert_eq!(
            (p201.event.as_str(), p201.mode.as_deref()),
            ("ASSAULT", Some("cleansing"))
        );
    }

    #[test]
    fn table_has_291_emittable_codes_and_20_roots() {
        assert_eq!(CameoCode::emittable().count(), 291);
        assert_eq!(CameoCode::all().iter().filter(|c| c.is_root()).count(), 20);
        for c in CameoCode::all() {
            let expect = match c.root.as_str() {
                "01" | "02" | "03" | "04" | "05" => 1,
                "06" | "07" | "08" | "09" => 2,
                "10" | "11" | "12" | "13" | "14" => 3,
                _ => 4,
            };
            assert_eq!(c.quad_class, expect, "{}", c.code);
        }
    }

    #[test]
    fn committed_table_equals_regenerated() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
        let (Ok(cameo), Ok(plover)) = (
            std::fs::read_to_string(format!("{shared}/cameo/cameo_event_codes.tsv")),
            std::fs::read_to_string(format!("{shared}/plover/CAMEO2PLOVER-2021.txt")),
        ) else {
            eprintln!("skipping: ../shared/data (CAMEO list, PLOVER mapping) is absent");
            return;
        };
        assert_eq!(compile_table(&cameo, &plover).unwrap(), CAMEO_TSV);
    }

    #[test]
    fn malformed_inputs_name_file_and_line() {
        let e = compile_table("code\tq\tg\tl\n046\t9\t7.0\tx\n", "").unwrap_err();
        assert_eq!(e.to_string(), "cameo_event_codes.tsv:2: bad quad class `9`");
        let e = compile_table("code\tq\tg\tl\n", "04: CONSULT\n4x6: CONSULT, ,\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "CAMEO2PLOVER-2021.txt:2: bad CAMEO code `4x6`"
        );
        let e = parse_table(&format!("{TABLE_HEADER}\n046\t04\t1\t7.0\tx\n")).unwrap_err();
        assert_eq!(e.to_string(), "cameo.tsv:2: expected 8 columns, found 5");
    }
}

//! Wire datelines at the start of a lede: "CARACAS, Oct 7 (Reuters) -", "NAIROBI, Kenya --",
//! "WASHINGTON (AP) —", "Caracas, Venezuela (CNN) -", and a dateline glued to its lede without
//! a separator ("NAIROBI, Kenya Kenya's president ...").
//!
//! Rules (ours):
//! - With a separator (`-`, `--`, `—`, `–`): a place in capitals (one to five words,
//!   optionally followed by `, Region` in any case), then optionally `, Mon D` and
//!   `(Agency)`, then the separator and white space. A place in title case is accepted only
//!   when an `(Agency)` follows it. The lede after the separator must not start in lower case.
//! - Without a separator (glued): a place in capitals followed by `, Region` where the region
//!   is a known country, US state or state abbreviation (see [`REGIONS`]), and then a
//!   capitalised word; or a known dateline city in capitals ([`CITIES`]) directly followed by
//!   a capitalised word that is not itself in capitals.
//!
//! The place and region lists are facts (country and state names), written for dyad.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A dateline found at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline including its separator, byte range into the searched text
    /// (trailing white space excluded).
    pub span: Range<usize>,
    /// The place as written ("NAIROBI, Kenya", "CARACAS"), byte range into the searched text.
    pub place: Range<usize>,
    /// The news agency in brackets ("Reuters", "AP"), byte range, if any.
    pub agency: Option<Range<usize>>,
    /// Byte offset where the lede proper starts (after the dateline and white space).
    pub lede_start: usize,
    /// True when no separator stood between the dateline and the lede.
    pub glued: bool,
}

/// Countries, US states and their AP abbreviations, and a few other regions that follow a
/// city in datelines ("NAIROBI, Kenya", "AUSTIN, Texas", "SACRAMENTO, Calif.").
pub const REGIONS: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Congo",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Ivory Coast",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Korea",
    "North Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "South Africa",
    "South Korea",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Trinidad",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Vietnam",
    "West Bank",
    "Gaza",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Puerto Rico",
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Ala.",
    "Ariz.",
    "Ark.",
    "Calif.",
    "Colo.",
    "Conn.",
    "Del.",
    "Fla.",
    "Ga.",
    "Ill.",
    "Ind.",
    "Kan.",
    "Ky.",
    "La.",
    "Md.",
    "Mass.",
    "Mich.",
    "Minn.",
    "Miss.",
    "Mo.",
    "Mont.",
    "Neb.",
    "Nev.",
    "N.H.",
    "N.J.",
    "N.M.",
    "N.Y.",
    "N.C.",
    "N.D.",
    "Okla.",
    "Ore.",
    "Pa.",
    "R.I.",
    "S.C.",
    "S.D.",
    "Tenn.",
    "Va.",
    "Vt.",
    "Wash.",
    "W.Va.",
    "Wis.",
    "Wyo.",
    "D.C.",
];

/// Cities that stand alone in capitals as datelines ("WASHINGTON", "CARACAS"): capitals and
/// large news centres.
pub const CITIES: &[&str] = &[
    "ABUJA",
    "ACCRA",
    "ADDIS ABABA",
    "ALGIERS",
    "AMMAN",
    "AMSTERDAM",
    "ANKARA",
    "ATHENS",
    "ATLANTA",
    "BAGHDAD",
    "BAMAKO",
    "BANGKOK",
    "BEIJING",
    "BEIRUT",
    "BELGRADE",
    "BERLIN",
    "BOGOTA",
    "BOGOTÁ",
    "BOSTON",
    "BRASILIA",
    "BRASÍLIA",
    "BRUSSELS",
    "BUCHAREST",
    "BUDAPEST",
    "BUENOS AIRES",
    "CAIRO",
    "CARACAS",
    "CHICAGO",
    "COPENHAGEN",
    "DAKAR",
    "DAMASCUS",
    "DHAKA",
    "DOHA",
    "DUBAI",
    "DUBLIN",
    "GENEVA",
    "HAVANA",
    "HONG KONG",
    "ISLAMABAD",
    "ISTANBUL",
    "JAKARTA",
    "JERUSALEM",
    "JOHANNESBURG",
    "KABUL",
    "KAMPALA",
    "KARACHI",
    "KHARTOUM",
    "KINSHASA",
    "KYIV",
    "KIEV",
    "LAGOS",
    "LA PAZ",
    "LIMA",
    "LISBON",
    "LONDON",
    "LOS ANGELES",
    "MADRID",
    "MANAGUA",
    "MANILA",
    "MEXICO CITY",
    "MIAMI",
    "MINSK",
    "MOGADISHU",
    "MONTEVIDEO",
    "MOSCOW",
    "MUMBAI",
    "NAIROBI",
    "NEW DELHI",
    "NEW YORK",
    "OSLO",
    "OTTAWA",
    "PARIS",
    "PRAGUE",
    "PRETORIA",
    "QUITO",
    "RABAT",
    "RIYADH",
    "ROME",
    "SANTIAGO",
    "SAN JOSE",
    "SAO PAULO",
    "SÃO PAULO",
    "SEOUL",
    "SHANGHAI",
    "SINGAPORE",
    "STOCKHOLM",
    "SYDNEY",
    "TAIPEI",
    "TEHRAN",
    "TEL AVIV",
    "TOKYO",
    "TORONTO",
    "TRIPOLI",
    "TUNIS",
    "UNITED NATIONS",
    "VIENNA",
    "WARSAW",
    "WASHINGTON",
];

const DASHES: &str = r"(?:-{1,3}|–|—)";
const MONTH: &str = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";

/// Separated form: capitals place, optional region, optional date, optional agency, dash.
static SEPARATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>\p{{Lu}}[\p{{Lu}}.'’\-]+(?:\s+\p{{Lu}}[\p{{Lu}}.'’\-]*){{0,4}}(?:,\s*\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+\p{{Lu}}[\p{{L}}.'’\-]*){{0,3}})?)(?:,?\s+{MONTH}\s*\d{{1,2}})?\s*(?:\((?P<agency>[\p{{L}}][\p{{L}} .&/\-]{{0,30}})\))?\s*{DASHES}(?:\s+|$)"
    ))
    .expect("dateline pattern compiles")
});

/// Title-case place followed by an agency: "Caracas, Venezuela (CNN) -".
static AGENCY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>\p{{Lu}}[\p{{L}}.'’\-]+(?:\s+\p{{Lu}}[\p{{L}}.'’\-]*){{0,3}}(?:,\s*\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+\p{{Lu}}[\p{{L}}.'’\-]*){{0,3}})?)(?:,?\s+{MONTH}\s*\d{{1,2}})?\s*\((?P<agency>[\p{{L}}][\p{{L}} .&/\-]{{0,30}})\)\s*{DASHES}?(?:\s+|$)"
    ))
    .expect("dateline pattern compiles")
});

/// Capitals place (no separator after it): the glued forms are checked in code.
static CAPS_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,4}").expect("pattern")
});

fn is_caps_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

/// Finds a dateline at the start of `text` (a lede paragraph). Byte ranges in the result are
/// relative to `text`.
pub fn find_dateline(text: &str) -> Option<Dateline> {
    let head_end = text.char_indices().nth(120).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];

    if let Some(c) = SEPARATED
        .captures(head)
        .or_else(|| AGENCY_TITLE.captures(head))
    {
        let whole = c.get(0)?;
        let place = c.name("place")?;
        // A lede starts with a capital, a digit or a quote, never in lower case.
        if head[whole.end()..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        {
            return None;
        }
        let span_end = whole.as_str().trim_end().len();
        return Some(Dateline {
            span: 0..span_end,
            place: place.range(),
            agency: c.name("agency").map(|a| a.range()),
            lede_start: whole.end(),
            glued: false,
        });
    }

    // Glued forms.
    let caps = CAPS_PLACE.find(head)?;
    // Drop a trailing word that is the start of the lede in capitals ("WASHINGTON A ...").
    let mut place_end = caps.end();
    let rest = &head[place_end..];
    if let Some(after_comma) = rest.strip_prefix(',') {
        let trimmed = after_comma.trim_start();
        let region_start = place_end + 1 + (after_comma.len() - trimmed.len());
        // Longest known region that is followed by white space and a capital letter.
        let mut best: Option<usize> = None;
        for region in REGIONS {
            if let Some(after) = trimmed.strip_prefix(region) {
                let next = after.trim_start();
                if after.len() > next.len() && next.chars().next().is_some_and(char::is_uppercase) {
                    best = Some(best.map_or(region.len(), |b: usize| b.max(region.len())));
                }
            }
        }
        let region_len = best?;
        place_end = region_start + region_len;
        let lede_start =
            place_end + (head[place_end..].len() - head[place_end..].trim_start().len());
        return Some(Dateline {
            span: 0..place_end,
            place: 0..place_end,
            agency: None,
            lede_start,
            glued: true,
        });
    }
    // A known city alone, then a capitalised word not in capitals.
    let words: Vec<&str> = caps.as_str().split_whitespace().collect();
    for n in (1..=words.len()).rev() {
        let candidate = words[..n].join(" ");
        if CITIES.contains(&candidate.as_str()) {
            // End of the n-th word in the head.
            let mut end = 0;
            for w in &words[..n] {
                end = head[end..].find(w)? + end + w.len();
            }
            place_end = end;
            let after = &head[place_end..];
            let next = after.trim_start();
            let next_word = next.split_whitespace().next().unwrap_or("");
            if after.len() > next.len()
                && next_word.chars().next().is_some_and(char::is_uppercase)
                && !is_caps_word(next_word)
            {
                return Some(Dateline {
                    span: 0..place_end,
                    place: 0..place_end,
                    agency: None,
                    lede_start: place_end + (after.len() - next.len()),
                    glued: true,
                });
            }
            return None;
        }
    }
    None
}

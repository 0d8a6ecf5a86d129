//! Small helpers over CAMEO actor codes (strings of three-letter blocks).

/// Splits a code into its three-letter blocks (a trailing partial block is kept as is).
///
/// ```
/// assert_eq!(dyad_actors::blocks_of("IGOUNOHLHWHO"), vec!["IGO", "UNO", "HLH", "WHO"]);
/// ```
pub fn blocks_of(code: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(code.len() / 3 + 1);
    let mut i = 0;
    while i < code.len() {
        let end = (i + 3).min(code.len());
        if !code.is_char_boundary(end) {
            break;
        }
        out.push(&code[i..end]);
        i = end;
    }
    out
}

/// Appends the blocks of `sector` to `base`, skipping blocks `base` already has (a block
/// appears at most once in a code). With `prefix` (PETRARCH `[NGO~]` agents) the sector
/// blocks go first.
///
/// ```
/// use dyad_actors::compose_code;
/// assert_eq!(compose_code("VEN", "GOV", false), "VENGOV");
/// assert_eq!(compose_code("VENGOV", "GOV", false), "VENGOV");
/// assert_eq!(compose_code("USA", "GOVMIL", false), "USAGOVMIL");
/// assert_eq!(compose_code("USA", "NGO", true), "NGOUSA");
/// ```
pub fn compose_code(base: &str, sector: &str, prefix: bool) -> String {
    let base_blocks = blocks_of(base);
    let extra: Vec<&str> = blocks_of(sector)
        .into_iter()
        .filter(|b| !base_blocks.contains(b))
        .collect();
    let mut out = String::with_capacity(base.len() + sector.len());
    if prefix {
        extra.iter().for_each(|b| out.push_str(b));
        out.push_str(base);
    } else {
        out.push_str(base);
        extra.iter().for_each(|b| out.push_str(b));
    }
    out
}

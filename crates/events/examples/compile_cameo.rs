//! Regenerates `data/events/cameo.tsv` from the CAMEO code list and the CAMEO-to-PLOVER
//! mapping in `../shared/data` (or the two paths given as arguments).
//!
//! `cargo run -p dyad-events --example compile_cameo [CAMEO_TSV PLOVER_TXT]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cameo, plover) = match args.as_slice() {
        [a, b] => (a.clone(), b.clone()),
        [] => (
            format!("{root}/../shared/data/cameo/cameo_event_codes.tsv"),
            format!("{root}/../shared/data/plover/CAMEO2PLOVER-2021.txt"),
        ),
        _ => {
            eprintln!("usage: compile_cameo [CAMEO_TSV PLOVER_TXT]");
            return ExitCode::from(2);
        }
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let result = read(&cameo)
        .and_then(|c| Ok((c, read(&plover)?)))
        .and_then(|(c, p)| dyad_events::table::compile_table(&c, &p).map_err(|e| e.to_string()));
    match result {
        Ok(text) => {
            let out = format!("{root}/data/events/cameo.tsv");
            if let Err(e) = std::fs::write(&out, text) {
                eprintln!("{out}: {e}");
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

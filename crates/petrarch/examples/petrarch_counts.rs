//! Prints what the readers find in PETRARCH files:
//! `cargo run -p dyad-petrarch --example petrarch_counts -- FILE...`. The reader is chosen by
//! the file name: `.xml` records, `Ontology` ontology, `discards` discards, else verbs.

use std::collections::BTreeMap;

use dyad_petrarch::{CodingOntology, Diagnostic, DiscardList, RecordFile, VerbDictionary};

fn show(diags: &[Diagnostic]) {
    for d in diags {
        println!("  {d}");
    }
}

fn main() {
    for arg in std::env::args().skip(1) {
        if arg.ends_with(".xml") {
            match RecordFile::read(&arg) {
                Ok(f) => {
                    let recs: Vec<_> = f.records().collect();
                    let events: usize = recs.iter().map(|r| r.expected_events().count()).sum();
                    let sel: Vec<_> = f.evaluated_records().collect();
                    let sel_events: usize = sel.iter().map(|r| r.expected_events().count()).sum();
                    let configs = f
                        .items
                        .iter()
                        .filter(|i| matches!(i, dyad_petrarch::records::Item::Config(_)))
                        .count();
                    println!(
                        "{arg}: {} records ({} expected events), {} evaluated ({} expected events), {} config tags between records, {} diagnostics",
                        recs.len(),
                        events,
                        sel.len(),
                        sel_events,
                        configs,
                        f.diagnostics.len()
                    );
                    let mut per: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
                    for r in &recs {
                        let e = per.entry(r.category().unwrap_or("-")).or_default();
                        e.0 += 1;
                        e.1 += r.expected_events().count();
                        if f.is_evaluated(r) {
                            e.2 += 1;
                            e.3 += r.expected_events().count();
                        }
                    }
                    for (c, (n, ev, s, sev)) in per {
                        println!(
                            "  {c}: {n} records, {ev} expected events; evaluated {s} records, {sev} events"
                        );
                    }
                    show(&f.diagnostics);
                }
                Err(e) => println!("{arg}: {e}"),
            }
        } else if arg.contains("Ontology") {
            match CodingOntology::read(&arg) {
                Ok(o) => {
                    println!(
                        "{arg}: {} entries, {} diagnostics",
                        o.entries.len(),
                        o.diagnostics.len()
                    );
                    show(&o.diagnostics);
                }
                Err(e) => println!("{arg}: {e}"),
            }
        } else if arg.contains("discards") {
            match DiscardList::read(&arg) {
                Ok(d) => {
                    let story = d
                        .phrases()
                        .iter()
                        .filter(|p| p.level == dyad_petrarch::discards::DiscardLevel::Story)
                        .count();
                    println!(
                        "{arg}: {} phrases ({} story-level), {} diagnostics",
                        d.phrases().len(),
                        story,
                        d.diagnostics.len()
                    );
                    show(&d.diagnostics);
                }
                Err(e) => println!("{arg}: {e}"),
            }
        } else {
            match VerbDictionary::read(&arg) {
                Ok(d) => {
                    println!(
                        "{arg}: {} synsets, {} blocks, {} verb lines, {} patterns, {} transformations, {} diagnostics",
                        d.synsets.len(),
                        d.blocks.len(),
                        d.verb_count(),
                        d.pattern_count(),
                        d.transformations.len(),
                        d.diagnostics.len()
                    );
                    show(&d.diagnostics);
                }
                Err(e) => println!("{arg}: {e}"),
            }
        }
    }
}

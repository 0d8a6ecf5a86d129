//! End-to-end run of the PLOVER gold-standard evaluation (`dyad evaluate-plover`'s library
//! function) on `../shared/data/plover/PLOVER_GSR_CAMEO.json`. Skips when `../shared` is
//! absent. Only counts fixed by the file and the consistency of the results are asserted
//! (the accuracy moves while the coder is tuned).

use std::path::Path;

use dyad_coder::eval::plover::{self, FALLBACK_DATE, Half, half_of};
use dyad_coder::{Coder, Options, Provenance};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

#[test]
fn plover_gold_evaluation_runs_end_to_end() {
    let path = Path::new(SHARED).join("data/plover/PLOVER_GSR_CAMEO.json");
    if !path.is_file() {
        eprintln!("skipping: {} is absent", path.display());
        return;
    }
    let (gold, skipped) = plover::load_gold(&path).expect("gold file loads");
    assert_eq!((gold.len(), skipped), (322, 1));
    let count = |event: &str| gold.iter().filter(|s| s.event == event).count();
    // After renaming the old labels: ACCUSE = DISAPPROVE + INVESTIGATE, ASSAULT = ASSAULT +
    // FIGHT, REQUEST = DEMAND; no old label is left.
    for old in ["DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"] {
        assert_eq!(count(old), 0, "{old} left unmapped");
    }
    let old = |label: &str| gold.iter().filter(|s| s.label == label).count();
    assert_eq!(count("ACCUSE"), old("DISAPPROVE") + old("INVESTIGATE"));
    assert_eq!(count("REQUEST"), old("DEMAND"));
    assert!(gold.iter().all(|s| half_of(&s.id) != Half::Other));

    let actors = dyad_actors::Dictionary::shipped_shared().expect("actor dictionaries");
    let model = dyad_syntax::Model::shipped().expect("model");
    let options = Options {
        fallback_date: Some(FALLBACK_DATE),
        ..Options::default()
    };
    let coder = Coder::new(
        &model,
        actors,
        dyad_events::Dictionary::shipped(),
        Provenance::default(),
        options,
    );
    let eval = plover::evaluate(&coder, &gold, None);
    let odd = gold.iter().filter(|s| half_of(&s.id) == Half::Odd).count();
    assert_eq!(eval.all.sentences, 322);
    assert_eq!(eval.odd.sentences, odd);
    assert_eq!(eval.odd.sentences + eval.even.sentences, 322);
    assert!(eval.sentences.iter().all(|s| s.error.is_none()));
    let events: usize = eval.sentences.iter().map(|s| s.coded.len()).sum();
    assert_eq!(eval.all.events, events);
    for t in [&eval.odd, &eval.even, &eval.all] {
        assert!(t.type_right <= t.sentences);
        assert!(t.extra <= t.events);
        assert!(t.source_right <= t.source_gold_typed && t.source_gold_typed <= t.source_gold);
        assert!(t.target_right <= t.target_gold_typed && t.target_gold_typed <= t.target_gold);
    }
    // Coding one half codes the same sentences the same way.
    let only_odd = plover::evaluate(&coder, &gold, Some(Half::Odd));
    assert_eq!(only_odd.all, eval.odd);
    eprintln!(
        "plover gold: odd {}/{} type right, even {}/{}, {} extra events",
        eval.odd.type_right,
        eval.odd.sentences,
        eval.even.type_right,
        eval.even.sentences,
        eval.all.extra
    );
}

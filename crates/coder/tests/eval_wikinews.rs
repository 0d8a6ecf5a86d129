//! End-to-end run of the Wikinews gold evaluation (`dyad evaluate-events`'s library
//! function) on the committed gold file and the Wikinews CSVs in `../shared`. Skips when
//! `../shared` is absent. The scores themselves move while the coder is tuned, so only the
//! counts fixed by the files and the consistency of the results are asserted.

use std::path::Path;

use dyad_coder::eval::wikinews::{self, Outcome, Prediction, sentence_refs};
use dyad_coder::{Coder, Options, Provenance};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
const GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/gold/wikinews_events.jsonl"
);

#[test]
fn wikinews_gold_evaluation_runs_end_to_end() {
    let dir = Path::new(SHARED).join("data/wikinews");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let gold = wikinews::load_gold(Path::new(GOLD)).expect("gold file loads");
    assert_eq!(gold.len(), 20);
    let events: usize = gold.iter().map(|g| g.events.len()).sum();
    let required = gold
        .iter()
        .flat_map(|g| &g.events)
        .filter(|e| e.required)
        .count();
    let forbidden: usize = gold.iter().map(|g| g.forbidden.len()).sum();
    // The totals data/gold/README.md states.
    assert_eq!((events, required, forbidden), (181, 116, 52));

    let articles = wikinews::find_articles(&gold, &dir).expect("every gold record is found");
    for (g, a) in gold.iter().zip(&articles) {
        assert_eq!(a.url.as_deref(), Some(g.url.as_str()));
        assert_eq!(a.date, Some(g.publication_date), "{}", g.key);
        // Every gold span lies inside the field it names, in chars.
        let text_len = a.text.chars().count();
        let title_len = a.title.as_ref().map_or(0, |t| t.text.chars().count());
        let spans = g
            .events
            .iter()
            .flat_map(|e| &e.sentences)
            .chain(g.forbidden.iter().map(|f| &f.sentence));
        for s in spans {
            let len = if s.field == "title" {
                title_len
            } else {
                text_len
            };
            assert!(
                s.end <= len,
                "{}: {s:?} past the field's {len} chars",
                g.key
            );
        }
    }

    let actors = dyad_actors::Dictionary::shipped_shared().expect("actor dictionaries");
    let model = dyad_syntax::Model::shipped().expect("model");
    let options = Options {
        fallback_date: chrono::NaiveDate::from_ymd_opt(2020, 12, 31),
        ..Options::default()
    };
    let coder = Coder::new(
        &model,
        actors,
        dyad_events::Dictionary::shipped(),
        Provenance::default(),
        options,
    );
    let eval = wikinews::evaluate(&coder, &gold, &articles);
    assert_eq!(eval.articles.len(), 20);
    assert_eq!(eval.primary.required, 116);
    assert_eq!(eval.primary.optional, 65);
    let mut predicted = 0;
    for (a, art) in eval.articles.iter().zip(&articles) {
        assert!(a.sentences > 0, "{}: no sentence coded", gold[a.gold].key);
        predicted += a.predictions.len();
        // The spans rebuilt by sentence index agree with the coder's own first sentence.
        let spans = sentence_refs(art);
        assert_eq!(spans.len(), a.sentences);
        let coded = coder.code_article(art);
        for e in &coded.events {
            let p = Prediction::from_event(e, &spans);
            assert_eq!(p.sentences[0], spans[e.sentence.index], "{}", e.document_id);
            assert_eq!(p.sentences.len(), e.mentions);
        }
        assert_eq!(a.primary.outcomes.len(), a.predictions.len());
        let correct = a
            .primary
            .outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Correct { .. }))
            .count();
        assert_eq!(correct, a.primary.counts.correct);
    }
    assert_eq!(eval.primary.predicted, predicted);
    for c in [&eval.primary, &eval.strict, &eval.loose] {
        assert!(c.correct + c.duplicates + c.forbidden_hits <= c.predicted);
        assert!(c.found_required <= c.required);
    }
    // Strict matching accepts a subset of the primary matches, loose a superset.
    assert!(eval.strict.correct <= eval.primary.correct);
    assert!(eval.strict.found_required <= eval.primary.found_required);
    assert!(eval.loose.correct >= eval.primary.correct);
    assert!(eval.loose.found_required >= eval.primary.found_required);
    eprintln!(
        "wikinews gold: {} predictions, {} correct, {}/{} required found",
        eval.primary.predicted, eval.primary.correct, eval.primary.found_required, 116
    );
}

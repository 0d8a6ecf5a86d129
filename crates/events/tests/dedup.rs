//! Event ids and merging of duplicates (`dyad_events::dedup`).

use chrono::NaiveDate;
use dyad_events::dedup::{Dedup, EventKey, event_id};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn event_id_is_sha256_prefix() {
    // Reference values computed independently with Python's hashlib:
    // sha256("doc-1\x1f2026-11-23\x1fUSAGOV\x1fVENGOV\x1f026\x1f").hexdigest()[:16]
    assert_eq!(
        event_id("doc-1", day(23), "USAGOV", "VENGOV", "026"),
        "99c85739baa84b41"
    );
    assert_eq!(
        event_id("doc-1", day(23), "USAGOV", "", "026"),
        "7f2d6c9170ba76e1"
    );
}

#[test]
fn event_id_depends_on_every_field() {
    let base = event_id("doc-1", day(23), "USAGOV", "VENGOV", "026");
    let variants = [
        event_id("doc-2", day(23), "USAGOV", "VENGOV", "026"),
        event_id("doc-1", day(24), "USAGOV", "VENGOV", "026"),
        event_id("doc-1", day(23), "VENGOV", "USAGOV", "026"),
        event_id("doc-1", day(23), "USAGOV", "VENOPP", "026"),
        event_id("doc-1", day(23), "USAGOV", "VENGOV", "0261"),
        // Field boundaries matter: moving a character between fields changes the id.
        event_id("doc-1", day(23), "USAGO", "VVENGOV", "026"),
    ];
    for v in &variants {
        assert_ne!(*v, base);
        assert_eq!(v.len(), 16);
        assert!(
            v.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
    }
    let key = EventKey::new(day(23), "USAGOV", "VENGOV", "026");
    assert_eq!(key.id("doc-1"), base);
}

#[test]
fn dedup_merges_by_date_source_target_code() {
    let mut d: Dedup<&str> = Dedup::new();
    let a = EventKey::new(day(23), "USAGOV", "VENGOV", "026");
    let b = EventKey::new(day(23), "IGOUNO", "VENGOV", "1122");
    let a_other_day = EventKey::new(day(22), "USAGOV", "VENGOV", "026");
    assert!(d.add(a.clone(), 3, "s3"));
    assert!(d.add(b.clone(), 2, "s2"));
    assert!(!d.add(a.clone(), 7, "s7"));
    // The repeated headline (sentence 0) becomes the evidence and the first mention.
    assert!(!d.add(a.clone(), 0, "headline"));
    // A second pattern on the same sentence is not a second mention.
    assert!(!d.add(a.clone(), 7, "s7 again"));
    assert!(d.add(a_other_day.clone(), 9, "s9"));
    assert_eq!(d.len(), 3);
    let events = d.into_events();
    let summary: Vec<(String, usize, Vec<usize>, &str)> = events
        .iter()
        .map(|e| {
            (
                e.key.code.clone() + "@" + &e.key.date.to_string(),
                e.mentions(),
                e.sentences.clone(),
                e.evidence,
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("026@2026-11-23".to_string(), 3, vec![0, 3, 7], "headline"),
            ("1122@2026-11-23".to_string(), 1, vec![2], "s2"),
            ("026@2026-11-22".to_string(), 1, vec![9], "s9"),
        ]
    );
    assert_eq!(events[0].first_sentence(), 0);
}

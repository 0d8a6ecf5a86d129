//! `dyad_events::reported::reporter` on hand-written UD parses (`tests/data/reported.conllu`,
//! expectations in its `# expect =` comments).

use dyad_events::reported::{ReportKind, is_plain_speech, reporter};

#[test]
fn reporters_expected() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/reported.conllu");
    let text = std::fs::read_to_string(path).unwrap();
    let sentences = dyad_conllu::parse_str(&text).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for s in &sentences {
        for expect in s
            .comments
            .iter()
            .filter_map(|c| c.strip_prefix("expect = "))
        {
            let trigger: u32 = expect.split(' ').next().unwrap().parse().unwrap();
            let got = match reporter(s, trigger) {
                None => format!("{trigger} none"),
                Some(r) => {
                    let kind = match r.kind {
                        ReportKind::Speech => "speech",
                        ReportKind::AccordingTo => "according_to",
                    };
                    let ids: Vec<String> = r.reporter.iter().map(u32::to_string).collect();
                    format!("{trigger} {kind} {} {}", r.cue, ids.join(","))
                }
            };
            if got != expect {
                failures.push(format!("{:?}: got {got:?}, want {expect:?}", s.text()));
            }
            checked += 1;
        }
    }
    assert!(checked >= 13, "only {checked} expectations");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn plain_speech_is_not_an_act() {
    assert!(is_plain_speech("say") && is_plain_speech("tell"));
    for act in ["accuse", "deny", "threaten", "promise", "appeal", "urge"] {
        assert!(!is_plain_speech(act), "{act}");
    }
}

//! Throughput probe: `speed MODEL CONLLU [passes]` analyses the words of the CoNLL-U file
//! (gold word forms only) once to print a checksum of every word's lemma, UPOS, XPOS, head and
//! relation (equal checksums: equal analyses), then `passes` times (default 5) printing the
//! words per second of each pass on one thread, measured on the thread's CPU time (on Linux;
//! wall-clock time elsewhere), and finally the best pass.

/// CPU time of this thread, seconds (wall time is disturbed by other processes on a shared
/// machine).
#[cfg(target_os = "linux")]
fn cpu_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Seconds since the first call (no thread CPU clock on this system).
#[cfg(not(target_os = "linux"))]
fn cpu_secs() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = dyad_syntax::Model::load(&args[0]).expect("model");
    let text = std::fs::read_to_string(&args[1]).expect("readable");
    let sentences = dyad_conllu::parse_str(&text).expect("valid CoNLL-U");
    let forms: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.words().map(|r| r.form.clone()).collect())
        .collect();
    let words: usize = forms.iter().map(Vec::len).sum();
    let mut sum: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &forms {
        let refs: Vec<&str> = f.iter().map(String::as_str).collect();
        for a in model.analyse_words(&refs) {
            let line = format!(
                "{}\t{}\t{}\t{}\t{}\n",
                a.lemma, a.upos, a.xpos, a.head, a.deprel
            );
            for b in line.bytes() {
                sum = (sum ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
    }
    println!("checksum {sum:016x}");
    let passes: usize = args.get(2).map_or(5, |s| s.parse().expect("number"));
    let mut best = 0f64;
    for _ in 0..passes {
        let t = cpu_secs();
        let mut n = 0;
        for f in &forms {
            let refs: Vec<&str> = f.iter().map(String::as_str).collect();
            n += model.analyse_words(std::hint::black_box(&refs)).len();
        }
        let wps = n as f64 / (cpu_secs() - t);
        best = best.max(wps);
        eprintln!("{wps:.0} words/s");
    }
    println!("best {best:.0} words/s ({words} words)");
}

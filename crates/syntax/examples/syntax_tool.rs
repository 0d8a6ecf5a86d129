//! Development tool (until the `dyad` commands are wired): `train TRAIN DEV OUT [tagger_epochs
//! parser_epochs folds seed threads]`, `eval MODEL GOLD`.

use std::time::Instant;

fn read(path: &str) -> Vec<dyad_conllu::Sentence> {
    let text = std::fs::read_to_string(path).expect("readable");
    dyad_conllu::parse_str(&text).expect("valid CoNLL-U")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args[0].as_str() {
        "train" => {
            let train = read(&args[1]);
            let dev = read(&args[2]);
            let mut cfg = dyad_syntax::train::TrainConfig::default();
            let num = |i: usize, d: usize| args.get(i).map_or(d, |s| s.parse().expect("number"));
            cfg.tagger_epochs = num(4, cfg.tagger_epochs);
            cfg.parser_epochs = num(5, cfg.parser_epochs);
            cfg.folds = num(6, cfg.folds);
            cfg.seed = num(7, 1) as u64;
            cfg.threads = num(8, 1);
            cfg.min_updates = num(9, 2) as u32;
            let t = Instant::now();
            let model = dyad_syntax::train::train(&train, &dev, &cfg, &mut |m| eprintln!("{m}"))
                .expect("training");
            eprintln!("trained in {:.1?}", t.elapsed());
            model.save(&args[3]).expect("saved");
            eprintln!("{}", model.description());
        }
        "eval" => {
            let t = Instant::now();
            let model = dyad_syntax::Model::load(&args[1]).expect("model");
            eprintln!("loaded in {:.3?}; sizes {:?}", t.elapsed(), model.sizes());
            let gold = read(&args[2]);
            let t = Instant::now();
            let s = dyad_syntax::evaluate(&model, &gold);
            let secs = t.elapsed().as_secs_f64();
            println!("{}", s.summary());
            println!("{:.0} words/s", s.words as f64 / secs);
        }
        "parse" => {
            let model = dyad_syntax::Model::load(&args[1]).expect("model");
            let mut out = std::io::stdout().lock();
            for mut s in read(&args[2]) {
                model.analyse(&mut s);
                dyad_conllu::write_sentence(&mut out, &s).expect("write");
            }
        }
        "add-case-text" => {
            let mut model = dyad_syntax::Model::load(&args[1]).expect("model");
            for p in &args[3..] {
                model.add_case_text(&std::fs::read_to_string(p).expect("readable"));
            }
            model.save(&args[2]).expect("saved");
        }
        "headlines" => {
            let model = dyad_syntax::Model::load(&args[1]).expect("model");
            let text = std::fs::read_to_string(&args[2]).expect("readable");
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let (words, gold) = line.split_once('\t').expect("two columns");
                let words: Vec<&str> = words.split(' ').collect();
                let cased = model.truecase(&words);
                let a = model.analyse_words(&words);
                let out: Vec<String> = cased
                    .iter()
                    .zip(&a)
                    .zip(gold.split(' '))
                    .map(|((c, a), g)| {
                        if a.upos == g {
                            format!("{c}/{}", a.upos)
                        } else {
                            format!("{c}/{}*{g}", a.upos)
                        }
                    })
                    .collect();
                println!("{}", out.join(" "));
            }
        }
        other => panic!("unknown command {other}"),
    }
}

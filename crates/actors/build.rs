//! Embeds the shipped actor dictionaries listed in `data/actors/manifest.toml`.
//!
//! The manifest's `files` entries are paths relative to `data/actors/`; an entry whose
//! last component is `*.toml` stands for every `.toml` file of that directory (sorted by
//! name), so that files added to `data/actors/people/` ship without editing the manifest.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(serde::Deserialize)]
struct Manifest {
    files: Vec<String>,
}

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let data_dir = manifest_dir.join("../../data/actors");
    let data_dir = data_dir.canonicalize().unwrap_or(data_dir);
    let manifest_path = data_dir.join("manifest.toml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let text = std::fs::read_to_string(&manifest_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", manifest_path.display()));
    let manifest: Manifest =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", manifest_path.display()));

    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in &manifest.files {
        if let Some(dir) = entry.strip_suffix("*.toml") {
            let dir_path = data_dir.join(dir);
            println!("cargo:rerun-if-changed={}", dir_path.display());
            let mut names: Vec<String> = match std::fs::read_dir(&dir_path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".toml") && !n.starts_with('.'))
                    .collect(),
                Err(_) => Vec::new(),
            };
            names.sort();
            for n in names {
                files.push((format!("{dir}{n}"), dir_path.join(&n)));
            }
        } else {
            files.push((entry.clone(), data_dir.join(entry)));
        }
    }

    let mut out = String::new();
    writeln!(out, "/// Absolute path of `data/actors/` at build time.").unwrap();
    writeln!(
        out,
        "pub(crate) const DATA_DIR: &str = {:?};",
        data_dir.display().to_string()
    )
    .unwrap();
    writeln!(
        out,
        "/// Text of `data/actors/manifest.toml`.\npub(crate) const MANIFEST: &str = include_str!({:?});",
        manifest_path.display().to_string()
    )
    .unwrap();
    writeln!(
        out,
        "/// (path relative to `data/actors/`, text) of every shipped dictionary file."
    )
    .unwrap();
    writeln!(out, "pub(crate) const FILES: &[(&str, &str)] = &[").unwrap();
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        assert!(
            Path::new(path).exists(),
            "manifest lists missing file {}",
            path.display()
        );
        writeln!(
            out,
            "    ({:?}, include_str!({:?})),",
            rel,
            path.display().to_string()
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    let out_path =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("shipped.rs");
    std::fs::write(out_path, out).expect("write shipped.rs");
}

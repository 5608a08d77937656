//! The map matches the territory: core stays pure and every crate is on the codemap.

use std::collections::{BTreeMap, BTreeSet};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Crates that do I/O or pull in a runtime; none may reach afterview-core.
const FORBIDDEN_IN_CORE: &[&str] = &[
    "sqlx",
    "sqlx-core",
    "libsqlite3-sys",
    "tokio",
    "mio",
    "axum",
    "hyper",
    "lettre",
    "reqwest",
    "async-std",
    "tower",
    "rustls",
];

#[test]
fn core_depends_on_no_io_crate_even_transitively() {
    let lock: toml::Value =
        toml::from_str(&std::fs::read_to_string(root().join("Cargo.lock")).unwrap()).unwrap();
    let mut deps: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in lock["package"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap().to_owned();
        let list: Vec<String> = p
            .get("dependencies")
            .and_then(|d| d.as_array())
            .map(|d| {
                d.iter()
                    .map(|x| x.as_str().unwrap().split(' ').next().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        deps.entry(name).or_default().extend(list);
    }
    // The lock file lists optional dependencies too, so this is stricter than the build.
    let mut seen = BTreeSet::new();
    let mut todo = vec!["afterview-core".to_owned()];
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            todo.extend(deps.get(&name).cloned().unwrap_or_default());
        }
    }
    let bad: Vec<&&str> = FORBIDDEN_IN_CORE
        .iter()
        .filter(|f| seen.contains(**f))
        .collect();
    assert!(
        bad.is_empty(),
        "afterview-core must stay pure, but it reaches {bad:?}"
    );
}

#[test]
fn every_crate_is_on_the_codemap() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let dir = entry.unwrap().path();
        let manifest: toml::Value =
            toml::from_str(&std::fs::read_to_string(dir.join("Cargo.toml")).unwrap()).unwrap();
        let name = manifest["package"]["name"].as_str().unwrap();
        let folder = format!("`crates/{}`", dir.file_name().unwrap().to_string_lossy());
        assert!(
            map.contains(&folder) && map.contains(name),
            "ARCHITECTURE.md's codemap is missing {folder} ({name})"
        );
    }
}

#[test]
fn every_module_is_on_the_codemap() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let src = entry.unwrap().path().join("src");
        for file in std::fs::read_dir(&src).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".rs") && name != "lib.rs" && name != "main.rs" {
                assert!(
                    map.contains(&format!("`{name}`")),
                    "ARCHITECTURE.md does not mention {}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    for entry in walk(&root().join("crates"))
        .into_iter()
        .chain(walk(&root().join("src")))
    {
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(
            text.trim_start().starts_with("//!"),
            "{} does not open with a //! line",
            entry.display()
        );
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n != "target" && n != "migrations")
            {
                out.extend(walk(&p));
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

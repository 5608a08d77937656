//! Scratch exploration of Harper (to be removed).
use harper_core::linting::{LintGroup, Linter};
use harper_core::spell::FstDictionary;
use harper_core::{Dialect, Document};
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let m = harper_core::spell::MutableDictionary::curated();
    eprintln!(
        "mutable {:?} words {}",
        t.elapsed(),
        harper_core::spell::Dictionary::word_count(&*m)
    );
    let t = Instant::now();
    let dict = FstDictionary::curated();
    eprintln!("dict {:?}", t.elapsed());
    let t = Instant::now();
    let mut group = LintGroup::new_curated(dict.clone(), Dialect::American);
    eprintln!("group {:?}", t.elapsed());
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let t = Instant::now();
    let doc = Document::new_plain_english_curated(&text);
    let org = group.organized_lints(&doc);
    eprintln!("lint {:?}", t.elapsed());
    for (k, v) in org {
        for l in v {
            let s: String = doc.get_source()[l.span.start..l.span.end].iter().collect();
            println!(
                "{k}: {:?} {s:?} -> {} {:?}",
                l.lint_kind,
                l.message,
                l.suggestions.len()
            );
        }
    }
    let t = Instant::now();
    let doc = Document::new_plain_english_curated(&text);
    let _ = group.lint(&doc);
    eprintln!("lint2 {:?}", t.elapsed());
}

//! Integration tests of afterview-calendar, compiled into one binary: the
//! real-world corpus, hand-written invites in the style of the big calendar
//! programs, the export read back by an independent parser, and property
//! tests that no input makes the reader panic.

mod corpus;
mod export;
mod invites;
mod robustness;

use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

/// Resolves IANA names with jiff's own database, as the app does with the
/// system's.
fn zones(name: &str) -> Option<TimeZone> {
    TimeZone::get(name).ok()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_fixture(relative: &str) -> Vec<u8> {
    let path = fixtures().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

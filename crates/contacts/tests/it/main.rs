//! Integration tests of afterview-contacts, compiled into one binary: each
//! reader on realistic exports and on broken ones, the vCard writer read
//! back by this crate and by calcard, format detection, duplicate
//! detection, and property tests that no input makes a reader panic.

mod corpus;
mod csv;
mod dedupe;
mod detect;
mod export;
mod linkedin;
mod robustness;
mod vcard;

use std::fmt::Write as _;
use std::path::Path;

use afterview_contacts::{Import, ImportedContact};

/// The bytes of a file in `tests/fixtures`.
fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Contacts as a person reads them, one block each, for snapshots: only
/// the fields that are set, notes indented line by line.
fn render(contacts: &[ImportedContact]) -> String {
    let mut out = String::new();
    for c in contacts {
        let _ = writeln!(out, "line {}: {}", c.line, c.name);
        let mut field = |label: &str, value: String| {
            if !value.is_empty() {
                let _ = writeln!(out, "  {label}: {value}");
            }
        };
        field("emails", c.emails.join(" | "));
        field("phones", c.phones.join(" | "));
        field("company", c.company.clone().unwrap_or_default());
        field("title", c.title.clone().unwrap_or_default());
        field("linkedin", c.linkedin.clone().unwrap_or_default());
        field(
            "connected on",
            c.connected_on.map(|d| d.to_string()).unwrap_or_default(),
        );
        field("tags", c.tags.join(" | "));
        let related: Vec<String> = c
            .related
            .iter()
            .map(|r| match &r.how {
                Some(how) => format!("{} ({how})", r.name),
                None => r.name.clone(),
            })
            .collect();
        field("related", related.join(" | "));
        if let Some(notes) = &c.notes {
            let _ = writeln!(out, "  notes:");
            for line in notes.lines() {
                let _ = writeln!(out, "    | {line}");
            }
        }
    }
    out
}

/// An import as a person reads it: the contacts, then the notes and the
/// rejected records.
fn render_import(import: &Import) -> String {
    let mut out = format!("format: {}\n", import.format);
    out.push_str(&render(&import.contacts));
    for note in &import.notes {
        let _ = writeln!(out, "note: {note}");
    }
    for error in &import.rejected {
        let _ = writeln!(out, "rejected: {error}");
    }
    out
}

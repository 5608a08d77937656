//! Telling a LinkedIn export, another CSV and a vCard file apart, so that
//! `afterview contact import FILE` needs no `--format` flag.
//!
//! The content decides first, since people rename files and phones name
//! them `.txt`: a file that opens with `BEGIN:VCARD` is a vCard, and one
//! with LinkedIn's header in its first lines is LinkedIn's
//! Connections.csv. Only when the content says nothing does the extension
//! choose, and everything else is read as a CSV.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::linkedin::is_linkedin_header;
use crate::text::prepare;

/// The kinds of contacts file afterview reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    /// LinkedIn's `Connections.csv`, from "Get a copy of your data".
    LinkedIn,
    /// Any other CSV, such as Google Contacts' or Outlook's export, read
    /// through a [`ColumnMapping`](crate::ColumnMapping).
    Csv,
    /// vCard 2.1, 3.0 or 4.0 (`.vcf`), as phones and address books export.
    VCard,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LinkedIn => "LinkedIn connections (CSV)",
            Self::Csv => "CSV",
            Self::VCard => "vCard",
        })
    }
}

/// How much of the file [`detect`] looks at: LinkedIn's preamble and header
/// and a vCard's first line are all near the top.
const HEAD_BYTES: usize = 16 * 1024;

/// How many lines may come before LinkedIn's header: its preamble is three,
/// and a few more leave room for a changed note.
const HEADER_SEARCH_LINES: usize = 20;

/// Guesses the format of a contacts file from its name and content.
///
/// It never fails: a file that is empty or not text gets the format its
/// extension suggests, and the reader then says what is wrong with it.
pub fn detect(file_name: &str, bytes: &[u8]) -> Format {
    // An even cut keeps UTF-16 whole; a UTF-8 character cut in two only
    // spoils the last line, which detection does not need.
    let head = &bytes[..bytes.len().min(HEAD_BYTES) & !1];
    if let Ok(prepared) = prepare(if head.is_empty() { bytes } else { head }) {
        let text = String::from_utf8_lossy(&prepared.bytes);
        let first = text.trim_start();
        if first
            .get(..11)
            .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCARD"))
        {
            return Format::VCard;
        }
        if text
            .lines()
            .take(HEADER_SEARCH_LINES)
            .any(is_linkedin_header)
        {
            return Format::LinkedIn;
        }
    }
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("vcf" | "vcard") => Format::VCard,
        _ => Format::Csv,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_wins_over_the_name() {
        assert_eq!(detect("contacts.csv", b"BEGIN:VCARD\r\n"), Format::VCard);
        assert_eq!(
            detect(
                "export.txt",
                b"Notes:\n\"...\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            ),
            Format::LinkedIn
        );
        assert_eq!(detect("people.vcf", b""), Format::VCard);
        assert_eq!(detect("people.CSV", b"Name,E-mail\n"), Format::Csv);
        assert_eq!(detect("noextension", b"\x00\x01"), Format::Csv);
    }
}

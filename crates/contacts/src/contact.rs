//! The contact every reader produces, whatever file it came from.
//!
//! One shape for LinkedIn's export, a phone's vCards and any other CSV means
//! the app has one import path to write: match each [`ImportedContact`]
//! against the people it already knows, then insert or merge. The readers
//! have already trimmed, de-duplicated and normalised the values, so the app
//! stores them as they are.

use serde::{Deserialize, Serialize};

/// A person read from a contacts file.
///
/// Every text is trimmed; `name` and the single-line fields have their runs
/// of white space collapsed to one space; lists hold no empty entries and no
/// duplicates (emails compared without regard to case).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ImportedContact {
    /// The 1-based line of the file where the record starts (a CSV row, a
    /// vCard's `BEGIN:VCARD`), so the user can find it.
    pub line: usize,
    /// The person's name as it is shown: the vCard's `FN`, else its `N` as
    /// "Given Family", else the first email; a CSV's name column, else its
    /// first and last name columns, else the first email. Never empty.
    pub name: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers as written, the preferred one first.
    pub phones: Vec<String>,
    /// The company the person works for (a vCard's first `ORG` component).
    pub company: Option<String>,
    /// The person's job title or position.
    pub title: Option<String>,
    /// The person's LinkedIn profile address, as the file wrote it.
    pub linkedin: Option<String>,
    /// The day the user connected with the person on LinkedIn.
    pub connected_on: Option<jiff::civil::Date>,
    /// Free-form notes; may span several lines.
    pub notes: Option<String>,
    /// Labels such as vCard `CATEGORIES` or Google's contact groups.
    pub tags: Vec<String>,
    /// People this person is related to (vCard `RELATED`).
    pub related: Vec<Related>,
}

/// Someone a contact is related to, as vCard's `RELATED` property says.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Related {
    /// The related person's name.
    pub name: String,
    /// How they are related, as the `TYPE` parameter says: `colleague`,
    /// `friend`, `co-worker` and so on; several types are joined with `,`.
    pub how: Option<String>,
}

/// Collapses every run of white space (newlines included) to one space and
/// trims the ends, for names and other one-line values.
pub(crate) fn one_line(text: &str) -> String {
    // Most values are already one line with single spaces; checking that
    // on the bytes is much cheaper than splitting at Unicode white space.
    let bytes = text.as_bytes();
    let plain = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
        && bytes
            .iter()
            // Lead bytes 0xC2, 0xE1, 0xE2 and 0xE3 start every non-ASCII
            // white space character (U+0085, U+00A0, U+1680, U+2000 to
            // U+205F, U+3000), so text without them has none.
            .all(|&b| (b' '..0x7F).contains(&b) || (b >= 0x80 && !matches!(b, 0xC2 | 0xE1..=0xE3)));
    if plain {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A one-line value, or `None` when nothing but white space is left.
pub(crate) fn one_line_opt(text: &str) -> Option<String> {
    let line = one_line(text);
    (!line.is_empty()).then_some(line)
}

/// Pushes `value` (trimmed) unless it is empty or already in `list`;
/// `same` decides what counts as already there.
pub(crate) fn push_unique(list: &mut Vec<String>, value: &str, same: fn(&str, &str) -> bool) {
    let value = value.trim();
    if !value.is_empty() && !list.iter().any(|v| same(v, value)) {
        list.push(value.to_owned());
    }
}

/// Emails are the same address whatever their case.
pub(crate) fn same_email(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

/// Phones and tags are the same only when written the same.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    a == b
}

/// Notes keep their lines: line ends become `\n`, and white space around the
/// whole text goes.
pub(crate) fn notes_text(text: &str) -> Option<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_collapses_newlines_and_tabs() {
        assert_eq!(one_line("  Jane \t\n  Doe "), "Jane Doe");
        assert_eq!(one_line_opt(" \n "), None);
    }

    proptest::proptest! {
        #[test]
        fn the_quick_path_agrees_with_splitting(text in "[ a\t\u{a0}\u{2003}\u{3000}é’\n]{0,12}") {
            let slow = text.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(one_line(&text), slow);
        }
    }

    #[test]
    fn push_unique_ignores_case_for_emails_only() {
        let mut emails = vec!["Jane@Example.com".to_owned()];
        push_unique(&mut emails, " jane@example.com ", same_email);
        push_unique(&mut emails, "", same_email);
        assert_eq!(emails, ["Jane@Example.com"]);
        let mut tags = vec!["Work".to_owned()];
        push_unique(&mut tags, "work", same_text);
        assert_eq!(tags, ["Work", "work"]);
    }

    #[test]
    fn notes_keep_inner_lines() {
        assert_eq!(notes_text("\r\n a\r\nb\rc \n").as_deref(), Some("a\nb\nc"));
    }
}

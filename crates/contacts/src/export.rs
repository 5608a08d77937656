//! Writing contacts as vCard 4.0 (RFC 6350), for `afterview contact export
//! --vcard`, so that a phone or an address book can take them in.
//!
//! Written by hand: the format is a few rules, and each is applied here in
//! one place. Text values escape `\`, `,`, `;` and line ends; parameter
//! values that need it are quoted, with RFC 6868's `^` escapes; lines are
//! folded so no line is longer than 75 octets, never inside a UTF-8
//! character; every line ends in CRLF. Each card's `UID` is made from the
//! caller's id, so exporting again gives the same UIDs and an address book
//! updates its cards instead of duplicating them. What is written reads
//! back through [`read_vcards`](crate::read_vcards) as the same contact.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::Related;
use crate::contact::{same_email, same_text};

/// A contact to export, as the app holds it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExportContact {
    /// The app's id for the contact; it makes the card's `UID`
    /// (`afterview:contact:<id>`), so it must be stable across exports.
    pub id: String,
    /// The name as shown; the last word becomes the family name in `N`.
    pub name: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    pub phones: Vec<String>,
    /// The company, written as `ORG`.
    pub company: Option<String>,
    /// The job title, written as `TITLE`.
    pub title: Option<String>,
    /// The LinkedIn profile address, written as `URL`.
    pub linkedin: Option<String>,
    /// Free-form notes, written as `NOTE`; may span lines.
    pub notes: Option<String>,
    /// Labels, written as `CATEGORIES`.
    pub tags: Vec<String>,
    /// Related people, each written as `RELATED;VALUE=text`.
    pub related: Vec<Related>,
}

/// The longest line vCard allows, in octets, not counting the CRLF.
const MAX_LINE: usize = 75;

/// Writes the contacts as one vCard 4.0 file, a card each, CRLF line ends.
///
/// Empty values are left out, and repeated emails (whatever their case),
/// phones and tags are written once.
pub fn write_vcard4(contacts: &[ExportContact]) -> String {
    let mut out = String::new();
    for contact in contacts {
        write_card(&mut out, contact);
    }
    out
}

fn write_card(out: &mut String, contact: &ExportContact) {
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:4.0");
    line(
        out,
        &format!("UID:afterview:contact:{}", uri_safe(&contact.id)),
    );
    let name = clean(&contact.name);
    line(out, &format!("FN:{}", escape(&name)));
    let words: Vec<&str> = name.split_whitespace().collect();
    // One word is a given name (as address books treat "Madonna"); with
    // more, the last is the family name.
    let (given, family) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => (rest.join(" "), (*last).to_owned()),
        _ => (name.clone(), String::new()),
    };
    line(out, &format!("N:{};{};;;", escape(&family), escape(&given)));
    let mut written: Vec<String> = Vec::new();
    for email in &contact.emails {
        let email = clean(email);
        if !email.trim().is_empty() && !written.iter().any(|w| same_email(w, email.trim())) {
            line(out, &format!("EMAIL:{}", escape(email.trim())));
            written.push(email.trim().to_owned());
        }
    }
    list(out, "TEL", &contact.phones);
    if let Some(company) = present(&contact.company) {
        line(out, &format!("ORG:{}", escape(&company)));
    }
    if let Some(title) = present(&contact.title) {
        line(out, &format!("TITLE:{}", escape(&title)));
    }
    if let Some(linkedin) = present(&contact.linkedin) {
        line(out, &format!("URL:{}", uri_safe(&linkedin)));
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in &contact.tags {
        let tag = clean(tag).trim().to_owned();
        if !tag.is_empty() && !tags.iter().any(|t| same_text(t, &tag)) {
            tags.push(tag);
        }
    }
    if !tags.is_empty() {
        let escaped: Vec<String> = tags.iter().map(|t| escape(t)).collect();
        line(out, &format!("CATEGORIES:{}", escaped.join(",")));
    }
    if let Some(notes) = present(&contact.notes) {
        line(out, &format!("NOTE:{}", escape(&notes)));
    }
    for related in &contact.related {
        let name = clean(&related.name);
        if name.trim().is_empty() {
            continue;
        }
        let mut text = String::from("RELATED");
        if let Some(how) = present(&related.how) {
            let _ = write!(text, ";TYPE={}", param_value(&how));
        }
        let _ = write!(text, ";VALUE=text:{}", escape(name.trim()));
        line(out, &text);
    }
    line(out, "END:VCARD");
}

/// Writes one property per distinct, non-empty value.
fn list(out: &mut String, property: &str, values: &[String]) {
    let mut written: Vec<&str> = Vec::new();
    for value in values {
        let value = value.trim();
        if !value.is_empty() && !written.contains(&value) {
            line(out, &format!("{property}:{}", escape(&clean(value))));
            written.push(value);
        }
    }
}

/// The value, cleaned and trimmed, unless nothing is left.
fn present(value: &Option<String>) -> Option<String> {
    let value = clean(value.as_deref()?);
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// Text without the characters vCard cannot carry: line ends become `\n`
/// (escaped later), and other control characters but tab are dropped.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Escapes a text value: backslash, comma, semicolon and newline.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: as it is when it is plain, else in double quotes
/// with RFC 6868's escapes for caret, newline and double quote.
fn param_value(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.' || c == ' ')
        && text.trim() == text;
    if plain {
        return text.to_owned();
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '^' => out.push_str("^^"),
            '\n' => out.push_str("^n"),
            '"' => out.push_str("^'"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A URI value with the characters that would break the line or be read
/// as separators percent-encoded; everything else is kept as written.
fn uri_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            ',' | ';' | '\\' | '"' | ' ' => {
                let _ = write!(out, "%{:02X}", c as u32);
            }
            c if c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a
/// character, with CRLF after each physical line.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > MAX_LINE {
            out.push_str("\r\n ");
            // The leading space of a continuation counts toward its 75.
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_quotes_parameters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(param_value("co-worker"), "co-worker");
        assert_eq!(param_value("a,b \"c\" ^"), "\"a,b ^'c^' ^^\"");
    }

    #[test]
    fn uri_safe_encodes_only_separators_and_controls() {
        assert_eq!(
            uri_safe(" https://x.org/in/a b;c\u{7} "),
            "https://x.org/in/a%20b%3Bc%07"
        );
        assert_eq!(
            uri_safe("https://linkedin.com/in/j%C3%BC"),
            "https://linkedin.com/in/j%C3%BC"
        );
    }

    #[test]
    fn folding_counts_octets_not_characters() {
        let mut out = String::new();
        line(&mut out, &"é".repeat(40));
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines[0].len(),
            74,
            "37 two-octet characters fit in 75 octets"
        );
        assert_eq!(lines[1], format!(" {}", "é".repeat(3)));
    }
}

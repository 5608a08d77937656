//! Parsed values typed by people: names, emails, web addresses and long text.
//!
//! Each type checks its invariant once, when it is made from what a person
//! typed, and keeps its field private so that no unchecked value can exist.
//! The error, [`Invalid`], names the field and says how to fix it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a value typed by a person was refused: which field, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Invalid {
    /// The field or argument that was wrong, e.g. "role" or "email".
    pub field: String,
    /// A sentence for the person: what was wrong and how to fix it.
    pub message: String,
}

impl Invalid {
    /// Makes an error for `field` with a message that says how to fix it.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The longest name afterview keeps, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The largest long text (notes, posting text) afterview keeps, in bytes.
pub const MAX_LONG_TEXT_BYTES: usize = 100 * 1024;

/// A short, non-empty, single-line text: a person's or company's name, a role.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Name(String);

impl Name {
    /// Parses a name for `field`, trimming spaces around it.
    pub fn parse(field: &str, input: &str) -> Result<Name, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::new(
                field,
                format!("the {field} is empty; give it a few words, e.g. --{field} \"...\""),
            ));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(Invalid::new(
                field,
                format!("the {field} has a line break or control character; keep it to one line"),
            ));
        }
        let chars = trimmed.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(Invalid::new(
                field,
                format!(
                    "the {field} is {chars} characters long; keep it under {MAX_NAME_CHARS} (put longer text in the notes)"
                ),
            ));
        }
        Ok(Name(trimmed.to_owned()))
    }

    /// The name as typed, without surrounding spaces.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Name {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Name::parse("name", &s)
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address, checked for the shape `someone@example.org`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Email(String);

impl Email {
    /// Parses an email address, trimming spaces and a pair of angle brackets.
    pub fn parse(input: &str) -> Result<Email, Invalid> {
        let s = input
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .trim();
        let bad = |why: &str| {
            Invalid::new(
                "email",
                format!("\"{s}\" is not an email address: {why}; write it like jane@example.com"),
            )
        };
        let Some((local, domain)) = s.split_once('@') else {
            return Err(bad("it has no @"));
        };
        if local.is_empty() {
            return Err(bad("nothing comes before the @"));
        }
        if domain.contains('@') {
            return Err(bad("it has more than one @"));
        }
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err(bad("the part after the @ is not a domain"));
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '<' || c == '>')
        {
            return Err(bad(
                "it contains a space or a character that cannot be in an address",
            ));
        }
        if s.len() > 254 {
            return Err(bad("it is longer than 254 characters"));
        }
        Ok(Email(s.to_owned()))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A web address (http or https): a posting, a company site, a profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Url(String);

impl Url {
    /// Parses a web address; a bare domain such as `acme.com` gets `https://`.
    pub fn parse(field: &str, input: &str) -> Result<Url, Invalid> {
        let s = input.trim();
        let bad = |why: &str| {
            Invalid::new(
                field,
                format!(
                    "\"{s}\" is not a web address: {why}; write it like https://example.com/jobs/42"
                ),
            )
        };
        if s.is_empty() {
            return Err(bad("it is empty"));
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("it contains a space"));
        }
        if s.len() > 2048 {
            return Err(bad("it is longer than 2048 characters"));
        }
        let lower = s.to_ascii_lowercase();
        let full = if lower.starts_with("https://") || lower.starts_with("http://") {
            s.to_owned()
        } else if lower.contains("://") || lower.starts_with("javascript:") {
            return Err(bad("only http and https addresses are kept"));
        } else {
            format!("https://{s}")
        };
        let host = full
            .split("://")
            .nth(1)
            .unwrap_or("")
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        if host.is_empty() || !host.contains('.') && !host.starts_with("localhost") {
            return Err(bad("it has no domain"));
        }
        Ok(Url(full))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Url {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Url::parse("url", &s)
    }
}

impl From<Url> for String {
    fn from(u: Url) -> String {
        u.0
    }
}

impl AsRef<str> for Url {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Free text that may span lines (notes, a job posting), within a size limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LongText(String);

impl LongText {
    /// Parses long text for `field`; it must fit in [`MAX_LONG_TEXT_BYTES`].
    pub fn parse(field: &str, input: &str) -> Result<LongText, Invalid> {
        if input.len() > MAX_LONG_TEXT_BYTES {
            return Err(Invalid::new(
                field,
                format!(
                    "the {field} text is {}; afterview keeps at most {} here. Shorten it, or keep the long material in a file and note its path",
                    human_size(input.len()),
                    human_size(MAX_LONG_TEXT_BYTES)
                ),
            ));
        }
        if input
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            return Err(Invalid::new(
                field,
                format!(
                    "the {field} contains a control character (binary data?); paste plain text"
                ),
            ));
        }
        Ok(LongText(input.trim_end().to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for LongText {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        LongText::parse("text", &s)
    }
}

impl From<LongText> for String {
    fn from(t: LongText) -> String {
        t.0
    }
}

impl AsRef<str> for LongText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LongText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A byte count for people: "812 B", "100 KB", "10.0 MB".
pub fn human_size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_must_not_be_empty() {
        assert_eq!(
            Name::parse("role", "  Staff Engineer ").unwrap().as_str(),
            "Staff Engineer"
        );
        let err = Name::parse("role", "   ").unwrap_err();
        assert_eq!(err.field, "role");
        assert!(err.message.contains("empty"), "{err}");
    }

    #[test]
    fn emails_need_an_at_and_a_domain() {
        assert_eq!(
            Email::parse("<jane@acme.com>").unwrap().as_str(),
            "jane@acme.com"
        );
        for bad in [
            "jane",
            "jane@acme",
            "@acme.com",
            "ja ne@acme.com",
            "a@b@c.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn urls_get_https_and_refuse_other_schemes() {
        assert_eq!(
            Url::parse("website", "acme.com").unwrap().as_str(),
            "https://acme.com"
        );
        assert!(Url::parse("website", "javascript:alert(1)").is_err());
        assert!(Url::parse("website", "ftp://acme.com").is_err());
    }

    #[test]
    fn oversized_text_says_how_big_it_was() {
        let big = "x".repeat(10 * 1024 * 1024);
        let err = LongText::parse("notes", &big).unwrap_err();
        assert!(err.message.contains("10.0 MB"), "{err}");
        assert!(err.message.contains("100 KB"), "{err}");
    }
}

/// Appends a number's digits: the agenda writes one into thousands of keys
/// and commands, where going through the formatting machinery showed.
pub(crate) fn push_int(out: &mut String, n: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        // A remainder of ten is below 10, so the cast keeps it whole.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Joins parts into one string, allocated once at its full length.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod number_tests {
    use super::{concat, push_int};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn digits_are_as_display_writes_them(n in any::<i64>()) {
            let mut out = String::from("k-");
            push_int(&mut out, n);
            prop_assert_eq!(out, format!("k-{n}"));
        }
    }

    #[test]
    fn parts_join_in_order() {
        assert_eq!(
            concat(&["Check in with ", "Sam", " at ", "Acme"]),
            "Check in with Sam at Acme"
        );
        assert_eq!(concat(&[]), "");
    }
}

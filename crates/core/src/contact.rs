//! Contacts: the people around a job search, and the tags that sort them.

use crate::ids::{CompanyId, ContactId};
use crate::text::{Email, Invalid, LongText, Name, Url};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A one-word label on a contact: recruiter, referrer, mentor, ...
///
/// Tags are kept lowercase with hyphens, so "Hiring Manager" and
/// "hiring-manager" are the same tag.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tag(String);

impl Tag {
    /// Parses a tag: letters, digits and hyphens, up to 40 characters.
    pub fn parse(input: &str) -> Result<Tag, Invalid> {
        let norm = input.trim().to_lowercase().replace([' ', '_'], "-");
        if norm.is_empty()
            || norm.len() > 40
            || !norm.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return Err(Invalid::new(
                "tag",
                format!(
                    "\"{}\" is not a tag; a tag is one word of letters, digits or hyphens, like recruiter or ex-colleague",
                    input.trim()
                ),
            ));
        }
        Ok(Tag(norm))
    }

    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Tag {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Tag::parse(&s)
    }
}

impl From<Tag> for String {
    fn from(t: Tag) -> String {
        t.0
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses a comma-separated list of tags, dropping repeats and keeping order.
pub fn parse_tags(input: &str) -> Result<Vec<Tag>, Invalid> {
    let mut tags: Vec<Tag> = Vec::new();
    for part in input.split(',').filter(|p| !p.trim().is_empty()) {
        let tag = Tag::parse(part)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Ok(tags)
}

/// A phone number as people write it: digits with spaces, dots, dashes, a plus.
pub fn parse_phone(input: &str) -> Result<Name, Invalid> {
    let s = input.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s.chars().all(|c| {
        c.is_ascii_digit()
            || " +-.()/x".contains(c)
            || c.is_ascii_alphabetic() && "ext".contains(c.to_ascii_lowercase())
    });
    if !allowed || !(3..=20).contains(&digits) {
        return Err(Invalid::new(
            "phone",
            format!(
                "\"{s}\" is not a phone number; write digits, with spaces or dashes if you like, e.g. +1 555 010 2030"
            ),
        ));
    }
    Name::parse("phone", s)
}

/// A person as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Their short number.
    pub id: ContactId,
    /// Their name.
    pub name: Name,
    /// Their email address.
    pub email: Option<Email>,
    /// Their phone number.
    pub phone: Option<Name>,
    /// The company they work at now.
    pub company_id: Option<CompanyId>,
    /// Their job title.
    pub title: Option<Name>,
    /// Their LinkedIn profile.
    pub linkedin: Option<Url>,
    /// How you met.
    pub how_met: Option<Name>,
    /// Free notes.
    pub notes: Option<LongText>,
    /// Labels such as recruiter or mentor.
    pub tags: Vec<Tag>,
    /// When they were added.
    pub created_at: Timestamp,
}

/// What it takes to add a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact {
    /// Their name.
    pub name: Name,
    /// Their email address.
    pub email: Option<Email>,
    /// Their phone number.
    pub phone: Option<Name>,
    /// The company they work at now.
    pub company_id: Option<CompanyId>,
    /// Their job title.
    pub title: Option<Name>,
    /// Their LinkedIn profile.
    pub linkedin: Option<Url>,
    /// How you met.
    pub how_met: Option<Name>,
    /// Free notes.
    pub notes: Option<LongText>,
    /// Labels such as recruiter or mentor.
    pub tags: Vec<Tag>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised_and_deduplicated() {
        let tags = parse_tags("Recruiter, hiring manager,recruiter").unwrap();
        let names: Vec<&str> = tags.iter().map(Tag::as_str).collect();
        assert_eq!(names, ["recruiter", "hiring-manager"]);
        assert!(parse_tags("a/b").is_err());
    }

    #[test]
    fn phones_need_digits() {
        assert!(parse_phone("+1 (555) 010-2030").is_ok());
        assert!(parse_phone("call me").is_err());
    }
}

//! Which column of a CSV holds which of a contact's fields: given by the
//! user (`--map name=Full Name,email=E-mail`) or guessed from the headers.
//!
//! Guessing knows the exports people actually have: Google Contacts (both
//! the old `Name`/`Given Name`/`E-mail 1 - Value`/`Organization 1 - Name`
//! layout and the newer `First Name`/`Organization Name`/`Labels` one),
//! Outlook (`First Name`, `E-mail Address`, `Job Title`, `Categories`), and
//! the usual CRM and spreadsheet names. Headers are compared by their
//! letters and digits alone, so `E-mail Address`, `email_address` and
//! `EmailAddress` are one name. When no column can give a name, guessing
//! refuses and lists the headers, so the user can write the `--map` that
//! is needed.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::MappingError;
use crate::table::quoted_list;

/// A field of [`ImportedContact`](crate::ImportedContact) that a CSV column
/// can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The whole name, as shown.
    Name,
    /// The given name, used with [`Field::LastName`] when there is no whole name.
    FirstName,
    /// The family name.
    LastName,
    /// An email address; several columns add up.
    Email,
    /// A phone number; several columns add up.
    Phone,
    /// The company.
    Company,
    /// The job title.
    Title,
    /// The LinkedIn profile address.
    Linkedin,
    /// Notes; several columns are joined with an empty line.
    Notes,
    /// Labels, split at `;`, `,` and Google's `:::`; several columns add up.
    Tags,
}

impl Field {
    /// Every field, in the order they are listed to the user.
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Phone,
        Field::Company,
        Field::Title,
        Field::Linkedin,
        Field::Notes,
        Field::Tags,
    ];

    /// The name the user types in `--map`: `name`, `first_name`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Company => "company",
            Field::Title => "title",
            Field::Linkedin => "linkedin",
            Field::Notes => "notes",
            Field::Tags => "tags",
        }
    }

    /// Whether several columns add up (emails, phones, notes, tags) rather
    /// than the first non-empty one winning.
    pub fn takes_many(self) -> bool {
        matches!(
            self,
            Field::Email | Field::Phone | Field::Notes | Field::Tags
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Field {
    type Err = MappingError;

    /// Reads a field name as a user may type it: `first_name`,
    /// `first-name`, `firstname`, `First Name`, and common other words
    /// (`surname`, `organization`, `job_title`, `labels`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let field = match squash(text).as_str() {
            "name" | "fullname" | "displayname" => Field::Name,
            "firstname" | "first" | "givenname" | "given" => Field::FirstName,
            "lastname" | "last" | "familyname" | "family" | "surname" => Field::LastName,
            "email" | "emails" | "mail" | "emailaddress" => Field::Email,
            "phone" | "phones" | "tel" | "telephone" | "mobile" => Field::Phone,
            "company" | "organization" | "organisation" | "org" | "employer" => Field::Company,
            "title" | "jobtitle" | "position" | "role" => Field::Title,
            "linkedin" | "linkedinurl" | "linkedinprofile" => Field::Linkedin,
            "notes" | "note" => Field::Notes,
            "tags" | "tag" | "labels" | "categories" | "groups" => Field::Tags,
            _ => {
                let known: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                return Err(MappingError::new(format!(
                    "\"{}\" is not a contact field; the fields are {}",
                    text.trim(),
                    known.join(", ")
                )));
            }
        };
        Ok(field)
    }
}

/// Which header names fill which [`Field`]s of a contact.
///
/// A field may be given more than one column: emails, phones, notes and
/// tags add up across them; for the others the first non-empty column
/// wins. A column mapped to [`Field::Linkedin`] whose header does not say
/// "LinkedIn" gives only values with `linkedin.com` in them, so a generic
/// "Website" column can be mapped safely.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ColumnMapping {
    columns: Vec<(Field, String)>,
}

impl ColumnMapping {
    /// A mapping with no columns; add them with [`ColumnMapping::with`].
    pub fn new() -> Self {
        Self::default()
    }

    /// This mapping with `header` also filling `field`.
    #[must_use]
    pub fn with(mut self, field: Field, header: impl Into<String>) -> Self {
        self.columns.push((field, header.into()));
        self
    }

    /// Every (field, header) pair, in the order they were given.
    pub fn columns(&self) -> &[(Field, String)] {
        &self.columns
    }

    /// The headers that fill `field`.
    pub fn headers_for(&self, field: Field) -> impl Iterator<Item = &str> {
        self.columns
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, h)| h.as_str())
    }

    /// Whether some column can give a contact its name: a whole name, a
    /// first or last name, or an email to fall back on.
    pub fn can_name(&self) -> bool {
        self.columns.iter().any(|(f, _)| {
            matches!(
                f,
                Field::Name | Field::FirstName | Field::LastName | Field::Email
            )
        })
    }

    /// Reads a `--map` text: `field=Header` pairs separated by commas, such
    /// as `name=Full Name,email=E-mail,email=Work E-mail`. A header with a
    /// comma in it goes in double quotes (`name="Last, First"`), with `""`
    /// for a quote inside.
    pub fn parse(text: &str) -> Result<Self, MappingError> {
        let mut mapping = Self::new();
        let mut chars = text.chars().peekable();
        loop {
            let mut field = String::new();
            while let Some(&c) = chars.peek() {
                if c == '=' || c == ',' {
                    break;
                }
                field.push(c);
                chars.next();
            }
            let field_text = field.trim();
            if chars.next() != Some('=') {
                if field_text.is_empty() && chars.peek().is_none() {
                    // A trailing comma, or nothing at all: checked below.
                    break;
                }
                return Err(MappingError::new(format!(
                    "\"{field_text}\" in the column mapping has no \"=\": write field=Column, \
                     such as email=E-mail"
                )));
            }
            let field: Field = field_text.parse()?;
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            let mut header = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            header.push('"');
                        }
                        Some('"') => break,
                        Some(c) => header.push(c),
                        None => {
                            return Err(MappingError::new(format!(
                                "the quoted column name after {field}= has no closing quote"
                            )));
                        }
                    }
                }
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                if chars.peek().is_some_and(|&c| c != ',') {
                    return Err(MappingError::new(format!(
                        "after the quoted column name of {field}, a comma must come next"
                    )));
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c == ',' {
                        break;
                    }
                    header.push(c);
                    chars.next();
                }
                header = header.trim().to_owned();
            }
            if header.is_empty() {
                return Err(MappingError::new(format!(
                    "{field}= names no column: write the column's header after the \"=\""
                )));
            }
            mapping.columns.push((field, header));
            if chars.next().is_none() {
                break;
            }
        }
        if mapping.columns.is_empty() {
            return Err(MappingError::new(
                "the column mapping is empty: give field=Column pairs, \
                 such as name=Full Name,email=E-mail",
            ));
        }
        Ok(mapping)
    }

    /// Guesses the mapping from a CSV's headers, or says why it cannot: no
    /// column looks like a name (whole, first or last).
    pub fn guess<S: AsRef<str>>(headers: &[S]) -> Result<Self, MappingError> {
        let headers: Vec<&str> = headers.iter().map(AsRef::as_ref).collect();
        let squashed: Vec<String> = headers.iter().map(|h| squash(h)).collect();
        let mut mapping = Self::new();
        // The first candidate present wins, so the order is a preference:
        // Outlook's "Title" is Mr or Ms, and its "Job Title" comes first.
        let single: [(Field, &[&str]); 6] = [
            (
                Field::Name,
                &["name", "fullname", "displayname", "contactname", "contact"],
            ),
            (
                Field::FirstName,
                &["firstname", "givenname", "first", "forename"],
            ),
            (
                Field::LastName,
                &["lastname", "familyname", "surname", "last"],
            ),
            (
                Field::Company,
                &[
                    "company",
                    "organization1name",
                    "organizationname",
                    "organization",
                    "organisation",
                    "companyname",
                    "currentcompany",
                    "employer",
                    "account",
                ],
            ),
            (
                Field::Title,
                &[
                    "jobtitle",
                    "organization1title",
                    "organizationtitle",
                    "position",
                    "currentposition",
                    "title",
                    "role",
                ],
            ),
            (Field::Notes, &["notes", "note", "comments"]),
        ];
        for (field, candidates) in single {
            if let Some(i) = candidates
                .iter()
                .find_map(|c| squashed.iter().position(|h| h == c))
            {
                mapping.columns.push((field, headers[i].to_owned()));
            }
        }
        // Columns that describe a value rather than hold it, and numbers
        // that are someone else's (Outlook's assistant and switchboard).
        let is_value = |h: &str| !["type", "label", "display"].iter().any(|x| h.contains(x));
        let is_own_phone = |h: &str| {
            is_value(h)
                && !["assistant", "fax", "company"]
                    .iter()
                    .any(|x| h.contains(x))
        };
        for (i, h) in squashed.iter().enumerate() {
            let field = if (h.contains("email") || h == "mail") && is_value(h) {
                Field::Email
            } else if (h.contains("phone") || h.contains("mobile") || h == "tel" || h == "cell")
                && is_own_phone(h)
            {
                Field::Phone
            } else if h.contains("linkedin")
                || ((h.contains("website") || h.contains("webpage") || h.ends_with("url"))
                    && is_value(h))
            {
                Field::Linkedin
            } else if ["labels", "groupmembership", "categories", "tags", "groups"]
                .contains(&h.as_str())
            {
                Field::Tags
            } else {
                continue;
            };
            mapping.columns.push((field, headers[i].to_owned()));
        }
        // Explicit LinkedIn columns go before generic website ones, which
        // only count when the address is LinkedIn's.
        mapping.columns.sort_by_key(|(f, h)| {
            (
                *f,
                !(*f == Field::Linkedin && squash(h).contains("linkedin")),
            )
        });
        let named = mapping
            .columns
            .iter()
            .any(|(f, _)| matches!(f, Field::Name | Field::FirstName | Field::LastName));
        if !named {
            let listed: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
            return Err(MappingError::new(format!(
                "cannot tell which column holds the name; the columns are {}: \
                 say which with --map name=COLUMN (or first_name=COLUMN,last_name=COLUMN)",
                quoted_list(&listed)
            )));
        }
        Ok(mapping)
    }
}

impl fmt::Display for ColumnMapping {
    /// The mapping as [`ColumnMapping::parse`] reads it, so a guessed
    /// mapping can be shown, edited and passed back with `--map`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (field, header)) in self.columns.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            let plain = !header.is_empty()
                && !header.contains([',', '"'])
                && header.trim() == header
                && !header.starts_with('"');
            if plain {
                write!(f, "{field}={header}")?;
            } else {
                write!(f, "{field}=\"{}\"", header.replace('"', "\"\""))?;
            }
        }
        Ok(())
    }
}

impl FromStr for ColumnMapping {
    type Err = MappingError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

/// A header or field name reduced to its lower-case letters and digits.
pub(crate) fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_pairs_quotes_and_repeats() {
        let mapping = ColumnMapping::parse(
            " name = Full Name ,email=E-mail, email=\"Work, \"\"main\"\"\",tags=Labels,",
        )
        .unwrap();
        assert_eq!(
            mapping.columns(),
            [
                (Field::Name, "Full Name".to_owned()),
                (Field::Email, "E-mail".to_owned()),
                (Field::Email, "Work, \"main\"".to_owned()),
                (Field::Tags, "Labels".to_owned()),
            ]
        );
        assert_eq!(ColumnMapping::parse(&mapping.to_string()).unwrap(), mapping);
    }

    #[test]
    fn parse_explains_its_errors() {
        let cases = [
            ("", "the column mapping is empty"),
            ("name", "\"name\" in the column mapping has no \"=\""),
            (
                "mail2=X",
                "\"mail2\" is not a contact field; the fields are name, first_name",
            ),
            ("email=", "email= names no column"),
            ("name=\"Full", "has no closing quote"),
            ("name=\"A\" B", "a comma must come next"),
        ];
        for (text, expected) in cases {
            let error = ColumnMapping::parse(text).unwrap_err();
            assert!(error.message.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn field_names_as_users_type_them() {
        assert_eq!("First Name".parse::<Field>().unwrap(), Field::FirstName);
        assert_eq!("job-title".parse::<Field>().unwrap(), Field::Title);
        assert_eq!("SURNAME".parse::<Field>().unwrap(), Field::LastName);
    }
}

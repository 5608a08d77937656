//! A checked email address with an optional display name.
//!
//! [`Mailbox`] is validated once, when it is made, so the message builder
//! and the SMTP envelope never meet an address they cannot write. Its fields
//! are private for that reason; read them with [`Mailbox::name`] and
//! [`Mailbox::email`].

use std::fmt;
use std::str::FromStr;

use crate::MailError;

/// A person's email address and, optionally, the name shown with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    name: Option<String>,
    email: String,
}

impl Mailbox {
    /// Checks and keeps an address and an optional display name.
    ///
    /// Surrounding white space is removed from both; a name that is empty
    /// after that counts as no name. Names may hold any Unicode text (they
    /// are RFC 2047 encoded on the way out) but no line break or other
    /// control character, since those could forge a header.
    pub fn new(name: Option<&str>, email: &str) -> Result<Self, MailError> {
        let email = email.trim();
        let address = lettre::Address::from_str(email).map_err(|e| MailError::InvalidAddress {
            email: email.to_owned(),
            reason: e.to_string(),
        })?;
        let name = name.map(str::trim).filter(|n| !n.is_empty());
        if let Some(n) = name
            && n.chars().any(char::is_control)
        {
            return Err(MailError::InvalidName {
                name: n.to_owned(),
                email: email.to_owned(),
            });
        }
        Ok(Self {
            name: name.map(str::to_owned),
            email: address.to_string(),
        })
    }

    /// The display name, if there is one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The address, such as `jane@example.com`.
    pub fn email(&self) -> &str {
        &self.email
    }

    /// The part after the `@`, which names the sender's mail domain.
    pub fn domain(&self) -> &str {
        self.email.rsplit_once('@').map_or("", |(_, d)| d)
    }

    /// The same mailbox in lettre's type, for the message builder.
    pub(crate) fn to_lettre(&self) -> lettre::message::Mailbox {
        // Cannot fail: `new` parsed this very string.
        let address = lettre::Address::from_str(&self.email)
            .unwrap_or_else(|_| unreachable!("Mailbox holds a parsed address"));
        lettre::message::Mailbox::new(self.name.clone(), address)
    }
}

/// Reads `Jane Doe <jane@example.com>` or a bare `jane@example.com`.
impl FromStr for Mailbox {
    type Err = MailError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.strip_suffix('>').and_then(|rest| rest.rsplit_once('<')) {
            Some((name, email)) => {
                let name = name.trim().trim_matches('"');
                Self::new(Some(name), email)
            }
            None => Self::new(None, s),
        }
    }
}

/// Shows the mailbox for people (`Jane Doe <jane@example.com>`), not encoded
/// for a header.
impl fmt::Display for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{name} <{}>", self.email),
            None => f.write_str(&self.email),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_trimmed_name_and_address() {
        let m = Mailbox::new(Some("  Zoë Ünal "), " zoe@example.com ").unwrap();
        assert_eq!(m.name(), Some("Zoë Ünal"));
        assert_eq!(m.email(), "zoe@example.com");
        assert_eq!(m.domain(), "example.com");
        assert_eq!(m.to_string(), "Zoë Ünal <zoe@example.com>");
    }

    #[test]
    fn an_empty_name_is_no_name() {
        let m = Mailbox::new(Some("  "), "a@example.com").unwrap();
        assert_eq!(m.name(), None);
    }

    #[test]
    fn rejects_addresses_that_are_not_addresses() {
        for bad in ["", "jane", "jane@", "@example.com", "jane doe@example.com"] {
            let err = Mailbox::new(None, bad).unwrap_err();
            assert!(
                matches!(err, MailError::InvalidAddress { .. }),
                "{bad:?} gave {err:?}"
            );
            assert!(err.to_string().contains("name@example.com"), "{err}");
        }
    }

    #[test]
    fn rejects_a_name_that_could_forge_a_header() {
        let err = Mailbox::new(Some("Eve\r\nBcc: all@example.com"), "eve@example.com").unwrap_err();
        assert!(matches!(err, MailError::InvalidName { .. }), "{err:?}");
    }

    #[test]
    fn parses_the_usual_written_forms() {
        let m: Mailbox = "Jane Doe <jane@example.com>".parse().unwrap();
        assert_eq!(m.name(), Some("Jane Doe"));
        assert_eq!(m.email(), "jane@example.com");
        let m: Mailbox = "\"Doe, Jane\" <jane@example.com>".parse().unwrap();
        assert_eq!(m.name(), Some("Doe, Jane"));
        let m: Mailbox = "jane@example.com".parse().unwrap();
        assert_eq!(m.name(), None);
    }
}

//! Typed ids: short numbers a person can type, which cannot be mixed up.
//!
//! Every table numbers its rows from 1. The id types wrap that number so that
//! an interview id can never be passed where an application id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub struct $name(pub i64);

        impl $name {
            /// What this id names, for messages ("application 12").
            pub const WHAT: &'static str = $what;
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = crate::text::Invalid;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim().trim_start_matches('#');
                match s.parse::<i64>() {
                    Ok(n) if n > 0 => Ok(Self(n)),
                    _ => Err(crate::text::Invalid::new(
                        concat!($what, " id"),
                        format!("\"{s}\" is not an id; ids are whole numbers like 12 (see `afterview {} list`)", crate::ids::list_command($what)),
                    )),
                }
            }
        }
    };
}

/// The CLI noun that lists things of this kind, for hints in messages.
pub(crate) fn list_command(what: &str) -> &'static str {
    match what {
        "company" => "company",
        "application" => "app",
        "contact" => "contact",
        "interview" => "interview",
        "practice card" => "practice",
        _ => "help",
    }
}

id_type!(
    /// Names a company.
    CompanyId,
    "company"
);
id_type!(
    /// Names an application for a role at a company.
    ApplicationId,
    "application"
);
id_type!(
    /// Names a person in the contacts.
    ContactId,
    "contact"
);
id_type!(
    /// Names one interview round.
    InterviewId,
    "interview"
);
id_type!(
    /// Names one entry of an application's event log.
    EventId,
    "event"
);
id_type!(
    /// Names one résumé version in the profile.
    ResumeId,
    "resume"
);
id_type!(
    /// Names one version of one interview's debrief.
    DebriefId,
    "debrief"
);
id_type!(
    /// Names one logged touch with a contact.
    TouchId,
    "touch"
);
id_type!(
    /// Names one letter: a draft, or one that went out.
    LetterId,
    "letter"
);

id_type!(
    /// Names one practice card.
    CardId,
    "practice card"
);
id_type!(
    /// Names one review of a practice card.
    ReviewId,
    "review"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_plain_and_hash_forms() {
        assert_eq!("12".parse::<ApplicationId>().unwrap(), ApplicationId(12));
        assert_eq!("#7".parse::<InterviewId>().unwrap(), InterviewId(7));
    }

    #[test]
    fn a_bad_id_names_the_list_command() {
        let err = "acme".parse::<ApplicationId>().unwrap_err();
        assert!(err.to_string().contains("afterview app list"), "{err}");
        assert!("0".parse::<CompanyId>().is_err());
        assert!("-3".parse::<CompanyId>().is_err());
    }
}

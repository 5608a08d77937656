//! The profile: who the job seeker is, their zone, skills and résumés.

use crate::ids::ResumeId;
use crate::text::{Email, LongText, Name};
use serde::{Deserialize, Serialize};

/// The person using afterview. Every field is optional until they set it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    /// Their name, for signatures.
    pub name: Option<Name>,
    /// Their email address, the sender of letters.
    pub email: Option<Email>,
    /// The sign-off under letters.
    pub signature: Option<LongText>,
    /// Their IANA time zone, e.g. "Europe/Berlin"; the system's when unset.
    pub time_zone: Option<String>,
    /// Their skills, in their own words.
    pub skills: Vec<Name>,
}

/// One version of the résumé, so an application can say which was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resume {
    /// Its short number.
    pub id: ResumeId,
    /// A label such as "backend-2026".
    pub label: Name,
    /// Where the file is.
    pub path: String,
}

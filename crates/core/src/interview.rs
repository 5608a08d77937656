//! Interviews: the rounds of an application, and who sat on the other side.

use crate::choice_enum;
use crate::ids::{ApplicationId, ContactId, InterviewId};
use crate::text::{LongText, Name};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

choice_enum! {
    /// What kind of round an interview is.
    InterviewKind, "kind" {
        /// A first call, often with a recruiter.
        PhoneScreen = "phone-screen" | "phone" | "screen",
        /// Coding, design or a take-home review.
        Technical = "technical" | "tech",
        /// Questions about past behaviour.
        Behavioural = "behavioural" | "behavioral",
        /// Several interviewers at once.
        Panel = "panel",
        /// On site, often several sessions.
        Onsite = "onsite" | "on-site",
        /// The last round.
        Final = "final",
        /// Anything else.
        Other = "other",
    }
}

impl InterviewKind {
    /// How the kind reads after "the": "phone screen", "onsite".
    pub fn phrase(self) -> &'static str {
        match self {
            InterviewKind::PhoneScreen => "phone screen",
            InterviewKind::Technical => "technical interview",
            InterviewKind::Behavioural => "behavioural interview",
            InterviewKind::Panel => "panel interview",
            InterviewKind::Onsite => "onsite",
            InterviewKind::Final => "final interview",
            InterviewKind::Other => "interview",
        }
    }
}

choice_enum! {
    /// Whether an interview has happened.
    InterviewStatus, "interview status" {
        /// Planned.
        Scheduled = "scheduled",
        /// It took place.
        Done = "done",
        /// Called off.
        Cancelled = "cancelled" | "canceled",
        /// Someone did not turn up.
        NoShow = "no-show" | "noshow",
    }
}

choice_enum! {
    /// The part an interviewer plays.
    InterviewerRole, "role" {
        /// The person who decides on the hire.
        HiringManager = "hiring-manager" | "hm" | "manager",
        /// The recruiter running the process.
        Recruiter = "recruiter",
        /// One of a panel.
        Panelist = "panelist",
        /// Anyone else asking questions.
        Interviewer = "interviewer",
    }
}

/// One interview round, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// Its short number.
    pub id: InterviewId,
    /// The application it belongs to.
    pub application_id: ApplicationId,
    /// Its round number within the application, from 1.
    pub round: i64,
    /// What kind of round it is.
    pub kind: InterviewKind,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends (the actual end once it is done).
    pub ends_at: Timestamp,
    /// The IANA time zone it was scheduled in, e.g. "Europe/Berlin".
    pub time_zone: String,
    /// Where: an address or a meeting link.
    pub location: Option<Name>,
    /// Whether it happened.
    pub status: InterviewStatus,
    /// Free notes.
    pub notes: Option<LongText>,
    /// When it was added.
    pub created_at: Timestamp,
}

/// What it takes to add an interview; the round number is assigned by the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInterview {
    /// The application it belongs to.
    pub application_id: ApplicationId,
    /// What kind of round it is.
    pub kind: InterviewKind,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// The IANA time zone it was scheduled in.
    pub time_zone: String,
    /// Where.
    pub location: Option<Name>,
    /// Free notes.
    pub notes: Option<LongText>,
}

/// A person on the other side of an interview, and their part in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviewer {
    /// The interview.
    pub interview_id: InterviewId,
    /// The person.
    pub contact_id: ContactId,
    /// Their part.
    pub role: InterviewerRole,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_accept_common_spellings() {
        assert_eq!(
            "Phone screen".parse::<InterviewKind>().unwrap(),
            InterviewKind::PhoneScreen
        );
        assert_eq!(
            "behavioral".parse::<InterviewKind>().unwrap(),
            InterviewKind::Behavioural
        );
        assert_eq!(
            "hiring manager".parse::<InterviewerRole>().unwrap(),
            InterviewerRole::HiringManager
        );
        let err = "pannel".parse::<InterviewKind>().unwrap_err();
        assert!(err.message.contains("did you mean 'panel'"), "{err}");
    }
}

//! What the follow-through engine keeps: debriefs, offers, touches and marks on actions.
//!
//! The agenda itself is never stored: it is recomputed from the data each
//! time. What is stored is what the person did: a debrief written (every
//! version kept), an offer's deadline, a touch with a contact, and a mark on
//! an action (done, snoozed until a time, or dismissed with a reason).

use crate::choice_enum;
use crate::debrief::Content;
use crate::ids::{ApplicationId, ContactId, DebriefId, InterviewId, TouchId};
use crate::text::{Invalid, LongText};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// One version of an interview's debrief; a new edit adds a version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// Its number.
    pub id: DebriefId,
    /// The interview it is about.
    pub interview_id: InterviewId,
    /// 1 for the first, 2 after the first edit, and so on.
    pub version: i64,
    /// What was written.
    pub content: Content,
    /// When this version was saved.
    pub written_at: Timestamp,
}

/// An offer on an application: by when to answer, and its terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The application that got the offer.
    pub application_id: ApplicationId,
    /// When the answer is due, if they gave a date.
    pub deadline: Option<Timestamp>,
    /// Salary, start date, anything worth keeping.
    pub terms: Option<LongText>,
    /// When it was recorded.
    pub recorded_at: Timestamp,
}

choice_enum! {
    /// How a contact was reached.
    TouchVia, "via" {
        /// An email.
        Email = "email" | "mail",
        /// A phone or video call.
        Call = "call" | "phone",
        /// A LinkedIn message.
        Linkedin = "linkedin",
        /// Meeting in person.
        Meeting = "meeting" | "coffee",
        /// A text or chat message.
        Message = "message" | "text" | "chat",
        /// They sat on an interview.
        Interview = "interview",
    }
}

/// One logged contact with a person; the latest restarts their cadence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Touch {
    /// Its number.
    pub id: TouchId,
    /// Who.
    pub contact_id: ContactId,
    /// When.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    /// How.
    pub via: TouchVia,
    /// What was said.
    pub note: Option<LongText>,
}

choice_enum! {
    /// What the person did with an action.
    MarkState, "mark" {
        /// It was done.
        Done = "done",
        /// It comes back at a later time.
        Snoozed = "snoozed",
        /// It will not be done, for a reason.
        Dismissed = "dismissed",
    }
}

/// The longest action key; keys are made by the engine and are short.
const MAX_KEY_CHARS: usize = 64;

/// The name of an agenda action, stable across runs: `thank-12-7`, `debrief-12`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionKey(String);

impl ActionKey {
    /// Makes a key from its parts, joined with `-`.
    pub fn of(kind: &str, parts: &[i64]) -> ActionKey {
        // One allocation: the rules make a key for every action they consider.
        let mut key = String::with_capacity(kind.len() + parts.len() * 8);
        key.push_str(kind);
        for &part in parts {
            key.push('-');
            crate::text::push_int(&mut key, part);
        }
        ActionKey(key)
    }

    /// Makes a key from a word part, such as a week: `weekly-2026w48`.
    pub fn named(kind: &str, part: &str) -> ActionKey {
        ActionKey(format!("{kind}-{part}"))
    }

    /// Reads a key as typed: lower-case letters, digits and dashes.
    pub fn parse(input: &str) -> Result<ActionKey, Invalid> {
        let key = input.trim().to_ascii_lowercase();
        let shape = !key.is_empty()
            && key.chars().count() <= MAX_KEY_CHARS
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && key.contains('-');
        if shape {
            Ok(ActionKey(key))
        } else {
            Err(Invalid::new(
                "action",
                format!(
                    "\"{}\" is not an action; actions are named like thank-12-7 or debrief-12 (see `afterview today`)",
                    input.trim()
                ),
            ))
        }
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ActionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ActionKey {
    type Error = Invalid;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        ActionKey::parse(&value)
    }
}

impl From<ActionKey> for String {
    fn from(key: ActionKey) -> String {
        key.0
    }
}

/// A mark on an action: the latest thing the person did with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionMark {
    /// The action.
    pub key: ActionKey,
    /// Done, snoozed or dismissed.
    pub state: MarkState,
    /// When the mark was made.
    pub at: Timestamp,
    /// Until when a snoozed action sleeps.
    pub until: Option<Timestamp>,
    /// Why it was dismissed (or a note on why it was done).
    pub reason: Option<String>,
    /// The application the action is about, so marks go when it goes.
    pub application_id: Option<ApplicationId>,
    /// The round the action is about, so the agenda reads only the marks
    /// of rounds it still reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview_id: Option<InterviewId>,
}

/// A meeting invitation that became an interview, by the invitation's UID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteLink {
    /// The invitation's UID, as its calendar wrote it.
    pub uid: String,
    /// The interview it became.
    pub interview_id: InterviewId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_and_read_back() {
        let key = ActionKey::of("thank", &[12, 7]);
        assert_eq!(key.as_str(), "thank-12-7");
        assert_eq!(ActionKey::parse(" Thank-12-7 ").unwrap(), key);
        assert_eq!(
            ActionKey::named("weekly", "2026w48").as_str(),
            "weekly-2026w48"
        );
    }

    #[test]
    fn a_bad_key_points_at_today() {
        for bad in ["", "thank 12", "12", "<script>", &"x-".repeat(40)] {
            let err = ActionKey::parse(bad).unwrap_err();
            assert!(err.message.contains("afterview today"), "{bad}: {err}");
        }
    }
}

//! Letters: what they are for, where they stand, and the text a person edits.
//!
//! A letter is drafted from the data, proofread, edited, and sent exactly
//! once. Its state moves `draft → sending → sent`, or to `failed` with the
//! server's reason; a letter found in `sending` may have reached the server
//! before a crash, so it is never sent again without the person's word. A
//! sent letter is never changed, only marked replied.

use crate::choice_enum;
use crate::follow::ActionKey;
use crate::ids::{ApplicationId, ContactId, InterviewId, LetterId};
use crate::text::{Email, Invalid};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

choice_enum! {
    /// What a letter is for.
    LetterKind, "letter kind" {
        /// A thank-you to one interviewer.
        Thanks = "thanks" | "thank-you" | "thankyou",
        /// The follow-up to the hiring contact right after an interview.
        FollowUp = "followup" | "follow-up",
        /// A polite reminder after a follow-up met silence.
        Nudge = "nudge",
        /// Keeping in touch with a recruiter.
        CheckIn = "checkin" | "check-in",
        /// Asking a contact for a good word or insight.
        Ask = "ask" | "networking",
        /// Withdrawing from an application.
        Withdraw = "withdraw" | "withdrawal",
    }
}

choice_enum! {
    /// Where a letter stands.
    LetterState, "letter state" {
        /// Being written; it can be edited and removed.
        Draft = "draft",
        /// Handed to a way out; it may have left, so it is never resent
        /// without asking.
        Sending = "sending",
        /// Gone out; it never changes again.
        Sent = "sent",
        /// The way out refused it; it can be edited and sent again.
        Failed = "failed",
    }
}

choice_enum! {
    /// How a letter goes out.
    SentVia, "way to send" {
        /// By email, over SMTP.
        Email = "email" | "smtp",
        /// As an .eml file that a mail client opens and sends.
        Eml = "eml",
        /// As a printable card, posted by hand.
        Card = "card",
    }
}

/// The most a subject may hold, in characters.
pub const MAX_SUBJECT_CHARS: usize = 200;
/// The most a letter's body may hold, in bytes: a letter, not a book.
pub const MAX_BODY_BYTES: usize = 20 * 1024;

/// One letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Letter {
    /// Its number.
    pub id: LetterId,
    /// What it is for.
    pub kind: LetterKind,
    /// The application it is about; none for a recruiter check-in.
    pub application_id: Option<ApplicationId>,
    /// The interview it is about, if any.
    pub interview_id: Option<InterviewId>,
    /// The person it is to, if they are in the contacts.
    pub contact_id: Option<ContactId>,
    /// The action it answers: sending the letter does that action.
    pub action_key: Option<ActionKey>,
    /// Who it is to, as written on it.
    pub to_name: String,
    /// Their address, when it goes by email.
    pub to_email: Option<Email>,
    /// Its subject line.
    pub subject: String,
    /// Its text.
    pub body: String,
    /// Where it stands.
    pub state: LetterState,
    /// How it went out (or is going out).
    pub via: Option<SentVia>,
    /// The `Message-ID`, fixed before the first attempt to send.
    pub message_id: Option<String>,
    /// Why the last attempt failed.
    pub failure: Option<String>,
    /// Whether it was sent despite errors the proofreader found.
    pub forced: bool,
    /// When it was drafted.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// When its text last changed.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: Timestamp,
    /// When it was first handed to a way out: its `Date`, kept on a resend.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub attempted_at: Option<Timestamp>,
    /// When it went out.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub sent_at: Option<Timestamp>,
    /// When its answer came.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub replied_at: Option<Timestamp>,
}

impl Letter {
    /// Whether its text may still change: a draft, or one that failed.
    pub fn is_editable(&self) -> bool {
        matches!(self.state, LetterState::Draft | LetterState::Failed)
    }

    /// Whether a word in a message about it should call it a draft.
    pub fn describe_state(&self) -> &'static str {
        match self.state {
            LetterState::Draft => "a draft",
            LetterState::Sending => "being sent",
            LetterState::Sent => "sent",
            LetterState::Failed => "a letter that failed to send",
        }
    }
}

/// A letter to draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLetter {
    /// What it is for.
    pub kind: LetterKind,
    /// The application it is about; none for a recruiter check-in.
    pub application_id: Option<ApplicationId>,
    /// The interview it is about, if any.
    pub interview_id: Option<InterviewId>,
    /// The person it is to, if they are in the contacts.
    pub contact_id: Option<ContactId>,
    /// The action it answers.
    pub action_key: Option<ActionKey>,
    /// Who it is to.
    pub to_name: String,
    /// Their address.
    pub to_email: Option<Email>,
    /// Its subject and text.
    pub text: LetterText,
}

/// A letter's subject and body, checked: what a person edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterText {
    subject: String,
    body: String,
}

/// What is wrong with an edited letter, and on which line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct LetterTextError {
    /// The line of the edited text (1-based).
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl LetterText {
    /// Checks a subject and a body: a one-line subject that is not empty,
    /// and a body with words in it, both within their limits. Line ends
    /// become `\n` and trailing spaces go; the body ends with one newline.
    pub fn new(subject: &str, body: &str) -> Result<LetterText, Invalid> {
        let subject = subject.trim();
        if subject.is_empty() {
            return Err(Invalid::new(
                "subject",
                "the subject is empty; write one short line, e.g. \"Thank you for Tuesday\"",
            ));
        }
        if subject.contains(['\n', '\r']) {
            return Err(Invalid::new(
                "subject",
                "the subject has more than one line; keep it to one line",
            ));
        }
        if let Some(c) = subject.chars().find(|c| c.is_control()) {
            return Err(Invalid::new(
                "subject",
                format!(
                    "the subject holds a control character (U+{:04X}); remove it",
                    c as u32
                ),
            ));
        }
        let chars = subject.chars().count();
        if chars > MAX_SUBJECT_CHARS {
            return Err(Invalid::new(
                "subject",
                format!(
                    "the subject is {chars} characters long; keep it under {MAX_SUBJECT_CHARS}"
                ),
            ));
        }
        let body = tidy_body(body);
        if body.trim().is_empty() {
            return Err(Invalid::new(
                "body",
                "the letter has no text; write the letter below the subject",
            ));
        }
        if body.len() > MAX_BODY_BYTES {
            return Err(Invalid::new(
                "body",
                format!(
                    "the letter is {} KB long; a letter should fit in {} KB (a thank-you is a few lines)",
                    body.len().div_ceil(1024),
                    MAX_BODY_BYTES / 1024
                ),
            ));
        }
        Ok(LetterText {
            subject: subject.to_owned(),
            body,
        })
    }

    /// The subject line.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The text.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The text a person edits: `Subject: …`, a blank line, the body,
    /// after `# ` lines of guidance that are dropped when it is read back.
    pub fn to_editable(&self, guidance: &[String]) -> String {
        let mut out = String::new();
        for line in guidance {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        if !guidance.is_empty() {
            out.push('\n');
        }
        out.push_str("Subject: ");
        out.push_str(&self.subject);
        out.push_str("\n\n");
        out.push_str(&self.body);
        out
    }

    /// Reads back what a person edited: `#` lines and blank lines before
    /// the subject are guidance, then `Subject: …`, then the body.
    pub fn parse_editable(text: &str) -> Result<LetterText, LetterTextError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split_inclusive('\n').enumerate().peekable();
        while let Some((_, line)) = lines.peek() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                lines.next();
            } else {
                break;
            }
        }
        let Some((n, first)) = lines.next() else {
            return Err(LetterTextError {
                line: 1,
                message: "the letter is empty; write `Subject: …`, a blank line, then the letter"
                    .into(),
            });
        };
        let first = first.trim_end();
        let subject = match first.split_once(':') {
            Some((field, rest)) if field.trim().eq_ignore_ascii_case("subject") => rest.trim(),
            _ => {
                return Err(LetterTextError {
                    line: n + 1,
                    message: format!(
                        "expected `Subject: …` here, found \"{}\"; start the letter with its subject line",
                        clip(first, 60)
                    ),
                });
            }
        };
        let body: String = lines.map(|(_, l)| l).collect();
        let body = body.trim_start_matches(['\n', '\r']);
        LetterText::new(subject, body).map_err(|e| LetterTextError {
            line: if e.field == "subject" { n + 1 } else { n + 3 },
            message: e.message,
        })
    }
}

/// At most `max` characters of a line, for quoting it in a message.
fn clip(line: &str, max: usize) -> String {
    match line.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}

/// The body with `\n` line ends, no trailing spaces, no blank lines at the
/// ends, and one final newline.
fn tidy_body(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 1);
    for line in body.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let trimmed = out.trim_matches('\n');
    let mut out = trimmed.to_owned();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_edited_letter_reads_back() {
        let text = LetterText::new("Thank you", "Dear Jane,\n\nThank you.\n\nBest,\nSam").unwrap();
        let edited = text.to_editable(&["Edit the letter below.".into()]);
        assert!(edited.starts_with("# Edit the letter below.\n\nSubject: Thank you\n\nDear Jane,"));
        assert_eq!(LetterText::parse_editable(&edited).unwrap(), text);
    }

    #[test]
    fn a_missing_subject_names_the_line() {
        let err = LetterText::parse_editable("# help\n\nDear Jane,\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("Subject:"), "{}", err.message);
        let err = LetterText::parse_editable("Subject: Hi\n\n   \n").unwrap_err();
        assert!(err.message.contains("no text"), "{}", err.message);
        let err = LetterText::parse_editable("").unwrap_err();
        assert!(err.message.contains("empty"), "{}", err.message);
    }

    #[test]
    fn oversized_letters_are_refused_with_the_limit() {
        let long = "word ".repeat(5000);
        let err = LetterText::new("Hi", &long).unwrap_err();
        assert!(err.message.contains("20 KB"), "{}", err.message);
        let err = LetterText::new(&"s".repeat(300), "Hi").unwrap_err();
        assert!(err.message.contains("300 characters"), "{}", err.message);
    }

    proptest! {
        #[test]
        fn editing_without_changes_keeps_the_letter(
            subject in "[A-Za-z][A-Za-z ,.é]{0,40}",
            body in "[A-Za-z][A-Za-z ,.\n#é]{0,300}",
        ) {
            if let Ok(text) = LetterText::new(&subject, &body) {
                let back = LetterText::parse_editable(&text.to_editable(&["guide".into()])).unwrap();
                prop_assert_eq!(back, text);
            }
        }
    }
}

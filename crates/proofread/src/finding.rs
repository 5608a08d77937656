//! What a check is given and what it finds: the context of a letter and the findings.
//!
//! The context carries what only the caller knows (who the letter is to, which
//! company, which other applications are live), so the rules can catch the
//! mistakes that sink candidates and stay quiet about correct names. A finding
//! says where the problem is in two ways at once: a line and column for people
//! and byte offsets for editors, and it is serialisable so the web editor and
//! `--json` output can show it as is.

use serde::{Deserialize, Serialize};

/// How much a finding matters.
///
/// The order is from most to least serious, so sorting by severity puts
/// errors first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Severity {
    /// A mistake a reader would notice; sending is blocked unless forced.
    Error,
    /// Probably worth fixing, but the letter can go as it is.
    Warning,
    /// A hint; never blocks anything.
    Note,
}

impl Severity {
    /// The lowercase word shown before a finding: "error", "warning" or "note".
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// What kind of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FindingKind {
    /// A word that is not in the dictionary and not a known name.
    Spelling,
    /// A grammar or word-choice problem ("look forward to hear", "a interview").
    Grammar,
    /// The company of another application, pasted from another letter.
    WrongCompany,
    /// A person from another application, not this letter's recipient.
    WrongName,
    /// A recipient's name spelled wrong ("Dear Jnae,").
    MisspelledName,
    /// A template marker left in: `[Name]`, `{{company}}`, `TODO`, `XXX`.
    Placeholder,
    /// The letter does not open with a greeting such as "Dear Jane,".
    MissingGreeting,
    /// The letter does not end with a sign-off such as "Best regards,".
    MissingSignOff,
    /// A follow-up or nudge longer than a busy reader will read.
    TooLong,
    /// The same word twice in a row ("the the").
    RepeatedWord,
    /// A word in capitals that is not an acronym.
    Shouting,
    /// More than one exclamation mark in the letter, or "!!".
    Exclamations,
}

impl FindingKind {
    /// Every kind, in declaration order.
    pub const ALL: [FindingKind; 12] = [
        FindingKind::Spelling,
        FindingKind::Grammar,
        FindingKind::WrongCompany,
        FindingKind::WrongName,
        FindingKind::MisspelledName,
        FindingKind::Placeholder,
        FindingKind::MissingGreeting,
        FindingKind::MissingSignOff,
        FindingKind::TooLong,
        FindingKind::RepeatedWord,
        FindingKind::Shouting,
        FindingKind::Exclamations,
    ];

    /// The snake_case name used in JSON and in the evaluation files.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Spelling => "spelling",
            FindingKind::Grammar => "grammar",
            FindingKind::WrongCompany => "wrong_company",
            FindingKind::WrongName => "wrong_name",
            FindingKind::MisspelledName => "misspelled_name",
            FindingKind::Placeholder => "placeholder",
            FindingKind::MissingGreeting => "missing_greeting",
            FindingKind::MissingSignOff => "missing_sign_off",
            FindingKind::TooLong => "too_long",
            FindingKind::RepeatedWord => "repeated_word",
            FindingKind::Shouting => "shouting",
            FindingKind::Exclamations => "exclamations",
        }
    }

    /// Whether this kind comes from the general language checker (spelling,
    /// grammar, repeated words) rather than from the letter-specific rules.
    pub fn is_language(self) -> bool {
        matches!(
            self,
            FindingKind::Spelling | FindingKind::Grammar | FindingKind::RepeatedWord
        )
    }
}

/// Which part of the letter a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Part {
    /// The subject line; its offsets index the subject.
    Subject,
    /// The body; its offsets index the body.
    Body,
}

/// One problem in a letter, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Finding {
    /// What kind of problem this is.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// Whether the offsets index the subject or the body.
    pub part: Part,
    /// The 1-based line within the part (the subject is always line 1).
    pub line: usize,
    /// The 1-based column of `start` within its line, counted in characters.
    pub column: usize,
    /// Byte offset of the start of the problem within the part.
    pub start: usize,
    /// Byte offset just past the problem; equal to `start` for a finding
    /// about something missing, which points where it belongs.
    pub end: usize,
    /// A short, friendly sentence saying what is wrong and how to fix it.
    pub message: String,
    /// Replacements for the text between `start` and `end`, best first; an
    /// empty string means "remove it".
    pub suggestions: Vec<String>,
}

/// What a letter is for; some rules depend on it (only follow-ups and
/// nudges have a length limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// A thank-you note to an interviewer.
    Thanks,
    /// The follow-up to the hiring contact right after an interview.
    FollowUp,
    /// A polite reminder when a follow-up got no answer.
    Nudge,
    /// A periodic check-in with a recruiter.
    CheckIn,
    /// A request to a contact for a good word.
    NetworkingAsk,
    /// Withdrawing from an application.
    Withdrawal,
    /// Anything else.
    #[default]
    Other,
}

impl LetterKind {
    /// Every kind, in declaration order.
    pub const ALL: [LetterKind; 7] = [
        LetterKind::Thanks,
        LetterKind::FollowUp,
        LetterKind::Nudge,
        LetterKind::CheckIn,
        LetterKind::NetworkingAsk,
        LetterKind::Withdrawal,
        LetterKind::Other,
    ];

    /// The snake_case name used in JSON and in the evaluation files.
    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Thanks => "thanks",
            LetterKind::FollowUp => "follow_up",
            LetterKind::Nudge => "nudge",
            LetterKind::CheckIn => "check_in",
            LetterKind::NetworkingAsk => "networking_ask",
            LetterKind::Withdrawal => "withdrawal",
            LetterKind::Other => "other",
        }
    }

    /// The most words the body should have (greeting and sign-off not
    /// counted), if this kind of letter has a limit.
    pub fn word_limit(self) -> Option<usize> {
        match self {
            LetterKind::FollowUp | LetterKind::Nudge => Some(150),
            _ => None,
        }
    }
}

/// What the caller knows about a letter, borrowed for the length of a check.
///
/// Every name here is also a known word: names never produce a spelling
/// finding, whatever the dictionary says.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// What the letter is for.
    pub letter_kind: LetterKind,
    /// The people the letter is to, as full names ("Jane Doe").
    pub recipient_names: &'a [&'a str],
    /// The company of this application.
    pub company: Option<&'a str>,
    /// Companies of the person's other applications: one of these in the
    /// letter is a copy-paste error.
    pub other_companies: &'a [&'a str],
    /// People of the person's other applications (interviewers elsewhere).
    pub other_people: &'a [&'a str],
    /// Words never flagged as misspelled: every person and company name in
    /// the data, the profile's skills and the sender's name. Multi-word
    /// entries are split into words.
    pub known_words: &'a [&'a str],
}

/// A finding before it is placed: a rule's verdict on a span of one part.
///
/// Rules produce hits; the proofreader removes overlaps and then turns each
/// into a [`Finding`] with its line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub kind: FindingKind,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestions: Vec<String>,
}

impl Hit {
    /// A hit with the usual severity for its kind.
    pub fn new(kind: FindingKind, start: usize, end: usize, message: String) -> Hit {
        Hit {
            kind,
            severity: default_severity(kind),
            start,
            end,
            message,
            suggestions: Vec::new(),
        }
    }

    /// The same hit with these replacements offered.
    pub fn suggest(mut self, suggestions: impl IntoIterator<Item = String>) -> Hit {
        self.suggestions.extend(suggestions);
        self
    }
}

/// Errors block sending: mistakes a reader would notice and hold against the
/// sender. Warnings are about shape and tone, and about grammar, where the
/// checker is less sure of itself than it is of a misspelled word.
fn default_severity(kind: FindingKind) -> Severity {
    match kind {
        FindingKind::Spelling
        | FindingKind::WrongCompany
        | FindingKind::WrongName
        | FindingKind::MisspelledName
        | FindingKind::Placeholder
        | FindingKind::RepeatedWord => Severity::Error,
        FindingKind::Grammar
        | FindingKind::MissingGreeting
        | FindingKind::MissingSignOff
        | FindingKind::TooLong
        | FindingKind::Shouting
        | FindingKind::Exclamations => Severity::Warning,
    }
}

//! The error for building, saving and authorising a message.
//!
//! Each message says what was wrong and what to change, because it reaches
//! the person sending the letter as it is. None of them ever holds a
//! password: the password sources below report where they looked, never
//! what they found.

use std::path::PathBuf;

/// What went wrong while building a message, writing an `.eml` file or
/// reading the SMTP password.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MailError {
    /// An email address did not parse.
    #[error("'{email}' is not a valid email address ({reason}); write it as name@example.com")]
    InvalidAddress {
        /// The address as given.
        email: String,
        /// Why the parser rejected it.
        reason: String,
    },

    /// A display name would break the header it goes in.
    #[error(
        "the name {name:?} for <{email}> contains a line break or control character; use one line of plain text"
    )]
    InvalidName {
        /// The name as given.
        name: String,
        /// The address it belongs to.
        email: String,
    },

    /// The message has nobody to go to.
    #[error("the message has no recipient; add at least one To address")]
    NoRecipients,

    /// The subject is empty or is not one line of text.
    #[error("the subject {subject:?} {problem}; give the letter a one-line subject")]
    InvalidSubject {
        /// The subject as given.
        subject: String,
        /// What is wrong with it, as a phrase ("is empty").
        problem: &'static str,
    },

    /// A Message-ID (of this message or of the one it replies to) is not
    /// of the `<unique@domain>` form.
    #[error(
        "the {header} {id:?} is not a valid message id; it must look like <unique-part@domain> (make one with new_message_id)"
    )]
    InvalidMessageId {
        /// Which header held it: "Message-ID" or "In-Reply-To".
        header: &'static str,
        /// The id as given.
        id: String,
    },

    /// The date cannot be written in a Date header.
    #[error(
        "the date {date} cannot go in an email; it must fall between 1970 and 9999 (use the current time)"
    )]
    InvalidDate {
        /// The date as given.
        date: jiff::Timestamp,
    },

    /// The message builder refused the message for a reason the checks
    /// above did not foresee.
    #[error("could not build the email message: {reason}")]
    Build {
        /// The builder's own words.
        reason: String,
    },

    /// The `.eml` file could not be written.
    #[error(
        "could not write the message to {}: {source}; check that the folder exists and that you may write to it",
        path.display()
    )]
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The environment variable that should hold the password is unset,
    /// empty or not UTF-8.
    #[error(
        "the environment variable {var} should hold the SMTP password but is {problem}; export it, or use a password file or command instead"
    )]
    PasswordEnv {
        /// The variable's name.
        var: String,
        /// "not set", "empty" or "not valid UTF-8".
        problem: &'static str,
    },

    /// The password file could not be read.
    #[error(
        "could not read the SMTP password from {}: {source}; check the path and that only you can read the file",
        path.display()
    )]
    PasswordFile {
        /// The file that was to be read.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The password file holds nothing but white space, or is not UTF-8.
    #[error(
        "the SMTP password file {} is {problem}; put the password on its first line",
        path.display()
    )]
    PasswordFileUnusable {
        /// The file that was read.
        path: PathBuf,
        /// "empty" or "not valid UTF-8".
        problem: &'static str,
    },

    /// The password command could not be started at all.
    #[error("could not run the SMTP password command `{command}` with sh: {source}")]
    PasswordCommandSpawn {
        /// The command line as configured.
        command: String,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The password command ran and failed. Its output is not shown,
    /// because it may hold part of the password.
    #[error(
        "the SMTP password command `{command}` failed ({status}); run it yourself to see why, then fix it or the [smtp] password command setting"
    )]
    PasswordCommandFailed {
        /// The command line as configured.
        command: String,
        /// How it ended, such as "exit status: 1".
        status: String,
    },

    /// The password command succeeded but printed nothing usable.
    #[error(
        "the SMTP password command `{command}` printed {problem}; it must print the password on standard output"
    )]
    PasswordCommandUnusable {
        /// The command line as configured.
        command: String,
        /// "nothing" or "text that is not valid UTF-8".
        problem: &'static str,
    },
}

//! The SMTP password: a type that will not print it, and the three places
//! it may come from.
//!
//! A password should not sit in the config file, so [`PasswordSource`]
//! reads it at send time from an environment variable, a file of its own or
//! a command (a password manager such as `pass show mail/smtp`). What comes
//! back is a [`Secret`], whose `Debug` and `Display` print `********`, so
//! neither a log line, a `{:?}` of the config nor an error message can leak
//! it. The value is not wiped from memory on drop: the SMTP client keeps a
//! copy of its own while it logs in, so wiping ours would only pretend.

use std::fmt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::MailError;

/// A password that never shows itself in output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a password.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The password itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("********")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("********")
    }
}

/// Where to read the SMTP password when it is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// The value of this environment variable.
    Env(String),
    /// The contents of this file (its first line, in practice).
    File(PathBuf),
    /// The standard output of this command line, run with `sh -c`.
    Command(String),
}

impl PasswordSource {
    /// Reads the password now.
    ///
    /// White space around the value is removed in every case (a file or a
    /// command ends its output with a newline), so a password cannot begin
    /// or end with spaces. An empty result is an error, not an empty
    /// password. A command gets no standard input and keeps the terminal's
    /// standard error, so a password manager can still ask for its own
    /// passphrase and show its own complaints; its standard output, which is
    /// the password, is never put in an error.
    pub fn resolve(&self) -> Result<Secret, MailError> {
        match self {
            Self::Env(var) => from_env(var),
            Self::File(path) => from_file(path),
            Self::Command(command) => from_command(command),
        }
    }
}

fn from_env(var: &str) -> Result<Secret, MailError> {
    from_env_value(var, std::env::var(var))
}

/// The checks on an environment variable's value, apart from reading it, so
/// they can be tested without changing this process's environment.
fn from_env_value(
    var: &str,
    value: Result<String, std::env::VarError>,
) -> Result<Secret, MailError> {
    let problem = match value {
        Ok(v) if !v.trim().is_empty() => return Ok(Secret::new(v.trim())),
        Ok(_) => "empty",
        Err(std::env::VarError::NotPresent) => "not set",
        Err(std::env::VarError::NotUnicode(_)) => "not valid UTF-8",
    };
    Err(MailError::PasswordEnv {
        var: var.to_owned(),
        problem,
    })
}

fn from_file(path: &std::path::Path) -> Result<Secret, MailError> {
    let bytes = std::fs::read(path).map_err(|source| MailError::PasswordFile {
        path: path.to_owned(),
        source,
    })?;
    let unusable = |problem| MailError::PasswordFileUnusable {
        path: path.to_owned(),
        problem,
    };
    let text = String::from_utf8(bytes).map_err(|_| unusable("not valid UTF-8"))?;
    match text.trim() {
        "" => Err(unusable("empty")),
        value => Ok(Secret::new(value)),
    }
}

fn from_command(command: &str) -> Result<Secret, MailError> {
    let output = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|source| MailError::PasswordCommandSpawn {
            command: command.to_owned(),
            source,
        })?;
    if !output.status.success() {
        return Err(MailError::PasswordCommandFailed {
            command: command.to_owned(),
            status: output.status.to_string(),
        });
    }
    let unusable = |problem| MailError::PasswordCommandUnusable {
        command: command.to_owned(),
        problem,
    };
    let text =
        String::from_utf8(output.stdout).map_err(|_| unusable("text that is not valid UTF-8"))?;
    match text.trim() {
        "" => Err(unusable("nothing")),
        value => Ok(Secret::new(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "********");
        assert_eq!(format!("{s}"), "********");
        assert_eq!(format!("{:?}", Some(&s)), "Some(********)");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn an_empty_or_blank_variable_is_an_error_not_an_empty_password() {
        for blank in ["", "  \n"] {
            let err = from_env_value("SMTP_PW", Ok(blank.into())).unwrap_err();
            assert!(err.to_string().contains("SMTP_PW"), "{err}");
            assert!(err.to_string().contains("empty"), "{err}");
        }
        let ok = from_env_value("SMTP_PW", Ok(" pw \n".into())).unwrap();
        assert_eq!(ok.expose(), "pw");
    }
}

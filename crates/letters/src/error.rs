//! What can go wrong with a template, said so that its author can fix it.
//!
//! Every error names the file (a user's override, or the built-in template)
//! and, where there is one, the line, then says what is wrong and what would
//! be right: the nearest variable name, the list of names, the shape of a
//! subject line. The CLI prints these as they are.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::template::{Template, names};

/// Where a template's text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The template that ships with afterview.
    BuiltIn(Template),
    /// A user's override file.
    File(PathBuf),
}

impl Origin {
    /// The override file's path; `None` for a built-in template.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Origin::BuiltIn(_) => None,
            Origin::File(path) => Some(path),
        }
    }

    /// Whether this is the built-in template.
    pub fn is_builtin(&self) -> bool {
        matches!(self, Origin::BuiltIn(_))
    }
}

/// The path of an override, or "built-in thanks.txt".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::BuiltIn(t) => write!(f, "built-in {}", t.file_name()),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Where the docs of the variables and filters are, for messages.
const DOCS: &str = "docs/templates.md";

/// A template that cannot be loaded or rendered.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// An override file exists but could not be read.
    #[error("cannot read {}: {source}", .file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// Why it could not be read.
        source: std::io::Error,
    },

    /// A `.txt` file in the templates folder whose name is close to a
    /// template's but is not one, so it would be silently ignored.
    #[error(
        "{} is not a template file, so it is not used; did you mean {}? The template files are {}",
        .file.display(),
        .suggestion.file_name(),
        file_names()
    )]
    UnknownFile {
        /// The file.
        file: PathBuf,
        /// The template whose file name is closest.
        suggestion: Template,
    },

    /// The template's first line is not its subject.
    #[error(
        "{file}: the first line must be the subject, such as \"Subject: Thank you for the {{{{ role }}}} interview\", followed by a blank line and the body"
    )]
    MissingSubject {
        /// The template.
        file: Origin,
    },

    /// The template is not valid template syntax.
    #[error("{file} line {line}: syntax error: {message}")]
    Syntax {
        /// The template.
        file: Origin,
        /// The line, counted from 1 in the file.
        line: usize,
        /// What is wrong, as the parser says it.
        message: String,
    },

    /// The template reads a variable that letters do not have, even if only
    /// in a branch that this letter would not take.
    #[error(
        "{file} line {line}: unknown variable '{name}'; {}",
        advice(.suggestion.as_deref(), .fields)
    )]
    UnknownVariable {
        /// The template.
        file: Origin,
        /// The line, counted from 1 in the file.
        line: usize,
        /// The variable as written, such as "to.nmae".
        name: String,
        /// The closest variable that exists, such as "to.name".
        suggestion: Option<String>,
        /// The names that exist where this one was looked for: the fields
        /// of "to" for "to.nmae", the top-level variables for "nmae".
        fields: Vec<String>,
    },

    /// The template uses a filter that does not exist.
    #[error("{file} line {line}: unknown filter '{name}'; {}", advice(.suggestion.as_deref(), &[]))]
    UnknownFilter {
        /// The template.
        file: Origin,
        /// The line, counted from 1 in the file.
        line: usize,
        /// The filter as written.
        name: String,
        /// The closest filter that exists.
        suggestion: Option<String>,
    },

    /// The template uses a test (`is ...`) that does not exist.
    #[error("{file} line {line}: unknown test '{name}'; {}", advice(.suggestion.as_deref(), &[]))]
    UnknownTest {
        /// The template.
        file: Origin,
        /// The line, counted from 1 in the file.
        line: usize,
        /// The test as written.
        name: String,
        /// The closest test that exists.
        suggestion: Option<String>,
    },

    /// Rendering failed for this letter's values, such as an optional value
    /// printed when it is absent.
    #[error("{file}{}: {message}", at_line(*.line))]
    Render {
        /// The template.
        file: Origin,
        /// The line, counted from 1 in the file, when known.
        line: Option<usize>,
        /// What went wrong and how to fix it.
        message: String,
    },

    /// The subject rendered empty for this letter's values.
    #[error(
        "{file} line 1: the subject is empty for this letter; make sure some text is printed whatever the {{% if %}} branches decide"
    )]
    EmptySubject {
        /// The template.
        file: Origin,
    },
}

/// " line 4" or nothing.
fn at_line(line: Option<usize>) -> String {
    line.map_or_else(String::new, |l| format!(" line {l}"))
}

/// The end of an unknown-name message: the nearest name, or what exists.
fn advice(suggestion: Option<&str>, fields: &[String]) -> String {
    match (suggestion, fields) {
        (Some(s), _) => {
            format!("did you mean '{s}'? The variables and filters are listed in {DOCS}")
        }
        (None, []) => format!("the variables and filters are listed in {DOCS}"),
        (None, fields) => format!(
            "the names here are {}; all variables are listed in {DOCS}",
            fields.join(", ")
        ),
    }
}

/// "thanks.txt, thanks-again.txt, ...".
fn file_names() -> String {
    names()
        .split(", ")
        .map(|n| format!("{n}.txt"))
        .collect::<Vec<_>>()
        .join(", ")
}

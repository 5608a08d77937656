//! What a whole import gives back, and the one place that decides whether a
//! bad record stops it or is set aside.
//!
//! Every reader hands each record to a [`Collector`]; the caller's
//! [`OnBadRecord`] decides whether the first bad one fails the import (the
//! default: nothing is half-imported by surprise) or is listed in
//! [`Import::rejected`] while the good ones go through (`--skip-bad`).

use std::fmt;

use serde::Serialize;

use crate::{Format, ImportError, ImportedContact};

/// What to do with a record that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum OnBadRecord {
    /// Fail the whole import with the first bad record's error.
    #[default]
    Fail,
    /// Set the record aside in [`Import::rejected`] and read on.
    Skip,
}

/// The outcome of reading one contacts file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Import {
    /// The kind of file that was read.
    pub format: Format,
    /// The contacts read, in file order.
    pub contacts: Vec<ImportedContact>,
    /// Records left out on purpose, or values dropped, that the user should
    /// hear about (a LinkedIn row with no name, a date that could not be
    /// read). They are not errors: the import is complete without them.
    pub notes: Vec<Note>,
    /// The records that could not be read, when reading with
    /// [`OnBadRecord::Skip`]; always empty with [`OnBadRecord::Fail`].
    pub rejected: Vec<ImportError>,
}

/// Something the user should know about an import that still succeeded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The 1-based line of the file the note is about.
    pub line: usize,
    /// What was left out and why, as a sentence without the line.
    pub message: String,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Gathers a reader's records under one [`OnBadRecord`] policy.
pub(crate) struct Collector {
    on_bad: OnBadRecord,
    import: Import,
}

impl Collector {
    pub(crate) fn new(format: Format, on_bad: OnBadRecord) -> Self {
        Self {
            on_bad,
            import: Import {
                format,
                contacts: Vec::new(),
                notes: Vec::new(),
                rejected: Vec::new(),
            },
        }
    }

    /// Takes one record: a contact is kept; an error either stops the
    /// import (returned to the caller to pass up with `?`) or is set aside.
    pub(crate) fn record(
        &mut self,
        record: Result<ImportedContact, ImportError>,
    ) -> Result<(), ImportError> {
        match record {
            Ok(contact) => self.import.contacts.push(contact),
            Err(error) => match self.on_bad {
                OnBadRecord::Fail => return Err(error),
                OnBadRecord::Skip => self.import.rejected.push(error),
            },
        }
        Ok(())
    }

    /// Records a note about `line`.
    pub(crate) fn note(&mut self, line: usize, message: impl Into<String>) {
        self.import.notes.push(Note {
            line,
            message: message.into(),
        });
    }

    pub(crate) fn finish(self) -> Import {
        self.import
    }
}

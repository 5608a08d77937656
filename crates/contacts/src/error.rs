//! The reasons an import refuses a file or a record, worded for the person
//! who picked the file.
//!
//! Each message names the line, says what is wrong and what to do about it:
//! the person holds a file another program wrote and can only export it
//! again, fix the line by hand, or import with `--skip-bad`.

use serde::Serialize;

/// Why a record, or the whole file, could not be imported.
///
/// The `Display` text ("line 12: …") is meant to be shown to the user as it
/// is. `line` is 1-based and always at least 1; errors about the whole file
/// (empty, not text) point at the line where the trouble shows, or line 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ImportError {
    /// The 1-based line of the file the error is about.
    pub line: usize,
    /// What was wrong and how to fix it, as a sentence without the line.
    pub message: String,
}

impl ImportError {
    /// An error about `line`; a zero line becomes 1, so every message
    /// points somewhere in the file.
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line: line.max(1),
            message: message.into(),
        }
    }
}

/// Why a column mapping could not be made, from a `--map` text or from the
/// headers of a file.
///
/// The `Display` text is meant to be shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct MappingError {
    /// What was wrong and how to fix it.
    pub message: String,
}

impl MappingError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_starts_with_the_line() {
        let error = ImportError::new(12, "this row has 8 fields");
        assert_eq!(error.to_string(), "line 12: this row has 8 fields");
        assert_eq!(ImportError::new(0, "empty").line, 1);
    }
}

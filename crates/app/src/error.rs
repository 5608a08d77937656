//! The use cases' error: what went wrong, in words a person can act on.

use afterview_core::Invalid;
use afterview_store::StoreError;

/// Why a use case could not be done. Every message says how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Something typed was not valid (a date, an email, an empty role): a usage error.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// Nothing matches what was named; the message suggests the closest match.
    #[error("{0}")]
    NotFound(String),
    /// More than one thing matches; the message lists them so the person can pick.
    #[error("{0}")]
    Ambiguous(String),
    /// A rule refuses the change (an invalid transition, a company still in use).
    #[error("{0}")]
    Refused(String),
    /// Storage failed or refused.
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl AppError {
    /// Whether the person typed something malformed (exit code 2) rather
    /// than something that could not be done (exit code 1).
    pub fn is_usage(&self) -> bool {
        matches!(self, AppError::Invalid(_))
    }
}

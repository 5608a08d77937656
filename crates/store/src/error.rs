//! The error every port returns: a small set a use case can act on.

/// What went wrong in storage, in terms a use case can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique rule would be broken, e.g. a second company with the same name.
    #[error("{0}")]
    Conflict(String),
    /// A row that another row points at is missing, or is still pointed at.
    #[error("{0}")]
    Reference(String),
    /// The database could not be reached or opened; the message says how to fix it.
    #[error("{0}")]
    Unavailable(String),
    /// The database belongs to something else, or to a newer afterview.
    #[error("{0}")]
    Incompatible(String),
    /// Anything else the database reported; a bug or a broken disk.
    #[error("database error: {0}")]
    Other(String),
}

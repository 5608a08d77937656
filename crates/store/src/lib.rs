//! Storage ports of afterview, and the conformance suite every backend passes.
//!
//! A use case opens a transaction with [`Store::read`] or [`Store::write`],
//! calls the port methods it needs on it, and commits. Dropping a transaction
//! without committing rolls it back, so a command that fails half-way leaves
//! the data exactly as it was. The ports speak in domain types and return a
//! [`StoreError`] of their own, never a driver's error; which database sits
//! behind them is decided once, at the edge, from the database URL.

mod error;
mod ports;

pub mod conformance;

pub use error::StoreError;
pub use ports::*;

/// Everything a use case needs in scope to call the ports.
pub mod prelude {
    pub use crate::{
        AgendaCachePort, ApplicationPort, BackupPort, CompanyPort, ContactPort, FollowPort,
        InterviewPort, LetterPort, NetworkPort, PracticePort, ProfilePort, Store, Transaction,
    };
}

/// The result type of every port method.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

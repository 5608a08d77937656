//! Companies: where the applications go. A name is unique, ignoring case.

use crate::ids::CompanyId;
use crate::text::{LongText, Name, Url};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// A company as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    /// Its short number.
    pub id: CompanyId,
    /// Its name, unique ignoring case.
    pub name: Name,
    /// Its web site.
    pub website: Option<Url>,
    /// Free notes.
    pub notes: Option<LongText>,
    /// When it was added.
    pub created_at: Timestamp,
}

/// What it takes to add a company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCompany {
    /// Its name.
    pub name: Name,
    /// Its web site.
    pub website: Option<Url>,
    /// Free notes.
    pub notes: Option<LongText>,
}

//! Backup and restore use cases: one JSON document, either backend.

use crate::{App, AppError, Result};
use afterview_core::backup::Backup;
use afterview_store::prelude::*;

/// What a restore brought in.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreSummary {
    /// Companies restored.
    pub companies: usize,
    /// Applications restored.
    pub applications: usize,
    /// Contacts restored.
    pub contacts: usize,
    /// Interviews restored.
    pub interviews: usize,
}

impl<S: Store> App<S> {
    /// Everything in the store, as a backup document.
    pub async fn backup(&self) -> Result<Backup> {
        let mut tx = self.store.read().await?;
        Ok(tx.export().await?)
    }

    /// Reads a backup into this store, which must be empty.
    pub async fn restore(&self, backup: &Backup) -> Result<RestoreSummary> {
        backup.check()?;
        let mut tx = self.store.write().await?;
        if !tx.is_empty().await? {
            return Err(AppError::Refused(
                "this database already holds data; restore into a new, empty one (pass --db with a new path or URL)".into(),
            ));
        }
        // A backup from before practice cards makes them from its debriefs,
        // as saving those debriefs would have.
        let upgraded;
        let backup = if backup.version < 4 && backup.practice_cards.is_empty() {
            let mut b = backup.clone();
            b.practice_cards = afterview_core::practice::cards_from_debriefs(&b);
            upgraded = b;
            &upgraded
        } else {
            backup
        };
        tx.restore(backup).await?;
        tx.commit().await?;
        Ok(RestoreSummary {
            companies: backup.companies.len(),
            applications: backup.applications.len(),
            contacts: backup.contacts.len(),
            interviews: backup.interviews.len(),
        })
    }
}

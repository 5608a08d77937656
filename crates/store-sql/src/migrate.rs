//! Versioned migrations, applied automatically and safely.
//!
//! Each backend crate lists its migrations (SQL files under its own
//! `migrations/`, named alike across backends). At start-up the runner reads
//! the highest applied version with one query; only when something is
//! missing does it take the backend's lock (SQLite's write lock, a
//! PostgreSQL advisory lock), look again, and apply what is still missing in
//! the same transaction. So two processes starting at once apply each
//! migration exactly once, and a failing migration leaves nothing behind.
//! An applied migration is never edited, only followed by a new one.

use crate::exec::{Connector, Value};
use crate::rows::{int, opt_int};
use crate::{Backend, params};
use afterview_store::{Result, StoreError};

/// One schema change.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Its number, from 1. A gap is allowed while parallel branches are
    /// merged: a lower number that arrives later is still applied.
    pub version: i64,
    /// A short name, the same on every backend.
    pub name: &'static str,
    /// The statements, separated by semicolons.
    pub sql: &'static str,
}

/// Brings the database up to the latest migration; `now` is recorded as
/// the time each migration was applied.
pub async fn migrate(
    db: &dyn Connector,
    backend: Backend,
    migrations: &[Migration],
    now: &str,
) -> Result<()> {
    let latest = migrations.last().map_or(0, |m| m.version);
    let known = i64::try_from(migrations.len()).unwrap_or(i64::MAX);
    {
        let mut tx = db.begin(false).await?;
        // Before the first migration the table does not exist and this fails;
        // the locked path below creates it.
        if let Ok(mut rows) = tx
            .query(
                "SELECT MAX(version) AS v, COUNT(*) AS n FROM afterview_migrations",
                &[],
            )
            .await
        {
            let (applied, count) = match rows.first_mut() {
                Some(r) => (opt_int(r, "v")?.unwrap_or(0), opt_int(r, "n")?.unwrap_or(0)),
                None => (0, 0),
            };
            // The count too: a migration numbered below the latest may have
            // arrived with a merge after the latest was applied.
            if applied == latest && count == known {
                return Ok(());
            }
            if applied > latest {
                return Err(newer(applied, latest));
            }
        }
    }
    let mut tx = db.begin(true).await?;
    if backend == Backend::Postgres {
        // One fixed key for afterview's schema: concurrent starters queue here.
        tx.query("SELECT pg_advisory_xact_lock(7306981214)", &[])
            .await?;
    }
    tx.execute(
        "CREATE TABLE IF NOT EXISTS afterview_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        &[],
    )
    .await?;
    let applied = tx
        .query(
            "SELECT version FROM afterview_migrations ORDER BY version",
            &[],
        )
        .await?
        .iter_mut()
        .map(|r| int(r, "version"))
        .collect::<Result<Vec<i64>>>()?;
    if let Some(&max) = applied.last()
        && max > latest
    {
        return Err(newer(max, latest));
    }
    for m in migrations.iter().filter(|m| !applied.contains(&m.version)) {
        tx.batch(m.sql).await.map_err(|e| {
            StoreError::Other(format!("migration {} ({}) failed: {e}", m.version, m.name))
        })?;
        let values: &[Value] = params![m.version, m.name, now];
        tx.execute(
            "INSERT INTO afterview_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            values,
        )
        .await?;
    }
    tx.commit().await
}

fn newer(found: i64, known: i64) -> StoreError {
    StoreError::Incompatible(format!(
        "this database has schema version {found}, but this afterview knows only up to {known}; upgrade afterview to open it"
    ))
}

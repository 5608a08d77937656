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

use crate::{Backend, dynamic, map_err};
use afterview_store::{Result, StoreError};
use sqlx::{AnyPool, Row};

/// One schema change.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Its number, from 1, with no gaps.
    pub version: i64,
    /// A short name, the same on every backend.
    pub name: &'static str,
    /// The statements, separated by semicolons.
    pub sql: &'static str,
}

/// Brings the database up to the latest migration.
pub async fn migrate(pool: &AnyPool, backend: Backend, migrations: &[Migration]) -> Result<()> {
    let latest = migrations.last().map_or(0, |m| m.version);
    if let Ok(row) = sqlx::query("SELECT MAX(version) AS v FROM afterview_migrations")
        .fetch_one(pool)
        .await
    {
        let applied: Option<i64> = row.try_get("v").map_err(map_err)?;
        let applied = applied.unwrap_or(0);
        if applied == latest {
            return Ok(());
        }
        if applied > latest {
            return Err(newer(applied, latest));
        }
    }
    let lock = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN",
    };
    let mut tx = pool.begin_with(lock).await.map_err(map_err)?;
    if backend == Backend::Postgres {
        // One fixed key for afterview's schema: concurrent starters queue here.
        sqlx::query("SELECT pg_advisory_xact_lock(7306981214)")
            .execute(&mut *tx)
            .await
            .map_err(map_err)?;
    }
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS afterview_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )
    .execute(&mut *tx)
    .await
    .map_err(map_err)?;
    let applied: Vec<i64> = sqlx::query("SELECT version FROM afterview_migrations ORDER BY version")
        .fetch_all(&mut *tx)
        .await
        .map_err(map_err)?
        .iter()
        .map(|r| r.try_get::<i64, _>("version"))
        .collect::<Result<_, _>>()
        .map_err(map_err)?;
    if let Some(&max) = applied.last()
        && max > latest
    {
        return Err(newer(max, latest));
    }
    for m in migrations.iter().filter(|m| !applied.contains(&m.version)) {
        sqlx::raw_sql(dynamic(m.sql.to_owned()))
            .execute(&mut *tx)
            .await
            .map_err(|e| StoreError::Other(format!("migration {} ({}) failed: {}", m.version, m.name, map_err(e))))?;
        sqlx::query("INSERT INTO afterview_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(m.version)
            .bind(m.name)
            .bind(afterview_core::time::format_utc(jiff::Timestamp::now()))
            .execute(&mut *tx)
            .await
            .map_err(map_err)?;
    }
    tx.commit().await.map_err(map_err)
}

fn newer(found: i64, known: i64) -> StoreError {
    StoreError::Incompatible(format!(
        "this database has schema version {found}, but this afterview knows only up to {known}; upgrade afterview to open it"
    ))
}

//! The PostgreSQL adapter: afterview's hosted backend.
//!
//! [`connect`] opens a pool to a `postgres://` URL, names the server in every
//! connection error (never the password), and applies this crate's
//! migrations under an advisory lock, so several servers starting at once
//! migrate exactly once. The SQL itself is shared with SQLite in
//! `afterview-store-sql`.

mod exec;
pub mod testing;

use afterview_store::{Result, StoreError};
use afterview_store_sql::migrate::migrate;
use afterview_store_sql::{Backend, Migration, SqlStore};
use exec::{PgConnector, map_err};
use sqlx::postgres::PgPoolOptions;
use std::sync::Arc;

/// This backend's migrations, in order; named like SQLite's.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "pipeline",
        sql: include_str!("../migrations/0001_pipeline.sql"),
    },
    Migration {
        version: 2,
        name: "list_indexes",
        sql: include_str!("../migrations/0002_list_indexes.sql"),
    },
    Migration {
        version: 3,
        name: "follow_through",
        sql: include_str!("../migrations/0003_follow_through.sql"),
    },
    Migration {
        version: 4,
        name: "open_rounds",
        sql: include_str!("../migrations/0004_open_rounds.sql"),
    },
    Migration {
        version: 5,
        name: "letters",
        sql: include_str!("../migrations/0005_letters.sql"),
    },
    Migration {
        version: 6,
        name: "network",
        sql: include_str!("../migrations/0006_network.sql"),
    },
    Migration {
        version: 7,
        name: "practice",
        sql: include_str!("../migrations/0007_practice.sql"),
    },
    Migration {
        version: 8,
        name: "agenda_journal",
        sql: include_str!("../migrations/0008_agenda_journal.sql"),
    },
];

/// Whether a `--db` value names a PostgreSQL database.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// "host:port/database" of a URL, without user or password, for messages.
pub fn describe(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    rest.split('?').next().unwrap_or(rest).to_owned()
}

/// Connects to the database at `url` with up to `connections` connections and
/// brings its schema up to date; `now` is recorded with each migration applied.
pub async fn connect(url: &str, connections: u32, now: &str) -> Result<SqlStore> {
    // One direct attempt first: a pool retries a refused connection until its
    // timeout, while a person with a wrong URL deserves an answer at once.
    let first = <sqlx::PgConnection as sqlx::Connection>::connect(url)
        .await
        .map_err(|e| unreachable_message(url, e))?;
    let pool = PgPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect_lazy(url)
        .map_err(|e| unreachable_message(url, e))?;
    drop(first);
    let connector = PgConnector::new(pool);
    migrate(&connector, Backend::Postgres, MIGRATIONS, now).await?;
    Ok(SqlStore::new(Arc::new(connector), Backend::Postgres))
}

fn unreachable_message(url: &str, err: sqlx::Error) -> StoreError {
    let server = describe(url);
    let detail = match &err {
        sqlx::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "the connection was refused; is the server running and listening there?".to_owned()
        }
        sqlx::Error::PoolTimedOut => {
            "it did not answer within 5 seconds; is the host right and reachable?".to_owned()
        }
        _ => map_err(err).to_string(),
    };
    StoreError::Unavailable(format!(
        "could not connect to PostgreSQL at {server}: {detail}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_never_show_the_password() {
        assert_eq!(
            describe("postgres://sam:secret@db.example.org:5432/afterview?sslmode=require"),
            "db.example.org:5432/afterview"
        );
    }
}

//! Throwaway databases for tests on a real PostgreSQL server.
//!
//! Tests that need PostgreSQL read its URL from `AFTERVIEW_TEST_PG_URL`. When
//! it is unset they skip, and say so on standard error where a person running
//! the suite sees it (not in the captured test output). Each test gets a
//! database of its own, so tests run in parallel without seeing each other.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// The environment variable that names the test server.
pub const TEST_URL_VAR: &str = "AFTERVIEW_TEST_PG_URL";

/// The admin URL of the test server, or a loud skip notice and `None`.
pub fn test_server(test: &str) -> Option<String> {
    match std::env::var(TEST_URL_VAR) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            // Written straight to the process's stderr, past the test harness's
            // capture, so the skip is visible in a plain `cargo test` run.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED (PostgreSQL): {test}: set {TEST_URL_VAR}=postgres://postgres@127.0.0.1:5432/postgres to run it"
            );
            None
        }
    }
}

/// A database created for one test, dropped by [`TestDatabase::drop_now`].
#[derive(Debug)]
pub struct TestDatabase {
    admin_url: String,
    /// The database's name.
    pub name: String,
    /// A URL that connects to it.
    pub url: String,
}

/// Replaces the database part of a PostgreSQL URL.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{db}", &base[..host_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl TestDatabase {
    /// Creates an empty database on the server at `admin_url`.
    pub async fn create(admin_url: &str) -> Result<TestDatabase, String> {
        static SEQ: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let name = format!(
            "afterview_test_{}_{}_{}",
            std::process::id(),
            nanos,
            SEQ.fetch_add(1, Ordering::Relaxed)
        );
        let sql = format!("CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        admin(admin_url, sql).await?;
        Ok(TestDatabase {
            admin_url: admin_url.to_owned(),
            url: with_database(admin_url, &name),
            name,
        })
    }

    /// Drops the database, closing whatever still uses it.
    pub async fn drop_now(self) {
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(e) = admin(&self.admin_url, sql).await {
            let _ = writeln!(
                std::io::stderr(),
                "could not drop test database {}: {e}",
                self.name
            );
        }
    }
}

async fn admin(url: &str, sql: String) -> Result<(), String> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url)
        .await
        .map_err(|e| format!("could not connect to {}: {e}", crate::describe(url)))?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(&mut conn)
        .await
        .map_err(|e| e.to_string())?;
    let _ = conn.close().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_part_is_replaced() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "t2"),
            "postgres://u@h/t2?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://u@h:5432", "t3"),
            "postgres://u@h:5432/t3"
        );
    }
}

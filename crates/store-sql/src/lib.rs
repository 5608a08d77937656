//! The SQL implementation of afterview's storage ports, shared by both backends.
//!
//! The queries are written once, with `$1` placeholders, and run through
//! sqlx's `Any` driver on SQLite and PostgreSQL alike; the one conformance
//! suite in `afterview-store` proves they mean the same on both. What truly
//! differs between the backends (how a write transaction starts, how
//! migrations are locked, how id sequences are reset after a restore) is
//! named by [`Backend`], and each backend crate owns its connection set-up and
//! its migrations. Instants are stored as fixed-width UTC text (see
//! `afterview_core::time`), so text order is time order on both.

mod applications;
mod backup;
mod companies;
mod contacts;
mod error;
mod interviews;
pub mod migrate;
mod profile;
mod rows;

use afterview_store::{Result, Store, StoreError, Transaction};
use async_trait::async_trait;
use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyPool};

pub use error::map_err;
pub use migrate::Migration;

/// The database behind the pool: the few places where the SQL differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The embedded default.
    Sqlite,
    /// The hosted server.
    Postgres,
}

impl Backend {
    /// The backend's name for people.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// How a transaction that will write begins. SQLite's deferred BEGIN would
    /// fail, not wait, when a reader later tries to write while another
    /// process writes; IMMEDIATE takes the lock up front and waits for it.
    fn begin_write(self) -> &'static str {
        match self {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        }
    }
}

/// A connection pool to one afterview database; the only [`Store`] there is.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
}

/// Connects the `Any` drivers once per process.
pub fn install_drivers() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(sqlx::any::install_default_drivers);
}

impl SqlStore {
    /// Wraps a pool that a backend crate has connected and migrated.
    pub fn new(pool: AnyPool, backend: Backend) -> SqlStore {
        SqlStore { pool, backend }
    }

    /// Pool options suitable for `connections` concurrent users.
    pub fn pool_options(connections: u32) -> AnyPoolOptions {
        AnyPoolOptions::new()
            .max_connections(connections)
            .min_connections(0)
            .acquire_timeout(std::time::Duration::from_secs(10))
    }

    /// The pool, for a backend crate's own set-up.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes every connection, waiting for them to finish.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// One transaction over the SQL database; implements every port.
pub struct SqlTx {
    tx: sqlx::Transaction<'static, Any>,
    backend: Backend,
}

#[async_trait]
impl Store for SqlStore {
    type Tx = SqlTx;

    async fn read(&self) -> Result<SqlTx> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(SqlTx {
            tx,
            backend: self.backend,
        })
    }

    async fn write(&self) -> Result<SqlTx> {
        let tx = self
            .pool
            .begin_with(self.backend.begin_write())
            .await
            .map_err(map_err)?;
        Ok(SqlTx {
            tx,
            backend: self.backend,
        })
    }

    fn backend(&self) -> &'static str {
        self.backend.name()
    }
}

#[async_trait]
impl Transaction for SqlTx {
    async fn commit(self) -> Result<()> {
        self.tx.commit().await.map_err(map_err)
    }
}

impl SqlTx {
    fn conn(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }

    /// Marks a point to return to if the next statement is refused.
    ///
    /// PostgreSQL aborts the whole transaction after a failed statement while
    /// SQLite carries on; a savepoint around each write that a rule may refuse
    /// (a duplicate name, a row still referenced) gives both the same
    /// contract: a refused write changes nothing and the transaction goes on.
    async fn savepoint(&mut self) -> Result<()> {
        sqlx::query("SAVEPOINT refusable").execute(self.conn()).await.map_err(map_err)?;
        Ok(())
    }

    /// Ends the savepoint: kept when `result` is a success, undone otherwise.
    async fn settle<T>(&mut self, result: Result<T>) -> Result<T> {
        let sql = if result.is_ok() {
            "RELEASE SAVEPOINT refusable"
        } else {
            "ROLLBACK TO SAVEPOINT refusable"
        };
        sqlx::query(sql).execute(self.conn()).await.map_err(map_err)?;
        if result.is_err() {
            sqlx::query("RELEASE SAVEPOINT refusable").execute(self.conn()).await.map_err(map_err)?;
        }
        result
    }
}

/// "$a, $b, ..." for `n` bound values starting at `$start`.
fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Turns a checked-in query with generated placeholders into one sqlx accepts.
fn dynamic(sql: String) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(sql)
}

#[allow(dead_code)]
fn _assert_send() {
    fn is_send<T: Send>() {}
    is_send::<SqlTx>();
    let _ = StoreError::Other(String::new());
}

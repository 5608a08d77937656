//! The SQL implementation of afterview's storage ports, shared by both backends.
//!
//! The queries are written once, with `$1` placeholders, and run on SQLite
//! and PostgreSQL alike through the small executor port in [`exec`]; the one
//! conformance suite in `afterview-store` proves they mean the same on both.
//! What truly differs between the backends (how a write transaction starts,
//! how migrations are locked, how id sequences are reset after a restore) is
//! named by [`Backend`], and each backend crate owns its driver, connection
//! set-up and migrations. Instants are stored as fixed-width UTC text (see
//! `afterview_core::time`), so text order is time order on both.

mod applications;
mod backup;
mod cache;
mod companies;
mod contacts;
pub mod exec;
mod follow;
mod insights;
mod interviews;
mod letters;
pub mod migrate;
mod network;
mod practice;
mod profile;
mod rows;

use afterview_store::{Result, Store, Transaction};
use async_trait::async_trait;
use exec::{Cells, Connector, Exec, Row, Value};
use std::sync::Arc;

pub use migrate::Migration;

/// The database behind the store: the few places where the SQL differs.
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
}

/// One afterview database; the only [`Store`] there is.
#[derive(Debug, Clone)]
pub struct SqlStore {
    connector: Arc<dyn Connector>,
    backend: Backend,
}

impl SqlStore {
    /// A store over a backend crate's connector, already migrated.
    pub fn new(connector: Arc<dyn Connector>, backend: Backend) -> SqlStore {
        SqlStore { connector, backend }
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.connector.close().await;
    }
}

/// How many ids one statement binds at most, well under every backend's
/// limit on parameters.
const ID_CHUNK: usize = 500;

/// One transaction; implements every port.
pub struct SqlTx {
    exec: Box<dyn Exec>,
    backend: Backend,
    /// Whether it was opened for writing: committing it counts the store's
    /// generation up, which tells a kept agenda it is stale.
    write: bool,
    /// Set when the transaction only refreshed the kept agenda.
    quiet: bool,
}

#[async_trait]
impl Store for SqlStore {
    type Tx = SqlTx;

    async fn read(&self) -> Result<SqlTx> {
        Ok(SqlTx {
            exec: self.connector.begin(false).await?,
            backend: self.backend,
            write: false,
            quiet: false,
        })
    }

    async fn write(&self) -> Result<SqlTx> {
        Ok(SqlTx {
            exec: self.connector.begin(true).await?,
            backend: self.backend,
            write: true,
            quiet: false,
        })
    }

    fn backend(&self) -> &'static str {
        self.backend.name()
    }
}

#[async_trait]
impl Transaction for SqlTx {
    async fn commit(mut self) -> Result<()> {
        if self.write && !self.quiet {
            self.exec(
                "UPDATE afterview_state SET generation = generation + 1 WHERE id = 1",
                &[],
            )
            .await?;
        }
        self.exec.commit().await
    }
}

impl SqlTx {
    /// All rows of a query.
    async fn rows(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        self.exec.query(sql, params).await
    }

    /// Rows of `sql` for every id in `ids`: the query runs once per chunk of
    /// ids, with `{ids}` replaced by the chunk's placeholders, so that no
    /// statement outgrows a backend's limit on parameters.
    async fn rows_for_ids(&mut self, sql: &str, ids: &[i64]) -> Result<Vec<Row>> {
        let mut rows = Vec::new();
        for chunk in ids.chunks(ID_CHUNK) {
            let sql = sql.replace("{ids}", &placeholders(1, chunk.len()));
            let binds: Vec<Value> = chunk.iter().map(|&id| Value::from(id)).collect();
            rows.extend(self.exec.query(&sql, &binds).await?);
        }
        Ok(rows)
    }

    /// Hands each row of a query to `each` as it is read, in place: for the
    /// large reads, where copying every value first was most of the cost.
    async fn each(
        &mut self,
        sql: &str,
        params: &[Value],
        mut each: impl FnMut(&dyn Cells) -> Result<()> + Send,
    ) -> Result<()> {
        self.exec.query_each(sql, params, &mut each).await
    }

    /// [`SqlTx::each`] for every id in `ids`, a chunk of ids at a time (see
    /// [`SqlTx::rows_for_ids`]).
    async fn each_for_ids(
        &mut self,
        sql: &str,
        ids: &[i64],
        mut each: impl FnMut(&dyn Cells) -> Result<()> + Send,
    ) -> Result<()> {
        for chunk in ids.chunks(ID_CHUNK) {
            let sql = sql.replace("{ids}", &placeholders(1, chunk.len()));
            let binds: Vec<Value> = chunk.iter().map(|&id| Value::from(id)).collect();
            self.exec.query_each(&sql, &binds, &mut each).await?;
        }
        Ok(())
    }

    /// The first row of a query, if any.
    async fn opt_row(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>> {
        Ok(self.exec.query(sql, params).await?.into_iter().next())
    }

    /// The one row a query must return.
    async fn row(&mut self, sql: &str, params: &[Value]) -> Result<Row> {
        self.opt_row(sql, params).await?.ok_or_else(|| {
            afterview_store::StoreError::Other("a query that returns a row returned none".into())
        })
    }

    /// Runs a statement; how many rows it changed.
    async fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        self.exec.execute(sql, params).await
    }

    /// Marks a point to return to if the next statement is refused.
    ///
    /// PostgreSQL aborts the whole transaction after a failed statement while
    /// SQLite carries on; a savepoint around each write that a rule may refuse
    /// (a duplicate name, a row still referenced) gives both the same
    /// contract: a refused write changes nothing and the transaction goes on.
    async fn savepoint(&mut self) -> Result<()> {
        self.exec("SAVEPOINT refusable", &[]).await.map(drop)
    }

    /// Ends the savepoint: kept when `result` is a success, undone otherwise.
    async fn settle<T>(&mut self, result: Result<T>) -> Result<T> {
        if result.is_ok() {
            self.exec("RELEASE SAVEPOINT refusable", &[]).await?;
        } else {
            self.exec("ROLLBACK TO SAVEPOINT refusable", &[]).await?;
            self.exec("RELEASE SAVEPOINT refusable", &[]).await?;
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

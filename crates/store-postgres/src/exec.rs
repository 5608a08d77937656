//! The executor port on sqlx's PostgreSQL driver: a pool, transactions, errors.

use afterview_store::{Result, StoreError};
use afterview_store_sql::exec::{Connector, Exec, Row, Value};
use async_trait::async_trait;
use sqlx::error::ErrorKind;
use sqlx::postgres::{PgPool, PgRow};
use sqlx::{Column, Postgres, Row as _, TypeInfo, ValueRef};
use std::sync::Arc;

/// A connection pool to one PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PgConnector {
    pool: PgPool,
}

impl PgConnector {
    /// Wraps a connected pool.
    pub fn new(pool: PgPool) -> PgConnector {
        PgConnector { pool }
    }
}

/// Maps a sqlx error onto the store's own error, keeping its message.
pub fn map_err(err: sqlx::Error) -> StoreError {
    match &err {
        sqlx::Error::Database(db) => {
            let message = db.message().to_owned();
            match db.kind() {
                ErrorKind::UniqueViolation => StoreError::Conflict(message),
                ErrorKind::ForeignKeyViolation => StoreError::Reference(message),
                _ => StoreError::Other(message),
            }
        }
        sqlx::Error::Io(io) => {
            StoreError::Unavailable(format!("could not reach the database: {io}"))
        }
        sqlx::Error::PoolTimedOut => StoreError::Unavailable(
            "timed out waiting for a database connection; is the server up and reachable?".into(),
        ),
        sqlx::Error::Tls(e) => {
            StoreError::Unavailable(format!("could not set up TLS to the database: {e}"))
        }
        sqlx::Error::Configuration(e) => {
            StoreError::Unavailable(format!("the database URL is not usable: {e}"))
        }
        _ => StoreError::Other(err.to_string()),
    }
}

#[async_trait]
impl Connector for PgConnector {
    async fn begin(&self, _write: bool) -> Result<Box<dyn Exec>> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(Box::new(PgTx { tx: Some(tx) }))
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// One transaction; sqlx rolls it back when dropped uncommitted.
struct PgTx {
    tx: Option<sqlx::Transaction<'static, Postgres>>,
}

impl PgTx {
    fn tx(&mut self) -> Result<&mut sqlx::Transaction<'static, Postgres>> {
        self.tx
            .as_mut()
            .ok_or_else(|| StoreError::Other("the transaction is already finished".into()))
    }
}

fn query_of<'q>(
    sql: &str,
    params: &'q [Value],
) -> sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments> {
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
    for p in params {
        q = match p {
            Value::Int(v) => q.bind(*v),
            Value::Text(v) => q.bind(v.as_deref()),
        };
    }
    q
}

fn row_of(row: &PgRow, columns: &Arc<[String]>) -> Result<Row> {
    let mut values = Vec::with_capacity(columns.len());
    for (i, col) in row.columns().iter().enumerate() {
        let raw = row.try_get_raw(i).map_err(map_err)?;
        let null = raw.is_null();
        let value = match col.type_info().name() {
            "INT8" | "INT4" | "INT2" => Value::Int(if null {
                None
            } else {
                Some(int_at(row, i, col.type_info().name())?)
            }),
            "BOOL" => Value::Int(if null {
                None
            } else {
                Some(i64::from(row.try_get::<bool, _>(i).map_err(map_err)?))
            }),
            "TEXT" | "VARCHAR" | "NAME" | "BPCHAR" => {
                Value::Text(row.try_get::<Option<String>, _>(i).map_err(map_err)?)
            }
            "VOID" => Value::Text(None),
            other => {
                return Err(StoreError::Other(format!(
                    "column {} has type {other}, which afterview does not read",
                    col.name()
                )));
            }
        };
        values.push(value);
    }
    Ok(Row::new(columns.clone(), values))
}

fn int_at(row: &PgRow, i: usize, ty: &str) -> Result<i64> {
    match ty {
        "INT2" => row.try_get::<i16, _>(i).map(i64::from),
        "INT4" => row.try_get::<i32, _>(i).map(i64::from),
        _ => row.try_get::<i64, _>(i),
    }
    .map_err(map_err)
}

#[async_trait]
impl Exec for PgTx {
    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let rows = query_of(sql, params)
            .fetch_all(&mut **self.tx()?)
            .await
            .map_err(map_err)?;
        let Some(first) = rows.first() else {
            return Ok(Vec::new());
        };
        let columns: Arc<[String]> = first
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
        rows.iter().map(|r| row_of(r, &columns)).collect()
    }

    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let done = query_of(sql, params)
            .execute(&mut **self.tx()?)
            .await
            .map_err(map_err)?;
        Ok(done.rows_affected())
    }

    async fn batch(&mut self, sql: &str) -> Result<()> {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(&mut **self.tx()?)
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn commit(mut self: Box<Self>) -> Result<()> {
        let tx = self
            .tx
            .take()
            .ok_or_else(|| StoreError::Other("the transaction is already finished".into()))?;
        tx.commit().await.map_err(map_err)
    }
}

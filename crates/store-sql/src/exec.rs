//! The executor port: the few things the shared SQL needs from a database.
//!
//! Each backend crate implements [`Connector`] and [`Exec`] with its own
//! driver (SQLite in-process through rusqlite, PostgreSQL through sqlx), so
//! the queries in this crate are written once and proven on both by the
//! conformance suite. Values cross the port as [`Value`]s, typed even when
//! null, because PostgreSQL must know a parameter's type.

use afterview_store::{Result, StoreError};
use async_trait::async_trait;
use std::sync::Arc;

/// One SQL value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An integer, or a null integer.
    Int(Option<i64>),
    /// Text, or null text.
    Text(Option<String>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(Some(v))
    }
}

impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Value {
        Value::Int(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(Some(v.to_owned()))
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(Some(v))
    }
}

impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(Some(v.clone()))
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Value {
        Value::Text(v)
    }
}

impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Value {
        Value::Text(v.map(str::to_owned))
    }
}

/// The parameters of a query: `params![a, b, c]`.
#[macro_export]
macro_rules! params {
    ($($v:expr),* $(,)?) => {
        &[$($crate::exec::Value::from($v)),*][..]
    };
}

/// One result row: values by position, with the column names shared by all
/// rows of a result.
#[derive(Debug, Clone)]
pub struct Row {
    columns: Arc<[String]>,
    values: Vec<Value>,
}

impl Row {
    /// A row of `values` under `columns`.
    pub fn new(columns: Arc<[String]>, values: Vec<Value>) -> Row {
        Row { columns, values }
    }

    /// Takes the value of a column by name, leaving a null behind: decoding
    /// moves each text into its domain value instead of copying it.
    pub fn take(&mut self, column: &str) -> Result<Value> {
        self.columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| self.values.get_mut(i))
            .map(|v| std::mem::replace(v, Value::Int(None)))
            .ok_or_else(|| StoreError::Other(format!("the query returned no column {column}")))
    }
}

/// One result row read in place, by position: what a large read walks
/// through without copying each value into a [`Row`] first.
pub trait Cells {
    /// The value in column `i` as an integer, or null.
    fn int(&self, i: usize) -> Result<Option<i64>>;
    /// The value in column `i` as text, or null.
    fn text(&self, i: usize) -> Result<Option<&str>>;
    /// The name of column `i`, for messages.
    fn name(&self, i: usize) -> &str;
}

impl Row {
    fn at(&self, i: usize) -> Result<&Value> {
        self.values
            .get(i)
            .ok_or_else(|| StoreError::Other(format!("the query returned no column {i}")))
    }
}

impl Cells for Row {
    fn int(&self, i: usize) -> Result<Option<i64>> {
        match self.at(i)? {
            Value::Int(v) => Ok(*v),
            Value::Text(None) => Ok(None),
            Value::Text(Some(_)) => Err(not_a(self.name(i), "a number")),
        }
    }

    fn text(&self, i: usize) -> Result<Option<&str>> {
        match self.at(i)? {
            Value::Text(v) => Ok(v.as_deref()),
            Value::Int(None) => Ok(None),
            Value::Int(Some(_)) => Err(not_a(self.name(i), "text")),
        }
    }

    fn name(&self, i: usize) -> &str {
        self.columns.get(i).map_or("?", String::as_str)
    }
}

/// The error for a stored value of the wrong type.
pub fn not_a(column: &str, what: &str) -> StoreError {
    StoreError::Other(format!(
        "the stored value of {column} is not {what}; was the database edited by hand?"
    ))
}

/// What a query hands each row to, in order; an error stops the read.
pub type EachRow<'a> = dyn FnMut(&dyn Cells) -> Result<()> + Send + 'a;

/// One open transaction on a database.
#[async_trait]
pub trait Exec: Send {
    /// Runs a query and returns all its rows.
    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>>;
    /// Runs a query and hands each row to `each` as it is read. A driver
    /// that can lend its rows in place does so; the others copy them first.
    async fn query_each(
        &mut self,
        sql: &str,
        params: &[Value],
        each: &mut EachRow<'_>,
    ) -> Result<()> {
        for row in self.query(sql, params).await? {
            each(&row)?;
        }
        Ok(())
    }
    /// Runs a statement and returns how many rows it changed.
    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64>;
    /// Runs several statements separated by semicolons (migrations).
    async fn batch(&mut self, sql: &str) -> Result<()>;
    /// Makes the transaction's changes permanent. Dropping an `Exec`
    /// without committing rolls them back.
    async fn commit(self: Box<Self>) -> Result<()>;
}

/// A database that opens transactions.
#[async_trait]
pub trait Connector: Send + Sync + std::fmt::Debug {
    /// Opens a transaction; `write` asks for the write lock up front where
    /// the backend has one (SQLite), so writers queue instead of failing.
    async fn begin(&self, write: bool) -> Result<Box<dyn Exec>>;
    /// Closes every connection.
    async fn close(&self);
}

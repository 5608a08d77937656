//! The executor port on rusqlite: connections, transactions and errors.

use afterview_store::{Result, StoreError};
use afterview_store_sql::exec::{Cells, Connector, EachRow, Exec, Row, Value, not_a};
use async_trait::async_trait;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a connection waits for another process's write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A few open connections to one file, handed out one per transaction.
#[derive(Debug, Clone)]
pub struct SqlitePool {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    keep: usize,
    map: bool,
}

/// Maps a SQLite error onto the store's own error, keeping its message.
pub fn map_err(err: rusqlite::Error) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, message) => {
            let text = message.clone().unwrap_or_else(|| e.to_string());
            match (e.code, e.extended_code) {
                (ErrorCode::ConstraintViolation, 787) => StoreError::Reference(text),
                (ErrorCode::ConstraintViolation, 1555 | 2067) => StoreError::Conflict(text),
                (ErrorCode::NotADatabase, _) => StoreError::Incompatible(
                    "the file is not a SQLite database; point --db at an afterview database, or at a path where a new one may be created".into(),
                ),
                (ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked, _) => StoreError::Unavailable(
                    "the database is busy with another afterview command; try again in a moment".into(),
                ),
                (ErrorCode::CannotOpen, _) => StoreError::Unavailable(format!("could not open the database file: {text}")),
                (ErrorCode::ReadOnly, _) => StoreError::Unavailable(format!("the database file is read-only: {text}")),
                _ => StoreError::Other(text),
            }
        }
        // Never the statement itself: people get a sentence, not SQL.
        rusqlite::Error::SqlInputError { msg, .. } => StoreError::Other(format!(
            "the database refused a query ({msg}); this is a bug in afterview, please report it"
        )),
        _ => {
            let text = err.to_string();
            StoreError::Other(text.chars().take(300).collect())
        }
    }
}

impl SqlitePool {
    /// Opens the file (creating it) and, when `set_wal`, switches it to WAL.
    /// With `map`, pages are read through a memory map of the file.
    pub fn open(path: &Path, keep: usize, set_wal: bool, map: bool) -> Result<SqlitePool> {
        let pool = SqlitePool {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                idle: Mutex::new(Vec::new()),
                keep: keep.max(1),
                map,
            }),
        };
        let conn = pool.inner.connect()?;
        if set_wal {
            wal(&conn)?;
        }
        pool.inner.put(conn);
        Ok(pool)
    }

    /// Runs `f` on a connection outside any transaction (for tests and checks).
    pub fn with_connection<T>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let conn = self.inner.take()?;
        let result = f(&conn).map_err(map_err);
        self.inner.put(conn);
        result
    }
}

impl Inner {
    fn connect(&self) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(&self.path, flags).map_err(|e| match map_err(e) {
                StoreError::Other(m) | StoreError::Unavailable(m) => StoreError::Unavailable(
                    format!("could not open the database {}: {m}", self.path.display()),
                ),
                other => other,
            })?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(map_err)?;
        // Foreign keys are off by default in SQLite. NORMAL is WAL's usual
        // sync level: a power cut may lose the last commit, never corrupt.
        // Reading through a memory map spares a copy and a system call per
        // page: a command starts with an empty page cache, and the agenda
        // reads thousands of pages scattered over the file.
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .map_err(map_err)?;
        if self.map {
            conn.execute_batch("PRAGMA mmap_size = 268435456;")
                .map_err(map_err)?;
        }
        conn.set_prepared_statement_cache_capacity(64);
        Ok(conn)
    }

    fn take(&self) -> Result<Connection> {
        let idle = self.idle.lock().ok().and_then(|mut v| v.pop());
        match idle {
            Some(c) => Ok(c),
            None => self.connect(),
        }
    }

    fn put(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.keep
        {
            idle.push(conn);
        }
    }
}

/// Switches the file to WAL once; the mode is kept in the file itself.
fn wal(conn: &Connection) -> Result<()> {
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .map_err(map_err)?;
    if mode.eq_ignore_ascii_case("wal") {
        return Ok(());
    }
    // Changing the mode needs a moment alone with the file; another process
    // opening it at the same instant may hold it, so try a few times.
    let mut last = None;
    for _ in 0..100 {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(e) => last = Some(map_err(e)),
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Err(last.unwrap_or_else(|| StoreError::Other("could not switch to WAL".into())))
}

#[async_trait]
impl Connector for SqlitePool {
    async fn begin(&self, write: bool) -> Result<Box<dyn Exec>> {
        let conn = self.inner.take()?;
        // IMMEDIATE takes the write lock now (waiting for it up to the busy
        // timeout): a deferred transaction that reads first would fail, not
        // wait, when it later tries to write while another process writes.
        if let Err(e) = conn.execute_batch(if write { "BEGIN IMMEDIATE" } else { "BEGIN" }) {
            self.inner.put(conn);
            return Err(map_err(e));
        }
        Ok(Box::new(SqliteTx {
            conn: Some(conn),
            pool: self.inner.clone(),
        }))
    }

    async fn close(&self) {
        if let Ok(mut idle) = self.inner.idle.lock() {
            idle.clear();
        }
    }
}

/// One transaction on one connection; rolls back when dropped uncommitted.
struct SqliteTx {
    conn: Option<Connection>,
    pool: Arc<Inner>,
}

impl SqliteTx {
    fn conn(&self) -> Result<&Connection> {
        self.conn
            .as_ref()
            .ok_or_else(|| StoreError::Other("the transaction is already finished".into()))
    }
}

impl Drop for SqliteTx {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            // Not committed: undo everything, then hand the connection back.
            if conn.execute_batch("ROLLBACK").is_ok() {
                self.pool.put(conn);
            }
        }
    }
}

/// Binds `params` to a statement whose placeholders are `$1`, `$2`, ... (in
/// any order, repeated or not) or anonymous `?`s taken in order.
fn bind(stmt: &mut rusqlite::Statement<'_>, params: &[Value]) -> Result<()> {
    // The SQL was rewritten from `$N` to `?N` (see [`numbered`]), so SQLite's
    // parameter N is our parameter N: no lookup by name, which SQLite does
    // by a linear walk and made a query with hundreds of ids quadratic.
    let count = stmt.parameter_count();
    if count > params.len() {
        return Err(StoreError::Other(format!(
            "the query needs parameter {count}, but only {} were given",
            params.len()
        )));
    }
    for (i, value) in params.iter().enumerate().take(count) {
        let bound = match value {
            Value::Int(v) => stmt.raw_bind_parameter(i + 1, v),
            Value::Text(v) => stmt.raw_bind_parameter(i + 1, v),
        };
        bound.map_err(map_err)?;
    }
    Ok(())
}

/// The SQL with PostgreSQL's `$N` placeholders written as SQLite's `?N`,
/// which name the parameter's number directly. Placeholders never occur
/// inside our string literals, so a plain scan is enough.
fn numbered(sql: &str) -> Cow<'_, str> {
    if !sql.contains('$') {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A row of SQLite's read in place: text is borrowed from SQLite's own
/// buffer, not copied.
struct InPlace<'a, 'r>(&'a rusqlite::Row<'r>);

impl Cells for InPlace<'_, '_> {
    fn int(&self, i: usize) -> Result<Option<i64>> {
        match self.0.get_ref(i).map_err(map_err)? {
            ValueRef::Null => Ok(None),
            ValueRef::Integer(n) => Ok(Some(n)),
            _ => Err(not_a(self.name(i), "a number")),
        }
    }

    fn text(&self, i: usize) -> Result<Option<&str>> {
        match self.0.get_ref(i).map_err(map_err)? {
            ValueRef::Null => Ok(None),
            ValueRef::Text(t) => std::str::from_utf8(t)
                .map(Some)
                .map_err(|_| not_a(self.name(i), "UTF-8 text")),
            _ => Err(not_a(self.name(i), "text")),
        }
    }

    fn name(&self, i: usize) -> &str {
        self.0.as_ref().column_name(i).unwrap_or("?")
    }
}

#[async_trait]
impl Exec for SqliteTx {
    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&numbered(sql)).map_err(map_err)?;
        bind(&mut stmt, params)?;
        let columns: Arc<[String]> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let width = columns.len();
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(map_err)? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                values.push(match row.get_ref(i).map_err(map_err)? {
                    ValueRef::Null => Value::Text(None),
                    ValueRef::Integer(n) => Value::Int(Some(n)),
                    ValueRef::Real(f) => Value::Text(Some(f.to_string())),
                    ValueRef::Text(t) => Value::Text(Some(String::from_utf8_lossy(t).into_owned())),
                    ValueRef::Blob(_) => {
                        return Err(StoreError::Other(format!(
                            "column {} holds binary data",
                            columns[i]
                        )));
                    }
                });
            }
            out.push(Row::new(columns.clone(), values));
        }
        Ok(out)
    }

    async fn query_each(
        &mut self,
        sql: &str,
        params: &[Value],
        each: &mut EachRow<'_>,
    ) -> Result<()> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&numbered(sql)).map_err(map_err)?;
        bind(&mut stmt, params)?;
        let mut rows = stmt.raw_query();
        while let Some(row) = rows.next().map_err(map_err)? {
            each(&InPlace(row))?;
        }
        Ok(())
    }

    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&numbered(sql)).map_err(map_err)?;
        bind(&mut stmt, params)?;
        stmt.raw_execute().map(|n| n as u64).map_err(map_err)
    }

    async fn batch(&mut self, sql: &str) -> Result<()> {
        self.conn()?.execute_batch(sql).map_err(map_err)
    }

    async fn commit(mut self: Box<Self>) -> Result<()> {
        let conn = self
            .conn
            .take()
            .ok_or_else(|| StoreError::Other("the transaction is already finished".into()))?;
        match conn.execute_batch("COMMIT") {
            Ok(()) => {
                self.pool.put(conn);
                Ok(())
            }
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(map_err(e))
            }
        }
    }
}

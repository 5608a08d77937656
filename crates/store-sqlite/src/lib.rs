//! The SQLite adapter: afterview's embedded default, one file on the laptop.
//!
//! [`open`] takes a path (or a `sqlite://` URL), refuses a file that is not a
//! SQLite database before touching it, creates the file and its folder when
//! missing, switches it to WAL (so a reader never blocks the writer), keeps
//! foreign keys on and waits up to five seconds for a busy lock, then applies
//! this crate's migrations. Everything after that sees a
//! [`afterview_store::Store`]; the SQL itself is shared with PostgreSQL in
//! `afterview-store-sql`.

use afterview_store::{Result, StoreError};
use afterview_store_sql::migrate::migrate;
use afterview_store_sql::{Backend, Migration, SqlStore, install_drivers, map_err};
use std::io::Read;
use std::path::{Path, PathBuf};

/// This backend's migrations, in order; named like PostgreSQL's.
pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "pipeline",
    sql: include_str!("../migrations/0001_pipeline.sql"),
}];

/// The first bytes of every SQLite 3 database file.
const HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The file a `--db` value names: a plain path, `sqlite://path` or `sqlite:path`.
pub fn path_of(db: &str) -> PathBuf {
    let rest = db
        .strip_prefix("sqlite://")
        .or_else(|| db.strip_prefix("sqlite:"))
        .unwrap_or(db);
    let rest = rest.split('?').next().unwrap_or(rest);
    PathBuf::from(rest)
}

/// Refuses an existing file that is not SQLite, without writing to it.
fn check_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::Unavailable(format!(
                "could not open {}: {e}; check the path and its permissions",
                path.display()
            )));
        }
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(StoreError::Unavailable(format!(
            "{} is a folder; --db needs a file path such as {}/afterview.db",
            path.display(),
            path.display()
        )));
    }
    let mut head = [0u8; 16];
    let n = file.read(&mut head).unwrap_or(0);
    if n == 0 {
        return Ok(());
    }
    if n < 16 || &head != HEADER {
        return Err(StoreError::Incompatible(format!(
            "{} is not an afterview database (it is not a SQLite file); point --db at another path, or move that file away",
            path.display()
        )));
    }
    Ok(())
}

/// Percent-encodes what would end the path inside a `sqlite://` URL.
fn url_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3F"),
            '#' => out.push_str("%23"),
            _ => out.push(c),
        }
    }
    out
}

/// Opens (creating when missing) the database at `db` for `connections`
/// concurrent users, and brings its schema up to date.
pub async fn open(db: &str, connections: u32) -> Result<SqlStore> {
    install_drivers();
    let path = path_of(db);
    check_header(&path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            StoreError::Unavailable(format!("could not create the folder {}: {e}", dir.display()))
        })?;
    }
    let absolute = std::path::absolute(&path).unwrap_or(path.clone());
    let url = format!("sqlite://{}?mode=rwc", url_path(&absolute));
    let pool = SqlStore::pool_options(connections)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                use sqlx::Executor;
                // Foreign keys and the busy timeout are per connection; sqlx
                // sets both by default, and we say so here to keep it true.
                conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL")
                    .await?;
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(|e| match map_err(e) {
            StoreError::Unavailable(m) | StoreError::Other(m) => StoreError::Unavailable(format!(
                "could not open the database {}: {m}",
                absolute.display()
            )),
            other => other,
        })?;
    set_wal(&pool).await?;
    migrate(&pool, Backend::Sqlite, MIGRATIONS).await?;
    Ok(SqlStore::new(pool, Backend::Sqlite))
}

/// Switches the file to WAL once; the mode is kept in the file itself.
async fn set_wal(pool: &sqlx::AnyPool) -> Result<()> {
    use sqlx::Row;
    let row = sqlx::query("PRAGMA journal_mode").fetch_one(pool).await.map_err(map_err)?;
    let mode: String = row.try_get(0).map_err(map_err)?;
    if mode.eq_ignore_ascii_case("wal") {
        return Ok(());
    }
    // Changing the mode needs a moment alone with the file; another process
    // opening it at the same instant may hold it, so try a few times.
    let mut last = None;
    for _ in 0..50 {
        match sqlx::query("PRAGMA journal_mode = WAL").fetch_one(pool).await {
            Ok(_) => return Ok(()),
            Err(e) => last = Some(map_err(e)),
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    Err(last.unwrap_or_else(|| StoreError::Other("could not switch to WAL".into())))
}

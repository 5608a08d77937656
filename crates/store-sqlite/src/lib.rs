//! The SQLite adapter: afterview's embedded default, one file on the laptop.
//!
//! [`open`] takes a path (or a `sqlite://` URL), refuses a file that is not a
//! SQLite database before touching it, creates the file and its folder when
//! missing, switches it to WAL (so a reader never blocks the writer), keeps
//! foreign keys on and waits up to five seconds for a busy lock, then applies
//! this crate's migrations. Queries run in-process on the calling thread
//! (SQLite answers in microseconds, faster than a hand-off to a worker
//! thread); the SQL itself is shared with PostgreSQL in `afterview-store-sql`.

mod exec;

use afterview_store::{Result, StoreError};
use afterview_store_sql::migrate::migrate;
use afterview_store_sql::{Backend, Migration, SqlStore};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use exec::SqlitePool;

/// This backend's migrations, in order; named like PostgreSQL's.
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

/// What the first bytes of the file say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    /// No file yet, or an empty one.
    New,
    /// A SQLite file in rollback-journal mode.
    Journal,
    /// A SQLite file already in WAL mode (bytes 18 and 19 are 2).
    Wal,
}

/// Refuses an existing file that is not SQLite, without writing to it.
fn check_header(path: &Path) -> Result<Header> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Header::New),
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
    let mut head = [0u8; 20];
    let n = file.read(&mut head).unwrap_or(0);
    if n == 0 {
        return Ok(Header::New);
    }
    if n < 20 || &head[..16] != HEADER {
        return Err(StoreError::Incompatible(format!(
            "{} is not an afterview database (it is not a SQLite file); point --db at another path, or move that file away",
            path.display()
        )));
    }
    Ok(if head[18] == 2 && head[19] == 2 {
        Header::Wal
    } else {
        Header::Journal
    })
}

/// Opens (creating when missing) the database at `db`, keeping up to
/// `connections` connections for concurrent users, and brings its schema up
/// to date. `now` is recorded with each migration applied.
pub async fn open(db: &str, connections: usize, now: &str) -> Result<SqlStore> {
    open_with(
        db,
        Use {
            connections,
            map_file: true,
        },
        now,
    )
    .await
}

/// How a process uses the database.
#[derive(Debug, Clone, Copy)]
pub struct Use {
    /// How many connections to keep for concurrent users.
    pub connections: usize,
    /// Read pages through a memory map of the file: a command that starts
    /// with an empty page cache reads thousands of scattered pages faster.
    /// A long-running server keeps its own page cache warm and its memory
    /// small without it (mapped pages count in its resident set).
    pub map_file: bool,
}

/// [`open`], tuned for how the process will use the database.
pub async fn open_with(db: &str, how: Use, now: &str) -> Result<SqlStore> {
    let connections = how.connections;
    let path = path_of(db);
    let header = check_header(&path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            StoreError::Unavailable(format!(
                "could not create the folder {}: {e}",
                dir.display()
            ))
        })?;
    }
    let pool = SqlitePool::open(&path, connections, header != Header::Wal, how.map_file)?;
    migrate(&pool, Backend::Sqlite, MIGRATIONS, now).await?;
    Ok(SqlStore::new(Arc::new(pool), Backend::Sqlite))
}

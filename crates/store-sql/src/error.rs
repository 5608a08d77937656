//! Driver errors turned into [`StoreError`]s that say what to do.

use afterview_store::StoreError;
use sqlx::error::ErrorKind;

/// Maps a sqlx error onto the store's own error, keeping its message.
pub fn map_err(err: sqlx::Error) -> StoreError {
    match &err {
        sqlx::Error::Database(db) => {
            let message = db.message().to_owned();
            match db.kind() {
                ErrorKind::UniqueViolation => StoreError::Conflict(message),
                ErrorKind::ForeignKeyViolation => StoreError::Reference(message),
                _ if message.contains("file is not a database") => StoreError::Incompatible(
                    "the file is not a SQLite database; point --db at an afterview database, or at a path where a new one may be created".into(),
                ),
                _ if message.contains("database is locked") => StoreError::Unavailable(
                    "the database is busy with another afterview command; try again in a moment".into(),
                ),
                _ => StoreError::Other(message),
            }
        }
        sqlx::Error::Io(io) => StoreError::Unavailable(format!("could not reach the database: {io}")),
        sqlx::Error::PoolTimedOut => StoreError::Unavailable(
            "timed out waiting for a database connection; is the server up and reachable?".into(),
        ),
        sqlx::Error::Tls(e) => StoreError::Unavailable(format!("could not set up TLS to the database: {e}")),
        sqlx::Error::Configuration(e) => StoreError::Unavailable(format!("the database URL is not usable: {e}")),
        _ => StoreError::Other(err.to_string()),
    }
}

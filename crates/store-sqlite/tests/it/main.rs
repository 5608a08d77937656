//! The SQLite adapter's tests: the shared conformance suite on a fresh file
//! per test, and what only SQLite has (files that are not databases, two
//! processes migrating at once).

use afterview_store::conformance::Fixture;
use afterview_store::{CompanyPort, Store, StoreError, Transaction};
use afterview_store_sql::SqlStore;
use tempfile::TempDir;

const NOW: &str = "2026-11-25T10:00:00Z";

struct SqliteFixture {
    store: SqlStore,
    _dir: TempDir,
}

#[async_trait::async_trait]
impl Fixture for SqliteFixture {
    type S = SqlStore;
    fn store(&self) -> &SqlStore {
        &self.store
    }
    async fn finish(self) {
        self.store.close().await;
    }
}

async fn fresh() -> Option<SqliteFixture> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("afterview.db");
    let store = afterview_store_sqlite::open(path.to_str().expect("utf-8 path"), 4, NOW)
        .await
        .expect("open sqlite");
    Some(SqliteFixture { store, _dir: dir })
}

mod conformance {
    use super::fresh;
    afterview_store::conformance_tests!(fresh);
}

#[tokio::test]
async fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "shopping list: eggs, milk, and a new job\n").unwrap();
    let err = afterview_store_sqlite::open(path.to_str().unwrap(), 1, NOW)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Incompatible(_)), "{err:?}");
    assert!(
        err.to_string().contains("is not an afterview database"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "shopping list: eggs, milk, and a new job\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_openers_migrate_once_and_keep_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("race.db").to_str().unwrap().to_owned();
    let openers: Vec<_> = (0..6)
        .map(|_| {
            let path = path.clone();
            tokio::spawn(async move { afterview_store_sqlite::open(&path, 1, NOW).await })
        })
        .collect();
    for opener in openers {
        let store = opener.await.unwrap().expect("every opener succeeds");
        store.close().await;
    }
    let store = afterview_store_sqlite::open(&path, 1, NOW).await.unwrap();
    let mut tx = store.write().await.unwrap();
    let now = "2026-11-25T10:00:00Z".parse().unwrap();
    let name = afterview_core::Name::parse("name", "Acme").unwrap();
    tx.insert_company(
        &afterview_core::NewCompany {
            name,
            website: None,
            notes: None,
        },
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.list_companies().await.unwrap().len(), 1);
}

#[test]
fn the_file_is_in_wal_mode_with_foreign_keys_on() {
    let dir = tempfile::tempdir().unwrap();
    let pool = afterview_store_sqlite::SqlitePool::open(&dir.path().join("wal.db"), 1, true, true)
        .unwrap();
    let mode: String = pool
        .with_connection(|c| c.query_row("PRAGMA journal_mode", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(mode.to_lowercase(), "wal");
    let fk: i64 = pool
        .with_connection(|c| c.query_row("PRAGMA foreign_keys", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(fk, 1);
}

/// Regression guard for migrations numbered on parallel branches: a
/// database migrated past a number that arrives later (with a merge) still
/// gets it, instead of the runner's fast path seeing the latest applied.
#[tokio::test]
async fn a_migration_numbered_below_the_latest_applied_is_still_applied() {
    use afterview_store_sql::migrate::migrate;
    use afterview_store_sql::{Backend, Migration};
    let dir = tempfile::tempdir().unwrap();
    let pool = afterview_store_sqlite::SqlitePool::open(&dir.path().join("gap.db"), 1, true, true)
        .unwrap();
    let table = |version, name| Migration {
        version,
        name,
        sql: match version {
            1 => "CREATE TABLE one (x INTEGER)",
            2 => "CREATE TABLE two (x INTEGER)",
            _ => "CREATE TABLE three (x INTEGER)",
        },
    };
    migrate(
        &pool,
        Backend::Sqlite,
        &[table(1, "one"), table(3, "three")],
        NOW,
    )
    .await
    .unwrap();
    let all = [table(1, "one"), table(2, "two"), table(3, "three")];
    migrate(&pool, Backend::Sqlite, &all, NOW).await.unwrap();
    let tables: i64 = pool
        .with_connection(|c| {
            c.query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('one', 'two', 'three')",
                [],
                |r| r.get(0),
            )
        })
        .unwrap();
    assert_eq!(tables, 3, "migration 2 was applied after 3");
    // And once everything is applied, the fast path holds again.
    migrate(&pool, Backend::Sqlite, &all, NOW).await.unwrap();
}

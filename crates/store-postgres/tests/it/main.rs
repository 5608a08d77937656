//! The PostgreSQL adapter's tests: the shared conformance suite on a fresh
//! database per test, and what only a server has (many starters migrating at
//! once, an unreachable server). They run when `AFTERVIEW_TEST_PG_URL` is set
//! and skip loudly otherwise.

use afterview_store::conformance::Fixture;
use afterview_store::{CompanyPort, Store, StoreError, Transaction};
use afterview_store_postgres::testing::{TestDatabase, test_server};
use afterview_store_sql::SqlStore;

const NOW: &str = "2026-11-25T10:00:00Z";

struct PgFixture {
    store: SqlStore,
    db: TestDatabase,
}

#[async_trait::async_trait]
impl Fixture for PgFixture {
    type S = SqlStore;
    fn store(&self) -> &SqlStore {
        &self.store
    }
    async fn finish(self) {
        self.store.close().await;
        self.db.drop_now().await;
    }
}

async fn fresh() -> Option<PgFixture> {
    let admin = test_server("conformance story")?;
    let db = TestDatabase::create(&admin)
        .await
        .expect("create test database");
    let store = afterview_store_postgres::connect(&db.url, 4, NOW)
        .await
        .expect("connect");
    Some(PgFixture { store, db })
}

mod conformance {
    use super::fresh;
    afterview_store::conformance_tests!(fresh);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_starters_migrate_once() {
    let Some(admin) = test_server("concurrent_starters_migrate_once") else {
        return;
    };
    let db = TestDatabase::create(&admin).await.unwrap();
    let starters: Vec<_> = (0..6)
        .map(|_| {
            let url = db.url.clone();
            tokio::spawn(async move { afterview_store_postgres::connect(&url, 1, NOW).await })
        })
        .collect();
    for s in starters {
        s.await
            .unwrap()
            .expect("every starter succeeds")
            .close()
            .await;
    }
    let store = afterview_store_postgres::connect(&db.url, 1, NOW)
        .await
        .unwrap();
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
    store.close().await;
    db.drop_now().await;
}

#[tokio::test]
async fn an_unreachable_server_is_named_without_its_password() {
    // Port 9 (discard) on loopback has no PostgreSQL; the refusal is immediate.
    let err =
        afterview_store_postgres::connect("postgres://sam:hunter2@127.0.0.1:9/afterview", 1, NOW)
            .await
            .unwrap_err();
    assert!(matches!(err, StoreError::Unavailable(_)), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("could not connect to PostgreSQL at 127.0.0.1:9/afterview"),
        "{text}"
    );
    assert!(!text.contains("hunter2"), "{text}");
}

//! Backups: the same data back on either backend, byte for byte.

use crate::support::Sandbox;

fn seeded() -> Sandbox {
    let s = Sandbox::with_profile();
    s.ok(&[
        "profile",
        "set",
        "--skill",
        "Rust, PostgreSQL",
        "--signature",
        "Best,\nSam",
    ]);
    s.ok(&[
        "profile",
        "resume",
        "add",
        "backend-2026",
        "/home/sam/cv.pdf",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Acme",
        "--role",
        "Engineer",
        "--status",
        "applied",
        "--resume",
        "backend-2026",
        "--salary",
        "€90k+",
    ]);
    s.ok(&["app", "add", "--company", "Globex", "--role", "Lead"]);
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "tomorrow 2pm",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
        "--with",
        "Bob Lee",
    ]);
    s.ok(&[
        "contact",
        "add",
        "Ana Silva",
        "--tags",
        "mentor,ex-colleague",
        "--company",
        "Globex",
        "--notes",
        "Knows everyone.\nLikes tea.",
    ]);
    s.ok(&["app", "rm", "2"]);
    s
}

#[test]
fn a_backup_restores_into_a_new_sqlite_file_identically() {
    let s = seeded();
    let file = s.path("backup.json").display().to_string();
    s.ok(&["backup", &file]);
    let other = Sandbox {
        db: s.path("other.db").display().to_string(),
        ..Sandbox::new()
    };
    let restored = other.json(&["restore", &file]);
    assert_eq!(restored["applications"], 1);
    assert_eq!(other.snapshot(), std::fs::read_to_string(&file).unwrap());
    // New rows continue after the restored ids.
    let next = other.json(&["app", "add", "--company", "Initech", "--role", "SRE"]);
    assert_eq!(next["id"], 2);
}

#[test]
fn a_restore_into_a_database_with_data_is_refused() {
    let s = seeded();
    let file = s.path("backup.json").display().to_string();
    s.ok(&["backup", &file]);
    let before = s.snapshot();
    let err = s.fails(1, &["restore", &file]);
    assert!(err.contains("already holds data"), "{err}");
    assert_eq!(s.snapshot(), before);
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_is_written() {
    let s = Sandbox::new();
    let file = s.path("broken.json");
    std::fs::write(
        &file,
        "{\"format\": \"afterview-backup\", \"version\": 1, \"profile\": {",
    )
    .unwrap();
    let err = s.fails(2, &["restore", &file.display().to_string()]);
    assert!(err.contains("is not a readable afterview backup"), "{err}");
    let other = s.path("other.json");
    std::fs::write(&other, "{\"hello\": 1}").unwrap();
    s.fails(2, &["restore", &other.display().to_string()]);
    assert!(s.json(&["company", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn sqlite_to_postgres_and_back_gives_the_same_file() {
    let Some(admin) = afterview_store_postgres::testing::test_server(
        "sqlite_to_postgres_and_back_gives_the_same_file",
    ) else {
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = rt
        .block_on(afterview_store_postgres::testing::TestDatabase::create(
            &admin,
        ))
        .unwrap();
    let s = seeded();
    let first = s.path("from-sqlite.json").display().to_string();
    s.ok(&["backup", &first]);
    let pg = Sandbox {
        db: db.url.clone(),
        ..Sandbox::new()
    };
    pg.ok(&["restore", &first]);
    let second = s.path("from-postgres.json").display().to_string();
    pg.ok(&["backup", &second]);
    let (a, b) = (
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap(),
    );
    rt.block_on(db.drop_now());
    assert_eq!(a, b, "the two backups differ");
}

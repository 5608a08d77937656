//! A dozen kinds of bad input: each gets a clear message, the right exit
//! code, and leaves the data exactly as it was.

use crate::support::Sandbox;

/// A sandbox with one company, application and interview.
fn seeded() -> Sandbox {
    let s = Sandbox::with_profile();
    s.ok(&[
        "app",
        "add",
        "--company",
        "Acme",
        "--role",
        "Engineer",
        "--status",
        "applied",
    ]);
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "tomorrow 2pm",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
    ]);
    s
}

/// Runs a bad command and checks its exit code, message and that nothing changed.
fn refused(s: &Sandbox, code: i32, args: &[&str], expect: &str) {
    let before = s.snapshot();
    let err = s.fails(code, args);
    assert!(
        err.contains(expect),
        "afterview {args:?}: expected {expect:?} in:\n{err}"
    );
    assert!(err.starts_with("error:"), "{err}");
    assert_eq!(s.snapshot(), before, "afterview {args:?} changed the data");
}

#[test]
fn unknown_ids_and_names_suggest_the_fix() {
    let s = seeded();
    refused(
        &s,
        1,
        &["app", "show", "99"],
        "there is no application 99; see `afterview app list`",
    );
    refused(
        &s,
        1,
        &["company", "show", "Acm"],
        "no company named 'Acm'; did you mean 'Acme'?",
    );
    refused(
        &s,
        1,
        &["interview", "done", "42"],
        "there is no interview 42",
    );
    refused(
        &s,
        1,
        &["contact", "show", "Jane Do"],
        "did you mean 'Jane Doe'?",
    );
    refused(
        &s,
        2,
        &["interview", "show", "first"],
        "\"first\" is not an id",
    );
}

#[test]
fn impossible_dates_and_times_are_refused() {
    let s = seeded();
    refused(
        &s,
        2,
        &["interview", "add", "--app", "1", "--at", "2026-02-30 10:00"],
        "February 2026 has 28 days",
    );
    refused(
        &s,
        2,
        &["interview", "add", "--app", "1", "--at", "tomorow 2pm"],
        "did you mean \"tomorrow\"?",
    );
    refused(
        &s,
        2,
        &["interview", "add", "--app", "1", "--at", "99999-01-01"],
        "year",
    );
    refused(
        &s,
        2,
        &[
            "interview",
            "add",
            "--app",
            "1",
            "--at",
            "tomorrow 2pm",
            "--duration",
            "45x",
        ],
        "couldn't read \"45x\" as a length of time",
    );
    refused(
        &s,
        2,
        &[
            "interview",
            "add",
            "--app",
            "1",
            "--at",
            "tomorrow 2pm",
            "--tz",
            "Mars/Olympus",
        ],
        "is not a time zone",
    );
    refused(
        &s,
        2,
        &["app", "list", "--now", "yesterday"],
        "is not an RFC 3339 instant",
    );
}

#[test]
fn rule_breaking_changes_are_refused_with_the_way_out() {
    let s = seeded();
    refused(
        &s,
        1,
        &["app", "status", "1", "hired"],
        "from interviewing it can move to offer, rejected, withdrawn, ghosted",
    );
    refused(
        &s,
        2,
        &["app", "status", "1", "intervewing"],
        "did you mean 'interviewing'?",
    );
    refused(
        &s,
        1,
        &["company", "add", "ACME"],
        "there is already a company named 'ACME'",
    );
    refused(
        &s,
        1,
        &["company", "rm", "Acme"],
        "still has 1 application(s)",
    );
    refused(
        &s,
        1,
        &["interview", "done", "1"],
        "interview 1 has not happened yet: it starts Thu 2026-11-26 14:00",
    );
    refused(
        &s,
        2,
        &["interview", "done", "1", "--ended", "in 2 days"],
        "that end is in the future",
    );
}

#[test]
fn malformed_values_are_refused() {
    let s = seeded();
    refused(
        &s,
        2,
        &["app", "add", "--company", "Acme", "--role", "   "],
        "the role is empty",
    );
    refused(
        &s,
        2,
        &["contact", "add", "Ann", "--email", "ann-at-acme"],
        "is not an email address",
    );
    refused(
        &s,
        2,
        &[
            "app",
            "add",
            "--company",
            "Acme",
            "--role",
            "X",
            "--excitement",
            "9",
        ],
        "from 1 (meh) to 5",
    );
    refused(
        &s,
        2,
        &[
            "interview",
            "add",
            "--app",
            "1",
            "--at",
            "friday",
            "--kind",
            "pannel",
        ],
        "did you mean 'panel'?",
    );
    refused(
        &s,
        2,
        &[
            "interview",
            "add",
            "--app",
            "1",
            "--at",
            "friday",
            "--with",
            "Jane Doe, boss",
        ],
        "unknown role 'boss'",
    );
    refused(
        &s,
        2,
        &[
            "company",
            "add",
            "Globex",
            "--website",
            "javascript:alert(1)",
        ],
        "only http and https",
    );
}

#[test]
fn a_ten_megabyte_note_is_refused_and_nothing_is_written() {
    let s = seeded();
    let big = s.path("big.txt");
    std::fs::write(&big, "x".repeat(10 * 1024 * 1024)).unwrap();
    let big = big.display().to_string();
    refused(
        &s,
        2,
        &["company", "edit", "Acme", "--notes-file", &big],
        "the notes text is 10.0 MB",
    );
    refused(
        &s,
        2,
        &[
            "app",
            "add",
            "--company",
            "Newco",
            "--role",
            "Engineer",
            "--notes-file",
            &big,
        ],
        "afterview keeps at most 100 KB",
    );
    assert_eq!(
        s.json(&["company", "list"]).as_array().unwrap().len(),
        1,
        "Newco was not half-added"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_left_alone() {
    let s = Sandbox::new();
    let path = s.path("thesis.docx");
    std::fs::write(&path, b"PK\x03\x04 not a database at all").unwrap();
    let mut cmd = s.cmd(&["app", "list"]);
    cmd.arg("--db").arg(&path);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is not an afterview database (it is not a SQLite file)"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"PK\x03\x04 not a database at all"
    );
}

#[test]
fn an_unreachable_postgres_url_is_named_without_its_password() {
    let s = Sandbox::new();
    let mut cmd = s.cmd(&["app", "list"]);
    cmd.arg("--db")
        .arg("postgres://sam:hunter2@127.0.0.1:9/afterview");
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("could not connect to PostgreSQL at 127.0.0.1:9/afterview"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn a_broken_config_file_names_its_line() {
    let s = Sandbox::new();
    let config = s.path("config.toml");
    std::fs::write(&config, "# mine\ndb = \"/tmp/x.db\"\ncolour = true\n").unwrap();
    let mut cmd = s.cmd(&["app", "list"]);
    cmd.arg("--config").arg(&config);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("(line 3)") && err.contains("unknown field `colour`"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_with_two() {
    let s = Sandbox::new();
    s.fails(2, &["app", "frobnicate"]);
    s.fails(2, &["interview", "add", "--at", "tomorrow"]);
}

//! The SMTP password's three sources, and that it never prints.

use afterview_mail::{MailError, PasswordSource, Secret, Security, SmtpConfig};

#[test]
fn secret_debug_and_display_hide_the_value_even_inside_a_config() {
    let secret = Secret::new("hunter2");
    assert_eq!(format!("{secret:?}"), "********");
    assert_eq!(format!("{secret}"), "********");
    let mut cfg = SmtpConfig::new("smtp.example.com", Security::StartTls);
    cfg.username = Some("zoe".into());
    cfg.password = Some(secret);
    let shown = format!("{cfg:?} {cfg:#?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("********"), "{shown}");
}

#[test]
fn env_reads_the_variable() {
    // Cargo sets this variable for every test process, so the test needs no
    // change to the environment (which would be unsafe with threads).
    let secret = PasswordSource::Env("CARGO_PKG_NAME".into())
        .resolve()
        .unwrap();
    assert_eq!(secret.expose(), "afterview-mail");
}

#[test]
fn env_that_is_unset_names_the_variable() {
    let var = "AFTERVIEW_TEST_SURELY_UNSET_PASSWORD_VARIABLE";
    let err = PasswordSource::Env(var.into()).resolve().unwrap_err();
    assert!(matches!(err, MailError::PasswordEnv { .. }), "{err:?}");
    assert!(err.to_string().contains(var), "{err}");
    assert!(err.to_string().contains("not set"), "{err}");
}

#[test]
fn file_reads_the_trimmed_contents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("smtp-password");
    std::fs::write(&path, "s3cret with spaces inside\n").unwrap();
    let secret = PasswordSource::File(path).resolve().unwrap();
    assert_eq!(secret.expose(), "s3cret with spaces inside");
}

#[test]
fn file_that_is_missing_or_empty_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing-password");
    let err = PasswordSource::File(missing).resolve().unwrap_err();
    assert!(matches!(err, MailError::PasswordFile { .. }), "{err:?}");
    assert!(err.to_string().contains("missing-password"), "{err}");

    let empty = dir.path().join("empty-password");
    std::fs::write(&empty, "\n").unwrap();
    let err = PasswordSource::File(empty).resolve().unwrap_err();
    assert!(
        matches!(err, MailError::PasswordFileUnusable { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("empty-password"), "{err}");
}

#[test]
fn command_takes_the_trimmed_standard_output() {
    let source = PasswordSource::Command("printf '  correct horse\\n'".into());
    assert_eq!(source.resolve().unwrap().expose(), "correct horse");
}

#[test]
fn a_failing_command_is_named_but_its_output_is_not_shown() {
    // The command prints "hunter2" (rot13 of "uhagre2") and fails, so the
    // output is not in the command line and must not be in the error.
    let command = "echo uhagre2 | tr a-z n-za-m; exit 3";
    let err = PasswordSource::Command(command.into())
        .resolve()
        .unwrap_err();
    assert!(
        matches!(err, MailError::PasswordCommandFailed { .. }),
        "{err:?}"
    );
    let text = format!("{err} {err:?}");
    assert!(text.contains(command), "{text}");
    assert!(text.contains("exit status: 3"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

#[test]
fn a_command_that_prints_nothing_is_an_error() {
    let err = PasswordSource::Command("true".into())
        .resolve()
        .unwrap_err();
    assert!(
        matches!(err, MailError::PasswordCommandUnusable { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("printed nothing"), "{err}");
}

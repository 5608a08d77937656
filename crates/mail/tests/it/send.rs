//! Delivery to a real SMTP server (aiosmtpd) on 127.0.0.1, and what each
//! kind of failure is reported as.

use std::time::{Duration, Instant};

use afterview_mail::{Secret, Security, SendError, SmtpConfig, send_smtp, to_eml};

use crate::eml::assert_reads_back_as;
use crate::letter;
use crate::smtp::{SinkOptions, SinkTls, SmtpSink};

fn plain(port: u16) -> SmtpConfig {
    let mut cfg = SmtpConfig::new("127.0.0.1", Security::Plain);
    cfg.port = port;
    cfg.timeout = Duration::from_secs(10);
    cfg
}

fn with_login(port: u16, user: &str, password: &str) -> SmtpConfig {
    let mut cfg = plain(port);
    cfg.username = Some(user.into());
    cfg.password = Some(Secret::new(password));
    cfg
}

/// A port on 127.0.0.1 that nothing listens on: bound, then released.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn a_send_delivers_exactly_one_message_that_reads_back_correctly() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let m = letter();
    let delivery = send_smtp(&plain(sink.port()), &m).unwrap();
    assert_eq!(delivery.code, 250);
    assert_eq!(delivery.reply, "250 OK queued as sink-1");

    let got = sink.messages();
    assert_eq!(got.len(), 1, "log:\n{}", sink.log());
    assert_reads_back_as(&got[0], &m);
}

#[test]
fn the_server_receives_the_eml_bytes_exactly() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let m = letter();
    send_smtp(&plain(sink.port()), &m).unwrap();
    let eml = to_eml(&m).unwrap();
    let got = sink.messages().remove(0);
    // The sink adds no trace headers. The only difference allowed is the
    // line break that ends the DATA section: lettre always sends CRLF before
    // the closing dot, so a message that already ends in CRLF arrives with
    // one empty line more.
    let got = if eml.ends_with(b"\r\n") {
        got.strip_suffix(b"\r\n").unwrap_or(&got).to_vec()
    } else {
        got
    };
    assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&eml));
    assert_eq!(got, eml);
}

#[test]
fn a_retry_of_the_same_letter_keeps_its_message_id_and_date() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let m = letter();
    send_smtp(&plain(sink.port()), &m).unwrap();
    send_smtp(&plain(sink.port()), &m).unwrap();
    let got = sink.messages();
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[0], got[1],
        "a retry must be the same message, not a new one"
    );
}

#[test]
fn login_with_the_right_password_delivers() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        auth: Some(("zoe".into(), "correct horse".into())),
        ..SinkOptions::default()
    }) else {
        return;
    };
    send_smtp(&with_login(sink.port(), "zoe", "correct horse"), &letter()).unwrap();
    assert_eq!(sink.messages().len(), 1);
}

#[test]
fn a_wrong_password_is_not_sent_and_the_error_never_shows_it() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        auth: Some(("zoe".into(), "correct horse".into())),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let cfg = with_login(sink.port(), "zoe", "Tr0ub4dor&3");
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    let shown = format!("{err} {err:?} {cfg:?}");
    assert!(!shown.contains("Tr0ub4dor"), "{shown}");
    assert!(err.to_string().contains("refused the login"), "{err}");
    assert!(err.to_string().contains("535"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn a_server_that_requires_login_refuses_an_anonymous_sender_before_data() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        auth: Some(("zoe".into(), "pw".into())),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let err = send_smtp(&plain(sink.port()), &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    assert!(err.to_string().contains("wants a login"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn a_refused_recipient_is_not_sent_and_names_the_address() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        refuse_rcpt: Some("550 5.1.1 No such user".into()),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let err = send_smtp(&plain(sink.port()), &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("refused the recipient <chen.wei@example.org>"),
        "{text}"
    );
    assert!(text.contains("550 5.1.1 No such user"), "{text}");
    assert!(sink.messages().is_empty());
}

#[test]
fn a_refused_message_gives_the_code_and_the_servers_text() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        refuse_data: Some("550 5.7.1 Message rejected as spam".into()),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let err = send_smtp(&plain(sink.port()), &letter()).unwrap_err();
    match &err {
        SendError::Refused { code, reason } => {
            assert_eq!(*code, 550);
            assert_eq!(reason, "5.7.1 Message rejected as spam");
        }
        other => panic!("expected Refused, got {other:?}"),
    }
    assert!(err.to_string().contains("permanent"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn a_temporary_refusal_says_to_try_later() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        refuse_data: Some("451 4.3.0 Try again later".into()),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let err = send_smtp(&plain(sink.port()), &letter()).unwrap_err();
    assert!(
        matches!(err, SendError::Refused { code: 451, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("temporary"), "{err}");
}

#[test]
fn no_answer_after_the_body_is_uncertain_and_the_server_has_the_message() {
    // The sink stores the message, then waits 10 s before answering DATA;
    // the client gives up after 2 s. This is the case of a letter that
    // reached the server while the sender saw only a failure.
    let Some(sink) = SmtpSink::start(SinkOptions {
        delay_data: Some(Duration::from_secs(10)),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let mut cfg = plain(sink.port());
    cfg.timeout = Duration::from_secs(2);
    let started = Instant::now();
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::Uncertain { .. }), "{err:?}");
    assert!(err.to_string().contains("may have been delivered"), "{err}");
    assert!(err.to_string().contains("no answer within 2 s"), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(9),
        "the error must come from the client's timeout, not the server's late answer"
    );
    // The server stores the message before it starts waiting; on a busy
    // machine that may happen just after the client gave up, so allow it a
    // few seconds.
    let deadline = Instant::now() + Duration::from_secs(5);
    while sink.messages().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(sink.messages().len(), 1, "log:\n{}", sink.log());
}

#[test]
fn a_closed_port_is_not_sent_and_names_the_server() {
    let port = closed_port();
    let err = send_smtp(&plain(port), &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(&format!("127.0.0.1:{port}")), "{text}");
    assert!(text.contains("connection refused"), "{text}");
    assert!(text.contains("host and port"), "{text}");
}

#[test]
fn plain_text_to_a_host_that_is_not_loopback_is_refused_before_connecting() {
    // 0.0.0.0 is not a loopback address, yet on Linux a connection to it
    // reaches this machine: were a connection tried, it would meet the
    // closed port and fail as NotSent, so no traffic ever leaves the
    // machine and the error kind proves that no connection was made.
    let mut cfg = plain(closed_port());
    cfg.host = "0.0.0.0".into();
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::Invalid { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("without encryption"), "{text}");
    assert!(text.contains("\"starttls\""), "{text}");
}

#[test]
fn starttls_is_required_so_a_server_without_it_gets_nothing() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let mut cfg = with_login(sink.port(), "zoe", "pw");
    cfg.security = Security::StartTls;
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    assert!(err.to_string().contains("does not offer STARTTLS"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn implicit_tls_to_a_plain_text_server_fails_the_handshake_and_sends_nothing() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let mut cfg = plain(sink.port());
    cfg.security = Security::Tls;
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    assert!(err.to_string().contains("TLS handshake"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn an_invalid_letter_is_refused_before_connecting() {
    let mut m = letter();
    m.to.clear();
    let err = send_smtp(&plain(closed_port()), &m).unwrap_err();
    assert!(matches!(err, SendError::Invalid { .. }), "{err:?}");
    assert!(err.to_string().contains("no recipient"), "{err}");
}

#[test]
fn starttls_to_an_untrusted_certificate_sends_nothing() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        tls: Some(SinkTls::StartTls),
        auth: Some(("zoe".into(), "pw".into())),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let mut cfg = with_login(sink.port(), "zoe", "pw");
    cfg.host = "localhost".into();
    cfg.security = Security::StartTls;
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot be trusted"), "{err}");
    assert!(sink.messages().is_empty());
}

#[test]
fn implicit_tls_to_an_untrusted_certificate_sends_nothing() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        tls: Some(SinkTls::Implicit),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let mut cfg = plain(sink.port());
    cfg.host = "localhost".into();
    cfg.security = Security::Tls;
    let err = send_smtp(&cfg, &letter()).unwrap_err();
    assert!(matches!(err, SendError::NotSent { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot be trusted"), "{err}");
    assert!(sink.messages().is_empty());
}

//! The message as bytes: what an independent parser reads back from
//! `to_eml`, and `write_eml`'s atomic file.

use afterview_mail::{MailError, Outgoing, to_eml, write_eml};
use mail_parser::MimeHeaders;

use crate::{letter, parse};

/// Checks every header and the body that a mail program would show.
pub fn assert_reads_back_as(bytes: &[u8], m: &Outgoing) {
    let parsed = parse(bytes);

    let from = parsed.from().and_then(|a| a.first()).expect("From");
    assert_eq!(from.name(), m.from.name());
    assert_eq!(from.address(), Some(m.from.email()));

    let to: Vec<(Option<&str>, Option<&str>)> = parsed
        .to()
        .expect("To")
        .iter()
        .map(|a| (a.name(), a.address()))
        .collect();
    let want: Vec<(Option<&str>, Option<&str>)> =
        m.to.iter().map(|t| (t.name(), Some(t.email()))).collect();
    assert_eq!(to, want);

    let reply_to = parsed
        .reply_to()
        .and_then(|a| a.first())
        .map(|a| a.address());
    assert_eq!(reply_to, Some(m.reply_to.as_ref().map(|r| r.email())));

    assert_eq!(parsed.subject(), Some(m.subject.as_str()));
    assert_eq!(
        parsed.date().map(|d| d.to_timestamp()),
        Some(m.date.as_second())
    );
    // The parser gives ids without their angle brackets.
    assert_eq!(
        parsed.message_id(),
        Some(m.message_id.trim_matches(|c| c == '<' || c == '>'))
    );
    let in_reply_to = m
        .in_reply_to
        .as_deref()
        .map(|id| id.trim_matches(|c| c == '<' || c == '>'));
    assert_eq!(parsed.in_reply_to().as_text(), in_reply_to);
    assert_eq!(parsed.references().as_text(), in_reply_to);
    assert_eq!(
        parsed.header_raw("X-Mailer").map(str::trim),
        Some("afterview")
    );
    assert_eq!(
        parsed.header_raw("MIME-Version").map(str::trim),
        Some("1.0")
    );

    let ct = parsed.content_type().expect("Content-Type");
    assert_eq!((ct.ctype(), ct.subtype()), ("text", Some("plain")));
    assert_eq!(
        ct.attribute("charset")
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("utf-8")
    );
    let cte = parsed
        .content_transfer_encoding()
        .expect("Content-Transfer-Encoding");
    assert!(
        ["quoted-printable", "base64", "7bit"].contains(&cte.to_ascii_lowercase().as_str()),
        "{cte}"
    );

    let body = parsed
        .body_text(0)
        .expect("a text body")
        .replace("\r\n", "\n");
    assert_eq!(body.trim_end(), m.body.trim_end());
}

#[test]
fn an_eml_reads_back_with_every_header_and_the_utf8_body() {
    let m = letter();
    let eml = to_eml(&m).unwrap();
    assert_reads_back_as(&eml, &m);
}

#[test]
fn an_eml_is_seven_bit_ascii_with_an_encoded_subject() {
    let eml = to_eml(&letter()).unwrap();
    assert!(
        eml.is_ascii(),
        "the whole message must pass any server as 7-bit"
    );
    let text = String::from_utf8(eml).unwrap();
    let subject = text
        .lines()
        .find(|l| l.starts_with("Subject:"))
        .expect("a Subject header");
    assert!(subject.contains("=?utf-8?"), "{subject}");
    assert!(
        text.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nDate: Tue, 04 Mar 2025 15:06:07 +0000\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nMessage-ID: <k3J9x2fixedid@example.com>\r\n"),
        "{text}"
    );
}

#[test]
fn a_plain_ascii_letter_goes_as_7bit() {
    let mut m = letter();
    m.body = "Thank you for your time today.\nBest,\nZoe\n".into();
    let eml = to_eml(&m).unwrap();
    let parsed = parse(&eml);
    assert_eq!(parsed.content_transfer_encoding(), Some("7bit"));
    assert_reads_back_as(&eml, &m);
}

#[test]
fn write_eml_writes_exactly_to_eml_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.eml");
    let m = letter();
    write_eml(&m, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), to_eml(&m).unwrap());

    // Overwriting replaces the whole file.
    let mut shorter = m.clone();
    shorter.body = "Short.\n".into();
    write_eml(&shorter, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), to_eml(&shorter).unwrap());

    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec!["letter.eml"]);
}

#[test]
fn write_eml_into_a_missing_folder_says_where_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("letter.eml");
    let err = write_eml(&letter(), &path).unwrap_err();
    assert!(matches!(err, MailError::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn an_invalid_letter_is_not_written_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.eml");
    let mut m = letter();
    m.message_id = "no-brackets@example.com".into();
    let err = write_eml(&m, &path).unwrap_err();
    assert!(err.to_string().contains("new_message_id"), "{err}");
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

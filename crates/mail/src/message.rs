//! One letter as an RFC 5322 message: built, written to `.eml`, and the same
//! bytes handed to SMTP.
//!
//! [`to_eml`] is the only place that turns an [`Outgoing`] into bytes; both
//! [`write_eml`] and [`crate::send_smtp`] call it, so a saved copy and the
//! sent message are byte for byte the same message. Nothing here reads the
//! clock: the caller chooses the Date and the Message-ID once, before the
//! first attempt, and passes the same [`Outgoing`] to every retry.

use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

use lettre::message::SinglePart;
use lettre::message::header::{Header, HeaderName, HeaderValue};

use crate::{MailError, Mailbox};

/// The domain used in a Message-ID when the hint has no usable domain.
const FALLBACK_ID_DOMAIN: &str = "afterview.local";

/// The longest Message-ID accepted, well inside a header line's 998 bytes.
const MAX_ID_LEN: usize = 250;

/// A letter ready to go: who, what and the fixed identity of this message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The sender, shown in From and used as the SMTP envelope sender.
    pub from: Mailbox,
    /// The recipients; at least one.
    pub to: Vec<Mailbox>,
    /// Where answers should go, when not to `from`.
    pub reply_to: Option<Mailbox>,
    /// One line of text; any Unicode (it is RFC 2047 encoded).
    pub subject: String,
    /// The plain-text body, any Unicode. Line endings may be `\n` or
    /// `\r\n`; they are sent as `\r\n`.
    pub body: String,
    /// This message's id, with angle brackets, such as
    /// `<7f3a...@example.com>`. Make it once with [`new_message_id`] and
    /// keep it for every attempt.
    pub message_id: String,
    /// The Date header: when the letter was first sent, fixed like the id.
    /// It is written to the second, in UTC.
    pub date: jiff::Timestamp,
    /// The id of the message this one answers, for threading; it fills both
    /// In-Reply-To and References.
    pub in_reply_to: Option<String>,
}

/// A new, random Message-ID such as `<k3J9...x2@example.com>`.
///
/// `domain_hint` is the sender's domain or whole address (the part after the
/// last `@` is used); characters that cannot appear in an id's domain are
/// dropped, and `afterview.local` stands in when nothing is left. The left
/// part is 24 random letters and digits (about 143 bits), which is unique
/// for every practical purpose; it is not a secret and need not be
/// unpredictable.
pub fn new_message_id(domain_hint: &str) -> String {
    let domain = domain_hint.rsplit('@').next().unwrap_or_default();
    let domain: String = domain
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    let domain = domain.trim_matches('.');
    let domain = if domain.is_empty() {
        FALLBACK_ID_DOMAIN
    } else {
        domain
    };
    let unique: String = std::iter::repeat_with(fastrand::alphanumeric)
        .take(24)
        .collect();
    format!("<{unique}@{domain}>")
}

/// The message as RFC 5322 bytes, ready to save as `.eml` or to send.
///
/// The headers are From, To, Reply-To and In-Reply-To/References when set,
/// Subject (RFC 2047 encoded when it is not plain ASCII), Date, Message-ID,
/// X-Mailer: afterview, MIME-Version and `Content-Type: text/plain;
/// charset=utf-8`. The body goes as 7bit when it is short-lined ASCII and
/// otherwise as quoted-printable or base64, whichever is smaller, so the
/// whole message is 7-bit ASCII and every server takes it. Lines end in
/// CRLF.
///
/// The same [`Outgoing`] always gives the same bytes.
pub fn to_eml(m: &Outgoing) -> Result<Vec<u8>, MailError> {
    Ok(build(m)?.formatted())
}

/// Saves [`to_eml`]'s bytes at `path`, atomically.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk
/// and then renamed over `path`, so a reader sees either the old file or the
/// whole new one, never half of it; on failure nothing is left behind. The
/// file is readable by its owner only, as befits a private letter.
pub fn write_eml(m: &Outgoing, path: &Path) -> Result<(), MailError> {
    let bytes = to_eml(m)?;
    let write_err = |source| MailError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".afterview-")
        .suffix(".eml.tmp")
        .tempfile_in(dir)
        .map_err(write_err)?;
    tmp.write_all(&bytes).map_err(write_err)?;
    tmp.as_file().sync_all().map_err(write_err)?;
    // Dropping the temporary file on an error path deletes it.
    tmp.persist(path).map_err(|e| write_err(e.error))?;
    Ok(())
}

/// Builds lettre's message, after checking what lettre would accept
/// silently or panic on.
pub(crate) fn build(m: &Outgoing) -> Result<lettre::Message, MailError> {
    if m.to.is_empty() {
        return Err(MailError::NoRecipients);
    }
    check_subject(&m.subject)?;
    check_message_id("Message-ID", &m.message_id)?;
    if let Some(id) = &m.in_reply_to {
        check_message_id("In-Reply-To", id)?;
    }
    let date = system_time(m.date)?;

    let mut b = lettre::Message::builder()
        .from(m.from.to_lettre())
        .subject(m.subject.clone())
        .date(date)
        .message_id(Some(m.message_id.clone()))
        .header(XMailer);
    for to in &m.to {
        b = b.to(to.to_lettre());
    }
    if let Some(r) = &m.reply_to {
        b = b.reply_to(r.to_lettre());
    }
    if let Some(id) = &m.in_reply_to {
        b = b.in_reply_to(id.clone()).references(id.clone());
    }
    // `singlepart` adds MIME-Version; `plain` sets text/plain; charset=utf-8
    // and picks the transfer encoding from the body.
    b.singlepart(SinglePart::plain(m.body.clone()))
        .map_err(|e| MailError::Build {
            reason: e.to_string(),
        })
}

fn check_subject(subject: &str) -> Result<(), MailError> {
    let problem = if subject.trim().is_empty() {
        Some("is empty")
    } else if subject.chars().any(char::is_control) {
        Some("contains a line break or control character")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(MailError::InvalidSubject {
            subject: subject.to_owned(),
            problem,
        }),
        None => Ok(()),
    }
}

/// Accepts `<left@right>` where both parts are non-empty printable ASCII
/// without spaces or angle brackets. That is looser than RFC 5322's
/// grammar, on purpose: ids in In-Reply-To come from other mailers, and
/// this is enough to keep a header intact.
fn check_message_id(header: &'static str, id: &str) -> Result<(), MailError> {
    let ok = id.len() <= MAX_ID_LEN
        && id
            .strip_prefix('<')
            .and_then(|s| s.strip_suffix('>'))
            .and_then(|inner| inner.rsplit_once('@'))
            .is_some_and(|(left, right)| {
                !left.is_empty()
                    && !right.is_empty()
                    && left
                        .chars()
                        .chain(right.chars())
                        .all(|c| c.is_ascii_graphic() && c != '<' && c != '>')
            });
    if ok {
        Ok(())
    } else {
        Err(MailError::InvalidMessageId {
            header,
            id: id.to_owned(),
        })
    }
}

/// Converts the Date, refusing instants before 1970, which the date
/// formatter underneath panics on. (Its other limit, the end of year 9999,
/// lies beyond [`jiff::Timestamp::MAX`].)
fn system_time(date: jiff::Timestamp) -> Result<SystemTime, MailError> {
    if date < jiff::Timestamp::UNIX_EPOCH {
        return Err(MailError::InvalidDate { date });
    }
    SystemTime::try_from(date).map_err(|_| MailError::InvalidDate { date })
}

/// The `X-Mailer: afterview` header, which says which program wrote the
/// message when someone reads its source.
#[derive(Debug, Clone, Copy)]
struct XMailer;

impl Header for XMailer {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("X-Mailer")
    }

    fn parse(_s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "afterview".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Outgoing {
        Outgoing {
            from: Mailbox::new(Some("Ana"), "ana@example.com").unwrap(),
            to: vec![Mailbox::new(None, "bo@example.org").unwrap()],
            reply_to: None,
            subject: "Thanks".into(),
            body: "Hello\nthere\n".into(),
            message_id: "<abc@example.com>".into(),
            date: "2025-03-04T05:06:07Z".parse().unwrap(),
            in_reply_to: None,
        }
    }

    #[test]
    fn message_ids_are_bracketed_unique_and_use_the_sender_domain() {
        let a = new_message_id("ana@mail.example.com");
        let b = new_message_id("ana@mail.example.com");
        assert_ne!(a, b);
        assert!(
            a.starts_with('<') && a.ends_with("@mail.example.com>"),
            "{a}"
        );
        assert!(check_message_id("Message-ID", &a).is_ok());
        assert!(new_message_id("example.org").ends_with("@example.org>"));
    }

    #[test]
    fn a_message_id_hint_without_a_domain_falls_back() {
        assert!(new_message_id("").ends_with("@afterview.local>"));
        assert!(new_message_id("a@ \r\n>").ends_with("@afterview.local>"));
    }

    #[test]
    fn message_id_check_rejects_what_would_break_the_header() {
        for bad in [
            "abc@example.com",
            "<abc@example.com",
            "<@example.com>",
            "<abc@>",
            "<abc>",
            "<a b@example.com>",
            "<abc@example.com>\r\nBcc: x@example.com",
        ] {
            assert!(check_message_id("Message-ID", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_same_letter_gives_the_same_bytes() {
        assert_eq!(to_eml(&letter()).unwrap(), to_eml(&letter()).unwrap());
    }

    #[test]
    fn line_endings_are_crlf() {
        let eml = String::from_utf8(to_eml(&letter()).unwrap()).unwrap();
        assert!(eml.contains("\r\n\r\nHello\r\nthere\r\n"), "{eml:?}");
        assert!(!eml.replace("\r\n", "").contains('\n'), "{eml:?}");
    }

    #[test]
    fn a_subject_with_a_line_break_is_refused_not_encoded() {
        let mut m = letter();
        m.subject = "Hi\r\nBcc: everyone@example.com".into();
        let err = to_eml(&m).unwrap_err();
        assert!(matches!(err, MailError::InvalidSubject { .. }), "{err:?}");
        m.subject = "   ".into();
        assert!(to_eml(&m).unwrap_err().to_string().contains("is empty"));
    }

    #[test]
    fn no_recipient_is_refused() {
        let mut m = letter();
        m.to.clear();
        assert!(matches!(to_eml(&m), Err(MailError::NoRecipients)));
    }

    #[test]
    fn dates_outside_what_a_header_can_hold_are_refused_not_a_panic() {
        let mut m = letter();
        for before_1970 in ["1969-12-31T23:59:59Z", "1969-12-31T23:59:59.5Z"] {
            m.date = before_1970.parse().unwrap();
            assert!(matches!(to_eml(&m), Err(MailError::InvalidDate { .. })));
        }
        m.date = jiff::Timestamp::MAX;
        assert!(to_eml(&m).is_ok());
    }
}

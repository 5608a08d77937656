//! Delivery over SMTP, with an honest answer about what the server got.
//!
//! [`send_smtp`] drives one SMTP session step by step with lettre's
//! low-level [`SmtpConnection`] rather than its all-in-one transport, because
//! the transport reports a refused recipient and a refused message, or a
//! broken connection before and after the body, as the same kind of error.
//! Knowing the step that failed is what lets [`SendError`] tell the caller
//! whether a retry is safe; [`SendError`]'s documentation has the mapping.

use std::io;
use std::net::IpAddr;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::Error as LettreError;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};

use crate::{Outgoing, Secret, message};

/// Where the reader is told to look when a setting is wrong.
const CONFIG_HINT: &str = "in your afterview config file";

/// How the connection to the server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte ("implicit TLS", SMTPS), usually port 465.
    Tls,
    /// Plain text upgraded with STARTTLS, usually port 587. The upgrade is
    /// required: a server that does not offer it gets nothing, not even the
    /// password.
    StartTls,
    /// No encryption at all. Allowed only for a server on this machine
    /// (`127.0.0.1`, `::1` or `localhost`), such as a local relay or a
    /// test server.
    Plain,
}

impl Security {
    /// The port this security is normally used on: 465, 587 or 25.
    pub fn default_port(self) -> u16 {
        match self {
            Self::Tls => 465,
            Self::StartTls => 587,
            Self::Plain => 25,
        }
    }
}

/// How to reach and log in to the SMTP server.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    /// The server's name or IP address, such as `smtp.example.com`.
    pub host: String,
    /// The server's port.
    pub port: u16,
    /// How the connection is protected.
    pub security: Security,
    /// The login name, when the server needs one.
    pub username: Option<String>,
    /// The password that goes with `username`.
    pub password: Option<Secret>,
    /// How long to wait for the connection and for each reply.
    pub timeout: Duration,
}

impl SmtpConfig {
    /// A config for `host` with the usual port for `security`, no login and
    /// a 30 second timeout.
    pub fn new(host: impl Into<String>, security: Security) -> Self {
        Self {
            host: host.into(),
            port: security.default_port(),
            security,
            username: None,
            password: None,
            timeout: Duration::from_secs(30),
        }
    }
}

/// The server's word that it took the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The reply code, such as 250.
    pub code: u16,
    /// The whole final reply, such as `250 OK queued as 4F2A1`, worth
    /// keeping as proof of delivery and to find the message in the server's
    /// logs.
    pub reply: String,
}

/// Why a letter did not (or may not) reach the server.
///
/// What the caller may do next differs by variant: see each one.
///
/// # Which step gives which variant
///
/// | step that failed | error |
/// | --- | --- |
/// | checking the config or the message | [`SendError::Invalid`] |
/// | TCP connect, TLS handshake, greeting, EHLO | [`SendError::NotSent`] |
/// | STARTTLS (missing or failed), AUTH | [`SendError::NotSent`] |
/// | `MAIL FROM`, any `RCPT TO`, the `DATA` command | [`SendError::NotSent`] |
/// | the reply after the body is a 4xx or 5xx | [`SendError::Refused`] |
/// | no usable reply after the body (connection broke, timed out, garbled) | [`SendError::Uncertain`] |
///
/// Limits of that mapping, stated plainly:
///
/// - Once the body has started to go out, every failure that is not a
///   refusal is `Uncertain`, even a write error in the middle of the body
///   (which in fact means the server cannot have accepted it): lettre
///   reports the body and the final reply as one step, so the two cannot be
///   told apart, and `Uncertain` is the answer that never causes a duplicate.
/// - A server may accept the message and then lose it, or bounce it later by
///   mail; a [`Delivery`] only means the server took responsibility for it.
/// - A refusal of `RCPT TO` is `NotSent`, as nothing was handed over, even
///   when it is permanent (no such user): trying again later will fail the
///   same way, and the reason says so in the server's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The config or the message cannot be used as they are; nothing was
    /// sent, and trying again will fail the same way until they are fixed.
    #[error("the letter was not sent: {reason}")]
    Invalid {
        /// What to fix.
        reason: String,
    },

    /// Nothing was handed over (could not connect, TLS failed, the login
    /// was refused, a recipient was refused before DATA): safe to try again
    /// later.
    #[error(
        "the letter was not sent: {reason}. Nothing reached the recipient; it is safe to send it again"
    )]
    NotSent {
        /// What happened, and what to check.
        reason: String,
    },

    /// The server received the message and answered with a temporary (4xx)
    /// or permanent (5xx) refusal.
    #[error("the SMTP server refused the letter: {code} {reason}; {}", refusal_hint(*code))]
    Refused {
        /// The reply code, such as 550.
        code: u16,
        /// The server's text, such as `5.7.1 Message rejected as spam`.
        reason: String,
    },

    /// The connection broke after the message was handed over and before
    /// the server's answer: it may have been delivered. Callers must not
    /// resend automatically.
    #[error(
        "the connection to the SMTP server broke after the letter was handed over ({reason}), so it may have been delivered; check with your mail provider (its Sent folder or web mail) or with the recipient before sending it again"
    )]
    Uncertain {
        /// What happened.
        reason: String,
    },
}

fn refusal_hint(code: u16) -> &'static str {
    if (400..500).contains(&code) {
        "the refusal is temporary, so try again later"
    } else {
        "the refusal is permanent: change what the server objects to before sending again"
    }
}

/// Sends `m` to the server in `cfg` and returns the server's final reply.
///
/// The bytes sent are exactly [`crate::to_eml`]'s, so a saved `.eml` and the
/// delivered message are the same message. The call blocks until the server
/// has answered; connecting and each reply wait at most `cfg.timeout`. See
/// [`SendError`] for which failure gives which variant. No error message
/// contains the password, even if the server were to echo it.
pub fn send_smtp(cfg: &SmtpConfig, m: &Outgoing) -> Result<Delivery, SendError> {
    let message = message::build(m).map_err(|e| SendError::Invalid {
        reason: e.to_string(),
    })?;
    let session = Session::new(cfg)?;
    session
        .send(message.envelope(), &message.formatted())
        .map_err(|e| redact(e, cfg.password.as_ref()))
}

/// One configured attempt, with what every error message needs to know.
struct Session<'a> {
    cfg: &'a SmtpConfig,
    /// The host without IPv6 brackets, as the resolver and TLS want it.
    host: &'a str,
    /// `host:port`, for messages.
    server: String,
    login: Option<(&'a str, &'a Secret)>,
}

/// Which step of the session failed, to word the error.
#[derive(Clone, Copy)]
enum Step<'a> {
    Connect,
    StartTls,
    Login(&'a str),
    Sender(&'a str),
    Recipient(&'a str),
    Data,
}

impl<'a> Session<'a> {
    fn new(cfg: &'a SmtpConfig) -> Result<Self, SendError> {
        let invalid = |reason: String| Err(SendError::Invalid { reason });
        let host = cfg.host.trim();
        let host = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .unwrap_or(host);
        if host.is_empty() {
            return invalid(format!(
                "the SMTP host is empty; set [smtp] host {CONFIG_HINT}"
            ));
        }
        if cfg.port == 0 {
            return invalid(format!(
                "the SMTP port is 0; set [smtp] port {CONFIG_HINT} (usually 465 or 587)"
            ));
        }
        if cfg.timeout.is_zero() {
            return invalid(format!(
                "the SMTP timeout is zero; set [smtp] timeout {CONFIG_HINT} to a few seconds or more"
            ));
        }
        if cfg.security == Security::Plain && !is_loopback(host) {
            return invalid(format!(
                "refusing to send to {host} without encryption: security = \"plain\" is only for a server on this machine (127.0.0.1, ::1 or localhost); use \"tls\" (port 465) or \"starttls\" (port 587) {CONFIG_HINT}"
            ));
        }
        let login = match (&cfg.username, &cfg.password) {
            (Some(user), Some(password)) => Some((user.as_str(), password)),
            (None, None) => None,
            (Some(user), None) => {
                return invalid(format!(
                    "[smtp] username is {user:?} but no password was given; set a password command, file or environment variable {CONFIG_HINT}"
                ));
            }
            (None, Some(_)) => {
                return invalid(format!(
                    "a password was given but no [smtp] username; set it {CONFIG_HINT}"
                ));
            }
        };
        let server = if host.contains(':') {
            format!("[{host}]:{}", cfg.port)
        } else {
            format!("{host}:{}", cfg.port)
        };
        Ok(Self {
            cfg,
            host,
            server,
            login,
        })
    }

    fn send(&self, envelope: &Envelope, bytes: &[u8]) -> Result<Delivery, SendError> {
        let tls = match self.cfg.security {
            Security::Tls | Security::StartTls => Some(
                TlsParameters::new(self.host.to_owned()).map_err(|e| SendError::Invalid {
                    reason: format!("could not set up TLS for {} ({})", self.server, detail(&e)),
                })?,
            ),
            Security::Plain => None,
        };
        // Without the `hostname` feature this is the address literal
        // [127.0.0.1], which RFC 5321 allows when the client has no
        // meaningful name; submission servers judge the login, not the EHLO.
        let hello = ClientId::default();
        let wrapper = tls.as_ref().filter(|_| self.cfg.security == Security::Tls);
        let mut conn = SmtpConnection::connect(
            (self.host, self.cfg.port),
            Some(self.cfg.timeout),
            &hello,
            wrapper,
            None,
        )
        .map_err(|e| self.not_sent(Step::Connect, &e))?;

        // Everything up to and including the DATA command hands nothing over.
        let prepared = self.prepare(&mut conn, tls.as_ref(), &hello, envelope, bytes);
        if let Err((error, server_answered)) = prepared {
            // A server that answered is told goodbye; one that broke or hung
            // is simply dropped, so the error is not delayed by another wait.
            if server_answered {
                let _ = conn.quit();
            }
            return Err(error);
        }

        match conn.message(bytes) {
            Ok(reply) => {
                let _ = conn.quit();
                let text: Vec<&str> = reply.message().collect();
                Ok(Delivery {
                    code: reply.code().into(),
                    reply: format!("{} {}", reply.code(), text.join(" "))
                        .trim_end()
                        .to_owned(),
                })
            }
            Err(e) => match e.status() {
                Some(code) => {
                    let _ = conn.quit();
                    Err(SendError::Refused {
                        code: code.into(),
                        reason: server_text(&e),
                    })
                }
                None => Err(SendError::Uncertain {
                    reason: format!("{} from {}", self.problem(&e), self.server),
                }),
            },
        }
    }

    /// STARTTLS, AUTH, MAIL FROM, RCPT TO and DATA. On error, also says
    /// whether the server answered (so the session can still be quit).
    fn prepare(
        &self,
        conn: &mut SmtpConnection,
        tls: Option<&TlsParameters>,
        hello: &ClientId,
        envelope: &Envelope,
        bytes: &[u8],
    ) -> Result<(), (SendError, bool)> {
        let fail = |step, e: &LettreError| (self.not_sent(step, e), e.status().is_some());

        if let (Security::StartTls, Some(tls)) = (self.cfg.security, tls) {
            if !conn.server_info().supports_feature(Extension::StartTls) {
                return Err((
                    SendError::NotSent {
                        reason: format!(
                            "the SMTP server {} does not offer STARTTLS, so the password and the letter would travel unencrypted; check [smtp] port (587 for \"starttls\"), or use security = \"tls\" with port 465",
                            self.server
                        ),
                    },
                    true,
                ));
            }
            conn.starttls(tls, hello)
                .map_err(|e| fail(Step::StartTls, &e))?;
        }

        if let Some((user, password)) = self.login {
            let credentials = Credentials::new(user.to_owned(), password.expose().to_owned());
            conn.auth(&[Mechanism::Plain, Mechanism::Login], &credentials)
                .map_err(|e| fail(Step::Login(user), &e))?;
        }

        let mut params = Vec::new();
        let non_ascii = envelope
            .from()
            .into_iter()
            .chain(envelope.to())
            .any(|a| !AsRef::<str>::as_ref(a).is_ascii());
        if non_ascii {
            if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
                return Err((
                    SendError::Invalid {
                        reason: format!(
                            "an address has non-ASCII characters and the SMTP server {} does not accept those (no SMTPUTF8); use an ASCII form of the address",
                            self.server
                        ),
                    },
                    true,
                ));
            }
            params.push(MailParameter::SmtpUtfEight);
        }
        // `to_eml` writes 7-bit ASCII, so this only guards a future change.
        if !bytes.is_ascii() {
            params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }

        let from = envelope.from().map(ToString::to_string).unwrap_or_default();
        conn.command(Mail::new(envelope.from().cloned(), params))
            .map_err(|e| fail(Step::Sender(&from), &e))?;
        for to in envelope.to() {
            conn.command(Rcpt::new(to.clone(), vec![]))
                .map_err(|e| fail(Step::Recipient(to.as_ref()), &e))?;
        }
        conn.command(Data).map_err(|e| fail(Step::Data, &e))?;
        Ok(())
    }

    /// Words a failure before the body as [`SendError::NotSent`].
    fn not_sent(&self, step: Step<'_>, e: &LettreError) -> SendError {
        let server = &self.server;
        let answer = e.status().map(|code| format!("{code} {}", server_text(e)));
        let reason = match (step, answer) {
            (Step::Connect, Some(answer)) => {
                format!("the SMTP server {server} turned the connection away ({answer})")
            }
            (Step::Connect, None) => match io_kind(e) {
                Some(io::ErrorKind::ConnectionRefused) => format!(
                    "could not reach the SMTP server {server} (connection refused); check [smtp] host and port {CONFIG_HINT}"
                ),
                Some(io::ErrorKind::InvalidData) if self.cfg.security == Security::Tls => {
                    self.untrusted(e).unwrap_or_else(|| format!(
                        "the TLS handshake with {server} failed ({}); security = \"tls\" needs a server that speaks TLS from the start (usually port 465); for port 587 use \"starttls\" {CONFIG_HINT}",
                        detail(e)
                    ))
                }
                _ => format!(
                    "could not talk to the SMTP server {server} ({}); check [smtp] host, port, security{} {CONFIG_HINT}",
                    self.problem(e),
                    if is_timeout(e) { " and timeout" } else { "" },
                ),
            },
            (Step::StartTls, _) => self.untrusted(e).unwrap_or_else(|| {
                format!(
                    "STARTTLS with {server} failed ({}); check [smtp] host and port {CONFIG_HINT}",
                    detail(e)
                )
            }),
            (Step::Login(user), Some(answer)) => format!(
                "the SMTP server {server} refused the login for {user:?} ({answer}); check [smtp] username {CONFIG_HINT}, and the password it reads"
            ),
            (Step::Login(user), None) if e.is_client() => format!(
                "could not log in to {server} as {user:?} ({}); the server must offer AUTH PLAIN or LOGIN, which many offer only over TLS",
                detail(e)
            ),
            (Step::Sender(_), Some(answer)) if e.status().map(u16::from) == Some(530) => format!(
                "the SMTP server {server} wants a login (or STARTTLS) before it takes mail ({answer}); set [smtp] username and a password, and check [smtp] security {CONFIG_HINT}"
            ),
            (Step::Sender(from), Some(answer)) => format!(
                "the SMTP server {server} refused the sender <{from}> ({answer}); many servers only accept the address of the account you log in with"
            ),
            (Step::Recipient(to), Some(answer)) => format!(
                "the SMTP server {server} refused the recipient <{to}> ({answer}); check the address"
            ),
            (Step::Data, Some(answer)) => {
                format!("the SMTP server {server} would not take a message ({answer})")
            }
            (_, _) => format!(
                "the connection to {server} failed before the letter was handed over ({}); try again later",
                self.problem(e)
            ),
        };
        SendError::NotSent { reason }
    }

    /// The reason for a certificate the client would not trust, if that is
    /// what `e` is. rustls says "invalid peer certificate: ..." and that
    /// wording is the only public sign of it through lettre's error.
    fn untrusted(&self, e: &LettreError) -> Option<String> {
        let detail = detail(e);
        detail.contains("certificate").then(|| {
            format!(
                "the SMTP server {} showed a certificate that cannot be trusted ({detail}); check that [smtp] host is the server's own name as written on its certificate {CONFIG_HINT} (afterview trusts the public certificate authorities only)",
                self.server
            )
        })
    }

    /// What went wrong on a broken or silent connection, in a few words.
    fn problem(&self, e: &LettreError) -> String {
        if is_timeout(e) {
            format!("no answer within {} s", self.cfg.timeout.as_secs_f32())
        } else {
            detail(e)
        }
    }
}

/// True for the names and addresses that can only mean this machine.
fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// True when `e` is a read or connect timeout. A socket read timeout shows
/// as `WouldBlock` on Unix and `TimedOut` on Windows.
fn is_timeout(e: &LettreError) -> bool {
    matches!(
        io_kind(e),
        Some(io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock)
    )
}

/// The kind of the first I/O error in `e`'s chain, if any.
fn io_kind(e: &LettreError) -> Option<io::ErrorKind> {
    let mut source = std::error::Error::source(e);
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<io::Error>() {
            return Some(io.kind());
        }
        source = err.source();
    }
    None
}

/// The most specific description in `e`'s chain: the innermost error's own
/// words, which name the actual problem ("connection refused").
fn detail(e: &LettreError) -> String {
    let mut last: &dyn std::error::Error = e;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

/// The server's own text from a reply error (without lettre's prefix).
fn server_text(e: &LettreError) -> String {
    std::error::Error::source(e).map_or_else(String::new, |s| s.to_string())
}

/// Removes the password from every text in `e`, in case a server echoed it.
fn redact(e: SendError, password: Option<&Secret>) -> SendError {
    let Some(password) = password.map(Secret::expose).filter(|p| !p.is_empty()) else {
        return e;
    };
    let clean = |s: String| s.replace(password, "********");
    match e {
        SendError::Invalid { reason } => SendError::Invalid {
            reason: clean(reason),
        },
        SendError::NotSent { reason } => SendError::NotSent {
            reason: clean(reason),
        },
        SendError::Refused { code, reason } => SendError::Refused {
            code,
            reason: clean(reason),
        },
        SendError::Uncertain { reason } => SendError::Uncertain {
            reason: clean(reason),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_counts_as_loopback() {
        for host in ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in [
            "smtp.example.com",
            "10.0.0.1",
            "localhost.example.com",
            "0.0.0.0",
            "",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }

    #[test]
    fn a_password_echoed_by_the_server_is_redacted() {
        let e = SendError::NotSent {
            reason: "535 bad credentials hunter2 for bob".into(),
        };
        let e = redact(e, Some(&Secret::new("hunter2")));
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(e.to_string().contains("********"), "{e}");
    }

    #[test]
    fn the_refusal_hint_follows_the_code_class() {
        assert!(refusal_hint(451).contains("temporary"));
        assert!(refusal_hint(550).contains("permanent"));
    }

    #[test]
    fn a_username_without_a_password_is_invalid_before_connecting() {
        let mut cfg = SmtpConfig::new("127.0.0.1", Security::Plain);
        cfg.username = Some("bob".into());
        assert!(matches!(Session::new(&cfg), Err(SendError::Invalid { .. })));
    }
}

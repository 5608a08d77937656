//! Email for afterview: a finished letter in, a real message out.
//!
//! The crate has three jobs, each in its own module:
//!
//! - [`to_eml`] and [`write_eml`] turn an [`Outgoing`] letter into RFC 5322
//!   bytes (a UTF-8 body, RFC 2047 headers, a fixed Message-ID and Date) that
//!   any mail program opens, and save them atomically.
//! - [`send_smtp`] hands the very same bytes to an SMTP server and says, in
//!   a [`SendError`], whether a failure happened before the server had the
//!   message ([`SendError::NotSent`], safe to retry), when it refused it
//!   ([`SendError::Refused`]) or after it may already have it
//!   ([`SendError::Uncertain`], never retry automatically).
//! - [`card_html`] lays a short note out as a printable postcard page, for
//!   the thank-you that goes by post.
//!
//! The caller fixes the Message-ID ([`new_message_id`]) and the Date before
//! the first attempt and keeps them for every retry, so a message that was
//! delivered twice by mistake is still one thread with one id in the
//! recipient's mailbox. Passwords travel as [`Secret`], which never prints.
//!
//! Everything here is synchronous: the callers are a CLI and use cases that
//! send one letter at a time, so no async runtime is pulled in.
//!
//! ```no_run
//! use afterview_mail::*;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let from = Mailbox::new(Some("Zoë Ünal"), "zoe@example.com")?;
//! let letter = Outgoing {
//!     message_id: new_message_id(from.domain()),
//!     from,
//!     to: vec!["Chen Wei <chen.wei@example.org>".parse()?],
//!     reply_to: None,
//!     subject: "Thank you for Tuesday".into(),
//!     body: "Dear Dr. Chen,\n\nThank you for your time.\n".into(),
//!     date: jiff::Timestamp::now(),
//!     in_reply_to: None,
//! };
//! write_eml(&letter, std::path::Path::new("thanks.eml"))?;
//!
//! let mut smtp = SmtpConfig::new("smtp.example.com", Security::StartTls);
//! smtp.username = Some("zoe@example.com".into());
//! smtp.password = Some(PasswordSource::Command("pass show mail/smtp".into()).resolve()?);
//! match send_smtp(&smtp, &letter) {
//!     Ok(delivery) => println!("sent: {}", delivery.reply),
//!     // Safe to try again later with the same `letter`.
//!     Err(SendError::NotSent { .. }) => {}
//!     // Ask the person; never resend on your own.
//!     Err(SendError::Uncertain { .. }) => {}
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```

mod card;
mod error;
mod mailbox;
mod message;
mod secret;
mod smtp;

pub use card::{Card, card_html};
pub use error::MailError;
pub use mailbox::Mailbox;
pub use message::{Outgoing, new_message_id, to_eml, write_eml};
pub use secret::{PasswordSource, Secret};
pub use smtp::{Delivery, Security, SendError, SmtpConfig, send_smtp};

//! Meeting invitations in and an iCalendar export out, for afterview.
//!
//! [`parse_invite`] reads the .ics file a recruiter's calendar sent (Google
//! Calendar, Outlook, Zoom and the like) into an [`Invite`]: when it starts
//! and ends as instants, who organises it, who attends and where to join.
//! [`write_calendar`] turns interviews and follow-up tasks into an RFC 5545
//! calendar that any calendar application can subscribe to or import.
//!
//! The crate is pure: bytes in, values out. It reads no file, no clock and no
//! time zone database of its own; the caller passes the instant to stamp an
//! export with and a resolver from IANA zone names to [`jiff::tz::TimeZone`]
//! (the app reads the system's zoneinfo; tests use
//! [`jiff::tz::TimeZone::get`]).

mod error;
mod export;
mod fields;
mod invite;
mod time;
mod zone;

pub use error::InviteError;
pub use export::{CalEvent, CalTodo, write_calendar};
pub use invite::{Invite, Person, parse_invite};

/// The largest file [`parse_invite`] reads: 1 MiB.
///
/// An invitation is a few kilobytes; anything far larger is a whole calendar
/// export or the wrong file, and refusing it early keeps the parser's work
/// bounded.
pub const MAX_INVITE_BYTES: usize = 1024 * 1024;

//! The reasons an invitation cannot be imported, worded for the person who
//! picked the file.
//!
//! Each message says what is wrong and what to do about it, because the
//! person reading it holds an .ics file they did not write and can only
//! export it again or enter the interview by hand.

use jiff::Timestamp;

/// Why [`parse_invite`](crate::parse_invite) refused a file.
///
/// The `Display` text is meant to be shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InviteError {
    /// The file is larger than [`MAX_INVITE_BYTES`](crate::MAX_INVITE_BYTES).
    #[error(
        "the file is larger than 1 MB; an invitation is a few kilobytes: \
         export the single invitation as .ics and try again"
    )]
    TooLarge {
        /// The size of the file in bytes.
        size: usize,
    },
    /// The file holds nothing but white space.
    #[error("the file is empty; export the invitation as .ics from your calendar and try again")]
    Empty,
    /// The file does not begin with `BEGIN:VCALENDAR`.
    #[error(
        "this file is not an iCalendar file: it does not start with BEGIN:VCALENDAR; \
         export the invitation as .ics from your calendar and try again"
    )]
    NotICalendar,
    /// The calendar holds no `VEVENT` component.
    #[error(
        "the calendar has no event (VEVENT) in it; \
         export the meeting itself rather than a task list or an empty calendar"
    )]
    NoEvent,
    /// The event has no `DTSTART` property.
    #[error(
        "the event has no start (DTSTART); \
         export the invitation again from your calendar, or add the interview by hand"
    )]
    MissingStart,
    /// The event's `DTSTART` could not be read as a date and time.
    #[error(
        "the event's start (DTSTART) \"{value}\" is not a valid date-time: {reason}; \
         export the invitation again from your calendar, or add the interview by hand"
    )]
    InvalidStart {
        /// The value as it stood in the file.
        value: String,
        /// Which part of it is wrong, as a short clause.
        reason: String,
    },
    /// The event lasts whole days and has no time of day.
    #[error(
        "the event is an all-day event; an interview needs a start time: \
         give the event on {date} a start time in your calendar and export it again"
    )]
    AllDay {
        /// The event's date, as `YYYY-MM-DD`.
        date: String,
    },
    /// The event's end is earlier than its start.
    #[error(
        "the event ends before it starts (it starts at {starts_at} and ends at {ends_at}); \
         fix the end time in your calendar and export it again"
    )]
    EndsBeforeStart {
        /// The start that was read.
        starts_at: Timestamp,
        /// The end that was read, earlier than the start.
        ends_at: Timestamp,
    },
}

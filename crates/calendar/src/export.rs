//! Writing interviews and follow-up tasks as an iCalendar (RFC 5545) file.
//!
//! [`write_calendar`] produces a `METHOD:PUBLISH` calendar that calendar
//! programs import or subscribe to. The text is written here rather than
//! with the `icalendar` crate (0.17): that crate leaves a carriage return in
//! TEXT values unescaped and writes RFC 7986 `NAME` without escaping at all
//! (a line break in either breaks the file), and it gives every `VALARM` a
//! `DTSTAMP` of the current time and a random `UID`, so the same input
//! would not give the same bytes. The format is small enough to write
//! exactly: escaped TEXT, UTC times, CRLF line ends and lines folded at 75
//! octets on character boundaries.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// An interview (or any meeting) to export as a `VEVENT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalEvent {
    /// A stable, globally unique id such as `interview-42@afterview`, so a
    /// calendar that imports the file again updates the event instead of
    /// adding a copy.
    pub uid: String,
    /// The title.
    pub summary: String,
    /// Longer text: who, what to prepare.
    pub description: Option<String>,
    /// Where it takes place.
    pub location: Option<String>,
    /// A link to join; left out when it is not a single URI (it holds white
    /// space or control characters).
    pub url: Option<String>,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends; left out of the file when it is not after the start,
    /// which RFC 5545 reads as an event without length.
    pub ends_at: Timestamp,
    /// Whether the meeting is called off (`STATUS:CANCELLED`).
    pub cancelled: bool,
}

/// A follow-up task to export as a `VTODO` with a reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalTodo {
    /// A stable, globally unique id such as `follow-up-7@afterview`.
    pub uid: String,
    /// The title, also shown by the reminder.
    pub summary: String,
    /// Longer text.
    pub description: Option<String>,
    /// When the task is due.
    pub due: Timestamp,
    /// How long before the due time the reminder goes off; a negative
    /// length puts it after.
    pub alarm_before: SignedDuration,
}

/// Writes a calendar named `name` holding `events` and `todos`.
///
/// `stamp` is written as every component's `DTSTAMP` (when the file was
/// made); pass the current time. The same arguments always give the same
/// text.
#[must_use]
pub fn write_calendar(
    name: &str,
    events: &[CalEvent],
    todos: &[CalTodo],
    stamp: Timestamp,
) -> String {
    let mut out = Writer::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//afterview//afterview//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", name);
    for event in events {
        write_event(&mut out, event, stamp);
    }
    for todo in todos {
        write_todo(&mut out, todo, stamp);
    }
    out.line("END:VCALENDAR");
    out.finish()
}

fn write_event(out: &mut Writer, event: &CalEvent, stamp: Timestamp) {
    out.line("BEGIN:VEVENT");
    out.text("UID", &event.uid);
    out.line(&format!("DTSTAMP:{}", utc(stamp)));
    out.line(&format!("DTSTART:{}", utc(event.starts_at)));
    if event.ends_at > event.starts_at {
        out.line(&format!("DTEND:{}", utc(event.ends_at)));
    }
    out.text("SUMMARY", &event.summary);
    if let Some(description) = &event.description {
        out.text("DESCRIPTION", description);
    }
    if let Some(location) = &event.location {
        out.text("LOCATION", location);
    }
    if let Some(url) = event.url.as_deref().filter(|u| is_plain_uri(u)) {
        out.line(&format!("URL:{url}"));
    }
    out.line(if event.cancelled {
        "STATUS:CANCELLED"
    } else {
        "STATUS:CONFIRMED"
    });
    out.line("END:VEVENT");
}

fn write_todo(out: &mut Writer, todo: &CalTodo, stamp: Timestamp) {
    out.line("BEGIN:VTODO");
    out.text("UID", &todo.uid);
    out.line(&format!("DTSTAMP:{}", utc(stamp)));
    out.line(&format!("DUE:{}", utc(todo.due)));
    out.text("SUMMARY", &todo.summary);
    if let Some(description) = &todo.description {
        out.text("DESCRIPTION", description);
    }
    out.line("STATUS:NEEDS-ACTION");
    out.line("BEGIN:VALARM");
    out.line("ACTION:DISPLAY");
    out.text("DESCRIPTION", &todo.summary);
    // A VTODO has no DTEND, so RELATED=END refers to DUE; without it the
    // trigger would be relative to DTSTART, which these tasks do not have.
    out.line(&format!(
        "TRIGGER;RELATED=END:{}",
        trigger_duration(todo.alarm_before)
    ));
    out.line("END:VALARM");
    out.line("END:VTODO");
}

/// An instant as an RFC 5545 UTC date-time: `20260312T150000Z`.
fn utc(at: Timestamp) -> String {
    let dt = TimeZone::UTC.to_datetime(at);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// The trigger for a reminder `before` the due time, as an RFC 5545
/// duration: `-PT15M`, `-P1DT2H`, `PT0S`. Fractions of a second are dropped.
fn trigger_duration(before: SignedDuration) -> String {
    let seconds = before.as_secs();
    // A reminder before the due time is a negative offset from it.
    let sign = if seconds > 0 { "-" } else { "" };
    let mut rest = seconds.unsigned_abs();
    if rest == 0 {
        return "PT0S".to_owned();
    }
    let days = rest / 86_400;
    rest %= 86_400;
    let (hours, minutes, secs) = (rest / 3_600, rest % 3_600 / 60, rest % 60);
    let mut text = format!("{sign}P");
    if days > 0 {
        text.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 || secs > 0 {
        text.push('T');
        if hours > 0 {
            text.push_str(&format!("{hours}H"));
        }
        if minutes > 0 {
            text.push_str(&format!("{minutes}M"));
        }
        if secs > 0 {
            text.push_str(&format!("{secs}S"));
        }
    }
    text
}

/// Whether a URL can be written as a URI value as it is.
fn is_plain_uri(url: &str) -> bool {
    !url.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and
/// comma get a backslash, every kind of line break becomes `\n`, and other
/// control characters, which TEXT may not hold, are dropped.
fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Collects content lines, folding each and ending it with CRLF.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// The longest a physical line may be, in octets, without its CRLF.
    const LIMIT: usize = 75;

    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }

    /// Writes one content line, folded so that no physical line exceeds 75
    /// octets. A fold goes between characters, never inside one, and the
    /// continuation's leading space counts towards its 75.
    fn line(&mut self, line: &str) {
        let mut used = 0;
        for c in line.chars() {
            let width = c.len_utf8();
            if used + width > Self::LIMIT {
                self.out.push_str("\r\n ");
                used = 1;
            }
            self.out.push(c);
            used += width;
        }
        self.out.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
        assert_eq!(
            escape_text("one\r\ntwo\rthree\nfour"),
            "one\\ntwo\\nthree\\nfour"
        );
        assert_eq!(escape_text("bell\u{7}tab\t"), "belltab\t");
    }

    #[test]
    fn folding_keeps_lines_short_and_characters_whole() {
        let mut w = Writer::default();
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        w.line(&line);
        let out = w.finish();
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let mut w = Writer::default();
        let line = "X".repeat(75);
        w.line(&line);
        assert_eq!(w.finish(), format!("{line}\r\n"));
    }

    #[test]
    fn triggers_are_rfc5545_durations() {
        assert_eq!(trigger_duration(SignedDuration::from_mins(15)), "-PT15M");
        assert_eq!(trigger_duration(SignedDuration::from_hours(26)), "-P1DT2H");
        assert_eq!(trigger_duration(SignedDuration::from_hours(48)), "-P2D");
        assert_eq!(trigger_duration(SignedDuration::from_secs(-90)), "PT1M30S");
        assert_eq!(trigger_duration(SignedDuration::ZERO), "PT0S");
        assert_eq!(
            trigger_duration(SignedDuration::MIN),
            "P106751991167300DT15H30M8S"
        );
    }

    #[test]
    fn times_are_written_in_utc() {
        let at: Timestamp = "2026-03-12T15:04:05-04:00".parse().unwrap();
        assert_eq!(utc(at), "20260312T190405Z");
    }
}

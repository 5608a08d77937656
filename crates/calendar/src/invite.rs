//! Reading a meeting invitation (.ics) into an [`Invite`].
//!
//! [`parse_invite`] accepts what calendar programs really send: a byte-order
//! mark, any line ends, folded lines, escaped text, several events or
//! calendars in one file, zones named in Windows' or Mozilla's way. It
//! chooses the one event an interview is about, reads its times as instants
//! and says in [`Invite::notes`] whatever it had to assume. It refuses, with
//! an [`InviteError`] that says how to fix it, only what cannot be an
//! interview: no event, no start time, an all-day event, an end before the
//! start.

use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarProperty, ICalendarValue,
};
use calcard::{Entry, Parser};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::MAX_INVITE_BYTES;
use crate::error::InviteError;
use crate::fields;
use crate::time::{BadTime, Clock, read_duration};
use crate::zone::CustomZone;

/// A meeting invitation as read from an .ics file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The event's `UID`, which stays the same across updates of the invite.
    pub uid: Option<String>,
    /// The calendar's `METHOD` in upper case: `REQUEST` for an invitation,
    /// `CANCEL` for a cancellation, `PUBLISH` for a plain export.
    pub method: Option<String>,
    /// Whether the meeting is called off (`METHOD:CANCEL` or
    /// `STATUS:CANCELLED`).
    pub cancelled: bool,
    /// The event's title (`SUMMARY`).
    pub summary: Option<String>,
    /// The event's `DESCRIPTION`, with line breaks as `\n`.
    pub description: Option<String>,
    /// When the meeting starts.
    pub starts_at: Timestamp,
    /// When it ends: `DTEND`, or `DTSTART` plus `DURATION`, or one hour after
    /// the start when the invite has neither (said so in [`Invite::notes`]).
    pub ends_at: Timestamp,
    /// The IANA name of the zone the start was given in, when the invite's
    /// zone is or maps to one (Windows names such as "Pacific Standard Time"
    /// become "America/Los_Angeles"); `None` for UTC times and zones known
    /// only from the invite's own definition.
    pub time_zone: Option<String>,
    /// The event's `LOCATION`.
    pub location: Option<String>,
    /// An https link to join the call, from the calendar program's own
    /// join-link property, `URL`, or a Zoom, Google Meet or Teams link in the
    /// location or the description.
    pub meeting_url: Option<String>,
    /// Who sent the invitation.
    pub organizer: Option<Person>,
    /// Who is invited, without the organizer and without rooms and other
    /// resources.
    pub attendees: Vec<Person>,
    /// Sentences about what was assumed while reading, such as "the invite
    /// has no end time; assumed one hour". Empty when nothing was.
    pub notes: Vec<String>,
}

/// An organizer or attendee of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    /// The display name (`CN`), when it says more than the address.
    pub name: Option<String>,
    /// The e-mail address, without `mailto:`.
    pub email: Option<String>,
    /// The participation role in upper case: `CHAIR`, `REQ-PARTICIPANT`,
    /// `OPT-PARTICIPANT` or `NON-PARTICIPANT`.
    pub role: Option<String>,
}

/// Reads a meeting invitation.
///
/// `zones` resolves an IANA zone name such as "America/New_York" to a time
/// zone; it is only ever asked about names made of letters, digits and
/// `/_+-`. Files larger than [`MAX_INVITE_BYTES`] are refused before
/// parsing. Never panics, whatever the bytes.
///
/// # Errors
///
/// An [`InviteError`] whose message tells the user what is wrong with the
/// file and how to get a usable one.
pub fn parse_invite(
    bytes: &[u8],
    zones: &dyn Fn(&str) -> Option<TimeZone>,
) -> Result<Invite, InviteError> {
    if bytes.len() > MAX_INVITE_BYTES {
        return Err(InviteError::TooLarge { size: bytes.len() });
    }
    let mut notes = Vec::new();
    let text = normalise(bytes, &mut notes);
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .ok_or(InviteError::Empty)?;
    if !first_line.eq_ignore_ascii_case("BEGIN:VCALENDAR") {
        return Err(InviteError::NotICalendar);
    }
    let calendars = parse_calendars(&text);
    let events: Vec<Event<'_>> = calendars
        .iter()
        .flat_map(|calendar| {
            calendar
                .components
                .iter()
                .filter(|c| c.component_type == ICalendarComponentType::VEvent)
                .map(move |component| Event {
                    calendar,
                    component,
                })
        })
        .collect();
    let chosen = choose(&events)?;
    let calendar = chosen.calendar;
    let event = chosen.component;

    let custom_zones = calendars.iter().flat_map(CustomZone::all_in).collect();
    let calendar_zone = calendar
        .components
        .first()
        .and_then(|c| fields::other_text(c, "X-WR-TIMEZONE"));
    let clock = Clock::new(zones, custom_zones, calendar_zone);

    let start = clock
        .read(event.property(&ICalendarProperty::Dtstart), &mut notes)
        .map_err(start_error)?;
    let starts_at = start.at;
    let ends_at = read_end(&clock, event, starts_at, &mut notes)?;
    if ends_at < starts_at {
        return Err(InviteError::EndsBeforeStart { starts_at, ends_at });
    }

    let method = calendar
        .components
        .first()
        .and_then(|c| c.property(&ICalendarProperty::Method))
        .and_then(|e| e.values.first())
        .and_then(ICalendarValue::as_text)
        .map(|m| m.trim().to_ascii_uppercase())
        .filter(|m| !m.is_empty());
    let cancelled = is_cancelled(event) || method.as_deref() == Some("CANCEL");

    let (organizer, attendees) = people(event);
    notes.extend(ignored_events_note(&events, chosen));
    if event.has_property(&ICalendarProperty::Rrule)
        || event.has_property(&ICalendarProperty::Rdate)
    {
        notes
            .push("the event repeats; only its first occurrence (DTSTART) was imported".to_owned());
    }
    dedupe(&mut notes);

    Ok(Invite {
        uid: fields::text(event, &ICalendarProperty::Uid),
        method,
        cancelled,
        summary: fields::text(event, &ICalendarProperty::Summary),
        description: fields::text(event, &ICalendarProperty::Description),
        starts_at,
        ends_at,
        time_zone: start.zone,
        location: fields::text(event, &ICalendarProperty::Location),
        meeting_url: fields::meeting_url(event),
        organizer,
        attendees,
        notes,
    })
}

/// An event and the calendar that holds it (for `METHOD` and zones).
#[derive(Clone, Copy)]
struct Event<'c> {
    calendar: &'c ICalendar,
    component: &'c ICalendarComponent,
}

/// Turns bytes into text calcard reads well: without a byte-order mark, with
/// invalid UTF-8 replaced, and with every line ending in LF. calcard skips
/// CR and splits at LF, so a file with lone CR line ends (old Mac style)
/// would otherwise read as one long line.
fn normalise(bytes: &[u8], notes: &mut Vec<String>) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => {
            notes.push(
                "the file is not valid UTF-8; characters that could not be read were replaced"
                    .to_owned(),
            );
            String::from_utf8_lossy(bytes)
        }
    };
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Every calendar in the text; some programs put several `VCALENDAR`s in
/// one file.
fn parse_calendars(text: &str) -> Vec<ICalendar> {
    let mut parser = Parser::new(text);
    let mut calendars = Vec::new();
    // Each entry consumes at least one line, so the line count bounds the
    // loop even if the parser stopped advancing on some input.
    for _ in 0..=text.lines().count() {
        match parser.entry() {
            Entry::ICalendar(calendar) => calendars.push(calendar),
            Entry::Eof | Entry::TooManyComponents => break,
            _ => {}
        }
    }
    calendars
}

/// What an event's `DTSTART` is, without resolving its zone.
enum StartKind {
    DateTime,
    Bad(BadTime),
}

fn start_kind(event: &ICalendarComponent) -> StartKind {
    // Reading in UTC with no zones is enough to tell a date-time from a
    // date or from garbage; the real zone is applied once chosen.
    let clock = Clock::new(&|_| None, Vec::new(), None);
    match clock.read(event.property(&ICalendarProperty::Dtstart), &mut Vec::new()) {
        Ok(_) => StartKind::DateTime,
        Err(bad) => StartKind::Bad(bad),
    }
}

fn is_cancelled(event: &ICalendarComponent) -> bool {
    fields::text(event, &ICalendarProperty::Status)
        .is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"))
}

/// Chooses the event an interview is about: the first one with a start time
/// that is not cancelled (or the first cancelled one, for a cancellation);
/// when that is a changed occurrence of a series, the series itself.
fn choose<'e, 'c>(events: &'e [Event<'c>]) -> Result<&'e Event<'c>, InviteError> {
    let first = events.first().ok_or(InviteError::NoEvent)?;
    let timed: Vec<&Event<'c>> = events
        .iter()
        .filter(|e| matches!(start_kind(e.component), StartKind::DateTime))
        .collect();
    let Some(pick) = timed
        .iter()
        .find(|e| !is_cancelled(e.component))
        .or_else(|| timed.first())
        .copied()
    else {
        return Err(match start_kind(first.component) {
            StartKind::DateTime => InviteError::NoEvent,
            StartKind::Bad(bad) => start_error(bad),
        });
    };
    if pick
        .component
        .has_property(&ICalendarProperty::RecurrenceId)
        && let Some(uid) = pick.component.uid()
        && let Some(master) = timed.iter().find(|e| {
            e.component.uid() == Some(uid)
                && !e.component.has_property(&ICalendarProperty::RecurrenceId)
        })
    {
        return Ok(master);
    }
    Ok(pick)
}

fn start_error(bad: BadTime) -> InviteError {
    match bad {
        BadTime::Missing => InviteError::MissingStart,
        BadTime::DateOnly(date) => InviteError::AllDay { date },
        BadTime::Invalid(value, reason) => InviteError::InvalidStart { value, reason },
    }
}

/// The end: `DTEND`, else `DTSTART` plus `DURATION`, else one hour after
/// the start. An end that cannot be read is replaced by the next rule, with
/// a note, because the start is what an interview needs.
fn read_end(
    clock: &Clock<'_>,
    event: &ICalendarComponent,
    starts_at: Timestamp,
    notes: &mut Vec<String>,
) -> Result<Timestamp, InviteError> {
    if let Some(entry) = event.property(&ICalendarProperty::Dtend) {
        match clock.read(Some(entry), notes) {
            Ok(end) => return Ok(end.at),
            Err(BadTime::DateOnly(_)) => notes.push(
                "the invite's end (DTEND) is a date without a time; it was ignored".to_owned(),
            ),
            Err(BadTime::Invalid(value, reason)) => notes.push(format!(
                "the invite's end (DTEND) \"{value}\" is not a valid date-time ({reason}); \
                 it was ignored"
            )),
            Err(BadTime::Missing) => {}
        }
    }
    if let Some(entry) = event.property(&ICalendarProperty::Duration) {
        match read_duration(entry).and_then(|d| starts_at.checked_add(d).ok()) {
            Some(end) => return Ok(end),
            None => notes.push(
                "the invite's length (DURATION) could not be read; it was ignored".to_owned(),
            ),
        }
    }
    notes.push("the invite has no end time; assumed one hour".to_owned());
    // Only the very last representable instant has no hour after it.
    Ok(starts_at
        .checked_add(SignedDuration::from_hours(1))
        .unwrap_or(starts_at))
}

/// The organizer and the attendees, without resources and without the
/// organizer repeated among the attendees (Google lists them there too).
fn people(event: &ICalendarComponent) -> (Option<Person>, Vec<Person>) {
    let mut organizer = event
        .property(&ICalendarProperty::Organizer)
        .and_then(fields::person);
    let mut attendees: Vec<Person> = Vec::new();
    // Keys of the people already listed, so that a file with thousands of
    // attendees is not compared pair by pair.
    let mut seen = std::collections::HashSet::new();
    for entry in event.properties(&ICalendarProperty::Attendee) {
        if fields::is_resource(entry) {
            continue;
        }
        let Some(person) = fields::person(entry) else {
            continue;
        };
        if let (Some(organizer), Some(email)) = (organizer.as_mut(), person.email.as_deref())
            && organizer
                .email
                .as_deref()
                .is_some_and(|o| o.eq_ignore_ascii_case(email))
        {
            // The attendee entry may name the organizer when the ORGANIZER
            // line does not.
            if organizer.name.is_none() {
                organizer.name = person.name;
            }
            continue;
        }
        let key = match (&person.email, &person.name) {
            (Some(email), _) => format!("email:{}", email.to_lowercase()),
            (None, name) => format!("name:{}", name.as_deref().unwrap_or_default()),
        };
        if seen.insert(key) {
            attendees.push(person);
        }
    }
    (organizer, attendees)
}

/// A note saying which other events of the file were left out, if any.
fn ignored_events_note(events: &[Event<'_>], chosen: &Event<'_>) -> Option<String> {
    let others = events.len().saturating_sub(1);
    if others == 0 {
        return None;
    }
    let uid = chosen.component.uid();
    let same_series = uid.is_some() && events.iter().all(|e| e.component.uid() == uid);
    Some(if same_series {
        format!(
            "the invite holds a recurring series and {others} changed occurrence{}; \
             only the series was imported and the changes were ignored",
            if others == 1 { "" } else { "s" }
        )
    } else {
        let title = fields::text(chosen.component, &ICalendarProperty::Summary)
            .map(|s| format!(" (\"{s}\")"))
            .unwrap_or_default();
        format!(
            "the file holds {} events; only the first one with a start time{title} \
             was imported and {}",
            events.len(),
            if others == 1 {
                "the other one was ignored".to_owned()
            } else {
                format!("the other {others} were ignored")
            }
        )
    })
}

/// Removes repeated notes, keeping the first of each: the start and the
/// end often need the same assumption.
fn dedupe(notes: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    notes.retain(|note| seen.insert(note.clone()));
}

#[cfg(test)]
mod tests;

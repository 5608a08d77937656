//! Property tests: no input, however broken, makes `parse_invite` panic,
//! and every refusal has a message.

use afterview_calendar::parse_invite;
use proptest::prelude::*;

use crate::{read_fixture, zones};

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match parse_invite(bytes, &zones) {
        Ok(invite) => prop_assert!(invite.ends_at >= invite.starts_at),
        Err(error) => prop_assert!(!error.to_string().is_empty()),
    }
    Ok(())
}

/// Lines that look like iCalendar, so that random files get past the first
/// checks and into the parser and the time zone code.
fn ical_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("BEGIN:VCALENDAR".to_owned()),
        Just("END:VCALENDAR".to_owned()),
        Just("BEGIN:VEVENT".to_owned()),
        Just("END:VEVENT".to_owned()),
        Just("BEGIN:VTIMEZONE".to_owned()),
        Just("END:VTIMEZONE".to_owned()),
        Just("BEGIN:STANDARD".to_owned()),
        Just("END:STANDARD".to_owned()),
        Just("BEGIN:DAYLIGHT".to_owned()),
        Just("END:DAYLIGHT".to_owned()),
        Just("TZID:Zone".to_owned()),
        Just("METHOD:CANCEL".to_owned()),
        Just("STATUS:CANCELLED".to_owned()),
        Just("RECURRENCE-ID:20260101T000000Z".to_owned()),
        "(DTSTART|DTEND|RDATE|RECURRENCE-ID)(;TZID=(Zone|Europe/Berlin|Pacific Standard Time))?(;VALUE=DATE)?:[0-9TZ+-]{0,20}",
        "TZOFFSET(FROM|TO):[+-][0-9]{0,6}",
        "RRULE:FREQ=(YEARLY|DAILY|MONTHLY);(BYMONTH=-?[0-9]{1,3};)?(BYDAY=-?[0-9]{0,4}(SU|MO);)?(UNTIL=[0-9TZ]{0,16};)?(COUNT=[0-9]{1,4};)?(INTERVAL=[0-9]{1,6})?",
        "DURATION:[-+]?P[0-9]{0,12}[WDTHMS0-9]{0,12}",
        "(ATTENDEE|ORGANIZER)(;CN=\"?[a-zA-Z ,^']{0,12}\"?)?(;CUTYPE=ROOM)?(;ROLE=[A-Z-]{0,16})?:(mailto:)?[a-z@.]{0,16}",
        "(SUMMARY|DESCRIPTION|LOCATION|UID|X-GOOGLE-CONFERENCE|URL):[ -~]{0,40}",
        "[ -~]{0,40}",
    ]
}

fn line_end() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("\r\n"),
        Just("\n"),
        Just("\r"),
        Just("\r\n "),
        Just("")
    ]
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_after_a_calendar_header_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut input = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n".to_vec();
        input.extend(bytes);
        check(&input)?;
    }

    #[test]
    fn calendar_like_lines_never_panic(
        lines in proptest::collection::vec((ical_line(), line_end()), 0..60),
    ) {
        let mut text = String::from("BEGIN:VCALENDAR\r\n");
        for (line, end) in lines {
            text.push_str(&line);
            text.push_str(end);
        }
        check(text.as_bytes())?;
    }

    #[test]
    fn mutated_invites_never_panic(
        name in prop_oneof![
            Just("invites/google-calendar.ics"),
            Just("invites/outlook.ics"),
            Just("invites/zoom.ics"),
        ],
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>()), 1..24),
    ) {
        let mut bytes = read_fixture(name);
        for (at, kind, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                2 => bytes.insert(i, byte),
                _ => bytes.truncate(i),
            }
        }
        check(&bytes)?;
    }
}
